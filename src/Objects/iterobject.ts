/**
 * @mirrors Objects/iterobject.c
 * The two iterators iter() makes for objects that have no __iter__ of their own:
 *
 *   iter(seq)               "iterator": seq[0], seq[1], ... until IndexError (or
 *                           StopIteration) -- the old __getitem__ protocol
 *   iter(func, sentinel)    "callable_iterator": func() until it returns sentinel (or
 *                           raises StopIteration)
 *
 * Both drop what they hold once exhausted, so they stay exhausted even if the sequence
 * grows or the callable would start returning other values.
 *
 * Also here: "anext_awaitable", what anext(aiterator, default) returns -- an awaitable that
 * runs aiterator.__anext__() and turns its StopAsyncIteration into the default value.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_DICT_SUBCLASS,
  Py_EQ, METH_NOARGS, METH_O, METH_FASTCALL,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_SetObject } from "../Python/errors.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import {
  PyExc_IndexError, PyExc_StopIteration, PyExc_OverflowError, PyExc_TypeError, PyExc_StopAsyncIteration, PyExc_AttributeError,
} from "./exceptions.ts";
import { PyDict_GetItemWithError } from "./dictobject.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { PyTuple_New, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { Py_NewNone, Py_NotImplemented, PyObject_RichCompareBool } from "./object.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t } from "./longobject.ts";
import { PyObject_GetItem, PyIter_Check } from "./abstract.ts";
import { PyObject_CallNoArgs, PyObject_CallMethod } from "./call.ts";
import { _PyCoro_GetAwaitableIter, _PyGen_SetStopIterationValue } from "./genobject.ts";

/**
 * @cpython PyObject_SelfIter: the tp_iter of iterators (iter(it) is it).
 * DIVERGENCE: CPython defines it in Objects/object.c; it lives here, with the iterators.
 */
export function PyObject_SelfIter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/**
 * @cpython PySequence_Check, for the iterator code: has item access by position and is not
 * a dict.
 * DIVERGENCE: classes written in Python serve __getitem__ through mp_subscript only (our
 * typeobject gives them no sq_item), so a heap type with mp_subscript counts too.
 */
export function _PySequence_Check(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.tp_flags & Py_TPFLAGS_DICT_SUBCLASS) return false;
  return t.sq_item !== null || ((t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.mp_subscript !== null);
}

/**
 * @cpython PySequence_GetItem for i >= 0: sq_item, or __getitem__ through mp_subscript
 * (see _PySequence_Check). @returns new
 */
export function _PySequence_GetItemNonNeg(o: PyObject, i: number): PyObject | null {
  const t = o.ob_type;
  if (t.sq_item !== null) return t.sq_item(o, i);
  const key = PyLong_FromNumber(i);
  const r = PyObject_GetItem(o, key);
  Py_DECREF(key);
  return r;
}

/** @cpython PySequence_Size for the iterators: sq_length or mp_length; -1 with an error. */
function sequence_size(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  PyErr_SetString(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
  return -1;
}

/** @cpython _PyObject_HasLen */
function has_len(o: PyObject): boolean {
  return o.ob_type.sq_length !== null || o.ob_type.mp_length !== null;
}

/**
 * @cpython _PyEval_GetBuiltin: a builtin by name (iter, reversed), for the iterators'
 * __reduce__. @returns new, or null with AttributeError
 * DIVERGENCE: CPython keeps this in Python/ceval.c.
 */
export function _PyEval_GetBuiltin(name: string): PyObject | null {
  const builtins = _PyThreadState_GET().interp.builtins;
  const key = PyUnicode_FromString(name);
  const attr = builtins === null ? null : PyDict_GetItemWithError(builtins, key);
  if (attr !== null) Py_INCREF(attr);
  else if (!PyErr_Occurred()) PyErr_SetObject(PyExc_AttributeError, key);
  Py_DECREF(key);
  return attr;
}

/**
 * The __reduce__ of the iterators: (builtin, (seq,), index) while seq is held, else
 * (iter, (empty,)) -- what unpickling turns back into an equivalent iterator.
 * @typhon shared by the Py_BuildValue calls of several *_reduce functions.
 */
export function _PyIter_ReduceHelper(builtin: string, seq: PyObject | null, index: PyObject | null, empty: PyObject | null): PyObject | null {
  if (seq !== null) {
    if (empty !== null) Py_DECREF(empty);
    const f = _PyEval_GetBuiltin(builtin);
    if (f === null) {
      if (index !== null) Py_DECREF(index);
      return null;
    }
    const items: PyObject[] = [f, PyTuple_FromArray([seq])];
    if (index !== null) items.push(index);
    return _PyTuple_FromArraySteal(items);
  }
  const f = _PyEval_GetBuiltin("iter");
  if (f === null) {
    if (empty !== null) Py_DECREF(empty);
    return null;
  }
  return _PyTuple_FromArraySteal([f, _PyTuple_FromArraySteal([empty ?? PyTuple_New(0)])]);
}

// -- the sequence iterator -------------------------------------------------------------------------

/** @cpython seqiterobject */
export class seqiterobject extends PyObject {
  it_index: number;
  /** Null once exhausted. */
  it_seq: PyObject | null;
  constructor(type: PyTypeObject, seq: PyObject) {
    super(type);
    this.it_index = 0;
    this.it_seq = seq;
  }
}

/** @cpython PySeqIter_New: iterate seq by seq[0], seq[1], ... @returns new */
export function PySeqIter_New(seq: PyObject): PyObject {
  Py_INCREF(seq);
  return new seqiterobject(PySeqIter_Type, seq);
}

/** @cpython iter_dealloc */
function iter_dealloc(o: PyObject): void {
  const it = o as seqiterobject;
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
}

/** @cpython iter_iternext */
function iter_iternext(o: PyObject): PyObject | null {
  const it = o as seqiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  if (it.it_index >= Number.MAX_SAFE_INTEGER) return PyErr_SetString(PyExc_OverflowError, "iter index too large");
  const result = _PySequence_GetItemNonNeg(seq, it.it_index);
  if (result !== null) {
    it.it_index++;
    return result;
  }
  // IndexError or StopIteration ends the iteration; any other error propagates.
  if (PyErr_ExceptionMatches(PyExc_IndexError) || PyErr_ExceptionMatches(PyExc_StopIteration)) {
    PyErr_Clear();
    it.it_seq = null;
    Py_DECREF(seq);
  }
  return null;
}

/** @cpython iter_len: __length_hint__ -- NotImplemented when the sequence has no len(). */
function iter_len(o: PyObject): PyObject | null {
  const it = o as seqiterobject;
  if (it.it_seq !== null) {
    if (!has_len(it.it_seq)) {
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
    }
    const seqsize = sequence_size(it.it_seq);
    if (seqsize === -1) return null;
    const len = seqsize - it.it_index;
    if (len >= 0) return PyLong_FromNumber(len);
  }
  return PyLong_FromNumber(0);
}

/** @cpython iter_setstate */
function iter_setstate(o: PyObject, state: PyObject): PyObject | null {
  const it = o as seqiterobject;
  let index = PyLong_AsSsize_t(state);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    it.it_index = index;
  }
  return Py_NewNone();
}

/** @cpython iter_reduce */
function iter_reduce(o: PyObject): PyObject | null {
  const it = o as seqiterobject;
  return _PyIter_ReduceHelper("iter", it.it_seq, it.it_seq !== null ? PyLong_FromNumber(it.it_index) : null, null);
}

const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const setstate_doc = "Set state information for unpickling.";
const reduce_doc = "Return state information for pickling.";

/** @cpython PySeqIter_Type */
export const PySeqIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "iterator", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: iter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: iter_iternext,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: iter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: iter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: iter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});

// -- the callable iterator -------------------------------------------------------------------------

/** @cpython calliterobject */
export class calliterobject extends PyObject {
  /** Both null once exhausted. */
  it_callable: PyObject | null;
  it_sentinel: PyObject | null;
  constructor(type: PyTypeObject, callable: PyObject, sentinel: PyObject) {
    super(type);
    this.it_callable = callable;
    this.it_sentinel = sentinel;
  }
}

/** @cpython PyCallIter_New: iter(callable, sentinel). @returns new */
export function PyCallIter_New(callable: PyObject, sentinel: PyObject): PyObject {
  Py_INCREF(callable);
  Py_INCREF(sentinel);
  return new calliterobject(PyCallIter_Type, callable, sentinel);
}

function calliter_clear(it: calliterobject): void {
  const c = it.it_callable, s = it.it_sentinel;
  it.it_callable = null;
  it.it_sentinel = null;
  if (c !== null) Py_DECREF(c);
  if (s !== null) Py_DECREF(s);
}

/** @cpython calliter_dealloc */
function calliter_dealloc(o: PyObject): void {
  calliter_clear(o as calliterobject);
}

/** @cpython calliter_iternext: sentinel == result is tested with the sentinel on the left. */
function calliter_iternext(o: PyObject): PyObject | null {
  const it = o as calliterobject;
  if (it.it_callable === null) return null;
  const result = PyObject_CallNoArgs(it.it_callable);
  if (result !== null) {
    const ok = PyObject_RichCompareBool(it.it_sentinel!, result, Py_EQ);
    if (ok === 0) return result;
    Py_DECREF(result);
    if (ok > 0) calliter_clear(it);
  } else if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
    PyErr_Clear();
    calliter_clear(it);
  }
  return null;
}

/** @cpython calliter_reduce: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted. */
function calliter_reduce(o: PyObject): PyObject | null {
  const it = o as calliterobject;
  const f = _PyEval_GetBuiltin("iter");
  if (f === null) return null;
  if (it.it_callable !== null && it.it_sentinel !== null) {
    return _PyTuple_FromArraySteal([f, PyTuple_FromArray([it.it_callable, it.it_sentinel])]);
  }
  return _PyTuple_FromArraySteal([f, _PyTuple_FromArraySteal([PyTuple_New(0)])]);
}

/** @cpython PyCallIter_Type */
export const PyCallIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "callable_iterator", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: calliter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: calliter_iternext,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: calliter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});

// -- the anext() awaitable -------------------------------------------------------------------------

/** @cpython anextawaitableobject */
export class anextawaitableobject extends PyObject {
  wrapped: PyObject | null;
  default_value: PyObject | null;
  constructor(type: PyTypeObject, wrapped: PyObject, default_value: PyObject) {
    super(type);
    this.wrapped = wrapped;
    this.default_value = default_value;
  }
}

/** @cpython anextawaitable_dealloc */
function anextawaitable_dealloc(o: PyObject): void {
  const obj = o as anextawaitableobject;
  const w = obj.wrapped, d = obj.default_value;
  obj.wrapped = null;
  obj.default_value = null;
  if (w !== null) Py_DECREF(w);
  if (d !== null) Py_DECREF(d);
}

/**
 * @cpython anextawaitable_getiter: the iterator that drives the wrapped awaitable: itself
 * for generators and iterators, __await__() of a coroutine. @returns new
 */
function anextawaitable_getiter(obj: anextawaitableobject): PyObject | null {
  let awaitable = _PyCoro_GetAwaitableIter(obj.wrapped!);
  if (awaitable === null) return null;
  if (awaitable.ob_type.tp_iternext === null) {
    // Only a coroutine lacks __next__: drive its __await__() instead.
    const getter = awaitable.ob_type.am_await!;
    const new_awaitable = getter(awaitable);
    Py_DECREF(awaitable);
    if (new_awaitable === null) return null;
    awaitable = new_awaitable;
    if (!PyIter_Check(awaitable)) {
      PyErr_SetString(PyExc_TypeError, "__await__ returned a non-iterable");
      Py_DECREF(awaitable);
      return null;
    }
  }
  return awaitable;
}

/** @cpython anextawaitable_iternext: one step; the end of the async iteration becomes the default. */
function anextawaitable_iternext(o: PyObject): PyObject | null {
  const obj = o as anextawaitableobject;
  const awaitable = anextawaitable_getiter(obj);
  if (awaitable === null) return null;
  const result = awaitable.ob_type.tp_iternext!(awaitable);
  Py_DECREF(awaitable);
  if (result !== null) return result;
  if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) _PyGen_SetStopIterationValue(obj.default_value!);
  return null;
}

/** @cpython anextawaitable_proxy: send/throw/close passed on to the driving iterator. */
function anextawaitable_proxy(obj: anextawaitableobject, meth: string, args: PyObject[]): PyObject | null {
  const awaitable = anextawaitable_getiter(obj);
  if (awaitable === null) return null;
  const ret = PyObject_CallMethod(awaitable, meth, args);
  Py_DECREF(awaitable);
  if (ret !== null) return ret;
  // StopAsyncIteration means the async iterator is done: answer the default, as a coroutine
  // returning it would.
  if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) _PyGen_SetStopIterationValue(obj.default_value!);
  return null;
}

/** @cpython _PyAnextAwaitable_Type */
export const _PyAnextAwaitable_Type: PyTypeObject = new PyTypeObject({
  tp_name: "anext_awaitable", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: anextawaitable_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: anextawaitable_iternext,
  am_await: PyObject_SelfIter,
  tp_methods: [
    { ml_name: "send", ml_meth: (o: PyObject, arg: PyObject) => anextawaitable_proxy(o as anextawaitableobject, "send", [arg]),
      ml_flags: METH_O, ml_doc: "send(arg) -> pass arg on to the wrapped iterator;\nreturn its next value or raise StopIteration." },
    { ml_name: "throw", ml_meth: (o: PyObject, args: PyObject[]) => anextawaitable_proxy(o as anextawaitableobject, "throw", args),
      ml_flags: METH_FASTCALL, ml_doc: "throw(typ[,val[,tb]]) -> raise the exception in the wrapped iterator;\nreturn its next value or raise StopIteration." },
    { ml_name: "close", ml_meth: (o: PyObject, args: PyObject[]) => anextawaitable_proxy(o as anextawaitableobject, "close", args),
      ml_flags: METH_FASTCALL, ml_doc: "close() -> raise GeneratorExit in the wrapped iterator." },
  ],
});

/** @cpython PyAnextAwaitable_New: anext(aiterator, default). @returns new */
export function PyAnextAwaitable_New(awaitable: PyObject, default_value: PyObject): PyObject {
  Py_INCREF(awaitable);
  Py_INCREF(default_value);
  return new anextawaitableobject(_PyAnextAwaitable_Type, awaitable, default_value);
}

/** Readies the iterator types (pylifecycle calls this once). */
export function _PyIter_InitTypes(): void {
  PyType_Ready(PySeqIter_Type);
  PyType_Ready(PyCallIter_Type);
  PyType_Ready(_PyAnextAwaitable_Type);
}
