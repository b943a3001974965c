/**
 * @mirrors Python/compile.c
 * The compiler's intermediate form (the instruction and basic-block structs of compile.c):
 * code generation appends instructions to basic blocks; jumps name their target block;
 * the optimiser and assembler (flowgraph_opt.ts, assemble.ts) work on the block graph.
 */
import { HAVE_ARGUMENT } from "../Include/opcode.def.ts";
import * as O from "../Include/opcode.generated.ts";

/** @cpython struct instr */
export interface Instr {
  i_opcode: number;
  i_oparg: number;
  i_target: BasicBlock | null;
  i_except: BasicBlock | null;
  i_lineno: number;
  i_end_lineno: number;
  i_col_offset: number;
  i_end_col_offset: number;
}

/** @cpython ExceptStack */
export interface ExceptStack {
  handlers: (BasicBlock | null)[];
  depth: number;
}

/** @cpython basicblock */
export class BasicBlock {
  /** The previously allocated block (allocation order, newest first). */
  b_list: BasicBlock | null = null;
  b_exceptstack: ExceptStack | null = null;
  b_instr: Instr[] = [];
  /** The block reached by falling through. */
  b_next: BasicBlock | null = null;
  b_predecessors = 0;
  b_startdepth = 0;
  b_offset = 0;
  b_nofallthrough = false;
  b_preserve_lasti = false;
  b_visited = false;
  b_exit = false;
  b_return = false;

  get b_iused(): number {
    return this.b_instr.length;
  }
}

export function setLocation(to: Instr, from: Instr): void {
  to.i_lineno = from.i_lineno;
  to.i_end_lineno = from.i_end_lineno;
  to.i_col_offset = from.i_col_offset;
  to.i_end_col_offset = from.i_end_col_offset;
}

const JUMP_OPS = new Set<number>([
  O.FOR_ITER, O.JUMP_FORWARD, O.JUMP_IF_FALSE_OR_POP, O.JUMP_IF_TRUE_OR_POP,
  O.POP_JUMP_FORWARD_IF_FALSE, O.POP_JUMP_FORWARD_IF_TRUE, O.SEND,
  O.POP_JUMP_FORWARD_IF_NOT_NONE, O.POP_JUMP_FORWARD_IF_NONE, O.JUMP_BACKWARD_NO_INTERRUPT,
  O.JUMP_BACKWARD, O.POP_JUMP_BACKWARD_IF_NOT_NONE, O.POP_JUMP_BACKWARD_IF_NONE,
  O.POP_JUMP_BACKWARD_IF_FALSE, O.POP_JUMP_BACKWARD_IF_TRUE,
]);

/** Indexed by opcode + 16 (pseudo-instructions are negative): 1 for jumps. */
const JUMP_TABLE = new Uint8Array(256 + 16);
for (const op of JUMP_OPS) JUMP_TABLE[op + 16] = 1;
for (const op of [O.JUMP, O.JUMP_NO_INTERRUPT, O.POP_JUMP_IF_NONE, O.POP_JUMP_IF_NOT_NONE, O.POP_JUMP_IF_FALSE, O.POP_JUMP_IF_TRUE]) JUMP_TABLE[op + 16] = 1;

/** @cpython is_jump */
export const is_jump = (i: Instr): boolean => JUMP_TABLE[i.i_opcode + 16] === 1;

/** @cpython is_block_push */
export const is_block_push = (i: Instr): boolean =>
  i.i_opcode === O.SETUP_FINALLY || i.i_opcode === O.SETUP_WITH || i.i_opcode === O.SETUP_CLEANUP;

/** Every real jump is relative in 3.11 (@cpython is_relative_jump). */
export const is_relative_jump = (i: Instr): boolean => JUMP_OPS.has(i.i_opcode);

export const HAS_ARG = (op: number): boolean => op >= HAVE_ARGUMENT;

/** Code units the instruction takes: EXTENDED_ARGs, itself, its inline caches. @cpython instr_size */
export function instr_size(i: Instr): number {
  const oparg = HAS_ARG(i.i_opcode) ? i.i_oparg : 0;
  const extended = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return extended + 1 + O._PyOpcode_Caches[i.i_opcode];
}

/** @cpython is_end_of_basic_block */
export const is_end_of_basic_block = (i: Instr): boolean =>
  is_jump(i) || i.i_opcode === O.RETURN_VALUE || i.i_opcode === O.RAISE_VARARGS || i.i_opcode === O.RERAISE;

const FVS_MASK = 0x4;
const FVS_HAVE_SPEC = 0x4;

/** Net stack change of an instruction; `jump` selects the taken branch (-1: the larger). @cpython stack_effect */
export function stack_effect(opcode: number, oparg: number, jump: number): number {
  switch (opcode) {
    case O.NOP: case O.EXTENDED_ARG: case O.RESUME: case O.CACHE: return 0;
    case O.POP_TOP: return -1;
    case O.SWAP: return 0;
    case O.UNARY_POSITIVE: case O.UNARY_NEGATIVE: case O.UNARY_NOT: case O.UNARY_INVERT: return 0;
    case O.SET_ADD: case O.LIST_APPEND: return -1;
    case O.MAP_ADD: return -2;
    case O.BINARY_SUBSCR: return -1;
    case O.STORE_SUBSCR: return -3;
    case O.DELETE_SUBSCR: return -2;
    case O.GET_ITER: return 0;
    case O.PRINT_EXPR: return -1;
    case O.LOAD_BUILD_CLASS: return 1;
    case O.RETURN_VALUE: return -1;
    case O.IMPORT_STAR: return -1;
    case O.SETUP_ANNOTATIONS: return 0;
    case O.ASYNC_GEN_WRAP: case O.YIELD_VALUE: return 0;
    case O.POP_BLOCK: return 0;
    case O.POP_EXCEPT: return -1;
    case O.STORE_NAME: return -1;
    case O.DELETE_NAME: return 0;
    case O.UNPACK_SEQUENCE: return oparg - 1;
    case O.UNPACK_EX: return (oparg & 0xff) + (oparg >> 8);
    case O.FOR_ITER: return jump > 0 ? -1 : 1;
    case O.SEND: return jump > 0 ? -1 : 0;
    case O.STORE_ATTR: return -2;
    case O.DELETE_ATTR: return -1;
    case O.STORE_GLOBAL: return -1;
    case O.DELETE_GLOBAL: return 0;
    case O.LOAD_CONST: return 1;
    case O.LOAD_NAME: return 1;
    case O.BUILD_TUPLE: case O.BUILD_LIST: case O.BUILD_SET: case O.BUILD_STRING: return 1 - oparg;
    case O.BUILD_MAP: return 1 - 2 * oparg;
    case O.BUILD_CONST_KEY_MAP: return -oparg;
    case O.LOAD_ATTR: return 0;
    case O.COMPARE_OP: case O.IS_OP: case O.CONTAINS_OP: return -1;
    case O.CHECK_EXC_MATCH: return 0;
    case O.CHECK_EG_MATCH: return 0;
    case O.IMPORT_NAME: return -1;
    case O.IMPORT_FROM: return 1;
    case O.JUMP_FORWARD: case O.JUMP_BACKWARD: case O.JUMP: case O.JUMP_BACKWARD_NO_INTERRUPT: case O.JUMP_NO_INTERRUPT: return 0;
    case O.JUMP_IF_TRUE_OR_POP: case O.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case O.POP_JUMP_BACKWARD_IF_NONE: case O.POP_JUMP_FORWARD_IF_NONE: case O.POP_JUMP_IF_NONE:
    case O.POP_JUMP_BACKWARD_IF_NOT_NONE: case O.POP_JUMP_FORWARD_IF_NOT_NONE: case O.POP_JUMP_IF_NOT_NONE:
    case O.POP_JUMP_FORWARD_IF_FALSE: case O.POP_JUMP_BACKWARD_IF_FALSE: case O.POP_JUMP_IF_FALSE:
    case O.POP_JUMP_FORWARD_IF_TRUE: case O.POP_JUMP_BACKWARD_IF_TRUE: case O.POP_JUMP_IF_TRUE:
      return -1;
    case O.LOAD_GLOBAL: return (oparg & 1) + 1;
    // The handler of a SETUP_* sees the stack cut back and the exception (and more) pushed.
    case O.SETUP_FINALLY: return jump ? 1 : 0;
    case O.SETUP_CLEANUP: return jump ? 2 : 0;
    case O.SETUP_WITH: return jump ? 1 : 0;
    case O.PREP_RERAISE_STAR: return -1;
    case O.RERAISE: return -1;
    case O.PUSH_EXC_INFO: return 1;
    case O.WITH_EXCEPT_START: return 1;
    case O.LOAD_FAST: return 1;
    case O.STORE_FAST: return -1;
    case O.DELETE_FAST: return 0;
    case O.RETURN_GENERATOR: return 0;
    case O.RAISE_VARARGS: return -oparg;
    case O.PRECALL: return -oparg;
    case O.KW_NAMES: return 0;
    case O.CALL: return -1;
    case O.CALL_FUNCTION_EX: return -2 - ((oparg & 0x01) !== 0 ? 1 : 0);
    case O.MAKE_FUNCTION:
      return -((oparg & 0x01) !== 0 ? 1 : 0) - ((oparg & 0x02) !== 0 ? 1 : 0) - ((oparg & 0x04) !== 0 ? 1 : 0) - ((oparg & 0x08) !== 0 ? 1 : 0);
    case O.BUILD_SLICE: return oparg === 3 ? -2 : -1;
    case O.MAKE_CELL: case O.COPY_FREE_VARS: return 0;
    case O.LOAD_CLOSURE: return 1;
    case O.LOAD_DEREF: case O.LOAD_CLASSDEREF: return 1;
    case O.STORE_DEREF: return -1;
    case O.DELETE_DEREF: return 0;
    case O.GET_AWAITABLE: return 0;
    case O.BEFORE_ASYNC_WITH: case O.BEFORE_WITH: return 1;
    case O.GET_AITER: return 0;
    case O.GET_ANEXT: return 1;
    case O.GET_YIELD_FROM_ITER: return 0;
    case O.END_ASYNC_FOR: return -2;
    case O.FORMAT_VALUE: return (oparg & FVS_MASK) === FVS_HAVE_SPEC ? -1 : 0;
    case O.LOAD_METHOD: return 1;
    case O.LOAD_ASSERTION_ERROR: return 1;
    case O.LIST_TO_TUPLE: return 0;
    case O.LIST_EXTEND: case O.SET_UPDATE: case O.DICT_MERGE: case O.DICT_UPDATE: return -1;
    case O.MATCH_CLASS: return -2;
    case O.GET_LEN: case O.MATCH_MAPPING: case O.MATCH_SEQUENCE: case O.MATCH_KEYS: return 1;
    case O.COPY: case O.PUSH_NULL: return 1;
    case O.BINARY_OP: return -1;
    default: return PY_INVALID_STACK_EFFECT;
  }
}

export const PY_INVALID_STACK_EFFECT = Number.MAX_SAFE_INTEGER;
