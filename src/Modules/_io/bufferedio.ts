/**
 * @mirrors Modules/_io/bufferedio.c
 * The buffered binary streams: _BufferedIOBase, and BufferedReader, BufferedWriter,
 * BufferedRandom (both at once, over one seekable raw stream) and BufferedRWPair (a
 * reader and a writer side by side).
 *
 * One buffer serves reading and writing, with these marks (offsets into the buffer):
 *
 *     0        raw_pos   pos          read_end              buffer_size
 *     |-----------|-------|---------------|------------------------|
 *                 where the raw stream is; pos is the logical position;
 *                 [pos, read_end) is read-ahead; [write_pos, write_end) waits to be written
 *
 * read_end is -1 when the buffer holds nothing to read, write_end -1 when nothing waits
 * to be written. abs_pos caches the raw stream's absolute position (-1 when unknown), so
 * tell() is raw position - (raw_pos - pos) without a system call.
 *
 *   >>> w = _io.BufferedWriter(_io.FileIO("f", "w"), 4)
 *   >>> w.write(b"ab"); w.raw.tell()     # still in the buffer
 *   2
 *   0
 *
 * When the raw stream is an exact FileIO, the raw reads and writes call it directly
 * (the same code FileIO's methods run) instead of going through method lookups.
 * DIVERGENCE: a raw stream written in Python receives a bytearray (readinto) or a bytes
 * copy (write) where CPython passes a memoryview over the buffer.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_NOARGS, METH_O, METH_VARARGS, METH_FASTCALL,
  METH_KEYWORDS, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_Fetch, PyErr_Restore, PyErr_ExceptionMatches, PyErr_SetObject, PyErr_GivenExceptionMatches } from "../../Python/errors.ts";
import {
  PyExc_ValueError, PyExc_OSError, PyExc_TypeError, PyExc_RuntimeError, PyExc_BlockingIOError, PyExc_AttributeError,
  PyException_SetCause, PyException_SetContext, type PyOSErrorObject,
} from "../../Objects/exceptions.ts";
import { PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../../Objects/bytesobject.ts";
import { PyByteArray_FromArray, type PyByteArrayObject } from "../../Objects/bytearrayobject.ts";
import { PyLong_FromNumber, PyNumber_AsSsize_t } from "../../Objects/longobject.ts";
import {
  Py_None, Py_NewNone, PyObject_Repr, PyObject_GetAttr, PyObject_IsTrue, PyObject_GenericGetAttr,
  PyObject_GenericSetAttr, Py_ReprEnter, Py_ReprLeave,
} from "../../Objects/object.ts";
import { PyObject_CallMethod, PyObject_Vectorcall } from "../../Objects/call.ts";
import { PyBool_FromLong, Py_False } from "../../Objects/boolobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../../Python/getargs.ts";
import {
  _PyIO_unsupported, _PyIO_LookupAttr, _PyIO_trap_eintr, _PyErr_ChainExceptions, _Py_convert_optional_to_ssize_t,
  _PyIO_ssize_arg, _PyIO_int_arg, _PyIO_GetBuffer, _PyIO_GetWritableBuffer, PyNumber_AsOff_t, DEFAULT_BUFFER_SIZE,
  EAGAIN,
} from "./_iomodule.ts";
import {
  _PyIOBase_finalize, _PyIO_clear_dict, _PyIOBase_check_readable, _PyIOBase_check_writable, _PyIOBase_check_seekable,
  concat,
} from "./iobase.ts";
import {
  PyFileIO_Type, fileio_readall, fileio_tell, _PyFileIO_closed, _PyFileIO_readinto_array, _PyFileIO_write_array, portable_lseek, set_bool_member,
  type PyFileIOObject,
} from "./fileio.ts";

// -- _BufferedIOBase -------------------------------------------------------------------------

/** @cpython _bufferediobase_readinto_generic: readinto(b) through read()/read1(). */
function _bufferediobase_readinto_generic(self: PyObject, arg: PyObject, readinto1: boolean): PyObject | null {
  const dest = _PyIO_GetWritableBuffer(readinto1 ? "readinto1" : "readinto", arg);
  if (dest === null) return null;
  const n = PyLong_FromNumber(dest.length);
  const data = PyObject_CallMethod(self, readinto1 ? "read1" : "read", [n]);
  Py_DECREF(n);
  if (data === null) return null;
  if (!PyBytes_Check(data)) {
    Py_DECREF(data);
    return PyErr_SetString(PyExc_TypeError, "read() should return bytes");
  }
  const d = (data as PyBytesObject).ob_sval;
  if (d.length > dest.length) {
    Py_DECREF(data);
    return PyErr_SetString(PyExc_ValueError, `read() returned too much data: ${dest.length} bytes requested, ${d.length} returned`);
  }
  dest.set(d);
  Py_DECREF(data);
  return PyLong_FromNumber(d.length);
}

function bufferediobase_unsupported(message: string): null {
  return _PyIO_unsupported(message);
}

const bufferediobase_methods: PyMethodDef[] = [
  { ml_name: "detach", ml_meth: (_s: PyObject) => bufferediobase_unsupported("detach"), ml_flags: METH_NOARGS,
    ml_doc: "Separate the raw stream from the buffer and return it." },
  { ml_name: "read", ml_meth: (_s: PyObject, _a: PyObject[]) => bufferediobase_unsupported("read"), ml_flags: METH_FASTCALL,
    ml_doc: "Read up to n bytes (all of them when n is omitted or negative)." },
  { ml_name: "read1", ml_meth: (_s: PyObject, _a: PyObject[]) => bufferediobase_unsupported("read1"), ml_flags: METH_FASTCALL,
    ml_doc: "Read up to n bytes with at most one raw read." },
  { ml_name: "readinto", ml_meth: (s: PyObject, b: PyObject) => _bufferediobase_readinto_generic(s, b, false), ml_flags: METH_O },
  { ml_name: "readinto1", ml_meth: (s: PyObject, b: PyObject) => _bufferediobase_readinto_generic(s, b, true), ml_flags: METH_O },
  { ml_name: "write", ml_meth: (_s: PyObject, _a: PyObject[]) => bufferediobase_unsupported("write"), ml_flags: METH_FASTCALL,
    ml_doc: "Write a bytes-like object; the number of bytes written (all of them)." },
];

/** @cpython PyBufferedIOBase_Type */
export const PyBufferedIOBase_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io._BufferedIOBase", tp_flags: Py_TPFLAGS_BASETYPE,
  tp_methods: bufferediobase_methods,
  tp_doc: "The base class of buffered binary streams: read() may take no size, and reads\n" +
    "and writes never return None (they raise BlockingIOError instead).",
});

// -- the buffered object ---------------------------------------------------------------------

/** @cpython buffered */
export class PyBufferedObject extends PyObject {
  raw: PyObject | null;
  ok: number;
  detached: boolean;
  readable: boolean;
  writable: boolean;
  finalizing: boolean;
  /** An exact Buffered* type over an exact FileIO: closed checks read the fd. */
  fast_closed_checks: boolean;
  /** The raw stream is an exact FileIO: raw calls go straight to it. */
  raw_fileio: boolean;
  abs_pos: number;
  buffer: Uint8Array | null;
  pos: number;
  raw_pos: number;
  read_end: number;
  write_pos: number;
  write_end: number;
  buffer_size: number;
  buffer_mask: number;
  /** Set while an operation holds the (modelled) lock. */
  owner: boolean;
  constructor(type: PyTypeObject) {
    super(type);
    this.raw = null;
    this.ok = 0;
    this.detached = false;
    this.readable = false;
    this.writable = false;
    this.finalizing = false;
    this.fast_closed_checks = false;
    this.raw_fileio = false;
    this.abs_pos = 0;
    this.buffer = null;
    this.pos = 0;
    this.raw_pos = 0;
    this.read_end = -1;
    this.write_pos = 0;
    this.write_end = -1;
    this.buffer_size = 0;
    this.buffer_mask = 0;
    this.owner = false;
  }
}

/** @cpython _enter_buffered_busy / ENTER_BUFFERED: a nested call on the same stream is an error. */
function ENTER_BUFFERED(self: PyBufferedObject): boolean {
  if (self.owner) {
    const r = PyObject_Repr(self);
    PyErr_SetString(PyExc_RuntimeError, `reentrant call inside ${r === null ? "?" : (r as PyUnicodeObject).str}`);
    Py_XDECREF(r);
    return false;
  }
  self.owner = true;
  return true;
}

function LEAVE_BUFFERED(self: PyBufferedObject): void {
  self.owner = false;
}

/** @cpython CHECK_INITIALIZED */
function CHECK_INITIALIZED(self: PyBufferedObject): boolean {
  if (self.ok <= 0) {
    PyErr_SetString(PyExc_ValueError, self.detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

/** @cpython IS_CLOSED: 1, 0, or -1 with an error. */
function IS_CLOSED(self: PyBufferedObject): number {
  if (self.buffer === null) return 1;
  if (self.fast_closed_checks) return _PyFileIO_closed(self.raw!) ? 1 : 0;
  return buffered_closed(self);
}

/** @cpython CHECK_CLOSED: ValueError(msg) when closed and nothing is left to read. */
function CHECK_CLOSED(self: PyBufferedObject, msg: string): boolean {
  const c = IS_CLOSED(self);
  if (c < 0) return false;
  if (c > 0 && READAHEAD(self) === 0) {
    PyErr_SetString(PyExc_ValueError, msg);
    return false;
  }
  return true;
}

const VALID_READ_BUFFER = (self: PyBufferedObject): boolean => self.readable && self.read_end !== -1;
const VALID_WRITE_BUFFER = (self: PyBufferedObject): boolean => self.writable && self.write_end !== -1;

/** @cpython ADJUST_POSITION */
function ADJUST_POSITION(self: PyBufferedObject, new_pos: number): void {
  self.pos = new_pos;
  if (VALID_READ_BUFFER(self) && self.read_end < self.pos) self.read_end = self.pos;
}

/** @cpython READAHEAD */
function READAHEAD(self: PyBufferedObject): number {
  return self.readable && VALID_READ_BUFFER(self) ? self.read_end - self.pos : 0;
}

/** @cpython RAW_OFFSET */
function RAW_OFFSET(self: PyBufferedObject): number {
  return (VALID_READ_BUFFER(self) || VALID_WRITE_BUFFER(self)) && self.raw_pos >= 0 ? self.raw_pos - self.pos : 0;
}

/** @cpython RAW_TELL */
function RAW_TELL(self: PyBufferedObject): number {
  return self.abs_pos !== -1 ? self.abs_pos : _buffered_raw_tell(self);
}

/** @cpython MINUS_LAST_BLOCK */
function MINUS_LAST_BLOCK(self: PyBufferedObject, size: number): number {
  return self.buffer_mask ? size - (size % self.buffer_size) : self.buffer_size * Math.floor(size / self.buffer_size);
}

/** @cpython buffered_dealloc */
function buffered_dealloc(op: PyObject): void {
  const self = op as PyBufferedObject;
  self.finalizing = true;
  if (_PyIOBase_finalize(self) < 0) return;
  self.ok = 0;
  const raw = self.raw;
  self.raw = null;
  if (raw !== null) Py_DECREF(raw);
  self.buffer = null;
  _PyIO_clear_dict(self);
}

/** @cpython buffered_sizeof */
function buffered_sizeof(op: PyObject): PyObject {
  const self = op as PyBufferedObject;
  return PyLong_FromNumber(self.ob_type.tp_basicsize + (self.buffer !== null ? self.buffer_size : 0));
}

/** @cpython buffered_dealloc_warn */
function buffered_dealloc_warn(op: PyObject, source: PyObject): PyObject {
  const self = op as PyBufferedObject;
  if (self.ok && self.raw !== null) {
    const r = PyObject_CallMethod(self.raw, "_dealloc_warn", [source]);
    if (r !== null) Py_DECREF(r);
    else PyErr_Clear();
  }
  return Py_NewNone();
}

/** @cpython buffered_simple_flush: raw.flush() */
function buffered_simple_flush(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  return PyObject_CallMethod(self.raw!, "flush", []);
}

/** @cpython buffered_closed: bool(raw.closed), or -1. */
function buffered_closed(self: PyBufferedObject): number {
  if (!CHECK_INITIALIZED(self)) return -1;
  if (self.raw_fileio) return _PyFileIO_closed(self.raw!) ? 1 : 0;
  const res = PyObject_GetAttr(self.raw!, _PyUnicode_FromId("closed"));
  if (res === null) return -1;
  const closed = PyObject_IsTrue(res);
  Py_DECREF(res);
  return closed;
}

/** @cpython buffered_closed_get */
function buffered_closed_get(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  return PyObject_GetAttr(self.raw!, _PyUnicode_FromId("closed"));
}

/** @cpython buffered_close: flush(), then raw.close(); the buffer is released. */
export function buffered_close(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  if (!ENTER_BUFFERED(self)) return null;
  const r = buffered_closed(self);
  if (r < 0) {
    LEAVE_BUFFERED(self);
    return null;
  }
  if (r > 0) {
    LEAVE_BUFFERED(self);
    return Py_NewNone();
  }
  if (self.finalizing) {
    const w = buffered_dealloc_warn(self, self);
    Py_DECREF(w);
  }
  LEAVE_BUFFERED(self);
  let res = PyObject_CallMethod(self, "flush", []);
  if (!ENTER_BUFFERED(self)) {
    Py_XDECREF(res);
    return null;
  }
  let exc = null;
  if (res === null) exc = PyErr_Fetch();
  else Py_DECREF(res);
  res = PyObject_CallMethod(self.raw!, "close", []);
  self.buffer = null;
  if (exc !== null) {
    _PyErr_ChainExceptions(exc);
    if (res !== null) {
      Py_DECREF(res);
      res = null;
    }
  }
  self.read_end = 0;
  self.pos = 0;
  LEAVE_BUFFERED(self);
  return res;
}

/** @cpython buffered_detach */
function buffered_detach(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  const res = PyObject_CallMethod(self, "flush", []);
  if (res === null) return null;
  Py_DECREF(res);
  const raw = self.raw!;
  self.raw = null;
  self.raw_fileio = false;
  self.fast_closed_checks = false;
  self.detached = true;
  self.ok = 0;
  return raw;
}

function forward_raw(name: string) {
  return (op: PyObject): PyObject | null => {
    const self = op as PyBufferedObject;
    if (!CHECK_INITIALIZED(self)) return null;
    return PyObject_CallMethod(self.raw!, name, []);
  };
}

function raw_attr(name: string) {
  return (op: PyObject): PyObject | null => {
    const self = op as PyBufferedObject;
    if (!CHECK_INITIALIZED(self)) return null;
    return PyObject_GetAttr(self.raw!, _PyUnicode_FromId(name));
  };
}

/** @cpython _set_BlockingIOError */
function _set_BlockingIOError(msg: string, written: number): void {
  PyErr_Clear();
  const args = [PyLong_FromNumber(EAGAIN), PyUnicode_FromString(msg), PyLong_FromNumber(written)];
  const err = PyObject_Vectorcall(PyExc_BlockingIOError, args, null);
  for (const a of args) Py_DECREF(a);
  if (err !== null) {
    PyErr_SetObject(PyExc_BlockingIOError, err);
    Py_DECREF(err);
  }
}

/** @cpython _buffered_check_blocking_error: the BlockingIOError being raised, if that is what it is. */
function _buffered_check_blocking_error(): PyOSErrorObject | null {
  const exc = PyErr_Fetch();
  PyErr_Restore(exc);
  if (exc === null || !PyErr_GivenExceptionMatches(exc, PyExc_BlockingIOError)) return null;
  return exc as PyOSErrorObject;
}

/** @cpython _buffered_raw_tell */
function _buffered_raw_tell(self: PyBufferedObject): number {
  const res = self.raw_fileio ? fileio_tell(self.raw!) : PyObject_CallMethod(self.raw!, "tell", []);
  if (res === null) return -1;
  const n = PyNumber_AsOff_t(res, PyExc_ValueError);
  Py_DECREF(res);
  if (n < 0) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_OSError, `Raw stream returned invalid position ${n}`);
    return -1;
  }
  self.abs_pos = n;
  return n;
}

/** @cpython _buffered_raw_seek */
function _buffered_raw_seek(self: PyBufferedObject, target: number, whence: number): number {
  const posobj = PyLong_FromNumber(target);
  let res: PyObject | null;
  if (self.raw_fileio) {
    res = (self.raw as PyFileIOObject).fd < 0
      ? PyErr_SetString(PyExc_ValueError, "I/O operation on closed file")
      : portable_lseek(self.raw as PyFileIOObject, posobj, whence, false);
  } else {
    const whenceobj = PyLong_FromNumber(whence);
    res = PyObject_CallMethod(self.raw!, "seek", [posobj, whenceobj]);
    Py_DECREF(whenceobj);
  }
  Py_DECREF(posobj);
  if (res === null) return -1;
  const n = PyNumber_AsOff_t(res, PyExc_ValueError);
  Py_DECREF(res);
  if (n < 0) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_OSError, `Raw stream returned invalid position ${n}`);
    return -1;
  }
  self.abs_pos = n;
  return n;
}

/** @cpython _buffered_init */
function _buffered_init(self: PyBufferedObject): number {
  if (self.buffer_size <= 0) {
    PyErr_SetString(PyExc_ValueError, "buffer size must be strictly positive");
    return -1;
  }
  self.buffer = new Uint8Array(self.buffer_size);
  self.owner = false;
  self.buffer_mask = (self.buffer_size & (self.buffer_size - 1)) === 0 ? self.buffer_size - 1 : 0;
  if (_buffered_raw_tell(self) === -1) PyErr_Clear();
  return 0;
}

/** @cpython buffered_flush_and_rewind_unlocked */
function buffered_flush_and_rewind_unlocked(self: PyBufferedObject): boolean {
  if (!_bufferedwriter_flush_unlocked(self)) return false;
  if (self.readable) {
    const n = _buffered_raw_seek(self, -RAW_OFFSET(self), 1);
    _bufferedreader_reset_buf(self);
    if (n === -1) return false;
  }
  return true;
}

/** @cpython buffered_flush */
export function buffered_flush(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  if (!CHECK_CLOSED(self, "flush of closed file")) return null;
  if (!ENTER_BUFFERED(self)) return null;
  const ok = buffered_flush_and_rewind_unlocked(self);
  LEAVE_BUFFERED(self);
  return ok ? Py_NewNone() : null;
}

/** @cpython _io__Buffered_peek_impl: peek(size=0, /) */
function buffered_peek(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBufferedObject;
  if (!_PyArg_CheckPositional("peek", args.length, 0, 1)) return null;
  if (args.length > 0 && _PyIO_ssize_arg(args[0]) === null) return null;
  if (!CHECK_INITIALIZED(self)) return null;
  if (!CHECK_CLOSED(self, "peek of closed file")) return null;
  if (!ENTER_BUFFERED(self)) return null;
  let res: PyObject | null = null;
  if (!self.writable || buffered_flush_and_rewind_unlocked(self)) res = _bufferedreader_peek_unlocked(self);
  LEAVE_BUFFERED(self);
  return res;
}

/** @cpython _io__Buffered_read_impl: read(size=-1, /) */
function buffered_read(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBufferedObject;
  if (!_PyArg_CheckPositional("read", args.length, 0, 1)) return null;
  const n = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (n === null) return null;
  if (!CHECK_INITIALIZED(self)) return null;
  if (n < -1) return PyErr_SetString(PyExc_ValueError, "read length must be non-negative or -1");
  if (!CHECK_CLOSED(self, "read of closed file")) return null;
  let res: PyObject | null;
  if (n === -1) {
    if (!ENTER_BUFFERED(self)) return null;
    res = _bufferedreader_read_all(self);
  } else {
    res = _bufferedreader_read_fast(self, n);
    if (res !== Py_None) return res;
    Py_DECREF(res);
    if (!ENTER_BUFFERED(self)) return null;
    res = _bufferedreader_read_generic(self, n);
  }
  LEAVE_BUFFERED(self);
  return res;
}

/** @cpython _io__Buffered_read1_impl: read1(size=-1, /) -- buffered bytes, or one raw read. */
function buffered_read1(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBufferedObject;
  if (!_PyArg_CheckPositional("read1", args.length, 0, 1)) return null;
  let n = -1;
  if (args.length > 0) {
    const v = _PyIO_ssize_arg(args[0]);
    if (v === null) return null;
    n = v;
  }
  if (!CHECK_INITIALIZED(self)) return null;
  if (n < 0) n = self.buffer_size;
  if (!CHECK_CLOSED(self, "read of closed file")) return null;
  if (n === 0) return PyBytes_FromArray(new Uint8Array(0));
  const have = READAHEAD(self);
  if (have > 0) return _bufferedreader_read_fast(self, Math.min(have, n));
  const out = new Uint8Array(n);
  if (!ENTER_BUFFERED(self)) return null;
  _bufferedreader_reset_buf(self);
  let r = _bufferedreader_raw_read(self, out);
  LEAVE_BUFFERED(self);
  if (r === -1) return null;
  if (r === -2) r = 0;
  return PyBytes_FromArray(r === n ? out : out.slice(0, r));
}

/** @cpython _buffered_readinto_generic */
function _buffered_readinto_generic(op: PyObject, arg: PyObject, readinto1: boolean): PyObject | null {
  const self = op as PyBufferedObject;
  const dest = _PyIO_GetWritableBuffer(readinto1 ? "readinto1" : "readinto", arg);
  if (dest === null) return null;
  if (!CHECK_INITIALIZED(self)) return null;
  if (!CHECK_CLOSED(self, "readinto of closed file")) return null;
  const buf = self.buffer!;
  let written = 0;
  let n = READAHEAD(self);
  if (n > 0) {
    if (n >= dest.length) {
      dest.set(buf.subarray(self.pos, self.pos + dest.length));
      self.pos += dest.length;
      return PyLong_FromNumber(dest.length);
    }
    dest.set(buf.subarray(self.pos, self.pos + n));
    self.pos += n;
    written = n;
  }
  if (!ENTER_BUFFERED(self)) return null;
  let res: PyObject | null = null;
  if (self.writable && !buffered_flush_and_rewind_unlocked(self)) {
    LEAVE_BUFFERED(self);
    return null;
  }
  _bufferedreader_reset_buf(self);
  self.pos = 0;
  let failed = false;
  for (let remaining = dest.length - written; remaining > 0; written += n, remaining -= n) {
    if (remaining > self.buffer_size) {
      n = _bufferedreader_raw_read(self, dest.subarray(written, written + remaining));
    } else if (!(readinto1 && written)) {
      n = _bufferedreader_fill_buffer(self);
      if (n > 0) {
        if (n > remaining) n = remaining;
        dest.set(self.buffer!.subarray(self.pos, self.pos + n), written);
        self.pos += n;
        continue;
      }
    } else n = 0;
    if (n === 0 || (n === -2 && written > 0)) break;
    if (n < 0) {
      if (n === -2) res = Py_NewNone();
      failed = true;
      break;
    }
    if (readinto1) {
      written += n;
      break;
    }
  }
  if (!failed) res = PyLong_FromNumber(written);
  LEAVE_BUFFERED(self);
  return res;
}

/** @cpython _buffered_readline: up to and including b'\n', at most `limit` bytes. */
export function _buffered_readline(self: PyBufferedObject, limit: number): PyObject | null {
  if (!CHECK_CLOSED(self, "readline of closed file")) return null;
  let n = READAHEAD(self);
  if (limit >= 0 && n > limit) n = limit;
  let buf = self.buffer!;
  const start = self.pos;
  const nl = buf.subarray(start, start + n).indexOf(0x0a);
  if (nl >= 0) {
    const res = PyBytes_FromArray(buf.slice(start, start + nl + 1));
    self.pos += nl + 1;
    return res;
  }
  if (n === limit) {
    const res = PyBytes_FromArray(buf.slice(start, start + n));
    self.pos += n;
    return res;
  }
  if (!ENTER_BUFFERED(self)) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (n > 0) {
    chunks.push(buf.slice(start, start + n));
    total += n;
    self.pos += n;
    if (limit >= 0) limit -= n;
  }
  if (self.writable && !buffered_flush_and_rewind_unlocked(self)) {
    LEAVE_BUFFERED(self);
    return null;
  }
  for (;;) {
    _bufferedreader_reset_buf(self);
    n = _bufferedreader_fill_buffer(self);
    if (n === -1) {
      LEAVE_BUFFERED(self);
      return null;
    }
    if (n <= 0) break;
    if (limit >= 0 && n > limit) n = limit;
    buf = self.buffer!;
    const e = buf.subarray(0, n).indexOf(0x0a);
    if (e >= 0) {
      chunks.push(buf.slice(0, e + 1));
      total += e + 1;
      self.pos = e + 1;
      break;
    }
    chunks.push(buf.slice(0, n));
    total += n;
    if (n === limit) {
      self.pos = n;
      break;
    }
    if (limit >= 0) limit -= n;
  }
  LEAVE_BUFFERED(self);
  return PyBytes_FromArray(chunks.length === 0 ? new Uint8Array(0) : chunks.length === 1 ? chunks[0] : concat(chunks, total));
}

/** @cpython _io__Buffered_readline_impl: readline(size=-1, /) */
function buffered_readline(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBufferedObject;
  if (!_PyArg_CheckPositional("readline", args.length, 0, 1)) return null;
  const size = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (size === null) return null;
  if (!CHECK_INITIALIZED(self)) return null;
  return _buffered_readline(self, size);
}

/** @cpython buffered_tell */
export function buffered_tell(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  let pos = _buffered_raw_tell(self);
  if (pos === -1) return null;
  pos -= RAW_OFFSET(self);
  return PyLong_FromNumber(pos);
}

/** @cpython _io__Buffered_seek_impl: seek(target, whence=0, /) */
export function buffered_seek(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBufferedObject;
  if (!_PyArg_CheckPositional("seek", args.length, 1, 2)) return null;
  const targetobj = args[0];
  let whence = 0;
  if (args.length > 1) {
    const w = _PyIO_int_arg(args[1]);
    if (w === null) return null;
    whence = w;
  }
  if (!CHECK_INITIALIZED(self)) return null;
  if (whence < 0 || whence > 4) return PyErr_SetString(PyExc_ValueError, `whence value ${whence} unsupported`);
  if (!CHECK_CLOSED(self, "seek of closed file")) return null;
  const sk = _PyIOBase_check_seekable(self.raw!);
  if (sk === null) return null;
  Py_DECREF(sk);
  let target = PyNumber_AsOff_t(targetobj, PyExc_ValueError);
  if (target === -1 && PyErr_Occurred()) return null;
  if ((whence === 0 || whence === 1) && self.readable) {
    const current = RAW_TELL(self);
    const avail = READAHEAD(self);
    if (avail > 0) {
      const offset = whence === 0 ? target - (current - RAW_OFFSET(self)) : target;
      if (offset >= -self.pos && offset <= avail) {
        self.pos += offset;
        return PyLong_FromNumber(current - avail + offset);
      }
    }
  }
  if (!ENTER_BUFFERED(self)) return null;
  if (self.writable && !_bufferedwriter_flush_unlocked(self)) {
    LEAVE_BUFFERED(self);
    return null;
  }
  if (whence === 1) target -= RAW_OFFSET(self);
  const n = _buffered_raw_seek(self, target, whence);
  let res: PyObject | null = null;
  if (n !== -1) {
    self.raw_pos = -1;
    res = PyLong_FromNumber(n);
    if (self.readable) _bufferedreader_reset_buf(self);
  }
  LEAVE_BUFFERED(self);
  return res;
}

/** @cpython _io__Buffered_truncate_impl: truncate(pos=None, /) */
function buffered_truncate(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBufferedObject;
  if (!_PyArg_CheckPositional("truncate", args.length, 0, 1)) return null;
  const pos = args.length > 0 ? args[0] : Py_None;
  if (!CHECK_INITIALIZED(self)) return null;
  if (!CHECK_CLOSED(self, "truncate of closed file")) return null;
  if (!self.writable) return bufferediobase_unsupported("truncate");
  if (!ENTER_BUFFERED(self)) return null;
  let res: PyObject | null = null;
  if (buffered_flush_and_rewind_unlocked(self)) {
    res = PyObject_CallMethod(self.raw!, "truncate", [pos]);
    if (res !== null && _buffered_raw_tell(self) === -1) PyErr_Clear();
  }
  LEAVE_BUFFERED(self);
  return res;
}

/** @cpython buffered_iternext */
function buffered_iternext(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  if (!CHECK_INITIALIZED(self)) return null;
  const tp = self.ob_type;
  let line: PyObject | null;
  if (tp === PyBufferedReader_Type || tp === PyBufferedRandom_Type) {
    line = _buffered_readline(self, -1);
  } else {
    line = PyObject_CallMethod(self, "readline", []);
    if (line !== null && !PyBytes_Check(line)) {
      PyErr_SetString(PyExc_OSError, `readline() should have returned a bytes object, not '${line.ob_type.tp_name}'`);
      Py_DECREF(line);
      return null;
    }
  }
  if (line === null) return null;
  if ((line as PyBytesObject).ob_sval.length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

/** @cpython buffered_repr: <_io.BufferedReader name='x'> */
function buffered_repr(op: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  const nameobj = _PyIO_LookupAttr(self, "name");
  if (nameobj === null) {
    if (!PyErr_ExceptionMatches(PyExc_ValueError)) return null;
    PyErr_Clear();
  }
  if (nameobj === null || nameobj === undefined) return PyUnicode_FromString(`<${self.ob_type.tp_name}>`);
  const status = Py_ReprEnter(self);
  let res: PyObject | null = null;
  if (status === 0) {
    const r = PyObject_Repr(nameobj);
    if (r !== null) {
      res = PyUnicode_FromString(`<${self.ob_type.tp_name} name=${(r as PyUnicodeObject).str}>`);
      Py_DECREF(r);
    }
    Py_ReprLeave(self);
  } else if (status > 0) {
    PyErr_SetString(PyExc_RuntimeError, `reentrant call inside ${self.ob_type.tp_name}.__repr__`);
  }
  Py_DECREF(nameobj);
  return res;
}

// -- BufferedReader ---------------------------------------------------------------------------

/** @cpython _bufferedreader_reset_buf */
function _bufferedreader_reset_buf(self: PyBufferedObject): void {
  self.read_end = -1;
}

/** Parse (raw, buffer_size=DEFAULT_BUFFER_SIZE) for the constructors. */
function parse_raw_args(fname: string, args: PyObject[], kwnames: PyTupleObject | null): [PyObject, number] | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["raw", "buffer_size"], 1, 2, 0);
  if (a === null) return null;
  let buffer_size = DEFAULT_BUFFER_SIZE;
  if (a[1] !== null) {
    const n = _PyIO_ssize_arg(a[1]);
    if (n === null) return null;
    buffer_size = n;
  }
  return [a[0]!, buffer_size];
}

function set_raw(self: PyBufferedObject, raw: PyObject): void {
  Py_INCREF(raw);
  const old = self.raw;
  self.raw = raw;
  if (old !== null) Py_DECREF(old);
  self.raw_fileio = raw.ob_type === PyFileIO_Type;
}

/** @cpython _io_BufferedReader___init___impl */
function bufferedreader_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyBufferedObject;
  const p = parse_raw_args("BufferedReader", args, kwnames);
  if (p === null) return -1;
  const [raw, buffer_size] = p;
  self.ok = 0;
  self.detached = false;
  const ck = _PyIOBase_check_readable(raw);
  if (ck === null) return -1;
  Py_DECREF(ck);
  set_raw(self, raw);
  self.buffer_size = buffer_size;
  self.readable = true;
  self.writable = false;
  if (_buffered_init(self) < 0) return -1;
  _bufferedreader_reset_buf(self);
  self.fast_closed_checks = self.ob_type === PyBufferedReader_Type && raw.ob_type === PyFileIO_Type;
  self.ok = 1;
  return 0;
}

/** @cpython _PyErr_FormatFromCause: raise `type(msg)` with the current error as its __cause__. */
function _PyErr_FormatFromCause(type: PyTypeObject, msg: string): void {
  const cause = PyErr_Fetch();
  PyErr_SetString(type, msg);
  const exc = PyErr_Fetch()!;
  if (cause !== null) {
    Py_INCREF(cause);
    PyException_SetCause(exc, cause);
    PyException_SetContext(exc, cause);
  }
  PyErr_Restore(exc);
}

/**
 * @cpython _bufferedreader_raw_read: one raw readinto() into `dest`; the count, -2 when a
 * non-blocking stream has nothing, -1 with an error.
 */
function _bufferedreader_raw_read(self: PyBufferedObject, dest: Uint8Array): number {
  const len = dest.length;
  let n: number;
  if (self.raw_fileio) {
    do {
      n = _PyFileIO_readinto_array(self.raw!, dest);
    } while (n === -1 && _PyIO_trap_eintr());
    if (n < 0) return n;
  } else {
    const ba = PyByteArray_FromArray(new Uint8Array(len)) as PyByteArrayObject;
    let res: PyObject | null;
    do {
      res = PyObject_CallMethod(self.raw!, "readinto", [ba]);
    } while (res === null && _PyIO_trap_eintr());
    if (res === null) {
      Py_DECREF(ba);
      return -1;
    }
    if (res === Py_None) {
      Py_DECREF(res);
      Py_DECREF(ba);
      return -2;
    }
    n = PyNumber_AsSsize_t(res, PyExc_ValueError);
    Py_DECREF(res);
    if (n === -1 && PyErr_Occurred()) {
      Py_DECREF(ba);
      _PyErr_FormatFromCause(PyExc_OSError, "raw readinto() failed");
      return -1;
    }
    if (n < 0 || n > len) {
      Py_DECREF(ba);
      PyErr_SetString(PyExc_OSError, `raw readinto() returned invalid length ${n} (should have been between 0 and ${len})`);
      return -1;
    }
    dest.set(ba.ob_bytes.subarray(ba.ob_start, ba.ob_start + Math.min(n, ba.ob_size)));
    Py_DECREF(ba);
  }
  if (n > 0 && self.abs_pos !== -1) self.abs_pos += n;
  return n;
}

/** @cpython _bufferedreader_fill_buffer */
function _bufferedreader_fill_buffer(self: PyBufferedObject): number {
  const start = VALID_READ_BUFFER(self) ? self.read_end : 0;
  const n = _bufferedreader_raw_read(self, self.buffer!.subarray(start, self.buffer_size));
  if (n <= 0) return n;
  self.read_end = start + n;
  self.raw_pos = start + n;
  return n;
}

/** @cpython _bufferedreader_read_all: the buffered bytes, then raw.readall() (or raw.read() until EOF). */
function _bufferedreader_read_all(self: PyBufferedObject): PyObject | null {
  let current_size = READAHEAD(self);
  let data: Uint8Array | null = null;
  if (current_size) {
    data = self.buffer!.slice(self.pos, self.pos + current_size);
    self.pos += current_size;
  }
  if (self.writable && !buffered_flush_and_rewind_unlocked(self)) return null;
  _bufferedreader_reset_buf(self);
  if (self.raw_fileio) {
    const tmp = fileio_readall(self.raw!);
    return readall_result(tmp, data, current_size);
  }
  const readall = _PyIO_LookupAttr(self.raw!, "readall");
  if (readall === null) return null;
  if (readall !== undefined) {
    const tmp = PyObject_Vectorcall(readall, [], null);
    Py_DECREF(readall);
    return readall_result(tmp, data, current_size);
  }
  const chunks: Uint8Array[] = data !== null ? [data] : [];
  let total = current_size;
  for (;;) {
    const r = PyObject_CallMethod(self.raw!, "read", []);
    if (r === null) return null;
    if (r !== Py_None && !PyBytes_Check(r)) {
      Py_DECREF(r);
      return PyErr_SetString(PyExc_TypeError, "read() should return bytes");
    }
    if (r === Py_None || (r as PyBytesObject).ob_sval.length === 0) {
      if (current_size === 0) return r;
      Py_DECREF(r);
      return PyBytes_FromArray(concat(chunks, total));
    }
    const d = (r as PyBytesObject).ob_sval;
    chunks.push(d);
    Py_DECREF(r);
    current_size += d.length;
    total += d.length;
    if (self.abs_pos !== -1) self.abs_pos += d.length;
  }
}

function readall_result(tmp: PyObject | null, data: Uint8Array | null, current_size: number): PyObject | null {
  if (tmp === null) return null;
  if (tmp !== Py_None && !PyBytes_Check(tmp)) {
    Py_DECREF(tmp);
    return PyErr_SetString(PyExc_TypeError, "readall() should return bytes");
  }
  if (current_size === 0) return tmp;
  if (tmp === Py_None) {
    Py_DECREF(tmp);
    return PyBytes_FromArray(data!);
  }
  const t = (tmp as PyBytesObject).ob_sval;
  Py_DECREF(tmp);
  return PyBytes_FromArray(concat([data!, t], data!.length + t.length));
}

/** @cpython _bufferedreader_read_fast: n bytes from the buffer if it has them, else None. */
function _bufferedreader_read_fast(self: PyBufferedObject, n: number): PyObject {
  const current_size = READAHEAD(self);
  if (n <= current_size) {
    const res = PyBytes_FromArray(self.buffer!.slice(self.pos, self.pos + n));
    self.pos += n;
    return res;
  }
  return Py_NewNone();
}

/** @cpython _bufferedreader_read_generic: read until n bytes, EOF, or a would-block. */
function _bufferedreader_read_generic(self: PyBufferedObject, n: number): PyObject | null {
  const current_size = READAHEAD(self);
  if (n <= current_size) return _bufferedreader_read_fast(self, n);
  const out = new Uint8Array(n);
  let remaining = n;
  let written = 0;
  if (current_size > 0) {
    out.set(self.buffer!.subarray(self.pos, self.pos + current_size));
    remaining -= current_size;
    written += current_size;
    self.pos += current_size;
  }
  if (self.writable && !buffered_flush_and_rewind_unlocked(self)) return null;
  _bufferedreader_reset_buf(self);
  const short = (r: number): PyObject => {
    if (r === 0 || written > 0) return PyBytes_FromArray(out.slice(0, written));
    return Py_NewNone();
  };
  while (remaining > 0) {
    let r = MINUS_LAST_BLOCK(self, remaining);
    if (r === 0) break;
    r = _bufferedreader_raw_read(self, out.subarray(written, written + r));
    if (r === -1) return null;
    if (r === 0 || r === -2) return short(r);
    remaining -= r;
    written += r;
  }
  self.pos = 0;
  self.raw_pos = 0;
  self.read_end = 0;
  while (remaining > 0 && self.read_end < self.buffer_size) {
    const r = _bufferedreader_fill_buffer(self);
    if (r === -1) return null;
    if (r === 0 || r === -2) return short(r);
    const take = Math.min(remaining, r);
    out.set(self.buffer!.subarray(self.pos, self.pos + take), written);
    written += take;
    self.pos += take;
    remaining -= take;
    if (remaining === 0) break;
  }
  return PyBytes_FromArray(written === n ? out : out.slice(0, written));
}

/** @cpython _bufferedreader_peek_unlocked */
function _bufferedreader_peek_unlocked(self: PyBufferedObject): PyObject | null {
  const have = READAHEAD(self);
  if (have > 0) return PyBytes_FromArray(self.buffer!.slice(self.pos, self.pos + have));
  _bufferedreader_reset_buf(self);
  let r = _bufferedreader_fill_buffer(self);
  if (r === -1) return null;
  if (r === -2) r = 0;
  self.pos = 0;
  return PyBytes_FromArray(self.buffer!.slice(0, r));
}

// -- BufferedWriter ---------------------------------------------------------------------------

/** @cpython _bufferedwriter_reset_buf */
function _bufferedwriter_reset_buf(self: PyBufferedObject): void {
  self.write_pos = 0;
  self.write_end = -1;
}

/** @cpython _io_BufferedWriter___init___impl */
function bufferedwriter_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyBufferedObject;
  const p = parse_raw_args("BufferedWriter", args, kwnames);
  if (p === null) return -1;
  const [raw, buffer_size] = p;
  self.ok = 0;
  self.detached = false;
  const ck = _PyIOBase_check_writable(raw);
  if (ck === null) return -1;
  Py_DECREF(ck);
  set_raw(self, raw);
  self.readable = false;
  self.writable = true;
  self.buffer_size = buffer_size;
  if (_buffered_init(self) < 0) return -1;
  _bufferedwriter_reset_buf(self);
  self.pos = 0;
  self.fast_closed_checks = self.ob_type === PyBufferedWriter_Type && raw.ob_type === PyFileIO_Type;
  self.ok = 1;
  return 0;
}

/** @cpython _bufferedwriter_raw_write: one raw write(); the count, -2 (would block) or -1. */
function _bufferedwriter_raw_write(self: PyBufferedObject, data: Uint8Array): number {
  const len = data.length;
  let n: number;
  if (self.raw_fileio) {
    do {
      n = _PyFileIO_write_array(self.raw!, data);
    } while (n === -1 && _PyIO_trap_eintr());
    if (n < 0) return n;
  } else {
    const b = PyBytes_FromArray(data.slice());
    let res: PyObject | null;
    do {
      res = PyObject_CallMethod(self.raw!, "write", [b]);
    } while (res === null && _PyIO_trap_eintr());
    Py_DECREF(b);
    if (res === null) return -1;
    if (res === Py_None) {
      Py_DECREF(res);
      return -2;
    }
    n = PyNumber_AsSsize_t(res, PyExc_ValueError);
    Py_DECREF(res);
    if (n === -1 && PyErr_Occurred()) return -1;
  }
  if (n < 0 || n > len) {
    PyErr_SetString(PyExc_OSError, `raw write() returned invalid length ${n} (should have been between 0 and ${len})`);
    return -1;
  }
  if (n > 0 && self.abs_pos !== -1) self.abs_pos += n;
  return n;
}

/** @cpython _bufferedwriter_flush_unlocked: write out [write_pos, write_end). false with an error. */
function _bufferedwriter_flush_unlocked(self: PyBufferedObject): boolean {
  if (!VALID_WRITE_BUFFER(self) || self.write_pos === self.write_end) {
    _bufferedwriter_reset_buf(self);
    return true;
  }
  const rewind = RAW_OFFSET(self) + (self.pos - self.write_pos);
  if (rewind !== 0) {
    const n = _buffered_raw_seek(self, -rewind, 1);
    if (n < 0) return false;
    self.raw_pos -= rewind;
  }
  while (self.write_pos < self.write_end) {
    const n = _bufferedwriter_raw_write(self, self.buffer!.subarray(self.write_pos, self.write_end));
    if (n === -1) return false;
    if (n === -2) {
      _set_BlockingIOError("write could not complete without blocking", 0);
      return false;
    }
    self.write_pos += n;
    self.raw_pos = self.write_pos;
  }
  _bufferedwriter_reset_buf(self);
  return true;
}

/**
 * @cpython _io_BufferedWriter_write_impl: the body of write(b) for bytes already in hand;
 * the count, or -1 with an error. TextIOWrapper calls this directly for an exact
 * BufferedWriter/BufferedRandom.
 */
export function _bufferedwriter_write_array(self: PyBufferedObject, data: Uint8Array): number {
  if (!CHECK_INITIALIZED(self)) return -1;
  if (!ENTER_BUFFERED(self)) return -1;
  const closed = IS_CLOSED(self);
  if (closed !== 0) {
    if (closed > 0) PyErr_SetString(PyExc_ValueError, "write to closed file");
    LEAVE_BUFFERED(self);
    return -1;
  }
  const r = bufferedwriter_write_locked(self, data);
  LEAVE_BUFFERED(self);
  return r;
}

function bufferedwriter_write_locked(self: PyBufferedObject, data: Uint8Array): number {
  const len = data.length;
  const buf = self.buffer!;
  if (!VALID_READ_BUFFER(self) && !VALID_WRITE_BUFFER(self)) {
    self.pos = 0;
    self.raw_pos = 0;
  }
  let avail = self.buffer_size - self.pos;
  if (len <= avail) {
    buf.set(data, self.pos);
    if (!VALID_WRITE_BUFFER(self) || self.write_pos > self.pos) self.write_pos = self.pos;
    ADJUST_POSITION(self, self.pos + len);
    if (self.pos > self.write_end) self.write_end = self.pos;
    return len;
  }
  if (!_bufferedwriter_flush_unlocked(self)) {
    const w = _buffered_check_blocking_error();
    if (w === null) return -1;
    if (self.readable) _bufferedreader_reset_buf(self);
    buf.copyWithin(0, self.write_pos, self.write_end);
    self.write_end -= self.write_pos;
    self.raw_pos -= self.write_pos;
    self.pos -= self.write_pos;
    self.write_pos = 0;
    avail = self.buffer_size - self.write_end;
    if (len <= avail) {
      PyErr_Clear();
      buf.set(data, self.write_end);
      self.write_end += len;
      self.pos += len;
      return len;
    }
    buf.set(data.subarray(0, avail), self.write_end);
    self.write_end += avail;
    self.pos += avail;
    _set_BlockingIOError("write could not complete without blocking", avail);
    return -1;
  }
  const offset = RAW_OFFSET(self);
  if (offset !== 0) {
    if (_buffered_raw_seek(self, -offset, 1) < 0) return -1;
    self.raw_pos -= offset;
  }
  let remaining = len;
  let written = 0;
  while (remaining > self.buffer_size) {
    const n = _bufferedwriter_raw_write(self, data.subarray(written));
    if (n === -1) return -1;
    if (n === -2) {
      if (remaining > self.buffer_size) {
        buf.set(data.subarray(written, written + self.buffer_size));
        self.raw_pos = 0;
        ADJUST_POSITION(self, self.buffer_size);
        self.write_end = self.buffer_size;
        written += self.buffer_size;
        _set_BlockingIOError("write could not complete without blocking", written);
        return -1;
      }
      PyErr_Clear();
      break;
    }
    written += n;
    remaining -= n;
  }
  if (self.readable) _bufferedreader_reset_buf(self);
  if (remaining > 0) {
    buf.set(data.subarray(written, written + remaining));
    written += remaining;
  }
  self.write_pos = 0;
  self.write_end = remaining;
  ADJUST_POSITION(self, remaining);
  self.raw_pos = 0;
  return written;
}

/** @cpython _io_BufferedWriter_write_impl: write(buffer, /) */
function bufferedwriter_write(op: PyObject, b: PyObject): PyObject | null {
  const self = op as PyBufferedObject;
  const data = _PyIO_GetBuffer(b);
  if (data === null) return null;
  const n = _bufferedwriter_write_array(self, data);
  return n < 0 ? null : PyLong_FromNumber(n);
}

// -- BufferedRWPair ---------------------------------------------------------------------------

/** @cpython rwpair */
export class PyRWPairObject extends PyObject {
  reader: PyObject | null;
  writer: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.reader = null;
    this.writer = null;
  }
}

/** @cpython _io_BufferedRWPair___init___impl: BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /) */
function bufferedrwpair_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyRWPairObject;
  if (kwnames !== null && kwnames.ob_item.length > 0) {
    PyErr_SetString(PyExc_TypeError, "BufferedRWPair() takes no keyword arguments");
    return -1;
  }
  if (!_PyArg_CheckPositional("BufferedRWPair", args.length, 2, 3)) return -1;
  const [reader, writer] = args;
  let buffer_size = DEFAULT_BUFFER_SIZE;
  if (args.length > 2) {
    const n = _PyIO_ssize_arg(args[2]);
    if (n === null) return -1;
    buffer_size = n;
  }
  const r1 = _PyIOBase_check_readable(reader);
  if (r1 === null) return -1;
  Py_DECREF(r1);
  const r2 = _PyIOBase_check_writable(writer);
  if (r2 === null) return -1;
  Py_DECREF(r2);
  const size = PyLong_FromNumber(buffer_size);
  const r = PyObject_Vectorcall(PyBufferedReader_Type, [reader, size], null);
  if (r === null) {
    Py_DECREF(size);
    return -1;
  }
  const w = PyObject_Vectorcall(PyBufferedWriter_Type, [writer, size], null);
  Py_DECREF(size);
  if (w === null) {
    Py_DECREF(r);
    return -1;
  }
  const oldr = self.reader, oldw = self.writer;
  self.reader = r;
  self.writer = w;
  Py_XDECREF(oldr);
  Py_XDECREF(oldw);
  return 0;
}

function bufferedrwpair_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyRWPairObject(type);
}

/** @cpython bufferedrwpair_dealloc */
function bufferedrwpair_dealloc(op: PyObject): void {
  const self = op as PyRWPairObject;
  const r = self.reader, w = self.writer;
  self.reader = self.writer = null;
  Py_XDECREF(r);
  Py_XDECREF(w);
  _PyIO_clear_dict(self);
}

/** @cpython _forward_call */
function _forward_call(target: PyObject | null, name: string, args: PyObject[]): PyObject | null {
  if (target === null) return PyErr_SetString(PyExc_ValueError, "I/O operation on uninitialized object");
  const func = PyObject_GetAttr(target, _PyUnicode_FromId(name));
  if (func === null) {
    PyErr_Clear();
    PyErr_SetObject(PyExc_AttributeError, PyUnicode_FromString(name));
    return null;
  }
  const ret = PyObject_Vectorcall(func, args, null);
  Py_DECREF(func);
  return ret;
}

const rw_reader = (name: string) => (op: PyObject, args: PyObject[]) => _forward_call((op as PyRWPairObject).reader, name, args);
const rw_writer = (name: string) => (op: PyObject, args: PyObject[]) => _forward_call((op as PyRWPairObject).writer, name, args);

/** @cpython bufferedrwpair_close: close the writer, then the reader. */
function bufferedrwpair_close(op: PyObject): PyObject | null {
  const self = op as PyRWPairObject;
  let ret = _forward_call(self.writer, "close", []);
  const exc = ret === null ? PyErr_Fetch() : null;
  if (ret !== null) Py_DECREF(ret);
  ret = _forward_call(self.reader, "close", []);
  if (exc !== null) {
    _PyErr_ChainExceptions(exc);
    if (ret !== null) {
      Py_DECREF(ret);
      ret = null;
    }
  }
  return ret;
}

/** @cpython bufferedrwpair_isatty */
function bufferedrwpair_isatty(op: PyObject): PyObject | null {
  const self = op as PyRWPairObject;
  const ret = _forward_call(self.writer, "isatty", []);
  if (ret !== Py_False) return ret;
  Py_DECREF(ret);
  return _forward_call(self.reader, "isatty", []);
}

/** @cpython bufferedrwpair_closed_get */
function bufferedrwpair_closed_get(op: PyObject): PyObject | null {
  const self = op as PyRWPairObject;
  if (self.writer === null) return PyErr_SetString(PyExc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
  return PyObject_GetAttr(self.writer, _PyUnicode_FromId("closed"));
}

// -- BufferedRandom ---------------------------------------------------------------------------

/** @cpython _io_BufferedRandom___init___impl */
function bufferedrandom_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyBufferedObject;
  const p = parse_raw_args("BufferedRandom", args, kwnames);
  if (p === null) return -1;
  const [raw, buffer_size] = p;
  self.ok = 0;
  self.detached = false;
  for (const check of [_PyIOBase_check_seekable, _PyIOBase_check_readable, _PyIOBase_check_writable]) {
    const r = check(raw);
    if (r === null) return -1;
    Py_DECREF(r);
  }
  set_raw(self, raw);
  self.buffer_size = buffer_size;
  self.readable = true;
  self.writable = true;
  if (_buffered_init(self) < 0) return -1;
  _bufferedreader_reset_buf(self);
  _bufferedwriter_reset_buf(self);
  self.pos = 0;
  self.fast_closed_checks = self.ob_type === PyBufferedRandom_Type && raw.ob_type === PyFileIO_Type;
  self.ok = 1;
  return 0;
}

function buffered_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyBufferedObject(type);
}

// -- the type objects -------------------------------------------------------------------------

const m = (ml_name: string, ml_meth: Function, ml_flags: number, ml_doc?: string): PyMethodDef => ({ ml_name, ml_meth, ml_flags, ml_doc });

const M_detach = m("detach", buffered_detach, METH_NOARGS);
const M_simple_flush = m("flush", buffered_simple_flush, METH_NOARGS);
const M_flush = m("flush", buffered_flush, METH_NOARGS);
const M_close = m("close", buffered_close, METH_NOARGS);
const M_seekable = m("seekable", forward_raw("seekable"), METH_NOARGS);
const M_readable = m("readable", forward_raw("readable"), METH_NOARGS);
const M_writable = m("writable", forward_raw("writable"), METH_NOARGS);
const M_fileno = m("fileno", forward_raw("fileno"), METH_NOARGS);
const M_isatty = m("isatty", forward_raw("isatty"), METH_NOARGS);
const M_dealloc_warn = m("_dealloc_warn", buffered_dealloc_warn, METH_O);
const M_read = m("read", buffered_read, METH_FASTCALL);
const M_peek = m("peek", buffered_peek, METH_FASTCALL);
const M_read1 = m("read1", buffered_read1, METH_FASTCALL);
const M_readinto = m("readinto", (s: PyObject, b: PyObject) => _buffered_readinto_generic(s, b, false), METH_O);
const M_readinto1 = m("readinto1", (s: PyObject, b: PyObject) => _buffered_readinto_generic(s, b, true), METH_O);
const M_readline = m("readline", buffered_readline, METH_FASTCALL);
const M_seek = m("seek", buffered_seek, METH_FASTCALL);
const M_tell = m("tell", buffered_tell, METH_NOARGS);
const M_truncate = m("truncate", buffered_truncate, METH_FASTCALL);
const M_write = m("write", bufferedwriter_write, METH_O);
const M_sizeof = m("__sizeof__", buffered_sizeof, METH_NOARGS);

const buffered_members = [
  { name: "raw", get: (o: PyObject) => { const r = (o as PyBufferedObject).raw ?? Py_None; Py_INCREF(r); return r; } },
  { name: "_finalizing", get: (o: PyObject) => PyBool_FromLong((o as PyBufferedObject).finalizing ? 1 : 0),
    set: (o: PyObject, v: PyObject | null) => set_bool_member(v, (b) => { (o as PyBufferedObject).finalizing = b; }) },
];
const buffered_getset = [
  { name: "closed", get: buffered_closed_get },
  { name: "name", get: raw_attr("name") },
  { name: "mode", get: raw_attr("mode") },
];

/** @cpython PyBufferedReader_Type */
export const PyBufferedReader_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.BufferedReader", tp_basicsize: 152, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 136, tp_weaklistoffset: 144,
  tp_dealloc: buffered_dealloc, tp_repr: buffered_repr, tp_new: buffered_new, tp_init: bufferedreader_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr, tp_iternext: buffered_iternext,
  tp_methods: [M_detach, M_simple_flush, M_close, M_seekable, M_readable, M_fileno, M_isatty, M_dealloc_warn,
    M_read, M_peek, M_read1, M_readinto, M_readinto1, M_readline, M_seek, M_tell, M_truncate, M_sizeof],
  tp_members: buffered_members, tp_getset: buffered_getset,
  tp_doc: "A buffer over a readable raw stream (read-ahead of buffer_size bytes).",
});

/** @cpython PyBufferedWriter_Type */
export const PyBufferedWriter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.BufferedWriter", tp_basicsize: 152, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 136, tp_weaklistoffset: 144,
  tp_dealloc: buffered_dealloc, tp_repr: buffered_repr, tp_new: buffered_new, tp_init: bufferedwriter_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_methods: [M_close, M_detach, M_seekable, M_writable, M_fileno, M_isatty, M_dealloc_warn, M_write, M_truncate,
    M_flush, M_seek, M_tell, M_sizeof],
  tp_members: buffered_members, tp_getset: buffered_getset,
  tp_doc: "A buffer over a writable raw stream: writes are gathered and written buffer_size bytes at a time.",
});

/** @cpython PyBufferedRWPair_Type */
export const PyBufferedRWPair_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.BufferedRWPair", tp_basicsize: 48, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 32, tp_weaklistoffset: 40,
  tp_dealloc: bufferedrwpair_dealloc, tp_new: bufferedrwpair_new, tp_init: bufferedrwpair_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_methods: [
    m("read", rw_reader("read"), METH_FASTCALL), m("peek", rw_reader("peek"), METH_FASTCALL),
    m("read1", rw_reader("read1"), METH_FASTCALL), m("readinto", rw_reader("readinto"), METH_FASTCALL),
    m("readinto1", rw_reader("readinto1"), METH_FASTCALL), m("write", rw_writer("write"), METH_FASTCALL),
    m("flush", (o: PyObject) => _forward_call((o as PyRWPairObject).writer, "flush", []), METH_NOARGS),
    m("readable", (o: PyObject) => _forward_call((o as PyRWPairObject).reader, "readable", []), METH_NOARGS),
    m("writable", (o: PyObject) => _forward_call((o as PyRWPairObject).writer, "writable", []), METH_NOARGS),
    m("close", bufferedrwpair_close, METH_NOARGS), m("isatty", bufferedrwpair_isatty, METH_NOARGS),
  ],
  tp_getset: [{ name: "closed", get: bufferedrwpair_closed_get }],
  tp_doc: "A BufferedReader and a BufferedWriter side by side (for a pipe or socket pair).",
});

/** @cpython PyBufferedRandom_Type */
export const PyBufferedRandom_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.BufferedRandom", tp_basicsize: 152, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 136, tp_weaklistoffset: 144,
  tp_dealloc: buffered_dealloc, tp_repr: buffered_repr, tp_new: buffered_new, tp_init: bufferedrandom_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr, tp_iternext: buffered_iternext,
  tp_methods: [M_close, M_detach, M_seekable, M_readable, M_writable, M_fileno, M_isatty, M_dealloc_warn, M_flush,
    M_seek, M_tell, M_truncate, M_read, M_read1, M_readinto, M_readinto1, M_readline, M_peek, M_write, M_sizeof],
  tp_members: buffered_members, tp_getset: buffered_getset,
  tp_doc: "A buffer for reading and writing one seekable raw stream.",
});

