/**
 * @mirrors Python/errors.c
 * The error indicator of the thread state. Runtime functions report a Python error by
 * setting it and returning null (or -1), the calling convention of CPython's C API
 * (DESIGN convention 5); the eval loop turns a set indicator into exception unwinding.
 * Setting an exception while another is being handled links it as __context__, which is
 * how "During handling of the above exception, another exception occurred" arises.
 */
import { Py_DECREF, Py_INCREF, type PyObject, type PyTypeObject } from "../Include/object.ts";
import { _PyThreadState_GET, type PyThreadState } from "./pystate.ts";
import {
  PyBaseExceptionObject, PyExceptionClass_Check, PyExceptionInstance_Check, PyExc_SystemError,
  PyExc_TypeError, PyException_SetContext, _PyErr_CreateException, PyExc_MemoryError,
} from "../Objects/exceptions.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyType_IsSubtype } from "../Objects/typeobject.ts";
import { PyTuple_Check, type PyTupleObject } from "../Objects/tupleobject.ts";

/** @cpython _PyErr_GetTopmostException: the exception being handled, or null. */
export function _PyErr_GetTopmostException(tstate: PyThreadState): PyObject | null {
  let item: typeof tstate.exc_info | null = tstate.exc_info;
  while (item !== null && (item.exc_value === null || item.exc_value === None)) item = item.previous_item;
  return item === null ? null : item.exc_value;
}

let None: PyObject | null = null;
/** Called once by pylifecycle: errors.ts needs None but must not import objects at load. */
export function _PyErr_InitNone(none: PyObject): void {
  None = none;
}

/** Raise an already made exception instance, chaining the handled one as its context. */
export function _PyErr_SetRaisedException(tstate: PyThreadState, exc: PyBaseExceptionObject): void {
  const handled = _PyErr_GetTopmostException(tstate);
  if (handled !== null && handled !== exc) {
    // Avoid a cycle in the __context__ chain: cut it where exc appears (as _PyErr_SetObject).
    let o: PyBaseExceptionObject = handled as PyBaseExceptionObject;
    let slow: PyBaseExceptionObject | null = o;
    let step = false;
    for (;;) {
      const ctx = o.context;
      if (ctx === null) break;
      if (ctx === exc) {
        o.context = null;
        Py_DECREF(ctx);
        break;
      }
      o = ctx as PyBaseExceptionObject;
      if (step && slow !== null) {
        slow = slow.context as PyBaseExceptionObject | null;
        if (slow === o) break;
      }
      step = !step;
    }
    Py_INCREF(handled);
    PyException_SetContext(exc, handled);
  }
  const old = tstate.curexc;
  tstate.curexc = exc;
  if (old !== null) Py_DECREF(old);
}

/** @cpython _PyErr_SetObject: raise `type` with `value` (an instance, an args tuple or one arg). */
export function _PyErr_SetObject(tstate: PyThreadState, type: PyTypeObject, value: PyObject | null): void {
  let exc: PyBaseExceptionObject | null;
  if (value !== null && PyExceptionInstance_Check(value) && PyType_IsSubtype(value.ob_type, type)) {
    Py_INCREF(value);
    exc = value as PyBaseExceptionObject;
  } else {
    // The new exception replaces one still pending; that one must not be seen as raised
    // while the new one is being made (calling a Python class checks for it).
    const pending = tstate.curexc;
    tstate.curexc = null;
    exc = _PyErr_CreateException(type, value);
    if (pending !== null) Py_DECREF(pending);
    if (exc === null) return; // creating it raised instead
  }
  _PyErr_SetRaisedException(tstate, exc);
}

/** @cpython PyErr_SetObject */
export function PyErr_SetObject(type: PyTypeObject, value: PyObject | null): void {
  _PyErr_SetObject(_PyThreadState_GET(), type, value);
}

/** @cpython PyErr_SetString */
export function PyErr_SetString(type: PyTypeObject, message: string): null {
  const tstate = _PyThreadState_GET();
  const msg = PyUnicode_FromString(message);
  _PyErr_SetObject(tstate, type, msg);
  Py_DECREF(msg);
  return null;
}

/** @cpython PyErr_Format (the message is already formatted by the caller). */
export const PyErr_Format = PyErr_SetString;

/** Like PyErr_SetString, for functions whose error return is -1. */
export function PyErr_SetStringInt(type: PyTypeObject, message: string): -1 {
  PyErr_SetString(type, message);
  return -1;
}

/** @cpython PyErr_SetNone */
export function PyErr_SetNone(type: PyTypeObject): null {
  _PyErr_SetObject(_PyThreadState_GET(), type, null);
  return null;
}

/** @cpython PyErr_Occurred: the raised exception's type, or null. @returns borrowed */
export function PyErr_Occurred(): PyTypeObject | null {
  const e = _PyThreadState_GET().curexc;
  return e === null ? null : e.ob_type;
}

/** @cpython PyErr_Clear */
export function PyErr_Clear(): void {
  const tstate = _PyThreadState_GET();
  const e = tstate.curexc;
  tstate.curexc = null;
  if (e !== null) Py_DECREF(e);
}

/** @cpython PyErr_GetRaisedException (3.12): take the raised exception out. @returns new */
export function PyErr_Fetch(): PyBaseExceptionObject | null {
  const tstate = _PyThreadState_GET();
  const e = tstate.curexc;
  tstate.curexc = null;
  return e;
}

/** @cpython PyErr_SetRaisedException (3.12): put it back. @param exc stolen */
export function PyErr_Restore(exc: PyBaseExceptionObject | null): void {
  const tstate = _PyThreadState_GET();
  const old = tstate.curexc;
  tstate.curexc = exc;
  if (old !== null) Py_DECREF(old);
}

/** @cpython PyErr_GivenExceptionMatches: `err` (a class or instance) against a class or tuple. */
export function PyErr_GivenExceptionMatches(err: PyObject | null, exc: PyObject): boolean {
  if (err === null) return false;
  if (PyTuple_Check(exc)) {
    for (const item of (exc as PyTupleObject).ob_item) if (PyErr_GivenExceptionMatches(err, item)) return true;
    return false;
  }
  const errType = PyExceptionInstance_Check(err) ? err.ob_type : err;
  if (PyExceptionClass_Check(errType) && PyExceptionClass_Check(exc)) {
    return PyType_IsSubtype(errType as PyTypeObject, exc as PyTypeObject);
  }
  return errType === exc;
}

/** @cpython PyErr_ExceptionMatches */
export function PyErr_ExceptionMatches(exc: PyObject): boolean {
  return PyErr_GivenExceptionMatches(_PyThreadState_GET().curexc, exc);
}

/** @cpython PyErr_BadInternalCall */
export function PyErr_BadInternalCall(where = "?"): null {
  return PyErr_SetString(PyExc_SystemError, `bad argument to internal function (${where})`);
}

/** @cpython PyErr_BadArgument */
export function PyErr_BadArgument(): null {
  return PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
}

/** @cpython PyErr_NoMemory */
export function PyErr_NoMemory(): null {
  return PyErr_SetNone(PyExc_MemoryError);
}

/**
 * @cpython PyErr_WriteUnraisable: report an error that cannot be raised (in __del__, say)
 * as "Exception ignored in: ..." followed by the traceback, and clear it.
 */
export function PyErr_WriteUnraisable(prefix: string, func: PyObject, _obj: PyObject): void {
  const tstate = _PyThreadState_GET();
  const exc = tstate.curexc;
  tstate.curexc = null;
  if (exc === null) return;
  // The hook gets the message without the ": " the default report puts before the object;
  // the plain "Exception ignored in" is CPython's err_msg of None.
  const msg = prefix.endsWith(": ") ? prefix.slice(0, -2) : prefix;
  if (_PySys_CallUnraisableHook(exc, msg === "Exception ignored in" ? null : msg, func)) {
    Py_DECREF(exc);
    return;
  }
  const r = func.ob_type.tp_repr ? func.ob_type.tp_repr(func) : null;
  const desc = r !== null ? (r as unknown as { str: string }).str : "<object>";
  PySys_WriteStderr(`${prefix}${desc}\n${formatException(tstate.interp.host, exc)}`);
  Py_DECREF(exc);
}
import { formatException } from "./traceback.ts";
import { PySys_WriteStderr, _PySys_CallUnraisableHook } from "./sysmodule.ts";

/**
 * @cpython PyErr_NewException: a new exception class for a native module, as
 * `type(name, bases, dict)` would make it. `name` is "module.Class" (the module part becomes
 * __module__); `base` is a class or a tuple of classes (Exception by default). @returns new
 */
export function PyErr_NewException(name: string, base: PyObject | null, dict: PyObject | null): PyObject | null {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return PyErr_SetString(PyExc_SystemError, "PyErr_NewException: name must be module.class");
  const d = dict ?? PyDict_New();
  if (dict !== null) Py_INCREF(d);
  if (PyDict_GetItemString(d, "__module__") === null) {
    const mod = PyUnicode_FromString(name.slice(0, dot));
    const r = PyDict_SetItemString(d, "__module__", mod);
    Py_DECREF(mod);
    if (r < 0) {
      Py_DECREF(d);
      return null;
    }
  }
  const bases = base === null ? PyTuple_Pack(PyExc_Exception) : PyTuple_Check(base) ? (Py_INCREF(base), base) : PyTuple_Pack(base);
  const cls = PyUnicode_FromString(name.slice(dot + 1));
  const result = PyObject_Vectorcall(PyType_Type, [cls, bases, d], null);
  Py_DECREF(cls);
  Py_DECREF(bases);
  Py_DECREF(d);
  return result;
}
import { PyDict_New, PyDict_GetItemString, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyTuple_Pack } from "../Objects/tupleobject.ts";
import { PyExc_Exception } from "../Objects/exceptions.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyType_Type } from "../Objects/typeobject.ts";
