/**
 * @mirrors Python/ceval.c
 * The eval loop: runs 3.11 bytecode over the value stack of a frame.
 *
 * DESIGN D2 shapes it. A call to a Python function from Python code does not recurse in
 * JavaScript: CALL links a new _PyInterpreterFrame onto the chain and the loop carries on
 * in it; RETURN_VALUE unlinks it and pushes the result onto the caller's stack. The same
 * goes for resuming a generator or coroutine from FOR_ITER or SEND (what 3.12 calls
 * FOR_ITER_GEN and SEND_GEN). Only native code calling back into Python (a sort key, a
 * __eq__ during a dict lookup, __init__ from type.__call__) enters the loop again, with its
 * first frame marked `is_entry`: returning from that frame returns from the loop.
 *
 *   f() calls g() calls h():      frame chain  h -> g -> f -> <module>
 *                                 JS stack     one _PyEval_EvalFrameDefault
 *
 * Case labels are numeric literals (the opcode numbers of opcode.generated.ts, named in a
 * comment) so that V8 compiles the dispatch switch to a jump table.
 *
 * Errors follow CPython: a failing instruction leaves the switch with `break`; the code after
 * the switch adds a traceback entry, finds the handler in the exception table, and either
 * jumps there or pops the frame and goes on unwinding in the caller.
 */
import { _PyCeval, _Py_HandlePending } from "./ceval_pending.ts";
import {
  _PyEval_TraceInstruction, trace_function_entry, trace_function_exit, call_exc_trace,
  trace_call_function, trace_call_core,
} from "./ceval_trace.ts";
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_EQ, _Py_Dealloc,
  Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING, _PyObject_SlotsForStore,
} from "../Include/object.ts";
import { _PyOpcode_Caches, _PyOpcode_Deopt } from "../Include/opcode.generated.ts";
import {
  _PyCode_Quicken, QUICKENING_WARMUP_DELAY, _Py_Specialize_BinaryOp, _Py_Specialize_LoadGlobal, _Py_Specialize_LoadAttr,
  _Py_Specialize_StoreAttr, _Py_Specialize_LoadMethod, _Py_Specialize_Call, _Py_Specialize_BinarySubscr,
  _Py_Specialize_UnpackSequence, deoptimize, get32, _Py_Specialize_Precall, _Py_Specialize_CompareOp,
  _Py_Specialize_StoreSubscr, callable_cache_len, callable_cache_isinstance, callable_cache_list_append, type_has_vectorcall,
} from "./specialize.ts";
import { PyCFunctionObject, PyCFunction_Type } from "../Objects/methodobject.ts";
import { PyMethodDescrObject, PyMethodDescr_Type } from "../Objects/descrobject.ts";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, Py_TPFLAGS_TYPE_SUBCLASS } from "../Include/object.ts";
import { PyFloatObject, PyFloat_Type, PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { PyLong_Type, PyLong_FromBigInt } from "../Objects/longobject.ts";
import { PyList_Type } from "../Objects/listobject.ts";
import { PyTuple_Type } from "../Objects/tupleobject.ts";
import { PyDict_Type } from "../Objects/dictobject.ts";
import { PyModuleObject, PyModule_Type } from "../Objects/moduleobject.ts";
import { _PyThreadState_GET, type PyThreadState, _PyErr_StackItem } from "./pystate.ts";
import {
  PyErr_Occurred, PyErr_SetString, PyErr_ExceptionMatches, PyErr_Clear, PyErr_Fetch, PyErr_Restore,
  _PyErr_SetRaisedException, PyErr_SetObject, PyErr_SetNone, PyErr_GivenExceptionMatches,
} from "./errors.ts";
import {
  PyExc_TypeError, PyExc_NameError, PyExc_UnboundLocalError, PyExc_SystemError, PyExc_StopIteration,
  PyExc_RuntimeError, PyExc_AssertionError, PyExc_ValueError, PyExc_RecursionError, PyExc_BaseException,
  PyExc_ImportError, PyExc_KeyError, PyExc_AttributeError, PyExc_StopAsyncIteration, PyExc_GeneratorExit,
  PyBaseExceptionObject, PyExceptionInstance_Check, PyExceptionClass_Check, PyException_SetCause,
  PyExc_BaseExceptionGroup, PyExc_MemoryError,
} from "../Objects/exceptions.ts";
import { _PyInterpreterFrame, _PyFrame_Clear, _PyFrame_New, _PyFrame_Recycle, FRAME_OWNED_BY_GENERATOR, FRAME_OWNED_BY_THREAD } from "./frame.ts";
import { PyCodeObjectWrapper, codeOf } from "../Objects/codeobject_runtime.ts";
import {
  CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR,
  CO_ITERABLE_COROUTINE, CO_FAST_CELL, CO_FAST_FREE,
} from "../Objects/codeobject.ts";
import { PyFunctionObject, PyFunction_Type, PyFunction_NewWithQualName } from "../Objects/funcobject.ts";
import { PyMethodObject, PyMethod_Type } from "../Objects/classobject.ts";
import { PyCellObject, PyCell_New } from "../Objects/cellobject.ts";
import {
  PyDictObject, PyDict_New, PyDict_GetItemWithError, PyDict_SetItem, PyDict_DelItem, PyDict_CheckExact,
  PyDict_Check, PyDict_Update, PyDict_Merge, PyDict_Contains, _PyDict_MergeEx, _PyDictKeys_StringLookup, PyDict_GetItemString, _PyDict_Items, PyDict_Keys,
} from "../Objects/dictobject.ts";
import { _PyObject_GetInstanceAttribute, _PyDictValues_AddToInsertionOrder } from "../Objects/dictobject.ts";
import { SLOT_INDEX_OB_TYPE } from "./specialize.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_CheckExact, _PyTuple_FromArraySteal, PyTuple_New } from "../Objects/tupleobject.ts";
import { PyListObject, PyList_CheckExact, PyList_Append, _PyList_FromArraySteal, list_extend, PyList_Check } from "../Objects/listobject.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_FromString, _PyUnicode_FromId, PyUnicode_Concat, _PyUnicode_NewFromString } from "../Objects/unicodeobject.ts";
import { PyLongObject, PyLong_FromNumber, PyLong_CheckExact } from "../Objects/longobject.ts";
import { Py_True, Py_False } from "../Objects/boolobject.ts";
import {
  Py_None, Py_NewNone, PyObject_IsTrue, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_GetAttr,
  PyObject_SetAttr, PyObject_Repr, PyObject_Str, PyObject_ASCII, _PyObject_GenericGetAttrWithDict,
  PyObject_GenericGetAttr, _PyObject_LookupAttr, strString,
} from "../Objects/object.ts";
import {
  PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply, PyNumber_TrueDivide, PyNumber_FloorDivide,
  PyNumber_Remainder, PyNumber_Power, PyNumber_Lshift, PyNumber_Rshift, PyNumber_And, PyNumber_Or, PyNumber_Xor,
  PyNumber_MatrixMultiply, PyNumber_InPlaceAdd, PyNumber_InPlaceSubtract, PyNumber_InPlaceMultiply,
  PyNumber_InPlaceTrueDivide, PyNumber_InPlaceFloorDivide, PyNumber_InPlaceRemainder, PyNumber_InPlacePower,
  PyNumber_InPlaceLshift, PyNumber_InPlaceRshift, PyNumber_InPlaceAnd, PyNumber_InPlaceOr, PyNumber_InPlaceXor,
  PyNumber_InPlaceMatrixMultiply, PyNumber_Negative, PyNumber_Positive, PyNumber_Invert,
  PyObject_GetItem, PyObject_SetItem, PyObject_DelItem, PyObject_GetIter, PySequence_Contains, PyObject_Size,
  PySequence_Tuple, _PySequence_ToArray, PyObject_Format, PyObject_IsInstance, PyIter_Check, PySequence_Check,
} from "../Objects/abstract.ts";
import { PyObject_Vectorcall, PyObject_Call, lookup_maybe_method, PyObject_CallOneArg, PyObject_CallMethod } from "../Objects/call.ts";
import { _PyType_Lookup, _PyType_Name, PyType_Check, PyType_IsSubtype, PyBaseObject_Type, PyType_Type } from "../Objects/typeobject.ts";
import { PySet_New, PySet_Add, _PySet_Update } from "../Objects/setobject.ts";
import { PySlice_New } from "../Objects/sliceobject.ts";
import { PyGenObject, _Py_MakeCoro, PyGen_Type, PyCoro_Type, gen_set_stopiteration_error, _PyGen_FetchStopIterationValue, _PyCoro_GetAwaitableIter, PyAsyncGenASend_Check, _PyAsyncGenValueWrapperNew, _PyGen_yf } from "../Objects/genobject.ts";
import { PyTraceBack_Here } from "./traceback.ts";
import { PyFrame_GetFrameObject } from "../Objects/frameobject.ts";
import { import_name, import_from, import_all_from } from "./import.ts";
import { _PyExc_PrepReraiseStar, _PyExc_MatchStar } from "../Objects/exceptions.ts";

/** Inline cache units after each opcode, specialized forms included (they share their base's). */
const CACHES = Int32Array.from({ length: 256 }, (_, op) => _PyOpcode_Caches[_PyOpcode_Deopt[op]] ?? 0);

// gi_frame_state values (Include/internal/pycore_frame.h).
export const FRAME_CREATED = -2;
export const FRAME_SUSPENDED = -1;
export const FRAME_EXECUTING = 0;
export const FRAME_COMPLETED = 1;
export const FRAME_CLEARED = 4;

/**
 * Hooks the Inspect API installs (DESIGN section 4). `onFrame` costs one check per frame
 * push. `stepBudget` (when `stepping` is on) counts instructions down: at zero the loop stops
 * before the next instruction of the outermost native level and returns SUSPENDED; calling
 * _PyEval_ResumeSuspended later carries on exactly there (DESIGN D2).
 */
export const evalHooks: { onFrame: ((f: _PyInterpreterFrame) => void) | null; stepBudget: number } = {
  onFrame: null, stepBudget: 0,
};
let stepping = false;
/**
 * Instruction budgets or tracing are on: every instruction goes through the slow part of
 * dispatch. One flag, so that the fast path pays a single check for both.
 */
let slowDispatch = false;
/** Turn instruction budgets on or off (src/Inspect/step.ts). */
export function _PyEval_SetStepping(on: boolean): void {
  stepping = on;
  slowDispatch = stepping || _PyThreadState_GET().use_tracing;
}
/** Tracing was switched on or off for `tstate` (called by ceval_trace.ts). */
export function _PyEval_TracingChanged(tstate: PyThreadState): void {
  slowDispatch = stepping || tstate.use_tracing;
}
/** What the loop returns when a step budget ran out (never seen by Python code). */
export const SUSPENDED = new PyObject(null as unknown as PyTypeObject);

/** Continue a program that stopped with SUSPENDED, in its innermost frame. */
export function _PyEval_ResumeSuspended(tstate: PyThreadState): PyObject | null {
  const frame = tstate.current_frame!;
  tstate.c_recursion_depth++;
  const r = evalLoop(tstate, frame, START_NORMAL);
  tstate.c_recursion_depth--;
  return r;
}

// -- frame creation and argument binding ------------------------------------------------------------

/**
 * @cpython _PyEvalFramePushAndInit: a frame for `func` with its arguments bound. The
 * arguments are borrowed here (the frame takes its own references). Null with an error set
 * when binding fails.
 */
export function _PyEvalFramePushAndInit(
  tstate: PyThreadState, func: PyFunctionObject, locals: PyObject | null, args: PyObject[], argstart: number,
  argcount: number, kwnames: PyTupleObject | null,
): _PyInterpreterFrame | null {
  const code = func.func_code_obj;
  const frame = _PyFrame_New(code, func, func.func_globals, func.func_builtins, locals);
  Py_INCREF(func);
  if (initialize_locals(tstate, func, frame.localsplus, args, argstart, argcount, kwnames) < 0) {
    _PyFrame_Clear(frame);
    Py_DECREF(func);
    return null;
  }
  return frame;
}

/** The name used in call errors: the function's __qualname__. */
function qualnameOf(func: PyFunctionObject): string {
  return (func.func_qualname as PyUnicodeObject).str;
}

/** @cpython initialize_locals: bind positional, keyword, default and */ /* *args/**kwargs. */
function initialize_locals(
  tstate: PyThreadState, func: PyFunctionObject, localsplus: (PyObject | null)[], args: PyObject[], argstart: number,
  argcount: number, kwnames: PyTupleObject | null,
): number {
  const co = func.func_code;
  const total_args = co.co_argcount + co.co_kwonlyargcount;
  let kwdict: PyDictObject | null = null;
  let i = total_args;
  if (co.co_flags & CO_VARKEYWORDS) {
    kwdict = PyDict_New();
    let j = i;
    if (co.co_flags & CO_VARARGS) j++;
    localsplus[j] = kwdict;
  }
  let n: number;
  if (argcount > co.co_argcount) n = co.co_argcount;
  else n = argcount;
  for (let j = 0; j < n; j++) {
    const x = args[argstart + j];
    Py_INCREF(x);
    localsplus[j] = x;
  }
  if (co.co_flags & CO_VARARGS) {
    let u: PyTupleObject;
    if (argcount > n) {
      const items = args.slice(argstart + n, argstart + argcount);
      for (const x of items) Py_INCREF(x);
      u = _PyTuple_FromArraySteal(items);
    } else u = PyTuple_New(0);
    localsplus[total_args] = u;
  }
  // Keyword arguments.
  if (kwnames !== null) {
    const names = kwnames.ob_item;
    const varnames = func.func_code_obj.localsplusnames();
    for (let k = 0; k < names.length; k++) {
      const keyword = names[k];
      const value = args[argstart + argcount + k];
      if (!PyUnicode_Check(keyword)) {
        PyErr_SetString(PyExc_TypeError, `${qualnameOf(func)}() keywords must be strings`);
        return -1;
      }
      const kstr = (keyword as PyUnicodeObject).str;
      let j = -1;
      for (let p = co.co_posonlyargcount; p < total_args; p++) {
        if (varnames[p] === keyword || co.co_localsplusnames[p] === kstr) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict === null) {
          if (co.co_posonlyargcount > 0 && positional_only_passed_as_keyword(func, names)) return -1;
          PyErr_SetString(PyExc_TypeError, `${qualnameOf(func)}() got an unexpected keyword argument '${kstr}'`);
          return -1;
        }
        if (PyDict_SetItem(kwdict, keyword, value) < 0) return -1;
        continue;
      }
      if (localsplus[j] !== null) {
        PyErr_SetString(PyExc_TypeError, `${qualnameOf(func)}() got multiple values for argument '${kstr}'`);
        return -1;
      }
      Py_INCREF(value);
      localsplus[j] = value;
    }
  }
  // Too many positional arguments?
  if (argcount > co.co_argcount && !(co.co_flags & CO_VARARGS)) {
    too_many_positional(func, argcount, localsplus);
    return -1;
  }
  // Defaults for missing positionals.
  if (argcount < co.co_argcount) {
    const defaults = func.func_defaults === null ? [] : func.func_defaults.ob_item;
    const defcount = defaults.length;
    const m = co.co_argcount - defcount;
    let missing = 0;
    for (i = argcount; i < m; i++) if (localsplus[i] === null) missing++;
    if (missing) {
      missing_arguments(func, missing, defcount, localsplus);
      return -1;
    }
    i = n > m ? n - m : 0;
    for (; i < defcount; i++) {
      if (localsplus[m + i] === null) {
        const def = defaults[i];
        Py_INCREF(def);
        localsplus[m + i] = def;
      }
    }
  }
  // Keyword-only defaults.
  if (co.co_kwonlyargcount > 0) {
    let missing = 0;
    for (i = co.co_argcount; i < total_args; i++) {
      if (localsplus[i] !== null) continue;
      const varname = func.func_code_obj.localsplusnames()[i];
      if (func.func_kwdefaults !== null) {
        const def = PyDict_GetItemWithError(func.func_kwdefaults, varname);
        if (def !== null) {
          Py_INCREF(def);
          localsplus[i] = def;
          continue;
        }
        if (PyErr_Occurred()) return -1;
      }
      missing++;
    }
    if (missing) {
      missing_arguments(func, missing, -1, localsplus);
      return -1;
    }
  }
  void tstate;
  return 0;
}

function quoteNames(names: string[]): string {
  const q = names.map((s) => `'${s}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** @cpython missing_arguments */
function missing_arguments(func: PyFunctionObject, missing: number, defcount: number, localsplus: (PyObject | null)[]): void {
  const co = func.func_code;
  const positional = defcount !== -1;
  const [start, end] = positional ? [0, co.co_argcount - defcount] : [co.co_argcount, co.co_argcount + co.co_kwonlyargcount];
  const names: string[] = [];
  for (let i = start; i < end; i++) if (localsplus[i] === null) names.push(co.co_localsplusnames[i]);
  const kind = positional ? "positional" : "keyword-only";
  PyErr_SetString(PyExc_TypeError,
    `${qualnameOf(func)}() missing ${missing} required ${kind} argument${missing === 1 ? "" : "s"}: ${quoteNames(names)}`);
}

/** @cpython too_many_positional */
function too_many_positional(func: PyFunctionObject, given: number, localsplus: (PyObject | null)[]): void {
  const co = func.func_code;
  let kwonly_given = 0;
  for (let i = co.co_argcount; i < co.co_argcount + co.co_kwonlyargcount; i++) if (localsplus[i] !== null) kwonly_given++;
  const defcount = func.func_defaults === null ? 0 : func.func_defaults.ob_item.length;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${co.co_argcount - defcount} to ${co.co_argcount}`;
  } else {
    plural = co.co_argcount !== 1;
    sig = `${co.co_argcount}`;
  }
  const kwonly_sig = kwonly_given
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonly_given} keyword-only argument${kwonly_given !== 1 ? "s" : ""})`
    : "";
  PyErr_SetString(PyExc_TypeError,
    `${qualnameOf(func)}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonly_sig} ${given === 1 && !kwonly_given ? "was" : "were"} given`);
}

/** @cpython positional_only_passed_as_keyword */
function positional_only_passed_as_keyword(func: PyFunctionObject, kwnames: PyObject[]): boolean {
  const co = func.func_code;
  const conflicts: string[] = [];
  for (let k = 0; k < co.co_posonlyargcount; k++) {
    const name = co.co_localsplusnames[k];
    for (const kw of kwnames) if ((kw as PyUnicodeObject).str === name) conflicts.push(name);
  }
  if (conflicts.length === 0) return false;
  PyErr_SetString(PyExc_TypeError,
    `${qualnameOf(func)}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(", ")}'`);
  return true;
}

// -- entering the loop from native code ------------------------------------------------------------

/** @cpython _PyFunction_Vectorcall: calling a Python function from native code. */
export function _PyFunction_Vectorcall(func: PyFunctionObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  return _PyEval_Vector(_PyThreadState_GET(), func, null, args, args.length - nkw, kwnames);
}

/** @cpython _PyEval_Vector */
export function _PyEval_Vector(
  tstate: PyThreadState, func: PyFunctionObject, locals: PyObject | null, args: PyObject[], argcount: number,
  kwnames: PyTupleObject | null,
): PyObject | null {
  Py_XINCREF(locals);
  const frame = _PyEvalFramePushAndInit(tstate, func, locals, args, 0, argcount, kwnames);
  if (frame === null) return null;
  return runEntryFrame(tstate, frame, false);
}

/** Run a frame whose caller is native code, and unlink it afterwards. */
export function runEntryFrame(tstate: PyThreadState, frame: _PyInterpreterFrame, throwflag: boolean): PyObject | null {
  frame.previous = tstate.current_frame;
  frame.is_entry = true;
  const result = _PyEval_EvalFrameDefault(tstate, frame, throwflag);
  return result;
}

/** @cpython PyEval_EvalCode: run a module-level code object with globals and locals. */
export function PyEval_EvalCode(code: PyCodeObjectWrapper, globals: PyDictObject, locals: PyObject): PyObject | null {
  const tstate = _PyThreadState_GET();
  let builtins = PyDict_GetItemString(globals, "__builtins__");
  if (builtins === null) {
    builtins = tstate.interp.builtins!;
    PyDict_SetItem(globals, _PyUnicode_FromId("__builtins__"), builtins);
  } else if (!PyDict_Check(builtins)) {
    // A module object (as in __main__): use its dict.
    builtins = builtins.ob_dict ?? tstate.interp.builtins!;
  }
  if (code.co.co_flags & (0x20 | 0x80 | 0x200)) {
    // Top-level await (PyCF_ALLOW_TOP_LEVEL_AWAIT) made a coroutine code object: as CPython's
    // _PyEval_Vector does, run it through a function so RETURN_GENERATOR has one to wrap.
    const func = PyFunction_NewWithQualName(code, globals, null, builtins as PyDictObject);
    const r = _PyEval_Vector(tstate, func, locals, [], 0, null);
    Py_DECREF(func);
    return r;
  }
  Py_INCREF(globals);
  Py_INCREF(builtins);
  Py_INCREF(locals);
  const frame = new _PyInterpreterFrame(code, null, globals, builtins as PyDictObject, locals);
  const r = runEntryFrame(tstate, frame, false);
  if (r === SUSPENDED) return r;
  Py_DECREF(globals);
  Py_DECREF(builtins);
  return r;
}

// -- the loop ---------------------------------------------------------------------------------------

/** Frames of Python code active at once before RecursionError (sys.getrecursionlimit). */
function enterRecursivePy(tstate: PyThreadState): boolean {
  if (++tstate.recursion_depth > tstate.recursion_limit + tstate.recursion_headroom) {
    tstate.recursion_depth--;
    tstate.recursion_headroom = 50;
    PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
    tstate.recursion_headroom = 0;
    return false;
  }
  return true;
}

/** Release a finished frame's locals and its function (clear_thread_frame). */
function clear_thread_frame(frame: _PyInterpreterFrame): void {
  _PyFrame_Clear(frame);
  if (frame.f_func !== null) Py_DECREF(frame.f_func);
}

/** Native nesting depth of the loop at which a RecursionError is raised instead of a JS stack overflow. */
const MAX_NATIVE_NESTING = 300;

/**
 * @cpython _PyEval_EvalFrameDefault. `frame` is the entry frame; its `previous` is the frame
 * of whoever called (or null). Returns the entry frame's result, or null with an error.
 */
export function _PyEval_EvalFrameDefault(tstate: PyThreadState, entry: _PyInterpreterFrame, throwflag: boolean): PyObject | null {
  if (++tstate.c_recursion_depth > MAX_NATIVE_NESTING + 50 * Number(tstate.recursion_headroom > 0)) {
    tstate.c_recursion_depth--;
    if (entry.owner !== FRAME_OWNED_BY_GENERATOR) clear_thread_frame(entry);
    return PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
  }
  let frame = entry;
  tstate.current_frame = frame;
  if (!enterRecursivePy(tstate)) {
    tstate.current_frame = frame.previous;
    tstate.c_recursion_depth--;
    if (entry.owner !== FRAME_OWNED_BY_GENERATOR) clear_thread_frame(entry);
    return null;
  }
  // TRACE_FUNCTION_THROW_ENTRY: a generator resumed by throw() reports 'call' first; if the
  // trace function raises, the frame is left at once.
  let pendingError = !throwflag ? START_NORMAL
    : tstate.use_tracing && trace_function_entry(tstate, frame) !== 0 ? START_EXIT_UNWIND : START_WITH_ERROR;
  for (;;) {
    try {
      const r = evalLoop(tstate, frame, pendingError);
      tstate.c_recursion_depth--;
      return r;
    } catch (e) {
      // A JavaScript exception: stack exhaustion becomes RecursionError, anything else is a
      // bug reported as SystemError (DESIGN D11). Unwinding then continues in the frame that
      // was running.
      frame = tstate.current_frame ?? entry;
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
      } else {
        const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        PyErr_SetString(PyExc_SystemError, `internal error in the eval loop (${frame.f_code.co.co_name}): ${msg}`);
        if (process.env.TYPHON_DEBUG) console.error(e);
      }
      pendingError = START_WITH_ERROR;
      // Restore the frame's stack pointer as saved at its last call (values above are lost).
    }
  }
}

/**
 * The sum, difference or product (BINARY_OP_ADD_INT 5, _SUBTRACT_INT 16, _MULTIPLY_INT 13) of
 * two safe integers, as a double. It is primed below with operands outside V8's small-integer
 * range, so that its arithmetic, inlined into evalLoop, is compiled as double arithmetic from
 * the start: with small-integer feedback the first result past 2**31 would deoptimize the
 * whole loop (an "overflow" deopt) and cost a full recompilation of it.
 */
function int_arith(opcode: number, a: number, b: number): number {
  return opcode === 5 ? a + b : opcode === 16 ? a - b : a * b;
}
int_arith(5, 2 ** 40, 2 ** 40);
int_arith(16, 2 ** 40, 2 ** 40);
int_arith(13, 2 ** 40, 2 ** 40);

// How evalLoop starts: with the frame's next instruction, with the error already set (a
// generator's throw(), or a JavaScript exception caught around the loop), or by leaving the
// frame without looking for a handler in it (a trace function raised at a throw()'s entry).
const START_NORMAL = 0;
const START_WITH_ERROR = 1;
const START_EXIT_UNWIND = 2;

function evalLoop(tstate: PyThreadState, startFrame: _PyInterpreterFrame, start: number): PyObject | null {
  let frame = startFrame;
  let co = frame.f_code;
  let code = co.co_code_adaptive;
  let consts = co.consts();
  let names = co.names();
  let lp = frame.localsplus;
  let sp = frame.stacktop;
  let next_instr = frame.next_instr;
  let here = frame.prev_instr;
  let first_instr = here;
  let kwnames: PyTupleObject | null = null;
  let retval: PyObject | null = null;
  let errorPending = start !== START_NORMAL;
  let recycle = false;
  // A specialized instruction missed: run its generic form this once (CPython's `miss`).
  let missed = false;
  // A trace function raised at a frame's exit (or at a throw()'s entry): the frame is left
  // without looking for a handler in it (CPython's exit_unwind).
  let exitUnwind = start === START_EXIT_UNWIND;

  for (;;) {
    if (!errorPending) instruction: {
      // -- dispatch ---------------------------------------------------------------------
      here = next_instr;
      if (slowDispatch) {
        if (stepping) {
          if (evalHooks.stepBudget <= 0 && tstate.c_recursion_depth === 1 && kwnames === null) {
            frame.next_instr = next_instr;
            frame.stacktop = sp;
            tstate.current_frame = frame;
            return SUSPENDED;
          }
          evalHooks.stepBudget--;
        }
        if (tstate.use_tracing) {
          // DO_TRACING: report 'call' or 'line', then run the unspecialized instruction.
          frame.stacktop = sp;
          if (_PyEval_TraceInstruction(tstate, frame, here) !== 0) {
            sp = frame.stacktop;
            break instruction;
          }
          // A trace function may have moved the frame to another line (f_lineno).
          sp = frame.stacktop;
          here = frame.prev_instr;
          missed = true;
        }
      }
      // Where the instruction's EXTENDED_ARG prefixes start: an instruction that
      // specializes or deoptimizes itself is dispatched again from there, so that it keeps
      // its whole oparg (CPython's DISPATCH_SAME_OPARG).
      first_instr = here;
      frame.prev_instr = here;
      let word = code[here];
      let opcode = word & 255;
      let oparg = word >>> 8;
      while (opcode === 144 /* EXTENDED_ARG */ || opcode === 34 /* EXTENDED_ARG_QUICK */) {
        here++;
        word = code[here];
        opcode = word & 255;
        oparg = (oparg << 8) | (word >>> 8);
      }
      if (missed) {
        missed = false;
        opcode = _PyOpcode_Deopt[opcode];
      }
      next_instr = here + 1 + CACHES[opcode];
      dispatch: switch (opcode) {
        case 9: /* NOP */
          continue;
        case 151: /* RESUME */
          if (++co.co_warmup === QUICKENING_WARMUP_DELAY) _PyCode_Quicken(co);
          // handle_eval_breaker: signals and pending calls, at function entry (oparg 0) and
          // after a yield (oparg 1); after yield from and await (2, 3) the check waits.
          if (_PyCeval.eval_breaker[0] !== 0 && oparg < 2 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        case 150: /* RESUME_QUICK */
          if (_PyCeval.eval_breaker[0] !== 0 && oparg < 2 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        case 38: /* JUMP_BACKWARD_QUICK */
          next_instr -= oparg;
          if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        case 46: /* LOAD_FAST__LOAD_FAST */
        case 45: /* LOAD_FAST__LOAD_CONST */ {
          const v = lp[oparg];
          if (v === null) {
            format_exc_unbound(co, oparg);
            break dispatch;
          }
          v.ob_refcnt++;
          lp[sp++] = v;
          here = next_instr++;
          const arg2 = code[here] >>> 8;
          const w = opcode === 46 ? lp[arg2] : consts[arg2];
          if (w === null) {
            frame.prev_instr = here;
            format_exc_unbound(co, arg2);
            break dispatch;
          }
          w.ob_refcnt++;
          lp[sp++] = w;
          continue;
        }
        case 44: /* LOAD_CONST__LOAD_FAST */ {
          const v = consts[oparg];
          v.ob_refcnt++;
          lp[sp++] = v;
          here = next_instr++;
          const arg2 = code[here] >>> 8;
          const w = lp[arg2];
          if (w === null) {
            frame.prev_instr = here;
            format_exc_unbound(co, arg2);
            break dispatch;
          }
          w.ob_refcnt++;
          lp[sp++] = w;
          continue;
        }
        case 161: /* STORE_FAST__LOAD_FAST */
        case 167: /* STORE_FAST__STORE_FAST */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const old = lp[oparg];
          lp[oparg] = v;
          if (old !== null) if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          here = next_instr++;
          const arg2 = code[here] >>> 8;
          if (opcode === 167) {
            const v2 = lp[--sp]!;
            lp[sp] = null;
            const old2 = lp[arg2];
            lp[arg2] = v2;
            if (old2 !== null) if (--old2.ob_refcnt === 0) _Py_Dealloc(old2);
            continue;
          }
          const w = lp[arg2];
          if (w === null) {
            frame.prev_instr = here;
            format_exc_unbound(co, arg2);
            break dispatch;
          }
          w.ob_refcnt++;
          lp[sp++] = w;
          continue;
        }
        case 3: /* BINARY_OP_ADAPTIVE */ {
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_BinaryOp(lp[sp - 2]!, lp[sp - 1]!, code, here, oparg, lp);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const rhs = lp[sp - 1]!;
          const lhs = lp[sp - 2]!;
          const res = binary_op(lhs, rhs, oparg);
          if (res === null) break dispatch; // both operands stay on the stack for the unwinder
          lp[--sp] = null;
          if (--rhs.ob_refcnt === 0) _Py_Dealloc(rhs);
          if (--lhs.ob_refcnt === 0) _Py_Dealloc(lhs);
          lp[sp - 1] = res;
          continue;
        }
        case 5: /* BINARY_OP_ADD_INT */
        case 16: /* BINARY_OP_SUBTRACT_INT */
        case 13: /* BINARY_OP_MULTIPLY_INT */ {
          const rhs = lp[sp - 1]!, lhs = lp[sp - 2]!;
          if (lhs.ob_type !== PyLong_Type || rhs.ob_type !== PyLong_Type) {
            deoptimize(code, here, 3);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const a = (lhs as PyLongObject).ob_ival, b = (rhs as PyLongObject).ob_ival;
          let res: PyObject | null;
          if (typeof a === "number" && typeof b === "number") {
            const r = int_arith(opcode, a, b);
            res = Number.isSafeInteger(r) ? PyLong_FromNumber(r)
              : PyLong_FromBigInt(opcode === 5 ? BigInt(a) + BigInt(b) : opcode === 16 ? BigInt(a) - BigInt(b) : BigInt(a) * BigInt(b));
          } else {
            res = opcode === 5 ? PyLong_Type.nb_add!(lhs, rhs) : opcode === 16 ? PyLong_Type.nb_subtract!(lhs, rhs) : PyLong_Type.nb_multiply!(lhs, rhs);
            if (res === null) break dispatch;
          }
          lp[--sp] = null;
          // Py_DECREF rather than an inline `if (--refcnt === 0) _Py_Dealloc`: while a
          // program warms up its ints are mostly cached small ones that are never freed
          // here, so an inline dealloc call would have no type feedback when TurboFan
          // compiles the loop and the first freed int would deoptimize all of evalLoop.
          Py_DECREF(rhs);
          Py_DECREF(lhs);
          lp[sp - 1] = res;
          continue;
        }
        case 4: /* BINARY_OP_ADD_FLOAT */
        case 14: /* BINARY_OP_SUBTRACT_FLOAT */
        case 8: /* BINARY_OP_MULTIPLY_FLOAT */ {
          const rhs = lp[sp - 1]!, lhs = lp[sp - 2]!;
          if (lhs.ob_type !== PyFloat_Type || rhs.ob_type !== PyFloat_Type) {
            deoptimize(code, here, 3);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const a = (lhs as PyFloatObject).ob_fval, b = (rhs as PyFloatObject).ob_fval;
          const res = PyFloat_FromDouble(opcode === 4 ? a + b : opcode === 14 ? a - b : a * b);
          lp[--sp] = null;
          if (--rhs.ob_refcnt === 0) _Py_Dealloc(rhs);
          if (--lhs.ob_refcnt === 0) _Py_Dealloc(lhs);
          lp[sp - 1] = res;
          continue;
        }
        case 6: /* BINARY_OP_ADD_UNICODE */ {
          const rhs = lp[sp - 1]!, lhs = lp[sp - 2]!;
          if (lhs.ob_type !== PyUnicodeObject.type || rhs.ob_type !== PyUnicodeObject.type) {
            deoptimize(code, here, 3);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const res = PyUnicode_Concat(lhs, rhs);
          if (res === null) break dispatch;
          lp[--sp] = null;
          if (--rhs.ob_refcnt === 0) _Py_Dealloc(rhs);
          if (--lhs.ob_refcnt === 0) _Py_Dealloc(lhs);
          lp[sp - 1] = res;
          continue;
        }
        case 7: /* BINARY_OP_INPLACE_ADD_UNICODE */ {
          // `s += t` (or `s = s + t`) with the STORE_FAST to s after it: the sum goes
          // straight into the local and the STORE_FAST is skipped.
          const rhs = lp[sp - 1]!, lhs = lp[sp - 2]!;
          const target = code[next_instr] >>> 8;
          if (lhs.ob_type !== PyUnicodeObject.type || rhs.ob_type !== lhs.ob_type || lp[target] !== lhs) {
            deoptimize(code, here, 3);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          lhs.ob_refcnt--; // the stack's reference: the local still holds lhs
          sp -= 2;
          lp[sp] = lp[sp + 1] = null;
          const res = PyUnicode_Concat(lhs, rhs);
          // As PyUnicode_Append: on failure the local is left unbound.
          lp[target] = res;
          if (--lhs.ob_refcnt === 0) _Py_Dealloc(lhs);
          if (--rhs.ob_refcnt === 0) _Py_Dealloc(rhs);
          if (res === null) break dispatch;
          next_instr++;
          continue;
        }
        case 47: /* LOAD_GLOBAL_ADAPTIVE */ {
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_LoadGlobal(frame.f_globals, frame.f_builtins, names[oparg >>> 1], code, here);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const name = names[oparg >>> 1];
          let v = PyDict_GetItemWithError(frame.f_globals, name);
          if (v === null) {
            if (PyErr_Occurred()) break dispatch;
            v = PyDict_GetItemWithError(frame.f_builtins, name);
            if (v === null) {
              if (!PyErr_Occurred()) format_exc_check_arg_name(name);
              break dispatch;
            }
          }
          if (oparg & 1) lp[sp++] = null;
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 55: /* LOAD_GLOBAL_MODULE */
        case 48: /* LOAD_GLOBAL_BUILTIN */ {
          const gk = frame.f_globals.ma_keys;
          let v: PyObject | null = null;
          if (gk.dk_version === get32(code, here + 3)) {
            if (opcode === 55) v = gk.dk_entries[code[here + 2]].me_value;
            else {
              const bk = frame.f_builtins.ma_keys;
              if (bk.dk_version === code[here + 5]) v = bk.dk_entries[code[here + 2]].me_value;
            }
          }
          if (v === null) {
            deoptimize(code, here, 47);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          if (oparg & 1) lp[sp++] = null;
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 39: /* LOAD_ATTR_ADAPTIVE */ {
          const owner = lp[sp - 1]!;
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_LoadAttr(owner, names[oparg], code, here);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const res = PyObject_GetAttr(owner, names[oparg]);
          if (res === null) break dispatch;
          lp[sp - 1] = res;
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 43: /* LOAD_ATTR_WITH_HINT */
        case 41: /* LOAD_ATTR_MODULE */ {
          const owner = lp[sp - 1]!;
          let v: PyObject | null = null;
          if (opcode === 43) {
            const dict = owner.ob_dict;
            if (owner.ob_type.tp_version_tag === get32(code, here + 2) && dict !== null) {
              const entries = dict.ma_keys.dk_entries;
              const ix = code[here + 4];
              if (ix < entries.length && entries[ix].me_key === names[oparg]) v = entries[ix].me_value;
            }
          } else if (owner.ob_type === PyModule_Type) {
            const keys = (owner as PyModuleObject).md_dict.ma_keys;
            if (keys.dk_version === get32(code, here + 2)) v = keys.dk_entries[code[here + 4]].me_value;
          }
          if (v === null) {
            deoptimize(code, here, 39);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          v.ob_refcnt++;
          lp[sp - 1] = v;
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 153: /* STORE_ATTR_ADAPTIVE */ {
          const owner = lp[sp - 1]!;
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_StoreAttr(owner, names[oparg], code, here);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const v = lp[sp - 2]!;
          sp -= 2;
          lp[sp] = lp[sp + 1] = null;
          const err = PyObject_SetAttr(owner, names[oparg], v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          if (err !== 0) break dispatch;
          continue;
        }
        case 159: /* STORE_ATTR_WITH_HINT */ {
          const owner = lp[sp - 1]!;
          const dict = owner.ob_dict;
          let ep: { me_key: PyObject | null; me_value: PyObject | null } | null = null;
          if (owner.ob_type.tp_version_tag === get32(code, here + 2) && dict !== null) {
            const entries = dict.ma_keys.dk_entries;
            const ix = code[here + 4];
            if (ix < entries.length && entries[ix].me_key === names[oparg] && entries[ix].me_value !== null) ep = entries[ix];
          }
          if (ep === null) {
            deoptimize(code, here, 153);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const v = lp[sp - 2]!;
          sp -= 2;
          lp[sp] = lp[sp + 1] = null;
          const old = ep.me_value!;
          ep.me_value = v;
          if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 56: /* LOAD_METHOD_ADAPTIVE */ {
          const obj = lp[sp - 1]!;
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_LoadMethod(obj, names[oparg], co, here);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const found = load_method(obj, names[oparg]);
          if (found === null) break dispatch;
          if (found === LOAD_METHOD_FOUND) {
            lp[sp - 1] = methodResult!;
            lp[sp++] = obj;
          } else {
            lp[sp - 1] = null;
            if (--obj.ob_refcnt === 0) _Py_Dealloc(obj);
            lp[sp++] = methodResult!;
          }
          methodResult = null;
          continue;
        }
        case 59: /* LOAD_METHOD_NO_DICT */
        case 62: /* LOAD_METHOD_WITH_DICT */ {
          const obj = lp[sp - 1]!;
          let ok = obj.ob_type.tp_version_tag === get32(code, here + 2);
          if (ok && opcode === 59) ok = obj.ob_dict === null;
          else if (ok) {
            // The __dict__'s keys are those that were checked not to hold the name.
            const dict = obj.ob_dict;
            ok = dict !== null && dict.ma_keys.dk_version === get32(code, here + 5);
          }
          if (!ok) {
            deoptimize(code, here, 56);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const descr = co.cache_objects![here]!;
          descr.ob_refcnt++;
          lp[sp - 1] = descr;
          lp[sp++] = obj;
          continue;
        }
        case 40: /* LOAD_ATTR_INSTANCE_VALUE */ {
          const owner = lp[sp - 1]!;
          const values = owner.ob_values;
          const res = values !== null && owner.ob_type.tp_version_tag === get32(code, here + 2) ? values.values[code[here + 4]] : null;
          if (res === null || res === undefined) {
            deoptimize(code, here, 39);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          res.ob_refcnt++;
          lp[sp - 1] = res;
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 42: /* LOAD_ATTR_SLOT */ {
          const owner = lp[sp - 1]!;
          let res: PyObject | null = null;
          if (owner.ob_type.tp_version_tag === get32(code, here + 2)) {
            const ix = code[here + 4];
            res = ix === SLOT_INDEX_OB_TYPE ? owner.ob_type : owner.ob_slots === null ? null : owner.ob_slots[ix];
          }
          if (res === null) {
            deoptimize(code, here, 39);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          res.ob_refcnt++;
          lp[sp - 1] = res;
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 154: /* STORE_ATTR_INSTANCE_VALUE */ {
          const owner = lp[sp - 1]!;
          const values = owner.ob_values;
          if (values === null || owner.ob_type.tp_version_tag !== get32(code, here + 2)) {
            deoptimize(code, here, 153);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const index = code[here + 4];
          const v = lp[sp - 2]!;
          sp -= 2;
          lp[sp] = lp[sp + 1] = null;
          const old = values.values[index];
          values.values[index] = v;
          if (old === null) _PyDictValues_AddToInsertionOrder(values, index);
          else if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 158: /* STORE_ATTR_SLOT */ {
          const owner = lp[sp - 1]!;
          if (owner.ob_type.tp_version_tag !== get32(code, here + 2)) {
            deoptimize(code, here, 153);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const slots = _PyObject_SlotsForStore(owner);
          const index = code[here + 4];
          const v = lp[sp - 2]!;
          sp -= 2;
          lp[sp] = lp[sp + 1] = null;
          const old = slots[index];
          slots[index] = v;
          if (old !== null && --old.ob_refcnt === 0) _Py_Dealloc(old);
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 63: /* LOAD_METHOD_WITH_VALUES */ {
          const obj = lp[sp - 1]!;
          const tp = obj.ob_type;
          // No __dict__, and the shared keys unchanged since they were seen without the name.
          if (tp.tp_version_tag !== get32(code, here + 2) || obj.ob_dict !== null ||
              tp.ht_cached_keys === null || tp.ht_cached_keys.dk_version !== get32(code, here + 5)) {
            deoptimize(code, here, 56);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const descr = co.cache_objects![here]!;
          descr.ob_refcnt++;
          lp[sp - 1] = descr;
          lp[sp++] = obj;
          continue;
        }
        case 17: /* BINARY_SUBSCR_ADAPTIVE */ {
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_BinarySubscr(lp[sp - 2]!, lp[sp - 1]!, code, here);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const sub = lp[sp - 1]!;
          const container = lp[sp - 2]!;
          const res = PyObject_GetItem(container, sub);
          // On error both stay on the stack (the unwinder releases them): releasing the key
          // first and taking it back would free a key that only the stack held.
          if (res === null) break dispatch;
          lp[--sp] = null;
          if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
          if (--container.ob_refcnt === 0) _Py_Dealloc(container);
          lp[sp - 1] = res;
          continue;
        }
        case 19: /* BINARY_SUBSCR_GETITEM */ {
          // A class's Python __getitem__(self, key): its frame is pushed as CALL_PY_EXACT_ARGS does.
          const sub = lp[sp - 1]!, container = lp[sp - 2]!;
          const tp = container.ob_type;
          const getitem = tp.ht_spec_getitem as PyFunctionObject | null;
          if (tp.tp_version_tag !== get32(code, here + 2) || getitem === null || getitem.func_version !== code[here + 4]) {
            deoptimize(code, here, 17);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          getitem.ob_refcnt++;
          const new_frame = _PyFrame_New(getitem.func_code_obj, getitem, getitem.func_globals, getitem.func_builtins, null);
          // The new frame takes over the stack's references to the container and the key.
          const nlp = new_frame.localsplus;
          nlp[0] = container;
          nlp[1] = sub;
          sp -= 2;
          lp[sp] = lp[sp + 1] = null;
          frame.prev_instr = here;
          frame.next_instr = next_instr;
          frame.stacktop = sp;
          new_frame.previous = frame;
          frame = new_frame;
          tstate.current_frame = frame;
          co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
          lp = frame.localsplus; sp = frame.stacktop; next_instr = 0;
          if (!enterRecursivePy(tstate)) {
            const failed = frame;
            frame = failed.previous!;
            failed.previous = null;
            clear_thread_frame(failed);
            tstate.current_frame = frame;
            co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
            lp = frame.localsplus; sp = frame.stacktop; here = frame.prev_instr; next_instr = frame.next_instr;
            break dispatch;
          }
          if (evalHooks.onFrame !== null) evalHooks.onFrame(frame);
          continue;
        }
        case 20: /* BINARY_SUBSCR_LIST_INT */
        case 21: /* BINARY_SUBSCR_TUPLE_INT */
        case 18: /* BINARY_SUBSCR_DICT */ {
          const sub = lp[sp - 1]!, container = lp[sp - 2]!;
          let res: PyObject | null = null;
          if (opcode === 18) {
            if (container.ob_type !== PyDict_Type) {
              deoptimize(code, here, 17);
              next_instr = first_instr;
              missed = true;
              continue;
            }
            res = PyDict_Type.mp_subscript!(container, sub);
            if (res === null) break dispatch;
          } else if (container.ob_type === (opcode === 20 ? PyList_Type : PyTuple_Type) && sub.ob_type === PyLong_Type) {
            const i = (sub as PyLongObject).ob_ival;
            const items = (container as PyListObject).ob_item;
            if (typeof i === "number" && i >= 0 && i < items.length) {
              res = items[i];
              res.ob_refcnt++;
            }
          }
          if (res === null) {
            deoptimize(code, here, 17);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          lp[--sp] = null;
          if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
          if (--container.ob_refcnt === 0) _Py_Dealloc(container);
          lp[sp - 1] = res;
          continue;
        }
        case 177: /* UNPACK_SEQUENCE_ADAPTIVE */ {
          if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
            _Py_Specialize_UnpackSequence(lp[sp - 1]!, oparg, code, here);
            next_instr = first_instr;
            continue;
          }
          code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          const seq = lp[--sp]!;
          lp[sp] = null;
          const items = unpack_iterable(seq, oparg, -1);
          if (--seq.ob_refcnt === 0) _Py_Dealloc(seq);
          if (items === null) break dispatch;
          for (let i = items.length - 1; i >= 0; i--) lp[sp++] = items[i];
          continue;
        }
        case 180: /* UNPACK_SEQUENCE_TWO_TUPLE */
        case 179: /* UNPACK_SEQUENCE_TUPLE */
        case 178: /* UNPACK_SEQUENCE_LIST */ {
          const seq = lp[sp - 1]!;
          if (seq.ob_type !== (opcode === 178 ? PyList_Type : PyTuple_Type) || (seq as PyTupleObject).ob_item.length !== oparg) {
            deoptimize(code, here, 177);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          lp[--sp] = null;
          const items = (seq as PyTupleObject).ob_item;
          for (let i = oparg - 1; i >= 0; i--) {
            const o = items[i];
            o.ob_refcnt++;
            lp[sp++] = o;
          }
          if (--seq.ob_refcnt === 0) _Py_Dealloc(seq);
          continue;
        }
        case 124: /* LOAD_FAST */ {
          const v = lp[oparg];
          if (v === null) {
            format_exc_unbound(co, oparg);
            break dispatch;
          }
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 100: /* LOAD_CONST */ {
          const v = consts[oparg];
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 125: /* STORE_FAST */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const old = lp[oparg];
          lp[oparg] = v;
          if (old !== null) if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          continue;
        }
        case 126: /* DELETE_FAST */ {
          const old = lp[oparg];
          if (old === null) {
            format_exc_unbound(co, oparg);
            break dispatch;
          }
          lp[oparg] = null;
          if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          continue;
        }
        case 1: /* POP_TOP */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          continue;
        }
        case 2: /* PUSH_NULL */
          lp[sp++] = null;
          continue;
        case 120: /* COPY */ {
          const v = lp[sp - oparg]!;
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 99: /* SWAP */ {
          const t = lp[sp - 1];
          lp[sp - 1] = lp[sp - oparg];
          lp[sp - oparg] = t;
          continue;
        }
        case 10: /* UNARY_POSITIVE */
        case 11: /* UNARY_NEGATIVE */
        case 15: /* UNARY_INVERT */ {
          const v = lp[sp - 1]!;
          const res = opcode === 10 ? PyNumber_Positive(v) : opcode === 11 ? PyNumber_Negative(v) : PyNumber_Invert(v);
          if (res === null) break dispatch;
          lp[sp - 1] = res;
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          continue;
        }
        case 12: /* UNARY_NOT */ {
          const v = lp[sp - 1]!;
          const err = PyObject_IsTrue(v);
          if (err < 0) break dispatch;
          const res = err === 0 ? Py_True : Py_False;
          res.ob_refcnt++;
          lp[sp - 1] = res;
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          continue;
        }
        case 122: /* BINARY_OP */ {
          const rhs = lp[sp - 1]!;
          const lhs = lp[sp - 2]!;
          const res = binary_op(lhs, rhs, oparg);
          if (res === null) break dispatch; // both operands stay on the stack for the unwinder
          lp[--sp] = null;
          if (--rhs.ob_refcnt === 0) _Py_Dealloc(rhs);
          if (--lhs.ob_refcnt === 0) _Py_Dealloc(lhs);
          lp[sp - 1] = res;
          continue;
        }
        case 26: /* COMPARE_OP_ADAPTIVE */
        case 107: /* COMPARE_OP */ {
          if (opcode === 26) {
            if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
              _Py_Specialize_CompareOp(lp[sp - 2]!, lp[sp - 1]!, code, here, oparg);
              next_instr = first_instr;
              continue;
            }
            code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          }
          const right = lp[sp - 1]!;
          const left = lp[sp - 2]!;
          const res = PyObject_RichCompare(left, right, oparg);
          if (res === null) break dispatch; // both operands stay on the stack for the unwinder
          lp[--sp] = null;
          if (--right.ob_refcnt === 0) _Py_Dealloc(right);
          if (--left.ob_refcnt === 0) _Py_Dealloc(left);
          lp[sp - 1] = res;
          continue;
        }
        case 27: /* COMPARE_OP_FLOAT_JUMP */
        case 28: /* COMPARE_OP_INT_JUMP */
        case 29: /* COMPARE_OP_STR_JUMP */ {
          // COMPARE_OP and the conditional jump after it, in one.
          const right = lp[sp - 1]!, left = lp[sp - 2]!;
          let sign: number;
          if (opcode === 28) {
            const a = (left as PyLongObject).ob_ival, b = (right as PyLongObject).ob_ival;
            if (left.ob_type !== PyLong_Type || right.ob_type !== PyLong_Type || typeof a !== "number" || typeof b !== "number"
              || a >= 0x40000000 || a <= -0x40000000 || b >= 0x40000000 || b <= -0x40000000) {
              deoptimize(code, here, 26);
              next_instr = first_instr;
              missed = true;
              continue;
            }
            sign = a > b ? 1 : a < b ? -1 : 0;
          } else if (opcode === 27) {
            if (left.ob_type !== PyFloat_Type || right.ob_type !== PyFloat_Type) {
              deoptimize(code, here, 26);
              next_instr = first_instr;
              missed = true;
              continue;
            }
            const a = (left as PyFloatObject).ob_fval, b = (right as PyFloatObject).ob_fval;
            if (a !== a || b !== b) {
              deoptimize(code, here, 26);
              next_instr = first_instr;
              missed = true;
              continue;
            }
            sign = a > b ? 1 : a < b ? -1 : 0;
          } else {
            if (left.ob_type !== PyUnicodeObject.type || right.ob_type !== PyUnicodeObject.type) {
              deoptimize(code, here, 26);
              next_instr = first_instr;
              missed = true;
              continue;
            }
            sign = left === right || (left as PyUnicodeObject).str === (right as PyUnicodeObject).str ? 0 : 1;
          }
          const jarg = code[next_instr] >>> 8;
          next_instr++;
          lp[--sp] = null;
          lp[--sp] = null;
          // Py_DECREF for the reason given at BINARY_OP_ADD_INT (small ints are never freed).
          Py_DECREF(left);
          Py_DECREF(right);
          const jump = (9 << (sign + 1)) & code[here + 2];
          if (jump !== 0) {
            if (jump >= 8) {
              next_instr -= jarg;
              if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
            } else next_instr += jarg;
          }
          continue;
        }
        case 117: /* IS_OP */ {
          const right = lp[--sp]!;
          const left = lp[sp - 1]!;
          lp[sp] = null;
          const res = (left === right) !== (oparg === 1) ? Py_True : Py_False;
          res.ob_refcnt++;
          if (--left.ob_refcnt === 0) _Py_Dealloc(left);
          if (--right.ob_refcnt === 0) _Py_Dealloc(right);
          lp[sp - 1] = res;
          continue;
        }
        case 118: /* CONTAINS_OP */ {
          const right = lp[--sp]!;
          const left = lp[sp - 1]!;
          lp[sp] = null;
          const r = PySequence_Contains(right, left);
          if (r < 0) {
            lp[sp++] = right;
            break dispatch;
          }
          if (--left.ob_refcnt === 0) _Py_Dealloc(left);
          if (--right.ob_refcnt === 0) _Py_Dealloc(right);
          const res = (r === 1) !== (oparg === 1) ? Py_True : Py_False;
          res.ob_refcnt++;
          lp[sp - 1] = res;
          continue;
        }
        case 114: /* POP_JUMP_FORWARD_IF_FALSE */
        case 115: /* POP_JUMP_FORWARD_IF_TRUE */
        case 175: /* POP_JUMP_BACKWARD_IF_FALSE */
        case 176: /* POP_JUMP_BACKWARD_IF_TRUE */ {
          const cond = lp[--sp]!;
          lp[sp] = null;
          let t: number;
          if (cond === Py_True) t = 1;
          else if (cond === Py_False) t = 0;
          else {
            t = PyObject_IsTrue(cond);
            if (t < 0) {
              lp[sp++] = cond;
              break dispatch;
            }
          }
          if (--cond.ob_refcnt === 0) _Py_Dealloc(cond);
          const jumpIf = opcode === 115 || opcode === 176 ? 1 : 0;
          if (t === jumpIf) {
            if (opcode >= 175) {
              next_instr -= oparg;
              if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
            } else next_instr += oparg;
          }
          continue;
        }
        case 128: /* POP_JUMP_FORWARD_IF_NOT_NONE */
        case 129: /* POP_JUMP_FORWARD_IF_NONE */
        case 173: /* POP_JUMP_BACKWARD_IF_NOT_NONE */
        case 174: /* POP_JUMP_BACKWARD_IF_NONE */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const isNone = v === Py_None;
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (isNone === (opcode === 129 || opcode === 174)) {
            if (opcode >= 173) {
              next_instr -= oparg;
              if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
            } else next_instr += oparg;
          }
          continue;
        }
        case 111: /* JUMP_IF_FALSE_OR_POP */
        case 112: /* JUMP_IF_TRUE_OR_POP */ {
          const cond = lp[sp - 1]!;
          const t = cond === Py_True ? 1 : cond === Py_False ? 0 : PyObject_IsTrue(cond);
          if (t < 0) break dispatch;
          if (t === (opcode === 112 ? 1 : 0)) next_instr += oparg;
          else {
            lp[--sp] = null;
            if (--cond.ob_refcnt === 0) _Py_Dealloc(cond);
          }
          continue;
        }
        case 110: /* JUMP_FORWARD */
          next_instr += oparg;
          continue;
        case 140: /* JUMP_BACKWARD */
          if (++co.co_warmup === QUICKENING_WARMUP_DELAY) _PyCode_Quicken(co);
          next_instr -= oparg;
          if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        case 134: /* JUMP_BACKWARD_NO_INTERRUPT */
          next_instr -= oparg;
          continue;
        case 116: /* LOAD_GLOBAL */ {
          const name = names[oparg >>> 1];
          let v = PyDict_GetItemWithError(frame.f_globals, name);
          if (v === null) {
            if (PyErr_Occurred()) break dispatch;
            v = PyDict_GetItemWithError(frame.f_builtins, name);
            if (v === null) {
              if (!PyErr_Occurred()) format_exc_check_arg_name(name);
              break dispatch;
            }
          }
          if (oparg & 1) lp[sp++] = null;
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 97: /* STORE_GLOBAL */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const err = PyDict_SetItem(frame.f_globals, names[oparg], v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (err !== 0) break dispatch;
          continue;
        }
        case 98: /* DELETE_GLOBAL */ {
          if (PyDict_DelItem(frame.f_globals, names[oparg]) !== 0) {
            if (PyErr_ExceptionMatches(PyExc_KeyError)) {
              PyErr_Clear();
              format_exc_check_arg_name(names[oparg]);
            }
            break dispatch;
          }
          continue;
        }
        case 101: /* LOAD_NAME */ {
          const name = names[oparg];
          const v = load_name(frame, name);
          if (v === null) break dispatch;
          lp[sp++] = v;
          continue;
        }
        case 90: /* STORE_NAME */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const locals = frame.f_locals;
          if (locals === null) {
            PyErr_SetString(PyExc_SystemError, `no locals found when storing ${reprName(names[oparg])}`);
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
            break dispatch;
          }
          const err = PyDict_CheckExact(locals) ? PyDict_SetItem(locals as PyDictObject, names[oparg], v) : PyObject_SetItem(locals, names[oparg], v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (err !== 0) break dispatch;
          continue;
        }
        case 91: /* DELETE_NAME */ {
          const locals = frame.f_locals;
          if (locals === null) {
            PyErr_SetString(PyExc_SystemError, `no locals when deleting ${reprName(names[oparg])}`);
            break dispatch;
          }
          if (PyObject_DelItem(locals, names[oparg]) !== 0) {
            PyErr_Clear();
            format_exc_check_arg_name(names[oparg]);
            break dispatch;
          }
          continue;
        }
        case 135: /* MAKE_CELL */ {
          const initial = lp[oparg];
          const cell = PyCell_New(initial);
          if (initial !== null) if (--initial.ob_refcnt === 0) _Py_Dealloc(initial);
          lp[oparg] = cell;
          continue;
        }
        case 136: /* LOAD_CLOSURE */ {
          const v = lp[oparg];
          if (v === null) {
            format_exc_unbound(co, oparg);
            break dispatch;
          }
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 137: /* LOAD_DEREF */ {
          const cell = lp[oparg] as PyCellObject;
          const v = cell.ob_ref;
          if (v === null) {
            format_exc_unbound(co, oparg);
            break dispatch;
          }
          v.ob_refcnt++;
          lp[sp++] = v;
          continue;
        }
        case 138: /* STORE_DEREF */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const cell = lp[oparg] as PyCellObject;
          const old = cell.ob_ref;
          cell.ob_ref = v;
          if (old !== null) if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          continue;
        }
        case 139: /* DELETE_DEREF */ {
          const cell = lp[oparg] as PyCellObject;
          const old = cell.ob_ref;
          if (old === null) {
            format_exc_unbound(co, oparg);
            break dispatch;
          }
          cell.ob_ref = null;
          if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          continue;
        }
        case 148: /* LOAD_CLASSDEREF */ {
          const name = co.localsplusnames()[oparg];
          const locals = frame.f_locals!;
          let v: PyObject | null;
          if (PyDict_CheckExact(locals)) {
            v = PyDict_GetItemWithError(locals as PyDictObject, name);
            if (v !== null) v.ob_refcnt++;
            else if (PyErr_Occurred()) break dispatch;
          } else {
            v = PyObject_GetItem(locals, name);
            if (v === null) {
              if (!PyErr_ExceptionMatches(PyExc_KeyError)) break dispatch;
              PyErr_Clear();
            }
          }
          if (v === null) {
            v = (lp[oparg] as PyCellObject).ob_ref;
            if (v === null) {
              format_exc_unbound(co, oparg);
              break dispatch;
            }
            v.ob_refcnt++;
          }
          lp[sp++] = v;
          continue;
        }
        case 149: /* COPY_FREE_VARS */ {
          const closure = frame.f_func!.func_closure!.ob_item;
          const offset = co.co.co_localsplusnames.length - oparg;
          for (let i = 0; i < oparg; i++) {
            const o = closure[i];
            o.ob_refcnt++;
            lp[offset + i] = o;
          }
          continue;
        }
        case 106: /* LOAD_ATTR */ {
          const owner = lp[sp - 1]!;
          const res = PyObject_GetAttr(owner, names[oparg]);
          if (res === null) break dispatch;
          lp[sp - 1] = res;
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          continue;
        }
        case 160: /* LOAD_METHOD */ {
          const obj = lp[sp - 1]!;
          const found = load_method(obj, names[oparg]);
          if (found === null) break dispatch;
          if (found === LOAD_METHOD_FOUND) {
            // [meth, self]
            lp[sp - 1] = methodResult!;
            lp[sp++] = obj;
          } else {
            lp[sp - 1] = null;
            if (--obj.ob_refcnt === 0) _Py_Dealloc(obj);
            lp[sp++] = methodResult!;
          }
          methodResult = null;
          continue;
        }
        case 95: /* STORE_ATTR */ {
          const owner = lp[--sp]!;
          const v = lp[--sp]!;
          lp[sp] = lp[sp + 1] = null;
          const err = PyObject_SetAttr(owner, names[oparg], v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          if (err !== 0) break dispatch;
          continue;
        }
        case 96: /* DELETE_ATTR */ {
          const owner = lp[--sp]!;
          lp[sp] = null;
          const err = PyObject_SetAttr(owner, names[oparg], null);
          if (--owner.ob_refcnt === 0) _Py_Dealloc(owner);
          if (err !== 0) break dispatch;
          continue;
        }
        case 25: /* BINARY_SUBSCR */ {
          const sub = lp[sp - 1]!;
          const container = lp[sp - 2]!;
          const res = PyObject_GetItem(container, sub);
          // On error both stay on the stack (the unwinder releases them): releasing the key
          // first and taking it back would free a key that only the stack held.
          if (res === null) break dispatch;
          lp[--sp] = null;
          if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
          if (--container.ob_refcnt === 0) _Py_Dealloc(container);
          lp[sp - 1] = res;
          continue;
        }
        case 168: /* STORE_SUBSCR_ADAPTIVE */
        case 60: /* STORE_SUBSCR */ {
          if (opcode === 168) {
            if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
              _Py_Specialize_StoreSubscr(lp[sp - 2]!, lp[sp - 1]!, code, here);
              next_instr = first_instr;
              continue;
            }
            code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          }
          const sub = lp[--sp]!;
          const container = lp[--sp]!;
          const v = lp[--sp]!;
          lp[sp] = lp[sp + 1] = lp[sp + 2] = null;
          const err = PyObject_SetItem(container, sub, v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (--container.ob_refcnt === 0) _Py_Dealloc(container);
          if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
          if (err !== 0) break dispatch;
          continue;
        }
        case 170: /* STORE_SUBSCR_LIST_INT */
        case 169: /* STORE_SUBSCR_DICT */ {
          const sub = lp[sp - 1]!, container = lp[sp - 2]!, v = lp[sp - 3]!;
          if (opcode === 169) {
            if (container.ob_type !== PyDict_Type) {
              deoptimize(code, here, 168);
              next_instr = first_instr;
              missed = true;
              continue;
            }
            sp -= 3;
            lp[sp] = lp[sp + 1] = lp[sp + 2] = null;
            const err = PyDict_SetItem(container as PyDictObject, sub, v);
            if (--v.ob_refcnt === 0) _Py_Dealloc(v);
            if (--container.ob_refcnt === 0) _Py_Dealloc(container);
            if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
            if (err !== 0) break dispatch;
            continue;
          }
          const i = (sub as PyLongObject).ob_ival;
          const items = container.ob_type === PyList_Type && sub.ob_type === PyLong_Type ? (container as PyListObject).ob_item : null;
          if (items === null || typeof i !== "number" || i < 0 || i >= items.length) {
            deoptimize(code, here, 168);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          sp -= 3;
          lp[sp] = lp[sp + 1] = lp[sp + 2] = null;
          const old = items[i];
          items[i] = v;
          if (--old.ob_refcnt === 0) _Py_Dealloc(old);
          if (--container.ob_refcnt === 0) _Py_Dealloc(container);
          if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
          continue;
        }
        case 61: /* DELETE_SUBSCR */ {
          const sub = lp[--sp]!;
          const container = lp[--sp]!;
          lp[sp] = lp[sp + 1] = null;
          const err = PyObject_DelItem(container, sub);
          if (--container.ob_refcnt === 0) _Py_Dealloc(container);
          if (--sub.ob_refcnt === 0) _Py_Dealloc(sub);
          if (err !== 0) break dispatch;
          continue;
        }
        case 102: /* BUILD_TUPLE */ {
          const items = lp.slice(sp - oparg, sp) as PyObject[];
          for (let i = sp - oparg; i < sp; i++) lp[i] = null;
          sp -= oparg;
          lp[sp++] = _PyTuple_FromArraySteal(items);
          continue;
        }
        case 103: /* BUILD_LIST */ {
          const items = lp.slice(sp - oparg, sp) as PyObject[];
          for (let i = sp - oparg; i < sp; i++) lp[i] = null;
          sp -= oparg;
          lp[sp++] = _PyList_FromArraySteal(items);
          continue;
        }
        case 104: /* BUILD_SET */ {
          const set = PySet_New(null);
          if (set === null) break dispatch;
          let err = 0;
          for (let i = sp - oparg; i < sp; i++) {
            const item = lp[i]!;
            if (err === 0) err = PySet_Add(set, item);
            if (--item.ob_refcnt === 0) _Py_Dealloc(item);
            lp[i] = null;
          }
          sp -= oparg;
          if (err !== 0) {
            if (--set.ob_refcnt === 0) _Py_Dealloc(set);
            break dispatch;
          }
          lp[sp++] = set;
          continue;
        }
        case 105: /* BUILD_MAP */ {
          const map = PyDict_New();
          let err = 0;
          for (let i = sp - 2 * oparg; i < sp; i += 2) {
            if (err === 0) err = PyDict_SetItem(map, lp[i]!, lp[i + 1]!);
          }
          for (let i = sp - 2 * oparg; i < sp; i++) {
            Py_DECREF(lp[i]!);
            lp[i] = null;
          }
          sp -= 2 * oparg;
          if (err !== 0) {
            if (--map.ob_refcnt === 0) _Py_Dealloc(map);
            break dispatch;
          }
          lp[sp++] = map;
          continue;
        }
        case 156: /* BUILD_CONST_KEY_MAP */ {
          const keys = lp[--sp]! as PyTupleObject;
          lp[sp] = null;
          const map = PyDict_New();
          let err = 0;
          for (let i = 0; i < oparg; i++) {
            if (err === 0) err = PyDict_SetItem(map, keys.ob_item[i], lp[sp - oparg + i]!);
          }
          for (let i = sp - oparg; i < sp; i++) {
            Py_DECREF(lp[i]!);
            lp[i] = null;
          }
          sp -= oparg;
          if (--keys.ob_refcnt === 0) _Py_Dealloc(keys);
          if (err !== 0) {
            if (--map.ob_refcnt === 0) _Py_Dealloc(map);
            break dispatch;
          }
          lp[sp++] = map;
          continue;
        }
        case 157: /* BUILD_STRING */ {
          let s = "";
          for (let i = sp - oparg; i < sp; i++) s += (lp[i] as PyUnicodeObject).str;
          for (let i = sp - oparg; i < sp; i++) {
            Py_DECREF(lp[i]!);
            lp[i] = null;
          }
          sp -= oparg;
          lp[sp++] = _PyUnicode_NewFromString(s); // _PyUnicode_JoinArray: a new object
          continue;
        }
        case 133: /* BUILD_SLICE */ {
          const step = oparg === 3 ? lp[--sp]! : null;
          const stop = lp[--sp]!;
          const start = lp[sp - 1]!;
          const slice = PySlice_New(start, stop, step);
          if (--start.ob_refcnt === 0) _Py_Dealloc(start);
          if (--stop.ob_refcnt === 0) _Py_Dealloc(stop);
          if (step !== null) if (--step.ob_refcnt === 0) _Py_Dealloc(step);
          lp[sp] = null;
          if (oparg === 3) lp[sp + 1] = null;
          lp[sp - 1] = slice;
          continue;
        }
        case 145: /* LIST_APPEND */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const list = lp[sp - oparg] as PyListObject;
          const err = PyList_Append(list, v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (err < 0) break dispatch;
          continue;
        }
        case 146: /* SET_ADD */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const err = PySet_Add(lp[sp - oparg]!, v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (err !== 0) break dispatch;
          continue;
        }
        case 147: /* MAP_ADD */ {
          const value = lp[--sp]!;
          const key = lp[--sp]!;
          lp[sp] = lp[sp + 1] = null;
          const err = PyDict_SetItem(lp[sp - oparg] as PyDictObject, key, value);
          if (--key.ob_refcnt === 0) _Py_Dealloc(key);
          if (--value.ob_refcnt === 0) _Py_Dealloc(value);
          if (err !== 0) break dispatch;
          continue;
        }
        case 162: /* LIST_EXTEND */ {
          const iterable = lp[--sp]!;
          lp[sp] = null;
          const list = lp[sp - oparg] as PyListObject;
          const none_val = list_extend(list, iterable);
          if (none_val === null) {
            if (PyErr_ExceptionMatches(PyExc_TypeError) && iterable.ob_type.tp_iter === null && !PySequence_Check(iterable)) {
              PyErr_Clear();
              PyErr_SetString(PyExc_TypeError, `Value after * must be an iterable, not ${_PyType_Name(iterable.ob_type)}`);
            }
            if (--iterable.ob_refcnt === 0) _Py_Dealloc(iterable);
            break dispatch;
          }
          if (--none_val.ob_refcnt === 0) _Py_Dealloc(none_val);
          if (--iterable.ob_refcnt === 0) _Py_Dealloc(iterable);
          continue;
        }
        case 163: /* SET_UPDATE */ {
          const iterable = lp[--sp]!;
          lp[sp] = null;
          const err = _PySet_Update(lp[sp - oparg]!, iterable);
          if (--iterable.ob_refcnt === 0) _Py_Dealloc(iterable);
          if (err < 0) break dispatch;
          continue;
        }
        case 165: /* DICT_UPDATE */ {
          const update = lp[--sp]!;
          lp[sp] = null;
          const dict = lp[sp - oparg] as PyDictObject;
          if (PyDict_Update(dict, update) < 0) {
            if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
              PyErr_Clear();
              PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(update.ob_type)}' object is not a mapping`);
            }
            if (--update.ob_refcnt === 0) _Py_Dealloc(update);
            break dispatch;
          }
          if (--update.ob_refcnt === 0) _Py_Dealloc(update);
          continue;
        }
        case 164: /* DICT_MERGE */ {
          const update = lp[--sp]!;
          lp[sp] = null;
          const dict = lp[sp - oparg] as PyDictObject;
          if (_PyDict_MergeEx(dict, update, 2) < 0) {
            format_kwargs_error(lp[sp - oparg - 2]!, update);
            if (--update.ob_refcnt === 0) _Py_Dealloc(update);
            break dispatch;
          }
          if (--update.ob_refcnt === 0) _Py_Dealloc(update);
          continue;
        }
        case 82: /* LIST_TO_TUPLE */ {
          const list = lp[sp - 1] as PyListObject;
          const t = _PyTuple_FromArraySteal(list.ob_item.slice());
          for (const o of list.ob_item) o.ob_refcnt++;
          if (--list.ob_refcnt === 0) _Py_Dealloc(list);
          lp[sp - 1] = t;
          continue;
        }
        case 92: /* UNPACK_SEQUENCE */ {
          const seq = lp[--sp]!;
          lp[sp] = null;
          if ((PyTuple_CheckExact(seq) || PyList_CheckExact(seq)) && (seq as PyTupleObject).ob_item.length === oparg) {
            const items = (seq as PyTupleObject).ob_item;
            for (let i = oparg - 1; i >= 0; i--) {
              const o = items[i];
              o.ob_refcnt++;
              lp[sp++] = o;
            }
            if (--seq.ob_refcnt === 0) _Py_Dealloc(seq);
            continue;
          }
          const items = unpack_iterable(seq, oparg, -1);
          if (--seq.ob_refcnt === 0) _Py_Dealloc(seq);
          if (items === null) break dispatch;
          for (let i = items.length - 1; i >= 0; i--) lp[sp++] = items[i];
          continue;
        }
        case 94: /* UNPACK_EX */ {
          const seq = lp[--sp]!;
          lp[sp] = null;
          const items = unpack_iterable(seq, oparg & 0xff, oparg >> 8);
          if (--seq.ob_refcnt === 0) _Py_Dealloc(seq);
          if (items === null) break dispatch;
          for (let i = items.length - 1; i >= 0; i--) lp[sp++] = items[i];
          continue;
        }
        case 68: /* GET_ITER */ {
          const iterable = lp[sp - 1]!;
          const iter = PyObject_GetIter(iterable);
          if (iter === null) break dispatch;
          if (--iterable.ob_refcnt === 0) _Py_Dealloc(iterable);
          lp[sp - 1] = iter;
          continue;
        }
        case 69: /* GET_YIELD_FROM_ITER */ {
          const iterable = lp[sp - 1]!;
          if (iterable.ob_type === PyCoro_Type) {
            if (!(co.co.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
              PyErr_SetString(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
              break dispatch;
            }
          } else if (iterable.ob_type !== PyGen_Type) {
            const iter = PyObject_GetIter(iterable);
            if (iter === null) break dispatch;
            if (--iterable.ob_refcnt === 0) _Py_Dealloc(iterable);
            lp[sp - 1] = iter;
          }
          continue;
        }
        case 93: /* FOR_ITER */ {
          const iter = lp[sp - 1]!;
          if (iter.ob_type === PyGen_Type && canResumeInline(iter as PyGenObject) && tstate.c_tracefunc === null) {
            // Resume the generator's frame on top of this one (FOR_ITER_GEN). Not while
            // tracing: the trace function must see `return value` as a StopIteration.
            Py_None.ob_refcnt++;
            frame.prev_instr = here;
            frame.next_instr = next_instr;
            frame.stacktop = sp;
            frame.resume_oparg = oparg;
            const gf = pushGenFrame(tstate, iter as PyGenObject, frame, Py_None);
            frame = gf;
            co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
            lp = frame.localsplus; sp = frame.stacktop; next_instr = frame.next_instr;
            if (!enterRecursivePy(tstate)) break dispatch;
            continue;
          }
          const next = iter.ob_type.tp_iternext!(iter);
          if (next !== null) {
            lp[sp++] = next;
            continue;
          }
          if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration)) break dispatch;
            if (tstate.c_tracefunc !== null) call_exc_trace(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame);
            PyErr_Clear();
          }
          lp[--sp] = null;
          if (--iter.ob_refcnt === 0) _Py_Dealloc(iter);
          next_instr += oparg;
          continue;
        }
        case 123: /* SEND */ {
          const v = lp[--sp]!;
          lp[sp] = null;
          const receiver = lp[sp - 1]!;
          if ((receiver.ob_type === PyGen_Type || receiver.ob_type === PyCoro_Type) && canResumeInline(receiver as PyGenObject) &&
              tstate.c_tracefunc === null) {
            frame.prev_instr = here;
            frame.next_instr = next_instr;
            frame.stacktop = sp;
            frame.resume_oparg = oparg;
            const gf = pushGenFrame(tstate, receiver as PyGenObject, frame, v);
            frame = gf;
            co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
            lp = frame.localsplus; sp = frame.stacktop; next_instr = frame.next_instr;
            if (!enterRecursivePy(tstate)) break dispatch;
            continue;
          }
          const r = tstate.c_tracefunc === null ? send_fallback(receiver, v) : send_traced(tstate, frame, receiver, v);
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          if (r === null) break dispatch;
          if (r.returned) {
            lp[sp - 1] = r.value;
            if (--receiver.ob_refcnt === 0) _Py_Dealloc(receiver);
            next_instr += oparg;
          } else {
            lp[sp++] = r.value;
          }
          continue;
        }
        case 131: /* GET_AWAITABLE */ {
          const iterable = lp[sp - 1]!;
          const iter = _PyCoro_GetAwaitableIter(iterable);
          if (iter === null) {
            format_awaitable_error(iterable.ob_type, oparg);
            break dispatch;
          }
          if (iter.ob_type === PyCoro_Type) {
            const yf = _PyGen_yf(iter as PyGenObject);
            if (yf !== null) {
              if (--yf.ob_refcnt === 0) _Py_Dealloc(yf);
              if (--iter.ob_refcnt === 0) _Py_Dealloc(iter);
              PyErr_SetString(PyExc_RuntimeError, "coroutine is being awaited already");
              break dispatch;
            }
          }
          if (--iterable.ob_refcnt === 0) _Py_Dealloc(iterable);
          lp[sp - 1] = iter;
          continue;
        }
        case 132: /* MAKE_FUNCTION */ {
          const codeobj = lp[--sp]! as PyCodeObjectWrapper;
          lp[sp] = null;
          const func = PyFunction_NewWithQualName(codeobj, frame.f_globals, null, frame.f_builtins);
          if (--codeobj.ob_refcnt === 0) _Py_Dealloc(codeobj);
          if (oparg & 0x08) {
            func.func_closure = lp[--sp] as PyTupleObject;
            lp[sp] = null;
          }
          if (oparg & 0x04) {
            func.func_annotations = lp[--sp];
            lp[sp] = null;
          }
          if (oparg & 0x02) {
            func.func_kwdefaults = lp[--sp] as PyDictObject;
            lp[sp] = null;
          }
          if (oparg & 0x01) {
            func.func_defaults = lp[--sp] as PyTupleObject;
            lp[sp] = null;
          }
          lp[sp++] = func;
          continue;
        }
        case 172: /* KW_NAMES */
          kwnames = consts[oparg] as PyTupleObject;
          continue;
        case 64: /* PRECALL_ADAPTIVE */
        case 166: /* PRECALL */ {
          if (opcode === 64) {
            if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
              const m = lp[sp - oparg - 2] !== null ? 1 : 0;
              _Py_Specialize_Precall(lp[sp - oparg - 1 - m]!, oparg + m, kwnames, code, here, oparg);
              next_instr = first_instr;
              continue;
            }
            code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          }
          const is_meth = lp[sp - oparg - 2] !== null;
          const fn = lp[sp - oparg - 1]!;
          if (!is_meth && fn.ob_type === PyMethod_Type) {
            const m = fn as PyMethodObject;
            Py_INCREF(m.im_func);
            Py_INCREF(m.im_self);
            lp[sp - oparg - 1] = m.im_self;
            lp[sp - oparg - 2] = m.im_func;
            if (--fn.ob_refcnt === 0) _Py_Dealloc(fn);
          }
          continue;
        }
        case 143: /* PRECALL_PYFUNC */ {
          const fn = lp[sp - oparg - 1 - (lp[sp - oparg - 2] !== null ? 1 : 0)]!;
          if (fn.ob_type !== PyFunction_Type) {
            deoptimize(code, here, 64);
            next_instr = first_instr;
            missed = true;
          }
          continue;
        }
        case 65: /* PRECALL_BOUND_METHOD */ {
          const fn = lp[sp - oparg - 1]!;
          if (lp[sp - oparg - 2] !== null || fn.ob_type !== PyMethod_Type) {
            deoptimize(code, here, 64);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const m = fn as PyMethodObject;
          m.im_func.ob_refcnt++;
          m.im_self.ob_refcnt++;
          lp[sp - oparg - 1] = m.im_self;
          lp[sp - oparg - 2] = m.im_func;
          if (--fn.ob_refcnt === 0) _Py_Dealloc(fn);
          continue;
        }
        case 79: /* PRECALL_NO_KW_LIST_APPEND */ {
          // [list.append, list, arg]: the call, the CALL and the POP_TOP after it in one.
          const list = lp[sp - 2]!;
          if (lp[sp - 3] !== callable_cache_list_append() || !PyList_Check(list) || kwnames !== null) {
            deoptimize(code, here, 64);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const arg = lp[--sp]!;
          lp[sp] = null;
          const err = PyList_Append(list, arg);
          if (--arg.ob_refcnt === 0) _Py_Dealloc(arg);
          next_instr += 1 + 4 + 1;
          if (err < 0) break dispatch;
          const callable = lp[sp - 2]!;
          lp[--sp] = null;
          lp[--sp] = null;
          if (--list.ob_refcnt === 0) _Py_Dealloc(list);
          if (--callable.ob_refcnt === 0) _Py_Dealloc(callable);
          continue;
        }
        case 66: /* PRECALL_BUILTIN_CLASS */
        case 67: /* PRECALL_BUILTIN_FAST_WITH_KEYWORDS */
        case 72: /* PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS */
        case 73: /* PRECALL_NO_KW_BUILTIN_FAST */
        case 76: /* PRECALL_NO_KW_BUILTIN_O */
        case 77: /* PRECALL_NO_KW_ISINSTANCE */
        case 78: /* PRECALL_NO_KW_LEN */
        case 80: /* PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST */
        case 81: /* PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS */
        case 113: /* PRECALL_NO_KW_METHOD_DESCRIPTOR_O */
        case 121: /* PRECALL_NO_KW_STR_1 */
        case 127: /* PRECALL_NO_KW_TUPLE_1 */
        case 141: /* PRECALL_NO_KW_TYPE_1 */ {
          // The whole call of a builtin, then past the CALL (SKIP_CALL).
          const is_meth = lp[sp - oparg - 2] !== null ? 1 : 0;
          const total_args = oparg + is_meth;
          const argstart = sp - total_args;
          frame.stacktop = sp;
          const res = precall_builtin(opcode, lp[argstart - 1]!, lp as PyObject[], argstart, total_args, kwnames);
          if (res === DEOPT) {
            deoptimize(code, here, 64);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          kwnames = null;
          for (let i = argstart - 1; i < sp; i++) {
            const o = lp[i]!;
            lp[i] = null;
            if (--o.ob_refcnt === 0) _Py_Dealloc(o);
          }
          sp = argstart - 1 - (1 - is_meth);
          next_instr += 1 + 4;
          if (res === null) break dispatch;
          lp[sp++] = res;
          if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        }
        case 23: /* CALL_PY_EXACT_ARGS */
        case 24: /* CALL_PY_WITH_DEFAULTS */ {
          const is_meth = lp[sp - oparg - 2] !== null ? 1 : 0;
          const total_args = oparg + is_meth;
          const fn = lp[sp - total_args - 1]!;
          const argcount = fn.ob_type === PyFunction_Type ? (fn as PyFunctionObject).func_code.co_argcount : -1;
          if (argcount < 0 || kwnames !== null || (fn as PyFunctionObject).func_version !== get32(code, here + 2)
            || (opcode === 23 ? argcount !== total_args : total_args > argcount || total_args < code[here + 4])) {
            deoptimize(code, here, 22);
            next_instr = first_instr;
            missed = true;
            continue;
          }
          const func = fn as PyFunctionObject;
          const new_frame = _PyFrame_New(func.func_code_obj, func, func.func_globals, func.func_builtins, null);
          const argstart = sp - total_args;
          const nlp = new_frame.localsplus;
          // The new frame takes over the arguments' and the function's references.
          for (let i = 0; i < total_args; i++) {
            nlp[i] = lp[argstart + i];
            lp[argstart + i] = null;
          }
          if (opcode === 24) {
            const min_args = code[here + 4];
            const defaults = func.func_defaults!.ob_item;
            for (let i = total_args; i < argcount; i++) {
              const def = defaults[i - min_args];
              def.ob_refcnt++;
              nlp[i] = def;
            }
          }
          lp[argstart - 1] = null;
          sp = argstart - 1 - (1 - is_meth);
          frame.prev_instr = here;
          frame.next_instr = next_instr;
          frame.stacktop = sp;
          new_frame.previous = frame;
          frame = new_frame;
          tstate.current_frame = frame;
          co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
          lp = frame.localsplus; sp = frame.stacktop; next_instr = 0;
          if (!enterRecursivePy(tstate)) {
            // Too deep: the new frame never starts; the error is the caller's (exit_unwind).
            const failed = frame;
            frame = failed.previous!;
            failed.previous = null;
            clear_thread_frame(failed);
            tstate.current_frame = frame;
            co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
            lp = frame.localsplus; sp = frame.stacktop; here = frame.prev_instr; next_instr = frame.next_instr;
            break dispatch;
          }
          if (evalHooks.onFrame !== null) evalHooks.onFrame(frame);
          continue;
        }
        case 22: /* CALL_ADAPTIVE */
        case 171: /* CALL */ {
          let is_meth = lp[sp - oparg - 2] !== null ? 1 : 0;
          let fn = lp[sp - oparg - 1]!;
          if (!is_meth && fn.ob_type === PyMethod_Type) {
            const m = fn as PyMethodObject;
            Py_INCREF(m.im_func);
            Py_INCREF(m.im_self);
            lp[sp - oparg - 1] = m.im_self;
            lp[sp - oparg - 2] = m.im_func;
            if (--fn.ob_refcnt === 0) _Py_Dealloc(fn);
            is_meth = 1;
          }
          const total_args = oparg + is_meth;
          fn = lp[sp - total_args - 1]!;
          if (opcode === 22) {
            if (code[here + 1] < 16 /* ADAPTIVE_COUNTER_IS_ZERO */) {
              _Py_Specialize_Call(fn, total_args, kwnames, code, here);
              next_instr = first_instr;
              continue;
            }
            code[here + 1] -= 16; // DECREMENT_ADAPTIVE_COUNTER
          }
          const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
          const positional_args = total_args - nkw;
          const argstart = sp - total_args;
          if (fn.ob_type === PyFunction_Type) {
            // Push the callee's frame and continue there (no JavaScript recursion).
            const func = fn as PyFunctionObject;
            const locals = func.func_code.co_flags & CO_OPTIMIZED ? null : func.func_globals;
            if (locals !== null) locals.ob_refcnt++;
            const new_frame = _PyEvalFramePushAndInit(tstate, func, locals, lp as PyObject[], argstart, positional_args, kwnames);
            kwnames = null;
            // The frame took its own references: release the stack's.
            for (let i = argstart - 1 - (1 - is_meth); i < sp; i++) {
              const o = lp[i];
              if (o !== null) if (--o.ob_refcnt === 0) _Py_Dealloc(o);
              lp[i] = null;
            }
            sp = argstart - 1 - (1 - is_meth);
            if (new_frame === null) break dispatch;
            frame.prev_instr = here;
            frame.next_instr = next_instr;
            frame.stacktop = sp;
            new_frame.previous = frame;
            frame = new_frame;
            tstate.current_frame = frame;
            co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
            lp = frame.localsplus; sp = frame.stacktop; next_instr = 0;
            if (!enterRecursivePy(tstate)) {
              // Too deep: the new frame never starts; the error is the caller's (exit_unwind).
              const failed = frame;
              frame = failed.previous!;
              failed.previous = null;
              clear_thread_frame(failed);
              tstate.current_frame = frame;
              co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
              lp = frame.localsplus; sp = frame.stacktop; here = frame.prev_instr; next_instr = frame.next_instr;
              break dispatch;
            }
            if (evalHooks.onFrame !== null) evalHooks.onFrame(frame);
            continue;
          }
          const args = lp.slice(argstart, sp) as PyObject[];
          frame.prev_instr = here;
          frame.stacktop = sp;
          const res = tstate.use_tracing ? trace_call_function(tstate, frame, fn, args, kwnames) : PyObject_Vectorcall(fn, args, kwnames);
          kwnames = null;
          for (let i = argstart - 1 - (1 - is_meth); i < sp; i++) {
            const o = lp[i];
            if (o !== null) if (--o.ob_refcnt === 0) _Py_Dealloc(o);
            lp[i] = null;
          }
          sp = argstart - 1 - (1 - is_meth);
          if (res === null) break dispatch;
          lp[sp++] = res;
          if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        }
        case 142: /* CALL_FUNCTION_EX */ {
          let kwargs: PyObject | null = null;
          if (oparg & 1) {
            kwargs = lp[--sp];
            lp[sp] = null;
          }
          const callargs = lp[--sp]!;
          lp[sp] = null;
          const func = lp[sp - 1]!;
          let argsTuple: PyObject | null = callargs;
          if (!PyTuple_CheckExact(callargs)) {
            if (check_args_iterable(func, callargs) < 0) {
              if (--callargs.ob_refcnt === 0) _Py_Dealloc(callargs);
              Py_XDECREF(kwargs);
              break dispatch;
            }
            argsTuple = PySequence_Tuple(callargs);
            if (--callargs.ob_refcnt === 0) _Py_Dealloc(callargs);
            if (argsTuple === null) {
              Py_XDECREF(kwargs);
              break dispatch;
            }
          }
          frame.prev_instr = here;
          frame.stacktop = sp;
          const res = tstate.use_tracing ? trace_call_core(tstate, frame, func, argsTuple as PyTupleObject, kwargs)
            : PyObject_Call(func, argsTuple, kwargs);
          if (--argsTuple.ob_refcnt === 0) _Py_Dealloc(argsTuple);
          Py_XDECREF(kwargs);
          lp[--sp] = null;
          if (--func.ob_refcnt === 0) _Py_Dealloc(func);
          // Below the function sits the NULL that PUSH_NULL left.
          if (res === null) {
            lp[--sp] = null;
            break dispatch;
          }
          lp[sp - 1] = res;
          if (_PyCeval.eval_breaker[0] !== 0 && _Py_HandlePending(tstate) !== 0) break dispatch;
          continue;
        }
        case 83: /* RETURN_VALUE */ {
          retval = lp[--sp]!;
          lp[sp] = null;
          frame.stacktop = sp;
          if (tstate.use_tracing && trace_function_exit(tstate, frame, retval) !== 0) {
            if (--retval.ob_refcnt === 0) _Py_Dealloc(retval);
            retval = null;
            exitUnwind = true;
            break dispatch;
          }
          tstate.recursion_depth--;
          if (frame.owner === FRAME_OWNED_BY_GENERATOR) {
            const gen = frame.gen!;
            gen.gi_frame_state = FRAME_COMPLETED;
            tstate.exc_info = gen.gi_exc_state.previous_item!;
            gen.gi_exc_state.previous_item = null;
            clear_thread_frame(frame);
            frame.f_func = null;
          } else {
            // A frame nothing else refers to goes back to the free list once unlinked.
            recycle = frame.frame_obj === null && evalHooks.onFrame === null && !stepping;
            clear_thread_frame(frame);
          }
          if (frame.is_entry) {
            tstate.current_frame = frame.previous;
            frame.previous = null;
            if (recycle) _PyFrame_Recycle(frame);
            return retval;
          }
          const genFrame = frame.owner === FRAME_OWNED_BY_GENERATOR;
          const caller = frame.previous!;
          frame.previous = null;
          if (recycle) {
            recycle = false;
            _PyFrame_Recycle(frame);
          }
          frame = caller;
          tstate.current_frame = frame;
          co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
          lp = frame.localsplus; sp = frame.stacktop; next_instr = frame.next_instr; here = frame.prev_instr;
          if (genFrame) {
            // The generator finished inside FOR_ITER or SEND of this frame.
            const op = code[here] & 255;
            if (op === 93 /* FOR_ITER */) {
              if (--retval.ob_refcnt === 0) _Py_Dealloc(retval);
              const iter = lp[--sp]!;
              lp[sp] = null;
              if (--iter.ob_refcnt === 0) _Py_Dealloc(iter);
              next_instr += frame.resume_oparg;
            } else {
              const receiver = lp[sp - 1]!;
              lp[sp - 1] = retval;
              if (--receiver.ob_refcnt === 0) _Py_Dealloc(receiver);
              next_instr += frame.resume_oparg;
            }
          } else {
            lp[sp++] = retval;
          }
          retval = null;
          continue;
        }
        case 75: /* RETURN_GENERATOR */ {
          const gen = _Py_MakeCoro(frame.f_func!);
          if (gen === null) break dispatch;
          frame.owner = FRAME_OWNED_BY_GENERATOR;
          frame.gen = gen;
          gen.gi_iframe = frame;
          gen.gi_frame_state = FRAME_CREATED;
          frame.next_instr = next_instr;
          frame.prev_instr = here;
          frame.stacktop = sp;
          // The generator keeps the function's parts; the frame no longer holds the function.
          tstate.recursion_depth--;
          const caller = frame.previous;
          frame.previous = null;
          if (frame.is_entry) {
            frame.is_entry = false;
            tstate.current_frame = caller;
            return gen;
          }
          frame = caller!;
          tstate.current_frame = frame;
          co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
          lp = frame.localsplus; sp = frame.stacktop; next_instr = frame.next_instr;
          lp[sp++] = gen;
          continue;
        }
        case 86: /* YIELD_VALUE */ {
          const value = lp[--sp]!;
          lp[sp] = null;
          const gen = frame.gen!;
          gen.gi_frame_state = FRAME_SUSPENDED;
          frame.stacktop = sp;
          frame.prev_instr = here;
          frame.next_instr = next_instr;
          if (tstate.use_tracing && trace_function_exit(tstate, frame, value) !== 0) {
            if (--value.ob_refcnt === 0) _Py_Dealloc(value);
            exitUnwind = true;
            break dispatch;
          }
          tstate.recursion_depth--;
          tstate.exc_info = gen.gi_exc_state.previous_item!;
          gen.gi_exc_state.previous_item = null;
          const caller = frame.previous;
          frame.previous = null;
          if (frame.is_entry) {
            tstate.current_frame = caller;
            return value;
          }
          frame = caller!;
          tstate.current_frame = frame;
          co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
          lp = frame.localsplus; sp = frame.stacktop; next_instr = frame.next_instr;
          lp[sp++] = value;
          continue;
        }
        case 87: /* ASYNC_GEN_WRAP */ {
          const v = lp[sp - 1]!;
          const w = _PyAsyncGenValueWrapperNew(v);
          if (w === null) break dispatch;
          if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          lp[sp - 1] = w;
          continue;
        }
        case 130: /* RAISE_VARARGS */ {
          let cause: PyObject | null = null, exc: PyObject | null = null;
          if (oparg === 2) {
            cause = lp[--sp];
            lp[sp] = null;
          }
          if (oparg >= 1) {
            exc = lp[--sp];
            lp[sp] = null;
          }
          if (do_raise(tstate, exc, cause)) {
            // A bare `raise` re-raises: no new traceback entry (goto exception_unwind).
            errorPending = true;
            reraise = true;
            break dispatch;
          }
          break dispatch;
        }
        case 119: /* RERAISE */ {
          const exc = lp[--sp]! as PyBaseExceptionObject;
          lp[sp] = null;
          if (oparg) {
            // The handler table is searched from this instruction, but the frame's
            // position (f_lasti, the traceback line) goes back to where it was raised.
            const lasti = lp[sp - oparg] as PyLongObject;
            frame.prev_instr = (lasti.ob_ival as number);
          }
          PyErr_Restore(exc);
          reraise = true;
          break dispatch;
        }
        case 35: /* PUSH_EXC_INFO */ {
          const value = lp[sp - 1]!;
          const exc_info = tstate.exc_info;
          const prev = exc_info.exc_value ?? Py_None;
          if (exc_info.exc_value === null) Py_None.ob_refcnt++;
          lp[sp - 1] = prev;
          value.ob_refcnt++;
          exc_info.exc_value = value;
          lp[sp++] = value;
          continue;
        }
        case 89: /* POP_EXCEPT */ {
          const exc_info = tstate.exc_info;
          const value = exc_info.exc_value;
          const v = lp[--sp]!;
          lp[sp] = null;
          exc_info.exc_value = v === Py_None ? null : v;
          if (v === Py_None) if (--v.ob_refcnt === 0) _Py_Dealloc(v);
          Py_XDECREF(value);
          continue;
        }
        case 36: /* CHECK_EXC_MATCH */ {
          const right = lp[sp - 1]!;
          const left = lp[sp - 2]!;
          if (check_except_type_valid(right) < 0) break dispatch;
          const res = PyErr_GivenExceptionMatches(left, right);
          if (--right.ob_refcnt === 0) _Py_Dealloc(right);
          lp[sp - 1] = res ? Py_True : Py_False;
          lp[sp - 1]!.ob_refcnt++;
          continue;
        }
        case 37: /* CHECK_EG_MATCH */ {
          const match_type = lp[--sp]!;
          lp[sp] = null;
          if (check_except_star_type_valid(match_type) < 0) {
            if (--match_type.ob_refcnt === 0) _Py_Dealloc(match_type);
            break dispatch;
          }
          const exc_value = lp[--sp]!;
          lp[sp] = null;
          const r = _PyExc_MatchStar(exc_value, match_type);
          if (--match_type.ob_refcnt === 0) _Py_Dealloc(match_type);
          if (--exc_value.ob_refcnt === 0) _Py_Dealloc(exc_value);
          if (r === null) break dispatch;
          const [match_o, rest] = r;
          lp[sp++] = rest;
          lp[sp++] = match_o;
          if (match_o !== Py_None) {
            // The matched group becomes the exception being handled (sys.exc_info()).
            PyErr_SetHandledException(tstate, match_o);
          }
          continue;
        }
        case 88: /* PREP_RERAISE_STAR */ {
          const excs = lp[--sp]!;
          lp[sp] = null;
          const orig = lp[sp - 1]!;
          const val = _PyExc_PrepReraiseStar(orig, excs);
          if (--excs.ob_refcnt === 0) _Py_Dealloc(excs);
          if (val === null) break dispatch;
          if (--orig.ob_refcnt === 0) _Py_Dealloc(orig);
          lp[sp - 1] = val;
          continue;
        }
        case 54: /* END_ASYNC_FOR */ {
          const val = lp[--sp]!;
          lp[sp] = null;
          if (PyErr_GivenExceptionMatches(val, PyExc_StopAsyncIteration)) {
            if (--val.ob_refcnt === 0) _Py_Dealloc(val);
            const it = lp[--sp]!;
            lp[sp] = null;
            if (--it.ob_refcnt === 0) _Py_Dealloc(it);
            continue;
          }
          PyErr_Restore(val as PyBaseExceptionObject);
          reraise = true;
          break dispatch;
        }
        case 74: /* LOAD_ASSERTION_ERROR */
          PyExc_AssertionError.ob_refcnt++;
          lp[sp++] = PyExc_AssertionError;
          continue;
        case 71: /* LOAD_BUILD_CLASS */ {
          const bc = PyDict_GetItemWithError(frame.f_builtins, _PyUnicode_FromId("__build_class__"));
          if (bc === null) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_NameError, "__build_class__ not found");
            break dispatch;
          }
          bc.ob_refcnt++;
          lp[sp++] = bc;
          continue;
        }
        case 85: /* SETUP_ANNOTATIONS */ {
          const locals = frame.f_locals;
          if (locals === null) {
            PyErr_SetString(PyExc_SystemError, "no locals found when setting up annotations");
            break dispatch;
          }
          const key = _PyUnicode_FromId("__annotations__");
          if (PyDict_CheckExact(locals)) {
            const ann = PyDict_GetItemWithError(locals as PyDictObject, key);
            if (ann === null) {
              if (PyErr_Occurred()) break dispatch;
              const d = PyDict_New();
              const err = PyDict_SetItem(locals as PyDictObject, key, d);
              if (--d.ob_refcnt === 0) _Py_Dealloc(d);
              if (err) break dispatch;
            }
          } else {
            const ann = PyObject_GetItem(locals, key);
            if (ann === null) {
              if (!PyErr_ExceptionMatches(PyExc_KeyError)) break dispatch;
              PyErr_Clear();
              const d = PyDict_New();
              const err = PyObject_SetItem(locals, key, d);
              if (--d.ob_refcnt === 0) _Py_Dealloc(d);
              if (err) break dispatch;
            } else if (--ann.ob_refcnt === 0) _Py_Dealloc(ann);
          }
          continue;
        }
        case 155: /* FORMAT_VALUE */ {
          const have_spec = (oparg & 0x04) === 0x04;
          const fmt_spec = have_spec ? lp[--sp] : null;
          if (have_spec) lp[sp] = null;
          let value = lp[--sp]!;
          lp[sp] = null;
          const which = oparg & 0x03;
          if (which !== 0) {
            const conv = which === 1 ? PyObject_Str(value) : which === 2 ? PyObject_Repr(value) : PyObject_ASCII(value);
            if (--value.ob_refcnt === 0) _Py_Dealloc(value);
            if (conv === null) {
              Py_XDECREF(fmt_spec);
              break dispatch;
            }
            value = conv;
          }
          let result: PyObject | null;
          if (PyUnicode_CheckExact(value) && fmt_spec === null) result = value;
          else {
            result = PyObject_Format(value, fmt_spec);
            if (--value.ob_refcnt === 0) _Py_Dealloc(value);
            Py_XDECREF(fmt_spec);
            if (result === null) break dispatch;
          }
          lp[sp++] = result;
          continue;
        }
        case 70: /* PRINT_EXPR */ {
          const value = lp[--sp]!;
          lp[sp] = null;
          const hook = sysGetObject("displayhook");
          if (hook === null) {
            PyErr_SetString(PyExc_RuntimeError, "lost sys.displayhook");
            if (--value.ob_refcnt === 0) _Py_Dealloc(value);
            break dispatch;
          }
          const res = PyObject_CallOneArg(hook, value);
          if (--value.ob_refcnt === 0) _Py_Dealloc(value);
          if (res === null) break dispatch;
          if (--res.ob_refcnt === 0) _Py_Dealloc(res);
          continue;
        }
        case 108: /* IMPORT_NAME */ {
          const fromlist = lp[--sp]!;
          const level = lp[sp - 1]!;
          lp[sp] = null;
          frame.prev_instr = here;
          frame.stacktop = sp + 1;
          const res = import_name(frame, names[oparg], fromlist, level);
          if (--level.ob_refcnt === 0) _Py_Dealloc(level);
          if (--fromlist.ob_refcnt === 0) _Py_Dealloc(fromlist);
          if (res === null) {
            lp[sp - 1] = null;
            sp--;
            break dispatch;
          }
          lp[sp - 1] = res;
          continue;
        }
        case 109: /* IMPORT_FROM */ {
          const from = lp[sp - 1]!;
          const res = import_from(from, names[oparg]);
          if (res === null) break dispatch;
          lp[sp++] = res;
          continue;
        }
        case 84: /* IMPORT_STAR */ {
          const from = lp[--sp]!;
          lp[sp] = null;
          const locals = frame.f_locals;
          if (locals === null) {
            PyErr_SetString(PyExc_SystemError, "no locals found during 'import *'");
            if (--from.ob_refcnt === 0) _Py_Dealloc(from);
            break dispatch;
          }
          const err = import_all_from(locals, from);
          if (--from.ob_refcnt === 0) _Py_Dealloc(from);
          if (err < 0) break dispatch;
          continue;
        }
        case 53: /* BEFORE_WITH */
        case 52: /* BEFORE_ASYNC_WITH */ {
          const mgr = lp[sp - 1]!;
          const isAsync = opcode === 52;
          const enterName = isAsync ? "__aenter__" : "__enter__";
          const exitName = isAsync ? "__aexit__" : "__exit__";
          const enter = lookup_maybe_method(mgr, _PyUnicode_FromId(enterName));
          if (enter === null) {
            if (!PyErr_Occurred()) {
              PyErr_SetString(PyExc_TypeError,
                `'${_PyType_Name(mgr.ob_type)}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol`);
            }
            break dispatch;
          }
          const exit = lookup_maybe_method(mgr, _PyUnicode_FromId(exitName));
          if (exit === null) {
            if (!PyErr_Occurred()) {
              PyErr_SetString(PyExc_TypeError,
                `'${_PyType_Name(mgr.ob_type)}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol (missed ${exitName} method)`);
            }
            Py_DECREF(enter.func);
            break dispatch;
          }
          let exitBound: PyObject | null = exit.func;
          if (exit.unbound) {
            const get = exit.func.ob_type.tp_descr_get;
            exitBound = get === null ? exit.func : get(exit.func, mgr, mgr.ob_type);
            if (get !== null) Py_DECREF(exit.func);
            if (exitBound === null) {
              Py_DECREF(enter.func);
              break dispatch;
            }
          }
          lp[sp - 1] = exitBound;
          const res = enter.unbound ? PyObject_Vectorcall(enter.func, [mgr], null) : PyObject_Vectorcall(enter.func, [], null);
          Py_DECREF(enter.func);
          if (--mgr.ob_refcnt === 0) _Py_Dealloc(mgr);
          if (res === null) break dispatch;
          if (isAsync) {
            const it = _PyCoro_GetAwaitableIter(res);
            if (it === null) {
              format_awaitable_error(res.ob_type, 1);
              if (--res.ob_refcnt === 0) _Py_Dealloc(res);
              break dispatch;
            }
            if (--res.ob_refcnt === 0) _Py_Dealloc(res);
            lp[sp++] = it;
          } else lp[sp++] = res;
          continue;
        }
        case 49: /* WITH_EXCEPT_START */ {
          const val = lp[sp - 1]!;
          const exit_func = lp[sp - 4]!;
          const tb = (val as PyBaseExceptionObject).traceback ?? Py_None;
          const res = PyObject_Vectorcall(exit_func, [val.ob_type, val, tb], null);
          if (res === null) break dispatch;
          lp[sp++] = res;
          continue;
        }
        case 50: /* GET_AITER */ {
          const obj = lp[sp - 1]!;
          const f = obj.ob_type.am_aiter;
          if (f === null) {
            PyErr_SetString(PyExc_TypeError,
              `'async for' requires an object with __aiter__ method, got ${_PyType_Name(obj.ob_type)}`);
            break dispatch;
          }
          const iter = f(obj);
          if (iter === null) break dispatch;
          if (--obj.ob_refcnt === 0) _Py_Dealloc(obj);
          lp[sp - 1] = iter;
          if (iter.ob_type.am_anext === null) {
            PyErr_SetString(PyExc_TypeError,
              `'async for' received an object from __aiter__ that does not implement __anext__: ${_PyType_Name(iter.ob_type)}`);
            break dispatch;
          }
          continue;
        }
        case 51: /* GET_ANEXT */ {
          const aiter = lp[sp - 1]!;
          const f = aiter.ob_type.am_anext;
          if (f === null) {
            PyErr_SetString(PyExc_TypeError,
              `'async for' requires an iterator with __anext__ method, got ${_PyType_Name(aiter.ob_type)}`);
            break dispatch;
          }
          const next_iter = f(aiter);
          if (next_iter === null) break dispatch;
          let awaitable: PyObject | null = next_iter;
          if (!PyAsyncGenASend_Check(next_iter)) {
            awaitable = _PyCoro_GetAwaitableIter(next_iter);
            if (awaitable === null) {
              PyErr_SetString(PyExc_TypeError,
                `'async for' received an invalid object from __anext__: ${_PyType_Name(next_iter.ob_type)}`);
              if (--next_iter.ob_refcnt === 0) _Py_Dealloc(next_iter);
              break dispatch;
            }
            if (--next_iter.ob_refcnt === 0) _Py_Dealloc(next_iter);
          }
          lp[sp++] = awaitable;
          continue;
        }
        case 30: /* GET_LEN */ {
          const n = PyObject_Size(lp[sp - 1]!);
          if (n < 0) break dispatch;
          lp[sp++] = PyLong_FromNumber(n);
          continue;
        }
        case 31: /* MATCH_MAPPING */ {
          const subject = lp[sp - 1]!;
          const res = subject.ob_type.tp_flags & Py_TPFLAGS_MAPPING ? Py_True : Py_False;
          res.ob_refcnt++;
          lp[sp++] = res;
          continue;
        }
        case 32: /* MATCH_SEQUENCE */ {
          const subject = lp[sp - 1]!;
          const res = subject.ob_type.tp_flags & Py_TPFLAGS_SEQUENCE ? Py_True : Py_False;
          res.ob_refcnt++;
          lp[sp++] = res;
          continue;
        }
        case 33: /* MATCH_KEYS */ {
          const keys = lp[sp - 1]!;
          const subject = lp[sp - 2]!;
          const values = match_keys(subject, keys);
          if (values === null) {
            if (PyErr_Occurred()) break dispatch;
            Py_None.ob_refcnt++;
            lp[sp++] = Py_None;
          } else lp[sp++] = values;
          continue;
        }
        case 152: /* MATCH_CLASS */ {
          const kwargs = lp[--sp]! as PyTupleObject;
          const type = lp[--sp]!;
          const subject = lp[sp - 1]!;
          lp[sp] = lp[sp + 1] = null;
          const attrs = match_class(subject, type, oparg, kwargs);
          if (--type.ob_refcnt === 0) _Py_Dealloc(type);
          if (--kwargs.ob_refcnt === 0) _Py_Dealloc(kwargs);
          if (attrs !== null) {
            if (--subject.ob_refcnt === 0) _Py_Dealloc(subject);
            lp[sp - 1] = attrs;
          } else {
            if (PyErr_Occurred()) break dispatch;
            if (--subject.ob_refcnt === 0) _Py_Dealloc(subject);
            Py_None.ob_refcnt++;
            lp[sp - 1] = Py_None;
          }
          continue;
        }
        default:
          PyErr_SetString(PyExc_SystemError, `unknown opcode ${opcode}`);
          break dispatch;
      }
    }

    // -- error: the instruction at `here` raised ------------------------------------------------
    errorPending = false;
    if (!reraise && !exitUnwind) {
      PyTraceBack_Here(frame);
      if (tstate.c_tracefunc !== null) call_exc_trace(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame);
    }
    reraise = false;
    kwnames = null;
    // exception_unwind: find a handler in this frame or pop frames until one has one.
    for (;;) {
      const handler = exitUnwind ? null : co.exceptionHandler(here);
      if (handler !== null) {
        const level = handler[1];
        const stackBase = co.co.co_localsplusnames.length;
        while (sp > stackBase + level) {
          const o = lp[--sp];
          lp[sp] = null;
          if (o !== null) if (--o.ob_refcnt === 0) _Py_Dealloc(o);
        }
        if (handler[2]) lp[sp++] = PyLong_FromNumber(frame.prev_instr);
        const exc = PyErr_Fetch()!;
        lp[sp++] = exc;
        next_instr = handler[0];
        break;
      }
      // No handler: this frame is done.
      frame.stacktop = sp;
      if (exitUnwind) exitUnwind = false;
      else if (tstate.use_tracing) trace_function_exit(tstate, frame, null); // TRACE_FUNCTION_UNWIND
      tstate.recursion_depth--;
      if (frame.owner === FRAME_OWNED_BY_GENERATOR) {
        const gen = frame.gen!;
        gen.gi_frame_state = FRAME_COMPLETED;
        tstate.exc_info = gen.gi_exc_state.previous_item!;
        gen.gi_exc_state.previous_item = null;
        clear_thread_frame(frame);
        frame.f_func = null;
        if (!frame.is_entry) gen_set_stopiteration_error(gen);
      } else {
        clear_thread_frame(frame);
      }
      if (frame.is_entry) {
        tstate.current_frame = frame.previous;
        frame.previous = null;
        return null;
      }
      const caller = frame.previous!;
      frame.previous = null;
      frame = caller;
      tstate.current_frame = frame;
      co = frame.f_code; code = co.co_code_adaptive; consts = co.consts(); names = co.names();
      lp = frame.localsplus; sp = frame.stacktop; here = frame.prev_instr; next_instr = frame.next_instr;
      // resume_with_error: the caller's instruction raised.
      PyTraceBack_Here(frame);
      if (tstate.c_tracefunc !== null) call_exc_trace(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame);
    }
  }
}

// Scratch state shared between the loop and its helpers (single-threaded, never re-entered
// between a write and the matching read).
let reraise = false;
const LOAD_METHOD_FOUND = 1;
const LOAD_METHOD_ATTR = 2;
let methodResult: PyObject | null = null;


// -- helpers of the loop ------------------------------------------------------------------------------

/** What precall_builtin returns when the specialized form does not apply (DEOPT_IF). */
const DEOPT = new PyObject(null as unknown as PyTypeObject);

/**
 * The call a specialized PRECALL makes for a builtin function, method descriptor or builtin
 * class, after checking what the specialization relied on. The arguments stay on the stack
 * (borrowed); the caller releases them. Null with an error set, or DEOPT.
 */
function precall_builtin(opcode: number, callable: PyObject, lp: PyObject[], argstart: number, total_args: number,
  kwnames: PyTupleObject | null): PyObject | null {
  switch (opcode) {
    case 76: /* PRECALL_NO_KW_BUILTIN_O */
    case 73: /* PRECALL_NO_KW_BUILTIN_FAST */
    case 67: /* PRECALL_BUILTIN_FAST_WITH_KEYWORDS */ {
      if (callable.ob_type !== PyCFunction_Type) return DEOPT;
      const f = callable as PyCFunctionObject;
      const ml = f.m_ml;
      if (opcode === 76) {
        if (ml.ml_flags !== METH_O || total_args !== 1 || kwnames !== null) return DEOPT;
        return (ml.ml_meth as (s: PyObject | null, a: PyObject) => PyObject | null)(f.m_self, lp[argstart]);
      }
      const args = lp.slice(argstart, argstart + total_args);
      if (opcode === 73) {
        if (ml.ml_flags !== METH_FASTCALL || kwnames !== null) return DEOPT;
        return (ml.ml_meth as (s: PyObject | null, a: PyObject[]) => PyObject | null)(f.m_self, args);
      }
      if (ml.ml_flags !== (METH_FASTCALL | METH_KEYWORDS)) return DEOPT;
      return (ml.ml_meth as (s: PyObject | null, a: PyObject[], k: PyTupleObject | null) => PyObject | null)(f.m_self, args, kwnames);
    }
    case 78: /* PRECALL_NO_KW_LEN */ {
      if (total_args !== 1 || kwnames !== null || callable !== callable_cache_len()) return DEOPT;
      const n = PyObject_Size(lp[argstart]);
      // Past 2**53 a double is not exact: builtin len() knows the exact cases (range).
      if (n >= 2 ** 53) return PyObject_Vectorcall(callable, [lp[argstart]], null);
      return n < 0 ? null : PyLong_FromNumber(n);
    }
    case 77: /* PRECALL_NO_KW_ISINSTANCE */ {
      if (total_args !== 2 || kwnames !== null || callable !== callable_cache_isinstance()) return DEOPT;
      const r = PyObject_IsInstance(lp[argstart], lp[argstart + 1]);
      if (r < 0) return null;
      const res = r ? Py_True : Py_False;
      res.ob_refcnt++;
      return res;
    }
    case 81: /* PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS */
    case 113: /* PRECALL_NO_KW_METHOD_DESCRIPTOR_O */
    case 80: /* PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST */
    case 72: /* PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS */ {
      if (callable.ob_type !== PyMethodDescr_Type || total_args < 1) return DEOPT;
      const d = callable as PyMethodDescrObject;
      const ml = d.d_method;
      const self = lp[argstart];
      if (self.ob_type !== d.d_type) return DEOPT;
      if (opcode === 81) {
        if (ml.ml_flags !== METH_NOARGS || total_args !== 1 || kwnames !== null) return DEOPT;
        return (ml.ml_meth as (s: PyObject) => PyObject | null)(self);
      }
      if (opcode === 113) {
        if (ml.ml_flags !== METH_O || total_args !== 2 || kwnames !== null) return DEOPT;
        return (ml.ml_meth as (s: PyObject, a: PyObject) => PyObject | null)(self, lp[argstart + 1]);
      }
      const args = lp.slice(argstart + 1, argstart + total_args);
      if (opcode === 80) {
        if (ml.ml_flags !== METH_FASTCALL || kwnames !== null) return DEOPT;
        return (ml.ml_meth as (s: PyObject, a: PyObject[]) => PyObject | null)(self, args);
      }
      if (ml.ml_flags !== (METH_FASTCALL | METH_KEYWORDS)) return DEOPT;
      return (ml.ml_meth as (s: PyObject, a: PyObject[], k: PyTupleObject | null) => PyObject | null)(self, args, kwnames);
    }
    case 141: /* PRECALL_NO_KW_TYPE_1 */
    case 121: /* PRECALL_NO_KW_STR_1 */
    case 127: /* PRECALL_NO_KW_TUPLE_1 */ {
      if (total_args !== 1 || kwnames !== null) return DEOPT;
      const arg = lp[argstart];
      if (opcode === 141) {
        if (callable !== PyType_Type) return DEOPT;
        const t = arg.ob_type;
        t.ob_refcnt++;
        return t;
      }
      if (opcode === 121) return callable === PyUnicodeObject.type ? PyObject_Str(arg) : DEOPT;
      return callable === PyTuple_Type ? PySequence_Tuple(arg) : DEOPT;
    }
    case 66: /* PRECALL_BUILTIN_CLASS */ {
      if (!(callable.ob_type.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) || !type_has_vectorcall(callable as PyTypeObject)) return DEOPT;
      return PyObject_Vectorcall(callable, lp.slice(argstart, argstart + total_args), kwnames);
    }
  }
  return DEOPT;
}

/** @cpython binary_ops table: BINARY_OP's argument -> the abstract operation. */
function binary_op(lhs: PyObject, rhs: PyObject, oparg: number): PyObject | null {
  switch (oparg) {
    case 0: return PyNumber_Add(lhs, rhs);
    case 1: return PyNumber_And(lhs, rhs);
    case 2: return PyNumber_FloorDivide(lhs, rhs);
    case 3: return PyNumber_Lshift(lhs, rhs);
    case 4: return PyNumber_MatrixMultiply(lhs, rhs);
    case 5: return PyNumber_Multiply(lhs, rhs);
    case 6: return PyNumber_Remainder(lhs, rhs);
    case 7: return PyNumber_Or(lhs, rhs);
    case 8: return PyNumber_Power(lhs, rhs, Py_None);
    case 9: return PyNumber_Rshift(lhs, rhs);
    case 10: return PyNumber_Subtract(lhs, rhs);
    case 11: return PyNumber_TrueDivide(lhs, rhs);
    case 12: return PyNumber_Xor(lhs, rhs);
    case 13: return PyNumber_InPlaceAdd(lhs, rhs);
    case 14: return PyNumber_InPlaceAnd(lhs, rhs);
    case 15: return PyNumber_InPlaceFloorDivide(lhs, rhs);
    case 16: return PyNumber_InPlaceLshift(lhs, rhs);
    case 17: return PyNumber_InPlaceMatrixMultiply(lhs, rhs);
    case 18: return PyNumber_InPlaceMultiply(lhs, rhs);
    case 19: return PyNumber_InPlaceRemainder(lhs, rhs);
    case 20: return PyNumber_InPlaceOr(lhs, rhs);
    case 21: return PyNumber_InPlacePower(lhs, rhs, Py_None);
    case 22: return PyNumber_InPlaceRshift(lhs, rhs);
    case 23: return PyNumber_InPlaceSubtract(lhs, rhs);
    case 24: return PyNumber_InPlaceTrueDivide(lhs, rhs);
    case 25: return PyNumber_InPlaceXor(lhs, rhs);
  }
  return PyErr_SetString(PyExc_SystemError, `bad BINARY_OP argument ${oparg}`);
}

/**
 * @cpython _PyObject_GetMethod: for `obj.name(...)`, find a plain function on the type
 * without making a bound method. Sets methodResult; returns LOAD_METHOD_FOUND (a method
 * needing self), LOAD_METHOD_ATTR (an ordinary attribute value) or null on error.
 */
function load_method(obj: PyObject, name: PyObject): number | null {
  const tp = obj.ob_type;
  if (tp.tp_getattro !== PyObject_GenericGetAttr) {
    const attr = PyObject_GetAttr(obj, name);
    if (attr === null) return null;
    methodResult = attr;
    return LOAD_METHOD_ATTR;
  }
  const descr = _PyType_Lookup(tp, name);
  let meth_found = false;
  let f: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject | null) | null = null;
  if (descr !== null) {
    Py_INCREF(descr);
    if (descr.ob_type.tp_flags & (1 << 17) /* METHOD_DESCRIPTOR */) meth_found = true;
    else {
      f = descr.ob_type.tp_descr_get;
      if (f !== null && descr.ob_type.tp_descr_set !== null) {
        const r = f(descr, obj, tp);
        Py_DECREF(descr);
        if (r === null) return null;
        methodResult = r;
        return LOAD_METHOD_ATTR;
      }
    }
  }
  const values = obj.ob_values;
  if (values !== null) {
    // A managed-dict instance's values array (the name is an exact str from co_names).
    const attr = _PyObject_GetInstanceAttribute(obj, values, name);
    if (attr !== null) {
      if (descr !== null) Py_DECREF(descr);
      methodResult = attr;
      return LOAD_METHOD_ATTR;
    }
  }
  const dict = obj.ob_dict;
  if (dict !== null) {
    const attr = PyDict_GetItemWithError(dict, name);
    if (attr !== null) {
      Py_INCREF(attr);
      if (descr !== null) Py_DECREF(descr);
      methodResult = attr;
      return LOAD_METHOD_ATTR;
    }
    if (PyErr_Occurred()) {
      if (descr !== null) Py_DECREF(descr);
      return null;
    }
  }
  if (meth_found) {
    methodResult = descr;
    return LOAD_METHOD_FOUND;
  }
  if (f !== null) {
    const r = f(descr!, obj, tp);
    Py_DECREF(descr!);
    if (r === null) return null;
    methodResult = r;
    return LOAD_METHOD_ATTR;
  }
  if (descr !== null) {
    methodResult = descr;
    return LOAD_METHOD_ATTR;
  }
  // Not found: the generic path raises the AttributeError (with __getattr__ hooks absent).
  const r = _PyObject_GenericGetAttrWithDict(obj, name, false);
  if (r === null) return null;
  methodResult = r;
  return LOAD_METHOD_ATTR;
}

/** @cpython LOAD_NAME's lookup: locals, globals, builtins. @returns new */
function load_name(frame: _PyInterpreterFrame, name: PyObject): PyObject | null {
  const locals = frame.f_locals;
  if (locals === null) {
    return PyErr_SetString(PyExc_SystemError, `no locals when loading ${reprName(name)}`);
  }
  let v: PyObject | null;
  if (PyDict_CheckExact(locals)) {
    v = PyDict_GetItemWithError(locals as PyDictObject, name);
    if (v !== null) {
      Py_INCREF(v);
      return v;
    }
    if (PyErr_Occurred()) return null;
  } else {
    v = PyObject_GetItem(locals, name);
    if (v !== null) return v;
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) return null;
    PyErr_Clear();
  }
  v = PyDict_GetItemWithError(frame.f_globals, name);
  if (v !== null) {
    Py_INCREF(v);
    return v;
  }
  if (PyErr_Occurred()) return null;
  v = PyDict_GetItemWithError(frame.f_builtins, name);
  if (v !== null) {
    Py_INCREF(v);
    return v;
  }
  if (!PyErr_Occurred()) format_exc_check_arg_name(name);
  return null;
}

function reprName(name: PyObject): string {
  return `'${(name as PyUnicodeObject).str}'`;
}

/** @cpython format_exc_check_arg for NameError (the "Did you mean" hint is added when printed). */
function format_exc_check_arg_name(name: PyObject): void {
  PyErr_SetString(PyExc_NameError, `name '${(name as PyUnicodeObject).str}' is not defined`);
  const exc = _PyThreadState_GET().curexc;
  if (exc !== null) setNameErrorName(exc, name);
}

function setNameErrorName(exc: PyBaseExceptionObject, name: PyObject): void {
  const e = exc as unknown as { name?: PyObject | null };
  if ("name" in e) {
    Py_INCREF(name);
    e.name = name;
  }
}

/** @cpython format_exc_unbound: an unbound local, or a free variable not yet set. */
function format_exc_unbound(co: PyCodeObjectWrapper, oparg: number): void {
  const name = co.co.co_localsplusnames[oparg];
  const kind = co.co.co_localspluskinds[oparg];
  if (kind & CO_FAST_FREE) {
    PyErr_SetString(PyExc_NameError,
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    const exc = _PyThreadState_GET().curexc;
    if (exc !== null) setNameErrorName(exc, co.localsplusnames()[oparg]);
    return;
  }
  // CPython records the name only on a plain NameError, so an UnboundLocalError gets no
  // "Did you mean" hint
  PyErr_SetString(PyExc_UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/**
 * @cpython unpack_iterable: `argcnt` targets before a starred one (if argcntafter >= 0) and
 * `argcntafter` after it. @returns new references, in order
 */
function unpack_iterable(v: PyObject, argcnt: number, argcntafter: number): PyObject[] | null {
  const it = PyObject_GetIter(v);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError) && v.ob_type.tp_iter === null && v.ob_type.sq_item === null) {
      PyErr_Clear();
      PyErr_SetString(PyExc_TypeError, `cannot unpack non-iterable ${_PyType_Name(v.ob_type)} object`);
    }
    return null;
  }
  const out: PyObject[] = [];
  const fail = (): null => {
    for (const o of out) Py_DECREF(o);
    Py_DECREF(it);
    return null;
  };
  for (let i = 0; i < argcnt; i++) {
    const w = it.ob_type.tp_iternext!(it);
    if (w === null) {
      if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return fail();
        PyErr_Clear();
      }
      if (argcntafter === -1) {
        PyErr_SetString(PyExc_ValueError, `not enough values to unpack (expected ${argcnt}, got ${i})`);
      } else {
        PyErr_SetString(PyExc_ValueError, `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${i})`);
      }
      return fail();
    }
    out.push(w);
  }
  if (argcntafter === -1) {
    const w = it.ob_type.tp_iternext!(it);
    if (w === null) {
      if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return fail();
        PyErr_Clear();
      }
      Py_DECREF(it);
      return out;
    }
    Py_DECREF(w);
    PyErr_SetString(PyExc_ValueError, `too many values to unpack (expected ${argcnt})`);
    return fail();
  }
  const rest: PyObject[] = [];
  for (;;) {
    const w = it.ob_type.tp_iternext!(it);
    if (w === null) {
      if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_StopIteration)) {
          for (const o of rest) Py_DECREF(o);
          return fail();
        }
        PyErr_Clear();
      }
      break;
    }
    rest.push(w);
  }
  Py_DECREF(it);
  if (rest.length < argcntafter) {
    PyErr_SetString(PyExc_ValueError,
      `not enough values to unpack (expected at least ${argcnt + argcntafter}, got ${argcnt + rest.length})`);
    for (const o of rest) Py_DECREF(o);
    for (const o of out) Py_DECREF(o);
    return null;
  }
  const tail = rest.splice(rest.length - argcntafter, argcntafter);
  out.push(_PyList_FromArraySteal(rest));
  for (const o of tail) out.push(o);
  return out;
}

/**
 * @cpython do_raise. Returns true for a bare `raise` (re-raise the handled exception, which
 * keeps its traceback); false otherwise. Either way the error indicator is set.
 */
function do_raise(tstate: PyThreadState, exc: PyObject | null, cause: PyObject | null): boolean {
  if (exc === null) {
    const value = tstate.exc_info.exc_value ?? topHandled(tstate);
    if (value === null || value === Py_None) {
      PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
      return false;
    }
    Py_INCREF(value);
    PyErr_Restore(value as PyBaseExceptionObject);
    return true;
  }
  let type: PyObject;
  let value: PyObject;
  if (PyExceptionClass_Check(exc)) {
    type = exc;
    const v = PyObject_Vectorcall(exc, [], null);
    Py_DECREF(exc);
    if (v === null) {
      Py_XDECREF(cause);
      return false;
    }
    if (!PyExceptionInstance_Check(v)) {
      PyErr_SetString(PyExc_TypeError,
        `calling ${reprOf(type)} should have returned an instance of BaseException, not ${reprOf(v.ob_type)}`);
      Py_DECREF(v);
      Py_XDECREF(cause);
      return false;
    }
    value = v;
  } else if (PyExceptionInstance_Check(exc)) {
    value = exc;
  } else {
    Py_DECREF(exc);
    Py_XDECREF(cause);
    PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
    return false;
  }
  if (cause !== null) {
    let fixed: PyObject | null;
    if (PyExceptionClass_Check(cause)) {
      fixed = PyObject_Vectorcall(cause, [], null);
      Py_DECREF(cause);
      if (fixed === null) {
        Py_DECREF(value);
        return false;
      }
    } else if (PyExceptionInstance_Check(cause)) {
      fixed = cause;
    } else if (cause === Py_None) {
      Py_DECREF(cause);
      fixed = null;
    } else {
      Py_DECREF(cause);
      Py_DECREF(value);
      PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
      return false;
    }
    PyException_SetCause(value as PyBaseExceptionObject, fixed);
  }
  _PyErr_SetRaisedException(tstate, value as PyBaseExceptionObject);
  return false;
}

/** repr() as a JS string, for messages (%R). */
function reprOf(o: PyObject): string {
  const r = PyObject_Repr(o);
  if (r === null) {
    PyErr_Clear();
    return "?";
  }
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

function topHandled(tstate: PyThreadState): PyObject | null {
  let item: _PyErr_StackItem | null = tstate.exc_info;
  while (item !== null && (item.exc_value === null || item.exc_value === Py_None)) item = item.previous_item;
  return item === null ? null : item.exc_value;
}

function PyErr_SetHandledException(tstate: PyThreadState, exc: PyObject): void {
  Py_INCREF(exc);
  const old = tstate.exc_info.exc_value;
  tstate.exc_info.exc_value = exc;
  Py_XDECREF(old);
}

const CANNOT_CATCH_MSG = "catching classes that do not inherit from BaseException is not allowed";

/** @cpython check_except_type_valid */
function check_except_type_valid(right: PyObject): number {
  if (PyTuple_Check(right)) {
    for (const exc of right.ob_item) {
      if (!PyExceptionClass_Check(exc)) {
        PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
        return -1;
      }
    }
  } else if (!PyExceptionClass_Check(right)) {
    PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
    return -1;
  }
  return 0;
}

/** @cpython check_except_star_type_valid */
function check_except_star_type_valid(right: PyObject): number {
  if (check_except_type_valid(right) < 0) return -1;
  const items = PyTuple_Check(right) ? right.ob_item : [right];
  for (const t of items) {
    if (PyType_IsSubtype(t as PyTypeObject, PyExc_BaseExceptionGroup)) {
      PyErr_SetString(PyExc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return -1;
    }
  }
  return 0;
}

/** @cpython check_args_iterable */
function check_args_iterable(func: PyObject, args: PyObject): number {
  if (args.ob_type.tp_iter === null && !PySequence_Check(args)) {
    PyErr_SetString(PyExc_TypeError,
      `${funcDescription(func)} argument after * must be an iterable, not ${_PyType_Name(args.ob_type)}`);
    return -1;
  }
  return 0;
}

/** @cpython _PyObject_FunctionStr: `f()` or `Class.method()` for call-site errors. */
export function funcDescription(func: PyObject): string {
  const q = _PyObject_LookupAttr(func, _PyUnicode_FromId("__qualname__"));
  if (q === null) {
    PyErr_Clear();
    return `${_PyType_Name(func.ob_type)} object`;
  }
  if (q === undefined || !PyUnicode_Check(q)) return `${_PyType_Name(func.ob_type)} object`;
  const m = _PyObject_LookupAttr(func, _PyUnicode_FromId("__module__"));
  if (m === null) PyErr_Clear();
  const qs = (q as PyUnicodeObject).str;
  if (m !== null && m !== undefined && PyUnicode_Check(m) && (m as PyUnicodeObject).str !== "builtins") {
    return `${(m as PyUnicodeObject).str}.${qs}()`;
  }
  return `${qs}()`;
}


/** @cpython format_kwargs_error */
function format_kwargs_error(func: PyObject, kwargs: PyObject): void {
  const tstate = _PyThreadState_GET();
  const exc = tstate.curexc;
  if (exc === null) return;
  if (exc.ob_type === PyExc_AttributeError || (PyErr_ExceptionMatches(PyExc_AttributeError) && !PyDict_Check(kwargs))) {
    if (kwargs.ob_type.tp_getattro !== null && PyErr_ExceptionMatches(PyExc_AttributeError)) {
      PyErr_Clear();
      PyErr_SetString(PyExc_TypeError,
        `${funcDescription(func)} argument after ** must be a mapping, not ${_PyType_Name(kwargs.ob_type)}`);
    }
  } else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
    const args = exc.args.ob_item;
    if (args.length === 1) {
      // The key as str() shows it (%S), whatever its type.
      const keyobj = args[0];
      Py_INCREF(keyobj);
      PyErr_Clear();
      const key = strString(keyobj);
      Py_DECREF(keyobj);
      if (key === null) return;
      PyErr_SetString(PyExc_TypeError, `${funcDescription(func)} got multiple values for keyword argument '${key}'`);
    }
  }
}

/** @cpython format_awaitable_error */
function format_awaitable_error(type: PyTypeObject, oparg: number): void {
  if (type.am_await !== null) return;
  if (oparg === 1) {
    PyErr_SetString(PyExc_TypeError,
      `'async with' received an object from __aenter__ that does not implement __await__: ${_PyType_Name(type)}`);
  } else if (oparg === 2) {
    PyErr_SetString(PyExc_TypeError,
      `'async with' received an object from __aexit__ that does not implement __await__: ${_PyType_Name(type)}`);
  }
}

// -- generators resumed inside the loop -----------------------------------------------------------------

function canResumeInline(gen: PyGenObject): boolean {
  return gen.gi_frame_state < FRAME_EXECUTING && gen.gi_iframe !== null;
}

/** Link a suspended generator's frame on top of `caller`, sending `value` (stolen). */
function pushGenFrame(tstate: PyThreadState, gen: PyGenObject, caller: _PyInterpreterFrame, value: PyObject): _PyInterpreterFrame {
  const gf = gen.gi_iframe!;
  if (gen.gi_frame_state === FRAME_CREATED && value !== Py_None) {
    // Sending a value into a just-started generator is an error; the generic path says so.
  }
  gf.localsplus[gf.stacktop++] = value;
  gen.gi_frame_state = FRAME_EXECUTING;
  gen.gi_exc_state.previous_item = tstate.exc_info;
  tstate.exc_info = gen.gi_exc_state;
  gf.previous = caller;
  gf.is_entry = false;
  tstate.current_frame = gf;
  return gf;
}

/** SEND for anything but a suspended generator/coroutine: send() or __next__(). */
/**
 * SEND while a trace function is set: 3.11 then uses __next__ or send() and StopIteration,
 * so that the trace function sees the end of the awaited iterator as an 'exception' event.
 */
function send_traced(tstate: PyThreadState, frame: _PyInterpreterFrame, receiver: PyObject, v: PyObject): { returned: boolean; value: PyObject } | null {
  const retval = v === Py_None && PyIter_Check(receiver) ? receiver.ob_type.tp_iternext!(receiver)
    : PyObject_CallMethod(receiver, "send", [v]);
  if (retval !== null) return { returned: false, value: retval };
  if (tstate.c_tracefunc !== null && PyErr_ExceptionMatches(PyExc_StopIteration)) {
    call_exc_trace(tstate.c_tracefunc, tstate.c_traceobj!, tstate, frame);
  }
  const value = _PyGen_FetchStopIterationValue();
  if (value === null) return null;
  return { returned: true, value };
}

function send_fallback(receiver: PyObject, v: PyObject): { returned: boolean; value: PyObject } | null {
  let retval: PyObject | null;
  if ((receiver.ob_type === PyGen_Type || receiver.ob_type === PyCoro_Type || v !== Py_None) && !(v === Py_None && receiver.ob_type.tp_iternext !== null && receiver.ob_type !== PyGen_Type && receiver.ob_type !== PyCoro_Type)) {
    const send = lookup_maybe_method(receiver, _PyUnicode_FromId("send"));
    if (send === null) {
      if (!PyErr_Occurred()) PyErr_SetString(PyExc_AttributeError, `'${_PyType_Name(receiver.ob_type)}' object has no attribute 'send'`);
      return null;
    }
    retval = send.unbound ? PyObject_Vectorcall(send.func, [receiver, v], null) : PyObject_CallOneArg(send.func, v);
    Py_DECREF(send.func);
  } else {
    retval = receiver.ob_type.tp_iternext!(receiver);
  }
  if (retval !== null) return { returned: false, value: retval };
  if (PyErr_Occurred() && !PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
  const value = _PyGen_FetchStopIterationValue();
  if (value === null) return null;
  return { returned: true, value };
}

/** sys.<name>, borrowed (the sys module's dict lives on the interpreter). */
function sysGetObject(name: string): PyObject | null {
  const sysdict = _PyThreadState_GET().interp.sysdict;
  return sysdict === null ? null : PyDict_GetItemString(sysdict, name);
}


// -- match statements ----------------------------------------------------------------------------------

/** @cpython match_keys: the values for a mapping pattern's keys, or null (no match, or an error). */
function match_keys(map: PyObject, keys: PyObject): PyObject | null {
  const keyItems = (keys as PyTupleObject).ob_item;
  if (keyItems.length === 0) return _PyTuple_FromArraySteal([]);
  const get = PyObject_GetAttr(map, _PyUnicode_FromId("get"));
  if (get === null) return null;
  const dummy = new PyObject(PyBaseObject_Type);
  const seen: PyObject[] = [];
  const values: PyObject[] = [];
  const fail = (): null => {
    for (const v of values) Py_DECREF(v);
    Py_DECREF(get);
    return null;
  };
  for (const key of keyItems) {
    for (const s of seen) {
      const eq = PyObject_RichCompareBool(s, key, Py_EQ);
      if (eq < 0) return fail();
      if (eq) {
        const r = PyObject_Repr(key);
        if (r !== null) {
          PyErr_SetString(PyExc_ValueError, `mapping pattern checks duplicate key (${(r as PyUnicodeObject).str})`);
          Py_DECREF(r);
        }
        return fail();
      }
    }
    seen.push(key);
    const value = PyObject_Vectorcall(get, [key, dummy], null);
    if (value === null) return fail();
    if (value === dummy) {
      Py_DECREF(value);
      fail();
      return null;
    }
    values.push(value);
  }
  Py_DECREF(get);
  return _PyTuple_FromArraySteal(values);
}

/** Types whose instances match `Cls(x)` against themselves (Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF_TYPES = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

function match_class_attr(subject: PyObject, type: PyTypeObject, name: PyObject, seen: PyObject[]): PyObject | null | undefined {
  for (const s of seen) {
    if ((s as PyUnicodeObject).str === (name as PyUnicodeObject).str) {
      const r = PyObject_Repr(name);
      PyErr_SetString(PyExc_TypeError, `${_PyType_Name(type)}() got multiple sub-patterns for attribute ${r === null ? "?" : (r as PyUnicodeObject).str}`);
      return null;
    }
  }
  seen.push(name);
  const attr = _PyObject_LookupAttr(subject, name);
  return attr;
}

/** @cpython match_class: the attributes a class pattern extracts, or null (no match, or an error). */
function match_class(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTupleObject): PyObject | null {
  if (!PyType_Check(type)) {
    PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
    return null;
  }
  const isinst = PyObject_IsInstance(subject, type);
  if (isinst <= 0) return null;
  const seen: PyObject[] = [];
  const attrs: PyObject[] = [];
  const fail = (): null => {
    for (const a of attrs) Py_DECREF(a);
    return null;
  };
  let match_args: PyObject | null | undefined = null;
  let match_self = false;
  if (nargs) {
    match_args = _PyObject_LookupAttr(type, _PyUnicode_FromId("__match_args__"));
    if (match_args === null) return null;
    let allowed: number;
    if (match_args !== undefined) {
      if (!PyTuple_CheckExact(match_args)) {
        PyErr_SetString(PyExc_TypeError, `${_PyType_Name(type)}.__match_args__ must be a tuple (got ${_PyType_Name(match_args.ob_type)})`);
        Py_DECREF(match_args);
        return null;
      }
      allowed = (match_args as PyTupleObject).ob_item.length;
    } else {
      let t: PyTypeObject | null = type;
      while (t !== null && !MATCH_SELF_TYPES.has(t.tp_name)) t = t.tp_base;
      match_self = t !== null && !(type.tp_flags & (1 << 9) && _PyType_Lookup(type, _PyUnicode_FromId("__match_args__")) !== null);
      allowed = match_self ? 1 : 0;
    }
    if (allowed < nargs) {
      PyErr_SetString(PyExc_TypeError,
        `${_PyType_Name(type)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
      if (match_args) Py_DECREF(match_args);
      return null;
    }
    if (match_self) {
      Py_INCREF(subject);
      attrs.push(subject);
    } else {
      for (let i = 0; i < nargs; i++) {
        const name = (match_args as PyTupleObject).ob_item[i];
        if (!PyUnicode_CheckExact(name)) {
          PyErr_SetString(PyExc_TypeError, `__match_args__ elements must be strings (got ${_PyType_Name(name.ob_type)})`);
          Py_DECREF(match_args!);
          return fail();
        }
        const attr = match_class_attr(subject, type, name, seen);
        if (attr === null || attr === undefined) {
          Py_DECREF(match_args!);
          return fail();
        }
        attrs.push(attr);
      }
    }
    if (match_args) Py_DECREF(match_args);
  }
  for (const name of kwargs.ob_item) {
    const attr = match_class_attr(subject, type, name, seen);
    if (attr === null || attr === undefined) return fail();
    attrs.push(attr);
  }
  return _PyTuple_FromArraySteal(attrs);
}
