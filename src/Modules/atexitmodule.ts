/**
 * @mirrors Modules/atexitmodule.c
 * The atexit module: functions registered to run when the interpreter exits normally. The
 * list belongs to the interpreter; at shutdown (_PyAtExit_Call, called by Py_FinalizeEx in
 * pythonrun) the functions run last-registered first, after __main__ has finished and before
 * the modules' globals are cleared. An exception from one of them is reported as
 * "Exception ignored in atexit callback: <function>" with its traceback, and the others
 * still run.
 *
 * As in CPython, unregister() leaves an empty slot behind, so _ncallbacks() counts the
 * slots, not the live entries:
 *
 *   >>> atexit.register(f); atexit.unregister(f); atexit._ncallbacks()
 *   1
 */
import { PyObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_WriteUnraisable } from "../Python/errors.ts";
import { PyExc_TypeError } from "../Objects/exceptions.ts";
import { PyCallable_Check, PyObject_RichCompareBool, Py_NewNone } from "../Objects/object.ts";
import { PyObject_Call } from "../Objects/call.ts";
import { PyTuple_FromArray, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyDict_New, PyDict_SetItem, type PyDictObject } from "../Objects/dictobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { Py_EQ } from "../Include/object.ts";
import { _PyInterpreterState_GET, type PyInterpreterState } from "../Python/pystate.ts";

/** @cpython atexit_callback */
interface atexit_callback {
  func: PyObject;
  args: PyTupleObject;
  kwargs: PyDictObject | null;
}

/** @cpython atexit_state (a field of PyInterpreterState in CPython) */
interface atexit_state {
  /** Registered callbacks; unregistered ones leave null behind. */
  callbacks: (atexit_callback | null)[];
}

const states = new WeakMap<PyInterpreterState, atexit_state>();

function get_atexit_state(interp: PyInterpreterState = _PyInterpreterState_GET()): atexit_state {
  let s = states.get(interp);
  if (s === undefined) {
    s = { callbacks: [] };
    states.set(interp, s);
  }
  return s;
}

/** @cpython atexit_delete_cb */
function atexit_delete_cb(state: atexit_state, i: number): void {
  const cb = state.callbacks[i];
  if (cb === null) return;
  state.callbacks[i] = null;
  Py_DECREF(cb.func);
  Py_DECREF(cb.args);
  if (cb.kwargs !== null) Py_DECREF(cb.kwargs);
}

/** @cpython atexit_cleanup: drop every callback without calling it. */
function atexit_cleanup(state: atexit_state): void {
  for (let i = 0; i < state.callbacks.length; i++) atexit_delete_cb(state, i);
  state.callbacks.length = 0;
}

/** @cpython atexit_callfuncs: newest first; errors are reported and do not stop the rest. */
function atexit_callfuncs(state: atexit_state): void {
  for (let i = state.callbacks.length - 1; i >= 0; i--) {
    const cb = state.callbacks[i];
    if (cb === null || cb === undefined) continue;
    // The call may unregister the function: keep it alive for the report.
    const the_func = cb.func;
    Py_INCREF(the_func);
    const res = PyObject_Call(cb.func, cb.args, cb.kwargs);
    if (res === null) PyErr_WriteUnraisable("Exception ignored in atexit callback: ", the_func, the_func);
    else Py_DECREF(res);
    Py_DECREF(the_func);
  }
  atexit_cleanup(state);
}

/** @cpython _PyAtExit_Call: run the interpreter's exit functions (from Py_FinalizeEx). */
export function _PyAtExit_Call(interp: PyInterpreterState): void {
  const state = states.get(interp);
  if (state !== undefined) atexit_callfuncs(state);
}

/** @cpython atexit_register: register(func, *args, **kwargs) -> func */
function atexit_register(_module: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const npos = args.length - nkw;
  if (npos === 0) return PyErr_SetString(PyExc_TypeError, "register() takes at least 1 argument (0 given)");
  const func = args[0];
  if (!PyCallable_Check(func)) return PyErr_SetString(PyExc_TypeError, "the first argument must be callable");
  let kwargs: PyDictObject | null = null;
  if (nkw > 0) {
    kwargs = PyDict_New();
    for (let k = 0; k < nkw; k++) {
      if (PyDict_SetItem(kwargs, kwnames!.ob_item[k], args[npos + k]) < 0) {
        Py_DECREF(kwargs);
        return null;
      }
    }
  }
  Py_INCREF(func);
  get_atexit_state().callbacks.push({ func, args: PyTuple_FromArray(args.slice(1, npos)), kwargs });
  Py_INCREF(func);
  return func;
}

/** @cpython atexit_run_exitfuncs */
function atexit_run_exitfuncs(_module: PyObject | null): PyObject {
  atexit_callfuncs(get_atexit_state());
  return Py_NewNone();
}

/** @cpython atexit_clear */
function atexit_clear(_module: PyObject | null): PyObject {
  atexit_cleanup(get_atexit_state());
  return Py_NewNone();
}

/** @cpython atexit_ncallbacks */
function atexit_ncallbacks(_module: PyObject | null): PyObject {
  return PyLong_FromNumber(get_atexit_state().callbacks.length);
}

/** @cpython atexit_unregister: drop every registration of a function equal to func. */
function atexit_unregister(_module: PyObject | null, func: PyObject): PyObject | null {
  const state = get_atexit_state();
  for (let i = 0; i < state.callbacks.length; i++) {
    const cb = state.callbacks[i];
    if (cb === null) continue;
    const eq = PyObject_RichCompareBool(cb.func, func, Py_EQ);
    if (eq < 0) return null;
    if (eq) atexit_delete_cb(state, i);
  }
  return Py_NewNone();
}

const atexit_methods: PyMethodDef[] = [
  { ml_name: "register", ml_meth: atexit_register, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "register(func, *args, **kwargs) -> func\n\nHave func(*args, **kwargs) called when the program exits normally.\n" +
      "Returns func, so that register can be used as a decorator." },
  { ml_name: "_clear", ml_meth: atexit_clear, ml_flags: METH_NOARGS,
    ml_doc: "_clear() -> None\n\nForget every registered exit function." },
  { ml_name: "unregister", ml_meth: atexit_unregister, ml_flags: METH_O,
    ml_doc: "unregister(func) -> None\n\nRemove func from the exit functions (every registration of it)." },
  { ml_name: "_run_exitfuncs", ml_meth: atexit_run_exitfuncs, ml_flags: METH_NOARGS,
    ml_doc: "_run_exitfuncs() -> None\n\nCall the exit functions now, newest first, then forget them." },
  { ml_name: "_ncallbacks", ml_meth: atexit_ncallbacks, ml_flags: METH_NOARGS,
    ml_doc: "_ncallbacks() -> int\n\nHow many exit functions are registered." },
];

/** @cpython PyInit_atexit */
export function PyInit_atexit(): PyObject | null {
  return PyModule_Create("atexit",
    "Functions to call when the program exits normally.\n\nregister() adds one, unregister() removes it.\n",
    atexit_methods);
}
