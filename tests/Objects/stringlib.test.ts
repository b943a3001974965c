// @typhon The stringlib algorithms (fastsearch.ts, split.ts) against python3: find/rfind/count
// with windows, split/rsplit with and without a separator and maxsplit, splitlines, for str
// (including strings with characters beyond the BMP) and for bytes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { find_str, rfind_str, count_str, find_bytes, rfind_bytes, count_bytes } from "../../src/Objects/stringlib/fastsearch.ts";
import {
  split_whitespace_str, rsplit_whitespace_str, split_str, rsplit_str, splitlines_str, split_whitespace_bytes,
  rsplit_whitespace_bytes, split_bytes, rsplit_bytes, splitlines_bytes,
} from "../../src/Objects/stringlib/split.ts";

const py = (script: string, input: unknown): unknown =>
  JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify(input), encoding: "utf8", maxBuffer: 1 << 26 }));

const HAYSTACKS = ["", "a", "abcabc", "aaaa", " a  b\tc\n", "a\u00a0b\u3000c\u2028d", "x\ud83d\ude00y\ud83d\ude00", "\ud800a\udc00", "ab\r\ncd\ref\x0bg\x1c"];
const NEEDLES = ["a", "bc", "aa", "\ud83d\ude00", "\ude00", "\ud83d", "xyz", "\r\n"];

/** UTF-16 index -> code-point index in s. */
function cpIndex(s: string, i: number): number {
  return i < 0 ? i : [...s.slice(0, i)].length;
}
/** code-point index -> UTF-16 index. */
function u16Index(s: string, i: number): number {
  return [...s].slice(0, i).join("").length;
}

test("str find, rfind and count equal python3's", () => {
  const cases: [string, string, number, number][] = [];
  for (const h of HAYSTACKS) {
    const n = [...h].length;
    for (const sub of NEEDLES) for (const [a, b] of [[0, n], [1, n], [0, n - 1], [2, 4]]) if (a <= n && b >= 0) cases.push([h, sub, a, b]);
  }
  const expected = py("import sys, json\nc = json.load(sys.stdin)\nprint(json.dumps([[h.find(s, a, b), h.rfind(s, a, b), h.count(s, a, b)] for h, s, a, b in c]))", cases) as number[][];
  cases.forEach(([h, sub, a, b], k) => {
    const from = u16Index(h, a), to = u16Index(h, Math.min(b, [...h].length));
    const got = [cpIndex(h, find_str(h, sub, from, to)), cpIndex(h, rfind_str(h, sub, from, to)), count_str(h, sub, from, to, Infinity)];
    // JSON turns lone surrogates into replacement-free escapes both ways, so compare directly.
    assert.deepEqual(got, expected[k], JSON.stringify([h, sub, a, b]));
  });
});

test("str split, rsplit and splitlines equal python3's", () => {
  const cases: [string, string | null, number][] = [];
  for (const h of [...HAYSTACKS, "  lead and trail  ", "a,b,,c,", ",,"]) {
    for (const sep of [null, ",", "a", "\ud83d\ude00", "b,"]) for (const m of [-1, 0, 1, 2]) cases.push([h, sep, m]);
  }
  const expected = py(
    "import sys, json\nc = json.load(sys.stdin)\n" +
    "print(json.dumps([[h.split(s, m), h.rsplit(s, m), h.splitlines(), h.splitlines(True)] for h, s, m in c]))", cases) as string[][][];
  const pieces = (s: string, b: number[]) => {
    const out: string[] = [];
    for (let k = 0; k < b.length; k += 2) out.push(s.slice(b[k], b[k + 1]));
    return out;
  };
  cases.forEach(([h, sep, m], k) => {
    const max = m < 0 ? Infinity : m;
    const got = [
      pieces(h, sep === null ? split_whitespace_str(h, max) : split_str(h, sep, max)),
      pieces(h, sep === null ? rsplit_whitespace_str(h, max) : rsplit_str(h, sep, max)),
      pieces(h, splitlines_str(h, false)),
      pieces(h, splitlines_str(h, true)),
    ];
    assert.deepEqual(got, expected[k], JSON.stringify([h, sep, m]));
  });
});

test("bytes find, count, split and splitlines equal python3's", () => {
  const enc = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
  const hay = ["", "abcabc", " a  b\tc\x0b\x1c", "ab\r\ncd\ref\n", "aaa", "a,b,,c,"];
  const cases: [string, string, number][] = [];
  for (const h of hay) for (const s of ["a", "bc", "aa", ",", "\r\n"]) for (const m of [-1, 1]) cases.push([h, s, m]);
  const expected = py(
    "import sys, json\nc = json.load(sys.stdin)\nb = lambda s: s.encode('latin-1')\nd = lambda l: [x.decode('latin-1') for x in l]\n" +
    "print(json.dumps([[b(h).find(b(s)), b(h).rfind(b(s)), b(h).count(b(s)), d(b(h).split(b(s), m)), d(b(h).rsplit(b(s), m)), " +
    "d(b(h).split(None, m)), d(b(h).rsplit(None, m)), d(b(h).splitlines()), d(b(h).splitlines(True))] for h, s, m in c]))", cases) as unknown[][];
  const dec = (b: Uint8Array, bounds: number[]) => {
    const out: string[] = [];
    for (let k = 0; k < bounds.length; k += 2) out.push(String.fromCharCode(...b.subarray(bounds[k], bounds[k + 1])));
    return out;
  };
  cases.forEach(([h, s, m], k) => {
    const b = enc(h), sub = enc(s), max = m < 0 ? Infinity : m;
    const got = [
      find_bytes(b, sub, 0, b.length), rfind_bytes(b, sub, 0, b.length), count_bytes(b, sub, 0, b.length, Infinity),
      dec(b, split_bytes(b, sub, max)), dec(b, rsplit_bytes(b, sub, max)), dec(b, split_whitespace_bytes(b, max)),
      dec(b, rsplit_whitespace_bytes(b, max)), dec(b, splitlines_bytes(b, false)), dec(b, splitlines_bytes(b, true)),
    ];
    assert.deepEqual(got, expected[k], JSON.stringify([h, s, m]));
  });
});
