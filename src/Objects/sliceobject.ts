/**
 * @mirrors Objects/sliceobject.c
 * The slice object that `a[i:j:k]` builds (BUILD_SLICE) and the `...` singleton.
 *
 * A slice only records the three objects it was given. Turning them into positions is a
 * two-step job shared by every sequence type:
 *
 *   PySlice_Unpack(s)              None -> a default, anything else -> __index__, clamped to
 *                                  the ssize_t range; a zero step is refused
 *   PySlice_AdjustIndices(len, r)  negative positions count from the end, then both ends
 *                                  are clipped into the sequence; answers the item count
 *
 *   >>> slice(None, None, -1).indices(5)    # what reversed slicing walks over
 *   (4, -1, -1)
 *
 * slice.indices() and range slicing need the same arithmetic without the ssize_t limit,
 * which _PySlice_GetLongIndices does on arbitrary ints. Since 3.12 slices are hashable; in
 * 3.11 they are not.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_HAVE_GC, Py_EQ, Py_LE, Py_GE,
  METH_NOARGS, METH_O, type PyMemberDef,
} from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import {
  Py_None, Py_NotImplemented, PyObject_HashNotImplemented, PyObject_RichCompare, reprString,
} from "./object.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import {
  PyLong_FromNumber, PyLong_FromBigInt, PyIndex_Check, PyNumber_Index, _PyEval_SliceIndex, type PyLongObject,
} from "./longobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import type { PyTupleObject } from "./tupleobject.ts";

/** The largest Py_ssize_t (2**63 - 1; as a double it rounds to 2**63, which is harmless here). */
export const PY_SSIZE_T_MAX = 9223372036854775807;
/** The smallest Py_ssize_t. */
export const PY_SSIZE_T_MIN = -9223372036854775808;

// -- Ellipsis ---------------------------------------------------------------------------------

function ellipsis_new(_type: PyTypeObject, args: PyObject[], _kwnames: PyTupleObject | null): PyObject | null {
  if (args.length > 0) return PyErr_SetString(PyExc_TypeError, "EllipsisType takes no arguments");
  Py_INCREF(Py_Ellipsis);
  return Py_Ellipsis;
}

function ellipsis_repr(_op: PyObject): PyObject {
  return PyUnicode_FromString("Ellipsis");
}

/** @cpython ellipsis_reduce: pickled by name. */
function ellipsis_reduce(_op: PyObject): PyObject {
  return PyUnicode_FromString("Ellipsis");
}

/** @cpython PyEllipsis_Type */
export const PyEllipsis_Type = new PyTypeObject({
  tp_name: "ellipsis", tp_basicsize: 16, tp_repr: ellipsis_repr, tp_new: ellipsis_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: ellipsis_reduce, ml_flags: METH_NOARGS }],
});

/** @cpython _Py_EllipsisObject: the one `...` there is. */
export const Py_Ellipsis = new PyObject(PyEllipsis_Type);
Py_Ellipsis.ob_refcnt = 1 << 20;

// -- the slice object ---------------------------------------------------------------------------

/** @cpython PySliceObject */
export class PySliceObject extends PyObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  constructor(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** @cpython PySlice_Check */
export const PySlice_Check = (o: PyObject): o is PySliceObject => o.ob_type === PySlice_Type;

/**
 * @cpython PySlice_New: a slice of the three objects; a null part stands for None.
 * @returns new (the parts are INCREF'd, not stolen)
 */
export function PySlice_New(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySliceObject {
  if (step === null) step = Py_None;
  if (start === null) start = Py_None;
  if (stop === null) stop = Py_None;
  Py_INCREF(step);
  Py_INCREF(start);
  Py_INCREF(stop);
  return new PySliceObject(PySlice_Type, start, stop, step);
}

/** @cpython _PySlice_FromIndices: slice(istart, istop). @returns new */
export function _PySlice_FromIndices(istart: number, istop: number): PySliceObject {
  const start = PyLong_FromNumber(istart);
  const end = PyLong_FromNumber(istop);
  const slice = PySlice_New(start, end, null);
  Py_DECREF(start);
  Py_DECREF(end);
  return slice;
}

/**
 * The position an index object stands for, clamped into the ssize_t range, or null with
 * TypeError (slice parts that are neither None nor __index__-able).
 */
function slice_index(v: PyObject): number | null {
  if (!PyIndex_Check(v)) {
    return PyErr_SetString(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return _PyEval_SliceIndex(v);
}

/**
 * @cpython _PyEval_SliceIndexNotNone: an index argument such as list.index's start, where
 * None is not accepted. Null with an error set.
 * DIVERGENCE: CPython keeps this in Python/ceval.c next to _PyEval_SliceIndex.
 */
export function _PyEval_SliceIndexNotNone(v: PyObject): number | null {
  if (!PyIndex_Check(v)) {
    return PyErr_SetString(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  return _PyEval_SliceIndex(v);
}

/**
 * @cpython PySlice_Unpack: [start, stop, step] as ssize_t values, defaults filled in (a
 * missing start/stop becomes the far end for the step's direction), or null with an error.
 * The triple is meant to be passed on to PySlice_AdjustIndices, which rewrites it.
 */
export function PySlice_Unpack(r: PySliceObject): [number, number, number] | null {
  let step = 1, start: number, stop: number;
  if (r.step !== Py_None) {
    const s = slice_index(r.step);
    if (s === null) return null;
    if (s === 0) return PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
    // Keep -step representable (a step of PY_SSIZE_T_MIN behaves as -PY_SSIZE_T_MAX).
    step = s < -PY_SSIZE_T_MAX ? -PY_SSIZE_T_MAX : s;
  }
  if (r.start === Py_None) {
    start = step < 0 ? PY_SSIZE_T_MAX : 0;
  } else {
    const s = slice_index(r.start);
    if (s === null) return null;
    start = s;
  }
  if (r.stop === Py_None) {
    stop = step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
  } else {
    const s = slice_index(r.stop);
    if (s === null) return null;
    stop = s;
  }
  return [start, stop, step];
}

/**
 * @cpython PySlice_AdjustIndices: fit r = [start, stop, step] to a sequence of `length`
 * items. r[0] and r[1] are rewritten in place; the number of items the slice selects is
 * returned.
 */
export function PySlice_AdjustIndices(length: number, r: number[]): number {
  let start = r[0], stop = r[1];
  const step = r[2];
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  r[0] = start;
  r[1] = stop;
  if (step < 0) {
    if (stop < start) return Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    return Math.floor((stop - start - 1) / step) + 1;
  }
  return 0;
}

/**
 * @cpython PySlice_GetIndicesEx: Unpack and AdjustIndices in one go:
 * [start, stop, step, slicelength], or null with an error.
 */
export function PySlice_GetIndicesEx(r: PySliceObject, length: number): [number, number, number, number] | null {
  const t = PySlice_Unpack(r);
  if (t === null) return null;
  const n = PySlice_AdjustIndices(length, t);
  return [t[0], t[1], t[2], n];
}

/** @cpython slice_new: slice(stop) or slice(start, stop[, step]). */
function slice_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("slice", kwnames)) return null;
  if (!_PyArg_CheckPositional("slice", args.length, 1, 3)) return null;
  // One argument is the stop, as for range().
  if (args.length === 1) return PySlice_New(null, args[0], null);
  return PySlice_New(args[0], args[1], args.length > 2 ? args[2] : null);
}

/** @cpython slice_dealloc */
function slice_dealloc(o: PyObject): void {
  const r = o as PySliceObject;
  Py_DECREF(r.step);
  Py_DECREF(r.start);
  Py_DECREF(r.stop);
}

/** @cpython slice_repr: `slice(start, stop, step)` with the parts' reprs. */
function slice_repr(o: PyObject): PyObject | null {
  const r = o as PySliceObject;
  const a = reprString(r.start);
  if (a === null) return null;
  const b = reprString(r.stop);
  if (b === null) return null;
  const c = reprString(r.step);
  if (c === null) return null;
  return PyUnicode_FromString(`slice(${a}, ${b}, ${c})`);
}

// -- slice.indices() on arbitrary ints ------------------------------------------------------------

type IntValue = number | bigint;

const intValue = (o: PyObject): IntValue => (o as PyLongObject).ob_ival;
const big = (v: IntValue): bigint => (typeof v === "bigint" ? v : BigInt(v));

/** A Python int from a JS bigint, using the number form when it is safe. @returns new */
export function _PyLong_FromBigIntValue(v: bigint): PyObject {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return PyLong_FromNumber(Number(v));
  return PyLong_FromBigInt(v);
}

/** @cpython evaluate_slice_index: __index__ of a slice part, as a bigint; null with an error. */
function evaluate_slice_index(v: PyObject): bigint | null {
  if (!PyIndex_Check(v)) {
    return PyErr_SetString(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  const i = PyNumber_Index(v);
  if (i === null) return null;
  const r = big(intValue(i));
  Py_DECREF(i);
  return r;
}

/**
 * @cpython _PySlice_GetLongIndices: [start, stop, step] of the slice for a sequence of
 * `length` (>= 0) items, with no size limit. Null with an error set.
 */
export function _PySlice_GetLongIndices(self: PySliceObject, length: bigint): [bigint, bigint, bigint] | null {
  let step: bigint;
  if (self.step === Py_None) {
    step = 1n;
  } else {
    const s = evaluate_slice_index(self.step);
    if (s === null) return null;
    if (s === 0n) return PyErr_SetString(PyExc_ValueError, "slice step cannot be zero");
    step = s;
  }
  const negative = step < 0n;
  const lower = negative ? -1n : 0n;
  const upper = negative ? length - 1n : length;

  let start: bigint;
  if (self.start === Py_None) {
    start = negative ? upper : lower;
  } else {
    const s = evaluate_slice_index(self.start);
    if (s === null) return null;
    start = s;
    if (start < 0n) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) {
      start = upper;
    }
  }
  let stop: bigint;
  if (self.stop === Py_None) {
    stop = negative ? lower : upper;
  } else {
    const s = evaluate_slice_index(self.stop);
    if (s === null) return null;
    stop = s;
    if (stop < 0n) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) {
      stop = upper;
    }
  }
  return [start, stop, step];
}

/** @cpython slice_indices: S.indices(len) -> (start, stop, stride) */
function slice_indices(self: PyObject, len: PyObject): PyObject | null {
  const length = PyNumber_Index(len);
  if (length === null) return null;
  const n = big(intValue(length));
  Py_DECREF(length);
  if (n < 0n) return PyErr_SetString(PyExc_ValueError, "length should not be negative");
  const r = _PySlice_GetLongIndices(self as PySliceObject, n);
  if (r === null) return null;
  return _PyTuple_FromArraySteal([_PyLong_FromBigIntValue(r[0]), _PyLong_FromBigIntValue(r[1]), _PyLong_FromBigIntValue(r[2])]);
}

/** @cpython slice_reduce: (slice, (start, stop, step)) */
function slice_reduce(o: PyObject): PyObject {
  const self = o as PySliceObject;
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, PyTuple_FromArray([self.start, self.stop, self.step])]);
}

/**
 * @cpython slice_richcompare: slices compare as the tuples (start, stop, step); a slice is
 * equal to itself even when its parts are not (say, NaN).
 */
function slice_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (!PySlice_Check(v) || !PySlice_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (v === w) return PyBool_FromLong(op === Py_EQ || op === Py_LE || op === Py_GE ? 1 : 0);
  const t1 = PyTuple_FromArray([v.start, v.stop, v.step]);
  const t2 = PyTuple_FromArray([w.start, w.stop, w.step]);
  const res = PyObject_RichCompare(t1, t2, op);
  Py_DECREF(t1);
  Py_DECREF(t2);
  return res;
}

function member(get: (s: PySliceObject) => PyObject): PyMemberDef["get"] {
  return (o: PyObject) => {
    const v = get(o as PySliceObject);
    Py_INCREF(v);
    return v;
  };
}

/** @cpython PySlice_Type */
export const PySlice_Type: PyTypeObject = new PyTypeObject({
  tp_name: "slice", tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: slice_dealloc, tp_repr: slice_repr, tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: slice_richcompare, tp_new: slice_new,
  tp_members: [
    { name: "start", get: member((s) => s.start) },
    { name: "stop", get: member((s) => s.stop) },
    { name: "step", get: member((s) => s.step) },
  ],
  tp_methods: [
    {
      ml_name: "indices", ml_meth: slice_indices, ml_flags: METH_O,
      ml_doc: "S.indices(len) -> (start, stop, stride)\n\nThe start, stop and stride that S selects from a sequence of len items,\nwith out-of-range positions clipped as ordinary slicing clips them.",
    },
    { ml_name: "__reduce__", ml_meth: slice_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
  ],
  tp_doc: "slice(stop)\nslice(start, stop[, step])\n\nA slice object, as `a[start:stop:step]` builds for extended indexing\n(for instance a[0:10:2]).",
});

/** Readies slice and ellipsis (pylifecycle calls this once). */
export function _PySlice_InitTypes(): void {
  PyType_Ready(PySlice_Type);
  PyType_Ready(PyEllipsis_Type);
}

