// @typhon Generator: src/Modules/unicodedata_names.generated.ts, the Unicode 14.0 character
// names that `\N{...}` escapes (and later the unicodedata module) look up, taken from
// python3's unicodedata (CPython generates Modules/unicodename_db.h from UnicodeData.txt).
// The names CPython computes rather than stores (CJK UNIFIED IDEOGRAPH-XXXX and HANGUL
// SYLLABLE ...) are left out; src/Modules/unicodedata.ts computes them the same way.
// Compression: a word list, then each name as base-36 word numbers.
import { execFileSync } from "node:child_process";
import { writeGenerated } from "./generated.ts";

const SCRIPT = String.raw`
import unicodedata, json, re
assert unicodedata.unidata_version == "14.0.0"
ALGO = re.compile(r"^(CJK UNIFIED IDEOGRAPH-|HANGUL SYLLABLE )")
rows = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name and not ALGO.match(name):
        rows.append((cp, name))
print(json.dumps(rows))
`;

export function generateUnicodeNames(root: string): void {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const rows: [number, string][] = JSON.parse(execFileSync(python, ["-c", SCRIPT], { encoding: "utf8", maxBuffer: 1 << 28 }));
  const freq = new Map<string, number>();
  for (const [, name] of rows) for (const w of name.split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || (a < b ? -1 : 1));
  const index = new Map(words.map((w, i) => [w, i.toString(36)]));
  // One entry per line: code point delta from the previous entry (base 36), then word numbers.
  let prev = 0;
  const lines = rows.map(([cp, name]) => {
    const line = (cp - prev).toString(36) + " " + name.split(" ").map((w) => index.get(w)).join(" ");
    prev = cp;
    return line;
  });
  const body =
    `/** Words of the character names, most frequent first. */\n` +
    `export const NAME_WORDS = ${JSON.stringify(words.join(" "))};\n` +
    `/** One line per named code point: delta from the previous one, then word numbers (base 36). */\n` +
    `export const NAME_TABLE = ${JSON.stringify(lines.join("\n"))};\n`;
  writeGenerated(`${root}/src/Modules/unicodedata_names.generated.ts`, "tools/generate_unicode_names.ts",
    "python3's unicodedata (Unicode 14.0)", body);
}
