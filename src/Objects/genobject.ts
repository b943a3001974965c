/**
 * @mirrors Objects/genobject.c
 * Generators, coroutines and async generators. Each owns the _PyInterpreterFrame of its
 * code (moved there by RETURN_GENERATOR) and a slot on the handled-exception stack. The eval
 * loop resumes a suspended generator in place when Python code iterates it (FOR_ITER, SEND;
 * DESIGN D2); the functions here resume it from native code (next(), send(), throw(),
 * close()) by entering the loop with the generator's frame as entry frame.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_O, METH_NOARGS, METH_FASTCALL, METH_CLASS, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import { _PyThreadState_GET, _PyErr_StackItem } from "../Python/pystate.ts";
import {
  PyErr_Occurred, PyErr_SetString, PyErr_ExceptionMatches, PyErr_Clear, PyErr_Fetch, PyErr_Restore, PyErr_SetObject,
  PyErr_SetNone, PyErr_GivenExceptionMatches, PyErr_SetStringInt,
} from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError, PyExc_StopIteration, PyExc_StopAsyncIteration,
  PyExc_GeneratorExit, PyBaseExceptionObject, PyExceptionClass_Check, PyExceptionInstance_Check,
  PyException_SetCause, PyException_SetContext, PyStopIterationObject, _PyErr_CreateException,
} from "./exceptions.ts";
import { _PyInterpreterFrame, _PyFrame_Clear } from "../Python/frame.ts";
import {
  _PyEval_EvalFrameDefault, FRAME_CREATED, FRAME_SUSPENDED, FRAME_EXECUTING, FRAME_COMPLETED, FRAME_CLEARED,
} from "../Python/ceval.ts";
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from "./codeobject.ts";
import type { PyFunctionObject } from "./funcobject.ts";
import type { PyCodeObjectWrapper } from "./codeobject_runtime.ts";
import { PyUnicode_FromString, PyUnicode_Check, _PyUnicode_FromId, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyTracebackObject } from "../Python/traceback.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr } from "./object.ts";
import { PyObject_CallNoArgs, PyObject_Vectorcall, lookup_maybe_method, PyObject_CallMethod } from "./call.ts";
import { _PyType_Name, PyType_IsSubtype } from "./typeobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { PyIter_Check } from "./abstract.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { PyFrame_GetFrameObject } from "./frameobject.ts";
import { PyTuple_FromArray, Py_GenericAliasRef } from "./tupleobject.ts";

export class PyGenObject extends PyObject {
  gi_iframe: _PyInterpreterFrame | null;
  gi_frame_state: number;
  gi_exc_state: _PyErr_StackItem;
  gi_name: PyObject;
  gi_qualname: PyObject;
  gi_code: PyCodeObjectWrapper;
  /** Async generators: closed by aclose(), running an asend/athrow. */
  ag_closed: boolean;
  ag_running_async: boolean;
  ag_hooks_inited: boolean;
  constructor(type: PyTypeObject, func: PyFunctionObject) {
    super(type);
    this.gi_iframe = null;
    this.gi_frame_state = FRAME_CREATED;
    this.gi_exc_state = new _PyErr_StackItem(null, null);
    Py_INCREF(func.func_name);
    Py_INCREF(func.func_qualname);
    Py_INCREF(func.func_code_obj);
    this.gi_name = func.func_name;
    this.gi_qualname = func.func_qualname;
    this.gi_code = func.func_code_obj;
    this.ag_closed = false;
    this.ag_running_async = false;
    this.ag_hooks_inited = false;
  }
}

/** @cpython _Py_MakeCoro: the generator-like object a function's code makes. */
export function _Py_MakeCoro(func: PyFunctionObject): PyGenObject | null {
  const flags = func.func_code.co_flags;
  const type = flags & CO_COROUTINE ? PyCoro_Type : flags & CO_ASYNC_GENERATOR ? PyAsyncGen_Type : PyGen_Type;
  return new PyGenObject(type, func);
}

function kindName(gen: PyGenObject): string {
  return gen.ob_type === PyCoro_Type ? "coroutine" : gen.ob_type === PyAsyncGen_Type ? "async generator" : "generator";
}

export const PYGEN_RETURN = 0;
export const PYGEN_ERROR = -1;
export const PYGEN_NEXT = 1;

/**
 * @cpython gen_send_ex2: resume with `arg` (or with the raised exception when `exc`).
 * Returns [status, value]: NEXT with the yielded value, RETURN with the return value, or
 * ERROR (value null, error set).
 */
export function gen_send_ex2(gen: PyGenObject, arg: PyObject | null, exc: boolean, closing: boolean): [number, PyObject | null] {
  const tstate = _PyThreadState_GET();
  const frame = gen.gi_iframe;
  if (gen.gi_frame_state === FRAME_CREATED && arg !== null && arg !== Py_None) {
    PyErr_SetString(PyExc_TypeError, `can't send non-None value to a just-started ${kindName(gen)}`);
    return [PYGEN_ERROR, null];
  }
  if (gen.gi_frame_state === FRAME_EXECUTING) {
    PyErr_SetString(PyExc_ValueError, `${kindName(gen)} already executing`);
    return [PYGEN_ERROR, null];
  }
  if (gen.gi_frame_state >= FRAME_COMPLETED || frame === null) {
    if (gen.ob_type === PyCoro_Type && !closing) {
      PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    } else if (arg !== null && !exc) {
      return [PYGEN_RETURN, Py_NewNone()];
    }
    return [PYGEN_ERROR, null];
  }
  const value = arg ?? Py_None;
  Py_INCREF(value);
  frame.localsplus[frame.stacktop++] = value;
  gen.gi_frame_state = FRAME_EXECUTING;
  gen.gi_exc_state.previous_item = tstate.exc_info;
  tstate.exc_info = gen.gi_exc_state;
  frame.previous = tstate.current_frame;
  frame.is_entry = true;
  const result = _PyEval_EvalFrameDefault(tstate, frame, exc);
  frame.is_entry = false;
  if (gen.gi_frame_state === FRAME_EXECUTING) {
    // Finished with an error before any bookkeeping of its own (e.g. recursion limit).
    gen.gi_frame_state = FRAME_COMPLETED;
    if (tstate.exc_info === gen.gi_exc_state) {
      tstate.exc_info = gen.gi_exc_state.previous_item!;
      gen.gi_exc_state.previous_item = null;
    }
  }
  if (gen.gi_frame_state === FRAME_SUSPENDED) return [PYGEN_NEXT, result];
  if (result === null) {
    gen_set_stopiteration_error(gen);
    return [PYGEN_ERROR, null];
  }
  return [PYGEN_RETURN, result];
}

/**
 * A StopIteration escaping a generator (or StopAsyncIteration an async generator) becomes
 * RuntimeError, with the original as its cause (PEP 479).
 */
export function gen_set_stopiteration_error(gen: PyGenObject): void {
  const isAsync = gen.ob_type === PyAsyncGen_Type;
  const check = isAsync ? PyExc_StopAsyncIteration : PyExc_StopIteration;
  if (!PyErr_ExceptionMatches(PyExc_StopIteration) && !(isAsync && PyErr_ExceptionMatches(PyExc_StopAsyncIteration))) return;
  if (!PyErr_ExceptionMatches(check) && !PyErr_ExceptionMatches(PyExc_StopIteration)) return;
  const exc = PyErr_Fetch()!;
  const what = PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration) ? "StopAsyncIteration" : "StopIteration";
  PyErr_SetString(PyExc_RuntimeError, `${kindName(gen)} raised ${what}`);
  const tstate = _PyThreadState_GET();
  const rt = tstate.curexc!;
  Py_INCREF(exc);
  PyException_SetCause(rt, exc);
  PyException_SetContext(rt, exc);
}

/** @cpython gen_send_ex: the value for next()/send(); StopIteration(value) when it returns. */
function gen_send_ex(gen: PyGenObject, arg: PyObject | null, exc: boolean, closing: boolean): PyObject | null {
  const [status, result] = gen_send_ex2(gen, arg, exc, closing);
  if (status === PYGEN_RETURN) {
    const v = result!;
    if (gen.ob_type === PyAsyncGen_Type) {
      Py_DECREF(v);
      PyErr_SetNone(PyExc_StopAsyncIteration);
    } else if (v === Py_None) {
      Py_DECREF(v);
      PyErr_SetNone(PyExc_StopIteration);
    } else {
      _PyGen_SetStopIterationValue(v);
      Py_DECREF(v);
    }
    return null;
  }
  return result;
}

/** @cpython _PyGen_SetStopIterationValue: StopIteration(value), wrapping tuples/exceptions. */
export function _PyGen_SetStopIterationValue(value: PyObject): void {
  const e = _PyErr_CreateException(PyExc_StopIteration, PyTuple_FromArray([value]));
  if (e === null) return;
  PyErr_SetObject(PyExc_StopIteration, e);
  Py_DECREF(e);
}

/**
 * @cpython _PyGen_FetchStopIterationValue: take the value out of a raised StopIteration
 * (None when nothing was raised). @returns new, or null when another error is set
 */
export function _PyGen_FetchStopIterationValue(): PyObject | null {
  if (!PyErr_Occurred()) return Py_NewNone();
  if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
  const exc = PyErr_Fetch() as PyStopIterationObject;
  const v = exc.value ?? Py_None;
  Py_INCREF(v);
  Py_DECREF(exc);
  return v;
}

/** @cpython gen_iternext */
function gen_iternext(self: PyObject): PyObject | null {
  const gen = self as PyGenObject;
  const [status, result] = gen_send_ex2(gen, null, false, false);
  if (status === PYGEN_RETURN) {
    if (result !== Py_None) _PyGen_SetStopIterationValue(result!);
    Py_DECREF(result!);
    return null;
  }
  return result;
}

/** @cpython gen_send */
function gen_send(self: PyObject, arg: PyObject): PyObject | null {
  return gen_send_ex(self as PyGenObject, arg, false, false);
}

/** @cpython _PyGen_yf: the iterator a `yield from`/`await` is delegating to, or null. @returns new */
export function _PyGen_yf(gen: PyGenObject): PyObject | null {
  const frame = gen.gi_iframe;
  if (frame === null || gen.gi_frame_state >= FRAME_COMPLETED || gen.gi_frame_state === FRAME_CREATED) return null;
  const next = frame.f_code.co_code_adaptive[frame.next_instr];
  if ((next & 255) !== 151 /* RESUME */ || next >>> 8 < 2) return null;
  const yf = frame.localsplus[frame.stacktop - 1];
  if (yf === null) return null;
  Py_INCREF(yf);
  return yf;
}

/** @cpython gen_close_iter */
function gen_close_iter(yf: PyObject): number {
  if (yf instanceof PyGenObject && (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type)) {
    const r = gen_close(yf);
    if (r === null) return -1;
    Py_DECREF(r);
    return 0;
  }
  const meth = lookup_maybe_method(yf, _PyUnicode_FromId("close"));
  if (meth === null) {
    if (PyErr_Occurred()) return -1;
    return 0;
  }
  const r = meth.unbound ? PyObject_Vectorcall(meth.func, [yf], null) : PyObject_CallNoArgs(meth.func);
  Py_DECREF(meth.func);
  if (r === null) return -1;
  Py_DECREF(r);
  return 0;
}

/** @cpython gen_close: throw GeneratorExit in; it must not yield. */
export function gen_close(self: PyObject): PyObject | null {
  const gen = self as PyGenObject;
  const yf = _PyGen_yf(gen);
  let err = 0;
  if (yf !== null) {
    const state = gen.gi_frame_state;
    gen.gi_frame_state = FRAME_EXECUTING;
    err = gen_close_iter(yf);
    gen.gi_frame_state = state;
    Py_DECREF(yf);
  }
  if (gen.gi_frame_state === FRAME_CREATED) {
    gen.gi_frame_state = FRAME_COMPLETED;
    clearGenFrame(gen);
    return Py_NewNone();
  }
  if (gen.gi_frame_state >= FRAME_COMPLETED) return Py_NewNone();
  if (err === 0) PyErr_SetNone(PyExc_GeneratorExit);
  const retval = gen_send_ex(gen, Py_None, true, true);
  if (retval !== null) {
    Py_DECREF(retval);
    return PyErr_SetString(PyExc_RuntimeError, `${kindName(gen)} ignored GeneratorExit`);
  }
  if (PyErr_ExceptionMatches(PyExc_StopIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
    PyErr_Clear();
    return Py_NewNone();
  }
  return null;
}

function clearGenFrame(gen: PyGenObject): void {
  const f = gen.gi_iframe;
  if (f !== null && gen.gi_frame_state !== FRAME_CLEARED) {
    _PyFrame_Clear(f);
    if (f.f_func !== null) {
      Py_DECREF(f.f_func);
      f.f_func = null;
    }
  }
}

/** @cpython _gen_throw */
function _gen_throw(gen: PyGenObject, close_on_genexit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject | null {
  const yf = _PyGen_yf(gen);
  if (yf !== null) {
    let ret: PyObject | null;
    if (PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit) && close_on_genexit) {
      const state = gen.gi_frame_state;
      gen.gi_frame_state = FRAME_EXECUTING;
      const err = gen_close_iter(yf);
      gen.gi_frame_state = state;
      Py_DECREF(yf);
      if (err < 0) return gen_send_ex(gen, Py_None, true, false);
      return throw_here(gen, typ, val, tb);
    }
    if (yf instanceof PyGenObject && (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type)) {
      const state = gen.gi_frame_state;
      gen.gi_frame_state = FRAME_EXECUTING;
      ret = _gen_throw(yf, close_on_genexit, typ, val, tb);
      gen.gi_frame_state = state;
    } else {
      const meth = lookup_maybe_method(yf, _PyUnicode_FromId("throw"));
      if (meth === null) {
        Py_DECREF(yf);
        if (PyErr_Occurred()) return null;
        return throw_here(gen, typ, val, tb);
      }
      const state = gen.gi_frame_state;
      gen.gi_frame_state = FRAME_EXECUTING;
      const args = [typ, ...(val !== null ? [val] : []), ...(tb !== null ? [tb] : [])];
      ret = meth.unbound ? PyObject_Vectorcall(meth.func, [yf, ...args], null) : PyObject_Vectorcall(meth.func, args, null);
      gen.gi_frame_state = state;
      Py_DECREF(meth.func);
    }
    Py_DECREF(yf);
    if (ret === null) {
      // The delegate finished (StopIteration carries its result) or failed: resume here.
      const frame = gen.gi_iframe!;
      const val2 = _PyGen_FetchStopIterationValue();
      if (val2 !== null) {
        // Pop the delegate, push its result, and continue after the yield-from loop.
        const top = frame.localsplus[--frame.stacktop]!;
        frame.localsplus[frame.stacktop] = null;
        Py_DECREF(top);
        // The SEND that drove the delegate jumps forward by its oparg when it finishes.
        const sendAt = frame.next_instr - 3;
        const w = frame.f_code.co_code_adaptive[sendAt - 0];
        void w;
        jump_past_send(frame);
        ret = gen_send_ex(gen, val2, false, false);
        Py_DECREF(val2);
      } else {
        ret = gen_send_ex(gen, Py_None, true, false);
      }
    }
    return ret;
  }
  return throw_here(gen, typ, val, tb);
}

/** After a delegate of `yield from` finished during throw(): continue after its SEND loop. */
function jump_past_send(frame: _PyInterpreterFrame): void {
  // The suspended position is the RESUME after YIELD_VALUE; the loop's JUMP_BACKWARD_NO_INTERRUPT
  // follows, then the instruction after SEND's target. Find the SEND this loop belongs to.
  const code = frame.f_code.co_code_adaptive;
  let i = frame.next_instr;
  // Skip RESUME and the backward jump to SEND.
  if ((code[i] & 255) === 151) i++;
  if ((code[i] & 255) === 134 /* JUMP_BACKWARD_NO_INTERRUPT */) {
    const sendIdx = i + 1 - (code[i] >>> 8);
    const sendArg = code[sendIdx] >>> 8;
    frame.next_instr = sendIdx + 1 + sendArg;
    // gen_send_ex pushes the value: it lands where SEND would have put the return value.
  }
}

/** Raise the exception given to throw() at the generator's current position. */
function throw_here(gen: PyGenObject, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject | null {
  if (tb === Py_None) tb = null;
  else if (tb !== null && !(tb instanceof PyTracebackObject)) {
    return PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
  }
  let exc: PyObject | null;
  if (PyExceptionClass_Check(typ)) {
    const v = val === null || val === Py_None ? null : val;
    // A value that already is an instance of the class is raised as it is (normalization).
    if (v !== null && PyExceptionInstance_Check(v) && PyType_IsSubtype(v.ob_type, typ as PyTypeObject)) {
      exc = v;
      Py_INCREF(exc);
    } else exc = _PyErr_CreateException(typ as PyTypeObject, v);
    if (exc === null) return gen_send_ex(gen, Py_None, true, false);
  } else if (PyExceptionInstance_Check(typ)) {
    if (val !== null && val !== Py_None) {
      return PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
    }
    exc = typ;
    Py_INCREF(exc);
  } else {
    return PyErr_SetString(PyExc_TypeError,
      `exceptions must be classes or instances deriving from BaseException, not ${_PyType_Name(typ.ob_type)}`);
  }
  if (tb !== null) {
    const e = exc as PyBaseExceptionObject;
    Py_INCREF(tb);
    Py_XDECREF(e.traceback);
    e.traceback = tb;
  }
  PyErr_Restore(exc as PyBaseExceptionObject);
  return gen_send_ex(gen, Py_None, true, false);
}

/** @cpython gen_throw */
function gen_throw(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("throw", args.length, 1, 3)) return null;
  return _gen_throw(self as PyGenObject, true, args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
}

function gen_repr(self: PyObject): PyObject {
  const gen = self as PyGenObject;
  const kind = gen.ob_type === PyAsyncGen_Type ? "async_generator" : kindName(gen);
  return PyUnicode_FromString(`<${kind} object ${(gen.gi_qualname as PyUnicodeObject).str} at ${_PyObject_AddressString(gen)}>`);
}

/** @cpython gen_dealloc: a suspended generator is closed (its finally blocks run). */
function gen_dealloc(self: PyObject): void {
  const gen = self as PyGenObject;
  if (gen.gi_frame_state === FRAME_SUSPENDED || (gen.gi_frame_state === FRAME_CREATED && gen.ob_type !== PyGen_Type && false)) {
    self.ob_refcnt = 1;
    const tstate = _PyThreadState_GET();
    const saved = tstate.curexc;
    tstate.curexc = null;
    const r = gen_close(gen);
    if (r === null) PyErr_Clear();
    else Py_DECREF(r);
    tstate.curexc = saved;
    if (--self.ob_refcnt !== 0) return;
  }
  clearGenFrame(gen);
  gen.gi_frame_state = FRAME_CLEARED;
  Py_DECREF(gen.gi_name);
  Py_DECREF(gen.gi_qualname);
  Py_DECREF(gen.gi_code);
  Py_XDECREF(gen.gi_exc_state.exc_value);
}

function gen_getframe(self: PyObject): PyObject {
  const gen = self as PyGenObject;
  if (gen.gi_iframe === null || gen.gi_frame_state >= FRAME_COMPLETED) return Py_NewNone();
  return PyFrame_GetFrameObject(gen.gi_iframe);
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

function name_getset(prefix: string) {
  return [
    { name: "__name__", get: (o: PyObject) => { const n = (o as PyGenObject).gi_name; Py_INCREF(n); return n; },
      set: (o: PyObject, v: PyObject | null) => {
        if (v === null || !PyUnicode_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__name__ must be set to a string object");
        const g = o as PyGenObject; Py_INCREF(v); Py_DECREF(g.gi_name); g.gi_name = v; return 0;
      } },
    { name: "__qualname__", get: (o: PyObject) => { const n = (o as PyGenObject).gi_qualname; Py_INCREF(n); return n; },
      set: (o: PyObject, v: PyObject | null) => {
        if (v === null || !PyUnicode_Check(v)) return PyErr_SetStringInt(PyExc_TypeError, "__qualname__ must be set to a string object");
        const g = o as PyGenObject; Py_INCREF(v); Py_DECREF(g.gi_qualname); g.gi_qualname = v; return 0;
      } },
    { name: `${prefix}_frame`, get: gen_getframe },
    { name: `${prefix}_running`, get: (o: PyObject) => PyBool_FromLong((o as PyGenObject).gi_frame_state === FRAME_EXECUTING ? 1 : 0) },
    { name: `${prefix}_suspended`, get: (o: PyObject) => PyBool_FromLong((o as PyGenObject).gi_frame_state === FRAME_SUSPENDED ? 1 : 0) },
    { name: `${prefix}_code`, get: (o: PyObject) => { const c = (o as PyGenObject).gi_code; Py_INCREF(c); return c; } },
    { name: prefix === "gi" ? "gi_yieldfrom" : prefix === "cr" ? "cr_await" : "ag_await",
      get: (o: PyObject) => _PyGen_yf(o as PyGenObject) ?? Py_NewNone() },
  ];
}

/** @cpython PyGen_Type */
export const PyGen_Type: PyTypeObject = new PyTypeObject({
  tp_name: "generator", tp_basicsize: 88, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 24,
  tp_dealloc: gen_dealloc, tp_repr: gen_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_iter: self_iter, tp_iternext: gen_iternext,
  tp_methods: [
    { ml_name: "send", ml_meth: gen_send, ml_flags: METH_O },
    { ml_name: "throw", ml_meth: gen_throw, ml_flags: METH_FASTCALL },
    { ml_name: "close", ml_meth: gen_close, ml_flags: METH_NOARGS },
  ],
  tp_getset: name_getset("gi"),
});

// -- coroutines ------------------------------------------------------------------------------------

/** The object coroutine.__await__() returns: an iterator driving the coroutine. */
class PyCoroWrapper extends PyObject {
  cw_coroutine: PyGenObject;
  constructor(coro: PyGenObject) {
    super(_PyCoroWrapper_Type);
    this.cw_coroutine = coro;
  }
}

function coro_await(self: PyObject): PyObject {
  Py_INCREF(self);
  return new PyCoroWrapper(self as PyGenObject);
}

export const _PyCoroWrapper_Type: PyTypeObject = new PyTypeObject({
  tp_name: "coroutine_wrapper", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => Py_DECREF((o as PyCoroWrapper).cw_coroutine), tp_getattro: PyObject_GenericGetAttr,
  tp_iter: self_iter, tp_iternext: (o) => gen_iternext((o as PyCoroWrapper).cw_coroutine),
  tp_methods: [
    { ml_name: "send", ml_meth: (o: PyObject, a: PyObject) => gen_send((o as PyCoroWrapper).cw_coroutine, a), ml_flags: METH_O },
    { ml_name: "throw", ml_meth: (o: PyObject, a: PyObject[]) => gen_throw((o as PyCoroWrapper).cw_coroutine, a), ml_flags: METH_FASTCALL },
    { ml_name: "close", ml_meth: (o: PyObject) => gen_close((o as PyCoroWrapper).cw_coroutine), ml_flags: METH_NOARGS },
  ],
});

/** @cpython PyCoro_Type */
export const PyCoro_Type: PyTypeObject = new PyTypeObject({
  tp_name: "coroutine", tp_basicsize: 96, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 24,
  tp_dealloc: gen_dealloc, tp_repr: gen_repr, tp_getattro: PyObject_GenericGetAttr, am_await: coro_await,
  tp_methods: [
    { ml_name: "send", ml_meth: gen_send, ml_flags: METH_O },
    { ml_name: "throw", ml_meth: gen_throw, ml_flags: METH_FASTCALL },
    { ml_name: "close", ml_meth: gen_close, ml_flags: METH_NOARGS },
  ],
  tp_getset: name_getset("cr"),
});

/** @cpython _PyCoro_GetAwaitableIter @returns new */
export function _PyCoro_GetAwaitableIter(o: PyObject): PyObject | null {
  const ot = o.ob_type;
  if (ot === PyCoro_Type || (ot === PyGen_Type && (o as PyGenObject).gi_code.co.co_flags & CO_ITERABLE_COROUTINE)) {
    Py_INCREF(o);
    return o;
  }
  const getter = ot.am_await;
  if (getter !== null) {
    const res = getter(o);
    if (res !== null) {
      if (res.ob_type === PyCoro_Type || (res.ob_type === PyGen_Type && (res as PyGenObject).gi_code.co.co_flags & CO_ITERABLE_COROUTINE)) {
        PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
        Py_DECREF(res);
        return null;
      }
      if (!PyIter_Check(res)) {
        PyErr_SetString(PyExc_TypeError, `__await__() returned non-iterator of type '${_PyType_Name(res.ob_type)}'`);
        Py_DECREF(res);
        return null;
      }
    }
    return res;
  }
  return PyErr_SetString(PyExc_TypeError, `object ${_PyType_Name(ot)} can't be used in 'await' expression`);
}

// -- async generators --------------------------------------------------------------------------------

/** What `yield v` in an async generator produces (so asend can tell it from an await). */
class _PyAsyncGenWrappedValue extends PyObject {
  agw_val: PyObject;
  constructor(v: PyObject) {
    super(_PyAsyncGenWrappedValue_Type);
    this.agw_val = v;
  }
}
export const _PyAsyncGenWrappedValue_Type = new PyTypeObject({
  tp_name: "async_generator_wrapped_value", tp_basicsize: 24,
  tp_dealloc: (o) => Py_DECREF((o as _PyAsyncGenWrappedValue).agw_val),
});

/** @cpython _PyAsyncGenValueWrapperNew @returns new */
export function _PyAsyncGenValueWrapperNew(v: PyObject): PyObject {
  Py_INCREF(v);
  return new _PyAsyncGenWrappedValue(v);
}

/** Unwrap a yielded value: a wrapped one ends the asend with StopIteration(value). */
function async_gen_unwrap_value(gen: PyGenObject, result: PyObject | null): PyObject | null {
  if (result === null) {
    if (!PyErr_Occurred()) PyErr_SetNone(PyExc_StopAsyncIteration);
    if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) gen.ag_closed = true;
    gen.ag_running_async = false;
    return null;
  }
  if (result instanceof _PyAsyncGenWrappedValue) {
    _PyGen_SetStopIterationValue(result.agw_val);
    Py_DECREF(result);
    gen.ag_running_async = false;
    return null;
  }
  return result;
}

const AWAITABLE_STATE_INIT = 0;
const AWAITABLE_STATE_ITER = 1;
const AWAITABLE_STATE_CLOSED = 2;

/** The awaitable __anext__/asend returns. */
class PyAsyncGenASend extends PyObject {
  ags_gen: PyGenObject;
  ags_sendval: PyObject | null;
  ags_state: number;
  constructor(gen: PyGenObject, sendval: PyObject | null) {
    super(_PyAsyncGenASend_Type);
    this.ags_gen = gen;
    this.ags_sendval = sendval;
    this.ags_state = AWAITABLE_STATE_INIT;
  }
}

export function PyAsyncGenASend_Check(o: PyObject): boolean {
  return o.ob_type === _PyAsyncGenASend_Type;
}

function async_gen_asend_send(self: PyObject, arg: PyObject | null): PyObject | null {
  const o = self as PyAsyncGenASend;
  if (o.ags_state === AWAITABLE_STATE_CLOSED) {
    return PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  if (o.ags_state === AWAITABLE_STATE_INIT) {
    if (o.ags_gen.ag_running_async) {
      return PyErr_SetString(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (arg === null || arg === Py_None) arg = o.ags_sendval;
    o.ags_state = AWAITABLE_STATE_ITER;
  }
  o.ags_gen.ag_running_async = true;
  const result = gen_send_ex(o.ags_gen, arg, false, false);
  const r = async_gen_unwrap_value(o.ags_gen, result);
  if (r === null) o.ags_state = AWAITABLE_STATE_CLOSED;
  return r;
}

function async_gen_asend_throw(self: PyObject, args: PyObject[]): PyObject | null {
  const o = self as PyAsyncGenASend;
  if (o.ags_state === AWAITABLE_STATE_CLOSED) {
    return PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  }
  const result = gen_throw(o.ags_gen, args);
  const r = async_gen_unwrap_value(o.ags_gen, result);
  if (r === null) o.ags_state = AWAITABLE_STATE_CLOSED;
  return r;
}

export const _PyAsyncGenASend_Type: PyTypeObject = new PyTypeObject({
  tp_name: "async_generator_asend", tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => { const a = o as PyAsyncGenASend; Py_DECREF(a.ags_gen); Py_XDECREF(a.ags_sendval); },
  tp_getattro: PyObject_GenericGetAttr, tp_iter: self_iter, tp_iternext: (o) => async_gen_asend_send(o, null),
  am_await: self_iter,
  tp_methods: [
    { ml_name: "send", ml_meth: async_gen_asend_send, ml_flags: METH_O },
    { ml_name: "throw", ml_meth: async_gen_asend_throw, ml_flags: METH_FASTCALL },
    { ml_name: "close", ml_meth: (o: PyObject) => { (o as PyAsyncGenASend).ags_state = AWAITABLE_STATE_CLOSED; return Py_NewNone(); }, ml_flags: METH_NOARGS },
  ],
});

/** athrow()/aclose(): throw into the async generator; aclose expects it to finish. */
class PyAsyncGenAThrow extends PyObject {
  agt_gen: PyGenObject;
  agt_args: PyObject[] | null;
  agt_state: number;
  constructor(gen: PyGenObject, args: PyObject[] | null) {
    super(_PyAsyncGenAThrow_Type);
    this.agt_gen = gen;
    this.agt_args = args;
    this.agt_state = AWAITABLE_STATE_INIT;
  }
}

function async_gen_athrow_send(self: PyObject, arg: PyObject | null): PyObject | null {
  const o = self as PyAsyncGenAThrow;
  const gen = o.agt_gen;
  if (o.agt_state === AWAITABLE_STATE_CLOSED) {
    return PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  }
  if (gen.gi_frame_state >= FRAME_COMPLETED) {
    o.agt_state = AWAITABLE_STATE_CLOSED;
    PyErr_SetNone(PyExc_StopIteration);
    return null;
  }
  let retval: PyObject | null;
  if (o.agt_state === AWAITABLE_STATE_INIT) {
    if (gen.ag_running_async) {
      o.agt_state = AWAITABLE_STATE_CLOSED;
      return PyErr_SetString(PyExc_RuntimeError,
        o.agt_args === null ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
    }
    if (gen.ag_closed) {
      o.agt_state = AWAITABLE_STATE_CLOSED;
      PyErr_SetNone(PyExc_StopAsyncIteration);
      return null;
    }
    if (arg !== null && arg !== Py_None) return PyErr_SetString(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
    o.agt_state = AWAITABLE_STATE_ITER;
    gen.ag_running_async = true;
    if (o.agt_args === null) {
      gen.ag_closed = true;
      retval = _gen_throw(gen, false, PyExc_GeneratorExit, null, null);
      if (retval !== null && retval instanceof _PyAsyncGenWrappedValue) {
        Py_DECREF(retval);
        gen.ag_running_async = false;
        o.agt_state = AWAITABLE_STATE_CLOSED;
        return PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
      }
    } else {
      const a = o.agt_args;
      retval = _gen_throw(gen, false, a[0], a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null);
      retval = async_gen_unwrap_value(gen, retval);
    }
    if (retval === null) return athrow_check_error(o);
    return retval;
  }
  retval = gen_send_ex(gen, arg, false, false);
  if (o.agt_args !== null) return async_gen_unwrap_value(gen, retval);
  if (retval !== null && retval instanceof _PyAsyncGenWrappedValue) {
    Py_DECREF(retval);
    gen.ag_running_async = false;
    o.agt_state = AWAITABLE_STATE_CLOSED;
    return PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
  }
  if (retval === null) return athrow_check_error(o);
  return retval;
}

function athrow_check_error(o: PyAsyncGenAThrow): null {
  o.agt_gen.ag_running_async = false;
  o.agt_state = AWAITABLE_STATE_CLOSED;
  if (o.agt_args === null && (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
    PyErr_Clear();
    PyErr_SetNone(PyExc_StopIteration);
  }
  return null;
}

export const _PyAsyncGenAThrow_Type: PyTypeObject = new PyTypeObject({
  tp_name: "async_generator_athrow", tp_basicsize: 40, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => { const a = o as PyAsyncGenAThrow; Py_DECREF(a.agt_gen); if (a.agt_args) for (const x of a.agt_args) Py_DECREF(x); },
  tp_getattro: PyObject_GenericGetAttr, tp_iter: self_iter, tp_iternext: (o) => async_gen_athrow_send(o, null),
  am_await: self_iter,
  tp_methods: [
    { ml_name: "send", ml_meth: async_gen_athrow_send, ml_flags: METH_O },
    { ml_name: "close", ml_meth: (o: PyObject) => { (o as PyAsyncGenAThrow).agt_state = AWAITABLE_STATE_CLOSED; return Py_NewNone(); }, ml_flags: METH_NOARGS },
  ],
});

function async_gen_anext(self: PyObject): PyObject {
  Py_INCREF(self);
  return new PyAsyncGenASend(self as PyGenObject, null);
}

/** @cpython PyAsyncGen_Type */
export const PyAsyncGen_Type: PyTypeObject = new PyTypeObject({
  tp_name: "async_generator", tp_basicsize: 112, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 24,
  tp_dealloc: gen_dealloc, tp_repr: gen_repr, tp_getattro: PyObject_GenericGetAttr,
  am_aiter: self_iter, am_anext: async_gen_anext,
  tp_methods: [
    { ml_name: "asend", ml_meth: (o: PyObject, v: PyObject) => { Py_INCREF(o); Py_INCREF(v); return new PyAsyncGenASend(o as PyGenObject, v); }, ml_flags: METH_O },
    { ml_name: "athrow", ml_meth: (o: PyObject, args: PyObject[]) => {
      if (!_PyArg_CheckPositional("athrow", args.length, 1, 3)) return null;
      Py_INCREF(o);
      for (const a of args) Py_INCREF(a);
      return new PyAsyncGenAThrow(o as PyGenObject, args.slice());
    }, ml_flags: METH_FASTCALL },
    { ml_name: "aclose", ml_meth: (o: PyObject) => { Py_INCREF(o); return new PyAsyncGenAThrow(o as PyGenObject, null); }, ml_flags: METH_NOARGS },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAliasRef.fn!(cls, arg),
      ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
  ],
  tp_getset: name_getset("ag").concat([
    { name: "ag_running", get: (o: PyObject) => PyBool_FromLong((o as PyGenObject).ag_running_async ? 1 : 0), set: undefined as never },
  ]),
});

export function _PyGen_InitTypes(): void {
  for (const t of [PyGen_Type, PyCoro_Type, PyAsyncGen_Type, _PyCoroWrapper_Type, _PyAsyncGenWrappedValue_Type,
    _PyAsyncGenASend_Type, _PyAsyncGenAThrow_Type]) PyType_Ready(t);
}
import { PyType_Ready } from "./typeobject.ts";

