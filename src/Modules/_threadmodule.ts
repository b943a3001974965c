/**
 * @mirrors Modules/_threadmodule.c
 * The `_thread` module as far as one thread goes: locks (`_thread.lock`) and re-entrant
 * locks (`_thread.RLock`), thread identity, the sentinel lock `threading` keeps for the main
 * thread, and stack_size. Starting a thread raises RuntimeError("can't start new thread")
 * until threads run under the GIL on the resumable eval loop (a later issue). With one thread
 * a blocking acquire of a held lock can never succeed: as in CPython, it waits for ever
 * (with a timeout it waits that long and gives up).
 */
import { pysleep } from "./timemodule.ts";
import { PyObject, PyTypeObject, Py_INCREF, Py_TPFLAGS_BASETYPE, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_RuntimeError, PyExc_ValueError, PyExc_OverflowError, PyExc_SystemExit, PyExc_TypeError } from "../Objects/exceptions.ts";
import { PyErr_SetInterruptEx } from "./signalmodule.ts";
import { Py_NewNone, PyObject_IsTrue, _PyObject_AddressString, PyObject_GenericGetAttr } from "../Objects/object.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyLong_FromNumber, PyLong_AsLong } from "../Objects/longobject.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble } from "../Objects/floatobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddType, type PyModuleObject } from "../Objects/moduleobject.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyTuple_FromArraySteal, type PyTupleObject } from "../Objects/tupleobject.ts";

/** The main thread's identity (pthread_self of a 64-bit Linux process looks like this). */
export const MAIN_THREAD_IDENT = 140737353901888;
/** threading.TIMEOUT_MAX: the largest timeout a lock accepts, in seconds (PY_TIMEOUT_MAX / 1e6). */
export const TIMEOUT_MAX = 9223372036.0;

export class lockobject extends PyObject {
  locked = false;
  constructor(type: PyTypeObject) {
    super(type);
  }
}

export class rlockobject extends PyObject {
  owner = 0;
  count = 0;
  constructor(type: PyTypeObject) {
    super(type);
  }
}

/** @cpython lock_acquire_parse_args: (blocking, timeout in seconds or -1), or null with an error. */
function acquire_args(args: PyObject[], kwnames: PyTupleObject | null): [boolean, number] | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "acquire", ["blocking", "timeout"], 0, 2, 0);
  if (a === null) return null;
  let blocking = true;
  if (a[0] !== null) {
    const b = PyObject_IsTrue(a[0]);
    if (b < 0) return null;
    blocking = b > 0;
  }
  let timeout = -1;
  if (a[1] !== null) {
    timeout = PyFloat_AsDouble(a[1]);
    if (timeout === -1 && PyErr_Occurred()) return null;
  }
  if (!blocking && timeout !== -1) {
    PyErr_SetString(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
    return null;
  }
  if (timeout < 0 && timeout !== -1) {
    PyErr_SetString(PyExc_ValueError, "timeout value must be a non-negative number");
    return null;
  }
  if (timeout > TIMEOUT_MAX) {
    PyErr_SetString(PyExc_OverflowError, "timeout value is too large");
    return null;
  }
  return [blocking, blocking ? timeout : 0];
}

/**
 * Waiting for something only another thread could bring (a lock's release, a queue's item, a
 * socket's data): with one thread, sleep out the timeout in seconds (-1: for ever). Shared by
 * _queue, _socket and select. Returns false, since the wait never succeeds, or null when a
 * signal handler raised meanwhile (Ctrl-C's KeyboardInterrupt), as CPython's waits can.
 */
export function wait_unobtainable(timeout: number): false | null {
  if (timeout < 0) for (;;) if (pysleep(3600) < 0) return null;
  if (timeout > 0 && pysleep(timeout) < 0) return null;
  return false;
}

// -- lock -------------------------------------------------------------------------------------

function lock_acquire(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const parsed = acquire_args(args, kwnames);
  if (parsed === null) return null;
  const lock = self as lockobject;
  if (!lock.locked) {
    lock.locked = true;
    return PyBool_FromLong(1);
  }
  if (!parsed[0] || parsed[1] === 0) return PyBool_FromLong(0);
  return wait_unobtainable(parsed[1]) === null ? null : PyBool_FromLong(0);
}

function lock_release(self: PyObject): PyObject | null {
  const lock = self as lockobject;
  if (!lock.locked) return PyErr_SetString(PyExc_RuntimeError, "release unlocked lock");
  lock.locked = false;
  return Py_NewNone();
}

function lock_exit(self: PyObject): PyObject | null {
  return lock_release(self);
}

function lock_repr(self: PyObject): PyObject {
  return PyUnicode_FromString(`<${(self as lockobject).locked ? "locked" : "unlocked"} ${self.ob_type.tp_name} object at ${_PyObject_AddressString(self)}>`);
}

export const Locktype: PyTypeObject = new PyTypeObject({
  tp_name: "_thread.lock", tp_basicsize: 40, tp_flags: 0,
  tp_repr: lock_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: [
    { ml_name: "acquire_lock", ml_meth: lock_acquire, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "acquire", ml_meth: lock_acquire, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "release_lock", ml_meth: lock_release, ml_flags: METH_NOARGS },
    { ml_name: "release", ml_meth: lock_release, ml_flags: METH_NOARGS },
    { ml_name: "locked_lock", ml_meth: (s: PyObject) => PyBool_FromLong((s as lockobject).locked ? 1 : 0), ml_flags: METH_NOARGS },
    { ml_name: "locked", ml_meth: (s: PyObject) => PyBool_FromLong((s as lockobject).locked ? 1 : 0), ml_flags: METH_NOARGS },
    { ml_name: "__enter__", ml_meth: lock_acquire, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "__exit__", ml_meth: lock_exit, ml_flags: METH_FASTCALL },
    { ml_name: "_at_fork_reinit", ml_meth: (s: PyObject) => { (s as lockobject).locked = false; return Py_NewNone(); }, ml_flags: METH_NOARGS },
  ],
});

function newlock(): lockobject {
  Py_INCREF(Locktype);
  return new lockobject(Locktype);
}

// -- RLock ------------------------------------------------------------------------------------

function rlock_acquire(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const parsed = acquire_args(args, kwnames);
  if (parsed === null) return null;
  const r = self as rlockobject;
  if (r.count === 0 || r.owner === MAIN_THREAD_IDENT) {
    r.owner = MAIN_THREAD_IDENT;
    r.count++;
    return PyBool_FromLong(1);
  }
  if (!parsed[0] || parsed[1] === 0) return PyBool_FromLong(0);
  return wait_unobtainable(parsed[1]) === null ? null : PyBool_FromLong(0);
}

function rlock_release(self: PyObject): PyObject | null {
  const r = self as rlockobject;
  if (r.count === 0 || r.owner !== MAIN_THREAD_IDENT) return PyErr_SetString(PyExc_RuntimeError, "cannot release un-acquired lock");
  if (--r.count === 0) r.owner = 0;
  return Py_NewNone();
}

function rlock_release_save(self: PyObject): PyObject | null {
  const r = self as rlockobject;
  if (r.count === 0) return PyErr_SetString(PyExc_RuntimeError, "cannot release un-acquired lock");
  const state = [PyLong_FromNumber(r.count), PyLong_FromNumber(r.owner)];
  r.count = 0;
  r.owner = 0;
  return _PyTuple_FromArraySteal(state);
}

function rlock_acquire_restore(self: PyObject, args: PyObject[]): PyObject | null {
  const state = args[0] as PyTupleObject;
  const r = self as rlockobject;
  r.count = PyLong_AsLong(state.ob_item[0]);
  r.owner = PyLong_AsLong(state.ob_item[1]);
  return Py_NewNone();
}

function rlock_repr(self: PyObject): PyObject {
  const r = self as rlockobject;
  return PyUnicode_FromString(`<${r.count ? "locked" : "unlocked"} ${self.ob_type.tp_name} object owner=${r.owner} count=${r.count} at ${_PyObject_AddressString(self)}>`);
}

export const RLocktype: PyTypeObject = new PyTypeObject({
  tp_name: "_thread.RLock", tp_basicsize: 40, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_repr: rlock_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_new: (type: PyTypeObject) => {
    Py_INCREF(type);
    return new rlockobject(type);
  },
  tp_methods: [
    { ml_name: "acquire", ml_meth: rlock_acquire, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "release", ml_meth: rlock_release, ml_flags: METH_NOARGS },
    { ml_name: "_is_owned", ml_meth: (s: PyObject) => PyBool_FromLong((s as rlockobject).count > 0 && (s as rlockobject).owner === MAIN_THREAD_IDENT ? 1 : 0), ml_flags: METH_NOARGS },
    { ml_name: "_recursion_count", ml_meth: (s: PyObject) => PyLong_FromNumber((s as rlockobject).owner === MAIN_THREAD_IDENT ? (s as rlockobject).count : 0), ml_flags: METH_NOARGS },
    { ml_name: "_release_save", ml_meth: rlock_release_save, ml_flags: METH_NOARGS },
    { ml_name: "_acquire_restore", ml_meth: rlock_acquire_restore, ml_flags: METH_FASTCALL },
    { ml_name: "__enter__", ml_meth: rlock_acquire, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "__exit__", ml_meth: rlock_release, ml_flags: METH_FASTCALL },
    { ml_name: "_at_fork_reinit", ml_meth: (s: PyObject) => { (s as rlockobject).count = 0; (s as rlockobject).owner = 0; return Py_NewNone(); }, ml_flags: METH_NOARGS },
  ],
});

// -- module functions -------------------------------------------------------------------------

function thread_start_new_thread(): PyObject | null {
  return PyErr_SetString(PyExc_RuntimeError, "can't start new thread");
}

let stackSize = 0;

function thread_stack_size(_m: PyObject, args: PyObject[]): PyObject | null {
  const old = stackSize;
  if (args.length > 0) {
    const n = PyLong_AsLong(args[0]);
    if (n === -1 && PyErr_Occurred()) return null;
    if (n !== 0 && n < 32768) return PyErr_SetString(PyExc_ValueError, "size not valid: 32768 bytes");
    stackSize = n;
  }
  return PyLong_FromNumber(old);
}

/** @cpython thread_PyThread_interrupt_main: interrupt_main(signum=SIGINT, /) */
function thread_interrupt_main(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length > 1) return PyErr_SetString(PyExc_TypeError, `signum() takes at most 1 argument (${args.length} given)`);
  let signum = 2;
  if (args.length === 1) {
    signum = PyLong_AsLong(args[0]);
    if (signum === -1 && PyErr_Occurred()) return null;
  }
  // The handler runs in the main thread at its next eval-breaker check (here: the caller's).
  if (PyErr_SetInterruptEx(signum) < 0) return PyErr_SetString(PyExc_ValueError, "signal number out of range");
  return Py_NewNone();
}

/** @cpython PyInit__thread */
export function PyInit__thread(): PyModuleObject | null {
  const m = PyModule_Create("_thread", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.", [
    { ml_name: "start_new_thread", ml_meth: thread_start_new_thread, ml_flags: METH_FASTCALL },
    { ml_name: "start_new", ml_meth: thread_start_new_thread, ml_flags: METH_FASTCALL },
    { ml_name: "allocate_lock", ml_meth: newlock, ml_flags: METH_NOARGS },
    { ml_name: "allocate", ml_meth: newlock, ml_flags: METH_NOARGS },
    { ml_name: "exit_thread", ml_meth: () => PyErr_SetString(PyExc_SystemExit, ""), ml_flags: METH_NOARGS },
    { ml_name: "exit", ml_meth: () => PyErr_SetString(PyExc_SystemExit, ""), ml_flags: METH_NOARGS },
    { ml_name: "interrupt_main", ml_meth: thread_interrupt_main, ml_flags: METH_FASTCALL },
    { ml_name: "get_ident", ml_meth: () => PyLong_FromNumber(MAIN_THREAD_IDENT), ml_flags: METH_NOARGS },
    { ml_name: "get_native_id", ml_meth: () => PyLong_FromNumber(_PyThreadState_GET().interp.host.os.getpid()), ml_flags: METH_NOARGS },
    { ml_name: "_count", ml_meth: () => PyLong_FromNumber(0), ml_flags: METH_NOARGS },
    { ml_name: "stack_size", ml_meth: thread_stack_size, ml_flags: METH_FASTCALL },
    { ml_name: "_set_sentinel", ml_meth: newlock, ml_flags: METH_NOARGS },
  ]);
  if (PyType_Ready(Locktype) < 0 || PyModule_AddType(m, RLocktype) < 0) return null;
  PyModule_AddObjectRef(m, "LockType", Locktype);
  PyModule_AddObjectRef(m, "error", PyExc_RuntimeError);
  const tmax = PyFloat_FromDouble(TIMEOUT_MAX);
  PyModule_AddObjectRef(m, "TIMEOUT_MAX", tmax);
  return m;
}

