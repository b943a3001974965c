/**
 * @mirrors Modules/_io/iobase.c
 * _IOBase and _RawIOBase, the roots of the stream classes. _IOBase gives every stream the
 * generic parts: closed/close() (kept as the instance attribute `__IOBase_closed`),
 * flush(), the context-manager methods, iteration by lines, readline() over read()/peek(),
 * readlines(), writelines(), the _check* helpers and the finalizer that closes a stream
 * when it is dropped. _RawIOBase adds read() over readinto() and readall() over read().
 *
 *   >>> class R(_io._RawIOBase):
 *   ...     def readinto(self, b): b[:2] = b'hi'; return 2
 *   >>> R().read(2)
 *   b'hi'
 *
 * A stream is finalized when its last reference goes: close() runs (so buffered data is
 * written) before the memory is released; errors there are swallowed as in CPython's
 * release builds.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_NOARGS, METH_O, METH_VARARGS, METH_FASTCALL,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_Fetch, PyErr_Restore, PyErr_SetNone } from "../../Python/errors.ts";
import { PyExc_ValueError, PyExc_OSError, PyExc_TypeError, PyExc_NotImplementedError } from "../../Objects/exceptions.ts";
import { _PyUnicode_FromId } from "../../Objects/unicodeobject.ts";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../../Objects/bytesobject.ts";
import { PyByteArray_FromArray, PyByteArrayObject } from "../../Objects/bytearrayobject.ts";
import { PyLong_FromNumber, PyNumber_AsSsize_t } from "../../Objects/longobject.ts";
import {
  Py_None, Py_NewNone, PyObject_GetAttr, PyObject_SetAttr, PyObject_IsTrue, PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
} from "../../Objects/object.ts";
import { PyObject_CallMethod, PyObject_CallOneArg } from "../../Objects/call.ts";
import { PyObject_GetIter, PyIter_Next, PyObject_Size } from "../../Objects/abstract.ts";
import { PyList_New, PyList_Append, _PyList_Extend, type PyListObject } from "../../Objects/listobject.ts";
import { PyBool_FromLong, Py_True } from "../../Objects/boolobject.ts";
import { PyDict_New } from "../../Objects/dictobject.ts";
import { _PyArg_CheckPositional } from "../../Python/getargs.ts";
import {
  _PyIO_unsupported, _PyIO_LookupAttr, _PyIO_trap_eintr, _PyErr_ChainExceptions, _Py_convert_optional_to_ssize_t,
  _PyIO_ssize_arg, DEFAULT_BUFFER_SIZE,
} from "./_iomodule.ts";

/** @cpython iobase: an _IOBase instance (the layout of every pure-Python stream class). */
export class PyIOBaseObject extends PyObject {
  constructor(type: PyTypeObject) {
    super(type);
  }
}

/** @cpython iobase_unsupported */
function iobase_unsupported(message: string): null {
  return _PyIO_unsupported(message);
}

/** @cpython iobase_seek: seek(...) is not supported by the base class. */
function iobase_seek(_self: PyObject, _args: PyObject[]): PyObject | null {
  return iobase_unsupported("seek");
}

/** @cpython _io__IOBase_tell_impl: self.seek(0, 1) */
function iobase_tell(self: PyObject): PyObject | null {
  const zero = PyLong_FromNumber(0), one = PyLong_FromNumber(1);
  const r = PyObject_CallMethod(self, "seek", [zero, one]);
  Py_DECREF(zero);
  Py_DECREF(one);
  return r;
}

/** @cpython iobase_truncate */
function iobase_truncate(_self: PyObject, _args: PyObject[]): PyObject | null {
  return iobase_unsupported("truncate");
}

/** @cpython iobase_is_closed: 1 when the instance attribute __IOBase_closed exists, 0 if not, -1 on error. */
function iobase_is_closed(self: PyObject): number {
  const r = _PyIO_LookupAttr(self, "__IOBase_closed");
  if (r === null) return -1;
  if (r === undefined) return 0;
  Py_DECREF(r);
  return 1;
}

/** @cpython _io__IOBase_flush_impl */
function iobase_flush(self: PyObject): PyObject | null {
  const closed = iobase_is_closed(self);
  if (closed === 0) return Py_NewNone();
  if (closed > 0) PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
  return null;
}

/** @cpython iobase_closed_get */
function iobase_closed_get(self: PyObject): PyObject | null {
  const closed = iobase_is_closed(self);
  if (closed < 0) return null;
  return PyBool_FromLong(closed);
}

/**
 * @cpython iobase_check_closed: ValueError when self.closed is true. 0 when open, -1 on
 * error; a missing `closed` counts as open.
 */
export function iobase_check_closed(self: PyObject): number {
  const res = _PyIO_LookupAttr(self, "closed");
  if (res === null) return -1;
  if (res === undefined) return 0;
  const closed = PyObject_IsTrue(res);
  Py_DECREF(res);
  if (closed > 0) {
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
    return -1;
  }
  return closed;
}

/** @cpython _PyIOBase_check_closed (the _checkClosed method). */
export function _PyIOBase_check_closed(self: PyObject): PyObject | null {
  if (iobase_check_closed(self)) return null;
  return Py_NewNone();
}

/** @cpython _io__IOBase_close_impl: flush(), then mark closed (even if flush failed). */
function iobase_close(self: PyObject): PyObject | null {
  const closed = iobase_is_closed(self);
  if (closed < 0) return null;
  if (closed) return Py_NewNone();
  const res = PyObject_CallMethod(self, "flush", []);
  const exc = PyErr_Fetch();
  const rc = PyObject_SetAttr(self, _PyUnicode_FromId("__IOBase_closed"), Py_True);
  _PyErr_ChainExceptions(exc);
  if (rc < 0 && res !== null) {
    Py_DECREF(res);
    return null;
  }
  if (res === null) return null;
  Py_DECREF(res);
  return Py_NewNone();
}

/**
 * @cpython iobase_finalize: close an open stream that is being destroyed; the pending
 * exception is kept and close()'s own errors are swallowed.
 */
export function iobase_finalize(self: PyObject): void {
  const saved = PyErr_Fetch();
  let closed: number;
  const res = _PyIO_LookupAttr(self, "closed");
  if (res === null || res === undefined) {
    PyErr_Clear();
    closed = -1;
  } else {
    closed = PyObject_IsTrue(res);
    Py_DECREF(res);
    if (closed === -1) PyErr_Clear();
  }
  if (closed === 0) {
    if (PyObject_SetAttr(self, _PyUnicode_FromId("_finalizing"), Py_True) < 0) PyErr_Clear();
    const r = PyObject_CallMethod(self, "close", []);
    if (r === null) PyErr_Clear();
    else Py_DECREF(r);
  }
  PyErr_Restore(saved);
}

/**
 * @cpython _PyIOBase_finalize: called first by the deallocators of the _io types. For an
 * instance of a class (a heap type) subtype_dealloc has already run the finalizer; for
 * an instance of the _io type itself it runs here, with the object resurrected for the
 * call. Returns -1 when the finalizer resurrected the object (the caller must stop).
 */
export function _PyIOBase_finalize(self: PyObject): number {
  if (self.ob_type.tp_flags & Py_TPFLAGS_HEAPTYPE) return 0;
  const fin = self.ob_type.tp_finalize;
  if (fin === null) return 0;
  self.ob_refcnt = 1;
  fin(self);
  if (--self.ob_refcnt !== 0) return -1;
  return 0;
}

/** Release the instance dict (what subtype_dealloc does for classes, needed for the exact _io types). */
export function _PyIO_clear_dict(self: PyObject): void {
  const d = self.ob_dict;
  if (d !== null) {
    self.ob_dict = null;
    Py_DECREF(d);
  }
}

/** @cpython iobase_dealloc */
function iobase_dealloc(self: PyObject): void {
  if (_PyIOBase_finalize(self) < 0) return;
  _PyIO_clear_dict(self);
}

/** @cpython _io__IOBase_seekable_impl */
function iobase_false(_self: PyObject): PyObject {
  return PyBool_FromLong(0);
}

/** @cpython _PyIOBase_check_seekable: self.seekable() must be True (returned), else UnsupportedOperation. */
export function _PyIOBase_check_seekable(self: PyObject): PyObject | null {
  return check_true(self, "seekable", "File or stream is not seekable.");
}
/** @cpython _PyIOBase_check_readable */
export function _PyIOBase_check_readable(self: PyObject): PyObject | null {
  return check_true(self, "readable", "File or stream is not readable.");
}
/** @cpython _PyIOBase_check_writable */
export function _PyIOBase_check_writable(self: PyObject): PyObject | null {
  return check_true(self, "writable", "File or stream is not writable.");
}

function check_true(self: PyObject, method: string, message: string): PyObject | null {
  const res = PyObject_CallMethod(self, method, []);
  if (res === null) return null;
  if (res !== Py_True) {
    Py_DECREF(res);
    return iobase_unsupported(message);
  }
  return res;
}

/** @cpython iobase_enter */
function iobase_enter(self: PyObject): PyObject | null {
  if (iobase_check_closed(self)) return null;
  Py_INCREF(self);
  return self;
}

/** @cpython iobase_exit: close(), whatever the exception. */
function iobase_exit(self: PyObject, _args: PyObject[]): PyObject | null {
  return PyObject_CallMethod(self, "close", []);
}

/** @cpython _io__IOBase_fileno_impl */
function iobase_fileno(_self: PyObject): PyObject | null {
  return iobase_unsupported("fileno");
}

/** @cpython _io__IOBase_isatty_impl */
function iobase_isatty(self: PyObject): PyObject | null {
  if (iobase_check_closed(self)) return null;
  return PyBool_FromLong(0);
}

/**
 * @cpython _io__IOBase_readline_impl: read one byte at a time (or up to the next newline
 * that peek() shows) until b'\n' or the limit.
 */
function iobase_readline(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("readline", args.length, 0, 1)) return null;
  const limit = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (limit === null) return null;
  const peek = _PyIO_LookupAttr(self, "peek");
  if (peek === null) return null;
  const parts: Uint8Array[] = [];
  let total = 0;
  let last = -1;
  const fail = (): null => {
    if (peek !== undefined) Py_DECREF(peek);
    return null;
  };
  while (limit < 0 || total < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const one = PyLong_FromNumber(1);
      const readahead = PyObject_CallOneArg(peek, one);
      Py_DECREF(one);
      if (readahead === null) {
        if (_PyIO_trap_eintr()) continue;
        return fail();
      }
      if (!PyBytes_Check(readahead)) {
        PyErr_SetString(PyExc_OSError, `peek() should have returned a bytes object, not '${readahead.ob_type.tp_name}'`);
        Py_DECREF(readahead);
        return fail();
      }
      const buf = (readahead as PyBytesObject).ob_sval;
      if (buf.length > 0) {
        let n = 0;
        for (;;) {
          if (n >= buf.length || (limit >= 0 && n >= limit)) break;
          if (buf[n++] === 0x0a) break;
        }
        nreadahead = n;
      }
      Py_DECREF(readahead);
    }
    const nobj = PyLong_FromNumber(nreadahead);
    const b = PyObject_CallMethod(self, "read", [nobj]);
    Py_DECREF(nobj);
    if (b === null) {
      if (_PyIO_trap_eintr()) continue;
      return fail();
    }
    if (!PyBytes_Check(b)) {
      PyErr_SetString(PyExc_OSError, `read() should have returned a bytes object, not '${b.ob_type.tp_name}'`);
      Py_DECREF(b);
      return fail();
    }
    const data = (b as PyBytesObject).ob_sval;
    if (data.length === 0) {
      Py_DECREF(b);
      break;
    }
    parts.push(data);
    total += data.length;
    last = data[data.length - 1];
    Py_DECREF(b);
    if (last === 0x0a) break;
  }
  if (peek !== undefined) Py_DECREF(peek);
  return PyBytes_FromArray(concat(parts, total));
}

/** The concatenation of byte arrays. */
export function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0].slice();
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** @cpython iobase_iter */
function iobase_iter(self: PyObject): PyObject | null {
  if (iobase_check_closed(self)) return null;
  Py_INCREF(self);
  return self;
}

/** @cpython iobase_iternext: the next readline(), None at an empty line. */
function iobase_iternext(self: PyObject): PyObject | null {
  const line = PyObject_CallMethod(self, "readline", []);
  if (line === null) return null;
  if (PyObject_Size(line) <= 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

/** @cpython _io__IOBase_readlines_impl */
function iobase_readlines(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("readlines", args.length, 0, 1)) return null;
  const hint = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (hint === null) return null;
  const result = PyList_New(0);
  if (hint <= 0) {
    const r = _PyList_Extend(result, self);
    if (r === null) {
      Py_DECREF(result);
      return null;
    }
    Py_DECREF(r);
    return result;
  }
  const it = PyObject_GetIter(self);
  if (it === null) {
    Py_DECREF(result);
    return null;
  }
  let length = 0;
  for (;;) {
    const line = PyIter_Next(it);
    if (line === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(it);
        Py_DECREF(result);
        return null;
      }
      break;
    }
    if (PyList_Append(result, line) < 0) {
      Py_DECREF(line);
      Py_DECREF(it);
      Py_DECREF(result);
      return null;
    }
    const line_length = PyObject_Size(line);
    Py_DECREF(line);
    if (line_length < 0) {
      Py_DECREF(it);
      Py_DECREF(result);
      return null;
    }
    if (line_length > hint - length) break;
    length += line_length;
  }
  Py_DECREF(it);
  return result;
}

/** @cpython _io__IOBase_writelines */
function iobase_writelines(self: PyObject, lines: PyObject): PyObject | null {
  if (iobase_check_closed(self)) return null;
  const iter = PyObject_GetIter(lines);
  if (iter === null) return null;
  for (;;) {
    const line = PyIter_Next(iter);
    if (line === null) {
      Py_DECREF(iter);
      if (PyErr_Occurred()) return null;
      break;
    }
    let res: PyObject | null;
    do {
      res = PyObject_CallMethod(self, "write", [line]);
    } while (res === null && _PyIO_trap_eintr());
    Py_DECREF(line);
    if (res === null) {
      Py_DECREF(iter);
      return null;
    }
    Py_DECREF(res);
  }
  return Py_NewNone();
}

function iobase_dict_get(self: PyObject): PyObject {
  if (self.ob_dict === null) self.ob_dict = PyDict_New();
  Py_INCREF(self.ob_dict);
  return self.ob_dict;
}

const iobase_methods: PyMethodDef[] = [
  { ml_name: "seek", ml_meth: iobase_seek, ml_flags: METH_FASTCALL, ml_doc: "Move the stream position; not supported here." },
  { ml_name: "tell", ml_meth: iobase_tell, ml_flags: METH_NOARGS, ml_doc: "The current stream position." },
  { ml_name: "truncate", ml_meth: iobase_truncate, ml_flags: METH_FASTCALL, ml_doc: "Cut the stream to a size; not supported here." },
  { ml_name: "flush", ml_meth: iobase_flush, ml_flags: METH_NOARGS, ml_doc: "Write out buffered data, if any." },
  { ml_name: "close", ml_meth: iobase_close, ml_flags: METH_NOARGS, ml_doc: "Flush and close the stream." },
  { ml_name: "seekable", ml_meth: iobase_false, ml_flags: METH_NOARGS, ml_doc: "Whether the stream supports random access." },
  { ml_name: "readable", ml_meth: iobase_false, ml_flags: METH_NOARGS, ml_doc: "Whether the stream can be read." },
  { ml_name: "writable", ml_meth: iobase_false, ml_flags: METH_NOARGS, ml_doc: "Whether the stream can be written." },
  { ml_name: "_checkClosed", ml_meth: _PyIOBase_check_closed, ml_flags: METH_NOARGS },
  { ml_name: "_checkSeekable", ml_meth: _PyIOBase_check_seekable, ml_flags: METH_NOARGS },
  { ml_name: "_checkReadable", ml_meth: _PyIOBase_check_readable, ml_flags: METH_NOARGS },
  { ml_name: "_checkWritable", ml_meth: _PyIOBase_check_writable, ml_flags: METH_NOARGS },
  { ml_name: "fileno", ml_meth: iobase_fileno, ml_flags: METH_NOARGS, ml_doc: "The underlying file descriptor, if there is one." },
  { ml_name: "isatty", ml_meth: iobase_isatty, ml_flags: METH_NOARGS, ml_doc: "Whether the stream is a terminal." },
  { ml_name: "__enter__", ml_meth: iobase_enter, ml_flags: METH_NOARGS },
  { ml_name: "__exit__", ml_meth: iobase_exit, ml_flags: METH_FASTCALL },
  { ml_name: "readline", ml_meth: iobase_readline, ml_flags: METH_FASTCALL, ml_doc: "Read up to and including the next newline." },
  { ml_name: "readlines", ml_meth: iobase_readlines, ml_flags: METH_FASTCALL, ml_doc: "A list of the lines that remain." },
  { ml_name: "writelines", ml_meth: iobase_writelines, ml_flags: METH_O, ml_doc: "Write each string of an iterable." },
];

/** @cpython iobase_new (PyType_GenericNew) */
function iobase_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyIOBaseObject(type);
}

/** @cpython PyIOBase_Type */
export const PyIOBase_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io._IOBase", tp_basicsize: 32, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 16, tp_weaklistoffset: 24,
  tp_dealloc: iobase_dealloc, tp_finalize: iobase_finalize, tp_new: iobase_new,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_iter: iobase_iter, tp_iternext: iobase_iternext,
  tp_methods: iobase_methods,
  tp_getset: [
    { name: "__dict__", get: iobase_dict_get },
    { name: "closed", get: iobase_closed_get },
  ],
  tp_doc: "The base class of all I/O classes.\n\nIt offers closing, flushing, the context-manager protocol, iteration by\n" +
    "lines and default methods that raise UnsupportedOperation.",
});

// -- _RawIOBase ---------------------------------------------------------------------------------

/** @cpython _io__RawIOBase_read_impl: read(size=-1) through readinto() (readall() when size < 0). */
function rawiobase_read(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("read", args.length, 0, 1)) return null;
  let n = -1;
  if (args.length > 0) {
    const v = _PyIO_ssize_arg(args[0]);
    if (v === null) return null;
    n = v;
  }
  if (n < 0) return PyObject_CallMethod(self, "readall", []);
  const b = PyByteArray_FromArray(new Uint8Array(n));
  const res = PyObject_CallMethod(self, "readinto", [b]);
  if (res === null || res === Py_None) {
    Py_DECREF(b);
    return res;
  }
  const got = PyNumber_AsSsize_t(res, PyExc_ValueError);
  Py_DECREF(res);
  if (got === -1 && PyErr_Occurred()) {
    Py_DECREF(b);
    return null;
  }
  const ba = b as PyByteArrayObject;
  const data = ba.ob_bytes.slice(ba.ob_start, ba.ob_start + Math.min(Math.max(got, 0), ba.ob_size));
  Py_DECREF(b);
  return PyBytes_FromArray(data);
}

/** @cpython _io__RawIOBase_readall_impl: read(DEFAULT_BUFFER_SIZE) until b'' (or None). */
function rawiobase_readall(self: PyObject): PyObject | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const size = PyLong_FromNumber(DEFAULT_BUFFER_SIZE);
    const data = PyObject_CallMethod(self, "read", [size]);
    Py_DECREF(size);
    if (data === null) {
      if (_PyIO_trap_eintr()) continue;
      return null;
    }
    if (data === Py_None) {
      if (chunks.length === 0) return data;
      Py_DECREF(data);
      break;
    }
    if (!PyBytes_Check(data)) {
      Py_DECREF(data);
      return PyErr_SetString(PyExc_TypeError, "read() should return bytes");
    }
    const d = (data as PyBytesObject).ob_sval;
    Py_DECREF(data);
    if (d.length === 0) break;
    chunks.push(d);
    total += d.length;
  }
  return PyBytes_FromArray(chunks.length === 0 ? new Uint8Array(0) : concat(chunks, total));
}

/** @cpython rawiobase_readinto / rawiobase_write: for subclasses to provide. */
function rawiobase_notimplemented(_self: PyObject, _args: PyObject[]): PyObject | null {
  return PyErr_SetNone(PyExc_NotImplementedError);
}

/** @cpython PyRawIOBase_Type */
export const PyRawIOBase_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io._RawIOBase", tp_flags: Py_TPFLAGS_BASETYPE,
  tp_methods: [
    { ml_name: "read", ml_meth: rawiobase_read, ml_flags: METH_FASTCALL, ml_doc: "Read up to size bytes with one readinto() call." },
    { ml_name: "readall", ml_meth: rawiobase_readall, ml_flags: METH_NOARGS, ml_doc: "Read until the end of the stream." },
    { ml_name: "readinto", ml_meth: rawiobase_notimplemented, ml_flags: METH_FASTCALL },
    { ml_name: "write", ml_meth: rawiobase_notimplemented, ml_flags: METH_FASTCALL },
  ],
  tp_doc: "The base class of raw binary I/O.",
});

/** Set the bases _io's pure base classes have. */
export function _PyIOBase_InitTypes(): void {
  PyRawIOBase_Type.tp_base = PyIOBase_Type;
}
