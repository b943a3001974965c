/**
 * @mirrors Objects/cellobject.c
 * A cell holds one variable shared between a function and the functions nested in it
 * (closures). LOAD_DEREF/STORE_DEREF read and write the cell, not the frame.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_ValueError } from "./exceptions.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { _PyObject_AddressString, PyObject_GenericGetAttr, PyObject_RichCompare, Py_NotImplemented } from "./object.ts";
import { _PyType_Name } from "./typeobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import type { PyTupleObject } from "./tupleobject.ts";

export class PyCellObject extends PyObject {
  ob_ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(PyCell_Type);
    this.ob_ref = ref;
  }
}

/** @cpython PyCell_New (INCREFs the content) @returns new */
export function PyCell_New(ref: PyObject | null): PyCellObject {
  Py_XINCREF(ref);
  return new PyCellObject(ref);
}

/** @cpython PyCell_Set */
export function PyCell_Set(cell: PyCellObject, value: PyObject | null): void {
  Py_XINCREF(value);
  const old = cell.ob_ref;
  cell.ob_ref = value;
  Py_XDECREF(old);
}

function cell_repr(self: PyObject): PyObject {
  const c = self as PyCellObject;
  if (c.ob_ref === null) return PyUnicode_FromString(`<cell at ${_PyObject_AddressString(c)}: empty>`);
  return PyUnicode_FromString(
    `<cell at ${_PyObject_AddressString(c)}: ${_PyType_Name(c.ob_ref.ob_type)} object at ${_PyObject_AddressString(c.ob_ref)}>`);
}

function cell_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!(a instanceof PyCellObject) || !(b instanceof PyCellObject)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (a.ob_ref !== null && b.ob_ref !== null) return PyObject_RichCompare(a.ob_ref, b.ob_ref, op);
  const x = a.ob_ref === null ? 0 : 1, y = b.ob_ref === null ? 0 : 1;
  const r = [x < y, x <= y, x === y, x !== y, x > y, x >= y][op];
  return PyBool_FromLong(r ? 1 : 0);
}

function cell_new(_type: PyTypeObject, args: PyObject[], _kw: PyTupleObject | null): PyObject {
  return PyCell_New(args.length > 0 ? args[0] : null);
}

export const PyCell_Type = new PyTypeObject({
  tp_name: "cell", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => Py_XDECREF((o as PyCellObject).ob_ref), tp_repr: cell_repr,
  tp_getattro: PyObject_GenericGetAttr, tp_richcompare: cell_richcompare, tp_new: cell_new,
  tp_getset: [{
    name: "cell_contents",
    get: (o) => {
      const r = (o as PyCellObject).ob_ref;
      if (r === null) return PyErr_SetString(PyExc_ValueError, "Cell is empty");
      Py_INCREF(r);
      return r;
    },
    set: (o, v) => {
      PyCell_Set(o as PyCellObject, v);
      return 0;
    },
  }],
});

