/**
 * @mirrors Python/context.c
 * Context variables (PEP 567): ContextVar, Token and Context. Each thread state points at
 * its current Context (tstate.context, made on first use); a Context holds an immutable
 * mapping (Python/hamt.ts) from ContextVar to value. ContextVar.set() replaces the current
 * Context's mapping with a new one, so a copy taken earlier keeps the old values:
 *
 *   >>> v = ContextVar('v'); v.set(1); c = copy_context(); v.set(2)
 *   >>> c[v], v.get()
 *   (1, 2)
 *
 * Context.run(f) makes the Context current for the call and restores the previous one
 * after; a Context can be entered only once at a time. ContextVar.get() caches the value
 * it found together with the thread state's id and its context version, which changes on
 * every enter, exit and set.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_hash, Py_EQ, Py_NE,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_READY,
  METH_NOARGS, METH_O, METH_CLASS, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef,
} from "../Include/object.ts";
import { _PyThreadState_GET, type PyThreadState } from "./pystate.ts";
import { PyErr_SetString, PyErr_SetObject } from "./errors.ts";
import { PyExc_TypeError, PyExc_RuntimeError, PyExc_ValueError, PyExc_LookupError, PyExc_KeyError } from "../Objects/exceptions.ts";
import {
  Py_None, Py_NotImplemented, PyObject_Hash, PyObject_HashNotImplemented, PyObject_GenericGetAttr,
  _Py_HashPointerObject, _PyObject_AddressString, reprString,
} from "../Objects/object.ts";
import { PyUnicode_Check, PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { _PyArg_CheckPositional, _PyArg_ParseTupleAndKeywordsSlots, positionalCount } from "./getargs.ts";
import {
  PyHamtObject, _PyHamt_New, _PyHamt_Assoc, _PyHamt_Without, _PyHamt_Find, _PyHamt_Len, _PyHamt_Eq,
  _PyHamt_NewIterKeys, _PyHamt_NewIterValues, _PyHamt_NewIterItems, _PyHamt_InitTypes,
} from "./hamt.ts";

/** @cpython PyContext */
export class PyContext extends PyObject {
  /** The previous current context while this one is entered (borrowed). */
  ctx_prev: PyContext | null;
  ctx_vars: PyHamtObject;
  ctx_entered: boolean;
  constructor(vars: PyHamtObject) {
    super(PyContext_Type);
    this.ctx_prev = null;
    this.ctx_vars = vars;
    this.ctx_entered = false;
  }
}

/** @cpython PyContextVar */
export class PyContextVar extends PyObject {
  var_name: PyObject;
  var_default: PyObject | null;
  /** The last value found and for which thread state and context version (borrowed). */
  var_cached: PyObject | null;
  var_cached_tsid: number;
  var_cached_tsver: number;
  var_hash: number;
  var_hash_hi: number;
  constructor(name: PyObject, def: PyObject | null) {
    super(PyContextVar_Type);
    this.var_name = name;
    this.var_default = def;
    this.var_cached = null;
    this.var_cached_tsid = 0;
    this.var_cached_tsver = 0;
    this.var_hash = 0;
    this.var_hash_hi = 0;
  }
}

/** @cpython PyContextToken */
export class PyContextToken extends PyObject {
  tok_ctx: PyContext;
  tok_var: PyContextVar;
  /** The value before the set() that made this token; null when the variable had none. */
  tok_oldval: PyObject | null;
  tok_used: boolean;
  constructor(ctx: PyContext, v: PyContextVar, oldval: PyObject | null) {
    super(PyContextToken_Type);
    this.tok_ctx = ctx;
    this.tok_var = v;
    this.tok_oldval = oldval;
    this.tok_used = false;
  }
}

/** @cpython PyContext_CheckExact */
export const PyContext_CheckExact = (o: PyObject): o is PyContext => o.ob_type === PyContext_Type;
/** @cpython PyContextVar_CheckExact */
export const PyContextVar_CheckExact = (o: PyObject): o is PyContextVar => o.ob_type === PyContextVar_Type;
/** @cpython PyContextToken_CheckExact */
export const PyContextToken_CheckExact = (o: PyObject): o is PyContextToken => o.ob_type === PyContextToken_Type;

// -- the C API ------------------------------------------------------------------------------------------

/** @cpython PyContext_New @returns new */
export function PyContext_New(): PyContext {
  return context_new_empty();
}

/** @cpython PyContext_Copy @returns new */
export function PyContext_Copy(octx: PyObject): PyContext | null {
  if (!PyContext_CheckExact(octx)) return PyErr_SetString(PyExc_TypeError, "an instance of Context was expected");
  return context_new_from_vars(octx.ctx_vars);
}

/** @cpython PyContext_CopyCurrent @returns new */
export function PyContext_CopyCurrent(): PyContext {
  return context_new_from_vars(context_get().ctx_vars);
}

/** @cpython _PyContext_Enter */
function _PyContext_Enter(ts: PyThreadState, octx: PyObject): number {
  if (!PyContext_CheckExact(octx)) {
    PyErr_SetString(PyExc_TypeError, "an instance of Context was expected");
    return -1;
  }
  const ctx = octx;
  if (ctx.ctx_entered) {
    const r = reprString(ctx);
    if (r !== null) PyErr_SetString(PyExc_RuntimeError, `cannot enter context: ${r} is already entered`);
    return -1;
  }
  ctx.ctx_prev = ts.context as PyContext | null;
  ctx.ctx_entered = true;
  Py_INCREF(ctx);
  ts.context = ctx;
  ts.context_ver++;
  return 0;
}

/** @cpython PyContext_Enter */
export function PyContext_Enter(octx: PyObject): number {
  return _PyContext_Enter(_PyThreadState_GET(), octx);
}

/** @cpython _PyContext_Exit */
function _PyContext_Exit(ts: PyThreadState, octx: PyObject): number {
  if (!PyContext_CheckExact(octx)) {
    PyErr_SetString(PyExc_TypeError, "an instance of Context was expected");
    return -1;
  }
  const ctx = octx;
  if (!ctx.ctx_entered) {
    const r = reprString(ctx);
    if (r !== null) PyErr_SetString(PyExc_RuntimeError, `cannot exit context: ${r} has not been entered`);
    return -1;
  }
  if (ts.context !== ctx) {
    PyErr_SetString(PyExc_RuntimeError, "cannot exit context: thread state references a different context object");
    return -1;
  }
  ts.context = ctx.ctx_prev;
  Py_DECREF(ctx);
  ts.context_ver++;
  ctx.ctx_prev = null;
  ctx.ctx_entered = false;
  return 0;
}

/** @cpython PyContext_Exit */
export function PyContext_Exit(octx: PyObject): number {
  return _PyContext_Exit(_PyThreadState_GET(), octx);
}

/** @cpython PyContextVar_New @returns new */
export function PyContextVar_New(name: string, def: PyObject | null): PyObject | null {
  const pyname = PyUnicode_FromString(name);
  const v = contextvar_new(pyname, def);
  Py_DECREF(pyname);
  return v;
}

/**
 * @cpython PyContextVar_Get: the value in the current context, else `def`, else the
 * variable's default; undefined when there is none. The result is a new reference;
 * null means an error.
 */
export function PyContextVar_Get(ovar: PyObject, def: PyObject | null): PyObject | null | undefined {
  if (!PyContextVar_CheckExact(ovar)) {
    PyErr_SetString(PyExc_TypeError, "an instance of ContextVar was expected");
    return null;
  }
  const v = ovar;
  const ts = _PyThreadState_GET();
  let val: PyObject | null = null;
  if (ts.context !== null) {
    if (v.var_cached !== null && v.var_cached_tsid === ts.id && v.var_cached_tsver === ts.context_ver) {
      val = v.var_cached;
    } else {
      const found = _PyHamt_Find((ts.context as PyContext).ctx_vars, v);
      if (found !== undefined) {
        v.var_cached = found;
        v.var_cached_tsid = ts.id;
        v.var_cached_tsver = ts.context_ver;
        val = found;
      }
    }
  }
  if (val === null) val = def ?? v.var_default;
  if (val === null) return undefined;
  Py_INCREF(val);
  return val;
}

/** @cpython PyContextVar_Set: set in the current context; returns the Token. @returns new */
export function PyContextVar_Set(ovar: PyObject, val: PyObject): PyObject | null {
  if (!PyContextVar_CheckExact(ovar)) return PyErr_SetString(PyExc_TypeError, "an instance of ContextVar was expected");
  const ctx = context_get();
  const old_val = _PyHamt_Find(ctx.ctx_vars, ovar) ?? null;
  Py_XINCREF(old_val);
  const tok = token_new(ctx, ovar, old_val);
  Py_XDECREF(old_val);
  if (contextvar_set(ovar, val) < 0) {
    Py_DECREF(tok);
    return null;
  }
  return tok;
}

/** @cpython PyContextVar_Reset: undo the set() that made the token (once). */
export function PyContextVar_Reset(ovar: PyObject, otok: PyObject): number {
  if (!PyContextVar_CheckExact(ovar)) {
    PyErr_SetString(PyExc_TypeError, "an instance of ContextVar was expected");
    return -1;
  }
  if (!PyContextToken_CheckExact(otok)) {
    PyErr_SetString(PyExc_TypeError, "an instance of Token was expected");
    return -1;
  }
  const tok = otok;
  if (tok.tok_used) {
    const r = reprString(tok);
    if (r !== null) PyErr_SetString(PyExc_RuntimeError, `${r} has already been used once`);
    return -1;
  }
  if (ovar !== tok.tok_var) {
    const r = reprString(tok);
    if (r !== null) PyErr_SetString(PyExc_ValueError, `${r} was created by a different ContextVar`);
    return -1;
  }
  if (context_get() !== tok.tok_ctx) {
    const r = reprString(tok);
    if (r !== null) PyErr_SetString(PyExc_ValueError, `${r} was created in a different Context`);
    return -1;
  }
  tok.tok_used = true;
  return tok.tok_oldval === null ? contextvar_del(ovar) : contextvar_set(ovar, tok.tok_oldval);
}

// -- Context ---------------------------------------------------------------------------------------------

/** @cpython context_new_empty @returns new */
function context_new_empty(): PyContext {
  return new PyContext(_PyHamt_New());
}

/** @cpython context_new_from_vars @returns new */
function context_new_from_vars(vars: PyHamtObject): PyContext {
  Py_INCREF(vars);
  return new PyContext(vars);
}

/** @cpython context_get: the thread's current context, made on first use. @returns borrowed */
function context_get(): PyContext {
  const ts = _PyThreadState_GET();
  let current = ts.context as PyContext | null;
  if (current === null) {
    current = context_new_empty();
    ts.context = current;
  }
  return current;
}

/** @cpython context_check_key_type */
function context_check_key_type(key: PyObject): number {
  if (!PyContextVar_CheckExact(key)) {
    const r = reprString(key);
    if (r !== null) PyErr_SetString(PyExc_TypeError, `a ContextVar key was expected, got ${r}`);
    return -1;
  }
  return 0;
}

/** @cpython context_tp_new: `Context()` is a new empty context. */
function context_tp_new(_type: PyTypeObject, args: PyObject[], _kwnames: PyTupleObject | null): PyObject | null {
  if (args.length > 0) return PyErr_SetString(PyExc_TypeError, "Context() does not accept any arguments");
  return PyContext_New();
}

/** @cpython context_tp_dealloc */
function context_tp_dealloc(self: PyObject): void {
  const ctx = self as PyContext;
  Py_DECREF(ctx.ctx_vars);
}

/** @cpython context_tp_iter: over the variables. */
function context_tp_iter(self: PyObject): PyObject {
  return _PyHamt_NewIterKeys((self as PyContext).ctx_vars);
}

/** @cpython context_tp_richcompare: equal when the mappings are. */
function context_tp_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (!PyContext_CheckExact(v) || !PyContext_CheckExact(w) || (op !== Py_EQ && op !== Py_NE)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  let res = _PyHamt_Eq(v.ctx_vars, w.ctx_vars);
  if (res < 0) return null;
  if (op === Py_NE) res = res ? 0 : 1;
  return PyBool_FromLong(res);
}

/** @cpython context_tp_len */
function context_tp_len(self: PyObject): number {
  return _PyHamt_Len((self as PyContext).ctx_vars);
}

/** @cpython context_tp_subscript */
function context_tp_subscript(self: PyObject, key: PyObject): PyObject | null {
  if (context_check_key_type(key)) return null;
  const val = _PyHamt_Find((self as PyContext).ctx_vars, key);
  if (val === undefined) {
    PyErr_SetObject(PyExc_KeyError, key);
    return null;
  }
  Py_INCREF(val);
  return val;
}

/** @cpython context_tp_contains */
function context_tp_contains(self: PyObject, key: PyObject): number {
  if (context_check_key_type(key)) return -1;
  return _PyHamt_Find((self as PyContext).ctx_vars, key) === undefined ? 0 : 1;
}

/** @cpython _contextvars_Context_get_impl: get(key, default=None, /) */
function _contextvars_Context_get(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("get", args.length, 1, 2)) return null;
  const key = args[0];
  if (context_check_key_type(key)) return null;
  const val = _PyHamt_Find((self as PyContext).ctx_vars, key) ?? (args.length > 1 ? args[1] : Py_None);
  Py_INCREF(val);
  return val;
}

/** @cpython context_run: call f(*args, **kwargs) with this context entered. */
function context_run(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const ts = _PyThreadState_GET();
  if (positionalCount(args, kwnames) < 1) return PyErr_SetString(PyExc_TypeError, "run() missing 1 required positional argument");
  if (_PyContext_Enter(ts, self)) return null;
  const call_result = PyObject_Vectorcall(args[0], args.slice(1), kwnames);
  if (_PyContext_Exit(ts, self)) {
    Py_XDECREF(call_result);
    return null;
  }
  return call_result;
}

const class_getitem: PyMethodDef = {
  ml_name: "__class_getitem__", ml_meth: Py_GenericAlias, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585",
};

/** @cpython PyContext_Type */
export const PyContext_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_contextvars.Context", tp_basicsize: 48, tp_weaklistoffset: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: context_tp_dealloc, tp_getattro: PyObject_GenericGetAttr, tp_richcompare: context_tp_richcompare,
  tp_iter: context_tp_iter, tp_new: context_tp_new, tp_hash: PyObject_HashNotImplemented,
  mp_length: context_tp_len, mp_subscript: context_tp_subscript, sq_contains: context_tp_contains,
  tp_methods: [
    { ml_name: "get", ml_meth: _contextvars_Context_get, ml_flags: METH_FASTCALL,
      ml_doc: "Return the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None." },
    { ml_name: "items", ml_meth: (self: PyObject) => _PyHamt_NewIterItems((self as PyContext).ctx_vars), ml_flags: METH_NOARGS,
      ml_doc: "Return all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value)." },
    { ml_name: "keys", ml_meth: (self: PyObject) => _PyHamt_NewIterKeys((self as PyContext).ctx_vars), ml_flags: METH_NOARGS,
      ml_doc: "Return a list of all variables in the context object." },
    { ml_name: "values", ml_meth: (self: PyObject) => _PyHamt_NewIterValues((self as PyContext).ctx_vars), ml_flags: METH_NOARGS,
      ml_doc: "Return a list of all variables' values in the context object." },
    { ml_name: "copy", ml_meth: (self: PyObject) => context_new_from_vars((self as PyContext).ctx_vars), ml_flags: METH_NOARGS,
      ml_doc: "Return a shallow copy of the context object." },
    { ml_name: "run", ml_meth: context_run, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  ],
});

// -- ContextVar ------------------------------------------------------------------------------------------

/** @cpython contextvar_set: the current context gets a new mapping with var -> val. */
function contextvar_set(v: PyContextVar, val: PyObject): number {
  v.var_cached = null;
  const ts = _PyThreadState_GET();
  const ctx = context_get();
  const new_vars = _PyHamt_Assoc(ctx.ctx_vars, v, val);
  const old = ctx.ctx_vars;
  ctx.ctx_vars = new_vars;
  Py_DECREF(old);
  v.var_cached = val;
  v.var_cached_tsid = ts.id;
  v.var_cached_tsver = ts.context_ver;
  return 0;
}

/** @cpython contextvar_del: LookupError when the variable has no value in the context. */
function contextvar_del(v: PyContextVar): number {
  v.var_cached = null;
  const ctx = context_get();
  const vars = ctx.ctx_vars;
  const new_vars = _PyHamt_Without(vars, v);
  if (vars === new_vars) {
    Py_DECREF(new_vars);
    PyErr_SetObject(PyExc_LookupError, v);
    return -1;
  }
  ctx.ctx_vars = new_vars;
  Py_DECREF(vars);
  return 0;
}

/**
 * @cpython contextvar_new: the hash mixes the variable's address with its name's hash, so
 * variables of one name still spread out.
 */
function contextvar_new(name: PyObject, def: PyObject | null): PyContextVar | null {
  if (!PyUnicode_Check(name)) return PyErr_SetString(PyExc_TypeError, "context variable name must be a str");
  const name_hash = PyObject_Hash(name);
  const name_hi = Py_hash.hi;
  if (name_hash === -1 && name_hi === -1) return null;
  Py_INCREF(name);
  Py_XINCREF(def);
  const v = new PyContextVar(name, def);
  const addr = _Py_HashPointerObject(v);
  const addr_hi = Py_hash.hi;
  let lo = addr ^ name_hash, hi = addr_hi ^ name_hi;
  if (lo === -1 && hi === -1) lo = -2;
  v.var_hash = lo;
  v.var_hash_hi = hi;
  return v;
}

/** @cpython contextvar_tp_new: ContextVar(name, *, default) */
function contextvar_tp_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "ContextVar", ["", "default"], 1, 1);
  if (slots === null) return null;
  return contextvar_new(slots[0]!, slots[1]);
}

/** @cpython contextvar_tp_dealloc */
function contextvar_tp_dealloc(self: PyObject): void {
  const v = self as PyContextVar;
  Py_DECREF(v.var_name);
  Py_XDECREF(v.var_default);
  v.var_cached = null;
}

/** @cpython contextvar_tp_hash */
function contextvar_tp_hash(self: PyObject): number {
  const v = self as PyContextVar;
  Py_hash.hi = v.var_hash_hi;
  return v.var_hash;
}

/** @cpython contextvar_tp_repr: `<ContextVar name='v' default=1 at 0x...>` */
function contextvar_tp_repr(self: PyObject): PyObject | null {
  const v = self as PyContextVar;
  const name = reprString(v.var_name);
  if (name === null) return null;
  let s = `<ContextVar name=${name}`;
  if (v.var_default !== null) {
    const def = reprString(v.var_default);
    if (def === null) return null;
    s += ` default=${def}`;
  }
  return PyUnicode_FromString(`${s} at ${_PyObject_AddressString(self)}>`);
}

/** @cpython _contextvars_ContextVar_get_impl: get([default]) */
function _contextvars_ContextVar_get(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("get", args.length, 0, 1)) return null;
  const val = PyContextVar_Get(self, args.length > 0 ? args[0] : null);
  if (val === null) return null;
  if (val === undefined) {
    PyErr_SetObject(PyExc_LookupError, self);
    return null;
  }
  return val;
}

/** @cpython _contextvars_ContextVar_reset */
function _contextvars_ContextVar_reset(self: PyObject, token: PyObject): PyObject | null {
  if (!PyContextToken_CheckExact(token)) {
    const r = reprString(token);
    return r === null ? null : PyErr_SetString(PyExc_TypeError, `expected an instance of Token, got ${r}`);
  }
  if (PyContextVar_Reset(self, token)) return null;
  Py_INCREF(Py_None);
  return Py_None;
}

/** @cpython PyContextVar_Type */
export const PyContextVar_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_contextvars.ContextVar", tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: contextvar_tp_dealloc, tp_getattro: PyObject_GenericGetAttr, tp_new: contextvar_tp_new,
  tp_hash: contextvar_tp_hash, tp_repr: contextvar_tp_repr,
  tp_members: [{ name: "name", get: (o) => { const n = (o as PyContextVar).var_name; Py_INCREF(n); return n; } }],
  tp_methods: [
    { ml_name: "get", ml_meth: _contextvars_ContextVar_get, ml_flags: METH_FASTCALL,
      ml_doc: "Return a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError." },
    { ml_name: "set", ml_meth: (self: PyObject, value: PyObject) => PyContextVar_Set(self, value), ml_flags: METH_O,
      ml_doc: "Call to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method." },
    { ml_name: "reset", ml_meth: _contextvars_ContextVar_reset, ml_flags: METH_O,
      ml_doc: "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used." },
    class_getitem,
  ],
});

// -- Token -------------------------------------------------------------------------------------------------

/** @cpython token_tp_new */
function token_tp_new(_type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject | null {
  return PyErr_SetString(PyExc_RuntimeError, "Tokens can only be created by ContextVars");
}

/** @cpython token_tp_dealloc */
function token_tp_dealloc(self: PyObject): void {
  const tok = self as PyContextToken;
  Py_DECREF(tok.tok_ctx);
  Py_DECREF(tok.tok_var);
  Py_XDECREF(tok.tok_oldval);
}

/** @cpython token_tp_repr: `<Token [used ]var=<ContextVar ...> at 0x...>` */
function token_tp_repr(self: PyObject): PyObject | null {
  const tok = self as PyContextToken;
  const v = reprString(tok.tok_var);
  if (v === null) return null;
  return PyUnicode_FromString(`<Token${tok.tok_used ? " used" : ""} var=${v} at ${_PyObject_AddressString(self)}>`);
}

/** @cpython token_get_old_value: the old value, or Token.MISSING. */
function token_get_old_value(self: PyObject): PyObject {
  const v = (self as PyContextToken).tok_oldval ?? get_token_missing();
  Py_INCREF(v);
  return v;
}

/** @cpython PyContextToken_Type */
export const PyContextToken_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_contextvars.Token", tp_basicsize: 48, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: token_tp_dealloc, tp_getattro: PyObject_GenericGetAttr, tp_new: token_tp_new,
  tp_hash: PyObject_HashNotImplemented, tp_repr: token_tp_repr,
  tp_getset: [
    { name: "var", get: (o) => { const v = (o as PyContextToken).tok_var; Py_INCREF(v); return v; } },
    { name: "old_value", get: token_get_old_value },
  ],
  tp_methods: [class_getitem],
});

/** @cpython token_new @returns new */
function token_new(ctx: PyContext, v: PyContextVar, val: PyObject | null): PyContextToken {
  Py_INCREF(ctx);
  Py_INCREF(v);
  Py_XINCREF(val);
  return new PyContextToken(ctx, v, val);
}

// -- Token.MISSING -------------------------------------------------------------------------------------

/** @cpython _PyContextTokenMissing_Type */
export const _PyContextTokenMissing_Type: PyTypeObject = new PyTypeObject({
  tp_name: "Token.MISSING", tp_basicsize: 16, tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_getattro: PyObject_GenericGetAttr, tp_repr: () => PyUnicode_FromString("<Token.MISSING>"),
});

let _token_missing: PyObject | null = null;

/** @cpython get_token_missing @returns borrowed */
function get_token_missing(): PyObject {
  if (_token_missing === null) _token_missing = new PyObject(_PyContextTokenMissing_Type);
  return _token_missing;
}

/** @cpython _PyContext_Init: ready the types and put Token.MISSING on Token (once). */
export function _PyContext_Init(): number {
  if (PyContext_Type.tp_flags & Py_TPFLAGS_READY) return 0;
  _PyHamt_InitTypes();
  if (PyType_Ready(_PyContextTokenMissing_Type) < 0 || PyType_Ready(PyContext_Type) < 0 ||
    PyType_Ready(PyContextVar_Type) < 0 || PyType_Ready(PyContextToken_Type) < 0) return -1;
  return PyDict_SetItemString(PyContextToken_Type.tp_dict!, "MISSING", get_token_missing());
}
