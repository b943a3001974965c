/**
 * @mirrors Python/pylifecycle.c
 * The start-up snapshot: `npm run build` runs this file under `node --build-snapshot`, which
 * does the core phase of start-up (pylifecycle's _Py_InitializeCore: the types, builtins,
 * sys, importlib and its finders, with the default configuration) and reads every frozen
 * module, then saves V8's heap as dist/typhon.blob. bin/typhon starts node from that blob,
 * and the function below runs the command line from there: Py_InitializeFromConfig puts the
 * run's configuration in place of the defaults and does the main phase (the standard
 * streams, encodings, site). It mirrors pylifecycle.c's split of start-up into a core and a
 * main phase (Programs/_freeze_module.c only freezes code, not a running interpreter).
 *
 * What the core phase took from the build's process is taken again: the wall-clock anchor
 * of time.time(), posix.environ and the time zone (see reapply_config). A run the snapshot
 * cannot serve (another hash seed, -O, -v, -X importtime, another standard library or
 * sys.path, files the core phase read changed since the build, the checkout moved) runs bin/typhon.cjs, the
 * ordinary start, in a child process instead.
 */
import { spawn } from "node:child_process";
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { NodeHost } from "./node_host.ts";
import { resetClockAnchor } from "./node_os.ts";
import { runTyphon, RunElsewhere } from "./node_run.ts";
import { _Py_InitializeCore, _Py_MarkCoreForSnapshot, _Py_CoreConfigIsDefault } from "../Python/pylifecycle.ts";
import { PyConfig_InitDefault, _Py_SetConfig, _Py_SetConfigHook } from "../Python/initconfig.ts";
import { _PyImport_PreloadFrozen } from "../Python/frozen.ts";
import { hashSeed, Py_CompileBytes } from "../Python/pythonrun.ts";
import { _PyUnicode_InternedCount } from "../Objects/unicodeobject.ts";

/** The first argument bin/typhon passes after `--`; the run's own arguments follow it. */
const MARKER = "--typhon-snapshot";

/** A file's identity: a file replaced or rewritten since the build has another one. */
function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return "missing";
  }
}

const host = new NodeHost([]);
const prefix = host.prefix;
// Two snapshots are made: with os imported ahead of site, and for -S without.
const withSite = process.env.TYPHON_SNAPSHOT_NOSITE !== "1";
const config = PyConfig_InitDefault();
config.site_import = withSite;
_Py_SetConfig(config);
_Py_InitializeCore(host, { optimization_level: 0, hash_seed: 0, argv: [""], orig_argv: ["typhon"], executable: `${prefix}/bin/typhon` }, withSite);
// The files the core phase read (the frozen modules), with their stamps: a run whose
// files differ starts afresh.
const files = _PyImport_PreloadFrozen(host).map((f) => [f, stamp(f)] as const);
warmUp();
_Py_MarkCoreForSnapshot();
host.flush();

/**
 * V8 keeps in the snapshot the compiled code of every function that ran while it was made,
 * and compiles the others on their first call. Every run compiles its program, so the
 * parser and compiler are run here, on modules the core phase has already imported: their
 * names and constants are interned already, so this leaves no Python-visible trace (checked:
 * the interned strings are the same before and after).
 */
function warmUp(): void {
  const before = _PyUnicode_InternedCount();
  for (const rel of ["importlib/_bootstrap.py", "importlib/_bootstrap_external.py", "zipimport.py", "os.py"]) {
    const source = host.readFile(`${prefix}/lib/python3.11/${rel}`);
    if (source instanceof Uint8Array) Py_CompileBytes(source, rel, "exec", { file_input: true });
  }
  const after = _PyUnicode_InternedCount();
  if (after !== before) throw new Error(`the snapshot's warm-up interned ${after - before} strings`);
}

/** Runs the ordinary start (bin/typhon.cjs) in a child process and ends as it ends. */
function runWithoutSnapshot(args: readonly string[]): void {
  const flags: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const a = process.execArgv[i];
    if (a === "--snapshot-blob") i++;
    else if (!a.startsWith("--snapshot-blob=")) flags.push(a);
  }
  const child = spawn(process.execPath, [...flags, path.join(prefix, "bin", "typhon.cjs"), ...args], { stdio: "inherit" });
  // The child gets the signals meant for this process; one from the terminal reaches both.
  const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const) process.on(sig, forward(sig));
  child.on("exit", (code, signal) => {
    if (signal !== null) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    process.exitCode = code ?? 1;
  });
  child.on("error", (e) => {
    process.stderr.write(`typhon: cannot start ${process.execPath}: ${e.message}\n`);
    process.exitCode = 1;
  });
}

/** Whether the blob this process started from is the one of this checkout, made for its files. */
function snapshotMatches(): boolean {
  let blob: string | undefined;
  const a = process.execArgv;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === "--snapshot-blob") blob = a[i + 1];
    else if (a[i].startsWith("--snapshot-blob=")) blob = a[i].slice("--snapshot-blob=".length);
  }
  if (blob === undefined) return false;
  try {
    if (realpathSync(path.join(path.dirname(blob), "..")) !== prefix) return false;
  } catch {
    return false;
  }
  return files.every(([f, s]) => stamp(f) === s);
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  resetClockAnchor();
  // Node 20 passes [execPath, ...arguments after --]; later versions repeat execPath.
  const at = process.argv.indexOf(MARKER);
  if (at < 1 || at > 2) {
    process.stderr.write(`typhon: start the snapshot through bin/typhon (its arguments begin with ${MARKER})\n`);
    process.exitCode = 2;
    return;
  }
  const args = process.argv.slice(at + 1);
  // --dis reads the hash seed without starting the runtime: a seed but 0 needs a fresh start.
  if (!snapshotMatches() || hashSeed(host) !== 0) return runWithoutSnapshot(args);
  (host as { argv: readonly string[] }).argv = args;
  // Checked once the command line and the environment are read, before the job starts.
  _Py_SetConfigHook((config) => {
    if (!_Py_CoreConfigIsDefault(config, hashSeed(host))) throw new RunElsewhere();
  });
  try {
    runTyphon(host);
  } catch (e) {
    if (!(e instanceof RunElsewhere)) throw e;
    runWithoutSnapshot(args);
  }
});
