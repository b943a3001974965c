// @typhon The corpus of the front-end benchmarks: every .py file of the running python3's
// standard library (without site-packages), read once into memory, sorted by path — the
// same list bench/frontend/*.py use on the CPython side.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

export function stdlibDir(): string {
  return execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
}

export function stdlibFiles(root = stdlibDir()): { path: string; bytes: Uint8Array }[] {
  const skip = new Set(["site-packages", "dist-packages", "__pycache__"]);
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) { if (!skip.has(name)) walk(full); }
      else if (name.endsWith(".py")) found.push(full);
    }
  };
  walk(root);
  found.sort();
  return found.map((p) => ({ path: p, bytes: readFileSync(p) }));
}
