// @typhon The disassembly programs: for each tests/dis/NAME.py, `typhon --dis NAME.py` must
// print what `python3 -m dis NAME.py` printed when tools/record-expected.ts recorded it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DIS_DIR, ROOT, expectedPath, findPrograms, normalizeAddresses, runProgram } from "../tools/pytests.ts";

const TYPHON = path.join(ROOT, "bin", "typhon");

for (const program of findPrograms(DIS_DIR)) {
  test(`dis/${path.relative(DIS_DIR, program)}`, () => {
    const expected = JSON.parse(readFileSync(expectedPath(program), "utf8"));
    const actual = runProgram(TYPHON, ["--dis"], program);
    assert.equal(actual.stderr, expected.stderr, "stderr");
    assert.equal(normalizeAddresses(actual.stdout), expected.stdout, "stdout");
    assert.equal(actual.exit, expected.exit, "exit status");
  });
}
