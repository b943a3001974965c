/**
 * @mirrors Modules/_bisectmodule.c
 * The accelerator behind Lib/bisect.py: binary search over a sorted sequence. Each probe
 * reads a[mid] through the sequence protocol (so any object with __getitem__ and __len__
 * works), optionally maps it through key, and compares with a single `<`:
 *
 *   bisect_right: x < a[mid] ? go left : go right     (equal items stay on the left)
 *   bisect_left:  a[mid] < x ? go right : go left     (equal items stay on the right)
 *
 *   >>> bisect_left([1, 2, 2, 3], 2), bisect_right([1, 2, 2, 3], 2)
 *   (1, 3)
 *
 * insort_* inserts at the found index: straight into an exact list, through a.insert()
 * for anything else. With a key, x itself is not in the sequence's domain: the search uses
 * key(x) but the item inserted is x.
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_KEYWORDS, Py_LT, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_RichCompareBool } from "../Objects/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyList_CheckExact, PyList_Insert } from "../Objects/listobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t, PyIndex_Check, PyNumber_AsSsize_t, _PyNumber_Index } from "../Objects/longobject.ts";
import { PySequence_Size, PySequence_GetItem } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_CallMethod } from "../Objects/call.ts";
import { _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

/** @cpython internal_bisect_right: the first index whose item is > item (-1 on error). */
function internal_bisect_right(list: PyObject, item: PyObject, lo: number, hi: number, key: PyObject): number {
  if (lo < 0) {
    PyErr_SetString(PyExc_ValueError, "lo must be non-negative");
    return -1;
  }
  if (hi === -1) {
    hi = PySequence_Size(list);
    if (hi < 0) return -1;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = PySequence_GetItem(list, mid);
    if (litem === null) return -1;
    if (key !== Py_None) {
      const k = PyObject_CallOneArg(key, litem);
      Py_DECREF(litem);
      if (k === null) return -1;
      litem = k;
    }
    const res = PyObject_RichCompareBool(item, litem, Py_LT);
    Py_DECREF(litem);
    if (res < 0) return -1;
    if (res) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** @cpython internal_bisect_left: the first index whose item is >= item (-1 on error). */
function internal_bisect_left(list: PyObject, item: PyObject, lo: number, hi: number, key: PyObject): number {
  if (lo < 0) {
    PyErr_SetString(PyExc_ValueError, "lo must be non-negative");
    return -1;
  }
  if (hi === -1) {
    hi = PySequence_Size(list);
    if (hi < 0) return -1;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = PySequence_GetItem(list, mid);
    if (litem === null) return -1;
    if (key !== Py_None) {
      const k = PyObject_CallOneArg(key, litem);
      Py_DECREF(litem);
      if (k === null) return -1;
      litem = k;
    }
    const res = PyObject_RichCompareBool(litem, item, Py_LT);
    Py_DECREF(litem);
    if (res < 0) return -1;
    if (res) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The parsed arguments (a, x, lo, hi, key) shared by the four functions. */
interface BisectArgs {
  a: PyObject;
  x: PyObject;
  lo: number;
  hi: number;
  key: PyObject;
}

const bisect_kwlist = ["a", "x", "lo", "hi", "key"];

/**
 * The clinic parsing of `(a, x, lo=0, hi=None, *, key=None)`: lo is a Py_ssize_t (any
 * __index__ object), hi an optional Py_ssize_t where None means len(a).
 */
function bisect_parse(fname: string, args: PyObject[], kwnames: PyTupleObject | null): BisectArgs | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, fname, 0, bisect_kwlist, 2, 4, 0);
  if (a === null) return null;
  let lo = 0, hi = -1;
  if (a[2] !== null) {
    const iobj = _PyNumber_Index(a[2]);
    if (iobj === null) return null;
    lo = PyLong_AsSsize_t(iobj);
    Py_DECREF(iobj);
    if (lo === -1 && PyErr_Occurred()) return null;
  }
  if (a[3] !== null && a[3] !== Py_None) {
    if (!PyIndex_Check(a[3])) {
      PyErr_SetString(PyExc_TypeError, `argument should be integer or None, not '${a[3].ob_type.tp_name}'`);
      return null;
    }
    hi = PyNumber_AsSsize_t(a[3], PyExc_OverflowError);
    if (hi === -1 && PyErr_Occurred()) return null;
  }
  return { a: a[0]!, x: a[1]!, lo, hi, key: a[4] ?? Py_None };
}

/** @cpython _bisect_bisect_right_impl */
function _bisect_bisect_right(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const p = bisect_parse("bisect_right", args, kwnames);
  if (p === null) return null;
  const r = internal_bisect_right(p.a, p.x, p.lo, p.hi, p.key);
  if (r === -1 && PyErr_Occurred()) return null;
  return PyLong_FromNumber(r);
}

/** @cpython _bisect_bisect_left_impl */
function _bisect_bisect_left(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const p = bisect_parse("bisect_left", args, kwnames);
  if (p === null) return null;
  const r = internal_bisect_left(p.a, p.x, p.lo, p.hi, p.key);
  if (r === -1 && PyErr_Occurred()) return null;
  return PyLong_FromNumber(r);
}

/** a.insert(index, x): directly for an exact list, by method call otherwise. */
function insort_at(a: PyObject, index: number, x: PyObject): PyObject | null {
  if (PyList_CheckExact(a)) {
    if (PyList_Insert(a, index, x) < 0) return null;
  } else {
    const i = PyLong_FromNumber(index);
    const result = PyObject_CallMethod(a, "insert", [i, x]);
    Py_DECREF(i);
    if (result === null) return null;
    Py_DECREF(result);
  }
  return Py_NewNone();
}

/** @cpython _bisect_insort_right_impl */
function _bisect_insort_right(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const p = bisect_parse("insort_right", args, kwnames);
  if (p === null) return null;
  let index: number;
  if (p.key === Py_None) {
    index = internal_bisect_right(p.a, p.x, p.lo, p.hi, p.key);
  } else {
    const key_x = PyObject_CallOneArg(p.key, p.x);
    if (key_x === null) return null;
    index = internal_bisect_right(p.a, key_x, p.lo, p.hi, p.key);
    Py_DECREF(key_x);
  }
  if (index < 0) return null;
  return insort_at(p.a, index, p.x);
}

/** @cpython _bisect_insort_left_impl */
function _bisect_insort_left(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const p = bisect_parse("insort_left", args, kwnames);
  if (p === null) return null;
  let index: number;
  if (p.key === Py_None) {
    index = internal_bisect_left(p.a, p.x, p.lo, p.hi, p.key);
  } else {
    const key_x = PyObject_CallOneArg(p.key, p.x);
    if (key_x === null) return null;
    index = internal_bisect_left(p.a, key_x, p.lo, p.hi, p.key);
    Py_DECREF(key_x);
  }
  if (index < 0) return null;
  return insort_at(p.a, index, p.x);
}

const sig = (name: string, doc: string): string => `${name}($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n${doc}`;
const bounds_doc = "\n\nlo and hi (by default 0 and len(a)) limit the search to a[lo:hi].";

const bisect_methods: PyMethodDef[] = [
  { ml_name: "bisect_right", ml_meth: _bisect_bisect_right, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("bisect_right", "The index at which to insert x into the sorted sequence a so that it\nlands after every item equal to it: a[:i] holds the items <= x, a[i:] those > x." + bounds_doc) },
  { ml_name: "insort_right", ml_meth: _bisect_insort_right, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("insort_right", "Insert x into the sorted sequence a, after any items equal to it." + bounds_doc) },
  { ml_name: "bisect_left", ml_meth: _bisect_bisect_left, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("bisect_left", "The index at which to insert x into the sorted sequence a so that it\nlands before every item equal to it: a[:i] holds the items < x, a[i:] those >= x." + bounds_doc) },
  { ml_name: "insort_left", ml_meth: _bisect_insort_left, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("insort_left", "Insert x into the sorted sequence a, before any items equal to it." + bounds_doc) },
];

/** @cpython PyInit__bisect */
export function PyInit__bisect(): PyObject | null {
  return PyModule_Create("_bisect",
    "Binary search in sorted sequences, and insertion that keeps them sorted (the fast\npart of the bisect module).",
    bisect_methods);
}
