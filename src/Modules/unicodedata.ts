/**
 * @mirrors Modules/unicodedata.c
 *
 * The Unicode Character Database, version 14.0.0 (CPython 3.11's): each character's general
 * category, canonical combining class, bidirectional class, east asian width, mirrored flag,
 * decomposition mapping, name, and the decimal/digit/numeric values (those come from the
 * tables str itself uses, unicodectype.ts); the four normalization forms; and the old
 * Unicode 3.2.0 database that IDNA (encodings.idna, stringprep) needs, as `ucd_3_2_0`.
 *
 * The data (unicodedata_db.generated.ts, unicodedata_names.generated.ts) is compact text
 * unpacked on first use: the properties as runs of equal records over the code space,
 *
 *   U+0041..U+005A  26 x record {Lu, combining 0, L, Na, not mirrored, no quick-check bits}
 *   U+005B          1 x record {Ps, 0, ON, Na, mirrored, -}
 *
 * found by binary search; the decompositions as a map; the composition pairs derived from
 * the canonical decompositions minus the composition exclusions.
 *
 * Normalization follows UAX #15 as CPython codes it: NFD/NFKD decompose recursively
 * (Hangul syllables by arithmetic) and sort combining marks into canonical order; NFC/NFKC
 * then recompose each starter with the following characters it is not blocked from:
 *
 *   >>> [hex(ord(c)) for c in unicodedata.normalize('NFD', 'ǖ')]
 *   ['0x75', '0x308', '0x304']
 *   >>> unicodedata.normalize('NFC', 'u\u0308\u0304') == 'ǖ'
 *   True
 *
 * A quick check (one bit per form and character: "may change") lets normalize() hand back
 * its argument untouched when no character can change, as CPython's does.
 *
 * ucd_3_2_0 is CPython's design too: a change record per character against the 14.0 data
 * (characters not assigned in 3.2.0 have no properties), plus five normalization
 * corrections; composition uses the 14.0 pairs.
 *
 * DIVERGENCE: the _ucnhash_CAPI capsule is not provided (there are no capsules): the name
 * lookups that \N{...} escapes and the namereplace handler need are exported functions
 * (_getcode, _getucname).
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, type PyMethodDef, METH_O, METH_FASTCALL,
  Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_KeyError, PyExc_TypeError } from "../Objects/exceptions.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_GET_LENGTH, PyUnicode_READ_CHAR,
  _PyArg_BadArgument, fromCodePoints,
} from "../Objects/unicodeobject.ts";
import { _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyModule_Create, PyModule_AddType, PyModule_AddObjectRef, PyModule_AddStringConstant, PyModuleObject } from "../Objects/moduleobject.ts";
import { PyDict_DelItemString, PyDict_GetItemString } from "../Objects/dictobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyUnicode_ToDecimalDigit, _PyUnicode_ToDigit, _PyUnicode_ToNumeric } from "../Objects/unicodectype.ts";
import { NAME_TABLE, NAME_WORDS } from "./unicodedata_names.generated.ts";
import {
  CATEGORY_NAMES, BIDIRECTIONAL_NAMES, EAST_ASIAN_WIDTH_NAMES, RECORDS, RECORD_RUNS, DECOMP_PREFIXES,
  DECOMPOSITIONS, COMPOSITION_EXCLUSIONS, CHANGES_3_2_0, CHANGE_RUNS_3_2_0, NORMALIZATION_3_2_0, ALIASES,
  NAMED_SEQUENCES,
} from "./unicodedata_db.generated.ts";

const UNIDATA_VERSION = "14.0.0";

// =============================================================================================
// The database, unpacked on first use
// =============================================================================================

/** Runs [start, start + length) of one value: sorted starts and the value of each run. */
class Runs {
  starts: Int32Array;
  values: Uint16Array;
  constructor(text: string) {
    const items = text.split(",");
    this.starts = new Int32Array(items.length);
    this.values = new Uint16Array(items.length);
    let start = 0;
    for (let i = 0; i < items.length; i++) {
      const dot = items[i].indexOf(".");
      this.starts[i] = start;
      this.values[i] = parseInt(items[i].slice(dot + 1), 36);
      start += parseInt(items[i].slice(0, dot), 36);
    }
  }
  /** The value of the run holding code point `cp` (0 <= cp < 0x110000). */
  get(cp: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= cp) lo = mid;
      else hi = mid - 1;
    }
    return this.values[lo];
  }
}

class Database {
  /** Record number of each run (RECORDS holds 6 numbers per record). */
  records: Runs;
  /** Decomposition of a character: [tag number, code points...]. */
  decomp: Map<number, number[]>;
  /** Characters that start / end some composition pair (nfc_first, nfc_last). */
  comp_first: Set<number>;
  comp_last: Set<number>;
  /** first * 0x110000 + last -> the composed character (comp_data). */
  comp: Map<number, number>;
  /** Change record number (0: none) of each 3.2.0 run. */
  changes: Runs;
  constructor() {
    this.records = new Runs(RECORD_RUNS);
    this.changes = new Runs(CHANGE_RUNS_3_2_0);
    this.decomp = new Map();
    let cp = 0;
    for (const line of DECOMPOSITIONS.split("\n")) {
      const parts = line.split(" ");
      cp += parseInt(parts[0], 36);
      const entry = new Array<number>(parts.length - 1);
      for (let i = 1; i < parts.length; i++) entry[i - 1] = parseInt(parts[i], 36);
      this.decomp.set(cp, entry);
    }
    const excluded = new Set(COMPOSITION_EXCLUSIONS.split(",").map((s) => parseInt(s, 36)));
    this.comp_first = new Set();
    this.comp_last = new Set();
    this.comp = new Map();
    for (const [ch, d] of this.decomp) {
      // Pairs: canonical two-character mappings starting with a starter, not excluded.
      if (d[0] !== 0 || d.length !== 3 || excluded.has(ch) || RECORDS[this.records.get(d[1]) * 6 + 1] !== 0) continue;
      this.comp_first.add(d[1]);
      this.comp_last.add(d[2]);
      this.comp.set(d[1] * 0x110000 + d[2], ch);
    }
  }
}

let database: Database | null = null;
const db = (): Database => (database ??= new Database());

const CATEGORY = 0, COMBINING = 1, BIDIRECTIONAL = 2, EAST_ASIAN_WIDTH = 3, MIRRORED = 4, QUICKCHECK = 5;

/** @cpython _getrecord_ex: offset of the character's record in RECORDS. */
function _getrecord_ex(code: number): number {
  if (code >= 0x110000) return 0;
  return db().records.get(code) * 6;
}

const combining_of = (code: number): number => RECORDS[_getrecord_ex(code) + COMBINING];

/** The "unchanged" change record. */
const NO_CHANGE: readonly (number | null)[] = [255, 255, 255, 255, null, null];
const CAT_CHANGED = 0, BIDIR_CHANGED = 1, EAW_CHANGED = 2, MIRRORED_CHANGED = 3, DECIMAL_CHANGED = 4, NUMERIC_CHANGED = 5;

/** @cpython get_change_3_2_0 */
function get_change_3_2_0(code: number): readonly (number | null)[] {
  if (code >= 0x110000) return NO_CHANGE;
  const i = db().changes.get(code);
  return i === 0 ? NO_CHANGE : CHANGES_3_2_0[i - 1];
}

/** @cpython normalization_3_2_0: the 3.2.0 decomposition of the few corrected characters, or 0. */
function normalization_3_2_0(code: number): number {
  for (const [c, v] of NORMALIZATION_3_2_0) if (c === code) return v;
  return 0;
}

// =============================================================================================
// The UCD type (ucd_3_2_0) and the shared method table
// =============================================================================================

/** @cpython PreviousDBVersion: an old database version, as deltas against the current one. */
export class PreviousDBVersion extends PyObject {
  name: string;
  getrecord: (code: number) => readonly (number | null)[];
  normalization: (code: number) => number;
  constructor(type: PyTypeObject, name: string, getrecord: (code: number) => readonly (number | null)[],
    normalization: (code: number) => number) {
    super(type);
    this.name = name;
    this.getrecord = getrecord;
    this.normalization = normalization;
  }
}

/** @cpython UCD_Check: self is a UCD object (the functions also run as module functions). */
const UCD_Check = (self: PyObject | null): self is PreviousDBVersion => self instanceof PreviousDBVersion;

/** The `chr: int(accept={str})` argument: the code point of a one-character str, or -1 with TypeError. */
function char_arg(fname: string, displayname: string, arg: PyObject): number {
  if (!PyUnicode_Check(arg) || PyUnicode_GET_LENGTH(arg) !== 1) {
    _PyArg_BadArgument(fname, displayname, "a unicode character", arg);
    return -1;
  }
  return PyUnicode_READ_CHAR(arg, 0);
}

/** The (chr, default) arguments of decimal/digit/numeric/name; null with an error set. */
function char_and_default(fname: string, args: PyObject[]): [number, PyObject | null] | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, 2)) return null;
  const c = char_arg(fname, "argument 1", args[0]);
  if (c < 0) return null;
  return [c, args.length > 1 ? args[1] : null];
}

function default_or_error(default_value: PyObject | null, message: string): PyObject | null {
  if (default_value === null) return PyErr_SetString(PyExc_ValueError, message);
  Py_INCREF(default_value);
  return default_value;
}

/** @cpython unicodedata_UCD_decimal_impl: decimal(chr, default=<unrepresentable>, /) */
function unicodedata_UCD_decimal(self: PyObject | null, args: PyObject[]): PyObject | null {
  const a = char_and_default("decimal", args);
  if (a === null) return null;
  const [c, default_value] = a;
  let have_old = false;
  let rc = 0;
  if (UCD_Check(self)) {
    const old = self.getrecord(c);
    if (old[CAT_CHANGED] === 0) {
      have_old = true;
      rc = -1;
    } else if (old[DECIMAL_CHANGED] !== null) {
      have_old = true;
      rc = old[DECIMAL_CHANGED]!;
    }
  }
  if (!have_old) rc = _PyUnicode_ToDecimalDigit(c);
  if (rc < 0) return default_or_error(default_value, "not a decimal");
  return PyLong_FromNumber(rc);
}

/** @cpython unicodedata_UCD_digit_impl: digit(chr, default=<unrepresentable>, /) (the same in 3.2.0) */
function unicodedata_UCD_digit(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const a = char_and_default("digit", args);
  if (a === null) return null;
  const rc = _PyUnicode_ToDigit(a[0]);
  if (rc < 0) return default_or_error(a[1], "not a digit");
  return PyLong_FromNumber(rc);
}

/** @cpython unicodedata_UCD_numeric_impl: numeric(chr, default=<unrepresentable>, /) */
function unicodedata_UCD_numeric(self: PyObject | null, args: PyObject[]): PyObject | null {
  const a = char_and_default("numeric", args);
  if (a === null) return null;
  const [c, default_value] = a;
  let have_old = false;
  let rc = 0;
  if (UCD_Check(self)) {
    const old = self.getrecord(c);
    if (old[CAT_CHANGED] === 0) {
      have_old = true;
      rc = -1.0;
    } else if (old[NUMERIC_CHANGED] !== null) {
      have_old = true;
      rc = old[NUMERIC_CHANGED]!;
    }
  }
  if (!have_old) rc = _PyUnicode_ToNumeric(c);
  if (rc === -1.0) return default_or_error(default_value, "not a numeric character");
  return PyFloat_FromDouble(rc);
}

/** @cpython unicodedata_UCD_category_impl */
function unicodedata_UCD_category(self: PyObject | null, arg: PyObject): PyObject | null {
  const c = char_arg("category", "argument", arg);
  if (c < 0) return null;
  let index = RECORDS[_getrecord_ex(c) + CATEGORY];
  if (UCD_Check(self)) {
    const old = self.getrecord(c);
    if (old[CAT_CHANGED] !== 255) index = old[CAT_CHANGED]!;
  }
  return PyUnicode_FromString(CATEGORY_NAMES[index]);
}

/** @cpython unicodedata_UCD_bidirectional_impl ("" when there is none) */
function unicodedata_UCD_bidirectional(self: PyObject | null, arg: PyObject): PyObject | null {
  const c = char_arg("bidirectional", "argument", arg);
  if (c < 0) return null;
  let index = RECORDS[_getrecord_ex(c) + BIDIRECTIONAL];
  if (UCD_Check(self)) {
    const old = self.getrecord(c);
    if (old[CAT_CHANGED] === 0) index = 0;
    else if (old[BIDIR_CHANGED] !== 255) index = old[BIDIR_CHANGED]!;
  }
  return PyUnicode_FromString(BIDIRECTIONAL_NAMES[index]);
}

/** @cpython unicodedata_UCD_combining_impl: the canonical combining class (0 when none). */
function unicodedata_UCD_combining(self: PyObject | null, arg: PyObject): PyObject | null {
  const c = char_arg("combining", "argument", arg);
  if (c < 0) return null;
  let index = RECORDS[_getrecord_ex(c) + COMBINING];
  if (UCD_Check(self) && self.getrecord(c)[CAT_CHANGED] === 0) index = 0;
  return PyLong_FromNumber(index);
}

/** @cpython unicodedata_UCD_mirrored_impl: 1 if the character is mirrored in bidirectional text. */
function unicodedata_UCD_mirrored(self: PyObject | null, arg: PyObject): PyObject | null {
  const c = char_arg("mirrored", "argument", arg);
  if (c < 0) return null;
  let index = RECORDS[_getrecord_ex(c) + MIRRORED];
  if (UCD_Check(self)) {
    const old = self.getrecord(c);
    if (old[CAT_CHANGED] === 0) index = 0;
    else if (old[MIRRORED_CHANGED] !== 255) index = old[MIRRORED_CHANGED]!;
  }
  return PyLong_FromNumber(index);
}

/** @cpython unicodedata_UCD_east_asian_width_impl */
function unicodedata_UCD_east_asian_width(self: PyObject | null, arg: PyObject): PyObject | null {
  const c = char_arg("east_asian_width", "argument", arg);
  if (c < 0) return null;
  let index = RECORDS[_getrecord_ex(c) + EAST_ASIAN_WIDTH];
  if (UCD_Check(self)) {
    const old = self.getrecord(c);
    if (old[CAT_CHANGED] === 0) index = 0;
    else if (old[EAW_CHANGED] !== 255) index = old[EAW_CHANGED]!;
  }
  return PyUnicode_FromString(EAST_ASIAN_WIDTH_NAMES[index]);
}

const hex4 = (c: number): string => c.toString(16).toUpperCase().padStart(4, "0");

/** @cpython unicodedata_UCD_decomposition_impl: e.g. "<compat> 0020 0308" ("" when none). */
function unicodedata_UCD_decomposition(self: PyObject | null, arg: PyObject): PyObject | null {
  const c = char_arg("decomposition", "argument", arg);
  if (c < 0) return null;
  if (UCD_Check(self) && self.getrecord(c)[CAT_CHANGED] === 0) return PyUnicode_FromString("");
  const d = db().decomp.get(c);
  if (d === undefined) return PyUnicode_FromString("");
  let s = DECOMP_PREFIXES[d[0]];
  for (let i = 1; i < d.length; i++) s += (s ? " " : "") + hex4(d[i]);
  return PyUnicode_FromString(s);
}

/** @cpython get_decomp_record: the mapping [tag, code points...] to use, or null. */
function get_decomp_record(self: PyObject | null, code: number): number[] | null {
  if (code >= 0x110000) return null;
  if (UCD_Check(self) && self.getrecord(code)[CAT_CHANGED] === 0) return null;
  return db().decomp.get(code) ?? null;
}

// -- normalization -------------------------------------------------------------------------------

const SBase = 0xac00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11a7;
const LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

/** The code points of a str. */
function codepoints(s: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    out.push(c);
    k += c > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * @cpython nfd_nfkd: full canonical (k: compatibility) decomposition, then the canonical
 * ordering of combining marks (a stable sort by combining class between starters).
 */
function nfd_nfkd(self: PyObject | null, input: number[], k: boolean): number[] {
  const output: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < input.length; i++) {
    stack.push(input[i]);
    while (stack.length) {
      let code = stack.pop()!;
      if (SBase <= code && code < SBase + SCount) {
        const SIndex = code - SBase;
        output.push(LBase + Math.floor(SIndex / NCount), VBase + Math.floor((SIndex % NCount) / TCount));
        const T = TBase + (SIndex % TCount);
        if (T !== TBase) output.push(T);
        continue;
      }
      if (UCD_Check(self)) {
        const value = self.normalization(code);
        if (value !== 0) {
          stack.push(value);
          continue;
        }
      }
      const d = get_decomp_record(self, code);
      if (d === null || (d[0] !== 0 && !k)) {
        output.push(code);
        continue;
      }
      for (let n = d.length - 1; n >= 1; n--) {
        code = d[n];
        stack.push(code);
      }
    }
  }
  // Canonical ordering: move each mark left past marks of a higher class.
  if (output.length === 0) return output;
  let prev = combining_of(output[0]);
  for (let i = 1; i < output.length; i++) {
    const cur = combining_of(output[i]);
    if (prev === 0 || cur === 0 || prev <= cur) {
      prev = cur;
      continue;
    }
    let o = i - 1;
    for (;;) {
      const tmp = output[o + 1];
      output[o + 1] = output[o];
      output[o] = tmp;
      o--;
      if (o < 0) break;
      prev = combining_of(output[o]);
      if (prev === 0 || prev <= cur) break;
    }
    prev = combining_of(output[i]);
  }
  return output;
}

/** @cpython nfc_nfkc: decompose, then compose each starter with what follows it, unblocked. */
function nfc_nfkc(self: PyObject | null, input: number[], k: boolean): number[] {
  const data = nfd_nfkd(self, input, k);
  const { comp_first, comp_last, comp } = db();
  const len = data.length;
  const output: number[] = [];
  const skipped: number[] = [];
  let i = 0;
  outer: while (i < len) {
    for (let index = 0; index < skipped.length; index++) {
      if (skipped[index] === i) {
        // Already combined into an earlier character.
        skipped[index] = skipped[skipped.length - 1];
        skipped.pop();
        i++;
        continue outer;
      }
    }
    let code = data[i];
    // Hangul: a leading consonant and a vowel (and maybe a trailing consonant) make a syllable.
    if (LBase <= code && code < LBase + LCount && i + 1 < len && VBase <= data[i + 1] && data[i + 1] < VBase + VCount) {
      const LIndex = code - LBase;
      const VIndex = data[i + 1] - VBase;
      code = SBase + (LIndex * VCount + VIndex) * TCount;
      i += 2;
      if (i < len && TBase < data[i] && data[i] < TBase + TCount) {
        code += data[i] - TBase;
        i++;
      }
      output.push(code);
      continue;
    }
    if (!comp_first.has(code)) {
      output.push(code);
      i++;
      continue;
    }
    // Find the next characters this one can absorb.
    let i1 = i + 1;
    let comb = 0;
    let o = output.length;
    output.push(code);
    while (i1 < len) {
      const code1 = data[i1];
      const comb1 = combining_of(code1);
      if (comb) {
        if (comb1 === 0) break;
        if (comb >= comb1) {
          // Blocked by an earlier mark of the same or a higher class.
          i1++;
          continue;
        }
      }
      const composed = comp_last.has(code1) ? comp.get(output[o] * 0x110000 + code1) : undefined;
      if (composed === undefined) {
        if (comb1 === 0) break;
        comb = comb1;
        i1++;
        continue;
      }
      output[o] = composed;
      skipped.push(i1);
      i1++;
      if (!comp_first.has(output[o])) break;
    }
    o++;
    i++;
  }
  return output;
}

const FORM_NFD = 0, FORM_NFKD = 1, FORM_NFC = 2, FORM_NFKC = 3;

/** The form number of "NFC", "NFKC", "NFD" or "NFKD", or -1 with ValueError. */
function form_number(form: PyUnicodeObject): number {
  switch (form.str) {
    case "NFD": return FORM_NFD;
    case "NFKD": return FORM_NFKD;
    case "NFC": return FORM_NFC;
    case "NFKC": return FORM_NFKC;
  }
  PyErr_SetString(PyExc_ValueError, "invalid normalization form");
  return -1;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * @cpython is_normalized_quickcheck: true when no character of the string may change under
 * the form (it is then certainly normalized). Disabled for UCD 3.2.0.
 * DIVERGENCE: CPython's table tells "no" from "maybe"; one bit per form is kept here, so the
 * answer is "certainly yes" or "look closer" (the callers then normalize and compare, which
 * gives the same results).
 */
function is_normalized_quickcheck(self: PyObject | null, s: string, form: number): boolean {
  if (UCD_Check(self)) return false;
  if (ASCII_ONLY.test(s)) return true;
  const bit = 1 << form;
  let prev_combining = 0;
  for (let k = 0; k < s.length;) {
    const ch = s.codePointAt(k)!;
    k += ch > 0xffff ? 2 : 1;
    const r = _getrecord_ex(ch);
    const combining = RECORDS[r + COMBINING];
    if (combining && prev_combining > combining) return false;
    prev_combining = combining;
    if (RECORDS[r + QUICKCHECK] & bit) return false;
  }
  return true;
}

function normalize_codepoints(self: PyObject | null, cps: number[], form: number): number[] {
  const k = form === FORM_NFKD || form === FORM_NFKC;
  return form >= FORM_NFC ? nfc_nfkc(self, cps, k) : nfd_nfkd(self, cps, k);
}

/** The two str arguments (form, unistr) of normalize/is_normalized; null with an error set. */
function form_and_str(fname: string, args: PyObject[]): [PyUnicodeObject, PyUnicodeObject] | null {
  if (!_PyArg_CheckPositional(fname, args.length, 2, 2)) return null;
  if (!PyUnicode_Check(args[0])) return _PyArg_BadArgument(fname, "argument 1", "str", args[0]);
  if (!PyUnicode_Check(args[1])) return _PyArg_BadArgument(fname, "argument 2", "str", args[1]);
  return [args[0], args[1]];
}

/** @cpython unicodedata_UCD_is_normalized_impl: is_normalized(form, unistr, /) */
function unicodedata_UCD_is_normalized(self: PyObject | null, args: PyObject[]): PyObject | null {
  const a = form_and_str("is_normalized", args);
  if (a === null) return null;
  const [form, input] = a;
  if (input.str.length === 0) return PyBool_FromLong(1);
  const f = form_number(form);
  if (f < 0) return null;
  if (is_normalized_quickcheck(self, input.str, f)) return PyBool_FromLong(1);
  const cmp = fromCodePoints(normalize_codepoints(self, codepoints(input.str), f));
  return PyBool_FromLong(cmp === input.str ? 1 : 0);
}

/** @cpython unicodedata_UCD_normalize_impl: normalize(form, unistr, /) */
function unicodedata_UCD_normalize(self: PyObject | null, args: PyObject[]): PyObject | null {
  const a = form_and_str("normalize", args);
  if (a === null) return null;
  const [form, input] = a;
  if (input.str.length === 0) {
    Py_INCREF(input);
    return input;
  }
  const f = form_number(form);
  if (f < 0) return null;
  if (is_normalized_quickcheck(self, input.str, f)) {
    Py_INCREF(input);
    return input;
  }
  return PyUnicode_FromString(fromCodePoints(normalize_codepoints(self, codepoints(input.str), f)));
}

// -- names ---------------------------------------------------------------------------------------

// Aliases and named sequences are filed under private-use code points, as CPython does
// (aliases_start, named_sequences_start); lookup() turns those back into what they name.
const aliases_start = 0xf0000;
const named_sequences_start = 0xf0200;

class NameTables {
  /** Name -> code point (names, then aliases at their private-use code points). */
  by_name: Map<string, number>;
  /** Code point -> name. */
  by_code: Map<number, string>;
  /** The character each alias stands for, by alias number. */
  name_aliases: number[];
  /** The code points of each named sequence. */
  named_sequences: number[][];
  constructor() {
    this.by_name = new Map();
    this.by_code = new Map();
    const words = NAME_WORDS.split(" ");
    let cp = 0;
    for (const line of NAME_TABLE.split("\n")) {
      const parts = line.split(" ");
      cp += parseInt(parts[0], 36);
      let name = words[parseInt(parts[1], 36)];
      for (let i = 2; i < parts.length; i++) name += " " + words[parseInt(parts[i], 36)];
      this.by_name.set(name, cp);
      this.by_code.set(cp, name);
    }
    this.name_aliases = [];
    for (const line of ALIASES.split("\n")) {
      const sp = line.indexOf(" ");
      const pua = aliases_start + this.name_aliases.length;
      this.name_aliases.push(parseInt(line.slice(0, sp), 36));
      this.by_name.set(line.slice(sp + 1), pua);
      this.by_code.set(pua, line.slice(sp + 1));
    }
    this.named_sequences = [];
    for (const line of NAMED_SEQUENCES.split("\n")) {
      const semi = line.indexOf(";");
      const pua = named_sequences_start + this.named_sequences.length;
      this.named_sequences.push(line.slice(0, semi).split(" ").map((s) => parseInt(s, 36)));
      this.by_name.set(line.slice(semi + 1), pua);
      this.by_code.set(pua, line.slice(semi + 1));
    }
  }
}

let name_tables: NameTables | null = null;
const names = (): NameTables => (name_tables ??= new NameTables());

const IS_ALIAS = (cp: number): boolean => cp >= aliases_start && cp < aliases_start + names().name_aliases.length;
const IS_NAMED_SEQ = (cp: number): boolean =>
  cp >= named_sequences_start && cp < named_sequences_start + names().named_sequences.length;

// Hangul syllable names are made from the names of their parts (jamo short names).
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** @cpython is_unified_ideograph: the CJK unified ideograph blocks of Unicode 14.0. */
function is_unified_ideograph(code: number): boolean {
  return (0x3400 <= code && code <= 0x4dbf) || (0x4e00 <= code && code <= 0x9fff) ||
    (0x20000 <= code && code <= 0x2a6df) || (0x2a700 <= code && code <= 0x2b738) ||
    (0x2b740 <= code && code <= 0x2b81d) || (0x2b820 <= code && code <= 0x2cea1) ||
    (0x2ceb0 <= code && code <= 0x2ebe0) || (0x30000 <= code && code <= 0x3134a);
}

/**
 * @cpython _getucname: the name of a code point, or null. With `with_alias_and_seq`, the
 * private-use code points standing for aliases and named sequences answer those names (the
 * namereplace handler shows them so). `self` is a UCD object for an old version, or null.
 */
export function _getucname(code: number, with_alias_and_seq: boolean, self: PyObject | null = null): string | null {
  if (code < 0 || code >= 0x110000) return null;
  if (!with_alias_and_seq && (IS_ALIAS(code) || IS_NAMED_SEQ(code))) return null;
  if (UCD_Check(self)) {
    if (IS_ALIAS(code) || IS_NAMED_SEQ(code)) return null;
    if (self.getrecord(code)[CAT_CHANGED] === 0) return null;
  }
  if (SBase <= code && code < SBase + SCount) {
    const SIndex = code - SBase;
    return "HANGUL SYLLABLE " + JAMO_L[Math.floor(SIndex / NCount)] + JAMO_V[Math.floor((SIndex % NCount) / TCount)] +
      JAMO_T[SIndex % TCount];
  }
  if (is_unified_ideograph(code)) return "CJK UNIFIED IDEOGRAPH-" + code.toString(16).toUpperCase();
  return names().by_code.get(code) ?? null;
}

/** @cpython find_syllable: the longest jamo short name of `column` that `str` starts with. */
function find_syllable(str: string, table: readonly string[]): [number, number] {
  let len = -1, pos = -1;
  for (let i = 0; i < table.length; i++) {
    const s = table[i];
    if (s.length <= len) continue;
    if (str.startsWith(s)) {
      len = s.length;
      pos = i;
    }
  }
  return [len === -1 ? 0 : len, pos];
}

/** ASCII-only upper case (Py_TOUPPER), so that only ASCII letters match case-insensitively. */
const ascii_upper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());

/**
 * @cpython _getcode: the code point a name stands for, or -1. Names match without regard to
 * ASCII case, except the algorithmic HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH- prefixes,
 * which must be upper case as in CPython. Aliases resolve to their character (not for
 * 3.2.0); a named sequence answers its private-use code point when `with_named_seq`.
 */
function getcode(self: PyObject | null, name: string, with_named_seq: boolean): number {
  if (name.startsWith("HANGUL SYLLABLE ")) {
    let pos = 16;
    const [l1, L] = find_syllable(name.slice(pos), JAMO_L);
    pos += l1;
    const [l2, V] = find_syllable(name.slice(pos), JAMO_V);
    pos += l2;
    const [l3, T] = find_syllable(name.slice(pos), JAMO_T);
    pos += l3;
    if (L !== -1 && V !== -1 && T !== -1 && pos === name.length) return SBase + (L * VCount + V) * TCount + T;
    return -1;
  }
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return -1;
    const v = parseInt(hex, 16);
    return is_unified_ideograph(v) ? v : -1;
  }
  const v = names().by_name.get(ascii_upper(name));
  if (v === undefined) return -1;
  // _cmpname: the name must be one this database version has.
  if (_getucname(v, true, self) === null) return -1;
  if (!with_named_seq && IS_NAMED_SEQ(v)) return -1;
  if (IS_ALIAS(v)) return names().name_aliases[v - aliases_start];
  return v;
}

/**
 * The code point of a character name (with aliases, without named sequences), or -1: what
 * `\N{name}` escapes use (the capsule's getcode in CPython).
 */
export function _getcode(name: string): number {
  return getcode(null, name, false);
}

const NAME_MAXLEN = 256;

/** @cpython unicodedata_UCD_name_impl: name(chr, default=<unrepresentable>, /) */
function unicodedata_UCD_name(self: PyObject | null, args: PyObject[]): PyObject | null {
  const a = char_and_default("name", args);
  if (a === null) return null;
  const name = _getucname(a[0], false, self);
  if (name === null) return default_or_error(a[1], "no such name");
  return PyUnicode_FromString(name);
}

let utf8: InstanceType<typeof TextEncoder> | null = null;

/** @cpython unicodedata_UCD_lookup_impl: lookup(name, /) -> the character (or named sequence) */
function unicodedata_UCD_lookup(self: PyObject | null, arg: PyObject): PyObject | null {
  let name: string;
  let length: number;
  if (PyUnicode_Check(arg)) {
    name = arg.str;
    utf8 ??= new TextEncoder();
    length = /^[\x00-\x7f]*$/.test(name) ? name.length : utf8.encode(name).length;
  } else {
    const b = _PyObject_GetBufferData(arg);
    if (b === null) {
      return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
    }
    name = new TextDecoder("utf-8").decode(b);
    length = b.length;
  }
  if (length > NAME_MAXLEN) return PyErr_SetString(PyExc_KeyError, "name too long");
  const code = getcode(self, name, true);
  if (code < 0) {
    const nul = name.indexOf("\0");
    return PyErr_SetString(PyExc_KeyError, `undefined character name '${nul < 0 ? name : name.slice(0, nul)}'`);
  }
  if (IS_NAMED_SEQ(code)) return PyUnicode_FromString(fromCodePoints(names().named_sequences[code - named_sequences_start]));
  return PyUnicode_FromString(String.fromCodePoint(code));
}

// The same table serves the module's functions (self: the module) and UCD's methods.
const unicodedata_functions: PyMethodDef[] = [
  { ml_name: "decimal", ml_meth: unicodedata_UCD_decimal, ml_flags: METH_FASTCALL,
    ml_doc: "decimal($self, chr, default=<unrepresentable>, /)\n--\n\nThe decimal digit value of the character chr as an int;\ndefault (or ValueError) when it has none." },
  { ml_name: "digit", ml_meth: unicodedata_UCD_digit, ml_flags: METH_FASTCALL,
    ml_doc: "digit($self, chr, default=<unrepresentable>, /)\n--\n\nThe digit value of the character chr as an int;\ndefault (or ValueError) when it has none." },
  { ml_name: "numeric", ml_meth: unicodedata_UCD_numeric, ml_flags: METH_FASTCALL,
    ml_doc: "numeric($self, chr, default=<unrepresentable>, /)\n--\n\nThe numeric value of the character chr as a float;\ndefault (or ValueError) when it has none." },
  { ml_name: "category", ml_meth: unicodedata_UCD_category, ml_flags: METH_O,
    ml_doc: "category($self, chr, /)\n--\n\nThe general category of the character chr, such as 'Lu'." },
  { ml_name: "bidirectional", ml_meth: unicodedata_UCD_bidirectional, ml_flags: METH_O,
    ml_doc: "bidirectional($self, chr, /)\n--\n\nThe bidirectional class of the character chr, such as 'L';\n'' when it has none." },
  { ml_name: "combining", ml_meth: unicodedata_UCD_combining, ml_flags: METH_O,
    ml_doc: "combining($self, chr, /)\n--\n\nThe canonical combining class of the character chr (0 when it has none)." },
  { ml_name: "mirrored", ml_meth: unicodedata_UCD_mirrored, ml_flags: METH_O,
    ml_doc: "mirrored($self, chr, /)\n--\n\n1 when the character chr is mirrored in bidirectional text, else 0." },
  { ml_name: "east_asian_width", ml_meth: unicodedata_UCD_east_asian_width, ml_flags: METH_O,
    ml_doc: "east_asian_width($self, chr, /)\n--\n\nThe east asian width of the character chr, such as 'W' or 'Na'." },
  { ml_name: "decomposition", ml_meth: unicodedata_UCD_decomposition, ml_flags: METH_O,
    ml_doc: "decomposition($self, chr, /)\n--\n\nThe decomposition mapping of the character chr as text, such as\n'<compat> 0020 0308'; '' when it has none." },
  { ml_name: "name", ml_meth: unicodedata_UCD_name, ml_flags: METH_FASTCALL,
    ml_doc: "name($self, chr, default=<unrepresentable>, /)\n--\n\nThe name of the character chr; default (or ValueError) when it has none." },
  { ml_name: "lookup", ml_meth: unicodedata_UCD_lookup, ml_flags: METH_O,
    ml_doc: "lookup($self, name, /)\n--\n\nThe character (or named sequence) with the given name; KeyError when\nthere is none." },
  { ml_name: "is_normalized", ml_meth: unicodedata_UCD_is_normalized, ml_flags: METH_FASTCALL,
    ml_doc: "is_normalized($self, form, unistr, /)\n--\n\nWhether the string unistr is in the normal form 'NFC', 'NFKC', 'NFD' or 'NFKD'." },
  { ml_name: "normalize", ml_meth: unicodedata_UCD_normalize, ml_flags: METH_FASTCALL,
    ml_doc: "normalize($self, form, unistr, /)\n--\n\nThe string unistr in the normal form 'NFC', 'NFKC', 'NFD' or 'NFKD'." },
];

/** @cpython ucd_dealloc */
function ucd_dealloc(_self: PyObject): void {
  // Nothing to release: the record functions are shared.
}

/** @cpython ucd_type_spec: unicodedata.UCD, the type of ucd_3_2_0. */
export const UCD_Type: PyTypeObject = new PyTypeObject({
  tp_name: "unicodedata.UCD",
  tp_basicsize: 40,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: ucd_dealloc,
  tp_methods: unicodedata_functions,
  tp_members: [{ name: "unidata_version", get: (o) => PyUnicode_FromString((o as PreviousDBVersion).name) }],
});

const unicodedata_docstring =
  "The Unicode Character Database (UCD), version " + UNIDATA_VERSION + ": the properties of every\n" +
  "character (category, bidirectional class, combining class, east asian width, decomposition,\n" +
  "numeric values, names) and the normalization forms, with the names and symbols of the\n" +
  "UnicodeData file format " + UNIDATA_VERSION + ".";

/** @cpython PyInit_unicodedata (with unicodedata_exec) */
export function PyInit_unicodedata(): PyObject | null {
  const m: PyModuleObject = PyModule_Create("unicodedata", unicodedata_docstring, unicodedata_functions);
  if (PyModule_AddStringConstant(m, "unidata_version", UNIDATA_VERSION) < 0) return null;
  if (PyModule_AddType(m, UCD_Type) < 0) return null;
  // Instances come only from here (Py_TPFLAGS_DISALLOW_INSTANTIATION): no __new__.
  UCD_Type.tp_new = null;
  if (PyDict_GetItemString(UCD_Type.tp_dict!, "__new__") !== null) PyDict_DelItemString(UCD_Type.tp_dict!, "__new__");
  const v = new PreviousDBVersion(UCD_Type, "3.2.0", get_change_3_2_0, normalization_3_2_0);
  const r = PyModule_AddObjectRef(m, "ucd_3_2_0", v);
  Py_DECREF(v);
  if (r < 0) return null;
  return m;
}
