/**
 * @mirrors Python/hamt.c
 * The immutable mapping behind contextvars.Context. Setting a variable never changes a
 * mapping: it makes a new one, so a Context copy (which shares its parent's mapping) keeps
 * seeing the values of the moment it was copied.
 *
 * DIVERGENCE: CPython uses a hash array mapped trie, where an update copies only the path
 * to the changed leaf (O(log n)) and iteration follows the hash bits. Here a mapping is a
 * frozen JavaScript Map and an update copies it whole (O(n), fine for the handful of
 * variables a program has); iteration is in insertion order, not in trie order. Keys are
 * compared by identity, which is what ContextVar keys (hashed by address) need.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_READY, Py_EQ,
} from "../Include/object.ts";
import { PyObject_RichCompareBool } from "../Objects/object.ts";
import { PyObject_SelfIter } from "../Objects/iterobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { PyTuple_FromArray } from "../Objects/tupleobject.ts";

/** @cpython PyHamtObject */
export class PyHamtObject extends PyObject {
  /** The entries (never changed once the mapping is shared); values are owned. */
  h_map: ReadonlyMap<PyObject, PyObject>;
  constructor(map: ReadonlyMap<PyObject, PyObject>) {
    super(_PyHamt_Type);
    this.h_map = map;
  }
}

/** @cpython hamt_tp_dealloc */
function hamt_tp_dealloc(self: PyObject): void {
  for (const [k, v] of (self as PyHamtObject).h_map) {
    Py_DECREF(k);
    Py_DECREF(v);
  }
}

/** @cpython _PyHamt_Type */
export const _PyHamt_Type: PyTypeObject = new PyTypeObject({
  tp_name: "hamt", tp_basicsize: 40, tp_weaklistoffset: 24,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_dealloc: hamt_tp_dealloc,
});

/** Ready the mapping type and its three iterator types (once). */
export function _PyHamt_InitTypes(): void {
  if (_PyHamt_Type.tp_flags & Py_TPFLAGS_READY) return;
  PyType_Ready(_PyHamt_Type);
  PyType_Ready(_PyHamtKeys_Type);
  PyType_Ready(_PyHamtValues_Type);
  PyType_Ready(_PyHamtItems_Type);
}

let empty: PyHamtObject | null = null;

/** @cpython _PyHamt_New: the empty mapping (shared). @returns new */
export function _PyHamt_New(): PyHamtObject {
  _PyHamt_InitTypes();
  if (empty === null) {
    empty = new PyHamtObject(new Map());
    empty.ob_refcnt = 1 << 20;
  }
  Py_INCREF(empty);
  return empty;
}

/**
 * @cpython _PyHamt_Assoc: a mapping with key -> val added or replaced; `o` itself when it
 * already maps key to that very object. @returns new
 */
export function _PyHamt_Assoc(o: PyHamtObject, key: PyObject, val: PyObject): PyHamtObject {
  if (o.h_map.get(key) === val) {
    Py_INCREF(o);
    return o;
  }
  const m = new Map(o.h_map);
  m.set(key, val);
  for (const [k, v] of m) {
    Py_INCREF(k);
    Py_INCREF(v);
  }
  return new PyHamtObject(m);
}

/** @cpython _PyHamt_Without: a mapping without key; `o` itself when key is absent. @returns new */
export function _PyHamt_Without(o: PyHamtObject, key: PyObject): PyHamtObject {
  if (!o.h_map.has(key)) {
    Py_INCREF(o);
    return o;
  }
  if (o.h_map.size === 1) return _PyHamt_New();
  const m = new Map(o.h_map);
  m.delete(key);
  for (const [k, v] of m) {
    Py_INCREF(k);
    Py_INCREF(v);
  }
  return new PyHamtObject(m);
}

/** @cpython _PyHamt_Find: the value for key (borrowed), or undefined when absent. */
export function _PyHamt_Find(o: PyHamtObject, key: PyObject): PyObject | undefined {
  return o.h_map.get(key);
}

/** @cpython _PyHamt_Len */
export function _PyHamt_Len(o: PyHamtObject): number {
  return o.h_map.size;
}

/** @cpython _PyHamt_Eq: same keys, equal values; 1, 0 or -1 on error. */
export function _PyHamt_Eq(v: PyHamtObject, w: PyHamtObject): number {
  if (v === w) return 1;
  if (v.h_map.size !== w.h_map.size) return 0;
  for (const [k, a] of v.h_map) {
    const b = w.h_map.get(k);
    if (b === undefined) return 0;
    const r = PyObject_RichCompareBool(a, b, Py_EQ);
    if (r <= 0) return r;
  }
  return 1;
}

// -- views: the keys / values / items iterators -------------------------------------------------------

const KEYS = 0, VALUES = 1, ITEMS = 2;

/** @cpython PyHamtIterator: one pass over a mapping it keeps alive. */
export class PyHamtIterator extends PyObject {
  hi_obj: PyHamtObject;
  hi_entries: [PyObject, PyObject][];
  hi_pos: number;
  hi_kind: number;
  constructor(type: PyTypeObject, obj: PyHamtObject, kind: number) {
    super(type);
    this.hi_obj = obj;
    this.hi_entries = [...obj.h_map];
    this.hi_pos = 0;
    this.hi_kind = kind;
  }
}

/** @cpython hamt_baseiter_tp_dealloc */
function hamt_baseiter_tp_dealloc(self: PyObject): void {
  Py_DECREF((self as PyHamtIterator).hi_obj);
}

/** @cpython hamt_baseiter_tp_iternext */
function hamt_baseiter_tp_iternext(self: PyObject): PyObject | null {
  const it = self as PyHamtIterator;
  if (it.hi_pos >= it.hi_entries.length) return null;
  const [k, v] = it.hi_entries[it.hi_pos++];
  if (it.hi_kind === KEYS) {
    Py_INCREF(k);
    return k;
  }
  if (it.hi_kind === VALUES) {
    Py_INCREF(v);
    return v;
  }
  return PyTuple_FromArray([k, v]);
}

/** @cpython hamt_baseiter_tp_len: the size of the whole mapping. */
function hamt_baseiter_tp_len(self: PyObject): number {
  return (self as PyHamtIterator).hi_obj.h_map.size;
}

function view_type(name: string): PyTypeObject {
  return new PyTypeObject({
    tp_name: name, tp_basicsize: 168, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    tp_dealloc: hamt_baseiter_tp_dealloc, tp_iter: (o) => PyObject_SelfIter(o), tp_iternext: hamt_baseiter_tp_iternext,
    mp_length: hamt_baseiter_tp_len,
  });
}

/** @cpython _PyHamtKeys_Type */
export const _PyHamtKeys_Type: PyTypeObject = view_type("keys");
/** @cpython _PyHamtValues_Type */
export const _PyHamtValues_Type: PyTypeObject = view_type("values");
/** @cpython _PyHamtItems_Type */
export const _PyHamtItems_Type: PyTypeObject = view_type("items");

function new_iter(type: PyTypeObject, o: PyHamtObject, kind: number): PyObject {
  Py_INCREF(o);
  return new PyHamtIterator(type, o, kind);
}

/** @cpython _PyHamt_NewIterKeys @returns new */
export const _PyHamt_NewIterKeys = (o: PyHamtObject): PyObject => new_iter(_PyHamtKeys_Type, o, KEYS);
/** @cpython _PyHamt_NewIterValues @returns new */
export const _PyHamt_NewIterValues = (o: PyHamtObject): PyObject => new_iter(_PyHamtValues_Type, o, VALUES);
/** @cpython _PyHamt_NewIterItems @returns new */
export const _PyHamt_NewIterItems = (o: PyHamtObject): PyObject => new_iter(_PyHamtItems_Type, o, ITEMS);
