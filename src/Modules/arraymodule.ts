/**
 * @mirrors Modules/arraymodule.c
 * array.array: a sequence of C numbers (or wchar_t characters) of one type, stored packed
 * in a byte buffer in the machine's layout (little-endian, the sizes of x86-64 Linux), so
 * `tobytes()` and `frombytes()` copy memory and the buffer can be read by struct and
 * bytes(). Each typecode has a get and a set function that convert one item between the
 * buffer and a Python object, with CPython's range checks and messages:
 *
 *   >>> array('b', [200])       # OverflowError: signed char is greater than maximum
 *
 * The buffer grows like CPython's (array_resize's over-allocation), so __sizeof__ agrees.
 * Pickling goes through __reduce_ex__ and array._array_reconstructor with CPython's machine
 * format codes, so pickles are interchangeable with CPython's.
 *
 * A memoryview of an array sees its items with the typecode as format and counts as an
 * export: resizing the array while one is open raises BufferError, as in CPython.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_SEQUENCE, Py_EQ, Py_NE, Py_LT, Py_LE,
  Py_GT, Py_GE, type PyMethodDef,
} from "../Include/object.ts";
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyList_Check, _PyList_FromArraySteal, type PyListObject } from "../Objects/listobject.ts";
import { PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred, PyErr_BadArgument, PyErr_NoMemory } from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError, PyExc_RuntimeError, PyExc_EOFError, PyExc_BufferError,
} from "../Objects/exceptions.ts";
import { PyBytes_Check, PyBytes_FromArray, _PyObject_GetBufferData, _PyBuffer_RegisterType, type PyBytesObject } from "../Objects/bytesobject.ts";
import { _PyBuffer_RegisterExporter } from "../Objects/memoryobject.ts";
import { PyByteArray_Check } from "../Objects/bytearrayobject.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble } from "../Objects/floatobject.ts";
import {
  PyLong_Check, PyLong_FromNumber, PyLong_FromBigInt, _PyNumber_Index, PyNumber_AsSsize_t, PyIndex_Check,
  _PyEval_SliceIndexNotNone, type PyLongObject,
} from "../Objects/longobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_HashNotImplemented,
  reprString, _PyObject_LookupAttr, PyObject_GenericGetAttr,
} from "../Objects/object.ts";
import { PyObject_GetIter, PyIter_Next } from "../Objects/abstract.ts";
import { PyObject_CallMethod } from "../Objects/call.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, type PySliceObject } from "../Objects/sliceobject.ts";
import { PyType_Check, PyType_IsSubtype, PyType_Ready, _PyType_Name } from "../Objects/typeobject.ts";
import { PyObject_SelfIter, _PyEval_GetBuiltin } from "../Objects/iterobject.ts";
import { PyModule_Create, PyModule_AddType, PyModule_AddObjectRef, PyModule_GetDict } from "../Objects/moduleobject.ts";
import { PyDict_GetItemString } from "../Objects/dictobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyStruct_RegisterWritable } from "./_struct.ts";

// -- item descriptors -------------------------------------------------------------------------------

type GetItem = (a: arrayobject, i: number) => PyObject | null;
/** Store v at item i (i < 0: only check that v can be stored). 0, or -1 with an error. */
type SetItem = (a: arrayobject, i: number, v: PyObject) => number;

/** @cpython arraydescr */
interface arraydescr {
  typecode: string;
  itemsize: number;
  getitem: GetItem;
  setitem: SetItem;
  /** Items compare by value directly (the integer and character types). */
  direct: boolean;
  is_integer_type: boolean;
  is_signed: boolean;
}

/** @cpython arrayobject */
export class arrayobject extends PyObject {
  /** The items, packed; the first ob_size * itemsize bytes are in use. */
  ob_item: Uint8Array;
  view: DataView;
  ob_size: number;
  /** Capacity in items. */
  allocated: number;
  ob_descr: arraydescr;
  /** Open memoryviews on the items (the array cannot be resized while any is open). */
  ob_exports = 0;
  constructor(type: PyTypeObject, descr: arraydescr) {
    super(type);
    this.ob_item = EMPTY;
    this.view = EMPTY_VIEW;
    this.ob_size = 0;
    this.allocated = 0;
    this.ob_descr = descr;
  }
}
const EMPTY = new Uint8Array(0);
const EMPTY_VIEW = new DataView(EMPTY.buffer);

/** The bytes in use. */
const itemBytes = (a: arrayobject): Uint8Array => a.ob_item.subarray(0, a.ob_size * a.ob_descr.itemsize);

/** @cpython array_resize: CPython's over-allocation (n + n/16 + 3 or 7 items). */
function array_resize(self: arrayobject, newsize: number): number {
  if (self.ob_exports > 0 && newsize !== self.ob_size) {
    PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
    return -1;
  }
  if (self.allocated >= newsize && self.ob_size < newsize + 16 && self.ob_item !== EMPTY) {
    self.ob_size = newsize;
    return 0;
  }
  if (newsize === 0) {
    self.ob_item = EMPTY;
    self.view = EMPTY_VIEW;
    self.ob_size = 0;
    self.allocated = 0;
    return 0;
  }
  const new_size = (newsize >> 4) + (self.ob_size < 8 ? 3 : 7) + newsize;
  const itemsize = self.ob_descr.itemsize;
  if (new_size * itemsize > 2 ** 31) {
    PyErr_NoMemory();
    return -1;
  }
  const items = new Uint8Array(new_size * itemsize);
  items.set(self.ob_item.subarray(0, Math.min(self.ob_size, newsize) * itemsize));
  self.ob_item = items;
  self.view = new DataView(items.buffer);
  self.ob_size = newsize;
  self.allocated = new_size;
  return 0;
}

/** @cpython newarrayobject: an array of `size` (zeroed) items, allocated exactly. */
function newarrayobject(type: PyTypeObject, size: number, descr: arraydescr): arrayobject | null {
  if (size < 0) return PyErr_BadArgument() as null;
  if (size * descr.itemsize > 2 ** 31) return PyErr_NoMemory() as null;
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  const a = new arrayobject(type, descr);
  if (size > 0) {
    a.ob_item = new Uint8Array(size * descr.itemsize);
    a.view = new DataView(a.ob_item.buffer);
  }
  a.ob_size = size;
  a.allocated = size;
  return a;
}

// Conversions of one item. The integer setters convert like PyArg_Parse's "b", "h", "i",
// "l", "L" formats (through __index__, with their overflow messages) plus the array's own
// checks, so the error messages are CPython's.

/** An int argument's value (through __index__), or null with TypeError. */
function intValue(v: PyObject): number | bigint | null {
  if (PyLong_Check(v)) return (v as PyLongObject).ob_ival;
  const i = _PyNumber_Index(v);
  if (i === null) return null;
  const x = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  return x;
}

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n, ULONG_MAX = 2n ** 64n - 1n;

/** PyLong_AsLong's range (C long), OverflowError past it. */
function asLong(v: PyObject): number | bigint | null {
  const x = intValue(v);
  if (x === null) return null;
  if (typeof x === "bigint" && (x < LONG_MIN || x > LONG_MAX)) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  return x;
}

function overflow(msg: string): number {
  return PyErr_SetStringInt(PyExc_OverflowError, msg);
}

/** PyArg_Parse "h": a C short. */
function parseShort(v: PyObject): number | null {
  const x = asLong(v);
  if (x === null) return null;
  if (x < -32768) return PyErr_SetString(PyExc_OverflowError, "signed short integer is less than minimum");
  if (x > 32767) return PyErr_SetString(PyExc_OverflowError, "signed short integer is greater than maximum");
  return Number(x);
}

/** PyArg_Parse "i": a C int. */
function parseInt32(v: PyObject): number | null {
  const x = asLong(v);
  if (x === null) return null;
  if (x < -2147483648) return PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
  if (x > 2147483647) return PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
  return Number(x);
}

/** PyLong_AsUnsignedLong (after __index__ for non-ints). */
function asUnsignedLong(v: PyObject): number | bigint | null {
  const x = intValue(v);
  if (x === null) return null;
  if (x < 0) return PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof x === "bigint" && x > ULONG_MAX) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  return x;
}

const fromBig = (b: bigint): PyObject =>
  b >= -9007199254740991n && b <= 9007199254740991n ? PyLong_FromNumber(Number(b)) : PyLong_FromBigInt(b);

/** A setter failing: parse errors return null, stored with i < 0 only checked. */
const FAIL = -1;

const b_descr: arraydescr = {
  typecode: "b", itemsize: 1, direct: true, is_integer_type: true, is_signed: true,
  getitem: (a, i) => PyLong_FromNumber(a.view.getInt8(i)),
  setitem: (a, i, v) => {
    const x = parseShort(v);
    if (x === null) return FAIL;
    if (x < -128) return overflow("signed char is less than minimum");
    if (x > 127) return overflow("signed char is greater than maximum");
    if (i >= 0) a.view.setInt8(i, x);
    return 0;
  },
};

const BB_descr: arraydescr = {
  typecode: "B", itemsize: 1, direct: true, is_integer_type: true, is_signed: false,
  getitem: (a, i) => PyLong_FromNumber(a.ob_item[i]),
  setitem: (a, i, v) => {
    // PyArg_Parse "b": an unsigned byte
    const x = asLong(v);
    if (x === null) return FAIL;
    if (x < 0) return overflow("unsigned byte integer is less than minimum");
    if (x > 255) return overflow("unsigned byte integer is greater than maximum");
    if (i >= 0) a.ob_item[i] = Number(x);
    return 0;
  },
};

const u_descr: arraydescr = {
  typecode: "u", itemsize: 4, direct: true, is_integer_type: false, is_signed: false,
  getitem: (a, i) => {
    const cp = a.view.getUint32(i * 4, true);
    if (cp > 0x10ffff) return PyErr_SetString(PyExc_ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    return PyUnicode_FromString(String.fromCodePoint(cp));
  },
  setitem: (a, i, v) => {
    if (!PyUnicode_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "array item must be unicode character");
    const s = (v as PyUnicodeObject).str;
    const cp = s.codePointAt(0);
    if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) {
      return PyErr_SetStringInt(PyExc_TypeError, "array item must be unicode character");
    }
    if (i >= 0) a.view.setUint32(i * 4, cp, true);
    return 0;
  },
};

const h_descr: arraydescr = {
  typecode: "h", itemsize: 2, direct: true, is_integer_type: true, is_signed: true,
  getitem: (a, i) => PyLong_FromNumber(a.view.getInt16(i * 2, true)),
  setitem: (a, i, v) => {
    const x = parseShort(v);
    if (x === null) return FAIL;
    if (i >= 0) a.view.setInt16(i * 2, x, true);
    return 0;
  },
};

const HH_descr: arraydescr = {
  typecode: "H", itemsize: 2, direct: true, is_integer_type: true, is_signed: false,
  getitem: (a, i) => PyLong_FromNumber(a.view.getUint16(i * 2, true)),
  setitem: (a, i, v) => {
    const x = parseInt32(v);
    if (x === null) return FAIL;
    if (x < 0) return overflow("unsigned short is less than minimum");
    if (x > 65535) return overflow("unsigned short is greater than maximum");
    if (i >= 0) a.view.setUint16(i * 2, x, true);
    return 0;
  },
};

const i_descr: arraydescr = {
  typecode: "i", itemsize: 4, direct: true, is_integer_type: true, is_signed: true,
  getitem: (a, i) => PyLong_FromNumber(a.view.getInt32(i * 4, true)),
  setitem: (a, i, v) => {
    const x = parseInt32(v);
    if (x === null) return FAIL;
    if (i >= 0) a.view.setInt32(i * 4, x, true);
    return 0;
  },
};

const II_descr: arraydescr = {
  typecode: "I", itemsize: 4, direct: true, is_integer_type: true, is_signed: false,
  getitem: (a, i) => PyLong_FromNumber(a.view.getUint32(i * 4, true)),
  setitem: (a, i, v) => {
    const x = asUnsignedLong(v);
    if (x === null) return FAIL;
    if (x > 4294967295) return overflow("unsigned int is greater than maximum");
    if (i >= 0) a.view.setUint32(i * 4, Number(x), true);
    return 0;
  },
};

/** The 8-byte signed types: 'l' (PyArg_Parse "l") and 'q' ("L", whose overflow message differs). */
function int64_descr(typecode: string, msg: string): arraydescr {
  return {
    typecode, itemsize: 8, direct: true, is_integer_type: true, is_signed: true,
    getitem: (a, i) => fromBig(a.view.getBigInt64(i * 8, true)),
    setitem: (a, i, v) => {
      const x = intValue(v);
      if (x === null) return FAIL;
      if (typeof x === "bigint" && (x < LONG_MIN || x > LONG_MAX)) return overflow(msg);
      if (i >= 0) a.view.setBigInt64(i * 8, BigInt(x), true);
      return 0;
    },
  };
}

/** The 8-byte unsigned types: 'L' (PyLong_AsUnsignedLong) and 'Q' (PyLong_AsUnsignedLongLong). */
function uint64_descr(typecode: string, negmsg: string, bigmsg: string): arraydescr {
  return {
    typecode, itemsize: 8, direct: true, is_integer_type: true, is_signed: false,
    getitem: (a, i) => fromBig(a.view.getBigUint64(i * 8, true)),
    setitem: (a, i, v) => {
      const x = intValue(v);
      if (x === null) return FAIL;
      if (x < 0) return overflow(negmsg);
      if (typeof x === "bigint" && x > ULONG_MAX) return overflow(bigmsg);
      if (i >= 0) a.view.setBigUint64(i * 8, BigInt(x), true);
      return 0;
    },
  };
}

function floatValue(v: PyObject): number | null {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return null;
  return x;
}

const f_descr: arraydescr = {
  typecode: "f", itemsize: 4, direct: false, is_integer_type: false, is_signed: true,
  getitem: (a, i) => PyFloat_FromDouble(a.view.getFloat32(i * 4, true)),
  setitem: (a, i, v) => {
    const x = floatValue(v);
    if (x === null) return FAIL;
    if (i >= 0) a.view.setFloat32(i * 4, x, true);
    return 0;
  },
};

const d_descr: arraydescr = {
  typecode: "d", itemsize: 8, direct: false, is_integer_type: false, is_signed: true,
  getitem: (a, i) => PyFloat_FromDouble(a.view.getFloat64(i * 8, true)),
  setitem: (a, i, v) => {
    const x = floatValue(v);
    if (x === null) return FAIL;
    if (i >= 0) a.view.setFloat64(i * 8, x, true);
    return 0;
  },
};

/** @cpython descriptors */
const descriptors: arraydescr[] = [
  b_descr, BB_descr, u_descr, h_descr, HH_descr, i_descr, II_descr,
  int64_descr("l", "Python int too large to convert to C long"),
  uint64_descr("L", "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"),
  int64_descr("q", "int too big to convert"),
  uint64_descr("Q", "can't convert negative int to unsigned", "int too big to convert"),
  f_descr, d_descr,
];

const getdescr = (c: string): arraydescr | undefined => descriptors.find((d) => d.typecode === c);

// -- the sequence ---------------------------------------------------------------------------------

export const array_Check = (o: PyObject): o is arrayobject => o instanceof arrayobject;

/** @cpython getarrayitem */
const getarrayitem = (a: arrayobject, i: number): PyObject | null => a.ob_descr.getitem(a, i);

/** @cpython ins1: insert v before item `where` (clamped like list.insert). */
function ins1(self: arrayobject, where: number, v: PyObject): number {
  const n = self.ob_size;
  if (self.ob_descr.setitem(self, -1, v) < 0) return -1;
  if (array_resize(self, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const sz = self.ob_descr.itemsize;
  if (where !== n) self.ob_item.copyWithin((where + 1) * sz, where * sz, n * sz);
  return self.ob_descr.setitem(self, where, v);
}

/** @cpython array_richcompare */
function array_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (!array_Check(v) || !array_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vs = v.ob_size, ws = w.ob_size;
  if (vs !== ws && (op === Py_EQ || op === Py_NE)) return PyBool_FromLong(op === Py_NE);
  const cmpResult = (c: number): PyObject => {
    switch (op) {
      case Py_LT: return PyBool_FromLong(c < 0);
      case Py_LE: return PyBool_FromLong(c <= 0);
      case Py_EQ: return PyBool_FromLong(c === 0);
      case Py_NE: return PyBool_FromLong(c !== 0);
      case Py_GT: return PyBool_FromLong(c > 0);
      default: return PyBool_FromLong(c >= 0);
    }
  };
  const n = Math.min(vs, ws);
  if (v.ob_descr === w.ob_descr && v.ob_descr.direct) {
    // same integer or character type: compare the values directly
    for (let i = 0; i < n; i++) {
      const a = readRaw(v, i), b = readRaw(w, i);
      if (a !== b) return cmpResult(a < b ? -1 : 1);
    }
    return cmpResult(vs - ws);
  }
  for (let i = 0; i < n; i++) {
    const vi = getarrayitem(v, i);
    if (vi === null) return null;
    const wi = getarrayitem(w, i);
    if (wi === null) {
      Py_DECREF(vi);
      return null;
    }
    const k = PyObject_RichCompareBool(vi, wi, Py_EQ);
    if (k === 0) {
      let res: PyObject | null;
      if (op === Py_EQ) res = PyBool_FromLong(0);
      else if (op === Py_NE) res = PyBool_FromLong(1);
      else res = PyObject_RichCompare(vi, wi, op);
      Py_DECREF(vi);
      Py_DECREF(wi);
      return res;
    }
    Py_DECREF(vi);
    Py_DECREF(wi);
    if (k < 0) return null;
  }
  return cmpResult(vs - ws);
}

/** The raw value of item i of a directly comparable type (a number or bigint). */
function readRaw(a: arrayobject, i: number): number | bigint {
  const d = a.view;
  switch (a.ob_descr.typecode) {
    case "b": return d.getInt8(i);
    case "B": return d.getUint8(i);
    case "h": return d.getInt16(i * 2, true);
    case "H": return d.getUint16(i * 2, true);
    case "i": return d.getInt32(i * 4, true);
    case "I": case "u": return d.getUint32(i * 4, true);
    case "l": case "q": return d.getBigInt64(i * 8, true);
    default: return d.getBigUint64(i * 8, true);
  }
}

const array_length = (a: PyObject): number => (a as arrayobject).ob_size;

/** @cpython array_item */
function array_item(a: PyObject, i: number): PyObject | null {
  const self = a as arrayobject;
  if (i < 0 || i >= self.ob_size) return PyErr_SetString(PyExc_IndexError, "array index out of range");
  return getarrayitem(self, i);
}

/** @cpython array_slice: a new array (of exact array type) with items [ilow, ihigh). */
function array_slice(a: arrayobject, ilow: number, ihigh: number): arrayobject | null {
  if (ilow < 0) ilow = 0;
  else if (ilow > a.ob_size) ilow = a.ob_size;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a.ob_size) ihigh = a.ob_size;
  const np = newarrayobject(Arraytype, ihigh - ilow, a.ob_descr);
  if (np === null) return null;
  const sz = a.ob_descr.itemsize;
  if (ihigh > ilow) np.ob_item.set(a.ob_item.subarray(ilow * sz, ihigh * sz));
  return np;
}

/** @cpython array_concat */
function array_concat(a: PyObject, bb: PyObject): PyObject | null {
  const self = a as arrayobject;
  if (!array_Check(bb)) {
    return PyErr_SetString(PyExc_TypeError, `can only append array (not "${bb.ob_type.tp_name}") to array`);
  }
  if (self.ob_descr !== bb.ob_descr) return PyErr_BadArgument();
  const np = newarrayobject(Arraytype, self.ob_size + bb.ob_size, self.ob_descr);
  if (np === null) return null;
  const ab = itemBytes(self);
  np.ob_item.set(ab);
  np.ob_item.set(itemBytes(bb), ab.length);
  return np;
}

/** @cpython array_repeat */
function array_repeat(a: PyObject, n: number): PyObject | null {
  const self = a as arrayobject;
  if (n < 0) n = 0;
  const np = newarrayobject(Arraytype, self.ob_size * n, self.ob_descr);
  if (np === null) return null;
  const src = itemBytes(self);
  for (let k = 0; k < n; k++) np.ob_item.set(src, k * src.length);
  return np;
}

/** @cpython array_del_slice */
function array_del_slice(a: arrayobject, ilow: number, ihigh: number): number {
  if (ilow < 0) ilow = 0;
  else if (ilow > a.ob_size) ilow = a.ob_size;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a.ob_size) ihigh = a.ob_size;
  const d = ihigh - ilow;
  if (d > 0) {
    const sz = a.ob_descr.itemsize;
    a.ob_item.copyWithin(ilow * sz, ihigh * sz, a.ob_size * sz);
    if (array_resize(a, a.ob_size - d) < 0) return -1;
  }
  return 0;
}

/** @cpython array_ass_item */
function array_ass_item(a: PyObject, i: number, v: PyObject | null): number {
  const self = a as arrayobject;
  if (i < 0 || i >= self.ob_size) return PyErr_SetStringInt(PyExc_IndexError, "array assignment index out of range");
  if (v === null) return array_del_slice(self, i, i + 1);
  return self.ob_descr.setitem(self, i, v);
}

/** @cpython array_iter_extend */
function array_iter_extend(self: arrayobject, bb: PyObject): number {
  const it = PyObject_GetIter(bb);
  if (it === null) return -1;
  let v: PyObject | null;
  while ((v = PyIter_Next(it)) !== null) {
    const r = ins1(self, self.ob_size, v);
    Py_DECREF(v);
    if (r !== 0) {
      Py_DECREF(it);
      return -1;
    }
  }
  Py_DECREF(it);
  return PyErr_Occurred() ? -1 : 0;
}

/** @cpython array_do_extend */
function array_do_extend(self: arrayobject, bb: PyObject): number {
  if (!array_Check(bb)) return array_iter_extend(self, bb);
  if (self.ob_descr !== bb.ob_descr) return PyErr_SetStringInt(PyExc_TypeError, "can only extend with array of same kind");
  const src = itemBytes(bb).slice();
  const oldsize = self.ob_size;
  if (array_resize(self, oldsize + bb.ob_size) < 0) return -1;
  self.ob_item.set(src, oldsize * self.ob_descr.itemsize);
  return 0;
}

/** @cpython array_inplace_concat */
function array_inplace_concat(a: PyObject, bb: PyObject): PyObject | null {
  if (!array_Check(bb)) {
    return PyErr_SetString(PyExc_TypeError, `can only extend array with array (not "${bb.ob_type.tp_name}")`);
  }
  if (array_do_extend(a as arrayobject, bb) < 0) return null;
  Py_INCREF(a);
  return a;
}

/** @cpython array_inplace_repeat */
function array_inplace_repeat(a: PyObject, n: number): PyObject | null {
  const self = a as arrayobject;
  const size = self.ob_size;
  if (size > 0 && n !== 1) {
    if (n < 0) n = 0;
    const src = itemBytes(self).slice();
    if (array_resize(self, n * size) < 0) return null;
    for (let k = 0; k < n; k++) self.ob_item.set(src, k * src.length);
  }
  Py_INCREF(a);
  return a;
}

/** @cpython array_contains */
function array_contains(a: PyObject, v: PyObject): number {
  const self = a as arrayobject;
  let cmp = 0;
  for (let i = 0; cmp === 0 && i < self.ob_size; i++) {
    const item = getarrayitem(self, i);
    if (item === null) return -1;
    cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    Py_DECREF(item);
  }
  return cmp;
}

/** @cpython array_subscr */
function array_subscr(a: PyObject, item: PyObject): PyObject | null {
  const self = a as arrayobject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return null;
    if (i < 0) i += self.ob_size;
    return array_item(self, i);
  }
  if (PySlice_Check(item)) {
    const r = PySlice_Unpack(item as PySliceObject);
    if (r === null) return null;
    const slicelength = PySlice_AdjustIndices(self.ob_size, r);
    const [start, , step] = r;
    if (slicelength <= 0) return newarrayobject(Arraytype, 0, self.ob_descr);
    const sz = self.ob_descr.itemsize;
    const result = newarrayobject(Arraytype, slicelength, self.ob_descr);
    if (result === null) return null;
    if (step === 1) {
      result.ob_item.set(self.ob_item.subarray(start * sz, (start + slicelength) * sz));
    } else {
      for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
        result.ob_item.set(self.ob_item.subarray(cur * sz, cur * sz + sz), i * sz);
      }
    }
    return result;
  }
  return PyErr_SetString(PyExc_TypeError, "array indices must be integers");
}

/** @cpython array_ass_subscr */
function array_ass_subscr(a: PyObject, item: PyObject, value: PyObject | null): number {
  const self = a as arrayobject;
  let start: number, stop: number, step: number, slicelength: number;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return -1;
    if (i < 0) i += self.ob_size;
    if (i < 0 || i >= self.ob_size) return PyErr_SetStringInt(PyExc_IndexError, "array assignment index out of range");
    if (value !== null) return self.ob_descr.setitem(self, i, value);
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (PySlice_Check(item)) {
    const r = PySlice_Unpack(item as PySliceObject);
    if (r === null) return -1;
    slicelength = PySlice_AdjustIndices(self.ob_size, r);
    [start, stop, step] = r;
  } else {
    return PyErr_SetStringInt(PyExc_TypeError, "array indices must be integers");
  }
  let other: arrayobject | null = null;
  let needed = 0;
  if (value !== null) {
    if (!array_Check(value)) {
      return PyErr_SetStringInt(PyExc_TypeError, `can only assign array (not "${value.ob_type.tp_name}") to array slice`);
    }
    other = value;
    needed = other.ob_size;
    if (other === self) {
      const copy = array_slice(other, 0, needed);
      if (copy === null) return -1;
      const ret = array_ass_subscr(self, item, copy);
      Py_DECREF(copy);
      return ret;
    }
    if (other.ob_descr !== self.ob_descr) {
      PyErr_BadArgument();
      return -1;
    }
  }
  const sz = self.ob_descr.itemsize;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1) {
    const size = self.ob_size;
    if (slicelength > needed) {
      self.ob_item.copyWithin((start + needed) * sz, stop * sz, size * sz);
      if (array_resize(self, size + needed - slicelength) < 0) return -1;
    } else if (slicelength < needed) {
      if (array_resize(self, size + needed - slicelength) < 0) return -1;
      self.ob_item.copyWithin((start + needed) * sz, stop * sz, size * sz);
    }
    if (needed > 0) self.ob_item.set(itemBytes(other!), start * sz);
    return 0;
  }
  if (needed === 0) {
    // delete an extended slice: keep the items not in it, in order
    const keep: number[] = [];
    const del = new Set<number>();
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) del.add(cur);
    for (let i = 0; i < self.ob_size; i++) if (!del.has(i)) keep.push(i);
    const src = itemBytes(self).slice();
    keep.forEach((k, j) => self.ob_item.set(src.subarray(k * sz, k * sz + sz), j * sz));
    return array_resize(self, keep.length);
  }
  if (needed !== slicelength) {
    return PyErr_SetStringInt(PyExc_ValueError, `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  }
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    self.ob_item.set(other!.ob_item.subarray(i * sz, i * sz + sz), cur * sz);
  }
  return 0;
}

// -- methods --------------------------------------------------------------------------------------

function array_append(self: PyObject, v: PyObject): PyObject | null {
  if (ins1(self as arrayobject, (self as arrayobject).ob_size, v) !== 0) return null;
  return Py_NewNone();
}

/** @cpython array_array_buffer_info_impl: (address, length). */
function array_buffer_info(self: PyObject): PyObject {
  const a = self as arrayobject;
  // a stable pseudo-address for the buffer (there is no real memory address here)
  const addr = PyLong_FromNumber(a.ob_item === EMPTY ? 0 : 0x7f0000000000 + (addressOf(a.ob_item) * 4096));
  const n = PyLong_FromNumber(a.ob_size);
  const t = PyTuple_Pack(addr, n);
  Py_DECREF(addr);
  Py_DECREF(n);
  return t;
}
const bufferIds = new WeakMap<Uint8Array, number>();
let nextBufferId = 1;
function addressOf(b: Uint8Array): number {
  let id = bufferIds.get(b);
  if (id === undefined) {
    id = nextBufferId++;
    bufferIds.set(b, id);
  }
  return id;
}

/** @cpython array_array_byteswap_impl */
function array_byteswap(self: PyObject): PyObject | null {
  const a = self as arrayobject;
  const sz = a.ob_descr.itemsize;
  const p = a.ob_item;
  if (sz > 1) {
    for (let i = 0; i < a.ob_size; i++) p.subarray(i * sz, i * sz + sz).reverse();
  }
  return Py_NewNone();
}

function array_copy(self: PyObject): PyObject | null {
  return array_slice(self as arrayobject, 0, (self as arrayobject).ob_size);
}

/** @cpython array_array_count */
function array_count(self: PyObject, v: PyObject): PyObject | null {
  const a = self as arrayobject;
  let count = 0;
  for (let i = 0; i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    if (item === null) return null;
    const cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    Py_DECREF(item);
    if (cmp > 0) count++;
    else if (cmp < 0) return null;
  }
  return PyLong_FromNumber(count);
}

function array_extend(self: PyObject, bb: PyObject): PyObject | null {
  if (array_do_extend(self as arrayobject, bb) < 0) return null;
  return Py_NewNone();
}

/** @cpython array_array_fromfile_impl: f.read(n * itemsize), appended. */
function array_fromfile(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("fromfile", args.length, 2, 2)) return null;
  const a = self as arrayobject;
  const f = args[0];
  const ni = _PyNumber_Index(args[1]);
  if (ni === null) return null;
  const n = Number((ni as PyLongObject).ob_ival);
  Py_DECREF(ni);
  if (n < 0) return PyErr_SetString(PyExc_ValueError, "negative count");
  const nbytes = n * a.ob_descr.itemsize;
  const arg = PyLong_FromNumber(nbytes);
  const b = PyObject_CallMethod(f, "read", [arg]);
  Py_DECREF(arg);
  if (b === null) return null;
  if (!PyBytes_Check(b)) {
    Py_DECREF(b);
    return PyErr_SetString(PyExc_TypeError, "read() didn't return bytes");
  }
  const not_enough_bytes = (b as PyBytesObject).ob_sval.length !== nbytes;
  const res = frombytes(a, b);
  Py_DECREF(b);
  if (res === null) return null;
  if (not_enough_bytes) {
    Py_DECREF(res);
    return PyErr_SetString(PyExc_EOFError, "read() didn't return enough bytes");
  }
  return res;
}

/** @cpython array_array_tofile_impl: write the bytes in blocks of 64 KiB. */
function array_tofile(self: PyObject, f: PyObject): PyObject | null {
  const data = itemBytes(self as arrayobject);
  const BLOCKSIZE = 64 * 1024;
  for (let off = 0; off < data.length; off += BLOCKSIZE) {
    const bytes = PyBytes_FromArray(data.slice(off, off + BLOCKSIZE));
    const res = PyObject_CallMethod(f, "write", [bytes]);
    Py_DECREF(bytes);
    if (res === null) return null;
    Py_DECREF(res);
  }
  return Py_NewNone();
}

/** @cpython array_array_fromlist */
function array_fromlist(self: PyObject, list: PyObject): PyObject | null {
  const a = self as arrayobject;
  if (!PyList_Check(list)) return PyErr_SetString(PyExc_TypeError, "arg must be list");
  const items = (list as PyListObject).ob_item;
  const n = items.length;
  if (n > 0) {
    const old_size = a.ob_size;
    if (array_resize(a, old_size + n) < 0) return null;
    for (let i = 0; i < n; i++) {
      if (a.ob_descr.setitem(a, a.ob_size - n + i, items[i]) !== 0) {
        array_resize(a, old_size);
        return null;
      }
      if (n !== items.length) {
        array_resize(a, old_size);
        return PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
      }
    }
  }
  return Py_NewNone();
}

/** @cpython array_array_tolist_impl */
function array_tolist(self: PyObject): PyObject | null {
  const a = self as arrayobject;
  const items: PyObject[] = [];
  for (let i = 0; i < a.ob_size; i++) {
    const v = getarrayitem(a, i);
    if (v === null) {
      for (const x of items) Py_DECREF(x);
      return null;
    }
    items.push(v);
  }
  return _PyList_FromArraySteal(items);
}

/** @cpython frombytes: append the items packed in a bytes-like object. */
function frombytes(self: arrayobject, buffer: PyObject): PyObject | null {
  const data = _PyObject_GetBufferData(buffer);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${buffer.ob_type.tp_name}'`);
  // a buffer of items wider than a byte (another array) does not qualify
  if (array_Check(buffer) && buffer.ob_descr.itemsize !== 1) return PyErr_SetString(PyExc_TypeError, "a bytes-like object is required");
  const itemsize = self.ob_descr.itemsize;
  if (data.length % itemsize !== 0) return PyErr_SetString(PyExc_ValueError, "bytes length not a multiple of item size");
  const n = data.length / itemsize;
  if (n > 0) {
    const src = data.slice();
    const old_size = self.ob_size;
    if (array_resize(self, old_size + n) < 0) return null;
    self.ob_item.set(src, old_size * itemsize);
  }
  return Py_NewNone();
}

function array_frombytes(self: PyObject, buffer: PyObject): PyObject | null {
  return frombytes(self as arrayobject, buffer);
}

function array_tobytes(self: PyObject): PyObject {
  return PyBytes_FromArray(itemBytes(self as arrayobject).slice());
}

/** The code points of a str (lone surrogates kept as they are). */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** @cpython array_array_fromunicode_impl */
function array_fromunicode(self: PyObject, ustr: PyObject): PyObject | null {
  const a = self as arrayobject;
  if (!PyUnicode_Check(ustr)) return PyErr_SetString(PyExc_TypeError, `fromunicode() argument must be str, not ${ustr.ob_type.tp_name}`);
  if (a.ob_descr.typecode !== "u") return PyErr_SetString(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
  appendCodePoints(a, codePoints((ustr as PyUnicodeObject).str));
  return Py_NewNone();
}

function appendCodePoints(a: arrayobject, cps: number[]): number {
  if (cps.length === 0) return 0;
  const old_size = a.ob_size;
  if (array_resize(a, old_size + cps.length) < 0) return -1;
  for (let i = 0; i < cps.length; i++) a.view.setUint32((old_size + i) * 4, cps[i], true);
  return 0;
}

/** @cpython array_array_tounicode_impl */
function array_tounicode(self: PyObject): PyObject | null {
  const a = self as arrayobject;
  if (a.ob_descr.typecode !== "u") return PyErr_SetString(PyExc_ValueError, "tounicode() may only be called on unicode type arrays");
  let s = "";
  for (let i = 0; i < a.ob_size; i++) {
    const cp = a.view.getUint32(i * 4, true);
    if (cp > 0x10ffff) return PyErr_SetString(PyExc_ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    s += String.fromCodePoint(cp);
  }
  return PyUnicode_FromString(s);
}

/** @cpython array_array_index_impl: index(v, start=0, stop=sys.maxsize). */
function array_index(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("index", args.length, 1, 3)) return null;
  const a = self as arrayobject;
  let start = 0, stop = 9223372036854775807;
  if (args.length > 1) {
    const s = _PyEval_SliceIndexNotNone(args[1]);
    if (s === null) return null;
    start = s;
  }
  if (args.length > 2) {
    const s = _PyEval_SliceIndexNotNone(args[2]);
    if (s === null) return null;
    stop = s;
  }
  if (start < 0) {
    start += a.ob_size;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += a.ob_size;
  for (let i = start; i < stop && i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    if (item === null) return null;
    const cmp = PyObject_RichCompareBool(item, args[0], Py_EQ);
    Py_DECREF(item);
    if (cmp > 0) return PyLong_FromNumber(i);
    if (cmp < 0) return null;
  }
  return PyErr_SetString(PyExc_ValueError, "array.index(x): x not in array");
}

/** A Py_ssize_t argument (clinic's converter: __index__, OverflowError past the C range). */
function ssizeArg(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  if (typeof v === "bigint") return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

function array_insert(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("insert", args.length, 2, 2)) return null;
  const i = ssizeArg(args[0]);
  if (i === null) return null;
  if (ins1(self as arrayobject, i, args[1]) !== 0) return null;
  return Py_NewNone();
}

/** @cpython array_array_pop_impl */
function array_pop(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("pop", args.length, 0, 1)) return null;
  const a = self as arrayobject;
  let i = -1;
  if (args.length) {
    const x = ssizeArg(args[0]);
    if (x === null) return null;
    i = x;
  }
  if (a.ob_size === 0) return PyErr_SetString(PyExc_IndexError, "pop from empty array");
  if (i < 0) i += a.ob_size;
  if (i < 0 || i >= a.ob_size) return PyErr_SetString(PyExc_IndexError, "pop index out of range");
  const v = getarrayitem(a, i);
  if (v === null) return null;
  if (array_del_slice(a, i, i + 1) !== 0) {
    Py_DECREF(v);
    return null;
  }
  return v;
}

/** @cpython array_array_remove */
function array_remove(self: PyObject, v: PyObject): PyObject | null {
  const a = self as arrayobject;
  for (let i = 0; i < a.ob_size; i++) {
    const item = getarrayitem(a, i);
    if (item === null) return null;
    const cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    Py_DECREF(item);
    if (cmp > 0) {
      if (array_del_slice(a, i, i + 1) !== 0) return null;
      return Py_NewNone();
    }
    if (cmp < 0) return null;
  }
  return PyErr_SetString(PyExc_ValueError, "array.remove(x): x not in array");
}

function array_reverse(self: PyObject): PyObject {
  const a = self as arrayobject;
  const sz = a.ob_descr.itemsize;
  const src = itemBytes(a).slice();
  const n = a.ob_size;
  for (let i = 0; i < n; i++) a.ob_item.set(src.subarray(i * sz, i * sz + sz), (n - 1 - i) * sz);
  return Py_NewNone();
}

/** @cpython array_array___sizeof___impl: the object plus its allocated items. */
function array_sizeof(self: PyObject): PyObject {
  const a = self as arrayobject;
  return PyLong_FromNumber(a.ob_type.tp_basicsize + a.allocated * a.ob_descr.itemsize);
}

// -- pickling -------------------------------------------------------------------------------------

/** @cpython machine_format_code */
const UNSIGNED_INT8 = 0, SIGNED_INT8 = 1, IEEE_754_FLOAT_LE = 14, IEEE_754_FLOAT_BE = 15,
  IEEE_754_DOUBLE_LE = 16, IEEE_754_DOUBLE_BE = 17, UTF16_LE = 18, UTF16_BE = 19, UTF32_LE = 20, UTF32_BE = 21;

/** @cpython mformat_descriptors: [size, is_signed, is_big_endian] of each code. */
const mformat_descriptors: [number, boolean, boolean][] = [
  [1, false, false], [1, true, false], [2, false, false], [2, false, true], [2, true, false], [2, true, true],
  [4, false, false], [4, false, true], [4, true, false], [4, true, true], [8, false, false], [8, false, true],
  [8, true, false], [8, true, true], [4, false, false], [4, false, true], [8, false, false], [8, false, true],
  [4, false, false], [4, false, true], [8, false, false], [8, false, true],
];

/** @cpython typecode_to_mformat_code (little-endian, x86-64 sizes) */
function typecode_to_mformat_code(typecode: string): number {
  switch (typecode) {
    case "b": return SIGNED_INT8;
    case "B": return UNSIGNED_INT8;
    case "u": return UTF32_LE;
    case "f": return IEEE_754_FLOAT_LE;
    case "d": return IEEE_754_DOUBLE_LE;
  }
  const d = getdescr(typecode)!;
  // integers: LE codes are 2 + 4*log2(size/2) (unsigned), +2 for signed
  const base = d.itemsize === 2 ? 2 : d.itemsize === 4 ? 6 : 10;
  return base + (d.is_signed ? 2 : 0);
}

/** @cpython array_array___reduce_ex___impl */
function array_reduce_ex(self: PyObject, value: PyObject): PyObject | null {
  const a = self as arrayobject;
  const reconstructor = array_reconstructor_func;
  if (!PyLong_Check(value)) return PyErr_SetString(PyExc_TypeError, "__reduce_ex__ argument should be an integer");
  const protocol = Number((value as PyLongObject).ob_ival);
  // (_PyObject_LookupAttr: undefined when there is no such attribute, null on an error)
  const found = _PyObject_LookupAttr(self, PyUnicode_FromString("__dict__"));
  if (found === null) return null;
  let dict: PyObject;
  if (found === undefined) {
    dict = Py_None;
    Py_INCREF(dict);
  } else {
    dict = found;
  }
  const typecode = PyUnicode_FromString(a.ob_descr.typecode);
  let result: PyObject;
  if (protocol < 3) {
    const list = array_tolist(self);
    if (list === null) {
      Py_DECREF(dict);
      Py_DECREF(typecode);
      return null;
    }
    const args = PyTuple_Pack(typecode, list);
    Py_DECREF(list);
    result = PyTuple_Pack(a.ob_type, args, dict);
    Py_DECREF(args);
  } else {
    const bytes = array_tobytes(self);
    const code = PyLong_FromNumber(typecode_to_mformat_code(a.ob_descr.typecode));
    const args = PyTuple_Pack(a.ob_type, typecode, code, bytes);
    Py_DECREF(code);
    Py_DECREF(bytes);
    result = PyTuple_Pack(reconstructor!, args, dict);
    Py_DECREF(args);
  }
  Py_DECREF(typecode);
  Py_DECREF(dict);
  return result;
}

/** The C converter for a one-character str argument ("must be a unicode character"). */
function unicodeChar(fname: string, argn: number, o: PyObject): string | null {
  if (!PyUnicode_Check(o)) {
    return PyErr_SetString(PyExc_TypeError, `${fname}() argument ${argn} must be a unicode character, not ${o.ob_type.tp_name}`);
  }
  const s = (o as PyUnicodeObject).str;
  const cp = s.codePointAt(0);
  if (cp === undefined || s.length !== (cp > 0xffff ? 2 : 1)) {
    return PyErr_SetString(PyExc_TypeError, `${fname}() argument ${argn} must be a unicode character, not str`);
  }
  return s;
}

/** @cpython make_array: arraytype(typecode, items). */
function make_array(arraytype: PyTypeObject, typecode: string, items: PyObject): PyObject | null {
  const tc = PyUnicode_FromString(typecode);
  const r = array_new(arraytype, [tc, items], null);
  Py_DECREF(tc);
  return r;
}

/**
 * @cpython array__array_reconstructor_impl: rebuild a pickled array from its bytes and
 * machine format code, converting when the pickling machine's layout differs.
 */
function array_reconstructor(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_array_reconstructor", args.length, 4, 4)) return null;
  const arraytype = args[0];
  const typecode = unicodeChar("_array_reconstructor", 2, args[1]);
  if (typecode === null) return null;
  const mi = intArg(args[2]);
  if (mi === null) return null;
  const mformat_code = mi;
  const items = args[3];
  if (!PyType_Check(arraytype)) {
    return PyErr_SetString(PyExc_TypeError, `first argument must be a type object, not ${arraytype.ob_type.tp_name}`);
  }
  if (!PyType_IsSubtype(arraytype, Arraytype)) {
    return PyErr_SetString(PyExc_TypeError, `${arraytype.tp_name} is not a subtype of ${Arraytype.tp_name}`);
  }
  const descr = getdescr(typecode);
  if (descr === undefined) return PyErr_SetString(PyExc_ValueError, "second argument must be a valid type code");
  if (mformat_code < 0 || mformat_code > 21) {
    return PyErr_SetString(PyExc_ValueError, "third argument must be a valid machine format code.");
  }
  if (!PyBytes_Check(items)) return PyErr_SetString(PyExc_TypeError, `fourth argument should be bytes, not ${items.ob_type.tp_name}`);
  if (mformat_code === typecode_to_mformat_code(typecode)) return make_array(arraytype, typecode, items);
  const data = (items as PyBytesObject).ob_sval;
  const [size, is_signed, is_big_endian] = mformat_descriptors[mformat_code];
  if (data.length % size !== 0) return PyErr_SetString(PyExc_ValueError, "string length not a multiple of item size");
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let converted: PyObject;
  let tc = typecode;
  switch (mformat_code) {
    case IEEE_754_FLOAT_LE:
    case IEEE_754_FLOAT_BE: {
      const out: PyObject[] = [];
      for (let i = 0; i < data.length / 4; i++) out.push(PyFloat_FromDouble(dv.getFloat32(i * 4, mformat_code === IEEE_754_FLOAT_LE)));
      converted = _PyList_FromArraySteal(out);
      break;
    }
    case IEEE_754_DOUBLE_LE:
    case IEEE_754_DOUBLE_BE: {
      const out: PyObject[] = [];
      for (let i = 0; i < data.length / 8; i++) out.push(PyFloat_FromDouble(dv.getFloat64(i * 8, mformat_code === IEEE_754_DOUBLE_LE)));
      converted = _PyList_FromArraySteal(out);
      break;
    }
    case UTF16_LE:
    case UTF16_BE: {
      const le = mformat_code === UTF16_LE;
      const units: number[] = [];
      for (let i = 0; i + 1 < data.length; i += 2) units.push(dv.getUint16(i, le));
      converted = PyUnicode_FromString(String.fromCharCode(...units));
      break;
    }
    case UTF32_LE:
    case UTF32_BE: {
      const le = mformat_code === UTF32_LE;
      let s = "";
      for (let i = 0; i + 3 < data.length; i += 4) {
        const cp = dv.getUint32(i, le);
        if (cp > 0x10ffff) return PyErr_SetString(PyExc_ValueError, "character out of range");
        s += String.fromCodePoint(cp);
      }
      converted = PyUnicode_FromString(s);
      break;
    }
    default: {
      // integers: pick the typecode of that size and signedness, then the values
      for (const d of descriptors) {
        if (d.is_integer_type && d.itemsize === size && d.is_signed === is_signed) tc = d.typecode;
      }
      const out: PyObject[] = [];
      for (let i = 0; i < data.length / size; i++) {
        let v = 0n;
        for (let k = 0; k < size; k++) {
          const byte = data[i * size + (is_big_endian ? k : size - 1 - k)];
          v = (v << 8n) | BigInt(byte);
        }
        if (is_signed) v = BigInt.asIntN(size * 8, v);
        out.push(fromBig(v));
      }
      converted = _PyList_FromArraySteal(out);
      break;
    }
  }
  const result = make_array(arraytype, tc, converted);
  Py_DECREF(converted);
  return result;
}

/** The clinic int converter (a C int, through __index__). */
function intArg(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

// -- repr, construction ---------------------------------------------------------------------------

/** @cpython array_repr: array('i', [1, 2]) or array('u', 'text'). */
function array_repr(self: PyObject): PyObject | null {
  const a = self as arrayobject;
  const name = _PyType_Name(a.ob_type);
  const tc = a.ob_descr.typecode;
  if (a.ob_size === 0) return PyUnicode_FromString(`${name}('${tc}')`);
  const v = tc === "u" ? array_tounicode(self) : array_tolist(self);
  if (v === null) return null;
  const r = reprString(v);
  Py_DECREF(v);
  if (r === null) return null;
  return PyUnicode_FromString(`${name}('${tc}', ${r})`);
}

/** @cpython array_new: array(typecode[, initializer]). */
function array_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if ((type === Arraytype || type.tp_init === Arraytype.tp_init) && kwnames !== null && kwnames.ob_item.length > 0) {
    return PyErr_SetString(PyExc_TypeError, "array.array() takes no keyword arguments");
  }
  const nargs = kwnames === null ? args.length : args.length - kwnames.ob_item.length;
  if (nargs < 1) return PyErr_SetString(PyExc_TypeError, `array() takes at least 1 argument (${nargs} given)`);
  if (nargs > 2) return PyErr_SetString(PyExc_TypeError, `array() takes at most 2 arguments (${nargs} given)`);
  const c = unicodeChar("array", 1, args[0]);
  if (c === null) return null;
  let initial: PyObject | null = nargs > 1 ? args[1] : null;
  let it: PyObject | null = null;
  if (initial !== null && c !== "u") {
    if (PyUnicode_Check(initial)) {
      return PyErr_SetString(PyExc_TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    }
    if (array_Check(initial) && initial.ob_descr.typecode === "u") {
      return PyErr_SetString(PyExc_TypeError, `cannot use a unicode array to initialize an array with typecode '${c}'`);
    }
  }
  if (!(initial === null || PyList_Check(initial) || PyByteArray_Check(initial) || PyBytes_Check(initial) ||
        PyTuple_Check(initial) || (c === "u" && PyUnicode_Check(initial)) ||
        (array_Check(initial) && c === initial.ob_descr.typecode))) {
    it = PyObject_GetIter(initial);
    if (it === null) return null;
    initial = null;
  }
  const descr = getdescr(c);
  if (descr === undefined) {
    if (it !== null) Py_DECREF(it);
    return PyErr_SetString(PyExc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  let len = 0;
  if (initial !== null) {
    if (PyList_Check(initial) || PyTuple_Check(initial)) len = (initial as PyListObject).ob_item.length;
    else if (array_Check(initial)) len = initial.ob_size;
  }
  const a = newarrayobject(type, len, descr);
  if (a === null) return null;
  if (len > 0 && !array_Check(initial!)) {
    const items = (initial as PyListObject).ob_item;
    for (let i = 0; i < len; i++) {
      const v = items[i];
      Py_INCREF(v);
      const r = array_ass_item(a, i, v);
      Py_DECREF(v);
      if (r !== 0) {
        Py_DECREF(a);
        return null;
      }
    }
  } else if (initial !== null && (PyByteArray_Check(initial) || PyBytes_Check(initial))) {
    const v = frombytes(a, initial);
    if (v === null) {
      Py_DECREF(a);
      return null;
    }
    Py_DECREF(v);
  } else if (initial !== null && PyUnicode_Check(initial)) {
    // the buffer is the string's wchar_t copy, allocated exactly
    const cps = codePoints((initial as PyUnicodeObject).str);
    if (cps.length > 0) {
      a.ob_item = new Uint8Array(cps.length * 4);
      a.view = new DataView(a.ob_item.buffer);
      a.ob_size = a.allocated = cps.length;
      for (let i = 0; i < cps.length; i++) a.view.setUint32(i * 4, cps[i], true);
    }
  } else if (initial !== null && array_Check(initial) && len > 0) {
    a.ob_item.set(itemBytes(initial));
  }
  if (it !== null) {
    const r = array_iter_extend(a, it);
    Py_DECREF(it);
    if (r < 0) {
      Py_DECREF(a);
      return null;
    }
  }
  return a;
}

function array_dealloc(self: PyObject): void {
  const a = self as arrayobject;
  a.ob_item = EMPTY;
  a.view = EMPTY_VIEW;
}

// -- the iterator ---------------------------------------------------------------------------------

/** @cpython arrayiterobject */
class arrayiterobject extends PyObject {
  ao: arrayobject | null;
  index: number;
  constructor(type: PyTypeObject, ao: arrayobject) {
    super(type);
    this.ao = ao;
    this.index = 0;
  }
}

function array_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return new arrayiterobject(PyArrayIter_Type, self as arrayobject);
}

/** @cpython arrayiter_next */
function arrayiter_next(self: PyObject): PyObject | null {
  const it = self as arrayiterobject;
  const ao = it.ao;
  if (ao === null) return null;
  if (it.index < ao.ob_size) return getarrayitem(ao, it.index++);
  it.ao = null;
  Py_DECREF(ao);
  return null;
}

/** @cpython array_arrayiterator___reduce___impl: (iter, (array,), index), or (iter, ((),)). */
function arrayiter_reduce(self: PyObject): PyObject | null {
  const it = self as arrayiterobject;
  const iterFunc = _PyEval_GetBuiltin("iter");
  if (iterFunc === null) return null;
  let result: PyObject;
  if (it.ao === null) {
    const empty = PyTuple_Pack();
    const args = PyTuple_Pack(empty);
    Py_DECREF(empty);
    result = PyTuple_Pack(iterFunc, args);
    Py_DECREF(args);
  } else {
    const args = PyTuple_Pack(it.ao);
    const idx = PyLong_FromNumber(it.index);
    result = PyTuple_Pack(iterFunc, args, idx);
    Py_DECREF(args);
    Py_DECREF(idx);
  }
  Py_DECREF(iterFunc);
  return result;
}

/** @cpython array_arrayiterator___setstate__ */
function arrayiter_setstate(self: PyObject, state: PyObject): PyObject | null {
  const it = self as arrayiterobject;
  let index = PyNumber_AsSsize_t(state, null);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.ao !== null) {
    if (index < 0) index = 0;
    else if (index > it.ao.ob_size) index = it.ao.ob_size;
    it.index = index;
  }
  return Py_NewNone();
}

export const PyArrayIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "array.arrayiterator", tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => {
    const it = o as arrayiterobject;
    if (it.ao !== null) {
      const ao = it.ao;
      it.ao = null;
      Py_DECREF(ao);
    }
  },
  tp_getattro: PyObject_GenericGetAttr, tp_iter: PyObject_SelfIter, tp_iternext: arrayiter_next,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: arrayiter_reduce, ml_flags: METH_NOARGS, ml_doc: "__reduce__($self, /)\n--\n\nReturn state information for pickling." },
    { ml_name: "__setstate__", ml_meth: arrayiter_setstate, ml_flags: METH_O, ml_doc: "__setstate__($self, state, /)\n--\n\nSet state information for unpickling." },
  ],
});

// -- the type and the module ----------------------------------------------------------------------

const m = (name: string, meth: Function, flags: number, sig: string, doc: string): PyMethodDef =>
  ({ ml_name: name, ml_meth: meth, ml_flags: flags, ml_doc: `${name}${sig}\n--\n\n${doc}` });

const array_methods: PyMethodDef[] = [
  m("append", array_append, METH_O, "($self, v, /)", "Append v to the end of the array."),
  m("buffer_info", array_buffer_info, METH_NOARGS, "($self, /)",
    "(address, length) of the buffer holding the items; length * itemsize is its size in bytes."),
  m("byteswap", array_byteswap, METH_NOARGS, "($self, /)", "Reverse the byte order of every item (for 1, 2, 4 and 8-byte items)."),
  m("__copy__", array_copy, METH_NOARGS, "($self, /)", "A copy of the array."),
  m("count", array_count, METH_O, "($self, v, /)", "How many items equal v."),
  m("__deepcopy__", (self: PyObject, _memo: PyObject) => array_copy(self), METH_O, "($self, unused, /)", "A copy of the array."),
  m("extend", array_extend, METH_O, "($self, bb, /)", "Append the items of an iterable (or of an array of the same typecode)."),
  m("fromfile", array_fromfile, METH_FASTCALL, "($self, f, n, /)", "Read n items (as machine values) from the file object f and append them."),
  m("fromlist", array_fromlist, METH_O, "($self, list, /)", "Append the items of a list."),
  m("frombytes", array_frombytes, METH_O, "($self, buffer, /)", "Append items from bytes holding machine values (as tobytes() makes them)."),
  m("fromunicode", array_fromunicode, METH_O, "($self, ustr, /)", "Append the characters of a str to a 'u' array."),
  m("index", array_index, METH_FASTCALL, "($self, v, start=0, stop=sys.maxsize, /)",
    "The index of the first item equal to v (looking in [start, stop)); ValueError when there is none."),
  m("insert", array_insert, METH_FASTCALL, "($self, i, v, /)", "Insert v before position i."),
  m("pop", array_pop, METH_FASTCALL, "($self, i=-1, /)", "Remove the item at position i (the last by default) and return it."),
  m("__reduce_ex__", array_reduce_ex, METH_O, "($self, value, /)", "Return state information for pickling."),
  m("remove", array_remove, METH_O, "($self, v, /)", "Remove the first item equal to v."),
  m("reverse", array_reverse, METH_NOARGS, "($self, /)", "Reverse the order of the items, in place."),
  m("tofile", array_tofile, METH_O, "($self, f, /)", "Write the items (as machine values) to the file object f."),
  m("tolist", array_tolist, METH_NOARGS, "($self, /)", "The items as a list."),
  m("tobytes", array_tobytes, METH_NOARGS, "($self, /)", "The items as bytes, in the machine's layout."),
  m("tounicode", array_tounicode, METH_NOARGS, "($self, /)", "The characters of a 'u' array as a str."),
  m("__sizeof__", array_sizeof, METH_NOARGS, "($self, /)", "Size of the array in memory, in bytes."),
];

const arraytype_doc = `array(typecode [, initializer]) -> array

An array of numbers (or characters) of one C type, stored compactly. typecode is one
of b, B (signed and unsigned char), u (wchar_t), h, H (short), i, I (int), l, L (long),
q, Q (long long), f (float) and d (double); initializer is a list, bytes, str (for 'u')
or any iterable of items of that type.

Arrays behave like lists of their items, and convert to and from bytes with
tobytes(), frombytes(), tofile() and fromfile().`;

export const Arraytype: PyTypeObject = new PyTypeObject({
  tp_name: "array.array", tp_basicsize: 64, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_SEQUENCE,
  tp_doc: arraytype_doc, tp_dealloc: array_dealloc, tp_repr: array_repr, tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: array_richcompare, tp_iter: array_iter, tp_new: array_new, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: array_methods,
  tp_getset: [
    { name: "typecode", get: (o) => PyUnicode_FromString((o as arrayobject).ob_descr.typecode), doc: "the typecode character used to create the array" },
    { name: "itemsize", get: (o) => PyLong_FromNumber((o as arrayobject).ob_descr.itemsize), doc: "the size, in bytes, of one array item" },
  ],
  sq_length: array_length, sq_concat: array_concat, sq_repeat: array_repeat, sq_item: array_item,
  sq_ass_item: array_ass_item, sq_contains: array_contains, sq_inplace_concat: array_inplace_concat,
  sq_inplace_repeat: array_inplace_repeat,
  mp_length: array_length, mp_subscript: array_subscr, mp_ass_subscript: array_ass_subscr,
});

let array_reconstructor_func: PyObject | null = null;

const array_module_methods: PyMethodDef[] = [
  { ml_name: "_array_reconstructor", ml_meth: array_reconstructor, ml_flags: METH_FASTCALL,
    ml_doc: "_array_reconstructor($module, arraytype, typecode, mformat_code, items,\n                     /)\n--\n\nInternal: rebuilds a pickled array." },
];

/** @cpython PyInit_array (array_modexec) */
export function PyInit_array(): PyObject | null {
  const mod = PyModule_Create("array",
    "Arrays of numbers (and characters) of one C type, stored compactly, that behave\nmuch like lists.",
    array_module_methods);
  if (PyType_Ready(PyArrayIter_Type) < 0 || PyModule_AddType(mod, Arraytype) < 0) {
    Py_DECREF(mod);
    return null;
  }
  _PyBuffer_RegisterType(Arraytype, (o) => itemBytes(o as arrayobject));
  // array_buffer_getbuf / array_buffer_relbuf: views count as exports; the format is the
  // typecode ('w' for 'u', as CPython's array exports it)
  _PyBuffer_RegisterExporter(Arraytype, {
    bf_getbuffer: (o) => {
      const a = o as arrayobject;
      a.ob_exports++;
      return itemBytes(a);
    },
    bf_releasebuffer: (o) => {
      (o as arrayobject).ob_exports--;
    },
    writable: true,
    bf_format: (o) => {
      const d = (o as arrayobject).ob_descr;
      return [d.typecode === "u" ? "w" : d.typecode, d.itemsize];
    },
  });
  _PyStruct_RegisterWritable(Arraytype);
  const f = PyDict_GetItemString(PyModule_GetDict(mod), "_array_reconstructor");
  if (f !== null) {
    Py_INCREF(f);
    array_reconstructor_func = f;
  }
  if (PyModule_AddObjectRef(mod, "ArrayType", Arraytype) < 0) return null;
  const tc = PyUnicode_FromString("bBuhHiIlLqQfd");
  PyModule_AddObjectRef(mod, "typecodes", tc);
  Py_DECREF(tc);
  return mod;
}
