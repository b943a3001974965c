/**
 * @mirrors Python/marshal.c
 * The `marshal` module: dumps, loads, dump, load and version, writing and reading Python
 * objects themselves (w_object / r_object), so that lists, dicts, sets, object identity
 * (FLAG_REF and TYPE_REF back-references, by identity as in CPython) and the older format
 * versions 0-3 behave as CPython's. Code objects are written by the compiler's writer in
 * marshal.ts (from version 3), numbering from our reference count and sharing interned
 * strings, small ints and empty singletons with the objects around them by value; a stream
 * that is one code object (a .pyc body) is read by marshal.ts's reader whole, and a code
 * object inside other objects is read here field by field.
 *
 * DIVERGENCE: inside a code object, which objects get FLAG_REF follows marshal.ts's model of
 * a freshly compiled module (the .pyc case), not the reference counts of the code object at
 * hand as in CPython, so marshal.dumps(f.__code__) can differ from CPython's in those flag
 * bits (it loads to the same code object). Objects outside code objects follow CPython's
 * rule (a single reference is never numbered), with typhon's own reference counts.
 */
import { PyObject, Py_DECREF, Py_INCREF, METH_FASTCALL } from "../Include/object.ts";
import {
  TYPE_NULL, TYPE_NONE, TYPE_FALSE, TYPE_TRUE, TYPE_STOPITER, TYPE_ELLIPSIS, TYPE_INT, TYPE_INT64, TYPE_FLOAT, TYPE_BINARY_FLOAT, TYPE_COMPLEX, TYPE_BINARY_COMPLEX, TYPE_LONG, TYPE_STRING, TYPE_INTERNED, TYPE_REF, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_CODE, TYPE_UNICODE, TYPE_UNKNOWN, TYPE_SET, TYPE_FROZENSET, FLAG_REF, TYPE_ASCII, TYPE_ASCII_INTERNED, TYPE_SMALL_TUPLE, TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED,
} from "./marshal.ts";

import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches } from "./errors.ts";
import {
  PyExc_ValueError, PyExc_EOFError, PyExc_TypeError, PyExc_StopIteration, PyExc_SystemError, PyExc_OverflowError,
} from "../Objects/exceptions.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternFromString, PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { Py_None } from "../Objects/object.ts";
import { PyBool_Type, Py_True, Py_False } from "../Objects/boolobject.ts";
import { PyLongObject, PyLong_Type, PyLong_FromNumber, PyLong_FromBigInt, _PyLong_AsInt, PyNumber_AsSsize_t } from "../Objects/longobject.ts";
import { PyFloatObject, PyFloat_Type, PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { PyComplexObject, PyComplex_Type, PyComplex_FromDoubles } from "../Objects/complexobject.ts";
import { PyBytes_FromArray, PyBytesObject, PyBytes_Type, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyByteArray_FromArray } from "../Objects/bytearrayobject.ts";
import { PyTupleObject, PyTuple_Type, PyTuple_New } from "../Objects/tupleobject.ts";
import { PyListObject, PyList_Type, PyList_New, _PyList_FromArraySteal, PyList_Sort } from "../Objects/listobject.ts";
import { PyDict_Type, PyDict_New, PyDict_Next, PyDict_SetItem } from "../Objects/dictobject.ts";
import {
  PyFrozenSet_CheckExact, PyAnySet_CheckExact, PySet_New, PyFrozenSet_New, PySet_Add,
  type PySetObject, _PySet_NextEntry,
} from "../Objects/setobject.ts";
import { PyTuple_Pack } from "../Objects/tupleobject.ts";
import { Py_Ellipsis } from "../Objects/sliceobject.ts";
import { PyCodeObjectWrapper, constantToObject } from "../Objects/codeobject_runtime.ts";
import { PyModule_Create, PyModule_AddIntConstant, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyObject_CallMethod } from "../Objects/call.ts";
import { PyOS_double_to_string } from "./formatter_unicode.ts";
import { ConstantFrozenset, ConstantTuple, Ellipsis, None, PyBytes, PyComplex, type ConstantValue } from "../Include/ast_constant.ts";
import { PyCodeObject, type CodeConstant } from "../Objects/codeobject.ts";
import {
  loads as code_loads, dumpCodeAt, encodeSurrogatePass, decodeSurrogatePass, MarshalError, Py_MARSHAL_VERSION,
} from "./marshal.ts";

/** Marks an object that is not a compile-time constant (codeobject_runtime raises ValueError). */
export class Unmarshallable {}

/** A Python object as the constant value the compiler's code objects hold. */
export function toConstant(o: PyObject): CodeConstant {
  if (o === Py_None) return None;
  if (o === Py_Ellipsis) return Ellipsis;
  if (o.ob_type === PyBool_Type) return (o as PyLongObject).ob_ival !== 0;
  if (o instanceof PyLongObject) return BigInt((o as PyLongObject).ob_ival);
  if (o instanceof PyFloatObject) return o.ob_fval;
  if (o instanceof PyComplexObject) return new PyComplex(o.cval_real, o.cval_imag);
  if (PyUnicode_Check(o)) return (o as PyUnicodeObject).str;
  if (o instanceof PyBytesObject) return new PyBytes(o.ob_sval);
  if (o instanceof PyTupleObject) return new ConstantTuple(o.ob_item.map((x) => toConstant(x) as ConstantValue));
  if (PyFrozenSet_CheckExact(o)) {
    const items: ConstantValue[] = [];
    const pos = { i: 0 };
    for (let e = _PySet_NextEntry(o as PySetObject, pos); e !== null; e = _PySet_NextEntry(o as PySetObject, pos)) {
      items.push(toConstant(e[0]) as ConstantValue);
    }
    return new ConstantFrozenset(items);
  }
  if (o instanceof PyCodeObjectWrapper) return o.co;
  const buf = _PyObject_GetBufferData(o);
  if (buf !== null) return new PyBytes(buf.slice());
  throw new Unmarshallable();
}


/** How deep w_object and r_object may nest (marshal.c's value for this platform). */
const MAX_MARSHAL_STACK_DEPTH = 2000;

const WFERR_OK = 0;
const WFERR_UNMARSHALLABLE = 1;
const WFERR_NESTEDTOODEEP = 2;

// ---------------------------------------------------------------- writing

/** @cpython WFILE: a growing byte buffer, the reference table and the error state. */
class WFile {
  buf = new Uint8Array(64);
  len = 0;
  depth = 0;
  error = WFERR_OK;
  /** Objects numbered so far (FLAG_REF), by identity; null below version 3. */
  hashtable: Map<PyObject, number> | null;
  /** The next reference index (code objects number their insides too). */
  nrefs = 0;
  /**
   * Objects CPython shares by value (interned strings, small ints, the empty tuple and
   * bytes), under marshal.ts's sharing keys: code objects written by marshal.ts number
   * their own strings by value, and both sides refer to each other's through this map.
   */
  shared = new Map<unknown, number>();
  constructor(readonly version: number) {
    this.hashtable = version >= 3 ? new Map() : null;
  }

  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const nb = new Uint8Array(size);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  byte(b: number): void {
    if (this.len === this.buf.length) this.reserve(1);
    this.buf[this.len++] = b & 0xff;
  }
  /** @cpython w_long: 32 bits, little-endian. */
  long(x: number): void {
    this.reserve(4);
    const b = this.buf;
    b[this.len] = x & 0xff;
    b[this.len + 1] = (x >> 8) & 0xff;
    b[this.len + 2] = (x >> 16) & 0xff;
    b[this.len + 3] = (x >>> 24) & 0xff;
    this.len += 4;
  }
  short(x: number): void {
    this.byte(x);
    this.byte(x >> 8);
  }
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }
  /** @cpython w_pstring */
  pstring(data: Uint8Array): void {
    this.long(data.length);
    this.raw(data);
  }
  /** @cpython w_float_bin */
  double(x: number): void {
    this.reserve(8);
    new DataView(this.buf.buffer).setFloat64(this.len, x, true);
    this.len += 8;
  }
  /** @cpython w_float_str: repr-like text with 17 significant digits, one length byte. */
  floatStr(x: number): void {
    const s = PyOS_double_to_string(x, "g", 17, 0);
    this.byte(s.length);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }
}

/** The key under which marshal.ts shares `v` by value, or null (see WFile.shared). */
function valueKey(v: PyObject): unknown {
  const t = v.ob_type;
  if (t === PyUnicodeObject.type) return (v as PyUnicodeObject).interned ? "s:" + (v as PyUnicodeObject).str : null;
  if (t === PyLong_Type) {
    const x = (v as PyLongObject).ob_ival;
    return typeof x === "number" && x >= -5 && x <= 256 ? BigInt(x) : null;
  }
  if (t === PyTuple_Type) return (v as PyTupleObject).ob_item.length === 0 ? "()" : null;
  if (t === PyBytes_Type) return (v as PyBytesObject).ob_sval.length === 0 ? "b''" : null;
  return null;
}

/**
 * @cpython w_ref: -1 when `v` was written as a back-reference (or on error), else the
 * flag for its type byte (FLAG_REF when it is numbered now).
 */
function w_ref(v: PyObject, p: WFile): number {
  const table = p.hashtable;
  if (table === null) return 0;
  const key = valueKey(v);
  // An object with a single reference cannot occur twice; interned strings are numbered
  // anyway, for stable .pyc output (and small ints and empty singletons are never single).
  if (key === null && v.ob_refcnt === 1) return 0;
  const seen = key === null ? table.get(v) : p.shared.get(key);
  if (seen !== undefined) {
    p.byte(TYPE_REF);
    p.long(seen);
    return -1;
  }
  if (p.nrefs >= 0x7fffffff) {
    p.error = WFERR_UNMARSHALLABLE;
    return -1;
  }
  // The table holds a reference, so that no object numbered here is freed and its
  // identity reused while writing.
  Py_INCREF(v);
  table.set(v, p.nrefs);
  if (key !== null) p.shared.set(key, p.nrefs);
  p.nrefs++;
  return FLAG_REF;
}

/** @cpython w_object */
function w_object(v: PyObject | null, p: WFile): void {
  p.depth++;
  if (p.depth > MAX_MARSHAL_STACK_DEPTH) {
    p.error = WFERR_NESTEDTOODEEP;
  } else if (v === null) {
    p.byte(TYPE_NULL);
  } else if (v === Py_None) {
    p.byte(TYPE_NONE);
  } else if (v === PyExc_StopIteration) {
    p.byte(TYPE_STOPITER);
  } else if (v === Py_Ellipsis) {
    p.byte(TYPE_ELLIPSIS);
  } else if (v === Py_False) {
    p.byte(TYPE_FALSE);
  } else if (v === Py_True) {
    p.byte(TYPE_TRUE);
  } else if (v instanceof PyCodeObjectWrapper) {
    w_code(v, p);
  } else {
    const flag = w_ref(v, p);
    if (flag >= 0) w_complex_object(v, flag, p);
  }
  p.depth--;
}

/** @cpython w_PyLong: the magnitude in 15-bit digits, least significant first. */
function w_PyLong(v: bigint, flag: number, p: WFile): void {
  p.byte(TYPE_LONG | flag);
  const neg = v < 0n;
  let a = neg ? -v : v;
  const digits: number[] = [];
  while (a > 0n) {
    digits.push(Number(a & 0x7fffn));
    a >>= 15n;
  }
  p.long(neg ? -digits.length : digits.length);
  for (const d of digits) p.short(d);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** @cpython w_complex_object: everything but the singletons, exact builtin types only. */
function w_complex_object(v: PyObject, flag: number, p: WFile): void {
  const t = v.ob_type;
  if (t === PyLong_Type) {
    const x = (v as PyLongObject).ob_ival;
    if (typeof x === "number" ? x >= -0x80000000 && x <= 0x7fffffff : x >= -0x80000000n && x <= 0x7fffffffn) {
      p.byte(TYPE_INT | flag);
      p.long(Number(x));
    } else {
      w_PyLong(BigInt(x), flag, p);
    }
  } else if (t === PyFloat_Type) {
    const x = (v as PyFloatObject).ob_fval;
    if (p.version > 1) {
      p.byte(TYPE_BINARY_FLOAT | flag);
      p.double(x);
    } else {
      p.byte(TYPE_FLOAT | flag);
      p.floatStr(x);
    }
  } else if (t === PyComplex_Type) {
    const c = v as PyComplexObject;
    if (p.version > 1) {
      p.byte(TYPE_BINARY_COMPLEX | flag);
      p.double(c.cval_real);
      p.double(c.cval_imag);
    } else {
      p.byte(TYPE_COMPLEX | flag);
      p.floatStr(c.cval_real);
      p.floatStr(c.cval_imag);
    }
  } else if (t === PyBytes_Type) {
    p.byte(TYPE_STRING | flag);
    p.pstring((v as PyBytesObject).ob_sval);
  } else if (t === PyUnicodeObject.type) {
    const u = v as PyUnicodeObject;
    const s = u.str;
    if (p.version >= 4 && isAscii(s)) {
      if (s.length < 256) {
        p.byte((u.interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
        p.byte(s.length);
      } else {
        p.byte((u.interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
        p.long(s.length);
      }
      p.reserve(s.length);
      for (let i = 0; i < s.length; i++) p.buf[p.len++] = s.charCodeAt(i);
    } else {
      p.byte((p.version >= 3 && u.interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
      p.pstring(encodeSurrogatePass(s));
    }
  } else if (t === PyTuple_Type) {
    const items = (v as PyTupleObject).ob_item;
    const n = items.length;
    if (p.version >= 4 && n < 256) {
      p.byte(TYPE_SMALL_TUPLE | flag);
      p.byte(n);
    } else {
      p.byte(TYPE_TUPLE | flag);
      p.long(n);
    }
    for (let i = 0; i < n; i++) w_object(items[i], p);
  } else if (t === PyList_Type) {
    const list = v as PyListObject;
    p.byte(TYPE_LIST | flag);
    p.long(list.ob_item.length);
    // The list may change while its items are written (their count was written first).
    for (let i = 0; i < list.ob_item.length; i++) w_object(list.ob_item[i], p);
  } else if (t === PyDict_Type) {
    p.byte(TYPE_DICT | flag);
    const pos = { i: 0 };
    for (let e = PyDict_Next(v, pos); e !== null; e = PyDict_Next(v, pos)) {
      w_object(e[0], p);
      w_object(e[1], p);
    }
    w_object(null, p);
  } else if (PyAnySet_CheckExact(v)) {
    w_set(v as PySetObject, flag, p);
  } else {
    const data = _PyObject_GetBufferData(v);
    if (data !== null) {
      // Any other bytes-like object is written as bytes.
      p.byte(TYPE_STRING | flag);
      p.pstring(data);
    } else {
      p.byte(TYPE_UNKNOWN | flag);
      p.error = WFERR_UNMARSHALLABLE;
    }
  }
}

/**
 * @cpython w_complex_object (sets): the items in the order of their own marshal bytes
 * (as sorted(s, key=marshal.dumps)), so the output does not depend on hashing.
 */
function w_set(v: PySetObject, flag: number, p: WFile): void {
  p.byte((PyFrozenSet_CheckExact(v) ? TYPE_FROZENSET : TYPE_SET) | flag);
  const pairs: PyObject[] = [];
  const pos = { i: 0 };
  for (let e = _PySet_NextEntry(v, pos); e !== null; e = _PySet_NextEntry(v, pos)) {
    const dump = writeObjectToString(e[0], p.version);
    if (dump === null) {
      for (const q of pairs) Py_DECREF(q);
      p.error = WFERR_UNMARSHALLABLE;
      return;
    }
    pairs.push(PyTuple_Pack(dump, e[0]));
    Py_DECREF(dump);
  }
  p.long(pairs.length);
  const list = _PyList_FromArraySteal(pairs);
  if (PyList_Sort(list) < 0) {
    Py_DECREF(list);
    p.error = WFERR_UNMARSHALLABLE;
    return;
  }
  for (const pair of list.ob_item) w_object((pair as PyTupleObject).ob_item[1], p);
  Py_DECREF(list);
}

/**
 * @cpython w_complex_object (code objects). From version 3 the compiler's writer lays the
 * code object out, numbering its references from ours; below that nothing is shared and
 * the fields are written here, as objects.
 */
function w_code(v: PyCodeObjectWrapper, p: WFile): void {
  const table = p.hashtable;
  if (table !== null) {
    const seen = table.get(v);
    if (seen !== undefined) {
      p.byte(TYPE_REF);
      p.long(seen);
      return;
    }
    // The compiler's writer numbers the code object itself first, at index p.nrefs.
    Py_INCREF(v);
    table.set(v, p.nrefs);
    const r = dumpCodeAt(v.co, p.version, p.nrefs, p.shared);
    p.raw(r.bytes);
    p.nrefs = r.nrefs;
    return;
  }
  const co = v.co;
  p.byte(TYPE_CODE);
  p.long(co.co_argcount);
  p.long(co.co_posonlyargcount);
  p.long(co.co_kwonlyargcount);
  p.long(co.co_stacksize);
  p.long(co.co_flags);
  w_object_tmp(PyBytes_FromArray(co.co_code), p);
  w_object_tmp(constantToObject(new ConstantTuple(co.co_consts as ConstantValue[])), p);
  w_object_tmp(constantToObject(new ConstantTuple(co.co_names)), p);
  w_object_tmp(constantToObject(new ConstantTuple(co.co_localsplusnames)), p);
  w_object_tmp(PyBytes_FromArray(co.co_localspluskinds), p);
  w_object_tmp(PyUnicode_FromString(co.co_filename), p);
  w_object_tmp(PyUnicode_FromString(co.co_name), p);
  w_object_tmp(PyUnicode_FromString(co.co_qualname), p);
  p.long(co.co_firstlineno);
  w_object_tmp(PyBytes_FromArray(co.co_linetable), p);
  w_object_tmp(PyBytes_FromArray(co.co_exceptiontable), p);
}

function w_object_tmp(o: PyObject, p: WFile): void {
  w_object(o, p);
  Py_DECREF(o);
}

/** @cpython _PyMarshal_WriteObjectToString: the error state as the Python exception. */
function writeObjectToString(x: PyObject, version: number): PyBytesObject | null {
  const p = new WFile(version);
  w_object(x, p);
  if (p.hashtable !== null) for (const o of p.hashtable.keys()) Py_DECREF(o);
  if (p.error !== WFERR_OK) {
    if (PyErr_Occurred()) return null;
    return PyErr_SetString(PyExc_ValueError,
      p.error === WFERR_UNMARSHALLABLE ? "unmarshallable object" : "object too deeply nested to marshal");
  }
  return PyBytes_FromArray(p.buf.slice(0, p.len));
}

// ---------------------------------------------------------------- reading

/** @cpython RFILE: bytes in memory (loads) or a file read with readinto (load). */
class RFile {
  pos = 0;
  end: number;
  depth = 0;
  /** Objects read with FLAG_REF, by index (null: reserved, not finished); counted references. */
  refs: (PyObject | null)[] = [];
  /** The arrays made for tuples read into code objects (see codeStrings). */
  arrays = new Map<PyTupleObject, CodeConstant[]>();
  /** The constants made for tuples and frozensets (see constantOf). */
  constants = new Map<PyObject, CodeConstant>();
  constructor(readonly data: Uint8Array | null, readonly readable: PyObject | null) {
    this.end = data === null ? 0 : data.length;
  }
}

/** @cpython r_string: n bytes, or null with EOFError/ValueError set. */
function r_string(n: number, p: RFile): Uint8Array | null {
  if (p.data !== null) {
    if (p.end - p.pos < n) {
      PyErr_SetString(PyExc_EOFError, "marshal data too short");
      return null;
    }
    const out = p.data.subarray(p.pos, p.pos + n);
    p.pos += n;
    return out;
  }
  const ba = PyByteArray_FromArray(new Uint8Array(n));
  const res = PyObject_CallMethod(p.readable!, "readinto", [ba]);
  let read = -1;
  if (res !== null) {
    read = PyNumber_AsSsize_t(res, PyExc_ValueError);
    Py_DECREF(res);
  }
  let out: Uint8Array | null = null;
  if (read === n) {
    out = _PyObject_GetBufferData(ba)!.slice(0, n);
  } else if (!PyErr_Occurred()) {
    if (read > n) PyErr_SetString(PyExc_ValueError, `read() returned too much data: ${n} bytes requested, ${read} returned`);
    else PyErr_SetString(PyExc_EOFError, "EOF read where not expected");
  }
  Py_DECREF(ba);
  return out;
}

/** @cpython r_byte: -1 at the end of the data, with EOFError set. */
function r_byte(p: RFile): number {
  if (p.data !== null) {
    if (p.pos < p.end) return p.data[p.pos++];
    PyErr_SetString(PyExc_EOFError, "EOF read where not expected");
    return -1;
  }
  const b = r_string(1, p);
  return b === null ? -1 : b[0];
}

/** @cpython r_long: signed 32 bits; check PyErr_Occurred() after -1. */
function r_long(p: RFile): number {
  const b = r_string(4, p);
  if (b === null) return -1;
  return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
}

/** @cpython r_PyLong */
function r_PyLong(p: RFile): PyObject | null {
  const n = r_long(p);
  if (n === -1 && PyErr_Occurred()) return null;
  if (n < -0x7fffffff || n > 0x7fffffff) {
    return PyErr_SetString(PyExc_ValueError, "bad marshal data (long size out of range)");
  }
  const size = Math.abs(n);
  let v = 0n;
  const digits: number[] = [];
  for (let i = 0; i < size; i++) {
    const b = r_string(2, p);
    if (b === null) return null;
    const d = b[0] | (b[1] << 8);
    if (d > 0x7fff) return PyErr_SetString(PyExc_ValueError, "bad marshal data (digit out of range in long)");
    digits.push(d);
  }
  if (size > 0 && digits[size - 1] === 0) {
    return PyErr_SetString(PyExc_ValueError, "bad marshal data (unnormalized long data)");
  }
  for (let i = size - 1; i >= 0; i--) v = (v << 15n) | BigInt(digits[i]);
  return PyLong_FromBigInt(n < 0 ? -v : v);
}

/** @cpython r_float_bin */
function r_float_bin(p: RFile): number | null {
  const b = r_string(8, p);
  if (b === null) return null;
  return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
}

/** @cpython r_float_str: one length byte, then the text. */
function r_float_str(p: RFile): number | null {
  const n = r_byte(p);
  if (n === -1) return null;
  const b = r_string(n, p);
  if (b === null) return null;
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  const t = s.trim().toLowerCase();
  const sign = t.startsWith("-") ? -1 : 1;
  const body = t.replace(/^[+-]/, "");
  if (body === "inf" || body === "infinity") return sign * Infinity;
  if (body === "nan") return NaN;
  const x = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(body) ? Number(t) : NaN;
  if (Number.isNaN(x)) {
    PyErr_SetString(PyExc_ValueError, `could not convert string to float: '${s}'`);
    return null;
  }
  return x;
}

/** @cpython r_ref: records a finished object when its type byte had FLAG_REF. */
function r_ref(o: PyObject | null, flag: number, p: RFile): PyObject | null {
  if (o !== null && flag) {
    Py_INCREF(o);
    p.refs.push(o);
  }
  return o;
}

/** @cpython r_ref_reserve: a slot for an object whose items come first. */
function r_ref_reserve(flag: number, p: RFile): number {
  if (!flag) return 0;
  p.refs.push(null);
  return p.refs.length - 1;
}

/** @cpython r_ref_insert */
function r_ref_insert(o: PyObject | null, idx: number, flag: number, p: RFile): PyObject | null {
  if (o !== null && flag) {
    Py_INCREF(o);
    p.refs[idx] = o;
  }
  return o;
}

/** @cpython r_object: a new reference, or null with an exception set (or none: TYPE_NULL). */
function r_object(p: RFile): PyObject | null {
  const code = r_byte(p);
  if (code === -1) {
    // Running out of data before an object says so (other read errors stay as they are).
    if (PyErr_ExceptionMatches(PyExc_EOFError)) PyErr_SetString(PyExc_EOFError, "EOF read where object expected");
    return null;
  }
  if (++p.depth > MAX_MARSHAL_STACK_DEPTH) {
    p.depth--;
    return PyErr_SetString(PyExc_ValueError, "recursion limit exceeded");
  }
  const r = r_object_body(code, p);
  p.depth--;
  return r;
}

/** Reads an item of a container; a NULL there is an error of the container. */
function r_item(p: RFile, what: string): PyObject | null {
  const v = r_object(p);
  if (v === null && !PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, `NULL object in marshal data for ${what}`);
  return v;
}

function r_size(p: RFile, what: string): number {
  const n = r_long(p);
  if (n === -1 && PyErr_Occurred()) return -1;
  if (n < 0) {
    PyErr_SetString(PyExc_ValueError, `bad marshal data (${what} size out of range)`);
    return -1;
  }
  return n;
}

function r_object_body(code: number, p: RFile): PyObject | null {
  const flag = code & FLAG_REF;
  const type = code & ~FLAG_REF;
  switch (type) {
    case TYPE_NULL:
      return null;
    case TYPE_NONE:
      Py_INCREF(Py_None);
      return Py_None;
    case TYPE_STOPITER:
      Py_INCREF(PyExc_StopIteration);
      return PyExc_StopIteration;
    case TYPE_ELLIPSIS:
      Py_INCREF(Py_Ellipsis);
      return Py_Ellipsis;
    case TYPE_FALSE:
      Py_INCREF(Py_False);
      return Py_False;
    case TYPE_TRUE:
      Py_INCREF(Py_True);
      return Py_True;
    case TYPE_INT: {
      const n = r_long(p);
      if (n === -1 && PyErr_Occurred()) return null;
      return r_ref(PyLong_FromNumber(n), flag, p);
    }
    case TYPE_INT64: {
      const b = r_string(8, p);
      if (b === null) return null;
      const x = new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, true);
      return r_ref(PyLong_FromBigInt(x), flag, p);
    }
    case TYPE_LONG:
      return r_ref(r_PyLong(p), flag, p);
    case TYPE_FLOAT:
    case TYPE_BINARY_FLOAT: {
      const x = type === TYPE_FLOAT ? r_float_str(p) : r_float_bin(p);
      if (x === null) return null;
      return r_ref(PyFloat_FromDouble(x), flag, p);
    }
    case TYPE_COMPLEX:
    case TYPE_BINARY_COMPLEX: {
      const read = type === TYPE_COMPLEX ? r_float_str : r_float_bin;
      const re = read(p);
      if (re === null) return null;
      const im = read(p);
      if (im === null) return null;
      return r_ref(PyComplex_FromDoubles(re, im), flag, p);
    }
    case TYPE_STRING: {
      const n = r_size(p, "bytes object");
      if (n < 0) return null;
      const b = r_string(n, p);
      if (b === null) return null;
      return r_ref(PyBytes_FromArray(b.slice()), flag, p);
    }
    case TYPE_ASCII_INTERNED:
    case TYPE_ASCII:
    case TYPE_SHORT_ASCII_INTERNED:
    case TYPE_SHORT_ASCII: {
      let n: number;
      if (type === TYPE_ASCII || type === TYPE_ASCII_INTERNED) {
        n = r_size(p, "string");
        if (n < 0) return null;
      } else {
        n = r_byte(p);
        if (n === -1) return null;
      }
      const b = r_string(n, p);
      if (b === null) return null;
      let s = "";
      for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]);
      const interned = type === TYPE_ASCII_INTERNED || type === TYPE_SHORT_ASCII_INTERNED;
      return r_ref(interned ? PyUnicode_InternFromString(s) : PyUnicode_FromString(s), flag, p);
    }
    case TYPE_INTERNED:
    case TYPE_UNICODE: {
      const n = r_size(p, "string");
      if (n < 0) return null;
      let s = "";
      if (n !== 0) {
        const b = r_string(n, p);
        if (b === null) return null;
        s = decodeSurrogatePass(b);
      }
      return r_ref(type === TYPE_INTERNED ? PyUnicode_InternFromString(s) : PyUnicode_FromString(s), flag, p);
    }
    case TYPE_SMALL_TUPLE:
    case TYPE_TUPLE: {
      let n: number;
      if (type === TYPE_SMALL_TUPLE) {
        n = r_byte(p);
        if (n === -1) return null;
      } else {
        n = r_size(p, "tuple");
        if (n < 0) return null;
      }
      const v = PyTuple_New(n);
      r_ref(v, flag, p);
      for (let i = 0; i < n; i++) {
        const item = r_item(p, "tuple");
        if (item === null) {
          // Complete the tuple with None so that its deallocation releases what it holds.
          for (let j = i; j < n; j++) {
            Py_INCREF(Py_None);
            v.ob_item[j] = Py_None;
          }
          Py_DECREF(v);
          return null;
        }
        v.ob_item[i] = item;
      }
      return v;
    }
    case TYPE_LIST: {
      const n = r_size(p, "list");
      if (n < 0) return null;
      const v = PyList_New(0);
      r_ref(v, flag, p);
      for (let i = 0; i < n; i++) {
        const item = r_item(p, "list");
        if (item === null) {
          Py_DECREF(v);
          return null;
        }
        v.ob_item.push(item);
        v.allocated = Math.max(v.allocated, v.ob_item.length);
      }
      return v;
    }
    case TYPE_DICT: {
      const v = PyDict_New();
      r_ref(v, flag, p);
      for (;;) {
        const key = r_object(p);
        if (key === null) break;
        const val = r_object(p);
        if (val === null) {
          Py_DECREF(key);
          break;
        }
        const rc = PyDict_SetItem(v, key, val);
        Py_DECREF(key);
        Py_DECREF(val);
        if (rc < 0) break;
      }
      if (PyErr_Occurred()) {
        Py_DECREF(v);
        return null;
      }
      return v;
    }
    case TYPE_SET:
    case TYPE_FROZENSET: {
      const n = r_size(p, "set");
      if (n < 0) return null;
      if (n === 0 && type === TYPE_FROZENSET) return r_ref(PyFrozenSet_New(null), flag, p);
      const v = (type === TYPE_SET ? PySet_New(null) : PyFrozenSet_New(null))!;
      // A frozenset is numbered before its items but filled in after them.
      const idx = type === TYPE_SET ? (r_ref(v, flag, p), 0) : r_ref_reserve(flag, p);
      for (let i = 0; i < n; i++) {
        const item = r_item(p, "set");
        if (item === null) {
          Py_DECREF(v);
          return null;
        }
        const rc = PySet_Add(v, item);
        Py_DECREF(item);
        if (rc < 0) {
          Py_DECREF(v);
          return null;
        }
      }
      return type === TYPE_SET ? v : r_ref_insert(v, idx, flag, p);
    }
    case TYPE_CODE:
      return r_code(flag, p);
    case TYPE_REF: {
      const n = r_long(p);
      if (n === -1 && PyErr_Occurred()) return null;
      if (n < 0 || n >= p.refs.length) return PyErr_SetString(PyExc_ValueError, "bad marshal data (invalid reference)");
      const v = p.refs[n];
      if (v === null) return PyErr_SetString(PyExc_ValueError, "bad marshal data (invalid reference)");
      Py_INCREF(v);
      return v;
    }
    default:
      return PyErr_SetString(PyExc_ValueError, "bad marshal data (unknown type code)");
  }
}

/**
 * The checked fields of a code object being read; null after an error. A bytes object or
 * tuple read once and referred to again gives one array, as marshal.ts's reader does, so
 * that writing the code objects again shares them the same way. (Bytes are immutable:
 * the code object may use the bytes object's own array.)
 */
function codeBytes(o: PyObject): Uint8Array | null {
  return o instanceof PyBytesObject ? o.ob_sval : null;
}
function codeStrings(o: PyObject, p: RFile): string[] | null {
  if (!(o instanceof PyTupleObject)) return null;
  const known = p.arrays.get(o);
  if (known !== undefined) return known as string[];
  const out: string[] = [];
  for (const x of o.ob_item) {
    if (!PyUnicode_Check(x)) return null;
    out.push((x as PyUnicodeObject).str);
  }
  p.arrays.set(o, out);
  return out;
}

/**
 * A constant read into a code object: toConstant, except that a tuple, bytes or frozenset
 * read once and referred to again stays one constant (the writer shares it by identity).
 */
function constantOf(o: PyObject, p: RFile): CodeConstant {
  if (o.ob_type !== PyTuple_Type && o.ob_type !== PyBytes_Type && !PyFrozenSet_CheckExact(o)) return toConstant(o);
  let c = p.constants.get(o);
  if (c === undefined) {
    if (o instanceof PyTupleObject) {
      c = new ConstantTuple(o.ob_item.map((x) => constantOf(x, p) as ConstantValue));
    } else {
      c = toConstant(o);
    }
    p.constants.set(o, c);
  }
  return c;
}

/** @cpython r_object (TYPE_CODE): the fields in marshal order, then the code object. */
function r_code(flag: number, p: RFile): PyObject | null {
  const idx = r_ref_reserve(flag, p);
  const ints: number[] = [];
  for (let i = 0; i < 5; i++) {
    const x = r_long(p);
    if (x === -1 && PyErr_Occurred()) return null;
    ints.push(x);
  }
  const objs: PyObject[] = [];
  const release = (): void => {
    for (const o of objs) Py_DECREF(o);
  };
  let firstlineno = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 8) {
      firstlineno = r_long(p);
      if (firstlineno === -1 && PyErr_Occurred()) {
        release();
        return null;
      }
    }
    const o = r_object(p);
    if (o === null) {
      if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "NULL object in marshal data for object");
      release();
      return null;
    }
    objs.push(o);
  }
  const [code, consts, names, lpnames, lpkinds, filename, name, qualname, linetable, exctable] = objs;
  const co_code = codeBytes(code);
  const co_names = codeStrings(names, p);
  const co_localsplusnames = codeStrings(lpnames, p);
  const co_localspluskinds = codeBytes(lpkinds);
  const co_linetable = codeBytes(linetable);
  const co_exceptiontable = codeBytes(exctable);
  let co_consts: CodeConstant[] | null = null;
  if (consts instanceof PyTupleObject) {
    co_consts = p.arrays.get(consts) ?? null;
    if (co_consts === null) {
      try {
        co_consts = consts.ob_item.map((o) => constantOf(o, p));
        p.arrays.set(consts, co_consts);
      } catch (e) {
        if (!(e instanceof Unmarshallable)) throw e;
      }
    }
  }
  if (co_code === null || co_consts === null || co_names === null || co_localsplusnames === null ||
      co_localspluskinds === null || co_linetable === null || co_exceptiontable === null ||
      !PyUnicode_Check(filename) || !PyUnicode_Check(name) || !PyUnicode_Check(qualname) ||
      co_localspluskinds.length !== co_localsplusnames.length || (co_code.length & 1) !== 0) {
    release();
    return PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
  }
  const co = new PyCodeObject({
    co_argcount: ints[0], co_posonlyargcount: ints[1], co_kwonlyargcount: ints[2], co_stacksize: ints[3],
    co_flags: ints[4], co_code, co_consts, co_names, co_localsplusnames,
    co_localspluskinds, co_filename: (filename as PyUnicodeObject).str,
    co_name: (name as PyUnicodeObject).str, co_qualname: (qualname as PyUnicodeObject).str, co_firstlineno: firstlineno,
    co_linetable, co_exceptiontable,
  });
  release();
  return r_ref_insert(constantToObject(co), idx, flag, p);
}

/** @cpython read_object */
function read_object(p: RFile): PyObject | null {
  const v = r_object(p);
  for (const o of p.refs) if (o !== null) Py_DECREF(o);
  p.refs.length = 0;
  if (v === null && !PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "NULL object in marshal data for object");
  return v;
}

/**
 * @cpython PyMarshal_ReadObjectFromString — a stream that is one code object (a .pyc's body)
 * goes to the compiler's reader whole: the fast path of every import from a cache.
 */
function readObjectFromString(data: Uint8Array): PyObject | null {
  if (data.length > 0 && (data[0] & ~FLAG_REF) === TYPE_CODE) {
    try {
      return constantToObject(code_loads(data));
    } catch (e) {
      if (!(e instanceof MarshalError)) throw e;
      // Not in the compiler's subset (or malformed): the general reader says which.
    }
  }
  return read_object(new RFile(data, null));
}

// ---------------------------------------------------------------- the module

/** The version argument as a C int (as _PyLong_AsInt converts it); null with the error set. */
function versionArg(v: PyObject | undefined): number | null {
  if (v === undefined) return Py_MARSHAL_VERSION;
  if (v instanceof PyLongObject && typeof v.ob_ival === "bigint" && (v.ob_ival > 0x7fffffffn || v.ob_ival < -0x80000000n)) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
    return null;
  }
  const n = _PyLong_AsInt(v);
  if (n === -1 && PyErr_Occurred()) return null;
  return n;
}

/** @cpython marshal_dumps_impl: dumps(value, version=version, /) */
function marshal_dumps(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 1) return PyErr_SetString(PyExc_TypeError, `dumps expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) return PyErr_SetString(PyExc_TypeError, `dumps expected at most 2 arguments, got ${args.length}`);
  const version = versionArg(args[1]);
  if (version === null) return null;
  return writeObjectToString(args[0], version);
}

/** @cpython marshal_dump_impl: dump(value, file, version=version, /) */
function marshal_dump(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 2) return PyErr_SetString(PyExc_TypeError, `dump expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) return PyErr_SetString(PyExc_TypeError, `dump expected at most 3 arguments, got ${args.length}`);
  const version = versionArg(args[2]);
  if (version === null) return null;
  const s = writeObjectToString(args[0], version);
  if (s === null) return null;
  const r = PyObject_CallMethod(args[1], "write", [s]);
  Py_DECREF(s);
  return r;
}

/** @cpython marshal_loads_impl: loads(bytes, /) */
function marshal_loads(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 1) return PyErr_SetString(PyExc_TypeError, `marshal.loads() takes exactly one argument (${args.length} given)`);
  const data = _PyObject_GetBufferData(args[0]);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${args[0].ob_type.tp_name}'`);
  return readObjectFromString(data);
}

/**
 * @cpython marshal_load_impl: load(file, /) — one object, read piece by piece with the
 * file's readinto, so the file is left just after it.
 */
function marshal_load(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 1) return PyErr_SetString(PyExc_TypeError, `marshal.load() takes exactly one argument (${args.length} given)`);
  const file = args[0];
  // Like marshal.c, first make sure read() gives bytes (read(0) consumes nothing).
  const zero = PyLong_FromNumber(0);
  const data = PyObject_CallMethod(file, "read", [zero]);
  Py_DECREF(zero);
  if (data === null) return null;
  if (!(data instanceof PyBytesObject)) {
    const r = PyErr_SetString(PyExc_TypeError, `file.read() returned not bytes but ${data.ob_type.tp_name}`);
    Py_DECREF(data);
    return r;
  }
  Py_DECREF(data);
  return read_object(new RFile(null, file));
}

// The functions' docstrings with their text signatures (as Argument Clinic writes them).
const dump_doc = "dump($module, value, file, version=version, /)\n--\n\nWrite the value on the open file.\n\n  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n    Indicates the data format that dump should use.\n\nIf the value has (or contains an object that has) an unsupported type, a\nValueError exception is raised - but garbage data will also be written\nto the file. The object will not be properly read back by load().";
const load_doc = "load($module, file, /)\n--\n\nRead one value from the open file and return it.\n\n  file\n    Must be readable binary file.\n\nIf no valid value is read (e.g. because the data has a different Python\nversion's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\nNote: If an object containing an unsupported type was marshalled with\ndump(), load() will substitute None for the unmarshallable type.";
const dumps_doc = "dumps($module, value, version=version, /)\n--\n\nReturn the bytes object that would be written to a file by dump(value, file).\n\n  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n\nRaise a ValueError exception if value has (or contains an object that has) an\nunsupported type.";
const loads_doc = "loads($module, bytes, /)\n--\n\nConvert the bytes-like object to a value.\n\nIf no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored.";

/** @cpython marshal_module_exec */
export function PyInit_marshal(): PyModuleObject {
  const m = PyModule_Create("marshal", "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nshould be understood that tuples, lists and dictionaries are only\nsupported as long as the values contained therein are themselves\nsupported; and recursive lists and dictionaries should not be written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\ndumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object", [
    { ml_name: "dump", ml_meth: marshal_dump, ml_flags: METH_FASTCALL, ml_doc: dump_doc },
    { ml_name: "load", ml_meth: marshal_load, ml_flags: METH_FASTCALL, ml_doc: load_doc },
    { ml_name: "dumps", ml_meth: marshal_dumps, ml_flags: METH_FASTCALL, ml_doc: dumps_doc },
    { ml_name: "loads", ml_meth: marshal_loads, ml_flags: METH_FASTCALL, ml_doc: loads_doc },
  ]);
  PyModule_AddIntConstant(m, "version", Py_MARSHAL_VERSION);
  return m;
}
