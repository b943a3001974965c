// @typhon float against python3: repr, the numeric hash, float(str) with its error message,
// hex()/fromhex(), round(x, n), as_integer_ratio, floor division and modulo, the exact
// float-int comparisons, and powers with integral exponents (correctly rounded), on special
// values and on random bit patterns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime } from "./runtime_helpers.ts";
import { PyFloat_Type, PyFloat_FromDouble, PyFloat_FromString, float_repr, _Py_HashDouble } from "../../src/Objects/floatobject.ts";
import { PyLong_FromBigInt, PyLong_FromNumber } from "../../src/Objects/longobject.ts";
import { Py_DECREF, Py_hash, type PyObject } from "../../src/Include/object.ts";
import { PyErr_Fetch } from "../../src/Python/errors.ts";
import { PyObject_GetAttrString, PyObject_RichCompare, Py_None, reprString, strString } from "../../src/Objects/object.ts";
import { PyObject_CallNoArgs, PyObject_CallOneArg } from "../../src/Objects/call.ts";
import { PyUnicode_FromString } from "../../src/Objects/unicodeobject.ts";

const py = (code: string, input: unknown) =>
  JSON.parse(execFileSync("python3", ["-c", `import sys, json, struct\n${code}`], {
    input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, PYTHONHASHSEED: "0" },
  }));

function bitsOf(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString("hex");
}
const FROM_BITS = "vals = [struct.unpack('>d', bytes.fromhex(h))[0] for h in json.load(sys.stdin)]\n";

function takeError(): string {
  const e = PyErr_Fetch();
  assert.ok(e !== null, "an exception was expected");
  const s = `${e.ob_type.tp_name}: ${strString(e)}`;
  Py_DECREF(e);
  return s;
}

function outcome(r: PyObject | null): string {
  if (r === null) return takeError();
  const s = reprString(r);
  Py_DECREF(r);
  return s === null ? takeError() : s;
}

/** Special values, then random bit patterns and random decimal-ish values. */
function sampleDoubles(n: number): number[] {
  const vals = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.1, 1 / 3, 1e16, 1e15, 9.999999999999999e22, 1e23, 5e-324,
    2.2250738585072014e-308, 1.7976931348623157e308, Infinity, -Infinity, NaN, 2.675, 1.005, 0.125, 2 ** 53, 2 ** 80,
    123456789.0, 99.995, 1e300, 1e-300];
  let seed = 12345;
  const b = Buffer.alloc(8);
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    b.writeUInt32BE((seed ^ Math.imul(i, 2654435761)) >>> 0, 0);
    b.writeUInt32BE((seed * 31 + i) >>> 0, 4);
    vals.push(b.readDoubleBE(0));
    vals.push(Number(((seed % 100000000) / 10 ** (i % 12)).toFixed(i % 9)) * (i % 2 ? -1 : 1));
  }
  return vals;
}

function method(x: number, name: string, arg?: PyObject): string {
  const f = PyFloat_FromDouble(x);
  const m = PyObject_GetAttrString(f, name);
  Py_DECREF(f);
  if (m === null) return takeError();
  const r = arg === undefined ? PyObject_CallNoArgs(m) : PyObject_CallOneArg(m, arg);
  Py_DECREF(m);
  return outcome(r);
}

test("repr, hash, hex, round, as_integer_ratio", () => {
  initRuntime();
  const vals = sampleDoubles(400);
  const expected: string[][] = py(`${FROM_BITS}
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
out = []
for x in vals:
    out.append([repr(x), str(hash(x)) if x == x else 'nan', t(lambda: x.hex()), t(lambda: round(x)), t(lambda: round(x, 2)),
                t(lambda: round(x, -3)), t(lambda: round(x, 300)), t(lambda: x.as_integer_ratio()), t(lambda: x.is_integer()),
                t(lambda: x.__trunc__()), t(lambda: x.__floor__()), t(lambda: x.__ceil__())])
print(json.dumps(out))`, vals.map(bitsOf));
  vals.forEach((x, k) => {
    let h = "nan";
    if (x === x) {
      const f = PyFloat_FromDouble(x);
      const lo = _Py_HashDouble(f, x);
      h = String(BigInt.asIntN(64, (BigInt(Py_hash.hi >>> 0) << 32n) | BigInt(lo >>> 0)));
      Py_DECREF(f);
    }
    const got = [float_repr(x), h, method(x, "hex"), method(x, "__round__"), method(x, "__round__", PyLong_FromNumber(2)),
      method(x, "__round__", PyLong_FromNumber(-3)), method(x, "__round__", PyLong_FromNumber(300)),
      method(x, "as_integer_ratio"), method(x, "is_integer"), method(x, "__trunc__"), method(x, "__floor__"), method(x, "__ceil__")];
    assert.deepEqual(got, expected[k], `bits ${bitsOf(x)}`);
  });
});

test("fromhex", () => {
  initRuntime();
  const strs = ["0x1.8p1", "0X1.8P1", "1.8p1", "-0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
    "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "0x1p-1074", "0x1p-1075",
    "0x1.1p-1075", "0x3p-1076", " 0x1 ", "0x1 p1", "0x.p1", "0x1.p", "0x1.p-2", "inf", "-nan", "0xg", "+0x1e3p-1",
    "0x123456789abcdef123p-10", "0x" + "f".repeat(300), "0x1p99999999999999999999", "0x1p-99999999999999999999",
    "0x1.000000000000080000001p0", "0x1.0000000000000800p0", "0x1.0000000000001800p0", "", "-", "0x"];
  const expected: string[] = py(`
out = []
for s in json.load(sys.stdin):
    try:
        out.append(repr(float.fromhex(s)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`, strs);
  const fromhex = PyObject_GetAttrString(PyFloat_Type, "fromhex")!;
  strs.forEach((s, k) => {
    const u = PyUnicode_FromString(s);
    assert.equal(outcome(PyObject_CallOneArg(fromhex, u)), expected[k], s);
    Py_DECREF(u);
  });
});

test("float(str)", () => {
  initRuntime();
  const strs = ["1.5", " 1_0.5 ", "1__0", "inf", "-nan", "infinity", "iNfInItY", "in", "0x10", "1e", ".e1", ".1", "1.", "_1",
    "1_.5", "1._5", "1e_5", "1e5_0", "", " ", "١.5", "1\x00", "1" + "0".repeat(400), "1e400", "-1e-400", "+.5e-3",
    "0.1000000000000000055511151231257827021181583404541015625", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "9007199254740993", "1.7976931348623158e308", "1.7976931348623159e308"];
  const expected: string[] = py(`
out = []
for s in json.load(sys.stdin):
    try:
        out.append(repr(float(s)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`, strs);
  strs.forEach((s, k) => {
    const u = PyUnicode_FromString(s);
    assert.equal(outcome(PyFloat_FromString(u)), expected[k], JSON.stringify(s));
    Py_DECREF(u);
  });
});

test("arithmetic, powers and comparisons with ints", () => {
  initRuntime();
  const xs = sampleDoubles(60);
  const ints = [0n, 1n, -3n, 7n, 2n ** 53n + 1n, -(2n ** 60n), 10n ** 20n, 2n ** 1030n];
  const cases: [number, bigint][] = [];
  xs.forEach((x, i) => cases.push([x, ints[i % ints.length]]));
  const expected: string[][] = py(`${FROM_BITS}
ints = [int(s) for s in ${JSON.stringify(cases.map((c) => String(c[1])))}]
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
out = []
for x, n in zip(vals, ints):
    out.append([t(lambda: x // 0.7), t(lambda: x % -0.7), t(lambda: divmod(x, 3.0)), t(lambda: x + n), t(lambda: x * n),
                t(lambda: x / n), t(lambda: n / x), t(lambda: x ** 3), t(lambda: x ** -2), t(lambda: x < n), t(lambda: x == n),
                t(lambda: x >= n), t(lambda: (n % 40) ** -(x != x and 1 or 3))])
print(json.dumps(out))`, cases.map((c) => bitsOf(c[0])));
  const T = PyFloat_Type;
  cases.forEach(([x, n], k) => {
    const f = PyFloat_FromDouble(x), i = PyLong_FromBigInt(n);
    const F = (v: number) => PyFloat_FromDouble(v);
    const pm = PyLong_FromBigInt(((n % 40n) + 40n) % 40n);
    const got = [
      outcome(T.nb_floor_divide!(f, F(0.7))), outcome(T.nb_remainder!(f, F(-0.7))), outcome(T.nb_divmod!(f, F(3.0))),
      outcome(T.nb_add!(f, i)), outcome(T.nb_multiply!(f, i)), outcome(T.nb_true_divide!(f, i)), outcome(T.nb_true_divide!(i, f)),
      outcome(T.nb_power!(f, PyLong_FromNumber(3), Py_None)), outcome(T.nb_power!(f, PyLong_FromNumber(-2), Py_None)),
      outcome(PyObject_RichCompare(f, i, 0)), outcome(PyObject_RichCompare(f, i, 2)), outcome(PyObject_RichCompare(f, i, 5)),
      outcome(PyLong_FromNumber(0).ob_type.nb_power!(pm, PyLong_FromNumber(x !== x ? -1 : -3), Py_None)),
    ];
    assert.deepEqual(got, expected[k], `${bitsOf(x)} ${n}`);
  });
});
