/**
 * @mirrors Modules/_io/_iomodule.c
 * The _io module: open() and the three layers of streams it stacks (a raw FileIO, a
 * BufferedReader/Writer/Random over it, a TextIOWrapper on top), open_code(),
 * text_encoding(), DEFAULT_BUFFER_SIZE and the UnsupportedOperation exception (an OSError
 * and a ValueError at once). Also the helpers the other _io files share: the module
 * state, PyNumber_AsOff_t, errno-to-OSError conversion and the buffer accessors.
 *
 *   >>> f = open("x.txt", "w")        # TextIOWrapper(BufferedWriter(FileIO("x.txt", "w")))
 *   >>> f.buffer.raw
 *   <_io.FileIO name='x.txt' mode='wb' closefd=True>
 *
 * DIVERGENCE: there is no memoryview yet, so where CPython hands a memoryview to a raw
 * stream written in Python (readinto, write), a bytearray or a bytes copy goes instead.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, type PyMethodDef, METH_FASTCALL, METH_KEYWORDS,
} from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyTuple_FromArray } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_Fetch, PyErr_Restore, PyErr_ExceptionMatches, PyErr_SetObject } from "../../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OSError, PyExc_OverflowError, PyExc_BlockingIOError,
  PyException_SetContext, type PyBaseExceptionObject, type PyOSErrorObject,
} from "../../Objects/exceptions.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, PyModule_AddType } from "../../Objects/moduleobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, unicode_decode_utf8, type PyUnicodeObject, _PyArg_BadArgument } from "../../Objects/unicodeobject.ts";
import { PyBytes_Check, _PyObject_GetBufferData, type PyBytesObject } from "../../Objects/bytesobject.ts";
import { PyByteArrayObject } from "../../Objects/bytearrayobject.ts";
import { PyLong_FromNumber, _PyNumber_Index, PyLong_AsSsize_t, _PyLong_Sign, PyLong_Check, PyNumber_AsSsize_t, _PyLong_AsInt, PyIndex_Check } from "../../Objects/longobject.ts";
import { Py_None, Py_NewNone, PyObject_Repr, PyObject_GetAttr, PyObject_SetAttr, PyObject_IsTrue, PyObject_RichCompareBool, Py_EQ } from "../../Objects/object.ts";
import { PyObject_Vectorcall, PyObject_CallMethod, lookup_maybe_method, PyObject_CallNoArgs } from "../../Objects/call.ts";
import { PyNumber_Check } from "../../Objects/abstract.ts";
import { PyType_Type } from "../../Objects/typeobject.ts";
import { PyDict_New, PyDict_SetItemString } from "../../Objects/dictobject.ts";
import { Py_True, Py_False } from "../../Objects/boolobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../../Python/getargs.ts";
import { _PyThreadState_GET } from "../../Python/pystate.ts";
import type { HostOS } from "../../Host/host.ts";
import { PyIOBase_Type, PyRawIOBase_Type, _PyIOBase_InitTypes } from "./iobase.ts";
import { PyFileIO_Type } from "./fileio.ts";
import {
  PyBufferedIOBase_Type, PyBufferedReader_Type, PyBufferedWriter_Type, PyBufferedRWPair_Type, PyBufferedRandom_Type,
} from "./bufferedio.ts";
import { PyBytesIO_Type, PyBytesIOBuffer_Type, _PyBytesIOBuffer_Init } from "./bytesio.ts";
import { PyStringIO_Type } from "./stringio.ts";
import { PyTextIOBase_Type, PyTextIOWrapper_Type, PyIncrementalNewlineDecoder_Type } from "./textio.ts";

/** @cpython DEFAULT_BUFFER_SIZE */
export const DEFAULT_BUFFER_SIZE = 8 * 1024;

// Linux errno numbers the _io files test for.
export const EINTR = 4;
export const EAGAIN = 11;
export const EBADF = 9;
export const EISDIR = 21;
export const ESPIPE = 29;

/**
 * @cpython _PyIO_State: what the module keeps. The types are static, so the state is one
 * per process here: the UnsupportedOperation class, made on first need.
 */
export const _PyIO_State: { unsupported_operation: PyTypeObject | null } = { unsupported_operation: null };

/** The UnsupportedOperation class (created once: type('UnsupportedOperation', (OSError, ValueError), {})). @returns borrowed */
export function _PyIO_unsupported_operation(): PyTypeObject {
  let t = _PyIO_State.unsupported_operation;
  if (t === null) {
    const ns = PyDict_New();
    const mod = PyUnicode_FromString("io");
    PyDict_SetItemString(ns, "__module__", mod);
    Py_DECREF(mod);
    const name = PyUnicode_FromString("UnsupportedOperation");
    const bases = PyTuple_FromArray([PyExc_OSError, PyExc_ValueError]);
    const made = PyObject_Vectorcall(PyType_Type, [name, bases, ns], null);
    Py_DECREF(name);
    Py_DECREF(bases);
    Py_DECREF(ns);
    if (made === null) throw new Error("_io: could not create UnsupportedOperation");
    t = made as PyTypeObject;
    _PyIO_State.unsupported_operation = t;
  }
  return t;
}

/** Raise io.UnsupportedOperation(message) (iobase_unsupported and friends). */
export function _PyIO_unsupported(message: string): null {
  return PyErr_SetString(_PyIO_unsupported_operation(), message);
}

/** The host's operating-system calls. */
export function _PyIO_os(): HostOS {
  return _PyThreadState_GET().interp.host.os;
}

/**
 * @cpython PyErr_SetFromErrnoWithFilenameObject: OSError(errno, strerror[, filename]),
 * which OSError's constructor turns into the matching subclass (FileNotFoundError...).
 * `errno` is positive.
 */
export function _PyIO_SetFromErrno(errno: number, filename: PyObject | null = null): null {
  const args: PyObject[] = [PyLong_FromNumber(errno), PyUnicode_FromString(_PyIO_os().strerror(errno))];
  if (filename !== null) {
    Py_INCREF(filename);
    args.push(filename);
  }
  const exc = PyObject_Vectorcall(PyExc_OSError, args, null);
  for (const a of args) Py_DECREF(a);
  if (exc === null) return null;
  PyErr_SetObject(exc.ob_type, exc);
  Py_DECREF(exc);
  return null;
}

/** @cpython _PyErr_ChainExceptions: raise `exc` again, as the context of any error set meanwhile. @param exc stolen */
export function _PyErr_ChainExceptions(exc: PyBaseExceptionObject | null): void {
  if (exc === null) return;
  if (PyErr_Occurred()) {
    const cur = PyErr_Fetch()!;
    PyException_SetContext(cur, exc);
    PyErr_Restore(cur);
  } else {
    PyErr_Restore(exc);
  }
}

/**
 * @cpython _PyIO_trap_eintr: true (and the error cleared) when the error set is an OSError
 * with errno EINTR, so the caller retries.
 */
export function _PyIO_trap_eintr(): boolean {
  if (!PyErr_ExceptionMatches(PyExc_OSError)) return false;
  const exc = PyErr_Fetch() as PyOSErrorObject;
  const e = exc.myerrno;
  if (e !== null && PyLong_Check(e) && (e as unknown as { ob_ival: number | bigint }).ob_ival === EINTR) {
    Py_DECREF(exc);
    return true;
  }
  PyErr_Restore(exc);
  return false;
}

/**
 * @cpython PyNumber_AsOff_t: an index as a file offset. Out of range: with `err`, that
 * error ("cannot fit 'int' into an offset-sized integer"); without, clipped. -1 with an
 * error set on failure.
 */
export function PyNumber_AsOff_t(item: PyObject, err: PyTypeObject | null): number {
  const value = _PyNumber_Index(item);
  if (value === null) return -1;
  let result = PyLong_AsSsize_t(value);
  if (result === -1 && PyErr_Occurred()) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
      PyErr_Clear();
      if (err === null) result = _PyLong_Sign(value) < 0 ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
      else PyErr_SetString(err, `cannot fit '${item.ob_type.tp_name}' into an offset-sized integer`);
    }
  }
  Py_DECREF(value);
  return result;
}

/** obj.name(*args) @returns new */
export function _PyIO_CallMethod(obj: PyObject, name: string, args: PyObject[] = []): PyObject | null {
  return PyObject_CallMethod(obj, name, args);
}

/** obj.name(n) with an int argument. @returns new */
export function _PyIO_CallMethodInt(obj: PyObject, name: string, n: number): PyObject | null {
  const arg = PyLong_FromNumber(n);
  const r = PyObject_CallMethod(obj, name, [arg]);
  Py_DECREF(arg);
  return r;
}

/** obj.attr, or undefined when missing (AttributeError swallowed), or null on another error. */
export function _PyIO_LookupAttr(obj: PyObject, name: string): PyObject | null | undefined {
  const r = PyObject_GetAttr(obj, _PyUnicode_FromId(name));
  if (r !== null) return r;
  if (PyErr_ExceptionMatches(PyExc_AttributeErrorRef())) {
    PyErr_Clear();
    return undefined;
  }
  return null;
}
import { PyExc_AttributeError } from "../../Objects/exceptions.ts";
const PyExc_AttributeErrorRef = (): PyTypeObject => PyExc_AttributeError;

/** Whether obj.name(...) returned True (1), False (0), or failed (-1). */
export function _PyIO_CallBool(obj: PyObject, name: string): number {
  const r = PyObject_CallMethod(obj, name, []);
  if (r === null) return -1;
  const v = PyObject_IsTrue(r);
  Py_DECREF(r);
  return v;
}

/** The bytes of a bytes-like object (read-only use), or null without an error. */
export function _PyIO_BufferData(o: PyObject): Uint8Array | null {
  return _PyObject_GetBufferData(o);
}

/** The bytes of a bytes-like object, or null with CPython's TypeError. */
export function _PyIO_GetBuffer(o: PyObject): Uint8Array | null {
  const b = _PyObject_GetBufferData(o);
  if (b === null) PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

/**
 * The writable bytes of a read-write bytes-like object (a bytearray) as a view, or null
 * with the TypeError the argument clinic raises for a rwbuffer argument.
 */
export function _PyIO_GetWritableBuffer(fname: string, o: PyObject): Uint8Array | null {
  if (o instanceof PyByteArrayObject) return o.ob_bytes.subarray(o.ob_start, o.ob_start + o.ob_size);
  PyErr_SetString(PyExc_TypeError, `${fname}() argument must be read-write bytes-like object, not ${o.ob_type.tp_name}`);
  return null;
}

/**
 * @cpython _Py_convert_optional_to_ssize_t: None gives `dflt`; otherwise an index. Returns
 * null with an error set.
 */
export function _Py_convert_optional_to_ssize_t(o: PyObject | undefined | null, dflt: number): number | null {
  if (o === undefined || o === null || o === Py_None) return dflt;
  if (!PyIndex_Check(o)) {
    PyErr_SetString(PyExc_TypeError, `argument should be integer or None, not '${o.ob_type.tp_name}'`);
    return null;
  }
  const n = PyNumber_AsSsize_t(o, PyExc_OverflowError);
  if (n === -1 && PyErr_Occurred()) return null;
  return n;
}

/** A Py_ssize_t argument (the clinic converter): null with an error set. */
export function _PyIO_ssize_arg(o: PyObject): number | null {
  const n = PyNumber_AsSsize_t(o, PyExc_OverflowError);
  if (n === -1 && PyErr_Occurred()) return null;
  return n;
}

/** An int argument (the clinic converter): null with an error set. */
export function _PyIO_int_arg(o: PyObject): number | null {
  const n = _PyLong_AsInt(o);
  if (n === -1 && PyErr_Occurred()) return null;
  return n;
}

/**
 * @cpython PyOS_FSPath: a path-like object as str or bytes (its __fspath__()), or null with
 * CPython's TypeError. @returns new
 */
export function _PyIO_FSPath(path: PyObject): PyObject | null {
  if (PyUnicode_Check(path) || PyBytes_Check(path)) {
    Py_INCREF(path);
    return path;
  }
  const m = lookup_maybe_method(path, _PyUnicode_FromId("__fspath__"));
  if (m === null) {
    if (PyErr_Occurred()) return null;
    return PyErr_SetString(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${path.ob_type.tp_name}`);
  }
  const r = m.unbound ? PyObject_Vectorcall(m.func, [path], null) : PyObject_CallNoArgs(m.func);
  Py_DECREF(m.func);
  if (r === null) return null;
  if (!PyUnicode_Check(r) && !PyBytes_Check(r)) {
    PyErr_SetString(PyExc_TypeError,
      `expected ${path.ob_type.tp_name}.__fspath__() to return str or bytes, not ${r.ob_type.tp_name}`);
    Py_DECREF(r);
    return null;
  }
  return r;
}

/** A str or bytes path as the JS string the host takes (bytes: UTF-8 with surrogateescape), or null with ValueError. */
export function _PyIO_PathString(p: PyObject): string | null {
  let s: string;
  if (PyUnicode_Check(p)) s = (p as PyUnicodeObject).str;
  else {
    const r = unicode_decode_utf8((p as PyBytesObject).ob_sval, "surrogateescape", true);
    if (r === null) return null;
    s = r[0];
  }
  if (s.includes("\0")) {
    PyErr_SetString(PyExc_ValueError, "embedded null byte");
    return null;
  }
  return s;
}

/**
 * The encoding the locale gives text files when none is named (@cpython
 * _Py_GetLocaleEncoding). typhon reads the locale variables: a UTF-8 locale gives
 * 'UTF-8', the C/POSIX locale (where CPython turns on UTF-8 mode) 'utf-8'.
 */
export function _Py_GetLocaleEncoding(): string {
  const host = _PyThreadState_GET().interp.host;
  const v = host.getenv("LC_ALL") || host.getenv("LC_CTYPE") || host.getenv("LANG") || "";
  if (v === "" || v === "C" || v === "POSIX") return "utf-8";
  const dot = v.indexOf(".");
  if (dot >= 0) {
    let cs = v.slice(dot + 1);
    const at = cs.indexOf("@");
    if (at >= 0) cs = cs.slice(0, at);
    if (/^utf-?8$/i.test(cs)) return "UTF-8";
    if (cs !== "") return cs;
  }
  return "UTF-8";
}

/** Whether the interpreter runs in UTF-8 mode (the C/POSIX locale, or PYTHONUTF8=1). */
export function _Py_utf8_mode(): boolean {
  const host = _PyThreadState_GET().interp.host;
  const flag = host.getenv("PYTHONUTF8");
  if (flag === "1") return true;
  if (flag === "0") return false;
  return _Py_GetLocaleEncoding() === "utf-8";
}

// -- the module functions -------------------------------------------------------------------

const OPEN_KWLIST = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

/** str-or-None argument of open(): the JS string, null for None, undefined after an error. */
function str_or_none(fname: string, argname: string, o: PyObject | null): string | null | undefined {
  if (o === null || o === Py_None) return null;
  if (!PyUnicode_Check(o)) {
    _PyArg_BadArgument(fname, `argument '${argname}'`, "str or None", o);
    return undefined;
  }
  const s = (o as PyUnicodeObject).str;
  if (s.includes("\0")) {
    PyErr_SetString(PyExc_ValueError, "embedded null character");
    return undefined;
  }
  return s;
}

/**
 * @cpython _io_open_impl: open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None)
 */
export function _io_open(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "open", OPEN_KWLIST, 1, 8, 0);
  if (a === null) return null;
  const file = a[0]!;
  let mode = "r";
  if (a[1] !== null) {
    if (!PyUnicode_Check(a[1])) return _PyArg_BadArgument("open", "argument 'mode'", "str", a[1]);
    mode = (a[1] as PyUnicodeObject).str;
    if (mode.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  }
  let buffering = -1;
  if (a[2] !== null) {
    const b = _PyIO_int_arg(a[2]);
    if (b === null) return null;
    buffering = b;
  }
  const encoding = str_or_none("open", "encoding", a[3]);
  if (encoding === undefined) return null;
  const errors = str_or_none("open", "errors", a[4]);
  if (errors === undefined) return null;
  const newline = str_or_none("open", "newline", a[5]);
  if (newline === undefined) return null;
  let closefd = 1;
  if (a[6] !== null) {
    const c = _PyIO_int_arg(a[6]);
    if (c === null) return null;
    closefd = c !== 0 ? 1 : 0;
  }
  const opener = a[7] ?? Py_None;
  return _PyIO_open_impl(file, mode, buffering, encoding, errors, newline, closefd !== 0, opener);
}

/** The body of open(), shared with the start-up code that makes sys.stdin/stdout/stderr. */
export function _PyIO_open_impl(
  file: PyObject, mode: string, buffering: number, encoding: string | null, errors: string | null,
  newline: string | null, closefd: boolean, opener: PyObject,
): PyObject | null {
  let creating = false, reading = false, writing = false, appending = false, updating = false;
  let text = false, binary = false;
  const is_number = PyNumber_Check(file);
  let path_or_fd: PyObject;
  if (is_number) {
    Py_INCREF(file);
    path_or_fd = file;
  } else {
    const p = _PyIO_FSPath(file);
    if (p === null) return null;
    path_or_fd = p;
  }
  if (!is_number && !PyUnicode_Check(path_or_fd) && !PyBytes_Check(path_or_fd)) {
    Py_DECREF(path_or_fd);
    const r = PyObject_Repr(file);
    if (r === null) return null;
    PyErr_SetString(PyExc_TypeError, `invalid file: ${(r as PyUnicodeObject).str}`);
    Py_DECREF(r);
    return null;
  }
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    let ok = true;
    switch (c) {
      case "x": creating = true; break;
      case "r": reading = true; break;
      case "w": writing = true; break;
      case "a": appending = true; break;
      case "+": updating = true; break;
      case "t": text = true; break;
      case "b": binary = true; break;
      default: ok = false;
    }
    if (!ok || mode.indexOf(c, i + 1) >= 0) {
      Py_DECREF(path_or_fd);
      return PyErr_SetString(PyExc_ValueError, `invalid mode: '${mode}'`);
    }
  }
  let rawmode = "";
  if (creating) rawmode += "x";
  if (reading) rawmode += "r";
  if (writing) rawmode += "w";
  if (appending) rawmode += "a";
  if (updating) rawmode += "+";
  let msg: string | null = null;
  if (text && binary) msg = "can't have text and binary mode at once";
  else if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    msg = "must have exactly one of create/read/write/append mode";
  } else if (binary && encoding !== null) msg = "binary mode doesn't take an encoding argument";
  else if (binary && errors !== null) msg = "binary mode doesn't take an errors argument";
  else if (binary && newline !== null) msg = "binary mode doesn't take a newline argument";
  if (msg !== null) {
    Py_DECREF(path_or_fd);
    return PyErr_SetString(PyExc_ValueError, msg);
  }
  // DIVERGENCE: buffering=1 in binary mode should warn (RuntimeWarning); there is no
  // warnings machinery yet, so the default buffer size is used silently.

  // The raw stream.
  const rawmodeobj = PyUnicode_FromString(rawmode);
  const closefdobj = closefd ? Py_True : Py_False;
  const raw = PyObject_Vectorcall(PyFileIO_Type, [path_or_fd, rawmodeobj, closefdobj, opener], null);
  Py_DECREF(rawmodeobj);
  Py_DECREF(path_or_fd);
  if (raw === null) return null;
  let result: PyObject = raw;
  const fail = (): null => {
    const exc = PyErr_Fetch();
    const r = PyObject_CallMethod(result, "close", []);
    _PyErr_ChainExceptions(exc);
    Py_XDECREF(r);
    Py_DECREF(result);
    return null;
  };
  let isatty = 0;
  if (buffering < 0) {
    const res = PyObject_CallMethod(raw, "isatty", []);
    if (res === null) return fail();
    const v = PyLong_AsSsize_t(res);
    Py_DECREF(res);
    if (v === -1 && PyErr_Occurred()) return fail();
    isatty = v;
  }
  let line_buffering = false;
  if (buffering === 1 || isatty) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) {
    const blk = PyObject_GetAttr(raw, _PyUnicode_FromId("_blksize"));
    if (blk === null) return fail();
    buffering = PyLong_AsSsize_t(blk);
    Py_DECREF(blk);
    if (buffering === -1 && PyErr_Occurred()) return fail();
  }
  if (buffering < 0) {
    PyErr_SetString(PyExc_ValueError, "invalid buffering size");
    return fail();
  }
  if (buffering === 0) {
    if (!binary) {
      PyErr_SetString(PyExc_ValueError, "can't have unbuffered text I/O");
      return fail();
    }
    return result;
  }
  let Buffered_class: PyTypeObject;
  if (updating) Buffered_class = PyBufferedRandom_Type;
  else if (creating || writing || appending) Buffered_class = PyBufferedWriter_Type;
  else if (reading) Buffered_class = PyBufferedReader_Type;
  else {
    PyErr_SetString(PyExc_ValueError, `unknown mode: '${mode}'`);
    return fail();
  }
  const bufsize = PyLong_FromNumber(buffering);
  const buffer = PyObject_Vectorcall(Buffered_class, [raw, bufsize], null);
  Py_DECREF(bufsize);
  if (buffer === null) return fail();
  result = buffer;
  Py_DECREF(raw);
  if (binary) return result;
  const encobj = encoding === null ? Py_None : PyUnicode_FromString(encoding);
  const errobj = errors === null ? Py_None : PyUnicode_FromString(errors);
  const nlobj = newline === null ? Py_None : PyUnicode_FromString(newline);
  const wrapper = PyObject_Vectorcall(PyTextIOWrapper_Type,
    [buffer, encobj, errobj, nlobj, line_buffering ? Py_True : Py_False], null);
  if (encobj !== Py_None) Py_DECREF(encobj);
  if (errobj !== Py_None) Py_DECREF(errobj);
  if (nlobj !== Py_None) Py_DECREF(nlobj);
  if (wrapper === null) return fail();
  result = wrapper;
  Py_DECREF(buffer);
  const modeobj = PyUnicode_FromString(mode);
  const rc = PyObject_SetAttr(wrapper, _PyUnicode_FromId("mode"), modeobj);
  Py_DECREF(modeobj);
  if (rc < 0) return fail();
  return result;
}

/** @cpython _io_text_encoding_impl: text_encoding(encoding, stacklevel=2, /) */
function _io_text_encoding(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("text_encoding", args.length, 1, 2)) return null;
  if (args.length > 1 && _PyIO_int_arg(args[1]) === null) return null;
  const encoding = args[0];
  // DIVERGENCE: no EncodingWarning (there is no -X warn_default_encoding).
  if (encoding === Py_None) return PyUnicode_FromString(_Py_utf8_mode() ? "utf-8" : "locale");
  Py_INCREF(encoding);
  return encoding;
}

/** @cpython _io_open_code_impl: open_code(path) = open(path, 'rb') (no audit hook here). */
function _io_open_code(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "open_code", ["path"], 1, 1, 0);
  if (a === null) return null;
  if (!PyUnicode_Check(a[0]!)) return _PyArg_BadArgument("open_code", "argument 'path'", "str", a[0]!);
  return _PyIO_open_impl(a[0]!, "rb", -1, null, null, null, true, Py_None);
}

const module_methods: PyMethodDef[] = [
  { ml_name: "open", ml_meth: _io_open, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Open a file and return a stream over it; OSError if that fails." },
  { ml_name: "text_encoding", ml_meth: _io_text_encoding, ml_flags: METH_FASTCALL,
    ml_doc: "The encoding to use: encoding itself, or the default text encoding when it is None." },
  { ml_name: "open_code", ml_meth: _io_open_code, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Open a file whose contents are to be imported: open(path, 'rb')." },
];

let types_ready = false;

/** Set the bases and ready every _io type (the first part of PyInit__io, also run at start-up for the std streams). */
export function _PyIO_InitTypes(): void {
  if (types_ready) return;
  types_ready = true;
  _PyIOBase_InitTypes();
  PyFileIO_Type.tp_base = PyRawIOBase_Type;
  PyBytesIO_Type.tp_base = PyBufferedIOBase_Type;
  PyStringIO_Type.tp_base = PyTextIOBase_Type;
  PyBufferedIOBase_Type.tp_base = PyIOBase_Type;
  PyTextIOBase_Type.tp_base = PyIOBase_Type;
  PyBufferedReader_Type.tp_base = PyBufferedIOBase_Type;
  PyBufferedWriter_Type.tp_base = PyBufferedIOBase_Type;
  PyBufferedRWPair_Type.tp_base = PyBufferedIOBase_Type;
  PyBufferedRandom_Type.tp_base = PyBufferedIOBase_Type;
  PyTextIOWrapper_Type.tp_base = PyTextIOBase_Type;
  for (const t of static_types()) PyType_Ready(t);
  PyType_Ready(PyBytesIOBuffer_Type);
  _PyBytesIOBuffer_Init();
}
import { PyType_Ready } from "../../Objects/typeobject.ts";

function static_types(): PyTypeObject[] {
  return [
    PyIOBase_Type, PyIncrementalNewlineDecoder_Type, PyBufferedIOBase_Type, PyRawIOBase_Type, PyTextIOBase_Type,
    PyBytesIO_Type, PyBufferedReader_Type, PyBufferedWriter_Type, PyBufferedRWPair_Type, PyBufferedRandom_Type,
    PyFileIO_Type, PyStringIO_Type, PyTextIOWrapper_Type,
  ];
}

/** @cpython PyInit__io */
export function PyInit__io(): PyObject | null {
  _PyIO_InitTypes();
  const m = PyModule_Create("_io", MODULE_DOC, module_methods);
  if (PyModule_AddIntConstant(m, "DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE) < 0) return null;
  if (PyModule_AddObjectRef(m, "UnsupportedOperation", _PyIO_unsupported_operation()) < 0) return null;
  if (PyModule_AddObjectRef(m, "BlockingIOError", PyExc_BlockingIOError) < 0) return null;
  for (const t of static_types()) if (PyModule_AddType(m, t) < 0) return null;
  return m;
}

const MODULE_DOC = "Streams: raw, buffered and text I/O, the layers open() stacks.\n\n" +
  "_IOBase is the root of the stream classes. _RawIOBase reads and writes bytes\n" +
  "directly (FileIO over an operating-system file descriptor); _BufferedIOBase adds\n" +
  "a buffer (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, and the\n" +
  "in-memory BytesIO); _TextIOBase reads and writes str (TextIOWrapper over a\n" +
  "buffered stream, and the in-memory StringIO).\n\n" +
  "DEFAULT_BUFFER_SIZE is the buffer size used when the file does not suggest one.\n";
