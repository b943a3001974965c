// @typhon Build: bundles the interpreter into one file that bin/typhon loads, so nothing
// is compiled from TypeScript when typhon starts.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [path.join(root, "src/Host/node_main.ts")],
  // TYPHON_BUILD_OUT lets several people build side by side without sharing dist/.
  outfile: process.env.TYPHON_BUILD_OUT ?? path.join(root, "dist/typhon.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
});

// The standard library: extracted, compiled and frozen once per archive (see the tool).
if (!process.env.TYPHON_BUILD_OUT) {
  // The V8 code cache bin/typhon keeps belongs to the previous bundle.
  rmSync(path.join(root, "dist/typhon.cjs.v8cache"), { force: true });
  const r = spawnSync(process.execPath, ["--stack-size=4000", "--import", "tsx", path.join(root, "tools/install_stdlib.ts")], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
