/**
 * @mirrors Objects/namespaceobject.c
 * types.SimpleNamespace: an object that is only its __dict__, made from keyword arguments,
 * shown as `namespace(a=1, b=2)` and equal to another namespace with an equal dict.
 * sys.implementation is one.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_READY, METH_NOARGS } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError } from "./exceptions.ts";
import { PyDict_New, PyDict_SetItem, PyDict_SetItemString, _PyDict_Next, type PyDictObject } from "./dictobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "./unicodeobject.ts";
import {
  PyObject_GenericGetAttr, PyObject_GenericSetAttr, PyObject_RichCompare, Py_NotImplemented, Py_ReprEnter, Py_ReprLeave,
  reprString, Py_EQ, Py_NE,
} from "./object.ts";
import { PyType_IsSubtype, PyType_Ready, _PyType_Name } from "./typeobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal, type PyTupleObject } from "./tupleobject.ts";

export class _PyNamespaceObject extends PyObject {
  constructor(type: PyTypeObject) {
    super(type);
    this.ob_dict = PyDict_New();
  }
}

/** @cpython _PyNamespace_New: a namespace holding a copy of kwds' items. @returns new */
export function _PyNamespace_New(items: Record<string, PyObject>): _PyNamespaceObject {
  if (!(_PyNamespace_Type.tp_flags & Py_TPFLAGS_READY)) PyType_Ready(_PyNamespace_Type);
  Py_INCREF(_PyNamespace_Type);
  const ns = new _PyNamespaceObject(_PyNamespace_Type);
  for (const [k, v] of Object.entries(items)) PyDict_SetItemString(ns.ob_dict!, k, v);
  return ns;
}

function namespace_new(type: PyTypeObject): PyObject {
  Py_INCREF(type);
  return new _PyNamespaceObject(type);
}

/** @cpython namespace_init: keyword arguments only (3.11). */
function namespace_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const npos = args.length - nkw;
  if (npos > 0) {
    PyErr_SetString(PyExc_TypeError, `no positional arguments expected`);
    return -1;
  }
  for (let i = 0; i < nkw; i++) {
    if (PyDict_SetItem(self.ob_dict!, kwnames!.ob_item[i], args[npos + i]) < 0) return -1;
  }
  return 0;
}

/** @cpython namespace_repr: `namespace(a=1)`, or the subclass's name; `...` inside itself. */
function namespace_repr(self: PyObject): PyObject | null {
  const name = self.ob_type === _PyNamespace_Type ? "namespace" : _PyType_Name(self.ob_type);
  if (Py_ReprEnter(self) !== 0) return PyUnicode_FromString(`${name}(...)`);
  const parts: string[] = [];
  const pos = { i: 0 };
  const d = self.ob_dict as PyDictObject;
  for (let ep = _PyDict_Next(d, pos); ep !== null; ep = _PyDict_Next(d, pos)) {
    const key = ep.me_key!;
    if (!PyUnicode_Check(key)) continue;
    const v = reprString(ep.me_value!);
    if (v === null) {
      Py_ReprLeave(self);
      return null;
    }
    parts.push(`${(key as PyUnicodeObject).str}=${v}`);
  }
  Py_ReprLeave(self);
  return PyUnicode_FromString(`${name}(${parts.join(", ")})`);
}

function namespace_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (PyType_IsSubtype(a.ob_type, _PyNamespace_Type) && PyType_IsSubtype(b.ob_type, _PyNamespace_Type) && (op === Py_EQ || op === Py_NE)) {
    return PyObject_RichCompare(a.ob_dict!, b.ob_dict!, op);
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** @cpython namespace_reduce: (type, (), __dict__) */
function namespace_reduce(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([(Py_INCREF(self.ob_type), self.ob_type), PyTuple_FromArray([]), (Py_INCREF(self.ob_dict!), self.ob_dict!)]);
}

function namespace_get_dict(o: PyObject): PyObject {
  Py_INCREF(o.ob_dict!);
  return o.ob_dict!;
}

export const _PyNamespace_Type: PyTypeObject = new PyTypeObject({
  tp_name: "types.SimpleNamespace", tp_basicsize: 24, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, tp_dictoffset: 16,
  tp_doc: "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
  tp_new: namespace_new, tp_init: namespace_init, tp_repr: namespace_repr, tp_richcompare: namespace_richcompare,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_dealloc: (o) => { if (o.ob_dict !== null) Py_DECREF(o.ob_dict); },
  tp_methods: [{ ml_name: "__reduce__", ml_meth: namespace_reduce, ml_flags: METH_NOARGS }],
  tp_getset: [{ name: "__dict__", get: namespace_get_dict }],
});
