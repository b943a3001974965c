/**
 * @mirrors Objects/rangeobject.c
 * range: an immutable arithmetic progression that stores only start, stop, step and its
 * length, all Python ints of any size, so
 *
 *   >>> r = range(0, 10**30, 7); r[-1], 10**29 + 3 in r, r[::-3]
 *   (999999999999999999999999999999, False, range(999999999999999999999999999999, -7, -21))
 *
 * answers at once: indexing is start + i*step, membership of an int is a bounds check plus
 * a divisibility test, and slicing yields another range.
 *
 * Iteration has two iterator types, as in CPython: range_iterator when everything fits a C
 * long (the usual case, counting in machine integers) and longrange_iterator otherwise.
 * Here range_iterator counts in JS numbers when the values are small enough for exact
 * arithmetic (|start|, |stop|, |step| <= 2**51) and in bigints for the rest of the C-long
 * range, so that type(iter(r)) is what CPython shows.
 *
 * Equality is by the sequence of values: range(0) == range(2, 2), range(0, 3, 2) ==
 * range(0, 4, 2); the hash agrees (it hashes (len, start, step) with the parts that do not
 * matter replaced by None).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_SEQUENCE, Py_EQ, Py_NE, METH_NOARGS, METH_O,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred, PyErr_BadArgument } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError } from "./exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_Hash, PyObject_RichCompareBool, reprString,
} from "./object.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal, type PyTupleObject } from "./tupleobject.ts";
import {
  PyLong_FromNumber, PyLong_FromBigInt, PyLong_Type, PyIndex_Check, PyNumber_Index, PyLong_AsSsize_t, type PyLongObject,
} from "./longobject.ts";
import { PyBool_FromLong, PyBool_Type } from "./boolobject.ts";
import { PySlice_Check, _PySlice_GetLongIndices, type PySliceObject } from "./sliceobject.ts";
import { _PyArg_NoKwnames } from "../Python/getargs.ts";
import { PyObject_SelfIter, _PyIter_ReduceHelper } from "./iterobject.ts";
const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const setstate_doc = "Set state information for unpickling.";
const reduce_doc = "Return state information for pickling.";

type IntValue = number | bigint;

// -- int arithmetic on ob_ival values (number when safe, bigint otherwise) ---------------------------

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);
/** Values up to this size keep every range computation exact in JS numbers. */
const SMALL = 2 ** 51;
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

const ival = (o: PyObject): IntValue => (o as PyLongObject).ob_ival;
const big = (v: IntValue): bigint => (typeof v === "bigint" ? v : BigInt(v));
function norm(b: bigint): IntValue {
  return b >= -BIG_MAX_SAFE && b <= BIG_MAX_SAFE ? Number(b) : b;
}
function fromValue(v: IntValue): PyObject {
  if (typeof v === "number") return PyLong_FromNumber(v);
  return b_fits_safe(v) ? PyLong_FromNumber(Number(v)) : PyLong_FromBigInt(v);
}
const b_fits_safe = (b: bigint): boolean => b >= -BIG_MAX_SAFE && b <= BIG_MAX_SAFE;
const isSmall = (v: IntValue): boolean => typeof v === "number" && v <= SMALL && v >= -SMALL;

/** Python's floor division of bigints. */
function floordiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** An exact int with the value of `o` (an int or int subclass). @returns new */
function exact_int(o: PyObject): PyObject {
  if (o.ob_type === PyLong_Type) {
    Py_INCREF(o);
    return o;
  }
  return fromValue(ival(o));
}

// -- the range object --------------------------------------------------------------------------------

/** @cpython rangeobject */
export class rangeobject extends PyObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  length: PyObject;
  constructor(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject, length: PyObject) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = length;
  }
}

/** @cpython PyRange_Check */
export const PyRange_Check = (o: PyObject): o is rangeobject => o.ob_type === PyRange_Type;

/**
 * @cpython compute_range_length: how many values lo, lo+step, ... lie before hi (for a
 * negative step, mirrored): (hi - lo - 1) // step + 1, or 0.
 */
function compute_range_length(start: IntValue, stop: IntValue, step: IntValue): IntValue {
  if (isSmall(start) && isSmall(stop) && isSmall(step)) {
    const s = start as number, e = stop as number, st = step as number;
    let lo: number, hi: number, k: number;
    if (st > 0) {
      lo = s; hi = e; k = st;
    } else {
      lo = e; hi = s; k = -st;
    }
    if (lo >= hi) return 0;
    return Math.floor((hi - lo - 1) / k) + 1;
  }
  let lo: bigint, hi: bigint, k: bigint;
  if (big(step) > 0n) {
    lo = big(start); hi = big(stop); k = big(step);
  } else {
    lo = big(stop); hi = big(start); k = -big(step);
  }
  if (lo >= hi) return 0;
  return norm((hi - lo - 1n) / k + 1n);
}

/** @cpython make_range_object: start, stop and step (exact ints) are stolen. */
function make_range_object(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject): rangeobject {
  const length = fromValue(compute_range_length(ival(start), ival(stop), ival(step)));
  return new rangeobject(type, start, stop, step, length);
}

/** __index__ as an exact int. @returns new, or null with an error */
function index_exact(o: PyObject): PyObject | null {
  const i = PyNumber_Index(o);
  if (i === null) return null;
  const r = exact_int(i);
  Py_DECREF(i);
  return r;
}

/** @cpython range_from_array: range(stop) / range(start, stop[, step]) */
function range_from_array(type: PyTypeObject, args: PyObject[], num_args: number): PyObject | null {
  let start: PyObject, stop: PyObject, step: PyObject;
  switch (num_args) {
    case 3:
    case 2: {
      const s = index_exact(args[0]);
      if (s === null) return null;
      const e = index_exact(args[1]);
      if (e === null) {
        Py_DECREF(s);
        return null;
      }
      let st: PyObject | null;
      if (num_args === 3) {
        // validate_step
        st = index_exact(args[2]);
        if (st !== null && ival(st) == 0) {
          Py_DECREF(st);
          st = null;
          PyErr_SetString(PyExc_ValueError, "range() arg 3 must not be zero");
        }
      } else {
        st = PyLong_FromNumber(1);
      }
      if (st === null) {
        Py_DECREF(s);
        Py_DECREF(e);
        return null;
      }
      start = s;
      stop = e;
      step = st;
      break;
    }
    case 1: {
      const e = index_exact(args[0]);
      if (e === null) return null;
      stop = e;
      start = PyLong_FromNumber(0);
      step = PyLong_FromNumber(1);
      break;
    }
    case 0:
      return PyErr_SetString(PyExc_TypeError, "range expected at least 1 argument, got 0");
    default:
      return PyErr_SetString(PyExc_TypeError, `range expected at most 3 arguments, got ${num_args}`);
  }
  return make_range_object(type, start, stop, step);
}

/** @cpython range_vectorcall / range_new */
function range_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("range", kwnames)) return null;
  return range_from_array(type, args, args.length);
}

/** @cpython range_dealloc */
function range_dealloc(o: PyObject): void {
  const r = o as rangeobject;
  Py_DECREF(r.start);
  Py_DECREF(r.stop);
  Py_DECREF(r.step);
  Py_DECREF(r.length);
}

/** @cpython range_length: len(r), or OverflowError past the ssize_t range. */
function range_length(o: PyObject): number {
  const len = ival((o as rangeobject).length);
  if (typeof len === "number") return len;
  return PyLong_AsSsize_t((o as rangeobject).length);
}

/** @cpython compute_item: start + i*step */
function compute_item(r: rangeobject, i: IntValue): IntValue {
  const start = ival(r.start), step = ival(r.step);
  if (typeof i === "number" && isSmall(start) && isSmall(step) && i <= SMALL && i >= -SMALL) {
    const v = (start as number) + i * (step as number);
    if (Number.isSafeInteger(v)) return v;
  }
  return norm(big(start) + big(i) * big(step));
}

/** @cpython compute_range_item: r[arg] for an int arg (negative counts from the end). */
function compute_range_item(r: rangeobject, arg: IntValue): PyObject | null {
  const length = ival(r.length);
  let i: IntValue = arg;
  if (arg < 0) i = typeof arg === "number" && typeof length === "number" ? length + arg : norm(big(length) + big(arg));
  if (i < 0 || i >= length) return PyErr_SetString(PyExc_IndexError, "range object index out of range");
  return fromValue(compute_item(r, i));
}

/** @cpython range_item */
function range_item(o: PyObject, i: number): PyObject | null {
  return compute_range_item(o as rangeobject, i);
}

/** @cpython compute_slice: r[slice] is another range. */
function compute_slice(r: rangeobject, slice: PySliceObject): PyObject | null {
  const t = _PySlice_GetLongIndices(slice, big(ival(r.length)));
  if (t === null) return null;
  const rstart = big(ival(r.start)), rstep = big(ival(r.step));
  const substep = fromValue(norm(rstep * t[2]));
  const substart = fromValue(norm(rstart + t[0] * rstep));
  const substop = fromValue(norm(rstart + t[1] * rstep));
  return make_range_object(r.ob_type, substart, substop, substep);
}

/**
 * @cpython range_contains_long: membership of an int (or bool): within the bounds and on
 * the stride. 1, 0 (or -1, never in practice).
 */
function range_contains_long(r: rangeobject, ob: PyObject): number {
  const start = ival(r.start), stop = ival(r.stop), step = ival(r.step), v = ival(ob);
  if (step > 0) {
    if (!(start <= v && v < stop)) return 0;
  } else if (!(v <= start && stop < v)) {
    return 0;
  }
  if (isSmall(v) && isSmall(start) && isSmall(step)) return ((v as number) - (start as number)) % (step as number) === 0 ? 1 : 0;
  return (big(v) - big(start)) % big(step) === 0n ? 1 : 0;
}

const PY_ITERSEARCH_COUNT = 1;
const PY_ITERSEARCH_INDEX = 2;
const PY_ITERSEARCH_CONTAINS = 3;

/**
 * @cpython _PySequence_IterSearch, over a range: compare each value with `obj` by ==.
 * COUNT answers the number of matches, INDEX the first position (ValueError when none),
 * CONTAINS 1 or 0; -1 on error.
 */
function range_iter_search(r: rangeobject, obj: PyObject, operation: number): number {
  const it = range_iter(r);
  if (it === null) return -1;
  const next = it.ob_type.tp_iternext!;
  let n = 0;
  for (;;) {
    const item = next(it);
    if (item === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(it);
        return -1;
      }
      break;
    }
    const cmp = PyObject_RichCompareBool(item, obj, Py_EQ);
    Py_DECREF(item);
    if (cmp < 0) {
      Py_DECREF(it);
      return -1;
    }
    if (cmp > 0) {
      if (operation === PY_ITERSEARCH_COUNT) ++n;
      else {
        Py_DECREF(it);
        return operation === PY_ITERSEARCH_CONTAINS ? 1 : n;
      }
    } else if (operation === PY_ITERSEARCH_INDEX) {
      ++n;
    }
  }
  Py_DECREF(it);
  if (operation !== PY_ITERSEARCH_INDEX) return n;
  return PyErr_SetStringInt(PyExc_ValueError, "sequence.index(x): x not in sequence");
}

const isIntForRange = (o: PyObject): boolean => o.ob_type === PyLong_Type || o.ob_type === PyBool_Type;

/** @cpython range_contains */
function range_contains(o: PyObject, ob: PyObject): number {
  const r = o as rangeobject;
  if (isIntForRange(ob)) return range_contains_long(r, ob);
  return range_iter_search(r, ob, PY_ITERSEARCH_CONTAINS);
}

/**
 * @cpython range_equals: equal when they produce the same values: same length, and (unless
 * empty) same start, and (unless of length 1) same step.
 */
function range_equals(r0: rangeobject, r1: rangeobject): number {
  if (r0 === r1) return 1;
  const l0 = ival(r0.length);
  if (l0 != ival(r1.length)) return 0;
  if (l0 == 0) return 1;
  if (ival(r0.start) != ival(r1.start)) return 0;
  if (l0 == 1) return 1;
  return ival(r0.step) == ival(r1.step) ? 1 : 0;
}

/** @cpython range_richcompare: == and != only. */
function range_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (!PyRange_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  switch (op) {
    case Py_NE:
    case Py_EQ: {
      let result = range_equals(self as rangeobject, other);
      if (op === Py_NE) result = result ? 0 : 1;
      return PyBool_FromLong(result);
    }
    case 0: case 1: case 4: case 5:
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
    default:
      return PyErr_BadArgument();
  }
}

/** @cpython range_hash: hash((len, start, step)) with None for the parts equality ignores. */
function range_hash(o: PyObject): number {
  const r = o as rangeobject;
  const len = ival(r.length);
  let t: PyTupleObject;
  if (len == 0) t = PyTuple_FromArray([r.length, Py_None, Py_None]);
  else if (len == 1) t = PyTuple_FromArray([r.length, r.start, Py_None]);
  else t = PyTuple_FromArray([r.length, r.start, r.step]);
  const h = PyObject_Hash(t);
  Py_DECREF(t);
  return h;
}

/** @cpython range_count */
function range_count(o: PyObject, ob: PyObject): PyObject | null {
  const r = o as rangeobject;
  if (isIntForRange(ob)) return PyLong_FromNumber(range_contains_long(r, ob));
  const count = range_iter_search(r, ob, PY_ITERSEARCH_COUNT);
  if (count === -1) return null;
  return PyLong_FromNumber(count);
}

/** @cpython range_index */
function range_index(o: PyObject, ob: PyObject): PyObject | null {
  const r = o as rangeobject;
  if (!isIntForRange(ob)) {
    const index = range_iter_search(r, ob, PY_ITERSEARCH_INDEX);
    if (index === -1) return null;
    return PyLong_FromNumber(index);
  }
  if (range_contains_long(r, ob)) {
    const v = ival(ob), start = ival(r.start), step = ival(r.step);
    if (isSmall(v) && isSmall(start) && isSmall(step)) {
      return PyLong_FromNumber(Math.round(((v as number) - (start as number)) / (step as number)));
    }
    return fromValue(norm(floordiv(big(v) - big(start), big(step))));
  }
  const s = reprString(ob);
  if (s === null) return null;
  return PyErr_SetString(PyExc_ValueError, `${s} is not in range`);
}

/** @cpython range_repr: the step is shown only when it is not 1. */
function range_repr(o: PyObject): PyObject | null {
  const r = o as rangeobject;
  const a = reprString(r.start);
  if (a === null) return null;
  const b = reprString(r.stop);
  if (b === null) return null;
  if (ival(r.step) == 1) return PyUnicode_FromString(`range(${a}, ${b})`);
  const c = reprString(r.step);
  if (c === null) return null;
  return PyUnicode_FromString(`range(${a}, ${b}, ${c})`);
}

/** @cpython range_reduce: (range, (start, stop, step)) */
function range_reduce(o: PyObject): PyObject {
  const r = o as rangeobject;
  Py_INCREF(r.ob_type);
  return _PyTuple_FromArraySteal([r.ob_type, PyTuple_FromArray([r.start, r.stop, r.step])]);
}

/** @cpython range_subscript: r[i] and r[i:j:k] */
function range_subscript(o: PyObject, item: PyObject): PyObject | null {
  const self = o as rangeobject;
  if (PyIndex_Check(item)) {
    const i = PyNumber_Index(item);
    if (i === null) return null;
    const result = compute_range_item(self, ival(i));
    Py_DECREF(i);
    return result;
  }
  if (PySlice_Check(item)) return compute_slice(self, item);
  return PyErr_SetString(PyExc_TypeError, `range indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

/** @cpython range_bool */
function range_bool(o: PyObject): number {
  return ival((o as rangeobject).length) != 0 ? 1 : 0;
}

// -- iterators -----------------------------------------------------------------------------------------

/**
 * @cpython rangeiterobject: value k is start + k*step for k < len. Counts in JS numbers
 * unless `big`, when the b* fields (bigints) are used instead.
 */
export class rangeiterobject extends PyObject {
  index: number;
  start: number;
  step: number;
  len: number;
  big: boolean;
  bindex: bigint;
  bstart: bigint;
  bstep: bigint;
  blen: bigint;
  constructor(type: PyTypeObject) {
    super(type);
    this.index = 0;
    this.start = 0;
    this.step = 0;
    this.len = 0;
    this.big = false;
    this.bindex = 0n;
    this.bstart = 0n;
    this.bstep = 0n;
    this.blen = 0n;
  }
}

/** @cpython rangeiter_next */
function rangeiter_next(o: PyObject): PyObject | null {
  const r = o as rangeiterobject;
  if (!r.big) {
    if (r.index < r.len) return PyLong_FromNumber(r.start + (r.index++) * r.step);
    return null;
  }
  if (r.bindex < r.blen) {
    const v = r.bstart + r.bindex * r.bstep;
    r.bindex++;
    return fromValue(norm(v));
  }
  return null;
}

/** @cpython rangeiter_len */
function rangeiter_len(o: PyObject): PyObject {
  const r = o as rangeiterobject;
  if (!r.big) return PyLong_FromNumber(r.len - r.index);
  return fromValue(norm(r.blen - r.bindex));
}

/** @cpython rangeiter_setstate: the position, clipped to [0, len]. */
function rangeiter_setstate(o: PyObject, state: PyObject): PyObject | null {
  const r = o as rangeiterobject;
  const s = PyNumber_Index(state);
  if (s === null) return null;
  const v = big(ival(s));
  Py_DECREF(s);
  if (v > LONG_MAX || v < LONG_MIN) return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
  if (!r.big) {
    const n = Number(v);
    r.index = n < 0 ? 0 : n > r.len ? r.len : n;
  } else {
    r.bindex = v < 0n ? 0n : v > r.blen ? r.blen : v;
  }
  return Py_NewNone();
}

/** @cpython rangeiter_reduce: (iter, (range(start, stop, step),), index) */
function rangeiter_reduce(o: PyObject): PyObject | null {
  const r = o as rangeiterobject;
  const start = r.big ? r.bstart : BigInt(r.start);
  const step = r.big ? r.bstep : BigInt(r.step);
  const len = r.big ? r.blen : BigInt(r.len);
  const range = make_range_object(PyRange_Type, fromValue(norm(start)), fromValue(norm(start + len * step)), fromValue(norm(step)));
  const res = _PyIter_ReduceHelper("iter", range, fromValue(r.big ? norm(r.bindex) : r.index), null);
  Py_DECREF(range);
  return res;
}

/** @cpython PyRangeIter_Type */
export const PyRangeIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "range_iterator", tp_basicsize: 48,
  tp_iter: PyObject_SelfIter, tp_iternext: rangeiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: rangeiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: rangeiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: rangeiter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});

/** @cpython longrangeiterobject (bigints in place of the int objects) */
export class longrangeiterobject extends PyObject {
  index: bigint;
  start: bigint;
  step: bigint;
  len: bigint;
  constructor(type: PyTypeObject, start: bigint, step: bigint, len: bigint) {
    super(type);
    this.index = 0n;
    this.start = start;
    this.step = step;
    this.len = len;
  }
}

/** @cpython longrangeiter_next */
function longrangeiter_next(o: PyObject): PyObject | null {
  const r = o as longrangeiterobject;
  if (!(r.index < r.len)) return null;
  const v = r.start + r.index * r.step;
  r.index++;
  return fromValue(norm(v));
}

/** @cpython longrangeiter_len */
function longrangeiter_len(o: PyObject): PyObject {
  const r = o as longrangeiterobject;
  return fromValue(norm(r.len - r.index));
}

/**
 * @cpython longrangeiter_setstate: the position, clipped to [0, len].
 * DIVERGENCE: the state must be an int (CPython stores any object that compares with ints).
 */
function longrangeiter_setstate(o: PyObject, state: PyObject): PyObject | null {
  const r = o as longrangeiterobject;
  const s = PyNumber_Index(state);
  if (s === null) return null;
  const v = big(ival(s));
  Py_DECREF(s);
  r.index = v < 0n ? 0n : v > r.len ? r.len : v;
  return Py_NewNone();
}

/** @cpython longrangeiter_reduce */
function longrangeiter_reduce(o: PyObject): PyObject | null {
  const r = o as longrangeiterobject;
  const range = make_range_object(PyRange_Type, fromValue(norm(r.start)), fromValue(norm(r.start + r.len * r.step)), fromValue(norm(r.step)));
  const res = _PyIter_ReduceHelper("iter", range, fromValue(norm(r.index)), null);
  Py_DECREF(range);
  return res;
}

/** @cpython PyLongRangeIter_Type */
export const PyLongRangeIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "longrange_iterator", tp_basicsize: 48,
  tp_iter: PyObject_SelfIter, tp_iternext: longrangeiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: longrangeiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: longrangeiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: longrangeiter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});

/** @cpython fast_range_iter: a range_iterator over start + k*step, k < len. */
function fast_range_iter(start: bigint, step: bigint, len: bigint): PyObject {
  const it = new rangeiterobject(PyRangeIter_Type);
  // JS numbers are exact when every value visited, and the step, is small.
  const end = start + len * step;
  const lim = BigInt(SMALL);
  if (start <= lim && start >= -lim && end <= lim && end >= -lim && step <= lim && step >= -lim) {
    it.start = Number(start);
    it.step = Number(step);
    it.len = Number(len);
  } else {
    it.big = true;
    it.bstart = start;
    it.bstep = step;
    it.blen = len;
  }
  return it;
}

/** @cpython get_len_of_range */
function get_len_of_range(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n && lo < hi) return 1n + (hi - 1n - lo) / step;
  if (step < 0n && lo > hi) return 1n + (lo - 1n - hi) / -step;
  return 0n;
}

const fitsLong = (v: bigint): boolean => v >= LONG_MIN && v <= LONG_MAX;

/** @cpython range_iter: a range_iterator when the values fit a C long, else longrange_iterator. */
function range_iter(o: PyObject): PyObject | null {
  const r = o as rangeobject;
  const start = ival(r.start), stop = ival(r.stop), step = ival(r.step);
  if (isSmall(start) && isSmall(stop) && isSmall(step)) {
    // The common case: no bigint arithmetic at all.
    const it = new rangeiterobject(PyRangeIter_Type);
    it.start = start as number;
    it.step = step as number;
    it.len = ival(r.length) as number;
    return it;
  }
  const lstart = big(start), lstop = big(stop), lstep = big(step);
  if (fitsLong(lstart) && fitsLong(lstop) && fitsLong(lstep)) {
    const ulen = get_len_of_range(lstart, lstop, lstep);
    // Also make sure start + len*step cannot overflow a C long.
    let overflow = ulen > LONG_MAX;
    if (!overflow && ulen) {
      if (lstep > 0n) overflow = lstop > LONG_MAX - (lstep - 1n);
      else overflow = lstop < LONG_MIN + (-1n - lstep);
    }
    if (!overflow) return fast_range_iter(lstart, lstep, ulen);
  }
  return new longrangeiterobject(PyLongRangeIter_Type, lstart, lstep, big(ival(r.length)));
}

/**
 * @cpython range_reverse: reversed(range(start, stop, step)) runs over
 * range(start + (n-1)*step, start - step, -step).
 */
function range_reverse(o: PyObject): PyObject {
  const r = o as rangeobject;
  const lstart = big(ival(r.start)), lstop = big(ival(r.stop)), lstep = big(ival(r.step));
  if (fitsLong(lstart) && fitsLong(lstop) && fitsLong(lstep) && lstep !== LONG_MIN && fitsLong(lstart - lstep)) {
    const ulen = get_len_of_range(lstart, lstop, lstep);
    if (ulen <= LONG_MAX) {
      const new_stop = lstart - lstep;
      // C wraps new_stop + ulen*lstep modulo 2**64 when it overflows; the value visited first
      // is start + (n-1)*step either way.
      const new_start = ulen ? lstart + (ulen - 1n) * lstep : new_stop;
      return fast_range_iter(new_start, -lstep, ulen);
    }
  }
  const len = big(ival(r.length));
  return new longrangeiterobject(PyLongRangeIter_Type, lstart + (len - 1n) * lstep, -lstep, len);
}

/** @cpython PyRange_Type */
export const PyRange_Type: PyTypeObject = new PyTypeObject({
  tp_name: "range", tp_basicsize: 48, tp_flags: Py_TPFLAGS_SEQUENCE,
  tp_dealloc: range_dealloc, tp_repr: range_repr, tp_hash: range_hash, tp_richcompare: range_richcompare,
  tp_iter: range_iter, tp_new: range_new, nb_bool: range_bool,
  sq_length: range_length, sq_item: range_item, sq_contains: range_contains,
  mp_length: range_length, mp_subscript: range_subscript,
  tp_members: [
    { name: "start", get: (o) => { const v = (o as rangeobject).start; Py_INCREF(v); return v; } },
    { name: "stop", get: (o) => { const v = (o as rangeobject).stop; Py_INCREF(v); return v; } },
    { name: "step", get: (o) => { const v = (o as rangeobject).step; Py_INCREF(v); return v; } },
  ],
  tp_methods: [
    { ml_name: "__reversed__", ml_meth: range_reverse, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator." },
    { ml_name: "__reduce__", ml_meth: range_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "count", ml_meth: range_count, ml_flags: METH_O,
      ml_doc: "rangeobject.count(value) -> integer -- how many times value occurs" },
    { ml_name: "index", ml_meth: range_index, ml_flags: METH_O,
      ml_doc: "rangeobject.index(value) -> integer -- the position of value.\nValueError if it is not there." },
  ],
  tp_doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nThe integers from start (included) to stop (excluded), step apart:\nrange(i, j) is i, i+1, ..., j-1, and range(4) is 0, 1, 2, 3 -- the\nvalid indices of a 4-item list. step (default 1) may be negative.",
});

/** Readies range and its iterators (pylifecycle calls this once). */
export function _PyRange_InitTypes(): void {
  PyType_Ready(PyRange_Type);
  PyType_Ready(PyRangeIter_Type);
  PyType_Ready(PyLongRangeIter_Type);
}
