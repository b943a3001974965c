// @typhon Runs some differential programs (paths or folders under tests/py) and shows where
// each differs from its recorded CPython outcome. TYPHON_CLI picks another build of typhon
// (a bundle path such as /tmp/me/typhon.cjs, run with node).
import path from "node:path";
import { existsSync, readFileSync, statSync } from "node:fs";
import { ROOT, expectedPath, findPrograms, runProgram } from "./pytests.ts";

const cli = process.env.TYPHON_CLI;
const [command, prefix] = cli === undefined
  ? [path.join(ROOT, "bin", "typhon"), [] as string[]]
  : cli.endsWith(".cjs") ? [process.execPath, ["--stack-size=4000", path.resolve(cli)]] : [cli, [] as string[]];

const programs: string[] = [];
for (const arg of process.argv.slice(2)) {
  const full = path.resolve(arg);
  if (statSync(full).isDirectory()) programs.push(...findPrograms(full));
  else programs.push(full);
}
let failed = 0;
for (const program of programs) {
  const exp = expectedPath(program);
  if (!existsSync(exp)) {
    console.log(`MISSING ${path.relative(ROOT, exp)} (record it with tools/record-expected.ts)`);
    failed++;
    continue;
  }
  const expected = JSON.parse(readFileSync(exp, "utf8"));
  const actual = runProgram(command, prefix, program);
  const diffs: string[] = [];
  for (const key of ["stdout", "stderr", "exit"] as const) {
    if (actual[key] === expected[key]) continue;
    const a = String(actual[key]).split("\n"), e = String(expected[key]).split("\n");
    let i = 0;
    while (i < a.length && i < e.length && a[i] === e[i]) i++;
    diffs.push(`  ${key} differs at line ${i + 1}:\n    expected: ${JSON.stringify(e[i] ?? "<end>")}\n    actual:   ${JSON.stringify(a[i] ?? "<end>")}`);
  }
  if (diffs.length) {
    failed++;
    console.log(`FAIL ${path.relative(ROOT, program)}\n${diffs.join("\n")}`);
  }
}
console.log(`${programs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
