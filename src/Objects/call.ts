/**
 * @mirrors Objects/call.c
 * Calling any object: vectorcall (positional values, then keyword values, plus a tuple of
 * keyword names) is the one convention here, so these helpers mostly adapt shapes —
 * no arguments, one argument, args tuple + kwargs dict (PyObject_Call), a method looked up
 * on the type. Also lookup_maybe_method from typeobject.c, which slot dispatchers use.
 */
import { PyObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_HEAPTYPE, type PyTypeObject } from "../Include/object.ts";
import { PyErr_Occurred, PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_SystemError, PyExc_RecursionError } from "./exceptions.ts";
import { PyTuple_Check, PyTupleObject, _PyTuple_FromArraySteal, PyTuple_FromArray } from "./tupleobject.ts";
import { PyDictObject, _PyDict_Items } from "./dictobject.ts";
import { _PyType_Lookup, _PyType_Name } from "./typeobject.ts";
import { C_RECURSION_LIMIT, reprString } from "./object.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyUnicode_FromId, PyUnicode_Check, type PyUnicodeObject } from "./unicodeobject.ts";

/** @cpython _PyObject_MakeTpCall / PyObject_Vectorcall @returns new */
export function PyObject_Vectorcall(callable: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const call = callable.ob_type.tp_call;
  if (call === null) {
    return PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(callable.ob_type)}' object is not callable`);
  }
  const tstate = _PyThreadState_GET();
  if (++tstate.c_recursion_depth > C_RECURSION_LIMIT) {
    tstate.c_recursion_depth--;
    return PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  const result = call(callable, args, kwnames);
  tstate.c_recursion_depth--;
  return _Py_CheckFunctionResult(callable, result);
}

/** @cpython _Py_CheckFunctionResult: a result and an error together (or neither) is a bug. */
export function _Py_CheckFunctionResult(callable: PyObject, result: PyObject | null): PyObject | null {
  if (result === null) {
    if (!PyErr_Occurred()) {
      // CPython formats the callable with %R here (no error is pending, so repr() is safe).
      return PyErr_SetString(PyExc_SystemError, `${reprString(callable) ?? describe(callable)} returned NULL without setting an exception`);
    }
  } else if (PyErr_Occurred()) {
    Py_DECREF(result);
    // Keep the original error: CPython chains it as the cause of a SystemError.
    return PyErr_SetString(PyExc_SystemError, `${describe(callable)} returned a result with an exception set`);
  }
  return result;
}

function describe(callable: PyObject): string {
  return `<${_PyType_Name(callable.ob_type)} object>`;
}

/** @cpython PyObject_CallNoArgs */
export function PyObject_CallNoArgs(callable: PyObject): PyObject | null {
  return PyObject_Vectorcall(callable, [], null);
}

/** @cpython PyObject_CallOneArg */
export function PyObject_CallOneArg(callable: PyObject, arg: PyObject): PyObject | null {
  return PyObject_Vectorcall(callable, [arg], null);
}

/** @cpython PyObject_Call: `callable(*args, **kwargs)` from a tuple and a dict (or null). */
export function PyObject_Call(callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject | null {
  if (!PyTuple_Check(args)) return PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
  // Callables with a vectorcall entry get their keywords unpacked into names, which must be
  // strings (_PyStack_UnpackDict's check); classes written in Python take the dict as it is.
  if (kwargs !== null && (kwargs as PyDictObject).ma_used > 0
    && !((callable.ob_type.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) !== 0 && ((callable as PyTypeObject).tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0)) {
    for (const [k] of _PyDict_Items(kwargs as PyDictObject)) {
      if (!PyUnicode_Check(k)) return PyErr_SetString(PyExc_TypeError, "keywords must be strings");
    }
  }
  const [flat, kwnames] = _PyStack_UnpackDict((args as PyTupleObject).ob_item, kwargs as PyDictObject | null);
  const r = PyObject_Vectorcall(callable, flat, kwnames);
  if (kwnames !== null) Py_DECREF(kwnames);
  return r;
}

/** @cpython _PyStack_UnpackDict: positional values + a kwargs dict -> vectorcall layout. */
export function _PyStack_UnpackDict(args: PyObject[], kwargs: PyDictObject | null): [PyObject[], PyTupleObject | null] {
  if (kwargs === null || kwargs.ma_used === 0) return [args, null];
  const items = _PyDict_Items(kwargs);
  const flat = args.slice();
  const names: PyObject[] = [];
  for (const [k, v] of items) {
    names.push(k);
    flat.push(v);
  }
  return [flat, PyTuple_FromArray(names)];
}

/** @cpython _PyObject_Call_Prepend: callable(obj, *args) */
export function _PyObject_Call_Prepend(callable: PyObject, obj: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return PyObject_Vectorcall(callable, [obj, ...args], kwnames);
}

/** @cpython PyObject_CallMethodObjArgs: obj.name(*args) via normal attribute lookup. */
export function PyObject_CallMethod(obj: PyObject, name: string, args: PyObject[]): PyObject | null {
  const getattro = obj.ob_type.tp_getattro;
  if (getattro === null) {
    return PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(obj.ob_type)}' object has no attribute '${name}'`);
  }
  const m = getattro(obj, _PyUnicode_FromId(name));
  if (m === null) return null;
  const r = PyObject_Vectorcall(m, args, null);
  Py_DECREF(m);
  return r;
}

/** What lookup_maybe_method found: an unbound function to call with self first, or a bound one. */
export interface FoundMethod {
  func: PyObject;
  unbound: boolean;
}

/**
 * @cpython lookup_maybe_method (typeobject.c): `name` looked up on type(self) only, bound
 * unless it is a method descriptor (then the caller passes self itself). Returns null
 * without an error when the type has no such attribute. func is a new reference.
 */
export function lookup_maybe_method(self: PyObject, name: PyObject): FoundMethod | null {
  const res = _PyType_Lookup(self.ob_type, name);
  if (res === null) return null;
  if (res.ob_type.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) {
    Py_INCREF(res);
    return { func: res, unbound: true };
  }
  const f = res.ob_type.tp_descr_get;
  if (f === null) {
    Py_INCREF(res);
    return { func: res, unbound: false };
  }
  const bound = f(res, self, self.ob_type);
  if (bound === null) return null;
  return { func: bound, unbound: false };
}

/**
 * @cpython vectorcall_method (typeobject.c): type(args[0]).name(*args); AttributeError
 * when missing.
 */
export function vectorcall_method(name: PyObject, args: PyObject[]): PyObject | null {
  const self = args[0];
  const m = lookup_maybe_method(self, name);
  if (m === null) {
    if (!PyErr_Occurred()) {
      PyErr_SetString(PyExcAttributeErrorOf(), (name as PyUnicodeObject).str);
    }
    return null;
  }
  const r = m.unbound ? PyObject_Vectorcall(m.func, args, null) : PyObject_Vectorcall(m.func, args.slice(1), null);
  Py_DECREF(m.func);
  return r;
}

import { PyExc_AttributeError } from "./exceptions.ts";
function PyExcAttributeErrorOf(): PyTypeObject {
  return PyExc_AttributeError;
}

/** Call with a positional tuple's items (helper for code holding a tuple). */
export function PyObject_CallObject(callable: PyObject, args: PyTupleObject | null): PyObject | null {
  return PyObject_Vectorcall(callable, args === null ? [] : args.ob_item, null);
}

