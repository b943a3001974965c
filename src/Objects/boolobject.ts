/**
 * @mirrors Objects/boolobject.c
 * bool, the subclass of int with exactly two instances. True and False are ints 1 and 0 in
 * every arithmetic operation; only repr and the bitwise operators between two bools differ:
 *
 *   >>> True + True, True & False, True | 2, repr(False)
 *   (2, False, 3, 'False')
 *
 * The two objects are shared and never freed. They are created in longobject.ts (see its
 * header) and receive their type here, in _PyBool_InitTypes.
 */
import { PyObject, PyTypeObject, Py_TPFLAGS_DEFAULT } from "../Include/object.ts";
import { PyObject_IsTrue } from "./object.ts";
import { PyType_Ready } from "./typeobject.ts";
import { _PyUnicode_FromId } from "./unicodeobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import type { PyTupleObject } from "./tupleobject.ts";
import { PyLong_Type, _Py_TrueStruct, _Py_FalseStruct, _PyLong_Slots } from "./longobject.ts";

/**
 * @cpython Py_True, Py_False. Re-exported bindings (not copies), so that importing this module
 * never reads longobject.ts's values before that module has run.
 */
export { _Py_TrueStruct as Py_True, _Py_FalseStruct as Py_False } from "./longobject.ts";

/** @cpython PyBool_Check */
export const PyBool_Check = (o: PyObject): boolean => o.ob_type === PyBool_Type;

/** @cpython PyBool_FromLong: True for a non-zero argument. @returns new */
export function PyBool_FromLong(ok: number | boolean): PyObject {
  const r = ok ? _Py_TrueStruct : _Py_FalseStruct;
  r.ob_refcnt++;
  return r;
}

/** @cpython bool_repr */
function bool_repr(self: PyObject): PyObject {
  const r = _PyUnicode_FromId(self === _Py_TrueStruct ? "True" : "False");
  r.ob_refcnt++;
  return r;
}

/** @cpython bool_new / bool_vectorcall: bool(x=False) */
function bool_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("bool", kwnames)) return null;
  if (!_PyArg_CheckPositional("bool", args.length, 0, 1)) return null;
  let ok = 0;
  if (args.length) {
    ok = PyObject_IsTrue(args[0]);
    if (ok < 0) return null;
  }
  return PyBool_FromLong(ok);
}

/** @cpython bool_and: a bool when both operands are bools, else int's & */
function bool_and(a: PyObject, b: PyObject): PyObject | null {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return _PyLong_Slots.long_and(a, b);
  return PyBool_FromLong(a === _Py_TrueStruct && b === _Py_TrueStruct);
}

/** @cpython bool_or */
function bool_or(a: PyObject, b: PyObject): PyObject | null {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return _PyLong_Slots.long_or(a, b);
  return PyBool_FromLong(a === _Py_TrueStruct || b === _Py_TrueStruct);
}

/** @cpython bool_xor */
function bool_xor(a: PyObject, b: PyObject): PyObject | null {
  if (a.ob_type !== PyBool_Type || b.ob_type !== PyBool_Type) return _PyLong_Slots.long_xor(a, b);
  return PyBool_FromLong((a === _Py_TrueStruct) !== (b === _Py_TrueStruct));
}

/** @cpython bool_dealloc: the two bools are immortal; a stray DECREF to zero revives them. */
function bool_dealloc(self: PyObject): void {
  self.ob_refcnt = 1 << 20;
}

/** @cpython PyBool_Type (tp_base, int, is set by _PyBool_InitTypes) */
export const PyBool_Type: PyTypeObject = new PyTypeObject({
  tp_name: "bool", tp_basicsize: 24, tp_itemsize: 4, tp_flags: Py_TPFLAGS_DEFAULT,
  tp_dealloc: bool_dealloc, tp_repr: bool_repr, tp_new: bool_new,
  nb_and: bool_and, nb_or: bool_or, nb_xor: bool_xor,
  tp_doc: "bool(x) -> bool\n\nTrue when x is true, False otherwise. True and False are the only two bools;\nbool is a subclass of int that cannot be subclassed further.",
});

/** @cpython _PyBool_InitTypes (part of _PyTypes_InitTypes in CPython) */
export function _PyBool_InitTypes(): void {
  PyBool_Type.tp_base = PyLong_Type;
  PyType_Ready(PyBool_Type);
  _Py_TrueStruct.ob_type = PyBool_Type;
  _Py_FalseStruct.ob_type = PyBool_Type;
}
