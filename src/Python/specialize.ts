/**
 * @mirrors Python/specialize.c
 * The specializing adaptive interpreter of 3.11 (PEP 659). A code object is "quickened"
 * after it has run a few times: instructions that can specialize become their ADAPTIVE
 * form, and common pairs become superinstructions (LOAD_FAST__LOAD_FAST ...). An adaptive
 * instruction counts down in its first inline-cache unit; at zero it looks at the operands
 * it actually sees and rewrites itself into a specialized form, storing what it relies on in
 * its inline cache (a type version, a dict keys version, an entry index). A specialized
 * instruction checks those facts first and, if they no longer hold, turns back into the
 * adaptive form and does the generic thing ("deoptimizes").
 *
 *   LOAD_GLOBAL 1 (print)  --quicken-->  LOAD_GLOBAL_ADAPTIVE  --specialize-->  LOAD_GLOBAL_BUILTIN
 *   cache: [counter, index, module keys version (2 units), builtins keys version]
 *
 * DIVERGENCE: CPython keeps object pointers (LOAD_METHOD's descriptor) in the cache units;
 * here they live in a side array of the code object, `cache_objects`, at the instruction's
 * index. DIVERGENCE: instance dicts are never split (key-sharing) tables, so the
 * ..._INSTANCE_VALUE and ..._WITH_VALUES forms are not produced; LOAD_ATTR_WITH_HINT,
 * STORE_ATTR_WITH_HINT and LOAD_METHOD_WITH_DICT serve instances instead.
 */
import type { PyObject, PyTypeObject } from "../Include/object.ts";
import { Py_TPFLAGS_METHOD_DESCRIPTOR } from "../Include/object.ts";
import type { PyCodeObjectWrapper } from "../Objects/codeobject_runtime.ts";
import { PyLongObject, PyLong_Type } from "../Objects/longobject.ts";
import { PyFloat_Type } from "../Objects/floatobject.ts";
import { PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyDictObject, PyDict_Type, _PyDictKeys_StringLookup, _PyDictKeys_GetVersionForCurrentState } from "../Objects/dictobject.ts";
import { PyList_Type } from "../Objects/listobject.ts";
import { PyTuple_Type } from "../Objects/tupleobject.ts";
import { PyModuleObject, PyModule_Type } from "../Objects/moduleobject.ts";
import { PyFunctionObject, PyFunction_Type } from "../Objects/funcobject.ts";
import { _PyType_Lookup } from "../Objects/typeobject.ts";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../Objects/object.ts";
import { CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED } from "../Objects/codeobject.ts";

// Opcode numbers (opcode.generated.ts), as literals for the rewriting below.
export const BINARY_OP = 122, BINARY_OP_ADAPTIVE = 3, BINARY_OP_ADD_FLOAT = 4, BINARY_OP_ADD_INT = 5,
  BINARY_OP_ADD_UNICODE = 6, BINARY_OP_MULTIPLY_FLOAT = 8, BINARY_OP_MULTIPLY_INT = 13,
  BINARY_OP_SUBTRACT_FLOAT = 14, BINARY_OP_SUBTRACT_INT = 16;
export const BINARY_SUBSCR = 25, BINARY_SUBSCR_ADAPTIVE = 17, BINARY_SUBSCR_DICT = 18, BINARY_SUBSCR_LIST_INT = 20,
  BINARY_SUBSCR_TUPLE_INT = 21;
export const CALL = 171, CALL_ADAPTIVE = 22, CALL_PY_EXACT_ARGS = 23;
export const LOAD_GLOBAL = 116, LOAD_GLOBAL_ADAPTIVE = 47, LOAD_GLOBAL_BUILTIN = 48, LOAD_GLOBAL_MODULE = 55;
export const LOAD_ATTR = 106, LOAD_ATTR_ADAPTIVE = 39, LOAD_ATTR_MODULE = 41, LOAD_ATTR_WITH_HINT = 43;
export const LOAD_METHOD = 160, LOAD_METHOD_ADAPTIVE = 56, LOAD_METHOD_NO_DICT = 59, LOAD_METHOD_WITH_DICT = 62;
export const STORE_ATTR = 95, STORE_ATTR_ADAPTIVE = 153, STORE_ATTR_WITH_HINT = 159;
export const UNPACK_SEQUENCE = 92, UNPACK_SEQUENCE_ADAPTIVE = 177, UNPACK_SEQUENCE_LIST = 178,
  UNPACK_SEQUENCE_TUPLE = 179, UNPACK_SEQUENCE_TWO_TUPLE = 180;
export const LOAD_FAST = 124, LOAD_CONST = 100, STORE_FAST = 125;
export const LOAD_FAST__LOAD_FAST = 46, LOAD_FAST__LOAD_CONST = 45, LOAD_CONST__LOAD_FAST = 44,
  STORE_FAST__LOAD_FAST = 161, STORE_FAST__STORE_FAST = 167;
export const JUMP_BACKWARD = 140, JUMP_BACKWARD_QUICK = 38, RESUME = 151, RESUME_QUICK = 150, EXTENDED_ARG = 144;

/** Runs before a code object is quickened (QUICKENING_WARMUP_DELAY). */
export const QUICKENING_WARMUP_DELAY = 8;
/** Countdown of a fresh adaptive instruction before its first specialization attempt. */
const ADAPTIVE_START = 1;
/** Countdown after a failed attempt or a deoptimization (CPython backs off exponentially). */
export const ADAPTIVE_BACKOFF = 64;

const ADAPTIVE: Record<number, number> = {
  [BINARY_OP]: BINARY_OP_ADAPTIVE, [BINARY_SUBSCR]: BINARY_SUBSCR_ADAPTIVE, [CALL]: CALL_ADAPTIVE,
  [LOAD_GLOBAL]: LOAD_GLOBAL_ADAPTIVE, [LOAD_ATTR]: LOAD_ATTR_ADAPTIVE, [LOAD_METHOD]: LOAD_METHOD_ADAPTIVE,
  [STORE_ATTR]: STORE_ATTR_ADAPTIVE, [UNPACK_SEQUENCE]: UNPACK_SEQUENCE_ADAPTIVE,
};

/** Inline cache units after each instruction, for the walk below. */
const CACHE_UNITS: Record<number, number> = {
  [BINARY_OP]: 1, [BINARY_SUBSCR]: 4, [CALL]: 4, [LOAD_GLOBAL]: 5, [LOAD_ATTR]: 4, [LOAD_METHOD]: 10,
  [STORE_ATTR]: 4, [UNPACK_SEQUENCE]: 1, 166: 1 /* PRECALL */, 107: 2 /* COMPARE_OP */, 60: 1 /* STORE_SUBSCR */,
};

/**
 * @cpython _PyCode_Quicken: rewrite a code object's instructions into their adaptive forms
 * and superinstructions.
 */
export function _PyCode_Quicken(co: PyCodeObjectWrapper): void {
  const code = co.co_code_adaptive;
  let previous = -1; // index of the previous plain instruction (for superinstructions)
  let previousOp = -1;
  for (let i = 0; i < code.length; i++) {
    const op = code[i] & 255;
    const arg = code[i] >>> 8;
    const adaptive = ADAPTIVE[op];
    if (adaptive !== undefined) {
      code[i] = adaptive | (arg << 8);
      code[i + 1] = ADAPTIVE_START;
      previous = -1;
    } else if (op === JUMP_BACKWARD) {
      code[i] = JUMP_BACKWARD_QUICK | (arg << 8);
      previous = -1;
    } else if (op === RESUME) {
      code[i] = RESUME_QUICK | (arg << 8);
      previous = -1;
    } else if (op === LOAD_FAST || op === LOAD_CONST || op === STORE_FAST) {
      if (previous >= 0) {
        const pair = superinstruction(previousOp, op);
        if (pair !== 0) code[previous] = pair | (code[previous] & 0xff00);
      }
      previous = i;
      previousOp = op;
      continue;
    } else {
      previous = -1;
    }
    i += CACHE_UNITS[op] ?? 0;
    if (op === EXTENDED_ARG) previous = -1;
  }
}

function superinstruction(first: number, second: number): number {
  if (first === LOAD_FAST && second === LOAD_FAST) return LOAD_FAST__LOAD_FAST;
  if (first === LOAD_FAST && second === LOAD_CONST) return LOAD_FAST__LOAD_CONST;
  if (first === LOAD_CONST && second === LOAD_FAST) return LOAD_CONST__LOAD_FAST;
  if (first === STORE_FAST && second === LOAD_FAST) return STORE_FAST__LOAD_FAST;
  if (first === STORE_FAST && second === STORE_FAST) return STORE_FAST__STORE_FAST;
  return 0;
}

/** The miss counter a fresh specialization starts with (miss_counter_start). */
const MISS_COUNTER_START = 53;

function rewrite(code: Uint16Array, i: number, opcode: number): void {
  code[i] = opcode | (code[i] & 0xff00);
  code[i + 1] = MISS_COUNTER_START;
}

function fail(code: Uint16Array, i: number): void {
  code[i + 1] = ADAPTIVE_BACKOFF;
}

/** A type's version tag, assigning one if it has none (the type must be unchanged since). */
export function type_version(t: PyTypeObject): number {
  if (t.tp_version_tag === 0) _PyType_Lookup(t, dummyName());
  return t.tp_version_tag;
}
let dummy: PyObject | null = null;
function dummyName(): PyObject {
  if (dummy === null) dummy = new PyUnicodeObject(PyUnicodeObject.type, "__typhon_version_probe__");
  return dummy;
}

function put32(code: Uint16Array, at: number, v: number): void {
  code[at] = v & 0xffff;
  code[at + 1] = (v >>> 16) & 0xffff;
}
export function get32(code: Uint16Array, at: number): number {
  return (code[at] | (code[at + 1] << 16)) >>> 0;
}

/** @cpython _Py_Specialize_BinaryOp */
export function _Py_Specialize_BinaryOp(lhs: PyObject, rhs: PyObject, code: Uint16Array, i: number, oparg: number): void {
  const lt = lhs.ob_type;
  if (lt !== rhs.ob_type) return fail(code, i);
  switch (oparg) {
    case 0: case 13: // NB_ADD, NB_INPLACE_ADD
      if (lt === PyUnicodeObject.type) return rewrite(code, i, BINARY_OP_ADD_UNICODE);
      if (lt === PyLong_Type) return rewrite(code, i, BINARY_OP_ADD_INT);
      if (lt === PyFloat_Type) return rewrite(code, i, BINARY_OP_ADD_FLOAT);
      break;
    case 5: case 18: // NB_MULTIPLY
      if (lt === PyLong_Type) return rewrite(code, i, BINARY_OP_MULTIPLY_INT);
      if (lt === PyFloat_Type) return rewrite(code, i, BINARY_OP_MULTIPLY_FLOAT);
      break;
    case 10: case 23: // NB_SUBTRACT
      if (lt === PyLong_Type) return rewrite(code, i, BINARY_OP_SUBTRACT_INT);
      if (lt === PyFloat_Type) return rewrite(code, i, BINARY_OP_SUBTRACT_FLOAT);
      break;
  }
  fail(code, i);
}

/** @cpython _Py_Specialize_LoadGlobal: cache the entry index and the keys versions. */
export function _Py_Specialize_LoadGlobal(globals: PyDictObject, builtins: PyDictObject, name: PyObject, code: Uint16Array, i: number): void {
  if (globals.ob_type !== PyDict_Type || builtins.ob_type !== PyDict_Type) return fail(code, i);
  const gk = globals.ma_keys;
  const index = _PyDictKeys_StringLookup(gk, name);
  if (index === -3 /* DKIX_ERROR */) return fail(code, i);
  if (index >= 0) {
    if (index > 0xffff) return fail(code, i);
    const v = _PyDictKeys_GetVersionForCurrentState(gk);
    code[i + 2] = index;
    put32(code, i + 3, v);
    return rewrite(code, i, LOAD_GLOBAL_MODULE);
  }
  const bk = builtins.ma_keys;
  const bindex = _PyDictKeys_StringLookup(bk, name);
  if (bindex < 0 || bindex > 0xffff) return fail(code, i);
  const gv = _PyDictKeys_GetVersionForCurrentState(gk);
  const bv = _PyDictKeys_GetVersionForCurrentState(bk);
  if (bv > 0xffff) return fail(code, i);
  code[i + 2] = bindex;
  put32(code, i + 3, gv);
  code[i + 5] = bv;
  rewrite(code, i, LOAD_GLOBAL_BUILTIN);
}

/** @cpython _Py_Specialize_LoadAttr (module attributes, and instance-dict attributes by hint). */
export function _Py_Specialize_LoadAttr(owner: PyObject, name: PyObject, code: Uint16Array, i: number): void {
  const type = owner.ob_type;
  if (type === PyModule_Type) {
    const dict = (owner as PyModuleObject).md_dict;
    const index = _PyDictKeys_StringLookup(dict.ma_keys, name);
    if (index < 0 || index > 0xffff) return fail(code, i);
    put32(code, i + 2, _PyDictKeys_GetVersionForCurrentState(dict.ma_keys));
    code[i + 4] = index;
    return rewrite(code, i, LOAD_ATTR_MODULE);
  }
  if (type.tp_getattro !== PyObject_GenericGetAttr) return fail(code, i);
  const descr = _PyType_Lookup(type, name);
  if (descr !== null) return fail(code, i); // a class attribute or descriptor may be involved
  const dict = owner.ob_dict;
  if (dict === null || dict.ob_type !== PyDict_Type) return fail(code, i);
  const index = _PyDictKeys_StringLookup(dict.ma_keys, name);
  if (index < 0 || index > 0xffff) return fail(code, i);
  put32(code, i + 2, type_version(type));
  code[i + 4] = index;
  rewrite(code, i, LOAD_ATTR_WITH_HINT);
}

/** @cpython _Py_Specialize_StoreAttr (instance dicts by hint). */
export function _Py_Specialize_StoreAttr(owner: PyObject, name: PyObject, code: Uint16Array, i: number): void {
  const type = owner.ob_type;
  if (type.tp_setattro !== PyObject_GenericSetAttr) return fail(code, i);
  if (_PyType_Lookup(type, name) !== null) return fail(code, i);
  const dict = owner.ob_dict;
  if (dict === null || dict.ob_type !== PyDict_Type) return fail(code, i);
  const index = _PyDictKeys_StringLookup(dict.ma_keys, name);
  if (index < 0 || index > 0xffff) return fail(code, i);
  put32(code, i + 2, type_version(type));
  code[i + 4] = index;
  rewrite(code, i, STORE_ATTR_WITH_HINT);
}

/**
 * @cpython _Py_Specialize_LoadMethod: a method found on the type (a function or method
 * descriptor); the instance has no dict, or its dict does not shadow the name.
 */
export function _Py_Specialize_LoadMethod(owner: PyObject, name: PyObject, co: PyCodeObjectWrapper, i: number): void {
  const code = co.co_code_adaptive;
  const type = owner.ob_type;
  if (type.tp_getattro !== PyObject_GenericGetAttr) return fail(code, i);
  const descr = _PyType_Lookup(type, name);
  if (descr === null || !(descr.ob_type.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR)) return fail(code, i);
  put32(code, i + 2, type_version(type));
  co.setCacheObject(i, descr);
  rewrite(code, i, owner.ob_dict === null && type.tp_dictoffset === 0 ? LOAD_METHOD_NO_DICT : LOAD_METHOD_WITH_DICT);
}

let nextFuncVersion = 1;

/** @cpython _Py_Specialize_Call: a Python function called with exactly its positional parameters. */
export function _Py_Specialize_Call(callable: PyObject, nargs: number, kwnames: PyObject | null, code: Uint16Array, i: number): void {
  if (callable.ob_type !== PyFunction_Type || kwnames !== null) return fail(code, i);
  const func = callable as PyFunctionObject;
  const co = func.func_code;
  if (co.co_flags & (CO_VARARGS | CO_VARKEYWORDS) || !(co.co_flags & CO_OPTIMIZED) || co.co_kwonlyargcount !== 0) return fail(code, i);
  if (co.co_argcount !== nargs) return fail(code, i);
  if (func.func_version === 0) func.func_version = nextFuncVersion++;
  put32(code, i + 2, func.func_version);
  rewrite(code, i, CALL_PY_EXACT_ARGS);
}

/** @cpython _Py_Specialize_BinarySubscr */
export function _Py_Specialize_BinarySubscr(container: PyObject, sub: PyObject, code: Uint16Array, i: number): void {
  const t = container.ob_type;
  if (t === PyList_Type && sub.ob_type === PyLong_Type && typeof (sub as PyLongObject).ob_ival === "number") return rewrite(code, i, BINARY_SUBSCR_LIST_INT);
  if (t === PyTuple_Type && sub.ob_type === PyLong_Type && typeof (sub as PyLongObject).ob_ival === "number") return rewrite(code, i, BINARY_SUBSCR_TUPLE_INT);
  if (t === PyDict_Type) return rewrite(code, i, BINARY_SUBSCR_DICT);
  fail(code, i);
}

/** @cpython _Py_Specialize_UnpackSequence */
export function _Py_Specialize_UnpackSequence(seq: PyObject, n: number, code: Uint16Array, i: number): void {
  if (seq.ob_type === PyTuple_Type) return rewrite(code, i, n === 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE);
  if (seq.ob_type === PyList_Type) return rewrite(code, i, UNPACK_SEQUENCE_LIST);
  fail(code, i);
}

/** Turn a specialized instruction back into its adaptive form (a cache miss). */
export function deoptimize(code: Uint16Array, i: number, adaptive: number): void {
  code[i] = adaptive | (code[i] & 0xff00);
  code[i + 1] = ADAPTIVE_BACKOFF;
}
