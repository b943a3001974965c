/**
 * @mirrors Modules/_hashopenssl.c
 * _hashlib: the hash module CPython builds on OpenSSL, and the one hashlib and hmac prefer
 * when it imports. typhon has no OpenSSL, so the "digests" this module offers are typhon's
 * own builtin algorithms (the states of _md5, _sha1, _sha256, _sha512, _sha3 and _blake2)
 * seen through OpenSSL's interface: hash objects of type _hashlib.HASH (HASHXOF for SHAKE)
 * made by new(name) or the openssl_<name>() constructors, keyed HMAC objects
 * (_hashlib.HMAC), the one-shot hmac_digest() and pbkdf2_hmac(), and compare_digest().
 *
 *   >>> import _hashlib; _hashlib.new("sha256", b"abc").hexdigest()[:16]
 *   'ba7816bf8f01cfea'
 *
 * Names are looked up the way OpenSSL's EVP_MD_fetch does: case-insensitively, and under
 * OpenSSL's own spellings too ("SHA-256", "sha3-256", "shake128", "blake2b512"). A name
 * this module cannot serve raises UnsupportedDigestmodError (a ValueError) with OpenSSL
 * 3's message, so hashlib falls back to its builtin constructors as it does under CPython.
 *
 * DIVERGENCE: only the algorithms typhon implements exist: md5-sha1, ripemd160, sm3 and the
 * truncated sha512_224/sha512_256 that OpenSSL also offers are missing, and so is scrypt
 * (as in a CPython linked against an OpenSSL without it). get_fips_mode() is always 0.
 * There is no lock per object (the host is single-threaded).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_IMMUTABLETYPE, type PyMethodDef, type PyGetSetDef,
} from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_NewException } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_SystemError } from "../Objects/exceptions.ts";
import { PyBytes_FromArray, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber, PyLong_Check, PyLong_AsSsize_t, PyLong_AsLong, type PyLongObject } from "../Objects/longobject.ts";
import { _PyNumber_Index } from "../Objects/longobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr, reprString } from "../Objects/object.ts";
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, type PyDictObject } from "../Objects/dictobject.ts";
import { PyFrozenSet_New, PySet_Add } from "../Objects/setobject.ts";
import { PyDictProxy_New } from "../Objects/descrobject.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddType } from "../Objects/moduleobject.ts";
import { _PyArg_UnpackKeywordsClinic, _PyArg_CheckPositional } from "../Python/getargs.ts";
import { GET_BUFFER_VIEW_OR_ERROUT, hexOf, type HashState, type HASHobject } from "./hashlib.ts";
import { _md5_state_new } from "./md5module.ts";
import { _sha1_state_new } from "./sha1module.ts";
import { _sha256_state_new } from "./sha256module.ts";
import { _sha512_state_new } from "./sha512module.ts";
import { _sha3_state_new, type sha3_state } from "./_sha3/sha3module.ts";
import { PyBlake2_BLAKE2bType, PyBlake2_BLAKE2sType } from "./_blake2/blake2module.ts";
import { _operator__compare_digest } from "./_operator.ts";

// -- the digest table (py_hashes) --------------------------------------------------------------

/**
 * @cpython py_hashentry_t: one algorithm — its Python name, the other names OpenSSL knows it
 * by, its sizes, whether it is an extendable-output function, and how to start a state.
 */
interface PY_EVP_MD {
  py_name: string;
  ossl_names: string[];
  digest_size: number;
  block_size: number;
  xof: boolean;
  init: () => HashState;
}

/** A fresh blake2 state with the default parameters, taken from the _blake2 type's constructor. */
function blake2_state(type: PyTypeObject): HashState {
  const o = type.tp_new!(type, [], null) as HASHobject;
  const h = o.h;
  Py_DECREF(o);
  return h;
}

const sha3 = (py_name: string, mdlen: number, rate: number, xof: boolean): PY_EVP_MD => ({
  py_name, ossl_names: [py_name.replace("_", xof ? "" : "-")], digest_size: xof ? 0 : mdlen, block_size: rate, xof,
  init: () => _sha3_state_new(rate, xof ? 0x1f : 0x06, mdlen),
});

/** @cpython py_hashes */
const py_hashes: PY_EVP_MD[] = [
  { py_name: "md5", ossl_names: ["ssl3-md5"], digest_size: 16, block_size: 64, xof: false, init: _md5_state_new },
  { py_name: "sha1", ossl_names: ["sha-1", "ssl3-sha1"], digest_size: 20, block_size: 64, xof: false, init: _sha1_state_new },
  { py_name: "sha224", ossl_names: ["sha-224", "sha2-224"], digest_size: 28, block_size: 64, xof: false, init: () => _sha256_state_new(28) },
  { py_name: "sha256", ossl_names: ["sha-256", "sha2-256"], digest_size: 32, block_size: 64, xof: false, init: () => _sha256_state_new(32) },
  { py_name: "sha384", ossl_names: ["sha-384", "sha2-384"], digest_size: 48, block_size: 128, xof: false, init: () => _sha512_state_new(48) },
  { py_name: "sha512", ossl_names: ["sha-512", "sha2-512"], digest_size: 64, block_size: 128, xof: false, init: () => _sha512_state_new(64) },
  sha3("sha3_224", 28, 144, false),
  sha3("sha3_256", 32, 136, false),
  sha3("sha3_384", 48, 104, false),
  sha3("sha3_512", 64, 72, false),
  sha3("shake_128", 0, 168, true),
  sha3("shake_256", 0, 136, true),
  { py_name: "blake2b", ossl_names: ["blake2b512"], digest_size: 64, block_size: 128, xof: false, init: () => blake2_state(PyBlake2_BLAKE2bType) },
  { py_name: "blake2s", ossl_names: ["blake2s256"], digest_size: 32, block_size: 64, xof: false, init: () => blake2_state(PyBlake2_BLAKE2sType) },
];

/** Every accepted spelling (lower case) -> its entry (the hashtable of _hashlibstate). */
const py_hashtable = new Map<string, PY_EVP_MD>();
for (const e of py_hashes) {
  py_hashtable.set(e.py_name, e);
  for (const n of e.ossl_names) py_hashtable.set(n, e);
}

/** The module's state: the exception class and the constructor -> name mapping. */
let unsupported_digestmod_error: PyObject | null = null;
let constructs: PyDictObject | null = null;

/** @cpython py_digest_by_name: the entry for a name, or null with UnsupportedDigestmodError set. */
function py_digest_by_name(name: string): PY_EVP_MD | null {
  const entry = py_hashtable.get(name.toLowerCase());
  if (entry === undefined) {
    // What OpenSSL 3 reports for a name it cannot fetch.
    return PyErr_SetString(unsupported_digestmod_error as PyTypeObject, "[digital envelope routines] unsupported");
  }
  return entry;
}

/** @cpython py_digest_by_digestmod: a name, or one of this module's openssl_* constructors. */
function py_digest_by_digestmod(digestmod: PyObject): PY_EVP_MD | null {
  let name_obj: PyObject | null;
  if (PyUnicode_Check(digestmod)) name_obj = digestmod;
  else {
    name_obj = PyDict_GetItemWithError(constructs!, digestmod);
    if (name_obj === null) PyErr_Clear();
  }
  if (name_obj === null) {
    const r = reprString(digestmod);
    if (r === null) return null;
    return PyErr_SetString(unsupported_digestmod_error as PyTypeObject, `Unsupported digestmod ${r}`);
  }
  return py_digest_by_name((name_obj as PyUnicodeObject).str);
}

/** @cpython _setException with an empty OpenSSL error queue. */
function no_reason(): null {
  return PyErr_SetString(PyExc_ValueError, "no reason supplied");
}

/** The bytes of a Py_buffer argument (clinic's converter and its message). */
function get_buffer(o: PyObject): Uint8Array | null {
  const data = _PyObject_GetBufferData(o);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return data;
}

/** Clinic's Py_ssize_t converter (through __index__); null with an error set. */
function ssize_converter(o: PyObject): number | null {
  let v: number;
  if (PyLong_Check(o)) v = PyLong_AsSsize_t(o);
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return null;
    v = PyLong_AsSsize_t(i);
    Py_DECREF(i);
  }
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

// -- HASH and HASHXOF (EVPobject) ---------------------------------------------------------------

/** @cpython EVPobject: a running digest (the EVP_MD_CTX is the algorithm and its state). */
export class EVPobject extends PyObject {
  md: PY_EVP_MD;
  h: HashState;
  constructor(type: PyTypeObject, md: PY_EVP_MD, h: HashState) {
    super(type);
    this.md = md;
    this.h = h;
  }
}

/** @cpython newEVPobject @returns new */
function newEVPobject(md: PY_EVP_MD, h: HashState): EVPobject {
  const type = md.xof ? EVPXOFtype : EVPtype;
  Py_INCREF(type);
  return new EVPobject(type, md, h);
}

/** @cpython EVP_dealloc: the state is plain JS data. */
function EVP_dealloc(_self: PyObject): void {}

/** @cpython EVP_copy_impl */
function EVP_copy(self: PyObject): PyObject {
  const s = self as EVPobject;
  return newEVPobject(s.md, s.h.copy());
}

/** @cpython EVP_digest_impl */
function EVP_digest(self: PyObject): PyObject {
  return PyBytes_FromArray((self as EVPobject).h.digest());
}

/** @cpython EVP_hexdigest_impl */
function EVP_hexdigest(self: PyObject): PyObject {
  return PyUnicode_FromString(hexOf((self as EVPobject).h.digest()));
}

/** @cpython EVP_update: update(obj, /) */
function EVP_update(self: PyObject, obj: PyObject): PyObject | null {
  const data = GET_BUFFER_VIEW_OR_ERROUT(obj);
  if (data === null) return null;
  (self as EVPobject).h.update(data, 0, data.length);
  return Py_NewNone();
}

/** @cpython EVP_repr: `<sha256 _hashlib.HASH object @ 0x...>` */
function EVP_repr(self: PyObject): PyObject {
  const s = self as EVPobject;
  return PyUnicode_FromString(`<${s.md.py_name} ${s.ob_type.tp_name} object @ ${_PyObject_AddressString(s)}>`);
}

const EVP_methods: PyMethodDef[] = [
  { ml_name: "update", ml_meth: EVP_update, ml_flags: METH_O,
    ml_doc: "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string." },
  { ml_name: "digest", ml_meth: EVP_digest, ml_flags: METH_NOARGS,
    ml_doc: "digest($self, /)\n--\n\nReturn the digest value as a bytes object." },
  { ml_name: "hexdigest", ml_meth: EVP_hexdigest, ml_flags: METH_NOARGS,
    ml_doc: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits." },
  { ml_name: "copy", ml_meth: EVP_copy, ml_flags: METH_NOARGS,
    ml_doc: "copy($self, /)\n--\n\nReturn a copy of the hash object." },
];

const EVP_getseters: PyGetSetDef[] = [
  { name: "digest_size", get: (o) => PyLong_FromNumber((o as EVPobject).md.digest_size) },
  { name: "block_size", get: (o) => PyLong_FromNumber((o as EVPobject).md.block_size) },
  { name: "name", get: (o) => PyUnicode_FromString((o as EVPobject).md.py_name), doc: "algorithm name." },
];

const hashtype_doc =
  "HASH(name, string=b'')\n--\n\n" +
  "A hash is an object used to calculate a checksum of a string of information.\n\n" +
  "Methods:\n\n" +
  "update() -- updates the current digest with an additional string\n" +
  "digest() -- return the current digest value\n" +
  "hexdigest() -- return the current digest as a string of hexadecimal digits\n" +
  "copy() -- return a copy of the current hash object\n\n" +
  "Attributes:\n\n" +
  "name -- the hash algorithm being used by this object\n" +
  "digest_size -- number of bytes in this hashes output";

/** @cpython EVPtype_spec */
export const EVPtype: PyTypeObject = new PyTypeObject({
  tp_name: "_hashlib.HASH", tp_basicsize: 32, tp_doc: hashtype_doc,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: EVP_dealloc, tp_repr: EVP_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: EVP_methods, tp_getset: EVP_getseters,
});

/** The length argument of a XOF digest: digest(length) with clinic's keyword handling. */
function xof_length(fname: string, args: PyObject[], kwnames: PyTupleObject | null): number | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, fname, 0, ["length"], 1, 1, 0);
  if (a === null) return null;
  const n = ssize_converter(a[0]!);
  if (n === null) return null;
  if (n < 0) {
    // PyBytes_FromStringAndSize(NULL, negative) in CPython.
    PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
    return null;
  }
  return n;
}

/** @cpython EVPXOF_digest_impl: digest(length) */
function EVPXOF_digest(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const n = xof_length("digest", args, kwnames);
  if (n === null) return null;
  return PyBytes_FromArray(((self as EVPobject).h as sha3_state).squeeze(n));
}

/** @cpython EVPXOF_hexdigest_impl: hexdigest(length) */
function EVPXOF_hexdigest(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const n = xof_length("hexdigest", args, kwnames);
  if (n === null) return null;
  return PyUnicode_FromString(hexOf(((self as EVPobject).h as sha3_state).squeeze(n)));
}

const hashxoftype_doc =
  "HASHXOF(name, string=b'')\n--\n\n" +
  "A hash is an object used to calculate a checksum of a string of information.\n\n" +
  "Methods:\n\n" +
  "update() -- updates the current digest with an additional string\n" +
  "digest(length) -- return the current digest value\n" +
  "hexdigest(length) -- return the current digest as a string of hexadecimal digits\n" +
  "copy() -- return a copy of the current hash object\n\n" +
  "Attributes:\n\n" +
  "name -- the hash algorithm being used by this object\n" +
  "digest_size -- number of bytes in this hashes output";

/** @cpython EVPXOFtype_spec */
export const EVPXOFtype: PyTypeObject = new PyTypeObject({
  tp_name: "_hashlib.HASHXOF", tp_basicsize: 32, tp_doc: hashxoftype_doc,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: EVP_dealloc, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: [
    { ml_name: "digest", ml_meth: EVPXOF_digest, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "digest($self, /, length)\n--\n\nReturn the digest value as a bytes object." },
    { ml_name: "hexdigest", ml_meth: EVPXOF_hexdigest, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "hexdigest($self, /, length)\n--\n\nReturn the digest value as a string of hexadecimal digits." },
  ],
  tp_getset: [{ name: "digest_size", get: () => PyLong_FromNumber(0) }],
});

// -- constructors --------------------------------------------------------------------------------

/** @cpython py_evp_fromname: a new hash object of the named algorithm fed with data_obj. */
function py_evp_fromname(digestname: string, data_obj: PyObject | null): PyObject | null {
  let data: Uint8Array | null = null;
  if (data_obj !== null) {
    data = GET_BUFFER_VIEW_OR_ERROUT(data_obj);
    if (data === null) return null;
  }
  const md = py_digest_by_name(digestname);
  if (md === null) return null;
  const h = md.init();
  if (data !== null && data.length > 0) h.update(data, 0, data.length);
  return newEVPobject(md, h);
}

/** @cpython EVP_new_impl: new(name, string=b'', *, usedforsecurity=True) */
function EVP_new(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "new", 0, ["name", "string", "usedforsecurity"], 1, 2, 0);
  if (a === null) return null;
  const name_obj = a[0]!;
  if (!PyUnicode_Check(name_obj) || (name_obj as PyUnicodeObject).str.includes("\0")) {
    return PyErr_SetString(PyExc_TypeError, "name must be a string");
  }
  return py_evp_fromname((name_obj as PyUnicodeObject).str, a[1]);
}

/** The body of every openssl_<name>(string=b'', *, usedforsecurity=True). */
function openssl_constructor(fname: string, name: string, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, fname, 0, ["string", "usedforsecurity"], 0, 1, 0);
  if (a === null) return null;
  return py_evp_fromname(name, a[0]);
}

/** The names of the openssl_* constructors, in the module's order. */
const CONSTRUCTOR_NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"];

/** @cpython _hashlib_openssl_md5_impl (and its eleven twins): one PyMethodDef per algorithm. */
function openssl_methoddef(name: string): PyMethodDef {
  const fname = `openssl_${name}`;
  return {
    ml_name: fname,
    ml_meth: (_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null) => openssl_constructor(fname, name, args, kwnames),
    ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: `${fname}($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturns a ${name} hash object; optionally initialized with a string`,
  };
}

// -- HMAC ------------------------------------------------------------------------------------------

/**
 * @cpython HMACobject: the keyed inner and outer states (RFC 2104); update feeds the inner
 * one, and the digest is the outer state fed with the inner digest.
 */
export class HMACobject extends PyObject {
  md: PY_EVP_MD;
  inner: HashState;
  outer: HashState;
  constructor(md: PY_EVP_MD, inner: HashState, outer: HashState) {
    super(HMACtype);
    this.md = md;
    this.inner = inner;
    this.outer = outer;
  }
}

/** @cpython HMAC_Init_ex: the two keyed states for key under md. */
function hmac_init(md: PY_EVP_MD, key: Uint8Array): [HashState, HashState] {
  const bs = md.block_size;
  const k = new Uint8Array(bs);
  if (key.length > bs) {
    const h = md.init();
    h.update(key, 0, key.length);
    k.set(h.digest());
  } else k.set(key);
  const pad = new Uint8Array(bs);
  const inner = md.init();
  for (let i = 0; i < bs; i++) pad[i] = k[i] ^ 0x36;
  inner.update(pad, 0, bs);
  const outer = md.init();
  for (let i = 0; i < bs; i++) pad[i] = k[i] ^ 0x5c;
  outer.update(pad, 0, bs);
  return [inner, outer];
}

/** @cpython HMAC_Final: the MAC of what the inner state has seen (the states are unchanged). */
function hmac_final(inner: HashState, outer: HashState): Uint8Array {
  const d = inner.digest();
  const o = outer.copy();
  o.update(d, 0, d.length);
  return o.digest();
}

/** @cpython _hashlib_hmac_new_impl: hmac_new(key, msg=b'', digestmod=None) */
function _hashlib_hmac_new(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "hmac_new", 0, ["key", "msg", "digestmod"], 1, 3, 0);
  if (a === null) return null;
  const key = get_buffer(a[0]!);
  if (key === null) return null;
  const msg_obj = a[1], digestmod = a[2];
  if (digestmod === null) return PyErr_SetString(PyExc_TypeError, "Missing required parameter 'digestmod'.");
  const md = py_digest_by_digestmod(digestmod);
  if (md === null) return null;
  if (md.xof) return no_reason();
  const [inner, outer] = hmac_init(md, key);
  Py_INCREF(HMACtype);
  const self = new HMACobject(md, inner, outer);
  if (msg_obj !== null && msg_obj !== Py_None) {
    if (_hmac_update(self, msg_obj) < 0) {
      Py_DECREF(self);
      return null;
    }
  }
  return self;
}

/** @cpython _hmac_update: 0, or -1 with an error set. */
function _hmac_update(self: HMACobject, obj: PyObject): number {
  const data = GET_BUFFER_VIEW_OR_ERROUT(obj);
  if (data === null) return -1;
  self.inner.update(data, 0, data.length);
  return 0;
}

/** @cpython _hashlib_HMAC_copy_impl */
function _hashlib_HMAC_copy(self: PyObject): PyObject {
  const s = self as HMACobject;
  Py_INCREF(HMACtype);
  return new HMACobject(s.md, s.inner.copy(), s.outer.copy());
}

/** @cpython _hashlib_HMAC_update_impl: update(msg) */
function _hashlib_HMAC_update(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "update", 0, ["msg"], 1, 1, 0);
  if (a === null) return null;
  if (_hmac_update(self as HMACobject, a[0]!) < 0) return null;
  return Py_NewNone();
}

/** @cpython _hashlib_HMAC_digest_impl */
function _hashlib_HMAC_digest(self: PyObject): PyObject {
  const s = self as HMACobject;
  return PyBytes_FromArray(hmac_final(s.inner, s.outer));
}

/** @cpython _hashlib_HMAC_hexdigest_impl */
function _hashlib_HMAC_hexdigest(self: PyObject): PyObject {
  const s = self as HMACobject;
  return PyUnicode_FromString(hexOf(hmac_final(s.inner, s.outer)));
}

/** @cpython _hmac_repr: `<sha256 HMAC object @ 0x...>` */
function _hmac_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(`<${(self as HMACobject).md.py_name} HMAC object @ ${_PyObject_AddressString(self)}>`);
}

const hmactype_doc =
  "The object used to calculate HMAC of a message.\n\n" +
  "Methods:\n\n" +
  "update() -- updates the current digest with an additional string\n" +
  "digest() -- return the current digest value\n" +
  "hexdigest() -- return the current digest as a string of hexadecimal digits\n" +
  "copy() -- return a copy of the current hash object\n\n" +
  "Attributes:\n\n" +
  "name -- the name, including the hash algorithm used by this object\n" +
  "digest_size -- number of bytes in digest() output\n";

/** @cpython HMACtype_spec */
export const HMACtype: PyTypeObject = new PyTypeObject({
  tp_name: "_hashlib.HMAC", tp_basicsize: 32, tp_doc: hmactype_doc,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: EVP_dealloc, tp_repr: _hmac_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: [
    { ml_name: "update", ml_meth: _hashlib_HMAC_update, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "update($self, /, msg)\n--\n\nUpdate the HMAC object with msg." },
    { ml_name: "digest", ml_meth: _hashlib_HMAC_digest, ml_flags: METH_NOARGS,
      ml_doc: "digest($self, /)\n--\n\nReturn the digest of the bytes passed to the update() method so far." },
    { ml_name: "hexdigest", ml_meth: _hashlib_HMAC_hexdigest, ml_flags: METH_NOARGS,
      ml_doc: "hexdigest($self, /)\n--\n\nReturn hexadecimal digest of the bytes passed to the update() method so far.\n\nThis may be used to exchange the value safely in email or other non-binary\nenvironments." },
    { ml_name: "copy", ml_meth: _hashlib_HMAC_copy, ml_flags: METH_NOARGS,
      ml_doc: "copy($self, /)\n--\n\nReturn a copy (\"clone\") of the HMAC object." },
  ],
  tp_getset: [
    { name: "digest_size", get: (o) => PyLong_FromNumber((o as HMACobject).md.digest_size) },
    { name: "block_size", get: (o) => PyLong_FromNumber((o as HMACobject).md.block_size) },
    { name: "name", get: (o) => PyUnicode_FromString(`hmac-${(o as HMACobject).md.py_name}`) },
  ],
});

/** @cpython _hashlib_hmac_singleshot_impl: hmac_digest(key, msg, digest) */
function _hashlib_hmac_singleshot(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "hmac_digest", 0, ["key", "msg", "digest"], 3, 3, 0);
  if (a === null) return null;
  const key = get_buffer(a[0]!);
  if (key === null) return null;
  const msg = get_buffer(a[1]!);
  if (msg === null) return null;
  const md = py_digest_by_digestmod(a[2]!);
  if (md === null) return null;
  if (md.xof) return no_reason();
  const [inner, outer] = hmac_init(md, key);
  inner.update(msg, 0, msg.length);
  return PyBytes_FromArray(hmac_final(inner, outer));
}

// -- key derivation ---------------------------------------------------------------------------------

/** @cpython PKCS5_PBKDF2_HMAC (RFC 8018, section 5.2): dklen bytes of derived key. */
function PKCS5_PBKDF2_HMAC(md: PY_EVP_MD, password: Uint8Array, salt: Uint8Array, iterations: number, dklen: number): Uint8Array {
  const [inner, outer] = hmac_init(md, password);
  const hlen = md.digest_size;
  const out = new Uint8Array(dklen);
  const counter = new Uint8Array(4);
  for (let block = 1, pos = 0; pos < dklen; block++, pos += hlen) {
    counter[0] = block >>> 24;
    counter[1] = block >>> 16;
    counter[2] = block >>> 8;
    counter[3] = block;
    const first = inner.copy();
    first.update(salt, 0, salt.length);
    first.update(counter, 0, 4);
    let u = hmac_final(first, outer);
    const t = u.slice();
    for (let j = 1; j < iterations; j++) {
      const h = inner.copy();
      h.update(u, 0, u.length);
      u = hmac_final(h, outer);
      for (let k = 0; k < hlen; k++) t[k] ^= u[k];
    }
    out.set(t.subarray(0, Math.min(hlen, dklen - pos)), pos);
  }
  return out;
}

const INT_MAX = 2147483647;

/** @cpython pbkdf2_hmac_impl: pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
function pbkdf2_hmac(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "pbkdf2_hmac", 0, ["hash_name", "password", "salt", "iterations", "dklen"], 4, 5, 0);
  if (a === null) return null;
  const hash_name = a[0]!;
  if (!PyUnicode_Check(hash_name)) {
    return PyErr_SetString(PyExc_TypeError, `pbkdf2_hmac() argument 'hash_name' must be str, not ${hash_name.ob_type.tp_name}`);
  }
  if ((hash_name as PyUnicodeObject).str.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  const password = get_buffer(a[1]!);
  if (password === null) return null;
  const salt = get_buffer(a[2]!);
  if (salt === null) return null;
  const iterations = PyLong_AsLong(a[3]!);
  if (iterations === -1 && PyErr_Occurred()) return null;
  const dklen_obj = a[4] ?? Py_None;
  const md = py_digest_by_name((hash_name as PyUnicodeObject).str);
  if (md === null) return null;
  if (iterations < 1) return PyErr_SetString(PyExc_ValueError, "iteration value must be greater than 0.");
  if (iterations > INT_MAX) return PyErr_SetString(PyExc_OverflowError, "iteration value is too great.");
  let dklen: number;
  // OpenSSL gives a SHAKE digest its security strength in bytes as its size.
  if (dklen_obj === Py_None) dklen = md.xof ? (md.block_size === 168 ? 16 : 32) : md.digest_size;
  else {
    dklen = PyLong_AsLong(dklen_obj);
    if (dklen === -1 && PyErr_Occurred()) return null;
  }
  if (dklen < 1) return PyErr_SetString(PyExc_ValueError, "key length must be greater than 0.");
  if (dklen > INT_MAX) return PyErr_SetString(PyExc_OverflowError, "key length is too great.");
  if (md.xof) return no_reason();
  return PyBytes_FromArray(PKCS5_PBKDF2_HMAC(md, password, salt, iterations, dklen));
}

// -- the rest of the module --------------------------------------------------------------------------

/** @cpython _hashlib_get_fips_mode_impl: typhon has no FIPS provider. */
function _hashlib_get_fips_mode(_m: PyObject): PyObject {
  return PyLong_FromNumber(0);
}

/** @cpython _hashlib_compare_digest_impl: compare_digest(a, b, /), the same check as _operator's. */
function _hashlib_compare_digest(m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("compare_digest", args.length, 2, 2)) return null;
  return _operator__compare_digest(m, args);
}

const EVP_functions: PyMethodDef[] = [
  { ml_name: "new", ml_meth: EVP_new, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "new($module, /, name, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new hash object using the named algorithm.\n\nAn optional string argument may be provided and will be\nautomatically hashed.\n\nThe MD5 and SHA1 algorithms are always supported." },
  { ml_name: "pbkdf2_hmac", ml_meth: pbkdf2_hmac, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "pbkdf2_hmac($module, /, hash_name, password, salt, iterations,\n            dklen=None)\n--\n\nPassword based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function." },
  { ml_name: "hmac_digest", ml_meth: _hashlib_hmac_singleshot, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "hmac_digest($module, /, key, msg, digest)\n--\n\nSingle-shot HMAC." },
  { ml_name: "hmac_new", ml_meth: _hashlib_hmac_new, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "hmac_new($module, /, key, msg=b'', digestmod=None)\n--\n\nReturn a new hmac object." },
  ...CONSTRUCTOR_NAMES.map(openssl_methoddef),
  { ml_name: "get_fips_mode", ml_meth: _hashlib_get_fips_mode, ml_flags: METH_NOARGS,
    ml_doc: "get_fips_mode($module, /)\n--\n\nDetermine the OpenSSL FIPS mode of operation.\n\nFor OpenSSL 3.0.0 and newer it returns the state of the default provider\nin the default OSSL context. It's not quite the same as FIPS_mode() but good\nenough for unittests.\n\nEffectively any non-zero return value indicates FIPS mode;\nvalues other than 1 may have additional significance." },
  { ml_name: "compare_digest", ml_meth: _hashlib_compare_digest, ml_flags: METH_FASTCALL,
    ml_doc: "compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values." },
];

/** @cpython hashlib_md_meth_names: the frozenset openssl_md_meth_names. */
function hashlib_md_meth_names(m: PyObject): number {
  const set = PyFrozenSet_New(null);
  if (set === null) return -1;
  for (const e of py_hashes) {
    const n = PyUnicode_FromString(e.py_name);
    const r = PySet_Add(set, n);
    Py_DECREF(n);
    if (r < 0) return -1;
  }
  const r = PyModule_AddObjectRef(m, "openssl_md_meth_names", set);
  Py_DECREF(set);
  return r;
}

/** @cpython hashlib_init_constructors: _constructors maps each openssl_* function to its name. */
function hashlib_init_constructors(m: PyObject): number {
  const d = PyDict_New();
  const mdict = (m as unknown as { md_dict: PyDictObject }).md_dict;
  for (const name of CONSTRUCTOR_NAMES) {
    const key = PyUnicode_FromString(`openssl_${name}`);
    const func = PyDict_GetItemWithError(mdict, key);
    Py_DECREF(key);
    if (func === null) continue;
    const n = PyUnicode_FromString(name);
    const r = PyDict_SetItem(d, func, n);
    Py_DECREF(n);
    if (r < 0) return -1;
  }
  constructs = d;
  const proxy = PyDictProxy_New(d);
  const r = PyModule_AddObjectRef(m, "_constructors", proxy);
  Py_DECREF(proxy);
  return r;
}

/** @cpython PyInit__hashlib (hashlib_exec) */
export function PyInit__hashlib(): PyObject | null {
  const m = PyModule_Create("_hashlib", null, EVP_functions);
  EVPXOFtype.tp_base = EVPtype;
  if (PyModule_AddType(m, EVPtype) < 0 || PyModule_AddType(m, EVPXOFtype) < 0 || PyModule_AddType(m, HMACtype) < 0) {
    Py_DECREF(m);
    return null;
  }
  if (unsupported_digestmod_error === null) {
    unsupported_digestmod_error = PyErr_NewException("_hashlib.UnsupportedDigestmodError", PyExc_ValueError, null);
    if (unsupported_digestmod_error === null) return null;
  }
  if (PyModule_AddObjectRef(m, "UnsupportedDigestmodError", unsupported_digestmod_error) < 0) return null;
  if (hashlib_md_meth_names(m) < 0 || hashlib_init_constructors(m) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
