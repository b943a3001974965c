/**
 * @mirrors Objects/memoryobject.c
 * memoryview: a view on the bytes of another object without copying them. The buffer is a
 * Uint8Array over the exporter's own storage (bytes are read-only; a bytearray is writable
 * and cannot be resized while the view is open), reinterpreted through a struct format
 * ('B' by default; cast() picks another, and an N-dimensional C-contiguous shape).
 * Slicing gives a new view on the same memory.
 *
 * DIVERGENCE: only C-contiguous views exist (slices with a step are copied into a view of
 * their own memory, and are then read-only), and suboffsets are always ().
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_hash, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_NotImplementedError, PyExc_BufferError } from "./exceptions.ts";
import { PyBytesObject, PyBytes_FromArray, _PyBuffer_RegisterType, _PyObject_GetBufferData } from "./bytesobject.ts";
import { PyByteArrayObject } from "./bytearrayobject.ts";
import { PyLong_FromNumber, PyLong_FromBigInt, PyLong_AsSsize_t, PyLongObject, PyLong_Check, PyNumber_Index } from "./longobject.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble } from "./floatobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyObject_GenericGetAttr, PyObject_IsTrue, PyObject_RichCompareBool, _PyObject_AddressString, Py_NotImplemented, Py_EQ, Py_NE, Py_NewNone } from "./object.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, Py_Ellipsis, type PySliceObject } from "./sliceobject.ts";
import { _PyTuple_FromArraySteal, PyTupleObject } from "./tupleobject.ts";
import { _PyList_FromArraySteal } from "./listobject.ts";
import { PyObject_GetIter } from "./abstract.ts";
import { PyObject_GetAttr } from "./object.ts";
import { PyObject_Vectorcall } from "./call.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _Py_HashBytesHiLo, hashResult } from "../Python/pyhash.ts";

/** Native item sizes of the struct format characters a memoryview understands. */
const ITEMSIZE: Record<string, number> = {
  c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8,
};

export class PyMemoryViewObject extends PyObject {
  /** The exporting object (memoryview.obj). */
  mv_obj: PyObject | null;
  /** The viewed bytes. */
  buf: Uint8Array;
  readonly: boolean;
  format: string;
  itemsize: number;
  shape: number[];
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
    this.buf = buf;
    this.readonly = readonly;
    this.format = "B";
    this.itemsize = 1;
    this.shape = [buf.length];
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
    return sub_view(obj, obj.buf, obj.format, obj.itemsize, obj.shape, obj.readonly);
  }
  let buf: Uint8Array | null;
  let readonly = true;
  if (obj instanceof PyByteArrayObject) {
    buf = obj.ob_bytes.subarray(obj.ob_start, obj.ob_start + obj.ob_size);
    readonly = false;
    obj.ob_exports++;
  } else if (obj instanceof PyBytesObject) {
    buf = obj.ob_sval;
  } else {
    const procs = counted_exporters.get(obj.ob_type);
    if (procs !== undefined) {
      // An exporter that counts its open views: it may refuse (with an error set).
      buf = procs.bf_getbuffer(obj);
      if (buf === null) return null;
      readonly = !procs.writable;
    } else {
      buf = _PyObject_GetBufferData(obj);
      readonly = buf !== null && writable_exporters.has(obj.ob_type) ? false : true;
    }
  }
  if (buf === null) return PyErr_SetString(PyExc_TypeError, `memoryview: a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
  Py_INCREF(obj);
  Py_INCREF(PyMemoryView_Type);
  const mv = new PyMemoryViewObject(obj, buf, readonly);
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
 * open views (BytesIO's buffer refuses to resize while the count is above zero). getbuffer
 * returns the bytes (null with an error set to refuse); releasebuffer runs when the view that
 * took the export is released or deallocated.
 */
export interface PyBufferProcs {
  bf_getbuffer: (o: PyObject) => Uint8Array | null;
  bf_releasebuffer: (o: PyObject) => void;
  writable: boolean;
}
const counted_exporters = new Map<PyTypeObject, PyBufferProcs>();
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

/** A view derived from `base` (a slice or a cast), sharing its exporter. @returns new */
function sub_view(base: PyMemoryViewObject, buf: Uint8Array, format: string, itemsize: number, shape: number[], readonly: boolean): PyMemoryViewObject {
  Py_INCREF(PyMemoryView_Type);
  const mv = new PyMemoryViewObject(base.mv_obj, buf, readonly);
  if (base.mv_obj !== null) Py_INCREF(base.mv_obj);
  mv.format = format;
  mv.itemsize = itemsize;
  mv.shape = shape;
  mv.mbuf = base.mbuf;
  if (mv.mbuf !== null) mv.mbuf.views++;
  return mv;
}

function check_released(mv: PyMemoryViewObject): boolean {
  if (mv.released) {
    PyErr_SetString(PyExc_ValueError, "operation forbidden on released memoryview object");
    return false;
  }
  return true;
}

const nitems = (mv: PyMemoryViewObject): number => mv.shape.reduce((a, b) => a * b, 1);
const fmtChar = (format: string): string => (format.length === 2 && format[0] === "@" ? format[1] : format);

/** @cpython unpack_single: the item at byte offset `off` as a Python object. @returns new */
function unpack_item(mv: PyMemoryViewObject, off: number): PyObject | null {
  const dv = new DataView(mv.buf.buffer, mv.buf.byteOffset + off, mv.itemsize);
  switch (fmtChar(mv.format)) {
    case "B": return PyLong_FromNumber(mv.buf[off]);
    case "b": return PyLong_FromNumber(dv.getInt8(0));
    case "c": return PyBytes_FromArray(mv.buf.slice(off, off + 1));
    case "?": return PyBool_FromLong(mv.buf[off] !== 0 ? 1 : 0);
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

/** @cpython pack_single: store `v` as the item at byte offset `off`. */
function pack_item(mv: PyMemoryViewObject, off: number, v: PyObject): number {
  const dv = new DataView(mv.buf.buffer, mv.buf.byteOffset + off, mv.itemsize);
  const f = fmtChar(mv.format);
  const invalid = (): number => {
    PyErr_SetString(PyExc_TypeError, `memoryview: invalid type for format '${mv.format}'`);
    return -1;
  };
  if (f === "c") {
    if (!(v instanceof PyBytesObject) || v.ob_sval.length !== 1) return invalid();
    mv.buf[off] = v.ob_sval[0];
    return 0;
  }
  if (f === "?") {
    const b = PyObject_IsTrue(v);
    if (b < 0) return -1;
    mv.buf[off] = b;
    return 0;
  }
  if (f === "f" || f === "d") {
    const x = PyFloat_AsDouble(v);
    if (x === -1 && PyErr_Occurred()) return -1;
    if (f === "f") dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return 0;
  }
  if (!PyLong_Check(v)) return invalid();
  const n = BigInt((v as PyLongObject).ob_ival);
  const bits = mv.itemsize * 8;
  const signed = f === f.toLowerCase() && f !== "c";
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (n < min || n > max) {
    PyErr_SetString(PyExc_ValueError, `memoryview: invalid value for format '${mv.format}'`);
    return -1;
  }
  const u = BigInt.asUintN(bits, n);
  for (let i = 0; i < mv.itemsize; i++) mv.buf[off + i] = Number((u >> BigInt(8 * i)) & 0xffn);
  return 0;
}

function memory_length(self: PyObject): number {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return -1;
  return mv.shape.length === 0 ? 1 : mv.shape[0];
}

/** @cpython memory_subscript: an item, a sliced view, or the whole view for `...`. */
function memory_subscript(self: PyObject, key: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (key === Py_Ellipsis) {
    Py_INCREF(mv);
    return mv;
  }
  if (mv.shape.length === 0) return PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
  const rowsize = mv.shape.slice(1).reduce((a, b) => a * b, 1) * mv.itemsize;
  if (PySlice_Check(key)) {
    const r = PySlice_Unpack(key as PySliceObject);
    if (r === null) return null;
    const n = PySlice_AdjustIndices(mv.shape[0], r);
    const [start, , step] = r;
    let buf: Uint8Array;
    let readonly = mv.readonly;
    if (step === 1) buf = mv.buf.subarray(start * rowsize, (start + n) * rowsize);
    else {
      buf = new Uint8Array(n * rowsize);
      for (let i = 0; i < n; i++) buf.set(mv.buf.subarray((start + i * step) * rowsize, (start + i * step + 1) * rowsize), i * rowsize);
      readonly = true;
    }
    return sub_view(mv, buf, mv.format, mv.itemsize, [n, ...mv.shape.slice(1)], readonly);
  }
  if (key instanceof PyTupleObject) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  const idx = index_of(mv, key);
  if (idx === null) return null;
  if (mv.shape.length > 1) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
  return unpack_item(mv, idx * mv.itemsize);
}

function index_of(mv: PyMemoryViewObject, key: PyObject): number | null {
  const k = PyNumber_Index(key);
  if (k === null) {
    PyErr_SetString(PyExc_TypeError, "memoryview: invalid slice key");
    return null;
  }
  let i = PyLong_AsSsize_t(k);
  Py_DECREF(k);
  if (i === -1 && PyErr_Occurred()) return null;
  if (i < 0) i += mv.shape[0];
  if (i < 0 || i >= mv.shape[0]) {
    PyErr_SetString(PyExc_IndexError, "index out of bounds on dimension 1");
    return null;
  }
  return i;
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
  if (mv.shape.length !== 1) {
    PyErr_SetString(PyExc_NotImplementedError, "memoryview assignments are currently restricted to ndim = 1");
    return -1;
  }
  if (PySlice_Check(key)) {
    const r = PySlice_Unpack(key as PySliceObject);
    if (r === null) return -1;
    const n = PySlice_AdjustIndices(mv.shape[0], r);
    const [start, , step] = r;
    const src = value instanceof PyMemoryViewObject ? value.buf : _PyObject_GetBufferData(value);
    if (src === null) {
      PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${value.ob_type.tp_name}'`);
      return -1;
    }
    if (src.length !== n * mv.itemsize) {
      PyErr_SetString(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    const copy = src.slice();
    for (let i = 0; i < n; i++) mv.buf.set(copy.subarray(i * mv.itemsize, (i + 1) * mv.itemsize), (start + i * step) * mv.itemsize);
    return 0;
  }
  const idx = index_of(mv, key);
  if (idx === null) return -1;
  return pack_item(mv, idx * mv.itemsize, value);
}

/** @cpython memory_tolist: nested lists for N dimensions. */
function memory_tolist(self: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (mv.shape.length === 0) return unpack_item(mv, 0);
  const build = (dim: number, off: number): PyObject | null => {
    const items: PyObject[] = [];
    const stride = mv.shape.slice(dim + 1).reduce((a, b) => a * b, 1) * mv.itemsize;
    for (let i = 0; i < mv.shape[dim]; i++) {
      const item = dim === mv.shape.length - 1 ? unpack_item(mv, off + i * stride) : build(dim + 1, off + i * stride);
      if (item === null) {
        for (const x of items) Py_DECREF(x);
        return null;
      }
      items.push(item);
    }
    return _PyList_FromArraySteal(items);
  };
  return build(0, 0);
}

function memory_tobytes(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "tobytes", ["order"], 0, 1, 0);
  if (a === null) return null;
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  return PyBytes_FromArray(mv.buf.slice());
}

function memory_hex(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  const b = PyBytes_FromArray(mv.buf.slice());
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
    else if (counted_exporters.size > 0) counted_exporters.get(exporter.ob_type)?.bf_releasebuffer(exporter);
  }
  mv.buf = new Uint8Array(0);
  if (obj !== null) {
    mv.mv_obj = null;
    Py_DECREF(obj);
  }
}

function memory_dealloc(self: PyObject): void {
  const mv = self as PyMemoryViewObject;
  if (!mv.released) release_view(mv);
}

/** @cpython memory_cast: the same bytes seen with another format (and shape). */
function memory_cast(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "cast", ["format", "shape"], 1, 2, 0);
  if (a === null) return null;
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  if (!PyUnicode_Check(a[0]!)) return PyErr_SetString(PyExc_TypeError, "memoryview: format argument must be a string");
  const format = (a[0] as PyUnicodeObject).str;
  const size = ITEMSIZE[fmtChar(format)];
  if (size === undefined) {
    return PyErr_SetString(PyExc_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const srcByte = mv.itemsize === 1 || fmtChar(mv.format) === "B" || fmtChar(mv.format) === "b" || fmtChar(mv.format) === "c";
  if (!srcByte && size !== 1) return PyErr_SetString(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  let shape: number[];
  if (a[1] !== null) {
    const items = a[1] instanceof PyTupleObject ? a[1].ob_item : (a[1] as unknown as { ob_item?: PyObject[] }).ob_item;
    if (items === undefined) return PyErr_SetString(PyExc_TypeError, "shape must be a list or a tuple");
    shape = [];
    for (const it of items) {
      const n = PyLong_AsSsize_t(it);
      if (n === -1 && PyErr_Occurred()) return null;
      if (n <= 0) return PyErr_SetString(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      shape.push(n);
    }
    if (shape.reduce((x, y) => x * y, 1) * size !== mv.buf.length) {
      return PyErr_SetString(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
    }
  } else {
    if (mv.buf.length % size !== 0) return PyErr_SetString(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
    shape = [mv.buf.length / size];
  }
  return sub_view(mv, mv.buf, format, size, shape, mv.readonly);
}

function memory_toreadonly(self: PyObject): PyObject | null {
  const mv = self as PyMemoryViewObject;
  if (!check_released(mv)) return null;
  return sub_view(mv, mv.buf, mv.format, mv.itemsize, mv.shape, true);
}

/** @cpython memory_richcompare: equal when the items are equal (as values, formats aside). */
function memory_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (op !== Py_EQ && op !== Py_NE) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const mv = a as PyMemoryViewObject;
  if (mv.released || (b instanceof PyMemoryViewObject && b.released)) return PyBool_FromLong((a === b) === (op === Py_EQ) ? 1 : 0);
  const other = b instanceof PyMemoryViewObject ? b : null;
  const obuf = other !== null ? other.buf : _PyObject_GetBufferData(b);
  if (obuf === null) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  let equal: boolean;
  const sameFormat = other === null ? fmtChar(mv.format) === "B" : fmtChar(other.format) === fmtChar(mv.format);
  if (sameFormat && fmtChar(mv.format) !== "f" && fmtChar(mv.format) !== "d") {
    equal = obuf.length === mv.buf.length && obuf.every((x, i) => x === mv.buf[i]);
  } else {
    const la = memory_tolist(mv), lb = other !== null ? memory_tolist(other) : null;
    if (la === null || (other !== null && lb === null)) return null;
    const r = lb === null ? 0 : PyObject_RichCompareBool(la, lb, Py_EQ);
    Py_DECREF(la);
    if (lb !== null) Py_DECREF(lb);
    if (r < 0) return null;
    equal = r > 0;
  }
  return PyBool_FromLong(equal === (op === Py_EQ) ? 1 : 0);
}

/** @cpython memory_hash: only read-only views of hashable exporters, the hash of their bytes. */
function memory_hash(self: PyObject): number {
  const mv = self as PyMemoryViewObject;
  if (mv.hash !== null) {
    Py_hash.hi = mv.hash_hi;
    return mv.hash;
  }
  if (!check_released(mv)) return -1;
  if (!mv.readonly) {
    PyErr_SetString(PyExc_ValueError, "cannot hash writable memoryview object");
    Py_hash.hi = -1;
    return -1;
  }
  const f = fmtChar(mv.format);
  if (f !== "B" && f !== "b" && f !== "c") {
    PyErr_SetString(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    Py_hash.hi = -1;
    return -1;
  }
  if (mv.mv_obj !== null && mv.mv_obj.ob_type.tp_hash !== undefined) {
    const h = mv.mv_obj.ob_type.tp_hash!(mv.mv_obj);
    if (h === -1 && Py_hash.hi === -1) return -1;
  }
  _Py_HashBytesHiLo(mv.buf);
  mv.hash = hashResult.lo;
  mv.hash_hi = hashResult.hi;
  Py_hash.hi = mv.hash_hi;
  return hashResult.lo;
}

function memory_repr(self: PyObject): PyObject {
  const mv = self as PyMemoryViewObject;
  return PyUnicode_FromString(`<${mv.released ? "released " : ""}memory at ${_PyObject_AddressString(self)}>`);
}

const getter = (f: (mv: PyMemoryViewObject) => PyObject | null) => (o: PyObject): PyObject | null => {
  const mv = o as PyMemoryViewObject;
  return check_released(mv) ? f(mv) : null;
};
const ints = (a: number[]) => _PyTuple_FromArraySteal(a.map((n) => PyLong_FromNumber(n)));
const strides = (mv: PyMemoryViewObject): number[] => mv.shape.map((_, i) => mv.shape.slice(i + 1).reduce((a, b) => a * b, 1) * mv.itemsize);

export const PyMemoryView_Type: PyTypeObject = new PyTypeObject({
  tp_name: "memoryview", tp_basicsize: 184, tp_flags: 0,
  tp_doc: "Create a new memoryview object which references the given object.",
  tp_new: (_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null) => {
    const a = _PyArg_UnpackKeywords(args, kwnames, "memoryview", ["object"], 1, 1, 0);
    return a === null ? null : PyMemoryView_FromObject(a[0]!);
  },
  tp_dealloc: memory_dealloc, tp_repr: memory_repr, tp_hash: memory_hash, tp_richcompare: memory_richcompare,
  tp_getattro: PyObject_GenericGetAttr,
  tp_iter: (o: PyObject) => {
    const mv = o as PyMemoryViewObject;
    if (!check_released(mv)) return null;
    if (mv.shape.length === 0) return PyErr_SetString(PyExc_TypeError, "invalid indexing of 0-dim memory");
    if (mv.shape.length > 1) return PyErr_SetString(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    const list = memory_tolist(mv);
    if (list === null) return null;
    const it = PyObject_GetIter(list);
    Py_DECREF(list);
    return it;
  },
  mp_length: memory_length, mp_subscript: memory_subscript, mp_ass_subscript: memory_ass_sub, sq_length: memory_length,
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
    { name: "nbytes", get: getter((mv) => PyLong_FromNumber(mv.buf.length)) },
    { name: "readonly", get: getter((mv) => PyBool_FromLong(mv.readonly ? 1 : 0)) },
    { name: "itemsize", get: getter((mv) => PyLong_FromNumber(mv.itemsize)) },
    { name: "format", get: getter((mv) => PyUnicode_FromString(mv.format)) },
    { name: "ndim", get: getter((mv) => PyLong_FromNumber(mv.shape.length)) },
    { name: "shape", get: getter((mv) => ints(mv.shape)) },
    { name: "strides", get: getter((mv) => ints(strides(mv))) },
    { name: "suboffsets", get: getter(() => ints([])) },
    { name: "released", get: (o) => PyBool_FromLong((o as PyMemoryViewObject).released ? 1 : 0) },
    { name: "c_contiguous", get: getter(() => PyBool_FromLong(1)) },
    { name: "f_contiguous", get: getter((mv) => PyBool_FromLong(mv.shape.length <= 1 ? 1 : 0)) },
    { name: "contiguous", get: getter(() => PyBool_FromLong(1)) },
  ],
});

/** @cpython _PyManagedBuffer / memory_getbuf: a memoryview is itself a buffer exporter. */
export function _PyMemoryView_InitTypes(): void {
  _PyBuffer_RegisterType(PyMemoryView_Type, (o) => (o as PyMemoryViewObject).buf);
}


/** o.name(*args, **kw) for a method found on the object. @returns new */
function PyObject_VectorcallMethodKw(name: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const meth = PyObject_GetAttr(args[0], name);
  if (meth === null) return null;
  const r = PyObject_Vectorcall(meth, args.slice(1), kwnames);
  Py_DECREF(meth);
  return r;
}
