/**
 * @mirrors Objects/complexobject.c
 * The complex number: two doubles. Products and quotients use the textbook formulas, the
 * quotient scaled by the larger part of the divisor (Smith's method) to avoid spurious
 * overflow; integral exponents up to 100 use repeated squaring, others go through polar
 * form. ints and floats mix in as complex numbers with a zero imaginary part, and
 * hash(complex(x, 0)) == hash(x).
 *
 * repr() writes each part like a float repr but without a trailing `.0`, and leaves the real
 * part out when it is +0.0: `1j`, `(1+2j)`, `(-0-1j)`.
 *
 * DIVERGENCE: non-integral powers use V8's Math.pow/exp/log/atan2/cos/sin, which can differ
 * from glibc's in the last bit. abs() follows glibc's hypot algorithm, bit for bit.
 */
import { PyErr_WarnEx } from "../Python/_warnings.ts";
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE,
  METH_NOARGS, METH_O, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_ZeroDivisionError, PyExc_DeprecationWarning } from "./exceptions.ts";
import { Py_NotImplemented, Py_None, PyObject_Str, PyObject_RichCompare, reprString } from "./object.ts";
import { _PyType_Name, PyType_Ready } from "./typeobject.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId } from "./unicodeobject.ts";
import { _PyTuple_FromArraySteal, type PyTupleObject } from "./tupleobject.ts";
import { PyLong_Check, PyLong_AsDouble, PyLong_FromNumber, _PyUnicode_TransformDecimalAndSpaceToASCII } from "./longobject.ts";
import {
  PyFloatObject, PyFloat_FromDouble, PyFloat_AsDouble, PyNumber_Float, _Py_HashDouble, _PyOS_ascii_strtod,
  _Py_string_to_number_with_underscores, float_repr,
} from "./floatobject.ts";
import { PyBool_FromLong } from "./boolobject.ts";
import { format_complex } from "../Python/formatter_unicode.ts";
import { lookup_maybe_method, PyObject_CallNoArgs, PyObject_Vectorcall } from "./call.ts";

export class PyComplexObject extends PyObject {
  cval_real: number;
  cval_imag: number;
  constructor(type: PyTypeObject, real: number, imag: number) {
    super(type);
    this.cval_real = real;
    this.cval_imag = imag;
  }
}

/** @cpython PyComplex_Check */
export const PyComplex_Check = (o: PyObject): o is PyComplexObject => o instanceof PyComplexObject;
/** @cpython PyComplex_CheckExact */
export const PyComplex_CheckExact = (o: PyObject): o is PyComplexObject => o.ob_type === PyComplex_Type;

/** @cpython PyComplex_FromDoubles @returns new */
export function PyComplex_FromDoubles(real: number, imag: number): PyComplexObject {
  return new PyComplexObject(PyComplex_Type, real, imag);
}

function complex_subtype_from_doubles(type: PyTypeObject, real: number, imag: number): PyObject {
  if (type === PyComplex_Type) return new PyComplexObject(type, real, imag);
  Py_INCREF(type);
  return new PyComplexObject(type, real, imag);
}

function notimplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

// -- complex arithmetic on pairs (the _Py_c_* functions) ---------------------------------------

/** Set by _Py_c_quot / _Py_c_pow for a division by zero (C's errno = EDOM). */
let edom = false;
/** Results of the _Py_c_* functions (a pair without an allocation). */
let c_real = 0;
let c_imag = 0;

/** @cpython _Py_c_prod */
function _Py_c_prod(ar: number, ai: number, br: number, bi: number): void {
  c_real = ar * br - ai * bi;
  c_imag = ar * bi + ai * br;
}

/** @cpython _Py_c_quot (Smith's algorithm) */
function _Py_c_quot(ar: number, ai: number, br: number, bi: number): void {
  const abs_breal = br < 0 ? -br : br;
  const abs_bimag = bi < 0 ? -bi : bi;
  if (abs_breal >= abs_bimag) {
    if (abs_breal === 0.0) {
      edom = true;
      c_real = c_imag = 0.0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      c_real = (ar + ai * ratio) / denom;
      c_imag = (ai - ar * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    c_real = (ar * ratio + ai) / denom;
    c_imag = (ai * ratio - ar) / denom;
  } else {
    // A NaN in the divisor.
    c_real = c_imag = NaN;
  }
}

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE_VAL = 2 ** 511;
const HYPOT_TINY_VAL = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

/**
 * The kernel of glibc's hypot (Borges' algorithm, the variant without fused multiply-add):
 * sqrt of the rounded sum of squares, corrected by a residual computed with exact partial
 * products. Needs ax >= ay >= 0 with nothing over- or underflowing when squared.
 */
function hypot_kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/**
 * hypot(x, y) as glibc 2.35+ computes it, which is what abs(complex) gives in CPython on
 * Linux (V8's Math.hypot is often one ulp away). Not math.hypot, which is CPython's own
 * vector_norm.
 */
export function _Py_hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x, ay = x < y ? x : y;
  if (ax > HYPOT_LARGE_VAL) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypot_kernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY_VAL) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypot_kernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypot_kernel(ax, ay);
}

/** @cpython _Py_c_pow: through polar form. */
function _Py_c_pow(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    c_real = 1;
    c_imag = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) edom = true;
    c_real = 0;
    c_imag = 0;
  } else {
    const vabs = _Py_hypot(ar, ai);
    let len = Math.pow(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0.0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    // libm's cos and sin report a domain error (EDOM) for an infinite phase.
    if (phase === Infinity || phase === -Infinity) edom = true;
    c_real = len * Math.cos(phase);
    c_imag = len * Math.sin(phase);
  }
}

/** @cpython c_powu: x**n for n >= 1 by repeated squaring. */
function c_powu(xr: number, xi: number, n: number): void {
  let rr = 1, ri = 0;
  let pr = xr, pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) {
      _Py_c_prod(rr, ri, pr, pi);
      rr = c_real;
      ri = c_imag;
    }
    _Py_c_prod(pr, pi, pr, pi);
    pr = c_real;
    pi = c_imag;
  }
  c_real = rr;
  c_imag = ri;
}

/** @cpython c_powi */
function c_powi(xr: number, xi: number, n: number): void {
  if (n > 0) c_powu(xr, xi, n);
  else {
    c_powu(xr, xi, -n);
    _Py_c_quot(1, 0, c_real, c_imag);
  }
}

/** @cpython _Py_c_abs: infinite if either part is, NaN if either is NaN (and none infinite). */
function _Py_c_abs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Math.abs(re);
    if (im === Infinity || im === -Infinity) return Math.abs(im);
    return NaN;
  }
  return _Py_hypot(re, im);
}

// -- conversions -------------------------------------------------------------------------------

/** @cpython PyComplex_RealAsDouble */
export function PyComplex_RealAsDouble(op: PyObject): number {
  if (op instanceof PyComplexObject) return op.cval_real;
  return PyFloat_AsDouble(op);
}

/** @cpython PyComplex_ImagAsDouble */
export function PyComplex_ImagAsDouble(op: PyObject): number {
  if (op instanceof PyComplexObject) return op.cval_imag;
  return 0.0;
}

/** @cpython try_complex_special_method: op.__complex__() if the type has it; undefined if not. */
function try_complex_special_method(op: PyObject): PyObject | null | undefined {
  const f = lookup_maybe_method(op, _PyUnicode_FromId("__complex__"));
  if (f === null) return PyErr_Occurred() ? null : undefined;
  const res = f.unbound ? PyObject_Vectorcall(f.func, [op], null) : PyObject_CallNoArgs(f.func);
  Py_DECREF(f.func);
  if (res === null || res.ob_type === PyComplex_Type) return res;
  if (!(res instanceof PyComplexObject)) {
    PyErr_SetString(PyExc_TypeError, `__complex__ returned non-complex (type ${_PyType_Name(res.ob_type)})`);
    Py_DECREF(res);
    return null;
  }
  // A complex subclass is still accepted, with a DeprecationWarning (issue 29894).
  if (PyErr_WarnEx(PyExc_DeprecationWarning,
    `__complex__ returned non-complex (type ${res.ob_type.tp_name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`, 1) < 0) {
    Py_DECREF(res);
    return null;
  }
  return res;
}

/**
 * @cpython PyComplex_AsCComplex: [real, imag] of a complex, of __complex__'s result, or of a
 * real number; null with an error set.
 */
export function PyComplex_AsCComplex(op: PyObject): [number, number] | null {
  if (op instanceof PyComplexObject) return [op.cval_real, op.cval_imag];
  const newop = try_complex_special_method(op);
  if (newop === null) return null;
  if (newop !== undefined) {
    const c = newop as PyComplexObject;
    const r: [number, number] = [c.cval_real, c.cval_imag];
    Py_DECREF(newop);
    return r;
  }
  const re = PyFloat_AsDouble(op);
  if (re === -1 && PyErr_Occurred()) return null;
  return [re, 0];
}

/**
 * @cpython to_complex: an int or float operand as the real part (into c_real/c_imag);
 * false when the operand is another type (NotImplemented) or an int too large (error set).
 */
function to_complex(o: PyObject): boolean {
  if (o instanceof PyComplexObject) {
    c_real = o.cval_real;
    c_imag = o.cval_imag;
    return true;
  }
  if (PyLong_Check(o)) {
    const v = o.ob_ival;
    const d = typeof v === "number" ? v : PyLong_AsDouble(o);
    if (d === -1 && PyErr_Occurred()) return false;
    c_real = d;
    c_imag = 0;
    return true;
  }
  if (o instanceof PyFloatObject) {
    c_real = o.ob_fval;
    c_imag = 0;
    return true;
  }
  return false;
}

function cvt_fail(): PyObject | null {
  return PyErr_Occurred() ? null : notimplemented();
}

// -- slots ---------------------------------------------------------------------------------------

/** @cpython complex_repr (the text, for the AST dump and tp_repr) */
export function complex_repr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${part(imag)}j`;
  const im = part(imag);
  const signed = im.startsWith("-") ? im : `+${im}`;
  return `(${part(real)}${signed}j)`;
}

/** A part of a complex number: float repr with 'r' formatting but no forced `.0`. */
function part(x: number): string {
  const r = float_repr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

function complex_repr_slot(o: PyObject): PyObject {
  const c = o as PyComplexObject;
  return PyUnicode_FromString(complex_repr(c.cval_real, c.cval_imag));
}

/** @cpython complex_hash: hash(real) + 1000003 * hash(imag), modulo 2**64. */
function complex_hash(o: PyObject): number {
  const c = o as PyComplexObject;
  const rlo = _Py_HashDouble(o, c.cval_real), rhi = Py_hash.hi;
  const ilo = _Py_HashDouble(o, c.cval_imag), ihi = Py_hash.hi;
  if (ilo === 0 && ihi === 0) {
    Py_hash.hi = rhi;
    return rlo;
  }
  const hr = (BigInt(rhi >>> 0) << 32n) | BigInt(rlo >>> 0);
  const hi = (BigInt(ihi >>> 0) << 32n) | BigInt(ilo >>> 0);
  let combined = BigInt.asUintN(64, hr + 1000003n * hi);
  if (combined === 0xffffffffffffffffn) combined = 0xfffffffffffffffen;
  Py_hash.hi = Number(combined >> 32n) | 0;
  return Number(combined & 0xffffffffn) | 0;
}

/** @cpython complex_add */
function complex_add(v: PyObject, w: PyObject): PyObject | null {
  if (!to_complex(v)) return cvt_fail();
  const ar = c_real, ai = c_imag;
  if (!to_complex(w)) return cvt_fail();
  return PyComplex_FromDoubles(ar + c_real, ai + c_imag);
}

/** @cpython complex_sub */
function complex_sub(v: PyObject, w: PyObject): PyObject | null {
  if (!to_complex(v)) return cvt_fail();
  const ar = c_real, ai = c_imag;
  if (!to_complex(w)) return cvt_fail();
  return PyComplex_FromDoubles(ar - c_real, ai - c_imag);
}

/** @cpython complex_mul */
function complex_mul(v: PyObject, w: PyObject): PyObject | null {
  if (!to_complex(v)) return cvt_fail();
  const ar = c_real, ai = c_imag;
  if (!to_complex(w)) return cvt_fail();
  _Py_c_prod(ar, ai, c_real, c_imag);
  return PyComplex_FromDoubles(c_real, c_imag);
}

/** @cpython complex_div */
function complex_div(v: PyObject, w: PyObject): PyObject | null {
  if (!to_complex(v)) return cvt_fail();
  const ar = c_real, ai = c_imag;
  if (!to_complex(w)) return cvt_fail();
  edom = false;
  _Py_c_quot(ar, ai, c_real, c_imag);
  if (edom) return PyErr_SetString(PyExc_ZeroDivisionError, "complex division by zero");
  return PyComplex_FromDoubles(c_real, c_imag);
}

/** @cpython complex_pow (also float ** fractional power for a negative float base) */
export function complex_pow(v: PyObject, w: PyObject, z: PyObject): PyObject | null {
  if (!to_complex(v)) return cvt_fail();
  const ar = c_real, ai = c_imag;
  if (!to_complex(w)) return cvt_fail();
  const br = c_real, bi = c_imag;
  if (z !== Py_None) return PyErr_SetString(PyExc_ValueError, "complex modulo");
  edom = false;
  // A small integral exponent: repeated squaring is faster and more accurate.
  if (bi === 0.0 && br === Math.floor(br) && Math.abs(br) <= 100.0) c_powi(ar, ai, br);
  else _Py_c_pow(ar, ai, br, bi);
  if (edom) return PyErr_SetString(PyExc_ZeroDivisionError, "0.0 to a negative or complex power");
  if (c_real === Infinity || c_real === -Infinity || c_imag === Infinity || c_imag === -Infinity) {
    return PyErr_SetString(PyExc_OverflowError, "complex exponentiation");
  }
  return PyComplex_FromDoubles(c_real, c_imag);
}

/** @cpython complex_neg */
function complex_neg(v: PyObject): PyObject {
  const c = v as PyComplexObject;
  return PyComplex_FromDoubles(-c.cval_real, -c.cval_imag);
}

/** @cpython complex_pos */
function complex_pos(v: PyObject): PyObject {
  if (v.ob_type === PyComplex_Type) {
    Py_INCREF(v);
    return v;
  }
  const c = v as PyComplexObject;
  return PyComplex_FromDoubles(c.cval_real, c.cval_imag);
}

/** @cpython complex_abs */
function complex_abs(v: PyObject): PyObject | null {
  const c = v as PyComplexObject;
  const result = _Py_c_abs(c.cval_real, c.cval_imag);
  if (result === Infinity && Number.isFinite(c.cval_real) && Number.isFinite(c.cval_imag)) {
    return PyErr_SetString(PyExc_OverflowError, "absolute value too large");
  }
  return PyFloat_FromDouble(result);
}

/** @cpython complex_bool */
function complex_bool(v: PyObject): number {
  const c = v as PyComplexObject;
  return c.cval_real !== 0 || c.cval_imag !== 0 ? 1 : 0;
}

/** @cpython complex_richcompare: == and != only; an int compares exactly with the real part. */
function complex_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (op !== Py_EQ && op !== Py_NE) return notimplemented();
  const c = v as PyComplexObject;
  let equal: boolean;
  if (PyLong_Check(w)) {
    if (c.cval_imag === 0.0) {
      const j = PyFloat_FromDouble(c.cval_real);
      const r = PyObject_RichCompare(j, w, op);
      Py_DECREF(j);
      return r;
    }
    equal = false;
  } else if (w instanceof PyFloatObject) {
    equal = c.cval_real === w.ob_fval && c.cval_imag === 0.0;
  } else if (w instanceof PyComplexObject) {
    equal = c.cval_real === w.cval_real && c.cval_imag === w.cval_imag;
  } else return notimplemented();
  return PyBool_FromLong(equal === (op === Py_EQ) ? 1 : 0);
}

// -- methods and members -------------------------------------------------------------------------

/** @cpython complex_conjugate_impl */
function complex_conjugate(self: PyObject): PyObject {
  const c = self as PyComplexObject;
  return PyComplex_FromDoubles(c.cval_real, -c.cval_imag);
}

/** @cpython complex___getnewargs___impl */
function complex___getnewargs__(self: PyObject): PyObject {
  const c = self as PyComplexObject;
  return _PyTuple_FromArraySteal([PyFloat_FromDouble(c.cval_real), PyFloat_FromDouble(c.cval_imag)]);
}

/** @cpython complex___format___impl */
function complex___format__(self: PyObject, spec: PyObject): PyObject | null {
  if (!PyUnicode_Check(spec)) {
    return PyErr_SetString(PyExc_TypeError, `__format__() argument must be str, not ${_PyType_Name(spec.ob_type)}`);
  }
  if (spec.str.length === 0) return PyObject_Str(self);
  const c = self as PyComplexObject;
  const s = format_complex(c.cval_real, c.cval_imag, spec.str, _PyType_Name(self.ob_type));
  return s === null ? null : PyUnicode_FromString(s);
}

/** @cpython complex___complex___impl */
function complex___complex__(self: PyObject): PyObject {
  return complex_pos(self);
}

// -- complex() -------------------------------------------------------------------------------

/** Py_ISSPACE: the C-locale whitespace of the ASCII range. */
const Py_ISSPACE = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * @cpython complex_from_string_inner: "<float>", "<float>j", "<float><signed float>j", the
 * legacy "<float><sign>j", "<sign>j" and "j", optionally in parentheses and spaces.
 */
function complex_from_string_inner(s: string, type: PyTypeObject): PyObject | null {
  const len = s.length;
  let i = 0;
  let x = 0.0, y = 0.0;
  let got_bracket = false;
  const parse_error = (): null => PyErr_SetString(PyExc_ValueError, "complex() arg is a malformed string");
  while (i < len && Py_ISSPACE(s.charCodeAt(i))) i++;
  if (s[i] === "(") {
    got_bracket = true;
    i++;
    while (i < len && Py_ISSPACE(s.charCodeAt(i))) i++;
  }
  const [z, end] = _PyOS_ascii_strtod(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === "+" || s[i] === "-") {
      x = z;
      const [yy, end2] = _PyOS_ascii_strtod(s, i);
      if (end2 !== i) {
        y = yy;
        i = end2;
      } else {
        y = s[i] === "+" ? 1.0 : -1.0;
        i++;
      }
      if (!(s[i] === "j" || s[i] === "J")) return parse_error();
      i++;
    } else if (s[i] === "j" || s[i] === "J") {
      i++;
      y = z;
    } else x = z;
  } else {
    if (s[i] === "+" || s[i] === "-") {
      y = s[i] === "+" ? 1.0 : -1.0;
      i++;
    } else y = 1.0;
    if (!(s[i] === "j" || s[i] === "J")) return parse_error();
    i++;
  }
  while (i < len && Py_ISSPACE(s.charCodeAt(i))) i++;
  if (got_bracket) {
    if (s[i] !== ")") return parse_error();
    i++;
    while (i < len && Py_ISSPACE(s.charCodeAt(i))) i++;
  }
  if (i !== len) return parse_error();
  return complex_subtype_from_doubles(type, x, y);
}

/** @cpython complex_subtype_from_string */
function complex_subtype_from_string(type: PyTypeObject, v: PyUnicodeObject): PyObject | null {
  const s = _PyUnicode_TransformDecimalAndSpaceToASCII(v.str);
  const clean = _Py_string_to_number_with_underscores(s);
  if (clean === null) {
    const r = reprString(v);
    if (r === null) return null;
    return PyErr_SetString(PyExc_ValueError, `could not convert string to complex: ${r}`);
  }
  // A NUL ends the C string, so the length check below reports it as malformed.
  const nul = clean.indexOf("\0");
  if (nul >= 0) return PyErr_SetString(PyExc_ValueError, "complex() arg is a malformed string");
  return complex_from_string_inner(clean, type);
}


/** Does the type behave as a number for complex()? (nb_float or nb_index, or a complex) */
function is_number(o: PyObject): boolean {
  return o.ob_type.nb_float !== null || o.ob_type.nb_index !== null || o instanceof PyComplexObject;
}

/** @cpython complex_new_impl: complex(real=0, imag=0) */
function complex_new_impl(type: PyTypeObject, r: PyObject | null, i: PyObject | null): PyObject | null {
  if (r === null) r = _PyLong_GetZero();
  if (r.ob_type === PyComplex_Type && i === null && type === PyComplex_Type) {
    Py_INCREF(r);
    return r;
  }
  if (PyUnicode_Check(r)) {
    if (i !== null) return PyErr_SetString(PyExc_TypeError, "complex() can't take second arg if first is a string");
    return complex_subtype_from_string(type, r);
  }
  if (i !== null && PyUnicode_Check(i)) return PyErr_SetString(PyExc_TypeError, "complex() second arg can't be a string");
  let own_r = false;
  const tmp = try_complex_special_method(r);
  if (tmp === null) return null;
  if (tmp !== undefined) {
    r = tmp;
    own_r = true;
  }
  if (!is_number(r)) {
    PyErr_SetString(PyExc_TypeError,
      `complex() first argument must be a string or a number, not '${_PyType_Name(r.ob_type)}'`);
    if (own_r) Py_DECREF(r);
    return null;
  }
  if (i !== null && !is_number(i)) {
    PyErr_SetString(PyExc_TypeError, `complex() second argument must be a number, not '${_PyType_Name(i.ob_type)}'`);
    if (own_r) Py_DECREF(r);
    return null;
  }
  let cr_real: number, cr_imag: number;
  let cr_is_complex = false, ci_is_complex = false;
  if (r instanceof PyComplexObject) {
    cr_real = r.cval_real;
    cr_imag = r.cval_imag;
    cr_is_complex = true;
    if (own_r) Py_DECREF(r);
  } else {
    const f = PyNumber_Float(r);
    if (own_r) Py_DECREF(r);
    if (f === null) return null;
    cr_real = (f as PyFloatObject).ob_fval;
    cr_imag = 0.0;
    Py_DECREF(f);
  }
  let ci_real: number, ci_imag = 0.0;
  if (i === null) ci_real = cr_imag;
  else if (i instanceof PyComplexObject) {
    ci_real = i.cval_real;
    ci_imag = i.cval_imag;
    ci_is_complex = true;
  } else {
    const f = PyNumber_Float(i);
    if (f === null) return null;
    ci_real = (f as PyFloatObject).ob_fval;
    Py_DECREF(f);
  }
  // real and imag may themselves be complex: real + imag*1j.
  if (ci_is_complex) cr_real -= ci_imag;
  if (cr_is_complex && i !== null) ci_real += cr_imag;
  return complex_subtype_from_doubles(type, cr_real, ci_real);
}

/** @cpython _PyLong_GetZero: the shared int 0. @returns borrowed */
function _PyLong_GetZero(): PyObject {
  const z = PyLong_FromNumber(0);
  Py_DECREF(z); // a small int: it is never freed
  return z;
}

/** @cpython complex_new (vectorcall layout: real, imag by position or keyword) */
function complex_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (args.length > 2) return PyErr_SetString(PyExc_TypeError, `complex() takes at most 2 arguments (${args.length} given)`);
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  let r: PyObject | null = nargs > 0 ? args[0] : null;
  let i: PyObject | null = nargs > 1 ? args[1] : null;
  for (let k = 0; k < nkw; k++) {
    const key = (kwnames!.ob_item[k] as PyUnicodeObject).str;
    const v = args[nargs + k];
    if (key === "real") {
      if (r !== null) return PyErr_SetString(PyExc_TypeError, "argument for complex() given by name ('real') and position (1)");
      r = v;
    } else if (key === "imag") {
      if (i !== null) return PyErr_SetString(PyExc_TypeError, "argument for complex() given by name ('imag') and position (2)");
      i = v;
    } else return PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for complex()`);
  }
  return complex_new_impl(type, r, i);
}

/**
 * The dealloc of a complex: nothing to release. DIVERGENCE: CPython leaves tp_dealloc empty
 * (object's is inherited); here object's releases the heap type, which subtype_dealloc already
 * does for subclasses, so complex has its own.
 */
function complex_dealloc(_self: PyObject): void {}

function complex_get_real(o: PyObject): PyObject {
  return PyFloat_FromDouble((o as PyComplexObject).cval_real);
}

function complex_get_imag(o: PyObject): PyObject {
  return PyFloat_FromDouble((o as PyComplexObject).cval_imag);
}

const complex_methods: PyMethodDef[] = [
  { ml_name: "conjugate", ml_meth: complex_conjugate, ml_flags: METH_NOARGS,
    ml_doc: "conjugate($self, /)\n--\n\nThe complex conjugate: the same real part, the imaginary part negated.\n\n>>> (3-4j).conjugate()\n(3+4j)" },
  { ml_name: "__complex__", ml_meth: complex___complex__, ml_flags: METH_NOARGS,
    ml_doc: "__complex__($self, /)\n--\n\nThe value as an exact complex." },
  { ml_name: "__getnewargs__", ml_meth: complex___getnewargs__, ml_flags: METH_NOARGS, ml_doc: "__getnewargs__($self, /)\n--\n\n" },
  { ml_name: "__format__", ml_meth: complex___format__, ml_flags: METH_O,
    ml_doc: "__format__($self, format_spec, /)\n--\n\nThe complex number formatted by the format-specification mini-language." },
];

/** @cpython PyComplex_Type */
export const PyComplex_Type: PyTypeObject = new PyTypeObject({
  tp_name: "complex", tp_basicsize: 32, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_dealloc: complex_dealloc, tp_repr: complex_repr_slot, tp_hash: complex_hash, tp_richcompare: complex_richcompare,
  tp_new: complex_new,
  nb_add: complex_add, nb_subtract: complex_sub, nb_multiply: complex_mul, nb_power: complex_pow,
  nb_negative: complex_neg, nb_positive: complex_pos, nb_absolute: complex_abs, nb_bool: complex_bool,
  nb_true_divide: complex_div,
  tp_methods: complex_methods,
  tp_members: [
    { name: "real", get: complex_get_real, doc: "the real part, a float" },
    { name: "imag", get: complex_get_imag, doc: "the imaginary part, a float" },
  ],
  tp_doc: "complex(real=0, imag=0)\n--\n\nA complex number made from a real part and an imaginary part (each a number),\nthat is real + imag*1j; or from a string such as '1+2j'.",
});

/** @cpython _PyComplex_InitTypes (part of _PyTypes_InitTypes in CPython) */
export function _PyComplex_InitTypes(): void {
  PyType_Ready(PyComplex_Type);
}

