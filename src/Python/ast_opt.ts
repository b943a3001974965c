/**
 * @mirrors Python/ast_opt.c
 * The AST optimiser that runs before the symbol table: folds operators on constants
 * (within ast_opt.c's size limits, so `2**1000000` stays for run time), tuples of
 * constants, constant subscripts, `not (a in b)` into `a not in b`, lists and sets after
 * `in` or in a `for` into tuples and frozensets, `"%s" % (x,)` into an f-string, and
 * `__debug__` into a constant.
 *
 * ast_opt.c rewrites a node in place (changing its kind); here a fold returns the
 * replacement node and the parent stores it in the field it came from.
 */
import { ConstantFrozenset, ConstantTuple, ConstantValue, PyBytes } from "../Include/ast_constant.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { binaryOp, ConstantOpError, getItem, isInt, numBits, pyLength, unaryOp } from "../Objects/constant_ops.ts";
import { CO_FUTURE_ANNOTATIONS } from "../Objects/codeobject.ts";
import { make_frozenset } from "../Objects/setobject.ts";
import { _PyAST_GetDocString } from "./future.ts";
import * as A from "./Python-ast.generated.ts";
import { expr_kind, mod_kind, pattern_kind, stmt_kind } from "./Python-ast.generated.ts";

/** @cpython _PyASTOptimizeState */
export interface ASTOptimizeState {
  optimize: number;
  ff_features: number;
}

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections
const RECURSION_LIMIT = 3000;

/** A Constant node carrying `value` at `node`'s position (@cpython make_const). */
function make_const(node: A.expr, value: ConstantValue): A.Constant {
  return new A.Constant(value, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** Run a constant operation; null when Python would raise (the fold is then skipped). */
function attempt(f: () => ConstantValue | null): ConstantValue | null {
  try {
    return f();
  } catch (err) {
    if (err instanceof ConstantOpError) return null;
    throw err;
  }
}

const isConst = (e: A.expr): e is A.Constant => e._kind === expr_kind.Constant_kind;
const hasStarred = (elts: A.expr[]): boolean => elts.some((e) => e._kind === expr_kind.Starred_kind);

/** What is left of `limit` after counting the items of nested tuples/frozensets (@cpython check_complexity). */
function check_complexity(v: ConstantValue, limit: number): number {
  if (v instanceof ConstantTuple || v instanceof ConstantFrozenset) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = check_complexity(v.items[i], limit);
  }
  return limit;
}

/** A Python int's value as a C long, or null when it does not fit (PyLong_AsLong failing). */
function asLong(v: bigint | boolean): bigint | null {
  const n = typeof v === "boolean" ? BigInt(v) : v;
  return n >= -(1n << 63n) && n < (1n << 63n) ? n : null;
}

/** @cpython safe_multiply */
function safe_multiply(v: ConstantValue, w: ConstantValue): ConstantValue | null {
  const vInt = isInt(v), wInt = isInt(w);
  if (vInt && wInt && BigInt(v) !== 0n && BigInt(w) !== 0n) {
    if (numBits(BigInt(v)) + numBits(BigInt(w)) > MAX_INT_SIZE) return null;
  } else if (vInt && (w instanceof ConstantTuple || w instanceof ConstantFrozenset)) {
    const size = w.items.length;
    if (size) {
      const n = asLong(v);
      if (n === null || n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      if (n && check_complexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return null;
    }
  } else if (vInt && (typeof w === "string" || w instanceof PyBytes)) {
    const size = pyLength(w);
    if (size) {
      const n = asLong(v);
      if (n === null || n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return null;
    }
  } else if (wInt && (v instanceof ConstantTuple || v instanceof ConstantFrozenset || typeof v === "string" || v instanceof PyBytes)) {
    return safe_multiply(w, v);
  }
  return binaryOp("Mult", v, w);
}

/** @cpython safe_power */
function safe_power(v: ConstantValue, w: ConstantValue): ConstantValue | null {
  if (isInt(v) && isInt(w) && BigInt(v) !== 0n && BigInt(w) > 0n) {
    const wbits = BigInt(w);
    if (wbits >= 1n << 64n) return null;
    if (BigInt(numBits(BigInt(v))) > BigInt(MAX_INT_SIZE) / wbits) return null;
  }
  return binaryOp("Pow", v, w);
}

/** @cpython safe_lshift */
function safe_lshift(v: ConstantValue, w: ConstantValue): ConstantValue | null {
  if (isInt(v) && isInt(w) && BigInt(v) !== 0n && BigInt(w) !== 0n) {
    const wbits = BigInt(w);
    if (wbits < 0n || wbits >= 1n << 64n) return null;
    if (wbits > BigInt(MAX_INT_SIZE) || BigInt(numBits(BigInt(v))) > BigInt(MAX_INT_SIZE) - wbits) return null;
  }
  return binaryOp("LShift", v, w);
}

/** @cpython safe_mod */
function safe_mod(v: ConstantValue, w: ConstantValue): ConstantValue | null {
  if (typeof v === "string" || v instanceof PyBytes) return null;
  return binaryOp("Mod", v, w);
}

// -- "%s" % (x,)  ->  f"{x!s}" -------------------------------------------------------------

/** The literal run from pos, with `%%` made `%` (@cpython parse_literal). */
function parse_literal(fmt: string, pos: { i: number }): A.Constant | null {
  const start = pos.i;
  let i = start;
  let hasPercents = false;
  while (i < fmt.length) {
    if (fmt[i] !== "%") i++;
    else if (i + 1 < fmt.length && fmt[i + 1] === "%") {
      hasPercents = true;
      i += 2;
    } else break;
  }
  pos.i = i;
  if (i === start) return null;
  let str = fmt.slice(start, i);
  if (hasPercents) str = str.split("%%").join("%");
  return new A.Constant(str, null, -1, -1, -1, -1);
}

const MAXDIGITS = 3;
const F_LJUST = 1;

/** Parses flags, width and precision of one `%` unit (@cpython simple_format_arg_parse). */
function simple_format_arg_parse(fmt: string, pos: { i: number }): { spec: string; flags: number; width: number; prec: number } | null {
  let i = pos.i;
  let flags = 0, width = -1, prec = -1;
  let ch: string;
  const next = (): boolean => {
    if (i >= fmt.length) return false;
    ch = fmt[i++];
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch! === "-") { flags |= F_LJUST; continue; }
    if (ch! === "+" || ch! === " " || ch! === "#" || ch! === "0" || ch! === "z") { flags |= 2; continue; }
    break;
  }
  const isDigit = (c: string): boolean => c >= "0" && c <= "9";
  if (isDigit(ch!)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch!)) {
      width = width * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch! === ".") {
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch!)) {
      let digits = 0;
      while (isDigit(ch!)) {
        prec = prec * 10 + Number(ch!);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  pos.i = i;
  return { spec: ch!, flags, width, prec };
}

/** @cpython parse_format */
function parse_format(fmt: string, pos: { i: number }, arg: A.expr): A.FormattedValue | null {
  const parsed = simple_format_arg_parse(fmt, pos);
  if (!parsed) return null;
  const { spec, flags, width, prec } = parsed;
  if (spec !== "s" && spec !== "r" && spec !== "a") return null;
  let buf = "";
  if (!(flags & F_LJUST) && width > 0) buf += ">";
  if (width >= 0) buf += String(width);
  if (prec >= 0) buf += `.${prec}`;
  const formatSpec = buf ? new A.Constant(buf, null, -1, -1, -1, -1) : null;
  return new A.FormattedValue(arg, spec.charCodeAt(0), formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
}

/** @cpython optimize_format */
function optimize_format(node: A.BinOp, fmt: string, elts: A.expr[]): A.expr {
  const pos = { i: 0 };
  let cnt = 0;
  const seq: A.expr[] = [];
  for (;;) {
    const lit = parse_literal(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return node; // more format units than items
    pos.i++;
    const fv = parse_format(fmt, pos, elts[cnt]);
    cnt++;
    if (!fv) return node;
    seq.push(fv);
  }
  if (cnt < elts.length) return node; // more items than format units
  return new A.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

// -- the folds ---------------------------------------------------------------------------

/** @cpython fold_binop */
function fold_binop(node: A.BinOp): A.expr {
  const lhs = node.left, rhs = node.right;
  if (!isConst(lhs)) return node;
  const lv = lhs.value;
  if (node.op === "Mod" && rhs._kind === expr_kind.Tuple_kind && typeof lv === "string" && !hasStarred((rhs as A.Tuple).elts)) {
    return optimize_format(node, lv, (rhs as A.Tuple).elts);
  }
  if (!isConst(rhs)) return node;
  const rv = rhs.value;
  let result: ConstantValue | null;
  switch (node.op) {
    case "Mult": result = attempt(() => safe_multiply(lv, rv)); break;
    case "Mod": result = attempt(() => safe_mod(lv, rv)); break;
    case "Pow": result = attempt(() => safe_power(lv, rv)); break;
    case "LShift": result = attempt(() => safe_lshift(lv, rv)); break;
    case "MatMult": return node;
    default: result = attempt(() => binaryOp(node.op, lv, rv)); break;
  }
  return result === null ? node : make_const(node, result);
}

/** @cpython fold_unaryop */
function fold_unaryop(node: A.UnaryOp): A.expr {
  const arg = node.operand;
  if (!isConst(arg)) {
    // `not` of a single is/in comparison becomes the inverse comparison.
    if (node.op === "Not" && arg._kind === expr_kind.Compare_kind && (arg as A.Compare).ops.length === 1) {
      const cmp = arg as A.Compare;
      const inverse: Partial<Record<A.cmpop, A.cmpop>> = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" };
      const op = inverse[cmp.ops[0]];
      if (op) {
        cmp.ops[0] = op;
        return cmp;
      }
    }
    return node;
  }
  const result = attempt(() => unaryOp(node.op, arg.value));
  return result === null ? node : make_const(node, result);
}

/** A tuple of the elements' values if every element is a constant (@cpython make_const_tuple). */
function make_const_tuple(elts: A.expr[]): ConstantTuple | null {
  const items: ConstantValue[] = [];
  for (const e of elts) {
    if (!isConst(e)) return null;
    items.push(e.value);
  }
  return new ConstantTuple(items);
}

/** @cpython fold_tuple */
function fold_tuple(node: A.Tuple): A.expr {
  if (node.ctx !== "Load") return node;
  const value = make_const_tuple(node.elts);
  return value ? make_const(node, value) : node;
}

/** @cpython fold_subscr */
function fold_subscr(node: A.Subscript): A.expr {
  const arg = node.value, idx = node.slice;
  if (node.ctx !== "Load" || !isConst(arg) || !isConst(idx)) return node;
  const result = attempt(() => getItem(arg.value, idx.value));
  return result === null ? node : make_const(node, result);
}

/** A list or set iterated over, or tested with `in`, becomes a tuple or frozenset (@cpython fold_iter). */
function fold_iter(arg: A.expr): A.expr {
  if (arg._kind === expr_kind.List_kind) {
    const list = arg as A.List;
    if (hasStarred(list.elts)) return arg;
    const tuple = new A.Tuple(list.elts, list.ctx, list.lineno, list.col_offset, list.end_lineno, list.end_col_offset);
    const value = make_const_tuple(list.elts);
    return value ? make_const(arg, value) : tuple;
  }
  if (arg._kind === expr_kind.Set_kind) {
    const value = make_const_tuple((arg as A.Set).elts);
    return value ? make_const(arg, make_frozenset(value.items)) : arg;
  }
  return arg;
}

/** @cpython fold_compare */
function fold_compare(node: A.Compare): A.expr {
  const i = node.ops.length - 1;
  const op = node.ops[i];
  if (op === "In" || op === "NotIn") node.comparators[i] = fold_iter(node.comparators[i]);
  return node;
}

// -- the walk ----------------------------------------------------------------------------

class Optimizer {
  private depth = 0;

  constructor(private readonly state: ASTOptimizeState) {}

  private get futureAnnotations(): boolean {
    return (this.state.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  private enter(): void {
    if (++this.depth > RECURSION_LIMIT) {
      throw new PyFrontEndError("RecursionError", "maximum recursion depth exceeded during compilation");
    }
  }

  exprs(seq: A.expr[]): void {
    for (let i = 0; i < seq.length; i++) seq[i] = this.expr(seq[i]);
  }

  optExpr(e: A.expr | null): A.expr | null {
    return e ? this.expr(e) : null;
  }

  stmts(seq: A.stmt[]): void {
    for (const s of seq) this.stmt(s);
  }

  /** A body whose first statement became a string only by folding keeps it from being a docstring. @cpython astfold_body */
  body(stmts: A.stmt[]): void {
    const hadDocstring = _PyAST_GetDocString(stmts) !== null;
    this.stmts(stmts);
    if (!hadDocstring && _PyAST_GetDocString(stmts) !== null) {
      const st = stmts[0] as A.Expr;
      st.value = new A.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    }
  }

  mod(m: A.mod): void {
    switch (m._kind) {
      case mod_kind.Module_kind: this.body((m as A.Module).body); break;
      case mod_kind.Interactive_kind: this.stmts((m as A.Interactive).body); break;
      case mod_kind.Expression_kind: (m as A.Expression).body = this.expr((m as A.Expression).body); break;
      default: break;
    }
  }

  /** @cpython astfold_expr */
  expr(e: A.expr): A.expr {
    this.enter();
    let out: A.expr = e;
    switch (e._kind) {
      case expr_kind.BoolOp_kind: this.exprs((e as A.BoolOp).values); break;
      case expr_kind.BinOp_kind: {
        const b = e as A.BinOp;
        b.left = this.expr(b.left);
        b.right = this.expr(b.right);
        out = fold_binop(b);
        break;
      }
      case expr_kind.UnaryOp_kind: {
        const u = e as A.UnaryOp;
        u.operand = this.expr(u.operand);
        out = fold_unaryop(u);
        break;
      }
      case expr_kind.Lambda_kind:
        this.arguments((e as A.Lambda).args);
        (e as A.Lambda).body = this.expr((e as A.Lambda).body);
        break;
      case expr_kind.IfExp_kind: {
        const i = e as A.IfExp;
        i.test = this.expr(i.test);
        i.body = this.expr(i.body);
        i.orelse = this.expr(i.orelse);
        break;
      }
      case expr_kind.Dict_kind: {
        const d = e as A.Dict;
        for (let i = 0; i < d.keys.length; i++) d.keys[i] = this.optExpr(d.keys[i]) as A.expr;
        this.exprs(d.values);
        break;
      }
      case expr_kind.Set_kind: this.exprs((e as A.Set).elts); break;
      case expr_kind.ListComp_kind:
      case expr_kind.SetComp_kind:
      case expr_kind.GeneratorExp_kind: {
        const c = e as A.ListComp;
        c.elt = this.expr(c.elt);
        for (const g of c.generators) this.comprehension(g);
        break;
      }
      case expr_kind.DictComp_kind: {
        const c = e as A.DictComp;
        c.key = this.expr(c.key);
        c.value = this.expr(c.value);
        for (const g of c.generators) this.comprehension(g);
        break;
      }
      case expr_kind.Await_kind: (e as A.Await).value = this.expr((e as A.Await).value); break;
      case expr_kind.Yield_kind: (e as A.Yield).value = this.optExpr((e as A.Yield).value); break;
      case expr_kind.YieldFrom_kind: (e as A.YieldFrom).value = this.expr((e as A.YieldFrom).value); break;
      case expr_kind.Compare_kind: {
        const c = e as A.Compare;
        c.left = this.expr(c.left);
        this.exprs(c.comparators);
        out = fold_compare(c);
        break;
      }
      case expr_kind.Call_kind: {
        const c = e as A.Call;
        c.func = this.expr(c.func);
        this.exprs(c.args);
        for (const k of c.keywords) k.value = this.expr(k.value);
        break;
      }
      case expr_kind.FormattedValue_kind: {
        const f = e as A.FormattedValue;
        f.value = this.expr(f.value);
        f.format_spec = this.optExpr(f.format_spec);
        break;
      }
      case expr_kind.JoinedStr_kind: this.exprs((e as A.JoinedStr).values); break;
      case expr_kind.Attribute_kind: (e as A.Attribute).value = this.expr((e as A.Attribute).value); break;
      case expr_kind.Subscript_kind: {
        const s = e as A.Subscript;
        s.value = this.expr(s.value);
        s.slice = this.expr(s.slice);
        out = fold_subscr(s);
        break;
      }
      case expr_kind.Starred_kind: (e as A.Starred).value = this.expr((e as A.Starred).value); break;
      case expr_kind.Slice_kind: {
        const s = e as A.Slice;
        s.lower = this.optExpr(s.lower);
        s.upper = this.optExpr(s.upper);
        s.step = this.optExpr(s.step);
        break;
      }
      case expr_kind.List_kind: this.exprs((e as A.List).elts); break;
      case expr_kind.Tuple_kind:
        this.exprs((e as A.Tuple).elts);
        out = fold_tuple(e as A.Tuple);
        break;
      case expr_kind.Name_kind:
        if ((e as A.Name).ctx === "Load" && (e as A.Name).id === "__debug__") out = make_const(e, !this.state.optimize);
        break;
      case expr_kind.NamedExpr_kind: (e as A.NamedExpr).value = this.expr((e as A.NamedExpr).value); break;
      default: break;
    }
    this.depth--;
    return out;
  }

  comprehension(c: A.comprehension): void {
    c.target = this.expr(c.target);
    c.iter = this.expr(c.iter);
    this.exprs(c.ifs);
    c.iter = fold_iter(c.iter);
  }

  arguments(a: A.arguments_): void {
    for (const arg of [...a.posonlyargs, ...a.args]) this.arg(arg);
    if (a.vararg) this.arg(a.vararg);
    for (const arg of a.kwonlyargs) this.arg(arg);
    for (let i = 0; i < a.kw_defaults.length; i++) a.kw_defaults[i] = this.optExpr(a.kw_defaults[i]) as A.expr;
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  arg(a: A.arg): void {
    if (!this.futureAnnotations) a.annotation = this.optExpr(a.annotation);
  }

  /** @cpython astfold_stmt */
  stmt(s: A.stmt): void {
    this.enter();
    switch (s._kind) {
      case stmt_kind.FunctionDef_kind:
      case stmt_kind.AsyncFunctionDef_kind: {
        const f = s as A.FunctionDef;
        this.arguments(f.args);
        this.body(f.body);
        this.exprs(f.decorator_list);
        if (!this.futureAnnotations) f.returns = this.optExpr(f.returns);
        break;
      }
      case stmt_kind.ClassDef_kind: {
        const c = s as A.ClassDef;
        this.exprs(c.bases);
        for (const k of c.keywords) k.value = this.expr(k.value);
        this.body(c.body);
        this.exprs(c.decorator_list);
        break;
      }
      case stmt_kind.Return_kind: (s as A.Return).value = this.optExpr((s as A.Return).value); break;
      case stmt_kind.Delete_kind: this.exprs((s as A.Delete).targets); break;
      case stmt_kind.Assign_kind:
        this.exprs((s as A.Assign).targets);
        (s as A.Assign).value = this.expr((s as A.Assign).value);
        break;
      case stmt_kind.AugAssign_kind:
        (s as A.AugAssign).target = this.expr((s as A.AugAssign).target);
        (s as A.AugAssign).value = this.expr((s as A.AugAssign).value);
        break;
      case stmt_kind.AnnAssign_kind: {
        const a = s as A.AnnAssign;
        a.target = this.expr(a.target);
        if (!this.futureAnnotations) a.annotation = this.expr(a.annotation);
        a.value = this.optExpr(a.value);
        break;
      }
      case stmt_kind.For_kind:
      case stmt_kind.AsyncFor_kind: {
        const f = s as A.For;
        f.target = this.expr(f.target);
        f.iter = this.expr(f.iter);
        this.stmts(f.body);
        this.stmts(f.orelse);
        if (s._kind === stmt_kind.For_kind) f.iter = fold_iter(f.iter);
        break;
      }
      case stmt_kind.While_kind: {
        const w = s as A.While;
        w.test = this.expr(w.test);
        this.stmts(w.body);
        this.stmts(w.orelse);
        break;
      }
      case stmt_kind.If_kind: {
        const i = s as A.If;
        i.test = this.expr(i.test);
        this.stmts(i.body);
        this.stmts(i.orelse);
        break;
      }
      case stmt_kind.With_kind:
      case stmt_kind.AsyncWith_kind: {
        const w = s as A.With;
        for (const item of w.items) {
          item.context_expr = this.expr(item.context_expr);
          item.optional_vars = this.optExpr(item.optional_vars);
        }
        this.stmts(w.body);
        break;
      }
      case stmt_kind.Raise_kind: {
        const r = s as A.Raise;
        r.exc = this.optExpr(r.exc);
        r.cause = this.optExpr(r.cause);
        break;
      }
      case stmt_kind.Try_kind:
      case stmt_kind.TryStar_kind: {
        const t = s as A.Try;
        this.stmts(t.body);
        for (const h of t.handlers) {
          const eh = h as A.ExceptHandler;
          eh.type = this.optExpr(eh.type);
          this.stmts(eh.body);
        }
        this.stmts(t.orelse);
        this.stmts(t.finalbody);
        break;
      }
      case stmt_kind.Assert_kind: {
        const a = s as A.Assert;
        a.test = this.expr(a.test);
        a.msg = this.optExpr(a.msg);
        break;
      }
      case stmt_kind.Expr_kind: (s as A.Expr).value = this.expr((s as A.Expr).value); break;
      case stmt_kind.Match_kind: {
        const m = s as A.Match;
        m.subject = this.expr(m.subject);
        for (const c of m.cases) {
          this.pattern(c.pattern);
          c.guard = this.optExpr(c.guard);
          this.stmts(c.body);
        }
        break;
      }
      default: break;
    }
    this.depth--;
  }

  /** Patterns: only their value expressions fold (`-1`, `1+2j`). @cpython astfold_pattern */
  pattern(p: A.pattern): void {
    this.enter();
    switch (p._kind) {
      case pattern_kind.MatchValue_kind: (p as A.MatchValue).value = this.expr((p as A.MatchValue).value); break;
      case pattern_kind.MatchSequence_kind: for (const q of (p as A.MatchSequence).patterns) this.pattern(q); break;
      case pattern_kind.MatchMapping_kind:
        this.exprs((p as A.MatchMapping).keys);
        for (const q of (p as A.MatchMapping).patterns) this.pattern(q);
        break;
      case pattern_kind.MatchClass_kind: {
        const c = p as A.MatchClass;
        c.cls = this.expr(c.cls);
        for (const q of c.patterns) this.pattern(q);
        for (const q of c.kwd_patterns) this.pattern(q);
        break;
      }
      case pattern_kind.MatchAs_kind: if ((p as A.MatchAs).pattern) this.pattern((p as A.MatchAs).pattern!); break;
      case pattern_kind.MatchOr_kind: for (const q of (p as A.MatchOr).patterns) this.pattern(q); break;
      default: break;
    }
    this.depth--;
  }
}

/** Optimise a module's AST in place (@cpython _PyAST_Optimize). */
export function _PyAST_Optimize(m: A.mod, state: ASTOptimizeState): void {
  new Optimizer(state).mod(m);
}
