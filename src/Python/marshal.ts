/**
 * @mirrors Python/marshal.c
 * Marshal format version 4 (the one .pyc files use) for the values a code object can
 * hold, and the .pyc header of importlib's _bootstrap_external (magic, flags, source
 * mtime and size or source hash).
 *
 * Version 3+ shares objects: the first time the writer meets an object it may set
 * FLAG_REF on its type byte, so the reader records it in a table, and later
 * occurrences are written as TYPE_REF + index. CPython decides by refcount (an object
 * with one reference cannot be shared) and by identity. Our constants are JavaScript
 * values, so the writer shares by value: equal strings are one object, as interned
 * names are in CPython. For byte-exact round trips the reader can record the shape it
 * read (type bytes and references, in order) and the writer can replay it.
 */
import {
  ConstantFrozenset, ConstantTuple, Ellipsis, None, PyBytes, PyComplex, type ConstantValue,
} from "../Include/ast_constant.ts";
import { all_name_chars, PyCodeObject, type CodeConstant } from "../Objects/codeobject.ts";
import { make_frozenset } from "../Objects/setobject.ts";

// The type codes of the format (marshal.c's TYPE_* and FLAG_REF), shared with the marshal module.
export const TYPE_NULL = 0x30; // '0'
export const TYPE_NONE = 0x4e; // 'N'
export const TYPE_FALSE = 0x46; // 'F'
export const TYPE_TRUE = 0x54; // 'T'
export const TYPE_STOPITER = 0x53; // 'S'
export const TYPE_ELLIPSIS = 0x2e; // '.'
export const TYPE_INT = 0x69; // 'i'
export const TYPE_INT64 = 0x49; // 'I'
export const TYPE_FLOAT = 0x66; // 'f'
export const TYPE_BINARY_FLOAT = 0x67; // 'g'
export const TYPE_COMPLEX = 0x78; // 'x'
export const TYPE_BINARY_COMPLEX = 0x79; // 'y'
export const TYPE_LONG = 0x6c; // 'l'
export const TYPE_STRING = 0x73; // 's'
export const TYPE_INTERNED = 0x74; // 't'
export const TYPE_REF = 0x72; // 'r'
export const TYPE_TUPLE = 0x28; // '('
export const TYPE_LIST = 0x5b; // '['
export const TYPE_DICT = 0x7b; // '{'
export const TYPE_CODE = 0x63; // 'c'
export const TYPE_UNICODE = 0x75; // 'u'
export const TYPE_UNKNOWN = 0x3f; // '?'
export const TYPE_SET = 0x3c; // '<'
export const TYPE_FROZENSET = 0x3e; // '>'
export const FLAG_REF = 0x80;
export const TYPE_ASCII = 0x61; // 'a'
export const TYPE_ASCII_INTERNED = 0x41; // 'A'
export const TYPE_SMALL_TUPLE = 0x29; // ')'
export const TYPE_SHORT_ASCII = 0x7a; // 'z'
export const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'

export const Py_MARSHAL_VERSION = 4;
/** importlib.util.MAGIC_NUMBER of CPython 3.11 (3495). */
export const MAGIC_NUMBER = Uint8Array.of(0xa7, 0x0d, 0x0d, 0x0a);

/** What marshal can hold here: constants and code objects. */
export type MarshalValue = CodeConstant;

/** Raised for malformed input, with marshal.c's messages (a ValueError/EOFError in Python). */
export class MarshalError extends Error {
  constructor(readonly pyType: "ValueError" | "EOFError" | "TypeError", message: string) {
    super(message);
  }
}

/**
 * One recorded step of a read: the type byte as found (with FLAG_REF), or a
 * back-reference. Replaying the list makes the writer reproduce the input bytes.
 */
export type ShapeStep = number | { ref: number };

// ---------------------------------------------------------------- reading

/** Frozensets read while recording a shape, with their items in stream order. */
const streamOrder = new WeakMap<ConstantFrozenset, ConstantValue[]>();

class RFile {
  pos = 0;
  refs: (MarshalValue | undefined)[] = [];
  depth = 0;
  constructor(readonly buf: Uint8Array, readonly shape: ShapeStep[] | null) {}

  byte(): number {
    if (this.pos >= this.buf.length) throw new MarshalError("EOFError", "EOF read where object expected");
    return this.buf[this.pos++];
  }
  bytes(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) {
      throw new MarshalError("EOFError", "marshal data too short");
    }
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** @cpython r_long: signed 32-bit little-endian. */
  long(): number {
    const b = this.bytes(4);
    return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
  }
  short(): number {
    const b = this.bytes(2);
    let x = b[0] | (b[1] << 8);
    if (x & 0x8000) x -= 0x10000;
    return x;
  }
  double(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }); // a leading U+FEFF is data here

/** @cpython r_object */
function r_object(p: RFile): MarshalValue {
  if (++p.depth > 2000) {
    p.depth--;
    throw new MarshalError("ValueError", "recursion limit exceeded");
  }
  try {
    return r_object_inner(p);
  } finally {
    p.depth--;
  }
}

function r_object_inner(p: RFile): MarshalValue {
  const code = p.byte();
  const flag = code & FLAG_REF;
  const type = code & ~FLAG_REF;
  if (type !== TYPE_REF) p.shape?.push(code);
  // Objects that need their slot before their contents are read (tuples, code).
  const reserve = (): number => {
    if (!flag) return -1;
    p.refs.push(undefined);
    return p.refs.length - 1;
  };
  const keep = <T extends MarshalValue>(v: T, idx = -2): T => {
    if (!flag) return v;
    if (idx === -2) p.refs.push(v);
    else p.refs[idx] = v;
    return v;
  };
  switch (type) {
    case TYPE_NULL:
      throw new MarshalError("TypeError", "NULL object in marshal data for object");
    case TYPE_NONE: return None;
    case TYPE_STOPITER:
      throw new MarshalError("ValueError", "StopIteration in marshal data is not supported here");
    case TYPE_ELLIPSIS: return Ellipsis;
    case TYPE_FALSE: return false;
    case TYPE_TRUE: return true;
    case TYPE_INT: return keep(BigInt(p.long()));
    case TYPE_INT64: {
      const lo = BigInt(p.long() >>> 0);
      const hi = BigInt(p.long());
      return keep((hi << 32n) | lo);
    }
    case TYPE_LONG: return keep(r_PyLong(p));
    case TYPE_FLOAT: return keep(r_float_str(p));
    case TYPE_BINARY_FLOAT: return keep(p.double());
    case TYPE_COMPLEX: {
      const re = r_float_str(p);
      return keep(new PyComplex(re, r_float_str(p)));
    }
    case TYPE_BINARY_COMPLEX: {
      const re = p.double();
      return keep(new PyComplex(re, p.double()));
    }
    case TYPE_STRING: {
      const n = r_size(p, "bytes object size out of range");
      return keep(new PyBytes(p.bytes(n).slice()));
    }
    case TYPE_ASCII_INTERNED:
    case TYPE_ASCII: {
      const n = r_size(p, "string size out of range");
      return keep(latin1.decode(p.bytes(n)));
    }
    case TYPE_SHORT_ASCII_INTERNED:
    case TYPE_SHORT_ASCII: {
      const n = p.byte();
      return keep(latin1.decode(p.bytes(n)));
    }
    case TYPE_INTERNED:
    case TYPE_UNICODE: {
      const n = r_size(p, "string size out of range");
      return keep(decodeSurrogatePass(p.bytes(n)));
    }
    case TYPE_SMALL_TUPLE:
    case TYPE_TUPLE: {
      const n = type === TYPE_SMALL_TUPLE ? p.byte() : r_size(p, "tuple size out of range");
      const idx = reserve();
      const items: MarshalValue[] = [];
      for (let i = 0; i < n; i++) items.push(r_object(p));
      return keep(new ConstantTuple(items as ConstantValue[]), idx);
    }
    case TYPE_SET:
    case TYPE_FROZENSET: {
      const n = r_size(p, "set size out of range");
      const idx = reserve();
      const items: MarshalValue[] = [];
      for (let i = 0; i < n; i++) items.push(r_object(p));
      if (type === TYPE_SET) throw new MarshalError("ValueError", "set objects are not supported here");
      // Re-adding in stream order gives the table (and iteration) order CPython ends up with.
      const fs = make_frozenset(items as ConstantValue[]);
      if (p.shape) streamOrder.set(fs, items as ConstantValue[]);
      return keep(fs, idx);
    }
    case TYPE_LIST:
    case TYPE_DICT:
      throw new MarshalError("ValueError", "list and dict objects are not supported here");
    case TYPE_CODE: {
      const idx = reserve();
      const co_argcount = p.long();
      const co_posonlyargcount = p.long();
      const co_kwonlyargcount = p.long();
      const co_stacksize = p.long();
      const co_flags = p.long();
      const co_code = asBytes(r_object(p));
      const co_consts = tupleArray(asTuple(r_object(p))) as CodeConstant[];
      const co_names = asStrings(r_object(p));
      const co_localsplusnames = asStrings(r_object(p));
      const co_localspluskinds = asBytes(r_object(p));
      const co_filename = asString(r_object(p));
      const co_name = asString(r_object(p));
      const co_qualname = asString(r_object(p));
      const co_firstlineno = p.long();
      const co_linetable = asBytes(r_object(p));
      const co_exceptiontable = asBytes(r_object(p));
      const co = new PyCodeObject({
        co_argcount, co_posonlyargcount, co_kwonlyargcount, co_stacksize, co_flags, co_code, co_consts,
        co_names, co_localsplusnames, co_localspluskinds, co_filename, co_name, co_qualname, co_firstlineno,
        co_linetable, co_exceptiontable,
      });
      return keep(co, idx);
    }
    case TYPE_REF: {
      const n = p.long();
      if (n < 0 || n >= p.refs.length) throw new MarshalError("ValueError", "bad marshal data (invalid reference)");
      const v = p.refs[n];
      if (v === undefined) throw new MarshalError("ValueError", "bad marshal data (invalid reference)");
      p.shape?.push({ ref: n });
      return v;
    }
    default:
      throw new MarshalError("ValueError", "bad marshal data (unknown type code)");
  }
}

function r_size(p: RFile, what: string): number {
  const n = p.long();
  if (n < 0) throw new MarshalError("ValueError", `bad marshal data (${what})`);
  return n;
}

/** @cpython r_PyLong: 15-bit digits, least significant first, sign on the count. */
function r_PyLong(p: RFile): bigint {
  const n = p.long();
  const size = Math.abs(n);
  let v = 0n;
  const digits: number[] = [];
  for (let i = 0; i < size; i++) {
    const d = p.short();
    if (d < 0 || d > 0x7fff) throw new MarshalError("ValueError", "bad marshal data (digit out of range in long)");
    digits.push(d);
  }
  if (size && digits[size - 1] === 0) throw new MarshalError("ValueError", "bad marshal data (unnormalized long data)");
  for (let i = size - 1; i >= 0; i--) v = (v << 15n) | BigInt(digits[i]);
  return n < 0 ? -v : v;
}

function r_float_str(p: RFile): number {
  const n = p.byte();
  return Number(latin1.decode(p.bytes(n)));
}

function asBytes(v: MarshalValue): Uint8Array {
  if (v instanceof PyBytes) return v.value;
  throw new MarshalError("ValueError", "bad marshal data (bytes expected in code object)");
}
function asTuple(v: MarshalValue): ConstantTuple {
  if (v instanceof ConstantTuple) return v;
  throw new MarshalError("ValueError", "bad marshal data (tuple expected in code object)");
}
function asString(v: MarshalValue): string {
  if (typeof v === "string") return v;
  throw new MarshalError("ValueError", "bad marshal data (str expected in code object)");
}
// A tuple read once and referenced again (TYPE_REF) is one object: its code-object array is
// one array too, so that writing it again shares it the same way.
const tupleArrays = new WeakMap<ConstantTuple, CodeConstant[]>();
function tupleArray(t: ConstantTuple): CodeConstant[] {
  let a = tupleArrays.get(t);
  if (!a) tupleArrays.set(t, (a = t.items.slice()));
  return a;
}
function asStrings(v: MarshalValue): string[] {
  const a = tupleArray(asTuple(v));
  for (const x of a) asString(x);
  return a as string[];
}

/** UTF-8 with lone surrogates allowed (the "surrogatepass" error handler). */
export function decodeSurrogatePass(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) { ascii = false; break; }
  if (ascii) return latin1.decode(b);
  let hasSurrogate = false;
  for (let i = 0; i + 2 < b.length; i++) if (b[i] === 0xed && b[i + 1] >= 0xa0) { hasSurrogate = true; break; }
  if (!hasSurrogate) return utf8.decode(b);
  let out = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c === 0xed && i + 2 < b.length && b[i + 1] >= 0xa0) {
      out += String.fromCharCode(((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      i += 3;
      continue;
    }
    let j = i + 1;
    while (j < b.length && !(b[j] === 0xed && j + 2 < b.length && b[j + 1] >= 0xa0)) j++;
    out += utf8.decode(b.subarray(i, j));
    i = j;
  }
  return out;
}

/** @cpython PyMarshal_ReadObjectFromString */
export function loads(data: Uint8Array, shape: ShapeStep[] | null = null): MarshalValue {
  const p = new RFile(data, shape);
  return r_object(p);
}

// ---------------------------------------------------------------- writing

class WFile {
  out: number[] = [];
  /** Shared objects already written, by identity (objects) or value (strings). */
  refs = new Map<unknown, number>();
  nrefs = 0;
  shapeIndex = 0;
  /** Format version 3 or 4 (3 has no short strings or small tuples). */
  version = Py_MARSHAL_VERSION;
  constructor(readonly shape: ShapeStep[] | null) {}

  byte(b: number): void { this.out.push(b & 0xff); }
  long(x: number): void {
    this.out.push(x & 0xff, (x >> 8) & 0xff, (x >> 16) & 0xff, (x >>> 24) & 0xff);
  }
  short(x: number): void { this.out.push(x & 0xff, (x >> 8) & 0xff); }
  raw(b: Uint8Array): void { for (let i = 0; i < b.length; i++) this.out.push(b[i]); }
  pstring(b: Uint8Array): void { this.long(b.length); this.raw(b); }
  double(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.raw(b);
  }
}

const encoder = new TextEncoder();

/** Strings CPython interns in a code object (the empty string is a singleton it does not mark). */
const isNameLike = (s: string): boolean => s !== "" && all_name_chars(s);

/** The key by which the writer shares an object, or null when it does not share it. */
function shareKey(v: MarshalValue): unknown {
  // The compiler merges equal constants into one object and interning makes name-like
  // strings one object too, so equal strings are shared (as CPython's refs share them).
  if (typeof v === "string") return "s:" + v;
  if (v instanceof ConstantTuple && v.items.length === 0) return "()";
  if (v instanceof PyBytes && v.value.length === 0) return "b''";
  if (typeof v === "bigint" && v >= -5n && v <= 256n) return v; // the small-int cache
  if (v instanceof ConstantTuple || v instanceof ConstantFrozenset || v instanceof PyCodeObject || v instanceof PyBytes) return v;
  return null;
}

/** @cpython w_object; `interned` marks strings CPython would have interned. */
function w_object(v: MarshalValue, p: WFile, interned: boolean): void {
  if (p.shape && (v === None || v === Ellipsis || typeof v === "boolean")) p.shapeIndex++;
  if (v === None) return p.byte(TYPE_NONE);
  if (v === Ellipsis) return p.byte(TYPE_ELLIPSIS);
  if (v === false) return p.byte(TYPE_FALSE);
  if (v === true) return p.byte(TYPE_TRUE);

  let flag = 0;
  let typeOverride = -1;
  if (p.shape) {
    // Replay: the recorded step says whether this was a reference or which type byte it had.
    const step = p.shape[p.shapeIndex++];
    if (typeof step === "object") {
      p.byte(TYPE_REF);
      p.long(step.ref);
      return;
    }
    flag = step & FLAG_REF;
    typeOverride = step & ~FLAG_REF;
    if (flag) p.nrefs++;
  } else {
    const key = shareKey(v);
    if (key !== null) {
      const seen = p.refs.get(key);
      if (seen !== undefined) {
        p.byte(TYPE_REF);
        p.long(seen);
        return;
      }
      p.refs.set(key, p.nrefs++);
      flag = FLAG_REF;
    }
  }
  w_complex_object(v, flag, p, interned, typeOverride);
}

function w_complex_object(v: MarshalValue, flag: number, p: WFile, interned: boolean, typeOverride: number): void {
  if (typeof v === "bigint") {
    if (v >= -0x80000000n && v <= 0x7fffffffn) {
      p.byte(TYPE_INT | flag);
      p.long(Number(v));
    } else {
      w_PyLong(v, flag, p);
    }
  } else if (typeof v === "number") {
    p.byte(TYPE_BINARY_FLOAT | flag);
    p.double(v);
  } else if (v instanceof PyComplex) {
    p.byte(TYPE_BINARY_COMPLEX | flag);
    p.double(v.real);
    p.double(v.imag);
  } else if (v instanceof PyBytes) {
    p.byte(TYPE_STRING | flag);
    p.pstring(v.value);
  } else if (typeof v === "string") {
    w_str(v, flag, p, interned, typeOverride);
  } else if (v instanceof ConstantTuple) {
    const n = v.items.length;
    if (n < 256 && p.version >= 4 && typeOverride !== TYPE_TUPLE) {
      p.byte(TYPE_SMALL_TUPLE | flag);
      p.byte(n);
    } else {
      p.byte(TYPE_TUPLE | flag);
      p.long(n);
    }
    for (const item of v.items) w_object(item, p, interned);
  } else if (v instanceof ConstantFrozenset) {
    p.byte(TYPE_FROZENSET | flag);
    p.long(v.items.length);
    // Written in the order of their own marshal bytes, so output does not depend on hashing.
    // (Replaying keeps the order read: CPython's sort keys depend on refcounts.)
    const items = (p.shape && streamOrder.get(v)) || sortedByDump(v.items);
    for (const item of items) w_object(item, p, interned);
  } else if (v instanceof PyCodeObject) {
    p.byte(TYPE_CODE | flag);
    p.long(v.co_argcount);
    p.long(v.co_posonlyargcount);
    p.long(v.co_kwonlyargcount);
    p.long(v.co_stacksize);
    p.long(v.co_flags);
    w_object(bytesWrapper(v.co_code), p, false);
    w_consts(v.co_consts, p);
    w_object(tupleWrapper(v.co_names), p, true);
    w_object(tupleWrapper(v.co_localsplusnames), p, true);
    w_object(new PyBytes(v.co_localspluskinds), p, false);
    w_object(v.co_filename, p, false);
    w_object(v.co_name, p, true);
    w_object(v.co_qualname, p, v.co_qualname === v.co_name);
    p.long(v.co_firstlineno);
    w_object(bytesWrapper(v.co_linetable), p, false);
    w_object(bytesWrapper(v.co_exceptiontable), p, false);
  } else {
    throw new MarshalError("ValueError", "unmarshallable object");
  }
}

// A code object's bytes and tuples are plain arrays; one wrapper per array lets the writer
// share them by identity, as CPython's marshal shares the objects the compiler merged
// (two functions with equal line tables hold the same bytes object).
const bytesWrappers = new WeakMap<Uint8Array, PyBytes>();
const tupleWrappers = new WeakMap<readonly unknown[], ConstantTuple>();

function bytesWrapper(b: Uint8Array): PyBytes {
  let w = bytesWrappers.get(b);
  if (!w) bytesWrappers.set(b, (w = new PyBytes(b)));
  return w;
}

function tupleWrapper(items: readonly CodeConstant[]): ConstantTuple {
  let w = tupleWrappers.get(items);
  if (!w) tupleWrappers.set(items, (w = new ConstantTuple(items as ConstantValue[])));
  return w;
}

/** co_consts: strings made only of name characters are interned by the code constructor. */
function w_consts(consts: CodeConstant[], p: WFile): void {
  const t = tupleWrapper(consts);
  if (!p.shape) {
    const seen = p.refs.get(t);
    if (seen !== undefined) {
      p.byte(TYPE_REF);
      p.long(seen);
      return;
    }
    p.refs.set(t, p.nrefs++);
  }
  // Its items follow with the interning rule.
  w_object_tuple_items(t, p, p.shape ? 0 : FLAG_REF);
}

function w_object_tuple_items(t: ConstantTuple, p: WFile, naturalFlag = 0): void {
  let flag = naturalFlag;
  let typeOverride = -1;
  if (p.shape) {
    const step = p.shape[p.shapeIndex++];
    if (typeof step === "object") {
      p.byte(TYPE_REF);
      p.long(step.ref);
      return;
    }
    flag = step & FLAG_REF;
    typeOverride = step & ~FLAG_REF;
    if (flag) p.nrefs++;
  }
  const n = t.items.length;
  if (n < 256 && p.version >= 4 && typeOverride !== TYPE_TUPLE) {
    p.byte(TYPE_SMALL_TUPLE | flag);
    p.byte(n);
  } else {
    p.byte(TYPE_TUPLE | flag);
    p.long(n);
  }
  for (const item of t.items) w_const(item, p);
}

function w_const(v: MarshalValue, p: WFile): void {
  if (typeof v === "string") return w_object(v, p, isNameLike(v));
  if (v instanceof ConstantTuple) {
    // intern_string_constants recurses into tuples (and frozensets).
    return w_object(v, p, false);
  }
  w_object(v, p, false);
}

function w_str(s: string, flag: number, p: WFile, interned: boolean, typeOverride: number): void {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (typeOverride >= 0) interned = typeOverride === TYPE_SHORT_ASCII_INTERNED || typeOverride === TYPE_ASCII_INTERNED || typeOverride === TYPE_INTERNED;
  if (ascii && p.version >= 4) {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    if (b.length < 256 && typeOverride !== TYPE_ASCII && typeOverride !== TYPE_ASCII_INTERNED) {
      p.byte((interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII) | flag);
      p.byte(b.length);
      p.raw(b);
    } else {
      p.byte((interned ? TYPE_ASCII_INTERNED : TYPE_ASCII) | flag);
      p.pstring(b);
    }
  } else {
    p.byte((interned ? TYPE_INTERNED : TYPE_UNICODE) | flag);
    p.pstring(encodeSurrogatePass(s));
  }
}

/** UTF-8 that writes lone surrogates as three bytes ("surrogatepass"). */
export function encodeSurrogatePass(s: string): Uint8Array {
  if (!/[\ud800-\udfff]/.test(s) || /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(s)) return encoder.encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** @cpython w_PyLong */
function w_PyLong(v: bigint, flag: number, p: WFile): void {
  p.byte(TYPE_LONG | flag);
  const neg = v < 0n;
  let a = neg ? -v : v;
  const digits: number[] = [];
  while (a > 0n) {
    digits.push(Number(a & 0x7fffn));
    a >>= 15n;
  }
  p.long(neg ? -digits.length : digits.length);
  for (const d of digits) p.short(d);
}

function sortedByDump(items: readonly ConstantValue[]): ConstantValue[] {
  const pairs = items.map((item) => ({ item, dump: dumps(item) }));
  pairs.sort((a, b) => compareBytes(a.dump, b.dump));
  return pairs.map((x) => x.item);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** @cpython PyMarshal_WriteObjectToString (version 4). */
export function dumps(v: MarshalValue, shape: ShapeStep[] | null = null): Uint8Array {
  const p = new WFile(shape);
  if (v instanceof PyCodeObject || typeof v !== "string") w_object(v, p, false);
  else w_object(v, p, isNameLike(v));
  return Uint8Array.from(p.out);
}

/**
 * A code object written inside a larger stream (the marshal module's writer): reference
 * indexes start at `refBase`, the count of objects the enclosing writer has numbered, and
 * `version` is 3 or 4. `shared` maps sharing keys to indexes across the whole stream.
 * Returns the bytes and the count after it.
 */
export function dumpCodeAt(
  code: PyCodeObject, version: number, refBase: number, shared: Map<unknown, number>,
): { bytes: Uint8Array; nrefs: number } {
  const p = new WFile(null);
  p.version = version;
  p.nrefs = refBase;
  // Values numbered before (strings, small ints, the empty singletons) are referred to, and
  // those numbered here are handed back, under the keys shareKey gives them.
  for (const [k, idx] of shared) p.refs.set(k, idx);
  w_object(code, p, false);
  for (const [k, idx] of p.refs) if (idx >= refBase && isValueKey(k)) shared.set(k, idx);
  return { bytes: Uint8Array.from(p.out), nrefs: p.nrefs };
}

/** Whether a sharing key stands for a value (not for one object). */
function isValueKey(k: unknown): boolean {
  return typeof k === "string" || typeof k === "bigint";
}

// ---------------------------------------------------------------- .pyc files

export interface PycHeader {
  flags: number;
  /** Source mtime (seconds) and size, when flags is 0. */
  mtime: number;
  size: number;
  /** The 8-byte SipHash of the source, when flags has bit 0 set. */
  hash: Uint8Array | null;
}

/** A .pyc file: header then the marshalled module code (importlib's _code_to_timestamp_pyc). */
export function writePyc(code: PyCodeObject, mtime: number, size: number): Uint8Array {
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(MAGIC_NUMBER, 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, 0, true);
  dv.setUint32(8, mtime >>> 0, true);
  dv.setUint32(12, size >>> 0, true);
  out.set(body, 16);
  return out;
}

/** Reads a 3.11 .pyc; rejects other magic numbers as importlib does. */
export function readPyc(data: Uint8Array, shape: ShapeStep[] | null = null): { header: PycHeader; code: PyCodeObject } {
  if (data.length < 16) throw new MarshalError("EOFError", "reached EOF while reading pyc header");
  for (let i = 0; i < 4; i++) {
    if (data[i] !== MAGIC_NUMBER[i]) throw new MarshalError("ValueError", "bad magic number in .pyc file");
  }
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = dv.getUint32(4, true);
  const header: PycHeader = flags & 1
    ? { flags, mtime: 0, size: 0, hash: data.slice(8, 16) }
    : { flags, mtime: dv.getUint32(8, true), size: dv.getUint32(12, true), hash: null };
  const code = loads(data.subarray(16), shape);
  if (!(code instanceof PyCodeObject)) throw new MarshalError("TypeError", "compiled module is not a code object");
  return { header, code };
}

