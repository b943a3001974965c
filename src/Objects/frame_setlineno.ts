/**
 * @mirrors Objects/frameobject.c
 * Assigning frame.f_lineno from a trace function: the debugger's "jump". The frame continues
 * at the first instruction of another line, provided the value stack there can be reached
 * from the stack here by popping. To know, the code's stack is modelled at every instruction
 * (mark_stacks) as a list of kinds — iterator, exception, object, NULL, lasti — three bits
 * each, packed in a 64-bit integer as CPython does (a BigInt here; jumps are rare).
 */
import { PyObject, Py_XDECREF } from "../Include/object.ts";
import * as O from "../Include/opcode.generated.ts";
import { stack_effect } from "../Python/flowgraph.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_ValueError } from "./exceptions.ts";
import { PyLong_CheckExact, type PyLongObject } from "./longobject.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from "./codeobject.ts";
import { FRAME_OWNED_BY_GENERATOR, type _PyInterpreterFrame } from "../Python/frame.ts";
import { PyTrace_CALL, PyTrace_LINE, PyTrace_RETURN } from "../Python/ceval_trace.ts";
import { FRAME_SUSPENDED } from "../Python/ceval.ts";
import type { PyFrameObject } from "./frameobject.ts";

// The kinds of stack entry (frameobject.c's Kind).
const Iterator = 1n, Except = 2n, Obj = 3n, Null = 4n, Lasti = 5n;
const BITS_PER_BLOCK = 3n;
const MASK = 7n;
const UNINITIALIZED = -2n;
const OVERFLOWED = -1n;
const EMPTY_STACK = 0n;
const MAX_STACK_ENTRIES = 63n / BITS_PER_BLOCK;
const WILL_OVERFLOW = 1n << ((MAX_STACK_ENTRIES - 1n) * BITS_PER_BLOCK);

function push_value(stack: bigint, kind: bigint): bigint {
  // CPython compares as unsigned: the negative markers count as huge.
  if (stack < 0n || stack >= WILL_OVERFLOW) return OVERFLOWED;
  return (stack << BITS_PER_BLOCK) | kind;
}

/** An arithmetic shift, as CPython's on int64 (the markers stay negative). */
const pop_value = (stack: bigint): bigint => stack >> BITS_PER_BLOCK;
const top_of_stack = (stack: bigint): bigint => stack & MASK;
const peek = (stack: bigint, n: number): bigint => (stack >> (BITS_PER_BLOCK * BigInt(n - 1))) & MASK;

function stack_swap(stack: bigint, n: number): bigint {
  const to_swap = peek(stack, n);
  const top = top_of_stack(stack);
  const shift = BITS_PER_BLOCK * BigInt(n - 1);
  const replaced_low = (stack & ~(MASK << shift)) | (top << shift);
  return (replaced_low & ~MASK) | to_swap;
}

function pop_to_level(stack: bigint, level: number): bigint {
  if (level === 0) return EMPTY_STACK;
  const level_max_stack = MASK << (BigInt(level - 1) * BITS_PER_BLOCK);
  while (stack > level_max_stack) stack = pop_value(stack);
  return stack;
}

function compatible_kind(from: bigint, to: bigint): boolean {
  if (to === 0n) return false;
  if (to === Obj) return from !== Null;
  if (to === Null) return true;
  return from === to;
}

/** The oparg of the (unquickened) instruction at `i`, with its EXTENDED_ARG prefixes. */
function get_arg(code: Uint8Array, i: number): number {
  let oparg = code[2 * i + 1];
  for (let k = 1; k <= 3 && i >= k && code[2 * (i - k)] === O.EXTENDED_ARG; k++) oparg |= code[2 * (i - k) + 1] << (8 * k);
  return oparg;
}

/** @cpython mark_stacks: the modelled stack before each instruction (UNINITIALIZED if unreachable). */
function mark_stacks(frame: _PyInterpreterFrame, len: number): bigint[] {
  const co = frame.f_code.co;
  const code = co.co_code;
  const stacks: bigint[] = new Array(len + 1).fill(UNINITIALIZED);
  stacks[0] = EMPTY_STACK;
  // A generator is sent None when it starts.
  if (co.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) stacks[0] = push_value(stacks[0], Obj);
  const handlers = co.exceptionEntries();
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < len; i++) {
      let next_stack = stacks[i];
      if (next_stack === UNINITIALIZED) continue;
      const opcode = code[2 * i];
      switch (opcode) {
        case O.JUMP_IF_FALSE_OR_POP: case O.JUMP_IF_TRUE_OR_POP:
        case O.POP_JUMP_FORWARD_IF_FALSE: case O.POP_JUMP_BACKWARD_IF_FALSE:
        case O.POP_JUMP_FORWARD_IF_TRUE: case O.POP_JUMP_BACKWARD_IF_TRUE:
        case O.POP_JUMP_FORWARD_IF_NONE: case O.POP_JUMP_BACKWARD_IF_NONE:
        case O.POP_JUMP_FORWARD_IF_NOT_NONE: case O.POP_JUMP_BACKWARD_IF_NOT_NONE: {
          const backward = opcode === O.POP_JUMP_BACKWARD_IF_FALSE || opcode === O.POP_JUMP_BACKWARD_IF_TRUE ||
            opcode === O.POP_JUMP_BACKWARD_IF_NONE || opcode === O.POP_JUMP_BACKWARD_IF_NOT_NONE;
          const j = backward ? i + 1 - get_arg(code, i) : i + 1 + get_arg(code, i);
          if (stacks[j] === UNINITIALIZED && j < i) todo = true;
          let target_stack: bigint;
          if (opcode === O.JUMP_IF_FALSE_OR_POP || opcode === O.JUMP_IF_TRUE_OR_POP) {
            target_stack = next_stack;
            next_stack = pop_value(next_stack);
          } else {
            next_stack = pop_value(next_stack);
            target_stack = next_stack;
          }
          stacks[j] = target_stack;
          stacks[i + 1] = next_stack;
          break;
        }
        case O.SEND: {
          const j = get_arg(code, i) + i + 1;
          stacks[j] = pop_value(next_stack);
          stacks[i + 1] = next_stack;
          break;
        }
        case O.JUMP_FORWARD:
          stacks[get_arg(code, i) + i + 1] = next_stack;
          break;
        case O.JUMP_BACKWARD: case O.JUMP_BACKWARD_NO_INTERRUPT: {
          const j = i + 1 - get_arg(code, i);
          if (stacks[j] === UNINITIALIZED && j < i) todo = true;
          stacks[j] = next_stack;
          break;
        }
        case O.GET_ITER: case O.GET_AITER:
          stacks[i + 1] = push_value(pop_value(next_stack), Iterator);
          break;
        case O.FOR_ITER: {
          const target_stack = pop_value(next_stack);
          stacks[i + 1] = push_value(next_stack, Obj);
          stacks[get_arg(code, i) + i + 1] = target_stack;
          break;
        }
        case O.END_ASYNC_FOR:
          stacks[i + 1] = pop_value(pop_value(next_stack));
          break;
        case O.PUSH_EXC_INFO:
          stacks[i + 1] = push_value(next_stack, Except);
          break;
        case O.POP_EXCEPT:
          stacks[i + 1] = pop_value(next_stack);
          break;
        case O.RETURN_VALUE: case O.RAISE_VARARGS: case O.RERAISE:
          // The end of a block: nothing follows from here.
          break;
        case O.PUSH_NULL:
          stacks[i + 1] = push_value(next_stack, Null);
          break;
        case O.LOAD_GLOBAL:
          if (code[2 * i + 1] & 1) next_stack = push_value(next_stack, Null);
          stacks[i + 1] = push_value(next_stack, Obj);
          break;
        case O.LOAD_METHOD:
          stacks[i + 1] = push_value(push_value(pop_value(next_stack), Null), Obj);
          break;
        case O.CALL:
          stacks[i + 1] = push_value(pop_value(pop_value(next_stack)), Obj);
          break;
        case O.SWAP:
          stacks[i + 1] = stack_swap(next_stack, get_arg(code, i));
          break;
        case O.COPY:
          stacks[i + 1] = push_value(next_stack, peek(next_stack, get_arg(code, i)));
          break;
        default: {
          let delta = stack_effect(opcode, get_arg(code, i), -1);
          for (; delta < 0; delta++) next_stack = pop_value(next_stack);
          for (; delta > 0; delta--) next_stack = push_value(next_stack, Obj);
          stacks[i + 1] = next_stack;
        }
      }
    }
    // Handlers are reached with the stack of their try block, cut to the handler's depth.
    for (const h of handlers) {
      const start = h.start / 2, handler = h.target / 2;
      if (stacks[start] !== UNINITIALIZED && stacks[handler] === UNINITIALIZED) {
        todo = true;
        let target_stack = pop_to_level(stacks[start], h.depth);
        if (h.lasti) target_stack = push_value(target_stack, Lasti);
        stacks[handler] = push_value(target_stack, Except);
      }
    }
  }
  return stacks;
}

/** @cpython compatible_stack: `to_stack` is `from_stack` with some entries popped. */
function compatible_stack(from_stack: bigint, to_stack: bigint): boolean {
  if (from_stack < 0n || to_stack < 0n) return false;
  while (from_stack > to_stack) from_stack = pop_value(from_stack);
  while (from_stack) {
    if (!compatible_kind(top_of_stack(from_stack), top_of_stack(to_stack))) return false;
    from_stack = pop_value(from_stack);
    to_stack = pop_value(to_stack);
  }
  return to_stack === 0n;
}

/** @cpython explain_incompatible_stack */
function explain_incompatible_stack(to_stack: bigint): string {
  if (to_stack === OVERFLOWED) return "stack is too deep to analyze";
  if (to_stack === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top_of_stack(to_stack)) {
    case Except: return "can't jump into an 'except' block as there's no exception";
    case Lasti: return "can't jump into a re-raising block as there's no location";
    case Iterator: return "can't jump into the body of a for loop";
    default: return "incompatible stacks";
  }
}

/** @cpython marklines: the line each line-starting instruction starts (-1 elsewhere). */
function marklines(frame: _PyInterpreterFrame, len: number): Int32Array {
  const lines = new Int32Array(len).fill(-1);
  let last_line = -1;
  for (const r of frame.f_code.co.co_lines()) {
    const line = r.line;
    if (line !== last_line && line !== -1) {
      lines[r.start / 2] = line;
      last_line = line;
    }
  }
  return lines;
}

/** @cpython first_line_not_before */
function first_line_not_before(lines: Int32Array, line: number): number {
  let result = Infinity;
  for (const l of lines) if (l < result && l >= line) result = l;
  return result === Infinity ? -1 : result;
}

/**
 * @cpython frame_setlineno: only from a trace function's 'line' event (or the 'return' event
 * of a yield), to a line whose stack the current one can be cut down to; the values above it
 * are popped (exceptions being handled are restored as the handled exception).
 */
export function frame_setlineno(f: PyFrameObject, p_new_lineno: PyObject | null): number {
  if (p_new_lineno === null) {
    PyErr_SetString(PyExc_AttributeError, "cannot delete attribute");
    return -1;
  }
  if (!PyLong_CheckExact(p_new_lineno)) {
    PyErr_SetString(PyExc_ValueError, "lineno must be an integer");
    return -1;
  }
  const frame = f.f_frame;
  const tstate = _PyThreadState_GET();
  const suspended = !f.detached && frame.owner === FRAME_OWNED_BY_GENERATOR && frame.gen!.gi_frame_state === FRAME_SUSPENDED;
  // Jumps are for 'line' events (and the 'return' event of a yield), as before 3.11.
  const what = tstate.tracing_what;
  if (what === PyTrace_CALL) {
    PyErr_SetString(PyExc_ValueError, "can't jump from the 'call' trace event of a new frame");
    return -1;
  }
  if (what !== PyTrace_LINE && !(what === PyTrace_RETURN && suspended)) {
    PyErr_SetString(PyExc_ValueError, "can only jump from a 'line' trace event");
    return -1;
  }
  if (f.f_trace === null) {
    PyErr_SetString(PyExc_ValueError, "f_lineno can only be set by a trace function");
    return -1;
  }
  const v = (p_new_lineno as PyLongObject).ob_ival;
  const big = BigInt(v);
  if (big > 2147483647n || big < -2147483648n) {
    PyErr_SetString(PyExc_ValueError, "lineno out of range");
    return -1;
  }
  let new_lineno = Number(v);
  const co = frame.f_code;
  if (new_lineno < co.co.co_firstlineno) {
    PyErr_SetString(PyExc_ValueError, `line ${new_lineno} comes before the current code block`);
    return -1;
  }
  const len = co.co.co_code.length >> 1;
  const lines = marklines(frame, len);
  const asked = new_lineno;
  new_lineno = first_line_not_before(lines, new_lineno);
  if (new_lineno < 0) {
    PyErr_SetString(PyExc_ValueError, `line ${asked} comes after the current code block`);
    return -1;
  }
  const stacks = mark_stacks(frame, len);
  let best_stack = OVERFLOWED;
  let best_addr = -1;
  let start_stack = stacks[Math.max(0, frame.prev_instr)];
  let err = -1;
  let msg = "cannot find bytecode for specified line";
  for (let i = 0; i < len; i++) {
    if (lines[i] !== new_lineno) continue;
    const target_stack = stacks[i];
    if (compatible_stack(start_stack, target_stack)) {
      err = 0;
      if (target_stack > best_stack) {
        best_stack = target_stack;
        best_addr = i;
      }
    } else if (err < 0) {
      if (start_stack === OVERFLOWED) msg = "stack to deep to analyze";
      else if (start_stack === UNINITIALIZED) msg = "can't jump from unreachable code";
      else {
        msg = explain_incompatible_stack(target_stack);
        err = 1;
      }
    }
  }
  if (err) {
    PyErr_SetString(PyExc_ValueError, msg);
    return -1;
  }
  // After a yield, the yielded value is no longer on the stack.
  if (suspended) start_stack = pop_value(start_stack);
  const lp = frame.localsplus;
  while (start_stack > best_stack) {
    const v = lp[--frame.stacktop];
    lp[frame.stacktop] = null;
    if (top_of_stack(start_stack) === Except) {
      // Leaving an except block: the exception it handled stops being the handled one.
      const exc_info = tstate.exc_info;
      const old = exc_info.exc_value;
      exc_info.exc_value = v;
      Py_XDECREF(old);
    } else {
      Py_XDECREF(v);
    }
    start_stack = pop_value(start_stack);
  }
  f.f_lineno = 0;
  frame.prev_instr = best_addr;
  // A suspended generator resumes after its last instruction (prev_instr + 1 in CPython).
  if (suspended) frame.next_instr = best_addr + 1;
  return 0;
}
