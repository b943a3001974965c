/**
 * @mirrors Python/ast_unparse.c
 * Expression source text from the AST, for `from __future__ import annotations`: the
 * compiler stores each annotation as this string. Parentheses follow operator precedence,
 * not the original source, exactly as CPython writes them.
 */
import { ConstantTuple, ConstantValue, Ellipsis } from "../Include/ast_constant.ts";
import { constant_repr } from "../Inspect/ast_dump.ts";
import { PyComplex } from "../Include/ast_constant.ts";
import * as A from "./Python-ast.generated.ts";
import { expr_kind } from "./Python-ast.generated.ts";

// Precedence levels, lowest first.
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6, PR_BOR = 6,
  PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14,
  PR_ATOM = 15;

const BINOPS: Record<A.operator, [string, number]> = {
  Add: [" + ", PR_ARITH], Sub: [" - ", PR_ARITH], Mult: [" * ", PR_TERM], MatMult: [" @ ", PR_TERM],
  Div: [" / ", PR_TERM], Mod: [" % ", PR_TERM], LShift: [" << ", PR_SHIFT], RShift: [" >> ", PR_SHIFT],
  BitOr: [" | ", PR_BOR], BitXor: [" ^ ", PR_BXOR], BitAnd: [" & ", PR_BAND], FloorDiv: [" // ", PR_TERM],
  Pow: [" ** ", PR_POWER],
};

const CMPOPS: Record<A.cmpop, string> = {
  Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ",
  Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in ",
};

/** repr(), with infinities written as 1e309 so the text reads back as a number. @cpython append_repr */
function repr(v: ConstantValue): string {
  const r = constant_repr(v);
  if ((typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)) || v instanceof PyComplex) return r.split("inf").join("1e309");
  return r;
}

class Unparser {
  out = "";

  private paren(cond: boolean, body: () => void): void {
    if (cond) this.out += "(";
    body();
    if (cond) this.out += ")";
  }

  private args(args: A.arguments_): void {
    let first = true;
    const sep = (): void => {
      if (!first) this.out += ", ";
      first = false;
    };
    const posonly = args.posonlyargs.length;
    const all = [...args.posonlyargs, ...args.args];
    for (let i = 0; i < all.length; i++) {
      sep();
      this.arg(all[i]);
      const di = i - all.length + args.defaults.length;
      if (di >= 0) {
        this.out += "=";
        this.expr(args.defaults[di], PR_TEST);
      }
      if (posonly && i + 1 === posonly) this.out += ", /";
    }
    if (args.vararg || args.kwonlyargs.length) {
      sep();
      this.out += "*";
      if (args.vararg) this.arg(args.vararg);
    }
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      sep();
      this.arg(args.kwonlyargs[i]);
      const di = i - args.kwonlyargs.length + args.kw_defaults.length;
      const d = di >= 0 ? args.kw_defaults[di] : null;
      if (d) {
        this.out += "=";
        this.expr(d, PR_TEST);
      }
    }
    if (args.kwarg) {
      sep();
      this.out += "**";
      this.arg(args.kwarg);
    }
  }

  private arg(a: A.arg): void {
    this.out += a.arg;
    if (a.annotation) {
      this.out += ": ";
      this.expr(a.annotation, PR_TEST);
    }
  }

  private comprehensions(gens: A.comprehension[]): void {
    for (const g of gens) {
      this.out += g.is_async ? " async for " : " for ";
      this.expr(g.target, PR_TUPLE);
      this.out += " in ";
      this.expr(g.iter, PR_TEST + 1);
      for (const cond of g.ifs) {
        this.out += " if ";
        this.expr(cond, PR_TEST + 1);
      }
    }
  }

  private seq(elts: A.expr[], level: number): void {
    elts.forEach((e, i) => {
      if (i > 0) this.out += ", ";
      this.expr(e, level);
    });
  }

  private constant(v: ConstantValue): void {
    if (v instanceof ConstantTuple) {
      this.out += "(";
      v.items.forEach((item, i) => {
        if (i > 0) this.out += ", ";
        this.constant(item);
      });
      if (v.items.length === 1) this.out += ",";
      this.out += ")";
      return;
    }
    this.out += repr(v);
  }

  private fstringElement(e: A.expr, isFormatSpec: boolean): void {
    switch (e._kind) {
      case expr_kind.Constant_kind:
        this.out += String((e as A.Constant).value).split("{").join("{{").split("}").join("}}");
        return;
      case expr_kind.JoinedStr_kind: return this.joinedstr(e as A.JoinedStr, isFormatSpec);
      case expr_kind.FormattedValue_kind: return this.formattedvalue(e as A.FormattedValue);
    }
  }

  private joinedstr(e: A.JoinedStr, isFormatSpec: boolean): void {
    const body = new Unparser();
    for (const v of e.values) body.fstringElement(v, isFormatSpec);
    this.out += isFormatSpec ? body.out : "f" + repr(body.out);
  }

  private formattedvalue(e: A.FormattedValue): void {
    const inner = new Unparser();
    inner.expr(e.value, PR_TEST + 1);
    // A value starting with a brace needs a space after the opening one.
    this.out += inner.out.startsWith("{") ? "{ " : "{";
    this.out += inner.out;
    if (e.conversion > 0) this.out += "!" + String.fromCharCode(e.conversion);
    if (e.format_spec) {
      this.out += ":";
      this.fstringElement(e.format_spec, true);
    }
    this.out += "}";
  }

  expr(e: A.expr, level: number): void {
    switch (e._kind) {
      case expr_kind.BoolOp_kind: {
        const b = e as A.BoolOp;
        const pr = b.op === "And" ? PR_AND : PR_OR;
        this.paren(level > pr, () => b.values.forEach((v, i) => {
          if (i > 0) this.out += b.op === "And" ? " and " : " or ";
          this.expr(v, pr + 1);
        }));
        return;
      }
      case expr_kind.BinOp_kind: {
        const b = e as A.BinOp;
        const [op, pr] = BINOPS[b.op];
        const rassoc = b.op === "Pow" ? 1 : 0;
        this.paren(level > pr, () => {
          this.expr(b.left, pr + rassoc);
          this.out += op;
          this.expr(b.right, pr + (1 - rassoc));
        });
        return;
      }
      case expr_kind.UnaryOp_kind: {
        const u = e as A.UnaryOp;
        const [op, pr] = u.op === "Invert" ? ["~", PR_FACTOR] : u.op === "Not" ? ["not ", PR_NOT] : u.op === "UAdd" ? ["+", PR_FACTOR] : ["-", PR_FACTOR];
        this.paren(level > (pr as number), () => {
          this.out += op;
          this.expr(u.operand, pr as number);
        });
        return;
      }
      case expr_kind.Lambda_kind: {
        const l = e as A.Lambda;
        this.paren(level > PR_TEST, () => {
          this.out += l.args.args.length + l.args.posonlyargs.length ? "lambda " : "lambda";
          this.args(l.args);
          this.out += ": ";
          this.expr(l.body, PR_TEST);
        });
        return;
      }
      case expr_kind.IfExp_kind: {
        const i = e as A.IfExp;
        this.paren(level > PR_TEST, () => {
          this.expr(i.body, PR_TEST + 1);
          this.out += " if ";
          this.expr(i.test, PR_TEST + 1);
          this.out += " else ";
          this.expr(i.orelse, PR_TEST);
        });
        return;
      }
      case expr_kind.Dict_kind: {
        const d = e as A.Dict;
        this.out += "{";
        d.values.forEach((v, i) => {
          if (i > 0) this.out += ", ";
          const k = d.keys[i];
          if (k) {
            this.expr(k, PR_TEST);
            this.out += ": ";
            this.expr(v, PR_TEST);
          } else {
            this.out += "**";
            this.expr(v, PR_EXPR);
          }
        });
        this.out += "}";
        return;
      }
      case expr_kind.Set_kind:
        this.out += "{";
        this.seq((e as A.Set).elts, PR_TEST);
        this.out += "}";
        return;
      case expr_kind.GeneratorExp_kind:
        this.out += "(";
        this.expr((e as A.GeneratorExp).elt, PR_TEST);
        this.comprehensions((e as A.GeneratorExp).generators);
        this.out += ")";
        return;
      case expr_kind.ListComp_kind:
        this.out += "[";
        this.expr((e as A.ListComp).elt, PR_TEST);
        this.comprehensions((e as A.ListComp).generators);
        this.out += "]";
        return;
      case expr_kind.SetComp_kind:
        this.out += "{";
        this.expr((e as A.SetComp).elt, PR_TEST);
        this.comprehensions((e as A.SetComp).generators);
        this.out += "}";
        return;
      case expr_kind.DictComp_kind: {
        const d = e as A.DictComp;
        this.out += "{";
        this.expr(d.key, PR_TEST);
        this.out += ": ";
        this.expr(d.value, PR_TEST);
        this.comprehensions(d.generators);
        this.out += "}";
        return;
      }
      case expr_kind.Yield_kind: {
        const v = (e as A.Yield).value;
        if (!v) {
          this.out += "(yield)";
          return;
        }
        this.out += "(yield ";
        this.expr(v, PR_TEST);
        this.out += ")";
        return;
      }
      case expr_kind.YieldFrom_kind:
        this.out += "(yield from ";
        this.expr((e as A.YieldFrom).value, PR_TEST);
        this.out += ")";
        return;
      case expr_kind.Await_kind:
        this.paren(level > PR_AWAIT, () => {
          this.out += "await ";
          this.expr((e as A.Await).value, PR_ATOM);
        });
        return;
      case expr_kind.Compare_kind: {
        const c = e as A.Compare;
        this.paren(level > PR_CMP, () => {
          this.expr(c.left, PR_CMP + 1);
          c.comparators.forEach((cmp, i) => {
            this.out += CMPOPS[c.ops[i]];
            this.expr(cmp, PR_CMP + 1);
          });
        });
        return;
      }
      case expr_kind.Call_kind: {
        const c = e as A.Call;
        this.expr(c.func, PR_ATOM);
        if (c.args.length === 1 && c.keywords.length === 0 && c.args[0]._kind === expr_kind.GeneratorExp_kind) {
          this.expr(c.args[0], PR_TEST);
          return;
        }
        this.out += "(";
        let first = true;
        for (const a of c.args) {
          if (!first) this.out += ", ";
          first = false;
          this.expr(a, PR_TEST);
        }
        for (const k of c.keywords) {
          if (!first) this.out += ", ";
          first = false;
          this.out += k.arg === null ? "**" : k.arg + "=";
          this.expr(k.value, PR_TEST);
        }
        this.out += ")";
        return;
      }
      case expr_kind.Constant_kind: {
        const c = e as A.Constant;
        if (c.value === Ellipsis) {
          this.out += "...";
          return;
        }
        if (c.kind !== null) this.out += c.kind;
        this.constant(c.value);
        return;
      }
      case expr_kind.JoinedStr_kind: return this.joinedstr(e as A.JoinedStr, false);
      case expr_kind.FormattedValue_kind: return this.formattedvalue(e as A.FormattedValue);
      case expr_kind.Attribute_kind: {
        const a = e as A.Attribute;
        this.expr(a.value, PR_ATOM);
        // `1 .real`: a space keeps an int's dot from reading as a decimal point.
        const isInt = a.value._kind === expr_kind.Constant_kind && typeof (a.value as A.Constant).value === "bigint";
        this.out += (isInt ? " ." : ".") + a.attr;
        return;
      }
      case expr_kind.Subscript_kind:
        this.expr((e as A.Subscript).value, PR_ATOM);
        this.out += "[";
        this.expr((e as A.Subscript).slice, PR_TUPLE);
        this.out += "]";
        return;
      case expr_kind.Starred_kind:
        this.out += "*";
        this.expr((e as A.Starred).value, PR_EXPR);
        return;
      case expr_kind.Slice_kind: {
        const s = e as A.Slice;
        if (s.lower) this.expr(s.lower, PR_TEST);
        this.out += ":";
        if (s.upper) this.expr(s.upper, PR_TEST);
        if (s.step) {
          this.out += ":";
          this.expr(s.step, PR_TEST);
        }
        return;
      }
      case expr_kind.Name_kind:
        this.out += (e as A.Name).id;
        return;
      case expr_kind.List_kind:
        this.out += "[";
        this.seq((e as A.List).elts, PR_TEST);
        this.out += "]";
        return;
      case expr_kind.Tuple_kind: {
        const elts = (e as A.Tuple).elts;
        if (!elts.length) {
          this.out += "()";
          return;
        }
        this.paren(level > PR_TUPLE, () => {
          this.seq(elts, PR_TEST);
          if (elts.length === 1) this.out += ",";
        });
        return;
      }
      case expr_kind.NamedExpr_kind: {
        const n = e as A.NamedExpr;
        this.paren(level > PR_TUPLE, () => {
          this.expr(n.target, PR_ATOM);
          this.out += " := ";
          this.expr(n.value, PR_ATOM);
        });
        return;
      }
    }
  }
}

/** @cpython _PyAST_ExprAsUnicode */
export function _PyAST_ExprAsUnicode(e: A.expr): string {
  const u = new Unparser();
  u.expr(e, PR_TEST);
  return u.out;
}
