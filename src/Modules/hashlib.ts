/**
 * @mirrors Modules/hashlib.h
 * What the builtin hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2) share: the
 * check that turns a hash argument into bytes (a str must be encoded first), and the
 * machinery of a hash object. In CPython each module declares its own object struct and
 * methods; here one JS class, HASHobject, holds an algorithm state (a small JS object with
 * update/digest/copy) and each module only supplies its states and types.
 *
 * DIVERGENCE: CPython's hash objects carry a lock for releasing the GIL during long updates;
 * typhon's host is single-threaded, so there is none.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, METH_NOARGS, METH_O, Py_TPFLAGS_DISALLOW_INSTANTIATION,
  Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_READY, type PyMethodDef, type PyGetSetDef,
} from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { PyBytes_FromArray, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyUnicode_Check, PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber, PyLong_Check, type PyLongObject } from "../Objects/longobject.ts";
import { Py_NewNone } from "../Objects/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";

/** One algorithm's running state. */
export interface HashState {
  /** Feed data[start:end]. */
  update(data: Uint8Array, start: number, end: number): void;
  /** The digest of everything fed so far (the state itself is left unchanged). */
  digest(): Uint8Array;
  copy(): HashState;
}

/**
 * @cpython GET_BUFFER_VIEW_OR_ERROUT: the bytes of a hash argument; a str is refused with
 * its own message, other objects without the buffer interface with the generic one.
 */
export function GET_BUFFER_VIEW_OR_ERROUT(obj: PyObject): Uint8Array | null {
  if (PyUnicode_Check(obj)) return PyErr_SetString(PyExc_TypeError, "Strings must be encoded before hashing");
  const data = _PyObject_GetBufferData(obj);
  if (data === null) return PyErr_SetString(PyExc_TypeError, "object supporting the buffer API required");
  return data;
}

/** A hash object of any of the builtin modules (MD5object, SHA256object, SHA3object, ...). */
export class HASHobject extends PyObject {
  h: HashState;
  constructor(type: PyTypeObject, h: HashState) {
    super(type);
    this.h = h;
  }
}

/** Per-type facts, looked up from the object's type. */
export interface HashInfo {
  name: string;
  digest_size: number;
  block_size: number;
}
const infos = new Map<PyTypeObject, HashInfo>();

function infoOf(self: PyObject): HashInfo {
  for (let t: PyTypeObject | null = self.ob_type; t !== null; t = t.tp_base) {
    const i = infos.get(t);
    if (i !== undefined) return i;
  }
  throw new Error("hashlib: not a hash object");
}

/** A new hash object of `type` around the state h. */
export function newHASHobject(type: PyTypeObject, h: HashState): HASHobject {
  return new HASHobject(type, h);
}

/** Feed a Python argument to a hash object's state; -1 with an error set. */
export function hash_update_object(self: HASHobject, obj: PyObject): number {
  const data = GET_BUFFER_VIEW_OR_ERROUT(obj);
  if (data === null) return -1;
  self.h.update(data, 0, data.length);
  return 0;
}

/** @cpython MD5Type_update (and its twins): update(obj). */
function hash_update(self: PyObject, obj: PyObject): PyObject | null {
  if (hash_update_object(self as HASHobject, obj) < 0) return null;
  return Py_NewNone();
}

/** @cpython MD5Type_digest (and its twins) */
function hash_digest(self: PyObject): PyObject {
  return PyBytes_FromArray((self as HASHobject).h.digest());
}

const HEX = "0123456789abcdef";
/** Lowercase hex of a byte string. */
export function hexOf(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) s += HEX[d[i] >> 4] + HEX[d[i] & 15];
  return s;
}

/** @cpython MD5Type_hexdigest (and its twins) */
function hash_hexdigest(self: PyObject): PyObject {
  return PyUnicode_FromString(hexOf((self as HASHobject).h.digest()));
}

/** @cpython MD5Type_copy (and its twins): a new object of the same type with a copied state. */
function hash_copy(self: PyObject): PyObject {
  return newHASHobject(self.ob_type, (self as HASHobject).h.copy());
}

/** The state is plain JS data: nothing to release. */
function hash_dealloc(_self: PyObject): void {}

export const hash_methods_common: PyMethodDef[] = [
  { ml_name: "copy", ml_meth: hash_copy, ml_flags: METH_NOARGS,
    ml_doc: "copy($self, /)\n--\n\nReturn a copy of the hash object." },
  { ml_name: "digest", ml_meth: hash_digest, ml_flags: METH_NOARGS,
    ml_doc: "digest($self, /)\n--\n\nReturn the digest value as a bytes object." },
  { ml_name: "hexdigest", ml_meth: hash_hexdigest, ml_flags: METH_NOARGS,
    ml_doc: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits." },
  { ml_name: "update", ml_meth: hash_update, ml_flags: METH_O,
    ml_doc: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string." },
];

export const hash_getset_common: PyGetSetDef[] = [
  { name: "block_size", get: (o) => PyLong_FromNumber(infoOf(o).block_size) },
  { name: "name", get: (o) => PyUnicode_FromString(infoOf(o).name) },
  { name: "digest_size", get: (o) => PyLong_FromNumber(infoOf(o).digest_size) },
];

/**
 * A hash type: `tp_name` is "module.name"; with `tp_new` null it cannot be instantiated
 * from Python (the module's factory function makes the objects).
 */
export function makeHashType(
  tp_name: string, info: HashInfo, opts: {
    basicsize: number; doc?: string | null; methods?: PyMethodDef[]; getset?: PyGetSetDef[];
    tp_new?: PyTypeObject["tp_new"];
  },
): PyTypeObject {
  const t = new PyTypeObject({
    tp_name, tp_basicsize: opts.basicsize, tp_doc: opts.doc ?? null,
    tp_flags: Py_TPFLAGS_IMMUTABLETYPE | (opts.tp_new ? 0 : Py_TPFLAGS_DISALLOW_INSTANTIATION),
    tp_dealloc: hash_dealloc,
    tp_methods: opts.methods ?? hash_methods_common,
    tp_getset: opts.getset ?? hash_getset_common,
    tp_new: opts.tp_new ?? null,
  });
  infos.set(t, info);
  return t;
}

/** Make a hash object of `type` fed with the optional data argument (clinic-style parse). */
export function newHashFromArgs(
  fname: string, type: PyTypeObject, h: HashState, args: PyObject[], kwnames: PyTupleObject | null,
): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, fname, 0, ["string", "usedforsecurity"], 0, 1, 0);
  if (a === null) return null;
  const obj = newHASHobject(type, h);
  if (a[0] !== null && hash_update_object(obj, a[0]) < 0) {
    Py_DECREF(obj);
    return null;
  }
  return obj;
}

/** Ready a hash type and add it to the module under `name`. */
export function addHashType(m: PyObject, name: string, type: PyTypeObject): number {
  if (!(type.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(type) < 0) return -1;
  return PyModule_AddObjectRef(m, name, type);
}

// -- byte helpers shared by the algorithms ------------------------------------------------------

/** Write a 32-bit word big-endian. */
export function store32be(out: Uint8Array, pos: number, v: number): void {
  out[pos] = v >>> 24;
  out[pos + 1] = v >>> 16;
  out[pos + 2] = v >>> 8;
  out[pos + 3] = v;
}

/** Write a 32-bit word little-endian. */
export function store32le(out: Uint8Array, pos: number, v: number): void {
  out[pos] = v;
  out[pos + 1] = v >>> 8;
  out[pos + 2] = v >>> 16;
  out[pos + 3] = v >>> 24;
}

/**
 * @typhon The buffering every Merkle-Damgard hash (MD5, SHA-1, SHA-2) does: whole blocks go
 * to `compress`, a partial block waits in `buf`. `total` counts the bytes fed (exact up to
 * 2**53, far beyond anything a program can feed).
 */
export abstract class BlockHash implements HashState {
  buf: Uint8Array;
  buflen: number;
  total: number;
  constructor(public readonly blocksize: number) {
    this.buf = new Uint8Array(blocksize);
    this.buflen = 0;
    this.total = 0;
  }
  abstract compress(data: Uint8Array, off: number): void;
  abstract copy(): HashState;
  abstract digest(): Uint8Array;

  update(data: Uint8Array, start: number, end: number): void {
    const bs = this.blocksize;
    this.total += end - start;
    let pos = start;
    if (this.buflen > 0) {
      const take = Math.min(bs - this.buflen, end - pos);
      this.buf.set(data.subarray(pos, pos + take), this.buflen);
      this.buflen += take;
      pos += take;
      if (this.buflen < bs) return;
      this.compress(this.buf, 0);
      this.buflen = 0;
    }
    for (; end - pos >= bs; pos += bs) this.compress(data, pos);
    if (pos < end) {
      this.buf.set(data.subarray(pos, end), 0);
      this.buflen = end - pos;
    }
  }

  /** Copy the buffering fields into a fresh object of the same algorithm. */
  protected copyInto<T extends BlockHash>(o: T): T {
    o.buf.set(this.buf);
    o.buflen = this.buflen;
    o.total = this.total;
    return o;
  }

  /**
   * Pad (0x80, zeros, then the bit length in `lenbytes` bytes, big- or little-endian) and
   * compress the last block(s). Call on a copy: it consumes the state.
   */
  protected finish(lenbytes: number, littleEndian: boolean): void {
    const bs = this.blocksize;
    const bits = this.total * 8;
    const pad = new Uint8Array(this.buflen + 1 + lenbytes <= bs ? bs : 2 * bs);
    pad.set(this.buf.subarray(0, this.buflen));
    pad[this.buflen] = 0x80;
    const lo = bits % 4294967296, hi = Math.floor(bits / 4294967296);
    const n = pad.length;
    if (littleEndian) {
      store32le(pad, n - lenbytes, lo);
      store32le(pad, n - lenbytes + 4, hi);
    } else {
      store32be(pad, n - 4, lo);
      store32be(pad, n - 8, hi);
    }
    for (let off = 0; off < n; off += bs) this.compress(pad, off);
  }
}

/**
 * @cpython _PyLong_UnsignedLong_Converter: an int >= 0 below 2**64 (returned as a number,
 * or a bigint past 2**53); null with CPython's error otherwise.
 */
export function unsigned_long_converter(o: PyObject): number | bigint | null {
  if (!PyLong_Check(o)) return PyErr_SetString(PyExc_TypeError, "an integer is required");
  const v = (o as PyLongObject).ob_ival;
  if (v < 0) return PyErr_SetString(PyExc_ValueError, "value must be positive");
  if (typeof v === "bigint" && v > 0xffffffffffffffffn) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  return v;
}
