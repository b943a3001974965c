/**
 * @mirrors Modules/_sre/sre.c
 * The _sre module: the native half of `re`. Lib/re/_compiler.py turns a pattern into a
 * list of code words and calls _sre.compile(); the Pattern object made here keeps those
 * words in a Uint32Array and offers match, fullmatch, search, findall, finditer, split,
 * sub and subn, each of which prepares an SRE_STATE over the subject and runs the engine
 * of sre_lib.ts. A successful run becomes a Match object holding the group spans; the
 * scanner (SRE_Scanner) keeps one state alive to hand out successive matches, which is
 * what finditer iterates over.
 *
 * The subject is read as a typed array of code points (see sre_lib.ts). Converting a str
 * costs one pass over it; the last converted str is remembered, so that the common loop
 * `pattern.match(text, pos)` over one long text converts it once.
 *
 * Replacement templates with backslashes are compiled by Python code, as in CPython 3.11:
 * sub() hands them to re._subx, and Match.expand() to re._expand.
 */
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, Py_hash, Py_EQ, Py_NE, METH_NOARGS, METH_O,
  METH_FASTCALL, METH_KEYWORDS, METH_CLASS, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_DISALLOW_INSTANTIATION,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_READY, type PyMethodDef,
} from "../../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_NoMemory } from "../../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError, PyExc_RuntimeError,
  PyExc_SystemError, PyExc_RecursionError,
} from "../../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_Hash, PyObject_RichCompareBool, PyCallable_Check,
  PyObject_GetAttrString, PyObject_Repr,
} from "../../Objects/object.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_Substring, PyUnicode_GET_LENGTH,
  PyUnicode_Join, unicode_kind, _Py_ssize_t_converter, _PyLong_AsInt,
} from "../../Objects/unicodeobject.ts";
import {
  PyBytes_FromArray, PyBytes_CheckExact, _PyObject_GetBufferData,
} from "../../Objects/bytesobject.ts";
import { PyByteArrayObject } from "../../Objects/bytearrayobject.ts";
import { stringlib_bytes_join } from "../../Objects/bytes_methods.ts";
import {
  PyLongObject, PyLong_Check, PyLong_FromNumber, PyLong_AsSsize_t, PyIndex_Check, PyNumber_AsSsize_t,
} from "../../Objects/longobject.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_New, _PyTuple_FromArraySteal, PyTuple_Pack } from "../../Objects/tupleobject.ts";
import { PyListObject, PyList_Check, PyList_New, PyList_Append, _PyList_AppendTakeRef } from "../../Objects/listobject.ts";
import {
  PyDictObject, PyDict_Check, PyDict_New, PyDict_GET_SIZE, PyDict_GetItemWithError, PyDict_Next, PyDict_SetItem,
} from "../../Objects/dictobject.ts";
import { PyDictProxy_New } from "../../Objects/descrobject.ts";
import { PyCallIter_New } from "../../Objects/iterobject.ts";
import { PyObject_CallOneArg, PyObject_Vectorcall } from "../../Objects/call.ts";
import { Py_GenericAlias } from "../../Objects/genericaliasobject.ts";
import { PyType_Ready } from "../../Objects/typeobject.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddStringConstant } from "../../Objects/moduleobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional, _PyArg_NoKwnames } from "../../Python/getargs.ts";
import { PyImport_ImportModule } from "../../Python/import.ts";
import { _Py_HashBytes } from "../../Python/pyhash.ts";
import {
  SRE_MAGIC, SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT, SRE_OP_ASSERT_NOT,
  SRE_OP_AT, SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET, SRE_OP_BIGCHARSET, SRE_OP_GROUPREF,
  SRE_OP_GROUPREF_EXISTS, SRE_OP_IN, SRE_OP_INFO, SRE_OP_JUMP, SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL,
  SRE_OP_MIN_UNTIL, SRE_OP_NOT_LITERAL, SRE_OP_NEGATE, SRE_OP_RANGE, SRE_OP_REPEAT, SRE_OP_REPEAT_ONE,
  SRE_OP_MIN_REPEAT_ONE, SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT, SRE_OP_POSSESSIVE_REPEAT_ONE,
  SRE_OP_GROUPREF_IGNORE, SRE_OP_IN_IGNORE, SRE_OP_LITERAL_IGNORE, SRE_OP_NOT_LITERAL_IGNORE,
  SRE_OP_GROUPREF_LOC_IGNORE, SRE_OP_IN_LOC_IGNORE, SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE,
  SRE_OP_GROUPREF_UNI_IGNORE, SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE, SRE_OP_NOT_LITERAL_UNI_IGNORE,
  SRE_OP_RANGE_UNI_IGNORE, SRE_AT_UNI_NON_BOUNDARY, SRE_CATEGORY_UNI_NOT_LINEBREAK, SRE_INFO_PREFIX,
  SRE_INFO_LITERAL, SRE_INFO_CHARSET, SRE_FLAG_TEMPLATE, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE,
  SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL, SRE_FLAG_UNICODE, SRE_FLAG_VERBOSE, SRE_FLAG_DEBUG, SRE_FLAG_ASCII,
} from "./sre_constants.ts";
import {
  SRE_STATE, SRE_CHARS, SRE_MAXREPEAT, SRE_MAXGROUPS, SRE_ERROR_RECURSION_LIMIT, SRE_ERROR_MEMORY,
  SRE_ERROR_INTERRUPTED, sre_match, sre_search, state_reset, sre_lower_ascii, sre_lower_unicode,
  sre_upper_unicode,
} from "./sre_lib.ts";

const copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";
const PY_SSIZE_T_MAX = 9223372036854775807;

// =============================================================================================
// Module functions
// =============================================================================================

/** @cpython _sre_getcodesize_impl */
function _sre_getcodesize(_module: PyObject): PyObject {
  return PyLong_FromNumber(4);
}

/** @cpython _sre_ascii_iscased_impl */
function _sre_ascii_iscased(_module: PyObject, arg: PyObject): PyObject | null {
  const ch = _PyLong_AsInt(arg);
  if (ch === null) return null;
  const c = ch >>> 0;
  return PyBool_FromLong(c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)));
}

/** @cpython _sre_unicode_iscased_impl */
function _sre_unicode_iscased(_module: PyObject, arg: PyObject): PyObject | null {
  const ch = _PyLong_AsInt(arg);
  if (ch === null) return null;
  const c = ch >>> 0;
  if (c > 0x10ffff) return PyBool_FromLong(false);
  return PyBool_FromLong(c !== sre_lower_unicode(c) || c !== sre_upper_unicode(c));
}

/** @cpython _sre_ascii_tolower_impl */
function _sre_ascii_tolower(_module: PyObject, arg: PyObject): PyObject | null {
  const ch = _PyLong_AsInt(arg);
  if (ch === null) return null;
  return PyLong_FromNumber(ch >= 0 && ch < 128 ? sre_lower_ascii(ch) : ch);
}

/** @cpython _sre_unicode_tolower_impl */
function _sre_unicode_tolower(_module: PyObject, arg: PyObject): PyObject | null {
  const ch = _PyLong_AsInt(arg);
  if (ch === null) return null;
  if (ch < 0 || ch > 0x10ffff) return PyLong_FromNumber(ch);
  return PyLong_FromNumber(sre_lower_unicode(ch));
}

// =============================================================================================
// Reading the subject
// =============================================================================================

const EMPTY_CHARS = new Uint8Array(0);

// The last str converted to code points (see the header).
let cached_unicode: PyUnicodeObject | null = null;
let cached_text = "";
let cached_chars: SRE_CHARS = EMPTY_CHARS;

/** The code points of a str as a typed array. */
function unicode_chars(u: PyUnicodeObject): SRE_CHARS {
  if (u === cached_unicode && u.str === cached_text) return cached_chars;
  let chars: SRE_CHARS;
  const s = u.str;
  if (unicode_kind(u) === 1) {
    const n = s.length;
    const a = new Uint16Array(n);
    for (let i = 0; i < n; i++) a[i] = s.charCodeAt(i);
    chars = a;
  } else {
    chars = Int32Array.from(u.cps!);
  }
  cached_unicode = u;
  cached_text = s;
  cached_chars = chars;
  return chars;
}

// getstring's results (CPython returns them through pointers).
let gs_chars: SRE_CHARS = EMPTY_CHARS;
let gs_isbytes = false;

/**
 * @cpython getstring: the characters of a str or bytes-like object, in gs_chars and
 * gs_isbytes. False with TypeError for anything else.
 */
function getstring(string: PyObject): boolean {
  if (PyUnicode_Check(string)) {
    gs_chars = unicode_chars(string);
    gs_isbytes = false;
    return true;
  }
  const data = _PyObject_GetBufferData(string);
  if (data === null) {
    PyErr_SetString(PyExc_TypeError, `expected string or bytes-like object, got '${string.ob_type.tp_name}'`);
    return false;
  }
  gs_chars = data;
  gs_isbytes = true;
  return true;
}

/** The length of a subject in characters (str: code points). */
function string_length(string: PyObject, isbytes: boolean): number {
  if (!isbytes) return PyUnicode_GET_LENGTH(string as PyUnicodeObject);
  const data = _PyObject_GetBufferData(string);
  return data === null ? 0 : data.length;
}

// =============================================================================================
// Pattern
// =============================================================================================

/** @cpython PatternObject */
export class PatternObject extends PyObject {
  groups: number;
  groupindex: PyObject | null;
  indexgroup: PyObject | null;
  pattern: PyObject | null;
  flags: number;
  /** 1 for a bytes pattern, 0 for str, -1 when compiled from None. */
  isbytes: number;
  code: Uint32Array;
  constructor(type: PyTypeObject, code: Uint32Array) {
    super(type);
    this.groups = 0;
    this.groupindex = null;
    this.indexgroup = null;
    this.pattern = null;
    this.flags = 0;
    this.isbytes = 0;
    this.code = code;
  }
}

/** @cpython MatchObject */
export class MatchObject extends PyObject {
  string: PyObject;
  regs: PyObject | null;
  pattern: PatternObject;
  pos: number;
  endpos: number;
  lastindex: number;
  /** Number of groups, counting group 0. */
  groups: number;
  /** Start and end of each group (-1 where the group did not take part). */
  mark: number[];
  constructor(type: PyTypeObject, pattern: PatternObject, string: PyObject, groups: number) {
    super(type);
    this.string = string;
    this.regs = null;
    this.pattern = pattern;
    this.pos = 0;
    this.endpos = 0;
    this.lastindex = -1;
    this.groups = groups;
    this.mark = new Array<number>(groups * 2).fill(-1);
  }
}

/** @cpython ScannerObject */
export class ScannerObject extends PyObject {
  pattern: PatternObject | null;
  state: SRE_STATE | null;
  executing: boolean;
  constructor(type: PyTypeObject) {
    super(type);
    this.pattern = null;
    this.state = null;
    this.executing = false;
  }
}

// States for the one-shot methods are reused: a finished state goes back to this pool, so
// a match costs no fresh context objects or stacks.
const state_pool: SRE_STATE[] = [];

/**
 * @cpython state_init: a state over `string[start:end]` (clamped) for `pattern`, or null
 * with TypeError when the subject is not a string or its kind differs from the pattern's.
 */
function state_init(pattern: PatternObject, string: PyObject, start: number, end: number, pooled: boolean): SRE_STATE | null {
  if (!getstring(string)) return null;
  const isbytes = gs_isbytes, chars = gs_chars;
  if (isbytes && pattern.isbytes === 0) {
    PyErr_SetString(PyExc_TypeError, "cannot use a string pattern on a bytes-like object");
    return null;
  }
  if (!isbytes && pattern.isbytes > 0) {
    PyErr_SetString(PyExc_TypeError, "cannot use a bytes pattern on a string-like object");
    return null;
  }
  const length = chars.length;
  if (start < 0) start = 0;
  else if (start > length) start = length;
  if (end < 0) end = 0;
  else if (end > length) end = length;

  let state: SRE_STATE;
  if (pooled && state_pool.length > 0) {
    state = state_pool.pop()!;
    state.code = pattern.code;
    if (state.mark.length < pattern.groups * 2) state.mark = new Int32Array(pattern.groups * 2);
  } else {
    state = new SRE_STATE(pattern.code, pattern.groups);
  }
  state_reset(state);
  state.str = chars;
  state.isbytes = isbytes;
  state.match_all = false;
  state.must_advance = false;
  state.start = start;
  state.ptr = start;
  state.end = end;
  Py_INCREF(string);
  state.string = string;
  state.pos = start;
  state.endpos = end;
  // Hold the buffer of a bytearray so that it cannot be resized under the engine.
  if (string instanceof PyByteArrayObject) {
    string.ob_exports++;
    state.exported = string;
  }
  return state;
}

/** @cpython state_fini */
function state_fini(state: SRE_STATE, pooled: boolean): void {
  if (state.exported !== null) {
    (state.exported as PyByteArrayObject).ob_exports--;
    state.exported = null;
  }
  const s = state.string;
  state.string = null;
  state.str = EMPTY_CHARS;
  state.repeat = null;
  if (s !== null) Py_DECREF(s);
  if (pooled && state_pool.length < 8) state_pool.push(state);
}

/** @cpython getslice: string[start:end] as a new str or bytes. */
function getslice(isbytes: boolean, chars: SRE_CHARS, string: PyObject, start: number, end: number): PyObject {
  if (isbytes) {
    if (PyBytes_CheckExact(string) && start === 0 && end === chars.length) {
      Py_INCREF(string);
      return string;
    }
    return PyBytes_FromArray((chars as Uint8Array).slice(start, end));
  }
  return PyUnicode_Substring(string as PyUnicodeObject, start, end);
}

/** @cpython state_getslice: the text of group `index` of the state's current match. */
function state_getslice(state: SRE_STATE, index: number, string: PyObject, empty: boolean): PyObject | null {
  index = (index - 1) * 2;
  let i: number, j: number;
  if (string === Py_None || index >= state.lastmark || state.mark[index] < 0 || state.mark[index + 1] < 0) {
    if (!empty) return Py_NewNone();
    i = j = 0;
  } else {
    i = state.mark[index];
    j = state.mark[index + 1];
    if (i > j) {
      return PyErr_SetString(PyExc_SystemError,
        "The span of capturing group is wrong, please report a bug for the re module.");
    }
  }
  return getslice(state.isbytes, state.str, string, i, j);
}

/** @cpython pattern_error: the exception for an engine error status. */
function pattern_error(status: number): null {
  switch (status) {
    case SRE_ERROR_RECURSION_LIMIT:
      PyErr_SetString(PyExc_RecursionError, "maximum recursion limit exceeded");
      break;
    case SRE_ERROR_MEMORY:
      PyErr_NoMemory();
      break;
    case SRE_ERROR_INTERRUPTED:
      break;
    default:
      PyErr_SetString(PyExc_RuntimeError, "internal error in regular expression engine");
  }
  return null;
}

/** @cpython pattern_dealloc */
function pattern_dealloc(o: PyObject): void {
  const self = o as PatternObject;
  Py_XDECREF(self.groupindex);
  Py_XDECREF(self.indexgroup);
  Py_XDECREF(self.pattern);
  self.groupindex = self.indexgroup = self.pattern = null;
}

/** @cpython sre_match (sre.c): a match anchored at state.ptr, toplevel. */
function state_match(state: SRE_STATE): number {
  return sre_match(state, 0, true);
}

// unpack_string_pos's results (no array per call on this hot path).
// (A placeholder until the first call: Py_None may not exist yet while modules load.)
let arg_string: PyObject = null as unknown as PyObject;
let arg_pos = 0;
let arg_endpos = PY_SSIZE_T_MAX;

/**
 * The string, pos and endpos arguments of match/fullmatch/search/findall/finditer/scanner,
 * left in arg_string, arg_pos and arg_endpos (borrowed). False with an error set.
 */
function unpack_string_pos(fname: string, args: PyObject[], kwnames: PyTupleObject | null): boolean {
  let string: PyObject, pos: PyObject | null = null, endpos: PyObject | null = null;
  if (kwnames === null && args.length >= 1 && args.length <= 3) {
    // Fast path: positional arguments only.
    string = args[0];
    if (args.length > 1) pos = args[1];
    if (args.length > 2) endpos = args[2];
  } else {
    const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["string", "pos", "endpos"], 1, 3, 0);
    if (a === null) return false;
    string = a[0]!;
    pos = a[1];
    endpos = a[2];
  }
  arg_pos = 0;
  arg_endpos = PY_SSIZE_T_MAX;
  if (pos !== null) {
    const v = _Py_ssize_t_converter(pos);
    if (v === null) return false;
    arg_pos = v;
  }
  if (endpos !== null) {
    const v = _Py_ssize_t_converter(endpos);
    if (v === null) return false;
    arg_endpos = v;
  }
  arg_string = string;
  return true;
}

/** @cpython _sre_SRE_Pattern_match_impl */
function pattern_match(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return pattern_match_common(self as PatternObject, "match", args, kwnames, 0);
}

/** @cpython _sre_SRE_Pattern_fullmatch_impl */
function pattern_fullmatch(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return pattern_match_common(self as PatternObject, "fullmatch", args, kwnames, 1);
}

/** @cpython _sre_SRE_Pattern_search_impl */
function pattern_search(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return pattern_match_common(self as PatternObject, "search", args, kwnames, 2);
}

/** match (kind 0), fullmatch (1) and search (2). */
function pattern_match_common(self: PatternObject, fname: string, args: PyObject[], kwnames: PyTupleObject | null, kind: number): PyObject | null {
  if (!unpack_string_pos(fname, args, kwnames)) return null;
  const state = state_init(self, arg_string, arg_pos, arg_endpos, true);
  if (state === null) return null;
  let status: number;
  if (kind === 2) status = sre_search(state, 0);
  else {
    state.ptr = state.start;
    state.match_all = kind === 1;
    status = state_match(state);
  }
  if (PyErr_Occurred()) {
    state_fini(state, true);
    return null;
  }
  const match = pattern_new_match(self, state, status);
  state_fini(state, true);
  return match;
}

/** @cpython call: module.function(*args) for the parts of re written in Python. */
function call(module: string, fn: string, args: PyObject[]): PyObject | null {
  const mod = PyImport_ImportModule(module);
  if (mod === null) return null;
  const func = PyObject_GetAttrString(mod, fn);
  Py_DECREF(mod);
  if (func === null) return null;
  const result = PyObject_Vectorcall(func, args, null);
  Py_DECREF(func);
  return result;
}

/** @cpython _sre_SRE_Pattern_findall_impl */
function pattern_findall(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = o as PatternObject;
  if (!unpack_string_pos("findall", args, kwnames)) return null;
  const string = arg_string;
  const state = state_init(self, string, arg_pos, arg_endpos, true);
  if (state === null) return null;
  const list = PyList_New(0);
  while (state.start <= state.end) {
    state_reset(state);
    state.ptr = state.start;
    const status = sre_search(state, 0);
    if (PyErr_Occurred()) return findall_error(list, state);
    if (status <= 0) {
      if (status === 0) break;
      pattern_error(status);
      return findall_error(list, state);
    }
    let item: PyObject | null;
    // No match object: the whole match, the one group, or a tuple of all groups.
    switch (self.groups) {
      case 0:
        item = getslice(state.isbytes, state.str, string, state.start, state.ptr);
        break;
      case 1:
        item = state_getslice(state, 1, string, true);
        if (item === null) return findall_error(list, state);
        break;
      default: {
        const items: PyObject[] = [];
        for (let i = 0; i < self.groups; i++) {
          const g = state_getslice(state, i + 1, string, true);
          if (g === null) {
            for (const x of items) Py_DECREF(x);
            return findall_error(list, state);
          }
          items.push(g);
        }
        item = _PyTuple_FromArraySteal(items);
      }
    }
    _PyList_AppendTakeRef(list, item);
    state.must_advance = state.ptr === state.start;
    state.start = state.ptr;
  }
  state_fini(state, true);
  return list;
}

function findall_error(list: PyObject, state: SRE_STATE): null {
  Py_DECREF(list);
  state_fini(state, true);
  return null;
}

/** @cpython _sre_SRE_Pattern_finditer_impl: iter(scanner.search, None). */
function pattern_finditer(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!unpack_string_pos("finditer", args, kwnames)) return null;
  const scanner = pattern_scanner(o as PatternObject, arg_string, arg_pos, arg_endpos);
  if (scanner === null) return null;
  const search = PyObject_GetAttrString(scanner, "search");
  Py_DECREF(scanner);
  if (search === null) return null;
  const iterator = PyCallIter_New(search, Py_None);
  Py_DECREF(search);
  return iterator;
}

/** @cpython _sre_SRE_Pattern_scanner_impl */
function pattern_scanner_meth(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!unpack_string_pos("scanner", args, kwnames)) return null;
  return pattern_scanner(o as PatternObject, arg_string, arg_pos, arg_endpos);
}

/** @cpython _sre_SRE_Pattern_split_impl */
function pattern_split(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = o as PatternObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, "split", ["string", "maxsplit"], 1, 2, 0);
  if (a === null) return null;
  let maxsplit = 0;
  if (a[1] !== null) {
    const v = _Py_ssize_t_converter(a[1]);
    if (v === null) return null;
    maxsplit = v;
  }
  const string = a[0]!;
  const state = state_init(self, string, 0, PY_SSIZE_T_MAX, true);
  if (state === null) return null;
  const list = PyList_New(0);
  let n = 0;
  let last = state.start;
  while (!maxsplit || n < maxsplit) {
    state_reset(state);
    state.ptr = state.start;
    const status = sre_search(state, 0);
    if (PyErr_Occurred()) return findall_error(list, state);
    if (status <= 0) {
      if (status === 0) break;
      pattern_error(status);
      return findall_error(list, state);
    }
    // The text before this match, then each group.
    _PyList_AppendTakeRef(list, getslice(state.isbytes, state.str, string, last, state.start));
    for (let i = 0; i < self.groups; i++) {
      const item = state_getslice(state, i + 1, string, false);
      if (item === null) return findall_error(list, state);
      _PyList_AppendTakeRef(list, item);
    }
    n++;
    state.must_advance = state.ptr === state.start;
    last = state.start = state.ptr;
  }
  // The text after the last match (even if empty).
  _PyList_AppendTakeRef(list, getslice(state.isbytes, state.str, string, last, state.endpos));
  state_fini(state, true);
  return list;
}

/** @cpython pattern_subx: sub (subn false) and subn (subn true). */
function pattern_subx(self: PatternObject, ptemplate: PyObject, string: PyObject, count: number, subn: boolean): PyObject | null {
  let filter: PyObject;
  let filter_is_callable: boolean;
  if (PyCallable_Check(ptemplate)) {
    // A function computes each replacement.
    Py_INCREF(ptemplate);
    filter = ptemplate;
    filter_is_callable = true;
  } else {
    // A template without backslashes is used as it is; others go to re._subx.
    let literal: boolean;
    if (PyUnicode_Check(ptemplate)) literal = !ptemplate.str.includes("\\");
    else {
      const data = _PyObject_GetBufferData(ptemplate);
      literal = data !== null && data.indexOf(0x5c) < 0;
    }
    if (literal) {
      Py_INCREF(ptemplate);
      filter = ptemplate;
      filter_is_callable = false;
    } else {
      const f = call("re", "_subx", [self, ptemplate]);
      if (f === null) return null;
      filter = f;
      filter_is_callable = PyCallable_Check(filter);
    }
  }

  const state = state_init(self, string, 0, PY_SSIZE_T_MAX, false);
  if (state === null) {
    Py_DECREF(filter);
    return null;
  }
  const list = PyList_New(0);
  let n = 0, i = 0;
  const fail = (): null => {
    Py_DECREF(list);
    state_fini(state, false);
    Py_DECREF(filter);
    return null;
  };
  while (!count || n < count) {
    state_reset(state);
    state.ptr = state.start;
    const status = sre_search(state, 0);
    if (PyErr_Occurred()) return fail();
    if (status <= 0) {
      if (status === 0) break;
      pattern_error(status);
      return fail();
    }
    const b = state.start, e = state.ptr;
    if (i < b) _PyList_AppendTakeRef(list, getslice(state.isbytes, state.str, string, i, b));
    let item: PyObject | null;
    if (filter_is_callable) {
      const match = pattern_new_match(self, state, 1);
      if (match === null) return fail();
      item = PyObject_CallOneArg(filter, match);
      Py_DECREF(match);
      if (item === null) return fail();
    } else {
      Py_INCREF(filter);
      item = filter;
    }
    if (item !== Py_None) _PyList_AppendTakeRef(list, item);
    else Py_DECREF(item);
    i = e;
    n++;
    state.must_advance = state.ptr === state.start;
    state.start = state.ptr;
  }
  if (i < state.endpos) _PyList_AppendTakeRef(list, getslice(state.isbytes, state.str, string, i, state.endpos));
  const isbytes = state.isbytes, chars = state.str;
  state_fini(state, false);
  Py_DECREF(filter);

  // Join the pieces with an empty str or bytes.
  const joiner = getslice(isbytes, chars, string, 0, 0);
  let result: PyObject | null;
  if ((list as PyListObject).ob_item.length === 0) {
    Py_DECREF(list);
    result = joiner;
  } else {
    result = isbytes ? stringlib_bytes_join(joiner, list) : PyUnicode_Join(joiner, list);
    Py_DECREF(joiner);
    Py_DECREF(list);
    if (result === null) return null;
  }
  if (subn) return _PyTuple_FromArraySteal([result, PyLong_FromNumber(n)]);
  return result;
}

/** The repl, string and count arguments of sub and subn. */
function pattern_sub_common(o: PyObject, fname: string, args: PyObject[], kwnames: PyTupleObject | null, subn: boolean): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["repl", "string", "count"], 2, 3, 0);
  if (a === null) return null;
  let count = 0;
  if (a[2] !== null) {
    const v = _Py_ssize_t_converter(a[2]);
    if (v === null) return null;
    count = v;
  }
  return pattern_subx(o as PatternObject, a[0]!, a[1]!, count, subn);
}

/** @cpython _sre_SRE_Pattern_sub_impl */
function pattern_sub(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return pattern_sub_common(o, "sub", args, kwnames, false);
}

/** @cpython _sre_SRE_Pattern_subn_impl */
function pattern_subn(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return pattern_sub_common(o, "subn", args, kwnames, true);
}

/** @cpython _sre_SRE_Pattern___copy___impl: patterns are immutable, so the copy is itself. */
function pattern_copy(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** @cpython _sre_SRE_Pattern___deepcopy__ */
function pattern_deepcopy(self: PyObject, _memo: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** The repr of an object, cut to `width` characters (the %.<width>R of PyUnicode_FromFormat). */
function repr_truncated(o: PyObject, width: number): string | null {
  const r = PyObject_Repr(o);
  if (r === null) return null;
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  const cps = Array.from(s);
  return cps.length > width ? cps.slice(0, width).join("") : s;
}

const flag_names: readonly [string, number][] = [
  ["re.TEMPLATE", SRE_FLAG_TEMPLATE],
  ["re.IGNORECASE", SRE_FLAG_IGNORECASE],
  ["re.LOCALE", SRE_FLAG_LOCALE],
  ["re.MULTILINE", SRE_FLAG_MULTILINE],
  ["re.DOTALL", SRE_FLAG_DOTALL],
  ["re.UNICODE", SRE_FLAG_UNICODE],
  ["re.VERBOSE", SRE_FLAG_VERBOSE],
  ["re.DEBUG", SRE_FLAG_DEBUG],
  ["re.ASCII", SRE_FLAG_ASCII],
];

/** @cpython pattern_repr: re.compile('...', re.IGNORECASE|re.MULTILINE) */
function pattern_repr(o: PyObject): PyObject | null {
  const obj = o as PatternObject;
  let flags = obj.flags;
  // re.UNICODE is the default for str patterns: leave it out.
  if (obj.isbytes === 0 && (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) === SRE_FLAG_UNICODE) {
    flags &= ~SRE_FLAG_UNICODE;
  }
  const items: string[] = [];
  for (const [name, value] of flag_names) {
    if (flags & value) {
      items.push(name);
      flags &= ~value;
    }
  }
  if (flags) items.push("0x" + (flags >>> 0).toString(16));
  const pat = repr_truncated(obj.pattern ?? Py_None, 200);
  if (pat === null) return null;
  if (items.length > 0) return PyUnicode_FromString(`re.compile(${pat}, ${items.join("|")})`);
  return PyUnicode_FromString(`re.compile(${pat})`);
}

/** @cpython pattern_groupindex: a read-only view of the name -> number mapping. */
function pattern_groupindex(o: PyObject): PyObject | null {
  const self = o as PatternObject;
  if (self.groupindex === null) return PyDict_New();
  return PyDictProxy_New(self.groupindex);
}

/** @cpython pattern_hash */
function pattern_hash(o: PyObject): number {
  const self = o as PatternObject;
  const lo = PyObject_Hash(self.pattern ?? Py_None);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return -1;
  let hash = (BigInt(hi) << 32n) | BigInt(lo >>> 0);
  const bytes = new Uint8Array(self.code.buffer, self.code.byteOffset, self.code.byteLength);
  hash ^= _Py_HashBytes(bytes);
  hash ^= BigInt(self.flags);
  hash ^= BigInt(self.isbytes);
  hash ^= BigInt(self.code.length);
  hash = BigInt.asIntN(64, hash);
  if (hash === -1n) hash = -2n;
  Py_hash.hi = Number(BigInt.asIntN(32, hash >> 32n));
  return Number(BigInt.asIntN(32, hash));
}

/** @cpython pattern_richcompare: equal patterns have the same source, flags and code. */
function pattern_richcompare(lefto: PyObject, righto: PyObject, op: number): PyObject | null {
  if ((op !== Py_EQ && op !== Py_NE) || righto.ob_type !== Pattern_Type) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  if (lefto === righto) return PyBool_FromLong(op === Py_EQ);
  const left = lefto as PatternObject, right = righto as PatternObject;
  let cmp = left.flags === right.flags && left.isbytes === right.isbytes && left.code.length === right.code.length;
  if (cmp) {
    for (let i = 0; i < left.code.length; i++) {
      if (left.code[i] !== right.code[i]) { cmp = false; break; }
    }
  }
  if (cmp) {
    const r = PyObject_RichCompareBool(left.pattern ?? Py_None, right.pattern ?? Py_None, Py_EQ);
    if (r < 0) return null;
    cmp = r === 1;
  }
  if (op === Py_NE) cmp = !cmp;
  return PyBool_FromLong(cmp);
}

/** __class_getitem__ (PEP 585) */
function class_getitem(cls: PyObject, arg: PyObject): PyObject | null {
  return Py_GenericAlias(cls, arg);
}

// =============================================================================================
// _sre.compile and the code validator
// =============================================================================================

/** @cpython _sre_compile_impl */
function _sre_compile(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "compile",
    ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6, 6, 0);
  if (a === null) return null;
  const pattern = a[0]!;
  const flags = _PyLong_AsInt(a[1]!);
  if (flags === null) return null;
  const code = a[2]!;
  if (!PyList_Check(code)) {
    return PyErr_SetString(PyExc_TypeError, `compile() argument 'code' must be list, not ${code.ob_type.tp_name}`);
  }
  const groups = _Py_ssize_t_converter(a[3]!);
  if (groups === null) return null;
  const groupindex = a[4]!;
  if (!PyDict_Check(groupindex)) {
    return PyErr_SetString(PyExc_TypeError, `compile() argument 'groupindex' must be dict, not ${groupindex.ob_type.tp_name}`);
  }
  const indexgroup = a[5]!;
  if (!PyTuple_Check(indexgroup)) {
    return PyErr_SetString(PyExc_TypeError, `compile() argument 'indexgroup' must be tuple, not ${indexgroup.ob_type.tp_name}`);
  }

  const items = (code as PyListObject).ob_item;
  const n = items.length;
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = code_word(items[i]);
    if (v === null) return null;
    words[i] = v;
  }

  const self = new PatternObject(Pattern_Type, words);
  if (pattern === Py_None) self.isbytes = -1;
  else {
    if (!getstring(pattern)) {
      Py_DECREF(self);
      return null;
    }
    self.isbytes = gs_isbytes ? 1 : 0;
  }
  Py_INCREF(pattern);
  self.pattern = pattern;
  self.flags = flags;
  self.groups = groups;
  if (PyDict_GET_SIZE(groupindex) > 0) {
    Py_INCREF(groupindex);
    self.groupindex = groupindex;
    if ((indexgroup as PyTupleObject).ob_item.length > 0) {
      Py_INCREF(indexgroup);
      self.indexgroup = indexgroup;
    }
  }
  if (_validate(self) !== 0) {
    Py_DECREF(self);
    return PyErr_SetString(PyExc_RuntimeError, "invalid SRE code");
  }
  return self;
}

/** One code word: PyLong_AsUnsignedLong, then the 32-bit SRE_CODE check. */
function code_word(o: PyObject): number | null {
  if (!PyLong_Check(o)) {
    PyErr_SetString(PyExc_TypeError, "an integer is required");
    return null;
  }
  const v = (o as PyLongObject).ob_ival;
  if (v < 0) {
    PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
    return null;
  }
  if (typeof v === "bigint" && v > 0xffffffffffffffffn) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    return null;
  }
  if (v > 0xffffffff) {
    PyErr_SetString(PyExc_OverflowError, "regular expression code size limit exceeded");
    return null;
  }
  return Number(v);
}

/*
 * The validator. The compiler's output is position-independent: every jump is a forward
 * skip counted from the word that holds it, and the skips nest. Walking the code once and
 * checking each operator's shape (its skip stays inside its parent, sets end in FAILURE,
 * repeat bodies in SUCCESS or *_UNTIL, alternatives in JUMPs to one target, group numbers
 * below the group count) guarantees the engine never reads outside the code.
 */

/** @cpython _validate_charset: 0 when code[pos:end] is a well-formed set body. */
function _validate_charset(code: Uint32Array, pos: number, end: number): number {
  while (pos < end) {
    const op = code[pos++];
    switch (op) {
      case SRE_OP_NEGATE:
        break;
      case SRE_OP_LITERAL:
        if (pos >= end) return -1;
        pos++;
        break;
      case SRE_OP_RANGE:
      case SRE_OP_RANGE_UNI_IGNORE:
        if (pos + 2 > end) return -1;
        pos += 2;
        break;
      case SRE_OP_CHARSET:
        if (8 > end - pos) return -1;
        pos += 8;
        break;
      case SRE_OP_BIGCHARSET: {
        if (pos >= end) return -1;
        const blocks = code[pos++];
        if (64 > end - pos) return -1;
        for (let i = 0; i < 256; i++) {
          if (((code[pos + (i >> 2)] >>> ((i & 3) * 8)) & 0xff) >= blocks) return -1;
        }
        pos += 64;
        if (blocks * 8 > end - pos) return -1;
        pos += blocks * 8;
        break;
      }
      case SRE_OP_CATEGORY:
        if (pos >= end) return -1;
        if (code[pos++] > SRE_CATEGORY_UNI_NOT_LINEBREAK) return -1;
        break;
      default:
        return -1;
    }
  }
  return 0;
}

/** @cpython _validate_inner: 0 (valid), -1 (invalid) or 1 (valid, ends with a JUMP). */
function _validate_inner(code: Uint32Array, pos: number, end: number, groups: number): number {
  if (pos > end) return -1;
  while (pos < end) {
    const op = code[pos++];
    switch (op) {
      case SRE_OP_MARK:
        if (pos >= end) return -1;
        if (code[pos++] > 2 * groups + 1) return -1;
        break;
      case SRE_OP_LITERAL:
      case SRE_OP_NOT_LITERAL:
      case SRE_OP_LITERAL_IGNORE:
      case SRE_OP_NOT_LITERAL_IGNORE:
      case SRE_OP_LITERAL_UNI_IGNORE:
      case SRE_OP_NOT_LITERAL_UNI_IGNORE:
      case SRE_OP_LITERAL_LOC_IGNORE:
      case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        if (pos >= end) return -1;
        pos++;
        break;
      case SRE_OP_SUCCESS:
      case SRE_OP_FAILURE:
      case SRE_OP_ANY:
      case SRE_OP_ANY_ALL:
        break;
      case SRE_OP_AT:
        if (pos >= end) return -1;
        if (code[pos++] > SRE_AT_UNI_NON_BOUNDARY) return -1;
        break;
      case SRE_OP_IN:
      case SRE_OP_IN_IGNORE:
      case SRE_OP_IN_UNI_IGNORE:
      case SRE_OP_IN_LOC_IGNORE: {
        if (pos >= end) return -1;
        const skip = code[pos];
        if (skip > end - pos || skip < 2) return -1;
        pos++;
        if (_validate_charset(code, pos, pos + skip - 2) !== 0) return -1;
        if (code[pos + skip - 2] !== SRE_OP_FAILURE) return -1;
        pos += skip - 1;
        break;
      }
      case SRE_OP_INFO: {
        // <INFO> <skip> <flags> <min> <max> [prefix or charset]
        if (pos >= end) return -1;
        const skip = code[pos];
        if (skip > end - pos || skip < 1) return -1;
        pos++;
        const newcode = pos + skip - 1;
        if (pos + 3 > end) return -1;
        const flags = code[pos];
        pos += 3;
        if ((flags & ~(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET)) !== 0) return -1;
        if ((flags & SRE_INFO_PREFIX) && (flags & SRE_INFO_CHARSET)) return -1;
        if ((flags & SRE_INFO_LITERAL) && !(flags & SRE_INFO_PREFIX)) return -1;
        if (flags & SRE_INFO_PREFIX) {
          if (pos + 2 > end) return -1;
          const prefix_len = code[pos];
          pos += 2;
          if (prefix_len > newcode - pos) return -1;
          pos += prefix_len;
          if (prefix_len > newcode - pos) return -1;
          for (let i = 0; i < prefix_len; i++) if (code[pos + i] >= prefix_len) return -1;
          pos += prefix_len;
        }
        if (flags & SRE_INFO_CHARSET) {
          if (newcode - 1 < pos) return -1;
          if (_validate_charset(code, pos, newcode - 1) !== 0) return -1;
          if (code[newcode - 1] !== SRE_OP_FAILURE) return -1;
          pos = newcode;
        } else if (pos !== newcode) return -1;
        break;
      }
      case SRE_OP_BRANCH: {
        let target = -1;
        for (;;) {
          if (pos >= end) return -1;
          const skip = code[pos];
          if (skip > end - pos) return -1;
          pos++;
          if (skip === 0) break;
          if (skip < 3) return -1;
          if (_validate_inner(code, pos, pos + skip - 3, groups) !== 0) return -1;
          pos += skip - 3;
          if (pos >= end || code[pos++] !== SRE_OP_JUMP) return -1;
          if (pos >= end) return -1;
          const jskip = code[pos];
          if (jskip > end - pos) return -1;
          pos++;
          if (target === -1) target = pos + jskip - 1;
          else if (pos + jskip - 1 !== target) return -1;
        }
        if (pos !== target) return -1;
        break;
      }
      case SRE_OP_REPEAT_ONE:
      case SRE_OP_MIN_REPEAT_ONE:
      case SRE_OP_POSSESSIVE_REPEAT_ONE: {
        if (pos >= end) return -1;
        const skip = code[pos];
        if (skip > end - pos || skip < 4) return -1;
        pos++;
        if (pos + 2 > end) return -1;
        const min = code[pos++], max = code[pos++];
        if (min > max || max > SRE_MAXREPEAT) return -1;
        if (_validate_inner(code, pos, pos + skip - 4, groups) !== 0) return -1;
        pos += skip - 4;
        if (pos >= end || code[pos++] !== SRE_OP_SUCCESS) return -1;
        break;
      }
      case SRE_OP_REPEAT:
      case SRE_OP_POSSESSIVE_REPEAT: {
        if (pos >= end) return -1;
        const skip = code[pos];
        if (skip > end - pos || skip < 3) return -1;
        pos++;
        if (pos + 2 > end) return -1;
        const min = code[pos++], max = code[pos++];
        if (min > max || max > SRE_MAXREPEAT) return -1;
        if (_validate_inner(code, pos, pos + skip - 3, groups) !== 0) return -1;
        pos += skip - 3;
        if (pos >= end) return -1;
        const last = code[pos++];
        if (op === SRE_OP_POSSESSIVE_REPEAT) {
          if (last !== SRE_OP_SUCCESS) return -1;
        } else if (last !== SRE_OP_MAX_UNTIL && last !== SRE_OP_MIN_UNTIL) return -1;
        break;
      }
      case SRE_OP_ATOMIC_GROUP: {
        if (pos >= end) return -1;
        const skip = code[pos];
        if (skip > end - pos || skip < 2) return -1;
        pos++;
        if (_validate_inner(code, pos, pos + skip - 2, groups) !== 0) return -1;
        pos += skip - 2;
        if (pos >= end || code[pos++] !== SRE_OP_SUCCESS) return -1;
        break;
      }
      case SRE_OP_GROUPREF:
      case SRE_OP_GROUPREF_IGNORE:
      case SRE_OP_GROUPREF_UNI_IGNORE:
      case SRE_OP_GROUPREF_LOC_IGNORE:
        if (pos >= end) return -1;
        if (code[pos++] >= groups) return -1;
        break;
      case SRE_OP_GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> then-part [JUMP <skip> else-part]
        if (pos >= end) return -1;
        if (code[pos++] >= groups) return -1;
        if (pos >= end) return -1;
        let skip = code[pos];
        if (skip - 1 > end - pos || skip < 2) return -1;
        // The skip counts from the group word.
        pos--;
        let rc = _validate_inner(code, pos + 2, pos + skip, groups);
        if (rc === 1) {
          // A then-part that ends with JUMP: an else-part follows, after the JUMP's skip.
          pos += skip - 1;
          if (pos >= end) return -1;
          skip = code[pos];
          if (skip > end - pos || skip < 1) return -1;
          pos++;
          rc = _validate_inner(code, pos, pos + skip - 1, groups);
          if (rc !== 0) return -1;
          pos += skip - 1;
        } else if (rc !== 0) return -1;
        else pos += skip;
        break;
      }
      case SRE_OP_ASSERT:
      case SRE_OP_ASSERT_NOT: {
        if (pos >= end) return -1;
        const skip = code[pos];
        if (skip > end - pos || skip < 3) return -1;
        pos++;
        if (pos >= end) return -1;
        if (code[pos] & 0x80000000) return -1; // the look-behind width is too large
        if (_validate_inner(code, pos + 1, pos + skip - 2, groups) !== 0) return -1;
        pos += skip - 2;
        if (pos >= end || code[pos++] !== SRE_OP_SUCCESS) return -1;
        break;
      }
      case SRE_OP_JUMP:
        if (pos + 1 !== end) return -1;
        return 1;
      default:
        return -1;
    }
  }
  return 0;
}

/** @cpython _validate (with _validate_outer) */
function _validate(self: PatternObject): number {
  const code = self.code, n = code.length;
  if (self.groups < 0 || self.groups > SRE_MAXGROUPS || n === 0 || code[n - 1] !== SRE_OP_SUCCESS) return -1;
  return _validate_inner(code, 0, n - 1, self.groups) === 0 ? 0 : -1;
}

// =============================================================================================
// Match
// =============================================================================================

/** @cpython match_dealloc */
function match_dealloc(o: PyObject): void {
  const self = o as MatchObject;
  Py_DECREF(self.string);
  Py_XDECREF(self.regs);
  Py_DECREF(self.pattern);
  self.regs = null;
}

/** @cpython match_getslice_by_index: the text of group `index`, or `def` if it did not match. */
function match_getslice_by_index(self: MatchObject, index: number, def: PyObject): PyObject | null {
  index *= 2;
  if (self.string === Py_None || self.mark[index] < 0) {
    Py_INCREF(def);
    return def;
  }
  let i = self.mark[index], j = self.mark[index + 1];
  if (PyUnicode_Check(self.string)) return PyUnicode_Substring(self.string, i, j);
  const data = _PyObject_GetBufferData(self.string);
  if (data === null) {
    return PyErr_SetString(PyExc_TypeError, `expected string or bytes-like object, got '${self.string.ob_type.tp_name}'`);
  }
  i = Math.min(i, data.length);
  j = Math.min(j, data.length);
  return getslice(true, data, self.string, i, j);
}

/** @cpython match_getindex: a group number from an int or a group name; -1 with IndexError. */
function match_getindex(self: MatchObject, index: PyObject | null): number {
  if (index === null) return 0;
  let i = -1;
  if (PyIndex_Check(index)) {
    i = PyNumber_AsSsize_t(index, null);
    if (i === -1 && PyErr_Occurred()) return -1;
  } else if (self.pattern.groupindex !== null) {
    const v = PyDict_GetItemWithError(self.pattern.groupindex, index);
    if (v !== null && PyLong_Check(v)) {
      i = PyLong_AsSsize_t(v);
      if (i === -1 && PyErr_Occurred()) return -1;
    }
  }
  if (i < 0 || i >= self.groups) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_IndexError, "no such group");
    return -1;
  }
  return i;
}

/** @cpython match_getslice */
function match_getslice(self: MatchObject, index: PyObject, def: PyObject): PyObject | null {
  const i = match_getindex(self, index);
  if (i < 0) return null;
  return match_getslice_by_index(self, i, def);
}

/** @cpython _sre_SRE_Match_expand_impl: delegated to re._expand. */
function match_expand(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "expand", ["template"], 1, 1, 0);
  if (a === null) return null;
  const self = o as MatchObject;
  return call("re", "_expand", [self.pattern, self, a[0]!]);
}

/** @cpython match_group: m.group(), m.group(g), m.group(g1, g2, ...) */
function match_group(o: PyObject, args: PyObject[]): PyObject | null {
  const self = o as MatchObject;
  switch (args.length) {
    case 0:
      return match_getslice_by_index(self, 0, Py_None);
    case 1:
      return match_getslice(self, args[0], Py_None);
    default: {
      const items: PyObject[] = [];
      for (const a of args) {
        const item = match_getslice(self, a, Py_None);
        if (item === null) {
          for (const x of items) Py_DECREF(x);
          return null;
        }
        items.push(item);
      }
      return _PyTuple_FromArraySteal(items);
    }
  }
}

/** @cpython match_getitem: m[g] */
function match_getitem(o: PyObject, name: PyObject): PyObject | null {
  return match_getslice(o as MatchObject, name, Py_None);
}

/** @cpython _sre_SRE_Match_groups_impl */
function match_groups(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "groups", ["default"], 0, 1, 0);
  if (a === null) return null;
  const self = o as MatchObject;
  const def = a[0] ?? Py_None;
  const items: PyObject[] = [];
  for (let index = 1; index < self.groups; index++) {
    const item = match_getslice_by_index(self, index, def);
    if (item === null) {
      for (const x of items) Py_DECREF(x);
      return null;
    }
    items.push(item);
  }
  return _PyTuple_FromArraySteal(items);
}

/** @cpython _sre_SRE_Match_groupdict_impl */
function match_groupdict(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "groupdict", ["default"], 0, 1, 0);
  if (a === null) return null;
  const self = o as MatchObject;
  const def = a[0] ?? Py_None;
  const result = PyDict_New();
  if (self.pattern.groupindex === null) return result;
  const pos = { i: 0 };
  for (;;) {
    const kv = PyDict_Next(self.pattern.groupindex, pos);
    if (kv === null) break;
    const key = kv[0];
    Py_INCREF(key);
    const value = match_getslice(self, key, def);
    if (value === null) {
      Py_DECREF(key);
      Py_DECREF(result);
      return null;
    }
    const status = PyDict_SetItem(result, key, value);
    Py_DECREF(value);
    Py_DECREF(key);
    if (status < 0) {
      Py_DECREF(result);
      return null;
    }
  }
  return result;
}

/** The optional positional `group` of start, end and span; undefined on error. */
function group_arg(self: MatchObject, fname: string, args: PyObject[]): number {
  if (!_PyArg_CheckPositional(fname, args.length, 0, 1)) return -1;
  return match_getindex(self, args.length > 0 ? args[0] : null);
}

/** @cpython _sre_SRE_Match_start_impl */
function match_start(o: PyObject, args: PyObject[]): PyObject | null {
  const self = o as MatchObject;
  const index = group_arg(self, "start", args);
  if (index < 0) return null;
  return PyLong_FromNumber(self.mark[index * 2]);
}

/** @cpython _sre_SRE_Match_end_impl */
function match_end(o: PyObject, args: PyObject[]): PyObject | null {
  const self = o as MatchObject;
  const index = group_arg(self, "end", args);
  if (index < 0) return null;
  return PyLong_FromNumber(self.mark[index * 2 + 1]);
}

/** @cpython _pair */
function _pair(i1: number, i2: number): PyObject {
  return _PyTuple_FromArraySteal([PyLong_FromNumber(i1), PyLong_FromNumber(i2)]);
}

/** @cpython _sre_SRE_Match_span_impl */
function match_span(o: PyObject, args: PyObject[]): PyObject | null {
  const self = o as MatchObject;
  const index = group_arg(self, "span", args);
  if (index < 0) return null;
  return _pair(self.mark[index * 2], self.mark[index * 2 + 1]);
}

/** @cpython match_regs: the spans of all groups, computed once. */
function match_regs(self: MatchObject): PyObject {
  const items: PyObject[] = [];
  for (let index = 0; index < self.groups; index++) items.push(_pair(self.mark[index * 2], self.mark[index * 2 + 1]));
  const regs = _PyTuple_FromArraySteal(items);
  Py_INCREF(regs);
  self.regs = regs;
  return regs;
}

/** @cpython match_lastindex_get */
function match_lastindex_get(o: PyObject): PyObject {
  const self = o as MatchObject;
  if (self.lastindex >= 0) return PyLong_FromNumber(self.lastindex);
  return Py_NewNone();
}

/** @cpython match_lastgroup_get */
function match_lastgroup_get(o: PyObject): PyObject {
  const self = o as MatchObject;
  const ig = self.pattern.indexgroup as PyTupleObject | null;
  if (ig !== null && self.lastindex >= 0 && self.lastindex < ig.ob_item.length) {
    const result = ig.ob_item[self.lastindex];
    Py_INCREF(result);
    return result;
  }
  return Py_NewNone();
}

/** @cpython match_regs_get */
function match_regs_get(o: PyObject): PyObject {
  const self = o as MatchObject;
  if (self.regs !== null) {
    Py_INCREF(self.regs);
    return self.regs;
  }
  return match_regs(self);
}

/** @cpython match_repr: <re.Match object; span=(0, 3), match='abc'> */
function match_repr(o: PyObject): PyObject | null {
  const self = o as MatchObject;
  const group0 = match_getslice_by_index(self, 0, Py_None);
  if (group0 === null) return null;
  const r = repr_truncated(group0, 50);
  Py_DECREF(group0);
  if (r === null) return null;
  return PyUnicode_FromString(`<${self.ob_type.tp_name} object; span=(${self.mark[0]}, ${self.mark[1]}), match=${r}>`);
}

/** @cpython pattern_new_match: a Match from a finished state (status 1), None (0), or an error. */
function pattern_new_match(pattern: PatternObject, state: SRE_STATE, status: number): PyObject | null {
  if (status > 0) {
    Py_INCREF(pattern);
    Py_INCREF(state.string!);
    const match = new MatchObject(Match_Type, pattern, state.string!, pattern.groups + 1);
    const mark = match.mark, smark = state.mark;
    mark[0] = state.start;
    mark[1] = state.ptr;
    for (let i = 0, j = 0; i < pattern.groups; i++, j += 2) {
      if (j + 1 <= state.lastmark && smark[j] >= 0 && smark[j + 1] >= 0) {
        mark[j + 2] = smark[j];
        mark[j + 3] = smark[j + 1];
        if (mark[j + 2] > mark[j + 3]) {
          Py_DECREF(match);
          return PyErr_SetString(PyExc_SystemError,
            "The span of capturing group is wrong, please report a bug for the re module.");
        }
      } else {
        mark[j + 2] = mark[j + 3] = -1;
      }
    }
    match.pos = state.pos;
    match.endpos = state.endpos;
    match.lastindex = state.lastindex;
    return match;
  }
  if (status === 0) return Py_NewNone();
  return pattern_error(status);
}

// =============================================================================================
// Scanner
// =============================================================================================

/** @cpython scanner_dealloc */
function scanner_dealloc(o: PyObject): void {
  const self = o as ScannerObject;
  if (self.state !== null) state_fini(self.state, false);
  self.state = null;
  if (self.pattern !== null) Py_DECREF(self.pattern);
  self.pattern = null;
}

/** @cpython scanner_begin */
function scanner_begin(self: ScannerObject): boolean {
  if (self.executing) {
    PyErr_SetString(PyExc_ValueError, "regular expression scanner already executing");
    return false;
  }
  self.executing = true;
  return true;
}

/** scanner.match() and scanner.search(): the next match from where the last one ended. */
function scanner_next(self: ScannerObject, search: boolean): PyObject | null {
  if (!scanner_begin(self)) return null;
  const state = self.state!;
  if (state.start < 0) {
    self.executing = false;
    return Py_NewNone();
  }
  state_reset(state);
  state.ptr = state.start;
  const status = search ? sre_search(state, 0) : state_match(state);
  if (PyErr_Occurred()) {
    self.executing = false;
    return null;
  }
  const match = pattern_new_match(self.pattern!, state, status);
  if (status === 0) state.start = -1;
  else {
    state.must_advance = state.ptr === state.start;
    state.start = state.ptr;
  }
  self.executing = false;
  return match;
}

/** @cpython _sre_SRE_Scanner_match_impl */
function scanner_match(o: PyObject): PyObject | null {
  return scanner_next(o as ScannerObject, false);
}

/** @cpython _sre_SRE_Scanner_search_impl */
function scanner_search(o: PyObject): PyObject | null {
  return scanner_next(o as ScannerObject, true);
}

/** @cpython pattern_scanner */
function pattern_scanner(self: PatternObject, string: PyObject, pos: number, endpos: number): PyObject | null {
  const state = state_init(self, string, pos, endpos, false);
  if (state === null) return null;
  const scanner = new ScannerObject(Scanner_Type);
  scanner.state = state;
  Py_INCREF(self);
  scanner.pattern = self;
  return scanner;
}

// =============================================================================================
// Types and module
// =============================================================================================

const pattern_methods: PyMethodDef[] = [
  { ml_name: "match", ml_meth: pattern_match, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Matches zero or more characters at the beginning of the string." },
  { ml_name: "fullmatch", ml_meth: pattern_fullmatch, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Matches against all of the string." },
  { ml_name: "search", ml_meth: pattern_search, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches." },
  { ml_name: "sub", ml_meth: pattern_sub, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl." },
  { ml_name: "subn", ml_meth: pattern_subn, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl." },
  { ml_name: "findall", ml_meth: pattern_findall, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return a list of all non-overlapping matches of pattern in string." },
  { ml_name: "split", ml_meth: pattern_split, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Split string by the occurrences of pattern." },
  { ml_name: "finditer", ml_meth: pattern_finditer, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object." },
  { ml_name: "scanner", ml_meth: pattern_scanner_meth, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "__copy__", ml_meth: pattern_copy, ml_flags: METH_NOARGS },
  { ml_name: "__deepcopy__", ml_meth: pattern_deepcopy, ml_flags: METH_O },
  { ml_name: "__class_getitem__", ml_meth: class_getitem, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
];

export const Pattern_Type: PyTypeObject = new PyTypeObject({
  tp_name: "re.Pattern", tp_basicsize: 96, tp_itemsize: 4,
  tp_flags: Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC,
  tp_doc: "Compiled regular expression object.",
  tp_weaklistoffset: 72,
  tp_dealloc: pattern_dealloc, tp_repr: pattern_repr, tp_hash: pattern_hash, tp_richcompare: pattern_richcompare,
  tp_methods: pattern_methods,
  tp_members: [
    { name: "pattern", get: (o) => { const p = (o as PatternObject).pattern ?? Py_None; Py_INCREF(p); return p; },
      doc: "The pattern string from which the RE object was compiled." },
    { name: "flags", get: (o) => PyLong_FromNumber((o as PatternObject).flags), doc: "The regex matching flags." },
    { name: "groups", get: (o) => PyLong_FromNumber((o as PatternObject).groups),
      doc: "The number of capturing groups in the pattern." },
  ],
  tp_getset: [
    { name: "groupindex", get: pattern_groupindex, doc: "A dictionary mapping group names to group numbers." },
  ],
});

const match_methods: PyMethodDef[] = [
  { ml_name: "group", ml_meth: match_group, ml_flags: METH_FASTCALL,
    ml_doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match." },
  { ml_name: "start", ml_meth: match_start, ml_flags: METH_FASTCALL,
    ml_doc: "Return index of the start of the substring matched by group." },
  { ml_name: "end", ml_meth: match_end, ml_flags: METH_FASTCALL,
    ml_doc: "Return index of the end of the substring matched by group." },
  { ml_name: "span", ml_meth: match_span, ml_flags: METH_FASTCALL,
    ml_doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
  { ml_name: "groups", ml_meth: match_groups, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match." },
  { ml_name: "groupdict", ml_meth: match_groupdict, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match." },
  { ml_name: "expand", ml_meth: match_expand, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method." },
  { ml_name: "__copy__", ml_meth: pattern_copy, ml_flags: METH_NOARGS },
  { ml_name: "__deepcopy__", ml_meth: pattern_deepcopy, ml_flags: METH_O },
  { ml_name: "__class_getitem__", ml_meth: class_getitem, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
];

export const Match_Type: PyTypeObject = new PyTypeObject({
  tp_name: "re.Match", tp_basicsize: 80, tp_itemsize: 8,
  tp_flags: Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC,
  tp_doc: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
  tp_dealloc: match_dealloc, tp_repr: match_repr, mp_subscript: match_getitem,
  tp_methods: match_methods,
  tp_members: [
    { name: "string", get: (o) => { const s = (o as MatchObject).string; Py_INCREF(s); return s; },
      doc: "The string passed to match() or search()." },
    { name: "re", get: (o) => { const p = (o as MatchObject).pattern; Py_INCREF(p); return p; },
      doc: "The regular expression object." },
    { name: "pos", get: (o) => PyLong_FromNumber((o as MatchObject).pos),
      doc: "The index into the string at which the RE engine started looking for a match." },
    { name: "endpos", get: (o) => PyLong_FromNumber((o as MatchObject).endpos),
      doc: "The index into the string beyond which the RE engine will not go." },
  ],
  tp_getset: [
    { name: "lastindex", get: match_lastindex_get, doc: "The integer index of the last matched capturing group." },
    { name: "lastgroup", get: match_lastgroup_get, doc: "The name of the last matched capturing group." },
    { name: "regs", get: match_regs_get },
  ],
});

export const Scanner_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_sre.SRE_Scanner", tp_basicsize: 0,
  tp_flags: Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC,
  tp_dealloc: scanner_dealloc,
  tp_methods: [
    { ml_name: "match", ml_meth: scanner_match, ml_flags: METH_NOARGS },
    { ml_name: "search", ml_meth: scanner_search, ml_flags: METH_NOARGS },
  ],
  tp_members: [
    { name: "pattern", get: (o) => { const p = (o as ScannerObject).pattern ?? Py_None; Py_INCREF(p); return p; } },
  ],
});

const _functions: PyMethodDef[] = [
  { ml_name: "compile", ml_meth: _sre_compile, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "getcodesize", ml_meth: _sre_getcodesize, ml_flags: METH_NOARGS },
  { ml_name: "ascii_iscased", ml_meth: _sre_ascii_iscased, ml_flags: METH_O },
  { ml_name: "unicode_iscased", ml_meth: _sre_unicode_iscased, ml_flags: METH_O },
  { ml_name: "ascii_tolower", ml_meth: _sre_ascii_tolower, ml_flags: METH_O },
  { ml_name: "unicode_tolower", ml_meth: _sre_unicode_tolower, ml_flags: METH_O },
];

/** @cpython PyInit__sre (with sre_exec) */
export function PyInit__sre(): PyObject | null {
  const m = PyModule_Create("_sre", null, _functions);
  // DIVERGENCE: CPython makes these heap types per module; here they are static types,
  // readied once. As in CPython they are not attributes of _sre (re exports them).
  for (const t of [Pattern_Type, Match_Type, Scanner_Type]) {
    if (!(t.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(t) < 0) return null;
  }
  PyModule_AddIntConstant(m, "MAGIC", SRE_MAGIC);
  PyModule_AddIntConstant(m, "CODESIZE", 4);
  PyModule_AddIntConstant(m, "MAXREPEAT", SRE_MAXREPEAT);
  PyModule_AddIntConstant(m, "MAXGROUPS", SRE_MAXGROUPS);
  PyModule_AddStringConstant(m, "copyright", copyright);
  return m;
}
