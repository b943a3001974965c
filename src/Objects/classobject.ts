/**
 * @mirrors Objects/classobject.c
 * The bound method: a function together with the instance it was looked up on. Calling it
 * calls the function with the instance as the first argument.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_EQ, Py_NE, Py_hash, Py_TPFLAGS_HAVE_GC, METH_NOARGS } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError } from "./exceptions.ts";
import { PyUnicode_FromString, _PyUnicode_FromId, PyUnicode_Check, type PyUnicodeObject } from "./unicodeobject.ts";
import { _Py_HashPointerObject, PyObject_GetAttr, reprString, Py_NotImplemented, _PyObject_LookupAttr, PyObject_Hash, PyObject_GenericGetAttr, PyCallable_Check, Py_None } from "./object.ts";
import { _PyType_Lookup, _PyType_Name, PyType_Check } from "./typeobject.ts";
import { PyObject_Vectorcall } from "./call.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { _PyTuple_FromArraySteal, type PyTupleObject } from "./tupleobject.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";

export class PyMethodObject extends PyObject {
  im_func: PyObject;
  im_self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(PyMethod_Type);
    this.im_func = func;
    this.im_self = self;
  }
}

/** @cpython PyMethod_New @returns new */
export function PyMethod_New(func: PyObject, self: PyObject): PyObject {
  Py_INCREF(func);
  Py_INCREF(self);
  return new PyMethodObject(func, self);
}

function method_vectorcall(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const m = self as PyMethodObject;
  return PyObject_Vectorcall(m.im_func, [m.im_self, ...args], kwnames);
}

function method_dealloc(self: PyObject): void {
  const m = self as PyMethodObject;
  Py_DECREF(m.im_func);
  Py_DECREF(m.im_self);
}

/** @cpython method_repr: `<bound method Qualname of <repr of self>>` */
function method_repr(self: PyObject): PyObject | null {
  const m = self as PyMethodObject;
  let name = _PyObject_LookupAttr(m.im_func, _PyUnicode_FromId("__qualname__"));
  if (name === undefined) name = _PyObject_LookupAttr(m.im_func, _PyUnicode_FromId("__name__"));
  if (name === null) return null;
  const selfRepr = reprString(m.im_self);
  if (selfRepr === null) return null;
  const n = name !== undefined && PyUnicode_Check(name) ? (name as PyUnicodeObject).str : "?";
  return PyUnicode_FromString(`<bound method ${n} of ${selfRepr}>`);
}

function method_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyMethodObject) || !(b instanceof PyMethodObject)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const eq = a.im_func === b.im_func && a.im_self === b.im_self;
  return PyBool_FromLong((op === Py_EQ) === eq ? 1 : 0);
}

/** @cpython method_hash: the instance counts by identity (an unhashable instance is fine). */
function method_hash(self: PyObject): number {
  const m = self as PyMethodObject;
  const x = _Py_HashPointerObject(m.im_self);
  const xhi = Py_hash.hi;
  const y = PyObject_Hash(m.im_func);
  if (y === -1 && Py_hash.hi === -1) return -1;
  let lo = x ^ y;
  const hi = xhi ^ Py_hash.hi;
  if (lo === -1 && hi === -1) lo = -2;
  Py_hash.hi = hi;
  return lo;
}

/** Attributes not found on the method come from the function (method_getattro). */
function method_getattro(self: PyObject, name: PyObject): PyObject | null {
  const tp = self.ob_type;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_get;
    if (f !== null) return f(descr, self, tp);
    Py_INCREF(descr);
    return descr;
  }
  return PyObject_GetAttr((self as PyMethodObject).im_func, name);
}

function method_new(_type: PyTypeObject, args: PyObject[], _kw: PyTupleObject | null): PyObject | null {
  if (args.length !== 2) return PyErr_SetString(PyExc_TypeError, `method expected 2 arguments, got ${args.length}`);
  if (!PyCallable_Check(args[0])) return PyErr_SetString(PyExc_TypeError, "first argument must be callable");
  if (args[1] === Py_None) return PyErr_SetString(PyExc_TypeError, "instance must not be None");
  return PyMethod_New(args[0], args[1]);
}

/** @cpython method_reduce: a bound method pickles as getattr(self, function name). */
function method_reduce(self: PyObject): PyObject | null {
  const m = self as PyMethodObject;
  const getattr = _PyEval_GetBuiltin("getattr");
  if (getattr === null) return null;
  const funcname = PyObject_GetAttr(m.im_func, _PyUnicode_FromId("__name__"));
  if (funcname === null) {
    Py_DECREF(getattr);
    return null;
  }
  Py_INCREF(m.im_self);
  return _PyTuple_FromArraySteal([getattr, _PyTuple_FromArraySteal([m.im_self, funcname])]);
}

export const PyMethod_Type: PyTypeObject = new PyTypeObject({
  tp_name: "method", tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 32,
  tp_dealloc: method_dealloc, tp_repr: method_repr, tp_call: method_vectorcall, tp_getattro: method_getattro,
  tp_richcompare: method_richcompare, tp_hash: method_hash, tp_new: method_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: method_reduce, ml_flags: METH_NOARGS }],
  tp_members: [
    { name: "__func__", get: (o) => { const f = (o as PyMethodObject).im_func; Py_INCREF(f); return f; } },
    { name: "__self__", get: (o) => { const s = (o as PyMethodObject).im_self; Py_INCREF(s); return s; } },
  ],
  tp_getset: [{ name: "__doc__", get: (o) => PyObject_GetAttr((o as PyMethodObject).im_func, _PyUnicode_FromId("__doc__")) }],
});

