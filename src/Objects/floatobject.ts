/**
 * @mirrors Objects/floatobject.c
 * The IEEE-754 double. Arithmetic is JavaScript's own (the same IEEE operations C uses);
 * what this file adds is Python's rules around it: floor division and modulo rounding
 * toward minus infinity, ZeroDivisionError instead of inf/nan, pow's special cases,
 * comparisons with ints that are exact however large the int, and the hash that makes
 * hash(2.0) == hash(2) (the value modulo the prime 2**61 - 1).
 *
 * repr() writes the shortest digit string that reads back as the same double (as
 * JavaScript's Number#toString does), but laid out Python's way: plain notation while the
 * decimal exponent is between -4 and 16, scientific notation (`1e+16`, `1.5e-05`) outside,
 * and a `.0` on integral values.
 *
 *   >>> 1e16, 1e15, 0.0001, 0.00001, 2.0, -0.0
 *   (1e+16, 1000000000000000.0, 0.0001, 1e-05, 2.0, -0.0)
 *
 * Powers are correctly rounded (exact BigInt arithmetic for integral exponents, double-double
 * log and exp otherwise). DIVERGENCE: glibc's pow, which CPython uses, is not quite: for
 * about one argument pair in two thousand, lying within a hair of a halfway point, the last
 * bit differs.
 */
import { PyErr_WarnEx } from "../Python/_warnings.ts";
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_CLASS, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_SetObject, PyErr_BadArgument } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_ZeroDivisionError, PyExc_DeprecationWarning } from "./exceptions.ts";
import { Py_NotImplemented, Py_None, PyObject_Str, reprString, _Py_HashPointerObject } from "./object.ts";
import { _PyType_Name, PyType_Ready } from "./typeobject.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString } from "./unicodeobject.ts";
import { _PyTuple_FromArraySteal, PyTuple_Pack, type PyTupleObject } from "./tupleobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import {
  PyLongObject, PyLong_Check, PyLong_FromDouble, PyLong_FromNumber, PyLong_FromBigInt, PyLong_AsDouble,
  _PyNumber_Index, PyNumber_AsSsize_t, _PyUnicode_TransformDecimalAndSpaceToASCII, ldexp, _Py_ratio_to_double,
} from "./longobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { complex_pow } from "./complexobject.ts";
import { format_float, _Py_dg_dtoa } from "../Python/formatter_unicode.ts";
import { _PyObject_GetBufferData } from "./bytesobject.ts";
import { PyObject_CallOneArg } from "./call.ts";

export class PyFloatObject extends PyObject {
  ob_fval: number;
  constructor(type: PyTypeObject, x: number) {
    super(type);
    this.ob_fval = x;
  }
}

/** @cpython PyFloat_Check (float and its subclasses) */
export const PyFloat_Check = (o: PyObject): o is PyFloatObject => o instanceof PyFloatObject;
/** @cpython PyFloat_CheckExact */
export const PyFloat_CheckExact = (o: PyObject): o is PyFloatObject => o.ob_type === PyFloat_Type;

/** @cpython PyFloat_FromDouble @returns new */
export function PyFloat_FromDouble(x: number): PyFloatObject {
  return new PyFloatObject(PyFloat_Type, x);
}

function notimplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/**
 * @cpython PyFloat_AsDouble: a float's value, or the result of __float__ (or __index__);
 * -1 with an error set on failure.
 */
export function PyFloat_AsDouble(op: PyObject): number {
  if (op instanceof PyFloatObject) return op.ob_fval;
  const t = op.ob_type;
  if (t.nb_float === null) {
    if (t.nb_index !== null) {
      const res = _PyNumber_Index(op);
      if (res === null) return -1;
      const val = PyLong_AsDouble(res);
      Py_DECREF(res);
      return val;
    }
    PyErr_SetString(PyExc_TypeError, `must be real number, not ${_PyType_Name(t)}`);
    return -1;
  }
  const res = t.nb_float(op);
  if (res === null) return -1;
  if (!(res instanceof PyFloatObject)) {
    PyErr_SetString(PyExc_TypeError, `${_PyType_Name(t)}.__float__ returned non-float (type ${_PyType_Name(res.ob_type)})`);
    Py_DECREF(res);
    return -1;
  }
  if (res.ob_type !== PyFloat_Type && PyErr_WarnEx(PyExc_DeprecationWarning,
    `${t.tp_name}.__float__ returned non-float (type ${res.ob_type.tp_name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`, 1) < 0) {
    Py_DECREF(res);
    return -1;
  }
  const val = res.ob_fval;
  Py_DECREF(res);
  return val;
}

/**
 * @cpython PyNumber_Float (Objects/abstract.c): float(o) for one argument: __float__, then
 * __index__, then a str or bytes-like parsed as a float literal. @returns new
 */
export function PyNumber_Float(o: PyObject): PyObject | null {
  if (o.ob_type === PyFloat_Type) {
    Py_INCREF(o);
    return o;
  }
  const t = o.ob_type;
  if (t.nb_float !== null) {
    const res = t.nb_float(o);
    if (res === null || res.ob_type === PyFloat_Type) return res;
    if (!(res instanceof PyFloatObject)) {
      PyErr_SetString(PyExc_TypeError, `${_PyType_Name(t)}.__float__ returned non-float (type ${_PyType_Name(res.ob_type)})`);
      Py_DECREF(res);
      return null;
    }
    // A float subclass is still accepted, with a DeprecationWarning (issue 26983).
    if (PyErr_WarnEx(PyExc_DeprecationWarning,
      `${t.tp_name}.__float__ returned non-float (type ${res.ob_type.tp_name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`, 1) < 0) {
      Py_DECREF(res);
      return null;
    }
    const val = res.ob_fval;
    Py_DECREF(res);
    return PyFloat_FromDouble(val);
  }
  if (t.nb_index !== null) {
    const res = _PyNumber_Index(o);
    if (res === null) return null;
    const val = PyLong_AsDouble(res);
    Py_DECREF(res);
    if (val === -1 && PyErr_Occurred()) return null;
    return PyFloat_FromDouble(val);
  }
  if (o instanceof PyFloatObject) return PyFloat_FromDouble(o.ob_fval);
  return PyFloat_FromString(o);
}

// -- float from text ---------------------------------------------------------------------------

/** Py_ISSPACE: the C-locale whitespace of the ASCII range. */
const Py_ISSPACE = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** A whole float literal as _Py_dg_strtod and _Py_parse_inf_or_nan accept it. */
const FLOAT_LITERAL = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])$/;
const FLOAT_PREFIX = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const INF_NAN_PREFIX = /[+-]?(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])/y;

/** A quiet NaN with the sign bit set, as float('-nan') gives (V8 keeps NaN bits when stored). */
const NEG_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];

/** The value of a literal matched by FLOAT_LITERAL or the prefix patterns. */
function literal_value(lit: string): number {
  const c = lit.charCodeAt(lit[0] === "+" || lit[0] === "-" ? 1 : 0) | 0x20;
  if (c === 0x69) return lit[0] === "-" ? -Infinity : Infinity; // inf
  if (c === 0x6e) return lit[0] === "-" ? NEG_NAN : NaN; // nan, keeping its sign bit (_Py_dg_stdnan)
  // ECMAScript's StringToNumber is correctly rounded for decimal literals, as dtoa.c is.
  return Number(lit);
}

/**
 * @cpython _PyOS_ascii_strtod: the longest float literal at s[pos:], as [value, end]; end
 * is pos when there is none.
 */
export function _PyOS_ascii_strtod(s: string, pos: number): [number, number] {
  FLOAT_PREFIX.lastIndex = pos;
  let m = FLOAT_PREFIX.exec(s);
  if (m === null) {
    INF_NAN_PREFIX.lastIndex = pos;
    m = INF_NAN_PREFIX.exec(s);
    if (m === null) return [-1, pos];
  }
  return [literal_value(m[0]), pos + m[0].length];
}

/**
 * @cpython _Py_string_to_number_with_underscores: drop underscores that sit between two
 * digits; null (the caller raises) when one is anywhere else, or a NUL is embedded.
 */
export function _Py_string_to_number_with_underscores(s: string): string | null {
  if (s.indexOf("_") < 0) return s;
  let out = "";
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return null;
    if (c === 0x5f) {
      if (!(prev >= 0x30 && prev <= 0x39)) return null;
    } else {
      out += s[i];
      if (prev === 0x5f && !(c >= 0x30 && c <= 0x39)) return null;
    }
    prev = c;
  }
  if (prev === 0x5f) return null;
  return out;
}

/** @cpython float_from_string_inner: the value of a whole literal with optional spaces, or null. */
function float_from_string_inner(s: string): number | null {
  let a = 0, b = s.length;
  while (a < b && Py_ISSPACE(s.charCodeAt(a))) a++;
  if (a === b) return null;
  while (b - 1 > a && Py_ISSPACE(s.charCodeAt(b - 1))) b--;
  const lit = a === 0 && b === s.length ? s : s.slice(a, b);
  if (!FLOAT_LITERAL.test(lit)) return null;
  return literal_value(lit);
}

/** @cpython PyFloat_FromString: float(str or bytes-like). @returns new */
export function PyFloat_FromString(v: PyObject): PyObject | null {
  let s: string;
  if (PyUnicode_Check(v)) s = _PyUnicode_TransformDecimalAndSpaceToASCII(v.str);
  else {
    const data = _PyObject_GetBufferData(v);
    if (data === null) {
      return PyErr_SetString(PyExc_TypeError,
        `float() argument must be a string or a real number, not '${_PyType_Name(v.ob_type)}'`);
    }
    s = "";
    for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  }
  const clean = _Py_string_to_number_with_underscores(s);
  const x = clean === null ? null : float_from_string_inner(clean);
  if (x === null) {
    const r = reprString(v);
    if (r === null) return null;
    return PyErr_SetString(PyExc_ValueError, `could not convert string to float: ${r}`);
  }
  return PyFloat_FromDouble(x);
}

// -- repr, hash, compare ---------------------------------------------------------------------

/** @cpython float_repr (format code 'r' of PyOS_double_to_string, with '.0' added). */
export function float_repr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // Shortest round-trip digits and the decimal exponent, from JavaScript's own algorithm.
  const [mantissa, expText] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exp = Number(expText); // value = 0.d1d2d3... * 10**(exp + 1)
  const sign = x < 0 ? "-" : "";
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const frac = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = decpt - 1;
  return `${sign}${frac}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

function float_repr_slot(o: PyObject): PyObject {
  return PyUnicode_FromString(float_repr((o as PyFloatObject).ob_fval));
}

const scratch = new DataView(new ArrayBuffer(8));
const _PyHASH_MODULUS = 2305843009213693951n;
const _PyHASH_INF = 314159;

/**
 * @cpython _Py_HashDouble: the hash of a number equal to v, so that it agrees with int,
 * Fraction and Decimal hashes (v modulo 2**61 - 1); inf hashes to +-314159, and a NaN by the
 * identity of `inst` (3.10+). Low 32 bits returned, high 32 bits in Py_hash.hi.
 */
export function _Py_HashDouble(inst: PyObject, v: number): number {
  if (Number.isInteger(v) && v <= 9007199254740991 && v >= -9007199254740991) {
    const h = v === -1 ? -2 : v;
    Py_hash.hi = Math.floor(h / 4294967296) | 0;
    return h | 0;
  }
  if (v !== v) return _Py_HashPointerObject(inst);
  if (v === Infinity || v === -Infinity) {
    const h = v > 0 ? _PyHASH_INF : -_PyHASH_INF;
    Py_hash.hi = h < 0 ? -1 : 0;
    return h;
  }
  // |v| = m * 2**e; 2**61 == 1 modulo the prime, so 2**e reduces to 2**(e mod 61).
  scratch.setFloat64(0, v);
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const be = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (be === 0) e = -1074;
  else {
    m += 4503599627370496;
    e = be - 1075;
  }
  const k = ((e % 61) + 61) % 61;
  let h = (BigInt(m) << BigInt(k)) % _PyHASH_MODULUS;
  if (v < 0) h = -h;
  if (h === -1n) h = -2n;
  const u = BigInt.asUintN(64, h);
  Py_hash.hi = Number(u >> 32n) | 0;
  return Number(u & 0xffffffffn) | 0;
}

/** @cpython float_hash */
function float_hash(o: PyObject): number {
  return _Py_HashDouble(o, (o as PyFloatObject).ob_fval);
}

/** Mathematical equality of a double and a BigInt (false for NaN and infinities). */
function loose_eq(a: number | bigint, b: number | bigint): boolean {
  return a == b; // eslint-disable-line eqeqeq
}

function bool_result(b: boolean): PyObject {
  return PyBool_FromLong(b ? 1 : 0);
}

/**
 * @cpython float_richcompare: against a float, or exactly against an int of any size (JS
 * compares a number with a BigInt by their mathematical values).
 */
function float_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  const i = (v as PyFloatObject).ob_fval;
  let j: number;
  if (w instanceof PyFloatObject) j = w.ob_fval;
  else if (PyLong_Check(w)) {
    const b = w.ob_ival;
    if (typeof b === "number") j = b;
    else {
      switch (op) {
        case Py_EQ: return bool_result(loose_eq(i, b));
        case Py_NE: return bool_result(!loose_eq(i, b));
        case Py_LT: return bool_result(i < b);
        case Py_LE: return bool_result(i <= b);
        case Py_GT: return bool_result(i > b);
        default: return bool_result(i >= b);
      }
    }
  } else return notimplemented();
  switch (op) {
    case Py_EQ: return bool_result(i === j);
    case Py_NE: return bool_result(i !== j);
    case Py_LT: return bool_result(i < j);
    case Py_LE: return bool_result(i <= j);
    case Py_GT: return bool_result(i > j);
    default: return bool_result(i >= j);
  }
}

// -- arithmetic --------------------------------------------------------------------------------

/**
 * @cpython convert_to_double: an int operand's value; undefined when the operand is neither
 * float nor int (the slot answers NotImplemented) or when the int is too large (an error is
 * set: the slot answers null). See cvt_fail.
 */
function convert_to_double(o: PyObject): number | undefined {
  if (PyLong_Check(o)) {
    const v = o.ob_ival;
    if (typeof v === "number") return v;
    const d = PyLong_AsDouble(o);
    if (d === -1 && PyErr_Occurred()) return undefined;
    return d;
  }
  return undefined;
}

function cvt_fail(): PyObject | null {
  return PyErr_Occurred() ? null : notimplemented();
}

/** @cpython float_add */
function float_add(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  return new PyFloatObject(PyFloat_Type, a + b);
}

/** @cpython float_sub */
function float_sub(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  return new PyFloatObject(PyFloat_Type, a - b);
}

/** @cpython float_mul */
function float_mul(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  return new PyFloatObject(PyFloat_Type, a * b);
}

/** @cpython float_div */
function float_div(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  if (b === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
  return new PyFloatObject(PyFloat_Type, a / b);
}

/** The remainder with the divisor's sign; a zero remainder takes the divisor's sign too. */
function float_mod_value(vx: number, wx: number): number {
  let mod = vx % wx; // fmod: exact
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

/** @cpython float_rem */
function float_rem(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  if (b === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "float modulo");
  return new PyFloatObject(PyFloat_Type, float_mod_value(a, b));
}

let divmod_mod = 0;

/**
 * @cpython _float_div_mod: the floor quotient (returned) and the remainder (in divmod_mod).
 * vx - mod is an exact multiple of wx mathematically, so the quotient is snapped to the
 * nearest integer.
 */
function _float_div_mod(vx: number, wx: number): number {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  divmod_mod = mod;
  return floordiv;
}

/** @cpython float_divmod */
function float_divmod(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  if (b === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "float divmod()");
  const q = _float_div_mod(a, b);
  return _PyTuple_FromArraySteal([PyFloat_FromDouble(q), PyFloat_FromDouble(divmod_mod)]);
}

/** @cpython float_floor_div */
function float_floor_div(v: PyObject, w: PyObject): PyObject | null {
  const a = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (a === undefined) return cvt_fail();
  const b = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (b === undefined) return cvt_fail();
  if (b === 0) return PyErr_SetString(PyExc_ZeroDivisionError, "float floor division by zero");
  return PyFloat_FromDouble(_float_div_mod(a, b));
}

const DOUBLE_IS_ODD_INTEGER = (x: number): boolean => Math.abs(x) % 2 === 1;

/** OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) makes it. */
export function _PyErr_SetERANGE(): null {
  const args = PyTuple_Pack(PyLong_FromNumber(34), PyUnicode_FromString("Numerical result out of range"));
  PyErr_SetObject(PyExc_OverflowError, args);
  for (const o of args.ob_item) Py_DECREF(o);
  Py_DECREF(args);
  return null;
}

/**
 * @cpython float_pow: v ** w with C99's special cases sorted out first; a negative base to a
 * fractional power is handed to complex. Also int ** negative int.
 */
export function float_pow(v: PyObject, w: PyObject, z: PyObject): PyObject | null {
  if (z !== Py_None) {
    return PyErr_SetString(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  let iv = v instanceof PyFloatObject ? v.ob_fval : convert_to_double(v);
  if (iv === undefined) return cvt_fail();
  const iw = w instanceof PyFloatObject ? w.ob_fval : convert_to_double(w);
  if (iw === undefined) return cvt_fail();
  if (iw === 0) return PyFloat_FromDouble(1.0);
  if (iv !== iv) return PyFloat_FromDouble(iv);
  if (iw !== iw) return PyFloat_FromDouble(iv === 1.0 ? 1.0 : iw);
  if (iw === Infinity || iw === -Infinity) {
    iv = Math.abs(iv);
    if (iv === 1.0) return PyFloat_FromDouble(1.0);
    if ((iw > 0) === (iv > 1.0)) return PyFloat_FromDouble(Math.abs(iw));
    return PyFloat_FromDouble(0.0);
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = DOUBLE_IS_ODD_INTEGER(iw);
    if (iw > 0) return PyFloat_FromDouble(odd ? iv : Math.abs(iv));
    return PyFloat_FromDouble(odd ? (iv < 0 ? -0 : 0) : 0.0);
  }
  if (iv === 0) {
    const odd = DOUBLE_IS_ODD_INTEGER(iw);
    if (iw < 0) return PyErr_SetString(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return PyFloat_FromDouble(odd ? iv : 0.0);
  }
  let negate_result = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complex_pow(v, w, z);
    iv = -iv;
    negate_result = DOUBLE_IS_ODD_INTEGER(iw);
  }
  if (iv === 1.0) return PyFloat_FromDouble(negate_result ? -1.0 : 1.0);
  let ix = iw === Math.floor(iw) ? exact_int_pow(iv, iw) : _Py_pow(iv, iw);
  if (ix === Infinity) return _PyErr_SetERANGE();
  if (negate_result) ix = -ix;
  return PyFloat_FromDouble(ix);
}

// -- pow with double-double arithmetic ---------------------------------------------------------
//
// V8's Math.pow is off by one ulp for about one argument pair in ten; glibc's pow is correctly
// rounded but for a few near-halfway cases. Here log(x) and exp(y*log(x)) are carried in
// double-double (about 100 bits), so the result is the correctly rounded one.

const DD_SPLIT = 134217729; // 2**27 + 1, Veltkamp's splitting constant
/** The low half of the last double-double result (or the error of two_sum/two_prod). */
let dd_lo = 0;

/** a * b rounded, the exact error in dd_lo (Dekker). */
function two_prod(a: number, b: number): number {
  const p = a * b;
  let t = DD_SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = DD_SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  dd_lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

/** a + b rounded, the exact error in dd_lo (Knuth). */
function two_sum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  dd_lo = (a - (s - bb)) + (b - bb);
  return s;
}

function dd_add(ah: number, al: number, bh: number, bl: number): number {
  const s = two_sum(ah, bh);
  let e = dd_lo;
  const t = two_sum(al, bl);
  const f = dd_lo;
  e += t;
  const h = s + e;
  e = e - (h - s) + f;
  const r = h + e;
  dd_lo = e - (r - h);
  return r;
}

function dd_mul(ah: number, al: number, bh: number, bl: number): number {
  const p = two_prod(ah, bh);
  const e = dd_lo + (ah * bl + al * bh);
  const r = p + e;
  dd_lo = e - (r - p);
  return r;
}

function dd_div(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let p = dd_mul(q1, 0, bh, bl);
  let r = dd_add(ah, al, -p, -dd_lo);
  let rl = dd_lo;
  const q2 = r / bh;
  p = dd_mul(q2, 0, bh, bl);
  r = dd_add(r, rl, -p, -dd_lo);
  rl = dd_lo;
  const q3 = r / bh;
  const q = two_sum(q1, q2);
  return dd_add(q, dd_lo, q3, 0);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
/** 1/(2k+1) and 1/n! as double-doubles, filled on first use. */
const INV_ODD: number[] = [];
const INV_FACT: number[] = [];

function dd_tables(): void {
  for (let k = 0; k < 30; k++) {
    const d = 2 * k + 1;
    const h = 1 / d;
    const p = two_prod(h, d);
    INV_ODD.push(h, ((1 - p) - dd_lo) / d);
  }
  let fh = 1, fl = 0;
  for (let n = 1; n <= 12; n++) {
    fh = dd_mul(fh, fl, n, 0);
    fl = dd_lo;
    INV_FACT.push(dd_div(1, 0, fh, fl), dd_lo);
  }
}

/** log(x) for a finite x > 0, as a double-double (low half in dd_lo). */
function dd_log(x: number): number {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    e = -54;
  }
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  scratch.setUint32(0, (hi & 0x800fffff) | (1023 << 20));
  let m = scratch.getFloat64(0); // x = m * 2**e, 1 <= m < 2
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // log(m) = 2 atanh(s) = 2 (s + s**3/3 + s**5/5 + ...), s = (m - 1) / (m + 1), |s| < 0.172
  const den = two_sum(m, 1);
  const s = dd_div(m - 1, 0, den, dd_lo);
  const sl = dd_lo;
  const s2 = dd_mul(s, sl, s, sl);
  const s2l = dd_lo;
  let n = 0;
  const as = Math.abs(s);
  while (n < 29 && as ** (2 * n + 1) > 1e-40) n++;
  let acc = INV_ODD[2 * n], accl = INV_ODD[2 * n + 1];
  for (let k = n - 1; k >= 0; k--) {
    acc = dd_mul(acc, accl, s2, s2l);
    acc = dd_add(acc, dd_lo, INV_ODD[2 * k], INV_ODD[2 * k + 1]);
    accl = dd_lo;
  }
  acc = dd_mul(acc, accl, s, sl);
  accl = dd_lo;
  const eh = two_prod(e, LN2_HI);
  return dd_add(2 * acc, 2 * accl, eh, dd_lo + e * LN2_LO);
}

/** exp(th + tl) correctly rounded to a double (subnormals included). */
function dd_exp(th: number, tl: number): number {
  if (th > 709.8) return Infinity;
  if (th < -745.2) return 0;
  const k = Math.round(th / LN2_HI);
  const kh = two_prod(k, LN2_HI);
  let r = dd_add(th, tl, -kh, -(dd_lo + k * LN2_LO));
  let rl = dd_lo;
  // e**r = (e**(r/256))**256; e**(r/256) - 1 by its Taylor series, then squared eight times as
  // em1 <- em1 * (em1 + 2) to keep the small quantity.
  r /= 256;
  rl /= 256;
  let acc = INV_FACT[20], accl = INV_FACT[21];
  for (let n = 9; n >= 0; n--) {
    acc = dd_mul(acc, accl, r, rl);
    acc = dd_add(acc, dd_lo, INV_FACT[2 * n], INV_FACT[2 * n + 1]);
    accl = dd_lo;
  }
  acc = dd_mul(acc, accl, r, rl);
  accl = dd_lo;
  for (let i = 0; i < 8; i++) {
    const t = dd_add(acc, accl, 2, 0);
    acc = dd_mul(acc, accl, t, dd_lo);
    accl = dd_lo;
  }
  const res = dd_add(1, 0, acc, accl);
  const resl = dd_lo;
  if (k >= -1021 && k < 1020) return (res + resl) * 2 ** k; // one rounding, then an exact scaling
  if (k >= 1020) return ldexp(res + resl, k);
  // A subnormal result: round once, in units of 2**-1074.
  const u = k + 1074;
  const qh = ldexp(res, u), ql = ldexp(resl, u);
  let n = Math.floor(qh);
  const frac = (qh - n) + ql;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n += 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 === 1)) n -= 1;
  return n * 2 ** -1074;
}

/** x**y for finite x > 0 (x != 1) and finite y, correctly rounded; +-inf or 0 past the range. */
export function _Py_pow(x: number, y: number): number {
  // The square root is correctly rounded by IEEE arithmetic itself, hard cases included.
  if (y === 0.5) return Math.sqrt(x);
  if (INV_ODD.length === 0) dd_tables();
  const l = dd_log(x);
  const t = dd_mul(l, dd_lo, y, 0);
  return dd_exp(t, dd_lo);
}

/**
 * x**n for x > 0 and an integral n, correctly rounded (the result glibc's pow gives), when the
 * exact power is small enough to compute with BigInts; else through _Py_pow.
 */
function exact_int_pow(x: number, n: number): number {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const be = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (be === 0) e = -1074;
  else {
    m += 4503599627370496;
    e = be - 1075;
  }
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  const an = Math.abs(n);
  const mbits = m < 4294967296 ? 32 - Math.clz32(m) : 64 - Math.clz32(Math.floor(m / 4294967296));
  // Too large to compute exactly (the result is then far past the double range, or the
  // mantissa power is huge): the double-double path.
  if (an * (mbits - 1) > 20000 || Math.abs(e * n) > 1e6) return _Py_pow(x, n);
  const p = BigInt(m) ** BigInt(an);
  const k = e * n; // x**n = p**sign(n) * 2**k
  if (n > 0) return k >= 0 ? _Py_ratio_to_double(p << BigInt(k), 1n) : _Py_ratio_to_double(p, 1n << BigInt(-k));
  return k >= 0 ? _Py_ratio_to_double(1n << BigInt(k), p) : _Py_ratio_to_double(1n, p << BigInt(-k));
}

/**
 * @cpython float_dealloc: a float holds no references (CPython keeps a free list of exact
 * floats; the allocator model will show it). Defined so that float subclasses do not
 * inherit object's dealloc, which would release the heap type a second time.
 */
function float_dealloc(_self: PyObject): void {}

/** @cpython float_neg */
function float_neg(v: PyObject): PyObject {
  return PyFloat_FromDouble(-(v as PyFloatObject).ob_fval);
}

/** @cpython float_abs */
function float_abs(v: PyObject): PyObject {
  return PyFloat_FromDouble(Math.abs((v as PyFloatObject).ob_fval));
}

/** @cpython float_bool */
function float_bool(v: PyObject): number {
  return (v as PyFloatObject).ob_fval !== 0 ? 1 : 0;
}

/** @cpython float_float: float(x) for a float: itself when exact, else a plain copy. */
function float_float(v: PyObject): PyObject {
  if (v.ob_type === PyFloat_Type) {
    Py_INCREF(v);
    return v;
  }
  return PyFloat_FromDouble((v as PyFloatObject).ob_fval);
}

// -- methods ---------------------------------------------------------------------------------

/** @cpython float_is_integer_impl */
function float_is_integer(self: PyObject): PyObject | null {
  const x = PyFloat_AsDouble(self);
  if (x === -1 && PyErr_Occurred()) return null;
  return PyBool_FromLong(Number.isFinite(x) && Math.floor(x) === x ? 1 : 0);
}

/** @cpython float___trunc___impl (also nb_int) */
function float___trunc__(self: PyObject): PyObject | null {
  return PyLong_FromDouble((self as PyFloatObject).ob_fval);
}

/** @cpython float___floor___impl */
function float___floor__(self: PyObject): PyObject | null {
  return PyLong_FromDouble(Math.floor((self as PyFloatObject).ob_fval));
}

/** @cpython float___ceil___impl */
function float___ceil__(self: PyObject): PyObject | null {
  return PyLong_FromDouble(Math.ceil((self as PyFloatObject).ob_fval));
}

/**
 * @cpython double_round: x rounded to a multiple of 10**-ndigits through its correctly
 * rounded decimal digits (dtoa mode 3), read back as a double.
 */
function double_round(x: number, ndigits: number): PyObject | null {
  const { digits, decpt, sign } = _Py_dg_dtoa(x, 3, ndigits);
  let rounded: number;
  if (digits.length === 0) rounded = 0;
  else rounded = Number(`${digits}e${decpt - digits.length}`);
  if (rounded === Infinity) return PyErr_SetString(PyExc_OverflowError, "rounded value too large to represent");
  return PyFloat_FromDouble(sign ? -rounded : rounded);
}

/** Round half to even to an integral double (C's round() then the halfway fix-up). */
function round_half_even(x: number): number {
  const r = Math.floor(x);
  const diff = x - r;
  if (diff > 0.5) return r + 1;
  if (diff === 0.5) return r % 2 === 0 ? r : r + 1;
  return r;
}

/** @cpython float___round___impl: round(x) -> int, round(x, n) -> float */
function float___round__(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("__round__", args.length, 0, 1)) return null;
  const x = PyFloat_AsDouble(self);
  if (args.length === 0 || args[0] === Py_None) return PyLong_FromDouble(round_half_even(x));
  const ndigits = PyNumber_AsSsize_t(args[0], null);
  if (ndigits === -1 && PyErr_Occurred()) return null;
  if (!Number.isFinite(x)) return PyFloat_FromDouble(x);
  // Beyond these bounds every double rounds to itself, or to a zero of its sign.
  if (ndigits > 323) return PyFloat_FromDouble(x);
  if (ndigits < -308) return PyFloat_FromDouble(0.0 * x);
  return double_round(x, ndigits);
}

/** @cpython float_conjugate_impl */
function float_conjugate(self: PyObject): PyObject {
  return float_float(self);
}

/** frexp: [m, e] with |x| = m * 2**e, 0.5 <= m < 1 (x finite, non-zero). */
function frexp(x: number): [number, number] {
  scratch.setFloat64(0, Math.abs(x));
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const be = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (be === 0) e = -1074;
  else {
    m += 4503599627370496;
    e = be - 1075;
  }
  const bits = m < 4294967296 ? 32 - Math.clz32(m) : 64 - Math.clz32(Math.floor(m / 4294967296));
  return [m / 2 ** bits, e + bits];
}

const HEXDIGITS = "0123456789abcdef";

/** @cpython float_hex_impl: '0x1.8000000000000p+0' for 1.5 */
function float_hex(self: PyObject): PyObject {
  const x = (self as PyFloatObject).ob_fval;
  if (!Number.isFinite(x)) return PyUnicode_FromString(float_repr(x));
  if (x === 0) return PyUnicode_FromString(Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0");
  let [m, e] = frexp(x);
  // DBL_MIN_EXP = -1021: subnormals keep a leading 0 digit.
  const shift = 1 - Math.max(-1021 - e, 0);
  m = ldexp(m, shift);
  e -= shift;
  let s = HEXDIGITS[Math.trunc(m)] + ".";
  m -= Math.trunc(m);
  for (let i = 0; i < 13; i++) {
    m *= 16.0;
    s += HEXDIGITS[Math.trunc(m)];
    m -= Math.trunc(m);
  }
  const es = e < 0 ? `-${-e}` : `+${e}`;
  return PyUnicode_FromString(`${x < 0 ? "-" : ""}0x${s}p${es}`);
}

function hex_from_char(c: string | undefined): number {
  if (c === undefined) return -1;
  const k = c.charCodeAt(0);
  if (k >= 0x30 && k <= 0x39) return k - 0x30;
  if (k >= 0x61 && k <= 0x66) return k - 0x61 + 10;
  if (k >= 0x41 && k <= 0x46) return k - 0x41 + 10;
  return -1;
}

/** @cpython _Py_parse_inf_or_nan: [value, end] with end === pos when there is none. */
function parse_inf_or_nan(s: string, pos: number): [number, number] {
  INF_NAN_PREFIX.lastIndex = pos;
  const m = INF_NAN_PREFIX.exec(s);
  if (m === null) return [-1, pos];
  return [literal_value(m[0]), pos + m[0].length];
}

const LONG_MAX = 9223372036854775807;

/** @cpython float_fromhex: float.fromhex('0x1.ffffp10'), rounding half to even. */
function float_fromhex(type: PyObject, string: PyObject): PyObject | null {
  if (!PyUnicode_Check(string)) return PyErr_BadArgument();
  const s = string.str;
  const n = s.length;
  let i = 0;
  let x: number;
  let negate = false;
  const parse_error = (): null => PyErr_SetString(PyExc_ValueError, "invalid hexadecimal floating-point string");
  const overflow_error = (): null =>
    PyErr_SetString(PyExc_OverflowError, "hexadecimal value too large to represent as a float");
  while (i < n && Py_ISSPACE(s.charCodeAt(i))) i++;
  const [inf, end] = parse_inf_or_nan(s, i);
  finished: {
    if (end !== i) {
      x = inf;
      i = end;
      break finished;
    }
    if (s[i] === "-") {
      i++;
      negate = true;
    } else if (s[i] === "+") i++;
    if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X")) i += 2;
    const coeff_start = i;
    while (hex_from_char(s[i]) >= 0) i++;
    const s_store = i;
    let coeff_end: number;
    if (s[i] === ".") {
      i++;
      while (hex_from_char(s[i]) >= 0) i++;
      coeff_end = i - 1;
    } else coeff_end = i;
    let ndigits = coeff_end - coeff_start;
    const fdigits = coeff_end - s_store;
    if (ndigits === 0) return parse_error();
    let exp = 0;
    if (s[i] === "p" || s[i] === "P") {
      i++;
      const exp_start = i;
      if (s[i] === "-" || s[i] === "+") i++;
      if (!(s[i] >= "0" && s[i] <= "9")) return parse_error();
      i++;
      while (s[i] >= "0" && s[i] <= "9") i++;
      exp = Math.max(-LONG_MAX - 1, Math.min(LONG_MAX, Number(s.slice(exp_start, i)))); // strtol saturates
    }
    const HEX_DIGIT = (j: number): number => hex_from_char(j < fdigits ? s[coeff_end - j] : s[coeff_end - 1 - j]);
    while (ndigits > 0 && HEX_DIGIT(ndigits - 1) === 0) ndigits--;
    if (ndigits === 0 || exp < -LONG_MAX / 2) {
      x = 0.0;
      break finished;
    }
    if (exp > LONG_MAX / 2) return overflow_error();
    exp = exp - 4 * fdigits;
    let top_exp = exp + 4 * (ndigits - 1);
    for (let digit = HEX_DIGIT(ndigits - 1); digit !== 0; digit >>= 1) top_exp++;
    // DBL_MIN_EXP = -1021, DBL_MANT_DIG = 53, DBL_MAX_EXP = 1024.
    if (top_exp < -1021 - 53) {
      x = 0.0;
      break finished;
    }
    if (top_exp > 1024) return overflow_error();
    const lsb = Math.max(top_exp, -1021) - 53;
    x = 0.0;
    if (exp >= lsb) {
      for (let k = ndigits - 1; k >= 0; k--) x = 16.0 * x + HEX_DIGIT(k);
      x = ldexp(x, exp);
      break finished;
    }
    const half_eps = 1 << ((lsb - exp - 1) % 4);
    const key_digit = Math.floor((lsb - exp - 1) / 4);
    for (let k = ndigits - 1; k > key_digit; k--) x = 16.0 * x + HEX_DIGIT(k);
    const digit = HEX_DIGIT(key_digit);
    x = 16.0 * x + (digit & (16 - 2 * half_eps));
    if ((digit & half_eps) !== 0) {
      let round_up = false;
      if ((digit & (3 * half_eps - 1)) !== 0 ||
          (half_eps === 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) !== 0)) {
        round_up = true;
      } else {
        for (let k = key_digit - 1; k >= 0; k--) {
          if (HEX_DIGIT(k) !== 0) {
            round_up = true;
            break;
          }
        }
      }
      if (round_up) {
        x += 2 * half_eps;
        if (top_exp === 1024 && x === ldexp(2 * half_eps, 53)) return overflow_error();
      }
    }
    x = ldexp(x, exp + 4 * key_digit);
  }
  while (i < n && Py_ISSPACE(s.charCodeAt(i))) i++;
  if (i !== n) return parse_error();
  const result = PyFloat_FromDouble(negate ? -x : x);
  if (type !== PyFloat_Type) {
    const r = PyObject_CallOneArg(type, result);
    Py_DECREF(result);
    return r;
  }
  return result;
}

/** @cpython float_as_integer_ratio_impl: the exact fraction, in lowest terms. */
function float_as_integer_ratio(self: PyObject): PyObject | null {
  const x = (self as PyFloatObject).ob_fval;
  if (x === Infinity || x === -Infinity) {
    return PyErr_SetString(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
  }
  if (x !== x) return PyErr_SetString(PyExc_ValueError, "cannot convert NaN to integer ratio");
  if (x === 0) return _PyTuple_FromArraySteal([PyLong_FromNumber(0), PyLong_FromNumber(1)]);
  let [m, e] = frexp(x);
  // m * 2**53 is an integer; shift it down while it stays even.
  let num = m * 2 ** 53;
  e -= 53;
  while (num % 2 === 0 && e < 0) {
    num /= 2;
    e++;
  }
  if (x < 0) num = -num;
  if (e >= 0) return _PyTuple_FromArraySteal([PyLong_FromBigInt(BigInt(num) << BigInt(e)), PyLong_FromNumber(1)]);
  return _PyTuple_FromArraySteal([PyLong_FromNumber(num), PyLong_FromBigInt(1n << BigInt(-e))]);
}

/** @cpython float___getnewargs___impl */
function float___getnewargs__(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([PyFloat_FromDouble((self as PyFloatObject).ob_fval)]);
}

/** @cpython float___getformat___impl */
function float___getformat__(_type: PyObject, arg: PyObject): PyObject | null {
  if (!PyUnicode_Check(arg)) {
    return PyErr_SetString(PyExc_TypeError, `__getformat__() argument must be str, not ${_PyType_Name(arg.ob_type)}`);
  }
  if (arg.str !== "double" && arg.str !== "float") {
    return PyErr_SetString(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return PyUnicode_FromString("IEEE, little-endian");
}

/** @cpython float___format___impl */
function float___format__(self: PyObject, spec: PyObject): PyObject | null {
  if (!PyUnicode_Check(spec)) {
    return PyErr_SetString(PyExc_TypeError, `__format__() argument must be str, not ${_PyType_Name(spec.ob_type)}`);
  }
  if (spec.str.length === 0) return PyObject_Str(self);
  const s = format_float((self as PyFloatObject).ob_fval, spec.str, _PyType_Name(self.ob_type));
  return s === null ? null : PyUnicode_FromString(s);
}

function float_getreal(self: PyObject): PyObject {
  return float_float(self);
}

function float_getimag(_self: PyObject): PyObject {
  return PyFloat_FromDouble(0.0);
}

// -- float() ---------------------------------------------------------------------------------

/** @cpython float_new_impl: float(x=0, /) */
function float_new_impl(type: PyTypeObject, x: PyObject | null): PyObject | null {
  if (type !== PyFloat_Type) {
    const tmp = float_new_impl(PyFloat_Type, x);
    if (tmp === null) return null;
    const v = (tmp as PyFloatObject).ob_fval;
    Py_DECREF(tmp);
    Py_INCREF(type);
    return new PyFloatObject(type, v);
  }
  if (x === null) return PyFloat_FromDouble(0.0);
  if (x.ob_type === PyUnicodeObject.type) return PyFloat_FromString(x);
  return PyNumber_Float(x);
}

/** @cpython float_vectorcall / float_new */
function float_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  // A subclass with its own __init__ may take keywords: float.__new__ then ignores them.
  if ((type === PyFloat_Type || type.tp_init === PyFloat_Type.tp_init) && !_PyArg_NoKwnames("float", kwnames)) return null;
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional("float", nargs, 0, 1)) return null;
  return float_new_impl(type, nargs ? args[0] : null);
}

const float_methods: PyMethodDef[] = [
  { ml_name: "conjugate", ml_meth: float_conjugate, ml_flags: METH_NOARGS,
    ml_doc: "conjugate($self, /)\n--\n\nThe float itself: a real number is its own complex conjugate." },
  { ml_name: "__trunc__", ml_meth: float___trunc__, ml_flags: METH_NOARGS,
    ml_doc: "__trunc__($self, /)\n--\n\nThe int nearest to x on the side of zero." },
  { ml_name: "__floor__", ml_meth: float___floor__, ml_flags: METH_NOARGS,
    ml_doc: "__floor__($self, /)\n--\n\nThe largest int not above x." },
  { ml_name: "__ceil__", ml_meth: float___ceil__, ml_flags: METH_NOARGS,
    ml_doc: "__ceil__($self, /)\n--\n\nThe smallest int not below x." },
  { ml_name: "__round__", ml_meth: float___round__, ml_flags: METH_FASTCALL,
    ml_doc: "__round__($self, ndigits=None, /)\n--\n\nx rounded half to even: to an int, or with ndigits to a float that is a\nmultiple of 10**-ndigits." },
  { ml_name: "as_integer_ratio", ml_meth: float_as_integer_ratio, ml_flags: METH_NOARGS,
    ml_doc: "as_integer_ratio($self, /)\n--\n\nThe exact value as a pair of ints in lowest terms, the denominator positive.\n\n>>> (-.25).as_integer_ratio()\n(-1, 4)" },
  { ml_name: "fromhex", ml_meth: float_fromhex, ml_flags: METH_O | METH_CLASS,
    ml_doc: "fromhex($type, string, /)\n--\n\nThe float written in hexadecimal in string (as hex() writes it).\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375" },
  { ml_name: "hex", ml_meth: float_hex, ml_flags: METH_NOARGS,
    ml_doc: "hex($self, /)\n--\n\nThe exact value in hexadecimal.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'" },
  { ml_name: "is_integer", ml_meth: float_is_integer, ml_flags: METH_NOARGS,
    ml_doc: "is_integer($self, /)\n--\n\nWhether the float has no fractional part." },
  { ml_name: "__getnewargs__", ml_meth: float___getnewargs__, ml_flags: METH_NOARGS, ml_doc: "__getnewargs__($self, /)\n--\n\n" },
  { ml_name: "__getformat__", ml_meth: float___getformat__, ml_flags: METH_O | METH_CLASS,
    ml_doc: "__getformat__($type, typestr, /)\n--\n\nThe storage format of C's 'double' or 'float' type (for Python's own tests)." },
  { ml_name: "__format__", ml_meth: float___format__, ml_flags: METH_O,
    ml_doc: "__format__($self, format_spec, /)\n--\n\nThe float formatted by the format-specification mini-language." },
];

/** @cpython PyFloat_Type */
export const PyFloat_Type: PyTypeObject = new PyTypeObject({
  tp_name: "float", tp_basicsize: 24, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_dealloc: float_dealloc, tp_repr: float_repr_slot, tp_hash: float_hash, tp_richcompare: float_richcompare,
  tp_new: float_new,
  nb_add: float_add, nb_subtract: float_sub, nb_multiply: float_mul, nb_remainder: float_rem, nb_divmod: float_divmod,
  nb_power: float_pow, nb_negative: float_neg, nb_positive: float_float, nb_absolute: float_abs, nb_bool: float_bool,
  nb_int: float___trunc__, nb_float: float_float, nb_floor_divide: float_floor_div, nb_true_divide: float_div,
  tp_methods: float_methods,
  tp_getset: [
    { name: "real", get: float_getreal, doc: "the float itself, as the real part of a complex number" },
    { name: "imag", get: float_getimag, doc: "0.0, the imaginary part of a real number" },
  ],
  tp_doc: "float(x=0, /)\n--\n\nA floating point number made from a number or a string, when it can be.",
});

/** @cpython _PyFloat_InitTypes */
export function _PyFloat_InitTypes(): void {
  PyType_Ready(PyFloat_Type);
}
