/**
 * @mirrors Objects/unicodeobject.c
 *
 * Today only the pieces of str that the front end's views need: `repr()` of a string and
 * the printable test it rests on. The str type itself arrives with the object model.
 *
 * A character is printable unless its Unicode category is a control or format character,
 * a surrogate, private-use or unassigned (Cc Cf Cs Co Cn), or a separator (Zl Zp Zs) other
 * than the ASCII space. repr() keeps printable characters as they are and escapes the rest:
 *
 *   >>> repr("tab\there, caf\u00e9, \u200b, \U0001f600")
 *   "'tab\\there, café, \\u200b, 😀'"
 *
 * The categories are Unicode 14.0's, as in CPython 3.11 (unicodetype_db.generated.ts), not
 * the JavaScript engine's newer tables.
 */
import { PRINTABLE_RANGES } from "./unicodetype_db.generated.ts";

/** @cpython _PyUnicode_IsPrintable: binary search in the printable ranges. */
export function _PyUnicode_IsPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  let lo = 0;
  let hi = (PRINTABLE_RANGES.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < PRINTABLE_RANGES[2 * mid]) hi = mid - 1;
    else if (cp > PRINTABLE_RANGES[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const HEX = "0123456789abcdef";
function hex(cp: number, digits: number): string {
  let s = "";
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) s += HEX[(cp >> shift) & 0xf];
  return s;
}

/** Characters that repr() writes unchanged: printable ASCII other than the backslash. */
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** @cpython unicode_repr. The repr of a str, with CPython's choice of quotes and escapes. */
export function unicode_repr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (PLAIN_ASCII.test(s)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (_PyUnicode_IsPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out + quote;
}
