/**
 * @mirrors Python/compile.c
 * The back half of compile.c: the flow-graph passes 3.11 runs on a finished unit
 * (constant folding of tuples, jump threading, SWAP elimination, dead-block removal,
 * NOP cleanup, line-number propagation), the prologue (RETURN_GENERATOR, MAKE_CELL,
 * COPY_FREE_VARS), stack depth, exception-handler labelling, and the assembly of bytecode,
 * the location table and the exception table into a code object.
 */
import { ConstantTuple, Ellipsis, None, PyNone } from "../Include/ast_constant.ts";
import * as O from "../Include/opcode.generated.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { isTrue } from "../Objects/constant_ops.ts";
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_FUTURE_ANNOTATIONS,
  CO_FUTURE_BARRY_AS_BDFL, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS,
  _PyCode_ConstantKey as constantKey, CodeConstant, PY_CODE_LOCATION_INFO_LONG, PY_CODE_LOCATION_INFO_NO_COLUMNS, PY_CODE_LOCATION_INFO_NONE,
  PY_CODE_LOCATION_INFO_ONE_LINE0, PY_CODE_LOCATION_INFO_SHORT0, PyCodeObject, ARENA_CONST, ARENA_ITEMS,
} from "../Objects/codeobject.ts";
import type { Compiler } from "./compile.ts";
import {
  BasicBlock, ExceptStack, HAS_ARG, Instr, instr_size, is_block_push, is_jump, is_relative_jump,
  PY_INVALID_STACK_EFFECT, setLocation, stack_effect,
} from "./flowgraph.ts";

const MAX_COPY_SIZE = 4;
/** The future flags that code objects carry (@cpython PyCF_MASK). */
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | CO_FUTURE_BARRY_AS_BDFL | 0x800000 | CO_FUTURE_ANNOTATIONS;

/**
 * A growable byte buffer (the PyBytes CPython resizes as it writes). Units are assembled
 * one after another, never inside each other, so the three buffers are reused.
 */
class ByteWriter {
  private static pool: Uint8Array[] = [new Uint8Array(1 << 16), new Uint8Array(1 << 14), new Uint8Array(1 << 12)];
  private buf: Uint8Array;
  length = 0;

  constructor(private readonly slot: number) {
    this.buf = ByteWriter.pool[slot];
  }

  /** Appends one byte, or two. */
  push(b: number, b2?: number): void {
    if (this.length + 2 > this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf.subarray(0, this.length));
      this.buf = bigger;
      ByteWriter.pool[this.slot] = bigger;
    }
    this.buf[this.length++] = b;
    if (b2 !== undefined) this.buf[this.length++] = b2;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** The state of assembling one unit (@cpython struct assembler). */
interface Assembler {
  a_entry: BasicBlock;
  a_nblocks: number;
  bytecode: ByteWriter;
  linetable: ByteWriter;
  except_table: ByteWriter;
  /** Line of the last location entry written. */
  a_lineno: number;
}

// -- stack depth -------------------------------------------------------------------------

/** @cpython stackdepth */
function stackdepth(c: Compiler): number {
  let entryblock: BasicBlock | null = null;
  for (let b = c.u.u_blocks; b !== null; b = b.b_list) {
    b.b_startdepth = Number.MIN_SAFE_INTEGER;
    entryblock = b;
  }
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.b_startdepth < depth && b.b_startdepth < 100) {
      b.b_startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  const ste = c.u.u_ste;
  push(entryblock!, ste.ste_generator || ste.ste_coroutine ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.b_startdepth;
    let next = b.b_next;
    for (const instr of b.b_instr) {
      const effect = stack_effect(instr.i_opcode, instr.i_oparg, 0);
      if (effect === PY_INVALID_STACK_EFFECT) {
        throw new PyFrontEndError("SystemError", `compiler stack_effect(opcode=${instr.i_opcode}, arg=${instr.i_oparg}) failed`);
      }
      const new_depth = depth + effect;
      if (new_depth > maxdepth) maxdepth = new_depth;
      if (is_jump(instr) || is_block_push(instr)) {
        const target_depth = depth + stack_effect(instr.i_opcode, instr.i_oparg, 1);
        if (target_depth > maxdepth) maxdepth = target_depth;
        push(instr.i_target!, target_depth);
      }
      depth = new_depth;
      const op = instr.i_opcode;
      if (op === O.JUMP_NO_INTERRUPT || op === O.JUMP || op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

// -- exception handlers ------------------------------------------------------------------

function push_except_block(stack: ExceptStack, setup: Instr): BasicBlock {
  const target = setup.i_target!;
  if (setup.i_opcode === O.SETUP_WITH || setup.i_opcode === O.SETUP_CLEANUP) target.b_preserve_lasti = true;
  stack.handlers[++stack.depth] = target;
  return target;
}

const copy_except_stack = (s: ExceptStack): ExceptStack => ({ handlers: s.handlers.slice(), depth: s.depth });

/** Gives every instruction the handler that covers it (@cpython label_exception_targets). */
function label_exception_targets(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.b_next) b.b_visited = false;
  const todo: BasicBlock[] = [entry];
  entry.b_visited = true;
  entry.b_exceptstack = { handlers: [null], depth: 0 };
  while (todo.length) {
    const b = todo.pop()!;
    let except_stack: ExceptStack | null = b.b_exceptstack!;
    b.b_exceptstack = null;
    let handler = except_stack.handlers[except_stack.depth];
    for (let i = 0; i < b.b_instr.length; i++) {
      const instr = b.b_instr[i];
      if (is_block_push(instr)) {
        if (!instr.i_target!.b_visited) {
          instr.i_target!.b_exceptstack = copy_except_stack(except_stack!);
          todo.push(instr.i_target!);
          instr.i_target!.b_visited = true;
        }
        handler = push_except_block(except_stack!, instr);
      } else if (instr.i_opcode === O.POP_BLOCK) {
        handler = except_stack!.handlers[--except_stack!.depth];
      } else if (is_jump(instr)) {
        instr.i_except = handler;
        if (!instr.i_target!.b_visited) {
          if (!b.b_nofallthrough) {
            instr.i_target!.b_exceptstack = copy_except_stack(except_stack!);
          } else {
            instr.i_target!.b_exceptstack = except_stack;
            except_stack = null;
          }
          todo.push(instr.i_target!);
          instr.i_target!.b_visited = true;
        }
      } else {
        instr.i_except = handler;
      }
    }
    if (!b.b_nofallthrough && !b.b_next!.b_visited) {
      b.b_next!.b_exceptstack = except_stack;
      todo.push(b.b_next!);
      b.b_next!.b_visited = true;
    }
  }
}

function convert_exception_handlers_to_nops(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.b_next) {
    for (const instr of b.b_instr) if (is_block_push(instr) || instr.i_opcode === O.POP_BLOCK) instr.i_opcode = O.NOP;
  }
}

// -- tables ------------------------------------------------------------------------------

/** One exception-table number: 6-bit groups, high first, bit 6 = more follows. */
function emit_exception_table_item(out: ByteWriter, value: number, msb: number): void {
  const CONTINUATION_BIT = 64;
  if (value >= 1 << 24) { out.push((value >> 24) | CONTINUATION_BIT | msb); msb = 0; }
  if (value >= 1 << 18) { out.push(((value >> 18) & 0x3f) | CONTINUATION_BIT | msb); msb = 0; }
  if (value >= 1 << 12) { out.push(((value >> 12) & 0x3f) | CONTINUATION_BIT | msb); msb = 0; }
  if (value >= 1 << 6) { out.push(((value >> 6) & 0x3f) | CONTINUATION_BIT | msb); msb = 0; }
  out.push((value & 0x3f) | msb);
}

/** @cpython assemble_emit_exception_table_entry */
function emit_exception_table_entry(a: Assembler, start: number, end: number, handler: BasicBlock): void {
  let depth = handler.b_startdepth - 1;
  if (handler.b_preserve_lasti) depth -= 1;
  const depth_lasti = (depth << 1) | (handler.b_preserve_lasti ? 1 : 0);
  emit_exception_table_item(a.except_table, start, 1 << 7);
  emit_exception_table_item(a.except_table, end - start, 0);
  emit_exception_table_item(a.except_table, handler.b_offset, 0);
  emit_exception_table_item(a.except_table, depth_lasti, 0);
}

/** @cpython assemble_exception_table */
function assemble_exception_table(a: Assembler): void {
  let ioffset = 0;
  let handler: BasicBlock | null = null;
  let start = -1;
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    ioffset = b.b_offset;
    for (const instr of b.b_instr) {
      if (instr.i_except !== handler) {
        if (handler !== null) emit_exception_table_entry(a, start, ioffset, handler);
        start = ioffset;
        handler = instr.i_except;
      }
      ioffset += instr_size(instr);
    }
  }
  if (handler !== null) emit_exception_table_entry(a, start, ioffset, handler);
}

function write_varint(out: ByteWriter, val: number): void {
  while (val >= 64) {
    out.push(64 | (val & 63));
    val >>>= 6;
  }
  out.push(val);
}

function write_signed_varint(out: ByteWriter, val: number): void {
  write_varint(out, val < 0 ? ((-val) << 1) | 1 : val << 1);
}

const write_first_byte = (out: ByteWriter, code: number, length: number): void => {
  out.push(0x80 | (code << 3) | (length - 1));
};

/** @cpython write_location_info_entry */
function write_location_info_entry(a: Assembler, i: Instr, isize: number): void {
  const out = a.linetable;
  if (i.i_lineno < 0) {
    write_first_byte(out, PY_CODE_LOCATION_INFO_NONE, isize);
    return;
  }
  const line_delta = i.i_lineno - a.a_lineno;
  const column = i.i_col_offset;
  const end_column = i.i_end_col_offset;
  if (column < 0 || end_column < 0) {
    if (i.i_end_lineno === i.i_lineno || i.i_end_lineno === -1) {
      write_first_byte(out, PY_CODE_LOCATION_INFO_NO_COLUMNS, isize);
      write_signed_varint(out, line_delta);
      a.a_lineno = i.i_lineno;
      return;
    }
  } else if (i.i_end_lineno === i.i_lineno) {
    if (line_delta === 0 && column < 80 && end_column - column < 16 && end_column >= column) {
      write_first_byte(out, PY_CODE_LOCATION_INFO_SHORT0 + (column >> 3), isize);
      out.push(((column & 7) << 4) | (end_column - column));
      return;
    }
    if (line_delta >= 0 && line_delta < 3 && column < 128 && end_column < 128) {
      write_first_byte(out, PY_CODE_LOCATION_INFO_ONE_LINE0 + line_delta, isize);
      out.push(column, end_column);
      a.a_lineno = i.i_lineno;
      return;
    }
  }
  write_first_byte(out, PY_CODE_LOCATION_INFO_LONG, isize);
  write_signed_varint(out, i.i_lineno - a.a_lineno);
  write_varint(out, i.i_end_lineno - i.i_lineno);
  write_varint(out, i.i_col_offset + 1);
  write_varint(out, i.i_end_col_offset + 1);
  a.a_lineno = i.i_lineno;
}

/** @cpython assemble_emit_location */
function assemble_emit_location(a: Assembler, i: Instr): void {
  let isize = instr_size(i);
  while (isize > 8) {
    write_location_info_entry(a, i, 8);
    isize -= 8;
  }
  write_location_info_entry(a, i, isize);
}

/** EXTENDED_ARG prefixes, the instruction, its zeroed caches (@cpython write_instr). */
function assemble_emit(a: Assembler, i: Instr): void {
  const oparg = HAS_ARG(i.i_opcode) ? i.i_oparg : 0;
  const size = instr_size(i);
  const caches = O._PyOpcode_Caches[i.i_opcode];
  const out = a.bytecode;
  const units = size - caches;
  if (units >= 4) out.push(O.EXTENDED_ARG, (oparg >> 24) & 0xff);
  if (units >= 3) out.push(O.EXTENDED_ARG, (oparg >> 16) & 0xff);
  if (units >= 2) out.push(O.EXTENDED_ARG, (oparg >> 8) & 0xff);
  out.push(i.i_opcode, oparg & 0xff);
  for (let k = 0; k < caches; k++) out.push(O.CACHE, 0);
}

/** Virtual jumps become forward or backward real ones (@cpython normalize_jumps). */
function normalize_jumps(a: Assembler): void {
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) b.b_visited = false;
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    b.b_visited = true;
    if (!b.b_instr.length) continue;
    const last = b.b_instr[b.b_instr.length - 1];
    if (!is_jump(last)) continue;
    const forward = !last.i_target!.b_visited;
    switch (last.i_opcode) {
      case O.JUMP: last.i_opcode = forward ? O.JUMP_FORWARD : O.JUMP_BACKWARD; break;
      case O.JUMP_NO_INTERRUPT: last.i_opcode = forward ? O.JUMP_FORWARD : O.JUMP_BACKWARD_NO_INTERRUPT; break;
      case O.POP_JUMP_IF_NOT_NONE: last.i_opcode = forward ? O.POP_JUMP_FORWARD_IF_NOT_NONE : O.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
      case O.POP_JUMP_IF_NONE: last.i_opcode = forward ? O.POP_JUMP_FORWARD_IF_NONE : O.POP_JUMP_BACKWARD_IF_NONE; break;
      case O.POP_JUMP_IF_FALSE: last.i_opcode = forward ? O.POP_JUMP_FORWARD_IF_FALSE : O.POP_JUMP_BACKWARD_IF_FALSE; break;
      case O.POP_JUMP_IF_TRUE: last.i_opcode = forward ? O.POP_JUMP_FORWARD_IF_TRUE : O.POP_JUMP_BACKWARD_IF_TRUE; break;
      case O.JUMP_IF_TRUE_OR_POP: case O.JUMP_IF_FALSE_OR_POP:
        if (!forward) {
          throw new PyFrontEndError("SystemError", `unexpected ${last.i_opcode === O.JUMP_IF_TRUE_OR_POP ? "JUMP_IF_TRUE_OR_POP" : "JUMP_IF_FALSE_OR_POP"} jumping backwards`);
        }
        break;
    }
  }
}

const blocksize = (b: BasicBlock): number => b.b_instr.reduce((n, i) => n + instr_size(i), 0);

/** Block offsets, and jump opargs as relative distances, until EXTENDED_ARGs settle. @cpython assemble_jump_offsets */
function assemble_jump_offsets(a: Assembler, c: Compiler): void {
  let recompile: boolean;
  do {
    let totsize = 0;
    for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
      b.b_offset = totsize;
      totsize += blocksize(b);
    }
    recompile = false;
    for (let b = c.u.u_blocks; b !== null; b = b.b_list) {
      let bsize = b.b_offset;
      for (const instr of b.b_instr) {
        const isize = instr_size(instr);
        bsize += isize;
        if (is_jump(instr)) {
          instr.i_oparg = instr.i_target!.b_offset;
          if (is_relative_jump(instr)) {
            if (instr.i_oparg < bsize) instr.i_oparg = bsize - instr.i_oparg;
            else instr.i_oparg -= bsize;
          }
          if (instr_size(instr) !== isize) recompile = true;
        }
      }
    }
  } while (recompile);
}

// -- code flags and locals ---------------------------------------------------------------

/** @cpython compute_code_flags */
function compute_code_flags(c: Compiler): number {
  const ste = c.u.u_ste;
  let flags = 0;
  if (ste.ste_type === "FunctionBlock") {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.ste_nested) flags |= CO_NESTED;
    if (ste.ste_generator && !ste.ste_coroutine) flags |= CO_GENERATOR;
    if (!ste.ste_generator && ste.ste_coroutine) flags |= CO_COROUTINE;
    if (ste.ste_generator && ste.ste_coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.ste_varargs) flags |= CO_VARARGS;
    if (ste.ste_varkeywords) flags |= CO_VARKEYWORDS;
  }
  flags |= c.c_flags.cf_flags & PyCF_MASK;
  if (c.isTopLevelAwait() && ste.ste_coroutine && !ste.ste_generator) flags |= CO_COROUTINE;
  return flags;
}

/** Where each cell lives: after the locals, or on the argument it shadows. @cpython build_cellfixedoffsets */
function build_cellfixedoffsets(c: Compiler): number[] {
  const u = c.u;
  const nlocals = u.u_varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < u.u_cellvars.size + u.u_freevars.size; i++) fixed.push(nlocals + i);
  for (const [name, cellindex] of u.u_cellvars) {
    const varindex = u.u_varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

/** @cpython insert_prefix_instructions */
function insert_prefix_instructions(c: Compiler, entry: BasicBlock, fixed: number[], nfreevars: number): void {
  const flags = compute_code_flags(c);
  const artificial = (op: number, arg: number): Instr => ({
    i_opcode: op, i_oparg: arg, i_target: null, i_except: null, i_lineno: -1, i_end_lineno: -1, i_col_offset: -1, i_end_col_offset: -1,
  });
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    const make_gen = artificial(O.RETURN_GENERATOR, 0);
    make_gen.i_lineno = make_gen.i_end_lineno = c.u.u_firstlineno;
    entry.b_instr.splice(0, 0, make_gen, artificial(O.POP_TOP, 0));
  }
  const ncellvars = c.u.u_cellvars.size;
  if (ncellvars) {
    // MAKE_CELLs in localsplus order (argument cells first).
    const nvars = ncellvars + c.u.u_varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      entry.b_instr.splice(used, 0, artificial(O.MAKE_CELL, oldindex));
      used++;
    }
  }
  if (nfreevars) entry.b_instr.splice(0, 0, artificial(O.COPY_FREE_VARS, nfreevars));
}

/** Cell and free opargs become localsplus indexes; returns the cells merged into arguments. @cpython fix_cell_offsets */
function fix_cell_offsets(c: Compiler, entry: BasicBlock, fixedmap: number[]): number {
  const nlocals = c.u.u_varnames.size;
  const noffsets = c.u.u_cellvars.size + c.u.u_freevars.size;
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped += 1;
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.b_next) {
    for (const inst of b.b_instr) {
      switch (inst.i_opcode) {
        case O.MAKE_CELL: case O.LOAD_CLOSURE: case O.LOAD_DEREF: case O.STORE_DEREF: case O.DELETE_DEREF: case O.LOAD_CLASSDEREF:
          inst.i_oparg = fixedmap[inst.i_oparg];
      }
    }
  }
  return numdropped;
}

/** @cpython compute_localsplus_info */
function compute_localsplus_info(c: Compiler, nlocalsplus: number): { names: string[]; kinds: Uint8Array } {
  const u = c.u;
  const names = new Array<string>(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [k, offset] of u.u_varnames) {
    names[offset] = k;
    kinds[offset] = CO_FAST_LOCAL | (u.u_cellvars.has(k) ? CO_FAST_CELL : 0);
  }
  const nlocals = u.u_varnames.size;
  let numdropped = 0;
  for (const [k, v] of u.u_cellvars) {
    if (u.u_varnames.has(k)) {
      numdropped += 1;
      continue;
    }
    names[v + nlocals - numdropped] = k;
    kinds[v + nlocals - numdropped] = CO_FAST_CELL;
  }
  for (const [k, v] of u.u_freevars) {
    names[v + nlocals - numdropped] = k;
    kinds[v + nlocals - numdropped] = CO_FAST_FREE;
  }
  return { names, kinds };
}

// -- flow-graph optimisation -----------------------------------------------------------------

const HAS_CONST = (op: number): boolean => op === O.LOAD_CONST;

/** The unit's constants with a key index, for finding a folded tuple among them. */
interface ConstTable {
  values: CodeConstant[];
  index: Map<string, number> | null;
}

/** LOAD_CONSTs followed by BUILD_TUPLE n become one LOAD_CONST of the tuple. @cpython fold_tuple_on_constants */
function fold_tuple_on_constants(c: Compiler, instrs: Instr[], start: number, n: number, table: ConstTable): void {
  for (let i = 0; i < n; i++) if (!HAS_CONST(instrs[start + i].i_opcode)) return;
  const consts = table.values;
  const items = [];
  for (let i = 0; i < n; i++) items.push(consts[instrs[start + i].i_oparg]);
  const newconst = c.merge_consts_recursive(new ConstantTuple(items as ConstantTuple["items"][number][]));
  const key = constantKey(newconst);
  if (items.every((k) => c.c_ast_const_keys.has(constantKey(k)))) c.c_ast_item_keys.add(key);
  if (table.index === null) {
    table.index = new Map();
    consts.forEach((k, i) => {
      const kk = constantKey(k);
      if (!table.index!.has(kk)) table.index!.set(kk, i);
    });
  }
  let index = table.index.get(key) ?? -1;
  if (index < 0) {
    index = consts.length;
    consts.push(newconst);
    table.index.set(key, index);
  }
  for (let i = 0; i < n; i++) instrs[start + i].i_opcode = O.NOP;
  instrs[start + n].i_opcode = O.LOAD_CONST;
  instrs[start + n].i_oparg = index;
}

/** Replaces a run of SWAPs and NOPs with the fewest SWAPs of the same effect; returns the run's last index. @cpython swaptimize */
function swaptimize(block: BasicBlock, ix: number): number {
  const instructions = block.b_instr;
  let depth = instructions[ix].i_oparg;
  let len = 0;
  let more = false;
  const limit = instructions.length - ix;
  while (++len < limit) {
    const opcode = instructions[ix + len].i_opcode;
    if (opcode === O.SWAP) {
      depth = Math.max(depth, instructions[ix + len].i_oparg);
      more = true;
    } else if (opcode !== O.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instructions[ix + i].i_opcode === O.SWAP) {
      const oparg = instructions[ix + i].i_oparg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  // Undo the permutation cycle by cycle, writing the SWAPs from the end of the run.
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instructions[ix + current].i_opcode = O.SWAP;
        instructions[ix + current--].i_oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const next_j = stack[j];
      stack[j] = VISITED;
      j = next_j;
    }
  }
  while (0 <= current) instructions[ix + current--].i_opcode = O.NOP;
  // The caller goes on after the run.
  return ix + len - 1;
}

const SWAPPABLE = (op: number): boolean => op === O.STORE_FAST || op === O.POP_TOP;
const STORES_TO = (i: Instr): number => (i.i_opcode === O.STORE_FAST ? i.i_oparg : -1);

function next_swappable_instruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.b_instr.length) {
    const instruction = block.b_instr[i];
    if (0 <= lineno && instruction.i_lineno !== lineno) return -1;
    if (instruction.i_opcode === O.NOP) continue;
    if (SWAPPABLE(instruction.i_opcode)) return i;
    return -1;
  }
  return -1;
}

/** SWAP 2; POP_TOP; STORE_FAST x  ->  NOP; STORE_FAST x; POP_TOP. @cpython apply_static_swaps */
function apply_static_swaps(block: BasicBlock, i: number): void {
  for (; 0 <= i; i--) {
    const swap = block.b_instr[i];
    if (swap.i_opcode !== O.SWAP) {
      if (swap.i_opcode === O.NOP || SWAPPABLE(swap.i_opcode)) continue;
      return;
    }
    const j = next_swappable_instruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.b_instr[j].i_lineno;
    for (let count = swap.i_oparg - 1; 0 < count; count--) {
      k = next_swappable_instruction(block, k, lineno);
      if (k < 0) return;
    }
    // Not when the two (or one between them) store to the same variable.
    const store_j = STORES_TO(block.b_instr[j]);
    const store_k = STORES_TO(block.b_instr[k]);
    if (store_j >= 0 || store_k >= 0) {
      if (store_j === store_k) return;
      for (let idx = j + 1; idx < k; idx++) {
        const store_idx = STORES_TO(block.b_instr[idx]);
        if (store_idx >= 0 && (store_idx === store_j || store_idx === store_k)) return;
      }
    }
    swap.i_opcode = O.NOP;
    const temp = block.b_instr[j];
    block.b_instr[j] = block.b_instr[k];
    block.b_instr[k] = temp;
  }
}

/** Jump straight to the target's target (@cpython jump_thread). */
function jump_thread(inst: Instr, target: Instr, opcode: number): number {
  if (inst.i_lineno === target.i_lineno && inst.i_target !== target.i_target) {
    inst.i_target = target.i_target;
    inst.i_opcode = opcode;
    return 1;
  }
  return 0;
}

const NOP_INSTR: Instr = {
  i_opcode: O.NOP, i_oparg: 0, i_target: null, i_except: null, i_lineno: -1, i_end_lineno: -1, i_col_offset: -1, i_end_col_offset: -1,
};

/** @cpython optimize_basic_block */
function optimize_basic_block(c: Compiler, bb: BasicBlock, table: ConstTable): void {
  const consts = table.values;
  const instrs = bb.b_instr;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const oparg = inst.i_oparg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1].i_opcode : 0;
    let target: Instr;
    if (is_jump(inst) || is_block_push(inst)) {
      while (inst.i_target!.b_instr.length === 0) inst.i_target = inst.i_target!.b_next;
      target = inst.i_target!.b_instr[0];
    } else {
      target = NOP_INSTR;
    }
    switch (inst.i_opcode) {
      case O.LOAD_CONST: {
        switch (nextop) {
          case O.POP_JUMP_IF_FALSE: case O.POP_JUMP_IF_TRUE: {
            const is_true = isTrue(consts[oparg] as never);
            inst.i_opcode = O.NOP;
            const jump_if_true = nextop === O.POP_JUMP_IF_TRUE;
            if (is_true === jump_if_true) {
              instrs[i + 1].i_opcode = O.JUMP;
              bb.b_nofallthrough = true;
            } else {
              instrs[i + 1].i_opcode = O.NOP;
            }
            break;
          }
          case O.JUMP_IF_FALSE_OR_POP: case O.JUMP_IF_TRUE_OR_POP: {
            const is_true = isTrue(consts[oparg] as never);
            const jump_if_true = nextop === O.JUMP_IF_TRUE_OR_POP;
            if (is_true === jump_if_true) {
              instrs[i + 1].i_opcode = O.JUMP;
              bb.b_nofallthrough = true;
            } else {
              inst.i_opcode = O.NOP;
              instrs[i + 1].i_opcode = O.NOP;
            }
            break;
          }
          case O.IS_OP: {
            const cnt = consts[oparg];
            const jump_op = i + 2 < instrs.length ? instrs[i + 2].i_opcode : 0;
            if (cnt instanceof PyNone && (jump_op === O.POP_JUMP_IF_FALSE || jump_op === O.POP_JUMP_IF_TRUE)) {
              const nextarg = instrs[i + 1].i_oparg & 0xff;
              inst.i_opcode = O.NOP;
              instrs[i + 1].i_opcode = O.NOP;
              instrs[i + 2].i_opcode = (nextarg ^ (jump_op === O.POP_JUMP_IF_FALSE ? 1 : 0)) ? O.POP_JUMP_IF_NOT_NONE : O.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case O.BUILD_TUPLE:
        // BUILD_TUPLE n; UNPACK_SEQUENCE n is nothing (n=1) or a SWAP (n=2, 3).
        if (nextop === O.UNPACK_SEQUENCE && oparg === instrs[i + 1].i_oparg) {
          if (oparg === 1) {
            inst.i_opcode = O.NOP;
            instrs[i + 1].i_opcode = O.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.i_opcode = O.NOP;
            instrs[i + 1].i_opcode = O.SWAP;
            continue;
          }
        }
        if (i >= oparg) fold_tuple_on_constants(c, instrs, i - oparg, oparg, table);
        break;
      // A test whose outcome decides the next test's skips that test.
      case O.JUMP_IF_FALSE_OR_POP:
        switch (target.i_opcode) {
          case O.POP_JUMP_IF_FALSE: i -= jump_thread(inst, target, O.POP_JUMP_IF_FALSE); break;
          case O.JUMP: case O.JUMP_IF_FALSE_OR_POP: i -= jump_thread(inst, target, O.JUMP_IF_FALSE_OR_POP); break;
          case O.JUMP_IF_TRUE_OR_POP: case O.POP_JUMP_IF_TRUE:
            if (inst.i_lineno === target.i_lineno) {
              inst.i_opcode = O.POP_JUMP_IF_FALSE;
              inst.i_target = inst.i_target!.b_next;
              --i;
            }
            break;
        }
        break;
      case O.JUMP_IF_TRUE_OR_POP:
        switch (target.i_opcode) {
          case O.POP_JUMP_IF_TRUE: i -= jump_thread(inst, target, O.POP_JUMP_IF_TRUE); break;
          case O.JUMP: case O.JUMP_IF_TRUE_OR_POP: i -= jump_thread(inst, target, O.JUMP_IF_TRUE_OR_POP); break;
          case O.JUMP_IF_FALSE_OR_POP: case O.POP_JUMP_IF_FALSE:
            if (inst.i_lineno === target.i_lineno) {
              inst.i_opcode = O.POP_JUMP_IF_TRUE;
              inst.i_target = inst.i_target!.b_next;
              --i;
            }
            break;
        }
        break;
      case O.POP_JUMP_IF_NOT_NONE: case O.POP_JUMP_IF_NONE:
        if (target.i_opcode === O.JUMP) i -= jump_thread(inst, target, inst.i_opcode);
        break;
      case O.POP_JUMP_IF_FALSE:
        if (target.i_opcode === O.JUMP) i -= jump_thread(inst, target, O.POP_JUMP_IF_FALSE);
        break;
      case O.POP_JUMP_IF_TRUE:
        if (target.i_opcode === O.JUMP) i -= jump_thread(inst, target, O.POP_JUMP_IF_TRUE);
        break;
      case O.JUMP:
        if (target.i_opcode === O.JUMP) i -= jump_thread(inst, target, O.JUMP);
        break;
      // 3.11.2 also threaded FOR_ITER to a JUMP; later 3.11 releases (the oracle, 3.11.7) do not.
      case O.SWAP:
        if (oparg === 1) {
          inst.i_opcode = O.NOP;
          break;
        }
        i = swaptimize(bb, i);
        apply_static_swaps(bb, i);
        break;
      case O.PUSH_NULL:
        // CPython tests the next *opcode*'s low bit here; LOAD_GLOBAL's number is even.
        if (nextop === O.LOAD_GLOBAL && (instrs[i + 1].i_opcode & 1) === 0) {
          inst.i_opcode = O.NOP;
          inst.i_oparg = 0;
          instrs[i + 1].i_oparg |= 1;
        }
        break;
    }
  }
}

const basicblock_has_lineno = (bb: BasicBlock): boolean => bb.b_instr.some((i) => i.i_lineno > 0);

/** A jump to a short exit block without line numbers gets a copy of the block. @cpython extend_block */
function extend_block(bb: BasicBlock): void {
  if (!bb.b_instr.length) return;
  const last = bb.b_instr[bb.b_instr.length - 1];
  if (last.i_opcode !== O.JUMP && last.i_opcode !== O.JUMP_FORWARD && last.i_opcode !== O.JUMP_BACKWARD) return;
  const to_copy = last.i_target!;
  if (to_copy.b_exit && to_copy.b_instr.length <= MAX_COPY_SIZE) {
    if (basicblock_has_lineno(to_copy)) return;
    last.i_opcode = O.NOP;
    for (const i of to_copy.b_instr) bb.b_instr.push({ ...i });
    bb.b_exit = true;
  }
}

/** Drops NOPs that carry no line of their own (@cpython clean_basic_block). */
export function clean_basic_block(bb: BasicBlock): void {
  const instrs = bb.b_instr;
  let dest = 0;
  let prev_lineno = -1;
  for (let src = 0; src < instrs.length; src++) {
    const lineno = instrs[src].i_lineno;
    if (instrs[src].i_opcode === O.NOP) {
      if (lineno < 0) continue;
      if (prev_lineno === lineno) continue;
      if (src < instrs.length - 1) {
        const next_lineno = instrs[src + 1].i_lineno;
        if (next_lineno === lineno) continue;
        if (next_lineno < 0) {
          setLocation(instrs[src + 1], instrs[src]);
          continue;
        }
      } else {
        let next: BasicBlock | null = bb.b_next;
        while (next && next.b_instr.length === 0) next = next.b_next;
        if (next && lineno === next.b_instr[0].i_lineno) continue;
      }
    }
    if (dest !== src) instrs[dest] = instrs[src];
    dest++;
    prev_lineno = lineno;
  }
  instrs.length = dest;
}

/** @cpython normalize_basic_block */
function normalize_basic_block(bb: BasicBlock): void {
  const instrs = bb.b_instr;
  for (let i = 0; i < instrs.length; i++) {
    const op = instrs[i].i_opcode;
    if (op === O.RETURN_VALUE || op === O.RAISE_VARARGS || op === O.RERAISE) {
      bb.b_exit = true;
      bb.b_nofallthrough = true;
      continue;
    }
    if (op === O.JUMP || op === O.JUMP_NO_INTERRUPT) bb.b_nofallthrough = true;
    if (op === O.JUMP || op === O.JUMP_NO_INTERRUPT || op === O.POP_JUMP_IF_NOT_NONE || op === O.POP_JUMP_IF_NONE ||
        op === O.POP_JUMP_IF_FALSE || op === O.POP_JUMP_IF_TRUE || op === O.JUMP_IF_FALSE_OR_POP ||
        op === O.JUMP_IF_TRUE_OR_POP || op === O.FOR_ITER) {
      if (i !== instrs.length - 1) throw new PyFrontEndError("SystemError", "malformed control flow graph.");
      while (instrs[i].i_target!.b_instr.length === 0) instrs[i].i_target = instrs[i].i_target!.b_next;
    }
  }
}

/** @cpython mark_reachable */
function mark_reachable(a: Assembler): void {
  const stack: BasicBlock[] = [a.a_entry];
  a.a_entry.b_predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.b_next && !b.b_nofallthrough) {
      if (b.b_next.b_predecessors === 0) stack.push(b.b_next);
      b.b_next.b_predecessors++;
    }
    for (const instr of b.b_instr) {
      if (is_jump(instr) || is_block_push(instr)) {
        const target = instr.i_target!;
        if (target.b_predecessors === 0) stack.push(target);
        target.b_predecessors++;
      }
    }
  }
}

/** @cpython eliminate_empty_basic_blocks */
function eliminate_empty_basic_blocks(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.b_next) {
    let next: BasicBlock | null = b.b_next;
    if (next) {
      while (next.b_instr.length === 0 && next.b_next) next = next.b_next;
      b.b_next = next;
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.b_next) {
    if (!b.b_instr.length) continue;
    const last = b.b_instr[b.b_instr.length - 1];
    if (is_jump(last)) {
      let target = last.i_target!;
      while (target.b_instr.length === 0) target = target.b_next!;
      last.i_target = target;
    }
  }
}

/** Artificial instructions take the line before them (@cpython propagate_line_numbers). */
function propagate_line_numbers(a: Assembler): void {
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    if (!b.b_instr.length) continue;
    const prev: Instr = { ...NOP_INSTR };
    for (const instr of b.b_instr) {
      if (instr.i_lineno < 0) setLocation(instr, prev);
      else setLocation(prev, instr);
    }
    if (!b.b_nofallthrough && b.b_next!.b_predecessors === 1) {
      if (b.b_next!.b_instr[0].i_lineno < 0) setLocation(b.b_next!.b_instr[0], prev);
    }
    const last = b.b_instr[b.b_instr.length - 1];
    if (is_jump(last)) {
      const target = last.i_target!;
      if (target.b_predecessors === 1 && target.b_instr[0].i_lineno < 0) setLocation(target.b_instr[0], prev);
    }
  }
}

/** @cpython optimize_cfg */
function optimize_cfg(c: Compiler, a: Assembler, consts: CodeConstant[]): void {
  const table: ConstTable = { values: consts, index: null };
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    optimize_basic_block(c, b, table);
    clean_basic_block(b);
  }
  for (let b = c.u.u_blocks; b !== null; b = b.b_list) extend_block(b);
  mark_reachable(a);
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    if (b.b_predecessors === 0) {
      b.b_instr.length = 0;
      b.b_nofallthrough = false;
    }
  }
  eliminate_empty_basic_blocks(a.a_entry);
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) clean_basic_block(b);
  // A jump to the very next block is dropped.
  let maybe_empty_blocks = false;
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    if (!b.b_instr.length) continue;
    const last = b.b_instr[b.b_instr.length - 1];
    if ((last.i_opcode === O.JUMP || last.i_opcode === O.JUMP_NO_INTERRUPT) && last.i_target === b.b_next) {
      b.b_nofallthrough = false;
      last.i_opcode = O.NOP;
      maybe_empty_blocks = true;
    }
  }
  if (maybe_empty_blocks) eliminate_empty_basic_blocks(a.a_entry);
}

/** Trailing constants no instruction uses are dropped; the first (docstring slot) stays. @cpython trim_unused_consts */
function trim_unused_consts(a: Assembler, consts: CodeConstant[]): void {
  let max_const_index = 0;
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    for (const i of b.b_instr) {
      if ((i.i_opcode === O.LOAD_CONST || i.i_opcode === O.KW_NAMES) && i.i_oparg > max_const_index) max_const_index = i.i_oparg;
    }
  }
  if (max_const_index + 1 < consts.length) consts.length = max_const_index + 1;
}

function is_exit_without_lineno(b: BasicBlock): boolean {
  if (!b.b_exit) return false;
  return b.b_instr.every((i) => i.i_lineno < 0);
}

/** @cpython compiler_copy_block */
function copy_block(c: Compiler, block: BasicBlock): BasicBlock {
  const result = c.new_block();
  for (const i of block.b_instr) result.b_instr.push({ ...i });
  result.b_exit = block.b_exit;
  result.b_nofallthrough = true;
  return result;
}

/** Each exit without a line gets its own copy per jump, taking the jump's line. @cpython duplicate_exits_without_lineno */
function duplicate_exits_without_lineno(c: Compiler): void {
  for (let b = c.u.u_blocks; b !== null; b = b.b_list) {
    if (b.b_instr.length > 0 && is_jump(b.b_instr[b.b_instr.length - 1])) {
      const last = b.b_instr[b.b_instr.length - 1];
      const target = last.i_target!;
      if (is_exit_without_lineno(target) && target.b_predecessors > 1) {
        const new_target = copy_block(c, target);
        setLocation(new_target.b_instr[0], last);
        last.i_target = new_target;
        target.b_predecessors--;
        new_target.b_predecessors = 1;
        new_target.b_next = target.b_next;
        target.b_next = new_target;
      }
    }
  }
  for (let b = c.u.u_blocks; b !== null; b = b.b_list) {
    while (b.b_next && b.b_next.b_instr.length === 0) b.b_next = b.b_next.b_next;
  }
  for (let b = c.u.u_blocks; b !== null; b = b.b_list) {
    if (!b.b_nofallthrough && b.b_next && b.b_instr.length > 0 && is_exit_without_lineno(b.b_next)) {
      setLocation(b.b_next.b_instr[0], b.b_instr[b.b_instr.length - 1]);
    }
  }
}

/** @cpython guarantee_lineno_for_exits */
function guarantee_lineno_for_exits(a: Assembler, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) {
    if (!b.b_instr.length) continue;
    const last = b.b_instr[b.b_instr.length - 1];
    if (last.i_lineno < 0) {
      if (last.i_opcode === O.RETURN_VALUE) for (const i of b.b_instr) i.i_lineno = lineno;
    } else {
      lineno = last.i_lineno;
    }
  }
}

// -- the whole pipeline ------------------------------------------------------------------

/** Finish the current unit and build its code object (@cpython assemble). */
export function assemble(c: Compiler, addNone: boolean): PyCodeObject {
  const u = c.u;
  // Falling off the end returns None.
  if (!u.u_curblock.b_return) {
    c.unset_loc();
    if (addNone) c.addop_load_const(None);
    c.addop(O.RETURN_VALUE);
  }
  for (let b = u.u_blocks; b !== null; b = b.b_list) normalize_basic_block(b);
  for (let b = u.u_blocks; b !== null; b = b.b_list) extend_block(b);
  let nblocks = 0;
  let entryblock: BasicBlock | null = null;
  for (let b = u.u_blocks; b !== null; b = b.b_list) {
    nblocks++;
    entryblock = b;
  }
  const nlocals = u.u_varnames.size;
  const ncellvars = u.u_cellvars.size;
  const nfreevars = u.u_freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const cellfixedoffsets = build_cellfixedoffsets(c);
  if (!u.u_firstlineno) {
    const first = entryblock!.b_instr[0];
    u.u_firstlineno = first && first.i_lineno ? first.i_lineno : 1;
  }
  insert_prefix_instructions(c, entryblock!, cellfixedoffsets, nfreevars);
  const a: Assembler = {
    a_entry: entryblock!, a_nblocks: nblocks, bytecode: new ByteWriter(0), linetable: new ByteWriter(1),
    except_table: new ByteWriter(2), a_lineno: u.u_firstlineno,
  };
  nlocalsplus -= fix_cell_offsets(c, entryblock!, cellfixedoffsets);
  const consts = u.u_const_values.slice();
  optimize_cfg(c, a, consts);
  duplicate_exits_without_lineno(c);
  trim_unused_consts(a, consts);
  propagate_line_numbers(a);
  guarantee_lineno_for_exits(a, u.u_firstlineno);
  const maxdepth = stackdepth(c);
  label_exception_targets(entryblock!);
  convert_exception_handlers_to_nops(entryblock!);
  for (let b: BasicBlock | null = a.a_entry; b !== null; b = b.b_next) clean_basic_block(b);
  normalize_jumps(a);
  assemble_jump_offsets(a, c);
  for (let b: BasicBlock | null = entryblock; b !== null; b = b.b_next) for (const i of b.b_instr) assemble_emit(a, i);
  a.a_lineno = u.u_firstlineno;
  for (let b: BasicBlock | null = entryblock; b !== null; b = b.b_next) for (const i of b.b_instr) assemble_emit_location(a, i);
  assemble_exception_table(a);
  const names = c.merge_const_one("names", [...u.u_names.keys()]);
  const mergedConsts = c.merge_const_one("consts", consts);
  c.intern_string_constants(mergedConsts);
  const { names: localsplusnames, kinds } = compute_localsplus_info(c, nlocalsplus);
  const code = new PyCodeObject({
    co_argcount: u.u_posonlyargcount + u.u_argcount,
    co_posonlyargcount: u.u_posonlyargcount,
    co_kwonlyargcount: u.u_kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: compute_code_flags(c),
    co_code: c.merge_const_one("bytes", a.bytecode.bytes()),
    co_consts: mergedConsts,
    co_names: names,
    co_localsplusnames: c.merge_const_one("names", localsplusnames),
    co_localspluskinds: kinds,
    co_filename: c.c_filename,
    co_name: u.u_name,
    co_qualname: u.u_qualname || u.u_name,
    co_firstlineno: u.u_firstlineno,
    co_linetable: c.merge_const_one("bytes", a.linetable.bytes()),
    co_exceptiontable: c.merge_const_one("bytes", a.except_table.bytes()),
  });
  code.co_arena_consts = arena_consts(c, mergedConsts);
  return code;
}

/** Which constants of a new code object the parser made (pyarena.ts), or null if none. */
function arena_consts(c: Compiler, consts: readonly CodeConstant[]): Uint8Array | null {
  if (c.c_ast_const_keys.size === 0 && c.c_ast_item_keys.size === 0) return null;
  let flags: Uint8Array | null = null;
  for (let i = 0; i < consts.length; i++) {
    const k = consts[i];
    if (k === None || k === Ellipsis || typeof k === "boolean" || k instanceof PyCodeObject) continue;
    const key = constantKey(k);
    const f = c.c_ast_const_keys.has(key) ? ARENA_CONST : c.c_ast_item_keys.has(key) ? ARENA_ITEMS : 0;
    if (f !== 0) (flags ??= new Uint8Array(consts.length))[i] = f;
  }
  return flags;
}
