/**
 * @mirrors Modules/_io/fileio.c
 * FileIO: the raw stream over an operating-system file descriptor. Every call is one host
 * call (open, read, write, lseek, fstat, ftruncate, close through the HostOS interface),
 * and a failure becomes the OSError subclass its errno names, with the file name when
 * the call had one:
 *
 *   >>> _io.FileIO("missing")
 *   FileNotFoundError: [Errno 2] No such file or directory: 'missing'
 *
 * The mode is one of r, w, x, a, optionally with '+' (and a 'b', which changes nothing);
 * `closefd=False` leaves a given descriptor open; `opener(name, flags)` may supply the
 * descriptor. `seekable` is learnt from the first lseek.
 */
import { PyErr_CheckSignals } from "../signalmodule.ts";
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../../Include/object.ts";
import type { PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_Fetch } from "../../Python/errors.ts";
import { PyExc_ValueError, PyExc_TypeError, PyExc_OSError } from "../../Objects/exceptions.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject, _PyArg_BadArgument } from "../../Objects/unicodeobject.ts";
import { PyBytes_FromArray } from "../../Objects/bytesobject.ts";
import { PyLong_FromNumber, PyLong_Check, _PyLong_AsInt, PyNumber_AsSsize_t } from "../../Objects/longobject.ts";
import {
  Py_None, Py_NewNone, PyObject_Repr, PyObject_SetAttr, PyObject_GenericGetAttr, PyObject_GenericSetAttr,
  Py_ReprEnter, Py_ReprLeave,
} from "../../Objects/object.ts";
import { PyObject_Vectorcall } from "../../Objects/call.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../../Python/getargs.ts";
import { PyExc_RuntimeError } from "../../Objects/exceptions.ts";
import {
  _PyIO_os, _PyIO_SetFromErrno, _PyIO_unsupported_operation, _PyErr_ChainExceptions, _PyIO_FSPath, _PyIO_PathString,
  _PyIO_GetBuffer, _PyIO_GetWritableBuffer, _Py_convert_optional_to_ssize_t, _PyIO_LookupAttr, _PyIO_int_arg,
  DEFAULT_BUFFER_SIZE, EAGAIN, EINTR, EBADF, EISDIR, ESPIPE,
} from "./_iomodule.ts";
import { _PyIOBase_finalize, _PyIO_clear_dict, PyRawIOBase_Type } from "./iobase.ts";

// Linux open(2) flags.
const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000;
const O_CLOEXEC = 0o2000000;
const S_IFMT = 0o170000, S_IFDIR = 0o040000;
/** @cpython SMALLCHUNK: the first read size of readall() when the size is unknown. */
const SMALLCHUNK = 8192;
/** @cpython _PY_READ_MAX */
const _PY_READ_MAX = 0x7fffffff;

/** @cpython fileio */
export class PyFileIOObject extends PyObject {
  fd: number;
  created: boolean;
  readable: boolean;
  writable: boolean;
  appending: boolean;
  /** -1 while unknown. */
  seekable: number;
  closefd: boolean;
  finalizing: boolean;
  blksize: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.fd = -1;
    this.created = false;
    this.readable = false;
    this.writable = false;
    this.appending = false;
    this.seekable = -1;
    this.closefd = true;
    this.finalizing = false;
    this.blksize = 0;
  }
}

/** @cpython _PyFileIO_closed */
export function _PyFileIO_closed(self: PyObject): boolean {
  return (self as PyFileIOObject).fd < 0;
}

/** @cpython fileio_dealloc_warn: the ResourceWarning for an unclosed file (warnings are not shown here). */
function fileio_dealloc_warn(_self: PyObject, _source: PyObject): PyObject {
  return Py_NewNone();
}

/** @cpython internal_close: close the descriptor; 0, or -1 with OSError. */
function internal_close(self: PyFileIOObject): number {
  if (self.fd >= 0) {
    const fd = self.fd;
    self.fd = -1;
    const r = _PyIO_os().close(fd);
    if (r < 0) {
      _PyIO_SetFromErrno(-r);
      return -1;
    }
  }
  return 0;
}

/** @cpython _io_FileIO_close_impl: _RawIOBase.close (flush, mark closed), then close the fd. */
export function fileio_close(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  const close = _PyType_Lookup(PyRawIOBase_Type, _PyUnicode_FromId("close"));
  let res: PyObject | null = close === null ? Py_NewNone() : PyObject_Vectorcall(close, [self], null);
  if (!self.closefd) {
    self.fd = -1;
    return res;
  }
  const exc = res === null ? PyErr_Fetch() : null;
  const rc = internal_close(self);
  if (exc !== null) _PyErr_ChainExceptions(exc);
  if (rc < 0 && res !== null) {
    Py_DECREF(res);
    res = null;
  }
  return res;
}

import { _PyType_Lookup } from "../../Objects/typeobject.ts";

/** @cpython fileio_new */
function fileio_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyFileIOObject(type);
}

const FILEIO_KWLIST = ["file", "mode", "closefd", "opener"];

/** @cpython _io_FileIO___init___impl: FileIO(file, mode='r', closefd=True, opener=None) */
function fileio_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyFileIOObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, "FileIO", FILEIO_KWLIST, 1, 4, 0);
  if (a === null) return -1;
  const nameobj = a[0]!;
  let mode = "r";
  if (a[1] !== null) {
    if (!PyUnicode_Check(a[1])) {
      _PyArg_BadArgument("FileIO", "argument 'mode'", "str", a[1]);
      return -1;
    }
    mode = (a[1] as PyUnicodeObject).str;
    if (mode.includes("\0")) {
      PyErr_SetString(PyExc_ValueError, "embedded null character");
      return -1;
    }
  }
  let closefd = true;
  if (a[2] !== null) {
    const c = _PyIO_int_arg(a[2]);
    if (c === null) return -1;
    closefd = c !== 0;
  }
  const opener = a[3] ?? Py_None;
  return fileio_init_impl(self, nameobj, mode, closefd, opener);
}

function fileio_init_impl(self: PyFileIOObject, nameobj: PyObject, mode: string, closefd: boolean, opener: PyObject): number {
  const os = _PyIO_os();
  if (self.fd >= 0) {
    if (self.closefd) {
      if (internal_close(self) < 0) return -1;
    } else self.fd = -1;
  }
  let fd = -1;
  let name: string | null = null;
  if (PyLong_Check(nameobj)) {
    fd = _PyLong_AsInt(nameobj);
    if (fd < 0) {
      if (!PyErr_Occurred()) {
        PyErr_SetString(PyExc_ValueError, "negative file descriptor");
        return -1;
      }
      PyErr_Clear();
    }
  }
  if (fd < 0) {
    const p = _PyIO_FSPath(nameobj);
    if (p === null) return -1;
    name = _PyIO_PathString(p);
    Py_DECREF(p);
    if (name === null) return -1;
  }
  let rwa = false, plus = false;
  let flags = 0;
  self.created = self.readable = self.writable = self.appending = false;
  const bad_mode = (): number => {
    PyErr_SetString(PyExc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    return -1;
  };
  for (const c of mode) {
    switch (c) {
      case "x":
        if (rwa) return bad_mode();
        rwa = true;
        self.created = true;
        self.writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case "r":
        if (rwa) return bad_mode();
        rwa = true;
        self.readable = true;
        break;
      case "w":
        if (rwa) return bad_mode();
        rwa = true;
        self.writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case "a":
        if (rwa) return bad_mode();
        rwa = true;
        self.writable = true;
        self.appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case "b":
        break;
      case "+":
        if (plus) return bad_mode();
        self.readable = self.writable = true;
        plus = true;
        break;
      default:
        PyErr_SetString(PyExc_ValueError, `invalid mode: ${mode}`);
        return -1;
    }
  }
  if (!rwa) return bad_mode();
  if (self.readable && self.writable) flags |= O_RDWR;
  else if (self.readable) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  flags |= O_CLOEXEC;

  let fd_is_own = false;
  const error = (): number => {
    if (!fd_is_own) self.fd = -1;
    if (self.fd >= 0) {
      const exc = PyErr_Fetch();
      internal_close(self);
      _PyErr_ChainExceptions(exc);
    }
    return -1;
  };
  if (fd >= 0) {
    self.fd = fd;
    self.closefd = closefd;
  } else {
    self.closefd = true;
    if (!closefd) {
      PyErr_SetString(PyExc_ValueError, "Cannot use closefd=False with file name");
      return error();
    }
    if (opener === Py_None) {
      let r: number;
      do {
        r = os.open(name!, flags, 0o666);
      } while (r === -EINTR);
      if (r < 0) {
        _PyIO_SetFromErrno(-r, nameobj);
        return error();
      }
      self.fd = r;
    } else {
      const flagsobj = PyLong_FromNumber(flags);
      const fdobj = PyObject_Vectorcall(opener, [nameobj, flagsobj], null);
      Py_DECREF(flagsobj);
      if (fdobj === null) return error();
      if (!PyLong_Check(fdobj)) {
        Py_DECREF(fdobj);
        PyErr_SetString(PyExc_TypeError, "expected integer from opener");
        return error();
      }
      self.fd = _PyLong_AsInt(fdobj);
      Py_DECREF(fdobj);
      if (self.fd < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, `opener returned ${self.fd}`);
        return error();
      }
    }
    fd_is_own = true;
  }
  self.blksize = DEFAULT_BUFFER_SIZE;
  const st = os.fstat(self.fd);
  if (typeof st === "number") {
    if (-st === EBADF) {
      _PyIO_SetFromErrno(EBADF);
      return error();
    }
  } else {
    if ((st.st_mode & S_IFMT) === S_IFDIR) {
      _PyIO_SetFromErrno(EISDIR, nameobj);
      return error();
    }
    if (st.st_blksize > 1) self.blksize = st.st_blksize;
  }
  if (PyObject_SetAttr(self, _PyUnicode_FromId("name"), nameobj) < 0) return error();
  if (self.appending) {
    const pos = portable_lseek(self, null, 2, true);
    if (pos === null) return error();
    Py_DECREF(pos);
  }
  return 0;
}

/** @cpython fileio_dealloc */
function fileio_dealloc(op: PyObject): void {
  const self = op as PyFileIOObject;
  self.finalizing = true;
  if (_PyIOBase_finalize(self) < 0) return;
  _PyIO_clear_dict(self);
}

/** @cpython err_closed */
function err_closed(): null {
  return PyErr_SetString(PyExc_ValueError, "I/O operation on closed file");
}

/** @cpython err_mode */
function err_mode(action: string): null {
  return PyErr_SetString(_PyIO_unsupported_operation(), `File not open for ${action}`);
}

/** @cpython _io_FileIO_fileno_impl */
function fileio_fileno(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  return PyLong_FromNumber(self.fd);
}

function fileio_readable(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  return PyBool_FromLong(self.readable ? 1 : 0);
}

function fileio_writable(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  return PyBool_FromLong(self.writable ? 1 : 0);
}

/** @cpython _io_FileIO_seekable_impl: found out by an lseek the first time. */
export function fileio_seekable(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  if (self.seekable < 0) {
    const pos = portable_lseek(self, null, 1, false);
    if (pos === null) PyErr_Clear();
    else Py_DECREF(pos);
  }
  return PyBool_FromLong(self.seekable > 0 ? 1 : 0);
}

/**
 * @cpython _Py_read: one read(2) into `dest`; the count, or -1 with OSError set (errno in
 * `_Py_last_errno`), retrying on EINTR unless a signal handler raised (PEP 475).
 */
function _Py_read(fd: number, dest: Uint8Array): number {
  const os = _PyIO_os();
  const len = Math.min(dest.length, _PY_READ_MAX);
  for (;;) {
    const r = os.read(fd, len);
    if (typeof r === "number") {
      if (r === -EINTR && PyErr_CheckSignals() === 0) continue;
      if (r === -EINTR) return -1;
      _Py_last_errno = -r;
      _PyIO_SetFromErrno(-r);
      return -1;
    }
    dest.set(r);
    return r.length;
  }
}
let _Py_last_errno = 0;

/** @cpython _Py_write: one write(2); the count, or -1 with OSError set. */
function _Py_write(fd: number, data: Uint8Array): number {
  const os = _PyIO_os();
  for (;;) {
    const r = os.write(fd, data.length > _PY_READ_MAX ? data.subarray(0, _PY_READ_MAX) : data);
    if (r < 0) {
      if (r === -EINTR && PyErr_CheckSignals() === 0) continue;
      if (r === -EINTR) return -1;
      _Py_last_errno = -r;
      _PyIO_SetFromErrno(-r);
      return -1;
    }
    return r;
  }
}

/**
 * The body of FileIO.readinto for the buffered layer: the count read into `dest`, -2 when
 * a non-blocking descriptor has nothing (EAGAIN), or -1 with an error set.
 */
export function _PyFileIO_readinto_array(op: PyObject, dest: Uint8Array): number {
  const self = op as PyFileIOObject;
  if (self.fd < 0) {
    err_closed();
    return -1;
  }
  if (!self.readable) {
    err_mode("reading");
    return -1;
  }
  const n = _Py_read(self.fd, dest);
  if (n === -1 && _Py_last_errno === EAGAIN) {
    PyErr_Clear();
    return -2;
  }
  return n;
}

/** @cpython _io_FileIO_readinto_impl */
function fileio_readinto(op: PyObject, arg: PyObject): PyObject | null {
  const dest = _PyIO_GetWritableBuffer("readinto", arg);
  if (dest === null) return null;
  const n = _PyFileIO_readinto_array(op, dest);
  if (n === -2) return Py_NewNone();
  if (n < 0) return null;
  return PyLong_FromNumber(n);
}

/** @cpython new_buffersize */
function new_buffersize(currentsize: number): number {
  let addend = currentsize > 65536 ? currentsize >> 3 : 256 + currentsize;
  if (addend < SMALLCHUNK) addend = SMALLCHUNK;
  return addend + currentsize;
}

/** @cpython _io_FileIO_readall_impl: read to the end, sizing the first read from fstat. */
export function fileio_readall(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  const os = _PyIO_os();
  const pos = os.lseek(self.fd, 0, 1);
  const st = os.fstat(self.fd);
  const end = typeof st === "number" ? -1 : st.st_size;
  let bufsize = end > 0 && end >= pos && pos >= 0 ? end - pos + 1 : SMALLCHUNK;
  let buf = new Uint8Array(bufsize);
  let bytes_read = 0;
  for (;;) {
    if (bytes_read >= bufsize) {
      bufsize = new_buffersize(bytes_read);
      const nb = new Uint8Array(bufsize);
      nb.set(buf.subarray(0, bytes_read));
      buf = nb;
    }
    const n = _Py_read(self.fd, buf.subarray(bytes_read, bufsize));
    if (n === 0) break;
    if (n === -1) {
      if (_Py_last_errno === EAGAIN) {
        PyErr_Clear();
        if (bytes_read > 0) break;
        return Py_NewNone();
      }
      return null;
    }
    bytes_read += n;
  }
  return PyBytes_FromArray(bytes_read === buf.length ? buf : buf.slice(0, bytes_read));
}

/** @cpython _io_FileIO_read_impl: read(size=-1, /) -- one system call. */
function fileio_read(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyFileIOObject;
  if (!_PyArg_CheckPositional("read", args.length, 0, 1)) return null;
  let size = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (size === null) return null;
  if (self.fd < 0) return err_closed();
  if (!self.readable) return err_mode("reading");
  if (size < 0) return fileio_readall(self);
  if (size > _PY_READ_MAX) size = _PY_READ_MAX;
  const buf = new Uint8Array(size);
  const n = _Py_read(self.fd, buf);
  if (n === -1) {
    if (_Py_last_errno === EAGAIN) {
      PyErr_Clear();
      return Py_NewNone();
    }
    return null;
  }
  return PyBytes_FromArray(n === size ? buf : buf.slice(0, n));
}

/**
 * The body of FileIO.write for the buffered layer: bytes written, -2 when a non-blocking
 * descriptor would block, -1 with an error set.
 */
export function _PyFileIO_write_array(op: PyObject, data: Uint8Array): number {
  const self = op as PyFileIOObject;
  if (self.fd < 0) {
    err_closed();
    return -1;
  }
  if (!self.writable) {
    err_mode("writing");
    return -1;
  }
  const n = _Py_write(self.fd, data);
  if (n < 0 && _Py_last_errno === EAGAIN) {
    PyErr_Clear();
    return -2;
  }
  return n;
}

/** @cpython _io_FileIO_write_impl */
function fileio_write(op: PyObject, b: PyObject): PyObject | null {
  const data = _PyIO_GetBuffer(b);
  if (data === null) return null;
  const n = _PyFileIO_write_array(op, data);
  if (n === -2) return Py_NewNone();
  if (n < 0) return null;
  return PyLong_FromNumber(n);
}

/**
 * @cpython portable_lseek: lseek(fd, pos, whence); the first call also learns whether
 * the file is seekable. `suppress_pipe_error` turns ESPIPE into position 0.
 */
export function portable_lseek(self: PyFileIOObject, posobj: PyObject | null, whence: number, suppress_pipe_error: boolean): PyObject | null {
  let pos = 0;
  if (posobj !== null) {
    pos = PyNumber_AsSsize_t(posobj, null);
    if (PyErr_Occurred()) return null;
  }
  let res = _PyIO_os().lseek(self.fd, pos, whence);
  if (self.seekable < 0) self.seekable = res >= 0 ? 1 : 0;
  if (res < 0) {
    if (suppress_pipe_error && -res === ESPIPE) res = 0;
    else return _PyIO_SetFromErrno(-res);
  }
  return PyLong_FromNumber(res);
}

/** @cpython _io_FileIO_seek_impl: seek(pos, whence=0, /) */
function fileio_seek(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyFileIOObject;
  if (!_PyArg_CheckPositional("seek", args.length, 1, 2)) return null;
  let whence = 0;
  if (args.length > 1) {
    const w = _PyIO_int_arg(args[1]);
    if (w === null) return null;
    whence = w;
  }
  if (self.fd < 0) return err_closed();
  return portable_lseek(self, args[0], whence, false);
}

/** @cpython _io_FileIO_tell_impl */
export function fileio_tell(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  return portable_lseek(self, null, 1, false);
}

/** @cpython _io_FileIO_truncate_impl: truncate(size=None, /) */
function fileio_truncate(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as PyFileIOObject;
  if (!_PyArg_CheckPositional("truncate", args.length, 0, 1)) return null;
  if (self.fd < 0) return err_closed();
  if (!self.writable) return err_mode("writing");
  let posobj: PyObject;
  if (args.length === 0 || args[0] === Py_None) {
    const p = portable_lseek(self, null, 1, false);
    if (p === null) return null;
    posobj = p;
  } else {
    posobj = args[0];
    Py_INCREF(posobj);
  }
  const pos = PyNumber_AsSsize_t(posobj, null);
  if (PyErr_Occurred()) {
    Py_DECREF(posobj);
    return null;
  }
  const r = _PyIO_os().ftruncate(self.fd, pos);
  if (r !== 0) {
    Py_DECREF(posobj);
    return _PyIO_SetFromErrno(-r);
  }
  return posobj;
}

/** @cpython mode_string */
function mode_string(self: PyFileIOObject): string {
  if (self.created) return self.readable ? "xb+" : "xb";
  if (self.appending) return self.readable ? "ab+" : "ab";
  if (self.readable) return self.writable ? "rb+" : "rb";
  return "wb";
}

/** @cpython fileio_repr */
function fileio_repr(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return PyUnicode_FromString("<_io.FileIO [closed]>");
  const nameobj = _PyIO_LookupAttr(self, "name");
  if (nameobj === null) return null;
  const closefd = self.closefd ? "True" : "False";
  if (nameobj === undefined) {
    return PyUnicode_FromString(`<_io.FileIO fd=${self.fd} mode='${mode_string(self)}' closefd=${closefd}>`);
  }
  const status = Py_ReprEnter(self);
  let res: PyObject | null = null;
  if (status === 0) {
    const r = PyObject_Repr(nameobj);
    if (r !== null) {
      res = PyUnicode_FromString(`<_io.FileIO name=${(r as PyUnicodeObject).str} mode='${mode_string(self)}' closefd=${closefd}>`);
      Py_DECREF(r);
    }
    Py_ReprLeave(self);
  } else if (status > 0) {
    PyErr_SetString(PyExc_RuntimeError, `reentrant call inside ${self.ob_type.tp_name}.__repr__`);
  }
  Py_DECREF(nameobj);
  return res;
}

/** @cpython _io_FileIO_isatty_impl */
function fileio_isatty(op: PyObject): PyObject | null {
  const self = op as PyFileIOObject;
  if (self.fd < 0) return err_closed();
  return PyBool_FromLong(_PyIO_os().isatty(self.fd) ? 1 : 0);
}

function fileio_readall_method(op: PyObject): PyObject | null {
  return fileio_readall(op);
}

const fileio_methods: PyMethodDef[] = [
  { ml_name: "read", ml_meth: fileio_read, ml_flags: METH_FASTCALL, ml_doc: "Read up to size bytes with one system call." },
  { ml_name: "readall", ml_meth: fileio_readall_method, ml_flags: METH_NOARGS, ml_doc: "Read to the end of the file." },
  { ml_name: "readinto", ml_meth: fileio_readinto, ml_flags: METH_O, ml_doc: "Read into a writable buffer; the count read." },
  { ml_name: "write", ml_meth: fileio_write, ml_flags: METH_O, ml_doc: "Write a bytes-like object with one system call; the count written." },
  { ml_name: "seek", ml_meth: fileio_seek, ml_flags: METH_FASTCALL, ml_doc: "Move to a byte offset; the new position." },
  { ml_name: "tell", ml_meth: fileio_tell, ml_flags: METH_NOARGS, ml_doc: "The current byte offset." },
  { ml_name: "truncate", ml_meth: fileio_truncate, ml_flags: METH_FASTCALL, ml_doc: "Cut the file to size bytes (the position by default)." },
  { ml_name: "close", ml_meth: fileio_close, ml_flags: METH_NOARGS, ml_doc: "Close the file (and its descriptor when closefd)." },
  { ml_name: "seekable", ml_meth: fileio_seekable, ml_flags: METH_NOARGS, ml_doc: "Whether the file supports random access." },
  { ml_name: "readable", ml_meth: fileio_readable, ml_flags: METH_NOARGS, ml_doc: "Whether the file was opened for reading." },
  { ml_name: "writable", ml_meth: fileio_writable, ml_flags: METH_NOARGS, ml_doc: "Whether the file was opened for writing." },
  { ml_name: "fileno", ml_meth: fileio_fileno, ml_flags: METH_NOARGS, ml_doc: "The file descriptor." },
  { ml_name: "isatty", ml_meth: fileio_isatty, ml_flags: METH_NOARGS, ml_doc: "Whether the descriptor is a terminal." },
  { ml_name: "_dealloc_warn", ml_meth: fileio_dealloc_warn, ml_flags: METH_O },
];

/** @cpython PyFileIO_Type */
export const PyFileIO_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.FileIO", tp_basicsize: 48, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 40, tp_weaklistoffset: 32,
  tp_dealloc: fileio_dealloc, tp_repr: fileio_repr, tp_new: fileio_new, tp_init: fileio_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_methods: fileio_methods,
  tp_getset: [
    { name: "closed", get: (o) => PyBool_FromLong((o as PyFileIOObject).fd < 0 ? 1 : 0), doc: "True if the file is closed" },
    { name: "closefd", get: (o) => PyBool_FromLong((o as PyFileIOObject).closefd ? 1 : 0), doc: "True if the file descriptor will be closed by close()." },
    { name: "mode", get: (o) => PyUnicode_FromString(mode_string(o as PyFileIOObject)), doc: "String giving the file mode" },
  ],
  tp_members: [
    { name: "_blksize", get: (o) => PyLong_FromNumber((o as PyFileIOObject).blksize),
      set: (o, v) => set_uint_member(v, (n) => { (o as PyFileIOObject).blksize = n; }) },
    { name: "_finalizing", get: (o) => PyBool_FromLong((o as PyFileIOObject).finalizing ? 1 : 0),
      set: (o, v) => set_bool_member(v, (b) => { (o as PyFileIOObject).finalizing = b; }) },
  ],
  tp_doc: "A raw stream over an operating-system file descriptor (modes r, w, x, a, with an optional +).",
});

/** A T_BOOL member's setter: only bool values. */
export function set_bool_member(v: PyObject | null, store: (b: boolean) => void): number {
  if (v === null) {
    PyErr_SetString(PyExc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (v.ob_type !== PyBool_Type) {
    PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
    return -1;
  }
  store(v === Py_True);
  return 0;
}

/** A T_UINT member's setter. */
function set_uint_member(v: PyObject | null, store: (n: number) => void): number {
  if (v === null) {
    PyErr_SetString(PyExc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (!PyLong_Check(v)) {
    PyErr_SetString(PyExc_TypeError, "an integer is required");
    return -1;
  }
  const n = PyNumber_AsSsize_t(v, null);
  if (PyErr_Occurred()) return -1;
  store(n >>> 0);
  return 0;
}
import { PyBool_Type, Py_True } from "../../Objects/boolobject.ts";
