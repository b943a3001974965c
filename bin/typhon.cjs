// typhon's command line without a start-up snapshot (bin/typhon runs this when there is
// none, or none for this node): loads the prebuilt bundle (npm ci / npm run build make it).
// V8's compiled code for the bundle is kept next to it (typhon.cjs.v8cache) and reused, so
// a run does not parse and compile the whole interpreter again before it starts.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const bundle = path.join(__dirname, "..", "dist", "typhon.cjs");
const cacheFile = `${bundle}.v8cache`;
const source = fs.readFileSync(bundle, "utf8");
let cachedData;
try {
  // A cache older than the bundle belongs to another build.
  if (fs.statSync(cacheFile).mtimeMs >= fs.statSync(bundle).mtimeMs) cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // Saved at exit, so that the functions this run compiled are in the cache too.
  process.once("exit", () => {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {
      // A read-only installation runs without the cache.
    }
  });
}
const mod = new Module(bundle, module);
mod.filename = bundle;
mod.paths = Module._nodeModulePaths(path.dirname(bundle));
script.runInThisContext()(mod.exports, (id) => mod.require(id), mod, bundle, path.dirname(bundle));
