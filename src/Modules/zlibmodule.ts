/**
 * @mirrors Modules/zlibmodule.c
 * zlib: deflate compression (RFC 1950/1951/1952) through the zlib stream API. CPython
 * links the C zlib library; typhon drives the pinned npm package pako, a line-by-line port
 * of zlib 1.2.x whose low-level functions (deflateInit2, deflate, inflateInit2, inflate,
 * ...) take the same z_stream fields and return the same codes, so compressed bytes equal
 * CPython's for the same level, wbits, memLevel and strategy.
 *
 * The calling code follows CPython's: one-shot compress()/decompress() loop over output
 * blocks until the stream finishes; Compress and Decompress objects keep a z_stream between
 * calls, and Decompress keeps the bytes past the end of the stream (unused_data) and the
 * input it had no room to process under max_length (unconsumed_tail).
 *
 *   >>> import zlib; zlib.decompress(zlib.compress(b"spam" * 10))
 *   b'spamspamspamspamspamspamspamspamspamspam'
 *
 * DIVERGENCE: pako does not export deflateCopy/inflateCopy; zstream_copy below clones a
 * stream's whole state object graph instead (keeping shared sub-objects shared), which is
 * what the C functions do with memcpy and pointer fix-ups.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_O, METH_NOARGS, METH_FASTCALL, METH_KEYWORDS,
  Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_IMMUTABLETYPE, type PyMethodDef,
} from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_NewException } from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_MemoryError,
} from "../Objects/exceptions.ts";
import { PyBytes_FromArray, _PyObject_GetBufferData, PyObject_CheckBuffer, type PyBytesObject } from "../Objects/bytesobject.ts";
import { PyLong_FromNumber, _PyLong_AsInt, _PyNumber_Index, PyNumber_AsSsize_t, type PyLongObject } from "../Objects/longobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import {
  PyModule_Create, PyModule_AddObjectRef, PyModule_AddIntConstant, PyModule_AddStringConstant,
} from "../Objects/moduleobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { _PyArg_UnpackKeywordsClinic, _PyArg_CheckPositional } from "../Python/getargs.ts";
// pako ships CommonJS without type declarations; the shapes used are declared below.
// @ts-expect-error no declaration file
import * as pako_deflate from "pako/lib/zlib/deflate.js";
// @ts-expect-error no declaration file
import * as pako_inflate from "pako/lib/zlib/inflate.js";
// @ts-expect-error no declaration file
import pako_ZStream from "pako/lib/zlib/zstream.js";
// @ts-expect-error no declaration file
import pako_crc32 from "pako/lib/zlib/crc32.js";
// @ts-expect-error no declaration file
import pako_adler32 from "pako/lib/zlib/adler32.js";

/** @cpython z_stream (pako's ZStream: indexes into `input`/`output` stand for the C pointers) */
interface z_stream {
  input: Uint8Array | null;
  next_in: number;
  avail_in: number;
  total_in: number;
  output: Uint8Array | null;
  next_out: number;
  avail_out: number;
  total_out: number;
  msg: string;
  state: object | null;
  data_type: number;
  adler: number;
}
interface deflate_api {
  deflateInit2(strm: z_stream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number;
  deflate(strm: z_stream, flush: number): number;
  deflateEnd(strm: z_stream): number;
  deflateSetDictionary(strm: z_stream, dict: Uint8Array): number;
}
interface inflate_api {
  inflateInit2(strm: z_stream, windowBits: number): number;
  inflate(strm: z_stream, flush: number): number;
  inflateEnd(strm: z_stream): number;
  inflateSetDictionary(strm: z_stream, dict: Uint8Array): number;
}
const zd = ((pako_deflate as { default?: deflate_api }).default ?? pako_deflate) as deflate_api;
const zi = ((pako_inflate as { default?: inflate_api }).default ?? pako_inflate) as inflate_api;
const ZStream = pako_ZStream as new () => z_stream;
const crc32_impl = pako_crc32 as (crc: number, buf: Uint8Array, len: number, pos: number) => number;
const adler32_impl = pako_adler32 as (adler: number, buf: Uint8Array, len: number, pos: number) => number;

// zlib's constants (zlib.h)
const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5, Z_TREES = 6;
const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5;
const Z_VERSION_ERROR = -6;
const DEFLATED = 8, MAX_WBITS = 15, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;
const Z_DEFAULT_COMPRESSION = -1, Z_DEFAULT_STRATEGY = 0;
/** The zlib release pako 2.1.0 follows (and that CPython 3.11.7 on this project's machines reports). */
const ZLIB_VERSION = "1.2.13";

/**
 * deflate() with zlib's argument check first: zlib returns Z_STREAM_ERROR for a closed
 * stream or a bad flush value without setting a message, where pako sets "stream error".
 */
function z_deflate(strm: z_stream, flush: number): number {
  if (strm.state === null || flush < 0 || flush > Z_BLOCK) return Z_STREAM_ERROR;
  return zd.deflate(strm, flush);
}

function z_inflate(strm: z_stream, flush: number): number {
  if (strm.state === null) return Z_STREAM_ERROR;
  return zi.inflate(strm, flush);
}

let ZlibError: PyObject = null as unknown as PyObject;

/** @cpython zlib_error: zlib.error("Error <code> <what>[: <zlib's message>]"). */
function zlib_error(zst: z_stream, err: number, msg: string): null {
  let zmsg: string | null = null;
  if (err === Z_VERSION_ERROR) zmsg = "library version mismatch";
  if (zmsg === null && zst.msg) zmsg = zst.msg;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  if (zmsg === null) return PyErr_SetString(ZlibError as PyTypeObject, `Error ${err} ${msg}`);
  return PyErr_SetString(ZlibError as PyTypeObject, `Error ${err} ${msg}: ${zmsg.slice(0, 200)}`);
}

// -- output buffer ------------------------------------------------------------------------------

/** Block sizes of CPython's _BlocksOutputBuffer: 32 KiB, 64 KiB, 256 KiB, 1 MiB, ... */
const BUFFER_BLOCK_SIZE = [32768, 65536, 262144, 1048576, 4194304, 8388608, 16777216, 16777216, 33554432, 33554432,
  67108864, 67108864, 134217728, 134217728, 268435456];

/**
 * @cpython _BlocksOutputBuffer: output collected in blocks handed to the stream one at a
 * time; `max_length` (-1: none) caps the total.
 */
class OutputBuffer {
  blocks: Uint8Array[];
  allocated: number;
  max_length: number;
  constructor(max_length: number) {
    this.blocks = [];
    this.allocated = 0;
    this.max_length = max_length;
  }

  /** @cpython OutputBuffer_Grow: give the stream a fresh block (the first may have a set size). */
  grow(strm: z_stream, first = -1): void {
    let size = first > 0 ? first : BUFFER_BLOCK_SIZE[Math.min(this.blocks.length, BUFFER_BLOCK_SIZE.length - 1)];
    if (this.max_length >= 0) size = Math.min(size, this.max_length - this.allocated);
    const b = new Uint8Array(size);
    this.blocks.push(b);
    this.allocated += size;
    strm.output = b;
    strm.next_out = 0;
    strm.avail_out = size;
  }

  /** @cpython OutputBuffer_GetDataSize */
  data_size(avail_out: number): number {
    return this.allocated - avail_out;
  }

  /** @cpython OutputBuffer_Finish: the bytes written, as one bytes object. */
  finish(avail_out: number): PyObject {
    const n = this.allocated - avail_out;
    if (this.blocks.length === 1) return PyBytes_FromArray(this.blocks[0].slice(0, n));
    const out = new Uint8Array(n);
    let pos = 0;
    for (const b of this.blocks) {
      const k = Math.min(b.length, n - pos);
      out.set(k === b.length ? b : b.subarray(0, k), pos);
      pos += k;
    }
    return PyBytes_FromArray(out);
  }
}

// -- argument converters ------------------------------------------------------------------------

/** A Py_buffer argument. */
function buffer_arg(o: PyObject): Uint8Array | null {
  const d = _PyObject_GetBufferData(o);
  if (d === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return d;
}

/** An int argument with its default; null after an error. */
function int_arg(o: PyObject | null, dflt: number): number | null {
  if (o === null) return dflt;
  const v = _PyLong_AsInt(o);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

/** A Py_ssize_t argument with its default; null after an error. */
function ssize_arg(o: PyObject | null, dflt: number): number | null {
  if (o === null) return dflt;
  const v = PyNumber_AsSsize_t(o, PyExc_OverflowError as PyTypeObject);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

// -- one-shot functions -------------------------------------------------------------------------

/** @cpython zlib_compress_impl: compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS). */
function zlib_compress(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "compress", 1, ["level", "wbits"], 1, 3, 0);
  if (a === null) return null;
  const data = buffer_arg(a[0]!);
  if (data === null) return null;
  const level = int_arg(a[1], Z_DEFAULT_COMPRESSION);
  if (level === null) return null;
  const wbits = int_arg(a[2], MAX_WBITS);
  if (wbits === null) return null;

  const zst = new ZStream();
  const buffer = new OutputBuffer(-1);
  buffer.grow(zst);
  let err = zd.deflateInit2(zst, level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
  if (err === Z_MEM_ERROR) return PyErr_SetString(PyExc_MemoryError, "Out of memory while compressing data");
  if (err === Z_STREAM_ERROR) return PyErr_SetString(ZlibError as PyTypeObject, "Bad compression level");
  if (err !== Z_OK) {
    zd.deflateEnd(zst);
    return zlib_error(zst, err, "while compressing data");
  }
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = z_deflate(zst, Z_FINISH);
    if (err === Z_STREAM_ERROR) {
      zd.deflateEnd(zst);
      return zlib_error(zst, err, "while compressing data");
    }
  } while (zst.avail_out === 0);
  err = zd.deflateEnd(zst);
  if (err !== Z_OK) return zlib_error(zst, err, "while finishing compression");
  return buffer.finish(zst.avail_out);
}

/** @cpython zlib_decompress_impl: decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE). */
function zlib_decompress(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "decompress", 1, ["wbits", "bufsize"], 1, 3, 0);
  if (a === null) return null;
  const data = buffer_arg(a[0]!);
  if (data === null) return null;
  const wbits = int_arg(a[1], MAX_WBITS);
  if (wbits === null) return null;
  let bufsize = ssize_arg(a[2], DEF_BUF_SIZE);
  if (bufsize === null) return null;
  if (bufsize < 0) return PyErr_SetString(PyExc_ValueError, "bufsize must be non-negative");
  if (bufsize === 0) bufsize = 1;

  const zst = new ZStream();
  const buffer = new OutputBuffer(-1);
  buffer.grow(zst, bufsize);
  let err = zi.inflateInit2(zst, wbits);
  if (err === Z_MEM_ERROR) return PyErr_SetString(PyExc_MemoryError, "Out of memory while decompressing data");
  if (err !== Z_OK) {
    zi.inflateEnd(zst);
    return zlib_error(zst, err, "while preparing to decompress data");
  }
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = z_inflate(zst, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      zi.inflateEnd(zst);
      if (err === Z_MEM_ERROR) return PyErr_SetString(PyExc_MemoryError, "Out of memory while decompressing data");
      return zlib_error(zst, err, "while decompressing data");
    }
  } while (zst.avail_out === 0);
  if (err !== Z_STREAM_END) {
    zi.inflateEnd(zst);
    return zlib_error(zst, err, "while decompressing data");
  }
  err = zi.inflateEnd(zst);
  if (err !== Z_OK) return zlib_error(zst, err, "while finishing decompression");
  return buffer.finish(zst.avail_out);
}

// -- the stream objects -------------------------------------------------------------------------

/** @cpython compobject: the state of a Compress or Decompress object. */
class compobject extends PyObject {
  zst: z_stream;
  unused_data: PyObject;
  unconsumed_tail: PyObject;
  eof: boolean;
  is_initialised: boolean;
  zdict: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.zst = new ZStream();
    this.unused_data = PyBytes_FromArray(new Uint8Array(0));
    this.unconsumed_tail = PyBytes_FromArray(new Uint8Array(0));
    this.eof = false;
    this.is_initialised = false;
    this.zdict = null;
  }
}

/** @cpython Dealloc (Comp_dealloc, Decomp_dealloc) */
function comp_dealloc(o: PyObject): void {
  const self = o as compobject;
  Py_DECREF(self.unused_data);
  Py_DECREF(self.unconsumed_tail);
  if (self.zdict !== null) Py_DECREF(self.zdict);
  self.zst.state = null;
}

/** @cpython zlib_compressobj_impl */
function zlib_compressobj(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "compressobj", 0,
    ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0, 6, 0);
  if (a === null) return null;
  const level = int_arg(a[0], Z_DEFAULT_COMPRESSION);
  if (level === null) return null;
  const method = int_arg(a[1], DEFLATED);
  if (method === null) return null;
  const wbits = int_arg(a[2], MAX_WBITS);
  if (wbits === null) return null;
  const memLevel = int_arg(a[3], DEF_MEM_LEVEL);
  if (memLevel === null) return null;
  const strategy = int_arg(a[4], Z_DEFAULT_STRATEGY);
  if (strategy === null) return null;
  let zdict: Uint8Array | null = null;
  if (a[5] !== null) {
    zdict = buffer_arg(a[5]);
    if (zdict === null) return null;
  }
  const self = new compobject(Comptype);
  const err = zd.deflateInit2(self.zst, level, method, wbits, memLevel, strategy);
  if (err === Z_OK) {
    self.is_initialised = true;
    if (zdict === null) return self;
    const e = zd.deflateSetDictionary(self.zst, zdict);
    if (e === Z_OK) return self;
    Py_DECREF(self);
    return PyErr_SetString(PyExc_ValueError, e === Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
  }
  Py_DECREF(self);
  if (err === Z_MEM_ERROR) return PyErr_SetString(PyExc_MemoryError, "Can't allocate memory for compression object");
  if (err === Z_STREAM_ERROR) return PyErr_SetString(PyExc_ValueError, "Invalid initialization option");
  return zlib_error(self.zst, err, "while creating compression object");
}

/** @cpython set_inflate_zdict */
function set_inflate_zdict(self: compobject): number {
  const d = _PyObject_GetBufferData(self.zdict!);
  if (d === null) {
    PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${self.zdict!.ob_type.tp_name}'`);
    return -1;
  }
  const err = zi.inflateSetDictionary(self.zst, d);
  if (err !== Z_OK) {
    zlib_error(self.zst, err, "while setting zdict");
    return -1;
  }
  return 0;
}

/** @cpython zlib_decompressobj_impl: decompressobj(wbits=MAX_WBITS, zdict=b''). */
function zlib_decompressobj(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "decompressobj", 0, ["wbits", "zdict"], 0, 2, 0);
  if (a === null) return null;
  const wbits = int_arg(a[0], MAX_WBITS);
  if (wbits === null) return null;
  const zdict = a[1];
  if (zdict !== null && !PyObject_CheckBuffer(zdict)) {
    return PyErr_SetString(PyExc_TypeError, "zdict argument must support the buffer protocol");
  }
  const self = new compobject(Decomptype);
  if (zdict !== null) {
    Py_INCREF(zdict);
    self.zdict = zdict;
  }
  const err = zi.inflateInit2(self.zst, wbits);
  if (err === Z_OK) {
    self.is_initialised = true;
    if (self.zdict !== null && wbits < 0 && set_inflate_zdict(self) < 0) {
      Py_DECREF(self);
      return null;
    }
    return self;
  }
  Py_DECREF(self);
  if (err === Z_STREAM_ERROR) return PyErr_SetString(PyExc_ValueError, "Invalid initialization option");
  if (err === Z_MEM_ERROR) return PyErr_SetString(PyExc_MemoryError, "Can't allocate memory for decompression object");
  return zlib_error(self.zst, err, "while creating decompression object");
}

/** @cpython zlib_Compress_compress_impl */
function Compress_compress(o: PyObject, arg: PyObject): PyObject | null {
  const self = o as compobject;
  const data = buffer_arg(arg);
  if (data === null) return null;
  const zst = self.zst;
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  const buffer = new OutputBuffer(-1);
  buffer.grow(zst);
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    const err = z_deflate(zst, Z_NO_FLUSH);
    if (err === Z_STREAM_ERROR) return zlib_error(zst, err, "while compressing data");
  } while (zst.avail_out === 0);
  return buffer.finish(zst.avail_out);
}

/** @cpython zlib_Compress_flush_impl: flush(mode=zlib.Z_FINISH, /). */
function Compress_flush(o: PyObject, args: PyObject[]): PyObject | null {
  const self = o as compobject;
  if (!_PyArg_CheckPositional("flush", args.length, 0, 1)) return null;
  const mode = int_arg(args.length ? args[0] : null, Z_FINISH);
  if (mode === null) return null;
  if (mode === Z_NO_FLUSH) return PyBytes_FromArray(new Uint8Array(0));
  const zst = self.zst;
  zst.avail_in = 0;
  const buffer = new OutputBuffer(-1);
  buffer.grow(zst);
  let err: number;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = z_deflate(zst, mode);
    if (err === Z_STREAM_ERROR) return zlib_error(zst, err, "while flushing");
  } while (zst.avail_out === 0);
  if (err === Z_STREAM_END && mode === Z_FINISH) {
    err = zd.deflateEnd(zst);
    if (err !== Z_OK) return zlib_error(zst, err, "while finishing compression");
    self.is_initialised = false;
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
    return zlib_error(zst, err, "while flushing");
  }
  return buffer.finish(zst.avail_out);
}

/**
 * @cpython deflateCopy / inflateCopy: a deep copy of a stream's state, preserving the
 * sharing inside it (a table referenced from two fields stays one table) and re-pointing
 * the state's back reference at the new stream. Functions and pako's static tables are
 * read-only, so copying the latter is merely wasteful, never wrong.
 */
function zstream_copy(dest: z_stream, source: z_stream): number {
  if (source.state === null) return Z_STREAM_ERROR;
  const memo = new Map<unknown, unknown>();
  memo.set(source, dest);
  const clone = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    const seen = memo.get(v);
    if (seen !== undefined) return seen;
    if (ArrayBuffer.isView(v)) {
      const c = (v as unknown as Uint8Array).slice();
      memo.set(v, c);
      return c;
    }
    if (Array.isArray(v)) {
      const c: unknown[] = [];
      memo.set(v, c);
      for (const x of v) c.push(clone(x));
      return c;
    }
    const c = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
    memo.set(v, c);
    for (const k of Object.keys(v)) c[k] = clone((v as Record<string, unknown>)[k]);
    return c;
  };
  dest.state = clone(source.state) as object;
  dest.total_in = source.total_in;
  dest.total_out = source.total_out;
  dest.adler = source.adler;
  dest.data_type = source.data_type;
  dest.msg = source.msg;
  return Z_OK;
}

/** @cpython zlib_Compress_copy_impl (and zlib_Decompress_copy_impl) */
function comp_copy(o: PyObject): PyObject | null {
  const self = o as compobject;
  const retval = new compobject(self.ob_type);
  if (zstream_copy(retval.zst, self.zst) !== Z_OK) {
    Py_DECREF(retval);
    return PyErr_SetString(PyExc_ValueError, "Inconsistent stream state");
  }
  Py_INCREF(self.unused_data);
  Py_DECREF(retval.unused_data);
  retval.unused_data = self.unused_data;
  Py_INCREF(self.unconsumed_tail);
  Py_DECREF(retval.unconsumed_tail);
  retval.unconsumed_tail = self.unconsumed_tail;
  if (self.zdict !== null) Py_INCREF(self.zdict);
  retval.zdict = self.zdict;
  retval.eof = self.eof;
  retval.is_initialised = true;
  return retval;
}

/** @cpython zlib_Compress___deepcopy___impl: a copy, whatever the memo. */
function comp_deepcopy(o: PyObject, _memo: PyObject): PyObject | null {
  return comp_copy(o);
}

/** @cpython save_unconsumed_input */
function save_unconsumed_input(self: compobject, data: Uint8Array, err: number): void {
  const zst = self.zst;
  if (err === Z_STREAM_END && zst.avail_in > 0) {
    const old = (self.unused_data as PyBytesObject).ob_sval;
    const left = data.subarray(zst.next_in);
    const joined = new Uint8Array(old.length + left.length);
    joined.set(old);
    joined.set(left, old.length);
    Py_DECREF(self.unused_data);
    self.unused_data = PyBytes_FromArray(joined);
    zst.avail_in = 0;
  }
  if (zst.avail_in > 0 || (self.unconsumed_tail as PyBytesObject).ob_sval.length) {
    // either the output cap left input over, or an earlier tail has now been consumed
    const tail = zst.avail_in > 0 ? data.slice(zst.next_in) : new Uint8Array(0);
    Py_DECREF(self.unconsumed_tail);
    self.unconsumed_tail = PyBytes_FromArray(tail);
  }
}

/** @cpython zlib_Decompress_decompress_impl: decompress(data, /, max_length=0). */
function Decompress_decompress(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = o as compobject;
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "decompress", 1, ["max_length"], 1, 2, 0);
  if (a === null) return null;
  const data = buffer_arg(a[0]!);
  if (data === null) return null;
  let max_length = ssize_arg(a[1], 0);
  if (max_length === null) return null;
  if (max_length < 0) return PyErr_SetString(PyExc_ValueError, "max_length must be non-negative");
  if (max_length === 0) max_length = -1;

  const zst = self.zst;
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  const buffer = new OutputBuffer(max_length);
  buffer.grow(zst);
  let err = Z_OK;
  outer: do {
    if (zst.avail_out === 0) {
      if (buffer.data_size(zst.avail_out) === max_length) break outer;
      buffer.grow(zst);
    }
    err = z_inflate(zst, Z_SYNC_FLUSH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_NEED_DICT && self.zdict !== null) {
        if (set_inflate_zdict(self) < 0) return null;
      } else break;
    }
  } while (zst.avail_out === 0 || err === Z_NEED_DICT);
  save_unconsumed_input(self, data, err);
  if (err === Z_STREAM_END) self.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) return zlib_error(zst, err, "while decompressing data");
  return buffer.finish(zst.avail_out);
}

/** @cpython zlib_Decompress_flush_impl: flush(length=zlib.DEF_BUF_SIZE, /). */
function Decompress_flush(o: PyObject, args: PyObject[]): PyObject | null {
  const self = o as compobject;
  if (!_PyArg_CheckPositional("flush", args.length, 0, 1)) return null;
  const length = ssize_arg(args.length ? args[0] : null, DEF_BUF_SIZE);
  if (length === null) return null;
  if (length <= 0) return PyErr_SetString(PyExc_ValueError, "length must be greater than zero");
  const data = (self.unconsumed_tail as PyBytesObject).ob_sval;
  const zst = self.zst;
  zst.input = data;
  zst.next_in = 0;
  zst.avail_in = data.length;
  const buffer = new OutputBuffer(-1);
  buffer.grow(zst, length);
  let err: number;
  do {
    if (zst.avail_out === 0) buffer.grow(zst);
    err = z_inflate(zst, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_NEED_DICT && self.zdict !== null) {
        if (set_inflate_zdict(self) < 0) return null;
      } else break;
    }
  } while (zst.avail_out === 0 || err === Z_NEED_DICT);
  save_unconsumed_input(self, data, err);
  if (err === Z_STREAM_END) {
    self.eof = true;
    self.is_initialised = false;
    err = zi.inflateEnd(zst);
    if (err !== Z_OK) return zlib_error(zst, err, "while finishing decompression");
  }
  return buffer.finish(zst.avail_out);
}

const comp_methods: PyMethodDef[] = [
  { ml_name: "compress", ml_meth: Compress_compress, ml_flags: METH_O,
    ml_doc: "compress($self, data, /)\n--\n\nCompress data, returning the compressed bytes produced so far (some input may wait\nin internal buffers; flush() releases it)." },
  { ml_name: "flush", ml_meth: Compress_flush, ml_flags: METH_FASTCALL,
    ml_doc: "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn the remaining compressed data. After Z_FINISH the object cannot be used again." },
  { ml_name: "copy", ml_meth: comp_copy, ml_flags: METH_NOARGS,
    ml_doc: "copy($self, /)\n--\n\nReturn a copy of the compression object." },
  { ml_name: "__copy__", ml_meth: comp_copy, ml_flags: METH_NOARGS, ml_doc: "__copy__($self, /)\n--\n\n" },
  { ml_name: "__deepcopy__", ml_meth: comp_deepcopy, ml_flags: METH_O, ml_doc: "__deepcopy__($self, memo, /)\n--\n\n" },
];

const Decomp_methods: PyMethodDef[] = [
  { ml_name: "decompress", ml_meth: Decompress_decompress, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "decompress($self, data, /, max_length=0)\n--\n\nDecompress data, producing at most max_length bytes (0: no limit); input left over\nby the limit goes to unconsumed_tail." },
  { ml_name: "flush", ml_meth: Decompress_flush, ml_flags: METH_FASTCALL,
    ml_doc: "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn the remaining decompressed data." },
  { ml_name: "copy", ml_meth: comp_copy, ml_flags: METH_NOARGS,
    ml_doc: "copy($self, /)\n--\n\nReturn a copy of the decompression object." },
  { ml_name: "__copy__", ml_meth: comp_copy, ml_flags: METH_NOARGS, ml_doc: "__copy__($self, /)\n--\n\n" },
  { ml_name: "__deepcopy__", ml_meth: comp_deepcopy, ml_flags: METH_O, ml_doc: "__deepcopy__($self, memo, /)\n--\n\n" },
];

const Comptype = new PyTypeObject({
  tp_name: "zlib.Compress", tp_basicsize: 168,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: comp_dealloc, tp_methods: comp_methods,
});

const Decomptype = new PyTypeObject({
  tp_name: "zlib.Decompress", tp_basicsize: 168,
  tp_flags: Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: comp_dealloc, tp_methods: Decomp_methods,
  tp_getset: [
    { name: "unused_data", get: (o) => { const v = (o as compobject).unused_data; Py_INCREF(v); return v; } },
    { name: "unconsumed_tail", get: (o) => { const v = (o as compobject).unconsumed_tail; Py_INCREF(v); return v; } },
    { name: "eof", get: (o) => PyBool_FromLong((o as compobject).eof) },
  ],
});

// -- checksums ----------------------------------------------------------------------------------

/** The clinic unsigned_int(bitwise=True) converter: the int's value mod 2**32. */
function uint_bitwise(o: PyObject): number | null {
  const i = _PyNumber_Index(o);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  if (typeof v === "number") return ((v % 4294967296) + 4294967296) % 4294967296;
  return Number(BigInt.asUintN(32, v));
}

function checksum(fname: string, impl: typeof crc32_impl, dflt: number, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, 2)) return null;
  const data = buffer_arg(args[0]);
  if (data === null) return null;
  let value = dflt;
  if (args.length > 1) {
    const v = uint_bitwise(args[1]);
    if (v === null) return null;
    value = v;
  }
  return PyLong_FromNumber(impl(value, data, data.length, 0) >>> 0);
}

/** @cpython zlib_adler32_impl: adler32(data, value=1, /). */
function zlib_adler32(_m: PyObject, args: PyObject[]): PyObject | null {
  return checksum("adler32", adler32_impl, 1, args);
}

/** @cpython zlib_crc32_impl: crc32(data, value=0, /). */
function zlib_crc32(_m: PyObject, args: PyObject[]): PyObject | null {
  return checksum("crc32", crc32_impl, 0, args);
}

const zlib_methods: PyMethodDef[] = [
  { ml_name: "adler32", ml_meth: zlib_adler32, ml_flags: METH_FASTCALL,
    ml_doc: "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data, continuing from value." },
  { ml_name: "compress", ml_meth: zlib_compress, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\nReturns a bytes object containing compressed data." },
  { ml_name: "compressobj", ml_meth: zlib_compressobj, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\nReturn a compressor object." },
  { ml_name: "crc32", ml_meth: zlib_crc32, ml_flags: METH_FASTCALL,
    ml_doc: "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data, continuing from value." },
  { ml_name: "decompress", ml_meth: zlib_decompress, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\nReturns a bytes object containing the uncompressed data." },
  { ml_name: "decompressobj", ml_meth: zlib_decompressobj, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\nReturn a decompressor object." },
];

/** @cpython PyInit_zlib (zlib_exec) */
export function PyInit_zlib(): PyObject | null {
  const m = PyModule_Create("zlib",
    "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\n" +
    "adler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n" +
    "compressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\n" +
    "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n" +
    "'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\n" +
    "objects support decompress() and flush().",
    zlib_methods);
  if (PyType_Ready(Comptype) < 0 || PyType_Ready(Decomptype) < 0) {
    Py_DECREF(m);
    return null;
  }
  if (ZlibError === null) {
    const e = PyErr_NewException("zlib.error", null, null);
    if (e === null) {
      Py_DECREF(m);
      return null;
    }
    ZlibError = e;
  }
  if (PyModule_AddObjectRef(m, "error", ZlibError) < 0) return null;
  const ints: [string, number][] = [
    ["MAX_WBITS", MAX_WBITS], ["DEFLATED", DEFLATED], ["DEF_MEM_LEVEL", DEF_MEM_LEVEL], ["DEF_BUF_SIZE", DEF_BUF_SIZE],
    ["Z_NO_COMPRESSION", 0], ["Z_BEST_SPEED", 1], ["Z_BEST_COMPRESSION", 9], ["Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION],
    ["Z_FILTERED", 1], ["Z_HUFFMAN_ONLY", 2], ["Z_RLE", 3], ["Z_FIXED", 4], ["Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY],
    ["Z_NO_FLUSH", Z_NO_FLUSH], ["Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH], ["Z_SYNC_FLUSH", Z_SYNC_FLUSH],
    ["Z_FULL_FLUSH", Z_FULL_FLUSH], ["Z_FINISH", Z_FINISH], ["Z_BLOCK", Z_BLOCK], ["Z_TREES", Z_TREES],
  ];
  for (const [n, v] of ints) if (PyModule_AddIntConstant(m, n, v) < 0) return null;
  if (PyModule_AddStringConstant(m, "ZLIB_VERSION", ZLIB_VERSION) < 0) return null;
  if (PyModule_AddStringConstant(m, "ZLIB_RUNTIME_VERSION", ZLIB_VERSION) < 0) return null;
  if (PyModule_AddStringConstant(m, "__version__", "1.0") < 0) return null;
  return m;
}
