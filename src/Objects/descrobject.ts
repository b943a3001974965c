/**
 * @mirrors Objects/descrobject.c
 * Descriptors that expose what a type implements natively: method_descriptor (a method
 * table entry; binding it gives a builtin method), classmethod_descriptor, member and
 * getset descriptors (data attributes), wrapper_descriptor (a type slot seen as a dunder
 * method, e.g. int.__add__) and its bound form method-wrapper; plus property and
 * mappingproxy, which CPython also defines here.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_hash, Py_EQ,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MAPPING, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS,
  type PyMethodDef, type PyMemberDef, type PyGetSetDef,
} from "../Include/object.ts";
import { PyErr_Occurred, PyErr_SetString, PyErr_SetStringInt, PyErr_ExceptionMatches, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.ts";
import { PyUnicode_FromString, PyUnicode_Check, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { _PyType_Name, PyType_IsSubtype, PyType_Check, _PyType_GetDocFromInternalDoc, _PyType_GetTextSignatureFromInternalDoc, type SlotDef } from "./typeobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_RichCompare, PyObject_GenericGetAttr, reprString, _Py_HashPointerObject, PyObject_Hash, Py_NotImplemented } from "./object.ts";
import { PyCFunction_NewEx, _PyMethodDef_Call } from "./methodobject.ts";
import { PyTupleObject, PyTuple_FromArray, Py_GenericAliasRef, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";
import { PyObject_Vectorcall, PyObject_CallOneArg, PyObject_CallMethod } from "./call.ts";
import { PyDictObject, PyDict_GetItemWithError, PyDict_Contains, PyDict_Check, PyDict_Copy, PyDict_Type } from "./dictobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t } from "./longobject.ts";
import { PyObject_GetIter, PyObject_Size, PyObject_GetItem, PySequence_Contains, PyNumber_Or } from "./abstract.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_UnpackKeywords, _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";
import { Py_NotImplemented as _NI } from "./object.ts";

/** wrapperbase: the part of a slotdef a wrapper_descriptor needs. */
export interface wrapperbase {
  name: string;
  wrapper: string | null;
  /** The internal doc: "name(signature)\n--\n\ndocstring", or null. */
  doc: string | null;
}

/** Fields every descriptor has (PyDescr_COMMON). */
export class PyDescrObject extends PyObject {
  d_type: PyTypeObject;
  d_name: string;
  d_qualname: string | null;
  constructor(type: PyTypeObject, d_type: PyTypeObject, name: string) {
    super(type);
    this.d_type = d_type;
    this.d_name = name;
    this.d_qualname = null;
  }
}

export class PyMethodDescrObject extends PyDescrObject {
  d_method: PyMethodDef;
  constructor(type: PyTypeObject, d_type: PyTypeObject, method: PyMethodDef) {
    super(type, d_type, method.ml_name);
    this.d_method = method;
  }
}

export class PyMemberDescrObject extends PyDescrObject {
  d_member: PyMemberDef;
  constructor(d_type: PyTypeObject, member: PyMemberDef) {
    super(PyMemberDescr_Type, d_type, member.name);
    this.d_member = member;
  }
}

export class PyGetSetDescrObject extends PyDescrObject {
  d_getset: PyGetSetDef;
  constructor(d_type: PyTypeObject, getset: PyGetSetDef) {
    super(PyGetSetDescr_Type, d_type, getset.name);
    this.d_getset = getset;
  }
}

export class PyWrapperDescrObject extends PyDescrObject {
  d_base: SlotDef;
  d_wrapped: Function;
  constructor(d_type: PyTypeObject, base: SlotDef, wrapped: Function) {
    super(PyWrapperDescr_Type, d_type, base.name);
    this.d_base = base;
    this.d_wrapped = wrapped;
  }
}

function descr_dealloc(self: PyObject): void {
  Py_DECREF((self as PyDescrObject).d_type);
}

function descr_name(d: PyDescrObject): string {
  return d.d_name;
}

/** @cpython descr_check: the instance must be of the descriptor's type. */
function descr_check(descr: PyDescrObject, obj: PyObject): boolean {
  if (obj.ob_type !== descr.d_type && !PyType_IsSubtype(obj.ob_type, descr.d_type)) {
    PyErr_SetString(PyExc_TypeError,
      `descriptor '${descr_name(descr)}' for '${descr.d_type.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
    return false;
  }
  return true;
}

// -- method_descriptor ---------------------------------------------------------------------------

function method_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const descr = self as PyMethodDescrObject;
  if (obj === null) {
    Py_INCREF(self);
    return self;
  }
  if (!descr_check(descr, obj)) return null;
  return PyCFunction_NewEx(descr.d_method, obj, descr.d_type);
}

/** Calling `list.append(lst, x)`: the first argument is self. */
function method_vectorcall(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const descr = self as PyMethodDescrObject;
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  if (args.length - nkw < 1) {
    return PyErr_SetString(PyExc_TypeError,
      `unbound method ${descr.d_type.ht_qualname}.${descr.d_name}() needs an argument`);
  }
  const obj = args[0];
  if (!descr_check(descr, obj)) return null;
  return _PyMethodDef_Call(descr.d_method, obj, args.slice(1), kwnames, `${descr.d_type.ht_qualname}.${descr.d_name}`, descr.d_type);
}

function method_repr(self: PyObject): PyObject {
  const d = self as PyDescrObject;
  return PyUnicode_FromString(`<method '${d.d_name}' of '${d.d_type.tp_name}' objects>`);
}

function descr_get_qualname(self: PyObject): PyObject {
  const d = self as PyDescrObject;
  return PyUnicode_FromString(`${d.d_type.ht_qualname}.${d.d_name}`);
}

const descr_getset = [
  { name: "__qualname__", get: descr_get_qualname },
  { name: "__doc__", get: (o: PyObject) => {
    const d = o as PyDescrObject;
    if (d instanceof PyMethodDescrObject) return _PyType_GetDocFromInternalDoc(d.d_method.ml_name, d.d_method.ml_doc);
    if (d instanceof PyWrapperDescrObject) return _PyType_GetDocFromInternalDoc(d.d_base.name, d.d_base.doc);
    const doc = d instanceof PyMemberDescrObject ? d.d_member.doc : d instanceof PyGetSetDescrObject ? d.d_getset.doc : undefined;
    return doc === undefined || doc === null ? Py_NewNone() : PyUnicode_FromString(doc);
  } },
  { name: "__text_signature__", get: (o: PyObject) => {
    const d = o as PyDescrObject;
    if (d instanceof PyMethodDescrObject) return _PyType_GetTextSignatureFromInternalDoc(d.d_method.ml_name, d.d_method.ml_doc);
    if (d instanceof PyWrapperDescrObject) return _PyType_GetTextSignatureFromInternalDoc(d.d_base.name, d.d_base.doc);
    return Py_NewNone();
  } },
];
const descr_members = [
  { name: "__objclass__", get: (o: PyObject) => { const t = (o as PyDescrObject).d_type; Py_INCREF(t); return t; } },
  { name: "__name__", get: (o: PyObject) => PyUnicode_FromString((o as PyDescrObject).d_name) },
];

/** @cpython descr_reduce: a descriptor pickles as getattr(owner type, name). */
function descr_reduce(self: PyObject): PyObject | null {
  const d = self as PyDescrObject;
  const getattr = _PyEval_GetBuiltin("getattr");
  if (getattr === null) return null;
  Py_INCREF(d.d_type);
  return _PyTuple_FromArraySteal([getattr, _PyTuple_FromArraySteal([d.d_type, PyUnicode_FromString(d.d_name)])]);
}

const descr_methods: PyMethodDef[] = [{ ml_name: "__reduce__", ml_meth: descr_reduce, ml_flags: METH_NOARGS }];

/** @cpython PyMethodDescr_Type */
export const PyMethodDescr_Type = new PyTypeObject({
  tp_name: "method_descriptor", tp_basicsize: 56, tp_flags: Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_HAVE_GC,
  tp_dealloc: descr_dealloc, tp_repr: method_repr, tp_call: method_vectorcall, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: method_get, tp_getset: descr_getset, tp_members: descr_members, tp_methods: descr_methods,
});

// -- classmethod_descriptor ------------------------------------------------------------------------

function classmethod_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject | null {
  const descr = self as PyMethodDescrObject;
  if (type === null || type === Py_None) type = obj!.ob_type;
  if (!PyType_Check(type)) {
    return PyErr_SetString(PyExc_TypeError,
      `descriptor '${descr.d_name}' for type '${descr.d_type.tp_name}' needs a type, not a '${_PyType_Name(type.ob_type)}' as arg 2`);
  }
  if (!PyType_IsSubtype(type, descr.d_type)) {
    return PyErr_SetString(PyExc_TypeError,
      `descriptor '${descr.d_name}' requires a subtype of '${descr.d_type.tp_name}' but received '${type.tp_name}'`);
  }
  return PyCFunction_NewEx(descr.d_method, type, null);
}

function classmethoddescr_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const descr = self as PyMethodDescrObject;
  if (args.length < 1) {
    return PyErr_SetString(PyExc_TypeError, `descriptor '${descr.d_name}' of '${descr.d_type.tp_name}' object needs an argument`);
  }
  const bound = classmethod_get(self, null, args[0]);
  if (bound === null) return null;
  const r = PyObject_Vectorcall(bound, args.slice(1), kwnames);
  Py_DECREF(bound);
  return r;
}

export const PyClassMethodDescr_Type = new PyTypeObject({
  tp_name: "classmethod_descriptor", tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: descr_dealloc, tp_repr: method_repr, tp_call: classmethoddescr_call, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: classmethod_get, tp_getset: descr_getset, tp_members: descr_members,
});

// -- member_descriptor and getset_descriptor -------------------------------------------------------

function member_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const descr = self as PyMemberDescrObject;
  if (obj === null) {
    Py_INCREF(self);
    return self;
  }
  if (!descr_check(descr, obj)) return null;
  return descr.d_member.get(obj);
}

function member_set(self: PyObject, obj: PyObject, value: PyObject | null): number {
  const descr = self as PyMemberDescrObject;
  if (!descr_check(descr, obj)) return -1;
  if (descr.d_member.set === undefined) {
    return PyErr_SetStringInt(PyExc_AttributeError, "readonly attribute");
  }
  return descr.d_member.set(obj, value);
}

function member_repr(self: PyObject): PyObject {
  const d = self as PyDescrObject;
  return PyUnicode_FromString(`<member '${d.d_name}' of '${d.d_type.tp_name}' objects>`);
}

export const PyMemberDescr_Type = new PyTypeObject({
  tp_name: "member_descriptor", tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: descr_dealloc, tp_repr: member_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: member_get, tp_descr_set: member_set, tp_getset: descr_getset, tp_members: descr_members,
  tp_methods: descr_methods,
});

function getset_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const descr = self as PyGetSetDescrObject;
  if (obj === null) {
    Py_INCREF(self);
    return self;
  }
  if (!descr_check(descr, obj)) return null;
  if (descr.d_getset.get !== null) return descr.d_getset.get(obj);
  return PyErr_SetString(PyExc_AttributeError,
    `attribute '${descr.d_name}' of '${descr.d_type.tp_name}' objects is not readable`);
}

function getset_set(self: PyObject, obj: PyObject, value: PyObject | null): number {
  const descr = self as PyGetSetDescrObject;
  if (!descr_check(descr, obj)) return -1;
  const set = descr.d_getset.set;
  if (set !== undefined && set !== null) return set(obj, value);
  return PyErr_SetStringInt(PyExc_AttributeError,
    `attribute '${descr.d_name}' of '${descr.d_type.tp_name}' objects is not writable`);
}

function getset_repr(self: PyObject): PyObject {
  const d = self as PyDescrObject;
  return PyUnicode_FromString(`<attribute '${d.d_name}' of '${d.d_type.tp_name}' objects>`);
}

export const PyGetSetDescr_Type = new PyTypeObject({
  tp_name: "getset_descriptor", tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: descr_dealloc, tp_repr: getset_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: getset_get, tp_descr_set: getset_set, tp_getset: descr_getset, tp_members: descr_members,
});

// -- wrapper_descriptor and method-wrapper ---------------------------------------------------------

function wrapperdescr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const descr = self as PyWrapperDescrObject;
  if (obj === null) {
    Py_INCREF(self);
    return self;
  }
  if (!descr_check(descr, obj)) return null;
  return PyWrapper_New(descr, obj);
}

function wrapperdescr_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const descr = self as PyWrapperDescrObject;
  if (args.length < 1) {
    return PyErr_SetString(PyExc_TypeError,
      `descriptor '${descr.d_name}' of '${descr.d_type.tp_name}' object needs an argument`);
  }
  const obj = args[0];
  if (obj.ob_type !== descr.d_type && !PyType_IsSubtype(obj.ob_type, descr.d_type)) {
    return PyErr_SetString(PyExc_TypeError,
      `descriptor '${descr_name(descr)}' requires a '${descr.d_type.tp_name}' object but received a '${obj.ob_type.tp_name}'`);
  }
  return wrapperdescr_raw_call(descr, obj, args.slice(1), kwnames);
}

/** The wrap_* functions: adapt a slot's C signature to a Python call. */
function wrapperdescr_raw_call(descr: PyWrapperDescrObject, self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const kind = descr.d_base.wrapper;
  const f = descr.d_wrapped as (...a: unknown[]) => unknown;
  const name = descr.d_name;
  if (kind !== "call" && kind !== "init" && !_PyArg_NoKwnames(name, kwnames)) return null;
  const n = args.length;
  const want = (k: number): boolean => {
    if (n === k) return true;
    PyErr_SetString(PyExc_TypeError, `expected ${k} argument${k === 1 ? "" : "s"}, got ${n}`);
    return false;
  };
  switch (kind) {
    case "unary":
      if (!want(0)) return null;
      return f(self) as PyObject | null;
    case "binary":
      if (!want(1)) return null;
      return f(self, args[0]) as PyObject | null;
    case "binary_r":
      if (!want(1)) return null;
      return f(args[0], self) as PyObject | null;
    case "ternary":
      if (!_PyArg_CheckPositional(name, n, 1, 2)) return null;
      return f(self, args[0], n > 1 ? args[1] : Py_None) as PyObject | null;
    case "ternary_r":
      if (!_PyArg_CheckPositional(name, n, 1, 2)) return null;
      return f(args[0], self, n > 1 ? args[1] : Py_None) as PyObject | null;
    case "inquiry": {
      if (!want(0)) return null;
      const r = f(self) as number;
      if (r < 0) return null;
      return PyBool_FromLong(r);
    }
    case "len": {
      if (!want(0)) return null;
      const r = f(self) as number;
      if (r === -1 && PyErr_Occurred()) return null;
      return PyLong_FromNumber(r);
    }
    case "hash": {
      if (!want(0)) return null;
      const lo = f(self) as number;
      const hi = Py_hash.hi;
      if (lo === -1 && hi === -1) return null;
      return hashToLong(lo, hi);
    }
    case "call":
      return f(self, args, kwnames) as PyObject | null;
    case "init": {
      const r = f(self, args, kwnames) as number;
      if (r < 0) return null;
      return Py_NewNone();
    }
    case "richcmp":
      if (!want(1)) return null;
      return f(self, args[0], descr.d_base.op) as PyObject | null;
    case "getattr":
      if (!want(1)) return null;
      return f(self, args[0]) as PyObject | null;
    case "setattr": {
      if (!want(2)) return null;
      if (hackcheck(self, f, "__setattr__") < 0) return null;
      const r = f(self, args[0], args[1]) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "delattr": {
      if (!want(1)) return null;
      if (hackcheck(self, f, "__delattr__") < 0) return null;
      const r = f(self, args[0], null) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "next": {
      if (!want(0)) return null;
      const r = f(self) as PyObject | null;
      if (r === null && !PyErr_Occurred()) return PyErr_SetNoneStop();
      return r;
    }
    case "descr_get": {
      if (!_PyArg_CheckPositional(name, n, 1, 2)) return null;
      let obj: PyObject | null = args[0];
      let type: PyObject | null = n > 1 ? args[1] : null;
      if (obj === Py_None) obj = null;
      if (type === Py_None) type = null;
      if (obj === null && type === null) return PyErr_SetString(PyExc_TypeError, "__get__(None, None) is invalid");
      return f(self, obj, type) as PyObject | null;
    }
    case "descr_set": {
      if (!want(2)) return null;
      const r = f(self, args[0], args[1]) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "descr_delete": {
      if (!want(1)) return null;
      const r = f(self, args[0], null) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "del":
      if (!want(0)) return null;
      f(self);
      return Py_NewNone();
    case "objobjargproc": {
      if (!want(2)) return null;
      const r = f(self, args[0], args[1]) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "delitem": {
      if (!want(1)) return null;
      const r = f(self, args[0], null) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "objobjproc": {
      if (!want(1)) return null;
      const r = f(self, args[0]) as number;
      if (r < 0) return null;
      return PyBool_FromLong(r);
    }
    case "sq_item": {
      if (!want(1)) return null;
      const i = sq_index(self, args[0]);
      if (i === null) return null;
      return f(self, i) as PyObject | null;
    }
    case "indexargfunc": {
      if (!want(1)) return null;
      const i = PyLong_AsSsize_t(args[0]);
      if (i === -1 && PyErr_Occurred()) return null;
      return f(self, i) as PyObject | null;
    }
    case "sq_setitem": {
      if (!want(2)) return null;
      const i = sq_index(self, args[0]);
      if (i === null) return null;
      const r = f(self, i, args[1]) as number;
      return r < 0 ? null : Py_NewNone();
    }
    case "sq_delitem": {
      if (!want(1)) return null;
      const i = sq_index(self, args[0]);
      if (i === null) return null;
      const r = f(self, i, null) as number;
      return r < 0 ? null : Py_NewNone();
    }
  }
  return PyErr_SetString(PyExc_TypeError, `wrapper ${name} cannot be called`);
}

function sq_index(self: PyObject, arg: PyObject): number | null {
  let i = PyLong_AsSsize_t(arg);
  if (i === -1 && PyErr_Occurred()) return null;
  if (i < 0 && self.ob_type.sq_length !== null) {
    const n = self.ob_type.sq_length(self);
    if (n < 0) return null;
    i += n;
  }
  return i;
}

/** @cpython hackcheck: object.__setattr__(int_instance, ...) must not bypass int's own slot. */
function hackcheck(self: PyObject, func: Function, what: string): number {
  let type: PyTypeObject | null = self.ob_type;
  while (type !== null && type.tp_flags & (1 << 9)) type = type.tp_base;
  if (type !== null && type.tp_setattro !== func) {
    PyErr_SetString(PyExc_TypeError, `can't apply this ${what} to ${type.tp_name} object`);
    return -1;
  }
  return 0;
}

import { PyExc_StopIteration } from "./exceptions.ts";
import { PyErr_SetNone } from "../Python/errors.ts";
function PyErr_SetNoneStop(): null {
  return PyErr_SetNone(PyExc_StopIteration);
}

/** A 64-bit hash (low/high halves) as a Python int. */
export function hashToLong(lo: number, hi: number): PyObject {
  if (hi >= -0x200000 && hi < 0x200000) return PyLong_FromNumber(hi * 4294967296 + (lo >>> 0));
  return PyLong_FromBigIntRef((BigInt(hi) << 32n) | BigInt(lo >>> 0));
}
import { PyLong_FromBigInt as PyLong_FromBigIntRef } from "./longobject.ts";

function wrapperdescr_repr(self: PyObject): PyObject {
  const d = self as PyDescrObject;
  return PyUnicode_FromString(`<slot wrapper '${d.d_name}' of '${d.d_type.tp_name}' objects>`);
}

export const PyWrapperDescr_Type = new PyTypeObject({
  tp_name: "wrapper_descriptor", tp_basicsize: 56, tp_flags: Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_HAVE_GC,
  tp_dealloc: descr_dealloc, tp_repr: wrapperdescr_repr, tp_call: wrapperdescr_call, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: wrapperdescr_get, tp_getset: descr_getset, tp_members: descr_members, tp_methods: descr_methods,
});

export class wrapperobject extends PyObject {
  descr: PyWrapperDescrObject;
  self: PyObject;
  constructor(descr: PyWrapperDescrObject, self: PyObject) {
    super(_PyMethodWrapper_Type);
    this.descr = descr;
    this.self = self;
  }
}

/** @cpython PyWrapper_New @returns new */
export function PyWrapper_New(descr: PyWrapperDescrObject, self: PyObject): PyObject {
  Py_INCREF(descr);
  Py_INCREF(self);
  return new wrapperobject(descr, self);
}

function wrapper_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const w = self as wrapperobject;
  return wrapperdescr_raw_call(w.descr, w.self, args, kwnames);
}

function wrapper_repr(self: PyObject): PyObject {
  const w = self as wrapperobject;
  return PyUnicode_FromString(`<method-wrapper '${w.descr.d_name}' of ${_PyType_Name(w.self.ob_type)} object at ${_PyObject_AddressString(w.self)}>`);
}

function wrapper_dealloc(self: PyObject): void {
  const w = self as wrapperobject;
  Py_DECREF(w.descr);
  Py_DECREF(w.self);
}

function wrapper_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!(a instanceof wrapperobject) || !(b instanceof wrapperobject) || (op !== Py_EQ && op !== 3)) {
    Py_INCREF(_NI);
    return _NI;
  }
  const eq = a.descr === b.descr && a.self === b.self;
  return PyBool_FromLong((op === Py_EQ) === eq ? 1 : 0);
}

/** @cpython wrapper_reduce: a bound slot wrapper pickles as getattr(self, name). */
function wrapper_reduce(self: PyObject): PyObject | null {
  const w = self as wrapperobject;
  const getattr = _PyEval_GetBuiltin("getattr");
  if (getattr === null) return null;
  Py_INCREF(w.self);
  return _PyTuple_FromArraySteal([getattr, _PyTuple_FromArraySteal([w.self, PyUnicode_FromString(w.descr.d_name)])]);
}

export const _PyMethodWrapper_Type = new PyTypeObject({
  tp_name: "method-wrapper", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: wrapper_dealloc, tp_repr: wrapper_repr, tp_call: wrapper_call, tp_getattro: PyObject_GenericGetAttr,
  tp_richcompare: wrapper_richcompare, tp_hash: _Py_HashPointerObject,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: wrapper_reduce, ml_flags: METH_NOARGS }],
  tp_members: [
    { name: "__self__", get: (o) => { const s = (o as wrapperobject).self; Py_INCREF(s); return s; } },
    { name: "__name__", get: (o) => PyUnicode_FromString((o as wrapperobject).descr.d_name) },
    { name: "__objclass__", get: (o) => { const t = (o as wrapperobject).descr.d_type; Py_INCREF(t); return t; } },
  ],
  tp_getset: [
    { name: "__qualname__", get: (o) => descr_get_qualname((o as wrapperobject).descr) },
    { name: "__doc__", get: (o) => { const b = (o as wrapperobject).descr.d_base; return _PyType_GetDocFromInternalDoc(b.name, b.doc); } },
    { name: "__text_signature__", get: (o) => { const b = (o as wrapperobject).descr.d_base; return _PyType_GetTextSignatureFromInternalDoc(b.name, b.doc); } },
  ],
});

// -- constructors used by PyType_Ready ---------------------------------------------------------------

export function PyDescr_NewMethod(type: PyTypeObject, method: PyMethodDef): PyObject {
  Py_INCREF(type);
  return new PyMethodDescrObject(PyMethodDescr_Type, type, method);
}
export function PyDescr_NewClassMethod(type: PyTypeObject, method: PyMethodDef): PyObject {
  Py_INCREF(type);
  return new PyMethodDescrObject(PyClassMethodDescr_Type, type, method);
}
export function PyDescr_NewMember(type: PyTypeObject, member: PyMemberDef): PyObject {
  Py_INCREF(type);
  return new PyMemberDescrObject(type, member);
}
export function PyDescr_NewGetSet(type: PyTypeObject, getset: PyGetSetDef): PyObject {
  Py_INCREF(type);
  return new PyGetSetDescrObject(type, getset);
}
export function PyDescr_NewWrapper(type: PyTypeObject, base: SlotDef, wrapped: Function): PyObject {
  Py_INCREF(type);
  return new PyWrapperDescrObject(type, base, wrapped);
}

/** @cpython PyDescr_IsData */
export function PyDescr_IsData(d: PyObject): boolean {
  return d.ob_type.tp_descr_set !== null;
}

// -- staticmethod / classmethod (funcobject.c in CPython; kept with the descriptors here) ------------

/** @cpython staticmethod / classmethod: `cm_callable` is the wrapped callable. */
export class PyStaticMethodObject extends PyObject {
  sm_callable: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.sm_callable = null;
  }
}

function sm_descr_get(self: PyObject, _obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const sm = self as PyStaticMethodObject;
  if (sm.sm_callable === null) return PyErr_SetString(PyExc_RuntimeError_(), "uninitialized staticmethod object");
  Py_INCREF(sm.sm_callable);
  return sm.sm_callable;
}
function cm_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject | null {
  const cm = self as PyStaticMethodObject;
  if (cm.sm_callable === null) return PyErr_SetString(PyExc_RuntimeError_(), "uninitialized classmethod object");
  if (type === null) type = obj!.ob_type;
  const get = cm.sm_callable.ob_type.tp_descr_get;
  // 3.11: a classmethod wrapping another descriptor chains through its __get__.
  if (get !== null && cm.sm_callable.ob_type !== PyFunctionTypeRef()) return get(cm.sm_callable, type, type);
  return PyMethod_New(cm.sm_callable, type);
}
import { PyExc_RuntimeError } from "./exceptions.ts";
import { PyMethod_New } from "./classobject.ts";
import { PyFunction_Type } from "./funcobject.ts";
const PyExc_RuntimeError_ = () => PyExc_RuntimeError;
const PyFunctionTypeRef = () => PyFunction_Type;

function sm_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const name = self.ob_type === PyClassMethod_Type ? "classmethod" : "staticmethod";
  if (!_PyArg_NoKwnames(name, kwnames)) return -1;
  if (!_PyArg_CheckPositional(name, args.length, 1, 1)) return -1;
  const sm = self as PyStaticMethodObject;
  Py_INCREF(args[0]);
  Py_XDECREF(sm.sm_callable);
  sm.sm_callable = args[0];
  // functools.wraps-like copying of __doc__, __name__... is 3.10+: copy the callable's attributes.
  copy_wrapper_attrs(self, args[0]);
  return 0;
}

function copy_wrapper_attrs(wrapper: PyObject, wrapped: PyObject): void {
  for (const attr of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    const v = wrapped.ob_type.tp_getattro?.(wrapped, _PyUnicode_FromId(attr)) ?? null;
    if (v === null) {
      PyErr_Clear();
      continue;
    }
    if (wrapper.ob_dict === null) wrapper.ob_dict = PyDict_New_();
    PyDict_SetItem_(wrapper.ob_dict, _PyUnicode_FromId(attr), v);
    Py_DECREF(v);
  }
}
import { PyDict_New as PyDict_New_, PyDict_SetItem as PyDict_SetItem_ } from "./dictobject.ts";

function sm_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  Py_INCREF(type);
  return new PyStaticMethodObject(type);
}

function sm_dealloc(self: PyObject): void {
  Py_XDECREF((self as PyStaticMethodObject).sm_callable);
  if (self.ob_dict !== null) Py_DECREF(self.ob_dict);
}

function sm_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return PyObject_Vectorcall((self as PyStaticMethodObject).sm_callable!, args, kwnames);
}

function sm_repr(self: PyObject): PyObject | null {
  const inner = reprString((self as PyStaticMethodObject).sm_callable!);
  if (inner === null) return null;
  return PyUnicode_FromString(`<${_PyType_Name(self.ob_type)}(${inner})>`);
}

/** @cpython _PyObject_IsAbstract: the truth of obj.__isabstractmethod__ (0 when absent), or -1. */
export function _PyObject_IsAbstract(obj: PyObject | null): number {
  if (obj === null) return 0;
  const v = _PyObject_LookupAttrRef(obj, _PyUnicode_FromId("__isabstractmethod__"));
  if (v === null) return -1;
  if (v === undefined) return 0;
  const r = PyObject_IsTrueRef(v);
  Py_DECREF(v);
  return r;
}

/** @cpython sm_get___isabstractmethod__ */
function sm_get_isabstract(self: PyObject): PyObject | null {
  const r = _PyObject_IsAbstract((self as PyStaticMethodObject).sm_callable);
  return r < 0 ? null : PyBool_FromLong(r);
}

const sm_members = [{ name: "__func__", get: (o: PyObject) => { const c = (o as PyStaticMethodObject).sm_callable!; Py_INCREF(c); return c; } },
  { name: "__wrapped__", get: (o: PyObject) => { const c = (o as PyStaticMethodObject).sm_callable!; Py_INCREF(c); return c; } }];
const sm_getset = [
  { name: "__isabstractmethod__", get: sm_get_isabstract },
  { name: "__dict__", get: (o: PyObject) => { if (o.ob_dict === null) o.ob_dict = PyDict_New_(); Py_INCREF(o.ob_dict); return o.ob_dict; } },
];

export const PyStaticMethod_Type = new PyTypeObject({
  tp_name: "staticmethod", tp_basicsize: 24, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, tp_dictoffset: 16,
  tp_dealloc: sm_dealloc, tp_repr: sm_repr, tp_call: sm_call, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: sm_descr_get, tp_init: sm_init, tp_new: sm_new, tp_members: sm_members, tp_getset: sm_getset,
});
export const PyClassMethod_Type = new PyTypeObject({
  tp_name: "classmethod", tp_basicsize: 24, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, tp_dictoffset: 16,
  tp_dealloc: sm_dealloc, tp_repr: sm_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: cm_descr_get, tp_init: sm_init, tp_new: sm_new, tp_members: sm_members, tp_getset: sm_getset,
});

/** @cpython PyStaticMethod_New @returns new */
export function PyStaticMethod_New(callable: PyObject): PyObject {
  const sm = new PyStaticMethodObject(PyStaticMethod_Type);
  Py_INCREF(callable);
  sm.sm_callable = callable;
  return sm;
}
/** @cpython PyClassMethod_New @returns new */
export function PyClassMethod_New(callable: PyObject): PyObject {
  const cm = new PyStaticMethodObject(PyClassMethod_Type);
  Py_INCREF(callable);
  cm.sm_callable = callable;
  return cm;
}

// -- property -------------------------------------------------------------------------------------

export class propertyobject extends PyObject {
  prop_get: PyObject | null = null;
  prop_set: PyObject | null = null;
  prop_del: PyObject | null = null;
  prop_doc: PyObject | null = null;
  prop_name: PyObject | null = null;
  getter_doc = false;
}

function property_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  Py_INCREF(type);
  return new propertyobject(type);
}

/** @cpython property_init */
function property_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const a = _PyArg_UnpackKeywords(args, kwnames, "property", ["fget", "fset", "fdel", "doc"], 0, 4, 0);
  if (a === null) return -1;
  const p = self as propertyobject;
  const norm = (o: PyObject | null) => (o === Py_None ? null : o);
  const [fget, fset, fdel, doc] = a.map(norm);
  Py_XINCREF(fget); Py_XINCREF(fset); Py_XINCREF(fdel); Py_XINCREF(doc);
  p.prop_get = fget; p.prop_set = fset; p.prop_del = fdel; p.prop_doc = doc;
  Py_XDECREF(p.prop_name);
  p.prop_name = null;
  p.getter_doc = false;
  // Without a docstring of its own, the property takes the getter's.
  if (doc === null && fget !== null) {
    const get_doc = _PyObject_LookupAttrRef(fget, _PyUnicode_FromId("__doc__"));
    if (get_doc === null) return -1;
    if (get_doc === undefined) return 0;
    if (self.ob_type === PyProperty_Type) {
      Py_XDECREF(p.prop_doc);
      p.prop_doc = get_doc;
    } else {
      // A subclass's own __doc__ (its class docstring) would shadow the property's: the
      // instance gets it as an attribute (which fails for a subclass with __slots__).
      const err = PyObject_SetAttrRef(self, _PyUnicode_FromId("__doc__"), get_doc);
      Py_DECREF(get_doc);
      if (err < 0) return -1;
    }
    p.getter_doc = true;
  }
  return 0;
}

function property_name_str(p: propertyobject): string | null {
  if (p.prop_name !== null) return (p.prop_name as PyUnicodeObject).str;
  if (p.prop_get !== null) {
    const n = p.prop_get.ob_type.tp_getattro?.(p.prop_get, _PyUnicode_FromId("__qualname__")) ?? null;
    if (n === null) {
      PyErr_Clear();
      return null;
    }
    const s = PyUnicode_Check(n) ? (n as PyUnicodeObject).str : null;
    Py_DECREF(n);
    return s;
  }
  return null;
}

/** @cpython property_descr_get */
function property_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  if (obj === null || obj === Py_None) {
    Py_INCREF(self);
    return self;
  }
  const p = self as propertyobject;
  if (p.prop_get === null) {
    const name = property_name_str(p);
    const qual = obj.ob_type.ht_qualname;
    return PyErr_SetString(PyExc_AttributeError,
      name !== null ? `property '${name.split(".").pop()}' of '${qual}' object has no getter` : `property of '${qual}' object has no getter`);
  }
  return PyObject_CallOneArg(p.prop_get, obj);
}

/** @cpython property_descr_set */
function property_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): number {
  const p = self as propertyobject;
  const func = value === null ? p.prop_del : p.prop_set;
  if (func === null) {
    const name = property_name_str(p);
    const qual = obj.ob_type.ht_qualname;
    const what = value === null ? "deleter" : "setter";
    PyErr_SetString(PyExc_AttributeError,
      name !== null ? `property '${name.split(".").pop()}' of '${qual}' object has no ${what}` : `property of '${qual}' object has no ${what}`);
    return -1;
  }
  const res = value === null ? PyObject_CallOneArg(func, obj) : PyObject_Vectorcall(func, [obj, value], null);
  if (res === null) return -1;
  Py_DECREF(res);
  return 0;
}

/** @cpython property_copy: getter/setter/deleter make a new property of the same type. */
function property_copy(old: propertyobject, get: PyObject | null, set: PyObject | null, del: PyObject | null): PyObject | null {
  const pick = (o: PyObject | null, cur: PyObject | null) => (o === null || o === Py_None ? cur ?? Py_None : o);
  const fget = pick(get, old.prop_get);
  // A doc that came from the getter is taken again from the (possibly new) getter.
  const doc = old.getter_doc && fget !== Py_None ? Py_None : old.prop_doc ?? Py_None;
  const res = PyObject_Vectorcall(old.ob_type, [fget, pick(set, old.prop_set), pick(del, old.prop_del), doc], null);
  if (res === null) return null;
  if (res instanceof propertyobject && old.prop_name !== null) {
    Py_INCREF(old.prop_name);
    res.prop_name = old.prop_name;
  }
  return res;
}

/** @cpython property_get___isabstractmethod__: any of the three accessors is abstract. */
function property_get___isabstractmethod__(self: PyObject): PyObject | null {
  const p = self as propertyobject;
  for (const f of [p.prop_get, p.prop_set, p.prop_del]) {
    const r = _PyObject_IsAbstract(f);
    if (r < 0) return null;
    if (r > 0) return PyBool_FromLong(1);
  }
  return PyBool_FromLong(0);
}

function property_dealloc(self: PyObject): void {
  const p = self as propertyobject;
  Py_XDECREF(p.prop_get); Py_XDECREF(p.prop_set); Py_XDECREF(p.prop_del); Py_XDECREF(p.prop_doc); Py_XDECREF(p.prop_name);
}

const property_doc = "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x";

export const PyProperty_Type = new PyTypeObject({
  tp_name: "property", tp_basicsize: 64, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_doc: property_doc,
  tp_dealloc: property_dealloc, tp_getattro: PyObject_GenericGetAttr,
  tp_descr_get: property_descr_get, tp_descr_set: property_descr_set, tp_init: property_init, tp_new: property_new,
  tp_methods: [
    { ml_name: "getter", ml_meth: (s: PyObject, f: PyObject) => property_copy(s as propertyobject, f, null, null), ml_flags: METH_O },
    { ml_name: "setter", ml_meth: (s: PyObject, f: PyObject) => property_copy(s as propertyobject, null, f, null), ml_flags: METH_O },
    { ml_name: "deleter", ml_meth: (s: PyObject, f: PyObject) => property_copy(s as propertyobject, null, null, f), ml_flags: METH_O },
    { ml_name: "__set_name__", ml_meth: (s: PyObject, args: PyObject[]) => {
      if (args.length !== 2) return PyErr_SetString(PyExc_TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
      const p = s as propertyobject;
      Py_INCREF(args[1]);
      Py_XDECREF(p.prop_name);
      p.prop_name = args[1];
      return Py_NewNone();
    }, ml_flags: METH_FASTCALL },
  ],
  tp_members: [
    { name: "fget", get: (o) => { const v = (o as propertyobject).prop_get ?? Py_None; Py_INCREF(v); return v; } },
    { name: "fset", get: (o) => { const v = (o as propertyobject).prop_set ?? Py_None; Py_INCREF(v); return v; } },
    { name: "fdel", get: (o) => { const v = (o as propertyobject).prop_del ?? Py_None; Py_INCREF(v); return v; } },
  ],
  tp_getset: [
    { name: "__doc__", get: (o) => { const v = (o as propertyobject).prop_doc ?? Py_None; Py_INCREF(v); return v; },
      set: (o, v) => { const p = o as propertyobject; Py_XINCREF(v); Py_XDECREF(p.prop_doc); p.prop_doc = v; return 0; } },
    { name: "__isabstractmethod__", get: property_get___isabstractmethod__ },
  ],
});

// -- mappingproxy ---------------------------------------------------------------------------------

import { PyObject_Str as PyObject_StrRef, _PyObject_LookupAttr as _PyObject_LookupAttrRef, PyObject_IsTrue as PyObject_IsTrueRef, PyObject_SetAttr as PyObject_SetAttrRef } from "./object.ts";

export class mappingproxyobject extends PyObject {
  mapping: PyObject;
  constructor(mapping: PyObject) {
    super(PyDictProxy_Type);
    this.mapping = mapping;
  }
}

/** @cpython PyDictProxy_New @returns new */
export function PyDictProxy_New(mapping: PyObject): PyObject {
  Py_INCREF(mapping);
  return new mappingproxyobject(mapping);
}

function mappingproxy_getitem(self: PyObject, key: PyObject): PyObject | null {
  return PyObject_GetItem((self as mappingproxyobject).mapping, key);
}
function mappingproxy_len(self: PyObject): number {
  return PyObject_Size((self as mappingproxyobject).mapping);
}
/** @cpython mappingproxy_contains: `in` as the mapping answers it (its own __contains__). */
function mappingproxy_contains(self: PyObject, key: PyObject): number {
  const m = (self as mappingproxyobject).mapping;
  if (m.ob_type === PyDict_Type) return PyDict_Contains(m as PyDictObject, key);
  return PySequence_Contains(m, key);
}
/** @cpython mappingproxy_or: `|` on the proxied mappings (a new dict, for dicts). */
function mappingproxy_or(left: PyObject, right: PyObject): PyObject | null {
  if (left.ob_type === PyDictProxy_Type || PyType_IsSubtype(left.ob_type, PyDictProxy_Type)) left = (left as mappingproxyobject).mapping;
  if (right.ob_type === PyDictProxy_Type || PyType_IsSubtype(right.ob_type, PyDictProxy_Type)) right = (right as mappingproxyobject).mapping;
  return PyNumber_Or(left, right);
}
/** @cpython mappingproxy_ior */
function mappingproxy_ior(self: PyObject, _other: PyObject): PyObject | null {
  return PyErr_SetString(PyExc_TypeError, `'|=' is not supported by ${self.ob_type.tp_name}; use '|' instead`);
}
/** @cpython mappingproxy_get: mapping.get(key[, default]) */
function mappingproxy_get(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("get", args.length, 1, 2)) return null;
  return PyObject_CallMethod((self as mappingproxyobject).mapping, "get", args);
}
/** The methods that call the mapping's own method of the same name with no arguments. */
function mappingproxy_noargs(name: string) {
  return (self: PyObject): PyObject | null => PyObject_CallMethod((self as mappingproxyobject).mapping, name, []);
}
function mappingproxy_iter(self: PyObject): PyObject | null {
  return PyObject_GetIter((self as mappingproxyobject).mapping);
}
function mappingproxy_repr(self: PyObject): PyObject | null {
  const r = reprString((self as mappingproxyobject).mapping);
  if (r === null) return null;
  return PyUnicode_FromString(`mappingproxy(${r})`);
}
/** @cpython mappingproxy_new: mappingproxy(mapping), for any mapping but a list or tuple. */
function mappingproxy_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "mappingproxy", 0, ["mapping"], 1, 1, 0);
  if (a === null) return null;
  const mapping = a[0]!;
  const t = mapping.ob_type;
  if (t.mp_subscript === null || (t.tp_flags & (Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS)) !== 0) {
    return PyErr_SetString(PyExc_TypeError, `mappingproxy() argument must be a mapping, not ${t.tp_name}`);
  }
  return PyDictProxy_New(mapping);
}

export const PyDictProxy_Type = new PyTypeObject({
  tp_name: "mappingproxy", tp_basicsize: 24, tp_flags: Py_TPFLAGS_MAPPING | Py_TPFLAGS_HAVE_GC,
  tp_new: mappingproxy_new,
  tp_getattro: PyObject_GenericGetAttr, tp_repr: mappingproxy_repr, tp_iter: mappingproxy_iter,
  tp_str: (o) => PyObject_StrRef((o as mappingproxyobject).mapping),
  tp_dealloc: (o) => Py_DECREF((o as mappingproxyobject).mapping),
  mp_subscript: mappingproxy_getitem, mp_length: mappingproxy_len, sq_contains: mappingproxy_contains,
  tp_richcompare: (a, b, op) => PyObject_RichCompare((a as mappingproxyobject).mapping, b, op),
  tp_hash: (o) => PyObject_Hash((o as mappingproxyobject).mapping),
  nb_or: mappingproxy_or, nb_inplace_or: mappingproxy_ior,
  tp_methods: [
    { ml_name: "get", ml_meth: mappingproxy_get, ml_flags: METH_FASTCALL, ml_doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None." },
    { ml_name: "keys", ml_meth: mappingproxy_noargs("keys"), ml_flags: METH_NOARGS, ml_doc: "D.keys() -> a set-like object providing a view on D's keys" },
    { ml_name: "values", ml_meth: mappingproxy_noargs("values"), ml_flags: METH_NOARGS, ml_doc: "D.values() -> an object providing a view on D's values" },
    { ml_name: "items", ml_meth: mappingproxy_noargs("items"), ml_flags: METH_NOARGS, ml_doc: "D.items() -> a set-like object providing a view on D's items" },
    { ml_name: "copy", ml_meth: mappingproxy_noargs("copy"), ml_flags: METH_NOARGS, ml_doc: "D.copy() -> a shallow copy of D" },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAliasRef.fn!(cls, arg),
      ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
    { ml_name: "__reversed__", ml_meth: mappingproxy_noargs("__reversed__"), ml_flags: METH_NOARGS, ml_doc: "D.__reversed__() -> reverse iterator" },
  ],
});

