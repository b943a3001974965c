/**
 * @mirrors Objects/dictobject.c
 * The compact, insertion-ordered dict of CPython 3.6+ as 3.11 lays it out. A dict holds a
 * keys object with two tables: `dk_indices`, a hash table of small integers (8, 16 or 32
 * bits each by table size), and `dk_entries`, the (hash, key, value) records in insertion
 * order. A lookup probes dk_indices with CPython's perturbed sequence and lands in
 * dk_entries; deleting leaves a DKIX_DUMMY in the index table and a hole in the entries,
 * which a later resize squeezes out. Same hashes, same table sizes, same resize points,
 * so iteration order, popitem() and sys.getsizeof() agree with CPython:
 *
 *   (PYTHONHASHSEED=0: hash('a') & 7 == 3, hash('b') & 7 == 6)
 *   d = {'a': 1, 'b': 2}     dk_indices [-1, -1, -1, 0, -1, -1, 1, -1]
 *                            dk_entries [('a', 1), ('b', 2)]           getsizeof 184
 *   del d['a']               dk_indices [-1, -1, -1, DUMMY, -1, -1, 1, -1]
 *                            dk_entries [<hole>, ('b', 2)]
 *
 * A table whose keys are all exact str is DICT_KEYS_UNICODE (entries 16 bytes in CPython,
 * no stored hash); the first other key converts it to DICT_KEYS_GENERAL (24 bytes) with a
 * resize to GROWTH_RATE (so d[1] = 3 above makes a 16-slot table: getsizeof 352).
 *
 * Instances of a class with Py_TPFLAGS_MANAGED_DICT share one keys object, the class's
 * ht_cached_keys (DICT_KEYS_SPLIT: str keys only, 64 index slots, at most
 * SHARED_KEYS_MAX_SIZE keys). Each instance keeps only a values array (PyDictValues, with its
 * own insertion order) in ob_values, until something asks for its __dict__: then a split
 * dict (ma_values set, ma_keys the shared keys) wraps the same values. A split dict turns
 * combined when it would need a resize, gets a non-str key or is popitem()ed:
 *
 *   class P: ...; p = P(); p.a = 1; p.b = 2
 *   P's keys   dk_entries [('a', -), ('b', -)]  dk_nentries 2, dk_usable 27
 *   p.values   [1, 2, null, ...] (29 slots)      order [0, 1]
 *   sys.getsizeof(p.__dict__) == 48 + 16 + 8 * (dk_nentries + dk_usable)
 *
 * DIVERGENCE: hashes are two int32 halves (see Include/object.ts); each entry stores both
 * halves even in a DICT_KEYS_UNICODE table (CPython reads the str's cached hash instead).
 * DIVERGENCE: no dict/keys free lists yet (they only affect id() reuse).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_hash, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_MAPPING,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_MANAGED_DICT, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, METH_COEXIST,
  type PyMethodDef,
} from "../Include/object.ts";
import {
  PyErr_BadInternalCall, PyErr_Clear, PyErr_ExceptionMatches, PyErr_Fetch, PyErr_NoMemory, PyErr_Occurred,
  PyErr_Restore, PyErr_SetObject, PyErr_SetString,
} from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import {
  PyObject_Hash, PyObject_RichCompareBool, Py_NotImplemented, Py_None, Py_ReprEnter, Py_ReprLeave,
  reprString, _PyObject_LookupAttr, PyObject_GetAttr,
} from "./object.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, unicode_hash } from "./unicodeobject.ts";
import { _PyType_Lookup, _PyType_Name, PyDictProxy_NewRefHolder, PyType_Ready } from "./typeobject.ts";
import {
  PyTupleObject, PyTuple_Check, PyTuple_CheckExact, PyTuple_FromArray, _PyTuple_FromArraySteal,
} from "./tupleobject.ts";
import { PyListObject, PyList_CheckExact, _PyList_FromArraySteal } from "./listobject.ts";
import { PyLong_FromNumber } from "./longobject.ts";
import { PyBool_FromLong, Py_True, Py_False } from "./boolobject.ts";
import { PyObject_GetIter, PyIter_Next, PyObject_Size, PyObject_GetItem, PySequence_Contains, PyObject_SetItem } from "./abstract.ts";
import { PyObject_CallNoArgs, PyObject_CallOneArg } from "./call.ts";
import { Py_GenericAlias } from "./genericaliasobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import {
  PySet_New, PySet_Add, PyAnySet_Check, PyAnySet_CheckExact, PySet_CheckExact, PySetObject, _PySet_Update,
  _PySet_NextEntry, set_intersection, set_difference_update_internal, set_symmetric_difference_update,
} from "./setobject.ts";

// -- constants (Include/internal/pycore_dict.h, Objects/dictobject.c) --------------------------

/** log2 of the smallest table a non-empty dict gets. */
export const PyDict_LOG_MINSIZE = 3;
export const PyDict_MINSIZE = 8;
const PERTURB_SHIFT = 5;

export const DKIX_EMPTY = -1;
export const DKIX_DUMMY = -2;
export const DKIX_ERROR = -3;
export const DKIX_KEY_CHANGED = -4;

export const DICT_KEYS_GENERAL = 0;
export const DICT_KEYS_UNICODE = 1;
export const DICT_KEYS_SPLIT = 2;

// CPython's 64-bit struct sizes, for __sizeof__.
const SIZEOF_PYDICTKEYSOBJECT = 32;
const SIZEOF_PYDICTKEYENTRY = 24;
const SIZEOF_PYDICTUNICODEENTRY = 16;

/** The most keys a shared (split) keys object takes; CPython keeps it under 250. */
export const SHARED_KEYS_MAX_SIZE = 30;
/** log2 of the index table of a class's shared keys. */
const NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6;

/** @cpython USABLE_FRACTION: at most 2/3 of the index slots hold entries. */
export const USABLE_FRACTION = (n: number): number => Math.floor((n * 2) / 3);

/** @cpython GROWTH_RATE */
const GROWTH_RATE = (d: PyDictObject): number => d.ma_used * 3;

// -- structs -----------------------------------------------------------------------------------

/** @cpython PyDictKeyEntry (and PyDictUnicodeEntry, which is the same without the hash). */
export class PyDictKeyEntry {
  me_hash_lo: number;
  me_hash_hi: number;
  me_key: PyObject | null;
  me_value: PyObject | null;
  constructor(lo: number, hi: number, key: PyObject | null, value: PyObject | null) {
    this.me_hash_lo = lo;
    this.me_hash_hi = hi;
    this.me_key = key;
    this.me_value = value;
  }
}

/** @cpython PyDictKeysObject (struct _dictkeysobject) */
export class PyDictKeysObject {
  dk_refcnt: number;
  /** log2 of the number of index slots. */
  dk_log2_size: number;
  /** log2 of the byte size of dk_indices (for __sizeof__). */
  dk_log2_index_bytes: number;
  dk_kind: number;
  dk_version: number;
  /** Entries that can still be appended before a resize. */
  dk_usable: number;
  /** Entries used so far in dk_entries (live ones and holes left by deletions). */
  dk_nentries: number;
  /** DKIX_EMPTY, DKIX_DUMMY or an index into dk_entries. */
  dk_indices: Int8Array | Int16Array | Int32Array;
  /** Length dk_nentries; a deleted entry has me_key and me_value null. */
  dk_entries: PyDictKeyEntry[];
  constructor(log2_size: number, log2_bytes: number, kind: number, usable: number, indices: Int8Array | Int16Array | Int32Array) {
    this.dk_refcnt = 1;
    this.dk_log2_size = log2_size;
    this.dk_log2_index_bytes = log2_bytes;
    this.dk_kind = kind;
    this.dk_version = 0;
    this.dk_usable = usable;
    this.dk_nentries = 0;
    this.dk_indices = indices;
    this.dk_entries = [];
  }
}

/**
 * @cpython PyDictValues (struct _dictvalues): the values of a split table, indexed like the
 * shared keys' entries. CPython keeps the insertion order in bytes before the array (the
 * count at [-2], the entry indices below it); here they are `order` and `size`.
 */
export class PyDictValues {
  values: (PyObject | null)[];
  /** Entry indices of the live values, oldest first. */
  order: Uint8Array;
  /** How many indices `order` holds. */
  size: number;
  constructor(capacity: number) {
    this.values = new Array(capacity).fill(null);
    this.order = new Uint8Array(capacity);
    this.size = 0;
  }
}

/** @cpython PyDictObject */
export class PyDictObject extends PyObject {
  /** Number of items in the dict. */
  ma_used: number;
  /** Changes whenever the dict changes (a global counter, as in CPython). */
  ma_version_tag: number;
  ma_keys: PyDictKeysObject;
  /** The values of a split table (ma_keys then belongs to a class), or null when combined. */
  ma_values: PyDictValues | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.ma_used = 0;
    this.ma_version_tag = DICT_NEXT_VERSION();
    this.ma_keys = Py_EMPTY_KEYS;
    this.ma_values = null;
  }
}

let _pydict_global_version = 0;
/** @cpython DICT_NEXT_VERSION */
const DICT_NEXT_VERSION = (): number => ++_pydict_global_version;

/** @cpython DK_SIZE */
const DK_SIZE = (dk: PyDictKeysObject): number => 1 << dk.dk_log2_size;
/** @cpython DK_MASK */
const DK_MASK = (dk: PyDictKeysObject): number => (1 << dk.dk_log2_size) - 1;
/** @cpython DK_IS_UNICODE */
const DK_IS_UNICODE = (dk: PyDictKeysObject): boolean => dk.dk_kind !== DICT_KEYS_GENERAL;

/**
 * @cpython empty_keys_struct: the shared keys object of every empty dict. It has one index
 * slot and no usable entries, so a lookup misses at once and the first insertion replaces it.
 */
const Py_EMPTY_KEYS = new PyDictKeysObject(0, 0, DICT_KEYS_UNICODE, 0, new Int8Array([DKIX_EMPTY]));
Py_EMPTY_KEYS.dk_refcnt = 1 << 30;
Py_EMPTY_KEYS.dk_version = 1;

// -- split tables: the values array -------------------------------------------------------------

/** The value of entry `ix`, wherever the table keeps it. @returns borrowed */
function entry_value(mp: PyDictObject, ix: number): PyObject {
  return (mp.ma_values !== null ? mp.ma_values.values[ix] : mp.ma_keys.dk_entries[ix].me_value)!;
}

/** @cpython shared_keys_usable_size: how many values a new split dict on these keys needs. */
function shared_keys_usable_size(keys: PyDictKeysObject): number {
  return keys.dk_nentries + keys.dk_usable;
}

/** @cpython _PyDictValues_AddToInsertionOrder: entry `ix` got a value; it comes last in order. */
export function _PyDictValues_AddToInsertionOrder(values: PyDictValues, ix: number): void {
  values.order[values.size++] = ix;
}

/** @cpython delete_index_from_values: entry `ix` lost its value; close the gap in order. */
function delete_index_from_values(values: PyDictValues, ix: number): void {
  const order = values.order;
  const size = values.size;
  let i = 0;
  while (order[i] !== ix) i++;
  for (; i < size - 1; i++) order[i] = order[i + 1];
  values.size = size - 1;
}

/** free_values plus the DECREFs of what the array still holds. */
function free_values_and_contents(values: PyDictValues, _n: number): void {
  const vs = values.values;
  for (let i = 0; i < vs.length; i++) {
    const v = vs[i];
    if (v !== null) {
      vs[i] = null;
      Py_DECREF(v);
    }
  }
  values.size = 0;
}

/**
 * @cpython insert_into_dictkeys: the entry index of `name` in shared keys, adding it when
 * there is room; DKIX_EMPTY when the keys are full.
 */
function insert_into_dictkeys(keys: PyDictKeysObject, name: PyObject): number {
  const lo = key_hash(name);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) {
    PyErr_Clear();
    return DKIX_EMPTY;
  }
  let ix = unicodekeys_lookup_unicode(keys, name, lo, hi);
  if (ix === DKIX_EMPTY) {
    if (keys.dk_usable <= 0) return DKIX_EMPTY;
    Py_INCREF(name);
    keys.dk_version = 0;
    const hashpos = find_empty_slot(keys, lo, hi);
    ix = keys.dk_nentries;
    keys.dk_indices[hashpos] = ix;
    keys.dk_entries[ix] = new PyDictKeyEntry(lo, hi, name, null);
    keys.dk_usable--;
    keys.dk_nentries++;
  }
  return ix;
}

/** @cpython new_dict_with_shared_keys: an empty split dict; consumes a reference to keys. @returns new */
export function new_dict_with_shared_keys(keys: PyDictKeysObject): PyDictObject {
  const mp = new PyDictObject(PyDict_Type);
  mp.ma_keys = keys;
  mp.ma_values = new PyDictValues(shared_keys_usable_size(keys));
  return mp;
}

/** @cpython PyDict_Check */
export const PyDict_Check = (o: PyObject): o is PyDictObject => (o.ob_type.tp_flags & Py_TPFLAGS_DICT_SUBCLASS) !== 0;
/** @cpython PyDict_CheckExact */
export const PyDict_CheckExact = (o: PyObject): o is PyDictObject => o.ob_type === PyDict_Type;
/** @cpython PyDict_GET_SIZE */
export const PyDict_GET_SIZE = (o: PyObject): number => (o as PyDictObject).ma_used;

const PyUnicode_CheckExact = (o: PyObject): boolean => o.ob_type === PyUnicodeObject.type;

/**
 * The hash of a dict key: exact str uses its cached hash (unicode_get_hash), everything else
 * PyObject_Hash. Low half returned, high half in Py_hash.hi; -1/-1 on error.
 */
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

/** @cpython _PyErr_SetKeyError: KeyError(key), the key as the single argument. */
function _PyErr_SetKeyError(key: PyObject): void {
  const tup = PyTuple_FromArray([key]);
  PyErr_SetObject(PyExc_KeyError, tup);
  Py_DECREF(tup);
}

// -- keys objects --------------------------------------------------------------------------------

/**
 * @cpython calculate_log2_keysize: the log2 table size for `minsize`, at least 8. CPython's
 * bit trick, bit_length((minsize | 8) - 1), gives one size more than needed when minsize is a
 * power of two of 16 or more (dict.fromkeys of 21 keys gets 64 slots); kept as it is.
 */
export function calculate_log2_keysize(minsize: number): number {
  if (minsize >= 0x80000000) {
    let log2 = 31;
    while (2 ** log2 <= ((minsize | PyDict_MINSIZE) - 1)) log2++;
    return log2;
  }
  minsize = ((minsize | PyDict_MINSIZE) - 1) >>> 0;
  return 32 - Math.clz32(minsize | (PyDict_MINSIZE - 1));
}

/** @cpython estimate_log2_keysize: the table size that holds n entries without resizing. */
export function estimate_log2_keysize(n: number): number {
  return calculate_log2_keysize(Math.floor((n * 3 + 1) / 2));
}

/** @cpython new_keys_object */
function new_keys_object(log2_size: number, unicode: boolean): PyDictKeysObject {
  const size = 1 << log2_size;
  const usable = USABLE_FRACTION(size);
  let log2_bytes: number;
  let indices: Int8Array | Int16Array | Int32Array;
  if (log2_size < 8) {
    log2_bytes = log2_size;
    indices = new Int8Array(size);
  } else if (log2_size < 16) {
    log2_bytes = log2_size + 1;
    indices = new Int16Array(size);
  } else {
    log2_bytes = log2_size + 2;
    indices = new Int32Array(size);
  }
  indices.fill(DKIX_EMPTY);
  return new PyDictKeysObject(log2_size, log2_bytes, unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL, usable, indices);
}

/** @cpython free_keys_object: release the keys and values the entries hold. */
function free_keys_object(keys: PyDictKeysObject): void {
  const entries = keys.dk_entries;
  const n = keys.dk_nentries;
  for (let i = 0; i < n; i++) {
    const ep = entries[i];
    const k = ep.me_key, v = ep.me_value;
    ep.me_key = null;
    ep.me_value = null;
    if (k !== null) Py_DECREF(k);
    if (v !== null) Py_DECREF(v);
  }
}

/** @cpython dictkeys_decref */
function dictkeys_decref(dk: PyDictKeysObject): void {
  if (dk === Py_EMPTY_KEYS) return;
  if (--dk.dk_refcnt === 0) free_keys_object(dk);
}

/** @cpython clone_combined_dict_keys: an exact copy of the tables, holes and dummies included. */
function clone_combined_dict_keys(orig: PyDictObject): PyDictKeysObject {
  const ok = orig.ma_keys;
  const keys = new PyDictKeysObject(ok.dk_log2_size, ok.dk_log2_index_bytes, ok.dk_kind, ok.dk_usable, ok.dk_indices.slice());
  keys.dk_nentries = ok.dk_nentries;
  const src = ok.dk_entries;
  const n = ok.dk_nentries;
  const dst: PyDictKeyEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const ep = src[i];
    const value = ep.me_value;
    if (value !== null) {
      Py_INCREF(value);
      Py_INCREF(ep.me_key!);
    }
    dst[i] = new PyDictKeyEntry(ep.me_hash_lo, ep.me_hash_hi, value === null ? null : ep.me_key, value);
  }
  keys.dk_entries = dst;
  return keys;
}

// -- lookup ----------------------------------------------------------------------------------------

/*
 * The probe sequence, on the unsigned 64-bit hash held as two halves:
 *   i = hash & mask; perturb = hash;
 *   loop: perturb >>= PERTURB_SHIFT; i = (i*5 + perturb + 1) & mask
 * Only perturb's low 32 bits reach i (mask < 2**31), so i*5 + plo + 1 stays exact in a double
 * and `& mask` keeps its low bits.
 */

/** @cpython lookdict_index: the index slot that holds entry `index`. */
function lookdict_index(k: PyDictKeysObject, lo: number, hi: number, index: number): number {
  const mask = DK_MASK(k);
  const indices = k.dk_indices;
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = lo & mask;
  for (;;) {
    const ix = indices[i];
    if (ix === index) return i;
    if (ix === DKIX_EMPTY) return DKIX_EMPTY;
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** Set by _Py_dict_lookup: the value found (the C version's value_addr out-parameter). */
let lookup_value: PyObject | null = null;

/** @cpython unicodekeys_lookup_generic: a non-str key in an all-str table. */
function unicodekeys_lookup_generic(mp: PyDictObject, dk: PyDictKeysObject, key: PyObject, lo: number, hi: number): number {
  const mask = DK_MASK(dk);
  const indices = dk.dk_indices;
  const entries = dk.dk_entries;
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = lo & mask;
  for (;;) {
    const ix = indices[i];
    if (ix >= 0) {
      const ep = entries[ix];
      const startkey = ep.me_key!;
      if (startkey === key) return ix;
      if (ep.me_hash_lo === lo && ep.me_hash_hi === hi) {
        Py_INCREF(startkey);
        const cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
        Py_DECREF(startkey);
        if (cmp < 0) return DKIX_ERROR;
        if (dk === mp.ma_keys && ep.me_key === startkey) {
          if (cmp > 0) return ix;
        } else {
          return DKIX_KEY_CHANGED; // mutated by the comparison: start over
        }
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** @cpython unicodekeys_lookup_unicode: an exact str key in an all-str table (no calls out). */
function unicodekeys_lookup_unicode(dk: PyDictKeysObject, key: PyObject, lo: number, hi: number): number {
  const mask = DK_MASK(dk);
  const indices = dk.dk_indices;
  const entries = dk.dk_entries;
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = lo & mask;
  for (;;) {
    const ix = indices[i];
    if (ix >= 0) {
      const ep = entries[ix];
      const k = ep.me_key!;
      if (k === key || (ep.me_hash_lo === lo && ep.me_hash_hi === hi &&
          (k as PyUnicodeObject).str === (key as PyUnicodeObject).str)) {
        return ix;
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** @cpython dictkeys_generic_lookup */
function dictkeys_generic_lookup(mp: PyDictObject, dk: PyDictKeysObject, key: PyObject, lo: number, hi: number): number {
  const mask = DK_MASK(dk);
  const indices = dk.dk_indices;
  const entries = dk.dk_entries;
  let plo = lo >>> 0, phi = hi >>> 0;
  let i = lo & mask;
  for (;;) {
    const ix = indices[i];
    if (ix >= 0) {
      const ep = entries[ix];
      const startkey = ep.me_key!;
      if (startkey === key) return ix;
      if (ep.me_hash_lo === lo && ep.me_hash_hi === hi) {
        // Two exact strs compare without calling out (what unicode_richcompare would do).
        if (startkey.ob_type === PyUnicodeObject.type && key.ob_type === PyUnicodeObject.type) {
          if ((startkey as PyUnicodeObject).str === (key as PyUnicodeObject).str) return ix;
        } else {
          Py_INCREF(startkey);
          const cmp = PyObject_RichCompareBool(startkey, key, Py_EQ);
          Py_DECREF(startkey);
          if (cmp < 0) return DKIX_ERROR;
          if (dk === mp.ma_keys && ep.me_key === startkey) {
            if (cmp > 0) return ix;
          } else {
            return DKIX_KEY_CHANGED;
          }
        }
      }
    } else if (ix === DKIX_EMPTY) {
      return DKIX_EMPTY;
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
}

/**
 * @cpython _PyDictKeys_StringLookup: the entry index of an exact str in an all-str table,
 * DKIX_EMPTY when absent, DKIX_ERROR when the key or the table is not all-str.
 */
export function _PyDictKeys_StringLookup(dk: PyDictKeysObject, key: PyObject): number {
  if (!PyUnicode_CheckExact(key) || dk.dk_kind === DICT_KEYS_GENERAL) return DKIX_ERROR;
  const lo = key_hash(key);
  return unicodekeys_lookup_unicode(dk, key, lo, Py_hash.hi);
}

/**
 * @cpython _Py_dict_lookup: the entry index of `key` (DKIX_EMPTY when absent, DKIX_ERROR when
 * a comparison raised); the value goes to `lookup_value`. A comparison that mutates the dict
 * restarts the search, as in CPython.
 */
export function _Py_dict_lookup(mp: PyDictObject, key: PyObject, lo: number, hi: number): number {
  let ix: number;
  for (;;) {
    const dk = mp.ma_keys;
    if (dk.dk_kind !== DICT_KEYS_GENERAL) {
      if (key.ob_type === PyUnicodeObject.type) {
        ix = unicodekeys_lookup_unicode(dk, key, lo, hi);
      } else {
        ix = unicodekeys_lookup_generic(mp, dk, key, lo, hi);
        if (ix === DKIX_KEY_CHANGED) continue;
      }
    } else {
      ix = dictkeys_generic_lookup(mp, dk, key, lo, hi);
      if (ix === DKIX_KEY_CHANGED) continue;
    }
    lookup_value = ix < 0 ? null : mp.ma_values !== null ? mp.ma_values.values[ix] : dk.dk_entries[ix].me_value;
    return ix;
  }
}

/** The value _Py_dict_lookup found (borrowed), for callers outside this file. */
export function _Py_dict_lookup_value(): PyObject | null {
  return lookup_value;
}

/** @cpython _PyDict_HasOnlyStringKeys */
export function _PyDict_HasOnlyStringKeys(dict: PyObject): boolean {
  const mp = dict as PyDictObject;
  if (mp.ma_keys.dk_kind !== DICT_KEYS_GENERAL) return true;
  const entries = mp.ma_keys.dk_entries;
  for (let i = 0; i < mp.ma_keys.dk_nentries; i++) {
    const ep = entries[i];
    if (ep.me_value !== null && !PyUnicode_Check(ep.me_key!)) return false;
  }
  return true;
}

let _pydict_next_keys_version = 2;
/**
 * @cpython _PyDictKeys_GetVersionForCurrentState: a number that stays the same while the
 * keys (not the values) are unchanged, for the specializing interpreter; 0 if none is left.
 */
export function _PyDictKeys_GetVersionForCurrentState(dictkeys: PyDictKeysObject): number {
  if (dictkeys.dk_version !== 0) return dictkeys.dk_version;
  if (_pydict_next_keys_version === 0xffffffff) return 0;
  return (dictkeys.dk_version = _pydict_next_keys_version++);
}

// -- insertion -------------------------------------------------------------------------------------

/** @cpython find_empty_slot: the first EMPTY or DUMMY slot along the key's probe sequence. */
function find_empty_slot(keys: PyDictKeysObject, lo: number, hi: number): number {
  const mask = DK_MASK(keys);
  const indices = keys.dk_indices;
  let i = lo & mask;
  let ix = indices[i];
  let plo = lo >>> 0, phi = hi >>> 0;
  while (ix >= 0) {
    plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
    ix = indices[i];
  }
  return i;
}

/** @cpython insertion_resize */
function insertion_resize(mp: PyDictObject, unicode: boolean): number {
  return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

/**
 * @cpython insertdict: insert or replace; consumes the references to key and value.
 * Returns 0, or -1 with an error set.
 */
function insertdict(mp: PyDictObject, key: PyObject, lo: number, hi: number, value: PyObject): number {
  if (DK_IS_UNICODE(mp.ma_keys) && !PyUnicode_CheckExact(key)) {
    if (insertion_resize(mp, false) < 0) {
      Py_DECREF(value);
      Py_DECREF(key);
      return -1;
    }
  }
  const ix = _Py_dict_lookup(mp, key, lo, hi);
  if (ix === DKIX_ERROR) {
    Py_DECREF(value);
    Py_DECREF(key);
    return -1;
  }
  const old_value = lookup_value;
  if (ix === DKIX_EMPTY) {
    mp.ma_keys.dk_version = 0;
    if (mp.ma_keys.dk_usable <= 0) {
      if (insertion_resize(mp, true) < 0) {
        Py_DECREF(value);
        Py_DECREF(key);
        return -1;
      }
    }
    const keys = mp.ma_keys;
    const hashpos = find_empty_slot(keys, lo, hi);
    const n = keys.dk_nentries;
    keys.dk_indices[hashpos] = n;
    const values = mp.ma_values;
    if (values !== null) {
      // A new key of a split table goes into the shared keys; the value stays here.
      keys.dk_entries[n] = new PyDictKeyEntry(lo, hi, key, null);
      _PyDictValues_AddToInsertionOrder(values, n);
      values.values[n] = value;
    } else {
      keys.dk_entries[n] = new PyDictKeyEntry(lo, hi, key, value);
    }
    mp.ma_used++;
    mp.ma_version_tag = DICT_NEXT_VERSION();
    keys.dk_usable--;
    keys.dk_nentries = n + 1;
    return 0;
  }
  if (old_value !== value) {
    const values = mp.ma_values;
    if (values !== null) {
      values.values[ix] = value;
      if (old_value === null) {
        // The key is shared but this dict had no value for it.
        _PyDictValues_AddToInsertionOrder(values, ix);
        mp.ma_used++;
      }
    } else {
      mp.ma_keys.dk_entries[ix].me_value = value;
    }
    mp.ma_version_tag = DICT_NEXT_VERSION();
  }
  Py_XDECREF(old_value); // may run arbitrary code (a __del__)
  Py_DECREF(key);
  return 0;
}

/** @cpython insert_to_emptydict: insertdict for a dict still on the shared empty keys. */
function insert_to_emptydict(mp: PyDictObject, key: PyObject, lo: number, hi: number, value: PyObject): number {
  const unicode = PyUnicode_CheckExact(key);
  const newkeys = new_keys_object(PyDict_LOG_MINSIZE, unicode);
  dictkeys_decref(mp.ma_keys);
  mp.ma_keys = newkeys;
  mp.ma_values = null;
  newkeys.dk_indices[lo & (PyDict_MINSIZE - 1)] = 0;
  newkeys.dk_entries[0] = new PyDictKeyEntry(lo, hi, key, value);
  mp.ma_used++;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  newkeys.dk_usable--;
  newkeys.dk_nentries++;
  return 0;
}

/** @cpython build_indices_generic (build_indices_unicode is the same here: every entry keeps its hash). */
function build_indices(keys: PyDictKeysObject, entries: PyDictKeyEntry[], n: number): void {
  const mask = DK_MASK(keys);
  const indices = keys.dk_indices;
  for (let ix = 0; ix < n; ix++) {
    const ep = entries[ix];
    const lo = ep.me_hash_lo;
    let plo = lo >>> 0, phi = ep.me_hash_hi >>> 0;
    let i = lo & mask;
    while (indices[i] !== DKIX_EMPTY) {
      plo = ((plo >>> PERTURB_SHIFT) | (phi << 27)) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + plo + 1) & mask;
    }
    indices[i] = ix;
  }
}

/**
 * @cpython dictresize: move the live entries, in order and without holes, into a new keys
 * object of 2**log2_newsize slots (which may be smaller than the old one). The table stays
 * all-str only if it was and `unicode` asks for it.
 */
function dictresize(mp: PyDictObject, log2_newsize: number, unicode: boolean): number {
  // DIVERGENCE: JavaScript arrays stop well before CPython's 2**64 limit.
  if (log2_newsize >= 31) {
    PyErr_NoMemory();
    return -1;
  }
  const oldkeys = mp.ma_keys;
  const oldvalues = mp.ma_values;
  if (!DK_IS_UNICODE(oldkeys)) unicode = false;
  const newkeys = new_keys_object(log2_newsize, unicode);
  mp.ma_keys = newkeys;
  const numentries = mp.ma_used;
  const oldentries = oldkeys.dk_entries;
  let newentries: PyDictKeyEntry[];
  if (oldvalues !== null) {
    // Split to combined, in this dict's insertion order: the keys are shared, so they get
    // new references; the values move over.
    newentries = new Array(numentries);
    for (let i = 0; i < numentries; i++) {
      const index = oldvalues.order[i];
      const ep = oldentries[index];
      Py_INCREF(ep.me_key!);
      newentries[i] = new PyDictKeyEntry(ep.me_hash_lo, ep.me_hash_hi, ep.me_key, oldvalues.values[index]);
      oldvalues.values[index] = null;
    }
    newkeys.dk_entries = newentries;
    build_indices(newkeys, newentries, numentries);
    mp.ma_values = null;
    dictkeys_decref(oldkeys);
    newkeys.dk_usable -= numentries;
    newkeys.dk_nentries = numentries;
    return 0;
  }
  if (oldkeys.dk_nentries === numentries) {
    newentries = oldentries.slice(0, numentries);
  } else {
    newentries = new Array(numentries);
    let j = 0;
    for (let i = 0; j < numentries; i++) {
      const ep = oldentries[i];
      if (ep.me_value !== null) newentries[j++] = ep;
    }
  }
  newkeys.dk_entries = newentries;
  build_indices(newkeys, newentries, numentries);
  // The references moved with the entries: the old keys object is dropped without DECREFs.
  oldkeys.dk_entries = [];
  oldkeys.dk_nentries = 0;
  newkeys.dk_usable -= numentries;
  newkeys.dk_nentries = numentries;
  return 0;
}

/** @cpython dict_new_presized */
function dict_new_presized(minused: number, unicode: boolean): PyDictObject {
  const log2_max_presize = 17;
  if (minused <= USABLE_FRACTION(PyDict_MINSIZE)) return PyDict_New();
  const log2_newsize = minused > USABLE_FRACTION(1 << log2_max_presize) ? log2_max_presize : estimate_log2_keysize(minused);
  const mp = new PyDictObject(PyDict_Type);
  mp.ma_keys = new_keys_object(log2_newsize, unicode);
  return mp;
}

/** @cpython _PyDict_NewPresized @returns new */
export function _PyDict_NewPresized(minused: number): PyDictObject {
  return dict_new_presized(minused, false);
}

/**
 * @cpython _PyDict_FromItems: a dict of `length` pairs, keys at keys[ks + i*keys_offset] and
 * values at values[vs + i*values_offset] (BUILD_MAP passes the stack with offsets 2).
 * @returns new
 */
export function _PyDict_FromItems(
  keys: readonly PyObject[], ks: number, keys_offset: number,
  values: readonly PyObject[], vs: number, values_offset: number, length: number,
): PyDictObject | null {
  let unicode = true;
  for (let i = 0, k = ks; i < length; i++, k += keys_offset) {
    if (!PyUnicode_CheckExact(keys[k])) {
      unicode = false;
      break;
    }
  }
  const dict = dict_new_presized(length, unicode);
  for (let i = 0, k = ks, v = vs; i < length; i++, k += keys_offset, v += values_offset) {
    if (PyDict_SetItem(dict, keys[k], values[v]) < 0) {
      Py_DECREF(dict);
      return null;
    }
  }
  return dict;
}

// -- the C API --------------------------------------------------------------------------------------

/** @cpython PyDict_New @returns new */
export function PyDict_New(): PyDictObject {
  return new PyDictObject(PyDict_Type);
}

/**
 * @cpython PyDict_GetItem: the value, or null when absent; errors (from hashing or
 * comparing) are swallowed and an error already set is kept. @returns borrowed
 */
export function PyDict_GetItem(op: PyObject, key: PyObject): PyObject | null {
  if (!PyDict_Check(op)) return null;
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) {
    PyErr_Clear();
    return null;
  }
  // Keep the error already set, and drop any the lookup raises.
  const saved = PyErr_Fetch();
  _Py_dict_lookup(op, key, lo, hi);
  const value = lookup_value;
  PyErr_Restore(saved);
  return value;
}

/** @cpython _PyDict_GetItem_KnownHash: null with or without an error. @returns borrowed */
export function _PyDict_GetItem_KnownHash(op: PyObject, key: PyObject, lo: number, hi: number): PyObject | null {
  if (!PyDict_Check(op)) return PyErr_BadInternalCall("_PyDict_GetItem_KnownHash");
  _Py_dict_lookup(op, key, lo, hi);
  return lookup_value;
}

/**
 * @cpython PyDict_GetItemWithError: the value, or null — with an error set if hashing or a
 * comparison raised, without one if the key is absent. @returns borrowed
 */
export function PyDict_GetItemWithError(op: PyObject, key: PyObject): PyObject | null {
  if (!PyDict_Check(op)) return PyErr_BadInternalCall("PyDict_GetItemWithError");
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  _Py_dict_lookup(op, key, lo, hi);
  return lookup_value;
}

/** @cpython _PyDict_GetItemStringWithError @returns borrowed */
export function _PyDict_GetItemStringWithError(v: PyObject, key: string): PyObject | null {
  return PyDict_GetItemWithError(v, _PyUnicode_FromId(key));
}

/**
 * @cpython PyDict_GetItemString (errors suppressed). The key goes through the interned
 * identifier table, so repeated lookups of the same name reuse one str and its hash.
 * @returns borrowed
 */
export function PyDict_GetItemString(v: PyObject, key: string): PyObject | null {
  return PyDict_GetItem(v, _PyUnicode_FromId(key));
}

/**
 * @cpython _PyDict_LoadGlobal: LOAD_GLOBAL's lookup, globals then builtins, hashing once.
 * null with an error set on failure, without one when absent from both. @returns borrowed
 */
export function _PyDict_LoadGlobal(globals: PyDictObject, builtins: PyDictObject, key: PyObject): PyObject | null {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  const ix = _Py_dict_lookup(globals, key, lo, hi);
  if (ix === DKIX_ERROR) return null;
  if (ix !== DKIX_EMPTY && lookup_value !== null) return lookup_value;
  _Py_dict_lookup(builtins, key, lo, hi);
  return lookup_value;
}

/** @cpython _PyDict_SetItem_Take2: PyDict_SetItem that consumes key and value. */
export function _PyDict_SetItem_Take2(mp: PyDictObject, key: PyObject, value: PyObject): number {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) {
    Py_DECREF(key);
    Py_DECREF(value);
    return -1;
  }
  if (mp.ma_keys === Py_EMPTY_KEYS) return insert_to_emptydict(mp, key, lo, hi, value);
  return insertdict(mp, key, lo, hi, value);
}

/**
 * @cpython PyDict_SetItem: d[key] = value (both INCREF'd). Replacing the value of a present
 * key never resizes, so PyDict_Next loops may do that.
 */
export function PyDict_SetItem(op: PyObject, key: PyObject, value: PyObject): number {
  if (!PyDict_Check(op)) {
    PyErr_BadInternalCall("PyDict_SetItem");
    return -1;
  }
  Py_INCREF(key);
  Py_INCREF(value);
  return _PyDict_SetItem_Take2(op, key, value);
}

/** @cpython _PyDict_SetItem_KnownHash */
export function _PyDict_SetItem_KnownHash(op: PyObject, key: PyObject, value: PyObject, lo: number, hi: number): number {
  if (!PyDict_Check(op)) {
    PyErr_BadInternalCall("_PyDict_SetItem_KnownHash");
    return -1;
  }
  Py_INCREF(key);
  Py_INCREF(value);
  if (op.ma_keys === Py_EMPTY_KEYS) return insert_to_emptydict(op, key, lo, hi, value);
  return insertdict(op, key, lo, hi, value);
}

/** @cpython delitem_common */
function delitem_common(mp: PyDictObject, lo: number, hi: number, ix: number, old_value: PyObject): number {
  const hashpos = lookdict_index(mp.ma_keys, lo, hi, ix);
  mp.ma_used--;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  const values = mp.ma_values;
  if (values !== null) {
    // The key stays in the shared keys; only this dict's value and order change.
    values.values[ix] = null;
    delete_index_from_values(values, ix);
    Py_DECREF(old_value);
    return 0;
  }
  const keys = mp.ma_keys;
  keys.dk_version = 0;
  keys.dk_indices[hashpos] = DKIX_DUMMY;
  const ep = keys.dk_entries[ix];
  const old_key = ep.me_key!;
  ep.me_key = null;
  ep.me_value = null;
  ep.me_hash_lo = 0;
  ep.me_hash_hi = 0;
  Py_DECREF(old_key);
  Py_DECREF(old_value);
  return 0;
}

/** @cpython PyDict_DelItem: del d[key]; KeyError(key) when absent. */
export function PyDict_DelItem(op: PyObject, key: PyObject): number {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  return _PyDict_DelItem_KnownHash(op, key, lo, hi);
}

/** @cpython _PyDict_DelItem_KnownHash */
export function _PyDict_DelItem_KnownHash(op: PyObject, key: PyObject, lo: number, hi: number): number {
  if (!PyDict_Check(op)) {
    PyErr_BadInternalCall("_PyDict_DelItem_KnownHash");
    return -1;
  }
  const ix = _Py_dict_lookup(op, key, lo, hi);
  if (ix === DKIX_ERROR) return -1;
  const old_value = lookup_value;
  if (ix === DKIX_EMPTY || old_value === null) {
    _PyErr_SetKeyError(key);
    return -1;
  }
  return delitem_common(op, lo, hi, ix, old_value);
}

/**
 * @cpython _PyDict_DelItemIf: delete key if predicate(value) is true (1), keep it (0); -1 on
 * error. KeyError when the key is absent.
 */
export function _PyDict_DelItemIf(op: PyObject, key: PyObject, predicate: (value: PyObject) => number): number {
  if (!PyDict_Check(op)) {
    PyErr_BadInternalCall("_PyDict_DelItemIf");
    return -1;
  }
  const lo = PyObject_Hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  const ix = _Py_dict_lookup(op, key, lo, hi);
  if (ix === DKIX_ERROR) return -1;
  const old_value = lookup_value;
  if (ix === DKIX_EMPTY || old_value === null) {
    _PyErr_SetKeyError(key);
    return -1;
  }
  const res = predicate(old_value);
  if (res === -1) return -1;
  return res > 0 ? delitem_common(op, lo, hi, ix, old_value) : 0;
}

/**
 * @cpython PyDict_Clear: the dict is emptied first (back to the shared empty keys) and only
 * then are the old keys and values released, since releasing may run code that looks at it.
 */
export function PyDict_Clear(op: PyObject): void {
  if (!PyDict_Check(op)) return;
  const mp = op;
  const oldkeys = mp.ma_keys;
  const oldvalues = mp.ma_values;
  if (oldkeys === Py_EMPTY_KEYS) return;
  mp.ma_keys = Py_EMPTY_KEYS;
  mp.ma_values = null;
  mp.ma_used = 0;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  if (oldvalues !== null) free_values_and_contents(oldvalues, oldkeys.dk_nentries);
  dictkeys_decref(oldkeys);
}

/**
 * @cpython _PyDict_Next: the next live entry at or after pos.i (pos.i moves past it), or
 * null at the end. The entry gives the key, value and hash. @returns borrowed
 */
export function _PyDict_Next(op: PyObject, pos: { i: number }): PyDictKeyEntry | null {
  if (!PyDict_Check(op)) return null;
  const keys = op.ma_keys;
  const values = op.ma_values;
  if (values !== null) {
    // Split: pos counts items in this dict's insertion order. The entry is a fresh record,
    // since the shared keys hold no values.
    const i = pos.i;
    if (i < 0 || i >= op.ma_used) return null;
    const index = values.order[i];
    const ep = keys.dk_entries[index];
    pos.i = i + 1;
    return new PyDictKeyEntry(ep.me_hash_lo, ep.me_hash_hi, ep.me_key, values.values[index]);
  }
  const n = keys.dk_nentries;
  let i = pos.i;
  if (i < 0 || i >= n) return null;
  const entries = keys.dk_entries;
  while (i < n && entries[i].me_value === null) i++;
  if (i >= n) return null;
  pos.i = i + 1;
  return entries[i];
}

/**
 * @cpython PyDict_Next: [key, value] of the next item (borrowed), or null at the end. Start
 * with pos.i = 0; the loop may replace values but not add or remove keys.
 */
export function PyDict_Next(op: PyObject, pos: { i: number }): [PyObject, PyObject] | null {
  const ep = _PyDict_Next(op, pos);
  return ep === null ? null : [ep.me_key!, ep.me_value!];
}

/** A snapshot of the items as [key, value] pairs (borrowed references). */
export function _PyDict_Items(op: PyDictObject): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  const keys = op.ma_keys;
  const entries = keys.dk_entries;
  const values = op.ma_values;
  if (values !== null) {
    for (let i = 0; i < op.ma_used; i++) {
      const index = values.order[i];
      out.push([entries[index].me_key!, values.values[index]!]);
    }
    return out;
  }
  for (let i = 0, n = keys.dk_nentries; i < n; i++) {
    const ep = entries[i];
    if (ep.me_value !== null) out.push([ep.me_key!, ep.me_value]);
  }
  return out;
}

/** @cpython _PyDict_Pop_KnownHash @returns new */
export function _PyDict_Pop_KnownHash(dict: PyObject, key: PyObject, lo: number, hi: number, deflt: PyObject | null): PyObject | null {
  const mp = dict as PyDictObject;
  if (mp.ma_used === 0) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
    return null;
  }
  const ix = _Py_dict_lookup(mp, key, lo, hi);
  if (ix === DKIX_ERROR) return null;
  const old_value = lookup_value;
  if (ix === DKIX_EMPTY || old_value === null) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
    return null;
  }
  Py_INCREF(old_value);
  delitem_common(mp, lo, hi, ix, old_value);
  return old_value;
}

/** @cpython _PyDict_Pop: dict.pop(key[, deflt]) (deflt null: KeyError when absent). @returns new */
export function _PyDict_Pop(dict: PyObject, key: PyObject, deflt: PyObject | null): PyObject | null {
  if ((dict as PyDictObject).ma_used === 0) {
    if (deflt !== null) {
      Py_INCREF(deflt);
      return deflt;
    }
    _PyErr_SetKeyError(key);
    return null;
  }
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  return _PyDict_Pop_KnownHash(dict, key, lo, hi, deflt);
}

/** @cpython _PyDict_FromKeys: cls.fromkeys(iterable, value), subclass-friendly. @returns new */
export function _PyDict_FromKeys(cls: PyObject, iterable: PyObject, value: PyObject): PyObject | null {
  const d = PyObject_CallNoArgs(cls);
  if (d === null) return null;
  if (PyDict_CheckExact(d) && d.ma_used === 0) {
    if (PyDict_CheckExact(iterable)) {
      const mp = d;
      if (dictresize(mp, estimate_log2_keysize(iterable.ma_used), DK_IS_UNICODE(iterable.ma_keys)) < 0) {
        Py_DECREF(d);
        return null;
      }
      const pos = { i: 0 };
      for (let ep = _PyDict_Next(iterable, pos); ep !== null; ep = _PyDict_Next(iterable, pos)) {
        const key = ep.me_key!;
        Py_INCREF(key);
        Py_INCREF(value);
        if (insertdict(mp, key, ep.me_hash_lo, ep.me_hash_hi, value) < 0) {
          Py_DECREF(d);
          return null;
        }
      }
      return d;
    }
    if (PyAnySet_CheckExact(iterable)) {
      const mp = d;
      if (dictresize(mp, estimate_log2_keysize((iterable as PySetObject).used), false) < 0) {
        Py_DECREF(d);
        return null;
      }
      const pos = { i: 0 };
      for (let e = _PySet_NextEntry(iterable, pos); e !== null; e = _PySet_NextEntry(iterable, pos)) {
        const key = e[0];
        Py_INCREF(key);
        Py_INCREF(value);
        if (insertdict(mp, key, e[1], e[2], value) < 0) {
          Py_DECREF(d);
          return null;
        }
      }
      return d;
    }
  }
  const it = PyObject_GetIter(iterable);
  if (it === null) {
    Py_DECREF(d);
    return null;
  }
  const exact = PyDict_CheckExact(d);
  for (;;) {
    const key = PyIter_Next(it);
    if (key === null) break;
    const status = exact ? PyDict_SetItem(d, key, value) : PyObject_SetItem(d, key, value);
    Py_DECREF(key);
    if (status < 0) {
      Py_DECREF(it);
      Py_DECREF(d);
      return null;
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    Py_DECREF(d);
    return null;
  }
  return d;
}

// -- the dict type's slots ---------------------------------------------------------------------------

/** @cpython dict_dealloc */
function dict_dealloc(self: PyObject): void {
  const mp = self as PyDictObject;
  const keys = mp.ma_keys;
  const values = mp.ma_values;
  mp.ma_keys = Py_EMPTY_KEYS;
  mp.ma_values = null;
  mp.ma_used = 0;
  if (values !== null) free_values_and_contents(values, keys.dk_nentries);
  dictkeys_decref(keys);
}

/** @cpython dict_repr: `{k: v, ...}`, `{...}` for a dict inside itself. */
function dict_repr(self: PyObject): PyObject | null {
  const mp = self as PyDictObject;
  const i = Py_ReprEnter(mp);
  if (i !== 0) return PyUnicode_FromString("{...}");
  if (mp.ma_used === 0) {
    Py_ReprLeave(mp);
    return PyUnicode_FromString("{}");
  }
  let out = "{";
  let first = true;
  const pos = { i: 0 };
  // repr() of a key or value may mutate the dict: hold references while formatting.
  for (let ep = _PyDict_Next(mp, pos); ep !== null; ep = _PyDict_Next(mp, pos)) {
    const key = ep.me_key!, value = ep.me_value!;
    Py_INCREF(key);
    Py_INCREF(value);
    if (!first) out += ", ";
    first = false;
    const ks = reprString(key);
    if (ks === null) {
      Py_ReprLeave(mp);
      Py_DECREF(key);
      Py_DECREF(value);
      return null;
    }
    const vs = reprString(value);
    Py_DECREF(key);
    Py_DECREF(value);
    if (vs === null) {
      Py_ReprLeave(mp);
      return null;
    }
    out += ks + ": " + vs;
  }
  Py_ReprLeave(mp);
  return PyUnicode_FromString(out + "}");
}

/** @cpython dict_length */
function dict_length(self: PyObject): number {
  return (self as PyDictObject).ma_used;
}

/** @cpython _PyObject_LookupSpecial: a method found on the type, bound to `self`. @returns new */
function lookup_special(self: PyObject, name: string): PyObject | null {
  const res = _PyType_Lookup(self.ob_type, _PyUnicode_FromId(name));
  if (res === null) return null;
  const f = res.ob_type.tp_descr_get;
  if (f === null) {
    Py_INCREF(res);
    return res;
  }
  return f(res, self, self.ob_type);
}

/** @cpython dict_subscript: d[key], trying type(d).__missing__ for subclasses. */
function dict_subscript(self: PyObject, key: PyObject): PyObject | null {
  const mp = self as PyDictObject;
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  const ix = _Py_dict_lookup(mp, key, lo, hi);
  if (ix === DKIX_ERROR) return null;
  const value = lookup_value;
  if (ix === DKIX_EMPTY || value === null) {
    if (!PyDict_CheckExact(mp)) {
      const missing = lookup_special(mp, "__missing__");
      if (missing !== null) {
        const res = PyObject_CallOneArg(missing, key);
        Py_DECREF(missing);
        return res;
      } else if (PyErr_Occurred()) {
        return null;
      }
    }
    _PyErr_SetKeyError(key);
    return null;
  }
  Py_INCREF(value);
  return value;
}

/** @cpython dict_ass_sub */
function dict_ass_sub(self: PyObject, v: PyObject, w: PyObject | null): number {
  return w === null ? PyDict_DelItem(self, v) : PyDict_SetItem(self, v, w);
}

/** @cpython dict_keys: list(d) */
function dict_keys(mp: PyDictObject): PyListObject {
  const out: PyObject[] = new Array(mp.ma_used);
  const entries = mp.ma_keys.dk_entries;
  const values = mp.ma_values;
  if (values !== null) {
    for (let i = 0; i < mp.ma_used; i++) {
      const key = entries[values.order[i]].me_key!;
      Py_INCREF(key);
      out[i] = key;
    }
    return _PyList_FromArraySteal(out);
  }
  let j = 0;
  for (let i = 0, n = mp.ma_keys.dk_nentries; i < n; i++) {
    const ep = entries[i];
    if (ep.me_value !== null) {
      Py_INCREF(ep.me_key!);
      out[j++] = ep.me_key!;
    }
  }
  return _PyList_FromArraySteal(out);
}

/** @cpython dict_values: list(d.values()) */
function dict_values(mp: PyDictObject): PyListObject {
  const out: PyObject[] = new Array(mp.ma_used);
  const entries = mp.ma_keys.dk_entries;
  const values = mp.ma_values;
  if (values !== null) {
    for (let i = 0; i < mp.ma_used; i++) {
      const v = values.values[values.order[i]]!;
      Py_INCREF(v);
      out[i] = v;
    }
    return _PyList_FromArraySteal(out);
  }
  let j = 0;
  for (let i = 0, n = mp.ma_keys.dk_nentries; i < n; i++) {
    const v = entries[i].me_value;
    if (v !== null) {
      Py_INCREF(v);
      out[j++] = v;
    }
  }
  return _PyList_FromArraySteal(out);
}

/** @cpython dict_items: list(d.items()) */
function dict_items(mp: PyDictObject): PyListObject {
  const out: PyObject[] = new Array(mp.ma_used);
  const entries = mp.ma_keys.dk_entries;
  const values = mp.ma_values;
  if (values !== null) {
    for (let i = 0; i < mp.ma_used; i++) {
      const index = values.order[i];
      const key = entries[index].me_key!, v = values.values[index]!;
      Py_INCREF(key);
      Py_INCREF(v);
      out[i] = _PyTuple_FromArraySteal([key, v]);
    }
    return _PyList_FromArraySteal(out);
  }
  let j = 0;
  for (let i = 0, n = mp.ma_keys.dk_nentries; i < n; i++) {
    const ep = entries[i];
    const v = ep.me_value;
    if (v !== null) {
      Py_INCREF(ep.me_key!);
      Py_INCREF(v);
      out[j++] = _PyTuple_FromArraySteal([ep.me_key!, v]);
    }
  }
  return _PyList_FromArraySteal(out);
}

/** @cpython dict_fromkeys_impl: dict.fromkeys(iterable, value=None), a classmethod. */
function dict_fromkeys(type: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("fromkeys", args.length, 1, 2)) return null;
  return _PyDict_FromKeys(type, args[0], args.length > 1 ? args[1] : Py_None);
}

/** @cpython dict_update_arg: a dict or anything with keys() merges; anything else is pairs. */
function dict_update_arg(self: PyObject, arg: PyObject): number {
  if (PyDict_CheckExact(arg)) return PyDict_Merge(self, arg, 1);
  const func = _PyObject_LookupAttr(arg, _PyUnicode_FromId("keys"));
  if (func === null) return -1;
  if (func !== undefined) {
    Py_DECREF(func);
    return PyDict_Merge(self, arg, 1);
  }
  return PyDict_MergeFromSeq2(self, arg, 1);
}

/**
 * @cpython dict_update_common: at most one positional argument, then the keywords (in
 * their order), for dict(...) and d.update(...).
 */
function dict_update_common(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null, methname: string): number {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (!_PyArg_CheckPositional(methname, nargs, 0, 1)) return -1;
  let result = 0;
  if (nargs === 1) result = dict_update_arg(self, args[0]);
  if (result === 0 && nkw > 0) {
    const names = kwnames!.ob_item;
    for (let i = 0; i < nkw; i++) {
      if (PyDict_SetItem(self, names[i], args[nargs + i]) < 0) return -1;
    }
  }
  return result;
}

/** @cpython dict_update */
function dict_update(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (dict_update_common(self, args, kwnames, "update") !== -1) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return null;
}

/**
 * PySequence_Fast for PyDict_MergeFromSeq2: the items of a pair candidate, or null with the
 * error set (the caller rewords a TypeError).
 */
function sequence_fast_items(item: PyObject): PyObject[] | null {
  if (PyTuple_CheckExact(item)) return (item as PyTupleObject).ob_item.slice();
  if (PyList_CheckExact(item)) return (item as PyListObject).ob_item.slice();
  const it = PyObject_GetIter(item);
  if (it === null) return null;
  const out: PyObject[] = [];
  for (;;) {
    const x = PyIter_Next(it);
    if (x === null) break;
    out.push(x);
  }
  Py_DECREF(it);
  // The items stay alive through `item`'s own references only for lists and tuples; here
  // they are new references, released once the pair is stored.
  if (PyErr_Occurred()) {
    for (const x of out) Py_DECREF(x);
    return null;
  }
  for (const x of out) Py_DECREF(x);
  return out;
}

/**
 * @cpython PyDict_MergeFromSeq2: d.update(iterable of pairs). override 0 keeps existing keys.
 */
export function PyDict_MergeFromSeq2(d: PyObject, seq2: PyObject, override: number): number {
  const it = PyObject_GetIter(seq2);
  if (it === null) return -1;
  for (let i = 0; ; i++) {
    const item = PyIter_Next(it);
    if (item === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(it);
        return -1;
      }
      break;
    }
    const fast = sequence_fast_items(item);
    if (fast === null) {
      if (PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_SetString(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      Py_DECREF(item);
      Py_DECREF(it);
      return -1;
    }
    const n = fast.length;
    if (n !== 2) {
      PyErr_SetString(PyExc_ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
      Py_DECREF(item);
      Py_DECREF(it);
      return -1;
    }
    const key = fast[0], value = fast[1];
    Py_INCREF(key);
    Py_INCREF(value);
    let failed: boolean;
    if (override) failed = PyDict_SetItem(d, key, value) < 0;
    else failed = PyDict_SetDefault(d, key, value) === null;
    Py_DECREF(key);
    Py_DECREF(value);
    Py_DECREF(item);
    if (failed) {
      Py_DECREF(it);
      return -1;
    }
  }
  Py_DECREF(it);
  return 0;
}

/**
 * @cpython PyMapping_Keys as dict_merge uses it: list(b.keys()) for a general mapping.
 */
function mapping_keys(b: PyObject): PyObject | null {
  if (PyDict_CheckExact(b)) return dict_keys(b);
  const meth = PyObject_GetAttr(b, _PyUnicode_FromId("keys"));
  if (meth === null) return null;
  const res = PyObject_CallNoArgs(meth);
  Py_DECREF(meth);
  if (res === null) return null;
  const it = PyObject_GetIter(res);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_SetString(PyExc_TypeError, `${_PyType_Name(b.ob_type)}.keys() returned a non-iterable (type ${_PyType_Name(res.ob_type)})`);
    }
    Py_DECREF(res);
    return null;
  }
  Py_DECREF(res);
  const out: PyObject[] = [];
  for (;;) {
    const x = PyIter_Next(it);
    if (x === null) break;
    out.push(x);
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    for (const x of out) Py_DECREF(x);
    return null;
  }
  return _PyList_FromArraySteal(out);
}

/**
 * @cpython dict_merge: a.update(b) for a dict or a mapping (keys() and []). override 1
 * replaces, 0 keeps existing keys, 2 raises KeyError(key) on a duplicate (for f(**a, **b)).
 */
function dict_merge(a: PyObject, b: PyObject, override: number): number {
  if (!PyDict_Check(a)) {
    PyErr_BadInternalCall("dict_merge");
    return -1;
  }
  const mp = a;
  if (PyDict_Check(b) && b.ob_type.tp_iter === dict_iter) {
    const other = b;
    if (other === mp || other.ma_used === 0) return 0;
    if (mp.ma_used === 0) {
      override = 1;
      const okeys = other.ma_keys;
      // A clean, compact and just-filled `other` is cloned table and all.
      if (other.ma_values === null && other.ma_used === okeys.dk_nentries &&
          (okeys.dk_log2_size === PyDict_LOG_MINSIZE || USABLE_FRACTION(DK_SIZE(okeys) / 2) < other.ma_used)) {
        const keys = clone_combined_dict_keys(other);
        dictkeys_decref(mp.ma_keys);
        mp.ma_keys = keys;
        mp.ma_values = null;
        mp.ma_used = other.ma_used;
        mp.ma_version_tag = DICT_NEXT_VERSION();
        return 0;
      }
    }
    // One resize up front rather than several while inserting.
    if (USABLE_FRACTION(DK_SIZE(mp.ma_keys)) < other.ma_used) {
      if (dictresize(mp, estimate_log2_keysize(mp.ma_used + other.ma_used), DK_IS_UNICODE(other.ma_keys)) < 0) return -1;
    }
    const orig_size = other.ma_keys.dk_nentries;
    const pos = { i: 0 };
    for (let ep = _PyDict_Next(other, pos); ep !== null; ep = _PyDict_Next(other, pos)) {
      const key = ep.me_key!, value = ep.me_value!;
      const lo = ep.me_hash_lo, hi = ep.me_hash_hi;
      let err = 0;
      Py_INCREF(key);
      Py_INCREF(value);
      if (override === 1) {
        Py_INCREF(key);
        Py_INCREF(value);
        err = insertdict(mp, key, lo, hi, value);
      } else {
        err = _PyDict_Contains_KnownHash(mp, key, lo, hi);
        if (err === 0) {
          Py_INCREF(key);
          Py_INCREF(value);
          err = insertdict(mp, key, lo, hi, value);
        } else if (err > 0) {
          if (override !== 0) {
            _PyErr_SetKeyError(key);
            Py_DECREF(value);
            Py_DECREF(key);
            return -1;
          }
          err = 0;
        }
      }
      Py_DECREF(value);
      Py_DECREF(key);
      if (err !== 0) return -1;
      if (orig_size !== other.ma_keys.dk_nentries) {
        PyErr_SetString(PyExc_RuntimeError, "dict mutated during update");
        return -1;
      }
    }
  } else {
    // The generic way: for key in b.keys(): a[key] = b[key]
    const keys = mapping_keys(b);
    if (keys === null) return -1;
    const iter = PyObject_GetIter(keys);
    Py_DECREF(keys);
    if (iter === null) return -1;
    for (let key = PyIter_Next(iter); key !== null; key = PyIter_Next(iter)) {
      if (override !== 1) {
        const status = PyDict_Contains(a, key);
        if (status !== 0) {
          if (status > 0) {
            if (override === 0) {
              Py_DECREF(key);
              continue;
            }
            _PyErr_SetKeyError(key);
          }
          Py_DECREF(key);
          Py_DECREF(iter);
          return -1;
        }
      }
      const value = PyObject_GetItem(b, key);
      if (value === null) {
        Py_DECREF(iter);
        Py_DECREF(key);
        return -1;
      }
      const status = PyDict_SetItem(a, key, value);
      Py_DECREF(key);
      Py_DECREF(value);
      if (status < 0) {
        Py_DECREF(iter);
        return -1;
      }
    }
    Py_DECREF(iter);
    if (PyErr_Occurred()) return -1;
  }
  return 0;
}

/** @cpython PyDict_Update */
export function PyDict_Update(a: PyObject, b: PyObject): number {
  return dict_merge(a, b, 1);
}

/** @cpython PyDict_Merge */
export function PyDict_Merge(a: PyObject, b: PyObject, override: number): number {
  return dict_merge(a, b, override !== 0 ? 1 : 0);
}

/** @cpython _PyDict_MergeEx: override 2 raises KeyError(key) for a key already present. */
export function _PyDict_MergeEx(a: PyObject, b: PyObject, override: number): number {
  return dict_merge(a, b, override);
}

/** @cpython dict_copy */
function dict_copy(self: PyObject): PyObject | null {
  return PyDict_Copy(self);
}

/**
 * @cpython PyDict_Copy: a new dict with the same items. A table with few holes is cloned as
 * is (same size); otherwise the items are merged into a fresh, compact dict. @returns new
 */
export function PyDict_Copy(o: PyObject): PyDictObject | null {
  if (!PyDict_Check(o)) return PyErr_BadInternalCall("PyDict_Copy");
  const mp = o;
  if (mp.ma_used === 0) return PyDict_New();
  const values = mp.ma_values;
  if (values !== null) {
    // A split dict copies to a split dict on the same shared keys.
    const size = shared_keys_usable_size(mp.ma_keys);
    const newvalues = new PyDictValues(size);
    newvalues.order.set(values.order.subarray(0, values.size));
    newvalues.size = values.size;
    for (let i = 0; i < size; i++) {
      const v = values.values[i];
      if (v !== null) Py_INCREF(v);
      newvalues.values[i] = v;
    }
    const copy = new PyDictObject(PyDict_Type);
    copy.ma_keys = mp.ma_keys;
    mp.ma_keys.dk_refcnt++;
    copy.ma_values = newvalues;
    copy.ma_used = mp.ma_used;
    return copy;
  }
  if (mp.ob_type.tp_iter === dict_iter && mp.ma_values === null &&
      mp.ma_used >= Math.floor((mp.ma_keys.dk_nentries * 2) / 3)) {
    const keys = clone_combined_dict_keys(mp);
    const copy = new PyDictObject(PyDict_Type);
    copy.ma_keys = keys;
    copy.ma_used = mp.ma_used;
    return copy;
  }
  const copy = PyDict_New();
  if (dict_merge(copy, o, 1) === 0) return copy;
  Py_DECREF(copy);
  return null;
}

/** @cpython PyDict_Size */
export function PyDict_Size(mp: PyObject): number {
  if (!PyDict_Check(mp)) {
    PyErr_BadInternalCall("PyDict_Size");
    return -1;
  }
  return mp.ma_used;
}

/** @cpython PyDict_Keys @returns new (a list) */
export function PyDict_Keys(mp: PyObject): PyListObject | null {
  if (!PyDict_Check(mp)) return PyErr_BadInternalCall("PyDict_Keys");
  return dict_keys(mp);
}

/** @cpython PyDict_Values @returns new (a list) */
export function PyDict_Values(mp: PyObject): PyListObject | null {
  if (!PyDict_Check(mp)) return PyErr_BadInternalCall("PyDict_Values");
  return dict_values(mp);
}

/** @cpython PyDict_Items @returns new (a list of pairs) */
export function PyDict_Items(mp: PyObject): PyListObject | null {
  if (!PyDict_Check(mp)) return PyErr_BadInternalCall("PyDict_Items");
  return dict_items(mp);
}

/** @cpython dict_equal: 1 if equal, 0 if not, -1 on error; stops at the first difference. */
function dict_equal(a: PyDictObject, b: PyDictObject): number {
  if (a.ma_used !== b.ma_used) return 0;
  for (let i = 0; i < a.ma_keys.dk_nentries; i++) {
    const ep = a.ma_keys.dk_entries[i];
    const aval = a.ma_values !== null ? a.ma_values.values[i] : ep.me_value;
    if (aval === null) continue;
    const key = ep.me_key!;
    Py_INCREF(aval);
    Py_INCREF(key);
    _Py_dict_lookup(b, key, ep.me_hash_lo, ep.me_hash_hi);
    const bval = lookup_value;
    if (bval === null) {
      Py_DECREF(key);
      Py_DECREF(aval);
      return PyErr_Occurred() ? -1 : 0;
    }
    Py_INCREF(bval);
    const cmp = PyObject_RichCompareBool(aval, bval, Py_EQ);
    Py_DECREF(key);
    Py_DECREF(aval);
    Py_DECREF(bval);
    if (cmp <= 0) return cmp;
  }
  return 1;
}

/** @cpython dict_richcompare: == and != only. */
function dict_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  let res: PyObject;
  if (!PyDict_Check(v) || !PyDict_Check(w)) {
    res = Py_NotImplemented;
  } else if (op === Py_EQ || op === Py_NE) {
    const cmp = dict_equal(v, w);
    if (cmp < 0) return null;
    res = (cmp === 1) === (op === Py_EQ) ? Py_True : Py_False;
  } else {
    res = Py_NotImplemented;
  }
  Py_INCREF(res);
  return res;
}

/** @cpython dict___contains__ */
function dict___contains__(self: PyObject, key: PyObject): PyObject | null {
  const r = PyDict_Contains(self, key);
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython dict_get_impl: d.get(key, default=None) */
function dict_get(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("get", args.length, 1, 2)) return null;
  const key = args[0];
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  const ix = _Py_dict_lookup(self as PyDictObject, key, lo, hi);
  if (ix === DKIX_ERROR) return null;
  let val = lookup_value;
  if (ix === DKIX_EMPTY || val === null) val = args.length > 1 ? args[1] : Py_None;
  Py_INCREF(val);
  return val;
}

/**
 * @cpython PyDict_SetDefault: d.setdefault(key, defaultobj) — the value now stored under
 * key. @returns borrowed
 */
export function PyDict_SetDefault(d: PyObject, key: PyObject, defaultobj: PyObject): PyObject | null {
  if (!PyDict_Check(d)) return PyErr_BadInternalCall("PyDict_SetDefault");
  const mp = d;
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  if (mp.ma_keys === Py_EMPTY_KEYS) {
    Py_INCREF(key);
    Py_INCREF(defaultobj);
    insert_to_emptydict(mp, key, lo, hi, defaultobj);
    return defaultobj;
  }
  if (!PyUnicode_CheckExact(key) && DK_IS_UNICODE(mp.ma_keys)) {
    if (insertion_resize(mp, false) < 0) return null;
  }
  const ix = _Py_dict_lookup(mp, key, lo, hi);
  if (ix === DKIX_ERROR) return null;
  let value = lookup_value;
  if (ix === DKIX_EMPTY) {
    mp.ma_keys.dk_version = 0;
    value = defaultobj;
    if (mp.ma_keys.dk_usable <= 0) {
      if (insertion_resize(mp, true) < 0) return null;
    }
    const keys = mp.ma_keys;
    const hashpos = find_empty_slot(keys, lo, hi);
    const n = keys.dk_nentries;
    keys.dk_indices[hashpos] = n;
    const values = mp.ma_values;
    if (values !== null) {
      keys.dk_entries[n] = new PyDictKeyEntry(lo, hi, key, null);
      _PyDictValues_AddToInsertionOrder(values, n);
      values.values[n] = value;
    } else {
      keys.dk_entries[n] = new PyDictKeyEntry(lo, hi, key, value);
    }
    Py_INCREF(key);
    Py_INCREF(value);
    mp.ma_used++;
    mp.ma_version_tag = DICT_NEXT_VERSION();
    keys.dk_usable--;
    keys.dk_nentries = n + 1;
  } else if (value === null) {
    // A split table that has the key but no value for it.
    const values = mp.ma_values!;
    value = defaultobj;
    Py_INCREF(value);
    values.values[ix] = value;
    _PyDictValues_AddToInsertionOrder(values, ix);
    mp.ma_used++;
    mp.ma_version_tag = DICT_NEXT_VERSION();
  }
  return value;
}

/** @cpython dict_setdefault_impl */
function dict_setdefault(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("setdefault", args.length, 1, 2)) return null;
  const val = PyDict_SetDefault(self, args[0], args.length > 1 ? args[1] : Py_None);
  if (val !== null) Py_INCREF(val);
  return val;
}

/** @cpython dict_clear */
function dict_clear(self: PyObject): PyObject {
  PyDict_Clear(self);
  Py_INCREF(Py_None);
  return Py_None;
}

/** @cpython dict_pop_impl */
function dict_pop(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("pop", args.length, 1, 2)) return null;
  return _PyDict_Pop(self, args[0], args.length > 1 ? args[1] : null);
}

/** @cpython dict_popitem_impl: remove and return the last item (LIFO). */
function dict_popitem(self: PyObject): PyObject | null {
  const mp = self as PyDictObject;
  if (mp.ma_used === 0) return PyErr_SetString(PyExc_KeyError, "popitem(): dictionary is empty");
  // A split table becomes combined first (same size), so the last entry is this dict's.
  if (mp.ma_keys.dk_kind === DICT_KEYS_SPLIT && dictresize(mp, mp.ma_keys.dk_log2_size, true) < 0) return null;
  const keys = mp.ma_keys;
  keys.dk_version = 0;
  const ep0 = keys.dk_entries;
  let i = keys.dk_nentries - 1;
  while (i >= 0 && ep0[i].me_value === null) i--;
  const ep = ep0[i];
  const key = ep.me_key!, value = ep.me_value!;
  const lo = ep.me_hash_lo, hi = ep.me_hash_hi;
  ep.me_key = null;
  ep.me_value = null;
  ep.me_hash_lo = -1;
  ep.me_hash_hi = -1;
  const j = lookdict_index(keys, lo, hi, i);
  keys.dk_indices[j] = DKIX_DUMMY;
  // dk_usable does not grow back: the index slot is now a dummy.
  keys.dk_nentries = i;
  ep0.length = i;
  mp.ma_used--;
  mp.ma_version_tag = DICT_NEXT_VERSION();
  return _PyTuple_FromArraySteal([key, value]);
}

/**
 * @cpython _PyDict_SizeOf: the dict object plus its keys object (indices and entry slots)
 * unless the keys are the shared empty ones.
 */
export function _PyDict_SizeOf(mp: PyDictObject): number {
  let res = mp.ob_type.tp_basicsize;
  // A split dict counts its values array at the shared keys' current capacity; the keys
  // themselves belong to the class.
  if (mp.ma_values !== null) res += shared_keys_usable_size(mp.ma_keys) * 8;
  if (mp.ma_keys !== Py_EMPTY_KEYS && mp.ma_keys.dk_refcnt === 1) res += _PyDict_KeysSize(mp.ma_keys);
  return res;
}

/** @cpython _PyDict_KeysSize */
export function _PyDict_KeysSize(keys: PyDictKeysObject): number {
  const es = keys.dk_kind === DICT_KEYS_GENERAL ? SIZEOF_PYDICTKEYENTRY : SIZEOF_PYDICTUNICODEENTRY;
  return SIZEOF_PYDICTKEYSOBJECT + 2 ** keys.dk_log2_index_bytes + USABLE_FRACTION(DK_SIZE(keys)) * es;
}

/** @cpython dict_sizeof */
function dict_sizeof(self: PyObject): PyObject {
  return PyLong_FromNumber(_PyDict_SizeOf(self as PyDictObject));
}

/** @cpython dict_or: d | other (both dicts). */
function dict_or(self: PyObject, other: PyObject): PyObject | null {
  if (!PyDict_Check(self) || !PyDict_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const n = PyDict_Copy(self);
  if (n === null) return null;
  if (dict_update_arg(n, other)) {
    Py_DECREF(n);
    return null;
  }
  return n;
}

/** @cpython dict_ior: d |= other (any mapping or iterable of pairs). */
function dict_ior(self: PyObject, other: PyObject): PyObject | null {
  if (dict_update_arg(self, other)) return null;
  Py_INCREF(self);
  return self;
}

/** @cpython PyDict_Contains: 1, 0 or -1. */
export function PyDict_Contains(op: PyObject, key: PyObject): number {
  const lo = key_hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  const ix = _Py_dict_lookup(op as PyDictObject, key, lo, hi);
  if (ix === DKIX_ERROR) return -1;
  return ix !== DKIX_EMPTY && lookup_value !== null ? 1 : 0;
}

/** @cpython _PyDict_Contains_KnownHash */
export function _PyDict_Contains_KnownHash(op: PyObject, key: PyObject, lo: number, hi: number): number {
  const ix = _Py_dict_lookup(op as PyDictObject, key, lo, hi);
  if (ix === DKIX_ERROR) return -1;
  return ix !== DKIX_EMPTY && lookup_value !== null ? 1 : 0;
}

/** @cpython dict_new */
function dict_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyDictObject(type);
}

/** @cpython dict_init: dict(mapping_or_pairs, **kwargs) */
function dict_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  return dict_update_common(self, args, kwnames, "dict");
}

/** @cpython dict_iter */
function dict_iter(self: PyObject): PyObject {
  return dictiter_new(self as PyDictObject, PyDictIterKey_Type);
}

/** @cpython dict___reversed___impl */
function dict___reversed__(self: PyObject): PyObject {
  return dictiter_new(self as PyDictObject, PyDictRevIterKey_Type);
}

/** @cpython dict.__class_getitem__ (Py_GenericAlias) */
function dict_class_getitem(cls: PyObject, arg: PyObject): PyObject | null {
  return Py_GenericAlias(cls, arg);
}

/** @cpython PyDict_SetItemString */
export function PyDict_SetItemString(v: PyObject, key: string, item: PyObject): number {
  return PyDict_SetItem(v, _PyUnicode_FromId(key), item);
}

/** @cpython PyDict_DelItemString */
export function PyDict_DelItemString(v: PyObject, key: string): number {
  return PyDict_DelItem(v, _PyUnicode_FromId(key));
}

const mapp_methods: PyMethodDef[] = [
  { ml_name: "__contains__", ml_meth: dict___contains__, ml_flags: METH_O | METH_COEXIST,
    ml_doc: "True if the dictionary has the specified key, else False." },
  { ml_name: "__getitem__", ml_meth: dict_subscript, ml_flags: METH_O | METH_COEXIST, ml_doc: "x.__getitem__(y) <==> x[y]" },
  { ml_name: "__sizeof__", ml_meth: dict_sizeof, ml_flags: METH_NOARGS, ml_doc: "D.__sizeof__() -> size of D in memory, in bytes" },
  { ml_name: "get", ml_meth: dict_get, ml_flags: METH_FASTCALL,
    ml_doc: "Return the value for key if key is in the dictionary, else default." },
  { ml_name: "setdefault", ml_meth: dict_setdefault, ml_flags: METH_FASTCALL,
    ml_doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default." },
  { ml_name: "pop", ml_meth: dict_pop, ml_flags: METH_FASTCALL,
    ml_doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError." },
  { ml_name: "popitem", ml_meth: dict_popitem, ml_flags: METH_NOARGS,
    ml_doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty." },
  { ml_name: "keys", ml_meth: dictkeys_new, ml_flags: METH_NOARGS, ml_doc: "D.keys() -> a set-like object providing a view on D's keys" },
  { ml_name: "items", ml_meth: dictitems_new, ml_flags: METH_NOARGS, ml_doc: "D.items() -> a set-like object providing a view on D's items" },
  { ml_name: "values", ml_meth: dictvalues_new, ml_flags: METH_NOARGS, ml_doc: "D.values() -> an object providing a view on D's values" },
  { ml_name: "update", ml_meth: dict_update, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]" },
  { ml_name: "fromkeys", ml_meth: dict_fromkeys, ml_flags: METH_FASTCALL | METH_CLASS,
    ml_doc: "Create a new dictionary with keys from iterable and values set to value." },
  { ml_name: "clear", ml_meth: dict_clear, ml_flags: METH_NOARGS, ml_doc: "D.clear() -> None.  Remove all items from D." },
  { ml_name: "copy", ml_meth: dict_copy, ml_flags: METH_NOARGS, ml_doc: "D.copy() -> a shallow copy of D" },
  { ml_name: "__reversed__", ml_meth: dict___reversed__, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict keys." },
  { ml_name: "__class_getitem__", ml_meth: dict_class_getitem, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
];

/** @cpython PyDict_Type */
export const PyDict_Type: PyTypeObject = new PyTypeObject({
  tp_name: "dict", tp_basicsize: 48,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_MATCH_SELF | Py_TPFLAGS_MAPPING,
  tp_dealloc: dict_dealloc, tp_repr: dict_repr, tp_richcompare: dict_richcompare, tp_iter: dict_iter,
  tp_init: dict_init, tp_new: dict_new,
  nb_or: dict_or, nb_inplace_or: dict_ior,
  sq_contains: PyDict_Contains,
  mp_length: dict_length, mp_subscript: dict_subscript, mp_ass_subscript: dict_ass_sub,
  tp_methods: mapp_methods,
  tp_doc: "dict() -> new empty dictionary\n" +
    "dict(mapping) -> new dictionary initialized from a mapping object's\n" +
    "    (key, value) pairs\n" +
    "dict(iterable) -> new dictionary initialized as if via:\n" +
    "    d = {}\n" +
    "    for k, v in iterable:\n" +
    "        d[k] = v\n" +
    "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n" +
    "    in the keyword argument list.  For example:  dict(one=1, two=2)",
});

// -- iterators ----------------------------------------------------------------------------------------

/** @cpython dictiterobject */
export class dictiterobject extends PyObject {
  /** Null once exhausted. */
  di_dict: PyDictObject | null;
  di_used: number;
  di_pos: number;
  /** The (key, value) tuple items() iterators reuse while nobody else holds it. */
  di_result: PyTupleObject | null;
  len: number;
  constructor(type: PyTypeObject, dict: PyDictObject) {
    super(type);
    this.di_dict = dict;
    this.di_used = dict.ma_used;
    this.di_pos = 0;
    this.di_result = null;
    this.len = dict.ma_used;
  }
}

/** @cpython dictiter_new */
function dictiter_new(dict: PyDictObject, itertype: PyTypeObject): dictiterobject {
  Py_INCREF(dict);
  const di = new dictiterobject(itertype, dict);
  if (itertype === PyDictRevIterKey_Type || itertype === PyDictRevIterItem_Type || itertype === PyDictRevIterValue_Type) {
    di.di_pos = dict.ma_values !== null ? dict.ma_used - 1 : dict.ma_keys.dk_nentries - 1;
  }
  if (itertype === PyDictIterItem_Type || itertype === PyDictRevIterItem_Type) {
    di.di_result = PyTuple_FromArray([Py_None, Py_None]);
  }
  return di;
}

/** @cpython dictiter_dealloc */
function dictiter_dealloc(self: PyObject): void {
  const di = self as dictiterobject;
  const d = di.di_dict, r = di.di_result;
  di.di_dict = null;
  di.di_result = null;
  if (d !== null) Py_DECREF(d);
  if (r !== null) Py_DECREF(r);
}

/** @cpython dictiter_len: __length_hint__ */
function dictiter_len(self: PyObject): PyObject {
  const di = self as dictiterobject;
  let len = 0;
  if (di.di_dict !== null && di.di_used === di.di_dict.ma_used) len = di.len;
  return PyLong_FromNumber(len);
}

/** @cpython PyObject_SelfIter (iterators are their own iterators) */
function selfiter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/**
 * The next live entry index for a forward dict iterator, or -1 with the iterator finished
 * (or an error set when the dict changed).
 */
function dictiter_nextentry(di: dictiterobject): number {
  const d = di.di_dict;
  if (d === null) return -1;
  if (di.di_used !== d.ma_used) {
    PyErr_SetString(PyExc_RuntimeError, "dictionary changed size during iteration");
    di.di_used = -1; // stays an error
    return -1;
  }
  let i = di.di_pos;
  const values = d.ma_values;
  if (values !== null) {
    // Split: di_pos counts items in insertion order; the result is the entry index.
    if (i >= d.ma_used) {
      di.di_dict = null;
      Py_DECREF(d);
      return -1;
    }
    di.di_pos = i + 1;
    di.len--;
    return values.order[i];
  }
  const k = d.ma_keys;
  const n = k.dk_nentries;
  const entries = k.dk_entries;
  while (i < n && entries[i].me_value === null) i++;
  if (i >= n) {
    di.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  // An entry the size check did not expect: the keys changed (same count, different keys).
  if (di.len === 0) {
    PyErr_SetString(PyExc_RuntimeError, "dictionary keys changed during iteration");
    di.di_dict = null;
    Py_DECREF(d);
    return -1;
  }
  di.di_pos = i + 1;
  di.len--;
  return i;
}

/** @cpython dictiter_iternextkey */
function dictiter_iternextkey(self: PyObject): PyObject | null {
  const di = self as dictiterobject;
  const d = di.di_dict;
  const i = dictiter_nextentry(di);
  if (i < 0) return null;
  const key = d!.ma_keys.dk_entries[i].me_key!;
  Py_INCREF(key);
  return key;
}

/** @cpython dictiter_iternextvalue */
function dictiter_iternextvalue(self: PyObject): PyObject | null {
  const di = self as dictiterobject;
  const d = di.di_dict;
  const i = dictiter_nextentry(di);
  if (i < 0) return null;
  const value = entry_value(d!, i);
  Py_INCREF(value);
  return value;
}

/** The (key, value) result of an items iterator, reusing di_result when only it holds it. */
function dictiter_item_result(di: dictiterobject, key: PyObject, value: PyObject): PyObject {
  Py_INCREF(key);
  Py_INCREF(value);
  const result = di.di_result!;
  if (result.ob_refcnt === 1) {
    const oldkey = result.ob_item[0], oldvalue = result.ob_item[1];
    result.ob_item[0] = key;
    result.ob_item[1] = value;
    Py_INCREF(result);
    Py_DECREF(oldkey);
    Py_DECREF(oldvalue);
    return result;
  }
  return _PyTuple_FromArraySteal([key, value]);
}

/** @cpython dictiter_iternextitem */
function dictiter_iternextitem(self: PyObject): PyObject | null {
  const di = self as dictiterobject;
  const d = di.di_dict;
  const i = dictiter_nextentry(di);
  if (i < 0) return null;
  return dictiter_item_result(di, d!.ma_keys.dk_entries[i].me_key!, entry_value(d!, i));
}

/** @cpython dictreviter_iternext */
function dictreviter_iternext(self: PyObject): PyObject | null {
  const di = self as dictiterobject;
  const d = di.di_dict;
  if (d === null) return null;
  if (di.di_used !== d.ma_used) {
    PyErr_SetString(PyExc_RuntimeError, "dictionary changed size during iteration");
    di.di_used = -1;
    return null;
  }
  const entries = d.ma_keys.dk_entries;
  const values = d.ma_values;
  let i = di.di_pos;
  let index: number;
  if (values !== null) {
    // Split: di_pos counts items in insertion order.
    if (i < 0 || i >= d.ma_used) {
      di.di_dict = null;
      Py_DECREF(d);
      return null;
    }
    index = values.order[i];
  } else {
    // A resize with ma_used unchanged can leave di_pos past the compacted entries; CPython
    // reads NULL slots there, which is what clamping does.
    i = Math.min(i, d.ma_keys.dk_nentries - 1);
    while (i >= 0 && entries[i].me_value === null) i--;
    if (i < 0) {
      di.di_dict = null;
      Py_DECREF(d);
      return null;
    }
    index = i;
  }
  const key = entries[index].me_key!, value = entry_value(d, index);
  di.di_pos = i - 1;
  di.len--;
  const t = di.ob_type;
  if (t === PyDictRevIterKey_Type) {
    Py_INCREF(key);
    return key;
  }
  if (t === PyDictRevIterValue_Type) {
    Py_INCREF(value);
    return value;
  }
  return dictiter_item_result(di, key, value);
}

/** @cpython dictiter_reduce: (iter, (list of the remaining items,)) */
function dictiter_reduce(self: PyObject): PyObject | null {
  const di = self as dictiterobject;
  // Drain a copy of the iterator's state, so that this one does not advance.
  const items: PyObject[] = [];
  const d = di.di_dict;
  if (d !== null) {
    Py_INCREF(d);
    const tmp = new dictiterobject(di.ob_type, d);
    tmp.di_used = di.di_used;
    tmp.di_pos = di.di_pos;
    tmp.len = di.len;
    if (di.di_result !== null) tmp.di_result = PyTuple_FromArray([Py_None, Py_None]);
    const next = di.ob_type.tp_iternext!;
    for (let x = next(tmp); x !== null; x = next(tmp)) items.push(x);
    dictiter_dealloc(tmp);
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

const dictiter_methods: PyMethodDef[] = [
  { ml_name: "__length_hint__", ml_meth: dictiter_len, ml_flags: METH_NOARGS,
    ml_doc: "Private method returning an estimate of len(list(it))." },
  { ml_name: "__reduce__", ml_meth: dictiter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
];

function dictiter_type(name: string, next: (o: PyObject) => PyObject | null): PyTypeObject {
  return new PyTypeObject({
    tp_name: name, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC,
    tp_dealloc: dictiter_dealloc, tp_iter: selfiter, tp_iternext: next, tp_methods: dictiter_methods,
  });
}

/** @cpython PyDictIterKey_Type */
export const PyDictIterKey_Type = dictiter_type("dict_keyiterator", dictiter_iternextkey);
/** @cpython PyDictIterValue_Type */
export const PyDictIterValue_Type = dictiter_type("dict_valueiterator", dictiter_iternextvalue);
/** @cpython PyDictIterItem_Type */
export const PyDictIterItem_Type = dictiter_type("dict_itemiterator", dictiter_iternextitem);
/** @cpython PyDictRevIterKey_Type */
export const PyDictRevIterKey_Type = dictiter_type("dict_reversekeyiterator", dictreviter_iternext);
/** @cpython PyDictRevIterItem_Type */
export const PyDictRevIterItem_Type = dictiter_type("dict_reverseitemiterator", dictreviter_iternext);
/** @cpython PyDictRevIterValue_Type */
export const PyDictRevIterValue_Type = dictiter_type("dict_reversevalueiterator", dictreviter_iternext);

// -- views: keys(), items(), values() ---------------------------------------------------------------

/** @cpython _PyDictViewObject */
export class _PyDictViewObject extends PyObject {
  dv_dict: PyDictObject | null;
  constructor(type: PyTypeObject, dict: PyDictObject) {
    super(type);
    this.dv_dict = dict;
  }
}

/** @cpython PyDictKeys_Check */
export const PyDictKeys_Check = (o: PyObject): boolean => o.ob_type === PyDictKeys_Type;
/** @cpython PyDictItems_Check */
export const PyDictItems_Check = (o: PyObject): boolean => o.ob_type === PyDictItems_Type;
/** @cpython PyDictValues_Check */
export const PyDictValues_Check = (o: PyObject): boolean => o.ob_type === PyDictValues_Type;
/** @cpython PyDictViewSet_Check: keys and items views behave like sets. */
export const PyDictViewSet_Check = (o: PyObject): boolean => o.ob_type === PyDictKeys_Type || o.ob_type === PyDictItems_Type;

/** @cpython dictview_dealloc */
function dictview_dealloc(self: PyObject): void {
  const dv = self as _PyDictViewObject;
  const d = dv.dv_dict;
  dv.dv_dict = null;
  if (d !== null) Py_DECREF(d);
}

/** @cpython dictview_len */
function dictview_len(self: PyObject): number {
  const dv = self as _PyDictViewObject;
  return dv.dv_dict === null ? 0 : dv.dv_dict.ma_used;
}

/** @cpython _PyDictView_New @returns new */
export function _PyDictView_New(dict: PyObject, type: PyTypeObject): PyObject | null {
  if (!PyDict_Check(dict)) {
    return PyErr_SetString(PyExc_TypeError, `${type.tp_name}() requires a dict argument, not '${dict.ob_type.tp_name}'`);
  }
  Py_INCREF(dict);
  return new _PyDictViewObject(type, dict);
}

/** @cpython dictview_mapping: view.mapping, a read-only proxy of the dict. */
function dictview_mapping(self: PyObject): PyObject | null {
  return PyDictProxy_NewRefHolder.fn!((self as _PyDictViewObject).dv_dict!);
}

/** @cpython all_contained_in: 1 if every item of self is in other, 0 if not, -1 on error. */
function all_contained_in(self: PyObject, other: PyObject): number {
  const iter = PyObject_GetIter(self);
  if (iter === null) return -1;
  let ok = 1;
  for (;;) {
    const next = PyIter_Next(iter);
    if (next === null) {
      if (PyErr_Occurred()) ok = -1;
      break;
    }
    ok = PySequence_Contains(other, next);
    Py_DECREF(next);
    if (ok <= 0) break;
  }
  Py_DECREF(iter);
  return ok;
}

/** @cpython dictview_richcompare: set comparisons against sets and set-like views. */
function dictview_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (!PyAnySet_Check(other) && !PyDictViewSet_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const len_self = PyObject_Size(self);
  if (len_self < 0) return null;
  const len_other = PyObject_Size(other);
  if (len_other < 0) return null;
  let ok = 0;
  switch (op) {
    case Py_NE:
    case Py_EQ:
      if (len_self === len_other) ok = all_contained_in(self, other);
      if (op === Py_NE && ok >= 0) ok = ok ? 0 : 1;
      break;
    case Py_LT:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case Py_LE:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case Py_GT:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    case Py_GE:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  if (ok < 0) return null;
  return PyBool_FromLong(ok);
}

/** @cpython dictview_repr: `dict_keys([...])` */
function dictview_repr(self: PyObject): PyObject | null {
  const rc = Py_ReprEnter(self);
  if (rc !== 0) return PyUnicode_FromString("...");
  const it = PyObject_GetIter(self);
  if (it === null) {
    Py_ReprLeave(self);
    return null;
  }
  const parts: string[] = [];
  for (;;) {
    const x = PyIter_Next(it);
    if (x === null) break;
    const s = reprString(x);
    Py_DECREF(x);
    if (s === null) {
      Py_DECREF(it);
      Py_ReprLeave(self);
      return null;
    }
    parts.push(s);
  }
  Py_DECREF(it);
  Py_ReprLeave(self);
  if (PyErr_Occurred()) return null;
  return PyUnicode_FromString(`${self.ob_type.tp_name}([${parts.join(", ")}])`);
}

/** @cpython dictkeys_iter */
function dictkeys_iter(self: PyObject): PyObject {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return dictiter_new(dv.dv_dict, PyDictIterKey_Type);
}

/** @cpython dictkeys_contains */
function dictkeys_contains(self: PyObject, obj: PyObject): number {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) return 0;
  return PyDict_Contains(dv.dv_dict, obj);
}

/** @cpython dictviews_to_set: set(view), straight from the dict for an exact dict's keys. */
function dictviews_to_set(self: PyObject): PyObject | null {
  let left = self;
  if (PyDictKeys_Check(self)) {
    const dict = (self as _PyDictViewObject).dv_dict!;
    if (PyDict_CheckExact(dict)) left = dict;
  }
  return PySet_New(left);
}

/** @cpython dictviews_sub: view - other */
function dictviews_sub(self: PyObject, other: PyObject): PyObject | null {
  const result = dictviews_to_set(self);
  if (result === null) return null;
  if (set_difference_update_internal(result as PySetObject, other) < 0) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython _PyDictView_Intersect: view & other (either operand may be the view). */
export function _PyDictView_Intersect(self: PyObject, other: PyObject): PyObject | null {
  if (!PyDictViewSet_Check(self)) {
    const tmp = other;
    other = self;
    self = tmp;
  }
  let len_self = dictview_len(self);
  if (PySet_CheckExact(other)) {
    const len_other = PyObject_Size(other);
    if (len_other < 0) return null;
    if (len_self <= len_other) return set_intersection(other as PySetObject, self);
  }
  if (PyDictViewSet_Check(other)) {
    const len_other = dictview_len(other);
    if (len_other > len_self) {
      const tmp = other;
      other = self;
      self = tmp;
      len_self = len_other;
    }
  }
  const result = PySet_New(null);
  if (result === null) return null;
  const it = PyObject_GetIter(other);
  if (it === null) {
    Py_DECREF(result);
    return null;
  }
  const dict_contains = PyDictKeys_Check(self) ? dictkeys_contains : dictitems_contains;
  for (;;) {
    const key = PyIter_Next(it);
    if (key === null) break;
    const rv = dict_contains(self, key);
    if (rv < 0 || (rv && PySet_Add(result, key) < 0)) {
      Py_DECREF(it);
      Py_DECREF(result);
      Py_DECREF(key);
      return null;
    }
    Py_DECREF(key);
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython dictviews_or */
function dictviews_or(self: PyObject, other: PyObject): PyObject | null {
  const result = dictviews_to_set(self);
  if (result === null) return null;
  if (_PySet_Update(result, other) < 0) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython dictitems_xor: items ^ items, comparing values as well as keys. */
function dictitems_xor(self: PyObject, other: PyObject): PyObject | null {
  const d1 = (self as _PyDictViewObject).dv_dict!;
  const d2 = (other as _PyDictViewObject).dv_dict!;
  const temp_dict = PyDict_Copy(d1);
  if (temp_dict === null) return null;
  const result_set = PySet_New(null);
  if (result_set === null) {
    Py_DECREF(temp_dict);
    return null;
  }
  const fail = (): null => {
    Py_DECREF(temp_dict);
    Py_DECREF(result_set);
    return null;
  };
  const pos = { i: 0 };
  for (let ep = _PyDict_Next(d2, pos); ep !== null; ep = _PyDict_Next(d2, pos)) {
    const key = ep.me_key!, val2 = ep.me_value!;
    const lo = ep.me_hash_lo, hi = ep.me_hash_hi;
    Py_INCREF(key);
    Py_INCREF(val2);
    const val1 = _PyDict_GetItem_KnownHash(temp_dict, key, lo, hi);
    let to_delete: number;
    if (val1 === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(key);
        Py_DECREF(val2);
        return fail();
      }
      to_delete = 0;
    } else {
      Py_INCREF(val1);
      to_delete = PyObject_RichCompareBool(val1, val2, Py_EQ);
      Py_DECREF(val1);
      if (to_delete < 0) {
        Py_DECREF(key);
        Py_DECREF(val2);
        return fail();
      }
    }
    if (to_delete) {
      if (_PyDict_DelItem_KnownHash(temp_dict, key, lo, hi) < 0) {
        Py_DECREF(key);
        Py_DECREF(val2);
        return fail();
      }
    } else {
      const pair = PyTuple_FromArray([key, val2]);
      const r = PySet_Add(result_set, pair);
      Py_DECREF(pair);
      if (r < 0) {
        Py_DECREF(key);
        Py_DECREF(val2);
        return fail();
      }
    }
    Py_DECREF(key);
    Py_DECREF(val2);
  }
  const remaining_pairs = dictitems_new(temp_dict);
  if (remaining_pairs === null) return fail();
  if (_PySet_Update(result_set, remaining_pairs) < 0) {
    Py_DECREF(remaining_pairs);
    return fail();
  }
  Py_DECREF(temp_dict);
  Py_DECREF(remaining_pairs);
  return result_set;
}

/** @cpython dictviews_xor */
function dictviews_xor(self: PyObject, other: PyObject): PyObject | null {
  if (PyDictItems_Check(self) && PyDictItems_Check(other)) return dictitems_xor(self, other);
  const result = dictviews_to_set(self);
  if (result === null) return null;
  const tmp = set_symmetric_difference_update(result as PySetObject, other);
  if (tmp === null) {
    Py_DECREF(result);
    return null;
  }
  Py_DECREF(tmp);
  return result;
}

/** @cpython dictviews_isdisjoint */
function dictviews_isdisjoint(self: PyObject, other: PyObject): PyObject | null {
  if (self === other) return PyBool_FromLong(dictview_len(self) === 0 ? 1 : 0);
  // Iterate over the shorter one when other is set-like (its `in` is then cheap).
  if (PyAnySet_Check(other) || PyDictViewSet_Check(other)) {
    const len_self = dictview_len(self);
    const len_other = PyObject_Size(other);
    if (len_other === -1) return null;
    if (len_other > len_self) {
      const tmp = other;
      other = self;
      self = tmp;
    }
  }
  const it = PyObject_GetIter(other);
  if (it === null) return null;
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    const contains = PySequence_Contains(self, item);
    Py_DECREF(item);
    if (contains === -1) {
      Py_DECREF(it);
      return null;
    }
    if (contains) {
      Py_DECREF(it);
      return PyBool_FromLong(0);
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) return null;
  return PyBool_FromLong(1);
}

/** @cpython dictkeys_new: d.keys() */
function dictkeys_new(dict: PyObject): PyObject | null {
  return _PyDictView_New(dict, PyDictKeys_Type);
}

/** @cpython dictkeys_reversed */
function dictkeys_reversed(self: PyObject): PyObject {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return dictiter_new(dv.dv_dict, PyDictRevIterKey_Type);
}

/** @cpython dictitems_iter */
function dictitems_iter(self: PyObject): PyObject {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return dictiter_new(dv.dv_dict, PyDictIterItem_Type);
}

/** @cpython dictitems_contains: (key, value) in d.items() */
function dictitems_contains(self: PyObject, obj: PyObject): number {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) return 0;
  if (!PyTuple_Check(obj) || obj.ob_item.length !== 2) return 0;
  const key = obj.ob_item[0], value = obj.ob_item[1];
  const found = PyDict_GetItemWithError(dv.dv_dict, key);
  if (found === null) return PyErr_Occurred() ? -1 : 0;
  Py_INCREF(found);
  const result = PyObject_RichCompareBool(found, value, Py_EQ);
  Py_DECREF(found);
  return result;
}

/** @cpython dictitems_new: d.items() */
function dictitems_new(dict: PyObject): PyObject | null {
  return _PyDictView_New(dict, PyDictItems_Type);
}

/** @cpython dictitems_reversed */
function dictitems_reversed(self: PyObject): PyObject {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return dictiter_new(dv.dv_dict, PyDictRevIterItem_Type);
}

/** @cpython dictvalues_iter */
function dictvalues_iter(self: PyObject): PyObject {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return dictiter_new(dv.dv_dict, PyDictIterValue_Type);
}

/** @cpython dictvalues_new: d.values() */
function dictvalues_new(dict: PyObject): PyObject | null {
  return _PyDictView_New(dict, PyDictValues_Type);
}

/** @cpython dictvalues_reversed */
function dictvalues_reversed(self: PyObject): PyObject {
  const dv = self as _PyDictViewObject;
  if (dv.dv_dict === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return dictiter_new(dv.dv_dict, PyDictRevIterValue_Type);
}

const dictview_getset = [{ name: "mapping", get: dictview_mapping, doc: "dictionary that this view refers to" }];
const isdisjoint_doc = "Return True if the view and the given iterable have a null intersection.";

/** @cpython PyDictKeys_Type */
export const PyDictKeys_Type: PyTypeObject = new PyTypeObject({
  tp_name: "dict_keys", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: dictview_dealloc, tp_repr: dictview_repr, tp_richcompare: dictview_richcompare, tp_iter: dictkeys_iter,
  nb_subtract: dictviews_sub, nb_and: _PyDictView_Intersect, nb_xor: dictviews_xor, nb_or: dictviews_or,
  sq_length: dictview_len, sq_contains: dictkeys_contains,
  tp_methods: [
    { ml_name: "isdisjoint", ml_meth: dictviews_isdisjoint, ml_flags: METH_O, ml_doc: isdisjoint_doc },
    { ml_name: "__reversed__", ml_meth: dictkeys_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict keys." },
  ],
  tp_getset: dictview_getset,
});

/** @cpython PyDictItems_Type */
export const PyDictItems_Type: PyTypeObject = new PyTypeObject({
  tp_name: "dict_items", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: dictview_dealloc, tp_repr: dictview_repr, tp_richcompare: dictview_richcompare, tp_iter: dictitems_iter,
  nb_subtract: dictviews_sub, nb_and: _PyDictView_Intersect, nb_xor: dictviews_xor, nb_or: dictviews_or,
  sq_length: dictview_len, sq_contains: dictitems_contains,
  tp_methods: [
    { ml_name: "isdisjoint", ml_meth: dictviews_isdisjoint, ml_flags: METH_O, ml_doc: isdisjoint_doc },
    { ml_name: "__reversed__", ml_meth: dictitems_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict items." },
  ],
  tp_getset: dictview_getset,
});

/** @cpython PyDictValues_Type */
export const PyDictValues_Type: PyTypeObject = new PyTypeObject({
  tp_name: "dict_values", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: dictview_dealloc, tp_repr: dictview_repr, tp_iter: dictvalues_iter,
  sq_length: dictview_len,
  tp_methods: [
    { ml_name: "__reversed__", ml_meth: dictvalues_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict values." },
  ],
  tp_getset: dictview_getset,
});

/** Ready the dict, dict-iterator and dict-view types (pylifecycle calls this). */
export function _PyDict_InitTypes(): void {
  for (const t of [
    PyDict_Type, PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type, PyDictRevIterKey_Type,
    PyDictRevIterItem_Type, PyDictRevIterValue_Type, PyDictKeys_Type, PyDictItems_Type, PyDictValues_Type,
  ]) {
    if (PyType_Ready(t) < 0) throw new Error(`cannot initialize type ${t.tp_name}`);
  }
}


// -- instance attributes: classes whose instances share keys ---------------------------------------

/**
 * @cpython _PyDict_NewKeysForClass: the shared keys a class with Py_TPFLAGS_MANAGED_DICT
 * gives its instances. dk_usable starts one above the most keys allowed: each new instance
 * takes one off (init_inline_values), so a class that keeps growing its instances' attribute
 * set soon stops handing out large values arrays.
 */
export function _PyDict_NewKeysForClass(): PyDictKeysObject {
  const keys = new_keys_object(NEXT_LOG2_SHARED_KEYS_MAX_SIZE, true);
  keys.dk_usable = SHARED_KEYS_MAX_SIZE;
  keys.dk_kind = DICT_KEYS_SPLIT;
  return keys;
}

/** @cpython _PyDictKeys_DecRef */
export function _PyDictKeys_DecRef(keys: PyDictKeysObject): void {
  dictkeys_decref(keys);
}

/** @cpython init_inline_values: an empty values array for a new instance. */
function init_inline_values(obj: PyObject, tp: PyTypeObject): number {
  const keys = tp.ht_cached_keys!;
  if (keys.dk_usable > 1) keys.dk_usable--;
  obj.ob_values = new PyDictValues(shared_keys_usable_size(keys));
  return 0;
}

/**
 * @cpython _PyObject_InitializeDict: object.__new__ gives an instance of a managed-dict class
 * its values array (other classes get their __dict__ on first need).
 */
export function _PyObject_InitializeDict(obj: PyObject): number {
  const tp = obj.ob_type;
  if (tp.tp_dictoffset === 0) return 0;
  if ((tp.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0 && tp.ht_cached_keys !== null) return init_inline_values(obj, tp);
  return 0;
}

/** @cpython make_dict_from_instance_attributes: a split dict over the instance's values. @returns new */
function make_dict_from_instance_attributes(keys: PyDictKeysObject, values: PyDictValues): PyDictObject {
  keys.dk_refcnt++;
  const mp = new PyDictObject(PyDict_Type);
  mp.ma_keys = keys;
  mp.ma_values = values;
  mp.ma_used = values.size;
  return mp;
}

/** @cpython _PyObject_MakeDictFromInstanceAttributes @returns new */
export function _PyObject_MakeDictFromInstanceAttributes(obj: PyObject, values: PyDictValues): PyDictObject {
  return make_dict_from_instance_attributes(obj.ob_type.ht_cached_keys!, values);
}

/**
 * @cpython _PyObject_StoreInstanceAttribute: obj.name = value (value null deletes) in the
 * values array. A name the shared keys cannot take (full, or not an exact str) moves the
 * values into a real __dict__ first.
 */
export function _PyObject_StoreInstanceAttribute(obj: PyObject, values: PyDictValues, name: PyObject, value: PyObject | null): number {
  const keys = obj.ob_type.ht_cached_keys!;
  let ix = DKIX_EMPTY;
  if (PyUnicode_CheckExact(name)) ix = insert_into_dictkeys(keys, name);
  if (ix === DKIX_EMPTY) {
    const dict = make_dict_from_instance_attributes(keys, values);
    obj.ob_values = null;
    obj.ob_dict = dict;
    return value === null ? PyDict_DelItem(dict, name) : PyDict_SetItem(dict, name, value);
  }
  const old_value = values.values[ix];
  if (value !== null) Py_INCREF(value);
  values.values[ix] = value;
  if (old_value === null) {
    if (value === null) {
      PyErr_SetString(PyExc_AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${(name as PyUnicodeObject).str}'`);
      return -1;
    }
    _PyDictValues_AddToInsertionOrder(values, ix);
  } else {
    if (value === null) delete_index_from_values(values, ix);
    Py_DECREF(old_value);
  }
  return 0;
}

/** @cpython _PyObject_GetInstanceAttribute: null when absent (no error). @returns new */
export function _PyObject_GetInstanceAttribute(obj: PyObject, values: PyDictValues, name: PyObject): PyObject | null {
  const ix = _PyDictKeys_StringLookup(obj.ob_type.ht_cached_keys!, name);
  if (ix < 0) return null;
  const value = values.values[ix];
  if (value !== null) Py_INCREF(value);
  return value;
}

/** @cpython _PyObject_IsInstanceDictEmpty */
export function _PyObject_IsInstanceDictEmpty(obj: PyObject): boolean {
  if (obj.ob_type.tp_dictoffset === 0) return true;
  const values = obj.ob_values;
  if (values !== null) return values.size === 0;
  const dict = obj.ob_dict;
  return dict === null || dict.ma_used === 0;
}

/** @cpython _PyObject_VisitInstanceAttributes: the values, for gc.get_referents. */
export function _PyObject_VisitInstanceAttributes(self: PyObject, out: PyObject[]): void {
  const values = self.ob_values;
  if (values === null) return;
  const n = self.ob_type.ht_cached_keys!.dk_nentries;
  for (let i = 0; i < n; i++) {
    const v = values.values[i];
    if (v !== null) out.push(v);
  }
}

/** @cpython _PyObject_ClearInstanceAttributes */
export function _PyObject_ClearInstanceAttributes(self: PyObject): void {
  const values = self.ob_values;
  if (values === null) return;
  free_values_and_contents(values, 0);
}

/** @cpython _PyObject_FreeInstanceAttributes: the instance is going away; release its values. */
export function _PyObject_FreeInstanceAttributes(self: PyObject): void {
  const values = self.ob_values;
  if (values === null) return;
  self.ob_values = null;
  free_values_and_contents(values, 0);
}

/**
 * @cpython PyObject_GenericGetDict: the instance __dict__, materialised from the values
 * array (a split dict sharing them) or made empty on first need. @returns new
 */
export function PyObject_GenericGetDict(obj: PyObject): PyObject | null {
  const tp = obj.ob_type;
  let dict = obj.ob_dict;
  if (dict === null) {
    const values = obj.ob_values;
    if (values !== null) {
      dict = make_dict_from_instance_attributes(tp.ht_cached_keys!, values);
      obj.ob_values = null;
    } else if ((tp.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && tp.ht_cached_keys !== null) {
      tp.ht_cached_keys.dk_refcnt++;
      dict = new_dict_with_shared_keys(tp.ht_cached_keys);
    } else {
      dict = PyDict_New();
    }
    obj.ob_dict = dict;
  }
  Py_INCREF(dict);
  return dict;
}

/**
 * @cpython _PyObjectDict_SetItem: obj.name = value through a __dict__ that may not exist yet;
 * a class with shared keys starts it as a split dict on them.
 */
export function _PyObjectDict_SetItem(tp: PyTypeObject, obj: PyObject, key: PyObject, value: PyObject | null): number {
  let dict = obj.ob_dict;
  if (dict === null) {
    const cached = tp.ht_cached_keys;
    if ((tp.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && cached !== null) {
      cached.dk_refcnt++;
      dict = new_dict_with_shared_keys(cached);
    } else {
      dict = PyDict_New();
    }
    obj.ob_dict = dict;
  }
  return value === null ? PyDict_DelItem(dict, key) : PyDict_SetItem(dict, key, value);
}
