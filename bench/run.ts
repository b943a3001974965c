// @typhon The benchmark runner: runs each benchmark under typhon and under python3 in the
// same run and prints the typhon/CPython time ratio (lower is better).
//
//   npx tsx bench/run.ts            # every benchmark
//   npx tsx bench/run.ts parse      # those whose name contains "parse"
//
// Program benchmarks (bench/programs/NAME.py) run whole under bin/typhon's bundle and under
// python3; the runner times each process (best of REPEAT) and checks that typhon printed
// exactly what CPython printed — a benchmark with a different result is reported as such
// and left out of the mean.
//
// Front-end benchmarks (bench/frontend/NAME.ts + NAME.py) each print `seconds files
// failures` for the work they time; the runner takes the best of REPEAT runs on each side.
// typhon's side runs as an esbuild bundle, exactly as bin/typhon runs the interpreter (a
// TypeScript loader in front of it would be timed too, and it is several times slower),
// with the same node flags as bin/typhon (a larger young generation: fewer scavenges).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { buildSync } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const filter = process.argv[2] ?? "";

function best(cmd: string, args: string[]): { seconds: number; detail: string } {
  let bestSeconds = Infinity;
  let detail = "";
  for (let i = 0; i < REPEAT; i++) {
    const out = execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 }).trim().split("\n").pop()!;
    const [seconds, ...rest] = out.split(" ");
    if (Number(seconds) < bestSeconds) { bestSeconds = Number(seconds); detail = rest.join(" "); }
  }
  return { seconds: bestSeconds, detail };
}

const bundleDir = mkdtempSync(path.join(tmpdir(), "typhon-bench-"));
function bundle(entry: string): string {
  const outfile = path.join(bundleDir, path.basename(entry).replace(/\.ts$/, ".cjs"));
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" });
  return outfile;
}

const rows: string[] = [];
const ratios: number[] = [];
const frontend = path.join(HERE, "frontend");
for (const name of readdirSync(frontend).filter((n) => n.endsWith(".py") && n !== "stdlib_files.py").sort()) {
  const bench = name.replace(/\.py$/, "");
  if (!bench.includes(filter)) continue;
  const ours = best(process.execPath, ["--stack-size=4000", "--max-semi-space-size=32", bundle(path.join(frontend, `${bench}.ts`))]);
  const theirs = best(python, [path.join(frontend, name)]);
  const ratio = ours.seconds / theirs.seconds;
  ratios.push(ratio);
  rows.push(`${bench.padEnd(24)} ${ours.seconds.toFixed(3).padStart(9)} ${theirs.seconds.toFixed(3).padStart(9)} ${ratio.toFixed(2).padStart(7)}x   typhon[${ours.detail}] cpython[${theirs.detail}]`);
}
const programs = path.join(HERE, "programs");
const typhonBundle = path.join(HERE, "..", "dist", "typhon.cjs");
function timed(cmd: string, args: string[]): { seconds: number; out: string } {
  let bestSeconds = Infinity;
  let out = "";
  for (let i = 0; i < REPEAT; i++) {
    const t0 = process.hrtime.bigint();
    try {
      out = execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, PYTHONHASHSEED: "0" } });
    } catch (e) {
      out = `<failed: ${((e as { stderr?: string }).stderr ?? "").trim().split("\n").pop()}>`;
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (s < bestSeconds) bestSeconds = s;
  }
  return { seconds: bestSeconds, out };
}
for (const name of (existsSync(programs) ? readdirSync(programs) : []).filter((n) => n.endsWith(".py")).sort()) {
  const bench = name.replace(/\.py$/, "");
  if (!bench.includes(filter)) continue;
  const file = path.join(programs, name);
  const ours = timed(process.execPath, ["--stack-size=4000", "--max-semi-space-size=32", "--interrupt-budget=270336", typhonBundle, file]);
  const theirs = timed(python, [file]);
  const same = ours.out === theirs.out;
  const ratio = ours.seconds / theirs.seconds;
  if (same) ratios.push(ratio);
  rows.push(`${bench.padEnd(24)} ${ours.seconds.toFixed(3).padStart(9)} ${theirs.seconds.toFixed(3).padStart(9)} ${ratio.toFixed(2).padStart(7)}x   ${same ? "same output" : "DIFFERENT OUTPUT: " + ours.out.slice(0, 60).replace(/\n/g, " ")}`);
}
console.log(`${"benchmark".padEnd(24)} ${"typhon s".padStart(9)} ${"cpython s".padStart(9)} ${"ratio".padStart(8)}`);
for (const r of rows) console.log(r);
if (ratios.length > 1) {
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean ratio: ${geo.toFixed(2)}x`);
}
