// @typhon Generator: src/Objects/unicodetype_db.generated.ts, the Unicode character
// properties str needs, as CPython's Tools/unicode/makeunicodedata.py writes
// Objects/unicodetype_db.h. CPython 3.11 uses Unicode 14.0; the JavaScript engine's own
// tables are newer, so the facts are taken from python3's unicodedata (Unicode 14.0),
// the project's oracle, and stored as sorted code-point ranges.
import { execFileSync } from "node:child_process";
import { writeGenerated } from "./generated.ts";

const SCRIPT = `
import sys, unicodedata, json
assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version
def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None: start = cp
        elif start is not None:
            out.append((start, cp - 1)); start = None
    if start is not None: out.append((start, 0x10FFFF))
    return out
print(json.dumps({"printable": ranges(lambda c: chr(c).isprintable())}))
`;

function pack(ranges: [number, number][]): string {
  // Flattened [start0, end0, start1, end1, ...] so a binary search needs no objects.
  const flat = ranges.flat();
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += 16) lines.push("  " + flat.slice(i, i + 16).join(",") + ",");
  return `[\n${lines.join("\n")}\n]`;
}

export function generateUnicodetypeDb(root: string): void {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const data = JSON.parse(execFileSync(python, ["-c", SCRIPT], { encoding: "utf8", maxBuffer: 1 << 26 }));
  const body =
    `/** Unicode 14.0 code-point ranges [start, end, start, end, ...] (inclusive) of printable characters. */\n` +
    `export const PRINTABLE_RANGES: Int32Array = Int32Array.from(${pack(data.printable)});\n`;
  writeGenerated(`${root}/src/Objects/unicodetype_db.generated.ts`, "tools/generate_unicodetype_db.ts",
    "python3's unicodedata (Unicode 14.0)", body);
}
