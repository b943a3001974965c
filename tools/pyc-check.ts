// @typhon The strongest check of the compiler: CPython runs typhon's bytecode. For each
// test module (default: the single-file modules of the cpython-tests default list), typhon
// compiles Lib/test/NAME.py to a sourceless NAME.pyc in an overlay of Lib/test (every other
// entry a symlink), then unittest runs `test.NAME` there, loaded as `python3 -m unittest
// test.NAME` loads it. Two references: the same run on CPython's own Lib/test (the
// source), and a control run of the overlay
// holding the .pyc CPython itself compiles from the same source. A module passes when every
// test gets the same outcome (ok, FAIL, ERROR, skipped, expected failure) as under the
// reference. Tests that read their own module file (`__file__` is the .pyc in the overlay)
// differ from the source run for CPython's .pyc too; the control comparison shows which
// differences belong to typhon.
//
//   npx tsx tools/pyc-check.ts [--jobs N] [--timeout SEC] [MODULES...]
//
// Reference and control runs are cached in ~/.cache/typhon-pyc-check (keyed by module and
// source). The last line is `N passed, M failed`: modules whose run of typhon's .pyc gives
// the same outcomes as running the source.
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { PyFrontEndError } from "../src/Include/pyerrors.ts";
import { writePyc } from "../src/Python/marshal.ts";
import { _Py_HashRandomization_Init } from "../src/Python/pyhash.ts";
import { Py_CompileBytes } from "../src/Python/pythonrun.ts";
import { ROOT } from "./pytests.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const jobs = option("--jobs", 2);
const timeoutSec = option("--timeout", 300);

const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const stdlib = execFileSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
const LIB_TEST = path.join(stdlib, "test");
const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), ".cache"), "typhon-pyc-check");

function defaultModules(): string[] {
  const list = execFileSync(path.join(ROOT, "..", "shared", "tools", "cpython-tests"), ["--list"], { encoding: "utf8" });
  return list.split("\n").map((s) => s.trim()).filter((m) => m && existsSync(path.join(LIB_TEST, `${m}.py`)));
}

type Outcomes = Map<string, string>;

/**
 * Runs `test.NAME` with unittest (as `python3 -m unittest test.NAME` loads it) and writes
 * each test id's outcome as JSON: structured, so that what tests print cannot garble it.
 */
const RUNNER = `
import json, sys, unittest
out, name = sys.argv[1], sys.argv[2]
outcomes = {}
class Result(unittest.TextTestResult):
    def _put(self, test, what):
        tid = test.id()
        if tid in outcomes and outcomes[tid] != what:
            what = outcomes[tid] if outcomes[tid] in ("FAIL", "ERROR") else what
        outcomes[tid] = what
    def addSuccess(self, test):
        super().addSuccess(test); self._put(test, "ok")
    def addFailure(self, test, err):
        super().addFailure(test, err); self._put(test, "FAIL")
    def addError(self, test, err):
        super().addError(test, err); self._put(test, "ERROR")
    def addSkip(self, test, reason):
        super().addSkip(test, reason); self._put(test, "skipped")
    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err); self._put(test, "expected failure")
    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test); self._put(test, "unexpected success")
    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._put(test, "FAIL" if issubclass(err[0], test.failureException) else "ERROR")
try:
    suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
    unittest.TextTestRunner(resultclass=Result, verbosity=0).run(suite)
finally:
    with open(out, "w") as f:
        json.dump(outcomes, f)
`;

function run(cwd: string, env: NodeJS.ProcessEnv, module: string): Promise<Outcomes> {
  const outFile = path.join(env.TMPDIR ?? tmpdir(), `outcomes-${module}.json`);
  return new Promise((resolve) => {
    const child = spawn(python, ["-c", RUNNER, outFile, module], { cwd, env, stdio: ["ignore", "ignore", "ignore"] });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutSec * 1000);
    child.on("close", () => {
      clearTimeout(timer);
      let outcomes: Outcomes = new Map();
      try {
        outcomes = new Map(Object.entries(JSON.parse(readFileSync(outFile, "utf8"))));
      } catch {
        // No results: the run crashed or timed out.
      }
      resolve(outcomes);
    });
  });
}

function baseEnv(tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1", TMPDIR: tmp };
  delete env.PYTHONPATH;
  return env;
}

async function cached(kind: string, module: string, source: Buffer, compute: () => Promise<Outcomes>): Promise<Outcomes> {
  const key = createHash("sha256").update(python).update(RUNNER).update(kind).update(module).update(source).digest("hex").slice(0, 24);
  const file = path.join(CACHE, `${module}-${kind}-${key}.json`);
  if (existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8"))));
  const outcomes = await compute();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries(outcomes)));
  return outcomes;
}

/** The source run: CPython's own Lib/test. */
function reference(module: string, source: Buffer): Promise<Outcomes> {
  return cached("source", module, source, async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "pyc-ref-"));
    const outcomes = await run(tmp, baseEnv(tmp), module);
    rmSync(tmp, { recursive: true, force: true });
    return outcomes;
  });
}

/** The control run: the overlay with the sourceless .pyc CPython compiles itself. */
function control(module: string, source: Buffer): Promise<Outcomes> {
  return cached("cpython-pyc", module, source, async () => {
    const filename = path.join(LIB_TEST, `${module}.py`);
    const pyc = execFileSync(python, ["-c",
      "import sys, importlib._bootstrap_external as be\n" +
      "src = open(sys.argv[1], 'rb').read()\n" +
      "sys.stdout.buffer.write(be._code_to_timestamp_pyc(compile(src, sys.argv[1], 'exec', dont_inherit=True), int(sys.argv[2]), len(src)))",
      filename, String(Math.floor(statSync(filename).mtimeMs / 1000))], { maxBuffer: 1 << 28, env: { ...process.env, PYTHONHASHSEED: "0" } });
    return runOverlay(module, pyc);
  });
}

/** Lib/test with NAME.py replaced by typhon's sourceless NAME.pyc. */
function overlay(module: string, pyc: Uint8Array): string {
  const root = mkdtempSync(path.join(tmpdir(), "pyc-cand-"));
  const dir = path.join(root, "test");
  mkdirSync(dir);
  for (const name of readdirSync(LIB_TEST)) {
    if (name === `${module}.py`) continue;
    symlinkSync(path.join(LIB_TEST, name), path.join(dir, name));
  }
  writeFileSync(path.join(dir, `${module}.pyc`), pyc);
  return root;
}

async function runOverlay(module: string, pyc: Uint8Array): Promise<Outcomes> {
  const root = overlay(module, pyc);
  const tmp = mkdtempSync(path.join(tmpdir(), "pyc-tmp-"));
  const env = { ...baseEnv(tmp), PYTHONPATH: root };
  const outcomes = await run(root, env, module);
  rmSync(root, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
  return outcomes;
}

async function candidate(module: string, source: Buffer): Promise<Outcomes | string> {
  const filename = path.join(LIB_TEST, `${module}.py`);
  const code = Py_CompileBytes(source, filename, "exec");
  if (code instanceof PyFrontEndError) return `typhon could not compile it: ${code.type}: ${code.msg}`;
  const mtime = Math.floor(statSync(filename).mtimeMs / 1000);
  return runOverlay(module, writePyc(code, mtime, source.length));
}

function compare(ref: Outcomes, cand: Outcomes): string[] {
  const diffs: string[] = [];
  for (const [id, want] of ref) {
    const got = cand.get(id) ?? "missing";
    if (got !== want) diffs.push(`${id}: ${want} under CPython, ${got} from typhon's .pyc`);
  }
  for (const id of cand.keys()) if (!ref.has(id)) diffs.push(`${id}: only in typhon's run`);
  return diffs;
}

async function main(): Promise<void> {
  _Py_HashRandomization_Init(0);
  const modules = args.length ? args : defaultModules();
  let passed = 0, failed = 0, sameAsControl = 0;
  const results = new Map<string, string>();
  let next = 0;
  const verdict = (ref: Outcomes, cand: Outcomes): string | null => {
    if (!ref.size) return "no test results from the reference run";
    const diffs = compare(ref, cand);
    return diffs.length ? `${diffs.length} of ${ref.size} tests differ; first: ${diffs[0]}` : null;
  };
  const worker = async (): Promise<void> => {
    while (next < modules.length) {
      const module = modules[next++];
      const source = readFileSync(path.join(LIB_TEST, `${module}.py`));
      const ref = await reference(module, source);
      const ctl = await control(module, source);
      const cand = await candidate(module, source);
      if (typeof cand === "string") {
        results.set(module, `FAIL ${module}: ${cand}`);
        failed++;
        continue;
      }
      const vsSource = verdict(ref, cand);
      const vsControl = verdict(ctl, cand);
      if (vsControl === null) sameAsControl++;
      const note = vsControl === null ? "same as CPython's .pyc" : `differs from CPython's .pyc: ${vsControl}`;
      if (vsSource === null) {
        results.set(module, `ok   ${module}: ${ref.size} tests, same outcomes as the source; ${note}`);
        passed++;
      } else {
        results.set(module, `FAIL ${module}: vs the source, ${vsSource}; ${note}`);
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  for (const m of modules) console.log(results.get(m));
  console.log(`typhon's .pyc gives the same outcomes as CPython's own .pyc in ${sameAsControl} of ${modules.length} modules`);
  console.log(`${passed} passed, ${failed} failed`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
