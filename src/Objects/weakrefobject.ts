/**
 * @mirrors Objects/weakrefobject.c
 * Weak references: weakref.ref (ReferenceType, which classes may subclass) and the two
 * proxy types. A weak reference points at its referent without owning a reference, so
 * the referent is freed when its last strong reference goes; at that moment every weak
 * reference to it is cleared, then the callbacks run in list order:
 *
 *   referent.ob_weakreflist ──► [ref, no callback] ⇄ [proxy, no callback] ⇄ [cb B] ⇄ [cb A]
 *
 * The list is doubly linked through wr_prev / wr_next and kept in that order: the one
 * callback-less `ref` (shared by every `ref(x)` call) first, then the callback-less proxy,
 * then the references with callbacks, each new one inserted just after the shared ones,
 * so the newest callback runs first:
 *
 *   >>> r1 = ref(x, lambda r: print("A")); r2 = ref(x, lambda r: print("B")); del x
 *   B
 *   A
 *
 * Only types with a tp_weaklistoffset accept weak references (functions, classes,
 * instances of classes, sets, generators, code, modules, ...; not int, str, tuple, list,
 * dict). The list head lives in PyObject.ob_weakreflist; _Py_Dealloc calls
 * PyObject_ClearWeakRefs when it is not null (see src/Include/object.ts).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_hash, Py_EQ, Py_NE,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_READY,
  Py_TPFLAGS_DISALLOW_INSTANTIATION,
  METH_NOARGS, METH_O, METH_CLASS, _PyWeakref_DeallocHooks,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Fetch, PyErr_Restore, PyErr_WriteUnraisable, PyErr_BadInternalCall } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ReferenceError } from "./exceptions.ts";
import {
  Py_None, Py_NotImplemented, PyObject_Hash, PyObject_RichCompare, PyObject_Str, PyObject_GetAttr, PyObject_SetAttr,
  PyObject_IsTrue, PyCallable_Check, _PyObject_LookupAttr, _PyObject_AddressString, PyObject_GenericGetAttr,
} from "./object.ts";
import { PyUnicode_FromString, PyUnicode_Check, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyType_Ready, PyType_IsSubtype } from "./typeobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyObject_Vectorcall, PyObject_CallOneArg, PyObject_CallMethod } from "./call.ts";
import type { PyTupleObject } from "./tupleobject.ts";
import {
  PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply, PyNumber_FloorDivide, PyNumber_TrueDivide, PyNumber_Remainder,
  PyNumber_Divmod, PyNumber_Power, PyNumber_Negative, PyNumber_Positive, PyNumber_Absolute, PyNumber_Invert,
  PyNumber_Lshift, PyNumber_Rshift, PyNumber_And, PyNumber_Xor, PyNumber_Or, PyNumber_InPlaceAdd,
  PyNumber_InPlaceSubtract, PyNumber_InPlaceMultiply, PyNumber_InPlaceFloorDivide, PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceRemainder, PyNumber_InPlacePower, PyNumber_InPlaceLshift, PyNumber_InPlaceRshift,
  PyNumber_InPlaceAnd, PyNumber_InPlaceXor, PyNumber_InPlaceOr, PyNumber_MatrixMultiply,
  PyNumber_InPlaceMatrixMultiply, PyObject_Length, PyObject_GetItem, PyObject_SetItem, PyObject_DelItem,
  PySequence_Contains, PyObject_GetIter, PyIter_Check, PyIter_Next,
} from "./abstract.ts";
import { PyNumber_Index, PyNumber_Long } from "./longobject.ts";
import { PyNumber_Float } from "./floatobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, positionalCount } from "../Python/getargs.ts";
import { Py_GenericAlias } from "./genericaliasobject.ts";

/** @cpython PyWeakReference: also the layout of both proxy types. */
export class PyWeakReference extends PyObject {
  /** The referent (borrowed), or None once it has died. */
  wr_object: PyObject;
  /** Called with the reference when the referent dies; owned; null for none. */
  wr_callback: PyObject | null;
  /** The referent's hash, once asked for (kept after death); `hash_set` says whether. */
  hash: number;
  hash_hi: number;
  hash_set: boolean;
  wr_prev: PyWeakReference | null;
  wr_next: PyWeakReference | null;
  constructor(type: PyTypeObject, ob: PyObject, callback: PyObject | null) {
    super(type);
    this.wr_object = ob;
    this.wr_callback = callback;
    this.hash = -1;
    this.hash_hi = -1;
    this.hash_set = false;
    this.wr_prev = null;
    this.wr_next = null;
  }
}

/** @cpython _PyType_SUPPORTS_WEAKREFS */
export const _PyType_SUPPORTS_WEAKREFS = (t: PyTypeObject): boolean => t.tp_weaklistoffset > 0;

/** @cpython PyWeakref_CheckRef: a ref or an instance of a subclass of it. */
export const PyWeakref_CheckRef = (o: PyObject): o is PyWeakReference =>
  o.ob_type === _PyWeakref_RefType || PyType_IsSubtype(o.ob_type, _PyWeakref_RefType);
/** @cpython PyWeakref_CheckRefExact */
export const PyWeakref_CheckRefExact = (o: PyObject): o is PyWeakReference => o.ob_type === _PyWeakref_RefType;
/** @cpython PyWeakref_CheckProxy */
export const PyWeakref_CheckProxy = (o: PyObject): o is PyWeakReference =>
  o.ob_type === _PyWeakref_ProxyType || o.ob_type === _PyWeakref_CallableProxyType;
/** @cpython PyWeakref_Check */
export const PyWeakref_Check = (o: PyObject): o is PyWeakReference => PyWeakref_CheckRef(o) || PyWeakref_CheckProxy(o);

/** @cpython PyWeakref_GET_OBJECT: the referent or None. @returns borrowed */
export const PyWeakref_GET_OBJECT = (ref: PyWeakReference): PyObject => ref.wr_object;

/** @cpython _PyWeakref_GetWeakrefCount: the length of a weakref list. */
export function _PyWeakref_GetWeakrefCount(head: PyWeakReference | null): number {
  let count = 0;
  for (; head !== null; head = head.wr_next) count++;
  return count;
}

const listHead = (o: PyObject): PyWeakReference | null => o.ob_weakreflist as PyWeakReference | null;

/**
 * @cpython clear_weakref: unlink `self` from its referent's list (the only place that
 * removes a list entry), make it dead, and drop its callback.
 */
function clear_weakref(self: PyWeakReference): void {
  const callback = self.wr_callback;
  const ob = self.wr_object;
  if (ob !== Py_None) {
    if (ob.ob_weakreflist === self) ob.ob_weakreflist = self.wr_next;
    self.wr_object = Py_None;
    if (self.wr_prev !== null) self.wr_prev.wr_next = self.wr_next;
    if (self.wr_next !== null) self.wr_next.wr_prev = self.wr_prev;
    self.wr_prev = null;
    self.wr_next = null;
  }
  if (callback !== null) {
    self.wr_callback = null;
    Py_DECREF(callback);
  }
}

/**
 * @cpython _PyWeakref_ClearRef: clear the reference but keep its callback uncalled, for
 * the cyclic collector (which calls callbacks itself, later).
 */
export function _PyWeakref_ClearRef(self: PyWeakReference): void {
  const callback = self.wr_callback;
  self.wr_callback = null;
  clear_weakref(self);
  self.wr_callback = callback;
}

/** @cpython weakref_dealloc */
function weakref_dealloc(self: PyObject): void {
  clear_weakref(self as PyWeakReference);
}

/** @cpython weakref_vectorcall: `r()` answers the referent or None. */
function weakref_vectorcall(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("weakref", kwnames)) return null;
  if (!_PyArg_CheckPositional("weakref", args.length, 0, 0)) return null;
  const o = (self as PyWeakReference).wr_object;
  Py_INCREF(o);
  return o;
}

/** @cpython weakref_hash: the referent's hash, remembered so it survives the referent. */
function weakref_hash(o: PyObject): number {
  const self = o as PyWeakReference;
  if (self.hash_set) {
    Py_hash.hi = self.hash_hi;
    return self.hash;
  }
  const obj = self.wr_object;
  if (obj === Py_None) {
    PyErr_SetString(PyExc_TypeError, "weak object has gone away");
    Py_hash.hi = -1;
    return -1;
  }
  Py_INCREF(obj);
  const h = PyObject_Hash(obj);
  const hi = Py_hash.hi;
  Py_DECREF(obj);
  if (h === -1 && hi === -1) return -1;
  self.hash = h;
  self.hash_hi = hi;
  self.hash_set = true;
  Py_hash.hi = hi;
  return h;
}

/** @cpython weakref_repr: `<weakref at 0x...; to 'T' at 0x... (name)>` or `<weakref at 0x...; dead>` */
function weakref_repr(o: PyObject): PyObject | null {
  const self = o as PyWeakReference;
  const obj = self.wr_object;
  if (obj === Py_None) return PyUnicode_FromString(`<weakref at ${_PyObject_AddressString(self)}; dead>`);
  Py_INCREF(obj);
  const name = _PyObject_LookupAttr(obj, _PyUnicode_FromId("__name__"));
  if (name === null) {
    Py_DECREF(obj);
    return null;
  }
  let repr: PyObject;
  const head = `<weakref at ${_PyObject_AddressString(self)}; to '${obj.ob_type.tp_name}' at ${_PyObject_AddressString(obj)}`;
  if (name === undefined || !PyUnicode_Check(name)) repr = PyUnicode_FromString(`${head}>`);
  else repr = PyUnicode_FromString(`${head} (${(name as PyUnicodeObject).str})>`);
  Py_DECREF(obj);
  if (name !== undefined) Py_DECREF(name);
  return repr;
}

/**
 * @cpython weakref_richcompare: only == and !=; live references compare their referents,
 * a dead one is equal only to itself.
 */
function weakref_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if ((op !== Py_EQ && op !== Py_NE) || !PyWeakref_CheckRef(a) || !PyWeakref_CheckRef(b)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const obj = a.wr_object, other = b.wr_object;
  if (obj === Py_None || other === Py_None) {
    const same = a === b;
    return PyBool_FromLong((op === Py_EQ) === same ? 1 : 0);
  }
  Py_INCREF(obj);
  Py_INCREF(other);
  const res = PyObject_RichCompare(obj, other, op);
  Py_DECREF(obj);
  Py_DECREF(other);
  return res;
}

/**
 * @cpython get_basic_refs: the shared callback-less ref and proxy at the head of a list
 * (exact types only: a subclass instance is never shared).
 */
function get_basic_refs(head: PyWeakReference | null): [PyWeakReference | null, PyWeakReference | null] {
  let ref: PyWeakReference | null = null, proxy: PyWeakReference | null = null;
  if (head !== null && head.wr_callback === null) {
    if (PyWeakref_CheckRefExact(head)) {
      ref = head;
      head = head.wr_next;
    }
    if (head !== null && head.wr_callback === null && PyWeakref_CheckProxy(head)) proxy = head;
  }
  return [ref, proxy];
}

/** @cpython insert_after */
function insert_after(newref: PyWeakReference, prev: PyWeakReference): void {
  newref.wr_prev = prev;
  newref.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = newref;
  prev.wr_next = newref;
}

/** @cpython insert_head */
function insert_head(newref: PyWeakReference, ob: PyObject): void {
  const next = listHead(ob);
  newref.wr_prev = null;
  newref.wr_next = next;
  if (next !== null) next.wr_prev = newref;
  ob.ob_weakreflist = newref;
}

function cannot_weakref(ob: PyObject): null {
  return PyErr_SetString(PyExc_TypeError, `cannot create weak reference to '${ob.ob_type.tp_name}' object`);
}

/** @cpython weakref___new__: `ref(ob[, callback])`, reusing the shared ref when it can. */
function weakref___new__(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nargs = positionalCount(args, kwnames);
  if (!_PyArg_CheckPositional("__new__", nargs, 1, 2)) return null;
  const ob = args[0];
  let callback: PyObject | null = nargs > 1 ? args[1] : null;
  if (!_PyType_SUPPORTS_WEAKREFS(ob.ob_type)) return cannot_weakref(ob);
  if (callback === Py_None) callback = null;
  let [ref, proxy] = get_basic_refs(listHead(ob));
  if (callback === null && type === _PyWeakref_RefType && ref !== null) {
    Py_INCREF(ref);
    return ref;
  }
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  if (callback !== null) Py_INCREF(callback);
  const self = new PyWeakReference(type, ob, callback);
  if (callback === null && type === _PyWeakref_RefType) {
    insert_head(self, ob);
  } else {
    [ref, proxy] = get_basic_refs(listHead(ob));
    const prev = proxy === null ? ref : proxy;
    if (prev === null) insert_head(self, ob);
    else insert_after(self, prev);
  }
  return self;
}

/** @cpython weakref___init__: only checks the arguments again (and refuses keywords). */
function weakref___init__(_self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (kwnames !== null && kwnames.ob_item.length > 0) {
    PyErr_SetString(PyExc_TypeError, "ref() takes no keyword arguments");
    return -1;
  }
  return _PyArg_CheckPositional("__init__", args.length, 1, 2) ? 0 : -1;
}

function weakref_get_callback(o: PyObject): PyObject {
  const cb = (o as PyWeakReference).wr_callback ?? Py_None;
  Py_INCREF(cb);
  return cb;
}

/** @cpython _PyWeakref_RefType */
export const _PyWeakref_RefType: PyTypeObject = new PyTypeObject({
  tp_name: "weakref.ReferenceType", tp_basicsize: 64,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_BASETYPE,
  tp_dealloc: weakref_dealloc, tp_call: weakref_vectorcall, tp_repr: weakref_repr, tp_hash: weakref_hash,
  tp_richcompare: weakref_richcompare, tp_init: weakref___init__, tp_new: weakref___new__,
  tp_getattro: PyObject_GenericGetAttr,
  tp_methods: [
    { ml_name: "__class_getitem__", ml_meth: Py_GenericAlias, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
  ],
  tp_members: [{ name: "__callback__", get: weakref_get_callback }],
});

// -- proxies ---------------------------------------------------------------------------------------

/** @cpython proxy_checkref: false (with ReferenceError) when the referent is gone. */
function proxy_checkref(proxy: PyWeakReference): boolean {
  if (proxy.wr_object === Py_None) {
    PyErr_SetString(PyExc_ReferenceError, "weakly-referenced object no longer exists");
    return false;
  }
  return true;
}

/**
 * UNWRAP: a proxy operand stands for its referent (ReferenceError when dead); `undefined`
 * is the failure answer since null is a valid "no third argument".
 */
function unwrap(o: PyObject): PyObject | undefined {
  if (PyWeakref_CheckProxy(o)) {
    if (!proxy_checkref(o)) return undefined;
    return o.wr_object;
  }
  return o;
}

/** WRAP_UNARY: apply `generic` to the referent. */
function wrap_unary(generic: (o: PyObject) => PyObject | null) {
  return (proxy: PyObject): PyObject | null => {
    const o = unwrap(proxy);
    if (o === undefined) return null;
    Py_INCREF(o);
    const res = generic(o);
    Py_DECREF(o);
    return res;
  };
}

/** WRAP_BINARY: either operand may be the proxy. */
function wrap_binary(generic: (a: PyObject, b: PyObject) => PyObject | null) {
  return (x: PyObject, y: PyObject): PyObject | null => {
    const a = unwrap(x);
    if (a === undefined) return null;
    const b = unwrap(y);
    if (b === undefined) return null;
    Py_INCREF(a);
    Py_INCREF(b);
    const res = generic(a, b);
    Py_DECREF(a);
    Py_DECREF(b);
    return res;
  };
}

/** WRAP_TERNARY (pow and **=) */
function wrap_ternary(generic: (a: PyObject, b: PyObject, c: PyObject) => PyObject | null) {
  return (x: PyObject, y: PyObject, z: PyObject): PyObject | null => {
    const a = unwrap(x);
    if (a === undefined) return null;
    const b = unwrap(y);
    if (b === undefined) return null;
    const c = unwrap(z);
    if (c === undefined) return null;
    Py_INCREF(a);
    Py_INCREF(b);
    Py_INCREF(c);
    const res = generic(a, b, c);
    Py_DECREF(a);
    Py_DECREF(b);
    Py_DECREF(c);
    return res;
  };
}

/** WRAP_METHOD: `name()` called on the referent. */
function wrap_method(name: string) {
  return (proxy: PyObject): PyObject | null => {
    const o = unwrap(proxy);
    if (o === undefined) return null;
    Py_INCREF(o);
    const res = PyObject_CallMethod(o, name, []);
    Py_DECREF(o);
    return res;
  };
}

/** @cpython proxy_getattr */
const proxy_getattr = wrap_binary((a, b) => PyObject_GetAttr(a, b));
/** @cpython proxy_str */
const proxy_str = wrap_unary((a) => PyObject_Str(a));

/** @cpython proxy_call: the callable proxy calls its referent. */
function proxy_call(proxy: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const o = unwrap(proxy);
  if (o === undefined) return null;
  Py_INCREF(o);
  const res = PyObject_Vectorcall(o, args, kwnames);
  Py_DECREF(o);
  return res;
}

/** @cpython proxy_repr: `<weakproxy at 0x... to T at 0x...>` (NoneType once dead). */
function proxy_repr(o: PyObject): PyObject {
  const proxy = o as PyWeakReference;
  const ob = proxy.wr_object;
  return PyUnicode_FromString(
    `<weakproxy at ${_PyObject_AddressString(proxy)} to ${ob.ob_type.tp_name} at ${_PyObject_AddressString(ob)}>`);
}

/** @cpython proxy_setattr */
function proxy_setattr(o: PyObject, name: PyObject, value: PyObject | null): number {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return -1;
  const obj = proxy.wr_object;
  Py_INCREF(obj);
  const res = PyObject_SetAttr(obj, name, value);
  Py_DECREF(obj);
  return res;
}

/** @cpython proxy_richcompare */
function proxy_richcompare(x: PyObject, y: PyObject, op: number): PyObject | null {
  const a = unwrap(x);
  if (a === undefined) return null;
  const b = unwrap(y);
  if (b === undefined) return null;
  return PyObject_RichCompare(a, b, op);
}

/** @cpython proxy_bool */
function proxy_bool(o: PyObject): number {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return -1;
  const obj = proxy.wr_object;
  Py_INCREF(obj);
  const res = PyObject_IsTrue(obj);
  Py_DECREF(obj);
  return res;
}

/** @cpython proxy_dealloc */
function proxy_dealloc(self: PyObject): void {
  clear_weakref(self as PyWeakReference);
}

/** @cpython proxy_contains */
function proxy_contains(o: PyObject, value: PyObject): number {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return -1;
  const obj = proxy.wr_object;
  Py_INCREF(obj);
  const res = PySequence_Contains(obj, value);
  Py_DECREF(obj);
  return res;
}

/** @cpython proxy_length */
function proxy_length(o: PyObject): number {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return -1;
  const obj = proxy.wr_object;
  Py_INCREF(obj);
  const res = PyObject_Length(obj);
  Py_DECREF(obj);
  return res;
}

/** @cpython proxy_getitem */
const proxy_getitem = wrap_binary((a, b) => PyObject_GetItem(a, b));

/** @cpython proxy_setitem (value null deletes) */
function proxy_setitem(o: PyObject, key: PyObject, value: PyObject | null): number {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return -1;
  const obj = proxy.wr_object;
  Py_INCREF(obj);
  const res = value === null ? PyObject_DelItem(obj, key) : PyObject_SetItem(obj, key, value);
  Py_DECREF(obj);
  return res;
}

/** @cpython proxy_iter */
function proxy_iter(o: PyObject): PyObject | null {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return null;
  const obj = proxy.wr_object;
  Py_INCREF(obj);
  const res = PyObject_GetIter(obj);
  Py_DECREF(obj);
  return res;
}

/** @cpython proxy_iternext: only when the referent is itself an iterator. */
function proxy_iternext(o: PyObject): PyObject | null {
  const proxy = o as PyWeakReference;
  if (!proxy_checkref(proxy)) return null;
  const obj = proxy.wr_object;
  if (!PyIter_Check(obj)) {
    return PyErr_SetString(PyExc_TypeError, `Weakref proxy referenced a non-iterator '${obj.ob_type.tp_name}' object`);
  }
  Py_INCREF(obj);
  const res = PyIter_Next(obj);
  Py_DECREF(obj);
  return res;
}

/** The slots both proxy types share (proxy_as_number, proxy_as_sequence, proxy_as_mapping). */
const proxy_slots = {
  tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_dealloc: proxy_dealloc, tp_repr: proxy_repr, tp_str: proxy_str,
  tp_getattro: proxy_getattr, tp_setattro: proxy_setattr, tp_richcompare: proxy_richcompare,
  tp_iter: proxy_iter, tp_iternext: proxy_iternext,
  nb_add: wrap_binary((a, b) => PyNumber_Add(a, b)), nb_subtract: wrap_binary((a, b) => PyNumber_Subtract(a, b)),
  nb_multiply: wrap_binary((a, b) => PyNumber_Multiply(a, b)), nb_remainder: wrap_binary((a, b) => PyNumber_Remainder(a, b)),
  nb_divmod: wrap_binary((a, b) => PyNumber_Divmod(a, b)), nb_power: wrap_ternary((a, b, c) => PyNumber_Power(a, b, c)),
  nb_negative: wrap_unary((a) => PyNumber_Negative(a)), nb_positive: wrap_unary((a) => PyNumber_Positive(a)),
  nb_absolute: wrap_unary((a) => PyNumber_Absolute(a)), nb_bool: proxy_bool, nb_invert: wrap_unary((a) => PyNumber_Invert(a)),
  nb_lshift: wrap_binary((a, b) => PyNumber_Lshift(a, b)), nb_rshift: wrap_binary((a, b) => PyNumber_Rshift(a, b)),
  nb_and: wrap_binary((a, b) => PyNumber_And(a, b)), nb_xor: wrap_binary((a, b) => PyNumber_Xor(a, b)), nb_or: wrap_binary((a, b) => PyNumber_Or(a, b)),
  nb_int: wrap_unary((a) => PyNumber_Long(a)), nb_float: wrap_unary((a) => PyNumber_Float(a)),
  nb_inplace_add: wrap_binary((a, b) => PyNumber_InPlaceAdd(a, b)), nb_inplace_subtract: wrap_binary((a, b) => PyNumber_InPlaceSubtract(a, b)),
  nb_inplace_multiply: wrap_binary((a, b) => PyNumber_InPlaceMultiply(a, b)),
  nb_inplace_remainder: wrap_binary((a, b) => PyNumber_InPlaceRemainder(a, b)), nb_inplace_power: wrap_ternary((a, b, c) => PyNumber_InPlacePower(a, b, c)),
  nb_inplace_lshift: wrap_binary((a, b) => PyNumber_InPlaceLshift(a, b)), nb_inplace_rshift: wrap_binary((a, b) => PyNumber_InPlaceRshift(a, b)),
  nb_inplace_and: wrap_binary((a, b) => PyNumber_InPlaceAnd(a, b)), nb_inplace_xor: wrap_binary((a, b) => PyNumber_InPlaceXor(a, b)),
  nb_inplace_or: wrap_binary((a, b) => PyNumber_InPlaceOr(a, b)), nb_floor_divide: wrap_binary((a, b) => PyNumber_FloorDivide(a, b)),
  nb_true_divide: wrap_binary((a, b) => PyNumber_TrueDivide(a, b)),
  nb_inplace_floor_divide: wrap_binary((a, b) => PyNumber_InPlaceFloorDivide(a, b)),
  nb_inplace_true_divide: wrap_binary((a, b) => PyNumber_InPlaceTrueDivide(a, b)), nb_index: wrap_unary((a) => PyNumber_Index(a)),
  nb_matrix_multiply: wrap_binary((a, b) => PyNumber_MatrixMultiply(a, b)),
  nb_inplace_matrix_multiply: wrap_binary((a, b) => PyNumber_InPlaceMatrixMultiply(a, b)),
  sq_length: proxy_length, sq_contains: proxy_contains,
  mp_length: proxy_length, mp_subscript: proxy_getitem, mp_ass_subscript: proxy_setitem,
};

/** @cpython _PyWeakref_ProxyType */
export const _PyWeakref_ProxyType: PyTypeObject = new PyTypeObject({
  tp_name: "weakref.ProxyType", ...proxy_slots,
  tp_methods: [
    { ml_name: "__bytes__", ml_meth: wrap_method("__bytes__"), ml_flags: METH_NOARGS },
    { ml_name: "__reversed__", ml_meth: wrap_method("__reversed__"), ml_flags: METH_NOARGS },
  ],
});

/** @cpython _PyWeakref_CallableProxyType */
export const _PyWeakref_CallableProxyType: PyTypeObject = new PyTypeObject({
  tp_name: "weakref.CallableProxyType", ...proxy_slots, tp_call: proxy_call,
});

// -- the C API -------------------------------------------------------------------------------------

/** Ready the three types (once) and connect PyObject_ClearWeakRefs to _Py_Dealloc. */
export function _PyWeakref_InitTypes(): void {
  if (_PyWeakref_RefType.tp_flags & Py_TPFLAGS_READY) return;
  _PyWeakref_DeallocHooks.clear = PyObject_ClearWeakRefs;
  PyType_Ready(_PyWeakref_RefType);
  PyType_Ready(_PyWeakref_ProxyType);
  PyType_Ready(_PyWeakref_CallableProxyType);
}

/** @cpython PyWeakref_NewRef @returns new */
export function PyWeakref_NewRef(ob: PyObject, callback: PyObject | null): PyObject | null {
  _PyWeakref_InitTypes();
  if (!_PyType_SUPPORTS_WEAKREFS(ob.ob_type)) return cannot_weakref(ob);
  if (callback === Py_None) callback = null;
  const [ref, proxy] = get_basic_refs(listHead(ob));
  if (callback === null && ref !== null) {
    Py_INCREF(ref);
    return ref;
  }
  if (callback !== null) Py_INCREF(callback);
  const result = new PyWeakReference(_PyWeakref_RefType, ob, callback);
  if (callback === null) {
    insert_head(result, ob);
  } else {
    const prev = proxy === null ? ref : proxy;
    if (prev === null) insert_head(result, ob);
    else insert_after(result, prev);
  }
  return result;
}

/** @cpython PyWeakref_NewProxy @returns new */
export function PyWeakref_NewProxy(ob: PyObject, callback: PyObject | null): PyObject | null {
  _PyWeakref_InitTypes();
  if (!_PyType_SUPPORTS_WEAKREFS(ob.ob_type)) return cannot_weakref(ob);
  if (callback === Py_None) callback = null;
  const [ref, proxy] = get_basic_refs(listHead(ob));
  if (callback === null && proxy !== null) {
    Py_INCREF(proxy);
    return proxy;
  }
  if (callback !== null) Py_INCREF(callback);
  const type = PyCallable_Check(ob) ? _PyWeakref_CallableProxyType : _PyWeakref_ProxyType;
  const result = new PyWeakReference(type, ob, callback);
  const prev = callback === null ? ref : proxy === null ? ref : proxy;
  if (prev === null) insert_head(result, ob);
  else insert_after(result, prev);
  return result;
}

/** @cpython PyWeakref_GetObject @returns borrowed */
export function PyWeakref_GetObject(ref: PyObject): PyObject | null {
  if (!PyWeakref_Check(ref)) return PyErr_BadInternalCall("PyWeakref_GetObject");
  return ref.wr_object;
}

/** @cpython handle_callback: errors in a callback are reported, not raised. */
function handle_callback(ref: PyWeakReference, callback: PyObject): void {
  const res = PyObject_CallOneArg(callback, ref);
  if (res === null) PyErr_WriteUnraisable("Exception ignored in: ", callback, callback);
  else Py_DECREF(res);
}

/**
 * @cpython PyObject_ClearWeakRefs: called as `object` is freed (its count is 0). The shared
 * callback-less references are cleared first; then every other one is cleared and, if it is
 * still alive itself, its callback is called with it, in list order. A pending exception is
 * set aside meanwhile.
 */
export function PyObject_ClearWeakRefs(object: PyObject): void {
  let head = listHead(object);
  if (head !== null && head.wr_callback === null) {
    clear_weakref(head);
    head = listHead(object);
    if (head !== null && head.wr_callback === null) clear_weakref(head);
  }
  let current = listHead(object);
  if (current === null) return;
  const saved = PyErr_Fetch();
  const count = _PyWeakref_GetWeakrefCount(current);
  if (count === 1) {
    const callback = current.wr_callback;
    current.wr_callback = null;
    clear_weakref(current);
    if (callback !== null) {
      if (current.ob_refcnt > 0) handle_callback(current, callback);
      Py_DECREF(callback);
    }
  } else {
    // Clear them all first, keeping each live reference (and its callback) for the calls.
    const refs: PyWeakReference[] = [];
    const callbacks: (PyObject | null)[] = [];
    for (let i = 0; i < count && current !== null; i++) {
      const next: PyWeakReference | null = current.wr_next;
      if (current.ob_refcnt > 0) {
        Py_INCREF(current);
        refs.push(current);
        callbacks.push(current.wr_callback);
      } else {
        Py_XDECREF(current.wr_callback);
      }
      current.wr_callback = null;
      clear_weakref(current);
      current = next;
    }
    for (let i = 0; i < refs.length; i++) {
      const cb = callbacks[i];
      if (cb !== null) {
        handle_callback(refs[i], cb);
        Py_DECREF(cb);
      }
    }
    for (const r of refs) Py_DECREF(r);
  }
  PyErr_Restore(saved);
}

