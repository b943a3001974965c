// @typhon Generator: src/Objects/unicodetype_db.generated.ts, the Unicode character
// properties str needs, as CPython's Tools/unicode/makeunicodedata.py writes
// Objects/unicodetype_db.h. CPython 3.11 uses Unicode 14.0; the JavaScript engine's own
// tables are newer, so the facts are taken from python3's unicodedata and str methods
// (Unicode 14.0), the project's oracle.
//
// Two products:
//  - PRINTABLE_RANGES: sorted code-point ranges of printable characters (repr, tokenizer).
//  - the type-record database that src/Objects/unicodectype.ts reads: a table of distinct
//    records (case mappings, decimal and digit values, property flags), a two-level index
//    from code point to record, the extended case array for mappings longer than one
//    character, and the numeric values.
//
// The properties are recovered from what python3 does with each character, so they are
// exactly what CPython's own tables hold:
//   alpha, decimal, digit, numeric, lower, upper, space, printable   the str predicates on chr(c)
//   title                                                            category Lt
//   linebreak                                                        'a' + chr(c) + 'b' splits in two
//   XID_Start / XID_Continue                                         isidentifier of chr(c) / 'a' + chr(c)
//   Cased                                                            lower or upper or Lt (Unicode's definition)
//   Case_Ignorable                                                   how str.lower() treats a capital sigma
//                                                                    next to it (the final-sigma rule skips
//                                                                    case-ignorable characters)
//   upper/lower/title/casefold mappings                              the str methods on chr(c)
import { execFileSync } from "node:child_process";
import { writeGenerated } from "./generated.ts";

const SCRIPT = String.raw`
import sys, unicodedata, json
assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

ALPHA, DECIMAL, DIGIT, LOWER, LINEBREAK, SPACE, TITLE, UPPER = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80
XID_START, XID_CONTINUE, PRINTABLE, NUMERIC = 0x100, 0x200, 0x400, 0x800
CASE_IGNORABLE, CASED, EXTENDED_CASE = 0x1000, 0x2000, 0x4000

def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if pred(cp):
            if start is None: start = cp
        elif start is not None:
            out.append((start, cp - 1)); start = None
    if start is not None: out.append((start, 0x10FFFF))
    return out

SIGMA = "\u03a3"
def case_ignorable(ch):
    # The final-sigma rule skips case-ignorable characters on both sides. Preceded by a space,
    # only a cased, non-ignorable character makes the sigma final; preceded by 'A' anything
    # but a character that is neither cased nor ignorable does.
    after_space = (" " + ch + SIGMA).lower()[-1]
    after_a = ("A" + ch + SIGMA).lower()[-1]
    return after_space == "\u03c3" and after_a == "\u03c2"

records = [(0, 0, 0, 0, 0, 0)]
record_ids = {records[0]: 0}
index = [0] * 0x110000
extended = []
numeric = []

for cp in range(0x110000):
    ch = chr(cp)
    cat = unicodedata.category(ch)
    if cat == "Cn":
        continue
    flags = 0
    if ch.isalpha(): flags |= ALPHA
    dec = unicodedata.decimal(ch, None)
    if dec is not None: flags |= DECIMAL
    dig = unicodedata.digit(ch, None)
    if dig is not None: flags |= DIGIT
    num = unicodedata.numeric(ch, None)
    if num is not None:
        flags |= NUMERIC
        numeric.append((cp, repr(num)))
    if ch.islower(): flags |= LOWER
    if ch.isupper(): flags |= UPPER
    if cat == "Lt": flags |= TITLE
    if ch.isspace(): flags |= SPACE
    if len(("a" + ch + "b").splitlines()) == 2: flags |= LINEBREAK
    if ch.isprintable(): flags |= PRINTABLE
    if ch.isidentifier() and ch != "_": flags |= XID_START
    if ("a" + ch).isidentifier(): flags |= XID_CONTINUE
    if flags & (LOWER | UPPER | TITLE): flags |= CASED
    if case_ignorable(ch): flags |= CASE_IGNORABLE
    up, lo, ti, fo = ch.upper(), ch.lower(), ch.title(), ch.casefold()
    if len(up) == 1 and len(lo) == 1 and len(ti) == 1 and fo == lo:
        if up == lo == ti == ch:
            u = l = t = 0
        else:
            u, l, t = ord(up) - cp, ord(lo) - cp, ord(ti) - cp
    else:
        flags |= EXTENDED_CASE
        l = len(extended) | (len(lo) << 24)
        extended.extend(map(ord, lo))
        if fo != lo:
            l |= len(fo) << 20
            extended.extend(map(ord, fo))
        u = len(extended) | (len(up) << 24)
        extended.extend(map(ord, up))
        if ti == up:
            t = u
        else:
            t = len(extended) | (len(ti) << 24)
            extended.extend(map(ord, ti))
    rec = (u, l, t, dec or 0, dig or 0, flags)
    i = record_ids.get(rec)
    if i is None:
        i = record_ids[rec] = len(records)
        records.append(rec)
    index[cp] = i

def split(table):
    # Two-level table: index1[cp >> shift] picks a block, index2[block << shift | low bits]
    # the value. Equal blocks are stored once; the shift giving the smallest total wins.
    best = None
    for shift in range(1, 12):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, len(table), size):
            block = tuple(table[start:start + size])
            b = blocks.get(block)
            if b is None:
                b = blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(b)
        cost = len(index1) * (1 if max(index1) < 256 else 2) + len(index2) * (1 if max(index2) < 256 else 2)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1], best[2], best[3]

shift, index1, index2 = split(index)
print(json.dumps({
    "printable": ranges(lambda c: chr(c).isprintable()),
    "records": records, "extended": extended, "shift": shift, "index1": index1, "index2": index2,
    "numeric": numeric,
}))
`;

function lines(values: (number | string)[], perLine: number): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; i += perLine) out.push("  " + values.slice(i, i + perLine).join(",") + ",");
  return `[\n${out.join("\n")}\n]`;
}

function typedArray(values: number[]): string {
  const max = Math.max(...values);
  return max < 256 ? "Uint8Array" : max < 65536 ? "Uint16Array" : "Int32Array";
}

export function generateUnicodetypeDb(root: string): void {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const data = JSON.parse(execFileSync(python, ["-c", SCRIPT], { encoding: "utf8", maxBuffer: 1 << 28 }));
  const records: number[][] = data.records;
  const numeric: [number, string][] = data.numeric;
  const i1 = typedArray(data.index1), i2 = typedArray(data.index2);
  const body =
    `/** Unicode 14.0 code-point ranges [start, end, start, end, ...] (inclusive) of printable characters. */\n` +
    `export const PRINTABLE_RANGES: Int32Array = Int32Array.from(${lines(data.printable.flat(), 16)});\n\n` +
    `/**\n` +
    ` * The distinct character type records (_PyUnicode_TypeRecords), six numbers each: upper,\n` +
    ` * lower, title (deltas to the character, or with EXTENDED_CASE_MASK an index into\n` +
    ` * _PyUnicode_ExtendedCase with the length in bits 24 and up; the case-folding length sits\n` +
    ` * in bits 20-22 of lower), decimal value, digit value, flags.\n` +
    ` */\n` +
    `export const _PyUnicode_TypeRecords: Int32Array = Int32Array.from(${lines(records.flat(), 24)});\n\n` +
    `/** Case mappings longer than one character, and case foldings that differ from lower(). */\n` +
    `export const _PyUnicode_ExtendedCase: Int32Array = Int32Array.from(${lines(data.extended, 16)});\n\n` +
    `/** Two-level index from code point to record: index2[(index1[cp >> SHIFT] << SHIFT) + (cp & mask)]. */\n` +
    `export const SHIFT = ${data.shift};\n` +
    `export const index1: ${i1} = ${i1}.from(${lines(data.index1, 32)});\n` +
    `export const index2: ${i2} = ${i2}.from(${lines(data.index2, 32)});\n\n` +
    `/** Code points with a numeric value, ascending, and the values (_PyUnicode_ToNumeric). */\n` +
    `export const NUMERIC_CODEPOINTS: Int32Array = Int32Array.from(${lines(numeric.map((n) => n[0]), 16)});\n` +
    `export const NUMERIC_VALUES: Float64Array = Float64Array.from(${lines(numeric.map((n) => n[1]), 12)});\n`;
  writeGenerated(`${root}/src/Objects/unicodetype_db.generated.ts`, "tools/generate_unicodetype_db.ts",
    "python3's unicodedata and str methods (Unicode 14.0)", body);
}
