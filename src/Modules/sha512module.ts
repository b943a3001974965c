/**
 * @mirrors Modules/sha512module.c
 * _sha512: SHA-512 and its truncated variant SHA-384 (FIPS 180-4). Eighty rounds per
 * 128-byte block over eight 64-bit words. JavaScript has no fast 64-bit integers, so every
 * 64-bit word is a pair of 32-bit halves (hi, lo) kept side by side in Int32Arrays, and
 * additions carry from the low half by comparing unsigned values. No BigInt anywhere.
 *
 * DIVERGENCE (faithful to a CPython quirk): CPython 3.11 adds the sha512 type to the
 * module under the name "SHA384Type" (and no SHA512Type); typhon does the same, so
 * `_sha512.SHA384Type` is the sha512 type there as here.
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_KEYWORDS } from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { BlockHash, makeHashType, newHashFromArgs, addHashType, store32be, type HashState } from "./hashlib.ts";

/** Round constants as (hi, lo) pairs. */
const K = Int32Array.of(
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
);
const IV512 = Int32Array.of(
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
);
const IV384 = Int32Array.of(
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
);

/** @cpython SHAobject (the 512-bit family's state): state and W hold (hi, lo) pairs. */
class sha512_state extends BlockHash {
  state: Int32Array;
  W: Int32Array;
  constructor(iv: Int32Array, public readonly digestsize: number) {
    super(128);
    this.state = Int32Array.from(iv);
    this.W = new Int32Array(160);
  }

  /** @cpython sha512_transform */
  compress(d: Uint8Array, off: number): void {
    const W = this.W;
    for (let i = 0; i < 32; i++, off += 4) W[i] = (d[off] << 24) | (d[off + 1] << 16) | (d[off + 2] << 8) | d[off + 3];
    for (let i = 16; i < 80; i++) {
      // sigma0 of W[i-15]: rotr 1 ^ rotr 8 ^ shr 7
      let xh = W[2 * (i - 15)], xl = W[2 * (i - 15) + 1];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // sigma1 of W[i-2]: rotr 19 ^ rotr 61 ^ shr 6
      xh = W[2 * (i - 2)];
      xl = W[2 * (i - 2) + 1];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // W[i] = W[i-16] + s0 + W[i-7] + s1, carrying through the low halves
      let lo = (W[2 * (i - 16) + 1] >>> 0) + (s0l >>> 0) + (W[2 * (i - 7) + 1] >>> 0) + (s1l >>> 0);
      const hi = W[2 * (i - 16)] + s0h + W[2 * (i - 7)] + s1h + ((lo / 4294967296) | 0);
      lo |= 0;
      W[2 * i] = hi | 0;
      W[2 * i + 1] = lo;
    }
    const st = this.state;
    let ah = st[0], al = st[1], bh = st[2], bl = st[3], ch = st[4], cl = st[5], dh = st[6], dl = st[7];
    let eh = st[8], el = st[9], fh = st[10], fl = st[11], gh = st[12], gl = st[13], hh = st[14], hl = st[15];
    for (let i = 0; i < 80; i++) {
      // Sigma1(e): rotr 14 ^ rotr 18 ^ rotr 41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh), chl = (el & fl) ^ (~el & gl);
      // t1 = h + S1 + ch + K[i] + W[i]
      let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[2 * i + 1] >>> 0) + (W[2 * i + 1] >>> 0);
      const t1h = (hh + S1h + chh + K[2 * i] + W[2 * i] + ((t1l / 4294967296) | 0)) | 0;
      t1l |= 0;
      // Sigma0(a): rotr 28 ^ rotr 34 ^ rotr 39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch), majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      let t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + ((t2l / 4294967296) | 0)) | 0;
      t2l |= 0;
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      let x = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + ((x / 4294967296) | 0)) | 0;
      el = x | 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      x = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + ((x / 4294967296) | 0)) | 0;
      al = x | 0;
    }
    add64(st, 0, ah, al);
    add64(st, 2, bh, bl);
    add64(st, 4, ch, cl);
    add64(st, 6, dh, dl);
    add64(st, 8, eh, el);
    add64(st, 10, fh, fl);
    add64(st, 12, gh, gl);
    add64(st, 14, hh, hl);
  }

  copy(): sha512_state {
    return this.copyInto(new sha512_state(this.state, this.digestsize));
  }

  /** @cpython sha512_final: the length goes in the last 16 bytes (its top 8 are zero here). */
  digest(): Uint8Array {
    const o = this.copy();
    o.finish(16, false);
    const full = new Uint8Array(64);
    for (let i = 0; i < 16; i++) store32be(full, 4 * i, o.state[i]);
    return full.slice(0, this.digestsize);
  }
}

/** st[i:i+2] += (h, l) as a 64-bit addition. */
function add64(st: Int32Array, i: number, h: number, l: number): void {
  const lo = (st[i + 1] >>> 0) + (l >>> 0);
  st[i] = (st[i] + h + ((lo / 4294967296) | 0)) | 0;
  st[i + 1] = lo | 0;
}

/** A fresh SHA-384 (digest_size 48) or SHA-512 (64) state, for _hashlib. */
export const _sha512_state_new = (digest_size: 48 | 64): HashState =>
  digest_size === 48 ? new sha512_state(IV384, 48) : new sha512_state(IV512, 64);

export const SHA384Type = makeHashType("_sha512.sha384", { name: "sha384", digest_size: 48, block_size: 128 }, { basicsize: 240 });
export const SHA512Type = makeHashType("_sha512.sha512", { name: "sha512", digest_size: 64, block_size: 128 }, { basicsize: 240 });

/** @cpython _sha512_sha512_impl: sha512(string=b'', *, usedforsecurity=True). */
function _sha512_sha512(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return newHashFromArgs("sha512", SHA512Type, new sha512_state(IV512, 64), args, kwnames);
}

/** @cpython _sha512_sha384_impl: sha384(string=b'', *, usedforsecurity=True). */
function _sha512_sha384(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return newHashFromArgs("sha384", SHA384Type, new sha512_state(IV384, 48), args, kwnames);
}

/** @cpython PyInit__sha512 (_sha512_exec) */
export function PyInit__sha512(): PyObject | null {
  const m = PyModule_Create("_sha512", null, [
    { ml_name: "sha512", ml_meth: _sha512_sha512, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "sha512($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-512 hash object; optionally initialized with a string." },
    { ml_name: "sha384", ml_meth: _sha512_sha384, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "sha384($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-384 hash object; optionally initialized with a string." },
  ]);
  // both types are readied; only the second lands in the dict, under the first's name (see the header)
  if (addHashType(m, "SHA384Type", SHA384Type) < 0 || addHashType(m, "SHA384Type", SHA512Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
