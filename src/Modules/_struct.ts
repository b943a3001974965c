/**
 * @mirrors Modules/_struct.c
 * _struct: packing Python values into C structs (bytes) and unpacking them, driven by a
 * format string such as "<2hxq". The first character may pick the byte order and whether
 * C's native sizes and alignment apply ('@', the default: x86-64 Linux's sizes, items
 * aligned to their size) or the standard sizes without padding ('<', '>', '!', '=').
 *
 * A Struct compiles its format once (prepare_s) into a list of codes, each an offset in
 * the packed data, an item size, a format entry (with its pack/unpack functions) and a
 * repeat count; pack and unpack walk that list. The module-level functions keep a small
 * cache of compiled Structs keyed by format, as CPython does.
 *
 * As in CPython, the little-endian standard table borrows the native functions for the
 * codes whose sizes agree ('<h' reports "short format requires ..."), so the error
 * messages depend on the byte order the same way.
 *
 * Buffers: unpack accepts bytes, bytearray and the registered bytes-like types (array);
 * pack_into writes into bytearray and array objects.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_NewException } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_OverflowError, PyExc_IndexError, PyExc_SystemError } from "../Objects/exceptions.ts";
import { PyBytes_Check, PyBytes_FromArray, _PyObject_GetBufferData, type PyBytesObject } from "../Objects/bytesobject.ts";
import { PyByteArray_Check, type PyByteArrayObject } from "../Objects/bytearrayobject.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble } from "../Objects/floatobject.ts";
import {
  PyLong_Check, PyLong_FromNumber, PyLong_FromBigInt, PyIndex_Check, _PyNumber_Index, PyNumber_AsSsize_t,
  PyLong_AsSsize_t, type PyLongObject,
} from "../Objects/longobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_AsEncodedString, PyUnicode_DecodeUTF8 } from "../Objects/unicodeobject.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, PyObject_GenericGetAttr } from "../Objects/object.ts";
import { PyDict_New, PyDict_GetItemWithError, PyDict_SetItem, PyDict_Clear, PyDict_GET_SIZE, type PyDictObject } from "../Objects/dictobject.ts";
import { PyObject_CallOneArg } from "../Objects/call.ts";
import { PyObject_SelfIter } from "../Objects/iterobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { PyModule_Create, PyModule_AddType, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { frexp, ldexp, copysign } from "./_math.ts";

/** struct.error (made in PyInit__struct). */
let StructError: PyTypeObject = null as unknown as PyTypeObject;

// -- formats ------------------------------------------------------------------------------------

type UnpackFn = (p: Uint8Array, at: number, f: formatdef) => PyObject | null;
type PackFn = (p: Uint8Array, at: number, v: PyObject, f: formatdef) => number;

/** @cpython formatdef: one format character of one table. */
interface formatdef {
  format: string;
  size: number;
  alignment: number;
  unpack: UnpackFn | null;
  pack: PackFn | null;
}

/** @cpython formatcode: one compiled item of a Struct. */
interface formatcode {
  fmtdef: formatdef;
  offset: number;
  size: number;
  repeat: number;
}

const dv = (p: Uint8Array): DataView => new DataView(p.buffer, p.byteOffset, p.byteLength);

// -- integer argument helpers ---------------------------------------------------------------------

const INT64_MIN = -(1n << 63n), INT64_MAX = (1n << 63n) - 1n, UINT64_MAX = (1n << 64n) - 1n;

/** @cpython get_pylong: the argument as an int (through __index__), or struct.error. */
function get_pylong(v: PyObject): PyObject | null {
  if (!PyLong_Check(v)) {
    if (PyIndex_Check(v)) return _PyNumber_Index(v);
    return PyErr_SetString(StructError, "required argument is not an integer");
  }
  Py_INCREF(v);
  return v;
}

const OUT_OF_RANGE = Symbol("out of range");

/**
 * The argument's value when it lies in [lo, hi] (a C long, unsigned long, ...); otherwise
 * struct.error "argument out of range" (as the get_long family reports OverflowError).
 */
function get_ranged(v: PyObject, lo: bigint, hi: bigint): number | bigint | null {
  const n = get_pylong(v);
  if (n === null) return null;
  const x = (n as PyLongObject).ob_ival;
  Py_DECREF(n);
  if (typeof x === "number") {
    if (x >= Number(lo) && x <= Number(hi)) return x;
  } else if (x >= lo && x <= hi) return x;
  PyErr_SetString(StructError, "argument out of range");
  return null;
}
void OUT_OF_RANGE;

const get_long = (v: PyObject): number | bigint | null => get_ranged(v, INT64_MIN, INT64_MAX);
const get_ulong = (v: PyObject): number | bigint | null => get_ranged(v, 0n, UINT64_MAX);

/** @cpython _range_error: "'%c' format requires lo <= number <= hi". */
function _range_error(f: formatdef, is_unsigned: boolean): number {
  const ulargest = (1n << BigInt(f.size * 8)) - 1n;
  if (is_unsigned) return PyErr_SetStringInt(StructError, `'${f.format}' format requires 0 <= number <= ${ulargest}`);
  const largest = ulargest >> 1n;
  return PyErr_SetStringInt(StructError, `'${f.format}' format requires ${-largest - 1n} <= number <= ${largest}`);
}

const toNum = (x: number | bigint): number => (typeof x === "number" ? x : Number(x));
const fromBig = (b: bigint): PyObject =>
  b >= -9007199254740991n && b <= 9007199254740991n ? PyLong_FromNumber(Number(b)) : PyLong_FromBigInt(b);

/** Write the low `size` bytes of x (two's complement), in either byte order. */
function putInt(p: Uint8Array, at: number, size: number, x: number | bigint, le: boolean): void {
  let b = typeof x === "bigint" ? BigInt.asUintN(size * 8, x) : BigInt.asUintN(size * 8, BigInt(x));
  for (let i = 0; i < size; i++) {
    p[le ? at + i : at + size - 1 - i] = Number(b & 0xffn);
    b >>= 8n;
  }
}

/** Read `size` bytes as an integer. */
function getInt(p: Uint8Array, at: number, size: number, le: boolean, signed: boolean): PyObject {
  if (size <= 6) {
    let x = 0;
    for (let i = 0; i < size; i++) x = x * 256 + p[le ? at + size - 1 - i : at + i];
    if (signed && x >= 2 ** (size * 8 - 1)) x -= 2 ** (size * 8);
    return PyLong_FromNumber(x);
  }
  let b = 0n;
  for (let i = 0; i < size; i++) b = (b << 8n) | BigInt(p[le ? at + size - 1 - i : at + i]);
  if (signed) b = BigInt.asIntN(size * 8, b);
  return fromBig(b);
}

// -- floats ------------------------------------------------------------------------------------

/** @cpython PyFloat_Pack2: IEEE 754 binary16, rounding half to even; OverflowError past 65504. */
export function PyFloat_Pack2(x: number, p: Uint8Array, at: number, le: boolean): number {
  let sign: number, e: number, bits: number;
  if (x === 0.0) {
    sign = copysign(1.0, x) === -1.0 ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (x === Infinity || x === -Infinity) {
    sign = x < 0.0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (x !== x) {
    // the quiet NaN with only the top fraction bit set, keeping the sign
    sign = copysign(1.0, x) === -1.0 ? 1 : 0;
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0.0 ? 1 : 0;
    if (sign) x = -x;
    let f: number;
    [f, e] = frexp(x);
    // normalize f to [1.0, 2.0)
    f *= 2.0;
    e--;
    if (e >= 16) return overflowPack("e");
    if (e < -25) {
      // |x| < 2**-25: underflow to zero
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      // subnormal
      f = ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      ++bits;
      if (bits === 1024) {
        // the carry reached the exponent
        bits = 0;
        ++e;
        if (e === 31) return overflowPack("e");
      }
    }
  }
  bits |= (e << 10) | (sign << 15);
  p[le ? at : at + 1] = bits & 0xff;
  p[le ? at + 1 : at] = bits >> 8;
  return 0;
}

function overflowPack(c: string): number {
  return PyErr_SetStringInt(PyExc_OverflowError, `float too large to pack with ${c} format`);
}

/** @cpython PyFloat_Unpack2 */
export function PyFloat_Unpack2(p: Uint8Array, at: number, le: boolean): number {
  const hi = p[le ? at + 1 : at], lo = p[le ? at : at + 1];
  const sign = (hi >> 7) & 1;
  let e = (hi & 0x7c) >> 2;
  const f = ((hi & 0x03) << 8) | lo;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    return sign ? -NaN : NaN;
  }
  let x = f / 1024.0;
  if (e === 0) e = -14;
  else {
    x += 1.0;
    e -= 15;
  }
  x = ldexp(x, e);
  return sign ? -x : x;
}

/** @cpython PyFloat_Pack4: binary32 (round to nearest); OverflowError when a finite x overflows. */
export function PyFloat_Pack4(x: number, p: Uint8Array, at: number, le: boolean): number {
  const y = Math.fround(x);
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return overflowPack("f");
  writeFloat32(p, at, x, le);
  return 0;
}

/** (float)x stored in 4 bytes; a NaN keeps its sign (the quiet NaN with that sign). */
function writeFloat32(p: Uint8Array, at: number, x: number, le: boolean): void {
  const d = dv(p);
  if (x !== x) d.setUint32(at, copysign(1.0, x) === -1.0 ? 0xffc00000 : 0x7fc00000, le);
  else d.setFloat32(at, x, le);
}

// -- the native table (x86-64 Linux: sizes and alignments of C's types) ---------------------------

const nu_char: UnpackFn = (p, at) => PyBytes_FromArray(p.slice(at, at + 1));
const nu_byte: UnpackFn = (p, at) => PyLong_FromNumber((p[at] << 24) >> 24);
const nu_ubyte: UnpackFn = (p, at) => PyLong_FromNumber(p[at]);
const nu_short: UnpackFn = (p, at) => PyLong_FromNumber(dv(p).getInt16(at, true));
const nu_ushort: UnpackFn = (p, at) => PyLong_FromNumber(dv(p).getUint16(at, true));
const nu_int: UnpackFn = (p, at) => PyLong_FromNumber(dv(p).getInt32(at, true));
const nu_uint: UnpackFn = (p, at) => PyLong_FromNumber(dv(p).getUint32(at, true));
const nu_long: UnpackFn = (p, at) => fromBig(dv(p).getBigInt64(at, true));
const nu_ulong: UnpackFn = (p, at) => fromBig(dv(p).getBigUint64(at, true));
const nu_bool: UnpackFn = (p, at) => PyBool_FromLong(p[at] !== 0);
const nu_halffloat: UnpackFn = (p, at) => PyFloat_FromDouble(PyFloat_Unpack2(p, at, true));
const nu_float: UnpackFn = (p, at) => PyFloat_FromDouble(dv(p).getFloat32(at, true));
const nu_double: UnpackFn = (p, at) => PyFloat_FromDouble(dv(p).getFloat64(at, true));

/** @cpython np_byte */
const np_byte: PackFn = (p, at, v) => {
  const x = get_long(v);
  if (x === null) return -1;
  if (x < -128 || x > 127) return PyErr_SetStringInt(StructError, "byte format requires -128 <= number <= 127");
  p[at] = toNum(x) & 0xff;
  return 0;
};

/** @cpython np_ubyte */
const np_ubyte: PackFn = (p, at, v) => {
  const x = get_long(v);
  if (x === null) return -1;
  if (x < 0 || x > 255) return PyErr_SetStringInt(StructError, "ubyte format requires 0 <= number <= 255");
  p[at] = toNum(x);
  return 0;
};

/** @cpython np_char */
const np_char: PackFn = (p, at, v) => {
  if (!PyBytes_Check(v) || (v as PyBytesObject).ob_sval.length !== 1) {
    return PyErr_SetStringInt(StructError, "char format requires a bytes object of length 1");
  }
  p[at] = (v as PyBytesObject).ob_sval[0];
  return 0;
};

/** @cpython np_short */
const np_short: PackFn = (p, at, v) => {
  const x = get_long(v);
  if (x === null) return -1;
  if (x < -32768 || x > 32767) return PyErr_SetStringInt(StructError, "short format requires -32768 <= number <= 32767");
  dv(p).setInt16(at, toNum(x), true);
  return 0;
};

/** @cpython np_ushort */
const np_ushort: PackFn = (p, at, v) => {
  const x = get_long(v);
  if (x === null) return -1;
  if (x < 0 || x > 65535) return PyErr_SetStringInt(StructError, "ushort format requires 0 <= number <= 65535");
  dv(p).setUint16(at, toNum(x), true);
  return 0;
};

/** @cpython np_int */
const np_int: PackFn = (p, at, v, f) => {
  const x = get_long(v);
  if (x === null) return -1;
  if (x < -2147483648 || x > 2147483647) return _range_error(f, false);
  dv(p).setInt32(at, toNum(x), true);
  return 0;
};

/** @cpython np_uint */
const np_uint: PackFn = (p, at, v, f) => {
  const x = get_ulong(v);
  if (x === null) return -1;
  if (x > 4294967295) return _range_error(f, true);
  dv(p).setUint32(at, toNum(x), true);
  return 0;
};

/** @cpython np_long (also np_ssize_t, np_longlong: all 64-bit here) */
const np_long: PackFn = (p, at, v) => {
  const x = get_long(v);
  if (x === null) return -1;
  putInt(p, at, 8, x, true);
  return 0;
};

/** @cpython np_ulong (also np_size_t, np_ulonglong) */
const np_ulong: PackFn = (p, at, v) => {
  const x = get_ulong(v);
  if (x === null) return -1;
  putInt(p, at, 8, x, true);
  return 0;
};

/** @cpython np_bool */
const np_bool: PackFn = (p, at, v) => {
  const y = PyObject_IsTrue(v);
  if (y < 0) return -1;
  p[at] = y;
  return 0;
};

/** Replace the conversion error with struct.error's "required argument is not a float". */
function notAFloat(): number {
  PyErr_Clear();
  return PyErr_SetStringInt(StructError, "required argument is not a float");
}

/** @cpython pack_halffloat */
function pack_halffloat(p: Uint8Array, at: number, v: PyObject, le: boolean): number {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return notAFloat();
  return PyFloat_Pack2(x, p, at, le);
}
const np_halffloat: PackFn = (p, at, v) => pack_halffloat(p, at, v, true);

/** @cpython np_float: a C cast to float (an overflow becomes an infinity, no error). */
const np_float: PackFn = (p, at, v) => {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return notAFloat();
  writeFloat32(p, at, x, true);
  return 0;
};

/** @cpython np_double */
const np_double: PackFn = (p, at, v) => {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return notAFloat();
  dv(p).setFloat64(at, x, true);
  return 0;
};

/** @cpython np_void_p: PyLong_AsVoidPtr (negative values wrap as C longs do). */
const np_void_p: PackFn = (p, at, v) => {
  const n = get_pylong(v);
  if (n === null) return -1;
  const x = (n as PyLongObject).ob_ival;
  Py_DECREF(n);
  if (x < 0 ? x < INT64_MIN : x > UINT64_MAX) {
    return PyErr_SetStringInt(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  putInt(p, at, 8, x, true);
  return 0;
};

const fd = (format: string, size: number, alignment: number, unpack: UnpackFn | null, pack: PackFn | null): formatdef =>
  ({ format, size, alignment, unpack, pack });

/** @cpython native_table */
const native_table: formatdef[] = [
  fd("x", 1, 0, null, null),
  fd("b", 1, 0, nu_byte, np_byte),
  fd("B", 1, 0, nu_ubyte, np_ubyte),
  fd("c", 1, 0, nu_char, np_char),
  fd("s", 1, 0, null, null),
  fd("p", 1, 0, null, null),
  fd("h", 2, 2, nu_short, np_short),
  fd("H", 2, 2, nu_ushort, np_ushort),
  fd("i", 4, 4, nu_int, np_int),
  fd("I", 4, 4, nu_uint, np_uint),
  fd("l", 8, 8, nu_long, np_long),
  fd("L", 8, 8, nu_ulong, np_ulong),
  fd("n", 8, 8, nu_long, np_long),
  fd("N", 8, 8, nu_ulong, np_ulong),
  fd("q", 8, 8, nu_long, np_long),
  fd("Q", 8, 8, nu_ulong, np_ulong),
  fd("?", 1, 1, nu_bool, np_bool),
  fd("e", 2, 2, nu_halffloat, np_halffloat),
  fd("f", 4, 4, nu_float, np_float),
  fd("d", 8, 8, nu_double, np_double),
  fd("P", 8, 8, nu_ulong, np_void_p),
];

// -- the standard tables ----------------------------------------------------------------------------

/** @cpython bu_int / lu_int */
const xu_int = (le: boolean): UnpackFn => (p, at, f) => getInt(p, at, f.size, le, true);
/** @cpython bu_uint / lu_uint */
const xu_uint = (le: boolean): UnpackFn => (p, at, f) => getInt(p, at, f.size, le, false);
const bu_bool: UnpackFn = (p, at) => PyBool_FromLong(p[at] !== 0);
const xu_halffloat = (le: boolean): UnpackFn => (p, at) => PyFloat_FromDouble(PyFloat_Unpack2(p, at, le));
const xu_float = (le: boolean): UnpackFn => (p, at) => PyFloat_FromDouble(dv(p).getFloat32(at, le));
const xu_double = (le: boolean): UnpackFn => (p, at) => PyFloat_FromDouble(dv(p).getFloat64(at, le));

/** @cpython bp_int / lp_int: a C long, range-checked for 2 and 4 byte items. */
const xp_int = (le: boolean): PackFn => (p, at, v, f) => {
  const x = get_long(v);
  if (x === null) return -1;
  if (f.size === 2 && (x < -32768 || x > 32767)) return _range_error(f, false);
  if (f.size === 4 && (x < -2147483648 || x > 2147483647)) return _range_error(f, false);
  putInt(p, at, f.size, x, le);
  return 0;
};

/** @cpython bp_uint / lp_uint */
const xp_uint = (le: boolean): PackFn => (p, at, v, f) => {
  const x = get_ulong(v);
  if (x === null) return -1;
  if (f.size < 8 && x >= 2 ** (f.size * 8)) return _range_error(f, true);
  putInt(p, at, f.size, x, le);
  return 0;
};

/** @cpython bp_longlong / lp_longlong: _PyLong_AsByteArray, OverflowError when it does not fit. */
const xp_longlong = (signed: boolean, le: boolean): PackFn => (p, at, v) => {
  const n = get_pylong(v);
  if (n === null) return -1;
  const x = (n as PyLongObject).ob_ival;
  Py_DECREF(n);
  if (signed ? x < INT64_MIN || x > INT64_MAX : x < 0 || x > UINT64_MAX) {
    if (!signed && x < 0) return PyErr_SetStringInt(PyExc_OverflowError, "can't convert negative int to unsigned");
    return PyErr_SetStringInt(PyExc_OverflowError, "int too big to convert");
  }
  putInt(p, at, 8, x, le);
  return 0;
};

const xp_bool: PackFn = (p, at, v) => {
  const y = PyObject_IsTrue(v);
  if (y < 0) return -1;
  p[at] = y;
  return 0;
};
const xp_halffloat = (le: boolean): PackFn => (p, at, v) => pack_halffloat(p, at, v, le);

/** @cpython bp_float / lp_float */
const xp_float = (le: boolean): PackFn => (p, at, v) => {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return notAFloat();
  return PyFloat_Pack4(x, p, at, le);
};

/** @cpython bp_double / lp_double */
const xp_double = (le: boolean): PackFn => (p, at, v) => {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return notAFloat();
  dv(p).setFloat64(at, x, le);
  return 0;
};

function standard_table(le: boolean): formatdef[] {
  return [
    fd("x", 1, 0, null, null),
    fd("b", 1, 0, nu_byte, np_byte),
    fd("B", 1, 0, nu_ubyte, np_ubyte),
    fd("c", 1, 0, nu_char, np_char),
    fd("s", 1, 0, null, null),
    fd("p", 1, 0, null, null),
    fd("h", 2, 0, xu_int(le), xp_int(le)),
    fd("H", 2, 0, xu_uint(le), xp_uint(le)),
    fd("i", 4, 0, xu_int(le), xp_int(le)),
    fd("I", 4, 0, xu_uint(le), xp_uint(le)),
    fd("l", 4, 0, xu_int(le), xp_int(le)),
    fd("L", 4, 0, xu_uint(le), xp_uint(le)),
    fd("q", 8, 0, xu_int(le), xp_longlong(true, le)),
    fd("Q", 8, 0, xu_uint(le), xp_longlong(false, le)),
    fd("?", 1, 0, bu_bool, xp_bool),
    fd("e", 2, 0, xu_halffloat(le), xp_halffloat(le)),
    fd("f", 4, 0, xu_float(le), xp_float(le)),
    fd("d", 8, 0, xu_double(le), xp_double(le)),
  ];
}

/** @cpython bigendian_table */
const bigendian_table = standard_table(false);
/** @cpython lilendian_table: the host's order, so the native functions are swapped in (below). */
const lilendian_table = standard_table(true);

/**
 * The exec step's table patch: a standard little-endian entry whose size equals the native
 * one takes the native pack/unpack functions (not for floats and bool).
 */
function swapInNativeFunctions(): void {
  let other = 0;
  for (const native of native_table) {
    if (other >= lilendian_table.length) break;
    for (let ptr = other; ptr < lilendian_table.length; ptr++) {
      const e = lilendian_table[ptr];
      if (e.format !== native.format) continue;
      if (ptr === other) other++;
      if (e.size !== native.size) break;
      if (e.format === "d" || e.format === "f" || e.format === "?") break;
      e.pack = native.pack;
      e.unpack = native.unpack;
      break;
    }
  }
}
swapInNativeFunctions();

// -- compiling a format ---------------------------------------------------------------------------

/** @cpython whichtable: the table the first character picks, and where the items start. */
function whichtable(fmt: string): [formatdef[], number] {
  switch (fmt[0]) {
    case "<":
    case "=":
      return [lilendian_table, 1];
    case ">":
    case "!":
      return [bigendian_table, 1];
    case "@":
      return [native_table, 1];
    default:
      return [native_table, 0];
  }
}

/** @cpython getentry */
function getentry(c: string, table: formatdef[]): formatdef | null {
  for (const f of table) if (f.format === c) return f;
  return PyErr_SetString(StructError, "bad char in struct format");
}

/** @cpython align: round size up to the item's alignment (native mode only has any). */
function align(size: number, e: formatdef): number {
  if (e.alignment && size > 0) size += (e.alignment - 1) - ((size - 1) % e.alignment);
  return size;
}

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\x0b" || c === "\x0c";
const SSIZE_MAX = 9223372036854775807;

/** @cpython PyStructObject */
export class PyStructObject extends PyObject {
  s_size: number;
  s_len: number;
  s_codes: formatcode[] | null;
  /** The format as bytes (None before __init__). */
  s_format: PyObject;
  constructor(type: PyTypeObject) {
    super(type);
    this.s_size = -1;
    this.s_len = -1;
    this.s_codes = null;
    this.s_format = Py_None;
    Py_INCREF(Py_None);
  }
}

/** @cpython prepare_s: check the format and compile it into s_codes, s_size and s_len. */
function prepare_s(self: PyStructObject): number {
  const bytes = (self.s_format as PyBytesObject).ob_sval;
  let fmt = "";
  for (let i = 0; i < bytes.length; i++) fmt += String.fromCharCode(bytes[i]);
  if (fmt.indexOf("\0") >= 0) return PyErr_SetStringInt(StructError, "embedded null character");
  const [table, start] = whichtable(fmt);
  const codes: formatcode[] = [];
  let size = 0, len = 0;
  let s = start;
  while (s < fmt.length) {
    let c = fmt[s++];
    if (isSpace(c)) continue;
    let num: number;
    if (c >= "0" && c <= "9") {
      num = c.charCodeAt(0) - 48;
      for (;;) {
        c = s < fmt.length ? fmt[s++] : "\0";
        if (!(c >= "0" && c <= "9")) break;
        num = num * 10 + (c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) return PyErr_SetStringInt(StructError, "total struct size too long");
      }
      if (c === "\0") return PyErr_SetStringInt(StructError, "repeat count given without format specifier");
    } else {
      num = 1;
    }
    const e = getentry(c, table);
    if (e === null) return -1;
    size = align(size, e);
    if (c === "s" || c === "p") {
      len++;
      codes.push({ fmtdef: e, offset: size, size: num, repeat: 1 });
    } else if (c !== "x") {
      len += num;
      if (num) codes.push({ fmtdef: e, offset: size, size: e.size, repeat: num });
    }
    if (num > (SSIZE_MAX - size) / e.size) return PyErr_SetStringInt(StructError, "total struct size too long");
    size += num * e.size;
  }
  self.s_size = size;
  self.s_len = len;
  self.s_codes = codes;
  return 0;
}

/** @cpython s_new */
function s_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyStructObject(type);
}

/** @cpython Struct___init___impl: Struct(format) with a str (ASCII) or bytes format. */
function s_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const a = _PyArg_UnpackKeywords(args, kwnames, "Struct", ["format"], 1, 1, 0);
  if (a === null) return -1;
  let format = a[0]!;
  if (PyUnicode_Check(format)) {
    const b = PyUnicode_AsEncodedString(format, "ascii", null);
    if (b === null) return -1;
    format = b;
  } else {
    Py_INCREF(format);
  }
  if (!PyBytes_Check(format)) {
    Py_DECREF(format);
    return PyErr_SetStringInt(PyExc_TypeError, `Struct() argument 1 must be a str or bytes object, not ${format.ob_type.tp_name}`);
  }
  const so = self as PyStructObject;
  const old = so.s_format;
  so.s_format = format;
  Py_DECREF(old);
  return prepare_s(so);
}

/** @cpython s_dealloc */
function s_dealloc(self: PyObject): void {
  const so = self as PyStructObject;
  so.s_codes = null;
  Py_DECREF(so.s_format);
}

const NO_CODES: formatcode[] = [];

/** @cpython s_unpack_internal: the values stored at `at` in p, as a tuple. */
function s_unpack_internal(so: PyStructObject, p: Uint8Array, at: number): PyObject | null {
  const items: PyObject[] = [];
  for (const code of so.s_codes ?? NO_CODES) {
    const e = code.fmtdef;
    let res = at + code.offset;
    for (let j = code.repeat; j > 0; j--) {
      let v: PyObject | null;
      if (e.format === "s") {
        v = PyBytes_FromArray(p.slice(res, res + code.size));
      } else if (e.format === "p") {
        // (a zero-length Pascal string has no room even for its length byte: n is -1)
        let n = code.size > 0 ? p[res] : 0;
        if (n >= code.size) n = code.size - 1;
        if (n < 0) v = PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        else v = PyBytes_FromArray(p.slice(res + 1, res + 1 + n));
      } else {
        v = e.unpack!(p, res, e);
      }
      if (v === null) {
        for (const it of items) Py_DECREF(it);
        return null;
      }
      items.push(v);
      res += code.size;
    }
  }
  return _PyTuple_FromArraySteal(items);
}

/**
 * The bytes of a bytes-like argument (PyObject_GetBuffer with PyBUF_SIMPLE), or null with
 * TypeError "a bytes-like object is required, not 'str'".
 */
function getBuffer(o: PyObject): Uint8Array | null {
  const data = _PyObject_GetBufferData(o);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return data;
}

/** Types whose buffer can be written (pack_into): bytearray, and those registered here (array). */
const writableTypes = new Set<PyTypeObject>();
export function _PyStruct_RegisterWritable(type: PyTypeObject): void {
  writableTypes.add(type);
}

/** PyArg_Parse "w*": a writable buffer, or TypeError. */
function getWritableBuffer(o: PyObject): Uint8Array | null {
  let writable = PyByteArray_Check(o);
  for (let t: PyTypeObject | null = o.ob_type; !writable && t !== null; t = t.tp_base) writable = writableTypes.has(t);
  const data = writable ? _PyObject_GetBufferData(o) : null;
  if (data === null) return PyErr_SetString(PyExc_TypeError, `argument must be read-write bytes-like object, not ${o.ob_type.tp_name}`);
  return data;
}

/** @cpython Struct_unpack_impl */
function Struct_unpack_impl(so: PyStructObject, buffer: PyObject): PyObject | null {
  const data = getBuffer(buffer);
  if (data === null) return null;
  if (data.length !== so.s_size) return PyErr_SetString(StructError, `unpack requires a buffer of ${so.s_size} bytes`);
  return s_unpack_internal(so, data, 0);
}

/** The clinic Py_ssize_t converter (index, OverflowError past the C range). */
function ssizeArg(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = PyLong_AsSsize_t(i);
  Py_DECREF(i);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

/**
 * The offset and offset + size as CPython prints them: a Py_ssize_t past 2**53 is rounded in
 * a double, so an offset given as a big int (and not shifted) is printed from that int.
 */
function offset_texts(offset: number, size: number, offsetObj: PyObject | null): [string, string] {
  if (Number.isSafeInteger(offset) || offsetObj === null) return [String(offset), String(size + offset)];
  const v = (offsetObj as PyLongObject).ob_ival;
  if (typeof v !== "bigint" || Number(v) !== offset) return [String(offset), String(size + offset)];
  return [String(v), String(v + BigInt(size))];
}

/** @cpython Struct_unpack_from_impl */
function Struct_unpack_from_impl(so: PyStructObject, buffer: PyObject, offset: number, offsetObj: PyObject | null = null): PyObject | null {
  const data = getBuffer(buffer);
  if (data === null) return null;
  const len = data.length;
  if (offset < 0) {
    if (offset + so.s_size > 0) {
      return PyErr_SetString(StructError, `not enough data to unpack ${so.s_size} bytes at offset ${offset}`);
    }
    if (offset + len < 0) return PyErr_SetString(StructError, `offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < so.s_size) {
    return PyErr_SetString(StructError,
      `unpack_from requires a buffer of at least ${offset_texts(offset, so.s_size, offsetObj)[1]} bytes for unpacking ${so.s_size} bytes at offset ${offset_texts(offset, so.s_size, offsetObj)[0]} (actual buffer size is ${len})`);
  }
  return s_unpack_internal(so, data, offset);
}

// -- unpack_iterator ------------------------------------------------------------------------------

/** @cpython unpackiterobject */
class unpackiterobject extends PyObject {
  so: PyStructObject | null;
  /** The object whose buffer is read (a bytearray cannot be resized meanwhile). */
  buf: PyObject | null;
  index: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.so = null;
    this.buf = null;
    this.index = 0;
  }
}

function unpackiter_release(it: unpackiterobject): void {
  const so = it.so, buf = it.buf;
  it.so = null;
  it.buf = null;
  if (buf !== null) {
    if (PyByteArray_Check(buf)) (buf as PyByteArrayObject).ob_exports--;
    Py_DECREF(buf);
  }
  if (so !== null) Py_DECREF(so);
}

function bufferLength(o: PyObject | null): number {
  if (o === null) return 0;
  return _PyObject_GetBufferData(o)?.length ?? 0;
}

/** @cpython unpackiter_len */
function unpackiter_len(self: PyObject): PyObject {
  const it = self as unpackiterobject;
  const len = it.so === null ? 0 : Math.trunc((bufferLength(it.buf) - it.index) / it.so.s_size);
  return PyLong_FromNumber(len);
}

/** @cpython unpackiter_iternext */
function unpackiter_iternext(self: PyObject): PyObject | null {
  const it = self as unpackiterobject;
  if (it.so === null) return null;
  const data = _PyObject_GetBufferData(it.buf!)!;
  if (it.index >= data.length) {
    unpackiter_release(it);
    return null;
  }
  const result = s_unpack_internal(it.so, data, it.index);
  it.index += it.so.s_size;
  return result;
}

const unpackiter_type: PyTypeObject = new PyTypeObject({
  tp_name: "_struct.unpack_iterator", tp_basicsize: 112, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => unpackiter_release(o as unpackiterobject),
  tp_getattro: PyObject_GenericGetAttr, tp_iter: PyObject_SelfIter, tp_iternext: unpackiter_iternext,
  tp_new: () => PyErr_SetString(PyExc_TypeError, "Cannot create 'unpack_iterator objects"),
  tp_methods: [{ ml_name: "__length_hint__", ml_meth: unpackiter_len, ml_flags: METH_NOARGS }],
});

/** @cpython Struct_iter_unpack */
function Struct_iter_unpack(so: PyStructObject, buffer: PyObject): PyObject | null {
  if (so.s_size === 0) return PyErr_SetString(StructError, "cannot iteratively unpack with a struct of length 0");
  const data = getBuffer(buffer);
  if (data === null) return null;
  if (data.length % so.s_size !== 0) {
    return PyErr_SetString(StructError, `iterative unpacking requires a buffer of a multiple of ${so.s_size} bytes`);
  }
  const it = new unpackiterobject(unpackiter_type);
  Py_INCREF(so);
  it.so = so;
  Py_INCREF(buffer);
  it.buf = buffer;
  if (PyByteArray_Check(buffer)) (buffer as PyByteArrayObject).ob_exports++;
  return it;
}

// -- packing -------------------------------------------------------------------------------------

/** @cpython s_pack_internal: pack args[offset:] into buf at `at` (zero-filled first). */
function s_pack_internal(so: PyStructObject, args: PyObject[], offset: number, buf: Uint8Array, at: number): number {
  buf.fill(0, at, at + so.s_size);
  let i = offset;
  for (const code of so.s_codes ?? NO_CODES) {
    const e = code.fmtdef;
    let res = at + code.offset;
    for (let j = code.repeat; j > 0; j--) {
      const v = args[i++];
      if (e.format === "s" || e.format === "p") {
        const isstring = PyBytes_Check(v);
        if (!isstring && !PyByteArray_Check(v)) {
          return PyErr_SetStringInt(StructError, `argument for '${e.format}' must be a bytes object`);
        }
        const src = _PyObject_GetBufferData(v)!;
        let n = src.length;
        if (e.format === "s") {
          if (n > code.size) n = code.size;
          if (n > 0) buf.set(src.subarray(0, n), res);
        } else {
          if (n > code.size - 1) n = code.size - 1;
          if (n > 0) buf.set(src.subarray(0, n), res + 1);
          if (n > 255) n = 255;
          if (code.size > 0) buf[res] = n & 0xff;
        }
      } else if (e.pack!(buf, res, v, e) < 0) {
        if (PyLong_Check(v) && PyErr_ExceptionMatches(PyExc_OverflowError)) {
          PyErr_Clear();
          PyErr_SetString(StructError, "int too large to convert");
        }
        return -1;
      }
      res += code.size;
    }
  }
  return 0;
}

/** @cpython s_pack */
function s_pack(self: PyObject, args: PyObject[]): PyObject | null {
  const so = self as PyStructObject;
  if (args.length !== so.s_len) {
    return PyErr_SetString(StructError, `pack expected ${so.s_len} items for packing (got ${args.length})`);
  }
  const buf = new Uint8Array(Math.max(so.s_size, 0));
  if (s_pack_internal(so, args, 0, buf, 0) !== 0) return null;
  return PyBytes_FromArray(buf);
}

/** @cpython s_pack_into */
function s_pack_into(self: PyObject, args: PyObject[]): PyObject | null {
  const so = self as PyStructObject;
  const nargs = args.length;
  if (nargs !== so.s_len + 2) {
    if (nargs === 0) return PyErr_SetString(StructError, "pack_into expected buffer argument");
    if (nargs === 1) return PyErr_SetString(StructError, "pack_into expected offset argument");
    return PyErr_SetString(StructError, `pack_into expected ${so.s_len} items for packing (got ${nargs - 2})`);
  }
  const buffer = getWritableBuffer(args[0]);
  if (buffer === null) return null;
  let offset = PyNumber_AsSsize_t(args[1], PyExc_IndexError);
  if (offset === -1 && PyErr_Occurred()) return null;
  const len = buffer.length;
  if (offset < 0) {
    if (offset + so.s_size > 0) return PyErr_SetString(StructError, `no space to pack ${so.s_size} bytes at offset ${offset}`);
    if (offset + len < 0) return PyErr_SetString(StructError, `offset ${offset} out of range for ${len}-byte buffer`);
    offset += len;
  }
  if (len - offset < so.s_size) {
    return PyErr_SetString(StructError,
      `pack_into requires a buffer of at least ${offset_texts(offset, so.s_size, PyLong_Check(args[1]) ? args[1] : null)[1]} bytes for packing ${so.s_size} bytes at offset ${offset_texts(offset, so.s_size, PyLong_Check(args[1]) ? args[1] : null)[0]} (actual buffer size is ${len})`);
  }
  if (s_pack_internal(so, args, 2, buffer, offset) !== 0) return null;
  return Py_NewNone();
}

function s_unpack(self: PyObject, buffer: PyObject): PyObject | null {
  return Struct_unpack_impl(self as PyStructObject, buffer);
}

function s_unpack_from(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "unpack_from", ["buffer", "offset"], 1, 2, 0);
  if (a === null) return null;
  let offset = 0;
  if (a[1] !== null) {
    const o = ssizeArg(a[1]);
    if (o === null) return null;
    offset = o;
  }
  return Struct_unpack_from_impl(self as PyStructObject, a[0]!, offset, a[1] !== null && PyLong_Check(a[1]) ? a[1] : null);
}

function s_iter_unpack(self: PyObject, buffer: PyObject): PyObject | null {
  return Struct_iter_unpack(self as PyStructObject, buffer);
}

/** @cpython s_sizeof: the object and its compiled codes (one 32-byte code each, plus an end marker). */
function s_sizeof(self: PyObject): PyObject {
  const so = self as PyStructObject;
  return PyLong_FromNumber(so.ob_type.tp_basicsize + 32 * ((so.s_codes?.length ?? 0) + 1));
}

/** @cpython s_get_format */
function s_get_format(self: PyObject): PyObject | null {
  const f = (self as PyStructObject).s_format;
  if (!PyBytes_Check(f)) {
    Py_INCREF(f);
    return f;
  }
  return PyUnicode_DecodeUTF8((f as PyBytesObject).ob_sval, null);
}

const s_methods: PyMethodDef[] = [
  { ml_name: "iter_unpack", ml_meth: s_iter_unpack, ml_flags: METH_O,
    ml_doc: "iter_unpack($self, buffer, /)\n--\n\nAn iterator over the tuples unpacked from consecutive size-byte pieces of buffer\n(whose length must be a multiple of size)." },
  { ml_name: "pack", ml_meth: s_pack, ml_flags: METH_FASTCALL,
    ml_doc: "S.pack(v1, v2, ...) -> bytes\n\nThe values packed according to S.format." },
  { ml_name: "pack_into", ml_meth: s_pack_into, ml_flags: METH_FASTCALL,
    ml_doc: "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values into the writable buffer, starting at offset (which is required)." },
  { ml_name: "unpack", ml_meth: s_unpack, ml_flags: METH_O,
    ml_doc: "unpack($self, buffer, /)\n--\n\nThe values in buffer (exactly size bytes), as a tuple." },
  { ml_name: "unpack_from", ml_meth: s_unpack_from, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "unpack_from($self, /, buffer, offset=0)\n--\n\nThe values in buffer at offset (at least size bytes from there), as a tuple." },
  { ml_name: "__sizeof__", ml_meth: s_sizeof, ml_flags: METH_NOARGS, ml_doc: "S.__sizeof__() -> size of S in memory, in bytes" },
];

export const PyStructType: PyTypeObject = new PyTypeObject({
  tp_name: "_struct.Struct", tp_basicsize: 56, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_doc: "Struct(fmt) --> compiled struct object\n\n",
  tp_dealloc: s_dealloc, tp_new: s_new, tp_init: s_init, tp_methods: s_methods,
  tp_getset: [
    { name: "format", get: s_get_format, doc: "struct format string" },
    { name: "size", get: (o) => PyLong_FromNumber((o as PyStructObject).s_size), doc: "struct size in bytes" },
  ],
});

// -- the module functions -------------------------------------------------------------------------

const MAXCACHE = 100;
let cache: PyDictObject | null = null;

/** @cpython cache_struct_converter: the compiled Struct for a format, from the cache or new. */
function cache_struct(fmt: PyObject): PyStructObject | null {
  if (cache === null) cache = PyDict_New();
  const hit = PyDict_GetItemWithError(cache, fmt);
  if (hit !== null) {
    Py_INCREF(hit);
    return hit as PyStructObject;
  }
  if (PyErr_Occurred()) return null;
  const s = PyObject_CallOneArg(PyStructType, fmt);
  if (s === null) return null;
  if (PyDict_GET_SIZE(cache) >= MAXCACHE) PyDict_Clear(cache);
  if (PyDict_SetItem(cache, fmt, s) < 0) PyErr_Clear();
  return s as PyStructObject;
}

function _clearcache(_m: PyObject): PyObject {
  const c = cache;
  cache = null;
  if (c !== null) Py_DECREF(c);
  return Py_NewNone();
}

function calcsize(_m: PyObject, format: PyObject): PyObject | null {
  const s = cache_struct(format);
  if (s === null) return null;
  const size = s.s_size;
  Py_DECREF(s);
  return PyLong_FromNumber(size);
}

function pack(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length === 0) return PyErr_SetString(PyExc_TypeError, "missing format argument");
  const s = cache_struct(args[0]);
  if (s === null) return null;
  const r = s_pack(s, args.slice(1));
  Py_DECREF(s);
  return r;
}

function pack_into(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length === 0) return PyErr_SetString(PyExc_TypeError, "missing format argument");
  const s = cache_struct(args[0]);
  if (s === null) return null;
  const r = s_pack_into(s, args.slice(1));
  Py_DECREF(s);
  return r;
}

function unpack(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("unpack", args.length, 2, 2)) return null;
  const s = cache_struct(args[0]);
  if (s === null) return null;
  const r = Struct_unpack_impl(s, args[1]);
  Py_DECREF(s);
  return r;
}

function unpack_from(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "unpack_from", ["", "buffer", "offset"], 2, 3, 0);
  if (a === null) return null;
  const s = cache_struct(a[0]!);
  if (s === null) return null;
  let offset = 0;
  if (a[2] !== null) {
    const o = ssizeArg(a[2]);
    if (o === null) {
      Py_DECREF(s);
      return null;
    }
    offset = o;
  }
  const r = Struct_unpack_from_impl(s, a[1]!, offset, a[2] !== null && PyLong_Check(a[2]) ? a[2] : null);
  Py_DECREF(s);
  return r;
}

function iter_unpack(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("iter_unpack", args.length, 2, 2)) return null;
  const s = cache_struct(args[0]);
  if (s === null) return null;
  const r = Struct_iter_unpack(s, args[1]);
  Py_DECREF(s);
  return r;
}

const module_functions: PyMethodDef[] = [
  { ml_name: "_clearcache", ml_meth: _clearcache, ml_flags: METH_NOARGS,
    ml_doc: "_clearcache($module, /)\n--\n\nEmpty the cache of compiled formats." },
  { ml_name: "calcsize", ml_meth: calcsize, ml_flags: METH_O,
    ml_doc: "calcsize($module, format, /)\n--\n\nThe size in bytes of the struct the format describes." },
  { ml_name: "iter_unpack", ml_meth: iter_unpack, ml_flags: METH_FASTCALL,
    ml_doc: "iter_unpack($module, format, buffer, /)\n--\n\nAn iterator over the tuples unpacked from consecutive pieces of buffer." },
  { ml_name: "pack", ml_meth: pack, ml_flags: METH_FASTCALL,
    ml_doc: "pack(format, v1, v2, ...) -> bytes\n\nThe values packed according to the format." },
  { ml_name: "pack_into", ml_meth: pack_into, ml_flags: METH_FASTCALL,
    ml_doc: "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values into the writable buffer, starting at offset (which is required)." },
  { ml_name: "unpack", ml_meth: unpack, ml_flags: METH_FASTCALL,
    ml_doc: "unpack($module, format, buffer, /)\n--\n\nThe values in buffer (exactly calcsize(format) bytes), as a tuple." },
  { ml_name: "unpack_from", ml_meth: unpack_from, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "unpack_from($module, format, /, buffer, offset=0)\n--\n\nThe values in buffer at offset, as a tuple." },
];

const module_doc = `Conversion between Python values and C structs packed in bytes.

A format string describes the layout. Its first character may choose the byte order,
sizes and alignment:
  @: native order, sizes and alignment (the default)
  =: native order, standard sizes, no alignment
  <: little-endian, standard sizes, no alignment
  >, !: big-endian (network order), standard sizes, no alignment

Then one character per item, each optionally preceded by a repeat count:
  x: pad byte; c: bytes of length 1; b/B: signed/unsigned char; ?: _Bool;
  h/H: short; i/I: int; l/L: long; q/Q: long long; n/N: ssize_t/size_t (native only);
  e: half float; f: float; d: double; P: pointer-sized int (native only);
  s: bytes (the count is its length); p: Pascal string (a length byte, then the bytes).
Whitespace between items is ignored.

Errors are reported as struct.error.
`;

/** @cpython PyInit__struct (_structmodule_exec) */
export function PyInit__struct(): PyObject | null {
  const m = PyModule_Create("_struct", module_doc, module_functions);
  if (PyModule_AddType(m, PyStructType) < 0 || PyType_Ready(unpackiter_type) < 0) {
    Py_DECREF(m);
    return null;
  }
  if (StructError === null) {
    const err = PyErr_NewException("struct.error", null, null);
    if (err === null) {
      Py_DECREF(m);
      return null;
    }
    StructError = err as PyTypeObject;
  }
  if (PyModule_AddObjectRef(m, "error", StructError) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
