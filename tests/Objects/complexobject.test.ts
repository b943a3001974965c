// @typhon complex against python3: glibc's hypot behind abs(), hashes,
// arithmetic with Smith's division and integral powers, complex(str) with every accepted
// form and its errors, and the constructor's argument rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime } from "./runtime_helpers.ts";
import { PyComplex_Type, PyComplex_FromDoubles, _Py_hypot } from "../../src/Objects/complexobject.ts";
import { PyLong_FromNumber } from "../../src/Objects/longobject.ts";
import { Py_DECREF, type PyObject } from "../../src/Include/object.ts";
import { PyErr_Fetch } from "../../src/Python/errors.ts";
import { PyObject_Hash, Py_None, reprString, strString } from "../../src/Objects/object.ts";
import { PyObject_Vectorcall } from "../../src/Objects/call.ts";
import { PyUnicode_FromString } from "../../src/Objects/unicodeobject.ts";
import { Py_hash } from "../../src/Include/object.ts";

const py = (code: string, input: unknown) =>
  JSON.parse(execFileSync("python3", ["-c", `import sys, json, struct, math\n${code}`], {
    input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, PYTHONHASHSEED: "0" },
  }));

function bitsOf(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString("hex");
}

function outcome(r: PyObject | null): string {
  if (r !== null) {
    const s = reprString(r);
    Py_DECREF(r);
    if (s !== null) return s;
  }
  const e = PyErr_Fetch();
  assert.ok(e !== null, "an exception was expected");
  const s = `${e.ob_type.tp_name}: ${strString(e)}`;
  Py_DECREF(e);
  return s;
}

test("hypot as glibc computes it (abs of a complex)", () => {
  const pairs: [number, number][] = [[3, 4], [1, 2.5], [1e308, 1e308], [5e-324, 5e-324], [1e-300, 1e300], [0, -0], [Infinity, NaN]];
  let seed = 4242;
  const b = Buffer.alloc(8);
  for (let i = 0; i < 4000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    if (i % 2) {
      pairs.push([(seed % 20000) / 1000 - 10, ((seed >>> 7) % 20000) / 999 - 10]);
    } else {
      b.writeUInt32BE((seed ^ Math.imul(i, 2654435761)) >>> 0, 0);
      b.writeUInt32BE((seed * 31 + i) >>> 0, 4);
      const x = b.readDoubleBE(0);
      b.writeUInt32BE((seed * 17 + i) >>> 0, 0);
      pairs.push([x, b.readDoubleBE(0)]);
    }
  }
  const expected: string[] = py(`
v = [struct.unpack('>d', bytes.fromhex(h))[0] for h in json.load(sys.stdin)]
print(json.dumps([struct.pack('>d', abs(complex(v[2*k], v[2*k+1]))).hex() for k in range(len(v)//2)]))`,
  pairs.flat().map(bitsOf));
  pairs.forEach(([x, y], k) => {
    const h = _Py_hypot(x, y);
    if (h !== h) assert.ok(expected[k].startsWith("7ff") || expected[k].startsWith("fff"), `hypot(${x}, ${y})`);
    else assert.equal(bitsOf(h), expected[k], `hypot(${x}, ${y})`);
  });
});

test("arithmetic, integral powers and hashes", () => {
  initRuntime();
  const parts = [0, -0, 1, -1, 2.5, -3.25, 1e-300, 1e300, 0.1, 7, Infinity, NaN];
  const zs: [number, number][] = [];
  for (const r of parts) for (const i of parts) zs.push([r, i]);
  const expected: string[][] = py(`
v = [struct.unpack('>d', bytes.fromhex(h))[0] for h in json.load(sys.stdin)]
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
out = []
for k in range(len(v)//2):
    z = complex(v[2*k], v[2*k+1])
    out.append([repr(z), t(lambda: abs(z)), t(lambda: z * (2-3j)), t(lambda: z / (1+2j)), t(lambda: (0.5-4j) / z),
                t(lambda: z ** 2), t(lambda: z ** -3), t(lambda: z ** 0), t(lambda: z + 1), str(hash(z)) if z == z else 'nan'])
print(json.dumps(out))`, zs.flat().map(bitsOf));
  const T = PyComplex_Type;
  zs.forEach(([r, i], k) => {
    const z = PyComplex_FromDoubles(r, i);
    const c = (a: number, b: number) => PyComplex_FromDoubles(a, b);
    const got = [reprString(z)!, outcome(T.nb_absolute!(z)), outcome(T.nb_multiply!(z, c(2, -3))),
      outcome(T.nb_true_divide!(z, c(1, 2))), outcome(T.nb_true_divide!(c(0.5, -4), z)),
      outcome(T.nb_power!(z, PyLong_FromNumber(2), Py_None)), outcome(T.nb_power!(z, PyLong_FromNumber(-3), Py_None)),
      outcome(T.nb_power!(z, PyLong_FromNumber(0), Py_None)), outcome(T.nb_add!(z, PyLong_FromNumber(1)))];
    if (r === r && i === i) {
      const lo = PyObject_Hash(z);
      got.push(String(BigInt.asIntN(64, (BigInt(Py_hash.hi >>> 0) << 32n) | BigInt(lo >>> 0))));
    } else got.push("nan");
    assert.deepEqual(got, expected[k], `complex(${r}, ${i})`);
    Py_DECREF(z);
  });
});

test("complex(str) and complex(real, imag)", () => {
  initRuntime();
  const strs = ["1+2j", " (1+2j) ", "1e1_0j", "1__0j", "j", "-j", "+j", "1+j", "1-j", "1+", "", "nan+infj", "(1+2j",
    "( 1+2j )", "1.5e+3-2.5e-3J", "infj", "-inf-infj", "1 + 2j", "١j", "1\x00", "()", "(j)", "1j+1", "--1", "0x1", "1e5"];
  const expected: string[] = py(`
out = []
for s in json.load(sys.stdin):
    try:
        out.append(repr(complex(s)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`, strs);
  strs.forEach((s, k) => {
    const u = PyUnicode_FromString(s);
    assert.equal(outcome(PyObject_Vectorcall(PyComplex_Type, [u], null)), expected[k], JSON.stringify(s));
    Py_DECREF(u);
  });
  const one = PyLong_FromNumber(1);
  assert.equal(outcome(PyObject_Vectorcall(PyComplex_Type, [PyUnicode_FromString("1"), one], null)),
    "TypeError: complex() can't take second arg if first is a string");
  assert.equal(outcome(PyObject_Vectorcall(PyComplex_Type, [one, one, one], null)),
    "TypeError: complex() takes at most 2 arguments (3 given)");
  assert.equal(outcome(PyObject_Vectorcall(PyComplex_Type, [PyComplex_FromDoubles(0, 1), PyComplex_FromDoubles(0, 1)], null)),
    "(-1+1j)");
});
