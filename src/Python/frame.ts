/**
 * @mirrors Python/frame.c
 * The interpreter frame (_PyInterpreterFrame, Include/internal/pycore_frame.h): one
 * activation of a code object. Frames form a chain through `previous` — the per-thread
 * frame stack of DESIGN D2 — and the eval loop moves along it instead of recursing in
 * JavaScript: a call links a new frame and carries on in it, a return unlinks it.
 *
 *   localsplus: [ locals | cells | free vars | value stack ... ]
 *                 0 ...    nlocalsplus-1        stacktop ->
 *
 * A frame object (PyFrameObject, Objects/frameobject.c) is created only when Python code
 * asks for one (sys._getframe, tracebacks); it points back at the interpreter frame.
 */
import type { PyObject } from "../Include/object.ts";
import { Py_DECREF, Py_INCREF, Py_XDECREF } from "../Include/object.ts";
import type { PyDictObject } from "../Objects/dictobject.ts";
import type { PyFunctionObject } from "../Objects/funcobject.ts";
import type { PyCodeObjectWrapper } from "../Objects/codeobject_runtime.ts";
import type { PyFrameObject } from "../Objects/frameobject.ts";
import type { PyGenObject } from "../Objects/genobject.ts";
import { _PyThreadState_GET } from "./pystate.ts";

export const FRAME_OWNED_BY_THREAD = 0;
export const FRAME_OWNED_BY_GENERATOR = 1;
export const FRAME_OWNED_BY_FRAME_OBJECT = 2;

export class _PyInterpreterFrame {
  f_func: PyFunctionObject | null;
  f_globals: PyDictObject;
  f_builtins: PyDictObject;
  f_locals: PyObject | null;
  f_code: PyCodeObjectWrapper;
  frame_obj: PyFrameObject | null;
  previous: _PyInterpreterFrame | null;
  /** Code-unit index of the instruction running (or last run); -1 before the first. */
  prev_instr: number;
  /** Where execution continues when the frame is resumed (after a call returns, a yield). */
  next_instr: number;
  stacktop: number;
  localsplus: (PyObject | null)[];
  owner: number;
  /** True when a native caller waits for this frame: returning leaves the eval loop. */
  is_entry: boolean;
  /** The generator/coroutine that owns this frame, if any. */
  gen: PyGenObject | null;
  /** kwnames set by KW_NAMES for the next CALL (call_shape.kwnames). */
  kwnames: PyObject | null;
  /** The oparg of the FOR_ITER/SEND that resumed a generator on top of this frame. */
  resume_oparg: number;

  constructor(code: PyCodeObjectWrapper, func: PyFunctionObject | null, globals: PyDictObject, builtins: PyDictObject,
    locals: PyObject | null) {
    this.f_func = func;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.f_code = code;
    this.frame_obj = null;
    this.previous = null;
    this.prev_instr = -1;
    this.next_instr = 0;
    const n = code.co.co_localsplusnames.length;
    this.stacktop = n;
    this.localsplus = new Array(n + code.co.co_stacksize).fill(null);
    this.owner = FRAME_OWNED_BY_THREAD;
    this.is_entry = false;
    this.gen = null;
    this.kwnames = null;
    this.resume_oparg = 0;
  }
}

/**
 * Frames of finished calls, kept for reuse by the size of their localsplus array.
 * DIVERGENCE: CPython carves frames out of the thread's data stack chunks
 * (_PyThreadState_BumpFramePointer) and pops them on return, so a call allocates nothing;
 * here a finished frame that nothing else refers to (no frame object, not a generator's)
 * goes back to a free list and the next call of a code object of the same size takes it.
 */
const FRAME_POOL_MAX_SIZE = 64;
const FRAME_POOL_DEPTH = 16;
const framePool: _PyInterpreterFrame[][] = Array.from({ length: FRAME_POOL_MAX_SIZE + 1 }, () => []);

/**
 * @cpython _PyFrame_PushUnchecked: a frame for `code`, taken from the free list when one of
 * the right size is there. Every slot of a reused frame's localsplus is null.
 */
export function _PyFrame_New(code: PyCodeObjectWrapper, func: PyFunctionObject | null, globals: PyDictObject,
  builtins: PyDictObject, locals: PyObject | null): _PyInterpreterFrame {
  const co = code.co;
  const n = co.co_localsplusnames.length;
  const size = n + co.co_stacksize;
  if (size <= FRAME_POOL_MAX_SIZE) {
    const pool = framePool[size];
    if (pool.length > 0) {
      const f = pool.pop()!;
      f.f_func = func;
      f.f_globals = globals;
      f.f_builtins = builtins;
      f.f_locals = locals;
      f.f_code = code;
      f.prev_instr = -1;
      f.next_instr = 0;
      f.stacktop = n;
      return f;
    }
  }
  return new _PyInterpreterFrame(code, func, globals, builtins, locals);
}

/**
 * Give a finished thread-owned frame back to the free list (after _PyFrame_Clear, with the
 * frame unlinked). Frames that a frame object or a generator still refers to are left alone.
 */
export function _PyFrame_Recycle(frame: _PyInterpreterFrame): void {
  if (frame.frame_obj !== null || frame.owner !== FRAME_OWNED_BY_THREAD || frame.stacktop !== 0) return;
  const lp = frame.localsplus;
  const size = lp.length;
  if (size > FRAME_POOL_MAX_SIZE) return;
  const pool = framePool[size];
  if (pool.length >= FRAME_POOL_DEPTH) return;
  frame.f_func = null;
  frame.f_locals = null;
  frame.previous = null;
  frame.is_entry = false;
  frame.gen = null;
  frame.kwnames = null;
  frame.resume_oparg = 0;
  pool.push(frame);
}

/**
 * @cpython take_ownership: the frame finished while its frame object is referenced from
 * elsewhere (a traceback, a caller keeping sys._getframe()). The frame object gets a copy
 * of the interpreter frame that owns what the frame held: the locals and value stack (the
 * array itself moves over; the finished frame gets the copy's empty one), the locals
 * mapping and a reference to the function. They live until frame.clear() or the frame
 * object's dealloc. f_back is linked to the caller's frame object here, because the caller
 * moves on. A generator's frame has no caller any more when it is cleared (gen_send_ex2
 * unlinks `previous` first), so a finished generator frame has no f_back.
 */
function take_ownership(f: PyFrameObject, frame: _PyInterpreterFrame): void {
  const copy = new _PyInterpreterFrame(frame.f_code, frame.f_func, frame.f_globals, frame.f_builtins, frame.f_locals);
  const empty = copy.localsplus;
  copy.localsplus = frame.localsplus;
  frame.localsplus = empty;
  copy.stacktop = frame.stacktop;
  frame.stacktop = 0;
  frame.f_locals = null;
  if (copy.f_func !== null) Py_INCREF(copy.f_func);
  copy.prev_instr = frame.prev_instr;
  copy.next_instr = frame.next_instr;
  copy.resume_oparg = frame.resume_oparg;
  copy.owner = FRAME_OWNED_BY_FRAME_OBJECT;
  f.f_frame = copy;
  if (_PyFrame_IsIncomplete(copy)) {
    // A frame that never reached its first RESUME (a generator made but never started):
    // it is dead anyway, so it is shown as if that RESUME had run.
    copy.prev_instr = copy.f_code.firstTraceable();
  }
  let prev = frame.owner === FRAME_OWNED_BY_GENERATOR ? null : frame.previous;
  while (prev !== null && _PyFrame_IsIncomplete(prev)) prev = prev.previous;
  if (prev !== null) f.linkBack(prev);
}

/**
 * @cpython _PyFrame_IsIncomplete: a frame (not a generator's) that has not reached the
 * first RESUME of its code yet, so is not shown to Python code (f_back skips it).
 */
export function _PyFrame_IsIncomplete(frame: _PyInterpreterFrame): boolean {
  return frame.owner !== FRAME_OWNED_BY_GENERATOR && frame.prev_instr < frame.f_code.firstTraceable();
}

/**
 * @cpython _PyFrame_Clear: release what a finished frame holds: its locals and value stack,
 * its frame object and its locals mapping (the function is released by the caller, which
 * owns that reference here). When the frame object is still referenced elsewhere, it takes
 * the frame over instead (take_ownership) and nothing is released yet.
 */
export function _PyFrame_Clear(frame: _PyInterpreterFrame): void {
  const fo = frame.frame_obj;
  if (fo !== null) {
    frame.frame_obj = null;
    if (fo.ob_refcnt > 1) {
      take_ownership(fo, frame);
      Py_DECREF(fo);
      return;
    }
    Py_DECREF(fo);
  }
  _PyFrame_ClearLocals(frame);
}

/** The locals, the value stack and the locals mapping of a frame, released. */
export function _PyFrame_ClearLocals(frame: _PyInterpreterFrame): void {
  _PyFrame_ClearLocalsPlus(frame);
  Py_XDECREF(frame.f_locals);
  frame.f_locals = null;
}

/** The locals and the value stack of a frame (localsplus up to stacktop), released in order. */
export function _PyFrame_ClearLocalsPlus(frame: _PyInterpreterFrame): void {
  const lp = frame.localsplus;
  for (let i = 0; i < frame.stacktop; i++) {
    const o = lp[i];
    if (o !== null) {
      lp[i] = null;
      Py_DECREF(o);
    }
  }
  frame.stacktop = 0;
}

/** The line number of the instruction a frame is at (PyUnstable_InterpreterFrame_GetLine). */
export function _PyInterpreterFrame_GetLine(frame: _PyInterpreterFrame): number {
  const i = frame.prev_instr < 0 ? 0 : frame.prev_instr;
  return frame.f_code.addr2line(i * 2);
}

/**
 * The globals of the innermost running Python frame, for type_new's __module__ (which reads
 * the caller's globals in CPython). @returns borrowed
 */
export function PyFrame_LocalsFirstArg(): PyDictObject | null {
  const f = _PyThreadState_GET().current_frame;
  return f === null ? null : f.f_globals;
}
