/**
 * @mirrors Objects/tupleobject.c
 * The immutable sequence. The empty tuple is a singleton; the hash is the xxHash-style
 * combination of the item hashes that CPython 3.8+ uses, so tuples of ints and strings
 * hash (and order sets) as in CPython. Iteration goes through "tuple_iterator", which lets
 * go of the tuple once it is exhausted.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_HEAPTYPE, Py_EQ, Py_NE, METH_NOARGS, METH_FASTCALL, METH_O, METH_CLASS,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_BadInternalCall } from "../Python/errors.ts";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import { PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool, Py_NotImplemented, Py_ReprEnter, Py_ReprLeave, reprString, Py_NewNone } from "./object.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { _PyType_Name, PyType_Ready } from "./typeobject.ts";
import { PyLong_FromNumber, PyIndex_Check, PyNumber_AsSsize_t, PyLong_AsSsize_t } from "./longobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, _PyEval_SliceIndexNotNone, type PySliceObject } from "./sliceobject.ts";
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END } from "./listobject.ts";
import { PyObject_SelfIter, _PyIter_ReduceHelper } from "./iterobject.ts";
import { PySequence_Tuple } from "./abstract.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { PyExc_MemoryError } from "./exceptions.ts";

const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const setstate_doc = "Set state information for unpickling.";

export class PyTupleObject extends PyObject {
  ob_item: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type);
    this.ob_item = items;
  }
  get ob_size(): number {
    return this.ob_item.length;
  }
}

/** @cpython PyTuple_Check */
export const PyTuple_Check = (o: PyObject): o is PyTupleObject => (o.ob_type.tp_flags & Py_TPFLAGS_TUPLE_SUBCLASS) !== 0;
/** @cpython PyTuple_CheckExact */
export const PyTuple_CheckExact = (o: PyObject): o is PyTupleObject => o.ob_type === PyTuple_Type;

let empty: PyTupleObject | null = null;

/** @cpython PyTuple_New: a tuple of n items the caller fills (new reference). */
export function PyTuple_New(n: number): PyTupleObject {
  if (n === 0) {
    if (empty === null) {
      empty = new PyTupleObject(PyTuple_Type, []);
      empty.ob_refcnt = 1 << 20;
    }
    empty.ob_refcnt++;
    return empty;
  }
  return new PyTupleObject(PyTuple_Type, new Array(n));
}

/** A tuple of the given items, each INCREF'd. @returns new */
export function PyTuple_FromArray(items: readonly PyObject[]): PyTupleObject {
  if (items.length === 0) return PyTuple_New(0);
  for (const o of items) o.ob_refcnt++;
  return new PyTupleObject(PyTuple_Type, items.slice());
}

/** A tuple that takes over the references of `items` (stolen). @returns new */
export function _PyTuple_FromArraySteal(items: PyObject[]): PyTupleObject {
  if (items.length === 0) return PyTuple_New(0);
  return new PyTupleObject(PyTuple_Type, items);
}

/** @cpython PyTuple_Pack */
export function PyTuple_Pack(...items: PyObject[]): PyTupleObject {
  return PyTuple_FromArray(items);
}

function tupledealloc_body(self: PyObject): void {
  const items = (self as PyTupleObject).ob_item;
  for (let i = items.length - 1; i >= 0; i--) {
    const o = items[i];
    if (o !== undefined && o !== null) Py_DECREF(o);
  }
}

/**
 * @cpython tupledealloc: releases the items (backwards, as CPython does), through the
 * trashcan so that freeing deeply nested tuples does not recurse without bound. The type
 * reference of a heap subclass is dropped by subtype_dealloc, not here.
 */
function tupledealloc(self: PyObject): void {
  if (!Py_TRASHCAN_BEGIN(self, tupledealloc_body)) return;
  tupledealloc_body(self);
  Py_TRASHCAN_END();
}

/** @cpython tuplerepr */
function tuplerepr(self: PyObject): PyObject | null {
  const items = (self as PyTupleObject).ob_item;
  if (items.length === 0) return PyUnicode_FromString("()");
  if (Py_ReprEnter(self) !== 0) return PyUnicode_FromString("(...)");
  const parts: string[] = [];
  for (const o of items) {
    const s = reprString(o);
    if (s === null) {
      Py_ReprLeave(self);
      return null;
    }
    parts.push(s);
  }
  Py_ReprLeave(self);
  return PyUnicode_FromString(items.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/** @cpython tuplehash: xxHash-style, over the 64-bit item hashes. */
function tuplehash(self: PyObject): number {
  const items = (self as PyTupleObject).ob_item;
  let acc = XXPRIME_5;
  for (const o of items) {
    const lo = PyObject_Hash(o);
    const hi = Py_hash.hi;
    if (lo === -1 && hi === -1) return -1;
    const lane = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) acc = 1546275796n;
  Py_hash.hi = Number(acc >> 32n) | 0;
  return Number(acc & 0xffffffffn) | 0;
}

function tuplelength(self: PyObject): number {
  return (self as PyTupleObject).ob_item.length;
}

function tuplecontains(self: PyObject, el: PyObject): number {
  for (const o of (self as PyTupleObject).ob_item) {
    const cmp = PyObject_RichCompareBool(o, el, Py_EQ);
    if (cmp !== 0) return cmp;
  }
  return 0;
}

/** @cpython tupleitem */
function tupleitem(self: PyObject, i: number): PyObject | null {
  const items = (self as PyTupleObject).ob_item;
  if (i < 0 || i >= items.length) return PyErr_SetString(PyExc_IndexError, "tuple index out of range");
  const o = items[i];
  Py_INCREF(o);
  return o;
}

/** @cpython tuplesubscript */
function tuplesubscript(self: PyObject, item: PyObject): PyObject | null {
  const items = (self as PyTupleObject).ob_item;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return null;
    if (i < 0) i += items.length;
    return tupleitem(self, i);
  }
  if (PySlice_Check(item)) {
    const r = PySlice_Unpack(item as PySliceObject);
    if (r === null) return null;
    const [start, stop, step] = r;
    const len = PySlice_AdjustIndices(items.length, r);
    if (len <= 0) return PyTuple_New(0);
    if (start === 0 && step === 1 && len === items.length && self.ob_type === PyTuple_Type) {
      Py_INCREF(self);
      return self;
    }
    const out: PyObject[] = new Array(len);
    for (let cur = r[0], i = 0; i < len; cur += r[2], i++) {
      const o = items[cur];
      Py_INCREF(o);
      out[i] = o;
    }
    void stop;
    return _PyTuple_FromArraySteal(out);
  }
  return PyErr_SetString(PyExc_TypeError, `tuple indices must be integers or slices, not ${_PyType_Name(item.ob_type)}`);
}

/** @cpython tupleconcat */
function tupleconcat(a: PyObject, bb: PyObject): PyObject | null {
  if (!PyTuple_Check(bb)) {
    return PyErr_SetString(PyExc_TypeError, `can only concatenate tuple (not "${_PyType_Name(bb.ob_type)}") to tuple`);
  }
  const x = (a as PyTupleObject).ob_item, y = (bb as PyTupleObject).ob_item;
  if (y.length === 0 && a.ob_type === PyTuple_Type) {
    Py_INCREF(a);
    return a;
  }
  if (x.length === 0 && bb.ob_type === PyTuple_Type) {
    Py_INCREF(bb);
    return bb;
  }
  return PyTuple_FromArray(x.concat(y));
}

/** @cpython tuplerepeat */
function tuplerepeat(a: PyObject, n: number): PyObject | null {
  const items = (a as PyTupleObject).ob_item;
  if (items.length === 0 || n <= 0) return PyTuple_New(0);
  if (n === 1 && a.ob_type === PyTuple_Type) {
    Py_INCREF(a);
    return a;
  }
  if (items.length * n > 2 ** 31) return PyErr_SetString(PyExc_MemoryError, "");
  const out: PyObject[] = new Array(items.length * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[k * items.length + i] = items[i];
  return PyTuple_FromArray(out);
}

/** @cpython tuplerichcompare */
function tuplerichcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (!PyTuple_Check(v) || !PyTuple_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const a = v.ob_item, b = w.ob_item;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const k = PyObject_RichCompareBool(a[i], b[i], Py_EQ);
    if (k < 0) return null;
    if (!k) break;
  }
  if (i >= a.length || i >= b.length) {
    const vl = a.length, wl = b.length;
    let r: boolean;
    switch (op) {
      case 0: r = vl < wl; break;
      case 1: r = vl <= wl; break;
      case 2: r = vl === wl; break;
      case 3: r = vl !== wl; break;
      case 4: r = vl > wl; break;
      default: r = vl >= wl;
    }
    return PyBool_FromLong(r ? 1 : 0);
  }
  if (op === Py_EQ) return PyBool_FromLong(0);
  if (op === Py_NE) return PyBool_FromLong(1);
  return PyObject_RichCompare(a[i], b[i], op);
}

/**
 * @cpython tuple_new (clinic): keyword arguments are refused unless a subclass defines its own
 * __init__ (which then takes them; __new__ ignores them).
 */
function tuple_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (kwnames !== null && kwnames.ob_item.length > 0) {
    if (type === PyTuple_Type || type.tp_init === PyTuple_Type.tp_init) return PyErr_SetString(PyExc_TypeError, "tuple() takes no keyword arguments");
    args = args.slice(0, args.length - kwnames.ob_item.length);
  }
  if (!_PyArg_CheckPositional("tuple", args.length, 0, 1)) return null;
  let t: PyTupleObject | null;
  if (args.length === 0) t = PyTuple_New(0);
  else t = PySequence_Tuple(args[0]);
  if (t === null || type === PyTuple_Type) return t;
  const sub = new PyTupleObject(type, t.ob_item.slice());
  for (const o of sub.ob_item) Py_INCREF(o);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  Py_DECREF(t);
  return sub;
}

/** @cpython tuple_index */
function tuple_index(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("index", args.length, 1, 3)) return null;
  const items = (self as PyTupleObject).ob_item;
  let start = 0, stop = items.length;
  if (args.length > 1) {
    const s = _PyEval_SliceIndexNotNone(args[1]);
    if (s === null) return null;
    start = s;
  }
  if (args.length > 2) {
    const s = _PyEval_SliceIndexNotNone(args[2]);
    if (s === null) return null;
    stop = s;
  }
  if (start < 0) start = Math.max(0, start + items.length);
  if (stop < 0) stop += items.length;
  for (let i = start; i < stop && i < items.length; i++) {
    const cmp = PyObject_RichCompareBool(items[i], args[0], Py_EQ);
    if (cmp > 0) return PyLong_FromNumber(i);
    if (cmp < 0) return null;
  }
  return PyErr_SetString(PyExc_ValueError, "tuple.index(x): x not in tuple");
}

function tuple_count(self: PyObject, value: PyObject): PyObject | null {
  let count = 0;
  for (const o of (self as PyTupleObject).ob_item) {
    const cmp = PyObject_RichCompareBool(o, value, Py_EQ);
    if (cmp > 0) count++;
    else if (cmp < 0) return null;
  }
  return PyLong_FromNumber(count);
}

function tuple___getnewargs__(self: PyObject): PyObject {
  return PyTuple_FromArray([PyTuple_FromArray((self as PyTupleObject).ob_item)]);
}

// -- the tuple iterator ------------------------------------------------------------------------------

/** @cpython tupleiterobject */
export class tupleiterobject extends PyObject {
  it_index: number;
  /** Null once exhausted. */
  it_seq: PyTupleObject | null;
  constructor(type: PyTypeObject, seq: PyTupleObject) {
    super(type);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

/** @cpython tuple_iter */
function tuple_iter(seq: PyObject): PyObject | null {
  if (!PyTuple_Check(seq)) return PyErr_BadInternalCall("tuple_iter");
  Py_INCREF(seq);
  return new tupleiterobject(PyTupleIter_Type, seq);
}

/** @cpython tupleiter_dealloc */
function tupleiter_dealloc(o: PyObject): void {
  const it = o as tupleiterobject;
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
}

/** @cpython tupleiter_next */
function tupleiter_next(o: PyObject): PyObject | null {
  const it = o as tupleiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index < seq.ob_item.length) {
    const item = seq.ob_item[it.it_index++];
    Py_INCREF(item);
    return item;
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

/** @cpython tupleiter_len: __length_hint__ */
function tupleiter_len(o: PyObject): PyObject {
  const it = o as tupleiterobject;
  return PyLong_FromNumber(it.it_seq !== null ? it.it_seq.ob_item.length - it.it_index : 0);
}

/** @cpython tupleiter_setstate: the position, clipped into the tuple. */
function tupleiter_setstate(o: PyObject, state: PyObject): PyObject | null {
  const it = o as tupleiterobject;
  let index = PyLong_AsSsize_t(state);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    else if (index > it.it_seq.ob_item.length) index = it.it_seq.ob_item.length;
    it.it_index = index;
  }
  return Py_NewNone();
}

/** @cpython tupleiter_reduce */
function tupleiter_reduce(o: PyObject): PyObject | null {
  const it = o as tupleiterobject;
  return _PyIter_ReduceHelper("iter", it.it_seq, it.it_seq !== null ? PyLong_FromNumber(it.it_index) : null, null);
}

/** @cpython PyTupleIter_Type */
export const PyTupleIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "tuple_iterator", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: tupleiter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: tupleiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: tupleiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: tupleiter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__setstate__", ml_meth: tupleiter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});

/** @cpython PyTuple_Type */
export const PyTuple_Type: PyTypeObject = new PyTypeObject({
  tp_name: "tuple", tp_basicsize: 24, tp_itemsize: 8,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_SEQUENCE,
  tp_dealloc: tupledealloc, tp_repr: tuplerepr, tp_hash: tuplehash, tp_richcompare: tuplerichcompare,
  tp_iter: tuple_iter, tp_new: tuple_new,
  sq_length: tuplelength, sq_concat: tupleconcat, sq_repeat: tuplerepeat, sq_item: tupleitem, sq_contains: tuplecontains,
  mp_length: tuplelength, mp_subscript: tuplesubscript,
  tp_methods: [
    { ml_name: "__getnewargs__", ml_meth: tuple___getnewargs__, ml_flags: METH_NOARGS },
    { ml_name: "index", ml_meth: tuple_index, ml_flags: METH_FASTCALL },
    { ml_name: "count", ml_meth: tuple_count, ml_flags: METH_O },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAliasRef.fn!(cls, arg), ml_flags: METH_O | METH_CLASS },
  ],
  tp_doc: "tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
});
export const Py_GenericAliasRef: { fn: ((cls: PyObject, arg: PyObject) => PyObject | null) | null } = { fn: null };


/** Readies tuple and its iterator (pylifecycle calls this once). */
export function _PyTuple_InitTypes(): void {
  PyType_Ready(PyTuple_Type);
  PyType_Ready(PyTupleIter_Type);
}
