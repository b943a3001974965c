/**
 * @mirrors Python/ast.c
 * The validator of trees built by hand. A tree from the parser is well formed by
 * construction; one made of ast node objects and given to compile() may not be, and the
 * compiler assumes it is. So compile() first walks it here (_PyAST_Validate) and refuses
 * what the grammar could never produce, with CPython's ValueError (or TypeError) messages:
 * empty bodies, a Store where a Load must be, a constant of a type a literal cannot have,
 * positions that run backwards, patterns no `case` could spell, ...
 *
 *   >>> compile(ast.Module([ast.If(ast.Constant(1), [], [])], []), 'f', 'exec')  # positions fixed
 *   ValueError: empty body on If
 */
import * as A from "./Python-ast.generated.ts";
import { expr_kind, mod_kind, pattern_kind, stmt_kind } from "./Python-ast.generated.ts";
import {
  type ConstantValue, PyNone, PyComplex, PyBytes, ConstantTuple, ConstantFrozenset,
} from "../Include/ast_constant.ts";
import { PyErr_SetString } from "./errors.ts";
import { PyExc_ValueError, PyExc_TypeError, PyExc_RecursionError, PyExc_SystemError } from "../Objects/exceptions.ts";
import { _PyThreadState_GET } from "./pystate.ts";

/**
 * A Constant's object whose type a constant may not have (a list, a str subclass, ...):
 * obj2ast keeps its type's name for the validator's TypeError.
 */
export class InvalidConstant {
  constructor(readonly typeName: string) {}
}

/** @cpython struct validator */
class validator {
  recursion_depth = 0;
  recursion_limit = 0;
}

interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** @cpython VALIDATE_POSITIONS */
function validate_positions(node: Located): boolean {
  if (node.lineno > node.end_lineno) {
    PyErr_SetString(PyExc_ValueError, `AST node line range (${node.lineno}, ${node.end_lineno}) is not valid`);
    return false;
  }
  if ((node.lineno < 0 && node.end_lineno !== node.lineno) || (node.col_offset < 0 && node.col_offset !== node.end_col_offset)) {
    PyErr_SetString(PyExc_ValueError,
      `AST node column range (${node.col_offset}, ${node.end_col_offset}) for line range (${node.lineno}, ${node.end_lineno}) is not valid`);
    return false;
  }
  if (node.lineno === node.end_lineno && node.col_offset > node.end_col_offset) {
    PyErr_SetString(PyExc_ValueError, `line ${node.lineno}, column ${node.col_offset}-${node.end_col_offset} is not a valid range`);
    return false;
  }
  return true;
}

/** @cpython validate_name: None, True and False are constants, not names. */
function validate_name(name: string): boolean {
  if (name === "None" || name === "True" || name === "False") {
    PyErr_SetString(PyExc_ValueError, `identifier field can't represent '${name}' constant`);
    return false;
  }
  return true;
}

/** @cpython validate_comprehension */
function validate_comprehension(state: validator, gens: A.comprehension[]): boolean {
  if (!gens.length) {
    PyErr_SetString(PyExc_ValueError, "comprehension with no generators");
    return false;
  }
  for (const comp of gens) {
    if (!validate_expr(state, comp.target, "Store") || !validate_expr(state, comp.iter, "Load")
      || !validate_exprs(state, comp.ifs, "Load", false)) return false;
  }
  return true;
}

/** @cpython validate_keywords */
function validate_keywords(state: validator, keywords: A.keyword[]): boolean {
  for (const k of keywords) if (!validate_expr(state, k.value, "Load")) return false;
  return true;
}

/** @cpython validate_args */
function validate_args(state: validator, args: A.arg[]): boolean {
  for (const arg of args) {
    if (!validate_positions(arg)) return false;
    if (arg.annotation && !validate_expr(state, arg.annotation, "Load")) return false;
  }
  return true;
}

/** @cpython validate_arguments */
function validate_arguments(state: validator, args: A.arguments_): boolean {
  if (!validate_args(state, args.posonlyargs) || !validate_args(state, args.args)) return false;
  if (args.vararg && args.vararg.annotation && !validate_expr(state, args.vararg.annotation, "Load")) return false;
  if (!validate_args(state, args.kwonlyargs)) return false;
  if (args.kwarg && args.kwarg.annotation && !validate_expr(state, args.kwarg.annotation, "Load")) return false;
  if (args.defaults.length > args.posonlyargs.length + args.args.length) {
    PyErr_SetString(PyExc_ValueError, "more positional defaults than args on arguments");
    return false;
  }
  if (args.kw_defaults.length !== args.kwonlyargs.length) {
    PyErr_SetString(PyExc_ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
    return false;
  }
  return validate_exprs(state, args.defaults, "Load", false) && validate_exprs(state, args.kw_defaults, "Load", true);
}

function too_deep(): false {
  PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded during compilation");
  return false;
}

/** @cpython validate_constant: None, Ellipsis, exact numbers, str, bytes, and tuples or frozensets of them. */
function validate_constant(state: validator, value: ConstantValue): boolean {
  if (value instanceof InvalidConstant) {
    PyErr_SetString(PyExc_TypeError, `got an invalid type in Constant: ${value.typeName}`);
    return false;
  }
  if (value instanceof ConstantTuple || value instanceof ConstantFrozenset) {
    if (++state.recursion_depth > state.recursion_limit) return too_deep();
    for (const item of value.items) if (!validate_constant(state, item)) return false;
    --state.recursion_depth;
    return true;
  }
  return true;
}

const isNumber = (v: ConstantValue, real: boolean, imaginary: boolean): boolean =>
  (real && (typeof v === "number" || typeof v === "bigint")) || (imaginary && v instanceof PyComplex);

/** @cpython validate_expr: the node fits the context it is used in, and so do its parts. */
function validate_expr(state: validator, exp: A.expr, ctx: A.expr_context): boolean {
  if (!validate_positions(exp)) return false;
  if (++state.recursion_depth > state.recursion_limit) return too_deep();
  let actual_ctx: A.expr_context | null = null;
  switch (exp._kind) {
    case expr_kind.Attribute_kind: actual_ctx = (exp as A.Attribute).ctx; break;
    case expr_kind.Subscript_kind: actual_ctx = (exp as A.Subscript).ctx; break;
    case expr_kind.Starred_kind: actual_ctx = (exp as A.Starred).ctx; break;
    case expr_kind.Name_kind:
      if (!validate_name((exp as A.Name).id)) return false;
      actual_ctx = (exp as A.Name).ctx;
      break;
    case expr_kind.List_kind: actual_ctx = (exp as A.List).ctx; break;
    case expr_kind.Tuple_kind: actual_ctx = (exp as A.Tuple).ctx; break;
    default:
      if (ctx !== "Load") {
        PyErr_SetString(PyExc_ValueError, `expression which can't be assigned to in ${ctx} context`);
        return false;
      }
  }
  if (actual_ctx !== null && actual_ctx !== ctx) {
    PyErr_SetString(PyExc_ValueError, `expression must have ${ctx} context but has ${actual_ctx} instead`);
    return false;
  }
  let ret: boolean;
  switch (exp._kind) {
    case expr_kind.BoolOp_kind: {
      const e = exp as A.BoolOp;
      if (e.values.length < 2) {
        PyErr_SetString(PyExc_ValueError, "BoolOp with less than 2 values");
        return false;
      }
      ret = validate_exprs(state, e.values, "Load", false);
      break;
    }
    case expr_kind.BinOp_kind: {
      const e = exp as A.BinOp;
      ret = validate_expr(state, e.left, "Load") && validate_expr(state, e.right, "Load");
      break;
    }
    case expr_kind.UnaryOp_kind:
      ret = validate_expr(state, (exp as A.UnaryOp).operand, "Load");
      break;
    case expr_kind.Lambda_kind: {
      const e = exp as A.Lambda;
      ret = validate_arguments(state, e.args) && validate_expr(state, e.body, "Load");
      break;
    }
    case expr_kind.IfExp_kind: {
      const e = exp as A.IfExp;
      ret = validate_expr(state, e.test, "Load") && validate_expr(state, e.body, "Load") && validate_expr(state, e.orelse, "Load");
      break;
    }
    case expr_kind.Dict_kind: {
      const e = exp as A.Dict;
      if (e.keys.length !== e.values.length) {
        PyErr_SetString(PyExc_ValueError, "Dict doesn't have the same number of keys as values");
        return false;
      }
      // A None key stands for `**mapping` in a display.
      ret = validate_exprs(state, e.keys, "Load", true) && validate_exprs(state, e.values, "Load", false);
      break;
    }
    case expr_kind.Set_kind:
      ret = validate_exprs(state, (exp as A.Set).elts, "Load", false);
      break;
    case expr_kind.ListComp_kind:
    case expr_kind.SetComp_kind:
    case expr_kind.GeneratorExp_kind: {
      const e = exp as A.ListComp;
      ret = validate_comprehension(state, e.generators) && validate_expr(state, e.elt, "Load");
      break;
    }
    case expr_kind.DictComp_kind: {
      const e = exp as A.DictComp;
      ret = validate_comprehension(state, e.generators) && validate_expr(state, e.key, "Load") && validate_expr(state, e.value, "Load");
      break;
    }
    case expr_kind.Yield_kind: {
      const v = (exp as A.Yield).value;
      ret = !v || validate_expr(state, v, "Load");
      break;
    }
    case expr_kind.YieldFrom_kind:
      ret = validate_expr(state, (exp as A.YieldFrom).value, "Load");
      break;
    case expr_kind.Await_kind:
      ret = validate_expr(state, (exp as A.Await).value, "Load");
      break;
    case expr_kind.Compare_kind: {
      const e = exp as A.Compare;
      if (!e.comparators.length) {
        PyErr_SetString(PyExc_ValueError, "Compare with no comparators");
        return false;
      }
      if (e.comparators.length !== e.ops.length) {
        PyErr_SetString(PyExc_ValueError, "Compare has a different number of comparators and operands");
        return false;
      }
      ret = validate_exprs(state, e.comparators, "Load", false) && validate_expr(state, e.left, "Load");
      break;
    }
    case expr_kind.Call_kind: {
      const e = exp as A.Call;
      ret = validate_expr(state, e.func, "Load") && validate_exprs(state, e.args, "Load", false) && validate_keywords(state, e.keywords);
      break;
    }
    case expr_kind.Constant_kind:
      if (!validate_constant(state, (exp as A.Constant).value)) return false;
      ret = true;
      break;
    case expr_kind.JoinedStr_kind:
      ret = validate_exprs(state, (exp as A.JoinedStr).values, "Load", false);
      break;
    case expr_kind.FormattedValue_kind: {
      const e = exp as A.FormattedValue;
      if (!validate_expr(state, e.value, "Load")) return false;
      ret = e.format_spec ? validate_expr(state, e.format_spec, "Load") : true;
      break;
    }
    case expr_kind.Attribute_kind:
      ret = validate_expr(state, (exp as A.Attribute).value, "Load");
      break;
    case expr_kind.Subscript_kind: {
      const e = exp as A.Subscript;
      ret = validate_expr(state, e.slice, "Load") && validate_expr(state, e.value, "Load");
      break;
    }
    case expr_kind.Starred_kind:
      ret = validate_expr(state, (exp as A.Starred).value, ctx);
      break;
    case expr_kind.Slice_kind: {
      const e = exp as A.Slice;
      ret = (!e.lower || validate_expr(state, e.lower, "Load")) && (!e.upper || validate_expr(state, e.upper, "Load"))
        && (!e.step || validate_expr(state, e.step, "Load"));
      break;
    }
    case expr_kind.List_kind:
      ret = validate_exprs(state, (exp as A.List).elts, ctx, false);
      break;
    case expr_kind.Tuple_kind:
      ret = validate_exprs(state, (exp as A.Tuple).elts, ctx, false);
      break;
    case expr_kind.NamedExpr_kind:
      ret = validate_expr(state, (exp as A.NamedExpr).value, "Load");
      break;
    case expr_kind.Name_kind:
      ret = true;
      break;
    default:
      PyErr_SetString(PyExc_SystemError, "unexpected expression");
      return false;
  }
  state.recursion_depth--;
  return ret;
}

/** @cpython ensure_literal_negative: -<number> */
function ensure_literal_negative(exp: A.UnaryOp, real: boolean, imaginary: boolean): boolean {
  if (exp.op !== "USub") return false;
  const operand = exp.operand;
  if (operand._kind !== expr_kind.Constant_kind) return false;
  return isNumber((operand as A.Constant).value, real, imaginary);
}

/** @cpython ensure_literal_complex: <real> +/- <imaginary>, the real part maybe negated. */
function ensure_literal_complex(exp: A.BinOp): boolean {
  if (exp.op !== "Add" && exp.op !== "Sub") return false;
  const left = exp.left, right = exp.right;
  switch (left._kind) {
    case expr_kind.Constant_kind:
      if (!isNumber((left as A.Constant).value, true, false)) return false;
      break;
    case expr_kind.UnaryOp_kind:
      if (!ensure_literal_negative(left as A.UnaryOp, true, false)) return false;
      break;
    default:
      return false;
  }
  return right._kind === expr_kind.Constant_kind && isNumber((right as A.Constant).value, false, true);
}

/** @cpython validate_pattern_match_value: what a value pattern may be. */
function validate_pattern_match_value(state: validator, exp: A.expr): boolean {
  if (!validate_expr(state, exp, "Load")) return false;
  switch (exp._kind) {
    case expr_kind.Constant_kind: {
      if (!validate_expr(state, exp, "Load")) return false;
      const literal = (exp as A.Constant).value;
      if (typeof literal === "bigint" || typeof literal === "number" || typeof literal === "string"
        || literal instanceof PyBytes || literal instanceof PyComplex) return true;
      PyErr_SetString(PyExc_ValueError, "unexpected constant inside of a literal pattern");
      return false;
    }
    case expr_kind.Attribute_kind:
      return true;
    case expr_kind.UnaryOp_kind:
      if (ensure_literal_negative(exp as A.UnaryOp, true, true)) return true;
      break;
    case expr_kind.BinOp_kind:
      if (ensure_literal_complex(exp as A.BinOp)) return true;
      break;
    case expr_kind.JoinedStr_kind:
      return true;
  }
  PyErr_SetString(PyExc_ValueError, "patterns may only match literals and attribute lookups");
  return false;
}

/** @cpython validate_capture */
function validate_capture(name: string): boolean {
  if (name === "_") {
    PyErr_SetString(PyExc_ValueError, "can't capture name '_' in patterns");
    return false;
  }
  return validate_name(name);
}

/** @cpython validate_pattern */
function validate_pattern(state: validator, p: A.pattern, star_ok: boolean): boolean {
  if (!validate_positions(p)) return false;
  if (++state.recursion_depth > state.recursion_limit) return too_deep();
  let ret: boolean;
  switch (p._kind) {
    case pattern_kind.MatchValue_kind:
      ret = validate_pattern_match_value(state, (p as A.MatchValue).value);
      break;
    case pattern_kind.MatchSingleton_kind: {
      const v = (p as A.MatchSingleton).value;
      ret = v instanceof PyNone || typeof v === "boolean";
      if (!ret) PyErr_SetString(PyExc_ValueError, "MatchSingleton can only contain True, False and None");
      break;
    }
    case pattern_kind.MatchSequence_kind:
      ret = validate_patterns(state, (p as A.MatchSequence).patterns, true);
      break;
    case pattern_kind.MatchMapping_kind: {
      const m = p as A.MatchMapping;
      if (m.keys.length !== m.patterns.length) {
        PyErr_SetString(PyExc_ValueError, "MatchMapping doesn't have the same number of keys as patterns");
        ret = false;
        break;
      }
      if (m.rest && !validate_capture(m.rest)) {
        ret = false;
        break;
      }
      // DIVERGENCE: CPython goes on to the patterns after a bad key (or class, or keyword
      // name below) with the error set, which then surfaces from compile(); stopping at
      // once raises the same error.
      let keysOk = true;
      for (const key of m.keys) {
        if (key._kind === expr_kind.Constant_kind) {
          const literal = (key as A.Constant).value;
          // None, True and False are valid keys, though not value patterns.
          if (literal instanceof PyNone || typeof literal === "boolean") continue;
        }
        if (!validate_pattern_match_value(state, key)) {
          keysOk = false;
          break;
        }
      }
      ret = keysOk && validate_patterns(state, m.patterns, false);
      break;
    }
    case pattern_kind.MatchClass_kind: {
      const m = p as A.MatchClass;
      if (m.kwd_attrs.length !== m.kwd_patterns.length) {
        PyErr_SetString(PyExc_ValueError, "MatchClass doesn't have the same number of keyword attributes as patterns");
        ret = false;
        break;
      }
      if (!validate_expr(state, m.cls, "Load")) {
        ret = false;
        break;
      }
      let cls = m.cls;
      while (cls._kind === expr_kind.Attribute_kind) cls = (cls as A.Attribute).value;
      if (cls._kind !== expr_kind.Name_kind) {
        PyErr_SetString(PyExc_ValueError, "MatchClass cls field can only contain Name or Attribute nodes.");
        ret = false;
        break;
      }
      if (!m.kwd_attrs.every(validate_name) || !validate_patterns(state, m.patterns, false)) {
        ret = false;
        break;
      }
      ret = validate_patterns(state, m.kwd_patterns, false);
      break;
    }
    case pattern_kind.MatchStar_kind: {
      if (!star_ok) {
        PyErr_SetString(PyExc_ValueError, "can't use MatchStar here");
        ret = false;
        break;
      }
      const name = (p as A.MatchStar).name;
      ret = name === null || validate_capture(name);
      break;
    }
    case pattern_kind.MatchAs_kind: {
      const m = p as A.MatchAs;
      if (m.name && !validate_capture(m.name)) {
        ret = false;
        break;
      }
      if (m.pattern === null) ret = true;
      else if (m.name === null) {
        PyErr_SetString(PyExc_ValueError, "MatchAs must specify a target name if a pattern is given");
        ret = false;
      } else {
        ret = validate_pattern(state, m.pattern, false);
      }
      break;
    }
    case pattern_kind.MatchOr_kind: {
      const m = p as A.MatchOr;
      if (m.patterns.length < 2) {
        PyErr_SetString(PyExc_ValueError, "MatchOr requires at least 2 patterns");
        ret = false;
        break;
      }
      ret = validate_patterns(state, m.patterns, false);
      break;
    }
    default:
      PyErr_SetString(PyExc_SystemError, "unexpected pattern");
      return false;
  }
  state.recursion_depth--;
  return ret;
}

/** @cpython _validate_nonempty_seq */
function validate_nonempty_seq(seq: readonly unknown[], what: string, owner: string): boolean {
  if (seq.length) return true;
  PyErr_SetString(PyExc_ValueError, `empty ${what} on ${owner}`);
  return false;
}

/** @cpython validate_assignlist */
function validate_assignlist(state: validator, targets: A.expr[], ctx: A.expr_context): boolean {
  return validate_nonempty_seq(targets, "targets", ctx === "Del" ? "Delete" : "Assign") && validate_exprs(state, targets, ctx, false);
}

/** @cpython validate_body */
function validate_body(state: validator, body: A.stmt[], owner: string): boolean {
  return validate_nonempty_seq(body, "body", owner) && validate_stmts(state, body);
}

/** @cpython validate_stmt */
function validate_stmt(state: validator, stmt: A.stmt): boolean {
  if (!validate_positions(stmt)) return false;
  if (++state.recursion_depth > state.recursion_limit) return too_deep();
  let ret: boolean;
  switch (stmt._kind) {
    case stmt_kind.FunctionDef_kind:
    case stmt_kind.AsyncFunctionDef_kind: {
      const s = stmt as A.FunctionDef;
      ret = validate_body(state, s.body, s._type) && validate_arguments(state, s.args)
        && validate_exprs(state, s.decorator_list, "Load", false) && (!s.returns || validate_expr(state, s.returns, "Load"));
      break;
    }
    case stmt_kind.ClassDef_kind: {
      const s = stmt as A.ClassDef;
      ret = validate_body(state, s.body, "ClassDef") && validate_exprs(state, s.bases, "Load", false)
        && validate_keywords(state, s.keywords) && validate_exprs(state, s.decorator_list, "Load", false);
      break;
    }
    case stmt_kind.Return_kind: {
      const v = (stmt as A.Return).value;
      ret = !v || validate_expr(state, v, "Load");
      break;
    }
    case stmt_kind.Delete_kind:
      ret = validate_assignlist(state, (stmt as A.Delete).targets, "Del");
      break;
    case stmt_kind.Assign_kind: {
      const s = stmt as A.Assign;
      ret = validate_assignlist(state, s.targets, "Store") && validate_expr(state, s.value, "Load");
      break;
    }
    case stmt_kind.AugAssign_kind: {
      const s = stmt as A.AugAssign;
      ret = validate_expr(state, s.target, "Store") && validate_expr(state, s.value, "Load");
      break;
    }
    case stmt_kind.AnnAssign_kind: {
      const s = stmt as A.AnnAssign;
      if (s.target._kind !== expr_kind.Name_kind && s.simple) {
        PyErr_SetString(PyExc_TypeError, "AnnAssign with simple non-Name target");
        return false;
      }
      ret = validate_expr(state, s.target, "Store") && (!s.value || validate_expr(state, s.value, "Load"))
        && validate_expr(state, s.annotation, "Load");
      break;
    }
    case stmt_kind.For_kind:
    case stmt_kind.AsyncFor_kind: {
      const s = stmt as A.For;
      ret = validate_expr(state, s.target, "Store") && validate_expr(state, s.iter, "Load")
        && validate_body(state, s.body, s._type) && validate_stmts(state, s.orelse);
      break;
    }
    case stmt_kind.While_kind: {
      const s = stmt as A.While;
      ret = validate_expr(state, s.test, "Load") && validate_body(state, s.body, "While") && validate_stmts(state, s.orelse);
      break;
    }
    case stmt_kind.If_kind: {
      const s = stmt as A.If;
      ret = validate_expr(state, s.test, "Load") && validate_body(state, s.body, "If") && validate_stmts(state, s.orelse);
      break;
    }
    case stmt_kind.With_kind:
    case stmt_kind.AsyncWith_kind: {
      const s = stmt as A.With;
      if (!validate_nonempty_seq(s.items, "items", s._type)) return false;
      for (const item of s.items) {
        if (!validate_expr(state, item.context_expr, "Load")
          || (item.optional_vars && !validate_expr(state, item.optional_vars, "Store"))) return false;
      }
      ret = validate_body(state, s.body, s._type);
      break;
    }
    case stmt_kind.Match_kind: {
      const s = stmt as A.Match;
      if (!validate_expr(state, s.subject, "Load") || !validate_nonempty_seq(s.cases, "cases", "Match")) return false;
      for (const m of s.cases) {
        if (!validate_pattern(state, m.pattern, false) || (m.guard && !validate_expr(state, m.guard, "Load"))
          || !validate_body(state, m.body, "match_case")) return false;
      }
      ret = true;
      break;
    }
    case stmt_kind.Raise_kind: {
      const s = stmt as A.Raise;
      if (s.exc) {
        ret = validate_expr(state, s.exc, "Load") && (!s.cause || validate_expr(state, s.cause, "Load"));
        break;
      }
      if (s.cause) {
        PyErr_SetString(PyExc_ValueError, "Raise with cause but no exception");
        return false;
      }
      ret = true;
      break;
    }
    case stmt_kind.Try_kind:
    case stmt_kind.TryStar_kind: {
      const s = stmt as A.Try;
      const owner = s._type;
      if (!validate_body(state, s.body, owner)) return false;
      if (!s.handlers.length && !s.finalbody.length) {
        PyErr_SetString(PyExc_ValueError, `${owner} has neither except handlers nor finalbody`);
        return false;
      }
      if (!s.handlers.length && s.orelse.length) {
        PyErr_SetString(PyExc_ValueError, `${owner} has orelse but no except handlers`);
        return false;
      }
      for (const h of s.handlers) {
        const handler = h as A.ExceptHandler;
        // CPython checks the positions of a Try's handlers, not of a TryStar's.
        if (stmt._kind === stmt_kind.Try_kind && !validate_positions(handler)) return false;
        if ((handler.type && !validate_expr(state, handler.type, "Load"))
          || !validate_body(state, handler.body, "ExceptHandler")) return false;
      }
      ret = (!s.finalbody.length || validate_stmts(state, s.finalbody)) && (!s.orelse.length || validate_stmts(state, s.orelse));
      break;
    }
    case stmt_kind.Assert_kind: {
      const s = stmt as A.Assert;
      ret = validate_expr(state, s.test, "Load") && (!s.msg || validate_expr(state, s.msg, "Load"));
      break;
    }
    case stmt_kind.Import_kind:
      ret = validate_nonempty_seq((stmt as A.Import).names, "names", "Import");
      break;
    case stmt_kind.ImportFrom_kind: {
      const s = stmt as A.ImportFrom;
      if ((s.level ?? 0) < 0) {
        PyErr_SetString(PyExc_ValueError, "Negative ImportFrom level");
        return false;
      }
      ret = validate_nonempty_seq(s.names, "names", "ImportFrom");
      break;
    }
    case stmt_kind.Global_kind:
      ret = validate_nonempty_seq((stmt as A.Global).names, "names", "Global");
      break;
    case stmt_kind.Nonlocal_kind:
      ret = validate_nonempty_seq((stmt as A.Nonlocal).names, "names", "Nonlocal");
      break;
    case stmt_kind.Expr_kind:
      ret = validate_expr(state, (stmt as A.Expr).value, "Load");
      break;
    case stmt_kind.Pass_kind:
    case stmt_kind.Break_kind:
    case stmt_kind.Continue_kind:
      ret = true;
      break;
    default:
      PyErr_SetString(PyExc_SystemError, "unexpected statement");
      return false;
  }
  state.recursion_depth--;
  return ret;
}

/** @cpython validate_stmts */
function validate_stmts(state: validator, seq: (A.stmt | null)[]): boolean {
  for (const stmt of seq) {
    if (stmt) {
      if (!validate_stmt(state, stmt)) return false;
    } else {
      PyErr_SetString(PyExc_ValueError, "None disallowed in statement list");
      return false;
    }
  }
  return true;
}

/** @cpython validate_exprs: null_ok for the keys of a dict display (`**m`) and missing kw_defaults. */
function validate_exprs(state: validator, exprs: (A.expr | null)[], ctx: A.expr_context, null_ok: boolean): boolean {
  for (const expr of exprs) {
    if (expr) {
      if (!validate_expr(state, expr, ctx)) return false;
    } else if (!null_ok) {
      PyErr_SetString(PyExc_ValueError, "None disallowed in expression list");
      return false;
    }
  }
  return true;
}

/** @cpython validate_patterns */
function validate_patterns(state: validator, patterns: A.pattern[], star_ok: boolean): boolean {
  for (const pattern of patterns) if (!validate_pattern(state, pattern, star_ok)) return false;
  return true;
}

// See symtable.c: the walk may go three levels per Python frame deep.
const COMPILER_STACK_FRAME_SCALE = 3;

/** @cpython _PyAST_Validate: true when the tree may be compiled; false with the error set. */
export function _PyAST_Validate(mod: A.mod): boolean {
  const tstate = _PyThreadState_GET();
  const state = new validator();
  const starting_recursion_depth = tstate.recursion_depth * COMPILER_STACK_FRAME_SCALE;
  state.recursion_depth = starting_recursion_depth;
  state.recursion_limit = tstate.recursion_limit * COMPILER_STACK_FRAME_SCALE;
  let res: boolean;
  switch (mod._kind) {
    case mod_kind.Module_kind:
      res = validate_stmts(state, (mod as A.Module).body);
      break;
    case mod_kind.Interactive_kind:
      res = validate_stmts(state, (mod as A.Interactive).body);
      break;
    case mod_kind.Expression_kind:
      res = validate_expr(state, (mod as A.Expression).body, "Load");
      break;
    case mod_kind.FunctionType_kind: {
      const m = mod as A.FunctionType;
      res = validate_exprs(state, m.argtypes, "Load", false) && validate_expr(state, m.returns, "Load");
      break;
    }
    default:
      PyErr_SetString(PyExc_SystemError, "impossible module node");
      return false;
  }
  if (res && state.recursion_depth !== starting_recursion_depth) {
    PyErr_SetString(PyExc_SystemError,
      `AST validator recursion depth mismatch (before=${starting_recursion_depth}, after=${state.recursion_depth})`);
    return false;
  }
  return res;
}
