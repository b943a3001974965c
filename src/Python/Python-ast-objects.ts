/**
 * @mirrors Python/Python-ast.c
 * The fixed part of the `_ast` module, which Parser/asdl_c.py writes verbatim around the
 * per-node code (that part is generated here too: Python-ast-objects.generated.ts).
 *
 * - `ast.AST`, the base class of every node class: instances keep their fields in their
 *   __dict__; the constructor fills `_fields` from positional and keyword arguments
 *   (ast_type_init), and __reduce__ makes nodes picklable and copyable.
 * - The per-interpreter state (get_ast_state): the ~120 node classes, made with
 *   type(name, (base,), {...}) the first time anything needs them.
 * - The converters for the ASDL builtin types (identifier, string, int, constant) and the
 *   field readers the generated obj2ast_* functions use, with CPython's messages:
 *
 *     >>> compile(ast.Expression(ast.Name(id='x', lineno=1, col_offset=0)), 'f', 'eval')
 *     TypeError: required field "ctx" missing from Name
 *
 * - The entry points the rest of the runtime uses: PyAST_mod2obj (ast.parse),
 *   PyAST_obj2mod (compile() of an AST object) and PyAST_Check.
 *
 * The compiler's nodes hold constants as JavaScript stand-ins (Include/ast_constant.ts), so
 * obj2ast turns each Constant's object into one; an object of a type a constant may not
 * have becomes an InvalidConstant that the validator (Python/ast.ts) reports, as CPython's
 * validate_constant does.
 */
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, METH_NOARGS,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_READY,
} from "../Include/object.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal, PyTupleObject, PyTuple_Type } from "../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred, PyErr_BadInternalCall } from "./errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError, PyExc_RecursionError, PyExc_SystemError,
} from "../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, PyObject_GenericGetAttr, PyObject_GenericSetAttr, PyObject_Repr, PyObject_SetAttr,
  _PyObject_LookupAttr,
} from "../Objects/object.ts";
import { PyType_Ready, PyType_Type, PyType_GenericAlloc, _PyType_Name } from "../Objects/typeobject.ts";
import { PyDict_New, PyDict_SetItem, PyDict_Check, type PyDictObject } from "../Objects/dictobject.ts";
import { PyList_Check, _PyList_FromArraySteal, type PyListObject } from "../Objects/listobject.ts";
import { PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_CheckExact, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber, PyLong_Check, _PyLong_AsInt, PyLongObject, PyLong_Type } from "../Objects/longobject.ts";
import { PyFloat_Type, type PyFloatObject } from "../Objects/floatobject.ts";
import { PyComplex_Type, type PyComplexObject } from "../Objects/complexobject.ts";
import { PyBytes_Type, type PyBytesObject } from "../Objects/bytesobject.ts";
import { PyBool_Type } from "../Objects/boolobject.ts";
import { PyFrozenSet_CheckExact, _PySet_NextEntry, type PySetObject } from "../Objects/setobject.ts";
import { Py_Ellipsis } from "../Objects/sliceobject.ts";
import {
  PySequence_Size, PySequence_GetItem, PySequence_Contains, _PySequence_IterSearch, PY_ITERSEARCH_INDEX, PyObject_IsInstance,
} from "../Objects/abstract.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddIntConstant } from "../Objects/moduleobject.ts";
import { constantToObject } from "../Objects/codeobject_runtime.ts";
import {
  type ConstantValue, None, Ellipsis, PyBytes, PyComplex, ConstantTuple, ConstantFrozenset,
} from "../Include/ast_constant.ts";
import { _PyThreadState_GET, type PyInterpreterState } from "./pystate.ts";
import type * as A from "./Python-ast.generated.ts";
import { ast_state, init_types, astmodule_exec, ast2obj_mod, obj2ast_mod } from "./Python-ast-objects.generated.ts";
import { InvalidConstant } from "./ast.ts";

export { ast_state };

// compile() flags the module exports (Include/cpython/compile.h).
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// -- the AST base class --------------------------------------------------------------------

/** @cpython ast_dealloc: the fields live in the instance dict. */
function ast_dealloc(self: PyObject): void {
  const d = self.ob_dict;
  if (d !== null) {
    self.ob_dict = null;
    Py_DECREF(d);
  }
  // Instances of the node classes are released by subtype_dealloc, which drops the class;
  // a bare AST() holds the reference PyType_GenericAlloc took.
  if (self.ob_type === AST_type) Py_DECREF(AST_type);
}

/** PyType_GenericNew: a bare instance; the arguments are for __init__. */
function ast_type_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  return PyType_GenericAlloc(type);
}

/**
 * @cpython ast_type_init: positional arguments fill `_fields` in order, keyword arguments set
 * attributes of any name (a field may not be given both ways).
 */
function ast_type_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const state = get_ast_state();
  if (state === null) return -1;
  const fields = _PyObject_LookupAttr(self.ob_type, state.id__fields);
  if (fields === null) return -1;
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  let res = 0;
  let numfields = 0;
  if (fields !== undefined) {
    numfields = PySequence_Size(fields);
    if (numfields === -1) res = -1;
  }
  if (res === 0 && numfields < nargs) {
    res = PyErr_SetStringInt(PyExc_TypeError,
      `${_PyType_Name(self.ob_type)} constructor takes at most ${numfields} positional argument${numfields === 1 ? "" : "s"}`);
  }
  for (let i = 0; res === 0 && i < nargs; i++) {
    const name = PySequence_GetItem(fields!, i);
    if (name === null) {
      res = -1;
      break;
    }
    res = PyObject_SetAttr(self, name, args[i]);
    Py_DECREF(name);
  }
  for (let k = 0; res === 0 && k < nkw; k++) {
    const key = kwnames!.ob_item[k];
    if (fields === undefined) {
      PyErr_BadInternalCall();
      res = -1;
      break;
    }
    const contains = PySequence_Contains(fields, key);
    if (contains === -1) {
      res = -1;
      break;
    }
    if (contains === 1) {
      const p = _PySequence_IterSearch(fields, key, PY_ITERSEARCH_INDEX);
      if (p === -1) {
        res = -1;
        break;
      }
      if (p < nargs) {
        res = PyErr_SetStringInt(PyExc_TypeError,
          `${self.ob_type.tp_name} got multiple values for argument '${(key as PyUnicodeObject).str}'`);
        break;
      }
    }
    res = PyObject_SetAttr(self, key, args[nargs + k]);
  }
  if (fields !== undefined) Py_DECREF(fields);
  return res;
}

/** @cpython ast_type_reduce: (type(self), (), self.__dict__) for pickle and copy. */
function ast_type_reduce(self: PyObject): PyObject | null {
  const state = get_ast_state();
  if (state === null) return null;
  const dict = _PyObject_LookupAttr(self, state.id___dict__);
  if (dict === null) return null;
  Py_INCREF(self.ob_type);
  if (dict !== undefined) return _PyTuple_FromArraySteal([self.ob_type, PyTuple_FromArray([]), dict]);
  return _PyTuple_FromArraySteal([self.ob_type, PyTuple_FromArray([])]);
}

/** PyObject_GenericGetDict: made on first access. */
function ast_get_dict(self: PyObject): PyObject {
  if (self.ob_dict === null) self.ob_dict = PyDict_New();
  Py_INCREF(self.ob_dict);
  return self.ob_dict;
}

/** @cpython PyObject_GenericSetDict */
function ast_set_dict(self: PyObject, value: PyObject | null): number {
  if (value === null) return PyErr_SetStringInt(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) {
    return PyErr_SetStringInt(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${_PyType_Name(value.ob_type)}'`);
  }
  const old = self.ob_dict;
  Py_INCREF(value);
  self.ob_dict = value as PyDictObject;
  Py_XDECREF(old);
  return 0;
}

/**
 * @cpython AST_type_spec. DIVERGENCE: CPython makes it with PyType_FromSpec, a heap type;
 * here it is a static type whose dict stays writable after PyType_Ready, as a heap type's is.
 */
export const AST_type: PyTypeObject = new PyTypeObject({
  tp_name: "ast.AST", tp_basicsize: 24, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, tp_dictoffset: 16,
  tp_dealloc: ast_dealloc, tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_init: ast_type_init, tp_new: ast_type_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: ast_type_reduce, ml_flags: METH_NOARGS }],
  tp_getset: [{ name: "__dict__", get: ast_get_dict, set: ast_set_dict }],
});

// -- the per-interpreter state -------------------------------------------------------------

const states = new WeakMap<PyInterpreterState, ast_state>();

/** @cpython add_ast_fields: AST._fields = AST.__match_args__ = AST._attributes = (). */
function add_ast_fields(state: ast_state): boolean {
  const empty = PyTuple_FromArray([]);
  const ok = PyObject_SetAttr(AST_type, state.id__fields, empty) >= 0
    && PyObject_SetAttr(AST_type, state.id___match_args__, empty) >= 0
    && PyObject_SetAttr(AST_type, state.id__attributes, empty) >= 0;
  Py_DECREF(empty);
  return ok;
}

/** @cpython get_ast_state: the interpreter's node classes, made on first use. */
export function get_ast_state(): ast_state | null {
  const interp = _PyThreadState_GET().interp;
  let state = states.get(interp);
  if (state !== undefined && state.initialized) return state;
  state = new ast_state();
  if (!(AST_type.tp_flags & Py_TPFLAGS_READY)) {
    if (PyType_Ready(AST_type) < 0) return null;
    AST_type.tp_flags &= ~Py_TPFLAGS_IMMUTABLETYPE;
    // A heap type made from a spec keeps its module in its dict.
    if (PyDict_SetItem(AST_type.tp_dict!, state.id___module__, state.id_ast) < 0) return null;
  }
  state.AST_type = AST_type;
  if (!add_ast_fields(state) || !init_types(state)) return null;
  states.set(interp, state);
  return state;
}

/** @cpython make_type: type(name, (base,), {_fields, __match_args__, __module__: 'ast', __doc__}). */
export function make_type(state: ast_state, name: string, base: PyTypeObject, fields: string[], doc: string): PyTypeObject | null {
  const fnames = _PyTuple_FromArraySteal(fields.map((f) => PyUnicode_InternFromString(f)));
  const dict = PyDict_New();
  const docObj = PyUnicode_FromString(doc);
  const ok = PyDict_SetItem(dict, state.id__fields, fnames) >= 0
    && PyDict_SetItem(dict, state.id___match_args__, fnames) >= 0
    && PyDict_SetItem(dict, state.id___module__, state.id_ast) >= 0
    && PyDict_SetItem(dict, state.id___doc__, docObj) >= 0;
  Py_DECREF(fnames);
  Py_DECREF(docObj);
  if (!ok) {
    Py_DECREF(dict);
    return null;
  }
  Py_INCREF(base);
  const args = [PyUnicode_FromString(name), _PyTuple_FromArraySteal([base]), dict];
  const result = PyObject_Vectorcall(PyType_Type, args, null);
  for (const a of args) Py_DECREF(a);
  return result as PyTypeObject | null;
}

/** @cpython add_attributes: type._attributes = attrs. */
export function add_attributes(state: ast_state, type: PyTypeObject, attrs: string[]): boolean {
  const l = _PyTuple_FromArraySteal(attrs.map((a) => PyUnicode_InternFromString(a)));
  const r = PyObject_SetAttr(type, state.id__attributes, l);
  Py_DECREF(l);
  return r >= 0;
}

/** An optional field's class default: None. */
export function set_default_none(type: PyTypeObject, name: PyObject): boolean {
  return PyObject_SetAttr(type, name, Py_None) >= 0;
}

/** The shared instance of an enumeration value's class (state->Load_singleton...). */
export function new_singleton(type: PyTypeObject): PyObject {
  return PyType_GenericAlloc(type);
}

export function add_module_type(m: PyObject, name: string, type: PyTypeObject): boolean {
  return PyModule_AddObjectRef(m, name, type) >= 0;
}

// -- node -> object ------------------------------------------------------------------------

/** One level deeper in ast2obj; false with RecursionError past the limit. */
export function ast2obj_enter(state: ast_state): boolean {
  if (++state.recursion_depth > state.recursion_limit) {
    PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded during ast construction");
    return false;
  }
  return true;
}

/** A new node instance, its dict ready for the fields. @returns new */
export function ast_new(type: PyTypeObject): PyObject {
  const o = PyType_GenericAlloc(type);
  o.ob_dict = PyDict_New();
  return o;
}

/**
 * Store a converted field (PyObject_SetAttr on a fresh instance, which lands in its dict):
 * false when the conversion failed. `value` is stolen.
 */
export function ast_set(o: PyObject, name: PyObject, value: PyObject | null): boolean {
  if (value === null) return false;
  const r = PyDict_SetItem(o.ob_dict!, name, value);
  Py_DECREF(value);
  return r >= 0;
}

export function ast2obj_failed(result: PyObject): null {
  Py_DECREF(result);
  return null;
}

/** @cpython ast2obj_list: a list of the converted items. */
export function ast2obj_list<T>(state: ast_state, seq: readonly T[], func: (state: ast_state, v: T) => PyObject | null): PyObject | null {
  const n = seq.length;
  const items: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = func(state, seq[i]);
    if (v === null) {
      for (let j = 0; j < i; j++) Py_DECREF(items[j]);
      return null;
    }
    items[i] = v;
  }
  return _PyList_FromArraySteal(items);
}

/** @cpython ast2obj_int */
export function ast2obj_int(_state: ast_state, v: number): PyObject {
  return PyLong_FromNumber(v);
}

/** @cpython ast2obj_identifier (ast2obj_object): the name, or None. */
export function ast2obj_identifier(_state: ast_state, v: string | null): PyObject {
  return v === null ? Py_NewNone() : PyUnicode_InternFromString(v);
}

/** @cpython ast2obj_string (ast2obj_object) */
export function ast2obj_string(_state: ast_state, v: string | null): PyObject {
  return v === null ? Py_NewNone() : PyUnicode_FromString(v);
}

/** @cpython ast2obj_constant (ast2obj_object): the Python object of the constant's value. */
export function ast2obj_constant(_state: ast_state, v: ConstantValue): PyObject {
  return constantToObject(v);
}

export function ast2obj_singleton(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

// -- object -> node ------------------------------------------------------------------------

/** A converter: the node value, or undefined with an exception set. */
type Conv<T> = (state: ast_state, obj: PyObject) => T | undefined;

/** @cpython _Py_EnterRecursiveCall (" while traversing 'X' node"), on the Python-level counter. */
function enter_traversal(owner: string): boolean {
  const tstate = _PyThreadState_GET();
  if (++tstate.recursion_depth > tstate.recursion_limit) {
    tstate.recursion_depth--;
    PyErr_SetString(PyExc_RecursionError, `maximum recursion depth exceeded while traversing '${owner}' node`);
    return false;
  }
  return true;
}

function convert<T>(state: ast_state, value: PyObject, owner: string, conv: Conv<T>): T | undefined {
  if (!enter_traversal(owner)) return undefined;
  const r = conv(state, value);
  _PyThreadState_GET().recursion_depth--;
  return r;
}

function missing(name: PyObject, owner: string): undefined {
  PyErr_SetString(PyExc_TypeError, `required field "${(name as PyUnicodeObject).str}" missing from ${owner}`);
  return undefined;
}

/** A required field of `owner`, converted. */
export function obj2ast_field<T>(state: ast_state, obj: PyObject, name: PyObject, owner: string, conv: Conv<T>): T | undefined {
  const tmp = _PyObject_LookupAttr(obj, name);
  if (tmp === null) return undefined;
  if (tmp === undefined) return missing(name, owner);
  const r = convert(state, tmp, owner, conv);
  Py_DECREF(tmp);
  return r;
}

/** An optional (`?`) field: `dflt` when absent or None. */
export function obj2ast_opt_field<T>(state: ast_state, obj: PyObject, name: PyObject, owner: string, conv: Conv<T>, dflt: T): T | undefined {
  const tmp = _PyObject_LookupAttr(obj, name);
  if (tmp === null) return undefined;
  if (tmp === undefined) return dflt;
  if (tmp === Py_None) {
    Py_DECREF(tmp);
    return dflt;
  }
  const r = convert(state, tmp, owner, conv);
  Py_DECREF(tmp);
  return r;
}

/**
 * A sequence (`*`) field: it must be a list; each item converted. (An item that converts
 * to NULL, None in an expr list, stays null: the validator decides.)
 */
export function obj2ast_seq_field<T>(state: ast_state, obj: PyObject, name: PyObject, owner: string, conv: Conv<T | null>): T[] | undefined {
  const tmp = _PyObject_LookupAttr(obj, name);
  if (tmp === null) return undefined;
  if (tmp === undefined) return missing(name, owner);
  const fieldName = (name as PyUnicodeObject).str;
  if (!PyList_Check(tmp)) {
    PyErr_SetString(PyExc_TypeError, `${owner} field "${fieldName}" must be a list, not a ${_PyType_Name(tmp.ob_type)}`);
    Py_DECREF(tmp);
    return undefined;
  }
  const list = tmp as PyListObject;
  const len = list.ob_item.length;
  const out: T[] = new Array(len);
  for (let i = 0; i < len; i++) {
    const item = list.ob_item[i];
    Py_INCREF(item);
    const v = convert(state, item, owner, conv);
    Py_DECREF(item);
    if (v === undefined) {
      Py_DECREF(tmp);
      return undefined;
    }
    if (len !== list.ob_item.length) {
      PyErr_SetString(PyExc_RuntimeError, `${owner} field "${fieldName}" changed size during iteration`);
      Py_DECREF(tmp);
      return undefined;
    }
    out[i] = v as T;
  }
  Py_DECREF(tmp);
  return out;
}

/**
 * Which constructor of a sum `obj` is an instance of: its 1-based place, 0 for none, -1 on
 * error. The classes are tried in order with isinstance(), as CPython does; an instance
 * of exactly one of them is found at once.
 */
export function obj2ast_kind(obj: PyObject, kinds: Map<PyTypeObject, number>, types: PyTypeObject[]): number {
  const k = kinds.get(obj.ob_type);
  if (k !== undefined) return k;
  for (let i = 0; i < types.length; i++) {
    const r = PyObject_IsInstance(obj, types[i]);
    if (r < 0) return -1;
    if (r) return i + 1;
  }
  return 0;
}

/** "expected some sort of expr, but got <...>" */
export function obj2ast_unexpected(obj: PyObject, what: string): undefined {
  const r = PyObject_Repr(obj);
  if (r === null) return undefined;
  PyErr_SetString(PyExc_TypeError, `expected some sort of ${what}, but got ${(r as PyUnicodeObject).str}`);
  Py_DECREF(r);
  return undefined;
}

/** The check of CPython's _PyAST_<Name>() constructors: a required field converted to NULL. */
export function obj2ast_required(field: string, owner: string): undefined {
  PyErr_SetString(PyExc_ValueError, `field '${field}' is required for ${owner}`);
  return undefined;
}

/** @cpython obj2ast_int: an int (or subclass) that fits a C int. */
export function obj2ast_int(_state: ast_state, obj: PyObject): number | undefined {
  if (!PyLong_Check(obj)) {
    const r = PyObject_Repr(obj);
    if (r === null) return undefined;
    PyErr_SetString(PyExc_ValueError, `invalid integer value: ${(r as PyUnicodeObject).str}`);
    Py_DECREF(r);
    return undefined;
  }
  const i = _PyLong_AsInt(obj);
  if (i === -1 && PyErr_Occurred()) return undefined;
  return i;
}

/** @cpython obj2ast_identifier: an exact str, or None (NULL). */
export function obj2ast_identifier(_state: ast_state, obj: PyObject): string | null | undefined {
  if (obj === Py_None) return null;
  if (!PyUnicode_CheckExact(obj)) {
    PyErr_SetString(PyExc_TypeError, "AST identifier must be of type str");
    return undefined;
  }
  return (obj as PyUnicodeObject).str;
}

/** @cpython obj2ast_string: an exact str or bytes. */
export function obj2ast_string(_state: ast_state, obj: PyObject): string | undefined {
  if (PyUnicode_CheckExact(obj)) return (obj as PyUnicodeObject).str;
  if (obj.ob_type === PyBytes_Type) {
    // Only type comments and Constant.kind are strings; the compiler does not read them.
    let s = "";
    for (const b of (obj as PyBytesObject).ob_sval) s += String.fromCharCode(b);
    return s;
  }
  PyErr_SetString(PyExc_TypeError, "AST string must be of type str");
  return undefined;
}

/** @cpython obj2ast_constant: any object; the validator refuses the types a constant may not have. */
export function obj2ast_constant(_state: ast_state, obj: PyObject): ConstantValue | undefined {
  return toConstant(obj);
}

/** The compiler's stand-in for a constant object (see the header). */
function toConstant(o: PyObject): ConstantValue {
  if (o === Py_None) return None;
  if (o === Py_Ellipsis) return Ellipsis;
  const t = o.ob_type;
  if (t === PyBool_Type) return (o as PyLongObject).ob_ival !== 0;
  if (t === PyLong_Type) return BigInt((o as PyLongObject).ob_ival);
  if (t === PyFloat_Type) return (o as PyFloatObject).ob_fval;
  if (t === PyComplex_Type) return new PyComplex((o as PyComplexObject).cval_real, (o as PyComplexObject).cval_imag);
  if (PyUnicode_CheckExact(o)) return (o as PyUnicodeObject).str;
  if (t === PyBytes_Type) return new PyBytes((o as PyBytesObject).ob_sval.slice());
  if (t === PyTuple_Type) return new ConstantTuple((o as PyTupleObject).ob_item.map(toConstant));
  if (PyFrozenSet_CheckExact(o)) {
    const items: ConstantValue[] = [];
    const pos = { i: 0 };
    for (let e = _PySet_NextEntry(o as PySetObject, pos); e !== null; e = _PySet_NextEntry(o as PySetObject, pos)) {
      items.push(toConstant(e[0]));
    }
    return new ConstantFrozenset(items);
  }
  return new InvalidConstant(_PyType_Name(t)) as unknown as ConstantValue;
}

// -- entry points --------------------------------------------------------------------------

/** @cpython PyAST_mod2obj: a parsed tree as Python objects (ast.parse). @returns new */
export function PyAST_mod2obj(t: A.mod): PyObject | null {
  const state = get_ast_state();
  if (state === null) return null;
  const tstate = _PyThreadState_GET();
  // The walk may go three levels per Python frame deep, from where Python already is.
  const COMPILER_STACK_FRAME_SCALE = 3;
  state.recursion_limit = tstate.recursion_limit * COMPILER_STACK_FRAME_SCALE;
  const starting_recursion_depth = tstate.recursion_depth * COMPILER_STACK_FRAME_SCALE;
  state.recursion_depth = starting_recursion_depth;
  const result = ast2obj_mod(state, t);
  if (result !== null && state.recursion_depth !== starting_recursion_depth) {
    Py_DECREF(result);
    return PyErr_SetString(PyExc_SystemError,
      `AST constructor recursion depth mismatch (before=${starting_recursion_depth}, after=${state.recursion_depth})`);
  }
  return result;
}

const req_name = ["Module", "Expression", "Interactive"];

/**
 * @cpython PyAST_obj2mod: a tree of node objects back to the compiler's nodes; mode 0, 1, 2
 * for "exec", "eval", "single" (which need a Module, an Expression, an Interactive).
 */
export function PyAST_obj2mod(ast: PyObject, mode: 0 | 1 | 2): A.mod | null {
  const state = get_ast_state();
  if (state === null) return null;
  const req_type = [state.Module_type, state.Expression_type, state.Interactive_type][mode];
  const isinstance = PyObject_IsInstance(ast, req_type);
  if (isinstance === -1) return null;
  if (!isinstance) {
    return PyErr_SetString(PyExc_TypeError, `expected ${req_name[mode]} node, got ${_PyType_Name(ast.ob_type)}`);
  }
  const res = obj2ast_mod(state, ast);
  return res === undefined ? null : res;
}

/**
 * @cpython PyAST_Check: is `obj` a node (an ast.AST)? 1, 0, or -1 on error. Before anything
 * has made the node classes no node can exist, and the answer is 0 at once (compile() asks
 * on every call).
 */
export function PyAST_Check(obj: PyObject): number {
  const state = states.get(_PyThreadState_GET().interp);
  if (state === undefined) return 0;
  return PyObject_IsInstance(obj, state.AST_type);
}

// -- the module ----------------------------------------------------------------------------

/** @cpython PyInit__ast (astmodule_exec) */
export function PyInit__ast(): PyObject | null {
  const state = get_ast_state();
  if (state === null) return null;
  const m = PyModule_Create("_ast", null, []);
  if (PyModule_AddObjectRef(m, "AST", state.AST_type) < 0
    || PyModule_AddIntConstant(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT) < 0
    || PyModule_AddIntConstant(m, "PyCF_ONLY_AST", PyCF_ONLY_AST) < 0
    || PyModule_AddIntConstant(m, "PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS) < 0
    || !astmodule_exec(m, state)) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
