// @typhon The compact dict against python3: the same random sequences of insertions,
// deletions, pops, copies and updates must leave the same iteration order and the same
// __sizeof__ after every step (which checks the table sizes, resize points, the str-only
// table kind and the clone-vs-merge choice of copy()).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime, keyFromSpec, reprOf } from "./runtime_helpers.ts";
import {
  PyDict_New, PyDict_SetItem, PyDict_DelItem, PyDict_Next, PyDict_Copy, PyDict_Clear, PyDict_Update,
  PyDict_SetDefault, _PyDict_Pop, _PyDict_SizeOf, PyDict_Type, calculate_log2_keysize, estimate_log2_keysize,
  USABLE_FRACTION, _PyDict_FromItems, type PyDictObject, _PyDict_NewKeysForClass, new_dict_with_shared_keys,
} from "../../src/Objects/dictobject.ts";
import { Py_DECREF, type PyObject } from "../../src/Include/object.ts";
import { PyErr_Clear, PyErr_Occurred } from "../../src/Python/errors.ts";

type Op = [string, string?, string?];

/** A reproducible pseudo-random sequence (xorshift32). */
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
  const ops: Op[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.45) ops.push(["set", pick(), pick()]);
    else if (x < 0.7) ops.push(["del", pick()]);
    else if (x < 0.78) ops.push(["popitem"]);
    else if (x < 0.84) ops.push(["pop", pick()]);
    else if (x < 0.9) ops.push(["setdefault", pick(), pick()]);
    else if (x < 0.95) ops.push(["copy"]);
    else if (x < 0.98) ops.push(["update", pick(), pick()]);
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
d = {}
out = []
for op in ops:
    name = op[0]
    if name == 'set': d[key(op[1])] = key(op[2])
    elif name == 'del':
        try: del d[key(op[1])]
        except KeyError: pass
    elif name == 'popitem':
        try: d.popitem()
        except KeyError: pass
    elif name == 'pop': d.pop(key(op[1]), None)
    elif name == 'setdefault': d.setdefault(key(op[1]), key(op[2]))
    elif name == 'copy': d = d.copy()
    elif name == 'update': d.update({key(op[1]): key(op[2]), key(op[2]): key(op[1])})
    elif name == 'clear': d.clear()
    out.append([[repr(k) for k in d], d.__sizeof__()])
print(json.dumps(out))
`;

function runPython(ops: Op[], split = false): [string[], number][] {
  // split: start from the __dict__ of a fresh instance (a split table on its class's keys).
  const driver = split ? PY_DRIVER.replace("d = {}", "class C: pass\nd = C().__dict__") : PY_DRIVER;
  const py = execFileSync("python3", ["-c", driver], {
    input: JSON.stringify(ops), encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" }, maxBuffer: 1 << 26,
  });
  return JSON.parse(py);
}

function dictKeys(d: PyDictObject): string[] {
  const out: string[] = [];
  const pos = { i: 0 };
  for (let kv = PyDict_Next(d, pos); kv !== null; kv = PyDict_Next(d, pos)) out.push(reprOf(kv[0]));
  return out;
}

function runOurs(ops: Op[], split = false): [string[], number][] {
  const keys = new Map<string, PyObject>();
  const k = (spec: string): PyObject => {
    let o = keys.get(spec);
    if (o === undefined) {
      o = keyFromSpec(spec);
      keys.set(spec, o);
    }
    return o;
  };
  let d = PyDict_New();
  if (split) {
    // What C().__dict__ gives: the class's new shared keys, one instance made (init_inline_values).
    const keys = _PyDict_NewKeysForClass(); // the class's reference
    keys.dk_usable--;
    keys.dk_refcnt++; // the dict's
    d = new_dict_with_shared_keys(keys);
  }
  const out: [string[], number][] = [];
  for (const op of ops) {
    switch (op[0]) {
      case "set":
        assert.equal(PyDict_SetItem(d, k(op[1]!), k(op[2]!)), 0);
        break;
      case "del":
        if (PyDict_DelItem(d, k(op[1]!)) < 0) PyErr_Clear();
        break;
      case "popitem": {
        const popitem = PyDict_Type.tp_methods!.find((m) => m.ml_name === "popitem")!.ml_meth as (s: PyObject) => PyObject | null;
        const r = popitem(d);
        if (r === null) PyErr_Clear();
        else Py_DECREF(r);
        break;
      }
      case "pop": {
        const r = _PyDict_Pop(d, k(op[1]!), k("i:0"));
        assert.notEqual(r, null);
        Py_DECREF(r!);
        break;
      }
      case "setdefault":
        assert.notEqual(PyDict_SetDefault(d, k(op[1]!), k(op[2]!)), null);
        break;
      case "copy": {
        const c = PyDict_Copy(d)!;
        Py_DECREF(d);
        d = c;
        break;
      }
      case "update": {
        const tmp = PyDict_New();
        PyDict_SetItem(tmp, k(op[1]!), k(op[2]!));
        PyDict_SetItem(tmp, k(op[2]!), k(op[1]!));
        assert.equal(PyDict_Update(d, tmp), 0);
        Py_DECREF(tmp);
        break;
      }
      case "clear":
        PyDict_Clear(d);
        break;
    }
    assert.equal(PyErr_Occurred(), null);
    out.push([dictKeys(d), _PyDict_SizeOf(d)]);
  }
  return out;
}

function compare(ops: Op[], split = false): void {
  const expected = runPython(ops, split);
  const got = runOurs(ops, split);
  for (let i = 0; i < ops.length; i++) {
    assert.deepEqual(got[i], expected[i], `after op #${i} ${JSON.stringify(ops[i])}`);
  }
}

test("table size helpers match CPython's arithmetic", () => {
  assert.equal(USABLE_FRACTION(8), 5);
  assert.equal(USABLE_FRACTION(16), 10);
  assert.equal(calculate_log2_keysize(0), 3);
  assert.equal(calculate_log2_keysize(8), 3);
  assert.equal(calculate_log2_keysize(9), 4);
  assert.equal(calculate_log2_keysize(15), 4);
  assert.equal(calculate_log2_keysize(30), 5);
  assert.equal(estimate_log2_keysize(5), 3);
  assert.equal(estimate_log2_keysize(6), 4);
  assert.equal(estimate_log2_keysize(11), 5);
  // Sizes python3 gives dict.fromkeys(d) for len(d) = n (one resize to estimate_log2_keysize(n)).
  const fromkeys = JSON.parse(execFileSync("python3", ["-c", String.raw`
import json
out = []
for n in range(1, 200):
    s = dict.fromkeys({i: 0 for i in range(n)}).__sizeof__() - 48 - 32
    l = 3
    while (2**l) * (1 if l < 8 else 2) + (2**l * 2 // 3) * 24 != s: l += 1
    out.append(l)
print(json.dumps(out))`], { encoding: "utf8" }));
  for (let n = 1; n < 200; n++) assert.equal(estimate_log2_keysize(n), fromkeys[n - 1], `estimate_log2_keysize(${n})`);
});

test("int keys: order and __sizeof__ after each of 3000 random operations", () => {
  initRuntime();
  const pool: string[] = [];
  for (let i = -12; i < 60; i++) pool.push(`i:${i}`);
  // Large values, including ones whose hashes collide with small ints mod 2**61-1.
  for (const v of ["2305843009213693951", "2305843009213693952", "2305843009213693953", "4611686018427387904",
    "1099511627776", "-9223372036854775808", "18446744073709551615", "4294967296", "4294967297"]) pool.push(`i:${v}`);
  compare(makeOps(12345, pool, 3000));
});

test("str keys (PYTHONHASHSEED=0), then mixed str/int keys", () => {
  initRuntime();
  const strs: string[] = [];
  for (let i = 0; i < 40; i++) strs.push(`s:k${i}`);
  strs.push("s:", "s:a", "s:\u00e9t\u00e9", "s:\u{1f600}");
  compare(makeOps(777, strs, 1500));
  const mixed = [...strs, ...Array.from({ length: 30 }, (_, i) => `i:${i - 5}`)];
  compare(makeOps(4242, mixed, 2000));
});

test("growth: __sizeof__ for 0..200 int and str items, and presized literals", () => {
  initRuntime();
  const py = JSON.parse(execFileSync("python3", ["-c", String.raw`
import json
a=[]; b=[]; d={}; e={}
a.append(d.__sizeof__()); b.append(e.__sizeof__())
for i in range(200):
    d[i]=i; e['x%d'%i]=i
    a.append(d.__sizeof__()); b.append(e.__sizeof__())
print(json.dumps([a,b]))`], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } }));
  const d = PyDict_New(), e = PyDict_New();
  const a = [_PyDict_SizeOf(d)], b = [_PyDict_SizeOf(e)];
  for (let i = 0; i < 200; i++) {
    const ki = keyFromSpec(`i:${i}`), ks = keyFromSpec(`s:x${i}`);
    PyDict_SetItem(d, ki, ki);
    PyDict_SetItem(e, ks, ki);
    a.push(_PyDict_SizeOf(d));
    b.push(_PyDict_SizeOf(e));
  }
  assert.deepEqual([a, b], py);
  // BUILD_MAP presizes: dict_new_presized(n) for n items.
  const sizes = JSON.parse(execFileSync("python3", ["-c",
    "import json; print(json.dumps([eval('{' + ','.join('%d: 0' % i for i in range(n)) + '}').__sizeof__() for n in range(16)]))"],
  { encoding: "utf8" }));
  // Up to 15 pairs a literal is BUILD_CONST_KEY_MAP (_PyDict_FromItems); beyond, BUILD_MAP 0 + MAP_ADD.
  for (let n = 0; n < 16; n++) {
    const ks = Array.from({ length: n }, (_, i) => keyFromSpec(`i:${i}`));
    const vs = ks.map(() => keyFromSpec("i:0"));
    const m = _PyDict_FromItems(ks, 0, 1, vs, 0, 1, n)!;
    assert.equal(_PyDict_SizeOf(m), sizes[n], `literal of ${n} items`);
  }
});

test("split (key-sharing) tables: str keys, then mixed keys, from an instance __dict__", () => {
  initRuntime();
  const strs: string[] = [];
  for (let i = 0; i < 36; i++) strs.push(`s:a${i}`);
  for (let seed = 1; seed <= 6; seed++) compare(makeOps(seed * 101, strs.slice(0, 4 + seed * 5), 400), true);
  compare(makeOps(99, [...strs.slice(0, 8), "i:1", "i:2"], 300), true);
});
