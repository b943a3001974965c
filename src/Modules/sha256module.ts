/**
 * @mirrors Modules/sha256module.c
 * _sha256: SHA-256 and its truncated variant SHA-224 (FIPS 180-4). Sixty-four rounds per
 * 64-byte block over eight 32-bit words; SHA-224 starts from other initial words and keeps
 * the first seven. sha224() and sha256() make the objects; the types cannot be called.
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_KEYWORDS } from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { BlockHash, makeHashType, newHashFromArgs, addHashType, store32be, type HashState } from "./hashlib.ts";

/** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
const IV256 = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
const IV224 = Int32Array.of(0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4);

/** @cpython SHAobject (the 256-bit family's state) */
class sha256_state extends BlockHash {
  state: Int32Array;
  W: Int32Array;
  constructor(iv: Int32Array, public readonly digestsize: number) {
    super(64);
    this.state = Int32Array.from(iv);
    this.W = new Int32Array(64);
  }

  /** @cpython sha_transform */
  compress(d: Uint8Array, off: number): void {
    const W = this.W;
    for (let i = 0; i < 16; i++, off += 4) W[i] = (d[off] << 24) | (d[off + 1] << 16) | (d[off + 2] << 8) | d[off + 3];
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15], y = W[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    const st = this.state;
    let a = st[0], b = st[1], c = st[2], dd = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[i] + W[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (dd + t1) | 0;
      dd = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    st[0] = (st[0] + a) | 0;
    st[1] = (st[1] + b) | 0;
    st[2] = (st[2] + c) | 0;
    st[3] = (st[3] + dd) | 0;
    st[4] = (st[4] + e) | 0;
    st[5] = (st[5] + f) | 0;
    st[6] = (st[6] + g) | 0;
    st[7] = (st[7] + h) | 0;
  }

  copy(): sha256_state {
    const o = this.copyInto(new sha256_state(this.state, this.digestsize));
    return o;
  }

  /** @cpython sha_final */
  digest(): Uint8Array {
    const o = this.copy();
    o.finish(8, false);
    const full = new Uint8Array(32);
    for (let i = 0; i < 8; i++) store32be(full, 4 * i, o.state[i]);
    return full.slice(0, this.digestsize);
  }
}

/** A fresh SHA-224 (digest_size 28) or SHA-256 (32) state, for _hashlib. */
export const _sha256_state_new = (digest_size: 28 | 32): HashState =>
  digest_size === 28 ? new sha256_state(IV224, 28) : new sha256_state(IV256, 32);

export const SHA224Type = makeHashType("_sha256.sha224", { name: "sha224", digest_size: 28, block_size: 64 }, { basicsize: 144 });
export const SHA256Type = makeHashType("_sha256.sha256", { name: "sha256", digest_size: 32, block_size: 64 }, { basicsize: 144 });

/** @cpython _sha256_sha256_impl: sha256(string=b'', *, usedforsecurity=True). */
function _sha256_sha256(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return newHashFromArgs("sha256", SHA256Type, new sha256_state(IV256, 32), args, kwnames);
}

/** @cpython _sha256_sha224_impl: sha224(string=b'', *, usedforsecurity=True). */
function _sha256_sha224(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return newHashFromArgs("sha224", SHA224Type, new sha256_state(IV224, 28), args, kwnames);
}

/** @cpython PyInit__sha256 (sha256_exec) */
export function PyInit__sha256(): PyObject | null {
  const m = PyModule_Create("_sha256", null, [
    { ml_name: "sha256", ml_meth: _sha256_sha256, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "sha256($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-256 hash object; optionally initialized with a string." },
    { ml_name: "sha224", ml_meth: _sha256_sha224, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "sha224($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-224 hash object; optionally initialized with a string." },
  ]);
  if (addHashType(m, "SHA224Type", SHA224Type) < 0 || addHashType(m, "SHA256Type", SHA256Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
