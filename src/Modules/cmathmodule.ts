/**
 * @mirrors Modules/cmathmodule.c
 * The cmath module: elementary functions of a complex argument, following C99 Annex G for
 * infinities, NaNs and signed zeros. When either part of the argument is not finite, the
 * answer comes from a 7x7 table indexed by the kind of the real and imaginary parts
 * (-inf, negative, -0, +0, positive, +inf, nan); otherwise from formulas arranged to avoid
 * spurious overflow and cancellation (rescaling by powers of two, log1p near |z| = 1). The
 * real functions underneath are the glibc-equivalent ones of src/Modules/_math.ts.
 *
 * Errors as CPython reports them: each function sets errno (EDOM or ERANGE) and the wrapper
 * turns it into "math domain error" (ValueError) or "math range error" (OverflowError).
 */
import { PyObject, Py_DECREF, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { PyFloat_FromDouble, PyFloat_AsDouble, PyFloat_Type, type PyFloatObject } from "../Objects/floatobject.ts";
import { PyComplex_FromDoubles, PyComplex_AsCComplex, _Py_hypot } from "../Objects/complexobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyTuple_Pack, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import * as m from "./_math.ts";
import { EDOM, ERANGE, libm } from "./_math.ts";

const Py_MATH_PI = 3.141592653589793;
const Py_MATH_E = 2.718281828459045;
const M_LN2 = 0.6931471805599453094;
const M_LN10 = 2.302585092994045684;
const DBL_MAX = 1.7976931348623157e308;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;

// Thresholds that keep the formulas clear of overflow (CM_LARGE_DOUBLE and friends).
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
const CM_LOG_LARGE_DOUBLE = 708.3964185322641; // log(DBL_MAX / 4), correctly rounded
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
// Scaling that makes a subnormal normal before a square root (odd, so the root scales back exactly).
const CM_SCALE_UP = 2 * Math.trunc(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.trunc((CM_SCALE_UP + 1) / 2);

/** A complex result (Py_complex): the functions below return fresh pairs. */
type C = [number, number];

// -- special values -----------------------------------------------------------------------------

/** @cpython special_types: the classes of a double that index the special-value tables. */
const ST_NINF = 0, ST_NEG = 1, ST_NZERO = 2, ST_PZERO = 3, ST_POS = 4, ST_PINF = 5, ST_NAN = 6;

/** @cpython special_type */
function special_type(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return m.copysign(1.0, d) === 1.0 ? ST_POS : ST_NEG;
    return m.copysign(1.0, d) === 1.0 ? ST_PZERO : ST_NZERO;
  }
  if (d !== d) return ST_NAN;
  return d > 0 ? ST_PINF : ST_NINF;
}

const TOKENS: Record<string, number> = {
  P: Py_MATH_PI, P14: 0.25 * Py_MATH_PI, P12: 0.5 * Py_MATH_PI, P34: 0.75 * Py_MATH_PI,
  INF: Infinity, N: NaN, U: NaN, "0": 0.0, "1": 1.0,
};

/**
 * A table written as seven rows (real part: -inf, neg, -0, +0, pos, +inf, nan) of seven
 * entries (imaginary part, same order), each "re,im" with P (pi), P14/P12/P34 (pi/4, pi/2,
 * 3pi/4), INF, N (NaN), U (never used: finite parts) or a number, any of them negated.
 */
function table(rows: string): C[][] {
  const value = (tok: string): number => {
    const neg = tok.startsWith("-");
    const v = TOKENS[neg ? tok.slice(1) : tok];
    if (v === undefined) throw new Error(`cmath table: ${tok}`);
    return neg ? -v : v;
  };
  return rows.trim().split("\n").map((row) =>
    row.trim().split(/\s+/).map((cell) => {
      const [re, im] = cell.split(",");
      return [value(re), value(im)] as C;
    }));
}

const acos_special_values = table(`
  P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF
  P12,INF U,U U,U U,U U,U P12,-INF N,N
  P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
  P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
  P12,INF U,U U,U U,U U,U P12,-INF N,N
  P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF
  N,INF N,N N,N N,N N,N N,-INF N,N`);
const acosh_special_values = table(`
  INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N
  INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
  INF,N N,N N,N N,N N,N INF,N N,N`);
const asinh_special_values = table(`
  -INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
  -INF,-P12 U,U U,U U,U U,U -INF,P12 N,N
  -INF,-P12 U,U -0,-0 -0,0 U,U -INF,P12 N,N
  INF,-P12 U,U 0,-0 0,0 U,U INF,P12 N,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
  INF,N N,N N,-0 N,0 N,N INF,N N,N`);
const atanh_special_values = table(`
  -0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
  -0,-P12 U,U U,U U,U U,U -0,P12 N,N
  -0,-P12 U,U -0,-0 -0,0 U,U -0,P12 -0,N
  0,-P12 U,U 0,-0 0,0 U,U 0,P12 0,N
  0,-P12 U,U U,U U,U U,U 0,P12 N,N
  0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N
  0,-P12 N,N N,N N,N N,N 0,P12 N,N`);
const cosh_special_values = table(`
  INF,N U,U INF,0 INF,-0 U,U INF,N INF,N
  N,N U,U U,U U,U U,U N,N N,N
  N,0 U,U 1,0 1,-0 U,U N,0 N,0
  N,0 U,U 1,-0 1,0 U,U N,0 N,0
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,0 N,0 N,N N,N N,N`);
const exp_special_values = table(`
  0,0 U,U 0,-0 0,0 U,U 0,0 0,0
  N,N U,U U,U U,U U,U N,N N,N
  N,N U,U 1,-0 1,0 U,U N,N N,N
  N,N U,U 1,-0 1,0 U,U N,N N,N
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,-0 N,0 N,N N,N N,N`);
const log_special_values = table(`
  INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P12 U,U -INF,-P -INF,P U,U INF,P12 N,N
  INF,-P12 U,U -INF,-0 -INF,0 U,U INF,P12 N,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
  INF,N N,N N,N N,N N,N INF,N N,N`);
const sinh_special_values = table(`
  INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
  N,N U,U U,U U,U U,U N,N N,N
  0,N U,U -0,-0 -0,0 U,U 0,N 0,N
  0,N U,U 0,-0 0,0 U,U 0,N 0,N
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,-0 N,0 N,N N,N N,N`);
const sqrt_special_values = table(`
  INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF
  INF,-INF U,U U,U U,U U,U INF,INF N,N
  INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
  INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
  INF,-INF U,U U,U U,U U,U INF,INF N,N
  INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N
  INF,-INF N,N N,N N,N N,N INF,INF N,N`);
const tanh_special_values = table(`
  -1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
  N,N U,U U,U U,U U,U N,N N,N
  N,N U,U -0,-0 -0,0 U,U N,N N,N
  N,N U,U 0,-0 0,0 U,U N,N N,N
  N,N U,U U,U U,U U,U N,N N,N
  1,0 U,U 1,-0 1,0 U,U 1,0 1,0
  N,N N,N N,-0 N,0 N,N N,N N,N`);
const rect_special_values = table(`
  INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
  N,N U,U U,U U,U U,U N,N N,N
  0,0 U,U -0,0 -0,-0 U,U 0,0 0,0
  0,0 U,U 0,-0 0,0 U,U 0,0 0,0
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,0 N,0 N,N N,N N,N`);

/** @cpython SPECIAL_VALUE: the table entry when a part is not finite, else null. */
function special_value(re: number, im: number, tab: C[][]): C | null {
  if (Number.isFinite(re) && Number.isFinite(im)) return null;
  libm.errno = 0;
  const e = tab[special_type(re)][special_type(im)];
  return [e[0], e[1]];
}

const isinf = (x: number): boolean => x === Infinity || x === -Infinity;
const hypot = _Py_hypot;
/** @cpython m_log1p (_math.h): log1p keeping the sign of a zero. */
const m_log1p = (x: number): number => (x === 0.0 ? x : m.log1p(x));

// -- the functions ------------------------------------------------------------------------------

/** @cpython cmath_acos_impl */
function c_acos(re: number, im: number): C {
  const sv = special_value(re, im, acos_special_values);
  if (sv !== null) return sv;
  let rr: number, ri: number;
  if (Math.abs(re) > CM_LARGE_DOUBLE || Math.abs(im) > CM_LARGE_DOUBLE) {
    rr = m.atan2(Math.abs(im), re);
    if (re < 0.0) ri = -m.copysign(m.log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0, im);
    else ri = m.copysign(m.log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0, -im);
  } else {
    const s1 = c_sqrt(1.0 - re, -im);
    const s2 = c_sqrt(1.0 + re, im);
    rr = 2.0 * m.atan2(s1[0], s2[0]);
    ri = m.asinh(s2[0] * s1[1] - s2[1] * s1[0]);
  }
  libm.errno = 0;
  return [rr, ri];
}

/** @cpython cmath_acosh_impl */
function c_acosh(re: number, im: number): C {
  const sv = special_value(re, im, acosh_special_values);
  if (sv !== null) return sv;
  let rr: number, ri: number;
  if (Math.abs(re) > CM_LARGE_DOUBLE || Math.abs(im) > CM_LARGE_DOUBLE) {
    rr = m.log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0;
    ri = m.atan2(im, re);
  } else {
    const s1 = c_sqrt(re - 1.0, im);
    const s2 = c_sqrt(re + 1.0, im);
    rr = m.asinh(s1[0] * s2[0] + s1[1] * s2[1]);
    ri = 2.0 * m.atan2(s1[1], s2[0]);
  }
  libm.errno = 0;
  return [rr, ri];
}

/** @cpython cmath_asin_impl: asin(z) = -i asinh(iz). */
function c_asin(re: number, im: number): C {
  const s = c_asinh(-im, re);
  return [s[1], -s[0]];
}

/** @cpython cmath_asinh_impl */
function c_asinh(re: number, im: number): C {
  const sv = special_value(re, im, asinh_special_values);
  if (sv !== null) return sv;
  let rr: number, ri: number;
  if (Math.abs(re) > CM_LARGE_DOUBLE || Math.abs(im) > CM_LARGE_DOUBLE) {
    if (im >= 0.0) rr = m.copysign(m.log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0, re);
    else rr = -m.copysign(m.log(hypot(re / 2.0, im / 2.0)) + M_LN2 * 2.0, -re);
    ri = m.atan2(im, Math.abs(re));
  } else {
    const s1 = c_sqrt(1.0 + im, -re);
    const s2 = c_sqrt(1.0 - im, re);
    rr = m.asinh(s1[0] * s2[1] - s2[0] * s1[1]);
    ri = m.atan2(im, s1[0] * s2[0] - s1[1] * s2[1]);
  }
  libm.errno = 0;
  return [rr, ri];
}

/** @cpython cmath_atan_impl: atan(z) = -i atanh(iz). */
function c_atan(re: number, im: number): C {
  const s = c_atanh(-im, re);
  return [s[1], -s[0]];
}

/** @cpython c_atan2: the phase of z, with C99's special values. */
function c_atan2(re: number, im: number): number {
  if (re !== re || im !== im) return NaN;
  if (isinf(im)) {
    if (isinf(re)) {
      if (m.copysign(1.0, re) === 1.0) return m.copysign(0.25 * Py_MATH_PI, im);
      return m.copysign(0.75 * Py_MATH_PI, im);
    }
    return m.copysign(0.5 * Py_MATH_PI, im);
  }
  if (isinf(re) || im === 0.0) {
    if (m.copysign(1.0, re) === 1.0) return m.copysign(0.0, im);
    return m.copysign(Py_MATH_PI, im);
  }
  return m.atan2(im, re);
}

/** @cpython cmath_atanh_impl */
function c_atanh(re: number, im: number): C {
  const sv = special_value(re, im, atanh_special_values);
  if (sv !== null) return sv;
  if (re < 0.0) {
    const r = c_atanh(-re, -im);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(im);
  let rr: number, ri: number;
  if (re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    // large |z|: atanh(z) ~ 1/z + i pi/2 (sign of the imaginary part)
    const h = hypot(re / 2.0, im / 2.0);
    rr = re / 4.0 / h / h;
    ri = -m.copysign(Py_MATH_PI / 2.0, -im);
    libm.errno = 0;
  } else if (re === 1.0 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0.0) {
      rr = Infinity;
      ri = im;
      libm.errno = EDOM;
    } else {
      rr = -m.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0)));
      ri = m.copysign(m.atan2(2.0, -ay) / 2, im);
      libm.errno = 0;
    }
  } else {
    rr = m_log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0;
    ri = -m.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0;
    libm.errno = 0;
  }
  return [rr, ri];
}

/** @cpython cmath_cos_impl: cos(z) = cosh(iz). */
function c_cos(re: number, im: number): C {
  return c_cosh(-im, re);
}

/** @cpython cmath_cosh_impl */
function c_cosh(re: number, im: number): C {
  let rr: number, ri: number;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (isinf(re) && Number.isFinite(im) && im !== 0.0) {
      if (re > 0) {
        rr = m.copysign(Infinity, m.cos(im));
        ri = m.copysign(Infinity, m.sin(im));
      } else {
        rr = m.copysign(Infinity, m.cos(im));
        ri = -m.copysign(Infinity, m.sin(im));
      }
    } else {
      [rr, ri] = cosh_special_values[special_type(re)][special_type(im)];
    }
    libm.errno = isinf(im) && re === re ? EDOM : 0;
    return [rr, ri];
  }
  if (Math.abs(re) > CM_LOG_LARGE_DOUBLE) {
    // cosh(x) may overflow where cosh(x - 1) * e does not
    const x_minus_one = re - m.copysign(1.0, re);
    rr = m.cos(im) * m.cosh(x_minus_one) * Py_MATH_E;
    ri = m.sin(im) * m.sinh(x_minus_one) * Py_MATH_E;
  } else {
    rr = m.cos(im) * m.cosh(re);
    ri = m.sin(im) * m.sinh(re);
  }
  libm.errno = isinf(rr) || isinf(ri) ? ERANGE : 0;
  return [rr, ri];
}

/** @cpython cmath_exp_impl */
function c_exp(re: number, im: number): C {
  let rr: number, ri: number;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (isinf(re) && Number.isFinite(im) && im !== 0.0) {
      if (re > 0) {
        rr = m.copysign(Infinity, m.cos(im));
        ri = m.copysign(Infinity, m.sin(im));
      } else {
        rr = m.copysign(0.0, m.cos(im));
        ri = m.copysign(0.0, m.sin(im));
      }
    } else {
      [rr, ri] = exp_special_values[special_type(re)][special_type(im)];
    }
    libm.errno = isinf(im) && (Number.isFinite(re) || re === Infinity) ? EDOM : 0;
    return [rr, ri];
  }
  if (re > CM_LOG_LARGE_DOUBLE) {
    const l = m.exp(re - 1.0);
    rr = l * m.cos(im) * Py_MATH_E;
    ri = l * m.sin(im) * Py_MATH_E;
  } else {
    const l = m.exp(re);
    rr = l * m.cos(im);
    ri = l * m.sin(im);
  }
  libm.errno = isinf(rr) || isinf(ri) ? ERANGE : 0;
  return [rr, ri];
}

/**
 * @cpython c_log: log|z| + i arg(z). The real part is rescaled when |z| is huge or
 * subnormal, and computed with log1p when |z| is near 1 (where log(hypot) cancels).
 */
function c_log(re: number, im: number): C {
  const sv = special_value(re, im, log_special_values);
  if (sv !== null) return sv;
  const ax = Math.abs(re), ay = Math.abs(im);
  let rr: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    rr = m.log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      rr = m.log(hypot(m.ldexp(ax, DBL_MANT_DIG), m.ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      libm.errno = EDOM;
      return [-Infinity, m.atan2(im, re)];
    }
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      rr = m_log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      rr = m.log(h);
    }
  }
  libm.errno = 0;
  return [rr, m.atan2(im, re)];
}

/** @cpython cmath_log10_impl */
function c_log10(re: number, im: number): C {
  const r = c_log(re, im);
  return [r[0] / M_LN10, r[1] / M_LN10];
}

/** @cpython cmath_sin_impl: sin(z) = -i sinh(iz). */
function c_sin(re: number, im: number): C {
  const s = c_sinh(-im, re);
  return [s[1], -s[0]];
}

/** @cpython cmath_sinh_impl */
function c_sinh(re: number, im: number): C {
  let rr: number, ri: number;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (isinf(re) && Number.isFinite(im) && im !== 0.0) {
      if (re > 0) {
        rr = m.copysign(Infinity, m.cos(im));
        ri = m.copysign(Infinity, m.sin(im));
      } else {
        rr = -m.copysign(Infinity, m.cos(im));
        ri = m.copysign(Infinity, m.sin(im));
      }
    } else {
      [rr, ri] = sinh_special_values[special_type(re)][special_type(im)];
    }
    libm.errno = isinf(im) && re === re ? EDOM : 0;
    return [rr, ri];
  }
  if (Math.abs(re) > CM_LOG_LARGE_DOUBLE) {
    const x_minus_one = re - m.copysign(1.0, re);
    rr = m.cos(im) * m.sinh(x_minus_one) * Py_MATH_E;
    ri = m.sin(im) * m.cosh(x_minus_one) * Py_MATH_E;
  } else {
    rr = m.cos(im) * m.sinh(re);
    ri = m.sin(im) * m.cosh(re);
  }
  libm.errno = isinf(rr) || isinf(ri) ? ERANGE : 0;
  return [rr, ri];
}

/**
 * @cpython cmath_sqrt_impl: for x, y >= 0, s = sqrt((x + hypot(x, y)) / 2) computed as
 * 2 sqrt(x/8 + hypot(x/8, y/8)) (no overflow), d = y / (2s); subnormal inputs are scaled up
 * first. Symmetry gives the other quadrants.
 */
function c_sqrt(re: number, im: number): C {
  const sv = special_value(re, im, sqrt_special_values);
  if (sv !== null) return sv;
  if (re === 0.0 && im === 0.0) return [0.0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN && (ax > 0.0 || ay > 0.0)) {
    ax = m.ldexp(ax, CM_SCALE_UP);
    s = m.ldexp(Math.sqrt(ax + hypot(ax, m.ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8.0;
    s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
  }
  const d = ay / (2.0 * s);
  libm.errno = 0;
  if (re >= 0.0) return [s, m.copysign(d, im)];
  return [d, m.copysign(s, im)];
}

/** @cpython cmath_tan_impl: tan(z) = -i tanh(iz). */
function c_tan(re: number, im: number): C {
  const s = c_tanh(-im, re);
  return [s[1], -s[0]];
}

/**
 * @cpython cmath_tanh_impl: from tanh(x) and tan(y), with 1 - tanh(x)^2 taken as
 * 1/cosh(x)^2 (or 4 exp(-2|x|) for large |x|) to keep the precision.
 */
function c_tanh(re: number, im: number): C {
  let rr: number, ri: number;
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (isinf(re) && Number.isFinite(im) && im !== 0.0) {
      rr = re > 0 ? 1.0 : -1.0;
      ri = m.copysign(0.0, 2.0 * m.sin(im) * m.cos(im));
    } else {
      [rr, ri] = tanh_special_values[special_type(re)][special_type(im)];
    }
    libm.errno = isinf(im) && Number.isFinite(re) ? EDOM : 0;
    return [rr, ri];
  }
  if (Math.abs(re) > CM_LOG_LARGE_DOUBLE) {
    rr = m.copysign(1.0, re);
    ri = 4.0 * m.sin(im) * m.cos(im) * m.exp(-2.0 * Math.abs(re));
  } else {
    const tx = m.tanh(re);
    const ty = m.tan(im);
    const cx = 1.0 / m.cosh(re);
    const txty = tx * ty;
    const denom = 1.0 + txty * txty;
    rr = tx * (1.0 + ty * ty) / denom;
    ri = ((ty / denom) * cx) * cx;
  }
  libm.errno = 0;
  return [rr, ri];
}

/** @cpython _Py_c_quot: a / b by Smith's method (EDOM when b is 0). */
function c_quot(ar: number, ai: number, br: number, bi: number): C {
  const abs_breal = br < 0 ? -br : br;
  const abs_bimag = bi < 0 ? -bi : bi;
  if (abs_breal >= abs_bimag) {
    if (abs_breal === 0.0) {
      libm.errno = EDOM;
      return [0.0, 0.0];
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abs_bimag >= abs_breal) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN]; // a NaN in b
}

/** @cpython _Py_c_abs: |z| (an infinite part wins over a NaN); ERANGE on overflow. */
function c_abs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (isinf(re)) {
      libm.errno = 0;
      return Math.abs(re);
    }
    if (isinf(im)) {
      libm.errno = 0;
      return Math.abs(im);
    }
    return NaN;
  }
  const result = hypot(re, im);
  libm.errno = Number.isFinite(result) ? 0 : ERANGE;
  return result;
}

// -- the Python-level wrappers -------------------------------------------------------------------

/** @cpython math_error */
function math_error(): null {
  if (libm.errno === ERANGE) return PyErr_SetString(PyExc_OverflowError, "math range error");
  return PyErr_SetString(PyExc_ValueError, "math domain error");
}

/** The complex argument of a function ("must be real number, not str" for bad types). */
function complexArg(o: PyObject): C | null {
  const z = PyComplex_AsCComplex(o);
  if (z === null || PyErr_Occurred()) return null;
  return z;
}

/** The argument clinic wrapper of every one-argument function: errno decides the error. */
function protected1(arg: PyObject, func: (re: number, im: number) => C): PyObject | null {
  const z = complexArg(arg);
  if (z === null) return null;
  libm.errno = 0;
  const r = func(z[0], z[1]);
  if (libm.errno !== 0) return math_error();
  return PyComplex_FromDoubles(r[0], r[1]);
}

const cmath_acos = (_m: PyObject, z: PyObject) => protected1(z, c_acos);
const cmath_acosh = (_m: PyObject, z: PyObject) => protected1(z, c_acosh);
const cmath_asin = (_m: PyObject, z: PyObject) => protected1(z, c_asin);
const cmath_asinh = (_m: PyObject, z: PyObject) => protected1(z, c_asinh);
const cmath_atan = (_m: PyObject, z: PyObject) => protected1(z, c_atan);
const cmath_atanh = (_m: PyObject, z: PyObject) => protected1(z, c_atanh);
const cmath_cos = (_m: PyObject, z: PyObject) => protected1(z, c_cos);
const cmath_cosh = (_m: PyObject, z: PyObject) => protected1(z, c_cosh);
const cmath_exp = (_m: PyObject, z: PyObject) => protected1(z, c_exp);
const cmath_log10 = (_m: PyObject, z: PyObject) => protected1(z, c_log10);
const cmath_sin = (_m: PyObject, z: PyObject) => protected1(z, c_sin);
const cmath_sinh = (_m: PyObject, z: PyObject) => protected1(z, c_sinh);
const cmath_sqrt = (_m: PyObject, z: PyObject) => protected1(z, c_sqrt);
const cmath_tan = (_m: PyObject, z: PyObject) => protected1(z, c_tan);
const cmath_tanh = (_m: PyObject, z: PyObject) => protected1(z, c_tanh);

/** @cpython cmath_log_impl: log(z[, base]). */
function cmath_log(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("log", args.length, 1, 2)) return null;
  const x = complexArg(args[0]);
  if (x === null) return null;
  libm.errno = 0;
  let r = c_log(x[0], x[1]);
  if (args.length === 2) {
    const y = complexArg(args[1]);
    if (y === null) return null;
    // errno ends as the base's log left it, unless the division reports a zero divisor
    const ly = c_log(y[0], y[1]);
    r = c_quot(r[0], r[1], ly[0], ly[1]);
  }
  if (libm.errno !== 0) return math_error();
  return PyComplex_FromDoubles(r[0], r[1]);
}

/** @cpython cmath_phase_impl */
function cmath_phase(_m: PyObject, arg: PyObject): PyObject | null {
  const z = complexArg(arg);
  if (z === null) return null;
  libm.errno = 0;
  const phi = c_atan2(z[0], z[1]);
  if (libm.errno !== 0) return math_error();
  return PyFloat_FromDouble(phi);
}

/** @cpython cmath_polar_impl: (abs(z), phase(z)). */
function cmath_polar(_m: PyObject, arg: PyObject): PyObject | null {
  const z = complexArg(arg);
  if (z === null) return null;
  libm.errno = 0;
  const phi = c_atan2(z[0], z[1]);
  const r = c_abs(z[0], z[1]);
  if (libm.errno !== 0) return math_error();
  const a = PyFloat_FromDouble(r), b = PyFloat_FromDouble(phi);
  const t = PyTuple_Pack(a, b);
  Py_DECREF(a);
  Py_DECREF(b);
  return t;
}

function floatArg(o: PyObject): number {
  return o.ob_type === PyFloat_Type ? (o as PyFloatObject).ob_fval : PyFloat_AsDouble(o);
}
const failed = (x: number): boolean => x === -1 && PyErr_Occurred() !== null;

/** @cpython cmath_rect_impl: r * (cos(phi) + i sin(phi)), with special values by table. */
function cmath_rect(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("rect", args.length, 2, 2)) return null;
  const r = floatArg(args[0]);
  if (failed(r)) return null;
  const phi = floatArg(args[1]);
  if (failed(phi)) return null;
  let zr: number, zi: number;
  libm.errno = 0;
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    if (isinf(r) && Number.isFinite(phi) && phi !== 0.0) {
      if (r > 0) {
        zr = m.copysign(Infinity, m.cos(phi));
        zi = m.copysign(Infinity, m.sin(phi));
      } else {
        zr = -m.copysign(Infinity, m.cos(phi));
        zi = -m.copysign(Infinity, m.sin(phi));
      }
    } else {
      [zr, zi] = rect_special_values[special_type(r)][special_type(phi)];
    }
    libm.errno = r !== 0.0 && r === r && isinf(phi) ? EDOM : 0;
  } else if (phi === 0.0) {
    // r * phi keeps the sign of zero right (r * sin(phi) would too, but not for r = inf)
    zr = r;
    zi = r * phi;
  } else {
    zr = r * m.cos(phi);
    zi = r * m.sin(phi);
  }
  if (libm.errno !== 0) return math_error();
  return PyComplex_FromDoubles(zr, zi);
}

function cmath_isfinite(_m: PyObject, arg: PyObject): PyObject | null {
  const z = complexArg(arg);
  if (z === null) return null;
  return PyBool_FromLong(Number.isFinite(z[0]) && Number.isFinite(z[1]));
}

function cmath_isnan(_m: PyObject, arg: PyObject): PyObject | null {
  const z = complexArg(arg);
  if (z === null) return null;
  return PyBool_FromLong(z[0] !== z[0] || z[1] !== z[1]);
}

function cmath_isinf(_m: PyObject, arg: PyObject): PyObject | null {
  const z = complexArg(arg);
  if (z === null) return null;
  return PyBool_FromLong(isinf(z[0]) || isinf(z[1]));
}

/** @cpython cmath_isclose_impl */
function cmath_isclose(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2, 2, 0);
  if (a === null) return null;
  const x = complexArg(a[0]!);
  if (x === null) return null;
  const y = complexArg(a[1]!);
  if (y === null) return null;
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
  if (x[0] === y[0] && x[1] === y[1]) return PyBool_FromLong(1);
  if (isinf(x[0]) || isinf(x[1]) || isinf(y[0]) || isinf(y[1])) return PyBool_FromLong(0);
  const diff = c_abs(x[0] - y[0], x[1] - y[1]);
  return PyBool_FromLong(diff <= rel_tol * c_abs(y[0], y[1]) || diff <= rel_tol * c_abs(x[0], x[1]) || diff <= abs_tol);
}

// -- the module -----------------------------------------------------------------------------------

const sig = (name: string, params: string, doc: string): string => `${name}${params}\n--\n\n${doc}`;
const Z = "($module, z, /)";

const cmath_methods: PyMethodDef[] = [
  { ml_name: "acos", ml_meth: cmath_acos, ml_flags: METH_O, ml_doc: sig("acos", Z, "The arc cosine of z.") },
  { ml_name: "acosh", ml_meth: cmath_acosh, ml_flags: METH_O, ml_doc: sig("acosh", Z, "The inverse hyperbolic cosine of z.") },
  { ml_name: "asin", ml_meth: cmath_asin, ml_flags: METH_O, ml_doc: sig("asin", Z, "The arc sine of z.") },
  { ml_name: "asinh", ml_meth: cmath_asinh, ml_flags: METH_O, ml_doc: sig("asinh", Z, "The inverse hyperbolic sine of z.") },
  { ml_name: "atan", ml_meth: cmath_atan, ml_flags: METH_O, ml_doc: sig("atan", Z, "The arc tangent of z.") },
  { ml_name: "atanh", ml_meth: cmath_atanh, ml_flags: METH_O, ml_doc: sig("atanh", Z, "The inverse hyperbolic tangent of z.") },
  { ml_name: "cos", ml_meth: cmath_cos, ml_flags: METH_O, ml_doc: sig("cos", Z, "The cosine of z.") },
  { ml_name: "cosh", ml_meth: cmath_cosh, ml_flags: METH_O, ml_doc: sig("cosh", Z, "The hyperbolic cosine of z.") },
  { ml_name: "exp", ml_meth: cmath_exp, ml_flags: METH_O, ml_doc: sig("exp", Z, "e to the power z.") },
  { ml_name: "isclose", ml_meth: cmath_isclose, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("isclose", "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)",
      "Whether a and b are close: |a - b| is at most rel_tol times the larger of |a| and |b|,\nor at most abs_tol. NaN is close to nothing; an infinity only to itself.") },
  { ml_name: "isfinite", ml_meth: cmath_isfinite, ml_flags: METH_O, ml_doc: sig("isfinite", Z, "Whether both parts of z are finite.") },
  { ml_name: "isinf", ml_meth: cmath_isinf, ml_flags: METH_O, ml_doc: sig("isinf", Z, "Whether either part of z is an infinity.") },
  { ml_name: "isnan", ml_meth: cmath_isnan, ml_flags: METH_O, ml_doc: sig("isnan", Z, "Whether either part of z is a NaN.") },
  { ml_name: "log", ml_meth: cmath_log, ml_flags: METH_FASTCALL,
    ml_doc: sig("log", "($module, z, base=<unrepresentable>, /)", "log(z[, base]): the logarithm of z to the given base (the natural one by default).") },
  { ml_name: "log10", ml_meth: cmath_log10, ml_flags: METH_O, ml_doc: sig("log10", Z, "The base 10 logarithm of z.") },
  { ml_name: "phase", ml_meth: cmath_phase, ml_flags: METH_O, ml_doc: sig("phase", Z, "The argument (phase angle) of z, in (-pi, pi].") },
  { ml_name: "polar", ml_meth: cmath_polar, ml_flags: METH_O, ml_doc: sig("polar", Z, "The polar coordinates (r, phi) of z: its distance from 0 and its phase.") },
  { ml_name: "rect", ml_meth: cmath_rect, ml_flags: METH_FASTCALL,
    ml_doc: sig("rect", "($module, r, phi, /)", "The complex number with polar coordinates r and phi.") },
  { ml_name: "sin", ml_meth: cmath_sin, ml_flags: METH_O, ml_doc: sig("sin", Z, "The sine of z.") },
  { ml_name: "sinh", ml_meth: cmath_sinh, ml_flags: METH_O, ml_doc: sig("sinh", Z, "The hyperbolic sine of z.") },
  { ml_name: "sqrt", ml_meth: cmath_sqrt, ml_flags: METH_O, ml_doc: sig("sqrt", Z, "The square root of z (principal branch).") },
  { ml_name: "tan", ml_meth: cmath_tan, ml_flags: METH_O, ml_doc: sig("tan", Z, "The tangent of z.") },
  { ml_name: "tanh", ml_meth: cmath_tanh, ml_flags: METH_O, ml_doc: sig("tanh", Z, "The hyperbolic tangent of z.") },
];

/** @cpython PyInit_cmath (with cmath_exec's constants). */
export function PyInit_cmath(): PyObject | null {
  const mod = PyModule_Create("cmath", "Mathematical functions of complex numbers.", cmath_methods);
  const consts: [string, PyObject][] = [
    ["pi", PyFloat_FromDouble(Py_MATH_PI)], ["e", PyFloat_FromDouble(Py_MATH_E)],
    ["tau", PyFloat_FromDouble(6.283185307179586)], ["inf", PyFloat_FromDouble(Infinity)],
    ["infj", PyComplex_FromDoubles(0.0, Infinity)], ["nan", PyFloat_FromDouble(NaN)],
    ["nanj", PyComplex_FromDoubles(0.0, NaN)],
  ];
  for (const [name, v] of consts) {
    const r = PyModule_AddObjectRef(mod, name, v);
    Py_DECREF(v);
    if (r < 0) {
      Py_DECREF(mod);
      return null;
    }
  }
  return mod;
}
