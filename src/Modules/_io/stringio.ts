/**
 * @mirrors Modules/_io/stringio.c
 * StringIO: a text stream in memory. Positions count characters (code points). Like
 * CPython it has two states: while every write lands at the end, the pieces are only
 * gathered (ACCUMULATING, joined when read); the first write elsewhere, seek-and-read or
 * truncation turns them into an array of code points (REALIZED) edited in place.
 *
 *   >>> s = _io.StringIO("a\r\nb", newline=None); s.getvalue()   # universal newlines
 *   'a\nb'
 *
 * `newline` works as for TextIOWrapper: None translates '\r\n' and '\r' to '\n' on write;
 * '' keeps everything but splits lines at any ending; '\r' or '\r\n' make '\n' written
 * into that ending.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_NOARGS, METH_O, METH_FASTCALL,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../../Include/object.ts";
import { PyTuple_Check, PyTuple_FromArray, type PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred } from "../../Python/errors.ts";
import { PyExc_ValueError, PyExc_TypeError, PyExc_OSError, PyExc_OverflowError } from "../../Objects/exceptions.ts";
import {
  PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject, fromCodePoints, cp_length, unicode_repr,
} from "../../Objects/unicodeobject.ts";
import { PyLong_FromNumber, PyLong_Check, PyLong_AsSsize_t } from "../../Objects/longobject.ts";
import { Py_None, Py_NewNone, PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../../Objects/object.ts";
import { PyObject_CallMethod } from "../../Objects/call.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { PyDict_Check, PyDict_Copy, PyDict_Update, type PyDictObject } from "../../Objects/dictobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../../Python/getargs.ts";
import { _Py_convert_optional_to_ssize_t, _PyIO_ssize_arg, _PyIO_int_arg } from "./_iomodule.ts";
import { _PyIO_clear_dict } from "./iobase.ts";
import { NLDecoder } from "./textio.ts";

const STATE_REALIZED = 1;
const STATE_ACCUMULATING = 2;

/** @cpython stringio */
export class PyStringIOObject extends PyObject {
  /** The code points (REALIZED); its length is the allocation. */
  buf: Uint32Array;
  pos: number;
  string_size: number;
  /** The gathered pieces (ACCUMULATING). */
  accu: string[];
  state: number;
  ok: number;
  closed: boolean;
  readuniversal: boolean;
  readtranslate: boolean;
  decoder: NLDecoder | null;
  readnl: string | null;
  writenl: string | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.buf = new Uint32Array(0);
    this.pos = 0;
    this.string_size = 0;
    this.accu = [];
    this.state = 0;
    this.ok = 0;
    this.closed = false;
    this.readuniversal = false;
    this.readtranslate = false;
    this.decoder = null;
    this.readnl = null;
    this.writenl = null;
  }
}

function CHECK_INITIALIZED(self: PyStringIOObject): boolean {
  if (self.ok <= 0) {
    PyErr_SetString(PyExc_ValueError, "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

function CHECK_CLOSED(self: PyStringIOObject): boolean {
  if (self.closed) {
    PyErr_SetString(PyExc_ValueError, "I/O operation on closed file");
    return false;
  }
  return true;
}

/** @cpython resize_buffer: room for size code points (plus one), CPython's growth rule. */
function resize_buffer(self: PyStringIOObject, size: number): number {
  let alloc = self.buf.length;
  size = size + 1;
  if (size > 0x1fffffff) {
    PyErr_SetString(PyExc_OverflowError, "new buffer size too large");
    return -1;
  }
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return 0;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  const nb = new Uint32Array(alloc);
  nb.set(self.buf.subarray(0, Math.min(self.buf.length, alloc)));
  self.buf = nb;
  return 0;
}

/** The code points of a JS string. */
function codepoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** @cpython make_intermediate: the gathered pieces as one string (still accumulating). */
function make_intermediate(self: PyStringIOObject): string {
  const s = self.accu.join("");
  self.accu = s.length ? [s] : [];
  return s;
}

/** @cpython realize: from pieces to the code-point array. */
function realize(self: PyStringIOObject): number {
  if (self.state === STATE_REALIZED) return 0;
  self.state = STATE_REALIZED;
  const s = self.accu.join("");
  self.accu = [];
  const cps = codepoints(s);
  if (resize_buffer(self, cps.length) < 0) return -1;
  self.buf.set(cps);
  return 0;
}

/** @cpython write_str */
function write_str(self: PyStringIOObject, text: string): number {
  let decoded = text;
  if (self.decoder !== null) decoded = self.decoder.decode_text(decoded, true);
  if (self.writenl !== null) decoded = decoded.split("\n").join(self.writenl);
  const len = cp_length(decoded);
  if (self.state === STATE_ACCUMULATING) {
    if (self.string_size === self.pos) {
      if (decoded.length) self.accu.push(decoded);
      self.pos += len;
      if (self.string_size < self.pos) self.string_size = self.pos;
      return 0;
    }
    if (realize(self) < 0) return -1;
  }
  if (self.pos + len > self.string_size) {
    if (resize_buffer(self, self.pos + len) < 0) return -1;
  }
  if (self.pos > self.string_size) self.buf.fill(0, self.string_size, self.pos);
  self.buf.set(len === decoded.length ? Array.from(decoded, (c) => c.charCodeAt(0)) : codepoints(decoded), self.pos);
  self.pos += len;
  if (self.string_size < self.pos) self.string_size = self.pos;
  return 0;
}

/** @cpython _io_StringIO_getvalue_impl */
function stringio_getvalue(op: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  if (self.state === STATE_ACCUMULATING) return PyUnicode_FromString(make_intermediate(self));
  return PyUnicode_FromString(fromCodePoints(self.buf, 0, self.string_size));
}

function stringio_tell(op: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  return PyLong_FromNumber(self.pos);
}

/** @cpython _io_StringIO_read_impl: read(size=-1, /) */
function stringio_read(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyStringIOObject;
  if (!_PyArg_CheckPositional("read", args.length, 0, 1)) return null;
  let size = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (size === null) return null;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  const n = self.string_size - self.pos;
  if (size < 0 || size > n) {
    size = n;
    if (size < 0) size = 0;
  }
  if (self.state === STATE_ACCUMULATING && self.pos === 0 && size === n) {
    const result = make_intermediate(self);
    self.pos = self.string_size;
    return PyUnicode_FromString(result);
  }
  if (realize(self) < 0) return null;
  const start = self.pos;
  self.pos += size;
  return PyUnicode_FromString(fromCodePoints(self.buf, start, start + size));
}

/** @cpython _stringio_readline */
function _stringio_readline(self: PyStringIOObject, limit: number): PyObject {
  if (self.pos >= self.string_size) return PyUnicode_FromString("");
  const start = self.pos;
  if (limit < 0 || limit > self.string_size - self.pos) limit = self.string_size - self.pos;
  const end = start + limit;
  const buf = self.buf;
  let len = -1;
  if (self.readtranslate) {
    for (let i = start; i < end; i++) if (buf[i] === 0x0a) { len = i - start + 1; break; }
  } else if (self.readuniversal) {
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c === 0x0a) { len = i - start + 1; break; }
      if (c === 0x0d) { len = i + 1 < end && buf[i + 1] === 0x0a ? i - start + 2 : i - start + 1; break; }
    }
  } else {
    const nl = self.readnl!;
    const n0 = nl.charCodeAt(0);
    for (let i = start; i < end; i++) {
      if (buf[i] !== n0) continue;
      if (nl.length === 1) { len = i - start + 1; break; }
      if (i + 1 < end && buf[i + 1] === nl.charCodeAt(1)) { len = i - start + 2; break; }
    }
  }
  if (len < 0) len = limit;
  self.pos += len;
  return PyUnicode_FromString(fromCodePoints(buf, start, start + len));
}

/** @cpython _io_StringIO_readline_impl: readline(size=-1, /) */
function stringio_readline(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyStringIOObject;
  if (!_PyArg_CheckPositional("readline", args.length, 0, 1)) return null;
  const size = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (size === null) return null;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  if (realize(self) < 0) return null;
  return _stringio_readline(self, size);
}

/** @cpython stringio_iternext */
function stringio_iternext(op: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  if (realize(self) < 0) return null;
  let line: PyObject | null;
  if (self.ob_type === PyStringIO_Type) line = _stringio_readline(self, -1);
  else {
    line = PyObject_CallMethod(self, "readline", []);
    if (line !== null && !PyUnicode_Check(line)) {
      PyErr_SetString(PyExc_OSError, `readline() should have returned a str object, not '${line.ob_type.tp_name}'`);
      Py_DECREF(line);
      return null;
    }
  }
  if (line === null) return null;
  if ((line as PyUnicodeObject).str.length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

/** @cpython _io_StringIO_truncate_impl: truncate(pos=None, /) */
function stringio_truncate(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyStringIOObject;
  if (!_PyArg_CheckPositional("truncate", args.length, 0, 1)) return null;
  const size = _Py_convert_optional_to_ssize_t(args[0], self.pos);
  if (size === null) return null;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  if (size < 0) return PyErr_SetString(PyExc_ValueError, `Negative size value ${size}`);
  if (size < self.string_size) {
    if (realize(self) < 0) return null;
    if (resize_buffer(self, size) < 0) return null;
    self.string_size = size;
  }
  return PyLong_FromNumber(size);
}

/** @cpython _io_StringIO_seek_impl: seek(pos, whence=0, /) */
function stringio_seek(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyStringIOObject;
  if (!_PyArg_CheckPositional("seek", args.length, 1, 2)) return null;
  let pos = _PyIO_ssize_arg(args[0]);
  if (pos === null) return null;
  let whence = 0;
  if (args.length > 1) {
    const w = _PyIO_int_arg(args[1]);
    if (w === null) return null;
    whence = w;
  }
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  if (whence !== 0 && whence !== 1 && whence !== 2) {
    return PyErr_SetString(PyExc_ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
  } else if (pos < 0 && whence === 0) {
    return PyErr_SetString(PyExc_ValueError, `Negative seek position ${pos}`);
  } else if (whence !== 0 && pos !== 0) {
    return PyErr_SetString(PyExc_OSError, "Can't do nonzero cur-relative seeks");
  }
  if (whence === 1) pos = self.pos;
  else if (whence === 2) pos = self.string_size;
  self.pos = pos;
  return PyLong_FromNumber(self.pos);
}

/** @cpython _io_StringIO_write: write(s, /) */
function stringio_write(op: PyObject, obj: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  if (!CHECK_INITIALIZED(self)) return null;
  if (!PyUnicode_Check(obj)) {
    return PyErr_SetString(PyExc_TypeError, `string argument expected, got '${obj.ob_type.tp_name}'`);
  }
  if (!CHECK_CLOSED(self)) return null;
  const s = (obj as PyUnicodeObject).str;
  const size = cp_length(s);
  if (size > 0 && write_str(self, s) < 0) return null;
  return PyLong_FromNumber(size);
}

/** @cpython _io_StringIO_close_impl */
function stringio_close(op: PyObject): PyObject {
  const self = op as PyStringIOObject;
  self.closed = true;
  if (resize_buffer(self, 0) < 0) return Py_NewNone();
  self.accu = [];
  return Py_NewNone();
}

function stringio_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyStringIOObject(type);
}

/** @cpython _io_StringIO___init___impl: StringIO(initial_value='', newline='\n') */
function stringio_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyStringIOObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, "StringIO", ["initial_value", "newline"], 0, 2, 0);
  if (a === null) return -1;
  return stringio_init_impl(self, a[0], a[1]);
}

function stringio_init_impl(self: PyStringIOObject, value: PyObject | null, newline_obj: PyObject | null): number {
  let newline: string | null = "\n";
  if (newline_obj === Py_None) newline = null;
  else if (newline_obj !== null) {
    if (!PyUnicode_Check(newline_obj)) {
      PyErr_SetString(PyExc_TypeError, `newline must be str or None, not ${newline_obj.ob_type.tp_name}`);
      return -1;
    }
    newline = (newline_obj as PyUnicodeObject).str;
  }
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
    PyErr_SetString(PyExc_ValueError, `illegal newline value: ${unicode_repr(newline)}`);
    return -1;
  }
  if (value !== null && value !== Py_None && !PyUnicode_Check(value)) {
    PyErr_SetString(PyExc_TypeError, `initial_value must be str or None, not ${value.ob_type.tp_name}`);
    return -1;
  }
  self.ok = 0;
  self.accu = [];
  self.readnl = newline;
  self.writenl = null;
  self.decoder = null;
  self.readuniversal = newline === null || newline === "";
  self.readtranslate = newline === null;
  if (newline !== null && newline[0] === "\r") self.writenl = self.readnl;
  if (self.readuniversal) self.decoder = new NLDecoder(null, self.readtranslate);
  self.string_size = 0;
  const text = value !== null && value !== Py_None ? (value as PyUnicodeObject).str : "";
  if (resize_buffer(self, 0) < 0) return -1;
  if (text.length > 0) {
    self.state = STATE_REALIZED;
    self.pos = 0;
    if (write_str(self, text) < 0) return -1;
  } else {
    self.state = STATE_ACCUMULATING;
  }
  self.pos = 0;
  self.closed = false;
  self.ok = 1;
  return 0;
}

function stringio_true(op: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
  return PyBool_FromLong(1);
}

/** @cpython stringio_getstate: (value, newline, position, dict) */
function stringio_getstate(op: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  const initvalue = stringio_getvalue(self);
  if (initvalue === null) return null;
  let dict: PyObject;
  if (self.ob_dict === null) {
    dict = Py_None;
    Py_INCREF(dict);
  } else dict = PyDict_Copy(self.ob_dict)!;
  const nl = self.readnl === null ? Py_None : PyUnicode_FromString(self.readnl);
  if (nl === Py_None) Py_INCREF(nl);
  const pos = PyLong_FromNumber(self.pos);
  const state = PyTuple_FromArray([initvalue, nl, pos, dict]);
  for (const o of [initvalue, nl, pos, dict]) Py_DECREF(o);
  return state;
}

/** @cpython stringio_setstate */
function stringio_setstate(op: PyObject, state: PyObject): PyObject | null {
  const self = op as PyStringIOObject;
  if (!CHECK_CLOSED(self)) return null;
  if (!PyTuple_Check(state) || (state as PyTupleObject).ob_item.length < 4) {
    return PyErr_SetString(PyExc_TypeError,
      `${self.ob_type.tp_name}.__setstate__ argument should be 4-tuple, got ${state.ob_type.tp_name}`);
  }
  const items = (state as PyTupleObject).ob_item;
  if (stringio_init_impl(self, items[0], items[1]) < 0) return null;
  const item = items[0];
  if (!PyUnicode_Check(item)) return PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
  const cps = codepoints((item as PyUnicodeObject).str);
  if (resize_buffer(self, cps.length) < 0) return null;
  self.state = STATE_REALIZED;
  self.accu = [];
  self.buf.set(cps);
  self.string_size = cps.length;
  const position_obj = items[2];
  if (!PyLong_Check(position_obj)) {
    return PyErr_SetString(PyExc_TypeError, `third item of state must be an integer, got ${position_obj.ob_type.tp_name}`);
  }
  const pos = PyLong_AsSsize_t(position_obj);
  if (pos === -1 && PyErr_Occurred()) return null;
  if (pos < 0) return PyErr_SetString(PyExc_ValueError, "position value cannot be negative");
  self.pos = pos;
  const dict = items[3];
  if (dict !== Py_None) {
    if (!PyDict_Check(dict)) {
      return PyErr_SetString(PyExc_TypeError, `fourth item of state should be a dict, got a ${dict.ob_type.tp_name}`);
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

function stringio_dealloc(op: PyObject): void {
  const self = op as PyStringIOObject;
  self.ok = 0;
  self.accu = [];
  self.decoder = null;
  _PyIO_clear_dict(self);
}

const stringio_methods: PyMethodDef[] = [
  { ml_name: "close", ml_meth: stringio_close, ml_flags: METH_NOARGS, ml_doc: "Close the stream and release its contents." },
  { ml_name: "getvalue", ml_meth: stringio_getvalue, ml_flags: METH_NOARGS, ml_doc: "All the contents as a str." },
  { ml_name: "read", ml_meth: stringio_read, ml_flags: METH_FASTCALL, ml_doc: "Read up to size characters." },
  { ml_name: "readline", ml_meth: stringio_readline, ml_flags: METH_FASTCALL, ml_doc: "Read up to the next line ending." },
  { ml_name: "tell", ml_meth: stringio_tell, ml_flags: METH_NOARGS, ml_doc: "The current position (characters)." },
  { ml_name: "truncate", ml_meth: stringio_truncate, ml_flags: METH_FASTCALL, ml_doc: "Cut to size characters (the position by default)." },
  { ml_name: "seek", ml_meth: stringio_seek, ml_flags: METH_FASTCALL, ml_doc: "Move the position; the new position." },
  { ml_name: "write", ml_meth: stringio_write, ml_flags: METH_O, ml_doc: "Write a str at the position; its length." },
  { ml_name: "seekable", ml_meth: stringio_true, ml_flags: METH_NOARGS, ml_doc: "True." },
  { ml_name: "readable", ml_meth: stringio_true, ml_flags: METH_NOARGS, ml_doc: "True." },
  { ml_name: "writable", ml_meth: stringio_true, ml_flags: METH_NOARGS, ml_doc: "True." },
  { ml_name: "__getstate__", ml_meth: stringio_getstate, ml_flags: METH_NOARGS },
  { ml_name: "__setstate__", ml_meth: stringio_setstate, ml_flags: METH_O },
];

/** @cpython PyStringIO_Type */
export const PyStringIO_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.StringIO", tp_basicsize: 136, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 120, tp_weaklistoffset: 128,
  tp_dealloc: stringio_dealloc, tp_new: stringio_new, tp_init: stringio_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr, tp_iternext: stringio_iternext,
  tp_methods: stringio_methods,
  tp_getset: [
    { name: "closed", get: (o) => CHECK_INITIALIZED(o as PyStringIOObject) ? PyBool_FromLong((o as PyStringIOObject).closed ? 1 : 0) : null },
    { name: "newlines", get: (o) => {
      const self = o as PyStringIOObject;
      if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
      return self.decoder === null ? Py_NewNone() : self.decoder.newlines();
    } },
    { name: "line_buffering", get: (o) => {
      const self = o as PyStringIOObject;
      if (!CHECK_INITIALIZED(self) || !CHECK_CLOSED(self)) return null;
      return PyBool_FromLong(0);
    } },
  ],
  tp_doc: "A text stream over a str held in memory.",
});

