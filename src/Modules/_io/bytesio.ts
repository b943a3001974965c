/**
 * @mirrors Modules/_io/bytesio.c
 * BytesIO: a binary stream in memory. The contents live in a growable byte array with a
 * logical size (string_size) and a position that may run past the end (a write there
 * fills the gap with zero bytes).
 *
 *   >>> b = _io.BytesIO(b"abc"); b.seek(5); b.write(b"!"); b.getvalue()
 *   b'abc\x00\x00!'
 *
 * getbuffer() hands out a memoryview over the live contents through a small hidden exporter
 * (_io._BytesIOBuffer); while any such view is open the stream refuses every operation that
 * could move or resize its storage (write, truncate, close, __setstate__, __init__).
 *
 * DIVERGENCE: CPython shares the initial bytes object until the first write (copy on write);
 * typhon copies it at once, so there is no unsharing step.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyTuple_Check, PyTuple_FromArray, type PyTupleObject as TupleT } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred } from "../../Python/errors.ts";
import { PyExc_ValueError, PyExc_TypeError, PyExc_OverflowError, PyExc_BufferError } from "../../Objects/exceptions.ts";
import { PyMemoryView_FromObject, _PyBuffer_RegisterExporter } from "../../Objects/memoryobject.ts";
import { _PyBuffer_RegisterType } from "../../Objects/bytesobject.ts";
import { PyBytes_FromArray, PyBytes_CheckExact, type PyBytesObject } from "../../Objects/bytesobject.ts";
import { PyLong_FromNumber, PyLong_Check, PyLong_AsSsize_t } from "../../Objects/longobject.ts";
import { Py_None, Py_NewNone, PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../../Objects/object.ts";
import { PyObject_GetIter, PyIter_Next } from "../../Objects/abstract.ts";
import { PyList_New, PyList_Append } from "../../Objects/listobject.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { PyDict_Check, PyDict_Copy, PyDict_Update, type PyDictObject } from "../../Objects/dictobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../../Python/getargs.ts";
import { _PyIO_GetBuffer, _PyIO_GetWritableBuffer, _Py_convert_optional_to_ssize_t, _PyIO_ssize_arg, _PyIO_int_arg } from "./_iomodule.ts";
import { _PyIO_clear_dict } from "./iobase.ts";

const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;

/** @cpython bytesio */
export class PyBytesIOObject extends PyObject {
  /** null once closed. */
  buf: Uint8Array | null;
  pos: number;
  string_size: number;
  exports: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.buf = new Uint8Array(0);
    this.pos = 0;
    this.string_size = 0;
    this.exports = 0;
  }
}

/** @cpython check_closed */
function check_closed(self: PyBytesIOObject): boolean {
  if (self.buf === null) {
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
    return true;
  }
  return false;
}

/** @cpython check_exports: true (with BufferError set) while a getbuffer() view is open. */
function check_exports(self: PyBytesIOObject): boolean {
  if (self.exports > 0) {
    PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    return true;
  }
  return false;
}

/** @cpython scan_eol: the length of the next line (up to len bytes; all of it when len < 0). */
function scan_eol(self: PyBytesIOObject, len: number): number {
  if (self.pos >= self.string_size) return 0;
  const maxlen = self.string_size - self.pos;
  if (len < 0 || len > maxlen) len = maxlen;
  if (len) {
    const nl = self.buf!.subarray(self.pos, self.pos + len).indexOf(0x0a);
    if (nl >= 0) len = nl + 1;
  }
  return len;
}

/** @cpython resize_buffer: room for size bytes (CPython's growth rule). 0, or -1 with an error. */
function resize_buffer(self: PyBytesIOObject, size: number): number {
  let alloc = self.buf!.length;
  if (size > PY_SSIZE_T_MAX) {
    PyErr_SetString(PyExc_OverflowError, "new buffer size too large");
    return -1;
  }
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return 0;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  const nb = new Uint8Array(alloc);
  nb.set(self.buf!.subarray(0, Math.min(self.string_size, alloc)));
  self.buf = nb;
  return 0;
}

/** @cpython write_bytes: the count written, or -1. */
function write_bytes(self: PyBytesIOObject, data: Uint8Array): number {
  if (check_closed(self)) return -1;
  if (check_exports(self)) return -1;
  const len = data.length;
  if (len === 0) return 0;
  const endpos = self.pos + len;
  if (endpos > self.buf!.length) {
    if (resize_buffer(self, endpos) < 0) return -1;
  }
  if (self.pos > self.string_size) self.buf!.fill(0, self.string_size, self.pos);
  self.buf!.set(data, self.pos);
  self.pos = endpos;
  if (self.string_size < endpos) self.string_size = endpos;
  return len;
}

/** @cpython read_bytes */
function read_bytes(self: PyBytesIOObject, size: number): PyObject {
  const out = self.buf!.slice(self.pos, self.pos + size);
  self.pos += size;
  return PyBytes_FromArray(out);
}

function bytesio_getvalue(op: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  if (check_closed(self)) return null;
  return PyBytes_FromArray(self.buf!.slice(0, self.string_size));
}

function bytesio_true(op: PyObject): PyObject | null {
  if (check_closed(op as PyBytesIOObject)) return null;
  return PyBool_FromLong(1);
}

function bytesio_isatty(op: PyObject): PyObject | null {
  if (check_closed(op as PyBytesIOObject)) return null;
  return PyBool_FromLong(0);
}

function bytesio_flush(op: PyObject): PyObject | null {
  if (check_closed(op as PyBytesIOObject)) return null;
  return Py_NewNone();
}

function bytesio_tell(op: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  if (check_closed(self)) return null;
  return PyLong_FromNumber(self.pos);
}

/** @cpython _io_BytesIO_getbuffer_impl: a writable memoryview over the current contents. */
function bytesio_getbuffer(op: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  if (check_closed(self)) return null;
  Py_INCREF(PyBytesIOBuffer_Type);
  const buf = new PyBytesIOBufferObject(self);
  const view = PyMemoryView_FromObject(buf);
  Py_DECREF(buf);
  return view;
}

/** @cpython _io_BytesIO_read_impl: read(size=-1, /) */
function bytesio_read(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBytesIOObject;
  if (!_PyArg_CheckPositional("read", args.length, 0, 1)) return null;
  let size = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (size === null) return null;
  if (check_closed(self)) return null;
  const n = self.string_size - self.pos;
  if (size < 0 || size > n) {
    size = n;
    if (size < 0) size = 0;
  }
  return read_bytes(self, size);
}

/** @cpython _io_BytesIO_readline_impl: readline(size=-1, /) */
function bytesio_readline(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBytesIOObject;
  if (!_PyArg_CheckPositional("readline", args.length, 0, 1)) return null;
  const size = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (size === null) return null;
  if (check_closed(self)) return null;
  return read_bytes(self, scan_eol(self, size));
}

/** @cpython _io_BytesIO_readlines_impl: readlines(size=None, /) */
function bytesio_readlines(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBytesIOObject;
  if (!_PyArg_CheckPositional("readlines", args.length, 0, 1)) return null;
  const arg = args.length > 0 ? args[0] : Py_None;
  if (check_closed(self)) return null;
  let maxsize: number;
  if (PyLong_Check(arg)) {
    maxsize = PyLong_AsSsize_t(arg);
    if (maxsize === -1 && PyErr_Occurred()) return null;
  } else if (arg === Py_None) maxsize = -1;
  else return PyErr_SetString(PyExc_TypeError, `integer argument expected, got '${arg.ob_type.tp_name}'`);
  let size = 0;
  const result = PyList_New(0);
  let n: number;
  while ((n = scan_eol(self, -1)) !== 0) {
    const line = read_bytes(self, n);
    PyList_Append(result, line);
    Py_DECREF(line);
    size += n;
    if (maxsize > 0 && size >= maxsize) break;
  }
  return result;
}

/** @cpython _io_BytesIO_readinto_impl */
function bytesio_readinto(op: PyObject, arg: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  const dest = _PyIO_GetWritableBuffer("readinto", arg);
  if (dest === null) return null;
  if (check_closed(self)) return null;
  let len = dest.length;
  const n = self.string_size - self.pos;
  if (len > n) {
    len = n;
    if (len < 0) len = 0;
  }
  dest.set(self.buf!.subarray(self.pos, self.pos + len));
  self.pos += len;
  return PyLong_FromNumber(len);
}

/** @cpython _io_BytesIO_truncate_impl: truncate(size=None, /) */
function bytesio_truncate(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBytesIOObject;
  if (!_PyArg_CheckPositional("truncate", args.length, 0, 1)) return null;
  if (self.buf === null) {
    check_closed(self);
    return null;
  }
  const size = _Py_convert_optional_to_ssize_t(args[0], self.pos);
  if (size === null) return null;
  if (check_closed(self)) return null;
  if (check_exports(self)) return null;
  if (size < 0) return PyErr_SetString(PyExc_ValueError, `negative size value ${size}`);
  if (size < self.string_size) {
    self.string_size = size;
    if (resize_buffer(self, size) < 0) return null;
  }
  return PyLong_FromNumber(size);
}

/** @cpython bytesio_iternext */
function bytesio_iternext(op: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  if (check_closed(self)) return null;
  const n = scan_eol(self, -1);
  if (n === 0) return null;
  return read_bytes(self, n);
}

/** @cpython _io_BytesIO_seek_impl: seek(pos, whence=0, /) */
function bytesio_seek(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyBytesIOObject;
  if (!_PyArg_CheckPositional("seek", args.length, 1, 2)) return null;
  let pos = _PyIO_ssize_arg(args[0]);
  if (pos === null) return null;
  let whence = 0;
  if (args.length > 1) {
    const w = _PyIO_int_arg(args[1]);
    if (w === null) return null;
    whence = w;
  }
  if (check_closed(self)) return null;
  if (pos < 0 && whence === 0) return PyErr_SetString(PyExc_ValueError, `negative seek value ${pos}`);
  if (whence === 1) pos += self.pos;
  else if (whence === 2) pos += self.string_size;
  else if (whence !== 0) return PyErr_SetString(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0) pos = 0;
  self.pos = pos;
  return PyLong_FromNumber(self.pos);
}

/** @cpython _io_BytesIO_write: write(b, /) */
function bytesio_write(op: PyObject, b: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  if (check_closed(self)) return null;
  const data = _PyIO_GetBuffer(b);
  if (data === null) return null;
  const n = write_bytes(self, data);
  return n >= 0 ? PyLong_FromNumber(n) : null;
}

/** @cpython _io_BytesIO_writelines */
function bytesio_writelines(op: PyObject, lines: PyObject): PyObject | null {
  const it = PyObject_GetIter(lines);
  if (it === null) return null;
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    const ret = bytesio_write(op, item);
    Py_DECREF(item);
    if (ret === null) {
      Py_DECREF(it);
      return null;
    }
    Py_DECREF(ret);
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) return null;
  return Py_NewNone();
}

/** @cpython _io_BytesIO_close_impl */
function bytesio_close(op: PyObject): PyObject | null {
  if (check_exports(op as PyBytesIOObject)) return null;
  (op as PyBytesIOObject).buf = null;
  return Py_NewNone();
}

/** @cpython bytesio_getstate: (value, position, dict) for pickling. */
function bytesio_getstate(op: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  const initvalue = bytesio_getvalue(self);
  if (initvalue === null) return null;
  let dict: PyObject;
  if (self.ob_dict === null) {
    dict = Py_None;
    Py_INCREF(dict);
  } else dict = PyDict_Copy(self.ob_dict)!;
  const pos = PyLong_FromNumber(self.pos);
  const state = PyTuple_FromArray([initvalue, pos, dict]);
  Py_DECREF(initvalue);
  Py_DECREF(pos);
  Py_DECREF(dict);
  return state;
}

/** @cpython bytesio_setstate */
function bytesio_setstate(op: PyObject, state: PyObject): PyObject | null {
  const self = op as PyBytesIOObject;
  if (!PyTuple_Check(state) || (state as TupleT).ob_item.length < 3) {
    return PyErr_SetString(PyExc_TypeError,
      `${self.ob_type.tp_name}.__setstate__ argument should be 3-tuple, got ${state.ob_type.tp_name}`);
  }
  if (check_exports(self)) return null;
  const items = (state as TupleT).ob_item;
  self.string_size = 0;
  self.pos = 0;
  const result = bytesio_write(self, items[0]);
  if (result === null) return null;
  Py_DECREF(result);
  const position_obj = items[1];
  if (!PyLong_Check(position_obj)) {
    return PyErr_SetString(PyExc_TypeError, `second item of state must be an integer, not ${position_obj.ob_type.tp_name}`);
  }
  const pos = PyLong_AsSsize_t(position_obj);
  if (pos === -1 && PyErr_Occurred()) return null;
  if (pos < 0) return PyErr_SetString(PyExc_ValueError, "position value cannot be negative");
  self.pos = pos;
  const dict = items[2];
  if (dict !== Py_None) {
    if (!PyDict_Check(dict)) {
      return PyErr_SetString(PyExc_TypeError, `third item of state should be a dict, got a ${dict.ob_type.tp_name}`);
    }
    if (self.ob_dict !== null) {
      if (PyDict_Update(self.ob_dict, dict) < 0) return null;
    } else {
      Py_INCREF(dict);
      self.ob_dict = dict as PyDictObject;
    }
  }
  return Py_NewNone();
}

/** @cpython bytesio_sizeof */
function bytesio_sizeof(op: PyObject): PyObject {
  const self = op as PyBytesIOObject;
  let res = self.ob_type.tp_basicsize;
  if (self.buf !== null) res += 33 + self.buf.length;
  return PyLong_FromNumber(res);
}

/** @cpython bytesio_new */
function bytesio_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyBytesIOObject(type);
}

/** @cpython _io_BytesIO___init___impl: BytesIO(initial_bytes=b'') */
function bytesio_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyBytesIOObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, "BytesIO", ["initial_bytes"], 0, 1, 0);
  if (a === null) return -1;
  const initvalue = a[0];
  self.string_size = 0;
  self.pos = 0;
  if (self.exports > 0) {
    PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
  }
  if (self.buf === null) self.buf = new Uint8Array(0);
  if (initvalue !== null && initvalue !== Py_None) {
    if (PyBytes_CheckExact(initvalue)) {
      self.buf = (initvalue as PyBytesObject).ob_sval.slice();
      self.string_size = self.buf.length;
    } else {
      const res = bytesio_write(self, initvalue);
      if (res === null) return -1;
      Py_DECREF(res);
      self.pos = 0;
    }
  }
  return 0;
}

/** @cpython bytesio_dealloc */
function bytesio_dealloc(op: PyObject): void {
  (op as PyBytesIOObject).buf = null;
  _PyIO_clear_dict(op);
}

const bytesio_methods: PyMethodDef[] = [
  { ml_name: "readable", ml_meth: bytesio_true, ml_flags: METH_NOARGS, ml_doc: "True: a BytesIO can be read." },
  { ml_name: "seekable", ml_meth: bytesio_true, ml_flags: METH_NOARGS, ml_doc: "True: a BytesIO supports random access." },
  { ml_name: "writable", ml_meth: bytesio_true, ml_flags: METH_NOARGS, ml_doc: "True: a BytesIO can be written." },
  { ml_name: "close", ml_meth: bytesio_close, ml_flags: METH_NOARGS, ml_doc: "Release the contents." },
  { ml_name: "flush", ml_meth: bytesio_flush, ml_flags: METH_NOARGS, ml_doc: "Nothing to do." },
  { ml_name: "isatty", ml_meth: bytesio_isatty, ml_flags: METH_NOARGS, ml_doc: "False." },
  { ml_name: "tell", ml_meth: bytesio_tell, ml_flags: METH_NOARGS, ml_doc: "The current position." },
  { ml_name: "write", ml_meth: bytesio_write, ml_flags: METH_O, ml_doc: "Write bytes at the position; the count." },
  { ml_name: "writelines", ml_meth: bytesio_writelines, ml_flags: METH_O, ml_doc: "Write each bytes-like object of an iterable." },
  { ml_name: "read1", ml_meth: bytesio_read, ml_flags: METH_FASTCALL, ml_doc: "Read up to size bytes (the same as read)." },
  { ml_name: "readinto", ml_meth: bytesio_readinto, ml_flags: METH_O, ml_doc: "Read into a writable buffer; the count." },
  { ml_name: "readline", ml_meth: bytesio_readline, ml_flags: METH_FASTCALL, ml_doc: "Read up to and including b'\\n'." },
  { ml_name: "readlines", ml_meth: bytesio_readlines, ml_flags: METH_FASTCALL, ml_doc: "The remaining lines as a list." },
  { ml_name: "read", ml_meth: bytesio_read, ml_flags: METH_FASTCALL, ml_doc: "Read up to size bytes (all when size is negative or None)." },
  { ml_name: "getbuffer", ml_meth: bytesio_getbuffer, ml_flags: METH_NOARGS, ml_doc: "A read-write view over the contents of the BytesIO object." },
  { ml_name: "getvalue", ml_meth: bytesio_getvalue, ml_flags: METH_NOARGS, ml_doc: "All the contents as bytes." },
  { ml_name: "seek", ml_meth: bytesio_seek, ml_flags: METH_FASTCALL, ml_doc: "Move the position; the new position." },
  { ml_name: "truncate", ml_meth: bytesio_truncate, ml_flags: METH_FASTCALL, ml_doc: "Cut the contents to size bytes (the position by default)." },
  { ml_name: "__getstate__", ml_meth: bytesio_getstate, ml_flags: METH_NOARGS },
  { ml_name: "__setstate__", ml_meth: bytesio_setstate, ml_flags: METH_O },
  { ml_name: "__sizeof__", ml_meth: bytesio_sizeof, ml_flags: METH_NOARGS },
];

/** @cpython PyBytesIO_Type */
export const PyBytesIO_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.BytesIO", tp_basicsize: 64, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 48, tp_weaklistoffset: 56,
  tp_dealloc: bytesio_dealloc, tp_new: bytesio_new, tp_init: bytesio_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_iter: (o) => {
    // PyObject_SelfIter: no closed check here (next() makes it).
    Py_INCREF(o);
    return o;
  },
  tp_iternext: bytesio_iternext,
  tp_methods: bytesio_methods,
  tp_getset: [{ name: "closed", get: (o) => PyBool_FromLong((o as PyBytesIOObject).buf === null ? 1 : 0), doc: "True if the file is closed." }],
  tp_doc: "A binary stream over bytes held in memory.",
});

/**
 * @cpython bytesiobuf: the hidden exporter behind getbuffer(). The memoryview holds it as its
 * obj; taking the buffer raises the stream's exports count and releasing lowers it again.
 */
export class PyBytesIOBufferObject extends PyObject {
  source: PyBytesIOObject | null;
  constructor(source: PyBytesIOObject) {
    super(PyBytesIOBuffer_Type);
    Py_INCREF(source);
    this.source = source;
  }
}

/** @cpython bytesiobuf_getbuffer: the live bytes [0, string_size) of the stream. */
function bytesiobuf_getbuffer(o: PyObject): Uint8Array | null {
  const b = (o as PyBytesIOBufferObject).source!;
  if (b.buf === null) return new Uint8Array(0);
  b.exports++;
  return b.buf.subarray(0, b.string_size);
}

/** @cpython bytesiobuf_releasebuffer */
function bytesiobuf_releasebuffer(o: PyObject): void {
  (o as PyBytesIOBufferObject).source!.exports--;
}

/** @cpython bytesiobuf_dealloc */
function bytesiobuf_dealloc(o: PyObject): void {
  const self = o as PyBytesIOBufferObject;
  const src = self.source;
  if (src !== null) {
    self.source = null;
    Py_DECREF(src);
  }
}

/** @cpython _PyBytesIOBuffer_Type */
export const PyBytesIOBuffer_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io._BytesIOBuffer", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: bytesiobuf_dealloc,
});

/** Readies the hidden buffer type and registers it as a counting exporter. */
export function _PyBytesIOBuffer_Init(): void {
  _PyBuffer_RegisterExporter(PyBytesIOBuffer_Type, { bf_getbuffer: bytesiobuf_getbuffer, bf_releasebuffer: bytesiobuf_releasebuffer, writable: true });
  _PyBuffer_RegisterType(PyBytesIOBuffer_Type, (o) => {
    const b = (o as PyBytesIOBufferObject).source!;
    return b.buf === null ? new Uint8Array(0) : b.buf.subarray(0, b.string_size);
  });
}
