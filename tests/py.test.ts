// @typhon The differential programs: each tests/py/**/NAME.py runs under bin/typhon and must
// print exactly what CPython printed when tools/record-expected.ts recorded it. Programs
// listed in tests/py/known_failures.txt (with the reason) still run, as `todo` tests: their
// result is shown but does not fail the suite. That list only shrinks.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, PY_DIR, expectedPath, findPrograms, runProgramAsync } from "../tools/pytests.ts";

const TYPHON = path.join(ROOT, "bin", "typhon");
const KNOWN = path.join(PY_DIR, "known_failures.txt");

const known = new Map<string, string>();
if (existsSync(KNOWN)) {
  for (const line of readFileSync(KNOWN, "utf8").split("\n")) {
    const m = /^(\S+)\s*(.*)$/.exec(line.trim());
    if (m && !line.startsWith("#")) known.set(m[1], m[2] || "not yet passing");
  }
}

// Two programs at a time: each is its own process, and the machine has two cores.
describe("differential programs", { concurrency: 2 }, () => {
  for (const program of findPrograms()) {
    const name = path.relative(PY_DIR, program);
    const reason = known.get(name);
    test(name, reason === undefined ? {} : { todo: reason }, async () => {
      const expected = JSON.parse(readFileSync(expectedPath(program), "utf8"));
      const actual = await runProgramAsync(TYPHON, [], program);
      assert.equal(actual.stderr, expected.stderr, "stderr");
      assert.equal(actual.stdout, expected.stdout, "stdout");
      assert.equal(actual.exit, expected.exit, "exit status");
    });
  }
});
