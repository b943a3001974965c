/**
 * @mirrors Modules/_statisticsmodule.c
 * The accelerator behind statistics.NormalDist.inv_cdf: the inverse of the normal
 * distribution's CDF. It has no closed form, so it is computed with Wichura's rational
 * approximations (Applied Statistics algorithm AS241, 1988), good to about 1e-16:
 *
 *   |p - 0.5| <= 0.425      a ratio of two degree-7 polynomials in r = 0.180625 - q*q
 *   otherwise               r = sqrt(-log(tail probability)); one pair of polynomials for
 *                           r <= 5, another for the far tail
 *
 *   >>> _normal_dist_inv_cdf(0.975, 0.0, 1.0)
 *   1.959963984540054
 *
 * statistics.py uses the Python version of the same formulas when this module is missing.
 */
import { PyObject, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_ValueError } from "../Objects/exceptions.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyFloatObject, PyFloat_FromDouble, PyFloat_AsDouble } from "../Objects/floatobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";

/** The error of every out-of-domain case (p outside (0, 1), sigma <= 0). */
function inv_cdf_error(): number {
  PyErr_SetString(PyExc_ValueError, "inv_cdf undefined for these parameters");
  return -1.0;
}

/**
 * @cpython _statistics__normal_dist_inv_cdf_impl: the x with P(X <= x) = p for X normal with
 * mean mu and standard deviation sigma. Returns -1.0 with ValueError set on bad input.
 */
function _normal_dist_inv_cdf_impl(p: number, mu: number, sigma: number): number {
  // NaN passes these checks (every comparison with it is false) and comes out as NaN.
  if (p <= 0.0 || p >= 1.0 || sigma <= 0.0) return inv_cdf_error();
  const q = p - 0.5;
  let num: number, den: number, r: number;
  if (Math.abs(q) <= 0.425) {
    // Central region.
    r = 0.180625 - q * q;
    num = (((((((2.5090809287301226727e+3 * r +
      3.3430575583588128105e+4) * r +
      6.7265770927008700853e+4) * r +
      4.5921953931549871457e+4) * r +
      1.3731693765509461125e+4) * r +
      1.9715909503065514427e+3) * r +
      1.3314166789178437745e+2) * r +
      3.3871328727963666080e+0) * q;
    den = (((((((5.2264952788528545610e+3 * r +
      2.8729085735721942674e+4) * r +
      3.9307895800092710610e+4) * r +
      2.1213794301586595867e+4) * r +
      5.3941960214247511077e+3) * r +
      6.8718700749205790830e+2) * r +
      4.2313330701600911252e+1) * r +
      1.0);
    if (den === 0.0) return inv_cdf_error();
    return mu + (num / den) * sigma;
  }
  // Tails: work with the smaller of p and 1 - p.
  r = q <= 0.0 ? p : 1.0 - p;
  if (r <= 0.0 || r >= 1.0) return inv_cdf_error();
  r = Math.sqrt(-Math.log(r));
  if (r <= 5.0) {
    r = r - 1.6;
    num = (((((((7.74545014278341407640e-4 * r +
      2.27238449892691845833e-2) * r +
      2.41780725177450611770e-1) * r +
      1.27045825245236838258e+0) * r +
      3.64784832476320460504e+0) * r +
      5.76949722146069140550e+0) * r +
      4.63033784615654529590e+0) * r +
      1.42343711074968357734e+0);
    den = (((((((1.05075007164441684324e-9 * r +
      5.47593808499534494600e-4) * r +
      1.51986665636164571966e-2) * r +
      1.48103976427480074590e-1) * r +
      6.89767334985100004550e-1) * r +
      1.67638483018380384940e+0) * r +
      2.05319162663775882187e+0) * r +
      1.0);
  } else {
    r -= 5.0;
    num = (((((((2.01033439929228813265e-7 * r +
      2.71155556874348757815e-5) * r +
      1.24266094738807843860e-3) * r +
      2.65321895265761230930e-2) * r +
      2.96560571828504891230e-1) * r +
      1.78482653991729133580e+0) * r +
      5.46378491116411436990e+0) * r +
      6.65790464350110377720e+0);
    den = (((((((2.04426310338993978564e-15 * r +
      1.42151175831644588870e-7) * r +
      1.84631831751005468180e-5) * r +
      7.86869131145613259100e-4) * r +
      1.48753612908506148525e-2) * r +
      1.36929880922735805310e-1) * r +
      5.99832206555887937690e-1) * r +
      1.0);
  }
  if (den === 0.0) return inv_cdf_error();
  let x = num / den;
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

/** A double argument as the argument clinic converts one (exact floats directly). */
function double_arg(o: PyObject): number {
  return o instanceof PyFloatObject ? o.ob_fval : PyFloat_AsDouble(o);
}

/** @cpython _statistics__normal_dist_inv_cdf: _normal_dist_inv_cdf(p, mu, sigma, /) */
function _statistics__normal_dist_inv_cdf(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_normal_dist_inv_cdf", args.length, 3, 3)) return null;
  const p = double_arg(args[0]);
  if (p === -1.0 && PyErr_Occurred()) return null;
  const mu = double_arg(args[1]);
  if (mu === -1.0 && PyErr_Occurred()) return null;
  const sigma = double_arg(args[2]);
  if (sigma === -1.0 && PyErr_Occurred()) return null;
  const r = _normal_dist_inv_cdf_impl(p, mu, sigma);
  if (r === -1.0 && PyErr_Occurred()) return null;
  return PyFloat_FromDouble(r);
}

const statistics_methods: PyMethodDef[] = [
  {
    ml_name: "_normal_dist_inv_cdf", ml_meth: _statistics__normal_dist_inv_cdf, ml_flags: METH_FASTCALL,
    ml_doc: "_normal_dist_inv_cdf($module, p, mu, sigma, /)\n--\n\n",
  },
];

/** @cpython PyInit__statistics */
export function PyInit__statistics(): PyObject | null {
  return PyModule_Create("_statistics", "Native helpers for the statistics module: the normal distribution's inverse CDF.\n", statistics_methods);
}
