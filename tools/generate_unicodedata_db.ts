// @typhon Generator: src/Modules/unicodedata_db.generated.ts, the Unicode 14.0 database the
// unicodedata module reads (CPython's Tools/unicode/makeunicodedata.py writes
// Modules/unicodedata_db.h from the UCD text files). The facts are taken from python3's own
// unicodedata (Unicode 14.0 in CPython 3.11), the project's oracle; the character names
// themselves live in unicodedata_names.generated.ts (tools/generate_unicode_names.ts).
//
// Products (all compact text or small tables, unpacked by unicodedata.ts on first use):
//  - RECORDS / RECORD_RUNS: the distinct property records (category, combining class,
//    bidirectional class, east asian width, mirrored, normalization quick-check bits) and
//    the code space as runs of equal records (about 5,000 runs for 1,114,112 code points).
//    A quick-check bit says "this character may change under that form": it is recovered
//    from python3 by whether normalize(form, s) hands back s itself, which CPython does
//    exactly when its quick check answers YES.
//  - DECOMPOSITIONS: each character's decomposition mapping (prefix tag and code points).
//  - COMPOSITION_EXCLUSIONS: characters with a two-character canonical decomposition that
//    NFC never composes (CompositionExclusions.txt): those whose NFC is not themselves.
//  - The Unicode 3.2.0 view (ucd_3_2_0, for IDNA) as CPython keeps it: change records
//    against the 14.0 data, in runs (category 0 means "not assigned in 3.2.0"), and the few
//    normalization corrections.
//  - ALIASES and NAMED_SEQUENCES for unicodedata.lookup and \N{...}, in CPython's order
//    (which its namereplace handler shows for the private-use code points it files them at).
import { execFileSync } from "node:child_process";
import { writeGenerated } from "./generated.ts";

const SCRIPT = String.raw`
import sys, json, unicodedata as U
assert U.unidata_version == "14.0.0", U.unidata_version
ucd = U.ucd_3_2_0
CATS = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
        "Cn", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S",
        "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
FORMS = ("NFD", "NFKD", "NFC", "NFKC")

def runs(values):
    out = []
    prev, n = values[0], 0
    for v in values:
        if v == prev:
            n += 1
        else:
            out.append((n, prev)); prev, n = v, 1
    out.append((n, prev))
    return out

records, record_ids, index = [], {}, []
prefixes, decomps, exclusions = [""], [], []
for cp in range(0x110000):
    c = chr(cp)
    qc = 0
    if cp >= 0x80:
        s = "a" + c
        for bit, form in enumerate(FORMS):
            if U.normalize(form, s) is not s:
                qc |= 1 << bit
    rec = (CATS.index(U.category(c)), U.combining(c), BIDI.index(U.bidirectional(c)),
           EAW.index(U.east_asian_width(c)), U.mirrored(c), qc)
    i = record_ids.get(rec)
    if i is None:
        i = record_ids[rec] = len(records)
        records.append(rec)
    index.append(i)
    d = U.decomposition(c)
    if d:
        parts = d.split()
        prefix = parts.pop(0) if parts[0].startswith("<") else ""
        if prefix not in prefixes:
            prefixes.append(prefix)
        cps = [int(p, 16) for p in parts]
        decomps.append((cp, prefixes.index(prefix), cps))
        if not prefix and len(cps) == 2 and U.combining(chr(cps[0])) == 0 and U.normalize("NFC", c) != c:
            exclusions.append(cp)

# Unicode 3.2.0: one change record per code point, as in CPython's get_change_3_2_0.
changes, change_ids, change_index, corrections = [None], {None: 0}, [], []
for cp in range(0x110000):
    c = chr(cp)
    if ucd.category(c) == "Cn" and U.category(c) != "Cn":
        rec = (0, 255, 255, 255, None, None)
    else:
        cat = 255 if ucd.category(c) == U.category(c) else CATS.index(ucd.category(c))
        bidi = 255 if ucd.bidirectional(c) == U.bidirectional(c) else BIDI.index(ucd.bidirectional(c))
        eaw = 255 if ucd.east_asian_width(c) == U.east_asian_width(c) else EAW.index(ucd.east_asian_width(c))
        mir = 255 if ucd.mirrored(c) == U.mirrored(c) else ucd.mirrored(c)
        dec = None if ucd.decimal(c, None) == U.decimal(c, None) else ucd.decimal(c, -1)
        num = None if ucd.numeric(c, None) == U.numeric(c, None) else ucd.numeric(c, -1.0)
        rec = (cat, bidi, eaw, mir, dec, num)
        if rec == (255, 255, 255, 255, None, None):
            rec = None
        nfd = ucd.normalize("NFD", c)
        if nfd != U.normalize("NFD", c):
            assert len(nfd) == 1, hex(cp)
            corrections.append((cp, ord(nfd)))
    i = change_ids.get(rec)
    if i is None:
        i = change_ids[rec] = len(changes)
        changes.append(rec)
    change_index.append(i)

# Name aliases and named sequences. CPython files them under private-use code points
# (aliases from U+F0000, named sequences from U+F0200, in the order of NameAliases.txt and
# NamedSequences.txt), and its namereplace error handler names those code points: that
# gives the names in order, and lookup() what they stand for.
def pua_names(start):
    out = []
    for cp in range(start, start + 0x200):
        r = chr(cp).encode("ascii", "namereplace").decode("ascii")
        if not r.startswith("\\N{"):
            break
        out.append(r[3:-1])
    return out
aliases = [(ord(U.lookup(name)), name) for name in pua_names(0xF0000)]
sequences = [([ord(ch) for ch in U.lookup(name)], name) for name in pua_names(0xF0200)]
assert len(aliases) == 470 and len(sequences) == 461, (len(aliases), len(sequences))

print(json.dumps({
    "cats": CATS, "bidi": BIDI, "eaw": EAW, "records": records, "runs": runs(index),
    "prefixes": prefixes, "decomps": decomps, "exclusions": exclusions,
    "changes": changes[1:], "change_runs": runs(change_index), "corrections": corrections,
    "aliases": aliases, "sequences": sequences,
}))
`;

const b36 = (n: number): string => n.toString(36);

/** Runs as "length.value" pairs in base 36, comma-separated. */
function runText(runs: [number, number][]): string {
  return runs.map(([n, v]) => `${b36(n)}.${b36(v)}`).join(",");
}

/** A JS string literal cut into lines of about `width` characters, joined with +. */
function longString(s: string, width = 100): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += width) parts.push(JSON.stringify(s.slice(i, i + width)));
  return parts.length ? parts.join(" +\n  ") : '""';
}

function numbers(values: (number | null)[], perLine: number): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; i += perLine) out.push("  " + values.slice(i, i + perLine).join(",") + ",");
  return `[\n${out.join("\n")}\n]`;
}

export function generateUnicodedataDb(root: string): void {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const data = JSON.parse(execFileSync(python, ["-c", SCRIPT],
    { encoding: "utf8", maxBuffer: 1 << 28 }));
  let prev = 0;
  const decomps = (data.decomps as [number, number, number[]][]).map(([cp, prefix, cps]) => {
    const line = `${b36(cp - prev)} ${b36(prefix)} ${cps.map(b36).join(" ")}`;
    prev = cp;
    return line;
  }).join("\n");
  const changes = (data.changes as [number, number, number, number, number | null, number | null][])
    .map((r) => `[${r.map((v) => (v === null ? "null" : String(v))).join(",")}]`);
  const aliases = (data.aliases as [number, string][]).map(([cp, name]) => `${b36(cp)} ${name}`).join("\n");
  const sequences = (data.sequences as [number[], string][]).map(([cps, name]) => `${cps.map(b36).join(" ")};${name}`).join("\n");
  const body =
    `/** Names of the general categories, bidirectional classes and east asian widths, in CPython's order. */\n` +
    `export const CATEGORY_NAMES: readonly string[] = ${JSON.stringify(data.cats)};\n` +
    `export const BIDIRECTIONAL_NAMES: readonly string[] = ${JSON.stringify(data.bidi)};\n` +
    `export const EAST_ASIAN_WIDTH_NAMES: readonly string[] = ${JSON.stringify(data.eaw)};\n\n` +
    `/**\n` +
    ` * The distinct property records (_PyUnicode_DatabaseRecord), six numbers each: category,\n` +
    ` * canonical combining class, bidirectional class, east asian width, mirrored, and the\n` +
    ` * quick-check bits (1 NFD, 2 NFKD, 4 NFC, 8 NFKC: set when the form may change the character).\n` +
    ` */\n` +
    `export const RECORDS: readonly number[] = ${numbers((data.records as number[][]).flat(), 30)};\n\n` +
    `/** The code space from U+0000 as runs "length.record" (base 36) of equal records. */\n` +
    `export const RECORD_RUNS =\n  ${longString(runText(data.runs))};\n\n` +
    `/** Decomposition tags (the "<compat>" of "<compat> 0020 0308"); "" is a canonical mapping. */\n` +
    `export const DECOMP_PREFIXES: readonly string[] = ${JSON.stringify(data.prefixes)};\n\n` +
    `/** One line per decomposable character: code point delta, tag number, the mapping's code points (base 36). */\n` +
    `export const DECOMPOSITIONS =\n  ${longString(decomps)};\n\n` +
    `/** Characters with a canonical pair decomposition that composition never produces (base 36). */\n` +
    `export const COMPOSITION_EXCLUSIONS = ${JSON.stringify((data.exclusions as number[]).map(b36).join(","))};\n\n` +
    `/**\n` +
    ` * Unicode 3.2.0 change records (change_record): category, bidirectional, east asian width,\n` +
    ` * mirrored (255: unchanged; category 0: not assigned in 3.2.0), decimal and numeric value\n` +
    ` * (null: unchanged, -1: none). Record 0 (not stored) is "no change".\n` +
    ` */\n` +
    `export const CHANGES_3_2_0: readonly (readonly (number | null)[])[] = [\n  ${changes.join(",\n  ")},\n];\n` +
    `/** The code space as runs "length.change" (base 36) of equal change records. */\n` +
    `export const CHANGE_RUNS_3_2_0 =\n  ${longString(runText(data.change_runs))};\n` +
    `/** normalization_3_2_0: characters whose 3.2.0 decomposition was corrected later, and their 3.2.0 one. */\n` +
    `export const NORMALIZATION_3_2_0: readonly (readonly [number, number])[] = ${JSON.stringify(data.corrections)};\n\n` +
    `/** Name aliases (NameAliases.txt): code point (base 36), space, alias. */\n` +
    `export const ALIASES =\n  ${longString(aliases)};\n` +
    `/** Named sequences (NamedSequences.txt): code points (base 36), ';', name. */\n` +
    `export const NAMED_SEQUENCES =\n  ${longString(sequences)};\n`;
  writeGenerated(`${root}/src/Modules/unicodedata_db.generated.ts`, "tools/generate_unicodedata_db.ts",
    "python3's unicodedata (Unicode 14.0 and its ucd_3_2_0)", body);
}

