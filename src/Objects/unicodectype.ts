/**
 * @mirrors Objects/unicodectype.c
 * What a single character is: the Unicode 14.0 facts str's methods consult (is it a letter,
 * a decimal digit, whitespace, cased; what are its upper/lower/title/fold mappings).
 *
 * Each code point leads, through a two-level index, to one of a few hundred distinct
 * "type records" (unicodetype_db.generated.ts):
 *
 *   cp = U+00DF 'ß'   index1[cp >> SHIFT] -> block b   index2[(b << SHIFT) | (cp & mask)] -> record r
 *   record r: flags ALPHA|LOWER|CASED|EXTENDED_CASE|..., upper -> "SS" (2 chars at some offset
 *             of the extended case array), lower -> "ß", title -> "Ss", fold -> "ss"
 *
 * Most records hold their case mappings as a delta to the character ('a' -> 'A' is -32); a
 * record whose mapping is longer than one character (or whose case folding differs from its
 * lowercase) sets EXTENDED_CASE_MASK and points into the extended case array instead.
 *
 *   >>> 'ß'.upper(), 'ß'.casefold(), 'ǅ'.istitle(), '٣'.isdecimal(), '½'.isnumeric()
 *   ('SS', 'ss', True, True, True)
 */
import {
  _PyUnicode_TypeRecords, _PyUnicode_ExtendedCase, SHIFT, index1, index2, NUMERIC_CODEPOINTS, NUMERIC_VALUES,
} from "./unicodetype_db.generated.ts";

const ALPHA_MASK = 0x01;
const DECIMAL_MASK = 0x02;
const DIGIT_MASK = 0x04;
const LOWER_MASK = 0x08;
const LINEBREAK_MASK = 0x10;
const SPACE_MASK = 0x20;
const TITLE_MASK = 0x40;
const UPPER_MASK = 0x80;
const XID_START_MASK = 0x100;
const XID_CONTINUE_MASK = 0x200;
const PRINTABLE_MASK = 0x400;
const NUMERIC_MASK = 0x800;
const CASE_IGNORABLE_MASK = 0x1000;
const CASED_MASK = 0x2000;
const EXTENDED_CASE_MASK = 0x4000;

const LOW_MASK = (1 << SHIFT) - 1;

/** @cpython gettyperecord: the offset of ch's record in _PyUnicode_TypeRecords (6 ints each). */
function gettyperecord(ch: number): number {
  if (ch >= 0x110000 || ch < 0) return 0;
  return index2[(index1[ch >> SHIFT] << SHIFT) + (ch & LOW_MASK)] * 6;
}

const UPPER = 0, LOWER = 1, TITLE = 2, DECIMAL = 3, DIGIT = 4, FLAGS = 5;

const flags = (ch: number): number => _PyUnicode_TypeRecords[gettyperecord(ch) + FLAGS];

/** @cpython _PyUnicode_ToTitlecase (the first character of the full mapping) */
export function _PyUnicode_ToTitlecase(ch: number): number {
  const r = gettyperecord(ch);
  const v = _PyUnicode_TypeRecords[r + TITLE];
  if (_PyUnicode_TypeRecords[r + FLAGS] & EXTENDED_CASE_MASK) return _PyUnicode_ExtendedCase[v & 0xffff];
  return ch + v;
}

/** @cpython _PyUnicode_IsTitlecase: category Lt. */
export const _PyUnicode_IsTitlecase = (ch: number): boolean => (flags(ch) & TITLE_MASK) !== 0;
/** @cpython _PyUnicode_IsXidStart */
export const _PyUnicode_IsXidStart = (ch: number): boolean => (flags(ch) & XID_START_MASK) !== 0;
/** @cpython _PyUnicode_IsXidContinue */
export const _PyUnicode_IsXidContinue = (ch: number): boolean => (flags(ch) & XID_CONTINUE_MASK) !== 0;

/** @cpython _PyUnicode_ToDecimalDigit: 0-9, or -1. */
export function _PyUnicode_ToDecimalDigit(ch: number): number {
  const r = gettyperecord(ch);
  return _PyUnicode_TypeRecords[r + FLAGS] & DECIMAL_MASK ? _PyUnicode_TypeRecords[r + DECIMAL] : -1;
}
/** @cpython _PyUnicode_IsDecimalDigit */
export const _PyUnicode_IsDecimalDigit = (ch: number): boolean => (flags(ch) & DECIMAL_MASK) !== 0;

/** @cpython _PyUnicode_ToDigit: 0-9, or -1. */
export function _PyUnicode_ToDigit(ch: number): number {
  const r = gettyperecord(ch);
  return _PyUnicode_TypeRecords[r + FLAGS] & DIGIT_MASK ? _PyUnicode_TypeRecords[r + DIGIT] : -1;
}
/** @cpython _PyUnicode_IsDigit */
export const _PyUnicode_IsDigit = (ch: number): boolean => (flags(ch) & DIGIT_MASK) !== 0;
/** @cpython _PyUnicode_IsNumeric */
export const _PyUnicode_IsNumeric = (ch: number): boolean => (flags(ch) & NUMERIC_MASK) !== 0;

/** @cpython _PyUnicode_ToNumeric: the numeric value (½ is 0.5), or -1.0. */
export function _PyUnicode_ToNumeric(ch: number): number {
  let lo = 0, hi = NUMERIC_CODEPOINTS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = NUMERIC_CODEPOINTS[mid];
    if (c < ch) lo = mid + 1;
    else if (c > ch) hi = mid - 1;
    else return NUMERIC_VALUES[mid];
  }
  return -1.0;
}

/** @cpython _PyUnicode_IsPrintable (the table form; unicodeobject.ts keeps a range search too) */
export const _PyUnicode_IsPrintableFlag = (ch: number): boolean => (flags(ch) & PRINTABLE_MASK) !== 0;
/** @cpython _PyUnicode_IsLowercase: the Lowercase property. */
export const _PyUnicode_IsLowercase = (ch: number): boolean => (flags(ch) & LOWER_MASK) !== 0;
/** @cpython _PyUnicode_IsUppercase: the Uppercase property. */
export const _PyUnicode_IsUppercase = (ch: number): boolean => (flags(ch) & UPPER_MASK) !== 0;
/** @cpython _PyUnicode_IsCased */
export const _PyUnicode_IsCased = (ch: number): boolean => (flags(ch) & CASED_MASK) !== 0;
/** @cpython _PyUnicode_IsCaseIgnorable */
export const _PyUnicode_IsCaseIgnorable = (ch: number): boolean => (flags(ch) & CASE_IGNORABLE_MASK) !== 0;
/** @cpython _PyUnicode_IsAlpha: categories Ll Lu Lt Lo Lm. */
export const _PyUnicode_IsAlpha = (ch: number): boolean => (flags(ch) & ALPHA_MASK) !== 0;
/** @cpython _PyUnicode_IsWhitespace: bidirectional WS, B or S, or category Zs. */
export const _PyUnicode_IsWhitespace = (ch: number): boolean => (flags(ch) & SPACE_MASK) !== 0;
/** @cpython _PyUnicode_IsLinebreak: what str.splitlines() splits at. */
export const _PyUnicode_IsLinebreak = (ch: number): boolean => (flags(ch) & LINEBREAK_MASK) !== 0;

/** @cpython _PyUnicode_ToUppercase (the first character of the full mapping) */
export function _PyUnicode_ToUppercase(ch: number): number {
  const r = gettyperecord(ch);
  const v = _PyUnicode_TypeRecords[r + UPPER];
  if (_PyUnicode_TypeRecords[r + FLAGS] & EXTENDED_CASE_MASK) return _PyUnicode_ExtendedCase[v & 0xffff];
  return ch + v;
}

/** @cpython _PyUnicode_ToLowercase (the first character of the full mapping) */
export function _PyUnicode_ToLowercase(ch: number): number {
  const r = gettyperecord(ch);
  const v = _PyUnicode_TypeRecords[r + LOWER];
  if (_PyUnicode_TypeRecords[r + FLAGS] & EXTENDED_CASE_MASK) return _PyUnicode_ExtendedCase[v & 0xffff];
  return ch + v;
}

/** Writes a full mapping (1 to 3 code points) into res; returns how many. */
function fullMapping(ch: number, field: number, res: Int32Array): number {
  const r = gettyperecord(ch);
  const v = _PyUnicode_TypeRecords[r + field];
  if (_PyUnicode_TypeRecords[r + FLAGS] & EXTENDED_CASE_MASK) {
    const index = v & 0xffff;
    const n = v >>> 24;
    for (let i = 0; i < n; i++) res[i] = _PyUnicode_ExtendedCase[index + i];
    return n;
  }
  res[0] = ch + v;
  return 1;
}

/** @cpython _PyUnicode_ToLowerFull */
export const _PyUnicode_ToLowerFull = (ch: number, res: Int32Array): number => fullMapping(ch, LOWER, res);
/** @cpython _PyUnicode_ToTitleFull */
export const _PyUnicode_ToTitleFull = (ch: number, res: Int32Array): number => fullMapping(ch, TITLE, res);
/** @cpython _PyUnicode_ToUpperFull */
export const _PyUnicode_ToUpperFull = (ch: number, res: Int32Array): number => fullMapping(ch, UPPER, res);

/** @cpython _PyUnicode_ToFoldedFull: the case folding, where it differs from the lowercase. */
export function _PyUnicode_ToFoldedFull(ch: number, res: Int32Array): number {
  const r = gettyperecord(ch);
  const lower = _PyUnicode_TypeRecords[r + LOWER];
  if (_PyUnicode_TypeRecords[r + FLAGS] & EXTENDED_CASE_MASK && (lower >> 20) & 7) {
    const index = (lower & 0xffff) + (lower >>> 24);
    const n = (lower >> 20) & 7;
    for (let i = 0; i < n; i++) res[i] = _PyUnicode_ExtendedCase[index + i];
    return n;
  }
  return fullMapping(ch, LOWER, res);
}

// -- ASCII and whole-range helpers (Include/cpython/unicodeobject.h macros) -----------------

/** @cpython _Py_ascii_whitespace: \t \n \v \f \r, the separators \x1c-\x1f and space. */
const ascii_whitespace = new Uint8Array(128);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20]) ascii_whitespace[c] = 1;

/** @cpython Py_UNICODE_ISSPACE */
export function Py_UNICODE_ISSPACE(ch: number): boolean {
  return ch < 128 ? ascii_whitespace[ch] === 1 : _PyUnicode_IsWhitespace(ch);
}

/** @cpython Py_UNICODE_ISLINEBREAK */
export function Py_UNICODE_ISLINEBREAK(ch: number): boolean {
  if (ch < 128) return ch === 0x0a || ch === 0x0d || (ch >= 0x1c && ch <= 0x1e) || ch === 0x0b || ch === 0x0c;
  return _PyUnicode_IsLinebreak(ch);
}

/** @cpython Py_UNICODE_ISALNUM */
export function Py_UNICODE_ISALNUM(ch: number): boolean {
  const f = flags(ch);
  return (f & (ALPHA_MASK | DECIMAL_MASK | DIGIT_MASK | NUMERIC_MASK)) !== 0;
}
