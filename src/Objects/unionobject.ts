/**
 * @mirrors Objects/unionobject.c
 * types.UnionType: what `int | str` makes. isinstance() and issubclass() accept it (they
 * test each member), it prints as `int | str`, and duplicates and nested unions flatten.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_EQ, Py_NE, Py_hash } from "../Include/object.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { PyTupleObject, PyTuple_FromArray } from "./tupleobject.ts";
import { Py_None, Py_NotImplemented, PyObject_GenericGetAttr, reprString, PyObject_RichCompareBool, PyObject_Hash } from "./object.ts";
import { PyType_Check, _PyType_Name } from "./typeobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyObject_IsInstance, PyObject_IsSubclass } from "./abstract.ts";
import { Py_GenericAliasType } from "./genericaliasobject.ts";
import { METH_O } from "../Include/object.ts";
import { PyFrozenSet_New } from "./setobject.ts";
import { _PyList_FromArraySteal } from "./listobject.ts";

export class unionobject extends PyObject {
  args: PyTupleObject;
  constructor(args: PyTupleObject) {
    super(_PyUnion_Type);
    this.args = args;
  }
}

/** May `o` take part in a union (a type, None, a generic alias, a union)? */
function is_unionable(o: PyObject): boolean {
  return o === Py_None || PyType_Check(o) || o.ob_type === Py_GenericAliasType || o instanceof unionobject;
}

function flatten(o: PyObject, out: PyObject[]): void {
  const items = o instanceof unionobject ? o.args.ob_item : [o === Py_None ? Py_None.ob_type : o];
  for (const i of items) if (!out.includes(i)) out.push(i);
}

/** @cpython _Py_union_type_or: `a | b`, or NotImplemented. */
export function _Py_union_type_or(a: PyObject, b: PyObject): PyObject {
  if (!is_unionable(a) || !is_unionable(b)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const args: PyObject[] = [];
  flatten(a, args);
  flatten(b, args);
  if (args.length === 1) {
    Py_INCREF(args[0]);
    return args[0];
  }
  return new unionobject(PyTuple_FromArray(args));
}

function union_repr(self: PyObject): PyObject | null {
  const parts: string[] = [];
  for (const a of (self as unionobject).args.ob_item) {
    if (a === Py_None.ob_type) parts.push("None");
    else if (PyType_Check(a)) {
      const mod = a.tp_flags & (1 << 9) ? null : "builtins";
      parts.push(mod === "builtins" ? _PyType_Name(a) : a.ht_qualname);
    } else {
      const r = reprString(a);
      if (r === null) return null;
      parts.push(r);
    }
  }
  return PyUnicode_FromString(parts.join(" | "));
}

function union_check(self: PyObject, other: PyObject, sub: boolean): PyObject | null {
  for (const a of (self as unionobject).args.ob_item) {
    const r = sub ? PyObject_IsSubclass(other, a) : PyObject_IsInstance(other, a);
    if (r < 0) return null;
    if (r) return PyBool_FromLong(1);
  }
  return PyBool_FromLong(0);
}

function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!(b instanceof unionobject) || (op !== Py_EQ && op !== Py_NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const x = (a as unionobject).args.ob_item, y = b.args.ob_item;
  const eq = x.length === y.length && x.every((i) => y.includes(i));
  return PyBool_FromLong((op === Py_EQ) === eq ? 1 : 0);
}

function union_hash(self: PyObject): number {
  const fs = PyFrozenSet_New(_PyList_FromArraySteal((self as unionobject).args.ob_item.map((o) => { Py_INCREF(o); return o; })));
  if (fs === null) {
    Py_hash.hi = -1;
    return -1;
  }
  const h = PyObject_Hash(fs);
  const hi = Py_hash.hi;
  Py_DECREF(fs);
  Py_hash.hi = hi;
  return h;
}

export const _PyUnion_Type: PyTypeObject = new PyTypeObject({
  tp_name: "types.UnionType", tp_basicsize: 32,
  tp_repr: union_repr, tp_getattro: PyObject_GenericGetAttr, tp_richcompare: union_richcompare, tp_hash: union_hash,
  nb_or: _Py_union_type_or,
  tp_dealloc: (o) => Py_DECREF((o as unionobject).args),
  tp_methods: [
    { ml_name: "__instancecheck__", ml_meth: (s: PyObject, o: PyObject) => union_check(s, o, false), ml_flags: METH_O },
    { ml_name: "__subclasscheck__", ml_meth: (s: PyObject, o: PyObject) => union_check(s, o, true), ml_flags: METH_O },
  ],
  tp_members: [{ name: "__args__", get: (o) => { const a = (o as unionobject).args; Py_INCREF(a); return a; } }],
});

