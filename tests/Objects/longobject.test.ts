// @typhon int against python3: the slots of PyLong_Type (arithmetic with floor rounding,
// correctly rounded true division, powers with and without a modulus, shifts, bitwise
// operators, hashes, comparisons), int <-> str in every base with its error messages, and
// to_bytes/from_bytes, on values around every boundary of the number/BigInt representation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime, reprOf } from "./runtime_helpers.ts";
import {
  PyLong_Type, PyLong_FromBigInt, PyLong_FromNumber, PyLong_FromDouble, PyLong_AsSsize_t, PyNumber_AsSsize_t,
  _PyLong_FromString, long_to_decimal_string, _PyLong_Format, _PyLong_AsByteArray, _PyLong_FromByteArray,
  _PyLong_TrueDivide, _Py_ratio_to_double, type PyLongObject,
} from "../../src/Objects/longobject.ts";
import { Py_True, Py_False, PyBool_FromLong } from "../../src/Objects/boolobject.ts";
import { Py_DECREF, Py_hash, type PyObject } from "../../src/Include/object.ts";
import { PyErr_Fetch } from "../../src/Python/errors.ts";
import { PyObject_Hash, PyObject_RichCompare, Py_None, strString, reprString } from "../../src/Objects/object.ts";
import { PyFloat_FromDouble } from "../../src/Objects/floatobject.ts";
import { PyExc_OverflowError } from "../../src/Objects/exceptions.ts";

const py = (code: string, input: unknown) =>
  JSON.parse(execFileSync("python3", ["-c", `import sys, json, struct\n${code}`], {
    input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, PYTHONHASHSEED: "0" },
  }));

/** The text of the pending exception ("TypeError: msg"), cleared. */
function takeError(): string {
  const e = PyErr_Fetch();
  assert.ok(e !== null, "an exception was expected");
  const s = `${e.ob_type.tp_name}: ${strString(e)}`;
  Py_DECREF(e);
  return s;
}

/** A result object as text: its repr, or the exception. */
function outcome(r: PyObject | null): string {
  if (r === null) return takeError();
  const s = reprString(r);
  Py_DECREF(r);
  return s === null ? takeError() : s;
}

function values(): bigint[] {
  const v: bigint[] = [0n, 1n, -1n, 2n, -2n, 3n, 7n, -7n, 255n, 256n, 257n, -5n, -6n, 10n ** 30n, -(10n ** 20n)];
  for (const k of [15, 26, 30, 31, 32, 52, 53, 54, 62, 63, 64, 65, 100]) {
    for (const d of [-1n, 0n, 1n]) {
      v.push((1n << BigInt(k)) + d, -(1n << BigInt(k)) + d);
    }
  }
  let seed = 0x2545f491n;
  for (let i = 0; i < 20; i++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    const bits = Number(seed % 140n);
    const x = seed % ((1n << BigInt(bits)) + 1n);
    v.push(seed & 1n ? -x : x);
  }
  return v;
}

const BINOPS = ["+", "-", "*", "//", "%", "/", "&", "|", "^", "<", "==", ">="] as const;
const SLOT: Record<string, keyof typeof PyLong_Type> = {
  "+": "nb_add", "-": "nb_subtract", "*": "nb_multiply", "//": "nb_floor_divide", "%": "nb_remainder",
  "/": "nb_true_divide", "&": "nb_and", "|": "nb_or", "^": "nb_xor",
};
const CMP: Record<string, number> = { "<": 0, "==": 2, ">=": 5 };

test("binary operators, pairwise", () => {
  initRuntime();
  const vals = values();
  const pairs: [bigint, bigint][] = [];
  vals.forEach((a, i) => vals.forEach((b, j) => { if ((i + j) % 3 === 0) pairs.push([a, b]); }));
  const expected: string[][] = py(`
out = []
for a, b in json.load(sys.stdin):
    a, b = int(a), int(b)
    row = []
    for op in ${JSON.stringify(BINOPS)}:
        try:
            row.append(repr(eval('a ' + op + ' b')))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    out.append(row)
print(json.dumps(out))`, pairs.map(([a, b]) => [String(a), String(b)]));
  pairs.forEach(([a, b], k) => {
    const x = PyLong_FromBigInt(a), y = PyLong_FromBigInt(b);
    BINOPS.forEach((op, n) => {
      let r: PyObject | null;
      if (op in CMP) r = PyObject_RichCompare(x, y, CMP[op]);
      else r = (PyLong_Type[SLOT[op]] as (v: PyObject, w: PyObject) => PyObject | null)(x, y);
      assert.equal(outcome(r), expected[k][n], `${a} ${op} ${b}`);
    });
    Py_DECREF(x);
    Py_DECREF(y);
  });
});

test("unary operators, shifts, powers, hashes", () => {
  initRuntime();
  const vals = values();
  const expected: string[][] = py(`
out = []
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for a in json.load(sys.stdin):
    a = int(a)
    out.append([t(lambda: -a), t(lambda: ~a), t(lambda: abs(a)), t(lambda: a << 5), t(lambda: a >> 3), t(lambda: a >> 70),
                t(lambda: a ** 3), t(lambda: a ** -2), t(lambda: pow(a, 65537, 1000000007)), t(lambda: pow(a, -1, 97)),
                t(lambda: pow(a, 3, -10)), t(lambda: hash(a)), t(lambda: str(a)), t(lambda: hex(a)), t(lambda: a.__sizeof__())])
print(json.dumps(out))`, vals.map(String));
  const T = PyLong_Type;
  vals.forEach((a, k) => {
    const x = PyLong_FromBigInt(a);
    const n = (v: number | bigint) => PyLong_FromBigInt(BigInt(v));
    const got = [
      outcome(T.nb_negative!(x)), outcome(T.nb_invert!(x)), outcome(T.nb_absolute!(x)), outcome(T.nb_lshift!(x, n(5))),
      outcome(T.nb_rshift!(x, n(3))), outcome(T.nb_rshift!(x, n(70))), outcome(T.nb_power!(x, n(3), Py_None)),
      outcome(T.nb_power!(x, n(-2), Py_None)), outcome(T.nb_power!(x, n(65537), n(1000000007))),
      outcome(T.nb_power!(x, n(-1), n(97))), outcome(T.nb_power!(x, n(3), n(-10))),
    ];
    const lo = PyObject_Hash(x), hi = Py_hash.hi;
    got.push(String(BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0))));
    got.push(`'${long_to_decimal_string(x)}'`, `'${_PyLong_Format(x, 16)}'`);
    got.push(String(24 + 4 * Math.max(1, Math.ceil((a < 0n ? -a : a).toString(2).replace(/^0$/, "").length / 30))));
    assert.deepEqual(got, expected[k], String(a));
    Py_DECREF(x);
  });
});

test("normalised representation and the small int cache", () => {
  initRuntime();
  for (const v of [2n ** 53n - 1n, -(2n ** 53n - 1n), 5n, -5n]) {
    assert.equal(typeof (PyLong_FromBigInt(v) as PyLongObject).ob_ival, "number");
  }
  for (const v of [2n ** 53n, -(2n ** 53n), 2n ** 100n]) assert.equal(typeof (PyLong_FromBigInt(v) as PyLongObject).ob_ival, "bigint");
  assert.equal(PyLong_FromNumber(256), PyLong_FromNumber(256));
  assert.equal(PyLong_FromNumber(-5), PyLong_FromBigInt(-5n));
  assert.notEqual(PyLong_FromNumber(257), PyLong_FromNumber(257));
  assert.equal((PyLong_FromNumber(-0) as PyLongObject).ob_ival, 0);
  assert.ok(Object.is((PyLong_FromDouble(-0.5) as PyLongObject).ob_ival, 0));
  assert.equal((PyLong_FromDouble(1e300) as PyLongObject).ob_ival, BigInt(1e300));
  assert.equal(PyBool_FromLong(7), Py_True);
  assert.equal(PyBool_FromLong(0), Py_False);
  assert.equal(reprOf(Py_True), "True");
  assert.equal(PyLong_AsSsize_t(PyLong_FromBigInt(2n ** 63n - 1n)), 2 ** 63);
  assert.equal(PyLong_AsSsize_t(PyLong_FromBigInt(2n ** 63n)), -1);
  assert.equal(takeError(), "OverflowError: Python int too large to convert to C ssize_t");
  assert.equal(PyNumber_AsSsize_t(PyLong_FromBigInt(-(2n ** 70n)), null), -(2 ** 63));
  assert.equal(PyNumber_AsSsize_t(PyLong_FromBigInt(2n ** 70n), PyExc_OverflowError), -1);
  assert.equal(takeError(), "OverflowError: cannot fit 'int' into an index-sized integer");
});

test("int(str, base)", () => {
  initRuntime();
  const cases: [string, number][] = [];
  const strs = ["0", "-0", " 12 ", "1_000", "1__0", "_1", "1_", "0x1f", "0X_1F", "0o17", "0b101", "0b", "010", "000", "0_0",
    "+-1", "1e5", "", " ", "١٢٣", "\u20001\u2000", "\x1c1", "1\x00", "zz", "-ZZ", "9".repeat(40), "x".repeat(300),
    "7".repeat(4301), "1" + "0".repeat(640)];
  for (const s of strs) for (const b of [10, 0, 16, 36, 2, 7]) cases.push([s, b]);
  const expected: string[] = py(`
out = []
for s, b in json.load(sys.stdin):
    try:
        out.append(repr(int(s, b)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`, cases);
  cases.forEach(([s, b], k) => assert.equal(outcome(_PyLong_FromString(s, b)), expected[k], `int(${JSON.stringify(s)}, ${b})`));
});

test("true division is correctly rounded, subnormals included", () => {
  initRuntime();
  const pairs: [bigint, bigint][] = [[1n, 3n], [2n ** 1100n, 3n ** 600n], [1n, 3n * 2n ** 1072n], [3n, 2n ** 1080n],
    [2n ** 1024n - 1n, 2n ** 970n], [7n, -(2n ** 60n)], [10n ** 400n, -(10n ** 399n)], [2n ** 1100n, 9n], [1n, 2n ** 1074n],
    [1n, 2n ** 1075n], [3n, 2n ** 1076n], [(1n << 60n) + 1n, 1n << 7n], [(1n << 54n) + 1n, 2n], [(1n << 54n) + 3n, 2n]];
  let seed = 99n;
  for (let i = 0; i < 300; i++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    const a = seed ** BigInt(1 + Number(seed % 19n)) >> BigInt(Number(seed % 40n));
    const b = (seed >> 7n) ** BigInt(1 + Number((seed >> 3n) % 23n)) + 1n;
    pairs.push([seed & 1n ? -a : a, b]);
  }
  const expected: string[] = py(`
out = []
for a, b in json.load(sys.stdin):
    try:
        out.append(repr(int(a) / int(b)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`, pairs.map(([a, b]) => [String(a), String(b)]));
  pairs.forEach(([a, b], k) => {
    const r = _PyLong_TrueDivide(a, b);
    const got = r === null ? takeError() : reprOf_float(r);
    assert.equal(got, expected[k], `${a} / ${b}`);
    if (r !== null) assert.ok(Object.is(_Py_ratio_to_double(a, b), r));
  });
});

function reprOf_float(x: number): string {
  const f = PyFloat_FromDouble(x);
  const s = reprOf(f);
  Py_DECREF(f);
  return s;
}
test("to_bytes / from_bytes", () => {
  initRuntime();
  const cases: [bigint, number, boolean, boolean][] = [];
  for (const v of [0n, 1n, -1n, 127n, 128n, -128n, -129n, 255n, 256n, 65535n, -32768n, 10n ** 30n, -(10n ** 30n)]) {
    for (const n of [0, 1, 2, 13, 16]) for (const signed of [false, true]) cases.push([v, n, signed, n % 2 === 0]);
  }
  const expected: string[] = py(`
out = []
for v, n, signed, little in json.load(sys.stdin):
    try:
        b = int(v).to_bytes(n, 'little' if little else 'big', signed=signed)
        out.append(b.hex() + ' ' + str(int.from_bytes(b, 'little' if little else 'big', signed=signed)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`, cases.map(([v, n, s, l]) => [String(v), n, s, l]));
  cases.forEach(([v, n, signed, little], k) => {
    const b = _PyLong_AsByteArray(v, n, little, signed);
    let got: string;
    if (b === null) got = takeError();
    else {
      const back = _PyLong_FromByteArray(b, little, signed);
      got = Buffer.from(b).toString("hex") + " " + reprOf(back);
    }
    assert.equal(got, expected[k], `${v}.to_bytes(${n}, signed=${signed})`);
  });
});
