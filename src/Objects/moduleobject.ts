/**
 * @mirrors Objects/moduleobject.c
 * The module object: a namespace dict (md_dict) with __name__, __doc__, __package__,
 * __loader__ and __spec__, attribute access through it, and module-level __getattr__
 * (PEP 562).
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_READY, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_ExceptionMatches, PyErr_Clear, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.ts";
import { PyDictObject, PyDict_New, PyDict_GetItemWithError, PyDict_SetItemString, PyDict_GetItemString, PyDict_Check } from "./dictobject.ts";
import { PyUnicode_FromString, PyUnicode_Check, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { Py_None, Py_NewNone, _PyObject_GenericGetAttrWithDict, PyObject_GenericSetAttr, reprString, _PyObject_AddressString, PyObject_GetAttr } from "./object.ts";
import { PyObject_CallOneArg } from "./call.ts";
import { PyCFunction_NewEx } from "./methodobject.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import type { PyTupleObject } from "./tupleobject.ts";

export class PyModuleObject extends PyObject {
  md_dict: PyDictObject;
  md_name: string;
  constructor(type: PyTypeObject, name: string) {
    super(type);
    this.md_dict = PyDict_New();
    this.ob_dict = this.md_dict;
    Py_INCREF(this.md_dict);
    this.md_name = name;
  }
}

/** @cpython PyModule_NewObject @returns new */
export function PyModule_New(name: string): PyModuleObject {
  const m = new PyModuleObject(PyModule_Type, name);
  module_init_dict(m, name, null);
  return m;
}

function module_init_dict(m: PyModuleObject, name: string, doc: PyObject | null): void {
  const d = m.md_dict;
  PyDict_SetItemString(d, "__name__", PyUnicode_FromString(name));
  PyDict_SetItemString(d, "__doc__", doc ?? Py_None);
  PyDict_SetItemString(d, "__package__", Py_None);
  PyDict_SetItemString(d, "__loader__", Py_None);
  PyDict_SetItemString(d, "__spec__", Py_None);
}

/** @cpython PyModule_GetDict @returns borrowed */
export function PyModule_GetDict(m: PyObject): PyDictObject {
  return (m as PyModuleObject).md_dict;
}

/** Add builtin functions to a module (PyModule_AddFunctions). */
export function PyModule_AddFunctions(m: PyModuleObject, defs: PyMethodDef[]): void {
  // Every function shares the module's own __name__ object as its __module__ (as in CPython:
  // pickle memoizes the module name by identity, so each copy would be written again).
  let name = PyDict_GetItemString(m.md_dict, "__name__");
  if (name !== null) Py_INCREF(name);
  else name = PyUnicode_FromString(m.md_name);
  for (const def of defs) {
    const f = PyCFunction_NewEx(def, m, null, name);
    PyDict_SetItemString(m.md_dict, def.ml_name, f);
    Py_DECREF(f);
  }
  Py_DECREF(name);
}

/**
 * @cpython PyModule_Create: a native module with its docstring and functions, as the
 * PyInit_xxx function of every src/Modules file makes it. @returns new
 */
export function PyModule_Create(name: string, doc: string | null, methods: PyMethodDef[]): PyModuleObject {
  const m = PyModule_New(name);
  if (doc !== null) PyDict_SetItemString(m.md_dict, "__doc__", PyUnicode_FromString(doc));
  PyModule_AddFunctions(m, methods);
  return m;
}

/** @cpython PyModule_AddObjectRef: m.name = value (value is not stolen). */
export function PyModule_AddObjectRef(m: PyObject, name: string, value: PyObject): number {
  return PyDict_SetItemString((m as PyModuleObject).md_dict, name, value);
}

/** @cpython PyModule_AddIntConstant */
export function PyModule_AddIntConstant(m: PyObject, name: string, value: number | bigint): number {
  const v = typeof value === "bigint" ? PyLong_FromBigInt(value) : PyLong_FromNumber(value);
  const r = PyModule_AddObjectRef(m, name, v);
  Py_DECREF(v);
  return r;
}

/** @cpython PyModule_AddStringConstant */
export function PyModule_AddStringConstant(m: PyObject, name: string, value: string): number {
  const v = PyUnicode_FromString(value);
  const r = PyModule_AddObjectRef(m, name, v);
  Py_DECREF(v);
  return r;
}

/** @cpython PyModule_AddType: readies the type and adds it under the last part of tp_name. */
export function PyModule_AddType(m: PyObject, type: PyTypeObject): number {
  if (!(type.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(type) < 0) return -1;
  const dot = type.tp_name.lastIndexOf(".");
  return PyModule_AddObjectRef(m, type.tp_name.slice(dot + 1), type);
}
import { PyLong_FromBigInt, PyLong_FromNumber } from "./longobject.ts";
import { PyType_Ready } from "./typeobject.ts";

/**
 * @cpython _PyModule_ClearDict: at shutdown a module's names are set to None — first those
 * starting with one underscore, then the rest except __builtins__ — so objects held only by
 * module globals are finalized (their __del__ runs) in that order.
 */
export function _PyModule_ClearDict(d: PyDictObject): void {
  const keys = _PyDict_Items(d).map(([k]) => k);
  for (const pass of [0, 1]) {
    for (const k of keys) {
      if (!PyUnicode_Check(k)) continue;
      const s = (k as PyUnicodeObject).str;
      if (pass === 0 && !(s.startsWith("_") && !s.startsWith("__"))) continue;
      if (pass === 1 && s === "__builtins__") continue;
      if (PyDict_SetItem(d, k, Py_None) < 0) PyErr_Clear();
    }
  }
}
import { _PyDict_Items, PyDict_SetItem } from "./dictobject.ts";

/** @cpython module_getattro: the dict, then a module-level __getattr__. */
function module_getattro(self: PyObject, name: PyObject): PyObject | null {
  const m = self as PyModuleObject;
  const attr = _PyObject_GenericGetAttrWithDict(self, name, true);
  if (attr !== null || PyErr_Occurred()) return attr;
  const getattr = PyDict_GetItemString(m.md_dict, "__getattr__");
  if (getattr !== null) return PyObject_CallOneArg(getattr, name);
  const modname = PyDict_GetItemString(m.md_dict, "__name__");
  const s = (name as PyUnicodeObject).str;
  if (modname !== null && PyUnicode_Check(modname)) {
    return PyErr_SetString(PyExc_AttributeError, `module '${(modname as PyUnicodeObject).str}' has no attribute '${s}'`);
  }
  return PyErr_SetString(PyExc_AttributeError, `module has no attribute '${s}'`);
}

/** @cpython module_repr */
function module_repr(self: PyObject): PyObject | null {
  const m = self as PyModuleObject;
  const name = PyDict_GetItemString(m.md_dict, "__name__");
  const n = name !== null && PyUnicode_Check(name) ? (name as PyUnicodeObject).str : "?";
  const file = PyDict_GetItemString(m.md_dict, "__file__");
  if (file !== null && PyUnicode_Check(file)) return PyUnicode_FromString(`<module '${n}' from '${(file as PyUnicodeObject).str}'>`);
  if (n === "sys" || n === "builtins" || builtinModuleNames.has(n)) return PyUnicode_FromString(`<module '${n}' (built-in)>`);
  return PyUnicode_FromString(`<module '${n}'>`);
}

/** Names of modules written natively, for their repr. */
export const builtinModuleNames = new Set<string>();

function module_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  Py_INCREF(type);
  return new PyModuleObject(type, "?");
}

function module_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const a = _PyArg_UnpackKeywords(args, kwnames, "module", ["name", "doc"], 1, 2, 0);
  if (a === null) return -1;
  if (!PyUnicode_Check(a[0]!)) {
    PyErr_SetString(PyExc_TypeError, `module() argument 'name' must be str, not ${a[0]!.ob_type.tp_name}`);
    return -1;
  }
  const m = self as PyModuleObject;
  m.md_name = (a[0] as PyUnicodeObject).str;
  module_init_dict(m, m.md_name, a[1]);
  return 0;
}

/** @cpython module_dir: the keys of __dict__ (looked up as an attribute), or its __dir__(). */
function module_dir(self: PyObject): PyObject | null {
  const dict = PyObject_GetAttr(self, _PyUnicode_FromId("__dict__"));
  if (dict === null) return null;
  let result: PyObject | null = null;
  if (PyDict_Check(dict)) {
    const dirfunc = PyDict_GetItemString(dict as PyDictObject, "__dir__");
    if (dirfunc !== null) result = PyObject_CallNoArgs(dirfunc);
    else result = PyDict_Keys(dict as PyDictObject);
  } else {
    PyErr_SetString(PyExc_TypeError, "<module>.__dict__ is not a dictionary");
  }
  Py_DECREF(dict);
  return result;
}
import { PyDict_Keys } from "./dictobject.ts";
import { PyObject_CallNoArgs } from "./call.ts";

export const PyModule_Type: PyTypeObject = new PyTypeObject({
  tp_name: "module", tp_basicsize: 72, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, tp_dictoffset: 16, tp_weaklistoffset: 40,
  tp_repr: module_repr, tp_getattro: module_getattro, tp_setattro: PyObject_GenericSetAttr,
  tp_new: module_new, tp_init: module_init,
  tp_dealloc: (o) => Py_DECREF((o as PyModuleObject).md_dict),
  tp_methods: [{ ml_name: "__dir__", ml_meth: module_dir, ml_flags: 0x0004 }],
  tp_getset: [{ name: "__dict__", get: (o) => { const d = (o as PyModuleObject).md_dict; Py_INCREF(d); return d; } }],
});

