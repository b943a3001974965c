/**
 * @mirrors Python/pystate.c
 * The interpreter state (modules, builtins, sys) and the thread state: the error
 * indicator, the stack of exceptions being handled, the chain of running frames and the
 * recursion budget. One thread for now; the GIL model (DESIGN D6) will add more thread
 * states, each with its own frame chain.
 *
 * DIVERGENCE: the error indicator holds one normalized exception object (as 3.12 does),
 * not 3.11's (type, value, traceback) triple; PyErr_Fetch/PyErr_Restore still exist.
 */
import type { Py_tracefunc } from "./ceval_trace.ts";
import type { PyObject } from "../Include/object.ts";
import type { PyBaseExceptionObject } from "../Objects/exceptions.ts";
import type { PyDictObject } from "../Objects/dictobject.ts";
import type { _PyInterpreterFrame } from "./frame.ts";
import type { Host } from "../Host/host.ts";

/** One entry of the handled-exception stack (_PyErr_StackItem). */
export class _PyErr_StackItem {
  exc_value: PyObject | null;
  previous_item: _PyErr_StackItem | null;
  constructor(exc_value: PyObject | null, previous_item: _PyErr_StackItem | null) {
    this.exc_value = exc_value;
    this.previous_item = previous_item;
  }
}

/** @cpython PyInterpreterState */
export class PyInterpreterState {
  modules: PyDictObject | null = null;
  sysdict: PyDictObject | null = null;
  builtins: PyDictObject | null = null;
  host: Host;
  /** -X int_max_str_digits / sys.set_int_max_str_digits */
  int_max_str_digits = 4300;
  /** The _frozen_importlib module, once import is set up (interp->importlib). */
  importlib: PyObject | null = null;
  /** builtins.__import__ as it was at start-up, to tell whether it was replaced (interp->import_func). */
  import_func: PyObject | null = null;
  /** The directory of the standard library's .py files (sys._stdlib_dir). */
  stdlib_dir = "";
  /** -B / PYTHONDONTWRITEBYTECODE */
  dont_write_bytecode = false;
  /** -v: import tracing (and untrimmed importlib tracebacks). */
  verbose = 0;
  /** -O level, for the .pyc names of frozen modules. */
  optimization_level = 0;
  constructor(host: Host) {
    this.host = host;
  }
}

let next_thread_state_id = 0;

/** @cpython PyThreadState */
export class PyThreadState {
  interp: PyInterpreterState;
  /** The raised, not yet caught exception (the error indicator). */
  curexc: PyBaseExceptionObject | null = null;
  /** The exception being handled (sys.exception()), a stack through generators. */
  exc_state: _PyErr_StackItem = new _PyErr_StackItem(null, null);
  exc_info: _PyErr_StackItem;
  /** The innermost running frame (cframe->current_frame). */
  current_frame: _PyInterpreterFrame | null = null;
  recursion_limit = 1000;
  /** Python frames active: compared with the limit on each call. */
  recursion_depth = 0;
  /** Set while a RecursionError is being raised, so handling it may go a little deeper. */
  recursion_headroom = 0;
  /** Native nesting of the eval loop (C recursion in CPython); guards the JS stack. */
  c_recursion_depth = 0;
  /** sys.settrace: the trace function and the object it is called with (Python/ceval_trace.ts). */
  c_tracefunc: Py_tracefunc | null = null;
  c_traceobj: PyObject | null = null;
  /** sys.setprofile: likewise. */
  c_profilefunc: Py_tracefunc | null = null;
  c_profileobj: PyObject | null = null;
  /** Raised while a trace or profile function runs: it is not traced itself. */
  tracing = 0;
  /** The event being reported while a trace function runs (PyTrace_LINE, ...). */
  tracing_what = 0;
  /** A trace or profile function is set and none is running (cframe->use_tracing). */
  use_tracing = false;
  /** The current contextvars.Context (Python/context.c), created on first use; owned. */
  context: PyObject | null = null;
  /** Bumped whenever `context` changes, so ContextVar caches know when to look again. */
  context_ver = 0;
  /** Identifies the thread state for those caches (PyThreadState.id), unique per thread state. */
  id: number;
  constructor(interp: PyInterpreterState) {
    this.interp = interp;
    this.exc_info = this.exc_state;
    this.id = ++next_thread_state_id;
  }
}

let current: PyThreadState | null = null;

/** @cpython _PyThreadState_GET */
export function _PyThreadState_GET(): PyThreadState {
  return current!;
}

/** @cpython _PyThreadState_Swap */
export function _PyThreadState_Swap(t: PyThreadState | null): PyThreadState | null {
  const old = current;
  current = t;
  return old;
}

/** @cpython _PyInterpreterState_GET */
export function _PyInterpreterState_GET(): PyInterpreterState {
  return current!.interp;
}
