/**
 * @mirrors Modules/binascii.c
 * binascii: conversions between binary data and ASCII encodings — hex, base64, uuencode,
 * quoted-printable — and the CRC-32 and CRC-CCITT checksums. The base64, binhex-free
 * and quoted-printable codecs of the pure-Python standard library (base64.py, quopri.py,
 * uu.py, email) sit on top of these.
 *
 * Functions that read ASCII input (the a2b_* ones) also accept a str of ASCII characters;
 * errors in the data raise binascii.Error (a ValueError).
 */
import { PyObject, Py_DECREF, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Include/object.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_NewException } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "../Objects/exceptions.ts";
import { PyBytes_FromArray, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { _Py_strhex } from "../Objects/bytes_methods.ts";
import { PyLong_FromNumber, _PyNumber_Index, _PyLong_AsInt, type PyLongObject } from "../Objects/longobject.ts";
import { PyUnicode_Check, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";

let BinasciiError: PyObject = null as unknown as PyObject;
let BinasciiIncomplete: PyObject = null as unknown as PyObject;

const error = (msg: string): null => PyErr_SetString(BinasciiError as never, msg);

// -- argument converters ------------------------------------------------------------------------

/** @cpython ascii_buffer_converter: bytes-like data, or a str of ASCII characters. */
function ascii_buffer(arg: PyObject): Uint8Array | null {
  if (PyUnicode_Check(arg)) {
    const s = (arg as PyUnicodeObject).str;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) return PyErr_SetString(PyExc_ValueError, "string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  const data = _PyObject_GetBufferData(arg);
  if (data === null) {
    return PyErr_SetString(PyExc_TypeError, `argument should be bytes, buffer or ASCII string, not '${arg.ob_type.tp_name}'`);
  }
  return data;
}

/** A Py_buffer argument: bytes-like only. */
function buffer(arg: PyObject): Uint8Array | null {
  const data = _PyObject_GetBufferData(arg);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
  return data;
}

/** The clinic bool(accept={int}) converter: an int's truth (-1 with an error). */
function intFlag(arg: PyObject | null, dflt: boolean): number {
  if (arg === null) return dflt ? 1 : 0;
  const v = _PyLong_AsInt(arg);
  if (v === -1 && PyErr_Occurred()) return -1;
  return v !== 0 ? 1 : 0;
}

/** The clinic unsigned_int(bitwise=True) converter: the int's value mod 2**32. */
function uintMask(arg: PyObject): number | null {
  const i = _PyNumber_Index(arg);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  if (typeof v === "number") return ((v % 4294967296) + 4294967296) % 4294967296;
  return Number(BigInt.asUintN(32, v));
}

const bytes = (a: Uint8Array | number[], n?: number): PyObject =>
  PyBytes_FromArray(n === undefined ? (a instanceof Uint8Array ? a : Uint8Array.from(a)) : (a as Uint8Array).slice(0, n));

// -- uuencode ---------------------------------------------------------------------------------

/** @cpython binascii_a2b_uu_impl: decode one uuencoded line. */
function a2b_uu(_m: PyObject, arg: PyObject): PyObject | null {
  const ascii = ascii_buffer(arg);
  if (ascii === null) return null;
  // the first character gives the number of bytes (an empty line reads as NUL: 32 bytes)
  let bin_len = ((ascii.length > 0 ? ascii[0] : 0) - 32) & 0o77;
  let pos = 1;
  let ascii_len = ascii.length - 1;
  const out = new Uint8Array(bin_len);
  let o = 0, leftbits = 0, leftchar = 0;
  for (; bin_len > 0; ascii_len--, pos++) {
    let ch = ascii_len > 0 ? ascii[pos] : 0;
    if (ch === 10 || ch === 13 || ascii_len <= 0) {
      // short lines: assume spaces were stripped
      ch = 0;
    } else {
      // '`' (one past the 63 range) is accepted as 0
      if (ch < 32 || ch > 32 + 64) return error("Illegal char");
      ch = (ch - 32) & 0o77;
    }
    leftchar = (leftchar << 6) | ch;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out[o++] = (leftchar >> leftbits) & 0xff;
      leftchar &= (1 << leftbits) - 1;
      bin_len--;
    }
  }
  // anything after the data must be padding or a line end
  while (ascii_len-- > 0) {
    const ch = ascii[pos++];
    if (ch !== 32 && ch !== 32 + 64 && ch !== 10 && ch !== 13) return error("Trailing garbage");
  }
  return bytes(out);
}

/** @cpython binascii_b2a_uu_impl: uuencode up to 45 bytes as one line. */
function b2a_uu(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "b2a_uu", ["", "backtick"], 1, 1, 0);
  if (a === null) return null;
  const data = buffer(a[0]!);
  if (data === null) return null;
  const backtick = intFlag(a[1], false);
  if (backtick < 0) return null;
  let bin_len = data.length;
  if (bin_len > 45) return error("At most 45 bytes at once");
  const out: number[] = [];
  out.push(backtick && !bin_len ? 0x60 : 32 + bin_len);
  let leftbits = 0, leftchar = 0, i = 0;
  for (; bin_len > 0 || leftbits !== 0; bin_len--, i++) {
    leftchar = bin_len > 0 ? ((leftchar << 8) | data[i]) : leftchar << 8;
    leftbits += 8;
    while (leftbits >= 6) {
      const ch = (leftchar >> (leftbits - 6)) & 0x3f;
      leftbits -= 6;
      out.push(backtick && !ch ? 0x60 : ch + 32);
    }
    leftchar &= 0xffff;
  }
  out.push(10);
  return bytes(out);
}

// -- base64 ---------------------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** @cpython table_a2b_base64: the value of each byte, 0xff when not in the alphabet. */
const table_a2b_base64 = new Uint8Array(256).fill(0xff);
for (let i = 0; i < 64; i++) table_a2b_base64[B64.charCodeAt(i)] = i;
const BASE64_PAD = 61; // '='

/**
 * @cpython binascii_a2b_base64_impl: decode base64, skipping characters outside the alphabet
 * unless strict_mode, where they (and padding in the wrong place) are errors.
 */
function a2b_base64(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "a2b_base64", ["", "strict_mode"], 1, 1, 0);
  if (a === null) return null;
  const ascii = ascii_buffer(a[0]!);
  if (ascii === null) return null;
  const strict_mode = intFlag(a[1], false);
  if (strict_mode < 0) return null;
  const ascii_len = ascii.length;
  const out = new Uint8Array(Math.trunc((ascii_len + 3) / 4) * 3);
  let o = 0;
  if (strict_mode && ascii_len > 0 && ascii[0] === BASE64_PAD) return error("Leading padding not allowed");
  let quad_pos = 0, leftchar = 0, pads = 0, padding_started = false;
  for (let i = 0; i < ascii_len; i++) {
    let ch = ascii[i];
    if (ch === BASE64_PAD) {
      padding_started = true;
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        // enough padding: the data ends here
        if (strict_mode && i + 1 < ascii_len) return error("Excess data after padding");
        return bytes(out, o);
      }
      continue;
    }
    ch = table_a2b_base64[ch];
    if (ch >= 64) {
      if (strict_mode) return error("Only base64 data is allowed");
      continue;
    }
    if (strict_mode && padding_started) return error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0:
        quad_pos = 1;
        leftchar = ch;
        break;
      case 1:
        quad_pos = 2;
        out[o++] = ((leftchar << 2) | (ch >> 4)) & 0xff;
        leftchar = ch & 0x0f;
        break;
      case 2:
        quad_pos = 3;
        out[o++] = ((leftchar << 4) | (ch >> 2)) & 0xff;
        leftchar = ch & 0x03;
        break;
      default:
        quad_pos = 0;
        out[o++] = ((leftchar << 6) | ch) & 0xff;
        leftchar = 0;
        break;
    }
  }
  if (quad_pos !== 0) {
    if (quad_pos === 1) {
      return error(`Invalid base64-encoded string: number of data characters (${Math.trunc(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    return error("Incorrect padding");
  }
  return bytes(out, o);
}

/** @cpython binascii_b2a_base64_impl */
function b2a_base64(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "b2a_base64", ["", "newline"], 1, 1, 0);
  if (a === null) return null;
  const data = buffer(a[0]!);
  if (data === null) return null;
  const newline = intFlag(a[1], true);
  if (newline < 0) return null;
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (n - i === 1) {
    out[o++] = B64.charCodeAt(data[i] >> 2);
    out[o++] = B64.charCodeAt((data[i] & 3) << 4);
    out[o++] = BASE64_PAD;
    out[o++] = BASE64_PAD;
  } else if (n - i === 2) {
    out[o++] = B64.charCodeAt(data[i] >> 2);
    out[o++] = B64.charCodeAt(((data[i] & 3) << 4) | (data[i + 1] >> 4));
    out[o++] = B64.charCodeAt((data[i + 1] & 0xf) << 2);
    out[o++] = BASE64_PAD;
  }
  if (newline) out[o++] = 10;
  return bytes(out);
}

// -- checksums ------------------------------------------------------------------------------------

/** @cpython crctab_hqx: CRC-CCITT (polynomial 0x1021), one entry per byte value. */
const crctab_hqx = new Uint16Array(256);
/** The CRC-32 table (reflected polynomial 0xEDB88320), as zlib's crc32 uses. */
const crc_32_tab = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1;
  crctab_hqx[n] = c & 0xffff;
  let r = n;
  for (let k = 0; k < 8; k++) r = r & 1 ? (r >>> 1) ^ 0xedb88320 : r >>> 1;
  crc_32_tab[n] = r;
}

/** @cpython binascii_crc_hqx_impl */
function crc_hqx(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("crc_hqx", args.length, 2, 2)) return null;
  const data = buffer(args[0]);
  if (data === null) return null;
  const c = uintMask(args[1]);
  if (c === null) return null;
  let crc = c & 0xffff;
  for (let i = 0; i < data.length; i++) crc = ((crc << 8) & 0xff00) ^ crctab_hqx[(crc >> 8) ^ data[i]];
  return PyLong_FromNumber(crc);
}

/** @cpython binascii_crc32_impl: the CRC-32 of zlib, continuing from crc. */
function crc32(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("crc32", args.length, 1, 2)) return null;
  const data = buffer(args[0]);
  if (data === null) return null;
  let crc = 0;
  if (args.length > 1) {
    const c = uintMask(args[1]);
    if (c === null) return null;
    crc = c;
  }
  crc = ~crc;
  for (let i = 0; i < data.length; i++) crc = crc_32_tab[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return PyLong_FromNumber((~crc) >>> 0);
}

// -- hex ------------------------------------------------------------------------------------------

/** @cpython binascii_b2a_hex_impl (and hexlify): two hex digits a byte, with an optional separator. */
function b2a_hex_named(name: string) {
  return (_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null => {
    const a = _PyArg_UnpackKeywords(args, kwnames, name, ["data", "sep", "bytes_per_sep"], 1, 3, 0);
    if (a === null) return null;
    const data = buffer(a[0]!);
    if (data === null) return null;
    let bytes_per_sep = 1;
    if (a[2] !== null) {
      bytes_per_sep = _PyLong_AsInt(a[2]);
      if (bytes_per_sep === -1 && PyErr_Occurred()) return null;
    }
    const s = _Py_strhex(data, a[1], bytes_per_sep);
    if (s === null) return null;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return bytes(out);
  };
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 16;
}

/** @cpython binascii_a2b_hex_impl (and unhexlify) */
function a2b_hex(_m: PyObject, arg: PyObject): PyObject | null {
  const hex = ascii_buffer(arg);
  if (hex === null) return null;
  if (hex.length % 2) return error("Odd-length string");
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0, j = 0; i < hex.length; i += 2) {
    const top = hexDigit(hex[i]), bot = hexDigit(hex[i + 1]);
    if (top >= 16 || bot >= 16) return error("Non-hexadecimal digit found");
    out[j++] = (top << 4) + bot;
  }
  return bytes(out);
}

// -- quoted-printable ---------------------------------------------------------------------------

const MAXLINESIZE = 76;
const isHex = (c: number): boolean => hexDigit(c) < 16;

/** @cpython binascii_a2b_qp_impl: decode quoted-printable (with header, '_' is a space). */
function a2b_qp(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "a2b_qp", ["data", "header"], 1, 2, 0);
  if (a === null) return null;
  const data = ascii_buffer(a[0]!);
  if (data === null) return null;
  const header = intFlag(a[1], false);
  if (header < 0) return null;
  const len = data.length;
  const out = new Uint8Array(len);
  let i = 0, o = 0;
  while (i < len) {
    if (data[i] === 61) {
      i++;
      if (i >= len) break;
      if (data[i] === 10 || data[i] === 13) {
        // a soft line break
        if (data[i] !== 10) while (i < len && data[i] !== 10) i++;
        if (i < len) i++;
      } else if (data[i] === 61) {
        out[o++] = 61;
        i++;
      } else if (i + 1 < len && isHex(data[i]) && isHex(data[i + 1])) {
        out[o++] = (hexDigit(data[i]) << 4) | hexDigit(data[i + 1]);
        i += 2;
      } else {
        out[o++] = 61;
      }
    } else if (header && data[i] === 95) {
      out[o++] = 32;
      i++;
    } else {
      out[o++] = data[i++];
    }
  }
  return bytes(out, o);
}

const HEXU = "0123456789ABCDEF";

/**
 * @cpython binascii_b2a_qp_impl: quoted-printable encoding. Bytes above 126, '=', control
 * characters (and with quotetabs, spaces and tabs) become =XX; lines are kept under 76
 * characters with soft breaks; trailing whitespace on a line is encoded. Line ends follow
 * the data's first line end (CRLF when it is "\r\n").
 */
function b2a_qp(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "b2a_qp", ["data", "quotetabs", "istext", "header"], 1, 4, 0);
  if (a === null) return null;
  const data = buffer(a[0]!);
  if (data === null) return null;
  const quotetabs = intFlag(a[1], false);
  if (quotetabs < 0) return null;
  const istext = intFlag(a[2], true);
  if (istext < 0) return null;
  const header = intFlag(a[3], false);
  if (header < 0) return null;
  const len = data.length;
  const nl = data.indexOf(10);
  const crlf = nl > 0 && data[nl - 1] === 13;
  const out: number[] = [];
  const softBreak = (): void => {
    out.push(61);
    if (crlf) out.push(13);
    out.push(10);
  };
  let i = 0, linelen = 0;
  while (i < len) {
    const c = data[i];
    if (c > 126 || c === 61 || (header && c === 95) ||
        (c === 46 && linelen === 0 && (i + 1 === len || data[i + 1] === 10 || data[i + 1] === 13 || data[i + 1] === 0)) ||
        (!istext && (c === 13 || c === 10)) ||
        ((c === 9 || c === 32) && i + 1 === len) ||
        (c < 33 && c !== 13 && c !== 10 && (quotetabs || (c !== 9 && c !== 32)))) {
      if (linelen + 3 >= MAXLINESIZE) {
        softBreak();
        linelen = 0;
      }
      out.push(61, HEXU.charCodeAt(c >> 4), HEXU.charCodeAt(c & 15));
      i++;
      linelen += 3;
    } else if (istext && (c === 10 || (i + 1 < len && c === 13 && data[i + 1] === 10))) {
      linelen = 0;
      // whitespace before a line end is encoded
      const last = out.length ? out[out.length - 1] : -1;
      if (last === 32 || last === 9) {
        out[out.length - 1] = 61;
        out.push(HEXU.charCodeAt(last >> 4), HEXU.charCodeAt(last & 15));
      }
      if (crlf) out.push(13);
      out.push(10);
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== len && data[i + 1] !== 10 && linelen + 1 >= MAXLINESIZE) {
        softBreak();
        linelen = 0;
      }
      linelen++;
      if (header && c === 32) {
        out.push(95);
        i++;
      } else {
        out.push(data[i++]);
      }
    }
  }
  return bytes(out);
}

// -- the module -----------------------------------------------------------------------------------

const sig = (name: string, params: string, doc: string): string => `${name}${params}\n--\n\n${doc}`;
const HEXSIG = "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)";

const binascii_methods: PyMethodDef[] = [
  { ml_name: "a2b_uu", ml_meth: a2b_uu, ml_flags: METH_O, ml_doc: sig("a2b_uu", "($module, data, /)", "Decode a line of uuencoded data.") },
  { ml_name: "b2a_uu", ml_meth: b2a_uu, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("b2a_uu", "($module, data, /, *, backtick=False)", "Uuencode up to 45 bytes as one line (with backtick, zeros are '`' rather than spaces).") },
  { ml_name: "a2b_base64", ml_meth: a2b_base64, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("a2b_base64", "($module, data, /, *, strict_mode=False)",
      "Decode base64 data. Characters outside the alphabet are skipped, unless strict_mode\nis true: then they, and data after the padding, are errors.") },
  { ml_name: "b2a_base64", ml_meth: b2a_base64, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("b2a_base64", "($module, data, /, *, newline=True)", "Encode data in base64 (with a newline at the end unless newline is false).") },
  { ml_name: "a2b_hex", ml_meth: a2b_hex, ml_flags: METH_O,
    ml_doc: sig("a2b_hex", "($module, hexstr, /)", "The bytes an even number of hex digits stand for (also available as unhexlify()).") },
  { ml_name: "b2a_hex", ml_meth: b2a_hex_named("b2a_hex"), ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("b2a_hex", HEXSIG, "The bytes as hex digits, two a byte (also available as hexlify()).\nsep, a single character or byte, goes between every bytes_per_sep bytes\n(counted from the right when positive, from the left when negative).") },
  { ml_name: "hexlify", ml_meth: b2a_hex_named("hexlify"), ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("hexlify", HEXSIG, "The bytes as hex digits, two a byte (also available as b2a_hex()).") },
  { ml_name: "unhexlify", ml_meth: a2b_hex, ml_flags: METH_O,
    ml_doc: sig("unhexlify", "($module, hexstr, /)", "The bytes an even number of hex digits stand for.") },
  { ml_name: "crc_hqx", ml_meth: crc_hqx, ml_flags: METH_FASTCALL,
    ml_doc: sig("crc_hqx", "($module, data, crc, /)", "The CRC-CCITT of data, continuing from crc.") },
  { ml_name: "crc32", ml_meth: crc32, ml_flags: METH_FASTCALL,
    ml_doc: sig("crc32", "($module, data, crc=0, /)", "The CRC-32 of data, continuing from crc.") },
  { ml_name: "a2b_qp", ml_meth: a2b_qp, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("a2b_qp", "($module, /, data, header=False)", "Decode quoted-printable data (with header, '_' stands for a space).") },
  { ml_name: "b2a_qp", ml_meth: b2a_qp, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("b2a_qp", "($module, /, data, quotetabs=False, istext=True, header=False)",
      "Encode data as quoted-printable. With istext, line ends are kept (and whitespace\nbefore them encoded); otherwise CR and LF are encoded too. quotetabs encodes every\nspace and tab; header encodes spaces as '_'.") },
];

/** @cpython PyInit_binascii (binascii_exec) */
export function PyInit_binascii(): PyObject | null {
  const m = PyModule_Create("binascii", "Conversions between binary data and ASCII encodings.", binascii_methods);
  if (BinasciiError === null) {
    const e = PyErr_NewException("binascii.Error", PyExc_ValueError, null);
    if (e === null) return null;
    const inc = PyErr_NewException("binascii.Incomplete", null, null);
    if (inc === null) return null;
    BinasciiError = e;
    BinasciiIncomplete = inc;
  }
  if (PyModule_AddObjectRef(m, "Error", BinasciiError) < 0 || PyModule_AddObjectRef(m, "Incomplete", BinasciiIncomplete) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
