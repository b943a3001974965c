/**
 * @mirrors Objects/enumobject.c
 * enumerate and reversed.
 *
 * enumerate counts in a machine integer while it can and switches to Python ints past that
 * (so enumerate(it, 2**70) works). It also hands out the same result tuple again when the
 * caller let go of the previous one (its reference count is back to 1), refilling it in
 * place -- a loop `for i, x in enumerate(...)` unpacks each pair at once, so one tuple serves
 * the whole loop:
 *
 *   >>> e = enumerate("ab"); id(next(e)) == id(next(e))
 *   True
 *
 * reversed(seq) defers to seq.__reversed__ when there is one (None there means "not
 * reversible"); otherwise it walks the sequence protocol from len(seq)-1 down to 0.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O, METH_CLASS,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_IndexError, PyExc_StopIteration } from "./exceptions.ts";
import { Py_None, Py_NewNone } from "./object.ts";
import { PyType_Ready, _PyType_Lookup } from "./typeobject.ts";
import { PyTupleObject, PyTuple_New, _PyTuple_FromArraySteal, Py_GenericAliasRef } from "./tupleobject.ts";
import { PyLong_FromNumber, PyLong_FromBigInt, PyNumber_Index, PyLong_AsSsize_t, type PyLongObject } from "./longobject.ts";
import { _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyObject_GetIter } from "./abstract.ts";
import { PyObject_CallNoArgs } from "./call.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import { PyObject_SelfIter, _PySequence_Check, _PySequence_GetItemNonNeg } from "./iterobject.ts";
const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const setstate_doc = "Set state information for unpickling.";

// -- enumerate --------------------------------------------------------------------------------------

/** @cpython enumobject */
export class enumobject extends PyObject {
  /** The next count while it is a safe integer. */
  en_index: number;
  /** The iterator being enumerated. */
  en_sit: PyObject | null;
  /** The result tuple, reused while nobody else holds it. */
  en_result: PyTupleObject | null;
  /** The next count once it has outgrown en_index (then en_index is EN_INDEX_LONG). */
  en_longindex: bigint;
  constructor(type: PyTypeObject) {
    super(type);
    this.en_index = 0;
    this.en_sit = null;
    this.en_result = null;
    this.en_longindex = 0n;
  }
}

/**
 * en_index's marker value for "the count lives in en_longindex".
 * DIVERGENCE: CPython switches at PY_SSIZE_T_MAX; a JS number stays exact only up to 2**53.
 */
const EN_INDEX_LONG = Number.MAX_SAFE_INTEGER;

/** @cpython enum_new_impl: enumerate(iterable, start=0) */
function enum_new_impl(type: PyTypeObject, iterable: PyObject, start: PyObject | null): PyObject | null {
  const en = new enumobject(type);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  if (start !== null) {
    const s = PyNumber_Index(start);
    if (s === null) {
      Py_DECREF(en);
      return null;
    }
    const v = (s as PyLongObject).ob_ival;
    Py_DECREF(s);
    if (typeof v === "number" && v < EN_INDEX_LONG) en.en_index = v;
    else {
      en.en_index = EN_INDEX_LONG;
      en.en_longindex = BigInt(v);
    }
  }
  const it = PyObject_GetIter(iterable);
  if (it === null) {
    Py_DECREF(en);
    return null;
  }
  en.en_sit = it;
  Py_INCREF(Py_None);
  Py_INCREF(Py_None);
  en.en_result = _PyTuple_FromArraySteal([Py_None, Py_None]);
  return en;
}

function invalid_keyword(kw: PyObject): null {
  return PyErr_SetString(PyExc_TypeError, `'${(kw as PyUnicodeObject).str}' is an invalid keyword argument for enumerate()`);
}

/**
 * @cpython enumerate_vectorcall: enumerate's own argument handling (iterable and start may
 * be given by keyword). Subclasses get the Argument Clinic parser's messages instead.
 */
function enum_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkwargs = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkwargs;
  if (type !== PyEnum_Type) return enum_new_clinic(type, args, nargs, kwnames);
  if (nargs + nkwargs === 2) {
    if (nkwargs === 1) {
      if ((kwnames!.ob_item[0] as PyUnicodeObject).str !== "start") return invalid_keyword(kwnames!.ob_item[0]);
    } else if (nkwargs === 2) {
      const kw0 = kwnames!.ob_item[0] as PyUnicodeObject;
      if (kw0.str === "start") {
        if ((kwnames!.ob_item[1] as PyUnicodeObject).str !== "iterable") return invalid_keyword(kwnames!.ob_item[1]);
        return enum_new_impl(type, args[1], args[0]);
      }
      if (kw0.str !== "iterable") return invalid_keyword(kw0);
      if ((kwnames!.ob_item[1] as PyUnicodeObject).str !== "start") return invalid_keyword(kwnames!.ob_item[1]);
    }
    return enum_new_impl(type, args[0], args[1]);
  }
  if (nargs + nkwargs === 1) {
    if (nkwargs === 1 && (kwnames!.ob_item[0] as PyUnicodeObject).str !== "iterable") return invalid_keyword(kwnames!.ob_item[0]);
    return enum_new_impl(type, args[0], null);
  }
  if (nargs === 0) return PyErr_SetString(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  return PyErr_SetString(PyExc_TypeError, `enumerate() takes at most 2 arguments (${nargs + nkwargs} given)`);
}

/** @cpython enum_new: the Argument Clinic parsing of (iterable, start=0). */
function enum_new_clinic(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyTupleObject | null): PyObject | null {
  const names = ["iterable", "start"];
  const total = args.length;
  if (total > 2) return PyErr_SetString(PyExc_TypeError, `enumerate() takes at most 2 arguments (${total} given)`);
  const slots: (PyObject | null)[] = [null, null];
  for (let i = 0; i < nargs; i++) slots[i] = args[i];
  const kws = kwnames === null ? [] : kwnames.ob_item;
  for (let j = 0; j < kws.length; j++) {
    const name = (kws[j] as PyUnicodeObject).str;
    const k = names.indexOf(name);
    if (k < 0) return invalid_keyword(kws[j]);
    if (k < nargs) {
      return PyErr_SetString(PyExc_TypeError, `argument for enumerate() given by name ('${name}') and position (${k + 1})`);
    }
    slots[k] = args[nargs + j];
  }
  if (slots[0] === null) return PyErr_SetString(PyExc_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  return enum_new_impl(type, slots[0], slots[1]);
}

/** @cpython enum_dealloc */
function enum_dealloc(o: PyObject): void {
  const en = o as enumobject;
  const sit = en.en_sit, res = en.en_result;
  en.en_sit = null;
  en.en_result = null;
  Py_XDECREF(sit);
  Py_XDECREF(res);
}

/**
 * The pair (index, item): the result tuple refilled when only the enumerate holds it,
 * else a new tuple. Both arguments are stolen.
 */
function enum_pair(en: enumobject, next_index: PyObject, next_item: PyObject): PyObject {
  const result = en.en_result!;
  if (result.ob_refcnt === 1) {
    Py_INCREF(result);
    const old_index = result.ob_item[0];
    const old_item = result.ob_item[1];
    result.ob_item[0] = next_index;
    result.ob_item[1] = next_item;
    Py_DECREF(old_index);
    Py_DECREF(old_item);
    return result;
  }
  return _PyTuple_FromArraySteal([next_index, next_item]);
}

/** @cpython enum_next_long: the count has outgrown a machine integer. */
function enum_next_long(en: enumobject, next_item: PyObject): PyObject {
  const v = en.en_longindex;
  en.en_longindex = v + 1n;
  const next_index = v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? PyLong_FromNumber(Number(v)) : PyLong_FromBigInt(v);
  return enum_pair(en, next_index, next_item);
}

/** @cpython enum_next */
function enum_next(o: PyObject): PyObject | null {
  const en = o as enumobject;
  const it = en.en_sit!;
  const next_item = it.ob_type.tp_iternext!(it);
  if (next_item === null) return null;
  if (en.en_index === EN_INDEX_LONG) return enum_next_long(en, next_item);
  const next_index = PyLong_FromNumber(en.en_index);
  // Past the last safe count, carry on in en_longindex.
  if (++en.en_index === EN_INDEX_LONG) en.en_longindex = BigInt(EN_INDEX_LONG);
  return enum_pair(en, next_index, next_item);
}

/** @cpython enum_reduce: (type, (iterator, next count)) */
function enum_reduce(o: PyObject): PyObject {
  const en = o as enumobject;
  Py_INCREF(en.ob_type);
  Py_INCREF(en.en_sit!);
  const count = en.en_index === EN_INDEX_LONG ? PyLong_FromBigInt(en.en_longindex) : PyLong_FromNumber(en.en_index);
  return _PyTuple_FromArraySteal([en.ob_type, _PyTuple_FromArraySteal([en.en_sit!, count])]);
}

/** @cpython PyEnum_Type */
export const PyEnum_Type: PyTypeObject = new PyTypeObject({
  tp_name: "enumerate", tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: enum_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: enum_next, tp_new: enum_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: enum_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAliasRef.fn!(cls, arg),
      ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
  ],
  tp_doc: "enumerate(iterable, start=0)\n--\n\nAn iterator of (count, item) pairs: item runs over iterable and count\nstarts at start (0 by default) and goes up by one each time.\n\n  iterable\n    anything iter() accepts",
});

// -- reversed ---------------------------------------------------------------------------------------

/** @cpython reversedobject */
export class reversedobject extends PyObject {
  index: number;
  /** Null once exhausted. */
  seq: PyObject | null;
  constructor(type: PyTypeObject, seq: PyObject, index: number) {
    super(type);
    this.index = index;
    this.seq = seq;
  }
}

/**
 * @cpython _PyObject_LookupSpecial: a special method looked up on the type (never the
 * instance) and bound to `self`; null without an error when absent. @returns new
 */
function lookup_special(self: PyObject, name: string): PyObject | null {
  const res = _PyType_Lookup(self.ob_type, _PyUnicode_FromId(name));
  if (res === null) return null;
  const f = res.ob_type.tp_descr_get;
  if (f === null) {
    Py_INCREF(res);
    return res;
  }
  Py_INCREF(res);
  const bound = f(res, self, self.ob_type);
  Py_DECREF(res);
  return bound;
}

/** @cpython reversed_new_impl */
function reversed_new_impl(type: PyTypeObject, seq: PyObject): PyObject | null {
  const reversed_meth = lookup_special(seq, "__reversed__");
  if (reversed_meth === Py_None) {
    Py_DECREF(reversed_meth);
    return PyErr_SetString(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  if (reversed_meth !== null) {
    const res = PyObject_CallNoArgs(reversed_meth);
    Py_DECREF(reversed_meth);
    return res;
  }
  if (PyErr_Occurred()) return null;
  if (!_PySequence_Check(seq)) {
    return PyErr_SetString(PyExc_TypeError, `'${seq.ob_type.tp_name}' object is not reversible`);
  }
  const n = sequence_size(seq);
  if (n === -1) return null;
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  Py_INCREF(seq);
  return new reversedobject(type, seq, n - 1);
}

/** PySequence_Size: sq_length, else mp_length; -1 with an error. */
function sequence_size(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  PyErr_SetString(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
  return -1;
}

/** @cpython reversed_vectorcall / reversed_new: reversed(sequence, /) */
function reversed_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if ((type === PyReversed_Type || type.tp_init === PyReversed_Type.tp_init) && !_PyArg_NoKwnames("reversed", kwnames)) {
    return null;
  }
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional("reversed", nargs, 1, 1)) return null;
  return reversed_new_impl(type, args[0]);
}

/** @cpython reversed_dealloc */
function reversed_dealloc(o: PyObject): void {
  const ro = o as reversedobject;
  const seq = ro.seq;
  ro.seq = null;
  Py_XDECREF(seq);
}

/** @cpython reversed_next */
function reversed_next(o: PyObject): PyObject | null {
  const ro = o as reversedobject;
  const index = ro.index;
  if (index >= 0 && ro.seq !== null) {
    const item = _PySequence_GetItemNonNeg(ro.seq, index);
    if (item !== null) {
      ro.index--;
      return item;
    }
    if (PyErr_ExceptionMatches(PyExc_IndexError) || PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
  }
  ro.index = -1;
  const seq = ro.seq;
  ro.seq = null;
  Py_XDECREF(seq);
  return null;
}

/** @cpython reversed_len: __length_hint__ */
function reversed_len(o: PyObject): PyObject | null {
  const ro = o as reversedobject;
  if (ro.seq === null) return PyLong_FromNumber(0);
  const seqsize = sequence_size(ro.seq);
  if (seqsize === -1) return null;
  const position = ro.index + 1;
  return PyLong_FromNumber(seqsize < position ? 0 : position);
}

/** @cpython reversed_reduce */
function reversed_reduce(o: PyObject): PyObject {
  const ro = o as reversedobject;
  Py_INCREF(ro.ob_type);
  if (ro.seq !== null) {
    Py_INCREF(ro.seq);
    return _PyTuple_FromArraySteal([ro.ob_type, _PyTuple_FromArraySteal([ro.seq]), PyLong_FromNumber(ro.index)]);
  }
  return _PyTuple_FromArraySteal([ro.ob_type, _PyTuple_FromArraySteal([PyTuple_New(0)])]);
}

/** @cpython reversed_setstate */
function reversed_setstate(o: PyObject, state: PyObject): PyObject | null {
  const ro = o as reversedobject;
  let index = PyLong_AsSsize_t(state);
  if (index === -1 && PyErr_Occurred()) return null;
  if (ro.seq !== null) {
    const n = sequence_size(ro.seq);
    if (n < 0) return null;
    if (index < -1) index = -1;
    else if (index > n - 1) index = n - 1;
    ro.index = index;
  }
  return Py_NewNone();
}

/** @cpython PyReversed_Type */
export const PyReversed_Type: PyTypeObject = new PyTypeObject({
  tp_name: "reversed", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
  tp_dealloc: reversed_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: reversed_next, tp_new: reversed_new,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: reversed_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: reversed_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__setstate__", ml_meth: reversed_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
  tp_doc: "reversed(sequence, /)\n--\n\nAn iterator over the items of sequence, last to first.",
});

/** Readies enumerate and reversed (pylifecycle calls this once). */
export function _PyEnum_InitTypes(): void {
  PyType_Ready(PyEnum_Type);
  PyType_Ready(PyReversed_Type);
}
