// @typhon The differential programs: each tests/py/**/NAME.py runs under bin/typhon and must
// print exactly what CPython printed when tools/record-expected.ts recorded it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, PY_DIR, expectedPath, findPrograms, runProgram } from "../tools/pytests.ts";

const TYPHON = path.join(ROOT, "bin", "typhon");

for (const program of findPrograms()) {
  test(path.relative(PY_DIR, program), () => {
    const expected = JSON.parse(readFileSync(expectedPath(program), "utf8"));
    const actual = runProgram(TYPHON, [], program);
    assert.equal(actual.stderr, expected.stderr, "stderr");
    assert.equal(actual.stdout, expected.stdout, "stdout");
    assert.equal(actual.exit, expected.exit, "exit status");
  });
}
