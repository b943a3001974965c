/**
 * @mirrors Modules/sha1module.c
 * _sha1: SHA-1 (FIPS 180-4), hashlib's fallback when there is no _hashlib. Eighty steps
 * over a message schedule expanded from the sixteen big-endian words of each 64-byte block
 * update five 32-bit words. sha1() makes the objects; SHA1Type cannot be called directly.
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_KEYWORDS } from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { BlockHash, makeHashType, newHashFromArgs, addHashType, store32be, type HashState } from "./hashlib.ts";

/** @cpython sha1_state */
class sha1_state extends BlockHash {
  state: Int32Array;
  W: Int32Array;
  constructor() {
    super(64);
    this.state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
    this.W = new Int32Array(80);
  }

  /** @cpython sha1_compress */
  compress(d: Uint8Array, off: number): void {
    const W = this.W;
    for (let i = 0; i < 16; i++, off += 4) W[i] = (d[off] << 24) | (d[off + 1] << 16) | (d[off + 2] << 8) | d[off + 3];
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16];
      W[i] = (x << 1) | (x >>> 31);
    }
    const st = this.state;
    let a = st[0], b = st[1], c = st[2], dd = st[3], e = st[4];
    // four rounds of twenty steps, each with its own mixing function and constant
    let i = 0;
    for (; i < 20; i++) {
      const t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & dd)) + e + 0x5a827999 + W[i]) | 0;
      e = dd; dd = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    for (; i < 40; i++) {
      const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ dd) + e + 0x6ed9eba1 + W[i]) | 0;
      e = dd; dd = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    for (; i < 60; i++) {
      const t = (((a << 5) | (a >>> 27)) + ((b & c) | (b & dd) | (c & dd)) + e - 0x70e44324 + W[i]) | 0;
      e = dd; dd = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    for (; i < 80; i++) {
      const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ dd) + e - 0x359d3e2a + W[i]) | 0;
      e = dd; dd = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    st[0] = (st[0] + a) | 0;
    st[1] = (st[1] + b) | 0;
    st[2] = (st[2] + c) | 0;
    st[3] = (st[3] + dd) | 0;
    st[4] = (st[4] + e) | 0;
  }

  copy(): sha1_state {
    const o = this.copyInto(new sha1_state());
    o.state.set(this.state);
    return o;
  }

  /** @cpython sha1_done */
  digest(): Uint8Array {
    const o = this.copy();
    o.finish(8, false);
    const out = new Uint8Array(20);
    for (let i = 0; i < 5; i++) store32be(out, 4 * i, o.state[i]);
    return out;
  }
}

/** A fresh SHA-1 state, for _hashlib (which has no algorithms of its own). */
export const _sha1_state_new = (): HashState => new sha1_state();

export const SHA1Type = makeHashType("_sha1.sha1", { name: "sha1", digest_size: 20, block_size: 64 }, { basicsize: 128 });

/** @cpython _sha1_sha1_impl: sha1(string=b'', *, usedforsecurity=True). */
function _sha1_sha1(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return newHashFromArgs("sha1", SHA1Type, new sha1_state(), args, kwnames);
}

/** @cpython PyInit__sha1 (_sha1_exec) */
export function PyInit__sha1(): PyObject | null {
  const m = PyModule_Create("_sha1", null, [
    { ml_name: "sha1", ml_meth: _sha1_sha1, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "sha1($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA1 hash object; optionally initialized with a string." },
  ]);
  if (addHashType(m, "SHA1Type", SHA1Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
