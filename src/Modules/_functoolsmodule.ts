/**
 * @mirrors Modules/_functoolsmodule.c
 * The accelerators behind Lib/functools.py: reduce, partial, cmp_to_key (its KeyWrapper
 * type) and the C version of lru_cache (_lru_cache_wrapper).
 *
 * partial flattens: partial(partial(f, 1), 2) stores f with (1, 2) as long as the inner
 * partial has no __dict__, so a chain of partials costs one call.
 *
 * The bounded lru cache keeps a dict from key to link, and the links on a circular doubly
 * linked list whose root sits in the cache object; the oldest entry is root.next:
 *
 *   root ⇄ [oldest] ⇄ ... ⇄ [newest] ⇄ root        cache = {key: link, ...}
 *
 * A hit moves its link to the newest end; a miss on a full cache reuses the oldest link for
 * the new key. The dict owns the links; the list's prev/next pointers are borrowed.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_hash,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_IMMUTABLETYPE,
  METH_NOARGS, METH_O, METH_CLASS, METH_FASTCALL, METH_KEYWORDS,
  type PyMethodDef, type PyGetSetDef,
} from "../Include/object.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_AttributeError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, PyCallable_Check, PyObject_RichCompare, PyObject_Hash, PyObject_IsTrue, PyObject_GetAttrString,
  PyObject_GenericGetAttr, PyObject_GenericSetAttr, Py_ReprEnter, Py_ReprLeave, reprString, strString,
} from "../Objects/object.ts";
import { PyBaseObject_Type, PyType_Ready } from "../Objects/typeobject.ts";
import {
  PyTupleObject, PyTuple_FromArray, PyTuple_Check, PyTuple_CheckExact, _PyTuple_FromArraySteal, PyTuple_New,
} from "../Objects/tupleobject.ts";
import {
  PyDictObject, PyDict_New, PyDict_Check, PyDict_CheckExact, PyDict_Copy, PyDict_SetItem, PyDict_Clear, _PyDict_Items,
  _PyDict_GetItem_KnownHash, _PyDict_SetItem_KnownHash, _PyDict_Pop_KnownHash,
} from "../Objects/dictobject.ts";
import { PyUnicode_FromString, PyUnicode_CheckExact } from "../Objects/unicodeobject.ts";
import { PyLong_CheckExact, PyLong_FromNumber, PyIndex_Check, PyNumber_AsSsize_t } from "../Objects/longobject.ts";
import { PyObject_Vectorcall, PyObject_CallNoArgs, _PyStack_UnpackDict } from "../Objects/call.ts";
import { PyObject_GetIter, PyIter_Next, PySequence_Tuple } from "../Objects/abstract.ts";
import { PyMethod_New } from "../Objects/classobject.ts";
import { Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_ParseTupleAndKeywordsSlots, positionalCount } from "../Python/getargs.ts";

/** The module state (_functools_state): the keyword marker of lru cache keys. */
let kwd_mark: PyObject | null = null;

// -- __dict__ for partial and the lru cache wrapper ---------------------------------------------

/** @cpython PyObject_GenericGetDict */
function generic_get_dict(self: PyObject): PyObject {
  if (self.ob_dict === null) self.ob_dict = PyDict_New();
  Py_INCREF(self.ob_dict);
  return self.ob_dict;
}

/** @cpython PyObject_GenericSetDict */
function generic_set_dict(self: PyObject, value: PyObject | null): number {
  if (value === null) {
    PyErr_SetString(PyExc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!PyDict_Check(value)) {
    PyErr_SetString(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
    return -1;
  }
  const old = self.ob_dict;
  Py_INCREF(value);
  self.ob_dict = value;
  Py_XDECREF(old);
  return 0;
}

const dict_getset: PyGetSetDef[] = [{ name: "__dict__", get: generic_get_dict, set: generic_set_dict }];

/** `cls.__class_getitem__` (Py_GenericAlias), see PEP 585. */
const class_getitem: PyMethodDef = {
  ml_name: "__class_getitem__", ml_meth: Py_GenericAlias, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585",
};

// -- partial -------------------------------------------------------------------------------------------

/** @cpython partialobject */
export class partialobject extends PyObject {
  fn: PyObject;
  args: PyTupleObject;
  kw: PyDictObject;
  constructor(type: PyTypeObject, fn: PyObject, args: PyTupleObject, kw: PyDictObject) {
    super(type);
    this.fn = fn;
    this.args = args;
    this.kw = kw;
  }
}

/** The keyword arguments of a vectorcall as a new dict. */
function kwnames_to_dict(args: PyObject[], kwnames: PyTupleObject): PyDictObject | null {
  const d = PyDict_New();
  const names = kwnames.ob_item;
  const base = args.length - names.length;
  for (let i = 0; i < names.length; i++) {
    if (PyDict_SetItem(d, names[i], args[base + i]) < 0) {
      Py_DECREF(d);
      return null;
    }
  }
  return d;
}

/** @cpython partial_new: `partial(func, *args, **keywords)`, flattening a nested partial. */
function partial_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nargs = positionalCount(args, kwnames);
  if (nargs < 1) return PyErr_SetString(PyExc_TypeError, "type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyTupleObject | null = null;
  let pkw: PyDictObject | null = null;
  if (func.ob_type.tp_call === partial_call && func.ob_dict === null) {
    const part = func as partialobject;
    pargs = part.args;
    pkw = part.kw;
    func = part.fn;
  }
  if (!PyCallable_Check(func)) return PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
  const newargs = args.slice(1, nargs);
  let fnargs: PyTupleObject;
  if (pargs === null) fnargs = PyTuple_FromArray(newargs);
  else fnargs = PyTuple_FromArray(pargs.ob_item.concat(newargs));
  let kw: PyDictObject | null;
  if (pkw === null || pkw.ma_used === 0) {
    kw = kwnames === null ? PyDict_New() : kwnames_to_dict(args, kwnames);
  } else {
    kw = PyDict_Copy(pkw);
    if (kw !== null && kwnames !== null) {
      const names = kwnames.ob_item;
      for (let i = 0; i < names.length; i++) {
        if (PyDict_SetItem(kw, names[i], args[nargs + i]) < 0) {
          Py_DECREF(kw);
          kw = null;
          break;
        }
      }
    }
  }
  if (kw === null) {
    Py_DECREF(fnargs);
    return null;
  }
  Py_INCREF(func);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new partialobject(type, func, fnargs, kw);
}

/** @cpython partial_dealloc */
function partial_dealloc(self: PyObject): void {
  const pto = self as partialobject;
  Py_DECREF(pto.fn);
  Py_DECREF(pto.args);
  Py_DECREF(pto.kw);
  const d = pto.ob_dict;
  if (d !== null) {
    pto.ob_dict = null;
    Py_DECREF(d);
  }
}

/**
 * @cpython partial_vectorcall / partial_call: the stored positional arguments go first;
 * stored keywords are merged under the call's own (which win).
 */
function partial_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const pto = self as partialobject;
  const pargs = pto.args.ob_item;
  if (pto.kw.ma_used === 0) {
    if (pargs.length === 0) return PyObject_Vectorcall(pto.fn, args, kwnames);
    return PyObject_Vectorcall(pto.fn, pargs.concat(args), kwnames);
  }
  // Keywords to merge: through a dict, as partial_call does.
  const kwargs2 = PyDict_Copy(pto.kw);
  if (kwargs2 === null) return null;
  const nargs = positionalCount(args, kwnames);
  if (kwnames !== null) {
    const names = kwnames.ob_item;
    for (let i = 0; i < names.length; i++) {
      if (PyDict_SetItem(kwargs2, names[i], args[nargs + i]) < 0) {
        Py_DECREF(kwargs2);
        return null;
      }
    }
  }
  const positional = nargs === args.length ? pargs.concat(args) : pargs.concat(args.slice(0, nargs));
  const [flat, names] = _PyStack_UnpackDict(positional, kwargs2);
  const res = PyObject_Vectorcall(pto.fn, flat, names);
  if (names !== null) Py_DECREF(names);
  Py_DECREF(kwargs2);
  return res;
}

/** @cpython partial_repr: `functools.partial(<func>, 1, x=2)` */
function partial_repr(self: PyObject): PyObject | null {
  const pto = self as partialobject;
  if (Py_ReprEnter(self) !== 0) return PyUnicode_FromString("...");
  let arglist = "";
  let result: PyObject | null = null;
  done: {
    for (const a of pto.args.ob_item) {
      const r = reprString(a);
      if (r === null) break done;
      arglist += `, ${r}`;
    }
    for (const [key, value] of _PyDict_Items(pto.kw)) {
      Py_INCREF(value);
      const k = strString(key);
      const v = k === null ? null : reprString(value);
      Py_DECREF(value);
      if (k === null || v === null) break done;
      arglist += `, ${k}=${v}`;
    }
    const fn = reprString(pto.fn);
    if (fn === null) break done;
    result = PyUnicode_FromString(`${pto.ob_type.tp_name}(${fn}${arglist})`);
  }
  Py_ReprLeave(self);
  return result;
}

/** @cpython partial_reduce: (type, (func,), (func, args, keywords, __dict__ or None)) */
function partial_reduce(self: PyObject): PyObject {
  const pto = self as partialobject;
  const state = PyTuple_FromArray([pto.fn, pto.args, pto.kw, pto.ob_dict ?? Py_None]);
  const fnargs = PyTuple_FromArray([pto.fn]);
  return _PyTuple_FromArraySteal([(Py_INCREF(pto.ob_type), pto.ob_type), fnargs, state]);
}

/** @cpython partial_setstate: replaces all of func, args, keywords and __dict__. */
function partial_setstate(self: PyObject, state: PyObject): PyObject | null {
  const pto = self as partialobject;
  const items = PyTuple_Check(state) ? state.ob_item : null;
  if (items === null || items.length !== 4 || !PyCallable_Check(items[0]) || !PyTuple_Check(items[1]) ||
    (items[2] !== Py_None && !PyDict_Check(items[2]))) {
    return PyErr_SetString(PyExc_TypeError, "invalid partial state");
  }
  const [fn, fnargs0, kw0, dict0] = items;
  let fnargs: PyTupleObject | null;
  if (!PyTuple_CheckExact(fnargs0)) fnargs = PySequence_Tuple(fnargs0);
  else {
    Py_INCREF(fnargs0);
    fnargs = fnargs0 as PyTupleObject;
  }
  if (fnargs === null) return null;
  let kw: PyDictObject | null;
  if (kw0 === Py_None) kw = PyDict_New();
  else if (!PyDict_CheckExact(kw0)) kw = PyDict_Copy(kw0);
  else {
    Py_INCREF(kw0);
    kw = kw0 as PyDictObject;
  }
  if (kw === null) {
    Py_DECREF(fnargs);
    return null;
  }
  let dict: PyDictObject | null = null;
  if (dict0 !== Py_None) {
    Py_INCREF(dict0);
    dict = dict0 as PyDictObject;
  }
  Py_INCREF(fn);
  const oldfn = pto.fn, oldargs = pto.args, oldkw = pto.kw, olddict = pto.ob_dict;
  pto.fn = fn;
  pto.args = fnargs;
  pto.kw = kw;
  pto.ob_dict = dict;
  Py_DECREF(oldfn);
  Py_DECREF(oldargs);
  Py_DECREF(oldkw);
  Py_XDECREF(olddict);
  return Py_NewNone();
}

function member_getter<T extends PyObject>(get: (o: T) => PyObject) {
  return (o: PyObject): PyObject => {
    const v = get(o as T);
    Py_INCREF(v);
    return v;
  };
}

/** @cpython partial_type_spec */
export const partial_type: PyTypeObject = new PyTypeObject({
  tp_name: "functools.partial", tp_basicsize: 64, tp_dictoffset: 40, tp_weaklistoffset: 48,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
  tp_dealloc: partial_dealloc, tp_repr: partial_repr, tp_call: partial_call,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr, tp_new: partial_new,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: partial_reduce, ml_flags: METH_NOARGS },
    { ml_name: "__setstate__", ml_meth: partial_setstate, ml_flags: METH_O },
    class_getitem,
  ],
  tp_members: [
    { name: "func", get: member_getter<partialobject>((p) => p.fn), doc: "function object to use in future partial calls" },
    { name: "args", get: member_getter<partialobject>((p) => p.args), doc: "tuple of arguments to future partial calls" },
    { name: "keywords", get: member_getter<partialobject>((p) => p.kw), doc: "dictionary of keyword arguments to future partial calls" },
  ],
  tp_getset: dict_getset,
});

// -- cmp_to_key --------------------------------------------------------------------------------------

/** @cpython keyobject: the comparison function and (once called) the wrapped value. */
export class keyobject extends PyObject {
  cmp: PyObject | null;
  object: PyObject | null;
  constructor(type: PyTypeObject, cmp: PyObject, object: PyObject | null) {
    super(type);
    this.cmp = cmp;
    this.object = object;
  }
}

/** @cpython keyobject_dealloc */
function keyobject_dealloc(self: PyObject): void {
  const ko = self as keyobject;
  Py_XDECREF(ko.cmp);
  Py_XDECREF(ko.object);
}

/** @cpython keyobject_call: `K(obj)` wraps one value with the same comparison. */
function keyobject_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "K", ["obj"]);
  if (slots === null) return null;
  const ko = self as keyobject;
  const object = slots[0]!;
  Py_INCREF(ko.cmp!);
  Py_INCREF(object);
  return new keyobject(ko.ob_type, ko.cmp!, object);
}

/** @cpython keyobject_richcompare: cmp(x, y) <op> 0 */
function keyobject_richcompare(ko: PyObject, other: PyObject, op: number): PyObject | null {
  if (other.ob_type !== ko.ob_type) return PyErr_SetString(PyExc_TypeError, "other argument must be K instance");
  const compare = (ko as keyobject).cmp!;
  const x = (ko as keyobject).object, y = (other as keyobject).object;
  if (x === null || y === null) return PyErr_SetString(PyExc_AttributeError, "object");
  const res = PyObject_Vectorcall(compare, [x, y], null);
  if (res === null) return null;
  const zero = PyLong_FromNumber(0);
  const answer = PyObject_RichCompare(res, zero, op);
  Py_DECREF(zero);
  Py_DECREF(res);
  return answer;
}

/** @cpython keyobject_type_spec */
export const keyobject_type: PyTypeObject = new PyTypeObject({
  tp_name: "functools.KeyWrapper", tp_basicsize: 32,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: keyobject_dealloc, tp_call: keyobject_call, tp_getattro: PyObject_GenericGetAttr,
  tp_richcompare: keyobject_richcompare,
  tp_members: [{
    name: "obj", doc: "Value wrapped by a key function.",
    get: (o) => {
      const v = (o as keyobject).object ?? Py_None;
      Py_INCREF(v);
      return v;
    },
    set: (o, v) => {
      const ko = o as keyobject;
      const old = ko.object;
      if (v !== null) Py_INCREF(v);
      ko.object = v;
      Py_XDECREF(old);
      return 0;
    },
  }],
});

/** @cpython functools_cmp_to_key */
function functools_cmp_to_key(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "cmp_to_key", ["mycmp"]);
  if (slots === null) return null;
  const cmp = slots[0]!;
  Py_INCREF(cmp);
  return new keyobject(keyobject_type, cmp, null);
}

// -- reduce --------------------------------------------------------------------------------------------

/** @cpython functools_reduce: reduce(function, iterable[, initial]) */
function functools_reduce(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("reduce", kwnames)) return null;
  if (!_PyArg_CheckPositional("reduce", args.length, 2, 3)) return null;
  const func = args[0], seq = args[1];
  let result: PyObject | null = args.length > 2 ? args[2] : null;
  if (result !== null) Py_INCREF(result);
  const it = PyObject_GetIter(seq);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "reduce() arg 2 must support iteration");
    Py_XDECREF(result);
    return null;
  }
  for (;;) {
    const op2 = PyIter_Next(it);
    if (op2 === null) {
      if (PyErr_Occurred()) {
        Py_XDECREF(result);
        Py_DECREF(it);
        return null;
      }
      break;
    }
    if (result === null) {
      result = op2;
      continue;
    }
    const r: PyObject | null = PyObject_Vectorcall(func, [result, op2], null);
    Py_DECREF(result);
    Py_DECREF(op2);
    result = r;
    if (result === null) {
      Py_DECREF(it);
      return null;
    }
  }
  Py_DECREF(it);
  if (result === null) PyErr_SetString(PyExc_TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// -- lru_cache -------------------------------------------------------------------------------------------

/** @cpython lru_list_elem: one cache entry (a Python object so the dict can hold it). */
class lru_list_elem extends PyObject {
  prev: lru_list_elem;
  next: lru_list_elem;
  hash: number;
  hash_hi: number;
  key: PyObject | null;
  result: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.prev = this;
    this.next = this;
    this.hash = -1;
    this.hash_hi = -1;
    this.key = null;
    this.result = null;
  }
}

/** @cpython lru_list_elem_dealloc */
function lru_list_elem_dealloc(self: PyObject): void {
  const link = self as lru_list_elem;
  Py_XDECREF(link.key);
  Py_XDECREF(link.result);
}

/** @cpython lru_list_elem_type_spec */
const lru_list_elem_type: PyTypeObject = new PyTypeObject({
  tp_name: "functools._lru_list_elem", tp_basicsize: 56,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: lru_list_elem_dealloc,
});

type lru_wrapper = (self: lru_cache_object, args: PyObject[], kwnames: PyTupleObject | null) => PyObject | null;

/** @cpython lru_cache_object */
export class lru_cache_object extends PyObject {
  /** The list's root (not in the cache dict); root.next is the oldest link. */
  root: lru_list_elem;
  wrapper: lru_wrapper;
  typed: boolean;
  cache: PyDictObject;
  hits: number;
  func: PyObject;
  maxsize: number;
  misses: number;
  kwd_mark: PyObject;
  cache_info_type: PyObject;
  constructor(type: PyTypeObject, wrapper: lru_wrapper, typed: boolean, cache: PyDictObject, func: PyObject,
    maxsize: number, kwd_mark: PyObject, cache_info_type: PyObject) {
    super(type);
    this.root = new lru_list_elem(lru_list_elem_type);
    this.wrapper = wrapper;
    this.typed = typed;
    this.cache = cache;
    this.hits = 0;
    this.func = func;
    this.maxsize = maxsize;
    this.misses = 0;
    this.kwd_mark = kwd_mark;
    this.cache_info_type = cache_info_type;
  }
}

/**
 * @cpython lru_cache_make_key: the positional arguments, then (if any keywords) the marker
 * and name/value pairs, then (if typed) the type of each value. One str or int argument is
 * its own key, and untyped positional-only calls use the args tuple itself.
 */
function lru_cache_make_key(kwd_mark: PyObject, args: PyObject[], kwnames: PyTupleObject | null, typed: boolean): PyObject {
  const kwds_size = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - kwds_size;
  if (!typed && kwds_size === 0) {
    if (nargs === 1) {
      const key = args[0];
      if (PyUnicode_CheckExact(key) || PyLong_CheckExact(key)) {
        Py_INCREF(key);
        return key;
      }
    }
    return PyTuple_FromArray(args);
  }
  const items: PyObject[] = args.slice(0, nargs);
  if (kwds_size) {
    items.push(kwd_mark);
    const names = kwnames!.ob_item;
    for (let i = 0; i < kwds_size; i++) items.push(names[i], args[nargs + i]);
  }
  if (typed) {
    for (let i = 0; i < nargs; i++) items.push(args[i].ob_type);
    for (let i = 0; i < kwds_size; i++) items.push(args[nargs + i].ob_type);
  }
  return PyTuple_FromArray(items);
}

/** @cpython uncached_lru_cache_wrapper (maxsize=0) */
function uncached_lru_cache_wrapper(self: lru_cache_object, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  self.misses++;
  return PyObject_Vectorcall(self.func, args, kwnames);
}

/** @cpython infinite_lru_cache_wrapper (maxsize=None): a plain dict, no list. */
function infinite_lru_cache_wrapper(self: lru_cache_object, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const key = lru_cache_make_key(self.kwd_mark, args, kwnames, self.typed);
  const lo = PyObject_Hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) {
    Py_DECREF(key);
    return null;
  }
  let result = _PyDict_GetItem_KnownHash(self.cache, key, lo, hi);
  if (result !== null) {
    Py_INCREF(result);
    self.hits++;
    Py_DECREF(key);
    return result;
  }
  if (PyErr_Occurred()) {
    Py_DECREF(key);
    return null;
  }
  self.misses++;
  result = PyObject_Vectorcall(self.func, args, kwnames);
  if (result === null) {
    Py_DECREF(key);
    return null;
  }
  if (_PyDict_SetItem_KnownHash(self.cache, key, result, lo, hi) < 0) {
    Py_DECREF(result);
    Py_DECREF(key);
    return null;
  }
  Py_DECREF(key);
  return result;
}

/** @cpython lru_cache_extract_link */
function lru_cache_extract_link(link: lru_list_elem): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

/** @cpython lru_cache_append_link: as the newest. */
function lru_cache_append_link(self: lru_cache_object, link: lru_list_elem): void {
  const root = self.root;
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

/** @cpython lru_cache_prepend_link: as the oldest. */
function lru_cache_prepend_link(self: lru_cache_object, link: lru_list_elem): void {
  const root = self.root;
  const first = root.next;
  first.prev = root.next = link;
  link.prev = root;
  link.next = first;
}

/**
 * @cpython bounded_lru_cache_wrapper. Every dict access uses the key's known hash, so only
 * __eq__ can run user code; the cache is consistent before each such access, and the
 * DECREFs that might run __del__ come last.
 */
function bounded_lru_cache_wrapper(self: lru_cache_object, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const key = lru_cache_make_key(self.kwd_mark, args, kwnames, self.typed);
  const lo = PyObject_Hash(key);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) {
    Py_DECREF(key);
    return null;
  }
  let link = _PyDict_GetItem_KnownHash(self.cache, key, lo, hi) as lru_list_elem | null;
  if (link !== null) {
    lru_cache_extract_link(link);
    lru_cache_append_link(self, link);
    const res = link.result!;
    self.hits++;
    Py_INCREF(res);
    Py_DECREF(key);
    return res;
  }
  if (PyErr_Occurred()) {
    Py_DECREF(key);
    return null;
  }
  self.misses++;
  const result = PyObject_Vectorcall(self.func, args, kwnames);
  if (result === null) {
    Py_DECREF(key);
    return null;
  }
  const testresult = _PyDict_GetItem_KnownHash(self.cache, key, lo, hi);
  if (testresult !== null) {
    // The call itself cached this key (recursion): keep that entry.
    Py_DECREF(key);
    return result;
  }
  if (PyErr_Occurred()) {
    Py_DECREF(key);
    Py_DECREF(result);
    return null;
  }
  if (self.cache.ma_used < self.maxsize || self.root.next === self.root) {
    // Not full: a new link.
    link = new lru_list_elem(lru_list_elem_type);
    link.hash = lo;
    link.hash_hi = hi;
    link.key = key;
    link.result = result;
    if (_PyDict_SetItem_KnownHash(self.cache, key, link, lo, hi) < 0) {
      Py_DECREF(link);
      return null;
    }
    lru_cache_append_link(self, link);
    Py_INCREF(result);
    return result;
  }
  // Full: evict the oldest entry and reuse its link.
  link = self.root.next;
  lru_cache_extract_link(link);
  const popresult = _PyDict_Pop_KnownHash(self.cache, link.key!, link.hash, link.hash_hi, Py_None);
  if (popresult === Py_None) {
    // The call (or something it did) already removed the oldest key: drop the orphan link.
    Py_DECREF(popresult);
    Py_DECREF(link);
    Py_DECREF(key);
    return result;
  }
  if (popresult === null) {
    lru_cache_prepend_link(self, link);
    Py_DECREF(key);
    Py_DECREF(result);
    return null;
  }
  const oldkey = link.key!, oldresult = link.result!;
  link.hash = lo;
  link.hash_hi = hi;
  link.key = key;
  link.result = result;
  if (_PyDict_SetItem_KnownHash(self.cache, key, link, lo, hi) < 0) {
    Py_DECREF(popresult);
    Py_DECREF(link);
    Py_DECREF(oldkey);
    Py_DECREF(oldresult);
    return null;
  }
  lru_cache_append_link(self, link);
  Py_INCREF(result);
  Py_DECREF(popresult);
  Py_DECREF(oldkey);
  Py_DECREF(oldresult);
  return result;
}

/** @cpython lru_cache_new: `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)` */
function lru_cache_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "lru_cache",
    ["user_function", "maxsize", "typed", "cache_info_type"]);
  if (slots === null) return null;
  const [func, maxsize_O, typed_O, cache_info_type] = slots as PyObject[];
  const typed = PyObject_IsTrue(typed_O);
  if (typed < 0) return null;
  if (!PyCallable_Check(func)) return PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
  let wrapper: lru_wrapper;
  let maxsize: number;
  if (maxsize_O === Py_None) {
    wrapper = infinite_lru_cache_wrapper;
    maxsize = -1;
  } else if (PyIndex_Check(maxsize_O)) {
    maxsize = PyNumber_AsSsize_t(maxsize_O, PyExc_OverflowError);
    if (maxsize === -1 && PyErr_Occurred()) return null;
    if (maxsize < 0) maxsize = 0;
    wrapper = maxsize === 0 ? uncached_lru_cache_wrapper : bounded_lru_cache_wrapper;
  } else {
    return PyErr_SetString(PyExc_TypeError, "maxsize should be integer or None");
  }
  Py_INCREF(func);
  Py_INCREF(kwd_mark!);
  Py_INCREF(cache_info_type);
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new lru_cache_object(type, wrapper, typed !== 0, PyDict_New(), func, maxsize, kwd_mark!, cache_info_type);
}

/**
 * @cpython lru_cache_unlink_list: detach the whole list and empty the root; returns the
 * first link (the detached chain still ends at the root) or null.
 */
function lru_cache_unlink_list(self: lru_cache_object): lru_list_elem | null {
  const root = self.root;
  const link = root.next;
  if (link === root) return null;
  root.next = root.prev = root;
  return link;
}

/** @cpython lru_cache_clear_list: drop the list's references to the detached links. */
function lru_cache_clear_list(link: lru_list_elem | null, root: lru_list_elem): void {
  while (link !== null && link !== root) {
    const next = link.next;
    Py_DECREF(link);
    link = next;
  }
}

/** @cpython lru_cache_dealloc */
function lru_cache_dealloc(self: PyObject): void {
  const obj = self as lru_cache_object;
  const list = lru_cache_unlink_list(obj);
  Py_DECREF(obj.cache);
  Py_DECREF(obj.func);
  Py_DECREF(obj.kwd_mark);
  Py_DECREF(obj.cache_info_type);
  const d = obj.ob_dict;
  if (d !== null) {
    obj.ob_dict = null;
    Py_DECREF(d);
  }
  lru_cache_clear_list(list, obj.root);
}

/** @cpython lru_cache_call */
function lru_cache_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const obj = self as lru_cache_object;
  return obj.wrapper(obj, args, kwnames);
}

/** @cpython lru_cache_descr_get: a cached function looked up on an instance is a bound method. */
function lru_cache_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) {
    Py_INCREF(self);
    return self;
  }
  return PyMethod_New(self, obj);
}

/** @cpython lru_cache_cache_info: cache_info_type(hits, misses, maxsize, currsize) */
function lru_cache_cache_info(self: PyObject): PyObject | null {
  const obj = self as lru_cache_object;
  const hits = PyLong_FromNumber(obj.hits), misses = PyLong_FromNumber(obj.misses);
  const maxsize = obj.maxsize === -1 ? (Py_INCREF(Py_None), Py_None) : PyLong_FromNumber(obj.maxsize);
  const currsize = PyLong_FromNumber(obj.cache.ma_used);
  const res = PyObject_Vectorcall(obj.cache_info_type, [hits, misses, maxsize, currsize], null);
  Py_DECREF(hits);
  Py_DECREF(misses);
  Py_DECREF(maxsize);
  Py_DECREF(currsize);
  return res;
}

/** @cpython lru_cache_cache_clear */
function lru_cache_cache_clear(self: PyObject): PyObject {
  const obj = self as lru_cache_object;
  const list = lru_cache_unlink_list(obj);
  obj.hits = obj.misses = 0;
  PyDict_Clear(obj.cache);
  lru_cache_clear_list(list, obj.root);
  return Py_NewNone();
}

/** @cpython lru_cache_reduce: pickled by its qualified name, like a function. */
function lru_cache_reduce(self: PyObject): PyObject | null {
  return PyObject_GetAttrString(self, "__qualname__");
}

/** @cpython lru_cache_copy / lru_cache_deepcopy: the wrapper is its own copy. */
function lru_cache_copy(self: PyObject, _args: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

const lru_cache_doc = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n";

/** @cpython lru_cache_type_spec */
export const lru_cache_type: PyTypeObject = new PyTypeObject({
  tp_name: "functools._lru_cache_wrapper", tp_basicsize: 152, tp_dictoffset: 136, tp_weaklistoffset: 144,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: lru_cache_doc,
  tp_dealloc: lru_cache_dealloc, tp_call: lru_cache_call, tp_descr_get: lru_cache_descr_get, tp_new: lru_cache_new,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_methods: [
    { ml_name: "cache_info", ml_meth: lru_cache_cache_info, ml_flags: METH_NOARGS },
    { ml_name: "cache_clear", ml_meth: lru_cache_cache_clear, ml_flags: METH_NOARGS },
    { ml_name: "__reduce__", ml_meth: lru_cache_reduce, ml_flags: METH_NOARGS },
    { ml_name: "__copy__", ml_meth: lru_cache_copy, ml_flags: METH_FASTCALL },
    { ml_name: "__deepcopy__", ml_meth: lru_cache_copy, ml_flags: METH_FASTCALL },
  ],
  tp_getset: dict_getset,
});

// -- the module -------------------------------------------------------------------------------------------

const _functools_methods: PyMethodDef[] = [
  { ml_name: "reduce", ml_meth: functools_reduce, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty." },
  { ml_name: "cmp_to_key", ml_meth: functools_cmp_to_key, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Convert a cmp= function into a key= function." },
];

/** @cpython PyInit__functools (_functools_exec) */
export function PyInit__functools(): PyObject | null {
  const m = PyModule_Create("_functools", "Tools that operate on functions.", _functools_methods);
  if (kwd_mark === null) {
    kwd_mark = PyObject_CallNoArgs(PyBaseObject_Type);
    if (kwd_mark === null) return null;
  }
  if (PyModule_AddType(m, partial_type) < 0) return null;
  if (PyModule_AddType(m, lru_cache_type) < 0) return null;
  // KeyWrapper and the list links are used internally only (not module attributes).
  if (PyType_Ready(keyobject_type) < 0 || PyType_Ready(lru_list_elem_type) < 0) return null;
  return m;
}
