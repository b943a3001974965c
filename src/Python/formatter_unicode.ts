/**
 * @mirrors Python/formatter_unicode.c
 * The format-specification mini-language behind format(), str.format() and f-strings for
 * int, float, complex and str:
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 *   >>> format(1234567.891, '_>+20,.2f'), format(255, '#010x'), format('ab', '*^6')
 *   ('______+1,234,567.89', '0x000000ff', '**ab**')
 *
 * A number is laid out as <lpad><sign><prefix><spad><grouped digits><decimal><rest><rpad>;
 * only one of the three paddings is used, picked by the alignment ('=' pads after the sign,
 * and with a '0' fill the padding zeros are grouped like digits: format(1234, '08,') is
 * '0,001,234').
 *
 * DIVERGENCE: the float-to-text half of Python/pystrtod.c (PyOS_double_to_string and the
 * format_float_short layout) and the digit generation of Python/dtoa.c (_Py_dg_dtoa) live
 * here too. Digits are exact: V8's shortest round-trip digits for repr, toFixed/toExponential
 * (correctly rounded) when no exact tie can occur, and BigInt arithmetic on the exact binary
 * value otherwise, so ties round half to even as in dtoa.c.
 */
import { Py_DECREF, type PyObject } from "../Include/object.ts";
import { PyErr_SetString, PyErr_NoMemory, PyErr_Occurred } from "./errors.ts";
import { PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { _PyUnicode_ToDecimalDigit } from "../Objects/unicodectype.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";
import { PyObject_Str } from "../Objects/object.ts";
import { PyLong_Type, PyLong_AsLong, _PyLong_Format, type PyLongObject } from "../Objects/longobject.ts";
import { PyNumber_Float, type PyFloatObject } from "../Objects/floatobject.ts";
import type { PyUnicodeObject } from "../Objects/unicodeobject.ts";

// =============================================================================================
// Digits of a double (Python/dtoa.c's _Py_dg_dtoa, modes 0, 2 and 3)
// =============================================================================================

const scratch = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2**exp with an integer mantissa (x finite, non-zero). */
function decompose(x: number): [number, number] {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  const m = (hi & 0xfffff) * 4294967296 + lo;
  if (e === 0) return [m, -1074];
  return [m + 4503599627370496, e - 1075];
}

/** Trailing zero bits of a positive integer below 2**53. */
function trailing_zeros(m: number): number {
  let t = 0;
  while (m % 2 === 0) {
    m /= 2;
    t++;
  }
  return t;
}

const pow10cache: bigint[] = [];
function pow10(k: number): bigint {
  if (k < 400) {
    let p = pow10cache[k];
    if (p === undefined) pow10cache[k] = p = 10n ** BigInt(k);
    return p;
  }
  return 10n ** BigInt(k);
}

/** round(m * 2**e * 10**s) half to even, exactly. */
function scaled_round(m: number, e: number, s: number): bigint {
  let num = BigInt(m), den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  let q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** The sign of m * 2**e - 10**k. */
function cmp_pow10(m: number, e: number, k: number): number {
  let lhs = BigInt(m), rhs = 1n;
  if (e >= 0) lhs <<= BigInt(e);
  else rhs <<= BigInt(-e);
  if (k >= 0) rhs *= pow10(k);
  else lhs *= pow10(-k);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

/** floor(log10(|x|)) exactly. */
function decimal_exponent(ax: number, m: number, e: number): number {
  let k = Math.floor(Math.log10(ax));
  while (cmp_pow10(m, e, k) < 0) k--;
  while (cmp_pow10(m, e, k + 1) >= 0) k++;
  return k;
}

function strip_zeros(d: string): string {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 0x30) n--;
  return n === d.length ? d : d.slice(0, n);
}

/**
 * @cpython _Py_dg_dtoa: the decimal digits of a finite double, trailing zeros removed, and
 * the position of the decimal point (value = 0.DIGITS * 10**decpt).
 *  mode 0: the shortest digits that read back as the same double;
 *  mode 2: max(1, ndigits) significant digits;
 *  mode 3: ndigits digits after the decimal point (ndigits may be negative).
 * A value that rounds to nothing in mode 3 gives "" with decpt = -ndigits; zero gives "0", 1.
 */
export function _Py_dg_dtoa(d: number, mode: number, ndigits: number): { digits: string; decpt: number; sign: number } {
  const sign = d < 0 || Object.is(d, -0) ? 1 : 0;
  if (d === 0) return { digits: "0", decpt: 1, sign };
  const ax = Math.abs(d);
  if (mode === 0) {
    const t = ax.toExponential();
    const ei = t.indexOf("e");
    const digits = t[1] === "." ? t[0] + t.slice(2, ei) : t.slice(0, ei);
    return { digits, decpt: Number(t.slice(ei + 1)) + 1, sign };
  }
  const [m, e] = decompose(ax);
  if (mode === 2) {
    const p = Math.max(1, ndigits);
    if (p <= 101 && ax < 1e21) {
      const t = ax.toExponential(p - 1);
      const ei = t.indexOf("e");
      const K = Number(t.slice(ei + 1));
      const s = p - 1 - K;
      // toExponential rounds exact ties up, not to even: only use it when no tie is possible
      // at the scale used (s) or at the one before a carry (s + 1).
      const tz = trailing_zeros(m);
      if (s >= 0 && tz + e + s + 1 !== 0 && tz + e + s + 2 !== 0) {
        const all = t[1] === "." ? t[0] + t.slice(2, ei) : t.slice(0, ei);
        return { digits: strip_zeros(all), decpt: K + 1, sign };
      }
    }
    let k = decimal_exponent(ax, m, e);
    let q = scaled_round(m, e, p - 1 - k);
    if (q >= pow10(p)) {
      k += 1;
      q = scaled_round(m, e, p - 1 - k);
    }
    return { digits: strip_zeros(q.toString()), decpt: k + 1, sign };
  }
  // mode 3
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && trailing_zeros(m) + e + ndigits + 1 !== 0) {
    const t = ax.toFixed(ndigits);
    const dot = t.indexOf(".");
    const all = dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1);
    const intlen = dot < 0 ? t.length : dot;
    let lz = 0;
    while (lz < all.length && all.charCodeAt(lz) === 0x30) lz++;
    if (lz === all.length) return { digits: "", decpt: 0 - ndigits, sign };
    return { digits: strip_zeros(all.slice(lz)), decpt: intlen - lz, sign };
  }
  const q = scaled_round(m, e, ndigits);
  if (q === 0n) return { digits: "", decpt: 0 - ndigits, sign };
  const all = q.toString();
  return { digits: strip_zeros(all), decpt: all.length - ndigits, sign };
}

// =============================================================================================
// PyOS_double_to_string (Python/pystrtod.c)
// =============================================================================================

/** Always write a sign. */
export const Py_DTSF_SIGN = 0x01;
/** Write a '.0' on integral values (repr, and '' with a precision). */
export const Py_DTSF_ADD_DOT_0 = 0x02;
/** The alternate form: keep the decimal point and, for 'g', trailing zeros. */
export const Py_DTSF_ALT = 0x04;
/** 'z': negative zero (after rounding) is written without its sign. */
export const Py_DTSF_NO_NEG_0 = 0x08;

/** @cpython format_float_short: lay out the digits in the style of the format code. */
function format_float_short(d: number, format_code: string, mode: number, precision: number,
  always_add_sign: boolean, add_dot_0_if_integer: boolean, use_alt_formatting: boolean,
  no_negative_zero: boolean, upper: boolean): string {
  if (!Number.isFinite(d)) {
    if (d !== d) return (always_add_sign ? "+" : "") + (upper ? "NAN" : "nan");
    return (d < 0 ? "-" : always_add_sign ? "+" : "") + (upper ? "INF" : "inf");
  }
  const r = _Py_dg_dtoa(d, mode, precision);
  const digits = r.digits;
  let decpt = r.decpt;
  let sign = r.sign;
  const digits_len = digits.length;
  if (no_negative_zero && sign === 1 && (digits_len === 0 || digits === "0")) sign = 0;
  let vdigits_end = digits_len;
  let use_exp = false;
  switch (format_code) {
    case "e":
      use_exp = true;
      vdigits_end = precision;
      break;
    case "f":
      vdigits_end = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    case "r":
      // Exponential notation from 1e16 on.
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  let exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (vdigits_end - vdigits_start > 0x3fffffff) {
    PyErr_NoMemory();
    return "";
  }
  let s = sign === 1 ? "-" : always_add_sign ? "+" : "";
  if (decpt <= 0) s += "0".repeat(decpt - vdigits_start) + "." + "0".repeat(-decpt);
  else s += "0".repeat(-vdigits_start);
  if (0 < decpt && decpt <= digits_len) s += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else s += digits;
  if (digits_len < decpt) s += "0".repeat(decpt - digits_len) + "." + "0".repeat(vdigits_end - decpt);
  else s += "0".repeat(vdigits_end - digits_len);
  if (s.charCodeAt(s.length - 1) === 0x2e && !use_alt_formatting) s = s.slice(0, -1);
  if (use_exp) {
    const a = exp < 0 ? -exp : exp;
    s += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return s;
}

/**
 * @cpython PyOS_double_to_string: x as text for format code 'e', 'f', 'g' (or upper case)
 * with `precision`, or 'r' (repr; precision 0). flags: Py_DTSF_*. Returns "" only after
 * raising MemoryError for absurd lengths.
 */
export function PyOS_double_to_string(val: number, format_code: string, precision: number, flags: number): string {
  const upper = format_code === "E" || format_code === "F" || format_code === "G";
  const code = upper ? format_code.toLowerCase() : format_code;
  let mode: number;
  if (code === "e") {
    mode = 2;
    precision++;
  } else if (code === "f") mode = 3;
  else if (code === "g") {
    mode = 2;
    if (precision === 0) precision = 1;
  } else mode = 0; // 'r'
  return format_float_short(val, code, mode, precision, (flags & Py_DTSF_SIGN) !== 0,
    (flags & Py_DTSF_ADD_DOT_0) !== 0, (flags & Py_DTSF_ALT) !== 0, (flags & Py_DTSF_NO_NEG_0) !== 0, upper);
}

// =============================================================================================
// Parsing the format specification
// =============================================================================================

/** Separators requested: none, ',' or '_' every three digits, '_' every four (bin/oct/hex). */
const LT_NO_LOCALE = 0;
const LT_DEFAULT_LOCALE = 0x2c; // ','
const LT_UNDERSCORE_LOCALE = 0x5f; // '_'
const LT_UNDER_FOUR_LOCALE = 0x60;
const LT_CURRENT_LOCALE = 0x61;

/** @cpython InternalFormatSpec (characters as code points; 0 for "none") */
interface InternalFormatSpec {
  fill_char: number;
  align: number;
  alternate: boolean;
  no_neg_0: boolean;
  sign: number;
  width: number;
  thousands_separators: number;
  precision: number;
  type: number;
}

function codepoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const is_alignment_token = (c: number): boolean => c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;
const is_sign_element = (c: number): boolean => c === 0x20 || c === 0x2b || c === 0x2d;

/** Position and value of get_integer, or null after "Too many decimal digits". */
let gi_pos = 0;
let gi_value = 0;

/** @cpython get_integer: decimal digits (any script) from pos; returns how many, or -1. */
function get_integer(spec: number[], pos: number): number {
  let acc = 0;
  let n = 0;
  for (; pos < spec.length; pos++, n++) {
    const d = _PyUnicode_ToDecimalDigit(spec[pos]);
    if (d < 0) break;
    // Py_ssize_t overflow, as CPython checks it (exact: beyond 2**53 we only need the bound).
    if (acc > (9223372036854775807 - d) / 10) {
      PyErr_SetString(PyExc_ValueError, "Too many decimal digits in format string");
      gi_pos = pos;
      return -1;
    }
    acc = acc * 10 + d;
  }
  gi_pos = pos;
  gi_value = acc;
  return n;
}

function char_of(c: number): string {
  return String.fromCodePoint(c);
}

/** @cpython unknown_presentation_type */
function unknown_presentation_type(type: number, type_name: string): null {
  if (type > 32 && type < 128) {
    return PyErr_SetString(PyExc_ValueError, `Unknown format code '${char_of(type)}' for object of type '${type_name}'`);
  }
  return PyErr_SetString(PyExc_ValueError, `Unknown format code '\\x${type.toString(16)}' for object of type '${type_name}'`);
}

/** @cpython invalid_thousands_separator_type */
function invalid_thousands_separator_type(specifier: number, type: number): null {
  const sp = specifier === LT_DEFAULT_LOCALE ? "," : "_";
  if (type > 32 && type < 128) return PyErr_SetString(PyExc_ValueError, `Cannot specify '${sp}' with '${char_of(type)}'.`);
  return PyErr_SetString(PyExc_ValueError, `Cannot specify '${sp}' with '\\x${type.toString(16)}'.`);
}

/** @cpython parse_internal_render_format_spec: the spec, or null with ValueError set. */
function parse_internal_render_format_spec(spec_str: string, type_name: string, default_type: number,
  default_align: number): InternalFormatSpec | null {
  const spec = codepoints(spec_str);
  const end = spec.length;
  let pos = 0;
  const format: InternalFormatSpec = {
    fill_char: 0x20, align: default_align, alternate: false, no_neg_0: false, sign: 0, width: -1,
    thousands_separators: LT_NO_LOCALE, precision: -1, type: default_type,
  };
  let align_specified = false;
  let fill_char_specified = false;
  if (end - pos >= 2 && is_alignment_token(spec[pos + 1])) {
    format.align = spec[pos + 1];
    format.fill_char = spec[pos];
    fill_char_specified = true;
    align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(spec[pos])) {
    format.align = spec[pos];
    align_specified = true;
    pos++;
  }
  if (end - pos >= 1 && is_sign_element(spec[pos])) format.sign = spec[pos++];
  if (end - pos >= 1 && spec[pos] === 0x7a) { // 'z'
    format.no_neg_0 = true;
    pos++;
  }
  if (end - pos >= 1 && spec[pos] === 0x23) { // '#'
    format.alternate = true;
    pos++;
  }
  if (!fill_char_specified && end - pos >= 1 && spec[pos] === 0x30) {
    format.fill_char = 0x30;
    if (!align_specified && default_align === 0x3e) format.align = 0x3d;
    pos++;
  }
  let consumed = get_integer(spec, pos);
  if (consumed === -1) return null;
  pos = gi_pos;
  format.width = consumed === 0 ? -1 : gi_value;
  if (end - pos && spec[pos] === 0x2c) {
    format.thousands_separators = LT_DEFAULT_LOCALE;
    pos++;
  }
  if (end - pos && spec[pos] === 0x5f) {
    if (format.thousands_separators !== LT_NO_LOCALE) {
      return PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
    }
    format.thousands_separators = LT_UNDERSCORE_LOCALE;
    pos++;
  }
  if (end - pos && spec[pos] === 0x2c && format.thousands_separators === LT_UNDERSCORE_LOCALE) {
    return PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
  }
  if (end - pos && spec[pos] === 0x2e) {
    pos++;
    consumed = get_integer(spec, pos);
    if (consumed === -1) return null;
    pos = gi_pos;
    if (consumed === 0) return PyErr_SetString(PyExc_ValueError, "Format specifier missing precision");
    format.precision = gi_value;
  }
  if (end - pos > 1) {
    return PyErr_SetString(PyExc_ValueError, `Invalid format specifier '${spec_str}' for object of type '${type_name}'`);
  }
  if (end - pos === 1) format.type = spec[pos];
  if (format.thousands_separators) {
    const t = format.type;
    if (t === 0x62 || t === 0x6f || t === 0x78 || t === 0x58) { // b o x X: '_' groups by four
      if (format.thousands_separators !== LT_UNDERSCORE_LOCALE) {
        return invalid_thousands_separator_type(format.thousands_separators, t);
      }
      format.thousands_separators = LT_UNDER_FOUR_LOCALE;
    } else if (!(t === 0x64 || t === 0x65 || t === 0x66 || t === 0x67 || t === 0x45 || t === 0x47 ||
        t === 0x25 || t === 0x46 || t === 0)) { // d e f g E G % F and none
      return invalid_thousands_separator_type(format.thousands_separators, t);
    }
  }
  return format;
}

// =============================================================================================
// Laying out numbers
// =============================================================================================

/** @cpython LocaleInfo: the pseudo-locales (the C locale for 'n'). grouping 0: none. */
interface LocaleInfo {
  decimal_point: string;
  thousands_sep: string;
  grouping: number;
}

/** @cpython get_locale_info */
function get_locale_info(type: number): LocaleInfo {
  switch (type) {
    case LT_DEFAULT_LOCALE: return { decimal_point: ".", thousands_sep: ",", grouping: 3 };
    case LT_UNDERSCORE_LOCALE: return { decimal_point: ".", thousands_sep: "_", grouping: 3 };
    case LT_UNDER_FOUR_LOCALE: return { decimal_point: ".", thousands_sep: "_", grouping: 4 };
    // LT_CURRENT_LOCALE: typhon always runs in the C locale ('.', no grouping).
    default: return { decimal_point: ".", thousands_sep: "", grouping: 0 };
  }
}

/**
 * @cpython _PyUnicode_InsertThousandsGrouping: digits with separators every `grouping`
 * characters from the right, zero-padded on the left to min_width (the zeros grouped too).
 */
function insert_thousands_grouping(digits: string, min_width: number, grouping: number, sep: string): string {
  min_width = Math.max(0, min_width);
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let use_separator = false;
  let loop_broken = false;
  if (grouping > 0) {
    for (;;) {
      const len = Math.min(grouping, Math.max(remaining, min_width, 1));
      const n_zeros = Math.max(0, len - remaining);
      const n_chars = Math.max(0, Math.min(remaining, len));
      if (use_separator) parts.push(sep);
      parts.push(digits.slice(pos - n_chars, pos));
      pos -= n_chars;
      if (n_zeros) parts.push("0".repeat(n_zeros));
      use_separator = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= sep.length;
    }
  }
  if (!loop_broken) {
    const len = Math.max(remaining, min_width, 1);
    const n_zeros = Math.max(0, len - remaining);
    const n_chars = Math.max(0, Math.min(remaining, len));
    if (use_separator) parts.push(sep);
    parts.push(digits.slice(pos - n_chars, pos));
    if (n_zeros) parts.push("0".repeat(n_zeros));
  }
  if (parts.length === 1) return parts[0];
  return parts.reverse().join("");
}

/** Longest text we try to build (V8's string limit is about 2**29 characters). */
const MAX_RESULT = 0x1fffffe8;

/**
 * @cpython calc_number_widths + fill_number: assemble a formatted number from its sign
 * character ('-' or 0), prefix (0x...), the digits before the decimal point, whether a
 * decimal point follows, and the remainder (fraction, exponent, %, or a 'c' character).
 * Returns null after MemoryError.
 */
function fill_number(sign_char: number, prefix: string, digits: string, has_decimal: boolean, remainder: string,
  locale: LocaleInfo, format: InternalFormatSpec, toupper: boolean, fill_char: number | null): string | null {
  let sign = "";
  switch (format.sign) {
    case 0x2b: sign = sign_char === 0x2d ? "-" : "+"; break;
    case 0x20: sign = sign_char === 0x2d ? "-" : " "; break;
    default: if (sign_char === 0x2d) sign = "-";
  }
  const n_decimal = has_decimal ? locale.decimal_point.length : 0;
  // Only a 'c' character can be outside the BMP; widths count code points.
  const n_remainder = remainder.length === 2 && remainder.charCodeAt(0) >= 0xd800 ? 1 : remainder.length;
  const n_non_digit_non_padding = sign.length + prefix.length + n_decimal + n_remainder;
  const n_min_width = format.fill_char === 0x30 && format.align === 0x3d ? format.width - n_non_digit_non_padding : 0;
  if (n_min_width > MAX_RESULT) {
    PyErr_NoMemory();
    return null;
  }
  let grouped = digits.length === 0 ? "" : insert_thousands_grouping(digits, n_min_width, locale.grouping, locale.thousands_sep);
  let n_padding = format.width - (n_non_digit_non_padding + grouped.length);
  if (n_padding > MAX_RESULT) {
    PyErr_NoMemory();
    return null;
  }
  let lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (format.align) {
      case 0x3c: rpad = n_padding; break;
      case 0x5e:
        lpad = Math.floor(n_padding / 2);
        rpad = n_padding - lpad;
        break;
      case 0x3d: spad = n_padding; break;
      default: lpad = n_padding;
    }
  } else n_padding = 0;
  let pfx = prefix;
  if (toupper) {
    pfx = pfx.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const fill = fill_char === null ? "" : char_of(fill_char);
  return (lpad ? fill.repeat(lpad) : "") + sign + pfx + (spad ? fill.repeat(spad) : "") + grouped +
    (has_decimal ? locale.decimal_point : "") + remainder + (rpad ? fill.repeat(rpad) : "");
}

/** @cpython parse_number: split "digits[.rest]" after the sign. */
function split_number(s: string): [string, boolean, string] {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  const has_decimal = s.charCodeAt(i) === 0x2e;
  return [s.slice(0, i), has_decimal, s.slice(has_decimal ? i + 1 : i)];
}

// =============================================================================================
// str
// =============================================================================================

/** @cpython calc_padding + fill_padding */
function pad(text: string, len: number, format: InternalFormatSpec): string | null {
  const width = format.width;
  const total = width >= 0 && len < width ? width : len;
  if (total - len > MAX_RESULT) {
    PyErr_NoMemory();
    return null;
  }
  let lpad: number;
  if (format.align === 0x3e) lpad = total - len;
  else if (format.align === 0x5e) lpad = Math.floor((total - len) / 2);
  else lpad = 0;
  const rpad = total - len - lpad;
  if (lpad === 0 && rpad === 0) return text;
  const fill = char_of(format.fill_char);
  return fill.repeat(lpad) + text + fill.repeat(rpad);
}

const HAS_SURROGATE = /[\ud800-\udfff]/;

/** @cpython format_string_internal */
function format_string_internal(value: string, format: InternalFormatSpec): string | null {
  if (format.sign !== 0) {
    return PyErr_SetString(PyExc_ValueError,
      format.sign === 0x20 ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (format.no_neg_0) {
    return PyErr_SetString(PyExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (format.alternate) {
    return PyErr_SetString(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
  }
  if (format.align === 0x3d) {
    return PyErr_SetString(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  }
  let text = value;
  let len: number;
  if (HAS_SURROGATE.test(value)) {
    const cps = Array.from(value);
    len = cps.length;
    if (format.precision >= 0 && len > format.precision) {
      len = format.precision;
      text = cps.slice(0, len).join("");
    }
  } else {
    len = value.length;
    if (format.precision >= 0 && len > format.precision) {
      len = format.precision;
      text = value.slice(0, len);
    }
  }
  return pad(text, len, format);
}

/**
 * @cpython _PyUnicode_FormatAdvancedWriter: format(s, spec) for a str. type_name is the
 * type named in errors. The empty spec gives s itself. Returns null with an error set.
 */
export function format_string(s: string, spec: string, type_name = "str"): string | null {
  if (spec.length === 0) return s;
  const format = parse_internal_render_format_spec(spec, type_name, 0x73, 0x3c);
  if (format === null) return null;
  if (format.type !== 0x73) return unknown_presentation_type(format.type, type_name);
  return format_string_internal(s, format);
}

// =============================================================================================
// int
// =============================================================================================

/** @cpython format_long_internal */
function format_long_internal(value: PyObject, format: InternalFormatSpec): string | null {
  if (format.precision !== -1) {
    return PyErr_SetString(PyExc_ValueError, "Precision not allowed in integer format specifier");
  }
  if (format.no_neg_0) {
    return PyErr_SetString(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  }
  let sign_char = 0;
  let prefix = "";
  let digits: string;
  let remainder = "";
  if (format.type === 0x63) { // 'c'
    if (format.sign !== 0) {
      return PyErr_SetString(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
    }
    if (format.alternate) {
      return PyErr_SetString(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    const x = PyLong_AsLong(value);
    if (x === -1 && PyErr_Occurred()) return null;
    if (x < 0 || x > 0x10ffff) return PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
    // The character goes in as a "remainder": it is copied, never grouped.
    digits = "";
    remainder = String.fromCodePoint(x);
  } else {
    let base = 10;
    switch (format.type) {
      case 0x62: base = 2; break;
      case 0x6f: base = 8; break;
      case 0x78: case 0x58: base = 16; break;
    }
    const tmp = _PyLong_Format(value, base);
    if (tmp === null) return null;
    let i = 0;
    if (tmp.charCodeAt(0) === 0x2d) {
      sign_char = 0x2d;
      i = 1;
    }
    if (base !== 10) {
      if (format.alternate) prefix = tmp.slice(i, i + 2);
      i += 2;
    }
    digits = tmp.slice(i);
  }
  const locale = get_locale_info(format.type === 0x6e ? LT_CURRENT_LOCALE : format.thousands_separators);
  return fill_number(sign_char, prefix, digits, false, remainder, locale, format, format.type === 0x58, format.fill_char);
}

/**
 * @cpython _PyLong_FormatAdvancedWriter: format(o, spec) for an int (or subclass; bool
 * included). Returns the text, or null with an error set.
 */
export function format_long(o: PyObject, spec: string): string | null {
  if (spec.length === 0) {
    if (o.ob_type === PyLong_Type) {
      const v = (o as PyLongObject).ob_ival;
      if (typeof v === "number") return String(v);
      return _PyLong_Format(o, 10);
    }
    const s = PyObject_Str(o);
    if (s === null) return null;
    const text = (s as PyUnicodeObject).str;
    Py_DECREF(s);
    return text;
  }
  const type_name = _PyType_Name(o.ob_type);
  const format = parse_internal_render_format_spec(spec, type_name, 0x64, 0x3e);
  if (format === null) return null;
  switch (format.type) {
    case 0x62: case 0x63: case 0x64: case 0x6f: case 0x78: case 0x58: case 0x6e: // b c d o x X n
      return format_long_internal(o, format);
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x25: { // e E f F g G %
      const f = PyNumber_Float(o);
      if (f === null) return null;
      const x = (f as PyFloatObject).ob_fval;
      Py_DECREF(f);
      return format_float_internal(x, format);
    }
    default:
      return unknown_presentation_type(format.type, type_name);
  }
}

// =============================================================================================
// float
// =============================================================================================

/** @cpython format_float_internal */
function format_float_internal(val: number, format: InternalFormatSpec): string | null {
  if (format.precision > 2147483647) return PyErr_SetString(PyExc_ValueError, "precision too big");
  let precision = format.precision;
  let default_precision = 6;
  let type = format.type;
  let flags = 0;
  let add_pct = false;
  if (format.alternate) flags |= Py_DTSF_ALT;
  if (format.no_neg_0) flags |= Py_DTSF_NO_NEG_0;
  if (type === 0) {
    // No type: repr() without a precision, else like 'g' but keeping a digit after the point.
    flags |= Py_DTSF_ADD_DOT_0;
    type = 0x72; // 'r'
    default_precision = 0;
  }
  if (type === 0x6e) type = 0x67; // 'n' is 'g' in the C locale
  if (type === 0x25) {
    type = 0x66;
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type === 0x72) type = 0x67;
  if (precision > MAX_RESULT) {
    PyErr_NoMemory();
    return null;
  }
  let buf = PyOS_double_to_string(val, String.fromCharCode(type), precision, flags);
  if (buf === "" && PyErr_Occurred()) return null;
  if (add_pct) buf += "%";
  if (format.sign !== 0x2b && format.sign !== 0x20 && format.width === -1 && format.type !== 0x6e &&
      !format.thousands_separators) {
    return buf; // nothing to lay out
  }
  let sign_char = 0;
  if (buf.charCodeAt(0) === 0x2d) {
    sign_char = 0x2d;
    buf = buf.slice(1);
  }
  const [digits, has_decimal, remainder] = split_number(buf);
  const locale = get_locale_info(format.type === 0x6e ? LT_CURRENT_LOCALE : format.thousands_separators);
  return fill_number(sign_char, "", digits, has_decimal, remainder, locale, format, false, format.fill_char);
}

/**
 * @cpython _PyFloat_FormatAdvancedWriter: format(x, spec) for a float value; type_name is
 * the type named in errors. The empty spec gives repr(x) (float.__format__ uses str(self)
 * itself for subclasses). Returns null with an error set.
 */
export function format_float(x: number, spec: string, type_name = "float"): string | null {
  if (spec.length === 0) return PyOS_double_to_string(x, "r", 0, Py_DTSF_ADD_DOT_0);
  const format = parse_internal_render_format_spec(spec, type_name, 0, 0x3e);
  if (format === null) return null;
  switch (format.type) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e: case 0x25:
      return format_float_internal(x, format);
    default:
      return unknown_presentation_type(format.type, type_name);
  }
}

// =============================================================================================
// complex
// =============================================================================================

/** @cpython format_complex_internal */
function format_complex_internal(re: number, im: number, format: InternalFormatSpec): string | null {
  if (format.precision > 2147483647) return PyErr_SetString(PyExc_ValueError, "precision too big");
  let precision = format.precision;
  let default_precision = 6;
  let type = format.type;
  let flags = 0;
  let add_parens = false;
  let skip_re = false;
  if (format.fill_char === 0x30) {
    return PyErr_SetString(PyExc_ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (format.align === 0x3d) {
    return PyErr_SetString(PyExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  if (format.alternate) flags |= Py_DTSF_ALT;
  if (format.no_neg_0) flags |= Py_DTSF_NO_NEG_0;
  if (type === 0) {
    // No type: like str(self).
    type = 0x72;
    default_precision = 0;
    if (re === 0 && !Object.is(re, -0)) skip_re = true;
    else add_parens = true;
  }
  if (type === 0x6e) type = 0x67;
  if (precision < 0) precision = default_precision;
  else if (type === 0x72) type = 0x67;
  if (precision > MAX_RESULT) {
    PyErr_NoMemory();
    return null;
  }
  let re_buf = PyOS_double_to_string(re, String.fromCharCode(type), precision, flags);
  let im_buf = PyOS_double_to_string(im, String.fromCharCode(type), precision, flags);
  if ((re_buf === "" || im_buf === "") && PyErr_Occurred()) return null;
  let re_sign = 0, im_sign = 0;
  if (re_buf.charCodeAt(0) === 0x2d) {
    re_sign = 0x2d;
    re_buf = re_buf.slice(1);
  }
  if (im_buf.charCodeAt(0) === 0x2d) {
    im_sign = 0x2d;
    im_buf = im_buf.slice(1);
  }
  const locale = get_locale_info(format.type === 0x6e ? LT_CURRENT_LOCALE : format.thousands_separators);
  // The parts are laid out without padding; the whole is padded afterwards.
  const tmp_format: InternalFormatSpec = { ...format, fill_char: 0, align: 0x3c, width: -1 };
  const [rd, rdec, rrem] = split_number(re_buf);
  const re_text = fill_number(re_sign, "", rd, rdec, rrem, locale, tmp_format, false, null);
  if (re_text === null) return null;
  if (!skip_re) tmp_format.sign = 0x2b;
  const [id, idec, irem] = split_number(im_buf);
  const im_text = fill_number(im_sign, "", id, idec, irem, locale, tmp_format, false, null);
  if (im_text === null) return null;
  const body = (add_parens ? "(" : "") + (skip_re ? "" : re_text) + im_text + "j" + (add_parens ? ")" : "");
  return pad(body, body.length, format);
}

/**
 * @cpython _PyComplex_FormatAdvancedWriter: format(z, spec) for a complex value. The empty
 * spec gives repr(z). Returns null with an error set.
 */
export function format_complex(re: number, im: number, spec: string, type_name = "complex"): string | null {
  if (spec.length === 0) return complex_repr_text(re, im);
  const format = parse_internal_render_format_spec(spec, type_name, 0, 0x3e);
  if (format === null) return null;
  switch (format.type) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e:
      return format_complex_internal(re, im, format);
    default:
      return unknown_presentation_type(format.type, type_name);
  }
}

/** @cpython complex_repr (the text): `1j`, `(1+2j)`; a real part of +0.0 is left out. */
export function complex_repr_text(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return PyOS_double_to_string(im, "r", 0, 0) + "j";
  return "(" + PyOS_double_to_string(re, "r", 0, 0) + PyOS_double_to_string(im, "r", 0, Py_DTSF_SIGN) + "j)";
}
