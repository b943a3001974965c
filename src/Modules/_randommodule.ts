/**
 * @mirrors Modules/_randommodule.c
 * _random.Random: the Mersenne Twister MT19937 generator (Matsumoto and Nishimura), the
 * core under random.Random. The state is 624 32-bit words plus a position; every 624
 * outputs the whole block is regenerated ("twisted"), and each output word is tempered
 * by a few shifts and masks. Seeding follows CPython exactly, so the same seed gives the
 * same numbers as CPython:
 *
 *   >>> import _random; r = _random.Random(42); r.random()
 *   0.6394267984578837
 *
 * An int seed is split into 32-bit words, least significant first (init_by_array); other
 * hashable seeds go through their hash (random.py turns str and bytes into ints before
 * they get here); None seeds from the host's random source (os.urandom's).
 *
 * random() builds a double from 27 + 26 bits of two outputs; getrandbits(k) concatenates
 * 32-bit outputs, least significant word first.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, Py_hash, type PyMethodDef,
} from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyTuple_Check, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
import {
  PyLong_Check, PyLong_FromNumber, PyLong_FromBigInt, PyLong_AsLong, _PyLong_AsInt, type PyLongObject,
} from "../Objects/longobject.ts";
import { Py_NewNone, Py_None, PyObject_Hash } from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";

// Period parameters of MT19937.
const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** @cpython RandomObject */
export class RandomObject extends PyObject {
  /** Position of the next output word in `state` (N: the block must be regenerated). */
  index: number;
  state: Uint32Array;
  constructor(type: PyTypeObject) {
    super(type);
    this.index = 0;
    this.state = new Uint32Array(N);
  }
}

/** @cpython genrand_uint32: the next 32-bit output (as a non-negative number). */
function genrand_uint32(self: RandomObject): number {
  const mt = self.state;
  let y: number;
  if (self.index >= N) {
    // regenerate the whole block
    let kk = 0;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    self.index = 0;
  }
  y = mt[self.index++];
  // tempering
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** @cpython init_genrand: fill the state from one 32-bit seed. */
function init_genrand(self: RandomObject, s: number): void {
  const mt = self.state;
  mt[0] = s;
  for (let mti = 1; mti < N; mti++) {
    const prev = mt[mti - 1] ^ (mt[mti - 1] >>> 30);
    mt[mti] = Math.imul(1812433253, prev) + mti;
  }
  self.index = N;
}

/** @cpython init_by_array: seed from an array of 32-bit words. */
function init_by_array(self: RandomObject, init_key: ArrayLike<number>): void {
  const key_length = init_key.length;
  const mt = self.state;
  init_genrand(self, 19650218);
  let i = 1, j = 0;
  for (let k = N > key_length ? N : key_length; k; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(prev, 1664525)) + init_key[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (let k = N - 1; k; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(prev, 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000; // a non-zero state is guaranteed by the top bit
}

/** @cpython random_seed_urandom: 624 words from the host's random source. */
function random_seed_urandom(self: RandomObject): void {
  const bytes = _PyThreadState_GET().interp.host.os.urandom(N * 4);
  const key = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    key[i] = (bytes[4 * i] | (bytes[4 * i + 1] << 8) | (bytes[4 * i + 2] << 16) | (bytes[4 * i + 3] << 24)) >>> 0;
  }
  init_by_array(self, key);
}

/** The 32-bit words of a non-negative int, least significant first (at least one). */
function wordsOf(n: number | bigint): number[] {
  if (typeof n === "number") {
    if (n < 4294967296) return [n];
    return [n % 4294967296, Math.floor(n / 4294967296)];
  }
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return words.length ? words : [0];
}

/**
 * @cpython random_seed: None seeds from the host's entropy; an int by the words of its
 * absolute value (int.__abs__ even for subclasses that override it); anything else by its
 * hash, taken as an unsigned 64-bit number.
 */
function random_seed(self: RandomObject, arg: PyObject | null): number {
  if (arg === null || arg === Py_None) {
    random_seed_urandom(self);
    return 0;
  }
  let n: number | bigint;
  if (PyLong_Check(arg)) {
    const v = (arg as PyLongObject).ob_ival;
    n = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v;
  } else {
    const lo = PyObject_Hash(arg);
    const hi = Py_hash.hi;
    if (lo === -1 && hi === -1 && PyErr_Occurred()) return -1;
    n = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  }
  init_by_array(self, wordsOf(n));
  return 0;
}

/** @cpython _random_Random_random_impl: a double in [0, 1) with 53 random bits. */
function random_random(self: PyObject): PyObject {
  const r = self as RandomObject;
  const a = genrand_uint32(r) >>> 5, b = genrand_uint32(r) >>> 6;
  return PyFloat_FromDouble((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/** @cpython _random_Random_seed_impl: seed([n]). */
function random_seed_method(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("seed", args.length, 0, 1)) return null;
  if (random_seed(self as RandomObject, args.length ? args[0] : null) < 0) return null;
  return Py_NewNone();
}

/** @cpython _random_Random_getstate_impl: the 624 words and the position, as a tuple. */
function random_getstate(self: PyObject): PyObject {
  const r = self as RandomObject;
  const items: PyObject[] = new Array(N + 1);
  for (let i = 0; i < N; i++) items[i] = PyLong_FromNumber(r.state[i]);
  items[N] = PyLong_FromNumber(r.index);
  return _PyTuple_FromArraySteal(items);
}

/** @cpython PyLong_AsUnsignedLong (as setstate uses it). */
function asUnsignedLong(o: PyObject): number | bigint | null {
  if (!PyLong_Check(o)) return PyErr_SetString(PyExc_TypeError, "an integer is required");
  const v = (o as PyLongObject).ob_ival;
  if (v < 0) return PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof v === "bigint" && v > 0xffffffffffffffffn) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  return v;
}

/** @cpython _random_Random_setstate: restore a state from getstate(). */
function random_setstate(self: PyObject, state: PyObject): PyObject | null {
  const r = self as RandomObject;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state vector must be a tuple");
  const items = (state as PyTupleObject).ob_item;
  if (items.length !== N + 1) return PyErr_SetString(PyExc_ValueError, "state vector is the wrong size");
  const new_state = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const v = asUnsignedLong(items[i]);
    if (v === null) return null;
    // only the low 32 bits are kept, as the C cast to uint32_t does
    new_state[i] = typeof v === "number" ? v % 4294967296 : Number(v & 0xffffffffn);
  }
  const index = PyLong_AsLong(items[N]);
  if (index === -1 && PyErr_Occurred()) return null;
  if (index < 0 || index > N) return PyErr_SetString(PyExc_ValueError, "invalid state");
  r.index = index;
  r.state.set(new_state);
  return Py_NewNone();
}

/** @cpython _random_Random_getrandbits_impl: an int of k random bits. */
function random_getrandbits(self: PyObject, arg: PyObject): PyObject | null {
  const r = self as RandomObject;
  let k = _PyLong_AsInt(arg);
  if (k === -1 && PyErr_Occurred()) return null;
  if (k < 0) return PyErr_SetString(PyExc_ValueError, "number of bits must be non-negative");
  if (k === 0) return PyLong_FromNumber(0);
  if (k <= 32) return PyLong_FromNumber(genrand_uint32(r) >>> (32 - k));
  const words = Math.trunc((k - 1) / 32) + 1;
  if (k <= 53) {
    // two words, still exact as a double
    const lo = genrand_uint32(r);
    const hi = genrand_uint32(r) >>> (64 - k);
    return PyLong_FromNumber(hi * 4294967296 + lo);
  }
  // least significant word first; the last (most significant) one loses its low bits
  const hex: string[] = new Array(words);
  for (let i = 0; i < words; i++, k -= 32) {
    let w = genrand_uint32(r);
    if (k < 32) w >>>= 32 - k;
    hex[words - 1 - i] = w.toString(16).padStart(8, "0");
  }
  return PyLong_FromBigInt(BigInt("0x" + hex.join("")));
}

/** @cpython PyType_GenericNew: a zero state (index 0), filled in by __init__ or seed(). */
function random_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new RandomObject(type);
}

/** @cpython random_init: Random([seed]). */
function random_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if ((self.ob_type === Random_Type || self.ob_type.tp_init === Random_Type.tp_init) &&
      kwnames !== null && kwnames.ob_item.length > 0) {
    return PyErr_SetStringInt(PyExc_TypeError, "Random() takes no keyword arguments");
  }
  const nargs = kwnames === null ? args.length : args.length - kwnames.ob_item.length;
  if (nargs > 1) return PyErr_SetStringInt(PyExc_TypeError, "Random() requires 0 or 1 argument");
  return random_seed(self as RandomObject, nargs === 1 ? args[0] : null);
}

const random_methods: PyMethodDef[] = [
  { ml_name: "random", ml_meth: random_random, ml_flags: METH_NOARGS,
    ml_doc: "random($self, /)\n--\n\nA float x with 0 <= x < 1." },
  { ml_name: "seed", ml_meth: random_seed_method, ml_flags: METH_FASTCALL,
    ml_doc: "seed($self, n=None, /)\n--\n\nReseed the generator: from n, or from the operating system's random source." },
  { ml_name: "getstate", ml_meth: random_getstate, ml_flags: METH_NOARGS,
    ml_doc: "getstate($self, /)\n--\n\nThe generator's state: a tuple of 625 ints (for setstate)." },
  { ml_name: "setstate", ml_meth: random_setstate, ml_flags: METH_O,
    ml_doc: "setstate($self, state, /)\n--\n\nRestore a state that getstate() returned." },
  { ml_name: "getrandbits", ml_meth: random_getrandbits, ml_flags: METH_O,
    ml_doc: "getrandbits($self, k, /)\n--\n\nAn int with k random bits (0 <= result < 2**k)." },
];

export const Random_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_random.Random", tp_basicsize: 2520, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "Random() -> a random number generator with its own state.",
  tp_methods: random_methods, tp_new: random_new, tp_init: random_init,
});

/** @cpython PyInit__random (_random_exec) */
export function PyInit__random(): PyObject | null {
  const m = PyModule_Create("_random", "The Mersenne Twister generator under the random module.", []);
  if (PyModule_AddType(m, Random_Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
