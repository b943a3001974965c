// @typhon The compiler's parts against python3: constant folding arithmetic, symbol-table
// scopes (Lib/symtable.py), every co_* attribute with co_positions() and co_lines(), and
// the .pyc typhon writes (python3 unmarshals it to a code object equal to its own).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { PyFrontEndError } from "../../src/Include/pyerrors.ts";
import { ConstantTuple, type ConstantValue } from "../../src/Include/ast_constant.ts";
import { binaryOp, ConstantOpError, unaryOp, type BinaryOperator } from "../../src/Objects/constant_ops.ts";
import { PyCodeObject } from "../../src/Objects/codeobject.ts";
import { constant_repr } from "../../src/Inspect/ast_dump.ts";
import { codeConstantRepr } from "../../src/Inspect/dis_view.ts";
import { _PyParser_ASTFromString } from "../../src/Parser/peg_api.ts";
import { dumps } from "../../src/Python/marshal.ts";
import { Py_CompileBytes } from "../../src/Python/pythonrun.ts";
import { _PySymtable_Build, _PyST_GetScope, type PySTEntryObject } from "../../src/Python/symtable.ts";
import { _PyFuture_FromAST } from "../../src/Python/future.ts";
import type { mod } from "../../src/Python/Python-ast.generated.ts";

const py = (code: string, input: unknown): unknown =>
  JSON.parse(execFileSync("python3", ["-c", code], { input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, PYTHONHASHSEED: "0" } }));

const compileOrThrow = (source: string, filename = "t.py"): PyCodeObject => {
  const code = Py_CompileBytes(Buffer.from(source), filename, "exec");
  if (code instanceof PyFrontEndError) throw new Error(`${code.type}: ${code.msg}`);
  return code;
};

test("constant arithmetic matches python3", () => {
  const operands = ["0", "1", "-7", "3", "1180591620717411303424", "-1180591620717411303423", "0.0", "-0.0", "2.5", "-1.75", "1e308", "3j", "(1-2j)", "True", "False"];
  const ops: [BinaryOperator, string][] = [["Add", "+"], ["Sub", "-"], ["Mult", "*"], ["Div", "/"], ["FloorDiv", "//"], ["Mod", "%"], ["Pow", "**"], ["LShift", "<<"], ["RShift", ">>"], ["BitAnd", "&"], ["BitOr", "|"], ["BitXor", "^"]];
  // Huge powers and shifts (2**70 ** 2**70) would not finish in python3 either.
  // Known divergence (constant_ops.ts): powers with a fractional or complex exponent use
  // V8's pow, exp and log, which may differ from glibc's in the last bit.
  const isIntLiteral = (x: string) => /^-?\d+$|^True$|^False$/.test(x);
  const huge = (op: BinaryOperator, b: string, a = "0") =>
    ((op === "Pow" || op === "LShift") && b.length > 20) || (op === "Pow" && (!isIntLiteral(b) || a.includes("j")) && !(b === "0.0" || b === "-0.0"));
  const cases: string[] = [];
  for (const a of operands) for (const b of operands) for (const [op, sym] of ops) cases.push(huge(op, b, a) ? "None" : `(${a}) ${sym} (${b})`);
  const expected = py(
    "import sys, json\nout = []\nfor e in json.load(sys.stdin):\n    try:\n        v = eval(e)\n        out.append(repr(v) if not isinstance(v, bool) else ('bool', repr(v)))\n    except Exception as ex:\n        out.append(None)\nprint(json.dumps(out))",
    cases,
  ) as (string | [string, string] | null)[];
  const value = (text: string): ConstantValue => {
    const code = Py_CompileBytes(Buffer.from(`x = ${text}`), "<t>", "exec") as PyCodeObject;
    return code.co_consts[0] as ConstantValue;
  };
  let i = 0;
  const mismatches: string[] = [];
  for (const a of operands) {
    for (const b of operands) {
      for (const [op] of ops) {
        const want = expected[i++];
        if (huge(op, b, a)) continue;
        let got: string | [string, string] | null;
        try {
          const r = binaryOp(op, value(a), value(b));
          got = typeof r === "boolean" ? ["bool", r ? "True" : "False"] : constant_repr(r);
        } catch (e) {
          if (!(e instanceof ConstantOpError)) throw e;
          got = null;
        }
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${a} ${op} ${b}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
  assert.equal(constant_repr(unaryOp("USub", 0) as number), "-0.0");
  assert.equal(constant_repr(unaryOp("Invert", true)), "-2");
});

test("int true division is correctly rounded", () => {
  // Literals: the optimiser does not fold 10**30 (its 128-bit limit) but does fold the division.
  const big = (e: string) => String(py("import sys, json\nprint(json.dumps(str(eval(json.load(sys.stdin)))))", e));
  const pairs = [["10**30", "7"], ["-(2**80+1)", "3"], ["2**1100", "2**1080+1"], ["1", "3**60"], ["123456789123456789123456789", "1000000007"]].map(([a, b]) => [big(a), big(b)]);
  const want = py("import sys, json\nprint(json.dumps([repr(eval(a)/eval(b)) for a, b in json.load(sys.stdin)]))", pairs) as string[];
  pairs.forEach(([a, b], i) => {
    const code = compileOrThrow(`x = (${a}) / (${b})`);
    assert.equal(constant_repr(code.co_consts[0] as ConstantValue), want[i], `${a} / ${b}`);
  });
});

const SCOPE_SOURCE = `
import os
g = 1
def outer(a, *args, b=2, **kw):
    global g
    x = 1
    y = [x for x in args]
    def inner():
        nonlocal x
        x += a
        return y
    class K:
        z = x
        def m(self):
            return super().m(), z
    lam = lambda q: q + b
    return inner, K, lam, (w := 5)
class C:
    attr = 1
    def f(self):
        return __class__, attr
`;

test("symbol table scopes match Lib/symtable.py", () => {
  const tree = _PyParser_ASTFromString(SCOPE_SOURCE, "t.py", "exec") as mod;
  const error = (msg: string) => new PyFrontEndError("SyntaxError", msg);
  const st = _PySymtable_Build(tree, "t.py", _PyFuture_FromAST(tree, error), error);
  const ours: Record<string, number>[] = [];
  const walk = (ste: PySTEntryObject): void => {
    const row: Record<string, number> = { [`<${ste.ste_name}>`]: 0 };
    for (const name of ste.ste_symbols.keys()) row[name] = _PyST_GetScope(ste, name);
    ours.push(row);
    ste.ste_children.forEach(walk);
  };
  walk(st.st_top);
  const theirs = py(
    "import sys, json, symtable\nsrc = json.load(sys.stdin)\nout = []\ndef walk(t):\n    row = {'<' + t.get_name() + '>': 0}\n    for s in t.get_symbols():\n        row[s.get_name()] = s._Symbol__scope\n    out.append(row)\n    for c in t.get_children():\n        walk(c)\nwalk(symtable.symtable(src, 't.py', 'exec'))\nprint(json.dumps(out))",
    SCOPE_SOURCE,
  );
  assert.deepEqual(ours, theirs);
});

const PROGRAMS = [
  SCOPE_SOURCE,
  "def gen(n):\n    try:\n        yield from range(n)\n    except* ValueError:\n        pass\n    finally:\n        print('x')\n",
  "async def f(a):\n    async with a as b:\n        async for c in b:\n            await c\n    return [x async for x in a]\n",
  "match p:\n    case {'k': [1, *rest]} | (2, *rest):\n        pass\n    case C(a, b=2) if a:\n        pass\n",
  "x = (\n  a.b\n   .c(1,\n      2)\n)\nfor i in range(10):\n    if i: break\nelse:\n    pass\nwhile x: x -= 1\n",
  "from __future__ import annotations\ndef f(a: int = 3, *, b: 'x' = 4) -> list[str]: ...\nclass A:\n    v: dict[str, int]\n",
  "def deep():\n" + "    x = 1\n".repeat(300) + "    return [" + Array.from({ length: 300 }, (_, i) => `x${i}`).join(", ") + "]\n",
];

const CODE_ATTRS = "def attrs(c):\n    return {'argcount': c.co_argcount, 'posonly': c.co_posonlyargcount, 'kwonly': c.co_kwonlyargcount, 'nlocals': c.co_nlocals, 'stacksize': c.co_stacksize, 'flags': c.co_flags, 'names': list(c.co_names), 'varnames': list(c.co_varnames), 'cellvars': list(c.co_cellvars), 'freevars': list(c.co_freevars), 'code': c.co_code.hex(), 'linetable': c.co_linetable.hex(), 'exceptiontable': c.co_exceptiontable.hex(), 'name': c.co_name, 'qualname': c.co_qualname, 'firstlineno': c.co_firstlineno, 'consts': [attrs(k) if hasattr(k, 'co_code') else repr(k) for k in c.co_consts], 'positions': [list(p) for p in c.co_positions()], 'lines': [list(l) for l in c.co_lines()]}\n";

function attrs(c: PyCodeObject): unknown {
  const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
  const none = (v: number) => (v < 0 ? null : v);
  return {
    argcount: c.co_argcount, posonly: c.co_posonlyargcount, kwonly: c.co_kwonlyargcount, nlocals: c.co_nlocals,
    stacksize: c.co_stacksize, flags: c.co_flags, names: c.co_names, varnames: c.co_varnames, cellvars: c.co_cellvars,
    freevars: c.co_freevars, code: hex(c.co_code), linetable: hex(c.co_linetable), exceptiontable: hex(c.co_exceptiontable),
    name: c.co_name, qualname: c.co_qualname, firstlineno: c.co_firstlineno,
    consts: c.co_consts.map((k) => (k instanceof PyCodeObject ? attrs(k) : codeConstantRepr(k))),
    positions: c.co_positions().map((p) => [none(p.lineno), none(p.end_lineno), none(p.col_offset), none(p.end_col_offset)]),
    lines: c.co_lines().map((l) => [l.start, l.end, none(l.line)]),
  };
}

test("code objects equal CPython's, attribute by attribute", () => {
  const theirs = py(`import sys, json\n${CODE_ATTRS}print(json.dumps([attrs(compile(s, 't.py', 'exec')) for s in json.load(sys.stdin)]))`, PROGRAMS) as unknown[];
  PROGRAMS.forEach((src, i) => assert.deepEqual(attrs(compileOrThrow(src)), theirs[i], `program ${i}`));
});

test("python3 unmarshals typhon's code into a code object equal to its own", () => {
  const dumped = PROGRAMS.map((src) => Buffer.from(dumps(compileOrThrow(src))).toString("hex"));
  const verdicts = py(
    "import sys, json, marshal\nsrcs, blobs = json.load(sys.stdin)\nprint(json.dumps([marshal.loads(bytes.fromhex(b)) == compile(s, 't.py', 'exec') for s, b in zip(srcs, blobs)]))",
    [PROGRAMS, dumped],
  );
  assert.deepEqual(verdicts, PROGRAMS.map(() => true));
});

test("nested constant tuples are shared, as merge_consts_recursive makes them", () => {
  const code = compileOrThrow("a = (1, (2, 3))\nb = (2, 3)\n");
  const outer = code.co_consts.find((k) => k instanceof ConstantTuple && k.items.length === 2 && k.items[0] === 1n) as ConstantTuple;
  const inner = code.co_consts.find((k) => k instanceof ConstantTuple && k.items[0] === 2n);
  assert.ok(outer && inner && outer.items[1] === inner);
});

test("-O and -OO: asserts, __debug__ and docstrings", () => {
  const src = '"""module doc"""\ndef f(x):\n    "doc"\n    assert x, "m"\n    if __debug__:\n        print(1)\n    return __debug__\nclass C:\n    """cdoc"""\n';
  for (const level of [0, 1, 2]) {
    const theirs = py(`import sys, json\n${CODE_ATTRS}print(json.dumps(attrs(compile(json.load(sys.stdin), 't.py', 'exec', optimize=${level}))))`, src);
    const ours = Py_CompileBytes(Buffer.from(src), "t.py", "exec", { optimize: level }) as PyCodeObject;
    assert.deepEqual(attrs(ours), theirs, `optimize=${level}`);
  }
});
