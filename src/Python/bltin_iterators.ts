/**
 * @mirrors Python/bltinmodule.c
 * The three iterator types defined in bltinmodule.c: filter, map and zip. (The builtin
 * functions of that file live elsewhere; this part holds only these types, which the
 * builtins module exposes under their names.)
 *
 * All three are lazy: they pull one item from each underlying iterator per __next__.
 *
 *   filter(f, it)           items x of it with f(x) true (or x itself true when f is None
 *                           or bool -- then no call is made)
 *   map(f, it1, it2, ...)   f(x1, x2, ...), stopping with the shortest iterable
 *   zip(it1, it2, ...)      tuples (x1, x2, ...), stopping with the shortest; with
 *                           strict=True, ValueError if the others do not end together:
 *
 *   >>> list(zip([1, 2, 3], "ab", strict=True))
 *   Traceback (most recent call last):
 *   ValueError: zip() argument 2 is shorter than argument 1
 *
 * zip reuses its result tuple, as enumerate does, whenever the previous one was let go.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear } from "./errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue } from "../Objects/object.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { PyTupleObject, PyTuple_FromArray, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyBool_Type, Py_True } from "../Objects/boolobject.ts";
import type { PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyObject_GetIter } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_Vectorcall } from "../Objects/call.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "./getargs.ts";
import { PyObject_SelfIter } from "../Objects/iterobject.ts";
const setstate_doc = "Set state information for unpickling.";

const reduce_doc = "Return state information for pickling.";

/** A new instance's type reference: heap types are counted (subtype_dealloc drops it). */
function alloc_type(type: PyTypeObject): void {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
}

// -- filter -----------------------------------------------------------------------------------------

/** @cpython filterobject */
export class filterobject extends PyObject {
  func: PyObject;
  it: PyObject;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type);
    this.func = func;
    this.it = it;
  }
}

/** @cpython filter_vectorcall / filter_new: filter(function or None, iterable) */
function filter_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if ((type === PyFilter_Type || type.tp_init === PyFilter_Type.tp_init) && !_PyArg_NoKwnames("filter", kwnames)) return null;
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional("filter", nargs, 2, 2)) return null;
  const it = PyObject_GetIter(args[1]);
  if (it === null) return null;
  alloc_type(type);
  Py_INCREF(args[0]);
  return new filterobject(type, args[0], it);
}

/** @cpython filter_dealloc */
function filter_dealloc(o: PyObject): void {
  const lz = o as filterobject;
  Py_XDECREF(lz.func);
  Py_XDECREF(lz.it);
}

/** @cpython filter_next */
function filter_next(o: PyObject): PyObject | null {
  const lz = o as filterobject;
  const it = lz.it;
  const iternext = it.ob_type.tp_iternext!;
  const checktrue = lz.func === Py_None || lz.func === PyBool_Type;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    let ok: number;
    if (checktrue) {
      ok = PyObject_IsTrue(item);
    } else {
      const good = PyObject_CallOneArg(lz.func, item);
      if (good === null) {
        Py_DECREF(item);
        return null;
      }
      ok = PyObject_IsTrue(good);
      Py_DECREF(good);
    }
    if (ok > 0) return item;
    Py_DECREF(item);
    if (ok < 0) return null;
  }
}

/** @cpython filter_reduce: (filter, (function, iterator)) */
function filter_reduce(o: PyObject): PyObject {
  const lz = o as filterobject;
  Py_INCREF(lz.ob_type);
  return _PyTuple_FromArraySteal([lz.ob_type, PyTuple_FromArray([lz.func, lz.it])]);
}

/** @cpython PyFilter_Type */
export const PyFilter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "filter", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: filter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: filter_next, tp_new: filter_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: filter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "filter(function or None, iterable) --> filter object\n\nAn iterator over the items of iterable for which function(item) is true,\nor, when function is None, the items that are true themselves.",
});

// -- map ----------------------------------------------------------------------------------------------

/** @cpython mapobject */
export class mapobject extends PyObject {
  iters: PyTupleObject;
  func: PyObject;
  constructor(type: PyTypeObject, iters: PyTupleObject, func: PyObject) {
    super(type);
    this.iters = iters;
    this.func = func;
  }
}

/** @cpython map_vectorcall / map_new: map(func, *iterables) */
function map_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if ((type === PyMap_Type || type.tp_init === PyMap_Type.tp_init) && !_PyArg_NoKwnames("map", kwnames)) return null;
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (nargs < 2) return PyErr_SetString(PyExc_TypeError, "map() must have at least two arguments.");
  const iters: PyObject[] = [];
  for (let i = 1; i < nargs; i++) {
    const it = PyObject_GetIter(args[i]);
    if (it === null) {
      for (const x of iters) Py_DECREF(x);
      return null;
    }
    iters.push(it);
  }
  alloc_type(type);
  Py_INCREF(args[0]);
  return new mapobject(type, _PyTuple_FromArraySteal(iters), args[0]);
}

/** @cpython map_dealloc */
function map_dealloc(o: PyObject): void {
  const lz = o as mapobject;
  Py_XDECREF(lz.iters);
  Py_XDECREF(lz.func);
}

/** @cpython map_next: one item from each iterator, then func(*items). */
function map_next(o: PyObject): PyObject | null {
  const lz = o as mapobject;
  const iters = lz.iters.ob_item;
  const niters = iters.length;
  const stack: PyObject[] = new Array(niters);
  let nargs = 0;
  let result: PyObject | null = null;
  for (let i = 0; i < niters; i++) {
    const it = iters[i];
    const val = it.ob_type.tp_iternext!(it);
    if (val === null) break;
    stack[i] = val;
    nargs++;
  }
  if (nargs === niters) result = PyObject_Vectorcall(lz.func, stack, null);
  for (let i = 0; i < nargs; i++) Py_DECREF(stack[i]);
  return result;
}

/** @cpython map_reduce: (map, (func, *iterators)) */
function map_reduce(o: PyObject): PyObject {
  const lz = o as mapobject;
  Py_INCREF(lz.ob_type);
  return _PyTuple_FromArraySteal([lz.ob_type, PyTuple_FromArray([lz.func, ...lz.iters.ob_item])]);
}

/** @cpython PyMap_Type */
export const PyMap_Type: PyTypeObject = new PyTypeObject({
  tp_name: "map", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: map_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: map_next, tp_new: map_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: map_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "map(func, *iterables) --> map object\n\nAn iterator of func applied to one item of each iterable at a time; it\nends when the shortest iterable does.",
});

// -- zip ----------------------------------------------------------------------------------------------

/** @cpython zipobject */
export class zipobject extends PyObject {
  tuplesize: number;
  ittuple: PyTupleObject;
  result: PyTupleObject;
  strict: boolean;
  constructor(type: PyTypeObject, ittuple: PyTupleObject, result: PyTupleObject, strict: boolean) {
    super(type);
    this.tuplesize = ittuple.ob_item.length;
    this.ittuple = ittuple;
    this.result = result;
    this.strict = strict;
  }
}

/** @cpython zip_new: zip(*iterables, strict=False) */
function zip_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  let strict = false;
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const tuplesize = args.length - nkw;
  if (nkw > 0) {
    // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", ["strict"])
    if (nkw > 1) return PyErr_SetString(PyExc_TypeError, `zip() takes at most 1 keyword argument (${nkw} given)`);
    const name = (kwnames!.ob_item[0] as PyUnicodeObject).str;
    if (name !== "strict") return PyErr_SetString(PyExc_TypeError, `'${name}' is an invalid keyword argument for zip()`);
    const t = PyObject_IsTrue(args[tuplesize]);
    if (t < 0) return null;
    strict = t !== 0;
  }
  const iters: PyObject[] = [];
  for (let i = 0; i < tuplesize; ++i) {
    const it = PyObject_GetIter(args[i]);
    if (it === null) {
      for (const x of iters) Py_DECREF(x);
      return null;
    }
    iters.push(it);
  }
  const result: PyObject[] = new Array(tuplesize);
  for (let i = 0; i < tuplesize; i++) {
    Py_INCREF(Py_None);
    result[i] = Py_None;
  }
  alloc_type(type);
  return new zipobject(type, _PyTuple_FromArraySteal(iters), _PyTuple_FromArraySteal(result), strict);
}

/** @cpython zip_dealloc */
function zip_dealloc(o: PyObject): void {
  const lz = o as zipobject;
  Py_XDECREF(lz.ittuple);
  Py_XDECREF(lz.result);
}

/**
 * @cpython zip_next: one item from each iterator. The result tuple is refilled in place when
 * nobody else holds it. With strict, an early end is checked against the other iterators.
 */
function zip_next(o: PyObject): PyObject | null {
  const lz = o as zipobject;
  const tuplesize = lz.tuplesize;
  const iters = lz.ittuple.ob_item;
  if (tuplesize === 0) return null;
  let result = lz.result;
  let i = 0;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    for (; i < tuplesize; i++) {
      const it = iters[i];
      const item = it.ob_type.tp_iternext!(it);
      if (item === null) {
        Py_DECREF(result);
        if (lz.strict) return zip_check(lz, i);
        return null;
      }
      const olditem = result.ob_item[i];
      result.ob_item[i] = item;
      Py_DECREF(olditem);
    }
    return result;
  }
  const items: PyObject[] = new Array(tuplesize);
  for (; i < tuplesize; i++) {
    const it = iters[i];
    const item = it.ob_type.tp_iternext!(it);
    if (item === null) {
      for (let j = 0; j < i; j++) Py_DECREF(items[j]);
      if (lz.strict) return zip_check(lz, i);
      return null;
    }
    items[i] = item;
  }
  result = _PyTuple_FromArraySteal(items);
  return result;
}

/** zip_next's strict check: iterator i ended; did the others end with it? */
function zip_check(lz: zipobject, i: number): null {
  if (PyErr_Occurred()) {
    // The iterator raised something other than StopIteration: let it through.
    if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
    PyErr_Clear();
  }
  if (i) {
    // "zip() argument 2 is shorter than argument 1", "... argument 3 is shorter than arguments 1-2"
    const plural = i === 1 ? " " : "s 1-";
    return PyErr_SetString(PyExc_ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  const iters = lz.ittuple.ob_item;
  for (i = 1; i < lz.tuplesize; i++) {
    const it = iters[i];
    const item = it.ob_type.tp_iternext!(it);
    if (item !== null) {
      Py_DECREF(item);
      const plural = i === 1 ? " " : "s 1-";
      return PyErr_SetString(PyExc_ValueError, `zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
    if (PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
      PyErr_Clear();
    }
  }
  // Every iterator is exhausted: a clean end.
  return null;
}

/** @cpython zip_reduce: (zip, iterators) or (zip, iterators, True) */
function zip_reduce(o: PyObject): PyObject {
  const lz = o as zipobject;
  if (lz.strict) return PyTuple_FromArray([lz.ob_type, lz.ittuple, Py_True]);
  return PyTuple_FromArray([lz.ob_type, lz.ittuple]);
}

/** @cpython zip_setstate: the state is the strict flag. */
function zip_setstate(o: PyObject, state: PyObject): PyObject | null {
  const strict = PyObject_IsTrue(state);
  if (strict < 0) return null;
  (o as zipobject).strict = strict !== 0;
  return Py_NewNone();
}

/** @cpython PyZip_Type */
export const PyZip_Type: PyTypeObject = new PyTypeObject({
  tp_name: "zip", tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: zip_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: zip_next, tp_new: zip_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: zip_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: zip_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "zip(*iterables, strict=False) --> zip object\n\nTuples made of the next item of each iterable, until the shortest runs out:\n\n   >>> list(zip('abc', [1, 2]))\n   [('a', 1), ('b', 2)]\n\nWith strict=True, iterables of unequal lengths raise ValueError.",
});

/** Readies filter, map and zip (pylifecycle calls this once). */
export function _PyBltinIterators_InitTypes(): void {
  PyType_Ready(PyFilter_Type);
  PyType_Ready(PyMap_Type);
  PyType_Ready(PyZip_Type);
}
