/**
 * @mirrors Modules/md5module.c
 * _md5: the MD5 message digest (RFC 1321), the fallback hashlib uses when there is no
 * _hashlib. Four rounds of sixteen steps mix a 64-byte block into four 32-bit words, all
 * little-endian. The module's md5() makes the objects; the type, MD5Type, cannot be
 * called directly.
 *
 *   >>> import _md5; _md5.md5(b"abc").hexdigest()
 *   '900150983cd24fb0d6963f7d28e17f72'
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_KEYWORDS } from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { BlockHash, makeHashType, newHashFromArgs, addHashType, store32le, type HashState } from "./hashlib.ts";

/** Per-step shift amounts, four per round. */
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
/** The additive constants: floor(abs(sin(i + 1)) * 2**32). */
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;

/** @cpython md5_state */
class md5_state extends BlockHash {
  state: Int32Array;
  X: Int32Array;
  constructor() {
    super(64);
    this.state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
    this.X = new Int32Array(16);
  }

  /** @cpython md5_compress */
  compress(d: Uint8Array, off: number): void {
    const X = this.X;
    for (let i = 0; i < 16; i++, off += 4) X[i] = d[off] | (d[off + 1] << 8) | (d[off + 2] << 16) | (d[off + 3] << 24);
    const st = this.state;
    let a = st[0], b = st[1], c = st[2], dd = st[3];
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      const r = i >> 4;
      if (r === 0) { f = (b & c) | (~b & dd); g = i; }
      else if (r === 1) { f = (dd & b) | (~dd & c); g = (5 * i + 1) & 15; }
      else if (r === 2) { f = b ^ c ^ dd; g = (3 * i + 5) & 15; }
      else { f = c ^ (b | ~dd); g = (7 * i) & 15; }
      const s = S[(r << 2) | (i & 3)];
      const t = (a + f + K[i] + X[g]) | 0;
      a = dd;
      dd = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    st[0] = (st[0] + a) | 0;
    st[1] = (st[1] + b) | 0;
    st[2] = (st[2] + c) | 0;
    st[3] = (st[3] + dd) | 0;
  }

  copy(): md5_state {
    const o = this.copyInto(new md5_state());
    o.state.set(this.state);
    return o;
  }

  /** @cpython md5_done */
  digest(): Uint8Array {
    const o = this.copy();
    o.finish(8, true);
    const out = new Uint8Array(16);
    for (let i = 0; i < 4; i++) store32le(out, 4 * i, o.state[i]);
    return out;
  }
}

/** A fresh MD5 state, for _hashlib (which has no algorithms of its own). */
export const _md5_state_new = (): HashState => new md5_state();

export const MD5Type = makeHashType("_md5.md5", { name: "md5", digest_size: 16, block_size: 64 }, { basicsize: 128 });

/** @cpython _md5_md5_impl: md5(string=b'', *, usedforsecurity=True). */
function _md5_md5(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return newHashFromArgs("md5", MD5Type, new md5_state(), args, kwnames);
}

/** @cpython PyInit__md5 (md5_exec) */
export function PyInit__md5(): PyObject | null {
  const m = PyModule_Create("_md5", null, [
    { ml_name: "md5", ml_meth: _md5_md5, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "md5($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new MD5 hash object; optionally initialized with a string." },
  ]);
  if (addHashType(m, "MD5Type", MD5Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
