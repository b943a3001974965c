/**
 * @mirrors Objects/memoryobject.c
 * memoryview: a view on the memory of another object without copying it. The memory is a
 * Uint8Array over the exporter's own storage (bytes are read-only; a bytearray or an array
 * is writable and cannot be resized while a view is open), seen as an N-dimensional array
 * of items of a native struct format ('B' by default; the exporter's own for array.array;
 * cast() picks another). Like CPython's Py_buffer, a view is a start offset plus a shape and
 * strides in bytes, so a slice with a step is a view on the same memory, writable when its
 * base is, and the contiguity flags describe it.
 *
 * DIVERGENCE: suboffsets are always () (no exporter here uses PIL-style indirect arrays),
 * and only the native single-character formats are unpacked (others raise
 * NotImplementedError, as CPython does for formats its fast path and struct lack).
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_hash, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_NotImplementedError, PyExc_BufferError, PyExc_OverflowError } from "./exceptions.ts";
import { PyBytesObject, PyBytes_FromArray, _PyBuffer_RegisterType, _PyObject_GetBufferData } from "./bytesobject.ts";
import { PyByteArrayObject } from "./bytearrayobject.ts";
import { PyLong_FromNumber, PyLong_FromBigInt, PyLong_AsSsize_t, PyLongObject, PyLong_Check, PyIndex_Check, PyNumber_AsSsize_t, PyNumber_Index } from "./longobject.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble } from "./floatobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyObject_GenericGetAttr, PyObject_IsTrue, PyObject_RichCompareBool, _PyObject_AddressString, Py_NotImplemented, Py_EQ, Py_NE, Py_NewNone, Py_None } from "./object.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, Py_Ellipsis, type PySliceObject } from "./sliceobject.ts";
import { _PyTuple_FromArraySteal, PyTupleObject } from "./tupleobject.ts";
import { _PyList_FromArraySteal, PyListObject } from "./listobject.ts";
import { PyObject_SelfIter } from "./iterobject.ts";
import { PyObject_GetAttr } from "./object.ts";
import { PyObject_Vectorcall } from "./call.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { PyType_Ready } from "./typeobject.ts";
import { _Py_HashBytesHiLo, hashResult } from "../Python/pyhash.ts";

/** Native item sizes of the struct format characters a memoryview understands. */
const ITEMSIZE: Record<string, number> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8,
};

export class PyMemoryViewObject extends PyObject {
  /** The exporting object (memoryview.obj). */
  mv_obj: PyObject | null;
  /** The exporter's memory; the view starts at byte `offset` of it (CPython's view.buf). */
  mem: Uint8Array;
  offset = 0;
  /** view.len: product(shape) * itemsize. */
  len: number;
  readonly: boolean;
  format: string;
  itemsize: number;
  shape: number[];
  /** Byte steps between items along each dimension (may be negative). */
  strides: number[];
  released = false;
  /** Buffers taken from this view by native code (release() refuses while any is open). */
  exports = 0;
  /** The export shared by this view and every view sliced or cast from it. */
  mbuf: _PyManagedBuffer | null = null;
  hash: number | null = null;
  hash_hi = 0;
  constructor(obj: PyObject | null, buf: Uint8Array, readonly: boolean) {
    super(PyMemoryView_Type);
    this.mv_obj = obj;
    this.mem = buf;
    this.len = buf.length;
    this.readonly = readonly;
    this.format = "B";
    this.itemsize = 1;
    this.shape = [buf.length];
    this.strides = [1];
  }
  /** The viewed bytes in C order: the memory itself when C-contiguous, else a copy. */
  get buf(): Uint8Array {
    return to_contiguous(this, "C");
  }
}

/**
 * @cpython _PyManagedBufferObject: one export taken from an exporter, shared by the first view
 * and every view derived from it; the exporter gets it back when the last of them is released
 * (so releasing the first view does not cut a slice made from it). A plain record, not a
 * Python object here.
 */
class _PyManagedBuffer {
  obj: PyObject | null;
  views = 1;
  constructor(obj: PyObject | null) {
    this.obj = obj;
  }
}

export const PyMemoryView_Check = (o: PyObject): o is PyMemoryViewObject => o instanceof PyMemoryViewObject;

/** @cpython PyMemoryView_FromObject: a view on obj's buffer. @returns new */
export function PyMemoryView_FromObject(obj: PyObject): PyMemoryViewObject | null {
  if (buffer_forwarders.size > 0) {
    const fwd = buffer_forwarders.get(obj.ob_type);
    if (fwd !== undefined) {
      // An exporter whose getbuffer hands out another object's buffer (PickleBuffer).
      const target = fwd(obj);
      return target === null ? null : PyMemoryView_FromObject(target);
    }
  }
  if (obj instanceof PyMemoryViewObject) {
    if (obj.released) return PyErr_SetString(PyExc_ValueError, "operation forbidden on released memoryview object");
    return sub_view(obj, obj.offset, obj.format, obj.itemsize, obj.shape.slice(), obj.strides.slice(), obj.readonly);
  }
  let buf: Uint8Array | null;
  let readonly = true;
  let format = "B";
  let itemsize = 1;
  if (obj instanceof PyByteArrayObject) {
    buf = obj.ob_bytes.subarray(obj.ob_start, obj.ob_start + obj.ob_size);
    readonly = false;
    obj.ob_exports++;
  } else if (obj instanceof PyBytesObject) {
    buf = obj.ob_sval;
  } else {
    const procs = exporter_procs(obj.ob_type);
    if (procs !== undefined) {
      // An exporter that counts its open views: it may refuse (with an error set).
      buf = procs.bf_getbuffer(obj);
      if (buf === null) return null;
      readonly = !procs.writable;
      if (procs.bf_format !== undefined) [format, itemsize] = procs.bf_format(obj);
    } else {
      buf = _PyObject_GetBufferData(obj);
      readonly = buf !== null && writable_exporters.has(obj.ob_type) ? false : true;
      if (buf === null && PyErr_Occurred()) return null;
    }
  }
  if (buf === null) return PyErr_SetString(PyExc_TypeError, `memoryview: a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
  Py_INCREF(obj);
  Py_INCREF(PyMemoryView_Type);
  const mv = new PyMemoryViewObject(obj, buf, readonly);
  if (itemsize !== 1 || format !== "B") {
    mv.format = format;
    mv.itemsize = itemsize;
    mv.shape = [Math.floor(buf.length / itemsize)];
    mv.strides = [itemsize];
  }
  mv.mbuf = new _PyManagedBuffer(obj);
  return mv;
}

/** @cpython PyMemoryView_FromMemory: a view on memory typhon itself holds (no exporter). @returns new */
export function PyMemoryView_FromArray(buf: Uint8Array, readonly: boolean): PyMemoryViewObject {
  Py_INCREF(PyMemoryView_Type);
  return new PyMemoryViewObject(null, buf, readonly);
}

/** Types whose registered buffer (see _PyBuffer_RegisterType) may be written through a view. */
const writable_exporters = new Set<PyTypeObject>();
export function _PyBuffer_RegisterWritable(type: PyTypeObject): void {
  writable_exporters.add(type);
}

/**
 * @cpython PyBufferProcs: exporters whose bf_getbuffer/bf_releasebuffer pair keeps a count of
 * open views (BytesIO's buffer and array.array refuse to resize while the count is above
 * zero). getbuffer returns the bytes (null with an error set to refuse); releasebuffer runs
 * when the last view on that export is released or deallocated; bf_format, when present,
 * gives the items' struct format and size (array.array's typecode).
 */
export interface PyBufferProcs {
  bf_getbuffer: (o: PyObject) => Uint8Array | null;
  bf_releasebuffer: (o: PyObject) => void;
  writable: boolean;
  bf_format?: (o: PyObject) => [string, number];
}
const counted_exporters = new Map<PyTypeObject, PyBufferProcs>();
/** The counted-export procs of `type` or of the nearest base that has them. */
function exporter_procs(type: PyTypeObject): PyBufferProcs | undefined {
  if (counted_exporters.size === 0) return undefined;
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    const p = counted_exporters.get(t);
    if (p !== undefined) return p;
  }
  return undefined;
}
/** Exporters whose buffer is another object's: the function returns that object (borrowed), or null with an error. */
const buffer_forwarders = new Map<PyTypeObject, (o: PyObject) => PyObject | null>();
export function _PyBuffer_RegisterForwarder(type: PyTypeObject, fwd: (o: PyObject) => PyObject | null): void {
  buffer_forwarders.set(type, fwd);
}

/** @cpython PyBuffer_Release (of a view typhon holds as a memoryview): give the export back once. */
export function _PyMemoryView_Release(mv: PyMemoryViewObject): void {
  if (!mv.released) release_view(mv);
}
export function _PyBuffer_RegisterExporter(type: PyTypeObject, procs: PyBufferProcs): void {
  counted_exporters.set(type, procs);
}

/** @cpython mbuf_add_view: a view derived from `base` (a slice or a cast), sharing its export. @returns new */
function sub_view(base: PyMemoryViewObject, offset: number, format: string, itemsize: number, shape: number[], strides: number[], readonly: boolean,
  mem = base.mem, obj = base.mv_obj, mbuf = base.mbuf): PyMemoryViewObject {
  Py_INCREF(PyMemoryView_Type);
  const mv = new PyMemoryViewObject(obj, mem, readonly);
  if (obj !== null) Py_INCREF(obj);
  mv.offset = offset;
  mv.format = format;
  mv.itemsize = itemsize;
  mv.shape = shape;
  mv.strides = strides;
  mv.len = shape.reduce((a, b) => a * b, 1) * itemsize;
  mv.mbuf = mbuf;
  if (mbuf !== null) mbuf.views++;
  return mv;
}

function set_released(): null {
  return PyErr_SetString(PyExc_ValueError, "operation forbidden on released memoryview object");
}

function check_released(mv: PyMemoryViewObject): boolean {
  if (mv.released) {
    set_released();
    return false;
  }
  return true;
}

/** C-order strides of `shape` for items of `itemsize` bytes. */
function c_strides(shape: number[], itemsize: number): number[] {
  const st = new Array<number>(shape.length);
  let s = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i];
  }
  return st;
}

/** @cpython PyBuffer_IsContiguous ('C' or 'F'): dimensions of length 1 may have any stride. */
function is_contiguous(mv: PyMemoryViewObject, order: "C" | "F"): boolean {
  if (mv.len === 0) return true;
  let sd = mv.itemsize;
  const n = mv.shape.length;
  for (let k = 0; k < n; k++) {
    const i = order === "C" ? n - 1 - k : k;
    const dim = mv.shape[i];
    if (dim > 1 && mv.strides[i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** The byte offset (in mv.mem) of each item, in C order (or Fortran order with order 'F'). */
function item_offsets(mv: PyMemoryViewObject, order: "C" | "F"): number[] {
  const out: number[] = [];
  const n = mv.shape.length;
  if (n === 0) return [mv.offset];
  if (mv.shape.includes(0)) return out;
  const idx = new Array<number>(n).fill(0);
  for (;;) {
    let off = mv.offset;
    for (let i = 0; i < n; i++) off += idx[i] * mv.strides[i];
    out.push(off);
    // advance the multi-index: the last dimension fastest for C order, the first for F
    let k = 0;
    for (; k < n; k++) {
      const d = order === "C" ? n - 1 - k : k;
      if (++idx[d] < mv.shape[d]) break;
      idx[d] = 0;
    }
    if (k === n) return out;
  }
}

/** @cpython PyBuffer_ToContiguous: the items' bytes in the given order (a subarray when already laid out so). */
function to_contiguous(mv: PyMemoryViewObject, order: "C" | "F"): Uint8Array {
  if (mv.released) return new Uint8Array(0);
  if (is_contiguous(mv, order)) return mv.mem.subarray(mv.offset, mv.offset + mv.len);
  const out = new Uint8Array(mv.len);
  const size = mv.itemsize;
  let p = 0;
  for (const off of item_offsets(mv, order)) {
    out.set(mv.mem.subarray(off, off + size), p);
    p += size;
  }
  return out;
}

const fmtChar = (format: string): string => (format.length === 2 && format[0] === "@" ? format[1] : format);

/** @cpython unpack_single: the item at byte offset `off` of the memory as a Python object. @returns new */
function unpack_item(mv: PyMemoryViewObject, off: number): PyObject | null {
  const mem = mv.mem;
  const f = fmtChar(mv.format);
  if (f === "B") return PyLong_FromNumber(mem[off]);
  const dv = new DataView(mem.buffer, mem.byteOffset + off, mv.itemsize);
  switch (f) {
    case "b": return PyLong_FromNumber(dv.getInt8(0));
    case "c": return PyBytes_FromArray(mem.slice(off, off + 1));
    case "?": return PyBool_FromLong(mem[off] !== 0 ? 1 : 0);
    case "h": return PyLong_FromNumber(dv.getInt16(0, true));
    case "H": return PyLong_FromNumber(dv.getUint16(0, true));
    case "i": return PyLong_FromNumber(dv.getInt32(0, true));
    case "I": return PyLong_FromNumber(dv.getUint32(0, true));
    case "l": case "q": case "n": return PyLong_FromBigInt(dv.getBigInt64(0, true));
    case "L": case "Q": case "N": case "P": return PyLong_FromBigInt(dv.getBigUint64(0, true));
    case "f": return PyFloat_FromDouble(dv.getFloat32(0, true));
    case "d": return PyFloat_FromDouble(dv.getFloat64(0, true));
  }
  return PyErr_SetString(PyExc_NotImplementedError, `memoryview: format ${mv.format} not supported`);
}

/** @cpython fix_error_int: a failed conversion becomes the format's TypeError or ValueError. */
function fix_error(mv: PyMemoryViewObject): number {
  if (PyErr_ExceptionMatches(PyExc_TypeError)) {
    PyErr_Clear();
    PyErr_SetString(PyExc_TypeError, `memoryview: invalid type for format '${mv.format}'`);
  } else if (PyErr_ExceptionMatches(PyExc_OverflowError) || PyErr_ExceptionMatches(PyExc_ValueError)) {
    PyErr_Clear();
    PyErr_SetString(PyExc_ValueError, `memoryview: invalid value for format '${mv.format}'`);
  }
  return -1;
}

/**
 * @cpython pack_single: store `v` as the item at byte offset `off` of the memory. The value is
 * converted first (through __index__, __float__ or __bool__), and a view released by that
 * conversion is refused before anything is written.
 */
function pack_item(mv: PyMemoryViewObject, off: number, v: PyObject): number {
  const f = fmtChar(mv.format);
  if (f === "c") {
    if (!(v instanceof PyBytesObject)) {
      PyErr_SetString(PyExc_TypeError, `memoryview: invalid type for format '${mv.format}'`);
      return -1;
    }
    if (v.ob_sval.length !== 1) {
      PyErr_SetString(PyExc_ValueError, `memoryview: invalid value for format '${mv.format}'`);
      return -1;
    }
    mv.mem[off] = v.ob_sval[0];
    return 0;
  }
  if (f === "?") {
    const b = PyObject_IsTrue(v);
    if (b < 0) return -1;
    if (!check_released(mv)) return -1;
    mv.mem[off] = b;
    return 0;
  }
  if (f === "f" || f === "d") {
    const x = PyFloat_AsDouble(v);
    if (x === -1 && PyErr_Occurred()) return fix_error(mv);
    if (!check_released(mv)) return -1;
    const dv = new DataView(mv.mem.buffer, mv.mem.byteOffset + off, mv.itemsize);
    if (f === "f") dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return 0;
  }
  if (ITEMSIZE[f] === undefined || f === "e") {
    PyErr_SetString(PyExc_NotImplementedError, `memoryview: format ${mv.format} not supported`);
    return -1;
  }
  const idx = PyLong_Check(v) ? v : PyNumber_Index(v);
  if (idx === null) return fix_error(mv);
  const n = BigInt((idx as PyLongObject).ob_ival);
  if (idx !== v) Py_DECREF(idx);
  if (!check_released(mv)) return -1;
  const bits = mv.itemsize * 8;
  const signed = f === f.toLowerCase();
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (n < min || n > max) {
    PyErr_SetString(PyExc_ValueError, `memoryview: invalid value for format '${mv.format}'`);
    return -1;
  }
  const u = BigInt.asUintN(bits, n);
  const mem = mv.mem;
  for (let i = 0; i < mv.itemsize; i++) mem[off + i] = Number((u >> BigInt(8 * i)) & 0xffn);
  return 0;
}

function memory_length(self: PyObject): number {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return -1;
  return mv.shape.length === 0 ? 1 : mv.shape[0];
}

/**
 * @cpython lookup_dimension: the byte offset of item `key` along dimension `dim` from `off`;
 * the index is converted first, so a release inside __index__ is caught afterwards.
 */
function lookup_dimension(mv: PyMemoryViewObject, off: number, dim: number, key: PyObject): number | null {
  let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
  if (i === -1 && PyErr_Occurred()) return null;
  const n = mv.shape[dim];
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    PyErr_SetString(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
    return null;
  }
  return off + i * mv.strides[dim];
}

/** @cpython ptr_from_tuple: the byte offset of the item a tuple of ndim indices names. */
function ptr_from_tuple(mv: PyMemoryViewObject, tup: PyTupleObject): number | null {
  const items = tup.ob_item;
  if (items.length > mv.shape.length) {
    PyErr_SetString(PyExc_TypeError, `cannot index ${mv.shape.length}-dimension view with ${items.length}-element tuple`);
    return null;
  }
  let off: number | null = mv.offset;
  for (let dim = 0; dim < items.length; dim++) {
    off = lookup_dimension(mv, off, dim, items[dim]);
    if (off === null) return null;
  }
  return off;
}

const is_multiindex = (key: PyObject): key is PyTupleObject =>
  key instanceof PyTupleObject && key.ob_item.every((x) => PyIndex_Check(x));
const is_multislice = (key: PyObject): key is PyTupleObject =>
  key instanceof PyTupleObject && key.ob_item.every((x) => PySlice_Check(x));

/** @cpython memory_item: item i of a one-dimensional view (sq_item). */
function memory_item(self: PyObject, i: number): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (mv.shape.length === 0) return PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (mv.shape.length !== 1) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  const n = mv.shape[0];
  if (i < 0) i += n;
  if (i < 0 || i >= n) return PyErr_SetString(PyExc_IndexError, "index out of bounds on dimension 1");
  return unpack_item(mv, mv.offset + i * mv.strides[0]);
}

/** @cpython memory_subscript: an item, a sliced view, or the whole view for `...`. */
function memory_subscript(self: PyObject, key: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  const ndim = mv.shape.length;
  if (ndim === 0) {
    if (key === Py_Ellipsis) {
      Py_INCREF(mv);
      return mv;
    }
    if (key instanceof PyTupleObject && key.ob_item.length === 0) return unpack_item(mv, mv.offset);
    return PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (PyIndex_Check(key)) {
    if (ndim !== 1) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    const off = lookup_dimension(mv, mv.offset, 0, key);
    if (off === null) return null;
    if (!check_released(mv)) return null;
    return unpack_item(mv, off);
  }
  if (PySlice_Check(key)) {
    // the new view shares this one's memory as it is now, even if the slice's __index__
    // releases this view meanwhile
    const mem = mv.mem, offset = mv.offset, obj = mv.mv_obj, mbuf = mv.mbuf;
    const shape = mv.shape.slice();
    const strides = mv.strides.slice();
    if (obj !== null) Py_INCREF(obj);
    const r = PySlice_Unpack(key as PySliceObject);
    if (r === null) {
      if (obj !== null) Py_DECREF(obj);
      return null;
    }
    const n = PySlice_AdjustIndices(shape[0], r);
    const [start, , step] = r;
    const first = strides[0];
    shape[0] = n;
    strides[0] *= step;
    const view = sub_view(mv, offset + start * first, mv.format, mv.itemsize, shape, strides, mv.readonly, mem, obj, mbuf);
    if (obj !== null) Py_DECREF(obj);
    return view;
  }
  if (key === Py_Ellipsis) {
    Py_INCREF(mv);
    return mv;
  }
  if (is_multiindex(key)) {
    if (key.ob_item.length < ndim) return PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
    const off = ptr_from_tuple(mv, key);
    if (off === null) return null;
    if (!check_released(mv)) return null;
    return unpack_item(mv, off);
  }
  if (is_multislice(key)) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
  return PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
}

/**
 * The buffer of a value assigned to a slice: its bytes in C order with its format and shape
 * (a memoryview's own, an exporter's typecode, else unsigned bytes), or null with an error.
 */
function source_buffer(o: PyObject): { data: Uint8Array; format: string; itemsize: number; shape: number[] } | null {
  if (o instanceof PyMemoryViewObject) {
    if (!check_released(o)) return null;
    return { data: to_contiguous(o, "C").slice(), format: o.format, itemsize: o.itemsize, shape: o.shape };
  }
  const data = _PyObject_GetBufferData(o);
  if (data === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
    return null;
  }
  const procs = exporter_procs(o.ob_type);
  if (procs?.bf_format !== undefined) {
    const [format, itemsize] = procs.bf_format(o);
    return { data, format, itemsize, shape: [Math.floor(data.length / itemsize)] };
  }
  return { data, format: "B", itemsize: 1, shape: [data.length] };
}

/** @cpython memory_ass_sub */
function memory_ass_sub(self: PyObject, key: PyObject, value: PyObject | null): number {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return -1;
  if (mv.readonly) {
    PyErr_SetString(PyExc_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (value === null) {
    PyErr_SetString(PyExc_TypeError, "cannot delete memory");
    return -1;
  }
  const ndim = mv.shape.length;
  if (ndim === 0) {
    if (key === Py_Ellipsis || (key instanceof PyTupleObject && key.ob_item.length === 0)) return pack_item(mv, mv.offset, value);
    PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
    return -1;
  }
  if (PyIndex_Check(key)) {
    if (ndim > 1) {
      PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    const off = lookup_dimension(mv, mv.offset, 0, key);
    if (off === null) return -1;
    if (!check_released(mv)) return -1;
    return pack_item(mv, off, value);
  }
  if (ndim === 1 && PySlice_Check(key)) {
    const src = source_buffer(value);
    if (src === null) return -1;
    const r = PySlice_Unpack(key as PySliceObject);
    if (r === null) return -1;
    if (!check_released(mv)) return -1;
    const n = PySlice_AdjustIndices(mv.shape[0], r);
    const [start, , step] = r;
    if (fmtChar(src.format) !== fmtChar(mv.format) || src.itemsize !== mv.itemsize || src.shape.length !== 1 || src.shape[0] !== n) {
      PyErr_SetString(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    const size = mv.itemsize;
    const stride = mv.strides[0] * step;
    let off = mv.offset + start * mv.strides[0];
    for (let i = 0; i < n; i++, off += stride) mv.mem.set(src.data.subarray(i * size, (i + 1) * size), off);
    return 0;
  }
  if (is_multiindex(key)) {
    if (key.ob_item.length < ndim) {
      PyErr_SetString(PyExc_NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    const off = ptr_from_tuple(mv, key);
    if (off === null) return -1;
    if (!check_released(mv)) return -1;
    return pack_item(mv, off, value);
  }
  if (PySlice_Check(key) || is_multislice(key)) {
    PyErr_SetString(PyExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
  }
  PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
  return -1;
}

/** @cpython tolist_base / tolist_rec: nested lists for N dimensions. */
function tolist_rec(mv: PyMemoryViewObject, dim: number, off: number): PyObject | null {
  const items: PyObject[] = [];
  const last = dim === mv.shape.length - 1;
  const stride = mv.strides[dim];
  for (let i = 0; i < mv.shape[dim]; i++, off += stride) {
    const item = last ? unpack_item(mv, off) : tolist_rec(mv, dim + 1, off);
    if (item === null) {
      for (const x of items) Py_DECREF(x);
      return null;
    }
    items.push(item);
  }
  return _PyList_FromArraySteal(items);
}

/** @cpython memory_tolist */
function memory_tolist(self: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (ITEMSIZE[fmtChar(mv.format)] === undefined) return PyErr_SetString(PyExc_NotImplementedError, `memoryview: unsupported format ${mv.format}`);
  if (mv.shape.length === 0) return unpack_item(mv, mv.offset);
  return tolist_rec(mv, 0, mv.offset);
}

/** @cpython memoryview_tobytes_impl: order None/'C' gives C order, 'F' Fortran order, 'A' either. */
function memory_tobytes(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "tobytes", ["order"], 0, 1, 0);
  if (a === null) return null;
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  let order: "C" | "F" = "C";
  const o = a[0];
  if (o !== null && o !== undefined && o !== Py_None) {
    if (!PyUnicode_Check(o)) return PyErr_SetString(PyExc_TypeError, `tobytes() argument 'order' must be str or None, not ${o.ob_type.tp_name}`);
    const s = (o as PyUnicodeObject).str;
    if (s === "F") order = "F";
    else if (s === "A") order = is_contiguous(mv, "C") ? "C" : is_contiguous(mv, "F") ? "F" : "C";
    else if (s !== "C") return PyErr_SetString(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
  }
  return PyBytes_FromArray(to_contiguous(mv, order).slice());
}

function memory_hex(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  const b = PyBytes_FromArray(to_contiguous(mv, "C").slice());
  const r = PyObject_VectorcallMethodKw(_PyUnicode_FromId("hex"), [b, ...args], kwnames);
  Py_DECREF(b);
  return r;
}

/** @cpython memory_release: give the buffer back (refused while views made from this one are open). */
function memory_release(self: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (mv.released) return Py_NewNone();
  if (mv.exports > 0) return PyErr_SetString(PyExc_BufferError, `memoryview has ${mv.exports} exported buffer${mv.exports === 1 ? "" : "s"}`);
  release_view(mv);
  return Py_NewNone();
}

const EMPTY = new Uint8Array(0);

function release_view(mv: PyMemoryViewObject): void {
  mv.released = true;
  const obj = mv.mv_obj;
  const mbuf = mv.mbuf;
  mv.mbuf = null;
  if (mbuf !== null && --mbuf.views === 0 && mbuf.obj !== null) {
    // The last view on this export: hand the buffer back to its exporter.
    const exporter = mbuf.obj;
    mbuf.obj = null;
    if (exporter instanceof PyByteArrayObject) exporter.ob_exports--;
    else exporter_procs(exporter.ob_type)?.bf_releasebuffer(exporter);
  }
  mv.mem = EMPTY;
  mv.offset = 0;
  if (obj !== null) {
    mv.mv_obj = null;
    Py_DECREF(obj);
  }
}

function memory_dealloc(self: PyObject): void {
  const mv = self as PyMemoryViewObject;
  if (!mv.released) release_view(mv);
}

/** @cpython memoryview_cast_impl / cast_to_1D / cast_to_ND: the same bytes seen with another format (and shape). */
function memory_cast(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "cast", ["format", "shape"], 1, 2, 0);
  if (a === null) return null;
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (!PyUnicode_Check(a[0]!)) return PyErr_SetString(PyExc_TypeError, `cast() argument 'format' must be str, not ${a[0]!.ob_type.tp_name}`);
  if (!is_contiguous(mv, "C")) return PyErr_SetString(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  const shapeArg = a[1] ?? null;
  if ((shapeArg !== null || mv.shape.length !== 1) && mv.shape.includes(0)) {
    return PyErr_SetString(PyExc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  }
  let shapeItems: PyObject[] | null = null;
  if (shapeArg !== null) {
    if (!(shapeArg instanceof PyTupleObject) && !(shapeArg instanceof PyListObject)) return PyErr_SetString(PyExc_TypeError, "shape must be a list or a tuple");
    shapeItems = shapeArg.ob_item.slice();
    if (shapeItems.length > 64) return PyErr_SetString(PyExc_ValueError, "memoryview: number of dimensions must not exceed 64");
    if (mv.shape.length !== 1 && shapeItems.length !== 1) return PyErr_SetString(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  const format = (a[0] as PyUnicodeObject).str;
  const dest = fmtChar(format);
  const size = dest.length === 1 ? ITEMSIZE[dest] : undefined;
  if (size === undefined) {
    return PyErr_SetString(PyExc_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const isByte = (c: string): boolean => c === "B" || c === "b" || c === "c";
  const src = fmtChar(mv.format);
  if ((ITEMSIZE[src] === undefined || !isByte(src)) && !isByte(dest)) return PyErr_SetString(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  if (mv.len % size !== 0) return PyErr_SetString(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  let shape = [mv.len / size];
  if (shapeItems !== null) {
    shape = [];
    let len = size;
    for (const it of shapeItems) {
      if (!PyLong_Check(it)) return PyErr_SetString(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers");
      const n = PyLong_AsSsize_t(it);
      if (n === -1 && PyErr_Occurred()) return null;
      if (n <= 0) return PyErr_SetString(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      len *= n;
      if (len > Number.MAX_SAFE_INTEGER) return PyErr_SetString(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      shape.push(n);
    }
    if (len !== mv.len) return PyErr_SetString(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  }
  return sub_view(mv, mv.offset, format, size, shape, c_strides(shape, size), mv.readonly);
}

function memory_toreadonly(self: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  return sub_view(mv, mv.offset, mv.format, mv.itemsize, mv.shape.slice(), mv.strides.slice(), true);
}

/**
 * @cpython memory_richcompare: equal when shapes match and the items are equal as values
 * (formats aside); only == and != are defined.
 */
function memory_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (op !== Py_EQ && op !== Py_NE) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  // a may be the right operand (reflected): put the memoryview first
  if (!(a instanceof PyMemoryViewObject)) [a, b] = [b, a];
  const mv = a as PyMemoryViewObject;
  if (mv.released || (b instanceof PyMemoryViewObject && b.released)) return PyBool_FromLong((a === b) === (op === Py_EQ) ? 1 : 0);
  if (a === b) return PyBool_FromLong(op === Py_EQ ? 1 : 0);
  let other: PyMemoryViewObject | null;
  let tmp = false;
  if (b instanceof PyMemoryViewObject) other = b;
  else {
    // another exporter: compare with a temporary view of it
    if (_PyObject_GetBufferData(b) === null && exporter_procs(b.ob_type) === undefined) {
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
    }
    other = PyMemoryView_FromObject(b);
    if (other === null) return null;
    tmp = true;
  }
  let equal: boolean | null;
  if (mv.shape.length !== other.shape.length || mv.shape.some((n, i) => n !== other!.shape[i])) equal = false;
  else {
    const fa = fmtChar(mv.format), fb = fmtChar(other.format);
    if (fa === fb && ITEMSIZE[fa] !== undefined && fa !== "f" && fa !== "d" && fa !== "e") {
      const x = to_contiguous(mv, "C"), y = to_contiguous(other, "C");
      equal = x.length === y.length;
      for (let i = 0; equal && i < x.length; i++) if (x[i] !== y[i]) equal = false;
    } else equal = compare_values(mv, other);
  }
  if (tmp) Py_DECREF(other);
  if (equal === null) return null;
  return PyBool_FromLong(equal === (op === Py_EQ) ? 1 : 0);
}

/** Items compared one by one as Python values (different formats, or floats where NaN != NaN). */
function compare_values(x: PyMemoryViewObject, y: PyMemoryViewObject): boolean | null {
  const ox = item_offsets(x, "C"), oy = item_offsets(y, "C");
  for (let i = 0; i < ox.length; i++) {
    const u = unpack_item(x, ox[i]);
    if (u === null) return null;
    const v = unpack_item(y, oy[i]);
    if (v === null) {
      Py_DECREF(u);
      return null;
    }
    const r = PyObject_RichCompareBool(u, v, Py_EQ);
    Py_DECREF(u);
    Py_DECREF(v);
    if (r < 0) return null;
    if (r === 0) return false;
  }
  return true;
}

/** @cpython memory_hash: only read-only views of hashable exporters, the hash of their bytes. */
function memory_hash(self: PyObject): number {
  const mv = self as PyMemoryViewObject;
  if (mv.hash !== null) {
    Py_hash.hi = mv.hash_hi;
    return mv.hash;
  }
  const fail = (exc: PyTypeObject | null, msg: string): number => {
    if (exc !== null) PyErr_SetString(exc, msg);
    Py_hash.hi = -1;
    return -1;
  };
  if (mv.released) return fail(PyExc_ValueError, "operation forbidden on released memoryview object");
  if (!mv.readonly) return fail(PyExc_ValueError, "cannot hash writable memoryview object");
  const f = fmtChar(mv.format);
  if (f !== "B" && f !== "b" && f !== "c") return fail(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  if (mv.mv_obj !== null && mv.mv_obj.ob_type.tp_hash !== undefined) {
    const h = mv.mv_obj.ob_type.tp_hash!(mv.mv_obj);
    if (h === -1 && Py_hash.hi === -1) return -1;
  }
  _Py_HashBytesHiLo(to_contiguous(mv, "C"));
  mv.hash = hashResult.lo;
  mv.hash_hi = hashResult.hi;
  Py_hash.hi = mv.hash_hi;
  return hashResult.lo;
}

function memory_repr(self: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  return PyUnicode_FromString(`<${mv.released ? "released " : ""}memory at ${_PyObject_AddressString(self)}>`);
}

/** @cpython memoryiterobject: iterates a one-dimensional view item by item. */
class memoryiterobject extends PyObject {
  it_index = 0;
  it_seq: PyMemoryViewObject | null;
  it_length: number;
  constructor(seq: PyMemoryViewObject) {
    super(PyMemoryIter_Type);
    this.it_seq = seq;
    this.it_length = seq.shape[0];
  }
}

/** @cpython memory_iter */
function memory_iter(o: PyObject): PyObject | null {
  const mv = o as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (mv.shape.length === 0) return PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
  if (mv.shape.length !== 1) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  if (ITEMSIZE[fmtChar(mv.format)] === undefined) return PyErr_SetString(PyExc_NotImplementedError, `memoryview: unsupported format ${mv.format}`);
  Py_INCREF(mv);
  Py_INCREF(PyMemoryIter_Type);
  return new memoryiterobject(mv);
}

/** @cpython memoryiter_next */
function memoryiter_next(o: PyObject): PyObject | null {
  const it = o as memoryiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < it.it_length) {
    if (!check_released(seq)) return null;
    return unpack_item(seq, seq.offset + seq.strides[0] * it.it_index++);
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

export const PyMemoryIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "memory_iterator", tp_basicsize: 40, tp_flags: 0,
  tp_dealloc: (o: PyObject) => {
    const it = o as memoryiterobject;
    if (it.it_seq !== null) {
      const s = it.it_seq;
      it.it_seq = null;
      Py_DECREF(s);
    }
  },
  tp_getattro: PyObject_GenericGetAttr,
  tp_iter: PyObject_SelfIter, tp_iternext: memoryiter_next,
});

const getter = (f: (mv: PyMemoryViewObject) => PyObject | null) => (o: PyObject): PyObject | null => {
  const mv = o as PyMemoryViewObject;
  return check_released(mv) ? f(mv) : null;
};
const ints = (a: number[]) => _PyTuple_FromArraySteal(a.map((n) => PyLong_FromNumber(n)));

export const PyMemoryView_Type: PyTypeObject = new PyTypeObject({
  tp_name: "memoryview", tp_basicsize: 184, tp_flags: 0, tp_weaklistoffset: 136,
  tp_doc: "Create a new memoryview object which references the given object.",
  tp_new: (_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null) => {
    const a = _PyArg_UnpackKeywords(args, kwnames, "memoryview", ["object"], 1, 1, 0);
    return a === null ? null : PyMemoryView_FromObject(a[0]!);
  },
  tp_dealloc: memory_dealloc, tp_repr: memory_repr, tp_hash: memory_hash, tp_richcompare: memory_richcompare,
  tp_getattro: PyObject_GenericGetAttr,
  tp_iter: memory_iter,
  mp_length: memory_length, mp_subscript: memory_subscript, mp_ass_subscript: memory_ass_sub,
  sq_length: memory_length, sq_item: memory_item,
  tp_methods: [
    { ml_name: "release", ml_meth: memory_release, ml_flags: METH_NOARGS },
    { ml_name: "tobytes", ml_meth: memory_tobytes, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "hex", ml_meth: memory_hex, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "tolist", ml_meth: memory_tolist, ml_flags: METH_NOARGS },
    { ml_name: "cast", ml_meth: memory_cast, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "toreadonly", ml_meth: memory_toreadonly, ml_flags: METH_NOARGS },
    { ml_name: "__enter__", ml_meth: (o: PyObject) => { if (!check_released(o as PyMemoryViewObject)) return null; Py_INCREF(o); return o; }, ml_flags: METH_NOARGS },
    { ml_name: "__exit__", ml_meth: (o: PyObject) => memory_release(o), ml_flags: METH_FASTCALL },
  ],
  tp_getset: [
    { name: "obj", get: getter((mv) => { const o = mv.mv_obj ?? Py_NewNone(); Py_INCREF(o); return o; }) },
    { name: "nbytes", get: getter((mv) => PyLong_FromNumber(mv.len)) },
    { name: "readonly", get: getter((mv) => PyBool_FromLong(mv.readonly ? 1 : 0)) },
    { name: "itemsize", get: getter((mv) => PyLong_FromNumber(mv.itemsize)) },
    { name: "format", get: getter((mv) => PyUnicode_FromString(mv.format)) },
    { name: "ndim", get: getter((mv) => PyLong_FromNumber(mv.shape.length)) },
    { name: "shape", get: getter((mv) => ints(mv.shape)) },
    { name: "strides", get: getter((mv) => ints(mv.strides)) },
    { name: "suboffsets", get: getter(() => ints([])) },
    { name: "released", get: (o) => PyBool_FromLong((o as PyMemoryViewObject).released ? 1 : 0) },
    { name: "c_contiguous", get: getter((mv) => PyBool_FromLong(is_contiguous(mv, "C") ? 1 : 0)) },
    { name: "f_contiguous", get: getter((mv) => PyBool_FromLong(is_contiguous(mv, "F") ? 1 : 0)) },
    { name: "contiguous", get: getter((mv) => PyBool_FromLong(is_contiguous(mv, "C") || is_contiguous(mv, "F") ? 1 : 0)) },
  ],
});

/**
 * @cpython memory_getbuf: a memoryview is itself a buffer exporter. Its bytes in C order (a
 * copy when the view is not C-contiguous); a released view has none, so a consumer falls
 * back to iterating it, which raises the released-view ValueError.
 */
export function _PyMemoryView_InitTypes(): void {
  PyType_Ready(PyMemoryIter_Type);
  _PyBuffer_RegisterType(PyMemoryView_Type, (o) => {
    const mv = o as PyMemoryViewObject;
    return mv.released ? null : to_contiguous(mv, "C");
  });
}


/** o.name(*args, **kw) for a method found on the object. @returns new */
function PyObject_VectorcallMethodKw(name: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const meth = PyObject_GetAttr(args[0], name);
  if (meth === null) return null;
  const r = PyObject_Vectorcall(meth, args.slice(1), kwnames);
  Py_DECREF(meth);
  return r;
}
