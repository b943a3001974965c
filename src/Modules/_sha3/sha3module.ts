/**
 * @mirrors Modules/_sha3/sha3module.c
 * _sha3: SHA3-224/256/384/512 and the extendable-output SHAKE128/256 (FIPS 202). All six
 * are the Keccak sponge over a 1600-bit state of 25 64-bit lanes: input bytes are XORed
 * into the first `rate` bytes of the state, which is permuted (Keccak-f[1600], 24 rounds)
 * each time those fill up; output is read from the same bytes, permuting between blocks.
 * The variants differ only in rate and in the domain-separation suffix of the padding
 * (0x06 for SHA-3, 0x1f for SHAKE).
 *
 * The state is a Uint8Array over the same memory as an Int32Array of 50 words: lane i is
 * the words 2i (low half) and 2i+1 (high half), which assumes a little-endian host (every
 * JS engine in use is). The permutation works on the halves, so no BigInt is involved.
 * CPython 3.11 embeds the "tiny_sha3" implementation: `_sha3.implementation` says so here
 * too, and keccakopt is 0 as there.
 */
import { PyObject, PyTypeObject, Py_DECREF, METH_O, type PyMethodDef, type PyGetSetDef } from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred } from "../../Python/errors.ts";
import { PyExc_ValueError } from "../../Objects/exceptions.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddStringConstant } from "../../Objects/moduleobject.ts";
import { PyBytes_FromArray } from "../../Objects/bytesobject.ts";
import { PyLong_FromNumber } from "../../Objects/longobject.ts";
import { PyUnicode_FromString } from "../../Objects/unicodeobject.ts";
import { _PyArg_UnpackKeywordsClinic } from "../../Python/getargs.ts";
import {
  HASHobject, makeHashType, newHASHobject, hash_update_object, addHashType, hash_methods_common, hash_getset_common,
  hexOf, unsigned_long_converter, type HashState,
} from "../hashlib.ts";

/** Round constants of the iota step, as (high, low) pairs, from the degree-8 LFSR. */
const RC = new Int32Array(48);
{
  let r = 1;
  for (let round = 0; round < 24; round++) {
    let hi = 0, lo = 0;
    for (let j = 0; j < 7; j++) {
      const bit = (1 << j) - 1; // bit positions 0, 1, 3, 7, 15, 31, 63
      if (r & 1) {
        if (bit < 32) lo |= 1 << bit;
        else hi |= 1 << (bit - 32);
      }
      r = (r & 0x80) ? ((r << 1) ^ 0x171) & 0xff : (r << 1);
    }
    RC[2 * round] = hi;
    RC[2 * round + 1] = lo;
  }
}
/*
 * The rho/pi step below is unrolled: starting from lane (x, y) = (1, 0), step t moves a
 * lane to (y, (2x + 3y) mod 5) while rotating it left by (t + 1)(t + 2)/2 mod 64 bits.
 */

/** @cpython keccakf: the Keccak-f[1600] permutation on 25 (low, high) lane pairs (unrolled). */
function keccakf(s: Int32Array): void {
  let dl: number, dh: number;
  for (let round = 0; round < 24; round++) {
    // theta: XOR each lane with the parities of the two neighbouring columns
    const c0l = s[0] ^ s[10] ^ s[20] ^ s[30] ^ s[40];
    const c0h = s[1] ^ s[11] ^ s[21] ^ s[31] ^ s[41];
    const c1l = s[2] ^ s[12] ^ s[22] ^ s[32] ^ s[42];
    const c1h = s[3] ^ s[13] ^ s[23] ^ s[33] ^ s[43];
    const c2l = s[4] ^ s[14] ^ s[24] ^ s[34] ^ s[44];
    const c2h = s[5] ^ s[15] ^ s[25] ^ s[35] ^ s[45];
    const c3l = s[6] ^ s[16] ^ s[26] ^ s[36] ^ s[46];
    const c3h = s[7] ^ s[17] ^ s[27] ^ s[37] ^ s[47];
    const c4l = s[8] ^ s[18] ^ s[28] ^ s[38] ^ s[48];
    const c4h = s[9] ^ s[19] ^ s[29] ^ s[39] ^ s[49];
    dl = c4l ^ ((c1l << 1) | (c1h >>> 31));
    dh = c4h ^ ((c1h << 1) | (c1l >>> 31));
    s[0] ^= dl;
    s[1] ^= dh;
    s[10] ^= dl;
    s[11] ^= dh;
    s[20] ^= dl;
    s[21] ^= dh;
    s[30] ^= dl;
    s[31] ^= dh;
    s[40] ^= dl;
    s[41] ^= dh;
    dl = c0l ^ ((c2l << 1) | (c2h >>> 31));
    dh = c0h ^ ((c2h << 1) | (c2l >>> 31));
    s[2] ^= dl;
    s[3] ^= dh;
    s[12] ^= dl;
    s[13] ^= dh;
    s[22] ^= dl;
    s[23] ^= dh;
    s[32] ^= dl;
    s[33] ^= dh;
    s[42] ^= dl;
    s[43] ^= dh;
    dl = c1l ^ ((c3l << 1) | (c3h >>> 31));
    dh = c1h ^ ((c3h << 1) | (c3l >>> 31));
    s[4] ^= dl;
    s[5] ^= dh;
    s[14] ^= dl;
    s[15] ^= dh;
    s[24] ^= dl;
    s[25] ^= dh;
    s[34] ^= dl;
    s[35] ^= dh;
    s[44] ^= dl;
    s[45] ^= dh;
    dl = c2l ^ ((c4l << 1) | (c4h >>> 31));
    dh = c2h ^ ((c4h << 1) | (c4l >>> 31));
    s[6] ^= dl;
    s[7] ^= dh;
    s[16] ^= dl;
    s[17] ^= dh;
    s[26] ^= dl;
    s[27] ^= dh;
    s[36] ^= dl;
    s[37] ^= dh;
    s[46] ^= dl;
    s[47] ^= dh;
    dl = c3l ^ ((c0l << 1) | (c0h >>> 31));
    dh = c3h ^ ((c0h << 1) | (c0l >>> 31));
    s[8] ^= dl;
    s[9] ^= dh;
    s[18] ^= dl;
    s[19] ^= dh;
    s[28] ^= dl;
    s[29] ^= dh;
    s[38] ^= dl;
    s[39] ^= dh;
    s[48] ^= dl;
    s[49] ^= dh;
    // rho and pi (unrolled): rotate each lane by its fixed amount and move it along the pi walk
    let curl = s[2], curh = s[3], tl: number, th: number;
    tl = s[20]; th = s[21];
    s[20] = (curl << 1) | (curh >>> 31); s[21] = (curh << 1) | (curl >>> 31);
    curl = tl; curh = th;
    tl = s[14]; th = s[15];
    s[14] = (curl << 3) | (curh >>> 29); s[15] = (curh << 3) | (curl >>> 29);
    curl = tl; curh = th;
    tl = s[22]; th = s[23];
    s[22] = (curl << 6) | (curh >>> 26); s[23] = (curh << 6) | (curl >>> 26);
    curl = tl; curh = th;
    tl = s[34]; th = s[35];
    s[34] = (curl << 10) | (curh >>> 22); s[35] = (curh << 10) | (curl >>> 22);
    curl = tl; curh = th;
    tl = s[36]; th = s[37];
    s[36] = (curl << 15) | (curh >>> 17); s[37] = (curh << 15) | (curl >>> 17);
    curl = tl; curh = th;
    tl = s[6]; th = s[7];
    s[6] = (curl << 21) | (curh >>> 11); s[7] = (curh << 21) | (curl >>> 11);
    curl = tl; curh = th;
    tl = s[10]; th = s[11];
    s[10] = (curl << 28) | (curh >>> 4); s[11] = (curh << 28) | (curl >>> 4);
    curl = tl; curh = th;
    tl = s[32]; th = s[33];
    s[32] = (curh << 4) | (curl >>> 28); s[33] = (curl << 4) | (curh >>> 28);
    curl = tl; curh = th;
    tl = s[16]; th = s[17];
    s[16] = (curh << 13) | (curl >>> 19); s[17] = (curl << 13) | (curh >>> 19);
    curl = tl; curh = th;
    tl = s[42]; th = s[43];
    s[42] = (curh << 23) | (curl >>> 9); s[43] = (curl << 23) | (curh >>> 9);
    curl = tl; curh = th;
    tl = s[48]; th = s[49];
    s[48] = (curl << 2) | (curh >>> 30); s[49] = (curh << 2) | (curl >>> 30);
    curl = tl; curh = th;
    tl = s[8]; th = s[9];
    s[8] = (curl << 14) | (curh >>> 18); s[9] = (curh << 14) | (curl >>> 18);
    curl = tl; curh = th;
    tl = s[30]; th = s[31];
    s[30] = (curl << 27) | (curh >>> 5); s[31] = (curh << 27) | (curl >>> 5);
    curl = tl; curh = th;
    tl = s[46]; th = s[47];
    s[46] = (curh << 9) | (curl >>> 23); s[47] = (curl << 9) | (curh >>> 23);
    curl = tl; curh = th;
    tl = s[38]; th = s[39];
    s[38] = (curh << 24) | (curl >>> 8); s[39] = (curl << 24) | (curh >>> 8);
    curl = tl; curh = th;
    tl = s[26]; th = s[27];
    s[26] = (curl << 8) | (curh >>> 24); s[27] = (curh << 8) | (curl >>> 24);
    curl = tl; curh = th;
    tl = s[24]; th = s[25];
    s[24] = (curl << 25) | (curh >>> 7); s[25] = (curh << 25) | (curl >>> 7);
    curl = tl; curh = th;
    tl = s[4]; th = s[5];
    s[4] = (curh << 11) | (curl >>> 21); s[5] = (curl << 11) | (curh >>> 21);
    curl = tl; curh = th;
    tl = s[40]; th = s[41];
    s[40] = (curh << 30) | (curl >>> 2); s[41] = (curl << 30) | (curh >>> 2);
    curl = tl; curh = th;
    tl = s[28]; th = s[29];
    s[28] = (curl << 18) | (curh >>> 14); s[29] = (curh << 18) | (curl >>> 14);
    curl = tl; curh = th;
    tl = s[44]; th = s[45];
    s[44] = (curh << 7) | (curl >>> 25); s[45] = (curl << 7) | (curh >>> 25);
    curl = tl; curh = th;
    tl = s[18]; th = s[19];
    s[18] = (curh << 29) | (curl >>> 3); s[19] = (curl << 29) | (curh >>> 3);
    curl = tl; curh = th;
    tl = s[12]; th = s[13];
    s[12] = (curl << 20) | (curh >>> 12); s[13] = (curh << 20) | (curl >>> 12);
    curl = tl; curh = th;
    tl = s[2]; th = s[3];
    s[2] = (curh << 12) | (curl >>> 20); s[3] = (curl << 12) | (curh >>> 20);
    curl = tl; curh = th;
    // chi: a non-linear mix along each row
    let r0l = s[0], r0h = s[1];
    let r1l = s[2], r1h = s[3];
    let r2l = s[4], r2h = s[5];
    let r3l = s[6], r3h = s[7];
    let r4l = s[8], r4h = s[9];
    s[0] = r0l ^ (~r1l & r2l);
    s[1] = r0h ^ (~r1h & r2h);
    s[2] = r1l ^ (~r2l & r3l);
    s[3] = r1h ^ (~r2h & r3h);
    s[4] = r2l ^ (~r3l & r4l);
    s[5] = r2h ^ (~r3h & r4h);
    s[6] = r3l ^ (~r4l & r0l);
    s[7] = r3h ^ (~r4h & r0h);
    s[8] = r4l ^ (~r0l & r1l);
    s[9] = r4h ^ (~r0h & r1h);
    r0l = s[10]; r0h = s[11];
    r1l = s[12]; r1h = s[13];
    r2l = s[14]; r2h = s[15];
    r3l = s[16]; r3h = s[17];
    r4l = s[18]; r4h = s[19];
    s[10] = r0l ^ (~r1l & r2l);
    s[11] = r0h ^ (~r1h & r2h);
    s[12] = r1l ^ (~r2l & r3l);
    s[13] = r1h ^ (~r2h & r3h);
    s[14] = r2l ^ (~r3l & r4l);
    s[15] = r2h ^ (~r3h & r4h);
    s[16] = r3l ^ (~r4l & r0l);
    s[17] = r3h ^ (~r4h & r0h);
    s[18] = r4l ^ (~r0l & r1l);
    s[19] = r4h ^ (~r0h & r1h);
    r0l = s[20]; r0h = s[21];
    r1l = s[22]; r1h = s[23];
    r2l = s[24]; r2h = s[25];
    r3l = s[26]; r3h = s[27];
    r4l = s[28]; r4h = s[29];
    s[20] = r0l ^ (~r1l & r2l);
    s[21] = r0h ^ (~r1h & r2h);
    s[22] = r1l ^ (~r2l & r3l);
    s[23] = r1h ^ (~r2h & r3h);
    s[24] = r2l ^ (~r3l & r4l);
    s[25] = r2h ^ (~r3h & r4h);
    s[26] = r3l ^ (~r4l & r0l);
    s[27] = r3h ^ (~r4h & r0h);
    s[28] = r4l ^ (~r0l & r1l);
    s[29] = r4h ^ (~r0h & r1h);
    r0l = s[30]; r0h = s[31];
    r1l = s[32]; r1h = s[33];
    r2l = s[34]; r2h = s[35];
    r3l = s[36]; r3h = s[37];
    r4l = s[38]; r4h = s[39];
    s[30] = r0l ^ (~r1l & r2l);
    s[31] = r0h ^ (~r1h & r2h);
    s[32] = r1l ^ (~r2l & r3l);
    s[33] = r1h ^ (~r2h & r3h);
    s[34] = r2l ^ (~r3l & r4l);
    s[35] = r2h ^ (~r3h & r4h);
    s[36] = r3l ^ (~r4l & r0l);
    s[37] = r3h ^ (~r4h & r0h);
    s[38] = r4l ^ (~r0l & r1l);
    s[39] = r4h ^ (~r0h & r1h);
    r0l = s[40]; r0h = s[41];
    r1l = s[42]; r1h = s[43];
    r2l = s[44]; r2h = s[45];
    r3l = s[46]; r3h = s[47];
    r4l = s[48]; r4h = s[49];
    s[40] = r0l ^ (~r1l & r2l);
    s[41] = r0h ^ (~r1h & r2h);
    s[42] = r1l ^ (~r2l & r3l);
    s[43] = r1h ^ (~r2h & r3h);
    s[44] = r2l ^ (~r3l & r4l);
    s[45] = r2h ^ (~r3h & r4h);
    s[46] = r3l ^ (~r4l & r0l);
    s[47] = r3h ^ (~r4h & r0h);
    s[48] = r4l ^ (~r0l & r1l);
    s[49] = r4h ^ (~r0h & r1h);
    // iota
    s[0] ^= RC[2 * round + 1];
    s[1] ^= RC[2 * round];
  }
}

/** @cpython sha3_ctx_t: the sponge, its rate in bytes, the fill position and the padding suffix. */
export class sha3_state implements HashState {
  words: Int32Array;
  bytes: Uint8Array;
  pt: number;
  constructor(public readonly rate: number, public readonly suffix: number, public readonly mdlen: number) {
    this.words = new Int32Array(50);
    this.bytes = new Uint8Array(this.words.buffer);
    this.pt = 0;
  }

  /** @cpython sha3_update */
  update(data: Uint8Array, start: number, end: number): void {
    const st = this.bytes, rate = this.rate;
    let j = this.pt;
    for (let i = start; i < end; i++) {
      st[j++] ^= data[i];
      if (j >= rate) {
        keccakf(this.words);
        j = 0;
      }
    }
    this.pt = j;
  }

  copy(): sha3_state {
    const o = new sha3_state(this.rate, this.suffix, this.mdlen);
    o.words.set(this.words);
    o.pt = this.pt;
    return o;
  }

  /** @cpython sha3_final / shake_xof + shake_out: `len` bytes of output from a padded copy. */
  squeeze(len: number): Uint8Array {
    const o = this.copy();
    o.bytes[o.pt] ^= this.suffix;
    o.bytes[this.rate - 1] ^= 0x80;
    keccakf(o.words);
    const out = new Uint8Array(len);
    let j = 0;
    for (let i = 0; i < len; i++) {
      if (j >= this.rate) {
        keccakf(o.words);
        j = 0;
      }
      out[i] = o.bytes[j++];
    }
    return out;
  }

  digest(): Uint8Array {
    return this.squeeze(this.mdlen);
  }
}

/** A fresh SHA-3/SHAKE state (rate and suffix of the named variant), for _hashlib. */
export function _sha3_state_new(rate: number, suffix: number, mdlen: number): sha3_state {
  return new sha3_state(rate, suffix, mdlen);
}

interface Sha3Info {
  name: string;
  mdlen: number;
  rate: number;
  suffix: number;
}
const sha3_info = new Map<PyTypeObject, Sha3Info>();
function sha3info(o: PyObject): Sha3Info {
  return sha3_info.get(o.ob_type)!;
}

/** @cpython py_sha3_new_impl: sha3_224(data=b'', /, *, usedforsecurity=True) and the others. */
function py_sha3_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const info = sha3_info.get(type)!;
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, info.name, 1, ["usedforsecurity"], 0, 1, 0);
  if (a === null) return null;
  const obj = newHASHobject(type, new sha3_state(info.rate, info.suffix, info.mdlen));
  if (a[0] !== null && hash_update_object(obj, a[0]) < 0) {
    Py_DECREF(obj);
    return null;
  }
  return obj;
}

const sha3_getset: PyGetSetDef[] = [
  ...hash_getset_common,
  { name: "_capacity_bits", get: (o) => PyLong_FromNumber(1600 - sha3info(o).rate * 8) },
  { name: "_rate_bits", get: (o) => PyLong_FromNumber(sha3info(o).rate * 8) },
  { name: "_suffix", get: (o) => PyBytes_FromArray(Uint8Array.of(sha3info(o).suffix)) },
];

/** The length argument of a SHAKE digest; -1 with an error set. */
function shake_length(arg: PyObject): number {
  const v = unsigned_long_converter(arg);
  if (v === null) return -1;
  if (v >= 1 << 29) {
    PyErr_SetString(PyExc_ValueError, "length is too large");
    return -1;
  }
  return Number(v);
}

/** @cpython _sha3_shake_128_digest_impl */
function shake_digest(self: PyObject, arg: PyObject): PyObject | null {
  const n = shake_length(arg);
  if (n < 0) return null;
  return PyBytes_FromArray(((self as HASHobject).h as sha3_state).squeeze(n));
}

/** @cpython _sha3_shake_128_hexdigest_impl */
function shake_hexdigest(self: PyObject, arg: PyObject): PyObject | null {
  const n = shake_length(arg);
  if (n < 0) return null;
  return PyUnicode_FromString(hexOf(((self as HASHobject).h as sha3_state).squeeze(n)));
}

const shake_methods: PyMethodDef[] = [
  hash_methods_common[0],
  { ml_name: "digest", ml_meth: shake_digest, ml_flags: METH_O,
    ml_doc: "digest($self, length, /)\n--\n\nReturn the digest value as a bytes object." },
  { ml_name: "hexdigest", ml_meth: shake_hexdigest, ml_flags: METH_O,
    ml_doc: "hexdigest($self, length, /)\n--\n\nReturn the digest value as a string of hexadecimal digits." },
  hash_methods_common[3],
];

function sha3type(name: string, mdlen: number, rate: number, suffix: number, doc: string): PyTypeObject {
  const shake = suffix === 0x1f;
  const t = makeHashType(`_sha3.${name}`, { name, digest_size: shake ? 0 : mdlen, block_size: rate }, {
    basicsize: 240, doc, tp_new: py_sha3_new, getset: sha3_getset, methods: shake ? shake_methods : hash_methods_common,
  });
  sha3_info.set(t, { name, mdlen, rate, suffix });
  return t;
}

const sha3doc = (name: string, mdlen: number) =>
  `${name}([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of ${mdlen} bytes.`;
const shakedoc = (name: string) => `${name}([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.`;
export const SHA3_224type = sha3type("sha3_224", 28, 144, 0x06, sha3doc("sha3_224", 28));
export const SHA3_256type = sha3type("sha3_256", 32, 136, 0x06, sha3doc("sha3_256", 32));
export const SHA3_384type = sha3type("sha3_384", 48, 104, 0x06, sha3doc("sha3_384", 48));
export const SHA3_512type = sha3type("sha3_512", 64, 72, 0x06, sha3doc("sha3_512", 64));
export const SHAKE128type = sha3type("shake_128", 0, 168, 0x1f, shakedoc("shake_128"));
export const SHAKE256type = sha3type("shake_256", 0, 136, 0x1f, shakedoc("shake_256"));

/** @cpython PyInit__sha3 (_sha3_exec) */
export function PyInit__sha3(): PyObject | null {
  const m = PyModule_Create("_sha3", null, []);
  for (const t of [SHA3_224type, SHA3_256type, SHA3_384type, SHA3_512type, SHAKE128type, SHAKE256type]) {
    if (addHashType(m, sha3_info.get(t)!.name, t) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  if (PyModule_AddStringConstant(m, "implementation", "tiny_sha3") < 0 || PyModule_AddIntConstant(m, "keccakopt", 0) < 0) {
    Py_DECREF(m);
    return null;
  }
  if (PyErr_Occurred()) return null;
  return m;
}
