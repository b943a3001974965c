/**
 * @mirrors Python/pyhash.c
 * Python's hash functions for the values the compiler handles as constants: SipHash-1-3
 * over str/bytes keyed by _Py_HashSecret (PYTHONHASHSEED), the numeric hash modulo the
 * Mersenne prime 2**61 - 1 shared by int, float and complex (Objects/longobject.c,
 * floatobject.c, complexobject.c), and the xxHash-style tuple hash (Objects/tupleobject.c).
 * With the same seed every hash equals CPython's, so set orders match. Hashes are BigInt
 * here: this is for compile-time constants, not for the eval loop's hot paths. The runtime's
 * str and bytes hash with _Py_HashBytesHiLo / unicode_hash_hilo below instead: the same
 * SipHash-1-3 on 32-bit halves, with no BigInt and no allocation.
 */
import {
  ConstantFrozenset, ConstantTuple, PyBytes, PyComplex, PyEllipsis, PyNone, type ConstantValue,
} from "../Include/ast_constant.ts";
import { tableSize } from "../Objects/setobject.ts";

const M64 = (1n << 64n) - 1n;
const _PyHASH_BITS = 61n;
const _PyHASH_MODULUS = (1n << _PyHASH_BITS) - 1n;
const _PyHASH_INF = 314159n;

let k0 = 0n;
let k1 = 0n;
/** The same key as 32-bit halves (int32), for the fast hashes. */
let k0lo = 0, k0hi = 0, k1lo = 0, k1hi = 0;

/**
 * Sets _Py_HashSecret from PYTHONHASHSEED: 0 (or unset here) gives the all-zero key, other
 * seeds fill it with the linear congruential generator of bootstrap_hash.c (lcg_urandom).
 */
export function _Py_HashRandomization_Init(seed: number): void {
  const secret = new Uint8Array(24);
  if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < secret.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      secret[i] = (x >>> 16) & 0xff;
    }
  }
  const dv = new DataView(secret.buffer);
  k0 = dv.getBigUint64(0, true);
  k1 = dv.getBigUint64(8, true);
  k0lo = dv.getInt32(0, true);
  k0hi = dv.getInt32(4, true);
  k1lo = dv.getInt32(8, true);
  k1hi = dv.getInt32(12, true);
}

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

/** @cpython siphash13 */
function siphash13(src: Uint8Array, key0 = k0, key1 = k1): bigint {
  let v0 = key0 ^ 0x736f6d6570736575n;
  let v1 = key1 ^ 0x646f72616e646f6dn;
  let v2 = key0 ^ 0x6c7967656e657261n;
  let v3 = key1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & M64; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & M64; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & M64; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const n = src.length;
  let b = (BigInt(n) << 56n) & M64;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(src[i + j]);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let t = 0n;
  for (let j = n - 1; j >= i; j--) t = (t << 8n) | BigInt(src[j]);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round(); round(); round();
  return v0 ^ v1 ^ v2 ^ v3;
}

/** @cpython _Py_KeyedHash: SipHash-1-3 of src under the key (key, 0), as an unsigned 64-bit value. */
export function _Py_KeyedHash(key: bigint, src: Uint8Array): bigint {
  return siphash13(src, key & M64, 0n);
}

/** Unsigned 64-bit value -> Py_hash_t, with -1 reserved for errors. */
function toHash(u: bigint): bigint {
  const s = BigInt.asIntN(64, u);
  return s === -1n ? -2n : s;
}

/** @cpython _Py_HashBytes */
export function _Py_HashBytes(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  return toHash(siphash13(b));
}

/** str hash: SipHash of the canonical 1-, 2- or 4-byte-per-character form (unicode_hash). */
export function unicode_hash(s: string): bigint {
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    cps.push(c);
    if (c > max) max = c;
  }
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const buf = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    for (let j = 0; j < width; j++) buf[i * width + j] = (cps[i] >>> (8 * j)) & 0xff;
  }
  return _Py_HashBytes(buf);
}

// -- SipHash-1-3 on 32-bit halves ----------------------------------------------------------
//
// The runtime's str and bytes hashes. Each 64-bit lane vN is the pair vNlo/vNhi of int32s
// (kept signed with | 0, so V8 holds them as small integers, never as heap numbers): adding
// carries the low halves' unsigned overflow into the high halves, a rotation by b < 32
// shifts bits across the halves, and a rotation by 32 swaps them. The state lives in
// locals and the result in hashResult, so hashing allocates nothing.

/** The result of the last _Py_HashBytesHiLo / unicode_hash_hilo: the signed 64-bit hash's
 * low and high 32 bits, each as an int32 (-1 already mapped to -2, as toHash does). */
export const hashResult = { lo: 0, hi: 0 };

/** @cpython siphash13 over src[0:n] (n > 0) with _Py_HashSecret, into hashResult. */
function siphash13_hilo(src: Uint8Array, n: number): void {
  let v0lo = k0lo ^ 0x70736575, v0hi = k0hi ^ 0x736f6d65;
  let v1lo = k1lo ^ 0x6e646f6d, v1hi = k1hi ^ 0x646f7261;
  let v2lo = k0lo ^ 0x6e657261, v2hi = k0hi ^ 0x6c796765;
  let v3lo = k1lo ^ 0x79746573, v3hi = k1hi ^ 0x74656462;
  let lo: number, t: number;
  const end = n & ~7;
  // Every whole 8-byte block, then the last one: the 0..7 leftover bytes with the length's
  // low byte on top (b = n << 56). Each is one compression round (SipHash-1-x).
  for (let i = 0; i <= end; i += 8) {
    let mlo: number, mhi: number;
    if (i < end) {
      mlo = src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24);
      mhi = src[i + 4] | (src[i + 5] << 8) | (src[i + 6] << 16) | (src[i + 7] << 24);
    } else {
      mlo = 0;
      mhi = n << 24;
      for (let k = 0, rest = n & 7; k < rest; k++) {
        if (k < 4) mlo |= src[i + k] << (8 * k);
        else mhi |= src[i + k] << (8 * k - 32);
      }
    }
    v3lo ^= mlo; v3hi ^= mhi;
    // SipRound (written out twice, here and below, to keep the state in locals).
    lo = (v0lo + v1lo) | 0; v0hi = (v0hi + v1hi + ((lo >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = lo;
    t = v1hi; v1hi = (v1hi << 13) | (v1lo >>> 19); v1lo = (v1lo << 13) | (t >>> 19);
    v1lo ^= v0lo; v1hi ^= v0hi;
    t = v0lo; v0lo = v0hi; v0hi = t;
    lo = (v2lo + v3lo) | 0; v2hi = (v2hi + v3hi + ((lo >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = lo;
    t = v3hi; v3hi = (v3hi << 16) | (v3lo >>> 16); v3lo = (v3lo << 16) | (t >>> 16);
    v3lo ^= v2lo; v3hi ^= v2hi;
    lo = (v0lo + v3lo) | 0; v0hi = (v0hi + v3hi + ((lo >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = lo;
    t = v3hi; v3hi = (v3hi << 21) | (v3lo >>> 11); v3lo = (v3lo << 21) | (t >>> 11);
    v3lo ^= v0lo; v3hi ^= v0hi;
    lo = (v2lo + v1lo) | 0; v2hi = (v2hi + v1hi + ((lo >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = lo;
    t = v1hi; v1hi = (v1hi << 17) | (v1lo >>> 15); v1lo = (v1lo << 17) | (t >>> 15);
    v1lo ^= v2lo; v1hi ^= v2hi;
    t = v2lo; v2lo = v2hi; v2hi = t;
    v0lo ^= mlo; v0hi ^= mhi;
  }
  // Finalization: v2 ^= 0xff and three SipRounds.
  v2lo ^= 0xff;
  for (let r = 0; r < 3; r++) {
    lo = (v0lo + v1lo) | 0; v0hi = (v0hi + v1hi + ((lo >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = lo;
    t = v1hi; v1hi = (v1hi << 13) | (v1lo >>> 19); v1lo = (v1lo << 13) | (t >>> 19);
    v1lo ^= v0lo; v1hi ^= v0hi;
    t = v0lo; v0lo = v0hi; v0hi = t;
    lo = (v2lo + v3lo) | 0; v2hi = (v2hi + v3hi + ((lo >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = lo;
    t = v3hi; v3hi = (v3hi << 16) | (v3lo >>> 16); v3lo = (v3lo << 16) | (t >>> 16);
    v3lo ^= v2lo; v3hi ^= v2hi;
    lo = (v0lo + v3lo) | 0; v0hi = (v0hi + v3hi + ((lo >>> 0) < (v0lo >>> 0) ? 1 : 0)) | 0; v0lo = lo;
    t = v3hi; v3hi = (v3hi << 21) | (v3lo >>> 11); v3lo = (v3lo << 21) | (t >>> 11);
    v3lo ^= v0lo; v3hi ^= v0hi;
    lo = (v2lo + v1lo) | 0; v2hi = (v2hi + v1hi + ((lo >>> 0) < (v2lo >>> 0) ? 1 : 0)) | 0; v2lo = lo;
    t = v1hi; v1hi = (v1hi << 17) | (v1lo >>> 15); v1lo = (v1lo << 17) | (t >>> 15);
    v1lo ^= v2lo; v1hi ^= v2hi;
    t = v2lo; v2lo = v2hi; v2hi = t;
  }
  const hi = v0hi ^ v1hi ^ v2hi ^ v3hi;
  lo = v0lo ^ v1lo ^ v2lo ^ v3lo;
  hashResult.lo = lo === -1 && hi === -1 ? -2 : lo;
  hashResult.hi = hi;
}

/** @cpython _Py_HashBytes, into hashResult: equal to _Py_HashBytes(data) split in halves. */
export function _Py_HashBytesHiLo(data: Uint8Array): void {
  const n = data.length;
  if (n === 0) {
    hashResult.lo = 0;
    hashResult.hi = 0;
    return;
  }
  siphash13_hilo(data, n);
}

/** unicode_hash's scratch for a str's 1/2/4-byte form; reused up to HASH_BUF_KEEP bytes. */
let hashBuf = new Uint8Array(256);
const HASH_BUF_KEEP = 1 << 16;

function hashBufOf(size: number): Uint8Array {
  if (hashBuf.length >= size) return hashBuf;
  if (size > HASH_BUF_KEEP) return new Uint8Array(size); // a one-off, not kept
  hashBuf = new Uint8Array(Math.min(HASH_BUF_KEEP, Math.max(size, hashBuf.length * 2)));
  return hashBuf;
}

/**
 * @cpython unicode_hash, into hashResult: SipHash of the str's canonical form, one byte a
 * code point if all are below 0x100, else two (UCS-2), else four (UCS-4), little-endian.
 * Equal to unicode_hash(s) split in halves. A surrogate pair is one code point (as
 * `for (const ch of s)` sees it); a lone surrogate is a code point of its own.
 */
export function unicode_hash_hilo(s: string): void {
  const n = s.length;
  if (n === 0) {
    hashResult.lo = 0;
    hashResult.hi = 0;
    return;
  }
  // Latin-1: copy while checking, and hash if nothing above 0xff turns up.
  let b = hashBufOf(n);
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) break;
    b[i] = c;
  }
  if (i === n) {
    siphash13_hilo(b, n);
    return;
  }
  // At least two bytes a code point; four if there is a surrogate pair (a code point above
  // 0xffff). Code units before i are all below 0x100, so no pair starts there.
  let astral = false;
  for (let j = i; j < n - 1; j++) {
    if ((s.charCodeAt(j) & 0xfc00) === 0xd800 && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00) {
      astral = true;
      break;
    }
  }
  let len = 0;
  if (!astral) {
    b = hashBufOf(2 * n);
    for (let j = 0; j < n; j++) {
      const c = s.charCodeAt(j);
      b[len++] = c & 0xff;
      b[len++] = c >>> 8;
    }
  } else {
    b = hashBufOf(4 * n);
    for (let j = 0; j < n; j++) {
      let c = s.charCodeAt(j);
      if ((c & 0xfc00) === 0xd800 && j + 1 < n) {
        const d = s.charCodeAt(j + 1);
        if ((d & 0xfc00) === 0xdc00) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          j++;
        }
      }
      b[len++] = c & 0xff;
      b[len++] = (c >>> 8) & 0xff;
      b[len++] = c >>> 16;
      b[len++] = 0;
    }
  }
  siphash13_hilo(b, len);
}

/** int hash (long_hash): the value modulo 2**61 - 1, keeping the sign. */
export function long_hash(v: bigint): bigint {
  const a = (v < 0n ? -v : v) % _PyHASH_MODULUS;
  const h = v < 0n ? -a : a;
  return h === -1n ? -2n : h;
}

/** @cpython _Py_HashDouble (NaN hashes by identity in CPython; here 0). */
export function _Py_HashDouble(v: number): bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0n : v > 0 ? _PyHASH_INF : -_PyHASH_INF;
  if (Number.isInteger(v)) return long_hash(BigInt(v));
  // v = mant * 2**exp exactly, with an integer mantissa.
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(v));
  const bits = dv.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (biased === 0) exp = -1074;
  else { mant |= 1n << 52n; exp = biased - 1075; }
  // 2**61 = 1 modulo the prime, so a power of two reduces by its exponent modulo 61.
  const e = ((exp % 61) + 61) % 61;
  let x = mant % _PyHASH_MODULUS;
  x = ((x << BigInt(e)) % _PyHASH_MODULUS);
  const h = v < 0 ? -x : x;
  return h === -1n ? -2n : h;
}

/** The hash of a constant, as hash() gives it in CPython with the same seed. */
export function constant_hash(v: ConstantValue): bigint {
  switch (typeof v) {
    case "string": return unicode_hash(v);
    case "bigint": return long_hash(v);
    case "number": return _Py_HashDouble(v);
    case "boolean": return v ? 1n : 0n;
  }
  if (v instanceof PyBytes) return _Py_HashBytes(v.value);
  if (v instanceof PyComplex) {
    const r = BigInt.asUintN(64, _Py_HashDouble(v.real));
    const i = BigInt.asUintN(64, _Py_HashDouble(v.imag));
    return toHash((r + 1000003n * i) & M64);
  }
  if (v instanceof ConstantTuple) return tuplehash(v.items);
  if (v instanceof ConstantFrozenset) return frozenset_hash(v.items);
  // None and Ellipsis hash by address in CPython 3.11 (_Py_HashPointer). Their addresses
  // move with ASLR but keep their low 12 bits (0xbe0, 0xe60 in python3.11's data
  // segment), which decide the slots of small sets; the rest is one observed run.
  if (v instanceof PyNone) return _Py_HashPointer(0x7f95f725bbe0n);
  if (v instanceof PyEllipsis) return _Py_HashPointer(0x7f95f725be60n);
  return 0n;
}

/** An address rotated right by 4 bits (@cpython _Py_HashPointerRaw). */
function _Py_HashPointer(p: bigint): bigint {
  const y = ((p >> 4n) | (p << 60n)) & M64;
  return toHash(y);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** @cpython tuplehash (Objects/tupleobject.c) */
export function tuplehash(items: readonly ConstantValue[]): bigint {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = BigInt.asUintN(64, constant_hash(item));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = rotl(acc, 31n);
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** @cpython frozenset_hash (Objects/setobject.c) */
export function frozenset_hash(items: readonly ConstantValue[]): bigint {
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
  let hash = 0n;
  for (const item of items) hash ^= shuffle(BigInt.asUintN(64, constant_hash(item)));
  // Empty slots contribute shuffle(0) each, so only the parity of their number matters.
  if ((tableSize(items) - items.length) & 1) hash ^= shuffle(0n);
  hash ^= ((BigInt(items.length) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}
