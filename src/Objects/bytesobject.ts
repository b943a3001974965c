/**
 * @mirrors Objects/bytesobject.c
 * The immutable byte string. A PyBytesObject holds its bytes in a Uint8Array (`ob_sval`);
 * the empty bytes and the 256 one-byte values are shared objects, as in CPython.
 *
 *   >>> b'abc'[1], b'abc'[1:], list(b'hi'), bytes(3), bytes([65, 66]), bytes('é', 'utf-8')
 *   (98, b'bc', [104, 105], b'\x00\x00\x00', b'AB', b'\xc3\xa9')
 *
 * repr() writes printable ASCII as itself, \t \n \r, the quote and the backslash escaped,
 * and everything else as \xhh; it uses double quotes when the bytes hold a single quote and
 * no double quote. The hash is SipHash over the bytes (equal to CPython's for the same
 * PYTHONHASHSEED). sys.getsizeof(b) is 33 + len(b): the object header and size (24), the
 * cached hash (8) and the bytes with a terminating NUL.
 *
 * Also here: the buffer protocol in the small form this runtime needs. A bytes-like object
 * is one whose bytes can be read as a Uint8Array: bytes, bytearray, and any type that
 * registers a reader (memoryview, array.array) with _PyBuffer_RegisterType.
 *
 * Most methods are shared with bytearray and live in bytes_methods.ts.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BYTES_SUBCLASS,
  Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS,
  METH_STATIC, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_NoMemory } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError, _PyExc_BytesRef } from "./exceptions.ts";
import { Py_NotImplemented, Py_NewNone } from "./object.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyObject_GetIter, PyIter_Next } from "./abstract.ts";
import { PyObject_CallNoArgs, PyObject_CallOneArg, lookup_maybe_method } from "./call.ts";
import { PyLong_FromNumber, PyIndex_Check, PyNumber_AsSsize_t } from "./longobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyTupleObject, PyTuple_CheckExact, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { PyList_CheckExact, type PyListObject } from "./listobject.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, type PySliceObject } from "./sliceobject.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _Py_HashBytesHiLo, hashResult } from "../Python/pyhash.ts";
import {
  PyUnicode_Check, PyUnicode_FromString, PyUnicode_AsEncodedString, _PyUnicode_FromId, _PyArg_BadArgument,
} from "./unicodeobject.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";
import { PyByteArrayObject } from "./bytearrayobject.ts";
import {
  _Py_bytes_isspace, _Py_bytes_isalpha, _Py_bytes_isalnum, _Py_bytes_isascii, _Py_bytes_isdigit,
  _Py_bytes_islower, _Py_bytes_isupper, _Py_bytes_istitle, _Py_bytes_lower, _Py_bytes_upper, _Py_bytes_title,
  _Py_bytes_capitalize, _Py_bytes_swapcase, _Py_bytes_maketrans, _Py_bytes_find, _Py_bytes_rfind, _Py_bytes_index,
  _Py_bytes_rindex, _Py_bytes_count, _Py_bytes_contains, _Py_bytes_startswith, _Py_bytes_endswith,
  stringlib_center, stringlib_ljust, stringlib_rjust, stringlib_zfill, stringlib_expandtabs, bytes_split,
  bytes_rsplit, bytes_splitlines, bytes_partition, bytes_rpartition, bytes_strip, bytes_lstrip, bytes_rstrip,
  bytes_removeprefix, bytes_removesuffix, bytes_replace, stringlib_bytes_join, bytes_translate, bytes_decode,
  bytes_hex, _PyBytes_FromHex, _PyBytes_FormatEx,
} from "./bytes_methods.ts";

/** @cpython PyBytes_Repr (smartquotes on). */
export function bytes_repr(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = "b" + quote;
  for (const c of b) {
    if (c === q || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

// =============================================================================================
// The object
// =============================================================================================

/** @cpython PyBytesObject */
export class PyBytesObject extends PyObject {
  ob_sval: Uint8Array;
  /** The cached hash (ob_shash), low and high halves; `hashed` says whether it is computed. */
  hash_lo: number;
  hash_hi: number;
  hashed: boolean;
  constructor(type: PyTypeObject, data: Uint8Array) {
    super(type);
    this.ob_sval = data;
    this.hash_lo = 0;
    this.hash_hi = 0;
    this.hashed = false;
  }
  /** Py_SIZE: object.__sizeof__ counts tp_itemsize per byte. */
  get ob_size(): number {
    return this.ob_sval.length;
  }
}

/** @cpython PyBytes_Check */
export const PyBytes_Check = (o: PyObject): o is PyBytesObject => (o.ob_type.tp_flags & Py_TPFLAGS_BYTES_SUBCLASS) !== 0;
/** @cpython PyBytes_CheckExact */
export const PyBytes_CheckExact = (o: PyObject): o is PyBytesObject => o.ob_type === PyBytes_Type;

// The empty bytes and the one-byte values are shared (CPython's characters[] and empty).
let bytes_empty: PyBytesObject | null = null;
const characters: (PyBytesObject | null)[] = new Array(256).fill(null);

/**
 * @cpython PyBytes_FromStringAndSize: a bytes object holding `u8`, which it takes over (the
 * caller must not change the array afterwards). @returns new
 */
export function PyBytes_FromArray(u8: Uint8Array): PyBytesObject {
  const n = u8.length;
  if (n === 0) {
    if (bytes_empty === null) {
      bytes_empty = new PyBytesObject(PyBytes_Type, new Uint8Array(0));
      bytes_empty.ob_refcnt = 1 << 20;
    }
    bytes_empty.ob_refcnt++;
    return bytes_empty;
  }
  if (n === 1) {
    const c = u8[0];
    let b = characters[c];
    if (b === null) {
      b = new PyBytesObject(PyBytes_Type, Uint8Array.of(c));
      b.ob_refcnt = 1 << 20;
      characters[c] = b;
    }
    b.ob_refcnt++;
    return b;
  }
  return new PyBytesObject(PyBytes_Type, u8);
}

/** @cpython PyBytes_AS_STRING / PyBytes_GET_SIZE in one: the bytes themselves. */
export const PyBytes_AS_ARRAY = (o: PyObject): Uint8Array => (o as PyBytesObject).ob_sval;

// =============================================================================================
// The buffer protocol (bf_getbuffer, PyBUF_SIMPLE only)
// =============================================================================================

const buffer_readers = new Map<PyTypeObject, (o: PyObject) => Uint8Array | null>();

/**
 * Register how to read the bytes of instances of `type` (its bf_getbuffer). A reader may
 * return null for an instance that has no buffer now (a released memoryview).
 */
export function _PyBuffer_RegisterType(type: PyTypeObject, reader: (o: PyObject) => Uint8Array | null): void {
  buffer_readers.set(type, reader);
}

/**
 * @cpython PyObject_GetBuffer (simple, contiguous, read-only use): the bytes of a bytes-like
 * object as a view (not a copy), or null — without an error — when o has no buffer.
 */
export function _PyObject_GetBufferData(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytesObject) return o.ob_sval;
  if (o instanceof PyByteArrayObject) return o.ob_bytes.subarray(o.ob_start, o.ob_start + o.ob_size);
  if (buffer_readers.size === 0) return null;
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const r = buffer_readers.get(t);
    if (r !== undefined) return r(o);
  }
  return null;
}

/** @cpython PyObject_CheckBuffer */
export function PyObject_CheckBuffer(o: PyObject): boolean {
  return _PyObject_GetBufferData(o) !== null;
}

// =============================================================================================
// Construction: bytes(), PyBytes_FromObject, __bytes__
// =============================================================================================

/** @cpython _PyBytes_FromBuffer: a copy of a bytes-like object's bytes. */
function from_buffer(data: Uint8Array): PyBytesObject {
  return PyBytes_FromArray(data.slice());
}

/**
 * @cpython _PyBytes_FromList / _PyBytes_FromTuple / _PyBytes_FromIterator: each item an int
 * in range(256) ("bytes must be in range(0, 256)").
 */
function bytes_from_items(seq: PyListObject | PyTupleObject): PyBytesObject | null {
  let out = new Uint8Array(seq.ob_item.length);
  // An item's __index__ may shrink the list: re-read its length each step (_PyBytes_FromList).
  let i = 0;
  for (; i < seq.ob_item.length; i++) {
    const item = seq.ob_item[i];
    Py_INCREF(item);
    const v = PyNumber_AsSsize_t(item, null);
    Py_DECREF(item);
    if (v === -1 && PyErr_Occurred()) return null;
    if (v < 0 || v >= 256) return PyErr_SetString(PyExc_ValueError, "bytes must be in range(0, 256)");
    if (i >= out.length) {
      const grown = new Uint8Array(Math.max(i + 1, seq.ob_item.length));
      grown.set(out);
      out = grown;
    }
    out[i] = v;
  }
  return PyBytes_FromArray(i === out.length ? out : out.slice(0, i));
}

/** @cpython PyBytes_FromObject @returns new */
export function PyBytes_FromObject(x: PyObject): PyBytesObject | null {
  if (PyBytes_CheckExact(x)) {
    Py_INCREF(x);
    return x;
  }
  const buf = _PyObject_GetBufferData(x);
  if (buf !== null) return from_buffer(buf);
  if (PyList_CheckExact(x) || PyTuple_CheckExact(x)) return bytes_from_items(x as PyListObject | PyTupleObject);
  if (!PyUnicode_Check(x)) {
    const it = PyObject_GetIter(x);
    if (it !== null) {
      const bytes: number[] = [];
      for (;;) {
        const item = PyIter_Next(it);
        if (item === null) break;
        const v = PyNumber_AsSsize_t(item, null);
        Py_DECREF(item);
        if (v === -1 && PyErr_Occurred()) {
          Py_DECREF(it);
          return null;
        }
        if (v < 0 || v >= 256) {
          Py_DECREF(it);
          return PyErr_SetString(PyExc_ValueError, "bytes must be in range(0, 256)");
        }
        bytes.push(v);
      }
      Py_DECREF(it);
      if (PyErr_Occurred()) return null;
      return PyBytes_FromArray(Uint8Array.from(bytes));
    }
    if (!PyErr_ExceptionMatches(PyExc_TypeError)) return null;
    PyErr_Clear();
  }
  return PyErr_SetString(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
}

/** Call x.__bytes__() if its type has one: the bytes, undefined when absent, null on error. */
function call_dunder_bytes(x: PyObject): PyObject | null | undefined {
  const meth = lookup_maybe_method(x, _PyUnicode_FromId("__bytes__"));
  if (meth === null) return PyErr_Occurred() ? null : undefined;
  const result = meth.unbound ? PyObject_CallOneArg(meth.func, x) : PyObject_CallNoArgs(meth.func);
  Py_DECREF(meth.func);
  if (result === null) return null;
  if (!PyBytes_Check(result)) {
    PyErr_SetString(PyExc_TypeError, `__bytes__ returned non-bytes (type ${result.ob_type.tp_name})`);
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython PyObject_Bytes: bytes(x) for an object (no integer form). @returns new */
export function PyObject_Bytes(x: PyObject): PyObject | null {
  if (PyBytes_CheckExact(x)) {
    Py_INCREF(x);
    return x;
  }
  const r = call_dunder_bytes(x);
  if (r !== undefined) return r;
  return PyBytes_FromObject(x);
}

/** @cpython bytes_new_impl: bytes(source=b'', encoding=..., errors=...) */
function bytes_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "bytes", ["source", "encoding", "errors"], 0, 3, 0);
  if (a === null) return null;
  const x = a[0];
  let encoding: string | null = null, errors: string | null = null;
  if (a[1] !== null) {
    if (!PyUnicode_Check(a[1])) return _PyArg_BadArgument("bytes", "argument 'encoding'", "str", a[1]);
    encoding = a[1].str;
  }
  if (a[2] !== null) {
    if (!PyUnicode_Check(a[2])) return _PyArg_BadArgument("bytes", "argument 'errors'", "str", a[2]);
    errors = a[2].str;
  }
  let bytes: PyObject | null;
  if (x === null) {
    if (encoding !== null || errors !== null) {
      return PyErr_SetString(PyExc_TypeError, encoding !== null ? "encoding without a string argument" : "errors without a string argument");
    }
    bytes = PyBytes_FromArray(new Uint8Array(0));
  } else if (encoding !== null) {
    if (!PyUnicode_Check(x)) return PyErr_SetString(PyExc_TypeError, "encoding without a string argument");
    bytes = PyUnicode_AsEncodedString(x, encoding, errors);
  } else if (errors !== null) {
    return PyErr_SetString(PyExc_TypeError, PyUnicode_Check(x) ? "string argument without an encoding" : "errors without a string argument");
  } else {
    const r = call_dunder_bytes(x);
    if (r === null) return null;
    if (r !== undefined) bytes = r;
    else if (PyUnicode_Check(x)) return PyErr_SetString(PyExc_TypeError, "string argument without an encoding");
    else if (PyIndex_Check(x)) {
      const size = PyNumber_AsSsize_t(x, PyExc_OverflowError);
      if (size === -1 && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_TypeError)) return null;
        PyErr_Clear();
        bytes = PyBytes_FromObject(x);
      } else {
        if (size < 0) return PyErr_SetString(PyExc_ValueError, "negative count");
        if (size > 0x7fffffff) return PyErr_NoMemory();
        bytes = PyBytes_FromArray(new Uint8Array(size));
      }
    } else bytes = PyBytes_FromObject(x);
  }
  if (bytes === null || type === PyBytes_Type) return bytes;
  return bytes_subtype_new(type, bytes as PyBytesObject);
}

/** @cpython bytes_subtype_new: an instance of a bytes subclass (tmp is stolen). */
function bytes_subtype_new(type: PyTypeObject, tmp: PyBytesObject): PyObject {
  const self = new PyBytesObject(type, tmp.ob_sval);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  if (tmp.hashed) {
    self.hashed = true;
    self.hash_lo = tmp.hash_lo;
    self.hash_hi = tmp.hash_hi;
  }
  Py_DECREF(tmp);
  return self;
}

// =============================================================================================
// Slots
// =============================================================================================

function bytes_dealloc(_self: PyObject): void {
  // The bytes hold no references.
}

function bytes_repr_slot(self: PyObject): PyObject {
  return PyUnicode_FromString(bytes_repr((self as PyBytesObject).ob_sval));
}

/** @cpython bytes_hash (cached) */
function bytes_hash(self: PyObject): number {
  const b = self as PyBytesObject;
  if (!b.hashed) {
    _Py_HashBytesHiLo(b.ob_sval);
    b.hash_lo = hashResult.lo;
    b.hash_hi = hashResult.hi;
    b.hashed = true;
  }
  Py_hash.hi = b.hash_hi;
  return b.hash_lo;
}

/** Lexicographic comparison of two byte arrays: <0, 0, >0. */
export function bytes_compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The result of comparing with op, from a three-way comparison c. */
export function compare_result(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case Py_EQ: r = c === 0; break;
    case Py_NE: r = c !== 0; break;
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_GT: r = c > 0; break;
    default: r = c >= 0;
  }
  return PyBool_FromLong(r ? 1 : 0);
}

/** @cpython bytes_richcompare: bytes compare with bytes only (str == bytes is False). */
function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!PyBytes_Check(a) || !PyBytes_Check(b)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const x = a.ob_sval, y = b.ob_sval;
  if ((op === Py_EQ || op === Py_NE) && x.length !== y.length) return PyBool_FromLong(op === Py_NE ? 1 : 0);
  return compare_result(bytes_compare(x, y), op);
}

function bytes_length(self: PyObject): number {
  return (self as PyBytesObject).ob_sval.length;
}

/** @cpython bytes_concat: bytes + any bytes-like object gives bytes. */
function bytes_concat(a: PyObject, b: PyObject): PyObject | null {
  const va = _PyObject_GetBufferData(a), vb = _PyObject_GetBufferData(b);
  if (va === null || vb === null) {
    return PyErr_SetString(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  }
  if (va.length === 0 && PyBytes_CheckExact(b)) {
    Py_INCREF(b);
    return b;
  }
  if (vb.length === 0 && PyBytes_CheckExact(a)) {
    Py_INCREF(a);
    return a;
  }
  if (va.length + vb.length > 0x7fffffff) return PyErr_NoMemory();
  const out = new Uint8Array(va.length + vb.length);
  out.set(va, 0);
  out.set(vb, va.length);
  return PyBytes_FromArray(out);
}

/** @cpython bytes_repeat */
function bytes_repeat(self: PyObject, n: number): PyObject | null {
  const b = (self as PyBytesObject).ob_sval;
  if (n < 0) n = 0;
  if (n * b.length > 2 ** 53 && BigInt(n) * BigInt(b.length) > 9223372036854775807n) {
    return PyErr_SetString(PyExc_OverflowError, "repeated bytes are too long");
  }
  if (n === 1 && PyBytes_CheckExact(self)) {
    Py_INCREF(self);
    return self;
  }
  const size = b.length * n;
  if (size > 0x7fffffff) return PyErr_NoMemory();
  const out = new Uint8Array(size);
  if (b.length === 1) out.fill(b[0]);
  else for (let k = 0; k < n; k++) out.set(b, k * b.length);
  return PyBytes_FromArray(out);
}

/** @cpython bytes_item */
function bytes_item(self: PyObject, i: number): PyObject | null {
  const b = (self as PyBytesObject).ob_sval;
  if (i < 0 || i >= b.length) return PyErr_SetString(PyExc_IndexError, "index out of range");
  return PyLong_FromNumber(b[i]);
}

/** @cpython bytes_subscript: b[i] is an int, b[i:j:k] a bytes. */
function bytes_subscript(self: PyObject, item: PyObject): PyObject | null {
  const b = (self as PyBytesObject).ob_sval;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return null;
    if (i < 0) i += b.length;
    if (i < 0 || i >= b.length) return PyErr_SetString(PyExc_IndexError, "index out of range");
    return PyLong_FromNumber(b[i]);
  }
  if (PySlice_Check(item)) {
    const r = PySlice_Unpack(item as PySliceObject);
    if (r === null) return null;
    const slicelength = PySlice_AdjustIndices(b.length, r);
    const [start, , step] = r;
    if (slicelength <= 0) return PyBytes_FromArray(new Uint8Array(0));
    if (start === 0 && step === 1 && slicelength === b.length && PyBytes_CheckExact(self)) {
      Py_INCREF(self);
      return self;
    }
    if (step === 1) return PyBytes_FromArray(b.slice(start, start + slicelength));
    const out = new Uint8Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) out[i] = b[cur];
    return PyBytes_FromArray(out);
  }
  return PyErr_SetString(PyExc_TypeError, `byte indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

/** @cpython bytes_mod: b'...' % args */
function bytes_mod(self: PyObject, arg: PyObject): PyObject | null {
  if (!PyBytes_Check(self)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const r = _PyBytes_FormatEx(self.ob_sval, arg);
  return r === null ? null : PyBytes_FromArray(r);
}

function bytes_contains(self: PyObject, arg: PyObject): number {
  return _Py_bytes_contains(self, arg);
}

// =============================================================================================
// Methods of bytes alone
// =============================================================================================

/** @cpython bytes___bytes___impl: self for an exact bytes, else an exact copy. */
function bytes___bytes__(self: PyObject): PyObject {
  if (PyBytes_CheckExact(self)) {
    Py_INCREF(self);
    return self;
  }
  return PyBytes_FromArray((self as PyBytesObject).ob_sval);
}

/** @cpython bytes_getnewargs */
function bytes_getnewargs(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([PyBytes_FromArray((self as PyBytesObject).ob_sval)]);
}

/** @cpython bytes_join (METH_O) */
function bytes_join(self: PyObject, iterable: PyObject): PyObject | null {
  return stringlib_bytes_join(self, iterable);
}

/** @cpython bytes_fromhex_impl (a classmethod): subclasses are called with the bytes. */
function bytes_fromhex(type: PyObject, string: PyObject): PyObject | null {
  const data = _PyBytes_FromHex(string);
  if (data === null) return null;
  const result = PyBytes_FromArray(data);
  if (type !== PyBytes_Type) {
    const r = PyObject_CallOneArg(type, result);
    Py_DECREF(result);
    return r;
  }
  return result;
}

// =============================================================================================
// The bytes iterator
// =============================================================================================

/** @cpython striterobject */
export class striterobject extends PyObject {
  it_index: number;
  it_seq: PyBytesObject | null;
  constructor(type: PyTypeObject, seq: PyBytesObject) {
    super(type);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

function bytes_iter(seq: PyObject): PyObject {
  Py_INCREF(seq);
  return new striterobject(PyBytesIter_Type, seq as PyBytesObject);
}

function striter_dealloc(self: PyObject): void {
  const it = self as striterobject;
  Py_XDECREF(it.it_seq);
  it.it_seq = null;
}

/** @cpython striter_next */
function striter_next(self: PyObject): PyObject | null {
  const it = self as striterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_sval.length) return PyLong_FromNumber(seq.ob_sval[it.it_index++]);
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

function striter_len(self: PyObject): PyObject {
  const it = self as striterobject;
  return PyLong_FromNumber(it.it_seq === null ? 0 : it.it_seq.ob_sval.length - it.it_index);
}

/** @cpython striter_reduce */
function striter_reduce(self: PyObject): PyObject | null {
  const it = self as striterobject;
  const iter = _PyEval_GetBuiltin("iter");
  if (iter === null) return null;
  if (it.it_seq !== null) {
    return _PyTuple_FromArraySteal([iter, PyTuple_FromArray([it.it_seq]), PyLong_FromNumber(it.it_index)]);
  }
  return _PyTuple_FromArraySteal([iter, _PyTuple_FromArraySteal([PyBytes_FromArray(new Uint8Array(0))])]);
}

/** @cpython striter_setstate */
function striter_setstate(self: PyObject, state: PyObject): PyObject | null {
  const it = self as striterobject;
  let index = PyNumber_AsSsize_t(state, null);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    else if (index > it.it_seq.ob_sval.length) index = it.it_seq.ob_sval.length;
    it.it_index = index;
  }
  return Py_NewNone();
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** @cpython PyBytesIter_Type */
export const PyBytesIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "bytes_iterator", tp_basicsize: 32, tp_dealloc: striter_dealloc, tp_iter: self_iter, tp_iternext: striter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: striter_len, ml_flags: METH_NOARGS },
    { ml_name: "__reduce__", ml_meth: striter_reduce, ml_flags: METH_NOARGS },
    { ml_name: "__setstate__", ml_meth: striter_setstate, ml_flags: METH_O },
  ],
});

// =============================================================================================
// The type object
// =============================================================================================

const bytes_methods: PyMethodDef[] = [
  { ml_name: "__getnewargs__", ml_meth: bytes_getnewargs, ml_flags: METH_NOARGS },
  { ml_name: "__bytes__", ml_meth: bytes___bytes__, ml_flags: METH_NOARGS,
    ml_doc: "__bytes__($self, /)\n--\n\nConvert this value to exact type bytes." },
  { ml_name: "capitalize", ml_meth: _Py_bytes_capitalize, ml_flags: METH_NOARGS },
  { ml_name: "center", ml_meth: stringlib_center, ml_flags: METH_FASTCALL },
  { ml_name: "count", ml_meth: _Py_bytes_count, ml_flags: METH_FASTCALL },
  { ml_name: "decode", ml_meth: bytes_decode, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "endswith", ml_meth: _Py_bytes_endswith, ml_flags: METH_FASTCALL },
  { ml_name: "expandtabs", ml_meth: stringlib_expandtabs, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "find", ml_meth: _Py_bytes_find, ml_flags: METH_FASTCALL },
  { ml_name: "fromhex", ml_meth: bytes_fromhex, ml_flags: METH_O | METH_CLASS },
  { ml_name: "hex", ml_meth: bytes_hex, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "index", ml_meth: _Py_bytes_index, ml_flags: METH_FASTCALL },
  { ml_name: "isalnum", ml_meth: _Py_bytes_isalnum, ml_flags: METH_NOARGS },
  { ml_name: "isalpha", ml_meth: _Py_bytes_isalpha, ml_flags: METH_NOARGS },
  { ml_name: "isascii", ml_meth: _Py_bytes_isascii, ml_flags: METH_NOARGS },
  { ml_name: "isdigit", ml_meth: _Py_bytes_isdigit, ml_flags: METH_NOARGS },
  { ml_name: "islower", ml_meth: _Py_bytes_islower, ml_flags: METH_NOARGS },
  { ml_name: "isspace", ml_meth: _Py_bytes_isspace, ml_flags: METH_NOARGS },
  { ml_name: "istitle", ml_meth: _Py_bytes_istitle, ml_flags: METH_NOARGS },
  { ml_name: "isupper", ml_meth: _Py_bytes_isupper, ml_flags: METH_NOARGS },
  { ml_name: "join", ml_meth: bytes_join, ml_flags: METH_O },
  { ml_name: "ljust", ml_meth: stringlib_ljust, ml_flags: METH_FASTCALL },
  { ml_name: "lower", ml_meth: _Py_bytes_lower, ml_flags: METH_NOARGS },
  { ml_name: "lstrip", ml_meth: bytes_lstrip, ml_flags: METH_FASTCALL },
  { ml_name: "maketrans", ml_meth: _Py_bytes_maketrans, ml_flags: METH_FASTCALL | METH_STATIC },
  { ml_name: "partition", ml_meth: bytes_partition, ml_flags: METH_O },
  { ml_name: "replace", ml_meth: bytes_replace, ml_flags: METH_FASTCALL },
  { ml_name: "removeprefix", ml_meth: bytes_removeprefix, ml_flags: METH_O },
  { ml_name: "removesuffix", ml_meth: bytes_removesuffix, ml_flags: METH_O },
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

/** @cpython PyBytes_Type */
export const PyBytes_Type: PyTypeObject = new PyTypeObject({
  tp_name: "bytes", tp_basicsize: 33, tp_itemsize: 1,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_MATCH_SELF,
  tp_dealloc: bytes_dealloc, tp_repr: bytes_repr_slot, tp_str: bytes_repr_slot, tp_hash: bytes_hash,
  tp_richcompare: bytes_richcompare, tp_iter: bytes_iter, tp_new: bytes_new,
  nb_remainder: bytes_mod,
  sq_length: bytes_length, sq_concat: bytes_concat, sq_repeat: bytes_repeat, sq_item: bytes_item,
  sq_contains: bytes_contains,
  mp_length: bytes_length, mp_subscript: bytes_subscript,
  tp_methods: bytes_methods,
  tp_doc: "bytes(iterable_of_ints) -> bytes\n" +
    "bytes(string, encoding[, errors]) -> bytes\n" +
    "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n" +
    "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n" +
    "bytes() -> empty bytes object\n\n" +
    "Construct an immutable array of bytes from:\n" +
    "  - an iterable yielding integers in range(256)\n" +
    "  - a text string encoded using the specified encoding\n" +
    "  - any object implementing the buffer API.\n" +
    "  - an integer",
});

/** @cpython _PyBytes_InitTypes */
export function _PyBytes_InitTypes(): void {
  PyType_Ready(PyBytes_Type);
  PyType_Ready(PyBytesIter_Type);
  _PyExc_BytesRef.check = PyBytes_Check;
  _PyExc_BytesRef.fromArray = PyBytes_FromArray;
  _PyExc_BytesRef.data = _PyObject_GetBufferData;
}

