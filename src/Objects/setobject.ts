/**
 * @mirrors Objects/setobject.c
 * set and frozenset: an open-addressing hash table of (key, hash) entries, probed with
 * CPython's hybrid scheme (LINEAR_PROBES = 9 neighbouring slots, then a perturbed jump),
 * grown at 3/5 full (set_table_resize to 4x used, 2x past 50000), with deleted entries
 * left as `dummy` until a resize. Same hashes and the same table give CPython's iteration
 * order, which repr(), list(s) and pop() all show:
 *
 *   {'a', 'b'}  ->  mask 7; 'a' at hash & 7, 'b' at its own slot (or the next free one)
 *
 * The first part (SetTable, make_frozenset) is the same insertion algorithm over constants,
 * used by the compiler to give constant frozensets CPython's order; the runtime set object
 * follows.
 *
 * DIVERGENCE: the table is two parallel arrays (keys and int32 hash halves) rather than an
 * array of setentry structs, and there is no separate inline smalltable: a table of
 * PySet_MINSIZE slots is "the small table" (sizeof counts no extra block for it, as CPython).
 */
import {
  ConstantFrozenset, ConstantTuple, PyBytes, PyComplex, type ConstantValue,
} from "../Include/ast_constant.ts";
import { constant_hash } from "../Python/pyhash.ts";
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_hash, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_HEAPTYPE,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_CLASS, METH_COEXIST, type PyMethodDef,
} from "../Include/object.ts";
import {
  PyErr_BadInternalCall, PyErr_Clear, PyErr_ExceptionMatches, PyErr_NoMemory, PyErr_Occurred, PyErr_SetObject,
  PyErr_SetString,
} from "../Python/errors.ts";
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError } from "./exceptions.ts";
import {
  PyObject_Hash, PyObject_RichCompareBool, PyObject_IsTrue, PyObject_GetAttr, Py_None, Py_NotImplemented,
  Py_ReprEnter, Py_ReprLeave, reprString,
} from "./object.ts";
import { PyUnicodeObject, PyUnicode_FromString, _PyUnicode_FromId, unicode_hash } from "./unicodeobject.ts";
import { PyType_IsSubtype, PyType_Ready } from "./typeobject.ts";
import { PyTupleObject, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { _PyList_FromArraySteal } from "./listobject.ts";
import { PyLong_FromNumber } from "./longobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyObject_GetIter, PyIter_Next, PySequence_List } from "./abstract.ts";
import { PyObject_CallNoArgs } from "./call.ts";
import { Py_GenericAlias } from "./genericaliasobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { PyDict_CheckExact, PyDict_GetItemString, _PyDict_Next, _PyDict_Contains_KnownHash } from "./dictobject.ts";

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const PERTURB_SHIFT_BIG = BigInt(PERTURB_SHIFT);
const M64 = (1n << 64n) - 1n;

interface Entry { key: ConstantValue; hash: bigint }

/** A set table holding constants: slots, fill and used as in PySetObject. */
export class SetTable {
  table: (Entry | null)[] = new Array(PySet_MINSIZE).fill(null);
  mask = PySet_MINSIZE - 1;
  fill = 0;
  used = 0;

  /** @cpython set_add_entry (no deletions happen here, so no dummies) */
  add(key: ConstantValue): void {
    const hash = constant_hash(key);
    const mask = this.mask;
    let i = Number(BigInt.asUintN(64, hash) & BigInt(mask));
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const e = this.table[j];
        if (e === null) {
          this.table[j] = { key, hash };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (e.hash === hash && constants_equal(e.key, key)) return;
        j++;
      } while (probes--);
      perturb >>= PERTURB_SHIFT_BIG;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  /** @cpython set_table_resize */
  private resize(minused: number): void {
    let newsize = PySet_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    const old = this.table;
    this.table = new Array(newsize).fill(null);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (const e of old) if (e !== null) this.insertClean(e);
  }

  /** @cpython set_insert_clean */
  private insertClean(e: Entry): void {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, e.hash);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      if (this.table[i] === null) { this.table[i] = e; return; }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.table[i + j] === null) { this.table[i + j] = e; return; }
        }
      }
      perturb >>= PERTURB_SHIFT_BIG;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask) & M64);
    }
  }

  /** Keys in iteration (table) order. */
  keys(): ConstantValue[] {
    const out: ConstantValue[] = [];
    for (const e of this.table) if (e !== null) out.push(e.key);
    return out;
  }
}

/**
 * frozenset(items) as CPython builds it from an iterable (PyFrozenSet_New): adds each
 * item in turn, dropping equal duplicates; the result lists its items in table order.
 */
export function make_frozenset(items: readonly ConstantValue[]): ConstantFrozenset {
  const t = new SetTable();
  for (const item of items) t.add(item);
  const fs = new ConstantFrozenset(t.keys());
  insertionOrder.set(fs, items.slice());
  return fs;
}

/**
 * The items each frozenset constant was built from, in the order they were added. The
 * table (and so the iteration order after later merges) depends on that order, not only on
 * the resulting iteration order: CPython's compiler builds a set literal's frozenset twice
 * (ast_opt, then merge_consts_recursive from the first one's iteration order) and the code
 * object holds the second, so rebuilding the run-time object from `items` would be a third
 * build with a different table when keys collide.
 */
const insertionOrder = new WeakMap<ConstantFrozenset, readonly ConstantValue[]>();

/** @typhon the items of a frozenset constant in the order that rebuilds its table exactly */
export function frozenset_insertion_order(fs: ConstantFrozenset): readonly ConstantValue[] {
  return insertionOrder.get(fs) ?? fs.items;
}

/** The size of the table that adding `items` in order produces (for frozenset_hash). */
export function tableSize(items: readonly ConstantValue[]): number {
  const t = new SetTable();
  for (const item of items) t.add(item);
  return t.mask + 1;
}

/** Python's == between constants (1 == 1.0 == True; tuples item by item). */
export function constants_equal(a: ConstantValue, b: ConstantValue): boolean {
  if (a === b) return true;
  const na = numericValue(a);
  if (na !== null) {
    const nb = numericValue(b);
    if (nb === null) return false;
    return na.re === nb.re && na.im === nb.im;
  }
  if (a instanceof ConstantTuple && b instanceof ConstantTuple) {
    return a.items.length === b.items.length && a.items.every((x, i) => constants_equal(x, b.items[i]));
  }
  if (a instanceof ConstantFrozenset && b instanceof ConstantFrozenset) {
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => constants_equal(x, y)));
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);
  }
  return false;
}

/** Numbers as exact comparable values; ints beyond 2**53 stay exact as strings of digits. */
function numericValue(v: ConstantValue): { re: number | bigint; im: number } | null {
  if (typeof v === "boolean") return { re: v ? 1n : 0n, im: 0 };
  if (typeof v === "bigint") return { re: v, im: 0 };
  if (typeof v === "number") return { re: Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? BigInt(v) : v, im: 0 };
  if (v instanceof PyComplex) {
    return { re: Number.isInteger(v.real) && Math.abs(v.real) < 2 ** 63 ? BigInt(v.real) : v.real, im: v.imag };
  }
  return null;
}

// =============================================================================================
// The runtime set and frozenset objects.
// =============================================================================================

/** Deleted entries keep this key (and hash -1) so that probe chains through them stay intact. */
const dummy = new PyObject(null as unknown as PyTypeObject);

/** @cpython PySetObject */
export class PySetObject extends PyObject {
  /** Active and dummy entries. */
  fill: number;
  /** Active entries. */
  used: number;
  /** The table has mask + 1 slots, a power of two. */
  mask: number;
  /** Entry keys: null for a never-used slot, `dummy` for a deleted one. */
  table: (PyObject | null)[];
  /** Entry hashes, two int32 halves per slot (lo at 2i, hi at 2i+1): 0 unused, -1 dummy. */
  table_hash: Int32Array;
  /** frozenset's cached hash; -1/-1 until computed. */
  hash_lo: number;
  hash_hi: number;
  /** Where pop() resumes its search. */
  finger: number;
  weakreflist: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.table = new Array(PySet_MINSIZE).fill(null);
    this.table_hash = new Int32Array(2 * PySet_MINSIZE);
    this.hash_lo = -1;
    this.hash_hi = -1;
    this.finger = 0;
    this.weakreflist = null;
  }
}

/** @cpython PyAnySet_Check */
export const PyAnySet_Check = (o: PyObject): o is PySetObject => o instanceof PySetObject;
/** @cpython PyAnySet_CheckExact */
export const PyAnySet_CheckExact = (o: PyObject): o is PySetObject => o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type;
/** @cpython PySet_CheckExact */
export const PySet_CheckExact = (o: PyObject): o is PySetObject => o.ob_type === PySet_Type;
/** @cpython PyFrozenSet_CheckExact */
export const PyFrozenSet_CheckExact = (o: PyObject): o is PySetObject => o.ob_type === PyFrozenSet_Type;
/** @cpython PySet_Check */
export const PySet_Check = (o: PyObject): o is PySetObject =>
  o instanceof PySetObject && (o.ob_type === PySet_Type || PyType_IsSubtype(o.ob_type, PySet_Type));
/** @cpython PyFrozenSet_Check */
export const PyFrozenSet_Check = (o: PyObject): o is PySetObject =>
  o instanceof PySetObject && (o.ob_type === PyFrozenSet_Type || PyType_IsSubtype(o.ob_type, PyFrozenSet_Type));
/** @cpython PySet_GET_SIZE */
export const PySet_GET_SIZE = (o: PyObject): number => (o as PySetObject).used;

const PyUnicode_CheckExact = (o: PyObject): boolean => o.ob_type === PyUnicodeObject.type;

/** The hash of a key: the cached one for exact str. Low half returned, high in Py_hash.hi. */
function key_hash(key: PyObject): number {
  if (key.ob_type === PyUnicodeObject.type) {
    const u = key as PyUnicodeObject;
    if (u.hashed) {
      Py_hash.hi = u.hash_hi;
      return u.hash_lo;
    }
    return unicode_hash(u);
  }
  return PyObject_Hash(key);
}

/** @cpython _PyErr_SetKeyError */
function _PyErr_SetKeyError(key: PyObject): void {
  const tup = PyTuple_FromArray([key]);
  PyErr_SetObject(PyExc_KeyError, tup);
  Py_DECREF(tup);
}

function return_none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

function return_notimplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

// -- probing the hash table -------------------------------------------------------------------------

/*
 * Probes look at slot i and, when they fit below the mask, the LINEAR_PROBES slots after it;
 * then perturb >>= PERTURB_SHIFT; i = (i*5 + 1 + perturb) & mask, on the unsigned 64-bit hash
 * (only perturb's low half reaches i).
 */

/**
 * @cpython set_lookkey: the slot holding `key`, or the never-used slot that ends its probe
 * sequence; -1 when a comparison raised. A comparison that changes the set restarts it.
 */
function set_lookkey(so: PySetObject, key: PyObject, lo: number, hi: number): number {
  const table = so.table;
  const hashes = so.table_hash;
  let mask = so.mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = lo & mask;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const startkey = table[j];
      if (startkey === null) return j;
      if (hashes[2 * j] === lo && hashes[2 * j + 1] === hi) {
        if (startkey === key) return j;
        if (PyUnicode_CheckExact(startkey) && PyUnicode_CheckExact(key) &&
            (startkey as PyUnicodeObject).str === (key as PyUnicodeObject).str) {
          return j;
        }
        Py_INCREF(startkey);
        const cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
        Py_DECREF(startkey);
        if (cmp < 0) return -1;
        if (table !== so.table || table[j] !== startkey) return set_lookkey(so, key, lo, hi);
        if (cmp > 0) return j;
        mask = so.mask;
      }
      j++;
    } while (probes--);
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/**
 * @cpython set_add_entry: add key unless an equal one is present. A new key goes into the
 * last dummy slot seen along its probe sequence, else the never-used slot that ends it.
 */
function set_add_entry(so: PySetObject, key: PyObject, lo: number, hi: number): number {
  // Held across the comparisons, which could otherwise free key before it is stored.
  Py_INCREF(key);
  restart: for (;;) {
    const table = so.table;
    const hashes = so.table_hash;
    let mask = so.mask;
    let i = lo & mask;
    let freeslot = -1;
    let plo = lo >>> 0, phi = hi >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const startkey = table[j];
        if (startkey === null) {
          // found_unused_or_dummy
          if (freeslot === -1) {
            so.fill++;
            so.used++;
            table[j] = key;
            hashes[2 * j] = lo;
            hashes[2 * j + 1] = hi;
            if (so.fill * 5 < mask * 3) return 0;
            return set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          }
          so.used++;
          table[freeslot] = key;
          hashes[2 * freeslot] = lo;
          hashes[2 * freeslot + 1] = hi;
          return 0;
        }
        if (hashes[2 * j] === lo && hashes[2 * j + 1] === hi) {
          if (startkey === key) {
            Py_DECREF(key);
            return 0;
          }
          if (PyUnicode_CheckExact(startkey) && PyUnicode_CheckExact(key) &&
              (startkey as PyUnicodeObject).str === (key as PyUnicodeObject).str) {
            Py_DECREF(key);
            return 0;
          }
          Py_INCREF(startkey);
          const cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
          Py_DECREF(startkey);
          if (cmp > 0) {
            Py_DECREF(key);
            return 0;
          }
          if (cmp < 0) {
            Py_DECREF(key);
            return -1;
          }
          if (table !== so.table || table[j] !== startkey) continue restart;
          mask = so.mask;
        } else if (startkey === dummy) {
          freeslot = j;
        }
        j++;
      } while (probes--);
      plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/**
 * @cpython set_insert_clean: store a key known to be absent, in a table known to have no
 * dummies (no comparisons, so no code can run mid-resize).
 */
function set_insert_clean(table: (PyObject | null)[], hashes: Int32Array, mask: number, key: PyObject, lo: number, hi: number): void {
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = lo & mask;
  for (;;) {
    if (table[i] === null) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = 1;
      for (; j <= LINEAR_PROBES; j++) if (table[i + j] === null) break;
      if (j <= LINEAR_PROBES) {
        i += j;
        break;
      }
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
  table[i] = key;
  hashes[2 * i] = lo;
  hashes[2 * i + 1] = hi;
}

/**
 * @cpython set_table_resize: rebuild into the smallest table with more than `minused` slots
 * (at least PySet_MINSIZE), dropping dummies; a small table without dummies stays as it is.
 */
function set_table_resize(so: PySetObject, minused: number): number {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize > 2 ** 30) {
    PyErr_NoMemory();
    return -1;
  }
  if (newsize === PySet_MINSIZE && so.mask === PySet_MINSIZE - 1 && so.fill === so.used) return 0;
  const oldtable = so.table;
  const oldhashes = so.table_hash;
  const oldmask = so.mask;
  const newtable: (PyObject | null)[] = new Array(newsize).fill(null);
  const newhashes = new Int32Array(2 * newsize);
  const newmask = newsize - 1;
  so.mask = newmask;
  so.table = newtable;
  so.table_hash = newhashes;
  const withDummies = so.fill !== so.used;
  so.fill = so.used;
  for (let i = 0; i <= oldmask; i++) {
    const key = oldtable[i];
    if (key !== null && (!withDummies || key !== dummy)) {
      set_insert_clean(newtable, newhashes, newmask, key, oldhashes[2 * i], oldhashes[2 * i + 1]);
    }
  }
  return 0;
}

/** @cpython set_contains_entry: 1, 0 or -1. */
function set_contains_entry(so: PySetObject, key: PyObject, lo: number, hi: number): number {
  const j = set_lookkey(so, key, lo, hi);
  if (j < 0) return -1;
  return so.table[j] !== null ? 1 : 0;
}

const DISCARD_NOTFOUND = 0;
const DISCARD_FOUND = 1;

/** @cpython set_discard_entry: DISCARD_FOUND, DISCARD_NOTFOUND or -1. */
function set_discard_entry(so: PySetObject, key: PyObject, lo: number, hi: number): number {
  const j = set_lookkey(so, key, lo, hi);
  if (j < 0) return -1;
  const old_key = so.table[j];
  if (old_key === null) return DISCARD_NOTFOUND;
  so.table[j] = dummy;
  so.table_hash[2 * j] = -1;
  so.table_hash[2 * j + 1] = -1;
  so.used--;
  Py_DECREF(old_key);
  return DISCARD_FOUND;
}

/** @cpython set_add_key */
function set_add_key(so: PySetObject, key: PyObject): number {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  return set_add_entry(so, key, lo, hi);
}

/** @cpython set_contains_key */
function set_contains_key(so: PySetObject, key: PyObject): number {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  return set_contains_entry(so, key, lo, hi);
}

/** @cpython set_discard_key */
function set_discard_key(so: PySetObject, key: PyObject): number {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  return set_discard_entry(so, key, lo, hi);
}

/** @cpython set_empty_to_minsize */
function set_empty_to_minsize(so: PySetObject): void {
  so.table = new Array(PySet_MINSIZE).fill(null);
  so.table_hash = new Int32Array(2 * PySet_MINSIZE);
  so.fill = 0;
  so.used = 0;
  so.mask = PySet_MINSIZE - 1;
  so.hash_lo = -1;
  so.hash_hi = -1;
}

/**
 * @cpython set_clear_internal: the set is emptied first and the keys released after, since
 * releasing them may run code that looks at the set.
 */
function set_clear_internal(so: PySetObject): number {
  const table = so.table;
  let used = so.used;
  if (so.mask === PySet_MINSIZE - 1 && so.fill === 0) return 0;
  set_empty_to_minsize(so);
  for (let i = 0; used > 0; i++) {
    const key = table[i];
    if (key !== null && key !== dummy) {
      used--;
      Py_DECREF(key);
    }
  }
  return 0;
}

/** @cpython set_next: the next active slot at or after pos.i (pos.i moves past it), or -1. */
function set_next(so: PySetObject, pos: { i: number }): number {
  let i = pos.i;
  const mask = so.mask;
  const table = so.table;
  while (i <= mask && (table[i] === null || table[i] === dummy)) i++;
  pos.i = i + 1;
  return i > mask ? -1 : i;
}

/** @cpython set_dealloc */
function set_dealloc(self: PyObject): void {
  const so = self as PySetObject;
  const table = so.table;
  let used = so.used;
  so.used = 0;
  so.fill = 0;
  for (let i = 0; used > 0; i++) {
    const key = table[i];
    if (key !== null && key !== dummy) {
      used--;
      table[i] = null;
      Py_DECREF(key);
    }
  }
}

/** @cpython set_repr: `{1, 2}`, `set()`, `frozenset({1})`, `S({1})` for subclasses. */
function set_repr(self: PyObject): PyObject | null {
  const so = self as PySetObject;
  const name = so.ob_type.tp_name;
  const status = Py_ReprEnter(so);
  if (status !== 0) return PyUnicode_FromString(`${name}(...)`);
  if (so.used === 0) {
    Py_ReprLeave(so);
    return PyUnicode_FromString(`${name}()`);
  }
  // list(so) through the type's own iterator, then repr of each item.
  const it = PyObject_GetIter(so);
  if (it === null) {
    Py_ReprLeave(so);
    return null;
  }
  const parts: string[] = [];
  for (;;) {
    const x = PyIter_Next(it);
    if (x === null) break;
    const r = reprString(x);
    Py_DECREF(x);
    if (r === null) {
      Py_DECREF(it);
      Py_ReprLeave(so);
      return null;
    }
    parts.push(r);
  }
  Py_DECREF(it);
  Py_ReprLeave(so);
  if (PyErr_Occurred()) return null;
  const body = parts.join(", ");
  return PyUnicode_FromString(PySet_CheckExact(so) ? `{${body}}` : `${name}({${body}})`);
}

/** @cpython set_len */
function set_len(self: PyObject): number {
  return (self as PySetObject).used;
}

/** @cpython set_merge: so |= other for another set or frozenset. */
function set_merge(so: PySetObject, other: PySetObject): number {
  if (other === so || other.used === 0) return 0;
  // One resize up front rather than several while inserting.
  if ((so.fill + other.used) * 5 >= so.mask * 3) {
    if (set_table_resize(so, (so.used + other.used) * 2) !== 0) return -1;
  }
  const otable = other.table;
  const ohashes = other.table_hash;
  // Empty target of the same size and a source without dummies: copy slot for slot.
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    const table = so.table, hashes = so.table_hash;
    for (let i = 0; i <= other.mask; i++) {
      const key = otable[i];
      if (key !== null) {
        Py_INCREF(key);
        table[i] = key;
        hashes[2 * i] = ohashes[2 * i];
        hashes[2 * i + 1] = ohashes[2 * i + 1];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return 0;
  }
  // Empty target: no duplicates possible, insert without comparing.
  if (so.fill === 0) {
    const table = so.table, hashes = so.table_hash, mask = so.mask;
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const key = otable[i];
      if (key !== null && key !== dummy) {
        Py_INCREF(key);
        set_insert_clean(table, hashes, mask, key, ohashes[2 * i], ohashes[2 * i + 1]);
      }
    }
    return 0;
  }
  for (let i = 0; i <= other.mask; i++) {
    const key = other.table[i];
    if (key !== null && key !== dummy) {
      if (set_add_entry(so, key, other.table_hash[2 * i], other.table_hash[2 * i + 1])) return -1;
    }
  }
  return 0;
}

/** @cpython set_pop: remove the first active entry from the finger on. */
function set_pop(self: PyObject): PyObject | null {
  const so = self as PySetObject;
  let e = so.finger & so.mask;
  const limit = so.mask;
  if (so.used === 0) return PyErr_SetString(PyExc_KeyError, "pop from an empty set");
  const table = so.table;
  while (table[e] === null || table[e] === dummy) {
    e++;
    if (e > limit) e = 0;
  }
  const key = table[e]!;
  table[e] = dummy;
  so.table_hash[2 * e] = -1;
  so.table_hash[2 * e + 1] = -1;
  so.used--;
  so.finger = e + 1;
  return key;
}

// 64-bit unsigned arithmetic on (lo, hi) uint32 halves, for frozenset_hash.
let u64_hi = 0;

/** (ahi:alo) * (bhi:blo) mod 2**64; low half returned, high half in u64_hi. */
function mul64(alo: number, ahi: number, blo: number, bhi: number): number {
  const a0 = alo & 0xffff, a1 = alo >>> 16, b0 = blo & 0xffff, b1 = blo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carry = p11 + Math.floor(p01 / 65536) + Math.floor(p10 / 65536) + Math.floor(mid / 65536);
  u64_hi = (carry + Math.imul(alo, bhi) + Math.imul(ahi, blo)) >>> 0;
  return (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
}

/** @cpython _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167, on 64 bits. */
function _shuffle_bits(lo: number, hi: number): number {
  const xlo = ((lo ^ 89869747) ^ (lo << 16)) >>> 0;
  const xhi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  return mul64(xlo, xhi, 3644798167, 0);
}

/**
 * @cpython frozenset_hash: an order-independent combination (xor) of the shuffled entry
 * hashes, then mixed with the size; cached. (CPython xors every slot and cancels the empty
 * and dummy ones; xoring the active ones only is the same number.)
 */
function frozenset_hash(self: PyObject): number {
  const so = self as PySetObject;
  if (so.hash_lo !== -1 || so.hash_hi !== -1) {
    Py_hash.hi = so.hash_hi;
    return so.hash_lo;
  }
  let hlo = 0, hhi = 0;
  const table = so.table, hashes = so.table_hash;
  for (let i = 0; i <= so.mask; i++) {
    const key = table[i];
    if (key !== null && key !== dummy) {
      hlo ^= _shuffle_bits(hashes[2 * i], hashes[2 * i + 1]);
      hhi ^= u64_hi;
    }
  }
  // Factor in the number of active entries.
  hlo ^= mul64(so.used + 1, 0, 1927868237, 0);
  hhi ^= u64_hi;
  hlo >>>= 0;
  hhi >>>= 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11lo = ((hlo >>> 11) | (hhi << 21)) >>> 0, s11hi = hhi >>> 11;
  const s25lo = ((hlo >>> 25) | (hhi << 7)) >>> 0, s25hi = hhi >>> 25;
  hlo = (hlo ^ s11lo ^ s25lo) >>> 0;
  hhi = (hhi ^ s11hi ^ s25hi) >>> 0;
  // hash = hash * 69069 + 907133923
  let lo = mul64(hlo, hhi, 69069, 0);
  let hi = u64_hi;
  const sum = lo + 907133923;
  lo = sum >>> 0;
  hi = (hi + (sum >= 4294967296 ? 1 : 0)) >>> 0;
  if (lo === 0xffffffff && hi === 0xffffffff) {
    lo = 590923713;
    hi = 0;
  }
  so.hash_lo = lo | 0;
  so.hash_hi = hi | 0;
  Py_hash.hi = so.hash_hi;
  return so.hash_lo;
}

// -- the iterator ------------------------------------------------------------------------------------

/** @cpython setiterobject */
export class setiterobject extends PyObject {
  /** Null once exhausted. */
  si_set: PySetObject | null;
  si_used: number;
  si_pos: number;
  len: number;
  constructor(type: PyTypeObject, so: PySetObject) {
    super(type);
    this.si_set = so;
    this.si_used = so.used;
    this.si_pos = 0;
    this.len = so.used;
  }
}

/** @cpython setiter_dealloc */
function setiter_dealloc(self: PyObject): void {
  const si = self as setiterobject;
  const so = si.si_set;
  si.si_set = null;
  if (so !== null) Py_DECREF(so);
}

/** @cpython setiter_len: __length_hint__ */
function setiter_len(self: PyObject): PyObject {
  const si = self as setiterobject;
  let len = 0;
  if (si.si_set !== null && si.si_used === si.si_set.used) len = si.len;
  return PyLong_FromNumber(len);
}

/** @cpython setiter_iternext */
function setiter_iternext(self: PyObject): PyObject | null {
  const si = self as setiterobject;
  const so = si.si_set;
  if (so === null) return null;
  if (si.si_used !== so.used) {
    PyErr_SetString(PyExc_RuntimeError, "Set changed size during iteration");
    si.si_used = -1; // stays an error
    return null;
  }
  let i = si.si_pos;
  const table = so.table;
  const mask = so.mask;
  while (i <= mask && (table[i] === null || table[i] === dummy)) i++;
  si.si_pos = i + 1;
  if (i > mask) {
    si.si_set = null;
    Py_DECREF(so);
    return null;
  }
  si.len--;
  const key = table[i]!;
  Py_INCREF(key);
  return key;
}

/** @cpython setiter_reduce: (iter, (list of the remaining items,)) */
function setiter_reduce(self: PyObject): PyObject | null {
  const si = self as setiterobject;
  const items: PyObject[] = [];
  const so = si.si_set;
  if (so !== null) {
    Py_INCREF(so);
    const tmp = new setiterobject(PySetIter_Type, so);
    tmp.si_used = si.si_used;
    tmp.si_pos = si.si_pos;
    tmp.len = si.len;
    for (let x = setiter_iternext(tmp); x !== null; x = setiter_iternext(tmp)) items.push(x);
    setiter_dealloc(tmp);
    if (PyErr_Occurred()) {
      for (const x of items) Py_DECREF(x);
      return null;
    }
  }
  const builtins = _PyThreadState_GET().interp.builtins;
  const iter = builtins === null ? null : PyDict_GetItemString(builtins, "iter");
  if (iter === null) {
    for (const x of items) Py_DECREF(x);
    return PyErr_SetString(PyExc_RuntimeError, "lost builtins.iter");
  }
  Py_INCREF(iter);
  return _PyTuple_FromArraySteal([iter, _PyTuple_FromArraySteal([_PyList_FromArraySteal(items)])]);
}

/** @cpython PyObject_SelfIter */
function selfiter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** @cpython PySetIter_Type */
export const PySetIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "set_iterator", tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: setiter_dealloc, tp_iter: selfiter, tp_iternext: setiter_iternext,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: setiter_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
    { ml_name: "__reduce__", ml_meth: setiter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
  ],
});

/** @cpython set_iter */
function set_iter(self: PyObject): PyObject {
  const so = self as PySetObject;
  Py_INCREF(so);
  return new setiterobject(PySetIter_Type, so);
}

// -- construction and updates ------------------------------------------------------------------------

/** @cpython set_update_internal: so |= other for any iterable (sets and dicts fast). */
function set_update_internal(so: PySetObject, other: PyObject): number {
  if (PyAnySet_Check(other)) return set_merge(so, other);
  if (PyDict_CheckExact(other)) {
    const dictsize = other.ma_used;
    // One resize up front rather than several while inserting.
    if ((so.fill + dictsize) * 5 >= so.mask * 3) {
      if (set_table_resize(so, (so.used + dictsize) * 2) !== 0) return -1;
    }
    const pos = { i: 0 };
    for (let ep = _PyDict_Next(other, pos); ep !== null; ep = _PyDict_Next(other, pos)) {
      if (set_add_entry(so, ep.me_key!, ep.me_hash_lo, ep.me_hash_hi)) return -1;
    }
    return 0;
  }
  const it = PyObject_GetIter(other);
  if (it === null) return -1;
  for (;;) {
    const key = PyIter_Next(it);
    if (key === null) break;
    if (set_add_key(so, key)) {
      Py_DECREF(it);
      Py_DECREF(key);
      return -1;
    }
    Py_DECREF(key);
  }
  Py_DECREF(it);
  return PyErr_Occurred() ? -1 : 0;
}

/** @cpython set_update: s.update(*others) */
function set_update(self: PyObject, args: PyObject[]): PyObject | null {
  for (const other of args) if (set_update_internal(self as PySetObject, other)) return null;
  return return_none();
}

/** @cpython make_new_set @returns new */
function make_new_set(type: PyTypeObject, iterable: PyObject | null): PySetObject | null {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  const so = new PySetObject(type);
  if (iterable !== null && set_update_internal(so, iterable)) {
    Py_DECREF(so);
    return null;
  }
  return so;
}

/** @cpython make_new_set_basetype: a plain set or frozenset, whichever `type` derives from. */
function make_new_set_basetype(type: PyTypeObject, iterable: PyObject | null): PySetObject | null {
  if (type !== PySet_Type && type !== PyFrozenSet_Type) {
    type = PyType_IsSubtype(type, PySet_Type) ? PySet_Type : PyFrozenSet_Type;
  }
  return make_new_set(type, iterable);
}

/** @cpython make_new_frozenset: frozenset(f) of an exact frozenset is f itself. */
function make_new_frozenset(type: PyTypeObject, iterable: PyObject | null): PyObject | null {
  if (type !== PyFrozenSet_Type) return make_new_set(type, iterable);
  if (iterable !== null && PyFrozenSet_CheckExact(iterable)) {
    Py_INCREF(iterable);
    return iterable;
  }
  return make_new_set(type, iterable);
}

/** @cpython frozenset_new */
function frozenset_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if ((type === PyFrozenSet_Type || type.tp_init === PyFrozenSet_Type.tp_init) && !_PyArg_NoKwnames("frozenset", kwnames)) {
    return null;
  }
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional(type.tp_name, nargs, 0, 1)) return null;
  return make_new_frozenset(type, nargs ? args[0] : null);
}

/** @cpython set_new: the work is in set_init. */
function set_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject | null {
  return make_new_set(type, null);
}

/**
 * @cpython set_swap_bodies: exchange the contents of two sets (used to update in place
 * from a result computed aside). Cached hashes swap only between frozensets.
 */
function set_swap_bodies(a: PySetObject, b: PySetObject): void {
  let t = a.fill; a.fill = b.fill; b.fill = t;
  t = a.used; a.used = b.used; b.used = t;
  t = a.mask; a.mask = b.mask; b.mask = t;
  const u = a.table; a.table = b.table; b.table = u;
  const h = a.table_hash; a.table_hash = b.table_hash; b.table_hash = h;
  if (PyType_IsSubtype(a.ob_type, PyFrozenSet_Type) && PyType_IsSubtype(b.ob_type, PyFrozenSet_Type)) {
    t = a.hash_lo; a.hash_lo = b.hash_lo; b.hash_lo = t;
    t = a.hash_hi; a.hash_hi = b.hash_hi; b.hash_hi = t;
  } else {
    a.hash_lo = a.hash_hi = -1;
    b.hash_lo = b.hash_hi = -1;
  }
}

/** @cpython set_copy */
function set_copy(self: PyObject): PyObject | null {
  return make_new_set_basetype(self.ob_type, self);
}

/** @cpython frozenset_copy: an exact frozenset is its own copy. */
function frozenset_copy(self: PyObject): PyObject | null {
  if (PyFrozenSet_CheckExact(self)) {
    Py_INCREF(self);
    return self;
  }
  return set_copy(self);
}

/** @cpython set_clear */
function set_clear(self: PyObject): PyObject {
  set_clear_internal(self as PySetObject);
  return return_none();
}

/** @cpython set_union: s.union(*others) */
function set_union(self: PyObject, args: PyObject[]): PyObject | null {
  const result = set_copy(self) as PySetObject | null;
  if (result === null) return null;
  for (const other of args) {
    if (self === other) continue;
    if (set_update_internal(result, other)) {
      Py_DECREF(result);
      return null;
    }
  }
  return result;
}

/** @cpython set_or: s | t */
function set_or(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(self) || !PyAnySet_Check(other)) return return_notimplemented();
  const result = set_copy(self) as PySetObject | null;
  if (result === null) return null;
  if (self === other) return result;
  if (set_update_internal(result, other)) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython set_ior: s |= t */
function set_ior(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(other)) return return_notimplemented();
  if (set_update_internal(self as PySetObject, other)) return null;
  Py_INCREF(self);
  return self;
}

/** @cpython set_intersection: a new set (of so's base type) of the common elements. */
export function set_intersection(so: PySetObject, other: PyObject): PyObject | null {
  if (so === other) return set_copy(so);
  const result = make_new_set_basetype(so.ob_type, null);
  if (result === null) return null;
  if (PyAnySet_Check(other)) {
    // Iterate over the smaller set, look up in the larger.
    let big: PySetObject = so, small: PySetObject = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    const pos = { i: 0 };
    for (let i = set_next(small, pos); i >= 0; i = set_next(small, pos)) {
      const key = small.table[i]!;
      const lo = small.table_hash[2 * i], hi = small.table_hash[2 * i + 1];
      Py_INCREF(key);
      const rv = set_contains_entry(big, key, lo, hi);
      if (rv < 0 || (rv && set_add_entry(result, key, lo, hi))) {
        Py_DECREF(result);
        Py_DECREF(key);
        return null;
      }
      Py_DECREF(key);
    }
    return result;
  }
  const it = PyObject_GetIter(other);
  if (it === null) {
    Py_DECREF(result);
    return null;
  }
  for (;;) {
    const key = PyIter_Next(it);
    if (key === null) break;
    const lo = PyObject_Hash(key);
    const hi = Py_hash.hi;
    let failed = lo === -1 && hi === -1;
    if (!failed) {
      const rv = set_contains_entry(so, key, lo, hi);
      if (rv < 0) failed = true;
      else if (rv) {
        if (set_add_entry(result, key, lo, hi)) failed = true;
        else if (result.used >= so.used) {
          Py_DECREF(key);
          break;
        }
      }
    }
    Py_DECREF(key);
    if (failed) {
      Py_DECREF(it);
      Py_DECREF(result);
      return null;
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython set_intersection_multi: s.intersection(*others) */
function set_intersection_multi(self: PyObject, args: PyObject[]): PyObject | null {
  if (args.length === 0) return set_copy(self);
  let result: PyObject = self;
  Py_INCREF(self);
  for (const other of args) {
    const newresult = set_intersection(result as PySetObject, other);
    Py_DECREF(result);
    if (newresult === null) return null;
    result = newresult;
  }
  return result;
}

/** @cpython set_intersection_update */
function set_intersection_update(so: PySetObject, other: PyObject): PyObject | null {
  const tmp = set_intersection(so, other);
  if (tmp === null) return null;
  set_swap_bodies(so, tmp as PySetObject);
  Py_DECREF(tmp);
  return return_none();
}

/** @cpython set_intersection_update_multi: s.intersection_update(*others) */
function set_intersection_update_multi(self: PyObject, args: PyObject[]): PyObject | null {
  const tmp = set_intersection_multi(self, args);
  if (tmp === null) return null;
  set_swap_bodies(self as PySetObject, tmp as PySetObject);
  Py_DECREF(tmp);
  return return_none();
}

/** @cpython set_and: s & t */
function set_and(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(self) || !PyAnySet_Check(other)) return return_notimplemented();
  return set_intersection(self, other);
}

/** @cpython set_iand: s &= t */
function set_iand(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(other)) return return_notimplemented();
  const result = set_intersection_update(self as PySetObject, other);
  if (result === null) return null;
  Py_DECREF(result);
  Py_INCREF(self);
  return self;
}

/** @cpython set_isdisjoint */
function set_isdisjoint(self: PyObject, other: PyObject): PyObject | null {
  let so = self as PySetObject;
  if (so === other) return PyBool_FromLong(so.used === 0 ? 1 : 0);
  if (PyAnySet_CheckExact(other)) {
    let o: PySetObject = other;
    if (o.used > so.used) {
      const tmp = so;
      so = o;
      o = tmp;
    }
    const pos = { i: 0 };
    for (let i = set_next(o, pos); i >= 0; i = set_next(o, pos)) {
      const key = o.table[i]!;
      Py_INCREF(key);
      const rv = set_contains_entry(so, key, o.table_hash[2 * i], o.table_hash[2 * i + 1]);
      Py_DECREF(key);
      if (rv < 0) return null;
      if (rv) return PyBool_FromLong(0);
    }
    return PyBool_FromLong(1);
  }
  const it = PyObject_GetIter(other);
  if (it === null) return null;
  for (;;) {
    const key = PyIter_Next(it);
    if (key === null) break;
    const rv = set_contains_key(so, key);
    Py_DECREF(key);
    if (rv < 0) {
      Py_DECREF(it);
      return null;
    }
    if (rv) {
      Py_DECREF(it);
      return PyBool_FromLong(0);
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) return null;
  return PyBool_FromLong(1);
}

/**
 * @cpython set_difference_update_internal: so -= other (any iterable); rebuilds the table
 * when more than a quarter of it is dummies afterwards.
 */
export function set_difference_update_internal(so: PySetObject, other: PyObject): number {
  if (so === other) return set_clear_internal(so);
  if (PyAnySet_Check(other)) {
    let o: PySetObject;
    // A much larger other: discard only the common elements.
    if ((other.used >> 3) > so.used) {
      const r = set_intersection(so, other);
      if (r === null) return -1;
      o = r as PySetObject;
    } else {
      Py_INCREF(other);
      o = other;
    }
    const pos = { i: 0 };
    for (let i = set_next(o, pos); i >= 0; i = set_next(o, pos)) {
      const key = o.table[i]!;
      Py_INCREF(key);
      if (set_discard_entry(so, key, o.table_hash[2 * i], o.table_hash[2 * i + 1]) < 0) {
        Py_DECREF(o);
        Py_DECREF(key);
        return -1;
      }
      Py_DECREF(key);
    }
    Py_DECREF(o);
  } else {
    const it = PyObject_GetIter(other);
    if (it === null) return -1;
    for (;;) {
      const key = PyIter_Next(it);
      if (key === null) break;
      if (set_discard_key(so, key) < 0) {
        Py_DECREF(it);
        Py_DECREF(key);
        return -1;
      }
      Py_DECREF(key);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) return -1;
  }
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return 0;
  return set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** @cpython set_difference_update: s.difference_update(*others) */
function set_difference_update(self: PyObject, args: PyObject[]): PyObject | null {
  for (const other of args) if (set_difference_update_internal(self as PySetObject, other)) return null;
  return return_none();
}

/** @cpython set_copy_and_difference */
function set_copy_and_difference(so: PySetObject, other: PyObject): PyObject | null {
  const result = set_copy(so);
  if (result === null) return null;
  if (set_difference_update_internal(result as PySetObject, other) === 0) return result;
  Py_DECREF(result);
  return null;
}

/** @cpython set_difference: a new set of so's elements not in other. */
function set_difference(so: PySetObject, other: PyObject): PyObject | null {
  let other_size: number;
  if (PyAnySet_Check(other)) other_size = other.used;
  else if (PyDict_CheckExact(other)) other_size = other.ma_used;
  else return set_copy_and_difference(so, other);
  // Much bigger than other: copy, then remove the common elements.
  if ((so.used >> 2) > other_size) return set_copy_and_difference(so, other);
  const result = make_new_set_basetype(so.ob_type, null);
  if (result === null) return null;
  const pos = { i: 0 };
  for (let i = set_next(so, pos); i >= 0; i = set_next(so, pos)) {
    const key = so.table[i]!;
    const lo = so.table_hash[2 * i], hi = so.table_hash[2 * i + 1];
    Py_INCREF(key);
    const rv = PyDict_CheckExact(other)
      ? _PyDict_Contains_KnownHash(other, key, lo, hi)
      : set_contains_entry(other as PySetObject, key, lo, hi);
    if (rv < 0 || (!rv && set_add_entry(result, key, lo, hi))) {
      Py_DECREF(result);
      Py_DECREF(key);
      return null;
    }
    Py_DECREF(key);
  }
  return result;
}

/** @cpython set_difference_multi: s.difference(*others) */
function set_difference_multi(self: PyObject, args: PyObject[]): PyObject | null {
  if (args.length === 0) return set_copy(self);
  const result = set_difference(self as PySetObject, args[0]);
  if (result === null) return null;
  for (let i = 1; i < args.length; i++) {
    if (set_difference_update_internal(result as PySetObject, args[i])) {
      Py_DECREF(result);
      return null;
    }
  }
  return result;
}

/** @cpython set_sub: s - t */
function set_sub(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(self) || !PyAnySet_Check(other)) return return_notimplemented();
  return set_difference(self, other);
}

/** @cpython set_isub: s -= t */
function set_isub(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(other)) return return_notimplemented();
  if (set_difference_update_internal(self as PySetObject, other)) return null;
  Py_INCREF(self);
  return self;
}

/** @cpython set_symmetric_difference_update: s ^= other (any iterable). @returns None */
export function set_symmetric_difference_update(so: PySetObject, other: PyObject): PyObject | null {
  if (so === other) return set_clear(so);
  if (PyDict_CheckExact(other)) {
    const pos = { i: 0 };
    for (let ep = _PyDict_Next(other, pos); ep !== null; ep = _PyDict_Next(other, pos)) {
      const key = ep.me_key!;
      const lo = ep.me_hash_lo, hi = ep.me_hash_hi;
      Py_INCREF(key);
      const rv = set_discard_entry(so, key, lo, hi);
      if (rv < 0 || (rv === DISCARD_NOTFOUND && set_add_entry(so, key, lo, hi))) {
        Py_DECREF(key);
        return null;
      }
      Py_DECREF(key);
    }
    return return_none();
  }
  let otherset: PySetObject;
  if (PyAnySet_Check(other)) {
    Py_INCREF(other);
    otherset = other;
  } else {
    const o = make_new_set_basetype(so.ob_type, other);
    if (o === null) return null;
    otherset = o;
  }
  const pos = { i: 0 };
  for (let i = set_next(otherset, pos); i >= 0; i = set_next(otherset, pos)) {
    const key = otherset.table[i]!;
    const lo = otherset.table_hash[2 * i], hi = otherset.table_hash[2 * i + 1];
    Py_INCREF(key);
    const rv = set_discard_entry(so, key, lo, hi);
    if (rv < 0 || (rv === DISCARD_NOTFOUND && set_add_entry(so, key, lo, hi))) {
      Py_DECREF(otherset);
      Py_DECREF(key);
      return null;
    }
    Py_DECREF(key);
  }
  Py_DECREF(otherset);
  return return_none();
}

/** @cpython set_symmetric_difference_update (the method) */
function set_symmetric_difference_update_meth(self: PyObject, other: PyObject): PyObject | null {
  return set_symmetric_difference_update(self as PySetObject, other);
}

/** @cpython set_symmetric_difference */
function set_symmetric_difference(self: PyObject, other: PyObject): PyObject | null {
  const otherset = make_new_set_basetype(self.ob_type, other);
  if (otherset === null) return null;
  const rv = set_symmetric_difference_update(otherset, self);
  if (rv === null) {
    Py_DECREF(otherset);
    return null;
  }
  Py_DECREF(rv);
  return otherset;
}

/** @cpython set_xor: s ^ t */
function set_xor(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(self) || !PyAnySet_Check(other)) return return_notimplemented();
  return set_symmetric_difference(self, other);
}

/** @cpython set_ixor: s ^= t */
function set_ixor(self: PyObject, other: PyObject): PyObject | null {
  if (!PyAnySet_Check(other)) return return_notimplemented();
  const result = set_symmetric_difference_update(self as PySetObject, other);
  if (result === null) return null;
  Py_DECREF(result);
  Py_INCREF(self);
  return self;
}

/** @cpython set_issubset */
function set_issubset(self: PyObject, other: PyObject): PyObject | null {
  const so = self as PySetObject;
  if (!PyAnySet_Check(other)) {
    const tmp = make_new_set(PySet_Type, other);
    if (tmp === null) return null;
    const result = set_issubset(so, tmp);
    Py_DECREF(tmp);
    return result;
  }
  if (so.used > other.used) return PyBool_FromLong(0);
  const pos = { i: 0 };
  for (let i = set_next(so, pos); i >= 0; i = set_next(so, pos)) {
    const key = so.table[i]!;
    Py_INCREF(key);
    const rv = set_contains_entry(other, key, so.table_hash[2 * i], so.table_hash[2 * i + 1]);
    Py_DECREF(key);
    if (rv < 0) return null;
    if (!rv) return PyBool_FromLong(0);
  }
  return PyBool_FromLong(1);
}

/** @cpython set_issuperset */
function set_issuperset(self: PyObject, other: PyObject): PyObject | null {
  if (PyAnySet_Check(other)) return set_issubset(other, self);
  const it = PyObject_GetIter(other);
  if (it === null) return null;
  for (;;) {
    const key = PyIter_Next(it);
    if (key === null) break;
    const rv = set_contains_key(self as PySetObject, key);
    Py_DECREF(key);
    if (rv < 0) {
      Py_DECREF(it);
      return null;
    }
    if (!rv) {
      Py_DECREF(it);
      return PyBool_FromLong(0);
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) return null;
  return PyBool_FromLong(1);
}

/** @cpython set_richcompare: subset/superset order; == also short-cuts on cached hashes. */
function set_richcompare(self: PyObject, w: PyObject, op: number): PyObject | null {
  const v = self as PySetObject;
  if (!PyAnySet_Check(w)) return return_notimplemented();
  switch (op) {
    case Py_EQ:
      if (v.used !== w.used) return PyBool_FromLong(0);
      if ((v.hash_lo !== -1 || v.hash_hi !== -1) && (w.hash_lo !== -1 || w.hash_hi !== -1) &&
          (v.hash_lo !== w.hash_lo || v.hash_hi !== w.hash_hi)) {
        return PyBool_FromLong(0);
      }
      return set_issubset(v, w);
    case Py_NE: {
      const r1 = set_richcompare(v, w, Py_EQ);
      if (r1 === null) return null;
      const r2 = PyObject_IsTrue(r1);
      Py_DECREF(r1);
      if (r2 < 0) return null;
      return PyBool_FromLong(r2 ? 0 : 1);
    }
    case Py_LE:
      return set_issubset(v, w);
    case Py_GE:
      return set_issuperset(v, w);
    case Py_LT:
      if (v.used >= w.used) return PyBool_FromLong(0);
      return set_issubset(v, w);
    case Py_GT:
      if (v.used <= w.used) return PyBool_FromLong(0);
      return set_issuperset(v, w);
  }
  return return_notimplemented();
}

/** @cpython set_add: s.add(key) */
function set_add(self: PyObject, key: PyObject): PyObject | null {
  if (set_add_key(self as PySetObject, key)) return null;
  return return_none();
}

/**
 * @cpython set_contains: `key in s`; an unhashable set key is looked up as the equal
 * frozenset.
 */
function set_contains(self: PyObject, key: PyObject): number {
  const so = self as PySetObject;
  let rv = set_contains_key(so, key);
  if (rv < 0) {
    if (!PySet_Check(key) || !PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
    PyErr_Clear();
    const tmpkey = make_new_set(PyFrozenSet_Type, key);
    if (tmpkey === null) return -1;
    rv = set_contains_key(so, tmpkey);
    Py_DECREF(tmpkey);
  }
  return rv;
}

/** @cpython set_direct_contains: s.__contains__(key) */
function set_direct_contains(self: PyObject, key: PyObject): PyObject | null {
  const result = set_contains(self, key);
  return result < 0 ? null : PyBool_FromLong(result);
}

/** Discard `key` (a set key as the equal frozenset): DISCARD_FOUND/NOTFOUND or -1. */
function set_discard_or_frozen(so: PySetObject, key: PyObject): number {
  let rv = set_discard_key(so, key);
  if (rv < 0) {
    if (!PySet_Check(key) || !PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
    PyErr_Clear();
    const tmpkey = make_new_set(PyFrozenSet_Type, key);
    if (tmpkey === null) return -1;
    rv = set_discard_key(so, tmpkey);
    Py_DECREF(tmpkey);
  }
  return rv;
}

/** @cpython set_remove: s.remove(key); KeyError(key) when absent. */
function set_remove(self: PyObject, key: PyObject): PyObject | null {
  const rv = set_discard_or_frozen(self as PySetObject, key);
  if (rv < 0) return null;
  if (rv === DISCARD_NOTFOUND) {
    _PyErr_SetKeyError(key);
    return null;
  }
  return return_none();
}

/** @cpython set_discard: s.discard(key) */
function set_discard(self: PyObject, key: PyObject): PyObject | null {
  if (set_discard_or_frozen(self as PySetObject, key) < 0) return null;
  return return_none();
}

/** @cpython set_reduce: (type(s), (list(s),), s.__getstate__()) */
function set_reduce(self: PyObject): PyObject | null {
  const keys = PySequence_List(self);
  if (keys === null) return null;
  const args = _PyTuple_FromArraySteal([keys]);
  const getstate = PyObject_GetAttr(self, _PyUnicode_FromId("__getstate__"));
  const state = getstate === null ? null : PyObject_CallNoArgs(getstate);
  if (getstate !== null) Py_DECREF(getstate);
  if (state === null) {
    Py_DECREF(args);
    return null;
  }
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, args, state]);
}

/** @cpython set_sizeof: the object, plus the table when it is not the small one. */
function set_sizeof(self: PyObject): PyObject {
  const so = self as PySetObject;
  let res = so.ob_type.tp_basicsize;
  if (so.mask + 1 > PySet_MINSIZE) res += (so.mask + 1) * 16;
  return PyLong_FromNumber(res);
}

/** @cpython set_init: set(iterable) (also re-initialises: s.__init__(it) replaces the contents). */
function set_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const so = self as PySetObject;
  if (!_PyArg_NoKwnames("set", kwnames)) return -1;
  if (!_PyArg_CheckPositional(so.ob_type.tp_name, args.length, 0, 1)) return -1;
  if (so.fill) set_clear_internal(so);
  so.hash_lo = so.hash_hi = -1;
  if (args.length === 0) return 0;
  return set_update_internal(so, args[0]);
}

function set_class_getitem(cls: PyObject, arg: PyObject): PyObject | null {
  return Py_GenericAlias(cls, arg);
}

const set_methods: PyMethodDef[] = [
  { ml_name: "add", ml_meth: set_add, ml_flags: METH_O, ml_doc: "Add an element to a set.\n\nThis has no effect if the element is already present." },
  { ml_name: "clear", ml_meth: set_clear, ml_flags: METH_NOARGS, ml_doc: "Remove all elements from this set." },
  { ml_name: "__contains__", ml_meth: set_direct_contains, ml_flags: METH_O | METH_COEXIST, ml_doc: "x.__contains__(y) <==> y in x." },
  { ml_name: "copy", ml_meth: set_copy, ml_flags: METH_NOARGS, ml_doc: "Return a shallow copy of a set." },
  { ml_name: "discard", ml_meth: set_discard, ml_flags: METH_O,
    ml_doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
  { ml_name: "difference", ml_meth: set_difference_multi, ml_flags: METH_FASTCALL,
    ml_doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)" },
  { ml_name: "difference_update", ml_meth: set_difference_update, ml_flags: METH_FASTCALL, ml_doc: "Remove all elements of another set from this set." },
  { ml_name: "intersection", ml_meth: set_intersection_multi, ml_flags: METH_FASTCALL,
    ml_doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)" },
  { ml_name: "intersection_update", ml_meth: set_intersection_update_multi, ml_flags: METH_FASTCALL,
    ml_doc: "Update a set with the intersection of itself and another." },
  { ml_name: "isdisjoint", ml_meth: set_isdisjoint, ml_flags: METH_O, ml_doc: "Return True if two sets have a null intersection." },
  { ml_name: "issubset", ml_meth: set_issubset, ml_flags: METH_O, ml_doc: "Report whether another set contains this set." },
  { ml_name: "issuperset", ml_meth: set_issuperset, ml_flags: METH_O, ml_doc: "Report whether this set contains another set." },
  { ml_name: "pop", ml_meth: set_pop, ml_flags: METH_NOARGS, ml_doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
  { ml_name: "__reduce__", ml_meth: set_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
  { ml_name: "remove", ml_meth: set_remove, ml_flags: METH_O,
    ml_doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
  { ml_name: "__sizeof__", ml_meth: set_sizeof, ml_flags: METH_NOARGS, ml_doc: "S.__sizeof__() -> size of S in memory, in bytes" },
  { ml_name: "symmetric_difference", ml_meth: set_symmetric_difference, ml_flags: METH_O,
    ml_doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)" },
  { ml_name: "symmetric_difference_update", ml_meth: set_symmetric_difference_update_meth, ml_flags: METH_O,
    ml_doc: "Update a set with the symmetric difference of itself and another." },
  { ml_name: "union", ml_meth: set_union, ml_flags: METH_FASTCALL,
    ml_doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },
  { ml_name: "update", ml_meth: set_update, ml_flags: METH_FASTCALL, ml_doc: "Update a set with the union of itself and others." },
  { ml_name: "__class_getitem__", ml_meth: set_class_getitem, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
];

/** @cpython PySet_Type */
export const PySet_Type: PyTypeObject = new PyTypeObject({
  tp_name: "set", tp_basicsize: 200, tp_weaklistoffset: 192,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_MATCH_SELF,
  tp_dealloc: set_dealloc, tp_repr: set_repr, tp_richcompare: set_richcompare, tp_iter: set_iter,
  tp_init: set_init, tp_new: set_new,
  nb_subtract: set_sub, nb_and: set_and, nb_xor: set_xor, nb_or: set_or,
  nb_inplace_subtract: set_isub, nb_inplace_and: set_iand, nb_inplace_xor: set_ixor, nb_inplace_or: set_ior,
  sq_length: set_len, sq_contains: set_contains,
  tp_methods: set_methods,
  tp_doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
});

const frozenset_methods: PyMethodDef[] = [
  { ml_name: "__contains__", ml_meth: set_direct_contains, ml_flags: METH_O | METH_COEXIST, ml_doc: "x.__contains__(y) <==> y in x." },
  { ml_name: "copy", ml_meth: frozenset_copy, ml_flags: METH_NOARGS, ml_doc: "Return a shallow copy of a set." },
  { ml_name: "difference", ml_meth: set_difference_multi, ml_flags: METH_FASTCALL,
    ml_doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)" },
  { ml_name: "intersection", ml_meth: set_intersection_multi, ml_flags: METH_FASTCALL,
    ml_doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)" },
  { ml_name: "isdisjoint", ml_meth: set_isdisjoint, ml_flags: METH_O, ml_doc: "Return True if two sets have a null intersection." },
  { ml_name: "issubset", ml_meth: set_issubset, ml_flags: METH_O, ml_doc: "Report whether another set contains this set." },
  { ml_name: "issuperset", ml_meth: set_issuperset, ml_flags: METH_O, ml_doc: "Report whether this set contains another set." },
  { ml_name: "__reduce__", ml_meth: set_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
  { ml_name: "__sizeof__", ml_meth: set_sizeof, ml_flags: METH_NOARGS, ml_doc: "S.__sizeof__() -> size of S in memory, in bytes" },
  { ml_name: "symmetric_difference", ml_meth: set_symmetric_difference, ml_flags: METH_O,
    ml_doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)" },
  { ml_name: "union", ml_meth: set_union, ml_flags: METH_FASTCALL,
    ml_doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)" },
  { ml_name: "__class_getitem__", ml_meth: set_class_getitem, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
];

/** @cpython PyFrozenSet_Type */
export const PyFrozenSet_Type: PyTypeObject = new PyTypeObject({
  tp_name: "frozenset", tp_basicsize: 200, tp_weaklistoffset: 192,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_MATCH_SELF,
  tp_dealloc: set_dealloc, tp_repr: set_repr, tp_hash: frozenset_hash, tp_richcompare: set_richcompare, tp_iter: set_iter,
  tp_new: frozenset_new,
  nb_subtract: set_sub, nb_and: set_and, nb_xor: set_xor, nb_or: set_or,
  sq_length: set_len, sq_contains: set_contains,
  tp_methods: frozenset_methods,
  tp_doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
});

// -- the C API ------------------------------------------------------------------------------------

/** @cpython PySet_New @returns new */
export function PySet_New(iterable: PyObject | null): PySetObject | null {
  return make_new_set(PySet_Type, iterable);
}

/** @cpython PyFrozenSet_New @returns new */
export function PyFrozenSet_New(iterable: PyObject | null): PySetObject | null {
  return make_new_set(PyFrozenSet_Type, iterable);
}

/** @cpython PySet_Size */
export function PySet_Size(anyset: PyObject): number {
  if (!PyAnySet_Check(anyset)) {
    PyErr_BadInternalCall("PySet_Size");
    return -1;
  }
  return anyset.used;
}

/** @cpython PySet_Clear */
export function PySet_Clear(set: PyObject): number {
  if (!PySet_Check(set)) {
    PyErr_BadInternalCall("PySet_Clear");
    return -1;
  }
  return set_clear_internal(set);
}

/** @cpython PySet_Contains: 1, 0 or -1. */
export function PySet_Contains(anyset: PyObject, key: PyObject): number {
  if (!PyAnySet_Check(anyset)) {
    PyErr_BadInternalCall("PySet_Contains");
    return -1;
  }
  return set_contains_key(anyset, key);
}

/** @cpython PySet_Discard: 1 found, 0 not, -1 error. */
export function PySet_Discard(set: PyObject, key: PyObject): number {
  if (!PySet_Check(set)) {
    PyErr_BadInternalCall("PySet_Discard");
    return -1;
  }
  return set_discard_key(set, key);
}

/** @cpython PySet_Add: also allowed on a frozenset nobody else holds yet (while building it). */
export function PySet_Add(anyset: PyObject, key: PyObject): number {
  if (!PySet_Check(anyset) && (!PyFrozenSet_Check(anyset) || anyset.ob_refcnt !== 1)) {
    PyErr_BadInternalCall("PySet_Add");
    return -1;
  }
  return set_add_key(anyset as PySetObject, key);
}

/**
 * @cpython _PySet_NextEntry: [key (borrowed), hash lo, hash hi] of the next element at or
 * after pos.i, or null at the end.
 */
export function _PySet_NextEntry(set: PyObject, pos: { i: number }): [PyObject, number, number] | null {
  const so = set as PySetObject;
  const i = set_next(so, pos);
  if (i < 0) return null;
  return [so.table[i]!, so.table_hash[2 * i], so.table_hash[2 * i + 1]];
}

/** @cpython PySet_Pop @returns new */
export function PySet_Pop(set: PyObject): PyObject | null {
  if (!PySet_Check(set)) return PyErr_BadInternalCall("PySet_Pop");
  return set_pop(set);
}

/** @cpython _PySet_Update: set |= iterable */
export function _PySet_Update(set: PyObject, iterable: PyObject): number {
  if (!PySet_Check(set)) {
    PyErr_BadInternalCall("_PySet_Update");
    return -1;
  }
  return set_update_internal(set, iterable);
}

/** Ready the set, frozenset and set-iterator types (pylifecycle calls this). */
export function _PySet_InitTypes(): void {
  for (const t of [PySet_Type, PyFrozenSet_Type, PySetIter_Type]) {
    if (PyType_Ready(t) < 0) throw new Error(`cannot initialize type ${t.tp_name}`);
  }
}
