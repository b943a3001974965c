// @typhon Generates src/Python/interned_at_startup.generated.ts: the candidate strings of
// tools/data/interned_candidates.txt that CPython has already interned when
// `python3 -m dis FILE` compiles FILE (probed by tools/probe_interned.py).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { writeGenerated } from "./generated.ts";

export function generateInterned(root: string): void {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const names = execFileSync(python, [path.join(root, "tools", "probe_interned.py"), path.join(root, "tools", "data", "interned_candidates.txt")], { encoding: "utf8" })
    .split("\n").filter(Boolean).sort();
  const lines = [];
  for (let i = 0; i < names.length; i += 8) lines.push("  " + names.slice(i, i + 8).map((n) => JSON.stringify(n)).join(", ") + ",");
  const body =
    `/**\n` +
    ` * @typhon Strings CPython has interned before it compiles a file (startup, the modules the\n` +
    ` * dis command line imports). When a frozenset constant holds one of them, code-object\n` +
    ` * creation swaps in the interned object and rebuilds the set, which can reorder it.\n` +
    ` */\n` +
    `export const INTERNED_AT_STARTUP: ReadonlySet<string> = new Set([\n${lines.join("\n")}\n]);\n`;
  writeGenerated(path.join(root, "src", "Python", "interned_at_startup.generated.ts"), "tools/generate_interned.ts", "tools/data/interned_candidates.txt and python3", body);
}
