/**
 * @mirrors Modules/itertoolsmodule.c
 * The itertools module: lazy iterator building blocks. Every tool is its own iterator type
 * whose __next__ pulls just enough from its inputs to produce one item, so they compose
 * without building lists:
 *
 *   >>> list(islice(cycle("ab"), 5))
 *   ['a', 'b', 'a', 'b', 'a']
 *
 * A few techniques recur (all as in CPython, so identities and timings of side effects
 * match):
 *
 * - The combinatoric iterators (product, combinations, combinations_with_replacement,
 *   permutations) keep index arrays and hand out one result tuple; when the caller has let
 *   go of the previous tuple (its reference count is back to 1) the next result is written
 *   into it in place instead of allocating a new one.
 * - tee() shares one buffer between its iterators: a linked list of _tee_dataobject blocks
 *   of LINKCELLS (57) values each. Each _tee holds a block and an index into it; the
 *   iterator furthest ahead pulls from the source, the others replay. Blocks no iterator
 *   can reach any more are freed, from the front, one by one (never recursively).
 *
 *     _tee A ─┐         _tee B ─┐
 *             ▼                 ▼
 *     [ v0 … v56 ] ──► [ v57 … v113 ] ──► (next block, made on demand)
 *
 * - groupby hands out _grouper sub-iterators that read from the groupby's own state; only
 *   the newest _grouper is live (groupby remembers it without owning it), so advancing the
 *   groupby ends the previous group.
 * - count counts in a plain number while it can ("fast mode") and in Python objects once
 *   the count passes sys.maxsize or when start or step is not an int (or step is not 1).
 *
 * Every type has CPython's __reduce__/__setstate__ (pickle and copy use them in 3.11).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_EQ, Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O, METH_FASTCALL, METH_CLASS, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError, PyExc_OverflowError, PyExc_StopIteration, PyExc_SystemError } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, PyObject_RichCompareBool, reprString, PyObject_GetAttr, _PyObject_LookupAttr, PyObject_GenericGetAttr } from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyTupleObject, PyTuple_New, PyTuple_Check, PyTuple_CheckExact, PyTuple_FromArray, _PyTuple_FromArraySteal} from "../Objects/tupleobject.ts";
import { PyListObject, PyList_New, PyList_Check, PyList_Append, _PyList_FromArraySteal} from "../Objects/listobject.ts";
import {
  PyLongObject, PyLong_Check, PyLong_FromNumber, PY_SSIZE_T_MAX, PyLong_FromBigInt, PyLong_AsSsize_t, PyNumber_AsSsize_t, _PyNumber_Index,
} from "../Objects/longobject.ts";
import { PyBool_FromLong, PyBool_Type } from "../Objects/boolobject.ts";
import { PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { _PyType_Name, PyObject_TypeCheck } from "../Objects/typeobject.ts";
import { PyObject_GetIter, PyIter_Next, PyIter_Check, PySequence_Tuple, PyNumber_Add, PyNumber_Check } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_CallNoArgs, PyObject_Call, PyObject_Vectorcall, PyObject_CallMethod } from "../Objects/call.ts";
import { PyObject_SelfIter, _PyEval_GetBuiltin } from "../Objects/iterobject.ts";
import { Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import { _PyArg_BadArgument } from "../Objects/unicodeobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";

const reduce_doc = "Return state information for pickling.";
const setstate_doc = "Set state information for unpickling.";
const sizeof_doc = "Returns size in memory, in bytes.";
const length_hint_doc = "Private method returning an estimate of len(list(it)).";

/** A new instance's type reference: heap subclasses are counted (subtype_dealloc drops it). */
function alloc_type(type: PyTypeObject): void {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
}

/** The number of positional values in a vectorcall argument array. */
function npos(args: PyObject[], kwnames: PyTupleObject | null): number {
  return kwnames === null ? args.length : args.length - kwnames.ob_item.length;
}

/** `(type, args...)` as a new tuple, the shape most __reduce__ methods return; items are borrowed. */
function reduce_value(type: PyTypeObject, ...items: PyObject[]): PyTupleObject {
  return PyTuple_FromArray([type, ...items]);
}

/** A tuple of the borrowed items. */
function tup(...items: PyObject[]): PyTupleObject {
  return PyTuple_FromArray(items);
}

/** A tuple of Python ints. */
function int_tuple(values: ArrayLike<number>, n: number): PyTupleObject {
  const items: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) items[i] = PyLong_FromNumber(values[i]);
  return _PyTuple_FromArraySteal(items);
}

/** The PyArg_ParseTuple count check on a state tuple ("function takes exactly 3 arguments (2 given)"). */
function state_arity(state: PyTupleObject, min: number, max: number): boolean {
  const n = state.ob_item.length;
  if (n >= min && n <= max) return true;
  const bound = n < min ? min : max;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  PyErr_SetString(PyExc_TypeError, `function takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${n} given)`);
  return false;
}

/** The PyArg_ParseTuple "i" converter (a C int). null on error. */
function convert_int(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
    return null;
  }
  const n = Number(v);
  if (n > 2147483647) {
    PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
    return null;
  }
  if (n < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
    return null;
  }
  return n;
}

/** The clinic Py_ssize_t converter: __index__, then the ssize_t range check. null on error. */
function convert_ssize_t(o: PyObject): number | null {
  const iobj = _PyNumber_Index(o);
  if (iobj === null) return null;
  const v = PyLong_AsSsize_t(iobj);
  Py_DECREF(iobj);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

/**
 * The check tp_new functions make before rejecting keywords: only the type itself, or a
 * subclass that did not define __init__, refuses them.
 */
function no_keywords(type: PyTypeObject, base: PyTypeObject, name: string, kwnames: PyTupleObject | null): boolean {
  if (type === base || type.tp_init === base.tp_init) return _PyArg_NoKwnames(name, kwnames);
  return true;
}

/**
 * A copy of the result tuple unless the iterator holds the only reference, in which case it
 * is reused in place (the combinatoric iterators' trick). Returns the tuple to fill.
 */
function reusable_result(result: PyTupleObject): PyTupleObject {
  if (result.ob_refcnt > 1) {
    const copy = PyTuple_FromArray(result.ob_item);
    Py_DECREF(result);
    return copy;
  }
  return result;
}

/** result[i] = elem, releasing the old item (elem is borrowed). */
function tuple_replace(result: PyTupleObject, i: number, elem: PyObject): void {
  Py_INCREF(elem);
  const old = result.ob_item[i];
  result.ob_item[i] = elem;
  Py_DECREF(old);
}

// -- pairwise ---------------------------------------------------------------------------------------

/** @cpython pairwiseobject */
class pairwiseobject extends PyObject {
  it: PyObject | null;
  old: PyObject | null;
  constructor(type: PyTypeObject, it: PyObject) {
    super(type);
    this.it = it;
    this.old = null;
  }
}

/** @cpython pairwise_new_impl */
function pairwise_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, pairwise_type, "pairwise", kwnames)) return null;
  if (!_PyArg_CheckPositional("pairwise", npos(args, kwnames), 1, 1)) return null;
  const it = PyObject_GetIter(args[0]);
  if (it === null) return null;
  alloc_type(type);
  return new pairwiseobject(type, it);
}

/** @cpython pairwise_dealloc */
function pairwise_dealloc(o: PyObject): void {
  const po = o as pairwiseobject;
  Py_XDECREF(po.it);
  Py_XDECREF(po.old);
}

/**
 * @cpython pairwise_next. The source may call back into this pairwise from its __next__;
 * each step re-reads the fields afterwards (as CPython 3.11.7 does) so such a nested call
 * cannot leave a stale pair behind.
 */
function pairwise_next(o: PyObject): PyObject | null {
  const po = o as pairwiseobject;
  let it = po.it;
  let old = po.old;
  if (it === null) return null;
  if (old === null) {
    old = it.ob_type.tp_iternext!(it);
    const prev = po.old;
    po.old = old;
    Py_XDECREF(prev);
    if (old === null) {
      const i = po.it;
      po.it = null;
      Py_XDECREF(i);
      return null;
    }
    it = po.it;
    if (it === null) {
      const x = po.old;
      po.old = null;
      Py_XDECREF(x);
      return null;
    }
  }
  Py_INCREF(old);
  const nw = it.ob_type.tp_iternext!(it);
  if (nw === null) {
    const i = po.it, x = po.old;
    po.it = null;
    po.old = null;
    Py_XDECREF(i);
    Py_XDECREF(x);
    Py_DECREF(old);
    return null;
  }
  const result = PyTuple_FromArray([old, nw]);
  const prev = po.old;
  po.old = nw;
  Py_XDECREF(prev);
  Py_DECREF(old);
  return result;
}

const pairwise_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.pairwise", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: pairwise_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: pairwise_next, tp_new: pairwise_new,
  tp_doc: "pairwise(iterable, /)\n--\n\nAn iterator of the overlapping pairs of consecutive items:\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
});

// -- groupby and _grouper --------------------------------------------------------------------------------

/** @cpython groupbyobject */
class groupbyobject extends PyObject {
  it: PyObject | null;
  keyfunc: PyObject;
  tgtkey: PyObject | null;
  currkey: PyObject | null;
  currvalue: PyObject | null;
  /** The live _grouper, not owned (CPython keeps a borrowed pointer too). */
  currgrouper: PyObject | null;
  constructor(type: PyTypeObject, keyfunc: PyObject) {
    super(type);
    this.it = null;
    this.keyfunc = keyfunc;
    this.tgtkey = null;
    this.currkey = null;
    this.currvalue = null;
    this.currgrouper = null;
  }
}

const groupby_kwlist = ["iterable", "key"];

/** @cpython itertools_groupby_impl */
function groupby_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "groupby", 0, groupby_kwlist, 1, 2, 0);
  if (a === null) return null;
  const keyfunc = a[1] ?? Py_None;
  alloc_type(type);
  Py_INCREF(keyfunc);
  const gbo = new groupbyobject(type, keyfunc);
  gbo.it = PyObject_GetIter(a[0]!);
  if (gbo.it === null) {
    Py_DECREF(gbo);
    return null;
  }
  return gbo;
}

/** @cpython groupby_dealloc */
function groupby_dealloc(o: PyObject): void {
  const gbo = o as groupbyobject;
  Py_XDECREF(gbo.it);
  Py_XDECREF(gbo.keyfunc);
  Py_XDECREF(gbo.tgtkey);
  Py_XDECREF(gbo.currkey);
  Py_XDECREF(gbo.currvalue);
}

/** @cpython groupby_step: read the next value and its key into currvalue/currkey. */
function groupby_step(gbo: groupbyobject): number {
  const newvalue = PyIter_Next(gbo.it!);
  if (newvalue === null) return -1;
  let newkey: PyObject | null;
  if (gbo.keyfunc === Py_None) {
    Py_INCREF(newvalue);
    newkey = newvalue;
  } else {
    newkey = PyObject_CallOneArg(gbo.keyfunc, newvalue);
    if (newkey === null) {
      Py_DECREF(newvalue);
      return -1;
    }
  }
  const oldvalue = gbo.currvalue;
  gbo.currvalue = newvalue;
  const oldkey = gbo.currkey;
  gbo.currkey = newkey;
  Py_XDECREF(oldkey);
  Py_XDECREF(oldvalue);
  return 0;
}

/** @cpython groupby_next: skip what is left of the current group, then start the next. */
function groupby_next(o: PyObject): PyObject | null {
  const gbo = o as groupbyobject;
  gbo.currgrouper = null;
  for (;;) {
    if (gbo.currkey === null) {
      // nothing read yet
    } else if (gbo.tgtkey === null) {
      break;
    } else {
      const rcmp = PyObject_RichCompareBool(gbo.tgtkey, gbo.currkey, Py_EQ);
      if (rcmp === -1) return null;
      if (rcmp === 0) break;
    }
    if (groupby_step(gbo) < 0) return null;
  }
  const key = gbo.currkey!;
  Py_INCREF(key);
  const oldtgt = gbo.tgtkey;
  gbo.tgtkey = key;
  Py_XDECREF(oldtgt);
  const grouper = _grouper_create(gbo, gbo.tgtkey);
  const r = PyTuple_FromArray([gbo.currkey!, grouper]);
  Py_DECREF(grouper);
  return r;
}

/** @cpython groupby_reduce */
function groupby_reduce(o: PyObject): PyObject | null {
  const lz = o as groupbyobject;
  if (lz.tgtkey !== null && lz.currkey !== null && lz.currvalue !== null) {
    const args = tup(lz.it!, lz.keyfunc);
    const state = tup(lz.currkey, lz.currvalue, lz.tgtkey);
    const r = reduce_value(lz.ob_type, args, state);
    Py_DECREF(args);
    Py_DECREF(state);
    return r;
  }
  const args = tup(lz.it!, lz.keyfunc);
  const r = reduce_value(lz.ob_type, args);
  Py_DECREF(args);
  return r;
}

/** @cpython groupby_setstate */
function groupby_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as groupbyobject;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state is not a tuple");
  if (!state_arity(state, 3, 3)) return null;
  const [currkey, currvalue, tgtkey] = state.ob_item;
  Py_INCREF(currkey);
  Py_INCREF(currvalue);
  Py_INCREF(tgtkey);
  const a = lz.currkey, b = lz.currvalue, c = lz.tgtkey;
  lz.currkey = currkey;
  lz.currvalue = currvalue;
  lz.tgtkey = tgtkey;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
  return Py_NewNone();
}

const groupby_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.groupby", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: groupby_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: groupby_next, tp_new: groupby_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: groupby_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: groupby_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "groupby(iterable, key=None)\n--\n\nAn iterator of (key, group) pairs, one for each run of consecutive items\nof iterable that share a key.\n\n  iterable\n    The items to divide into groups.\n  key\n    The function giving each item's key; None means the item itself.",
});

/** @cpython _grouperobject */
class _grouperobject extends PyObject {
  parent: groupbyobject;
  tgtkey: PyObject;
  constructor(parent: groupbyobject, tgtkey: PyObject) {
    super(_grouper_type);
    this.parent = parent;
    this.tgtkey = tgtkey;
  }
}

/** @cpython itertools__grouper_impl */
function _grouper_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, _grouper_type, "_grouper", kwnames)) return null;
  if (!_PyArg_CheckPositional("_grouper", npos(args, kwnames), 2, 2)) return null;
  if (!PyObject_TypeCheck(args[0], groupby_type)) return _PyArg_BadArgument("_grouper", "argument 1", groupby_type.tp_name, args[0]);
  return _grouper_create(args[0] as groupbyobject, args[1]);
}

/** @cpython _grouper_create: a _grouper for tgtkey, made the parent's live one. */
function _grouper_create(parent: groupbyobject, tgtkey: PyObject): PyObject {
  Py_INCREF(parent);
  Py_INCREF(tgtkey);
  const igo = new _grouperobject(parent, tgtkey);
  parent.currgrouper = igo;
  return igo;
}

/** @cpython _grouper_dealloc */
function _grouper_dealloc(o: PyObject): void {
  const igo = o as _grouperobject;
  Py_DECREF(igo.parent);
  Py_DECREF(igo.tgtkey);
}

/** @cpython _grouper_next: the parent's current value while its key still equals ours. */
function _grouper_next(o: PyObject): PyObject | null {
  const igo = o as _grouperobject;
  const gbo = igo.parent;
  if (gbo.currgrouper !== igo) return null;
  if (gbo.currvalue === null) {
    if (groupby_step(gbo) < 0) return null;
  }
  const rcmp = PyObject_RichCompareBool(igo.tgtkey, gbo.currkey!, Py_EQ);
  if (rcmp <= 0) return null;
  const r = gbo.currvalue!;
  gbo.currvalue = null;
  const k = gbo.currkey;
  gbo.currkey = null;
  Py_XDECREF(k);
  return r;
}

/** @cpython _grouper_reduce: an exhausted iterator once the group is no longer live. */
function _grouper_reduce(o: PyObject): PyObject | null {
  const lz = o as _grouperobject;
  if (lz.parent.currgrouper !== lz) {
    const it = _PyEval_GetBuiltin("iter");
    if (it === null) return null;
    const empty = PyTuple_New(0);
    return _PyTuple_FromArraySteal([it, _PyTuple_FromArraySteal([empty])]);
  }
  const args = tup(lz.parent, lz.tgtkey);
  const r = reduce_value(lz.ob_type, args);
  Py_DECREF(args);
  return r;
}

const _grouper_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools._grouper", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: _grouper_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: _grouper_next, tp_new: _grouper_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: _grouper_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});

// -- tee: _tee_dataobject and _tee -----------------------------------------------------------------------

/** Values per _tee_dataobject block (CPython's LINKCELLS). */
const LINKCELLS = 57;

/** @cpython teedataobject: one block of the buffer tee iterators share. */
class teedataobject extends PyObject {
  it: PyObject | null;
  numread: number;
  running: boolean;
  nextlink: teedataobject | null;
  values: PyObject[];
  constructor(it: PyObject) {
    super(teedataobject_type);
    this.it = it;
    this.numread = 0;
    this.running = false;
    this.nextlink = null;
    this.values = [];
  }
}

/** @cpython teedataobject_newinternal */
function teedataobject_newinternal(it: PyObject): teedataobject {
  Py_INCREF(it);
  return new teedataobject(it);
}

/** @cpython teedataobject_jumplink: the next block, made on first use. @returns new */
function teedataobject_jumplink(tdo: teedataobject): teedataobject {
  if (tdo.nextlink === null) tdo.nextlink = teedataobject_newinternal(tdo.it!);
  Py_INCREF(tdo.nextlink);
  return tdo.nextlink;
}

/** @cpython teedataobject_getitem: value i of the block, read from the source if nobody has yet. */
function teedataobject_getitem(tdo: teedataobject, i: number): PyObject | null {
  let value: PyObject;
  if (i < tdo.numread) {
    value = tdo.values[i];
  } else {
    if (tdo.running) return PyErr_SetString(PyExc_RuntimeError, "cannot re-enter the tee iterator");
    tdo.running = true;
    const v = PyIter_Next(tdo.it!);
    tdo.running = false;
    if (v === null) return null;
    tdo.numread++;
    tdo.values[i] = v;
    value = v;
  }
  Py_INCREF(value);
  return value;
}

/**
 * @cpython teedataobject_safe_decref: release a chain of blocks front to back in a loop, so a
 * long buffer is not freed by one deep recursion.
 */
function teedataobject_safe_decref(obj: PyObject | null): void {
  while (obj !== null && obj.ob_type === teedataobject_type && obj.ob_refcnt === 1) {
    const tdo = obj as teedataobject;
    const nextlink = tdo.nextlink;
    tdo.nextlink = null;
    Py_DECREF(obj);
    obj = nextlink;
  }
  Py_XDECREF(obj);
}

/** @cpython teedataobject_clear */
function teedataobject_clear(tdo: teedataobject): void {
  const it = tdo.it;
  tdo.it = null;
  Py_XDECREF(it);
  const values = tdo.values;
  const n = tdo.numread;
  tdo.values = [];
  tdo.numread = 0;
  for (let i = 0; i < n; i++) Py_DECREF(values[i]);
  const tmp = tdo.nextlink;
  tdo.nextlink = null;
  teedataobject_safe_decref(tmp);
}

/** @cpython teedataobject_dealloc */
function teedataobject_dealloc(o: PyObject): void {
  teedataobject_clear(o as teedataobject);
}

/** @cpython teedataobject_reduce: (type, (it, values read, next block or None)) */
function teedataobject_reduce(o: PyObject): PyObject | null {
  const tdo = o as teedataobject;
  const values: PyObject[] = tdo.values.slice(0, tdo.numread);
  for (const v of values) Py_INCREF(v);
  const list = _PyList_FromArraySteal(values);
  const args = tup(tdo.it!, list, tdo.nextlink ?? Py_None);
  Py_DECREF(list);
  const r = reduce_value(tdo.ob_type, args);
  Py_DECREF(args);
  return r;
}

/** @cpython itertools_teedataobject_impl: rebuild a block from its pickled state. */
function teedataobject_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, teedataobject_type, "teedataobject", kwnames)) return null;
  if (!_PyArg_CheckPositional("teedataobject", npos(args, kwnames), 3, 3)) return null;
  const [it, values, next] = args;
  if (!PyList_Check(values)) return _PyArg_BadArgument("teedataobject", "argument 2", "list", values);
  const tdo = teedataobject_newinternal(it);
  const len = values.ob_item.length;
  let ok = len <= LINKCELLS;
  if (ok) {
    for (let i = 0; i < len; i++) {
      const v = values.ob_item[i];
      Py_INCREF(v);
      tdo.values[i] = v;
    }
    tdo.numread = len;
    if (len === LINKCELLS) {
      if (next !== Py_None) {
        if (next.ob_type !== teedataobject_type) ok = false;
        else {
          Py_INCREF(next);
          tdo.nextlink = next as teedataobject;
        }
      }
    } else if (next !== Py_None) {
      ok = false;
    }
  }
  if (!ok) {
    Py_DECREF(tdo);
    return PyErr_SetString(PyExc_ValueError, "Invalid arguments");
  }
  return tdo;
}

const teedataobject_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools._tee_dataobject", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 496, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: teedataobject_dealloc, tp_new: teedataobject_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: teedataobject_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "teedataobject(iterable, values, next, /)\n--\n\nA block of the buffer that tee iterators share.",
});

/** @cpython teeobject */
class teeobject extends PyObject {
  dataobj: teedataobject | null;
  index: number;
  constructor(dataobj: teedataobject, index: number) {
    super(tee_type);
    this.dataobj = dataobj;
    this.index = index;
  }
}

/** @cpython tee_next */
function tee_next(o: PyObject): PyObject | null {
  const to = o as teeobject;
  if (to.index >= LINKCELLS) {
    const link = teedataobject_jumplink(to.dataobj!);
    const old = to.dataobj;
    to.dataobj = link;
    Py_XDECREF(old);
    to.index = 0;
  }
  const value = teedataobject_getitem(to.dataobj!, to.index);
  if (value === null) return null;
  to.index++;
  return value;
}

/** @cpython tee_copy: another iterator at the same place in the shared buffer. */
function tee_copy(o: PyObject): PyObject {
  const to = o as teeobject;
  Py_INCREF(to.dataobj!);
  return new teeobject(to.dataobj!, to.index);
}

/** @cpython tee_fromiterable */
function tee_fromiterable(iterable: PyObject): PyObject | null {
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  let to: PyObject;
  if (PyObject_TypeCheck(it, tee_type)) {
    to = tee_copy(it);
  } else {
    to = new teeobject(teedataobject_newinternal(it), 0);
  }
  Py_DECREF(it);
  return to;
}

/** @cpython itertools__tee_impl */
function tee_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, tee_type, "_tee", kwnames)) return null;
  if (!_PyArg_CheckPositional("_tee", npos(args, kwnames), 1, 1)) return null;
  return tee_fromiterable(args[0]);
}

/** @cpython tee_dealloc (tee_clear; weak references are cleared by _Py_Dealloc) */
function tee_dealloc(o: PyObject): void {
  const to = o as teeobject;
  const d = to.dataobj;
  to.dataobj = null;
  Py_XDECREF(d);
}

/** @cpython tee_reduce: (type, ((),), (dataobj, index)) */
function tee_reduce(o: PyObject): PyObject | null {
  const to = o as teeobject;
  const empty = PyTuple_New(0);
  const args = _PyTuple_FromArraySteal([empty]);
  const idx = PyLong_FromNumber(to.index);
  const state = tup(to.dataobj!, idx);
  Py_DECREF(idx);
  const r = reduce_value(to.ob_type, args, state);
  Py_DECREF(args);
  Py_DECREF(state);
  return r;
}

/** @cpython tee_setstate */
function tee_setstate(o: PyObject, state: PyObject): PyObject | null {
  const to = o as teeobject;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state is not a tuple");
  if (!state_arity(state, 2, 2)) return null;
  const tdo = state.ob_item[0];
  if (!PyObject_TypeCheck(tdo, teedataobject_type)) {
    return PyErr_SetString(PyExc_TypeError, `argument 1 must be ${teedataobject_type.tp_name}, not ${_PyType_Name(tdo.ob_type)}`);
  }
  const index = convert_int(state.ob_item[1]);
  if (index === null) return null;
  if (index < 0 || index > LINKCELLS) return PyErr_SetString(PyExc_ValueError, "Index out of range");
  Py_INCREF(tdo);
  const old = to.dataobj;
  to.dataobj = tdo as teedataobject;
  Py_XDECREF(old);
  to.index = index;
  return Py_NewNone();
}

const tee_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools._tee", tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 32,
  tp_dealloc: tee_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: tee_next, tp_new: tee_new,
  tp_methods: [
    { ml_name: "__copy__", ml_meth: tee_copy, ml_flags: METH_NOARGS, ml_doc: "Returns an independent iterator." },
    { ml_name: "__reduce__", ml_meth: tee_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: tee_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "_tee(iterable, /)\n--\n\nAn iterator made copyable (what tee() hands out).",
});

/** @cpython itertools_tee_impl: n iterators; the first is the source itself if it has __copy__. */
function itertools_tee(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("tee", args.length, 1, 2)) return null;
  let n = 2;
  if (args.length > 1) {
    const v = convert_ssize_t(args[1]);
    if (v === null) return null;
    n = v;
  }
  if (n < 0) return PyErr_SetString(PyExc_ValueError, "n must be >= 0");
  if (n === 0) return PyTuple_New(0);
  const it = PyObject_GetIter(args[0]);
  if (it === null) return null;
  const found = _PyObject_LookupAttr(it, _PyUnicode_FromId("__copy__"));
  if (found === null) {
    Py_DECREF(it);
    return null;
  }
  let copyable: PyObject;
  let copyfunc: PyObject;
  if (found !== undefined) {
    copyable = it;
    copyfunc = found;
  } else {
    const c = tee_fromiterable(it);
    Py_DECREF(it);
    if (c === null) return null;
    copyable = c;
    const f = PyObject_GetAttr(copyable, _PyUnicode_FromId("__copy__"));
    if (f === null) {
      Py_DECREF(copyable);
      return null;
    }
    copyfunc = f;
  }
  const items: PyObject[] = [copyable];
  for (let i = 1; i < n; i++) {
    const c = PyObject_CallNoArgs(copyfunc);
    if (c === null) {
      Py_DECREF(copyfunc);
      for (const x of items) Py_DECREF(x);
      return null;
    }
    items.push(c);
  }
  Py_DECREF(copyfunc);
  return _PyTuple_FromArraySteal(items);
}

// -- cycle ----------------------------------------------------------------------------------------------

/** @cpython cycleobject */
class cycleobject extends PyObject {
  it: PyObject | null;
  saved: PyListObject;
  index: number;
  firstpass: boolean;
  constructor(type: PyTypeObject, it: PyObject, saved: PyListObject) {
    super(type);
    this.it = it;
    this.saved = saved;
    this.index = 0;
    this.firstpass = false;
  }
}

/** @cpython itertools_cycle_impl */
function cycle_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, cycle_type, "cycle", kwnames)) return null;
  if (!_PyArg_CheckPositional("cycle", npos(args, kwnames), 1, 1)) return null;
  const it = PyObject_GetIter(args[0]);
  if (it === null) return null;
  alloc_type(type);
  return new cycleobject(type, it, PyList_New(0));
}

/** @cpython cycle_dealloc */
function cycle_dealloc(o: PyObject): void {
  const lz = o as cycleobject;
  Py_XDECREF(lz.it);
  Py_XDECREF(lz.saved);
}

/** @cpython cycle_next: the first pass copies items into `saved`; later passes replay it. */
function cycle_next(o: PyObject): PyObject | null {
  const lz = o as cycleobject;
  if (lz.it !== null) {
    const item = PyIter_Next(lz.it);
    if (item !== null) {
      if (lz.firstpass) return item;
      if (PyList_Append(lz.saved, item) < 0) {
        Py_DECREF(item);
        return null;
      }
      return item;
    }
    if (PyErr_Occurred()) return null;
    const it = lz.it;
    lz.it = null;
    Py_DECREF(it);
  }
  const saved = lz.saved.ob_item;
  if (saved.length === 0) return null;
  const item = saved[lz.index];
  lz.index++;
  if (lz.index >= saved.length) lz.index = 0;
  Py_INCREF(item);
  return item;
}

/** @cpython cycle_reduce */
function cycle_reduce(o: PyObject): PyObject | null {
  const lz = o as cycleobject;
  if (lz.it === null) {
    const it = PyObject_GetIter(lz.saved);
    if (it === null) return null;
    if (lz.index !== 0) {
      const idx = PyLong_FromNumber(lz.index);
      const res = PyObject_CallMethod(it, "__setstate__", [idx]);
      Py_DECREF(idx);
      if (res === null) {
        Py_DECREF(it);
        return null;
      }
      Py_DECREF(res);
    }
    const args = _PyTuple_FromArraySteal([it]);
    const state = tup(lz.saved, PyBool_FromLong(1));
    Py_DECREF(state.ob_item[1]);
    const r = reduce_value(lz.ob_type, args, state);
    Py_DECREF(args);
    Py_DECREF(state);
    return r;
  }
  const args = tup(lz.it);
  const flag = PyBool_FromLong(lz.firstpass ? 1 : 0);
  const state = tup(lz.saved, flag);
  Py_DECREF(flag);
  const r = reduce_value(lz.ob_type, args, state);
  Py_DECREF(args);
  Py_DECREF(state);
  return r;
}

/** @cpython cycle_setstate */
function cycle_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as cycleobject;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state is not a tuple");
  if (!state_arity(state, 2, 2)) return null;
  const saved = state.ob_item[0];
  if (!PyList_Check(saved)) return PyErr_SetString(PyExc_TypeError, `argument 1 must be list, not ${_PyType_Name(saved.ob_type)}`);
  const firstpass = convert_int(state.ob_item[1]);
  if (firstpass === null) return null;
  Py_INCREF(saved);
  const old = lz.saved;
  lz.saved = saved;
  Py_DECREF(old);
  lz.firstpass = firstpass !== 0;
  lz.index = 0;
  return Py_NewNone();
}

const cycle_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.cycle", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: cycle_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: cycle_next, tp_new: cycle_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: cycle_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: cycle_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "cycle(iterable, /)\n--\n\nThe items of iterable, then the same items again, endlessly.",
});

// -- dropwhile and takewhile ---------------------------------------------------------------------------

/** @cpython dropwhileobject / takewhileobject (one shape: a predicate, an iterator and a flag) */
class predicateobject extends PyObject {
  func: PyObject;
  it: PyObject;
  /** dropwhile: 1 once the predicate failed (start); takewhile: 1 once it failed (stop). */
  flag: number;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type);
    this.func = func;
    this.it = it;
    this.flag = 0;
  }
}

function predicate_new(type: PyTypeObject, base: PyTypeObject, name: string, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, base, name, kwnames)) return null;
  if (!_PyArg_CheckPositional(name, npos(args, kwnames), 2, 2)) return null;
  const it = PyObject_GetIter(args[1]);
  if (it === null) return null;
  alloc_type(type);
  Py_INCREF(args[0]);
  return new predicateobject(type, args[0], it);
}

/** @cpython itertools_dropwhile_impl */
function dropwhile_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return predicate_new(type, dropwhile_type, "dropwhile", args, kwnames);
}

/** @cpython itertools_takewhile_impl */
function takewhile_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return predicate_new(type, takewhile_type, "takewhile", args, kwnames);
}

/** @cpython dropwhile_dealloc / takewhile_dealloc */
function predicate_dealloc(o: PyObject): void {
  const lz = o as predicateobject;
  Py_XDECREF(lz.func);
  Py_XDECREF(lz.it);
}

/** @cpython dropwhile_next */
function dropwhile_next(o: PyObject): PyObject | null {
  const lz = o as predicateobject;
  const it = lz.it;
  const iternext = it.ob_type.tp_iternext!;
  for (;;) {
    const item = iternext(it);
    if (item === null) return null;
    if (lz.flag === 1) return item;
    const good = PyObject_CallOneArg(lz.func, item);
    if (good === null) {
      Py_DECREF(item);
      return null;
    }
    const ok = PyObject_IsTrue(good);
    Py_DECREF(good);
    if (ok === 0) {
      lz.flag = 1;
      return item;
    }
    Py_DECREF(item);
    if (ok < 0) return null;
  }
}

/** @cpython takewhile_next */
function takewhile_next(o: PyObject): PyObject | null {
  const lz = o as predicateobject;
  if (lz.flag === 1) return null;
  const it = lz.it;
  const item = it.ob_type.tp_iternext!(it);
  if (item === null) return null;
  const good = PyObject_CallOneArg(lz.func, item);
  if (good === null) {
    Py_DECREF(item);
    return null;
  }
  const ok = PyObject_IsTrue(good);
  Py_DECREF(good);
  if (ok > 0) return item;
  Py_DECREF(item);
  if (ok === 0) lz.flag = 1;
  return null;
}

/** @cpython dropwhile_reduce / takewhile_reduce: (type, (func, it), flag) */
function predicate_reduce(o: PyObject): PyObject | null {
  const lz = o as predicateobject;
  const args = tup(lz.func, lz.it);
  const flag = PyLong_FromNumber(lz.flag);
  const r = reduce_value(lz.ob_type, args, flag);
  Py_DECREF(args);
  Py_DECREF(flag);
  return r;
}

/** @cpython dropwhile_setstate / takewhile_reduce_setstate */
function predicate_setstate(o: PyObject, state: PyObject): PyObject | null {
  const flag = PyObject_IsTrue(state);
  if (flag < 0) return null;
  (o as predicateobject).flag = flag;
  return Py_NewNone();
}

const predicate_methods: PyMethodDef[] = [
  { ml_name: "__reduce__", ml_meth: predicate_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
  { ml_name: "__setstate__", ml_meth: predicate_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
];

const dropwhile_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.dropwhile", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: predicate_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: dropwhile_next, tp_new: dropwhile_new,
  tp_methods: predicate_methods,
  tp_doc: "dropwhile(predicate, iterable, /)\n--\n\nSkip the leading items of iterable for which predicate(item) is true;\nthen pass on every remaining item.",
});

const takewhile_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.takewhile", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: predicate_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: takewhile_next, tp_new: takewhile_new,
  tp_methods: predicate_methods,
  tp_doc: "takewhile(predicate, iterable, /)\n--\n\nThe leading items of iterable for which predicate(item) is true; stop at\nthe first item for which it is false.",
});

// -- islice --------------------------------------------------------------------------------------------

/** @cpython isliceobject */
class isliceobject extends PyObject {
  it: PyObject | null;
  next: number;
  stop: number;
  step: number;
  cnt: number;
  constructor(type: PyTypeObject, it: PyObject, start: number, stop: number, step: number) {
    super(type);
    this.it = it;
    this.next = start;
    this.stop = stop;
    this.step = step;
    this.cnt = 0;
  }
}

const islice_stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/** @cpython islice_new: islice(iterable, stop) or islice(iterable, start, stop[, step]) */
function islice_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, islice_type, "islice", kwnames)) return null;
  const numargs = npos(args, kwnames);
  if (!_PyArg_CheckPositional("islice", numargs, 2, 4)) return null;
  const seq = args[0], a1 = args[1];
  let start = 0, stop = -1, step = 1;
  if (numargs === 2) {
    if (a1 !== Py_None) {
      stop = PyNumber_AsSsize_t(a1, PyExc_OverflowError);
      if (stop === -1) {
        if (PyErr_Occurred()) PyErr_Clear();
        return PyErr_SetString(PyExc_ValueError, islice_stop_msg);
      }
    }
  } else {
    const a2 = args[2];
    if (a1 !== Py_None) start = PyNumber_AsSsize_t(a1, PyExc_OverflowError);
    if (start === -1 && PyErr_Occurred()) PyErr_Clear();
    if (a2 !== Py_None) {
      stop = PyNumber_AsSsize_t(a2, PyExc_OverflowError);
      if (stop === -1) {
        if (PyErr_Occurred()) PyErr_Clear();
        return PyErr_SetString(PyExc_ValueError, islice_stop_msg);
      }
    }
  }
  if (start < 0 || stop < -1) {
    return PyErr_SetString(PyExc_ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (numargs === 4) {
    if (args[3] !== Py_None) step = PyNumber_AsSsize_t(args[3], PyExc_OverflowError);
    if (step === -1 && PyErr_Occurred()) PyErr_Clear();
  }
  if (step < 1) return PyErr_SetString(PyExc_ValueError, "Step for islice() must be a positive integer or None.");
  const it = PyObject_GetIter(seq);
  if (it === null) return null;
  alloc_type(type);
  return new isliceobject(type, it, start, stop, step);
}

/** @cpython islice_dealloc */
function islice_dealloc(o: PyObject): void {
  Py_XDECREF((o as isliceobject).it);
}

function islice_clear_it(lz: isliceobject): null {
  const it = lz.it;
  lz.it = null;
  Py_XDECREF(it);
  return null;
}

/** @cpython islice_next: skip up to `next`, hand out one item, move `next` on by step. */
function islice_next(o: PyObject): PyObject | null {
  const lz = o as isliceobject;
  const it = lz.it;
  const stop = lz.stop;
  if (it === null) return null;
  const iternext = it.ob_type.tp_iternext!;
  while (lz.cnt < lz.next) {
    const item = iternext(it);
    if (item === null) return islice_clear_it(lz);
    Py_DECREF(item);
    lz.cnt++;
  }
  if (stop !== -1 && lz.cnt >= stop) return islice_clear_it(lz);
  const item = iternext(it);
  if (item === null) return islice_clear_it(lz);
  lz.cnt++;
  const oldnext = lz.next;
  lz.next += lz.step;
  if ((lz.next > Number.MAX_SAFE_INTEGER && ssize_add_overflows(oldnext, lz.step)) || (stop !== -1 && lz.next > stop)) lz.next = stop;
  return item;
}

/**
 * Whether a + b passes sys.maxsize, where CPython's Py_ssize_t addition in islice_next
 * wraps (it then jumps to stop). Values at or past 2**63 stand for sys.maxsize, which a
 * double cannot hold exactly.
 */
function ssize_add_overflows(a: number, b: number): boolean {
  const big = (x: number): bigint => (x >= PY_SSIZE_T_MAX ? 9223372036854775807n : BigInt(x));
  return big(a) + big(b) > 9223372036854775807n;
}

/** @cpython islice_reduce */
function islice_reduce(o: PyObject): PyObject | null {
  const lz = o as isliceobject;
  if (lz.it === null) {
    const empty_list = PyList_New(0);
    const empty_it = PyObject_GetIter(empty_list);
    Py_DECREF(empty_list);
    if (empty_it === null) return null;
    const zero = PyLong_FromNumber(0);
    const args = _PyTuple_FromArraySteal([empty_it, zero]);
    Py_INCREF(zero);
    const r = reduce_value(lz.ob_type, args, zero);
    Py_DECREF(args);
    Py_DECREF(zero);
    return r;
  }
  const stop = lz.stop === -1 ? Py_NewNone() : PyLong_FromNumber(lz.stop);
  const next = PyLong_FromNumber(lz.next), step = PyLong_FromNumber(lz.step), cnt = PyLong_FromNumber(lz.cnt);
  Py_INCREF(lz.it);
  const args = _PyTuple_FromArraySteal([lz.it, next, stop, step]);
  const r = reduce_value(lz.ob_type, args, cnt);
  Py_DECREF(args);
  Py_DECREF(cnt);
  return r;
}

/** @cpython islice_setstate */
function islice_setstate(o: PyObject, state: PyObject): PyObject | null {
  const cnt = PyLong_AsSsize_t(state);
  if (cnt === -1 && PyErr_Occurred()) return null;
  (o as isliceobject).cnt = cnt;
  return Py_NewNone();
}

const islice_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.islice", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: islice_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: islice_next, tp_new: islice_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: islice_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: islice_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"
    + "The items of iterable that seq[start:stop:step] would select from a list,\nread lazily: start defaults to 0 and step to 1, and None means the default\n(for stop: no end). No index may be negative.",
});

// -- starmap ---------------------------------------------------------------------------------------------

/** @cpython starmapobject */
class starmapobject extends PyObject {
  func: PyObject;
  it: PyObject;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type);
    this.func = func;
    this.it = it;
  }
}

/** @cpython itertools_starmap_impl */
function starmap_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, starmap_type, "starmap", kwnames)) return null;
  if (!_PyArg_CheckPositional("starmap", npos(args, kwnames), 2, 2)) return null;
  const it = PyObject_GetIter(args[1]);
  if (it === null) return null;
  alloc_type(type);
  Py_INCREF(args[0]);
  return new starmapobject(type, args[0], it);
}

/** @cpython starmap_dealloc */
function starmap_dealloc(o: PyObject): void {
  const lz = o as starmapobject;
  Py_XDECREF(lz.func);
  Py_XDECREF(lz.it);
}

/** @cpython starmap_next: func(*item) */
function starmap_next(o: PyObject): PyObject | null {
  const lz = o as starmapobject;
  const it = lz.it;
  let args = it.ob_type.tp_iternext!(it);
  if (args === null) return null;
  if (!PyTuple_CheckExact(args)) {
    const newargs = PySequence_Tuple(args);
    Py_DECREF(args);
    if (newargs === null) return null;
    args = newargs;
  }
  const result = PyObject_Call(lz.func, args, null);
  Py_DECREF(args);
  return result;
}

/** @cpython starmap_reduce */
function starmap_reduce(o: PyObject): PyObject | null {
  const lz = o as starmapobject;
  const args = tup(lz.func, lz.it);
  const r = reduce_value(lz.ob_type, args);
  Py_DECREF(args);
  return r;
}

const starmap_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.starmap", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: starmap_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: starmap_next, tp_new: starmap_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: starmap_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "starmap(function, iterable, /)\n--\n\nfunction(*args) for each tuple of arguments args that iterable yields.",
});

// -- chain -----------------------------------------------------------------------------------------------

/** @cpython chainobject */
class chainobject extends PyObject {
  /** The iterator over the input iterables; null once they are all used up. */
  source: PyObject | null;
  /** The iterator of the input being read; null between inputs. */
  active: PyObject | null;
  constructor(type: PyTypeObject, source: PyObject) {
    super(type);
    this.source = source;
    this.active = null;
  }
}

/** @cpython chain_new_internal (source is stolen) */
function chain_new_internal(type: PyTypeObject, source: PyObject): PyObject {
  alloc_type(type);
  return new chainobject(type, source);
}

/** @cpython chain_new */
function chain_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, chain_type, "chain", kwnames)) return null;
  const n = npos(args, kwnames);
  const argtuple = PyTuple_FromArray(n === args.length ? args : args.slice(0, n));
  const source = PyObject_GetIter(argtuple);
  Py_DECREF(argtuple);
  if (source === null) return null;
  return chain_new_internal(type, source);
}

/** @cpython itertools_chain_from_iterable */
function chain_from_iterable(type: PyObject, arg: PyObject): PyObject | null {
  const source = PyObject_GetIter(arg);
  if (source === null) return null;
  return chain_new_internal(type as PyTypeObject, source);
}

/** @cpython chain_dealloc */
function chain_dealloc(o: PyObject): void {
  const lz = o as chainobject;
  Py_XDECREF(lz.active);
  Py_XDECREF(lz.source);
}

/** @cpython chain_next */
function chain_next(o: PyObject): PyObject | null {
  const lz = o as chainobject;
  while (lz.source !== null) {
    if (lz.active === null) {
      const iterable = PyIter_Next(lz.source);
      if (iterable === null) {
        const s = lz.source;
        lz.source = null;
        Py_DECREF(s);
        return null;
      }
      lz.active = PyObject_GetIter(iterable);
      Py_DECREF(iterable);
      if (lz.active === null) {
        const s = lz.source;
        lz.source = null;
        Py_XDECREF(s);
        return null;
      }
    }
    const active = lz.active;
    const item = active.ob_type.tp_iternext!(active);
    if (item !== null) return item;
    if (PyErr_Occurred()) {
      if (PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
      else return null;
    }
    const a = lz.active;
    lz.active = null;
    Py_XDECREF(a);
  }
  return null;
}

/** @cpython chain_reduce */
function chain_reduce(o: PyObject): PyObject | null {
  const lz = o as chainobject;
  const empty = PyTuple_New(0);
  let r: PyObject;
  if (lz.source !== null) {
    const state = lz.active !== null ? tup(lz.source, lz.active) : tup(lz.source);
    r = reduce_value(lz.ob_type, empty, state);
    Py_DECREF(state);
  } else {
    r = reduce_value(lz.ob_type, empty);
  }
  Py_DECREF(empty);
  return r;
}

/** @cpython chain_setstate */
function chain_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as chainobject;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state is not a tuple");
  if (!state_arity(state, 1, 2)) return null;
  const source = state.ob_item[0];
  const active = state.ob_item.length > 1 ? state.ob_item[1] : null;
  if (!PyIter_Check(source) || (active !== null && !PyIter_Check(active))) {
    return PyErr_SetString(PyExc_TypeError, "Arguments must be iterators.");
  }
  Py_INCREF(source);
  Py_XINCREF(active);
  const s = lz.source, a = lz.active;
  lz.source = source;
  lz.active = active;
  Py_XDECREF(s);
  Py_XDECREF(a);
  return Py_NewNone();
}

const chain_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.chain", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: chain_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: chain_next, tp_new: chain_new,
  tp_methods: [
    { ml_name: "from_iterable", ml_meth: chain_from_iterable, ml_flags: METH_O | METH_CLASS,
      ml_doc: "from_iterable($type, iterable, /)\n--\n\nA chain over the iterables that iterable yields, taken lazily one by one." },
    { ml_name: "__reduce__", ml_meth: chain_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: chain_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAlias(cls, arg), ml_flags: METH_O | METH_CLASS,
      ml_doc: "See PEP 585" },
  ],
  tp_doc: "chain(*iterables) --> chain object\n\nThe items of the first iterable, then those of the second, and so on until\nthe last one is used up.",
});

// -- product ---------------------------------------------------------------------------------------------

/** @cpython productobject */
class productobject extends PyObject {
  pools: PyTupleObject;
  indices: number[];
  result: PyTupleObject | null;
  stopped: boolean;
  constructor(type: PyTypeObject, pools: PyTupleObject, indices: number[]) {
    super(type);
    this.pools = pools;
    this.indices = indices;
    this.result = null;
    this.stopped = false;
  }
}

/** @cpython product_new: product(*iterables, repeat=1) */
function product_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  let repeat = 1;
  const nargs0 = npos(args, kwnames);
  if (kwnames !== null && kwnames.ob_item.length > 0) {
    const a = _PyArg_UnpackKeywordsClinic(args.slice(nargs0), kwnames, "product", 0, ["repeat"], 0, 0, 0);
    if (a === null) return null;
    if (a[0] !== null) {
      const r = convert_ssize_t(a[0]);
      if (r === null) return null;
      repeat = r;
    }
    if (repeat < 0) return PyErr_SetString(PyExc_ValueError, "repeat argument cannot be negative");
  }
  const nargs = repeat === 0 ? 0 : nargs0;
  if (nargs > 0 && nargs * repeat > 2 ** 31) return PyErr_SetString(PyExc_OverflowError, "repeat argument too large");
  const npools = nargs * repeat;
  const pools: PyObject[] = new Array(npools);
  for (let i = 0; i < nargs; i++) {
    const pool = PySequence_Tuple(args[i]);
    if (pool === null) {
      for (let j = 0; j < i; j++) Py_DECREF(pools[j]);
      return null;
    }
    pools[i] = pool;
  }
  for (let i = nargs; i < npools; i++) {
    const pool = pools[i - nargs];
    Py_INCREF(pool);
    pools[i] = pool;
  }
  alloc_type(type);
  return new productobject(type, _PyTuple_FromArraySteal(pools), new Array(npools).fill(0));
}

/** @cpython product_dealloc */
function product_dealloc(o: PyObject): void {
  const lz = o as productobject;
  Py_XDECREF(lz.pools);
  Py_XDECREF(lz.result);
}

/** @cpython product_sizeof */
function product_sizeof(o: PyObject): PyObject {
  const lz = o as productobject;
  return PyLong_FromNumber(lz.ob_type.tp_basicsize + lz.pools.ob_item.length * 8);
}

/** @cpython product_next: advance the indices like an odometer, rightmost fastest. */
function product_next(o: PyObject): PyObject | null {
  const lz = o as productobject;
  if (lz.stopped) return null;
  const pools = lz.pools.ob_item;
  const npools = pools.length;
  let result = lz.result;
  if (result === null) {
    const items: PyObject[] = new Array(npools);
    for (let i = 0; i < npools; i++) {
      const pool = (pools[i] as PyTupleObject).ob_item;
      if (pool.length === 0) {
        for (let j = 0; j < i; j++) Py_DECREF(items[j]);
        lz.stopped = true;
        return null;
      }
      Py_INCREF(pool[0]);
      items[i] = pool[0];
    }
    result = lz.result = _PyTuple_FromArraySteal(items);
  } else {
    result = lz.result = reusable_result(result);
    const indices = lz.indices;
    let i = npools - 1;
    for (; i >= 0; i--) {
      const pool = (pools[i] as PyTupleObject).ob_item;
      indices[i]++;
      if (indices[i] === pool.length) {
        indices[i] = 0;
        tuple_replace(result, i, pool[0]);
      } else {
        tuple_replace(result, i, pool[indices[i]]);
        break;
      }
    }
    if (i < 0) {
      lz.stopped = true;
      return null;
    }
  }
  Py_INCREF(result);
  return result;
}

/** @cpython product_reduce */
function product_reduce(o: PyObject): PyObject | null {
  const lz = o as productobject;
  if (lz.stopped) {
    const empty = PyTuple_New(0);
    const args = _PyTuple_FromArraySteal([empty]);
    const r = reduce_value(lz.ob_type, args);
    Py_DECREF(args);
    return r;
  }
  if (lz.result === null) return reduce_value(lz.ob_type, lz.pools);
  const indices = int_tuple(lz.indices, lz.pools.ob_item.length);
  const r = reduce_value(lz.ob_type, lz.pools, indices);
  Py_DECREF(indices);
  return r;
}

/** @cpython product_setstate */
function product_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as productobject;
  const pools = lz.pools.ob_item;
  const n = pools.length;
  if (!PyTuple_Check(state) || state.ob_item.length !== n) return PyErr_SetString(PyExc_ValueError, "invalid arguments");
  for (let i = 0; i < n; i++) {
    let index = PyLong_AsSsize_t(state.ob_item[i]);
    if (index < 0 && PyErr_Occurred()) return null;
    const poolsize = (pools[i] as PyTupleObject).ob_item.length;
    if (poolsize === 0) {
      lz.stopped = true;
      return Py_NewNone();
    }
    if (index < 0) index = 0;
    else if (index > poolsize - 1) index = poolsize - 1;
    lz.indices[i] = index;
  }
  const items: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = (pools[i] as PyTupleObject).ob_item[lz.indices[i]];
    Py_INCREF(e);
    items[i] = e;
  }
  const old = lz.result;
  lz.result = _PyTuple_FromArraySteal(items);
  Py_XDECREF(old);
  return Py_NewNone();
}

const product_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.product", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: product_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: product_next, tp_new: product_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: product_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: product_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
    { ml_name: "__sizeof__", ml_meth: product_sizeof, ml_flags: METH_NOARGS, ml_doc: sizeof_doc },
  ],
  tp_doc: "product(*iterables, repeat=1) --> product object\n\nThe cartesian product of the iterables, as tuples, in the order nested\nfor-loops would give them (the rightmost element changes fastest):\n\n"
    + "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n\nproduct(A, repeat=n) is product(A, A, ..., A) with n copies of A.",
});

// -- combinations, combinations_with_replacement, permutations -------------------------------------------

/** @cpython combinationsobject / cwrobject (same fields) */
class combinationsobject extends PyObject {
  pool: PyTupleObject;
  indices: number[];
  result: PyTupleObject | null;
  r: number;
  stopped: boolean;
  constructor(type: PyTypeObject, pool: PyTupleObject, indices: number[], r: number, stopped: boolean) {
    super(type);
    this.pool = pool;
    this.indices = indices;
    this.result = null;
    this.r = r;
    this.stopped = stopped;
  }
}

const combinations_kwlist = ["iterable", "r"];

/** Shared by combinations and cwr: parse (iterable, r), make the pool and check r. */
function combinations_parse(fname: string, args: PyObject[], kwnames: PyTupleObject | null): [PyTupleObject, number] | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, fname, 0, combinations_kwlist, 2, 2, 0);
  if (a === null) return null;
  const r = convert_ssize_t(a[1]!);
  if (r === null) return null;
  const pool = PySequence_Tuple(a[0]!);
  if (pool === null) return null;
  if (r < 0) {
    Py_DECREF(pool);
    PyErr_SetString(PyExc_ValueError, "r must be non-negative");
    return null;
  }
  return [pool, r];
}

/** @cpython itertools_combinations_impl */
function combinations_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const p = combinations_parse("combinations", args, kwnames);
  if (p === null) return null;
  const [pool, r] = p;
  const indices: number[] = new Array(r);
  for (let i = 0; i < r; i++) indices[i] = i;
  alloc_type(type);
  return new combinationsobject(type, pool, indices, r, r > pool.ob_item.length);
}

/** @cpython combinations_dealloc / cwr_dealloc */
function combinations_dealloc(o: PyObject): void {
  const co = o as combinationsobject;
  Py_XDECREF(co.pool);
  Py_XDECREF(co.result);
}

/** @cpython combinations_sizeof / cwr_sizeof */
function combinations_sizeof(o: PyObject): PyObject {
  const co = o as combinationsobject;
  return PyLong_FromNumber(co.ob_type.tp_basicsize + co.r * 8);
}

/** @cpython combinations_next */
function combinations_next(o: PyObject): PyObject | null {
  const co = o as combinationsobject;
  if (co.stopped) return null;
  const pool = co.pool.ob_item;
  const indices = co.indices;
  const n = pool.length, r = co.r;
  let result = co.result;
  if (result === null) {
    const items: PyObject[] = new Array(r);
    for (let i = 0; i < r; i++) {
      const e = pool[indices[i]];
      Py_INCREF(e);
      items[i] = e;
    }
    result = co.result = _PyTuple_FromArraySteal(items);
  } else {
    result = co.result = reusable_result(result);
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      co.stopped = true;
      return null;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    for (; i < r; i++) tuple_replace(result, i, pool[indices[i]]);
  }
  Py_INCREF(result);
  return result;
}

/** @cpython combinations_reduce / cwr_reduce */
function combinations_reduce(o: PyObject): PyObject | null {
  const lz = o as combinationsobject;
  const r = PyLong_FromNumber(lz.r);
  let value: PyObject;
  if (lz.result === null) {
    const args = tup(lz.pool, r);
    value = reduce_value(lz.ob_type, args);
    Py_DECREF(args);
  } else if (lz.stopped) {
    const empty = PyTuple_New(0);
    const args = tup(empty, r);
    Py_DECREF(empty);
    value = reduce_value(lz.ob_type, args);
    Py_DECREF(args);
  } else {
    const args = tup(lz.pool, r);
    const indices = int_tuple(lz.indices, lz.r);
    value = reduce_value(lz.ob_type, args, indices);
    Py_DECREF(args);
    Py_DECREF(indices);
  }
  Py_DECREF(r);
  return value;
}

/** Rebuild the result tuple from the (clamped) indices, after __setstate__. */
function set_result_from_indices(lz: combinationsobject | permutationsobject): void {
  const pool = lz.pool.ob_item;
  const items: PyObject[] = new Array(lz.r);
  for (let i = 0; i < lz.r; i++) {
    const e = pool[lz.indices[i]];
    Py_INCREF(e);
    items[i] = e;
  }
  const old = lz.result;
  lz.result = _PyTuple_FromArraySteal(items);
  Py_XDECREF(old);
}

/** @cpython combinations_setstate */
function combinations_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as combinationsobject;
  const n = lz.pool.ob_item.length;
  if (!PyTuple_Check(state) || state.ob_item.length !== lz.r) return PyErr_SetString(PyExc_ValueError, "invalid arguments");
  for (let i = 0; i < lz.r; i++) {
    let index = PyLong_AsSsize_t(state.ob_item[i]);
    if (index === -1 && PyErr_Occurred()) return null;
    const max = i + n - lz.r;
    if (index > max) index = max;
    if (index < 0) index = 0;
    lz.indices[i] = index;
  }
  set_result_from_indices(lz);
  return Py_NewNone();
}

const combinations_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.combinations", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: combinations_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: combinations_next, tp_new: combinations_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: combinations_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: combinations_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
    { ml_name: "__sizeof__", ml_meth: combinations_sizeof, ml_flags: METH_NOARGS, ml_doc: sizeof_doc },
  ],
  tp_doc: "combinations(iterable, r)\n--\n\nThe r-length subsequences of the items of iterable, as tuples, in the order\nof their positions (no item is used twice):\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
});

/** @cpython itertools_combinations_with_replacement_impl */
function cwr_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const p = combinations_parse("combinations_with_replacement", args, kwnames);
  if (p === null) return null;
  const [pool, r] = p;
  alloc_type(type);
  return new combinationsobject(type, pool, new Array(r).fill(0), r, pool.ob_item.length === 0 && r !== 0);
}

/** @cpython cwr_next */
function cwr_next(o: PyObject): PyObject | null {
  const co = o as combinationsobject;
  if (co.stopped) return null;
  const pool = co.pool.ob_item;
  const indices = co.indices;
  const n = pool.length, r = co.r;
  let result = co.result;
  if (result === null) {
    const items: PyObject[] = new Array(r);
    if (n > 0) {
      const elem = pool[0];
      for (let i = 0; i < r; i++) {
        Py_INCREF(elem);
        items[i] = elem;
      }
    }
    result = co.result = _PyTuple_FromArraySteal(items);
  } else {
    result = co.result = reusable_result(result);
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      co.stopped = true;
      return null;
    }
    const index = indices[i] + 1;
    const elem = pool[index];
    for (; i < r; i++) {
      indices[i] = index;
      tuple_replace(result, i, elem);
    }
  }
  Py_INCREF(result);
  return result;
}

/** @cpython cwr_setstate */
function cwr_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as combinationsobject;
  if (!PyTuple_Check(state) || state.ob_item.length !== lz.r) return PyErr_SetString(PyExc_ValueError, "invalid arguments");
  const n = lz.pool.ob_item.length;
  for (let i = 0; i < lz.r; i++) {
    let index = PyLong_AsSsize_t(state.ob_item[i]);
    if (index < 0 && PyErr_Occurred()) return null;
    if (index < 0) index = 0;
    else if (index > n - 1) index = n - 1;
    lz.indices[i] = index;
  }
  set_result_from_indices(lz);
  return Py_NewNone();
}

const cwr_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.combinations_with_replacement", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: combinations_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: cwr_next, tp_new: cwr_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: combinations_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: cwr_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
    { ml_name: "__sizeof__", ml_meth: combinations_sizeof, ml_flags: METH_NOARGS, ml_doc: sizeof_doc },
  ],
  tp_doc: "combinations_with_replacement(iterable, r)\n--\n\nThe r-length combinations of the items of iterable where an item may repeat:\n\n"
    + "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
});

/** @cpython permutationsobject */
class permutationsobject extends PyObject {
  pool: PyTupleObject;
  indices: number[];
  cycles: number[];
  result: PyTupleObject | null;
  r: number;
  stopped: boolean;
  constructor(type: PyTypeObject, pool: PyTupleObject, indices: number[], cycles: number[], r: number) {
    super(type);
    this.pool = pool;
    this.indices = indices;
    this.cycles = cycles;
    this.result = null;
    this.r = r;
    this.stopped = r > pool.ob_item.length;
  }
}

/** @cpython itertools_permutations_impl */
function permutations_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "permutations", 0, combinations_kwlist, 1, 2, 0);
  if (a === null) return null;
  const robj = a[1] ?? Py_None;
  const pool = PySequence_Tuple(a[0]!);
  if (pool === null) return null;
  const n = pool.ob_item.length;
  let r = n;
  if (robj !== Py_None) {
    if (!PyLong_Check(robj)) {
      Py_DECREF(pool);
      return PyErr_SetString(PyExc_TypeError, "Expected int as r");
    }
    r = PyLong_AsSsize_t(robj);
    if (r === -1 && PyErr_Occurred()) {
      Py_DECREF(pool);
      return null;
    }
  }
  if (r < 0) {
    Py_DECREF(pool);
    return PyErr_SetString(PyExc_ValueError, "r must be non-negative");
  }
  const indices: number[] = new Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  const cycles: number[] = new Array(r);
  for (let i = 0; i < r; i++) cycles[i] = n - i;
  alloc_type(type);
  return new permutationsobject(type, pool, indices, cycles, r);
}

/** @cpython permutations_dealloc */
function permutations_dealloc(o: PyObject): void {
  const po = o as permutationsobject;
  Py_XDECREF(po.pool);
  Py_XDECREF(po.result);
}

/** @cpython permutations_sizeof */
function permutations_sizeof(o: PyObject): PyObject {
  const po = o as permutationsobject;
  return PyLong_FromNumber(po.ob_type.tp_basicsize + po.pool.ob_item.length * 8 + po.r * 8);
}

/** @cpython permutations_next: the cycles array counts down each position's remaining choices. */
function permutations_next(o: PyObject): PyObject | null {
  const po = o as permutationsobject;
  if (po.stopped) return null;
  const pool = po.pool.ob_item;
  const indices = po.indices, cycles = po.cycles;
  const n = pool.length, r = po.r;
  let result = po.result;
  if (result === null) {
    const items: PyObject[] = new Array(r);
    for (let i = 0; i < r; i++) {
      const e = pool[indices[i]];
      Py_INCREF(e);
      items[i] = e;
    }
    result = po.result = _PyTuple_FromArraySteal(items);
  } else {
    if (n === 0) {
      po.stopped = true;
      return null;
    }
    result = po.result = reusable_result(result);
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i] -= 1;
      if (cycles[i] === 0) {
        // rotate indices[i:] left by one
        const index = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const index = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = index;
        for (let k = i; k < r; k++) tuple_replace(result, k, pool[indices[k]]);
        break;
      }
    }
    if (i < 0) {
      po.stopped = true;
      return null;
    }
  }
  Py_INCREF(result);
  return result;
}

/** @cpython permutations_reduce */
function permutations_reduce(o: PyObject): PyObject | null {
  const po = o as permutationsobject;
  const r = PyLong_FromNumber(po.r);
  let value: PyObject;
  if (po.result === null) {
    const args = tup(po.pool, r);
    value = reduce_value(po.ob_type, args);
    Py_DECREF(args);
  } else if (po.stopped) {
    const empty = PyTuple_New(0);
    const args = tup(empty, r);
    Py_DECREF(empty);
    value = reduce_value(po.ob_type, args);
    Py_DECREF(args);
  } else {
    const args = tup(po.pool, r);
    const state = _PyTuple_FromArraySteal([int_tuple(po.indices, po.pool.ob_item.length), int_tuple(po.cycles, po.r)]);
    value = reduce_value(po.ob_type, args, state);
    Py_DECREF(args);
    Py_DECREF(state);
  }
  Py_DECREF(r);
  return value;
}

/** @cpython permutations_setstate */
function permutations_setstate(o: PyObject, state: PyObject): PyObject | null {
  const po = o as permutationsobject;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state is not a tuple");
  if (!state_arity(state, 2, 2)) return null;
  const [indices, cycles] = state.ob_item;
  if (!PyTuple_Check(indices)) return PyErr_SetString(PyExc_TypeError, `argument 1 must be tuple, not ${_PyType_Name(indices.ob_type)}`);
  if (!PyTuple_Check(cycles)) return PyErr_SetString(PyExc_TypeError, `argument 2 must be tuple, not ${_PyType_Name(cycles.ob_type)}`);
  const n = po.pool.ob_item.length;
  if (indices.ob_item.length !== n || cycles.ob_item.length !== po.r) return PyErr_SetString(PyExc_ValueError, "invalid arguments");
  for (let i = 0; i < n; i++) {
    let index = PyLong_AsSsize_t(indices.ob_item[i]);
    if (index < 0 && PyErr_Occurred()) return null;
    if (index < 0) index = 0;
    else if (index > n - 1) index = n - 1;
    po.indices[i] = index;
  }
  for (let i = 0; i < po.r; i++) {
    let index = PyLong_AsSsize_t(cycles.ob_item[i]);
    if (index < 0 && PyErr_Occurred()) return null;
    if (index < 1) index = 1;
    else if (index > n - i) index = n - i;
    po.cycles[i] = index;
  }
  set_result_from_indices(po);
  return Py_NewNone();
}

const permutations_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.permutations", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: permutations_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: permutations_next, tp_new: permutations_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: permutations_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: permutations_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
    { ml_name: "__sizeof__", ml_meth: permutations_sizeof, ml_flags: METH_NOARGS, ml_doc: sizeof_doc },
  ],
  tp_doc: "permutations(iterable, r=None)\n--\n\nThe r-length orderings of the items of iterable, as tuples (r defaults to\nall of them):\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
});

// -- accumulate ------------------------------------------------------------------------------------------

/** @cpython accumulateobject */
class accumulateobject extends PyObject {
  total: PyObject | null;
  it: PyObject;
  /** The function; null means addition. */
  binop: PyObject | null;
  initial: PyObject;
  constructor(type: PyTypeObject, it: PyObject, binop: PyObject | null, initial: PyObject) {
    super(type);
    this.total = null;
    this.it = it;
    this.binop = binop;
    this.initial = initial;
  }
}

const accumulate_kwlist = ["iterable", "func", "initial"];

/** @cpython itertools_accumulate_impl: accumulate(iterable, func=None, *, initial=None) */
function accumulate_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "accumulate", 0, accumulate_kwlist, 1, 2, 0);
  if (a === null) return null;
  const binop = a[1] ?? Py_None, initial = a[2] ?? Py_None;
  const it = PyObject_GetIter(a[0]!);
  if (it === null) return null;
  alloc_type(type);
  if (binop !== Py_None) Py_INCREF(binop);
  Py_INCREF(initial);
  return new accumulateobject(type, it, binop === Py_None ? null : binop, initial);
}

/** @cpython accumulate_dealloc */
function accumulate_dealloc(o: PyObject): void {
  const lz = o as accumulateobject;
  Py_XDECREF(lz.binop);
  Py_XDECREF(lz.total);
  Py_XDECREF(lz.it);
  Py_XDECREF(lz.initial);
}

/** @cpython accumulate_next */
function accumulate_next(o: PyObject): PyObject | null {
  const lz = o as accumulateobject;
  if (lz.initial !== Py_None) {
    lz.total = lz.initial;
    Py_INCREF(Py_None);
    lz.initial = Py_None;
    Py_INCREF(lz.total);
    return lz.total;
  }
  const val = lz.it.ob_type.tp_iternext!(lz.it);
  if (val === null) return null;
  if (lz.total === null) {
    Py_INCREF(val);
    lz.total = val;
    return val;
  }
  const newtotal = lz.binop === null ? PyNumber_Add(lz.total, val) : PyObject_Vectorcall(lz.binop, [lz.total, val], null);
  Py_DECREF(val);
  if (newtotal === null) return null;
  Py_INCREF(newtotal);
  const old = lz.total;
  lz.total = newtotal;
  Py_DECREF(old);
  return newtotal;
}

/** @cpython accumulate_reduce */
function accumulate_reduce(o: PyObject): PyObject | null {
  const lz = o as accumulateobject;
  const binop = lz.binop ?? Py_None;
  if (lz.initial !== Py_None) {
    const first = tup(lz.initial);
    const it = PyObject_Vectorcall(chain_type, [first, lz.it], null);
    Py_DECREF(first);
    if (it === null) return null;
    const args = tup(it, binop);
    Py_DECREF(it);
    const r = reduce_value(lz.ob_type, args, Py_None);
    Py_DECREF(args);
    return r;
  }
  if (lz.total === Py_None) {
    const first = tup(lz.total);
    const chained = PyObject_Vectorcall(chain_type, [first, lz.it], null);
    Py_DECREF(first);
    if (chained === null) return null;
    const it = PyObject_Vectorcall(lz.ob_type, [chained, binop], null);
    Py_DECREF(chained);
    if (it === null) return null;
    const one = PyLong_FromNumber(1);
    const args = _PyTuple_FromArraySteal([it, one, Py_NewNone()]);
    const r = reduce_value(islice_type, args);
    Py_DECREF(args);
    return r;
  }
  const args = tup(lz.it, binop);
  const r = reduce_value(lz.ob_type, args, lz.total ?? Py_None);
  Py_DECREF(args);
  return r;
}

/** @cpython accumulate_setstate */
function accumulate_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as accumulateobject;
  Py_INCREF(state);
  const old = lz.total;
  lz.total = state;
  Py_XDECREF(old);
  return Py_NewNone();
}

const accumulate_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.accumulate", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: accumulate_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: accumulate_next, tp_new: accumulate_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: accumulate_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: accumulate_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "accumulate(iterable, func=None, *, initial=None)\n--\n\nRunning totals of iterable: sums, or the results of func(total, item)\nwhen func is given; initial, when not None, comes first.",
});

// -- compress and filterfalse ------------------------------------------------------------------------------

/** @cpython compressobject */
class compressobject extends PyObject {
  data: PyObject;
  selectors: PyObject;
  constructor(type: PyTypeObject, data: PyObject, selectors: PyObject) {
    super(type);
    this.data = data;
    this.selectors = selectors;
  }
}

const compress_kwlist = ["data", "selectors"];

/** @cpython itertools_compress_impl */
function compress_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "compress", 0, compress_kwlist, 2, 2, 0);
  if (a === null) return null;
  const data = PyObject_GetIter(a[0]!);
  if (data === null) return null;
  const selectors = PyObject_GetIter(a[1]!);
  if (selectors === null) {
    Py_DECREF(data);
    return null;
  }
  alloc_type(type);
  return new compressobject(type, data, selectors);
}

/** @cpython compress_dealloc */
function compress_dealloc(o: PyObject): void {
  const lz = o as compressobject;
  Py_XDECREF(lz.data);
  Py_XDECREF(lz.selectors);
}

/** @cpython compress_next: a datum, then its selector (in that order, as the pure-Python recipe). */
function compress_next(o: PyObject): PyObject | null {
  const lz = o as compressobject;
  const data = lz.data, selectors = lz.selectors;
  const datanext = data.ob_type.tp_iternext!, selectornext = selectors.ob_type.tp_iternext!;
  for (;;) {
    const datum = datanext(data);
    if (datum === null) return null;
    const selector = selectornext(selectors);
    if (selector === null) {
      Py_DECREF(datum);
      return null;
    }
    const ok = PyObject_IsTrue(selector);
    Py_DECREF(selector);
    if (ok > 0) return datum;
    Py_DECREF(datum);
    if (ok < 0) return null;
  }
}

/** @cpython compress_reduce */
function compress_reduce(o: PyObject): PyObject | null {
  const lz = o as compressobject;
  const args = tup(lz.data, lz.selectors);
  const r = reduce_value(lz.ob_type, args);
  Py_DECREF(args);
  return r;
}

const compress_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.compress", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: compress_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: compress_next, tp_new: compress_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: compress_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "compress(data, selectors)\n--\n\nThe items of data whose matching item in selectors is true; stops when\neither input ends.",
});

/** @cpython filterfalseobject */
class filterfalseobject extends PyObject {
  func: PyObject;
  it: PyObject;
  constructor(type: PyTypeObject, func: PyObject, it: PyObject) {
    super(type);
    this.func = func;
    this.it = it;
  }
}

/** @cpython itertools_filterfalse_impl */
function filterfalse_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!no_keywords(type, filterfalse_type, "filterfalse", kwnames)) return null;
  if (!_PyArg_CheckPositional("filterfalse", npos(args, kwnames), 2, 2)) return null;
  const it = PyObject_GetIter(args[1]);
  if (it === null) return null;
  alloc_type(type);
  Py_INCREF(args[0]);
  return new filterfalseobject(type, args[0], it);
}

/** @cpython filterfalse_dealloc */
function filterfalse_dealloc(o: PyObject): void {
  const lz = o as filterfalseobject;
  Py_XDECREF(lz.func);
  Py_XDECREF(lz.it);
}

/** @cpython filterfalse_next */
function filterfalse_next(o: PyObject): PyObject | null {
  const lz = o as filterfalseobject;
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
    if (ok === 0) return item;
    Py_DECREF(item);
    if (ok < 0) return null;
  }
}

/** @cpython filterfalse_reduce */
function filterfalse_reduce(o: PyObject): PyObject | null {
  const lz = o as filterfalseobject;
  const args = tup(lz.func, lz.it);
  const r = reduce_value(lz.ob_type, args);
  Py_DECREF(args);
  return r;
}

const filterfalse_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.filterfalse", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: filterfalse_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: filterfalse_next, tp_new: filterfalse_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: filterfalse_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "filterfalse(function, iterable, /)\n--\n\nThe items of iterable for which function(item) is false (the false items\nthemselves when function is None).",
});

// -- count ------------------------------------------------------------------------------------------------

/** count's modes: counting in a JS number, in a bigint (still CPython's fast mode), or in objects. */
const COUNT_FAST = 0;
const COUNT_BIG = 1;
const COUNT_SLOW = 2;
const SSIZE_MAX = 9223372036854775807n;

/**
 * @cpython countobject.
 * DIVERGENCE: CPython's fast mode counts in a Py_ssize_t and turns to slow mode when the
 * count reaches PY_SSIZE_T_MAX (cnt == PY_SSIZE_T_MAX is its slow-mode marker). Here the
 * fast count is a JS number while it is a safe integer and a bigint (COUNT_BIG) beyond, so
 * slow mode still begins at sys.maxsize; `mode` says which.
 */
class countobject extends PyObject {
  mode: number;
  cnt: number;
  bigcnt: bigint;
  long_cnt: PyObject | null;
  long_step: PyObject;
  constructor(type: PyTypeObject, mode: number, cnt: number, bigcnt: bigint, long_cnt: PyObject | null, long_step: PyObject) {
    super(type);
    this.mode = mode;
    this.cnt = cnt;
    this.bigcnt = bigcnt;
    this.long_cnt = long_cnt;
    this.long_step = long_step;
  }
}

const count_kwlist = ["start", "step"];

/** @cpython itertools_count_impl: count(start=0, step=1) */
function count_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "count", 0, count_kwlist, 0, 2, 0);
  if (a === null) return null;
  let long_cnt = a[0], long_step = a[1];
  if ((long_cnt !== null && !PyNumber_Check(long_cnt)) || (long_step !== null && !PyNumber_Check(long_step))) {
    return PyErr_SetString(PyExc_TypeError, "a number is required");
  }
  let fast_mode = (long_cnt === null || PyLong_Check(long_cnt)) && (long_step === null || PyLong_Check(long_step));
  let cnt: number | bigint = 0;
  if (long_cnt !== null) {
    if (fast_mode) {
      const v = (long_cnt as PyLongObject).ob_ival;
      if (typeof v === "bigint" && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) fast_mode = false;
      else cnt = v;
    }
  } else {
    long_cnt = PyLong_FromNumber(0);
    Py_DECREF(long_cnt);
  }
  if (long_step === null) {
    long_step = PyLong_FromNumber(1);
    Py_DECREF(long_step);
  }
  if (fast_mode) {
    const step = (long_step as PyLongObject).ob_ival;
    if (step !== 1) fast_mode = false;
  }
  Py_INCREF(long_step);
  alloc_type(type);
  if (!fast_mode) {
    Py_INCREF(long_cnt);
    return new countobject(type, COUNT_SLOW, 0, 0n, long_cnt, long_step);
  }
  // count(sys.maxsize) lands on CPython's slow-mode marker with no long_cnt yet.
  if (cnt === SSIZE_MAX) return new countobject(type, COUNT_SLOW, 0, 0n, null, long_step);
  if (typeof cnt === "bigint") return new countobject(type, COUNT_BIG, 0, cnt, null, long_step);
  return new countobject(type, COUNT_FAST, cnt, 0n, null, long_step);
}

/** @cpython count_dealloc */
function count_dealloc(o: PyObject): void {
  const lz = o as countobject;
  Py_XDECREF(lz.long_cnt);
  Py_XDECREF(lz.long_step);
}

/** @cpython count_nextlong: slow mode, long_cnt += long_step. */
function count_nextlong(lz: countobject): PyObject | null {
  let long_cnt = lz.long_cnt;
  if (long_cnt === null) long_cnt = PyLong_FromBigInt(SSIZE_MAX);
  const stepped_up = PyNumber_Add(long_cnt, lz.long_step);
  if (stepped_up === null) {
    if (lz.long_cnt === null) Py_DECREF(long_cnt);
    return null;
  }
  lz.long_cnt = stepped_up;
  return long_cnt;
}

/** @cpython count_next */
function count_next(o: PyObject): PyObject | null {
  const lz = o as countobject;
  if (lz.mode === COUNT_FAST) {
    const cnt = lz.cnt;
    if (cnt === Number.MAX_SAFE_INTEGER) {
      lz.mode = COUNT_BIG;
      lz.bigcnt = BigInt(cnt) + 1n;
    } else {
      lz.cnt = cnt + 1;
    }
    return PyLong_FromNumber(cnt);
  }
  if (lz.mode === COUNT_SLOW) return count_nextlong(lz);
  const v = lz.bigcnt;
  lz.bigcnt = v + 1n;
  if (lz.bigcnt === SSIZE_MAX) lz.mode = COUNT_SLOW;
  return PyLong_FromBigInt(v);
}

/** The fast-mode count as a number or bigint. */
function count_value(lz: countobject): number | bigint {
  return lz.mode === COUNT_BIG ? lz.bigcnt : lz.cnt;
}

/** @cpython count_repr */
function count_repr(o: PyObject): PyObject | null {
  const lz = o as countobject;
  const name = _PyType_Name(lz.ob_type);
  if (lz.mode !== COUNT_SLOW) return PyUnicode_FromString(`${name}(${count_value(lz)})`);
  const cntrepr = lz.long_cnt === null ? "<NULL>" : reprString(lz.long_cnt);
  if (cntrepr === null) return null;
  if (PyLong_Check(lz.long_step) && (lz.long_step as PyLongObject).ob_ival === 1) {
    return PyUnicode_FromString(`${name}(${cntrepr})`);
  }
  const steprepr = reprString(lz.long_step);
  if (steprepr === null) return null;
  return PyUnicode_FromString(`${name}(${cntrepr}, ${steprepr})`);
}

/** @cpython count_reduce */
function count_reduce(o: PyObject): PyObject | null {
  const lz = o as countobject;
  if (lz.mode === COUNT_SLOW) {
    if (lz.long_cnt === null) return PyErr_SetString(PyExc_SystemError, "NULL object passed to Py_BuildValue");
    const args = tup(lz.long_cnt, lz.long_step);
    const r = reduce_value(lz.ob_type, args);
    Py_DECREF(args);
    return r;
  }
  const v = count_value(lz);
  const args = _PyTuple_FromArraySteal([typeof v === "bigint" ? PyLong_FromBigInt(v) : PyLong_FromNumber(v)]);
  const r = reduce_value(lz.ob_type, args);
  Py_DECREF(args);
  return r;
}

const count_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.count", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: count_dealloc, tp_repr: count_repr, tp_iter: PyObject_SelfIter, tp_iternext: count_next, tp_new: count_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: count_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
  tp_doc: "count(start=0, step=1)\n--\n\nstart, start+step, start+2*step, ... endlessly. start and step may be any\nnumbers (floats, Fractions, Decimals, ...).",
});

// -- repeat ---------------------------------------------------------------------------------------------

/** @cpython repeatobject */
class repeatobject extends PyObject {
  element: PyObject;
  /** Items left, or -1 for endless. */
  cnt: number;
  constructor(type: PyTypeObject, element: PyObject, cnt: number) {
    super(type);
    this.element = element;
    this.cnt = cnt;
  }
}

const repeat_kwlist = ["object", "times"];

/** @cpython repeat_new: repeat(object[, times]) */
function repeat_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "repeat", 0, repeat_kwlist, 1, 2, 0);
  if (a === null) return null;
  const element = a[0]!;
  let cnt = -1;
  if (a[1] !== null) {
    const n = convert_ssize_t(a[1]);
    if (n === null) return null;
    cnt = n;
  }
  // an explicit negative count means none at all
  if (args.length === 2 && cnt < 0) cnt = 0;
  alloc_type(type);
  Py_INCREF(element);
  return new repeatobject(type, element, cnt);
}

/** @cpython repeat_dealloc */
function repeat_dealloc(o: PyObject): void {
  Py_XDECREF((o as repeatobject).element);
}

/** @cpython repeat_next */
function repeat_next(o: PyObject): PyObject | null {
  const ro = o as repeatobject;
  if (ro.cnt === 0) return null;
  if (ro.cnt > 0) ro.cnt--;
  Py_INCREF(ro.element);
  return ro.element;
}

/** @cpython repeat_repr */
function repeat_repr(o: PyObject): PyObject | null {
  const ro = o as repeatobject;
  const r = reprString(ro.element);
  if (r === null) return null;
  const name = _PyType_Name(ro.ob_type);
  return PyUnicode_FromString(ro.cnt === -1 ? `${name}(${r})` : `${name}(${r}, ${ro.cnt})`);
}

/** @cpython repeat_len: __length_hint__ */
function repeat_len(o: PyObject): PyObject | null {
  const ro = o as repeatobject;
  if (ro.cnt === -1) return PyErr_SetString(PyExc_TypeError, "len() of unsized object");
  return PyLong_FromNumber(ro.cnt);
}

/** @cpython repeat_reduce */
function repeat_reduce(o: PyObject): PyObject | null {
  const ro = o as repeatobject;
  let args: PyTupleObject;
  if (ro.cnt >= 0) {
    const n = PyLong_FromNumber(ro.cnt);
    args = tup(ro.element, n);
    Py_DECREF(n);
  } else {
    args = tup(ro.element);
  }
  const r = reduce_value(ro.ob_type, args);
  Py_DECREF(args);
  return r;
}

const repeat_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.repeat", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: repeat_dealloc, tp_repr: repeat_repr, tp_iter: PyObject_SelfIter, tp_iternext: repeat_next, tp_new: repeat_new,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: repeat_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: repeat_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
  ],
  tp_doc: "repeat(object [,times]) -> an iterator giving object again and again,\ntimes times, or endlessly when times is not given.",
});

// -- zip_longest ------------------------------------------------------------------------------------------

/** @cpython ziplongestobject */
class ziplongestobject extends PyObject {
  tuplesize: number;
  numactive: number;
  /** The iterators; an exhausted one is replaced by null. */
  ittuple: (PyObject | null)[];
  result: PyTupleObject;
  fillvalue: PyObject;
  constructor(type: PyTypeObject, ittuple: PyObject[], result: PyTupleObject, fillvalue: PyObject) {
    super(type);
    this.tuplesize = ittuple.length;
    this.numactive = ittuple.length;
    this.ittuple = ittuple;
    this.result = result;
    this.fillvalue = fillvalue;
  }
}

/** @cpython zip_longest_new: zip_longest(*iterables, fillvalue=None) */
function zip_longest_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  let fillvalue = Py_None;
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const tuplesize = args.length - nkw;
  if (nkw > 0) {
    if (nkw !== 1 || (kwnames!.ob_item[0] as PyUnicodeObject).str !== "fillvalue") {
      return PyErr_SetString(PyExc_TypeError, "zip_longest() got an unexpected keyword argument");
    }
    fillvalue = args[tuplesize];
  }
  const ittuple: PyObject[] = new Array(tuplesize);
  for (let i = 0; i < tuplesize; i++) {
    const it = PyObject_GetIter(args[i]);
    if (it === null) {
      for (let j = 0; j < i; j++) Py_DECREF(ittuple[j]);
      return null;
    }
    ittuple[i] = it;
  }
  const items: PyObject[] = new Array(tuplesize);
  for (let i = 0; i < tuplesize; i++) items[i] = Py_NewNone();
  alloc_type(type);
  Py_INCREF(fillvalue);
  return new ziplongestobject(type, ittuple, _PyTuple_FromArraySteal(items), fillvalue);
}

/** @cpython zip_longest_dealloc */
function zip_longest_dealloc(o: PyObject): void {
  const lz = o as ziplongestobject;
  for (const it of lz.ittuple) Py_XDECREF(it);
  lz.ittuple = [];
  Py_XDECREF(lz.result);
  Py_XDECREF(lz.fillvalue);
}

/** One item for position i: from its iterator, or the fill value once that ran out; null ends. */
function zip_longest_item(lz: ziplongestobject, i: number): PyObject | null {
  const it = lz.ittuple[i];
  if (it === null) {
    Py_INCREF(lz.fillvalue);
    return lz.fillvalue;
  }
  const item = PyIter_Next(it);
  if (item !== null) return item;
  lz.numactive -= 1;
  if (lz.numactive === 0 || PyErr_Occurred()) {
    lz.numactive = 0;
    return null;
  }
  Py_INCREF(lz.fillvalue);
  lz.ittuple[i] = null;
  Py_DECREF(it);
  return lz.fillvalue;
}

/** @cpython zip_longest_next */
function zip_longest_next(o: PyObject): PyObject | null {
  const lz = o as ziplongestobject;
  const tuplesize = lz.tuplesize;
  if (tuplesize === 0 || lz.numactive === 0) return null;
  let result = lz.result;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    for (let i = 0; i < tuplesize; i++) {
      const item = zip_longest_item(lz, i);
      if (item === null) {
        Py_DECREF(result);
        return null;
      }
      const olditem = result.ob_item[i];
      result.ob_item[i] = item;
      Py_DECREF(olditem);
    }
  } else {
    const items: PyObject[] = new Array(tuplesize);
    for (let i = 0; i < tuplesize; i++) {
      const item = zip_longest_item(lz, i);
      if (item === null) {
        for (let j = 0; j < i; j++) Py_DECREF(items[j]);
        return null;
      }
      items[i] = item;
    }
    result = _PyTuple_FromArraySteal(items);
  }
  return result;
}

/** @cpython zip_longest_reduce: exhausted inputs become empty tuples; fillvalue is the state. */
function zip_longest_reduce(o: PyObject): PyObject | null {
  const lz = o as ziplongestobject;
  const items: PyObject[] = lz.ittuple.map((it) => (it === null ? PyTuple_New(0) : Py_NewRefObj(it)));
  const args = _PyTuple_FromArraySteal(items);
  const r = reduce_value(lz.ob_type, args, lz.fillvalue);
  Py_DECREF(args);
  return r;
}

function Py_NewRefObj(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/** @cpython zip_longest_setstate */
function zip_longest_setstate(o: PyObject, state: PyObject): PyObject | null {
  const lz = o as ziplongestobject;
  Py_INCREF(state);
  const old = lz.fillvalue;
  lz.fillvalue = state;
  Py_XDECREF(old);
  return Py_NewNone();
}

const ziplongest_type: PyTypeObject = new PyTypeObject({
  tp_name: "itertools.zip_longest", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: zip_longest_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: zip_longest_next, tp_new: zip_longest_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: zip_longest_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: zip_longest_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
    + "Tuples of one item from each iterable, like zip(), but running until the\nlongest iterable ends; the shorter ones are padded with fillvalue.",
});

// -- the module -------------------------------------------------------------------------------------------

const module_methods: PyMethodDef[] = [
  { ml_name: "tee", ml_meth: itertools_tee, ml_flags: METH_FASTCALL,
    ml_doc: "tee($module, iterable, n=2, /)\n--\n\nn independent iterators over one iterable (a tuple of them)." },
];

const module_doc = "Tools for making and combining iterators.\n\n"
  + "Endless:\n"
  + "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
  + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
  + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
  + "Ending with the shortest input:\n"
  + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
  + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
  + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
  + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
  + "dropwhile(pred, seq) --> seq[n], seq[n+1], from the first item pred rejects\n"
  + "groupby(iterable[, keyfunc]) --> (key, group) for each run of equal keys\n"
  + "filterfalse(pred, seq) --> the items of seq where pred(item) is false\n"
  + "islice(seq, [start,] stop [, step]) --> seq[start:stop:step]\n"
  + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
  + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
  + "tee(it, n=2) --> (it1, it2 , ... itn), n independent iterators\n"
  + "takewhile(pred, seq) --> seq[0], seq[1], until pred rejects an item\n"
  + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
  + "Combinatorics:\n"
  + "product(p, q, ... [repeat=1]) --> cartesian product\n"
  + "permutations(p[, r])\n"
  + "combinations(p, r)\n"
  + "combinations_with_replacement(p, r)\n";

/** @cpython PyInit_itertools (itertoolsmodule_exec adds the types) */
export function PyInit_itertools(): PyObject | null {
  const m = PyModule_Create("itertools", module_doc, module_methods);
  const typelist = [
    accumulate_type, combinations_type, cwr_type, cycle_type, dropwhile_type, takewhile_type, islice_type,
    starmap_type, chain_type, compress_type, filterfalse_type, count_type, ziplongest_type, pairwise_type,
    permutations_type, product_type, repeat_type, groupby_type, _grouper_type, tee_type, teedataobject_type,
  ];
  for (const t of typelist) {
    if (PyModule_AddType(m, t) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  return m;
}
