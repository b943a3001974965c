// @typhon Installs the standard library as CPython's `make install` does: extracts CPython
// 3.11's Lib/ from the pinned pyodide package into lib/python3.11/, compiles every module
// into its __pycache__ (so the first import of the stdlib is already fast, and
// PYTHONDONTWRITEBYTECODE does not make every run recompile it), and freezes the start-up
// modules into dist/frozen/ (Tools/scripts/freeze_modules.py's job). The few files pyodide's
// archive leaves out come from tools/stdlib_supplement.ts.
//
// Usage: node --import tsx tools/install_stdlib.ts [--jobs N]
// Runs again only when the archive changed (lib/python3.11/.installed records it).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { unzipSync } from "fflate";
import { Py_CompileBytes } from "../src/Python/pythonrun.ts";
import { writePyc } from "../src/Python/marshal.ts";
import { FROZEN_MODULES, compileFrozen, frozenSourcePath, HELLO_ONLY } from "../src/Python/frozen.ts";
import { PyFrontEndError } from "../src/Include/pyerrors.ts";
import { CACHE_TAG } from "../src/Include/patchlevel.ts";
import { installSupplement, supplementDigest } from "./stdlib_supplement.ts";

const root = path.resolve(__dirname, "..");
const lib = path.join(root, "lib", "python3.11");
const frozenDir = path.join(root, "dist", "frozen");
const zipPath = path.join(root, "node_modules", "pyodide", "python_stdlib.zip");
const marker = path.join(lib, ".installed");

/** Writes through a temporary name, so a reader never sees half a file. */
function writeAtomic(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Compiles one source file into its __pycache__, as py_compile would. */
function compileOne(file: string): boolean {
  const source = readFileSync(file);
  const code = Py_CompileBytes(source, file, "exec", { file_input: true });
  if (code instanceof PyFrontEndError) return false;
  const st = statSync(file);
  const cacheDir = path.join(path.dirname(file), "__pycache__");
  mkdirSync(cacheDir, { recursive: true });
  const stem = path.basename(file, ".py");
  writeAtomic(path.join(cacheDir, `${stem}.${CACHE_TAG}.pyc`), writePyc(code, Math.floor(st.mtimeMs / 1000), st.size));
  return true;
}

function listSources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (name === "__pycache__" || name === "site-packages") continue;
    if (statSync(full).isDirectory()) listSources(full, out);
    else if (name.endsWith(".py")) out.push(full);
  }
  return out;
}

function freeze(): void {
  mkdirSync(frozenDir, { recursive: true });
  for (const e of FROZEN_MODULES) {
    const rel = frozenSourcePath(e);
    // pyodide's Lib leaves out some of the test packages (__phello__.ham).
    if (rel !== null && !existsSync(path.join(lib, rel))) continue;
    const source = rel === null ? new TextEncoder().encode(HELLO_ONLY) : readFileSync(path.join(lib, rel));
    const code = compileFrozen(source, e);
    if (code instanceof PyFrontEndError) throw new Error(`cannot freeze ${e.name}: ${code.msg}`);
    writeAtomic(path.join(frozenDir, `${e.name}.pyc`), writePyc(code, 0, source.length));
  }
}

async function main(): Promise<void> {
  const partArg = process.argv.indexOf("--part");
  if (partArg > 0) {
    // A worker: compile every Nth file.
    const [k, n] = process.argv[partArg + 1].split("/").map(Number);
    const files = listSources(lib).filter((_, i) => i % n === k);
    let failed = 0;
    for (const f of files) if (!compileOne(f)) failed++;
    process.stdout.write(`${files.length - failed}/${files.length}\n`);
    return;
  }
  const zip = readFileSync(zipPath);
  const digest = createHash("sha256").update(zip).digest("hex") + ` ${CACHE_TAG} ${supplementDigest()}`;
  if (existsSync(marker) && readFileSync(marker, "utf8") === digest && existsSync(frozenDir)) return;
  const started = Date.now();
  rmSync(lib, { recursive: true, force: true });
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (name.endsWith("/")) continue;
    const out = path.join(lib, name);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, data);
  }
  const missing = installSupplement(lib);
  if (missing.length > 0) console.warn(`note: ${missing.join(", ")} not found (see tools/stdlib_supplement.ts); the modules that need them will not import`);
  freeze();
  const jobsArg = process.argv.indexOf("--jobs");
  const jobs = jobsArg > 0 ? Number(process.argv[jobsArg + 1]) : 2;
  const results = await Promise.all(Array.from({ length: jobs }, (_, k) => new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--stack-size=4000", "--import", "tsx", process.argv[1], "--part", `${k}/${jobs}`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`stdlib compile worker ${k} failed`))));
  })));
  writeFileSync(marker, digest);
  console.log(`standard library installed in ${path.relative(root, lib)} (${results.join(", ")} compiled) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
