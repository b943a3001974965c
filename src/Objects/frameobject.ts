/**
 * @mirrors Objects/frameobject.c
 * The frame object Python code sees (sys._getframe(), tb_frame, gi_frame): a view of an
 * _PyInterpreterFrame, made on first request and kept by it. f_lineno, f_lasti, f_back,
 * f_code, f_globals, f_builtins and f_locals (a dict snapshot of the fast locals for function
 * frames, the real namespace for module and class frames).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, METH_NOARGS } from "../Include/object.ts";
import { type _PyInterpreterFrame, _PyFrame_IsIncomplete, _PyFrame_ClearLocalsPlus, FRAME_OWNED_BY_FRAME_OBJECT, FRAME_OWNED_BY_GENERATOR, FRAME_OWNED_BY_THREAD } from "../Python/frame.ts";
import { PyBool_Check, PyBool_FromLong, Py_True } from "./boolobject.ts";
import { PyExc_RuntimeError, PyExc_TypeError } from "./exceptions.ts";
import { gen_close } from "./genobject.ts";
import { FRAME_EXECUTING, FRAME_COMPLETED } from "../Python/ceval.ts";
import { PyDict_New } from "./dictobject.ts";
import { frame_setlineno } from "./frame_setlineno.ts";
import { PyObject_SetItem, PyObject_DelItem, PyObject_GetItem } from "./abstract.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { PyLong_FromNumber } from "./longobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr } from "./object.ts";
import { PyCellObject } from "./cellobject.ts";
import { CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED } from "./codeobject.ts";
import { PyErr_Clear, PyErr_SetString, PyErr_WriteUnraisable, PyErr_Fetch, PyErr_Restore } from "../Python/errors.ts";

export class PyFrameObject extends PyObject {
  /**
   * The interpreter frame shown: the running frame (owned by the thread or a generator)
   * or, once it finished while this object was referenced, the object's own copy of it
   * (owner FRAME_OWNED_BY_FRAME_OBJECT, made by take_ownership in Python/frame.ts).
   */
  f_frame: _PyInterpreterFrame;
  /** The caller's frame object, linked when the frame finished (null while it runs). */
  f_back: PyFrameObject | null;
  f_trace: PyObject | null;
  f_trace_lines: boolean;
  f_trace_opcodes: boolean;
  /** The line shown while a trace function runs (0: compute it from the frame). */
  f_lineno: number;
  /** f_locals was asked for: a trace function's changes to it are copied back (PyFrame_LocalsToFast). */
  f_fast_as_locals: boolean;
  constructor(frame: _PyInterpreterFrame) {
    super(PyFrame_Type);
    this.f_frame = frame;
    this.f_back = null;
    this.f_trace = null;
    this.f_trace_lines = true;
    this.f_trace_opcodes = false;
    this.f_lineno = 0;
    this.f_fast_as_locals = false;
  }
  /** The frame has finished: this object owns the copy of it that it shows. */
  get detached(): boolean {
    return this.f_frame.owner === FRAME_OWNED_BY_FRAME_OBJECT;
  }
  /** take_ownership's f_back: the frame object of the caller `prev`. */
  linkBack(prev: _PyInterpreterFrame): void {
    const old = this.f_back;
    this.f_back = PyFrame_GetFrameObject(prev);
    Py_XDECREF(old);
  }
}

function lineOf(f: _PyInterpreterFrame): number {
  return f.f_code.addr2line(Math.max(0, f.prev_instr) * 2);
}

/** @cpython _PyFrame_GetFrameObject @returns new */
export function PyFrame_GetFrameObject(frame: _PyInterpreterFrame): PyFrameObject {
  let fo = frame.frame_obj;
  if (fo === null) {
    fo = new PyFrameObject(frame);
    frame.frame_obj = fo;
    fo.ob_refcnt = 1; // the interpreter frame's reference
  }
  Py_INCREF(fo);
  return fo;
}

/** @cpython PyFrame_GetLineNumber */
export function PyFrame_GetLineNumber(f: PyFrameObject): number {
  if (f.f_lineno !== 0) return f.f_lineno;
  return lineOf(f.f_frame);
}

/**
 * @cpython _PyFrame_FastToLocalsWithError: the locals as a dict. Module and class frames
 * answer their namespace. A function frame keeps one dict in f_locals (made the first time
 * it is asked for, running or finished) and refreshes it from the fast locals, cells and
 * free vars at each call: names that became unbound are removed, other keys (an exec() may
 * have added some) stay.
 * @returns new
 */
export function PyFrame_GetLocalsDict(frame: _PyInterpreterFrame): PyObject {
  const co = frame.f_code;
  let d = frame.f_locals;
  if (d !== null && !(co.co.co_flags & CO_OPTIMIZED)) {
    Py_INCREF(d);
    return d;
  }
  if (d === null) {
    d = PyDict_New();
    frame.f_locals = d;
  }
  Py_INCREF(d);
  const names = co.localsplusnames();
  const kinds = co.co.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = frame.localsplus[i];
    if (v !== null && kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof PyCellObject) v = v.ob_ref;
    if (v !== null) {
      if (PyObject_SetItem(d, names[i], v) < 0) PyErr_Clear();
    } else if (PyObject_DelItem(d, names[i]) < 0) {
      PyErr_Clear();
    }
  }
  return d;
}

/** @cpython PyFrame_FastToLocalsWithError: refresh f_locals from the fast locals. @returns new */
export function PyFrame_FastToLocalsWithError(f: PyFrameObject): PyObject {
  const d = PyFrame_GetLocalsDict(f.f_frame);
  if (f.f_frame.f_code.co.co_flags & CO_OPTIMIZED) f.f_fast_as_locals = true;
  return d;
}

/**
 * @cpython PyFrame_LocalsToFast: after a trace function ran, copy what it changed in
 * f_locals back into the fast locals, cells and free variables (`clear`: a name missing from
 * the dict unbinds the local).
 */
export function PyFrame_LocalsToFast(f: PyFrameObject, clear: boolean): void {
  if (!f.f_fast_as_locals || f.detached) return;
  f.f_fast_as_locals = false;
  const frame = f.f_frame;
  const locals = frame.f_locals;
  if (locals === null) return;
  const co = frame.f_code;
  const names = co.localsplusnames();
  const kinds = co.co.co_localspluskinds;
  const fast = frame.localsplus;
  const saved = PyErr_Fetch();
  for (let i = 0; i < names.length; i++) {
    const kind = kinds[i];
    if (kind & CO_FAST_FREE && !(co.co.co_flags & CO_OPTIMIZED)) continue;
    const value = PyObject_GetItem(locals, names[i]);
    if (value === null) {
      PyErr_Clear();
      if (!clear) continue;
    }
    const old = fast[i];
    let cell: PyCellObject | null = null;
    if (kind === CO_FAST_FREE) cell = old as PyCellObject;
    else if (kind & CO_FAST_CELL && old instanceof PyCellObject) cell = old;
    if (cell !== null) {
      const oldValue = cell.ob_ref;
      if (value !== oldValue) {
        if (value !== null) Py_INCREF(value);
        cell.ob_ref = value;
        Py_XDECREF(oldValue);
      }
    } else if (value !== old) {
      if (value !== null) Py_INCREF(value);
      fast[i] = value;
      Py_XDECREF(old);
    }
    Py_XDECREF(value);
  }
  PyErr_Restore(saved);
}

function frame_repr(self: PyObject): PyObject {
  const f = self as PyFrameObject;
  const co = f.f_frame.f_code.co;
  return PyUnicode_FromString(
    `<frame at ${_PyObject_AddressString(f)}, file '${co.co_filename}', line ${PyFrame_GetLineNumber(f)}, code ${co.co_name}>`);
}

/**
 * @cpython frame_tp_clear: drop the trace function, the locals and the value stack (the
 * locals mapping, the function and f_back stay until the object goes).
 */
function frame_tp_clear(f: PyFrameObject): void {
  const trace = f.f_trace;
  f.f_trace = null;
  Py_XDECREF(trace);
  _PyFrame_ClearLocalsPlus(f.f_frame);
}

/**
 * @cpython frame_dealloc: a frame object that owns its (finished) frame releases the
 * function, the locals mapping, the locals and the value stack; then f_back and f_trace.
 */
function frame_dealloc(o: PyObject): void {
  const f = o as PyFrameObject;
  const frame = f.f_frame;
  if (frame.owner === FRAME_OWNED_BY_FRAME_OBJECT) {
    const func = frame.f_func;
    frame.f_func = null;
    Py_XDECREF(func);
    const locals = frame.f_locals;
    frame.f_locals = null;
    Py_XDECREF(locals);
    _PyFrame_ClearLocalsPlus(frame);
  }
  const back = f.f_back;
  f.f_back = null;
  Py_XDECREF(back);
  const trace = f.f_trace;
  f.f_trace = null;
  Py_XDECREF(trace);
}

/**
 * @cpython frame_clear: a finished frame lets go of its locals; a suspended generator's
 * frame closes the generator first (_PyGen_Finalize); a running frame cannot be cleared.
 */
function frame_clear(self: PyObject): PyObject | null {
  const f = self as PyFrameObject;
  const frame = f.f_frame;
  if (frame.owner === FRAME_OWNED_BY_GENERATOR) {
    const gen = frame.gen!;
    if (gen.gi_frame_state === FRAME_EXECUTING) {
      return PyErr_SetString(PyExc_RuntimeError, "cannot clear an executing frame");
    }
    // _PyGen_Finalize: close the generator, reporting (not raising) what close() raises.
    if (gen.gi_frame_state < FRAME_COMPLETED) {
      const saved = PyErr_Fetch();
      const r = gen_close(gen);
      if (r === null) PyErr_WriteUnraisable("Exception ignored in: ", gen, gen);
      else Py_DECREF(r);
      PyErr_Restore(saved);
    }
  } else if (frame.owner === FRAME_OWNED_BY_THREAD) {
    return PyErr_SetString(PyExc_RuntimeError, "cannot clear an executing frame");
  } else {
    frame_tp_clear(f);
  }
  return Py_NewNone();
}

/** @cpython frame_sizeof: the object's header, the frame's fixed part, locals and stack. */
function frame_sizeof(self: PyObject): PyObject {
  const co = (self as PyFrameObject).f_frame.f_code.co;
  return PyLong_FromNumber(120 + (co.co_localsplusnames.length + co.co_stacksize) * 8);
}

function bool_setter(field: "f_trace_lines" | "f_trace_opcodes") {
  return (o: PyObject, v: PyObject | null): number => {
    if (v === null || !PyBool_Check(v)) {
      PyErr_SetString(PyExc_TypeError, "attribute value type must be bool");
      return -1;
    }
    (o as PyFrameObject)[field] = v === Py_True;
    return 0;
  };
}

export const PyFrame_Type: PyTypeObject = new PyTypeObject({
  tp_name: "frame", tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_repr: frame_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_dealloc: frame_dealloc,
  tp_methods: [
    { ml_name: "clear", ml_meth: frame_clear, ml_flags: METH_NOARGS, ml_doc: "F.clear(): clear most references held by the frame" },
    { ml_name: "__sizeof__", ml_meth: frame_sizeof, ml_flags: METH_NOARGS, ml_doc: "F.__sizeof__() -> size of F in memory, in bytes" },
  ],
  tp_getset: [
    { name: "f_lineno", get: (o) => PyLong_FromNumber(PyFrame_GetLineNumber(o as PyFrameObject)), set: (o, v) => frame_setlineno(o as PyFrameObject, v) },
    { name: "f_lasti", get: (o) => PyLong_FromNumber(Math.max(0, (o as PyFrameObject).f_frame.prev_instr) * 2) },
    { name: "f_code", get: (o) => { const c = (o as PyFrameObject).f_frame.f_code; Py_INCREF(c); return c; } },
    { name: "f_globals", get: (o) => { const g = (o as PyFrameObject).f_frame.f_globals; Py_INCREF(g); return g; } },
    { name: "f_builtins", get: (o) => { const g = (o as PyFrameObject).f_frame.f_builtins; Py_INCREF(g); return g; } },
    { name: "f_locals", get: (o) => PyFrame_FastToLocalsWithError(o as PyFrameObject) },
    { name: "f_back", get: (o) => {
      const f = o as PyFrameObject;
      if (f.f_back !== null) {
        Py_INCREF(f.f_back);
        return f.f_back;
      }
      if (f.detached) return Py_NewNone();
      let prev = f.f_frame.previous;
      while (prev !== null && _PyFrame_IsIncomplete(prev)) prev = prev.previous;
      return prev === null ? Py_NewNone() : PyFrame_GetFrameObject(prev);
    } },
    { name: "f_trace", get: (o) => {
      const t = (o as PyFrameObject).f_trace;
      if (t === null) return Py_NewNone();
      Py_INCREF(t);
      return t;
    }, set: (o, v) => {
      const f = o as PyFrameObject;
      const old = f.f_trace;
      f.f_trace = v === null || v === Py_None ? null : v;
      if (f.f_trace !== null) Py_INCREF(f.f_trace);
      Py_XDECREF(old);
      return 0;
    } },
    { name: "f_trace_lines", get: (o) => PyBool_FromLong((o as PyFrameObject).f_trace_lines), set: bool_setter("f_trace_lines") },
    { name: "f_trace_opcodes", get: (o) => PyBool_FromLong((o as PyFrameObject).f_trace_opcodes), set: bool_setter("f_trace_opcodes") },
  ],
});

