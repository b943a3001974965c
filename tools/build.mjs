// @typhon Build: bundles the interpreter into one file that bin/typhon loads, so nothing
// is compiled from TypeScript when typhon starts, then makes the start-up snapshot
// (dist/typhon.blob, see src/Host/node_snapshot.ts) that bin/typhon starts node from.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

/**
 * The node options bin/typhon runs the snapshot with; a blob only loads under the V8 options
 * it was made with, so they are written next to it (dist/typhon.blob.node) for bin/typhon.
 * A deeper stack for deep Python recursion, a larger young generation (fewer scavenges),
 * and 4x V8's default interrupt budget: a function must run 4x longer before TurboFan
 * compiles it, so a short run no longer pays ~0.5 s of CPU to optimize the eval loop it is
 * about to leave (a long run optimizes a few milliseconds later).
 */
const NODE_FLAGS = ["--stack-size=4000", "--max-semi-space-size=32", "--interrupt-budget=270336"];

const common = { bundle: true, platform: "node", format: "cjs", target: "node20", sourcemap: "linked", logLevel: "warning" };
await build({
  ...common,
  entryPoints: [path.join(root, "src/Host/node_main.ts")],
  // TYPHON_BUILD_OUT lets several people build side by side without sharing dist/.
  outfile: process.env.TYPHON_BUILD_OUT ?? path.join(dist, "typhon.cjs"),
});

if (!process.env.TYPHON_BUILD_OUT) {
  // The V8 code cache bin/typhon.cjs keeps belongs to the previous bundle; the snapshot too.
  for (const f of ["typhon.cjs.v8cache", "typhon.blob", "typhon-nosite.blob", "typhon.blob.node"]) rmSync(path.join(dist, f), { force: true });
  // The standard library: extracted, compiled and frozen once per archive (see the tool).
  const r = spawnSync(process.execPath, ["--stack-size=4000", "--import", "tsx", path.join(root, "tools/install_stdlib.ts")], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  await build({ ...common, entryPoints: [path.join(root, "src/Host/node_snapshot.ts")], outfile: path.join(dist, "typhon-snapshot.cjs") });
  // One snapshot for runs that import site (os is imported already), one for -S.
  if (buildSnapshot("typhon.blob", { TYPHON_SNAPSHOT_NOSITE: "0" }) && buildSnapshot("typhon-nosite.blob", { TYPHON_SNAPSHOT_NOSITE: "1" })) {
    const s = statSync(realpathSync(process.execPath));
    writeFileSync(path.join(dist, "typhon.blob.node"), `${s.dev}:${s.ino}:${s.size}:${Math.floor(s.mtimeMs / 1000)} ${NODE_FLAGS.join(" ")}\n`);
  }
}

/**
 * A start-up snapshot, made by the node that runs the build (a blob only loads in the node
 * binary that made it). dist/typhon.blob.node names that binary the way bin/typhon checks
 * the node it finds (device:inode:size:mtime of the file), then the node options; it is
 * written once both blobs are made. A build whose snapshot fails still works: bin/typhon then starts without one.
 */
function buildSnapshot(name, env) {
  const blob = path.join(dist, name);
  const tmp = `${blob}.${process.pid}.tmp`;
  const r = spawnSync(process.execPath, [
    ...NODE_FLAGS, "--snapshot-blob", tmp, "--build-snapshot", path.join(dist, "typhon-snapshot.cjs"),
  ], { cwd: root, stdio: ["ignore", "inherit", "pipe"], encoding: "utf8", env: { ...process.env, ...env } });
  // Node warns that it has not verified node:tty and node:child_process in snapshots: typhon
  // calls only isatty() and spawn(), both after the snapshot is restored.
  const err = (r.stderr ?? "").split("\n").filter((l) => l && !/not yet fully verified|may still work|issue tracker|--trace-warnings/.test(l));
  if (r.status !== 0) {
    rmSync(tmp, { force: true });
    process.stderr.write(`${err.join("\n")}\nbuild: no start-up snapshot (node --build-snapshot failed); bin/typhon starts without one\n`);
    return false;
  }
  if (err.length) process.stderr.write(`${err.join("\n")}\n`);
  renameSync(tmp, blob);
  return true;
}
