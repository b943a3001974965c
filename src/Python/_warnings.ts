/**
 * @mirrors Python/_warnings.c
 * Warnings raised from native code (PyErr_WarnEx) and the `_warnings` module. CPython
 * keeps a second, native copy of the whole filter machinery here; typhon keeps one copy, the
 * pure-Python one in Lib/warnings.py (which it falls back to when `_warnings` lacks
 * `filters`), and hands every native warning to `warnings.warn`. So filters, -W options,
 * `catch_warnings` and `showwarning` behave the same whichever side raised the warning.
 * Before the import system is up a warning is printed in showwarning's format.
 */
import { PyObject, Py_DECREF, Py_INCREF, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, type PyTypeObject } from "../Include/object.ts";
import { _PyThreadState_GET } from "./pystate.ts";
import { PyErr_Clear, PyErr_Occurred, PyErr_SetString } from "./errors.ts";
import { PyExc_UserWarning, PyExc_TypeError } from "../Objects/exceptions.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { _PyArg_UnpackKeywords } from "./getargs.ts";
import { PyDict_GetItemString } from "../Objects/dictobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t } from "../Objects/longobject.ts";
import { Py_None, Py_NewNone, PyObject_GetAttrString } from "../Objects/object.ts";
import { PyModule_Create, type PyModuleObject } from "../Objects/moduleobject.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyImport_ImportModule } from "./import.ts";

/** The `warnings` module, imported on first use; null before importlib exists. @returns new */
function warnings_module(): PyObject | null {
  const interp = _PyThreadState_GET().interp;
  const m = PyDict_GetItemString(interp.modules!, "warnings");
  if (m !== null && m !== Py_None) {
    Py_INCREF(m);
    return m;
  }
  if (interp.importlib === null) return null;
  return PyImport_ImportModule("warnings");
}

/** The warning as showwarning prints it, for the time before `warnings` can be imported. */
function warn_to_stderr(category: PyObject, text: string): void {
  const name = (category as PyTypeObject).tp_name;
  _PyThreadState_GET().interp.host.writeStderr(`sys:1: ${name.slice(name.lastIndexOf(".") + 1)}: ${text}\n`);
}

/**
 * @cpython PyErr_WarnEx: issue a warning of `category` attributed to the Python frame
 * `stack_level` levels up. Returns -1 if the warning was turned into an exception.
 */
export function PyErr_WarnEx(category: PyObject | null, text: string, stack_level: number): number {
  const message = PyUnicode_FromString(text);
  const r = do_warn(message, category ?? PyExc_UserWarning, stack_level, null);
  Py_DECREF(message);
  return r;
}

/** @cpython PyErr_WarnExplicitObject-like entry: warnings.warn(message, category, stacklevel, source). */
function do_warn(message: PyObject, category: PyObject, stack_level: number, source: PyObject | null): number {
  const saved = PyErr_Occurred();
  const warnings = warnings_module();
  if (warnings === null) {
    if (PyErr_Occurred() && !saved) PyErr_Clear();
    const s = (message as unknown as { str?: string }).str ?? "";
    warn_to_stderr(category, s);
    return 0;
  }
  const warn = PyObject_GetAttrString(warnings, "warn");
  Py_DECREF(warnings);
  if (warn === null) return -1;
  const level = PyLong_FromNumber(stack_level);
  const args = [message, category, level];
  if (source !== null) args.push(source);
  const r = PyObject_Vectorcall(warn, args, null);
  Py_DECREF(level);
  Py_DECREF(warn);
  if (r === null) return -1;
  Py_DECREF(r);
  return 0;
}

/** @cpython warnings_warn_impl: _warnings.warn(message, category=None, stacklevel=1, source=None) */
function warnings_warn(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "warn", ["message", "category", "stacklevel", "source"], 1, 4, 0);
  if (a === null) return null;
  // warnings.warn checks the category (and takes it from a Warning instance) itself.
  const category = a[1] ?? Py_None;
  let level = 1;
  if (a[2] !== null) {
    level = PyLong_AsSsize_t(a[2]);
    if (level === -1 && PyErr_Occurred()) return null;
  }
  // Our native function adds no Python frame: the caller's stack level carries over unchanged.
  return do_warn(a[0]!, category, level, a[3] !== null && a[3] !== Py_None ? a[3] : null) < 0 ? null : Py_NewNone();
}

/** @cpython warnings_warn_explicit_impl: handed to warnings.warn_explicit. */
function warnings_warn_explicit(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const warnings = warnings_module();
  if (warnings === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "warnings module is not available");
    return null;
  }
  const fn = PyObject_GetAttrString(warnings, "warn_explicit");
  Py_DECREF(warnings);
  if (fn === null) return null;
  const r = PyObject_Vectorcall(fn, args, kwnames);
  Py_DECREF(fn);
  return r;
}

/** @cpython _PyWarnings_Init: the `_warnings` module. */
export function PyInit__warnings(): PyModuleObject {
  return PyModule_Create("_warnings", "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.", [
    { ml_name: "warn", ml_meth: warnings_warn, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "warn_explicit", ml_meth: warnings_warn_explicit, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "_filters_mutated", ml_meth: () => Py_NewNone(), ml_flags: METH_NOARGS },
  ]);
}
