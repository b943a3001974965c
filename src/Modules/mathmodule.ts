/**
 * @mirrors Modules/mathmodule.c
 * The math module: the C library's real functions (through src/Modules/_math.ts, which
 * reproduces glibc's results) wrapped with CPython's error rules, plus the functions CPython
 * computes itself: exact summation (fsum), correctly rounded vector norms (hypot, dist),
 * gamma and lgamma by Lanczos' approximation, and the integer functions (isqrt, factorial,
 * comb, perm, gcd, lcm) on ints of any size.
 *
 * The error rules (math_1, math_2): a NaN out of non-NaN input is "math domain error"
 * (ValueError); an infinity out of finite input is "math range error" (OverflowError) for
 * functions that can overflow and a domain error for the ones with a pole:
 *
 *   >>> math.exp(1000)     # OverflowError: math range error
 *   >>> math.log(0)        # ValueError: math domain error
 */
import { PyObject, Py_DECREF, Py_INCREF, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble, PyFloat_CheckExact, PyFloat_Type, type PyFloatObject } from "../Objects/floatobject.ts";
import {
  PyLong_Check, PyLong_CheckExact, PyLong_AsDouble, PyLong_FromNumber, PyLong_FromBigInt, PyLong_FromDouble,
  PyNumber_Index, _PyNumber_Index, _PyLong_FromValue, bit_length_value, type PyLongObject,
} from "../Objects/longobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyObject_GetIter, PyIter_Next, PySequence_Tuple, PyNumber_Multiply, PyNumber_TrueDivide } from "../Objects/abstract.ts";
import { Py_None } from "../Objects/object.ts";
import { lookup_maybe_method, PyObject_CallNoArgs, PyObject_Vectorcall } from "../Objects/call.ts";
import { _PyUnicode_FromId } from "../Objects/unicodeobject.ts";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import * as m from "./_math.ts";
import { EDOM, ERANGE, libm } from "./_math.ts";

const Py_MATH_PI = 3.141592653589793;
const Py_MATH_E = 2.718281828459045;
const Py_MATH_TAU = 6.283185307179586;
const LONG_MAX = 9223372036854775807n;

/** A signature line in CPython's __text_signature__ format, then our own description. */
const sig = (name: string, params: string, doc: string): string => `${name}${params}\n--\n\n${doc}`;

// -- argument conversion --------------------------------------------------------------------------

/**
 * @cpython ASSIGN_DOUBLE: a float argument's value, with fast paths for exact floats and ints.
 * -1 with an error set on failure (callers test PyErr_Occurred()).
 */
export function asDouble(o: PyObject): number {
  if (o.ob_type === PyFloat_Type) return (o as PyFloatObject).ob_fval;
  if (PyLong_CheckExact(o)) return PyLong_AsDouble(o);
  return PyFloat_AsDouble(o);
}

const failed = (x: number): boolean => x === -1 && PyErr_Occurred() !== null;

// -- the special functions CPython writes itself --------------------------------------------------

const pi = 3.141592653589793238462643383279502884197;
const logpi = 1.144729885849400174143427351353058711647;

/** @cpython m_sinpi: sin(pi*x), accurate also for x close to an integer. */
function m_sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = m.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = m.sin(pi * y); break;
    case 1: r = m.cos(pi * (y - 0.5)); break;
    case 2: r = m.sin(pi * (1.0 - y)); break; // not -sin(pi*(y-1)): keeps +0.0 at y == 1
    case 3: r = -m.cos(pi * (y - 1.5)); break;
    default: r = m.sin(pi * (y - 2.0)); break;
  }
  return m.copysign(1.0, x) * r;
}

// Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375 (Boost's
// parameters), as a rational function whose coefficients are these.
const LANCZOS_N = 13;
const lanczos_g = 6.024680040776729583740234375;
const lanczos_g_minus_half = 5.524680040776729583740234375;
const lanczos_num_coeffs = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** The denominator x(x+1)...(x+11) expanded. */
const lanczos_den_coeffs = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** Gamma at 1, 2, ..., 23: exact factorials, returned as they are. */
const gamma_integral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];

/** @cpython lanczos_sum: the rational function, evaluated in 1/x for large x to avoid overflow. */
function lanczos_sum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

/** @cpython m_tgamma: the gamma function (errno set as C99 Annex F says). */
function m_tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0.0) return x;
    libm.errno = EDOM;
    return NaN;
  }
  if (x === 0.0) {
    libm.errno = EDOM;
    return m.copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0.0) {
      libm.errno = EDOM;
      return NaN;
    }
    if (x <= gamma_integral.length) return gamma_integral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (r === Infinity || r === -Infinity) libm.errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    libm.errno = ERANGE;
    return Infinity;
  }
  const y = absx + lanczos_g_minus_half;
  // The rounding error of y, scaled: it corrects pow(y, ...) / exp(y) to first order.
  let z: number;
  if (absx > lanczos_g_minus_half) {
    const q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    const q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  let r: number;
  if (x < 0.0) {
    r = -pi / m_sinpi(absx) / absx * m.exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= m.pow(y, absx - 0.5);
    } else {
      const sqrtpow = m.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / m.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= m.pow(y, absx - 0.5);
    } else {
      const sqrtpow = m.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) libm.errno = ERANGE;
  return r;
}

/** @cpython m_lgamma: log|gamma(x)| (reflection formula for negative x). */
function m_lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      libm.errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -m.log(absx);
  let r = m.log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (m.log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = logpi - m.log(Math.abs(m_sinpi(absx))) - m.log(absx) - r;
  if (r === Infinity || r === -Infinity) libm.errno = ERANGE;
  return r;
}

/** @cpython m_atan2: atan2 with the C99 special values handled here. */
export function m_atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) {
      if (m.copysign(1.0, x) === 1.0) return m.copysign(0.25 * Py_MATH_PI, y);
      return m.copysign(0.75 * Py_MATH_PI, y);
    }
    return m.copysign(0.5 * Py_MATH_PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0.0) {
    if (m.copysign(1.0, x) === 1.0) return m.copysign(0.0, y);
    return m.copysign(Py_MATH_PI, y);
  }
  return m.atan2(y, x);
}

/**
 * @cpython m_remainder: x - n*y for the integer n nearest x/y (ties to even), always exact.
 * The remainder m of |x| mod |y| is compared with its complement |y| - m rather than with
 * |y|/2, which might not be representable.
 */
function m_remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const mod = absx % absy;
    const c = absy - mod;
    let r: number;
    if (mod < c) r = mod;
    else if (mod > c) r = -c;
    else {
      // exactly halfway: keep mod when the multiple below is even, else step to -mod
      r = mod - 2.0 * ((0.5 * (absx - mod)) % absy);
    }
    return m.copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** @cpython m_log: log with the special values handled here (errno EDOM for 0 and negatives). */
function m_log(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return m.log(x);
    libm.errno = EDOM;
    return x === 0.0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  if (x > 0.0) return x;
  libm.errno = EDOM;
  return NaN;
}

/** @cpython m_log2 */
function m_log2(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x) return x;
    if (x > 0.0) return x;
    libm.errno = EDOM;
    return NaN;
  }
  if (x > 0.0) return m.log2(x);
  libm.errno = EDOM;
  return x === 0.0 ? -Infinity : NaN;
}

/** @cpython m_log10 */
function m_log10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return m.log10(x);
    libm.errno = EDOM;
    return x === 0.0 ? -Infinity : NaN;
  }
  if (x !== x) return x;
  if (x > 0.0) return x;
  libm.errno = EDOM;
  return NaN;
}

// -- the error rules --------------------------------------------------------------------------

/**
 * @cpython is_error: turn errno into an exception. ERANGE with a result below 1.5 in size is
 * an underflow and not an error (returns false without an exception).
 */
function is_error(x: number): boolean {
  if (libm.errno === EDOM) {
    PyErr_SetString(PyExc_ValueError, "math domain error");
    return true;
  }
  if (libm.errno === ERANGE) {
    if (Math.abs(x) < 1.5) return false;
    PyErr_SetString(PyExc_OverflowError, "math range error");
    return true;
  }
  PyErr_SetString(PyExc_ValueError, "math domain error");
  return true;
}

/**
 * @cpython math_1_to_whatever: call a one-argument libm function; NaN from non-NaN is a
 * domain error, an infinity from a finite argument a range error (can_overflow) or a domain
 * error (a pole).
 */
export function math_1(arg: PyObject, func: (x: number) => number, can_overflow: boolean): PyObject | null {
  const x = arg.ob_type === PyFloat_Type ? (arg as PyFloatObject).ob_fval : PyFloat_AsDouble(arg);
  if (failed(x)) return null;
  libm.errno = 0;
  const r = func(x);
  if (r !== r && x === x) return PyErr_SetString(PyExc_ValueError, "math domain error");
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (can_overflow) return PyErr_SetString(PyExc_OverflowError, "math range error");
    return PyErr_SetString(PyExc_ValueError, "math domain error");
  }
  if (Number.isFinite(r) && libm.errno !== 0 && is_error(r)) return null;
  return PyFloat_FromDouble(r);
}

/** @cpython math_1a: a libm function known to set errno itself (erf, gamma, ...). */
function math_1a(arg: PyObject, func: (x: number) => number): PyObject | null {
  const x = arg.ob_type === PyFloat_Type ? (arg as PyFloatObject).ob_fval : PyFloat_AsDouble(arg);
  if (failed(x)) return null;
  libm.errno = 0;
  const r = func(x);
  if (libm.errno !== 0 && is_error(r)) return null;
  return PyFloat_FromDouble(r);
}

/** @cpython math_2: a two-argument libm function, errors classified as in math_1. */
function math_2(args: PyObject[], func: (x: number, y: number) => number, funcname: string): PyObject | null {
  if (!_PyArg_CheckPositional(funcname, args.length, 2, 2)) return null;
  const x = PyFloat_AsDouble(args[0]);
  if (failed(x)) return null;
  const y = PyFloat_AsDouble(args[1]);
  if (failed(y)) return null;
  const r = func(x, y);
  libm.errno = 0;
  if (r !== r) {
    if (x === x && y === y) libm.errno = EDOM;
  } else if (r === Infinity || r === -Infinity) {
    if (Number.isFinite(x) && Number.isFinite(y)) libm.errno = ERANGE;
  }
  if (libm.errno !== 0 && is_error(r)) return null;
  return PyFloat_FromDouble(r);
}

// -- the one-argument libm wrappers ---------------------------------------------------------------

const math_acos = (_m: PyObject, x: PyObject) => math_1(x, m.acos, false);
const math_acosh = (_m: PyObject, x: PyObject) => math_1(x, m.acosh, false);
const math_asin = (_m: PyObject, x: PyObject) => math_1(x, m.asin, false);
const math_asinh = (_m: PyObject, x: PyObject) => math_1(x, m.asinh, false);
const math_atan = (_m: PyObject, x: PyObject) => math_1(x, m.atan, false);
const math_atanh = (_m: PyObject, x: PyObject) => math_1(x, m.atanh, false);
const math_cbrt = (_m: PyObject, x: PyObject) => math_1(x, m.cbrt, false);
const math_cos = (_m: PyObject, x: PyObject) => math_1(x, m.cos, false);
const math_cosh = (_m: PyObject, x: PyObject) => math_1(x, m.cosh, true);
const math_erf = (_m: PyObject, x: PyObject) => math_1a(x, m.erf);
const math_erfc = (_m: PyObject, x: PyObject) => math_1a(x, m.erfc);
const math_exp = (_m: PyObject, x: PyObject) => math_1(x, m.exp, true);
const math_exp2 = (_m: PyObject, x: PyObject) => math_1(x, m.exp2, true);
const math_expm1 = (_m: PyObject, x: PyObject) => math_1(x, m.expm1, true);
const math_fabs = (_m: PyObject, x: PyObject) => math_1(x, Math.abs, false);
const math_gamma = (_m: PyObject, x: PyObject) => math_1a(x, m_tgamma);
const math_lgamma = (_m: PyObject, x: PyObject) => math_1a(x, m_lgamma);
const math_log1p = (_m: PyObject, x: PyObject) => math_1(x, m.log1p, false);
const math_sin = (_m: PyObject, x: PyObject) => math_1(x, m.sin, false);
const math_sinh = (_m: PyObject, x: PyObject) => math_1(x, m.sinh, true);
const math_sqrt = (_m: PyObject, x: PyObject) => math_1(x, Math.sqrt, false);
const math_tan = (_m: PyObject, x: PyObject) => math_1(x, m.tan, false);
const math_tanh = (_m: PyObject, x: PyObject) => math_1(x, m.tanh, false);

const math_atan2 = (_m: PyObject, args: PyObject[]) => math_2(args, m_atan2, "atan2");
const math_copysign = (_m: PyObject, args: PyObject[]) => math_2(args, m.copysign, "copysign");
const math_remainder = (_m: PyObject, args: PyObject[]) => math_2(args, m_remainder, "remainder");

// -- gcd and lcm --------------------------------------------------------------------------------

type IntValue = number | bigint;
const ival = (o: PyObject): IntValue => (o as PyLongObject).ob_ival;
const toBig = (v: IntValue): bigint => (typeof v === "bigint" ? v : BigInt(v));

/** @cpython _PyLong_GCD: the gcd of two ints' values (non-negative). */
function gcdValues(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    let p = Math.abs(a), q = Math.abs(b);
    while (q !== 0) {
      const t = p % q;
      p = q;
      q = t;
    }
    return p;
  }
  let x = toBig(a), y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normalize(x);
}

function normalize(b: bigint): IntValue {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

const absValue = (v: IntValue): IntValue => (typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v);

/** @cpython math_gcd: gcd(*integers); 0 with no arguments. */
function math_gcd(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length === 0) return PyLong_FromNumber(0);
  const first = PyNumber_Index(args[0]);
  if (first === null) return null;
  let res = absValue(ival(first));
  Py_DECREF(first);
  for (let i = 1; i < args.length; i++) {
    const x = _PyNumber_Index(args[i]);
    if (x === null) return null;
    if (res !== 1) res = gcdValues(res, ival(x));
    Py_DECREF(x);
  }
  return _PyLong_FromValue(res);
}

/** @cpython math_lcm: lcm(*integers); 1 with no arguments. */
function math_lcm(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length === 0) return PyLong_FromNumber(1);
  const first = PyNumber_Index(args[0]);
  if (first === null) return null;
  let res = absValue(ival(first));
  Py_DECREF(first);
  for (let i = 1; i < args.length; i++) {
    const x = PyNumber_Index(args[i]);
    if (x === null) return null;
    const b = ival(x);
    Py_DECREF(x);
    if (res === 0) continue;
    if (b === 0) {
      res = 0;
      continue;
    }
    // long_lcm: |a // gcd(a, b) * b|
    const g = toBig(gcdValues(res, b));
    const r = (toBig(res) / g) * toBig(b);
    res = normalize(r < 0n ? -r : r);
  }
  return _PyLong_FromValue(res);
}

// -- ceil, floor, trunc ---------------------------------------------------------------------------

/** Call type(x).name() if the type defines it; undefined when it does not (no error set). */
function callSpecial(x: PyObject, name: string): PyObject | null | undefined {
  const meth = lookup_maybe_method(x, _PyUnicode_FromId(name));
  if (meth === null) return PyErr_Occurred() ? null : undefined;
  const result = meth.unbound ? PyObject_Vectorcall(meth.func, [x], null) : PyObject_CallNoArgs(meth.func);
  Py_DECREF(meth.func);
  return result;
}

/** @cpython math_ceil: x.__ceil__() if defined, else ceil(float(x)) as an int. */
function math_ceil(_m: PyObject, number: PyObject): PyObject | null {
  if (number.ob_type !== PyFloat_Type) {
    const r = callSpecial(number, "__ceil__");
    if (r !== undefined) return r;
  }
  const x = PyFloat_AsDouble(number);
  if (failed(x)) return null;
  return PyLong_FromDouble(Math.ceil(x));
}

/** @cpython math_floor */
function math_floor(_m: PyObject, number: PyObject): PyObject | null {
  let x: number;
  if (number.ob_type === PyFloat_Type) x = (number as PyFloatObject).ob_fval;
  else {
    const r = callSpecial(number, "__floor__");
    if (r !== undefined) return r;
    x = PyFloat_AsDouble(number);
    if (failed(x)) return null;
  }
  return PyLong_FromDouble(Math.floor(x));
}

/** @cpython math_trunc: x.__trunc__(). */
function math_trunc(_m: PyObject, x: PyObject): PyObject | null {
  if (x.ob_type === PyFloat_Type) return PyFloat_Type.nb_int!(x);
  const r = callSpecial(x, "__trunc__");
  if (r !== undefined) return r;
  return PyErr_SetString(PyExc_TypeError, `type ${x.ob_type.tp_name} doesn't define __trunc__ method`);
}

// -- fsum ---------------------------------------------------------------------------------------

/**
 * @cpython math_fsum: the exact sum of the values, rounded once. `partials` holds
 * non-overlapping doubles in increasing magnitude whose exact sum is the running total
 * (Shewchuk's algorithm); each new value is merged in with exact two-sums. At the end the
 * partials are added from the top, and a final check makes half-way cases round to even
 * across partials (so fsum([1e-16, 1, 1e16]) is 1e16 + 2).
 */
function math_fsum(_m: PyObject, seq: PyObject): PyObject | null {
  const iter = PyObject_GetIter(seq);
  if (iter === null) return null;
  const p: number[] = [];
  let n = 0;
  let special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    const item = PyIter_Next(iter);
    if (item === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(iter);
        return null;
      }
      break;
    }
    let x = asDouble(item);
    Py_DECREF(item);
    if (failed(x)) {
      Py_DECREF(iter);
      return null;
    }
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // an infinity or NaN in the input, or an overflow of the running sum
        if (Number.isFinite(xsave)) {
          Py_DECREF(iter);
          return PyErr_SetString(PyExc_OverflowError, "intermediate overflow in fsum");
        }
        if (xsave === Infinity || xsave === -Infinity) inf_sum += xsave;
        special_sum += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  Py_DECREF(iter);
  if (special_sum !== 0.0) {
    if (inf_sum !== inf_sum) return PyErr_SetString(PyExc_ValueError, "-inf + inf in fsum");
    return PyFloat_FromDouble(special_sum);
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return PyFloat_FromDouble(hi);
}

// -- integer functions ----------------------------------------------------------------------------

/** @cpython math_isqrt: the integer square root, by Newton's method on BigInts. */
function math_isqrt(_m: PyObject, arg: PyObject): PyObject | null {
  const n = _PyNumber_Index(arg);
  if (n === null) return null;
  const v = ival(n);
  Py_DECREF(n);
  if (v < 0) return PyErr_SetString(PyExc_ValueError, "isqrt() argument must be nonnegative");
  if (typeof v === "number") {
    let a = Math.floor(Math.sqrt(v));
    // the double square root can be one off for values above 2**52
    while (a * a > v) a--;
    while ((a + 1) * (a + 1) <= v) a++;
    return PyLong_FromNumber(a);
  }
  return _PyLong_FromValue(normalize(isqrtBig(v)));
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  // start above the root: 2**ceil(bits/2)
  let x = 1n << BigInt(Math.ceil(bit_length_value(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** The product lo * (lo+1) * ... * (hi-1), split in halves so the BigInts stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let r = lo;
    for (let k = lo + 1n; k < hi; k++) r *= k;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** As long as the running product stays exact in a double, multiply numbers. */
function smallFactorial(n: number): number {
  let r = 1;
  for (let k = 2; k <= n; k++) r *= k;
  return r;
}

/** @cpython math_factorial */
function math_factorial(_m: PyObject, arg: PyObject): PyObject | null {
  const idx = _PyNumber_Index(arg);
  if (idx === null) return null;
  const v = ival(idx);
  Py_DECREF(idx);
  if (typeof v === "bigint" && v > LONG_MAX) {
    return PyErr_SetString(PyExc_OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
  }
  if (v < 0) return PyErr_SetString(PyExc_ValueError, "factorial() not defined for negative values");
  const x = Number(v);
  if (x <= 18) return PyLong_FromNumber(smallFactorial(x));
  return PyLong_FromBigInt(rangeProduct(2n, BigInt(x) + 1n));
}

/** The falling factorial n (n-1) ... (n-k+1). */
const fallingFactorial = (n: bigint, k: bigint): bigint => rangeProduct(n - k + 1n, n + 1n);

/** @cpython math_perm: perm(n, k=None). */
function math_perm(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("perm", args.length, 1, 2)) return null;
  if (args.length === 1 || args[1] === Py_None) return math_factorial(_m, args[0]);
  const n = PyNumber_Index(args[0]);
  if (n === null) return null;
  const k = PyNumber_Index(args[1]);
  if (k === null) {
    Py_DECREF(n);
    return null;
  }
  const nv = toBig(ival(n)), kv = toBig(ival(k));
  Py_DECREF(n);
  Py_DECREF(k);
  if (nv < 0n) return PyErr_SetString(PyExc_ValueError, "n must be a non-negative integer");
  if (kv < 0n) return PyErr_SetString(PyExc_ValueError, "k must be a non-negative integer");
  if (nv < kv) return PyLong_FromNumber(0);
  if (kv > LONG_MAX) return PyErr_SetString(PyExc_OverflowError, `k must not exceed ${LONG_MAX}`);
  return _PyLong_FromValue(normalize(fallingFactorial(nv, kv)));
}

/** @cpython math_comb: comb(n, k), the binomial coefficient. */
function math_comb(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("comb", args.length, 2, 2)) return null;
  const n = PyNumber_Index(args[0]);
  if (n === null) return null;
  const k = PyNumber_Index(args[1]);
  if (k === null) {
    Py_DECREF(n);
    return null;
  }
  const nv = toBig(ival(n));
  let kv = toBig(ival(k));
  Py_DECREF(n);
  Py_DECREF(k);
  if (nv < 0n) return PyErr_SetString(PyExc_ValueError, "n must be a non-negative integer");
  if (kv < 0n) return PyErr_SetString(PyExc_ValueError, "k must be a non-negative integer");
  if (kv > nv) return PyLong_FromNumber(0);
  if (nv - kv < kv) kv = nv - kv;
  if (kv > LONG_MAX) return PyErr_SetString(PyExc_OverflowError, `min(n - k, k) must not exceed ${LONG_MAX}`);
  if (kv === 0n) return PyLong_FromNumber(1);
  // n!/(k!(n-k)!) = falling(n, k) / k!
  return _PyLong_FromValue(normalize(fallingFactorial(nv, kv) / rangeProduct(1n, kv + 1n)));
}

// -- frexp, ldexp, modf, fmod -----------------------------------------------------------------------

/** A float argument as the C converter reads it ("must be real number, not str"). */
function floatArg(o: PyObject): number {
  return o.ob_type === PyFloat_Type ? (o as PyFloatObject).ob_fval : PyFloat_AsDouble(o);
}

/** @cpython math_frexp_impl */
function math_frexp(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  const [mant, e] = m.frexp(x);
  return pair(PyFloat_FromDouble(mant), PyLong_FromNumber(e));
}

function pair(a: PyObject, b: PyObject): PyObject {
  const t = PyTuple_Pack(a, b);
  Py_DECREF(a);
  Py_DECREF(b);
  return t;
}

/** @cpython math_ldexp_impl: x * 2**i, i an int (of any size). */
function math_ldexp(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("ldexp", args.length, 2, 2)) return null;
  const x = floatArg(args[0]);
  if (failed(x)) return null;
  const i = args[1];
  if (!PyLong_Check(i)) return PyErr_SetString(PyExc_TypeError, "Expected an int as second argument to ldexp.");
  const e = ival(i);
  let r: number;
  libm.errno = 0;
  if (x === 0.0 || !Number.isFinite(x)) r = x;
  else if (e > 2147483647) {
    r = m.copysign(Infinity, x);
    libm.errno = ERANGE;
  } else if (e < -2147483648) {
    r = m.copysign(0.0, x);
  } else {
    r = m.ldexp(x, Number(e));
    if (r === Infinity || r === -Infinity) libm.errno = ERANGE;
  }
  if (libm.errno !== 0 && is_error(r)) return null;
  return PyFloat_FromDouble(r);
}

/** @cpython math_modf_impl */
function math_modf(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  if (x === Infinity || x === -Infinity) return pair(PyFloat_FromDouble(m.copysign(0.0, x)), PyFloat_FromDouble(x));
  if (x !== x) return pair(PyFloat_FromDouble(x), PyFloat_FromDouble(x));
  const [frac, int] = m.modf(x);
  return pair(PyFloat_FromDouble(frac), PyFloat_FromDouble(int));
}

/** @cpython math_fmod_impl */
function math_fmod(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("fmod", args.length, 2, 2)) return null;
  const x = floatArg(args[0]);
  if (failed(x)) return null;
  const y = floatArg(args[1]);
  if (failed(y)) return null;
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return PyFloat_FromDouble(x);
  const r = x % y;
  if (r !== r && x === x && y === y) return PyErr_SetString(PyExc_ValueError, "math domain error");
  return PyFloat_FromDouble(r);
}

// -- logarithms -----------------------------------------------------------------------------------

/**
 * @cpython _PyLong_Frexp: [x, e] with |n| ~= x * 2**e, 0.5 <= x < 1, x rounded correctly
 * to 53 bits (for ints too large for a double).
 */
function longFrexp(v: bigint): [number, number] {
  if (v < 0n) v = -v;
  const nbits = bit_length_value(v);
  const shift = nbits - 64;
  let top = v >> BigInt(shift);
  // a sticky bit below the rounding position keeps the conversion correctly rounded
  if ((top << BigInt(shift)) !== v) top |= 1n;
  let x = Number(top) / 18446744073709551616;
  let e = nbits;
  if (x === 1.0) {
    x = 0.5;
    e += 1;
  }
  return [x, e];
}

/**
 * @cpython loghelper: log-like functions of ints of any size (log(x * 2**e) = log(x) +
 * e * log(2) when the int is too large for a double); other arguments go to math_1.
 */
function loghelper(arg: PyObject, func: (x: number) => number): PyObject | null {
  if (PyLong_Check(arg)) {
    const v = ival(arg);
    if (v <= 0) return PyErr_SetString(PyExc_ValueError, "math domain error");
    const x = PyLong_AsDouble(arg);
    let result: number;
    if (x === -1.0 && PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return null;
      PyErr_Clear();
      const [fx, e] = longFrexp(v as bigint);
      result = func(fx) + func(2.0) * e;
    } else {
      result = func(x);
    }
    return PyFloat_FromDouble(result);
  }
  return math_1(arg, func, false);
}

/** @cpython math_log_impl: log(x[, base]). */
function math_log(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 1 || args.length > 2) return PyErr_SetString(PyExc_TypeError, "math.log requires 1 to 2 arguments");
  const num = loghelper(args[0], m_log);
  if (num === null || args.length === 1) return num;
  const den = loghelper(args[1], m_log);
  if (den === null) {
    Py_DECREF(num);
    return null;
  }
  const ans = PyNumber_TrueDivide(num, den);
  Py_DECREF(num);
  Py_DECREF(den);
  return ans;
}

const math_log2 = (_m: PyObject, x: PyObject) => loghelper(x, m_log2);
const math_log10 = (_m: PyObject, x: PyObject) => loghelper(x, m_log10);

// -- dist and hypot -------------------------------------------------------------------------------

const T27 = 134217729.0; // 2**27 + 1, Dekker's splitting constant

/**
 * @cpython vector_norm: sqrt(sum(x*x for x in vec)), correctly rounded in nearly all cases.
 * The values are scaled by a power of two so the largest is in [0.5, 1); each square is
 * split exactly into high and low parts and accumulated with compensation (csum starts at 1
 * so its ulp is fixed); the square root of the sum is then refined by one Newton step whose
 * residual is computed with the same care.
 */
function vector_norm(n: number, vec: number[], max: number, found_nan: boolean): number {
  if (max === Infinity) return max;
  if (found_nan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  let oldcsum: number, x: number, t: number, hi: number, lo: number;
  const max_e = m.frexp(max)[1];
  if (max_e >= -1023) {
    const scale = m.ldexp(1.0, -max_e);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // max is subnormal: 2**-max_e would overflow, so divide by max instead
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** @cpython math_dist_impl: the Euclidean distance between two points. */
function math_dist(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("dist", args.length, 2, 2)) return null;
  let p = args[0], q = args[1];
  let pOwned = false, qOwned = false;
  const release = (): void => {
    if (pOwned) Py_DECREF(p);
    if (qOwned) Py_DECREF(q);
  };
  if (!PyTuple_Check(p)) {
    const t = PySequence_Tuple(p);
    if (t === null) return null;
    p = t;
    pOwned = true;
  }
  if (!PyTuple_Check(q)) {
    const t = PySequence_Tuple(q);
    if (t === null) {
      release();
      return null;
    }
    q = t;
    qOwned = true;
  }
  const pi = (p as PyTupleObject).ob_item, qi = (q as PyTupleObject).ob_item;
  if (pi.length !== qi.length) {
    release();
    return PyErr_SetString(PyExc_ValueError, "both points must have the same number of dimensions");
  }
  const n = pi.length;
  const diffs = new Array<number>(n);
  let max = 0.0, found_nan = false;
  for (let i = 0; i < n; i++) {
    const px = asDouble(pi[i]);
    if (failed(px)) {
      release();
      return null;
    }
    const qx = asDouble(qi[i]);
    if (failed(qx)) {
      release();
      return null;
    }
    const x = Math.abs(px - qx);
    diffs[i] = x;
    if (x !== x) found_nan = true;
    if (x > max) max = x;
  }
  release();
  return PyFloat_FromDouble(vector_norm(n, diffs, max, found_nan));
}

/** @cpython math_hypot: hypot(*coordinates). */
function math_hypot(_m: PyObject, args: PyObject[]): PyObject | null {
  const n = args.length;
  const coords = new Array<number>(n);
  let max = 0.0, found_nan = false;
  for (let i = 0; i < n; i++) {
    let x = asDouble(args[i]);
    if (failed(x)) return null;
    x = Math.abs(x);
    coords[i] = x;
    if (x !== x) found_nan = true;
    if (x > max) max = x;
  }
  return PyFloat_FromDouble(vector_norm(n, coords, max, found_nan));
}

// -- pow and the rest -----------------------------------------------------------------------------

/** @cpython math_pow_impl: x**y, IEEE special values handled here, the rest by libm pow. */
function math_pow(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("pow", args.length, 2, 2)) return null;
  const x = floatArg(args[0]);
  if (failed(x)) return null;
  const y = floatArg(args[1]);
  if (failed(y)) return null;
  let r: number;
  libm.errno = 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0.0 ? 1.0 : x;
    else if (y !== y) r = x === 1.0 ? 1.0 : y;
    else if (x === Infinity || x === -Infinity) {
      const odd_y = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0.0) r = odd_y ? x : Math.abs(x);
      else if (y === 0.0) r = 1.0;
      else r = odd_y ? m.copysign(0.0, x) : 0.0;
    } else {
      // y is infinite
      if (Math.abs(x) === 1.0) r = 1.0;
      else if (y > 0.0 && Math.abs(x) > 1.0) r = y;
      else if (y < 0.0 && Math.abs(x) < 1.0) r = -y;
      else r = 0.0;
    }
  } else {
    r = m.pow(x, y);
    if (r !== r) libm.errno = EDOM;
    else if (r === Infinity || r === -Infinity) libm.errno = x === 0.0 ? EDOM : ERANGE;
  }
  if (libm.errno !== 0 && is_error(r)) return null;
  return PyFloat_FromDouble(r);
}

const degToRad = Py_MATH_PI / 180.0;
const radToDeg = 180.0 / Py_MATH_PI;

function math_degrees(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  return PyFloat_FromDouble(x * radToDeg);
}

function math_radians(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  return PyFloat_FromDouble(x * degToRad);
}

function math_isfinite(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  return PyBool_FromLong(Number.isFinite(x));
}

function math_isnan(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  return PyBool_FromLong(x !== x);
}

function math_isinf(_m: PyObject, arg: PyObject): PyObject | null {
  const x = floatArg(arg);
  if (failed(x)) return null;
  return PyBool_FromLong(x === Infinity || x === -Infinity);
}

/** @cpython math_isclose_impl: Boost's "weak" test, relative to the larger input. */
function math_isclose(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2, 2, 0);
  if (a === null) return null;
  const x = floatArg(a[0]!);
  if (failed(x)) return null;
  const y = floatArg(a[1]!);
  if (failed(y)) return null;
  let rel_tol = 1e-09, abs_tol = 0.0;
  if (a[2] !== null) {
    rel_tol = floatArg(a[2]);
    if (failed(rel_tol)) return null;
  }
  if (a[3] !== null) {
    abs_tol = floatArg(a[3]);
    if (failed(abs_tol)) return null;
  }
  if (rel_tol < 0.0 || abs_tol < 0.0) return PyErr_SetString(PyExc_ValueError, "tolerances must be non-negative");
  if (x === y) return PyBool_FromLong(1);
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return PyBool_FromLong(0);
  const diff = Math.abs(y - x);
  return PyBool_FromLong(diff <= Math.abs(rel_tol * y) || diff <= Math.abs(rel_tol * x) || diff <= abs_tol);
}

/**
 * @cpython math_prod_impl: start * item0 * item1 * ...; ints are multiplied as numbers while
 * the product stays exact, floats as doubles, anything else with the * operator.
 */
function math_prod(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "prod", ["", "start"], 1, 1, 0);
  if (a === null) return null;
  const iter = PyObject_GetIter(a[0]!);
  if (iter === null) return null;
  let result: PyObject | null = a[1] ?? null;
  if (result === null) result = PyLong_FromNumber(1);
  else Py_INCREF(result);
  if (PyLong_CheckExact(result) && typeof ival(result) === "number") {
    let i_result = ival(result) as number;
    Py_DECREF(result);
    result = null;
    while (result === null) {
      const item = PyIter_Next(iter);
      if (item === null) {
        Py_DECREF(iter);
        if (PyErr_Occurred()) return null;
        return PyLong_FromNumber(i_result);
      }
      if (PyLong_CheckExact(item)) {
        const b = ival(item);
        if (typeof b === "number") {
          const x = i_result * b;
          if (Number.isSafeInteger(x)) {
            i_result = x;
            Py_DECREF(item);
            continue;
          }
        }
      }
      const acc = PyLong_FromNumber(i_result);
      result = PyNumber_Multiply(acc, item);
      Py_DECREF(acc);
      Py_DECREF(item);
      if (result === null) {
        Py_DECREF(iter);
        return null;
      }
    }
  }
  if (result.ob_type === PyFloat_Type) {
    let f_result = (result as PyFloatObject).ob_fval;
    Py_DECREF(result);
    result = null;
    while (result === null) {
      const item = PyIter_Next(iter);
      if (item === null) {
        Py_DECREF(iter);
        if (PyErr_Occurred()) return null;
        return PyFloat_FromDouble(f_result);
      }
      if (item.ob_type === PyFloat_Type) {
        f_result *= (item as PyFloatObject).ob_fval;
        Py_DECREF(item);
        continue;
      }
      if (PyLong_CheckExact(item)) {
        const b = ival(item);
        if (typeof b === "number" || (b >= -LONG_MAX - 1n && b <= LONG_MAX)) {
          f_result *= Number(b);
          Py_DECREF(item);
          continue;
        }
      }
      const acc = PyFloat_FromDouble(f_result);
      result = PyNumber_Multiply(acc, item);
      Py_DECREF(acc);
      Py_DECREF(item);
      if (result === null) {
        Py_DECREF(iter);
        return null;
      }
    }
  }
  for (;;) {
    const item: PyObject | null = PyIter_Next(iter);
    if (item === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(result!);
        result = null;
      }
      break;
    }
    const temp: PyObject | null = PyNumber_Multiply(result!, item);
    Py_DECREF(result!);
    Py_DECREF(item);
    result = temp;
    if (result === null) break;
  }
  Py_DECREF(iter);
  return result;
}

/** @cpython math_nextafter_impl */
function math_nextafter(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("nextafter", args.length, 2, 2)) return null;
  const x = floatArg(args[0]);
  if (failed(x)) return null;
  const y = floatArg(args[1]);
  if (failed(y)) return null;
  return PyFloat_FromDouble(m.nextafter(x, y));
}

/** @cpython math_ulp_impl: the gap from |x| to the next double up (down, at the top). */
function math_ulp(_m: PyObject, arg: PyObject): PyObject | null {
  let x = floatArg(arg);
  if (failed(x)) return null;
  if (x !== x) return PyFloat_FromDouble(x);
  x = Math.abs(x);
  if (x === Infinity) return PyFloat_FromDouble(x);
  const x2 = m.nextafter(x, Infinity);
  if (x2 === Infinity) return PyFloat_FromDouble(x - m.nextafter(x, -Infinity));
  return PyFloat_FromDouble(x2 - x);
}

// -- the module -----------------------------------------------------------------------------------

const X = "($module, x, /)";
const XY = "($module, x, y, /)";

const math_methods: PyMethodDef[] = [
  { ml_name: "acos", ml_meth: math_acos, ml_flags: METH_O, ml_doc: sig("acos", X, "The arc cosine of x, in radians, between 0 and pi.") },
  { ml_name: "acosh", ml_meth: math_acosh, ml_flags: METH_O, ml_doc: sig("acosh", X, "The inverse hyperbolic cosine of x.") },
  { ml_name: "asin", ml_meth: math_asin, ml_flags: METH_O, ml_doc: sig("asin", X, "The arc sine of x, in radians, between -pi/2 and pi/2.") },
  { ml_name: "asinh", ml_meth: math_asinh, ml_flags: METH_O, ml_doc: sig("asinh", X, "The inverse hyperbolic sine of x.") },
  { ml_name: "atan", ml_meth: math_atan, ml_flags: METH_O, ml_doc: sig("atan", X, "The arc tangent of x, in radians, between -pi/2 and pi/2.") },
  { ml_name: "atan2", ml_meth: math_atan2, ml_flags: METH_FASTCALL,
    ml_doc: sig("atan2", "($module, y, x, /)", "The arc tangent of y/x, in radians, using the signs of both to pick the quadrant.") },
  { ml_name: "atanh", ml_meth: math_atanh, ml_flags: METH_O, ml_doc: sig("atanh", X, "The inverse hyperbolic tangent of x.") },
  { ml_name: "cbrt", ml_meth: math_cbrt, ml_flags: METH_O, ml_doc: sig("cbrt", X, "The cube root of x.") },
  { ml_name: "ceil", ml_meth: math_ceil, ml_flags: METH_O, ml_doc: sig("ceil", X, "The smallest integer >= x, as an int (x.__ceil__() when defined).") },
  { ml_name: "copysign", ml_meth: math_copysign, ml_flags: METH_FASTCALL,
    ml_doc: sig("copysign", XY, "A float with the magnitude of x and the sign of y (copysign(1.0, -0.0) is -1.0).") },
  { ml_name: "cos", ml_meth: math_cos, ml_flags: METH_O, ml_doc: sig("cos", X, "The cosine of x (in radians).") },
  { ml_name: "cosh", ml_meth: math_cosh, ml_flags: METH_O, ml_doc: sig("cosh", X, "The hyperbolic cosine of x.") },
  { ml_name: "degrees", ml_meth: math_degrees, ml_flags: METH_O, ml_doc: sig("degrees", X, "The angle x, given in radians, in degrees.") },
  { ml_name: "dist", ml_meth: math_dist, ml_flags: METH_FASTCALL,
    ml_doc: sig("dist", "($module, p, q, /)", "The Euclidean distance between the points p and q (sequences of coordinates of the same length).") },
  { ml_name: "erf", ml_meth: math_erf, ml_flags: METH_O, ml_doc: sig("erf", X, "The error function at x.") },
  { ml_name: "erfc", ml_meth: math_erfc, ml_flags: METH_O, ml_doc: sig("erfc", X, "The complementary error function at x: 1 - erf(x), without the cancellation.") },
  { ml_name: "exp", ml_meth: math_exp, ml_flags: METH_O, ml_doc: sig("exp", X, "e to the power x.") },
  { ml_name: "exp2", ml_meth: math_exp2, ml_flags: METH_O, ml_doc: sig("exp2", X, "2 to the power x.") },
  { ml_name: "expm1", ml_meth: math_expm1, ml_flags: METH_O, ml_doc: sig("expm1", X, "exp(x) - 1, accurate also when x is close to 0.") },
  { ml_name: "fabs", ml_meth: math_fabs, ml_flags: METH_O, ml_doc: sig("fabs", X, "The absolute value of x, as a float.") },
  { ml_name: "factorial", ml_meth: math_factorial, ml_flags: METH_O,
    ml_doc: sig("factorial", "($module, n, /)", "n!, the product 1 * 2 * ... * n; ValueError for negative n.") },
  { ml_name: "floor", ml_meth: math_floor, ml_flags: METH_O, ml_doc: sig("floor", X, "The largest integer <= x, as an int (x.__floor__() when defined).") },
  { ml_name: "fmod", ml_meth: math_fmod, ml_flags: METH_FASTCALL,
    ml_doc: sig("fmod", XY, "The C library's fmod(x, y): the remainder with the sign of x (x % y may differ).") },
  { ml_name: "frexp", ml_meth: math_frexp, ml_flags: METH_O,
    ml_doc: sig("frexp", X, "The pair (m, e) with x == m * 2**e, 0.5 <= abs(m) < 1 (or m == e == 0 when x is 0).") },
  { ml_name: "fsum", ml_meth: math_fsum, ml_flags: METH_O,
    ml_doc: sig("fsum", "($module, seq, /)", "The exactly rounded sum of the floats in the iterable seq.") },
  { ml_name: "gamma", ml_meth: math_gamma, ml_flags: METH_O, ml_doc: sig("gamma", X, "The gamma function at x.") },
  { ml_name: "gcd", ml_meth: math_gcd, ml_flags: METH_FASTCALL, ml_doc: sig("gcd", "($module, *integers)", "The greatest common divisor of the integers.") },
  { ml_name: "hypot", ml_meth: math_hypot, ml_flags: METH_FASTCALL,
    ml_doc: "hypot(*coordinates) -> value\n\nThe distance from the origin to the point with these coordinates:\nsqrt(sum(x**2 for x in coordinates)), without overflow or loss of precision.\n\n    >>> hypot(3.0, 4.0)\n    5.0\n" },
  { ml_name: "isclose", ml_meth: math_isclose, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("isclose", "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
      "Whether a and b are close: their difference is at most rel_tol times the larger of\nthem, or at most abs_tol. NaN is close to nothing; an infinity only to itself.") },
  { ml_name: "isfinite", ml_meth: math_isfinite, ml_flags: METH_O, ml_doc: sig("isfinite", X, "Whether x is neither an infinity nor a NaN.") },
  { ml_name: "isinf", ml_meth: math_isinf, ml_flags: METH_O, ml_doc: sig("isinf", X, "Whether x is an infinity.") },
  { ml_name: "isnan", ml_meth: math_isnan, ml_flags: METH_O, ml_doc: sig("isnan", X, "Whether x is a NaN.") },
  { ml_name: "isqrt", ml_meth: math_isqrt, ml_flags: METH_O, ml_doc: sig("isqrt", "($module, n, /)", "The integer square root: the largest a with a*a <= n.") },
  { ml_name: "lcm", ml_meth: math_lcm, ml_flags: METH_FASTCALL, ml_doc: sig("lcm", "($module, *integers)", "The least common multiple of the integers.") },
  { ml_name: "ldexp", ml_meth: math_ldexp, ml_flags: METH_FASTCALL, ml_doc: sig("ldexp", "($module, x, i, /)", "x * (2**i), the inverse of frexp().") },
  { ml_name: "lgamma", ml_meth: math_lgamma, ml_flags: METH_O, ml_doc: sig("lgamma", X, "The natural logarithm of the absolute value of gamma(x).") },
  { ml_name: "log", ml_meth: math_log, ml_flags: METH_FASTCALL,
    ml_doc: "log(x, [base=math.e])\nThe logarithm of x to the given base (the natural logarithm by default)." },
  { ml_name: "log1p", ml_meth: math_log1p, ml_flags: METH_O, ml_doc: sig("log1p", X, "The natural logarithm of 1+x, accurate also when x is close to 0.") },
  { ml_name: "log10", ml_meth: math_log10, ml_flags: METH_O, ml_doc: sig("log10", X, "The base 10 logarithm of x.") },
  { ml_name: "log2", ml_meth: math_log2, ml_flags: METH_O, ml_doc: sig("log2", X, "The base 2 logarithm of x.") },
  { ml_name: "modf", ml_meth: math_modf, ml_flags: METH_O, ml_doc: sig("modf", X, "The fractional and integral parts of x, both floats with the sign of x.") },
  { ml_name: "pow", ml_meth: math_pow, ml_flags: METH_FASTCALL, ml_doc: sig("pow", XY, "x to the power y, as floats.") },
  { ml_name: "radians", ml_meth: math_radians, ml_flags: METH_O, ml_doc: sig("radians", X, "The angle x, given in degrees, in radians.") },
  { ml_name: "remainder", ml_meth: math_remainder, ml_flags: METH_FASTCALL,
    ml_doc: sig("remainder", XY, "x - n*y for the integer n closest to x/y (the even one when two are as close).\nThe result is always exact.") },
  { ml_name: "sin", ml_meth: math_sin, ml_flags: METH_O, ml_doc: sig("sin", X, "The sine of x (in radians).") },
  { ml_name: "sinh", ml_meth: math_sinh, ml_flags: METH_O, ml_doc: sig("sinh", X, "The hyperbolic sine of x.") },
  { ml_name: "sqrt", ml_meth: math_sqrt, ml_flags: METH_O, ml_doc: sig("sqrt", X, "The square root of x.") },
  { ml_name: "tan", ml_meth: math_tan, ml_flags: METH_O, ml_doc: sig("tan", X, "The tangent of x (in radians).") },
  { ml_name: "tanh", ml_meth: math_tanh, ml_flags: METH_O, ml_doc: sig("tanh", X, "The hyperbolic tangent of x.") },
  { ml_name: "trunc", ml_meth: math_trunc, ml_flags: METH_O, ml_doc: sig("trunc", X, "x truncated toward 0, as an Integral (x.__trunc__()).") },
  { ml_name: "prod", ml_meth: math_prod, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("prod", "($module, iterable, /, *, start=1)", "start times the product of the items of the iterable (start when it is empty).") },
  { ml_name: "perm", ml_meth: math_perm, ml_flags: METH_FASTCALL,
    ml_doc: sig("perm", "($module, n, k=None, /)", "The number of ordered choices of k items out of n: n! / (n - k)!, or 0 when k > n.\nperm(n) is n!.") },
  { ml_name: "comb", ml_meth: math_comb, ml_flags: METH_FASTCALL,
    ml_doc: sig("comb", "($module, n, k, /)", "The number of unordered choices of k items out of n: n! / (k! (n - k)!), or 0 when k > n.") },
  { ml_name: "nextafter", ml_meth: math_nextafter, ml_flags: METH_FASTCALL,
    ml_doc: sig("nextafter", XY, "The next float after x in the direction of y.") },
  { ml_name: "ulp", ml_meth: math_ulp, ml_flags: METH_O, ml_doc: sig("ulp", X, "The value of the least significant bit of the float x.") },
];

/** @cpython PyInit_math (with math_exec's constants). */
export function PyInit_math(): PyObject | null {
  const mod = PyModule_Create("math",
    "Mathematical functions on floats and ints: those of the C library, and a few more\n(exact sums, integer combinatorics, correctly rounded norms).", math_methods);
  const consts: [string, number][] = [["pi", Py_MATH_PI], ["e", Py_MATH_E], ["tau", Py_MATH_TAU], ["inf", Infinity], ["nan", NaN]];
  for (const [name, value] of consts) {
    const v = PyFloat_FromDouble(value);
    const r = PyModule_AddObjectRef(mod, name, v);
    Py_DECREF(v);
    if (r < 0) {
      Py_DECREF(mod);
      return null;
    }
  }
  return mod;
}
