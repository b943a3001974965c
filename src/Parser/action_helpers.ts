/**
 * @mirrors Parser/action_helpers.c
 *
 * The helpers the grammar's actions call to build the AST: sequence plumbing, setting a
 * target's context (Store/Del), assembling `arguments` from the pieces the parameter rules
 * match, splitting call arguments into positional and keyword parts, comparison chains,
 * dict and pattern pairs. The pieces are small records (CPython's SlashWithDefault,
 * StarEtc, NameDefaultPair, KeyValuePair, CmpopExprPair, KeywordOrStarred structs).
 */
import * as ast from "../Python/Python-ast.generated.ts";
import type { Parser } from "./pegen.ts";
import type { Token } from "./pegen_token.ts";
import * as T from "./token.generated.ts";
import { PyComplex, None, Ellipsis } from "../Include/ast_constant.ts";
import { RAISE_SYNTAX_ERROR, RAISE_SYNTAX_ERROR_KNOWN_LOCATION, RAISE_SYNTAX_ERROR_KNOWN_RANGE } from "./pegen_errors.ts";

export interface NameDefaultPair { arg: ast.arg; value: ast.expr | null }
export interface SlashWithDefault { plain_names: ast.arg[]; names_with_defaults: NameDefaultPair[] }
export interface StarEtc { vararg: ast.arg | null; kwonlyargs: NameDefaultPair[]; kwarg: ast.arg | null }
export interface KeyValuePair { key: ast.expr | null; value: ast.expr }
export interface KeyPatternPair { key: ast.expr; pattern: ast.pattern }
export interface CmpopExprPair { cmpop: ast.cmpop; expr: ast.expr }
export interface KeywordOrStarred { element: ast.keyword | ast.expr; is_keyword: boolean }

/** @cpython _PyPegen_make_module */
export function _PyPegen_make_module(p: Parser, a: ast.stmt[] | null): ast.mod {
  const ignores = p.type_ignore_comments.map((t) => new ast.TypeIgnore(t.lineno, t.string));
  return new ast.Module(a ?? [], ignores);
}

/** @cpython _PyPegen_interactive_exit */
export function _PyPegen_interactive_exit(p: Parser): null {
  p.error_indicator = 1;
  return null;
}

export function _PyPegen_seq_flatten<E>(_p: Parser, seqs: E[][]): E[] {
  return seqs.flat();
}
export function _PyPegen_singleton_seq<E>(_p: Parser, a: E): E[] {
  return [a];
}
/** @cpython _PyPegen_seq_insert_in_front */
export function _PyPegen_seq_insert_in_front<E>(_p: Parser, a: E, seq: E[] | null): E[] {
  return seq ? [a, ...seq] : [a];
}
/** @cpython _PyPegen_seq_append_to_end */
export function _PyPegen_seq_append_to_end<E>(_p: Parser, seq: E[] | null, a: E): E[] {
  return seq ? [...seq, a] : [a];
}
/** @cpython _PyPegen_join_sequences */
export function _PyPegen_join_sequences<E>(_p: Parser, a: E[], b: E[]): E[] {
  return [...a, ...b];
}

/** @cpython _PyPegen_map_names_to_ids */
export function _PyPegen_map_names_to_ids(_p: Parser, seq: ast.expr[]): string[] {
  return seq.map((e) => (e as ast.Name).id);
}

/** @cpython _PyPegen_seq_count_dots */
export function _PyPegen_seq_count_dots(seq: Token[]): number {
  let n = 0;
  for (const t of seq) n += t.type === T.ELLIPSIS ? 3 : 1;
  return n;
}

/** @cpython _PyPegen_alias_for_star */
export function _PyPegen_alias_for_star(_p: Parser, lineno: number, col: number, end_lineno: number, end_col: number): ast.alias {
  return new ast.alias("*", null, lineno, col, end_lineno, end_col);
}

/** @cpython _PyPegen_join_names_with_dot */
export function _PyPegen_join_names_with_dot(_p: Parser, first: ast.Name, second: ast.Name): ast.Name {
  return new ast.Name(`${first.id}.${second.id}`, "Load", first.lineno, first.col_offset, second.end_lineno, second.end_col_offset);
}

// ---------------------------------------------------------------- expression context

/** @cpython _PyPegen_set_expr_context: a copy of a target expression with `ctx` (recursively for tuples and lists). */
export function _PyPegen_set_expr_context(p: Parser, e: ast.expr, ctx: ast.expr_context): ast.expr {
  if (e instanceof ast.Name) return new ast.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof ast.Tuple) {
    return new ast.Tuple(e.elts.map((x) => _PyPegen_set_expr_context(p, x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }
  if (e instanceof ast.List) {
    return new ast.List(e.elts.map((x) => _PyPegen_set_expr_context(p, x, ctx)), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }
  if (e instanceof ast.Subscript) return new ast.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof ast.Attribute) return new ast.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof ast.Starred) {
    return new ast.Starred(_PyPegen_set_expr_context(p, e.value, ctx), ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }
  return e;
}

// ---------------------------------------------------------------- decorators and definitions

/** @cpython _PyPegen_class_def_decorators */
export function _PyPegen_class_def_decorators(_p: Parser, decorators: ast.expr[], c: ast.ClassDef): ast.ClassDef {
  return new ast.ClassDef(c.name, c.bases, c.keywords, c.body, decorators, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
}

/** @cpython _PyPegen_function_def_decorators */
export function _PyPegen_function_def_decorators(_p: Parser, decorators: ast.expr[], f: ast.FunctionDef | ast.AsyncFunctionDef): ast.stmt {
  const Cls = f instanceof ast.AsyncFunctionDef ? ast.AsyncFunctionDef : ast.FunctionDef;
  return new Cls(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
}

/** @cpython NEW_TYPE_COMMENT / _PyPegen_new_type_comment */
export function NEW_TYPE_COMMENT(_p: Parser, tc: Token | null): string | null {
  return tc ? tc.string : null;
}

// ---------------------------------------------------------------- parameters

/** @cpython _PyPegen_empty_arguments */
export function _PyPegen_empty_arguments(_p: Parser): ast.arguments_ {
  return new ast.arguments_([], [], null, [], [], null, []);
}

/** @cpython _PyPegen_name_default_pair */
export function _PyPegen_name_default_pair(p: Parser, arg: ast.arg, value: ast.expr | null, tc: Token | null): NameDefaultPair {
  return { arg: _PyPegen_add_type_comment_to_arg(p, arg, tc), value };
}

/** @cpython _PyPegen_slash_with_default */
export function _PyPegen_slash_with_default(_p: Parser, plain_names: ast.arg[], names_with_defaults: NameDefaultPair[]): SlashWithDefault {
  return { plain_names, names_with_defaults };
}

/** @cpython _PyPegen_star_etc */
export function _PyPegen_star_etc(_p: Parser, vararg: ast.arg | null, kwonlyargs: NameDefaultPair[] | null, kwarg: ast.arg | null): StarEtc {
  return { vararg, kwonlyargs: kwonlyargs ?? [], kwarg };
}

/** @cpython _PyPegen_add_type_comment_to_arg */
export function _PyPegen_add_type_comment_to_arg(_p: Parser, a: ast.arg, tc: Token | null): ast.arg {
  if (tc === null) return a;
  return new ast.arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

/** @cpython _PyPegen_make_arguments */
export function _PyPegen_make_arguments(
  _p: Parser, slash_without_default: ast.arg[] | null, slash_with_default: SlashWithDefault | null,
  plain_names: ast.arg[] | null, names_with_default: NameDefaultPair[] | null, star_etc: StarEtc | null,
): ast.arguments_ {
  let posonlyargs: ast.arg[];
  if (slash_without_default) posonlyargs = slash_without_default;
  else if (slash_with_default) {
    posonlyargs = [...slash_with_default.plain_names, ...slash_with_default.names_with_defaults.map((x) => x.arg)];
  } else posonlyargs = [];

  const posargs = [...(plain_names ?? []), ...(names_with_default ?? []).map((x) => x.arg)];

  const posdefaults: ast.expr[] = [];
  if (slash_with_default) for (const x of slash_with_default.names_with_defaults) posdefaults.push(x.value!);
  for (const x of names_with_default ?? []) posdefaults.push(x.value!);

  const kwonly = star_etc?.kwonlyargs ?? [];
  return new ast.arguments_(
    posonlyargs, posargs, star_etc?.vararg ?? null,
    kwonly.map((x) => x.arg), kwonly.map((x) => x.value as ast.expr), star_etc?.kwarg ?? null, posdefaults,
  );
}

// ---------------------------------------------------------------- comparisons, dicts, calls

/** @cpython _PyPegen_cmpop_expr_pair */
export function _PyPegen_cmpop_expr_pair(_p: Parser, cmpop: ast.cmpop, expr: ast.expr): CmpopExprPair {
  return { cmpop, expr };
}
/** @cpython _PyPegen_get_cmpops */
export function _PyPegen_get_cmpops(_p: Parser, seq: CmpopExprPair[]): ast.cmpop[] {
  return seq.map((x) => x.cmpop);
}
/** @cpython _PyPegen_get_exprs */
export function _PyPegen_get_exprs(_p: Parser, seq: CmpopExprPair[]): ast.expr[] {
  return seq.map((x) => x.expr);
}

/** @cpython _PyPegen_check_barry_as_flufl: `<>` is only `!=` under `from __future__ import barry_as_FLUFL`. */
export function _PyPegen_check_barry_as_flufl(_p: Parser, t: Token): boolean {
  return t.string !== "!=";
}

/** @cpython _PyPegen_key_value_pair */
export function _PyPegen_key_value_pair(_p: Parser, key: ast.expr | null, value: ast.expr): KeyValuePair {
  return { key, value };
}
/** @cpython _PyPegen_get_keys: a `**mapping` entry has no key (None in the tree). */
export function _PyPegen_get_keys(_p: Parser, seq: KeyValuePair[] | null): (ast.expr | null)[] {
  return (seq ?? []).map((x) => x.key);
}
/** @cpython _PyPegen_get_values */
export function _PyPegen_get_values(_p: Parser, seq: KeyValuePair[] | null): ast.expr[] {
  return (seq ?? []).map((x) => x.value);
}

/** @cpython _PyPegen_keyword_or_starred */
export function _PyPegen_keyword_or_starred(_p: Parser, element: ast.keyword | ast.expr, is_keyword: boolean): KeywordOrStarred {
  return { element, is_keyword };
}
/** @cpython _PyPegen_seq_extract_starred_exprs */
export function _PyPegen_seq_extract_starred_exprs(_p: Parser, kwargs: KeywordOrStarred[]): ast.expr[] {
  return kwargs.filter((k) => !k.is_keyword).map((k) => k.element as ast.expr);
}
/** @cpython _PyPegen_seq_delete_starred_exprs */
export function _PyPegen_seq_delete_starred_exprs(_p: Parser, kwargs: KeywordOrStarred[]): ast.keyword[] {
  return kwargs.filter((k) => k.is_keyword).map((k) => k.element as ast.keyword);
}

/** @cpython _PyPegen_collect_call_seqs: a Call whose func is a placeholder; the caller takes its args/keywords. */
export function _PyPegen_collect_call_seqs(
  p: Parser, a: ast.expr[], b: KeywordOrStarred[] | null,
  lineno: number, col: number, end_lineno: number, end_col: number,
): ast.Call {
  const func = DUMMY_NAME;
  if (b === null) return new ast.Call(func, a, [], lineno, col, end_lineno, end_col);
  const starreds = _PyPegen_seq_extract_starred_exprs(p, b);
  const keywords = _PyPegen_seq_delete_starred_exprs(p, b);
  return new ast.Call(func, [...a, ...starreds], keywords, lineno, col, end_lineno, end_col);
}
const DUMMY_NAME = new ast.Name("", "Load", 1, 0, 1, 0);

// ---------------------------------------------------------------- patterns

/** @cpython _PyPegen_ensure_real */
export function _PyPegen_ensure_real(p: Parser, exp: ast.Constant): ast.expr | null {
  if (exp.value instanceof PyComplex) {
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, exp, "real number required in complex literal");
    return null;
  }
  return exp;
}
/** @cpython _PyPegen_ensure_imaginary */
export function _PyPegen_ensure_imaginary(p: Parser, exp: ast.Constant): ast.expr | null {
  if (!(exp.value instanceof PyComplex)) {
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, exp, "imaginary number required in complex literal");
    return null;
  }
  return exp;
}

/** @cpython _PyPegen_key_pattern_pair */
export function _PyPegen_key_pattern_pair(_p: Parser, key: ast.expr, pattern: ast.pattern): KeyPatternPair {
  return { key, pattern };
}
/** @cpython _PyPegen_get_pattern_keys */
export function _PyPegen_get_pattern_keys(_p: Parser, seq: KeyPatternPair[]): ast.expr[] {
  return seq.map((x) => x.key);
}
/** @cpython _PyPegen_get_patterns */
export function _PyPegen_get_patterns(_p: Parser, seq: KeyPatternPair[]): ast.pattern[] {
  return seq.map((x) => x.pattern);
}

/** @cpython _PyPegen_check_legacy_stmt: `print` and `exec` were statements in Python 2. */
export function _PyPegen_check_legacy_stmt(_p: Parser, name: ast.expr): boolean {
  return name instanceof ast.Name && (name.id === "print" || name.id === "exec");
}

/** @cpython _PyPegen_get_expr_name: how error messages name an expression. */
export function _PyPegen_get_expr_name(e: ast.expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = (e as ast.Constant).value;
      if (v === None) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (v === Ellipsis) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

/** @cpython _PyPegen_get_invalid_target: the part of a would-be target that cannot be one. */
export function _PyPegen_get_invalid_target(e: ast.expr | null, type: "star" | "del" | "for"): ast.expr | null {
  if (e === null) return null;
  if (e instanceof ast.List || e instanceof ast.Tuple) {
    for (const x of e.elts) {
      const child = _PyPegen_get_invalid_target(x, type);
      if (child !== null) return child;
    }
    return null;
  }
  if (e instanceof ast.Starred) return type === "del" ? e : _PyPegen_get_invalid_target(e.value, type);
  if (e instanceof ast.Compare) {
    // `a in b` of `for a in b` parses as a comparison: look at its left side.
    if (type === "for") return e.ops[0] === "In" ? _PyPegen_get_invalid_target(e.left, type) : null;
    return e;
  }
  if (e instanceof ast.Name || e instanceof ast.Subscript || e instanceof ast.Attribute) return null;
  return e;
}

/** @cpython RAISE_SYNTAX_ERROR_INVALID_TARGET: raises only when an invalid target is found. */
export function RAISE_SYNTAX_ERROR_INVALID_TARGET(p: Parser, type: "star" | "del" | "for", e: ast.expr | null): null {
  const invalid = _PyPegen_get_invalid_target(e, type);
  if (invalid !== null) {
    const verb = type === "del" ? "delete" : "assign to";
    return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, invalid, `cannot ${verb} ${_PyPegen_get_expr_name(invalid)}`);
  }
  return null;
}

/** @cpython _PyPegen_get_last_comprehension_item */
export function _PyPegen_get_last_comprehension_item(c: ast.comprehension): ast.expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

/** @cpython _PyPegen_nonparen_genexp_in_call */
export function _PyPegen_nonparen_genexp_in_call(p: Parser, args: ast.Call, comprehensions: ast.comprehension[]): null {
  const len = args.args.length;
  if (len <= 1) return null;
  const last = comprehensions[comprehensions.length - 1];
  return RAISE_SYNTAX_ERROR_KNOWN_RANGE(p, args.args[len - 1], _PyPegen_get_last_comprehension_item(last),
    "Generator expression must be parenthesized");
}

/** @cpython _PyPegen_arguments_parsing_error */
export function _PyPegen_arguments_parsing_error(p: Parser, e: ast.Call): null {
  const unpacking = e.keywords.some((k) => k.arg === null);
  return RAISE_SYNTAX_ERROR(p, unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
}
