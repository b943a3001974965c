/**
 * @mirrors Modules/posixmodule.c
 * The posix module: the operating-system calls Lib/os.py re-exports (`from posix import *`)
 * and that posixpath, shutil, tempfile, glob and pathlib are built on. Every call goes to
 * the host (src/Host, DESIGN D9) in the shape of the POSIX call it stands for; a failure
 * comes back as a negative errno and becomes the OSError CPython raises, with the same
 * errno, strerror, filename(s) and subclass (FileNotFoundError for ENOENT, ...):
 *
 *   >>> posix.stat("missing")
 *   FileNotFoundError: [Errno 2] No such file or directory: 'missing'
 *
 * Paths are str, bytes or os.PathLike (path_converter); a call given bytes answers in bytes
 * (listdir, readlink, scandir names), decoded and encoded as UTF-8 with surrogateescape,
 * the file system encoding of CPython on Linux. Where CPython accepts an open file
 * descriptor for a path, so does this module when the host can do the f-variant of the
 * call (stat, chmod, utime, truncate); _have_functions lists exactly those, so os.py's
 * supports_fd / supports_follow_symlinks / supports_dir_fd sets tell the truth.
 *
 * DIVERGENCE: the host's calls take paths as JS strings, so a bytes path that is not valid
 * UTF-8 cannot name a file here; the host also keeps times to the microsecond in utime.
 * dir_fd (and the other *at() forms) is not available: a dir_fd other than None raises
 * NotImplementedError, as CPython does on a platform without the call. Left out because
 * the host cannot do them: fork/exec/spawn/wait, pipe, dup2, getlogin, fchdir, statvfs,
 * the process-group and scheduling calls. Host descriptors are always close-on-exec and
 * blocking; get/set_inheritable and get/set_blocking record the flag per descriptor so
 * the pair answers consistently, which is all a program without child processes can see.
 */
import { _PySignal_RaiseInProcess } from "./signalmodule.ts";
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS,
  METH_CLASS, Py_TPFLAGS_DISALLOW_INSTANTIATION, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches, PyErr_Fetch, PyErr_Restore, PyErr_NoMemory } from "../Python/errors.ts";
import {
  PyExc_OSError, PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_NotImplementedError,
  PyExc_FileNotFoundError, PyExc_AttributeError,
} from "../Objects/exceptions.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import type { HostOS, HostStat, HostStatVFS } from "../Host/host.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddIntConstant, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, unicode_encode_utf8, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyBytes_Check, PyBytes_FromArray, PyObject_CheckBuffer, _PyObject_GetBufferData, type PyBytesObject } from "../Objects/bytesobject.ts";
import { decodeSurrogateEscape, encodeSurrogateEscape } from "../Objects/utf8_errors.ts";
import {
  PyLong_Check, PyLong_FromNumber, PyLong_FromBigInt, PyLong_AsLong, _PyLong_AsInt, PyIndex_Check, _PyNumber_Index,
  type PyLongObject,
} from "../Objects/longobject.ts";
import { PyFloat_FromDouble, PyFloat_Check, type PyFloatObject } from "../Objects/floatobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, reprString, PyObject_GetAttrString, PyObject_GenericGetAttr } from "../Objects/object.ts";
import { PyDict_New, PyDict_SetDefault } from "../Objects/dictobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { PyTuple_CheckExact, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyObject_Vectorcall, PyObject_CallNoArgs } from "../Objects/call.ts";
import { _PyType_Lookup, _PyType_Name, PyType_Ready } from "../Objects/typeobject.ts";
import { _PyUnicode_FromId } from "../Objects/unicodeobject.ts";
import { PyObject_SelfIter } from "../Objects/iterobject.ts";
import { Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import {
  PyStructSequence_NewType, PyStructSequence_FromArraySteal, PyStructSequence_UnnamedField, type PyStructSequence,
} from "../Objects/structseq.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../Python/getargs.ts";

// =============================================================================================
// The host and errors
// =============================================================================================

/** The host's operating-system calls. */
function hostos(): HostOS {
  return _PyThreadState_GET().interp.host.os;
}

const DEFAULT_DIR_FD = -100; // AT_FDCWD
const EFAULT = 14, EINVAL = 22;

/**
 * @cpython PyErr_SetFromErrnoWithFilenameObjects: raise exc(errno, strerror[, filename[,
 * 0, filename2]]); OSError's constructor picks the subclass that errno maps to. `errno` is
 * positive. Returns null.
 */
export function PyErr_SetFromErrnoWithFilenameObjects(
  exc: PyTypeObject, errno: number, filename: PyObject | null, filename2: PyObject | null,
): null {
  const args: PyObject[] = [PyLong_FromNumber(errno), PyUnicode_FromString(hostos().strerror(errno))];
  if (filename !== null) {
    Py_INCREF(filename);
    args.push(filename);
    if (filename2 !== null) {
      Py_INCREF(filename2);
      args.push(PyLong_FromNumber(0), filename2);
    }
  }
  const v = PyObject_Vectorcall(exc, args, null);
  for (const a of args) Py_DECREF(a);
  if (v !== null) {
    PyErr_SetObject(v.ob_type, v);
    Py_DECREF(v);
  }
  return null;
}

/** @cpython PyErr_SetFromErrno: OSError for a host result `-errno`. Returns null. */
export function posix_error(neg: number): null {
  return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, -neg, null, null);
}

/** @cpython path_error: the OSError naming the path argument. */
function path_error(path: path_t, neg: number): null {
  return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, -neg, path.object, null);
}

/** @cpython path_error2: the OSError naming both paths (rename, link, symlink). */
function path_error2(path: path_t, path2: path_t, neg: number): null {
  return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, -neg, path.object, path2.object);
}

/** @cpython argument_unavailable_error */
function argument_unavailable_error(function_name: string | null, argument_name: string): void {
  PyErr_SetString(PyExc_NotImplementedError,
    `${function_name !== null ? function_name + ": " : ""}${argument_name} unavailable on this platform`);
}

// =============================================================================================
// Argument converters
// =============================================================================================

/** @cpython _fd_converter: an __index__ object as a C int file descriptor; null on error. */
function _fd_converter(o: PyObject): number | null {
  const index = _PyNumber_Index(o);
  if (index === null) return null;
  const v = (index as PyLongObject).ob_ival;
  Py_DECREF(index);
  if (v > 2147483647) {
    PyErr_SetString(PyExc_OverflowError, "fd is greater than maximum");
    return null;
  }
  if (v < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "fd is less than minimum");
    return null;
  }
  return Number(v);
}

/** The clinic `int` converter: _PyLong_AsInt, null on error. */
function int_converter(o: PyObject): number | null {
  const v = _PyLong_AsInt(o);
  return v === -1 && PyErr_Occurred() ? null : v;
}

/** The clinic `Py_ssize_t` converter (through __index__). */
function ssize_t_converter(o: PyObject): number | null {
  const index = _PyNumber_Index(o);
  if (index === null) return null;
  const v = (index as PyLongObject).ob_ival;
  Py_DECREF(index);
  if (typeof v === "bigint") {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    return null;
  }
  return v;
}

/** @cpython Py_off_t_converter (off_t is a C long on Linux). */
function off_t_converter(o: PyObject): number | null {
  const v = PyLong_AsLong(o);
  return v === -1 && PyErr_Occurred() ? null : v;
}

/** The clinic `bool` converter: truth of any object; null on error. */
function bool_converter(o: PyObject | null, dflt: boolean): boolean | null {
  if (o === null) return dflt;
  const r = PyObject_IsTrue(o);
  return r < 0 ? null : r !== 0;
}

/**
 * @cpython dir_fd_unavailable: a dir_fd argument on a platform without the *at() call —
 * None is fine, an int raises NotImplementedError. false on error.
 */
function dir_fd_unavailable(o: PyObject | null): boolean {
  if (o === null || o === Py_None) return true;
  if (PyIndex_Check(o)) {
    const fd = _fd_converter(o);
    if (fd === null) return false;
    if (fd !== DEFAULT_DIR_FD) {
      argument_unavailable_error(null, "dir_fd");
      return false;
    }
    return true;
  }
  PyErr_SetString(PyExc_TypeError, `argument should be integer or None, not ${_PyType_Name(o.ob_type)}`);
  return false;
}

/** @cpython fildes_converter (PyObject_AsFileDescriptor): an int, or an object's fileno(). */
function fildes_converter(o: PyObject): number | null {
  let fd: number;
  if (PyLong_Check(o)) {
    fd = _PyLong_AsInt(o);
  } else {
    const meth = PyObject_GetAttrString(o, "fileno");
    if (meth === null) {
      if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return null;
      PyErr_Clear();
      PyErr_SetString(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
      return null;
    }
    const fno = PyObject_CallNoArgs(meth);
    Py_DECREF(meth);
    if (fno === null) return null;
    if (!PyLong_Check(fno)) {
      Py_DECREF(fno);
      PyErr_SetString(PyExc_TypeError, "fileno() returned a non-integer");
      return null;
    }
    fd = _PyLong_AsInt(fno);
    Py_DECREF(fno);
  }
  if (fd === -1 && PyErr_Occurred()) return null;
  if (fd < 0) {
    PyErr_SetString(PyExc_ValueError, `file descriptor cannot be a negative integer (${fd})`);
    return null;
  }
  return fd;
}

/**
 * @cpython path_t: a converted path argument. `narrow` is the path as the host takes it
 * (null for None or a descriptor); `object` owns the object the caller gave (or what its
 * __fspath__ returned), which OSError reports as the filename.
 */
class path_t {
  function_name: string | null;
  argument_name: string | null;
  nullable: boolean;
  allow_fd: boolean;
  narrow: string | null;
  fd: number;
  object: PyObject | null;
  /** Whether results derived from this path are bytes (the path was bytes-like). */
  is_bytes: boolean;
  constructor(function_name: string | null, argument_name: string | null, nullable: boolean, allow_fd: boolean) {
    this.function_name = function_name;
    this.argument_name = argument_name;
    this.nullable = nullable;
    this.allow_fd = allow_fd;
    this.narrow = null;
    this.fd = -1;
    this.object = null;
    this.is_bytes = false;
  }
}

/** @cpython path_cleanup */
function path_cleanup(path: path_t): void {
  const o = path.object;
  path.object = null;
  Py_XDECREF(o);
}

/** The special method `name` of type(o), bound to o, or null (no error) when absent. @returns new */
function lookup_special(o: PyObject, name: string): PyObject | null {
  const res = _PyType_Lookup(o.ob_type, _PyUnicode_FromId(name));
  if (res === null) return null;
  const f = res.ob_type.tp_descr_get;
  if (f === null) {
    Py_INCREF(res);
    return res;
  }
  return f(res, o, o.ob_type);
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * A str path as the host's string: characters that surrogateescape cannot encode raise
 * UnicodeEncodeError as PyUnicode_FSConverter does; null on error.
 */
function fs_encode_check(s: string): boolean {
  if (SURROGATE.test(s)) return unicode_encode_utf8(s, "surrogateescape") !== null;
  return true;
}

/**
 * @cpython path_converter: accept str, bytes (and, like CPython, other bytes-like objects),
 * os.PathLike, None when nullable and an int when allow_fd. false with the error set.
 * DIVERGENCE: a bytes-like path that is not bytes is taken without the DeprecationWarning
 * CPython issues (there is no warnings machinery yet).
 */
function path_converter(o: PyObject, path: path_t): boolean {
  path.object = null;
  path.is_bytes = false;
  if (o === Py_None && path.nullable) {
    path.narrow = null;
    path.fd = -1;
    Py_INCREF(o);
    path.object = o;
    return true;
  }
  const is_index = path.allow_fd && PyIndex_Check(o);
  let is_unicode = PyUnicode_Check(o);
  let is_bytes = PyBytes_Check(o);
  const is_buffer = !is_unicode && !is_bytes && PyObject_CheckBuffer(o);
  Py_INCREF(o);
  if (!is_index && !is_buffer && !is_unicode && !is_bytes) {
    const func = lookup_special(o, "__fspath__");
    if (func === null) {
      Py_DECREF(o);
      if (PyErr_Occurred()) return false;
      path_type_error(path, o);
      return false;
    }
    const res = PyObject_CallNoArgs(func);
    Py_DECREF(func);
    if (res === null) {
      Py_DECREF(o);
      return false;
    }
    if (PyUnicode_Check(res)) is_unicode = true;
    else if (PyBytes_Check(res)) is_bytes = true;
    else {
      PyErr_SetString(PyExc_TypeError,
        `expected ${_PyType_Name(o.ob_type)}.__fspath__() to return str or bytes, not ${_PyType_Name(res.ob_type)}`);
      Py_DECREF(res);
      Py_DECREF(o);
      return false;
    }
    Py_DECREF(o);
    o = res;
  }
  if (is_unicode) {
    const s = (o as PyUnicodeObject).str;
    if (!fs_encode_check(s)) {
      Py_DECREF(o);
      return false;
    }
    if (s.includes("\0")) {
      PyErr_SetString(PyExc_ValueError, "embedded null byte");
      Py_DECREF(o);
      return false;
    }
    path.narrow = s;
  } else if (is_bytes || is_buffer) {
    const data = is_bytes ? (o as PyBytesObject).ob_sval : _PyObject_GetBufferData(o)!;
    if (data.includes(0)) {
      path_format_error(path, PyExc_ValueError, "embedded null character in");
      Py_DECREF(o);
      return false;
    }
    path.narrow = decodeSurrogateEscape(data);
    path.is_bytes = true;
  } else {
    const fd = _fd_converter(o);
    if (fd === null) {
      Py_DECREF(o);
      return false;
    }
    path.narrow = null;
    path.fd = fd;
    path.object = o;
    return true;
  }
  path.fd = -1;
  path.object = o;
  return true;
}

/** FORMAT_EXCEPTION of path_converter: "fn: <msg> path". */
function path_format_error(path: path_t, exc: PyTypeObject, msg: string): void {
  PyErr_SetString(exc, `${path.function_name !== null ? path.function_name + ": " : ""}${msg} ${path.argument_name ?? "path"}`);
}

/** The TypeError of path_converter for an object that is no path. */
function path_type_error(path: path_t, o: PyObject): void {
  const expected = path.allow_fd && path.nullable ? "string, bytes, os.PathLike, integer or None"
    : path.allow_fd ? "string, bytes, os.PathLike or integer"
    : path.nullable ? "string, bytes, os.PathLike or None"
    : "string, bytes or os.PathLike";
  PyErr_SetString(PyExc_TypeError,
    `${path.function_name !== null ? path.function_name + ": " : ""}${path.argument_name ?? "path"} should be ${expected}, not ${_PyType_Name(o.ob_type)}`);
}

/**
 * The file name a call passes to the host: narrow, or null when the caller gave -1 as a
 * descriptor (CPython then hands the C call a NULL path, and the kernel answers EFAULT).
 */
function path_for_host(path: path_t): string | null {
  return path.narrow;
}

/** @cpython PyOS_FSPath: str and bytes as they are, else the result of __fspath__(). @returns new */
export function PyOS_FSPath(path: PyObject): PyObject | null {
  if (PyUnicode_Check(path) || PyBytes_Check(path)) {
    Py_INCREF(path);
    return path;
  }
  const func = lookup_special(path, "__fspath__");
  if (func === null) {
    if (PyErr_Occurred()) return null;
    return PyErr_SetString(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${_PyType_Name(path.ob_type)}`);
  }
  const path_repr = PyObject_CallNoArgs(func);
  Py_DECREF(func);
  if (path_repr === null) return null;
  if (!(PyUnicode_Check(path_repr) || PyBytes_Check(path_repr))) {
    PyErr_SetString(PyExc_TypeError,
      `expected ${_PyType_Name(path.ob_type)}.__fspath__() to return str or bytes, not ${_PyType_Name(path_repr.ob_type)}`);
    Py_DECREF(path_repr);
    return null;
  }
  return path_repr;
}

/**
 * @cpython PyUnicode_FSConverter: str (encoded), bytes or os.PathLike to the string the
 * host takes; null on error ("embedded null byte" for a NUL).
 */
function fs_converter(o: PyObject): string | null {
  const p = PyOS_FSPath(o);
  if (p === null) return null;
  let s: string;
  if (PyUnicode_Check(p)) {
    s = (p as PyUnicodeObject).str;
    if (!fs_encode_check(s)) {
      Py_DECREF(p);
      return null;
    }
  } else {
    const data = (p as PyBytesObject).ob_sval;
    s = data.includes(0) ? "\0" : decodeSurrogateEscape(data);
  }
  Py_DECREF(p);
  if (s.includes("\0")) {
    PyErr_SetString(PyExc_ValueError, "embedded null byte");
    return null;
  }
  return s;
}

/** A name from the host, as str or (for a bytes path) bytes. @returns new */
function fs_result(name: string, as_bytes: boolean): PyObject {
  return as_bytes ? PyBytes_FromArray(encodeSurrogateEscape(name)) : PyUnicode_FromString(name);
}

/** @cpython follow_symlinks_specified */
function follow_symlinks_specified(function_name: string, follow_symlinks: boolean): boolean {
  if (follow_symlinks) return false;
  argument_unavailable_error(function_name, "follow_symlinks");
  return true;
}

/** @cpython fd_and_follow_symlinks_invalid */
function fd_and_follow_symlinks_invalid(function_name: string, fd: number, follow_symlinks: boolean): boolean {
  if (fd > 0 && !follow_symlinks) {
    PyErr_SetString(PyExc_ValueError, `${function_name}: cannot use fd and follow_symlinks together`);
    return true;
  }
  return false;
}

/**
 * Unpack the arguments of a clinic function taking keywords: one slot per name, null
 * where not given. The common all-positional call skips the keyword matcher.
 */
function unpack(args: PyObject[], kwnames: PyTupleObject | null, fname: string, names: string[], minpos: number, maxpos: number): (PyObject | null)[] | null {
  if (kwnames === null && args.length >= minpos && args.length <= maxpos) {
    const out: (PyObject | null)[] = new Array(names.length).fill(null);
    for (let i = 0; i < args.length; i++) out[i] = args[i];
    return out;
  }
  return _PyArg_UnpackKeywords(args, kwnames, fname, names, minpos, maxpos, 0);
}


// =============================================================================================
// stat_result and friends
// =============================================================================================

let StatResultType: PyTypeObject | null = null;
let TerminalSizeType: PyTypeObject | null = null;
let TimesResultType: PyTypeObject | null = null;
let UnameResultType: PyTypeObject | null = null;
let StatVFSResultType: PyTypeObject | null = null;

const stat_result_doc =
  "stat_result: what stat(), lstat() and fstat() report about a file.\n\n" +
  "As a tuple it is (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime),\n" +
  "the times as whole seconds; as attributes st_mode, st_ino, ... and also the\n" +
  "times as floats (st_atime), in nanoseconds (st_atime_ns), and st_blksize,\n" +
  "st_blocks and st_rdev.\n\nSee os.stat for more information.";

const STAT_FIELDS = [
  "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
  PyStructSequence_UnnamedField, PyStructSequence_UnnamedField, PyStructSequence_UnnamedField,
  "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
  "st_blksize", "st_blocks", "st_rdev",
];
const STAT_FIELD_DOCS = [
  "protection bits", "inode", "device", "number of hard links", "user ID of owner", "group ID of owner",
  "total size, in bytes", undefined, undefined, undefined,
  "time of last access", "time of last modification", "time of last change",
  "time of last access in nanoseconds", "time of last modification in nanoseconds",
  "time of last change in nanoseconds", "blocksize for filesystem I/O", "number of blocks allocated",
  "device type (if inode device)",
];

/**
 * @cpython statresult_new: the structseq constructor, then st_atime/st_mtime/st_ctime
 * taken from the integer items when the sequence left them out.
 */
function statresult_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const result = structseq_tp_new!(type, args, kwnames) as PyStructSequence | null;
  if (result === null) return null;
  for (let i = 7; i <= 9; i++) {
    const h = i + 3 - 10;
    if (result.ob_hidden[h] === Py_None) {
      Py_DECREF(Py_None);
      const v = result.ob_item[i];
      Py_INCREF(v);
      result.ob_hidden[h] = v;
    }
  }
  return result;
}
let structseq_tp_new: PyTypeObject["tp_new"] = null;

const BILLION = 1000000000n;

/** @cpython fill_time: the int seconds, float seconds and int nanoseconds of one time. */
function fill_time(items: PyObject[], index: number, ns: bigint): void {
  let sec = ns / BILLION, nsec = ns % BILLION;
  if (nsec < 0n) {
    nsec += BILLION;
    sec -= 1n;
  }
  items[index] = PyLong_FromBigInt(sec);
  items[index + 3] = PyFloat_FromDouble(Number(sec) + 1e-9 * Number(nsec));
  items[index + 6] = PyLong_FromBigInt(ns);
}

/** @cpython _pystat_fromstructstat @returns new */
function _pystat_fromstructstat(st: HostStat): PyObject {
  const items: PyObject[] = new Array(19);
  items[0] = PyLong_FromNumber(st.st_mode);
  items[1] = PyLong_FromBigInt(st.st_ino);
  items[2] = PyLong_FromBigInt(st.st_dev);
  items[3] = PyLong_FromNumber(st.st_nlink);
  items[4] = PyLong_FromNumber(st.st_uid);
  items[5] = PyLong_FromNumber(st.st_gid);
  items[6] = PyLong_FromNumber(st.st_size);
  fill_time(items, 7, st.st_atime_ns);
  fill_time(items, 8, st.st_mtime_ns);
  fill_time(items, 9, st.st_ctime_ns);
  items[16] = PyLong_FromNumber(st.st_blksize);
  items[17] = PyLong_FromNumber(st.st_blocks);
  items[18] = PyLong_FromNumber(st.st_rdev);
  return PyStructSequence_FromArraySteal(StatResultType!, items);
}

/** @cpython posix_do_stat */
function posix_do_stat(path: path_t, follow_symlinks: boolean): PyObject | null {
  if (fd_and_follow_symlinks_invalid("stat", path.fd, follow_symlinks)) return null;
  const os = hostos();
  let r: HostStat | number;
  if (path.fd !== -1) r = os.fstat(path.fd);
  else {
    const p = path_for_host(path);
    if (p === null) r = -EFAULT;
    else r = follow_symlinks ? os.stat(p) : os.lstat(p);
  }
  if (typeof r === "number") return path_error(path, r);
  return _pystat_fromstructstat(r);
}

/** @cpython os_stat_impl: stat(path, *, dir_fd=None, follow_symlinks=True) */
function os_stat(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "stat", ["path", "dir_fd", "follow_symlinks"], 1, 1);
  if (a === null) return null;
  const path = new path_t("stat", "path", false, true);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  const follow = bool_converter(a[2], true);
  if (follow !== null && dir_fd_unavailable(a[1])) r = posix_do_stat(path, follow);
  path_cleanup(path);
  return r;
}

/** @cpython os_lstat_impl: lstat(path, *, dir_fd=None) */
function os_lstat(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "lstat", ["path", "dir_fd"], 1, 1);
  if (a === null) return null;
  const path = new path_t("lstat", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  if (dir_fd_unavailable(a[1])) r = posix_do_stat(path, false);
  path_cleanup(path);
  return r;
}

/** @cpython os_fstat_impl: fstat(fd) */
function os_fstat(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "fstat", ["fd"], 1, 1);
  if (a === null) return null;
  const fd = int_converter(a[0]!);
  if (fd === null) return null;
  const r = hostos().fstat(fd);
  if (typeof r === "number") return posix_error(r);
  return _pystat_fromstructstat(r);
}

/** @cpython _pystatvfs_fromstructstatvfs @returns new */
function _pystatvfs_fromstructstatvfs(st: HostStatVFS): PyObject {
  const items: PyObject[] = [
    PyLong_FromNumber(st.f_bsize), PyLong_FromNumber(st.f_frsize), PyLong_FromNumber(st.f_blocks),
    PyLong_FromNumber(st.f_bfree), PyLong_FromNumber(st.f_bavail), PyLong_FromNumber(st.f_files),
    PyLong_FromNumber(st.f_ffree), PyLong_FromNumber(st.f_favail), PyLong_FromNumber(st.f_flag),
    PyLong_FromNumber(st.f_namemax), PyLong_FromBigInt(st.f_fsid),
  ];
  return PyStructSequence_FromArraySteal(StatVFSResultType!, items);
}

/** @cpython os_statvfs_impl: statvfs(path), path being a str, bytes, PathLike or fd */
function os_statvfs(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "statvfs", ["path"], 1, 1);
  if (a === null) return null;
  const path = new path_t("statvfs", "path", false, true);
  if (!path_converter(a[0]!, path)) return null;
  let r: HostStatVFS | number;
  if (path.fd !== -1) r = hostos().fstatvfs(path.fd);
  else {
    const p = path_for_host(path);
    r = p === null ? -EFAULT : hostos().statvfs(p);
  }
  const res = typeof r === "number" ? path_error(path, r) : _pystatvfs_fromstructstatvfs(r);
  path_cleanup(path);
  return res;
}

/** @cpython os_fstatvfs_impl: fstatvfs(fd, /) */
function os_fstatvfs(_m: PyObject, arg: PyObject): PyObject | null {
  const fd = int_converter(arg);
  if (fd === null) return null;
  const r = hostos().fstatvfs(fd);
  if (typeof r === "number") return posix_error(r);
  return _pystatvfs_fromstructstatvfs(r);
}

// =============================================================================================
// Files and directories by path
// =============================================================================================

const F_OK = 0;

/** @cpython os_access_impl: access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) */
function os_access(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 2);
  if (a === null) return null;
  const path = new path_t("access", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  const mode = int_converter(a[1]!);
  const effective_ids = mode === null ? null : bool_converter(a[3], false);
  const follow = effective_ids === null ? null : bool_converter(a[4], true);
  if (mode !== null && effective_ids !== null && follow !== null && dir_fd_unavailable(a[2])) {
    if (follow_symlinks_specified("access", follow)) { /* error set */ }
    else if (effective_ids) argument_unavailable_error("access", "effective_ids");
    else {
      const p = path_for_host(path);
      r = PyBool_FromLong(p !== null && hostos().access(p, mode) === 0);
    }
  }
  path_cleanup(path);
  return r;
}

/** @cpython os_chdir_impl: chdir(path) */
function os_chdir(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "chdir", ["path"], 1, 1);
  if (a === null) return null;
  const path = new path_t("chdir", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  const err = hostos().chdir(path.narrow!);
  const r = err < 0 ? path_error(path, err) : Py_NewNone();
  path_cleanup(path);
  return r;
}

/** @cpython os_chmod_impl: chmod(path, mode, *, dir_fd=None, follow_symlinks=True) */
function os_chmod(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 2);
  if (a === null) return null;
  const path = new path_t("chmod", "path", false, true);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  const mode = int_converter(a[1]!);
  const follow = mode === null ? null : bool_converter(a[3], true);
  if (mode !== null && follow !== null && dir_fd_unavailable(a[2]) && !fd_and_follow_symlinks_invalid("chmod", path.fd, follow)) {
    const os = hostos();
    const p = path_for_host(path);
    let err: number;
    if (path.fd !== -1) err = os.fchmod(path.fd, mode);
    else if (p === null) err = -EFAULT;
    else if (follow) err = os.chmod(p, mode);
    else {
      // Linux has no lchmod; glibc's fchmodat(AT_SYMLINK_NOFOLLOW) changes anything but a
      // symbolic link, and CPython turns its EOPNOTSUPP for a link into NotImplementedError.
      const st = os.lstat(p);
      if (typeof st === "number") err = st;
      else if ((st.st_mode & S_IFMT) === S_IFLNK) {
        follow_symlinks_specified("chmod", follow);
        path_cleanup(path);
        return null;
      } else err = os.chmod(p, mode);
    }
    r = err < 0 ? path_error(path, err) : Py_NewNone();
  }
  path_cleanup(path);
  return r;
}

/** @cpython os_fchmod_impl: fchmod(fd, mode) */
function os_fchmod(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "fchmod", ["fd", "mode"], 2, 2);
  if (a === null) return null;
  const fd = int_converter(a[0]!);
  if (fd === null) return null;
  const mode = int_converter(a[1]!);
  if (mode === null) return null;
  const err = hostos().fchmod(fd, mode);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython posix_getcwd */
function posix_getcwd(use_bytes: boolean): PyObject | null {
  const r = hostos().getcwd();
  if (typeof r === "number") return posix_error(r);
  return fs_result(r, use_bytes);
}

function os_getcwd(_m: PyObject): PyObject | null {
  return posix_getcwd(false);
}

function os_getcwdb(_m: PyObject): PyObject | null {
  return posix_getcwd(true);
}

/** @cpython os_link_impl: link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True) */
function os_link(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "link", ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 2);
  if (a === null) return null;
  const src = new path_t("link", "src", false, false);
  if (!path_converter(a[0]!, src)) return null;
  const dst = new path_t("link", "dst", false, false);
  if (!path_converter(a[1]!, dst)) {
    path_cleanup(src);
    return null;
  }
  let r: PyObject | null = null;
  // On Linux link(2) never follows a symbolic link src, and linkat() without
  // AT_SYMLINK_FOLLOW neither: both values of follow_symlinks link the symlink itself.
  if (dir_fd_unavailable(a[2]) && dir_fd_unavailable(a[3]) && bool_converter(a[4], true) !== null) {
    const err = hostos().link(src.narrow!, dst.narrow!);
    r = err < 0 ? path_error2(src, dst, err) : Py_NewNone();
  }
  path_cleanup(src);
  path_cleanup(dst);
  return r;
}

/** @cpython _posix_listdir: the names in a directory, str or bytes as the path was. */
function _posix_listdir(path: path_t): PyObject | null {
  const name = path.narrow ?? ".";
  const r = hostos().listdir(name);
  if (typeof r === "number") return path_error(path, r);
  const as_bytes = path.narrow !== null && path.is_bytes;
  const items: PyObject[] = new Array(r.length);
  for (let i = 0; i < r.length; i++) items[i] = fs_result(r[i], as_bytes);
  return _PyList_FromArraySteal(items);
}

/** @cpython os_listdir_impl: listdir(path=None) */
function os_listdir(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "listdir", ["path"], 0, 1);
  if (a === null) return null;
  const path = new path_t("listdir", "path", true, false);
  if (a[0] !== null && !path_converter(a[0], path)) return null;
  const r = _posix_listdir(path);
  path_cleanup(path);
  return r;
}

/** @cpython os_mkdir_impl: mkdir(path, mode=0o777, *, dir_fd=None) */
function os_mkdir(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "mkdir", ["path", "mode", "dir_fd"], 1, 2);
  if (a === null) return null;
  const path = new path_t("mkdir", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  const mode = a[1] === null ? 0o777 : int_converter(a[1]);
  if (mode !== null && dir_fd_unavailable(a[2])) {
    const err = hostos().mkdir(path.narrow!, mode);
    r = err < 0 ? path_error(path, err) : Py_NewNone();
  }
  path_cleanup(path);
  return r;
}

/** @cpython os_readlink_impl: readlink(path, *, dir_fd=None) */
function os_readlink(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "readlink", ["path", "dir_fd"], 1, 1);
  if (a === null) return null;
  const path = new path_t("readlink", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  if (dir_fd_unavailable(a[1])) {
    const target = hostos().readlink(path.narrow!);
    r = typeof target === "number" ? path_error(path, target) : fs_result(target, !PyUnicode_Check(path.object!));
  }
  path_cleanup(path);
  return r;
}

/** @cpython internal_rename: rename() and replace() (the same call on POSIX). */
function internal_rename(fname: string, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, fname, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2);
  if (a === null) return null;
  const src = new path_t(fname, "src", false, false);
  if (!path_converter(a[0]!, src)) return null;
  const dst = new path_t(fname, "dst", false, false);
  if (!path_converter(a[1]!, dst)) {
    path_cleanup(src);
    return null;
  }
  let r: PyObject | null = null;
  if (dir_fd_unavailable(a[2]) && dir_fd_unavailable(a[3])) {
    const err = hostos().rename(src.narrow!, dst.narrow!);
    r = err < 0 ? path_error2(src, dst, err) : Py_NewNone();
  }
  path_cleanup(src);
  path_cleanup(dst);
  return r;
}

function os_rename(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return internal_rename("rename", args, kwnames);
}

function os_replace(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return internal_rename("replace", args, kwnames);
}

/** @cpython os_rmdir_impl: rmdir(path, *, dir_fd=None) */
function os_rmdir(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "rmdir", ["path", "dir_fd"], 1, 1);
  if (a === null) return null;
  const path = new path_t("rmdir", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  if (dir_fd_unavailable(a[1])) {
    const err = hostos().rmdir(path.narrow!);
    r = err < 0 ? path_error(path, err) : Py_NewNone();
  }
  path_cleanup(path);
  return r;
}

/** @cpython os_symlink_impl: symlink(src, dst, target_is_directory=False, *, dir_fd=None) */
function os_symlink(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "symlink", ["src", "dst", "target_is_directory", "dir_fd"], 2, 3);
  if (a === null) return null;
  const src = new path_t("symlink", "src", false, false);
  if (!path_converter(a[0]!, src)) return null;
  const dst = new path_t("symlink", "dst", false, false);
  if (!path_converter(a[1]!, dst)) {
    path_cleanup(src);
    return null;
  }
  let r: PyObject | null = null;
  if (bool_converter(a[2], false) !== null && dir_fd_unavailable(a[3])) {
    const err = hostos().symlink(src.narrow!, dst.narrow!);
    r = err < 0 ? path_error2(src, dst, err) : Py_NewNone();
  }
  path_cleanup(src);
  path_cleanup(dst);
  return r;
}

/** @cpython os_unlink_impl: unlink(path, *, dir_fd=None) and remove(). */
function internal_unlink(fname: string, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, fname, ["path", "dir_fd"], 1, 1);
  if (a === null) return null;
  const path = new path_t(fname, "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  if (dir_fd_unavailable(a[1])) {
    const err = hostos().unlink(path.narrow!);
    r = err < 0 ? path_error(path, err) : Py_NewNone();
  }
  path_cleanup(path);
  return r;
}

function os_unlink(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return internal_unlink("unlink", args, kwnames);
}

function os_remove(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return internal_unlink("remove", args, kwnames);
}

/**
 * @cpython _PyTime_ObjectToTimespec (rounding toward negative infinity): an int or float
 * number of seconds as nanoseconds; null on error.
 */
function object_to_timespec_ns(obj: PyObject): bigint | null {
  if (PyFloat_Check(obj)) {
    const d = (obj as PyFloatObject).ob_fval;
    if (Number.isNaN(d)) {
      PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
      return null;
    }
    let intpart = Math.trunc(d);
    let floatpart = Math.floor((d - intpart) * 1e9);
    if (floatpart >= 1e9) {
      floatpart -= 1e9;
      intpart += 1;
    } else if (floatpart < 0) {
      floatpart += 1e9;
      intpart -= 1;
    }
    if (!(intpart >= -9223372036854775808 && intpart < 9223372036854775808)) {
      PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
      return null;
    }
    return BigInt(intpart) * BILLION + BigInt(floatpart);
  }
  const sec = time_t_converter(obj);
  return sec === null ? null : sec * BILLION;
}

/** @cpython _PyLong_AsTime_t: an __index__ object as a 64-bit time_t. */
function time_t_converter(obj: PyObject): bigint | null {
  const index = _PyNumber_Index(obj);
  if (index === null) return null;
  const v = BigInt((index as PyLongObject).ob_ival);
  Py_DECREF(index);
  if (v < -(1n << 63n) || v >= 1n << 63n) {
    PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
    return null;
  }
  return v;
}

/** @cpython split_py_long_to_s_and_ns: an ns value checked the way CPython splits it. */
function ns_converter(obj: PyObject): bigint | null {
  const index = _PyNumber_Index(obj);
  if (index === null) return null;
  const v = BigInt((index as PyLongObject).ob_ival);
  Py_DECREF(index);
  let sec = v / BILLION;
  if (v % BILLION < 0n) sec -= 1n;
  if (sec < -(1n << 63n) || sec >= 1n << 63n) {
    PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
    return null;
  }
  return v;
}

/** @cpython os_utime_impl: utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True) */
function os_utime(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 2);
  if (a === null) return null;
  const path = new path_t("utime", "path", false, true);
  if (!path_converter(a[0]!, path)) return null;
  const r = utime_impl(path, a[1] ?? Py_None, a[2], a[3], a[4]);
  path_cleanup(path);
  return r;
}

function utime_impl(path: path_t, times: PyObject, ns: PyObject | null, dir_fd: PyObject | null, follow_obj: PyObject | null): PyObject | null {
  if (!dir_fd_unavailable(dir_fd)) return null;
  const follow_symlinks = bool_converter(follow_obj, true);
  if (follow_symlinks === null) return null;
  let atime: bigint, mtime: bigint;
  if (times !== Py_None && ns !== null) {
    return PyErr_SetString(PyExc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  }
  if (times !== Py_None) {
    if (!PyTuple_CheckExact(times) || times.ob_item.length !== 2) {
      return PyErr_SetString(PyExc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
    }
    const at = object_to_timespec_ns(times.ob_item[0]);
    if (at === null) return null;
    const mt = object_to_timespec_ns(times.ob_item[1]);
    if (mt === null) return null;
    atime = at;
    mtime = mt;
  } else if (ns !== null) {
    if (!PyTuple_CheckExact(ns) || ns.ob_item.length !== 2) {
      return PyErr_SetString(PyExc_TypeError, "utime: 'ns' must be a tuple of two ints");
    }
    const at = ns_converter(ns.ob_item[0]);
    if (at === null) return null;
    const mt = ns_converter(ns.ob_item[1]);
    if (mt === null) return null;
    atime = at;
    mtime = mt;
  } else {
    atime = mtime = hostos().time_ns();
  }
  if (fd_and_follow_symlinks_invalid("utime", path.fd, follow_symlinks)) return null;
  const os = hostos();
  let err: number;
  if (path.fd !== -1) err = os.futime(path.fd, atime, mtime);
  else {
    const p = path_for_host(path);
    err = p === null ? -EFAULT : follow_symlinks ? os.utime(p, atime, mtime) : os.lutime(p, atime, mtime);
  }
  // CPython reports a failed utime without the file name.
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os_truncate_impl: truncate(path, length) */
function os_truncate(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "truncate", ["path", "length"], 2, 2);
  if (a === null) return null;
  const path = new path_t("truncate", "path", false, true);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  const length = off_t_converter(a[1]!);
  if (length !== null) {
    const os = hostos();
    const p = path_for_host(path);
    const err = path.fd !== -1 ? os.ftruncate(path.fd, length) : p === null ? -EFAULT : os.truncate(p, length);
    r = err < 0 ? path_error(path, err) : Py_NewNone();
  }
  path_cleanup(path);
  return r;
}

/** @cpython os_fspath_impl: fspath(path) */
function os_fspath(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "fspath", ["path"], 1, 1);
  if (a === null) return null;
  return PyOS_FSPath(a[0]!);
}

// =============================================================================================
// scandir: ScandirIterator and DirEntry
// =============================================================================================

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;
const DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;

/** @cpython DirEntry: one entry that scandir() found, with its stat results cached. */
export class DirEntry extends PyObject {
  name: PyObject;
  path: PyObject;
  stat: PyObject | null;
  lstat: PyObject | null;
  d_type: number;
  /** The inode, looked up on first use (see os_DirEntry_inode). */
  d_ino: PyObject | null;
  /** The path as the host takes it. */
  host_path: string;
  constructor(name: PyObject, path: PyObject, host_path: string, d_type: number) {
    super(DirEntryType);
    this.name = name;
    this.path = path;
    this.stat = null;
    this.lstat = null;
    this.d_type = d_type;
    this.d_ino = null;
    this.host_path = host_path;
  }
}

/** @cpython DirEntry_dealloc */
function DirEntry_dealloc(self: PyObject): void {
  const e = self as DirEntry;
  Py_XDECREF(e.name);
  Py_XDECREF(e.path);
  Py_XDECREF(e.stat);
  Py_XDECREF(e.lstat);
  Py_XDECREF(e.d_ino);
  e.stat = e.lstat = e.d_ino = null;
}

/** @cpython os_DirEntry_is_symlink_impl: -1 on error. */
function DirEntry_is_symlink(self: DirEntry): number {
  if (self.d_type !== DT_UNKNOWN) return self.d_type === DT_LNK ? 1 : 0;
  return DirEntry_test_mode(self, false, S_IFLNK);
}

/** @cpython DirEntry_fetch_stat @returns new */
function DirEntry_fetch_stat(self: DirEntry, follow_symlinks: boolean): PyObject | null {
  const os = hostos();
  const r = follow_symlinks ? os.stat(self.host_path) : os.lstat(self.host_path);
  if (typeof r === "number") return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, -r, self.path, null);
  return _pystat_fromstructstat(r);
}

/** @cpython DirEntry_get_lstat @returns new */
function DirEntry_get_lstat(self: DirEntry): PyObject | null {
  if (self.lstat === null) self.lstat = DirEntry_fetch_stat(self, false);
  if (self.lstat !== null) Py_INCREF(self.lstat);
  return self.lstat;
}

/** @cpython os_DirEntry_stat_impl @returns new */
function DirEntry_stat_impl(self: DirEntry, follow_symlinks: boolean): PyObject | null {
  if (!follow_symlinks) return DirEntry_get_lstat(self);
  if (self.stat === null) {
    const result = DirEntry_is_symlink(self);
    if (result === -1) return null;
    self.stat = result ? DirEntry_fetch_stat(self, true) : DirEntry_get_lstat(self);
  }
  if (self.stat !== null) Py_INCREF(self.stat);
  return self.stat;
}

/** @cpython DirEntry_test_mode: whether the entry's type is mode_bits; -1 on error. */
function DirEntry_test_mode(self: DirEntry, follow_symlinks: boolean, mode_bits: number): number {
  const is_symlink = self.d_type === DT_LNK;
  const need_stat = self.d_type === DT_UNKNOWN || (follow_symlinks && is_symlink);
  if (need_stat) {
    const st = DirEntry_stat_impl(self, follow_symlinks);
    if (st === null) {
      if (PyErr_ExceptionMatches(PyExc_FileNotFoundError)) {
        PyErr_Clear();
        return 0;
      }
      return -1;
    }
    const mode = (st as PyTupleObject).ob_item[0] as PyLongObject;
    const r = ((mode.ob_ival as number) & S_IFMT) === mode_bits ? 1 : 0;
    Py_DECREF(st);
    return r;
  }
  if (is_symlink) return 0;
  return mode_bits === S_IFDIR ? (self.d_type === DT_DIR ? 1 : 0) : (self.d_type === DT_REG ? 1 : 0);
}

/** The follow_symlinks keyword of is_dir/is_file/stat (keyword-only). */
function direntry_follow(fname: string, args: PyObject[], kwnames: PyTupleObject | null): boolean | null {
  if (args.length === 0) return true;
  const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["follow_symlinks"], 0, 0, 0);
  if (a === null) return null;
  return bool_converter(a[0], true);
}

function bool_result(r: number): PyObject | null {
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython os_DirEntry_is_dir_impl */
function DirEntry_is_dir(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const follow = direntry_follow("is_dir", args, kwnames);
  if (follow === null) return null;
  return bool_result(DirEntry_test_mode(self as DirEntry, follow, S_IFDIR));
}

/** @cpython os_DirEntry_is_file_impl */
function DirEntry_is_file(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const follow = direntry_follow("is_file", args, kwnames);
  if (follow === null) return null;
  return bool_result(DirEntry_test_mode(self as DirEntry, follow, S_IFREG));
}

/** @cpython os_DirEntry_is_symlink_impl */
function DirEntry_is_symlink_meth(self: PyObject): PyObject | null {
  return bool_result(DirEntry_is_symlink(self as DirEntry));
}

/** @cpython os_DirEntry_stat_impl */
function DirEntry_stat(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const follow = direntry_follow("stat", args, kwnames);
  if (follow === null) return null;
  return DirEntry_stat_impl(self as DirEntry, follow);
}

/**
 * @cpython os_DirEntry_inode_impl. DIVERGENCE: the host's directory listing carries no
 * inode numbers, so the first call takes st_ino from lstat() of the entry (the same number
 * except across a mount point) and keeps it.
 */
function DirEntry_inode(self: PyObject): PyObject | null {
  const e = self as DirEntry;
  if (e.d_ino === null) {
    const r = hostos().lstat(e.host_path);
    if (typeof r === "number") return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, -r, e.path, null);
    e.d_ino = PyLong_FromBigInt(r.st_ino);
  }
  Py_INCREF(e.d_ino);
  return e.d_ino;
}

/** @cpython DirEntry_repr */
function DirEntry_repr(self: PyObject): PyObject | null {
  const r = reprString((self as DirEntry).name);
  return r === null ? null : PyUnicode_FromString(`<DirEntry ${r}>`);
}

/** @cpython os_DirEntry___fspath___impl */
function DirEntry_fspath(self: PyObject): PyObject {
  const p = (self as DirEntry).path;
  Py_INCREF(p);
  return p;
}

export const DirEntryType: PyTypeObject = new PyTypeObject({
  tp_name: "posix.DirEntry", tp_basicsize: 72,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_dealloc: DirEntry_dealloc, tp_repr: DirEntry_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_members: [
    { name: "name", get: (o) => { const v = (o as DirEntry).name; Py_INCREF(v); return v; },
      doc: "the entry's base filename, relative to scandir() \"path\" argument" },
    { name: "path", get: (o) => { const v = (o as DirEntry).path; Py_INCREF(v); return v; },
      doc: "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)" },
  ],
  tp_methods: [
    { ml_name: "is_dir", ml_meth: DirEntry_is_dir, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "Return True if the entry is a directory; cached per entry." },
    { ml_name: "is_file", ml_meth: DirEntry_is_file, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "Return True if the entry is a file; cached per entry." },
    { ml_name: "is_symlink", ml_meth: DirEntry_is_symlink_meth, ml_flags: METH_NOARGS,
      ml_doc: "Return True if the entry is a symbolic link; cached per entry." },
    { ml_name: "stat", ml_meth: DirEntry_stat, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "Return stat_result object for the entry; cached per entry." },
    { ml_name: "inode", ml_meth: DirEntry_inode, ml_flags: METH_NOARGS,
      ml_doc: "Return inode of the entry; cached per entry." },
    { ml_name: "__fspath__", ml_meth: DirEntry_fspath, ml_flags: METH_NOARGS,
      ml_doc: "Returns the path for the entry." },
    { ml_name: "__class_getitem__", ml_meth: Py_GenericAlias, ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
  ],
});

/** @cpython join_path_filename: dir + "/" + name (no "/" added after a trailing one). */
function join_path_filename(dir: string | null, name: string): string {
  if (dir === null) dir = ".";
  return dir.length > 0 && !dir.endsWith("/") ? `${dir}/${name}` : dir + name;
}

/** @cpython ScandirIterator: the entries of one directory, read when scandir() is called. */
export class ScandirIterator extends PyObject {
  path: path_t;
  /** The entries not yet returned, null once closed. */
  entries: [string, number][] | null;
  index: number;
  constructor(path: path_t, entries: [string, number][]) {
    super(ScandirIteratorType);
    this.path = path;
    this.entries = entries;
    this.index = 0;
  }
}

/** @cpython ScandirIterator_closedir */
function ScandirIterator_closedir(it: ScandirIterator): void {
  it.entries = null;
}

/** @cpython DirEntry_from_posix_info @returns new */
function DirEntry_from_posix_info(path: path_t, name: string, d_type: number): PyObject {
  const joined = join_path_filename(path.narrow, name);
  const as_bytes = path.narrow !== null && path.is_bytes;
  return new DirEntry(fs_result(name, as_bytes), fs_result(joined, as_bytes), joined, d_type);
}

/** @cpython ScandirIterator_iternext */
function ScandirIterator_iternext(self: PyObject): PyObject | null {
  const it = self as ScandirIterator;
  const entries = it.entries;
  if (entries === null) return null;
  if (it.index < entries.length) {
    const [name, d_type] = entries[it.index++];
    return DirEntry_from_posix_info(it.path, name, d_type);
  }
  ScandirIterator_closedir(it);
  return null;
}

function ScandirIterator_close(self: PyObject): PyObject {
  ScandirIterator_closedir(self as ScandirIterator);
  return Py_NewNone();
}

function ScandirIterator_enter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

function ScandirIterator_exit(self: PyObject, _args: PyObject[]): PyObject {
  ScandirIterator_closedir(self as ScandirIterator);
  return Py_NewNone();
}

/**
 * @cpython ScandirIterator_dealloc. DIVERGENCE: an iterator dropped while still open is
 * closed without the ResourceWarning CPython issues (no warnings machinery yet).
 */
function ScandirIterator_dealloc(self: PyObject): void {
  const it = self as ScandirIterator;
  ScandirIterator_closedir(it);
  const saved = PyErr_Fetch();
  path_cleanup(it.path);
  PyErr_Restore(saved);
}

export const ScandirIteratorType: PyTypeObject = new PyTypeObject({
  tp_name: "posix.ScandirIterator", tp_basicsize: 96,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_dealloc: ScandirIterator_dealloc, tp_getattro: PyObject_GenericGetAttr,
  tp_iter: PyObject_SelfIter, tp_iternext: ScandirIterator_iternext,
  tp_methods: [
    { ml_name: "__enter__", ml_meth: ScandirIterator_enter, ml_flags: METH_NOARGS },
    { ml_name: "__exit__", ml_meth: ScandirIterator_exit, ml_flags: METH_FASTCALL },
    { ml_name: "close", ml_meth: ScandirIterator_close, ml_flags: METH_NOARGS },
  ],
});

/** @cpython os_scandir_impl: scandir(path=None) */
function os_scandir(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "scandir", ["path"], 0, 1);
  if (a === null) return null;
  const path = new path_t("scandir", "path", true, false);
  if (a[0] !== null && !path_converter(a[0], path)) return null;
  const r = hostos().scandir(path.narrow ?? ".");
  if (typeof r === "number") {
    path_error(path, r);
    path_cleanup(path);
    return null;
  }
  return new ScandirIterator(path, r);
}

// =============================================================================================
// File descriptors
// =============================================================================================

/**
 * What get/set_inheritable and get/set_blocking report per descriptor (see the header):
 * the standard streams start inheritable, every other descriptor this module opens starts
 * non-inheritable; all start blocking unless opened with O_NONBLOCK.
 */
const inheritable_fds = new Set<number>([0, 1, 2]);
const nonblocking_fds = new Set<number>();
const O_NONBLOCK = 0o4000;
/** The largest buffer one host call fills (a JS typed array's practical limit). */
const MAX_IO_CHUNK = 0x7fffffff;

/** @cpython os_open_impl: open(path, flags, mode=0o777, *, dir_fd=None) */
function os_open(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "open", ["path", "flags", "mode", "dir_fd"], 2, 3);
  if (a === null) return null;
  const path = new path_t("open", "path", false, false);
  if (!path_converter(a[0]!, path)) return null;
  let r: PyObject | null = null;
  const flags = int_converter(a[1]!);
  const mode = flags === null ? null : a[2] === null ? 0o777 : int_converter(a[2]);
  if (flags !== null && mode !== null && dir_fd_unavailable(a[3])) {
    const fd = hostos().open(path.narrow!, flags, mode);
    if (fd < 0) r = path_error(path, fd);
    else {
      inheritable_fds.delete(fd);
      if (flags & O_NONBLOCK) nonblocking_fds.add(fd);
      else nonblocking_fds.delete(fd);
      r = PyLong_FromNumber(fd);
    }
  }
  path_cleanup(path);
  return r;
}

/** @cpython os_close_impl: close(fd) */
function os_close(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "close", ["fd"], 1, 1);
  if (a === null) return null;
  const fd = int_converter(a[0]!);
  if (fd === null) return null;
  const err = hostos().close(fd);
  if (err < 0) return posix_error(err);
  inheritable_fds.delete(fd);
  nonblocking_fds.delete(fd);
  return Py_NewNone();
}

/** @cpython os_dup_impl: dup(fd, /) */
function os_dup(_m: PyObject, arg: PyObject): PyObject | null {
  const fd = int_converter(arg);
  if (fd === null) return null;
  const nfd = hostos().dup(fd);
  if (nfd < 0) return posix_error(nfd);
  inheritable_fds.delete(nfd);
  if (nonblocking_fds.has(fd)) nonblocking_fds.add(nfd);
  else nonblocking_fds.delete(nfd);
  return PyLong_FromNumber(nfd);
}

/** @cpython os_read_impl: read(fd, length, /) */
function os_read(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("read", args.length, 2, 2)) return null;
  const fd = int_converter(args[0]);
  if (fd === null) return null;
  const length = ssize_t_converter(args[1]);
  if (length === null) return null;
  if (length < 0) return posix_error(-EINVAL);
  // read(2) may return fewer bytes than asked: a huge request is served in one host-sized piece.
  const r = hostos().read(fd, Math.min(length, MAX_IO_CHUNK));
  if (typeof r === "number") return posix_error(r);
  return PyBytes_FromArray(r.slice());
}

/** @cpython os_write_impl: write(fd, data, /) */
function os_write(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("write", args.length, 2, 2)) return null;
  const fd = int_converter(args[0]);
  if (fd === null) return null;
  const data = _PyObject_GetBufferData(args[1]);
  if (data === null) {
    return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${_PyType_Name(args[1].ob_type)}'`);
  }
  const n = hostos().write(fd, data);
  if (n < 0) return posix_error(n);
  return PyLong_FromNumber(n);
}

/** @cpython os_lseek_impl: lseek(fd, position, whence, /) */
function os_lseek(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("lseek", args.length, 3, 3)) return null;
  const fd = int_converter(args[0]);
  if (fd === null) return null;
  const position = off_t_converter(args[1]);
  if (position === null) return null;
  const how = int_converter(args[2]);
  if (how === null) return null;
  const r = hostos().lseek(fd, position, how);
  if (r < 0) return posix_error(r);
  return PyLong_FromNumber(r);
}

/** @cpython os_ftruncate_impl: ftruncate(fd, length, /) */
function os_ftruncate(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("ftruncate", args.length, 2, 2)) return null;
  const fd = int_converter(args[0]);
  if (fd === null) return null;
  const length = off_t_converter(args[1]);
  if (length === null) return null;
  const err = hostos().ftruncate(fd, length);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os_fsync_impl: fsync(fd) — an int or an object with fileno(). */
function os_fsync(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "fsync", ["fd"], 1, 1);
  if (a === null) return null;
  const fd = fildes_converter(a[0]!);
  if (fd === null) return null;
  const err = hostos().fsync(fd);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os_fdatasync_impl: fdatasync(fd) */
function os_fdatasync(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "fdatasync", ["fd"], 1, 1);
  if (a === null) return null;
  const fd = fildes_converter(a[0]!);
  if (fd === null) return null;
  const err = hostos().fdatasync(fd);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os_isatty_impl: isatty(fd, /) */
function os_isatty(_m: PyObject, arg: PyObject): PyObject | null {
  const fd = int_converter(arg);
  if (fd === null) return null;
  return PyBool_FromLong(hostos().isatty(fd));
}

/** The check every flag query starts with: the descriptor must be open. */
function fd_check(fd: number): boolean {
  const r = hostos().fstat(fd);
  if (typeof r === "number") {
    posix_error(r);
    return false;
  }
  return true;
}

/** @cpython os_get_inheritable_impl: get_inheritable(fd, /) */
function os_get_inheritable(_m: PyObject, arg: PyObject): PyObject | null {
  const fd = int_converter(arg);
  if (fd === null || !fd_check(fd)) return null;
  return PyBool_FromLong(inheritable_fds.has(fd));
}

/** @cpython os_set_inheritable_impl: set_inheritable(fd, inheritable, /) */
function os_set_inheritable(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("set_inheritable", args.length, 2, 2)) return null;
  const fd = int_converter(args[0]);
  if (fd === null) return null;
  const inheritable = int_converter(args[1]);
  if (inheritable === null || !fd_check(fd)) return null;
  if (inheritable) inheritable_fds.add(fd);
  else inheritable_fds.delete(fd);
  return Py_NewNone();
}

/** @cpython os_get_blocking_impl: get_blocking(fd, /) */
function os_get_blocking(_m: PyObject, arg: PyObject): PyObject | null {
  const fd = int_converter(arg);
  if (fd === null || !fd_check(fd)) return null;
  return PyBool_FromLong(!nonblocking_fds.has(fd));
}

/** @cpython os_set_blocking_impl: set_blocking(fd, blocking, /) */
function os_set_blocking(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("set_blocking", args.length, 2, 2)) return null;
  const fd = int_converter(args[0]);
  if (fd === null) return null;
  const blocking = int_converter(args[1]);
  if (blocking === null || !fd_check(fd)) return null;
  if (blocking) nonblocking_fds.delete(fd);
  else nonblocking_fds.add(fd);
  return Py_NewNone();
}

/** @cpython os_device_encoding_impl: device_encoding(fd) — the locale's encoding for a terminal. */
function os_device_encoding(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "device_encoding", ["fd"], 1, 1);
  if (a === null) return null;
  const fd = int_converter(a[0]!);
  if (fd === null) return null;
  if (!hostos().isatty(fd)) return Py_NewNone();
  return PyUnicode_FromString("UTF-8");
}

/** @cpython os_get_terminal_size_impl: get_terminal_size(fd=STDOUT_FILENO, /) */
function os_get_terminal_size(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("get_terminal_size", args.length, 0, 1)) return null;
  let fd = 1;
  if (args.length > 0) {
    const v = int_converter(args[0]);
    if (v === null) return null;
    fd = v;
  }
  const r = hostos().terminal_size(fd);
  if (typeof r === "number") return posix_error(r);
  return PyStructSequence_FromArraySteal(TerminalSizeType!, [PyLong_FromNumber(r[0]), PyLong_FromNumber(r[1])]);
}

// =============================================================================================
// The process
// =============================================================================================

function os_getpid(_m: PyObject): PyObject { return PyLong_FromNumber(hostos().getpid()); }
function os_getppid(_m: PyObject): PyObject { return PyLong_FromNumber(hostos().getppid()); }
function os_getuid(_m: PyObject): PyObject { return PyLong_FromNumber(hostos().getuid()); }
function os_geteuid(_m: PyObject): PyObject { return PyLong_FromNumber(hostos().geteuid()); }
function os_getgid(_m: PyObject): PyObject { return PyLong_FromNumber(hostos().getgid()); }
function os_getegid(_m: PyObject): PyObject { return PyLong_FromNumber(hostos().getegid()); }

/** @cpython os_umask_impl: umask(mask, /) */
function os_umask(_m: PyObject, arg: PyObject): PyObject | null {
  const mask = int_converter(arg);
  if (mask === null) return null;
  return PyLong_FromNumber(hostos().umask(mask));
}

/** @cpython os_urandom_impl: urandom(size, /) */
function os_urandom(_m: PyObject, arg: PyObject): PyObject | null {
  const size = ssize_t_converter(arg);
  if (size === null) return null;
  if (size < 0) return PyErr_SetString(PyExc_ValueError, "negative argument not allowed");
  if (size > MAX_IO_CHUNK) return PyErr_NoMemory();
  return PyBytes_FromArray(hostos().urandom(size));
}

/** @cpython os_strerror_impl: strerror(code, /) */
function os_strerror(_m: PyObject, arg: PyObject): PyObject | null {
  const code = int_converter(arg);
  if (code === null) return null;
  return PyUnicode_FromString(hostos().strerror(code));
}

/** @cpython os_uname_impl: uname() */
function os_uname(_m: PyObject): PyObject {
  const u = hostos().uname();
  return PyStructSequence_FromArraySteal(UnameResultType!, u.map((s) => PyUnicode_FromString(s) as PyObject));
}

/** @cpython os_times_impl: times(), in clock ticks (1/100 s) as times(2) counts them. */
function os_times(_m: PyObject): PyObject {
  const os = hostos();
  const [user, system] = os.cpu_times();
  const TICK = 10000000n; // nanoseconds per tick
  const secs = (ns: bigint) => PyFloat_FromDouble(Number(ns / TICK) / 100);
  return PyStructSequence_FromArraySteal(TimesResultType!, [
    secs(user), secs(system), PyFloat_FromDouble(0), PyFloat_FromDouble(0), secs(os.monotonic_ns()),
  ]);
}

/** @cpython os_cpu_count_impl: cpu_count() */
function os_cpu_count(_m: PyObject): PyObject {
  const n = hostos().cpu_count();
  return n >= 1 ? PyLong_FromNumber(n) : Py_NewNone();
}

/**
 * The argument count check of PyArg_ParseTuple-style parsing, which kill and killpg use in
 * CPython (their pid_t argument keeps them off the clinic fast path).
 */
function parse_stack_count(fname: string, nargs: number, n: number): boolean {
  if (nargs === n) return true;
  PyErr_SetString(PyExc_TypeError, `${fname}() takes exactly ${n} argument${n === 1 ? "" : "s"} (${nargs} given)`);
  return false;
}

/** The "i" format unit of PyArg_Parse: a C int, with its own overflow messages. */
function parse_i(o: PyObject): number | null {
  const v = PyLong_AsLong(o);
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

/** @cpython os_kill_impl: kill(pid, signal, /) */
function os_kill(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!parse_stack_count("kill", args.length, 2)) return null;
  const pid = parse_i(args[0]);
  if (pid === null) return null;
  const sig = ssize_t_converter(args[1]);
  if (sig === null) return null;
  // A signal to this process itself reaches its Python handler the way a real one would
  // (the host cannot run the handler when the kernel delivers it).
  const os = hostos();
  const toSelf = pid === os.getpid() && sig > 0 && sig < 65 && ![9, 19, 32, 33].includes(sig); // not SIGKILL, SIGSTOP, libc's own
  const err = toSelf ? _PySignal_RaiseInProcess(sig) : os.kill(pid, sig);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os_killpg_impl: killpg(pgid, signal, /) */
function os_killpg(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!parse_stack_count("killpg", args.length, 2)) return null;
  const pgid = parse_i(args[0]);
  if (pgid === null) return null;
  const sig = parse_i(args[1]);
  if (sig === null) return null;
  const err = pgid < 0 ? -EINVAL : hostos().kill(-pgid, sig);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os__exit_impl: _exit(status) — ends the process at once. */
function os__exit(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "_exit", ["status"], 1, 1);
  if (a === null) return null;
  const status = int_converter(a[0]!);
  if (status === null) return null;
  return hostos()._exit(status);
}

/** @cpython os_putenv_impl: putenv(name, value, /) */
function os_putenv(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("putenv", args.length, 2, 2)) return null;
  const name = fs_converter(args[0]);
  if (name === null) return null;
  const value = fs_converter(args[1]);
  if (value === null) return null;
  if (name.includes("=")) return PyErr_SetString(PyExc_ValueError, "illegal environment variable name");
  const err = hostos().putenv(name, value);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

/** @cpython os_unsetenv_impl: unsetenv(name, /) */
function os_unsetenv(_m: PyObject, arg: PyObject): PyObject | null {
  const name = fs_converter(arg);
  if (name === null) return null;
  const err = hostos().unsetenv(name);
  return err < 0 ? posix_error(err) : Py_NewNone();
}

// The wait-status macros of Linux (<sys/wait.h>), on a C int status.
const WIFEXITED = (s: number): boolean => (s & 0x7f) === 0;
const WEXITSTATUS = (s: number): number => (s & 0xff00) >> 8;
const WTERMSIG = (s: number): number => s & 0x7f;
const WIFSIGNALED = (s: number): boolean => (((s & 0x7f) + 1) << 24 >> 24 >> 1) > 0;
const WIFSTOPPED = (s: number): boolean => (s & 0xff) === 0x7f;
const WSTOPSIG = WEXITSTATUS;
const WIFCONTINUED = (s: number): boolean => s === 0xffff;
const WCOREDUMP = (s: number): boolean => (s & 0x80) !== 0;

/** A W*(status) function of the clinic form `(status)`, keyword allowed. */
function wait_macro(fname: string, f: (s: number) => number | boolean): (m: PyObject, args: PyObject[], kwnames: PyTupleObject | null) => PyObject | null {
  return (_m, args, kwnames) => {
    const a = unpack(args, kwnames, fname, ["status"], 1, 1);
    if (a === null) return null;
    const status = int_converter(a[0]!);
    if (status === null) return null;
    const r = f(status);
    return typeof r === "boolean" ? PyBool_FromLong(r) : PyLong_FromNumber(r);
  };
}

/** @cpython os_WCOREDUMP_impl: WCOREDUMP(status, /) */
function os_WCOREDUMP(_m: PyObject, arg: PyObject): PyObject | null {
  const status = int_converter(arg);
  if (status === null) return null;
  return PyBool_FromLong(WCOREDUMP(status));
}

/** @cpython os_waitpid_impl (and wait, wait3, wait4): ECHILD, as there are no child processes. */
function os_wait_no_children(): PyObject | null {
  return posix_error(-10);
}

/** @cpython os_waitstatus_to_exitcode_impl */
function os_waitstatus_to_exitcode(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = unpack(args, kwnames, "waitstatus_to_exitcode", ["status"], 1, 1);
  if (a === null) return null;
  const status = int_converter(a[0]!);
  if (status === null) return null;
  let exitcode: number;
  if (WIFEXITED(status)) exitcode = WEXITSTATUS(status);
  else if (WIFSIGNALED(status)) exitcode = -WTERMSIG(status);
  else if (WIFSTOPPED(status)) {
    return PyErr_SetString(PyExc_ValueError, `process stopped by delivery of signal ${WSTOPSIG(status)}`);
  } else {
    return PyErr_SetString(PyExc_ValueError, `invalid wait status: ${status}`);
  }
  return PyLong_FromNumber(exitcode);
}

// =============================================================================================
// The module
// =============================================================================================

const KW = METH_FASTCALL | METH_KEYWORDS;

const posix_methods: PyMethodDef[] = [
  { ml_name: "stat", ml_meth: os_stat, ml_flags: KW, ml_doc: "Perform a stat system call on the given path." },
  { ml_name: "access", ml_meth: os_access, ml_flags: KW, ml_doc: "Use the real uid/gid to test for access to a path." },
  { ml_name: "chdir", ml_meth: os_chdir, ml_flags: KW, ml_doc: "Change the current working directory to the specified path." },
  { ml_name: "chmod", ml_meth: os_chmod, ml_flags: KW, ml_doc: "Change the access permissions of a file." },
  { ml_name: "fchmod", ml_meth: os_fchmod, ml_flags: KW, ml_doc: "Change the access permissions of the file given by file descriptor fd." },
  { ml_name: "getcwd", ml_meth: os_getcwd, ml_flags: METH_NOARGS, ml_doc: "Return a unicode string representing the current working directory." },
  { ml_name: "getcwdb", ml_meth: os_getcwdb, ml_flags: METH_NOARGS, ml_doc: "Return a bytes string representing the current working directory." },
  { ml_name: "link", ml_meth: os_link, ml_flags: KW, ml_doc: "Create a hard link to a file." },
  { ml_name: "listdir", ml_meth: os_listdir, ml_flags: KW, ml_doc: "Return a list containing the names of the files in the directory." },
  { ml_name: "lstat", ml_meth: os_lstat, ml_flags: KW, ml_doc: "Perform a stat system call on the given path, without following symbolic links." },
  { ml_name: "mkdir", ml_meth: os_mkdir, ml_flags: KW, ml_doc: "Create a directory." },
  { ml_name: "readlink", ml_meth: os_readlink, ml_flags: KW, ml_doc: "Return a string representing the path to which the symbolic link points." },
  { ml_name: "rename", ml_meth: os_rename, ml_flags: KW, ml_doc: "Rename a file or directory." },
  { ml_name: "replace", ml_meth: os_replace, ml_flags: KW, ml_doc: "Rename a file or directory, overwriting the destination." },
  { ml_name: "rmdir", ml_meth: os_rmdir, ml_flags: KW, ml_doc: "Remove a directory." },
  { ml_name: "symlink", ml_meth: os_symlink, ml_flags: KW, ml_doc: "Create a symbolic link pointing to src named dst." },
  { ml_name: "unlink", ml_meth: os_unlink, ml_flags: KW, ml_doc: "Remove a file (same as remove())." },
  { ml_name: "remove", ml_meth: os_remove, ml_flags: KW, ml_doc: "Remove a file (same as unlink())." },
  { ml_name: "utime", ml_meth: os_utime, ml_flags: KW, ml_doc: "Set the access and modified time of path." },
  { ml_name: "times", ml_meth: os_times, ml_flags: METH_NOARGS, ml_doc: "Return a collection containing process timing information." },
  { ml_name: "uname", ml_meth: os_uname, ml_flags: METH_NOARGS, ml_doc: "Return an object identifying the current operating system." },
  { ml_name: "_exit", ml_meth: os__exit, ml_flags: KW, ml_doc: "Exit to the system with specified status, without normal exit processing." },
  { ml_name: "getegid", ml_meth: os_getegid, ml_flags: METH_NOARGS, ml_doc: "Return the current process's effective group id." },
  { ml_name: "geteuid", ml_meth: os_geteuid, ml_flags: METH_NOARGS, ml_doc: "Return the current process's effective user id." },
  { ml_name: "getgid", ml_meth: os_getgid, ml_flags: METH_NOARGS, ml_doc: "Return the current process's group id." },
  { ml_name: "getpid", ml_meth: os_getpid, ml_flags: METH_NOARGS, ml_doc: "Return the current process id." },
  { ml_name: "getppid", ml_meth: os_getppid, ml_flags: METH_NOARGS, ml_doc: "Return the parent's process id." },
  { ml_name: "getuid", ml_meth: os_getuid, ml_flags: METH_NOARGS, ml_doc: "Return the current process's user id." },
  { ml_name: "kill", ml_meth: os_kill, ml_flags: METH_FASTCALL, ml_doc: "Kill a process with a signal." },
  { ml_name: "killpg", ml_meth: os_killpg, ml_flags: METH_FASTCALL, ml_doc: "Kill a process group with a signal." },
  { ml_name: "open", ml_meth: os_open, ml_flags: KW, ml_doc: "Open a file for low level IO.  Returns a file descriptor (integer)." },
  { ml_name: "close", ml_meth: os_close, ml_flags: KW, ml_doc: "Close a file descriptor." },
  { ml_name: "dup", ml_meth: os_dup, ml_flags: METH_O, ml_doc: "Return a duplicate of a file descriptor." },
  { ml_name: "lseek", ml_meth: os_lseek, ml_flags: METH_FASTCALL, ml_doc: "Set the position of a file descriptor.  Return the new position." },
  { ml_name: "read", ml_meth: os_read, ml_flags: METH_FASTCALL, ml_doc: "Read from a file descriptor.  Returns a bytes object." },
  { ml_name: "write", ml_meth: os_write, ml_flags: METH_FASTCALL, ml_doc: "Write a bytes object to a file descriptor." },
  { ml_name: "fstat", ml_meth: os_fstat, ml_flags: KW, ml_doc: "Perform a stat system call on the given file descriptor." },
  { ml_name: "statvfs", ml_meth: os_statvfs, ml_flags: KW, ml_doc: "Perform a statvfs system call on the given path." },
  { ml_name: "fstatvfs", ml_meth: os_fstatvfs, ml_flags: METH_O, ml_doc: "Perform an fstatvfs system call on the given fd." },
  { ml_name: "isatty", ml_meth: os_isatty, ml_flags: METH_O, ml_doc: "Return True if the fd is connected to a terminal." },
  { ml_name: "ftruncate", ml_meth: os_ftruncate, ml_flags: METH_FASTCALL, ml_doc: "Truncate a file, specified by file descriptor, to a specific length." },
  { ml_name: "truncate", ml_meth: os_truncate, ml_flags: KW, ml_doc: "Truncate a file, specified by path, to a specific length." },
  { ml_name: "putenv", ml_meth: os_putenv, ml_flags: METH_FASTCALL, ml_doc: "Change or add an environment variable." },
  { ml_name: "unsetenv", ml_meth: os_unsetenv, ml_flags: METH_O, ml_doc: "Delete an environment variable." },
  { ml_name: "strerror", ml_meth: os_strerror, ml_flags: METH_O, ml_doc: "Translate an error code to a message string." },
  { ml_name: "device_encoding", ml_meth: os_device_encoding, ml_flags: KW, ml_doc: "Return a string describing the encoding of a terminal's file descriptor." },
  { ml_name: "fsync", ml_meth: os_fsync, ml_flags: KW, ml_doc: "Force write of fd to disk." },
  { ml_name: "fdatasync", ml_meth: os_fdatasync, ml_flags: KW, ml_doc: "Force write of fd to disk without forcing update of metadata." },
  { ml_name: "WCOREDUMP", ml_meth: os_WCOREDUMP, ml_flags: METH_O, ml_doc: "Return True if the process returning status was dumped to a core file." },
  { ml_name: "WIFCONTINUED", ml_meth: wait_macro("WIFCONTINUED", WIFCONTINUED), ml_flags: KW, ml_doc: "Return True if a particular process was continued from a job control stop." },
  { ml_name: "WIFSTOPPED", ml_meth: wait_macro("WIFSTOPPED", WIFSTOPPED), ml_flags: KW, ml_doc: "Return True if the process returning status was stopped." },
  { ml_name: "WIFSIGNALED", ml_meth: wait_macro("WIFSIGNALED", WIFSIGNALED), ml_flags: KW, ml_doc: "Return True if the process returning status was terminated by a signal." },
  { ml_name: "WIFEXITED", ml_meth: wait_macro("WIFEXITED", WIFEXITED), ml_flags: KW, ml_doc: "Return True if the process returning status exited via the exit() system call." },
  { ml_name: "WEXITSTATUS", ml_meth: wait_macro("WEXITSTATUS", WEXITSTATUS), ml_flags: KW, ml_doc: "Return the process return code from status." },
  { ml_name: "WTERMSIG", ml_meth: wait_macro("WTERMSIG", WTERMSIG), ml_flags: KW, ml_doc: "Return the signal that terminated the process that provided the status value." },
  { ml_name: "WSTOPSIG", ml_meth: wait_macro("WSTOPSIG", WSTOPSIG), ml_flags: KW, ml_doc: "Return the signal that stopped the process that provided the status value." },
  { ml_name: "get_terminal_size", ml_meth: os_get_terminal_size, ml_flags: METH_FASTCALL, ml_doc: "Return the size of the terminal window as (columns, lines)." },
  { ml_name: "cpu_count", ml_meth: os_cpu_count, ml_flags: METH_NOARGS, ml_doc: "Return the number of CPUs in the system; return None if indeterminable." },
  { ml_name: "get_inheritable", ml_meth: os_get_inheritable, ml_flags: METH_O, ml_doc: "Get the close-on-exe flag of the specified file descriptor." },
  { ml_name: "set_inheritable", ml_meth: os_set_inheritable, ml_flags: METH_FASTCALL, ml_doc: "Set the inheritable flag of the specified file descriptor." },
  { ml_name: "get_blocking", ml_meth: os_get_blocking, ml_flags: METH_O, ml_doc: "Get the blocking mode of the file descriptor." },
  { ml_name: "set_blocking", ml_meth: os_set_blocking, ml_flags: METH_FASTCALL, ml_doc: "Set the blocking mode of the specified file descriptor." },
  { ml_name: "scandir", ml_meth: os_scandir, ml_flags: KW, ml_doc: "Return an iterator of DirEntry objects for given path." },
  { ml_name: "fspath", ml_meth: os_fspath, ml_flags: KW, ml_doc: "Return the file system path representation of the object." },
  // typhon cannot start child processes (fork_exec raises ENOSYS), so there is never a child to wait for.
  { ml_name: "waitpid", ml_meth: os_wait_no_children, ml_flags: METH_FASTCALL, ml_doc: "Wait for completion of a given child process." },
  { ml_name: "wait", ml_meth: os_wait_no_children, ml_flags: METH_NOARGS, ml_doc: "Wait for completion of a child process." },
  { ml_name: "wait3", ml_meth: os_wait_no_children, ml_flags: METH_FASTCALL, ml_doc: "Wait for completion of a child process." },
  { ml_name: "wait4", ml_meth: os_wait_no_children, ml_flags: METH_FASTCALL, ml_doc: "Wait for completion of a given child." },
  { ml_name: "waitstatus_to_exitcode", ml_meth: os_waitstatus_to_exitcode, ml_flags: KW, ml_doc: "Convert a wait status to an exit code." },
  { ml_name: "umask", ml_meth: os_umask, ml_flags: METH_O, ml_doc: "Set the current numeric umask and return the previous umask." },
  { ml_name: "urandom", ml_meth: os_urandom, ml_flags: METH_O, ml_doc: "Return a bytes object containing random bytes suitable for cryptographic use." },
];

/**
 * The HAVE_* names os.py reads to build supports_fd, supports_follow_symlinks and
 * supports_dir_fd: only the variants this module really performs.
 */
const HAVE_FUNCTIONS = ["HAVE_FCHMOD", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_FUTIMES", "HAVE_LSTAT", "HAVE_LUTIMES"];

/** @cpython all_ins: the int constants, with Linux's values. */
const POSIX_CONSTANTS: readonly [string, number][] = [
  ["F_OK", F_OK], ["R_OK", 4], ["W_OK", 2], ["X_OK", 1],
  ["NGROUPS_MAX", 65536], ["TMP_MAX", 238328],
  ["WCONTINUED", 8], ["WNOHANG", 1], ["WUNTRACED", 2],
  ["O_RDONLY", 0], ["O_WRONLY", 1], ["O_RDWR", 2], ["O_NDELAY", 0o4000], ["O_NONBLOCK", O_NONBLOCK],
  ["O_APPEND", 0o2000], ["O_DSYNC", 0o10000], ["O_RSYNC", 0o4010000], ["O_SYNC", 0o4010000],
  ["O_NOCTTY", 0o400], ["O_CREAT", 0o100], ["O_EXCL", 0o200], ["O_TRUNC", 0o1000],
  ["O_LARGEFILE", 0], ["O_PATH", 0o10000000], ["O_TMPFILE", 0o20200000],
  ["O_CLOEXEC", 0o2000000], ["O_ACCMODE", 3], ["O_FSYNC", 0o4010000],
  ["SEEK_HOLE", 4], ["SEEK_DATA", 3],
  ["O_ASYNC", 0o20000], ["O_DIRECT", 0o40000], ["O_DIRECTORY", 0o200000], ["O_NOFOLLOW", 0o400000],
  ["O_NOATIME", 0o1000000],
  ["EX_OK", 0], ["EX_USAGE", 64], ["EX_DATAERR", 65], ["EX_NOINPUT", 66], ["EX_NOUSER", 67],
  ["EX_NOHOST", 68], ["EX_UNAVAILABLE", 69], ["EX_SOFTWARE", 70], ["EX_OSERR", 71], ["EX_OSFILE", 72],
  ["EX_CANTCREAT", 73], ["EX_IOERR", 74], ["EX_TEMPFAIL", 75], ["EX_PROTOCOL", 76], ["EX_NOPERM", 77],
  ["EX_CONFIG", 78],
];

const posix_doc =
  "The operating-system calls of the C and POSIX standards, as the host offers them.\n" +
  "Use it through the os module, which adds the portable parts around it.";

/** @cpython convertenviron: the environment as a dict of bytes to bytes. @returns new */
function convertenviron(): PyObject {
  const d = PyDict_New();
  const env = hostos().environ();
  for (const k of Object.keys(env)) {
    const key = PyBytes_FromArray(encodeSurrogateEscape(k));
    const value = PyBytes_FromArray(encodeSurrogateEscape(env[k]));
    PyDict_SetDefault(d, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
  }
  return d;
}

/** Create the struct sequence types once (they live as long as the runtime). */
function init_types(): void {
  if (StatResultType !== null) return;
  StatResultType = PyStructSequence_NewType({
    name: "os.stat_result", fields: STAT_FIELDS, field_docs: STAT_FIELD_DOCS, doc: stat_result_doc, n_in_sequence: 10,
  });
  structseq_tp_new = StatResultType.tp_new;
  StatResultType.tp_new = statresult_new;
  TerminalSizeType = PyStructSequence_NewType({
    name: "os.terminal_size", fields: ["columns", "lines"], field_docs: ["width of the terminal window in characters", "height of the terminal window in characters"],
    doc: "A tuple of (columns, lines) for holding terminal window size",
  });
  TimesResultType = PyStructSequence_NewType({
    name: "posix.times_result", fields: ["user", "system", "children_user", "children_system", "elapsed"],
    field_docs: ["user time", "system time", "user time of children", "system time of children", "elapsed time since an arbitrary point in the past"],
    doc: "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
  });
  StatVFSResultType = PyStructSequence_NewType({
    name: "os.statvfs_result",
    fields: ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"],
    doc: "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
    n_in_sequence: 10,
  });
  UnameResultType = PyStructSequence_NewType({
    name: "posix.uname_result", fields: ["sysname", "nodename", "release", "version", "machine"],
    field_docs: ["operating system name", "name of machine on network (implementation-defined)", "operating system release", "operating system version", "hardware identifier"],
    doc: "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
  });
}

/** @cpython PyInit_posix (posixmodule_exec) */
export function PyInit_posix(): PyObject | null {
  init_types();
  const m = PyModule_Create("posix", posix_doc, posix_methods);
  const add = (name: string, v: PyObject): boolean => {
    const r = PyModule_AddObjectRef(m, name, v);
    Py_DECREF(v);
    return r >= 0;
  };
  if (!add("environ", convertenviron())) return null;
  for (const [name, value] of POSIX_CONSTANTS) {
    if (PyModule_AddIntConstant(m, name, value) < 0) return null;
  }
  if (PyModule_AddObjectRef(m, "error", PyExc_OSError) < 0) return null;
  if (PyModule_AddType(m, StatResultType!) < 0) return null;
  if (PyModule_AddType(m, UnameResultType!) < 0) return null;
  if (PyModule_AddType(m, TimesResultType!) < 0) return null;
  if (PyModule_AddType(m, TerminalSizeType!) < 0) return null;
  if (PyModule_AddType(m, StatVFSResultType!) < 0) return null;
  if (PyModule_AddType(m, DirEntryType) < 0) return null;
  if (PyType_Ready(ScandirIteratorType) < 0) return null;
  const have = _PyList_FromArraySteal(HAVE_FUNCTIONS.map((h) => PyUnicode_FromString(h) as PyObject));
  if (!add("_have_functions", have)) return null;
  return m;
}


/**
 * @cpython _Py_Uid_Converter / _Py_Gid_Converter: an __index__ object as a 32-bit uid_t or
 * gid_t, -1 allowed (it becomes 0xffffffff). `what` is "uid" or "gid". null on error
 * (TypeError, or OverflowError "uid is less than minimum" / "... greater than maximum",
 * with CPython's quirk that values from 2**32 to 2**63 count as "less than minimum").
 */
export function _Py_Id_Converter(obj: PyObject, what: "uid" | "gid"): number | null {
  const index = _PyNumber_Index(obj);
  if (index === null) {
    PyErr_SetString(PyExc_TypeError, `${what} should be integer, not ${_PyType_Name(obj.ob_type)}`);
    return null;
  }
  const v = BigInt((index as PyLongObject).ob_ival);
  Py_DECREF(index);
  if (v >= -(1n << 63n) && v < 1n << 63n) {
    if (v === -1n) return 0xffffffff;
    if (v >= 0n && v <= 0xffffffffn) return Number(v);
    PyErr_SetString(PyExc_OverflowError, `${what} is less than minimum`);
    return null;
  }
  PyErr_SetString(PyExc_OverflowError, v < 0n ? `${what} is less than minimum` : `${what} is greater than maximum`);
  return null;
}

/**
 * The whole text of a file read through the host's open/read/close (decoded as UTF-8 with
 * surrogateescape), or null when it cannot be read. No Python error is set.
 */
export function _Py_ReadHostTextFile(path: string): string | null {
  const os = hostos();
  const fd = os.open(path, 0, 0);
  if (fd < 0) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const r = os.read(fd, 65536);
    if (typeof r === "number") {
      os.close(fd);
      return null;
    }
    if (r.length === 0) break;
    chunks.push(r.slice());
    total += r.length;
  }
  os.close(fd);
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  return decodeSurrogateEscape(all);
}
