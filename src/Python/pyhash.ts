/**
 * @mirrors Python/pyhash.c
 * Python's hash functions for the values the compiler handles as constants: SipHash-1-3
 * over str/bytes keyed by _Py_HashSecret (PYTHONHASHSEED), the numeric hash modulo the
 * Mersenne prime 2**61 - 1 shared by int, float and complex (Objects/longobject.c,
 * floatobject.c, complexobject.c), and the xxHash-style tuple hash (Objects/tupleobject.c).
 * With the same seed every hash equals CPython's, so set orders match. Hashes are BigInt
 * here: this is for compile-time constants, not for the eval loop's hot paths.
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
}

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;

/** @cpython siphash13 */
function siphash13(src: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
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
