/**
 * @mirrors Objects/unicodeobject.c
 * The str type: its object layout, the shared empty and one-character strings, interning,
 * hashing, repr, every method of str in 3.11, printf-style formatting (`%`), the codecs
 * CPython builds in (UTF-8, ASCII, Latin-1, UTF-16, UTF-32) with their error handlers,
 * and the str iterator.
 *
 * How a str is held. A PyUnicodeObject wraps a JavaScript string. Python indexes a string
 * by code point; a JavaScript string is UTF-16, so a character beyond U+FFFF takes two
 * code units (a surrogate pair). A string is classified once, on first need:
 *
 *   "narrow"  no surrogate pair: code points and code units coincide, and every operation
 *             works on the JavaScript string directly (nearly all strings);
 *   "wide"    it holds a pair: its code points are kept in an array (`cps`) for indexing,
 *             slicing and len(); searches still run on the JavaScript string and convert
 *             positions between the two indexings.
 *
 *   >>> s = 'a\U0001F600b'          # JavaScript: 'a', '\ud83d', '\ude00', 'b'
 *   >>> len(s), s[1], s.find('b')
 *   (3, '😀', 2)
 *
 * DIVERGENCE: a Python string may hold a high surrogate followed by a low surrogate as two
 * separate characters ('\ud83d' + '\ude00' has length 2 in CPython); in a JavaScript string
 * those two code units are one character, so here that string has length 1. Strings made
 * of lone surrogates (surrogateescape) are unaffected.
 *
 * The "kind" CPython stores (1, 2 or 4 bytes per character: Latin-1, BMP, beyond) is
 * computed when it matters: for the hash (SipHash runs over that byte form) and for
 * __sizeof__ (49 + n for ASCII, 73 + n for Latin-1, 74 + 2n for the BMP, 76 + 4n beyond).
 *
 * Printable characters for repr(): everything except categories Cc Cf Cs Co Cn, Zl Zp and
 * Zs other than the ASCII space:
 *
 *   >>> repr("tab\there, caf\u00e9, \u200b, \U0001f600")
 *   "'tab\\there, café, \\u200b, 😀'"
 *
 * The character facts are Unicode 14.0's, as in CPython 3.11 (unicodetype_db.generated.ts
 * and unicodectype.ts), not the JavaScript engine's newer tables.
 */
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, Py_hash, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O, METH_FASTCALL,
  METH_KEYWORDS, METH_STATIC, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, type PyMethodDef,
} from "../Include/object.ts";
import { unicode_hash_hilo, hashResult } from "../Python/pyhash.ts";
import {
  PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_SetObject, PyErr_NoMemory,
} from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError, PyExc_LookupError, PyExc_SystemError,
  PyUnicodeEncodeError_Create, PyUnicodeDecodeError_Create,
} from "./exceptions.ts";
import { PyObject_Repr, PyObject_Str, PyObject_ASCII, Py_NotImplemented, Py_None, Py_NewNone } from "./object.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_CheckExact, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import {
  PyLongObject, PyLong_Check, PyLong_FromNumber, PyIndex_Check, PyNumber_AsSsize_t, PyNumber_Index, PyNumber_Long,
  long_to_decimal_string,
} from "./longobject.ts";
import { PyFloat_AsDouble } from "./floatobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyListObject, PyList_CheckExact, _PyList_FromArraySteal } from "./listobject.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, type PySliceObject } from "./sliceobject.ts";
import { PyDict_Check, PyDict_New, PyDict_SetItem, _PyDict_Items, type PyDictObject } from "./dictobject.ts";
import { PyObject_GetIter, PyIter_Next, PyObject_GetItem, PyNumber_Check } from "./abstract.ts";
import { PyObject_CallOneArg } from "./call.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { format_string, PyOS_double_to_string, Py_DTSF_ALT } from "../Python/formatter_unicode.ts";
import { PyBytes_FromArray, PyBytes_Check, type PyBytesObject, _PyObject_GetBufferData } from "./bytesobject.ts";
import { do_string_format, do_string_format_map, _PyUnicodeFormat_InitTypes } from "./stringlib/unicode_format.ts";
import { PRINTABLE_RANGES } from "./unicodetype_db.generated.ts";
import {
  _PyUnicode_IsCased, _PyUnicode_IsCaseIgnorable, _PyUnicode_IsLowercase, _PyUnicode_IsUppercase,
  _PyUnicode_IsTitlecase, _PyUnicode_IsAlpha, _PyUnicode_IsDecimalDigit, _PyUnicode_IsDigit, _PyUnicode_IsNumeric,
  _PyUnicode_IsXidStart, _PyUnicode_IsXidContinue, _PyUnicode_ToLowerFull, _PyUnicode_ToUpperFull,
  _PyUnicode_ToTitleFull, _PyUnicode_ToFoldedFull, Py_UNICODE_ISSPACE, Py_UNICODE_ISALNUM,
} from "./unicodectype.ts";
import { find_str, rfind_str, count_str } from "./stringlib/fastsearch.ts";
import {
  split_whitespace_str, rsplit_whitespace_str, split_str, rsplit_str, splitlines_str,
} from "./stringlib/split.ts";
import { firstUtf8Error } from "./utf8_errors.ts";
import { PyByteArray_Check } from "./bytearrayobject.ts";
import { PyMemoryView_FromArray } from "./memoryobject.ts";
import { _PyCodec_EncodeText, _PyCodec_DecodeText, PyCodec_LookupError, _PyCodec_EncodingsMissing } from "../Python/codecs.ts";
import { _getucname } from "../Modules/unicodedata.ts";

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

// =============================================================================================
// The str object
// =============================================================================================

const NARROW = 1;
const WIDE = 2;

export class PyUnicodeObject extends PyObject {
  /** Set by _PyUnicode_InitTypes: the `str` type (a static field keeps the exact-type check cheap). */
  static type: PyTypeObject;
  str: string;
  /** The cached hash (low/high 32 bits); `hashed` says whether it was computed. */
  hash_lo: number;
  hash_hi: number;
  hashed: boolean;
  /** 0 not yet classified, NARROW or WIDE (see the header). */
  kind: number;
  /** Code points of a WIDE string. */
  cps: number[] | null;
  interned: boolean;
  constructor(type: PyTypeObject, s: string) {
    super(type);
    this.str = s;
    this.hash_lo = 0;
    this.hash_hi = 0;
    this.hashed = false;
    this.kind = 0;
    this.cps = null;
    this.interned = false;
  }
}

/** @cpython PyUnicode_Check */
export const PyUnicode_Check = (o: PyObject): o is PyUnicodeObject => (o.ob_type.tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0;
/** @cpython PyUnicode_CheckExact */
export const PyUnicode_CheckExact = (o: PyObject): o is PyUnicodeObject => o.ob_type === PyUnicodeObject.type;

const SURROGATE = /[\ud800-\udfff]/;

/** Classify a string (see the header) and return its kind. */
export function unicode_kind(u: PyUnicodeObject): number {
  if (u.kind === 0) {
    if (SURROGATE.test(u.str)) {
      const cps: number[] = [];
      for (const ch of u.str) cps.push(ch.codePointAt(0)!);
      if (cps.length === u.str.length) u.kind = NARROW; // only lone surrogates
      else {
        u.kind = WIDE;
        u.cps = cps;
      }
    } else u.kind = NARROW;
  }
  return u.kind;
}

/** @cpython PyUnicode_GET_LENGTH: length in code points. */
export function PyUnicode_GET_LENGTH(u: PyUnicodeObject): number {
  return unicode_kind(u) === NARROW ? u.str.length : u.cps!.length;
}

/** The code point at index i (0 <= i < length). */
export function PyUnicode_READ_CHAR(u: PyUnicodeObject, i: number): number {
  return unicode_kind(u) === NARROW ? u.str.charCodeAt(i) : u.cps![i];
}

/** Code-point slice [start, stop) as a JS string. */
export function unicode_substring(u: PyUnicodeObject, start: number, stop: number): string {
  if (unicode_kind(u) === NARROW) return u.str.slice(start, stop);
  return fromCodePoints(u.cps!, start, stop);
}

/** Convert a UTF-16 index of a string into a code-point index. */
export function utf16ToCodePointIndex(u: PyUnicodeObject, i: number): number {
  if (i < 0 || unicode_kind(u) === NARROW) return i;
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = u.str.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < u.str.length) {
      const d = u.str.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

/** Convert a code-point index into a UTF-16 index. */
export function codePointToUtf16Index(u: PyUnicodeObject, i: number): number {
  if (unicode_kind(u) === NARROW) return i;
  let k = 0;
  for (let n = 0; n < i && k < u.str.length; n++) k += u.cps![n] > 0xffff ? 2 : 1;
  return k;
}

// The empty string and one-character Latin-1 strings are shared, as in CPython.
let unicode_empty: PyUnicodeObject | null = null;
const latin1: (PyUnicodeObject | null)[] = new Array(256).fill(null);

function immortalize(u: PyUnicodeObject): PyUnicodeObject {
  u.ob_refcnt = 1 << 20;
  u.interned = true;
  return u;
}

/** @cpython PyUnicode_FromString (from a JS string). @returns new */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) {
      if (unicode_empty === null) unicode_empty = immortalize(new PyUnicodeObject(PyUnicodeObject.type, ""));
      unicode_empty.ob_refcnt++;
      return unicode_empty;
    }
    const c = s.charCodeAt(0);
    if (c < 256) {
      let u = latin1[c];
      if (u === null) {
        u = immortalize(new PyUnicodeObject(PyUnicodeObject.type, s));
        interned.set(s, u);
        latin1[c] = u;
      }
      u.ob_refcnt++;
      return u;
    }
  }
  return new PyUnicodeObject(PyUnicodeObject.type, s);
}

// The interned strings: identifiers, attribute names, dict keys of code objects.
const interned = new Map<string, PyUnicodeObject>();

/** How many strings are interned (the start-up snapshot checks its warm-up adds none). */
export function _PyUnicode_InternedCount(): number {
  return interned.size;
}

/** @cpython PyUnicode_InternFromString @returns new */
export function PyUnicode_InternFromString(s: string): PyUnicodeObject {
  let u = interned.get(s);
  if (u === undefined) {
    u = PyUnicode_FromString(s);
    if (!u.interned) {
      u.interned = true;
      interned.set(s, u);
      // CPython's interned dict holds no counted reference; the first user owns it.
      return u;
    }
  }
  Py_INCREF(u);
  return u;
}

/** @cpython PyUnicode_InternInPlace: the canonical copy of `u`'s text (may be u itself). */
export function PyUnicode_InternInPlace(u: PyUnicodeObject): PyUnicodeObject {
  if (u.interned || u.ob_type !== PyUnicodeObject.type) return u;
  const existing = interned.get(u.str);
  if (existing !== undefined) return existing;
  u.interned = true;
  interned.set(u.str, u);
  return u;
}

/**
 * @cpython _PyUnicode_FromId: an interned identifier string that stays alive (like the
 * statically allocated _Py_ID strings, its count never reaches zero). @returns borrowed
 */
export function _PyUnicode_FromId(s: string): PyUnicodeObject {
  let u = interned.get(s);
  if (u === undefined) {
    u = PyUnicode_FromString(s);
    if (!u.interned) {
      u.interned = true;
      interned.set(s, u);
    }
  }
  if (u.ob_refcnt < 1 << 20) u.ob_refcnt += 1 << 20;
  return u;
}

/** @cpython unicode_hash (cached; SipHash-1-3 over the 1/2/4-byte form). */
export function unicode_hash(self: PyObject): number {
  const u = self as PyUnicodeObject;
  if (!u.hashed) {
    unicode_hash_hilo(u.str);
    u.hash_lo = hashResult.lo;
    u.hash_hi = hashResult.hi;
    u.hashed = true;
  }
  Py_hash.hi = u.hash_hi;
  return u.hash_lo;
}

/** Escape a str as ascii() does: repr with non-ASCII as \x, \u, \U escapes. */
export function unicode_ascii_escape(repr: string): string {
  let out = "";
  for (const ch of repr) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += "\\x" + hex(cp, 2);
    else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return out;
}


// =============================================================================================
// Small helpers: code points, lengths, results
// =============================================================================================

/** PY_SSIZE_T_MAX, as a double (the overflow checks compare against it). */
const PY_SSIZE_T_MAX = 9223372036854775807;
/**
 * The longest JavaScript string V8 makes (2**29 - 24 code units). A longer result is a
 * MemoryError here where CPython would try to allocate it.
 */
const MAX_STRING_UNITS = 0x1fffffe8;

const isHigh = (c: number): boolean => (c & 0xfc00) === 0xd800;
const isLow = (c: number): boolean => (c & 0xfc00) === 0xdc00;

/** Whether a JavaScript string holds a surrogate pair (its code points and code units differ). */
function hasPair(s: string): boolean {
  if (!SURROGATE.test(s)) return false;
  for (let i = 0; i + 1 < s.length; i++) if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) return true;
  return false;
}

/** Number of code points of a JavaScript string. */
export function cp_length(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/** The code point just before UTF-16 position j (j > 0). */
function cpBefore(s: string, j: number): number {
  const c = s.charCodeAt(j - 1);
  if (isLow(c) && j >= 2) {
    const h = s.charCodeAt(j - 2);
    if (isHigh(h)) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** A JavaScript string from code points cps[start:end]. */
export function fromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let s = "";
  const CHUNK = 4096;
  for (let i = start; i < end; i += CHUNK) {
    const stop = Math.min(end, i + CHUNK);
    const part: number[] = new Array(stop - i);
    for (let k = i; k < stop; k++) part[k - i] = cps[k];
    s += String.fromCodePoint.apply(null, part);
  }
  return s;
}

/** A JavaScript string from UTF-16 code units. */
function fromCodeUnits(units: number[]): string {
  let s = "";
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) s += String.fromCharCode.apply(null, units.slice(i, i + CHUNK));
  return s;
}

/** Append a code point to a list of UTF-16 code units. */
function pushCodePoint(units: number[], cp: number): void {
  if (cp > 0xffff) {
    cp -= 0x10000;
    units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
  } else units.push(cp);
}

/** @cpython unicode_char: the one-character string of a code point (shared below 256). @returns new */
export function PyUnicode_FromOrdinal(cp: number): PyUnicodeObject {
  return PyUnicode_FromString(String.fromCodePoint(cp));
}

/** A new str (or MemoryError when longer than a JavaScript string can be). @returns new */
function unicode_new_checked(units: number): boolean {
  if (units > MAX_STRING_UNITS) {
    PyErr_NoMemory();
    return false;
  }
  return true;
}

/** @cpython unicode_result_unchanged: self when it is an exact str, else an exact copy. @returns new */
export function unicode_result_unchanged(self: PyUnicodeObject): PyUnicodeObject {
  if (self.ob_type === PyUnicodeObject.type) {
    Py_INCREF(self);
    return self;
  }
  return _PyUnicode_Copy(self);
}

/** @cpython _PyUnicode_Copy: an exact str with the same text. @returns new */
export function _PyUnicode_Copy(self: PyUnicodeObject): PyUnicodeObject {
  const u = PyUnicode_FromString(self.str);
  if (u.kind === 0 && self.kind !== 0) {
    u.kind = self.kind;
    u.cps = self.cps;
  }
  return u;
}

/** @cpython PyUnicode_Substring: code points [start, end) of self. @returns new */
export function PyUnicode_Substring(self: PyUnicodeObject, start: number, end: number): PyUnicodeObject {
  const len = PyUnicode_GET_LENGTH(self);
  if (start < 0) start = 0;
  if (end > len) end = len;
  if (start === 0 && end === len) return unicode_result_unchanged(self);
  if (start >= end) return PyUnicode_FromString("");
  return PyUnicode_FromString(unicode_substring(self, start, end));
}

/** @cpython PyUnicode_AsUTF8 (the text itself; a JavaScript string needs no encoding) */
export function PyUnicode_AsUTF8(o: PyObject): string {
  return (o as PyUnicodeObject).str;
}

/** Largest code point of a string (PyUnicode_MAX_CHAR_VALUE, exact rather than by kind). */
function max_char(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > m) {
      if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) return 0x10000;
      m = c;
    }
  }
  return m;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

// =============================================================================================
// Argument conversion (the converters Argument Clinic generates for str's methods)
// =============================================================================================

const tpname = (o: PyObject): string => o.ob_type.tp_name;

/** @cpython _PyArg_BadArgument: "f() argument 1 must be str, not int" @returns null */
export function _PyArg_BadArgument(fname: string, displayname: string, expected: string, arg: PyObject): null {
  return PyErr_SetString(PyExc_TypeError,
    `${fname}() ${displayname} must be ${expected}, not ${arg === Py_None ? "None" : tpname(arg)}`);
}

/** The integer value of an int object as a JS number (exact up to 2**53) or bigint. */
function long_value(o: PyObject): number | bigint {
  return (o as PyLongObject).ob_ival;
}

/**
 * The Py_ssize_t converter: __index__, then a 64-bit range check ("Python int too large to
 * convert to C ssize_t"). null on error.
 */
export function _Py_ssize_t_converter(o: PyObject): number | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = long_value(o);
  else {
    const i = PyNumber_Index(o);
    if (i === null) return null;
    v = long_value(i);
    Py_DECREF(i);
  }
  if (typeof v === "number") return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    return null;
  }
  return Number(v);
}

/** The int converter (_PyLong_AsInt): __index__, then a 32-bit range check. null on error. */
export function _PyLong_AsInt(o: PyObject): number | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = long_value(o);
  else {
    const i = PyNumber_Index(o);
    if (i === null) return null;
    v = long_value(i);
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
    return null;
  }
  return v;
}

/**
 * @cpython _PyEval_SliceIndex: None keeps `dflt`; otherwise an integer (via __index__),
 * clamped to the Py_ssize_t range. null on error.
 */
export function _PyEval_SliceIndexOr(v: PyObject | undefined, dflt: number): number | null {
  if (v === undefined || v === Py_None) return dflt;
  if (!PyIndex_Check(v)) {
    PyErr_SetString(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return null;
  }
  const x = PyNumber_AsSsize_t(v, null);
  if (x === -1 && PyErr_Occurred()) return null;
  return x;
}

/** @cpython ADJUST_INDICES: clamp [start, end) to a sequence of length len (start may exceed len). */
export function ADJUST_INDICES(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** @cpython convert_uc: the fill character of center/ljust/rjust. null on error. */
function convert_uc(obj: PyObject): string | null {
  if (!PyUnicode_Check(obj)) {
    PyErr_SetString(PyExc_TypeError, `The fill character must be a unicode character, not ${tpname(obj)}`);
    return null;
  }
  if (PyUnicode_GET_LENGTH(obj) !== 1) {
    PyErr_SetString(PyExc_TypeError, "The fill character must be exactly one character long");
    return null;
  }
  return obj.str;
}

/** A str argument's text, or null with "must be str, not X" (find, count, partition...). */
function str_arg(o: PyObject): PyUnicodeObject | null {
  if (PyUnicode_Check(o)) return o;
  PyErr_SetString(PyExc_TypeError, `must be str, not ${tpname(o)}`);
  return null;
}

/** A clinic `str` argument converted to its text (with the embedded-NUL check). */
function cstring_arg(fname: string, displayname: string, o: PyObject): string | null {
  if (!PyUnicode_Check(o)) return _PyArg_BadArgument(fname, displayname, "str", o);
  if (o.str.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return o.str;
}

// =============================================================================================
// Searching: find, rfind, index, rindex, count, startswith, endswith, __contains__
// =============================================================================================

/**
 * @cpython any_find_slice: the code-point index of the first (direction > 0) or last match
 * of sub in self[start:end], or -1.
 */
export function any_find_slice(self: PyUnicodeObject, sub: PyUnicodeObject, start: number, end: number, direction: number): number {
  const len = PyUnicode_GET_LENGTH(self);
  [start, end] = ADJUST_INDICES(start, end, len);
  const sublen = PyUnicode_GET_LENGTH(sub);
  if (end - start < sublen) return -1;
  if (sublen === 0) return direction > 0 ? start : end;
  const s = self.str;
  if (unicode_kind(self) === NARROW) {
    return direction > 0 ? find_str(s, sub.str, start, end) : rfind_str(s, sub.str, start, end);
  }
  const s16 = codePointToUtf16Index(self, start), e16 = codePointToUtf16Index(self, end);
  const i = direction > 0 ? find_str(s, sub.str, s16, e16) : rfind_str(s, sub.str, s16, e16);
  return i < 0 ? -1 : utf16ToCodePointIndex(self, i);
}

/** @cpython PyUnicode_Find (-2 on error) */
export function PyUnicode_Find(str: PyObject, substr: PyObject, start: number, end: number, direction: number): number {
  if (!PyUnicode_Check(str) || !PyUnicode_Check(substr)) {
    PyErr_SetString(PyExc_TypeError, `must be str, not ${tpname(PyUnicode_Check(str) ? substr : str)}`);
    return -2;
  }
  return any_find_slice(str, substr, start, end, direction);
}

/** @cpython PyUnicode_Count */
export function unicode_count_impl(self: PyUnicodeObject, sub: PyUnicodeObject, start: number, end: number): number {
  const len = PyUnicode_GET_LENGTH(self);
  [start, end] = ADJUST_INDICES(start, end, len);
  const sublen = PyUnicode_GET_LENGTH(sub);
  if (end - start < sublen) return 0;
  if (sublen === 0) return end - start + 1;
  if (unicode_kind(self) === NARROW) return count_str(self.str, sub.str, start, end, PY_SSIZE_T_MAX);
  return count_str(self.str, sub.str, codePointToUtf16Index(self, start), codePointToUtf16Index(self, end), PY_SSIZE_T_MAX);
}

/** The (O|OO:name) argument count check of stringlib_parse_args_finds. */
export function stringlib_check_args(fname: string, args: PyObject[]): boolean {
  if (args.length < 1) {
    PyErr_SetString(PyExc_TypeError, `${fname}() takes at least 1 argument (${args.length} given)`);
    return false;
  }
  if (args.length > 3) {
    PyErr_SetString(PyExc_TypeError, `${fname}() takes at most 3 arguments (${args.length} given)`);
    return false;
  }
  return true;
}

/**
 * @cpython parse_args_finds_unicode: (sub[, start[, end]]) for find, rfind, index, rindex and
 * count, with CPython's "find() takes at least 1 argument (0 given)" messages.
 */
function parse_args_finds(fname: string, args: PyObject[]): [PyUnicodeObject, number, number] | null {
  if (!stringlib_check_args(fname, args)) return null;
  const start = _PyEval_SliceIndexOr(args[1], 0);
  if (start === null) return null;
  const end = _PyEval_SliceIndexOr(args[2], PY_SSIZE_T_MAX);
  if (end === null) return null;
  const sub = str_arg(args[0]);
  if (sub === null) return null;
  return [sub, start, end];
}

/** @cpython unicode_find */
function unicode_find(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_args_finds("find", args);
  if (a === null) return null;
  return PyLong_FromNumber(any_find_slice(self as PyUnicodeObject, a[0], a[1], a[2], 1));
}

/** @cpython unicode_rfind */
function unicode_rfind(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_args_finds("rfind", args);
  if (a === null) return null;
  return PyLong_FromNumber(any_find_slice(self as PyUnicodeObject, a[0], a[1], a[2], -1));
}

/** @cpython unicode_index */
function unicode_index(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_args_finds("index", args);
  if (a === null) return null;
  const r = any_find_slice(self as PyUnicodeObject, a[0], a[1], a[2], 1);
  if (r < 0) return PyErr_SetString(PyExc_ValueError, "substring not found");
  return PyLong_FromNumber(r);
}

/** @cpython unicode_rindex */
function unicode_rindex(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_args_finds("rindex", args);
  if (a === null) return null;
  const r = any_find_slice(self as PyUnicodeObject, a[0], a[1], a[2], -1);
  if (r < 0) return PyErr_SetString(PyExc_ValueError, "substring not found");
  return PyLong_FromNumber(r);
}

/** @cpython unicode_count */
function unicode_count(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_args_finds("count", args);
  if (a === null) return null;
  return PyLong_FromNumber(unicode_count_impl(self as PyUnicodeObject, a[0], a[1], a[2]));
}

/**
 * @cpython tailmatch: whether sub matches self[start:end] at its end (direction > 0) or its
 * start (direction < 0).
 */
export function tailmatch(self: PyUnicodeObject, sub: PyUnicodeObject, start: number, end: number, direction: number): boolean {
  const len = PyUnicode_GET_LENGTH(self);
  [start, end] = ADJUST_INDICES(start, end, len);
  const sublen = PyUnicode_GET_LENGTH(sub);
  end -= sublen;
  if (end < start) return false;
  if (sublen === 0) return true;
  const offset = direction > 0 ? end : start;
  const s = self.str, t = sub.str;
  if (unicode_kind(self) === NARROW) return s.startsWith(t, offset);
  const o16 = codePointToUtf16Index(self, offset);
  if (!s.startsWith(t, o16)) return false;
  // Matching only half of a surrogate pair at either edge is no match.
  const last = o16 + t.length;
  if (isHigh(t.charCodeAt(t.length - 1)) && last < s.length && isLow(s.charCodeAt(last))) return false;
  return true;
}

/** @cpython unicode_startswith / unicode_endswith */
function unicode_tailmatch_method(fname: string, direction: number, self: PyObject, args: PyObject[]): PyObject | null {
  if (!stringlib_check_args(fname, args)) return null;
  const start = _PyEval_SliceIndexOr(args[1], 0);
  if (start === null) return null;
  const end = _PyEval_SliceIndexOr(args[2], PY_SSIZE_T_MAX);
  if (end === null) return null;
  const subobj = args[0];
  const u = self as PyUnicodeObject;
  if (PyTuple_Check(subobj)) {
    for (const sub of subobj.ob_item) {
      if (!PyUnicode_Check(sub)) {
        return PyErr_SetString(PyExc_TypeError, `tuple for ${fname} must only contain str, not ${tpname(sub)}`);
      }
      if (tailmatch(u, sub, start, end, direction)) return PyBool_FromLong(1);
    }
    return PyBool_FromLong(0);
  }
  if (!PyUnicode_Check(subobj)) {
    return PyErr_SetString(PyExc_TypeError, `${fname} first arg must be str or a tuple of str, not ${tpname(subobj)}`);
  }
  return PyBool_FromLong(tailmatch(u, subobj, start, end, direction) ? 1 : 0);
}

function unicode_startswith(self: PyObject, args: PyObject[]): PyObject | null {
  return unicode_tailmatch_method("startswith", -1, self, args);
}
function unicode_endswith(self: PyObject, args: PyObject[]): PyObject | null {
  return unicode_tailmatch_method("endswith", 1, self, args);
}

/** @cpython PyUnicode_Contains (sq_contains): 1, 0 or -1. */
export function PyUnicode_Contains(container: PyObject, element: PyObject): number {
  if (!PyUnicode_Check(element)) {
    PyErr_SetString(PyExc_TypeError, `'in <string>' requires string as left operand, not ${tpname(element)}`);
    return -1;
  }
  const s = (container as PyUnicodeObject).str, t = element.str;
  if (t.length === 0) return 1;
  return find_str(s, t, 0, s.length) >= 0 ? 1 : 0;
}

// =============================================================================================
// Splitting and partitioning
// =============================================================================================

/** A list of the pieces [start, end) of s; an exact str split nowhere is reused (see split.ts). */
function pieces_to_list(self: PyUnicodeObject, bounds: number[]): PyObject {
  const s = self.str;
  if (bounds.length === 2 && bounds[0] === 0 && bounds[1] === s.length && self.ob_type === PyUnicodeObject.type) {
    Py_INCREF(self);
    return _PyList_FromArraySteal([self]);
  }
  const items: PyObject[] = new Array(bounds.length >> 1);
  for (let k = 0; k < bounds.length; k += 2) items[k >> 1] = PyUnicode_FromString(s.slice(bounds[k], bounds[k + 1]));
  return _PyList_FromArraySteal(items);
}

/** (sep=None, maxsplit=-1) of split and rsplit. */
function parse_split_args(fname: string, args: PyObject[], kwnames: PyTupleObject | null): [PyUnicodeObject | null, number] | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["sep", "maxsplit"], 0, 2, 0);
  if (a === null) return null;
  let sep: PyUnicodeObject | null = null;
  if (a[0] !== null && a[0] !== Py_None) {
    if (!PyUnicode_Check(a[0])) return PyErr_SetString(PyExc_TypeError, `must be str or None, not ${tpname(a[0])}`);
    sep = a[0];
  }
  let maxsplit = -1;
  if (a[1] !== null) {
    const m = _Py_ssize_t_converter(a[1]);
    if (m === null) return null;
    maxsplit = m;
  }
  return [sep, maxsplit];
}

/** @cpython split (PyUnicode_Split) */
export function PyUnicode_Split(self: PyUnicodeObject, sep: PyUnicodeObject | null, maxcount: number): PyObject | null {
  if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
  if (sep === null) return pieces_to_list(self, split_whitespace_str(self.str, maxcount));
  if (sep.str.length === 0) return PyErr_SetString(PyExc_ValueError, "empty separator");
  return pieces_to_list(self, split_str(self.str, sep.str, maxcount));
}

/** @cpython rsplit (PyUnicode_RSplit) */
export function PyUnicode_RSplit(self: PyUnicodeObject, sep: PyUnicodeObject | null, maxcount: number): PyObject | null {
  if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
  if (sep === null) return pieces_to_list(self, rsplit_whitespace_str(self.str, maxcount));
  if (sep.str.length === 0) return PyErr_SetString(PyExc_ValueError, "empty separator");
  return pieces_to_list(self, rsplit_str(self.str, sep.str, maxcount));
}

function unicode_split(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = parse_split_args("split", args, kwnames);
  if (a === null) return null;
  return PyUnicode_Split(self as PyUnicodeObject, a[0], a[1]);
}

function unicode_rsplit(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = parse_split_args("rsplit", args, kwnames);
  if (a === null) return null;
  return PyUnicode_RSplit(self as PyUnicodeObject, a[0], a[1]);
}

/** @cpython unicode_splitlines_impl */
function unicode_splitlines(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "splitlines", ["keepends"], 0, 1, 0);
  if (a === null) return null;
  let keepends = 0;
  if (a[0] !== null) {
    const k = _PyLong_AsInt(a[0]);
    if (k === null) return null;
    keepends = k;
  }
  return pieces_to_list(self as PyUnicodeObject, splitlines_str((self as PyUnicodeObject).str, keepends !== 0));
}

/** @cpython PyUnicode_Partition / PyUnicode_RPartition */
function partition(self: PyUnicodeObject, sepobj: PyObject, direction: number): PyObject | null {
  const sep = str_arg(sepobj);
  if (sep === null) return null;
  if (sep.str.length === 0) return PyErr_SetString(PyExc_ValueError, "empty separator");
  const s = self.str;
  const pos = direction > 0 ? find_str(s, sep.str, 0, s.length) : rfind_str(s, sep.str, 0, s.length);
  if (pos < 0) {
    const e1 = PyUnicode_FromString(""), e2 = PyUnicode_FromString("");
    Py_INCREF(self);
    return _PyTuple_FromArraySteal(direction > 0 ? [self, e1, e2] : [e1, e2, self]);
  }
  Py_INCREF(sep);
  return _PyTuple_FromArraySteal([
    PyUnicode_FromString(s.slice(0, pos)), sep, PyUnicode_FromString(s.slice(pos + sep.str.length)),
  ]);
}

function unicode_partition(self: PyObject, sep: PyObject): PyObject | null {
  return partition(self as PyUnicodeObject, sep, 1);
}
function unicode_rpartition(self: PyObject, sep: PyObject): PyObject | null {
  return partition(self as PyUnicodeObject, sep, -1);
}

// =============================================================================================
// Stripping, prefixes and suffixes
// =============================================================================================

const LEFTSTRIP = 0, RIGHTSTRIP = 1, BOTHSTRIP = 2;

/** @cpython do_strip: whitespace (Py_UNICODE_ISSPACE; all of it is in the BMP). */
function do_strip(self: PyUnicodeObject, striptype: number): PyObject {
  const s = self.str;
  let i = 0, j = s.length;
  if (striptype !== RIGHTSTRIP) while (i < j && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
  if (striptype !== LEFTSTRIP) while (j > i && Py_UNICODE_ISSPACE(s.charCodeAt(j - 1))) j--;
  if (i === 0 && j === s.length) return unicode_result_unchanged(self);
  return PyUnicode_FromString(s.slice(i, j));
}

/** @cpython _PyUnicode_XStrip: the characters of sepobj, by code point. */
function _PyUnicode_XStrip(self: PyUnicodeObject, striptype: number, sepobj: PyUnicodeObject): PyObject {
  const s = self.str, chars = sepobj.str;
  let i = 0, j = s.length;
  if (!hasPair(chars) && !hasPair(s)) {
    if (striptype !== RIGHTSTRIP) while (i < j && chars.includes(s[i])) i++;
    if (striptype !== LEFTSTRIP) while (j > i && chars.includes(s[j - 1])) j--;
  } else {
    const set = new Set<number>();
    for (const ch of chars) set.add(ch.codePointAt(0)!);
    if (striptype !== RIGHTSTRIP) {
      while (i < j) {
        const c = s.codePointAt(i)!;
        if (!set.has(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
    }
    if (striptype !== LEFTSTRIP) {
      while (j > i) {
        const c = cpBefore(s, j);
        if (!set.has(c)) break;
        j -= c > 0xffff ? 2 : 1;
      }
    }
  }
  if (i === 0 && j === s.length) return unicode_result_unchanged(self);
  return PyUnicode_FromString(s.slice(i, j));
}

/** @cpython do_argstrip */
function do_argstrip(fname: string, self: PyObject, args: PyObject[], striptype: number): PyObject | null {
  if (!_PyArg_CheckPositional(fname, args.length, 0, 1)) return null;
  const u = self as PyUnicodeObject;
  const sep = args.length > 0 ? args[0] : Py_None;
  if (sep === Py_None) return do_strip(u, striptype);
  if (!PyUnicode_Check(sep)) return PyErr_SetString(PyExc_TypeError, `${fname} arg must be None or str`);
  return _PyUnicode_XStrip(u, striptype, sep);
}

function unicode_strip(self: PyObject, args: PyObject[]): PyObject | null {
  return do_argstrip("strip", self, args, BOTHSTRIP);
}
function unicode_lstrip(self: PyObject, args: PyObject[]): PyObject | null {
  return do_argstrip("lstrip", self, args, LEFTSTRIP);
}
function unicode_rstrip(self: PyObject, args: PyObject[]): PyObject | null {
  return do_argstrip("rstrip", self, args, RIGHTSTRIP);
}

/** @cpython unicode_removeprefix_impl */
function unicode_removeprefix(self: PyObject, prefix: PyObject): PyObject | null {
  if (!PyUnicode_Check(prefix)) return _PyArg_BadArgument("removeprefix", "argument", "str", prefix);
  const u = self as PyUnicodeObject;
  if (tailmatch(u, prefix, 0, PY_SSIZE_T_MAX, -1)) {
    return PyUnicode_Substring(u, PyUnicode_GET_LENGTH(prefix), PyUnicode_GET_LENGTH(u));
  }
  return unicode_result_unchanged(u);
}

/** @cpython unicode_removesuffix_impl */
function unicode_removesuffix(self: PyObject, suffix: PyObject): PyObject | null {
  if (!PyUnicode_Check(suffix)) return _PyArg_BadArgument("removesuffix", "argument", "str", suffix);
  const u = self as PyUnicodeObject;
  const n = PyUnicode_GET_LENGTH(suffix);
  if (n !== 0 && tailmatch(u, suffix, 0, PY_SSIZE_T_MAX, 1)) {
    return PyUnicode_Substring(u, 0, PyUnicode_GET_LENGTH(u) - n);
  }
  return unicode_result_unchanged(u);
}

// =============================================================================================
// Case mapping: upper, lower, casefold, capitalize, title, swapcase
// =============================================================================================
//
// Each character maps to one to three characters (full case mapping, SpecialCasing.txt):
//
//   >>> 'ß'.upper(), 'ŉ'.upper(), 'ǆa'.title(), 'ﬁ'.title(), 'İ'.lower()
//   ('SS', 'ʼN', 'ǅa', 'Fi', 'i̇')
//
// The one context-dependent mapping is the capital sigma, which lowers to the final form ς
// at the end of a word (preceded by a cased letter, not followed by one, ignoring
// case-ignorable characters such as apostrophes between):
//
//   >>> 'ΟΔΟΣ ΟΔΟΣ'.lower()
//   'οδος οδος'

const mapped = new Int32Array(3);

/** @cpython handle_capital_sigma: the lowercase of the Σ at UTF-16 position k of s. */
function handle_capital_sigma(s: string, k: number): number {
  let j = k, c = 0, found = false;
  while (j > 0) {
    c = cpBefore(s, j);
    j -= c > 0xffff ? 2 : 1;
    if (!_PyUnicode_IsCaseIgnorable(c)) {
      found = true;
      break;
    }
  }
  let final_sigma = found && _PyUnicode_IsCased(c);
  if (final_sigma) {
    j = k + 1;
    found = false;
    while (j < s.length) {
      c = s.codePointAt(j)!;
      j += c > 0xffff ? 2 : 1;
      if (!_PyUnicode_IsCaseIgnorable(c)) {
        found = true;
        break;
      }
    }
    final_sigma = !found || !_PyUnicode_IsCased(c);
  }
  return final_sigma ? 0x3c2 : 0x3c3;
}

/** @cpython lower_ucs4: the lowercase of c at position k (into `mapped`); returns the count. */
function lower_ucs4(s: string, k: number, c: number): number {
  if (c === 0x3a3) {
    mapped[0] = handle_capital_sigma(s, k);
    return 1;
  }
  return _PyUnicode_ToLowerFull(c, mapped);
}

function emit(out: number[], n: number): void {
  for (let j = 0; j < n; j++) pushCodePoint(out, mapped[j]);
}

const CASE_UPPER = 0, CASE_LOWER = 1, CASE_FOLD = 2, CASE_TITLE = 3, CASE_CAPITALIZE = 4, CASE_SWAP = 5;

/** @cpython case_operation: runs do_upper/do_lower/do_casefold/do_title/do_capitalize/do_swapcase. */
function case_operation(self: PyUnicodeObject, op: number): PyObject | null {
  const s = self.str;
  const out: number[] = [];
  let previous_is_cased = false;
  let first = true;
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    let n: number;
    switch (op) {
      case CASE_UPPER: n = _PyUnicode_ToUpperFull(c, mapped); break;
      case CASE_LOWER: n = lower_ucs4(s, k, c); break;
      case CASE_FOLD: n = _PyUnicode_ToFoldedFull(c, mapped); break;
      case CASE_TITLE:
        n = previous_is_cased ? lower_ucs4(s, k, c) : _PyUnicode_ToTitleFull(c, mapped);
        previous_is_cased = _PyUnicode_IsCased(c);
        break;
      case CASE_CAPITALIZE:
        n = first ? _PyUnicode_ToTitleFull(c, mapped) : lower_ucs4(s, k, c);
        break;
      default:
        if (_PyUnicode_IsUppercase(c)) n = lower_ucs4(s, k, c);
        else if (_PyUnicode_IsLowercase(c)) n = _PyUnicode_ToUpperFull(c, mapped);
        else {
          mapped[0] = c;
          n = 1;
        }
    }
    emit(out, n);
    first = false;
    k += c > 0xffff ? 2 : 1;
  }
  if (!unicode_new_checked(out.length)) return null;
  return PyUnicode_FromString(fromCodeUnits(out));
}

/** @cpython unicode_upper_impl (ASCII strings take the byte-wise path, as in CPython) */
function unicode_upper(self: PyObject): PyObject | null {
  const u = self as PyUnicodeObject;
  if (ASCII_ONLY.test(u.str)) return PyUnicode_FromString(u.str.toUpperCase());
  return case_operation(u, CASE_UPPER);
}

/** @cpython unicode_lower_impl */
function unicode_lower(self: PyObject): PyObject | null {
  const u = self as PyUnicodeObject;
  if (ASCII_ONLY.test(u.str)) return PyUnicode_FromString(u.str.toLowerCase());
  return case_operation(u, CASE_LOWER);
}

/** @cpython unicode_casefold_impl */
function unicode_casefold(self: PyObject): PyObject | null {
  const u = self as PyUnicodeObject;
  if (ASCII_ONLY.test(u.str)) return PyUnicode_FromString(u.str.toLowerCase());
  return case_operation(u, CASE_FOLD);
}

/** @cpython unicode_capitalize_impl */
function unicode_capitalize(self: PyObject): PyObject | null {
  const u = self as PyUnicodeObject;
  if (u.str.length === 0) return unicode_result_unchanged(u);
  return case_operation(u, CASE_CAPITALIZE);
}

/** @cpython unicode_title_impl */
function unicode_title(self: PyObject): PyObject | null {
  return case_operation(self as PyUnicodeObject, CASE_TITLE);
}

/** @cpython unicode_swapcase_impl */
function unicode_swapcase(self: PyObject): PyObject | null {
  return case_operation(self as PyUnicodeObject, CASE_SWAP);
}

// =============================================================================================
// Predicates: isascii ... isprintable
// =============================================================================================

/** Iterate the code points of s, answering whether pred holds for all (and s is not empty). */
function all_chars(s: string, pred: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    if (!pred(c)) return false;
    k += c > 0xffff ? 2 : 1;
  }
  return true;
}

function unicode_isascii(self: PyObject): PyObject {
  return PyBool_FromLong(ASCII_ONLY.test((self as PyUnicodeObject).str) ? 1 : 0);
}

/** @cpython unicode_islower_impl */
function unicode_islower(self: PyObject): PyObject {
  const s = (self as PyUnicodeObject).str;
  let cased = false;
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    if (_PyUnicode_IsUppercase(c) || _PyUnicode_IsTitlecase(c)) return PyBool_FromLong(0);
    if (!cased && _PyUnicode_IsLowercase(c)) cased = true;
    k += c > 0xffff ? 2 : 1;
  }
  return PyBool_FromLong(cased ? 1 : 0);
}

/** @cpython unicode_isupper_impl */
function unicode_isupper(self: PyObject): PyObject {
  const s = (self as PyUnicodeObject).str;
  let cased = false;
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    if (_PyUnicode_IsLowercase(c) || _PyUnicode_IsTitlecase(c)) return PyBool_FromLong(0);
    if (!cased && _PyUnicode_IsUppercase(c)) cased = true;
    k += c > 0xffff ? 2 : 1;
  }
  return PyBool_FromLong(cased ? 1 : 0);
}

/** @cpython unicode_istitle_impl */
function unicode_istitle(self: PyObject): PyObject {
  const s = (self as PyUnicodeObject).str;
  let cased = false, previous_is_cased = false;
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    if (_PyUnicode_IsUppercase(c) || _PyUnicode_IsTitlecase(c)) {
      if (previous_is_cased) return PyBool_FromLong(0);
      previous_is_cased = true;
      cased = true;
    } else if (_PyUnicode_IsLowercase(c)) {
      if (!previous_is_cased) return PyBool_FromLong(0);
      previous_is_cased = true;
      cased = true;
    } else previous_is_cased = false;
    k += c > 0xffff ? 2 : 1;
  }
  return PyBool_FromLong(cased ? 1 : 0);
}

const is_digit = (c: number): boolean => _PyUnicode_IsDigit(c);
const is_numeric = (c: number): boolean => _PyUnicode_IsNumeric(c);

function unicode_isspace(self: PyObject): PyObject {
  return PyBool_FromLong(all_chars((self as PyUnicodeObject).str, Py_UNICODE_ISSPACE) ? 1 : 0);
}
function unicode_isalpha(self: PyObject): PyObject {
  return PyBool_FromLong(all_chars((self as PyUnicodeObject).str, _PyUnicode_IsAlpha) ? 1 : 0);
}
function unicode_isalnum(self: PyObject): PyObject {
  return PyBool_FromLong(all_chars((self as PyUnicodeObject).str, Py_UNICODE_ISALNUM) ? 1 : 0);
}
function unicode_isdecimal(self: PyObject): PyObject {
  return PyBool_FromLong(all_chars((self as PyUnicodeObject).str, _PyUnicode_IsDecimalDigit) ? 1 : 0);
}
function unicode_isdigit(self: PyObject): PyObject {
  return PyBool_FromLong(all_chars((self as PyUnicodeObject).str, is_digit) ? 1 : 0);
}
function unicode_isnumeric(self: PyObject): PyObject {
  return PyBool_FromLong(all_chars((self as PyUnicodeObject).str, is_numeric) ? 1 : 0);
}

/** @cpython _PyUnicode_ScanIdentifier: how many leading characters form an identifier. */
export function _PyUnicode_ScanIdentifier(s: string): number {
  if (s.length === 0) return 0;
  let c = s.codePointAt(0)!;
  if (!_PyUnicode_IsXidStart(c) && c !== 0x5f) return 0;
  let n = 1;
  for (let k = c > 0xffff ? 2 : 1; k < s.length; n++) {
    c = s.codePointAt(k)!;
    if (!_PyUnicode_IsXidContinue(c)) return n;
    k += c > 0xffff ? 2 : 1;
  }
  return n;
}

/** @cpython PyUnicode_IsIdentifier */
export function PyUnicode_IsIdentifier(s: string): boolean {
  return s.length > 0 && _PyUnicode_ScanIdentifier(s) === cp_length(s);
}

function unicode_isidentifier(self: PyObject): PyObject {
  return PyBool_FromLong(PyUnicode_IsIdentifier((self as PyUnicodeObject).str) ? 1 : 0);
}

/** @cpython unicode_isprintable_impl (an empty string is printable) */
function unicode_isprintable(self: PyObject): PyObject {
  const s = (self as PyUnicodeObject).str;
  return PyBool_FromLong(s.length === 0 || all_chars(s, _PyUnicode_IsPrintable) ? 1 : 0);
}

// =============================================================================================
// Padding: center, ljust, rjust, zfill; expandtabs
// =============================================================================================

/** @cpython pad */
function pad(self: PyUnicodeObject, left: number, right: number, fill: string): PyObject | null {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return unicode_result_unchanged(self);
  const len = PyUnicode_GET_LENGTH(self);
  if (left > PY_SSIZE_T_MAX - len || right > PY_SSIZE_T_MAX - (left + len)) {
    return PyErr_SetString(PyExc_OverflowError, "padded string is too long");
  }
  if (!unicode_new_checked(self.str.length + (left + right) * fill.length)) return null;
  return PyUnicode_FromString(fill.repeat(left) + self.str + fill.repeat(right));
}

/** (width, fillchar=' ') of center, ljust and rjust. */
function parse_pad_args(fname: string, args: PyObject[]): [number, string] | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, 2)) return null;
  const width = _Py_ssize_t_converter(args[0]);
  if (width === null) return null;
  let fill = " ";
  if (args.length > 1) {
    const f = convert_uc(args[1]);
    if (f === null) return null;
    fill = f;
  }
  return [width, fill];
}

/** @cpython unicode_center_impl */
function unicode_center(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_pad_args("center", args);
  if (a === null) return null;
  const u = self as PyUnicodeObject;
  const len = PyUnicode_GET_LENGTH(u);
  if (len >= a[0]) return unicode_result_unchanged(u);
  const marg = a[0] - len;
  const left = Math.floor(marg / 2) + (marg & a[0] & 1);
  return pad(u, left, marg - left, a[1]);
}

/** @cpython unicode_ljust_impl */
function unicode_ljust(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_pad_args("ljust", args);
  if (a === null) return null;
  const u = self as PyUnicodeObject;
  const len = PyUnicode_GET_LENGTH(u);
  if (len >= a[0]) return unicode_result_unchanged(u);
  return pad(u, 0, a[0] - len, a[1]);
}

/** @cpython unicode_rjust_impl */
function unicode_rjust(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_pad_args("rjust", args);
  if (a === null) return null;
  const u = self as PyUnicodeObject;
  const len = PyUnicode_GET_LENGTH(u);
  if (len >= a[0]) return unicode_result_unchanged(u);
  return pad(u, a[0] - len, 0, a[1]);
}

/** @cpython unicode_zfill_impl: zeros after a leading sign. */
function unicode_zfill(self: PyObject, arg: PyObject): PyObject | null {
  const width = _Py_ssize_t_converter(arg);
  if (width === null) return null;
  const u = self as PyUnicodeObject;
  const len = PyUnicode_GET_LENGTH(u);
  if (len >= width) return unicode_result_unchanged(u);
  const fill = width - len;
  if (!unicode_new_checked(u.str.length + fill)) return null;
  const s = u.str;
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return PyUnicode_FromString(s[0] + "0".repeat(fill) + s.slice(1));
  return PyUnicode_FromString("0".repeat(fill) + s);
}

/** @cpython unicode_expandtabs_impl: columns count code points; \n and \r restart them. */
function unicode_expandtabs(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "expandtabs", ["tabsize"], 0, 1, 0);
  if (a === null) return null;
  let tabsize = 8;
  if (a[0] !== null) {
    const t = _PyLong_AsInt(a[0]);
    if (t === null) return null;
    tabsize = t;
  }
  const u = self as PyUnicodeObject;
  const s = u.str;
  if (!s.includes("\t")) return unicode_result_unchanged(u);
  const parts: string[] = [];
  let line_pos = 0, total = 0, runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      parts.push(s.slice(runStart, i));
      runStart = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (line_pos % tabsize);
        line_pos += incr;
        total += incr;
        if (total > MAX_STRING_UNITS) return PyErr_NoMemory();
        parts.push(" ".repeat(incr));
      }
    } else {
      if (!(isLow(c) && i > 0 && isHigh(s.charCodeAt(i - 1)))) line_pos++;
      total++;
      if (c === 0x0a || c === 0x0d) line_pos = 0;
    }
  }
  parts.push(s.slice(runStart));
  return PyUnicode_FromString(parts.join(""));
}

// =============================================================================================
// Concatenation, repetition, join, replace
// =============================================================================================

/** @cpython PyUnicode_Concat (sq_concat) @returns new */
export function PyUnicode_Concat(left: PyObject, right: PyObject): PyObject | null {
  if (!PyUnicode_Check(left)) return PyErr_SetString(PyExc_TypeError, `must be str, not ${tpname(left)}`);
  if (!PyUnicode_Check(right)) {
    return PyErr_SetString(PyExc_TypeError, `can only concatenate str (not "${tpname(right)}") to str`);
  }
  if (left.str.length === 0) return unicode_result_unchanged(right);
  if (right.str.length === 0) return unicode_result_unchanged(left);
  if (!unicode_new_checked(left.str.length + right.str.length)) return null;
  return new PyUnicodeObject(PyUnicodeObject.type, left.str + right.str);
}

/** @cpython unicode_repeat (sq_repeat) */
function unicode_repeat(str: PyObject, len: number): PyObject | null {
  const u = str as PyUnicodeObject;
  if (len < 1) return PyUnicode_FromString("");
  if (len === 1) return unicode_result_unchanged(u);
  const n = PyUnicode_GET_LENGTH(u);
  if (n === 0) return PyUnicode_FromString("");
  // len > PY_SSIZE_T_MAX / n, in doubles: a count that is rounded up to 2**63 on the way here
  // (sys.maxsize - 48) is not an overflow but a failed allocation, as in CPython.
  if (len > 2 ** 63 / n) {
    return PyErr_SetString(PyExc_OverflowError, "repeated string is too long");
  }
  if (!unicode_new_checked(u.str.length * len)) return null;
  return PyUnicode_FromString(u.str.repeat(len));
}

/**
 * @cpython PyUnicode_Join: sep.join(seq); items must be str ("sequence item 1: expected str
 * instance, int found"). A one-item sequence holding an exact str gives that str back.
 */
export function PyUnicode_Join(separator: PyObject | null, seq: PyObject): PyObject | null {
  let items: PyObject[];
  let owned = false;
  if (PyList_CheckExact(seq) || PyTuple_CheckExact(seq)) items = (seq as PyListObject | PyTupleObject).ob_item;
  else {
    const it = PyObject_GetIter(seq);
    if (it === null) {
      if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "can only join an iterable");
      return null;
    }
    items = [];
    owned = true;
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      items.push(x);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
      for (const x of items) Py_DECREF(x);
      return null;
    }
  }
  const res = _PyUnicode_JoinArray(separator, items);
  if (owned) for (const x of items) Py_DECREF(x);
  return res;
}

/** @cpython _PyUnicode_JoinArray */
export function _PyUnicode_JoinArray(separator: PyObject | null, items: readonly PyObject[]): PyObject | null {
  const n = items.length;
  if (n === 0) return PyUnicode_FromString("");
  if (n === 1 && PyUnicode_CheckExact(items[0])) {
    Py_INCREF(items[0]);
    return items[0];
  }
  let sep = " ";
  if (n > 1 && separator !== null) {
    if (!PyUnicode_Check(separator)) {
      return PyErr_SetString(PyExc_TypeError, `separator: expected str instance, ${tpname(separator)} found`);
    }
    sep = separator.str;
  }
  const parts: string[] = new Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (!PyUnicode_Check(item)) {
      return PyErr_SetString(PyExc_TypeError, `sequence item ${i}: expected str instance, ${tpname(item)} found`);
    }
    parts[i] = item.str;
    total += item.str.length + (i ? sep.length : 0);
  }
  if (!unicode_new_checked(total)) return null;
  return PyUnicode_FromString(parts.join(sep));
}

/** @cpython unicode_join (METH_O) */
function unicode_join(self: PyObject, iterable: PyObject): PyObject | null {
  return PyUnicode_Join(self, iterable);
}

/**
 * @cpython replace: at most maxcount occurrences of str1 become str2. An empty str1
 * matches between every two characters and at both ends:
 *
 *   >>> 'abc'.replace('', '-'), 'abc'.replace('', '-', 2)
 *   ('-a-b-c-', '-a-bc')
 */
export function replace(self: PyUnicodeObject, str1: PyUnicodeObject, str2: PyUnicodeObject, maxcount: number): PyObject | null {
  const s = self.str, a = str1.str, b = str2.str;
  const slen = PyUnicode_GET_LENGTH(self);
  if (slen < PyUnicode_GET_LENGTH(str1)) return unicode_result_unchanged(self);
  if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
  else if (maxcount === 0) return unicode_result_unchanged(self);
  if (str1 === str2 || (a.length === 0 && b.length === 0)) return unicode_result_unchanged(self);
  const parts: string[] = [];
  let total = 0;
  if (a.length === 0) {
    let count = Math.min(maxcount, slen + 1);
    if (b.length * count > MAX_STRING_UNITS) return PyErr_NoMemory();
    let k = 0;
    parts.push(b);
    count--;
    while (count > 0 && k < s.length) {
      const w = isHigh(s.charCodeAt(k)) && k + 1 < s.length && isLow(s.charCodeAt(k + 1)) ? 2 : 1;
      parts.push(s.slice(k, k + w), b);
      k += w;
      count--;
    }
    parts.push(s.slice(k));
    return PyUnicode_FromString(parts.join(""));
  }
  let i = 0, count = 0;
  while (count < maxcount) {
    const j = find_str(s, a, i, s.length);
    if (j < 0) break;
    parts.push(s.slice(i, j), b);
    total += j - i + b.length;
    if (total > MAX_STRING_UNITS) return PyErr_NoMemory();
    i = j + a.length;
    count++;
  }
  if (count === 0) return unicode_result_unchanged(self);
  parts.push(s.slice(i));
  return PyUnicode_FromString(parts.join(""));
}

/** @cpython PyUnicode_Replace */
export function PyUnicode_Replace(str: PyObject, substr: PyObject, replstr: PyObject, maxcount: number): PyObject | null {
  for (const o of [str, substr, replstr]) if (!PyUnicode_Check(o)) return PyErr_SetString(PyExc_TypeError, `must be str, not ${tpname(o)}`);
  return replace(str as PyUnicodeObject, substr as PyUnicodeObject, replstr as PyUnicodeObject, maxcount);
}

/** @cpython unicode_replace_impl: replace(old, new, count=-1, /) */
function unicode_replace(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("replace", args.length, 2, 3)) return null;
  if (!PyUnicode_Check(args[0])) return _PyArg_BadArgument("replace", "argument 1", "str", args[0]);
  if (!PyUnicode_Check(args[1])) return _PyArg_BadArgument("replace", "argument 2", "str", args[1]);
  let count = -1;
  if (args.length > 2) {
    const c = _Py_ssize_t_converter(args[2]);
    if (c === null) return null;
    count = c;
  }
  return replace(self as PyUnicodeObject, args[0], args[1], count);
}

// =============================================================================================
// maketrans and translate
// =============================================================================================

/** @cpython unicode_maketrans_impl (a static method): x[, y[, z]] -> {ord: ord | str | None} */
function unicode_maketrans(_null: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("maketrans", args.length, 1, 3)) return null;
  const x = args[0];
  if (args.length > 1 && !PyUnicode_Check(args[1])) return _PyArg_BadArgument("maketrans", "argument 2", "str", args[1]);
  if (args.length > 2 && !PyUnicode_Check(args[2])) return _PyArg_BadArgument("maketrans", "argument 3", "str", args[2]);
  const new_ = PyDict_New();
  const set = (k: PyObject, v: PyObject): boolean => {
    const r = PyDict_SetItem(new_, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
    return r >= 0;
  };
  if (args.length > 1) {
    const y = args[1] as PyUnicodeObject;
    if (!PyUnicode_Check(x)) {
      Py_DECREF(new_);
      return PyErr_SetString(PyExc_TypeError, "first maketrans argument must be a string if there is a second argument");
    }
    if (PyUnicode_GET_LENGTH(x) !== PyUnicode_GET_LENGTH(y)) {
      Py_DECREF(new_);
      return PyErr_SetString(PyExc_ValueError, "the first two maketrans arguments must have equal length");
    }
    const xs = [...x.str], ys = [...y.str];
    for (let i = 0; i < xs.length; i++) {
      if (!set(PyLong_FromNumber(xs[i].codePointAt(0)!), PyLong_FromNumber(ys[i].codePointAt(0)!))) {
        Py_DECREF(new_);
        return null;
      }
    }
    if (args.length > 2) {
      for (const ch of (args[2] as PyUnicodeObject).str) {
        if (!set(PyLong_FromNumber(ch.codePointAt(0)!), Py_NewNone())) {
          Py_DECREF(new_);
          return null;
        }
      }
    }
    return new_;
  }
  if (!PyDict_Check(x)) {
    Py_DECREF(new_);
    return PyErr_SetString(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict");
  }
  for (const [key, value] of _PyDict_Items(x as PyDictObject)) {
    let k: PyObject;
    if (PyUnicode_Check(key)) {
      if (PyUnicode_GET_LENGTH(key) !== 1) {
        Py_DECREF(new_);
        return PyErr_SetString(PyExc_ValueError, "string keys in translate table must be of length 1");
      }
      k = PyLong_FromNumber(key.str.codePointAt(0)!);
    } else if (PyLong_Check(key)) {
      Py_INCREF(key);
      k = key;
    } else {
      Py_DECREF(new_);
      return PyErr_SetString(PyExc_TypeError, "keys in translate table must be strings or integers");
    }
    Py_INCREF(value);
    if (!set(k, value)) {
      Py_DECREF(new_);
      return null;
    }
  }
  return new_;
}

/**
 * @cpython _PyUnicode_TranslateCharmap: each character c becomes table[ord(c)] — a str, a
 * code point, or None (deleted); a LookupError keeps c.
 */
export function _PyUnicode_TranslateCharmap(self: PyUnicodeObject, table: PyObject): PyObject | null {
  const s = self.str;
  const cache = new Map<number, string | null>();
  const parts: string[] = [];
  let changed = false;
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    const w = c > 0xffff ? 2 : 1;
    let rep = cache.get(c);
    if (rep === undefined) {
      const key = PyLong_FromNumber(c);
      const x = PyObject_GetItem(table, key);
      Py_DECREF(key);
      if (x === null) {
        if (!PyErr_ExceptionMatches(PyExc_LookupError)) return null;
        PyErr_Clear();
        rep = s.slice(k, k + w);
      } else if (x === Py_None) {
        rep = null;
        Py_DECREF(x);
      } else if (PyLong_Check(x)) {
        const v = long_value(x);
        Py_DECREF(x);
        if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
          return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
        }
        if (typeof v === "bigint" || v < 0 || v > 0x10ffff) {
          return PyErr_SetString(PyExc_ValueError, "character mapping must be in range(0x110000)");
        }
        rep = String.fromCodePoint(v);
      } else if (PyUnicode_Check(x)) {
        rep = x.str;
        Py_DECREF(x);
      } else {
        Py_DECREF(x);
        return PyErr_SetString(PyExc_TypeError, "character mapping must return integer, None or str");
      }
      cache.set(c, rep);
    }
    if (rep === null || rep.length !== w || rep !== s.slice(k, k + w)) changed = true;
    if (rep !== null) parts.push(rep);
    k += w;
  }
  return PyUnicode_FromString(changed ? parts.join("") : s);
}

function unicode_translate(self: PyObject, table: PyObject): PyObject | null {
  return _PyUnicode_TranslateCharmap(self as PyUnicodeObject, table);
}

// =============================================================================================
// Codecs: UTF-8, ASCII, Latin-1, UTF-16, UTF-32 and their error handlers
// =============================================================================================
//
// CPython encodes and decodes these directly (other encodings go through the codec registry
// in Python/codecs.c and Lib/encodings). The common error handlers are applied inline, as
// unicodeobject.c does (_Py_error_handler); any other name is looked up in the registry.
//
//   >>> 'aé€'.encode('ascii', 'backslashreplace'), b'a\xff'.decode('utf-8', 'replace')
//   (b'a\\xe9\\u20ac', 'a\ufffd')
//   >>> 'é'.encode('ascii')
//   UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)

// _Py_error_handler
const ERR_STRICT = 1, ERR_SURROGATEESCAPE = 2, ERR_REPLACE = 3, ERR_IGNORE = 4,
  ERR_BACKSLASHREPLACE = 5, ERR_SURROGATEPASS = 6, ERR_XMLCHARREFREPLACE = 7, ERR_OTHER = 8;

/** @cpython _Py_GetErrorHandler */
function _Py_GetErrorHandler(errors: string | null): number {
  switch (errors) {
    case null: case "strict": return ERR_STRICT;
    case "surrogateescape": return ERR_SURROGATEESCAPE;
    case "replace": return ERR_REPLACE;
    case "ignore": return ERR_IGNORE;
    case "backslashreplace": return ERR_BACKSLASHREPLACE;
    case "surrogatepass": return ERR_SURROGATEPASS;
    case "xmlcharrefreplace": return ERR_XMLCHARREFREPLACE;
  }
  return ERR_OTHER;
}

/** Growable byte output for the encoders. */
class ByteWriter {
  buf: Uint8Array;
  len: number;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
    this.len = 0;
  }
  need(n: number): void {
    if (this.len + n > this.buf.length) {
      const nb = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
      nb.set(this.buf.subarray(0, this.len));
      this.buf = nb;
    }
  }
  push(b: number): void {
    this.need(1);
    this.buf[this.len++] = b;
  }
  pushAscii(s: string): void {
    this.need(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }
  pushBytes(b: Uint8Array): void {
    this.need(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const toCodePoints = (s: string): number[] => {
  const cps: number[] = [];
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    cps.push(c);
    k += c > 0xffff ? 2 : 1;
  }
  return cps;
};

/** @cpython raise_encode_exception */
function raise_encode_exception(encoding: string, s: string, start: number, end: number, reason: string): null {
  const exc = PyUnicodeEncodeError_Create(encoding, s, start, end, reason);
  if (exc !== null) {
    PyErr_SetObject(exc.ob_type, exc);
    Py_DECREF(exc);
  }
  return null;
}

/** @cpython raise_decode_exception (via make_decode_exception) */
function raise_decode_exception(encoding: string, b: Uint8Array, start: number, end: number, reason: string): null {
  const exc = PyUnicodeDecodeError_Create(encoding, b, start, end, reason);
  if (exc !== null) {
    PyErr_SetObject(exc.ob_type, exc);
    Py_DECREF(exc);
  }
  return null;
}

/** backslashreplace for encoding: \xhh, \uhhhh or \Uhhhhhhhh. */
function backslash_escape(c: number): string {
  if (c < 0x100) return "\\x" + hex(c, 2);
  if (c < 0x10000) return "\\u" + hex(c, 4);
  return "\\U" + hex(c, 8);
}

// -- the general error handler call ---------------------------------------------------------------

export interface Replacement {
  /** Replacement text, or bytes (an encoder's handler may answer bytes). */
  rep: string | Uint8Array;
  newpos: number;
}

/** The standard encoding a surrogatepass handler knows (get_standard_encoding): bytes per unit and byte order. */
function standard_encoding(encoding: string): [number, number] | null {
  switch (encoding.toLowerCase().replace(/_/g, "-")) {
    case "utf-8": case "utf8": return [3, 0];
    case "utf-16-le": case "utf-16le": case "utf-16": case "utf16": return [2, -1];
    case "utf-16-be": case "utf-16be": return [2, 1];
    case "utf-32-le": case "utf-32le": case "utf-32": case "utf32": return [4, -1];
    case "utf-32-be": case "utf-32be": return [4, 1];
  }
  return null;
}

/**
 * @cpython unicode_encode_call_errorhandler: the built-in handlers by name, else one from
 * the codec registry, called as handler(UnicodeEncodeError) -> (str | bytes, newpos).
 */
export function encode_call_errorhandler(
  errors: string, encoding: string, reason: string, s: string, cps: number[], start: number, end: number,
): Replacement | null {
  switch (errors) {
    case "strict": return raise_encode_exception(encoding, s, start, end, reason);
    case "ignore": return { rep: "", newpos: end };
    case "replace": return { rep: "?".repeat(end - start), newpos: end };
    case "backslashreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += backslash_escape(cps[k]);
      return { rep: r, newpos: end };
    }
    case "xmlcharrefreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += `&#${cps[k]};`;
      return { rep: r, newpos: end };
    }
    case "namereplace": {
      let r = "";
      for (let k = start; k < end; k++) {
        const name = _getucname(cps[k], true);
        r += name !== null ? `\\N{${name}}` : backslash_escape(cps[k]);
      }
      return { rep: r, newpos: end };
    }
    case "surrogateescape": {
      const out = new Uint8Array(end - start);
      for (let k = start; k < end; k++) {
        const c = cps[k];
        if (c < 0xdc80 || c > 0xdcff) return raise_encode_exception(encoding, s, start, end, reason);
        out[k - start] = c - 0xdc00;
      }
      return { rep: out, newpos: end };
    }
    case "surrogatepass": {
      const std = standard_encoding(encoding);
      if (std === null) return raise_encode_exception(encoding, s, start, end, reason);
      const [width, bo] = std;
      const out = new ByteWriter((end - start) * width);
      for (let k = start; k < end; k++) {
        const c = cps[k];
        if (c < 0xd800 || c > 0xdfff) return raise_encode_exception(encoding, s, start, end, reason);
        if (width === 3) out.push(0xe0 | (c >> 12)), out.push(0x80 | ((c >> 6) & 0x3f)), out.push(0x80 | (c & 0x3f));
        else writeUnit(out, c, width, bo);
      }
      return { rep: out.result(), newpos: end };
    }
  }
  const handler = lookup_error(errors);
  if (handler === null) return null;
  const exc = PyUnicodeEncodeError_Create(encoding, s, start, end, reason);
  if (exc === null) {
    Py_DECREF(handler);
    return null;
  }
  const res = PyObject_CallOneArg(handler, exc);
  Py_DECREF(handler);
  Py_DECREF(exc);
  if (res === null) return null;
  const r = handler_result(res, cps.length, true);
  Py_DECREF(res);
  return r;
}

/** @cpython PyCodec_LookupError: the registry's handler, or LookupError. @returns new */
function lookup_error(name: string): PyObject | null {
  return PyCodec_LookupError(name);
}

/** Check a handler's (replacement, newpos) answer; newpos may count from the end. */
function handler_result(res: PyObject, length: number, encoding: boolean): Replacement | null {
  const msg = encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple";
  if (!PyTuple_Check(res) || res.ob_item.length !== 2) return PyErr_SetString(PyExc_TypeError, msg);
  const [r, p] = res.ob_item;
  let rep: string | Uint8Array;
  if (PyUnicode_Check(r)) rep = r.str;
  else if (encoding && PyBytes_Check(r)) rep = (r as PyBytesObject).ob_sval;
  else return PyErr_SetString(PyExc_TypeError, msg);
  if (!PyLong_Check(p)) return PyErr_SetString(PyExc_TypeError, msg);
  const v = long_value(p);
  let newpos = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (newpos < 0) newpos += length;
  if (newpos < 0 || newpos > length) {
    return PyErr_SetString(PyExc_IndexError, `position ${typeof v === "bigint" ? v.toString() : v} from error handler out of bounds`);
  }
  return { rep, newpos };
}

/**
 * @cpython unicode_decode_call_errorhandler_writer: built-in handlers by name, else the
 * registry's, called as handler(UnicodeDecodeError) -> (str, newpos).
 */
export function decode_call_errorhandler(
  errors: string, encoding: string, reason: string, b: Uint8Array, start: number, end: number,
): Replacement | null {
  switch (errors) {
    case "strict": return raise_decode_exception(encoding, b, start, end, reason);
    case "ignore": return { rep: "", newpos: end };
    case "replace": return { rep: "\ufffd", newpos: end };
    case "backslashreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += "\\x" + hex(b[k], 2);
      return { rep: r, newpos: end };
    }
    case "surrogateescape": {
      let r = "";
      let k = start;
      for (; k < end && b[k] >= 128; k++) r += String.fromCharCode(0xdc00 + b[k]);
      if (k === start) return raise_decode_exception(encoding, b, start, end, reason);
      return { rep: r, newpos: k };
    }
    case "surrogatepass": {
      const std = standard_encoding(encoding);
      let ch = 0;
      if (std !== null && b.length - start >= std[0]) {
        const p = start;
        if (std[0] === 3) {
          if ((b[p] & 0xf0) === 0xe0 && (b[p + 1] & 0xc0) === 0x80 && (b[p + 2] & 0xc0) === 0x80) {
            ch = ((b[p] & 0x0f) << 12) + ((b[p + 1] & 0x3f) << 6) + (b[p + 2] & 0x3f);
          }
        } else if (std[0] === 2) ch = std[1] < 0 ? (b[p + 1] << 8) | b[p] : (b[p] << 8) | b[p + 1];
        else ch = std[1] < 0 ? ((b[p + 3] << 24) | (b[p + 2] << 16) | (b[p + 1] << 8) | b[p]) >>> 0
          : ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
      }
      if (std === null || ch < 0xd800 || ch > 0xdfff) return raise_decode_exception(encoding, b, start, end, reason);
      return { rep: String.fromCharCode(ch), newpos: start + std[0] };
    }
    case "xmlcharrefreplace": case "namereplace":
      return PyErr_SetString(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  }
  const handler = lookup_error(errors);
  if (handler === null) return null;
  const exc = PyUnicodeDecodeError_Create(encoding, b, start, end, reason);
  if (exc === null) {
    Py_DECREF(handler);
    return null;
  }
  const res = PyObject_CallOneArg(handler, exc);
  Py_DECREF(handler);
  if (res === null) {
    Py_DECREF(exc);
    return null;
  }
  // A handler may replace the exception's object; CPython decodes on from the new one. Here
  // the input stays the same (the common case).
  Py_DECREF(exc);
  const r = handler_result(res, b.length, false);
  Py_DECREF(res);
  return r;
}

// -- encoders ------------------------------------------------------------------------------------

let textEncoder: InstanceType<typeof TextEncoder> | null = null;
let utf8Decoder: InstanceType<typeof TextDecoder> | null = null;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LATIN1_ONLY = /^[\x00-\xff]*$/;

/** @cpython unicode_encode_ucs1: ASCII (limit 128) or Latin-1 (limit 256). */
export function unicode_encode_ucs1(s: string, errors: string | null, limit: number): Uint8Array | null {
  if (limit === 128 ? ASCII_ONLY.test(s) : LATIN1_ONLY.test(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const encoding = limit === 256 ? "latin-1" : "ascii";
  const reason = limit === 256 ? "ordinal not in range(256)" : "ordinal not in range(128)";
  const cps = toCodePoints(s);
  const n = cps.length;
  const out = new ByteWriter(n);
  const handler = _Py_GetErrorHandler(errors);
  let i = 0;
  while (i < n) {
    const c = cps[i];
    if (c < limit) {
      out.push(c);
      i++;
      continue;
    }
    let collstart = i;
    let collend = i + 1;
    while (collend < n && cps[collend] >= limit) collend++;
    switch (handler) {
      case ERR_STRICT:
        return raise_encode_exception(encoding, s, collstart, collend, reason);
      case ERR_REPLACE:
        for (let k = collstart; k < collend; k++) out.push(0x3f);
        i = collend;
        continue;
      case ERR_IGNORE:
        i = collend;
        continue;
      case ERR_BACKSLASHREPLACE:
        for (let k = collstart; k < collend; k++) out.pushAscii(backslash_escape(cps[k]));
        i = collend;
        continue;
      case ERR_XMLCHARREFREPLACE:
        for (let k = collstart; k < collend; k++) out.pushAscii(`&#${cps[k]};`);
        i = collend;
        continue;
      case ERR_SURROGATEESCAPE: {
        let k = collstart;
        for (; k < collend; k++) {
          const ch = cps[k];
          if (ch < 0xdc80 || ch > 0xdcff) break;
          out.push(ch - 0xdc00);
        }
        if (k >= collend) {
          i = collend;
          continue;
        }
        collstart = k;
        break;
      }
    }
    const r = encode_call_errorhandler(errors ?? "strict", encoding, reason, s, cps, collstart, collend);
    if (r === null) return null;
    if (typeof r.rep === "string") {
      for (let k = 0; k < r.rep.length; k++) {
        const ch = r.rep.charCodeAt(k);
        if (ch >= limit) return raise_encode_exception(encoding, s, collstart, collend, reason);
        out.push(ch);
      }
    } else out.pushBytes(r.rep);
    i = r.newpos;
  }
  return out.result();
}

/** Append a UTF-8 sequence for code point c. */
function utf8_push(out: ByteWriter, c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) {
    out.push(0xc0 | (c >> 6));
    out.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out.push(0xe0 | (c >> 12));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18));
    out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  }
}

/** @cpython unicode_encode_utf8: only lone surrogates cannot be encoded. */
export function unicode_encode_utf8(s: string, errors: string | null): Uint8Array | null {
  if (!LONE_SURROGATE.test(s)) {
    textEncoder ??= new TextEncoder();
    return textEncoder.encode(s);
  }
  const cps = toCodePoints(s);
  const n = cps.length;
  const out = new ByteWriter(n * 2);
  const handler = _Py_GetErrorHandler(errors);
  const isSur = (c: number) => c >= 0xd800 && c <= 0xdfff;
  let i = 0;
  while (i < n) {
    const c = cps[i];
    if (!isSur(c)) {
      utf8_push(out, c);
      i++;
      continue;
    }
    let startpos = i;
    let endpos = i + 1;
    while (endpos < n && isSur(cps[endpos])) endpos++;
    switch (handler) {
      case ERR_REPLACE:
        for (let k = startpos; k < endpos; k++) out.push(0x3f);
        i = endpos;
        continue;
      case ERR_IGNORE:
        i = endpos;
        continue;
      case ERR_SURROGATEPASS:
        for (let k = startpos; k < endpos; k++) utf8_push(out, cps[k]);
        i = endpos;
        continue;
      case ERR_BACKSLASHREPLACE:
        for (let k = startpos; k < endpos; k++) out.pushAscii(backslash_escape(cps[k]));
        i = endpos;
        continue;
      case ERR_XMLCHARREFREPLACE:
        for (let k = startpos; k < endpos; k++) out.pushAscii(`&#${cps[k]};`);
        i = endpos;
        continue;
      case ERR_SURROGATEESCAPE: {
        let k = startpos;
        for (; k < endpos; k++) {
          const ch = cps[k];
          if (ch < 0xdc80 || ch > 0xdcff) break;
          out.push(ch & 0xff);
        }
        if (k >= endpos) {
          i = endpos;
          continue;
        }
        startpos = k;
        break;
      }
    }
    const r = encode_call_errorhandler(errors ?? "strict", "utf-8", "surrogates not allowed", s, cps, startpos, endpos);
    if (r === null) return null;
    if (typeof r.rep === "string") {
      if (!ASCII_ONLY.test(r.rep)) return raise_encode_exception("utf-8", s, startpos, endpos, "surrogates not allowed");
      out.pushAscii(r.rep);
    } else out.pushBytes(r.rep);
    i = r.newpos;
  }
  return out.result();
}

/** One UTF-16 (width 2) or UTF-32 (width 4) code unit, little (bo < 0) or big endian. */
function writeUnit(out: ByteWriter, u: number, width: number, bo: number): void {
  if (width === 2) {
    if (bo > 0) out.push((u >> 8) & 0xff), out.push(u & 0xff);
    else out.push(u & 0xff), out.push((u >> 8) & 0xff);
  } else if (bo > 0) {
    out.push((u >>> 24) & 0xff), out.push((u >> 16) & 0xff), out.push((u >> 8) & 0xff), out.push(u & 0xff);
  } else {
    out.push(u & 0xff), out.push((u >> 8) & 0xff), out.push((u >> 16) & 0xff), out.push((u >>> 24) & 0xff);
  }
}

/**
 * @cpython _PyUnicode_EncodeUTF16 / _PyUnicode_EncodeUTF32: byteorder 0 writes a BOM and
 * little-endian units, -1 little-endian, 1 big-endian. Lone surrogates are errors.
 */
export function unicode_encode_utf16_32(s: string, errors: string | null, byteorder: number, width: number): Uint8Array | null {
  const bo = byteorder === 0 ? -1 : byteorder;
  const name = width === 2 ? "utf-16" : "utf-32";
  const encoding = byteorder === 0 ? name : byteorder < 0 ? `${name}-le` : `${name}-be`;
  const cps = toCodePoints(s);
  const out = new ByteWriter(cps.length * width + width);
  if (byteorder === 0) writeUnit(out, 0xfeff, width, bo);
  let i = 0;
  const n = cps.length;
  while (i < n) {
    const c = cps[i];
    if (c < 0xd800 || c > 0xdfff) {
      if (width === 4 || c < 0x10000) writeUnit(out, c, width, bo);
      else {
        const v = c - 0x10000;
        writeUnit(out, 0xd800 + (v >> 10), 2, bo);
        writeUnit(out, 0xdc00 + (v & 0x3ff), 2, bo);
      }
      i++;
      continue;
    }
    // One surrogate at a time, as CPython's UTF-16/32 encoders call the handler.
    const endpos = i + 1;
    const r = encode_call_errorhandler(errors ?? "strict", encoding, "surrogates not allowed", s, cps, i, endpos);
    if (r === null) return null;
    if (typeof r.rep === "string") {
      if (!ASCII_ONLY.test(r.rep)) return raise_encode_exception(encoding, s, i, endpos, "surrogates not allowed");
      for (let k = 0; k < r.rep.length; k++) writeUnit(out, r.rep.charCodeAt(k), width, bo);
    } else {
      if (r.rep.length % width) return raise_encode_exception(encoding, s, i, endpos, "surrogates not allowed");
      out.pushBytes(r.rep);
    }
    i = r.newpos;
  }
  return out.result();
}

// -- decoders ------------------------------------------------------------------------------------

function decode_valid_utf8(b: Uint8Array, from: number, to: number): string {
  let ascii = true;
  for (let k = from; k < to; k++) {
    if (b[k] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1_string(b, from, to);
  utf8Decoder ??= new TextDecoder("utf-8", { ignoreBOM: true });
  return utf8Decoder.decode(b.subarray(from, to));
}

function latin1_string(b: Uint8Array, from: number, to: number): string {
  let s = "";
  const CHUNK = 8192;
  for (let i = from; i < to; i += CHUNK) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/**
 * @cpython PyUnicode_DecodeUTF8Stateful: the text and how many bytes were consumed. When not
 * `final`, an incomplete sequence at the end is left for the next call instead of being an
 * error (incremental decoders, io.TextIOWrapper).
 */
export function unicode_decode_utf8(b: Uint8Array, errors: string | null, final = true): [string, number] | null {
  const parts: string[] = [];
  const handler = _Py_GetErrorHandler(errors);
  let pos = 0;
  while (pos < b.length) {
    const err = firstUtf8Error(b, pos);
    if (err === null) {
      parts.push(decode_valid_utf8(b, pos, b.length));
      pos = b.length;
      break;
    }
    if (err.start > pos) parts.push(decode_valid_utf8(b, pos, err.start));
    if (!final && err.reason === "unexpected end of data" && err.end === b.length) {
      pos = err.start;
      break;
    }
    switch (handler) {
      case ERR_REPLACE:
        parts.push("\ufffd");
        pos = err.end;
        continue;
      case ERR_IGNORE:
        pos = err.end;
        continue;
      case ERR_SURROGATEESCAPE:
        for (let k = err.start; k < err.end; k++) parts.push(String.fromCharCode(0xdc00 + b[k]));
        pos = err.end;
        continue;
    }
    const r = decode_call_errorhandler(errors ?? "strict", "utf-8", err.reason, b, err.start, err.end);
    if (r === null) return null;
    parts.push(r.rep as string);
    pos = r.newpos;
  }
  return [parts.join(""), pos];
}

/** @cpython PyUnicode_DecodeUTF8 @returns new */
export function PyUnicode_DecodeUTF8(bytes: Uint8Array, errors: string | null): PyObject | null {
  const r = unicode_decode_utf8(bytes, errors, true);
  return r === null ? null : PyUnicode_FromString(r[0]);
}

/** @cpython PyUnicode_DecodeASCII */
export function unicode_decode_ascii(b: Uint8Array, errors: string | null): string | null {
  let pos = 0;
  const parts: string[] = [];
  const handler = _Py_GetErrorHandler(errors);
  while (pos < b.length) {
    let k = pos;
    while (k < b.length && b[k] < 0x80) k++;
    if (k > pos) parts.push(latin1_string(b, pos, k));
    if (k === b.length) break;
    if (handler === ERR_REPLACE) {
      parts.push("\ufffd");
      pos = k + 1;
      continue;
    }
    if (handler === ERR_IGNORE) {
      pos = k + 1;
      continue;
    }
    if (handler === ERR_SURROGATEESCAPE) {
      parts.push(String.fromCharCode(0xdc00 + b[k]));
      pos = k + 1;
      continue;
    }
    const r = decode_call_errorhandler(errors ?? "strict", "ascii", "ordinal not in range(128)", b, k, k + 1);
    if (r === null) return null;
    parts.push(r.rep as string);
    pos = r.newpos;
  }
  return parts.join("");
}

/** @cpython PyUnicode_DecodeLatin1: every byte is its own code point. */
export function unicode_decode_latin1(b: Uint8Array): string {
  return latin1_string(b, 0, b.length);
}

/**
 * @cpython PyUnicode_DecodeUTF16Stateful / PyUnicode_DecodeUTF32Stateful. byteorder 0 reads
 * a BOM (and defaults to little-endian), -1 little-endian, 1 big-endian. Returns the text,
 * the bytes consumed and the byte order in effect.
 */
export function unicode_decode_utf16_32(
  b: Uint8Array, errors: string | null, byteorder: number, width: number, final = true,
): [string, number, number] | null {
  let bo = byteorder;
  let q = 0;
  const e = b.length;
  if (bo === 0 && e >= width) {
    if (width === 2) {
      const bom = (b[1] << 8) | b[0];
      if (bom === 0xfeff) { q = 2; bo = -1; } else if (bom === 0xfffe) { q = 2; bo = 1; }
    } else {
      const bom = ((b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]) >>> 0;
      if (bom === 0x0000feff) { q = 4; bo = -1; } else if (bom === 0xfffe0000) { q = 4; bo = 1; }
    }
  }
  const le = bo <= 0;
  const encoding = width === 2 ? (le ? "utf-16-le" : "utf-16-be") : (le ? "utf-32-le" : "utf-32-be");
  const units: number[] = [];
  const parts: string[] = [];
  const flush = () => {
    if (units.length) {
      parts.push(fromCodeUnits(units));
      units.length = 0;
    }
  };
  const read2 = (p: number) => (le ? (b[p + 1] << 8) | b[p] : (b[p] << 8) | b[p + 1]);
  const read4 = (p: number) => (le ? ((b[p + 3] << 24) | (b[p + 2] << 16) | (b[p + 1] << 8) | b[p])
    : ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3])) >>> 0;
  while (q < e) {
    let errmsg: string, startinpos: number, endinpos: number;
    if (width === 2) {
      if (e - q < 2) {
        if (!final) break;
        errmsg = "truncated data";
        startinpos = q;
        endinpos = e;
      } else {
        const ch = read2(q);
        if (ch < 0xd800 || ch > 0xdfff) {
          units.push(ch);
          q += 2;
          continue;
        }
        if (ch >= 0xdc00) {
          errmsg = "illegal encoding";
          startinpos = q;
          endinpos = q + 2;
        } else if (e - q < 4) {
          if (!final) break;
          errmsg = "unexpected end of data";
          startinpos = q;
          endinpos = e;
        } else {
          const ch2 = read2(q + 2);
          if (ch2 >= 0xdc00 && ch2 <= 0xdfff) {
            units.push(ch, ch2);
            q += 4;
            continue;
          }
          errmsg = "illegal UTF-16 surrogate";
          startinpos = q;
          endinpos = q + 2;
        }
      }
    } else {
      if (e - q < 4) {
        if (!final) break;
        errmsg = "truncated data";
        startinpos = q;
        endinpos = e;
      } else {
        const ch = read4(q);
        if (ch >= 0xd800 && ch <= 0xdfff) {
          errmsg = "code point in surrogate code point range(0xd800, 0xe000)";
          startinpos = q;
          endinpos = q + 4;
        } else if (ch >= 0x110000) {
          errmsg = "code point not in range(0x110000)";
          startinpos = q;
          endinpos = q + 4;
        } else {
          pushCodePoint(units, ch);
          q += 4;
          continue;
        }
      }
    }
    flush();
    const r = decode_call_errorhandler(errors ?? "strict", encoding, errmsg, b, startinpos, endinpos);
    if (r === null) return null;
    parts.push(r.rep as string);
    q = r.newpos;
  }
  flush();
  return [parts.join(""), q, bo];
}

/** @cpython _Py_normalize_encoding: lower case, runs of punctuation become one '_'. */
export function _Py_normalize_encoding(encoding: string): string {
  let out = "";
  let punct = false;
  for (const c of encoding) {
    if (/^[A-Za-z0-9.]$/.test(c)) {
      if (punct && out.length) out += "_";
      punct = false;
      out += c.toLowerCase();
    } else punct = true;
  }
  return out;
}

/**
 * The aliases Lib/encodings/aliases.py gives the codecs built in here, used only when the
 * codec registry runs without Lib/encodings (see Python/codecs.ts).
 */
const BUILTIN_ALIASES: Record<string, string> = {
  "646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii", "ansi_x3.4_1986": "ascii", "cp367": "ascii",
  "csascii": "ascii", "ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii", "iso_ir_6": "ascii",
  "us": "ascii", "us_ascii": "ascii", "8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1",
  "ibm819": "latin_1", "iso8859": "latin_1", "iso8859_1": "latin_1", "iso_8859_1": "latin_1",
  "iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1", "latin1": "latin_1",
  "u16": "utf_16", "utf16": "utf_16", "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
  "unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le", "u32": "utf_32", "utf32": "utf_32",
  "utf_32be": "utf_32_be", "utf_32le": "utf_32_le", "u8": "utf_8", "utf": "utf_8", "utf8": "utf_8",
  "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8", "cp65001": "utf_8",
};
const BUILTIN_CODECS = new Set(["ascii", "latin_1", "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]);

/** The built-in codec of CPython's fast-path names (PyUnicode_AsEncodedString, PyUnicode_Decode), or null. */
function builtin_codec(encoding: string): string | null {
  switch (_Py_normalize_encoding(encoding)) {
    case "utf_8": case "utf8": return "utf_8";
    case "utf_16": case "utf16": return "utf_16";
    case "utf_32": case "utf32": return "utf_32";
    case "ascii": case "us_ascii": return "ascii";
    case "latin1": case "latin_1": case "iso_8859_1": case "iso8859_1": return "latin_1";
  }
  return null;
}

/**
 * DIVERGENCE: after the registry failed with LookupError, and only when it runs without
 * Lib/encodings, the built-in codec an alias names (see Python/codecs.ts); else null.
 */
function builtin_codec_fallback(encoding: string): string | null {
  if (!_PyCodec_EncodingsMissing() || !PyErr_ExceptionMatches(PyExc_LookupError)) return null;
  const lower = _Py_normalize_encoding(encoding);
  const name = BUILTIN_ALIASES[lower] ?? BUILTIN_ALIASES[lower.replace(/\./g, "_")] ?? lower;
  if (!BUILTIN_CODECS.has(name)) return null;
  PyErr_Clear();
  return name;
}

/** Encode s with a built-in codec. */
function encode_builtin(codec: string, s: string, errors: string | null): Uint8Array | null {
  switch (codec) {
    case "utf_8": return unicode_encode_utf8(s, errors);
    case "ascii": return unicode_encode_ucs1(s, errors, 128);
    case "latin_1": return unicode_encode_ucs1(s, errors, 256);
    case "utf_16": return unicode_encode_utf16_32(s, errors, 0, 2);
    case "utf_16_le": return unicode_encode_utf16_32(s, errors, -1, 2);
    case "utf_16_be": return unicode_encode_utf16_32(s, errors, 1, 2);
    case "utf_32": return unicode_encode_utf16_32(s, errors, 0, 4);
    case "utf_32_le": return unicode_encode_utf16_32(s, errors, -1, 4);
    default: return unicode_encode_utf16_32(s, errors, 1, 4);
  }
}

/** Decode b with a built-in codec. */
function decode_builtin(codec: string, b: Uint8Array, errors: string | null): string | null {
  switch (codec) {
    case "utf_8": {
      const r = unicode_decode_utf8(b, errors, true);
      return r === null ? null : r[0];
    }
    case "ascii": return unicode_decode_ascii(b, errors);
    case "latin_1": return unicode_decode_latin1(b);
  }
  const width = codec.startsWith("utf_16") ? 2 : 4;
  const bo = codec.endsWith("_le") ? -1 : codec.endsWith("_be") ? 1 : 0;
  const r = unicode_decode_utf16_32(b, errors, bo, width, true);
  return r === null ? null : r[0];
}

/** @cpython PyUnicode_AsEncodedString: str -> bytes by encoding name (utf-8 when null). @returns new */
export function PyUnicode_AsEncodedString(o: PyObject, encoding: string | null, errors: string | null): PyObject | null {
  if (!PyUnicode_Check(o)) return PyErr_SetString(PyExc_TypeError, `bad argument type for built-in operation`);
  const s = o.str;
  const codec = encoding === null ? "utf_8" : builtin_codec(encoding);
  if (codec !== null) {
    const b = encode_builtin(codec, s, errors);
    return b === null ? null : PyBytes_FromArray(b);
  }
  const v = _PyCodec_EncodeText(o, encoding!, errors);
  if (v === null) {
    const fallback = builtin_codec_fallback(encoding!);
    if (fallback === null) return null;
    const b = encode_builtin(fallback, s, errors);
    return b === null ? null : PyBytes_FromArray(b);
  }
  if (PyBytes_Check(v)) return v;
  if (PyByteArray_Check(v)) {
    // CPython also warns (RuntimeWarning) that the encoder returned a bytearray.
    const b = PyBytes_FromArray(_PyObject_GetBufferData(v)!.slice());
    Py_DECREF(v);
    return b;
  }
  const t = tpname(v);
  Py_DECREF(v);
  return PyErr_SetString(PyExc_TypeError,
    `'${encoding}' encoder returned '${t}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
}

/** @cpython PyUnicode_Decode: bytes -> str by encoding name (utf-8 when null). @returns new */
export function PyUnicode_Decode(b: Uint8Array, encoding: string | null, errors: string | null): PyObject | null {
  const codec = encoding === null ? "utf_8" : builtin_codec(encoding);
  if (codec !== null) {
    const s = decode_builtin(codec, b, errors);
    return s === null ? null : PyUnicode_FromString(s);
  }
  // The codec gets a read-only memoryview of the bytes, as in CPython.
  const buffer = PyMemoryView_FromArray(b, true);
  const v = _PyCodec_DecodeText(buffer, encoding!, errors);
  Py_DECREF(buffer);
  if (v === null) {
    const fallback = builtin_codec_fallback(encoding!);
    if (fallback === null) return null;
    const s = decode_builtin(fallback, b, errors);
    return s === null ? null : PyUnicode_FromString(s);
  }
  if (PyUnicode_Check(v)) return v;
  const t = tpname(v);
  Py_DECREF(v);
  return PyErr_SetString(PyExc_TypeError,
    `'${encoding}' decoder returned '${t}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
}

/** @cpython PyUnicode_FromEncodedObject: str(obj, encoding, errors). @returns new */
export function PyUnicode_FromEncodedObject(obj: PyObject, encoding: string | null, errors: string | null): PyObject | null {
  if (PyBytes_Check(obj)) {
    const b = (obj as PyBytesObject).ob_sval;
    if (b.length === 0) return PyUnicode_FromString("");
    return PyUnicode_Decode(b, encoding, errors);
  }
  if (PyUnicode_Check(obj)) return PyErr_SetString(PyExc_TypeError, "decoding str is not supported");
  const data = _PyObject_GetBufferData(obj);
  if (data === null) {
    return PyErr_SetString(PyExc_TypeError, `decoding to str: need a bytes-like object, ${tpname(obj)} found`);
  }
  if (data.length === 0) return PyUnicode_FromString("");
  return PyUnicode_Decode(data, encoding, errors);
}

/** @cpython PyUnicode_AsUTF8String @returns new */
export function PyUnicode_AsUTF8String(o: PyObject): PyObject | null {
  const b = unicode_encode_utf8((o as PyUnicodeObject).str, null);
  return b === null ? null : PyBytes_FromArray(b);
}

/** @cpython unicode_encode_impl: str.encode(encoding='utf-8', errors='strict') */
function unicode_encode(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "encode", ["encoding", "errors"], 0, 2, 0);
  if (a === null) return null;
  let encoding: string | null = null, errors: string | null = null;
  if (a[0] !== null) {
    encoding = cstring_arg("encode", "argument 'encoding'", a[0]);
    if (encoding === null) return null;
  }
  if (a[1] !== null) {
    errors = cstring_arg("encode", "argument 'errors'", a[1]);
    if (errors === null) return null;
  }
  return PyUnicode_AsEncodedString(self, encoding, errors);
}

// =============================================================================================
// printf-style formatting: str % args (PyUnicode_Format)
// =============================================================================================
//
// A conversion is  % [(key)] [flags] [width | *] [.precision | .*] [h|l|L] type  where the
// flags are - (left-adjust), + (sign), space (blank for a positive sign), # (alternate form)
// and 0 (zero padding). With a mapping on the right, %(key)s takes mapping[key]:
//
//   >>> '%-6s|%+05d|%#x|%.3s|%(a)s' % ('ab', 42, 255, 'abcdef', ...)   # (mixing is an error)
//   >>> '%(lang)s has %(n)03d quote types' % {'lang': 'Python', 'n': 2}
//   'Python has 002 quote types'

const F_LJUST = 1 << 0, F_SIGN = 1 << 1, F_BLANK = 1 << 2, F_ALT = 1 << 3, F_ZERO = 1 << 4;

/** @cpython unicode_format_arg_t */
interface FormatArg {
  ch: number;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** @cpython unicode_formatter_t */
class UnicodeFormatter {
  args: PyObject;
  args_owned: boolean;
  arglen: number;
  argidx: number;
  dict: PyObject | null;
  fmt: string;
  fmtcnt: number;
  fmtpos: number;
  out: string[];
  /** The exact str argument of the last %s (borrowed). */
  last_str: PyUnicodeObject | null = null;
  /**
   * The exact str written whole as the first piece of the output (_PyUnicodeWriter's
   * readonly case): when nothing else follows, the result is that object itself.
   */
  whole: PyUnicodeObject | null = null;
  constructor(fmt: string, args: PyObject) {
    this.fmt = fmt;
    this.fmtcnt = fmt.length;
    this.fmtpos = 0;
    this.args = args;
    this.args_owned = false;
    this.arglen = -1;
    this.argidx = -2;
    this.dict = null;
    this.out = [];
  }
  /** FORMAT_READ: the code unit at fmtpos (0 past the end, like C's terminating NUL). */
  read(): number {
    return this.fmtpos < this.fmt.length ? this.fmt.charCodeAt(this.fmtpos) : 0;
  }
}

/** @cpython unicode_format_getnextarg @returns borrowed */
function unicode_format_getnextarg(ctx: UnicodeFormatter): PyObject | null {
  const argidx = ctx.argidx;
  if (argidx < ctx.arglen) {
    ctx.argidx++;
    if (ctx.arglen < 0) return ctx.args;
    return (ctx.args as PyTupleObject).ob_item[argidx];
  }
  return PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
}

/** @cpython PyFloat_AsDouble, for the float conversions ("must be real number, not str"). null on error. */
export function float_arg(v: PyObject): number | null {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return null;
  return x;
}

/**
 * @cpython PyOS_double_to_string: x in format type 'e', 'f', 'g' (or upper case) with
 * `prec` digits; `alt` keeps the point and trailing zeros. null after MemoryError.
 */
export function double_to_string(x: number, type: number, prec: number, alt: boolean): string | null {
  const s = PyOS_double_to_string(x, String.fromCharCode(type), prec, alt ? Py_DTSF_ALT : 0);
  return s === "" && PyErr_Occurred() ? null : s;
}

/** @cpython formatfloat */
export function formatfloat(v: PyObject, flags: number, prec: number, type: number): string | null {
  const x = float_arg(v);
  if (x === null) return null;
  if (prec < 0) prec = 6;
  return double_to_string(x, type, prec, (flags & F_ALT) !== 0);
}

/**
 * @cpython _PyUnicode_FormatLong: an int in type d/i/u/o/x/X, with at least `prec` digits
 * and, when `alt`, the 0o/0x/0X prefix.
 */
export function _PyUnicode_FormatLong(val: PyObject, alt: boolean, prec: number, type: number): string | null {
  const v = long_value(val);
  const neg = typeof v === "bigint" ? v < 0n : v < 0;
  const mag = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
  const base = type === 0x6f ? 8 : type === 0x78 || type === 0x58 ? 16 : 10;
  let digits: string;
  if (base === 10) {
    // Decimal conversion obeys sys.set_int_max_str_digits (PyNumber_ToBase -> long_to_decimal_string).
    const dec = long_to_decimal_string(val);
    if (dec === null) return null;
    digits = neg ? dec.slice(1) : dec;
  } else digits = mag.toString(base);
  if (prec > digits.length) {
    if (prec > MAX_STRING_UNITS) return PyErr_NoMemory();
    digits = "0".repeat(prec - digits.length) + digits;
  }
  let prefix = "";
  if (alt && base !== 10) prefix = type === 0x6f ? "0o" : type === 0x58 ? "0X" : "0x";
  if (type === 0x58) digits = digits.toUpperCase();
  return (neg ? "-" : "") + prefix + digits;
}

/**
 * @cpython mainformatlong: %d %i %u accept any real number (truncated by int()); %o %x %X
 * want an integer (__index__). null on error.
 */
export function mainformatlong(v: PyObject, arg: { ch: number; flags: number; prec: number }): string | null {
  const type = arg.ch;
  const wrongtype = (): null => {
    const c = String.fromCharCode(type);
    if (type === 0x6f || type === 0x78 || type === 0x58) {
      return PyErr_SetString(PyExc_TypeError, `%${c} format: an integer is required, not ${tpname(v)}`);
    }
    return PyErr_SetString(PyExc_TypeError, `%${c} format: a real number is required, not ${tpname(v)}`);
  };
  if (!PyNumber_Check(v)) return wrongtype();
  let iobj: PyObject | null;
  if (!PyLong_Check(v)) {
    iobj = type === 0x6f || type === 0x78 || type === 0x58 ? PyNumber_Index(v) : PyNumber_Long(v);
    if (iobj === null) {
      if (PyErr_ExceptionMatches(PyExc_TypeError)) return wrongtype();
      return null;
    }
  } else {
    iobj = v;
    Py_INCREF(iobj);
  }
  const res = _PyUnicode_FormatLong(iobj, (arg.flags & F_ALT) !== 0, arg.prec, type);
  Py_DECREF(iobj);
  return res;
}

/** @cpython formatchar: %c takes a one-character str or a code point. -1 on error. */
function formatchar(v: PyObject): number {
  if (PyUnicode_Check(v)) {
    if (PyUnicode_GET_LENGTH(v) === 1) return PyUnicode_READ_CHAR(v, 0);
    PyErr_SetString(PyExc_TypeError, "%c requires int or char");
    return -1;
  }
  if (!PyLong_Check(v)) {
    if (v.ob_type.nb_index === null) {
      PyErr_SetString(PyExc_TypeError, "%c requires int or char");
      return -1;
    }
    const i = PyNumber_Index(v);
    if (i === null) return -1;
    const x = long_value(i);
    Py_DECREF(i);
    return check_char(x);
  }
  return check_char(long_value(v));
}

function check_char(x: number | bigint): number {
  if (typeof x === "bigint" || x < 0 || x > 0x10ffff) {
    PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
    return -1;
  }
  return x;
}

/** @cpython unicode_format_arg_parse: key, flags, width, precision. false on error. */
function unicode_format_arg_parse(ctx: UnicodeFormatter, arg: FormatArg): boolean {
  if (arg.ch === 0x28 /* ( */) {
    if (ctx.dict === null) {
      PyErr_SetString(PyExc_TypeError, "format requires a mapping");
      return false;
    }
    ++ctx.fmtpos;
    --ctx.fmtcnt;
    const keystart = ctx.fmtpos;
    let pcount = 1;
    while (pcount > 0 && --ctx.fmtcnt >= 0) {
      arg.ch = ctx.read();
      if (arg.ch === 0x29) --pcount;
      else if (arg.ch === 0x28) ++pcount;
      ctx.fmtpos++;
    }
    const keylen = ctx.fmtpos - keystart - 1;
    if (ctx.fmtcnt < 0 || pcount > 0) {
      PyErr_SetString(PyExc_ValueError, "incomplete format key");
      return false;
    }
    const key = PyUnicode_FromString(ctx.fmt.slice(keystart, keystart + keylen));
    if (ctx.args_owned) {
      ctx.args_owned = false;
      Py_DECREF(ctx.args);
    }
    const v = PyObject_GetItem(ctx.dict, key);
    Py_DECREF(key);
    if (v === null) return false;
    ctx.args = v;
    ctx.args_owned = true;
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  // flags
  while (--ctx.fmtcnt >= 0) {
    arg.ch = ctx.read();
    ctx.fmtpos++;
    if (arg.ch === 0x2d) arg.flags |= F_LJUST;
    else if (arg.ch === 0x2b) arg.flags |= F_SIGN;
    else if (arg.ch === 0x20) arg.flags |= F_BLANK;
    else if (arg.ch === 0x23) arg.flags |= F_ALT;
    else if (arg.ch === 0x30) arg.flags |= F_ZERO;
    else break;
  }
  // width
  if (arg.ch === 0x2a /* * */) {
    const v = unicode_format_getnextarg(ctx);
    if (v === null) return false;
    if (!PyLong_Check(v)) {
      PyErr_SetString(PyExc_TypeError, "* wants int");
      return false;
    }
    const w = long_value(v);
    if (typeof w === "bigint") {
      PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
      return false;
    }
    arg.width = w;
    if (arg.width < 0) {
      arg.flags |= F_LJUST;
      arg.width = -arg.width;
    }
    if (--ctx.fmtcnt >= 0) {
      arg.ch = ctx.read();
      ctx.fmtpos++;
    }
  } else if (arg.ch >= 0x30 && arg.ch <= 0x39) {
    arg.width = arg.ch - 0x30;
    while (--ctx.fmtcnt >= 0) {
      arg.ch = ctx.read();
      ctx.fmtpos++;
      if (arg.ch < 0x30 || arg.ch > 0x39) break;
      if (arg.width > (PY_SSIZE_T_MAX - (arg.ch - 0x30)) / 10) {
        PyErr_SetString(PyExc_ValueError, "width too big");
        return false;
      }
      arg.width = arg.width * 10 + (arg.ch - 0x30);
    }
  }
  // precision
  if (arg.ch === 0x2e /* . */) {
    arg.prec = 0;
    if (--ctx.fmtcnt >= 0) {
      arg.ch = ctx.read();
      ctx.fmtpos++;
    }
    if (arg.ch === 0x2a) {
      const v = unicode_format_getnextarg(ctx);
      if (v === null) return false;
      if (!PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "* wants int");
        return false;
      }
      const p = _PyLong_AsInt(v);
      if (p === null) return false;
      arg.prec = p < 0 ? 0 : p;
      if (--ctx.fmtcnt >= 0) {
        arg.ch = ctx.read();
        ctx.fmtpos++;
      }
    } else if (arg.ch >= 0x30 && arg.ch <= 0x39) {
      arg.prec = arg.ch - 0x30;
      while (--ctx.fmtcnt >= 0) {
        arg.ch = ctx.read();
        ctx.fmtpos++;
        if (arg.ch < 0x30 || arg.ch > 0x39) break;
        if (arg.prec > (2147483647 - (arg.ch - 0x30)) / 10) {
          PyErr_SetString(PyExc_ValueError, "precision too big");
          return false;
        }
        arg.prec = arg.prec * 10 + (arg.ch - 0x30);
      }
    }
  }
  // h, l and L length modifiers are accepted and ignored
  if (ctx.fmtcnt >= 0) {
    if (arg.ch === 0x68 || arg.ch === 0x6c || arg.ch === 0x4c) {
      if (--ctx.fmtcnt >= 0) {
        arg.ch = ctx.read();
        ctx.fmtpos++;
      }
    }
  }
  if (ctx.fmtcnt < 0) {
    PyErr_SetString(PyExc_ValueError, "incomplete format");
    return false;
  }
  return true;
}

/**
 * @cpython unicode_format_arg_format: the text of one conversion (before padding), or null.
 * A surrogate code unit read as the conversion type is completed to its code point for the
 * "unsupported format character" message.
 */
function unicode_format_arg_format(ctx: UnicodeFormatter, arg: FormatArg): string | null {
  const v = unicode_format_getnextarg(ctx);
  if (v === null) return null;
  switch (arg.ch) {
    case 0x73: case 0x72: case 0x61: { // s r a
      if (PyUnicode_CheckExact(v) && arg.ch === 0x73) {
        ctx.last_str = v;
        return v.str;
      }
      const r = arg.ch === 0x73 ? PyObject_Str(v) : arg.ch === 0x72 ? PyObject_Repr(v) : PyObject_ASCII(v);
      if (r === null) return null;
      const s = (r as PyUnicodeObject).str;
      Py_DECREF(r);
      return s;
    }
    case 0x69: case 0x64: case 0x75: case 0x6f: case 0x78: case 0x58: { // i d u o x X
      const s = mainformatlong(v, arg);
      if (s === null) return null;
      arg.sign = true;
      return s;
    }
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: { // e E f F g G
      const s = formatfloat(v, arg.flags, arg.prec, arg.ch);
      if (s === null) return null;
      arg.sign = true;
      return s;
    }
    case 0x63: { // c
      const ch = formatchar(v);
      if (ch < 0) return null;
      return String.fromCodePoint(ch);
    }
  }
  let ch = arg.ch;
  let pos = ctx.fmtpos - 1;
  if (isHigh(ch) && ctx.fmtpos < ctx.fmt.length && isLow(ctx.fmt.charCodeAt(ctx.fmtpos))) {
    ch = ctx.fmt.codePointAt(pos)!;
  }
  pos = cp_length(ctx.fmt.slice(0, pos));
  PyErr_SetString(PyExc_ValueError,
    `unsupported format character '${ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : "?"}' (0x${ch.toString(16)}) at index ${pos}`);
  return null;
}

/** @cpython unicode_format_arg_output: sign, alternate prefix, padding and precision. */
function unicode_format_arg_output(ctx: UnicodeFormatter, arg: FormatArg, str: string): boolean {
  const out = ctx.out;
  const fill = arg.sign && arg.flags & F_ZERO ? "0" : " ";
  let len = cp_length(str);
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
    if (out.length === 0 && ctx.last_str !== null && ctx.last_str.str === str) ctx.whole = ctx.last_str;
    out.push(str);
    return true;
  }
  const wide = len !== str.length;
  const cps = wide ? toCodePoints(str) : null;
  if ((arg.ch === 0x73 || arg.ch === 0x72 || arg.ch === 0x61) && arg.prec >= 0 && len > arg.prec) len = arg.prec;
  let pindex = 0;
  let signchar = "";
  if (arg.sign) {
    const c = str.charCodeAt(0);
    if (c === 0x2d || c === 0x2b) {
      signchar = str[0];
      len--;
      pindex++;
    } else if (arg.flags & F_SIGN) signchar = "+";
    else if (arg.flags & F_BLANK) signchar = " ";
    else arg.sign = false;
  }
  if (arg.width < len) arg.width = len;
  if (arg.width > MAX_STRING_UNITS) {
    PyErr_NoMemory();
    return false;
  }
  const altprefix = (arg.flags & F_ALT) !== 0 && (arg.ch === 0x78 || arg.ch === 0x58 || arg.ch === 0x6f);
  if (arg.sign) {
    if (fill !== " ") out.push(signchar);
    if (arg.width > len) arg.width--;
  }
  if (altprefix) {
    if (fill !== " ") {
      out.push("0" + String.fromCharCode(arg.ch));
      pindex += 2;
    }
    arg.width -= 2;
    if (arg.width < 0) arg.width = 0;
    len -= 2;
  }
  if (arg.width > len && !(arg.flags & F_LJUST)) {
    out.push(fill.repeat(arg.width - len));
    arg.width = len;
  }
  if (fill === " ") {
    if (arg.sign) out.push(signchar);
    if (altprefix) {
      out.push("0" + String.fromCharCode(arg.ch));
      pindex += 2;
    }
  }
  if (len > 0) out.push(cps === null ? str.slice(pindex, pindex + len) : fromCodePoints(cps, pindex, pindex + len));
  if (arg.width > len) out.push(" ".repeat(arg.width - len));
  return true;
}

/** @cpython unicode_format_arg */
function unicode_format_arg(ctx: UnicodeFormatter): boolean {
  const arg: FormatArg = { ch: ctx.read(), flags: 0, width: -1, prec: -1, sign: false };
  if (arg.ch === 0x25 /* % */) {
    ctx.fmtpos++;
    ctx.fmtcnt--;
    ctx.out.push("%");
    return true;
  }
  if (!unicode_format_arg_parse(ctx, arg)) return false;
  ctx.last_str = null;
  const str = unicode_format_arg_format(ctx, arg);
  if (str === null) return false;
  if (!unicode_format_arg_output(ctx, arg, str)) return false;
  if (ctx.dict !== null && ctx.argidx < ctx.arglen) {
    PyErr_SetString(PyExc_TypeError, "not all arguments converted during string formatting");
    return false;
  }
  return true;
}

/** @cpython PyUnicode_Format: format % args. @returns new */
export function PyUnicode_Format(format: PyObject, args: PyObject): PyObject | null {
  if (!PyUnicode_Check(format)) return PyErr_SetString(PyExc_TypeError, `must be str, not ${tpname(format)}`);
  const ctx = new UnicodeFormatter(format.str, args);
  if (PyTuple_Check(args)) {
    ctx.arglen = args.ob_item.length;
    ctx.argidx = 0;
  }
  if (args.ob_type.mp_subscript !== null && !PyTuple_Check(args) && !PyUnicode_Check(args)) ctx.dict = args;
  const fmt = ctx.fmt;
  let ok = true;
  while (--ctx.fmtcnt >= 0) {
    if (fmt.charCodeAt(ctx.fmtpos) !== 0x25) {
      const nonfmtpos = ctx.fmtpos++;
      let next = fmt.indexOf("%", ctx.fmtpos);
      if (next < 0) next = fmt.length;
      ctx.fmtcnt -= next - ctx.fmtpos;
      ctx.fmtpos = next;
      ctx.out.push(fmt.slice(nonfmtpos, ctx.fmtpos));
    } else {
      ctx.fmtpos++;
      if (!unicode_format_arg(ctx)) {
        ok = false;
        break;
      }
    }
  }
  if (ok && ctx.argidx < ctx.arglen && ctx.dict === null) {
    PyErr_SetString(PyExc_TypeError, "not all arguments converted during string formatting");
    ok = false;
  }
  // "%s" % s with nothing around it gives s itself, as CPython's writer hands it back
  const whole = ok && ctx.whole !== null && ctx.out.length === 1 ? ctx.whole : null;
  if (whole !== null) Py_INCREF(whole);
  if (ctx.args_owned) Py_DECREF(ctx.args);
  if (!ok) return null;
  if (whole !== null) return whole;
  const s = ctx.out.join("");
  if (!unicode_new_checked(s.length)) return null;
  return PyUnicode_FromString(s);
}

/** @cpython unicode_mod (nb_remainder) */
function unicode_mod(v: PyObject, w: PyObject): PyObject | null {
  if (!PyUnicode_Check(v)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  return PyUnicode_Format(v, w);
}

/** @cpython unicode___format___impl: format(s, spec) through the str format-spec mini-language. */
function unicode___format__(self: PyObject, spec: PyObject): PyObject | null {
  if (!PyUnicode_Check(spec)) return _PyArg_BadArgument("__format__", "argument", "str", spec);
  const u = self as PyUnicodeObject;
  if (spec.str.length === 0) {
    // An empty spec means str(self): a subclass's own __str__ is honoured (format_obj).
    if (u.ob_type === PyUnicodeObject.type) return unicode_result_unchanged(u);
    const s = PyObject_Str(u);
    if (s === null) return null;
    if (s.ob_type === PyUnicodeObject.type) return s;
    const r = unicode_result_unchanged(s as PyUnicodeObject);
    Py_DECREF(s);
    return r;
  }
  const r = format_string(u.str, spec.str, u.ob_type.tp_name);
  if (r === null) return null;
  return PyUnicode_FromString(r);
}

function unicode_format_method(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return do_string_format(self as PyUnicodeObject, args, kwnames);
}

function unicode_format_map(self: PyObject, mapping: PyObject): PyObject | null {
  return do_string_format_map(self as PyUnicodeObject, mapping);
}

// =============================================================================================
// The sequence and mapping protocols, comparison, hashing, construction
// =============================================================================================

function unicode_length(self: PyObject): number {
  return PyUnicode_GET_LENGTH(self as PyUnicodeObject);
}

/** @cpython unicode_getitem (sq_item) */
function unicode_getitem(self: PyObject, index: number): PyObject | null {
  const u = self as PyUnicodeObject;
  if (index < 0 || index >= PyUnicode_GET_LENGTH(u)) return PyErr_SetString(PyExc_IndexError, "string index out of range");
  return unicode_kind(u) === NARROW ? PyUnicode_FromString(u.str[index]) : PyUnicode_FromOrdinal(u.cps![index]);
}

/** @cpython unicode_subscript (mp_subscript): s[i] and s[start:stop:step], by code point. */
function unicode_subscript(self: PyObject, item: PyObject): PyObject | null {
  const u = self as PyUnicodeObject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return null;
    if (i < 0) i += PyUnicode_GET_LENGTH(u);
    return unicode_getitem(self, i);
  }
  if (PySlice_Check(item)) {
    const r = PySlice_Unpack(item as PySliceObject);
    if (r === null) return null;
    const len = PyUnicode_GET_LENGTH(u);
    const slicelength = PySlice_AdjustIndices(len, r);
    const [start, , step] = r;
    if (slicelength <= 0) return PyUnicode_FromString("");
    if (start === 0 && step === 1 && slicelength === len) return unicode_result_unchanged(u);
    if (step === 1) return PyUnicode_Substring(u, start, start + slicelength);
    if (unicode_kind(u) === NARROW) {
      const s = u.str;
      const out: number[] = new Array(slicelength);
      for (let cur = start, i = 0; i < slicelength; cur += step, i++) out[i] = s.charCodeAt(cur);
      return PyUnicode_FromString(fromCodeUnits(out));
    }
    const cps = u.cps!;
    const out: number[] = new Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) out[i] = cps[cur];
    return PyUnicode_FromString(fromCodePoints(out));
  }
  return PyErr_SetString(PyExc_TypeError, `string indices must be integers, not '${tpname(item)}'`);
}

/** @cpython unicode_compare: -1, 0 or 1 by code point order. */
export function unicode_compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  let c1 = a.charCodeAt(i), c2 = b.charCodeAt(i);
  // UTF-16 order differs from code-point order only where a surrogate meets U+E000..U+FFFF.
  if (c1 >= 0xd800 && c2 >= 0xd800) {
    c1 = a.codePointAt(isLow(c1) && i > 0 && isHigh(a.charCodeAt(i - 1)) ? i - 1 : i)!;
    c2 = b.codePointAt(isLow(c2) && i > 0 && isHigh(b.charCodeAt(i - 1)) ? i - 1 : i)!;
  }
  return c1 < c2 ? -1 : 1;
}

/** @cpython PyUnicode_Compare */
export function PyUnicode_Compare(left: PyObject, right: PyObject): number {
  if (PyUnicode_Check(left) && PyUnicode_Check(right)) return unicode_compare(left.str, right.str);
  PyErr_SetString(PyExc_TypeError, `Can't compare ${tpname(left)} and ${tpname(right)}`);
  return -1;
}

/** @cpython _PyUnicode_EqualToASCIIString */
export function _PyUnicode_EqualToASCIIString(u: PyObject, s: string): boolean {
  return (u as PyUnicodeObject).str === s;
}

/** @cpython PyUnicode_RichCompare (tp_richcompare) */
export function PyUnicode_RichCompare(left: PyObject, right: PyObject, op: number): PyObject | null {
  if (!PyUnicode_Check(left) || !PyUnicode_Check(right)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const a = left.str, b = right.str;
  let r: boolean;
  switch (op) {
    case Py_EQ: r = a === b; break;
    case Py_NE: r = a !== b; break;
    case Py_LT: r = unicode_compare(a, b) < 0; break;
    case Py_LE: r = unicode_compare(a, b) <= 0; break;
    case Py_GT: r = unicode_compare(a, b) > 0; break;
    case Py_GE: r = unicode_compare(a, b) >= 0; break;
    default: return PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
  }
  return PyBool_FromLong(r ? 1 : 0);
}

/** tp_repr */
function unicode_repr_slot(self: PyObject): PyObject {
  return PyUnicode_FromString(unicode_repr((self as PyUnicodeObject).str));
}

/** @cpython unicode_str (tp_str) */
function unicode_str(self: PyObject): PyObject {
  return unicode_result_unchanged(self as PyUnicodeObject);
}

/** @cpython unicode_dealloc: an interned string leaves the interned table. */
function unicode_dealloc(self: PyObject): void {
  const u = self as PyUnicodeObject;
  if (u.interned && interned.get(u.str) === u) interned.delete(u.str);
}

/** @cpython unicode_sizeof_impl: compact ASCII 48 + n + 1, compact 72 + (n + 1) * kind; 80 + ... for subclasses. */
export function _PyUnicode_SizeOf(u: PyUnicodeObject): number {
  const len = PyUnicode_GET_LENGTH(u);
  const m = max_char(u.str);
  const kind = m < 0x100 ? 1 : m < 0x10000 ? 2 : 4;
  if (u.ob_type !== PyUnicodeObject.type) return 80 + (len + 1) * kind;
  if (m < 0x80) return 48 + len + 1;
  return 72 + (len + 1) * kind;
}

function unicode_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(_PyUnicode_SizeOf(self as PyUnicodeObject));
}

/** @cpython unicode_getnewargs */
function unicode_getnewargs(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([_PyUnicode_Copy(self as PyUnicodeObject)]);
}

/** @cpython unicode_new_impl: str(object='') / str(bytes_or_buffer, encoding, errors) */
function unicode_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "str", ["object", "encoding", "errors"], 0, 3, 0);
  if (a === null) return null;
  let encoding: string | null = null, errors: string | null = null;
  if (a[1] !== null) {
    encoding = cstring_arg("str", "argument 'encoding'", a[1]);
    if (encoding === null) return null;
  }
  if (a[2] !== null) {
    errors = cstring_arg("str", "argument 'errors'", a[2]);
    if (errors === null) return null;
  }
  const x = a[0];
  let unicode: PyObject | null;
  if (x === null) unicode = PyUnicode_FromString("");
  else if (encoding === null && errors === null) unicode = PyObject_Str(x);
  else unicode = PyUnicode_FromEncodedObject(x, encoding, errors);
  if (unicode === null || type === PyUnicode_Type) return unicode;
  return unicode_subtype_new(type, unicode as PyUnicodeObject);
}

/** @cpython unicode_subtype_new: an instance of a str subclass with the text of `unicode` (stolen). */
function unicode_subtype_new(type: PyTypeObject, unicode: PyUnicodeObject): PyObject {
  const self = new PyUnicodeObject(type, unicode.str);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  self.kind = unicode.kind;
  self.cps = unicode.cps;
  if (unicode.hashed) {
    self.hashed = true;
    self.hash_lo = unicode.hash_lo;
    self.hash_hi = unicode.hash_hi;
  }
  Py_DECREF(unicode);
  return self;
}

// =============================================================================================
// The str iterator (str_ascii_iterator for ASCII strings, str_iterator otherwise)
// =============================================================================================

/** @cpython unicodeiterobject */
export class unicodeiterobject extends PyObject {
  it_index: number;
  it_seq: PyUnicodeObject | null;
  constructor(type: PyTypeObject, seq: PyUnicodeObject) {
    super(type);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

/** @cpython unicode_iter (tp_iter) */
function unicode_iter(seq: PyObject): PyObject {
  const u = seq as PyUnicodeObject;
  Py_INCREF(u);
  const ascii = ASCII_ONLY.test(u.str);
  return new unicodeiterobject(ascii ? _PyUnicodeASCIIIter_Type : PyUnicodeIter_Type, u);
}

function unicodeiter_dealloc(self: PyObject): void {
  const it = self as unicodeiterobject;
  Py_XDECREF(it.it_seq);
  it.it_seq = null;
}

/** @cpython unicodeiter_next / unicode_ascii_iter_next */
function unicodeiter_next(self: PyObject): PyObject | null {
  const it = self as unicodeiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < PyUnicode_GET_LENGTH(seq)) {
    const i = it.it_index++;
    return unicode_kind(seq) === NARROW ? PyUnicode_FromString(seq.str[i]) : PyUnicode_FromOrdinal(seq.cps![i]);
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function unicodeiter_self(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** @cpython unicodeiter_len (__length_hint__) */
function unicodeiter_len(self: PyObject): PyObject {
  const it = self as unicodeiterobject;
  const n = it.it_seq === null ? 0 : PyUnicode_GET_LENGTH(it.it_seq) - it.it_index;
  return PyLong_FromNumber(n);
}

/** @cpython unicodeiter_reduce: (iter, (s,), index), or (iter, ('',)) once exhausted. */
function unicodeiter_reduce(self: PyObject): PyObject | null {
  const it = self as unicodeiterobject;
  const iter = _PyEval_GetBuiltin("iter");
  if (iter === null) return null;
  if (it.it_seq !== null) {
    Py_INCREF(it.it_seq);
    return _PyTuple_FromArraySteal([iter, PyTuple_FromArray([it.it_seq]), PyLong_FromNumber(it.it_index)]);
  }
  const empty = PyUnicode_FromString("");
  const t = _PyTuple_FromArraySteal([iter, _PyTuple_FromArraySteal([empty])]);
  return t;
}

/** @cpython unicodeiter_setstate */
function unicodeiter_setstate(self: PyObject, state: PyObject): PyObject | null {
  const it = self as unicodeiterobject;
  let index = PyNumber_AsSsize_t(state, null);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    else if (index > PyUnicode_GET_LENGTH(it.it_seq)) index = PyUnicode_GET_LENGTH(it.it_seq);
    it.it_index = index;
  }
  return Py_NewNone();
}

const unicodeiter_methods: PyMethodDef[] = [
  { ml_name: "__length_hint__", ml_meth: unicodeiter_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
  { ml_name: "__reduce__", ml_meth: unicodeiter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
  { ml_name: "__setstate__", ml_meth: unicodeiter_setstate, ml_flags: METH_O, ml_doc: "Set state information for unpickling." },
];

/** @cpython PyUnicodeIter_Type */
export const PyUnicodeIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "str_iterator", tp_basicsize: 32, tp_dealloc: unicodeiter_dealloc, tp_iter: unicodeiter_self,
  tp_iternext: unicodeiter_next, tp_methods: unicodeiter_methods,
});

/** @cpython _PyUnicodeASCIIIter_Type */
export const _PyUnicodeASCIIIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "str_ascii_iterator", tp_basicsize: 32, tp_dealloc: unicodeiter_dealloc, tp_iter: unicodeiter_self,
  tp_iternext: unicodeiter_next, tp_methods: unicodeiter_methods,
});

// =============================================================================================
// The type object
// =============================================================================================

const unicode_methods: PyMethodDef[] = [
  { ml_name: "encode", ml_meth: unicode_encode, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "encode($self, /, encoding='utf-8', errors='strict')\n--\n\nEncode the string with the codec registered for encoding." },
  { ml_name: "replace", ml_meth: unicode_replace, ml_flags: METH_FASTCALL,
    ml_doc: "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with occurrences of old replaced by new (at most count of them, when given)." },
  { ml_name: "split", ml_meth: unicode_split, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings between occurrences of sep (runs of whitespace when sep is None)." },
  { ml_name: "rsplit", ml_meth: unicode_rsplit, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nLike split(), but splitting from the right end." },
  { ml_name: "join", ml_meth: unicode_join, ml_flags: METH_O,
    ml_doc: "join($self, iterable, /)\n--\n\nConcatenate the strings of iterable with this string between them." },
  { ml_name: "capitalize", ml_meth: unicode_capitalize, ml_flags: METH_NOARGS,
    ml_doc: "capitalize($self, /)\n--\n\nReturn a copy with the first character in title case and the rest in lower case." },
  { ml_name: "casefold", ml_meth: unicode_casefold, ml_flags: METH_NOARGS,
    ml_doc: "casefold($self, /)\n--\n\nReturn a version of the string suitable for caseless comparisons." },
  { ml_name: "title", ml_meth: unicode_title, ml_flags: METH_NOARGS,
    ml_doc: "title($self, /)\n--\n\nReturn a copy where each word starts in title case and continues in lower case." },
  { ml_name: "center", ml_meth: unicode_center, ml_flags: METH_FASTCALL,
    ml_doc: "center($self, width, fillchar=' ', /)\n--\n\nReturn the string centered in a field of the given width." },
  { ml_name: "count", ml_meth: unicode_count, ml_flags: METH_FASTCALL,
    ml_doc: "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of sub in S[start:end]." },
  { ml_name: "expandtabs", ml_meth: unicode_expandtabs, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy with tabs replaced by spaces up to the next tab stop." },
  { ml_name: "find", ml_meth: unicode_find, ml_flags: METH_FASTCALL,
    ml_doc: "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where sub is found within S[start:end], or -1." },
  { ml_name: "partition", ml_meth: unicode_partition, ml_flags: METH_O,
    ml_doc: "partition($self, sep, /)\n--\n\nSplit at the first occurrence of sep into (head, sep, tail)." },
  { ml_name: "index", ml_meth: unicode_index, ml_flags: METH_FASTCALL,
    ml_doc: "S.index(sub[, start[, end]]) -> int\n\nLike find(), but raise ValueError when sub is not found." },
  { ml_name: "ljust", ml_meth: unicode_ljust, ml_flags: METH_FASTCALL,
    ml_doc: "ljust($self, width, fillchar=' ', /)\n--\n\nReturn the string left-justified in a field of the given width." },
  { ml_name: "lower", ml_meth: unicode_lower, ml_flags: METH_NOARGS,
    ml_doc: "lower($self, /)\n--\n\nReturn a copy of the string converted to lowercase." },
  { ml_name: "lstrip", ml_meth: unicode_lstrip, ml_flags: METH_FASTCALL,
    ml_doc: "lstrip($self, chars=None, /)\n--\n\nReturn a copy with leading whitespace (or the given chars) removed." },
  { ml_name: "rfind", ml_meth: unicode_rfind, ml_flags: METH_FASTCALL,
    ml_doc: "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where sub is found within S[start:end], or -1." },
  { ml_name: "rindex", ml_meth: unicode_rindex, ml_flags: METH_FASTCALL,
    ml_doc: "S.rindex(sub[, start[, end]]) -> int\n\nLike rfind(), but raise ValueError when sub is not found." },
  { ml_name: "rjust", ml_meth: unicode_rjust, ml_flags: METH_FASTCALL,
    ml_doc: "rjust($self, width, fillchar=' ', /)\n--\n\nReturn the string right-justified in a field of the given width." },
  { ml_name: "rstrip", ml_meth: unicode_rstrip, ml_flags: METH_FASTCALL,
    ml_doc: "rstrip($self, chars=None, /)\n--\n\nReturn a copy with trailing whitespace (or the given chars) removed." },
  { ml_name: "rpartition", ml_meth: unicode_rpartition, ml_flags: METH_O,
    ml_doc: "rpartition($self, sep, /)\n--\n\nSplit at the last occurrence of sep into (head, sep, tail)." },
  { ml_name: "splitlines", ml_meth: unicode_splitlines, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines, split at line boundaries." },
  { ml_name: "strip", ml_meth: unicode_strip, ml_flags: METH_FASTCALL,
    ml_doc: "strip($self, chars=None, /)\n--\n\nReturn a copy with leading and trailing whitespace (or the given chars) removed." },
  { ml_name: "swapcase", ml_meth: unicode_swapcase, ml_flags: METH_NOARGS,
    ml_doc: "swapcase($self, /)\n--\n\nConvert uppercase characters to lowercase and lowercase characters to uppercase." },
  { ml_name: "translate", ml_meth: unicode_translate, ml_flags: METH_O,
    ml_doc: "translate($self, table, /)\n--\n\nReplace each character through the given translation table." },
  { ml_name: "upper", ml_meth: unicode_upper, ml_flags: METH_NOARGS,
    ml_doc: "upper($self, /)\n--\n\nReturn a copy of the string converted to uppercase." },
  { ml_name: "startswith", ml_meth: unicode_startswith, ml_flags: METH_FASTCALL,
    ml_doc: "S.startswith(prefix[, start[, end]]) -> bool\n\nWhether S starts with prefix (a str or a tuple of str)." },
  { ml_name: "endswith", ml_meth: unicode_endswith, ml_flags: METH_FASTCALL,
    ml_doc: "S.endswith(suffix[, start[, end]]) -> bool\n\nWhether S ends with suffix (a str or a tuple of str)." },
  { ml_name: "removeprefix", ml_meth: unicode_removeprefix, ml_flags: METH_O,
    ml_doc: "removeprefix($self, prefix, /)\n--\n\nReturn the string without the given prefix, if it starts with it." },
  { ml_name: "removesuffix", ml_meth: unicode_removesuffix, ml_flags: METH_O,
    ml_doc: "removesuffix($self, suffix, /)\n--\n\nReturn the string without the given suffix, if it ends with it." },
  { ml_name: "isascii", ml_meth: unicode_isascii, ml_flags: METH_NOARGS,
    ml_doc: "isascii($self, /)\n--\n\nReturn True if all characters in the string are ASCII, False otherwise." },
  { ml_name: "islower", ml_meth: unicode_islower, ml_flags: METH_NOARGS,
    ml_doc: "islower($self, /)\n--\n\nReturn True if the string is a lowercase string, False otherwise." },
  { ml_name: "isupper", ml_meth: unicode_isupper, ml_flags: METH_NOARGS,
    ml_doc: "isupper($self, /)\n--\n\nReturn True if the string is an uppercase string, False otherwise." },
  { ml_name: "istitle", ml_meth: unicode_istitle, ml_flags: METH_NOARGS,
    ml_doc: "istitle($self, /)\n--\n\nReturn True if the string is a title-cased string, False otherwise." },
  { ml_name: "isspace", ml_meth: unicode_isspace, ml_flags: METH_NOARGS,
    ml_doc: "isspace($self, /)\n--\n\nReturn True if the string is a whitespace string, False otherwise." },
  { ml_name: "isdecimal", ml_meth: unicode_isdecimal, ml_flags: METH_NOARGS,
    ml_doc: "isdecimal($self, /)\n--\n\nReturn True if the string is a decimal string, False otherwise." },
  { ml_name: "isdigit", ml_meth: unicode_isdigit, ml_flags: METH_NOARGS,
    ml_doc: "isdigit($self, /)\n--\n\nReturn True if the string is a digit string, False otherwise." },
  { ml_name: "isnumeric", ml_meth: unicode_isnumeric, ml_flags: METH_NOARGS,
    ml_doc: "isnumeric($self, /)\n--\n\nReturn True if the string is a numeric string, False otherwise." },
  { ml_name: "isalpha", ml_meth: unicode_isalpha, ml_flags: METH_NOARGS,
    ml_doc: "isalpha($self, /)\n--\n\nReturn True if the string is an alphabetic string, False otherwise." },
  { ml_name: "isalnum", ml_meth: unicode_isalnum, ml_flags: METH_NOARGS,
    ml_doc: "isalnum($self, /)\n--\n\nReturn True if the string is an alpha-numeric string, False otherwise." },
  { ml_name: "isidentifier", ml_meth: unicode_isidentifier, ml_flags: METH_NOARGS,
    ml_doc: "isidentifier($self, /)\n--\n\nReturn True if the string is a valid Python identifier, False otherwise." },
  { ml_name: "isprintable", ml_meth: unicode_isprintable, ml_flags: METH_NOARGS,
    ml_doc: "isprintable($self, /)\n--\n\nReturn True if the string is printable, False otherwise." },
  { ml_name: "zfill", ml_meth: unicode_zfill, ml_flags: METH_O,
    ml_doc: "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width." },
  { ml_name: "format", ml_meth: unicode_format_method, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs." },
  { ml_name: "format_map", ml_meth: unicode_format_map, ml_flags: METH_O,
    ml_doc: "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping." },
  { ml_name: "__format__", ml_meth: unicode___format__, ml_flags: METH_O,
    ml_doc: "__format__($self, format_spec, /)\n--\n\nReturn a formatted version of the string as described by format_spec." },
  { ml_name: "maketrans", ml_meth: unicode_maketrans, ml_flags: METH_FASTCALL | METH_STATIC,
    ml_doc: "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\nReturn a translation table usable for str.translate()." },
  { ml_name: "__sizeof__", ml_meth: unicode_sizeof, ml_flags: METH_NOARGS,
    ml_doc: "__sizeof__($self, /)\n--\n\nReturn the size of the string in memory, in bytes." },
  { ml_name: "__getnewargs__", ml_meth: unicode_getnewargs, ml_flags: METH_NOARGS },
];

/** @cpython PyUnicode_Type */
export const PyUnicode_Type: PyTypeObject = new PyTypeObject({
  tp_name: "str", tp_basicsize: 80, tp_itemsize: 0,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_MATCH_SELF,
  tp_dealloc: unicode_dealloc, tp_repr: unicode_repr_slot, tp_str: unicode_str, tp_hash: unicode_hash,
  tp_richcompare: PyUnicode_RichCompare, tp_iter: unicode_iter, tp_new: unicode_new,
  nb_remainder: unicode_mod,
  sq_length: unicode_length, sq_concat: PyUnicode_Concat, sq_repeat: unicode_repeat, sq_item: unicode_getitem,
  sq_contains: PyUnicode_Contains,
  mp_length: unicode_length, mp_subscript: unicode_subscript,
  tp_methods: unicode_methods,
  tp_doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n" +
    "Create a new string object from the given object. If encoding or\n" +
    "errors is specified, then the object must expose a data buffer\n" +
    "that will be decoded using the given encoding and error handler.\n" +
    "Otherwise, returns the result of object.__str__() (if defined)\n" +
    "or repr(object).\n" +
    "encoding defaults to sys.getdefaultencoding().\n" +
    "errors defaults to 'strict'.",
});

/** @cpython _PyUnicode_InitTypes */
export function _PyUnicode_InitTypes(): void {
  PyUnicodeObject.type = PyUnicode_Type;
  // Strings made before this point (none should be) would carry an undefined type.
  if (unicode_empty !== null) unicode_empty.ob_type = PyUnicode_Type;
  for (const u of latin1) if (u !== null) u.ob_type = PyUnicode_Type;
  for (const u of interned.values()) if ((u.ob_type as PyTypeObject | undefined) === undefined) u.ob_type = PyUnicode_Type;
  PyType_Ready(PyUnicode_Type);
  PyType_Ready(PyUnicodeIter_Type);
  PyType_Ready(_PyUnicodeASCIIIter_Type);
  _PyUnicodeFormat_InitTypes();
}
