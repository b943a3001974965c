/**
 * @mirrors Objects/exceptions.c
 * The builtin exception classes. Every exception instance is a PyBaseExceptionObject: the
 * positional arguments it was built with (`args`), its traceback, and the two links that
 * chain exceptions together — `__context__` (set implicitly when an exception is raised
 * while another is being handled) and `__cause__` (set by `raise X from Y`, which also
 * sets `__suppress_context__`). A few classes keep extra fields in a subclass of that
 * struct (StopIteration.value, OSError.errno/strerror/filename, SyntaxError's location,
 * the Unicode errors' codec details, ExceptionGroup's message and members):
 *
 *   BaseException            PyBaseExceptionObject        72 bytes in CPython
 *    ├─ SystemExit           + code                        80
 *    ├─ BaseExceptionGroup   + msg, excs                   88
 *    └─ Exception
 *        ├─ StopIteration    + value                       80
 *        ├─ OSError          + errno, strerror, filenames 112
 *        ├─ SyntaxError      + msg, filename, lineno, ... 136
 *        └─ ...
 *
 * Each class with its own layout allocates its own JavaScript class (tp_alloc); a Python
 * subclass `class E(OSError)` gets instances of the nearest builtin layout, with ob_type E.
 *
 *   >>> OSError(2, "No such file", "x.txt")        # errno picks the subclass
 *   FileNotFoundError(2, 'No such file')
 *   >>> str(_)
 *   "[Errno 2] No such file: 'x.txt'"
 *
 * ExceptionGroup is not a static type: as in CPython it is made at startup by calling
 * type("ExceptionGroup", (BaseExceptionGroup, Exception), {}), so it is a heap type.
 *
 * DIVERGENCE: setting `__traceback__ = None` stores null rather than None (Python code sees
 * no difference; PyException_GetTraceback then answers null, not None).
 * DIVERGENCE: MemoryError has no free list of preallocated instances.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_HEAPTYPE,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_CLASS,
  type PyMemberDef, type PyGetSetDef, type PyMethodDef, type TypeSpec,
} from "../Include/object.ts";
import {
  PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred, PyErr_Fetch, PyErr_Restore, PyErr_Clear,
  PyErr_GivenExceptionMatches,
} from "../Python/errors.ts";
import {
  Py_None, Py_NewNone, PyObject_Repr, PyObject_Str, strString, reprString, PyObject_HasAttr, PyObject_GetAttr,
  PyObject_SetAttr, PyObject_IsTrue, PyExcKeyErrorRef, C_RECURSION_LIMIT,
} from "./object.ts";
import {
  PyType_Ready, PyType_IsSubtype, PyType_Check, PyObject_TypeCheck, _PyType_Name, PyType_Type,
} from "./typeobject.ts";
import {
  PyTupleObject, PyTuple_New, PyTuple_FromArray, PyTuple_Check, PyTuple_CheckExact, Py_GenericAliasRef,
} from "./tupleobject.ts";
import {
  PyUnicodeObject, PyUnicode_FromString, PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_GET_LENGTH,
  PyUnicode_READ_CHAR, _PyUnicode_FromId,
} from "./unicodeobject.ts";
import {
  PyDictObject, PyDict_New, PyDict_Check, PyDict_Copy, PyDict_SetItem, PyDict_SetItemString, _PyDict_Items,
} from "./dictobject.ts";
import {
  PyLongObject, PyLong_Check, PyLong_FromNumber, PyLong_AsSsize_t, PyNumber_AsSsize_t, PyNumber_Index, PyLong_Type,
} from "./longobject.ts";
import { PyListObject, PyList_New, PyList_Append, PyList_Check } from "./listobject.ts";
import { PySequence_Tuple, PySequence_List, PyObject_IsInstance, PyObject_IsSubclass, PyNumber_Check } from "./abstract.ts";
import { PyObject_Vectorcall, PyObject_CallOneArg, PyObject_CallMethod } from "./call.ts";
import { PyFunction_Type } from "./funcobject.ts";
import { Py_True, Py_False, PyBool_FromLong } from "./boolobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";

// =============================================================================================
// Instance layouts
// =============================================================================================

/** @cpython PyBaseExceptionObject */
export class PyBaseExceptionObject extends PyObject {
  /** The positional arguments (never null; cleared instances hold the empty tuple). */
  args: PyTupleObject;
  /** Reserved as in 3.11's struct; add_note() keeps the notes in __dict__['__notes__']. */
  notes: PyObject | null;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppress_context: boolean;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type);
    this.args = args;
    this.notes = null;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
  }
}

/** @cpython PyStopIterationObject */
export class PyStopIterationObject extends PyBaseExceptionObject {
  value: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.value = null;
  }
}

/** @cpython PySystemExitObject */
export class PySystemExitObject extends PyBaseExceptionObject {
  code: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.code = null;
  }
}

/** @cpython PyBaseExceptionGroupObject */
export class PyBaseExceptionGroupObject extends PyBaseExceptionObject {
  /** The message (a str). */
  msg: PyObject | null;
  /** The member exceptions, a non-empty tuple. */
  excs: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.msg = null;
    this.excs = null;
  }
}

/** @cpython PyImportErrorObject */
export class PyImportErrorObject extends PyBaseExceptionObject {
  msg: PyObject | null;
  name: PyObject | null;
  path: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.msg = null;
    this.name = null;
    this.path = null;
  }
}

/** @cpython PyOSErrorObject (Python attributes errno, strerror, filename, filename2, characters_written) */
export class PyOSErrorObject extends PyBaseExceptionObject {
  myerrno: PyObject | null;
  strerror: PyObject | null;
  filename: PyObject | null;
  filename2: PyObject | null;
  /** BlockingIOError's characters_written; -1 when not set. */
  written: number;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.myerrno = null;
    this.strerror = null;
    this.filename = null;
    this.filename2 = null;
    this.written = -1;
  }
}

/** @cpython PyNameErrorObject */
export class PyNameErrorObject extends PyBaseExceptionObject {
  name: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.name = null;
  }
}

/** @cpython PyAttributeErrorObject */
export class PyAttributeErrorObject extends PyBaseExceptionObject {
  obj: PyObject | null;
  name: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.obj = null;
    this.name = null;
  }
}

/** @cpython PySyntaxErrorObject */
export class PySyntaxErrorObject extends PyBaseExceptionObject {
  msg: PyObject | null;
  filename: PyObject | null;
  lineno: PyObject | null;
  offset: PyObject | null;
  end_lineno: PyObject | null;
  end_offset: PyObject | null;
  text: PyObject | null;
  print_file_and_line: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.msg = null;
    this.filename = null;
    this.lineno = null;
    this.offset = null;
    this.end_lineno = null;
    this.end_offset = null;
    this.text = null;
    this.print_file_and_line = null;
  }
}

/** @cpython PyUnicodeErrorObject (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError) */
export class PyUnicodeErrorObject extends PyBaseExceptionObject {
  encoding: PyObject | null;
  /** A str (encode, translate) or bytes (decode). */
  object: PyObject | null;
  /** Code-point (or byte) positions of the offending span [start, end). */
  start: number;
  end: number;
  reason: PyObject | null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, args);
    this.encoding = null;
    this.object = null;
    this.start = 0;
    this.end = 0;
    this.reason = null;
  }
}

// =============================================================================================
// Late-bound collaborators
// =============================================================================================

/**
 * The traceback type, registered by traceback.ts once it exists; until then __traceback__
 * accepts any object.
 */
export const PyTraceBack_TypeRef: { type: PyTypeObject | null } = { type: null };

/**
 * What UnicodeDecodeError needs from bytes (bytesobject.ts registers it at startup):
 * `check` is PyBytes_Check, `fromArray` makes a new bytes object from a copy of the data,
 * `data` answers the bytes of any bytes-like object (bytes, bytearray, memoryview, ...) or
 * null, without an error, when the object does not support the buffer protocol.
 */
export const _PyExc_BytesRef: {
  check: ((o: PyObject) => boolean) | null;
  fromArray: ((b: Uint8Array) => PyObject) | null;
  data: ((o: PyObject) => Uint8Array | null) | null;
} = { check: null, fromArray: null, data: null };

function bytesSupport(): boolean {
  if (_PyExc_BytesRef.check === null || _PyExc_BytesRef.fromArray === null || _PyExc_BytesRef.data === null) {
    PyErr_SetString(PyExc_SystemError, "UnicodeDecodeError: bytes support is not initialised");
    return false;
  }
  return true;
}

// =============================================================================================
// Small helpers
// =============================================================================================

/** Positional count of a vectorcall argument array. */
function npositional(args: PyObject[], kwnames: PyTupleObject | null): number {
  return kwnames === null ? args.length : args.length - kwnames.ob_item.length;
}

/** Instances of heap types hold a reference to their type (PyType_GenericAlloc). */
function heapref(type: PyTypeObject): PyTypeObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return type;
}

/**
 * Allocate an instance of `type` with the layout of its nearest builtin exception class
 * (the tp_base chain of a class statement leads to it; see best_base).
 */
function exc_alloc(type: PyTypeObject): PyBaseExceptionObject {
  let t = type;
  while (t.tp_flags & Py_TPFLAGS_HEAPTYPE && t.tp_base !== null) t = t.tp_base;
  const alloc = t.tp_alloc;
  if (alloc === null) return new PyBaseExceptionObject(heapref(type), PyTuple_New(0));
  return alloc(type) as PyBaseExceptionObject;
}

/** Replace a field's reference: the new value is INCREF'd, the old one released. */
function xsetref(v: PyObject | null): PyObject | null {
  if (v !== null) Py_INCREF(v);
  return v;
}

/** str() of an optional object as PyObject_Str does it, with "<NULL>" for a missing one. */
function strOrNull(o: PyObject | null): string | null {
  return o === null ? "<NULL>" : strString(o);
}

/** Member of type T_OBJECT: None when unset; deleting sets it back to unset. */
function memberObject<T extends PyObject>(
  name: string, get: (o: T) => PyObject | null, put: (o: T, v: PyObject | null) => void, doc?: string,
): PyMemberDef {
  return {
    name, doc,
    get: (o: PyObject): PyObject => {
      const v = get(o as T);
      if (v === null) return Py_NewNone();
      Py_INCREF(v);
      return v;
    },
    set: (o: PyObject, v: PyObject | null): number => {
      const old = get(o as T);
      if (v !== null) Py_INCREF(v);
      put(o as T, v);
      if (old !== null) Py_DECREF(old);
      return 0;
    },
  };
}

/** Read-only member of type T_OBJECT. */
function memberReadonly<T extends PyObject>(name: string, get: (o: T) => PyObject | null, doc?: string): PyMemberDef {
  return {
    name, doc,
    get: (o: PyObject): PyObject => {
      const v = get(o as T);
      if (v === null) return Py_NewNone();
      Py_INCREF(v);
      return v;
    },
  };
}

/** Member of type T_PYSSIZET: an int; a failed assignment leaves -1, as the C field does. */
function memberSsize<T extends PyObject>(
  name: string, get: (o: T) => number, put: (o: T, v: number) => void, doc?: string,
): PyMemberDef {
  return {
    name, doc,
    get: (o: PyObject): PyObject => PyLong_FromNumber(get(o as T)),
    set: (o: PyObject, v: PyObject | null): number => {
      if (v === null) return PyErr_SetStringInt(PyExc_TypeError, "can't delete numeric/char attribute");
      if (!PyLong_Check(v)) {
        put(o as T, -1);
        return PyErr_SetStringInt(PyExc_TypeError, "an integer is required");
      }
      const n = PyLong_AsSsize_t(v);
      put(o as T, n);
      if (n === -1 && PyErr_Occurred()) return -1;
      return 0;
    },
  };
}

/** PyArg_ParseTuple's count check: "f() takes exactly 2 arguments (1 given)". */
function getargs_count(fname: string | null, nargs: number, min: number, max: number): boolean {
  if (nargs >= min && nargs <= max) return true;
  const bound = nargs < min ? min : max;
  PyErr_SetString(PyExc_TypeError,
    `${fname === null ? "function" : fname + "()"} takes ${min === max ? "exactly" : nargs < min ? "at least" : "at most"} ` +
    `${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`);
  return false;
}

/** PyArg_ParseTuple's "U" converter: a str. */
function getargs_U(fname: string | null, i: number, o: PyObject): boolean {
  if (PyUnicode_Check(o)) return true;
  PyErr_SetString(PyExc_TypeError,
    `${fname === null ? "" : fname + "() "}argument ${i} must be str, not ${o === Py_None ? "None" : o.ob_type.tp_name}`);
  return false;
}

/** PyArg_ParseTuple's "n" converter: an index-sized int; null (with an error) on failure. */
function getargs_n(o: PyObject): number | null {
  const iobj = PyNumber_Index(o);
  if (iobj === null) return null;
  const n = PyLong_AsSsize_t(iobj);
  Py_DECREF(iobj);
  if (n === -1 && PyErr_Occurred()) return null;
  return n;
}

/**
 * Keyword-only arguments of a constructor ("|$OO:Name"): one slot per allowed name, or null
 * (with TypeError) for a name not in the list.
 */
function parse_keywords(
  args: PyObject[], kwnames: PyTupleObject | null, fname: string, names: readonly string[],
): (PyObject | null)[] | null {
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  if (kwnames === null) return out;
  const kw = kwnames.ob_item;
  const base = args.length - kw.length;
  for (let k = 0; k < kw.length; k++) {
    const key = (kw[k] as PyUnicodeObject).str;
    const idx = names.indexOf(key);
    if (idx < 0) {
      PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
      return null;
    }
    out[idx] = args[base + k];
  }
  return out;
}

/** Sets self.args to a tuple of `items` unless it already holds exactly those objects. */
function set_args_from(self: PyBaseExceptionObject, items: PyObject[], n: number): void {
  const cur = self.args.ob_item;
  if (cur.length === n) {
    let same = true;
    for (let i = 0; i < n; i++) {
      if (cur[i] !== items[i]) {
        same = false;
        break;
      }
    }
    if (same) return;
  }
  const old = self.args;
  self.args = n === 0 ? PyTuple_New(0) : PyTuple_FromArray(n === items.length ? items : items.slice(0, n));
  Py_DECREF(old);
}

// =============================================================================================
// BaseException
// =============================================================================================

function BaseException_alloc(type: PyTypeObject): PyObject {
  return new PyBaseExceptionObject(heapref(type), PyTuple_New(0));
}

/** @cpython BaseException_new: keyword arguments are left to __init__. */
function BaseException_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = exc_alloc(type);
  const n = npositional(args, kwnames);
  if (n > 0) {
    const empty = self.args;
    self.args = PyTuple_FromArray(n === args.length ? args : args.slice(0, n));
    Py_DECREF(empty);
  }
  return self;
}

/** @cpython BaseException_init */
function BaseException_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (!_PyArg_NoKwnames(self.ob_type.tp_name, kwnames)) return -1;
  set_args_from(self as PyBaseExceptionObject, args, args.length);
  return 0;
}

/**
 * @cpython BaseException_clear: drop every reference the instance holds. Safe to call twice
 * (the collector clears, then the dealloc runs): `args` becomes the empty tuple.
 */
export function BaseException_clear(self: PyBaseExceptionObject): void {
  const d = self.ob_dict;
  if (d !== null) {
    self.ob_dict = null;
    Py_DECREF(d);
  }
  const a = self.args;
  self.args = PyTuple_New(0);
  Py_DECREF(a);
  const notes = self.notes, tb = self.traceback, cause = self.cause, ctx = self.context;
  self.notes = self.traceback = self.cause = self.context = null;
  Py_XDECREF(notes);
  Py_XDECREF(tb);
  Py_XDECREF(cause);
  Py_XDECREF(ctx);
}

/** @cpython BaseException_dealloc (the type reference of a heap subclass is subtype_dealloc's). */
function BaseException_dealloc(self: PyObject): void {
  const e = self as PyBaseExceptionObject;
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython BaseException_str: '' for no args, str(arg) for one, str(args) otherwise. */
function BaseException_str(self: PyObject): PyObject | null {
  const args = (self as PyBaseExceptionObject).args;
  switch (args.ob_item.length) {
    case 0:
      return PyUnicode_FromString("");
    case 1:
      return PyObject_Str(args.ob_item[0]);
    default:
      return PyObject_Str(args);
  }
}

/** @cpython BaseException_repr: `Name(repr(arg))` for one argument, `Name(args...)` otherwise. */
function BaseException_repr(self: PyObject): PyObject | null {
  const name = _PyType_Name(self.ob_type);
  const args = (self as PyBaseExceptionObject).args;
  if (args.ob_item.length === 1) {
    const r = reprString(args.ob_item[0]);
    return r === null ? null : PyUnicode_FromString(`${name}(${r})`);
  }
  const r = reprString(args);
  return r === null ? null : PyUnicode_FromString(name + r);
}

/** @cpython BaseException_reduce: (type, args) or (type, args, __dict__). */
function BaseException_reduce(self: PyObject): PyObject {
  const e = self as PyBaseExceptionObject;
  if (e.ob_dict !== null) return PyTuple_FromArray([e.ob_type, e.args, e.ob_dict]);
  return PyTuple_FromArray([e.ob_type, e.args]);
}

/** @cpython BaseException_setstate: each item of a state dict becomes an attribute. */
function BaseException_setstate(self: PyObject, state: PyObject): PyObject | null {
  if (state !== Py_None) {
    if (!PyDict_Check(state)) return PyErr_SetString(PyExc_TypeError, "state is not a dictionary");
    for (const [key, value] of _PyDict_Items(state as PyDictObject)) {
      Py_INCREF(key);
      Py_INCREF(value);
      const res = PyObject_SetAttr(self, key, value);
      Py_DECREF(value);
      Py_DECREF(key);
      if (res < 0) return null;
    }
  }
  return Py_NewNone();
}

/** @cpython BaseException_with_traceback */
function BaseException_with_traceback(self: PyObject, tb: PyObject): PyObject | null {
  if (PyException_SetTraceback(self, tb) < 0) return null;
  Py_INCREF(self);
  return self;
}

/** @cpython BaseException_add_note: append to the __notes__ list, creating it if absent. */
function BaseException_add_note(self: PyObject, note: PyObject): PyObject | null {
  if (!PyUnicode_Check(note)) {
    return PyErr_SetString(PyExc_TypeError, `note must be a str, not '${note.ob_type.tp_name}'`);
  }
  const name = _PyUnicode_FromId("__notes__");
  if (!PyObject_HasAttr(self, name)) {
    const new_notes = PyList_New(0);
    const r = PyObject_SetAttr(self, name, new_notes);
    Py_DECREF(new_notes);
    if (r < 0) return null;
  }
  const notes = PyObject_GetAttr(self, name);
  if (notes === null) return null;
  if (!PyList_Check(notes)) {
    Py_DECREF(notes);
    return PyErr_SetString(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
  }
  if (PyList_Append(notes as PyListObject, note) < 0) {
    Py_DECREF(notes);
    return null;
  }
  Py_DECREF(notes);
  return Py_NewNone();
}

const BaseException_methods: PyMethodDef[] = [
  { ml_name: "__reduce__", ml_meth: BaseException_reduce, ml_flags: METH_NOARGS },
  { ml_name: "__setstate__", ml_meth: BaseException_setstate, ml_flags: METH_O },
  { ml_name: "with_traceback", ml_meth: BaseException_with_traceback, ml_flags: METH_O,
    ml_doc: "Store tb as the exception's __traceback__ and return the exception." },
  { ml_name: "add_note", ml_meth: BaseException_add_note, ml_flags: METH_O,
    ml_doc: "Attach a note (a str) that tracebacks print after the message." },
];

/** The instance __dict__, made on first access (PyObject_GenericGetDict). */
function BaseException_get_dict(self: PyObject): PyObject {
  if (self.ob_dict === null) self.ob_dict = PyDict_New();
  Py_INCREF(self.ob_dict);
  return self.ob_dict;
}

/** @cpython PyObject_GenericSetDict */
function BaseException_set_dict(self: PyObject, value: PyObject | null): number {
  if (value === null) return PyErr_SetStringInt(PyExc_TypeError, "cannot delete __dict__");
  if (!PyDict_Check(value)) {
    return PyErr_SetStringInt(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  const old = self.ob_dict;
  Py_INCREF(value);
  self.ob_dict = value as PyDictObject;
  Py_XDECREF(old);
  return 0;
}

/** @cpython BaseException_get_args */
function BaseException_get_args(self: PyObject): PyObject {
  const a = (self as PyBaseExceptionObject).args;
  Py_INCREF(a);
  return a;
}

/** @cpython BaseException_set_args: any iterable, kept as a tuple. */
function BaseException_set_args(self: PyObject, val: PyObject | null): number {
  if (val === null) return PyErr_SetStringInt(PyExc_TypeError, "args may not be deleted");
  const seq = PySequence_Tuple(val);
  if (seq === null) return -1;
  const e = self as PyBaseExceptionObject;
  const old = e.args;
  e.args = seq;
  Py_DECREF(old);
  return 0;
}

/** @cpython BaseException_get_tb */
function BaseException_get_tb(self: PyObject): PyObject {
  const tb = (self as PyBaseExceptionObject).traceback;
  if (tb === null) return Py_NewNone();
  Py_INCREF(tb);
  return tb;
}

/** @cpython BaseException_set_tb */
function BaseException_set_tb(self: PyObject, tb: PyObject | null): number {
  if (tb === null) return PyErr_SetStringInt(PyExc_TypeError, "__traceback__ may not be deleted");
  const tbtype = PyTraceBack_TypeRef.type;
  if (tb !== Py_None && tbtype !== null && tb.ob_type !== tbtype) {
    return PyErr_SetStringInt(PyExc_TypeError, "__traceback__ must be a traceback or None");
  }
  const e = self as PyBaseExceptionObject;
  const old = e.traceback;
  e.traceback = tb === Py_None ? null : xsetref(tb);
  Py_XDECREF(old);
  return 0;
}

/** @cpython BaseException_get_context */
function BaseException_get_context(self: PyObject): PyObject {
  return PyException_GetContext(self) ?? Py_NewNone();
}

/** @cpython BaseException_set_context */
function BaseException_set_context(self: PyObject, arg: PyObject | null): number {
  if (arg === null) return PyErr_SetStringInt(PyExc_TypeError, "__context__ may not be deleted");
  if (arg === Py_None) {
    PyException_SetContext(self, null);
    return 0;
  }
  if (!PyExceptionInstance_Check(arg)) {
    return PyErr_SetStringInt(PyExc_TypeError, "exception context must be None or derive from BaseException");
  }
  Py_INCREF(arg);
  PyException_SetContext(self, arg);
  return 0;
}

/** @cpython BaseException_get_cause */
function BaseException_get_cause(self: PyObject): PyObject {
  return PyException_GetCause(self) ?? Py_NewNone();
}

/** @cpython BaseException_set_cause: also sets __suppress_context__. */
function BaseException_set_cause(self: PyObject, arg: PyObject | null): number {
  if (arg === null) return PyErr_SetStringInt(PyExc_TypeError, "__cause__ may not be deleted");
  if (arg === Py_None) {
    PyException_SetCause(self, null);
    return 0;
  }
  if (!PyExceptionInstance_Check(arg)) {
    return PyErr_SetStringInt(PyExc_TypeError, "exception cause must be None or derive from BaseException");
  }
  Py_INCREF(arg);
  PyException_SetCause(self, arg);
  return 0;
}

const BaseException_getset: PyGetSetDef[] = [
  { name: "__dict__", get: BaseException_get_dict, set: BaseException_set_dict },
  { name: "args", get: BaseException_get_args, set: BaseException_set_args },
  { name: "__traceback__", get: BaseException_get_tb, set: BaseException_set_tb },
  { name: "__context__", get: BaseException_get_context, set: BaseException_set_context, doc: "the exception being handled when this one was raised" },
  { name: "__cause__", get: BaseException_get_cause, set: BaseException_set_cause, doc: "the exception named by raise ... from" },
];

const BaseException_members: PyMemberDef[] = [
  {
    // A T_BOOL member.
    name: "__suppress_context__",
    get: (o: PyObject): PyObject => PyBool_FromLong((o as PyBaseExceptionObject).suppress_context ? 1 : 0),
    set: (o: PyObject, v: PyObject | null): number => {
      if (v === null) return PyErr_SetStringInt(PyExc_TypeError, "can't delete numeric/char attribute");
      if (v !== Py_True && v !== Py_False) return PyErr_SetStringInt(PyExc_TypeError, "attribute value type must be bool");
      (o as PyBaseExceptionObject).suppress_context = v === Py_True;
      return 0;
    },
  },
];

const EXC_FLAGS = Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC;
/** CPython's offsetof(PyBaseExceptionObject, dict): instances have a __dict__. */
const EXC_DICTOFFSET = 16;

/** @cpython _PyExc_BaseException */
export const PyExc_BaseException: PyTypeObject = new PyTypeObject({
  tp_name: "BaseException", tp_basicsize: 72, tp_flags: EXC_FLAGS | Py_TPFLAGS_BASE_EXC_SUBCLASS,
  tp_dealloc: BaseException_dealloc, tp_repr: BaseException_repr, tp_str: BaseException_str,
  tp_methods: BaseException_methods, tp_members: BaseException_members, tp_getset: BaseException_getset,
  tp_dictoffset: EXC_DICTOFFSET, tp_init: BaseException_init, tp_new: BaseException_new,
  tp_alloc: BaseException_alloc,
  tp_doc: "The root of the exception hierarchy.",
});

/** @cpython SimpleExtendsException: a class with BaseException's layout and behaviour. */
function SimpleExtendsException(name: string, doc: string, extra: Partial<TypeSpec> = {}): PyTypeObject {
  return new PyTypeObject({
    tp_name: name, tp_basicsize: 72, tp_flags: EXC_FLAGS,
    tp_dealloc: BaseException_dealloc, tp_dictoffset: EXC_DICTOFFSET,
    tp_init: BaseException_init, tp_new: BaseException_new, tp_alloc: BaseException_alloc,
    tp_doc: doc, ...extra,
  });
}

/** @cpython MiddlingExtendsException: a subclass sharing its base's layout, init and dealloc. */
function MiddlingExtendsException(
  name: string, basicsize: number, dealloc: (o: PyObject) => void,
  init: (self: PyObject, args: PyObject[], kwnames: PyTupleObject | null) => number,
  alloc: (t: PyTypeObject) => PyObject, doc: string,
): PyTypeObject {
  return new PyTypeObject({
    tp_name: name, tp_basicsize: basicsize, tp_flags: EXC_FLAGS, tp_dealloc: dealloc,
    tp_dictoffset: EXC_DICTOFFSET, tp_init: init, tp_alloc: alloc, tp_doc: doc,
  });
}

/** @cpython PyExc_Exception */
export const PyExc_Exception = SimpleExtendsException("Exception", "The base of the ordinary (non-exit) exceptions.");
/** @cpython PyExc_TypeError */
export const PyExc_TypeError = SimpleExtendsException("TypeError", "An operation was applied to a value of the wrong type.");
/** @cpython PyExc_StopAsyncIteration */
export const PyExc_StopAsyncIteration = SimpleExtendsException("StopAsyncIteration", "Raised by __anext__() when an async iterator is exhausted.");

// =============================================================================================
// StopIteration
// =============================================================================================

function StopIteration_alloc(type: PyTypeObject): PyObject {
  return new PyStopIterationObject(heapref(type), PyTuple_New(0));
}

/** @cpython StopIteration_init: value is the first argument, or None. */
function StopIteration_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (BaseException_init(self, args, kwnames) < 0) return -1;
  const e = self as PyStopIterationObject;
  const old = e.value;
  e.value = xsetref(args.length > 0 ? args[0] : Py_None);
  Py_XDECREF(old);
  return 0;
}

function StopIteration_clear(self: PyStopIterationObject): void {
  const v = self.value;
  self.value = null;
  Py_XDECREF(v);
  BaseException_clear(self);
}

function StopIteration_dealloc(self: PyObject): void {
  StopIteration_clear(self as PyStopIterationObject);
  Py_DECREF((self as PyBaseExceptionObject).args);
}

/** @cpython PyExc_StopIteration */
export const PyExc_StopIteration: PyTypeObject = new PyTypeObject({
  tp_name: "StopIteration", tp_basicsize: 80, tp_flags: EXC_FLAGS, tp_dealloc: StopIteration_dealloc,
  tp_dictoffset: EXC_DICTOFFSET, tp_init: StopIteration_init, tp_alloc: StopIteration_alloc,
  tp_members: [
    memberObject<PyStopIterationObject>("value", (o) => o.value, (o, v) => { o.value = v; }, "the value a generator returned"),
  ],
  tp_doc: "Raised by __next__() when an iterator is exhausted; value holds a generator's return value.",
});

/** @cpython PyExc_GeneratorExit */
export const PyExc_GeneratorExit = SimpleExtendsException("GeneratorExit", "Thrown into a generator to ask it to finish.");

// =============================================================================================
// SystemExit
// =============================================================================================

function SystemExit_alloc(type: PyTypeObject): PyObject {
  return new PySystemExitObject(heapref(type), PyTuple_New(0));
}

/** @cpython SystemExit_init: code is the one argument, or the args tuple when there are more. */
function SystemExit_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (BaseException_init(self, args, kwnames) < 0) return -1;
  const e = self as PySystemExitObject;
  if (args.length === 0) return 0;
  const old = e.code;
  e.code = xsetref(args.length === 1 ? args[0] : e.args);
  Py_XDECREF(old);
  return 0;
}

function SystemExit_dealloc(self: PyObject): void {
  const e = self as PySystemExitObject;
  const c = e.code;
  e.code = null;
  Py_XDECREF(c);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython PyExc_SystemExit */
export const PyExc_SystemExit: PyTypeObject = new PyTypeObject({
  tp_name: "SystemExit", tp_basicsize: 80, tp_flags: EXC_FLAGS, tp_dealloc: SystemExit_dealloc,
  tp_dictoffset: EXC_DICTOFFSET, tp_init: SystemExit_init, tp_alloc: SystemExit_alloc,
  tp_members: [memberObject<PySystemExitObject>("code", (o) => o.code, (o, v) => { o.code = v; }, "the exit status or message")],
  tp_doc: "Raised by sys.exit() to leave the interpreter.",
});

// =============================================================================================
// BaseExceptionGroup and ExceptionGroup
// =============================================================================================

function BaseExceptionGroup_alloc(type: PyTypeObject): PyObject {
  return new PyBaseExceptionGroupObject(heapref(type), PyTuple_New(0));
}

/** @cpython _PyBaseExceptionGroup_Check */
export function _PyBaseExceptionGroup_Check(o: PyObject): o is PyBaseExceptionGroupObject {
  return PyObject_TypeCheck(o, PyExc_BaseExceptionGroup);
}

/** @cpython PySequence_Check (dicts are not sequences; classes count when they define __getitem__) */
function sequence_check(o: PyObject): boolean {
  if (PyDict_Check(o)) return false;
  const t = o.ob_type;
  if (t.sq_item !== null) return true;
  return (t.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && t.mp_subscript !== null;
}

/**
 * @cpython BaseExceptionGroup_new: validates (message, exceptions) and picks the class:
 * BaseExceptionGroup(...) of Exceptions only is an ExceptionGroup.
 */
function BaseExceptionGroup_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const fname = "BaseExceptionGroup.__new__";
  const nargs = npositional(args, kwnames);
  if (!getargs_count(fname, nargs, 2, 2)) return null;
  const message = args[0];
  if (!getargs_U(fname, 1, message)) return null;
  const exceptions = args[1];
  if (!sequence_check(exceptions)) {
    return PyErr_SetString(PyExc_TypeError, "second argument (exceptions) must be a sequence");
  }
  const excs = PySequence_Tuple(exceptions);
  if (excs === null) return null;
  const items = excs.ob_item;
  if (items.length === 0) {
    Py_DECREF(excs);
    return PyErr_SetString(PyExc_ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  let nested_base_exceptions = false;
  for (let i = 0; i < items.length; i++) {
    const exc = items[i];
    if (!PyExceptionInstance_Check(exc)) {
      Py_DECREF(excs);
      return PyErr_SetString(PyExc_ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    }
    const is_nonbase_exception = PyObject_IsInstance(exc, PyExc_Exception);
    if (is_nonbase_exception < 0) {
      Py_DECREF(excs);
      return null;
    }
    if (is_nonbase_exception === 0) nested_base_exceptions = true;
  }
  let cls: PyTypeObject | null = type;
  if (cls === PyExc_ExceptionGroup) {
    if (nested_base_exceptions) {
      Py_DECREF(excs);
      return PyErr_SetString(PyExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (cls === PyExc_BaseExceptionGroup) {
    if (!nested_base_exceptions) cls = PyExc_ExceptionGroup;
  } else if (nested_base_exceptions) {
    const nonbase = PyObject_IsSubclass(cls, PyExc_Exception);
    if (nonbase < 0) {
      Py_DECREF(excs);
      return null;
    }
    if (nonbase === 1) {
      Py_DECREF(excs);
      return PyErr_SetString(PyExc_TypeError, `Cannot nest BaseExceptions in '${cls.tp_name}'`);
    }
  }
  // Before startup has made ExceptionGroup, fall back to the base class.
  if (!cls) cls = PyExc_BaseExceptionGroup;
  const self = BaseException_new(cls, args, kwnames) as PyBaseExceptionGroupObject;
  Py_INCREF(message);
  self.msg = message;
  self.excs = excs;
  return self;
}

/** @cpython BaseExceptionGroup_init */
function BaseExceptionGroup_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  return BaseException_init(self, args, kwnames);
}

function BaseExceptionGroup_dealloc(self: PyObject): void {
  const e = self as PyBaseExceptionGroupObject;
  const m = e.msg, x = e.excs;
  e.msg = e.excs = null;
  Py_XDECREF(m);
  Py_XDECREF(x);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython BaseExceptionGroup_str: "msg (N sub-exception[s])" */
function BaseExceptionGroup_str(self: PyObject): PyObject | null {
  const e = self as PyBaseExceptionGroupObject;
  const msg = strOrNull(e.msg);
  if (msg === null) return null;
  const n = e.excs === null ? 0 : (e.excs as PyTupleObject).ob_item.length;
  return PyUnicode_FromString(`${msg} (${n} sub-exception${n > 1 ? "s" : ""})`);
}

/** @cpython BaseExceptionGroup_derive: a new group with this message and other members. */
function BaseExceptionGroup_derive(self: PyObject, args: PyObject[]): PyObject | null {
  if (!getargs_count(null, args.length, 1, 1)) return null;
  const e = self as PyBaseExceptionGroupObject;
  return PyObject_Vectorcall(PyExc_BaseExceptionGroup, [e.msg ?? Py_None, args[0]], null);
}

/**
 * @cpython exceptiongroup_subset: `orig.derive(excs)` carrying over orig's traceback,
 * context, cause and a copy of its notes; null without error when excs is empty.
 */
function exceptiongroup_subset(orig: PyBaseExceptionGroupObject, excs: PyListObject): PyObject | null | undefined {
  if (excs.ob_item.length === 0) return undefined;
  const eg = PyObject_CallMethod(orig, "derive", [excs]);
  if (eg === null) return null;
  if (!_PyBaseExceptionGroup_Check(eg)) {
    PyErr_SetString(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
    Py_DECREF(eg);
    return null;
  }
  const tb = PyException_GetTraceback(orig);
  if (tb !== null) {
    const res = PyException_SetTraceback(eg, tb);
    Py_DECREF(tb);
    if (res < 0) {
      Py_DECREF(eg);
      return null;
    }
  }
  PyException_SetContext(eg, PyException_GetContext(orig));
  PyException_SetCause(eg, PyException_GetCause(orig));
  const notesName = _PyUnicode_FromId("__notes__");
  if (PyObject_HasAttr(orig, notesName)) {
    const notes = PyObject_GetAttr(orig, notesName);
    if (notes === null) {
      Py_DECREF(eg);
      return null;
    }
    if (sequence_check(notes)) {
      // The parts get lists of their own.
      const notes_copy = PySequence_List(notes);
      Py_DECREF(notes);
      if (notes_copy === null) {
        Py_DECREF(eg);
        return null;
      }
      const res = PyObject_SetAttr(eg, notesName, notes_copy);
      Py_DECREF(notes_copy);
      if (res < 0) {
        Py_DECREF(eg);
        return null;
      }
    } else {
      Py_DECREF(notes);
    }
  }
  return eg;
}

/** How split()/subgroup() decide which leaves match. */
const EXCEPTION_GROUP_MATCH_BY_TYPE = 0;
const EXCEPTION_GROUP_MATCH_BY_PREDICATE = 1;
/** Leaves whose identity is in a Set (the interpreter's except* bookkeeping). */
const EXCEPTION_GROUP_MATCH_INSTANCE_IDS = 2;

/** @cpython get_matcher_type: -1 with TypeError for anything but a function or exception class(es). */
function get_matcher_type(value: PyObject): number {
  if (value.ob_type === PyFunction_Type) return EXCEPTION_GROUP_MATCH_BY_PREDICATE;
  if (PyExceptionClass_Check(value)) return EXCEPTION_GROUP_MATCH_BY_TYPE;
  if (PyTuple_CheckExact(value)) {
    let ok = true;
    for (const item of value.ob_item) {
      if (!PyExceptionClass_Check(item)) {
        ok = false;
        break;
      }
    }
    if (ok) return EXCEPTION_GROUP_MATCH_BY_TYPE;
  }
  PyErr_SetString(PyExc_TypeError, "expected a function, exception type or tuple of exception types");
  return -1;
}

type Matcher = PyObject | Set<PyObject>;

/** @cpython exceptiongroup_split_check_match: 1, 0 or -1. */
function exceptiongroup_split_check_match(exc: PyObject, matcher_type: number, matcher_value: Matcher): number {
  switch (matcher_type) {
    case EXCEPTION_GROUP_MATCH_BY_TYPE:
      return PyErr_GivenExceptionMatches(exc, matcher_value as PyObject) ? 1 : 0;
    case EXCEPTION_GROUP_MATCH_BY_PREDICATE: {
      const exc_matches = PyObject_CallOneArg(matcher_value as PyObject, exc);
      if (exc_matches === null) return -1;
      const is_true = PyObject_IsTrue(exc_matches);
      Py_DECREF(exc_matches);
      return is_true;
    }
    case EXCEPTION_GROUP_MATCH_INSTANCE_IDS:
      if (!_PyBaseExceptionGroup_Check(exc)) return (matcher_value as Set<PyObject>).has(exc) ? 1 : 0;
      return 0;
  }
  return 0;
}

interface SplitResult {
  match: PyObject | null;
  rest: PyObject | null;
}

/** Guard for the recursive walks (_Py_EnterRecursiveCall). */
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

/**
 * @cpython exceptiongroup_split_recursive: the matching part of `exc` (and, with
 * construct_rest, the rest), each rebuilt with derive() keeping the nesting. null on error.
 */
function exceptiongroup_split_recursive(
  exc: PyObject, matcher_type: number, matcher_value: Matcher, construct_rest: boolean,
): SplitResult | null {
  const result: SplitResult = { match: null, rest: null };
  const is_match = exceptiongroup_split_check_match(exc, matcher_type, matcher_value);
  if (is_match < 0) return null;
  if (is_match) {
    Py_INCREF(exc);
    result.match = exc;
    return result;
  }
  if (!_PyBaseExceptionGroup_Check(exc)) {
    if (construct_rest) {
      Py_INCREF(exc);
      result.rest = exc;
    }
    return result;
  }
  // Partial match: split each member.
  const eg = exc;
  const members = (eg.excs as PyTupleObject).ob_item;
  const match_list = PyList_New(0);
  const rest_list = construct_rest ? PyList_New(0) : null;
  let ok = true;
  for (let i = 0; i < members.length; i++) {
    if (!enter_recursive_call(" in exceptiongroup_split_recursive")) {
      ok = false;
      break;
    }
    const rec = exceptiongroup_split_recursive(members[i], matcher_type, matcher_value, construct_rest);
    leave_recursive_call();
    if (rec === null) {
      ok = false;
      break;
    }
    if (rec.match !== null) {
      const r = PyList_Append(match_list, rec.match);
      Py_DECREF(rec.match);
      if (r < 0) {
        Py_XDECREF(rec.rest);
        ok = false;
        break;
      }
    }
    if (rec.rest !== null) {
      const r = PyList_Append(rest_list!, rec.rest);
      Py_DECREF(rec.rest);
      if (r < 0) {
        ok = false;
        break;
      }
    }
  }
  if (ok) {
    const m = exceptiongroup_subset(eg, match_list);
    if (m === null) ok = false;
    else result.match = m ?? null;
  }
  if (ok && construct_rest) {
    const r = exceptiongroup_subset(eg, rest_list!);
    if (r === null) {
      Py_XDECREF(result.match);
      result.match = null;
      ok = false;
    } else result.rest = r ?? null;
  }
  Py_DECREF(match_list);
  Py_XDECREF(rest_list);
  if (!ok) {
    Py_XDECREF(result.match);
    Py_XDECREF(result.rest);
    return null;
  }
  return result;
}

/** @cpython BaseExceptionGroup_split: (match, rest), either None when empty. */
function BaseExceptionGroup_split(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("split", args.length, 1, 1)) return null;
  const matcher_value = args[0];
  const matcher_type = get_matcher_type(matcher_value);
  if (matcher_type < 0) return null;
  const r = exceptiongroup_split_recursive(self, matcher_type, matcher_value, true);
  if (r === null) return null;
  const result = PyTuple_FromArray([r.match ?? Py_None, r.rest ?? Py_None]);
  Py_XDECREF(r.match);
  Py_XDECREF(r.rest);
  return result;
}

/** @cpython BaseExceptionGroup_subgroup: the matching part, or None. */
function BaseExceptionGroup_subgroup(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("subgroup", args.length, 1, 1)) return null;
  const matcher_value = args[0];
  const matcher_type = get_matcher_type(matcher_value);
  if (matcher_type < 0) return null;
  const r = exceptiongroup_split_recursive(self, matcher_type, matcher_value, false);
  if (r === null) return null;
  return r.match ?? Py_NewNone();
}

/** @cpython collect_exception_group_leaf_ids: the leaves of exc, by identity. */
function collect_exception_group_leaf_ids(exc: PyObject, leaf_ids: Set<PyObject>): number {
  if (exc === Py_None) return 0;
  if (!_PyBaseExceptionGroup_Check(exc)) {
    leaf_ids.add(exc);
    return 0;
  }
  for (const e of (exc.excs as PyTupleObject).ob_item) {
    if (!enter_recursive_call(" in collect_exception_group_leaf_ids")) return -1;
    const res = collect_exception_group_leaf_ids(e, leaf_ids);
    leave_recursive_call();
    if (res < 0) return -1;
  }
  return 0;
}

/**
 * @cpython exception_group_projection: the part of eg whose leaves appear in any group of
 * `keep`, with eg's nesting.
 */
function exception_group_projection(eg: PyObject, keep: PyObject[]): PyObject | null {
  const leaf_ids = new Set<PyObject>();
  for (const e of keep) if (collect_exception_group_leaf_ids(e, leaf_ids) < 0) return null;
  const r = exceptiongroup_split_recursive(eg, EXCEPTION_GROUP_MATCH_INSTANCE_IDS, leaf_ids, false);
  if (r === null) return null;
  return r.match ?? Py_NewNone();
}

/** @cpython is_same_exception_metadata */
function is_same_exception_metadata(exc1: PyObject, exc2: PyObject): boolean {
  const e1 = exc1 as PyBaseExceptionObject, e2 = exc2 as PyBaseExceptionObject;
  return e1.notes === e2.notes && e1.traceback === e2.traceback && e1.cause === e2.cause && e1.context === e2.context;
}

/**
 * @cpython _PyExc_PrepReraiseStar: what a try/except* raises at its end. `orig` is the
 * exception that was caught, `excs` what the except* clauses raised or re-raised (None for
 * a clause that raised nothing). Re-raised parts keep orig's nesting; newly raised ones join
 * them as siblings in a new ExceptionGroup(''). None when nothing is left to raise.
 * @returns new
 */
export function _PyExc_PrepReraiseStar(orig: PyObject, excs: PyObject): PyObject | null {
  const items = (excs as PyListObject).ob_item;
  if (items.length === 0) return Py_NewNone();
  if (!_PyBaseExceptionGroup_Check(orig)) {
    // A naked exception was caught (and wrapped): at most one clause ran.
    const e = items[0];
    Py_INCREF(e);
    return e;
  }
  const raised_list: PyObject[] = [];
  const reraised_list: PyObject[] = [];
  for (const e of items) {
    if (e === Py_None) continue;
    (is_same_exception_metadata(e, orig) ? reraised_list : raised_list).push(e);
  }
  const reraised_eg = exception_group_projection(orig, reraised_list);
  if (reraised_eg === null) return null;
  if (raised_list.length === 0) return reraised_eg;
  if (reraised_eg !== Py_None) raised_list.push(reraised_eg);
  const list = PyList_New(0);
  for (const e of raised_list) PyList_Append(list, e);
  Py_DECREF(reraised_eg);
  const result = _PyExc_CreateExceptionGroup("", list);
  Py_DECREF(list);
  return result;
}

/**
 * @cpython exception_group_match (ceval.c), for CHECK_EG_MATCH: split `exc_value` by an
 * except* clause's type into [match, rest] (new references). A naked exception that
 * matches is wrapped in ExceptionGroup('', (exc,)). When nothing matches, match is None and
 * rest is exc_value itself, so the value stack keeps the original exception as CPython's
 * CHECK_EG_MATCH leaves it. null on error.
 */
export function _PyExc_MatchStar(exc_value: PyObject, match_type: PyObject): [PyObject, PyObject] | null {
  if (exc_value === Py_None) return [Py_NewNone(), Py_NewNone()];
  if (PyErr_GivenExceptionMatches(exc_value, match_type)) {
    let match: PyObject | null;
    if (_PyBaseExceptionGroup_Check(exc_value)) {
      Py_INCREF(exc_value);
      match = exc_value;
    } else {
      const excs = PyTuple_FromArray([exc_value]);
      match = _PyExc_CreateExceptionGroup("", excs);
      Py_DECREF(excs);
      if (match === null) return null;
    }
    return [match, Py_NewNone()];
  }
  if (_PyBaseExceptionGroup_Check(exc_value)) {
    const pair = PyObject_CallMethod(exc_value, "split", [match_type]);
    if (pair === null) return null;
    if (!PyTuple_Check(pair) || pair.ob_item.length !== 2) {
      Py_DECREF(pair);
      PyErr_SetString(PyExc_TypeError, "split must return a 2-tuple");
      return null;
    }
    const [match, rest] = pair.ob_item;
    if (match === Py_None) {
      Py_DECREF(pair);
      Py_INCREF(exc_value);
      return [Py_NewNone(), exc_value];
    }
    Py_INCREF(match);
    Py_INCREF(rest);
    Py_DECREF(pair);
    return [match, rest];
  }
  Py_INCREF(exc_value);
  return [Py_NewNone(), exc_value];
}

/** @cpython _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). @returns new */
export function _PyExc_CreateExceptionGroup(msg_str: string, excs: PyObject): PyObject | null {
  const msg = PyUnicode_FromString(msg_str);
  const result = PyObject_Vectorcall(PyExc_BaseExceptionGroup, [msg, excs], null);
  Py_DECREF(msg);
  return result;
}

/** @cpython PyExc_BaseExceptionGroup */
export const PyExc_BaseExceptionGroup: PyTypeObject = new PyTypeObject({
  tp_name: "BaseExceptionGroup", tp_basicsize: 88, tp_flags: EXC_FLAGS, tp_dealloc: BaseExceptionGroup_dealloc,
  tp_str: BaseExceptionGroup_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: BaseExceptionGroup_init,
  tp_new: BaseExceptionGroup_new, tp_alloc: BaseExceptionGroup_alloc,
  tp_members: [
    memberReadonly<PyBaseExceptionGroupObject>("message", (o) => o.msg, "the group's message"),
    memberReadonly<PyBaseExceptionGroupObject>("exceptions", (o) => o.excs, "the exceptions in the group"),
  ],
  tp_methods: [
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAliasRef.fn!(cls, arg),
      ml_flags: METH_O | METH_CLASS, ml_doc: "Subscripting for type hints (PEP 585)." },
    { ml_name: "derive", ml_meth: BaseExceptionGroup_derive, ml_flags: METH_FASTCALL },
    { ml_name: "split", ml_meth: BaseExceptionGroup_split, ml_flags: METH_FASTCALL },
    { ml_name: "subgroup", ml_meth: BaseExceptionGroup_subgroup, ml_flags: METH_FASTCALL },
  ],
  tp_doc: "Several unrelated exceptions raised together, with a message.",
});

/**
 * ExceptionGroup(BaseExceptionGroup, Exception): a heap type made by
 * _PyBuiltins_AddExceptions (create_exception_group_class); null before that.
 */
export let PyExc_ExceptionGroup: PyTypeObject = null as unknown as PyTypeObject;

/** @cpython create_exception_group_class: type('ExceptionGroup', bases, {'__module__': 'builtins'}) */
function create_exception_group_class(): PyTypeObject | null {
  const bases = PyTuple_FromArray([PyExc_BaseExceptionGroup, PyExc_Exception]);
  const dict = PyDict_New();
  const mod = PyUnicode_FromString("builtins");
  PyDict_SetItemString(dict, "__module__", mod);
  Py_DECREF(mod);
  const name = PyUnicode_FromString("ExceptionGroup");
  const t = PyObject_Vectorcall(PyType_Type, [name, bases, dict], null);
  Py_DECREF(name);
  Py_DECREF(bases);
  Py_DECREF(dict);
  if (t === null) return null;
  PyExc_ExceptionGroup = t as PyTypeObject;
  return PyExc_ExceptionGroup;
}

/** @cpython PyExc_KeyboardInterrupt */
export const PyExc_KeyboardInterrupt = SimpleExtendsException("KeyboardInterrupt", "Raised when the user interrupts the program (Ctrl-C).");

// =============================================================================================
// ImportError, ModuleNotFoundError
// =============================================================================================

function ImportError_alloc(type: PyTypeObject): PyObject {
  return new PyImportErrorObject(heapref(type), PyTuple_New(0));
}

const ImportError_kwlist = ["name", "path"] as const;

/** @cpython ImportError_init: keyword-only name= and path=; msg is the single argument. */
function ImportError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const e = self as PyImportErrorObject;
  const n = npositional(args, kwnames);
  set_args_from(e, args, n);
  const kw = parse_keywords(args, kwnames, "ImportError", ImportError_kwlist);
  if (kw === null) return -1;
  const oldName = e.name, oldPath = e.path, oldMsg = e.msg;
  e.name = xsetref(kw[0]);
  e.path = xsetref(kw[1]);
  e.msg = xsetref(n === 1 ? args[0] : null);
  Py_XDECREF(oldName);
  Py_XDECREF(oldPath);
  Py_XDECREF(oldMsg);
  return 0;
}

function ImportError_dealloc(self: PyObject): void {
  const e = self as PyImportErrorObject;
  const m = e.msg, n = e.name, p = e.path;
  e.msg = e.name = e.path = null;
  Py_XDECREF(m);
  Py_XDECREF(n);
  Py_XDECREF(p);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython ImportError_str: the message when it is an exact str. */
function ImportError_str(self: PyObject): PyObject | null {
  const msg = (self as PyImportErrorObject).msg;
  if (msg !== null && PyUnicode_CheckExact(msg)) {
    Py_INCREF(msg);
    return msg;
  }
  return BaseException_str(self);
}

/** @cpython ImportError_getstate: the instance dict plus name/path. @returns new */
function ImportError_getstate(self: PyImportErrorObject): PyObject | null {
  const dict = self.ob_dict;
  if (self.name !== null || self.path !== null) {
    const d = dict !== null ? PyDict_Copy(dict) : PyDict_New();
    if (d === null) return null;
    if (self.name !== null && PyDict_SetItem(d, _PyUnicode_FromId("name"), self.name) < 0) {
      Py_DECREF(d);
      return null;
    }
    if (self.path !== null && PyDict_SetItem(d, _PyUnicode_FromId("path"), self.path) < 0) {
      Py_DECREF(d);
      return null;
    }
    return d;
  }
  if (dict !== null) {
    Py_INCREF(dict);
    return dict;
  }
  return Py_NewNone();
}

/** @cpython ImportError_reduce */
function ImportError_reduce(self: PyObject): PyObject | null {
  const e = self as PyImportErrorObject;
  const state = ImportError_getstate(e);
  if (state === null) return null;
  const res = state === Py_None
    ? PyTuple_FromArray([e.ob_type, e.args])
    : PyTuple_FromArray([e.ob_type, e.args, state]);
  Py_DECREF(state);
  return res;
}

/** @cpython PyExc_ImportError */
export const PyExc_ImportError: PyTypeObject = new PyTypeObject({
  tp_name: "ImportError", tp_basicsize: 96, tp_flags: EXC_FLAGS, tp_dealloc: ImportError_dealloc,
  tp_str: ImportError_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: ImportError_init, tp_alloc: ImportError_alloc,
  tp_members: [
    memberObject<PyImportErrorObject>("msg", (o) => o.msg, (o, v) => { o.msg = v; }, "the error message"),
    memberObject<PyImportErrorObject>("name", (o) => o.name, (o, v) => { o.name = v; }, "the name of the module"),
    memberObject<PyImportErrorObject>("path", (o) => o.path, (o, v) => { o.path = v; }, "the file of the module"),
  ],
  tp_methods: [{ ml_name: "__reduce__", ml_meth: ImportError_reduce, ml_flags: METH_NOARGS }],
  tp_doc: "A module could not be imported, or a name could not be imported from it.",
});

/** @cpython PyExc_ModuleNotFoundError */
export const PyExc_ModuleNotFoundError = MiddlingExtendsException(
  "ModuleNotFoundError", 96, ImportError_dealloc, ImportError_init, ImportError_alloc, "No module of that name was found.");

// =============================================================================================
// OSError and its subclasses
// =============================================================================================

function OSError_alloc(type: PyTypeObject): PyObject {
  return new PyOSErrorObject(heapref(type), PyTuple_New(0));
}

/** errno value -> OSError subclass (the errnomap of _PyExc_InitState). Linux numbering. */
const errnomap = new Map<number, PyTypeObject>();

/** The parsed positional arguments of OSError(errno, strerror[, filename[, winerror[, filename2]]]). */
interface OSErrorArgs {
  myerrno: PyObject | null;
  strerror: PyObject | null;
  filename: PyObject | null;
  filename2: PyObject | null;
}

/** @cpython oserror_parse_args: the fields are taken only from 2 to 5 arguments. */
function oserror_parse_args(pos: PyObject[]): OSErrorArgs {
  const r: OSErrorArgs = { myerrno: null, strerror: null, filename: null, filename2: null };
  const n = pos.length;
  if (n >= 2 && n <= 5) {
    r.myerrno = pos[0];
    r.strerror = pos[1];
    if (n > 2) r.filename = pos[2];
    // pos[3] is winerror, parsed for a uniform signature and ignored off Windows.
    if (n > 4) r.filename2 = pos[4];
  }
  return r;
}

/**
 * @cpython oserror_init: store the fields. With a filename, args keeps only (errno,
 * strerror); BlockingIOError takes a number there as characters_written instead.
 */
function oserror_init(self: PyOSErrorObject, pos: PyObject[], p: OSErrorArgs): number {
  let args = pos;
  const nargs = pos.length;
  const filename = p.filename;
  if (filename !== null && filename !== Py_None) {
    if (self.ob_type === PyExc_BlockingIOError && PyNumber_Check(filename)) {
      const written = PyNumber_AsSsize_t(filename, PyExc_ValueError);
      if (written === -1 && PyErr_Occurred()) return -1;
      self.written = written;
    } else {
      const oldf = self.filename;
      self.filename = xsetref(filename);
      Py_XDECREF(oldf);
      if (p.filename2 !== null && p.filename2 !== Py_None) {
        const oldf2 = self.filename2;
        self.filename2 = xsetref(p.filename2);
        Py_XDECREF(oldf2);
      }
      if (nargs >= 2 && nargs <= 5) args = pos.slice(0, 2);
    }
  }
  const olde = self.myerrno, olds = self.strerror;
  self.myerrno = xsetref(p.myerrno);
  self.strerror = xsetref(p.strerror);
  Py_XDECREF(olde);
  Py_XDECREF(olds);
  const olda = self.args;
  self.args = args.length === 0 ? PyTuple_New(0) : PyTuple_FromArray(args);
  Py_DECREF(olda);
  return 0;
}

/**
 * @cpython oserror_use_init: a subclass that defines __init__ (but not __new__) gets its
 * arguments parsed by __init__, so __new__ ignores them.
 */
function oserror_use_init(type: PyTypeObject): boolean {
  return type.tp_init !== OSError_init && type.tp_new === OSError_new;
}

/** @cpython OSError_new: OSError(errno, ...) becomes the subclass errnomap names. */
function OSError_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const n = npositional(args, kwnames);
  const pos = n === args.length ? args : args.slice(0, n);
  let parsed: OSErrorArgs | null = null;
  if (!oserror_use_init(type)) {
    if (!_PyArg_NoKwnames(type.tp_name, kwnames)) return null;
    parsed = oserror_parse_args(pos);
    const e = parsed.myerrno;
    if (e !== null && PyLong_Check(e) && type === PyExc_OSError) {
      const v = (e as PyLongObject).ob_ival;
      if (typeof v === "number") {
        const newtype = errnomap.get(v);
        if (newtype !== undefined) type = newtype;
      }
    }
  }
  const self = exc_alloc(type) as PyOSErrorObject;
  self.written = -1;
  if (!oserror_use_init(type)) {
    if (oserror_init(self, pos, parsed ?? oserror_parse_args(pos)) < 0) {
      Py_DECREF(self);
      return null;
    }
  }
  return self;
}

/** @cpython OSError_init: does the work only when __new__ deferred it (oserror_use_init). */
function OSError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (!oserror_use_init(self.ob_type)) return 0;
  if (!_PyArg_NoKwnames(self.ob_type.tp_name, kwnames)) return -1;
  return oserror_init(self as PyOSErrorObject, args, oserror_parse_args(args));
}

function OSError_dealloc(self: PyObject): void {
  const e = self as PyOSErrorObject;
  const a = e.myerrno, b = e.strerror, c = e.filename, d = e.filename2;
  e.myerrno = e.strerror = e.filename = e.filename2 = null;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
  Py_XDECREF(d);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython OSError_str: "[Errno N] strerror: 'filename' -> 'filename2'" */
function OSError_str(self: PyObject): PyObject | null {
  const e = self as PyOSErrorObject;
  const errno = e.myerrno ?? Py_None, strerror = e.strerror ?? Py_None;
  if (e.filename !== null) {
    const es = strString(errno);
    if (es === null) return null;
    const ss = strString(strerror);
    if (ss === null) return null;
    const f1 = reprString(e.filename);
    if (f1 === null) return null;
    if (e.filename2 !== null) {
      const f2 = reprString(e.filename2);
      if (f2 === null) return null;
      return PyUnicode_FromString(`[Errno ${es}] ${ss}: ${f1} -> ${f2}`);
    }
    return PyUnicode_FromString(`[Errno ${es}] ${ss}: ${f1}`);
  }
  if (e.myerrno !== null && e.strerror !== null) {
    const es = strString(e.myerrno);
    if (es === null) return null;
    const ss = strString(e.strerror);
    if (ss === null) return null;
    return PyUnicode_FromString(`[Errno ${es}] ${ss}`);
  }
  return BaseException_str(self);
}

/** @cpython OSError_reduce: puts the filename(s) back into the arguments. */
function OSError_reduce(self: PyObject): PyObject {
  const e = self as PyOSErrorObject;
  let args: PyTupleObject = e.args;
  if (args.ob_item.length === 2 && e.filename !== null) {
    const items = [args.ob_item[0], args.ob_item[1], e.filename];
    if (e.filename2 !== null) items.push(Py_None, e.filename2);
    args = PyTuple_FromArray(items);
  } else {
    Py_INCREF(args);
  }
  const res = e.ob_dict !== null
    ? PyTuple_FromArray([e.ob_type, args, e.ob_dict])
    : PyTuple_FromArray([e.ob_type, args]);
  Py_DECREF(args);
  return res;
}

/** @cpython OSError_written_get */
function OSError_written_get(self: PyObject): PyObject | null {
  const w = (self as PyOSErrorObject).written;
  if (w === -1) return PyErr_SetString(PyExc_AttributeError, "characters_written");
  return PyLong_FromNumber(w);
}

/** @cpython OSError_written_set */
function OSError_written_set(self: PyObject, arg: PyObject | null): number {
  const e = self as PyOSErrorObject;
  if (arg === null) {
    if (e.written === -1) return PyErr_SetStringInt(PyExc_AttributeError, "characters_written");
    e.written = -1;
    return 0;
  }
  const n = PyNumber_AsSsize_t(arg, PyExc_ValueError);
  if (n === -1 && PyErr_Occurred()) return -1;
  e.written = n;
  return 0;
}

/** @cpython PyExc_OSError */
export const PyExc_OSError: PyTypeObject = new PyTypeObject({
  tp_name: "OSError", tp_basicsize: 112, tp_flags: EXC_FLAGS, tp_dealloc: OSError_dealloc,
  tp_str: OSError_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: OSError_init, tp_new: OSError_new,
  tp_alloc: OSError_alloc,
  tp_members: [
    memberObject<PyOSErrorObject>("errno", (o) => o.myerrno, (o, v) => { o.myerrno = v; }, "the errno number"),
    memberObject<PyOSErrorObject>("strerror", (o) => o.strerror, (o, v) => { o.strerror = v; }, "the description of the error"),
    memberObject<PyOSErrorObject>("filename", (o) => o.filename, (o, v) => { o.filename = v; }, "the file involved"),
    memberObject<PyOSErrorObject>("filename2", (o) => o.filename2, (o, v) => { o.filename2 = v; }, "the second file involved"),
  ],
  tp_methods: [{ ml_name: "__reduce__", ml_meth: OSError_reduce, ml_flags: METH_NOARGS }],
  tp_getset: [{ name: "characters_written", get: OSError_written_get, set: OSError_written_set }],
  tp_doc: "An operating-system call failed (I/O, files, processes, sockets).",
});

function OSErrorSubclass(name: string, doc: string): PyTypeObject {
  return MiddlingExtendsException(name, 112, OSError_dealloc, OSError_init, OSError_alloc, doc);
}

/** @cpython PyExc_BlockingIOError */
export const PyExc_BlockingIOError = OSErrorSubclass("BlockingIOError", "A non-blocking operation would have had to wait.");
/** @cpython PyExc_ConnectionError */
export const PyExc_ConnectionError = OSErrorSubclass("ConnectionError", "The base of the connection-related errors.");
/** @cpython PyExc_ChildProcessError */
export const PyExc_ChildProcessError = OSErrorSubclass("ChildProcessError", "An operation on a child process failed.");
/** @cpython PyExc_BrokenPipeError */
export const PyExc_BrokenPipeError = OSErrorSubclass("BrokenPipeError", "Wrote to a pipe or socket whose other end is closed.");
/** @cpython PyExc_ConnectionAbortedError */
export const PyExc_ConnectionAbortedError = OSErrorSubclass("ConnectionAbortedError", "The peer aborted the connection.");
/** @cpython PyExc_ConnectionRefusedError */
export const PyExc_ConnectionRefusedError = OSErrorSubclass("ConnectionRefusedError", "The peer refused the connection.");
/** @cpython PyExc_ConnectionResetError */
export const PyExc_ConnectionResetError = OSErrorSubclass("ConnectionResetError", "The peer reset the connection.");
/** @cpython PyExc_FileExistsError */
export const PyExc_FileExistsError = OSErrorSubclass("FileExistsError", "Tried to create something that is already there.");
/** @cpython PyExc_FileNotFoundError */
export const PyExc_FileNotFoundError = OSErrorSubclass("FileNotFoundError", "The file or directory does not exist.");
/** @cpython PyExc_IsADirectoryError */
export const PyExc_IsADirectoryError = OSErrorSubclass("IsADirectoryError", "A file operation was asked of a directory.");
/** @cpython PyExc_NotADirectoryError */
export const PyExc_NotADirectoryError = OSErrorSubclass("NotADirectoryError", "A directory operation was asked of something else.");
/** @cpython PyExc_InterruptedError */
export const PyExc_InterruptedError = OSErrorSubclass("InterruptedError", "A system call was interrupted by a signal.");
/** @cpython PyExc_PermissionError */
export const PyExc_PermissionError = OSErrorSubclass("PermissionError", "The operation is not permitted.");
/** @cpython PyExc_ProcessLookupError */
export const PyExc_ProcessLookupError = OSErrorSubclass("ProcessLookupError", "No such process.");
/** @cpython PyExc_TimeoutError */
export const PyExc_TimeoutError = OSErrorSubclass("TimeoutError", "An operation ran out of time.");

/** @cpython PyExc_EOFError */
export const PyExc_EOFError = SimpleExtendsException("EOFError", "Input ended before anything could be read.");
/** @cpython PyExc_RuntimeError */
export const PyExc_RuntimeError = SimpleExtendsException("RuntimeError", "An error that fits no other category.");
/** @cpython PyExc_RecursionError */
export const PyExc_RecursionError = SimpleExtendsException("RecursionError", "Calls nested deeper than the recursion limit.");
/** @cpython PyExc_NotImplementedError */
export const PyExc_NotImplementedError = SimpleExtendsException("NotImplementedError", "Something that should be provided (by a subclass) is missing.");

// =============================================================================================
// NameError, UnboundLocalError, AttributeError
// =============================================================================================

function NameError_alloc(type: PyTypeObject): PyObject {
  return new PyNameErrorObject(heapref(type), PyTuple_New(0));
}

const NameError_kwlist = ["name"] as const;

/** @cpython NameError_init: keyword-only name=. */
function NameError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const e = self as PyNameErrorObject;
  set_args_from(e, args, npositional(args, kwnames));
  const kw = parse_keywords(args, kwnames, "NameError", NameError_kwlist);
  if (kw === null) return -1;
  const old = e.name;
  e.name = xsetref(kw[0]);
  Py_XDECREF(old);
  return 0;
}

function NameError_dealloc(self: PyObject): void {
  const e = self as PyNameErrorObject;
  const n = e.name;
  e.name = null;
  Py_XDECREF(n);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython PyExc_NameError */
export const PyExc_NameError: PyTypeObject = new PyTypeObject({
  tp_name: "NameError", tp_basicsize: 80, tp_flags: EXC_FLAGS, tp_dealloc: NameError_dealloc,
  tp_str: BaseException_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: NameError_init, tp_alloc: NameError_alloc,
  tp_members: [memberObject<PyNameErrorObject>("name", (o) => o.name, (o, v) => { o.name = v; }, "the name that was not found")],
  tp_doc: "A name was not found among the local, global or builtin names.",
});

/** @cpython PyExc_UnboundLocalError */
export const PyExc_UnboundLocalError = MiddlingExtendsException(
  "UnboundLocalError", 80, NameError_dealloc, NameError_init, NameError_alloc,
  "A local variable was read before it was given a value.");

function AttributeError_alloc(type: PyTypeObject): PyObject {
  return new PyAttributeErrorObject(heapref(type), PyTuple_New(0));
}

const AttributeError_kwlist = ["name", "obj"] as const;

/** @cpython AttributeError_init: keyword-only name= and obj=. */
function AttributeError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const e = self as PyAttributeErrorObject;
  set_args_from(e, args, npositional(args, kwnames));
  const kw = parse_keywords(args, kwnames, "AttributeError", AttributeError_kwlist);
  if (kw === null) return -1;
  const oldName = e.name, oldObj = e.obj;
  e.name = xsetref(kw[0]);
  e.obj = xsetref(kw[1]);
  Py_XDECREF(oldName);
  Py_XDECREF(oldObj);
  return 0;
}

function AttributeError_dealloc(self: PyObject): void {
  const e = self as PyAttributeErrorObject;
  const o = e.obj, n = e.name;
  e.obj = e.name = null;
  Py_XDECREF(o);
  Py_XDECREF(n);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython PyExc_AttributeError */
export const PyExc_AttributeError: PyTypeObject = new PyTypeObject({
  tp_name: "AttributeError", tp_basicsize: 88, tp_flags: EXC_FLAGS, tp_dealloc: AttributeError_dealloc,
  tp_str: BaseException_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: AttributeError_init, tp_alloc: AttributeError_alloc,
  tp_members: [
    memberObject<PyAttributeErrorObject>("name", (o) => o.name, (o, v) => { o.name = v; }, "the name of the missing attribute"),
    memberObject<PyAttributeErrorObject>("obj", (o) => o.obj, (o, v) => { o.obj = v; }, "the object that lacks it"),
  ],
  tp_doc: "An object has no attribute of the requested name.",
});

// =============================================================================================
// SyntaxError, IndentationError, TabError
// =============================================================================================

function SyntaxError_alloc(type: PyTypeObject): PyObject {
  return new PySyntaxErrorObject(heapref(type), PyTuple_New(0));
}

/**
 * @cpython SyntaxError_init: SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
 * end_offset])).
 */
function SyntaxError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (BaseException_init(self, args, kwnames) < 0) return -1;
  const e = self as PySyntaxErrorObject;
  const lenargs = args.length;
  if (lenargs >= 1) {
    const old = e.msg;
    e.msg = xsetref(args[0]);
    Py_XDECREF(old);
  }
  if (lenargs === 2) {
    const info = PySequence_Tuple(args[1]);
    if (info === null) return -1;
    const f = info.ob_item;
    if (!getargs_count(null, f.length, 4, 6)) {
      Py_DECREF(info);
      return -1;
    }
    const olds = [e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset];
    e.filename = xsetref(f[0]);
    e.lineno = xsetref(f[1]);
    e.offset = xsetref(f[2]);
    e.text = xsetref(f[3]);
    e.end_lineno = xsetref(f.length > 4 ? f[4] : null);
    e.end_offset = xsetref(f.length > 5 ? f[5] : null);
    for (const o of olds) Py_XDECREF(o);
    Py_DECREF(info);
    if (e.end_lineno !== null && e.end_offset === null) {
      return PyErr_SetStringInt(PyExc_TypeError, "end_offset must be provided when end_lineno is provided");
    }
  }
  return 0;
}

function SyntaxError_dealloc(self: PyObject): void {
  const e = self as PySyntaxErrorObject;
  const olds = [e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text, e.print_file_and_line];
  e.msg = e.filename = e.lineno = e.offset = e.end_lineno = e.end_offset = e.text = e.print_file_and_line = null;
  for (const o of olds) Py_XDECREF(o);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

/** @cpython my_basename: the part of a path after its last '/'. */
function my_basename(name: string): string {
  const i = name.lastIndexOf("/");
  return i >= 0 ? name.slice(i + 1) : name;
}

/** The value PyLong_AsLongAndOverflow gives %ld: -1 when it does not fit a C long. */
function long_for_format(o: PyObject): string {
  const v = (o as PyLongObject).ob_ival;
  if (typeof v === "number") return String(v);
  return v >= -(1n << 63n) && v < 1n << 63n ? v.toString() : "-1";
}

/** @cpython SyntaxError_str: "msg (file.py, line 3)" with whichever parts are known. */
function SyntaxError_str(self: PyObject): PyObject | null {
  const e = self as PySyntaxErrorObject;
  const filename = e.filename !== null && PyUnicode_Check(e.filename) ? my_basename((e.filename as PyUnicodeObject).str) : null;
  const have_lineno = e.lineno !== null && e.lineno.ob_type === PyLong_Type;
  const msg = strString(e.msg ?? Py_None);
  if (msg === null) return null;
  if (filename === null && !have_lineno) return PyUnicode_FromString(msg);
  if (filename !== null && have_lineno) return PyUnicode_FromString(`${msg} (${filename}, line ${long_for_format(e.lineno!)})`);
  if (filename !== null) return PyUnicode_FromString(`${msg} (${filename})`);
  return PyUnicode_FromString(`${msg} (line ${long_for_format(e.lineno!)})`);
}

/** @cpython PyExc_SyntaxError */
export const PyExc_SyntaxError: PyTypeObject = new PyTypeObject({
  tp_name: "SyntaxError", tp_basicsize: 136, tp_flags: EXC_FLAGS, tp_dealloc: SyntaxError_dealloc,
  tp_str: SyntaxError_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: SyntaxError_init, tp_alloc: SyntaxError_alloc,
  tp_members: [
    memberObject<PySyntaxErrorObject>("msg", (o) => o.msg, (o, v) => { o.msg = v; }, "the error message"),
    memberObject<PySyntaxErrorObject>("filename", (o) => o.filename, (o, v) => { o.filename = v; }, "the file of the source"),
    memberObject<PySyntaxErrorObject>("lineno", (o) => o.lineno, (o, v) => { o.lineno = v; }, "the line number (from 1)"),
    memberObject<PySyntaxErrorObject>("offset", (o) => o.offset, (o, v) => { o.offset = v; }, "the column (from 1)"),
    memberObject<PySyntaxErrorObject>("text", (o) => o.text, (o, v) => { o.text = v; }, "the source line"),
    memberObject<PySyntaxErrorObject>("end_lineno", (o) => o.end_lineno, (o, v) => { o.end_lineno = v; }, "the line where the bad span ends"),
    memberObject<PySyntaxErrorObject>("end_offset", (o) => o.end_offset, (o, v) => { o.end_offset = v; }, "the column where the bad span ends"),
    memberObject<PySyntaxErrorObject>("print_file_and_line", (o) => o.print_file_and_line,
      (o, v) => { o.print_file_and_line = v; }, "unused; kept for compatibility"),
  ],
  tp_doc: "The source is not valid Python.",
});

/** @cpython PyExc_IndentationError */
export const PyExc_IndentationError = MiddlingExtendsException(
  "IndentationError", 136, SyntaxError_dealloc, SyntaxError_init, SyntaxError_alloc, "The source is indented wrongly.");
/** @cpython PyExc_TabError */
export const PyExc_TabError = MiddlingExtendsException(
  "TabError", 136, SyntaxError_dealloc, SyntaxError_init, SyntaxError_alloc, "The source mixes tabs and spaces inconsistently.");

// =============================================================================================
// LookupError, IndexError, KeyError, ValueError
// =============================================================================================

/** @cpython PyExc_LookupError */
export const PyExc_LookupError = SimpleExtendsException("LookupError", "The base of IndexError and KeyError.");
/** @cpython PyExc_IndexError */
export const PyExc_IndexError = SimpleExtendsException("IndexError", "A sequence index is out of range.");

/**
 * @cpython KeyError_str: the repr of a single argument, so that {}[''] reports `KeyError: ''`
 * rather than an empty message.
 */
function KeyError_str(self: PyObject): PyObject | null {
  const args = (self as PyBaseExceptionObject).args;
  if (args.ob_item.length === 1) return PyObject_Repr(args.ob_item[0]);
  return BaseException_str(self);
}

/** @cpython PyExc_KeyError */
export const PyExc_KeyError: PyTypeObject = new PyTypeObject({
  tp_name: "KeyError", tp_basicsize: 72, tp_flags: EXC_FLAGS, tp_dealloc: BaseException_dealloc,
  tp_str: KeyError_str, tp_dictoffset: EXC_DICTOFFSET, tp_init: BaseException_init,
  tp_doc: "A mapping has no such key.",
});

/** @cpython PyExc_ValueError */
export const PyExc_ValueError = SimpleExtendsException("ValueError", "An argument has the right type but an unacceptable value.");

// =============================================================================================
// UnicodeError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError
// =============================================================================================

/** @cpython PyExc_UnicodeError */
export const PyExc_UnicodeError = SimpleExtendsException("UnicodeError", "The base of the encoding and decoding errors.");

function UnicodeError_alloc(type: PyTypeObject): PyObject {
  return new PyUnicodeErrorObject(heapref(type), PyTuple_New(0));
}

function UnicodeError_clear_fields(e: PyUnicodeErrorObject): void {
  const a = e.encoding, b = e.object, c = e.reason;
  e.encoding = e.object = e.reason = null;
  Py_XDECREF(a);
  Py_XDECREF(b);
  Py_XDECREF(c);
}

function UnicodeError_dealloc(self: PyObject): void {
  const e = self as PyUnicodeErrorObject;
  UnicodeError_clear_fields(e);
  BaseException_clear(e);
  Py_DECREF(e.args);
}

const UnicodeError_members: PyMemberDef[] = [
  memberObject<PyUnicodeErrorObject>("encoding", (o) => o.encoding, (o, v) => { o.encoding = v; }, "the name of the codec"),
  memberObject<PyUnicodeErrorObject>("object", (o) => o.object, (o, v) => { o.object = v; }, "the str or bytes being converted"),
  memberSsize<PyUnicodeErrorObject>("start", (o) => o.start, (o, v) => { o.start = v; }, "the first index of the bad span"),
  memberSsize<PyUnicodeErrorObject>("end", (o) => o.end, (o, v) => { o.end = v; }, "the index just after the bad span"),
  memberObject<PyUnicodeErrorObject>("reason", (o) => o.reason, (o, v) => { o.reason = v; }, "why the codec failed"),
];

/**
 * The shared argument parsing of the three inits: "UUnnU", "UOnnU" or "UnnU". Returns the
 * parsed fields or null with the error set.
 */
function unicode_error_parse(
  args: PyObject[], withEncoding: boolean, objectIsStr: boolean,
): { encoding: PyObject | null; object: PyObject; start: number; end: number; reason: PyObject } | null {
  const want = withEncoding ? 5 : 4;
  if (!getargs_count(null, args.length, want, want)) return null;
  let i = 0;
  let encoding: PyObject | null = null;
  if (withEncoding) {
    encoding = args[i++];
    if (!getargs_U(null, i, encoding)) return null;
  }
  const object = args[i++];
  if (objectIsStr && !getargs_U(null, i, object)) return null;
  const start = getargs_n(args[i++]);
  if (start === null) return null;
  const end = getargs_n(args[i++]);
  if (end === null) return null;
  const reason = args[i++];
  if (!getargs_U(null, i, reason)) return null;
  return { encoding, object, start, end, reason };
}

/** @cpython UnicodeEncodeError_init: (encoding, object: str, start, end, reason) */
function UnicodeEncodeError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (BaseException_init(self, args, kwnames) < 0) return -1;
  const e = self as PyUnicodeErrorObject;
  UnicodeError_clear_fields(e);
  const p = unicode_error_parse(args, true, true);
  if (p === null) return -1;
  e.encoding = xsetref(p.encoding);
  e.object = xsetref(p.object);
  e.start = p.start;
  e.end = p.end;
  e.reason = xsetref(p.reason);
  return 0;
}

/** The escape CPython's messages use for one code point: \xhh, \uhhhh or \Uhhhhhhhh. */
function badchar_escape(cp: number): string {
  if (cp <= 0xff) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** The offending character of a str error when the span is exactly one character, else -1. */
function single_badchar(e: PyUnicodeErrorObject): number {
  const o = e.object;
  if (o === null || !PyUnicode_Check(o)) return -1;
  if (e.start >= 0 && e.start < PyUnicode_GET_LENGTH(o) && e.end === e.start + 1) return PyUnicode_READ_CHAR(o, e.start);
  return -1;
}

/** @cpython UnicodeEncodeError_str */
function UnicodeEncodeError_str(self: PyObject): PyObject | null {
  const e = self as PyUnicodeErrorObject;
  if (e.object === null) return PyUnicode_FromString("");
  const reason = strOrNull(e.reason);
  if (reason === null) return null;
  const encoding = strOrNull(e.encoding);
  if (encoding === null) return null;
  const badchar = single_badchar(e);
  if (badchar >= 0) {
    return PyUnicode_FromString(
      `'${encoding}' codec can't encode character '${badchar_escape(badchar)}' in position ${e.start}: ${reason}`);
  }
  return PyUnicode_FromString(`'${encoding}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${reason}`);
}

/** @cpython PyExc_UnicodeEncodeError */
export const PyExc_UnicodeEncodeError: PyTypeObject = new PyTypeObject({
  tp_name: "UnicodeEncodeError", tp_basicsize: 112, tp_flags: EXC_FLAGS, tp_dealloc: UnicodeError_dealloc,
  tp_str: UnicodeEncodeError_str, tp_members: UnicodeError_members, tp_dictoffset: EXC_DICTOFFSET,
  tp_init: UnicodeEncodeError_init, tp_new: BaseException_new, tp_alloc: UnicodeError_alloc,
  tp_doc: "A str could not be encoded with a codec.",
});

/**
 * @cpython UnicodeDecodeError_init: (encoding, object: bytes-like, start, end, reason); the
 * object is kept as bytes.
 */
function UnicodeDecodeError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (BaseException_init(self, args, kwnames) < 0) return -1;
  const e = self as PyUnicodeErrorObject;
  UnicodeError_clear_fields(e);
  const p = unicode_error_parse(args, true, false);
  if (p === null) return -1;
  if (!bytesSupport()) return -1;
  let object = p.object;
  if (_PyExc_BytesRef.check!(object)) {
    Py_INCREF(object);
  } else {
    const data = _PyExc_BytesRef.data!(object);
    if (data === null) {
      return PyErr_SetStringInt(PyExc_TypeError, `a bytes-like object is required, not '${object.ob_type.tp_name}'`);
    }
    object = _PyExc_BytesRef.fromArray!(data.slice());
  }
  e.encoding = xsetref(p.encoding);
  e.object = object;
  e.start = p.start;
  e.end = p.end;
  e.reason = xsetref(p.reason);
  return 0;
}

/** @cpython UnicodeDecodeError_str */
function UnicodeDecodeError_str(self: PyObject): PyObject | null {
  const e = self as PyUnicodeErrorObject;
  if (e.object === null) return PyUnicode_FromString("");
  const reason = strOrNull(e.reason);
  if (reason === null) return null;
  const encoding = strOrNull(e.encoding);
  if (encoding === null) return null;
  const data = _PyExc_BytesRef.data === null ? null : _PyExc_BytesRef.data(e.object);
  if (data !== null && e.start >= 0 && e.start < data.length && e.end === e.start + 1) {
    const byte = data[e.start];
    return PyUnicode_FromString(
      `'${encoding}' codec can't decode byte 0x${byte.toString(16).padStart(2, "0")} in position ${e.start}: ${reason}`);
  }
  return PyUnicode_FromString(`'${encoding}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${reason}`);
}

/** @cpython PyExc_UnicodeDecodeError */
export const PyExc_UnicodeDecodeError: PyTypeObject = new PyTypeObject({
  tp_name: "UnicodeDecodeError", tp_basicsize: 112, tp_flags: EXC_FLAGS, tp_dealloc: UnicodeError_dealloc,
  tp_str: UnicodeDecodeError_str, tp_members: UnicodeError_members, tp_dictoffset: EXC_DICTOFFSET,
  tp_init: UnicodeDecodeError_init, tp_new: BaseException_new, tp_alloc: UnicodeError_alloc,
  tp_doc: "Bytes could not be decoded with a codec.",
});

/** @cpython UnicodeTranslateError_init: (object: str, start, end, reason) */
function UnicodeTranslateError_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  if (BaseException_init(self, args, kwnames) < 0) return -1;
  const e = self as PyUnicodeErrorObject;
  const oldo = e.object, oldr = e.reason;
  e.object = e.reason = null;
  Py_XDECREF(oldo);
  Py_XDECREF(oldr);
  const p = unicode_error_parse(args, false, true);
  if (p === null) return -1;
  e.object = xsetref(p.object);
  e.start = p.start;
  e.end = p.end;
  e.reason = xsetref(p.reason);
  return 0;
}

/** @cpython UnicodeTranslateError_str */
function UnicodeTranslateError_str(self: PyObject): PyObject | null {
  const e = self as PyUnicodeErrorObject;
  if (e.object === null) return PyUnicode_FromString("");
  const reason = strOrNull(e.reason);
  if (reason === null) return null;
  const badchar = single_badchar(e);
  if (badchar >= 0) {
    return PyUnicode_FromString(`can't translate character '${badchar_escape(badchar)}' in position ${e.start}: ${reason}`);
  }
  return PyUnicode_FromString(`can't translate characters in position ${e.start}-${e.end - 1}: ${reason}`);
}

/** @cpython PyExc_UnicodeTranslateError */
export const PyExc_UnicodeTranslateError: PyTypeObject = new PyTypeObject({
  tp_name: "UnicodeTranslateError", tp_basicsize: 112, tp_flags: EXC_FLAGS, tp_dealloc: UnicodeError_dealloc,
  tp_str: UnicodeTranslateError_str, tp_members: UnicodeError_members, tp_dictoffset: EXC_DICTOFFSET,
  tp_init: UnicodeTranslateError_init, tp_new: BaseException_new, tp_alloc: UnicodeError_alloc,
  tp_doc: "A str could not be translated.",
});

// =============================================================================================
// The remaining simple classes and the warnings
// =============================================================================================

/** @cpython PyExc_AssertionError */
export const PyExc_AssertionError = SimpleExtendsException("AssertionError", "An assert statement failed.");
/** @cpython PyExc_ArithmeticError */
export const PyExc_ArithmeticError = SimpleExtendsException("ArithmeticError", "The base of the arithmetic errors.");
/** @cpython PyExc_FloatingPointError */
export const PyExc_FloatingPointError = SimpleExtendsException("FloatingPointError", "A floating-point operation failed.");
/** @cpython PyExc_OverflowError */
export const PyExc_OverflowError = SimpleExtendsException("OverflowError", "A result is too large to be represented.");
/** @cpython PyExc_ZeroDivisionError */
export const PyExc_ZeroDivisionError = SimpleExtendsException("ZeroDivisionError", "Division or modulo by zero.");
/** @cpython PyExc_SystemError */
export const PyExc_SystemError = SimpleExtendsException("SystemError",
  "The interpreter found an internal inconsistency; this is a bug in the interpreter, please report it.");
/** @cpython PyExc_ReferenceError */
export const PyExc_ReferenceError = SimpleExtendsException("ReferenceError", "A weak proxy was used after its referent was freed.");

/** @cpython MemoryError_new (without CPython's free list of spare instances) */
function MemoryError_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return BaseException_new(type, args, kwnames);
}

/** @cpython PyExc_MemoryError */
export const PyExc_MemoryError = SimpleExtendsException("MemoryError", "Memory ran out.", { tp_new: MemoryError_new });
/** @cpython PyExc_BufferError */
export const PyExc_BufferError = SimpleExtendsException("BufferError", "A buffer operation could not be performed.");

/** @cpython PyExc_Warning */
export const PyExc_Warning = SimpleExtendsException("Warning", "The base of the warning categories.");
/** @cpython PyExc_UserWarning */
export const PyExc_UserWarning = SimpleExtendsException("UserWarning", "The default category of warnings.warn().");
/** @cpython PyExc_DeprecationWarning */
export const PyExc_DeprecationWarning = SimpleExtendsException("DeprecationWarning", "A feature is deprecated.");
/** @cpython PyExc_PendingDeprecationWarning */
export const PyExc_PendingDeprecationWarning = SimpleExtendsException("PendingDeprecationWarning", "A feature is going to be deprecated.");
/** @cpython PyExc_SyntaxWarning */
export const PyExc_SyntaxWarning = SimpleExtendsException("SyntaxWarning", "The source is valid but dubious.");
/** @cpython PyExc_RuntimeWarning */
export const PyExc_RuntimeWarning = SimpleExtendsException("RuntimeWarning", "Dubious behaviour at run time.");
/** @cpython PyExc_FutureWarning */
export const PyExc_FutureWarning = SimpleExtendsException("FutureWarning", "A construct will change meaning in a future version.");
/** @cpython PyExc_ImportWarning */
export const PyExc_ImportWarning = SimpleExtendsException("ImportWarning", "A probable mistake in importing a module.");
/** @cpython PyExc_UnicodeWarning */
export const PyExc_UnicodeWarning = SimpleExtendsException("UnicodeWarning", "A dubious Unicode conversion or comparison.");
/** @cpython PyExc_BytesWarning */
export const PyExc_BytesWarning = SimpleExtendsException("BytesWarning", "A dubious mix of bytes and str.");
/** @cpython PyExc_EncodingWarning */
export const PyExc_EncodingWarning = SimpleExtendsException("EncodingWarning", "A text encoding was left to the locale default.");
/** @cpython PyExc_ResourceWarning */
export const PyExc_ResourceWarning = SimpleExtendsException("ResourceWarning", "A resource (file, socket) was not released properly.");

/** @cpython PyExc_EnvironmentError (an alias of OSError) */
export const PyExc_EnvironmentError = PyExc_OSError;
/** @cpython PyExc_IOError (an alias of OSError) */
export const PyExc_IOError = PyExc_OSError;

// =============================================================================================
// Startup
// =============================================================================================

interface StaticException {
  exc: PyTypeObject;
  base: PyTypeObject | null;
  name: string;
}

/**
 * @cpython static_exceptions: every static class with its base, level by level (bases
 * first), in the order they enter builtins.
 */
const static_exceptions: StaticException[] = [];
function add(exc: PyTypeObject, base: PyTypeObject | null): void {
  static_exceptions.push({ exc, base, name: exc.tp_name });
}

function build_static_exceptions(): void {
  if (static_exceptions.length > 0) return;
  // Level 1
  add(PyExc_BaseException, null);
  // Level 2: BaseException subclasses
  add(PyExc_BaseExceptionGroup, PyExc_BaseException);
  add(PyExc_Exception, PyExc_BaseException);
  add(PyExc_GeneratorExit, PyExc_BaseException);
  add(PyExc_KeyboardInterrupt, PyExc_BaseException);
  add(PyExc_SystemExit, PyExc_BaseException);
  // Level 3: Exception subclasses
  add(PyExc_ArithmeticError, PyExc_Exception);
  add(PyExc_AssertionError, PyExc_Exception);
  add(PyExc_AttributeError, PyExc_Exception);
  add(PyExc_BufferError, PyExc_Exception);
  add(PyExc_EOFError, PyExc_Exception);
  add(PyExc_ImportError, PyExc_Exception);
  add(PyExc_LookupError, PyExc_Exception);
  add(PyExc_MemoryError, PyExc_Exception);
  add(PyExc_NameError, PyExc_Exception);
  add(PyExc_OSError, PyExc_Exception);
  add(PyExc_ReferenceError, PyExc_Exception);
  add(PyExc_RuntimeError, PyExc_Exception);
  add(PyExc_StopAsyncIteration, PyExc_Exception);
  add(PyExc_StopIteration, PyExc_Exception);
  add(PyExc_SyntaxError, PyExc_Exception);
  add(PyExc_SystemError, PyExc_Exception);
  add(PyExc_TypeError, PyExc_Exception);
  add(PyExc_ValueError, PyExc_Exception);
  add(PyExc_Warning, PyExc_Exception);
  // Level 4: ArithmeticError subclasses
  add(PyExc_FloatingPointError, PyExc_ArithmeticError);
  add(PyExc_OverflowError, PyExc_ArithmeticError);
  add(PyExc_ZeroDivisionError, PyExc_ArithmeticError);
  // Level 4: Warning subclasses
  add(PyExc_BytesWarning, PyExc_Warning);
  add(PyExc_DeprecationWarning, PyExc_Warning);
  add(PyExc_EncodingWarning, PyExc_Warning);
  add(PyExc_FutureWarning, PyExc_Warning);
  add(PyExc_ImportWarning, PyExc_Warning);
  add(PyExc_PendingDeprecationWarning, PyExc_Warning);
  add(PyExc_ResourceWarning, PyExc_Warning);
  add(PyExc_RuntimeWarning, PyExc_Warning);
  add(PyExc_SyntaxWarning, PyExc_Warning);
  add(PyExc_UnicodeWarning, PyExc_Warning);
  add(PyExc_UserWarning, PyExc_Warning);
  // Level 4: OSError subclasses
  add(PyExc_BlockingIOError, PyExc_OSError);
  add(PyExc_ChildProcessError, PyExc_OSError);
  add(PyExc_ConnectionError, PyExc_OSError);
  add(PyExc_FileExistsError, PyExc_OSError);
  add(PyExc_FileNotFoundError, PyExc_OSError);
  add(PyExc_InterruptedError, PyExc_OSError);
  add(PyExc_IsADirectoryError, PyExc_OSError);
  add(PyExc_NotADirectoryError, PyExc_OSError);
  add(PyExc_PermissionError, PyExc_OSError);
  add(PyExc_ProcessLookupError, PyExc_OSError);
  add(PyExc_TimeoutError, PyExc_OSError);
  // Level 4: the others
  add(PyExc_IndentationError, PyExc_SyntaxError);
  add(PyExc_IndexError, PyExc_LookupError);
  add(PyExc_KeyError, PyExc_LookupError);
  add(PyExc_ModuleNotFoundError, PyExc_ImportError);
  add(PyExc_NotImplementedError, PyExc_RuntimeError);
  add(PyExc_RecursionError, PyExc_RuntimeError);
  add(PyExc_UnboundLocalError, PyExc_NameError);
  add(PyExc_UnicodeError, PyExc_ValueError);
  // Level 5: ConnectionError subclasses
  add(PyExc_BrokenPipeError, PyExc_ConnectionError);
  add(PyExc_ConnectionAbortedError, PyExc_ConnectionError);
  add(PyExc_ConnectionRefusedError, PyExc_ConnectionError);
  add(PyExc_ConnectionResetError, PyExc_ConnectionError);
  // Level 5: IndentationError subclass
  add(PyExc_TabError, PyExc_IndentationError);
  // Level 5: UnicodeError subclasses
  add(PyExc_UnicodeDecodeError, PyExc_UnicodeError);
  add(PyExc_UnicodeEncodeError, PyExc_UnicodeError);
  add(PyExc_UnicodeTranslateError, PyExc_UnicodeError);
}

/** @cpython _PyExc_InitState: errnomap (Linux errno values). */
function init_errnomap(): void {
  if (errnomap.size > 0) return;
  const ADD_ERRNO = (type: PyTypeObject, code: number): void => {
    errnomap.set(code, type);
  };
  ADD_ERRNO(PyExc_BlockingIOError, 11); // EAGAIN, EWOULDBLOCK
  ADD_ERRNO(PyExc_BlockingIOError, 114); // EALREADY
  ADD_ERRNO(PyExc_BlockingIOError, 115); // EINPROGRESS
  ADD_ERRNO(PyExc_BrokenPipeError, 32); // EPIPE
  ADD_ERRNO(PyExc_BrokenPipeError, 108); // ESHUTDOWN
  ADD_ERRNO(PyExc_ChildProcessError, 10); // ECHILD
  ADD_ERRNO(PyExc_ConnectionAbortedError, 103); // ECONNABORTED
  ADD_ERRNO(PyExc_ConnectionRefusedError, 111); // ECONNREFUSED
  ADD_ERRNO(PyExc_ConnectionResetError, 104); // ECONNRESET
  ADD_ERRNO(PyExc_FileExistsError, 17); // EEXIST
  ADD_ERRNO(PyExc_FileNotFoundError, 2); // ENOENT
  ADD_ERRNO(PyExc_IsADirectoryError, 21); // EISDIR
  ADD_ERRNO(PyExc_NotADirectoryError, 20); // ENOTDIR
  ADD_ERRNO(PyExc_InterruptedError, 4); // EINTR
  ADD_ERRNO(PyExc_PermissionError, 13); // EACCES
  ADD_ERRNO(PyExc_PermissionError, 1); // EPERM
  ADD_ERRNO(PyExc_ProcessLookupError, 3); // ESRCH
  ADD_ERRNO(PyExc_TimeoutError, 110); // ETIMEDOUT
}

/**
 * @cpython _PyExc_InitTypes: link each static class to its base and ready it (bases first);
 * also fills errnomap (_PyExc_InitState) and registers KeyError with object.ts.
 */
export function _PyExc_InitTypes(): void {
  build_static_exceptions();
  for (const { exc, base } of static_exceptions) {
    if (base !== null) exc.tp_base = base;
    if (PyType_Ready(exc) < 0) throw new Error(`typhon: cannot ready ${exc.tp_name}`);
  }
  init_errnomap();
  PyExcKeyErrorRef.type = PyExc_KeyError;
}

/**
 * @cpython _PyBuiltins_AddExceptions: every exception class into the builtins namespace,
 * then ExceptionGroup (made here, as CPython does) and the EnvironmentError/IOError aliases.
 * 0, or -1 with an error set.
 */
export function _PyBuiltins_AddExceptions(dict: PyDictObject): number {
  build_static_exceptions();
  for (const { exc, name } of static_exceptions) {
    if (PyDict_SetItemString(dict, name, exc) < 0) return -1;
  }
  const eg = PyExc_ExceptionGroup ?? create_exception_group_class();
  if (eg === null) return -1;
  if (PyDict_SetItemString(dict, "ExceptionGroup", eg) < 0) return -1;
  if (PyDict_SetItemString(dict, "EnvironmentError", PyExc_OSError) < 0) return -1;
  if (PyDict_SetItemString(dict, "IOError", PyExc_OSError) < 0) return -1;
  return 0;
}

/** @typhon The builtin exception class of a name ("ValueError"), for the front end's errors. */
export function _PyExc_LookupName(name: string): PyTypeObject | null {
  build_static_exceptions();
  for (const { exc } of static_exceptions) if (exc.tp_name === name) return exc;
  if (name === "ExceptionGroup") return PyExc_ExceptionGroup ?? null;
  if (name === "EnvironmentError" || name === "IOError") return PyExc_OSError;
  return null;
}

// =============================================================================================
// The C API
// =============================================================================================

/** @cpython PyExceptionInstance_Check */
export function PyExceptionInstance_Check(o: PyObject): o is PyBaseExceptionObject {
  return (o.ob_type.tp_flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

/** @cpython PyExceptionClass_Check: a class deriving from BaseException. */
export function PyExceptionClass_Check(o: PyObject): o is PyTypeObject {
  return PyType_Check(o) && ((o as PyTypeObject).tp_flags & Py_TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}

/** @cpython PyExceptionClass_Name */
export function PyExceptionClass_Name(o: PyTypeObject): string {
  return o.tp_name;
}

/** @cpython PyException_GetTraceback @returns new (or null) */
export function PyException_GetTraceback(self: PyObject): PyObject | null {
  const tb = (self as PyBaseExceptionObject).traceback;
  Py_XINCREF(tb);
  return tb;
}

/** @cpython PyException_SetTraceback: 0, or -1 with TypeError for a non-traceback. */
export function PyException_SetTraceback(self: PyObject, tb: PyObject): number {
  return BaseException_set_tb(self, tb);
}

/** @cpython PyException_GetCause @returns new (or null) */
export function PyException_GetCause(self: PyObject): PyObject | null {
  const c = (self as PyBaseExceptionObject).cause;
  Py_XINCREF(c);
  return c;
}

/** @cpython PyException_SetCause: also sets __suppress_context__. @param cause stolen */
export function PyException_SetCause(self: PyObject, cause: PyObject | null): void {
  const e = self as PyBaseExceptionObject;
  e.suppress_context = true;
  const old = e.cause;
  e.cause = cause;
  Py_XDECREF(old);
}

/** @cpython PyException_GetContext @returns new (or null) */
export function PyException_GetContext(self: PyObject): PyObject | null {
  const c = (self as PyBaseExceptionObject).context;
  Py_XINCREF(c);
  return c;
}

/** @cpython PyException_SetContext @param context stolen */
export function PyException_SetContext(self: PyObject, context: PyObject | null): void {
  const e = self as PyBaseExceptionObject;
  const old = e.context;
  e.context = context;
  Py_XDECREF(old);
}

/**
 * @cpython _PyErr_CreateException (errors.c): `type()` for a null (or None) value,
 * `type(*value)` for a tuple, `type(value)` otherwise; TypeError if the call returns
 * something that is not an exception. Builtin classes are built without a call frame.
 * @returns new
 */
export function _PyErr_CreateException(type: PyTypeObject, value: PyObject | null): PyBaseExceptionObject | null {
  const args: PyObject[] = value === null || value === Py_None ? [] : PyTuple_Check(value) ? value.ob_item : [value];
  let exc: PyObject | null;
  if (!(type.tp_flags & Py_TPFLAGS_HEAPTYPE) && type.ob_type === PyType_Type && type.tp_new !== null) {
    // type_call, inlined for the static classes (their metatype is `type`).
    exc = type.tp_new(type, args, null);
    if (exc !== null && PyType_IsSubtype(exc.ob_type, type)) {
      const init = exc.ob_type.tp_init;
      if (init !== null && init !== BaseException_init && init(exc, args, null) < 0) {
        Py_DECREF(exc);
        exc = null;
      }
    }
  } else {
    exc = PyObject_Vectorcall(type, args, null);
  }
  if (exc !== null && !PyExceptionInstance_Check(exc)) {
    const r = reprString(type);
    PyErr_SetString(PyExc_TypeError,
      `calling ${r ?? type.tp_name} should have returned an instance of BaseException, not ${exc.ob_type.tp_name}`);
    Py_DECREF(exc);
    return null;
  }
  return exc as PyBaseExceptionObject | null;
}

/**
 * @cpython PyUnicodeEncodeError_Create: UnicodeEncodeError(encoding, object, start, end,
 * reason); start and end are code-point positions in `object`. @returns new
 */
export function PyUnicodeEncodeError_Create(
  encoding: string, object: string, start: number, end: number, reason: string,
): PyBaseExceptionObject | null {
  const args = [
    PyUnicode_FromString(encoding), PyUnicode_FromString(object), PyLong_FromNumber(start), PyLong_FromNumber(end),
    PyUnicode_FromString(reason),
  ];
  const exc = PyObject_Vectorcall(PyExc_UnicodeEncodeError, args, null);
  for (const a of args) Py_DECREF(a);
  return exc as PyBaseExceptionObject | null;
}

/**
 * @cpython PyUnicodeDecodeError_Create: UnicodeDecodeError(encoding, bytes(object), start,
 * end, reason); start and end are byte positions. @returns new
 */
export function PyUnicodeDecodeError_Create(
  encoding: string, object: Uint8Array, start: number, end: number, reason: string,
): PyBaseExceptionObject | null {
  if (!bytesSupport()) return null;
  const args = [
    PyUnicode_FromString(encoding), _PyExc_BytesRef.fromArray!(object.slice()), PyLong_FromNumber(start),
    PyLong_FromNumber(end), PyUnicode_FromString(reason),
  ];
  const exc = PyObject_Vectorcall(PyExc_UnicodeDecodeError, args, null);
  for (const a of args) Py_DECREF(a);
  return exc as PyBaseExceptionObject | null;
}

/** @cpython _PyUnicodeTranslateError_Create @returns new */
export function _PyUnicodeTranslateError_Create(object: PyObject, start: number, end: number, reason: string): PyObject | null {
  const s = PyLong_FromNumber(start), e = PyLong_FromNumber(end), r = PyUnicode_FromString(reason);
  const exc = PyObject_Vectorcall(PyExc_UnicodeTranslateError, [object, s, e, r], null);
  Py_DECREF(s);
  Py_DECREF(e);
  Py_DECREF(r);
  return exc;
}

// The field accessors codecs and error handlers use (encode/translate: str object; decode: bytes).

/** @cpython get_unicode: the attribute if it is a str, else TypeError. @returns new */
function get_unicode(attr: PyObject | null, name: string): PyObject | null {
  if (attr === null) return PyErr_SetString(PyExc_TypeError, `${name} attribute not set`);
  if (!PyUnicode_Check(attr)) return PyErr_SetString(PyExc_TypeError, `${name} attribute must be unicode`);
  Py_INCREF(attr);
  return attr;
}

/** @cpython get_string: the attribute if it is bytes, else TypeError. @returns new */
function get_string(attr: PyObject | null, name: string): PyObject | null {
  if (attr === null) return PyErr_SetString(PyExc_TypeError, `${name} attribute not set`);
  if (_PyExc_BytesRef.check === null || !_PyExc_BytesRef.check(attr)) {
    return PyErr_SetString(PyExc_TypeError, `${name} attribute must be bytes`);
  }
  Py_INCREF(attr);
  return attr;
}

/** @cpython PyUnicodeEncodeError_GetEncoding (also Decode) @returns new */
export function PyUnicodeEncodeError_GetEncoding(exc: PyObject): PyObject | null {
  return get_unicode((exc as PyUnicodeErrorObject).encoding, "encoding");
}
export const PyUnicodeDecodeError_GetEncoding = PyUnicodeEncodeError_GetEncoding;

/** @cpython PyUnicodeEncodeError_GetObject (also Translate) @returns new */
export function PyUnicodeEncodeError_GetObject(exc: PyObject): PyObject | null {
  return get_unicode((exc as PyUnicodeErrorObject).object, "object");
}
export const PyUnicodeTranslateError_GetObject = PyUnicodeEncodeError_GetObject;

/** @cpython PyUnicodeDecodeError_GetObject @returns new */
export function PyUnicodeDecodeError_GetObject(exc: PyObject): PyObject | null {
  return get_string((exc as PyUnicodeErrorObject).object, "object");
}

/** @cpython PyUnicodeEncodeError_GetReason (also Decode, Translate) @returns new */
export function PyUnicodeEncodeError_GetReason(exc: PyObject): PyObject | null {
  return get_unicode((exc as PyUnicodeErrorObject).reason, "reason");
}
export const PyUnicodeDecodeError_GetReason = PyUnicodeEncodeError_GetReason;
export const PyUnicodeTranslateError_GetReason = PyUnicodeEncodeError_GetReason;

/** Length of the error's object: code points (str) or bytes; -1 with TypeError when unset or wrong. */
function unicode_error_object_size(exc: PyObject, decode: boolean): number {
  const obj = decode ? PyUnicodeDecodeError_GetObject(exc) : PyUnicodeEncodeError_GetObject(exc);
  if (obj === null) return -1;
  const size = decode ? _PyExc_BytesRef.data!(obj)!.length : PyUnicode_GET_LENGTH(obj as PyUnicodeObject);
  Py_DECREF(obj);
  return size;
}

/** @cpython PyUnicodeEncodeError_GetStart (also Translate): start clamped into the object; null on error. */
export function PyUnicodeEncodeError_GetStart(exc: PyObject): number | null {
  const size = unicode_error_object_size(exc, false);
  if (size < 0) return null;
  let start = (exc as PyUnicodeErrorObject).start;
  if (start < 0) start = 0;
  if (start >= size) start = size - 1;
  return start;
}
export const PyUnicodeTranslateError_GetStart = PyUnicodeEncodeError_GetStart;

/** @cpython PyUnicodeDecodeError_GetStart: null on error. */
export function PyUnicodeDecodeError_GetStart(exc: PyObject): number | null {
  const size = unicode_error_object_size(exc, true);
  if (size < 0) return null;
  let start = (exc as PyUnicodeErrorObject).start;
  if (start < 0) start = 0;
  if (start >= size) start = size - 1;
  return start;
}

/** @cpython PyUnicodeEncodeError_GetEnd (also Translate): end clamped into [1, size]; null on error. */
export function PyUnicodeEncodeError_GetEnd(exc: PyObject): number | null {
  const size = unicode_error_object_size(exc, false);
  if (size < 0) return null;
  let end = (exc as PyUnicodeErrorObject).end;
  if (end < 1) end = 1;
  if (end > size) end = size;
  return end;
}
export const PyUnicodeTranslateError_GetEnd = PyUnicodeEncodeError_GetEnd;

/** @cpython PyUnicodeDecodeError_GetEnd: null on error. */
export function PyUnicodeDecodeError_GetEnd(exc: PyObject): number | null {
  const size = unicode_error_object_size(exc, true);
  if (size < 0) return null;
  let end = (exc as PyUnicodeErrorObject).end;
  if (end < 1) end = 1;
  if (end > size) end = size;
  return end;
}

/** @cpython PyUnicodeEncodeError_SetStart (also Decode, Translate) */
export function PyUnicodeEncodeError_SetStart(exc: PyObject, start: number): number {
  (exc as PyUnicodeErrorObject).start = start;
  return 0;
}
export const PyUnicodeDecodeError_SetStart = PyUnicodeEncodeError_SetStart;
export const PyUnicodeTranslateError_SetStart = PyUnicodeEncodeError_SetStart;

/** @cpython PyUnicodeEncodeError_SetEnd (also Decode, Translate) */
export function PyUnicodeEncodeError_SetEnd(exc: PyObject, end: number): number {
  (exc as PyUnicodeErrorObject).end = end;
  return 0;
}
export const PyUnicodeDecodeError_SetEnd = PyUnicodeEncodeError_SetEnd;
export const PyUnicodeTranslateError_SetEnd = PyUnicodeEncodeError_SetEnd;

/** @cpython PyUnicodeEncodeError_SetReason (also Decode, Translate) */
export function PyUnicodeEncodeError_SetReason(exc: PyObject, reason: string): number {
  const e = exc as PyUnicodeErrorObject;
  const old = e.reason;
  e.reason = PyUnicode_FromString(reason);
  Py_XDECREF(old);
  return 0;
}
export const PyUnicodeDecodeError_SetReason = PyUnicodeEncodeError_SetReason;
export const PyUnicodeTranslateError_SetReason = PyUnicodeEncodeError_SetReason;

/**
 * @cpython _PyErr_TrySetFromCause: replace the raised exception by one of the same class
 * whose message adds `prefix` and names the original, chained as its __cause__ — only for
 * classes that carry nothing beyond BaseException's args (and at most one str argument, and
 * an empty __dict__). Returns the new exception (borrowed), or null leaving the original.
 */
export function _PyErr_TrySetFromCause(prefix: string): PyObject | null {
  const val = PyErr_Fetch();
  if (val === null) return null;
  const caught_type = val.ob_type;
  const base_size = PyExc_BaseException.tp_basicsize;
  const same_basic_size = caught_type.tp_basicsize === base_size ||
    (caught_type.tp_weaklistoffset !== 0 && caught_type.tp_basicsize === base_size + 8);
  if (caught_type.tp_init !== BaseException_init || caught_type.tp_new !== BaseException_new ||
    !same_basic_size || caught_type.tp_itemsize !== PyExc_BaseException.tp_itemsize) {
    PyErr_Restore(val);
    return null;
  }
  const instance_args = val.args.ob_item;
  if (instance_args.length > 1 || (instance_args.length === 1 && !PyUnicode_CheckExact(instance_args[0]))) {
    PyErr_Restore(val);
    return null;
  }
  const d = val.ob_dict;
  if (d !== null && d.ma_used !== 0) {
    PyErr_Restore(val);
    return null;
  }
  const s = strString(val);
  if (s === null) {
    PyErr_Clear();
    PyErr_Restore(val);
    return null;
  }
  PyErr_SetString(caught_type, `${prefix} (${caught_type.tp_name}: ${s})`);
  const new_val = PyErr_Fetch();
  if (new_val === null) {
    Py_DECREF(val);
    return null;
  }
  PyException_SetCause(new_val, val);
  PyErr_Restore(new_val);
  return new_val;
}
