// @typhon The set table against python3: random sequences of adds, discards, pops and
// in-place set operations must leave the same iteration order, __sizeof__ and
// hash(frozenset(s)) after every step.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime, keyFromSpec, reprOf } from "./runtime_helpers.ts";
import {
  PySet_New, PySet_Add, PySet_Discard, PySet_Pop, PyFrozenSet_New, _PySet_NextEntry, PySet_Type, PyFrozenSet_Type,
  _PySet_Update, make_frozenset, type PySetObject,
} from "../../src/Objects/setobject.ts";
import { Py_DECREF, Py_INCREF, Py_hash, METH_O, type PyObject, type PyTypeObject } from "../../src/Include/object.ts";
import { PyErr_Clear, PyErr_Occurred } from "../../src/Python/errors.ts";
import { PyObject_Hash } from "../../src/Objects/object.ts";
import { _PyList_FromArraySteal } from "../../src/Objects/listobject.ts";

type Op = [string, ...string[]];

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function makeOps(seed: number, pool: string[], n: number): Op[] {
  const r = rng(seed);
  const pick = () => pool[Math.floor(r() * pool.length)];
  const some = () => Array.from({ length: Math.floor(r() * 12) }, pick);
  const ops: Op[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.45) ops.push(["add", pick()]);
    else if (x < 0.7) ops.push(["discard", pick()]);
    else if (x < 0.77) ops.push(["pop"]);
    else if (x < 0.83) ops.push(["update", ...some()]);
    else if (x < 0.88) ops.push(["difference_update", ...some()]);
    else if (x < 0.91) ops.push(["intersection_update", ...some(), ...some()]);
    else if (x < 0.95) ops.push(["symmetric_difference_update", ...some()]);
    else if (x < 0.98) ops.push(["copy"]);
    else ops.push(["clear"]);
  }
  return ops;
}

const PY_DRIVER = String.raw`
import sys, json
def key(spec):
    kind, _, v = spec.partition(':')
    return int(v) if kind == 'i' else v
ops = json.load(sys.stdin)
s = set()
out = []
for op in ops:
    name, args = op[0], [key(a) for a in op[1:]]
    if name == 'add': s.add(args[0])
    elif name == 'discard': s.discard(args[0])
    elif name == 'pop':
        try: s.pop()
        except KeyError: pass
    elif name == 'copy': s = s.copy()
    elif name == 'clear': s.clear()
    else: getattr(s, name)(args)
    out.append([[repr(k) for k in s], s.__sizeof__(), hash(frozenset(s))])
print(json.dumps([[a, b, str(c)] for a, b, c in out]))
`;

function method(type: PyTypeObject, name: string): Function {
  return type.tp_methods!.find((m) => m.ml_name === name)!.ml_meth;
}

function hashString(o: PyObject): string {
  const lo = PyObject_Hash(o);
  const hi = Py_hash.hi;
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)).toString();
}

function setKeys(s: PyObject): string[] {
  const out: string[] = [];
  const pos = { i: 0 };
  for (let e = _PySet_NextEntry(s, pos); e !== null; e = _PySet_NextEntry(s, pos)) out.push(reprOf(e[0]));
  return out;
}

function runOurs(ops: Op[]): [string[], number, string][] {
  const keys = new Map<string, PyObject>();
  const k = (spec: string): PyObject => {
    let o = keys.get(spec);
    if (o === undefined) {
      o = keyFromSpec(spec);
      keys.set(spec, o);
    }
    return o;
  };
  let s: PySetObject = PySet_New(null)!;
  const sizeof = method(PySet_Type, "__sizeof__") as (s: PyObject) => PyObject;
  const out: [string[], number, string][] = [];
  for (const op of ops) {
    const args = op.slice(1).map(k);
    switch (op[0]) {
      case "add":
        assert.equal(PySet_Add(s, args[0]), 0);
        break;
      case "discard":
        assert.ok(PySet_Discard(s, args[0]) >= 0);
        break;
      case "pop": {
        const r = PySet_Pop(s);
        if (r === null) PyErr_Clear();
        else Py_DECREF(r);
        break;
      }
      case "copy": {
        const c = (method(PySet_Type, "copy") as (s: PyObject) => PyObject)(s) as PySetObject;
        Py_DECREF(s);
        s = c;
        break;
      }
      case "clear":
        Py_DECREF((method(PySet_Type, "clear") as (s: PyObject) => PyObject)(s));
        break;
      default: {
        for (const a of args) Py_INCREF(a);
        const list = _PyList_FromArraySteal(args);
        const def = PySet_Type.tp_methods!.find((m) => m.ml_name === op[0])!;
        const r = def.ml_flags & METH_O
          ? (def.ml_meth as (s: PyObject, a: PyObject) => PyObject | null)(s, list)
          : (def.ml_meth as (s: PyObject, a: PyObject[]) => PyObject | null)(s, [list]);
        assert.notEqual(r, null);
        Py_DECREF(r!);
        Py_DECREF(list);
      }
    }
    assert.equal(PyErr_Occurred(), null);
    const f = PyFrozenSet_New(s)!;
    const size = sizeof(s);
    out.push([setKeys(s), Number((size as unknown as { ob_ival: number }).ob_ival), hashString(f)]);
    Py_DECREF(f);
  }
  return out;
}

function compare(ops: Op[]): void {
  const expected = JSON.parse(execFileSync("python3", ["-c", PY_DRIVER], {
    input: JSON.stringify(ops), encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" }, maxBuffer: 1 << 26,
  }));
  const got = runOurs(ops);
  for (let i = 0; i < ops.length; i++) assert.deepEqual(got[i], expected[i], `after op #${i} ${JSON.stringify(ops[i])}`);
}

test("int elements: order, __sizeof__ and frozenset hash after 2000 random operations", () => {
  initRuntime();
  const pool: string[] = [];
  for (let i = -10; i < 80; i++) pool.push(`i:${i}`);
  for (const v of ["2305843009213693951", "2305843009213693952", "4611686018427387904", "-9223372036854775808",
    "18446744073709551615", "4294967296", "1125899906842624"]) pool.push(`i:${v}`);
  compare(makeOps(99, pool, 2000));
});

test("str and mixed elements (PYTHONHASHSEED=0)", () => {
  initRuntime();
  const pool: string[] = [];
  for (let i = 0; i < 60; i++) pool.push(`s:e${i}`);
  pool.push("s:", "s:\u00fc", "s:\u{1f40d}");
  compare(makeOps(31337, pool, 1500));
  compare(makeOps(2024, [...pool, ...Array.from({ length: 40 }, (_, i) => `i:${i * 7 - 20}`)], 1500));
});

test("frozenset of frozensets: hash and order", () => {
  initRuntime();
  const py = execFileSync("python3", ["-c",
    "s = frozenset([frozenset(), frozenset([1]), frozenset([1, 2]), 3]); print(hash(s), [repr(x) for x in s])"],
  { encoding: "utf8" }).trim();
  const one = keyFromSpec("i:1"), two = keyFromSpec("i:2"), three = keyFromSpec("i:3");
  const f0 = PyFrozenSet_New(null)!;
  const f1 = PyFrozenSet_New(_PyList_FromArraySteal([one]))!;
  Py_INCREF(one);
  const f12 = PyFrozenSet_New(_PyList_FromArraySteal([one, two]))!;
  Py_INCREF(one);
  Py_INCREF(two);
  const outer = PyFrozenSet_New(_PyList_FromArraySteal([f0, f1, f12, three]))!;
  const reprs = setKeys(outer).map((r) => `'${r}'`).join(", ");
  assert.equal(`${hashString(outer)} [${reprs}]`, py);
});

test("the compiler's constant frozensets keep their order", () => {
  const f = make_frozenset([3n, 1n, "a", 2n]);
  assert.equal(f.items.length, 4);
  void PyFrozenSet_Type;
  void _PySet_Update;
});
