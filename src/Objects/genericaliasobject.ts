/**
 * @mirrors Objects/genericaliasobject.c
 * types.GenericAlias: what `list[int]` evaluates to — the origin class with its arguments,
 * printed as `list[int]`, callable like the origin (the result remembers the alias in
 * __orig_class__), comparable and hashable. The alias collects the type variables found in
 * its arguments (__parameters__) and substitutes them when subscripted again
 * (`dict[str, T][int]`); iterating over it yields the starred form (`*tuple[int]`) used by
 * PEP 646 unpacking. _Py_make_parameters and _Py_subs_parameters are shared with
 * types.UnionType.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_EQ, Py_NE, Py_hash, METH_O, METH_NOARGS,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_HAVE_VECTORCALL,
} from "../Include/object.ts";
import { PyUnicode_FromString, _PyUnicode_FromId, PyUnicode_Check, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_FromArray, _PyTuple_FromArraySteal, PyTuple_Type } from "./tupleobject.ts";
import {
  Py_NotImplemented, Py_None, PyObject_GenericGetAttr, PyObject_RichCompare, PyObject_RichCompareBool,
  PyObject_Hash, PyObject_Str, PyObject_SetAttr, PyObject_IsTrue, _PyObject_LookupAttr, reprString,
} from "./object.ts";
import { PyObject_Vectorcall, PyObject_CallOneArg } from "./call.ts";
import { PyBool_FromLong, Py_True } from "./boolobject.ts";
import { PyType_Check, PyType_Ready } from "./typeobject.ts";
import { PyErr_ExceptionMatches, PyErr_Clear, PyErr_Occurred, PyErr_SetString, PyErr_SetNone } from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_StopIteration, PyExc_TypeError } from "./exceptions.ts";
import { _Py_union_type_or } from "./unionobject.ts";
import { Py_Ellipsis } from "./sliceobject.ts";
import { PyObject_GetItem, PySequence_Contains } from "./abstract.ts";
import { PyObject_SelfIter, _PyEval_GetBuiltin } from "./iterobject.ts";
import { PyList_Append, PyList_Check } from "./listobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";

export class gaobject extends PyObject {
  origin: PyObject;
  args: PyTupleObject;
  /** The type variables of the arguments, computed on first use (null until then). */
  parameters: PyTupleObject | null;
  /** Whether this is the unpacked form, e.g. *tuple[int]. */
  starred: boolean;
  constructor(origin: PyObject, args: PyTupleObject, type: PyTypeObject = Py_GenericAliasType) {
    super(type);
    this.origin = origin;
    this.args = args;
    this.parameters = null;
    this.starred = false;
  }
}

/** @cpython _PyGenericAlias_Check: an instance of GenericAlias or of a subclass. */
export const _PyGenericAlias_Check = (o: PyObject): o is gaobject => o instanceof gaobject;

/** @cpython setup_ga: wrap a non-tuple argument in a 1-tuple; takes new references. */
function setup_ga(origin: PyObject, args: PyObject, type: PyTypeObject): gaobject {
  let t: PyTupleObject;
  if (PyTuple_Check(args)) {
    Py_INCREF(args);
    t = args;
  } else t = PyTuple_FromArray([args]);
  Py_INCREF(origin);
  return new gaobject(origin, t, type);
}

/** @cpython Py_GenericAlias @returns new */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyObject {
  return setup_ga(origin, args, Py_GenericAliasType);
}

/** @cpython ga_repr_item: how one origin or argument is written inside the brackets. */
function ga_repr_item(p: PyObject): string | null {
  if (p === Py_Ellipsis) return "...";
  let tmp = _PyObject_LookupAttr(p, _PyUnicode_FromId("__origin__"));
  if (tmp === null) return null;
  if (tmp !== undefined) {
    Py_DECREF(tmp);
    tmp = _PyObject_LookupAttr(p, _PyUnicode_FromId("__args__"));
    if (tmp === null) return null;
    // Something that looks like a generic alias prints as itself.
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
    // %S.%S: the str() of both.
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

/** @cpython ga_repr */
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
  const inner = ga.args.ob_item.length === 0 ? "()" : parts.join(", ");
  return PyUnicode_FromString(`${ga.starred ? "*" : ""}${origin}[${inner}]`);
}

/** @cpython tuple_index: position of `item` (by identity) among the first len items, or -1. */
function tuple_index(items: readonly PyObject[], len: number, item: PyObject): number {
  for (let i = 0; i < len; i++) if (items[i] === item) return i;
  return -1;
}

/**
 * @cpython _Py_make_parameters: the type variables (objects with __typing_subst__) among
 * `args` and among the __parameters__ of the arguments, each once, in order of appearance.
 * @returns new
 */
export function _Py_make_parameters(args: PyTupleObject): PyTupleObject | null {
  const params: PyObject[] = [];
  const substName = _PyUnicode_FromId("__typing_subst__");
  const paramsName = _PyUnicode_FromId("__parameters__");
  for (const t of args.ob_item) {
    // A bare class's __parameters__ would be a descriptor, not a tuple.
    if (PyType_Check(t)) continue;
    const subst = _PyObject_LookupAttr(t, substName);
    if (subst === null) return null;
    if (subst !== undefined) {
      if (!params.includes(t)) params.push(t);
      Py_DECREF(subst);
      continue;
    }
    const subparams = _PyObject_LookupAttr(t, paramsName);
    if (subparams === null) return null;
    if (subparams === undefined) continue;
    if (PyTuple_Check(subparams)) {
      for (const t2 of subparams.ob_item) if (!params.includes(t2)) params.push(t2);
    }
    Py_DECREF(subparams);
  }
  return PyTuple_FromArray(params);
}

/**
 * @cpython subs_tvars: `obj` with the type variables `params` replaced by `argitems` when
 * obj has a non-empty __parameters__ tuple (list[T] -> list[int]); obj itself otherwise.
 * @returns new
 */
function subs_tvars(obj: PyObject, params: PyTupleObject, argitems: readonly PyObject[]): PyObject | null {
  const subparams = _PyObject_LookupAttr(obj, _PyUnicode_FromId("__parameters__"));
  if (subparams === null) return null;
  if (subparams !== undefined && PyTuple_Check(subparams) && subparams.ob_item.length > 0) {
    const nparams = params.ob_item.length;
    const subargs: PyObject[] = [];
    for (let arg of subparams.ob_item) {
      const iparam = tuple_index(params.ob_item, nparams, arg);
      if (iparam >= 0) {
        const param = params.ob_item[iparam];
        arg = argitems[iparam];
        // A TypeVarTuple (iterable) stands for all the items of a tuple argument.
        if (param.ob_type.tp_iter !== null && PyTuple_Check(arg)) {
          for (const x of arg.ob_item) subargs.push(x);
          continue;
        }
      }
      subargs.push(arg);
    }
    Py_DECREF(subparams);
    const t = PyTuple_FromArray(subargs);
    const r = PyObject_GetItem(obj, t);
    Py_DECREF(t);
    return r;
  }
  if (subparams !== undefined) Py_DECREF(subparams);
  Py_INCREF(obj);
  return obj;
}

/** @cpython _is_unpacked_typevartuple: 1, 0, or -1 with an error. */
function _is_unpacked_typevartuple(arg: PyObject): number {
  if (PyType_Check(arg)) return 0;
  const tmp = _PyObject_LookupAttr(arg, _PyUnicode_FromId("__typing_is_unpacked_typevartuple__"));
  if (tmp === null) return -1;
  if (tmp === undefined) return 0;
  const r = PyObject_IsTrue(tmp);
  Py_DECREF(tmp);
  return r;
}

/**
 * @cpython _unpacked_tuple_args: the arguments of an unpacked tuple (`*tuple[int, str]`),
 * or null (possibly with an error set) when `arg` is not one. @returns new
 */
function _unpacked_tuple_args(arg: PyObject): PyObject | null {
  if (_PyGenericAlias_Check(arg) && arg.starred && arg.origin === PyTuple_Type) {
    Py_INCREF(arg.args);
    return arg.args;
  }
  const result = _PyObject_LookupAttr(arg, _PyUnicode_FromId("__typing_unpacked_tuple_args__"));
  if (result === null || result === undefined) return null;
  if (result === Py_None) {
    Py_DECREF(result);
    return null;
  }
  return result;
}

/**
 * @cpython _unpack_args: the subscript as a tuple, with each unpacked fixed-length tuple
 * (`*tuple[int, str]`) spread into its items. @returns new
 */
function _unpack_args(item: PyObject): PyTupleObject | null {
  const newargs: PyObject[] = [];
  const argitems = PyTuple_Check(item) ? item.ob_item : [item];
  for (const it of argitems) {
    if (!PyType_Check(it)) {
      const subargs = _unpacked_tuple_args(it);
      if (subargs !== null && PyTuple_Check(subargs)) {
        const n = subargs.ob_item.length;
        if (!(n > 0 && subargs.ob_item[n - 1] === Py_Ellipsis)) {
          for (const x of subargs.ob_item) newargs.push(x);
          Py_DECREF(subargs);
          continue;
        }
      }
      if (subargs !== null) Py_DECREF(subargs);
      if (PyErr_Occurred()) return null;
    }
    newargs.push(it);
  }
  return PyTuple_FromArray(newargs);
}

/**
 * @cpython _Py_subs_parameters: the new argument tuple of `self[item]`, where self has the
 * arguments `args` and the type variables `parameters`. @returns new
 */
export function _Py_subs_parameters(self: PyObject, args: PyTupleObject, parameters: PyTupleObject, item: PyObject): PyTupleObject | null {
  const nparams = parameters.ob_item.length;
  if (nparams === 0) {
    const r = reprString(self);
    if (r === null) return null;
    return PyErr_SetString(PyExc_TypeError, `${r} is not a generic class`);
  }
  let cur: PyObject | null = _unpack_args(item);
  if (cur === null) return null;
  const prepareName = _PyUnicode_FromId("__typing_prepare_subst__");
  for (const param of parameters.ob_item) {
    const prepare = _PyObject_LookupAttr(param, prepareName);
    if (prepare === null) {
      Py_DECREF(cur);
      return null;
    }
    if (prepare === undefined) continue;
    if (prepare !== Py_None) {
      let arg: PyObject = cur;
      if (!PyTuple_Check(cur)) arg = PyTuple_FromArray([cur]);
      else Py_INCREF(arg);
      const tmp = PyObject_Vectorcall(prepare, [self, arg], null);
      Py_DECREF(arg);
      Py_DECREF(cur);
      cur = tmp;
    }
    Py_DECREF(prepare);
    if (cur === null) return null;
  }
  const argitems: readonly PyObject[] = PyTuple_Check(cur) ? cur.ob_item : [cur];
  const nitems = argitems.length;
  if (nitems !== nparams) {
    Py_DECREF(cur);
    const r = reprString(self);
    if (r === null) return null;
    return PyErr_SetString(PyExc_TypeError,
      `Too ${nitems > nparams ? "many" : "few"} arguments for ${r}; actual ${nitems}, expected ${nparams}`);
  }
  // Replace each type variable of `args` with its value; recurse into nested aliases.
  const substName = _PyUnicode_FromId("__typing_subst__");
  const newargs: PyObject[] = [];
  const fail = (): null => {
    for (const o of newargs) Py_DECREF(o);
    Py_DECREF(cur!);
    return null;
  };
  for (let arg of args.ob_item) {
    if (PyType_Check(arg)) {
      Py_INCREF(arg);
      newargs.push(arg);
      continue;
    }
    const unpack = _is_unpacked_typevartuple(arg);
    if (unpack < 0) return fail();
    const subst = _PyObject_LookupAttr(arg, substName);
    if (subst === null) return fail();
    let r: PyObject | null;
    if (subst !== undefined) {
      const iparam = tuple_index(parameters.ob_item, nparams, arg);
      r = PyObject_CallOneArg(subst, argitems[iparam]);
      Py_DECREF(subst);
    } else {
      r = subs_tvars(arg, parameters, argitems);
    }
    if (r === null) return fail();
    arg = r;
    if (unpack) {
      if (!PyTuple_Check(arg)) {
        Py_DECREF(arg);
        PyErr_SetString(PyExc_TypeError, "expected a tuple");
        return fail();
      }
      for (const x of arg.ob_item) {
        Py_INCREF(x);
        newargs.push(x);
      }
      Py_DECREF(arg);
    } else newargs.push(arg);
  }
  Py_DECREF(cur);
  return _PyTuple_FromArraySteal(newargs);
}

/** @cpython ga_parameters (and the lazy fill of ga_getitem) @returns borrowed */
function ga_get_parameters(alias: gaobject): PyTupleObject | null {
  if (alias.parameters === null) alias.parameters = _Py_make_parameters(alias.args);
  return alias.parameters;
}

/** @cpython ga_getitem: substitute the type variables, list[T][int] -> list[int]. */
function ga_getitem(self: PyObject, item: PyObject): PyObject | null {
  const alias = self as gaobject;
  const params = ga_get_parameters(alias);
  if (params === null) return null;
  const newargs = _Py_subs_parameters(self, alias.args, params, item);
  if (newargs === null) return null;
  const res = Py_GenericAlias(alias.origin, newargs) as gaobject;
  res.starred = alias.starred;
  Py_DECREF(newargs);
  return res;
}

/** @cpython ga_hash */
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

/** @cpython set_orig_class: record the alias on the instance, when it takes attributes. */
function set_orig_class(obj: PyObject | null, self: PyObject): PyObject | null {
  if (obj !== null) {
    if (PyObject_SetAttr(obj, _PyUnicode_FromId("__orig_class__"), self) < 0) {
      if (!PyErr_ExceptionMatches(PyExc_AttributeError) && !PyErr_ExceptionMatches(PyExc_TypeError)) {
        Py_DECREF(obj);
        return null;
      }
      PyErr_Clear();
    }
  }
  return obj;
}

/** @cpython ga_call (ga_vectorcall) */
function ga_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const obj = PyObject_Vectorcall((self as gaobject).origin, args, kwnames);
  return set_orig_class(obj, self);
}

/** The names ga_getattro serves from the alias itself rather than from the origin. */
const attr_exceptions = [
  "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
];
const attr_exceptions_set = new Set(attr_exceptions);

/** @cpython ga_getattro: every other attribute comes from the origin. */
function ga_getattro(self: PyObject, name: PyObject): PyObject | null {
  if (PyUnicode_Check(name) && !attr_exceptions_set.has((name as PyUnicodeObject).str)) {
    return PyObject_GetAttr_origin(self as gaobject, name);
  }
  return PyObject_GenericGetAttr(self, name);
}

function PyObject_GetAttr_origin(alias: gaobject, name: PyObject): PyObject | null {
  const origin = alias.origin;
  const getattro = origin.ob_type.tp_getattro;
  if (getattro !== null) return getattro(origin, name);
  return PyObject_GenericGetAttr(origin, name);
}

/** @cpython ga_richcompare */
function ga_richcompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if (!_PyGenericAlias_Check(b) || (op !== Py_EQ && op !== Py_NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (op === Py_NE) {
    const eq = ga_richcompare(a, b, Py_EQ);
    if (eq === null) return null;
    Py_DECREF(eq);
    return PyBool_FromLong(eq === Py_True ? 0 : 1);
  }
  const aa = a as gaobject;
  if (aa.starred !== b.starred) return PyBool_FromLong(0);
  const eq = PyObject_RichCompareBool(aa.origin, b.origin, Py_EQ);
  if (eq < 0) return null;
  if (!eq) return PyBool_FromLong(0);
  return PyObject_RichCompare(aa.args, b.args, Py_EQ);
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

/** @cpython ga_reduce: (type, (origin, args)), or next(iter(alias)) for a starred alias. */
function ga_reduce(self: PyObject): PyObject | null {
  const alias = self as gaobject;
  if (alias.starred) {
    const tmp = Py_GenericAlias(alias.origin, alias.args);
    const it = ga_iter(tmp);
    Py_DECREF(tmp);
    const next = _PyEval_GetBuiltin("next");
    if (next === null) {
      Py_DECREF(it);
      return null;
    }
    const inner = _PyTuple_FromArraySteal([it]);
    return _PyTuple_FromArraySteal([next, inner]);
  }
  const inner = PyTuple_FromArray([alias.origin, alias.args]);
  Py_INCREF(alias.ob_type);
  return _PyTuple_FromArraySteal([alias.ob_type, inner]);
}

/** @cpython ga_dir: the origin's names plus the attributes the alias answers itself. */
function ga_dir(self: PyObject): PyObject | null {
  const dirf = _PyEval_GetBuiltin("dir");
  if (dirf === null) return null;
  const dir = PyObject_CallOneArg(dirf, (self as gaobject).origin);
  Py_DECREF(dirf);
  if (dir === null) return null;
  if (!PyList_Check(dir)) return dir;
  for (const name of attr_exceptions) {
    const entry = PyUnicode_FromString(name);
    const contains = PySequence_Contains(dir, entry);
    if (contains < 0 || (contains === 0 && PyList_Append(dir, entry) < 0)) {
      Py_DECREF(entry);
      Py_DECREF(dir);
      return null;
    }
    Py_DECREF(entry);
  }
  return dir;
}

/** @cpython ga_new: GenericAlias(origin, args), also for subclasses (typing's _CallableGenericAlias). */
function ga_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (kwnames !== null && kwnames.ob_item.length > 0) {
    return PyErr_SetString(PyExc_TypeError, "GenericAlias() takes no keyword arguments");
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional("GenericAlias", npos, 2, 2)) return null;
  // Instances of classes own a reference to their class (subtype_dealloc releases it).
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return setup_ga(args[0], args[1], type);
}

/** @cpython ga_dealloc */
function ga_dealloc(o: PyObject): void {
  const alias = o as gaobject;
  Py_DECREF(alias.origin);
  Py_DECREF(alias.args);
  Py_XDECREF(alias.parameters);
}

/** @cpython gaiterobject: yields the starred alias once. */
class gaiterobject extends PyObject {
  obj: PyObject | null;
  constructor(obj: PyObject) {
    super(_Py_GenericAliasIterType);
    this.obj = obj;
  }
}

/** @cpython ga_iternext */
function ga_iternext(self: PyObject): PyObject | null {
  const gi = self as gaiterobject;
  if (gi.obj === null) return PyErr_SetNone(PyExc_StopIteration);
  const alias = gi.obj as gaobject;
  const starred = Py_GenericAlias(alias.origin, alias.args) as gaobject;
  starred.starred = true;
  Py_DECREF(gi.obj);
  gi.obj = null;
  return starred;
}

/** @cpython ga_iter_reduce: (iter, (alias,)) */
function ga_iter_reduce(self: PyObject): PyObject | null {
  const gi = self as gaiterobject;
  const f = _PyEval_GetBuiltin("iter");
  if (f === null) return null;
  // After exhaustion CPython builds the tuple from NULL, which fails; report it the same way.
  if (gi.obj === null) {
    Py_DECREF(f);
    return PyErr_SetString(PyExc_TypeError, "generic_alias_iterator is exhausted");
  }
  return _PyTuple_FromArraySteal([f, PyTuple_FromArray([gi.obj])]);
}

export const _Py_GenericAliasIterType: PyTypeObject = new PyTypeObject({
  tp_name: "generic_alias_iterator", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_iter: PyObject_SelfIter, tp_iternext: ga_iternext,
  tp_dealloc: (o) => Py_XDECREF((o as gaiterobject).obj),
  tp_methods: [{ ml_name: "__reduce__", ml_meth: ga_iter_reduce, ml_flags: METH_NOARGS }],
});

/** @cpython ga_iter */
function ga_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return new gaiterobject(self);
}

export const Py_GenericAliasType: PyTypeObject = new PyTypeObject({
  tp_name: "types.GenericAlias", tp_basicsize: 64, tp_weaklistoffset: 40,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL,
  tp_doc: "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
  tp_new: ga_new,
  tp_repr: ga_repr, tp_richcompare: ga_richcompare, tp_hash: ga_hash, tp_getattro: ga_getattro,
  tp_call: ga_call, tp_iter: ga_iter,
  mp_subscript: ga_getitem,
  nb_or: (a, b) => _Py_union_type_or(a, b),
  tp_dealloc: ga_dealloc,
  tp_methods: [
    { ml_name: "__mro_entries__", ml_meth: ga_mro_entries, ml_flags: METH_O },
    { ml_name: "__instancecheck__", ml_meth: ga_instancecheck, ml_flags: METH_O },
    { ml_name: "__subclasscheck__", ml_meth: ga_subclasscheck, ml_flags: METH_O },
    { ml_name: "__reduce__", ml_meth: ga_reduce, ml_flags: METH_NOARGS },
    { ml_name: "__dir__", ml_meth: ga_dir, ml_flags: METH_NOARGS },
  ],
  tp_members: [
    { name: "__origin__", get: (o) => { const v = (o as gaobject).origin; Py_INCREF(v); return v; } },
    { name: "__args__", get: (o) => { const v = (o as gaobject).args; Py_INCREF(v); return v; } },
    { name: "__unpacked__", get: (o) => PyBool_FromLong((o as gaobject).starred ? 1 : 0) },
  ],
  tp_getset: [
    {
      name: "__parameters__", doc: "Type variables in the GenericAlias.",
      get: (o) => { const p = ga_get_parameters(o as gaobject); if (p !== null) Py_INCREF(p); return p; },
    },
    {
      name: "__typing_unpacked_tuple_args__",
      get: (o) => {
        const a = o as gaobject;
        const r = a.starred && a.origin === PyTuple_Type ? a.args : Py_None;
        Py_INCREF(r);
        return r;
      },
    },
  ],
});

/** Readies GenericAlias and its iterator (called by pylifecycle). */
export function _PyGenericAlias_InitTypes(): void {
  PyType_Ready(Py_GenericAliasType);
  PyType_Ready(_Py_GenericAliasIterType);
}
