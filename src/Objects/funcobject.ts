/**
 * @mirrors Objects/funcobject.c
 * The function object: a code object plus what MAKE_FUNCTION attached to it — globals,
 * builtins, name and qualname, defaults, keyword-only defaults, the closure's cells and
 * annotations. Calling it (from native code) runs a new frame in the eval loop; calls from
 * Python code never come here: CALL pushes the frame directly (DESIGN D2).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_HAVE_GC,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetStringInt } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import { PyUnicode_FromString, PyUnicode_Check, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyDictObject, PyDict_New, PyDict_GetItemString, PyDict_Check, PyDict_SetItem } from "./dictobject.ts";
import { PyTupleObject, PyTuple_Check } from "./tupleobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr, PyObject_GenericSetAttr, _Py_HashPointerObject } from "./object.ts";
import { PyMethod_New } from "./classobject.ts";
import { _PyType_Name } from "./typeobject.ts";
import type { PyCodeObject } from "./codeobject.ts";
import { PyCode_Type, PyCodeObjectWrapper, codeOf } from "./codeobject_runtime.ts";
import { _PyFunction_Vectorcall } from "../Python/ceval.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { PyCellObject } from "./cellobject.ts";

export class PyFunctionObject extends PyObject {
  func_code: PyCodeObject;
  func_globals: PyDictObject;
  func_builtins: PyDictObject;
  func_name: PyObject;
  func_qualname: PyObject;
  func_defaults: PyTupleObject | null;
  func_kwdefaults: PyDictObject | null;
  func_closure: PyTupleObject | null;
  func_doc: PyObject;
  func_module: PyObject | null;
  func_annotations: PyObject | null;
  /** The code object as a Python object (the same wrapper every time). */
  func_code_obj: PyCodeObjectWrapper;
  func_version: number;
  constructor(code: PyCodeObjectWrapper, globals: PyDictObject, builtins: PyDictObject, qualname: PyObject) {
    super(PyFunction_Type);
    this.func_code_obj = code;
    this.func_code = code.co;
    this.func_globals = globals;
    this.func_builtins = builtins;
    this.func_name = PyUnicode_FromString(code.co.co_name);
    this.func_qualname = qualname;
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_doc = Py_None;
    this.func_module = null;
    this.func_annotations = null;
    this.func_version = 0;
  }
}

/**
 * @cpython PyFunction_NewWithQualName: the docstring is the first constant when the code
 * has one; __module__ is the globals' __name__. @returns new
 */
export function PyFunction_NewWithQualName(code: PyCodeObjectWrapper, globals: PyDictObject, qualname: PyObject | null,
  builtins: PyDictObject): PyFunctionObject {
  Py_INCREF(code);
  Py_INCREF(globals);
  Py_INCREF(builtins);
  const q = qualname ?? PyUnicode_FromString(code.co.co_qualname);
  if (qualname !== null) Py_INCREF(qualname);
  const op = new PyFunctionObject(code, globals, builtins, q);
  const consts = code.consts();
  if (code.co.co_consts.length > 0 && PyUnicode_Check(consts[0]) && code.hasDocstring()) {
    Py_INCREF(consts[0]);
    op.func_doc = consts[0];
  } else {
    Py_INCREF(Py_None);
  }
  const module = PyDict_GetItemString(globals, "__name__");
  if (module !== null) {
    Py_INCREF(module);
    op.func_module = module;
  }
  return op;
}

function func_dealloc(self: PyObject): void {
  const op = self as PyFunctionObject;
  Py_DECREF(op.func_code_obj);
  Py_DECREF(op.func_globals);
  Py_DECREF(op.func_builtins);
  Py_DECREF(op.func_name);
  Py_DECREF(op.func_qualname);
  Py_XDECREF(op.func_defaults);
  Py_XDECREF(op.func_kwdefaults);
  Py_XDECREF(op.func_closure);
  Py_DECREF(op.func_doc);
  Py_XDECREF(op.func_module);
  Py_XDECREF(op.func_annotations);
  Py_XDECREF(op.ob_dict);
}

function func_repr(self: PyObject): PyObject {
  const op = self as PyFunctionObject;
  return PyUnicode_FromString(`<function ${(op.func_qualname as PyUnicodeObject).str} at ${_PyObject_AddressString(op)}>`);
}

/** @cpython func_descr_get: a function on a class binds to the instance. */
function func_descr_get(func: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  if (obj === null || obj === Py_None) {
    Py_INCREF(func);
    return func;
  }
  return PyMethod_New(func, obj);
}

function getter<K extends keyof PyFunctionObject>(field: K) {
  return (o: PyObject): PyObject => {
    const v = ((o as PyFunctionObject)[field] as PyObject | null) ?? Py_None;
    Py_INCREF(v);
    return v;
  };
}

function func_set_name(o: PyObject, v: PyObject | null): number {
  if (v === null || !PyUnicode_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__name__ must be set to a string object");
  const op = o as PyFunctionObject;
  Py_INCREF(v);
  Py_DECREF(op.func_name);
  op.func_name = v;
  return 0;
}
function func_set_qualname(o: PyObject, v: PyObject | null): number {
  if (v === null || !PyUnicode_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__qualname__ must be set to a string object");
  const op = o as PyFunctionObject;
  Py_INCREF(v);
  Py_DECREF(op.func_qualname);
  op.func_qualname = v;
  return 0;
}
function func_set_defaults(o: PyObject, v: PyObject | null): number {
  if (v === Py_None) v = null;
  if (v !== null && !PyTuple_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__defaults__ must be set to a tuple object");
  const op = o as PyFunctionObject;
  Py_XINCREF(v);
  Py_XDECREF(op.func_defaults);
  op.func_defaults = v as PyTupleObject | null;
  op.func_version = 0;
  return 0;
}
function func_set_kwdefaults(o: PyObject, v: PyObject | null): number {
  if (v === Py_None) v = null;
  if (v !== null && !PyDict_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
  const op = o as PyFunctionObject;
  Py_XINCREF(v);
  Py_XDECREF(op.func_kwdefaults);
  op.func_kwdefaults = v as PyDictObject | null;
  op.func_version = 0;
  return 0;
}
function func_get_annotations(o: PyObject): PyObject | null {
  const op = o as PyFunctionObject;
  if (op.func_annotations === null) op.func_annotations = PyDict_New();
  else if (PyTuple_Check(op.func_annotations)) {
    // MAKE_FUNCTION stores annotations as a flat (name, value, ...) tuple; make the dict now.
    const items = (op.func_annotations as PyTupleObject).ob_item;
    const d = PyDict_New();
    for (let i = 0; i + 1 < items.length; i += 2) PyDict_SetItem(d, items[i], items[i + 1]);
    Py_DECREF(op.func_annotations);
    op.func_annotations = d;
  }
  Py_INCREF(op.func_annotations);
  return op.func_annotations;
}
function func_set_annotations(o: PyObject, v: PyObject | null): number {
  if (v === Py_None) v = null;
  if (v !== null && !PyDict_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__annotations__ must be set to a dict object");
  const op = o as PyFunctionObject;
  Py_XINCREF(v);
  Py_XDECREF(op.func_annotations);
  op.func_annotations = v;
  return 0;
}
function func_get_code(o: PyObject): PyObject {
  const c = (o as PyFunctionObject).func_code_obj;
  Py_INCREF(c);
  return c;
}
function func_set_code(o: PyObject, v: PyObject | null): number {
  const op = o as PyFunctionObject;
  if (v === null || v.ob_type !== PyCode_Type) return PyErr_SetStringInt(PyExc_TypeError, "__code__ must be set to a code object");
  const c = v as PyCodeObjectWrapper;
  const nfree = c.co.co_nfreevars;
  const nclosure = op.func_closure === null ? 0 : op.func_closure.ob_item.length;
  if (nclosure !== nfree) {
    return PyErr_SetStringInt(PyExc_ValueError,
      `${(op.func_name as PyUnicodeObject).str}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  }
  Py_INCREF(c);
  Py_DECREF(op.func_code_obj);
  op.func_code_obj = c;
  op.func_code = c.co;
  op.func_version = 0;
  return 0;
}
function func_get_dict(o: PyObject): PyObject {
  if (o.ob_dict === null) o.ob_dict = PyDict_New();
  Py_INCREF(o.ob_dict);
  return o.ob_dict;
}
function func_set_dict(o: PyObject, v: PyObject | null): number {
  if (v === null) return PyErr_SetStringInt(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__dict__ must be set to a dictionary, not a '" + _PyType_Name(v.ob_type) + "'");
  Py_INCREF(v);
  Py_XDECREF(o.ob_dict);
  o.ob_dict = v as PyDictObject;
  return 0;
}

/**
 * @cpython func_new_impl: function(code, globals, name=None, argdefs=None, closure=None).
 * The builtins come from globals['__builtins__'] (a module's dict, or the dict itself),
 * else the interpreter's, as _PyEval_BuiltinsFromGlobals finds them.
 */
function func_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "function", ["code", "globals", "name", "argdefs", "closure"], 2, 5, 0);
  if (a === null) return null;
  const code = a[0]!, globals = a[1]!;
  const name = a[2] ?? Py_None, defaults = a[3] ?? Py_None, closure = a[4] ?? Py_None;
  if (!(code instanceof PyCodeObjectWrapper)) {
    return PyErr_SetString(PyExc_TypeError, `function() argument 'code' must be code, not ${_PyType_Name(code.ob_type)}`);
  }
  if (!PyDict_Check(globals)) {
    return PyErr_SetString(PyExc_TypeError, `function() argument 'globals' must be dict, not ${_PyType_Name(globals.ob_type)}`);
  }
  if (name !== Py_None && !PyUnicode_Check(name)) return PyErr_SetString(PyExc_TypeError, "arg 3 (name) must be None or string");
  if (defaults !== Py_None && !PyTuple_Check(defaults)) {
    return PyErr_SetString(PyExc_TypeError, "arg 4 (defaults) must be None or tuple");
  }
  const nfree = code.co.co_nfreevars;
  if (!PyTuple_Check(closure)) {
    if (nfree && closure === Py_None) return PyErr_SetString(PyExc_TypeError, "arg 5 (closure) must be tuple");
    if (closure !== Py_None) return PyErr_SetString(PyExc_TypeError, "arg 5 (closure) must be None or tuple");
  }
  const cells = closure === Py_None ? [] : (closure as PyTupleObject).ob_item;
  if (nfree !== cells.length) {
    return PyErr_SetString(PyExc_ValueError, `${code.co.co_name} requires closure of length ${nfree}, not ${cells.length}`);
  }
  for (const o of cells) {
    if (!(o instanceof PyCellObject)) {
      return PyErr_SetString(PyExc_TypeError, `arg 5 (closure) expected cell, found ${o.ob_type.tp_name}`);
    }
  }
  let builtins: PyObject | null = PyDict_GetItemString(globals as PyDictObject, "__builtins__");
  if (builtins !== null && !PyDict_Check(builtins)) builtins = builtins.ob_dict;
  if (builtins === null) {
    // _PyEval_BuiltinsFromGlobals: globals without __builtins__ take the running frame's.
    const tstate = _PyThreadState_GET();
    const f = tstate.current_frame;
    builtins = f === null ? tstate.interp.builtins! : f.f_builtins;
  }
  const op = PyFunction_NewWithQualName(code, globals as PyDictObject, null, builtins as PyDictObject);
  if (name !== Py_None) {
    Py_INCREF(name);
    Py_DECREF(op.func_name);
    op.func_name = name;
  }
  if (defaults !== Py_None) {
    Py_INCREF(defaults);
    op.func_defaults = defaults as PyTupleObject;
  }
  if (closure !== Py_None) {
    Py_INCREF(closure);
    op.func_closure = closure as PyTupleObject;
  }
  return op;
}

/** @cpython PyFunction_Type */
export const PyFunction_Type: PyTypeObject = new PyTypeObject({
  tp_name: "function", tp_basicsize: 152, tp_flags: Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_HAVE_GC, tp_dictoffset: 1, tp_weaklistoffset: 96,
  tp_dealloc: func_dealloc, tp_repr: func_repr, tp_call: (f, a, k) => _PyFunction_Vectorcall(f as PyFunctionObject, a, k),
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr, tp_descr_get: func_descr_get,
  tp_hash: _Py_HashPointerObject, tp_new: func_new,
  tp_members: [
    { name: "__closure__", get: getter("func_closure") },
    { name: "__doc__", get: getter("func_doc"), set: (o, v) => { const op = o as PyFunctionObject; const nv = v ?? Py_None; Py_INCREF(nv); Py_DECREF(op.func_doc); op.func_doc = nv; return 0; } },
    { name: "__globals__", get: getter("func_globals") },
    { name: "__module__", get: getter("func_module"), set: (o, v) => { const op = o as PyFunctionObject; Py_XINCREF(v); Py_XDECREF(op.func_module); op.func_module = v; return 0; } },
    { name: "__builtins__", get: getter("func_builtins") },
  ],
  tp_getset: [
    { name: "__code__", get: func_get_code, set: func_set_code },
    { name: "__defaults__", get: getter("func_defaults"), set: func_set_defaults },
    { name: "__kwdefaults__", get: getter("func_kwdefaults"), set: func_set_kwdefaults },
    { name: "__annotations__", get: func_get_annotations, set: func_set_annotations },
    { name: "__dict__", get: func_get_dict, set: func_set_dict },
    { name: "__name__", get: getter("func_name"), set: func_set_name },
    { name: "__qualname__", get: getter("func_qualname"), set: func_set_qualname },
  ],
});

