/**
 * @mirrors Modules/_io/textio.c
 * Text streams: _TextIOBase, IncrementalNewlineDecoder and TextIOWrapper, the layer that
 * turns a buffered binary stream into str with an encoding, an error handler and newline
 * handling — and what sys.stdin, sys.stdout and sys.stderr are.
 *
 * Writing: the text has '\n' replaced by the newline chosen (if any), is encoded, and
 * waits in `pending_bytes` until chunk_size (8192) bytes have gathered, a line-buffered
 * write holds a newline, write_through is set, or a flush; then it goes to buffer.write().
 * ASCII text for an ASCII-compatible encoding waits as the str itself, encoded on the way
 * out (it cannot fail).
 *
 * Reading: chunks from buffer.read1() go through the incremental decoder (wrapped in an
 * IncrementalNewlineDecoder for universal newlines) into `decoded_chars`; read() and
 * readline() take characters from there.
 *
 * tell() returns an opaque cookie packing, little-endian into one int, the byte position
 * of the last point where the decoder held no bytes (start_pos, 64 bits), the decoder
 * flags there (32), the bytes to feed (32) and the characters to skip (32) from there,
 * and whether EOF must be signalled (8):
 *
 *   cookie = start_pos | dec_flags << 64 | bytes_to_feed << 96 | chars_to_skip << 128 | need_eof << 160
 *
 * Codecs: the encodings CPython's own fast paths cover (UTF-8, ASCII, Latin-1, UTF-16 and
 * UTF-32 in their three forms) and utf-8-sig are built in here, with the incremental
 * states Lib/encodings gives them (so cookies match CPython's); any other encoding is
 * looked up through _codecs.lookup() and driven through its incremental encoder/decoder.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_NOARGS, METH_O, METH_VARARGS, METH_FASTCALL,
  METH_KEYWORDS, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, type PyMethodDef,
} from "../../Include/object.ts";
import { PyTuple_Check, PyTuple_FromArray, type PyTupleObject } from "../../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_Fetch, PyErr_Restore, PyErr_ExceptionMatches } from "../../Python/errors.ts";
import {
  PyExc_ValueError, PyExc_OSError, PyExc_TypeError, PyExc_RuntimeError, PyExc_AttributeError, PyExc_LookupError,
  PyExc_UnicodeError, PyExc_ImportError, PyExc_OverflowError,
} from "../../Objects/exceptions.ts";
import {
  PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject, _PyArg_BadArgument, cp_length,
  unicode_encode_utf8, unicode_encode_ucs1, unicode_encode_utf16_32, unicode_decode_utf8, unicode_decode_ascii,
  unicode_decode_latin1, unicode_decode_utf16_32, _Py_normalize_encoding, PyUnicode_GET_LENGTH,
} from "../../Objects/unicodeobject.ts";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../../Objects/bytesobject.ts";
import {
  PyLong_FromNumber, PyLong_FromBigInt, PyLong_AsSsize_t, PyNumber_Long, PyLong_AsBigInt, PyNumber_AsSsize_t, PyLong_Check,
  _PyLong_AsInt,
} from "../../Objects/longobject.ts";
import {
  Py_None, Py_NewNone, PyObject_Repr, PyObject_GetAttr, PyObject_IsTrue, PyObject_GenericGetAttr,
  PyObject_GenericSetAttr, Py_ReprEnter, Py_ReprLeave, PyObject_RichCompareBool, Py_EQ, Py_LT,
} from "../../Objects/object.ts";
import { PyObject_CallMethod, PyObject_Vectorcall } from "../../Objects/call.ts";
import { PyBool_FromLong, Py_True, Py_False } from "../../Objects/boolobject.ts";
import { _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "../../Python/getargs.ts";
import { _PyCodec_LookupTextEncoding, _PyCodecInfo_GetIncrementalDecoder, _PyCodecInfo_GetIncrementalEncoder } from "../../Python/codecs.ts";
import {
  _PyIO_unsupported, _PyIO_LookupAttr, _PyIO_trap_eintr, _PyErr_ChainExceptions, _Py_convert_optional_to_ssize_t,
  _PyIO_ssize_arg, _PyIO_int_arg, _PyIO_BufferData, _Py_GetLocaleEncoding, _Py_utf8_mode, _PyIO_CallMethodInt,
} from "./_iomodule.ts";
import { _PyIOBase_finalize, _PyIO_clear_dict, _PyIOBase_check_closed, PyIOBaseObject } from "./iobase.ts";
import { PyFileIO_Type, _PyFileIO_closed, _PyFileIO_write_array, set_bool_member } from "./fileio.ts";
import {
  PyBufferedReader_Type, PyBufferedWriter_Type, PyBufferedRandom_Type, _bufferedwriter_write_array, buffered_flush,
  type PyBufferedObject,
} from "./bufferedio.ts";

// -- _TextIOBase ------------------------------------------------------------------------------

const textiobase_unsupported = (what: string) => (_self: PyObject): PyObject | null => _PyIO_unsupported(what);

/** @cpython PyTextIOBase_Type */
export const PyTextIOBase_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io._TextIOBase", tp_flags: Py_TPFLAGS_BASETYPE,
  tp_methods: [
    { ml_name: "detach", ml_meth: textiobase_unsupported("detach"), ml_flags: METH_NOARGS,
      ml_doc: "Separate the buffer from the text stream and return it." },
    { ml_name: "read", ml_meth: textiobase_unsupported("read"), ml_flags: METH_FASTCALL, ml_doc: "Read up to n characters." },
    { ml_name: "readline", ml_meth: textiobase_unsupported("readline"), ml_flags: METH_FASTCALL, ml_doc: "Read up to the next newline." },
    { ml_name: "write", ml_meth: textiobase_unsupported("write"), ml_flags: METH_FASTCALL, ml_doc: "Write a string; its length." },
  ],
  tp_getset: [
    { name: "encoding", get: () => Py_NewNone(), doc: "The encoding of the stream (None here)." },
    { name: "newlines", get: () => Py_NewNone(), doc: "The newlines met so far in reading (None here)." },
    { name: "errors", get: () => Py_NewNone(), doc: "The error handler of the codec (None here)." },
  ],
  tp_doc: "The base class of text streams: reading and writing str, by characters and lines.",
});

// -- codecs ---------------------------------------------------------------------------------

/** A decoder's state: the bytes it holds back and its flags (an int). */
interface DecoderState {
  buf: PyObject;
  flags: number;
}

/** An incremental decoder (codecs.IncrementalDecoder's protocol). Methods return null / -1 with an error set. */
export interface IODecoder {
  decode(input: Uint8Array, final: boolean): string | null;
  getstate(): DecoderState | null;
  setstate(buf: PyObject, flags: number): number;
  reset(): number;
}

/** An incremental encoder (the part of codecs.IncrementalEncoder TextIOWrapper uses). */
export interface IOEncoder {
  /** Whether ASCII text comes out as its own bytes (so it may wait unencoded). */
  readonly asciicompat: boolean;
  encode(text: PyUnicodeObject): Uint8Array | null;
  reset(): number;
  /** setstate(0): no byte-order mark from now on. */
  setstate0(): number;
}

const EMPTY = new Uint8Array(0);

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function bytes_state(buf: Uint8Array, flags: number): DecoderState {
  return { buf: PyBytes_FromArray(buf.slice()), flags };
}

/** The bytes of a state's buffer (a bytes object), or null with the TypeError. */
function state_bytes(buf: PyObject): Uint8Array | null {
  if (!PyBytes_Check(buf)) {
    PyErr_SetString(PyExc_TypeError, `illegal decoder state: the first item should be a bytes object, not '${buf.ob_type.tp_name}'`);
    return null;
  }
  return (buf as PyBytesObject).ob_sval;
}

/** codecs.BufferedIncrementalDecoder over UTF-8 (and utf-8-sig's BOM handling). */
class Utf8Decoder implements IODecoder {
  buffer: Uint8Array = EMPTY;
  first = 1;
  constructor(readonly errors: string, readonly sig: boolean) {}
  decode(input: Uint8Array, final: boolean): string | null {
    let data = join(this.buffer, input);
    let skip = 0;
    if (this.sig && this.first) {
      if (data.length < 3) {
        const bom = [0xef, 0xbb, 0xbf];
        if (data.every((b, i) => b === bom[i])) {
          this.buffer = data;
          return "";
        }
        this.first = 0;
      } else {
        this.first = 0;
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) skip = 3;
      }
    }
    const r = unicode_decode_utf8(skip ? data.subarray(skip) : data, this.errors, final);
    if (r === null) return null;
    data = skip ? data.subarray(skip) : data;
    this.buffer = r[1] === data.length ? EMPTY : data.slice(r[1]);
    return r[0];
  }
  getstate(): DecoderState {
    return bytes_state(this.buffer, this.sig ? this.first : 0);
  }
  setstate(buf: PyObject, flags: number): number {
    const b = state_bytes(buf);
    if (b === null) return -1;
    this.buffer = b.slice();
    if (this.sig) this.first = flags;
    return 0;
  }
  reset(): number {
    this.buffer = EMPTY;
    this.first = 1;
    return 0;
  }
}

/** ASCII and Latin-1 decoders: stateless (codecs.IncrementalDecoder). */
class SingleByteDecoder implements IODecoder {
  constructor(readonly errors: string, readonly ascii: boolean) {}
  decode(input: Uint8Array, _final: boolean): string | null {
    return this.ascii ? unicode_decode_ascii(input, this.errors) : unicode_decode_latin1(input);
  }
  getstate(): DecoderState {
    return bytes_state(EMPTY, 0);
  }
  setstate(_buf: PyObject, _flags: number): number {
    return 0;
  }
  reset(): number {
    return 0;
  }
}

/**
 * UTF-16/UTF-32 incremental decoders as Lib/encodings writes them: with a fixed byte order
 * (-1 little, 1 big), or (0) reading a BOM first; the state flag is 2 while the order is
 * not known, then 0 for the machine's (little-endian) order and 1 for the other.
 */
class UtfWideDecoder implements IODecoder {
  buffer: Uint8Array = EMPTY;
  /** The byte order found; 0 while not known (only when reading a BOM). */
  order: number;
  constructor(readonly errors: string, readonly width: number, readonly byteorder: number) {
    this.order = byteorder;
  }
  decode(input: Uint8Array, final: boolean): string | null {
    const data = join(this.buffer, input);
    let r: [string, number, number] | null;
    if (this.order === 0) {
      r = unicode_decode_utf16_32(data, this.errors, 0, this.width, final);
      if (r === null) return null;
      if (r[2] === -1 || r[2] === 1) this.order = r[2];
      else if (r[1] >= (this.width === 2 ? 2 : 4)) {
        PyErr_SetString(PyExc_UnicodeError, `UTF-${this.width * 8} stream does not start with BOM`);
        return null;
      }
    } else {
      r = unicode_decode_utf16_32(data, this.errors, this.order, this.width, final);
      if (r === null) return null;
    }
    this.buffer = r[1] === data.length ? EMPTY : data.slice(r[1]);
    return r[0];
  }
  getstate(): DecoderState {
    if (this.byteorder !== 0) return bytes_state(this.buffer, 0);
    return bytes_state(this.buffer, this.order === 0 ? 2 : this.order === 1 ? 1 : 0);
  }
  setstate(buf: PyObject, flags: number): number {
    const b = state_bytes(buf);
    if (b === null) return -1;
    this.buffer = b.slice();
    if (this.byteorder === 0) this.order = flags === 0 ? -1 : flags === 1 ? 1 : 0;
    return 0;
  }
  reset(): number {
    this.buffer = EMPTY;
    this.order = this.byteorder;
    return 0;
  }
}

/** A decoder written in Python (from the codec registry), called through its methods. */
class PyObjectDecoder implements IODecoder {
  constructor(readonly obj: PyObject) {}
  /** decode(input, final) with any object as input; a str, or null. */
  decode_object(input: PyObject, final: boolean): string | null {
    const res = PyObject_CallMethod(this.obj, "decode", [input, final ? Py_True : Py_False]);
    return check_decoded(res);
  }
  decode(input: Uint8Array, final: boolean): string | null {
    const b = PyBytes_FromArray(input);
    const r = this.decode_object(b, final);
    Py_DECREF(b);
    return r;
  }
  getstate(): DecoderState | null {
    const state = PyObject_CallMethod(this.obj, "getstate", []);
    if (state === null) return null;
    if (!PyTuple_Check(state)) {
      Py_DECREF(state);
      return PyErr_SetString(PyExc_TypeError, "illegal decoder state");
    }
    const items = (state as PyTupleObject).ob_item;
    if (items.length !== 2 || !PyLong_Check(items[1])) {
      Py_DECREF(state);
      return PyErr_SetString(PyExc_TypeError, "illegal decoder state");
    }
    const flags = PyNumber_AsSsize_t(items[1], null);
    if (flags === -1 && PyErr_Occurred()) {
      Py_DECREF(state);
      return null;
    }
    const buf = items[0];
    Py_INCREF(buf);
    Py_DECREF(state);
    return { buf, flags };
  }
  setstate(buf: PyObject, flags: number): number {
    const f = PyLong_FromNumber(flags);
    const st = PyTuple_FromArray([buf, f]);
    Py_DECREF(f);
    const r = PyObject_CallMethod(this.obj, "setstate", [st]);
    Py_DECREF(st);
    if (r === null) return -1;
    Py_DECREF(r);
    return 0;
  }
  reset(): number {
    const r = PyObject_CallMethod(this.obj, "reset", []);
    if (r === null) return -1;
    Py_DECREF(r);
    return 0;
  }
}

/** @cpython check_decoded: a decoder's result must be a str. Takes the reference. */
function check_decoded(decoded: PyObject | null): string | null {
  if (decoded === null) return null;
  if (!PyUnicode_Check(decoded)) {
    PyErr_SetString(PyExc_TypeError, `decoder should return a string result, not '${decoded.ob_type.tp_name}'`);
    Py_DECREF(decoded);
    return null;
  }
  const s = (decoded as PyUnicodeObject).str;
  Py_DECREF(decoded);
  return s;
}

const ASCII_RE = /^[\x00-\x7f]*$/;

/** Encoders for the built-in codecs. */
class NativeEncoder implements IOEncoder {
  readonly asciicompat: boolean;
  /** A byte-order mark (or the utf-8-sig signature) is still to be written. */
  bom: boolean;
  constructor(readonly codec: string, readonly errors: string) {
    this.asciicompat = codec === "utf_8" || codec === "latin_1" || codec === "ascii";
    this.bom = true;
  }
  encode(text: PyUnicodeObject): Uint8Array | null {
    const s = text.str;
    switch (this.codec) {
      case "utf_8": return unicode_encode_utf8(s, this.errors);
      case "ascii": return unicode_encode_ucs1(s, this.errors, 128);
      case "latin_1": return unicode_encode_ucs1(s, this.errors, 256);
      case "utf_8_sig": {
        const b = unicode_encode_utf8(s, this.errors);
        if (b === null || !this.bom) return b;
        this.bom = false;
        return join(Uint8Array.of(0xef, 0xbb, 0xbf), b);
      }
      case "utf_16_le": return unicode_encode_utf16_32(s, this.errors, -1, 2);
      case "utf_16_be": return unicode_encode_utf16_32(s, this.errors, 1, 2);
      case "utf_32_le": return unicode_encode_utf16_32(s, this.errors, -1, 4);
      case "utf_32_be": return unicode_encode_utf16_32(s, this.errors, 1, 4);
      case "utf_16": case "utf_32": {
        const width = this.codec === "utf_16" ? 2 : 4;
        const b = unicode_encode_utf16_32(s, this.errors, this.bom ? 0 : -1, width);
        if (b !== null) this.bom = false;
        return b;
      }
    }
    return null;
  }
  reset(): number {
    this.bom = true;
    return 0;
  }
  setstate0(): number {
    this.bom = false;
    return 0;
  }
}

/** An encoder written in Python (from the codec registry). */
class PyObjectEncoder implements IOEncoder {
  readonly asciicompat = false;
  constructor(readonly obj: PyObject) {}
  encode(text: PyUnicodeObject): Uint8Array | null {
    const b = PyObject_CallMethod(this.obj, "encode", [text]);
    if (b === null) return null;
    if (!PyBytes_Check(b)) {
      PyErr_SetString(PyExc_TypeError, `encoder should return a bytes object, not '${b.ob_type.tp_name}'`);
      Py_DECREF(b);
      return null;
    }
    const data = (b as PyBytesObject).ob_sval;
    Py_DECREF(b);
    return data;
  }
  reset(): number {
    const r = PyObject_CallMethod(this.obj, "reset", []);
    if (r === null) return -1;
    Py_DECREF(r);
    return 0;
  }
  setstate0(): number {
    const r = _PyIO_CallMethodInt(this.obj, "setstate", 0);
    if (r === null) return -1;
    Py_DECREF(r);
    return 0;
  }
}

/** Encoding names (normalized) that mean a codec built in here. */
const BUILTIN_NAMES: Record<string, string> = {
  utf_8: "utf_8", utf8: "utf_8", u8: "utf_8", utf: "utf_8", utf8_ucs2: "utf_8", utf8_ucs4: "utf_8", cp65001: "utf_8",
  utf_8_sig: "utf_8_sig", utf8_sig: "utf_8_sig",
  ascii: "ascii", us_ascii: "ascii", "646": "ascii", "ansi_x3.4_1968": "ascii", ansi_x3_4_1968: "ascii", "ansi_x3.4_1986": "ascii",
  cp367: "ascii", csascii: "ascii", ibm367: "ascii", iso646_us: "ascii", "iso_646.irv_1991": "ascii", iso_ir_6: "ascii", us: "ascii",
  latin_1: "latin_1", latin1: "latin_1", latin: "latin_1", l1: "latin_1", iso_8859_1: "latin_1", iso8859_1: "latin_1",
  "8859": "latin_1", cp819: "latin_1", csisolatin1: "latin_1", ibm819: "latin_1", iso8859: "latin_1", iso_8859_1_1987: "latin_1",
  iso_ir_100: "latin_1",
  utf_16: "utf_16", utf16: "utf_16", u16: "utf_16", utf_16le: "utf_16_le", utf_16_le: "utf_16_le", unicodelittleunmarked: "utf_16_le",
  utf_16be: "utf_16_be", utf_16_be: "utf_16_be", unicodebigunmarked: "utf_16_be",
  utf_32: "utf_32", utf32: "utf_32", u32: "utf_32", utf_32le: "utf_32_le", utf_32_le: "utf_32_le", utf_32be: "utf_32_be",
  utf_32_be: "utf_32_be",
};

/** The name codecs.lookup() gives each built-in codec (CodecInfo.name). */
const CODEC_INFO_NAME: Record<string, string> = {
  utf_8: "utf-8", utf_8_sig: "utf-8-sig", ascii: "ascii", latin_1: "iso8859-1", utf_16: "utf-16", utf_16_le: "utf-16-le",
  utf_16_be: "utf-16-be", utf_32: "utf-32", utf_32_le: "utf-32-le", utf_32_be: "utf-32-be",
};

/** What _PyCodec_LookupTextEncoding finds: a way to make the incremental encoder and decoder. */
export interface TextCodec {
  /** A built-in codec's id, or null for one from the registry. */
  builtin: string | null;
  /** The CodecInfo from the registry (owned), for the others. */
  info: PyObject | null;
}

/** The built-in codec an encoding name means, or null. */
function builtin_text_codec(encoding: string): string | null {
  const n = _Py_normalize_encoding(encoding);
  return BUILTIN_NAMES[n] ?? BUILTIN_NAMES[n.replace(/\./g, "_")] ?? null;
}

/**
 * The codec for an encoding name: a built-in one, else what the codec registry's
 * _PyCodec_LookupTextEncoding finds (refusing codecs that are not text encodings).
 */
export function textio_lookup_codec(encoding: string, alternate_command: string): TextCodec | null {
  const builtin = builtin_text_codec(encoding);
  if (builtin !== null) return { builtin, info: null };
  const info = _PyCodec_LookupTextEncoding(encoding, alternate_command);
  if (info === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_LookupError, `unknown encoding: ${encoding}`);
    return null;
  }
  return { builtin: null, info };
}

/** @cpython _PyCodecInfo_GetIncrementalDecoder */
function codec_decoder(codec: TextCodec, errors: string): IODecoder | null {
  switch (codec.builtin) {
    case null: break;
    case "utf_8": return new Utf8Decoder(errors, false);
    case "utf_8_sig": return new Utf8Decoder(errors, true);
    case "ascii": return new SingleByteDecoder(errors, true);
    case "latin_1": return new SingleByteDecoder(errors, false);
    case "utf_16": return new UtfWideDecoder(errors, 2, 0);
    case "utf_16_le": return new UtfWideDecoder(errors, 2, -1);
    case "utf_16_be": return new UtfWideDecoder(errors, 2, 1);
    case "utf_32": return new UtfWideDecoder(errors, 4, 0);
    case "utf_32_le": return new UtfWideDecoder(errors, 4, -1);
    default: return new UtfWideDecoder(errors, 4, 1);
  }
  const obj = _PyCodecInfo_GetIncrementalDecoder(codec.info!, errors);
  return obj === null ? null : new PyObjectDecoder(obj);
}

/** @cpython _PyCodecInfo_GetIncrementalEncoder */
function codec_encoder(codec: TextCodec, errors: string): IOEncoder | null {
  if (codec.builtin !== null) return new NativeEncoder(codec.builtin, errors);
  const obj = _PyCodecInfo_GetIncrementalEncoder(codec.info!, errors);
  return obj === null ? null : new PyObjectEncoder(obj);
}

// -- IncrementalNewlineDecoder ------------------------------------------------------------------

const SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4, SEEN_ALL = SEEN_CR | SEEN_LF | SEEN_CRLF;

/**
 * @cpython nldecoder_object (its logic): translates '\r\n' and '\r' to '\n' when asked,
 * records which newlines it met, and holds back a final '\r' so that a '\r\n' split
 * between two chunks is seen whole.
 */
export class NLDecoder implements IODecoder {
  pendingcr = false;
  seennl = 0;
  constructor(public inner: IODecoder | null, public translate: boolean) {}

  decode(input: Uint8Array, final: boolean): string | null {
    const output = this.inner === null ? null : this.inner.decode(input, final);
    if (output === null) return null;
    return this.decode_text(output, final);
  }

  /** @cpython _PyIncrementalNewlineDecoder_decode (after the inner decoder ran). */
  decode_text(output: string, final: boolean): string {
    if (this.pendingcr && (final || output.length > 0)) {
      output = "\r" + output;
      this.pendingcr = false;
    }
    if (!final && output.length > 0 && output.charCodeAt(output.length - 1) === 0x0d) {
      output = output.slice(0, -1);
      this.pendingcr = true;
    }
    const len = output.length;
    if (len === 0) return output;
    let seennl = this.seennl;
    const only_lf = (seennl === SEEN_LF || seennl === 0) && output.indexOf("\r") < 0;
    if (only_lf) {
      if (seennl === 0 && output.indexOf("\n") >= 0) seennl |= SEEN_LF;
    } else if (!this.translate) {
      if (seennl !== SEEN_ALL) {
        for (let i = 0; i < len; i++) {
          const c = output.charCodeAt(i);
          if (c === 0x0a) seennl |= SEEN_LF;
          else if (c === 0x0d) {
            if (output.charCodeAt(i + 1) === 0x0a) {
              seennl |= SEEN_CRLF;
              i++;
            } else seennl |= SEEN_CR;
          }
          if (seennl === SEEN_ALL) break;
        }
      }
    } else {
      let out = "";
      let last = 0;
      for (let i = 0; i < len; i++) {
        const c = output.charCodeAt(i);
        if (c === 0x0a) seennl |= SEEN_LF;
        else if (c === 0x0d) {
          out += output.slice(last, i) + "\n";
          if (output.charCodeAt(i + 1) === 0x0a) {
            seennl |= SEEN_CRLF;
            i++;
          } else seennl |= SEEN_CR;
          last = i + 1;
        }
      }
      output = out + output.slice(last);
    }
    this.seennl |= seennl;
    return output;
  }

  /** @cpython _io_IncrementalNewlineDecoder_getstate_impl */
  getstate(): DecoderState | null {
    let buf: PyObject;
    let flag: number;
    if (this.inner !== null) {
      const st = this.inner.getstate();
      if (st === null) return null;
      buf = st.buf;
      flag = st.flags;
    } else {
      buf = PyBytes_FromArray(EMPTY);
      flag = 0;
    }
    flag *= 2;
    if (this.pendingcr) flag += 1;
    return { buf, flags: flag };
  }

  setstate(buf: PyObject, flags: number): number {
    this.pendingcr = (flags & 1) !== 0;
    const inner = Math.floor(flags / 2);
    if (this.inner !== null) return this.inner.setstate(buf, inner);
    return 0;
  }

  reset(): number {
    this.seennl = 0;
    this.pendingcr = false;
    if (this.inner !== null) return this.inner.reset();
    return 0;
  }

  /** @cpython incrementalnewlinedecoder_newlines_get */
  newlines(): PyObject {
    switch (this.seennl) {
      case SEEN_CR: return PyUnicode_FromString("\r");
      case SEEN_LF: return PyUnicode_FromString("\n");
      case SEEN_CRLF: return PyUnicode_FromString("\r\n");
      case SEEN_CR | SEEN_LF: return strs("\r", "\n");
      case SEEN_CR | SEEN_CRLF: return strs("\r", "\r\n");
      case SEEN_LF | SEEN_CRLF: return strs("\n", "\r\n");
      case SEEN_ALL: return strs("\r", "\n", "\r\n");
    }
    return Py_NewNone();
  }
}

function strs(...items: string[]): PyObject {
  const objs = items.map((s) => PyUnicode_FromString(s));
  const t = PyTuple_FromArray(objs);
  for (const o of objs) Py_DECREF(o);
  return t;
}

/** @cpython nldecoder_object: the Python-visible IncrementalNewlineDecoder. */
export class PyNLDecoderObject extends PyObject {
  /** null until __init__ ran. */
  nl: NLDecoder | null;
  decoder: PyObject | null;
  errors: PyObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.nl = null;
    this.decoder = null;
    this.errors = null;
  }
}

/** @cpython _io_IncrementalNewlineDecoder___init___impl: (decoder, translate, errors='strict') */
function nldecoder_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as PyNLDecoderObject;
  const a = _PyArg_UnpackKeywords(args, kwnames, "IncrementalNewlineDecoder", ["decoder", "translate", "errors"], 2, 3, 0);
  if (a === null) return -1;
  const translate = _PyIO_int_arg(a[1]!);
  if (translate === null) return -1;
  const errors = a[2] ?? PyUnicode_FromString("strict");
  if (a[2] !== null) Py_INCREF(errors);
  const decoder = a[0]!;
  Py_INCREF(decoder);
  Py_XDECREF(self.errors);
  Py_XDECREF(self.decoder);
  self.errors = errors;
  self.decoder = decoder;
  self.nl = new NLDecoder(decoder === Py_None ? null : new PyObjectDecoder(decoder), translate !== 0);
  return 0;
}

function nl_checked(self: PyNLDecoderObject): NLDecoder | null {
  if (self.nl === null) return PyErr_SetString(PyExc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
  return self.nl;
}

/** @cpython _PyIncrementalNewlineDecoder_decode (for the Python-visible object). */
function nldecoder_decode_object(self: PyNLDecoderObject, input: PyObject, final: boolean): PyObject | null {
  const nl = nl_checked(self);
  if (nl === null) return null;
  let output: string | null;
  if (nl.inner === null) {
    Py_INCREF(input);
    output = check_decoded(input);
  } else {
    output = (nl.inner as PyObjectDecoder).decode_object(input, final);
  }
  if (output === null) return null;
  return PyUnicode_FromString(nl.decode_text(output, final));
}

/** @cpython _io_IncrementalNewlineDecoder_decode_impl: decode(input, final=False) */
function nldecoder_decode(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "decode", ["input", "final"], 1, 2, 0);
  if (a === null) return null;
  let final = 0;
  if (a[1] !== null) {
    const f = _PyIO_int_arg(a[1]);
    if (f === null) return null;
    final = f;
  }
  return nldecoder_decode_object(op as PyNLDecoderObject, a[0]!, final !== 0);
}

function nldecoder_getstate(op: PyObject): PyObject | null {
  const nl = nl_checked(op as PyNLDecoderObject);
  if (nl === null) return null;
  const st = nl.getstate();
  if (st === null) return null;
  const f = PyLong_FromNumber(st.flags);
  const t = PyTuple_FromArray([st.buf, f]);
  Py_DECREF(st.buf);
  Py_DECREF(f);
  return t;
}

function nldecoder_setstate(op: PyObject, state: PyObject): PyObject | null {
  const nl = nl_checked(op as PyNLDecoderObject);
  if (nl === null) return null;
  if (!PyTuple_Check(state)) return PyErr_SetString(PyExc_TypeError, "state argument must be a tuple");
  const items = (state as PyTupleObject).ob_item;
  if (items.length !== 2 || !PyLong_Check(items[1])) return PyErr_SetString(PyExc_TypeError, "setstate(): illegal state argument");
  const flag = PyNumber_AsSsize_t(items[1], null);
  if (flag === -1 && PyErr_Occurred()) return null;
  if (nl.setstate(items[0], flag) < 0) return null;
  return Py_NewNone();
}

function nldecoder_reset(op: PyObject): PyObject | null {
  const nl = nl_checked(op as PyNLDecoderObject);
  if (nl === null) return null;
  if (nl.reset() < 0) return null;
  return Py_NewNone();
}

function nldecoder_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyNLDecoderObject(type);
}

function nldecoder_dealloc(op: PyObject): void {
  const self = op as PyNLDecoderObject;
  const d = self.decoder, e = self.errors;
  self.decoder = self.errors = null;
  self.nl = null;
  Py_XDECREF(d);
  Py_XDECREF(e);
  _PyIO_clear_dict(self);
}

/** @cpython PyIncrementalNewlineDecoder_Type */
export const PyIncrementalNewlineDecoder_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.IncrementalNewlineDecoder", tp_basicsize: 40, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_dealloc: nldecoder_dealloc, tp_new: nldecoder_new, tp_init: nldecoder_init,
  tp_methods: [
    { ml_name: "decode", ml_meth: nldecoder_decode, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "getstate", ml_meth: nldecoder_getstate, ml_flags: METH_NOARGS },
    { ml_name: "setstate", ml_meth: nldecoder_setstate, ml_flags: METH_O },
    { ml_name: "reset", ml_meth: nldecoder_reset, ml_flags: METH_NOARGS },
  ],
  tp_getset: [{
    name: "newlines", get: (o) => {
      const nl = nl_checked(o as PyNLDecoderObject);
      return nl === null ? null : nl.newlines();
    },
  }],
  tp_doc: "Wraps an incremental decoder (or None, for str input) to translate '\\r\\n' and '\\r'\n" +
    "into '\\n' (when translate is true) and to note which newlines were seen.",
});

// -- finding line endings ---------------------------------------------------------------------

/**
 * @cpython _PyIO_find_line_ending: in s[start:end], the end of the first line (just past its
 * terminator), or -1 with `consumed.n` set to how much can be set aside (the whole text, or
 * up to a possible start of a multi-character terminator).
 */
export function _PyIO_find_line_ending(
  translated: boolean, universal: boolean, readnl: string | null, s: string, start: number, end: number,
  consumed: { n: number },
): number {
  if (translated) {
    const pos = s.indexOf("\n", start);
    if (pos >= 0 && pos < end) return pos - start + 1;
    consumed.n = end - start;
    return -1;
  }
  if (universal) {
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x0d) continue;
      if (c === 0x0a) return i - start + 1;
      if (c === 0x0d) {
        if (i + 1 < end && s.charCodeAt(i + 1) === 0x0a) return i - start + 2;
        return i - start + 1;
      }
    }
    consumed.n = end - start;
    return -1;
  }
  const nl = readnl!;
  if (nl.length === 1) {
    const pos = s.indexOf(nl, start);
    if (pos >= 0 && pos < end) return pos - start + 1;
    consumed.n = end - start;
    return -1;
  }
  const pos = s.indexOf(nl, start);
  if (pos >= 0 && pos + nl.length <= end) return pos - start + nl.length;
  // A possible beginning of the terminator at the very end stays for the next chunk.
  const e = Math.max(start, end - (nl.length - 1));
  const p = s.indexOf(nl[0], e);
  consumed.n = p >= 0 && p < end ? p - start : end - start;
  return -1;
}

// -- TextIOWrapper ----------------------------------------------------------------------------

/** @cpython textio */
export class PyTextIOWrapperObject extends PyObject {
  ok: number;
  detached: boolean;
  chunk_size: number;
  buffer: PyObject | null;
  encoding: PyObject | null;
  encoder: IOEncoder | null;
  decoder: IODecoder | null;
  readnl: string | null;
  errors: PyObject | null;
  /** What '\n' becomes on output; null for '\n' itself. */
  writenl: string | null;
  line_buffering: boolean;
  write_through: boolean;
  readuniversal: boolean;
  readtranslate: boolean;
  writetranslate: boolean;
  seekable: boolean;
  has_read1: boolean;
  telling: boolean;
  finalizing: boolean;
  /** Decoded text not yet returned, and how much of it (UTF-16 units) was used. */
  decoded_chars: string | null;
  decoded_chars_used: number;
  /** Text waiting to be written: ASCII strs and encoded bytes, pending_bytes_count bytes in all. */
  pending_bytes: (string | Uint8Array)[] | null;
  pending_bytes_count: number;
  /** (dec_flags, next_input) at the last safe point, for tell(). */
  snapshot_flags: number;
  snapshot_input: Uint8Array | null;
  b2cratio: number;
  /** The raw FileIO, when buffer is an exact Buffered* over an exact FileIO (fast closed checks). */
  raw: PyObject | null;
  /** buffer, when it is an exact BufferedWriter/BufferedRandom (writes go straight in). */
  buffer_fast: PyBufferedObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.ok = 0;
    this.detached = false;
    this.chunk_size = 8192;
    this.buffer = null;
    this.encoding = null;
    this.encoder = null;
    this.decoder = null;
    this.readnl = null;
    this.errors = null;
    this.writenl = null;
    this.line_buffering = false;
    this.write_through = false;
    this.readuniversal = false;
    this.readtranslate = false;
    this.writetranslate = false;
    this.seekable = false;
    this.has_read1 = false;
    this.telling = false;
    this.finalizing = false;
    this.decoded_chars = null;
    this.decoded_chars_used = 0;
    this.pending_bytes = null;
    this.pending_bytes_count = 0;
    this.snapshot_flags = 0;
    this.snapshot_input = null;
    this.b2cratio = 0;
    this.raw = null;
    this.buffer_fast = null;
  }
}

type textio = PyTextIOWrapperObject;

/** @cpython validate_newline */
function validate_newline(newline: string | null): boolean {
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") {
    PyErr_SetString(PyExc_ValueError, `illegal newline value: ${newline}`);
    return false;
  }
  return true;
}

/** @cpython set_newline */
function set_newline(self: textio, newline: string | null): void {
  self.readnl = newline;
  self.readuniversal = newline === null || newline === "";
  self.readtranslate = newline === null;
  self.writetranslate = newline === null || newline !== "";
  if (!self.readuniversal && self.readnl !== null) {
    self.writenl = self.readnl === "\n" ? null : self.readnl;
  } else {
    self.writenl = null; // os.linesep is '\n'
  }
}

/** @cpython _textiowrapper_set_decoder */
function _textiowrapper_set_decoder(self: textio, codec: TextCodec, errors: string): number {
  const r = _PyIO_CallBoolMethod(self.buffer!, "readable");
  if (r < 0) return -1;
  if (r !== 1) return 0;
  const dec = codec_decoder(codec, errors);
  if (dec === null) return -1;
  self.decoder = self.readuniversal ? new NLDecoder(dec, self.readtranslate) : dec;
  return 0;
}

/** @cpython _textiowrapper_set_encoder */
function _textiowrapper_set_encoder(self: textio, codec: TextCodec, errors: string): number {
  const r = _PyIO_CallBoolMethod(self.buffer!, "writable");
  if (r < 0) return -1;
  if (r !== 1) return 0;
  const enc = codec_encoder(codec, errors);
  if (enc === null) return -1;
  self.encoder = enc;
  return 0;
}

function _PyIO_CallBoolMethod(obj: PyObject, name: string): number {
  const res = PyObject_CallMethod(obj, name, []);
  if (res === null) return -1;
  const r = PyObject_IsTrue(res);
  Py_DECREF(res);
  return r;
}

/** @cpython _textiowrapper_fix_encoder_state: no BOM when appending to a non-empty file. */
function _textiowrapper_fix_encoder_state(self: textio): number {
  if (!self.seekable || self.encoder === null) return 0;
  const cookieObj = PyObject_CallMethod(self.buffer!, "tell", []);
  if (cookieObj === null) return -1;
  const zero = PyLong_FromNumber(0);
  const cmp = PyObject_RichCompareBool(cookieObj, zero, Py_EQ);
  Py_DECREF(zero);
  Py_DECREF(cookieObj);
  if (cmp < 0) return -1;
  if (cmp === 0) return self.encoder.setstate0();
  return 0;
}

const TEXTIO_KWLIST = ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"];

/** @cpython _io_TextIOWrapper___init___impl */
function textiowrapper_init(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = op as textio;
  const a = _PyArg_UnpackKeywords(args, kwnames, "TextIOWrapper", TEXTIO_KWLIST, 1, 6, 0);
  if (a === null) return -1;
  const buffer = a[0]!;
  let encoding: string | null = null;
  if (a[1] !== null && a[1] !== Py_None) {
    if (!PyUnicode_Check(a[1])) {
      _PyArg_BadArgument("TextIOWrapper", "argument 'encoding'", "str or None", a[1]);
      return -1;
    }
    encoding = (a[1] as PyUnicodeObject).str;
  }
  let errors: PyObject = a[2] ?? Py_None;
  let newline: string | null = null;
  if (a[3] !== null && a[3] !== Py_None) {
    if (!PyUnicode_Check(a[3])) {
      _PyArg_BadArgument("TextIOWrapper", "argument 'newline'", "str or None", a[3]);
      return -1;
    }
    newline = (a[3] as PyUnicodeObject).str;
  }
  let line_buffering = 0, write_through = 0;
  if (a[4] !== null) {
    const v = _PyIO_int_arg(a[4]);
    if (v === null) return -1;
    line_buffering = v;
  }
  if (a[5] !== null) {
    const v = _PyIO_int_arg(a[5]);
    if (v === null) return -1;
    write_through = v;
  }
  self.ok = 0;
  self.detached = false;
  if (errors === Py_None) errors = PyUnicode_FromString("strict");
  else if (!PyUnicode_Check(errors)) {
    PyErr_SetString(PyExc_TypeError, `TextIOWrapper() argument 'errors' must be str or None, not ${errors.ob_type.tp_name}`);
    return -1;
  } else Py_INCREF(errors);
  if (!validate_newline(newline)) {
    Py_DECREF(errors);
    return -1;
  }
  textiowrapper_clear(self);
  self.decoded_chars_used = 0;
  self.pending_bytes_count = 0;
  self.b2cratio = 0;
  let encname: string;
  if (encoding === null && _Py_utf8_mode()) encname = "utf-8";
  else if (encoding === null || encoding === "locale") encname = _Py_GetLocaleEncoding();
  else encname = encoding;
  self.encoding = PyUnicode_FromString(encname);
  const codec = textio_lookup_codec(encname, "codecs.open()");
  if (codec === null) {
    Py_DECREF(self.encoding);
    self.encoding = null;
    Py_DECREF(errors);
    return -1;
  }
  self.errors = errors;
  self.chunk_size = 8192;
  self.line_buffering = line_buffering !== 0;
  self.write_through = write_through !== 0;
  set_newline(self, newline);
  Py_INCREF(buffer);
  self.buffer = buffer;
  const errstr = (errors as PyUnicodeObject).str;
  const fail = (): number => {
    Py_XDECREF(codec.info);
    return -1;
  };
  if (_textiowrapper_set_decoder(self, codec, errstr) !== 0) return fail();
  if (_textiowrapper_set_encoder(self, codec, errstr) !== 0) return fail();
  Py_XDECREF(codec.info);
  const bt = buffer.ob_type;
  if (bt === PyBufferedReader_Type || bt === PyBufferedWriter_Type || bt === PyBufferedRandom_Type) {
    const raw = (buffer as PyBufferedObject).raw;
    if (raw !== null && raw.ob_type === PyFileIO_Type) {
      Py_INCREF(raw);
      self.raw = raw;
    }
    if (bt !== PyBufferedReader_Type) self.buffer_fast = buffer as PyBufferedObject;
  } else if (bt === PyFileIO_Type) {
    // Unbuffered (-u) std streams sit right on a FileIO: the same fast closed check.
    Py_INCREF(buffer);
    self.raw = buffer;
  }
  const r = _PyIO_CallBoolMethod(buffer, "seekable");
  if (r < 0) return -1;
  self.seekable = self.telling = r !== 0;
  const read1 = _PyIO_LookupAttr(buffer, "read1");
  if (read1 === null) return -1;
  if (read1 !== undefined) Py_DECREF(read1);
  self.has_read1 = read1 !== undefined;
  if (_textiowrapper_fix_encoder_state(self) < 0) return -1;
  self.ok = 1;
  return 0;
}

/** @cpython convert_optional_bool */
function convert_optional_bool(obj: PyObject, default_value: boolean): number {
  if (obj === Py_None) return default_value ? 1 : 0;
  const v = PyNumber_AsSsize_t(obj, null);
  if (v === -1 && PyErr_Occurred()) return -1;
  return v !== 0 ? 1 : 0;
}

/** @cpython textiowrapper_change_encoding */
function textiowrapper_change_encoding(self: textio, encoding: PyObject, errors: PyObject, newline_changed: boolean): number {
  if (encoding === Py_None && errors === Py_None && !newline_changed) return 0;
  let enc: PyObject;
  if (encoding === Py_None) {
    enc = self.encoding!;
    if (errors === Py_None) errors = self.errors!;
    Py_INCREF(enc);
  } else {
    if (!PyUnicode_Check(encoding)) {
      PyErr_SetString(PyExc_TypeError, `reconfigure() argument 'encoding' must be str or None, not ${encoding.ob_type.tp_name}`);
      return -1;
    }
    if ((encoding as PyUnicodeObject).str === "locale") enc = PyUnicode_FromString(_Py_GetLocaleEncoding());
    else {
      enc = encoding;
      Py_INCREF(enc);
    }
    if (errors === Py_None) errors = PyUnicode_FromId_strict();
  }
  if (!PyUnicode_Check(errors)) {
    Py_DECREF(enc);
    PyErr_SetString(PyExc_TypeError, `reconfigure() argument 'errors' must be str or None, not ${errors.ob_type.tp_name}`);
    return -1;
  }
  const errstr = (errors as PyUnicodeObject).str;
  const codec = textio_lookup_codec((enc as PyUnicodeObject).str, "codecs.open()");
  if (codec === null) {
    Py_DECREF(enc);
    return -1;
  }
  self.decoder = null;
  self.encoder = null;
  if (_textiowrapper_set_decoder(self, codec, errstr) !== 0 || _textiowrapper_set_encoder(self, codec, errstr) !== 0) {
    Py_XDECREF(codec.info);
    Py_DECREF(enc);
    return -1;
  }
  Py_XDECREF(codec.info);
  Py_INCREF(errors);
  const oldenc = self.encoding, olderr = self.errors;
  self.encoding = enc;
  self.errors = errors;
  Py_XDECREF(oldenc);
  Py_XDECREF(olderr);
  return _textiowrapper_fix_encoder_state(self);
}

function PyUnicode_FromId_strict(): PyObject {
  return _PyUnicode_FromId("strict");
}

/** @cpython _io_TextIOWrapper_reconfigure_impl: reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None) */
function textiowrapper_reconfigure(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as textio;
  const a = _PyArg_UnpackKeywords(args, kwnames, "reconfigure",
    ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, 0);
  if (a === null) return null;
  const encoding = a[0] ?? Py_None, errors = a[1] ?? Py_None, newline_obj = a[2];
  const lb = a[3] ?? Py_None, wt = a[4] ?? Py_None;
  if (self.decoded_chars !== null) {
    if (encoding !== Py_None || errors !== Py_None || newline_obj !== null) {
      return _PyIO_unsupported("It is not possible to set the encoding or newline of stream after the first read");
    }
  }
  let newline: string | null = null;
  if (newline_obj !== null && newline_obj !== Py_None) {
    if (!PyUnicode_Check(newline_obj)) {
      return PyErr_SetString(PyExc_TypeError, `reconfigure() argument 'newline' must be str or None, not ${newline_obj.ob_type.tp_name}`);
    }
    newline = (newline_obj as PyUnicodeObject).str;
    if (!validate_newline(newline)) return null;
  }
  const line_buffering = convert_optional_bool(lb, self.line_buffering);
  const write_through = convert_optional_bool(wt, self.write_through);
  if (line_buffering < 0 || write_through < 0) return null;
  const res = PyObject_CallMethod(self, "flush", []);
  if (res === null) return null;
  Py_DECREF(res);
  self.b2cratio = 0;
  if (newline_obj !== null) set_newline(self, newline);
  if (textiowrapper_change_encoding(self, encoding, errors, newline_obj !== null) < 0) return null;
  self.line_buffering = line_buffering !== 0;
  self.write_through = write_through !== 0;
  return Py_NewNone();
}

/** @cpython textiowrapper_clear */
function textiowrapper_clear(self: textio): void {
  self.ok = 0;
  const objs = [self.buffer, self.encoding, self.errors, self.raw];
  self.buffer = self.encoding = self.errors = self.raw = null;
  self.buffer_fast = null;
  self.encoder = null;
  self.decoder = null;
  self.readnl = null;
  self.decoded_chars = null;
  self.pending_bytes = null;
  self.snapshot_input = null;
  for (const o of objs) Py_XDECREF(o);
}

/** @cpython textiowrapper_dealloc */
function textiowrapper_dealloc(op: PyObject): void {
  const self = op as textio;
  self.finalizing = true;
  if (_PyIOBase_finalize(self) < 0) return;
  self.ok = 0;
  textiowrapper_clear(self);
  _PyIO_clear_dict(self);
}

/** @cpython CHECK_INITIALIZED */
function CHECK_INITIALIZED(self: textio): boolean {
  if (self.ok <= 0) {
    PyErr_SetString(PyExc_ValueError, "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

/** @cpython CHECK_ATTACHED */
function CHECK_ATTACHED(self: textio): boolean {
  if (!CHECK_INITIALIZED(self)) return false;
  if (self.detached) {
    PyErr_SetString(PyExc_ValueError, "underlying buffer has been detached");
    return false;
  }
  return true;
}

/** @cpython CHECK_CLOSED */
function CHECK_CLOSED(self: textio): boolean {
  if (self.ob_type === PyTextIOWrapper_Type) {
    let r: number;
    if (self.raw !== null) r = _PyFileIO_closed(self.raw) ? 1 : 0;
    else {
      const res = textiowrapper_closed_get(self);
      if (res === null) return false;
      r = PyObject_IsTrue(res);
      Py_DECREF(res);
      if (r < 0) return false;
    }
    if (r > 0) {
      PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
      return false;
    }
    return true;
  }
  const r = _PyIOBase_check_closed(self);
  if (r === null) return false;
  Py_DECREF(r);
  return true;
}

/** @cpython _io_TextIOWrapper_detach_impl */
function textiowrapper_detach(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  const res = PyObject_CallMethod(self, "flush", []);
  if (res === null) return null;
  Py_DECREF(res);
  const buffer = self.buffer!;
  self.buffer = null;
  self.buffer_fast = null;
  self.detached = true;
  return buffer;
}

/** The pending text as one byte array. */
function pending_to_bytes(self: textio): Uint8Array {
  const pending = self.pending_bytes!;
  if (pending.length === 1 && typeof pending[0] !== "string") return pending[0];
  const out = new Uint8Array(self.pending_bytes_count);
  let pos = 0;
  for (const p of pending) {
    if (typeof p === "string") {
      for (let i = 0; i < p.length; i++) out[pos++] = p.charCodeAt(i);
    } else {
      out.set(p, pos);
      pos += p.length;
    }
  }
  return out;
}

/** @cpython _textiowrapper_writeflush: hand the pending text to buffer.write(). 0, or -1. */
function _textiowrapper_writeflush(self: textio): number {
  if (self.pending_bytes === null) return 0;
  const b = pending_to_bytes(self);
  self.pending_bytes = null;
  self.pending_bytes_count = 0;
  const fast = self.buffer_fast;
  if (fast !== null) return _bufferedwriter_write_array(fast, b) < 0 ? -1 : 0;
  // An unbuffered std stream (-u): the exact FileIO's write, as buffer.write(b) would run it.
  if (self.buffer!.ob_type === PyFileIO_Type) return _PyFileIO_write_array(self.buffer!, b) === -1 ? -1 : 0;
  const bobj = PyBytes_FromArray(b);
  let ret: PyObject | null;
  do {
    ret = PyObject_CallMethod(self.buffer!, "write", [bobj]);
  } while (ret === null && _PyIO_trap_eintr());
  Py_DECREF(bobj);
  if (ret === null) return -1;
  Py_DECREF(ret);
  return 0;
}

/**
 * @cpython _io_TextIOWrapper_write_impl: the body of write(text), shared by print()'s fast
 * path. Returns the number of characters, or -1 with an error.
 */
export function _PyTextIOWrapper_write(self: textio, text: PyUnicodeObject): number {
  if (!CHECK_ATTACHED(self)) return -1;
  if (!CHECK_CLOSED(self)) return -1;
  if (self.encoder === null) {
    _PyIO_unsupported("not writable");
    return -1;
  }
  let s = text.str;
  let haslf = false;
  let needflush = false, text_needflush = false;
  if ((self.writetranslate && self.writenl !== null) || self.line_buffering) {
    if (s.indexOf("\n") >= 0) haslf = true;
  }
  let tobj: PyUnicodeObject = text;
  if (haslf && self.writetranslate && self.writenl !== null) {
    s = s.split("\n").join(self.writenl);
    tobj = PyUnicode_FromString(s);
  } else Py_INCREF(tobj);
  if (self.write_through) text_needflush = true;
  if (self.line_buffering && (haslf || s.indexOf("\r") >= 0)) needflush = true;
  let b: string | Uint8Array;
  let bytes_len: number;
  const enc = self.encoder;
  if (enc.asciicompat && s.length <= self.chunk_size && ASCII_RE.test(s)) {
    b = s;
    bytes_len = s.length;
  } else {
    const e = enc.encode(tobj);
    if (e === null) {
      Py_DECREF(tobj);
      return -1;
    }
    b = e;
    bytes_len = e.length;
  }
  Py_DECREF(tobj);
  if (self.pending_bytes === null) {
    self.pending_bytes_count = 0;
    self.pending_bytes = [b];
  } else if (self.pending_bytes_count + bytes_len > self.chunk_size) {
    if (_textiowrapper_writeflush(self) < 0) return -1;
    self.pending_bytes = [b];
  } else {
    self.pending_bytes.push(b);
  }
  self.pending_bytes_count += bytes_len;
  if (self.pending_bytes_count >= self.chunk_size || needflush || text_needflush) {
    if (_textiowrapper_writeflush(self) < 0) return -1;
  }
  if (needflush) {
    const fast = self.buffer_fast;
    const ret = fast !== null ? buffered_flush(fast) : PyObject_CallMethod(self.buffer!, "flush", []);
    if (ret === null) return -1;
    Py_DECREF(ret);
  }
  self.decoded_chars = null;
  self.decoded_chars_used = 0;
  self.snapshot_input = null;
  if (self.decoder !== null && self.decoder.reset() < 0) return -1;
  return PyUnicode_GET_LENGTH(text);
}

/** @cpython _io_TextIOWrapper_write_impl: write(text, /) */
function textiowrapper_write(op: PyObject, text: PyObject): PyObject | null {
  if (!PyUnicode_Check(text)) return _PyArg_BadArgument("write", "argument", "str", text);
  const n = _PyTextIOWrapper_write(op as textio, text);
  return n < 0 ? null : PyLong_FromNumber(n);
}

/** @cpython textiowrapper_set_decoded_chars */
function set_decoded_chars(self: textio, chars: string | null): void {
  self.decoded_chars = chars;
  self.decoded_chars_used = 0;
}

/** The UTF-16 index n code points after `from` in s (or s.length). */
function advance_cps(s: string, from: number, n: number): number {
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n--;
  }
  return i;
}

/** @cpython textiowrapper_get_decoded_chars: up to n characters (all when n < 0). */
function get_decoded_chars(self: textio, n: number): string {
  const chars = self.decoded_chars;
  if (chars === null) return "";
  const start = self.decoded_chars_used;
  const end = n < 0 ? chars.length : advance_cps(chars, start, n);
  self.decoded_chars_used = end;
  return start === 0 && end === chars.length ? chars : chars.slice(start, end);
}

/**
 * @cpython textiowrapper_read_chunk: read and decode the next chunk into decoded_chars,
 * keeping the snapshot tell() needs. 1, 0 at EOF, -1 on error.
 */
function textiowrapper_read_chunk(self: textio, size_hint: number): number {
  const decoder = self.decoder;
  if (decoder === null) {
    _PyIO_unsupported("not readable");
    return -1;
  }
  let dec_buffer: Uint8Array | null = null;
  let dec_flags = 0;
  if (self.telling) {
    const state = decoder.getstate();
    if (state === null) return -1;
    const b = state_bytes(state.buf);
    Py_DECREF(state.buf);
    if (b === null) return -1;
    dec_buffer = b;
    dec_flags = state.flags;
  }
  if (size_hint > 0) size_hint = Math.trunc(Math.max(self.b2cratio, 1.0) * size_hint);
  const chunk_size = Math.max(self.chunk_size, size_hint);
  const input_chunk = _PyIO_CallMethodInt(self.buffer!, self.has_read1 ? "read1" : "read", chunk_size);
  if (input_chunk === null) return -1;
  const input = _PyIO_BufferData(input_chunk);
  if (input === null) {
    PyErr_SetString(PyExc_TypeError,
      `underlying ${self.has_read1 ? "read1" : "read"}() should have returned a bytes-like object, not '${input_chunk.ob_type.tp_name}'`);
    Py_DECREF(input_chunk);
    return -1;
  }
  const nbytes = input.length;
  let eof = nbytes === 0;
  const decoded = decoder.decode(input, eof);
  if (decoded === null) {
    Py_DECREF(input_chunk);
    return -1;
  }
  set_decoded_chars(self, decoded);
  const nchars = decoded.length === 0 ? 0 : cp_length(decoded);
  self.b2cratio = nchars > 0 ? nbytes / nchars : 0.0;
  if (nchars > 0) eof = false;
  if (self.telling) {
    self.snapshot_flags = dec_flags;
    self.snapshot_input = join(dec_buffer!, input.slice());
  }
  Py_DECREF(input_chunk);
  return eof ? 0 : 1;
}

/** @cpython _io_TextIOWrapper_read_impl: read(size=-1, /) */
function textiowrapper_read(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as textio;
  if (!_PyArg_CheckPositional("read", args.length, 0, 1)) return null;
  const n = _Py_convert_optional_to_ssize_t(args[0], -1);
  if (n === null) return null;
  if (!CHECK_ATTACHED(self)) return null;
  if (!CHECK_CLOSED(self)) return null;
  if (self.decoder === null) return _PyIO_unsupported("not readable");
  if (_textiowrapper_writeflush(self) < 0) return null;
  if (n < 0) {
    const bytes = PyObject_CallMethod(self.buffer!, "read", []);
    if (bytes === null) return null;
    const data = bytes === Py_None ? EMPTY : _PyIO_BufferData(bytes);
    if (data === null) {
      // What decoder.decode(bytes) would say of a non-bytes result.
      PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${bytes.ob_type.tp_name}'`);
      Py_DECREF(bytes);
      return null;
    }
    const decoded = self.decoder.decode(data, true);
    Py_DECREF(bytes);
    if (decoded === null) return null;
    const result = get_decoded_chars(self, -1) + decoded;
    set_decoded_chars(self, null);
    self.snapshot_input = null;
    return PyUnicode_FromString(result);
  }
  let result = get_decoded_chars(self, n);
  let remaining = n - cp_length(result);
  let chunks: string[] | null = null;
  while (remaining > 0) {
    const res = textiowrapper_read_chunk(self, remaining);
    if (res < 0) {
      if (_PyIO_trap_eintr()) continue;
      return null;
    }
    if (res === 0) break;
    if (chunks === null) chunks = [];
    if (result.length > 0) chunks.push(result);
    result = get_decoded_chars(self, remaining);
    remaining -= cp_length(result);
  }
  if (chunks !== null) {
    chunks.push(result);
    result = chunks.join("");
  }
  return PyUnicode_FromString(result);
}

/** @cpython _textiowrapper_readline */
function _textiowrapper_readline(self: textio, limit: number): PyObject | null {
  if (!CHECK_CLOSED(self)) return null;
  if (_textiowrapper_writeflush(self) < 0) return null;
  let chunked = 0;
  let line: string | null = null;
  let remaining: string | null = null;
  let chunks: string[] | null = null;
  let start = 0, endpos = 0, offset_to_buffer = 0;
  const consumed = { n: 0 };
  for (;;) {
    let res = 1;
    while (self.decoded_chars === null || self.decoded_chars.length === 0) {
      res = textiowrapper_read_chunk(self, 0);
      if (res < 0) {
        if (_PyIO_trap_eintr()) continue;
        return null;
      }
      if (res === 0) break;
    }
    if (res === 0) {
      set_decoded_chars(self, null);
      self.snapshot_input = null;
      start = endpos = offset_to_buffer = 0;
      break;
    }
    if (remaining === null) {
      line = self.decoded_chars!;
      start = self.decoded_chars_used;
      offset_to_buffer = 0;
    } else {
      line = remaining + self.decoded_chars!;
      start = 0;
      offset_to_buffer = remaining.length;
      remaining = null;
    }
    const line_len = line.length;
    consumed.n = 0;
    endpos = _PyIO_find_line_ending(self.readtranslate, self.readuniversal, self.readnl, line, start, line_len, consumed);
    if (endpos >= 0) {
      endpos += start;
      if (limit >= 0 && cp_span(line, start, endpos) + chunked >= limit) endpos = advance_cps(line, start, limit - chunked);
      break;
    }
    endpos = consumed.n + start;
    if (limit >= 0 && cp_span(line, start, endpos) + chunked >= limit) {
      endpos = advance_cps(line, start, limit - chunked);
      break;
    }
    if (endpos > start) {
      const s = line.slice(start, endpos);
      if (chunks === null) chunks = [];
      chunks.push(s);
      chunked += cp_length(s);
    }
    if (endpos < line_len) remaining = line.slice(endpos);
    line = null;
    set_decoded_chars(self, null);
  }
  if (line !== null) {
    self.decoded_chars_used = endpos - offset_to_buffer;
    if (start > 0 || endpos < line.length) line = line.slice(start, endpos);
  }
  if (remaining !== null) {
    if (chunks === null) chunks = [];
    chunks.push(remaining);
  }
  if (chunks !== null) {
    if (line !== null) chunks.push(line);
    line = chunks.join("");
  }
  return PyUnicode_FromString(line ?? "");
}

/** Code points in s[from:to]. */
function cp_span(s: string, from: number, to: number): number {
  return to - from === 0 ? 0 : cp_length(s.slice(from, to));
}

/** @cpython _io_TextIOWrapper_readline_impl: readline(size=-1, /) */
function textiowrapper_readline(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as textio;
  if (!_PyArg_CheckPositional("readline", args.length, 0, 1)) return null;
  let size = -1;
  if (args.length > 0) {
    const v = _PyIO_ssize_arg(args[0]);
    if (v === null) return null;
    size = v;
  }
  if (!CHECK_ATTACHED(self)) return null;
  return _textiowrapper_readline(self, size);
}

/** Read a line from a text stream (the fast path input() and the REPL may use). */
export function _PyTextIOWrapper_readline(self: textio, limit: number): PyObject | null {
  if (!CHECK_ATTACHED(self)) return null;
  return _textiowrapper_readline(self, limit);
}

// -- seek and tell ------------------------------------------------------------------------------

/** @cpython cookie_type */
interface Cookie {
  start_pos: number;
  dec_flags: number;
  bytes_to_feed: number;
  chars_to_skip: number;
  need_eof: number;
}

const MASK32 = 0xffffffffn;

/** @cpython textiowrapper_parse_cookie */
function textiowrapper_parse_cookie(cookieObj: PyObject): Cookie | null {
  const cookieLong = PyNumber_Long(cookieObj);
  if (cookieLong === null) return null;
  let v = PyLong_AsBigInt(cookieLong);
  Py_DECREF(cookieLong);
  if (v < 0n || v >= 1n << 168n) {
    PyErr_SetString(PyExc_OverflowError, v < 0n ? "can't convert negative int to unsigned" : "int too big to convert");
    return null;
  }
  const start_pos = BigInt.asIntN(64, v & 0xffffffffffffffffn);
  v >>= 64n;
  const dec_flags = Number(BigInt.asIntN(32, v & MASK32));
  v >>= 32n;
  const bytes_to_feed = Number(BigInt.asIntN(32, v & MASK32));
  v >>= 32n;
  const chars_to_skip = Number(BigInt.asIntN(32, v & MASK32));
  v >>= 32n;
  const need_eof = Number(v & 0xffn);
  return { start_pos: Number(start_pos), dec_flags, bytes_to_feed, chars_to_skip, need_eof };
}

/** @cpython textiowrapper_build_cookie */
function textiowrapper_build_cookie(c: Cookie): PyObject {
  const v = BigInt.asUintN(64, BigInt(c.start_pos)) |
    (BigInt.asUintN(32, BigInt(c.dec_flags)) << 64n) |
    (BigInt.asUintN(32, BigInt(c.bytes_to_feed)) << 96n) |
    (BigInt.asUintN(32, BigInt(c.chars_to_skip)) << 128n) |
    (BigInt.asUintN(8, BigInt(c.need_eof)) << 160n);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? PyLong_FromNumber(Number(v)) : PyLong_FromBigInt(v);
}

/** @cpython _textiowrapper_decoder_setstate: reset() at the start of the stream, else setstate((b'', flags)). */
function _textiowrapper_decoder_setstate(self: textio, cookie: Cookie): number {
  if (cookie.start_pos === 0 && cookie.dec_flags === 0) return self.decoder!.reset();
  const empty = PyBytes_FromArray(EMPTY);
  const r = self.decoder!.setstate(empty, cookie.dec_flags);
  Py_DECREF(empty);
  return r;
}

/** @cpython _textiowrapper_encoder_reset */
function _textiowrapper_encoder_reset(self: textio, start_of_stream: boolean): number {
  return start_of_stream ? self.encoder!.reset() : self.encoder!.setstate0();
}

/** @cpython _io_TextIOWrapper_seek_impl: seek(cookie, whence=0, /) */
function textiowrapper_seek(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as textio;
  if (!_PyArg_CheckPositional("seek", args.length, 1, 2)) return null;
  let cookieObj = args[0];
  let whence = 0;
  if (args.length > 1) {
    const w = _PyIO_int_arg(args[1]);
    if (w === null) return null;
    whence = w;
  }
  if (!CHECK_ATTACHED(self)) return null;
  if (!CHECK_CLOSED(self)) return null;
  if (!self.seekable) return _PyIO_unsupported("underlying stream is not seekable");
  const zero = PyLong_FromNumber(0);
  Py_INCREF(cookieObj);
  const fail = (): null => {
    Py_DECREF(cookieObj);
    return null;
  };
  switch (whence) {
    case 1: {
      const cmp = PyObject_RichCompareBool(cookieObj, zero, Py_EQ);
      if (cmp < 0) return fail();
      if (cmp === 0) {
        _PyIO_unsupported("can't do nonzero cur-relative seeks");
        return fail();
      }
      Py_DECREF(cookieObj);
      const c = PyObject_CallMethod(self, "tell", []);
      if (c === null) return null;
      cookieObj = c;
      break;
    }
    case 2: {
      const cmp = PyObject_RichCompareBool(cookieObj, zero, Py_EQ);
      if (cmp < 0) return fail();
      if (cmp === 0) {
        _PyIO_unsupported("can't do nonzero end-relative seeks");
        return fail();
      }
      Py_DECREF(cookieObj);
      let res = PyObject_CallMethod(self, "flush", []);
      if (res === null) return null;
      Py_DECREF(res);
      set_decoded_chars(self, null);
      self.snapshot_input = null;
      if (self.decoder !== null && self.decoder.reset() < 0) return null;
      const two = PyLong_FromNumber(2);
      res = PyObject_CallMethod(self.buffer!, "seek", [zero, two]);
      if (res === null) return null;
      if (self.encoder !== null) {
        const c = PyObject_RichCompareBool(res, zero, Py_EQ);
        if (c < 0 || _textiowrapper_encoder_reset(self, c === 1) < 0) {
          Py_DECREF(res);
          return null;
        }
      }
      return res;
    }
    case 0:
      break;
    default:
      PyErr_SetString(PyExc_ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
      return fail();
  }
  const neg = PyObject_RichCompareBool(cookieObj, zero, Py_LT);
  if (neg < 0) return fail();
  if (neg === 1) {
    const r = PyObject_Repr(cookieObj);
    if (r !== null) {
      PyErr_SetString(PyExc_ValueError, `negative seek position ${(r as PyUnicodeObject).str}`);
      Py_DECREF(r);
    }
    return fail();
  }
  const res = PyObject_CallMethod(self, "flush", []);
  if (res === null) return fail();
  Py_DECREF(res);
  const cookie = textiowrapper_parse_cookie(cookieObj);
  if (cookie === null) return fail();
  const posobj = PyLong_FromNumber(cookie.start_pos);
  const r2 = PyObject_CallMethod(self.buffer!, "seek", [posobj]);
  Py_DECREF(posobj);
  if (r2 === null) return fail();
  Py_DECREF(r2);
  set_decoded_chars(self, null);
  self.snapshot_input = null;
  if (self.decoder !== null && _textiowrapper_decoder_setstate(self, cookie) < 0) return fail();
  if (cookie.chars_to_skip) {
    const input_chunk = _PyIO_CallMethodInt(self.buffer!, "read", cookie.bytes_to_feed);
    if (input_chunk === null) return fail();
    if (!PyBytes_Check(input_chunk)) {
      PyErr_SetString(PyExc_TypeError, `underlying read() should have returned a bytes object, not '${input_chunk.ob_type.tp_name}'`);
      Py_DECREF(input_chunk);
      return fail();
    }
    const data = (input_chunk as PyBytesObject).ob_sval;
    Py_DECREF(input_chunk);
    self.snapshot_flags = cookie.dec_flags;
    self.snapshot_input = data;
    const decoded = self.decoder!.decode(data, cookie.need_eof !== 0);
    if (decoded === null) return fail();
    set_decoded_chars(self, decoded);
    if (cp_length(decoded) < cookie.chars_to_skip) {
      PyErr_SetString(PyExc_OSError, "can't restore logical file position");
      return fail();
    }
    self.decoded_chars_used = advance_cps(decoded, 0, cookie.chars_to_skip);
  } else {
    self.snapshot_flags = cookie.dec_flags;
    self.snapshot_input = EMPTY;
  }
  if (self.encoder !== null && _textiowrapper_encoder_reset(self, cookie.start_pos === 0 && cookie.dec_flags === 0) < 0) return fail();
  return cookieObj;
}

/** decoder.getstate() as (bytes held back, flags), for tell(). */
function decoder_state(self: textio): [number, number] | null {
  const st = self.decoder!.getstate();
  if (st === null) return null;
  const b = state_bytes(st.buf);
  Py_DECREF(st.buf);
  if (b === null) return null;
  return [b.length, st.flags];
}

/** @cpython _io_TextIOWrapper_tell_impl: the cookie of the current position (see the header). */
function textiowrapper_tell(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  if (!CHECK_CLOSED(self)) return null;
  if (!self.seekable) return _PyIO_unsupported("underlying stream is not seekable");
  if (!self.telling) return PyErr_SetString(PyExc_OSError, "telling position disabled by next() call");
  if (_textiowrapper_writeflush(self) < 0) return null;
  const res = PyObject_CallMethod(self, "flush", []);
  if (res === null) return null;
  Py_DECREF(res);
  const posobj = PyObject_CallMethod(self.buffer!, "tell", []);
  if (posobj === null) return null;
  const decoder = self.decoder;
  if (decoder === null || self.snapshot_input === null) return posobj;
  const cookie: Cookie = { start_pos: 0, dec_flags: 0, bytes_to_feed: 0, chars_to_skip: 0, need_eof: 0 };
  cookie.start_pos = PyLong_AsSsize_t(posobj);
  Py_DECREF(posobj);
  if (PyErr_Occurred()) return null;
  const next_input = self.snapshot_input;
  cookie.dec_flags = self.snapshot_flags;
  cookie.start_pos -= next_input.length;
  if (self.decoded_chars_used === 0) return textiowrapper_build_cookie(cookie);
  let chars_to_skip = cp_length(self.decoded_chars!.slice(0, self.decoded_chars_used));
  const saved_state = decoder.getstate();
  if (saved_state === null) return null;
  const restore = (): boolean => {
    const r = decoder.setstate(saved_state.buf, saved_state.flags);
    Py_DECREF(saved_state.buf);
    return r >= 0;
  };
  const fail = (): null => {
    const exc = PyErr_Fetch();
    restore();
    _PyErr_ChainExceptions(exc);
    return null;
  };
  const decode_len = (input: Uint8Array, final = false): number => {
    const d = decoder.decode(input, final);
    return d === null ? -1 : cp_length(d);
  };
  let skip_bytes = Math.trunc(self.b2cratio * chars_to_skip);
  let skip_back = 1;
  while (skip_bytes > 0) {
    if (_textiowrapper_decoder_setstate(self, cookie) < 0) return fail();
    const chars_decoded = decode_len(next_input.subarray(0, skip_bytes));
    if (chars_decoded < 0) return fail();
    if (chars_decoded <= chars_to_skip) {
      const st = decoder_state(self);
      if (st === null) return fail();
      const [dec_buffer_len, dec_flags] = st;
      if (dec_buffer_len === 0) {
        cookie.dec_flags = dec_flags;
        chars_to_skip -= chars_decoded;
        break;
      }
      skip_bytes -= dec_buffer_len;
      skip_back = 1;
    } else {
      skip_bytes -= skip_back;
      skip_back *= 2;
    }
  }
  if (skip_bytes <= 0) {
    skip_bytes = 0;
    if (_textiowrapper_decoder_setstate(self, cookie) < 0) return fail();
  }
  cookie.start_pos += skip_bytes;
  cookie.chars_to_skip = chars_to_skip;
  if (chars_to_skip !== 0) {
    let chars_decoded = 0;
    let input = skip_bytes;
    const input_end = next_input.length;
    while (input < input_end) {
      const n = decode_len(next_input.subarray(input, input + 1));
      if (n < 0) return fail();
      chars_decoded += n;
      cookie.bytes_to_feed += 1;
      const st = decoder_state(self);
      if (st === null) return fail();
      const [dec_buffer_len, dec_flags] = st;
      if (dec_buffer_len === 0 && chars_decoded <= chars_to_skip) {
        cookie.start_pos += cookie.bytes_to_feed;
        chars_to_skip -= chars_decoded;
        cookie.dec_flags = dec_flags;
        cookie.bytes_to_feed = 0;
        chars_decoded = 0;
      }
      if (chars_decoded >= chars_to_skip) break;
      input++;
    }
    if (input === input_end) {
      const n = decode_len(EMPTY, true);
      if (n < 0) return fail();
      chars_decoded += n;
      cookie.need_eof = 1;
      if (chars_decoded < chars_to_skip) {
        PyErr_SetString(PyExc_OSError, "can't reconstruct logical file position");
        return fail();
      }
    }
  }
  if (!restore()) return null;
  cookie.chars_to_skip = chars_to_skip;
  return textiowrapper_build_cookie(cookie);
}

/** @cpython _io_TextIOWrapper_truncate_impl: truncate(pos=None, /) */
function textiowrapper_truncate(op: PyObject, args: PyObject[]): PyObject | null {
  const self = op as textio;
  if (!_PyArg_CheckPositional("truncate", args.length, 0, 1)) return null;
  if (!CHECK_ATTACHED(self)) return null;
  const res = PyObject_CallMethod(self, "flush", []);
  if (res === null) return null;
  Py_DECREF(res);
  return PyObject_CallMethod(self.buffer!, "truncate", [args.length > 0 ? args[0] : Py_None]);
}

/** @cpython textiowrapper_repr: <_io.TextIOWrapper name=... mode=... encoding=...> */
function textiowrapper_repr(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_INITIALIZED(self)) return null;
  const status = Py_ReprEnter(self);
  if (status !== 0) {
    if (status > 0) PyErr_SetString(PyExc_RuntimeError, `reentrant call inside ${self.ob_type.tp_name}.__repr__`);
    return null;
  }
  let res = "<_io.TextIOWrapper";
  const done = (v: PyObject | null): PyObject | null => {
    Py_ReprLeave(self);
    return v;
  };
  const nameobj = _PyIO_LookupAttr(self, "name");
  if (nameobj === null) {
    if (!PyErr_ExceptionMatches(PyExc_ValueError)) return done(null);
    PyErr_Clear();
  } else if (nameobj !== undefined) {
    const r = PyObject_Repr(nameobj);
    Py_DECREF(nameobj);
    if (r === null) return done(null);
    res += ` name=${(r as PyUnicodeObject).str}`;
    Py_DECREF(r);
  }
  const modeobj = _PyIO_LookupAttr(self, "mode");
  if (modeobj === null) return done(null);
  if (modeobj !== undefined) {
    const r = PyObject_Repr(modeobj);
    Py_DECREF(modeobj);
    if (r === null) return done(null);
    res += ` mode=${(r as PyUnicodeObject).str}`;
    Py_DECREF(r);
  }
  const er = self.encoding === null ? null : PyObject_Repr(self.encoding);
  if (er === null) return done(null);
  res += ` encoding=${(er as PyUnicodeObject).str}>`;
  Py_DECREF(er);
  return done(PyUnicode_FromString(res));
}

const forward_buffer = (name: string) => (op: PyObject): PyObject | null => {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  return PyObject_CallMethod(self.buffer!, name, []);
};

/** @cpython _io_TextIOWrapper_flush_impl */
export function textiowrapper_flush(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  if (!CHECK_CLOSED(self)) return null;
  self.telling = self.seekable;
  if (_textiowrapper_writeflush(self) < 0) return null;
  const fast = self.buffer_fast;
  if (fast !== null) return buffered_flush(fast);
  return PyObject_CallMethod(self.buffer!, "flush", []);
}

/** @cpython _io_TextIOWrapper_close_impl */
function textiowrapper_close(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  let res = textiowrapper_closed_get(self);
  if (res === null) return null;
  const r = PyObject_IsTrue(res);
  Py_DECREF(res);
  if (r < 0) return null;
  if (r > 0) return Py_NewNone();
  if (self.finalizing) {
    res = PyObject_CallMethod(self.buffer!, "_dealloc_warn", [self]);
    if (res !== null) Py_DECREF(res);
    else PyErr_Clear();
  }
  res = PyObject_CallMethod(self, "flush", []);
  const exc = res === null ? PyErr_Fetch() : null;
  if (res !== null) Py_DECREF(res);
  res = PyObject_CallMethod(self.buffer!, "close", []);
  if (exc !== null) {
    _PyErr_ChainExceptions(exc);
    if (res !== null) {
      Py_DECREF(res);
      res = null;
    }
  }
  return res;
}

/** @cpython textiowrapper_iternext: next line; tell() is off while iterating. */
function textiowrapper_iternext(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  self.telling = false;
  let line: PyObject | null;
  if (self.ob_type === PyTextIOWrapper_Type) {
    line = _textiowrapper_readline(self, -1);
  } else {
    line = PyObject_CallMethod(self, "readline", []);
    if (line !== null && !PyUnicode_Check(line)) {
      PyErr_SetString(PyExc_OSError, `readline() should have returned a str object, not '${line.ob_type.tp_name}'`);
      Py_DECREF(line);
      return null;
    }
  }
  if (line === null) return null;
  if ((line as PyUnicodeObject).str.length === 0) {
    Py_DECREF(line);
    self.snapshot_input = null;
    self.telling = self.seekable;
    return null;
  }
  return line;
}

/** @cpython textiowrapper_closed_get */
function textiowrapper_closed_get(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  return PyObject_GetAttr(self.buffer!, _PyUnicode_FromId("closed"));
}

/** Whether a text stream is closed (fast for the std streams); -1 on error. */
export function _PyTextIOWrapper_closed(self: textio): number {
  if (self.ok > 0 && !self.detached && self.raw !== null) return _PyFileIO_closed(self.raw) ? 1 : 0;
  const res = PyObject_GetAttr(self, _PyUnicode_FromId("closed"));
  if (res === null) return -1;
  const r = PyObject_IsTrue(res);
  Py_DECREF(res);
  return r;
}

function textiowrapper_name_get(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  return PyObject_GetAttr(self.buffer!, _PyUnicode_FromId("name"));
}

function textiowrapper_newlines_get(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  const d = self.decoder;
  if (d instanceof NLDecoder) return d.newlines();
  return Py_NewNone();
}

function textiowrapper_errors_get(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_INITIALIZED(self)) return null;
  Py_INCREF(self.errors!);
  return self.errors;
}

function textiowrapper_chunk_size_get(op: PyObject): PyObject | null {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return null;
  return PyLong_FromNumber(self.chunk_size);
}

function textiowrapper_chunk_size_set(op: PyObject, arg: PyObject | null): number {
  const self = op as textio;
  if (!CHECK_ATTACHED(self)) return -1;
  if (arg === null) {
    PyErr_SetString(PyExc_AttributeError, "cannot delete attribute");
    return -1;
  }
  const n = PyNumber_AsSsize_t(arg, PyExc_ValueError);
  if (n === -1 && PyErr_Occurred()) return -1;
  if (n <= 0) {
    PyErr_SetString(PyExc_ValueError, "a strictly positive integer is required");
    return -1;
  }
  self.chunk_size = n;
  return 0;
}

function textiowrapper_new(type: PyTypeObject, _args: PyObject[], _kw: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyTextIOWrapperObject(type);
}

const objmember = (name: string, get: (o: textio) => PyObject | null) => ({
  name, get: (o: PyObject) => {
    const v = get(o as textio) ?? Py_None;
    Py_INCREF(v);
    return v;
  },
});

/** @cpython PyTextIOWrapper_Type */
export const PyTextIOWrapper_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.TextIOWrapper", tp_basicsize: 208, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dictoffset: 200, tp_weaklistoffset: 192,
  tp_dealloc: textiowrapper_dealloc, tp_repr: textiowrapper_repr, tp_new: textiowrapper_new, tp_init: textiowrapper_init,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr, tp_iternext: textiowrapper_iternext,
  tp_methods: [
    { ml_name: "detach", ml_meth: textiowrapper_detach, ml_flags: METH_NOARGS },
    { ml_name: "reconfigure", ml_meth: textiowrapper_reconfigure, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "Change the encoding, errors, newline, line_buffering or write_through (flushing first)." },
    { ml_name: "write", ml_meth: textiowrapper_write, ml_flags: METH_O },
    { ml_name: "read", ml_meth: textiowrapper_read, ml_flags: METH_FASTCALL },
    { ml_name: "readline", ml_meth: textiowrapper_readline, ml_flags: METH_FASTCALL },
    { ml_name: "flush", ml_meth: textiowrapper_flush, ml_flags: METH_NOARGS },
    { ml_name: "close", ml_meth: textiowrapper_close, ml_flags: METH_NOARGS },
    { ml_name: "fileno", ml_meth: forward_buffer("fileno"), ml_flags: METH_NOARGS },
    { ml_name: "seekable", ml_meth: forward_buffer("seekable"), ml_flags: METH_NOARGS },
    { ml_name: "readable", ml_meth: forward_buffer("readable"), ml_flags: METH_NOARGS },
    { ml_name: "writable", ml_meth: forward_buffer("writable"), ml_flags: METH_NOARGS },
    { ml_name: "isatty", ml_meth: forward_buffer("isatty"), ml_flags: METH_NOARGS },
    { ml_name: "seek", ml_meth: textiowrapper_seek, ml_flags: METH_FASTCALL },
    { ml_name: "tell", ml_meth: textiowrapper_tell, ml_flags: METH_NOARGS },
    { ml_name: "truncate", ml_meth: textiowrapper_truncate, ml_flags: METH_FASTCALL },
  ],
  tp_members: [
    objmember("encoding", (o) => o.encoding),
    objmember("buffer", (o) => o.buffer),
    { name: "line_buffering", get: (o: PyObject) => PyBool_FromLong((o as textio).line_buffering ? 1 : 0) },
    { name: "write_through", get: (o: PyObject) => PyBool_FromLong((o as textio).write_through ? 1 : 0) },
    { name: "_finalizing", get: (o: PyObject) => PyBool_FromLong((o as textio).finalizing ? 1 : 0),
      set: (o: PyObject, v: PyObject | null) => set_bool_member(v, (b) => { (o as textio).finalizing = b; }) },
  ],
  tp_getset: [
    { name: "name", get: textiowrapper_name_get },
    { name: "closed", get: textiowrapper_closed_get },
    { name: "newlines", get: textiowrapper_newlines_get },
    { name: "errors", get: textiowrapper_errors_get },
    { name: "_CHUNK_SIZE", get: textiowrapper_chunk_size_get, set: textiowrapper_chunk_size_set },
  ],
  tp_doc: "A text stream over a buffered binary stream: encoding and decoding with `encoding`\n" +
    "and `errors`, newline translation as `newline` asks, and line buffering.",
});

