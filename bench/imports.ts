// @typhon Cold and warm import times: `import asyncio, typing, dataclasses, json, re` under
// bin/typhon and python3, best of REPEAT runs each, measured in one run.
//
//   npx tsx bench/imports.ts
//
// warm: the standard library's compiled modules are in its __pycache__ (as installed).
// cold: nothing compiled is found, every module is compiled from source and nothing is
//       written (-B). typhon runs on a copy of its Lib without __pycache__ (--stdlib);
//       python3 looks for its .pyc files under an empty PYTHONPYCACHEPREFIX. Frozen
//       start-up modules stay frozen on both sides.
// Also: the start-up alone (`-c pass`).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const typhon = path.join(ROOT, "bin", "typhon");
const IMPORTS = "import asyncio, typing, dataclasses, json, re";

function best(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  let bestSeconds = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", ...env }, encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
    bestSeconds = Math.min(bestSeconds, seconds);
  }
  return bestSeconds;
}

const scratch = mkdtempSync(path.join(tmpdir(), "typhon-imports-"));
const coldLib = path.join(scratch, "lib", "python3.11");
cpSync(path.join(ROOT, "lib", "python3.11"), coldLib, { recursive: true, filter: (src) => !src.endsWith("__pycache__") });
const emptyPrefix = path.join(scratch, "pycache");

const rows: [string, number, number][] = [
  ["start-up (-c pass)", best(typhon, ["-c", "pass"]), best(python, ["-c", "pass"])],
  ["imports, warm", best(typhon, ["-c", IMPORTS]), best(python, ["-c", IMPORTS])],
  ["imports, cold", best(typhon, ["-B", "--stdlib", coldLib, "-c", IMPORTS]), best(python, ["-B", "-c", IMPORTS], { PYTHONPYCACHEPREFIX: emptyPrefix })],
];
rmSync(scratch, { recursive: true, force: true });
console.log(`${"".padEnd(22)} ${"typhon s".padStart(9)} ${"CPython s".padStart(9)} ${"ratio".padStart(8)}`);
for (const [name, ours, theirs] of rows) {
  console.log(`${name.padEnd(22)} ${ours.toFixed(3).padStart(9)} ${theirs.toFixed(3).padStart(9)} ${(ours / theirs).toFixed(2).padStart(7)}x`);
}
console.log(`(${IMPORTS}; best of ${REPEAT})`);
