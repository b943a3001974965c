// @typhon float_repr, bytes_repr and complex_repr against python3's repr().
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { float_repr } from "../../src/Objects/floatobject.ts";
import { bytes_repr } from "../../src/Objects/bytesobject.ts";
import { complex_repr } from "../../src/Objects/complexobject.ts";

const py = (code: string, input: unknown) =>
  JSON.parse(execFileSync("python3", ["-c", `import sys, json, struct\n${code}`], { input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 26 }));

/** Doubles as their IEEE bit patterns (hex), so python3 sees exactly the same value. */
function bitsOf(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString("hex");
}
const FROM_BITS = "vals = [struct.unpack('>d', bytes.fromhex(h))[0] for h in json.load(sys.stdin)]\n";

test("float_repr", () => {
  const values = [0, -0, 1, -1, 0.1, 1 / 3, 1e16, 1e15, 123456789012345680, 1e-4, 1e-5, 1.5e-5, 5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, Infinity, -Infinity, NaN, 100, 1e22, 1e21, 0.5, 2 ** 53, 2 ** 53 + 2, 9007199254740993, 1234.5678];
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const b = Buffer.alloc(8);
    b.writeUInt32BE((seed ^ Math.imul(i, 2654435761)) >>> 0, 0);
    b.writeUInt32BE((seed * 31 + i) >>> 0, 4);
    values.push(b.readDoubleBE(0));
    values.push(Number((seed / 1000).toFixed(i % 7)) * 10 ** ((i % 40) - 20));
  }
  const expected: string[] = py(`${FROM_BITS}print(json.dumps([repr(v) for v in vals]))`, values.map(bitsOf));
  values.forEach((v, i) => assert.equal(float_repr(v), expected[i], `bits ${bitsOf(v)}`));
});

test("complex_repr", () => {
  const parts = [0, -0, 1, -1, 2.5, 1e20, 1e-7, Infinity, -Infinity, NaN];
  const pairs = parts.flatMap((r) => parts.map((i) => [r, i]));
  const expected: string[] = py(
    `${FROM_BITS}print(json.dumps([repr(complex(vals[2*k], vals[2*k+1])) for k in range(len(vals)//2)]))`,
    pairs.flat().map(bitsOf),
  );
  pairs.forEach(([r, i], k) => assert.equal(complex_repr(r, i), expected[k]));
});

test("bytes_repr", () => {
  const samples = [[...Array(256).keys()], [0x27], [0x22], [0x27, 0x22], [], [0x5c, 0x0a, 0x41]];
  const expected: string[] = py("print(json.dumps([repr(bytes(s)) for s in json.load(sys.stdin)]))", samples);
  samples.forEach((s, i) => assert.equal(bytes_repr(Uint8Array.from(s)), expected[i]));
});
