// @typhon The benchmark runner: runs each benchmark under typhon and under python3 in the
// same run and prints the typhon/CPython time ratio (lower is better).
//
//   npx tsx bench/run.ts            # every benchmark
//   npx tsx bench/run.ts parse      # those whose name contains "parse"
//
// Front-end benchmarks (bench/frontend/NAME.ts + NAME.py) each print `seconds files
// failures` for the work they time; the runner takes the best of REPEAT runs on each side.
// typhon's side runs as an esbuild bundle, exactly as bin/typhon runs the interpreter (a
// TypeScript loader in front of it would be timed too, and it is several times slower),
// with the same node flags as bin/typhon (a larger young generation: fewer scavenges).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
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
console.log(`${"benchmark".padEnd(24)} ${"typhon s".padStart(9)} ${"cpython s".padStart(9)} ${"ratio".padStart(8)}`);
for (const r of rows) console.log(r);
if (ratios.length > 1) {
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean ratio: ${geo.toFixed(2)}x`);
}
