/**
 * @mirrors Modules/_blake2/blake2module.c
 * _blake2: the BLAKE2b and BLAKE2s hash functions (RFC 7693) with all their parameters
 * (digest size, key, salt, personalisation, and the tree-hashing fields). This one file
 * also holds what CPython keeps in Modules/_blake2/blake2b_impl.c and blake2s_impl.c (the
 * two types) and the reference compression functions CPython vendors from libb2.
 *
 * Both are HAIFA-style: a 64-bit (BLAKE2b) or 32-bit (BLAKE2s) eight-word chaining value,
 * started from the SHA-2 initial words XORed with a parameter block, compressed with a byte
 * counter and a "final" flag. The last block is held back until more data arrives, since
 * only the final compression sets the flag. BLAKE2b's 64-bit words are (low, high) pairs of
 * 32-bit numbers, as in _sha512.
 */
import { PyObject, PyTypeObject, Py_DECREF, type PyGetSetDef } from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../../Objects/exceptions.ts";
import { PyModule_Create, PyModule_AddIntConstant } from "../../Objects/moduleobject.ts";
import { PyLong_FromNumber, _PyLong_AsInt, PyLong_Check, type PyLongObject } from "../../Objects/longobject.ts";
import { PyObject_IsTrue } from "../../Objects/object.ts";
import { _PyObject_GetBufferData } from "../../Objects/bytesobject.ts";
import { PyDict_SetItemString } from "../../Objects/dictobject.ts";
import { _PyArg_UnpackKeywordsClinic } from "../../Python/getargs.ts";
import {
  makeHashType, newHASHobject, hash_update_object, addHashType, hash_getset_common, unsigned_long_converter,
  type HashState,
} from "../hashlib.ts";

const SIGMA = Uint8Array.of(
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
);
/** The SHA-256 initial words (BLAKE2s) and, as (low, high) pairs, the SHA-512 ones (BLAKE2b). */
const IV32 = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
const IV64 = Int32Array.of(
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
);

const load32 = (d: Uint8Array, o: number): number => d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24);

/** The parameters both variants share, after checking. */
interface blake2_param {
  digest_length: number; key: Uint8Array; salt: Uint8Array; person: Uint8Array; fanout: number; depth: number;
  leaf_length: number; node_offset: number | bigint; node_depth: number; inner_length: number; last_node: boolean;
}

// -- BLAKE2b ------------------------------------------------------------------------------------

const bv = new Int32Array(32);
const bm = new Int32Array(32);

/** v[a] += v[b] + m[mi] on (low, high) pairs; a, b and mi are pair indexes times two. */
function B2B_G(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = bv, m = bm;
  // a = a + b + m[x]
  let lo = (v[a] >>> 0) + (v[b] >>> 0) + (m[x] >>> 0);
  v[a + 1] = (v[a + 1] + v[b + 1] + m[x + 1] + ((lo / 4294967296) | 0)) | 0;
  v[a] = lo | 0;
  // d = rotr64(d ^ a, 32)
  let xl = v[d] ^ v[a], xh = v[d + 1] ^ v[a + 1];
  v[d] = xh;
  v[d + 1] = xl;
  // c = c + d
  lo = (v[c] >>> 0) + (v[d] >>> 0);
  v[c + 1] = (v[c + 1] + v[d + 1] + ((lo / 4294967296) | 0)) | 0;
  v[c] = lo | 0;
  // b = rotr64(b ^ c, 24)
  xl = v[b] ^ v[c];
  xh = v[b + 1] ^ v[c + 1];
  v[b] = (xl >>> 24) | (xh << 8);
  v[b + 1] = (xh >>> 24) | (xl << 8);
  // a = a + b + m[y]
  lo = (v[a] >>> 0) + (v[b] >>> 0) + (m[y] >>> 0);
  v[a + 1] = (v[a + 1] + v[b + 1] + m[y + 1] + ((lo / 4294967296) | 0)) | 0;
  v[a] = lo | 0;
  // d = rotr64(d ^ a, 16)
  xl = v[d] ^ v[a];
  xh = v[d + 1] ^ v[a + 1];
  v[d] = (xl >>> 16) | (xh << 16);
  v[d + 1] = (xh >>> 16) | (xl << 16);
  // c = c + d
  lo = (v[c] >>> 0) + (v[d] >>> 0);
  v[c + 1] = (v[c + 1] + v[d + 1] + ((lo / 4294967296) | 0)) | 0;
  v[c] = lo | 0;
  // b = rotr64(b ^ c, 63) = rotl64(b ^ c, 1)
  xl = v[b] ^ v[c];
  xh = v[b + 1] ^ v[c + 1];
  v[b] = (xh >>> 31) | (xl << 1);
  v[b + 1] = (xl >>> 31) | (xh << 1);
}

/** @cpython blake2b_state */
class blake2b_state implements HashState {
  h: Int32Array;
  buf: Uint8Array;
  buflen: number;
  t: number;
  last_node: boolean;
  constructor() {
    this.h = new Int32Array(16);
    this.buf = new Uint8Array(128);
    this.buflen = 0;
    this.t = 0;
    this.last_node = false;
  }

  /** @cpython blake2b_init_param */
  init(p: blake2_param): void {
    const pb = new Uint8Array(64);
    pb[0] = p.digest_length;
    pb[1] = p.key.length;
    pb[2] = p.fanout;
    pb[3] = p.depth;
    storeLE(pb, 4, p.leaf_length, 4);
    storeLE(pb, 8, p.node_offset, 8);
    pb[16] = p.node_depth;
    pb[17] = p.inner_length;
    pb.set(p.salt, 32);
    pb.set(p.person, 48);
    for (let i = 0; i < 16; i++) this.h[i] = IV64[i] ^ load32(pb, 4 * i);
    this.last_node = p.last_node;
  }

  /** @cpython blake2b_compress */
  compress(d: Uint8Array, off: number, last: boolean): void {
    const v = bv, m = bm, h = this.h;
    for (let i = 0; i < 32; i++) m[i] = load32(d, off + 4 * i);
    for (let i = 0; i < 16; i++) {
      v[i] = h[i];
      v[i + 16] = IV64[i];
    }
    v[24] ^= this.t % 4294967296;
    v[25] ^= Math.floor(this.t / 4294967296);
    if (last) {
      v[28] = ~v[28];
      v[29] = ~v[29];
      if (this.last_node) {
        v[30] = ~v[30];
        v[31] = ~v[31];
      }
    }
    for (let r = 0; r < 12; r++) {
      const s = (r % 10) * 16;
      B2B_G(0, 8, 16, 24, 2 * SIGMA[s], 2 * SIGMA[s + 1]);
      B2B_G(2, 10, 18, 26, 2 * SIGMA[s + 2], 2 * SIGMA[s + 3]);
      B2B_G(4, 12, 20, 28, 2 * SIGMA[s + 4], 2 * SIGMA[s + 5]);
      B2B_G(6, 14, 22, 30, 2 * SIGMA[s + 6], 2 * SIGMA[s + 7]);
      B2B_G(0, 10, 20, 30, 2 * SIGMA[s + 8], 2 * SIGMA[s + 9]);
      B2B_G(2, 12, 22, 24, 2 * SIGMA[s + 10], 2 * SIGMA[s + 11]);
      B2B_G(4, 14, 16, 26, 2 * SIGMA[s + 12], 2 * SIGMA[s + 13]);
      B2B_G(6, 8, 18, 28, 2 * SIGMA[s + 14], 2 * SIGMA[s + 15]);
    }
    for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
  }

  update(data: Uint8Array, start: number, end: number): void {
    blake2_update(this, 128, data, start, end);
  }

  copy(): blake2b_state {
    const o = new blake2b_state();
    o.h.set(this.h);
    o.buf.set(this.buf);
    o.buflen = this.buflen;
    o.t = this.t;
    o.last_node = this.last_node;
    o.digest_length = this.digest_length;
    return o;
  }

  digest_length = 64;

  /** @cpython blake2b_final */
  digest(): Uint8Array {
    const o = this.copy();
    o.t += o.buflen;
    o.buf.fill(0, o.buflen);
    o.compress(o.buf, 0, true);
    const out = new Uint8Array(64);
    for (let i = 0; i < 16; i++) storeLE(out, 4 * i, o.h[i] >>> 0, 4);
    return out.slice(0, this.digest_length);
  }
}

// -- BLAKE2s ------------------------------------------------------------------------------------

const sv = new Int32Array(16);
const sm = new Int32Array(16);

function B2S_G(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = sv;
  let t: number;
  v[a] = (v[a] + v[b] + x) | 0;
  t = v[d] ^ v[a];
  v[d] = (t >>> 16) | (t << 16);
  v[c] = (v[c] + v[d]) | 0;
  t = v[b] ^ v[c];
  v[b] = (t >>> 12) | (t << 20);
  v[a] = (v[a] + v[b] + y) | 0;
  t = v[d] ^ v[a];
  v[d] = (t >>> 8) | (t << 24);
  v[c] = (v[c] + v[d]) | 0;
  t = v[b] ^ v[c];
  v[b] = (t >>> 7) | (t << 25);
}

/** @cpython blake2s_state */
class blake2s_state implements HashState {
  h: Int32Array;
  buf: Uint8Array;
  buflen: number;
  t: number;
  last_node: boolean;
  digest_length = 32;
  constructor() {
    this.h = new Int32Array(8);
    this.buf = new Uint8Array(64);
    this.buflen = 0;
    this.t = 0;
    this.last_node = false;
  }

  /** @cpython blake2s_init_param */
  init(p: blake2_param): void {
    const pb = new Uint8Array(32);
    pb[0] = p.digest_length;
    pb[1] = p.key.length;
    pb[2] = p.fanout;
    pb[3] = p.depth;
    storeLE(pb, 4, p.leaf_length, 4);
    storeLE(pb, 8, p.node_offset, 6);
    pb[14] = p.node_depth;
    pb[15] = p.inner_length;
    pb.set(p.salt, 16);
    pb.set(p.person, 24);
    for (let i = 0; i < 8; i++) this.h[i] = IV32[i] ^ load32(pb, 4 * i);
    this.last_node = p.last_node;
  }

  /** @cpython blake2s_compress */
  compress(d: Uint8Array, off: number, last: boolean): void {
    const v = sv, m = sm, h = this.h;
    for (let i = 0; i < 16; i++) m[i] = load32(d, off + 4 * i);
    for (let i = 0; i < 8; i++) {
      v[i] = h[i];
      v[i + 8] = IV32[i];
    }
    v[12] ^= this.t % 4294967296;
    v[13] ^= Math.floor(this.t / 4294967296);
    if (last) {
      v[14] = ~v[14];
      if (this.last_node) v[15] = ~v[15];
    }
    for (let r = 0; r < 10; r++) {
      const s = r * 16;
      B2S_G(0, 4, 8, 12, m[SIGMA[s]], m[SIGMA[s + 1]]);
      B2S_G(1, 5, 9, 13, m[SIGMA[s + 2]], m[SIGMA[s + 3]]);
      B2S_G(2, 6, 10, 14, m[SIGMA[s + 4]], m[SIGMA[s + 5]]);
      B2S_G(3, 7, 11, 15, m[SIGMA[s + 6]], m[SIGMA[s + 7]]);
      B2S_G(0, 5, 10, 15, m[SIGMA[s + 8]], m[SIGMA[s + 9]]);
      B2S_G(1, 6, 11, 12, m[SIGMA[s + 10]], m[SIGMA[s + 11]]);
      B2S_G(2, 7, 8, 13, m[SIGMA[s + 12]], m[SIGMA[s + 13]]);
      B2S_G(3, 4, 9, 14, m[SIGMA[s + 14]], m[SIGMA[s + 15]]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }

  update(data: Uint8Array, start: number, end: number): void {
    blake2_update(this, 64, data, start, end);
  }

  copy(): blake2s_state {
    const o = new blake2s_state();
    o.h.set(this.h);
    o.buf.set(this.buf);
    o.buflen = this.buflen;
    o.t = this.t;
    o.last_node = this.last_node;
    o.digest_length = this.digest_length;
    return o;
  }

  /** @cpython blake2s_final */
  digest(): Uint8Array {
    const o = this.copy();
    o.t += o.buflen;
    o.buf.fill(0, o.buflen);
    o.compress(o.buf, 0, true);
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) storeLE(out, 4 * i, o.h[i] >>> 0, 4);
    return out.slice(0, this.digest_length);
  }
}

/** Little-endian store of an unsigned value (number or bigint) in n bytes. */
function storeLE(out: Uint8Array, pos: number, v: number | bigint, n: number): void {
  let x = BigInt(v);
  for (let i = 0; i < n; i++, x >>= 8n) out[pos + i] = Number(x & 0xffn);
}

type blake2_state = blake2b_state | blake2s_state;

/**
 * @cpython blake2b_update: fill the buffer; a full buffer is compressed only once more
 * data follows, so the final block always goes through digest().
 */
function blake2_update(S: blake2_state, BB: number, data: Uint8Array, pos: number, end: number): void {
  if (pos >= end) return;
  const left = S.buflen, fill = BB - left;
  if (end - pos > fill) {
    S.buf.set(data.subarray(pos, pos + fill), left);
    S.buflen = 0;
    S.t += BB;
    S.compress(S.buf, 0, false);
    pos += fill;
    while (end - pos > BB) {
      S.t += BB;
      S.compress(data, pos, false);
      pos += BB;
    }
  }
  S.buf.set(data.subarray(pos, end), S.buflen);
  S.buflen += end - pos;
}

// -- the types ----------------------------------------------------------------------------------

interface variant {
  name: string; outbytes: number; keybytes: number; saltbytes: number; personalbytes: number; blockbytes: number;
  make(): blake2_state;
}
const B2B: variant = { name: "blake2b", outbytes: 64, keybytes: 64, saltbytes: 16, personalbytes: 16, blockbytes: 128, make: () => new blake2b_state() };
const B2S: variant = { name: "blake2s", outbytes: 32, keybytes: 32, saltbytes: 8, personalbytes: 8, blockbytes: 64, make: () => new blake2s_state() };

const KEYWORDS = [
  "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth",
  "inner_size", "last_node", "usedforsecurity",
];

/** A Py_buffer argument (null: not given); undefined after an error. */
function bufferArg(o: PyObject | null): Uint8Array | undefined {
  if (o === null) return new Uint8Array(0);
  const d = _PyObject_GetBufferData(o);
  if (d === null) {
    PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
    return undefined;
  }
  return d;
}

/** @cpython _PyLong_UnsignedLongLong_Converter: like unsigned long, with its own overflow text. */
function unsigned_long_long_converter(o: PyObject): number | bigint | null {
  if (PyLong_Check(o)) {
    const v = (o as PyLongObject).ob_ival;
    if (typeof v === "bigint" && v > 0xffffffffffffffffn) return PyErr_SetString(PyExc_OverflowError, "int too big to convert");
  }
  return unsigned_long_converter(o);
}

/** An int argument with its default; null after an error. */
function intArg(o: PyObject | null, dflt: number): number | null {
  if (o === null) return dflt;
  const v = _PyLong_AsInt(o);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

/** @cpython py_blake2b_new_impl / py_blake2s_new_impl */
function py_blake2_new(V: variant, type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, V.name, 1, KEYWORDS, 0, 1, 0);
  if (a === null) return null;
  // convert every argument first, in order, as the generated parser does
  const digest_size = intArg(a[1], V.outbytes);
  if (digest_size === null) return null;
  const key = bufferArg(a[2]);
  if (key === undefined) return null;
  const salt = bufferArg(a[3]);
  if (salt === undefined) return null;
  const person = bufferArg(a[4]);
  if (person === undefined) return null;
  const fanout = intArg(a[5], 1);
  if (fanout === null) return null;
  const depth = intArg(a[6], 1);
  if (depth === null) return null;
  const leaf_size = a[7] === null ? 0 : unsigned_long_converter(a[7]);
  if (leaf_size === null) return null;
  const node_offset = a[8] === null ? 0 : unsigned_long_long_converter(a[8]);
  if (node_offset === null) return null;
  const node_depth = intArg(a[9], 0);
  if (node_depth === null) return null;
  const inner_size = intArg(a[10], 0);
  if (inner_size === null) return null;
  let last_node = false;
  if (a[11] !== null) {
    const t = PyObject_IsTrue(a[11]);
    if (t < 0) return null;
    last_node = t > 0;
  }
  if (a[12] !== null && PyObject_IsTrue(a[12]) < 0) return null;

  // then the checks, in CPython's order
  if (digest_size <= 0 || digest_size > V.outbytes) {
    return PyErr_SetString(PyExc_ValueError, `digest_size must be between 1 and ${V.outbytes} bytes`);
  }
  if (salt.length > V.saltbytes) return PyErr_SetString(PyExc_ValueError, `maximum salt length is ${V.saltbytes} bytes`);
  if (person.length > V.personalbytes) {
    return PyErr_SetString(PyExc_ValueError, `maximum person length is ${V.personalbytes} bytes`);
  }
  if (fanout < 0 || fanout > 255) return PyErr_SetString(PyExc_ValueError, "fanout must be between 0 and 255");
  if (depth <= 0 || depth > 255) return PyErr_SetString(PyExc_ValueError, "depth must be between 1 and 255");
  if (leaf_size > 0xffffffff) return PyErr_SetString(PyExc_OverflowError, "leaf_size is too large");
  if (V === B2S && node_offset > 0xffffffffffff) return PyErr_SetString(PyExc_OverflowError, "node_offset is too large");
  if (node_depth < 0 || node_depth > 255) return PyErr_SetString(PyExc_ValueError, "node_depth must be between 0 and 255");
  if (inner_size < 0 || inner_size > V.outbytes) {
    return PyErr_SetString(PyExc_ValueError, `inner_size must be between 0 and is ${V.outbytes}`);
  }
  if (key.length > V.keybytes) return PyErr_SetString(PyExc_ValueError, `maximum key length is ${V.keybytes} bytes`);

  const S = V.make();
  S.digest_length = digest_size;
  S.init({
    digest_length: digest_size, key, salt, person, fanout, depth, leaf_length: Number(leaf_size), node_offset,
    node_depth, inner_length: inner_size, last_node,
  });
  if (key.length) {
    const block = new Uint8Array(V.blockbytes);
    block.set(key);
    S.update(block, 0, block.length);
  }
  const self = newHASHobject(type, S);
  if (a[0] !== null && hash_update_object(self, a[0]) < 0) {
    Py_DECREF(self);
    return null;
  }
  return self;
}

function py_blake2b_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return py_blake2_new(B2B, type, args, kwnames);
}
function py_blake2s_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return py_blake2_new(B2S, type, args, kwnames);
}

/** The digest size is per object (digest_size=...), so the getter reads the state. */
const blake2_getset: PyGetSetDef[] = hash_getset_common.map((g) => g.name === "digest_size"
  ? { name: "digest_size", get: (o: PyObject) => PyLong_FromNumber(((o as unknown as { h: blake2_state }).h).digest_length) }
  : g);

const docsig = (V: variant) =>
  `${V.name}(data=b'', /, *, digest_size=_blake2.${V.name}.MAX_DIGEST_SIZE,\n        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n        usedforsecurity=True)\n--\n\nReturn a new BLAKE2${V.name[6]} hash object.`;

export const PyBlake2_BLAKE2bType = makeHashType("_blake2.blake2b", { name: "blake2b", digest_size: 64, block_size: 128 },
  { basicsize: 448, doc: docsig(B2B), tp_new: py_blake2b_new, getset: blake2_getset });
export const PyBlake2_BLAKE2sType = makeHashType("_blake2.blake2s", { name: "blake2s", digest_size: 32, block_size: 64 },
  { basicsize: 240, doc: docsig(B2S), tp_new: py_blake2s_new, getset: blake2_getset });

/** @cpython PyInit__blake2 (blake2_exec) */
export function PyInit__blake2(): PyObject | null {
  const m = PyModule_Create("_blake2", "_blake2b provides BLAKE2b for hashlib\n", []);
  for (const [t, V] of [[PyBlake2_BLAKE2bType, B2B], [PyBlake2_BLAKE2sType, B2S]] as const) {
    if (addHashType(m, V.name, t) < 0) {
      Py_DECREF(m);
      return null;
    }
    const consts: [string, number][] = [
      ["SALT_SIZE", V.saltbytes], ["PERSON_SIZE", V.personalbytes], ["MAX_KEY_SIZE", V.keybytes], ["MAX_DIGEST_SIZE", V.outbytes],
    ];
    const dict = t.tp_dict!;
    for (const [n, v] of consts) {
      const o = PyLong_FromNumber(v);
      const r = PyDict_SetItemString(dict, n, o);
      Py_DECREF(o);
      if (r < 0) return null;
      if (PyModule_AddIntConstant(m, `${V.name.toUpperCase()}_${n}`, v) < 0) return null;
    }
  }
  return m;
}
