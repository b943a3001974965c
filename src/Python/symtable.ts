/**
 * @mirrors Python/symtable.c
 * The symbol table pass: one walk over the AST records, per block (module, class,
 * function, lambda, comprehension, annotation), every name and how it is used; a second
 * pass decides each name's scope (local, global explicit/implicit, free, cell), the way
 * the compiler will address it. Also the SyntaxErrors only this pass can see: global and
 * nonlocal misuse, walrus rules in comprehensions, `yield` in a comprehension, `import *`
 * inside a function, duplicate parameters.
 */
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { CO_FUTURE_ANNOTATIONS } from "../Objects/codeobject.ts";
import type { PyFutureFeatures, SyntaxErrorMaker } from "./future.ts";
import * as A from "./Python-ast.generated.ts";
import { expr_kind, mod_kind, pattern_kind, stmt_kind } from "./Python-ast.generated.ts";

// Flags recorded for a name in a block (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 2 << 1;
export const DEF_NONLOCAL = 2 << 2;
export const USE = 2 << 3;
export const DEF_FREE = 2 << 4;
export const DEF_FREE_CLASS = 2 << 5;
export const DEF_IMPORT = 2 << 6;
export const DEF_ANNOT = 2 << 7;
export const DEF_COMP_ITER = 2 << 8;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// The scope, stored above the flags after analysis.
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = "FunctionBlock" | "ClassBlock" | "ModuleBlock" | "AnnotationBlock";
export const enum Comprehension {
  None = 0, List = 1, Dict = 2, Set = 3, Generator = 4,
}

type Directive = [name: string, lineno: number, col: number, end_lineno: number, end_col: number];

/** Nodes that open a block: the key of st_blocks (CPython keys by the node's address). */
export type BlockKey = object;

/** @cpython PySTEntryObject */
export class PySTEntryObject {
  /** name -> flags (plus scope << SCOPE_OFFSET once analysed), in first-seen order. */
  ste_symbols = new Map<string, number>();
  /** Parameter names, in order. */
  ste_varnames: string[] = [];
  ste_children: PySTEntryObject[] = [];
  ste_directives: Directive[] | null = null;
  ste_nested = false;
  ste_free = false;
  ste_child_free = false;
  ste_generator = false;
  ste_coroutine = false;
  ste_comprehension: Comprehension = Comprehension.None;
  ste_varargs = false;
  ste_varkeywords = false;
  ste_returns_value = false;
  ste_needs_class_closure = false;
  ste_comp_iter_target = false;
  ste_comp_iter_expr = 0;

  constructor(
    readonly ste_name: string,
    readonly ste_type: BlockType,
    readonly ste_id: BlockKey,
    readonly ste_lineno: number,
    readonly ste_col_offset: number,
    readonly ste_end_lineno: number,
    readonly ste_end_col_offset: number,
  ) {}
}

/** @cpython _PyST_GetSymbol */
export function _PyST_GetSymbol(ste: PySTEntryObject, name: string): number {
  return ste.ste_symbols.get(name) ?? 0;
}

/** @cpython _PyST_GetScope */
export function _PyST_GetScope(ste: PySTEntryObject, name: string): number {
  return (_PyST_GetSymbol(ste, name) >> SCOPE_OFFSET) & SCOPE_MASK;
}

/** Name mangling: `__spam` inside class `Ham` becomes `_Ham__spam` (@cpython _Py_Mangle). */
export function _Py_Mangle(privateName: string | null, ident: string): string {
  if (privateName === null || ident.charCodeAt(0) !== 95 || ident.charCodeAt(1) !== 95) return ident;
  if (ident.endsWith("__") || ident.includes(".")) return ident;
  let i = 0;
  while (privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return ident;
  return "_" + privateName.slice(i) + ident;
}

// The depth limit on nested visits: CPython scales the recursion limit (1000) by 3.
const RECURSION_LIMIT = 3000;

/** @cpython struct symtable */
export class symtable {
  st_blocks = new Map<BlockKey, PySTEntryObject>();
  st_stack: PySTEntryObject[] = [];
  st_cur: PySTEntryObject | null = null;
  st_top!: PySTEntryObject;
  st_global!: Map<string, number>;
  st_private: string | null = null;
  private recursion_depth = 0;

  constructor(readonly st_filename: string, readonly st_future: PyFutureFeatures, private readonly error: SyntaxErrorMaker) {}

  /** @cpython PySymtable_Lookup */
  lookup(key: BlockKey): PySTEntryObject {
    const ste = this.st_blocks.get(key);
    if (!ste) throw new PyFrontEndError("KeyError", "unknown symbol table entry");
    return ste;
  }

  private get cur(): PySTEntryObject { return this.st_cur!; }

  private raise(msg: string, lineno: number, col: number, end_lineno: number, end_col: number): never {
    throw this.error(msg, lineno, col + 1, end_lineno, end_col + 1);
  }

  private enter(): void {
    if (++this.recursion_depth > RECURSION_LIMIT) {
      throw new PyFrontEndError("RecursionError", "maximum recursion depth exceeded during compilation");
    }
  }

  // -- blocks ------------------------------------------------------------------------------

  /** @cpython symtable_enter_block */
  enter_block(name: string, block: BlockType, key: BlockKey, lineno: number, col: number, end_lineno: number, end_col: number): void {
    const prev = this.st_cur;
    const ste = new PySTEntryObject(name, block, key, lineno, col, end_lineno, end_col);
    if (prev && (prev.ste_nested || prev.ste_type === "FunctionBlock")) ste.ste_nested = true;
    this.st_blocks.set(key, ste);
    this.st_stack.push(ste);
    // bpo-37757: walrus is refused anywhere inside a comprehension's outermost iterable.
    if (prev) ste.ste_comp_iter_expr = prev.ste_comp_iter_expr;
    this.st_cur = ste;
    // Annotation blocks (under `from __future__ import annotations`) only check; the
    // compiler turns their contents into strings, so they are not children.
    if (block === "AnnotationBlock") return;
    if (block === "ModuleBlock") this.st_global = ste.ste_symbols;
    if (prev) prev.ste_children.push(ste);
  }

  /** @cpython symtable_exit_block */
  exit_block(): void {
    this.st_stack.pop();
    this.st_cur = this.st_stack.length ? this.st_stack[this.st_stack.length - 1] : null;
  }

  // -- recording names ---------------------------------------------------------------------

  /** @cpython symtable_lookup */
  private lookup_name(name: string): number {
    return _PyST_GetSymbol(this.cur, _Py_Mangle(this.st_private, name));
  }

  /** @cpython symtable_add_def_helper */
  private add_def_helper(name: string, flag: number, ste: PySTEntryObject, lineno: number, col: number, end_lineno: number, end_col: number): void {
    const mangled = _Py_Mangle(this.st_private, name);
    const old = ste.ste_symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) && (old & DEF_PARAM)) {
        this.raise(`duplicate argument '${name}' in function definition`, lineno, col, end_lineno, end_col);
      }
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.ste_comp_iter_target) {
      // An iteration variable of a comprehension: it may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.raise(`comprehension inner loop cannot rebind assignment expression target '${name}'`, lineno, col, end_lineno, end_col);
      }
      val |= DEF_COMP_ITER;
    }
    ste.ste_symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.ste_varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.st_global.set(mangled, flag | (this.st_global.get(mangled) ?? 0));
    }
  }

  private add_def(name: string, flag: number, n: Located): void {
    this.add_def_helper(name, flag, this.cur, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  /** @cpython symtable_record_directive */
  private record_directive(name: string, n: Located): void {
    const ste = this.cur;
    (ste.ste_directives ??= []).push([_Py_Mangle(this.st_private, name), n.lineno, n.col_offset, n.end_lineno, n.end_col_offset]);
  }

  // -- statements --------------------------------------------------------------------------

  /** @cpython symtable_visit_stmt */
  visit_stmt(s: A.stmt): void {
    this.enter();
    switch (s._kind) {
      case stmt_kind.FunctionDef_kind:
      case stmt_kind.AsyncFunctionDef_kind: {
        const f = s as A.FunctionDef | A.AsyncFunctionDef;
        this.add_def(f.name, DEF_LOCAL, s);
        this.visit_exprs(f.args.defaults);
        this.visit_exprs_with_null(f.args.kw_defaults);
        this.visit_annotations(s, f.args, f.returns);
        this.visit_exprs(f.decorator_list);
        this.enter_block(f.name, "FunctionBlock", s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        if (s._kind === stmt_kind.AsyncFunctionDef_kind) this.cur.ste_coroutine = true;
        this.visit_arguments(f.args);
        this.visit_stmts(f.body);
        this.exit_block();
        break;
      }
      case stmt_kind.ClassDef_kind: {
        const c = s as A.ClassDef;
        this.add_def(c.name, DEF_LOCAL, s);
        this.visit_exprs(c.bases);
        for (const k of c.keywords) this.visit_expr(k.value);
        this.visit_exprs(c.decorator_list);
        this.enter_block(c.name, "ClassBlock", s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        const saved = this.st_private;
        this.st_private = c.name;
        this.visit_stmts(c.body);
        this.st_private = saved;
        this.exit_block();
        break;
      }
      case stmt_kind.Return_kind: {
        const r = s as A.Return;
        if (r.value) {
          this.visit_expr(r.value);
          this.cur.ste_returns_value = true;
        }
        break;
      }
      case stmt_kind.Delete_kind:
        this.visit_exprs((s as A.Delete).targets);
        break;
      case stmt_kind.Assign_kind:
        this.visit_exprs((s as A.Assign).targets);
        this.visit_expr((s as A.Assign).value);
        break;
      case stmt_kind.AnnAssign_kind: {
        const a = s as A.AnnAssign;
        if (a.target._kind === expr_kind.Name_kind) {
          const target = a.target as A.Name;
          const cur = this.lookup_name(target.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.ste_symbols !== this.st_global && a.simple) {
            const msg = cur & DEF_GLOBAL ? `annotated name '${target.id}' can't be global` : `annotated name '${target.id}' can't be nonlocal`;
            this.raise(msg, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
          }
          if (a.simple) this.add_def(target.id, DEF_ANNOT | DEF_LOCAL, target);
          else if (a.value) this.add_def(target.id, DEF_LOCAL, target);
        } else {
          this.visit_expr(a.target);
        }
        this.visit_annotation(a.annotation);
        if (a.value) this.visit_expr(a.value);
        break;
      }
      case stmt_kind.AugAssign_kind:
        this.visit_expr((s as A.AugAssign).target);
        this.visit_expr((s as A.AugAssign).value);
        break;
      case stmt_kind.For_kind:
      case stmt_kind.AsyncFor_kind: {
        const f = s as A.For | A.AsyncFor;
        this.visit_expr(f.target);
        this.visit_expr(f.iter);
        this.visit_stmts(f.body);
        this.visit_stmts(f.orelse);
        break;
      }
      case stmt_kind.While_kind: {
        const w = s as A.While;
        this.visit_expr(w.test);
        this.visit_stmts(w.body);
        this.visit_stmts(w.orelse);
        break;
      }
      case stmt_kind.If_kind: {
        const i = s as A.If;
        this.visit_expr(i.test);
        this.visit_stmts(i.body);
        this.visit_stmts(i.orelse);
        break;
      }
      case stmt_kind.Match_kind: {
        const m = s as A.Match;
        this.visit_expr(m.subject);
        for (const c of m.cases) {
          this.visit_pattern(c.pattern);
          if (c.guard) this.visit_expr(c.guard);
          this.visit_stmts(c.body);
        }
        break;
      }
      case stmt_kind.Raise_kind: {
        const r = s as A.Raise;
        if (r.exc) {
          this.visit_expr(r.exc);
          if (r.cause) this.visit_expr(r.cause);
        }
        break;
      }
      case stmt_kind.Try_kind:
      case stmt_kind.TryStar_kind: {
        const t = s as A.Try | A.TryStar;
        this.visit_stmts(t.body);
        this.visit_stmts(t.orelse);
        for (const h of t.handlers) this.visit_excepthandler(h as A.ExceptHandler);
        this.visit_stmts(t.finalbody);
        break;
      }
      case stmt_kind.Assert_kind: {
        const a = s as A.Assert;
        this.visit_expr(a.test);
        if (a.msg) this.visit_expr(a.msg);
        break;
      }
      case stmt_kind.Import_kind:
        for (const a of (s as A.Import).names) this.visit_alias(a);
        break;
      case stmt_kind.ImportFrom_kind:
        for (const a of (s as A.ImportFrom).names) this.visit_alias(a);
        break;
      case stmt_kind.Global_kind:
      case stmt_kind.Nonlocal_kind: {
        const isGlobal = s._kind === stmt_kind.Global_kind;
        const word = isGlobal ? "global" : "nonlocal";
        for (const name of (s as A.Global | A.Nonlocal).names) {
          const cur = this.lookup_name(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            this.raise(msg, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
          }
          this.add_def(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.record_directive(name, s);
        }
        break;
      }
      case stmt_kind.Expr_kind:
        this.visit_expr((s as A.Expr).value);
        break;
      case stmt_kind.With_kind:
      case stmt_kind.AsyncWith_kind: {
        const w = s as A.With | A.AsyncWith;
        for (const item of w.items) {
          this.visit_expr(item.context_expr);
          if (item.optional_vars) this.visit_expr(item.optional_vars);
        }
        this.visit_stmts(w.body);
        break;
      }
      default:
        break; // Pass, Break, Continue
    }
    this.recursion_depth--;
  }

  private visit_stmts(seq: readonly A.stmt[]): void {
    for (const s of seq) this.visit_stmt(s);
  }

  private visit_exprs(seq: readonly A.expr[]): void {
    for (const e of seq) this.visit_expr(e);
  }

  private visit_exprs_with_null(seq: readonly (A.expr | null)[]): void {
    for (const e of seq) if (e) this.visit_expr(e);
  }

  // -- expressions -------------------------------------------------------------------------

  /** @cpython symtable_visit_expr */
  visit_expr(e: A.expr): void {
    this.enter();
    switch (e._kind) {
      case expr_kind.NamedExpr_kind:
        this.raise_if_annotation_block("named expression", e);
        this.handle_namedexpr(e as A.NamedExpr);
        break;
      case expr_kind.BoolOp_kind:
        this.visit_exprs((e as A.BoolOp).values);
        break;
      case expr_kind.BinOp_kind:
        this.visit_expr((e as A.BinOp).left);
        this.visit_expr((e as A.BinOp).right);
        break;
      case expr_kind.UnaryOp_kind:
        this.visit_expr((e as A.UnaryOp).operand);
        break;
      case expr_kind.Lambda_kind: {
        const l = e as A.Lambda;
        this.visit_exprs(l.args.defaults);
        this.visit_exprs_with_null(l.args.kw_defaults);
        this.enter_block("lambda", "FunctionBlock", e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        this.visit_arguments(l.args);
        this.visit_expr(l.body);
        this.exit_block();
        break;
      }
      case expr_kind.IfExp_kind: {
        const i = e as A.IfExp;
        this.visit_expr(i.test);
        this.visit_expr(i.body);
        this.visit_expr(i.orelse);
        break;
      }
      case expr_kind.Dict_kind:
        this.visit_exprs_with_null((e as A.Dict).keys);
        this.visit_exprs((e as A.Dict).values);
        break;
      case expr_kind.Set_kind:
        this.visit_exprs((e as A.Set).elts);
        break;
      case expr_kind.GeneratorExp_kind: {
        const g = e as A.GeneratorExp;
        this.handle_comprehension(e, "genexpr", g.generators, g.elt, null);
        break;
      }
      case expr_kind.ListComp_kind: {
        const g = e as A.ListComp;
        this.handle_comprehension(e, "listcomp", g.generators, g.elt, null);
        break;
      }
      case expr_kind.SetComp_kind: {
        const g = e as A.SetComp;
        this.handle_comprehension(e, "setcomp", g.generators, g.elt, null);
        break;
      }
      case expr_kind.DictComp_kind: {
        const g = e as A.DictComp;
        this.handle_comprehension(e, "dictcomp", g.generators, g.key, g.value);
        break;
      }
      case expr_kind.Yield_kind:
      case expr_kind.YieldFrom_kind: {
        this.raise_if_annotation_block("yield expression", e);
        const value = (e as A.Yield | A.YieldFrom).value;
        if (value) this.visit_expr(value);
        this.cur.ste_generator = true;
        if (this.cur.ste_comprehension) this.raise_comprehension_yield(e);
        break;
      }
      case expr_kind.Await_kind:
        this.raise_if_annotation_block("await expression", e);
        this.visit_expr((e as A.Await).value);
        this.cur.ste_coroutine = true;
        break;
      case expr_kind.Compare_kind:
        this.visit_expr((e as A.Compare).left);
        this.visit_exprs((e as A.Compare).comparators);
        break;
      case expr_kind.Call_kind: {
        const c = e as A.Call;
        this.visit_expr(c.func);
        this.visit_exprs(c.args);
        for (const k of c.keywords) this.visit_expr(k.value);
        break;
      }
      case expr_kind.FormattedValue_kind: {
        const f = e as A.FormattedValue;
        this.visit_expr(f.value);
        if (f.format_spec) this.visit_expr(f.format_spec);
        break;
      }
      case expr_kind.JoinedStr_kind:
        this.visit_exprs((e as A.JoinedStr).values);
        break;
      case expr_kind.Attribute_kind:
        this.visit_expr((e as A.Attribute).value);
        break;
      case expr_kind.Subscript_kind:
        this.visit_expr((e as A.Subscript).value);
        this.visit_expr((e as A.Subscript).slice);
        break;
      case expr_kind.Starred_kind:
        this.visit_expr((e as A.Starred).value);
        break;
      case expr_kind.Slice_kind: {
        const sl = e as A.Slice;
        if (sl.lower) this.visit_expr(sl.lower);
        if (sl.upper) this.visit_expr(sl.upper);
        if (sl.step) this.visit_expr(sl.step);
        break;
      }
      case expr_kind.Name_kind: {
        const n = e as A.Name;
        this.add_def(n.id, n.ctx === "Load" ? USE : DEF_LOCAL, e);
        // A use of `super` in a function is also a use of the implicit __class__ cell.
        if (n.ctx === "Load" && this.cur.ste_type === "FunctionBlock" && n.id === "super") {
          this.add_def("__class__", USE, e);
        }
        break;
      }
      case expr_kind.List_kind:
        this.visit_exprs((e as A.List).elts);
        break;
      case expr_kind.Tuple_kind:
        this.visit_exprs((e as A.Tuple).elts);
        break;
      default:
        break; // Constant
    }
    this.recursion_depth--;
  }

  /** @cpython symtable_handle_namedexpr */
  private handle_namedexpr(e: A.NamedExpr): void {
    if (this.cur.ste_comp_iter_expr > 0) {
      this.raise("assignment expression cannot be used in a comprehension iterable expression", e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    }
    if (this.cur.ste_comprehension) this.extend_namedexpr_scope(e.target as A.Name);
    this.visit_expr(e.value);
    this.visit_expr(e.target);
  }

  /** A walrus in a comprehension binds in the nearest enclosing non-comprehension block. @cpython symtable_extend_namedexpr_scope */
  private extend_namedexpr_scope(e: A.Name): void {
    const target = e.id;
    for (let i = this.st_stack.length - 1; i >= 0; i--) {
      const ste = this.st_stack[i];
      if (ste.ste_comprehension) {
        if (_PyST_GetSymbol(ste, target) & DEF_COMP_ITER) {
          this.raise(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        }
        continue;
      }
      if (ste.ste_type === "FunctionBlock") {
        if (_PyST_GetSymbol(ste, target) & DEF_GLOBAL) this.add_def(target, DEF_GLOBAL, e);
        else this.add_def(target, DEF_NONLOCAL, e);
        this.record_directive(target, e);
        this.add_def_helper(target, DEF_LOCAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        return;
      }
      if (ste.ste_type === "ModuleBlock") {
        this.add_def(target, DEF_GLOBAL, e);
        this.record_directive(target, e);
        this.add_def_helper(target, DEF_GLOBAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        return;
      }
      if (ste.ste_type === "ClassBlock") {
        this.raise("assignment expression within a comprehension cannot be used in a class body", e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    throw new PyFrontEndError("SystemError", "named expression found no enclosing scope");
  }

  /** @cpython symtable_handle_comprehension */
  private handle_comprehension(e: A.expr, scopeName: string, generators: A.comprehension[], elt: A.expr, value: A.expr | null): void {
    const isGenerator = e._kind === expr_kind.GeneratorExp_kind;
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.ste_comp_iter_expr++;
    this.visit_expr(outermost.iter);
    this.cur.ste_comp_iter_expr--;
    this.enter_block(scopeName, "FunctionBlock", e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    const ste = this.cur;
    ste.ste_comprehension =
      e._kind === expr_kind.ListComp_kind ? Comprehension.List
      : e._kind === expr_kind.SetComp_kind ? Comprehension.Set
      : e._kind === expr_kind.DictComp_kind ? Comprehension.Dict
      : Comprehension.Generator;
    if (outermost.is_async) ste.ste_coroutine = true;
    // The outermost iterator arrives as the implicit parameter `.0`.
    this.add_def_helper(".0", DEF_PARAM, ste, ste.ste_lineno, ste.ste_col_offset, ste.ste_end_lineno, ste.ste_end_col_offset);
    ste.ste_comp_iter_target = true;
    this.visit_expr(outermost.target);
    ste.ste_comp_iter_target = false;
    this.visit_exprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visit_comprehension(generators[i]);
    if (value) this.visit_expr(value);
    this.visit_expr(elt);
    ste.ste_generator = isGenerator;
    const isAsync = ste.ste_coroutine && !isGenerator;
    this.exit_block();
    if (isAsync) this.cur.ste_coroutine = true;
  }

  /** @cpython symtable_visit_comprehension */
  private visit_comprehension(lc: A.comprehension): void {
    const ste = this.cur;
    ste.ste_comp_iter_target = true;
    this.visit_expr(lc.target);
    ste.ste_comp_iter_target = false;
    ste.ste_comp_iter_expr++;
    this.visit_expr(lc.iter);
    ste.ste_comp_iter_expr--;
    this.visit_exprs(lc.ifs);
    if (lc.is_async) ste.ste_coroutine = true;
  }

  private raise_if_annotation_block(what: string, e: A.expr): void {
    if (this.cur.ste_type === "AnnotationBlock") {
      this.raise(`'${what}' can not be used within an annotation`, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    }
  }

  /** @cpython symtable_raise_if_comprehension_block */
  private raise_comprehension_yield(e: A.expr): never {
    const kind = this.cur.ste_comprehension;
    const msg = kind === Comprehension.List ? "'yield' inside list comprehension"
      : kind === Comprehension.Set ? "'yield' inside set comprehension"
      : kind === Comprehension.Dict ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression";
    this.raise(msg, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  }

  // -- patterns, parameters, annotations, handlers, imports ----------------------------------

  /** @cpython symtable_visit_pattern */
  private visit_pattern(p: A.pattern): void {
    this.enter();
    switch (p._kind) {
      case pattern_kind.MatchValue_kind:
        this.visit_expr((p as A.MatchValue).value);
        break;
      case pattern_kind.MatchSequence_kind:
        for (const q of (p as A.MatchSequence).patterns) this.visit_pattern(q);
        break;
      case pattern_kind.MatchStar_kind: {
        const name = (p as A.MatchStar).name;
        if (name) this.add_def(name, DEF_LOCAL, p);
        break;
      }
      case pattern_kind.MatchMapping_kind: {
        const m = p as A.MatchMapping;
        this.visit_exprs(m.keys);
        for (const q of m.patterns) this.visit_pattern(q);
        if (m.rest) this.add_def(m.rest, DEF_LOCAL, p);
        break;
      }
      case pattern_kind.MatchClass_kind: {
        const c = p as A.MatchClass;
        this.visit_expr(c.cls);
        for (const q of c.patterns) this.visit_pattern(q);
        for (const q of c.kwd_patterns) this.visit_pattern(q);
        break;
      }
      case pattern_kind.MatchAs_kind: {
        const a = p as A.MatchAs;
        if (a.pattern) this.visit_pattern(a.pattern);
        if (a.name) this.add_def(a.name, DEF_LOCAL, p);
        break;
      }
      case pattern_kind.MatchOr_kind:
        for (const q of (p as A.MatchOr).patterns) this.visit_pattern(q);
        break;
      default:
        break; // MatchSingleton
    }
    this.recursion_depth--;
  }

  /** @cpython symtable_visit_arguments */
  private visit_arguments(a: A.arguments_): void {
    for (const arg of a.posonlyargs) this.add_def(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.add_def(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.add_def(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.add_def(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.ste_varargs = true;
    }
    if (a.kwarg) {
      this.add_def(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.ste_varkeywords = true;
    }
  }

  /** @cpython symtable_visit_annotation */
  private visit_annotation(annotation: A.expr): void {
    const future = (this.st_future.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enter_block("_annotation", "AnnotationBlock", annotation, annotation.lineno, annotation.col_offset, annotation.end_lineno, annotation.end_col_offset);
    this.visit_expr(annotation);
    if (future) this.exit_block();
  }

  /** @cpython symtable_visit_annotations */
  private visit_annotations(o: A.stmt, a: A.arguments_, returns: A.expr | null): void {
    const future = (this.st_future.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enter_block("_annotation", "AnnotationBlock", o, o.lineno, o.col_offset, o.end_lineno, o.end_col_offset);
    for (const arg of a.posonlyargs) if (arg.annotation) this.visit_expr(arg.annotation);
    for (const arg of a.args) if (arg.annotation) this.visit_expr(arg.annotation);
    if (a.vararg?.annotation) this.visit_expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visit_expr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) this.visit_expr(arg.annotation);
    if (future) this.exit_block();
    if (returns) this.visit_annotation(returns);
  }

  /** @cpython symtable_visit_excepthandler */
  private visit_excepthandler(eh: A.ExceptHandler): void {
    if (eh.type) this.visit_expr(eh.type);
    if (eh.name) this.add_def(eh.name, DEF_LOCAL, eh);
    this.visit_stmts(eh.body);
  }

  /** @cpython symtable_visit_alias */
  private visit_alias(a: A.alias): void {
    const name = a.asname ?? a.name;
    if (name === "*") {
      if (this.cur.ste_type !== "ModuleBlock") {
        this.raise("import * only allowed at module level", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
      }
      return;
    }
    const dot = name.indexOf(".");
    this.add_def(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  // -- analysis ------------------------------------------------------------------------------

  /** @cpython error_at_directive */
  private error_at_directive(ste: PySTEntryObject, name: string, msg: string): never {
    for (const [dname, lineno, col, end_lineno, end_col] of ste.ste_directives ?? []) {
      if (dname === name) this.raise(msg, lineno, col, end_lineno, end_col);
    }
    throw new PyFrontEndError("RuntimeError", "BUG: internal directive bookkeeping broken");
  }

  /** @cpython analyze_name */
  private analyze_name(ste: PySTEntryObject, scopes: Map<string, number>, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.error_at_directive(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.error_at_directive(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) this.error_at_directive(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.ste_free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    // Bound in an enclosing function: a free variable, not a global.
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.ste_free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.ste_nested) ste.ste_free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  /** @cpython analyze_block */
  private analyze_block(ste: PySTEntryObject, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    const isClass = ste.ste_type === "ClassBlock";
    // A class's own names are invisible to its methods: children see only what the class saw.
    if (isClass) {
      for (const n of global) newglobal.add(n);
      if (bound) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.ste_symbols) {
      this.analyze_name(ste, scopes, name, flags, bound, local, free, global);
    }
    if (!isClass) {
      if (ste.ste_type === "FunctionBlock") for (const n of local) newbound.add(n);
      if (bound) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else {
      newbound.add("__class__");
    }
    const allfree = new Set<string>();
    for (const child of ste.ste_children) {
      const childFree = new Set(newfree);
      this.analyze_block(child, new Set(newbound), childFree, new Set(newglobal));
      for (const n of childFree) allfree.add(n);
      if (child.ste_free || child.ste_child_free) ste.ste_child_free = true;
    }
    for (const n of allfree) newfree.add(n);
    if (ste.ste_type === "FunctionBlock") {
      // analyze_cells: a local that a child needs becomes a cell.
      for (const [name, scope] of scopes) {
        if (scope === LOCAL && newfree.has(name)) {
          scopes.set(name, CELL);
          newfree.delete(name);
        }
      }
    } else if (isClass) {
      // drop_class_free: methods using __class__ make the class body create that cell.
      if (newfree.delete("__class__")) ste.ste_needs_class_closure = true;
    }
    this.update_symbols(ste.ste_symbols, scopes, bound, newfree, isClass);
    for (const n of newfree) free.add(n);
  }

  /** @cpython update_symbols */
  private update_symbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>, classflag: boolean): void {
    for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        // A method's free variable with the same name as a class-level binding.
        if (classflag && (v & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue; // a global
      symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }

  /** @cpython symtable_analyze */
  analyze(): void {
    this.analyze_block(this.st_top, null, new Set(), new Set());
  }
}

interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Build and analyse the symbol table of a module (@cpython _PySymtable_Build). */
export function _PySymtable_Build(m: A.mod, filename: string, future: PyFutureFeatures, error: SyntaxErrorMaker): symtable {
  const st = new symtable(filename, future, error);
  st.enter_block("top", "ModuleBlock", m, 0, 0, 0, 0);
  st.st_top = st.st_cur!;
  switch (m._kind) {
    case mod_kind.Module_kind:
      for (const s of (m as A.Module).body) st.visit_stmt(s);
      break;
    case mod_kind.Interactive_kind:
      for (const s of (m as A.Interactive).body) st.visit_stmt(s);
      break;
    case mod_kind.Expression_kind:
      st.visit_expr((m as A.Expression).body);
      break;
    default:
      throw new PyFrontEndError("RuntimeError", "this compiler does not handle FunctionTypes");
  }
  st.exit_block();
  st.analyze();
  return st;
}
