/**
 * @mirrors Python/ceval.c
 * Tracing and profiling: the part of ceval.c behind sys.settrace and sys.setprofile. The eval
 * loop calls in here only while a trace or profile function is set (`use_tracing`); then every
 * instruction takes the loop's slow dispatch path, runs in its unspecialized form (as 3.11's
 * DO_TRACING does), and reports 'call' at RESUME, 'line' when a new line starts or a jump goes
 * backwards, 'return' when a frame returns, yields or unwinds, and 'exception' when an
 * instruction raises. Calls of builtin functions are reported to the profile function as
 * 'c_call', 'c_return' and 'c_exception'.
 *
 * A trace function never traces itself: while one runs, `tracing` is raised and `use_tracing`
 * is off (PyThreadState_EnterTracing), so the code it runs takes the fast path.
 */
import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF } from "../Include/object.ts";
import { _PyThreadState_GET, type PyThreadState } from "./pystate.ts";
import type { _PyInterpreterFrame } from "./frame.ts";
import { _PyEval_TracingChanged } from "./ceval.ts";
import { PyFrame_GetFrameObject, type PyFrameObject } from "../Objects/frameobject.ts";
import { PyErr_Fetch, PyErr_Restore, PyErr_SetString, PyErr_ExceptionMatches } from "./errors.ts";
import { PyExc_RuntimeError } from "../Objects/exceptions.ts";
import { PyTuple_Pack, PyTuple_FromArray } from "../Objects/tupleobject.ts";
import { Py_None } from "../Objects/object.ts";
import { PyObject_Vectorcall, PyObject_Call } from "../Objects/call.ts";
import { PyCFunction_Type } from "../Objects/methodobject.ts";
import { PyMethodDescr_Type } from "../Objects/descrobject.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

/** @cpython Py_tracefunc: a C-level trace or profile function; non-zero means it raised. */
export type Py_tracefunc = (obj: PyObject, frame: PyFrameObject, what: number, arg: PyObject | null) => number;

// The event codes (Include/cpython/pystate.h).
export const PyTrace_CALL = 0;
export const PyTrace_EXCEPTION = 1;
export const PyTrace_LINE = 2;
export const PyTrace_RETURN = 3;
export const PyTrace_C_CALL = 4;
export const PyTrace_C_EXCEPTION = 5;
export const PyTrace_C_RETURN = 6;
export const PyTrace_OPCODE = 7;

/** @cpython _PyThreadState_UpdateTracingState */
export function _PyThreadState_UpdateTracingState(tstate: PyThreadState): void {
  tstate.use_tracing = tstate.tracing === 0 && (tstate.c_tracefunc !== null || tstate.c_profilefunc !== null);
  _PyEval_TracingChanged(tstate);
}

/** @cpython PyThreadState_EnterTracing */
export function PyThreadState_EnterTracing(tstate: PyThreadState): void {
  tstate.tracing++;
  _PyThreadState_UpdateTracingState(tstate);
}

/** @cpython PyThreadState_LeaveTracing */
export function PyThreadState_LeaveTracing(tstate: PyThreadState): void {
  tstate.tracing--;
  _PyThreadState_UpdateTracingState(tstate);
}

/** @cpython _PyEval_SetTrace: install (or with null, remove) the trace function. */
export function _PyEval_SetTrace(tstate: PyThreadState, func: Py_tracefunc | null, arg: PyObject | null): number {
  if (settingTrace) {
    // Releasing the old trace object ran code (a __del__) that installs another one.
    settingTrace = false;
    PyErr_SetString(PyExc_RuntimeError, "Cannot install a trace function while another trace function is being installed");
    return -1;
  }
  settingTrace = true;
  const old = tstate.c_traceobj;
  tstate.c_tracefunc = null;
  tstate.c_traceobj = null;
  _PyThreadState_UpdateTracingState(tstate);
  if (arg !== null) Py_INCREF(arg);
  Py_XDECREF(old);
  tstate.c_traceobj = arg;
  tstate.c_tracefunc = func;
  _PyThreadState_UpdateTracingState(tstate);
  settingTrace = false;
  return 0;
}
let settingTrace = false;
let settingProfile = false;

/** @cpython _PyEval_SetProfile: install (or with null, remove) the profile function. */
export function _PyEval_SetProfile(tstate: PyThreadState, func: Py_tracefunc | null, arg: PyObject | null): number {
  if (settingProfile) {
    settingProfile = false;
    PyErr_SetString(PyExc_RuntimeError, "Cannot install a profile function while another profile function is being installed");
    return -1;
  }
  settingProfile = true;
  const old = tstate.c_profileobj;
  tstate.c_profilefunc = null;
  tstate.c_profileobj = null;
  _PyThreadState_UpdateTracingState(tstate);
  Py_XDECREF(old);
  if (arg !== null) Py_INCREF(arg);
  tstate.c_profileobj = arg;
  tstate.c_profilefunc = func;
  _PyThreadState_UpdateTracingState(tstate);
  settingProfile = false;
  return 0;
}

/** The line of instruction `index` of a frame's code (_PyCode_LineNumberFromArray). */
function lineAt(frame: _PyInterpreterFrame, index: number): number {
  return frame.f_code.addr2line(index * 2);
}

/**
 * @cpython call_trace: call `func` for one event in `frame`, unless a trace function is
 * already running. The frame object shows the line of the frame's current instruction.
 */
export function call_trace(func: Py_tracefunc, obj: PyObject, tstate: PyThreadState, frame: _PyInterpreterFrame,
  what: number, arg: PyObject | null): number {
  if (tstate.tracing) return 0;
  const f = PyFrame_GetFrameObject(frame);
  const old_what = tstate.tracing_what;
  tstate.tracing_what = what;
  PyThreadState_EnterTracing(tstate);
  f.f_lineno = lineAt(frame, Math.max(0, frame.prev_instr));
  const result = func(obj, f, what, arg);
  f.f_lineno = 0;
  PyThreadState_LeaveTracing(tstate);
  tstate.tracing_what = old_what;
  Py_DECREF(f);
  return result;
}

/** @cpython call_trace_protected: as call_trace, keeping an exception that was already set. */
export function call_trace_protected(func: Py_tracefunc, obj: PyObject, tstate: PyThreadState,
  frame: _PyInterpreterFrame, what: number, arg: PyObject | null): number {
  const saved = PyErr_Fetch();
  const err = call_trace(func, obj, tstate, frame, what, arg);
  if (err === 0) {
    PyErr_Restore(saved);
    return 0;
  }
  Py_XDECREF(saved);
  return -1;
}

/**
 * @cpython call_exc_trace: report the exception being raised in `frame` to the trace function
 * as (type, value, traceback). If the trace function raises, its exception replaces it.
 */
export function call_exc_trace(func: Py_tracefunc, obj: PyObject, tstate: PyThreadState, frame: _PyInterpreterFrame): void {
  const exc = PyErr_Fetch();
  if (exc === null) return;
  const tb = exc.traceback ?? Py_None;
  const arg = PyTuple_Pack(exc.ob_type, exc, tb);
  const err = call_trace(func, obj, tstate, frame, PyTrace_EXCEPTION, arg);
  Py_DECREF(arg);
  if (err === 0) PyErr_Restore(exc);
  else Py_DECREF(exc);
}

/** @cpython trace_function_entry: the 'call' event, to the trace and then the profile function. */
export function trace_function_entry(tstate: PyThreadState, frame: _PyInterpreterFrame): number {
  if (tstate.c_tracefunc !== null &&
      call_trace_protected(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame, PyTrace_CALL, Py_None)) return -1;
  if (tstate.c_profilefunc !== null &&
      call_trace_protected(tstate.c_profilefunc, tstate.c_profileobj!, tstate, frame, PyTrace_CALL, Py_None)) return -1;
  return 0;
}

/** @cpython trace_function_exit: the 'return' event (`retval` null while unwinding). */
export function trace_function_exit(tstate: PyThreadState, frame: _PyInterpreterFrame, retval: PyObject | null): number {
  if (tstate.c_tracefunc !== null &&
      call_trace_protected(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame, PyTrace_RETURN, retval)) return -1;
  if (tstate.c_profilefunc !== null &&
      call_trace_protected(tstate.c_profilefunc, tstate.c_profileobj!, tstate, frame, PyTrace_RETURN, retval)) return -1;
  return 0;
}

/**
 * @cpython maybe_call_line_trace: the 'line' event when instruction `frame.prev_instr` starts
 * a line other than that of `instr_prev` (the instruction run before it), or is reached by
 * a backward jump other than the one inside `yield from`/`await`; then the 'opcode' event
 * if the frame asks for it.
 */
function maybe_call_line_trace(func: Py_tracefunc, obj: PyObject, tstate: PyThreadState,
  frame: _PyInterpreterFrame, instr_prev: number): number {
  const co = frame.f_code;
  const lasti = frame.prev_instr;
  const lastline = instr_prev <= co.firstTraceable() ? -1 : lineAt(frame, instr_prev);
  const line = lineAt(frame, lasti);
  const f = PyFrame_GetFrameObject(frame);
  let result = 0;
  if (line !== -1 && f.f_trace_lines) {
    // The jump back to SEND inside `yield from` / `await` is not a new line.
    const backward = lasti < instr_prev && (co.co_code_adaptive[lasti] & 255) !== 123 /* SEND */;
    if (line !== lastline || backward) result = call_trace(func, obj, tstate, frame, PyTrace_LINE, Py_None);
  }
  if (f.f_trace_opcodes && result === 0) result = call_trace(func, obj, tstate, frame, PyTrace_OPCODE, Py_None);
  Py_DECREF(f);
  return result;
}

/**
 * @cpython DO_TRACING (the eval loop's tracing dispatch): before the instruction at `here`
 * runs, with `frame.prev_instr` still naming the one that ran before it. RESUME reports
 * 'call'; any other instruction may report 'line'. Returns -1 if a trace function raised.
 * A trace function may move the frame to another line (f_lineno): the instruction to run is
 * `frame.prev_instr` afterwards.
 */
export function _PyEval_TraceInstruction(tstate: PyThreadState, frame: _PyInterpreterFrame, here: number): number {
  const co = frame.f_code;
  const instr_prev = frame.prev_instr;
  frame.prev_instr = here;
  if (here < co.firstTraceable()) return 0;
  const op = co.co_code_adaptive[here] & 255;
  if (op === 151 /* RESUME */ || op === 150 /* RESUME_QUICK */) return trace_function_entry(tstate, frame);
  if (tstate.use_tracing && tstate.c_tracefunc !== null && !tstate.tracing) {
    return maybe_call_line_trace(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame, instr_prev);
  }
  return 0;
}

/**
 * @cpython C_TRACE: a call of a builtin function reported to the profile function as
 * 'c_call', then 'c_return' or 'c_exception'. `frame` is the calling frame.
 */
function c_trace(tstate: PyThreadState, frame: _PyInterpreterFrame, func: PyObject, call: () => PyObject | null): PyObject | null {
  if (tstate.c_profilefunc === null) return call();
  if (call_trace(tstate.c_profilefunc, tstate.c_profileobj!, tstate, frame, PyTrace_C_CALL, func)) return null;
  const x = call();
  if (tstate.c_profilefunc !== null) {
    if (x === null) {
      call_trace_protected(tstate.c_profilefunc, tstate.c_profileobj!, tstate, frame, PyTrace_C_EXCEPTION, func);
    } else if (call_trace(tstate.c_profilefunc, tstate.c_profileobj!, tstate, frame, PyTrace_C_RETURN, func)) {
      Py_DECREF(x);
      return null;
    }
  }
  return x;
}

/**
 * @cpython trace_call_function: CALL's way to call a non-Python callable while tracing is on.
 * Builtin functions and method descriptors (bound to their first argument, so the profile
 * function sees a builtin method) are profiled; anything else is called as usual.
 */
export function trace_call_function(tstate: PyThreadState, frame: _PyInterpreterFrame, func: PyObject,
  args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (func.ob_type === PyCFunction_Type) {
    return c_trace(tstate, frame, func, () => PyObject_Vectorcall(func, args, kwnames));
  }
  if (func.ob_type === PyMethodDescr_Type && args.length - (kwnames?.ob_item.length ?? 0) > 0) {
    return c_trace_bound(tstate, frame, func, args[0], (bound) => PyObject_Vectorcall(bound, args.slice(1), kwnames));
  }
  return PyObject_Vectorcall(func, args, kwnames);
}

/**
 * A method descriptor called with its object first: bound to that object for the profile
 * function (which is shown a builtin method), then called through `call`.
 */
function c_trace_bound(tstate: PyThreadState, frame: _PyInterpreterFrame, descr: PyObject, self: PyObject,
  call: (bound: PyObject) => PyObject | null): PyObject | null {
  const bound = descr.ob_type.tp_descr_get!(descr, self, self.ob_type);
  if (bound === null) return null;
  const x = c_trace(tstate, frame, bound, () => call(bound));
  Py_DECREF(bound);
  return x;
}

/**
 * @cpython _PyEval_CallTracing: sys.call_tracing(func, args) calls `func` with tracing
 * re-enabled for trace functions it installs (a debugger debugging from inside its own trace
 * function); the tracing state is restored afterwards.
 */
export function _PyEval_CallTracing(func: PyObject, args: PyTupleObject): PyObject | null {
  const tstate = _PyThreadState_GET();
  const save_tracing = tstate.tracing;
  const save_use_tracing = tstate.use_tracing;
  tstate.tracing = 0;
  const result = PyObject_Vectorcall(func, args.ob_item.slice(), null);
  tstate.tracing = save_tracing;
  tstate.use_tracing = save_use_tracing;
  _PyEval_TracingChanged(tstate);
  return result;
}

/**
 * @cpython do_call_core (its tracing half): CALL_FUNCTION_EX's call while tracing is on, with
 * builtin functions and method descriptors profiled as trace_call_function does.
 */
export function trace_call_core(tstate: PyThreadState, frame: _PyInterpreterFrame, func: PyObject,
  callargs: PyTupleObject, kwdict: PyObject | null): PyObject | null {
  if (func.ob_type === PyCFunction_Type) return c_trace(tstate, frame, func, () => PyObject_Call(func, callargs, kwdict));
  if (func.ob_type === PyMethodDescr_Type && callargs.ob_item.length > 0) {
    return c_trace_bound(tstate, frame, func, callargs.ob_item[0], (bound) => {
      const rest = PyTuple_FromArray(callargs.ob_item.slice(1));
      const r = PyObject_Call(bound, rest, kwdict);
      Py_DECREF(rest);
      return r;
    });
  }
  return PyObject_Call(func, callargs, kwdict);
}
