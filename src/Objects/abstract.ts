/**
 * @mirrors Objects/abstract.c
 * The abstract object protocols: numbers (binary_op1 tries the left operand's slot, then the
 * right's — the right first when its type is a subclass of the left's), sequences, mappings
 * and iteration, written only in terms of type slots.
 *
 *   >>> class R(int):
 *   ...     def __radd__(self, o): return "R wins"
 *   >>> 1 + R(2)          # R is a subclass of int: its __radd__ is tried first
 *   'R wins'
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_HEAPTYPE, type binaryfunc } from "../Include/object.ts";
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_Occurred, PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_StopIteration, PyExc_OverflowError, PyExc_RecursionError } from "./exceptions.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { Py_None, Py_NotImplemented, PyObject_RichCompareBool, Py_EQ, _PyObject_LookupAttr, PyObject_IsTrue, PyObject_Str } from "./object.ts";
import { PyType_IsSubtype, PyType_Check, _PyObject_RealIsInstance, _PyObject_RealIsSubclass, _PyType_LookupId } from "./typeobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_CheckExact, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { PyListObject, PyList_Check, PyList_CheckExact, _PyList_FromArraySteal, list_extend } from "./listobject.ts";
import { PyLong_Check, PyLong_CheckExact, PyLong_FromNumber, PyNumber_AsSsize_t, PyIndex_Check, PyLong_AsSsize_t } from "./longobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_Vectorcall, lookup_maybe_method } from "./call.ts";
import { PyDict_Check } from "./dictobject.ts";

// -- numbers -------------------------------------------------------------------------------------

type NbSlot =
  | "nb_add" | "nb_subtract" | "nb_multiply" | "nb_remainder" | "nb_divmod" | "nb_lshift" | "nb_rshift"
  | "nb_and" | "nb_xor" | "nb_or" | "nb_floor_divide" | "nb_true_divide" | "nb_matrix_multiply";

/** @cpython binary_op1: NotImplemented (a new reference) when neither operand handles it. */
function binary_op1(v: PyObject, w: PyObject, slot: NbSlot): PyObject | null {
  const vt = v.ob_type, wt = w.ob_type;
  const slotv = vt[slot] as binaryfunc | null;
  let slotw: binaryfunc | null = null;
  if (wt !== vt) {
    slotw = wt[slot] as binaryfunc | null;
    if (slotw === slotv) slotw = null;
  }
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x!);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function binop_type_error(v: PyObject, w: PyObject, opname: string): null {
  return PyErr_SetString(PyExc_TypeError,
    `unsupported operand type(s) for ${opname}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

function binary_op(v: PyObject, w: PyObject, slot: NbSlot, opname: string): PyObject | null {
  const result = binary_op1(v, w, slot);
  if (result === Py_NotImplemented) {
    Py_DECREF(result);
    if (opname === ">>" && v.ob_type.tp_name === "builtin_function_or_method" && (v as unknown as { m_ml: { ml_name: string } }).m_ml.ml_name === "print") {
      return PyErr_SetString(PyExc_TypeError,
        `unsupported operand type(s) for ${opname}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
    }
    return binop_type_error(v, w, opname);
  }
  return result;
}

export const PyNumber_Or = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_or", "|");
export const PyNumber_Xor = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_xor", "^");
export const PyNumber_And = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_and", "&");
export const PyNumber_Lshift = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_lshift", "<<");
export const PyNumber_Rshift = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_rshift", ">>");
export const PyNumber_Subtract = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_subtract", "-");
export const PyNumber_Divmod = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_divmod", "divmod()");
export const PyNumber_MatrixMultiply = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_matrix_multiply", "@");
export const PyNumber_FloorDivide = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_floor_divide", "//");
export const PyNumber_TrueDivide = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_true_divide", "/");
export const PyNumber_Remainder = (v: PyObject, w: PyObject) => binary_op(v, w, "nb_remainder", "%");

/** @cpython PyNumber_Add: number addition, else sequence concatenation. */
export function PyNumber_Add(v: PyObject, w: PyObject): PyObject | null {
  const result = binary_op1(v, w, "nb_add");
  if (result !== Py_NotImplemented) return result;
  Py_DECREF(result);
  const concat = v.ob_type.sq_concat;
  if (concat !== null) return concat(v, w);
  return binop_type_error(v, w, "+");
}

function sequence_repeat(repeatfunc: (o: PyObject, n: number) => PyObject | null, seq: PyObject, n: PyObject): PyObject | null {
  if (!PyIndex_Check(n)) {
    return PyErr_SetString(PyExc_TypeError, `can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  const count = PyNumber_AsSsize_t(n, PyExc_OverflowError);
  if (count === -1 && PyErr_Occurred()) return null;
  return repeatfunc(seq, count);
}

/** @cpython PyNumber_Multiply: number product, else sequence repetition. */
export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject | null {
  const result = binary_op1(v, w, "nb_multiply");
  if (result !== Py_NotImplemented) return result;
  Py_DECREF(result);
  const mv = v.ob_type.sq_repeat, mw = w.ob_type.sq_repeat;
  if (mv !== null) return sequence_repeat(mv, v, w);
  if (mw !== null) return sequence_repeat(mw, w, v);
  return binop_type_error(v, w, "*");
}

/**
 * @cpython ternary_op: the nb_power search of pow() and `**`, NotImplemented (a new
 * reference) when no operand handles it. `**=` makes the same search after nb_inplace_power.
 */
function ternary_op1(v: PyObject, w: PyObject, z: PyObject): PyObject | null {
  const vt = v.ob_type, wt = w.ob_type;
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x!);
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  if (z !== Py_None) {
    const slotz = z.ob_type.nb_power;
    if (slotz !== null && slotz !== slotv && slotz !== slotw) {
      const x = slotz(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x!);
    }
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** @cpython PyNumber_Power */
export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject): PyObject | null {
  const r = ternary_op1(v, w, z);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const names = `'${v.ob_type.tp_name}'${z === Py_None ? " and" : ","} '${w.ob_type.tp_name}'`;
  return PyErr_SetString(PyExc_TypeError,
    `unsupported operand type(s) for ** or pow(): ${names}${z === Py_None ? "" : `, '${z.ob_type.tp_name}'`}`);
}

type NbISlot =
  | "nb_inplace_add" | "nb_inplace_subtract" | "nb_inplace_multiply" | "nb_inplace_remainder" | "nb_inplace_lshift"
  | "nb_inplace_rshift" | "nb_inplace_and" | "nb_inplace_xor" | "nb_inplace_or" | "nb_inplace_floor_divide"
  | "nb_inplace_true_divide" | "nb_inplace_matrix_multiply";

/** @cpython binary_iop1: the in-place slot first, then the ordinary binary operation. */
function binary_iop1(v: PyObject, w: PyObject, islot: NbISlot, slot: NbSlot): PyObject | null {
  const f = v.ob_type[islot] as binaryfunc | null;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  return binary_op1(v, w, slot);
}

function binary_iop(v: PyObject, w: PyObject, islot: NbISlot, slot: NbSlot, opname: string): PyObject | null {
  const result = binary_iop1(v, w, islot, slot);
  if (result === Py_NotImplemented) {
    Py_DECREF(result);
    return binop_type_error(v, w, opname);
  }
  return result;
}

export const PyNumber_InPlaceOr = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_or", "nb_or", "|=");
export const PyNumber_InPlaceXor = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_xor", "nb_xor", "^=");
export const PyNumber_InPlaceAnd = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_and", "nb_and", "&=");
export const PyNumber_InPlaceLshift = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_lshift", "nb_lshift", "<<=");
export const PyNumber_InPlaceRshift = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_rshift", "nb_rshift", ">>=");
export const PyNumber_InPlaceSubtract = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_subtract", "nb_subtract", "-=");
export const PyNumber_InPlaceMatrixMultiply = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_matrix_multiply", "nb_matrix_multiply", "@=");
export const PyNumber_InPlaceFloorDivide = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_floor_divide", "nb_floor_divide", "//=");
export const PyNumber_InPlaceTrueDivide = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_true_divide", "nb_true_divide", "/=");
export const PyNumber_InPlaceRemainder = (v: PyObject, w: PyObject) => binary_iop(v, w, "nb_inplace_remainder", "nb_remainder", "%=");

/** @cpython PyNumber_InPlaceAdd */
export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject | null {
  const result = binary_iop1(v, w, "nb_inplace_add", "nb_add");
  if (result !== Py_NotImplemented) return result;
  Py_DECREF(result);
  const f = v.ob_type.sq_inplace_concat ?? v.ob_type.sq_concat;
  if (f !== null) return f(v, w);
  return binop_type_error(v, w, "+=");
}

/** @cpython PyNumber_InPlaceMultiply */
export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject | null {
  const result = binary_iop1(v, w, "nb_inplace_multiply", "nb_multiply");
  if (result !== Py_NotImplemented) return result;
  Py_DECREF(result);
  const f = v.ob_type.sq_inplace_repeat ?? v.ob_type.sq_repeat;
  const g = w.ob_type.sq_repeat;
  if (f !== null) return sequence_repeat(f, v, w);
  if (g !== null) return sequence_repeat(g, w, v);
  return binop_type_error(v, w, "*=");
}

/** @cpython PyNumber_InPlacePower */
export function PyNumber_InPlacePower(v: PyObject, w: PyObject, z: PyObject): PyObject | null {
  const f = v.ob_type.nb_inplace_power;
  if (f !== null) {
    const x = f(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  const r = ternary_op1(v, w, z);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  return PyErr_SetString(PyExc_TypeError,
    `unsupported operand type(s) for **=: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

function unary(o: PyObject, slot: "nb_negative" | "nb_positive" | "nb_invert" | "nb_absolute", opname: string): PyObject | null {
  const f = o.ob_type[slot];
  if (f !== null) return f(o);
  return PyErr_SetString(PyExc_TypeError, `bad operand type for ${opname}: '${o.ob_type.tp_name}'`);
}
export const PyNumber_Negative = (o: PyObject) => unary(o, "nb_negative", "unary -");
export const PyNumber_Positive = (o: PyObject) => unary(o, "nb_positive", "unary +");
export const PyNumber_Invert = (o: PyObject) => unary(o, "nb_invert", "unary ~");
export const PyNumber_Absolute = (o: PyObject) => unary(o, "nb_absolute", "abs()");

/** @cpython PyNumber_Check */
export function PyNumber_Check(o: PyObject): boolean {
  const t = o.ob_type;
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || t.tp_name === "complex";
}

// -- items, length, containment ----------------------------------------------------------------------

/** @cpython PyObject_Size */
export function PyObject_Size(o: PyObject): number {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  PyErr_SetString(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
  return -1;
}
export const PyObject_Length = PyObject_Size;

/** @cpython PySequence_Size */
export function PySequence_Size(s: PyObject): number {
  const t = s.ob_type;
  if (t.sq_length !== null) return t.sq_length(s);
  if (t.mp_length !== null) PyErr_SetString(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  else PyErr_SetString(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
  return -1;
}

/**
 * @cpython PySequence_GetItem: s[i] through sq_item, a negative i counted from the end.
 * DIVERGENCE: classes written in Python have no sq_item here (see _PySequence_Check in
 * iterobject.ts); for them __getitem__ is reached through mp_subscript with an int key, as
 * CPython's slot_sq_item would. @returns new
 */
export function PySequence_GetItem(s: PyObject, i: number): PyObject | null {
  const t = s.ob_type;
  const heapitem = t.sq_item === null && (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.mp_subscript !== null;
  if (t.sq_item !== null || heapitem) {
    if (i < 0 && t.sq_length !== null) {
      const l = t.sq_length(s);
      if (l < 0) return null;
      i += l;
    }
    if (!heapitem) return t.sq_item!(s, i);
    const key = PyLong_FromNumber(i);
    const r = t.mp_subscript!(s, key);
    Py_DECREF(key);
    return r;
  }
  if (t.mp_subscript !== null) return PyErr_SetString(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  return PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object does not support indexing`);
}

/** @cpython PyObject_GetItem */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject | null {
  const t = o.ob_type;
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexErrorRef());
      if (i === -1 && PyErr_Occurred()) return null;
      if (i < 0 && t.sq_length !== null) {
        const n = t.sq_length(o);
        if (n < 0) return null;
        i += n;
      }
      return t.sq_item(o, i);
    }
    return PyErr_SetString(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (PyType_Check(o)) {
    if (o === PyTypeTypeRef()) {
      return Py_GenericAliasFor(o, key);
    }
    const meth = _PyObject_LookupAttr(o, _PyUnicode_FromId("__class_getitem__"));
    if (meth === null) return null;
    if (meth !== undefined) {
      const r = PyObject_CallOneArg(meth, key);
      Py_DECREF(meth);
      return r;
    }
    return PyErr_SetString(PyExc_TypeError, `type '${o.tp_name}' is not subscriptable`);
  }
  return PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

import { PyExc_IndexError } from "./exceptions.ts";
import { PyType_Type } from "./typeobject.ts";
const PyExc_IndexErrorRef = () => PyExc_IndexError;
const PyTypeTypeRef = () => PyType_Type;
import { Py_GenericAlias } from "./genericaliasobject.ts";
import { _PyUnion_Check, _Py_union_args } from "./unionobject.ts";
function Py_GenericAliasFor(o: PyObject, key: PyObject): PyObject | null {
  return Py_GenericAlias(o, key);
}

/** @cpython PyObject_SetItem */
export function PyObject_SetItem(o: PyObject, key: PyObject, value: PyObject): number {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) return t.mp_ass_subscript(o, key, value);
  if (t.sq_ass_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i === -1 && PyErr_Occurred()) return -1;
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_ass_item(o, i, value);
    }
    PyErr_SetString(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
    return -1;
  }
  PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
  return -1;
}

/** @cpython PyObject_DelItem */
export function PyObject_DelItem(o: PyObject, key: PyObject): number {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) return t.mp_ass_subscript(o, key, null);
  if (t.sq_ass_item !== null) {
    if (PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i === -1 && PyErr_Occurred()) return -1;
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_ass_item(o, i, null);
    }
    PyErr_SetString(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
    return -1;
  }
  PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object doesn't support item deletion`);
  return -1;
}

/** @cpython PySequence_Contains: `value in seq` (1, 0 or -1). */
export function PySequence_Contains(seq: PyObject, value: PyObject): number {
  const f = seq.ob_type.sq_contains;
  if (f !== null) return f(seq, value);
  return _PySequence_IterSearch(seq, value, PY_ITERSEARCH_CONTAINS);
}

export const PY_ITERSEARCH_COUNT = 1;
export const PY_ITERSEARCH_INDEX = 2;
export const PY_ITERSEARCH_CONTAINS = 3;

/** @cpython _PySequence_IterSearch */
export function _PySequence_IterSearch(seq: PyObject, obj: PyObject, operation: number): number {
  const it = PyObject_GetIter(seq);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_Clear();
      PyErr_SetString(PyExc_TypeError, `argument of type '${seq.ob_type.tp_name}' is not iterable`);
    }
    return -1;
  }
  let n = 0;
  for (let i = 0; ; i++) {
    const item = PyIter_Next(it);
    if (item === null) break;
    const cmp = PyObject_RichCompareBool(item, obj, Py_EQ);
    Py_DECREF(item);
    if (cmp < 0) {
      Py_DECREF(it);
      return -1;
    }
    if (cmp > 0) {
      if (operation === PY_ITERSEARCH_CONTAINS) {
        Py_DECREF(it);
        return 1;
      }
      if (operation === PY_ITERSEARCH_INDEX) {
        Py_DECREF(it);
        return i;
      }
      n++;
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) return -1;
  if (operation === PY_ITERSEARCH_INDEX) {
    PyErr_SetString(PyExc_ValueErrorRef(), "sequence.index(x): x not in sequence");
    return -1;
  }
  return operation === PY_ITERSEARCH_COUNT ? n : 0;
}
import { PyExc_ValueError } from "./exceptions.ts";
const PyExc_ValueErrorRef = () => PyExc_ValueError;

// -- iteration -------------------------------------------------------------------------------------

/** @cpython PyIter_Check */
export function PyIter_Check(o: PyObject): boolean {
  const f = o.ob_type.tp_iternext;
  return f !== null && f !== _PyObject_NextNotImplemented;
}

/** @cpython _PyObject_NextNotImplemented */
export function _PyObject_NextNotImplemented(self: PyObject): PyObject | null {
  return PyErr_SetString(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not iterable`);
}

/** @cpython PyObject_GetIter */
/**
 * @cpython PySequence_Check: does the object support item access by index (not a dict)?
 * A class defining __getitem__ counts, as its sq_item slot would in CPython.
 */
export function PySequence_Check(o: PyObject): boolean {
  const t = o.ob_type;
  if (PyDict_Check(o)) return false;
  return t.sq_item !== null || (t.mp_subscript !== null && _PyType_LookupId(t, "__getitem__") !== null);
}

export function PyObject_GetIter(o: PyObject): PyObject | null {
  const t = o.ob_type;
  const f = t.tp_iter;
  if (f === null) {
    if (t.sq_item !== null || (t.mp_subscript !== null && !PyDict_Check(o) && _PyType_LookupId(t, "__getitem__") !== null)) {
      return PySeqIter_New(o);
    }
    return PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object is not iterable`);
  }
  const res = f(o);
  if (res !== null && !PyIter_Check(res)) {
    PyErr_SetString(PyExc_TypeError, `iter() returned non-iterator of type '${res.ob_type.tp_name}'`);
    Py_DECREF(res);
    return null;
  }
  return res;
}
import { PySeqIter_New } from "./iterobject.ts";

/**
 * @cpython PyIter_Next: the next item, or null at the end (no error) or on an error. A
 * StopIteration raised by a Python-level __next__ is the end too.
 */
export function PyIter_Next(iter: PyObject): PyObject | null {
  const result = iter.ob_type.tp_iternext!(iter);
  if (result === null && PyErr_Occurred() && PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
  return result;
}

/** Every item of an iterable as a JS array of new references (PySequence_Fast, flattened). */
export function _PySequence_ToArray(o: PyObject): PyObject[] | null {
  if (PyTuple_CheckExact(o) || PyList_CheckExact(o)) {
    const items = (o as PyTupleObject | PyListObject).ob_item.slice();
    for (const x of items) Py_INCREF(x);
    return items;
  }
  const it = PyObject_GetIter(o);
  if (it === null) return null;
  const out: PyObject[] = [];
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    out.push(item);
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    for (const x of out) Py_DECREF(x);
    return null;
  }
  return out;
}

/** Release an array of references. */
export function _Py_DecrefArray(items: PyObject[]): void {
  for (const x of items) Py_DECREF(x);
}

/** @cpython PySequence_Tuple @returns new */
export function PySequence_Tuple(o: PyObject): PyTupleObject | null {
  if (PyTuple_CheckExact(o)) {
    Py_INCREF(o);
    return o;
  }
  const items = _PySequence_ToArray(o);
  if (items === null) return null;
  return _PyTuple_FromArraySteal(items);
}

/** @cpython PySequence_List @returns new */
export function PySequence_List(o: PyObject): PyListObject | null {
  const items = _PySequence_ToArray(o);
  if (items === null) return null;
  return _PyList_FromArraySteal(items);
}

/** @cpython PyObject_LengthHint */
export function PyObject_LengthHint(o: PyObject, defaultvalue: number): number {
  const t = o.ob_type;
  if (t.sq_length !== null || t.mp_length !== null) {
    const n = PyObject_Size(o);
    if (n >= 0) return n;
    if (!PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
    PyErr_Clear();
  }
  const hint = lookup_maybe_method(o, _PyUnicode_FromId("__length_hint__"));
  if (hint === null) {
    if (PyErr_Occurred()) return -1;
    return defaultvalue;
  }
  const result = hint.unbound ? PyObject_Vectorcall(hint.func, [o], null) : PyObject_CallNoArgs(hint.func);
  Py_DECREF(hint.func);
  if (result === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_Clear();
      return defaultvalue;
    }
    return -1;
  }
  if (result === Py_NotImplemented) {
    Py_DECREF(result);
    return defaultvalue;
  }
  if (!PyLong_Check(result)) {
    PyErr_SetString(PyExc_TypeError, `__length_hint__ must be an integer, not ${result.ob_type.tp_name}`);
    Py_DECREF(result);
    return -1;
  }
  const res = PyLong_AsSsize_t(result);
  Py_DECREF(result);
  if (res < 0 && !PyErr_Occurred()) {
    PyErr_SetString(PyExc_ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return res;
}

// -- isinstance / issubclass ---------------------------------------------------------------------------

/** @cpython PyObject_IsInstance: honours __instancecheck__ and tuples. */
export function PyObject_IsInstance(inst: PyObject, cls: PyObject): number {
  if (inst.ob_type === cls) return 1;
  if (PyType_Check(cls) && cls.ob_type === PyType_Type) return _PyObject_RealIsInstance(inst, cls);
  // A union (int | str) is tested like the tuple of its members.
  if (_PyUnion_Check(cls)) cls = _Py_union_args(cls);
  if (PyTuple_Check(cls)) {
    // Nested tuples recurse: guarded like a Python call (_Py_EnterRecursiveCall).
    const tstate = _PyThreadState_GET();
    if (++tstate.recursion_depth > tstate.recursion_limit + tstate.recursion_headroom) {
      tstate.recursion_depth--;
      PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded in __instancecheck__");
      return -1;
    }
    let r = 0;
    for (const item of cls.ob_item) {
      r = PyObject_IsInstance(inst, item);
      if (r !== 0) break;
    }
    tstate.recursion_depth--;
    return r;
  }
  const checker = lookup_maybe_method(cls, _PyUnicode_FromId("__instancecheck__"));
  if (checker !== null) {
    const res = checker.unbound ? PyObject_Vectorcall(checker.func, [cls, inst], null) : PyObject_CallOneArg(checker.func, inst);
    Py_DECREF(checker.func);
    if (res === null) return -1;
    const ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
  }
  if (PyErr_Occurred()) return -1;
  return _PyObject_RealIsInstance(inst, cls);
}

/** @cpython PyObject_IsSubclass */
export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): number {
  if (PyType_Check(cls) && cls.ob_type === PyType_Type) {
    if (derived === cls) return 1;
    return _PyObject_RealIsSubclass(derived, cls);
  }
  if (_PyUnion_Check(cls)) cls = _Py_union_args(cls);
  if (PyTuple_Check(cls)) {
    // Nested tuples recurse: guarded like a Python call (_Py_EnterRecursiveCall).
    const tstate = _PyThreadState_GET();
    if (++tstate.recursion_depth > tstate.recursion_limit + tstate.recursion_headroom) {
      tstate.recursion_depth--;
      PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
      return -1;
    }
    let r = 0;
    for (const item of cls.ob_item) {
      r = PyObject_IsSubclass(derived, item);
      if (r !== 0) break;
    }
    tstate.recursion_depth--;
    return r;
  }
  const checker = lookup_maybe_method(cls, _PyUnicode_FromId("__subclasscheck__"));
  if (checker !== null) {
    const res = checker.unbound ? PyObject_Vectorcall(checker.func, [cls, derived], null) : PyObject_CallOneArg(checker.func, derived);
    Py_DECREF(checker.func);
    if (res === null) return -1;
    const ok = PyObject_IsTrue(res);
    Py_DECREF(res);
    return ok;
  }
  if (PyErr_Occurred()) return -1;
  return _PyObject_RealIsSubclass(derived, cls);
}

// -- format ----------------------------------------------------------------------------------------------

/** @cpython PyObject_Format: type(obj).__format__(obj, spec) */
export function PyObject_Format(obj: PyObject, format_spec: PyObject | null): PyObject | null {
  const spec = format_spec ?? PyUnicode_FromString("");
  if (PyUnicode_Check(obj) && obj.ob_type.tp_name === "str" && (spec as PyUnicodeObject).str === "") {
    Py_INCREF(obj);
    return obj;
  }
  // The other fast path of 3.11: an exact int with an empty spec is str(int).
  if (PyLong_CheckExact(obj) && (spec as PyUnicodeObject).str === "") return PyObject_Str(obj);
  const meth = lookup_maybe_method(obj, _PyUnicode_FromId("__format__"));
  if (meth === null) {
    if (!PyErr_Occurred()) {
      PyErr_SetString(PyExc_TypeError, `Type ${obj.ob_type.tp_name} doesn't define __format__`);
    }
    return null;
  }
  const result = meth.unbound ? PyObject_Vectorcall(meth.func, [obj, spec], null) : PyObject_CallOneArg(meth.func, spec);
  Py_DECREF(meth.func);
  if (result !== null && !PyUnicode_Check(result)) {
    PyErr_SetString(PyExc_TypeError, `__format__ must return a str, not ${result.ob_type.tp_name}`);
    Py_DECREF(result);
    return null;
  }
  return result;
}

