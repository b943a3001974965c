/**
 * @mirrors Modules/_json.c
 * The accelerator behind Lib/json: scanstring (decode one JSON string literal), the
 * Scanner type (make_scanner: scan one JSON value of any kind from a position), the
 * Encoder type (make_encoder: turn a Python value into JSON text) and the two string
 * encoders. json's pure-Python modules pick these up when _json imports; the results,
 * positions and messages are theirs.
 *
 * Scanning works on code points: a str holding astral characters is read through its
 * code-point array, any other through its JS string directly, so every position
 * reported (in StopIteration, JSONDecodeError, the returned end index) counts characters
 * as Python does. Errors are raised as json.decoder.JSONDecodeError, looked up in
 * sys.modules at the moment of the error, as CPython does (with json.decoder not imported
 * the call fails with SystemError, again as in CPython).
 *
 * The encoder appends pieces to a list of JS strings and joins them every 100000 pieces,
 * as CPython's _PyAccu does, so _iterencode returns the same list of chunks (usually a
 * single string).
 *
 * DIVERGENCE: CPython makes Scanner and Encoder with PyType_FromSpec (heap types); here they
 * are static types with the same names.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, METH_O, METH_FASTCALL,
  METH_KEYWORDS, type PyMethodDef, type PyMemberDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration, PyExc_RecursionError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, PyObject_GetAttrString, C_RECURSION_LIMIT, _PyObject_Address } from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { PyTupleObject, PyTuple_Check, _PyTuple_FromArraySteal} from "../Objects/tupleobject.ts";
import { PyListObject, PyList_New, PyList_Check, PyList_Sort, _PyList_FromArraySteal, _PyList_AppendTakeRef } from "../Objects/listobject.ts";
import { PyLong_Check, PyLong_FromNumber, PyLong_Type, PyLong_AsSsize_t, PyLong_AsLong, _PyNumber_Index, _PyLong_FromString } from "../Objects/longobject.ts";
import { PyFloat_Check, PyFloat_FromDouble, PyFloat_Type, float_repr, type PyFloatObject } from "../Objects/floatobject.ts";
import { Py_True, Py_False, PyBool_FromLong } from "../Objects/boolobject.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternFromString, unicode_kind, fromCodePoints,
  _PyArg_BadArgument,
} from "../Objects/unicodeobject.ts";
import {
  PyDictObject, PyDict_New, PyDict_Check, PyDict_CheckExact, PyDict_SetItem, PyDict_SetDefault, PyDict_Clear,
  PyDict_Contains, PyDict_DelItem, PyDict_Items, PyDict_GetItemString,
} from "../Objects/dictobject.ts";
import { PyObject_GetIter, PyIter_Next, PySequence_List } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_CallMethod, PyObject_Vectorcall } from "../Objects/call.ts";
import { PyCFunctionObject } from "../Objects/methodobject.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";

/** @cpython _Py_EnterRecursiveCall (the C-level recursion guard typhon's other natives use). */
function enter_recursive_call(where: string): boolean {
  const tstate = _PyThreadState_GET();
  if (++tstate.c_recursion_depth > C_RECURSION_LIMIT) {
    tstate.c_recursion_depth--;
    PyErr_SetString(PyExc_RecursionError, `maximum recursion depth exceeded${where}`);
    return false;
  }
  return true;
}

function leave_recursive_call(): void {
  _PyThreadState_GET().c_recursion_depth--;
}

// -- reading a str by code point -----------------------------------------------------------------------

/**
 * A str being scanned: its JS string when every UTF-16 unit is one character, else its
 * code points. READ(i) and substring() index by character either way.
 */
class Text {
  s: string;
  cps: number[] | null;
  len: number;
  constructor(u: PyUnicodeObject) {
    this.s = u.str;
    if (unicode_kind(u) === 1) {
      this.cps = null;
      this.len = u.str.length;
    } else {
      this.cps = u.cps;
      this.len = u.cps!.length;
    }
  }
}

function READ(t: Text, i: number): number {
  return t.cps === null ? t.s.charCodeAt(i) : t.cps[i];
}

function substring(t: Text, start: number, stop: number): string {
  return t.cps === null ? t.s.slice(start, stop) : fromCodePoints(t.cps, start, stop);
}

// -- string escaping ----------------------------------------------------------------------------------

const HEX = "0123456789abcdef";

function hex4(c: number): string {
  return HEX[(c >> 12) & 0xf] + HEX[(c >> 8) & 0xf] + HEX[(c >> 4) & 0xf] + HEX[c & 0xf];
}

/** @cpython ascii_escape_unichar */
function ascii_escape_unichar(c: number): string {
  switch (c) {
    case 0x5c: return "\\\\";
    case 0x22: return "\\\"";
    case 0x08: return "\\b";
    case 0x0c: return "\\f";
    case 0x0a: return "\\n";
    case 0x0d: return "\\r";
    case 0x09: return "\\t";
  }
  if (c >= 0x10000) {
    const v = c - 0x10000;
    return "\\u" + hex4(0xd800 | (v >> 10)) + "\\u" + hex4(0xdc00 | (v & 0x3ff));
  }
  return "\\u" + hex4(c);
}

/** Whether c is printed as itself by ascii_escape_unicode (S_CHAR). */
function S_CHAR(c: number): boolean {
  return c >= 0x20 && c <= 0x7e && c !== 0x5c && c !== 0x22;
}

/** @cpython ascii_escape_unicode: "..." with every non-printable-ASCII character escaped. */
function ascii_escape_unicode(u: PyUnicodeObject): PyObject {
  const t = new Text(u);
  let out = "\"";
  let run = 0;
  for (let i = 0; i < t.len; i++) {
    const c = READ(t, i);
    if (S_CHAR(c)) continue;
    if (t.cps === null) out += t.s.slice(run, i);
    else out += fromCodePoints(t.cps, run, i);
    out += ascii_escape_unichar(c);
    run = i + 1;
  }
  out += substring(t, run, t.len);
  return PyUnicode_FromString(out + "\"");
}

/** @cpython escape_unicode: "..." escaping only quotes, backslashes and control characters. */
function escape_unicode(u: PyUnicodeObject): PyObject {
  const s = u.str;
  let out = "\"";
  let run = 0;
  // Every character to escape is below 0x80, so the JS string can be walked by code unit.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string;
    switch (c) {
      case 0x5c: esc = "\\\\"; break;
      case 0x22: esc = "\\\""; break;
      case 0x08: esc = "\\b"; break;
      case 0x0c: esc = "\\f"; break;
      case 0x0a: esc = "\\n"; break;
      case 0x0d: esc = "\\r"; break;
      case 0x09: esc = "\\t"; break;
      default:
        if (c > 0x1f) continue;
        esc = "\\u00" + HEX[(c >> 4) & 0xf] + HEX[c & 0xf];
    }
    out += s.slice(run, i) + esc;
    run = i + 1;
  }
  return PyUnicode_FromString(out + s.slice(run) + "\"");
}

// -- errors -------------------------------------------------------------------------------------------

/**
 * @cpython raise_errmsg: raise json.decoder.JSONDecodeError(msg, s, end), if json.decoder is
 * in sys.modules (otherwise nothing is raised and the caller reports a SystemError).
 */
function raise_errmsg(msg: string, s: PyObject, end: number): void {
  const modules = _PyThreadState_GET().interp.modules;
  const decoder = modules === null ? null : PyDict_GetItemString(modules, "json.decoder");
  if (decoder === null || decoder === Py_None) return;
  const JSONDecodeError = PyObject_GetAttrString(decoder, "JSONDecodeError");
  if (JSONDecodeError === null) return;
  const m = PyUnicode_FromString(msg), e = PyLong_FromNumber(end);
  const exc = PyObject_Vectorcall(JSONDecodeError, [m, s, e], null);
  Py_DECREF(m);
  Py_DECREF(e);
  if (exc !== null) {
    PyErr_SetObject(JSONDecodeError as PyTypeObject, exc);
    Py_DECREF(exc);
  }
  Py_DECREF(JSONDecodeError);
}

/** @cpython raise_stop_iteration: StopIteration(idx), how the scanner says "no value here". */
function raise_stop_iteration(idx: number): null {
  const value = PyLong_FromNumber(idx);
  PyErr_SetObject(PyExc_StopIteration, value);
  Py_DECREF(value);
  return null;
}

/** @cpython _build_rval_index_tuple: (rval, idx), rval stolen. */
function _build_rval_index_tuple(rval: PyObject | null, idx: number): PyObject | null {
  if (rval === null) return null;
  return _PyTuple_FromArraySteal([rval, PyLong_FromNumber(idx)]);
}

// -- decoding -----------------------------------------------------------------------------------------

/** The index after the closing quote of the last scanned string (next_end_ptr). */
let next_end = -1;

function hexval(d: number): number {
  if (d >= 0x30 && d <= 0x39) return d - 0x30;
  if (d >= 0x61 && d <= 0x66) return d - 0x61 + 10;
  if (d >= 0x41 && d <= 0x46) return d - 0x41 + 10;
  return -1;
}

/**
 * @cpython scanstring_unicode: decode the JSON string whose body starts at `end` (just after
 * the opening quote). Sets next_end to the index after the closing quote. @returns new
 */
function scanstring_unicode(pystr: PyUnicodeObject, t: Text, end: number, strict: boolean): PyObject | null {
  const len = t.len;
  const begin = end - 1;
  next_end = -1;
  if (end < 0 || len < end) return PyErr_SetString(PyExc_ValueError, "end is out of bounds");
  let chunks: string | null = null;
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = READ(t, next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) {
        raise_errmsg("Invalid control character at", pystr, next);
        return null;
      }
    }
    if (next >= len) c = 0;
    if (c === 0x22) {
      if (chunks === null) {
        next_end = next + 1;
        return PyUnicode_FromString(substring(t, end, next));
      }
    } else if (c !== 0x5c) {
      raise_errmsg("Unterminated string starting at", pystr, begin);
      return null;
    }
    if (next !== end) chunks = (chunks ?? "") + substring(t, end, next);
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) {
      raise_errmsg("Unterminated string starting at", pystr, begin);
      return null;
    }
    c = READ(t, next);
    if (c !== 0x75) {
      // a one-character escape
      end = next + 1;
      switch (c) {
        case 0x22: case 0x5c: case 0x2f: break;
        case 0x62: c = 0x08; break;
        case 0x66: c = 0x0c; break;
        case 0x6e: c = 0x0a; break;
        case 0x72: c = 0x0d; break;
        case 0x74: c = 0x09; break;
        default: c = 0;
      }
      if (c === 0) {
        raise_errmsg("Invalid \\escape", pystr, end - 2);
        return null;
      }
    } else {
      // \uXXXX, joined with a following \uXXXX low surrogate into one character
      c = 0;
      next++;
      end = next + 4;
      if (end >= len) {
        raise_errmsg("Invalid \\uXXXX escape", pystr, next - 1);
        return null;
      }
      for (; next < end; next++) {
        const d = hexval(READ(t, next));
        if (d < 0) {
          raise_errmsg("Invalid \\uXXXX escape", pystr, end - 5);
          return null;
        }
        c = (c << 4) | d;
      }
      if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && READ(t, next++) === 0x5c && READ(t, next++) === 0x75) {
        let c2 = 0;
        end += 6;
        for (; next < end; next++) {
          const d = hexval(READ(t, next));
          if (d < 0) {
            raise_errmsg("Invalid \\uXXXX escape", pystr, end - 5);
            return null;
          }
          c2 = (c2 << 4) | d;
        }
        if (c2 >= 0xdc00 && c2 <= 0xdfff) c = 0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff));
        else end -= 6;
      }
    }
    chunks = (chunks ?? "") + String.fromCodePoint(c);
  }
  next_end = end;
  return PyUnicode_FromString(chunks ?? "");
}

/** The PyArg_ParseTuple count check of a named format ("scanstring() takes at least 2 arguments (1 given)"). */
function parse_arity(fname: string, nargs: number, min: number, max: number): boolean {
  if (nargs >= min && nargs <= max) return true;
  const bound = nargs < min ? min : max;
  const how = min === max ? "exactly" : nargs < min ? "at least" : "at most";
  PyErr_SetString(PyExc_TypeError, `${fname}() takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`);
  return false;
}

/** The "n" converter (a Py_ssize_t through __index__). null on error. */
function convert_ssize_t(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = PyLong_AsSsize_t(i);
  Py_DECREF(i);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

/** The "i" converter (a C int, through PyLong_AsLong). null on error. */
function convert_int(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = PyLong_AsLong(i);
  Py_DECREF(i);
  if (v === -1 && PyErr_Occurred()) return null;
  if (v > 2147483647) {
    PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
    return null;
  }
  if (v < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
    return null;
  }
  return v;
}

/**
 * @cpython py_scanstring: scanstring(string, end, strict=True) -> (string, end)
 * (METH_VARARGS in CPython, whose keyword refusal names the bare function).
 */
function py_scanstring(_self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (kwnames !== null && kwnames.ob_item.length > 0) return PyErr_SetString(PyExc_TypeError, "scanstring() takes no keyword arguments");
  if (!parse_arity("scanstring", args.length, 2, 3)) return null;
  const pystr = args[0];
  const end = convert_ssize_t(args[1]);
  if (end === null) return null;
  let strict = 1;
  if (args.length > 2) {
    const v = convert_int(args[2]);
    if (v === null) return null;
    strict = v;
  }
  if (!PyUnicode_Check(pystr)) {
    return PyErr_SetString(PyExc_TypeError, `first argument must be a string, not ${pystr.ob_type.tp_name}`);
  }
  const rval = scanstring_unicode(pystr, new Text(pystr), end, strict !== 0);
  return _build_rval_index_tuple(rval, next_end);
}

/** @cpython py_encode_basestring_ascii */
function py_encode_basestring_ascii(_self: PyObject | null, pystr: PyObject): PyObject | null {
  if (!PyUnicode_Check(pystr)) {
    return PyErr_SetString(PyExc_TypeError, `first argument must be a string, not ${pystr.ob_type.tp_name}`);
  }
  return ascii_escape_unicode(pystr);
}

/** @cpython py_encode_basestring */
function py_encode_basestring(_self: PyObject | null, pystr: PyObject): PyObject | null {
  if (!PyUnicode_Check(pystr)) {
    return PyErr_SetString(PyExc_TypeError, `first argument must be a string, not ${pystr.ob_type.tp_name}`);
  }
  return escape_unicode(pystr);
}

// -- the Scanner type -------------------------------------------------------------------------------------

/** @cpython PyScannerObject */
class PyScannerObject extends PyObject {
  strict: boolean;
  object_hook: PyObject | null;
  object_pairs_hook: PyObject | null;
  parse_float: PyObject | null;
  parse_int: PyObject | null;
  parse_constant: PyObject | null;
  memo: PyDictObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.strict = false;
    this.object_hook = null;
    this.object_pairs_hook = null;
    this.parse_float = null;
    this.parse_int = null;
    this.parse_constant = null;
    this.memo = null;
  }
}

/** @cpython scanner_dealloc (scanner_clear) */
function scanner_dealloc(o: PyObject): void {
  const s = o as PyScannerObject;
  const fields = [s.object_hook, s.object_pairs_hook, s.parse_float, s.parse_int, s.parse_constant, s.memo];
  s.object_hook = s.object_pairs_hook = s.parse_float = s.parse_int = s.parse_constant = null;
  s.memo = null;
  for (const f of fields) Py_XDECREF(f);
}

function is_ws(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The index after the last scanned value (next_idx_ptr). */
let next_idx = -1;

/** @cpython _parse_object_unicode: idx is just after the `{`. @returns new */
function _parse_object_unicode(s: PyScannerObject, pystr: PyUnicodeObject, t: Text, idx: number): PyObject | null {
  const end_idx = t.len - 1;
  const has_pairs_hook = s.object_pairs_hook !== Py_None;
  const rval: PyObject = has_pairs_hook ? PyList_New(0) : PyDict_New();
  let key: PyObject | null = null;
  let val: PyObject | null = null;
  bail: {
    while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
    if (idx > end_idx || READ(t, idx) !== 0x7d) {
      for (;;) {
        if (idx > end_idx || READ(t, idx) !== 0x22) {
          raise_errmsg("Expecting property name enclosed in double quotes", pystr, idx);
          break bail;
        }
        key = scanstring_unicode(pystr, t, idx + 1, s.strict);
        if (key === null) break bail;
        const after_key = next_end;
        const memokey = PyDict_SetDefault(s.memo!, key, key);
        if (memokey === null) break bail;
        Py_INCREF(memokey);
        Py_DECREF(key);
        key = memokey;
        idx = after_key;
        while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
        if (idx > end_idx || READ(t, idx) !== 0x3a) {
          raise_errmsg("Expecting ':' delimiter", pystr, idx);
          break bail;
        }
        idx++;
        while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
        val = scan_once_unicode(s, pystr, t, idx);
        if (val === null) break bail;
        const after_val = next_idx;
        if (has_pairs_hook) {
          const item = _PyTuple_FromArraySteal([key, val]);
          key = val = null;
          if (_PyList_AppendTakeRef(rval as PyListObject, item) < 0) break bail;
        } else {
          if (PyDict_SetItem(rval, key, val) < 0) break bail;
          Py_DECREF(key);
          Py_DECREF(val);
          key = val = null;
        }
        idx = after_val;
        while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
        if (idx <= end_idx && READ(t, idx) === 0x7d) break;
        if (idx > end_idx || READ(t, idx) !== 0x2c) {
          raise_errmsg("Expecting ',' delimiter", pystr, idx);
          break bail;
        }
        idx++;
        while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
      }
    }
    next_idx = idx + 1;
    if (has_pairs_hook) {
      const r = PyObject_CallOneArg(s.object_pairs_hook!, rval);
      Py_DECREF(rval);
      return r;
    }
    if (s.object_hook !== Py_None) {
      const r = PyObject_CallOneArg(s.object_hook!, rval);
      Py_DECREF(rval);
      return r;
    }
    return rval;
  }
  Py_XDECREF(key);
  Py_XDECREF(val);
  Py_DECREF(rval);
  return null;
}

/** @cpython _parse_array_unicode: idx is just after the `[`. @returns new */
function _parse_array_unicode(s: PyScannerObject, pystr: PyUnicodeObject, t: Text, idx: number): PyObject | null {
  const end_idx = t.len - 1;
  const rval = PyList_New(0);
  while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
  if (idx > end_idx || READ(t, idx) !== 0x5d) {
    for (;;) {
      const val = scan_once_unicode(s, pystr, t, idx);
      if (val === null) {
        Py_DECREF(rval);
        return null;
      }
      _PyList_AppendTakeRef(rval, val);
      idx = next_idx;
      while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
      if (idx <= end_idx && READ(t, idx) === 0x5d) break;
      if (idx > end_idx || READ(t, idx) !== 0x2c) {
        raise_errmsg("Expecting ',' delimiter", pystr, idx);
        Py_DECREF(rval);
        return null;
      }
      idx++;
      while (idx <= end_idx && is_ws(READ(t, idx))) idx++;
    }
  }
  if (idx > end_idx || READ(t, idx) !== 0x5d) {
    raise_errmsg("Expecting value", pystr, end_idx);
    Py_DECREF(rval);
    return null;
  }
  next_idx = idx + 1;
  return rval;
}

/** @cpython _parse_constant: parse_constant("NaN" / "Infinity" / "-Infinity"). */
function _parse_constant(s: PyScannerObject, constant: string, idx: number): PyObject | null {
  const cstr = PyUnicode_InternFromString(constant);
  const rval = PyObject_CallOneArg(s.parse_constant!, cstr);
  Py_DECREF(cstr);
  next_idx = idx + constant.length;
  return rval;
}

function is_digit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** @cpython _match_number_unicode: an int or float starting at `start` (StopIteration if none). */
function _match_number_unicode(s: PyScannerObject, t: Text, start: number): PyObject | null {
  const end_idx = t.len - 1;
  let idx = start;
  let is_float = false;
  if (READ(t, idx) === 0x2d) {
    idx++;
    if (idx > end_idx) return raise_stop_iteration(start);
  }
  const c0 = READ(t, idx);
  if (c0 >= 0x31 && c0 <= 0x39) {
    idx++;
    while (idx <= end_idx && is_digit(READ(t, idx))) idx++;
  } else if (c0 === 0x30) {
    idx++;
  } else {
    return raise_stop_iteration(start);
  }
  if (idx < end_idx && READ(t, idx) === 0x2e && is_digit(READ(t, idx + 1))) {
    is_float = true;
    idx += 2;
    while (idx <= end_idx && is_digit(READ(t, idx))) idx++;
  }
  if (idx < end_idx && (READ(t, idx) === 0x65 || READ(t, idx) === 0x45)) {
    const e_start = idx;
    idx++;
    if (idx < end_idx && (READ(t, idx) === 0x2d || READ(t, idx) === 0x2b)) idx++;
    while (idx <= end_idx && is_digit(READ(t, idx))) idx++;
    if (is_digit(READ(t, idx - 1))) is_float = true;
    else idx = e_start;
  }
  let custom_func: PyObject | null = null;
  if (is_float && s.parse_float !== PyFloat_Type) custom_func = s.parse_float;
  else if (!is_float && s.parse_int !== PyLong_Type) custom_func = s.parse_int;
  const numstr = substring(t, start, idx);
  let rval: PyObject | null;
  if (custom_func !== null) {
    const u = PyUnicode_FromString(numstr);
    rval = PyObject_CallOneArg(custom_func, u);
    Py_DECREF(u);
  } else if (is_float) {
    rval = PyFloat_FromDouble(Number(numstr));
  } else if (numstr.length <= 15) {
    rval = PyLong_FromNumber(Number(numstr));
  } else {
    rval = _PyLong_FromString(numstr, 10);
  }
  next_idx = idx;
  return rval;
}

/** Whether the characters at idx spell `word`. */
function matches(t: Text, idx: number, word: string): boolean {
  if (idx + word.length > t.len) return false;
  for (let k = 1; k < word.length; k++) if (READ(t, idx + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** @cpython scan_once_unicode: one JSON value of any kind at idx; sets next_idx. @returns new */
function scan_once_unicode(s: PyScannerObject, pystr: PyUnicodeObject, t: Text, idx: number): PyObject | null {
  const length = t.len;
  if (idx < 0) return PyErr_SetString(PyExc_ValueError, "idx cannot be negative");
  if (idx >= length) return raise_stop_iteration(idx);
  switch (READ(t, idx)) {
    case 0x22: {
      const r = scanstring_unicode(pystr, t, idx + 1, s.strict);
      next_idx = next_end;
      return r;
    }
    case 0x7b: {
      if (!enter_recursive_call(" while decoding a JSON object from a unicode string")) return null;
      const res = _parse_object_unicode(s, pystr, t, idx + 1);
      leave_recursive_call();
      return res;
    }
    case 0x5b: {
      if (!enter_recursive_call(" while decoding a JSON array from a unicode string")) return null;
      const res = _parse_array_unicode(s, pystr, t, idx + 1);
      leave_recursive_call();
      return res;
    }
    case 0x6e:
      if (matches(t, idx, "null")) {
        next_idx = idx + 4;
        return Py_NewNone();
      }
      break;
    case 0x74:
      if (matches(t, idx, "true")) {
        next_idx = idx + 4;
        return PyBool_FromLong(1);
      }
      break;
    case 0x66:
      if (matches(t, idx, "false")) {
        next_idx = idx + 5;
        return PyBool_FromLong(0);
      }
      break;
    case 0x4e:
      if (matches(t, idx, "NaN")) return _parse_constant(s, "NaN", idx);
      break;
    case 0x49:
      if (matches(t, idx, "Infinity")) return _parse_constant(s, "Infinity", idx);
      break;
    case 0x2d:
      if (matches(t, idx, "-Infinity")) return _parse_constant(s, "-Infinity", idx);
      break;
  }
  return _match_number_unicode(s, t, idx);
}

const scanner_kwlist = ["string", "idx"];

/** @cpython scanner_call: scan_once(string, idx) -> (value, end) */
function scanner_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const s = self as PyScannerObject;
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "scan_once", 0, scanner_kwlist, 2, 2, 0);
  if (a === null) return null;
  const pystr = a[0]!;
  const idx = convert_ssize_t(a[1]!);
  if (idx === null) return null;
  if (!PyUnicode_Check(pystr)) {
    return PyErr_SetString(PyExc_TypeError, `first argument must be a string, not ${pystr.ob_type.tp_name}`);
  }
  next_idx = -1;
  const rval = scan_once_unicode(s, pystr, new Text(pystr), idx);
  PyDict_Clear(s.memo!);
  if (rval === null) return null;
  return _build_rval_index_tuple(rval, next_idx);
}

/** @cpython scanner_new: make_scanner(context) reads its settings from the decoder object. */
function scanner_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "make_scanner", 0, ["context"], 1, 1, 0);
  if (a === null) return null;
  const ctx = a[0]!;
  const s = new PyScannerObject(type);
  s.memo = PyDict_New();
  const strict = PyObject_GetAttrString(ctx, "strict");
  if (strict === null) {
    Py_DECREF(s);
    return null;
  }
  const st = PyObject_IsTrue(strict);
  Py_DECREF(strict);
  if (st < 0) {
    Py_DECREF(s);
    return null;
  }
  s.strict = st !== 0;
  for (const name of ["object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"] as const) {
    const v = PyObject_GetAttrString(ctx, name);
    if (v === null) {
      Py_DECREF(s);
      return null;
    }
    s[name] = v;
  }
  return s;
}

function member(name: string, get: (s: PyScannerObject) => PyObject | null, doc?: string): PyMemberDef {
  return {
    name, doc,
    get: (o: PyObject) => {
      const v = get(o as PyScannerObject) ?? Py_None;
      Py_INCREF(v);
      return v;
    },
  };
}

const PyScannerType: PyTypeObject = new PyTypeObject({
  tp_name: "_json.Scanner", tp_basicsize: 72, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: scanner_dealloc, tp_call: scanner_call, tp_new: scanner_new,
  tp_members: [
    { name: "strict", get: (o) => PyBool_FromLong((o as PyScannerObject).strict ? 1 : 0), doc: "strict" },
    member("object_hook", (s) => s.object_hook, "object_hook"),
    member("object_pairs_hook", (s) => s.object_pairs_hook),
    member("parse_float", (s) => s.parse_float, "parse_float"),
    member("parse_int", (s) => s.parse_int, "parse_int"),
    member("parse_constant", (s) => s.parse_constant, "parse_constant"),
  ],
  tp_doc: "JSON scanner object",
});

// -- the Encoder type ------------------------------------------------------------------------------------

/** @cpython PyEncoderObject */
class PyEncoderObject extends PyObject {
  markers: PyObject | null;
  defaultfn: PyObject | null;
  encoder: PyObject | null;
  indent: PyObject | null;
  key_separator: PyObject | null;
  item_separator: PyObject | null;
  sort_keys: boolean;
  skipkeys: boolean;
  allow_nan: boolean;
  /** encode_basestring(_ascii) called directly when `encoder` is one of ours. */
  fast_encode: ((self: PyObject | null, s: PyObject) => PyObject | null) | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.markers = null;
    this.defaultfn = null;
    this.encoder = null;
    this.indent = null;
    this.key_separator = null;
    this.item_separator = null;
    this.sort_keys = false;
    this.skipkeys = false;
    this.allow_nan = false;
    this.fast_encode = null;
  }
}

/** @cpython _PyAccu: the pieces of output, joined 100000 at a time into `large`. */
class Accu {
  small: string[] = [];
  large: PyObject[] = [];
}

/** @cpython _PyAccu_Accumulate */
function accumulate(acc: Accu, s: string): void {
  acc.small.push(s);
  if (acc.small.length >= 100000) flush_accumulator(acc);
}

/** @cpython flush_accumulator */
function flush_accumulator(acc: Accu): void {
  if (acc.small.length) {
    acc.large.push(PyUnicode_FromString(acc.small.join("")));
    acc.small = [];
  }
}

function accu_destroy(acc: Accu): void {
  for (const o of acc.large) Py_DECREF(o);
  acc.large = [];
  acc.small = [];
}

const encoder_kwlist = ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];

/** @cpython encoder_new: make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan) */
function encoder_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "make_encoder", 0, encoder_kwlist, 9, 9, 0);
  if (a === null) return null;
  const [markers, defaultfn, encoder, indent, key_separator, item_separator] = a as PyObject[];
  if (!PyUnicode_Check(key_separator)) return _PyArg_BadArgument("make_encoder", "argument 5", "str", key_separator);
  if (!PyUnicode_Check(item_separator)) return _PyArg_BadArgument("make_encoder", "argument 6", "str", item_separator);
  const flags: boolean[] = [];
  for (let i = 6; i < 9; i++) {
    const v = PyObject_IsTrue(a[i]!);
    if (v < 0) return null;
    flags.push(v !== 0);
  }
  if (markers !== Py_None && !PyDict_Check(markers)) {
    return PyErr_SetString(PyExc_TypeError, `make_encoder() argument 1 must be dict or None, not ${markers.ob_type.tp_name}`);
  }
  const s = new PyEncoderObject(type);
  for (const o of [markers, defaultfn, encoder, indent, key_separator, item_separator]) Py_INCREF(o);
  s.markers = markers;
  s.defaultfn = defaultfn;
  s.encoder = encoder;
  s.indent = indent;
  s.key_separator = key_separator;
  s.item_separator = item_separator;
  s.sort_keys = flags[0];
  s.skipkeys = flags[1];
  s.allow_nan = flags[2];
  if (encoder instanceof PyCFunctionObject) {
    const f = encoder.m_ml.ml_meth;
    if (f === py_encode_basestring_ascii || f === py_encode_basestring) s.fast_encode = f as typeof py_encode_basestring;
  }
  return s;
}

/** @cpython encoder_dealloc (encoder_clear) */
function encoder_dealloc(o: PyObject): void {
  const s = o as PyEncoderObject;
  const fields = [s.markers, s.defaultfn, s.encoder, s.indent, s.key_separator, s.item_separator];
  s.markers = s.defaultfn = s.encoder = s.indent = s.key_separator = s.item_separator = null;
  for (const f of fields) Py_XDECREF(f);
}

const encoder_call_kwlist = ["obj", "_current_indent_level"];

/** @cpython encoder_call: _iterencode(obj, _current_indent_level) -> list of str */
function encoder_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "_iterencode", 0, encoder_call_kwlist, 2, 2, 0);
  if (a === null) return null;
  const indent_level = convert_ssize_t(a[1]!);
  if (indent_level === null) return null;
  const acc = new Accu();
  if (encoder_listencode_obj(self as PyEncoderObject, acc, a[0]!, indent_level) < 0) {
    accu_destroy(acc);
    return null;
  }
  flush_accumulator(acc);
  return _PyList_FromArraySteal(acc.large);
}

/** @cpython _encoded_const */
function _encoded_const(obj: PyObject): string | null {
  if (obj === Py_None) return "null";
  if (obj === Py_True) return "true";
  if (obj === Py_False) return "false";
  PyErr_SetString(PyExc_ValueError, "not a const");
  return null;
}

/** @cpython encoder_encode_float: float.__repr__, or NaN/Infinity/-Infinity when allowed. */
function encoder_encode_float(s: PyEncoderObject, obj: PyObject): string | null {
  const i = (obj as PyFloatObject).ob_fval;
  if (!Number.isFinite(i)) {
    if (!s.allow_nan) {
      PyErr_SetString(PyExc_ValueError, "Out of range float values are not JSON compliant");
      return null;
    }
    if (i > 0) return "Infinity";
    if (i < 0) return "-Infinity";
    return "NaN";
  }
  return float_repr(i);
}

/** @cpython encoder_encode_string: through our escaper directly, or by calling `encoder`. */
function encoder_encode_string(s: PyEncoderObject, obj: PyObject): string | null {
  const encoded = s.fast_encode !== null ? s.fast_encode(null, obj) : PyObject_CallOneArg(s.encoder!, obj);
  if (encoded === null) return null;
  if (!PyUnicode_Check(encoded)) {
    PyErr_SetString(PyExc_TypeError, `encoder() must return a string, not ${encoded.ob_type.tp_name}`);
    Py_DECREF(encoded);
    return null;
  }
  const r = encoded.str;
  Py_DECREF(encoded);
  return r;
}

/** The int's repr (int.__repr__, whatever the subclass says). */
function long_repr(obj: PyObject): string | null {
  const r = PyLong_Type.tp_repr!(obj);
  if (r === null) return null;
  const str = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return str;
}

/** Enter obj into the markers dict (circular reference check); the key for leaving, or null on error. */
function markers_enter(s: PyEncoderObject, obj: PyObject): PyObject | null {
  const ident = PyLong_FromNumber(_PyObject_Address(obj));
  const has_key = PyDict_Contains(s.markers!, ident);
  if (has_key) {
    if (has_key !== -1) PyErr_SetString(PyExc_ValueError, "Circular reference detected");
    Py_DECREF(ident);
    return null;
  }
  if (PyDict_SetItem(s.markers!, ident, obj) < 0) {
    Py_DECREF(ident);
    return null;
  }
  return ident;
}

/** @cpython encoder_listencode_obj */
function encoder_listencode_obj(s: PyEncoderObject, acc: Accu, obj: PyObject, indent_level: number): number {
  if (obj === Py_None || obj === Py_True || obj === Py_False) {
    accumulate(acc, _encoded_const(obj)!);
    return 0;
  }
  if (PyUnicode_Check(obj)) {
    const encoded = encoder_encode_string(s, obj);
    if (encoded === null) return -1;
    accumulate(acc, encoded);
    return 0;
  }
  if (PyLong_Check(obj)) {
    const encoded = long_repr(obj);
    if (encoded === null) return -1;
    accumulate(acc, encoded);
    return 0;
  }
  if (PyFloat_Check(obj)) {
    const encoded = encoder_encode_float(s, obj);
    if (encoded === null) return -1;
    accumulate(acc, encoded);
    return 0;
  }
  if (PyList_Check(obj) || PyTuple_Check(obj)) {
    if (!enter_recursive_call(" while encoding a JSON object")) return -1;
    const rv = encoder_listencode_list(s, acc, obj, indent_level);
    leave_recursive_call();
    return rv;
  }
  if (PyDict_Check(obj)) {
    if (!enter_recursive_call(" while encoding a JSON object")) return -1;
    const rv = encoder_listencode_dict(s, acc, obj, indent_level);
    leave_recursive_call();
    return rv;
  }
  let ident: PyObject | null = null;
  if (s.markers !== Py_None) {
    ident = markers_enter(s, obj);
    if (ident === null) return -1;
  }
  const newobj = PyObject_CallOneArg(s.defaultfn!, obj);
  if (newobj === null) {
    Py_XDECREF(ident);
    return -1;
  }
  if (!enter_recursive_call(" while encoding a JSON object")) {
    Py_DECREF(newobj);
    Py_XDECREF(ident);
    return -1;
  }
  const rv = encoder_listencode_obj(s, acc, newobj, indent_level);
  leave_recursive_call();
  Py_DECREF(newobj);
  if (rv) {
    Py_XDECREF(ident);
    return -1;
  }
  if (ident !== null) {
    const r = PyDict_DelItem(s.markers!, ident);
    Py_DECREF(ident);
    if (r < 0) return -1;
  }
  return rv;
}

/**
 * @cpython PyMapping_Items: the (key, value) pairs as a list; d.items() for anything but an
 * exact dict.
 */
function PyMapping_Items(o: PyObject): PyObject | null {
  if (PyDict_CheckExact(o)) return PyDict_Items(o);
  const items = PyObject_CallMethod(o, "items", []);
  if (items === null) return null;
  const list = PySequence_List(items);
  Py_DECREF(items);
  return list;
}

/** @cpython encoder_listencode_dict */
function encoder_listencode_dict(s: PyEncoderObject, acc: Accu, dct: PyObject, indent_level: number): number {
  if ((dct as PyDictObject).ma_used === 0) {
    accumulate(acc, "{}");
    return 0;
  }
  let ident: PyObject | null = null;
  let it: PyObject | null = null;
  let item: PyObject | null = null;
  bail: {
    if (s.markers !== Py_None) {
      ident = markers_enter(s, dct);
      if (ident === null) break bail;
    }
    accumulate(acc, "{");
    if (s.indent !== Py_None) indent_level += 1;
    const items = PyMapping_Items(dct);
    if (items === null) break bail;
    if (s.sort_keys && PyList_Sort(items) < 0) {
      Py_DECREF(items);
      break bail;
    }
    it = PyObject_GetIter(items);
    Py_DECREF(items);
    if (it === null) break bail;
    let idx = 0;
    const item_sep = (s.item_separator as PyUnicodeObject).str;
    const key_sep = (s.key_separator as PyUnicodeObject).str;
    while ((item = PyIter_Next(it)) !== null) {
      if (!PyTuple_Check(item) || item.ob_item.length !== 2) {
        PyErr_SetString(PyExc_ValueError, "items must return 2-tuples");
        break bail;
      }
      const key = item.ob_item[0];
      let kstr: PyObject;
      if (PyUnicode_Check(key)) {
        Py_INCREF(key);
        kstr = key;
      } else {
        let k: string | null;
        if (PyFloat_Check(key)) k = encoder_encode_float(s, key);
        else if (key === Py_True || key === Py_False || key === Py_None) k = _encoded_const(key);
        else if (PyLong_Check(key)) k = long_repr(key);
        else if (s.skipkeys) {
          Py_DECREF(item);
          item = null;
          continue;
        } else {
          PyErr_SetString(PyExc_TypeError, `keys must be str, int, float, bool or None, not ${key.ob_type.tp_name}`);
          break bail;
        }
        if (k === null) break bail;
        kstr = PyUnicode_FromString(k);
      }
      if (idx) accumulate(acc, item_sep);
      const encoded = encoder_encode_string(s, kstr);
      Py_DECREF(kstr);
      if (encoded === null) break bail;
      accumulate(acc, encoded);
      accumulate(acc, key_sep);
      if (encoder_listencode_obj(s, acc, item.ob_item[1], indent_level) < 0) break bail;
      idx += 1;
      Py_DECREF(item);
      item = null;
    }
    if (PyErr_Occurred()) break bail;
    Py_DECREF(it);
    it = null;
    if (ident !== null) {
      const r = PyDict_DelItem(s.markers!, ident);
      Py_DECREF(ident);
      ident = null;
      if (r < 0) break bail;
    }
    accumulate(acc, "}");
    return 0;
  }
  Py_XDECREF(it);
  Py_XDECREF(item);
  Py_XDECREF(ident);
  return -1;
}

/** @cpython encoder_listencode_list */
function encoder_listencode_list(s: PyEncoderObject, acc: Accu, seq: PyObject, indent_level: number): number {
  const items = (seq as PyListObject | PyTupleObject).ob_item;
  if (items.length === 0) {
    accumulate(acc, "[]");
    return 0;
  }
  // PySequence_Fast: a list or tuple is used as it is; hold it while encoding.
  Py_INCREF(seq);
  let ident: PyObject | null = null;
  bail: {
    if (s.markers !== Py_None) {
      ident = markers_enter(s, seq);
      if (ident === null) break bail;
    }
    accumulate(acc, "[");
    if (s.indent !== Py_None) indent_level += 1;
    const item_sep = (s.item_separator as PyUnicodeObject).str;
    for (let i = 0; i < (seq as PyListObject).ob_item.length; i++) {
      const obj = (seq as PyListObject).ob_item[i];
      if (i) accumulate(acc, item_sep);
      if (encoder_listencode_obj(s, acc, obj, indent_level) < 0) break bail;
    }
    if (ident !== null) {
      const r = PyDict_DelItem(s.markers!, ident);
      Py_DECREF(ident);
      ident = null;
      if (r < 0) break bail;
    }
    accumulate(acc, "]");
    Py_DECREF(seq);
    return 0;
  }
  Py_XDECREF(ident);
  Py_DECREF(seq);
  return -1;
}

function emember(name: string, get: (s: PyEncoderObject) => PyObject | null): PyMemberDef {
  return {
    name, doc: name,
    get: (o: PyObject) => {
      const v = get(o as PyEncoderObject) ?? Py_None;
      Py_INCREF(v);
      return v;
    },
  };
}

const PyEncoderType: PyTypeObject = new PyTypeObject({
  tp_name: "_json.Encoder", tp_basicsize: 88, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: encoder_dealloc, tp_call: encoder_call, tp_new: encoder_new,
  tp_members: [
    emember("markers", (s) => s.markers),
    emember("default", (s) => s.defaultfn),
    emember("encoder", (s) => s.encoder),
    emember("indent", (s) => s.indent),
    emember("key_separator", (s) => s.key_separator),
    emember("item_separator", (s) => s.item_separator),
    { name: "sort_keys", get: (o) => PyBool_FromLong((o as PyEncoderObject).sort_keys ? 1 : 0), doc: "sort_keys" },
    { name: "skipkeys", get: (o) => PyBool_FromLong((o as PyEncoderObject).skipkeys ? 1 : 0), doc: "skipkeys" },
  ],
  tp_doc: "_iterencode(obj, _current_indent_level) -> iterable",
});

// -- the module --------------------------------------------------------------------------------------

const speedups_methods: PyMethodDef[] = [
  { ml_name: "encode_basestring_ascii", ml_meth: py_encode_basestring_ascii, ml_flags: METH_O,
    ml_doc: "encode_basestring_ascii(string) -> string\n\nThe JSON form of a str, using only ASCII characters (the rest escaped)." },
  { ml_name: "encode_basestring", ml_meth: py_encode_basestring, ml_flags: METH_O,
    ml_doc: "encode_basestring(string) -> string\n\nThe JSON form of a str." },
  { ml_name: "scanstring", ml_meth: py_scanstring, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "scanstring(string, end, strict=True) -> (string, end)\n\n"
      + "Decode the JSON string literal whose body starts at index end of string (just\n"
      + "after its opening quote). With strict false, raw control characters are\n"
      + "allowed inside it. Returns the decoded str and the index just after the\nclosing quote." },
];

/** @cpython PyInit__json (_json_exec adds make_scanner and make_encoder) */
export function PyInit__json(): PyObject | null {
  const m = PyModule_Create("_json", "json speedups\n", speedups_methods);
  for (const [name, t] of [["make_scanner", PyScannerType], ["make_encoder", PyEncoderType]] as const) {
    if (PyType_Ready(t) < 0 || PyModule_AddObjectRef(m, name, t) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  return m;
}
