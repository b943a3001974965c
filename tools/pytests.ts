// @typhon Shared by tools/record-expected.ts and tests/py.test.ts: where the differential
// programs live and exactly how one is run, so that CPython and typhon see the same thing.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PY_DIR = path.join(ROOT, "tests", "py");
/** Programs whose disassembly (`python3 -m dis NAME.py`) is the expected output. */
export const DIS_DIR = path.join(ROOT, "tests", "dis");

/** Code object addresses differ from run to run: `at 0x7f...` becomes `at 0xADDR`. */
export const normalizeAddresses = (s: string): string => s.replace(/at 0x[0-9a-f]+/g, "at 0xADDR");

export interface Outcome {
  exit: number;
  stdout: string;
  stderr: string;
}

/**
 * Every tests/py/** /*.py program, sorted. Folders whose name starts with "_" hold modules
 * and packages the programs import (tests/py/import/_support), not programs.
 */
export function findPrograms(dir = PY_DIR): string[] {
  const found: string[] = [];
  if (!existsSync(dir)) return found;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith("_")) walk(full);
      } else if (name.endsWith(".py")) found.push(full);
    }
  };
  walk(dir);
  return found;
}

export function expectedPath(program: string): string {
  return program.replace(/\.py$/, ".expected.json");
}

/**
 * Runs `command [...prefix] NAME.py` in the program's own folder (so tracebacks name the
 * file as `NAME.py`), with PYTHONHASHSEED=0 and no standard input.
 */
/** Run `program` (or `target` instead of it, e.g. its .pyc) from the program's directory. */
export function runProgram(command: string, prefix: readonly string[], program: string, target?: string): Outcome {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
  delete env.PYTHONPATH;
  const r = spawnSync(command, [...prefix, target ?? path.basename(program)], {
    cwd: path.dirname(program),
    env,
    input: "",
    encoding: "utf8",
    timeout: 60_000,
  });
  // CPython names the main script by its absolute path (since 3.9): make the outcome
  // independent of where the checkout lives.
  const dir = path.dirname(program) + "/";
  const local = (s: string) => s.split(dir).join("$DIR/");
  return { exit: r.status ?? -1, stdout: local(r.stdout ?? ""), stderr: local(r.stderr ?? "") };
}

/** runProgram without blocking, so several programs can run at once. */
export function runProgramAsync(command: string, prefix: readonly string[], program: string, target?: string): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
  delete env.PYTHONPATH;
  return new Promise((resolve) => {
    const child = spawn(command, [...prefix, target ?? path.basename(program)], { cwd: path.dirname(program), env });
    let stdout = "", stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", (code: number | null) => {
      clearTimeout(timer);
      const dir = path.dirname(program) + "/";
      const local = (t: string) => t.split(dir).join("$DIR/");
      resolve({ exit: code ?? -1, stdout: local(stdout), stderr: local(stderr) });
    });
    child.stdin.end();
  });
}
