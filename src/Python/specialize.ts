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
 * A specialized instruction that misses counts the miss and runs its generic form; after 53
 * misses it goes back to the adaptive form, which waits 31 runs before trying again. Failed
 * attempts back off exponentially (adaptive_counter_backoff), as in 3.11.
 *
 * PRECALL specializes on the callable (a builtin function by its METH_* flags, len,
 * isinstance, list.append followed by POP_TOP, a method descriptor, type/str/tuple with one
 * argument, a builtin class); the specialized PRECALL makes the whole call and skips the
 * CALL. CALL specializes Python functions (exact arguments, or missing ones taken from the
 * defaults). COMPARE_OP followed by a conditional jump becomes COMPARE_OP_{INT,FLOAT,STR}_JUMP.
 *
 * DIVERGENCE: CPython keeps object pointers (LOAD_METHOD's descriptor) in the cache units;
 * here they live in a side array of the code object, `cache_objects`, at the instruction's
 * index.
 * Attributes of instances follow analyze_descriptor: a class attribute that is a data
 * descriptor blocks the instance (except a __slots__ member, LOAD_ATTR_SLOT /
 * STORE_ATTR_SLOT, whose cache index is the ob_slots index, or 0xffff for object's
 * __class__); otherwise an instance of a class with shared keys (Py_TPFLAGS_MANAGED_DICT)
 * is read and written in its values array at the shared-keys index
 * (LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE), or in its __dict__ at a hint once
 * it has one (..._WITH_HINT). LOAD_METHOD caches the method and the shared keys' version,
 * which proves that no instance value shadows it (LOAD_METHOD_WITH_VALUES).
 * Which PRECALL form a builtin gets depends on its METH_* flags: where typhon's method
 * tables differ from CPython's (max, str.find and str.startswith are METH_VARARGS in 3.11),
 * the adaptive forms differ too.
 */
import type { PyObject, PyTypeObject } from "../Include/object.ts";
import {
  Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_TYPE_SUBCLASS,
  Py_TPFLAGS_MANAGED_DICT, Py_hash,
  METH_VARARGS, METH_FASTCALL, METH_NOARGS, METH_O, METH_KEYWORDS,
} from "../Include/object.ts";
import { PyCFunctionObject, PyCFunction_Type } from "../Objects/methodobject.ts";
import {
  PyMethodDescrObject, PyMethodDescr_Type, PyMemberDescrObject, PyMemberDescr_Type, PyProperty_Type,
  PyClassMethodDescr_Type, PyClassMethod_Type,
} from "../Objects/descrobject.ts";
import { PyMethod_Type } from "../Objects/classobject.ts";
import { PyBaseObject_Type, PyType_Type } from "../Objects/typeobject.ts";
import { _PyUnicode_FromId } from "../Objects/unicodeobject.ts";
import { _PyThreadState_GET } from "./pystate.ts";
import type { PyCodeObjectWrapper } from "../Objects/codeobject_runtime.ts";
import { PyLongObject, PyLong_Type } from "../Objects/longobject.ts";
import { PyFloat_Type } from "../Objects/floatobject.ts";
import { PyUnicodeObject } from "../Objects/unicodeobject.ts";
import {
  PyDictObject, PyDictKeysObject, PyDict_Type, _PyDictKeys_StringLookup, _PyDictKeys_GetVersionForCurrentState, _Py_dict_lookup,
} from "../Objects/dictobject.ts";
import { PyList_Type } from "../Objects/listobject.ts";
import { PyTuple_Type } from "../Objects/tupleobject.ts";
import { PyModuleObject, PyModule_Type } from "../Objects/moduleobject.ts";
import { PyFunctionObject, PyFunction_Type } from "../Objects/funcobject.ts";
import { _PyType_Lookup, PyObject_TypeCheck } from "../Objects/typeobject.ts";
import { PyObject_Hash } from "../Objects/object.ts";
import { PyErr_Fetch, PyErr_Restore } from "./errors.ts";
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../Objects/object.ts";
import { CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED } from "../Objects/codeobject.ts";

// Opcode numbers (opcode.generated.ts), as literals for the rewriting below.
export const BINARY_OP = 122, BINARY_OP_ADAPTIVE = 3, BINARY_OP_ADD_FLOAT = 4, BINARY_OP_ADD_INT = 5,
  BINARY_OP_ADD_UNICODE = 6, BINARY_OP_INPLACE_ADD_UNICODE = 7, BINARY_OP_MULTIPLY_FLOAT = 8, BINARY_OP_MULTIPLY_INT = 13,
  BINARY_OP_SUBTRACT_FLOAT = 14, BINARY_OP_SUBTRACT_INT = 16;
export const BINARY_SUBSCR = 25, BINARY_SUBSCR_ADAPTIVE = 17, BINARY_SUBSCR_DICT = 18, BINARY_SUBSCR_GETITEM = 19,
  BINARY_SUBSCR_LIST_INT = 20, BINARY_SUBSCR_TUPLE_INT = 21;
export const CALL = 171, CALL_ADAPTIVE = 22, CALL_PY_EXACT_ARGS = 23, CALL_PY_WITH_DEFAULTS = 24;
export const PRECALL = 166, PRECALL_ADAPTIVE = 64, PRECALL_BOUND_METHOD = 65, PRECALL_BUILTIN_CLASS = 66,
  PRECALL_BUILTIN_FAST_WITH_KEYWORDS = 67, PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 72,
  PRECALL_NO_KW_BUILTIN_FAST = 73, PRECALL_NO_KW_BUILTIN_O = 76, PRECALL_NO_KW_ISINSTANCE = 77, PRECALL_NO_KW_LEN = 78,
  PRECALL_NO_KW_LIST_APPEND = 79, PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST = 80, PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS = 81,
  PRECALL_NO_KW_METHOD_DESCRIPTOR_O = 113, PRECALL_NO_KW_STR_1 = 121, PRECALL_NO_KW_TUPLE_1 = 127,
  PRECALL_NO_KW_TYPE_1 = 141, PRECALL_PYFUNC = 143;
export const COMPARE_OP = 107, COMPARE_OP_ADAPTIVE = 26, COMPARE_OP_FLOAT_JUMP = 27, COMPARE_OP_INT_JUMP = 28,
  COMPARE_OP_STR_JUMP = 29;
export const STORE_SUBSCR = 60, STORE_SUBSCR_ADAPTIVE = 168, STORE_SUBSCR_DICT = 169, STORE_SUBSCR_LIST_INT = 170;
export const POP_TOP = 1, POP_JUMP_FORWARD_IF_FALSE = 114, POP_JUMP_FORWARD_IF_TRUE = 115,
  POP_JUMP_BACKWARD_IF_FALSE = 175, POP_JUMP_BACKWARD_IF_TRUE = 176;
export const LOAD_GLOBAL = 116, LOAD_GLOBAL_ADAPTIVE = 47, LOAD_GLOBAL_BUILTIN = 48, LOAD_GLOBAL_MODULE = 55;
export const LOAD_ATTR = 106, LOAD_ATTR_ADAPTIVE = 39, LOAD_ATTR_INSTANCE_VALUE = 40, LOAD_ATTR_MODULE = 41,
  LOAD_ATTR_SLOT = 42, LOAD_ATTR_WITH_HINT = 43;
export const LOAD_METHOD = 160, LOAD_METHOD_ADAPTIVE = 56, LOAD_METHOD_NO_DICT = 59, LOAD_METHOD_WITH_DICT = 62,
  LOAD_METHOD_WITH_VALUES = 63;
export const STORE_ATTR = 95, STORE_ATTR_ADAPTIVE = 153, STORE_ATTR_INSTANCE_VALUE = 154, STORE_ATTR_SLOT = 158,
  STORE_ATTR_WITH_HINT = 159;
/** LOAD_ATTR_SLOT's cache index for object.__class__ (CPython caches offsetof(PyObject, ob_type)). */
export const SLOT_INDEX_OB_TYPE = 0xffff;
export const UNPACK_SEQUENCE = 92, UNPACK_SEQUENCE_ADAPTIVE = 177, UNPACK_SEQUENCE_LIST = 178,
  UNPACK_SEQUENCE_TUPLE = 179, UNPACK_SEQUENCE_TWO_TUPLE = 180;
export const LOAD_FAST = 124, LOAD_CONST = 100, STORE_FAST = 125;
export const LOAD_FAST__LOAD_FAST = 46, LOAD_FAST__LOAD_CONST = 45, LOAD_CONST__LOAD_FAST = 44,
  STORE_FAST__LOAD_FAST = 161, STORE_FAST__STORE_FAST = 167;
export const JUMP_BACKWARD = 140, JUMP_BACKWARD_QUICK = 38, RESUME = 151, RESUME_QUICK = 150, EXTENDED_ARG = 144,
  EXTENDED_ARG_QUICK = 34;

/** Runs before a code object is quickened (QUICKENING_WARMUP_DELAY). */
export const QUICKENING_WARMUP_DELAY = 8;
/*
 * The adaptive counter (first cache unit of an adaptive instruction) as 3.11 encodes it: a
 * countdown in the upper 12 bits and a backoff exponent in the low 4
 * (ADAPTIVE_BACKOFF_BITS). It starts at zero, so the first run after quickening tries to
 * specialize; each failure waits 2**backoff - 1 runs, the exponent growing up to 12. A
 * specialized instruction's first cache unit counts misses down from 53 instead.
 */
const ADAPTIVE_BACKOFF_BITS = 4;
const ADAPTIVE_BACKOFF_START = 5;
const MAX_BACKOFF_VALUE = 16 - ADAPTIVE_BACKOFF_BITS;
/** @cpython adaptive_counter_bits */
function adaptive_counter_bits(value: number, backoff: number): number {
  return (value << ADAPTIVE_BACKOFF_BITS) | backoff;
}
/** @cpython adaptive_counter_start: 31 runs before trying again after a deoptimization. */
export const ADAPTIVE_COUNTER_START = adaptive_counter_bits((1 << ADAPTIVE_BACKOFF_START) - 1, ADAPTIVE_BACKOFF_START);
/** @cpython adaptive_counter_backoff */
function adaptive_counter_backoff(counter: number): number {
  let backoff = (counter & ((1 << ADAPTIVE_BACKOFF_BITS) - 1)) + 1;
  if (backoff > MAX_BACKOFF_VALUE) backoff = MAX_BACKOFF_VALUE;
  return adaptive_counter_bits((1 << backoff) - 1, backoff);
}

const ADAPTIVE: Record<number, number> = {
  [BINARY_OP]: BINARY_OP_ADAPTIVE, [BINARY_SUBSCR]: BINARY_SUBSCR_ADAPTIVE, [CALL]: CALL_ADAPTIVE,
  [LOAD_GLOBAL]: LOAD_GLOBAL_ADAPTIVE, [LOAD_ATTR]: LOAD_ATTR_ADAPTIVE, [LOAD_METHOD]: LOAD_METHOD_ADAPTIVE,
  [STORE_ATTR]: STORE_ATTR_ADAPTIVE, [UNPACK_SEQUENCE]: UNPACK_SEQUENCE_ADAPTIVE, [PRECALL]: PRECALL_ADAPTIVE,
  [COMPARE_OP]: COMPARE_OP_ADAPTIVE, [STORE_SUBSCR]: STORE_SUBSCR_ADAPTIVE,
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
      code[i + 1] = 0;
      previous = -1;
    } else if (op === JUMP_BACKWARD) {
      code[i] = JUMP_BACKWARD_QUICK | (arg << 8);
      previous = -1;
    } else if (op === EXTENDED_ARG) {
      code[i] = EXTENDED_ARG_QUICK | (arg << 8);
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
  code[i + 1] = adaptive_counter_backoff(code[i + 1]);
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
export function _Py_Specialize_BinaryOp(lhs: PyObject, rhs: PyObject, code: Uint16Array, i: number, oparg: number,
  locals: (PyObject | null)[]): void {
  const lt = lhs.ob_type;
  if (lt !== rhs.ob_type) return fail(code, i);
  switch (oparg) {
    case 0: case 13: // NB_ADD, NB_INPLACE_ADD
      if (lt === PyUnicodeObject.type) {
        // `s = s + t` / `s += t` on a local: the instruction does the STORE_FAST after it too.
        const next = code[i + 2];
        const nextOp = next & 0xff;
        if ((nextOp === STORE_FAST || nextOp === STORE_FAST__LOAD_FAST) && locals[next >>> 8] === lhs) {
          return rewrite(code, i, BINARY_OP_INPLACE_ADD_UNICODE);
        }
        return rewrite(code, i, BINARY_OP_ADD_UNICODE);
      }
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

// -- attributes ----------------------------------------------------------------------------------

// DescriptorClassification: what the class says about an attribute name.
const OVERRIDING = 0, METHOD = 1, PROPERTY = 2, OBJECT_SLOT = 3, OTHER_SLOT = 4, NON_OVERRIDING = 5,
  BUILTIN_CLASSMETHOD = 6, PYTHON_CLASSMETHOD = 7, NON_DESCRIPTOR = 8, MUTABLE = 9, ABSENT = 10, DUNDER_CLASS = 11,
  GETSET_OVERRIDDEN = 12;

/** The descriptor analyze_descriptor found (borrowed), or null. */
let analyzed_descr: PyObject | null = null;

/** @cpython analyze_descriptor: the class attribute `name` of `type` sets analyzed_descr. */
function analyze_descriptor(type: PyTypeObject, name: PyObject, store: boolean): number {
  analyzed_descr = null;
  if (store ? type.tp_setattro !== PyObject_GenericSetAttr : type.tp_getattro !== PyObject_GenericGetAttr) {
    return GETSET_OVERRIDDEN;
  }
  const descriptor = _PyType_Lookup(type, name);
  analyzed_descr = descriptor;
  if (descriptor === null) return ABSENT;
  const desc_cls = descriptor.ob_type;
  if (!(desc_cls.tp_flags & Py_TPFLAGS_IMMUTABLETYPE)) return MUTABLE;
  if (desc_cls.tp_descr_set !== null) {
    if (desc_cls === PyMemberDescr_Type) {
      // __slots__ members are the object slots (T_OBJECT_EX) typhon has.
      return (descriptor as PyMemberDescrObject).d_member.offset !== undefined ? OBJECT_SLOT : OTHER_SLOT;
    }
    if (desc_cls === PyProperty_Type) return PROPERTY;
    if ((name as PyUnicodeObject).str === "__class__" && name.ob_type === PyUnicodeObject.type &&
        descriptor === _PyType_Lookup(PyBaseObject_Type, name)) {
      return DUNDER_CLASS;
    }
    return OVERRIDING;
  }
  if (desc_cls.tp_descr_get !== null) {
    if (desc_cls.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) return METHOD;
    if (desc_cls === PyClassMethodDescr_Type) return BUILTIN_CLASSMETHOD;
    if (desc_cls === PyClassMethod_Type) return PYTHON_CLASSMETHOD;
    return NON_OVERRIDING;
  }
  return NON_DESCRIPTOR;
}

/**
 * @cpython specialize_dict_access: an instance attribute of a class with shared keys, in the
 * values array (values_op, at the shared keys' index) or in a real __dict__ (hint_op).
 */
function specialize_dict_access(owner: PyObject, code: Uint16Array, i: number, type: PyTypeObject, name: PyObject,
  values_op: number, hint_op: number): boolean {
  if ((type.tp_flags & Py_TPFLAGS_MANAGED_DICT) === 0 || type.ht_cached_keys === null) return false;
  const dict = owner.ob_dict;
  if (dict === null) {
    // The values array: the name must already be one of the shared keys.
    const index = _PyDictKeys_StringLookup(type.ht_cached_keys, name);
    if (index < 0 || index > 0xffff) return false;
    put32(code, i + 2, type_version(type));
    code[i + 4] = index;
    rewrite(code, i, values_op);
    return true;
  }
  if (dict.ob_type !== PyDict_Type) return false;
  const hint = _PyDict_GetItemHint(dict, name);
  if (hint < 0 || hint > 0xffff) return false;
  put32(code, i + 2, type_version(type));
  code[i + 4] = hint;
  rewrite(code, i, hint_op);
  return true;
}

/** The entry index of `name` in a dict, or a negative DKIX_* (CPython's _PyDict_GetItemHint). */
function _PyDict_GetItemHint(dict: PyDictObject, name: PyObject): number {
  const ix = _PyDictKeys_StringLookup(dict.ma_keys, name);
  if (ix !== -3 /* DKIX_ERROR */) return ix;
  const saved = PyErr_Fetch();
  const lo = PyObject_Hash(name);
  const r = lo === -1 && Py_hash.hi === -1 ? -3 : _Py_dict_lookup(dict, name, lo, Py_hash.hi);
  PyErr_Restore(saved);
  return r;
}

/** A __slots__ member's ob_slots index for LOAD_ATTR_SLOT / STORE_ATTR_SLOT, or -1. */
function object_slot_index(owner: PyObject, descr: PyMemberDescrObject, store: boolean): number {
  if (!PyObject_TypeCheck(owner, descr.d_type)) return -1;
  if (store && descr.d_member.set === undefined) return -1;
  const offset = descr.d_member.offset!;
  return offset >= 0 && offset < SLOT_INDEX_OB_TYPE ? offset : -1;
}

/** @cpython _Py_Specialize_LoadAttr */
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
  const kind = analyze_descriptor(type, name, false);
  switch (kind) {
    case OBJECT_SLOT: {
      const index = object_slot_index(owner, analyzed_descr as PyMemberDescrObject, false);
      if (index < 0) return fail(code, i);
      put32(code, i + 2, type_version(type));
      code[i + 4] = index;
      return rewrite(code, i, LOAD_ATTR_SLOT);
    }
    case DUNDER_CLASS:
      put32(code, i + 2, type_version(type));
      code[i + 4] = SLOT_INDEX_OB_TYPE;
      return rewrite(code, i, LOAD_ATTR_SLOT);
    case BUILTIN_CLASSMETHOD: case PYTHON_CLASSMETHOD: case NON_OVERRIDING: case NON_DESCRIPTOR: case ABSENT:
      break;
    default:
      return fail(code, i);
  }
  if (!specialize_dict_access(owner, code, i, type, name, LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_WITH_HINT)) fail(code, i);
}

/** @cpython _Py_Specialize_StoreAttr */
export function _Py_Specialize_StoreAttr(owner: PyObject, name: PyObject, code: Uint16Array, i: number): void {
  const type = owner.ob_type;
  if (type === PyModule_Type) return fail(code, i);
  const kind = analyze_descriptor(type, name, true);
  switch (kind) {
    case OBJECT_SLOT: {
      const index = object_slot_index(owner, analyzed_descr as PyMemberDescrObject, true);
      if (index < 0) return fail(code, i);
      put32(code, i + 2, type_version(type));
      code[i + 4] = index;
      return rewrite(code, i, STORE_ATTR_SLOT);
    }
    case BUILTIN_CLASSMETHOD: case PYTHON_CLASSMETHOD: case NON_OVERRIDING: case NON_DESCRIPTOR: case ABSENT:
      break;
    default:
      return fail(code, i);
  }
  if (!specialize_dict_access(owner, code, i, type, name, STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_WITH_HINT)) fail(code, i);
}

/**
 * @cpython _Py_Specialize_LoadMethod: a method found on the type (a function or method
 * descriptor) that the instance cannot shadow: no dict at all (LOAD_METHOD_NO_DICT), a
 * values array on shared keys without the name (LOAD_METHOD_WITH_VALUES), or a __dict__
 * whose keys lack it (LOAD_METHOD_WITH_DICT). Cache: [counter, type_version (2),
 * dict_offset, keys_version (2), descr (4: cache_objects here)].
 */
export function _Py_Specialize_LoadMethod(owner: PyObject, name: PyObject, co: PyCodeObjectWrapper, i: number): void {
  const code = co.co_code_adaptive;
  const type = owner.ob_type;
  // LOAD_METHOD_MODULE and LOAD_METHOD_CLASS are not implemented: those owners stay adaptive.
  if (type === PyModule_Type || (type.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) !== 0) return fail(code, i);
  if (analyze_descriptor(type, name, false) !== METHOD) return fail(code, i);
  const descr = analyzed_descr!;
  let opcode: number;
  let keys: PyDictKeysObject | null;
  if ((type.tp_flags & Py_TPFLAGS_MANAGED_DICT) !== 0 && type.ht_cached_keys !== null) {
    // CPython checks the shared keys' version for both forms: a __dict__ that is not split
    // on them never matches, and the instruction keeps deoptimizing.
    keys = type.ht_cached_keys;
    opcode = owner.ob_dict === null ? LOAD_METHOD_WITH_VALUES : LOAD_METHOD_WITH_DICT;
  } else if (type.tp_dictoffset === 0) {
    keys = null;
    opcode = LOAD_METHOD_NO_DICT;
  } else {
    const dict = owner.ob_dict;
    if (dict === null) return fail(code, i);
    keys = dict.ma_keys;
    opcode = LOAD_METHOD_WITH_DICT;
  }
  if (keys !== null) {
    if (_PyDictKeys_StringLookup(keys, name) !== -1 /* DKIX_EMPTY */) return fail(code, i);
    const keys_version = _PyDictKeys_GetVersionForCurrentState(keys);
    if (keys_version === 0) return fail(code, i);
    put32(code, i + 5, keys_version);
  }
  put32(code, i + 2, type_version(type));
  co.setCacheObject(i, descr);
  rewrite(code, i, opcode);
}

let nextFuncVersion = 1;

/**
 * @cpython _Py_Specialize_Call (specialize_py_call): a Python function without *args,
 * **kwargs or keyword-only parameters, called positionally with between its required and its
 * total number of parameters. Cache: [counter, func_version (2 units), min_args].
 */
export function _Py_Specialize_Call(callable: PyObject, nargs: number, kwnames: PyObject | null, code: Uint16Array, i: number): void {
  if (callable.ob_type !== PyFunction_Type || kwnames !== null) return fail(code, i);
  const func = callable as PyFunctionObject;
  const co = func.func_code;
  if (co.co_flags & (CO_VARARGS | CO_VARKEYWORDS) || !(co.co_flags & CO_OPTIMIZED) || co.co_kwonlyargcount !== 0) return fail(code, i);
  const argcount = co.co_argcount;
  const defcount = func.func_defaults === null ? 0 : func.func_defaults.ob_item.length;
  const min_args = argcount - defcount;
  if (nargs > argcount || nargs < min_args || min_args > 0xffff) return fail(code, i);
  if (func.func_version === 0) func.func_version = nextFuncVersion++;
  put32(code, i + 2, func.func_version);
  code[i + 4] = min_args;
  rewrite(code, i, argcount === nargs ? CALL_PY_EXACT_ARGS : CALL_PY_WITH_DEFAULTS);
}

// The interpreter's callable_cache (len, isinstance, list.append), found on first need.
let cachedLen: PyObject | null = null;
let cachedIsinstance: PyObject | null = null;
let cachedListAppend: PyObject | null = null;
/** @returns borrowed: builtins.len as the interpreter started with it. */
export function callable_cache_len(): PyObject | null {
  if (cachedLen === null) cachedLen = builtinFunction("len");
  return cachedLen;
}
/** @returns borrowed: builtins.isinstance. */
export function callable_cache_isinstance(): PyObject | null {
  if (cachedIsinstance === null) cachedIsinstance = builtinFunction("isinstance");
  return cachedIsinstance;
}
/** @returns borrowed: the list.append method descriptor. */
export function callable_cache_list_append(): PyObject | null {
  if (cachedListAppend === null) cachedListAppend = _PyType_Lookup(PyList_Type, _PyUnicode_FromId("append"));
  return cachedListAppend;
}
function builtinFunction(name: string): PyObject | null {
  const b = _PyThreadState_GET().interp.builtins;
  if (b === null) return null;
  const f = _PyDictKeys_StringLookup(b.ma_keys, _PyUnicode_FromId(name));
  if (f < 0) return null;
  const v = b.ma_keys.dk_entries[f].me_value;
  // Only the builtin itself: a replacement in builtins is not the interpreter's cached one.
  if (v === null || v.ob_type !== PyCFunction_Type || (v as PyCFunctionObject).m_ml.ml_name !== name) return null;
  return v;
}

/**
 * Static types whose CPython 3.11 twin has a tp_vectorcall (PRECALL_BUILTIN_CLASS calls them
 * through it). DIVERGENCE: typhon's types have no tp_vectorcall slot; the names stand for it.
 */
const VECTORCALL_TYPES = new Set(["type", "super", "tuple", "enumerate", "reversed", "dict", "range", "list", "set",
  "frozenset", "float", "bool", "filter", "map"]);
export function type_has_vectorcall(tp: PyTypeObject): boolean {
  return !(tp.tp_flags & Py_TPFLAGS_HEAPTYPE) && VECTORCALL_TYPES.has(tp.tp_name);
}

const CALL_FLAGS_MASK = METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS;

/** @cpython specialize_c_call */
function specialize_c_call(callable: PyCFunctionObject, code: Uint16Array, i: number, nargs: number, kwnames: PyObject | null): boolean {
  switch (callable.m_ml.ml_flags & CALL_FLAGS_MASK) {
    case METH_O:
      if (kwnames !== null || nargs !== 1) return false;
      rewrite(code, i, callable === callable_cache_len() ? PRECALL_NO_KW_LEN : PRECALL_NO_KW_BUILTIN_O);
      return true;
    case METH_FASTCALL:
      if (kwnames !== null) return false;
      rewrite(code, i, nargs === 2 && callable === callable_cache_isinstance() ? PRECALL_NO_KW_ISINSTANCE : PRECALL_NO_KW_BUILTIN_FAST);
      return true;
    case METH_FASTCALL | METH_KEYWORDS:
      rewrite(code, i, PRECALL_BUILTIN_FAST_WITH_KEYWORDS);
      return true;
  }
  return false;
}

/** @cpython specialize_class_call */
function specialize_class_call(tp: PyTypeObject, code: Uint16Array, i: number, nargs: number, kwnames: PyObject | null, oparg: number): boolean {
  if (tp.tp_new === PyBaseObject_Type.tp_new) return false;
  if (tp.tp_flags & Py_TPFLAGS_IMMUTABLETYPE || !(tp.tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    if (nargs === 1 && kwnames === null && oparg === 1) {
      if (tp === PyUnicodeObject.type) return rewrite(code, i, PRECALL_NO_KW_STR_1), true;
      if (tp === PyType_Type) return rewrite(code, i, PRECALL_NO_KW_TYPE_1), true;
      if (tp === PyTuple_Type) return rewrite(code, i, PRECALL_NO_KW_TUPLE_1), true;
    }
    if (type_has_vectorcall(tp)) return rewrite(code, i, PRECALL_BUILTIN_CLASS), true;
  }
  return false;
}

/** @cpython specialize_method_descriptor */
function specialize_method_descriptor(descr: PyMethodDescrObject, code: Uint16Array, i: number, nargs: number, kwnames: PyObject | null,
  oparg: number): boolean {
  if (kwnames !== null) return false;
  switch (descr.d_method.ml_flags & CALL_FLAGS_MASK) {
    case METH_NOARGS:
      if (nargs !== 1) return false;
      rewrite(code, i, PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS);
      return true;
    case METH_O: {
      if (nargs !== 2) return false;
      // PRECALL, its cache, CALL, its cache, then the instruction after the call.
      const next = code[i + 1 + 1 + 1 + 4] & 255;
      const isAppend = descr === callable_cache_list_append() && oparg === 1 && next === POP_TOP;
      rewrite(code, i, isAppend ? PRECALL_NO_KW_LIST_APPEND : PRECALL_NO_KW_METHOD_DESCRIPTOR_O);
      return true;
    }
    case METH_FASTCALL:
      rewrite(code, i, PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST);
      return true;
    case METH_FASTCALL | METH_KEYWORDS:
      rewrite(code, i, PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS);
      return true;
  }
  return false;
}

/**
 * @cpython _Py_Specialize_Precall: the callable decides the form; the specialized PRECALL
 * makes the whole call and skips the CALL after it. `nargs` counts self for methods.
 */
export function _Py_Specialize_Precall(callable: PyObject, nargs: number, kwnames: PyObject | null, code: Uint16Array, i: number,
  oparg: number): void {
  const t = callable.ob_type;
  let ok = false;
  if (t === PyCFunction_Type) ok = specialize_c_call(callable as PyCFunctionObject, code, i, nargs, kwnames);
  else if (t === PyFunction_Type) {
    rewrite(code, i, PRECALL_PYFUNC);
    ok = true;
  } else if (t.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) ok = specialize_class_call(callable as PyTypeObject, code, i, nargs, kwnames, oparg);
  else if (t === PyMethodDescr_Type) ok = specialize_method_descriptor(callable as PyMethodDescrObject, code, i, nargs, kwnames, oparg);
  else if (t === PyMethod_Type) {
    rewrite(code, i, PRECALL_BOUND_METHOD);
    ok = true;
  }
  if (!ok) fail(code, i);
}

/** Which comparison outcomes jump: bit 1 less, bit 2 equal, bit 4 greater (compare_masks). */
const compare_masks = [1, 1 | 2, 2, 1 | 4, 4, 2 | 4];

/** Whether an int is one 30-bit digit in CPython (|Py_SIZE| <= 1). */
function single_digit(o: PyObject): boolean {
  const v = (o as PyLongObject).ob_ival;
  return typeof v === "number" && v < 0x40000000 && v > -0x40000000;
}

/**
 * @cpython _Py_Specialize_CompareOp: a comparison followed by a conditional jump becomes one
 * instruction for two floats, two small ints or two strs (== and != only). Cache: [counter,
 * mask]; the mask says on which outcomes to jump, shifted by 3 for a backward jump.
 */
export function _Py_Specialize_CompareOp(lhs: PyObject, rhs: PyObject, code: Uint16Array, i: number, oparg: number): void {
  const next = code[i + 3] & 255;
  if (next !== POP_JUMP_FORWARD_IF_FALSE && next !== POP_JUMP_BACKWARD_IF_FALSE && next !== POP_JUMP_FORWARD_IF_TRUE
    && next !== POP_JUMP_BACKWARD_IF_TRUE) {
    // Never combinable: the plain instruction for good.
    code[i] = COMPARE_OP | (code[i] & 0xff00);
    return;
  }
  let mask = compare_masks[oparg];
  if (next === POP_JUMP_FORWARD_IF_FALSE || next === POP_JUMP_BACKWARD_IF_FALSE) mask = 7 & ~mask;
  if (next === POP_JUMP_BACKWARD_IF_TRUE || next === POP_JUMP_BACKWARD_IF_FALSE) mask <<= 3;
  const t = lhs.ob_type;
  if (t !== rhs.ob_type) return fail(code, i);
  if (t === PyFloat_Type) {
    code[i + 2] = mask;
    return rewrite(code, i, COMPARE_OP_FLOAT_JUMP);
  }
  if (t === PyLong_Type) {
    if (!single_digit(lhs) || !single_digit(rhs)) return fail(code, i);
    code[i + 2] = mask;
    return rewrite(code, i, COMPARE_OP_INT_JUMP);
  }
  if (t === PyUnicodeObject.type) {
    if (oparg !== 2 /* Py_EQ */ && oparg !== 3 /* Py_NE */) return fail(code, i);
    code[i + 2] = mask;
    return rewrite(code, i, COMPARE_OP_STR_JUMP);
  }
  fail(code, i);
}

/** @cpython _Py_Specialize_StoreSubscr */
export function _Py_Specialize_StoreSubscr(container: PyObject, sub: PyObject, code: Uint16Array, i: number): void {
  const t = container.ob_type;
  if (t === PyList_Type) {
    if (sub.ob_type === PyLong_Type && typeof (sub as PyLongObject).ob_ival === "number") {
      const idx = (sub as PyLongObject).ob_ival as number;
      if (idx >= 0 && idx < 0x40000000 && idx < (container as unknown as { ob_item: PyObject[] }).ob_item.length) {
        return rewrite(code, i, STORE_SUBSCR_LIST_INT);
      }
    }
    return fail(code, i);
  }
  if (t === PyDict_Type) return rewrite(code, i, STORE_SUBSCR_DICT);
  fail(code, i);
}

/** @cpython _Py_Specialize_BinarySubscr */
export function _Py_Specialize_BinarySubscr(container: PyObject, sub: PyObject, code: Uint16Array, i: number): void {
  const t = container.ob_type;
  if (t === PyList_Type && sub.ob_type === PyLong_Type && typeof (sub as PyLongObject).ob_ival === "number") return rewrite(code, i, BINARY_SUBSCR_LIST_INT);
  if (t === PyTuple_Type && sub.ob_type === PyLong_Type && typeof (sub as PyLongObject).ob_ival === "number") return rewrite(code, i, BINARY_SUBSCR_TUPLE_INT);
  if (t === PyDict_Type) return rewrite(code, i, BINARY_SUBSCR_DICT);
  // A class whose __getitem__ is a plain Python function of two parameters: the instruction
  // pushes its frame itself. Cache: [counter, type_version (2 units), func_version].
  const descr = _PyType_Lookup(t, _PyUnicode_FromId("__getitem__"));
  if (descr !== null && descr.ob_type === PyFunction_Type) {
    if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) return fail(code, i);
    const func = descr as PyFunctionObject;
    const co = func.func_code;
    if (co.co_flags & (CO_VARARGS | CO_VARKEYWORDS) || !(co.co_flags & CO_OPTIMIZED) || co.co_kwonlyargcount !== 0) return fail(code, i);
    if (co.co_argcount !== 2) return fail(code, i);
    put32(code, i + 2, type_version(t));
    if (func.func_version === 0) func.func_version = nextFuncVersion++;
    if (func.func_version > 0xffff) return fail(code, i);
    code[i + 4] = func.func_version;
    t.ht_spec_getitem = func;
    return rewrite(code, i, BINARY_SUBSCR_GETITEM);
  }
  fail(code, i);
}

/** @cpython _Py_Specialize_UnpackSequence */
export function _Py_Specialize_UnpackSequence(seq: PyObject, n: number, code: Uint16Array, i: number): void {
  if (seq.ob_type === PyTuple_Type) return rewrite(code, i, n === 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE);
  if (seq.ob_type === PyList_Type) return rewrite(code, i, UNPACK_SEQUENCE_LIST);
  fail(code, i);
}

/**
 * A specialized instruction's check failed (ceval.c's `miss`): count the miss, and after
 * MISS_COUNTER_START of them turn the instruction back into its adaptive form. The caller
 * then runs the generic instruction this once.
 */
export function deoptimize(code: Uint16Array, i: number, adaptive: number): void {
  if (--code[i + 1] === 0) {
    code[i] = adaptive | (code[i] & 0xff00);
    code[i + 1] = ADAPTIVE_COUNTER_START;
  }
}
