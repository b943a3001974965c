/**
 * @mirrors Objects/genericaliasobject.c
 * types.GenericAlias: what `list[int]` evaluates to — the origin class with its arguments,
 * printed as `list[int]`, callable like the origin, comparable and hashable.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_EQ, Py_NE, Py_hash, METH_O, Py_TPFLAGS_BASETYPE } from "../Include/object.ts";
import { PyUnicode_FromString, _PyUnicode_FromId, PyUnicode_Check, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_FromArray } from "./tupleobject.ts";
import { Py_NotImplemented, PyObject_GenericGetAttr, PyObject_GetAttr, PyObject_RichCompareBool, PyObject_Hash, reprString, _PyObject_LookupAttr } from "./object.ts";
import { PyObject_Vectorcall } from "./call.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyType_Check } from "./typeobject.ts";
import { PyErr_Clear, PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError } from "./exceptions.ts";
import { _Py_union_type_or } from "./unionobject.ts";

export class gaobject extends PyObject {
  origin: PyObject;
  args: PyTupleObject;
  constructor(origin: PyObject, args: PyTupleObject, type: PyTypeObject = Py_GenericAliasType) {
    super(type);
    this.origin = origin;
    this.args = args;
  }
}

/** @cpython Py_GenericAlias @returns new */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyObject {
  Py_INCREF(origin);
  let t: PyTupleObject;
  if (PyTuple_Check(args)) {
    Py_INCREF(args);
    t = args;
  } else t = PyTuple_FromArray([args]);
  return new gaobject(origin, t);
}

/** @cpython ga_repr_item */
function ga_repr_item(p: PyObject): string | null {
  if (p.ob_type.tp_name === "ellipsis") return "...";
  if (p instanceof gaobject) return reprString(p);
  const qualname = _PyObject_LookupAttr(p, _PyUnicode_FromId("__qualname__"));
  const module = _PyObject_LookupAttr(p, _PyUnicode_FromId("__module__"));
  if (qualname === null || module === null) {
    PyErr_Clear();
    return reprString(p);
  }
  if (qualname === undefined || module === undefined || !PyType_Check(p)) return reprString(p);
  const m = PyUnicode_Check(module) ? (module as PyUnicodeObject).str : "";
  const q = (qualname as PyUnicodeObject).str;
  return m === "builtins" ? q : `${m}.${q}`;
}

function ga_repr(self: PyObject): PyObject | null {
  const ga = self as gaobject;
  const origin = ga_repr_item(ga.origin);
  if (origin === null) return null;
  const parts: string[] = [];
  for (const a of ga.args.ob_item) {
    const r = ga_repr_item(a);
    if (r === null) return null;
    parts.push(r);
  }
  return PyUnicode_FromString(`${origin}[${ga.args.ob_item.length === 0 ? "()" : parts.join(", ")}]`);
}

function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!(a instanceof gaobject) || !(b instanceof gaobject) || (op !== Py_EQ && op !== Py_NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  let eq = PyObject_RichCompareBool(a.origin, b.origin, Py_EQ);
  if (eq < 0) return null;
  if (eq) {
    eq = PyObject_RichCompareBool(a.args, b.args, Py_EQ);
    if (eq < 0) return null;
  }
  return PyBool_FromLong((op === Py_EQ) === (eq === 1) ? 1 : 0);
}

function ga_hash(self: PyObject): number {
  const ga = self as gaobject;
  const h0 = PyObject_Hash(ga.origin);
  const hi0 = Py_hash.hi;
  if (h0 === -1 && hi0 === -1) return -1;
  const h1 = PyObject_Hash(ga.args);
  if (h1 === -1 && Py_hash.hi === -1) return -1;
  Py_hash.hi = hi0 ^ Py_hash.hi;
  return h0 ^ h1;
}

const ATTR_EXCEPTIONS = new Set(["__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"]);

function ga_getattro(self: PyObject, name: PyObject): PyObject | null {
  const s = (name as PyUnicodeObject).str;
  if (!ATTR_EXCEPTIONS.has(s)) return PyObject_GetAttr((self as gaobject).origin, name);
  return PyObject_GenericGetAttr(self, name);
}

/** @cpython ga_mro_entries: a class statement with `list[int]` as a base derives from list. */
function ga_mro_entries(self: PyObject, _bases: PyObject): PyObject {
  return PyTuple_FromArray([(self as gaobject).origin]);
}

/** @cpython ga_instancecheck */
function ga_instancecheck(_self: PyObject, _o: PyObject): PyObject | null {
  return PyErr_SetString(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

/** @cpython ga_subclasscheck */
function ga_subclasscheck(_self: PyObject, _o: PyObject): PyObject | null {
  return PyErr_SetString(PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/** @cpython ga_new: GenericAlias(origin, args), also for subclasses (typing's _CallableGenericAlias). */
function ga_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (kwnames !== null && kwnames.ob_item.length > 0 && type === Py_GenericAliasType) {
    return PyErr_SetString(PyExc_TypeError, "GenericAlias() takes no keyword arguments");
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (npos !== 2) return PyErr_SetString(PyExc_TypeError, `GenericAlias expected 2 arguments, got ${npos}`);
  const [origin, a] = args;
  Py_INCREF(origin);
  let t: PyTupleObject;
  if (PyTuple_Check(a)) {
    Py_INCREF(a);
    t = a;
  } else t = PyTuple_FromArray([a]);
  Py_INCREF(type);
  return new gaobject(origin, t, type);
}

export const Py_GenericAliasType: PyTypeObject = new PyTypeObject({
  tp_name: "types.GenericAlias", tp_basicsize: 56, tp_weaklistoffset: 40, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_new: ga_new,
  tp_repr: ga_repr, tp_richcompare: ga_richcompare, tp_hash: ga_hash, tp_getattro: ga_getattro,
  tp_call: (self, args, kw) => PyObject_Vectorcall((self as gaobject).origin, args, kw),
  nb_or: (a, b) => _Py_union_type_or(a, b),
  tp_dealloc: (o) => { Py_DECREF((o as gaobject).origin); Py_DECREF((o as gaobject).args); },
  tp_methods: [
    { ml_name: "__mro_entries__", ml_meth: ga_mro_entries, ml_flags: METH_O },
    { ml_name: "__instancecheck__", ml_meth: ga_instancecheck, ml_flags: METH_O },
    { ml_name: "__subclasscheck__", ml_meth: ga_subclasscheck, ml_flags: METH_O },
  ],
  tp_members: [
    { name: "__unpacked__", get: () => PyBool_FromLong(0) },
    { name: "__origin__", get: (o) => { const v = (o as gaobject).origin; Py_INCREF(v); return v; } },
    { name: "__args__", get: (o) => { const v = (o as gaobject).args; Py_INCREF(v); return v; } },
    { name: "__parameters__", get: () => PyTuple_FromArray([]) },
  ],
});
