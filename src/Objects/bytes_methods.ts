/**
 * @mirrors Objects/bytes_methods.c
 * The methods bytes and bytearray share: the ASCII predicates and case conversions, find /
 * index / count / startswith / endswith and `in`, maketrans — which is what bytes_methods.c
 * holds — and, here too, the shared parts CPython instantiates from the stringlib
 * templates for each type (padding, expandtabs and zfill from stringlib/transmogrify.h,
 * split and partition, strip, replace, join, translate, hex/fromhex, decode and
 * printf-style formatting from bytesobject.c).
 *
 * DIVERGENCE: CPython compiles each stringlib template twice (for bytes and for bytearray);
 * here one function serves both, reading the bytes of `self` (bytes_data) and making its
 * result with the type of `self` (new_like). An exact bytes object whose operation changes
 * nothing is returned itself, as CPython's return_self does; a bytearray result is always
 * a new object.
 *
 * Case conversion and the predicates look at ASCII only: a byte >= 0x80 is never a
 * letter, a digit or whitespace.
 *
 *   >>> b'abc\xe9'.upper(), b'  x '.strip(), b'a,b'.split(b','), b'\x01\xff'.hex(':')
 *   (b'ABC\xe9', b'x', [b'a', b'b'], '01:ff')
 */
import { PyObject, Py_DECREF, Py_INCREF } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_NoMemory } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "./exceptions.ts";
import { PyObject_ASCII, Py_None } from "./object.ts";
import { PyObject_Size, PyObject_GetIter, PyIter_Next, PyObject_GetItem } from "./abstract.ts";
import { PyObject_CallNoArgs, PyObject_CallOneArg, lookup_maybe_method } from "./call.ts";
import { PyLong_Check, PyLong_FromNumber, PyIndex_Check, PyNumber_AsSsize_t, type PyLongObject } from "./longobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_CheckExact, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { PyListObject, PyList_CheckExact, _PyList_FromArraySteal } from "./listobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_Decode, _PyUnicode_FromId, _PyArg_BadArgument,
  _Py_ssize_t_converter, _PyLong_AsInt, _PyEval_SliceIndexOr, ADJUST_INDICES, stringlib_check_args, mainformatlong,
  float_arg, double_to_string,
} from "./unicodeobject.ts";
import { PyBytesObject, PyBytes_Check, PyBytes_CheckExact, PyBytes_FromArray, _PyObject_GetBufferData } from "./bytesobject.ts";
import { PyByteArrayObject, PyByteArray_Check, PyByteArray_FromArray } from "./bytearrayobject.ts";
import { find_bytes, rfind_bytes, count_bytes } from "./stringlib/fastsearch.ts";
import {
  Py_ISSPACE, split_whitespace_bytes, rsplit_whitespace_bytes, split_bytes, rsplit_bytes, splitlines_bytes,
} from "./stringlib/split.ts";

const PY_SSIZE_T_MAX = 9223372036854775807;
/** The largest Uint8Array this host makes comfortably; beyond it is a MemoryError. */
const MAX_BYTES = 0x7fffffff;

const tpname = (o: PyObject): string => o.ob_type.tp_name;

// -- data, results, the buffer protocol -------------------------------------------------------

/** The bytes of a bytes or bytearray object (a view, not a copy). */
export function bytes_data(o: PyObject): Uint8Array {
  if (o instanceof PyBytesObject) return o.ob_sval;
  const b = o as PyByteArrayObject;
  return b.ob_bytes.subarray(b.ob_start, b.ob_start + b.ob_size);
}

/** A new object of self's kind (bytes or bytearray) holding `data` (which it takes over). */
export function new_like(self: PyObject, data: Uint8Array): PyObject {
  return self instanceof PyBytesObject ? PyBytes_FromArray(data) : PyByteArray_FromArray(data);
}

/** @cpython return_self: an exact bytes object itself, otherwise a copy of self's kind. */
export function return_self(self: PyObject): PyObject {
  if (PyBytes_CheckExact(self)) {
    Py_INCREF(self);
    return self;
  }
  return new_like(self, bytes_data(self).slice());
}

/** @cpython PyObject_GetBuffer (PyBUF_SIMPLE): the bytes of a bytes-like object, or TypeError. */
export function getbuffer(o: PyObject): Uint8Array | null {
  const b = _PyObject_GetBufferData(o);
  if (b === null) PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${tpname(o)}'`);
  return b;
}

function bool(b: boolean): PyObject {
  return PyBool_FromLong(b ? 1 : 0);
}

// -- predicates (ASCII only) --------------------------------------------------------------------

const isupper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const islower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isalpha = (c: number): boolean => isupper(c) || islower(c);
const isdigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const toupper = (c: number): number => (islower(c) ? c - 32 : c);
const tolower = (c: number): number => (isupper(c) ? c + 32 : c);

/** @cpython _Py_bytes_isspace */
export function _Py_bytes_isspace(self: PyObject): PyObject {
  const b = bytes_data(self);
  if (b.length === 0) return bool(false);
  for (const c of b) if (!Py_ISSPACE(c)) return bool(false);
  return bool(true);
}

/** @cpython _Py_bytes_isalpha */
export function _Py_bytes_isalpha(self: PyObject): PyObject {
  const b = bytes_data(self);
  if (b.length === 0) return bool(false);
  for (const c of b) if (!isalpha(c)) return bool(false);
  return bool(true);
}

/** @cpython _Py_bytes_isalnum */
export function _Py_bytes_isalnum(self: PyObject): PyObject {
  const b = bytes_data(self);
  if (b.length === 0) return bool(false);
  for (const c of b) if (!isalpha(c) && !isdigit(c)) return bool(false);
  return bool(true);
}

/** @cpython _Py_bytes_isascii (an empty bytes is ASCII) */
export function _Py_bytes_isascii(self: PyObject): PyObject {
  for (const c of bytes_data(self)) if (c >= 0x80) return bool(false);
  return bool(true);
}

/** @cpython _Py_bytes_isdigit */
export function _Py_bytes_isdigit(self: PyObject): PyObject {
  const b = bytes_data(self);
  if (b.length === 0) return bool(false);
  for (const c of b) if (!isdigit(c)) return bool(false);
  return bool(true);
}

/** @cpython _Py_bytes_islower */
export function _Py_bytes_islower(self: PyObject): PyObject {
  let cased = false;
  for (const c of bytes_data(self)) {
    if (isupper(c)) return bool(false);
    if (!cased && islower(c)) cased = true;
  }
  return bool(cased);
}

/** @cpython _Py_bytes_isupper */
export function _Py_bytes_isupper(self: PyObject): PyObject {
  let cased = false;
  for (const c of bytes_data(self)) {
    if (islower(c)) return bool(false);
    if (!cased && isupper(c)) cased = true;
  }
  return bool(cased);
}

/** @cpython _Py_bytes_istitle */
export function _Py_bytes_istitle(self: PyObject): PyObject {
  const b = bytes_data(self);
  if (b.length === 1) return bool(isupper(b[0]));
  let cased = false, previous_is_cased = false;
  for (const c of b) {
    if (isupper(c)) {
      if (previous_is_cased) return bool(false);
      previous_is_cased = cased = true;
    } else if (islower(c)) {
      if (!previous_is_cased) return bool(false);
      previous_is_cased = cased = true;
    } else previous_is_cased = false;
  }
  return bool(cased);
}

// -- case conversion -------------------------------------------------------------------------------

/** @cpython _Py_bytes_lower */
export function _Py_bytes_lower(self: PyObject): PyObject {
  return new_like(self, bytes_data(self).map(tolower));
}

/** @cpython _Py_bytes_upper */
export function _Py_bytes_upper(self: PyObject): PyObject {
  return new_like(self, bytes_data(self).map(toupper));
}

/** @cpython _Py_bytes_title */
export function _Py_bytes_title(self: PyObject): PyObject {
  const b = bytes_data(self).slice();
  let previous_is_cased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (islower(c)) {
      if (!previous_is_cased) b[i] = toupper(c);
      previous_is_cased = true;
    } else if (isupper(c)) {
      if (previous_is_cased) b[i] = tolower(c);
      previous_is_cased = true;
    } else previous_is_cased = false;
  }
  return new_like(self, b);
}

/** @cpython _Py_bytes_capitalize */
export function _Py_bytes_capitalize(self: PyObject): PyObject {
  const b = bytes_data(self).map(tolower);
  if (b.length > 0) b[0] = toupper(bytes_data(self)[0]);
  return new_like(self, b);
}

/** @cpython _Py_bytes_swapcase */
export function _Py_bytes_swapcase(self: PyObject): PyObject {
  return new_like(self, bytes_data(self).map((c) => (islower(c) ? c - 32 : isupper(c) ? c + 32 : c)));
}

/** @cpython _Py_bytes_maketrans (bytes.maketrans and bytearray.maketrans, static): a 256-byte table. */
export function _Py_bytes_maketrans(_null: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("maketrans", args.length, 2, 2)) return null;
  const frm = getbuffer(args[0]);
  if (frm === null) return null;
  const to = getbuffer(args[1]);
  if (to === null) return null;
  if (frm.length !== to.length) return PyErr_SetString(PyExc_ValueError, "maketrans arguments must have same length");
  const res = new Uint8Array(256);
  for (let i = 0; i < 256; i++) res[i] = i;
  for (let i = 0; i < frm.length; i++) res[frm[i]] = to[i];
  return PyBytes_FromArray(res);
}

// -- searching ---------------------------------------------------------------------------------------

/**
 * @cpython parse_args_finds_byte: (sub[, start[, end]]) where sub is bytes-like or an int
 * in range(256).
 */
function parse_args_finds_byte(fname: string, args: PyObject[]): [Uint8Array, number, number] | null {
  if (!stringlib_check_args(fname, args)) return null;
  const start = _PyEval_SliceIndexOr(args[1], 0);
  if (start === null) return null;
  const end = _PyEval_SliceIndexOr(args[2], PY_SSIZE_T_MAX);
  if (end === null) return null;
  const subobj = args[0];
  const buf = _PyObject_GetBufferData(subobj);
  if (buf !== null) return [buf, start, end];
  if (!PyIndex_Check(subobj)) {
    return PyErr_SetString(PyExc_TypeError, `argument should be integer or bytes-like object, not '${tpname(subobj)}'`);
  }
  const ival = PyNumber_AsSsize_t(subobj, null);
  if (ival === -1 && PyErr_Occurred()) return null;
  if (ival < 0 || ival > 255) return PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
  return [Uint8Array.of(ival), start, end];
}

/** @cpython find_internal: -2 on error. */
function find_internal(self: PyObject, fname: string, args: PyObject[], dir: number): number {
  const a = parse_args_finds_byte(fname, args);
  if (a === null) return -2;
  const b = bytes_data(self);
  const [sub] = a;
  const [start, end] = ADJUST_INDICES(a[1], a[2], b.length);
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return dir > 0 ? start : end;
  return dir > 0 ? find_bytes(b, sub, start, end) : rfind_bytes(b, sub, start, end);
}

/** @cpython _Py_bytes_find */
export function _Py_bytes_find(self: PyObject, args: PyObject[]): PyObject | null {
  const r = find_internal(self, "find", args, 1);
  return r === -2 ? null : PyLong_FromNumber(r);
}

/** @cpython _Py_bytes_rfind */
export function _Py_bytes_rfind(self: PyObject, args: PyObject[]): PyObject | null {
  const r = find_internal(self, "rfind", args, -1);
  return r === -2 ? null : PyLong_FromNumber(r);
}

/** @cpython _Py_bytes_index */
export function _Py_bytes_index(self: PyObject, args: PyObject[]): PyObject | null {
  const r = find_internal(self, "index", args, 1);
  if (r === -2) return null;
  if (r === -1) return PyErr_SetString(PyExc_ValueError, "subsection not found");
  return PyLong_FromNumber(r);
}

/** @cpython _Py_bytes_rindex */
export function _Py_bytes_rindex(self: PyObject, args: PyObject[]): PyObject | null {
  const r = find_internal(self, "rindex", args, -1);
  if (r === -2) return null;
  if (r === -1) return PyErr_SetString(PyExc_ValueError, "subsection not found");
  return PyLong_FromNumber(r);
}

/** @cpython _Py_bytes_count */
export function _Py_bytes_count(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_args_finds_byte("count", args);
  if (a === null) return null;
  const b = bytes_data(self);
  const [sub] = a;
  const [start, end] = ADJUST_INDICES(a[1], a[2], b.length);
  if (end - start < sub.length) return PyLong_FromNumber(0);
  if (sub.length === 0) return PyLong_FromNumber(end - start + 1);
  return PyLong_FromNumber(count_bytes(b, sub, start, end, PY_SSIZE_T_MAX));
}

/** @cpython _Py_bytes_contains: `x in b` for an int in range(256) or a bytes-like x. */
export function _Py_bytes_contains(self: PyObject, arg: PyObject): number {
  const b = bytes_data(self);
  if (!PyIndex_Check(arg)) {
    const sub = getbuffer(arg);
    if (sub === null) return -1;
    if (sub.length === 0) return 1;
    return find_bytes(b, sub, 0, b.length) >= 0 ? 1 : 0;
  }
  const ival = PyNumber_AsSsize_t(arg, null);
  if (ival === -1 && PyErr_Occurred()) return -1;
  if (ival < 0 || ival >= 256) {
    PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return b.includes(ival) ? 1 : 0;
}

/** @cpython tailmatch (bytes): -1 on error. */
function tailmatch(b: Uint8Array, substr: PyObject, start: number, end: number, direction: number): number {
  const sub = getbuffer(substr);
  if (sub === null) return -1;
  const len = b.length;
  const slen = sub.length;
  [start, end] = ADJUST_INDICES(start, end, len);
  if (direction < 0) {
    if (start > len - slen) return 0;
  } else {
    if (end - start < slen || start > len) return 0;
    if (end - slen > start) start = end - slen;
  }
  if (end - start < slen) return 0;
  for (let k = 0; k < slen; k++) if (b[start + k] !== sub[k]) return 0;
  return 1;
}

/** @cpython _Py_bytes_tailmatch */
function _Py_bytes_tailmatch(self: PyObject, fname: string, args: PyObject[], direction: number): PyObject | null {
  if (!stringlib_check_args(fname, args)) return null;
  const start = _PyEval_SliceIndexOr(args[1], 0);
  if (start === null) return null;
  const end = _PyEval_SliceIndexOr(args[2], PY_SSIZE_T_MAX);
  if (end === null) return null;
  const b = bytes_data(self);
  const subobj = args[0];
  if (PyTuple_Check(subobj)) {
    for (const item of subobj.ob_item) {
      const r = tailmatch(b, item, start, end, direction);
      if (r === -1) return null;
      if (r) return bool(true);
    }
    return bool(false);
  }
  const r = tailmatch(b, subobj, start, end, direction);
  if (r === -1) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_SetString(PyExc_TypeError, `${fname} first arg must be bytes or a tuple of bytes, not ${tpname(subobj)}`);
    }
    return null;
  }
  return bool(r === 1);
}

/** @cpython _Py_bytes_startswith */
export function _Py_bytes_startswith(self: PyObject, args: PyObject[]): PyObject | null {
  return _Py_bytes_tailmatch(self, "startswith", args, -1);
}

/** @cpython _Py_bytes_endswith */
export function _Py_bytes_endswith(self: PyObject, args: PyObject[]): PyObject | null {
  return _Py_bytes_tailmatch(self, "endswith", args, 1);
}

// -- padding (stringlib/transmogrify.h) ---------------------------------------------------------------

/** @cpython pad */
function pad(self: PyObject, left: number, right: number, fill: number): PyObject | null {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return return_self(self);
  const b = bytes_data(self);
  const n = left + b.length + right;
  if (n > MAX_BYTES) return PyErr_NoMemory();
  const out = new Uint8Array(n);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return new_like(self, out);
}

/** (width, fillchar=b' ') of center, ljust and rjust. */
function parse_pad_args(fname: string, args: PyObject[]): [number, number] | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, 2)) return null;
  const width = _Py_ssize_t_converter(args[0]);
  if (width === null) return null;
  let fill = 0x20;
  if (args.length > 1) {
    const f = args[1];
    if (PyBytes_Check(f) && (f as PyBytesObject).ob_sval.length === 1) fill = (f as PyBytesObject).ob_sval[0];
    else if (PyByteArray_Check(f) && (f as PyByteArrayObject).ob_size === 1) fill = bytes_data(f)[0];
    else return PyErr_SetString(PyExc_TypeError, `${fname}() argument 2 must be a byte string of length 1, not ${tpname(f)}`);
  }
  return [width, fill];
}

/** @cpython stringlib_center_impl */
export function stringlib_center(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_pad_args("center", args);
  if (a === null) return null;
  const len = bytes_data(self).length;
  if (len >= a[0]) return return_self(self);
  const marg = a[0] - len;
  const left = Math.floor(marg / 2) + (marg & a[0] & 1);
  return pad(self, left, marg - left, a[1]);
}

/** @cpython stringlib_ljust_impl */
export function stringlib_ljust(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_pad_args("ljust", args);
  if (a === null) return null;
  const len = bytes_data(self).length;
  if (len >= a[0]) return return_self(self);
  return pad(self, 0, a[0] - len, a[1]);
}

/** @cpython stringlib_rjust_impl */
export function stringlib_rjust(self: PyObject, args: PyObject[]): PyObject | null {
  const a = parse_pad_args("rjust", args);
  if (a === null) return null;
  const len = bytes_data(self).length;
  if (len >= a[0]) return return_self(self);
  return pad(self, a[0] - len, 0, a[1]);
}

/** @cpython stringlib_zfill_impl */
export function stringlib_zfill(self: PyObject, arg: PyObject): PyObject | null {
  const width = _Py_ssize_t_converter(arg);
  if (width === null) return null;
  const b = bytes_data(self);
  if (b.length >= width) return return_self(self);
  const fill = width - b.length;
  const out = pad(self, fill, 0, 0x30);
  if (out === null) return null;
  const ob = bytes_data(out);
  if (ob[fill] === 0x2b || ob[fill] === 0x2d) {
    ob[0] = ob[fill];
    ob[fill] = 0x30;
  }
  return out;
}

/** @cpython stringlib_expandtabs_impl */
export function stringlib_expandtabs(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "expandtabs", ["tabsize"], 0, 1, 0);
  if (a === null) return null;
  let tabsize = 8;
  if (a[0] !== null) {
    const t = _PyLong_AsInt(a[0]);
    if (t === null) return null;
    tabsize = t;
  }
  const b = bytes_data(self);
  const out: number[] = [];
  let j = 0;
  for (const c of b) {
    if (c === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (j % tabsize);
        j += incr;
        if (out.length + incr > MAX_BYTES) return PyErr_NoMemory();
        for (let k = 0; k < incr; k++) out.push(0x20);
      }
    } else {
      j++;
      out.push(c);
      if (c === 0x0a || c === 0x0d) j = 0;
    }
  }
  return new_like(self, Uint8Array.from(out));
}

// -- split, partition, strip ----------------------------------------------------------------------------

/** A list of pieces of self, each a new object of self's kind (an exact bytes split nowhere is reused). */
function pieces_to_list(self: PyObject, b: Uint8Array, bounds: number[]): PyObject {
  if (bounds.length === 2 && bounds[0] === 0 && bounds[1] === b.length && PyBytes_CheckExact(self)) {
    Py_INCREF(self);
    return _PyList_FromArraySteal([self]);
  }
  const items: PyObject[] = new Array(bounds.length >> 1);
  for (let k = 0; k < bounds.length; k += 2) items[k >> 1] = new_like(self, b.slice(bounds[k], bounds[k + 1]));
  return _PyList_FromArraySteal(items);
}

function parse_split_args(fname: string, args: PyObject[], kwnames: PyTupleObject | null): [Uint8Array | null, number] | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["sep", "maxsplit"], 0, 2, 0);
  if (a === null) return null;
  let sep: Uint8Array | null = null;
  if (a[0] !== null && a[0] !== Py_None) {
    sep = getbuffer(a[0]);
    if (sep === null) return null;
  }
  let maxsplit = -1;
  if (a[1] !== null) {
    const m = _Py_ssize_t_converter(a[1]);
    if (m === null) return null;
    maxsplit = m;
  }
  return [sep, maxsplit];
}

/** @cpython bytes_split_impl / bytearray_split_impl */
export function bytes_split(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = parse_split_args("split", args, kwnames);
  if (a === null) return null;
  const [sep] = a;
  const maxsplit = a[1] < 0 ? PY_SSIZE_T_MAX : a[1];
  const b = bytes_data(self);
  if (sep === null) return pieces_to_list(self, b, split_whitespace_bytes(b, maxsplit));
  if (sep.length === 0) return PyErr_SetString(PyExc_ValueError, "empty separator");
  return pieces_to_list(self, b, split_bytes(b, sep.slice(), maxsplit));
}

/** @cpython bytes_rsplit_impl / bytearray_rsplit_impl */
export function bytes_rsplit(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = parse_split_args("rsplit", args, kwnames);
  if (a === null) return null;
  const [sep] = a;
  const maxsplit = a[1] < 0 ? PY_SSIZE_T_MAX : a[1];
  const b = bytes_data(self);
  if (sep === null) return pieces_to_list(self, b, rsplit_whitespace_bytes(b, maxsplit));
  if (sep.length === 0) return PyErr_SetString(PyExc_ValueError, "empty separator");
  return pieces_to_list(self, b, rsplit_bytes(b, sep.slice(), maxsplit));
}

/** @cpython bytes_splitlines_impl / bytearray_splitlines_impl */
export function bytes_splitlines(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "splitlines", ["keepends"], 0, 1, 0);
  if (a === null) return null;
  let keepends = 0;
  if (a[0] !== null) {
    const k = _PyLong_AsInt(a[0]);
    if (k === null) return null;
    keepends = k;
  }
  const b = bytes_data(self);
  return pieces_to_list(self, b, splitlines_bytes(b, keepends !== 0));
}

/** @cpython stringlib_partition / stringlib_rpartition */
function partition(self: PyObject, sepobj: PyObject, direction: number): PyObject | null {
  const sep = getbuffer(sepobj);
  if (sep === null) return null;
  if (sep.length === 0) return PyErr_SetString(PyExc_ValueError, "empty separator");
  const b = bytes_data(self);
  const pos = direction > 0 ? find_bytes(b, sep, 0, b.length) : rfind_bytes(b, sep, 0, b.length);
  if (pos < 0) {
    const whole = PyBytes_CheckExact(self) ? (Py_INCREF(self), self) : new_like(self, b.slice());
    const e1 = new_like(self, new Uint8Array(0)), e2 = new_like(self, new Uint8Array(0));
    return _PyTuple_FromArraySteal(direction > 0 ? [whole, e1, e2] : [e1, e2, whole]);
  }
  let sepres: PyObject;
  if (PyBytes_CheckExact(sepobj) && self instanceof PyBytesObject) {
    Py_INCREF(sepobj);
    sepres = sepobj;
  } else sepres = new_like(self, sep.slice());
  return _PyTuple_FromArraySteal([new_like(self, b.slice(0, pos)), sepres, new_like(self, b.slice(pos + sep.length))]);
}

export function bytes_partition(self: PyObject, sep: PyObject): PyObject | null {
  return partition(self, sep, 1);
}
export function bytes_rpartition(self: PyObject, sep: PyObject): PyObject | null {
  return partition(self, sep, -1);
}

const LEFTSTRIP = 0, RIGHTSTRIP = 1, BOTHSTRIP = 2;

/** @cpython do_xstrip / do_strip / do_argstrip (bytes) */
function do_argstrip(fname: string, self: PyObject, args: PyObject[], striptype: number): PyObject | null {
  if (!_PyArg_CheckPositional(fname, args.length, 0, 1)) return null;
  const b = bytes_data(self);
  let chars: Uint8Array | null = null;
  if (args.length > 0 && args[0] !== Py_None) {
    chars = getbuffer(args[0]);
    if (chars === null) return null;
  }
  const strip = chars === null ? Py_ISSPACE : (c: number) => chars!.includes(c);
  let i = 0, j = b.length;
  if (striptype !== RIGHTSTRIP) while (i < j && strip(b[i])) i++;
  if (striptype !== LEFTSTRIP) while (j > i && strip(b[j - 1])) j--;
  if (i === 0 && j === b.length && PyBytes_CheckExact(self)) {
    Py_INCREF(self);
    return self;
  }
  return new_like(self, b.slice(i, j));
}

export function bytes_strip(self: PyObject, args: PyObject[]): PyObject | null {
  return do_argstrip("strip", self, args, BOTHSTRIP);
}
export function bytes_lstrip(self: PyObject, args: PyObject[]): PyObject | null {
  return do_argstrip("lstrip", self, args, LEFTSTRIP);
}
export function bytes_rstrip(self: PyObject, args: PyObject[]): PyObject | null {
  return do_argstrip("rstrip", self, args, RIGHTSTRIP);
}

/** @cpython bytes_removeprefix_impl */
export function bytes_removeprefix(self: PyObject, prefix: PyObject): PyObject | null {
  const p = getbuffer(prefix);
  if (p === null) return null;
  const b = bytes_data(self);
  if (b.length >= p.length && p.length > 0 && p.every((c, k) => b[k] === c)) return new_like(self, b.slice(p.length));
  return return_self(self);
}

/** @cpython bytes_removesuffix_impl */
export function bytes_removesuffix(self: PyObject, suffix: PyObject): PyObject | null {
  const p = getbuffer(suffix);
  if (p === null) return null;
  const b = bytes_data(self);
  const off = b.length - p.length;
  if (off >= 0 && p.length > 0 && p.every((c, k) => b[off + k] === c)) return new_like(self, b.slice(0, off));
  return return_self(self);
}

// -- replace, join, translate -------------------------------------------------------------------------

/** @cpython replace (stringlib/replace for bytes): at most count occurrences of old become new. */
export function bytes_replace(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("replace", args.length, 2, 3)) return null;
  const from = getbuffer(args[0]);
  if (from === null) return null;
  const to = getbuffer(args[1]);
  if (to === null) return null;
  let maxcount = -1;
  if (args.length > 2) {
    const c = _Py_ssize_t_converter(args[2]);
    if (c === null) return null;
    maxcount = c;
  }
  const b = bytes_data(self);
  if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
  if (b.length < from.length || maxcount === 0 || (from.length === 0 && to.length === 0)) return return_self(self);
  const out: number[] = [];
  const pushAll = (a: Uint8Array) => {
    for (const c of a) out.push(c);
  };
  if (from.length === 0) {
    let count = Math.min(maxcount, b.length + 1);
    pushAll(to);
    count--;
    let k = 0;
    while (count > 0 && k < b.length) {
      out.push(b[k++]);
      pushAll(to);
      count--;
    }
    pushAll(b.subarray(k));
    if (out.length > MAX_BYTES) return PyErr_NoMemory();
    return new_like(self, Uint8Array.from(out));
  }
  let i = 0, count = 0;
  const fromc = from.slice();
  while (count < maxcount) {
    const j = find_bytes(b, fromc, i, b.length);
    if (j < 0) break;
    pushAll(b.subarray(i, j));
    pushAll(to);
    if (out.length > MAX_BYTES) return PyErr_NoMemory();
    i = j + from.length;
    count++;
  }
  if (count === 0) return return_self(self);
  pushAll(b.subarray(i));
  return new_like(self, Uint8Array.from(out));
}

/**
 * @cpython stringlib_bytes_join: sep.join(iterable) where every item is bytes-like ("sequence
 * item 1: expected a bytes-like object, int found").
 */
export function stringlib_bytes_join(sep: PyObject, iterable: PyObject): PyObject | null {
  let items: PyObject[];
  let owned = false;
  if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable)) items = (iterable as PyListObject | PyTupleObject).ob_item.slice();
  else {
    const it = PyObject_GetIter(iterable);
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
  const release = () => {
    if (owned) for (const x of items) Py_DECREF(x);
  };
  if (items.length === 1 && PyBytes_CheckExact(items[0]) && sep instanceof PyBytesObject) {
    const r = items[0];
    Py_INCREF(r);
    release();
    return r;
  }
  const s = bytes_data(sep);
  const bufs: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const d = _PyObject_GetBufferData(items[i]);
    if (d === null) {
      const t = tpname(items[i]);
      release();
      return PyErr_SetString(PyExc_TypeError, `sequence item ${i}: expected a bytes-like object, ${t} found`);
    }
    bufs.push(d);
    total += d.length + (i ? s.length : 0);
  }
  if (total > MAX_BYTES) {
    release();
    return PyErr_NoMemory();
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < bufs.length; i++) {
    if (i) {
      out.set(s, pos);
      pos += s.length;
    }
    out.set(bufs[i], pos);
    pos += bufs[i].length;
  }
  release();
  return new_like(sep, out);
}

/** @cpython bytes_translate_impl: translate(table, /, delete=b'') */
export function bytes_translate(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "translate", ["", "delete"], 1, 2, 0);
  if (a === null) return null;
  let table: Uint8Array | null = null;
  if (a[0] !== Py_None) {
    table = getbuffer(a[0]!);
    if (table === null) return null;
    if (table.length !== 256) return PyErr_SetString(PyExc_ValueError, "translation table must be 256 characters long");
  }
  let del: Uint8Array | null = null;
  if (a[1] !== null) {
    del = getbuffer(a[1]);
    if (del === null) return null;
  }
  const b = bytes_data(self);
  const out: number[] = [];
  let changed = false;
  for (const c of b) {
    if (del !== null && del.includes(c)) {
      changed = true;
      continue;
    }
    const t = table === null ? c : table[c];
    if (t !== c) changed = true;
    out.push(t);
  }
  if (!changed && PyBytes_CheckExact(self)) {
    Py_INCREF(self);
    return self;
  }
  return new_like(self, Uint8Array.from(out));
}

// -- decode, hex, fromhex ---------------------------------------------------------------------------------

/** @cpython bytes_decode_impl: decode(encoding='utf-8', errors='strict') */
export function bytes_decode(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "decode", ["encoding", "errors"], 0, 2, 0);
  if (a === null) return null;
  let encoding: string | null = null, errors: string | null = null;
  if (a[0] !== null) {
    if (!PyUnicode_Check(a[0])) return _PyArg_BadArgument("decode", "argument 'encoding'", "str", a[0]);
    if (a[0].str.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
    encoding = a[0].str;
  }
  if (a[1] !== null) {
    if (!PyUnicode_Check(a[1])) return _PyArg_BadArgument("decode", "argument 'errors'", "str", a[1]);
    if (a[1].str.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
    errors = a[1].str;
  }
  return PyUnicode_Decode(bytes_data(self), encoding, errors);
}

const HEXDIGITS = "0123456789abcdef";

/**
 * @cpython _Py_strhex_impl: two hex digits per byte; with a separator, every
 * |bytes_per_sep| bytes counted from the right (positive) or the left (negative).
 */
export function _Py_strhex(b: Uint8Array, sep: PyObject | null, bytes_per_sep: number): string | null {
  let sep_char = "";
  if (sep !== null) {
    const seplen = PyObject_Size(sep);
    if (seplen < 0) return null;
    if (seplen !== 1) return PyErr_SetString(PyExc_ValueError, "sep must be length 1.");
    if (PyUnicode_Check(sep)) {
      if (sep.str.charCodeAt(0) > 0xff) return PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
      sep_char = sep.str;
    } else if (PyBytes_Check(sep)) sep_char = String.fromCharCode((sep as PyBytesObject).ob_sval[0]);
    else return PyErr_SetString(PyExc_TypeError, "sep must be str or bytes.");
    if (sep_char.charCodeAt(0) > 127) return PyErr_SetString(PyExc_ValueError, "sep must be ASCII.");
  } else bytes_per_sep = 0;
  const abs = Math.abs(bytes_per_sep);
  const hexOf = (c: number) => HEXDIGITS[c >> 4] + HEXDIGITS[c & 15];
  const parts: string[] = [];
  if (bytes_per_sep === 0 || abs >= b.length) {
    for (const c of b) parts.push(hexOf(c));
    return parts.join("");
  }
  // Group boundaries: from the left for a negative count, from the right otherwise.
  const first = bytes_per_sep < 0 ? abs : b.length % abs || abs;
  let group = "";
  for (let i = 0; i < b.length; i++) {
    group += hexOf(b[i]);
    const done = i + 1 - first;
    if (i + 1 === first || (done > 0 && done % abs === 0) || i + 1 === b.length) {
      parts.push(group);
      group = "";
    }
  }
  return parts.join(sep_char);
}

/** @cpython bytes_hex_impl: hex(sep=<unrepresentable>, bytes_per_sep=1) */
export function bytes_hex(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "hex", ["sep", "bytes_per_sep"], 0, 2, 0);
  if (a === null) return null;
  let bytes_per_sep = 1;
  if (a[1] !== null) {
    const n = _PyLong_AsInt(a[1]);
    if (n === null) return null;
    bytes_per_sep = n;
  }
  const s = _Py_strhex(bytes_data(self), a[0], bytes_per_sep);
  return s === null ? null : PyUnicode_FromString(s);
}

/** The value of a hex digit (as _PyLong_DigitValue), or 37 for anything else. */
function hexval(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return 37;
}

/** @cpython _PyBytes_FromHex: pairs of hex digits, whitespace allowed between pairs. */
export function _PyBytes_FromHex(string: PyObject): Uint8Array | null {
  if (!PyUnicode_Check(string)) return PyErr_SetString(PyExc_TypeError, `fromhex() argument must be str, not ${tpname(string)}`);
  const s = string.str;
  const out: number[] = [];
  const err = (pos: number): null =>
    PyErr_SetString(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
  let i = 0;
  const n = s.length;
  // Positions are code points; a non-ASCII character is never a digit, so the first one
  // reached is reported and conversion of the index is only needed then.
  const cpos = (k: number) => [...s.slice(0, k)].length;
  while (i < n) {
    while (i < n && Py_ISSPACE(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const top = hexval(s.charCodeAt(i));
    if (top >= 16) return err(cpos(i));
    const bot = i + 1 < n ? hexval(s.charCodeAt(i + 1)) : 37;
    if (bot >= 16) return err(cpos(i + 1));
    out.push(top * 16 + bot);
    i += 2;
  }
  return Uint8Array.from(out);
}

// -- printf-style formatting (_PyBytes_FormatEx) ----------------------------------------------------------

const F_LJUST = 1 << 0, F_SIGN = 1 << 1, F_BLANK = 1 << 2, F_ALT = 1 << 3, F_ZERO = 1 << 4;

/** @cpython format_obj: %b and %s take bytes-like objects or __bytes__. */
function format_obj(v: PyObject): Uint8Array | null {
  if (PyBytes_Check(v) || PyByteArray_Check(v)) return bytes_data(v);
  const meth = lookup_maybe_method(v, _PyUnicode_FromId("__bytes__"));
  if (meth !== null) {
    const result = meth.unbound ? PyObject_CallOneArg(meth.func, v) : PyObject_CallNoArgs(meth.func);
    Py_DECREF(meth.func);
    if (result === null) return null;
    if (!PyBytes_Check(result)) {
      PyErr_SetString(PyExc_TypeError, `__bytes__ returned non-bytes (type ${tpname(result)})`);
      Py_DECREF(result);
      return null;
    }
    const d = (result as PyBytesObject).ob_sval;
    Py_DECREF(result);
    return d;
  }
  if (PyErr_Occurred()) return null;
  const buf = _PyObject_GetBufferData(v);
  if (buf !== null) return buf.slice();
  PyErr_SetString(PyExc_TypeError,
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${tpname(v)}'`);
  return null;
}

/** @cpython byte_converter: %c takes an int in range(256) or a single byte. -1 on error. */
function byte_converter(arg: PyObject): number {
  if ((PyBytes_Check(arg) || PyByteArray_Check(arg)) && bytes_data(arg).length === 1) return bytes_data(arg)[0];
  let v: number | bigint;
  if (PyLong_Check(arg)) v = (arg as PyLongObject).ob_ival;
  else if (PyIndex_Check(arg)) {
    const x = PyNumber_AsSsize_t(arg, null);
    if (x === -1 && PyErr_Occurred()) return -1;
    v = x;
  } else {
    PyErr_SetString(PyExc_TypeError, "%c requires an integer in range(256) or a single byte");
    return -1;
  }
  if (typeof v === "bigint" || v < 0 || v > 255) {
    PyErr_SetString(PyExc_OverflowError, "%c arg not in range(256)");
    return -1;
  }
  return v;
}

const asciiBytes = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

/** @cpython _PyBytes_FormatEx: format % args for bytes and bytearray. The result's bytes. */
export function _PyBytes_FormatEx(fmt: Uint8Array, args: PyObject): Uint8Array | null {
  const out: number[] = [];
  const push = (d: ArrayLike<number>, from = 0, to = d.length) => {
    for (let k = from; k < to; k++) out.push(d[k]);
  };
  let arglen = -1, argidx = -2;
  if (PyTuple_Check(args)) {
    arglen = args.ob_item.length;
    argidx = 0;
  }
  let dict: PyObject | null = null;
  if (args.ob_type.mp_subscript !== null && !PyTuple_Check(args) && !PyBytes_Check(args) && !PyUnicode_Check(args) &&
    !PyByteArray_Check(args)) dict = args;
  let args_owned = false;
  const getnextarg = (): PyObject | null => {
    if (argidx < arglen) {
      argidx++;
      return arglen < 0 ? args : (args as PyTupleObject).ob_item[argidx - 1];
    }
    return PyErr_SetString(PyExc_TypeError, "not enough arguments for format string");
  };
  const fail = (): null => {
    if (args_owned) Py_DECREF(args);
    return null;
  };
  let fmtcnt = fmt.length;
  let p = 0;
  const at = (i: number): number => (i < fmt.length ? fmt[i] : 0);
  while (--fmtcnt >= 0) {
    if (fmt[p] !== 0x25) {
      let next = fmt.indexOf(0x25, p + 1);
      if (next < 0) next = fmt.length;
      push(fmt, p, next);
      fmtcnt -= next - p - 1;
      p = next;
      continue;
    }
    let flags = 0, width = -1, prec = -1, c = 0;
    p++;
    if (at(p) === 0x25) {
      out.push(0x25);
      p++;
      fmtcnt--;
      continue;
    }
    if (at(p) === 0x28) {
      if (dict === null) {
        PyErr_SetString(PyExc_TypeError, "format requires a mapping");
        return fail();
      }
      ++p;
      --fmtcnt;
      const keystart = p;
      let pcount = 1;
      while (pcount > 0 && --fmtcnt >= 0) {
        if (at(p) === 0x29) --pcount;
        else if (at(p) === 0x28) ++pcount;
        p++;
      }
      const keylen = p - keystart - 1;
      if (fmtcnt < 0 || pcount > 0) {
        PyErr_SetString(PyExc_ValueError, "incomplete format key");
        return fail();
      }
      const key = PyBytes_FromArray(fmt.slice(keystart, keystart + keylen));
      if (args_owned) {
        Py_DECREF(args);
        args_owned = false;
      }
      const v = PyObject_GetItem(dict, key);
      Py_DECREF(key);
      if (v === null) return fail();
      args = v;
      args_owned = true;
      arglen = -1;
      argidx = -2;
    }
    while (--fmtcnt >= 0) {
      c = at(p++);
      if (c === 0x2d) flags |= F_LJUST;
      else if (c === 0x2b) flags |= F_SIGN;
      else if (c === 0x20) flags |= F_BLANK;
      else if (c === 0x23) flags |= F_ALT;
      else if (c === 0x30) flags |= F_ZERO;
      else break;
    }
    if (c === 0x2a) {
      const v = getnextarg();
      if (v === null) return fail();
      if (!PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "* wants int");
        return fail();
      }
      const w = (v as PyLongObject).ob_ival;
      if (typeof w === "bigint") {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
        return fail();
      }
      width = w;
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--fmtcnt >= 0) c = at(p++);
    } else if (c >= 0x30 && c <= 0x39) {
      width = c - 0x30;
      while (--fmtcnt >= 0) {
        c = at(p++);
        if (c < 0x30 || c > 0x39) break;
        if (width > (PY_SSIZE_T_MAX - (c - 0x30)) / 10) {
          PyErr_SetString(PyExc_ValueError, "width too big");
          return fail();
        }
        width = width * 10 + (c - 0x30);
      }
    }
    if (c === 0x2e) {
      prec = 0;
      if (--fmtcnt >= 0) c = at(p++);
      if (c === 0x2a) {
        const v = getnextarg();
        if (v === null) return fail();
        if (!PyLong_Check(v)) {
          PyErr_SetString(PyExc_TypeError, "* wants int");
          return fail();
        }
        const pr = _PyLong_AsInt(v);
        if (pr === null) return fail();
        prec = pr < 0 ? 0 : pr;
        if (--fmtcnt >= 0) c = at(p++);
      } else if (c >= 0x30 && c <= 0x39) {
        prec = c - 0x30;
        while (--fmtcnt >= 0) {
          c = at(p++);
          if (c < 0x30 || c > 0x39) break;
          if (prec > (2147483647 - (c - 0x30)) / 10) {
            PyErr_SetString(PyExc_ValueError, "prec too big");
            return fail();
          }
          prec = prec * 10 + (c - 0x30);
        }
      }
    }
    if (fmtcnt >= 0 && (c === 0x68 || c === 0x6c || c === 0x4c)) {
      if (--fmtcnt >= 0) c = at(p++);
    }
    if (fmtcnt < 0) {
      PyErr_SetString(PyExc_ValueError, "incomplete format");
      return fail();
    }
    const v = getnextarg();
    if (v === null) return fail();
    let pbuf: ArrayLike<number>;
    let sign = 0;
    let fill = 0x20;
    switch (c) {
      case 0x72: case 0x61: { // r a
        const t = PyObject_ASCII(v);
        if (t === null) return fail();
        pbuf = asciiBytes((t as PyUnicodeObject).str);
        Py_DECREF(t);
        if (prec >= 0 && pbuf.length > prec) pbuf = (pbuf as Uint8Array).subarray(0, prec);
        break;
      }
      case 0x73: case 0x62: { // s b
        const d = format_obj(v);
        if (d === null) return fail();
        pbuf = prec >= 0 && d.length > prec ? d.subarray(0, prec) : d;
        break;
      }
      case 0x69: case 0x64: case 0x75: case 0x6f: case 0x78: case 0x58: { // i d u o x X
        const s = mainformatlong(v, { ch: c === 0x69 ? 0x64 : c, flags, prec });
        if (s === null) return fail();
        pbuf = asciiBytes(s);
        sign = 1;
        if (flags & F_ZERO) fill = 0x30;
        break;
      }
      case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: { // e E f F g G
        const x = float_arg(v);
        if (x === null) {
          if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, `float argument required, not ${tpname(v)}`);
          }
          return fail();
        }
        const s = double_to_string(x, c, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0);
        if (s === null) return fail();
        pbuf = asciiBytes(s);
        sign = 1;
        if (flags & F_ZERO) fill = 0x30;
        break;
      }
      case 0x63: { // c
        const ch = byte_converter(v);
        if (ch < 0) return fail();
        pbuf = [ch];
        break;
      }
      default:
        if (c >= 0x80) PyErr_SetString(PyExc_ValueError, "character argument not in range(0x110000)");
        else {
          PyErr_SetString(PyExc_ValueError,
            `unsupported format character '${String.fromCharCode(c)}' (0x${c.toString(16)}) at index ${p - 1}`);
        }
        return fail();
    }
    let len = pbuf.length;
    let pi = 0;
    if (sign) {
      if (pbuf[0] === 0x2d || pbuf[0] === 0x2b) {
        sign = pbuf[0];
        pi++;
        len--;
      } else if (flags & F_SIGN) sign = 0x2b;
      else if (flags & F_BLANK) sign = 0x20;
      else sign = 0;
    }
    if (width < len) width = len;
    if (width > MAX_BYTES) {
      PyErr_NoMemory();
      return fail();
    }
    const alt = (flags & F_ALT) !== 0 && (c === 0x6f || c === 0x78 || c === 0x58);
    if (sign) {
      if (fill !== 0x20) out.push(sign);
      if (width > len) width--;
    }
    if (alt) {
      if (fill !== 0x20) {
        out.push(pbuf[pi], pbuf[pi + 1]);
        pi += 2;
      }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
      for (let k = width - len; k > 0; k--) out.push(fill);
      width = len;
    }
    if (fill === 0x20) {
      if (sign) out.push(sign);
      if (alt) {
        out.push(pbuf[pi], pbuf[pi + 1]);
        pi += 2;
      }
    }
    push(pbuf, pi, pi + len);
    for (let k = width - len; k > 0; k--) out.push(0x20);
    if (dict !== null && argidx < arglen) {
      PyErr_SetString(PyExc_TypeError, "not all arguments converted during bytes formatting");
      return fail();
    }
    if (out.length > MAX_BYTES) {
      PyErr_NoMemory();
      return fail();
    }
  }
  if (argidx < arglen && dict === null) {
    PyErr_SetString(PyExc_TypeError, "not all arguments converted during bytes formatting");
    return fail();
  }
  if (args_owned) Py_DECREF(args);
  return Uint8Array.from(out);
}

// -- the shared iterator over a bytes-like object's items ----------------------------------------

/**
 * @cpython _getbytevalue: an int in range(256) from an object with __index__ ("byte must
 * be in range(0, 256)"). -1 on error.
 */
export function _getbytevalue(arg: PyObject): number {
  let v: number | bigint;
  if (PyLong_Check(arg)) v = (arg as PyLongObject).ob_ival;
  else {
    const x = _Py_ssize_t_converter(arg);
    if (x === null) {
      if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
      }
      return -1;
    }
    v = x;
  }
  if (typeof v === "bigint" || v < 0 || v > 255) {
    PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return v;
}

