// @typhon DESIGN D2: a program run one instruction at a time through the step API (and in
// larger and odd-sized steps) prints exactly what it prints when run straight through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, PY_DIR, expectedPath } from "../../tools/pytests.ts";

const DRIVER = path.join(ROOT, "tests", "Inspect", "step_driver.ts");
const PROGRAMS = [
  "lang/generators_yield_from.py", "lang/closures_nonlocal.py", "lang/class_inheritance_super.py",
  "lang/try_finally_control_flow.py", "lang/comprehensions_list_dict_set.py",
];

for (const rel of PROGRAMS) {
  for (const budget of [1, 7, 1000]) {
    test(`step ${rel} by ${budget}`, () => {
      const program = path.join(PY_DIR, rel);
      const expected = JSON.parse(readFileSync(expectedPath(program), "utf8"));
      const r = spawnSync(process.execPath, ["--stack-size=4000", "--import", "tsx", DRIVER, path.basename(program), String(budget)], {
        cwd: path.dirname(program), encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" }, timeout: 120_000,
      });
      assert.equal(r.stdout, expected.stdout);
      const m = /\[pauses=(\d+) deepest=(\d+)\]/.exec(r.stderr);
      assert.ok(m, r.stderr);
      // Small budgets really paused (these programs run well over 7 outer instructions).
      if (budget < 10) {
        assert.ok(Number(m[1]) > 0);
        assert.ok(Number(m[2]) >= 1);
      }
      assert.equal(r.status, expected.exit);
    });
  }
}
