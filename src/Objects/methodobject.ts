/**
 * @mirrors Objects/methodobject.c
 * builtin_function_or_method: a method-table entry (PyMethodDef) bound to a module or an
 * instance (`m_self`). The flags of the entry decide how arguments are passed and checked
 * (METH_NOARGS, METH_O, METH_FASTCALL with or without keywords).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_EQ, Py_NE, Py_hash,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, METH_STATIC, Py_TPFLAGS_HAVE_GC,
  type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError } from "./exceptions.ts";
import { PyUnicode_FromString, PyUnicodeObject } from "./unicodeobject.ts";
import { _PyType_Name, PyType_Check, PyBaseObject_Type, _PyType_GetDocFromInternalDoc, _PyType_GetTextSignatureFromInternalDoc } from "./typeobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr, Py_NotImplemented, _Py_HashPointerObject, PyObject_Hash } from "./object.ts";
import { type PyTupleObject, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";

export class PyCFunctionObject extends PyObject {
  m_ml: PyMethodDef;
  m_self: PyObject | null;
  m_module: PyObject | null;
  /** The class a method belongs to (PyCMethodObject's mm_class), or null. */
  mm_class: PyTypeObject | null;
  constructor(ml: PyMethodDef, self: PyObject | null, module: PyObject | null, cls: PyTypeObject | null) {
    super(PyCFunction_Type);
    this.m_ml = ml;
    this.m_self = self;
    this.m_module = module;
    this.mm_class = cls;
  }
}

/** @cpython PyCFunction_NewEx @returns new */
export function PyCFunction_NewEx(ml: PyMethodDef, self: PyObject | null, cls: PyTypeObject | null, module: PyObject | null = null): PyObject {
  Py_XINCREF(self);
  Py_XINCREF(module);
  return new PyCFunctionObject(ml, self, module, cls);
}

/** @cpython PyCFunction_New @returns new */
export function PyCFunction_New(ml: PyMethodDef, self: PyObject | null): PyObject {
  return PyCFunction_NewEx(ml, self, null);
}

/**
 * Call a method-table entry with `self` and vectorcall arguments, checking the argument
 * count its flags allow (cfunction_vectorcall_NOARGS, _O, _FASTCALL, _FASTCALL_KEYWORDS).
 */
export function _PyMethodDef_Call(
  ml: PyMethodDef, self: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null, name: string,
  _cls: PyTypeObject | null,
): PyObject | null {
  const flags = ml.ml_flags & ~(METH_CLASS | METH_STATIC | 0x40);
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  if (flags !== (METH_FASTCALL | METH_KEYWORDS) && nkw > 0) {
    return PyErr_SetString(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
  switch (flags) {
    case METH_NOARGS:
      if (args.length !== 0) {
        return PyErr_SetString(PyExc_TypeError, `${name}() takes no arguments (${args.length} given)`);
      }
      return (ml.ml_meth as (s: PyObject | null) => PyObject | null)(self);
    case METH_O:
      if (args.length !== 1) {
        return PyErr_SetString(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
      }
      return (ml.ml_meth as (s: PyObject | null, a: PyObject) => PyObject | null)(self, args[0]);
    case METH_FASTCALL:
      return (ml.ml_meth as (s: PyObject | null, a: PyObject[]) => PyObject | null)(self, args);
    case METH_FASTCALL | METH_KEYWORDS:
      return (ml.ml_meth as (s: PyObject | null, a: PyObject[], k: PyTupleObject | null) => PyObject | null)(self, args, kwnames);
  }
  return PyErr_SetString(PyExc_TypeError, `${name}() has bad call flags`);
}

function cfunction_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const f = self as PyCFunctionObject;
  return _PyMethodDef_Call(f.m_ml, f.m_self, args, kwnames, cfunction_name(f), f.mm_class);
}

/** The name call errors use: `len`, or `dict.keys` for a method of an instance or class. */
function cfunction_name(f: PyCFunctionObject): string {
  const s = f.m_self;
  if (s === null || s.ob_type.tp_name === "module") {
    // _PyObject_FunctionStr: a module function outside builtins is named with its module.
    const mod = f.m_module;
    if (mod !== null && mod instanceof PyUnicodeObject && mod.str !== "builtins") return `${mod.str}.${f.m_ml.ml_name}`;
    return f.m_ml.ml_name;
  }
  const t = PyType_Check(s) && f.m_ml.ml_flags & METH_CLASS ? s : PyType_Check(s) && f.m_ml.ml_name === "__new__" ? s : s.ob_type;
  // _PyObject_FunctionStr names a method by its __qualname__ (the type's, not its dotted tp_name).
  return `${t.ht_qualname}.${f.m_ml.ml_name}`;
}

function meth_repr(self: PyObject): PyObject {
  const f = self as PyCFunctionObject;
  if (f.m_self === null || f.m_self.ob_type.tp_name === "module") {
    return PyUnicode_FromString(`<built-in function ${f.m_ml.ml_name}>`);
  }
  if (PyType_Check(f.m_self) && f.m_ml.ml_name === "__new__") {
    return PyUnicode_FromString(`<built-in method ${f.m_ml.ml_name} of type object at ${_PyObject_AddressString(f.m_self)}>`);
  }
  return PyUnicode_FromString(
    `<built-in method ${f.m_ml.ml_name} of ${_PyType_Name(f.m_self.ob_type)} object at ${_PyObject_AddressString(f.m_self)}>`);
}

function meth_dealloc(self: PyObject): void {
  const f = self as PyCFunctionObject;
  Py_XDECREF(f.m_self);
  Py_XDECREF(f.m_module);
}

function meth_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if ((op !== Py_EQ && op !== Py_NE) || !(a instanceof PyCFunctionObject) || !(b instanceof PyCFunctionObject)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const eq = a.m_self === b.m_self && a.m_ml.ml_meth === b.m_ml.ml_meth;
  return PyBool_FromLong((op === Py_EQ) === eq ? 1 : 0);
}

function meth_hash(self: PyObject): number {
  const f = self as PyCFunctionObject;
  const x = f.m_self === null ? 0 : _Py_HashPointerObject(f.m_self);
  const xhi = Py_hash.hi;
  void PyObject_Hash;
  Py_hash.hi = xhi;
  return x ^ 0x5a5a5a5;
}

/**
 * @cpython meth_reduce: a module function pickles as its name (found again as a global of
 * its module); a method as getattr(self, name).
 */
function meth_reduce(self: PyObject): PyObject | null {
  const f = self as PyCFunctionObject;
  const s = f.m_self;
  if (s === null || s.ob_type.tp_name === "module") return PyUnicode_FromString(f.m_ml.ml_name);
  const getattr = _PyEval_GetBuiltin("getattr");
  if (getattr === null) return null;
  Py_INCREF(s);
  return _PyTuple_FromArraySteal([getattr, _PyTuple_FromArraySteal([s, PyUnicode_FromString(f.m_ml.ml_name)])]);
}

export const PyCFunction_Type = new PyTypeObject({
  tp_name: "builtin_function_or_method", tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 40,
  tp_dealloc: meth_dealloc, tp_repr: meth_repr, tp_call: cfunction_call, tp_getattro: PyObject_GenericGetAttr,
  tp_richcompare: meth_richcompare, tp_hash: meth_hash,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: meth_reduce, ml_flags: METH_NOARGS }],
  tp_getset: [
    { name: "__name__", get: (o) => PyUnicode_FromString((o as PyCFunctionObject).m_ml.ml_name) },
    { name: "__qualname__", get: (o) => {
      const f = o as PyCFunctionObject;
      const s = f.m_self;
      if (s === null || s.ob_type.tp_name === "module") return PyUnicode_FromString(f.m_ml.ml_name);
      const t = PyType_Check(s) ? s : s.ob_type;
      return PyUnicode_FromString(`${t.ht_qualname}.${f.m_ml.ml_name}`);
    } },
    // PyCFunction_GET_SELF: a static method keeps its type in m_self (for __reduce__ and the
    // repr) but shows no __self__.
    { name: "__self__", get: (o) => {
      const f = o as PyCFunctionObject;
      const s = (f.m_ml.ml_flags & METH_STATIC ? null : f.m_self) ?? Py_None;
      Py_INCREF(s);
      return s;
    } },
    { name: "__doc__", get: (o) => { const ml = (o as PyCFunctionObject).m_ml; return _PyType_GetDocFromInternalDoc(ml.ml_name, ml.ml_doc); } },
    { name: "__text_signature__", get: (o) => { const ml = (o as PyCFunctionObject).m_ml; return _PyType_GetTextSignatureFromInternalDoc(ml.ml_name, ml.ml_doc); } },
  ],
  tp_members: [{ name: "__module__", get: (o) => { const m = (o as PyCFunctionObject).m_module ?? Py_None; Py_INCREF(m); return m; } }],
});

