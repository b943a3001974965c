/**
 * @mirrors Modules/selectmodule.c
 * The select module: select() and poll objects over file descriptors (ints, or objects with
 * a fileno() method), with the POLL* constants, so that selectors, subprocess and asyncio
 * import and pick PollSelector.
 *
 * DIVERGENCE: the host has no readiness query (no select/poll system call), so readiness is
 * judged by what the descriptor is: a descriptor that does not exist is an error (select)
 * or POLLNVAL (poll); any other is reported ready for whatever was asked, which is exact
 * for regular files and directories (the kernel always calls them ready) and optimistic
 * for pipes, terminals and sockets, whose next read may then wait. When nothing is asked
 * for, select() sleeps for its timeout. epoll, devpoll and kqueue are left out, as on a
 * platform without them.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_FASTCALL, Py_TPFLAGS_HEAPTYPE, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_ExceptionMatches, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_OSError, PyExc_KeyError, PyExc_AttributeError } from "../Objects/exceptions.ts";
import { PyLong_Check, PyLong_FromNumber, _PyNumber_Index, type PyLongObject } from "../Objects/longobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { Py_None, Py_NewNone, PyObject_GetAttrString } from "../Objects/object.ts";
import { PyObject_CallNoArgs } from "../Objects/call.ts";
import { PyObject_GetIter, PyIter_Next } from "../Objects/abstract.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { _PyTime_ROUND_TIMEOUT, _PyTime_FromSecondsObject } from "../Python/pytime.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import type { HostOS } from "../Host/host.ts";
import { wait_unobtainable } from "./_threadmodule.ts";

function hostOS(): HostOS {
  return _PyThreadState_GET().interp.host.os;
}

/** OSError(errno, strerror), as PyErr_SetFromErrno raises it. @returns null */
function setFromErrno(errno: number): null {
  const args = _PyTuple_FromArraySteal([PyLong_FromNumber(errno), PyUnicode_FromString(hostOS().strerror(errno))]);
  PyErr_SetObject(PyExc_OSError, args);
  Py_DECREF(args);
  return null;
}

const EBADF = 9, ENOENT = 2;
const FD_SETSIZE = 1024;
const POLLIN = 0x001, POLLPRI = 0x002, POLLOUT = 0x004, POLLERR = 0x008, POLLHUP = 0x010, POLLNVAL = 0x020;
const POLLRDNORM = 0x040, POLLRDBAND = 0x080, POLLWRNORM = 0x100, POLLWRBAND = 0x200, POLLMSG = 0x400, POLLRDHUP = 0x2000;

/** The integer an __index__ object stands for, or null with the error set. */
function indexValue(o: PyObject): number | bigint | null {
  if (PyLong_Check(o)) return (o as PyLongObject).ob_ival;
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  return v;
}

/**
 * @cpython PyObject_AsFileDescriptor: an int, or the int a fileno() method returns; -1 with
 * the error set.
 */
function PyObject_AsFileDescriptor(o: PyObject): number {
  let v: number | bigint;
  if (PyLong_Check(o)) v = (o as PyLongObject).ob_ival;
  else {
    const meth = PyObject_GetAttrString(o, "fileno");
    if (meth === null) {
      if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_SetString(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
      }
      return -1;
    }
    const r = PyObject_CallNoArgs(meth);
    Py_DECREF(meth);
    if (r === null) return -1;
    if (!PyLong_Check(r)) {
      Py_DECREF(r);
      PyErr_SetString(PyExc_TypeError, "fileno() returned a non-integer");
      return -1;
    }
    v = (r as PyLongObject).ob_ival;
    Py_DECREF(r);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
    return -1;
  }
  if (v < 0) {
    PyErr_SetString(PyExc_ValueError, `file descriptor cannot be a negative integer (${v})`);
    return -1;
  }
  return v;
}

/** Does the descriptor exist? (The readiness judgement of the module header.) */
function fd_is_open(fd: number): boolean {
  return typeof hostOS().fstat(fd) !== "number";
}

/** One list argument of select(): its objects and their descriptors, or null (seq2set). */
function seq2set(seq: PyObject): [PyObject[], number[]] | null {
  const it = PyObject_GetIter(seq);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "arguments 1-3 must be sequences");
    return null;
  }
  const objs: PyObject[] = [], fds: number[] = [];
  const fail = (): null => {
    Py_DECREF(it);
    for (const o of objs) Py_DECREF(o);
    return null;
  };
  for (;;) {
    const o = PyIter_Next(it);
    if (o === null) break;
    objs.push(o);
    const fd = PyObject_AsFileDescriptor(o);
    if (fd === -1) return fail();
    if (fd >= FD_SETSIZE) {
      PyErr_SetString(PyExc_ValueError, "filedescriptor out of range in select()");
      return fail();
    }
    fds.push(fd);
  }
  Py_DECREF(it);
  if (PyErr_Occurred() !== null) {
    for (const o of objs) Py_DECREF(o);
    return null;
  }
  return [objs, fds];
}

/** @cpython select_select_impl: select(rlist, wlist, xlist, timeout=None) */
function select_select(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("select", args.length, 3, 4)) return null;
  let timeout: bigint | null = null;
  if (args.length === 4 && args[3] !== Py_None) {
    timeout = _PyTime_FromSecondsObject(args[3], _PyTime_ROUND_TIMEOUT);
    if (timeout === null) {
      if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "timeout must be a float or None");
      return null;
    }
    if (timeout < 0n) return PyErr_SetString(PyExc_ValueError, "timeout must be non-negative");
  }
  const lists: [PyObject[], number[]][] = [];
  const release = () => {
    for (const [objs] of lists) for (const o of objs) Py_DECREF(o);
  };
  for (let i = 0; i < 3; i++) {
    const l = seq2set(args[i]);
    if (l === null) {
      release();
      return null;
    }
    lists.push(l);
  }
  for (const [, fds] of lists) {
    for (const fd of fds) {
      if (!fd_is_open(fd)) {
        release();
        return setFromErrno(EBADF);
      }
    }
  }
  // Readable and writable: what the host knows of (socket pairs), and every other descriptor
  // asked about; exceptional conditions: none.
  const os = hostOS();
  const pick = ([objs, fds]: [PyObject[], number[]], want: number): PyObject[] => {
    const out: PyObject[] = [];
    for (let i = 0; i < objs.length; i++) {
      const ready = os.poll_ready(fds[i]);
      if (ready < 0 || (ready & want) !== 0) out.push(objs[i]);
      else Py_DECREF(objs[i]);
    }
    return out;
  };
  const readable = pick(lists[0], POLLIN | POLLHUP);
  const writable = pick(lists[1], POLLOUT);
  for (const o of lists[2][0]) Py_DECREF(o);
  // Nothing ready can become ready while this thread waits: wait out the timeout.
  if (readable.length === 0 && writable.length === 0 && wait_unobtainable(timeout === null ? -1 : Number(timeout) / 1e9) === null) return null;
  return _PyTuple_FromArraySteal([_PyList_FromArraySteal(readable), _PyList_FromArraySteal(writable), _PyList_FromArraySteal([])]);
}


// -- poll objects ---------------------------------------------------------------------------------

/** @cpython pollObject */
class pollObject extends PyObject {
  /** fd -> event mask, in registration order. */
  dict: Map<number, number>;
  constructor(type: PyTypeObject) {
    super(type);
    this.dict = new Map();
  }
}

/** The eventmask argument: an unsigned short. */
function eventmask_arg(o: PyObject): number | null {
  const v = indexValue(o);
  if (v === null) return null;
  if (v < 0) return PyErr_SetString(PyExc_ValueError, "value must be positive");
  if (v > 0xffff) return PyErr_SetString(PyExc_OverflowError, "Python int too large for C unsigned short");
  return Number(v);
}

/** @cpython select_poll_register_impl */
function poll_register(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("register", args.length, 1, 2)) return null;
  const fd = PyObject_AsFileDescriptor(args[0]);
  if (fd === -1) return null;
  let mask = POLLIN | POLLPRI | POLLOUT;
  if (args.length > 1) {
    const m = eventmask_arg(args[1]);
    if (m === null) return null;
    mask = m;
  }
  (self as pollObject).dict.set(fd, mask);
  return Py_NewNone();
}

/** @cpython select_poll_modify_impl */
function poll_modify(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("modify", args.length, 2, 2)) return null;
  const fd = PyObject_AsFileDescriptor(args[0]);
  if (fd === -1) return null;
  const mask = eventmask_arg(args[1]);
  if (mask === null) return null;
  const d = (self as pollObject).dict;
  if (!d.has(fd)) return setFromErrno(ENOENT);
  d.set(fd, mask);
  return Py_NewNone();
}

/** @cpython select_poll_unregister_impl */
function poll_unregister(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("unregister", args.length, 1, 1)) return null;
  const fd = PyObject_AsFileDescriptor(args[0]);
  if (fd === -1) return null;
  const d = (self as pollObject).dict;
  if (!d.has(fd)) {
    const key = PyLong_FromNumber(fd);
    PyErr_SetObject(PyExc_KeyError, key);
    Py_DECREF(key);
    return null;
  }
  d.delete(fd);
  return Py_NewNone();
}

/** @cpython select_poll_poll_impl: poll(timeout=None) -> [(fd, events), ...] (milliseconds). */
function poll_poll(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("poll", args.length, 0, 1)) return null;
  let timeout_ms = -1;
  if (args.length === 1 && args[0] !== Py_None) {
    const ns = _PyTime_FromSecondsObject(args[0], _PyTime_ROUND_TIMEOUT);
    if (ns === null) {
      if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "timeout must be an integer or None");
      return null;
    }
    // The argument is in milliseconds; _PyTime read it as seconds.
    timeout_ms = Number(ns) / 1e9;
    if (timeout_ms < 0) timeout_ms = -1;
  }
  const d = (self as pollObject).dict;
  const items: PyObject[] = [];
  const os = hostOS();
  for (const [fd, mask] of d) {
    let revents: number;
    const ready = os.poll_ready(fd);
    if (ready >= 0) {
      // A socket-pair end: its real state (POLLHUP is reported whether asked for or not).
      revents = ready & POLLHUP;
      if (ready & POLLIN) revents |= mask & (POLLIN | POLLRDNORM);
      if (ready & POLLOUT) revents |= mask & (POLLOUT | POLLWRNORM);
    } else {
      revents = fd_is_open(fd)
        ? mask & (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM | POLLRDBAND | POLLWRBAND | POLLPRI)
        : POLLNVAL;
    }
    if (revents !== 0) items.push(_PyTuple_FromArraySteal([PyLong_FromNumber(fd), PyLong_FromNumber(revents)]));
  }
  if (items.length === 0 && wait_unobtainable(timeout_ms < 0 ? -1 : timeout_ms / 1000) === null) return null;
  return _PyList_FromArraySteal(items);
}

function poll_dealloc(_self: PyObject): void {
  // The map holds plain numbers: nothing to release.
}

const poll_methods: PyMethodDef[] = [
  { ml_name: "register", ml_meth: poll_register, ml_flags: METH_FASTCALL,
    ml_doc: "register($self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)\n--\n\nWatch a file descriptor for the given events." },
  { ml_name: "modify", ml_meth: poll_modify, ml_flags: METH_FASTCALL,
    ml_doc: "modify($self, fd, eventmask, /)\n--\n\nChange the events watched on a registered file descriptor." },
  { ml_name: "unregister", ml_meth: poll_unregister, ml_flags: METH_FASTCALL,
    ml_doc: "unregister($self, fd, /)\n--\n\nStop watching a file descriptor." },
  { ml_name: "poll", ml_meth: poll_poll, ml_flags: METH_FASTCALL,
    ml_doc: "poll($self, timeout=None, /)\n--\n\nThe (fd, events) pairs of the descriptors that have events, waiting up to\ntimeout milliseconds." },
];

const poll_Type = new PyTypeObject({
  tp_name: "select.poll",
  tp_basicsize: 40,
  tp_dealloc: poll_dealloc,
  tp_methods: poll_methods,
});

/** @cpython select_poll_impl: a new poll object. */
function select_poll(_module: PyObject | null): PyObject {
  if (poll_Type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(poll_Type);
  return new pollObject(poll_Type);
}

const select_methods: PyMethodDef[] = [
  { ml_name: "select", ml_meth: select_select, ml_flags: METH_FASTCALL,
    ml_doc: "select($module, rlist, wlist, xlist, timeout=None, /)\n--\n\n" +
      "Wait until some of the file descriptors in three lists are ready for reading,\n" +
      "for writing, or have an exceptional condition; returns the three ready lists.\n" +
      "The lists hold ints or objects with a fileno() method; timeout is in seconds." },
  { ml_name: "poll", ml_meth: select_poll, ml_flags: METH_NOARGS,
    ml_doc: "poll($module, /)\n--\n\nA new poll object, to watch many file descriptors at once." },
];

/** @cpython PyInit_select (with _select_exec) */
export function PyInit_select(): PyObject | null {
  const m: PyModuleObject = PyModule_Create("select",
    "Waiting for I/O completion: select() and poll objects over file descriptors.", select_methods);
  if (PyType_Ready(poll_Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  PyModule_AddObjectRef(m, "error", PyExc_OSError);
  PyModule_AddIntConstant(m, "PIPE_BUF", 4096);
  for (const [name, value] of [
    ["POLLIN", POLLIN], ["POLLPRI", POLLPRI], ["POLLOUT", POLLOUT], ["POLLERR", POLLERR], ["POLLHUP", POLLHUP],
    ["POLLNVAL", POLLNVAL], ["POLLRDNORM", POLLRDNORM], ["POLLRDBAND", POLLRDBAND], ["POLLWRNORM", POLLWRNORM],
    ["POLLWRBAND", POLLWRBAND], ["POLLMSG", POLLMSG], ["POLLRDHUP", POLLRDHUP],
  ] as [string, number][]) PyModule_AddIntConstant(m, name, value);
  return m;
}
