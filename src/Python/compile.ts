/**
 * @mirrors Python/compile.c
 * Code generation: walks the optimised AST with the symbol table's answers and emits
 * 3.11 instructions into basic blocks, one compiler unit (code object) per module, class,
 * function, lambda and comprehension. Pattern matching lives in compile_pattern.ts, the
 * flow-graph passes and assembly into a code object in flowgraph_opt.ts and assemble.ts.
 */
import {
  ConstantFrozenset, ConstantTuple, ConstantValue, Ellipsis, None, PyBytes, PyComplex,
} from "../Include/ast_constant.ts";
import * as O from "../Include/opcode.generated.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { _PyCode_ConstantKey as constantKey, all_name_chars, CO_FUTURE_ANNOTATIONS, CodeConstant, joinKeys, PyCodeObject, resetCodeKeyNames } from "../Objects/codeobject.ts";
import { make_frozenset } from "../Objects/setobject.ts";
import { assemble } from "./assemble.ts";
import { _PyAST_Optimize } from "./ast_opt.ts";
import { _PyAST_ExprAsUnicode } from "./ast_unparse.ts";
import { compiler_match } from "./compile_pattern.ts";
import { INTERNED_AT_STARTUP } from "./interned_at_startup.generated.ts";
import { BasicBlock, Instr, is_end_of_basic_block } from "./flowgraph.ts";
import { _PyAST_GetDocString, _PyFuture_FromAST, PyFutureFeatures, SyntaxErrorMaker } from "./future.ts";
import * as A from "./Python-ast.generated.ts";
import { expr_kind, mod_kind, stmt_kind } from "./Python-ast.generated.ts";
import {
  _Py_Mangle, _PyST_GetScope, _PyST_GetSymbol, _PySymtable_Build, CELL, DEF_FREE_CLASS, DEF_IMPORT, FREE,
  GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, PySTEntryObject, SCOPE_MASK, SCOPE_OFFSET, symtable,
} from "./symtable.ts";

export const COMPILER_SCOPE_MODULE = 0;
export const COMPILER_SCOPE_CLASS = 1;
export const COMPILER_SCOPE_FUNCTION = 2;
export const COMPILER_SCOPE_ASYNC_FUNCTION = 3;
export const COMPILER_SCOPE_LAMBDA = 4;
export const COMPILER_SCOPE_COMPREHENSION = 5;

const COMP_GENEXP = 0, COMP_LISTCOMP = 1, COMP_SETCOMP = 2, COMP_DICTCOMP = 3;

/** Beyond this many items a literal is built incrementally instead of on the stack. */
export const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 20;

// FORMAT_VALUE flags.
const FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3, FVS_HAVE_SPEC = 4;
// COMPARE_OP arguments.
const Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;

/** compile() flags that change code generation. */
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

type FBlockType =
  | "WHILE_LOOP" | "FOR_LOOP" | "TRY_EXCEPT" | "FINALLY_TRY" | "FINALLY_END" | "WITH" | "ASYNC_WITH"
  | "HANDLER_CLEANUP" | "POP_VALUE" | "EXCEPTION_HANDLER" | "EXCEPTION_GROUP_HANDLER" | "ASYNC_COMPREHENSION_GENERATOR";

/** @cpython struct fblockinfo */
interface FBlockInfo {
  fb_type: FBlockType;
  fb_block: BasicBlock | null;
  fb_exit: BasicBlock | null;
  /** The finally body, the with statement, or the handler's bound name. */
  fb_datum: A.stmt[] | A.stmt | string | null;
}

// -- compiler state ----------------------------------------------------------------------

/** @cpython struct compiler_unit */
export class CompilerUnit {
  u_qualname = "";
  /** Constants by key, in first-use order; the values are what co_consts will hold. */
  u_consts = new Map<string, number>();
  u_const_values: CodeConstant[] = [];
  u_names = new Map<string, number>();
  u_varnames: Map<string, number>;
  u_cellvars: Map<string, number>;
  u_freevars: Map<string, number>;
  u_private: string | null = null;
  u_argcount = 0;
  u_posonlyargcount = 0;
  u_kwonlyargcount = 0;
  u_blocks: BasicBlock | null = null;
  u_curblock!: BasicBlock;
  u_fblock: FBlockInfo[] = [];
  u_firstlineno: number;
  u_lineno: number;
  u_col_offset = 0;
  u_end_lineno: number;
  u_end_col_offset = 0;
  u_need_new_implicit_block = false;

  constructor(readonly u_ste: PySTEntryObject, readonly u_name: string, readonly u_scope_type: number, lineno: number) {
    this.u_varnames = new Map(u_ste.ste_varnames.map((n, i) => [n, i]));
    this.u_cellvars = dictbytype(u_ste.ste_symbols, CELL, 0, 0);
    if (u_ste.ste_needs_class_closure) this.u_cellvars.set("__class__", 0);
    this.u_freevars = dictbytype(u_ste.ste_symbols, FREE, DEF_FREE_CLASS, this.u_cellvars.size);
    this.u_firstlineno = lineno;
    this.u_lineno = lineno;
    this.u_end_lineno = lineno;
  }
}

/** Names whose scope is `scopeType` (or with `flag` set), sorted, numbered from `offset`. @cpython dictbytype */
function dictbytype(src: Map<string, number>, scopeType: number, flag: number, offset: number): Map<string, number> {
  const dest = new Map<string, number>();
  const keys: string[] = [];
  for (const [k, vi] of src) {
    if (((vi >> SCOPE_OFFSET) & SCOPE_MASK) === scopeType || (vi & flag)) keys.push(k);
  }
  let i = offset;
  for (const k of keys.sort(comparePyStrings)) dest.set(k, i++);
  return dest;
}

/** Python's str ordering: by code point (JavaScript's < compares UTF-16 units). */
export function comparePyStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export interface CompilerFlags {
  cf_flags: number;
}

/** A SyntaxWarning the compiler raised (printed by the caller, as warnings.warn would). */
export interface CompilerWarning {
  message: string;
  lineno: number;
}

/** @cpython struct compiler */
export class Compiler {
  c_st!: symtable;
  c_future!: PyFutureFeatures;
  c_interactive = false;
  c_nestlevel = 0;
  /** Canonical constants by key, shared by all units (@cpython c_const_cache). */
  c_const_cache = new Map<string, CodeConstant>();
  /** The module being compiled, for its identifiers. */
  c_mod: A.mod | null = null;
  private identifiers: Set<string> | null = null;
  /**
   * Strings whose shared constant object came from an identifier (a keyword-argument
   * name, an import name...), which the parser interned: interning it changes nothing.
   */
  c_interned_consts = new Set<string>();
  /**
   * Keys of the constants the parser made objects for (literals, what the AST optimizer
   * folded, docstrings), which the arena holds while a runner keeps it (pyarena.ts), and of
   * the tuples and frozensets the compiler itself built out of such constants.
   */
  c_ast_const_keys = new Set<string>();
  c_ast_item_keys = new Set<string>();
  u!: CompilerUnit;
  c_stack: CompilerUnit[] = [];
  constructor(
    readonly c_filename: string,
    readonly c_flags: CompilerFlags,
    readonly c_optimize: number,
    readonly error: SyntaxErrorMaker,
    private readonly warn: (w: CompilerWarning) => void,
  ) {}

  // -- errors ------------------------------------------------------------------------------

  /** A SyntaxError at the current location (@cpython compiler_error). */
  compiler_error(msg: string): never {
    const u = this.u;
    throw this.error(msg, u.u_lineno, u.u_col_offset + 1, u.u_end_lineno, u.u_end_col_offset + 1);
  }

  /** @cpython compiler_warn */
  compiler_warn(msg: string): void {
    this.warn({ message: msg, lineno: this.u.u_lineno });
  }

  // -- blocks and instructions -------------------------------------------------------------

  /** @cpython compiler_new_block */
  new_block(): BasicBlock {
    const b = new BasicBlock();
    b.b_list = this.u.u_blocks;
    this.u.u_blocks = b;
    return b;
  }

  /** @cpython compiler_use_next_block */
  use_next_block(block: BasicBlock): BasicBlock {
    this.u.u_curblock.b_next = block;
    this.u.u_curblock = block;
    this.u.u_need_new_implicit_block = false;
    return block;
  }

  private add_instr(opcode: number, oparg: number, target: BasicBlock | null, lineno: number, end_lineno: number, col: number, end_col: number): void {
    if (this.u.u_need_new_implicit_block) this.use_next_block(this.new_block());
    const b = this.u.u_curblock;
    const i: Instr = {
      i_opcode: opcode, i_oparg: oparg, i_target: target, i_except: null,
      i_lineno: lineno, i_end_lineno: end_lineno, i_col_offset: col, i_end_col_offset: end_col,
    };
    b.b_instr.push(i);
    if (opcode === O.RETURN_VALUE) b.b_return = true;
    if (is_end_of_basic_block(i)) this.u.u_need_new_implicit_block = true;
  }

  /** @cpython compiler_addop */
  addop(opcode: number): void {
    const u = this.u;
    this.add_instr(opcode, 0, null, u.u_lineno, u.u_end_lineno, u.u_col_offset, u.u_end_col_offset);
  }

  /** @cpython compiler_addop_noline */
  addop_noline(opcode: number): void {
    this.add_instr(opcode, 0, null, -1, 0, 0, 0);
  }

  /** @cpython compiler_addop_i */
  addop_i(opcode: number, oparg: number): void {
    const u = this.u;
    this.add_instr(opcode, oparg, null, u.u_lineno, u.u_end_lineno, u.u_col_offset, u.u_end_col_offset);
  }

  /** @cpython compiler_addop_i_noline */
  addop_i_noline(opcode: number, oparg: number): void {
    this.add_instr(opcode, oparg, null, -1, 0, 0, 0);
  }

  /** @cpython compiler_addop_j */
  addop_j(opcode: number, target: BasicBlock): void {
    const u = this.u;
    this.add_instr(opcode, 0, target, u.u_lineno, u.u_end_lineno, u.u_col_offset, u.u_end_col_offset);
  }

  /** @cpython compiler_addop_j_noline */
  addop_j_noline(opcode: number, target: BasicBlock): void {
    this.add_instr(opcode, 0, target, -1, 0, 0, 0);
  }

  /** Index of `o` in a name table, adding it (@cpython compiler_add_o). */
  static add_o(dict: Map<string, number>, o: string): number {
    let arg = dict.get(o);
    if (arg === undefined) dict.set(o, (arg = dict.size));
    return arg;
  }

  /** The canonical copy of a constant, merging equal tuples and frozensets (@cpython merge_consts_recursive). */
  merge_consts_recursive(o: CodeConstant): CodeConstant {
    return this.merge_const_keyed(o, false)[0];
  }

  /** Merged code-object parts: equal ones become one object (@cpython merge_const_one). */
  private c_merged = new Map<string, unknown>();

  /** The first equal `kind` ("bytes", "names", "consts") seen in this compilation, or `value`. */
  merge_const_one<T extends Uint8Array | string[] | CodeConstant[]>(kind: "bytes" | "names" | "consts", value: T): T {
    if (kind === "bytes") return this.merge_bytes(value as Uint8Array) as T;
    const key = kind === "names" ? `n${(value as string[]).join("\0")}` : `c${joinKeys((value as CodeConstant[]).map(constantKey))}`;
    const seen = this.c_merged.get(key);
    if (seen !== undefined) return seen as T;
    // NaN constants never compare equal: a tuple holding one is never merged.
    if (kind !== "consts" || !key.includes("NaN")) this.c_merged.set(key, value);
    return value;
  }

  /** Byte strings by length and hash, for merge_const_one (hashing a long key string is slower). */
  private c_merged_bytes = new Map<number, Uint8Array[]>();

  private merge_bytes(b: Uint8Array): Uint8Array {
    let h = 0x811c9dc5 ^ b.length;
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
    let bucket = this.c_merged_bytes.get(h);
    if (bucket === undefined) this.c_merged_bytes.set(h, (bucket = []));
    for (const other of bucket) {
      if (other.length === b.length && other.every((x, i) => x === b[i])) return other;
    }
    bucket.push(b);
    return b;
  }

  /** Whether the source uses `name` as an identifier (collected on first use: rarely needed). */
  private is_identifier(name: string): boolean {
    if (this.identifiers === null) {
      this.identifiers = new Set();
      if (this.c_mod) collect_identifiers(this.c_mod, this.identifiers);
    }
    return this.identifiers.has(name);
  }

  /** The canonical constant and its key; `fromIdentifier`: its strings are identifier objects. */
  private merge_const_keyed(o: CodeConstant, fromIdentifier: boolean): [CodeConstant, string] {
    const key = constantKey(o);
    if (o === None || o === Ellipsis) return [o, key];
    const cached = this.c_const_cache.get(key);
    if (cached !== undefined) return [cached, key];
    let canonical = o;
    if (o instanceof ConstantTuple) {
      canonical = new ConstantTuple(o.items.map((item) => this.merge_const_keyed(item, fromIdentifier)[0] as ConstantValue));
    } else if (o instanceof ConstantFrozenset && o.items.length) {
      // Rebuilt from its own iteration order, which can reorder the table as in CPython.
      canonical = make_frozenset(o.items.map((item) => this.merge_const_keyed(item, false)[0] as ConstantValue));
    } else if (typeof o === "string" && fromIdentifier) {
      this.c_interned_consts.add(o);
    }
    this.c_const_cache.set(key, canonical);
    return [canonical, key];
  }

  /**
   * What _PyCode_New's intern_string_constants does to co_consts: name-like strings are
   * interned, and a frozenset one of whose strings was replaced by an older interned object
   * is rebuilt from its iteration order. Returns whether a direct string was replaced.
   */
  intern_string_constants(items: CodeConstant[], wantModified = false): boolean {
    let modified = false;
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      if (typeof v === "string") {
        if (!wantModified || modified) continue;
        // Replaced when an older object holds the interned copy: one interned at startup, or
        // an identifier of this source (the parser interned it). A string interned first by a
        // code object is the shared constant itself, and stays.
        if (!all_name_chars(v) || this.c_interned_consts.has(v)) continue;
        if (INTERNED_AT_STARTUP.has(v) || this.is_identifier(v)) modified = true;
      } else if (v instanceof ConstantTuple) {
        this.intern_string_constants(v.items as CodeConstant[]);
      } else if (v instanceof ConstantFrozenset) {
        const tmp = v.items.slice();
        if (this.intern_string_constants(tmp, true)) items[i] = make_frozenset(tmp as ConstantValue[]);
      }
    }
    return modified;
  }

  /** @cpython compiler_add_const */
  add_const(o: CodeConstant, fromIdentifier = false): number {
    const [value, key] = this.merge_const_keyed(o, fromIdentifier);
    const u = this.u;
    let arg = u.u_consts.get(key);
    if (arg === undefined) {
      arg = u.u_const_values.length;
      u.u_consts.set(key, arg);
      u.u_const_values.push(value);
    }
    return arg;
  }

  /** @cpython compiler_addop_load_const */
  addop_load_const(o: CodeConstant, fromIdentifier = false): void {
    this.addop_i(O.LOAD_CONST, this.add_const(o, fromIdentifier));
  }

  /** A constant of the AST (an object the parser made, so the arena holds it too). */
  addop_load_ast_const(o: CodeConstant): void {
    if (o !== None && o !== Ellipsis && typeof o !== "boolean") this.c_ast_const_keys.add(constantKey(o));
    this.addop_i(O.LOAD_CONST, this.add_const(o));
  }

  /** A tuple or frozenset the compiler builds from AST constants. */
  addop_load_ast_items(o: CodeConstant): void {
    this.c_ast_item_keys.add(constantKey(o));
    this.addop_i(O.LOAD_CONST, this.add_const(o));
  }

  /** A name used as a constant: the identifier object itself unless mangling made a new one. */
  addop_load_name_const(name: string): void {
    const mangled = _Py_Mangle(this.u.u_private, name);
    this.addop_load_const(mangled, mangled === name);
  }

  /** @cpython compiler_addop_name */
  addop_name(opcode: number, dict: Map<string, number>, name: string): void {
    this.addop_i(opcode, Compiler.add_o(dict, _Py_Mangle(this.u.u_private, name)));
  }

  addop_n(opcode: number, dict: Map<string, number>, name: string): void {
    this.addop_i(opcode, Compiler.add_o(dict, name));
  }

  addop_binary(op: A.operator, inplace: boolean): void {
    this.addop_i(O.BINARY_OP, binop_arg(op, inplace));
  }

  // -- locations -----------------------------------------------------------------------------

  /** @cpython SET_LOC */
  set_loc(x: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): void {
    const u = this.u;
    u.u_lineno = x.lineno;
    u.u_col_offset = x.col_offset;
    u.u_end_lineno = x.end_lineno;
    u.u_end_col_offset = x.end_col_offset;
  }

  /** Artificial instructions follow (@cpython UNSET_LOC). */
  unset_loc(): void {
    const u = this.u;
    u.u_lineno = -1;
    u.u_col_offset = -1;
    u.u_end_lineno = -1;
    u.u_end_col_offset = -1;
  }

  save_loc(): [number, number, number, number] {
    const u = this.u;
    return [u.u_lineno, u.u_end_lineno, u.u_col_offset, u.u_end_col_offset];
  }

  restore_loc(l: [number, number, number, number]): void {
    const u = this.u;
    [u.u_lineno, u.u_end_lineno, u.u_col_offset, u.u_end_col_offset] = l;
  }

  // -- scopes --------------------------------------------------------------------------------

  /** @cpython compiler_enter_scope */
  enter_scope(name: string, scope_type: number, key: object, lineno: number): void {
    const u = new CompilerUnit(this.c_st.lookup(key), name, scope_type, lineno);
    if (this.u) {
      this.c_stack.push(this.u);
      u.u_private = this.u.u_private;
    }
    this.u = u;
    this.c_nestlevel++;
    const block = this.new_block();
    u.u_curblock = block;
    if (scope_type === COMPILER_SCOPE_MODULE) u.u_lineno = 0;
    else this.set_qualname();
    this.addop_i(O.RESUME, 0);
    if (scope_type === COMPILER_SCOPE_MODULE) u.u_lineno = -1;
  }

  /** @cpython compiler_exit_scope */
  exit_scope(): void {
    this.c_nestlevel--;
    this.u = this.c_stack.pop()!;
  }

  /** @cpython compiler_set_qualname */
  private set_qualname(): void {
    const u = this.u;
    let base: string | null = null;
    // Children of the module itself are named plainly.
    if (this.c_stack.length > 1) {
      const parent = this.c_stack[this.c_stack.length - 1];
      let forceGlobal = false;
      if (u.u_scope_type === COMPILER_SCOPE_FUNCTION || u.u_scope_type === COMPILER_SCOPE_ASYNC_FUNCTION || u.u_scope_type === COMPILER_SCOPE_CLASS) {
        const mangled = _Py_Mangle(parent.u_private, u.u_name);
        if (_PyST_GetScope(parent.u_ste, mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.u_scope_type === COMPILER_SCOPE_FUNCTION || parent.u_scope_type === COMPILER_SCOPE_ASYNC_FUNCTION || parent.u_scope_type === COMPILER_SCOPE_LAMBDA) {
          base = parent.u_qualname + ".<locals>";
        } else {
          base = parent.u_qualname;
        }
      }
    }
    u.u_qualname = base !== null ? `${base}.${u.u_name}` : u.u_name;
  }

  isTopLevelAwait(): boolean {
    return (this.c_flags.cf_flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.u_ste.ste_type === "ModuleBlock";
  }

  // -- frame blocks ------------------------------------------------------------------------

  /** @cpython compiler_push_fblock */
  push_fblock(t: FBlockType, b: BasicBlock | null, exit: BasicBlock | null, datum: FBlockInfo["fb_datum"]): void {
    if (this.u.u_fblock.length >= CO_MAXBLOCKS) this.compiler_error("too many statically nested blocks");
    this.u.u_fblock.push({ fb_type: t, fb_block: b, fb_exit: exit, fb_datum: datum });
  }

  /** @cpython compiler_pop_fblock */
  pop_fblock(): void {
    this.u.u_fblock.pop();
  }

  /** @cpython compiler_call_exit_with_nones */
  private call_exit_with_nones(): void {
    this.addop_load_const(None);
    this.addop_load_const(None);
    this.addop_load_const(None);
    this.addop_i(O.PRECALL, 2);
    this.addop_i(O.CALL, 2);
  }

  /** @cpython compiler_add_yield_from */
  add_yield_from(isAwait: boolean): void {
    const start = this.new_block();
    const resume = this.new_block();
    const exit = this.new_block();
    this.use_next_block(start);
    this.addop_j(O.SEND, exit);
    this.use_next_block(resume);
    this.addop(O.YIELD_VALUE);
    this.addop_i(O.RESUME, isAwait ? 3 : 2);
    this.addop_j(O.JUMP_NO_INTERRUPT, start);
    this.use_next_block(exit);
  }

  /** @cpython compiler_pop_except_and_reraise */
  private pop_except_and_reraise(): void {
    this.addop_i(O.COPY, 3);
    this.addop(O.POP_EXCEPT);
    this.addop_i(O.RERAISE, 1);
  }

  /** Code that leaves a frame block early (return/break/continue). @cpython compiler_unwind_fblock */
  private unwind_fblock(info: FBlockInfo, preserve_tos: boolean): void {
    switch (info.fb_type) {
      case "WHILE_LOOP": case "EXCEPTION_HANDLER": case "EXCEPTION_GROUP_HANDLER": case "ASYNC_COMPREHENSION_GENERATOR":
        return;
      case "FOR_LOOP":
        if (preserve_tos) this.addop_i(O.SWAP, 2);
        this.addop(O.POP_TOP);
        return;
      case "TRY_EXCEPT":
        this.addop(O.POP_BLOCK);
        return;
      case "FINALLY_TRY":
        this.addop(O.POP_BLOCK);
        if (preserve_tos) this.push_fblock("POP_VALUE", null, null, null);
        this.visit_stmts(info.fb_datum as A.stmt[]);
        if (preserve_tos) this.pop_fblock();
        this.unset_loc();
        return;
      case "FINALLY_END":
        if (preserve_tos) this.addop_i(O.SWAP, 2);
        this.addop(O.POP_TOP);
        if (preserve_tos) this.addop_i(O.SWAP, 2);
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        return;
      case "WITH": case "ASYNC_WITH":
        this.set_loc(info.fb_datum as A.stmt);
        this.addop(O.POP_BLOCK);
        if (preserve_tos) this.addop_i(O.SWAP, 2);
        this.call_exit_with_nones();
        if (info.fb_type === "ASYNC_WITH") {
          this.addop_i(O.GET_AWAITABLE, 2);
          this.addop_load_const(None);
          this.add_yield_from(true);
        }
        this.addop(O.POP_TOP);
        this.unset_loc();
        return;
      case "HANDLER_CLEANUP":
        if (info.fb_datum) this.addop(O.POP_BLOCK);
        if (preserve_tos) this.addop_i(O.SWAP, 2);
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        if (info.fb_datum) this.clear_handler_name(info.fb_datum as string);
        return;
      case "POP_VALUE":
        if (preserve_tos) this.addop_i(O.SWAP, 2);
        this.addop(O.POP_TOP);
        return;
    }
  }

  /** Unwinds to the nearest loop when `loop` is asked for, else the whole stack. @cpython compiler_unwind_fblock_stack */
  private unwind_fblock_stack(preserve_tos: boolean, loop: { found: FBlockInfo | null } | null): void {
    const stack = this.u.u_fblock;
    if (!stack.length) return;
    const top = stack[stack.length - 1];
    if (top.fb_type === "EXCEPTION_GROUP_HANDLER") {
      this.compiler_error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop !== null && (top.fb_type === "WHILE_LOOP" || top.fb_type === "FOR_LOOP")) {
      loop.found = top;
      return;
    }
    stack.pop();
    this.unwind_fblock(top, preserve_tos);
    this.unwind_fblock_stack(preserve_tos, loop);
    stack.push(top);
  }

  // -- modules, bodies -------------------------------------------------------------------------

  /** @cpython compiler_body */
  private body(stmts: A.stmt[]): void {
    // The module's first instructions take the first statement's line.
    if (this.u.u_scope_type === COMPILER_SCOPE_MODULE && stmts.length) this.set_loc(stmts[0]);
    if (find_ann(stmts)) this.addop(O.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let i = 0;
    if (this.c_optimize < 2) {
      const docstring = _PyAST_GetDocString(stmts);
      if (docstring !== null) {
        i = 1;
        this.visit_expr((stmts[0] as A.Expr).value);
        this.unset_loc();
        this.nameop("__doc__", "Store");
      }
    }
    for (; i < stmts.length; i++) this.visit_stmt(stmts[i]);
  }

  /** @cpython compiler_mod */
  compiler_mod(m: A.mod): PyCodeObject {
    this.enter_scope("<module>", COMPILER_SCOPE_MODULE, m, 1);
    this.u.u_lineno = 1;
    let addNone = true;
    switch (m._kind) {
      case mod_kind.Module_kind:
        this.body((m as A.Module).body);
        break;
      case mod_kind.Interactive_kind:
        if (find_ann((m as A.Interactive).body)) this.addop(O.SETUP_ANNOTATIONS);
        this.c_interactive = true;
        this.visit_stmts((m as A.Interactive).body);
        break;
      case mod_kind.Expression_kind:
        this.visit_expr((m as A.Expression).body);
        addNone = false;
        break;
      default:
        throw new PyFrontEndError("SystemError", `module kind ${m._kind} should not be possible`);
    }
    const co = assemble(this, addNone);
    this.exit_scope();
    return co;
  }

  // -- names -----------------------------------------------------------------------------------

  /** @cpython get_ref_type */
  private get_ref_type(name: string): number {
    if (this.u.u_scope_type === COMPILER_SCOPE_CLASS && name === "__class__") return CELL;
    const scope = _PyST_GetScope(this.u.u_ste, name);
    if (scope === 0) throw new PyFrontEndError("SystemError", `_PyST_GetScope(name='${name}') failed: unknown scope in unit ${this.u.u_name}`);
    return scope;
  }

  /** @cpython compiler_make_closure */
  make_closure(co: PyCodeObject, flags: number): void {
    if (co.co_nfreevars) {
      const start = co.co_localsplusnames.length - co.co_nfreevars;
      for (let i = start; i < co.co_localsplusnames.length; i++) {
        const name = co.co_localsplusnames[i];
        // A free variable that is also a class-level name is reached through the closure.
        const reftype = this.get_ref_type(name);
        const arg = reftype === CELL ? this.u.u_cellvars.get(name) : this.u.u_freevars.get(name);
        if (arg === undefined) {
          throw new PyFrontEndError("SystemError", `compiler_lookup_arg(name='${name}') with reftype=${reftype} failed in ${this.u.u_name}`);
        }
        this.addop_i(O.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addop_i(O.BUILD_TUPLE, co.co_nfreevars);
    }
    this.addop_load_const(co);
    this.addop_i(O.MAKE_FUNCTION, flags);
  }

  /** @cpython forbidden_name */
  forbidden_name(name: string, ctx: A.expr_context): void {
    if (ctx === "Store" && name === "__debug__") this.compiler_error("cannot assign to __debug__");
    if (ctx === "Del" && name === "__debug__") this.compiler_error("cannot delete __debug__");
  }

  /** @cpython compiler_nameop */
  nameop(name: string, ctx: A.expr_context): void {
    this.forbidden_name(name, ctx);
    const u = this.u;
    const mangled = _Py_Mangle(u.u_private, name);
    let dict = u.u_names;
    let optype: "FAST" | "GLOBAL" | "DEREF" | "NAME" = "NAME";
    const scope = _PyST_GetScope(u.u_ste, mangled);
    switch (scope) {
      case FREE: dict = u.u_freevars; optype = "DEREF"; break;
      case CELL: dict = u.u_cellvars; optype = "DEREF"; break;
      case LOCAL: if (u.u_ste.ste_type === "FunctionBlock") optype = "FAST"; break;
      case GLOBAL_IMPLICIT: if (u.u_ste.ste_type === "FunctionBlock") optype = "GLOBAL"; break;
      case GLOBAL_EXPLICIT: optype = "GLOBAL"; break;
    }
    let op: number;
    switch (optype) {
      case "DEREF":
        op = ctx === "Load" ? (u.u_ste.ste_type === "ClassBlock" ? O.LOAD_CLASSDEREF : O.LOAD_DEREF) : ctx === "Store" ? O.STORE_DEREF : O.DELETE_DEREF;
        break;
      case "FAST":
        op = ctx === "Load" ? O.LOAD_FAST : ctx === "Store" ? O.STORE_FAST : O.DELETE_FAST;
        this.addop_n(op, u.u_varnames, mangled);
        return;
      case "GLOBAL":
        op = ctx === "Load" ? O.LOAD_GLOBAL : ctx === "Store" ? O.STORE_GLOBAL : O.DELETE_GLOBAL;
        break;
      default:
        op = ctx === "Load" ? O.LOAD_NAME : ctx === "Store" ? O.STORE_NAME : O.DELETE_NAME;
        break;
    }
    let arg = Compiler.add_o(dict, mangled);
    if (op === O.LOAD_GLOBAL) arg <<= 1;
    this.addop_i(op, arg);
  }

  // -- functions and classes ---------------------------------------------------------------

  private decorators(decos: A.expr[]): void {
    for (const d of decos) this.visit_expr(d);
  }

  /** @cpython compiler_apply_decorators */
  private apply_decorators(decos: A.expr[]): void {
    const saved = this.save_loc();
    for (let i = decos.length - 1; i > -1; i--) {
      this.set_loc(decos[i]);
      this.addop_i(O.PRECALL, 0);
      this.addop_i(O.CALL, 0);
    }
    this.restore_loc(saved);
  }

  /** Pushes a dict of keyword-only defaults; false when there are none. @cpython compiler_visit_kwonlydefaults */
  private visit_kwonlydefaults(kwonlyargs: A.arg[], kw_defaults: (A.expr | null)[]): boolean {
    const keys: string[] = [];
    let unmangled = true;
    for (let i = 0; i < kwonlyargs.length; i++) {
      const default_ = kw_defaults[i];
      if (default_) {
        const mangled = _Py_Mangle(this.u.u_private, kwonlyargs[i].arg);
        if (mangled !== kwonlyargs[i].arg) unmangled = false;
        keys.push(mangled);
        this.visit_expr(default_);
      }
    }
    if (!keys.length) return false;
    this.addop_load_const(new ConstantTuple(keys), unmangled);
    this.addop_i(O.BUILD_CONST_KEY_MAP, keys.length);
    return true;
  }

  /** @cpython compiler_visit_annexpr */
  private visit_annexpr(annotation: A.expr): void {
    this.addop_load_const(_PyAST_ExprAsUnicode(annotation));
  }

  /** @cpython compiler_visit_argannotation */
  private visit_argannotation(id: string, annotation: A.expr | null, count: { n: number }): void {
    if (!annotation) return;
    this.addop_load_name_const(id);
    if (this.c_future.ff_features & CO_FUTURE_ANNOTATIONS) {
      this.visit_annexpr(annotation);
    } else if (annotation._kind === expr_kind.Starred_kind) {
      // `*args: *Ts`: the annotation is the single item of the unpacked value.
      this.visit_expr((annotation as A.Starred).value);
      this.addop_i(O.UNPACK_SEQUENCE, 1);
    } else {
      this.visit_expr(annotation);
    }
    count.n += 2;
  }

  /** Pushes a tuple of (name, annotation) pairs; false when there are none. @cpython compiler_visit_annotations */
  private visit_annotations(args: A.arguments_, returns: A.expr | null): boolean {
    const count = { n: 0 };
    for (const a of args.args) this.visit_argannotation(a.arg, a.annotation, count);
    for (const a of args.posonlyargs) this.visit_argannotation(a.arg, a.annotation, count);
    if (args.vararg?.annotation) this.visit_argannotation(args.vararg.arg, args.vararg.annotation, count);
    for (const a of args.kwonlyargs) this.visit_argannotation(a.arg, a.annotation, count);
    if (args.kwarg?.annotation) this.visit_argannotation(args.kwarg.arg, args.kwarg.annotation, count);
    this.visit_argannotation("return", returns, count);
    if (!count.n) return false;
    this.addop_i(O.BUILD_TUPLE, count.n);
    return true;
  }

  /** @cpython compiler_default_arguments */
  private default_arguments(args: A.arguments_): number {
    let funcflags = 0;
    if (args.defaults.length > 0) {
      this.visit_exprs(args.defaults);
      this.addop_i(O.BUILD_TUPLE, args.defaults.length);
      funcflags |= 0x01;
    }
    if (this.visit_kwonlydefaults(args.kwonlyargs, args.kw_defaults)) funcflags |= 0x02;
    return funcflags;
  }

  /** @cpython compiler_check_debug_args */
  private check_debug_args(args: A.arguments_): void {
    for (const a of [...args.posonlyargs, ...args.args]) this.forbidden_name(a.arg, "Store");
    if (args.vararg) this.forbidden_name(args.vararg.arg, "Store");
    for (const a of args.kwonlyargs) this.forbidden_name(a.arg, "Store");
    if (args.kwarg) this.forbidden_name(args.kwarg.arg, "Store");
  }

  /** @cpython compiler_function */
  private compiler_function(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
    const { args, returns, decorator_list: decos, name, body } = s;
    const scope_type = isAsync ? COMPILER_SCOPE_ASYNC_FUNCTION : COMPILER_SCOPE_FUNCTION;
    this.check_debug_args(args);
    this.decorators(decos);
    const firstlineno = decos.length ? decos[0].lineno : s.lineno;
    let funcflags = this.default_arguments(args);
    if (this.visit_annotations(args, returns)) funcflags |= 0x04;
    this.enter_scope(name, scope_type, s, firstlineno);
    const docstring = this.c_optimize < 2 ? _PyAST_GetDocString(body) : null;
    if (docstring !== null) this.c_ast_const_keys.add(constantKey(docstring));
    this.add_const(docstring ?? None);
    this.u.u_argcount = args.args.length;
    this.u.u_posonlyargcount = args.posonlyargs.length;
    this.u.u_kwonlyargcount = args.kwonlyargs.length;
    for (let i = docstring !== null ? 1 : 0; i < body.length; i++) this.visit_stmt(body[i]);
    const co = assemble(this, true);
    this.exit_scope();
    this.make_closure(co, funcflags);
    this.apply_decorators(decos);
    this.nameop(name, "Store");
  }

  /** @cpython compiler_class */
  private compiler_class(s: A.ClassDef): void {
    const decos = s.decorator_list;
    this.decorators(decos);
    const firstlineno = decos.length ? decos[0].lineno : s.lineno;
    // The body becomes a function that fills the class namespace; __build_class__ calls it.
    this.enter_scope(s.name, COMPILER_SCOPE_CLASS, s, firstlineno);
    this.u.u_private = s.name;
    this.nameop("__name__", "Load");
    this.nameop("__module__", "Store");
    this.addop_load_const(this.u.u_qualname, this.u.u_qualname === s.name);
    this.nameop("__qualname__", "Store");
    this.body(s.body);
    this.unset_loc();
    if (this.u.u_ste.ste_needs_class_closure) {
      // The __class__ cell is returned as __classcell__ for type.__new__ to fill.
      const i = this.u.u_cellvars.get("__class__")!;
      this.addop_i(O.LOAD_CLOSURE, i);
      this.addop_i(O.COPY, 1);
      this.nameop("__classcell__", "Store");
    } else {
      this.addop_load_const(None);
    }
    this.addop(O.RETURN_VALUE);
    const co = assemble(this, true);
    this.exit_scope();
    this.addop(O.PUSH_NULL);
    this.addop(O.LOAD_BUILD_CLASS);
    this.make_closure(co, 0);
    this.addop_load_const(s.name, true);
    this.call_helper(2, s.bases, s.keywords);
    this.apply_decorators(decos);
    this.nameop(s.name, "Store");
  }

  /** @cpython compiler_lambda */
  private compiler_lambda(e: A.Lambda): void {
    const args = e.args;
    this.check_debug_args(args);
    const funcflags = this.default_arguments(args);
    this.enter_scope("<lambda>", COMPILER_SCOPE_LAMBDA, e, e.lineno);
    // A lambda has no docstring, but its first constant stands where one would be.
    this.add_const(None);
    this.u.u_argcount = args.args.length;
    this.u.u_posonlyargcount = args.posonlyargs.length;
    this.u.u_kwonlyargcount = args.kwonlyargs.length;
    this.visit_expr(e.body);
    let co: PyCodeObject;
    if (this.u.u_ste.ste_generator) {
      co = assemble(this, false);
    } else {
      this.addop(O.RETURN_VALUE);
      co = assemble(this, true);
    }
    this.exit_scope();
    this.make_closure(co, funcflags);
  }

  // -- statements --------------------------------------------------------------------------

  visit_stmts(seq: A.stmt[]): void {
    for (const s of seq) this.visit_stmt(s);
  }

  /** @cpython compiler_visit_stmt */
  visit_stmt(s: A.stmt): void {
    this.set_loc(s);
    switch (s._kind) {
      case stmt_kind.FunctionDef_kind: return this.compiler_function(s as A.FunctionDef, false);
      case stmt_kind.AsyncFunctionDef_kind: return this.compiler_function(s as A.AsyncFunctionDef, true);
      case stmt_kind.ClassDef_kind: return this.compiler_class(s as A.ClassDef);
      case stmt_kind.Return_kind: return this.compiler_return(s as A.Return);
      case stmt_kind.Delete_kind: return this.visit_exprs((s as A.Delete).targets);
      case stmt_kind.Assign_kind: {
        const a = s as A.Assign;
        this.visit_expr(a.value);
        for (let i = 0; i < a.targets.length; i++) {
          if (i < a.targets.length - 1) this.addop_i(O.COPY, 1);
          this.visit_expr(a.targets[i]);
        }
        return;
      }
      case stmt_kind.AugAssign_kind: return this.compiler_augassign(s as A.AugAssign);
      case stmt_kind.AnnAssign_kind: return this.compiler_annassign(s as A.AnnAssign);
      case stmt_kind.For_kind: return this.compiler_for(s as A.For);
      case stmt_kind.While_kind: return this.compiler_while(s as A.While);
      case stmt_kind.If_kind: return this.compiler_if(s as A.If);
      case stmt_kind.Match_kind: return compiler_match(this, s as A.Match);
      case stmt_kind.Raise_kind: {
        const r = s as A.Raise;
        let n = 0;
        if (r.exc) {
          this.visit_expr(r.exc);
          n++;
          if (r.cause) {
            this.visit_expr(r.cause);
            n++;
          }
        }
        this.addop_i(O.RAISE_VARARGS, n);
        return;
      }
      case stmt_kind.Try_kind: {
        const t = s as A.Try;
        return t.finalbody.length ? this.try_finally(t) : this.try_except(t);
      }
      case stmt_kind.TryStar_kind: {
        const t = s as A.TryStar;
        return t.finalbody.length ? this.try_finally(t) : this.try_star_except(t);
      }
      case stmt_kind.Assert_kind: return this.compiler_assert(s as A.Assert);
      case stmt_kind.Import_kind: return this.compiler_import(s as A.Import);
      case stmt_kind.ImportFrom_kind: return this.compiler_from_import(s as A.ImportFrom);
      case stmt_kind.Global_kind:
      case stmt_kind.Nonlocal_kind:
        return;
      case stmt_kind.Expr_kind: return this.visit_stmt_expr((s as A.Expr).value);
      case stmt_kind.Pass_kind: return this.addop(O.NOP);
      case stmt_kind.Break_kind: return this.compiler_break();
      case stmt_kind.Continue_kind: return this.compiler_continue();
      case stmt_kind.With_kind: return this.compiler_with(s as A.With, 0);
      case stmt_kind.AsyncWith_kind: return this.compiler_async_with(s as A.AsyncWith, 0);
      case stmt_kind.AsyncFor_kind: return this.compiler_async_for(s as A.AsyncFor);
    }
  }

  /** @cpython compiler_visit_stmt_expr */
  private visit_stmt_expr(value: A.expr): void {
    if (this.c_interactive && this.c_nestlevel <= 1) {
      this.visit_expr(value);
      this.addop(O.PRINT_EXPR);
      return;
    }
    if (value._kind === expr_kind.Constant_kind) {
      // A constant statement (not a docstring) compiles to nothing but its line.
      this.addop(O.NOP);
      return;
    }
    this.visit_expr(value);
    this.unset_loc();
    this.addop(O.POP_TOP);
  }

  /** @cpython compiler_return */
  private compiler_return(s: A.Return): void {
    const value = s.value;
    const preserve_tos = value !== null && value._kind !== expr_kind.Constant_kind;
    if (this.u.u_ste.ste_type !== "FunctionBlock") this.compiler_error("'return' outside function");
    if (value !== null && this.u.u_ste.ste_coroutine && this.u.u_ste.ste_generator) {
      this.compiler_error("'return' with value in async generator");
    }
    if (preserve_tos) {
      this.visit_expr(value!);
    } else if (value !== null) {
      this.set_loc(value);
      this.addop(O.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.set_loc(s);
      this.addop(O.NOP);
    }
    this.unwind_fblock_stack(preserve_tos, null);
    if (value === null) this.addop_load_const(None);
    else if (!preserve_tos) this.addop_load_ast_const((value as A.Constant).value);
    this.addop(O.RETURN_VALUE);
  }

  /** @cpython compiler_break */
  private compiler_break(): void {
    const saved = this.save_loc();
    this.addop(O.NOP);
    const loop = { found: null as FBlockInfo | null };
    this.unwind_fblock_stack(false, loop);
    if (loop.found === null) {
      this.restore_loc(saved);
      this.compiler_error("'break' outside loop");
    }
    this.unwind_fblock(loop.found, false);
    this.addop_j(O.JUMP, loop.found.fb_exit!);
  }

  /** @cpython compiler_continue */
  private compiler_continue(): void {
    const saved = this.save_loc();
    this.addop(O.NOP);
    const loop = { found: null as FBlockInfo | null };
    this.unwind_fblock_stack(false, loop);
    if (loop.found === null) {
      this.restore_loc(saved);
      this.compiler_error("'continue' not properly in loop");
    }
    this.addop_j(O.JUMP, loop.found.fb_block!);
  }

  /** @cpython compiler_if */
  private compiler_if(s: A.If): void {
    const end = this.new_block();
    const next = s.orelse.length ? this.new_block() : end;
    this.jump_if(s.test, next, false);
    this.visit_stmts(s.body);
    if (s.orelse.length) {
      this.addop_j_noline(O.JUMP, end);
      this.use_next_block(next);
      this.visit_stmts(s.orelse);
    }
    this.use_next_block(end);
  }

  /** @cpython compiler_for */
  private compiler_for(s: A.For): void {
    const start = this.new_block();
    const body = this.new_block();
    const cleanup = this.new_block();
    const end = this.new_block();
    this.push_fblock("FOR_LOOP", start, end, null);
    this.visit_expr(s.iter);
    this.addop(O.GET_ITER);
    this.use_next_block(start);
    this.addop_j(O.FOR_ITER, cleanup);
    this.use_next_block(body);
    this.visit_expr(s.target);
    this.visit_stmts(s.body);
    this.unset_loc();
    this.addop_j(O.JUMP, start);
    this.use_next_block(cleanup);
    this.pop_fblock();
    this.visit_stmts(s.orelse);
    this.use_next_block(end);
  }

  /** @cpython compiler_async_for */
  private compiler_async_for(s: A.AsyncFor): void {
    if (this.isTopLevelAwait()) this.u.u_ste.ste_coroutine = true;
    else if (this.u.u_scope_type !== COMPILER_SCOPE_ASYNC_FUNCTION) this.compiler_error("'async for' outside async function");
    const start = this.new_block();
    const except = this.new_block();
    const end = this.new_block();
    this.visit_expr(s.iter);
    this.addop(O.GET_AITER);
    this.use_next_block(start);
    this.push_fblock("FOR_LOOP", start, end, null);
    this.addop_j(O.SETUP_FINALLY, except);
    this.addop(O.GET_ANEXT);
    this.addop_load_const(None);
    this.add_yield_from(true);
    this.addop(O.POP_BLOCK);
    this.visit_expr(s.target);
    this.visit_stmts(s.body);
    this.unset_loc();
    this.addop_j(O.JUMP, start);
    this.pop_fblock();
    this.use_next_block(except);
    // Line of the iterator for the StopAsyncIteration handler.
    this.set_loc(s.iter);
    this.addop(O.END_ASYNC_FOR);
    this.visit_stmts(s.orelse);
    this.use_next_block(end);
  }

  /** @cpython compiler_while */
  private compiler_while(s: A.While): void {
    const loop = this.new_block();
    const body = this.new_block();
    const anchor = this.new_block();
    const end = this.new_block();
    this.use_next_block(loop);
    this.push_fblock("WHILE_LOOP", loop, end, null);
    this.jump_if(s.test, anchor, false);
    this.use_next_block(body);
    this.visit_stmts(s.body);
    this.set_loc(s);
    this.jump_if(s.test, body, true);
    this.pop_fblock();
    this.use_next_block(anchor);
    this.visit_stmts(s.orelse);
    this.use_next_block(end);
  }

  /** try/finally, also around except* handlers (@cpython compiler_try_finally). */
  private try_finally(s: A.Try | A.TryStar): void {
    const body = this.new_block();
    const end = this.new_block();
    const exit = this.new_block();
    const cleanup = this.new_block();
    // The body, with the finally block run on the way out.
    this.addop_j(O.SETUP_FINALLY, end);
    this.use_next_block(body);
    this.push_fblock("FINALLY_TRY", body, end, s.finalbody);
    if (s.handlers.length) {
      if (s._kind === stmt_kind.TryStar_kind) this.try_star_except(s as A.TryStar);
      else this.try_except(s as A.Try);
    } else {
      this.visit_stmts(s.body);
    }
    this.addop_noline(O.POP_BLOCK);
    this.pop_fblock();
    this.visit_stmts(s.finalbody);
    this.addop_j_noline(O.JUMP, exit);
    // The finally block, run when an exception is in flight.
    this.use_next_block(end);
    this.unset_loc();
    this.addop_j(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.push_fblock("FINALLY_END", end, null, null);
    this.visit_stmts(s.finalbody);
    this.pop_fblock();
    this.addop_i(O.RERAISE, 0);
    this.use_next_block(cleanup);
    this.pop_except_and_reraise();
    this.use_next_block(exit);
  }

  /** `name = None; del name`: an `except ... as name` target does not outlive its handler. */
  private clear_handler_name(name: string): void {
    this.addop_load_const(None);
    this.nameop(name, "Store");
    this.nameop(name, "Del");
  }

  /** @cpython compiler_try_except */
  private try_except(s: A.Try): void {
    const body = this.new_block();
    let except = this.new_block();
    const end = this.new_block();
    const cleanup = this.new_block();
    this.addop_j(O.SETUP_FINALLY, except);
    this.use_next_block(body);
    this.push_fblock("TRY_EXCEPT", body, null, null);
    this.visit_stmts(s.body);
    this.pop_fblock();
    this.addop_noline(O.POP_BLOCK);
    this.visit_stmts(s.orelse);
    this.addop_j_noline(O.JUMP, end);
    const n = s.handlers.length;
    this.use_next_block(except);
    this.unset_loc();
    this.addop_j(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    // Runs with the exception on the stack.
    this.push_fblock("EXCEPTION_HANDLER", null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as A.ExceptHandler;
      this.set_loc(handler);
      if (!handler.type && i < n - 1) this.compiler_error("default 'except:' must be last");
      except = this.new_block();
      if (handler.type) {
        this.visit_expr(handler.type);
        this.addop(O.CHECK_EXC_MATCH);
        this.addop_j(O.POP_JUMP_IF_FALSE, except);
      }
      if (handler.name) {
        const cleanup_end = this.new_block();
        const cleanup_body = this.new_block();
        this.nameop(handler.name, "Store");
        // `except E as name:` clears the name when the handler ends, however it ends.
        this.addop_j(O.SETUP_CLEANUP, cleanup_end);
        this.use_next_block(cleanup_body);
        this.push_fblock("HANDLER_CLEANUP", cleanup_body, null, handler.name);
        this.visit_stmts(handler.body);
        this.pop_fblock();
        this.unset_loc();
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        this.clear_handler_name(handler.name);
        this.addop_j(O.JUMP, end);
        this.use_next_block(cleanup_end);
        this.unset_loc();
        this.clear_handler_name(handler.name);
        this.addop_i(O.RERAISE, 1);
      } else {
        const cleanup_body = this.new_block();
        this.addop(O.POP_TOP);
        this.use_next_block(cleanup_body);
        this.push_fblock("HANDLER_CLEANUP", cleanup_body, null, null);
        this.visit_stmts(handler.body);
        this.pop_fblock();
        this.unset_loc();
        this.addop(O.POP_BLOCK);
        this.addop(O.POP_EXCEPT);
        this.addop_j(O.JUMP, end);
      }
      this.use_next_block(except);
    }
    this.unset_loc();
    this.pop_fblock();
    this.addop_i(O.RERAISE, 0);
    this.use_next_block(cleanup);
    this.pop_except_and_reraise();
    this.use_next_block(end);
  }

  /** @cpython compiler_try_star_except */
  private try_star_except(s: A.TryStar): void {
    const body = this.new_block();
    let except = this.new_block();
    const orelse = this.new_block();
    const end = this.new_block();
    const cleanup = this.new_block();
    const reraise_star = this.new_block();
    this.addop_j(O.SETUP_FINALLY, except);
    this.use_next_block(body);
    this.push_fblock("TRY_EXCEPT", body, null, null);
    this.visit_stmts(s.body);
    this.pop_fblock();
    this.addop_noline(O.POP_BLOCK);
    this.addop_j_noline(O.JUMP, orelse);
    const n = s.handlers.length;
    this.use_next_block(except);
    this.unset_loc();
    this.addop_j(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.push_fblock("EXCEPTION_GROUP_HANDLER", null, null, "except handler");
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as A.ExceptHandler;
      this.set_loc(handler);
      except = this.new_block();
      const except_with_error = this.new_block();
      const no_match = this.new_block();
      if (i === 0) {
        // Keep the original exception, and a list for what the handlers raise.
        this.addop_i(O.COPY, 1);
        this.addop_i(O.BUILD_LIST, 0);
        this.addop_i(O.SWAP, 2);
      }
      if (handler.type) {
        this.visit_expr(handler.type);
        this.addop(O.CHECK_EG_MATCH);
        this.addop_i(O.COPY, 1);
        this.addop_j(O.POP_JUMP_IF_NONE, no_match);
      }
      const cleanup_end = this.new_block();
      const cleanup_body = this.new_block();
      if (handler.name) this.nameop(handler.name, "Store");
      else this.addop(O.POP_TOP);
      this.addop_j(O.SETUP_CLEANUP, cleanup_end);
      this.use_next_block(cleanup_body);
      this.push_fblock("HANDLER_CLEANUP", cleanup_body, null, handler.name);
      this.visit_stmts(handler.body);
      this.pop_fblock();
      this.unset_loc();
      this.addop(O.POP_BLOCK);
      if (handler.name) this.clear_handler_name(handler.name);
      this.addop_j(O.JUMP, except);
      this.use_next_block(cleanup_end);
      this.unset_loc();
      if (handler.name) this.clear_handler_name(handler.name);
      // An exception raised in the handler body joins the result list.
      this.addop_i(O.LIST_APPEND, 3);
      this.addop(O.POP_TOP);
      this.addop_j(O.JUMP, except_with_error);
      this.use_next_block(except);
      this.addop(O.NOP);
      this.addop_j(O.JUMP, except_with_error);
      // No match: drop the None that CHECK_EG_MATCH left.
      this.use_next_block(no_match);
      this.set_loc(handler);
      this.addop(O.POP_TOP);
      this.use_next_block(except_with_error);
      if (i === n - 1) {
        // What no handler matched is kept too.
        this.unset_loc();
        this.addop_i(O.LIST_APPEND, 1);
        this.addop_j(O.JUMP, reraise_star);
      }
    }
    this.unset_loc();
    this.pop_fblock();
    const reraise = this.new_block();
    this.use_next_block(reraise_star);
    this.addop(O.PREP_RERAISE_STAR);
    this.addop_i(O.COPY, 1);
    this.addop_j(O.POP_JUMP_IF_NOT_NONE, reraise);
    this.addop(O.POP_TOP);
    this.addop(O.POP_BLOCK);
    this.addop(O.POP_EXCEPT);
    this.addop_j(O.JUMP, end);
    this.use_next_block(reraise);
    this.addop(O.POP_BLOCK);
    this.addop_i(O.SWAP, 2);
    this.addop(O.POP_EXCEPT);
    this.addop_i(O.RERAISE, 0);
    this.use_next_block(cleanup);
    this.pop_except_and_reraise();
    this.use_next_block(orelse);
    this.visit_stmts(s.orelse);
    this.use_next_block(end);
  }

  /** `import a.b.c as d`: import, then walk the attributes (@cpython compiler_import_as). */
  private import_as(name: string, asname: string): void {
    const parts = name.split(".");
    if (parts.length > 1) {
      for (let i = 1; i < parts.length; i++) {
        this.addop_n(O.IMPORT_FROM, this.u.u_names, parts[i]);
        if (i === parts.length - 1) break;
        this.addop_i(O.SWAP, 2);
        this.addop(O.POP_TOP);
      }
      this.nameop(asname, "Store");
      this.addop(O.POP_TOP);
      return;
    }
    this.nameop(asname, "Store");
  }

  /** @cpython compiler_import */
  private compiler_import(s: A.Import): void {
    for (const alias of s.names) {
      this.addop_load_const(0n);
      this.addop_load_const(None);
      this.addop_name(O.IMPORT_NAME, this.u.u_names, alias.name);
      if (alias.asname) {
        this.import_as(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf(".");
        this.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, "Store");
      }
    }
  }

  /** @cpython compiler_from_import */
  private compiler_from_import(s: A.ImportFrom): void {
    this.addop_load_const(BigInt(s.level ?? 0));
    const names = new ConstantTuple(s.names.map((a) => a.name));
    if (s.lineno > this.c_future.ff_lineno && s.module === "__future__") {
      this.compiler_error("from __future__ imports must occur at the beginning of the file");
    }
    this.addop_load_const(names, true);
    this.addop_name(O.IMPORT_NAME, this.u.u_names, s.module ?? "");
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name.startsWith("*")) {
        this.addop(O.IMPORT_STAR);
        return;
      }
      this.addop_name(O.IMPORT_FROM, this.u.u_names, alias.name);
      this.nameop(alias.asname ?? alias.name, "Store");
    }
    this.addop(O.POP_TOP);
  }

  /** @cpython compiler_assert */
  private compiler_assert(s: A.Assert): void {
    const test = s.test;
    if ((test._kind === expr_kind.Tuple_kind && (test as A.Tuple).elts.length > 0) ||
        (test._kind === expr_kind.Constant_kind && (test as A.Constant).value instanceof ConstantTuple &&
          ((test as A.Constant).value as ConstantTuple).items.length > 0)) {
      this.compiler_warn("assertion is always true, perhaps remove parentheses?");
    }
    if (this.c_optimize) return;
    const end = this.new_block();
    this.jump_if(test, end, true);
    this.addop(O.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visit_expr(s.msg);
      this.addop_i(O.PRECALL, 0);
      this.addop_i(O.CALL, 0);
    }
    this.addop_i(O.RAISE_VARARGS, 1);
    this.use_next_block(end);
  }

  /** @cpython compiler_with_except_finish */
  private with_except_finish(cleanup: BasicBlock): void {
    this.unset_loc();
    const exit = this.new_block();
    this.addop_j(O.POP_JUMP_IF_TRUE, exit);
    this.addop_i(O.RERAISE, 2);
    this.use_next_block(cleanup);
    this.pop_except_and_reraise();
    this.use_next_block(exit);
    this.addop(O.POP_TOP);
    this.addop(O.POP_BLOCK);
    this.addop(O.POP_EXCEPT);
    this.addop(O.POP_TOP);
    this.addop(O.POP_TOP);
  }

  /** @cpython compiler_async_with */
  private compiler_async_with(s: A.AsyncWith, pos: number): void {
    const item = s.items[pos];
    if (this.isTopLevelAwait()) this.u.u_ste.ste_coroutine = true;
    else if (this.u.u_scope_type !== COMPILER_SCOPE_ASYNC_FUNCTION) this.compiler_error("'async with' outside async function");
    const block = this.new_block();
    const final = this.new_block();
    const exit = this.new_block();
    const cleanup = this.new_block();
    this.visit_expr(item.context_expr);
    this.addop(O.BEFORE_ASYNC_WITH);
    this.addop_i(O.GET_AWAITABLE, 1);
    this.addop_load_const(None);
    this.add_yield_from(true);
    this.addop_j(O.SETUP_WITH, final);
    this.use_next_block(block);
    this.push_fblock("ASYNC_WITH", block, final, s);
    if (item.optional_vars) this.visit_expr(item.optional_vars);
    else this.addop(O.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visit_stmts(s.body);
    else this.compiler_async_with(s, pos);
    this.pop_fblock();
    this.addop(O.POP_BLOCK);
    this.set_loc(s);
    this.call_exit_with_nones();
    this.addop_i(O.GET_AWAITABLE, 2);
    this.addop_load_const(None);
    this.add_yield_from(true);
    this.addop(O.POP_TOP);
    this.addop_j(O.JUMP, exit);
    this.use_next_block(final);
    this.addop_j(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.addop(O.WITH_EXCEPT_START);
    this.addop_i(O.GET_AWAITABLE, 2);
    this.addop_load_const(None);
    this.add_yield_from(true);
    this.with_except_finish(cleanup);
    this.use_next_block(exit);
  }

  /** @cpython compiler_with */
  private compiler_with(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.new_block();
    const final = this.new_block();
    const exit = this.new_block();
    const cleanup = this.new_block();
    this.visit_expr(item.context_expr);
    this.addop(O.BEFORE_WITH);
    this.addop_j(O.SETUP_WITH, final);
    this.use_next_block(block);
    this.push_fblock("WITH", block, final, s);
    if (item.optional_vars) this.visit_expr(item.optional_vars);
    else this.addop(O.POP_TOP);
    pos++;
    if (pos === s.items.length) this.visit_stmts(s.body);
    else this.compiler_with(s, pos);
    this.unset_loc();
    this.addop(O.POP_BLOCK);
    this.pop_fblock();
    // The normal exit calls __exit__(None, None, None) on the with statement's line.
    this.set_loc(s);
    this.call_exit_with_nones();
    this.addop(O.POP_TOP);
    this.addop_j(O.JUMP, exit);
    this.use_next_block(final);
    this.addop_j(O.SETUP_CLEANUP, cleanup);
    this.addop(O.PUSH_EXC_INFO);
    this.addop(O.WITH_EXCEPT_START);
    this.with_except_finish(cleanup);
    this.use_next_block(exit);
  }

  /** @cpython compiler_augassign */
  private compiler_augassign(s: A.AugAssign): void {
    const e = s.target;
    const saved = this.save_loc();
    this.set_loc(e);
    switch (e._kind) {
      case expr_kind.Attribute_kind: {
        const a = e as A.Attribute;
        this.visit_expr(a.value);
        this.addop_i(O.COPY, 1);
        this.update_start_location_to_match_attr(a);
        this.addop_name(O.LOAD_ATTR, this.u.u_names, a.attr);
        break;
      }
      case expr_kind.Subscript_kind: {
        const sub = e as A.Subscript;
        this.visit_expr(sub.value);
        this.visit_expr(sub.slice);
        this.addop_i(O.COPY, 2);
        this.addop_i(O.COPY, 2);
        this.addop(O.BINARY_SUBSCR);
        break;
      }
      case expr_kind.Name_kind:
        this.nameop((e as A.Name).id, "Load");
        break;
      default:
        throw new PyFrontEndError("SystemError", `invalid node type (${e._kind}) for augmented assignment`);
    }
    this.restore_loc(saved);
    this.visit_expr(s.value);
    this.addop_binary(s.op, true);
    this.set_loc(e);
    switch (e._kind) {
      case expr_kind.Attribute_kind:
        this.update_start_location_to_match_attr(e as A.Attribute);
        this.addop_i(O.SWAP, 2);
        this.addop_name(O.STORE_ATTR, this.u.u_names, (e as A.Attribute).attr);
        break;
      case expr_kind.Subscript_kind:
        this.addop_i(O.SWAP, 3);
        this.addop_i(O.SWAP, 2);
        this.addop(O.STORE_SUBSCR);
        break;
      default:
        this.nameop((e as A.Name).id, "Store");
    }
  }

  /** Annotation expressions that are evaluated only for their errors (@cpython check_ann_expr). */
  private check_ann_expr(e: A.expr): void {
    this.visit_expr(e);
    this.addop(O.POP_TOP);
  }

  /** @cpython check_ann_subscr */
  private check_ann_subscr(e: A.expr): void {
    if (e._kind === expr_kind.Slice_kind) {
      const sl = e as A.Slice;
      if (sl.lower) this.check_ann_expr(sl.lower);
      if (sl.upper) this.check_ann_expr(sl.upper);
      if (sl.step) this.check_ann_expr(sl.step);
    } else if (e._kind === expr_kind.Tuple_kind) {
      for (const elt of (e as A.Tuple).elts) this.check_ann_subscr(elt);
    } else {
      this.check_ann_expr(e);
    }
  }

  /** @cpython compiler_annassign */
  private compiler_annassign(s: A.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visit_expr(s.value);
      this.visit_expr(targ);
    }
    const moduleOrClass = this.u.u_scope_type === COMPILER_SCOPE_MODULE || this.u.u_scope_type === COMPILER_SCOPE_CLASS;
    const future = (this.c_future.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
    switch (targ._kind) {
      case expr_kind.Name_kind: {
        const id = (targ as A.Name).id;
        this.forbidden_name(id, "Store");
        // Simple names at module and class level are recorded in __annotations__.
        if (s.simple && moduleOrClass) {
          if (future) this.visit_annexpr(s.annotation);
          else this.visit_expr(s.annotation);
          this.addop_name(O.LOAD_NAME, this.u.u_names, "__annotations__");
          this.addop_load_name_const(id);
          this.addop(O.STORE_SUBSCR);
        }
        break;
      }
      case expr_kind.Attribute_kind:
        this.forbidden_name((targ as A.Attribute).attr, "Store");
        if (!s.value) this.check_ann_expr((targ as A.Attribute).value);
        break;
      case expr_kind.Subscript_kind:
        if (!s.value) {
          this.check_ann_expr((targ as A.Subscript).value);
          this.check_ann_subscr((targ as A.Subscript).slice);
        }
        break;
      default:
        throw new PyFrontEndError("SystemError", `invalid node type (${targ._kind}) for annotated assignment`);
    }
    // Annotations of complex targets are evaluated (not stored) at module and class level.
    if (!s.simple && !future && moduleOrClass) this.check_ann_expr(s.annotation);
  }

  // -- expressions -------------------------------------------------------------------------

  visit_exprs(seq: A.expr[]): void {
    for (const e of seq) this.visit_expr(e);
  }

  /** @cpython compiler_visit_expr */
  visit_expr(e: A.expr): void {
    const u = this.u;
    const lineno = u.u_lineno, end_lineno = u.u_end_lineno, col = u.u_col_offset, end_col = u.u_end_col_offset;
    this.set_loc(e);
    this.visit_expr1(e);
    // The unit is the same one: nested scopes are entered and left inside visit_expr1.
    u.u_lineno = lineno;
    u.u_end_lineno = end_lineno;
    u.u_col_offset = col;
    u.u_end_col_offset = end_col;
  }

  /** @cpython compiler_visit_expr1 */
  private visit_expr1(e: A.expr): void {
    switch (e._kind) {
      case expr_kind.NamedExpr_kind: {
        const n = e as A.NamedExpr;
        this.visit_expr(n.value);
        this.addop_i(O.COPY, 1);
        this.visit_expr(n.target);
        return;
      }
      case expr_kind.BoolOp_kind: return this.compiler_boolop(e as A.BoolOp);
      case expr_kind.BinOp_kind: {
        const b = e as A.BinOp;
        this.visit_expr(b.left);
        this.visit_expr(b.right);
        this.addop_binary(b.op, false);
        return;
      }
      case expr_kind.UnaryOp_kind: {
        const u = e as A.UnaryOp;
        this.visit_expr(u.operand);
        this.addop(u.op === "Invert" ? O.UNARY_INVERT : u.op === "Not" ? O.UNARY_NOT : u.op === "UAdd" ? O.UNARY_POSITIVE : O.UNARY_NEGATIVE);
        return;
      }
      case expr_kind.Lambda_kind: return this.compiler_lambda(e as A.Lambda);
      case expr_kind.IfExp_kind: return this.compiler_ifexp(e as A.IfExp);
      case expr_kind.Dict_kind: return this.compiler_dict(e as A.Dict);
      case expr_kind.Set_kind: return this.starunpack_helper((e as A.Set).elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false);
      case expr_kind.GeneratorExp_kind: {
        const g = e as A.GeneratorExp;
        return this.compiler_comprehension(e, COMP_GENEXP, "<genexpr>", g.generators, g.elt, null);
      }
      case expr_kind.ListComp_kind: {
        const g = e as A.ListComp;
        return this.compiler_comprehension(e, COMP_LISTCOMP, "<listcomp>", g.generators, g.elt, null);
      }
      case expr_kind.SetComp_kind: {
        const g = e as A.SetComp;
        return this.compiler_comprehension(e, COMP_SETCOMP, "<setcomp>", g.generators, g.elt, null);
      }
      case expr_kind.DictComp_kind: {
        const g = e as A.DictComp;
        return this.compiler_comprehension(e, COMP_DICTCOMP, "<dictcomp>", g.generators, g.key, g.value);
      }
      case expr_kind.Yield_kind: {
        if (this.u.u_ste.ste_type !== "FunctionBlock") this.compiler_error("'yield' outside function");
        const v = (e as A.Yield).value;
        if (v) this.visit_expr(v);
        else this.addop_load_const(None);
        this.addop_yield();
        return;
      }
      case expr_kind.YieldFrom_kind:
        if (this.u.u_ste.ste_type !== "FunctionBlock") this.compiler_error("'yield' outside function");
        if (this.u.u_scope_type === COMPILER_SCOPE_ASYNC_FUNCTION) this.compiler_error("'yield from' inside async function");
        this.visit_expr((e as A.YieldFrom).value);
        this.addop(O.GET_YIELD_FROM_ITER);
        this.addop_load_const(None);
        this.add_yield_from(false);
        return;
      case expr_kind.Await_kind:
        if (!this.isTopLevelAwait()) {
          if (this.u.u_ste.ste_type !== "FunctionBlock") this.compiler_error("'await' outside function");
          if (this.u.u_scope_type !== COMPILER_SCOPE_ASYNC_FUNCTION && this.u.u_scope_type !== COMPILER_SCOPE_COMPREHENSION) {
            this.compiler_error("'await' outside async function");
          }
        }
        this.visit_expr((e as A.Await).value);
        this.addop_i(O.GET_AWAITABLE, 0);
        this.addop_load_const(None);
        this.add_yield_from(true);
        return;
      case expr_kind.Compare_kind: return this.compiler_compare(e as A.Compare);
      case expr_kind.Call_kind: return this.compiler_call(e as A.Call);
      case expr_kind.Constant_kind: return this.addop_load_ast_const((e as A.Constant).value);
      case expr_kind.JoinedStr_kind: return this.compiler_joined_str(e as A.JoinedStr);
      case expr_kind.FormattedValue_kind: return this.compiler_formatted_value(e as A.FormattedValue);
      case expr_kind.Attribute_kind: {
        const a = e as A.Attribute;
        this.visit_expr(a.value);
        this.update_start_location_to_match_attr(a);
        switch (a.ctx) {
          case "Load": this.addop_name(O.LOAD_ATTR, this.u.u_names, a.attr); break;
          case "Store":
            this.forbidden_name(a.attr, a.ctx);
            this.addop_name(O.STORE_ATTR, this.u.u_names, a.attr);
            break;
          case "Del": this.addop_name(O.DELETE_ATTR, this.u.u_names, a.attr); break;
        }
        return;
      }
      case expr_kind.Subscript_kind: return this.compiler_subscript(e as A.Subscript);
      case expr_kind.Starred_kind:
        if ((e as A.Starred).ctx === "Store") this.compiler_error("starred assignment target must be in a list or tuple");
        this.compiler_error("can't use starred expression here");
      // eslint-disable-next-line no-fallthrough
      case expr_kind.Slice_kind: return this.compiler_slice(e as A.Slice);
      case expr_kind.Name_kind: return this.nameop((e as A.Name).id, (e as A.Name).ctx);
      case expr_kind.List_kind: {
        const l = e as A.List;
        if (l.ctx === "Store") return this.assignment_helper(l.elts);
        if (l.ctx === "Load") return this.starunpack_helper(l.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, false);
        return this.visit_exprs(l.elts);
      }
      case expr_kind.Tuple_kind: {
        const t = e as A.Tuple;
        if (t.ctx === "Store") return this.assignment_helper(t.elts);
        if (t.ctx === "Load") return this.starunpack_helper(t.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
        return this.visit_exprs(t.elts);
      }
    }
  }

  /** @cpython addop_yield */
  private addop_yield(): void {
    if (this.u.u_ste.ste_generator && this.u.u_ste.ste_coroutine) this.addop(O.ASYNC_GEN_WRAP);
    this.addop(O.YIELD_VALUE);
    this.addop_i(O.RESUME, 1);
  }

  /** A multi-line attribute access is located at the attribute name. @cpython update_start_location_to_match_attr */
  update_start_location_to_match_attr(attr: A.Attribute): void {
    const u = this.u;
    if (u.u_lineno !== attr.end_lineno) {
      u.u_lineno = attr.end_lineno;
      const len = attr.attr.length;
      if (len <= attr.end_col_offset) {
        u.u_col_offset = attr.end_col_offset - len;
      } else {
        u.u_col_offset = -1;
        u.u_end_col_offset = -1;
      }
      u.u_end_lineno = Math.max(u.u_lineno, u.u_end_lineno);
      if (u.u_lineno === u.u_end_lineno) u.u_end_col_offset = Math.max(u.u_col_offset, u.u_end_col_offset);
    }
  }

  /** @cpython compiler_boolop */
  private compiler_boolop(e: A.BoolOp): void {
    const jumpi = e.op === "And" ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
    const end = this.new_block();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; ++i) {
      this.visit_expr(s[i]);
      this.addop_j(jumpi, end);
      this.use_next_block(this.new_block());
    }
    this.visit_expr(s[n]);
    this.use_next_block(end);
  }

  /** Builds a list/tuple/set display, with `*` unpacking and big displays done incrementally. @cpython starunpack_helper */
  starunpack_helper(elts: A.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && are_all_items_const(elts, 0, n)) {
      const items = elts.map((e) => (e as A.Constant).value);
      if (tuple && !pushed) {
        this.addop_load_ast_items(new ConstantTuple(items));
      } else {
        this.addop_i(build, pushed);
        this.addop_load_ast_items(add === O.SET_ADD ? make_frozenset(items) : new ConstantTuple(items));
        this.addop_i(extend, 1);
        if (tuple) this.addop(O.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seen_star = elts.some((e) => e._kind === expr_kind.Starred_kind);
    if (!seen_star && !big) {
      this.visit_exprs(elts);
      this.addop_i(tuple ? O.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let sequence_built = false;
    if (big) {
      this.addop_i(build, pushed);
      sequence_built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._kind === expr_kind.Starred_kind) {
        if (!sequence_built) {
          this.addop_i(build, i + pushed);
          sequence_built = true;
        }
        this.visit_expr((elt as A.Starred).value);
        this.addop_i(extend, 1);
      } else {
        this.visit_expr(elt);
        if (sequence_built) this.addop_i(add, 1);
      }
    }
    if (tuple) this.addop(O.LIST_TO_TUPLE);
  }

  /** @cpython unpack_helper */
  private unpack_helper(elts: A.expr[]): void {
    const n = elts.length;
    let seen_star = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._kind === expr_kind.Starred_kind && !seen_star) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) this.compiler_error("too many expressions in star-unpacking assignment");
        this.addop_i(O.UNPACK_EX, i + ((n - i - 1) << 8));
        seen_star = true;
      } else if (elt._kind === expr_kind.Starred_kind) {
        this.compiler_error("multiple starred expressions in assignment");
      }
    }
    if (!seen_star) this.addop_i(O.UNPACK_SEQUENCE, n);
  }

  /** @cpython assignment_helper */
  private assignment_helper(elts: A.expr[]): void {
    this.unpack_helper(elts);
    for (const elt of elts) this.visit_expr(elt._kind !== expr_kind.Starred_kind ? elt : (elt as A.Starred).value);
  }

  /** @cpython compiler_subdict */
  private compiler_subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && are_all_items_const(e.keys, begin, end)) {
      for (let i = begin; i < end; i++) this.visit_expr(e.values[i]);
      this.addop_load_ast_items(new ConstantTuple(e.keys.slice(begin, end).map((k) => (k as A.Constant).value)));
      this.addop_i(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addop_i(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visit_expr(e.keys[i]!);
      this.visit_expr(e.values[i]);
      if (big) this.addop_i(O.MAP_ADD, 1);
    }
    if (!big) this.addop_i(O.BUILD_MAP, n);
  }

  /** @cpython compiler_dict */
  private compiler_dict(e: A.Dict): void {
    const n = e.values.length;
    let have_dict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const is_unpacking = e.keys[i] === null;
      if (is_unpacking) {
        if (elements) {
          this.compiler_subdict(e, i - elements, i);
          if (have_dict) this.addop_i(O.DICT_UPDATE, 1);
          have_dict = true;
          elements = 0;
        }
        if (!have_dict) {
          this.addop_i(O.BUILD_MAP, 0);
          have_dict = true;
        }
        this.visit_expr(e.values[i]);
        this.addop_i(O.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.compiler_subdict(e, i - elements, i + 1);
        if (have_dict) this.addop_i(O.DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.compiler_subdict(e, n - elements, n);
      if (have_dict) this.addop_i(O.DICT_UPDATE, 1);
      have_dict = true;
    }
    if (!have_dict) this.addop_i(O.BUILD_MAP, 0);
  }

  /** @cpython check_compare */
  private check_compare(e: A.Compare): void {
    let left = check_is_arg(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i];
      const right = check_is_arg(e.comparators[i]);
      if (op === "Is" || op === "IsNot") {
        if (!right || !left) {
          this.compiler_warn(op === "Is" ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
          return;
        }
      }
      left = right;
    }
  }

  /** @cpython compiler_addcompare */
  addcompare(op: A.cmpop): void {
    switch (op) {
      case "Is": return this.addop_i(O.IS_OP, 0);
      case "IsNot": return this.addop_i(O.IS_OP, 1);
      case "In": return this.addop_i(O.CONTAINS_OP, 0);
      case "NotIn": return this.addop_i(O.CONTAINS_OP, 1);
    }
    const cmp = { Eq: Py_EQ, NotEq: Py_NE, Lt: Py_LT, LtE: Py_LE, Gt: Py_GT, GtE: Py_GE }[op];
    this.addop_i(O.COMPARE_OP, cmp);
  }

  /** Jump to `next` when `e` is true (cond) or false (!cond). @cpython compiler_jump_if */
  jump_if(e: A.expr, next: BasicBlock, cond: boolean): void {
    switch (e._kind) {
      case expr_kind.UnaryOp_kind:
        if ((e as A.UnaryOp).op === "Not") return this.jump_if((e as A.UnaryOp).operand, next, !cond);
        break;
      case expr_kind.BoolOp_kind: {
        const s = (e as A.BoolOp).values;
        const n = s.length - 1;
        const cond2 = (e as A.BoolOp).op === "Or";
        let next2 = next;
        if (cond2 !== cond) next2 = this.new_block();
        for (let i = 0; i < n; ++i) this.jump_if(s[i], next2, cond2);
        this.jump_if(s[n], next, cond);
        if (next2 !== next) this.use_next_block(next2);
        return;
      }
      case expr_kind.IfExp_kind: {
        const ie = e as A.IfExp;
        const end = this.new_block();
        const next2 = this.new_block();
        this.jump_if(ie.test, next2, false);
        this.jump_if(ie.body, next, cond);
        this.addop_j_noline(O.JUMP, end);
        this.use_next_block(next2);
        this.jump_if(ie.orelse, next, cond);
        this.use_next_block(end);
        return;
      }
      case expr_kind.Compare_kind: {
        const ce = e as A.Compare;
        this.set_loc(e);
        const n = ce.ops.length - 1;
        if (n > 0) {
          this.check_compare(ce);
          const cleanup = this.new_block();
          this.visit_expr(ce.left);
          for (let i = 0; i < n; i++) {
            this.visit_expr(ce.comparators[i]);
            this.addop_i(O.SWAP, 2);
            this.addop_i(O.COPY, 2);
            this.addcompare(ce.ops[i]);
            this.addop_j(O.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visit_expr(ce.comparators[n]);
          this.addcompare(ce.ops[n]);
          this.addop_j(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
          const end = this.new_block();
          this.addop_j_noline(O.JUMP, end);
          this.use_next_block(cleanup);
          this.addop(O.POP_TOP);
          if (!cond) this.addop_j_noline(O.JUMP, next);
          this.use_next_block(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visit_expr(e);
    this.addop_j(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next);
  }

  /** @cpython compiler_ifexp */
  private compiler_ifexp(e: A.IfExp): void {
    const end = this.new_block();
    const next = this.new_block();
    this.jump_if(e.test, next, false);
    this.visit_expr(e.body);
    this.addop_j_noline(O.JUMP, end);
    this.use_next_block(next);
    this.visit_expr(e.orelse);
    this.use_next_block(end);
  }

  /** @cpython compiler_compare */
  private compiler_compare(e: A.Compare): void {
    this.check_compare(e);
    this.visit_expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visit_expr(e.comparators[0]);
      this.addcompare(e.ops[0]);
      return;
    }
    const cleanup = this.new_block();
    for (let i = 0; i < n; i++) {
      this.visit_expr(e.comparators[i]);
      this.addop_i(O.SWAP, 2);
      this.addop_i(O.COPY, 2);
      this.addcompare(e.ops[i]);
      this.addop_j(O.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visit_expr(e.comparators[n]);
    this.addcompare(e.ops[n]);
    const end = this.new_block();
    this.addop_j_noline(O.JUMP, end);
    this.use_next_block(cleanup);
    this.addop_i(O.SWAP, 2);
    this.addop(O.POP_TOP);
    this.use_next_block(end);
  }

  /** @cpython check_caller */
  private check_caller(e: A.expr): void {
    const t = infer_type(e);
    switch (e._kind) {
      case expr_kind.Constant_kind: case expr_kind.Tuple_kind: case expr_kind.List_kind: case expr_kind.ListComp_kind:
      case expr_kind.Dict_kind: case expr_kind.DictComp_kind: case expr_kind.Set_kind: case expr_kind.SetComp_kind:
      case expr_kind.GeneratorExp_kind: case expr_kind.JoinedStr_kind: case expr_kind.FormattedValue_kind:
        this.compiler_warn(`'${t}' object is not callable; perhaps you missed a comma?`);
    }
  }

  /** @cpython check_subscripter */
  private check_subscripter(e: A.expr): void {
    if (e._kind === expr_kind.Constant_kind) {
      const v = (e as A.Constant).value;
      if (!(v === None || v === Ellipsis || typeof v === "bigint" || typeof v === "boolean" || typeof v === "number" ||
            v instanceof PyComplex || v instanceof ConstantFrozenset)) return;
    } else if (e._kind !== expr_kind.Set_kind && e._kind !== expr_kind.SetComp_kind &&
               e._kind !== expr_kind.GeneratorExp_kind && e._kind !== expr_kind.Lambda_kind) {
      return;
    }
    this.compiler_warn(`'${infer_type(e)}' object is not subscriptable; perhaps you missed a comma?`);
  }

  /** @cpython check_index */
  private check_index(e: A.expr, s: A.expr): void {
    const index_type = infer_type(s);
    if (index_type === null || index_type === "int" || index_type === "bool" || s._kind === expr_kind.Slice_kind) return;
    if (e._kind === expr_kind.Constant_kind) {
      const v = (e as A.Constant).value;
      if (!(typeof v === "string" || v instanceof PyBytes || v instanceof ConstantTuple)) return;
    } else if (e._kind !== expr_kind.Tuple_kind && e._kind !== expr_kind.List_kind && e._kind !== expr_kind.ListComp_kind &&
               e._kind !== expr_kind.JoinedStr_kind && e._kind !== expr_kind.FormattedValue_kind) {
      return;
    }
    this.compiler_warn(`${infer_type(e)} indices must be integers or slices, not ${index_type}; perhaps you missed a comma?`);
  }

  /** @cpython is_import_originated */
  private is_import_originated(e: A.expr): boolean {
    if (e._kind !== expr_kind.Name_kind) return false;
    return (_PyST_GetSymbol(this.c_st.st_top, (e as A.Name).id) & DEF_IMPORT) !== 0;
  }

  /** `obj.meth(args)` as LOAD_METHOD + PRECALL/CALL; false when not applicable. @cpython maybe_optimize_method_call */
  private maybe_optimize_method_call(e: A.Call): boolean {
    const meth = e.func;
    const args = e.args, kwds = e.keywords;
    if (meth._kind !== expr_kind.Attribute_kind || (meth as A.Attribute).ctx !== "Load") return false;
    const attr = meth as A.Attribute;
    // Module functions are not methods: leave `mod.f()` a plain call.
    if (this.is_import_originated(attr.value)) return false;
    const argsl = args.length, kwdsl = kwds.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (args.some((a) => a._kind === expr_kind.Starred_kind)) return false;
    if (kwds.some((k) => k.arg === null)) return false;
    this.visit_expr(attr.value);
    this.set_loc(meth);
    this.update_start_location_to_match_attr(attr);
    this.addop_name(O.LOAD_METHOD, this.u.u_names, attr.attr);
    this.visit_exprs(args);
    if (kwdsl) {
      for (const k of kwds) this.visit_expr(k.value);
      this.call_simple_kw_helper(kwds);
    }
    this.set_loc(e);
    this.update_start_location_to_match_attr(attr);
    this.addop_i(O.PRECALL, argsl + kwdsl);
    this.addop_i(O.CALL, argsl + kwdsl);
    return true;
  }

  /** @cpython validate_keywords */
  private validate_keywords(keywords: A.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i];
      if (key.arg === null) continue;
      this.forbidden_name(key.arg, "Store");
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j];
        if (other.arg !== null && other.arg === key.arg) {
          this.set_loc(other);
          this.compiler_error(`keyword argument repeated: ${key.arg}`);
        }
      }
    }
  }

  /** @cpython compiler_call */
  private compiler_call(e: A.Call): void {
    this.validate_keywords(e.keywords);
    if (this.maybe_optimize_method_call(e)) return;
    this.check_caller(e.func);
    this.set_loc(e.func);
    this.addop(O.PUSH_NULL);
    this.set_loc(e);
    this.visit_expr(e.func);
    this.call_helper(0, e.args, e.keywords);
  }

  /** @cpython compiler_joined_str */
  private compiler_joined_str(e: A.JoinedStr): void {
    const values = e.values;
    if (values.length > STACK_USE_GUIDELINE) {
      // Long f-strings: ''.join([...]).
      this.addop_load_const("");
      this.addop_name(O.LOAD_METHOD, this.u.u_names, "join");
      this.addop_i(O.BUILD_LIST, 0);
      for (const v of values) {
        this.visit_expr(v);
        this.addop_i(O.LIST_APPEND, 1);
      }
      this.addop_i(O.PRECALL, 1);
      this.addop_i(O.CALL, 1);
    } else {
      this.visit_exprs(values);
      if (values.length !== 1) this.addop_i(O.BUILD_STRING, values.length);
    }
  }

  /** @cpython compiler_formatted_value */
  private compiler_formatted_value(e: A.FormattedValue): void {
    this.visit_expr(e.value);
    let oparg: number;
    switch (e.conversion) {
      case 115: oparg = FVC_STR; break; // 's'
      case 114: oparg = FVC_REPR; break; // 'r'
      case 97: oparg = FVC_ASCII; break; // 'a'
      case -1: oparg = FVC_NONE; break;
      default: throw new PyFrontEndError("SystemError", `Unrecognized conversion character ${e.conversion}`);
    }
    if (e.format_spec) {
      this.visit_expr(e.format_spec);
      oparg |= FVS_HAVE_SPEC;
    }
    this.addop_i(O.FORMAT_VALUE, oparg);
  }

  /** @cpython compiler_subkwargs */
  private compiler_subkwargs(keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visit_expr(keywords[i].value);
      this.addop_load_const(new ConstantTuple(keywords.slice(begin, end).map((k) => k.arg!)), true);
      this.addop_i(O.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.addop_i_noline(O.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.addop_load_const(keywords[i].arg!, true);
      this.visit_expr(keywords[i].value);
      if (big) this.addop_i_noline(O.MAP_ADD, 1);
    }
    if (!big) this.addop_i(O.BUILD_MAP, n);
  }

  /** @cpython compiler_call_simple_kw_helper */
  private call_simple_kw_helper(keywords: A.keyword[]): void {
    this.addop_i(O.KW_NAMES, this.add_const(new ConstantTuple(keywords.map((k) => k.arg!)), true));
  }

  /** @cpython compiler_call_helper */
  call_helper(n: number, args: A.expr[], keywords: A.keyword[]): void {
    this.validate_keywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    const simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE &&
      !args.some((a) => a._kind === expr_kind.Starred_kind) && !keywords.some((k) => k.arg === null);
    if (simple) {
      this.visit_exprs(args);
      if (nkwelts) {
        for (const k of keywords) this.visit_expr(k.value);
        this.call_simple_kw_helper(keywords);
      }
      this.addop_i(O.PRECALL, n + nelts + nkwelts);
      this.addop_i(O.CALL, n + nelts + nkwelts);
      return;
    }
    // CALL_FUNCTION_EX with a tuple of positionals and a dict of keywords.
    if (n === 0 && nelts === 1 && args[0]._kind === expr_kind.Starred_kind) {
      this.visit_expr((args[0] as A.Starred).value);
    } else {
      this.starunpack_helper(args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let have_dict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.compiler_subkwargs(keywords, i - nseen, i);
            if (have_dict) this.addop_i(O.DICT_MERGE, 1);
            have_dict = true;
            nseen = 0;
          }
          if (!have_dict) {
            this.addop_i(O.BUILD_MAP, 0);
            have_dict = true;
          }
          this.visit_expr(kw.value);
          this.addop_i(O.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.compiler_subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (have_dict) this.addop_i(O.DICT_MERGE, 1);
      }
    }
    this.addop_i(O.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  // -- comprehensions ------------------------------------------------------------------------

  private comprehension_generator(generators: A.comprehension[], gen_index: number, depth: number, elt: A.expr, val: A.expr | null, type: number): void {
    if (generators[gen_index].is_async) this.async_comprehension_generator(generators, gen_index, depth, elt, val, type);
    else this.sync_comprehension_generator(generators, gen_index, depth, elt, val, type);
  }

  private comprehension_element(elt: A.expr, val: A.expr | null, type: number, depth: number): void {
    switch (type) {
      case COMP_GENEXP:
        this.visit_expr(elt);
        this.addop_yield();
        this.addop(O.POP_TOP);
        break;
      case COMP_LISTCOMP:
        this.visit_expr(elt);
        this.addop_i(O.LIST_APPEND, depth + 1);
        break;
      case COMP_SETCOMP:
        this.visit_expr(elt);
        this.addop_i(O.SET_ADD, depth + 1);
        break;
      default:
        this.visit_expr(elt);
        this.visit_expr(val!);
        this.addop_i(O.MAP_ADD, depth + 1);
        break;
    }
  }

  /** @cpython compiler_sync_comprehension_generator */
  private sync_comprehension_generator(generators: A.comprehension[], gen_index: number, depth: number, elt: A.expr, val: A.expr | null, type: number): void {
    let start: BasicBlock | null = this.new_block();
    const if_cleanup = this.new_block();
    const anchor = this.new_block();
    const gen = generators[gen_index];
    if (gen_index === 0) {
      // The outermost iterator is the implicit argument `.0`.
      this.u.u_argcount = 1;
      this.addop_i(O.LOAD_FAST, 0);
    } else {
      // `for y in [f(x)]` binds y without a loop.
      let elts: A.expr[] | null = null;
      if (gen.iter._kind === expr_kind.List_kind) elts = (gen.iter as A.List).elts;
      else if (gen.iter._kind === expr_kind.Tuple_kind) elts = (gen.iter as A.Tuple).elts;
      if (elts && elts.length === 1 && elts[0]._kind !== expr_kind.Starred_kind) {
        this.visit_expr(elts[0]);
        start = null;
      }
      if (start) {
        this.visit_expr(gen.iter);
        this.addop(O.GET_ITER);
      }
    }
    if (start) {
      depth++;
      this.use_next_block(start);
      this.addop_j(O.FOR_ITER, anchor);
    }
    this.visit_expr(gen.target);
    for (const e of gen.ifs) this.jump_if(e, if_cleanup, false);
    if (++gen_index < generators.length) this.comprehension_generator(generators, gen_index, depth, elt, val, type);
    if (gen_index >= generators.length) this.comprehension_element(elt, val, type, depth);
    this.use_next_block(if_cleanup);
    if (start) {
      this.addop_j(O.JUMP, start);
      this.use_next_block(anchor);
    }
  }

  /** @cpython compiler_async_comprehension_generator */
  private async_comprehension_generator(generators: A.comprehension[], gen_index: number, depth: number, elt: A.expr, val: A.expr | null, type: number): void {
    const start = this.new_block();
    const except = this.new_block();
    const if_cleanup = this.new_block();
    const gen = generators[gen_index];
    if (gen_index === 0) {
      this.u.u_argcount = 1;
      this.addop_i(O.LOAD_FAST, 0);
    } else {
      this.visit_expr(gen.iter);
      this.addop(O.GET_AITER);
    }
    this.use_next_block(start);
    this.push_fblock("ASYNC_COMPREHENSION_GENERATOR", start, null, null);
    this.addop_j(O.SETUP_FINALLY, except);
    this.addop(O.GET_ANEXT);
    this.addop_load_const(None);
    this.add_yield_from(true);
    this.addop(O.POP_BLOCK);
    this.visit_expr(gen.target);
    for (const e of gen.ifs) this.jump_if(e, if_cleanup, false);
    depth++;
    if (++gen_index < generators.length) this.comprehension_generator(generators, gen_index, depth, elt, val, type);
    if (gen_index >= generators.length) this.comprehension_element(elt, val, type, depth);
    this.use_next_block(if_cleanup);
    this.addop_j(O.JUMP, start);
    this.pop_fblock();
    this.use_next_block(except);
    this.addop(O.END_ASYNC_FOR);
  }

  /** @cpython compiler_comprehension */
  private compiler_comprehension(e: A.expr, type: number, name: string, generators: A.comprehension[], elt: A.expr, val: A.expr | null): void {
    const outermost = generators[0];
    const scope_type = this.u.u_scope_type;
    const is_top_level_await = this.isTopLevelAwait();
    this.enter_scope(name, COMPILER_SCOPE_COMPREHENSION, e, e.lineno);
    this.set_loc(e);
    const is_async_generator = this.u.u_ste.ste_coroutine;
    if (is_async_generator && type !== COMP_GENEXP && scope_type !== COMPILER_SCOPE_ASYNC_FUNCTION &&
        scope_type !== COMPILER_SCOPE_COMPREHENSION && !is_top_level_await) {
      this.compiler_error("asynchronous comprehension outside of an asynchronous function");
    }
    if (type !== COMP_GENEXP) {
      this.addop_i(type === COMP_LISTCOMP ? O.BUILD_LIST : type === COMP_SETCOMP ? O.BUILD_SET : O.BUILD_MAP, 0);
    }
    this.comprehension_generator(generators, 0, 0, elt, val, type);
    if (type !== COMP_GENEXP) this.addop(O.RETURN_VALUE);
    const co = assemble(this, true);
    this.exit_scope();
    if (is_top_level_await && is_async_generator) this.u.u_ste.ste_coroutine = true;
    this.make_closure(co, 0);
    this.visit_expr(outermost.iter);
    this.addop(outermost.is_async ? O.GET_AITER : O.GET_ITER);
    this.addop_i(O.PRECALL, 0);
    this.addop_i(O.CALL, 0);
    if (is_async_generator && type !== COMP_GENEXP) {
      this.addop_i(O.GET_AWAITABLE, 0);
      this.addop_load_const(None);
      this.add_yield_from(true);
    }
  }

  // -- subscripts and slices ---------------------------------------------------------------

  /** @cpython compiler_subscript */
  private compiler_subscript(e: A.Subscript): void {
    const ctx = e.ctx;
    if (ctx === "Load") {
      this.check_subscripter(e.value);
      this.check_index(e.value, e.slice);
    }
    this.visit_expr(e.value);
    this.visit_expr(e.slice);
    this.addop(ctx === "Load" ? O.BINARY_SUBSCR : ctx === "Store" ? O.STORE_SUBSCR : O.DELETE_SUBSCR);
  }

  /** @cpython compiler_slice */
  private compiler_slice(s: A.Slice): void {
    let n = 2;
    if (s.lower) this.visit_expr(s.lower);
    else this.addop_load_const(None);
    if (s.upper) this.visit_expr(s.upper);
    else this.addop_load_const(None);
    if (s.step) {
      n++;
      this.visit_expr(s.step);
    }
    this.addop_i(O.BUILD_SLICE, n);
  }
}

// -- helpers -----------------------------------------------------------------------------

function binop_arg(op: A.operator, inplace: boolean): number {
  const table: Record<A.operator, [number, number]> = {
    Add: [O.NB_ADD, O.NB_INPLACE_ADD],
    Sub: [O.NB_SUBTRACT, O.NB_INPLACE_SUBTRACT],
    Mult: [O.NB_MULTIPLY, O.NB_INPLACE_MULTIPLY],
    MatMult: [O.NB_MATRIX_MULTIPLY, O.NB_INPLACE_MATRIX_MULTIPLY],
    Div: [O.NB_TRUE_DIVIDE, O.NB_INPLACE_TRUE_DIVIDE],
    Mod: [O.NB_REMAINDER, O.NB_INPLACE_REMAINDER],
    Pow: [O.NB_POWER, O.NB_INPLACE_POWER],
    LShift: [O.NB_LSHIFT, O.NB_INPLACE_LSHIFT],
    RShift: [O.NB_RSHIFT, O.NB_INPLACE_RSHIFT],
    BitOr: [O.NB_OR, O.NB_INPLACE_OR],
    BitXor: [O.NB_XOR, O.NB_INPLACE_XOR],
    BitAnd: [O.NB_AND, O.NB_INPLACE_AND],
    FloorDiv: [O.NB_FLOOR_DIVIDE, O.NB_INPLACE_FLOOR_DIVIDE],
  };
  return table[op][inplace ? 1 : 0];
}

/** For each node class, its identifier fields and its other node-holding fields. */
const fieldPlans = new Map<Function, { ids: string[]; children: string[] }>();

function fieldPlan(cls: typeof A.AST): { ids: string[]; children: string[] } {
  let plan = fieldPlans.get(cls);
  if (!plan) {
    plan = { ids: [], children: [] };
    cls._fields.forEach((field, i) => {
      const type = cls._fieldTypes[i];
      if (type === "identifier") plan!.ids.push(field);
      else if (type !== "string" && type !== "int" && type !== "constant" && !A.SIMPLE_SUMS.includes(type)) plan!.children.push(field);
    });
    fieldPlans.set(cls, plan);
  }
  return plan;
}

/** Every identifier in the tree (the parser interns each NAME it reads). Iterative: trees can be deep. */
function collect_identifiers(root: A.AST, out: Set<string>): void {
  const todo: unknown[] = [root];
  while (todo.length) {
    const node = todo.pop();
    if (Array.isArray(node)) {
      for (const x of node) if (x !== null) todo.push(x);
      continue;
    }
    if (!(node instanceof A.AST)) continue;
    const plan = fieldPlan(node.constructor as typeof A.AST);
    const record = node as unknown as Record<string, unknown>;
    for (const field of plan.ids) {
      const v = record[field];
      for (const id of Array.isArray(v) ? v : [v]) {
        if (typeof id !== "string") continue;
        out.add(id);
        if (id.includes(".")) for (const part of id.split(".")) out.add(part);
      }
    }
    for (const field of plan.children) {
      const v = record[field];
      if (v !== null && typeof v === "object") todo.push(v);
    }
  }
}

/** Whether a body (not nested functions) has an annotated assignment. @cpython find_ann */
function find_ann(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._kind) {
      case stmt_kind.AnnAssign_kind: return true;
      case stmt_kind.For_kind: case stmt_kind.AsyncFor_kind:
        if (find_ann((st as A.For).body) || find_ann((st as A.For).orelse)) return true;
        break;
      case stmt_kind.While_kind:
        if (find_ann((st as A.While).body) || find_ann((st as A.While).orelse)) return true;
        break;
      case stmt_kind.If_kind:
        if (find_ann((st as A.If).body) || find_ann((st as A.If).orelse)) return true;
        break;
      case stmt_kind.With_kind: case stmt_kind.AsyncWith_kind:
        if (find_ann((st as A.With).body)) return true;
        break;
      case stmt_kind.Try_kind: case stmt_kind.TryStar_kind: {
        const t = st as A.Try;
        for (const h of t.handlers) if (find_ann((h as A.ExceptHandler).body)) return true;
        if (find_ann(t.body) || find_ann(t.finalbody) || find_ann(t.orelse)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

function are_all_items_const(seq: (A.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const key = seq[i];
    if (key === null || key._kind !== expr_kind.Constant_kind) return false;
  }
  return true;
}

/** Whether `is` with this operand is fine: not a literal, or a named singleton. @cpython check_is_arg */
function check_is_arg(e: A.expr): boolean {
  if (e._kind !== expr_kind.Constant_kind) return true;
  const v = (e as A.Constant).value;
  return v === None || v === false || v === true || v === Ellipsis;
}

/** The type name an expression is sure to produce, for warnings (@cpython infer_type). */
function infer_type(e: A.expr): string | null {
  switch (e._kind) {
    case expr_kind.Tuple_kind: return "tuple";
    case expr_kind.List_kind: case expr_kind.ListComp_kind: return "list";
    case expr_kind.Dict_kind: case expr_kind.DictComp_kind: return "dict";
    case expr_kind.Set_kind: case expr_kind.SetComp_kind: return "set";
    case expr_kind.GeneratorExp_kind: return "generator";
    case expr_kind.Lambda_kind: return "function";
    case expr_kind.JoinedStr_kind: case expr_kind.FormattedValue_kind: return "str";
    case expr_kind.Constant_kind: return constant_type_name((e as A.Constant).value);
    default: return null;
  }
}

export function constant_type_name(v: ConstantValue): string {
  if (v === None) return "NoneType";
  if (v === Ellipsis) return "ellipsis";
  switch (typeof v) {
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
  }
  if (v instanceof PyComplex) return "complex";
  if (v instanceof PyBytes) return "bytes";
  if (v instanceof ConstantTuple) return "tuple";
  return "frozenset";
}

// -- entry point -------------------------------------------------------------------------

export interface CompileOptions {
  flags?: number;
  /** -1: the interpreter's level (0 here); 1: -O (no asserts, __debug__ False); 2: -OO (no docstrings too). */
  optimize?: number;
  /** Receives each SyntaxWarning as it is raised (before a later error stops compilation). */
  warn?: (w: CompilerWarning) => void;
}

/** Compile a parsed module (@cpython _PyAST_Compile). Errors are thrown as PyFrontEndError. */
export function _PyAST_Compile(m: A.mod, filename: string, error: SyntaxErrorMaker, options: CompileOptions = {}): PyCodeObject {
  const flags: CompilerFlags = { cf_flags: options.flags ?? 0 };
  const optimize = options.optimize === undefined || options.optimize === -1 ? 0 : options.optimize;
  const c = new Compiler(filename, flags, optimize, error, options.warn ?? (() => {}));
  resetCodeKeyNames();
  c.c_mod = m;
  c.c_future = _PyFuture_FromAST(m, error);
  c.c_future.ff_features |= flags.cf_flags;
  flags.cf_flags = c.c_future.ff_features;
  _PyAST_Optimize(m, { optimize, ff_features: c.c_future.ff_features });
  c.c_st = _PySymtable_Build(m, filename, c.c_future, error);
  return c.compiler_mod(m);
}
