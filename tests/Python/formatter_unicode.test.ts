// @typhon The format-specification mini-language against python3's format(): floats (every
// presentation type, precision, '#', 'z', grouping and padding) on special and random values,
// ints (bases, 'c', grouping with zero padding, the errors), complex numbers and strs,
// including CPython's exact error messages. Also PyOS_double_to_string's exact digits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime } from "../Objects/runtime_helpers.ts";
import { format_float, format_long, format_complex, format_string, _Py_dg_dtoa } from "../../src/Python/formatter_unicode.ts";
import { PyLong_FromBigInt } from "../../src/Objects/longobject.ts";
import { Py_True } from "../../src/Objects/boolobject.ts";
import { Py_DECREF } from "../../src/Include/object.ts";
import { PyErr_Fetch } from "../../src/Python/errors.ts";
import { strString } from "../../src/Objects/object.ts";

const py = (code: string, input: unknown) =>
  JSON.parse(execFileSync("python3", ["-c", `import sys, json, struct\n${code}`], {
    input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 28,
  }));

function bitsOf(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString("hex");
}

function text(r: string | null): string {
  if (r !== null) return r;
  const e = PyErr_Fetch();
  assert.ok(e !== null, "an exception was expected");
  const s = `${e.ob_type.tp_name}: ${strString(e)}`;
  Py_DECREF(e);
  return s;
}

const PY_FORMAT = `
out = []
for v, s in pairs:
    try:
        out.append(format(v, s))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
print(json.dumps(out))`;

const FLOAT_SPECS = ["", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", "f", "e", ".0e", ".3e", ".16e", ".17e", "g", ".0g", ".1g",
  ".2g", ".3g", ".10g", ".17g", ".25g", "#g", "#.3g", "#.0f", "#.0e", "%", ".1%", ".3", ".1", ".17", "#", ",", ",.2f", "_.3f",
  "+", " ", "+.2e", "z.2f", "z", "020.3f", "020,.2f", "<15", "^15.4g", "*>12.1e", "=+12.3f", "E", "G", "F", ".3E", "n",
  ".2n", "012n", ".50f", ".60e", ".100g", ".120f", "0<10", "#.5", ".0%", "#.0", "z.0f", "z.1e", "010", "+010.2f", ",g",
  "_e", "d", "x", "c", "s", ",_", "._2f", ".", "z#010.3g", "\u0661\u0660.2f", "%.2f", "abc", ".3000000000f"];

test("floats", () => {
  initRuntime();
  const vals = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.1, 1 / 3, 1e16, 1e15, 1e23, 1e22, 5e-324, 1.7976931348623157e308,
    Infinity, -Infinity, NaN, 2.675, 0.125, 0.375, 9.5, 0.05, 999999.5, 9999999.5, 123456789.0, 0.000123456, 1e-5, 12345.6789];
  let seed = 77;
  const b = Buffer.alloc(8);
  for (let i = 0; i < 60; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    b.writeUInt32BE((seed ^ Math.imul(i, 2654435761)) >>> 0, 0);
    b.writeUInt32BE((seed * 31 + i) >>> 0, 4);
    vals.push(b.readDoubleBE(0));
    vals.push(Number(((seed % 100000000) / 10 ** (i % 12)).toFixed(i % 9)));
  }
  const pairs: [number, string][] = [];
  for (const v of vals) for (const s of FLOAT_SPECS) pairs.push([v, s]);
  const expected: string[] = py(`vals = [struct.unpack('>d', bytes.fromhex(h))[0] for h in json.load(sys.stdin)]
pairs = [(v, s) for v in vals for s in ${JSON.stringify(FLOAT_SPECS)}]
${PY_FORMAT}`, vals.map(bitsOf));
  pairs.forEach(([v, s], k) => assert.equal(text(format_float(v, s)), expected[k], `format(${bitsOf(v)}, ${JSON.stringify(s)})`));
});

test("ints", () => {
  initRuntime();
  const vals = [0n, 1n, -1n, 7n, 65n, 255n, -255n, 1234567n, -1234567n, 0x1f600n, 0x110000n, 2n ** 53n + 1n, -(2n ** 64n),
    10n ** 30n, -(3n ** 100n)];
  const specs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", "n", ",", "_", "_x", "_b", "#_x", "#020_x",
    "#020_X", "010,", "012,", "+", " ", "-", "+05", " 05", "x<+#010_x", "=^10", "0=10", "0<10", "^", "<<", "e", ".2f",
    ".3g", "%", ",.2f", "E", "z", "zd", ".2", "+c", "#c", ",b", ",x", ",_", "_,", ".", "q", "\u0001", "é", "^5c", "010c",
    "=10c", ",n", "_n", "99999999999999999999", "\u0661\u0660", "abc"];
  const pairs: [bigint, string][] = [];
  for (const v of vals) for (const s of specs) pairs.push([v, s]);
  const expected: string[] = py(`pairs = [(int(v), s) for v, s in json.load(sys.stdin)]
${PY_FORMAT}`, pairs.map(([v, s]) => [String(v), s]));
  pairs.forEach(([v, s], k) => {
    const o = PyLong_FromBigInt(v);
    assert.equal(text(format_long(o, s)), expected[k], `format(${v}, ${JSON.stringify(s)})`);
    Py_DECREF(o);
  });
  assert.equal(format_long(Py_True, ""), "True");
  assert.equal(format_long(Py_True, "^5"), "  1  ");
});

test("complex numbers and strs", () => {
  initRuntime();
  const parts = [0, -0, 1, -2.5, 1e16, 1e-5, Infinity, NaN];
  const cspecs = ["", "10", ".3f", "^30.2e", "g", "+.4", "<25", "z.1f", "#", "_.2f", ",g", "n", "E", ".0", "010", "=10", "%",
    "z", "zg", ",", "d"];
  const cpairs: [number, number, string][] = [];
  for (const r of parts) for (const i of parts) for (const s of cspecs) cpairs.push([r, i, s]);
  const cexp: string[] = py(`
vals = [struct.unpack('>d', bytes.fromhex(h))[0] for h in json.load(sys.stdin)]
parts = vals
pairs = [(complex(r, i), s) for r in parts for i in parts for s in ${JSON.stringify(cspecs)}]
${PY_FORMAT}`, parts.map(bitsOf));
  cpairs.forEach(([r, i, s], k) => assert.equal(text(format_complex(r, i, s)), cexp[k], `format(complex(${r}, ${i}), '${s}')`));

  const strs = ["", "a", "abc", "héllo", "😀x", "tab\t"];
  const sspecs = ["", "s", "5", "<5", ">5", "^6", "*^7", "x^7.2", "\u{1f600}^7", ".0", ".1", "10.2", "+", " ", "z", "#", "=",
    "=10", "d", ",", "_s", "05", "ab"];
  const spairs: [string, string][] = [];
  for (const v of strs) for (const s of sspecs) spairs.push([v, s]);
  const sexp: string[] = py(`pairs = [tuple(p) for p in json.load(sys.stdin)]
${PY_FORMAT}`, spairs);
  spairs.forEach(([v, s], k) => assert.equal(text(format_string(v, s)), sexp[k], `format(${JSON.stringify(v)}, ${JSON.stringify(s)})`));
});

test("_Py_dg_dtoa: exact digits in modes 2 and 3", () => {
  initRuntime();
  const vals = [0.1, 2.675, 1e23, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 1e-7, 123.456];
  const cases: [number, number, number][] = [];
  for (const v of vals) for (const [m, n] of [[2, 1], [2, 17], [2, 30], [2, 120], [3, 0], [3, 2], [3, 20], [3, -2], [3, 330]]) {
    cases.push([v, m, n]);
  }
  // repr of Decimal(x) rounded half-even is the exact answer.
  const expected: [string, number][] = py(`
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
getcontext().prec = 2000
out = []
for h, mode, nd in json.load(sys.stdin):
    x = abs(struct.unpack('>d', bytes.fromhex(h))[0])
    d = Decimal(x)
    if mode == 2:
        q = d.quantize(Decimal(1).scaleb(d.adjusted() - nd + 1), rounding=ROUND_HALF_EVEN)
    else:
        q = d.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_EVEN)
    if q == 0:
        out.append(['', -nd])
        continue
    t = q.as_tuple()
    digits = ''.join(map(str, t.digits)).rstrip('0')
    out.append([digits, len(t.digits) + t.exponent])
print(json.dumps(out))`, cases.map(([v, m, n]) => [bitsOf(v), m, n]));
  cases.forEach(([v, m, n], k) => {
    const r = _Py_dg_dtoa(v, m, n);
    assert.deepEqual([r.digits, r.decpt], expected[k], `dtoa(${v}, ${m}, ${n})`);
  });
});
