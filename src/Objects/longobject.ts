/**
 * @mirrors Objects/longobject.c
 * The arbitrary-precision integer. CPython stores an int as an array of 30-bit digits; typhon
 * keeps the value itself in `ob_ival`: a JavaScript number while it is a safe integer
 * (|v| < 2**53) and a BigInt beyond, never the other way round. So the common case is plain
 * double arithmetic guarded by Number.isSafeInteger, and everything else falls back to BigInt:
 *
 *   >>> 2**53 - 1 + 1          # number + number leaves the safe range: redone as BigInt
 *   9007199254740992
 *   >>> (2**53) // 2**50       # BigInt // BigInt, normalised back to a number
 *   8
 *
 * The 30-bit digits still decide what Python can see of the layout: `__sizeof__` (24 bytes of
 * header plus 4 per digit, at least one) and the digit-count checks of the int/str conversion
 * limit (sys.set_int_max_str_digits) are computed from the bit length.
 *
 * Ints from -5 to 256 are preallocated and shared (the small int cache), as in CPython:
 *
 *   >>> a = 256; b = 255 + 1; a is b
 *   True
 *
 * DIVERGENCE: True and False are PyLongObjects created here (not in boolobject.ts) so that
 * this module never needs bool at load time; boolobject.ts re-exports them and gives them
 * the bool type when it is initialised.
 */
import { PyErr_WarnEx } from "../Python/_warnings.ts";
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_LONG_SUBCLASS,
  Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS,
  type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_NoMemory } from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_ZeroDivisionError, PyExc_DeprecationWarning,
} from "./exceptions.ts";
import { Py_NotImplemented, Py_None, PyObject_IsTrue } from "./object.ts";
import { _PyType_Name, PyType_Ready } from "./typeobject.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, unicode_repr, _PyUnicode_FromId, _PyUnicode_NewFromString } from "./unicodeobject.ts";
import { _PyUnicode_ToDecimalDigit, Py_UNICODE_ISSPACE } from "./unicodectype.ts";
import { _PyTuple_FromArraySteal, type PyTupleObject } from "./tupleobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _PyInterpreterState_GET } from "../Python/pystate.ts";
import { PyFloat_FromDouble, float_pow } from "./floatobject.ts";
import { format_long } from "../Python/formatter_unicode.ts";
import { lookup_maybe_method, PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_Vectorcall } from "./call.ts";
import {
  PyBytes_FromArray, PyBytes_Check, PyBytes_AS_ARRAY, PyObject_Bytes, _PyObject_GetBufferData, bytes_repr,
} from "./bytesobject.ts";
import { PyByteArray_Check } from "./bytearrayobject.ts";

// -- the object ------------------------------------------------------------------------------

export class PyLongObject extends PyObject {
  /** The value: a number exactly when Number.isSafeInteger holds, else a BigInt. */
  ob_ival: number | bigint;
  constructor(type: PyTypeObject, v: number | bigint) {
    super(type);
    this.ob_ival = v;
  }
}

/** @cpython PyLong_Check (int and its subclasses, bool included) */
export const PyLong_Check = (o: PyObject): o is PyLongObject => (o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0;
/** @cpython PyLong_CheckExact */
export const PyLong_CheckExact = (o: PyObject): o is PyLongObject => o.ob_type === PyLong_Type;

/** The largest Py_ssize_t (2**63 - 1), as the nearest double. */
export const PY_SSIZE_T_MAX = 9223372036854775807;
/** The smallest Py_ssize_t (-2**63). */
export const PY_SSIZE_T_MIN = -9223372036854775808;

const MAX_SAFE_BIG = 9007199254740991n;
const MIN_SAFE_BIG = -9007199254740991n;
const SSIZE_MAX_BIG = 9223372036854775807n;
const SSIZE_MIN_BIG = -9223372036854775808n;
/** The modulus of numeric hashes, 2**61 - 1 (_PyHASH_MODULUS). */
const _PyHASH_MODULUS = 2305843009213693951n;
/** sys.int_info.str_digits_check_threshold (_PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
const _PY_LONG_MAX_STR_DIGITS_THRESHOLD = 640;

const toBig = (v: number | bigint): bigint => (typeof v === "bigint" ? v : BigInt(v));

/** Bits in |v| (@cpython _PyLong_NumBits). */
export function bit_length_value(v: number | bigint): number {
  if (typeof v === "number") {
    if (v < 0) v = -v;
    if (v < 4294967296) return 32 - Math.clz32(v);
    return 64 - Math.clz32(Math.floor(v / 4294967296));
  }
  if (v < 0n) v = -v;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** Py_SIZE of the CPython layout: the number of 30-bit digits (0 for zero). */
function ndigits30(v: number | bigint): number {
  return Math.ceil(bit_length_value(v) / 30);
}

// -- creation ----------------------------------------------------------------------------------

function notimplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/**
 * @cpython _PyLong_SMALL_INTS: -5..256, shared by every producer of those values. They are
 * static objects in CPython too, so they exist before int is readied.
 */
const NSMALLNEGINTS = 5;
const NSMALLPOSINTS = 257;
const small_ints: PyLongObject[] = new Array(NSMALLNEGINTS + NSMALLPOSINTS);

/**
 * @cpython PyLong_FromLong: an int from a JS integer (a number with no fractional part; past
 * 2**53 it is taken as the exact value of that double). @returns new
 */
export function PyLong_FromNumber(n: number): PyLongObject {
  if (n >= -NSMALLNEGINTS && n < NSMALLPOSINTS) {
    const o = small_ints[n + NSMALLNEGINTS];
    o.ob_refcnt++;
    return o;
  }
  if (Number.isSafeInteger(n)) return new PyLongObject(PyLong_Type, n);
  return new PyLongObject(PyLong_Type, BigInt(n));
}

/** An int from a BigInt, normalised to a number when it fits. @returns new */
export function PyLong_FromBigInt(b: bigint): PyLongObject {
  if (b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG) return PyLong_FromNumber(Number(b));
  return new PyLongObject(PyLong_Type, b);
}

/** An int from a value that is already normalised (number when safe, else BigInt). @returns new */
export function _PyLong_FromValue(v: number | bigint): PyLongObject {
  return typeof v === "number" ? PyLong_FromNumber(v) : new PyLongObject(PyLong_Type, v);
}

/** Normalise any integral number or BigInt. */
function normalize(v: number | bigint): number | bigint {
  if (typeof v === "number") return Number.isSafeInteger(v) ? v : BigInt(v);
  return v >= MIN_SAFE_BIG && v <= MAX_SAFE_BIG ? Number(v) : v;
}

/** @cpython PyLong_FromDouble: int(x), truncating toward zero. @returns new */
export function PyLong_FromDouble(x: number): PyLongObject | null {
  if (x !== x) return PyErr_SetString(PyExc_ValueError, "cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) {
    return PyErr_SetString(PyExc_OverflowError, "cannot convert float infinity to integer");
  }
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return PyLong_FromNumber(t);
  return new PyLongObject(PyLong_Type, BigInt(t));
}

/** @cpython _PyLong_Copy: an exact int with the same value. @returns new */
export function _PyLong_Copy(o: PyLongObject): PyLongObject {
  return _PyLong_FromValue(o.ob_ival);
}

/** @cpython long_long: int(x) for an int: x itself when exact, else a plain copy. @returns new */
function long_long(v: PyObject): PyObject {
  if (v.ob_type === PyLong_Type) {
    Py_INCREF(v);
    return v;
  }
  return _PyLong_Copy(v as PyLongObject);
}

/** Catches BigInt allocation failures, which CPython reports as MemoryError. */
function bigFail(e: unknown): null {
  if (e instanceof RangeError) return PyErr_NoMemory();
  throw e;
}

// -- conversions to JS values ------------------------------------------------------------------

/** @cpython _PyLong_Sign: -1, 0 or 1. */
export function _PyLong_Sign(o: PyObject): number {
  const v = (o as PyLongObject).ob_ival;
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** @cpython _PyLong_NumBits */
export function _PyLong_NumBits(o: PyObject): number {
  return bit_length_value((o as PyLongObject).ob_ival);
}

/** The value of an int as a BigInt. */
export function PyLong_AsBigInt(o: PyObject): bigint {
  return toBig((o as PyLongObject).ob_ival);
}

/**
 * @cpython PyLong_AsSsize_t: -1 with OverflowError outside [-2**63, 2**63). DIVERGENCE: a
 * value beyond 2**53 comes back as the nearest double.
 */
export function PyLong_AsSsize_t(o: PyObject): number {
  if (!PyLong_Check(o)) {
    PyErr_SetString(PyExc_TypeError, "an integer is required");
    return -1;
  }
  const v = o.ob_ival;
  if (typeof v === "number") return v;
  if (v < SSIZE_MIN_BIG || v > SSIZE_MAX_BIG) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return Number(v);
}

/** @cpython PyLong_AsLong: like PyLong_AsSsize_t, but accepting __index__ objects. */
export function PyLong_AsLong(o: PyObject): number {
  let v: number | bigint;
  if (PyLong_Check(o)) v = o.ob_ival;
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return -1;
    v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
  }
  if (typeof v === "number") return v;
  if (v < SSIZE_MIN_BIG || v > SSIZE_MAX_BIG) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
    return -1;
  }
  return Number(v);
}

/** @cpython _PyLong_AsInt: a C int (32 bits), accepting __index__ objects. */
export function _PyLong_AsInt(o: PyObject): number {
  const v = PyLong_AsLong(o);
  if (v === -1 && PyErr_Occurred()) return -1;
  if (v > 2147483647 || v < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
    return -1;
  }
  return v;
}

/** @cpython PyLong_AsDouble: correctly rounded; -1 with OverflowError past the largest double. */
export function PyLong_AsDouble(o: PyObject): number {
  if (!PyLong_Check(o)) {
    PyErr_SetString(PyExc_TypeError, "an integer is required");
    return -1;
  }
  const v = o.ob_ival;
  if (typeof v === "number") return v;
  const d = Number(v); // ECMAScript rounds BigInt -> Number to nearest, ties to even
  if (d === Infinity || d === -Infinity) {
    PyErr_SetString(PyExc_OverflowError, "int too large to convert to float");
    return -1;
  }
  return d;
}

// -- the __index__ protocol ----------------------------------------------------------------

/** @cpython PyIndex_Check: does the type have __index__? */
export function PyIndex_Check(o: PyObject): boolean {
  return o.ob_type.nb_index !== null;
}

/** @cpython _PyNumber_Index: an int (possibly of a subclass) for an __index__ object. @returns new */
export function _PyNumber_Index(item: PyObject): PyObject | null {
  if (PyLong_Check(item)) {
    Py_INCREF(item);
    return item;
  }
  const f = item.ob_type.nb_index;
  if (f === null) {
    return PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(item.ob_type)}' object cannot be interpreted as an integer`);
  }
  const result = f(item);
  if (result === null || result.ob_type === PyLong_Type) return result;
  if (!PyLong_Check(result)) {
    PyErr_SetString(PyExc_TypeError, `__index__ returned non-int (type ${_PyType_Name(result.ob_type)})`);
    Py_DECREF(result);
    return null;
  }
  // A strict int subclass is still accepted, with a DeprecationWarning (issue 17576).
  if (PyErr_WarnEx(PyExc_DeprecationWarning,
    `__index__ returned non-int (type ${result.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`, 1) < 0) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython PyNumber_Index: an exact int for an __index__ object. @returns new */
export function PyNumber_Index(item: PyObject): PyObject | null {
  const result = _PyNumber_Index(item);
  if (result !== null && result.ob_type !== PyLong_Type) {
    const copy = _PyLong_Copy(result as PyLongObject);
    Py_DECREF(result);
    return copy;
  }
  return result;
}

/**
 * @cpython PyNumber_AsSsize_t: an __index__ object as a Py_ssize_t. On overflow, `exc` is
 * raised ("cannot fit 'int' into an index-sized integer"), or with exc null the value is
 * clamped to PY_SSIZE_T_MIN/MAX.
 */
export function PyNumber_AsSsize_t(item: PyObject, exc: PyTypeObject | null): number {
  if (item.ob_type === PyLong_Type) {
    const v = (item as PyLongObject).ob_ival;
    if (typeof v === "number") return v; // the fast path: a safe exact int
  }
  const value = _PyNumber_Index(item);
  if (value === null) return -1;
  const v = (value as PyLongObject).ob_ival;
  Py_DECREF(value);
  if (typeof v === "number") return v;
  if (v >= SSIZE_MIN_BIG && v <= SSIZE_MAX_BIG) return Number(v);
  if (exc === null) return v < 0n ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
  PyErr_SetString(exc, `cannot fit '${_PyType_Name(item.ob_type)}' into an index-sized integer`);
  return -1;
}

/**
 * @cpython _PyEval_SliceIndex (Python/ceval.c): a slice bound through __index__, clamped to
 * the Py_ssize_t range; null with TypeError for other objects. The caller handles None.
 */
export function _PyEval_SliceIndex(v: PyObject): number | null {
  if (v.ob_type.nb_index === null) {
    return PyErr_SetString(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  const x = PyNumber_AsSsize_t(v, null);
  if (x === -1 && PyErr_Occurred()) return null;
  return x;
}

/** @cpython _PyEval_SliceIndexNotNone (Python/ceval.c): the variant whose message leaves out None. */
export function _PyEval_SliceIndexNotNone(v: PyObject): number | null {
  if (v.ob_type.nb_index === null) {
    return PyErr_SetString(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  const x = PyNumber_AsSsize_t(v, null);
  if (x === -1 && PyErr_Occurred()) return null;
  return x;
}

/**
 * @cpython PyNumber_Long (Objects/abstract.c): int(o) with one argument: __int__, then
 * __index__, then __trunc__, then a str, bytes or buffer parsed in base 10. @returns new
 */
export function PyNumber_Long(o: PyObject): PyObject | null {
  if (o.ob_type === PyLong_Type) {
    Py_INCREF(o);
    return o;
  }
  const t = o.ob_type;
  if (t.nb_int !== null) {
    const result = t.nb_int(o);
    if (result === null || result.ob_type === PyLong_Type) return result;
    if (!PyLong_Check(result)) {
      PyErr_SetString(PyExc_TypeError, `__int__ returned non-int (type ${_PyType_Name(result.ob_type)})`);
      Py_DECREF(result);
      return null;
    }
    if (PyErr_WarnEx(PyExc_DeprecationWarning,
      `__int__ returned non-int (type ${result.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`, 1) < 0) {
      Py_DECREF(result);
      return null;
    }
    const copy = _PyLong_Copy(result);
    Py_DECREF(result);
    return copy;
  }
  if (t.nb_index !== null) return PyNumber_Index(o);
  const trunc = lookup_maybe_method(o, _PyUnicode_FromId("__trunc__"));
  if (trunc !== null) {
    if (PyErr_WarnEx(PyExc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1) < 0) {
      Py_DECREF(trunc.func);
      return null;
    }
    const result = trunc.unbound ? PyObject_Vectorcall(trunc.func, [o], null) : PyObject_CallNoArgs(trunc.func);
    Py_DECREF(trunc.func);
    if (result === null || result.ob_type === PyLong_Type) return result;
    if (PyLong_Check(result)) {
      const copy = _PyLong_Copy(result);
      Py_DECREF(result);
      return copy;
    }
    if (!PyIndex_Check(result)) {
      PyErr_SetString(PyExc_TypeError, `__trunc__ returned non-Integral (type ${_PyType_Name(result.ob_type)})`);
      Py_DECREF(result);
      return null;
    }
    const r = PyNumber_Index(result);
    Py_DECREF(result);
    return r;
  }
  if (PyErr_Occurred()) return null;
  if (PyUnicode_Check(o)) return PyLong_FromUnicodeObject(o, 10);
  const data = _PyObject_GetBufferData(o);
  if (data !== null) return _PyLong_FromBytes(data, 10);
  return PyErr_SetString(PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${_PyType_Name(o.ob_type)}'`);
}

// -- int <-> str -------------------------------------------------------------------------------

/** Py_ISSPACE: the C-locale whitespace of the ASCII range. */
const Py_ISSPACE = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

const NON_ASCII_127 = /[^\x00-\x7e]/;

/**
 * @cpython _PyUnicode_TransformDecimalAndSpaceToASCII (Objects/unicodeobject.c): Unicode
 * decimal digits become ASCII digits and Unicode whitespace a space; the text is cut after
 * the first other non-ASCII character, which becomes '?'.
 */
export function _PyUnicode_TransformDecimalAndSpaceToASCII(s: string): string {
  // Found by a regex: far faster than a charCodeAt loop on the long digit strings int() gets.
  const m = NON_ASCII_127.exec(s);
  if (m === null) return s;
  const i = m.index;
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (Py_UNICODE_ISSPACE(c)) out += " ";
    else {
      const d = _PyUnicode_ToDecimalDigit(c);
      if (d < 0) return out + "?";
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

/** The value of a digit character in bases up to 36, or 37 (@cpython _PyLong_DigitValue). */
function digit_value(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 37;
}

/** Per base, a sticky regex matching a run of that base's digits and underscores. */
const digit_run_regexes: (RegExp | undefined)[] = [];
function digit_run_regex(base: number): RegExp {
  let re = digit_run_regexes[base];
  if (re === undefined) {
    let cls = base <= 10 ? `0-${base - 1}` : "0-9";
    if (base > 10) {
      const last = String.fromCharCode(0x61 + base - 11);
      cls += `a-${last}A-${last.toUpperCase()}`;
    }
    re = new RegExp(`[${cls}_]*`, "y");
    digit_run_regexes[base] = re;
  }
  return re;
}

/** Returned by long_from_string for a malformed literal (no exception set). */
const SYNTAX_ERROR: unique symbol = Symbol("invalid literal");

/** Largest power of each base that fits a chunk of digits parsed with doubles. */
function chunk_width(base: number): number {
  let w = 1;
  let p = base;
  while (p * base < 2 ** 52) {
    p *= base;
    w++;
  }
  return w;
}

/**
 * @cpython PyLong_FromString: parse an ASCII string (whitespace, sign, base prefix, single
 * underscores between digits). Returns the value, SYNTAX_ERROR, or null with an error set.
 * A NUL ends the text, as it ends a C string.
 */
function long_from_string(str: string, base: number): number | bigint | typeof SYNTAX_ERROR | null {
  const nul = str.indexOf("\0");
  const s = nul >= 0 ? str.slice(0, nul) : str;
  const n = s.length;
  let p = 0;
  let sign = 1;
  let error_if_nonzero = false;
  while (p < n && Py_ISSPACE(s.charCodeAt(p))) p++;
  if (s[p] === "+") p++;
  else if (s[p] === "-") {
    p++;
    sign = -1;
  }
  if (base === 0) {
    if (s[p] !== "0") base = 10;
    else if (s[p + 1] === "x" || s[p + 1] === "X") base = 16;
    else if (s[p + 1] === "o" || s[p + 1] === "O") base = 8;
    else if (s[p + 1] === "b" || s[p + 1] === "B") base = 2;
    else {
      // An old C-style octal literal: only zero is allowed.
      error_if_nonzero = true;
      base = 10;
    }
    }
  if (s[p] === "0") {
    const c = s[p + 1];
    if ((base === 16 && (c === "x" || c === "X")) || (base === 8 && (c === "o" || c === "O")) ||
        (base === 2 && (c === "b" || c === "B"))) {
      p += 2;
      if (s[p] === "_") p++; // one underscore may follow the prefix
    }
  }
  if (s[p] === "_") return SYNTAX_ERROR;
  const start = p;
  // The run of digits and underscores, found by a regular expression: a million-digit literal
  // must be rejected by the digit limit far faster than converting it would take, as in
  // CPython, and V8's regex scan is an order of magnitude quicker than a charCodeAt loop.
  const re = digit_run_regex(base);
  re.lastIndex = p;
  re.test(s);
  const runEnd = re.lastIndex;
  let underscores = 0;
  for (let u = s.indexOf("_", p); u >= 0 && u < runEnd; u = s.indexOf("_", u + 1)) {
    if (s.charCodeAt(u + 1) === 0x5f && u + 1 < runEnd) return SYNTAX_ERROR;
    underscores++;
  }
  if (runEnd > p && s.charCodeAt(runEnd - 1) === 0x5f) return SYNTAX_ERROR;
  const digits = runEnd - p - underscores;
  p = runEnd;
  if ((base & (base - 1)) !== 0 && digits > _PY_LONG_MAX_STR_DIGITS_THRESHOLD) {
    // Non-binary bases are limited by sys.set_int_max_str_digits (binary ones are linear).
    const max_str_digits = _PyInterpreterState_GET().int_max_str_digits;
    if (max_str_digits > 0 && digits > max_str_digits) {
      return PyErr_SetString(PyExc_ValueError,
        `Exceeds the limit (${max_str_digits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
    }
  }
  if (p === start) return SYNTAX_ERROR;
  while (p < n && Py_ISSPACE(s.charCodeAt(p))) p++;
  if (p !== n || nul >= 0) return SYNTAX_ERROR;
  const clean = underscores === 0 ? s.slice(start, start + digits) : s.slice(start, start + digits + underscores).replace(/_/g, "");
  let v: number | bigint;
  if (clean.length <= 15 && base === 10) v = parseInt(clean, 10);
  else if (base === 10) v = BigInt(clean);
  else if (base === 16) v = BigInt("0x" + clean);
  else if (base === 8) v = BigInt("0o" + clean);
  else if (base === 2) v = BigInt("0b" + clean);
  else {
    const w = chunk_width(base);
    const bigBase = BigInt(base) ** BigInt(w);
    let acc = 0n;
    let i = 0;
    const first = clean.length % w || w;
    for (let end = first; i < clean.length; i = end, end += w) {
      acc = acc * (i === 0 ? 1n : bigBase) + BigInt(parseInt(clean.slice(i, end), base));
    }
    if (i === 0) acc = 0n;
    v = acc;
  }
  if (error_if_nonzero && v !== 0 && v !== 0n) return SYNTAX_ERROR;
  v = normalize(v);
  if (sign < 0) v = typeof v === "number" ? 0 - v : -v;
  return v;
}

/** The repr of s cut to 200 characters (the `%.200R` of CPython's messages). */
function repr200(s: string): string {
  const r = unicode_repr(s);
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join("");
}

/**
 * @cpython PyLong_FromUnicodeObject: int(str, base), accepting Unicode digits and
 * whitespace. @returns new
 */
export function PyLong_FromUnicodeObject(u: PyObject, base: number): PyObject | null {
  const text = (u as PyUnicodeObject).str;
  if ((base !== 0 && base < 2) || base > 36) {
    return PyErr_SetString(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");
  }
  const v = long_from_string(_PyUnicode_TransformDecimalAndSpaceToASCII(text), base);
  if (v === null) return null;
  if (v === SYNTAX_ERROR) {
    return PyErr_SetString(PyExc_ValueError, `invalid literal for int() with base ${base}: ${repr200(text)}`);
  }
  return _PyLong_FromValue(v);
}

/** @cpython _PyLong_FromString: int(str, base) from a JS string. @returns new */
export function _PyLong_FromString(s: string, base: number): PyObject | null {
  const u = PyUnicode_FromString(s);
  const r = PyLong_FromUnicodeObject(u, base);
  Py_DECREF(u);
  return r;
}

/** @cpython _PyLong_FromBytes: int(bytes, base); the error shows the bytes. @returns new */
export function _PyLong_FromBytes(data: Uint8Array, base: number): PyObject | null {
  if ((base !== 0 && base < 2) || base > 36) {
    return PyErr_SetString(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36");
  }
  let s = "";
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  // Bytes beyond ASCII are never digits or spaces: they stop the parse like any other junk.
  const v = long_from_string(s.replace(/[\x80-\xff]/g, "?"), base);
  if (v === null) return null;
  if (v === SYNTAX_ERROR) {
    return PyErr_SetString(PyExc_ValueError,
      `invalid literal for int() with base ${base}: ${bytes_repr(data.subarray(0, 200)).slice(0, 200)}`);
  }
  return _PyLong_FromValue(v);
}

/**
 * @cpython long_to_decimal_string: str(int). Raises ValueError beyond
 * sys.get_int_max_str_digits() digits. Returns the JS string or null.
 */
export function long_to_decimal_string(o: PyObject): string | null {
  const v = (o as PyLongObject).ob_ival;
  if (typeof v === "number") return String(v);
  const max_str_digits = _PyInterpreterState_GET().int_max_str_digits;
  const size_a = ndigits30(v);
  // The quick pre-check on the digit count, from 10/3 >= log2(10), as CPython makes it.
  if (size_a >= Math.floor((10 * _PY_LONG_MAX_STR_DIGITS_THRESHOLD) / (3 * 30)) + 2) {
    if (max_str_digits > 0 && Math.floor(max_str_digits / (3 * 30)) <= Math.floor((size_a - 11) / 10)) {
      PyErr_SetString(PyExc_ValueError,
        `Exceeds the limit (${max_str_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
      return null;
    }
  }
  const s = v.toString();
  const strlen_nosign = v < 0n ? s.length - 1 : s.length;
  if (strlen_nosign > _PY_LONG_MAX_STR_DIGITS_THRESHOLD && max_str_digits > 0 && strlen_nosign > max_str_digits) {
    PyErr_SetString(PyExc_ValueError,
      `Exceeds the limit (${max_str_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
    return null;
  }
  return s;
}

/**
 * @cpython _PyLong_Format: base 10, or 2/8/16 with the 0b/0o/0x prefix (after the sign):
 * bin(), oct(), hex() and the format mini-language. Returns the JS string or null.
 */
export function _PyLong_Format(o: PyObject, base: number): string | null {
  if (base === 10) return long_to_decimal_string(o);
  const v = (o as PyLongObject).ob_ival;
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b";
  if (v < 0) return "-" + prefix + (-v).toString(base);
  return prefix + v.toString(base);
}

/** @cpython long_to_decimal_string as the tp_repr slot. */
function long_repr(o: PyObject): PyObject | null {
  const v = (o as PyLongObject).ob_ival;
  // A new string object even for one digit (PyUnicode_New), not the shared one-character string.
  if (typeof v === "number") return _PyUnicode_NewFromString(String(v));
  const s = long_to_decimal_string(o);
  return s === null ? null : _PyUnicode_NewFromString(s);
}

// -- hash, compare, truth --------------------------------------------------------------------

/** @cpython long_hash: the value modulo 2**61 - 1 with its sign; -1 becomes -2. */
function long_hash(o: PyObject): number {
  const v = (o as PyLongObject).ob_ival;
  if (typeof v === "number") {
    // |v| < 2**53 < 2**61 - 1, so the value is its own hash.
    const h = v === -1 ? -2 : v;
    Py_hash.hi = Math.floor(h / 4294967296) | 0;
    return h | 0;
  }
  return _Py_HashBigInt(v);
}

/** The numeric hash of a BigInt (low 32 bits returned, high in Py_hash.hi). */
export function _Py_HashBigInt(v: bigint): number {
  let h = (v < 0n ? -v : v) % _PyHASH_MODULUS;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  const u = BigInt.asUintN(64, h);
  Py_hash.hi = Number(u >> 32n) | 0;
  return Number(u & 0xffffffffn) | 0;
}

function bool_result(b: boolean): PyObject {
  const r = b ? _Py_TrueStruct : _Py_FalseStruct;
  r.ob_refcnt++;
  return r;
}

/** @cpython long_richcompare */
function long_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (!PyLong_Check(self) || !PyLong_Check(other)) return notimplemented();
  const a = self.ob_ival, b = other.ob_ival;
  // number/BigInt comparisons are exact in JS; equal values always share a representation.
  switch (op) {
    case Py_EQ: return bool_result(a === b);
    case Py_NE: return bool_result(a !== b);
    case Py_LT: return bool_result(a < b);
    case Py_LE: return bool_result(a <= b);
    case Py_GT: return bool_result(a > b);
    case Py_GE: return bool_result(a >= b);
  }
  return notimplemented();
}

/** @cpython long_bool */
function long_bool(o: PyObject): number {
  const v = (o as PyLongObject).ob_ival;
  return v === 0 ? 0 : 1;
}

// -- arithmetic --------------------------------------------------------------------------------

/** @cpython long_add */
function long_add(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (typeof x === "number" && typeof y === "number") {
    const r = x + y;
    if (Number.isSafeInteger(r)) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(toBig(x) + toBig(y));
}

/** @cpython long_sub */
function long_sub(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (typeof x === "number" && typeof y === "number") {
    const r = x - y;
    if (Number.isSafeInteger(r)) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(toBig(x) - toBig(y));
}

/** @cpython long_mul */
function long_mul(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (typeof x === "number" && typeof y === "number") {
    const r = x * y;
    // A rounded product is never a safe integer unless it was exact.
    if (Number.isSafeInteger(r)) return PyLong_FromNumber(r);
  }
  try {
    return PyLong_FromBigInt(toBig(x) * toBig(y));
  } catch (e) {
    return bigFail(e);
  }
}

/** Floor division of BigInts (b != 0). */
function big_floordiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Modulo with the divisor's sign, of BigInts (b != 0). */
function big_mod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

/** @cpython long_div (floor division) */
function long_div(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (y === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  if (typeof x === "number" && typeof y === "number") {
    // fmod is exact, so x - m is an exact multiple of y and the division is exact too.
    const m = x % y;
    let q = (x - m) / y;
    if (m !== 0 && (m < 0) !== (y < 0)) q -= 1;
    return PyLong_FromNumber(q);
  }
  return PyLong_FromBigInt(big_floordiv(toBig(x), toBig(y)));
}

/** @cpython long_mod */
function long_mod(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (y === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero");
  if (typeof x === "number" && typeof y === "number") {
    let m = x % y;
    if (m !== 0 && (m < 0) !== (y < 0)) m += y;
    return PyLong_FromNumber(m);
  }
  return PyLong_FromBigInt(big_mod(toBig(x), toBig(y)));
}

/** @cpython long_divmod */
function long_divmod(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (y === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  if (typeof x === "number" && typeof y === "number") {
    let m = x % y;
    let q = (x - m) / y;
    if (m !== 0 && (m < 0) !== (y < 0)) {
      q -= 1;
      m += y;
    }
    return _PyTuple_FromArraySteal([PyLong_FromNumber(q), PyLong_FromNumber(m)]);
  }
  const bx = toBig(x), by = toBig(y);
  return _PyTuple_FromArraySteal([PyLong_FromBigInt(big_floordiv(bx, by)), PyLong_FromBigInt(big_mod(bx, by))]);
}

/** x * 2**e for an exactly representable result (ldexp without intermediate overflow). */
export function ldexp(x: number, e: number): number {
  while (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
    if (x === Infinity || x === -Infinity) return x;
  }
  while (e < -1022) {
    x *= 2 ** -1022;
    e += 1022;
    if (x === 0) return x;
  }
  return x * 2 ** e;
}

/**
 * @cpython long_true_divide: a / b correctly rounded, also when the quotient is subnormal.
 * Returns the double, or null with ZeroDivisionError/OverflowError set.
 */
export function _PyLong_TrueDivide(a: number | bigint, b: number | bigint): number | null {
  if (b === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b; // both exact doubles
  const r = _Py_ratio_to_double(toBig(a), toBig(b));
  if (r === Infinity || r === -Infinity) {
    return PyErr_SetString(PyExc_OverflowError, "integer division result too large for a float");
  }
  return r;
}

/**
 * The double nearest to x / y (y != 0), ties to even, with gradual underflow; +-Infinity
 * when it is too large. The core of long_true_divide, also used for exact float powers.
 */
export function _Py_ratio_to_double(x: bigint, y: bigint): number {
  const negate = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negate ? -0 : 0;
  const a_bits = bit_length_value(x), b_bits = bit_length_value(y);
  if (a_bits <= 53 && b_bits <= 53) {
    const r = Number(x) / Number(y);
    return negate ? -r : r;
  }
  const diff = a_bits - b_bits;
  // DBL_MAX_EXP = 1024, DBL_MIN_EXP = -1021, DBL_MANT_DIG = 53.
  if (diff > 1024) return negate ? -Infinity : Infinity;
  if (diff < -1021 - 53 - 1) return negate ? -0 : 0;
  // Scale so the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer when subnormal).
  const shift = Math.max(diff, -1021) - 53 - 2;
  let inexact = false;
  if (shift <= 0) x <<= BigInt(-shift);
  else {
    if ((x & ((1n << BigInt(shift)) - 1n)) !== 0n) inexact = true;
    x >>= BigInt(shift);
  }
  let q = x / y;
  if (x % y !== 0n) inexact = true;
  const x_bits = bit_length_value(q);
  const extra_bits = Math.max(x_bits, -1021 - shift) - 53;
  // Round half to even on the low extra_bits bits, the lowest one acting as a sticky bit.
  const mask = 1n << BigInt(extra_bits - 1);
  let low = q | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) low += mask;
  q = low & ~(2n * mask - 1n);
  const dx = Number(q); // exact: at most 54 significant bits, the 54th only as a power of two
  if (shift + x_bits >= 1024 && (shift + x_bits > 1024 || dx === 2 ** x_bits)) return negate ? -Infinity : Infinity;
  const r = ldexp(dx, shift);
  return negate ? -r : r;
}

/** @cpython long_true_divide */
function long_true_divide(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (typeof x === "number" && typeof y === "number") {
    if (y === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "division by zero");
    return PyFloat_FromDouble(x / y);
  }
  const r = _PyLong_TrueDivide(x, y);
  return r === null ? null : PyFloat_FromDouble(r);
}

/** x**n for numbers by squaring; null when an intermediate leaves the safe range. */
function small_pow(x: number, n: number): number | null {
  let result = 1;
  let base = x;
  for (;;) {
    if (n & 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) return null;
    }
    n = Math.floor(n / 2);
    if (n === 0) return result;
    base *= base;
    if (!Number.isSafeInteger(base)) return null;
  }
}

/** @cpython long_invmod: the inverse of a modulo n (n > 0), or null with ValueError. */
function long_invmod(a: bigint, n: bigint): bigint | null {
  let b = 1n, c = 0n;
  while (n !== 0n) {
    const q = big_floordiv(a, n);
    const r = a - q * n;
    a = n;
    n = r;
    const t = b - q * c;
    b = c;
    c = t;
  }
  if (a !== 1n) {
    PyErr_SetString(PyExc_ValueError, "base is not invertible for the given modulus");
    return null;
  }
  return b;
}

/** Modular exponentiation by squaring (a, b >= 0, c > 1). */
function big_powmod(a: bigint, b: bigint, c: bigint): bigint {
  let result = 1n;
  a %= c;
  while (b > 0n) {
    if (b & 1n) result = (result * a) % c;
    b >>= 1n;
    if (b > 0n) a = (a * a) % c;
  }
  return result;
}

/** The same with doubles, for c <= 2**26 (every product stays exact). */
function small_powmod(a: number, b: number, c: number): number {
  let result = 1;
  a %= c;
  while (b > 0) {
    if (b % 2 === 1) result = (result * a) % c;
    b = Math.floor(b / 2);
    if (b > 0) a = (a * a) % c;
  }
  return result;
}

/** @cpython long_pow: v ** w, and pow(v, w, x) with a modulus (a negative w inverts v). */
function long_pow(v: PyObject, w: PyObject, x: PyObject): PyObject | null {
  if (!PyLong_Check(v) || !PyLong_Check(w)) return notimplemented();
  let modulus: number | bigint | null;
  if (PyLong_Check(x)) modulus = x.ob_ival;
  else if (x === Py_None) modulus = null;
  else return notimplemented();
  const a = v.ob_ival, b = w.ob_ival;
  if (b < 0 && modulus === null) {
    // A negative exponent without a modulus makes a float.
    return float_pow(v, w, x);
  }
  if (modulus === null) {
    if (typeof a === "number" && typeof b === "number") {
      const r = small_pow(a, b);
      if (r !== null) return PyLong_FromNumber(r);
    }
    if (a === 0 || a === 1) return PyLong_FromNumber(b === 0 ? 1 : a);
    if (a === -1) return PyLong_FromNumber(b === 0 || (typeof b === "number" ? b % 2 === 0 : (b & 1n) === 0n) ? 1 : -1);
    if (typeof b === "bigint") return PyErr_NoMemory();
    try {
      return PyLong_FromBigInt(toBig(a) ** BigInt(b));
    } catch (e) {
      return bigFail(e);
    }
  }
  if (modulus === 0) return PyErr_SetString(PyExc_ValueError, "pow() 3rd argument cannot be 0");
  let c = toBig(modulus);
  const negativeOutput = c < 0n;
  if (negativeOutput) c = -c;
  if (c === 1n) return PyLong_FromNumber(0);
  let base = toBig(a);
  let exp = toBig(b);
  if (exp < 0n) {
    exp = -exp;
    const inv = long_invmod(big_mod(base, c), c);
    if (inv === null) return null;
    base = inv;
  }
  base = big_mod(base, c);
  let z: bigint;
  if (c <= 67108864n && exp <= MAX_SAFE_BIG) z = BigInt(small_powmod(Number(base), Number(exp), Number(c)));
  else z = big_powmod(base, exp, c);
  if (negativeOutput && z !== 0n) z -= c;
  return PyLong_FromBigInt(z);
}

/** @cpython long_neg */
function long_neg(v: PyObject): PyObject | null {
  const x = (v as PyLongObject).ob_ival;
  if (typeof x === "number") return PyLong_FromNumber(0 - x);
  return new PyLongObject(PyLong_Type, -x);
}

/** @cpython long_abs */
function long_abs(v: PyObject): PyObject | null {
  const x = (v as PyLongObject).ob_ival;
  if (x < 0) return long_neg(v);
  return long_long(v);
}

/** @cpython long_invert: ~x == -(x+1) */
function long_invert(v: PyObject): PyObject | null {
  const x = (v as PyLongObject).ob_ival;
  if (typeof x === "number") {
    const r = -x - 1;
    if (Number.isSafeInteger(r)) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(-toBig(x) - 1n);
}

/** @cpython long_lshift */
function long_lshift(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, n = b.ob_ival;
  if (n < 0) return PyErr_SetString(PyExc_ValueError, "negative shift count");
  if (x === 0) return PyLong_FromNumber(0);
  if (typeof n === "bigint") return PyErr_NoMemory();
  if (typeof x === "number" && n <= 53) {
    const r = x * 2 ** n;
    if (Number.isSafeInteger(r)) return PyLong_FromNumber(r);
  }
  try {
    return PyLong_FromBigInt(toBig(x) << BigInt(n));
  } catch (e) {
    return bigFail(e);
  }
}

/** @cpython long_rshift */
function long_rshift(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, n = b.ob_ival;
  if (n < 0) return PyErr_SetString(PyExc_ValueError, "negative shift count");
  if (typeof x === "number") {
    if (n >= 53) return PyLong_FromNumber(x < 0 ? -1 : 0);
    return PyLong_FromNumber(Math.floor(x / 2 ** (n as number)));
  }
  if (typeof n === "bigint" || n >= bit_length_value(x) + 1) return PyLong_FromNumber(x < 0n ? -1 : 0);
  return PyLong_FromBigInt(x >> BigInt(n));
}

const isInt32 = (v: number | bigint): v is number => typeof v === "number" && (v | 0) === v;

/** @cpython long_and */
function long_and(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (isInt32(x) && isInt32(y)) return PyLong_FromNumber(x & y);
  return PyLong_FromBigInt(toBig(x) & toBig(y));
}

/** @cpython long_xor */
function long_xor(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (isInt32(x) && isInt32(y)) return PyLong_FromNumber(x ^ y);
  return PyLong_FromBigInt(toBig(x) ^ toBig(y));
}

/** @cpython long_or */
function long_or(a: PyObject, b: PyObject): PyObject | null {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notimplemented();
  const x = a.ob_ival, y = b.ob_ival;
  if (isInt32(x) && isInt32(y)) return PyLong_FromNumber(x | y);
  return PyLong_FromBigInt(toBig(x) | toBig(y));
}

/** @cpython long_float */
function long_float(v: PyObject): PyObject | null {
  const d = PyLong_AsDouble(v);
  if (d === -1 && PyErr_Occurred()) return null;
  return PyFloat_FromDouble(d);
}

/** @cpython long_dealloc: the small ints are never freed. */
function long_dealloc(self: PyObject): void {
  const v = (self as PyLongObject).ob_ival;
  if (self.ob_type === PyLong_Type && typeof v === "number" && v >= -NSMALLNEGINTS && v < NSMALLPOSINTS &&
      small_ints[v + NSMALLNEGINTS] === self) {
    self.ob_refcnt = 1 << 20;
  }
}

// -- int() ----------------------------------------------------------------------------------

/** @cpython long_new_impl: int(x=0, /, base=10) */
function long_new_impl(type: PyTypeObject, x: PyObject | null, obase: PyObject | null): PyObject | null {
  if (type !== PyLong_Type) return long_subtype_new(type, x, obase);
  if (x === null) {
    if (obase !== null) return PyErr_SetString(PyExc_TypeError, "int() missing string argument");
    return PyLong_FromNumber(0);
  }
  if (obase === null) return PyNumber_Long(x);
  const base = PyNumber_AsSsize_t(obase, null);
  if (base === -1 && PyErr_Occurred()) return null;
  if ((base !== 0 && base < 2) || base > 36) {
    return PyErr_SetString(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  if (PyUnicode_Check(x)) return PyLong_FromUnicodeObject(x, base);
  if (PyBytes_Check(x) || PyByteArray_Check(x)) {
    const data = _PyObject_GetBufferData(x);
    if (data !== null) return _PyLong_FromBytes(data, base);
  }
  return PyErr_SetString(PyExc_TypeError, "int() can't convert non-string with explicit base");
}

/** @cpython long_subtype_new: build a plain int, then an instance of the subclass with its value. */
function long_subtype_new(type: PyTypeObject, x: PyObject | null, obase: PyObject | null): PyObject | null {
  const tmp = long_new_impl(PyLong_Type, x, obase);
  if (tmp === null) return null;
  const v = (tmp as PyLongObject).ob_ival;
  Py_DECREF(tmp);
  Py_INCREF(type);
  return new PyLongObject(type, v);
}

/** @cpython long_new (vectorcall layout: x positional-only, base by position or keyword) */
function long_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (args.length > 2) return PyErr_SetString(PyExc_TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  const x: PyObject | null = nargs > 0 ? args[0] : null;
  let base: PyObject | null = nargs > 1 ? args[1] : null;
  for (let k = 0; k < nkw; k++) {
    const key = (kwnames!.ob_item[k] as PyUnicodeObject).str;
    if (key !== "base") return PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for int()`);
    if (base !== null) return PyErr_SetString(PyExc_TypeError, "argument for int() given by name ('base') and position (2)");
    base = args[nargs + k];
  }
  return long_new_impl(type, x, base);
}

// -- methods ---------------------------------------------------------------------------------

function long_long_meth(self: PyObject): PyObject {
  return long_long(self);
}

/** @cpython int_bit_length_impl */
function int_bit_length(self: PyObject): PyObject {
  return PyLong_FromNumber(bit_length_value((self as PyLongObject).ob_ival));
}

/** Ones in the binary form of |v|. */
function popcount(v: number | bigint): number {
  if (typeof v === "number") {
    if (v < 0) v = -v;
    let n = 0;
    let lo = v % 4294967296;
    let hi = Math.floor(v / 4294967296);
    for (; lo; lo &= lo - 1) n++;
    for (; hi; hi &= hi - 1) n++;
    return n;
  }
  if (v < 0n) v = -v;
  const hex = v.toString(16);
  let n = 0;
  for (let i = 0; i < hex.length; i++) {
    let d = parseInt(hex[i], 16);
    for (; d; d &= d - 1) n++;
  }
  return n;
}

/** @cpython int_bit_count_impl */
function int_bit_count(self: PyObject): PyObject {
  return PyLong_FromNumber(popcount((self as PyLongObject).ob_ival));
}

/** @cpython int_as_integer_ratio_impl */
function int_as_integer_ratio(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([long_long(self), PyLong_FromNumber(1)]);
}

function byteorder_arg(fname: string, o: PyObject | null): boolean | null {
  if (o === null) return false;
  if (!PyUnicode_Check(o)) {
    return PyErr_SetString(PyExc_TypeError, `${fname}() argument 'byteorder' must be str, not ${_PyType_Name(o.ob_type)}`);
  }
  if (o.str === "little") return true;
  if (o.str === "big") return false;
  return PyErr_SetString(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

/**
 * @cpython _PyLong_AsByteArray: v in n bytes, two's complement when signed; null with
 * OverflowError when it does not fit.
 */
export function _PyLong_AsByteArray(v: number | bigint, n: number, little_endian: boolean, is_signed: boolean): Uint8Array | null {
  const big = toBig(v);
  if (big < 0n && !is_signed) return PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned");
  let fits: boolean;
  if (!is_signed) fits = bit_length_value(big) <= 8 * n;
  else if (big >= 0n) fits = big === 0n || bit_length_value(big) <= 8 * n - 1;
  // The sign bits need not be stored: -1 fits even in zero bytes, as in CPython.
  else fits = bit_length_value(-big - 1n) <= 8 * n - 1 || (n === 0 && big === -1n);
  if (!fits) return PyErr_SetString(PyExc_OverflowError, "int too big to convert");
  const out = new Uint8Array(n);
  let u = BigInt.asUintN(8 * n, big);
  for (let i = 0; i < n; i++) {
    out[little_endian ? i : n - 1 - i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out;
}

/** @cpython _PyLong_FromByteArray @returns new */
export function _PyLong_FromByteArray(bytes: Uint8Array, little_endian: boolean, is_signed: boolean): PyLongObject {
  const n = bytes.length;
  if (n === 0) return PyLong_FromNumber(0);
  let hex = "";
  for (let i = 0; i < n; i++) {
    const byte = bytes[little_endian ? n - 1 - i : i];
    hex += (byte < 16 ? "0" : "") + byte.toString(16);
  }
  let v = BigInt("0x" + hex);
  if (is_signed && (bytes[little_endian ? n - 1 : 0] & 0x80)) v -= 1n << BigInt(8 * n);
  return PyLong_FromBigInt(v);
}

/** @cpython int_to_bytes_impl: to_bytes(length=1, byteorder='big', *, signed=False) */
function int_to_bytes(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "to_bytes", ["length", "byteorder", "signed"], 0, 2, 0);
  if (a === null) return null;
  let length = 1;
  if (a[0] !== null) {
    const i = _PyNumber_Index(a[0]);
    if (i === null) return null;
    length = PyLong_AsSsize_t(i);
    Py_DECREF(i);
    if (length === -1 && PyErr_Occurred()) return null;
  }
  const little = byteorder_arg("to_bytes", a[1]);
  if (little === null) return null;
  let is_signed = false;
  if (a[2] !== null) {
    const t = PyObject_IsTrue(a[2]);
    if (t < 0) return null;
    is_signed = t === 1;
  }
  if (length < 0) return PyErr_SetString(PyExc_ValueError, "length argument must be non-negative");
  if (length > 2 ** 31) return PyErr_NoMemory();
  const data = _PyLong_AsByteArray((self as PyLongObject).ob_ival, length, little, is_signed);
  if (data === null) return null;
  return PyBytes_FromArray(data);
}

/** @cpython int_from_bytes_impl: int.from_bytes(bytes, byteorder='big', *, signed=False) */
function int_from_bytes(type: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "from_bytes", ["bytes", "byteorder", "signed"], 1, 2, 0);
  if (a === null) return null;
  const little = byteorder_arg("from_bytes", a[1]);
  if (little === null) return null;
  let is_signed = false;
  if (a[2] !== null) {
    const t = PyObject_IsTrue(a[2]);
    if (t < 0) return null;
    is_signed = t === 1;
  }
  const bytes = PyObject_Bytes(a[0]!);
  if (bytes === null) return null;
  const long_obj = _PyLong_FromByteArray(PyBytes_AS_ARRAY(bytes), little, is_signed);
  Py_DECREF(bytes);
  if (type !== PyLong_Type) {
    const r = PyObject_CallOneArg(type, long_obj);
    Py_DECREF(long_obj);
    return r;
  }
  return long_obj;
}

/** @cpython int___round___impl: round(x, n) for ints; negative n rounds half to even. */
function int___round__(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("__round__", args.length, 0, 1)) return null;
  if (args.length === 0) return long_long(self);
  const nd = _PyNumber_Index(args[0]);
  if (nd === null) return null;
  const n = (nd as PyLongObject).ob_ival;
  Py_DECREF(nd);
  if (n >= 0) return long_long(self);
  const x = toBig((self as PyLongObject).ob_ival);
  const ax = x < 0n ? -x : x;
  // 10**-n beyond twice |x| rounds it to zero; CPython computes the power, which may not end.
  if (typeof n === "bigint" || -n > String(ax).length + 1) return PyLong_FromNumber(0);
  const b = 10n ** BigInt(-n);
  // _PyLong_DivmodNear: the quotient rounded half to even.
  let q = big_floordiv(x, b);
  const r = x - q * b;
  const twice = 2n * r;
  if (twice > b || (twice === b && (q & 1n) === 1n)) q += 1n;
  return PyLong_FromBigInt(q * b);
}

/** @cpython int___getnewargs___impl */
function int___getnewargs__(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([_PyLong_Copy(self as PyLongObject)]);
}

/** @cpython int___format___impl */
function int___format__(self: PyObject, spec: PyObject): PyObject | null {
  if (!PyUnicode_Check(spec)) {
    return PyErr_SetString(PyExc_TypeError, `__format__() argument must be str, not ${_PyType_Name(spec.ob_type)}`);
  }
  const s = format_long(self, spec.str);
  return s === null ? null : PyUnicode_FromString(s);
}

/** @cpython int___sizeof___impl: 24 bytes of header and 4 per 30-bit digit (at least one). */
function int___sizeof__(self: PyObject): PyObject {
  return PyLong_FromNumber(24 + 4 * Math.max(ndigits30((self as PyLongObject).ob_ival), 1));
}

function long_get0(_self: PyObject): PyObject {
  return PyLong_FromNumber(0);
}

function long_get1(_self: PyObject): PyObject {
  return PyLong_FromNumber(1);
}

const long_methods: PyMethodDef[] = [
  { ml_name: "conjugate", ml_meth: long_long_meth, ml_flags: METH_NOARGS,
    ml_doc: "The int itself: a real number is its own complex conjugate." },
  { ml_name: "bit_length", ml_meth: int_bit_length, ml_flags: METH_NOARGS,
    ml_doc: "bit_length($self, /)\n--\n\nNumber of bits needed to write abs(self) in binary, without sign or leading zeros.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6" },
  { ml_name: "bit_count", ml_meth: int_bit_count, ml_flags: METH_NOARGS,
    ml_doc: "bit_count($self, /)\n--\n\nNumber of one bits in the binary form of abs(self) (the population count).\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3" },
  { ml_name: "to_bytes", ml_meth: int_to_bytes, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\nThe integer as a bytes object of the given length.\n\nbyteorder 'big' puts the most significant byte first, 'little' last. With signed\ntrue, negative numbers are written in two's complement. OverflowError is raised\nwhen the value does not fit." },
  { ml_name: "from_bytes", ml_meth: int_from_bytes, ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\nThe integer a sequence of bytes encodes.\n\nbytes is a bytes-like object or an iterable of ints in range(256); byteorder and\nsigned are read as by to_bytes()." },
  { ml_name: "as_integer_ratio", ml_meth: int_as_integer_ratio, ml_flags: METH_NOARGS,
    ml_doc: "as_integer_ratio($self, /)\n--\n\nThe pair (self, 1): the int as a fraction with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)" },
  { ml_name: "__trunc__", ml_meth: long_long_meth, ml_flags: METH_NOARGS, ml_doc: "An int truncated is itself." },
  { ml_name: "__floor__", ml_meth: long_long_meth, ml_flags: METH_NOARGS, ml_doc: "The floor of an int is itself." },
  { ml_name: "__ceil__", ml_meth: long_long_meth, ml_flags: METH_NOARGS, ml_doc: "The ceiling of an int is itself." },
  { ml_name: "__round__", ml_meth: int___round__, ml_flags: METH_FASTCALL,
    ml_doc: "__round__($self, ndigits=<unrepresentable>, /)\n--\n\nAn int rounded to a multiple of 10**-ndigits (half to even); itself without ndigits." },
  { ml_name: "__getnewargs__", ml_meth: int___getnewargs__, ml_flags: METH_NOARGS, ml_doc: "__getnewargs__($self, /)\n--\n\n" },
  { ml_name: "__format__", ml_meth: int___format__, ml_flags: METH_O,
    ml_doc: "__format__($self, format_spec, /)\n--\n\nThe int formatted by the format-specification mini-language." },
  { ml_name: "__sizeof__", ml_meth: int___sizeof__, ml_flags: METH_NOARGS,
    ml_doc: "__sizeof__($self, /)\n--\n\nSize of the object in memory, in bytes." },
];

const long_doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nAn integer made from a number or a string, or 0 without arguments. A number is\nconverted by its __int__ method; floats are truncated toward zero. With a base, or\nwhen x is not a number, x must be a str, bytes or bytearray holding an integer\nliteral in that base (2 to 36), optionally signed and surrounded by whitespace.\nBase 0 reads the base from the literal's prefix, as Python source does.\n>>> int('0b100', base=0)\n4";

/** @cpython PyLong_Type */
export const PyLong_Type: PyTypeObject = new PyTypeObject({
  tp_name: "int", tp_basicsize: 24, tp_itemsize: 4,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS,
  tp_dealloc: long_dealloc, tp_repr: long_repr, tp_hash: long_hash, tp_richcompare: long_richcompare,
  tp_new: long_new,
  nb_add: long_add, nb_subtract: long_sub, nb_multiply: long_mul, nb_remainder: long_mod, nb_divmod: long_divmod,
  nb_power: long_pow, nb_negative: long_neg, nb_positive: long_long, nb_absolute: long_abs, nb_bool: long_bool,
  nb_invert: long_invert, nb_lshift: long_lshift, nb_rshift: long_rshift, nb_and: long_and, nb_xor: long_xor,
  nb_or: long_or, nb_int: long_long, nb_float: long_float, nb_floor_divide: long_div,
  nb_true_divide: long_true_divide, nb_index: long_long,
  tp_methods: long_methods,
  tp_getset: [
    { name: "real", get: long_long_meth, doc: "the int itself, as the real part of a complex number" },
    { name: "imag", get: long_get0, doc: "0, the imaginary part of a real number" },
    { name: "numerator", get: long_long_meth, doc: "the int itself, as the numerator of a fraction in lowest terms" },
    { name: "denominator", get: long_get1, doc: "1, the denominator of an int as a fraction" },
  ],
  tp_doc: long_doc,
});

for (let i = -NSMALLNEGINTS; i < NSMALLPOSINTS; i++) {
  const o = new PyLongObject(PyLong_Type, i);
  o.ob_refcnt = 1 << 20;
  small_ints[i + NSMALLNEGINTS] = o;
}

/**
 * @cpython _Py_FalseStruct / _Py_TrueStruct: the two bools, made here with int's shape;
 * _PyBool_InitTypes gives them their type (see the header).
 */
export const _Py_FalseStruct = new PyLongObject(PyLong_Type, 0);
export const _Py_TrueStruct = new PyLongObject(PyLong_Type, 1);
_Py_FalseStruct.ob_refcnt = 1 << 20;
_Py_TrueStruct.ob_refcnt = 1 << 20;

/** The int slot functions boolobject.ts builds on (bool's &, |, ^ fall back to them). */
export const _PyLong_Slots = { long_and, long_or, long_xor, long_repr, long_new_impl };

/** @cpython _PyLong_InitTypes */
export function _PyLong_InitTypes(): void {
  PyType_Ready(PyLong_Type);
}

/** Alias kept for the lifecycle code (@cpython _PyLong_InitTypes). */
export const _PyLong_Init = _PyLong_InitTypes;

