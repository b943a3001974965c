/**
 * @mirrors Objects/codeobject.c
 * The code object: what the compiler produces, marshal stores and the eval loop runs.
 * It keeps CPython 3.11's layout — one `co_localsplusnames` array with a kind byte per
 * entry instead of separate varnames/cellvars/freevars tuples (those are derived) — and
 * decodes the 3.11 location table (`co_lines`, `co_positions`) and exception table.
 */
import type { PyArena } from "../Python/pyarena.ts";
import {
  ConstantFrozenset, ConstantTuple, PyBytes, PyComplex, PyEllipsis, PyNone, type ConstantValue,
} from "../Include/ast_constant.ts";

/** A co_consts entry: a constant, or a nested code object (functions, classes, lambdas). */
export type CodeConstant = ConstantValue | PyCodeObject;

// Kinds of co_localsplusnames entries (Include/internal/pycore_code.h).
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

// co_flags (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

// Location-table entry codes (Include/cpython/code.h, _PyCodeLocationInfoKind).
export const PY_CODE_LOCATION_INFO_SHORT0 = 0;
export const PY_CODE_LOCATION_INFO_ONE_LINE0 = 10;
export const PY_CODE_LOCATION_INFO_ONE_LINE1 = 11;
export const PY_CODE_LOCATION_INFO_ONE_LINE2 = 12;
export const PY_CODE_LOCATION_INFO_NO_COLUMNS = 13;
export const PY_CODE_LOCATION_INFO_LONG = 14;
export const PY_CODE_LOCATION_INFO_NONE = 15;

/** One co_positions() tuple; -1 stands for None. */
export interface Position {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

/** One co_lines() tuple; line -1 stands for None. */
export interface LineRange {
  start: number;
  end: number;
  line: number;
}

/** One parsed exception-table entry (byte offsets, as dis shows them). */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: CodeConstant[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

/** co_arena_consts: a constant the parser made (with its items, if it is a container). */
export const ARENA_CONST = 1;
/** co_arena_consts: a tuple or frozenset the compiler built of constants the parser made. */
export const ARENA_ITEMS = 2;

/** @cpython PyCodeObject */
export class PyCodeObject implements CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: CodeConstant[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
  /** Counts derived from the kinds, as _PyCode_New's init_code computes them. */
  co_nlocals: number;
  co_ncellvars: number;
  co_nfreevars: number;

  /**
   * Which constants the parser made (pyarena.ts: ARENA_CONST, ARENA_ITEMS), for the arena of
   * a compilation whose code runs while it lives; null for code from elsewhere (marshal).
   */
  co_arena_consts: Uint8Array | null;
  /** The arena of the compilation this code came from, while a runner keeps it (pyarena.ts). */
  c_arena: PyArena | null;
  constructor(f: CodeFields) {
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
    this.co_arena_consts = null;
    this.c_arena = null;
    let nlocals = 0, ncells = 0, nfree = 0;
    for (const k of f.co_localspluskinds) {
      if (k & CO_FAST_LOCAL) nlocals++;
      if (k & CO_FAST_CELL) ncells++;
      if (k & CO_FAST_FREE) nfree++;
    }
    this.co_nlocals = nlocals;
    this.co_ncellvars = ncells;
    this.co_nfreevars = nfree;
  }

  private namesOfKind(kind: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      if (this.co_localspluskinds[i] & kind) out.push(this.co_localsplusnames[i]);
    }
    return out;
  }
  get co_varnames(): string[] { return this.namesOfKind(CO_FAST_LOCAL); }
  get co_cellvars(): string[] { return this.namesOfKind(CO_FAST_CELL); }
  get co_freevars(): string[] { return this.namesOfKind(CO_FAST_FREE); }

  /** The name for a LOAD_FAST/LOAD_DEREF... argument (code._varname_from_oparg). */
  _varname_from_oparg(oparg: number): string {
    return this.co_localsplusnames[oparg];
  }

  /** co_lines(): one range per location-table entry. */
  co_lines(): LineRange[] {
    const out: LineRange[] = [];
    const t = this.co_linetable;
    let line = this.co_firstlineno;
    let addr = 0;
    let i = 0;
    while (i < t.length) {
      const first = t[i];
      const code = (first >> 3) & 15;
      const end = addr + ((first & 7) + 1) * 2;
      line += get_line_delta(t, i);
      out.push({ start: addr, end, line: code === PY_CODE_LOCATION_INFO_NONE ? -1 : line });
      addr = end;
      i++;
      while (i < t.length && (t[i] & 128) === 0) i++;
    }
    return out;
  }

  /** co_positions(): one entry per code unit (instruction or cache). */
  co_positions(): Position[] {
    const out: Position[] = [];
    const t = this.co_linetable;
    const r = { i: 0 };
    let line = this.co_firstlineno;
    while (r.i < t.length) {
      const first = t[r.i++];
      const code = (first >> 3) & 15;
      const units = (first & 7) + 1;
      let p: Position;
      switch (code) {
        case PY_CODE_LOCATION_INFO_NONE:
          p = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };
          break;
        case PY_CODE_LOCATION_INFO_LONG: {
          line += read_signed_varint(t, r);
          const endLine = line + read_varint(t, r);
          const col = read_varint(t, r) - 1;
          const endCol = read_varint(t, r) - 1;
          p = { lineno: line, end_lineno: endLine, col_offset: col, end_col_offset: endCol };
          break;
        }
        case PY_CODE_LOCATION_INFO_NO_COLUMNS:
          line += read_signed_varint(t, r);
          p = { lineno: line, end_lineno: line, col_offset: -1, end_col_offset: -1 };
          break;
        case PY_CODE_LOCATION_INFO_ONE_LINE0:
        case PY_CODE_LOCATION_INFO_ONE_LINE1:
        case PY_CODE_LOCATION_INFO_ONE_LINE2: {
          line += code - 10;
          const col = t[r.i++];
          const endCol = t[r.i++];
          p = { lineno: line, end_lineno: line, col_offset: col, end_col_offset: endCol };
          break;
        }
        default: {
          const second = t[r.i++];
          const col = (code << 3) | (second >> 4);
          p = { lineno: line, end_lineno: line, col_offset: col, end_col_offset: col + (second & 15) };
        }
      }
      for (let k = 0; k < units; k++) out.push(p);
    }
    return out;
  }

  /** The exception table as dis._parse_exception_table reads it. */
  exceptionEntries(): ExceptionTableEntry[] {
    const t = this.co_exceptiontable;
    const out: ExceptionTableEntry[] = [];
    const r = { i: 0 };
    while (r.i < t.length) {
      const start = parse_varint(t, r) * 2;
      const length = parse_varint(t, r) * 2;
      const target = parse_varint(t, r) * 2;
      const dl = parse_varint(t, r);
      out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) !== 0 });
    }
    return out;
  }
}

/** Line delta of the entry starting at t[i] (codeobject.c get_line_delta). */
function get_line_delta(t: Uint8Array, i: number): number {
  const code = (t[i] >> 3) & 15;
  switch (code) {
    case PY_CODE_LOCATION_INFO_NONE: return 0;
    case PY_CODE_LOCATION_INFO_NO_COLUMNS:
    case PY_CODE_LOCATION_INFO_LONG: return read_signed_varint(t, { i: i + 1 });
    case PY_CODE_LOCATION_INFO_ONE_LINE1: return 1;
    case PY_CODE_LOCATION_INFO_ONE_LINE2: return 2;
    default: return 0;
  }
}

/** Location-table varint: 6-bit groups, least significant first, 0x40 = more. */
function read_varint(t: Uint8Array, r: { i: number }): number {
  let b = t[r.i++];
  let val = b & 63;
  let shift = 0;
  while (b & 64) {
    b = t[r.i++];
    shift += 6;
    val |= (b & 63) << shift;
  }
  return val >>> 0;
}

function read_signed_varint(t: Uint8Array, r: { i: number }): number {
  const u = read_varint(t, r);
  return u & 1 ? -(u >>> 1) : u >>> 1;
}

/** Exception-table varint: 6-bit groups, most significant first, 0x40 = more. */
function parse_varint(t: Uint8Array, r: { i: number }): number {
  let b = t[r.i++];
  let val = b & 63;
  while (b & 64) {
    b = t[r.i++];
    val = val * 64 + (b & 63);
  }
  return val;
}

/** `<code object NAME at 0x..., file "FILE", line N>` (code_repr). */
export function code_repr(co: PyCodeObject, address: string): string {
  return `<code object ${co.co_name} at ${address}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

/** ASCII letters, digits and underscores only: the strings code objects intern (@cpython all_name_chars). */
export function all_name_chars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

// -- constant keys (_PyCode_ConstantKey) -----------------------------------------------------

/** Where a container constant caches its key (a property is much cheaper than a WeakMap). */
const CONSTANT_KEY = Symbol("constantKey");
/** Full code-object keys to their short names; cleared for each compilation. */
const codeKeyIds = new Map<string, string>();
let nextCodeKeyId = 0;

/** Forget the short names of earlier compilations' code objects (their keys stay cached). */
export function resetCodeKeyNames(): void {
  codeKeyIds.clear();
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
let nextNanId = 0;

function floatKey(x: number): string {
  f64[0] = x;
  return `${u32[0].toString(36)}.${u32[1].toString(36)}`;
}

export const bytesKey = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
export const joinKeys = (keys: string[]): string => keys.map((k) => `${k.length}:${k}`).join("");

/**
 * A string that two constants share exactly when CPython's _PyCode_ConstantKey makes them
 * equal: same type and value, 0.0 and -0.0 apart, tuples and frozensets by their items'
 * keys, code objects by value (code_richcompare). Keys of containers are cached per object.
 */
export function _PyCode_ConstantKey(v: CodeConstant): string {
  if (v instanceof PyNone) return "N";
  if (v instanceof PyEllipsis) return "E";
  switch (typeof v) {
    case "boolean": return v ? "b1" : "b0";
    case "bigint": return `i${v}`;
    // CPython keys floats by object; each NaN made by folding is a distinct constant.
    case "number": return Number.isNaN(v) ? `fNaN${nextNanId++}` : `f${floatKey(v)}`;
    case "string": return `s${v}`;
  }
  if (v instanceof PyComplex) {
    if (Number.isNaN(v.real) || Number.isNaN(v.imag)) return `cNaN${nextNanId++}`;
    return `c${floatKey(v.real)},${floatKey(v.imag)}`;
  }
  if (v instanceof PyBytes) return `y${bytesKey(v.value)}`;
  const holder = v as unknown as { [CONSTANT_KEY]?: string };
  let key = holder[CONSTANT_KEY];
  if (key !== undefined) return key;
  const nansBefore = nextNanId;
  if (v instanceof ConstantTuple) {
    key = `t(${joinKeys(v.items.map(_PyCode_ConstantKey))})`;
  } else if (v instanceof ConstantFrozenset) {
    key = `F(${joinKeys(v.items.map(_PyCode_ConstantKey).sort())})`;
  } else {
    // Code objects compare by value: a finally body compiled twice yields two equal code
    // objects, which share one co_consts slot.
    const c = v as PyCodeObject;
    const full = `C(${joinKeys([
      c.co_name, String(c.co_argcount), String(c.co_posonlyargcount), String(c.co_kwonlyargcount), String(c.co_flags),
      String(c.co_firstlineno), bytesKey(c.co_code), joinKeys(c.co_consts.map(_PyCode_ConstantKey)), c.co_names.join("\0"),
      c.co_localsplusnames.join("\0"), bytesKey(c.co_linetable), bytesKey(c.co_exceptiontable),
    ])})`;
    // A short name per distinct code object, so that a parent's key holds its children's
    // names rather than their whole text.
    key = codeKeyIds.get(full);
    if (key === undefined) codeKeyIds.set(full, (key = `C#${nextCodeKeyId++}`));
  }
  // NaN keys are unique per call; a container holding one must not cache a key for it.
  if (nextNanId === nansBefore) holder[CONSTANT_KEY] = key;
  return key;
}
