/**
 * @mirrors Objects/unionobject.c
 * types.UnionType: what `int | str` makes. It prints as `int | str`, compares and hashes
 * as the set of its members, and flattens nested unions and duplicates (generic aliases
 * count as duplicates when equal, everything else when identical). isinstance() and
 * issubclass() test each member (abstract.ts unwraps a union into its __args__ tuple, as
 * CPython's abstract.c does). Type variables among the members make it generic:
 * `(T | int)[str]` substitutes them through _Py_subs_parameters (genericaliasobject.ts).
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_EQ, Py_NE, Py_hash, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import { PyUnicode_FromString, PyUnicode_Check, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyTupleObject, PyTuple_FromArray } from "./tupleobject.ts";
import {
  Py_None, Py_NotImplemented, PyObject_GenericGetAttr, PyObject_GetAttr, PyObject_RichCompare, PyObject_RichCompareBool,
  PyObject_Hash, PyObject_Str, _PyObject_LookupAttr, reprString,
} from "./object.ts";
import { PyType_Check } from "./typeobject.ts";
import { _PyGenericAlias_Check, _Py_make_parameters, _Py_subs_parameters } from "./genericaliasobject.ts";
import { PyFrozenSet_New, PySet_New } from "./setobject.ts";
import { PyNumber_Or } from "./abstract.ts";

export class unionobject extends PyObject {
  args: PyTupleObject;
  /** The type variables among the members, computed on first use. */
  parameters: PyTupleObject | null;
  constructor(args: PyTupleObject) {
    super(_PyUnion_Type);
    this.args = args;
    this.parameters = null;
  }
}

/** @cpython _PyUnion_Check */
export const _PyUnion_Check = (o: PyObject): o is unionobject => o.ob_type === _PyUnion_Type;

/** @cpython _Py_union_args @returns borrowed */
export function _Py_union_args(self: unionobject): PyTupleObject {
  return self.args;
}

/** @cpython union_hash: the hash of the frozenset of the members. */
function union_hash(self: PyObject): number {
  const fs = PyFrozenSet_New((self as unionobject).args);
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

/** @cpython union_richcompare: == and != compare the sets of members. */
function union_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!_PyUnion_Check(b) || (op !== Py_EQ && op !== Py_NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const aset = PySet_New((a as unionobject).args);
  if (aset === null) return null;
  const bset = PySet_New(b.args);
  if (bset === null) {
    Py_DECREF(aset);
    return null;
  }
  const r = PyObject_RichCompare(aset, bset, op);
  Py_DECREF(bset);
  Py_DECREF(aset);
  return r;
}

/** @cpython is_same: equal generic aliases, otherwise the same object. -1 on error. */
function is_same(left: PyObject, right: PyObject): number {
  if (_PyGenericAlias_Check(left) && _PyGenericAlias_Check(right)) return PyObject_RichCompareBool(left, right, Py_EQ);
  return left === right ? 1 : 0;
}

/** @cpython contains */
function contains(items: readonly PyObject[], obj: PyObject): number {
  for (const it of items) {
    const d = is_same(it, obj);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * @cpython merge: items1 followed by the items of items2 not already there, as a new tuple;
 * undefined when items2 adds nothing, null on error.
 */
function merge(items1: readonly PyObject[], items2: readonly PyObject[]): PyTupleObject | null | undefined {
  let out: PyObject[] | null = null;
  for (const arg of items2) {
    const dup = contains(items1, arg);
    if (dup < 0) return null;
    if (dup) continue;
    if (out === null) out = items1.slice();
    out.push(arg);
  }
  return out === null ? undefined : PyTuple_FromArray(out);
}

/** @cpython get_types: the members an operand of | contributes (None counts as NoneType). */
function get_types(obj: PyObject): readonly PyObject[] {
  if (obj === Py_None) obj = Py_None.ob_type;
  return _PyUnion_Check(obj) ? obj.args.ob_item : [obj];
}

/** @cpython is_unionable */
function is_unionable(obj: PyObject): boolean {
  return obj === Py_None || PyType_Check(obj) || _PyGenericAlias_Check(obj) || _PyUnion_Check(obj);
}

/** @cpython _Py_union_type_or: `a | b`, or NotImplemented. */
export function _Py_union_type_or(self: PyObject, other: PyObject): PyObject | null {
  if (!is_unionable(self) || !is_unionable(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const tuple = merge(get_types(self), get_types(other));
  if (tuple === null) return null;
  if (tuple === undefined) {
    // Nothing new on the right: the left operand (None stands for NoneType here).
    const r = self === Py_None ? Py_None.ob_type : self;
    Py_INCREF(r);
    return r;
  }
  return make_union(tuple, true);
}

/** @cpython union_repr_item */
function union_repr_item(p: PyObject): string | null {
  if (p === Py_None.ob_type) return "None";
  let tmp = _PyObject_LookupAttr(p, _PyUnicode_FromId("__origin__"));
  if (tmp === null) return null;
  if (tmp !== undefined) {
    Py_DECREF(tmp);
    tmp = _PyObject_LookupAttr(p, _PyUnicode_FromId("__args__"));
    if (tmp === null) return null;
    if (tmp !== undefined) {
      Py_DECREF(tmp);
      return reprString(p);
    }
  }
  const qualname = _PyObject_LookupAttr(p, _PyUnicode_FromId("__qualname__"));
  if (qualname === null) return null;
  if (qualname === undefined) return reprString(p);
  const module = _PyObject_LookupAttr(p, _PyUnicode_FromId("__module__"));
  if (module === null) {
    Py_DECREF(qualname);
    return null;
  }
  if (module === undefined || module === Py_None) {
    Py_DECREF(qualname);
    if (module !== undefined) Py_DECREF(module);
    return reprString(p);
  }
  let r: PyObject | null;
  if (PyUnicode_Check(module) && (module as PyUnicodeObject).str === "builtins") {
    r = PyObject_Str(qualname);
  } else {
    const m = PyObject_Str(module);
    const q = m === null ? null : PyObject_Str(qualname);
    r = m === null || q === null ? null : PyUnicode_FromString(`${(m as PyUnicodeObject).str}.${(q as PyUnicodeObject).str}`);
    if (m !== null) Py_DECREF(m);
    if (q !== null) Py_DECREF(q);
  }
  Py_DECREF(qualname);
  Py_DECREF(module);
  if (r === null) return null;
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

/** @cpython union_repr */
function union_repr(self: PyObject): PyObject | null {
  const parts: string[] = [];
  for (const a of (self as unionobject).args.ob_item) {
    const r = union_repr_item(a);
    if (r === null) return null;
    parts.push(r);
  }
  return PyUnicode_FromString(parts.join(" | "));
}

/** @returns borrowed: the type variables among the members (union_parameters). */
function union_get_parameters(alias: unionobject): PyTupleObject | null {
  if (alias.parameters === null) alias.parameters = _Py_make_parameters(alias.args);
  return alias.parameters;
}

/** @cpython union_getitem: substitute the type variables, then `|` the results together. */
function union_getitem(self: PyObject, item: PyObject): PyObject | null {
  const alias = self as unionobject;
  const params = union_get_parameters(alias);
  if (params === null) return null;
  const newargs = _Py_subs_parameters(self, alias.args, params, item);
  if (newargs === null) return null;
  let res: PyObject | null;
  const nargs = newargs.ob_item.length;
  if (nargs === 0) {
    Py_INCREF(newargs);
    res = make_union(newargs, true);
  } else {
    res = newargs.ob_item[0];
    Py_INCREF(res);
    for (let i = 1; i < nargs; i++) {
      const next: PyObject | null = PyNumber_Or(res, newargs.ob_item[i]);
      Py_DECREF(res);
      res = next;
      if (res === null) break;
    }
  }
  Py_DECREF(newargs);
  return res;
}

/** @cpython union_getattro: __module__ is the type's (typing relies on it). */
function union_getattro(self: PyObject, name: PyObject): PyObject | null {
  if (PyUnicode_Check(name) && (name as PyUnicodeObject).str === "__module__") {
    return PyObject_GetAttr(self.ob_type, name);
  }
  return PyObject_GenericGetAttr(self, name);
}

export const _PyUnion_Type: PyTypeObject = new PyTypeObject({
  tp_name: "types.UnionType", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_doc: "Represent a PEP 604 union type\n\nE.g. for int | str",
  tp_repr: union_repr, tp_getattro: union_getattro, tp_richcompare: union_richcompare, tp_hash: union_hash,
  nb_or: _Py_union_type_or,
  mp_subscript: union_getitem,
  tp_dealloc: (o) => {
    Py_DECREF((o as unionobject).args);
    Py_XDECREF((o as unionobject).parameters);
  },
  tp_members: [{ name: "__args__", get: (o) => { const a = (o as unionobject).args; Py_INCREF(a); return a; } }],
  tp_getset: [{
    name: "__parameters__", doc: "Type variables in the types.UnionType.",
    get: (o) => { const p = union_get_parameters(o as unionobject); if (p !== null) Py_INCREF(p); return p; },
  }],
});

/** @cpython make_union: a union of the members in `args` (stolen when `steal`). @returns new */
function make_union(args: PyTupleObject, steal: boolean): PyObject {
  if (!steal) Py_INCREF(args);
  return new unionobject(args);
}
