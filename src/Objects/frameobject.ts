/**
 * @mirrors Objects/frameobject.c
 * The frame object Python code sees (sys._getframe(), tb_frame, gi_frame): a view of an
 * _PyInterpreterFrame, made on first request and kept by it. f_lineno, f_lasti, f_back,
 * f_code, f_globals, f_builtins and f_locals (a dict snapshot of the fast locals for function
 * frames, the real namespace for module and class frames).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import type { _PyInterpreterFrame } from "../Python/frame.ts";
import { PyDict_New } from "./dictobject.ts";
import { PyObject_SetItem, PyObject_DelItem } from "./abstract.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { PyLong_FromNumber } from "./longobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr } from "./object.ts";
import { PyCellObject } from "./cellobject.ts";
import { CO_FAST_CELL, CO_FAST_FREE, CO_OPTIMIZED } from "./codeobject.ts";
import { PyErr_Clear } from "../Python/errors.ts";

export class PyFrameObject extends PyObject {
  f_frame: _PyInterpreterFrame;
  /** Line of the frame when it finished (the interpreter frame is gone then). */
  f_lineno_final: number;
  f_back_final: PyFrameObject | null;
  detached: boolean;
  constructor(frame: _PyInterpreterFrame) {
    super(PyFrame_Type);
    this.f_frame = frame;
    this.f_lineno_final = -1;
    this.f_back_final = null;
    this.detached = false;
  }
  /** Called when the interpreter frame finishes: remember what stays observable. */
  frameDetached(): void {
    if (this.detached) return;
    this.f_lineno_final = lineOf(this.f_frame);
    this.detached = true;
  }
}

declare module "./frameobject.ts" {}

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
  if (f.detached) return f.f_lineno_final;
  return lineOf(f.f_frame);
}

/**
 * @cpython _PyFrame_FastToLocalsWithError: the locals as a dict. Module and class frames
 * answer their namespace. A function frame keeps one dict in f_locals (as CPython does once
 * locals() has been asked for) and refreshes it from the fast locals, cells and free vars at
 * each call: names that became unbound are removed, other keys (an exec() may have added
 * some) stay. A finished frame gets a fresh snapshot, not kept.
 * @returns new
 */
export function PyFrame_GetLocalsDict(frame: _PyInterpreterFrame): PyObject {
  const co = frame.f_code;
  let d = frame.f_locals;
  if (d !== null && !(co.co.co_flags & CO_OPTIMIZED)) {
    Py_INCREF(d);
    return d;
  }
  const finished = frame.frame_obj !== null && frame.frame_obj.detached;
  if (d === null) {
    d = PyDict_New();
    if (!finished) {
      frame.f_locals = d;
      Py_INCREF(d);
    }
  } else Py_INCREF(d);
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

function frame_repr(self: PyObject): PyObject {
  const f = self as PyFrameObject;
  const co = f.f_frame.f_code.co;
  return PyUnicode_FromString(
    `<frame at ${_PyObject_AddressString(f)}, file '${co.co_filename}', line ${PyFrame_GetLineNumber(f)}, code ${co.co_name}>`);
}

export const PyFrame_Type: PyTypeObject = new PyTypeObject({
  tp_name: "frame", tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_repr: frame_repr, tp_getattro: PyObject_GenericGetAttr,
  tp_dealloc: (o) => Py_XDECREF((o as PyFrameObject).f_back_final),
  tp_getset: [
    { name: "f_lineno", get: (o) => PyLong_FromNumber(PyFrame_GetLineNumber(o as PyFrameObject)) },
    { name: "f_lasti", get: (o) => PyLong_FromNumber(Math.max(0, (o as PyFrameObject).f_frame.prev_instr) * 2) },
    { name: "f_code", get: (o) => { const c = (o as PyFrameObject).f_frame.f_code; Py_INCREF(c); return c; } },
    { name: "f_globals", get: (o) => { const g = (o as PyFrameObject).f_frame.f_globals; Py_INCREF(g); return g; } },
    { name: "f_builtins", get: (o) => { const g = (o as PyFrameObject).f_frame.f_builtins; Py_INCREF(g); return g; } },
    { name: "f_locals", get: (o) => PyFrame_GetLocalsDict((o as PyFrameObject).f_frame) },
    { name: "f_back", get: (o) => {
      const f = o as PyFrameObject;
      if (f.detached) return Py_NewNone();
      const prev = f.f_frame.previous;
      return prev === null ? Py_NewNone() : PyFrame_GetFrameObject(prev);
    } },
    { name: "f_trace", get: () => Py_NewNone(), set: () => 0 },
  ],
});

