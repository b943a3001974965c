/**
 * @mirrors Modules/_codecsmodule.c
 *
 * The `_codecs` module: the codec registry (register, lookup, encode, decode, the error
 * handlers) for Lib/codecs.py, and the built-in codecs Lib/encodings/*.py wrap. Each codec
 * function answers (result, how much input it consumed):
 *
 *   >>> _codecs.utf_8_decode(b'\xc3\xa9\xc3', None, False)     # not final: keep the tail
 *   ('é', 2)
 *   >>> _codecs.charmap_encode('é', 'strict', {0xe9: 0x82})    # a mapping codec
 *   (b'\x82', 1)
 *
 * UTF-8, UTF-16, UTF-32, ASCII and Latin-1 are unicodeobject.ts's own codecs.
 *
 * DIVERGENCE: CPython writes the UTF-7, unicode-escape, raw-unicode-escape and charmap
 * codecs (and the EncodingMap type of charmap_build) in Objects/unicodeobject.c, and the
 * bytes escape decoder in Objects/bytesobject.c; here they live in this file, beside their
 * only callers, so that the str type's file keeps to str. The DeprecationWarnings CPython
 * gives for invalid escapes wait for the warnings module.
 */
import { PyObject, PyTypeObject, Py_DECREF, type PyMethodDef, METH_O, METH_FASTCALL, METH_KEYWORDS,
  METH_NOARGS } from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_ExceptionMatches, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_LookupError, PyUnicodeEncodeError_Create } from "../Objects/exceptions.ts";
import {
  PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_GET_LENGTH, PyUnicode_READ_CHAR, _PyArg_BadArgument,
  _PyLong_AsInt,
  fromCodePoints, unicode_encode_ucs1, unicode_encode_utf8, unicode_encode_utf16_32, unicode_decode_utf8,
  unicode_decode_ascii, unicode_decode_latin1, unicode_decode_utf16_32, encode_call_errorhandler,
  decode_call_errorhandler,
} from "../Objects/unicodeobject.ts";
import { PyBytes_FromArray, PyBytes_Check, PyBytesObject, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyLong_FromNumber, PyLong_Check, PyLongObject } from "../Objects/longobject.ts";
import { _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyDict_New, PyDict_SetItem } from "../Objects/dictobject.ts";
import { PyObject_GetItem } from "../Objects/abstract.ts";
import { Py_None, Py_NewNone } from "../Objects/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import {
  PyCodec_Register, PyCodec_Unregister, _PyCodec_Lookup, PyCodec_Encode, PyCodec_Decode, PyCodec_RegisterError,
  PyCodec_LookupError,
} from "../Python/codecs.ts";
import { _getcode } from "./unicodedata.ts";

// =============================================================================================
// Argument conversion (the argument clinic's converters for this module)
// =============================================================================================

let utf8Encoder: InstanceType<typeof TextEncoder> | null = null;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * `data: Py_buffer`: the bytes of a bytes-like object (a view). With `accept_str`
 * (Py_buffer(accept={str, buffer})) a str is taken as its UTF-8 encoding. null with an error.
 */
function buffer_arg(arg: PyObject, accept_str: boolean): Uint8Array | null {
  if (accept_str && PyUnicode_Check(arg)) {
    if (LONE_SURROGATE.test(arg.str)) return unicode_encode_utf8(arg.str, "strict");
    utf8Encoder ??= new TextEncoder();
    return utf8Encoder.encode(arg.str);
  }
  const b = _PyObject_GetBufferData(arg);
  if (b === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
  return b;
}

/** A `str` converter result: the text, or null with an error (wrong type, embedded NUL). */
function str_arg(fname: string, displayname: string, arg: PyObject): string | null {
  if (!PyUnicode_Check(arg)) return _PyArg_BadArgument(fname, displayname, "str", arg);
  if (arg.str.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return arg.str;
}

/** `errors: str(accept={str, NoneType}) = None`: the name, null for None/absent, undefined on error. */
function errors_arg(fname: string, displayname: string, arg: PyObject | undefined): string | null | undefined {
  if (arg === undefined || arg === Py_None) return null;
  if (!PyUnicode_Check(arg)) {
    _PyArg_BadArgument(fname, displayname, "str or None", arg);
    return undefined;
  }
  if (arg.str.includes("\0")) {
    PyErr_SetString(PyExc_ValueError, "embedded null character");
    return undefined;
  }
  return arg.str;
}

/** `final: bool(accept={int})` and `byteorder: int`: a C int, or null with an error. */
function int_arg(arg: PyObject | undefined, dflt: number): number | null {
  if (arg === undefined) return dflt;
  return _PyLong_AsInt(arg);
}

/** `str: unicode`: the str object, or null with TypeError. */
function unicode_arg(fname: string, displayname: string, arg: PyObject): PyUnicodeObject | null {
  if (!PyUnicode_Check(arg)) return _PyArg_BadArgument(fname, displayname, "str", arg);
  return arg;
}

/** @cpython codec_tuple: (result, length) — result is stolen; null passes through. */
function codec_tuple(decoded: PyObject | null, len: number): PyObject | null {
  if (decoded === null) return null;
  return _PyTuple_FromArraySteal([decoded, PyLong_FromNumber(len)]);
}

const str_result = (s: string | null): PyObject | null => (s === null ? null : PyUnicode_FromString(s));
const bytes_result = (b: Uint8Array | null): PyObject | null => (b === null ? null : PyBytes_FromArray(b));

/** The decoders' common arguments: (data, errors=None[, final]) — null with an error set. */
function decode_args(fname: string, args: PyObject[], max: number, accept_str: boolean, final_default: number):
  { data: Uint8Array; errors: string | null; final: number } | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, max)) return null;
  const data = buffer_arg(args[0], accept_str);
  if (data === null) return null;
  const errors = errors_arg(fname, "argument 2", args[1]);
  if (errors === undefined) return null;
  const final = max >= 3 ? int_arg(args[2], final_default) : final_default;
  if (final === null) return null;
  return { data, errors, final };
}

/** The encoders' common arguments: (str, errors=None) — null with an error set. */
function encode_args(fname: string, args: PyObject[], max: number): { str: PyUnicodeObject; errors: string | null } | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, max)) return null;
  const str = unicode_arg(fname, "argument 1", args[0]);
  if (str === null) return null;
  const errors = errors_arg(fname, "argument 2", args[1]);
  if (errors === undefined) return null;
  return { str, errors };
}

const codepoints = (s: string): number[] => {
  const out: number[] = [];
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    out.push(c);
    k += c > 0xffff ? 2 : 1;
  }
  return out;
};

/** Growable byte output. */
class ByteBuffer {
  buf: Uint8Array;
  len: number;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
    this.len = 0;
  }
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  pushAscii(s: string): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }
  pushBytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const HEX = "0123456789abcdef";

/** Raise UnicodeEncodeError(encoding, s, start, end, reason). */
function raise_encode_exception(encoding: string, s: string, start: number, end: number, reason: string): null {
  const exc = PyUnicodeEncodeError_Create(encoding, s, start, end, reason);
  if (exc !== null) {
    PyErr_SetObject(exc.ob_type, exc);
    Py_DECREF(exc);
  }
  return null;
}

// =============================================================================================
// The registry functions
// =============================================================================================

/** @cpython _codecs_register: register(search_function, /) */
function _codecs_register(_module: PyObject, search_function: PyObject): PyObject | null {
  if (PyCodec_Register(search_function) < 0) return null;
  return Py_NewNone();
}

/** @cpython _codecs_unregister: unregister(search_function, /) */
function _codecs_unregister(_module: PyObject, search_function: PyObject): PyObject | null {
  if (PyCodec_Unregister(search_function) < 0) return null;
  return Py_NewNone();
}

/** @cpython _codecs_lookup_impl: lookup(encoding, /) -> CodecInfo */
function _codecs_lookup(_module: PyObject, arg: PyObject): PyObject | null {
  const encoding = str_arg("lookup", "argument", arg);
  if (encoding === null) return null;
  return _PyCodec_Lookup(encoding);
}

/** The (obj, encoding='utf-8', errors='strict') arguments of encode/decode. */
function coder_args(fname: string, args: PyObject[], kwnames: import("../Objects/tupleobject.ts").PyTupleObject | null):
  [PyObject, string, string | null] | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, fname, ["obj", "encoding", "errors"], 1, 3, 0);
  if (a === null) return null;
  let encoding = "utf-8";
  let errors: string | null = null;
  if (a[1] !== null) {
    const e = str_arg(fname, "argument 'encoding'", a[1]);
    if (e === null) return null;
    encoding = e;
  }
  if (a[2] !== null) {
    const e = str_arg(fname, "argument 'errors'", a[2]);
    if (e === null) return null;
    errors = e;
  }
  return [a[0]!, encoding, errors];
}

/** @cpython _codecs_encode_impl: encode(obj, encoding='utf-8', errors='strict') through any codec */
function _codecs_encode(_module: PyObject, args: PyObject[], kwnames: import("../Objects/tupleobject.ts").PyTupleObject | null): PyObject | null {
  const a = coder_args("encode", args, kwnames);
  if (a === null) return null;
  return PyCodec_Encode(a[0], a[1], a[2]);
}

/** @cpython _codecs_decode_impl: decode(obj, encoding='utf-8', errors='strict') through any codec */
function _codecs_decode(_module: PyObject, args: PyObject[], kwnames: import("../Objects/tupleobject.ts").PyTupleObject | null): PyObject | null {
  const a = coder_args("decode", args, kwnames);
  if (a === null) return null;
  return PyCodec_Decode(a[0], a[1], a[2]);
}

/** @cpython _codecs_register_error_impl: register_error(errors, handler, /) */
function _codecs_register_error(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("register_error", args.length, 2, 2)) return null;
  const errors = str_arg("register_error", "argument 1", args[0]);
  if (errors === null) return null;
  if (PyCodec_RegisterError(errors, args[1]) < 0) return null;
  return Py_NewNone();
}

/** @cpython _codecs_lookup_error_impl: lookup_error(name, /) */
function _codecs_lookup_error(_module: PyObject, arg: PyObject): PyObject | null {
  const name = str_arg("lookup_error", "argument", arg);
  if (name === null) return null;
  return PyCodec_LookupError(name);
}

// =============================================================================================
// bytes escapes (escape_decode / escape_encode)
// =============================================================================================

const hexval = (c: number): number =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : 16;

/**
 * @cpython _PyBytes_DecodeEscape: the escapes of a bytes literal. An unknown escape stays as
 * written; a bad \x is an error unless errors is 'replace' ('?') or 'ignore'.
 */
export function _PyBytes_DecodeEscape(s: Uint8Array, errors: string | null): Uint8Array | null {
  const out = new ByteBuffer(s.length);
  const end = s.length;
  let i = 0;
  while (i < end) {
    if (s[i] !== 0x5c) {
      out.push(s[i++]);
      continue;
    }
    i++;
    if (i === end) return PyErr_SetString(PyExc_ValueError, "Trailing \\ in string");
    const c = s[i++];
    switch (c) {
      case 0x0a: break;
      case 0x5c: out.push(0x5c); break;
      case 0x27: out.push(0x27); break;
      case 0x22: out.push(0x22); break;
      case 0x62: out.push(0x08); break;
      case 0x66: out.push(0x0c); break;
      case 0x74: out.push(0x09); break;
      case 0x6e: out.push(0x0a); break;
      case 0x72: out.push(0x0d); break;
      case 0x76: out.push(0x0b); break;
      case 0x61: out.push(0x07); break;
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
        let v = c - 0x30;
        if (i < end && s[i] >= 0x30 && s[i] <= 0x37) {
          v = (v << 3) + s[i++] - 0x30;
          if (i < end && s[i] >= 0x30 && s[i] <= 0x37) v = (v << 3) + s[i++] - 0x30;
        }
        out.push(v & 0xff);
        break;
      }
      case 0x78: {
        if (i + 1 < end) {
          const d1 = hexval(s[i]), d2 = hexval(s[i + 1]);
          if (d1 < 16 && d2 < 16) {
            out.push((d1 << 4) + d2);
            i += 2;
            break;
          }
        }
        if (errors === null || errors === "strict") {
          return PyErr_SetString(PyExc_ValueError, `invalid \\x escape at position ${i - 2}`);
        }
        if (errors === "replace") out.push(0x3f);
        else if (errors !== "ignore") {
          return PyErr_SetString(PyExc_ValueError, `decoding error; unknown error handling code: ${errors}`);
        }
        if (i < end && hexval(s[i]) < 16) i++;
        break;
      }
      default:
        out.push(0x5c);
        i--;
    }
  }
  return out.result();
}

/** @cpython _codecs_escape_decode_impl: escape_decode(data, errors=None, /) */
function _codecs_escape_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("escape_decode", args, 2, true, 0);
  if (a === null) return null;
  return codec_tuple(bytes_result(_PyBytes_DecodeEscape(a.data, a.errors)), a.data.length);
}

/** @cpython _codecs_escape_encode_impl: escape_encode(data, errors=None, /) — repr-style escapes of bytes */
function _codecs_escape_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("escape_encode", args.length, 1, 2)) return null;
  if (!PyBytes_Check(args[0])) return _PyArg_BadArgument("escape_encode", "argument 1", "bytes", args[0]);
  if (errors_arg("escape_encode", "argument 2", args[1]) === undefined) return null;
  const data = (args[0] as PyBytesObject).ob_sval;
  const out = new ByteBuffer(data.length);
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 0x27 || c === 0x5c) out.push(0x5c), out.push(c);
    else if (c === 0x09) out.pushAscii("\\t");
    else if (c === 0x0a) out.pushAscii("\\n");
    else if (c === 0x0d) out.pushAscii("\\r");
    else if (c < 0x20 || c >= 0x7f) out.pushAscii("\\x" + HEX[c >> 4] + HEX[c & 0xf]);
    else out.push(c);
  }
  return codec_tuple(PyBytes_FromArray(out.result()), data.length);
}

// =============================================================================================
// UTF-7 (RFC 2152)
// =============================================================================================
//
// Text outside a small ASCII set travels as base64 of its UTF-16 units between '+' and an
// optional '-':   'Hi €!'  <->  b'Hi +IKw-!'   ('+' itself is written '+-').

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** IS_BASE64 */
const IS_BASE64 = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;

/** FROM_BASE64 */
const FROM_BASE64 = (c: number): number =>
  c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 26 : c >= 0x30 && c <= 0x39 ? c - 0x30 + 52 : c === 0x2b ? 62 : 63;

/** DECODE_DIRECT: bytes that decode as themselves (any ASCII but '+'). */
const DECODE_DIRECT = (c: number): boolean => c <= 127 && c !== 0x2b;

/**
 * utf7_category: 0 "Set D" (letters, digits, '(),-./:?), 1 "Set O" (other punctuation that
 * may go directly), 2 whitespace (tab, LF, CR, space), 3 must be base64-encoded.
 */
const utf7_category = Uint8Array.from([
  3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
]);

/** ENCODE_DIRECT: whether the encoder writes c as itself. */
const ENCODE_DIRECT = (c: number, directO: boolean, directWS: boolean): boolean =>
  c < 128 && c > 0 && (utf7_category[c] === 0 || (directWS && utf7_category[c] === 2) || (directO && utf7_category[c] === 1));

/**
 * @cpython PyUnicode_DecodeUTF7Stateful: the text and the bytes consumed. When not final, an
 * unfinished shift sequence at the end is left (with what it decoded so far) for later.
 */
export function PyUnicode_DecodeUTF7Stateful(b: Uint8Array, errors: string | null, final: boolean): [string, number] | null {
  const size = b.length;
  if (size === 0) return ["", 0];
  const out: number[] = [];
  let inShift = false;
  let shiftOutStart = 0;
  let base64bits = 0;
  let base64buffer = 0;
  let surrogate = 0;
  let startinpos = 0;
  let s = 0;
  const e = size;
  let errmsg = "";
  const call_errorhandler = (endinpos: number): boolean => {
    const r = decode_call_errorhandler(errors ?? "strict", "utf7", errmsg, b, startinpos, endinpos);
    if (r === null) return false;
    for (const ch of codepoints(r.rep as string)) out.push(ch);
    s = r.newpos;
    return true;
  };
  for (;;) {
    while (s < e) {
      const ch = b[s];
      if (inShift) {
        if (IS_BASE64(ch)) {
          base64buffer = (base64buffer << 6) | FROM_BASE64(ch);
          base64bits += 6;
          s++;
          if (base64bits >= 16) {
            // Enough bits for a UTF-16 unit.
            const outCh = (base64buffer >> (base64bits - 16)) & 0xffff;
            base64bits -= 16;
            base64buffer &= (1 << base64bits) - 1;
            if (surrogate) {
              if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                out.push(0x10000 + ((surrogate - 0xd800) << 10) + (outCh - 0xdc00));
                surrogate = 0;
                continue;
              }
              out.push(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xd800 && outCh <= 0xdbff) surrogate = outCh;
            else out.push(outCh);
          }
          continue;
        }
        // Leaving the base64 section.
        inShift = false;
        if (base64bits > 0) {
          if (base64bits >= 6) {
            s++;
            errmsg = "partial character in shift sequence";
            if (!call_errorhandler(s)) return null;
            continue;
          }
          if (base64buffer !== 0) {
            s++;
            errmsg = "non-zero padding bits in shift sequence";
            if (!call_errorhandler(s)) return null;
            continue;
          }
        }
        if (surrogate && DECODE_DIRECT(ch)) out.push(surrogate);
        surrogate = 0;
        if (ch === 0x2d) s++; // '-' ends the section and is absorbed
      } else if (ch === 0x2b) {
        startinpos = s;
        s++;
        if (s < e && b[s] === 0x2d) {
          s++;
          out.push(0x2b);
        } else if (s < e && !IS_BASE64(b[s])) {
          s++;
          errmsg = "ill-formed sequence";
          if (!call_errorhandler(s)) return null;
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length;
          base64bits = 0;
          base64buffer = 0;
        }
      } else if (DECODE_DIRECT(ch)) {
        s++;
        out.push(ch);
      } else {
        startinpos = s;
        s++;
        errmsg = "unexpected special character";
        if (!call_errorhandler(s)) return null;
      }
    }
    // End of input inside a shift sequence: an error when final and the state is unfinished.
    if (inShift && final) {
      inShift = false;
      if (surrogate || base64bits >= 6 || (base64bits > 0 && base64buffer !== 0)) {
        errmsg = "unterminated shift sequence";
        if (!call_errorhandler(size)) return null;
        if (s < e) continue;
      }
    }
    break;
  }
  let consumed = s;
  if (!final && inShift) {
    consumed = startinpos;
    out.length = shiftOutStart;
  }
  return [fromCodePoints(out), consumed];
}

/**
 * @cpython _PyUnicode_EncodeUTF7: Set D, Set O and whitespace are written directly (the
 * module's encoder passes base64SetO = base64WhiteSpace = 0); everything else as base64.
 */
export function _PyUnicode_EncodeUTF7(s: string, base64SetO: boolean, base64WhiteSpace: boolean): Uint8Array {
  const out = new ByteBuffer(s.length * 2);
  const directO = !base64SetO, directWS = !base64WhiteSpace;
  let inShift = false;
  let base64bits = 0;
  let base64buffer = 0;
  const emit = (unit: number) => {
    // Fewer than 6 bits wait in the buffer, so it never holds more than 21.
    base64buffer = (base64buffer << 16) | unit;
    base64bits += 16;
    while (base64bits >= 6) {
      out.push(B64.charCodeAt((base64buffer >> (base64bits - 6)) & 0x3f));
      base64bits -= 6;
    }
    base64buffer &= (1 << base64bits) - 1;
  };
  for (let k = 0; k < s.length;) {
    const ch = s.codePointAt(k)!;
    k += ch > 0xffff ? 2 : 1;
    if (inShift) {
      if (ENCODE_DIRECT(ch, directO, directWS)) {
        if (base64bits) {
          out.push(B64.charCodeAt((base64buffer << (6 - base64bits)) & 0x3f));
          base64buffer = 0;
          base64bits = 0;
        }
        inShift = false;
        // A character of the base64 alphabet (or '-') would be read as part of the section.
        if (IS_BASE64(ch) || ch === 0x2d) out.push(0x2d);
        out.push(ch);
        continue;
      }
    } else if (ch === 0x2b) {
      out.push(0x2b);
      out.push(0x2d);
      continue;
    } else if (ENCODE_DIRECT(ch, directO, directWS)) {
      out.push(ch);
      continue;
    } else {
      out.push(0x2b);
      inShift = true;
    }
    if (ch >= 0x10000) {
      emit(0xd800 | ((ch - 0x10000) >> 10));
      emit(0xdc00 | ((ch - 0x10000) & 0x3ff));
    } else emit(ch);
  }
  if (base64bits) out.push(B64.charCodeAt((base64buffer << (6 - base64bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return out.result();
}

// =============================================================================================
// unicode_escape and raw_unicode_escape
// =============================================================================================

const SIMPLE_ESCAPES = new Map<number, number>([
  [0x5c, 0x5c], [0x27, 0x27], [0x22, 0x22], [0x62, 0x08], [0x66, 0x0c], [0x74, 0x09], [0x6e, 0x0a],
  [0x72, 0x0d], [0x76, 0x0b], [0x61, 0x07],
]);

/**
 * @cpython _PyUnicode_DecodeUnicodeEscapeInternal (via _PyUnicode_DecodeUnicodeEscapeStateful):
 * the escapes of a str literal over bytes; other bytes are Latin-1 characters. When not
 * final, an escape cut off at the end is left for later.
 */
export function _PyUnicode_DecodeUnicodeEscapeStateful(b: Uint8Array, errors: string | null, final: boolean): [string, number] | null {
  const out: number[] = [];
  const end = b.length;
  let s = 0;
  let consumed = end;
  while (s < end) {
    let c = b[s++];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const startinpos = s - 1;
    let message: string;
    let incomplete = false;
    escape: {
      if (s >= end) {
        message = "\\ at end of string";
        incomplete = true;
        break escape;
      }
      c = b[s++];
      if (c === 0x0a) continue;
      const simple = SIMPLE_ESCAPES.get(c);
      if (simple !== undefined) {
        out.push(simple);
        continue;
      }
      if (c >= 0x30 && c <= 0x37) {
        let ch = c - 0x30;
        if (s < end && b[s] >= 0x30 && b[s] <= 0x37) {
          ch = (ch << 3) + b[s++] - 0x30;
          if (s < end && b[s] >= 0x30 && b[s] <= 0x37) ch = (ch << 3) + b[s++] - 0x30;
        }
        out.push(ch);
        continue;
      }
      let count = 0;
      if (c === 0x78) {
        count = 2;
        message = "truncated \\xXX escape";
      } else if (c === 0x75) {
        count = 4;
        message = "truncated \\uXXXX escape";
      } else if (c === 0x55) {
        count = 8;
        message = "truncated \\UXXXXXXXX escape";
      } else if (c === 0x4e) {
        message = "malformed \\N character escape";
        if (s >= end) {
          incomplete = true;
          break escape;
        }
        if (b[s] === 0x7b) {
          const start = ++s;
          while (s < end && b[s] !== 0x7d) s++;
          if (s >= end) {
            incomplete = true;
            break escape;
          }
          const namelen = s - start;
          if (namelen) {
            s++;
            let name = "";
            for (let k = start; k < start + namelen; k++) name += String.fromCharCode(b[k]);
            const code = _getcode(name);
            if (code >= 0) {
              out.push(code);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
        break escape;
      } else {
        // Not an escape: kept as written.
        out.push(0x5c, c);
        continue;
      }
      let ch = 0;
      for (; count; ++s, --count) {
        if (s >= end) {
          incomplete = true;
          break escape;
        }
        const d = hexval(b[s]);
        if (d >= 16) break escape;
        ch = ch * 16 + d;
      }
      if (ch > 0x10ffff) {
        message = "illegal Unicode character";
        break escape;
      }
      out.push(ch);
      continue;
    }
    if (incomplete && !final) {
      consumed = startinpos;
      break;
    }
    const r = decode_call_errorhandler(errors ?? "strict", "unicodeescape", message!, b, startinpos, s);
    if (r === null) return null;
    for (const ch of codepoints(r.rep as string)) out.push(ch);
    s = r.newpos;
  }
  return [fromCodePoints(out), consumed];
}

/** @cpython PyUnicode_AsUnicodeEscapeString: printable ASCII as itself, the rest escaped. */
export function PyUnicode_AsUnicodeEscapeString(s: string): Uint8Array {
  const out = new ByteBuffer(s.length);
  for (let k = 0; k < s.length;) {
    const ch = s.codePointAt(k)!;
    k += ch > 0xffff ? 2 : 1;
    if (ch < 0x100) {
      if (ch >= 0x20 && ch < 0x7f) {
        if (ch === 0x5c) out.push(0x5c);
        out.push(ch);
      } else if (ch === 0x09) out.pushAscii("\\t");
      else if (ch === 0x0a) out.pushAscii("\\n");
      else if (ch === 0x0d) out.pushAscii("\\r");
      else out.pushAscii("\\x" + HEX[ch >> 4] + HEX[ch & 0xf]);
    } else if (ch < 0x10000) out.pushAscii("\\u" + ch.toString(16).padStart(4, "0"));
    else out.pushAscii("\\U" + ch.toString(16).padStart(8, "0"));
  }
  return out.result();
}

/**
 * @cpython _PyUnicode_DecodeRawUnicodeEscapeStateful: only \uXXXX and \UXXXXXXXX are escapes;
 * every other byte (a lone backslash too) is its Latin-1 character.
 */
export function _PyUnicode_DecodeRawUnicodeEscapeStateful(b: Uint8Array, errors: string | null, final: boolean): [string, number] | null {
  const out: number[] = [];
  const end = b.length;
  let s = 0;
  let consumed = end;
  while (s < end) {
    let c = b[s++];
    if (c !== 0x5c || (s >= end && final)) {
      out.push(c);
      continue;
    }
    const startinpos = s - 1;
    let message = "\\ at end of string";
    let incomplete = false;
    escape: {
      if (s >= end) {
        incomplete = true;
        break escape;
      }
      c = b[s++];
      let count: number;
      if (c === 0x75) {
        count = 4;
        message = "truncated \\uXXXX escape";
      } else if (c === 0x55) {
        count = 8;
        message = "truncated \\UXXXXXXXX escape";
      } else {
        out.push(0x5c, c);
        continue;
      }
      let ch = 0;
      for (; count; ++s, --count) {
        if (s >= end) {
          incomplete = true;
          break escape;
        }
        const d = hexval(b[s]);
        if (d >= 16) break escape;
        ch = ch * 16 + d;
      }
      if (ch > 0x10ffff) {
        message = "\\Uxxxxxxxx out of range";
        break escape;
      }
      out.push(ch);
      continue;
    }
    if (incomplete && !final) {
      consumed = startinpos;
      break;
    }
    const r = decode_call_errorhandler(errors ?? "strict", "rawunicodeescape", message, b, startinpos, s);
    if (r === null) return null;
    for (const ch of codepoints(r.rep as string)) out.push(ch);
    s = r.newpos;
  }
  return [fromCodePoints(out), consumed];
}

/** @cpython PyUnicode_AsRawUnicodeEscapeString: Latin-1 characters as bytes, the rest \u/\U. */
export function PyUnicode_AsRawUnicodeEscapeString(s: string): Uint8Array {
  const out = new ByteBuffer(s.length);
  for (let k = 0; k < s.length;) {
    const ch = s.codePointAt(k)!;
    k += ch > 0xffff ? 2 : 1;
    if (ch < 0x100) out.push(ch);
    else if (ch < 0x10000) out.pushAscii("\\u" + ch.toString(16).padStart(4, "0"));
    else out.pushAscii("\\U" + ch.toString(16).padStart(8, "0"));
  }
  return out.result();
}

// =============================================================================================
// Character-mapping codecs (charmap) and EncodingMap
// =============================================================================================
//
// Lib/encodings/cp1252.py and its kind decode with a 256-character str (byte -> character,
// U+FFFE for undefined) and encode with the EncodingMap charmap_build makes from that str:
// a three-level trie from character to byte.

/**
 * @cpython encoding_map: the trie. level1[c >> 11] picks a 16-entry block of level 2,
 * whose entry for (c >> 7) & 15 picks a 128-entry block of level 3, holding the byte for
 * c & 127 (0 meaning unmapped, except for U+0000 itself).
 */
export class EncodingMapObject extends PyObject {
  level1: Uint8Array;
  count2: number;
  count3: number;
  level23: Uint8Array;
  constructor(type: PyTypeObject, level1: Uint8Array, count2: number, count3: number, level23: Uint8Array) {
    super(type);
    this.level1 = level1;
    this.count2 = count2;
    this.count3 = count3;
    this.level23 = level23;
  }
}

/** @cpython EncodingMap_size_impl: the size in bytes of CPython's struct for this trie. */
function EncodingMap_size(self: PyObject): PyObject {
  const m = self as EncodingMapObject;
  // sizeof(struct encoding_map) is 64 on 64-bit builds; its last byte starts level23.
  return PyLong_FromNumber(63 + 16 * m.count2 + 128 * m.count3);
}

/** @cpython EncodingMapType */
export const EncodingMapType: PyTypeObject = new PyTypeObject({
  tp_name: "EncodingMap",
  tp_basicsize: 64,
  tp_methods: [{
    ml_name: "size", ml_meth: EncodingMap_size, ml_flags: METH_NOARGS,
    ml_doc: "size($self, /)\n--\n\nThe size in bytes this map takes.",
  }],
});

/**
 * @cpython PyUnicode_BuildEncodingMap: the trie for a decoding-table str, or a dict
 * {ord(char): byte} when the table does not fit one (non-BMP characters, a U+0000 that is
 * not at 0, or too many blocks).
 */
export function PyUnicode_BuildEncodingMap(string: PyUnicodeObject): PyObject | null {
  const cps = codepoints(string.str);
  if (cps.length === 0) return PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
  const length = Math.min(cps.length, 256);
  const level1 = new Uint8Array(32).fill(0xff);
  const level2 = new Uint8Array(512).fill(0xff);
  let count2 = 0, count3 = 0;
  let need_dict = cps[0] !== 0;
  for (let i = 1; i < length && !need_dict; i++) {
    const ch = cps[i];
    if (ch === 0 || ch > 0xffff) {
      need_dict = true;
      break;
    }
    if (ch === 0xfffe) continue;
    const l1 = ch >> 11, l2 = ch >> 7;
    if (level1[l1] === 0xff) level1[l1] = count2++;
    if (level2[l2] === 0xff) level2[l2] = count3++;
  }
  if (count2 >= 0xff || count3 >= 0xff) need_dict = true;
  if (need_dict) {
    const result = PyDict_New();
    for (let i = 0; i < length; i++) {
      const key = PyLong_FromNumber(cps[i]), value = PyLong_FromNumber(i);
      const r = PyDict_SetItem(result, key, value);
      Py_DECREF(key);
      Py_DECREF(value);
      if (r < 0) {
        Py_DECREF(result);
        return null;
      }
    }
    return result;
  }
  const level23 = new Uint8Array(16 * count2 + 128 * count3);
  level23.fill(0xff, 0, 16 * count2);
  count3 = 0;
  for (let i = 1; i < length; i++) {
    const ch = cps[i];
    if (ch === 0xfffe) continue;
    const i2 = 16 * level1[ch >> 11] + ((ch >> 7) & 0xf);
    if (level23[i2] === 0xff) level23[i2] = count3++;
    level23[16 * count2 + 128 * level23[i2] + (ch & 0x7f)] = i;
  }
  return new EncodingMapObject(EncodingMapType, level1, count2, count3, level23);
}

/** @cpython encoding_map_lookup: the byte for c, or -1. */
function encoding_map_lookup(c: number, map: EncodingMapObject): number {
  if (c > 0xffff) return -1;
  if (c === 0) return 0;
  let i = map.level1[c >> 11];
  if (i === 0xff) return -1;
  i = map.level23[16 * i + ((c >> 7) & 0xf)];
  if (i === 0xff) return -1;
  i = map.level23[16 * map.count2 + 128 * i + (c & 0x7f)];
  return i === 0 ? -1 : i;
}

/** The int value of an int object as a JS number (bigints far out of range become ±Infinity). */
function int_value(o: PyObject): number {
  const v = (o as PyLongObject).ob_ival;
  return typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
}

/** @cpython charmap_decode_string / charmap_decode_mapping (via PyUnicode_DecodeCharmap) */
export function PyUnicode_DecodeCharmap(b: Uint8Array, mapping: PyObject | null, errors: string | null): string | null {
  if (mapping === null) return unicode_decode_latin1(b);
  if (b.length === 0) return "";
  const out: number[] = [];
  // An exact str is a decoding table: byte -> character, U+FFFE (or past the end) undefined.
  const table = PyUnicode_Check(mapping) && mapping.ob_type === PyUnicodeObject.type ? mapping : null;
  const maplen = table !== null ? PyUnicode_GET_LENGTH(table) : 0;
  let s = 0;
  while (s < b.length) {
    const ch = b[s];
    if (table !== null) {
      const x = ch < maplen ? PyUnicode_READ_CHAR(table, ch) : 0xfffe;
      if (x !== 0xfffe) {
        out.push(x);
        s++;
        continue;
      }
    } else {
      const key = PyLong_FromNumber(ch);
      const item = PyObject_GetItem(mapping, key);
      Py_DECREF(key);
      let undefined_mapping = false;
      if (item === null) {
        if (!PyErr_ExceptionMatches(PyExc_LookupError)) return null;
        PyErr_Clear();
        undefined_mapping = true;
      } else if (item === Py_None) {
        undefined_mapping = true;
      } else if (PyLong_Check(item)) {
        const value = int_value(item);
        Py_DECREF(item);
        if (value === 0xfffe) undefined_mapping = true;
        else if (value < 0 || value > 0x10ffff) {
          return PyErr_SetString(PyExc_TypeError, "character mapping must be in range(0x110000)");
        } else out.push(value);
      } else if (PyUnicode_Check(item)) {
        const v = codepoints(item.str);
        Py_DECREF(item);
        if (v.length === 1 && v[0] === 0xfffe) undefined_mapping = true;
        else for (const c of v) out.push(c);
      } else {
        Py_DECREF(item);
        return PyErr_SetString(PyExc_TypeError, "character mapping must return integer, None or str");
      }
      if (item === Py_None) Py_DECREF(item);
      if (!undefined_mapping) {
        s++;
        continue;
      }
    }
    // Undefined mapping.
    const r = decode_call_errorhandler(errors ?? "strict", "charmap", "character maps to <undefined>", b, s, s + 1);
    if (r === null) return null;
    for (const c of codepoints(r.rep as string)) out.push(c);
    s = r.newpos;
  }
  return fromCodePoints(out);
}

const enc_SUCCESS = 0, enc_FAILED = 1, enc_EXCEPTION = 2;

/**
 * @cpython charmapencode_lookup: mapping[ord(c)] checked: an int in range(256), bytes, or
 * None (also for LookupError) meaning unmapped; undefined with an error set.
 */
function charmapencode_lookup(c: number, mapping: PyObject): PyObject | undefined {
  const w = PyLong_FromNumber(c);
  const x = PyObject_GetItem(mapping, w);
  Py_DECREF(w);
  if (x === null) {
    if (PyErr_ExceptionMatches(PyExc_LookupError)) {
      PyErr_Clear();
      return Py_NewNone();
    }
    return undefined;
  }
  if (x === Py_None || PyBytes_Check(x)) return x;
  if (PyLong_Check(x)) {
    const value = int_value(x);
    if (value < 0 || value > 255) {
      Py_DECREF(x);
      PyErr_SetString(PyExc_TypeError, "character mapping must be in range(256)");
      return undefined;
    }
    return x;
  }
  PyErr_SetString(PyExc_TypeError, `character mapping must return integer, bytes or None, not ${x.ob_type.tp_name}`);
  Py_DECREF(x);
  return undefined;
}

/** @cpython charmapencode_output: write the mapping of c; enc_FAILED when c is unmapped. */
function charmapencode_output(c: number, mapping: PyObject, out: ByteBuffer): number {
  if (mapping instanceof EncodingMapObject) {
    const res = encoding_map_lookup(c, mapping);
    if (res === -1) return enc_FAILED;
    out.push(res);
    return enc_SUCCESS;
  }
  const rep = charmapencode_lookup(c, mapping);
  if (rep === undefined) return enc_EXCEPTION;
  if (rep === Py_None) {
    Py_DECREF(rep);
    return enc_FAILED;
  }
  if (PyLong_Check(rep)) out.push(int_value(rep));
  else out.pushBytes((rep as PyBytesObject).ob_sval);
  Py_DECREF(rep);
  return enc_SUCCESS;
}

/** @cpython charmap_encoding_error: handle the run of unmapped characters starting at inpos; the new position or -1. */
function charmap_encoding_error(s: string, cps: number[], inpos: number, mapping: PyObject, errors: string | null, out: ByteBuffer): number {
  const encoding = "charmap", reason = "character maps to <undefined>";
  const collstartpos = inpos;
  let collendpos = inpos + 1;
  while (collendpos < cps.length) {
    const ch = cps[collendpos];
    if (mapping instanceof EncodingMapObject) {
      if (encoding_map_lookup(ch, mapping) !== -1) break;
      ++collendpos;
      continue;
    }
    const rep = charmapencode_lookup(ch, mapping);
    if (rep === undefined) return -1;
    Py_DECREF(rep);
    if (rep !== Py_None) break;
    ++collendpos;
  }
  const through_mapping = (text: string): number => {
    for (let k = 0; k < text.length;) {
      const c = text.codePointAt(k)!;
      k += c > 0xffff ? 2 : 1;
      const x = charmapencode_output(c, mapping, out);
      if (x === enc_EXCEPTION) return -1;
      if (x === enc_FAILED) {
        raise_encode_exception(encoding, s, collstartpos, collendpos, reason);
        return -1;
      }
    }
    return 0;
  };
  switch (errors ?? "strict") {
    case "strict":
      raise_encode_exception(encoding, s, collstartpos, collendpos, reason);
      return -1;
    case "replace":
      if (through_mapping("?".repeat(collendpos - collstartpos)) < 0) return -1;
      return collendpos;
    case "ignore":
      return collendpos;
    case "xmlcharrefreplace": {
      let text = "";
      for (let k = collstartpos; k < collendpos; k++) text += `&#${cps[k]};`;
      if (through_mapping(text) < 0) return -1;
      return collendpos;
    }
  }
  const r = encode_call_errorhandler(errors!, encoding, reason, s, cps, collstartpos, collendpos);
  if (r === null) return -1;
  if (typeof r.rep !== "string") out.pushBytes(r.rep);
  else if (through_mapping(r.rep) < 0) return -1;
  return r.newpos;
}

/** @cpython _PyUnicode_EncodeCharmap: each character through the mapping (Latin-1 without one). */
export function _PyUnicode_EncodeCharmap(s: string, mapping: PyObject | null, errors: string | null): Uint8Array | null {
  if (mapping === null) return unicode_encode_ucs1(s, errors, 256);
  const cps = codepoints(s);
  const out = new ByteBuffer(cps.length);
  let inpos = 0;
  while (inpos < cps.length) {
    const x = charmapencode_output(cps[inpos], mapping, out);
    if (x === enc_EXCEPTION) return null;
    if (x === enc_FAILED) {
      const newpos = charmap_encoding_error(s, cps, inpos, mapping, errors, out);
      if (newpos < 0) return null;
      inpos = newpos;
    } else ++inpos;
  }
  return out.result();
}

// =============================================================================================
// The codec functions
// =============================================================================================

/** @cpython _codecs_utf_7_decode_impl: utf_7_decode(data, errors=None, final=False, /) */
function _codecs_utf_7_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("utf_7_decode", args, 3, false, 0);
  if (a === null) return null;
  const r = PyUnicode_DecodeUTF7Stateful(a.data, a.errors, a.final !== 0);
  return r === null ? null : codec_tuple(PyUnicode_FromString(r[0]), r[1]);
}

/** @cpython _codecs_utf_8_decode_impl: utf_8_decode(data, errors=None, final=False, /) */
function _codecs_utf_8_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("utf_8_decode", args, 3, false, 0);
  if (a === null) return null;
  const r = unicode_decode_utf8(a.data, a.errors, a.final !== 0);
  return r === null ? null : codec_tuple(PyUnicode_FromString(r[0]), r[1]);
}

/** The UTF-16/32 decoders: byte order 0 (BOM, else little-endian), -1 LE, 1 BE. */
function utf16_32_decode(fname: string, args: PyObject[], width: number, byteorder: number): PyObject | null {
  const a = decode_args(fname, args, 3, false, 0);
  if (a === null) return null;
  const r = unicode_decode_utf16_32(a.data, a.errors, byteorder, width, a.final !== 0);
  return r === null ? null : codec_tuple(PyUnicode_FromString(r[0]), r[1]);
}

/** @cpython _codecs_utf_16_ex_decode_impl (also utf_32_ex_decode): (str, consumed, byteorder) */
function utf16_32_ex_decode(fname: string, args: PyObject[], width: number): PyObject | null {
  if (!_PyArg_CheckPositional(fname, args.length, 1, 4)) return null;
  const data = buffer_arg(args[0], false);
  if (data === null) return null;
  const errors = errors_arg(fname, "argument 2", args[1]);
  if (errors === undefined) return null;
  const byteorder = int_arg(args[2], 0);
  if (byteorder === null) return null;
  const final = int_arg(args[3], 0);
  if (final === null) return null;
  const r = unicode_decode_utf16_32(data, errors, byteorder === 0 ? 0 : byteorder < 0 ? -1 : 1, width, final !== 0);
  if (r === null) return null;
  return _PyTuple_FromArraySteal([PyUnicode_FromString(r[0]), PyLong_FromNumber(r[1]), PyLong_FromNumber(r[2])]);
}

/** @cpython _codecs_unicode_escape_decode_impl: unicode_escape_decode(data, errors=None, final=True, /) */
function _codecs_unicode_escape_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("unicode_escape_decode", args, 3, true, 1);
  if (a === null) return null;
  const r = _PyUnicode_DecodeUnicodeEscapeStateful(a.data, a.errors, a.final !== 0);
  return r === null ? null : codec_tuple(PyUnicode_FromString(r[0]), r[1]);
}

/** @cpython _codecs_raw_unicode_escape_decode_impl: raw_unicode_escape_decode(data, errors=None, final=True, /) */
function _codecs_raw_unicode_escape_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("raw_unicode_escape_decode", args, 3, true, 1);
  if (a === null) return null;
  const r = _PyUnicode_DecodeRawUnicodeEscapeStateful(a.data, a.errors, a.final !== 0);
  return r === null ? null : codec_tuple(PyUnicode_FromString(r[0]), r[1]);
}

/** @cpython _codecs_latin_1_decode_impl: latin_1_decode(data, errors=None, /) */
function _codecs_latin_1_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("latin_1_decode", args, 2, false, 0);
  if (a === null) return null;
  return codec_tuple(PyUnicode_FromString(unicode_decode_latin1(a.data)), a.data.length);
}

/** @cpython _codecs_ascii_decode_impl: ascii_decode(data, errors=None, /) */
function _codecs_ascii_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("ascii_decode", args, 2, false, 0);
  if (a === null) return null;
  return codec_tuple(str_result(unicode_decode_ascii(a.data, a.errors)), a.data.length);
}

/** @cpython _codecs_charmap_decode_impl: charmap_decode(data, errors=None, mapping=None, /) */
function _codecs_charmap_decode(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("charmap_decode", args.length, 1, 3)) return null;
  const a = decode_args("charmap_decode", args.slice(0, 2), 2, false, 0);
  if (a === null) return null;
  const mapping = args.length > 2 && args[2] !== Py_None ? args[2] : null;
  return codec_tuple(str_result(PyUnicode_DecodeCharmap(a.data, mapping, a.errors)), a.data.length);
}

/** @cpython _codecs_readbuffer_encode_impl: readbuffer_encode(data, errors=None, /) — the bytes as they are */
function _codecs_readbuffer_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = decode_args("readbuffer_encode", args, 2, true, 0);
  if (a === null) return null;
  return codec_tuple(PyBytes_FromArray(a.data.slice()), a.data.length);
}

/** @cpython _codecs_utf_7_encode_impl: utf_7_encode(str, errors=None, /) */
function _codecs_utf_7_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = encode_args("utf_7_encode", args, 2);
  if (a === null) return null;
  return codec_tuple(PyBytes_FromArray(_PyUnicode_EncodeUTF7(a.str.str, false, false)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_utf_8_encode_impl: utf_8_encode(str, errors=None, /) */
function _codecs_utf_8_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = encode_args("utf_8_encode", args, 2);
  if (a === null) return null;
  return codec_tuple(bytes_result(unicode_encode_utf8(a.str.str, a.errors)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_utf_16_encode_impl (also utf_32_encode): (str, errors=None, byteorder=0, /) */
function utf16_32_encode_bo(fname: string, args: PyObject[], width: number): PyObject | null {
  const a = encode_args(fname, args, 3);
  if (a === null) return null;
  const byteorder = int_arg(args[2], 0);
  if (byteorder === null) return null;
  const b = unicode_encode_utf16_32(a.str.str, a.errors, byteorder === 0 ? 0 : byteorder < 0 ? -1 : 1, width);
  return codec_tuple(bytes_result(b), PyUnicode_GET_LENGTH(a.str));
}

/** The fixed-order UTF-16/32 encoders. */
function utf16_32_encode(fname: string, args: PyObject[], width: number, byteorder: number): PyObject | null {
  const a = encode_args(fname, args, 2);
  if (a === null) return null;
  return codec_tuple(bytes_result(unicode_encode_utf16_32(a.str.str, a.errors, byteorder, width)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_unicode_escape_encode_impl: unicode_escape_encode(str, errors=None, /) */
function _codecs_unicode_escape_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = encode_args("unicode_escape_encode", args, 2);
  if (a === null) return null;
  return codec_tuple(PyBytes_FromArray(PyUnicode_AsUnicodeEscapeString(a.str.str)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_raw_unicode_escape_encode_impl: raw_unicode_escape_encode(str, errors=None, /) */
function _codecs_raw_unicode_escape_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = encode_args("raw_unicode_escape_encode", args, 2);
  if (a === null) return null;
  return codec_tuple(PyBytes_FromArray(PyUnicode_AsRawUnicodeEscapeString(a.str.str)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_latin_1_encode_impl: latin_1_encode(str, errors=None, /) */
function _codecs_latin_1_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = encode_args("latin_1_encode", args, 2);
  if (a === null) return null;
  return codec_tuple(bytes_result(unicode_encode_ucs1(a.str.str, a.errors, 256)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_ascii_encode_impl: ascii_encode(str, errors=None, /) */
function _codecs_ascii_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  const a = encode_args("ascii_encode", args, 2);
  if (a === null) return null;
  return codec_tuple(bytes_result(unicode_encode_ucs1(a.str.str, a.errors, 128)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_charmap_encode_impl: charmap_encode(str, errors=None, mapping=None, /) */
function _codecs_charmap_encode(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("charmap_encode", args.length, 1, 3)) return null;
  const a = encode_args("charmap_encode", args.slice(0, 2), 2);
  if (a === null) return null;
  const mapping = args.length > 2 && args[2] !== Py_None ? args[2] : null;
  return codec_tuple(bytes_result(_PyUnicode_EncodeCharmap(a.str.str, mapping, a.errors)), PyUnicode_GET_LENGTH(a.str));
}

/** @cpython _codecs_charmap_build_impl: charmap_build(map, /) -> EncodingMap (or dict) */
function _codecs_charmap_build(_module: PyObject, arg: PyObject): PyObject | null {
  const map = unicode_arg("charmap_build", "argument", arg);
  if (map === null) return null;
  return PyUnicode_BuildEncodingMap(map);
}

const F = METH_FASTCALL;
const _codecs_functions: PyMethodDef[] = [
  { ml_name: "register", ml_meth: _codecs_register, ml_flags: METH_O,
    ml_doc: "register($module, search_function, /)\n--\n\nAdd a codec search function: called with a normalized encoding name, it\nanswers a CodecInfo (or a 4-tuple encoder, decoder, reader, writer) or None." },
  { ml_name: "unregister", ml_meth: _codecs_unregister, ml_flags: METH_O,
    ml_doc: "unregister($module, search_function, /)\n--\n\nRemove a codec search function and forget the codecs found so far.\nNothing happens if it is not registered." },
  { ml_name: "lookup", ml_meth: _codecs_lookup, ml_flags: METH_O,
    ml_doc: "lookup($module, encoding, /)\n--\n\nThe CodecInfo the registered search functions give for encoding." },
  { ml_name: "encode", ml_meth: _codecs_encode, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "encode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nEncode obj with the codec registered for encoding (any codec, not only\ntext ones); errors names the error handler." },
  { ml_name: "decode", ml_meth: _codecs_decode, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "decode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nDecode obj with the codec registered for encoding (any codec, not only\ntext ones); errors names the error handler." },
  { ml_name: "escape_encode", ml_meth: _codecs_escape_encode, ml_flags: F,
    ml_doc: "escape_encode($module, data, errors=None, /)\n--\n\n" },
  { ml_name: "escape_decode", ml_meth: _codecs_escape_decode, ml_flags: F,
    ml_doc: "escape_decode($module, data, errors=None, /)\n--\n\n" },
  { ml_name: "utf_8_encode", ml_meth: _codecs_utf_8_encode, ml_flags: F, ml_doc: "utf_8_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "utf_8_decode", ml_meth: _codecs_utf_8_decode, ml_flags: F, ml_doc: "utf_8_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_7_encode", ml_meth: _codecs_utf_7_encode, ml_flags: F, ml_doc: "utf_7_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "utf_7_decode", ml_meth: _codecs_utf_7_decode, ml_flags: F, ml_doc: "utf_7_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_16_encode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_encode_bo("utf_16_encode", a, 2), ml_flags: F,
    ml_doc: "utf_16_encode($module, str, errors=None, byteorder=0, /)\n--\n\n" },
  { ml_name: "utf_16_le_encode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_encode("utf_16_le_encode", a, 2, -1), ml_flags: F,
    ml_doc: "utf_16_le_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "utf_16_be_encode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_encode("utf_16_be_encode", a, 2, 1), ml_flags: F,
    ml_doc: "utf_16_be_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "utf_16_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_decode("utf_16_decode", a, 2, 0), ml_flags: F,
    ml_doc: "utf_16_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_16_le_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_decode("utf_16_le_decode", a, 2, -1), ml_flags: F,
    ml_doc: "utf_16_le_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_16_be_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_decode("utf_16_be_decode", a, 2, 1), ml_flags: F,
    ml_doc: "utf_16_be_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_16_ex_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_ex_decode("utf_16_ex_decode", a, 2), ml_flags: F,
    ml_doc: "utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False, /)\n--\n\n" },
  { ml_name: "utf_32_encode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_encode_bo("utf_32_encode", a, 4), ml_flags: F,
    ml_doc: "utf_32_encode($module, str, errors=None, byteorder=0, /)\n--\n\n" },
  { ml_name: "utf_32_le_encode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_encode("utf_32_le_encode", a, 4, -1), ml_flags: F,
    ml_doc: "utf_32_le_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "utf_32_be_encode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_encode("utf_32_be_encode", a, 4, 1), ml_flags: F,
    ml_doc: "utf_32_be_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "utf_32_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_decode("utf_32_decode", a, 4, 0), ml_flags: F,
    ml_doc: "utf_32_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_32_le_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_decode("utf_32_le_decode", a, 4, -1), ml_flags: F,
    ml_doc: "utf_32_le_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_32_be_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_decode("utf_32_be_decode", a, 4, 1), ml_flags: F,
    ml_doc: "utf_32_be_decode($module, data, errors=None, final=False, /)\n--\n\n" },
  { ml_name: "utf_32_ex_decode", ml_meth: (_m: PyObject, a: PyObject[]) => utf16_32_ex_decode("utf_32_ex_decode", a, 4), ml_flags: F,
    ml_doc: "utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False, /)\n--\n\n" },
  { ml_name: "unicode_escape_encode", ml_meth: _codecs_unicode_escape_encode, ml_flags: F,
    ml_doc: "unicode_escape_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "unicode_escape_decode", ml_meth: _codecs_unicode_escape_decode, ml_flags: F,
    ml_doc: "unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n" },
  { ml_name: "raw_unicode_escape_encode", ml_meth: _codecs_raw_unicode_escape_encode, ml_flags: F,
    ml_doc: "raw_unicode_escape_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "raw_unicode_escape_decode", ml_meth: _codecs_raw_unicode_escape_decode, ml_flags: F,
    ml_doc: "raw_unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n" },
  { ml_name: "latin_1_encode", ml_meth: _codecs_latin_1_encode, ml_flags: F, ml_doc: "latin_1_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "latin_1_decode", ml_meth: _codecs_latin_1_decode, ml_flags: F, ml_doc: "latin_1_decode($module, data, errors=None, /)\n--\n\n" },
  { ml_name: "ascii_encode", ml_meth: _codecs_ascii_encode, ml_flags: F, ml_doc: "ascii_encode($module, str, errors=None, /)\n--\n\n" },
  { ml_name: "ascii_decode", ml_meth: _codecs_ascii_decode, ml_flags: F, ml_doc: "ascii_decode($module, data, errors=None, /)\n--\n\n" },
  { ml_name: "charmap_encode", ml_meth: _codecs_charmap_encode, ml_flags: F,
    ml_doc: "charmap_encode($module, str, errors=None, mapping=None, /)\n--\n\n" },
  { ml_name: "charmap_decode", ml_meth: _codecs_charmap_decode, ml_flags: F,
    ml_doc: "charmap_decode($module, data, errors=None, mapping=None, /)\n--\n\n" },
  { ml_name: "charmap_build", ml_meth: _codecs_charmap_build, ml_flags: METH_O, ml_doc: "charmap_build($module, map, /)\n--\n\n" },
  { ml_name: "readbuffer_encode", ml_meth: _codecs_readbuffer_encode, ml_flags: F,
    ml_doc: "readbuffer_encode($module, data, errors=None, /)\n--\n\n" },
  { ml_name: "register_error", ml_meth: _codecs_register_error, ml_flags: F,
    ml_doc: "register_error($module, errors, handler, /)\n--\n\nRegister handler under the name errors. It is called with the\nUnicodeEncodeError/DecodeError/TranslateError and answers\n(replacement, position to go on from)." },
  { ml_name: "lookup_error", ml_meth: _codecs_lookup_error, ml_flags: METH_O,
    ml_doc: "lookup_error($module, name, /)\n--\n\nThe error handler registered under name; LookupError when there is none." },
];

/** @cpython PyInit__codecs */
export function PyInit__codecs(): PyObject | null {
  // EncodingMap is not a module attribute (CPython readies it with str's types).
  if (PyType_Ready(EncodingMapType) < 0) return null;
  return PyModule_Create("_codecs", null, _codecs_functions);
}
