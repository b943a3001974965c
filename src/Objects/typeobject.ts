/**
 * @mirrors Objects/typeobject.c
 * `type` and `object`, and the machinery that connects Python-level dunder methods with the
 * type slots the interpreter calls:
 *
 *   class V:                       V.nb_add      = slot_nb_add    (calls V.__add__ / __radd__)
 *       def __add__(self, o): ...  V.tp_repr     = inherited from object (object_repr)
 *                                  V.tp_dict     = {'__add__': <function>, ...}
 *
 *   int.__add__  ->  a wrapper_descriptor around int's own nb_add (long_add)
 *
 * PyType_Ready prepares a static type: its MRO, its dict (methods, members, getsets and a
 * wrapper for every filled slot) and the slots it inherits. type_new builds a class from a
 * class statement: metaclass and best base, C3 MRO, __slots__, __qualname__, __set_name__,
 * __init_subclass__, then fixup_slot_dispatchers points each slot at the right function.
 * super() lives here too.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_hash, Py_EQ, Py_NE,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_READY, Py_TPFLAGS_IS_ABSTRACT,
  Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS,
  Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_BASE_EXC_SUBCLASS,
  Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING,
  Py_TPFLAGS_MANAGED_DICT,
  METH_CLASS, METH_STATIC, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, _PyWeakref_DeallocHooks, _PyObject_SlotsForStore,
  type PyMethodDef, type TypeSpec,
} from "../Include/object.ts";
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_Occurred, PyErr_SetString, PyErr_SetStringInt } from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, PyUnicode_InternInPlace, PyUnicode_InternFromString,
  PyUnicode_AsUTF8String, PyUnicode_IsIdentifier,
} from "./unicodeobject.ts";
import { PyTupleObject, PyTuple_New, PyTuple_Check, PyTuple_FromArray } from "./tupleobject.ts";
import {
  PyDictObject, PyDict_New, PyDict_GetItemWithError, PyDict_SetItem, PyDict_DelItem, PyDict_Check,
  PyDict_Copy, PyDict_Update, PyDict_Keys, PyDict_GetItemString, PyDict_SetItemString, PyDict_Next, _PyDict_Items, PyDict_Size,
  _PyDict_Next, _PyObject_InitializeDict, _PyObject_FreeInstanceAttributes, _PyObject_IsInstanceDictEmpty,
  PyObject_GenericGetDict, _PyDict_KeysSize, _PyDictKeys_DecRef, _PyDict_NewKeysForClass,
} from "./dictobject.ts";
import {
  Py_None, Py_NotImplemented, PyObject_GenericGetAttr, PyObject_GenericSetAttr, _Py_HashPointerObject,
  _PyObject_AddressString, PyObject_RichCompare, PyObject_IsTrue, _PyObject_LookupAttr, PyObject_Str, PyObject_Repr,
  PyObject_HashNotImplemented, PyCallable_Check, _PyObject_GenericGetAttrWithDict, Py_NewNone, PyObject_GetAttr,
  PyObject_SetAttr, _Py_SwappedOp, PyObject_GetAttrString,
  _PyObject_GetDictPtr,
} from "./object.ts";
import {
  PyDescr_NewMethod, PyDescr_NewClassMethod, PyDescr_NewMember, PyDescr_NewGetSet, PyDescr_NewWrapper,
  PyWrapperDescrObject, type wrapperbase, PyStaticMethod_New, PyClassMethod_New, PyStaticMethod_Type,
  PyClassMethod_Type, PyDescr_IsData, PyMemberDescr_Type,
} from "./descrobject.ts";
import { PyCFunction_New, PyCFunctionObject } from "./methodobject.ts";
import { _PyEval_GetBuiltin } from "./iterobject.ts";
import { PyFunction_Type } from "./funcobject.ts";
import { PyModule_Type } from "./moduleobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t, PyLongObject, PyNumber_AsSsize_t, PyLong_Type, _PyNumber_Index } from "./longobject.ts";
import { PyExc_OverflowError, PyExc_RecursionError } from "./exceptions.ts";
import {
  PyObject_Vectorcall, PyObject_CallNoArgs, PyObject_CallOneArg, _PyObject_Call_Prepend, vectorcall_method,
  lookup_maybe_method, PyObject_CallMethod,
} from "./call.ts";
import { PyList_New, PyList_Append, PyListObject, list_sort_impl_strings } from "./listobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import { PyCellObject, PyCell_Set } from "./cellobject.ts";
import { PyFrame_LocalsFirstArg } from "../Python/frame.ts";
import { _Py_union_type_or } from "./unionobject.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyObject_NextNotImplemented } from "./abstract.ts";

// -- names and subtypes ------------------------------------------------------------------------

/** @cpython _PyType_Name: the tp_name after its last dot. */
export function _PyType_Name(t: PyTypeObject): string {
  const n = t.tp_name;
  const dot = n.lastIndexOf(".");
  return dot >= 0 ? n.slice(dot + 1) : n;
}

/** @cpython PyType_IsSubtype */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  // Along the MRO when there is one (a custom mro() may even leave the type itself out).
  const mro = a.tp_mro;
  if (mro !== null) {
    const items = mro.ob_item;
    for (let i = 0; i < items.length; i++) if (items[i] === b) return true;
    return false;
  }
  // Not ready yet: walk tp_base.
  for (let t: PyTypeObject | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return b === PyBaseObject_Type;
}

/** @cpython PyType_Check */
export const PyType_Check = (o: PyObject): o is PyTypeObject => (o.ob_type.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) !== 0;

/** @cpython PyObject_TypeCheck */
export const PyObject_TypeCheck = (o: PyObject, t: PyTypeObject): boolean => o.ob_type === t || PyType_IsSubtype(o.ob_type, t);

// -- the method cache and attribute lookup along the MRO ---------------------------------------

/*
 * _PyType_Lookup runs for nearly every attribute access, so CPython caches (type version,
 * name) -> result in a small global table. Here each type keeps a Map from the interned
 * name string to the result; any change to a type's dict (or a base's) clears the maps of
 * the type and its subclasses (PyType_Modified).
 */
const lookupCaches = new WeakMap<PyTypeObject, Map<string, PyObject | null>>();
let nextVersionTag = 1;

/** @cpython _PyType_Lookup: the attribute `name` found along type's MRO. @returns borrowed */
export function _PyType_Lookup(type: PyTypeObject, name: PyObject): PyObject | null {
  const key = (name as PyUnicodeObject).str;
  let cache = lookupCaches.get(type);
  if (cache === undefined) {
    cache = new Map();
    lookupCaches.set(type, cache);
    assign_version_tag(type);
  } else {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  const res = find_name_in_mro(type, name);
  if (res === undefined) return null; // an error: do not cache
  cache.set(key, res);
  return res;
}

/** @cpython find_name_in_mro: borrowed result; undefined when a lookup raised. */
function find_name_in_mro(type: PyTypeObject, name: PyObject): PyObject | null | undefined {
  const mro = type.tp_mro;
  if (mro === null) {
    for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
      const r = t.tp_dict === null ? null : PyDict_GetItemWithError(t.tp_dict, name);
      if (r !== null) return r;
    }
    return null;
  }
  const items = mro.ob_item;
  for (let i = 0; i < items.length; i++) {
    const dict = (items[i] as PyTypeObject).tp_dict;
    if (dict === null) continue;
    const r = PyDict_GetItemWithError(dict, name);
    if (r !== null) return r;
    if (PyErr_Occurred()) return undefined;
  }
  return null;
}

/** Lookup by JS string (for slot dispatchers). @returns borrowed */
export function _PyType_LookupId(type: PyTypeObject, name: string): PyObject | null {
  return _PyType_Lookup(type, _PyUnicode_FromId(name));
}

/**
 * @cpython PyType_Modified: forget cached lookups of `type` and its subclasses. A type
 * without a version tag has nothing cached, and neither have its subclasses (a subclass gets
 * a tag only after its bases), so the walk stops there.
 */
export function PyType_Modified(type: PyTypeObject): void {
  if (type.tp_version_tag === 0) return;
  lookupCaches.delete(type);
  type.tp_version_tag = 0;
  // Only subclasses tagged since the last change can have a valid tag (see assign_version_tag).
  const subs = type.tp_versioned_subclasses;
  type.tp_versioned_subclasses = null;
  if (subs !== null) for (const sub of subs) PyType_Modified(sub);
}

/** The direct subclasses still alive (dropping dead weak references). */
export function liveSubclasses(type: PyTypeObject): PyTypeObject[] {
  const out: PyTypeObject[] = [];
  const refs = type.tp_subclasses;
  let j = 0;
  for (let i = 0; i < refs.length; i++) {
    const t = refs[i].deref();
    if (t !== undefined) {
      out.push(t);
      refs[j++] = refs[i];
    }
  }
  refs.length = j;
  return out;
}

/** @cpython assign_version_tag: bases first, so a tagged type always has tagged bases. */
function assign_version_tag(type: PyTypeObject): void {
  if (type.tp_version_tag !== 0) return;
  const mro = type.tp_mro;
  // (A custom mro() may list the type anywhere, not only first.)
  if (mro !== null) {
    for (let i = 0; i < mro.ob_item.length; i++) if (mro.ob_item[i] !== type) assign_version_tag(mro.ob_item[i] as PyTypeObject);
  }
  type.tp_version_tag = nextVersionTag++;
  const bases = type.tp_bases;
  if (bases !== null) {
    for (const b of bases.ob_item as PyTypeObject[]) (b.tp_versioned_subclasses ??= []).push(type);
  }
}

// -- object ------------------------------------------------------------------------------------

function excess_args(args: PyObject[]): boolean {
  return args.length > 0;
}

/** @cpython object_init */
function object_init(self: PyObject, args: PyObject[], _kwnames: PyTupleObject | null): number {
  const type = self.ob_type;
  if (excess_args(args)) {
    if (type.tp_init !== object_init) {
      return PyErr_SetStringInt(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (type.tp_new === object_new) {
      return PyErr_SetStringInt(PyExc_TypeError, `${type.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return 0;
}

/** @cpython object_new */
function object_new(type: PyTypeObject, args: PyObject[], _kwnames: PyTupleObject | null): PyObject | null {
  if (excess_args(args)) {
    if (type.tp_new !== object_new) {
      return PyErr_SetString(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type.tp_init === object_init) return PyErr_SetString(PyExc_TypeError, `${type.tp_name}() takes no arguments`);
  }
  if (type.tp_flags & Py_TPFLAGS_IS_ABSTRACT) {
    const abstract = type.tp_dict === null ? null : PyDict_GetItemString(type.tp_dict, "__abstractmethods__");
    const names: string[] = [];
    if (abstract !== null) {
      const it = iterToArray(abstract);
      if (it === null) return null;
      for (const n of it) names.push((n as PyUnicodeObject).str);
    }
    names.sort();
    return PyErr_SetString(PyExc_TypeError,
      `Can't instantiate abstract class ${type.tp_name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
  }
  const obj = PyType_GenericAlloc(type);
  // An instance of a class with shared keys starts with an empty values array.
  if (_PyObject_InitializeDict(obj) < 0) {
    Py_DECREF(obj);
    return null;
  }
  return obj;
}

/** @cpython PyType_GenericAlloc: a bare instance of a type whose layout is object's. */
export function PyType_GenericAlloc(type: PyTypeObject): PyObject {
  Py_INCREF(type);
  return new PyObject(type);
}

/**
 * @cpython object_dealloc: a bare object holds nothing. (For instances of classes,
 * subtype_dealloc has already released the dict, the slots and the class.)
 */
function object_dealloc(_self: PyObject): void {}

/**
 * Objects whose __del__ ran and that came back to life (_PyGC_FINALIZED). Only they need the
 * mark: an object that was not resurrected is gone.
 */
const finalizedOnce = new WeakSet<PyObject>();

/**
 * @cpython subtype_dealloc: for instances of classes. __del__ runs first (it may resurrect
 * the object), then the base type's own dealloc releases the rest.
 */
function subtype_dealloc(self: PyObject): void {
  const type = self.ob_type;
  if (type.tp_finalize !== null && !finalizedOnce.has(self)) {
    self.ob_refcnt = 1; // resurrect for the call, as PyObject_CallFinalizerFromDealloc does
    type.tp_finalize(self);
    if (--self.ob_refcnt !== 0) {
      // Resurrected. PEP 442: __del__ runs once per object (the GC header's FINALIZED bit).
      if (type.tp_flags & Py_TPFLAGS_HAVE_GC) finalizedOnce.add(self);
      return;
    }
  }
  // Weak references die after __del__ (which may still use them) and before the fields go.
  if (self.ob_weakreflist !== null) _PyWeakref_DeallocHooks.clear(self);
  // Find the nearest static base and let it release its own fields.
  let base: PyTypeObject | null = type;
  while (base !== null && base.tp_dealloc === subtype_dealloc) base = base.tp_base;
  // A managed-dict instance holds either its values array or its __dict__.
  if (self.ob_values !== null) _PyObject_FreeInstanceAttributes(self);
  const d = self.ob_dict;
  if (d !== null) {
    self.ob_dict = null;
    Py_DECREF(d);
  }
  const slots = self.ob_slots;
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v !== null) {
        slots[i] = null;
        Py_DECREF(v);
      }
    }
  }
  if (base !== null && base.tp_dealloc !== null && base !== PyBaseObject_Type) base.tp_dealloc(self);
  Py_DECREF(type);
}

/** @cpython object_repr: `<module.Qualname object at 0x...>` */
function object_repr(self: PyObject): PyObject | null {
  const type = self.ob_type;
  const mod = type_module_string(type);
  const name = type.ht_qualname;
  const addr = _PyObject_AddressString(self);
  if (mod !== null && mod !== "builtins") return PyUnicode_FromString(`<${mod}.${name} object at ${addr}>`);
  return PyUnicode_FromString(`<${type.tp_name} object at ${addr}>`);
}

/** @cpython object_str */
function object_str(self: PyObject): PyObject | null {
  const f = self.ob_type.tp_repr;
  return f === null ? object_repr(self) : f(self);
}

/** @cpython object_richcompare */
function object_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  switch (op) {
    case Py_EQ: {
      const res = self === other ? PyBool_FromLong(1) : Py_NotImplemented;
      if (res === Py_NotImplemented) Py_INCREF(res);
      return res;
    }
    case Py_NE: {
      // By default __ne__ inverts __eq__ unless that returns NotImplemented.
      const eq = self.ob_type.tp_richcompare;
      if (eq === null) {
        Py_INCREF(Py_NotImplemented);
        return Py_NotImplemented;
      }
      const res = eq(self, other, Py_EQ);
      if (res !== null && res !== Py_NotImplemented) {
        const ok = PyObject_IsTrue(res);
        Py_DECREF(res);
        if (ok < 0) return null;
        return PyBool_FromLong(ok ? 0 : 1);
      }
      return res;
    }
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function object_get_class(self: PyObject): PyObject {
  Py_INCREF(self.ob_type);
  return self.ob_type;
}

function object_set_class(self: PyObject, value: PyObject | null): number {
  if (value === null) return PyErr_SetStringInt(PyExc_TypeError, "can't delete __class__ attribute");
  if (!PyType_Check(value)) {
    return PyErr_SetStringInt(PyExc_TypeError, `__class__ must be set to a class, not '${_PyType_Name(value.ob_type)}' object`);
  }
  const oldto = self.ob_type;
  const newto = value;
  // Only between mutable classes (immutable types' instances may be shared or cached), or
  // between module types.
  if (!(PyType_IsSubtype(newto, PyModule_Type) && PyType_IsSubtype(oldto, PyModule_Type)) &&
      ((newto.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) || (oldto.tp_flags & Py_TPFLAGS_IMMUTABLETYPE))) {
    return PyErr_SetStringInt(PyExc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  if (!compatible_for_assignment(oldto, newto, "__class__")) return -1;
  // The values array is indexed by the old class's shared keys: move it into a __dict__.
  if (self.ob_values !== null) _PyObject_GetDictPtr(self, false);
  Py_INCREF(value);
  self.ob_type = value;
  Py_DECREF(oldto);
  return 0;
}

/** The sorted, mangled __slots__ names a class added (CPython's ht_slots), for layout checks. */
const ht_slots = new WeakMap<PyTypeObject, string[]>();

/** @cpython compatible_with_tp_base: the class adds nothing to its base's instance layout. */
function compatible_with_tp_base(child: PyTypeObject): boolean {
  const parent = child.tp_base;
  return parent !== null && child.tp_basicsize === parent.tp_basicsize && child.tp_itemsize === parent.tp_itemsize &&
    // DIVERGENCE: typhon keeps every instance dict in ob_dict (a class's tp_dictoffset is -1
    // whatever its base's), so "both have a dict" stands for "same dict offset".
    (child.tp_dictoffset !== 0) === (parent.tp_dictoffset !== 0) && child.tp_weaklistoffset === parent.tp_weaklistoffset &&
    (child.tp_flags & Py_TPFLAGS_HAVE_GC) === (parent.tp_flags & Py_TPFLAGS_HAVE_GC) &&
    (child.tp_dealloc === subtype_dealloc || child.tp_dealloc === parent.tp_dealloc);
}

/** @cpython same_slots_added: two classes of one base add the same slots (and dict/weakref). */
function same_slots_added(a: PyTypeObject, b: PyTypeObject): boolean {
  const base = a.tp_base!;
  let size = base.tp_basicsize;
  // (A dict takes no room in typhon's tp_basicsize: see compatible_with_tp_base.)
  if ((a.tp_dictoffset !== 0) !== (b.tp_dictoffset !== 0)) return false;
  if (a.tp_weaklistoffset === size && b.tp_weaklistoffset === size) size += 8;
  if (!(a.tp_flags & Py_TPFLAGS_HEAPTYPE) || !(b.tp_flags & Py_TPFLAGS_HEAPTYPE)) return false;
  const sa = ht_slots.get(a);
  const sb = ht_slots.get(b);
  if (sa !== undefined && sb !== undefined) {
    if (sa.length !== sb.length || sa.some((n, i) => n !== sb[i])) return false;
    size += 8 * sa.length;
  }
  return size === a.tp_basicsize && size === b.tp_basicsize;
}

/**
 * @cpython compatible_for_assignment: instances of the two classes have one layout — the
 * nearest bases each extends without adding fields are the same, or siblings adding the
 * same slots — and both keep or both lack a managed dict.
 */
function compatible_for_assignment(oldto: PyTypeObject, newto: PyTypeObject, attr: string): boolean {
  let newbase = newto;
  let oldbase = oldto;
  while (compatible_with_tp_base(newbase)) newbase = newbase.tp_base!;
  while (compatible_with_tp_base(oldbase)) oldbase = oldbase.tp_base!;
  const differs = newbase !== oldbase && (newbase.tp_base !== oldbase.tp_base || !same_slots_added(newbase, oldbase));
  if (!differs && (oldto.tp_flags & Py_TPFLAGS_MANAGED_DICT) === (newto.tp_flags & Py_TPFLAGS_MANAGED_DICT)) return true;
  PyErr_SetString(PyExc_TypeError, `${attr} assignment: '${newto.tp_name}' object layout differs from '${oldto.tp_name}'`);
  return false;
}

/** @cpython object___sizeof__ */
function object___sizeof__(self: PyObject): PyObject {
  const t = self.ob_type;
  let size = t.tp_basicsize;
  if (t.tp_itemsize) size += t.tp_itemsize * Math.abs(objectItemCount(self));
  return PyLong_FromNumber(size);
}

/** Items a variable-size object holds (Py_SIZE), for __sizeof__. */
export const objectItemCount = (o: PyObject): number => (o as unknown as { ob_size?: number }).ob_size ?? 0;

/** @cpython object___format__ */
function object___format__(self: PyObject, arg: PyObject): PyObject | null {
  if (!PyUnicode_Check(arg)) {
    return PyErr_SetString(PyExc_TypeError, `__format__() argument must be str, not ${_PyType_Name(arg.ob_type)}`);
  }
  if ((arg as PyUnicodeObject).str.length > 0) {
    return PyErr_SetString(PyExc_TypeError, `unsupported format string passed to ${_PyType_Name(self.ob_type)}.__format__`);
  }
  return PyObject_Str(self);
}

/** @cpython object___dir__: the instance dict's keys plus the class's attributes. */
function object___dir__(self: PyObject): PyObject | null {
  // The object's __dict__ as an attribute: a bound method shows its function's.
  const d = _PyObject_LookupAttr(self, _PyUnicode_FromId("__dict__"));
  if (d === null) return null;
  let dict: PyDictObject | null;
  if (d === undefined || !PyDict_Check(d)) dict = PyDict_New();
  else dict = PyDict_Copy(d as PyDictObject);
  if (d !== undefined) Py_DECREF(d);
  if (dict === null) return null;
  const cls = _PyObject_LookupAttr(self, _PyUnicode_FromId("__class__"));
  if (cls === null || (cls !== undefined && merge_class_dict(dict, cls) < 0)) {
    if (cls) Py_DECREF(cls);
    Py_DECREF(dict);
    return null;
  }
  if (cls !== undefined) Py_DECREF(cls);
  const r = PyDict_Keys(dict);
  Py_DECREF(dict);
  return r;
}

/** @cpython merge_class_dict: the class's __dict__, then its __bases__' recursively. */
function merge_class_dict(dict: PyDictObject, aclass: PyObject): number {
  const classdict = _PyObject_LookupAttr(aclass, _PyUnicode_FromId("__dict__"));
  if (classdict === null) return -1;
  if (classdict !== undefined) {
    const st = PyDict_Update(dict, classdict);
    Py_DECREF(classdict);
    if (st < 0) return -1;
  }
  const bases = _PyObject_LookupAttr(aclass, _PyUnicode_FromId("__bases__"));
  if (bases === null) return -1;
  if (bases === undefined) return 0;
  const items = PyTuple_Check(bases) ? (bases as PyTupleObject).ob_item.slice() : iterToArray(bases);
  Py_DECREF(bases);
  if (items === null) return -1;
  for (const b of items) if (merge_class_dict(dict, b) < 0) return -1;
  return 0;
}

/** @cpython object___init_subclass__: accepts no keyword arguments. */
function object___init_subclass__(_cls: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (args.length > 0 || kwnames !== null) {
    const cls = _cls as PyTypeObject;
    return PyErr_SetString(PyExc_TypeError, `${cls.tp_name}.__init_subclass__() takes no keyword arguments`);
  }
  return Py_NewNone();
}

/** @cpython object___subclasshook__ */
function object___subclasshook__(_cls: PyObject, _args: PyObject[]): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** `import copyreg` through builtins.__import__ (typeobject cannot import the import system). */
function import_copyreg(): PyObject | null {
  const imp = _PyEval_GetBuiltin("__import__");
  if (imp === null) return null;
  const name = PyUnicode_FromString("copyreg");
  const mod = PyObject_CallOneArg(imp, name);
  Py_DECREF(name);
  Py_DECREF(imp);
  return mod;
}

/** @cpython _PyType_GetSlotNames: cls.__dict__['__slotnames__'] or copyreg._slotnames(cls). */
function _PyType_GetSlotNames(cls: PyTypeObject): PyObject | null {
  const cached = cls.tp_dict === null ? null : PyDict_GetItemString(cls.tp_dict, "__slotnames__");
  if (cached !== null) {
    if (cached !== Py_None && !(cached instanceof PyListObject)) {
      return PyErr_SetString(PyExc_TypeError, `${cls.tp_name}.__slotnames__ should be a list or None, not ${_PyType_Name(cached.ob_type)}`);
    }
    Py_INCREF(cached);
    return cached;
  }
  if (PyErr_Occurred()) return null;
  const copyreg = import_copyreg();
  if (copyreg === null) return null;
  const slotnames = PyObject_CallMethod(copyreg, "_slotnames", [cls]);
  Py_DECREF(copyreg);
  if (slotnames === null) return null;
  if (slotnames !== Py_None && !(slotnames instanceof PyListObject)) {
    Py_DECREF(slotnames);
    return PyErr_SetString(PyExc_TypeError, "copyreg._slotnames didn't return a list or None");
  }
  return slotnames;
}

/**
 * @cpython object_getstate_default: the instance __dict__ (None when empty), paired with a
 * dict of the slot values when there are any. `required` refuses objects whose state lives in
 * native fields that __dict__ and slots cannot express.
 */
function object_getstate_default(obj: PyObject, required: boolean): PyObject | null {
  const tp = obj.ob_type;
  if (required && tp.tp_itemsize) {
    return PyErr_SetString(PyExc_TypeError, `cannot pickle ${tp.tp_name} objects`);
  }
  let state: PyObject;
  const empty = obj.ob_values !== null ? _PyObject_IsInstanceDictEmpty(obj) : obj.ob_dict === null || PyDict_Size(obj.ob_dict) === 0;
  if (empty) state = Py_NewNone();
  else {
    // A values array becomes the __dict__ that the state refers to.
    const dict = PyObject_GenericGetDict(obj);
    if (dict === null) return null;
    state = dict;
  }
  const slotnames = _PyType_GetSlotNames(tp);
  if (slotnames === null) {
    Py_DECREF(state);
    return null;
  }
  if (required) {
    // State held in native fields of a builtin base (not object) cannot be expressed.
    const solid = solid_base(tp);
    if (solid !== PyBaseObject_Type && !(solid.tp_flags & Py_TPFLAGS_HEAPTYPE) && solid.tp_basicsize > PyBaseObject_Type.tp_basicsize) {
      Py_DECREF(slotnames);
      Py_DECREF(state);
      return PyErr_SetString(PyExc_TypeError, `cannot pickle '${_PyType_Name(tp)}' object`);
    }
  }
  if (slotnames instanceof PyListObject && slotnames.ob_item.length > 0) {
    const slots = PyDict_New();
    const names = slotnames.ob_item as PyObject[];
    const n = names.length;
    for (let i = 0; i < n; i++) {
      const name = names[i];
      const value = _PyObject_LookupAttr(obj, name);
      if (value === null) {
        Py_DECREF(slots); Py_DECREF(slotnames); Py_DECREF(state);
        return null;
      }
      if (value !== undefined) {
        const err = PyDict_SetItem(slots, name, value);
        Py_DECREF(value);
        if (err < 0) {
          Py_DECREF(slots); Py_DECREF(slotnames); Py_DECREF(state);
          return null;
        }
      }
      if (names.length !== n) {
        Py_DECREF(slots); Py_DECREF(slotnames); Py_DECREF(state);
        return PyErr_SetString(PyExc_RuntimeError, "__slotsname__ changed size during iteration");
      }
    }
    if (PyDict_Size(slots) > 0) {
      const pair = PyTuple_FromArray([state, slots]);
      Py_DECREF(state);
      state = pair;
    }
    Py_DECREF(slots);
  }
  Py_DECREF(slotnames);
  return state;
}

/** @cpython object___getstate__ */
function object___getstate__(self: PyObject): PyObject | null {
  return object_getstate_default(self, false);
}

/** @cpython object_getstate: calls an overriding __getstate__, else the default with `required`. */
function object_getstate(obj: PyObject, required: boolean): PyObject | null {
  const getstate = PyObject_GetAttr(obj, _PyUnicode_FromId("__getstate__"));
  if (getstate === null) return null;
  let state: PyObject | null;
  if (getstate instanceof PyCFunctionObject && getstate.m_self === obj && getstate.m_ml.ml_meth === object___getstate__) {
    state = object_getstate_default(obj, required);
  } else state = PyObject_CallNoArgs(getstate);
  Py_DECREF(getstate);
  return state;
}

/** @cpython _PyObject_GetState: the pickling state (object.__getstate__ or an override). @returns new */
export function _PyObject_GetState(obj: PyObject): PyObject | null {
  return object_getstate(obj, false);
}

/** @cpython _PyObject_GetNewArguments: [args, kwargs] from __getnewargs_ex__/__getnewargs__ (nulls when neither). */
function _PyObject_GetNewArguments(obj: PyObject): [PyObject | null, PyObject | null] | null {
  const ex = lookup_maybe_method(obj, _PyUnicode_FromId("__getnewargs_ex__"));
  if (ex !== null) {
    const r = ex.unbound ? PyObject_CallOneArg(ex.func, obj) : PyObject_CallNoArgs(ex.func);
    Py_DECREF(ex.func);
    if (r === null) return null;
    if (!PyTuple_Check(r)) {
      PyErr_SetString(PyExc_TypeError, `__getnewargs_ex__ should return a tuple, not '${_PyType_Name(r.ob_type)}'`);
      Py_DECREF(r);
      return null;
    }
    const items = (r as PyTupleObject).ob_item;
    if (items.length !== 2) {
      PyErr_SetString(PyExc_ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${items.length}`);
      Py_DECREF(r);
      return null;
    }
    const [a, k] = items;
    if (!PyTuple_Check(a)) {
      PyErr_SetString(PyExc_TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${_PyType_Name(a.ob_type)}'`);
      Py_DECREF(r);
      return null;
    }
    if (!PyDict_Check(k)) {
      PyErr_SetString(PyExc_TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${_PyType_Name(k.ob_type)}'`);
      Py_DECREF(r);
      return null;
    }
    Py_INCREF(a); Py_INCREF(k);
    Py_DECREF(r);
    return [a, k];
  }
  if (PyErr_Occurred()) return null;
  const gn = lookup_maybe_method(obj, _PyUnicode_FromId("__getnewargs__"));
  if (gn !== null) {
    const r = gn.unbound ? PyObject_CallOneArg(gn.func, obj) : PyObject_CallNoArgs(gn.func);
    Py_DECREF(gn.func);
    if (r === null) return null;
    if (!PyTuple_Check(r)) {
      PyErr_SetString(PyExc_TypeError, `__getnewargs__ should return a tuple, not '${_PyType_Name(r.ob_type)}'`);
      Py_DECREF(r);
      return null;
    }
    return [r, null];
  }
  if (PyErr_Occurred()) return null;
  return [null, null];
}

/** iter(o) for the list/dict cases below (typeobject does not import abstract.ts). */
function get_iter(o: PyObject): PyObject | null {
  const f = o.ob_type.tp_iter;
  if (!f) return PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(o.ob_type)}' object is not iterable`);
  return f(o);
}

/** @cpython _PyObject_GetItemsIter: iterators over list items / dict items for list and dict subclasses. */
function _PyObject_GetItemsIter(obj: PyObject): [PyObject, PyObject] | null {
  let listitems: PyObject;
  let dictitems: PyObject;
  if (obj.ob_type.tp_flags & Py_TPFLAGS_LIST_SUBCLASS) {
    const it = get_iter(obj);
    if (it === null) return null;
    listitems = it;
  } else listitems = Py_NewNone();
  if (obj.ob_type.tp_flags & Py_TPFLAGS_DICT_SUBCLASS) {
    const items = PyObject_CallMethod(obj, "items", []);
    if (items === null) { Py_DECREF(listitems); return null; }
    const it = get_iter(items);
    Py_DECREF(items);
    if (it === null) { Py_DECREF(listitems); return null; }
    dictitems = it;
  } else dictitems = Py_NewNone();
  return [listitems, dictitems];
}

/** @cpython reduce_newobj: the protocol 2+ reduction through copyreg.__newobj__/__newobj_ex__. */
function reduce_newobj(obj: PyObject): PyObject | null {
  const tp = obj.ob_type;
  if (tp.tp_new === null) return PyErr_SetString(PyExc_TypeError, `cannot pickle '${_PyType_Name(tp)}' object`);
  const got = _PyObject_GetNewArguments(obj);
  if (got === null) return null;
  let [args, kwargs] = got;
  const hasargs = args !== null;
  const copyreg = import_copyreg();
  if (copyreg === null) { Py_XDECREF(args); Py_XDECREF(kwargs); return null; }
  let newobj: PyObject | null;
  let newargs: PyObject;
  if (kwargs === null || PyDict_Size(kwargs) === 0) {
    newobj = PyObject_GetAttrString(copyreg, "__newobj__");
    const rest = args === null ? [] : (args as PyTupleObject).ob_item;
    newargs = PyTuple_FromArray([tp, ...rest]);
  } else {
    newobj = PyObject_GetAttrString(copyreg, "__newobj_ex__");
    newargs = PyTuple_FromArray([tp, args!, kwargs]);
  }
  Py_DECREF(copyreg);
  Py_XDECREF(args); Py_XDECREF(kwargs);
  if (newobj === null) { Py_DECREF(newargs); return null; }
  const state = object_getstate(obj, !(hasargs || obj instanceof PyListObject || PyDict_Check(obj)));
  if (state === null) { Py_DECREF(newobj); Py_DECREF(newargs); return null; }
  const iters = _PyObject_GetItemsIter(obj);
  if (iters === null) { Py_DECREF(newobj); Py_DECREF(newargs); Py_DECREF(state); return null; }
  const result = PyTuple_FromArray([newobj, newargs, state, iters[0], iters[1]]);
  Py_DECREF(newobj); Py_DECREF(newargs); Py_DECREF(state); Py_DECREF(iters[0]); Py_DECREF(iters[1]);
  return result;
}

/** @cpython _common_reduce: protocol 2+ is reduce_newobj, older ones copyreg._reduce_ex. */
function _common_reduce(self: PyObject, proto: number): PyObject | null {
  if (proto >= 2) return reduce_newobj(self);
  const copyreg = import_copyreg();
  if (copyreg === null) return null;
  const p = PyLong_FromNumber(proto);
  const res = PyObject_CallMethod(copyreg, "_reduce_ex", [self, p]);
  Py_DECREF(p);
  Py_DECREF(copyreg);
  return res;
}

/** @cpython object___reduce__ */
function object___reduce__(self: PyObject): PyObject | null {
  return _common_reduce(self, 0);
}

/** @cpython object___reduce_ex__: an overriding __reduce__ wins, else _common_reduce. */
function object___reduce_ex__(self: PyObject, protocol: PyObject): PyObject | null {
  const proto = PyLong_AsSsize_t(protocol);
  if (proto === -1 && PyErr_Occurred()) return null;
  const objreduce = PyBaseObject_Type.tp_dict === null ? null : PyDict_GetItemString(PyBaseObject_Type.tp_dict, "__reduce__");
  const reduce = _PyObject_LookupAttr(self, _PyUnicode_FromId("__reduce__"));
  if (reduce === null) return null;
  if (reduce !== undefined) {
    const clsreduce = PyObject_GetAttr(self.ob_type, _PyUnicode_FromId("__reduce__"));
    if (clsreduce === null) { Py_DECREF(reduce); return null; }
    const override = clsreduce !== objreduce;
    Py_DECREF(clsreduce);
    if (override) {
      const res = PyObject_CallNoArgs(reduce);
      Py_DECREF(reduce);
      return res;
    }
    Py_DECREF(reduce);
  }
  return _common_reduce(self, proto);
}

const object_methods: PyMethodDef[] = [
  { ml_name: "__reduce_ex__", ml_meth: object___reduce_ex__, ml_flags: METH_O },
  { ml_name: "__reduce__", ml_meth: object___reduce__, ml_flags: METH_NOARGS },
  { ml_name: "__getstate__", ml_meth: object___getstate__, ml_flags: METH_NOARGS },
  { ml_name: "__subclasshook__", ml_meth: object___subclasshook__, ml_flags: METH_CLASS | METH_FASTCALL },
  { ml_name: "__init_subclass__", ml_meth: object___init_subclass__, ml_flags: METH_CLASS | METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "__format__", ml_meth: object___format__, ml_flags: METH_O },
  { ml_name: "__sizeof__", ml_meth: object___sizeof__, ml_flags: METH_NOARGS },
  { ml_name: "__dir__", ml_meth: object___dir__, ml_flags: METH_NOARGS },
];

/** @cpython PyBaseObject_Type */
export const PyBaseObject_Type: PyTypeObject = new PyTypeObject({
  tp_name: "object", tp_basicsize: 16, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_dealloc: object_dealloc, tp_repr: object_repr, tp_str: object_str, tp_hash: _Py_HashPointerObject,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_richcompare: object_richcompare, tp_init: object_init, tp_new: object_new,
  tp_methods: object_methods,
  tp_getset: [{ name: "__class__", get: object_get_class, set: object_set_class }],
  tp_doc: "object()\n--\n\nThe base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
});

// -- type --------------------------------------------------------------------------------------

/** The __module__ of a type as a JS string, or null. */
export function type_module_string(type: PyTypeObject): string | null {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const m = type.tp_dict === null ? null : PyDict_GetItemString(type.tp_dict, "__module__");
    return m !== null && PyUnicode_Check(m) ? (m as PyUnicodeObject).str : null;
  }
  const dot = type.tp_name.lastIndexOf(".");
  return dot >= 0 ? type.tp_name.slice(0, dot) : "builtins";
}

/** @cpython type_repr: `<class 'module.Qualname'>` */
function type_repr(self: PyObject): PyObject | null {
  const type = self as PyTypeObject;
  const mod = type_module_string(type);
  const name = type.tp_flags & Py_TPFLAGS_HEAPTYPE ? type.ht_qualname : type.tp_name;
  if (mod !== null && mod !== "builtins" && type.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    return PyUnicode_FromString(`<class '${mod}.${name}'>`);
  }
  return PyUnicode_FromString(`<class '${name}'>`);
}

/**
 * @cpython type_call: `C(...)` = C.__new__(C, ...), then __init__ on the result when it is
 * an instance of C. `type(x)` with one argument answers x's type.
 */
function type_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const type = self as PyTypeObject;
  if (type === PyType_Type && args.length === 1 && kwnames === null) {
    const t = args[0].ob_type;
    Py_INCREF(t);
    return t;
  }
  if (type.tp_new === null) {
    return PyErr_SetString(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  }
  const obj = type.tp_new(type, args, kwnames);
  if (obj === null) return null;
  if (!PyType_IsSubtype(obj.ob_type, type)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    if (init(obj, args, kwnames) < 0) {
      Py_DECREF(obj);
      return null;
    }
  }
  return obj;
}

/** @cpython type_getattro: like the generic one, with the metatype's data descriptors first. */
function type_getattro(self: PyObject, name: PyObject): PyObject | null {
  const type = self as PyTypeObject;
  if (!PyUnicode_Check(name)) {
    return PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${_PyType_Name(name.ob_type)}'`);
  }
  const metatype = type.ob_type;
  const meta_attribute = _PyType_Lookup(metatype, name);
  let meta_get: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject | null) | null = null;
  if (meta_attribute !== null) {
    Py_INCREF(meta_attribute);
    meta_get = meta_attribute.ob_type.tp_descr_get;
    if (meta_get !== null && PyDescr_IsData(meta_attribute)) {
      const res = meta_get(meta_attribute, type, metatype);
      Py_DECREF(meta_attribute);
      return res;
    }
  }
  const attribute = _PyType_Lookup(type, name);
  if (attribute !== null) {
    Py_INCREF(attribute);
    const local_get = attribute.ob_type.tp_descr_get;
    if (meta_attribute !== null) Py_DECREF(meta_attribute);
    if (local_get !== null) {
      const res = local_get(attribute, null, type);
      Py_DECREF(attribute);
      return res;
    }
    return attribute;
  }
  if (meta_get !== null) {
    const res = meta_get(meta_attribute!, type, metatype);
    Py_DECREF(meta_attribute!);
    return res;
  }
  if (meta_attribute !== null) return meta_attribute;
  return PyErr_SetString(PyExc_AttributeError,
    `type object '${type.tp_name}' has no attribute '${(name as PyUnicodeObject).str}'`);
}

/** @cpython type_setattro: static types are immutable; setting a dunder updates the slots. */
function type_setattro(self: PyObject, name: PyObject, value: PyObject | null): number {
  const type = self as PyTypeObject;
  if (type.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
    const r = PyObject_Repr(name);
    if (r === null) return -1;
    const rs = (r as PyUnicodeObject).str;
    Py_DECREF(r);
    return PyErr_SetStringInt(PyExc_TypeError, `cannot set ${rs} attribute of immutable type '${type.tp_name}'`);
  }
  if (!PyUnicode_Check(name)) {
    return PyErr_SetStringInt(PyExc_TypeError, `attribute name must be string, not '${_PyType_Name(name.ob_type)}'`);
  }
  PyUnicode_InternInPlace(name as PyUnicodeObject);
  const res = PyObject_GenericSetAttr_ForType(type, name, value);
  if (res === 0) {
    PyType_Modified(type);
    const s = (name as PyUnicodeObject).str;
    if (s.startsWith("__") && s.endsWith("__")) update_slot(type, s);
  }
  return res;
}

/** Generic setattr on a type object: its "instance dict" is tp_dict. */
function PyObject_GenericSetAttr_ForType(type: PyTypeObject, name: PyObject, value: PyObject | null): number {
  const meta = type.ob_type;
  const descr = _PyType_Lookup(meta, name);
  if (descr !== null && descr.ob_type.tp_descr_set !== null) return descr.ob_type.tp_descr_set(descr, type, value);
  if (value === null) {
    const r = PyDict_DelItem(type.tp_dict!, name);
    if (r < 0) {
      PyErr_Clear();
      return PyErr_SetStringInt(PyExc_AttributeError,
        `type object '${type.tp_name}' has no attribute '${(name as PyUnicodeObject).str}'`);
    }
    return r;
  }
  return PyDict_SetItem(type.tp_dict!, name, value);
}

function type_name_get(self: PyObject): PyObject {
  const t = self as PyTypeObject;
  // A heap type's name is one str object in CPython (ht_name), so `C.__name__ is C.__name__`
  // holds (inspect.classify_class_attrs relies on it): hand out the interned str.
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) return PyUnicode_InternFromString(t.ht_name ?? _PyType_Name(t));
  return PyUnicode_FromString(_PyType_Name(t));
}
function type_name_set(self: PyObject, value: PyObject | null): number {
  const t = self as PyTypeObject;
  if (!check_set_special_type_attr(t, value, "__name__")) return -1;
  if (!PyUnicode_Check(value!)) {
    return PyErr_SetStringInt(PyExc_TypeError, `can only assign string to ${t.tp_name}.__name__, not '${_PyType_Name(value!.ob_type)}'`);
  }
  if (type_check_name_text(value!) < 0) return -1;
  t.ht_name = (value as PyUnicodeObject).str;
  t.tp_name = t.ht_name;
  return 0;
}
/**
 * The checks CPython's tp_name conversion makes on a class name (PyUnicode_AsUTF8AndSize and
 * the strlen comparison): lone surrogates raise UnicodeEncodeError, NULs ValueError.
 */
function type_check_name_text(value: PyObject): number {
  const str = (value as PyUnicodeObject).str;
  if (/[\ud800-\udfff]/.test(str)) {
    const b = PyUnicode_AsUTF8String(value);
    if (b === null) return -1;
    Py_DECREF(b);
  }
  if (str.includes("\0")) return PyErr_SetStringInt(PyExc_ValueError, "type name must not contain null characters");
  return 0;
}
function type_qualname_get(self: PyObject): PyObject {
  const t = self as PyTypeObject;
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) return PyUnicode_InternFromString(t.ht_qualname);
  return PyUnicode_FromString(_PyType_Name(t));
}
function type_qualname_set(self: PyObject, value: PyObject | null): number {
  const t = self as PyTypeObject;
  if (!check_set_special_type_attr(t, value, "__qualname__")) return -1;
  if (!PyUnicode_Check(value!)) {
    return PyErr_SetStringInt(PyExc_TypeError, `can only assign string to ${t.tp_name}.__qualname__, not '${_PyType_Name(value!.ob_type)}'`);
  }
  t.ht_qualname = (value as PyUnicodeObject).str;
  return 0;
}
function check_set_special_type_attr(t: PyTypeObject, value: PyObject | null, name: string): boolean {
  if (t.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
    PyErr_SetString(PyExc_TypeError, `cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
    return false;
  }
  if (value === null) {
    PyErr_SetString(PyExc_TypeError, `cannot delete '${name}' attribute of immutable type '${t.tp_name}'`);
    return false;
  }
  return true;
}
function type_module_get(self: PyObject): PyObject | null {
  const t = self as PyTypeObject;
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const m = PyDict_GetItemString(t.tp_dict!, "__module__");
    if (m === null) return PyErr_SetString(PyExc_AttributeError, "__module__");
    Py_INCREF(m);
    return m;
  }
  return PyUnicode_FromString(type_module_string(t) ?? "builtins");
}
function type_module_set(self: PyObject, value: PyObject | null): number {
  const t = self as PyTypeObject;
  if (!check_set_special_type_attr(t, value, "__module__")) return -1;
  PyType_Modified(t);
  return PyDict_SetItemString(t.tp_dict!, "__module__", value!);
}
function type_get_bases(self: PyObject): PyObject {
  const b = (self as PyTypeObject).tp_bases!;
  Py_INCREF(b);
  return b;
}
/** Recompute the MRO of `type` and of every subclass; the old MROs go to `undo` (mro_hierarchy). */
function mro_hierarchy(type: PyTypeObject, undo: [PyTypeObject, PyTupleObject | null][]): number {
  const old = type.tp_mro;
  if (mro_internal(type) < 0) return -1;
  undo.push([type, old]);
  for (const sub of liveSubclasses(type)) if (mro_hierarchy(sub, undo) < 0) return -1;
  return 0;
}

/** @cpython type_is_subtype_base_chain: is `b` reached from `a` along tp_base links. */
function type_is_subtype_base_chain(a: PyTypeObject, b: PyTypeObject): boolean {
  let t: PyTypeObject | null = a;
  while (t !== null) {
    if (t === b) return true;
    t = t.tp_base;
  }
  return b === PyBaseObject_Type;
}

/** @cpython type_set_bases: replace __bases__ after checking the new bases fit the layout. */
function type_set_bases(self: PyObject, value: PyObject | null): number {
  const type = self as PyTypeObject;
  if (!check_set_special_type_attr(type, value, "__bases__")) return -1;
  const name = _PyType_Name(type);
  if (!PyTuple_Check(value!)) {
    return PyErr_SetStringInt(PyExc_TypeError, `can only assign tuple to ${name}.__bases__, not ${_PyType_Name(value!.ob_type)}`);
  }
  const items = (value as PyTupleObject).ob_item;
  if (items.length === 0) return PyErr_SetStringInt(PyExc_TypeError, `can only assign non-empty tuple to ${name}.__bases__, not ()`);
  for (const ob of items) {
    if (!PyType_Check(ob)) {
      return PyErr_SetStringInt(PyExc_TypeError, `${name}.__bases__ must be tuple of classes, not '${_PyType_Name(ob.ob_type)}'`);
    }
    if (PyType_IsSubtype(ob, type) || (ob.tp_mro !== null && type_is_subtype_base_chain(ob, type))) {
      return PyErr_SetStringInt(PyExc_TypeError, "a __bases__ item causes an inheritance cycle");
    }
  }
  const new_base = best_base(items);
  if (new_base === null) return -1;
  const old_base = type.tp_base ?? PyBaseObject_Type;
  const newsolid = solid_base(new_base), oldsolid = solid_base(old_base);
  if (newsolid !== oldsolid || new_base.tp_nslots !== old_base.tp_nslots && (newsolid.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    const what = !(newsolid.tp_flags & Py_TPFLAGS_HEAPTYPE) && !(oldsolid.tp_flags & Py_TPFLAGS_HEAPTYPE) ? "deallocator" : "object layout";
    return PyErr_SetStringInt(PyExc_TypeError, `__bases__ assignment: '${new_base.tp_name}' ${what} differs from '${old_base.tp_name}'`);
  }
  const old_bases = type.tp_bases!;
  Py_INCREF(value!);
  type.tp_bases = value as PyTupleObject;
  type.tp_base = new_base;
  const undo: [PyTypeObject, PyTupleObject | null][] = [];
  if (mro_hierarchy(type, undo) < 0) {
    for (let i = undo.length - 1; i >= 0; i--) undo[i][0].tp_mro = undo[i][1];
    type.tp_bases = old_bases;
    type.tp_base = old_base;
    Py_DECREF(value!);
    return -1;
  }
  // Move `type` from the old bases' subclass lists to the new bases'.
  for (const b of old_bases.ob_item as PyTypeObject[]) {
    const i = b.tp_subclasses.findIndex((r) => r.deref() === type);
    if (i >= 0) b.tp_subclasses.splice(i, 1);
  }
  for (const b of items as PyTypeObject[]) b.tp_subclasses.push(new WeakRef(type));
  PyType_Modified(type);
  const refix = (t: PyTypeObject) => {
    fixup_slot_dispatchers(t);
    for (const sub of liveSubclasses(t)) refix(sub);
  };
  refix(type);
  Py_DECREF(old_bases);
  return 0;
}
function type_get_mro(self: PyObject): PyObject {
  const m = (self as PyTypeObject).tp_mro;
  if (m === null) return Py_NewNone();
  Py_INCREF(m);
  return m;
}
function type_get_base(self: PyObject): PyObject {
  const b = (self as PyTypeObject).tp_base;
  if (b === null) return Py_NewNone();
  Py_INCREF(b);
  return b;
}
function type_get_dict(self: PyObject): PyObject | null {
  return PyDictProxy_NewRef((self as PyTypeObject).tp_dict!);
}
function type_get_doc(self: PyObject): PyObject | null {
  const t = self as PyTypeObject;
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) return _PyType_GetDocFromInternalDoc(t.tp_name, t.tp_doc);
  const d = PyDict_GetItemString(t.tp_dict!, "__doc__");
  if (d === null) return Py_NewNone();
  const get = d.ob_type.tp_descr_get;
  if (get !== null) return get(d, null, t);
  Py_INCREF(d);
  return d;
}
/** @cpython type_set_doc: a class's __doc__ lives in its __dict__. */
function type_set_doc(self: PyObject, value: PyObject | null): number {
  const t = self as PyTypeObject;
  if (!check_set_special_type_attr(t, value, "__doc__")) return -1;
  PyType_Modified(t);
  return PyDict_SetItemString(t.tp_dict!, "__doc__", value!);
}
function type_get_abstractmethods(self: PyObject): PyObject | null {
  const t = self as PyTypeObject;
  const r = t !== PyType_Type && t.tp_dict !== null ? PyDict_GetItemString(t.tp_dict, "__abstractmethods__") : null;
  if (r === null) return PyErr_SetString(PyExc_AttributeError, "__abstractmethods__");
  Py_INCREF(r);
  return r;
}
function type_set_abstractmethods(self: PyObject, value: PyObject | null): number {
  const t = self as PyTypeObject;
  let abstract = 0;
  if (value !== null) {
    abstract = PyObject_IsTrue(value);
    if (abstract < 0) return -1;
    if (PyDict_SetItemString(t.tp_dict!, "__abstractmethods__", value) < 0) return -1;
  } else {
    if (PyDict_DelItem(t.tp_dict!, _PyUnicode_FromId("__abstractmethods__")) < 0) {
      PyErr_Clear();
      return PyErr_SetStringInt(PyExc_AttributeError, "__abstractmethods__");
    }
  }
  PyType_Modified(t);
  if (abstract) t.tp_flags |= Py_TPFLAGS_IS_ABSTRACT;
  else t.tp_flags &= ~Py_TPFLAGS_IS_ABSTRACT;
  return 0;
}
function type_get_annotations(self: PyObject): PyObject | null {
  const t = self as PyTypeObject;
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    return PyErr_SetString(PyExc_AttributeError, `type object '${t.tp_name}' has no attribute '__annotations__'`);
  }
  let ann = PyDict_GetItemString(t.tp_dict!, "__annotations__");
  if (ann !== null) {
    const get = ann.ob_type.tp_descr_get;
    if (get !== null) return get(ann, null, t);
    Py_INCREF(ann);
    return ann;
  }
  ann = PyDict_New();
  PyDict_SetItemString(t.tp_dict!, "__annotations__", ann);
  PyType_Modified(t);
  return ann;
}
function type_set_annotations(self: PyObject, value: PyObject | null): number {
  const t = self as PyTypeObject;
  if (t.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
    return PyErr_SetStringInt(PyExc_TypeError, `cannot set '__annotations__' attribute of immutable type '${t.tp_name}'`);
  }
  let r: number;
  if (value !== null) r = PyDict_SetItemString(t.tp_dict!, "__annotations__", value);
  else {
    r = PyDict_DelItem(t.tp_dict!, _PyUnicode_FromId("__annotations__"));
    if (r < 0) {
      PyErr_Clear();
      return PyErr_SetStringInt(PyExc_AttributeError, "__annotations__");
    }
  }
  PyType_Modified(t);
  return r;
}
/**
 * @cpython find_signature: where a docstring's "name(...)" signature starts (at the "("),
 * or -1. Only the last component of a dotted name is looked for.
 */
function find_signature(name: string, doc: string): number {
  const dot = name.lastIndexOf(".");
  if (dot >= 0) name = name.slice(dot + 1);
  if (!doc.startsWith(name) || doc[name.length] !== "(") return -1;
  return name.length;
}

/** @cpython skip_signature: the index just after the ")\n--\n\n" closing a signature, or -1. */
function skip_signature(doc: string, start: number): number {
  for (let i = start; i < doc.length; i++) {
    if (doc.startsWith(")\n--\n\n", i)) return i + 6;
    if (doc[i] === "\n" && doc[i + 1] === "\n") return -1;
  }
  return -1;
}

/** @cpython _PyType_DocWithoutSignature: the docstring without its leading signature. */
export function _PyType_DocWithoutSignature(name: string, internal_doc: string): string {
  const start = find_signature(name, internal_doc);
  if (start >= 0) {
    const end = skip_signature(internal_doc, start);
    if (end >= 0) return internal_doc.slice(end);
  }
  return internal_doc;
}

/** @cpython _PyType_GetDocFromInternalDoc: __doc__ of a native object (None when empty). */
export function _PyType_GetDocFromInternalDoc(name: string, internal_doc: string | null | undefined): PyObject {
  if (internal_doc === null || internal_doc === undefined) return Py_NewNone();
  const doc = _PyType_DocWithoutSignature(name, internal_doc);
  return doc === "" ? Py_NewNone() : PyUnicode_FromString(doc);
}

/** @cpython _PyType_GetTextSignatureFromInternalDoc: "(...)" from the docstring, or None. */
export function _PyType_GetTextSignatureFromInternalDoc(name: string, internal_doc: string | null | undefined): PyObject {
  if (internal_doc === null || internal_doc === undefined) return Py_NewNone();
  const start = find_signature(name, internal_doc);
  if (start < 0) return Py_NewNone();
  const end = skip_signature(internal_doc, start);
  if (end < 0) return Py_NewNone();
  return PyUnicode_FromString(internal_doc.slice(start, end - 5));
}

/** @cpython type_get_text_signature */
function type_text_signature(self: PyObject): PyObject {
  const t = self as PyTypeObject;
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) return Py_NewNone();
  return _PyType_GetTextSignatureFromInternalDoc(t.tp_name, t.tp_doc);
}

/** @cpython type_mro_impl: the default MRO, C3. */
function type_mro_method(self: PyObject): PyObject | null {
  const mro = mro_implementation(self as PyTypeObject);
  if (mro === null) return null;
  const list = PyList_New(0);
  for (const t of mro) PyList_Append(list, t);
  return list;
}

/** @cpython type___subclasses___impl */
function type___subclasses__(self: PyObject): PyObject {
  const list = PyList_New(0);
  for (const t of liveSubclasses(self as PyTypeObject)) PyList_Append(list, t);
  return list;
}

/** @cpython type___instancecheck___impl */
function type___instancecheck__(self: PyObject, inst: PyObject): PyObject | null {
  const r = _PyObject_RealIsInstance(inst, self);
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython type___subclasscheck___impl */
function type___subclasscheck__(self: PyObject, sub: PyObject): PyObject | null {
  const r = _PyObject_RealIsSubclass(sub, self);
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython type_prepare: the namespace of a class body, a plain dict. */
function type_prepare(_self: PyObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  return PyDict_New();
}

/** @cpython type___sizeof___impl: a heap type counts the keys its instances share. */
function type___sizeof__(self: PyObject): PyObject {
  const t = self as PyTypeObject;
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) return PyLong_FromNumber(408);
  let size = 904;
  if (t.ht_cached_keys !== null) size += _PyDict_KeysSize(t.ht_cached_keys);
  return PyLong_FromNumber(size);
}

/** @cpython type___dir___impl: the attributes of the class and of its bases. */
function type___dir__(self: PyObject): PyObject | null {
  const dict = PyDict_New();
  if (merge_class_dict(dict, self) < 0) {
    Py_DECREF(dict);
    return null;
  }
  const r = PyDict_Keys(dict);
  Py_DECREF(dict);
  return r;
}

const type_methods: PyMethodDef[] = [
  { ml_name: "mro", ml_meth: type_mro_method, ml_flags: METH_NOARGS },
  { ml_name: "__subclasses__", ml_meth: type___subclasses__, ml_flags: METH_NOARGS },
  { ml_name: "__prepare__", ml_meth: type_prepare, ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS },
  { ml_name: "__instancecheck__", ml_meth: type___instancecheck__, ml_flags: METH_O },
  { ml_name: "__subclasscheck__", ml_meth: type___subclasscheck__, ml_flags: METH_O },
  { ml_name: "__dir__", ml_meth: type___dir__, ml_flags: METH_NOARGS },
  { ml_name: "__sizeof__", ml_meth: type___sizeof__, ml_flags: METH_NOARGS },
];

/** @cpython type_init */
function type_init(_self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (kwnames !== null && nargs === 1) {
    return PyErr_SetStringInt(PyExc_TypeError, "type.__init__() takes no keyword arguments");
  }
  if (nargs !== 1 && nargs !== 3) return PyErr_SetStringInt(PyExc_TypeError, "type.__init__() takes 1 or 3 arguments");
  return 0;
}

/** @cpython type_dealloc (heap types only reach zero) */
function type_dealloc(self: PyObject): void {
  const t = self as PyTypeObject;
  if (t.tp_dict !== null) Py_DECREF(t.tp_dict);
  if (t.ht_cached_keys !== null) {
    const keys = t.ht_cached_keys;
    t.ht_cached_keys = null;
    _PyDictKeys_DecRef(keys);
  }
  for (const b of t.tp_bases?.ob_item ?? []) {
    const subs = (b as PyTypeObject).tp_subclasses;
    const i = subs.findIndex((r) => r.deref() === t);
    if (i >= 0) subs.splice(i, 1);
  }
}

/** @cpython PyType_Type */
export const PyType_Type: PyTypeObject = new PyTypeObject({
  tp_name: "type", tp_basicsize: 904, tp_itemsize: 40, tp_weaklistoffset: 368, tp_dictoffset: 264,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS | Py_TPFLAGS_HAVE_GC,
  tp_repr: type_repr, tp_call: type_call, tp_getattro: type_getattro, tp_setattro: type_setattro,
  tp_init: type_init, tp_new: type_new, tp_methods: type_methods, tp_dealloc: type_dealloc,
  tp_hash: _Py_HashPointerObject, nb_or: (a, b) => _Py_union_type_or(a, b),
  tp_getset: [
    { name: "__name__", get: type_name_get, set: type_name_set },
    { name: "__qualname__", get: type_qualname_get, set: type_qualname_set },
    { name: "__bases__", get: type_get_bases, set: type_set_bases },
    { name: "__mro__", get: type_get_mro },
    { name: "__module__", get: type_module_get, set: type_module_set },
    { name: "__abstractmethods__", get: type_get_abstractmethods, set: type_set_abstractmethods },
    { name: "__dict__", get: type_get_dict },
    { name: "__doc__", get: type_get_doc, set: type_set_doc },
    { name: "__text_signature__", get: type_text_signature },
    { name: "__annotations__", get: type_get_annotations, set: type_set_annotations },
  ],
  tp_members: [
    { name: "__base__", get: type_get_base },
    { name: "__basicsize__", get: (t) => PyLong_FromNumber((t as PyTypeObject).tp_basicsize) },
    { name: "__itemsize__", get: (t) => PyLong_FromNumber((t as PyTypeObject).tp_itemsize) },
    { name: "__flags__", get: (t) => PyLong_FromNumber((t as PyTypeObject).tp_flags >>> 0) },
    { name: "__dictoffset__", get: (t) => PyLong_FromNumber((t as PyTypeObject).tp_dictoffset) },
    { name: "__weakrefoffset__", get: (t) => PyLong_FromNumber((t as PyTypeObject).tp_weaklistoffset) },
  ],
});

declare module "../Include/object.ts" {
  interface PyTypeObject {
    /** Heap types: __name__ when it differs from tp_name's tail. */
    ht_name?: string;
  }
}

// -- MRO -----------------------------------------------------------------------------------------

/** @cpython mro_implementation: C3 linearization of the bases' MROs. */
function mro_implementation(type: PyTypeObject): PyTypeObject[] | null {
  const bases = type.tp_bases!.ob_item as PyTypeObject[];
  for (const base of bases) {
    if (base.tp_mro === null) {
      PyErr_SetString(PyExc_TypeError, `Cannot extend an incomplete type '${base.tp_name}'`);
      return null;
    }
  }
  if (bases.length === 1) {
    const base = bases[0];
    return [type, ...(base.tp_mro!.ob_item as PyTypeObject[])];
  }
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) {
        PyErr_SetString(PyExc_TypeError, `duplicate base class ${_PyType_Name(bases[i])}`);
        return null;
      }
    }
  }
  const seqs: PyTypeObject[][] = bases.map((b) => [...(b.tp_mro!.ob_item as PyTypeObject[])]);
  seqs.push([...bases]);
  const result: PyTypeObject[] = [type];
  for (;;) {
    let candidate: PyTypeObject | null = null;
    let empty = true;
    for (const seq of seqs) {
      if (seq.length === 0) continue;
      empty = false;
      const head = seq[0];
      if (!seqs.some((s) => s.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (empty) return result;
    if (candidate === null) {
      const heads: string[] = [];
      for (const seq of seqs) {
        if (seq.length && !heads.includes(_PyType_Name(seq[0]))) heads.push(_PyType_Name(seq[0]));
      }
      // set_mro_error lists every remaining head, in the order of the lists being merged.
      PyErr_SetString(PyExc_TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
      return null;
    }
    result.push(candidate);
    for (const seq of seqs) if (seq[0] === candidate) seq.shift();
  }
}

/** mro_internal: computes tp_mro, calling a metaclass's own mro() if it overrides it. */
function mro_internal(type: PyTypeObject): number {
  let mro: PyObject[] | null;
  // mro_invoke: a metaclass other than type may define mro(); its result is checked.
  const custom = type.ob_type !== PyType_Type;
  if (custom) {
    const res = vectorcall_method(_PyUnicode_FromId("mro"), [type]);
    if (res === null) return -1;
    mro = iterToArray(res);
    Py_DECREF(res);
  } else {
    mro = mro_implementation(type);
  }
  if (mro === null) return -1;
  if (mro.length === 0) {
    PyErr_SetString(PyExc_TypeError, "type MRO must not be empty");
    return -1;
  }
  if (custom && mro_check(type, mro) < 0) return -1;
  type.tp_mro = PyTuple_FromArray(mro);
  return 0;
}

/** @cpython mro_check: a custom mro() may only list classes whose layout the type extends. */
function mro_check(type: PyTypeObject, mro: PyObject[]): number {
  const solid = solid_base(type);
  for (const obj of mro) {
    if (!PyType_Check(obj)) {
      PyErr_SetString(PyExc_TypeError, `mro() returned a non-class ('${obj.ob_type.tp_name}')`);
      return -1;
    }
    if (!PyType_IsSubtype(solid, solid_base(obj))) {
      PyErr_SetString(PyExc_TypeError, `mro() returned base with unsuitable layout ('${obj.tp_name}')`);
      return -1;
    }
  }
  return 0;
}

/** Late-bound helper to turn an iterable into an array (abstract.ts registers it). */
export const iterToArrayRef: { fn: ((o: PyObject) => PyObject[] | null) | null } = { fn: null };
function iterToArray(o: PyObject): PyObject[] | null {
  return iterToArrayRef.fn!(o);
}

// -- PyType_Ready --------------------------------------------------------------------------------

/** The subclass flag a type passes to its subtypes. */
const SUBCLASS_FLAGS = Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_TUPLE_SUBCLASS |
  Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_DICT_SUBCLASS |
  Py_TPFLAGS_BASE_EXC_SUBCLASS | Py_TPFLAGS_TYPE_SUBCLASS;

/**
 * @cpython PyType_Ready: finish a type. Static types call this once from pylifecycle;
 * classes built by type_new call it too.
 */
export function PyType_Ready(type: PyTypeObject): number {
  if (type.tp_flags & Py_TPFLAGS_READY) return 0;
  if (type.ob_type === null) type.ob_type = PyType_Type;
  if (type.tp_base === null && type !== PyBaseObject_Type) type.tp_base = PyBaseObject_Type;
  const base = type.tp_base;
  // _PyType_IsReady is "has a tp_dict": a base still inside its own PyType_Ready (a metaclass's
  // mro() creating a subclass) is not readied a second time.
  if (base !== null && base.tp_dict === null && PyType_Ready(base) < 0) return -1;
  if (type.tp_bases === null) type.tp_bases = base === null ? PyTuple_New(0) : PyTuple_FromArray([base]);
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) type.tp_flags |= Py_TPFLAGS_IMMUTABLETYPE;
  if (type.tp_dict === null) type.tp_dict = PyDict_New();
  if (type_add_methods(type) < 0) return -1;
  if (base !== null) type.tp_flags |= base.tp_flags & SUBCLASS_FLAGS;
  if (mro_internal(type) < 0) return -1;
  // type_ready_set_new: tp_new comes from tp_base only (for `class D(B, int)` that is int, not
  // the object.__new__ that B inherited), before the other slots are inherited.
  if (type.tp_new === null && base === PyBaseObject_Type && !(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    type.tp_flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
  }
  if (type.tp_new === null && base !== null) type.tp_new = base.tp_new;
  // Inherit slots from every class along the MRO, nearest first (inherit_slots).
  const mro = type.tp_mro!.ob_item as PyTypeObject[];
  for (let i = 1; i < mro.length; i++) inherit_slots(type, mro[i]);
  // type_ready_set_new: a type made only from native code has no tp_new (and no __new__).
  if (type.tp_flags & Py_TPFLAGS_DISALLOW_INSTANTIATION) type.tp_new = null;
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE)) add_operators(type);
  // type_ready_managed_dict: a class whose instances keep a managed dict gets the keys they share.
  if ((type.tp_flags & (Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_HEAPTYPE)) === (Py_TPFLAGS_MANAGED_DICT | Py_TPFLAGS_HEAPTYPE) &&
      type.ht_cached_keys === null) {
    type.ht_cached_keys = _PyDict_NewKeysForClass();
  }
  for (const b of type.tp_bases.ob_item as PyTypeObject[]) b.tp_subclasses.push(new WeakRef(type));
  type.tp_flags |= Py_TPFLAGS_READY;
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE) && type.tp_doc !== null && PyDict_GetItemString(type.tp_dict, "__doc__") === null) {
    const doc = PyUnicode_FromString(_PyType_DocWithoutSignature(type.tp_name, type.tp_doc));
    PyDict_SetItemString(type.tp_dict, "__doc__", doc);
    Py_DECREF(doc);
  } else if (PyDict_GetItemString(type.tp_dict, "__doc__") === null) {
    PyDict_SetItemString(type.tp_dict, "__doc__", Py_None);
  }
  // type_ready_set_hash: a type left without tp_hash after inheriting (it defines __eq__ but
  // not __hash__, see overrides_hash) is unhashable, and says so with __hash__ = None in its
  // own dict; a class that inherited an unhashable tp_hash gets no dict entry.
  if (type.tp_hash === null) {
    if (PyDict_GetItemString(type.tp_dict, "__hash__") === null) PyDict_SetItemString(type.tp_dict, "__hash__", Py_None);
    type.tp_hash = PyObject_HashNotImplemented;
  }
  return 0;
}

/**
 * The slot fields copied from a base when the type leaves them empty (the COPYSLOT lines
 * of inherit_slots). Written out field by field: V8 makes each `t.tp_x` a fast named
 * access, where a loop over field names (`t[name]`) costs some 30 times more per class.
 */
function copy_inherited_slots(t: PyTypeObject, b: PyTypeObject): void {
  if (t.tp_dealloc === null) t.tp_dealloc = b.tp_dealloc;
  if (t.tp_repr === null) t.tp_repr = b.tp_repr;
  if (t.tp_str === null) t.tp_str = b.tp_str;
  if (t.tp_call === null) t.tp_call = b.tp_call;
  if (t.tp_getattro === null) t.tp_getattro = b.tp_getattro;
  if (t.tp_setattro === null) t.tp_setattro = b.tp_setattro;
  if (t.tp_iter === null) t.tp_iter = b.tp_iter;
  if (t.tp_iternext === null) t.tp_iternext = b.tp_iternext;
  if (t.tp_descr_get === null) t.tp_descr_get = b.tp_descr_get;
  if (t.tp_descr_set === null) t.tp_descr_set = b.tp_descr_set;
  if (t.tp_init === null) t.tp_init = b.tp_init;
  if (t.tp_alloc === null) t.tp_alloc = b.tp_alloc;
  if (t.tp_finalize === null) t.tp_finalize = b.tp_finalize;
  if (t.nb_add === null) t.nb_add = b.nb_add;
  if (t.nb_subtract === null) t.nb_subtract = b.nb_subtract;
  if (t.nb_multiply === null) t.nb_multiply = b.nb_multiply;
  if (t.nb_remainder === null) t.nb_remainder = b.nb_remainder;
  if (t.nb_divmod === null) t.nb_divmod = b.nb_divmod;
  if (t.nb_power === null) t.nb_power = b.nb_power;
  if (t.nb_negative === null) t.nb_negative = b.nb_negative;
  if (t.nb_positive === null) t.nb_positive = b.nb_positive;
  if (t.nb_absolute === null) t.nb_absolute = b.nb_absolute;
  if (t.nb_bool === null) t.nb_bool = b.nb_bool;
  if (t.nb_invert === null) t.nb_invert = b.nb_invert;
  if (t.nb_lshift === null) t.nb_lshift = b.nb_lshift;
  if (t.nb_rshift === null) t.nb_rshift = b.nb_rshift;
  if (t.nb_and === null) t.nb_and = b.nb_and;
  if (t.nb_xor === null) t.nb_xor = b.nb_xor;
  if (t.nb_or === null) t.nb_or = b.nb_or;
  if (t.nb_int === null) t.nb_int = b.nb_int;
  if (t.nb_float === null) t.nb_float = b.nb_float;
  if (t.nb_inplace_add === null) t.nb_inplace_add = b.nb_inplace_add;
  if (t.nb_inplace_subtract === null) t.nb_inplace_subtract = b.nb_inplace_subtract;
  if (t.nb_inplace_multiply === null) t.nb_inplace_multiply = b.nb_inplace_multiply;
  if (t.nb_inplace_remainder === null) t.nb_inplace_remainder = b.nb_inplace_remainder;
  if (t.nb_inplace_power === null) t.nb_inplace_power = b.nb_inplace_power;
  if (t.nb_inplace_lshift === null) t.nb_inplace_lshift = b.nb_inplace_lshift;
  if (t.nb_inplace_rshift === null) t.nb_inplace_rshift = b.nb_inplace_rshift;
  if (t.nb_inplace_and === null) t.nb_inplace_and = b.nb_inplace_and;
  if (t.nb_inplace_xor === null) t.nb_inplace_xor = b.nb_inplace_xor;
  if (t.nb_inplace_or === null) t.nb_inplace_or = b.nb_inplace_or;
  if (t.nb_floor_divide === null) t.nb_floor_divide = b.nb_floor_divide;
  if (t.nb_true_divide === null) t.nb_true_divide = b.nb_true_divide;
  if (t.nb_inplace_floor_divide === null) t.nb_inplace_floor_divide = b.nb_inplace_floor_divide;
  if (t.nb_inplace_true_divide === null) t.nb_inplace_true_divide = b.nb_inplace_true_divide;
  if (t.nb_index === null) t.nb_index = b.nb_index;
  if (t.nb_matrix_multiply === null) t.nb_matrix_multiply = b.nb_matrix_multiply;
  if (t.nb_inplace_matrix_multiply === null) t.nb_inplace_matrix_multiply = b.nb_inplace_matrix_multiply;
  if (t.sq_length === null) t.sq_length = b.sq_length;
  if (t.sq_concat === null) t.sq_concat = b.sq_concat;
  if (t.sq_repeat === null) t.sq_repeat = b.sq_repeat;
  if (t.sq_item === null) t.sq_item = b.sq_item;
  if (t.sq_ass_item === null) t.sq_ass_item = b.sq_ass_item;
  if (t.sq_contains === null) t.sq_contains = b.sq_contains;
  if (t.sq_inplace_concat === null) t.sq_inplace_concat = b.sq_inplace_concat;
  if (t.sq_inplace_repeat === null) t.sq_inplace_repeat = b.sq_inplace_repeat;
  if (t.mp_length === null) t.mp_length = b.mp_length;
  if (t.mp_subscript === null) t.mp_subscript = b.mp_subscript;
  if (t.mp_ass_subscript === null) t.mp_ass_subscript = b.mp_ass_subscript;
  if (t.am_await === null) t.am_await = b.am_await;
  if (t.am_aiter === null) t.am_aiter = b.am_aiter;
  if (t.am_anext === null) t.am_anext = b.am_anext;
}

/** @cpython inherit_slots */
function inherit_slots(type: PyTypeObject, base: PyTypeObject): void {
  copy_inherited_slots(type, base);
  // tp_hash and tp_richcompare are inherited together, and only if the type defines neither.
  if (type.tp_richcompare === null && type.tp_hash === null) {
    const dict = type.tp_dict!;
    const overrides = PyDict_GetItemString(dict, "__eq__") !== null || PyDict_GetItemString(dict, "__hash__") !== null;
    if (!overrides) {
      type.tp_richcompare = base.tp_richcompare;
      type.tp_hash = base.tp_hash;
    }
  }
  if (type.tp_basicsize < base.tp_basicsize) type.tp_basicsize = base.tp_basicsize;
  if (type.tp_itemsize === 0) type.tp_itemsize = base.tp_itemsize;
  if (type.tp_dictoffset === 0) type.tp_dictoffset = base.tp_dictoffset;
  if (base === type.tp_base) {
    // inherit_special: the primary base's weakref list and managed dict.
    if (type.tp_weaklistoffset === 0) type.tp_weaklistoffset = base.tp_weaklistoffset;
    type.tp_flags |= base.tp_flags & Py_TPFLAGS_MANAGED_DICT;
  }
  type.tp_flags |= base.tp_flags & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING | Py_TPFLAGS_HAVE_GC);
}

/** @cpython type_add_methods / type_add_members / type_add_getset */
function type_add_methods(type: PyTypeObject): number {
  const dict = type.tp_dict!;
  for (const m of type.tp_methods ?? []) {
    if (PyDict_GetItemString(dict, m.ml_name) !== null && !(m.ml_flags & 0x40)) continue;
    let descr: PyObject;
    if (m.ml_flags & METH_CLASS) descr = PyDescr_NewClassMethod(type, m);
    else if (m.ml_flags & METH_STATIC) {
      // The function's __self__ is the type, as in CPython (so it pickles as getattr(type, name)).
      const f = PyCFunction_New(m, type);
      descr = PyStaticMethod_New(f);
      Py_DECREF(f);
    } else descr = PyDescr_NewMethod(type, m);
    PyDict_SetItemString(dict, m.ml_name, descr);
    Py_DECREF(descr);
  }
  for (const m of type.tp_members ?? []) {
    if (PyDict_GetItemString(dict, m.name) !== null) continue;
    const d = PyDescr_NewMember(type, m);
    PyDict_SetItemString(dict, m.name, d);
    Py_DECREF(d);
  }
  for (const g of type.tp_getset ?? []) {
    if (PyDict_GetItemString(dict, g.name) !== null) continue;
    const d = PyDescr_NewGetSet(type, g);
    PyDict_SetItemString(dict, g.name, d);
    Py_DECREF(d);
  }
  return 0;
}

/** Static types whose richcompare is the default do not get __lt__ etc. wrappers of their own. */
function add_operators(type: PyTypeObject): void {
  const dict = type.tp_dict!;
  const t = type as unknown as Record<string, unknown>;
  for (const sd of slotdefs) {
    if (sd.wrapper === null) continue;
    const fn = t[sd.slot];
    if (fn === null || fn === undefined) continue;
    if (PyDict_GetItemString(dict, sd.name) !== null) continue;
    // Only add a wrapper when the slot is the type's own, not inherited from its base.
    const base = type.tp_base;
    if (base !== null && (base as unknown as Record<string, unknown>)[sd.slot] === fn) continue;
    if (fn === PyObject_HashNotImplemented) {
      PyDict_SetItemString(dict, sd.name, Py_None);
      continue;
    }
    const d = PyDescr_NewWrapper(type, sd, fn as Function);
    PyDict_SetItemString(dict, sd.name, d);
    Py_DECREF(d);
  }
  if (type.tp_new !== null && PyDict_GetItemString(dict, "__new__") === null) {
    const base = type.tp_base;
    if (base === null || base.tp_new !== type.tp_new || type === PyBaseObject_Type) add_tp_new_wrapper(type);
  }
}

/** @cpython add_tp_new_wrapper: `T.__new__(S, ...)` as a builtin bound to T. */
function add_tp_new_wrapper(type: PyTypeObject): void {
  const def: PyMethodDef = { ml_name: "__new__", ml_meth: tp_new_wrapper, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature." };
  const f = PyCFunction_New(def, type);
  PyDict_SetItemString(type.tp_dict!, "__new__", f);
  Py_DECREF(f);
}

/** @cpython tp_new_wrapper: checks that S is a subtype of T and that T's new is safe for it. */
function tp_new_wrapper(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const type = self as PyTypeObject;
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (nargs < 1) return PyErr_SetString(PyExc_TypeError, `${type.tp_name}.__new__(): not enough arguments`);
  const arg0 = args[0];
  if (!PyType_Check(arg0)) {
    return PyErr_SetString(PyExc_TypeError, `${type.tp_name}.__new__(X): X is not a type object (${_PyType_Name(arg0.ob_type)})`);
  }
  const subtype = arg0 as PyTypeObject;
  if (!PyType_IsSubtype(subtype, type)) {
    return PyErr_SetString(PyExc_TypeError,
      `${type.tp_name}.__new__(${subtype.tp_name}): ${subtype.tp_name} is not a subtype of ${type.tp_name}`);
  }
  // The most derived static base of subtype must use this tp_new (no object.__new__(list)).
  let staticbase: PyTypeObject | null = subtype;
  while (staticbase !== null && staticbase.tp_new === slot_tp_new) staticbase = staticbase.tp_base;
  if (staticbase !== null && staticbase.tp_new !== type.tp_new) {
    return PyErr_SetString(PyExc_TypeError,
      `${type.tp_name}.__new__(${subtype.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`);
  }
  return type.tp_new!(subtype, args.slice(1), kwnames);
}

// -- slot definitions ----------------------------------------------------------------------------

/** How a wrapper_descriptor calls the slot it wraps (the `wrap_*` functions). */
export type WrapperKind =
  | "unary" | "binary" | "binary_r" | "ternary" | "ternary_r" | "inquiry" | "len" | "hash" | "call"
  | "richcmp" | "getattr" | "setattr" | "delattr" | "next" | "descr_get" | "descr_set" | "descr_delete"
  | "init" | "del" | "objobjargproc" | "delitem" | "objobjproc" | "sq_item" | "indexargfunc"
  | "sq_setitem" | "sq_delitem";

export interface SlotDef extends wrapperbase {
  slot: string;
  /** For richcmp wrappers: the comparison operator. */
  op: number;
  /** The dispatcher a class gets when it defines the method in Python. */
  slotfunc: Function | null;
  /** The interned name (name_strobj), made when first needed. */
  name_strobj?: PyObject;
}

/** @cpython slotdefs: name -> slot, in CPython's order (it decides which wrapper wins). */
export const slotdefs: SlotDef[] = [];

function sd(name: string, slot: string, wrapper: WrapperKind | null, slotfunc: Function | null, op = -1): void {
  slotdefs.push({ name, slot, wrapper, op, slotfunc, doc: slotdef_doc(name) });
}

/**
 * What each slot wrapper says of itself: its text signature and docstring, as CPython 3.11
 * shows them (`int.__add__.__text_signature__`, `.__doc__`). A wrapper's internal doc is the
 * two joined the way _PyType_GetDocFromInternalDoc takes them apart.
 */
const slotdef_docs: [string, string | null, string | null][] = [
  ["__abs__", "($self, /)", "abs(self)"],
  ["__add__", "($self, value, /)", "Return self+value."],
  ["__aiter__", "($self, /)", "Return an awaitable, that resolves in asynchronous iterator."],
  ["__and__", "($self, value, /)", "Return self&value."],
  ["__anext__", "($self, /)", "Return a value or raise StopAsyncIteration."],
  ["__await__", "($self, /)", "Return an iterator to be used in await expression."],
  ["__bool__", "($self, /)", "True if self else False"],
  ["__call__", "($self, /, *args, **kwargs)", "Call self as a function."],
  ["__contains__", "($self, key, /)", "Return key in self."],
  ["__del__", null, null],
  ["__delattr__", "($self, name, /)", "Implement delattr(self, name)."],
  ["__delete__", "($self, instance, /)", "Delete an attribute of instance."],
  ["__delitem__", "($self, key, /)", "Delete self[key]."],
  ["__divmod__", "($self, value, /)", "Return divmod(self, value)."],
  ["__eq__", "($self, value, /)", "Return self==value."],
  ["__float__", "($self, /)", "float(self)"],
  ["__floordiv__", "($self, value, /)", "Return self//value."],
  ["__ge__", "($self, value, /)", "Return self>=value."],
  ["__get__", "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner."],
  ["__getattribute__", "($self, name, /)", "Return getattr(self, name)."],
  ["__getitem__", "($self, key, /)", "Return self[key]."],
  ["__gt__", "($self, value, /)", "Return self>value."],
  ["__hash__", "($self, /)", "Return hash(self)."],
  ["__iadd__", "($self, value, /)", "Implement self+=value."],
  ["__iand__", "($self, value, /)", "Return self&=value."],
  ["__ifloordiv__", "($self, value, /)", "Return self//=value."],
  ["__ilshift__", "($self, value, /)", "Return self<<=value."],
  ["__imatmul__", "($self, value, /)", "Return self@=value."],
  ["__imod__", "($self, value, /)", "Return self%=value."],
  ["__imul__", "($self, value, /)", "Implement self*=value."],
  ["__index__", "($self, /)", "Return self converted to an integer, if self is suitable for use as an index into a list."],
  ["__init__", "($self, /, *args, **kwargs)", "Initialize self.  See help(type(self)) for accurate signature."],
  ["__int__", "($self, /)", "int(self)"],
  ["__invert__", "($self, /)", "~self"],
  ["__ior__", "($self, value, /)", "Return self|=value."],
  ["__ipow__", "($self, value, /)", "Return self**=value."],
  ["__irshift__", "($self, value, /)", "Return self>>=value."],
  ["__isub__", "($self, value, /)", "Return self-=value."],
  ["__iter__", "($self, /)", "Implement iter(self)."],
  ["__itruediv__", "($self, value, /)", "Return self/=value."],
  ["__ixor__", "($self, value, /)", "Return self^=value."],
  ["__le__", "($self, value, /)", "Return self<=value."],
  ["__len__", "($self, /)", "Return len(self)."],
  ["__lshift__", "($self, value, /)", "Return self<<value."],
  ["__lt__", "($self, value, /)", "Return self<value."],
  ["__matmul__", "($self, value, /)", "Return self@value."],
  ["__mod__", "($self, value, /)", "Return self%value."],
  ["__mul__", "($self, value, /)", "Return self*value."],
  ["__ne__", "($self, value, /)", "Return self!=value."],
  ["__neg__", "($self, /)", "-self"],
  ["__next__", "($self, /)", "Implement next(self)."],
  ["__or__", "($self, value, /)", "Return self|value."],
  ["__pos__", "($self, /)", "+self"],
  ["__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod)."],
  ["__radd__", "($self, value, /)", "Return value+self."],
  ["__rand__", "($self, value, /)", "Return value&self."],
  ["__rdivmod__", "($self, value, /)", "Return divmod(value, self)."],
  ["__repr__", "($self, /)", "Return repr(self)."],
  ["__rfloordiv__", "($self, value, /)", "Return value//self."],
  ["__rlshift__", "($self, value, /)", "Return value<<self."],
  ["__rmatmul__", "($self, value, /)", "Return value@self."],
  ["__rmod__", "($self, value, /)", "Return value%self."],
  ["__rmul__", "($self, value, /)", "Return value*self."],
  ["__ror__", "($self, value, /)", "Return value|self."],
  ["__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod)."],
  ["__rrshift__", "($self, value, /)", "Return value>>self."],
  ["__rshift__", "($self, value, /)", "Return self>>value."],
  ["__rsub__", "($self, value, /)", "Return value-self."],
  ["__rtruediv__", "($self, value, /)", "Return value/self."],
  ["__rxor__", "($self, value, /)", "Return value^self."],
  ["__set__", "($self, instance, value, /)", "Set an attribute of instance to value."],
  ["__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value)."],
  ["__setitem__", "($self, key, value, /)", "Set self[key] to value."],
  ["__str__", "($self, /)", "Return str(self)."],
  ["__sub__", "($self, value, /)", "Return self-value."],
  ["__truediv__", "($self, value, /)", "Return self/value."],
  ["__xor__", "($self, value, /)", "Return self^value."],

];
let slotdef_doc_map: Map<string, string | null> | null = null;
function slotdef_doc(name: string): string | null {
  if (slotdef_doc_map === null) {
    slotdef_doc_map = new Map();
    for (const [n, sig, doc] of slotdef_docs) slotdef_doc_map.set(n, sig === null ? doc : `${n}${sig}\n--\n\n${doc ?? ""}`);
  }
  return slotdef_doc_map.get(name) ?? null;
}

// The dispatchers below call the Python-level method found on the type (never the instance).

function call_method0(self: PyObject, name: string): PyObject | null {
  return vectorcall_method(_PyUnicode_FromId(name), [self]);
}

function slot_unary(name: string) {
  return (self: PyObject): PyObject | null => call_method0(self, name);
}

/** SLOT1BINFULL: the binary dispatcher that tries __op__ on the left and __rop__ on the right. */
function slot_binary(slot: string, opname: string, ropname: string) {
  const f = function (self: PyObject, other: PyObject): PyObject | null {
    return slot_binary_impl(self, other, f, slot, opname, ropname);
  };
  return f;
}

function slot_binary_impl(self: PyObject, other: PyObject, f: Function, slot: string, opname: string, ropname: string): PyObject | null {
  {
    const selfT = self.ob_type as unknown as Record<string, unknown>;
    const otherT = other.ob_type as unknown as Record<string, unknown>;
    let do_other = self.ob_type !== other.ob_type && otherT[slot] === f;
    if (selfT[slot] === f) {
      if (do_other && PyType_IsSubtype(other.ob_type, self.ob_type)) {
        const ok = method_is_overloaded(self, other, ropname);
        if (ok < 0) return null;
        if (ok) {
          const r = vectorcall_maybe(ropname, other, self);
          if (r !== Py_NotImplemented) return r;
          Py_DECREF(r!);
          do_other = false;
        }
      }
      const r = vectorcall_maybe(opname, self, other);
      if (r !== Py_NotImplemented || other.ob_type === self.ob_type) return r;
      Py_DECREF(r!);
    }
    if (do_other) return vectorcall_maybe(ropname, other, self);
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
}

/** Call type(self).name(self, arg) if the type has it, else NotImplemented (vectorcall_maybe). */
function vectorcall_maybe(name: string, self: PyObject, arg: PyObject): PyObject | null {
  const func = lookup_maybe_method(self, _PyUnicode_FromId(name));
  if (func === null) {
    if (PyErr_Occurred()) return null;
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const r = func.unbound ? PyObject_Vectorcall(func.func, [self, arg], null) : PyObject_Vectorcall(func.func, [arg], null);
  Py_DECREF(func.func);
  return r;
}

/** @cpython method_is_overloaded: does other's type define `name` differently from self's? */
function method_is_overloaded(left: PyObject, right: PyObject, name: string): number {
  const b = _PyType_LookupId(right.ob_type, name);
  if (b === null) return 0;
  const a = _PyType_LookupId(left.ob_type, name);
  if (a === null) return 1;
  return a !== b ? 1 : 0;
}

function slot_ternary(opname: string, ropname: string) {
  const t = (self: PyObject, other: PyObject, mod: PyObject): PyObject | null => {
    if (mod === Py_None) return slot_binary_impl(self, other, t, "nb_power", opname, ropname);
    // Three-argument pow() only tries __pow__ on the first operand.
    if (self.ob_type.nb_power === slot_nb_power_ref.fn) {
      return vectorcall_method(_PyUnicode_FromId(opname), [self, other, mod]);
    }
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  };
  return t;
}
const slot_nb_power_ref: { fn: Function | null } = { fn: null };

function slot_inplace(name: string) {
  return (self: PyObject, other: PyObject): PyObject | null => vectorcall_method(_PyUnicode_FromId(name), [self, other]);
}

function slot_nb_bool(self: PyObject): number {
  let using_len = false;
  let func = lookup_maybe_method(self, _PyUnicode_FromId("__bool__"));
  if (func === null) {
    if (PyErr_Occurred()) return -1;
    func = lookup_maybe_method(self, _PyUnicode_FromId("__len__"));
    if (func === null) return PyErr_Occurred() ? -1 : 1;
    using_len = true;
  }
  const value = func.unbound ? PyObject_Vectorcall(func.func, [self], null) : PyObject_CallNoArgs(func.func);
  Py_DECREF(func.func);
  if (value === null) return -1;
  let result: number;
  if (using_len) {
    const n = PyLong_AsSsize_tForLen(value);
    Py_DECREF(value);
    if (n < 0) return -1;
    result = n > 0 ? 1 : 0;
  } else if (value.ob_type === PyBoolTypeRef.type) {
    result = PyObject_IsTrue(value);
    Py_DECREF(value);
  } else {
    PyErr_SetString(PyExc_TypeError, `__bool__ should return bool, returned ${_PyType_Name(value.ob_type)}`);
    Py_DECREF(value);
    return -1;
  }
  return result;
}
export const PyBoolTypeRef: { type: PyTypeObject | null } = { type: null };

/** __len__'s result checked as CPython's slot_sq_length checks it. */
function PyLong_AsSsize_tForLen(value: PyObject): number {
  if (!(value instanceof PyLongObject) && value.ob_type.nb_index === null) {
    PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(value.ob_type)}' object cannot be interpreted as an integer`);
    return -1;
  }
  const idx = _PyNumber_Index(value);
  if (idx === null) return -1;
  // The sign is checked first, so a hugely negative length is a ValueError, not an overflow.
  if ((idx as PyLongObject).ob_ival < 0) {
    Py_DECREF(idx);
    PyErr_SetString(PyExc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  const n = PyNumber_AsSsize_t(idx, PyExc_OverflowError);
  Py_DECREF(idx);
  return n;
}

function slot_sq_length(self: PyObject): number {
  const res = call_method0(self, "__len__");
  if (res === null) return -1;
  const n = PyLong_AsSsize_tForLen(res);
  Py_DECREF(res);
  return n;
}

function slot_mp_subscript(self: PyObject, key: PyObject): PyObject | null {
  return vectorcall_method(_PyUnicode_FromId("__getitem__"), [self, key]);
}

function slot_mp_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): number {
  const res = value === null
    ? vectorcall_method(_PyUnicode_FromId("__delitem__"), [self, key])
    : vectorcall_method(_PyUnicode_FromId("__setitem__"), [self, key, value]);
  if (res === null) return -1;
  Py_DECREF(res);
  return 0;
}

function slot_sq_contains(self: PyObject, value: PyObject): number {
  const func = lookup_maybe_method(self, _PyUnicode_FromId("__contains__"));
  if (func === null) {
    if (PyErr_Occurred()) return -1;
    return _PySequence_IterSearchRef.fn!(self, value);
  }
  if (func.func === Py_None) {
    Py_DECREF(func.func);
    PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(self.ob_type)}' object is not a container`);
    return -1;
  }
  const res = func.unbound ? PyObject_Vectorcall(func.func, [self, value], null) : PyObject_CallOneArg(func.func, value);
  Py_DECREF(func.func);
  if (res === null) return -1;
  const r = PyObject_IsTrue(res);
  Py_DECREF(res);
  return r;
}
export const _PySequence_IterSearchRef: { fn: ((seq: PyObject, v: PyObject) => number) | null } = { fn: null };

function slot_tp_repr(self: PyObject): PyObject | null {
  const func = lookup_maybe_method(self, _PyUnicode_FromId("__repr__"));
  if (func !== null) {
    const r = func.unbound ? PyObject_Vectorcall(func.func, [self], null) : PyObject_CallNoArgs(func.func);
    Py_DECREF(func.func);
    return r;
  }
  if (PyErr_Occurred()) return null;
  return object_repr(self);
}

function slot_tp_str(self: PyObject): PyObject | null {
  return call_method0(self, "__str__");
}

/** @cpython slot_tp_hash */
function slot_tp_hash(self: PyObject): number {
  const func = lookup_maybe_method(self, _PyUnicode_FromId("__hash__"));
  if (func === null || func.func === Py_None) {
    if (func !== null) Py_DECREF(func.func);
    if (PyErr_Occurred()) {
      Py_hash.hi = -1;
      return -1;
    }
    return PyObject_HashNotImplemented(self);
  }
  const res = func.unbound ? PyObject_Vectorcall(func.func, [self], null) : PyObject_CallNoArgs(func.func);
  Py_DECREF(func.func);
  if (res === null) {
    Py_hash.hi = -1;
    return -1;
  }
  if (!(res instanceof PyLongObject)) {
    Py_DECREF(res);
    PyErr_SetString(PyExc_TypeError, "__hash__ method should return an integer");
    Py_hash.hi = -1;
    return -1;
  }
  // A result that fits in a Py_ssize_t is the hash as it is (-1 becomes -2); a bigger one
  // is folded by int's own hash (never a subclass's __hash__: returning self must not
  // recurse), as CPython's slot_tp_hash does.
  const v = (res as PyLongObject).ob_ival;
  if (typeof v === "bigint" && v >= -9223372036854775808n && v <= 9223372036854775807n) {
    Py_DECREF(res);
    const u = BigInt.asUintN(64, v);
    Py_hash.hi = Number(u >> 32n) | 0;
    return Number(u & 0xffffffffn) | 0;
  }
  const h = PyLong_Type.tp_hash!(res);
  Py_DECREF(res);
  return h;
}

function slot_tp_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const meth = lookup_maybe_method(self, _PyUnicode_FromId("__call__"));
  if (meth === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(self.ob_type)}' object is not callable`);
    return null;
  }
  const r = meth.unbound ? PyObject_Vectorcall(meth.func, [self, ...args], kwnames) : PyObject_Vectorcall(meth.func, args, kwnames);
  Py_DECREF(meth.func);
  return r;
}

/** @cpython slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. */
function slot_tp_getattr_hook(self: PyObject, name: PyObject): PyObject | null {
  const tp = self.ob_type;
  const getattr = _PyType_LookupId(tp, "__getattr__");
  const getattribute = _PyType_LookupId(tp, "__getattribute__");
  let res: PyObject | null;
  if (getattribute === null || (getattribute instanceof PyWrapperDescrObject && getattribute.d_wrapped === PyObject_GenericGetAttr)) {
    res = _PyObject_GenericGetAttrWithDict(self, name, getattr !== null);
    if (res === null && getattr !== null && !PyErr_Occurred()) {
      return call_attribute(self, getattr, name);
    }
    return res;
  }
  res = call_attribute(self, getattribute, name);
  if (res === null && getattr !== null && PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    res = call_attribute(self, getattr, name);
  }
  return res;
}

function call_attribute(self: PyObject, attr: PyObject, name: PyObject): PyObject | null {
  const get = attr.ob_type.tp_descr_get;
  if (get !== null) {
    const bound = get(attr, self, self.ob_type);
    if (bound === null) return null;
    const r = PyObject_CallOneArg(bound, name);
    Py_DECREF(bound);
    return r;
  }
  return PyObject_Vectorcall(attr, [name], null);
}

function slot_tp_setattro(self: PyObject, name: PyObject, value: PyObject | null): number {
  const res = value === null
    ? vectorcall_method(_PyUnicode_FromId("__delattr__"), [self, name])
    : vectorcall_method(_PyUnicode_FromId("__setattr__"), [self, name, value]);
  if (res === null) return -1;
  Py_DECREF(res);
  return 0;
}

const richcmp_names = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

function slot_tp_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  const func = lookup_maybe_method(self, _PyUnicode_FromId(richcmp_names[op]));
  if (func === null) {
    // A failing lookup (a property raising, say) reads as "no such comparison".
    PyErr_Clear();
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const r = func.unbound ? PyObject_Vectorcall(func.func, [self, other], null) : PyObject_CallOneArg(func.func, other);
  Py_DECREF(func.func);
  return r;
}

function slot_tp_iter(self: PyObject): PyObject | null {
  const func = lookup_maybe_method(self, _PyUnicode_FromId("__iter__"));
  if (func !== null && func.func === Py_None) {
    Py_DECREF(func.func);
    return PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(self.ob_type)}' object is not iterable`);
  }
  if (func !== null) {
    const r = func.unbound ? PyObject_Vectorcall(func.func, [self], null) : PyObject_CallNoArgs(func.func);
    Py_DECREF(func.func);
    return r;
  }
  if (PyErr_Occurred()) return null;
  // No __iter__ but __getitem__: the sequence iterator.
  const gi = lookup_maybe_method(self, _PyUnicode_FromId("__getitem__"));
  if (gi === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(self.ob_type)}' object is not iterable`);
    return null;
  }
  Py_DECREF(gi.func);
  return PySeqIter_NewRef.fn!(self);
}
export const PySeqIter_NewRef: { fn: ((o: PyObject) => PyObject) | null } = { fn: null };

function slot_tp_iternext(self: PyObject): PyObject | null {
  return call_method0(self, "__next__");
}

function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject | null {
  const get = _PyType_LookupId(self.ob_type, "__get__");
  if (get === null) {
    Py_INCREF(self);
    return self;
  }
  return PyObject_Vectorcall(get, [self, obj ?? Py_None, type ?? Py_None], null);
}

function slot_tp_descr_set(self: PyObject, target: PyObject, value: PyObject | null): number {
  const res = value === null
    ? vectorcall_method(_PyUnicode_FromId("__delete__"), [self, target])
    : vectorcall_method(_PyUnicode_FromId("__set__"), [self, target, value]);
  if (res === null) return -1;
  Py_DECREF(res);
  return 0;
}

/** @cpython slot_tp_init: __init__ must return None. */
function slot_tp_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const meth = lookup_maybe_method(self, _PyUnicode_FromId("__init__"));
  if (meth === null) return -1;
  const res = meth.unbound ? PyObject_Vectorcall(meth.func, [self, ...args], kwnames) : PyObject_Vectorcall(meth.func, args, kwnames);
  Py_DECREF(meth.func);
  if (res === null) return -1;
  if (res !== Py_None) {
    PyErr_SetString(PyExc_TypeError, `__init__() should return None, not '${_PyType_Name(res.ob_type)}'`);
    Py_DECREF(res);
    return -1;
  }
  Py_DECREF(res);
  return 0;
}

/** @cpython slot_tp_new: calls type.__new__(type, *args). */
export function slot_tp_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const func = PyObject_GetAttr(type, _PyUnicode_FromId("__new__"));
  if (func === null) return null;
  const r = PyObject_Vectorcall(func, [type, ...args], kwnames);
  Py_DECREF(func);
  return r;
}

/** @cpython slot_tp_finalize: runs __del__, reporting (not raising) its errors. */
function slot_tp_finalize(self: PyObject): void {
  const saved = _PyThreadState_GET().curexc;
  _PyThreadState_GET().curexc = null;
  const del = lookup_maybe_method(self, _PyUnicode_FromId("__del__"));
  if (del !== null) {
    const r = del.unbound ? PyObject_Vectorcall(del.func, [self], null) : PyObject_CallNoArgs(del.func);
    Py_DECREF(del.func);
    if (r === null) PyErr_WriteUnraisableRef.fn!(`Exception ignored in: `, del.func, self);
    else Py_DECREF(r);
  }
  const tstate = _PyThreadState_GET();
  if (tstate.curexc !== null) PyErr_Clear();
  tstate.curexc = saved;
}
export const PyErr_WriteUnraisableRef: { fn: ((prefix: string, func: PyObject, obj: PyObject) => void) | null } = { fn: null };

function slot_am(name: string) {
  return (self: PyObject): PyObject | null => {
    const func = lookup_maybe_method(self, _PyUnicode_FromId(name));
    if (func === null) {
      if (!PyErr_Occurred()) PyErr_SetString(PyExc_AttributeError, name);
      return null;
    }
    const r = func.unbound ? PyObject_Vectorcall(func.func, [self], null) : PyObject_CallNoArgs(func.func);
    Py_DECREF(func.func);
    return r;
  };
}

function slot_nb_index(self: PyObject): PyObject | null {
  return call_method0(self, "__index__");
}

// Build the table (the order follows CPython's slotdefs).
function init_slotdefs(): void {
  sd("__repr__", "tp_repr", "unary", slot_tp_repr);
  sd("__hash__", "tp_hash", "hash", slot_tp_hash);
  sd("__call__", "tp_call", "call", slot_tp_call);
  sd("__str__", "tp_str", "unary", slot_tp_str);
  sd("__getattribute__", "tp_getattro", "getattr", slot_tp_getattr_hook);
  sd("__getattr__", "tp_getattro", null, slot_tp_getattr_hook);
  sd("__setattr__", "tp_setattro", "setattr", slot_tp_setattro);
  sd("__delattr__", "tp_setattro", "delattr", slot_tp_setattro);
  for (let op = 0; op < 6; op++) sd(richcmp_names[op], "tp_richcompare", "richcmp", slot_tp_richcompare, op);
  sd("__iter__", "tp_iter", "unary", slot_tp_iter);
  sd("__next__", "tp_iternext", "next", slot_tp_iternext);
  sd("__get__", "tp_descr_get", "descr_get", slot_tp_descr_get);
  sd("__set__", "tp_descr_set", "descr_set", slot_tp_descr_set);
  sd("__delete__", "tp_descr_set", "descr_delete", slot_tp_descr_set);
  sd("__init__", "tp_init", "init", slot_tp_init);
  sd("__new__", "tp_new", null, slot_tp_new);
  sd("__del__", "tp_finalize", "del", slot_tp_finalize);
  sd("__await__", "am_await", "unary", slot_am("__await__"));
  sd("__aiter__", "am_aiter", "unary", slot_am("__aiter__"));
  sd("__anext__", "am_anext", "unary", slot_am("__anext__"));
  const binops: [string, string][] = [
    ["add", "nb_add"], ["sub", "nb_subtract"], ["mul", "nb_multiply"], ["mod", "nb_remainder"],
    ["divmod", "nb_divmod"],
  ];
  for (const [n, slot] of binops) {
    const f = slot_binary(slot, `__${n}__`, `__r${n}__`);
    sd(`__${n}__`, slot, "binary", f);
    sd(`__r${n}__`, slot, "binary_r", f);
  }
  const pow = slot_ternary("__pow__", "__rpow__");
  slot_nb_power_ref.fn = pow;
  sd("__pow__", "nb_power", "ternary", pow);
  sd("__rpow__", "nb_power", "ternary_r", pow);
  sd("__neg__", "nb_negative", "unary", slot_unary("__neg__"));
  sd("__pos__", "nb_positive", "unary", slot_unary("__pos__"));
  sd("__abs__", "nb_absolute", "unary", slot_unary("__abs__"));
  sd("__bool__", "nb_bool", "inquiry", slot_nb_bool);
  sd("__invert__", "nb_invert", "unary", slot_unary("__invert__"));
  for (const [n, slot] of [["lshift", "nb_lshift"], ["rshift", "nb_rshift"], ["and", "nb_and"], ["xor", "nb_xor"], ["or", "nb_or"]]) {
    const f = slot_binary(slot, `__${n}__`, `__r${n}__`);
    sd(`__${n}__`, slot, "binary", f);
    sd(`__r${n}__`, slot, "binary_r", f);
  }
  sd("__int__", "nb_int", "unary", slot_unary("__int__"));
  sd("__float__", "nb_float", "unary", slot_unary("__float__"));
  for (const [n, slot] of [["iadd", "nb_inplace_add"], ["isub", "nb_inplace_subtract"], ["imul", "nb_inplace_multiply"],
    ["imod", "nb_inplace_remainder"]]) sd(`__${n}__`, slot, "binary", slot_inplace(`__${n}__`));
  sd("__ipow__", "nb_inplace_power", "binary", (a: PyObject, b: PyObject) => vectorcall_method(_PyUnicode_FromId("__ipow__"), [a, b]));
  for (const [n, slot] of [["ilshift", "nb_inplace_lshift"], ["irshift", "nb_inplace_rshift"], ["iand", "nb_inplace_and"],
    ["ixor", "nb_inplace_xor"], ["ior", "nb_inplace_or"]]) sd(`__${n}__`, slot, "binary", slot_inplace(`__${n}__`));
  for (const [n, slot] of [["floordiv", "nb_floor_divide"], ["truediv", "nb_true_divide"]]) {
    const f = slot_binary(slot, `__${n}__`, `__r${n}__`);
    sd(`__${n}__`, slot, "binary", f);
    sd(`__r${n}__`, slot, "binary_r", f);
  }
  sd("__ifloordiv__", "nb_inplace_floor_divide", "binary", slot_inplace("__ifloordiv__"));
  sd("__itruediv__", "nb_inplace_true_divide", "binary", slot_inplace("__itruediv__"));
  sd("__index__", "nb_index", "unary", slot_nb_index);
  {
    const f = slot_binary("nb_matrix_multiply", "__matmul__", "__rmatmul__");
    sd("__matmul__", "nb_matrix_multiply", "binary", f);
    sd("__rmatmul__", "nb_matrix_multiply", "binary_r", f);
  }
  sd("__imatmul__", "nb_inplace_matrix_multiply", "binary", slot_inplace("__imatmul__"));
  sd("__len__", "mp_length", "len", slot_sq_length);
  sd("__getitem__", "mp_subscript", "binary", slot_mp_subscript);
  sd("__setitem__", "mp_ass_subscript", "objobjargproc", slot_mp_ass_subscript);
  sd("__delitem__", "mp_ass_subscript", "delitem", slot_mp_ass_subscript);
  sd("__len__", "sq_length", "len", slot_sq_length);
  sd("__add__", "sq_concat", "binary", null);
  sd("__mul__", "sq_repeat", "indexargfunc", null);
  sd("__rmul__", "sq_repeat", "indexargfunc", null);
  sd("__getitem__", "sq_item", "sq_item", null);
  sd("__setitem__", "sq_ass_item", "sq_setitem", null);
  sd("__delitem__", "sq_ass_item", "sq_delitem", null);
  sd("__contains__", "sq_contains", "objobjproc", slot_sq_contains);
  sd("__iadd__", "sq_inplace_concat", "binary", null);
  sd("__imul__", "sq_inplace_repeat", "indexargfunc", null);
}

/**
 * @cpython update_one_slot / fixup_slot_dispatchers: point each slot of a class at the
 * function that serves it — the static base's own function when the attribute found along
 * the MRO is that base's wrapper, the Python-level dispatcher when it is anything else.
 */
function update_slot(type: PyTypeObject, name: string): void {
  const t = type as unknown as Record<string, unknown>;
  const touched = new Set<string>();
  for (const d of slotdefs) if (d.name === name) touched.add(d.slot);
  for (const slot of touched) fixup_one_slot(type, slot);
  for (const sub of liveSubclasses(type)) if (PyDict_GetItemString(sub.tp_dict!, name) === null) update_slot(sub, name);
  void t;
}

/** slotdefs grouped by the slot they fill. */
const slotdefsBySlot = new Map<string, SlotDef[]>();

function fixup_one_slot(type: PyTypeObject, slot: string): void {
  const t = type as unknown as Record<string, unknown>;
  let generic: Function | null = null;
  let specific: Function | null = null;
  let use_generic = false;
  let anyFound = false;
  for (const d of slotdefsBySlot.get(slot)!) {
    // As update_one_slot does, straight along the MRO: a new class's lookups would only fill
    // its method cache with names it never uses.
    const descr = find_name_in_mro(type, d.name_strobj ??= _PyUnicode_FromId(d.name));
    if (descr === null || descr === undefined) {
      if (descr === undefined) PyErr_Clear();
      continue;
    }
    anyFound = true;
    // A wrapper taken from an unrelated class (`__eq__ = str.__eq__` in an int subclass) is
    // called through the generic dispatcher, whose call checks the instance's type.
    if (descr instanceof PyWrapperDescrObject && descr.d_base.slot === slot && descr.d_base.name === d.name &&
        PyType_IsSubtype(type, descr.d_type)) {
      if (specific === null || specific === descr.d_wrapped) specific = descr.d_wrapped;
      else use_generic = true;
    } else if (slot === "tp_hash" && descr === Py_None) {
      specific = PyObject_HashNotImplemented;
    } else if (slot === "tp_new" && descr.ob_type === PyStaticMethod_Type) {
      // __new__ defined in Python (implicitly a staticmethod).
      use_generic = true;
      generic = slot_tp_new;
    } else if (slot === "tp_new" && descr.ob_type === PyCFunctionTypeRef.type) {
      // An inherited builtin __new__: keep the inherited tp_new.
      const self = (descr as unknown as { m_self: PyObject | null }).m_self;
      if (self !== null && PyType_Check(self) && self.tp_new !== null) specific = self.tp_new;
      else use_generic = true;
    } else {
      use_generic = true;
      if (d.slotfunc !== null) generic = d.slotfunc;
    }
  }
  if (!anyFound) {
    // No class along the MRO defines a name for this slot: a Python-level dispatcher left
    // from a deleted method is stale (static bases always show their slots as wrappers).
    const cur = t[slot] as (Function & { __typhon_slot?: boolean }) | null;
    // A deleted __next__ leaves tp_iternext at _PyObject_NextNotImplemented, which raises
    // "object is not iterable", rather than empty.
    if (cur !== null && cur !== undefined && cur.__typhon_slot && slot !== "tp_hash") {
      t[slot] = slot === "tp_iternext" ? _PyObject_NextNotImplemented : null;
    }
    return;
  }
  if (use_generic && generic !== null) t[slot] = generic;
  else if (specific !== null) t[slot] = specific;
  else if (generic !== null) t[slot] = generic;
}
export const PyCFunctionTypeRef: { type: PyTypeObject | null } = { type: null };

/** The slots each special-method name fills (one name can fill several: __add__, __getitem__). */
const slotsByName = new Map<string, string[]>();

/**
 * @cpython fixup_slot_dispatchers. CPython looks up every slotdef name along the MRO. A slot
 * none of whose names is defined by a Python-level class in the MRO can only find static
 * types' wrappers there, and those give the value inherit_slots already copied; so only the
 * slots named in the heap types' dicts are looked up (a class defining a few methods costs a
 * few lookups instead of some three hundred).
 */
function fixup_slot_dispatchers(type: PyTypeObject): void {
  const slots = new Set<string>();
  const mro = type.tp_mro!.ob_item as PyTypeObject[];
  for (let k = 0; k < mro.length; k++) {
    const t = mro[k];
    if (t.tp_dict === null) continue;
    if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
      // A static base (other than object) behind a class that does not derive from it, as
      // int in `class D(B, int)`: inherit_slots took B's inherited object slots first, so
      // that base's slots need the MRO lookup too.
      if (t === PyBaseObject_Type) continue;
      let behind = false;
      for (let j = 1; j < k; j++) if ((mro[j].tp_flags & Py_TPFLAGS_HEAPTYPE) && !PyType_IsSubtype(mro[j], t)) behind = true;
      if (!behind) continue;
    }
    const pos = { i: 0 };
    for (let e = _PyDict_Next(t.tp_dict, pos); e !== null; e = _PyDict_Next(t.tp_dict, pos)) {
      const named = e.me_key !== null && PyUnicode_Check(e.me_key) ? slotsByName.get((e.me_key as PyUnicodeObject).str) : undefined;
      if (named !== undefined) for (const slot of named) slots.add(slot);
    }
  }
  // inherit_slots leaves tp_hash and tp_richcompare both empty when a class defines either
  // (a list subclass with only __hash__ still compares as a list): look both up.
  if (slots.has("tp_hash") || slots.has("tp_richcompare")) {
    slots.add("tp_hash");
    slots.add("tp_richcompare");
  }
  for (const slot of slots) fixup_one_slot(type, slot);
  // __getattr__ without __getattribute__ still needs the hook.
  if (_PyType_LookupId(type, "__getattr__") !== null) type.tp_getattro = slot_tp_getattr_hook;
  // sq_* slots of classes are served by the mapping slots in Python-level classes.
  if (type.mp_length === slot_sq_length) type.sq_length = slot_sq_length;
}

// -- class creation (type_new) --------------------------------------------------------------------

/** @cpython _PyType_CalculateMetaclass: the most derived metaclass among the bases'. */
export function _PyType_CalculateMetaclass(metatype: PyTypeObject, bases: PyObject[]): PyTypeObject | null {
  let winner = metatype;
  for (const tmp of bases) {
    const tmptype = tmp.ob_type;
    if (PyType_IsSubtype(winner, tmptype)) continue;
    if (PyType_IsSubtype(tmptype, winner)) {
      winner = tmptype;
      continue;
    }
    PyErr_SetString(PyExc_TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    return null;
  }
  return winner;
}

/** @cpython solid_base: the nearest base that adds fields to the instance layout. */
function solid_base(type: PyTypeObject): PyTypeObject {
  const base = type.tp_base === null ? PyBaseObject_Type : solid_base(type.tp_base);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) return type.tp_nslots > (type.tp_base?.tp_nslots ?? 0) ? type : base;
  return type === PyBaseObject_Type || type.tp_basicsize === base.tp_basicsize && type.tp_itemsize === base.tp_itemsize && type.tp_new === base.tp_new ? base : type;
}

/** @cpython best_base */
function best_base(bases: PyObject[]): PyTypeObject | null {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if (!PyType_Check(b)) {
      PyErr_SetString(PyExc_TypeError, "bases must be types");
      return null;
    }
    const base_i = b;
    if (!(base_i.tp_flags & Py_TPFLAGS_BASETYPE)) {
      PyErr_SetString(PyExc_TypeError, `type '${base_i.tp_name}' is not an acceptable base type`);
      return null;
    }
    const candidate = solid_base(base_i);
    if (winner === null) {
      winner = candidate;
      base = base_i;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = base_i;
    } else {
      PyErr_SetString(PyExc_TypeError, "multiple bases have instance lay-out conflict");
      return null;
    }
  }
  return base;
}

/**
 * @cpython type_new: `type(name, bases, dict, **kwds)`, which a class statement calls through
 * __build_class__.
 */
function type_new(metatype: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (nargs === 1 && nkw === 0 && metatype === PyType_Type) {
    Py_INCREF(args[0].ob_type);
    return args[0].ob_type;
  }
  if (nargs !== 3) {
    return PyErr_SetString(PyExc_TypeError, nargs === 1 ? "type.__new__() takes exactly 3 arguments (1 given)" : "type() takes 1 or 3 arguments");
  }
  const [nameObj, basesObj, orig_dict] = args;
  if (!PyUnicode_Check(nameObj)) {
    return PyErr_SetString(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${_PyType_Name(nameObj.ob_type)}`);
  }
  if (!PyTuple_Check(basesObj)) {
    return PyErr_SetString(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${_PyType_Name(basesObj.ob_type)}`);
  }
  if (!PyDict_Check(orig_dict)) {
    return PyErr_SetString(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${_PyType_Name(orig_dict.ob_type)}`);
  }
  let bases = (basesObj as PyTupleObject).ob_item;
  const winner = _PyType_CalculateMetaclass(metatype, bases);
  if (winner === null) return null;
  if (winner !== metatype && winner.tp_new !== type_new) {
    return winner.tp_new!(winner, args, kwnames);
  }
  metatype = winner;
  let basesTuple: PyTupleObject;
  if (bases.length === 0) {
    bases = [PyBaseObject_Type];
    basesTuple = PyTuple_FromArray(bases);
  } else {
    basesTuple = basesObj as PyTupleObject;
    Py_INCREF(basesTuple);
  }
  const base = best_base(bases);
  if (base === null) {
    Py_DECREF(basesTuple);
    return null;
  }
  const dict = PyDict_Copy(orig_dict as PyDictObject);
  if (dict === null) return null;
  const name = (nameObj as PyUnicodeObject).str;
  if (type_check_name_text(nameObj) < 0) {
    Py_DECREF(basesTuple);
    Py_DECREF(dict);
    return null;
  }
  // type_new_set_doc: a str __doc__ must encode to UTF-8 (it becomes tp_doc).
  const docObj = PyDict_GetItemString(dict, "__doc__");
  if (docObj !== null && PyUnicode_Check(docObj) && /[\ud800-\udfff]/.test((docObj as PyUnicodeObject).str)) {
    const b = PyUnicode_AsUTF8String(docObj);
    if (b === null) {
      Py_DECREF(basesTuple);
      Py_DECREF(dict);
      return null;
    }
    Py_DECREF(b);
  }

  // __slots__
  const slotsObj = PyDict_GetItemString(dict, "__slots__");
  let slotNames: string[] | null = null;
  let slotWeakref = false;
  let add_dict = base.tp_dictoffset === 0;
  // type_new_slots: instances get a weakref list unless the base has one or is variable-size.
  const may_add_weak = base.tp_weaklistoffset === 0 && base.tp_itemsize === 0;
  if (slotsObj !== null) {
    let items: PyObject[] | null;
    if (PyUnicode_Check(slotsObj)) items = [slotsObj];
    else items = iterToArray(slotsObj);
    if (items === null) return null;
    if (items.length > 0 && base.tp_itemsize !== 0) {
      PyErr_SetString(PyExc_TypeError, `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
      return null;
    }
    slotNames = [];
    add_dict = false;
    for (const s of items) {
      if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, `__slots__ items must be strings, not '${_PyType_Name(s.ob_type)}'`);
        return null;
      }
      const sn = (s as PyUnicodeObject).str;
      if (!PyUnicode_IsIdentifier(sn)) {
        PyErr_SetString(PyExc_TypeError, "__slots__ must be identifiers");
        return null;
      }
      if (sn === "__dict__") {
        if (base.tp_dictoffset !== 0 || add_dict) {
          PyErr_SetString(PyExc_TypeError, "__dict__ slot disallowed: we already got one");
          return null;
        }
        add_dict = true;
        continue;
      }
      if (sn === "__weakref__") {
        if (!may_add_weak || slotWeakref) {
          PyErr_SetString(PyExc_TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
          return null;
        }
        slotWeakref = true;
        continue;
      }
      const mangled = mangle(name, sn);
      // __qualname__ and __classcell__ are in the namespace but leave it before the slots' descriptors go in.
      if (PyDict_GetItemString(dict, mangled) !== null && mangled !== "__qualname__" && mangled !== "__classcell__") {
        const m = PyUnicode_FromString(mangled);
        const r = PyObject_Repr(m);
        Py_DECREF(m);
        if (r === null) return null;
        PyErr_SetString(PyExc_ValueError, `${(r as PyUnicodeObject).str} in __slots__ conflicts with class variable`);
        Py_DECREF(r);
        return null;
      }
      slotNames.push(mangled);
    }
    slotNames.sort();
  }
  // type_new_slots_bases: a secondary base with a weakref list gives the class one too.
  let add_weak = may_add_weak && (slotsObj === null || slotWeakref);
  if (may_add_weak && !add_weak && bases.length > 1) {
    for (const b of bases as PyTypeObject[]) if (b !== base && b.tp_weaklistoffset !== 0) add_weak = true;
  }

  const type = new PyTypeObject({ tp_name: name }, metatype);
  type.ht_name = name;
  if (slotNames !== null) ht_slots.set(type, slotNames);
  Py_INCREF(metatype);
  type.tp_flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC;
  type.tp_base = base;
  Py_INCREF(base);
  type.tp_bases = basesTuple;
  type.tp_dict = dict;
  type.tp_nslots = base.tp_nslots + (slotNames?.length ?? 0);
  type.tp_dictoffset = base.tp_dictoffset !== 0 || add_dict ? -1 : 0;
  type.tp_basicsize = base.tp_basicsize + 8 * (slotNames?.length ?? 0) + (add_dict && base.tp_dictoffset === 0 ? 0 : 0);
  type.tp_dealloc = subtype_dealloc;
  // type_new_descriptors: the weakref list pointer follows the slots.
  if (add_weak) {
    type.tp_weaklistoffset = type.tp_basicsize;
    type.tp_basicsize += 8;
  } else {
    type.tp_weaklistoffset = base.tp_weaklistoffset;
  }
  // A fixed-size instance keeps its __dict__ before the object header (a managed dict).
  if (add_dict && base.tp_dictoffset === 0 && base.tp_itemsize === 0) type.tp_flags |= Py_TPFLAGS_MANAGED_DICT;

  // __module__ from the globals of the class body (the namespace got it from __name__).
  if (PyDict_GetItemString(dict, "__module__") === null) {
    const globals = PyFrame_LocalsFirstArg();
    const modname = globals === null ? null : PyDict_GetItemString(globals, "__name__");
    if (modname !== null) PyDict_SetItemString(dict, "__module__", modname);
  }
  // __qualname__
  const qual = PyDict_GetItemString(dict, "__qualname__");
  if (qual !== null) {
    if (!PyUnicode_Check(qual)) {
      PyErr_SetString(PyExc_TypeError, `type __qualname__ must be a str, not ${_PyType_Name(qual.ob_type)}`);
      return null;
    }
    type.ht_qualname = (qual as PyUnicodeObject).str;
    PyDict_DelItem(dict, _PyUnicode_FromId("__qualname__"));
  } else {
    type.ht_qualname = name;
  }
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
  const newFn = PyDict_GetItemString(dict, "__new__");
  if (newFn !== null && newFn.ob_type === PyFunction_Type) {
    const sm = PyStaticMethod_New(newFn);
    PyDict_SetItemString(dict, "__new__", sm);
    Py_DECREF(sm);
  }
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const f = PyDict_GetItemString(dict, cm);
    if (f !== null && f.ob_type === PyFunction_Type) {
      const c = PyClassMethod_New(f);
      PyDict_SetItemString(dict, cm, c);
      Py_DECREF(c);
    }
  }
  // type_new_set_classcell: a classcell (__class__ used in methods) gets the new class before
  // PyType_Ready, so a metaclass's mro() can already call such a method; it leaves the dict
  // before the slots' descriptors go in (a "__classcell__" slot is allowed).
  const cell = PyDict_GetItemString(dict, "__classcell__");
  if (cell !== null) {
    if (!(cell instanceof PyCellObject)) {
      PyErr_SetString(PyExc_TypeError, `__classcell__ must be a nonlocal cell, not ${cell.ob_type.tp_name}`);
      Py_DECREF(type);
      return null;
    }
    PyCell_Set(cell, type);
    PyDict_DelItem(dict, _PyUnicode_FromId("__classcell__"));
  }
  // Member descriptors for the slots.
  if (slotNames !== null) {
    let index = base.tp_nslots;
    for (const sn of slotNames) {
      const i = index++;
      const d = PyDescr_NewMember(type, {
        name: sn,
        offset: i,
        get: (o: PyObject) => {
          const v = o.ob_slots === null ? null : o.ob_slots[i];
          if (v === null) return PyErr_SetString(PyExc_AttributeError, `'${o.ob_type.tp_name}' object has no attribute '${sn}'`);
          Py_INCREF(v);
          return v;
        },
        set: (o: PyObject, v: PyObject | null) => {
          const old = o.ob_slots === null ? null : o.ob_slots[i];
          if (v === null && old === null) return PyErr_SetStringInt(PyExc_AttributeError, sn);
          if (v !== null) Py_INCREF(v);
          _PyObject_SlotsForStore(o)[i] = v;
          if (old !== null) Py_DECREF(old);
          return 0;
        },
      });
      PyDict_SetItemString(dict, sn, d);
      Py_DECREF(d);
    }
  }
  if (add_dict && base.tp_dictoffset === 0 && PyDict_GetItemString(dict, "__dict__") === null) {
    const d = PyDescr_NewGetSet(type, { name: "__dict__", get: subtype_dict, set: subtype_setdict });
    PyDict_SetItemString(dict, "__dict__", d);
    Py_DECREF(d);
  }
  if (add_weak && PyDict_GetItemString(dict, "__weakref__") === null) {
    const d = PyDescr_NewGetSet(type, {
      name: "__weakref__", get: subtype_getweakref, doc: "list of weak references to the object",
    });
    PyDict_SetItemString(dict, "__weakref__", d);
    Py_DECREF(d);
  }
  if (PyType_Ready(type) < 0) {
    Py_DECREF(type);
    return null;
  }
  fixup_slot_dispatchers(type);
  if (type_new_set_names(type) < 0 || type_new_init_subclass(type, args.slice(3), kwnames) < 0) {
    Py_DECREF(type);
    return null;
  }
  return type;
}

/** @cpython _Py_Mangle (for __slots__ names) */
function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

/** @cpython subtype_getweakref: the first weak reference to the object, or None. */
function subtype_getweakref(self: PyObject): PyObject | null {
  if (self.ob_type.tp_weaklistoffset === 0) return PyErr_SetString(PyExc_AttributeError, "This object has no __weakref__");
  const head = self.ob_weakreflist ?? Py_None;
  Py_INCREF(head);
  return head;
}

/** @cpython get_builtin_base_with_dict: the nearest static base whose instances have a dict. */
function get_builtin_base_with_dict(type: PyTypeObject): PyTypeObject | null {
  for (let t: PyTypeObject = type; t.tp_base !== null; t = t.tp_base) {
    if (t.tp_dictoffset !== 0 && !(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) return t;
  }
  return null;
}

/**
 * @cpython get_dict_descriptor: that base's own __dict__ descriptor. A class's __dict__
 * descriptor used on an object whose dict a builtin base manages (a class made by a
 * metaclass with such a base) defers to it, so a class's __dict__ stays read-only.
 */
function builtin_dict_descr(self: PyObject): PyObject | null {
  const base = get_builtin_base_with_dict(self.ob_type);
  if (base === null) return null;
  const d = _PyType_Lookup(base, _PyUnicode_FromId("__dict__"));
  return d !== null && d.ob_type.tp_descr_get !== null ? d : null;
}

/** @cpython subtype_dict: the instance __dict__ (PyObject_GenericGetDict). */
function subtype_dict(self: PyObject): PyObject | null {
  const bd = builtin_dict_descr(self);
  if (bd !== null) return bd.ob_type.tp_descr_get!(bd, self, self.ob_type);
  return PyObject_GenericGetDict(self);
}
/** @cpython subtype_setdict: a values array is first moved into the __dict__ being replaced. */
function subtype_setdict(self: PyObject, value: PyObject | null): number {
  const bd = builtin_dict_descr(self);
  if (bd !== null) {
    const set = bd.ob_type.tp_descr_set;
    if (set === null) {
      return PyErr_SetStringInt(PyExc_TypeError, `this __dict__ descriptor does not support '${_PyType_Name(self.ob_type)}' objects`);
    }
    return set(bd, self, value);
  }
  if (value !== null && !PyDict_Check(value)) {
    return PyErr_SetStringInt(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${_PyType_Name(value.ob_type)}'`);
  }
  if (self.ob_values !== null) _PyObject_GetDictPtr(self, false);
  const old = self.ob_dict;
  if (value !== null) Py_INCREF(value);
  self.ob_dict = value as PyDictObject | null;
  if (old !== null) Py_DECREF(old);
  return 0;
}

/** @cpython type_new_set_names: call __set_name__(owner, name) on each class attribute. */
function type_new_set_names(type: PyTypeObject): number {
  const items = _PyDict_Items(type.tp_dict!);
  for (const [key, value] of items) {
    const set_name = lookup_maybe_method(value, _PyUnicode_FromId("__set_name__"));
    if (set_name === null) {
      if (PyErr_Occurred()) return -1;
      continue;
    }
    const res = set_name.unbound
      ? PyObject_Vectorcall(set_name.func, [value, type, key], null)
      : PyObject_Vectorcall(set_name.func, [type, key], null);
    Py_DECREF(set_name.func);
    if (res === null) {
      // _PyErr_FormatFromCause: a RuntimeError whose __cause__ and __context__ are the error.
      const tstate = _PyThreadState_GET();
      const cause = tstate.curexc;
      tstate.curexc = null;
      PyErr_SetString(PyExc_RuntimeError,
        `Error calling __set_name__ on '${_PyType_Name(value.ob_type)}' instance '${(key as PyUnicodeObject).str}' in '${type.tp_name}'`);
      const raised = tstate.curexc as PyBaseExceptionObjectLike | null;
      if (cause !== null && raised !== null) {
        raised.cause = cause;
        raised.suppress_context = true;
        if (raised.context === null) {
          Py_INCREF(cause);
          raised.context = cause;
        }
      }
      return -1;
    }
    Py_DECREF(res);
  }
  return 0;
}

/** @cpython type_new_init_subclass: super(type, type).__init_subclass__(**kwds) */
function type_new_init_subclass(type: PyTypeObject, kwvalues: PyObject[], kwnames: PyTupleObject | null): number {
  const sup = PyObject_Vectorcall(PySuper_Type, [type, type], null);
  if (sup === null) return -1;
  const func = PyObject_GetAttr(sup, _PyUnicode_FromId("__init_subclass__"));
  Py_DECREF(sup);
  if (func === null) return -1;
  const res = PyObject_Vectorcall(func, kwvalues, kwnames);
  Py_DECREF(func);
  if (res === null) return -1;
  Py_DECREF(res);
  return 0;
}

// -- isinstance / issubclass without hooks ----------------------------------------------------------

/** @cpython object_isinstance (recursive_isinstance without __instancecheck__) */
export function _PyObject_RealIsInstance(inst: PyObject, cls: PyObject): number {
  if (PyType_Check(cls)) {
    if (PyObject_TypeCheck(inst, cls)) return 1;
    const icls = _PyObject_LookupAttr(inst, _PyUnicode_FromId("__class__"));
    if (icls === null) return -1;
    if (icls === undefined) return 0;
    const r = icls !== inst.ob_type && PyType_Check(icls) ? (PyType_IsSubtype(icls, cls) ? 1 : 0) : 0;
    Py_DECREF(icls);
    return r;
  }
  if (!check_class(cls)) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  const icls = _PyObject_LookupAttr(inst, _PyUnicode_FromId("__class__"));
  if (icls === null) return -1;
  if (icls === undefined) return 0;
  const r = abstract_issubclass(icls, cls);
  Py_DECREF(icls);
  return r;
}

/** @cpython check_class: something with a __bases__ tuple counts as a class. */
function check_class(cls: PyObject): boolean {
  const bases = _PyObject_LookupAttr(cls, _PyUnicode_FromId("__bases__"));
  if (bases === null) return false;
  if (bases === undefined) return false;
  const ok = PyTuple_Check(bases);
  Py_DECREF(bases);
  return ok;
}

/** @cpython _PyObject_RealIsSubclass */
export function _PyObject_RealIsSubclass(derived: PyObject, cls: PyObject): number {
  if (PyType_Check(cls) && PyType_Check(derived)) return PyType_IsSubtype(derived, cls) ? 1 : 0;
  // check_class: a __bases__ tuple makes a class; an error from looking it up is kept.
  if (!PyType_Check(derived) && !check_class(derived)) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!PyType_Check(cls) && !check_class(cls)) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return abstract_issubclass(derived, cls);
}

function abstract_issubclass(derived: PyObject, cls: PyObject): number {
  for (;;) {
    if (derived === cls) return 1;
    const bases = _PyObject_LookupAttr(derived, _PyUnicode_FromId("__bases__"));
    if (bases === null) return -1;
    if (bases === undefined || !PyTuple_Check(bases)) return 0;
    const items = (bases as PyTupleObject).ob_item;
    if (items.length === 0) return 0;
    if (items.length === 1) {
      derived = items[0];
      continue;
    }
    // Several bases: recurse, guarded like a Python call (_Py_EnterRecursiveCall), so that
    // a __bases__ that leads back to itself ends in RecursionError.
    const tstate = _PyThreadState_GET();
    if (++tstate.recursion_depth > tstate.recursion_limit + tstate.recursion_headroom) {
      tstate.recursion_depth--;
      PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded in __issubclass__");
      return -1;
    }
    let r = 0;
    for (const b of items) {
      r = abstract_issubclass(b, cls);
      if (r !== 0) break;
    }
    tstate.recursion_depth--;
    return r;
  }
}

// -- super -----------------------------------------------------------------------------------------

export class superobject extends PyObject {
  type: PyTypeObject | null = null;
  obj: PyObject | null = null;
  obj_type: PyTypeObject | null = null;
}

/** @cpython supercheck: the type to start the MRO search from for `obj`. */
function supercheck(type: PyTypeObject, obj: PyObject): PyTypeObject | null {
  if (PyType_Check(obj) && PyType_IsSubtype(obj, type)) {
    Py_INCREF(obj);
    return obj;
  }
  if (PyType_IsSubtype(obj.ob_type, type)) {
    Py_INCREF(obj.ob_type);
    return obj.ob_type;
  }
  const cls = _PyObject_LookupAttr(obj, _PyUnicode_FromId("__class__"));
  if (cls !== null && cls !== undefined && PyType_Check(cls) && cls !== obj.ob_type && PyType_IsSubtype(cls, type)) return cls;
  if (cls === null) return null;
  if (cls !== undefined) Py_DECREF(cls);
  PyErr_SetString(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return null;
}

function super_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  Py_INCREF(type);
  return new superobject(type);
}

/** Zero-argument super() reads __class__ and the first argument of the calling frame. */
export const super_init_without_args_ref: { fn: (() => [PyTypeObject, PyObject] | null) | null } = { fn: null };

/** @cpython super_init */
function super_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (kwnames !== null) return PyErr_SetStringInt(PyExc_TypeError, "super() takes no keyword arguments");
  if (args.length > 2) return PyErr_SetStringInt(PyExc_TypeError, `super() expected at most 2 arguments, got ${args.length}`);
  let type: PyObject;
  let obj: PyObject | null = null;
  if (args.length === 0) {
    const r = super_init_without_args_ref.fn!();
    if (r === null) return -1;
    [type, obj] = r;
  } else {
    type = args[0];
    obj = args.length > 1 ? args[1] : null;
    if (obj === Py_None) obj = null;
  }
  if (!PyType_Check(type)) {
    return PyErr_SetStringInt(PyExc_TypeError, `super() argument 1 must be a type, not ${_PyType_Name(type.ob_type)}`);
  }
  let obj_type: PyTypeObject | null = null;
  if (obj !== null) {
    obj_type = supercheck(type, obj);
    if (obj_type === null) return -1;
    Py_INCREF(obj);
  }
  Py_INCREF(type);
  const su = self as superobject;
  su.type = type;
  su.obj = obj;
  su.obj_type = obj_type;
  return 0;
}

/** @cpython super_getattro: search the MRO of obj_type after `type`. */
function super_getattro(self: PyObject, name: PyObject): PyObject | null {
  const su = self as superobject;
  const starttype = su.obj_type;
  const s = (name as PyUnicodeObject).str;
  // An incomplete type (mro() still running) has no MRO to search yet.
  if (starttype !== null && s !== "__class__" && starttype.tp_mro !== null) {
    const mro = starttype.tp_mro.ob_item;
    let i = 0;
    while (i < mro.length && mro[i] !== su.type) i++;
    i++;
    for (; i < mro.length; i++) {
      const dict = (mro[i] as PyTypeObject).tp_dict;
      if (dict === null) continue;
      const res = PyDict_GetItemWithError(dict, name);
      if (res !== null) {
        const f = res.ob_type.tp_descr_get;
        if (f !== null) return f(res, su.obj === starttype ? null : su.obj, starttype);
        Py_INCREF(res);
        return res;
      }
      if (PyErr_Occurred()) return null;
    }
  }
  return PyObject_GenericGetAttr(self, name);
}

function super_repr(self: PyObject): PyObject {
  const su = self as superobject;
  const tn = su.type === null ? "NULL" : su.type.tp_name;
  if (su.obj_type !== null) return PyUnicode_FromString(`<super: <class '${tn}'>, <${su.obj_type.tp_name} object>>`);
  return PyUnicode_FromString(`<super: <class '${tn}'>, NULL>`);
}

function super_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const su = self as superobject;
  if (obj === null || obj === Py_None || su.obj !== null) {
    Py_INCREF(self);
    return self;
  }
  return PyObject_Vectorcall(su.ob_type, [su.type!, obj], null);
}

function super_dealloc(self: PyObject): void {
  const su = self as superobject;
  Py_XDECREF(su.obj);
  Py_XDECREF(su.type);
  Py_XDECREF(su.obj_type);
}

/** @cpython PySuper_Type */
export const PySuper_Type: PyTypeObject = new PyTypeObject({
  tp_name: "super", tp_basicsize: 40, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_repr: super_repr, tp_getattro: super_getattro, tp_descr_get: super_descr_get,
  tp_init: super_init, tp_new: super_new, tp_dealloc: super_dealloc,
  tp_members: [
    { name: "__thisclass__", get: (o) => { const t = (o as superobject).type; if (t === null) return Py_NewNone(); Py_INCREF(t); return t; } },
    { name: "__self__", get: (o) => { const t = (o as superobject).obj; if (t === null) return Py_NewNone(); Py_INCREF(t); return t; } },
    { name: "__self_class__", get: (o) => { const t = (o as superobject).obj_type; if (t === null) return Py_NewNone(); Py_INCREF(t); return t; } },
  ],
});

// -- mappingproxy stand-in -------------------------------------------------------------------------

/** type.__dict__: a read-only view. @returns new */
export const PyDictProxy_NewRefHolder: { fn: ((d: PyDictObject) => PyObject) | null } = { fn: null };
function PyDictProxy_NewRef(d: PyDictObject): PyObject {
  return PyDictProxy_NewRefHolder.fn!(d);
}

/** @cpython super_init_without_args: `super()` reads __class__ and the caller's first argument. */
export function super_init_without_args(): [PyTypeObject, PyObject] | null {
  const frame = _PyThreadState_GET().current_frame;
  if (frame === null) {
    PyErr_SetString(PyExc_RuntimeError, "super(): no current frame");
    return null;
  }
  const co = frame.f_code.co;
  if (co.co_argcount === 0) {
    PyErr_SetString(PyExc_RuntimeError, "super(): no arguments");
    return null;
  }
  let firstarg = frame.localsplus[0];
  if (firstarg !== null && co.co_localspluskinds[0] & 0x40 /* CO_FAST_CELL */ && firstarg instanceof PyCellObject) {
    firstarg = firstarg.ob_ref;
  }
  if (firstarg === null) {
    PyErr_SetString(PyExc_RuntimeError, "super(): arg[0] deleted");
    return null;
  }
  for (let i = 0; i < co.co_localsplusnames.length; i++) {
    if (!(co.co_localspluskinds[i] & 0x80 /* CO_FAST_FREE */) || co.co_localsplusnames[i] !== "__class__") continue;
    const cell = frame.localsplus[i];
    const type = cell instanceof PyCellObject ? cell.ob_ref : null;
    if (type === null) {
      PyErr_SetString(PyExc_RuntimeError, "super(): empty __class__ cell");
      return null;
    }
    if (!PyType_Check(type)) {
      PyErr_SetString(PyExc_RuntimeError, `super(): __class__ is not a type (${_PyType_Name(type.ob_type)})`);
      return null;
    }
    return [type, firstarg];
  }
  PyErr_SetString(PyExc_RuntimeError, "super(): __class__ cell not found");
  return null;
}

interface PyBaseExceptionObjectLike { cause: PyObject | null; context: PyObject | null; suppress_context: boolean }

/** Called once by pylifecycle before any type is readied. */
export function _PyTypes_InitSlotDefs(): void {
  _PyWeakref_DeallocHooks.subtype_dealloc = subtype_dealloc;
  if (slotdefs.length === 0) init_slotdefs();
  for (const d of slotdefs) {
    let list = slotdefsBySlot.get(d.slot);
    if (list === undefined) slotdefsBySlot.set(d.slot, (list = []));
    list.push(d);
    let slots = slotsByName.get(d.name);
    if (slots === undefined) slotsByName.set(d.name, (slots = []));
    if (!slots.includes(d.slot)) slots.push(d.slot);
  }
  for (const d of slotdefs) if (d.slotfunc) (d.slotfunc as Function & { __typhon_slot?: boolean }).__typhon_slot = true;
}

