/**
 * @mirrors Objects/bytearrayobject.c
 * The mutable byte string. A bytearray owns a block of `ob_alloc` bytes (`ob_bytes`); its
 * contents are the `ob_size` bytes from offset `ob_start`. Deleting from the front only
 * moves `ob_start`, and growing over-allocates by about an eighth, as list does:
 *
 *   size wanted   block (ob_alloc)
 *   1             2      (from empty: exactly size + 1)
 *   2             5      (size + size/8 + 3 while small, + 6 from 9 on)
 *   5             8
 *   8             12
 *
 *   >>> b = bytearray(); sizes = []
 *   >>> for i in range(9): b.append(i); sizes.append(b.__alloc__())
 *   >>> sizes
 *   [2, 5, 5, 5, 8, 8, 8, 12, 12]
 *
 * A block that would end up less than half used is cut down to the exact size (plus the
 * terminating NUL CPython keeps). sys.getsizeof(b) is 56 + ob_alloc. While a memoryview
 * holds the buffer (`ob_exports` > 0) the size may not change (BufferError).
 *
 * The methods shared with bytes live in bytes_methods.ts; those are always given a new
 * bytearray as result, never the object itself.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_SEQUENCE,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, METH_STATIC, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_NoMemory } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError, PyExc_BufferError } from "./exceptions.ts";
import { Py_NotImplemented, Py_NewNone, PyObject_HashNotImplemented } from "./object.ts";
import { _PyType_Name, PyType_Ready, _PyObject_GetState } from "./typeobject.ts";
import { PyObject_GetIter, PyIter_Next, PyNumber_Check } from "./abstract.ts";
import { PyObject_CallOneArg } from "./call.ts";
import { PyLong_FromNumber, PyIndex_Check, PyNumber_AsSsize_t, PyLong_CheckExact } from "./longobject.ts";
import { PyTupleObject, PyTuple_CheckExact, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { PyList_CheckExact, type PyListObject } from "./listobject.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, type PySliceObject } from "./sliceobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import {
  PyUnicode_Check, PyUnicode_FromString, PyUnicode_AsEncodedString, _PyArg_BadArgument, _Py_ssize_t_converter,
  _PyLong_AsInt, unicode_decode_latin1,
} from "./unicodeobject.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";
import { PyBytes_FromArray, _PyObject_GetBufferData, PyObject_CheckBuffer, bytes_compare, compare_result } from "./bytesobject.ts";
import {
  _Py_bytes_isspace, _Py_bytes_isalpha, _Py_bytes_isalnum, _Py_bytes_isascii, _Py_bytes_isdigit, _Py_bytes_islower,
  _Py_bytes_isupper, _Py_bytes_istitle, _Py_bytes_lower, _Py_bytes_upper, _Py_bytes_title, _Py_bytes_capitalize,
  _Py_bytes_swapcase, _Py_bytes_maketrans, _Py_bytes_find, _Py_bytes_rfind, _Py_bytes_index, _Py_bytes_rindex,
  _Py_bytes_count, _Py_bytes_contains, _Py_bytes_startswith, _Py_bytes_endswith, stringlib_center, stringlib_ljust,
  stringlib_rjust, stringlib_zfill, stringlib_expandtabs, bytes_split, bytes_rsplit, bytes_splitlines,
  bytes_partition, bytes_rpartition, bytes_strip, bytes_lstrip, bytes_rstrip, bytes_removeprefix,
  bytes_removesuffix, bytes_replace, stringlib_bytes_join, bytes_translate, bytes_decode, bytes_hex,
  _PyBytes_FromHex, _PyBytes_FormatEx, _getbytevalue,
} from "./bytes_methods.ts";

/** @cpython PyByteArrayObject */
export class PyByteArrayObject extends PyObject {
  /** The allocated block; its length is ob_alloc. */
  ob_bytes: Uint8Array;
  ob_alloc: number;
  /** Where the contents begin within ob_bytes. */
  ob_start: number;
  ob_size: number;
  /** How many buffer views are open on the contents. */
  ob_exports: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.ob_bytes = EMPTY;
    this.ob_alloc = 0;
    this.ob_start = 0;
    this.ob_size = 0;
    this.ob_exports = 0;
  }
}

const EMPTY = new Uint8Array(0);

/** @cpython PyByteArray_Check */
export const PyByteArray_Check = (o: PyObject): o is PyByteArrayObject => o instanceof PyByteArrayObject;
/** @cpython PyByteArray_CheckExact */
export const PyByteArray_CheckExact = (o: PyObject): o is PyByteArrayObject => o.ob_type === PyByteArray_Type;

/** @cpython PyByteArray_AS_STRING / PyByteArray_GET_SIZE: the contents as a view. */
export function PyByteArray_AS_ARRAY(self: PyByteArrayObject): Uint8Array {
  return self.ob_bytes.subarray(self.ob_start, self.ob_start + self.ob_size);
}

/** @cpython PyByteArray_FromStringAndSize: a new bytearray with a copy of `data`. @returns new */
export function PyByteArray_FromArray(data: Uint8Array): PyByteArrayObject {
  const self = new PyByteArrayObject(PyByteArray_Type);
  const size = data.length;
  if (size > 0) {
    self.ob_alloc = size + 1;
    self.ob_bytes = new Uint8Array(size + 1);
    self.ob_bytes.set(data);
    self.ob_size = size;
  }
  return self;
}

/** @cpython _canresize */
function _canresize(self: PyByteArrayObject): boolean {
  if (self.ob_exports > 0) {
    PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

/** @cpython PyByteArray_Resize: 0, or -1 with an error. The contents up to the new size are kept. */
export function PyByteArray_Resize(self: PyByteArrayObject, requested_size: number): number {
  let alloc = self.ob_alloc;
  const logical_offset = self.ob_start;
  const size = requested_size;
  if (requested_size === self.ob_size) return 0;
  if (!_canresize(self)) return -1;
  if (size + logical_offset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else {
      self.ob_size = size;
      return 0;
    }
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (alloc > 0x7fffffff) {
    PyErr_NoMemory();
    return -1;
  }
  const nb = new Uint8Array(alloc);
  nb.set(self.ob_bytes.subarray(logical_offset, logical_offset + Math.min(requested_size, self.ob_size)));
  self.ob_bytes = nb;
  self.ob_start = 0;
  self.ob_size = size;
  self.ob_alloc = alloc;
  return 0;
}

/** @cpython PyByteArray_FromObject: bytearray(o). @returns new */
export function PyByteArray_FromObject(o: PyObject): PyObject | null {
  return PyObject_CallOneArg(PyByteArray_Type, o);
}

// =============================================================================================
// Construction
// =============================================================================================

function bytearray_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyByteArrayObject(type);
}

/** Append one byte, the way bytearray() fills itself from an iterator. */
function append_byte(self: PyByteArrayObject, value: number): boolean {
  if (self.ob_size + 1 < self.ob_alloc && self.ob_start === 0) {
    self.ob_bytes[self.ob_size++] = value;
    return true;
  }
  if (PyByteArray_Resize(self, self.ob_size + 1) < 0) return false;
  self.ob_bytes[self.ob_start + self.ob_size - 1] = value;
  return true;
}

/** @cpython bytearray___init___impl: bytearray(source, encoding, errors) */
function bytearray_init(selfobj: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = selfobj as PyByteArrayObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, "bytearray", ["source", "encoding", "errors"], 0, 3, 0);
  if (a === null) return -1;
  let encoding: string | null = null, errors: string | null = null;
  if (a[1] !== null) {
    if (!PyUnicode_Check(a[1])) return _PyArg_BadArgument("bytearray", "argument 'encoding'", "str", a[1]) ?? -1;
    encoding = a[1].str;
  }
  if (a[2] !== null) {
    if (!PyUnicode_Check(a[2])) return _PyArg_BadArgument("bytearray", "argument 'errors'", "str", a[2]) ?? -1;
    errors = a[2].str;
  }
  const arg = a[0];
  if (self.ob_size !== 0 && PyByteArray_Resize(self, 0) < 0) return -1;
  const typeError = (msg: string): number => {
    PyErr_SetString(PyExc_TypeError, msg);
    return -1;
  };
  if (arg === null) {
    if (encoding !== null || errors !== null) {
      return typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    }
    return 0;
  }
  if (PyUnicode_Check(arg)) {
    if (encoding === null) return typeError("string argument without an encoding");
    const encoded = PyUnicode_AsEncodedString(arg, encoding, errors);
    if (encoded === null) return -1;
    const r = bytearray_iconcat(self, encoded);
    Py_DECREF(encoded);
    if (r === null) return -1;
    Py_DECREF(r);
    return 0;
  }
  if (encoding !== null || errors !== null) {
    return typeError(encoding !== null ? "encoding without a string argument" : "errors without a string argument");
  }
  if (PyIndex_Check(arg)) {
    const count = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
    if (count === -1 && PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
      PyErr_Clear();
    } else {
      if (count < 0) {
        PyErr_SetString(PyExc_ValueError, "negative count");
        return -1;
      }
      if (count > 0 && PyByteArray_Resize(self, count) < 0) return -1;
      return 0;
    }
  }
  const buf = _PyObject_GetBufferData(arg);
  if (buf !== null) {
    const copy = buf.slice();
    if (PyByteArray_Resize(self, copy.length) < 0) return -1;
    self.ob_bytes.set(copy, self.ob_start);
    return 0;
  }
  if (PyList_CheckExact(arg) || PyTuple_CheckExact(arg)) {
    const items = (arg as PyListObject | PyTupleObject).ob_item;
    let fast = true;
    for (const x of items) if (!PyLong_CheckExact(x)) fast = false;
    if (fast) {
      if (PyByteArray_Resize(self, items.length) < 0) return -1;
      for (let i = 0; i < items.length; i++) {
        const v = _getbytevalue(items[i]);
        if (v < 0) return -1;
        self.ob_bytes[self.ob_start + i] = v;
      }
      return 0;
    }
  }
  const it = PyObject_GetIter(arg);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_SetString(PyExc_TypeError, `cannot convert '${arg.ob_type.tp_name}' object to bytearray`);
    }
    return -1;
  }
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    const v = _getbytevalue(item);
    Py_DECREF(item);
    if (v < 0 || !append_byte(self, v)) {
      Py_DECREF(it);
      return -1;
    }
  }
  Py_DECREF(it);
  return PyErr_Occurred() ? -1 : 0;
}

// =============================================================================================
// Slots
// =============================================================================================

function bytearray_dealloc(self: PyObject): void {
  const b = self as PyByteArrayObject;
  b.ob_bytes = EMPTY;
}

/** @cpython bytearray_repr: Name(b'...'); a single quote is always escaped. */
function bytearray_repr(self: PyObject): PyObject | null {
  const b = PyByteArray_AS_ARRAY(self as PyByteArrayObject);
  let quote = 0x27;
  for (const c of b) {
    if (c === 0x22) {
      quote = 0x27;
      break;
    } else if (c === 0x27) quote = 0x22;
  }
  const q = String.fromCharCode(quote);
  let out = _PyType_Name(self.ob_type) + "(b" + q;
  for (const c of b) {
    if (c === 0x27 || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return PyUnicode_FromString(out + q + ")");
}

/** @cpython bytearray_richcompare: against any bytes-like object. */
function bytearray_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  const a = _PyObject_GetBufferData(self), b = _PyObject_GetBufferData(other);
  if (a === null || b === null) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (a.length !== b.length && (op === 2 || op === 3)) return compare_result(1, op);
  return compare_result(bytes_compare(a, b), op);
}

function bytearray_length(self: PyObject): number {
  return (self as PyByteArrayObject).ob_size;
}

/** @cpython PyByteArray_Concat: bytearray + bytes-like gives a bytearray. */
export function PyByteArray_Concat(a: PyObject, b: PyObject): PyObject | null {
  const va = _PyObject_GetBufferData(a), vb = _PyObject_GetBufferData(b);
  if (va === null || vb === null) {
    return PyErr_SetString(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  if (va.length + vb.length > 0x7fffffff) return PyErr_NoMemory();
  const out = new Uint8Array(va.length + vb.length);
  out.set(va, 0);
  out.set(vb, va.length);
  return PyByteArray_FromArray(out);
}

/** @cpython bytearray_iconcat: b += bytes-like */
function bytearray_iconcat(selfobj: PyObject, other: PyObject): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  const vo = _PyObject_GetBufferData(other);
  if (vo === null) return PyErr_SetString(PyExc_TypeError, `can't concat ${other.ob_type.tp_name} to ${self.ob_type.tp_name}`);
  const data = vo.slice();
  const size = self.ob_size;
  if (PyByteArray_Resize(self, size + data.length) < 0) return null;
  self.ob_bytes.set(data, self.ob_start + size);
  Py_INCREF(self);
  return self;
}

/** @cpython bytearray_repeat */
function bytearray_repeat(selfobj: PyObject, count: number): PyObject | null {
  const b = PyByteArray_AS_ARRAY(selfobj as PyByteArrayObject);
  if (count < 0) count = 0;
  const size = b.length * count;
  if (size > 0x7fffffff) return PyErr_NoMemory();
  const out = new Uint8Array(size);
  for (let k = 0; k < count; k++) out.set(b, k * b.length);
  return PyByteArray_FromArray(out);
}

/** @cpython bytearray_irepeat */
function bytearray_irepeat(selfobj: PyObject, count: number): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  if (count < 0) count = 0;
  else if (count === 1) {
    Py_INCREF(self);
    return self;
  }
  const data = PyByteArray_AS_ARRAY(self).slice();
  const size = data.length * count;
  if (size > 0x7fffffff) return PyErr_NoMemory();
  if (PyByteArray_Resize(self, size) < 0) return null;
  for (let k = 0; k < count; k++) self.ob_bytes.set(data, self.ob_start + k * data.length);
  Py_INCREF(self);
  return self;
}

/** @cpython bytearray_getitem */
function bytearray_getitem(selfobj: PyObject, i: number): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  if (i < 0 || i >= self.ob_size) return PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
  return PyLong_FromNumber(self.ob_bytes[self.ob_start + i]);
}

/** @cpython bytearray_subscript */
function bytearray_subscript(selfobj: PyObject, index: PyObject): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  if (PyIndex_Check(index)) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return null;
    if (i < 0) i += self.ob_size;
    return bytearray_getitem(self, i);
  }
  if (PySlice_Check(index)) {
    const r = PySlice_Unpack(index as PySliceObject);
    if (r === null) return null;
    const slicelength = PySlice_AdjustIndices(self.ob_size, r);
    const [start, , step] = r;
    const b = PyByteArray_AS_ARRAY(self);
    if (slicelength <= 0) return PyByteArray_FromArray(EMPTY);
    if (step === 1) return PyByteArray_FromArray(b.subarray(start, start + slicelength));
    const out = new Uint8Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) out[i] = b[cur];
    return PyByteArray_FromArray(out);
  }
  return PyErr_SetString(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
}

/** @cpython bytearray_setslice_linear: replace [lo, hi) with `bytes` (null deletes). */
function bytearray_setslice_linear(self: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array | null): number {
  const avail = hi - lo;
  const needed = bytes === null ? 0 : bytes.length;
  const growth = needed - avail;
  if (growth < 0) {
    if (!_canresize(self)) return -1;
    if (lo === 0) {
      // Shrink by advancing the logical start; the resize below may then trim the block.
      self.ob_start -= growth;
    } else {
      const buf = self.ob_bytes, s = self.ob_start;
      buf.copyWithin(s + lo + needed, s + hi, s + self.ob_size);
    }
    if (PyByteArray_Resize(self, self.ob_size + growth) < 0) return -1;
  } else if (growth > 0) {
    if (PyByteArray_Resize(self, self.ob_size + growth) < 0) return -1;
    const buf = self.ob_bytes, s = self.ob_start;
    buf.copyWithin(s + lo + needed, s + hi, s + self.ob_size - growth);
  }
  if (needed > 0) self.ob_bytes.set(bytes!, self.ob_start + lo);
  return 0;
}

/** @cpython bytearray_setslice */
function bytearray_setslice(self: PyByteArrayObject, lo: number, hi: number, values: PyObject | null): number {
  let bytes: Uint8Array | null = null;
  if (values !== null) {
    const b = _PyObject_GetBufferData(values);
    if (b === null) {
      PyErr_SetString(PyExc_TypeError, `can't set bytearray slice from ${values.ob_type.tp_name}`);
      return -1;
    }
    bytes = b.slice();
  }
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > self.ob_size) hi = self.ob_size;
  return bytearray_setslice_linear(self, lo, hi, bytes);
}

/** @cpython bytearray_setitem (sq_ass_item) */
function bytearray_setitem(selfobj: PyObject, i: number, value: PyObject | null): number {
  const self = selfobj as PyByteArrayObject;
  let ival = -1;
  if (value !== null) {
    ival = _getbytevalue(value);
    if (ival < 0) return -1;
  }
  if (i < 0) i += self.ob_size;
  if (i < 0 || i >= self.ob_size) {
    PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
    return -1;
  }
  if (value === null) return bytearray_setslice(self, i, i + 1, null);
  self.ob_bytes[self.ob_start + i] = ival;
  return 0;
}

/** @cpython bytearray_ass_subscript: b[i] = int, b[slice] = bytes-like or iterable, del b[...] */
function bytearray_ass_subscript(selfobj: PyObject, index: PyObject, values: PyObject | null): number {
  const self = selfobj as PyByteArrayObject;
  let start: number, stop: number, step: number, slicelen: number;
  if (PyIndex_Check(index)) {
    let i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return -1;
    let ival = -1;
    if (values !== null) {
      ival = _getbytevalue(values);
      if (ival < 0) return -1;
    }
    if (i < 0) i += self.ob_size;
    if (i < 0 || i >= self.ob_size) {
      PyErr_SetString(PyExc_IndexError, "bytearray index out of range");
      return -1;
    }
    if (values !== null) {
      self.ob_bytes[self.ob_start + i] = ival;
      return 0;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (PySlice_Check(index)) {
    const r = PySlice_Unpack(index as PySliceObject);
    if (r === null) return -1;
    slicelen = PySlice_AdjustIndices(self.ob_size, r);
    [start, stop, step] = r;
  } else {
    PyErr_SetString(PyExc_TypeError, `bytearray indices must be integers or slices, not ${index.ob_type.tp_name}`);
    return -1;
  }
  let bytes: Uint8Array | null;
  if (values === null) bytes = null;
  else if (values === self || !PyByteArray_Check(values)) {
    if (PyNumber_Check(values) || PyUnicode_Check(values)) {
      PyErr_SetString(PyExc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    }
    const copy = PyByteArray_FromObject(values);
    if (copy === null) return -1;
    const err = bytearray_ass_subscript(self, index, copy);
    Py_DECREF(copy);
    return err;
  } else bytes = PyByteArray_AS_ARRAY(values).slice();
  const needed = bytes === null ? 0 : bytes.length;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) return bytearray_setslice_linear(self, start, stop, bytes);
  if (needed === 0) {
    if (!_canresize(self)) return -1;
    if (slicelen === 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    // Keep every byte whose index is not start, start+step, ...
    const b = PyByteArray_AS_ARRAY(self);
    const kept: number[] = [];
    for (let k = 0, next = start, removed = 0; k < b.length; k++) {
      if (removed < slicelen && k === next) {
        removed++;
        next += step;
        continue;
      }
      kept.push(b[k]);
    }
    self.ob_bytes.set(kept, self.ob_start);
    return PyByteArray_Resize(self, self.ob_size - slicelen);
  }
  if (needed !== slicelen) {
    PyErr_SetString(PyExc_ValueError, `attempt to assign bytes of size ${needed} to extended slice of size ${slicelen}`);
    return -1;
  }
  for (let cur = start, i = 0; i < slicelen; cur += step, i++) self.ob_bytes[self.ob_start + cur] = bytes![i];
  return 0;
}

function bytearray_contains(self: PyObject, arg: PyObject): number {
  return _Py_bytes_contains(self, arg);
}

/** @cpython bytearray_mod */
function bytearray_mod(v: PyObject, w: PyObject): PyObject | null {
  if (!PyByteArray_Check(v)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const r = _PyBytes_FormatEx(PyByteArray_AS_ARRAY(v), w);
  return r === null ? null : PyByteArray_FromArray(r);
}

// =============================================================================================
// Methods of bytearray alone
// =============================================================================================

/** @cpython bytearray_alloc */
function bytearray_alloc(self: PyObject): PyObject {
  return PyLong_FromNumber((self as PyByteArrayObject).ob_alloc);
}

/** @cpython _common_reduce */
function _common_reduce(self: PyByteArrayObject, proto: number): PyObject | null {
  // The state is object.__getstate__'s: the __dict__ and the __slots__ values (3.11).
  const state = _PyObject_GetState(self);
  if (state === null) return null;
  const type = self.ob_type;
  Py_INCREF(type);
  if (self.ob_size === 0) return _PyTuple_FromArraySteal([type, PyTuple_FromArray([]), state]);
  const b = PyByteArray_AS_ARRAY(self);
  if (proto < 3) {
    const args = _PyTuple_FromArraySteal([PyUnicode_FromString(unicode_decode_latin1(b)), PyUnicode_FromString("latin-1")]);
    return _PyTuple_FromArraySteal([type, args, state]);
  }
  return _PyTuple_FromArraySteal([type, _PyTuple_FromArraySteal([PyBytes_FromArray(b.slice())]), state]);
}

function bytearray_reduce(self: PyObject): PyObject | null {
  return _common_reduce(self as PyByteArrayObject, 2);
}

function bytearray_reduce_ex(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("__reduce_ex__", args.length, 0, 1)) return null;
  let proto = 0;
  if (args.length > 0) {
    const p = _PyLong_AsInt(args[0]);
    if (p === null) return null;
    proto = p;
  }
  return _common_reduce(self as PyByteArrayObject, proto);
}

/** @cpython bytearray_sizeof_impl: the type's basic size plus the allocated block. */
function bytearray_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(self.ob_type.tp_basicsize + (self as PyByteArrayObject).ob_alloc);
}

/** @cpython bytearray_append_impl */
function bytearray_append(selfobj: PyObject, item: PyObject): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  const v = _getbytevalue(item);
  if (v < 0) return null;
  const n = self.ob_size;
  if (PyByteArray_Resize(self, n + 1) < 0) return null;
  self.ob_bytes[self.ob_start + n] = v;
  return Py_NewNone();
}

/** @cpython bytearray_clear_impl */
function bytearray_clear(self: PyObject): PyObject | null {
  if (PyByteArray_Resize(self as PyByteArrayObject, 0) < 0) return null;
  return Py_NewNone();
}

/** @cpython bytearray_copy_impl */
function bytearray_copy(self: PyObject): PyObject {
  return PyByteArray_FromArray(PyByteArray_AS_ARRAY(self as PyByteArrayObject));
}

/** @cpython bytearray_extend */
function bytearray_extend(selfobj: PyObject, iterable_of_ints: PyObject): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  if (PyObject_CheckBuffer(iterable_of_ints)) {
    if (bytearray_setslice(self, self.ob_size, self.ob_size, iterable_of_ints) === -1) return null;
    return Py_NewNone();
  }
  const it = PyObject_GetIter(iterable_of_ints);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_SetString(PyExc_TypeError, `can't extend bytearray with ${iterable_of_ints.ob_type.tp_name}`);
    }
    return null;
  }
  const values: number[] = [];
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    const v = _getbytevalue(item);
    Py_DECREF(item);
    if (v < 0) {
      Py_DECREF(it);
      return null;
    }
    values.push(v);
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) return null;
  if (bytearray_setslice_linear(self, self.ob_size, self.ob_size, Uint8Array.from(values)) < 0) return null;
  return Py_NewNone();
}

/** @cpython bytearray_insert_impl */
function bytearray_insert(selfobj: PyObject, args: PyObject[]): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  if (!_PyArg_CheckPositional("insert", args.length, 2, 2)) return null;
  let index = _Py_ssize_t_converter(args[0]);
  if (index === null) return null;
  const item = _getbytevalue(args[1]);
  if (item < 0) return null;
  const n = self.ob_size;
  if (PyByteArray_Resize(self, n + 1) < 0) return null;
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  const s = self.ob_start;
  self.ob_bytes.copyWithin(s + index + 1, s + index, s + n);
  self.ob_bytes[s + index] = item;
  return Py_NewNone();
}

/** @cpython bytearray_pop_impl */
function bytearray_pop(selfobj: PyObject, args: PyObject[]): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  if (!_PyArg_CheckPositional("pop", args.length, 0, 1)) return null;
  let index = -1;
  if (args.length > 0) {
    const i = _Py_ssize_t_converter(args[0]);
    if (i === null) return null;
    index = i;
  }
  const n = self.ob_size;
  if (n === 0) return PyErr_SetString(PyExc_IndexError, "pop from empty bytearray");
  if (index < 0) index += n;
  if (index < 0 || index >= n) return PyErr_SetString(PyExc_IndexError, "pop index out of range");
  if (!_canresize(self)) return null;
  const s = self.ob_start;
  const value = self.ob_bytes[s + index];
  self.ob_bytes.copyWithin(s + index, s + index + 1, s + n);
  if (PyByteArray_Resize(self, n - 1) < 0) return null;
  return PyLong_FromNumber(value);
}

/** @cpython bytearray_remove_impl */
function bytearray_remove(selfobj: PyObject, arg: PyObject): PyObject | null {
  const self = selfobj as PyByteArrayObject;
  const value = _getbytevalue(arg);
  if (value < 0) return null;
  const b = PyByteArray_AS_ARRAY(self);
  const where = b.indexOf(value);
  if (where < 0) return PyErr_SetString(PyExc_ValueError, "value not found in bytearray");
  if (!_canresize(self)) return null;
  const s = self.ob_start, n = self.ob_size;
  self.ob_bytes.copyWithin(s + where, s + where + 1, s + n);
  if (PyByteArray_Resize(self, n - 1) < 0) return null;
  return Py_NewNone();
}

/** @cpython bytearray_reverse_impl */
function bytearray_reverse(self: PyObject): PyObject {
  PyByteArray_AS_ARRAY(self as PyByteArrayObject).reverse();
  return Py_NewNone();
}

/**
 * @cpython bytearray_join: the separator counts as exported while the iterable runs, so an
 * iterator that resizes it meets BufferError.
 */
function bytearray_join(self: PyObject, iterable: PyObject): PyObject | null {
  const ba = self as PyByteArrayObject;
  ba.ob_exports++;
  const r = stringlib_bytes_join(self, iterable);
  ba.ob_exports--;
  return r;
}

/** @cpython bytearray_fromhex_impl (a classmethod) */
function bytearray_fromhex(type: PyObject, string: PyObject): PyObject | null {
  const data = _PyBytes_FromHex(string);
  if (data === null) return null;
  const result = PyByteArray_FromArray(data);
  if (type !== PyByteArray_Type) {
    const r = PyObject_CallOneArg(type, result);
    Py_DECREF(result);
    return r;
  }
  return result;
}

// =============================================================================================
// The bytearray iterator
// =============================================================================================

/** @cpython bytesiterobject */
export class bytesiterobject extends PyObject {
  it_index: number;
  it_seq: PyByteArrayObject | null;
  constructor(type: PyTypeObject, seq: PyByteArrayObject) {
    super(type);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

function bytearray_iter(seq: PyObject): PyObject {
  Py_INCREF(seq);
  return new bytesiterobject(PyByteArrayIter_Type, seq as PyByteArrayObject);
}

function bytearrayiter_dealloc(self: PyObject): void {
  const it = self as bytesiterobject;
  if (it.it_seq !== null) {
    const s = it.it_seq;
    it.it_seq = null;
    Py_DECREF(s);
  }
}

/** @cpython bytearrayiter_next */
function bytearrayiter_next(self: PyObject): PyObject | null {
  const it = self as bytesiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_size) return PyLong_FromNumber(seq.ob_bytes[seq.ob_start + it.it_index++]);
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function bytearrayiter_length_hint(self: PyObject): PyObject {
  const it = self as bytesiterobject;
  let len = 0;
  if (it.it_seq !== null) {
    len = it.it_seq.ob_size - it.it_index;
    if (len < 0) len = 0;
  }
  return PyLong_FromNumber(len);
}

function bytearrayiter_reduce(self: PyObject): PyObject | null {
  const it = self as bytesiterobject;
  const iter = _PyEval_GetBuiltin("iter");
  if (iter === null) return null;
  if (it.it_seq !== null) {
    return _PyTuple_FromArraySteal([iter, PyTuple_FromArray([it.it_seq]), PyLong_FromNumber(it.it_index)]);
  }
  return _PyTuple_FromArraySteal([iter, _PyTuple_FromArraySteal([PyByteArray_FromArray(EMPTY)])]);
}

function bytearrayiter_setstate(self: PyObject, state: PyObject): PyObject | null {
  const it = self as bytesiterobject;
  let index = PyNumber_AsSsize_t(state, null);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    else if (index > it.it_seq.ob_size) index = it.it_seq.ob_size;
    it.it_index = index;
  }
  return Py_NewNone();
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** @cpython PyByteArrayIter_Type */
export const PyByteArrayIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "bytearray_iterator", tp_basicsize: 32, tp_dealloc: bytearrayiter_dealloc, tp_iter: self_iter,
  tp_iternext: bytearrayiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: bytearrayiter_length_hint, ml_flags: METH_NOARGS },
    { ml_name: "__reduce__", ml_meth: bytearrayiter_reduce, ml_flags: METH_NOARGS },
    { ml_name: "__setstate__", ml_meth: bytearrayiter_setstate, ml_flags: METH_O },
  ],
});

// =============================================================================================
// The type object
// =============================================================================================

const bytearray_methods: PyMethodDef[] = [
  { ml_name: "__alloc__", ml_meth: bytearray_alloc, ml_flags: METH_NOARGS,
    ml_doc: "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated." },
  { ml_name: "__reduce__", ml_meth: bytearray_reduce, ml_flags: METH_NOARGS },
  { ml_name: "__reduce_ex__", ml_meth: bytearray_reduce_ex, ml_flags: METH_FASTCALL },
  { ml_name: "__sizeof__", ml_meth: bytearray_sizeof, ml_flags: METH_NOARGS },
  { ml_name: "append", ml_meth: bytearray_append, ml_flags: METH_O },
  { ml_name: "capitalize", ml_meth: _Py_bytes_capitalize, ml_flags: METH_NOARGS },
  { ml_name: "center", ml_meth: stringlib_center, ml_flags: METH_FASTCALL },
  { ml_name: "clear", ml_meth: bytearray_clear, ml_flags: METH_NOARGS },
  { ml_name: "copy", ml_meth: bytearray_copy, ml_flags: METH_NOARGS },
  { ml_name: "count", ml_meth: _Py_bytes_count, ml_flags: METH_FASTCALL },
  { ml_name: "decode", ml_meth: bytes_decode, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "endswith", ml_meth: _Py_bytes_endswith, ml_flags: METH_FASTCALL },
  { ml_name: "expandtabs", ml_meth: stringlib_expandtabs, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "extend", ml_meth: bytearray_extend, ml_flags: METH_O },
  { ml_name: "find", ml_meth: _Py_bytes_find, ml_flags: METH_FASTCALL },
  { ml_name: "fromhex", ml_meth: bytearray_fromhex, ml_flags: METH_O | METH_CLASS },
  { ml_name: "hex", ml_meth: bytes_hex, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "index", ml_meth: _Py_bytes_index, ml_flags: METH_FASTCALL },
  { ml_name: "insert", ml_meth: bytearray_insert, ml_flags: METH_FASTCALL },
  { ml_name: "isalnum", ml_meth: _Py_bytes_isalnum, ml_flags: METH_NOARGS },
  { ml_name: "isalpha", ml_meth: _Py_bytes_isalpha, ml_flags: METH_NOARGS },
  { ml_name: "isascii", ml_meth: _Py_bytes_isascii, ml_flags: METH_NOARGS },
  { ml_name: "isdigit", ml_meth: _Py_bytes_isdigit, ml_flags: METH_NOARGS },
  { ml_name: "islower", ml_meth: _Py_bytes_islower, ml_flags: METH_NOARGS },
  { ml_name: "isspace", ml_meth: _Py_bytes_isspace, ml_flags: METH_NOARGS },
  { ml_name: "istitle", ml_meth: _Py_bytes_istitle, ml_flags: METH_NOARGS },
  { ml_name: "isupper", ml_meth: _Py_bytes_isupper, ml_flags: METH_NOARGS },
  { ml_name: "join", ml_meth: bytearray_join, ml_flags: METH_O },
  { ml_name: "ljust", ml_meth: stringlib_ljust, ml_flags: METH_FASTCALL },
  { ml_name: "lower", ml_meth: _Py_bytes_lower, ml_flags: METH_NOARGS },
  { ml_name: "lstrip", ml_meth: bytes_lstrip, ml_flags: METH_FASTCALL },
  { ml_name: "maketrans", ml_meth: _Py_bytes_maketrans, ml_flags: METH_FASTCALL | METH_STATIC },
  { ml_name: "partition", ml_meth: bytes_partition, ml_flags: METH_O },
  { ml_name: "pop", ml_meth: bytearray_pop, ml_flags: METH_FASTCALL },
  { ml_name: "remove", ml_meth: bytearray_remove, ml_flags: METH_O },
  { ml_name: "replace", ml_meth: bytes_replace, ml_flags: METH_FASTCALL },
  { ml_name: "removeprefix", ml_meth: bytes_removeprefix, ml_flags: METH_O },
  { ml_name: "removesuffix", ml_meth: bytes_removesuffix, ml_flags: METH_O },
  { ml_name: "reverse", ml_meth: bytearray_reverse, ml_flags: METH_NOARGS },
  { ml_name: "rfind", ml_meth: _Py_bytes_rfind, ml_flags: METH_FASTCALL },
  { ml_name: "rindex", ml_meth: _Py_bytes_rindex, ml_flags: METH_FASTCALL },
  { ml_name: "rjust", ml_meth: stringlib_rjust, ml_flags: METH_FASTCALL },
  { ml_name: "rpartition", ml_meth: bytes_rpartition, ml_flags: METH_O },
  { ml_name: "rsplit", ml_meth: bytes_rsplit, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "rstrip", ml_meth: bytes_rstrip, ml_flags: METH_FASTCALL },
  { ml_name: "split", ml_meth: bytes_split, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "splitlines", ml_meth: bytes_splitlines, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "startswith", ml_meth: _Py_bytes_startswith, ml_flags: METH_FASTCALL },
  { ml_name: "strip", ml_meth: bytes_strip, ml_flags: METH_FASTCALL },
  { ml_name: "swapcase", ml_meth: _Py_bytes_swapcase, ml_flags: METH_NOARGS },
  { ml_name: "title", ml_meth: _Py_bytes_title, ml_flags: METH_NOARGS },
  { ml_name: "translate", ml_meth: bytes_translate, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "upper", ml_meth: _Py_bytes_upper, ml_flags: METH_NOARGS },
  { ml_name: "zfill", ml_meth: stringlib_zfill, ml_flags: METH_O },
];

/** @cpython PyByteArray_Type */
export const PyByteArray_Type: PyTypeObject = new PyTypeObject({
  tp_name: "bytearray", tp_basicsize: 56, tp_itemsize: 0,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_SEQUENCE,
  tp_dealloc: bytearray_dealloc, tp_repr: bytearray_repr, tp_str: bytearray_repr, tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: bytearray_richcompare, tp_iter: bytearray_iter, tp_new: bytearray_new, tp_init: bytearray_init,
  nb_remainder: bytearray_mod,
  sq_length: bytearray_length, sq_concat: PyByteArray_Concat, sq_repeat: bytearray_repeat, sq_item: bytearray_getitem,
  sq_ass_item: bytearray_setitem, sq_contains: bytearray_contains, sq_inplace_concat: bytearray_iconcat,
  sq_inplace_repeat: bytearray_irepeat,
  mp_length: bytearray_length, mp_subscript: bytearray_subscript, mp_ass_subscript: bytearray_ass_subscript,
  tp_methods: bytearray_methods,
  tp_doc: "bytearray(iterable_of_ints) -> bytearray\n" +
    "bytearray(string, encoding[, errors]) -> bytearray\n" +
    "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n" +
    "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n" +
    "bytearray() -> empty bytes array\n\n" +
    "Construct a mutable bytearray object from:\n" +
    "  - an iterable yielding integers in range(256)\n" +
    "  - a text string encoded using the specified encoding\n" +
    "  - a bytes or a buffer object\n" +
    "  - any object implementing the buffer API.\n" +
    "  - an integer",
});

/** @cpython _PyByteArray_InitTypes (PyType_Ready of bytearray and its iterator) */
export function _PyByteArray_InitTypes(): void {
  PyType_Ready(PyByteArray_Type);
  PyType_Ready(PyByteArrayIter_Type);
}

