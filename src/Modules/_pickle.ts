/**
 * @mirrors Modules/_pickle.c
 * The accelerator behind Lib/pickle.py: Pickler and Unpickler written natively, plus
 * dump/dumps/load/loads and the three exception classes. pickle.py imports them when
 * this module exists, so they become pickle.Pickler etc.; its pure-Python _Pickler and
 * _Unpickler stay available. Output is the same byte stream pickle.py produces for every
 * protocol (0-5), with framing from protocol 4 on, the memo (PUT/GET, MEMOIZE), the
 * reduce protocol (dispatch_table, copyreg.dispatch_table, reducer_override,
 * __reduce_ex__, __reduce__, __newobj__, __newobj_ex__, state setters), globals
 * (with the extension registry and the 2.x name mapping of fix_imports), persistent ids,
 * and the memo proxies (Pickler.memo / Unpickler.memo).
 *
 * Inside the module a failed step sets the Python error and then throws the private
 * `Failed` marker, which the entry points (dump, load, ...) catch and turn into the usual
 * null return; nothing else is ever thrown to the caller.
 *
 * PickleBuffer (protocol 5 out-of-band buffers) is Objects/picklebufobject.ts's type, exported
 * here as in CPython; the Pickler writes it in band or as NEXT_BUFFER (save_picklebuffer).
 * The unpickler reads a file exactly as far as the pickle goes (no read-ahead).
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_O, METH_NOARGS, METH_FASTCALL, METH_KEYWORDS,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches, PyErr_NewException } from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_EOFError, PyExc_AttributeError, PyExc_KeyError, PyExc_OverflowError,
  PyExc_RecursionError, PyExc_Exception,
} from "../Objects/exceptions.ts";
import {
  Py_None, Py_NotImplemented, Py_NewNone, PyObject_GetAttr, PyObject_SetAttr, PyObject_GetAttrString, PyObject_IsTrue,
  PyObject_Str, PyCallable_Check, _PyObject_LookupAttr, reprString, C_RECURSION_LIMIT,
} from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyType_Check, PyType_IsSubtype, PyType_Type, PyType_Ready } from "../Objects/typeobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_Type, PyTuple_FromArray, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyListObject, PyList_Type, PyList_New, PyList_Append } from "../Objects/listobject.ts";
import { PyLongObject, PyLong_Check, PyLong_Type, PyLong_FromNumber, PyLong_FromBigInt, _PyLong_FromString } from "../Objects/longobject.ts";
import { PyFloatObject, PyFloat_Type, PyFloat_FromDouble, float_repr } from "../Objects/floatobject.ts";
import { Py_True, Py_False } from "../Objects/boolobject.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_DecodeUTF8, PyUnicode_Decode,
} from "../Objects/unicodeobject.ts";
import { PyBytesObject, PyBytes_Type, PyBytes_FromArray } from "../Objects/bytesobject.ts";
import { PyByteArrayObject, PyByteArray_Type, PyByteArray_FromArray, PyByteArray_AS_ARRAY } from "../Objects/bytearrayobject.ts";
import { PyDictObject, PyDict_Type, PyDict_New, PyDict_Check, PyDict_SetItem, PyDict_Next, PyDict_GetItemWithError } from "../Objects/dictobject.ts";
import { PySet_Type, PyFrozenSet_Type, PySet_New, PySet_Add, PyFrozenSet_New, _PySet_NextEntry } from "../Objects/setobject.ts";
import { PyFunction_Type } from "../Objects/funcobject.ts";
import { PyObject_GetIter, PyIter_Next, PyObject_GetItem, PyObject_SetItem, PyObject_Size } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_CallNoArgs, PyObject_Vectorcall, PyObject_CallMethod } from "../Objects/call.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyArg_UnpackKeywordsClinic, _PyArg_CheckPositional } from "../Python/getargs.ts";
import { PyImport_Import, PyImport_ImportModule } from "../Python/import.ts";
import { PyPickleBuffer_Type, _PyPickleBuffer_Init, type PyPickleBufferObject } from "../Objects/picklebufobject.ts";

// ---------------------------------------------------------------- opcodes

const MARK = 0x28, STOP = 0x2e, POP = 0x30, POP_MARK = 0x31, DUP = 0x32, FLOAT = 0x46, INT = 0x49, BININT = 0x4a,
  BININT1 = 0x4b, LONG = 0x4c, BININT2 = 0x4d, NONE = 0x4e, PERSID = 0x50, BINPERSID = 0x51, REDUCE = 0x52,
  STRING = 0x53, BINSTRING = 0x54, SHORT_BINSTRING = 0x55, UNICODE = 0x56, BINUNICODE = 0x58, APPEND = 0x61,
  BUILD = 0x62, GLOBAL = 0x63, DICT = 0x64, EMPTY_DICT = 0x7d, APPENDS = 0x65, GET = 0x67, BINGET = 0x68,
  INST = 0x69, LONG_BINGET = 0x6a, LIST = 0x6c, EMPTY_LIST = 0x5d, OBJ = 0x6f, PUT = 0x70, BINPUT = 0x71,
  LONG_BINPUT = 0x72, SETITEM = 0x73, TUPLE = 0x74, EMPTY_TUPLE = 0x29, SETITEMS = 0x75, BINFLOAT = 0x47,
  PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84, TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87,
  NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b, BINBYTES = 0x42, SHORT_BINBYTES = 0x43,
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90,
  FROZENSET = 0x91, NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95, BYTEARRAY8 = 0x96,
  NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98;

const HIGHEST_PROTOCOL = 5;
const DEFAULT_PROTOCOL = 4;
const BATCHSIZE = 1000;
const FRAME_SIZE_MIN = 4;
const FRAME_SIZE_TARGET = 64 * 1024;
const FRAME_HEADER_SIZE = 9;

/** Thrown after the Python error is set; caught by the entry points. */
class Failed {}
const FAILED = new Failed();
function fail(): never {
  throw FAILED;
}
function check<T>(v: T | null): T {
  if (v === null) throw FAILED;
  return v;
}
function raise(type: PyObject, msg: string): never {
  PyErr_SetString(type as PyTypeObject, msg);
  throw FAILED;
}
function repr(o: PyObject): string {
  return check(reprString(o));
}
function str(o: PyObject): string {
  const s = check(PyObject_Str(o));
  const r = (s as PyUnicodeObject).str;
  Py_DECREF(s);
  return r;
}
function ustr(s: string): PyObject {
  return PyUnicode_FromString(s);
}
function getattr(o: PyObject, name: string): PyObject {
  return check(PyObject_GetAttrString(o, name));
}
/** The attribute, or null when it is missing (other errors fail). */
function lookup(o: PyObject, name: string): PyObject | null {
  const key = PyUnicode_InternFromString(name);
  const r = _PyObject_LookupAttr(o, key);
  if (r === null) fail();
  return r === undefined ? null : r;
}
function call(f: PyObject, args: PyObject[]): PyObject {
  return check(PyObject_Vectorcall(f, args, null));
}

/** The module's exception classes and copyreg/_compat_pickle tables, found at import. */
const st = {
  PickleError: null as PyObject | null,
  PicklingError: null as PyObject | null,
  UnpicklingError: null as PyObject | null,
  dispatch_table: null as PyObject | null,
  extension_registry: null as PyObject | null,
  inverted_registry: null as PyObject | null,
  extension_cache: null as PyObject | null,
  name_mapping_2to3: null as PyObject | null,
  import_mapping_2to3: null as PyObject | null,
  name_mapping_3to2: null as PyObject | null,
  import_mapping_3to2: null as PyObject | null,
  codecs_encode: null as PyObject | null,
  getattr: null as PyObject | null,
  partial: null as PyObject | null,
};

function enter_recursive(what: string): void {
  const tstate = _PyThreadState_GET();
  if (++tstate.c_recursion_depth > C_RECURSION_LIMIT) {
    tstate.c_recursion_depth--;
    raise(PyExc_RecursionError, `maximum recursion depth exceeded${what}`);
  }
}
function leave_recursive(): void {
  _PyThreadState_GET().c_recursion_depth--;
}

// ---------------------------------------------------------------- text helpers

const utf8enc = new TextEncoder();

/** UTF-8 with lone surrogates written as their 3-byte forms (errors="surrogatepass"). */
function utf8_surrogatepass(s: string): Uint8Array {
  let lone = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      lone = true;
      break;
    }
  }
  if (!lone) return utf8enc.encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/** @cpython raw_unicode_escape for protocol 0 UNICODE (with pickle's extra escapes). */
function raw_unicode_escape_for_pickle(s: string): Uint8Array {
  const out: number[] = [];
  const hex = (v: number, n: number): void => {
    for (let k = n - 1; k >= 0; k--) out.push("0123456789abcdef".charCodeAt((v >> (4 * k)) & 15));
  };
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0x10000) {
      out.push(0x5c, 0x55);
      hex(c, 8);
    } else if (c >= 0x100 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a) {
      out.push(0x5c, 0x75);
      hex(c, 4);
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

/** Little-endian two's complement in as few bytes as possible (pickle.encode_long). */
function encode_long(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  const out: number[] = [];
  let x = v;
  for (;;) {
    out.push(Number(x & 0xffn));
    x >>= 8n;
    const top = out[out.length - 1];
    if ((x === 0n && top < 0x80) || (x === -1n && top >= 0x80)) break;
  }
  return Uint8Array.from(out);
}

function decode_long(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
  if (b[b.length - 1] & 0x80) v -= 1n << BigInt(8 * b.length);
  return v;
}

// ---------------------------------------------------------------- the pickler

class Output {
  buf = new Uint8Array(256);
  len = 0;
  /** Protocol 4+: writes go into frames, each opened lazily by the first write after the last. */
  framing = false;
  frame_start = -1;
  grow(n: number): void {
    if (this.framing && this.frame_start === -1) {
      this.frame_start = this.len;
      this.reserve(FRAME_HEADER_SIZE);
      this.len += FRAME_HEADER_SIZE;
    }
    this.reserve(n);
  }
  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.len++] = b;
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  ascii(s: string): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i) & 0xff;
  }
  u32(v: number): void {
    this.grow(4);
    this.buf[this.len++] = v & 0xff;
    this.buf[this.len++] = (v >>> 8) & 0xff;
    this.buf[this.len++] = (v >>> 16) & 0xff;
    this.buf[this.len++] = (v >>> 24) & 0xff;
  }
  u64(v: number): void {
    this.u32(v >>> 0);
    this.u32(Math.floor(v / 0x100000000));
  }
}

export class PicklerObject extends PyObject {
  out: Output;
  /** Memo: object -> [index, object]; the memo owns a reference to each object. */
  memo: Map<PyObject, number>;
  proto: number;
  bin: number;
  fast: number;
  fix_imports: boolean;
  write: PyObject | null;
  pers_func: PyObject | null;
  dispatch_table: PyObject | null;
  reducer_override: PyObject | null;
  buffer_callback: PyObject | null;
  /** Whether the current dump goes to file.write (dump) rather than to a bytes result. */
  writing_file: boolean;
  constructor(type: PyTypeObject) {
    super(type);
    this.out = new Output();
    this.memo = new Map();
    this.proto = 0;
    this.bin = 0;
    this.fast = 0;
    this.fix_imports = true;
    this.write = null;
    this.pers_func = null;
    this.dispatch_table = null;
    this.reducer_override = null;
    this.buffer_callback = null;
    this.writing_file = false;
  }
}

function memo_clear(self: PicklerObject): void {
  const objs = [...self.memo.keys()];
  self.memo.clear();
  for (const o of objs) Py_DECREF(o);
}

/** @cpython _Pickler_CommitFrame: fill in the open frame's header, or drop a tiny frame's. */
function commit_frame(self: PicklerObject): void {
  const out = self.out;
  if (!out.framing || out.frame_start === -1) return;
  const size = out.len - out.frame_start - FRAME_HEADER_SIZE;
  if (size >= FRAME_SIZE_MIN) {
    const b = out.buf;
    let p = out.frame_start;
    b[p++] = FRAME;
    let v = size;
    for (let i = 0; i < 8; i++) {
      b[p++] = v % 256;
      v = Math.floor(v / 256);
    }
  } else {
    out.buf.copyWithin(out.frame_start, out.frame_start + FRAME_HEADER_SIZE, out.len);
    out.len -= FRAME_HEADER_SIZE;
  }
  out.frame_start = -1;
}

/** Hand what is buffered to file.write (after committing the frame) and empty the buffer. */
function flush_to_file(self: PicklerObject): void {
  commit_frame(self);
  const b = output_bytes(self);
  const r = PyObject_CallOneArg(self.write!, b);
  Py_DECREF(b);
  Py_DECREF(check(r));
}

/** @cpython _Pickler_OpcodeBoundary: close a frame once it reaches the target size. */
function opcode_boundary(self: PicklerObject): void {
  const out = self.out;
  if (!out.framing || out.frame_start === -1) return;
  if (out.len - out.frame_start - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) {
    commit_frame(self);
    if (self.write !== null && self.writing_file) flush_to_file(self);
  }
}

/** @cpython _Pickler_write_bytes: a large payload goes outside any frame (straight to the file). */
function write_payload(self: PicklerObject, header: number[], data: Uint8Array): void {
  const out = self.out;
  if (data.length < FRAME_SIZE_TARGET) {
    out.grow(header.length + data.length);
    for (const h of header) out.buf[out.len++] = h;
    out.bytes(data);
    return;
  }
  commit_frame(self);
  const framing = out.framing;
  out.framing = false;
  out.grow(header.length);
  for (const h of header) out.buf[out.len++] = h;
  if (self.write !== null && self.writing_file) {
    flush_to_file(self);
    const payload = PyBytes_FromArray(data.slice());
    const r = PyObject_CallOneArg(self.write, payload);
    Py_DECREF(payload);
    Py_DECREF(check(r));
  } else out.bytes(data);
  self.out.framing = framing;
}

function memo_put(self: PicklerObject, obj: PyObject): void {
  if (self.fast) return;
  const idx = self.memo.size;
  const out = self.out;
  if (self.proto >= 4) out.byte(MEMOIZE);
  else if (self.bin) {
    if (idx < 256) {
      out.byte(BINPUT);
      out.byte(idx);
    } else {
      out.byte(LONG_BINPUT);
      out.u32(idx);
    }
  } else out.ascii(`p${idx}\n`);
  Py_INCREF(obj);
  self.memo.set(obj, idx);
}

function memo_get(self: PicklerObject, obj: PyObject): void {
  const idx = self.memo.get(obj)!;
  const out = self.out;
  if (self.bin) {
    if (idx < 256) {
      out.byte(BINGET);
      out.byte(idx);
    } else {
      out.byte(LONG_BINGET);
      out.u32(idx);
    }
  } else out.ascii(`g${idx}\n`);
}

function save_long(self: PicklerObject, obj: PyLongObject): void {
  const v = obj.ob_ival;
  const out = self.out;
  if (typeof v === "number" && self.bin && v >= -0x80000000 && v <= 0x7fffffff) {
    if (v >= 0 && v <= 0xff) {
      out.byte(BININT1);
      out.byte(v);
    } else if (v >= 0 && v <= 0xffff) {
      out.byte(BININT2);
      out.byte(v & 0xff);
      out.byte(v >> 8);
    } else {
      out.byte(BININT);
      out.u32(v);
    }
    return;
  }
  const big = BigInt(v);
  if (self.proto >= 2) {
    const enc = encode_long(big);
    if (enc.length < 256) {
      out.byte(LONG1);
      out.byte(enc.length);
    } else {
      if (enc.length > 0x7fffffff) raise(PyExc_OverflowError, "int too large to pickle");
      out.byte(LONG4);
      out.u32(enc.length);
    }
    out.bytes(enc);
    return;
  }
  if (big >= -0x80000000n && big <= 0x7fffffffn) out.ascii(`I${big}\n`);
  else out.ascii(`L${big}L\n`);
}

function save_float(self: PicklerObject, obj: PyFloatObject): void {
  const out = self.out;
  if (self.bin) {
    out.byte(BINFLOAT);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, obj.ob_fval, false);
    out.bytes(b);
  } else out.ascii(`F${float_repr(obj.ob_fval)}\n`);
}

function write_sized(self: PicklerObject, small: number, op4: number, op8: number, data: Uint8Array): void {
  const n = data.length;
  let header: number[];
  if (small >= 0 && n <= 0xff) header = [small, n];
  else if (n > 0xffffffff && self.proto >= 4) header = [op8, ...le(n, 8)];
  else header = [op4, ...le(n, 4)];
  write_payload(self, header, data);
}

function le(v: number, nbytes: number): number[] {
  const r: number[] = [];
  for (let i = 0; i < nbytes; i++) {
    r.push(v % 256);
    v = Math.floor(v / 256);
  }
  return r;
}

function save_bytes_data(self: PicklerObject, obj: PyObject, data: Uint8Array): void {
  if (self.proto < 3) {
    // Protocols 0-2 have no bytes opcode: bytes() or codecs.encode(latin-1 text, 'latin1').
    let args: PyObject;
    let func: PyObject;
    if (data.length === 0) {
      func = PyBytes_Type;
      Py_INCREF(func);
      args = PyTuple_FromArray([]);
    } else {
      func = st.codecs_encode!;
      Py_INCREF(func);
      let s = "";
      for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
      args = _PyTuple_FromArraySteal([ustr(s), ustr("latin1")]);
    }
    try {
      save_reduce(self, func, args, null, null, null, null, obj);
    } finally {
      Py_DECREF(func);
      Py_DECREF(args);
    }
    return;
  }
  write_sized(self, SHORT_BINBYTES, BINBYTES, BINBYTES8, data);
  memo_put(self, obj);
}

function save_bytearray(self: PicklerObject, obj: PyByteArrayObject): void {
  const data = PyByteArray_AS_ARRAY(obj);
  if (self.proto < 5) {
    const func = PyByteArray_Type;
    const args = data.length === 0 ? PyTuple_FromArray([]) : _PyTuple_FromArraySteal([PyBytes_FromArray(data.slice())]);
    try {
      save_reduce(self, func, args, null, null, null, null, obj);
    } finally {
      Py_DECREF(args);
    }
    return;
  }
  write_payload(self, [BYTEARRAY8, ...le(data.length, 8)], data);
  memo_put(self, obj);
}

/**
 * @cpython save_picklebuffer: protocol 5 writes the wrapped bytes in band (as bytes when the
 * buffer is read-only, else as a bytearray) unless buffer_callback returns false, in which
 * case only NEXT_BUFFER (and READONLY_BUFFER) go into the stream.
 */
function save_picklebuffer(self: PicklerObject, obj: PyPickleBufferObject): void {
  if (self.proto < 5) raise(st.PicklingError!, "PickleBuffer can only pickled with protocol >= 5");
  const view = obj.view;
  if (view === null || view.mv_obj === null) raise(PyExc_ValueError, "operation forbidden on released PickleBuffer object");
  let in_band = true;
  if (self.buffer_callback !== null) {
    const ret = call(self.buffer_callback, [obj]);
    const t = PyObject_IsTrue(ret);
    Py_DECREF(ret);
    if (t < 0) fail();
    in_band = t !== 0;
  }
  if (in_band) {
    if (view.readonly) write_sized(self, SHORT_BINBYTES, BINBYTES, BINBYTES8, view.buf);
    else write_payload(self, [BYTEARRAY8, ...le(view.buf.length, 8)], view.buf);
    memo_put(self, obj);
  } else {
    self.out.byte(NEXT_BUFFER);
    if (view.readonly) self.out.byte(READONLY_BUFFER);
  }
}

function save_unicode(self: PicklerObject, obj: PyUnicodeObject): void {
  if (self.bin) {
    const data = utf8_surrogatepass(obj.str);
    write_sized(self, self.proto >= 4 ? SHORT_BINUNICODE : -1, BINUNICODE, BINUNICODE8, data);
  } else {
    self.out.byte(UNICODE);
    self.out.bytes(raw_unicode_escape_for_pickle(obj.str));
    self.out.byte(0x0a);
  }
  memo_put(self, obj);
}

function save_tuple(self: PicklerObject, obj: PyTupleObject): void {
  const items = obj.ob_item;
  const n = items.length;
  const out = self.out;
  if (n === 0) {
    if (self.proto) out.byte(EMPTY_TUPLE);
    else out.bytes(Uint8Array.of(MARK, TUPLE));
    return;
  }
  if (n <= 3 && self.proto >= 2) {
    for (const x of items) save(self, x, false);
    if (self.memo.has(obj)) {
      // The tuple was pickled while saving its items (a recursive tuple).
      for (let i = 0; i < n; i++) out.byte(POP);
      memo_get(self, obj);
      return;
    }
    out.byte(n === 1 ? TUPLE1 : n === 2 ? TUPLE2 : TUPLE3);
    memo_put(self, obj);
    return;
  }
  out.byte(MARK);
  for (const x of items) save(self, x, false);
  if (self.memo.has(obj)) {
    if (self.bin) out.byte(POP_MARK);
    else for (let i = 0; i <= n; i++) out.byte(POP);
    memo_get(self, obj);
    return;
  }
  out.byte(TUPLE);
  memo_put(self, obj);
}

/** @cpython batch_list: APPEND(S) of what the iterator yields, in batches of 1000. */
function batch_appends(self: PicklerObject, iter: PyObject): void {
  const out = self.out;
  if (!self.bin) {
    for (;;) {
      const x = PyIter_Next(iter);
      if (x === null) {
        if (PyErr_Occurred()) fail();
        return;
      }
      try {
        save(self, x, false);
      } finally {
        Py_DECREF(x);
      }
      out.byte(APPEND);
    }
  }
  for (;;) {
    const batch: PyObject[] = [];
    try {
      while (batch.length < BATCHSIZE) {
        const x = PyIter_Next(iter);
        if (x === null) {
          if (PyErr_Occurred()) fail();
          break;
        }
        batch.push(x);
      }
      if (batch.length > 1) {
        out.byte(MARK);
        for (const x of batch) save(self, x, false);
        out.byte(APPENDS);
      } else if (batch.length === 1) {
        save(self, batch[0], false);
        out.byte(APPEND);
      }
    } finally {
      for (const x of batch) Py_DECREF(x);
    }
    if (batch.length < BATCHSIZE) return;
  }
}

function save_list(self: PicklerObject, obj: PyListObject): void {
  if (self.bin) self.out.byte(EMPTY_LIST);
  else self.out.bytes(Uint8Array.of(MARK, LIST));
  memo_put(self, obj);
  if ((obj as PyListObject).ob_item.length === 0) return;
  const it = check(PyObject_GetIter(obj));
  try {
    batch_appends(self, it);
  } finally {
    Py_DECREF(it);
  }
}

/** @cpython batch_dict: SETITEM(S) of the (key, value) pairs the iterator yields. */
function batch_setitems(self: PicklerObject, iter: PyObject): void {
  const out = self.out;
  const next_pair = (): [PyObject, PyObject, PyObject] | null => {
    const p = PyIter_Next(iter);
    if (p === null) {
      if (PyErr_Occurred()) fail();
      return null;
    }
    if (!PyTuple_Check(p) || p.ob_item.length !== 2) {
      Py_DECREF(p);
      raise(PyExc_TypeError, "dict items iterator must return 2-tuples");
    }
    return [p, p.ob_item[0], p.ob_item[1]];
  };
  if (!self.bin) {
    for (;;) {
      const p = next_pair();
      if (p === null) return;
      try {
        save(self, p[1], false);
        save(self, p[2], false);
      } finally {
        Py_DECREF(p[0]);
      }
      out.byte(SETITEM);
    }
  }
  for (;;) {
    const batch: [PyObject, PyObject, PyObject][] = [];
    try {
      while (batch.length < BATCHSIZE) {
        const p = next_pair();
        if (p === null) break;
        batch.push(p);
      }
      if (batch.length > 1) {
        out.byte(MARK);
        for (const p of batch) {
          save(self, p[1], false);
          save(self, p[2], false);
        }
        out.byte(SETITEMS);
      } else if (batch.length === 1) {
        save(self, batch[0][1], false);
        save(self, batch[0][2], false);
        out.byte(SETITEM);
      }
    } finally {
      for (const p of batch) Py_DECREF(p[0]);
    }
    if (batch.length < BATCHSIZE) return;
  }
}

function save_dict(self: PicklerObject, obj: PyObject): void {
  if (self.bin) self.out.byte(EMPTY_DICT);
  else self.out.bytes(Uint8Array.of(MARK, DICT));
  memo_put(self, obj);
  if (PyObject_Size(obj) === 0) return;
  const items = check(PyObject_CallMethod(obj, "items", []));
  const it = PyObject_GetIter(items);
  Py_DECREF(items);
  check(it);
  try {
    batch_setitems(self, it!);
  } finally {
    Py_DECREF(it!);
  }
}

function save_set(self: PicklerObject, obj: PyObject): void {
  if (self.proto < 4) {
    const lst = check(PyList_New(0));
    const pos = { i: 0 };
    for (let e = _PySet_NextEntry(obj, pos); e !== null; e = _PySet_NextEntry(obj, pos)) PyList_Append(lst, e[0]);
    const args = _PyTuple_FromArraySteal([lst]);
    try {
      save_reduce(self, PySet_Type, args, null, null, null, null, obj);
    } finally {
      Py_DECREF(args);
    }
    return;
  }
  self.out.byte(EMPTY_SET);
  memo_put(self, obj);
  const items: PyObject[] = [];
  const pos = { i: 0 };
  for (let e = _PySet_NextEntry(obj, pos); e !== null; e = _PySet_NextEntry(obj, pos)) items.push(e[0]);
  for (const x of items) Py_INCREF(x);
  try {
    for (let i = 0; i < items.length; i += BATCHSIZE) {
      self.out.byte(MARK);
      for (const x of items.slice(i, i + BATCHSIZE)) save(self, x, false);
      self.out.byte(ADDITEMS);
    }
  } finally {
    for (const x of items) Py_DECREF(x);
  }
}

function save_frozenset(self: PicklerObject, obj: PyObject): void {
  const items: PyObject[] = [];
  const pos = { i: 0 };
  for (let e = _PySet_NextEntry(obj, pos); e !== null; e = _PySet_NextEntry(obj, pos)) items.push(e[0]);
  if (self.proto < 4) {
    const args = _PyTuple_FromArraySteal([PyList_FromItems(items)]);
    try {
      save_reduce(self, PyFrozenSet_Type, args, null, null, null, null, obj);
    } finally {
      Py_DECREF(args);
    }
    return;
  }
  self.out.byte(MARK);
  for (const x of items) save(self, x, false);
  if (self.memo.has(obj)) {
    self.out.byte(POP_MARK);
    memo_get(self, obj);
    return;
  }
  self.out.byte(FROZENSET);
  memo_put(self, obj);
}

function PyList_FromItems(items: PyObject[]): PyObject {
  const l = PyList_New(0);
  for (const x of items) PyList_Append(l, x);
  return l;
}

/** @cpython get_dotted_path */
function get_dotted_path(obj: PyObject | null, name: string): string[] {
  const parts = name.split(".");
  for (const p of parts) {
    if (p === "<locals>") {
      if (obj === null) raise(PyExc_AttributeError, `Can't pickle local object ${repr(ustr(name))}`);
      raise(PyExc_AttributeError, `Can't pickle local attribute ${repr(ustr(name))} on ${repr(obj)}`);
    }
  }
  return parts;
}

/** @cpython get_deep_attribute: [attribute, parent] or null (AttributeError left set). */
function get_deep_attribute(obj: PyObject, names: string[]): [PyObject, PyObject] | null {
  // Both results are owned: the attribute and the object it was found on.
  let parent: PyObject | null = null;
  Py_INCREF(obj);
  let cur: PyObject = obj;
  for (const n of names) {
    const next = PyObject_GetAttrString(cur, n);
    if (parent !== null) Py_DECREF(parent);
    parent = cur;
    if (next === null) {
      Py_DECREF(parent);
      return null;
    }
    cur = next;
  }
  return [cur, parent!];
}

/** @cpython getattribute: the dotted name on obj, with pickle's AttributeError messages. */
function getattribute(obj: PyObject, name: string, allow_qualname: boolean): PyObject {
  if (allow_qualname) {
    const path = get_dotted_path(obj, name);
    const r = get_deep_attribute(obj, path);
    if (r === null) {
      if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        raise(PyExc_AttributeError, `Can't get attribute ${repr(ustr(name))} on ${repr(obj)}`);
      }
      fail();
    }
    Py_DECREF(r[1]);
    return r[0];
  }
  const a = lookup(obj, name);
  if (a === null) raise(PyExc_AttributeError, `Can't get attribute ${repr(ustr(name))} on ${repr(obj)}`);
  return a;
}

/** @cpython whichmodule */
function whichmodule(obj: PyObject, path: string[]): PyObject {
  const m = lookup(obj, "__module__");
  if (m !== null) {
    if (m !== Py_None) return m;
    Py_DECREF(m);
  }
  const modules = _PyThreadState_GET().interp.modules;
  if (modules === null) raise(PyExc_ValueError, "unable to get sys.modules");
  const pos = { i: 0 };
  const snapshot: [PyObject, PyObject][] = [];
  for (let e = PyDict_Next(modules!, pos); e !== null; e = PyDict_Next(modules!, pos)) snapshot.push(e);
  for (const [name, module] of snapshot) {
    if (!PyUnicode_Check(name)) continue;
    const s = (name as PyUnicodeObject).str;
    if (s === "__main__" || s === "__mp_main__" || module === Py_None) continue;
    const r = get_deep_attribute(module, path);
    if (r === null) {
      PyErr_Clear();
      continue;
    }
    Py_DECREF(r[1]);
    Py_DECREF(r[0]);
    if (r[0] === obj) {
      Py_INCREF(name);
      return name;
    }
  }
  return ustr("__main__");
}

function ascii_or_fail(s: string, what: string, proto: number): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) raise(st.PicklingError!, `can't pickle ${what} identifier '${s}' using pickle protocol ${proto}`);
  }
  return s;
}

function save_global(self: PicklerObject, obj: PyObject, name: PyObject | null): void {
  let global_name: PyObject;
  if (name !== null) {
    Py_INCREF(name);
    global_name = name;
  } else {
    const q = lookup(obj, "__qualname__");
    global_name = q !== null ? q : getattr(obj, "__name__");
  }
  let module_name: PyObject | null = null;
  try {
    const gname = str(global_name);
    const path = get_dotted_path(null, gname);
    module_name = whichmodule(obj, path);
    const mname = str(module_name);
    const module = PyImport_Import(module_name);
    if (module === null) raise(st.PicklingError!, `Can't pickle ${repr(obj)}: import of module ${repr(module_name)} failed`);
    const r = get_deep_attribute(module, path);
    const parent_is_module = r !== null && r[1] === module;
    Py_DECREF(module);
    if (r === null) {
      PyErr_Clear();
      raise(st.PicklingError!, `Can't pickle ${repr(obj)}: attribute lookup ${gname} on ${mname} failed`);
    }
    const [cls, parent] = r;
    Py_DECREF(cls);
    if (cls !== obj) {
      Py_DECREF(parent);
      raise(st.PicklingError!, `Can't pickle ${repr(obj)}: it's not the same object as ${mname}.${gname}`);
    }
    try {
      if (self.proto >= 2) {
        const key = _PyTuple_FromArraySteal([ustr(mname), ustr(gname)]);
        const code_obj = PyDict_GetItemWithError(st.extension_registry!, key);
        Py_DECREF(key);
        if (code_obj === null && PyErr_Occurred()) fail();
        if (code_obj !== null) {
          if (!PyLong_Check(code_obj)) raise(st.PicklingError!, `Can't pickle ${repr(obj)}: extension code ${repr(code_obj)} isn't an integer`);
          const code = Number((code_obj as PyLongObject).ob_ival);
          if (code <= 0 || code > 0x7fffffff) raise(st.PicklingError!, `Can't pickle ${repr(obj)}: extension code ${code} is out of range`);
          const out = self.out;
          if (code <= 0xff) {
            out.byte(EXT1);
            out.byte(code);
          } else if (code <= 0xffff) {
            out.byte(EXT2);
            out.byte(code & 0xff);
            out.byte(code >> 8);
          } else {
            out.byte(EXT4);
            out.u32(code);
          }
          return;
        }
      }
      const lastname = path[path.length - 1];
      if (self.proto >= 4) {
        // The module name and qualname objects themselves, so that the memo (keyed by
        // identity) writes a module name shared by several globals only once.
        const m = module_name!, g = global_name;
        Py_INCREF(m);
        Py_INCREF(g);
        try {
          save(self, m, false);
          save(self, g, false);
        } finally {
          Py_DECREF(m);
          Py_DECREF(g);
        }
        self.out.byte(STACK_GLOBAL);
      } else if (!parent_is_module) {
        // Protocols below 4 cannot name a nested object: getattr(parent, lastname).
        const args = _PyTuple_FromArraySteal([(Py_INCREF(parent), parent), ustr(lastname)]);
        try {
          save_reduce(self, st.getattr!, args, null, null, null, null, null);
        } finally {
          Py_DECREF(args);
        }
      } else {
        let m = mname, g = lastname;
        if (self.proto < 3 && self.fix_imports) {
          const key = _PyTuple_FromArraySteal([ustr(m), ustr(g)]);
          const item = PyDict_GetItemWithError(st.name_mapping_3to2!, key);
          Py_DECREF(key);
          if (item === null && PyErr_Occurred()) fail();
          if (item !== null) {
            if (!PyTuple_Check(item) || item.ob_item.length !== 2) {
              raise(PyExc_ValueError, `_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ${item.ob_type.tp_name}`);
            }
            m = str(item.ob_item[0]);
            g = str(item.ob_item[1]);
          } else {
            const mk = ustr(m);
            const item2 = PyDict_GetItemWithError(st.import_mapping_3to2!, mk);
            Py_DECREF(mk);
            if (item2 === null && PyErr_Occurred()) fail();
            if (item2 !== null) m = str(item2);
          }
        }
        const out = self.out;
        out.byte(GLOBAL);
        if (self.proto >= 3) {
          out.bytes(utf8enc.encode(m));
          out.byte(0x0a);
          out.bytes(utf8enc.encode(g));
        } else {
          out.ascii(ascii_or_fail(m, "module", self.proto));
          out.byte(0x0a);
          out.ascii(ascii_or_fail(g, "global", self.proto));
        }
        out.byte(0x0a);
      }
      memo_put(self, obj);
    } finally {
      Py_DECREF(parent);
    }
  } finally {
    Py_DECREF(global_name);
    if (module_name !== null) Py_DECREF(module_name);
  }
}

function save_singleton_type(self: PicklerObject, obj: PyObject, singleton: PyObject): void {
  const args = PyTuple_FromArray([singleton]);
  try {
    save_reduce(self, PyType_Type, args, null, null, null, null, obj);
  } finally {
    Py_DECREF(args);
  }
}

function save_type(self: PicklerObject, obj: PyObject): void {
  if (obj === Py_None.ob_type) return save_singleton_type(self, obj, Py_None);
  if (obj === Py_NotImplemented.ob_type) return save_singleton_type(self, obj, Py_NotImplemented);
  if (obj === Ellipsis_obj().ob_type) return save_singleton_type(self, obj, Ellipsis_obj());
  save_global(self, obj, null);
}

import { Py_Ellipsis } from "../Objects/sliceobject.ts";
const Ellipsis_obj = (): PyObject => Py_Ellipsis;

function save_pers(self: PicklerObject, obj: PyObject, func: PyObject): boolean {
  const pid = call(func, [obj]);
  try {
    if (pid === Py_None) return false;
    if (self.bin) {
      save(self, pid, true);
      self.out.byte(BINPERSID);
    } else {
      const s = check(PyObject_Str(pid));
      const t = (s as PyUnicodeObject).str;
      Py_DECREF(s);
      for (let i = 0; i < t.length; i++) {
        if (t.charCodeAt(i) > 0x7f) raise(st.PicklingError!, "persistent IDs in protocol 0 must be ASCII strings");
      }
      self.out.byte(PERSID);
      self.out.ascii(t);
      self.out.byte(0x0a);
    }
    return true;
  } finally {
    Py_DECREF(pid);
  }
}

/** @cpython save_reduce: (func, args[, state[, listitems[, dictitems[, state_setter]]]]) */
function save_reduce(self: PicklerObject, func: PyObject, argtup: PyObject, state: PyObject | null, listitems: PyObject | null,
  dictitems: PyObject | null, state_setter: PyObject | null, obj: PyObject | null): void {
  const out = self.out;
  if (!PyTuple_Check(argtup)) raise(st.PicklingError!, "second item of the tuple returned by __reduce__ must be a tuple");
  if (!PyCallable_Check(func)) raise(st.PicklingError!, "first item of the tuple returned by __reduce__ must be callable");
  let use_newobj = false, use_newobj_ex = false;
  if (self.proto >= 2) {
    const name = lookup(func, "__name__");
    if (name !== null) {
      if (PyUnicode_Check(name)) {
        const s = (name as PyUnicodeObject).str;
        use_newobj_ex = s === "__newobj_ex__";
        use_newobj = s === "__newobj__";
      }
      Py_DECREF(name);
    }
  }
  if (use_newobj_ex) {
    if (argtup.ob_item.length !== 3) {
      raise(st.PicklingError!, `length of the NEWOBJ_EX argument tuple must be exactly 3, not ${argtup.ob_item.length}`);
    }
    const [cls, args, kwargs] = argtup.ob_item;
    if (!PyType_Check(cls)) raise(st.PicklingError!, `first item from NEWOBJ_EX argument tuple must be a class, not ${cls.ob_type.tp_name}`);
    if (!PyTuple_Check(args)) raise(st.PicklingError!, `second item from NEWOBJ_EX argument tuple must be a tuple, not ${args.ob_type.tp_name}`);
    if (!PyDict_Check(kwargs)) raise(st.PicklingError!, `third item from NEWOBJ_EX argument tuple must be a dict, not ${kwargs.ob_type.tp_name}`);
    if (self.proto >= 4) {
      save(self, cls, false);
      save(self, args, false);
      save(self, kwargs, false);
      out.byte(NEWOBJ_EX);
    } else {
      // functools.partial(cls.__new__, cls, *args, **kwargs), then call it with ().
      const newm = getattr(cls, "__new__");
      const pargs = [newm, cls, ...args.ob_item];
      const kwnames: PyObject[] = [], kwvals: PyObject[] = [];
      const pos = { i: 0 };
      for (let e = PyDict_Next(kwargs, pos); e !== null; e = PyDict_Next(kwargs, pos)) {
        kwnames.push(e[0]);
        kwvals.push(e[1]);
      }
      const partial = PyObject_Vectorcall(st.partial!, [...pargs, ...kwvals], kwnames.length ? PyTuple_FromArray(kwnames) : null);
      Py_DECREF(newm);
      check(partial);
      const empty = PyTuple_FromArray([]);
      try {
        save(self, partial!, false);
        save(self, empty, false);
      } finally {
        Py_DECREF(partial!);
        Py_DECREF(empty);
      }
      out.byte(REDUCE);
    }
  } else if (use_newobj) {
    const n = argtup.ob_item.length;
    if (n < 1) raise(st.PicklingError!, "__newobj__ arglist is empty");
    const cls = argtup.ob_item[0];
    if (!PyType_Check(cls)) raise(st.PicklingError!, "args[0] from __newobj__ args is not a type");
    if (obj !== null) {
      const obj_class = lookup(obj, "__class__");
      if (obj_class === null) fail();
      Py_DECREF(obj_class);
      if (obj_class !== cls) raise(st.PicklingError!, "args[0] from __newobj__ args has the wrong class");
    }
    save(self, cls, false);
    const newargs = PyTuple_FromArray(argtup.ob_item.slice(1));
    try {
      save(self, newargs, false);
    } finally {
      Py_DECREF(newargs);
    }
    out.byte(NEWOBJ);
  } else {
    save(self, func, false);
    save(self, argtup, false);
    out.byte(REDUCE);
  }
  if (obj !== null) {
    if (self.memo.has(obj)) {
      out.byte(POP);
      memo_get(self, obj);
    } else memo_put(self, obj);
  }
  if (listitems !== null) batch_appends(self, listitems);
  if (dictitems !== null) batch_setitems(self, dictitems);
  if (state !== null) {
    if (state_setter === null) {
      save(self, state, false);
      out.byte(BUILD);
    } else {
      save(self, state_setter, false);
      save(self, obj!, false);
      save(self, state, false);
      out.byte(TUPLE2);
      out.byte(REDUCE);
      out.byte(POP);
    }
  }
}

function save_reduce_value(self: PicklerObject, obj: PyObject, rv: PyObject): void {
  if (PyUnicode_Check(rv)) return save_global(self, obj, rv);
  if (!PyTuple_Check(rv)) raise(st.PicklingError!, "__reduce__ must return a string or tuple");
  const n = rv.ob_item.length;
  if (n < 2 || n > 6) raise(st.PicklingError!, "tuple returned by __reduce__ must contain 2 through 6 elements");
  const [callable, argtup] = rv.ob_item;
  const opt = (i: number): PyObject | null => (i < n && rv.ob_item[i] !== Py_None ? rv.ob_item[i] : null);
  const state = opt(2), listitems = opt(3), dictitems = opt(4), state_setter = opt(5);
  if (!PyCallable_Check(callable)) raise(st.PicklingError!, "first item of the tuple returned by __reduce__ must be callable");
  if (!PyTuple_Check(argtup)) raise(st.PicklingError!, "second item of the tuple returned by __reduce__ must be a tuple");
  let li: PyObject | null = null, di: PyObject | null = null;
  if (listitems !== null) {
    if (listitems.ob_type.tp_iternext === null) {
      raise(st.PicklingError!, `fourth element of the tuple returned by __reduce__ must be an iterator, not ${listitems.ob_type.tp_name}`);
    }
    li = listitems;
  }
  if (dictitems !== null) {
    if (dictitems.ob_type.tp_iternext === null) {
      raise(st.PicklingError!, `fifth element of the tuple returned by __reduce__ must be an iterator, not ${dictitems.ob_type.tp_name}`);
    }
    di = dictitems;
  }
  if (state_setter !== null && !PyCallable_Check(state_setter)) {
    raise(st.PicklingError!, `sixth element of the tuple returned by __reduce__ must be a function, not ${state_setter.ob_type.tp_name}`);
  }
  save_reduce(self, callable, argtup, state, li, di, state_setter, obj);
}

/** @cpython save */
function save(self: PicklerObject, obj: PyObject, pers_save: boolean): void {
  opcode_boundary(self);
  if (!pers_save && self.pers_func !== null) {
    if (save_pers(self, obj, self.pers_func)) return;
  }
  const type = obj.ob_type;
  if (obj === Py_None) {
    self.out.byte(NONE);
    return;
  }
  if (obj === Py_True || obj === Py_False) {
    if (self.proto >= 2) self.out.byte(obj === Py_True ? NEWTRUE : NEWFALSE);
    else self.out.ascii(obj === Py_True ? "I01\n" : "I00\n");
    return;
  }
  if (type === PyLong_Type) return save_long(self, obj as PyLongObject);
  if (type === PyFloat_Type) return save_float(self, obj as PyFloatObject);
  if (self.memo.has(obj)) return memo_get(self, obj);
  if (type === PyBytes_Type) return save_bytes_data(self, obj, (obj as PyBytesObject).ob_sval);
  if (type === PyUnicodeObject.type) return save_unicode(self, obj as PyUnicodeObject);
  enter_recursive(" while pickling an object");
  try {
    save_inner(self, obj, type);
  } finally {
    leave_recursive();
  }
}

function save_inner(self: PicklerObject, obj: PyObject, type: PyTypeObject): void {
  if (type === PyDict_Type) return save_dict(self, obj);
  if (type === PySet_Type) return save_set(self, obj);
  if (type === PyFrozenSet_Type) return save_frozenset(self, obj);
  if (type === PyList_Type) return save_list(self, obj as PyListObject);
  if (type === PyTuple_Type) return save_tuple(self, obj as PyTupleObject);
  if (type === PyByteArray_Type) return save_bytearray(self, obj as PyByteArrayObject);
  if (type === PyPickleBuffer_Type) return save_picklebuffer(self, obj as PyPickleBufferObject);
  let rv: PyObject | null = null;
  if (self.reducer_override !== null) {
    rv = call(self.reducer_override, [obj]);
    if (rv === Py_NotImplemented) {
      Py_DECREF(rv);
      rv = null;
    }
  }
  if (rv === null) {
    if (type === PyType_Type) return save_type(self, obj);
    if (type === PyFunction_Type) return save_global(self, obj, null);
    let reduce_func: PyObject | null = null;
    if (self.dispatch_table === null) {
      reduce_func = PyDict_GetItemWithError(st.dispatch_table!, type);
      if (reduce_func === null && PyErr_Occurred()) fail();
      if (reduce_func !== null) Py_INCREF(reduce_func);
    } else {
      reduce_func = PyObject_GetItem(self.dispatch_table, type);
      if (reduce_func === null) {
        if (PyErr_ExceptionMatches(PyExc_KeyError)) PyErr_Clear();
        else fail();
      }
    }
    if (reduce_func !== null) {
      rv = PyObject_CallOneArg(reduce_func, obj);
      Py_DECREF(reduce_func);
    } else if (PyType_IsSubtype(type, PyType_Type)) {
      return save_global(self, obj, null);
    } else {
      const rex = lookup(obj, "__reduce_ex__");
      if (rex !== null) {
        const p = PyLong_FromNumber(self.proto);
        rv = PyObject_CallOneArg(rex, p);
        Py_DECREF(p);
        Py_DECREF(rex);
      } else {
        const r = lookup(obj, "__reduce__");
        if (r === null) raise(st.PicklingError!, `can't pickle '${type.tp_name}' object: ${repr(obj)}`);
        rv = PyObject_CallNoArgs(r!);
        Py_DECREF(r!);
      }
    }
    check(rv);
  }
  try {
    save_reduce_value(self, obj, rv!);
  } finally {
    Py_DECREF(rv!);
  }
}

/** @cpython dump: the whole pickle of obj into self.out (or through file.write). */
function pickler_dump(self: PicklerObject, obj: PyObject, to_file: boolean): void {
  self.out = new Output();
  self.writing_file = to_file;
  if (self.proto >= 2) {
    self.out.byte(PROTO);
    self.out.byte(self.proto);
  }
  self.out.framing = self.proto >= 4;
  try {
    save(self, obj, false);
    self.out.byte(STOP);
    commit_frame(self);
    self.out.framing = false;
    if (to_file) flush_to_file(self);
  } finally {
    self.writing_file = false;
  }
}

function output_bytes(self: PicklerObject): PyObject {
  // The Output object stays the same (callers hold it); only its contents go.
  const out = self.out;
  const b = PyBytes_FromArray(out.buf.slice(0, out.len));
  out.len = 0;
  out.frame_start = -1;
  if (out.buf.length > 1 << 16) out.buf = new Uint8Array(256);
  return b;
}

function protocol_arg(o: PyObject | null): number {
  if (o === null || o === Py_None) return DEFAULT_PROTOCOL;
  if (!PyLong_Check(o)) raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = Number((o as PyLongObject).ob_ival);
  if (v < 0) return HIGHEST_PROTOCOL;
  if (v > HIGHEST_PROTOCOL) raise(PyExc_ValueError, `pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  return v;
}

/** @cpython _Pickler_SetProtocol, _Pickler_SetOutputStream and the attribute lookups of __init__. */
function pickler_setup(self: PicklerObject, file: PyObject | null, protocol: PyObject | null, fix_imports: PyObject | null,
  buffer_callback: PyObject | null): void {
  self.proto = protocol_arg(protocol);
  self.bin = self.proto > 0 ? 1 : 0;
  const fi = fix_imports === null ? 1 : PyObject_IsTrue(fix_imports);
  if (fi < 0) fail();
  self.fix_imports = fi === 1;
  if (buffer_callback !== null && buffer_callback !== Py_None) {
    if (self.proto < 5) raise(PyExc_ValueError, "buffer_callback needs protocol >= 5");
    Py_INCREF(buffer_callback);
    Py_XDECREF(self.buffer_callback);
    self.buffer_callback = buffer_callback;
  }
  if (file !== null) {
    const w = lookup(file, "write");
    if (w === null) raise(PyExc_TypeError, "file must have a 'write' attribute");
    Py_XDECREF(self.write);
    self.write = w;
  }
  memo_clear(self);
  const pf = lookup(self, "persistent_id");
  Py_XDECREF(self.pers_func);
  self.pers_func = pf;
  const dt = lookup(self, "dispatch_table");
  Py_XDECREF(self.dispatch_table);
  self.dispatch_table = dt === Py_None ? (Py_DECREF(dt!), null) : dt;
  const ro = lookup(self, "reducer_override");
  Py_XDECREF(self.reducer_override);
  self.reducer_override = ro;
}

/** Run a body; a Failed marker becomes the C-API error return. */
function guard<T>(body: () => T, err: T): T {
  try {
    return body();
  } catch (e) {
    if (e === FAILED) return err;
    throw e;
  }
}

const pickler_kw = ["file", "protocol", "fix_imports", "buffer_callback"];

function Pickler_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "Pickler", 0, pickler_kw, 1, 4, 0);
  if (a === null) return -1;
  return guard(() => {
    pickler_setup(self as PicklerObject, a[0]!, a[1], a[2], a[3]);
    return 0;
  }, -1);
}

function Pickler_new(type: PyTypeObject): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PicklerObject(type);
}

function Pickler_dealloc(o: PyObject): void {
  const self = o as PicklerObject;
  memo_clear(self);
  for (const f of [self.write, self.pers_func, self.dispatch_table, self.reducer_override, self.buffer_callback]) Py_XDECREF(f);
  self.write = self.pers_func = self.dispatch_table = self.reducer_override = self.buffer_callback = null;
}

function Pickler_dump(o: PyObject, obj: PyObject): PyObject | null {
  const self = o as PicklerObject;
  if (self.write === null) {
    return PyErr_SetString(st.PicklingError as PyTypeObject, `Pickler.__init__() was not called by ${self.ob_type.tp_name}.__init__()`);
  }
  return guard(() => {
    pickler_dump(self, obj, true);
    return Py_NewNone();
  }, null);
}

function Pickler_clear_memo(o: PyObject): PyObject {
  memo_clear(o as PicklerObject);
  return Py_NewNone();
}

// -- memo proxies ------------------------------------------------------------------------------------

class MemoProxyObject extends PyObject {
  owner: PyObject;
  constructor(type: PyTypeObject, owner: PyObject) {
    super(type);
    this.owner = owner;
  }
}

/** {id(obj): (index, obj)} like pickle.py's memo. */
function pickler_memo_copy(self: PicklerObject): PyObject | null {
  const d = PyDict_New();
  for (const [obj, idx] of self.memo) {
    const key = check(PyObject_CallOneArg(builtin("id"), obj));
    const v = _PyTuple_FromArraySteal([PyLong_FromNumber(idx), (Py_INCREF(obj), obj)]);
    PyDict_SetItem(d, key, v);
    Py_DECREF(key);
    Py_DECREF(v);
  }
  return d;
}

function builtin(name: string): PyObject {
  const b = _PyThreadState_GET().interp.builtins!;
  return PyDict_GetItemWithError(b, PyUnicode_InternFromString(name))!;
}

const PicklerMemoProxyType: PyTypeObject = new PyTypeObject({
  tp_name: "_pickle.PicklerMemoProxy", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => Py_DECREF((o as MemoProxyObject).owner),
  tp_methods: [
    { ml_name: "clear", ml_meth: (o: PyObject) => { memo_clear((o as MemoProxyObject).owner as PicklerObject); return Py_NewNone(); }, ml_flags: METH_NOARGS,
      ml_doc: "clear($self, /)\n--\n\nRemove all items from memo." },
    { ml_name: "copy", ml_meth: (o: PyObject) => guard(() => pickler_memo_copy((o as MemoProxyObject).owner as PicklerObject), null), ml_flags: METH_NOARGS,
      ml_doc: "copy($self, /)\n--\n\nCopy the memo to a new object." },
    { ml_name: "__reduce__", ml_meth: (o: PyObject) => guard(() => {
      const d = check(pickler_memo_copy((o as MemoProxyObject).owner as PicklerObject));
      Py_INCREF(PyDict_Type);
      return _PyTuple_FromArraySteal([PyDict_Type, _PyTuple_FromArraySteal([d])]);
    }, null), ml_flags: METH_NOARGS, ml_doc: "__reduce__($self, /)\n--\n\nImplement pickle support." },
  ],
});

function unpickler_memo_dict(self: UnpicklerObject): PyObject {
  const d = PyDict_New();
  self.memo.forEach((v, i) => {
    if (v === undefined) return;
    const k = PyLong_FromNumber(i);
    PyDict_SetItem(d, k, v);
    Py_DECREF(k);
  });
  return d;
}

const UnpicklerMemoProxyType: PyTypeObject = new PyTypeObject({
  tp_name: "_pickle.UnpicklerMemoProxy", tp_basicsize: 24, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: (o) => Py_DECREF((o as MemoProxyObject).owner),
  tp_methods: [
    { ml_name: "clear", ml_meth: (o: PyObject) => { unpickler_memo_clear((o as MemoProxyObject).owner as UnpicklerObject); return Py_NewNone(); },
      ml_flags: METH_NOARGS, ml_doc: "clear($self, /)\n--\n\nRemove all items from memo." },
    { ml_name: "copy", ml_meth: (o: PyObject) => unpickler_memo_dict((o as MemoProxyObject).owner as UnpicklerObject), ml_flags: METH_NOARGS,
      ml_doc: "copy($self, /)\n--\n\nCopy the memo to a new object." },
    { ml_name: "__reduce__", ml_meth: (o: PyObject) => {
      const d = unpickler_memo_dict((o as MemoProxyObject).owner as UnpicklerObject);
      Py_INCREF(PyDict_Type);
      return _PyTuple_FromArraySteal([PyDict_Type, _PyTuple_FromArraySteal([d])]);
    }, ml_flags: METH_NOARGS, ml_doc: "__reduce__($self, /)\n--\n\nImplement pickle support." },
  ],
});

/** Pickler.memo = {id: (index, obj)} or a PicklerMemoProxy. */
function pickler_set_memo(o: PyObject, v: PyObject | null): number {
  const self = o as PicklerObject;
  if (v === null) {
    PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
    return -1;
  }
  if (v.ob_type === PicklerMemoProxyType) {
    const other = (v as MemoProxyObject).owner as PicklerObject;
    const entries = [...other.memo];
    memo_clear(self);
    for (const [obj, idx] of entries) {
      Py_INCREF(obj);
      self.memo.set(obj, idx);
    }
    return 0;
  }
  if (!PyDict_Check(v)) {
    PyErr_SetString(PyExc_TypeError, `'memo' attribute must be a PicklerMemoProxy object or dict, not ${v.ob_type.tp_name}`);
    return -1;
  }
  const entries: [PyObject, number][] = [];
  const pos = { i: 0 };
  for (let e = PyDict_Next(v, pos); e !== null; e = PyDict_Next(v, pos)) {
    const val = e[1];
    if (!PyTuple_Check(val) || val.ob_item.length !== 2) {
      PyErr_SetString(PyExc_TypeError, "'memo' values must be 2-item tuples");
      return -1;
    }
    const idx = val.ob_item[0];
    if (!PyLong_Check(idx)) {
      PyErr_SetString(PyExc_TypeError, "'memo' values must be 2-item tuples");
      return -1;
    }
    entries.push([val.ob_item[1], Number((idx as PyLongObject).ob_ival)]);
  }
  memo_clear(self);
  for (const [obj, idx] of entries) {
    Py_INCREF(obj);
    self.memo.set(obj, idx);
  }
  return 0;
}

function int_member(get: (o: PicklerObject) => number, set: (o: PicklerObject, v: number) => void) {
  return {
    get: (o: PyObject) => PyLong_FromNumber(get(o as PicklerObject)),
    set: (o: PyObject, v: PyObject | null): number => {
      if (v === null || !PyLong_Check(v)) {
        PyErr_SetString(PyExc_TypeError, v === null ? "can't delete numeric/char attribute" : "an integer is required");
        return -1;
      }
      set(o as PicklerObject, Number((v as PyLongObject).ob_ival));
      return 0;
    },
  };
}

export const Pickler_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_pickle.Pickler", tp_basicsize: 152, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_doc: "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\n"
    + "This takes a binary file for writing a pickle data stream.",
  tp_new: Pickler_new, tp_init: Pickler_init, tp_dealloc: Pickler_dealloc,
  tp_methods: [
    { ml_name: "dump", ml_meth: Pickler_dump, ml_flags: METH_O, ml_doc: "dump($self, obj, /)\n--\n\nWrite a pickled representation of the given object to the open file." },
    { ml_name: "clear_memo", ml_meth: Pickler_clear_memo, ml_flags: METH_NOARGS,
      ml_doc: "clear_memo($self, /)\n--\n\nClears the pickler's \"memo\"." },
    { ml_name: "__sizeof__", ml_meth: (o: PyObject) => PyLong_FromNumber(152 + 16 * (o as PicklerObject).memo.size + (o as PicklerObject).out.buf.length),
      ml_flags: METH_NOARGS, ml_doc: "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes." },
  ],
  tp_members: [
    { name: "bin", ...int_member((o) => o.bin, (o, v) => { o.bin = v; }) },
    { name: "fast", ...int_member((o) => o.fast, (o, v) => { o.fast = v; }) },
    {
      name: "dispatch_table",
      get: (o) => { const v = (o as PicklerObject).dispatch_table; if (v === null) return PyErr_SetString(PyExc_AttributeError, "dispatch_table"); Py_INCREF(v); return v; },
      set: (o, v) => { const s = o as PicklerObject; if (v !== null) Py_INCREF(v); Py_XDECREF(s.dispatch_table); s.dispatch_table = v; return 0; },
    },
  ],
  tp_getset: [
    {
      name: "memo",
      get: (o) => { Py_INCREF(o); return new MemoProxyObject(PicklerMemoProxyType, o); },
      set: pickler_set_memo,
    },
    {
      name: "persistent_id",
      get: (o) => { const v = (o as PicklerObject).pers_func; if (v === null) return PyErr_SetString(PyExc_AttributeError, "persistent_id"); Py_INCREF(v); return v; },
      set: (o, v) => {
        const s = o as PicklerObject;
        if (v === null) {
          PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
          return -1;
        }
        if (!PyCallable_Check(v)) {
          PyErr_SetString(PyExc_TypeError, "persistent_id must be a callable taking one argument");
          return -1;
        }
        Py_INCREF(v);
        Py_XDECREF(s.pers_func);
        s.pers_func = v;
        return 0;
      },
    },
  ],
});

// ---------------------------------------------------------------- the unpickler

export class UnpicklerObject extends PyObject {
  stack: PyObject[];
  marks: number[];
  memo: (PyObject | undefined)[];
  proto: number;
  // input
  data: Uint8Array;
  pos: number;
  read: PyObject | null;
  readline: PyObject | null;
  readinto: PyObject | null;
  /** Bytes of the current frame (file input), or null outside a frame. */
  frame: Uint8Array | null;
  frame_pos: number;
  fix_imports: boolean;
  encoding: string;
  errors: string;
  buffers: PyObject | null;
  pers_func: PyObject | null;
  inited: boolean;
  constructor(type: PyTypeObject) {
    super(type);
    this.stack = [];
    this.marks = [];
    this.memo = [];
    this.proto = 0;
    this.data = new Uint8Array(0);
    this.pos = 0;
    this.read = null;
    this.readline = null;
    this.readinto = null;
    this.frame = null;
    this.frame_pos = 0;
    this.fix_imports = true;
    this.encoding = "ASCII";
    this.errors = "strict";
    this.buffers = null;
    this.pers_func = null;
    this.inited = false;
  }
}

function unpickler_memo_clear(self: UnpicklerObject): void {
  const old = self.memo;
  self.memo = [];
  for (const v of old) if (v !== undefined) Py_DECREF(v);
}

function truncated(): never {
  raise(st.UnpicklingError!, "pickle data was truncated");
}

/** Read exactly n bytes (from the buffer, the current frame or the file). */
function read_bytes(self: UnpicklerObject, n: number): Uint8Array {
  if (self.read === null) {
    if (self.pos + n > self.data.length) truncated();
    const r = self.data.subarray(self.pos, self.pos + n);
    self.pos += n;
    return r;
  }
  if (self.frame !== null) {
    if (self.frame_pos + n <= self.frame.length) {
      const r = self.frame.subarray(self.frame_pos, self.frame_pos + n);
      self.frame_pos += n;
      if (self.frame_pos === self.frame.length) self.frame = null;
      return r;
    }
    if (self.frame_pos < self.frame.length) truncated();
    self.frame = null;
  }
  return read_file(self, n);
}

function read_file(self: UnpicklerObject, n: number): Uint8Array {
  const len = PyLong_FromNumber(n);
  const r = PyObject_CallOneArg(self.read!, len);
  Py_DECREF(len);
  check(r);
  const b = bytes_of(r!);
  Py_DECREF(r!);
  if (b.length !== n) truncated();
  return b;
}

function bytes_of(o: PyObject): Uint8Array {
  if (o.ob_type === PyBytes_Type || o instanceof PyBytesObject) return (o as PyBytesObject).ob_sval;
  if (o instanceof PyByteArrayObject) return PyByteArray_AS_ARRAY(o).slice();
  raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
}

function read_line(self: UnpicklerObject): Uint8Array {
  if (self.read === null || self.frame !== null) {
    const buf = self.read === null ? self.data : self.frame!;
    const start = self.read === null ? self.pos : self.frame_pos;
    let i = start;
    while (i < buf.length && buf[i] !== 0x0a) i++;
    if (i >= buf.length) truncated();
    const r = buf.subarray(start, i + 1);
    if (self.read === null) self.pos = i + 1;
    else {
      self.frame_pos = i + 1;
      if (self.frame_pos === self.frame!.length) self.frame = null;
    }
    return r;
  }
  const r = check(PyObject_CallNoArgs(self.readline!));
  const b = bytes_of(r);
  Py_DECREF(r);
  if (b.length === 0 || b[b.length - 1] !== 0x0a) truncated();
  return b;
}

function u32(b: Uint8Array): number {
  return (b[0] | (b[1] << 8) | (b[2] << 16)) + b[3] * 0x1000000;
}
function u64(b: Uint8Array): number {
  return u32(b) + u32(b.subarray(4)) * 0x100000000;
}

function push(self: UnpicklerObject, o: PyObject): void {
  self.stack.push(o);
}

/** @cpython Pdata_pop */
function pop(self: UnpicklerObject): PyObject {
  const floor = self.marks.length ? self.marks[self.marks.length - 1] : 0;
  if (self.stack.length <= floor) {
    raise(st.UnpicklingError!, self.marks.length ? "unexpected MARK found" : "unpickling stack underflow");
  }
  return self.stack.pop()!;
}

function top(self: UnpicklerObject): PyObject {
  const floor = self.marks.length ? self.marks[self.marks.length - 1] : 0;
  if (self.stack.length <= floor) {
    raise(st.UnpicklingError!, self.marks.length ? "unexpected MARK found" : "unpickling stack underflow");
  }
  return self.stack[self.stack.length - 1];
}

/** @cpython marker: pop the topmost mark, returning the items above it (owned by the caller). */
function pop_mark(self: UnpicklerObject): PyObject[] {
  if (self.marks.length === 0) raise(st.UnpicklingError!, "could not find MARK");
  const m = self.marks.pop()!;
  return self.stack.splice(m);
}

function release(items: PyObject[]): void {
  for (const x of items) Py_DECREF(x);
}

function memo_put_u(self: UnpicklerObject, idx: number, v: PyObject): void {
  Py_INCREF(v);
  const old = self.memo[idx];
  self.memo[idx] = v;
  if (old !== undefined) Py_DECREF(old);
}

function memo_get_u(self: UnpicklerObject, idx: number): void {
  const v = self.memo[idx];
  if (v === undefined) raise(st.UnpicklingError!, `Memo value not found at index ${idx}`);
  Py_INCREF(v);
  push(self, v);
}

function line_text(b: Uint8Array, strip: number): string {
  let s = "";
  for (let i = 0; i < b.length - strip; i++) s += String.fromCharCode(b[i]);
  return s;
}

function decode_string(self: UnpicklerObject, b: Uint8Array): PyObject {
  if (self.encoding === "bytes") return PyBytes_FromArray(b.slice());
  return check(PyUnicode_Decode(b, self.encoding, self.errors));
}

function find_class(self: UnpicklerObject, module: PyObject, name: PyObject): PyObject {
  return check(PyObject_CallMethod(self, "find_class", [module, name]));
}

function call_new(cls: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const newm = getattr(cls, "__new__");
  try {
    if (kwargs === null) return call(newm, [cls, ...args]);
    const names: PyObject[] = [], vals: PyObject[] = [];
    const pos = { i: 0 };
    for (let e = PyDict_Next(kwargs, pos); e !== null; e = PyDict_Next(kwargs, pos)) {
      names.push(e[0]);
      vals.push(e[1]);
    }
    const kw = names.length ? PyTuple_FromArray(names) : null;
    const r = PyObject_Vectorcall(newm, [cls, ...args, ...vals], kw);
    if (kw !== null) Py_DECREF(kw);
    return check(r);
  } finally {
    Py_DECREF(newm);
  }
}

/** @cpython load_build */
function load_build(self: UnpicklerObject): void {
  const state = pop(self);
  const inst = top(self);
  try {
    const setstate = lookup(inst, "__setstate__");
    if (setstate !== null) {
      const r = PyObject_CallOneArg(setstate, state);
      Py_DECREF(setstate);
      Py_DECREF(check(r));
      return;
    }
    let st1: PyObject = state, slotstate: PyObject | null = null;
    if (PyTuple_Check(state) && state.ob_item.length === 2) {
      st1 = state.ob_item[0];
      slotstate = state.ob_item[1];
    }
    if (st1 !== Py_None) {
      if (!PyDict_Check(st1)) raise(st.UnpicklingError!, "state is not a dictionary");
      const dict = getattr(inst, "__dict__");
      try {
        const pos = { i: 0 };
        for (let e = PyDict_Next(st1, pos); e !== null; e = PyDict_Next(st1, pos)) {
          let k = e[0];
          if (k.ob_type === PyUnicodeObject.type) k = PyUnicode_InternFromString((k as PyUnicodeObject).str);
          else Py_INCREF(k);
          const r = PyObject_SetItem(dict, k, e[1]);
          Py_DECREF(k);
          if (r < 0) fail();
        }
      } finally {
        Py_DECREF(dict);
      }
    }
    if (slotstate !== null && slotstate !== Py_None) {
      if (!PyDict_Check(slotstate)) raise(st.UnpicklingError!, "slot state is not a dictionary");
      const pos = { i: 0 };
      for (let e = PyDict_Next(slotstate, pos); e !== null; e = PyDict_Next(slotstate, pos)) {
        if (PyObject_SetAttr(inst, e[0], e[1]) < 0) fail();
      }
    }
  } finally {
    Py_DECREF(state);
  }
}

/** @cpython load_extension */
function load_extension(self: UnpicklerObject, code: number): void {
  if (code <= 0) raise(st.UnpicklingError!, "EXT specifies code <= 0");
  const key = PyLong_FromNumber(code);
  try {
    const cached = PyDict_GetItemWithError(st.extension_cache!, key);
    if (cached !== null) {
      Py_INCREF(cached);
      push(self, cached);
      return;
    }
    if (PyErr_Occurred()) fail();
    const pair = PyDict_GetItemWithError(st.inverted_registry!, key);
    if (pair === null) {
      if (PyErr_Occurred()) fail();
      raise(PyExc_ValueError, `unregistered extension code ${code}`);
    }
    if (!PyTuple_Check(pair) || pair.ob_item.length !== 2 || !PyUnicode_Check(pair.ob_item[0]) || !PyUnicode_Check(pair.ob_item[1])) {
      raise(PyExc_ValueError, `_inverted_registry[${code}] isn't a 2-tuple of strings`);
    }
    const obj = find_class(self, pair.ob_item[0], pair.ob_item[1]);
    if (PyDict_SetItem(st.extension_cache!, key, obj) < 0) {
      Py_DECREF(obj);
      fail();
    }
    push(self, obj);
  } finally {
    Py_DECREF(key);
  }
}

function load_persid(self: UnpicklerObject, pid: PyObject): void {
  if (self.pers_func === null) {
    Py_DECREF(pid);
    raise(st.UnpicklingError!, "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
  }
  const r = PyObject_CallOneArg(self.pers_func, pid);
  Py_DECREF(pid);
  push(self, check(r));
}

function instantiate(cls: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0 && PyType_Check(cls)) {
    const gia = lookup(cls, "__getinitargs__");
    if (gia === null) return call_new(cls, [], null);
    Py_DECREF(gia);
  }
  return call(cls, args);
}

/** The next opcode; running out of data here is EOFError rather than truncation. */
function read_opcode(self: UnpicklerObject): number {
  try {
    return read_bytes(self, 1)[0];
  } catch (e) {
    if (e === FAILED && PyErr_ExceptionMatches(st.UnpicklingError!)) {
      PyErr_Clear();
      raise(PyExc_EOFError, "Ran out of input");
    }
    throw e;
  }
}

/** @cpython load: run the opcodes until STOP. */
function unpickler_load(self: UnpicklerObject): PyObject {
  for (;;) {
    const op = read_opcode(self);
    switch (op) {
      case NONE: push(self, Py_NewNone()); break;
      case NEWTRUE: Py_INCREF(Py_True); push(self, Py_True); break;
      case NEWFALSE: Py_INCREF(Py_False); push(self, Py_False); break;
      case BININT: { const b = read_bytes(self, 4); push(self, PyLong_FromNumber(b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24))); break; }
      case BININT1: push(self, PyLong_FromNumber(read_bytes(self, 1)[0])); break;
      case BININT2: { const b = read_bytes(self, 2); push(self, PyLong_FromNumber(b[0] | (b[1] << 8))); break; }
      case INT: {
        const s = line_text(read_line(self), 1);
        if (s === "00") { Py_INCREF(Py_False); push(self, Py_False); break; }
        if (s === "01") { Py_INCREF(Py_True); push(self, Py_True); break; }
        push(self, check(_PyLong_FromString(s.trim(), 0)));
        break;
      }
      case LONG: {
        let s = line_text(read_line(self), 1).trim();
        if (s.endsWith("L")) s = s.slice(0, -1);
        push(self, check(_PyLong_FromString(s, 0)));
        break;
      }
      case LONG1: { const n = read_bytes(self, 1)[0]; push(self, PyLong_FromBigInt(decode_long(read_bytes(self, n)))); break; }
      case LONG4: {
        const b = read_bytes(self, 4);
        const n = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
        if (n < 0) raise(st.UnpicklingError!, "LONG pickle has negative byte count");
        push(self, PyLong_FromBigInt(decode_long(read_bytes(self, n))));
        break;
      }
      case FLOAT: {
        const s = line_text(read_line(self), 1);
        const f = check(PyObject_CallOneArg(PyFloat_Type, ustr(s)));
        push(self, f);
        break;
      }
      case BINFLOAT: { const b = read_bytes(self, 8); push(self, PyFloat_FromDouble(new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, false))); break; }
      case STRING: {
        const line = read_line(self);
        const n = line.length - 1;
        if (n < 2 || line[0] !== line[n - 1] || (line[0] !== 0x27 && line[0] !== 0x22)) {
          raise(st.UnpicklingError!, "the STRING opcode argument must be quoted");
        }
        const inner = PyBytes_FromArray(line.slice(1, n - 1));
        const codecs = check(PyImport_ImportModule("codecs"));
        const dec = PyObject_CallMethod(codecs, "escape_decode", [inner]);
        Py_DECREF(codecs);
        Py_DECREF(inner);
        check(dec);
        const raw = bytes_of((dec as PyTupleObject).ob_item[0]);
        Py_DECREF(dec!);
        push(self, decode_string(self, raw));
        break;
      }
      case BINSTRING: {
        const b = read_bytes(self, 4);
        const n = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
        if (n < 0) raise(st.UnpicklingError!, "BINSTRING pickle has negative byte count");
        push(self, decode_string(self, read_bytes(self, n)));
        break;
      }
      case SHORT_BINSTRING: { const n = read_bytes(self, 1)[0]; push(self, decode_string(self, read_bytes(self, n))); break; }
      case BINBYTES: push(self, PyBytes_FromArray(read_bytes(self, u32(read_bytes(self, 4))).slice())); break;
      case SHORT_BINBYTES: push(self, PyBytes_FromArray(read_bytes(self, read_bytes(self, 1)[0]).slice())); break;
      case BINBYTES8: push(self, PyBytes_FromArray(read_bytes(self, u64(read_bytes(self, 8))).slice())); break;
      case BYTEARRAY8: push(self, PyByteArray_FromArray(read_bytes(self, u64(read_bytes(self, 8))).slice())); break;
      case UNICODE: {
        const line = read_line(self);
        push(self, check(PyUnicode_Decode(line.slice(0, line.length - 1), "raw-unicode-escape", null)));
        break;
      }
      case BINUNICODE: push(self, check(PyUnicode_DecodeUTF8(read_bytes(self, u32(read_bytes(self, 4))), "surrogatepass"))); break;
      case SHORT_BINUNICODE: push(self, check(PyUnicode_DecodeUTF8(read_bytes(self, read_bytes(self, 1)[0]), "surrogatepass"))); break;
      case BINUNICODE8: push(self, check(PyUnicode_DecodeUTF8(read_bytes(self, u64(read_bytes(self, 8))), "surrogatepass"))); break;
      case EMPTY_TUPLE: push(self, PyTuple_FromArray([])); break;
      case TUPLE1: case TUPLE2: case TUPLE3: {
        const n = op - TUPLE1 + 1;
        const items: PyObject[] = [];
        for (let i = 0; i < n; i++) items.unshift(pop(self));
        push(self, _PyTuple_FromArraySteal(items));
        break;
      }
      case TUPLE: push(self, _PyTuple_FromArraySteal(pop_mark(self))); break;
      case EMPTY_LIST: push(self, PyList_New(0)); break;
      case LIST: {
        const items = pop_mark(self);
        const l = PyList_New(0);
        for (const x of items) PyList_Append(l, x);
        release(items);
        push(self, l);
        break;
      }
      case EMPTY_DICT: push(self, PyDict_New()); break;
      case DICT: {
        const items = pop_mark(self);
        try {
          if (items.length % 2) raise(st.UnpicklingError!, "odd number of items for DICT");
          const d = PyDict_New();
          for (let i = 0; i < items.length; i += 2) {
            if (PyDict_SetItem(d, items[i], items[i + 1]) < 0) {
              Py_DECREF(d);
              fail();
            }
          }
          push(self, d);
        } finally {
          release(items);
        }
        break;
      }
      case EMPTY_SET: push(self, check(PySet_New(null))); break;
      case FROZENSET: {
        const items = pop_mark(self);
        const t = _PyTuple_FromArraySteal(items);
        const fs = PyFrozenSet_New(t);
        Py_DECREF(t);
        push(self, check(fs));
        break;
      }
      case ADDITEMS: {
        const items = pop_mark(self);
        try {
          const s = top(self);
          if (s.ob_type === PySet_Type) {
            for (const x of items) if (PySet_Add(s, x) < 0) fail();
          } else {
            const add = getattr(s, "add");
            try {
              for (const x of items) Py_DECREF(call(add, [x]));
            } finally {
              Py_DECREF(add);
            }
          }
        } finally {
          release(items);
        }
        break;
      }
      case APPEND: {
        const v = pop(self);
        try {
          appends(self, top(self), [v]);
        } finally {
          Py_DECREF(v);
        }
        break;
      }
      case APPENDS: {
        const items = pop_mark(self);
        try {
          appends(self, top(self), items);
        } finally {
          release(items);
        }
        break;
      }
      case SETITEM: {
        const v = pop(self), k = pop(self);
        try {
          if (PyObject_SetItem(top(self), k, v) < 0) fail();
        } finally {
          Py_DECREF(k);
          Py_DECREF(v);
        }
        break;
      }
      case SETITEMS: {
        const items = pop_mark(self);
        try {
          if (items.length % 2) raise(st.UnpicklingError!, "odd number of items for SETITEMS");
          const d = top(self);
          for (let i = 0; i < items.length; i += 2) if (PyObject_SetItem(d, items[i], items[i + 1]) < 0) fail();
        } finally {
          release(items);
        }
        break;
      }
      case MARK: self.marks.push(self.stack.length); break;
      case POP: {
        if (self.marks.length && self.marks[self.marks.length - 1] === self.stack.length) self.marks.pop();
        else Py_DECREF(pop(self));
        break;
      }
      case POP_MARK: release(pop_mark(self)); break;
      case DUP: { const v = top(self); Py_INCREF(v); push(self, v); break; }
      case GET: {
        const s = line_text(read_line(self), 1);
        const idx = Number.parseInt(s, 10);
        if (!/^\s*[-+]?\d+\s*$/.test(s)) raise(PyExc_ValueError, `invalid literal for int() with base 10: ${repr(ustr(s))}`);
        memo_get_u(self, idx);
        break;
      }
      case BINGET: memo_get_u(self, read_bytes(self, 1)[0]); break;
      case LONG_BINGET: memo_get_u(self, u32(read_bytes(self, 4))); break;
      case PUT: {
        const s = line_text(read_line(self), 1);
        if (!/^\s*[-+]?\d+\s*$/.test(s)) raise(PyExc_ValueError, `invalid literal for int() with base 10: ${repr(ustr(s))}`);
        const idx = Number.parseInt(s, 10);
        if (idx < 0) raise(PyExc_ValueError, "negative PUT argument");
        memo_put_u(self, idx, top(self));
        break;
      }
      case BINPUT: memo_put_u(self, read_bytes(self, 1)[0], top(self)); break;
      case LONG_BINPUT: {
        const idx = u32(read_bytes(self, 4));
        memo_put_u(self, idx, top(self));
        break;
      }
      case MEMOIZE: memo_put_u(self, self.memo.length, top(self)); break;
      case GLOBAL: {
        const m = line_text(read_line(self), 1), n = line_text(read_line(self), 1);
        const mo = check(PyUnicode_DecodeUTF8(Uint8Array.from(m, (c) => c.charCodeAt(0)), "strict"));
        const no = PyUnicode_DecodeUTF8(Uint8Array.from(n, (c) => c.charCodeAt(0)), "strict");
        if (no === null) {
          Py_DECREF(mo);
          fail();
        }
        try {
          push(self, find_class(self, mo, no!));
        } finally {
          Py_DECREF(mo);
          Py_DECREF(no!);
        }
        break;
      }
      case STACK_GLOBAL: {
        const name = pop(self), module = pop(self);
        try {
          if (!PyUnicode_Check(name) || !PyUnicode_Check(module)) raise(st.UnpicklingError!, "STACK_GLOBAL requires str");
          push(self, find_class(self, module, name));
        } finally {
          Py_DECREF(name);
          Py_DECREF(module);
        }
        break;
      }
      case EXT1: load_extension(self, read_bytes(self, 1)[0]); break;
      case EXT2: { const b = read_bytes(self, 2); load_extension(self, b[0] | (b[1] << 8)); break; }
      case EXT4: { const b = read_bytes(self, 4); load_extension(self, b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)); break; }
      case REDUCE: {
        const args = pop(self);
        const func = pop(self);
        try {
          if (!PyTuple_Check(args)) raise(st.UnpicklingError!, "REDUCE argument must be a tuple");
          push(self, call(func, args.ob_item));
        } finally {
          Py_DECREF(args);
          Py_DECREF(func);
        }
        break;
      }
      case NEWOBJ: {
        const args = pop(self), cls = pop(self);
        try {
          if (!PyType_Check(cls)) raise(st.UnpicklingError!, "NEWOBJ class argument isn't a type object");
          if (!PyTuple_Check(args)) raise(st.UnpicklingError!, "NEWOBJ expected an arg tuple.");
          push(self, call_new(cls, args.ob_item, null));
        } finally {
          Py_DECREF(args);
          Py_DECREF(cls);
        }
        break;
      }
      case NEWOBJ_EX: {
        const kwargs = pop(self), args = pop(self), cls = pop(self);
        try {
          if (!PyType_Check(cls)) raise(st.UnpicklingError!, `NEWOBJ_EX class argument must be a type, not ${cls.ob_type.tp_name}`);
          if (!PyTuple_Check(args)) raise(st.UnpicklingError!, `NEWOBJ_EX args argument must be a tuple, not ${args.ob_type.tp_name}`);
          if (!PyDict_Check(kwargs)) raise(st.UnpicklingError!, `NEWOBJ_EX kwargs argument must be a dict, not ${kwargs.ob_type.tp_name}`);
          push(self, call_new(cls, args.ob_item, kwargs));
        } finally {
          Py_DECREF(kwargs);
          Py_DECREF(args);
          Py_DECREF(cls);
        }
        break;
      }
      case INST: {
        const m = line_text(read_line(self), 1), n = line_text(read_line(self), 1);
        const items = pop_mark(self);
        const mo = ustr(m), no = ustr(n);
        try {
          const cls = find_class(self, mo, no);
          try {
            push(self, instantiate(cls, items));
          } finally {
            Py_DECREF(cls);
          }
        } finally {
          Py_DECREF(mo);
          Py_DECREF(no);
          release(items);
        }
        break;
      }
      case OBJ: {
        const items = pop_mark(self);
        try {
          if (items.length === 0) raise(st.UnpicklingError!, "unpickling stack underflow");
          push(self, instantiate(items[0], items.slice(1)));
        } finally {
          release(items);
        }
        break;
      }
      case BUILD: load_build(self); break;
      case PERSID: {
        const line = read_line(self);
        for (let i = 0; i < line.length - 1; i++) {
          if (line[i] > 0x7f) raise(st.UnpicklingError!, "persistent IDs in protocol 0 must be ASCII strings");
        }
        load_persid(self, ustr(line_text(line, 1)));
        break;
      }
      case BINPERSID: load_persid(self, pop(self)); break;
      case PROTO: {
        const p = read_bytes(self, 1)[0];
        if (p > HIGHEST_PROTOCOL) raise(PyExc_ValueError, `unsupported pickle protocol: ${p}`);
        self.proto = p;
        break;
      }
      case FRAME: {
        const n = u64(read_bytes(self, 8));
        if (n > Number.MAX_SAFE_INTEGER) raise(PyExc_OverflowError, "FRAME length exceeds system's maximum of 9223372036854775807 bytes");
        if (self.read !== null) {
          if (self.frame !== null && self.frame_pos < self.frame.length) raise(st.UnpicklingError!, "beginning of a new frame before end of current frame");
          self.frame = null;
          if (n > 0) {
            self.frame = read_file(self, n);
            self.frame_pos = 0;
          }
        } else if (self.pos + n > self.data.length) truncated();
        break;
      }
      case NEXT_BUFFER: {
        if (self.buffers === null) raise(st.UnpicklingError!, "pickle stream refers to out-of-band data but no *buffers* argument was given");
        const b = PyIter_Next(self.buffers);
        if (b === null) {
          if (PyErr_Occurred()) fail();
          raise(st.UnpicklingError!, "not enough out-of-band buffers");
        }
        push(self, b);
        break;
      }
      case READONLY_BUFFER: {
        // load_readonly_buffer: a writable buffer is replaced by a read-only view of it; a
        // read-only one stays the object it is.
        const b = top(self);
        const mv = check(PyObject_CallOneArg(builtin("memoryview"), b));
        const readonly = PyObject_GetAttrString(mv, "readonly");
        if (readonly === null) {
          Py_DECREF(mv);
          fail();
        }
        const isro = PyObject_IsTrue(readonly);
        Py_DECREF(readonly);
        if (isro) {
          Py_DECREF(mv);
          break;
        }
        const ro = PyObject_CallMethod(mv, "toreadonly", []);
        Py_DECREF(mv);
        self.stack[self.stack.length - 1] = check(ro);
        Py_DECREF(b);
        break;
      }
      case STOP: {
        const v = pop(self);
        return v;
      }
      default: {
        const c = op >= 0x20 && op < 0x7f ? String.fromCharCode(op) : `\\x${op.toString(16).padStart(2, "0")}`;
        raise(st.UnpicklingError!, `invalid load key, '${c === "'" ? "\\'" : c}'.`);
      }
    }
  }
}

/** @cpython do_append: list.extend for exact lists, else extend() or append() calls. */
function appends(self: UnpicklerObject, lst: PyObject, items: PyObject[]): void {
  if (lst.ob_type === PyList_Type) {
    for (const x of items) PyList_Append(lst, x);
    return;
  }
  const ext = lookup(lst, "extend");
  if (ext !== null) {
    const l = PyList_FromItems(items);
    try {
      Py_DECREF(call(ext, [l]));
    } finally {
      Py_DECREF(l);
      Py_DECREF(ext);
    }
    return;
  }
  const app = getattr(lst, "append");
  try {
    for (const x of items) Py_DECREF(call(app, [x]));
  } finally {
    Py_DECREF(app);
  }
  void self;
}

function unpickler_run(self: UnpicklerObject): PyObject {
  if (!self.inited) raise(st.UnpicklingError!, `Unpickler.__init__() was not called by ${self.ob_type.tp_name}.__init__()`);
  release(self.stack.splice(0));
  self.marks = [];
  self.proto = 0;
  try {
    return unpickler_load(self);
  } finally {
    release(self.stack.splice(0));
    self.marks = [];
  }
}

function unpickler_setup(self: UnpicklerObject, file: PyObject | null, data: Uint8Array | null, fix_imports: PyObject | null,
  encoding: PyObject | null, errors: PyObject | null, buffers: PyObject | null): void {
  if (file !== null) {
    const read = lookup(file, "read");
    const readline = lookup(file, "readline");
    if (read === null || readline === null) {
      Py_XDECREF(read);
      Py_XDECREF(readline);
      raise(PyExc_TypeError, "file must have 'read' and 'readline' attributes");
    }
    Py_XDECREF(self.read);
    Py_XDECREF(self.readline);
    self.read = read;
    self.readline = readline;
  } else {
    self.data = data!;
    self.pos = 0;
  }
  const fi = fix_imports === null ? 1 : PyObject_IsTrue(fix_imports);
  if (fi < 0) fail();
  self.fix_imports = fi === 1;
  if (encoding !== null) {
    if (!PyUnicode_Check(encoding)) raise(PyExc_TypeError, `argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
    self.encoding = (encoding as PyUnicodeObject).str;
  }
  if (errors !== null) {
    if (!PyUnicode_Check(errors)) raise(PyExc_TypeError, `argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
    self.errors = (errors as PyUnicodeObject).str;
  }
  if (buffers !== null && buffers !== Py_None) {
    Py_XDECREF(self.buffers);
    self.buffers = check(PyObject_GetIter(buffers));
  }
  unpickler_memo_clear(self);
  const pl = lookup(self, "persistent_load");
  Py_XDECREF(self.pers_func);
  self.pers_func = pl;
  self.inited = true;
}

const unpickler_kw = ["file", "fix_imports", "encoding", "errors", "buffers"];

function Unpickler_init(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "Unpickler", 0, unpickler_kw, 1, 1, 0);
  if (a === null) return -1;
  return guard(() => {
    unpickler_setup(o as UnpicklerObject, a[0]!, null, a[1], a[2], a[3], a[4]);
    return 0;
  }, -1);
}

function Unpickler_new(type: PyTypeObject): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new UnpicklerObject(type);
}

function Unpickler_dealloc(o: PyObject): void {
  const self = o as UnpicklerObject;
  release(self.stack.splice(0));
  unpickler_memo_clear(self);
  for (const f of [self.read, self.readline, self.readinto, self.buffers, self.pers_func]) Py_XDECREF(f);
  self.read = self.readline = self.readinto = self.buffers = self.pers_func = null;
}

/** @cpython _pickle_Unpickler_find_class_impl */
function Unpickler_find_class(o: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("find_class", args.length, 2, 2)) return null;
  const self = o as UnpicklerObject;
  return guard(() => {
    let module_name = args[0], global_name = args[1];
    Py_INCREF(module_name);
    Py_INCREF(global_name);
    try {
      if (self.proto < 3 && self.fix_imports) {
        const key = PyTuple_FromArray([module_name, global_name]);
        const item = PyDict_GetItemWithError(st.name_mapping_2to3!, key);
        Py_DECREF(key);
        if (item !== null) {
          if (!PyTuple_Check(item) || item.ob_item.length !== 2) {
            raise(PyExc_ValueError, `_compat_pickle.NAME_MAPPING values should be 2-tuples, not ${item.ob_type.tp_name}`);
          }
          Py_DECREF(module_name);
          Py_DECREF(global_name);
          module_name = item.ob_item[0];
          global_name = item.ob_item[1];
          Py_INCREF(module_name);
          Py_INCREF(global_name);
        } else {
          if (PyErr_Occurred()) fail();
          const m2 = PyDict_GetItemWithError(st.import_mapping_2to3!, module_name);
          if (m2 !== null) {
            Py_DECREF(module_name);
            module_name = m2;
            Py_INCREF(m2);
          } else if (PyErr_Occurred()) fail();
        }
      }
      const module = check(PyImport_Import(module_name));
      try {
        const name = str(global_name);
        return getattribute(module, name, self.proto >= 4);
      } finally {
        Py_DECREF(module);
      }
    } finally {
      Py_DECREF(module_name);
      Py_DECREF(global_name);
    }
  }, null);
}

function unpickler_set_memo(o: PyObject, v: PyObject | null): number {
  const self = o as UnpicklerObject;
  if (v === null) {
    PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
    return -1;
  }
  let entries: [number, PyObject][] = [];
  if (v.ob_type === UnpicklerMemoProxyType) {
    const other = (v as MemoProxyObject).owner as UnpicklerObject;
    other.memo.forEach((x, i) => { if (x !== undefined) entries.push([i, x]); });
  } else if (PyDict_Check(v)) {
    const pos = { i: 0 };
    for (let e = PyDict_Next(v, pos); e !== null; e = PyDict_Next(v, pos)) {
      if (!PyLong_Check(e[0])) {
        PyErr_SetString(PyExc_TypeError, "memo key must be integers");
        return -1;
      }
      const idx = Number((e[0] as PyLongObject).ob_ival);
      if (idx < 0) {
        PyErr_SetString(PyExc_ValueError, "memo key must be positive integers.");
        return -1;
      }
      entries.push([idx, e[1]]);
    }
  } else {
    PyErr_SetString(PyExc_TypeError, `'memo' attribute must be an UnpicklerMemoProxy object or dict, not ${v.ob_type.tp_name}`);
    return -1;
  }
  for (const [, x] of entries) Py_INCREF(x);
  unpickler_memo_clear(self);
  for (const [i, x] of entries) self.memo[i] = x;
  entries = [];
  return 0;
}

export const Unpickler_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_pickle.Unpickler", tp_basicsize: 272, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_doc: "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',\n          buffers=())\n--\n\n"
    + "This takes a binary file for reading a pickle data stream.",
  tp_new: Unpickler_new, tp_init: Unpickler_init, tp_dealloc: Unpickler_dealloc,
  tp_methods: [
    { ml_name: "load", ml_meth: (o: PyObject) => guard(() => unpickler_run(o as UnpicklerObject), null), ml_flags: METH_NOARGS,
      ml_doc: "load($self, /)\n--\n\nLoad a pickle." },
    { ml_name: "find_class", ml_meth: Unpickler_find_class, ml_flags: METH_FASTCALL,
      ml_doc: "find_class($self, module_name, global_name, /)\n--\n\nReturn an object from a specified module." },
    { ml_name: "__sizeof__", ml_meth: (o: PyObject) => PyLong_FromNumber(272 + 8 * (o as UnpicklerObject).memo.length), ml_flags: METH_NOARGS,
      ml_doc: "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes." },
  ],
  tp_getset: [
    {
      name: "memo",
      get: (o) => { Py_INCREF(o); return new MemoProxyObject(UnpicklerMemoProxyType, o); },
      set: unpickler_set_memo,
    },
    {
      name: "persistent_load",
      get: (o) => { const v = (o as UnpicklerObject).pers_func; if (v === null) return PyErr_SetString(PyExc_AttributeError, "persistent_load"); Py_INCREF(v); return v; },
      set: (o, v) => {
        const s = o as UnpicklerObject;
        if (v === null) {
          PyErr_SetString(PyExc_TypeError, "attribute deletion is not supported");
          return -1;
        }
        if (!PyCallable_Check(v)) {
          PyErr_SetString(PyExc_TypeError, "persistent_load must be a callable taking one argument");
          return -1;
        }
        Py_INCREF(v);
        Py_XDECREF(s.pers_func);
        s.pers_func = v;
        return 0;
      },
    },
  ],
});

// ---------------------------------------------------------------- module functions

const dump_kw = ["obj", "file", "protocol", "fix_imports", "buffer_callback"];
const dumps_kw = ["obj", "protocol", "fix_imports", "buffer_callback"];
const load_kw = ["file", "fix_imports", "encoding", "errors", "buffers"];
const loads_kw = ["fix_imports", "encoding", "errors", "buffers"];

function pickle_dump(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "dump", 0, dump_kw, 2, 3, 0);
  if (a === null) return null;
  const p = new PicklerObject(Pickler_Type);
  try {
    return guard(() => {
      pickler_setup(p, a[1]!, a[2], a[3], a[4]);
      pickler_dump(p, a[0]!, true);
      return Py_NewNone();
    }, null);
  } finally {
    Py_DECREF(p);
  }
}

function pickle_dumps(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "dumps", 0, dumps_kw, 1, 2, 0);
  if (a === null) return null;
  const p = new PicklerObject(Pickler_Type);
  try {
    return guard(() => {
      pickler_setup(p, null, a[1], a[2], a[3]);
      pickler_dump(p, a[0]!, false);
      return output_bytes(p);
    }, null);
  } finally {
    Py_DECREF(p);
  }
}

function pickle_load(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "load", 0, load_kw, 1, 1, 0);
  if (a === null) return null;
  const u = new UnpicklerObject(Unpickler_Type);
  try {
    return guard(() => {
      unpickler_setup(u, a[0]!, null, a[1], a[2], a[3], a[4]);
      return unpickler_run(u);
    }, null);
  } finally {
    Py_DECREF(u);
  }
}

function buffer_bytes(o: PyObject): Uint8Array {
  if (o instanceof PyBytesObject) return o.ob_sval;
  if (o instanceof PyByteArrayObject) return PyByteArray_AS_ARRAY(o).slice();
  if (PyUnicode_Check(o)) raise(PyExc_TypeError, "a bytes-like object is required, not 'str'");
  const b = PyObject_CallOneArg(PyBytes_Type, o);
  if (b === null) {
    PyErr_Clear();
    raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  }
  const r = (b as PyBytesObject).ob_sval;
  Py_DECREF(b);
  return r;
}

function pickle_loads(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "loads", 1, loads_kw, 1, 1, 0);
  if (a === null) return null;
  const u = new UnpicklerObject(Unpickler_Type);
  try {
    return guard(() => {
      unpickler_setup(u, null, buffer_bytes(a[0]!), a[1], a[2], a[3], a[4]);
      return unpickler_run(u);
    }, null);
  } finally {
    Py_DECREF(u);
  }
}

const pickle_methods: PyMethodDef[] = [
  { ml_name: "dump", ml_meth: pickle_dump, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "dump($module, /, obj, file, protocol=None, *, fix_imports=True,\n     buffer_callback=None)\n--\n\n"
      + "Write a pickled representation of obj to the open file object file." },
  { ml_name: "dumps", ml_meth: pickle_dumps, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "dumps($module, /, obj, protocol=None, *, fix_imports=True,\n      buffer_callback=None)\n--\n\n"
      + "Return the pickled representation of the object as a bytes object." },
  { ml_name: "load", ml_meth: pickle_load, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "load($module, /, file, *, fix_imports=True, encoding='ASCII',\n     errors='strict', buffers=())\n--\n\n"
      + "Read and return an object from the pickle data stored in a file." },
  { ml_name: "loads", ml_meth: pickle_loads, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "loads($module, data, /, *, fix_imports=True, encoding='ASCII',\n      errors='strict', buffers=())\n--\n\n"
      + "Read and return an object from the given pickle data." },
];

function module_attr(modname: string, name: string): PyObject | null {
  const m = PyImport_ImportModule(modname);
  if (m === null) return null;
  const v = PyObject_GetAttrString(m, name);
  Py_DECREF(m);
  return v;
}

export function PyInit__pickle(): PyObject | null {
  const m = PyModule_Create("_pickle", "Optimized C implementation for the Python pickle module.", pickle_methods);
  for (const t of [Pickler_Type, Unpickler_Type]) if (PyModule_AddType(m, t) < 0) return null;
  // pickle.PickleBuffer lives in Objects/picklebufobject.ts; CPython's _pickle exports it too.
  _PyPickleBuffer_Init();
  if (PyModule_AddType(m, PyPickleBuffer_Type) < 0) return null;
  for (const t of [PicklerMemoProxyType, UnpicklerMemoProxyType]) if (!(t.tp_flags & (1 << 12))) PyModule_AddType_ready(t);
  if (st.PickleError === null) {
    st.PickleError = PyErr_NewException("_pickle.PickleError", PyExc_Exception, null);
    if (st.PickleError === null) return null;
    st.PicklingError = PyErr_NewException("_pickle.PicklingError", st.PickleError, null);
    if (st.PicklingError === null) return null;
    st.UnpicklingError = PyErr_NewException("_pickle.UnpicklingError", st.PickleError, null);
    if (st.UnpicklingError === null) return null;
  }
  for (const [n, v] of [["PickleError", st.PickleError], ["PicklingError", st.PicklingError], ["UnpicklingError", st.UnpicklingError]] as const) {
    if (PyModule_AddObjectRef(m, n, v!) < 0) return null;
  }
  const need: [keyof typeof st, string, string][] = [
    ["dispatch_table", "copyreg", "dispatch_table"],
    ["extension_registry", "copyreg", "_extension_registry"],
    ["inverted_registry", "copyreg", "_inverted_registry"],
    ["extension_cache", "copyreg", "_extension_cache"],
    ["name_mapping_2to3", "_compat_pickle", "NAME_MAPPING"],
    ["import_mapping_2to3", "_compat_pickle", "IMPORT_MAPPING"],
    ["name_mapping_3to2", "_compat_pickle", "REVERSE_NAME_MAPPING"],
    ["import_mapping_3to2", "_compat_pickle", "REVERSE_IMPORT_MAPPING"],
    ["codecs_encode", "codecs", "encode"],
    ["getattr", "builtins", "getattr"],
    ["partial", "functools", "partial"],
  ];
  for (const [key, mod, name] of need) {
    const v = module_attr(mod, name);
    if (v === null) return null;
    const old = st[key];
    (st as Record<string, PyObject | null>)[key] = v;
    if (old !== null) Py_DECREF(old);
  }
  return m;
}

function PyModule_AddType_ready(t: PyTypeObject): void {
  PyType_Ready(t);
}

