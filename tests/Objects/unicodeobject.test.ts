// @typhon unicode_repr against python3's repr() over every code point class that matters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { unicode_repr } from "../../src/Objects/unicodeobject.ts";

test("repr of single code points 0..0x3000 and samples above equals python3", () => {
  const points: number[] = [];
  for (let cp = 0; cp < 0x3000; cp++) points.push(cp);
  for (let cp = 0x3000; cp < 0x110000; cp += 97) points.push(cp);
  const py = execFileSync("python3", ["-c",
    "import sys, json; print(json.dumps([repr(chr(c)) for c in json.load(sys.stdin)]))"],
    { input: JSON.stringify(points), encoding: "utf8", maxBuffer: 1 << 26 });
  const expected: string[] = JSON.parse(py);
  points.forEach((cp, i) => assert.equal(unicode_repr(String.fromCodePoint(cp)), expected[i], `U+${cp.toString(16)}`));
});

test("quote choice and mixed strings", () => {
  const samples = ["", "a'b", 'a"b', "a'b\"c", "\\", "tab\t", "caf\u00e9 \u200b \u{1f600}", "\ud800x"];
  const py = execFileSync("python3", ["-c", "import sys, json; print(json.dumps([repr(s) for s in json.load(sys.stdin)]))"],
    { input: JSON.stringify(samples), encoding: "utf8" });
  assert.deepEqual(samples.map(unicode_repr), JSON.parse(py));
});
