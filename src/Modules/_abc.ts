/**
 * @mirrors Modules/_abc.c
 * The native half of abc.ABCMeta (Lib/abc.py uses it when it imports): each ABC keeps an
 * `_abc_impl` object holding three sets of weak references — the classes registered as
 * virtual subclasses, and a positive and a negative cache of issubclass() answers. The
 * negative cache is stamped with a global invalidation counter that every register() call
 * bumps, so registering anything anywhere makes all negative answers stale:
 *
 *   issubclass(C, ABC):  positive cache -> negative cache (if still current)
 *                        -> ABC.__subclasshook__(C) -> C's MRO -> the registry
 *                        -> ABC's own subclasses -> remember "no"
 *
 * Weak references keep the registry and caches from keeping classes alive; each carries a
 * callback that removes it from its set when its class dies.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_SEQUENCE,
  Py_TPFLAGS_MAPPING, Py_TPFLAGS_IMMUTABLETYPE, METH_O, METH_NOARGS, METH_FASTCALL, type PyMethodDef,
} from "../Include/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_RuntimeError, PyExc_AssertionError } from "../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_GetAttr, PyObject_SetAttr, PyObject_IsTrue, _PyObject_LookupAttr,
  PyObject_GenericGetAttr,
} from "../Objects/object.ts";
import { Py_True, Py_False } from "../Objects/boolobject.ts";
import { PyType_Check, PyType_Ready, PyType_Modified, liveSubclasses } from "../Objects/typeobject.ts";
import {
  PySetObject, PySet_New, PyFrozenSet_New, PySet_Add, PySet_Contains, PySet_Discard, PySet_Clear, PySet_GET_SIZE,
  _PySet_NextEntry,
} from "../Objects/setobject.ts";
import { PyWeakref_NewRef, PyWeakref_GetObject, _PyWeakref_InitTypes } from "../Objects/weakrefobject.ts";
import { PyCFunction_NewEx } from "../Objects/methodobject.ts";
import { PyObject_IsSubclass, PyObject_GetIter, PyIter_Next, _PySequence_ToArray } from "../Objects/abstract.ts";
import { PyObject_CallMethod } from "../Objects/call.ts";
import { PyTuple_Check, _PyTuple_FromArraySteal, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyList_Check, type PyListObject } from "../Objects/listobject.ts";
import { PyDict_GetItemWithError, PyDict_DelItem } from "../Objects/dictobject.ts";
import { PyLong_CheckExact, PyLong_FromNumber, type PyLongObject } from "../Objects/longobject.ts";
import { _PyUnicode_FromId } from "../Objects/unicodeobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";

/** The module state (_abcmodule_state): bumped by every register(). */
let abc_invalidation_counter = 0;

/** @cpython _abc_data: the per-ABC state; the sets are created on first use. */
export class _abc_data extends PyObject {
  _abc_registry: PySetObject | null;
  _abc_cache: PySetObject | null;
  _abc_negative_cache: PySetObject | null;
  _abc_negative_cache_version: number;
  constructor(type: PyTypeObject) {
    super(type);
    this._abc_registry = null;
    this._abc_cache = null;
    this._abc_negative_cache = null;
    this._abc_negative_cache_version = abc_invalidation_counter;
  }
}

/** @cpython abc_data_dealloc */
function abc_data_dealloc(self: PyObject): void {
  const d = self as _abc_data;
  Py_XDECREF(d._abc_registry);
  Py_XDECREF(d._abc_cache);
  Py_XDECREF(d._abc_negative_cache);
}

/** @cpython abc_data_new */
function abc_data_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  return new _abc_data(type);
}

/** @cpython _abc_data_type_spec */
export const _abc_data_type: PyTypeObject = new PyTypeObject({
  tp_name: "_abc._abc_data", tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_doc: "Internal state held by ABC machinery.",
  tp_new: abc_data_new, tp_dealloc: abc_data_dealloc, tp_getattro: PyObject_GenericGetAttr,
});

/** @cpython _get_impl: `self._abc_impl`, which must be an _abc_data. @returns new */
function _get_impl(self: PyObject): _abc_data | null {
  const impl = PyObject_GetAttr(self, _PyUnicode_FromId("_abc_impl"));
  if (impl === null) return null;
  if (impl.ob_type !== _abc_data_type) {
    PyErr_SetString(PyExc_TypeError, "_abc_impl is set to a wrong type");
    Py_DECREF(impl);
    return null;
  }
  return impl as _abc_data;
}

/** @cpython _in_weak_set: is a weak reference to `obj` in the set? (No when obj has none.) */
function _in_weak_set(set: PySetObject | null, obj: PyObject): number {
  if (set === null || PySet_GET_SIZE(set) === 0) return 0;
  const ref = PyWeakref_NewRef(obj, null);
  if (ref === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_Clear();
      return 0;
    }
    return -1;
  }
  const res = PySet_Contains(set, ref);
  Py_DECREF(ref);
  return res;
}

/** @cpython _destroy: the callback that drops a dead class's reference from its set. */
function _destroy(setweakref: PyObject, objweakref: PyObject): PyObject | null {
  const set = PyWeakref_GetObject(setweakref);
  if (set === null) return null;
  if (set === Py_None) return Py_NewNone();
  Py_INCREF(set);
  if (PySet_Discard(set, objweakref) < 0) {
    Py_DECREF(set);
    return null;
  }
  Py_DECREF(set);
  return Py_NewNone();
}

const _destroy_def: PyMethodDef = { ml_name: "_destroy", ml_meth: _destroy, ml_flags: METH_O };

type WeakSetField = "_abc_registry" | "_abc_cache" | "_abc_negative_cache";

/** @cpython _add_to_weak_set: add a weak reference to `obj` whose callback removes it again. */
function _add_to_weak_set(impl: _abc_data, field: WeakSetField, obj: PyObject): number {
  let set = impl[field];
  if (set === null) {
    set = PySet_New(null);
    if (set === null) return -1;
    impl[field] = set;
  }
  const wr = PyWeakref_NewRef(set, null);
  if (wr === null) return -1;
  const destroy_cb = PyCFunction_NewEx(_destroy_def, wr, null);
  const ref = PyWeakref_NewRef(obj, destroy_cb);
  Py_DECREF(destroy_cb);
  if (ref === null) {
    Py_DECREF(wr);
    return -1;
  }
  const ret = PySet_Add(set, ref);
  Py_DECREF(wr);
  Py_DECREF(ref);
  return ret;
}

/** @cpython _abc__reset_registry */
function _abc__reset_registry(_module: PyObject, self: PyObject): PyObject | null {
  const impl = _get_impl(self);
  if (impl === null) return null;
  if (impl._abc_registry !== null && PySet_Clear(impl._abc_registry) < 0) {
    Py_DECREF(impl);
    return null;
  }
  Py_DECREF(impl);
  return Py_NewNone();
}

/** @cpython _abc__reset_caches */
function _abc__reset_caches(_module: PyObject, self: PyObject): PyObject | null {
  const impl = _get_impl(self);
  if (impl === null) return null;
  if ((impl._abc_cache !== null && PySet_Clear(impl._abc_cache) < 0) ||
    (impl._abc_negative_cache !== null && PySet_Clear(impl._abc_negative_cache) < 0)) {
    Py_DECREF(impl);
    return null;
  }
  Py_DECREF(impl);
  return Py_NewNone();
}

/** @cpython _abc__get_dump: shallow copies of the three sets and the negative cache version. */
function _abc__get_dump(_module: PyObject, self: PyObject): PyObject | null {
  const impl = _get_impl(self);
  if (impl === null) return null;
  const parts: PyObject[] = [];
  for (const s of [impl._abc_registry, impl._abc_cache, impl._abc_negative_cache]) {
    const copy = PySet_New(s);
    if (copy === null) {
      for (const p of parts) Py_DECREF(p);
      Py_DECREF(impl);
      return null;
    }
    parts.push(copy);
  }
  parts.push(PyLong_FromNumber(impl._abc_negative_cache_version));
  Py_DECREF(impl);
  return _PyTuple_FromArraySteal(parts);
}

/** @cpython _PyObject_IsAbstract: a true `__isabstractmethod__` attribute. */
function _PyObject_IsAbstract(obj: PyObject): number {
  const isabstract = _PyObject_LookupAttr(obj, _PyUnicode_FromId("__isabstractmethod__"));
  if (isabstract === null) return -1;
  if (isabstract === undefined) return 0;
  const res = PyObject_IsTrue(isabstract);
  Py_DECREF(isabstract);
  return res;
}

/**
 * @cpython compute_abstract_methods: the class's own abstract attributes, plus the
 * inherited abstract names it has not overridden, stored as __abstractmethods__.
 */
function compute_abstract_methods(self: PyObject): number {
  const abstracts = PyFrozenSet_New(null)!;
  let ok = false;
  out: {
    // Stage 1: attributes of the class itself (from a list: the checks may change the dict).
    const ns = PyObject_GetAttr(self, _PyUnicode_FromId("__dict__"));
    if (ns === null) break out;
    const items = PyObject_CallMethod(ns, "items", []);
    Py_DECREF(ns);
    if (items === null) break out;
    const list = _PySequence_ToArray(items);
    Py_DECREF(items);
    if (list === null) break out;
    let failed = false;
    for (const item of list) {
      if (failed) break;
      const pair = _PySequence_ToArray(item);
      if (pair === null) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "items() returned non-iterable");
        failed = true;
        break;
      }
      if (pair.length !== 2) {
        PyErr_SetString(PyExc_TypeError, "items() returned item which size is not 2");
        for (const p of pair) Py_DECREF(p);
        failed = true;
        break;
      }
      const [key, value] = pair;
      const is_abstract = _PyObject_IsAbstract(value);
      if (is_abstract < 0 || (is_abstract && PySet_Add(abstracts, key) < 0)) failed = true;
      Py_DECREF(key);
      Py_DECREF(value);
    }
    for (const item of list) Py_DECREF(item);
    if (failed) break out;
    // Stage 2: inherited abstract names still abstract here.
    const bases = PyObject_GetAttr(self, _PyUnicode_FromId("__bases__"));
    if (bases === null) break out;
    if (!PyTuple_Check(bases)) {
      PyErr_SetString(PyExc_TypeError, "__bases__ is not tuple");
      Py_DECREF(bases);
      break out;
    }
    for (const item of bases.ob_item) {
      const base_abstracts = _PyObject_LookupAttr(item, _PyUnicode_FromId("__abstractmethods__"));
      if (base_abstracts === null) {
        failed = true;
        break;
      }
      if (base_abstracts === undefined) continue;
      const iter = PyObject_GetIter(base_abstracts);
      Py_DECREF(base_abstracts);
      if (iter === null) {
        failed = true;
        break;
      }
      let key: PyObject | null;
      while ((key = PyIter_Next(iter)) !== null) {
        const value = _PyObject_LookupAttr(self, key);
        if (value === null) {
          Py_DECREF(key);
          failed = true;
          break;
        }
        if (value === undefined) {
          Py_DECREF(key);
          continue;
        }
        const is_abstract = _PyObject_IsAbstract(value);
        Py_DECREF(value);
        if (is_abstract < 0 || (is_abstract && PySet_Add(abstracts, key) < 0)) {
          Py_DECREF(key);
          failed = true;
          break;
        }
        Py_DECREF(key);
      }
      Py_DECREF(iter);
      if (failed || PyErr_Occurred()) {
        failed = true;
        break;
      }
    }
    Py_DECREF(bases);
    if (failed) break out;
    if (PyObject_SetAttr(self, _PyUnicode_FromId("__abstractmethods__"), abstracts) < 0) break out;
    ok = true;
  }
  Py_DECREF(abstracts);
  return ok ? 0 : -1;
}

const COLLECTION_FLAGS = Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING;

/** @cpython _abc__abc_init: set up __abstractmethods__, _abc_impl and the collection flags. */
function _abc__abc_init(_module: PyObject, self: PyObject): PyObject | null {
  if (compute_abstract_methods(self) < 0) return null;
  const data = new _abc_data(_abc_data_type);
  const r = PyObject_SetAttr(self, _PyUnicode_FromId("_abc_impl"), data);
  Py_DECREF(data);
  if (r < 0) return null;
  if (PyType_Check(self)) {
    const cls = self;
    const key = _PyUnicode_FromId("__abc_tpflags__");
    const flags = PyDict_GetItemWithError(cls.tp_dict!, key);
    if (flags === null) {
      if (PyErr_Occurred()) return null;
    } else {
      if (PyLong_CheckExact(flags)) {
        const v = (flags as PyLongObject).ob_ival;
        const val = typeof v === "number" ? v : Number(BigInt.asIntN(32, v));
        if ((val & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
          return PyErr_SetString(PyExc_TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        }
        cls.tp_flags |= val & COLLECTION_FLAGS;
      }
      if (PyDict_DelItem(cls.tp_dict!, key) < 0) return null;
      PyType_Modified(cls);
    }
  }
  return Py_NewNone();
}

/** @cpython set_collection_flag_recursive */
function set_collection_flag_recursive(child: PyTypeObject, flag: number): void {
  if (child.tp_flags & Py_TPFLAGS_IMMUTABLETYPE || (child.tp_flags & COLLECTION_FLAGS) === flag) return;
  child.tp_flags &= ~COLLECTION_FLAGS;
  child.tp_flags |= flag;
  for (const grandchild of liveSubclasses(child)) set_collection_flag_recursive(grandchild, flag);
}

/** @cpython _abc__abc_register_impl */
function _abc__abc_register(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_abc_register", args.length, 2, 2)) return null;
  const [self, subclass] = args;
  if (!PyType_Check(subclass)) return PyErr_SetString(PyExc_TypeError, "Can only register classes");
  let result = PyObject_IsSubclass(subclass, self);
  if (result > 0) {
    Py_INCREF(subclass);
    return subclass;
  }
  if (result < 0) return null;
  // Cycles are checked after "already a subclass", so X.register(X) is allowed (a no-op).
  result = PyObject_IsSubclass(self, subclass);
  if (result > 0) return PyErr_SetString(PyExc_RuntimeError, "Refusing to create an inheritance cycle");
  if (result < 0) return null;
  const impl = _get_impl(self);
  if (impl === null) return null;
  if (_add_to_weak_set(impl, "_abc_registry", subclass) < 0) {
    Py_DECREF(impl);
    return null;
  }
  Py_DECREF(impl);
  abc_invalidation_counter++;
  if (PyType_Check(self)) {
    const collection_flag = self.tp_flags & COLLECTION_FLAGS;
    if (collection_flag) set_collection_flag_recursive(subclass, collection_flag);
  }
  Py_INCREF(subclass);
  return subclass;
}

function new_bool(b: PyObject): PyObject {
  Py_INCREF(b);
  return b;
}

/** @cpython _abc__abc_instancecheck_impl */
function _abc__abc_instancecheck(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_abc_instancecheck", args.length, 2, 2)) return null;
  const [self, instance] = args;
  const impl = _get_impl(self);
  if (impl === null) return null;
  let result: PyObject | null = null;
  const subclass = PyObject_GetAttr(instance, _PyUnicode_FromId("__class__"));
  end: {
    if (subclass === null) break end;
    // The cache checks, inline.
    let incache = _in_weak_set(impl._abc_cache, subclass);
    if (incache < 0) break end;
    if (incache > 0) {
      result = new_bool(Py_True);
      break end;
    }
    const subtype = instance.ob_type;
    if (subtype === subclass) {
      if (impl._abc_negative_cache_version === abc_invalidation_counter) {
        incache = _in_weak_set(impl._abc_negative_cache, subclass);
        if (incache < 0) break end;
        if (incache > 0) {
          result = new_bool(Py_False);
          break end;
        }
      }
      // Fall back to the subclass check.
      result = PyObject_CallMethod(self, "__subclasscheck__", [subclass]);
      break end;
    }
    result = PyObject_CallMethod(self, "__subclasscheck__", [subclass]);
    if (result === null) break end;
    const t = PyObject_IsTrue(result);
    if (t < 0) {
      Py_DECREF(result);
      result = null;
    } else if (t === 0) {
      Py_DECREF(result);
      result = PyObject_CallMethod(self, "__subclasscheck__", [subtype]);
    }
  }
  Py_DECREF(impl);
  Py_XDECREF(subclass);
  return result;
}

/**
 * @cpython subclasscheck_check_registry: 1 with a result (True), 0 when undecided, -1 on
 * error. The registry is copied first: callbacks may shrink it meanwhile.
 */
function subclasscheck_check_registry(impl: _abc_data, subclass: PyObject): number {
  let ret = _in_weak_set(impl._abc_registry, subclass);
  if (ret !== 0) return ret;
  const registry = impl._abc_registry;
  if (registry === null || PySet_GET_SIZE(registry) === 0) return 0;
  const copy: PyObject[] = [];
  const pos = { i: 0 };
  for (let e = _PySet_NextEntry(registry, pos); e !== null; e = _PySet_NextEntry(registry, pos)) {
    Py_INCREF(e[0]);
    copy.push(e[0]);
  }
  ret = 0;
  for (const ref of copy) {
    const rkey = PyWeakref_GetObject(ref);
    if (rkey === null) {
      ret = -1;
      break;
    }
    if (rkey === Py_None) continue;
    Py_INCREF(rkey);
    const r = PyObject_IsSubclass(subclass, rkey);
    Py_DECREF(rkey);
    if (r < 0) {
      ret = -1;
      break;
    }
    if (r > 0) {
      ret = _add_to_weak_set(impl, "_abc_cache", subclass) < 0 ? -1 : 1;
      break;
    }
  }
  for (const ref of copy) Py_DECREF(ref);
  return ret;
}

/** @cpython _abc__abc_subclasscheck_impl */
function _abc__abc_subclasscheck(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_abc_subclasscheck", args.length, 2, 2)) return null;
  const [self, subclass] = args;
  if (!PyType_Check(subclass)) return PyErr_SetString(PyExc_TypeError, "issubclass() arg 1 must be a class");
  const impl = _get_impl(self);
  if (impl === null) return null;
  let result: PyObject | null = null;
  end: {
    // 1. The positive cache.
    let incache = _in_weak_set(impl._abc_cache, subclass);
    if (incache < 0) break end;
    if (incache > 0) {
      result = Py_True;
      break end;
    }
    // 2. The negative cache, unless a register() call made it stale.
    if (impl._abc_negative_cache_version < abc_invalidation_counter) {
      if (impl._abc_negative_cache !== null && PySet_Clear(impl._abc_negative_cache) < 0) break end;
      impl._abc_negative_cache_version = abc_invalidation_counter;
    } else {
      incache = _in_weak_set(impl._abc_negative_cache, subclass);
      if (incache < 0) break end;
      if (incache > 0) {
        result = Py_False;
        break end;
      }
    }
    // 3. The subclass hook.
    const ok = PyObject_CallMethod(self, "__subclasshook__", [subclass]);
    if (ok === null) break end;
    if (ok === Py_True) {
      Py_DECREF(ok);
      if (_add_to_weak_set(impl, "_abc_cache", subclass) < 0) break end;
      result = Py_True;
      break end;
    }
    if (ok === Py_False) {
      Py_DECREF(ok);
      if (_add_to_weak_set(impl, "_abc_negative_cache", subclass) < 0) break end;
      result = Py_False;
      break end;
    }
    if (ok !== Py_NotImplemented) {
      Py_DECREF(ok);
      PyErr_SetString(PyExc_AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
      break end;
    }
    Py_DECREF(ok);
    // 4. A direct subclass.
    for (const mro_item of subclass.tp_mro!.ob_item) {
      if (mro_item === self) {
        if (_add_to_weak_set(impl, "_abc_cache", subclass) < 0) break end;
        result = Py_True;
        break end;
      }
    }
    // 5. A subclass of a registered class.
    const reg = subclasscheck_check_registry(impl, subclass);
    if (reg < 0) break end;
    if (reg > 0) {
      result = Py_True;
      break end;
    }
    // 6. A subclass of one of our subclasses.
    const subclasses = PyObject_CallMethod(self, "__subclasses__", []);
    if (subclasses === null) break end;
    if (!PyList_Check(subclasses)) {
      PyErr_SetString(PyExc_TypeError, "__subclasses__() must return a list");
      Py_DECREF(subclasses);
      break end;
    }
    const items = (subclasses as PyListObject).ob_item.slice();
    let found = 0;
    for (const scls of items) {
      Py_INCREF(scls);
      const r = PyObject_IsSubclass(subclass, scls);
      Py_DECREF(scls);
      if (r !== 0) {
        found = r;
        break;
      }
    }
    Py_DECREF(subclasses);
    if (found < 0) break end;
    if (found > 0) {
      if (_add_to_weak_set(impl, "_abc_cache", subclass) < 0) break end;
      result = Py_True;
      break end;
    }
    // No: remember it.
    if (_add_to_weak_set(impl, "_abc_negative_cache", subclass) < 0) break end;
    result = Py_False;
  }
  Py_DECREF(impl);
  if (result !== null) Py_INCREF(result);
  return result;
}

/** @cpython _abc_get_cache_token_impl */
function _abc_get_cache_token(_module: PyObject): PyObject {
  return PyLong_FromNumber(abc_invalidation_counter);
}

const _abcmodule_methods: PyMethodDef[] = [
  { ml_name: "get_cache_token", ml_meth: _abc_get_cache_token, ml_flags: METH_NOARGS,
    ml_doc: "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC." },
  { ml_name: "_abc_init", ml_meth: _abc__abc_init, ml_flags: METH_O,
    ml_doc: "Internal ABC helper for class set-up. Should be never used outside abc module." },
  { ml_name: "_reset_registry", ml_meth: _abc__reset_registry, ml_flags: METH_O,
    ml_doc: "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py" },
  { ml_name: "_reset_caches", ml_meth: _abc__reset_caches, ml_flags: METH_O,
    ml_doc: "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py" },
  { ml_name: "_get_dump", ml_meth: _abc__get_dump, ml_flags: METH_O,
    ml_doc: "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr." },
  { ml_name: "_abc_register", ml_meth: _abc__abc_register, ml_flags: METH_FASTCALL,
    ml_doc: "Internal ABC helper for subclasss registration. Should be never used outside abc module." },
  { ml_name: "_abc_instancecheck", ml_meth: _abc__abc_instancecheck, ml_flags: METH_FASTCALL,
    ml_doc: "Internal ABC helper for instance checks. Should be never used outside abc module." },
  { ml_name: "_abc_subclasscheck", ml_meth: _abc__abc_subclasscheck, ml_flags: METH_FASTCALL,
    ml_doc: "Internal ABC helper for subclasss checks. Should be never used outside abc module." },
];

/** @cpython PyInit__abc (_abcmodule_exec) */
export function PyInit__abc(): PyObject | null {
  _PyWeakref_InitTypes();
  if (PyType_Ready(_abc_data_type) < 0) return null;
  return PyModule_Create("_abc", "Module contains faster C implementation of abc.ABCMeta", _abcmodule_methods);
}


