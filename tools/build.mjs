// @typhon Build: bundles the interpreter into one file that bin/typhon loads, so nothing
// is compiled from TypeScript when typhon starts.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

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
