// @typhon `npm test`: checks the generated files are current, then runs every unit test
// (tests/**/*.test.ts) and the differential programs under node's test runner.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./pytests.ts";

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
  return r.status ?? 1;
}

const testFiles: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d).sort()) {
    const full = path.join(d, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith(".test.ts")) testFiles.push(path.relative(ROOT, full));
  }
};
walk(path.join(ROOT, "tests"));
const only = process.argv.slice(2);
const selected = only.length ? testFiles.filter((f) => only.some((o) => f.includes(o))) : testFiles;

if (!only.length) {
  if (run(process.execPath, ["--import", "tsx", "tools/regen.ts", "--check"]) !== 0) process.exit(1);
  if (run(process.execPath, ["--import", "tsx", "tools/check-mirrors.ts", "--check"]) !== 0) process.exit(1);
}
// The spec reporter is for people; the TAP copy gives the totals for the plain closing line.
const tap = path.join(mkdtempSync(path.join(tmpdir(), "typhon-test-")), "results.tap");
const status = run(process.execPath, [
  "--import", "tsx", "--test",
  "--test-reporter=spec", "--test-reporter-destination=stdout",
  "--test-reporter=tap", `--test-reporter-destination=${tap}`,
  ...selected,
]);
const totals = readFileSync(tap, "utf8");
const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, "m").exec(totals)?.[1] ?? 0);
const todo = count("todo");
console.log(`${count("pass")} passed, ${count("fail")} failed${todo ? ` (${todo} known failures listed in tests/py/known_failures.txt)` : ""}`);
process.exit(status);
