// @typhon The list's modelled capacity and its timsort, against python3: sys.getsizeof after
// sequences of list operations, and the exact comparisons (and the order a failing
// comparison leaves behind) of list.sort.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
// str first: loading it before the other runtime modules gives an import order that works.
import "../../src/Objects/unicodeobject.ts";
import { PyObject, PyTypeObject } from "../../src/Include/object.ts";
import {
  PyList_New, PyList_Type, PyListObject, PyList_Insert, PyList_SetSlice, _PyList_AppendTakeRef, list_extend,
  MergeState, list_sort_core, merge_compute_minrun, powerloop,
} from "../../src/Objects/listobject.ts";
import { PySlice_New } from "../../src/Objects/sliceobject.ts";
import { PyTuple_FromArray } from "../../src/Objects/tupleobject.ts";
import { PyLong_FromNumber } from "../../src/Objects/longobject.ts";

const py = (code: string, input: unknown = null): unknown =>
  JSON.parse(execFileSync("python3", ["-c", `import sys, json\n${code}`], {
    input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 28,
  }));

// -- capacity ---------------------------------------------------------------------------------------

const DummyType = new PyTypeObject({ tp_name: "dummy" });
const zero = new PyObject(DummyType);
zero.ob_refcnt = 1 << 30;

/** What getsizeof reports beyond the empty list, in slots. */
const slots = (a: PyListObject): number => a.allocated;

function method(name: string): Function {
  return PyList_Type.tp_methods!.find((m) => m.ml_name === name)!.ml_meth;
}
const pop = method("pop");
const clear = method("clear");

/** [0] * n, as CPython builds it (exact size). */
function zeros(n: number): PyListObject {
  if (n === 0) return PyList_New(0);
  const one = PyList_New(1);
  one.ob_item[0] = zero;
  zero.ob_refcnt++;
  return PyList_Type.sq_repeat!(one, n) as PyListObject;
}

function append(a: PyListObject): void {
  zero.ob_refcnt++;
  assert.equal(_PyList_AppendTakeRef(a, zero), 0);
}

const SIZES = String.raw`
g = lambda a: (sys.getsizeof(a) - 56) // 8
out = {}
a = []; s = []
for i in range(300): a.append(0); s.append(g(a))
out["append"] = s
s = []
while a: a.pop(); s.append(g(a))
out["pop"] = s
a = []; s = []
for i in range(120): a.insert(0, 0); s.append(g(a))
out["insert"] = s
s = []
while a: a.pop(0); s.append(g(a))
out["pop0"] = s
r = []
for m in range(0, 24):
    for k in range(0, 50, 3):
        a = [0] * m; a.extend([0] * k); r.append(g(a))
        a = [0] * m; a.extend(tuple([0] * k)); r.append(g(a))
        a = [0] * (m + 5)
        for _ in range(5): a.pop()
        a.extend([0] * k); r.append(g(a))
        a = [0] * m; a.clear(); a.extend([0] * k); r.append(g(a))
out["extend"] = r
r = []
for n in range(0, 33, 3):
    for i in range(0, n + 1, 2):
        for j in range(i, n + 1, 3):
            for k in range(0, 33, 4):
                a = [0] * n; a[i:j] = [0] * k; r.append(g(a))
out["setslice"] = r
r = []
for n in range(0, 70, 5):
    for i in range(0, n + 1, 4):
        for j in range(i, n + 1, 3):
            a = [0] * n; del a[i:j]; r.append(g(a))
out["delslice"] = r
r = []
for n in range(0, 70, 7):
    for st in (2, 3, -2, 5, -7):
        a = [0] * n; del a[::st]; r.append(g(a))
out["delext"] = r
r = []
for n in range(0, 10):
    for k in range(0, 6):
        a = [0] * n; a *= k; r.append(g(a))
        a = [0] * n; a.append(0); a *= k; r.append(g(a))
out["imul"] = r
r = []
for n in range(0, 40, 3):
    a = [0] * n; r.append(g(a)); r.append(g(a + a)); r.append(g(a[1:])); r.append(g(a[::2])); r.append(g(a.copy()))
out["exact"] = r
print(json.dumps(out))
`;

test("sys.getsizeof of lists equals python3's after every kind of growth and shrinkage", () => {
  const want = py(SIZES) as Record<string, number[]>;
  const got: Record<string, number[]> = {};

  let a = PyList_New(0);
  got.append = [];
  for (let i = 0; i < 300; i++) {
    append(a);
    got.append.push(slots(a));
  }
  got.pop = [];
  while (a.ob_item.length) {
    pop(a, []);
    got.pop.push(slots(a));
  }
  a = PyList_New(0);
  got.insert = [];
  for (let i = 0; i < 120; i++) {
    PyList_Insert(a, 0, zero);
    got.insert.push(slots(a));
  }
  got.pop0 = [];
  const idx0 = PyLong_FromNumber(0);
  while (a.ob_item.length) {
    pop(a, [idx0]);
    got.pop0.push(slots(a));
  }

  got.extend = [];
  for (let m = 0; m < 24; m++) {
    for (let k = 0; k < 50; k += 3) {
      a = zeros(m);
      list_extend(a, zeros(k));
      got.extend.push(slots(a));
      a = zeros(m);
      list_extend(a, PyTuple_FromArray(zeros(k).ob_item));
      got.extend.push(slots(a));
      a = zeros(m + 5);
      for (let i = 0; i < 5; i++) pop(a, []);
      list_extend(a, zeros(k));
      got.extend.push(slots(a));
      a = zeros(m);
      clear(a);
      list_extend(a, zeros(k));
      got.extend.push(slots(a));
    }
  }

  got.setslice = [];
  for (let n = 0; n < 33; n += 3) {
    for (let i = 0; i <= n; i += 2) {
      for (let j = i; j <= n; j += 3) {
        for (let k = 0; k < 33; k += 4) {
          a = zeros(n);
          PyList_SetSlice(a, i, j, zeros(k));
          got.setslice.push(slots(a));
        }
      }
    }
  }

  got.delslice = [];
  for (let n = 0; n < 70; n += 5) {
    for (let i = 0; i <= n; i += 4) {
      for (let j = i; j <= n; j += 3) {
        a = zeros(n);
        PyList_SetSlice(a, i, j, null);
        got.delslice.push(slots(a));
      }
    }
  }

  got.delext = [];
  for (let n = 0; n < 70; n += 7) {
    for (const st of [2, 3, -2, 5, -7]) {
      a = zeros(n);
      const s = PySlice_New(null, null, PyLong_FromNumber(st));
      assert.equal(PyList_Type.mp_ass_subscript!(a, s, null), 0);
      got.delext.push(slots(a));
    }
  }

  got.imul = [];
  for (let n = 0; n < 10; n++) {
    for (let k = 0; k < 6; k++) {
      a = zeros(n);
      PyList_Type.sq_inplace_repeat!(a, k);
      got.imul.push(slots(a));
      a = zeros(n);
      append(a);
      PyList_Type.sq_inplace_repeat!(a, k);
      got.imul.push(slots(a));
    }
  }

  got.exact = [];
  for (let n = 0; n < 40; n += 3) {
    a = zeros(n);
    got.exact.push(slots(a));
    got.exact.push(slots(PyList_Type.sq_concat!(a, a) as PyListObject));
    const s1 = PySlice_New(PyLong_FromNumber(1), null, null);
    got.exact.push(slots(PyList_Type.mp_subscript!(a, s1) as PyListObject));
    const s2 = PySlice_New(null, null, PyLong_FromNumber(2));
    got.exact.push(slots(PyList_Type.mp_subscript!(a, s2) as PyListObject));
    got.exact.push(slots(method("copy")(a) as PyListObject));
  }

  for (const k of Object.keys(want)) assert.deepEqual(got[k], want[k], k);
});

// -- timsort ----------------------------------------------------------------------------------------

const SORT = String.raw`
class Boom(Exception): pass
out = []
for case in json.load(sys.stdin):
    keys, fail_at = case["keys"], case["fail_at"]
    log = []
    class K:
        __slots__ = ("k", "i")
        def __init__(self, k, i): self.k = k; self.i = i
        def __lt__(self, other):
            log.append(self.i); log.append(other.i)
            if len(log) // 2 == fail_at: raise Boom
            return self.k < other.k
    items = [K(k, i) for i, k in enumerate(keys)]
    try:
        items.sort()
    except Boom:
        pass
    out.append({"log": log, "order": [x.i for x in items]})
print(json.dumps(out))
`;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

test("timsort makes python3's comparisons, in python3's order, and fails the same way", () => {
  const r = rng(12345);
  const cases: { keys: number[]; fail_at: number }[] = [];
  const lengths = [0, 1, 2, 3, 5, 8, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 255, 256, 257, 500, 1000, 1500, 3000];
  for (const n of lengths) {
    const gens: (() => number[])[] = [
      () => Array.from({ length: n }, () => Math.floor(r() * 1e6)),
      () => Array.from({ length: n }, (_, i) => i),
      () => Array.from({ length: n }, (_, i) => n - i),
      () => Array.from({ length: n }, () => Math.floor(r() * 4)),
      () => Array.from({ length: n }, (_, i) => (i % 37) * 3 + (i % 5)),
      () => Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i) + Math.floor(r() * 3)),
      () => {
        // ascending runs with a few random swaps: exercises galloping
        const a = Array.from({ length: n }, (_, i) => i);
        for (let k = 0; k < 3 && n > 1; k++) {
          const x = Math.floor(r() * n), y = Math.floor(r() * n);
          [a[x], a[y]] = [a[y], a[x]];
        }
        return a;
      },
      () => {
        // two interleaved sorted halves
        const half = Math.floor(n / 2);
        return Array.from({ length: n }, (_, i) => (i < half ? i * 2 : (i - half) * 2 + 1));
      },
    ];
    for (const gen of gens) cases.push({ keys: gen(), fail_at: -1 });
    if (n > 2) {
      for (let k = 0; k < 3; k++) cases.push({ keys: gens[k === 0 ? 0 : 3](), fail_at: 1 + Math.floor(r() * n * 3) });
    }
  }
  const want = py(SORT, cases) as { log: number[]; order: number[] }[];
  cases.forEach((c, ci) => {
    const log: number[] = [];
    const keys = c.keys;
    let count = 0;
    const ms = new MergeState<number>((v, w) => {
      log.push(v, w);
      if (++count === c.fail_at) return -1;
      return keys[v] < keys[w] ? 1 : 0;
    });
    const order = keys.map((_, i) => i);
    const rc = list_sort_core(ms, order, null, order.length);
    assert.equal(rc, c.fail_at > 0 && count >= c.fail_at ? -1 : 0, `case ${ci} result`);
    assert.deepEqual(log, want[ci].log, `case ${ci} (n=${keys.length}) comparisons`);
    assert.deepEqual(order, want[ci].order, `case ${ci} (n=${keys.length}) final order`);
  });
});

test("timsort carries values along with keys (key functions), stably", () => {
  const r = rng(99);
  for (const n of [0, 1, 7, 64, 65, 300, 2000]) {
    const keys = Array.from({ length: n }, () => Math.floor(r() * 20));
    const values = keys.map((_, i) => i);
    const ms = new MergeState<number>((v, w) => (v < w ? 1 : 0));
    assert.equal(list_sort_core(ms, keys, values, n), 0);
    for (let i = 1; i < n; i++) {
      assert.ok(keys[i - 1] <= keys[i]);
      if (keys[i - 1] === keys[i]) assert.ok(values[i - 1] < values[i], "stable");
    }
  }
});

test("merge_compute_minrun and powerloop agree with listsort.txt", () => {
  assert.equal(merge_compute_minrun(63), 63);
  assert.equal(merge_compute_minrun(64), 32);
  assert.equal(merge_compute_minrun(65), 33);
  assert.equal(merge_compute_minrun(2112), 33);
  assert.equal(merge_compute_minrun(1 << 20), 32);
  assert.equal(powerloop(0, 32, 32, 128), 2);
  assert.equal(powerloop(0, 64, 64, 128), 1);
});
