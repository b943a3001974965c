// @typhon Records what CPython 3.11 prints for each differential program under tests/py:
// stdout, stderr and exit status go to NAME.expected.json beside NAME.py (for tests/dis,
// what `python3 -m dis NAME.py` prints). Expected files
// are only ever written by this script.
//
//   npx tsx tools/record-expected.ts                 # every program without a recording
//   npx tsx tools/record-expected.ts --all           # re-record everything
//   npx tsx tools/record-expected.ts tests/py/x.py   # just these
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { DIS_DIR, expectedPath, findPrograms, normalizeAddresses, runProgram } from "./pytests.ts";

const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const version = execFileSync(python, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
if (!version.startsWith("3.11.")) throw new Error(`python3 is ${version}, not CPython 3.11`);

const args = process.argv.slice(2);
const all = args.includes("--all");
const named = args.filter((a) => !a.startsWith("--")).map((a) => path.resolve(a));
const programs = named.length ? named : [...findPrograms(), ...findPrograms(DIS_DIR)].filter((p) => all || !existsSync(expectedPath(p)));

for (const program of programs) {
  // Under tests/dis the output is the program's disassembly, not what it prints.
  const isDis = program.startsWith(DIS_DIR + path.sep);
  const outcome = runProgram(python, isDis ? ["-m", "dis"] : [], program);
  if (isDis) outcome.stdout = normalizeAddresses(outcome.stdout);
  const record = { recorded_with: `CPython ${version}`, ...outcome };
  writeFileSync(expectedPath(program), JSON.stringify(record, null, 1) + "\n");
}
console.log(`recorded ${programs.length} program(s) with CPython ${version}`);
