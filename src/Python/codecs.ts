/**
 * @mirrors Python/codecs.c
 *
 * The codec registry. A codec is found by name through search functions registered with
 * codecs.register (Lib/encodings registers the one that knows every encodings/*.py module);
 * the name is normalized first (lower case, each run of other characters than letters,
 * digits and '.' becomes one '_'), and each answer is cached:
 *
 *   "x".encode("Windows-1252")
 *     -> not one of str's built-in fast paths (utf-8, ascii, latin-1, utf-16/32)
 *     -> _PyCodec_EncodeText: lookup("windows_1252")
 *          cache miss -> encodings.search_function("windows_1252") -> CodecInfo of cp1252
 *     -> CodecInfo.encode("x", errors) -> (b"x", 1) -> b"x"
 *
 * The error-handler registry lives here too: the eight standard handlers (strict, ignore,
 * replace, xmlcharrefreplace, backslashreplace, namereplace, surrogateescape,
 * surrogatepass) are registered when the registry starts, and codecs.register_error adds
 * more. A handler gets the UnicodeEncodeError/DecodeError/TranslateError and answers
 * (replacement, position to resume at):
 *
 *   >>> codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "aé", 1, 2, "x"))
 *   ('?', 2)
 *
 * The registry starts lazily, on the first lookup or registration, by importing the
 * `encodings` package (as CPython's _PyCodecRegistry_Init does).
 *
 * DIVERGENCE: CPython keeps the registry on PyInterpreterState; here a map keyed by the
 * interpreter holds it, so the interpreter struct stays as it is.
 * DIVERGENCE: CPython cannot start without `encodings`. typhon can run with no standard
 * library (a browser page without the archive, or a build whose import system cannot find
 * Lib/): then the registry runs without the encodings search function, an unknown name is
 * reported as "unknown encoding: NAME", and str.encode/bytes.decode fall back to the codecs
 * built into unicodeobject.ts for the aliases Lib/encodings/aliases.py gives them.
 */
import { PyObject, Py_DECREF, Py_INCREF, type PyMethodDef, METH_O } from "../Include/object.ts";
import { _PyThreadState_GET, type PyInterpreterState } from "./pystate.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_ExceptionMatches, PyErr_Clear } from "./errors.ts";
import { PyImport_ImportModule } from "./import.ts";
import {
  PyExc_LookupError, PyExc_TypeError, PyExc_ImportError, PyExc_SystemError, PyExc_UnicodeEncodeError, PyExc_UnicodeDecodeError,
  PyExc_UnicodeTranslateError, PyExceptionInstance_Check, _PyErr_TrySetFromCause,
  PyUnicodeEncodeError_GetStart, PyUnicodeEncodeError_GetEnd, PyUnicodeEncodeError_GetObject,
  PyUnicodeEncodeError_GetEncoding, PyUnicodeDecodeError_GetStart, PyUnicodeDecodeError_GetEnd,
  PyUnicodeDecodeError_GetObject, PyUnicodeDecodeError_GetEncoding, PyUnicodeTranslateError_GetStart,
  PyUnicodeTranslateError_GetEnd, PyUnicodeTranslateError_GetObject,
} from "../Objects/exceptions.ts";
import { PyListObject, PyList_New, PyList_Append, PyList_SetSlice } from "../Objects/listobject.ts";
import { PyDictObject, PyDict_New, PyDict_GetItemWithError, PyDict_SetItem, PyDict_Clear } from "../Objects/dictobject.ts";
import { PyTuple_Check, PyTuple_CheckExact, type PyTupleObject, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import {
  PyUnicodeObject, PyUnicode_FromString, PyUnicode_InternInPlace, _Py_normalize_encoding, _PyUnicode_FromId,
} from "../Objects/unicodeobject.ts";
import { PyBytes_FromArray, PyBytesObject } from "../Objects/bytesobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyCallable_Check, Py_None, _PyObject_LookupAttr, PyObject_IsTrue, PyObject_GetAttrString } from "../Objects/object.ts";
import { PyObject_CallOneArg, PyObject_Vectorcall, PyObject_CallNoArgs } from "../Objects/call.ts";
import { PyType_IsSubtype } from "../Objects/typeobject.ts";
import { PyCFunction_NewEx } from "../Objects/methodobject.ts";
import { _getucname } from "../Modules/unicodedata.ts";

/** The registry of one interpreter (the codec_* fields of CPython's PyInterpreterState). */
class CodecRegistry {
  /** Search functions, in registration order. */
  codec_search_path: PyListObject;
  /** Normalized name -> codec (CodecInfo or 4-tuple). */
  codec_search_cache: PyDictObject;
  /** Error-handler name -> handler. */
  codec_error_registry: PyDictObject;
  codecs_initialized: boolean;
  /** The encodings package could not be imported (see the header). */
  encodings_missing: boolean;
  constructor() {
    this.codec_search_path = PyList_New(0);
    this.codec_search_cache = PyDict_New();
    this.codec_error_registry = PyDict_New();
    this.codecs_initialized = false;
    this.encodings_missing = false;
  }
}

const registries = new WeakMap<PyInterpreterState, CodecRegistry>();

/** The interpreter's registry, starting it if needed; null with an error set. */
function registry(): CodecRegistry | null {
  const interp = _PyThreadState_GET().interp;
  const r = registries.get(interp);
  if (r !== undefined) return r;
  return _PyCodecRegistry_Init(interp);
}

/**
 * @cpython _PyCodecRegistry_Init: create the registry, register the standard error
 * handlers, then import `encodings`, whose import registers its search function.
 */
function _PyCodecRegistry_Init(interp: PyInterpreterState): CodecRegistry | null {
  const r = new CodecRegistry();
  registries.set(interp, r);
  for (const [name, def] of STANDARD_ERROR_HANDLERS) {
    const func = PyCFunction_NewEx(def, null, null);
    const key = PyUnicode_FromString(name);
    const res = PyDict_SetItem(r.codec_error_registry, key, func);
    Py_DECREF(key);
    Py_DECREF(func);
    if (res < 0) return null;
  }
  const mod = PyImport_ImportModule("encodings");
  if (mod === null) {
    // See the header: the registry goes on without Lib/encodings. An import that failed for
    // another reason than a missing module is still reported, once, to this first caller.
    r.encodings_missing = true;
    if (PyErr_ExceptionMatches(PyExc_ImportError)) PyErr_Clear();
    else return null;
  } else Py_DECREF(mod);
  r.codecs_initialized = true;
  return r;
}

/**
 * Whether the registry runs without Lib/encodings (see the header); only a registry that
 * has already started can say so. Used by unicodeobject.ts for its fallback codecs.
 */
export function _PyCodec_EncodingsMissing(): boolean {
  const r = registries.get(_PyThreadState_GET().interp);
  return r !== undefined && r.encodings_missing;
}

/** @cpython PyCodec_Register: append a search function. */
export function PyCodec_Register(search_function: PyObject): number {
  const r = registry();
  if (r === null) return -1;
  if (!PyCallable_Check(search_function)) {
    PyErr_SetString(PyExc_TypeError, "argument must be callable");
    return -1;
  }
  return PyList_Append(r.codec_search_path, search_function);
}

/** @cpython PyCodec_Unregister: remove a search function (by identity) and empty the cache. */
export function PyCodec_Unregister(search_function: PyObject): number {
  const r = registries.get(_PyThreadState_GET().interp);
  if (r === undefined) return 0;
  const items = r.codec_search_path.ob_item;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === search_function) {
      PyDict_Clear(r.codec_search_cache);
      return PyList_SetSlice(r.codec_search_path, i, i + 1, null);
    }
  }
  return 0;
}

/** @cpython normalizestring: the registry's key for an encoding name. @returns new */
function normalizestring(encoding: string): PyUnicodeObject {
  return PyUnicode_FromString(_Py_normalize_encoding(encoding));
}

/**
 * @cpython _PyCodec_Lookup: the codec (a CodecInfo, or any 4-tuple) for an encoding name,
 * from the cache or by asking each search function in turn. @returns new
 */
export function _PyCodec_Lookup(encoding: string): PyObject | null {
  const r = registry();
  if (r === null) return null;
  const raw = normalizestring(encoding);
  const v = PyUnicode_InternInPlace(raw);
  if (v !== raw) {
    // An equal string was interned already: hold that one instead.
    Py_INCREF(v);
    Py_DECREF(raw);
  }
  let result = PyDict_GetItemWithError(r.codec_search_cache, v);
  if (result !== null) {
    Py_INCREF(result);
    Py_DECREF(v);
    return result;
  }
  // Iterate over a snapshot: a search function may register another one.
  const funcs = r.codec_search_path.ob_item.slice();
  if (funcs.length === 0) {
    Py_DECREF(v);
    if (r.encodings_missing) return PyErr_SetString(PyExc_LookupError, `unknown encoding: ${encoding}`);
    return PyErr_SetString(PyExc_LookupError, "no codec search functions registered: can't find encoding");
  }
  result = null;
  for (const func of funcs) {
    Py_INCREF(func);
    const res = PyObject_CallOneArg(func, v);
    Py_DECREF(func);
    if (res === null) {
      Py_DECREF(v);
      return null;
    }
    if (res === Py_None) {
      Py_DECREF(res);
      continue;
    }
    if (!PyTuple_Check(res) || res.ob_item.length !== 4) {
      Py_DECREF(res);
      Py_DECREF(v);
      return PyErr_SetString(PyExc_TypeError, "codec search functions must return 4-tuples");
    }
    result = res;
    break;
  }
  if (result === null) {
    Py_DECREF(v);
    return PyErr_SetString(PyExc_LookupError, `unknown encoding: ${encoding}`);
  }
  if (PyDict_SetItem(r.codec_search_cache, v, result) < 0) {
    Py_DECREF(result);
    Py_DECREF(v);
    return null;
  }
  Py_DECREF(v);
  return result;
}

/** @cpython PyCodec_KnownEncoding */
export function PyCodec_KnownEncoding(encoding: string): boolean {
  const codecs = _PyCodec_Lookup(encoding);
  if (codecs === null) {
    PyErr_Clear();
    return false;
  }
  Py_DECREF(codecs);
  return true;
}

/** @cpython codec_getitem: item `index` of the codec tuple (0 encoder, 1 decoder, 2 reader, 3 writer). @returns new */
function codec_getitem(encoding: string, index: number): PyObject | null {
  const codecs = _PyCodec_Lookup(encoding);
  if (codecs === null) return null;
  const v = (codecs as PyTupleObject).ob_item[index];
  Py_INCREF(v);
  Py_DECREF(codecs);
  return v;
}

/** @cpython codec_makeincrementalcodec: codec_info.<attrname>(errors) @returns new */
function codec_makeincrementalcodec(codec_info: PyObject, errors: string | null, attrname: string): PyObject | null {
  const inccodec = PyObject_GetAttrString(codec_info, attrname);
  if (inccodec === null) return null;
  let ret: PyObject | null;
  if (errors !== null) {
    const e = PyUnicode_FromString(errors);
    ret = PyObject_CallOneArg(inccodec, e);
    Py_DECREF(e);
  } else ret = PyObject_CallNoArgs(inccodec);
  Py_DECREF(inccodec);
  return ret;
}

/** @cpython codec_getincrementalcodec @returns new */
function codec_getincrementalcodec(encoding: string, errors: string | null, attrname: string): PyObject | null {
  const codec_info = _PyCodec_Lookup(encoding);
  if (codec_info === null) return null;
  const ret = codec_makeincrementalcodec(codec_info, errors, attrname);
  Py_DECREF(codec_info);
  return ret;
}

/** @cpython codec_getstreamcodec: codec[index](stream, errors) @returns new */
function codec_getstreamcodec(encoding: string, stream: PyObject, errors: string | null, index: number): PyObject | null {
  const codecs = _PyCodec_Lookup(encoding);
  if (codecs === null) return null;
  const codeccls = (codecs as PyTupleObject).ob_item[index];
  let streamcodec: PyObject | null;
  if (errors !== null) {
    const e = PyUnicode_FromString(errors);
    streamcodec = PyObject_Vectorcall(codeccls, [stream, e], null);
    Py_DECREF(e);
  } else streamcodec = PyObject_CallOneArg(codeccls, stream);
  Py_DECREF(codecs);
  return streamcodec;
}

/** @cpython _PyCodecInfo_GetIncrementalDecoder @returns new */
export function _PyCodecInfo_GetIncrementalDecoder(codec_info: PyObject, errors: string | null): PyObject | null {
  return codec_makeincrementalcodec(codec_info, errors, "incrementaldecoder");
}

/** @cpython _PyCodecInfo_GetIncrementalEncoder @returns new */
export function _PyCodecInfo_GetIncrementalEncoder(codec_info: PyObject, errors: string | null): PyObject | null {
  return codec_makeincrementalcodec(codec_info, errors, "incrementalencoder");
}

/** @cpython PyCodec_Encoder @returns new */
export const PyCodec_Encoder = (encoding: string): PyObject | null => codec_getitem(encoding, 0);
/** @cpython PyCodec_Decoder @returns new */
export const PyCodec_Decoder = (encoding: string): PyObject | null => codec_getitem(encoding, 1);
/** @cpython PyCodec_IncrementalEncoder @returns new */
export const PyCodec_IncrementalEncoder = (encoding: string, errors: string | null): PyObject | null =>
  codec_getincrementalcodec(encoding, errors, "incrementalencoder");
/** @cpython PyCodec_IncrementalDecoder @returns new */
export const PyCodec_IncrementalDecoder = (encoding: string, errors: string | null): PyObject | null =>
  codec_getincrementalcodec(encoding, errors, "incrementaldecoder");
/** @cpython PyCodec_StreamReader @returns new */
export const PyCodec_StreamReader = (encoding: string, stream: PyObject, errors: string | null): PyObject | null =>
  codec_getstreamcodec(encoding, stream, errors, 2);
/** @cpython PyCodec_StreamWriter @returns new */
export const PyCodec_StreamWriter = (encoding: string, stream: PyObject, errors: string | null): PyObject | null =>
  codec_getstreamcodec(encoding, stream, errors, 3);

/**
 * @cpython wrap_codec_error: when the codec raised a plain exception (one that carries only
 * its message), re-raise it as the same type saying which codec failed, chained to it.
 */
function wrap_codec_error(operation: string, encoding: string): void {
  _PyErr_TrySetFromCause(`${operation} with '${encoding}' codec failed`);
}

/**
 * @cpython _PyCodec_EncodeInternal / _PyCodec_DecodeInternal: call the codec function as
 * f(object[, errors]) and take the first item of the (result, length consumed) answer.
 * `coder` is stolen. @returns new
 */
function codec_call(object: PyObject, coder: PyObject, encoding: string, errors: string | null, encode: boolean): PyObject | null {
  let result: PyObject | null;
  if (errors !== null) {
    const e = PyUnicode_FromString(errors);
    result = PyObject_Vectorcall(coder, [object, e], null);
    Py_DECREF(e);
  } else result = PyObject_CallOneArg(coder, object);
  Py_DECREF(coder);
  if (result === null) {
    wrap_codec_error(encode ? "encoding" : "decoding", encoding);
    return null;
  }
  if (!PyTuple_Check(result) || result.ob_item.length !== 2) {
    Py_DECREF(result);
    return PyErr_SetString(PyExc_TypeError,
      encode ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
  }
  const v = result.ob_item[0];
  Py_INCREF(v);
  Py_DECREF(result);
  return v;
}

/** @cpython PyCodec_Encode: encode through any codec (codecs.encode). @returns new */
export function PyCodec_Encode(object: PyObject, encoding: string, errors: string | null): PyObject | null {
  const encoder = PyCodec_Encoder(encoding);
  if (encoder === null) return null;
  return codec_call(object, encoder, encoding, errors, true);
}

/** @cpython PyCodec_Decode: decode through any codec (codecs.decode). @returns new */
export function PyCodec_Decode(object: PyObject, encoding: string, errors: string | null): PyObject | null {
  const decoder = PyCodec_Decoder(encoding);
  if (decoder === null) return null;
  return codec_call(object, decoder, encoding, errors, false);
}

/**
 * @cpython _PyCodec_LookupTextEncoding: the codec, unless it says it is not a text encoding
 * (CodecInfo._is_text_encoding false: rot13, hex, base64, ...). Plain tuples count as text
 * codecs. @returns new
 */
export function _PyCodec_LookupTextEncoding(encoding: string, alternate_command: string): PyObject | null {
  const codec = _PyCodec_Lookup(encoding);
  if (codec === null) return null;
  if (!PyTuple_CheckExact(codec)) {
    const attr = _PyObject_LookupAttr(codec, _PyUnicode_FromId("_is_text_encoding"));
    if (attr === undefined) {
      Py_DECREF(codec);
      return null;
    }
    if (attr !== null) {
      const is_text_codec = PyObject_IsTrue(attr);
      Py_DECREF(attr);
      if (is_text_codec <= 0) {
        Py_DECREF(codec);
        if (is_text_codec === 0) {
          PyErr_SetString(PyExc_LookupError,
            `'${encoding}' is not a text encoding; use ${alternate_command} to handle arbitrary codecs`);
        }
        return null;
      }
    }
  }
  return codec;
}

/** @cpython codec_getitem_checked @returns new */
function codec_getitem_checked(encoding: string, alternate_command: string, index: number): PyObject | null {
  const codec = _PyCodec_LookupTextEncoding(encoding, alternate_command);
  if (codec === null) return null;
  const v = (codec as PyTupleObject).ob_item[index];
  Py_INCREF(v);
  Py_DECREF(codec);
  return v;
}

/** @cpython _PyCodec_EncodeText: str.encode for encodings str does not know itself. @returns new */
export function _PyCodec_EncodeText(object: PyObject, encoding: string, errors: string | null): PyObject | null {
  const encoder = codec_getitem_checked(encoding, "codecs.encode()", 0);
  if (encoder === null) return null;
  return codec_call(object, encoder, encoding, errors, true);
}

/** @cpython _PyCodec_DecodeText: bytes.decode for encodings str does not know itself. @returns new */
export function _PyCodec_DecodeText(object: PyObject, encoding: string, errors: string | null): PyObject | null {
  const decoder = codec_getitem_checked(encoding, "codecs.decode()", 1);
  if (decoder === null) return null;
  return codec_call(object, decoder, encoding, errors, false);
}

// ---------------------------------------------------------------------------------------------
// The error-handler registry
// ---------------------------------------------------------------------------------------------

/** @cpython PyCodec_RegisterError */
export function PyCodec_RegisterError(name: string, error: PyObject): number {
  const r = registry();
  if (r === null) return -1;
  if (!PyCallable_Check(error)) {
    PyErr_SetString(PyExc_TypeError, "handler must be callable");
    return -1;
  }
  const key = PyUnicode_FromString(name);
  const res = PyDict_SetItem(r.codec_error_registry, key, error);
  Py_DECREF(key);
  return res;
}

/** @cpython PyCodec_LookupError: the handler registered as `name` (null means "strict"). @returns new */
export function PyCodec_LookupError(name: string | null): PyObject | null {
  const r = registry();
  if (r === null) return null;
  if (name === null) name = "strict";
  const key = PyUnicode_FromString(name);
  const handler = PyDict_GetItemWithError(r.codec_error_registry, key);
  Py_DECREF(key);
  if (handler !== null) {
    Py_INCREF(handler);
    return handler;
  }
  return PyErr_SetString(PyExc_LookupError, `unknown error handler name '${name}'`);
}

const isinstance = (o: PyObject, t: typeof PyExc_UnicodeEncodeError): boolean =>
  o.ob_type === t || PyType_IsSubtype(o.ob_type, t);

/** @cpython wrong_exception_type */
function wrong_exception_type(exc: PyObject): null {
  return PyErr_SetString(PyExc_TypeError, `don't know how to handle ${exc.ob_type.tp_name} in error callback`);
}

/** (replacement, position) as a new tuple. */
function restuple(rep: PyObject, end: number): PyObject {
  return _PyTuple_FromArraySteal([rep, PyLong_FromNumber(end)]);
}

/** The code points of a str object, for the handlers that read the offending characters. */
function codepoints(u: PyObject): number[] {
  const s = (u as PyUnicodeObject).str;
  const out: number[] = [];
  for (let k = 0; k < s.length;) {
    const c = s.codePointAt(k)!;
    out.push(c);
    k += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** The [start, end) span and object of an encode or translate error; null with an error set. */
function encode_span(exc: PyObject, translate: boolean): [number, number, number[]] | null {
  const start = translate ? PyUnicodeTranslateError_GetStart(exc) : PyUnicodeEncodeError_GetStart(exc);
  if (start === null) return null;
  const end = translate ? PyUnicodeTranslateError_GetEnd(exc) : PyUnicodeEncodeError_GetEnd(exc);
  if (end === null) return null;
  const object = translate ? PyUnicodeTranslateError_GetObject(exc) : PyUnicodeEncodeError_GetObject(exc);
  if (object === null) return null;
  const cps = codepoints(object);
  Py_DECREF(object);
  return [start, end, cps];
}

const HEXDIGITS = "0123456789abcdef";

/** \xhh, \uhhhh or \Uhhhhhhhh for one code point. */
function backslash_escape(c: number): string {
  if (c >= 0x10000) return "\\U" + c.toString(16).padStart(8, "0");
  if (c >= 0x100) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\x" + HEXDIGITS[(c >> 4) & 0xf] + HEXDIGITS[c & 0xf];
}

/** @cpython PyCodec_StrictErrors: raise the exception it was given. */
export function PyCodec_StrictErrors(exc: PyObject): PyObject | null {
  if (PyExceptionInstance_Check(exc)) PyErr_SetObject(exc.ob_type, exc);
  else PyErr_SetString(PyExc_TypeError, "codec must pass exception instance");
  return null;
}

/** @cpython PyCodec_IgnoreErrors: ('', end) */
export function PyCodec_IgnoreErrors(exc: PyObject): PyObject | null {
  let end: number | null;
  if (isinstance(exc, PyExc_UnicodeEncodeError)) end = PyUnicodeEncodeError_GetEnd(exc);
  else if (isinstance(exc, PyExc_UnicodeDecodeError)) end = PyUnicodeDecodeError_GetEnd(exc);
  else if (isinstance(exc, PyExc_UnicodeTranslateError)) end = PyUnicodeTranslateError_GetEnd(exc);
  else return wrong_exception_type(exc);
  if (end === null) return null;
  return restuple(PyUnicode_FromString(""), end);
}

/** @cpython PyCodec_ReplaceErrors: '?' per character (encode), U+FFFD (decode, translate). */
export function PyCodec_ReplaceErrors(exc: PyObject): PyObject | null {
  if (isinstance(exc, PyExc_UnicodeEncodeError) || isinstance(exc, PyExc_UnicodeTranslateError)) {
    const translate = !isinstance(exc, PyExc_UnicodeEncodeError);
    const start = translate ? PyUnicodeTranslateError_GetStart(exc) : PyUnicodeEncodeError_GetStart(exc);
    if (start === null) return null;
    const end = translate ? PyUnicodeTranslateError_GetEnd(exc) : PyUnicodeEncodeError_GetEnd(exc);
    if (end === null) return null;
    if (end < start) return PyErr_SetString(PyExc_SystemError, "Negative size passed to PyUnicode_New");
    return restuple(PyUnicode_FromString((translate ? "\ufffd" : "?").repeat(end - start)), end);
  }
  if (isinstance(exc, PyExc_UnicodeDecodeError)) {
    const end = PyUnicodeDecodeError_GetEnd(exc);
    if (end === null) return null;
    return restuple(PyUnicode_FromString("\ufffd"), end);
  }
  return wrong_exception_type(exc);
}

/** @cpython PyCodec_XMLCharRefReplaceErrors: &#NNNN; per character (encoding only). */
export function PyCodec_XMLCharRefReplaceErrors(exc: PyObject): PyObject | null {
  if (!isinstance(exc, PyExc_UnicodeEncodeError)) return wrong_exception_type(exc);
  const span = encode_span(exc, false);
  if (span === null) return null;
  const [start, end, cps] = span;
  let r = "";
  for (let i = start; i < end; i++) r += `&#${cps[i]};`;
  return restuple(PyUnicode_FromString(r), end);
}

/** @cpython PyCodec_BackslashReplaceErrors: \xhh per byte (decode), \x \u \U per character. */
export function PyCodec_BackslashReplaceErrors(exc: PyObject): PyObject | null {
  if (isinstance(exc, PyExc_UnicodeDecodeError)) {
    const start = PyUnicodeDecodeError_GetStart(exc);
    if (start === null) return null;
    const end = PyUnicodeDecodeError_GetEnd(exc);
    if (end === null) return null;
    const object = PyUnicodeDecodeError_GetObject(exc);
    if (object === null) return null;
    const p = (object as PyBytesObject).ob_sval;
    let r = "";
    for (let i = start; i < end; i++) r += "\\x" + HEXDIGITS[p[i] >> 4] + HEXDIGITS[p[i] & 0xf];
    Py_DECREF(object);
    return restuple(PyUnicode_FromString(r), end);
  }
  let translate: boolean;
  if (isinstance(exc, PyExc_UnicodeEncodeError)) translate = false;
  else if (isinstance(exc, PyExc_UnicodeTranslateError)) translate = true;
  else return wrong_exception_type(exc);
  const span = encode_span(exc, translate);
  if (span === null) return null;
  const [start, end, cps] = span;
  let r = "";
  for (let i = start; i < end; i++) r += backslash_escape(cps[i]);
  return restuple(PyUnicode_FromString(r), end);
}

/**
 * @cpython PyCodec_NameReplaceErrors: \N{NAME} per character that has a name, else as
 * backslashreplace (encoding only).
 */
export function PyCodec_NameReplaceErrors(exc: PyObject): PyObject | null {
  if (!isinstance(exc, PyExc_UnicodeEncodeError)) return wrong_exception_type(exc);
  const span = encode_span(exc, false);
  if (span === null) return null;
  const [start, end, cps] = span;
  let r = "";
  let i = start;
  for (; i < end; i++) {
    const name = _getucname(cps[i], true);
    r += name !== null ? `\\N{${name}}` : backslash_escape(cps[i]);
  }
  // The position answered is where the loop stopped (start when the span is empty).
  return restuple(PyUnicode_FromString(r), i);
}

const ENC_UNKNOWN = -1, ENC_UTF8 = 0, ENC_UTF16BE = 1, ENC_UTF16LE = 2, ENC_UTF32BE = 3, ENC_UTF32LE = 4;

/**
 * @cpython get_standard_encoding: which UTF the error's encoding name is (utf-8, utf-16,
 * utf-16-le/-be, utf-32..., in the spellings "utf8", "UTF_16LE", ...) and its unit size
 * (3 for UTF-8 surrogates). The byte order of plain utf-16/32 is the machine's: little.
 */
function get_standard_encoding(encoding: string): [number, number] {
  const lc = (k: number) => (encoding[k] ?? "").toLowerCase();
  if (lc(0) === "u" && lc(1) === "t" && lc(2) === "f") {
    let e = encoding.slice(3);
    if (e[0] === "-" || e[0] === "_") e = e.slice(1);
    if (e === "8") return [ENC_UTF8, 3];
    for (const [digits, width, be, le] of [["16", 2, ENC_UTF16BE, ENC_UTF16LE], ["32", 4, ENC_UTF32BE, ENC_UTF32LE]] as const) {
      if (!e.startsWith(digits)) continue;
      e = e.slice(2);
      if (e === "") return [le, width];
      if (e[0] === "-" || e[0] === "_") e = e.slice(1);
      if (e.length === 2 && e[1].toLowerCase() === "e") {
        if (e[0].toLowerCase() === "b") return [be, width];
        if (e[0].toLowerCase() === "l") return [le, width];
      }
      return [ENC_UNKNOWN, width];
    }
  } else if (encoding === "CP_UTF8") return [ENC_UTF8, 3];
  return [ENC_UNKNOWN, 0];
}

/** The exception's encoding name as a JS string; null with an error set. */
function exc_encoding(exc: PyObject, decode: boolean): string | null {
  const encode = decode ? PyUnicodeDecodeError_GetEncoding(exc) : PyUnicodeEncodeError_GetEncoding(exc);
  if (encode === null) return null;
  const s = (encode as PyUnicodeObject).str;
  Py_DECREF(encode);
  return s;
}

/** What CPython's PyBytes_FromStringAndSize says when a handler's span is reversed. */
function negative_bytes_size(): null {
  return PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
}

/** Raise the handler's own exception again (the "fail with the original error" cases). */
function reraise(exc: PyObject): null {
  PyErr_SetObject(exc.ob_type, exc);
  return null;
}

/**
 * @cpython PyCodec_SurrogatePassErrors: let lone surrogates through a UTF codec — encoded
 * as if they were characters, or decoded back from such bytes (one at a time).
 */
function PyCodec_SurrogatePassErrors(exc: PyObject): PyObject | null {
  if (isinstance(exc, PyExc_UnicodeEncodeError)) {
    const span = encode_span(exc, false);
    if (span === null) return null;
    const [start, end, cps] = span;
    const encoding = exc_encoding(exc, false);
    if (encoding === null) return null;
    const [code, bytelength] = get_standard_encoding(encoding);
    if (code === ENC_UNKNOWN) return reraise(exc);
    if (end < start) return negative_bytes_size();
    const out = new Uint8Array(bytelength * (end - start));
    let o = 0;
    for (let i = start; i < end; i++) {
      const ch = cps[i];
      if (ch < 0xd800 || ch > 0xdfff) return reraise(exc);
      switch (code) {
        case ENC_UTF8:
          out[o++] = 0xe0 | (ch >> 12);
          out[o++] = 0x80 | ((ch >> 6) & 0x3f);
          out[o++] = 0x80 | (ch & 0x3f);
          break;
        case ENC_UTF16LE:
          out[o++] = ch & 0xff;
          out[o++] = ch >> 8;
          break;
        case ENC_UTF16BE:
          out[o++] = ch >> 8;
          out[o++] = ch & 0xff;
          break;
        case ENC_UTF32LE:
          out[o++] = ch & 0xff;
          out[o++] = ch >> 8;
          out[o++] = 0;
          out[o++] = 0;
          break;
        case ENC_UTF32BE:
          out[o++] = 0;
          out[o++] = 0;
          out[o++] = ch >> 8;
          out[o++] = ch & 0xff;
          break;
      }
    }
    return restuple(PyBytes_FromArray(out), end);
  }
  if (isinstance(exc, PyExc_UnicodeDecodeError)) {
    const start = PyUnicodeDecodeError_GetStart(exc);
    if (start === null) return null;
    if (PyUnicodeDecodeError_GetEnd(exc) === null) return null;
    const object = PyUnicodeDecodeError_GetObject(exc);
    if (object === null) return null;
    const b = (object as PyBytesObject).ob_sval;
    Py_DECREF(object);
    const encoding = exc_encoding(exc, true);
    if (encoding === null) return null;
    const [code, bytelength] = get_standard_encoding(encoding);
    if (code === ENC_UNKNOWN) return reraise(exc);
    let ch = 0;
    const p = start;
    if (b.length - start >= bytelength) {
      switch (code) {
        case ENC_UTF8:
          if ((b[p] & 0xf0) === 0xe0 && (b[p + 1] & 0xc0) === 0x80 && (b[p + 2] & 0xc0) === 0x80) {
            ch = ((b[p] & 0x0f) << 12) + ((b[p + 1] & 0x3f) << 6) + (b[p + 2] & 0x3f);
          }
          break;
        case ENC_UTF16LE: ch = (b[p + 1] << 8) | b[p]; break;
        case ENC_UTF16BE: ch = (b[p] << 8) | b[p + 1]; break;
        case ENC_UTF32LE: ch = ((b[p + 3] << 24) | (b[p + 2] << 16) | (b[p + 1] << 8) | b[p]) >>> 0; break;
        case ENC_UTF32BE: ch = ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0; break;
      }
    }
    if (ch < 0xd800 || ch > 0xdfff) return reraise(exc);
    return restuple(PyUnicode_FromString(String.fromCharCode(ch)), start + bytelength);
  }
  return wrong_exception_type(exc);
}

/**
 * @cpython PyCodec_SurrogateEscapeErrors: PEP 383. Decoding turns each undecodable byte
 * 0x80-0xff into the lone surrogate U+DC80-U+DCFF (at most four at a time); encoding turns
 * those surrogates back into their bytes.
 */
function PyCodec_SurrogateEscapeErrors(exc: PyObject): PyObject | null {
  if (isinstance(exc, PyExc_UnicodeEncodeError)) {
    const span = encode_span(exc, false);
    if (span === null) return null;
    const [start, end, cps] = span;
    if (end < start) return negative_bytes_size();
    const out = new Uint8Array(end - start);
    for (let i = start; i < end; i++) {
      const ch = cps[i];
      if (ch < 0xdc80 || ch > 0xdcff) return reraise(exc);
      out[i - start] = ch - 0xdc00;
    }
    return restuple(PyBytes_FromArray(out), end);
  }
  if (isinstance(exc, PyExc_UnicodeDecodeError)) {
    const start = PyUnicodeDecodeError_GetStart(exc);
    if (start === null) return null;
    const end = PyUnicodeDecodeError_GetEnd(exc);
    if (end === null) return null;
    const object = PyUnicodeDecodeError_GetObject(exc);
    if (object === null) return null;
    const p = (object as PyBytesObject).ob_sval;
    Py_DECREF(object);
    let r = "";
    let consumed = 0;
    while (consumed < 4 && consumed < end - start) {
      const c = p[start + consumed];
      if (c < 128) break;
      r += String.fromCharCode(0xdc00 + c);
      consumed++;
    }
    if (consumed === 0) return reraise(exc);
    return restuple(PyUnicode_FromString(r), start + consumed);
  }
  return wrong_exception_type(exc);
}

// The handlers as builtin functions (strict_errors and friends), registered at start-up.
const strict_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_StrictErrors(exc);
const ignore_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_IgnoreErrors(exc);
const replace_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_ReplaceErrors(exc);
const xmlcharrefreplace_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_XMLCharRefReplaceErrors(exc);
const backslashreplace_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_BackslashReplaceErrors(exc);
const namereplace_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_NameReplaceErrors(exc);
const surrogatepass_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_SurrogatePassErrors(exc);
const surrogateescape_errors = (_self: PyObject | null, exc: PyObject) => PyCodec_SurrogateEscapeErrors(exc);

const STANDARD_ERROR_HANDLERS: readonly [string, PyMethodDef][] = [
  ["strict", {
    ml_name: "strict_errors", ml_meth: strict_errors, ml_flags: METH_O,
    ml_doc: "The 'strict' handler: raise the UnicodeError it is given.",
  }],
  ["ignore", {
    ml_name: "ignore_errors", ml_meth: ignore_errors, ml_flags: METH_O,
    ml_doc: "The 'ignore' handler: drop what cannot be encoded or decoded and go on.",
  }],
  ["replace", {
    ml_name: "replace_errors", ml_meth: replace_errors, ml_flags: METH_O,
    ml_doc: "The 'replace' handler: put '?' (encoding) or U+FFFD (decoding) in place of what failed.",
  }],
  ["xmlcharrefreplace", {
    ml_name: "xmlcharrefreplace_errors", ml_meth: xmlcharrefreplace_errors, ml_flags: METH_O,
    ml_doc: "The 'xmlcharrefreplace' handler: write each unencodable character as an XML reference &#N;.",
  }],
  ["backslashreplace", {
    ml_name: "backslashreplace_errors", ml_meth: backslashreplace_errors, ml_flags: METH_O,
    ml_doc: "The 'backslashreplace' handler: write what failed as \\x, \\u or \\U escapes.",
  }],
  ["namereplace", {
    ml_name: "namereplace_errors", ml_meth: namereplace_errors, ml_flags: METH_O,
    ml_doc: "The 'namereplace' handler: write each unencodable character as a \\N{name} escape.",
  }],
  ["surrogatepass", { ml_name: "surrogatepass", ml_meth: surrogatepass_errors, ml_flags: METH_O }],
  ["surrogateescape", { ml_name: "surrogateescape", ml_meth: surrogateescape_errors, ml_flags: METH_O }],
];

