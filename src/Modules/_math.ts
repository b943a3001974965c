/**
 * @mirrors Modules/_math.h
 * The C math library (libm) as CPython on Linux sees it: glibc 2.36's results, bit for bit
 * where we can. math and cmath call these functions wherever mathmodule.c and
 * cmathmodule.c call libm, so `math.cosh(x).hex()` is the same string under typhon and
 * CPython.
 *
 * Where the answers come from (DIVERGENCE: CPython simply links the platform libm):
 *
 * - sqrt, fabs, fmod, floor, ceil, trunc, copysign, frexp, ldexp, modf, nextafter: exact
 *   operations; JavaScript gives the same answers (fmod is JS `%`).
 * - exp, exp2, log, log2, pow, sin, cos, tan, asin, acos, atan, atan2: glibc's versions are
 *   accurate to a little over half an ulp, so they return the correctly rounded result in
 *   all but a few rare inputs. V8's Math functions (fdlibm ports) are off by one ulp for a few
 *   percent of inputs. So these are computed here in double-double arithmetic (about 100
 *   correct bits) and rounded once: the correctly rounded result, which is glibc's except
 *   in rare near-halfway cases (see the notes at each function).
 * - expm1, log1p, sinh, cosh, tanh, asinh, acosh, atanh, erf, erfc, log10, cbrt: glibc's
 *   versions are NOT correctly rounded (errors up to about one ulp), so the same
 *   algorithms are evaluated here in the same order, on top of the functions above, so that
 *   they make the same rounding errors. (glibc builds expm1 and log1p with FMA contraction
 *   on CPUs that have it; plain multiply-add is used here, which agrees except in very rare
 *   cases.)
 *
 * Domain and range errors are left to the callers (math_1 and friends in mathmodule, which
 * classify NaN and infinite results as CPython does); only `errno` for the few functions
 * whose callers read it is modelled.
 */

// -- bit access to doubles ----------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// The host is little-endian (x86-64, ARM64): word 1 is the high word.
const HI = 1, LO = 0;

/** The high 32 bits of x, as a signed int (GET_HIGH_WORD). */
export function hiWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}
/** The low 32 bits of x, unsigned (GET_LOW_WORD). */
export function loWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}
/** The double with these two words (INSERT_WORDS). */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}
/** x with its low word replaced (SET_LOW_WORD). */
function setLowWord(x: number, lo: number): number {
  f64[0] = x;
  u32[LO] = lo >>> 0;
  return f64[0];
}
/** x with its high word replaced (SET_HIGH_WORD). */
function setHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[HI] = hi >>> 0;
  return f64[0];
}

/** The last error a function reported the C way (EDOM or ERANGE), as errno. */
export const EDOM = 33;
export const ERANGE = 34;
export const libm = { errno: 0 };

// -- exact operations ---------------------------------------------------------------------------

/** copysign(x, y): |x| with the sign of y (also for zeros and NaNs' sign bit). */
export function copysign(x: number, y: number): number {
  f64[0] = y;
  const neg = (u32[HI] & 0x80000000) !== 0;
  f64[0] = x;
  u32[HI] = neg ? u32[HI] | 0x80000000 : u32[HI] & 0x7fffffff;
  return f64[0];
}

/** Whether the sign bit of x is set (signbit): true for -0.0. */
export function signbit(x: number): boolean {
  f64[0] = x;
  return (u32[HI] & 0x80000000) !== 0;
}

/** frexp(x): [m, e] with x = m * 2**e and 0.5 <= |m| < 1; [x, 0] for zeros, infinities, NaN. */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  f64[0] = x;
  let hx = u32[HI];
  let e = (hx >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    // subnormal: scale up by 2**54 first
    f64[0] = x * 18014398509481984;
    hx = u32[HI];
    e = (hx >>> 20) & 0x7ff;
    adj = -54;
  }
  u32[HI] = (hx & 0x800fffff) | (1022 << 20);
  return [f64[0], e - 1022 + adj];
}

/** ldexp(x, n): x * 2**n with a single rounding (also when the result is subnormal). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const [m, e] = frexp(x);
  const t = e + n;
  if (t > 1024) return m * Infinity;
  if (t >= -1021) {
    // normal result: exact scaling in at most two steps
    if (t > 1000) return m * 2 ** 1000 * 2 ** (t - 1000);
    return m * 2 ** t;
  }
  if (t < -1100) return m * 0;
  // subnormal: m * 2**(t + 1022) is exact, the final * 2**-1022 rounds once
  return m * 2 ** (t + 1022) * 2 ** -1022;
}

/** modf(x): [fractional part, integral part], both with the sign of x. */
export function modf(x: number): [number, number] {
  const i = Math.trunc(x);
  return [copysign(x - i, x), i];
}

/** nextafter(x, y): the next double after x in the direction of y. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return x + y;
  if (x === y) return y;
  if (x === 0) return copysign(5e-324, y);
  f64[0] = x;
  let hi = u32[HI], lo = u32[LO];
  // moving away from zero increments the magnitude; toward zero decrements it
  if ((x < y) === (x > 0)) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

/** fmod(x, y): the exact remainder with the sign of x (JavaScript's % on doubles). */
export function fmod(x: number, y: number): number {
  return x % y;
}

/** round(x): nearest integer, halfway cases away from zero (C round). */
export function round(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + (x > 0 ? 1 : -1);
  return t;
}

// -- double-double helpers ----------------------------------------------------------------------

/** The high half of Dekker's split (27 bits). */
const SPLIT = 134217729; // 2**27 + 1

/** The rounding error of a*b: a*b - fl(a*b), exactly (Dekker's two-product). */
function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// -- double-double arithmetic --------------------------------------------------------------------
//
// A double-double is an unevaluated sum hi + lo of two doubles with |lo| <= ulp(hi)/2: about
// 106 bits of precision. The helpers return the high part and leave the low part in `dd.lo`
// (no allocation on these paths).

const dd = { lo: 0 };

/** hi + lo of a + b, exactly (Knuth's two-sum). */
function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  dd.lo = (a - (s - bb)) + (b - bb);
  return s;
}

/** (ah, al) + (bh, bl) */
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = ah + bh;
  const bb = s - ah;
  let e = (ah - (s - bb)) + (bh - bb);
  e += al + bl;
  const h = s + e;
  dd.lo = e - (h - s);
  return h;
}

/** (ah, al) * (bh, bl) */
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = ah * bh;
  let e = twoProdErr(ah, bh, p);
  e += ah * bl + al * bh;
  const h = p + e;
  dd.lo = e - (h - p);
  return h;
}

/** (ah, al) / (bh, bl) */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  // remainder a - q1 * b, to double-double precision
  const ph = ddMul(bh, bl, q1, 0), pl = dd.lo;
  const rh = ddAdd(ah, al, -ph, -pl), rl = dd.lo;
  const q2 = rh / bh;
  const ph2 = ddMul(bh, bl, q2, 0), pl2 = dd.lo;
  const r2 = ddAdd(rh, rl, -ph2, -pl2);
  const q3 = r2 / bh;
  const h = twoSum(q1, q2);
  return ddAdd(h, dd.lo, q3, 0);
}

/** A double-double constant from a decimal string, correctly to ~106 bits (via BigInt). */
function ddConst(num: bigint, shift: number): [number, number] {
  // the value num / 2**shift
  const hi = bigToDouble(num, shift);
  const rest = num - doubleToBig(hi, shift);
  return [hi, bigToDouble(rest, shift)];
}

/** num / 2**shift rounded to the nearest double (the result in the normal range). */
function bigToDouble(num: bigint, shift: number): number {
  if (num === 0n) return 0;
  const neg = num < 0n;
  if (neg) num = -num;
  const bits = num.toString(2).length;
  let v: number;
  if (bits <= 1000) {
    v = ldexp(Number(num), -shift); // BigInt to Number rounds to nearest; the scaling is exact
  } else {
    const sh = bits - 64;
    let top = num >> BigInt(sh);
    if ((top << BigInt(sh)) !== num) top |= 1n; // sticky bit
    v = ldexp(Number(top), sh - shift);
  }
  return neg ? -v : v;
}

/** The exact value of a double as num / 2**shift (num a BigInt). */
function doubleToBig(x: number, shift: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = frexp(x);
  const mant = BigInt(m * 9007199254740992); // m * 2**53, exact
  const s = e - 53 + shift;
  return s >= 0 ? mant << BigInt(s) : mant >> BigInt(-s);
}

// -- constants, computed once ---------------------------------------------------------------------

/** pi to PI_BITS fractional bits, by Machin's formula, as a BigInt (pi * 2**PI_BITS). */
const PI_BITS = 1400;
let piBig = 0n;
function arctanInv(n: bigint, bits: bigint): bigint {
  // arctan(1/n) * 2**bits
  const one = 1n << bits;
  let term = one / n, sum = term, k = 1n;
  const n2 = n * n;
  for (;;) {
    term /= n2;
    if (term === 0n) break;
    const t = term / (2n * k + 1n);
    sum += k & 1n ? -t : t;
    k++;
  }
  return sum;
}
function piFixed(): bigint {
  if (piBig === 0n) {
    const b = BigInt(PI_BITS + 32);
    piBig = (16n * arctanInv(5n, b) - 4n * arctanInv(239n, b)) >> 32n;
  }
  return piBig;
}

/** ln 2 to PI_BITS fractional bits: 2 atanh(1/3) = sum of 2 / ((2k+1) 3**(2k+1)). */
function ln2Fixed(): bigint {
  const b = BigInt(PI_BITS + 32);
  const one = 1n << b;
  let sum = 0n, pow3 = 3n;
  for (let k = 0n; ; k++) {
    const t = (2n * one) / ((2n * k + 1n) * pow3);
    if (t === 0n) break;
    sum += t;
    pow3 *= 9n;
  }
  return sum >> 32n;
}

// ln 2 in three parts for the exp reduction: LN2HI has 32 bits (k/64 * LN2HI is exact),
// LN2MID 53 bits (its products are made exact with two-product), LN2LO the rest.
const LN2HI = 6.93147180369123816490e-01;
let LN2MID = 0, LN2LO = 0;
// double-double constants (filled by initTables from the BigInt values)
const LN2_DD: [number, number] = [0, 0];
const INVLN2_DD: [number, number] = [0, 0];
const PIO2_DD: [number, number] = [0, 0];
const PI_DD: [number, number] = [0, 0];

// 2**(j/64) for j = 0..63, and 1/n! for the series, as double-doubles (filled by initTables).
const EXP2_TAB_HI = new Float64Array(64), EXP2_TAB_LO = new Float64Array(64);
const INV_FACT_HI = new Float64Array(32), INV_FACT_LO = new Float64Array(32);
// 1/n for the atanh series of log
const INV_N_HI = new Float64Array(24), INV_N_LO = new Float64Array(24);
let tablesReady = false;

function initTables(): void {
  tablesReady = true;
  const ln2 = ln2Fixed(), pi = piFixed();
  [LN2_DD[0], LN2_DD[1]] = ddConst(ln2, PI_BITS);
  const restLn2 = ln2 - doubleToBig(LN2HI, PI_BITS);
  LN2MID = bigToDouble(restLn2, PI_BITS);
  LN2LO = bigToDouble(restLn2 - doubleToBig(LN2MID, PI_BITS), PI_BITS);
  [INVLN2_DD[0], INVLN2_DD[1]] = ddConst((1n << BigInt(2 * PI_BITS)) / ln2, PI_BITS);
  [PI_DD[0], PI_DD[1]] = ddConst(pi, PI_BITS);
  [PIO2_DD[0], PIO2_DD[1]] = ddConst(pi, PI_BITS + 1);
  INV_FACT_HI[0] = 1;
  INV_FACT_LO[0] = 0;
  let fh = 1, fl = 0;
  for (let n = 1; n < 32; n++) {
    fh = ddDiv(fh, fl, n, 0);
    fl = dd.lo;
    INV_FACT_HI[n] = fh;
    INV_FACT_LO[n] = fl;
  }
  for (let n = 1; n < 24; n++) {
    INV_N_HI[n] = ddDiv(1, 0, n, 0);
    INV_N_LO[n] = dd.lo;
  }
  // 2**(j/64) = exp(j ln2 / 64) by the plain series (|argument| < ln 2)
  for (let j = 0; j < 64; j++) {
    const ah = ddMul(LN2_DD[0], LN2_DD[1], j / 64, 0), al = dd.lo;
    const h = expSeries(ah, al, 31);
    EXP2_TAB_HI[j] = h;
    EXP2_TAB_LO[j] = dd.lo;
  }
}

/**
 * The Taylor series of exp at (rh, rl) with terms up to r**n/n!, as a double-double; the
 * terms from r**dd on are summed in plain doubles (they are below 2**-52 of the total when
 * |r| is small enough for the caller's choice of dd).
 */
function expSeries(rh: number, rl: number, n: number, ddTerms = n): number {
  let t = INV_FACT_HI[n];
  for (let i = n - 1; i >= ddTerms; i--) t = t * rh + INV_FACT_HI[i];
  let sh = t, sl = ddTerms === n ? INV_FACT_LO[n] : 0;
  for (let i = Math.min(n, ddTerms) - 1; i >= 0; i--) {
    sh = ddMul(sh, sl, rh, rl);
    sl = dd.lo;
    sh = ddAdd(sh, sl, INV_FACT_HI[i], INV_FACT_LO[i]);
    sl = dd.lo;
  }
  return sh;
}

// -- exp and friends ------------------------------------------------------------------------------

/** The power of two that goes with the last expCore result. */
let expK = 0;

/**
 * exp(xh + xl) = 2**expK * (result hi + dd.lo), result in [~0.7, ~1.5]. The argument is
 * reduced by k ln2/64 (ln 2 in three parts), the table gives 2**(j/64), and a degree-10
 * series the rest. |xh| must be below about 750.
 */
function expCore(xh: number, xl: number): number {
  if (!tablesReady) initTables();
  const k = Math.round(xh * 92.33248261689366); // 64 / ln 2
  // r = x - k ln2/64, with each k * part exact
  const kf = k / 64;
  const t1 = xh - kf * LN2HI; // exact (an exact product, then Sterbenz)
  const p = kf * LN2MID;
  let rh = ddAdd(t1, 0, -p, -twoProdErr(kf, LN2MID, p)), rl = dd.lo;
  rh = ddAdd(rh, rl, xl - kf * LN2LO, 0);
  rl = dd.lo;
  const j = ((k % 64) + 64) % 64;
  expK = (k - j) / 64;
  const eh = expSeries(rh, rl, 10, 6), el = dd.lo; // |r| <= ln2/128: r**6/6! < 2**-54
  return ddMul(eh, el, EXP2_TAB_HI[j], EXP2_TAB_LO[j]);
}

/**
 * Round (h + l) * 2**k to the nearest double, once: exact scaling in the normal range, and
 * for a subnormal result a rounding at the subnormal grid that takes l into account.
 */
function scaleRound(h: number, l: number, k: number): number {
  const r = h + l;
  const lr = l - (r - h); // what r left out
  if (k > -1020) {
    if (k > 1000) return r * 2 ** 1000 * 2 ** (k - 1000);
    return r * 2 ** k;
  }
  // subnormal or zero: the grid is 2**-1074; work in units of it
  const u = ldexp(1, -1074 - k); // the grid step at the scale of r
  const q = Math.round(r / u); // candidate multiple (r / u is exact: u is a power of two)
  let rem = (r - q * u) + lr; // exact difference (small), plus the low part
  let n = q;
  const half = u / 2;
  if (rem > half || (rem === half && n % 2 !== 0)) n++;
  else if (rem < -half || (rem === -half && n % 2 !== 0)) n--;
  void rem;
  rem = 0;
  return n * 5e-324;
}

/** exp(x), correctly rounded. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const h = expCore(x, 0);
  return scaleRound(h, dd.lo, expK);
}

/** 2**x, correctly rounded. */
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  if (x === Math.floor(x)) return ldexp(1, x);
  const ah = ddMul(x, 0, LN2_DD[0], LN2_DD[1]);
  const h = expCore(ah, dd.lo);
  return scaleRound(h, dd.lo, expK);
}

// -- log ------------------------------------------------------------------------------------------

/** log(x) as a double-double (x positive and finite). */
function logDD(x: number): number {
  if (!tablesReady) initTables();
  let extra = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54
    extra = -54;
  }
  if (x > 0.9375 && x < 1.0625) {
    // near 1: log(x) = 2 atanh(s), s = (x - 1) / (x + 1), all relative errors small
    const nh = x - 1; // exact
    const dh = twoSum(x, 1), dl = dd.lo;
    const sh = ddDiv(nh, 0, dh, dl), sl = dd.lo;
    const s2h = ddMul(sh, sl, sh, sl), s2l = dd.lo;
    // 1 + s2/3 + s2**2/5 + ...: the terms from s**12 on are tiny (|s| < 1/32), in doubles
    let ph = INV_N_HI[23];
    for (let n = 21; n >= 13; n -= 2) ph = ph * s2h + INV_N_HI[n];
    let pl = 0;
    for (let n = 11; n >= 1; n -= 2) {
      ph = ddMul(ph, pl, s2h, s2l);
      pl = dd.lo;
      ph = ddAdd(ph, pl, INV_N_HI[n], INV_N_LO[n]);
      pl = dd.lo;
    }
    const h = ddMul(ph, pl, sh, sl);
    const rh = ddMul(h, dd.lo, 2, 0), rl = dd.lo;
    if (extra === 0) {
      dd.lo = rl;
      return rh;
    }
    return ddAdd(rh, rl, extra * LN2_DD[0], extra * LN2_DD[1]);
  }
  // one Newton step from the double estimate: y = y0 + log(x e**-y0), x e**-y0 = 1 + t
  const y0 = Math.log(x);
  const eh = expCore(-y0, 0), el = dd.lo;
  const xs = ldexp(x, expK); // exact, near 1/eh
  const p = xs * eh;
  const perr = twoProdErr(xs, eh, p);
  const t = (p - 1) + (perr + xs * el);
  const corr = t - t * t / 2 + t * t * t / 3;
  const yh = twoSum(y0, corr), yl = dd.lo;
  if (extra === 0) {
    dd.lo = yl;
    return yh;
  }
  return ddAdd(yh, yl, extra * LN2_DD[0], extra * LN2_DD[1]);
}

/** log(x), correctly rounded (no domain checks: callers handle x <= 0, NaN, inf). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity || x !== x) return x;
    return NaN;
  }
  if (x === 1) return 0;
  const h = logDD(x);
  return h + dd.lo;
}

/** log2(x), correctly rounded. */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity || x !== x) return x;
    return NaN;
  }
  const [m, e] = frexp(x);
  if (m === 0.5) return e - 1;
  const h = logDD(x);
  const r = ddMul(h, dd.lo, INVLN2_DD[0], INVLN2_DD[1]);
  return r + dd.lo;
}

// -- pow ------------------------------------------------------------------------------------------

/** Whether y is an integer, and if so whether it is odd. */
function intKind(y: number): number {
  if (y !== Math.floor(y)) return 0; // not an integer
  if (Math.abs(y) >= 9007199254740992) return 2; // even (every double this large is)
  return y % 2 === 0 ? 2 : 1;
}

/**
 * x**y, correctly rounded, with C99's special values (pow(1, y) = pow(x, 0) = 1, negative x
 * only with integer y, signed zeros and infinities).
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  const yk = intKind(y);
  if (x === 0) {
    const odd = yk === 1;
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = yk === 1;
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if ((ax > 1) === (y > 0)) return Infinity;
    return 0;
  }
  let sign = 1;
  if (x < 0) {
    if (yk === 0) return NaN;
    if (yk === 1) sign = -1;
    x = -x;
  }
  if (y === 1) return sign * x;
  if (y === 2) return sign * (x * x);
  if (y === -1) return sign * (1 / x);
  if (y === 0.5) return sign * Math.sqrt(x);
  const lh = logDD(x), ll = dd.lo;
  const ph = ddMul(lh, ll, y, 0), pl = dd.lo;
  if (ph > 709.8) return sign * Infinity;
  if (ph < -745.2) return sign * 0;
  const h = expCore(ph, pl), l = dd.lo, k = expK;
  const exact = powExact(x, y, h, l, k);
  if (exact !== null) return sign * exact;
  return sign * scaleRound(h, l, k);
}

/**
 * When h + l lies very close to a halfway point between two doubles, x**y may be exactly
 * that halfway point (3**34 has 54 bits): decide with exact integer arithmetic when y is an
 * integer or a half, quarter or eighth of one. null when the double-double answer stands.
 */
function powExact(x: number, y: number, h: number, l: number, k: number): number | null {
  // how far h + l is from a halfway point, in ulps of the result
  const r = h + l;
  const ulp = Math.abs(nextafter(r, Infinity) - r);
  const lr = l - (r - h);
  const dist = Math.abs(Math.abs(lr) - ulp / 2);
  if (dist > ulp * 2 ** -40 && Math.abs(lr) > ulp * 2 ** -40) return null;
  let q = 0;
  let yi = y;
  while (yi !== Math.floor(yi) && q < 3) {
    yi *= 2;
    q++;
  }
  if (yi !== Math.floor(yi) || Math.abs(yi) > 1100) return null;
  // x = m * 2**e with m odd
  const [fm, fe] = frexp(x);
  let m = BigInt(fm * 9007199254740992);
  let e = fe - 53;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  // x**(1/2**q) must be exact: m a perfect 2**q-th power and e divisible by 2**q
  for (let i = 0; i < q; i++) {
    if (e % 2 !== 0) return null;
    const s = bigIsqrt(m);
    if (s * s !== m) return null;
    m = s;
    e /= 2;
  }
  if (yi < 0) return null; // 1/m**n with m odd > 1 is never a halfway point
  const n = BigInt(yi);
  if (m.toString(2).length * yi > 4000) return null;
  const num = m ** n;
  void k;
  return bigToDoubleRN(num, -e * yi);
}

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** num / 2**shift correctly rounded (ties to even), num > 0, result normal. */
function bigToDoubleRN(num: bigint, shift: number): number {
  const bits = num.toString(2).length;
  const drop = bits - 53;
  if (drop <= 0) return ldexp(Number(num), -shift);
  let top = num >> BigInt(drop);
  const rem = num - (top << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (top & 1n) === 1n)) top++;
  return ldexp(Number(top), drop - shift);
}

// -- sin, cos, tan --------------------------------------------------------------------------------

/** The quadrant of the last reduction (k mod 4). */
let redQ = 0;

// pi/2 in parts of 33, 33, 33 and 53 bits (filled from piFixed() on first use)
let P1 = 0, P2 = 0, P3 = 0, P4 = 0;
let twoOverPi = 0n;
const TOP_BITS = 1300;

function initPi(): void {
  const pi = piFixed(); // pi * 2**PI_BITS
  const pio2 = pi; // pi/2 * 2**(PI_BITS+1)
  const sh = PI_BITS + 1;
  // take 33-bit pieces from the top
  const bits = pio2.toString(2).length;
  let rest = pio2;
  const parts: number[] = [];
  let pos = bits;
  for (let i = 0; i < 3; i++) {
    pos -= 33;
    const piece = (rest >> BigInt(pos)) << BigInt(pos);
    parts.push(bigToDouble(piece, sh));
    rest -= piece;
  }
  parts.push(bigToDouble(rest, sh));
  [P1, P2, P3, P4] = parts;
  // 2/pi * 2**TOP_BITS
  twoOverPi = (1n << BigInt(TOP_BITS + PI_BITS + 1)) / pi;
}

/**
 * Reduce x by the nearest multiple k of pi/2: returns r = x - k pi/2 as a double-double and
 * leaves k mod 4 in redQ. Cody and Waite's method (pi/2 in four parts) for moderate x, an
 * exact product with the bits of 2/pi (Payne and Hanek's method, on BigInts) beyond.
 */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    redQ = 0;
    dd.lo = 0;
    return x;
  }
  if (P1 === 0) initPi();
  if (ax < 1e6) {
    const k = Math.round(x * 0.6366197723675814);
    const t1 = x - k * P1; // exact
    let rh = ddAdd(t1, 0, -k * P2, 0), rl = dd.lo;
    rh = ddAdd(rh, rl, -k * P3, 0);
    rl = dd.lo;
    const p4 = -k * P4;
    rh = ddAdd(rh, rl, p4, twoProdErr(-k, P4, p4));
    redQ = ((k % 4) + 4) % 4;
    return rh;
  }
  // x = M * 2**E exactly
  const [fm, fe] = frexp(ax);
  const M = BigInt(fm * 9007199254740992);
  const E = fe - 53;
  // x * 2/pi = M * twoOverPi * 2**(E - TOP_BITS); keep the fraction to 200 bits
  const prod = M * twoOverPi;
  const fracBits = TOP_BITS - E; // position of the binary point in prod
  let k = prod >> BigInt(fracBits);
  let frac = prod - (k << BigInt(fracBits));
  if (frac >= (1n << BigInt(fracBits - 1))) {
    k += 1n;
    frac -= 1n << BigInt(fracBits);
  }
  // frac / 2**fracBits in [-1/2, 1/2): as a double-double, then times pi/2
  const keep = 200;
  const f = fracBits > keep ? frac >> BigInt(fracBits - keep) : frac << BigInt(keep - fracBits);
  const [fh, fl] = ddConst(f, keep);
  let rh = ddMul(fh, fl, PIO2_DD[0], PIO2_DD[1]);
  let rl = dd.lo;
  let q = Number(k & 3n);
  if (x < 0) {
    rh = -rh;
    rl = -rl;
    q = (4 - q) % 4;
  }
  redQ = q;
  dd.lo = rl;
  return rh;
}

/**
 * sin(r) as a double-double, |r| <= pi/4: r times the series in u = r**2 (terms to
 * r**27/27!). Terms from r**17 on are below 2**-52 of the sum, so that tail is summed in
 * plain doubles and only the leading terms in double-double.
 */
function sinDD(rh: number, rl: number): number {
  const uh = ddMul(rh, rl, rh, rl), ul = dd.lo;
  let t = -INV_FACT_HI[27];
  for (let n = 25; n >= 17; n -= 2) t = t * uh + ((n & 2) === 0 ? INV_FACT_HI[n] : -INV_FACT_HI[n]);
  let sh = t, sl = 0;
  for (let n = 15; n >= 1; n -= 2) {
    sh = ddMul(sh, sl, uh, ul);
    sl = dd.lo;
    // the coefficient of r**(n-1) in sin(r)/r is (-1)**((n-1)/2) / n!
    sh = (n & 2) === 0 ? ddAdd(sh, sl, INV_FACT_HI[n], INV_FACT_LO[n]) : ddAdd(sh, sl, -INV_FACT_HI[n], -INV_FACT_LO[n]);
    sl = dd.lo;
  }
  return ddMul(sh, sl, rh, rl);
}

/** cos(r) as a double-double, |r| <= pi/4 (terms to r**28/28!, the tail from r**18 in doubles). */
function cosDD(rh: number, rl: number): number {
  const uh = ddMul(rh, rl, rh, rl), ul = dd.lo;
  let t = INV_FACT_HI[28];
  for (let n = 26; n >= 18; n -= 2) t = t * uh + ((n & 2) === 0 ? INV_FACT_HI[n] : -INV_FACT_HI[n]);
  let sh = t, sl = 0;
  for (let n = 16; n >= 0; n -= 2) {
    sh = ddMul(sh, sl, uh, ul);
    sl = dd.lo;
    sh = (n & 2) === 0 ? ddAdd(sh, sl, INV_FACT_HI[n], INV_FACT_LO[n]) : ddAdd(sh, sl, -INV_FACT_HI[n], -INV_FACT_LO[n]);
    sl = dd.lo;
  }
  return sh;
}

/** sin(x), correctly rounded. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x === 0 ? x : x - x * x * x / 6;
  if (!tablesReady) initTables();
  const rh = reduce(x), rl = dd.lo;
  let h: number;
  switch (redQ) {
    case 0: h = sinDD(rh, rl); break;
    case 1: h = cosDD(rh, rl); break;
    case 2: h = -sinDD(rh, rl); dd.lo = -dd.lo; break;
    default: h = -cosDD(rh, rl); dd.lo = -dd.lo; break;
  }
  return h + dd.lo;
}

/** cos(x), correctly rounded. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  if (!tablesReady) initTables();
  const rh = reduce(x), rl = dd.lo;
  let h: number;
  switch (redQ) {
    case 0: h = cosDD(rh, rl); break;
    case 1: h = -sinDD(rh, rl); dd.lo = -dd.lo; break;
    case 2: h = -cosDD(rh, rl); dd.lo = -dd.lo; break;
    default: h = sinDD(rh, rl); break;
  }
  return h + dd.lo;
}

/** tan(x), correctly rounded. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x === 0 ? x : x + x * x * x / 3;
  if (!tablesReady) initTables();
  const rh = reduce(x), rl = dd.lo;
  const q = redQ;
  const sh = sinDD(rh, rl), sl = dd.lo;
  const ch = cosDD(rh, rl), cl = dd.lo;
  const h = q % 2 === 0 ? ddDiv(sh, sl, ch, cl) : -ddDiv(ch, cl, sh, sl);
  const l = q % 2 === 0 ? dd.lo : -dd.lo;
  return h + l;
}

/** sin and cos of y as double-doubles (|y| <= pi, one reduction step at most). */
let scS = 0, scSl = 0, scC = 0, scCl = 0;
function sinCos(y: number): void {
  const rh = reduce(y), rl = dd.lo;
  const sh = sinDD(rh, rl), sl = dd.lo;
  const ch = cosDD(rh, rl), cl = dd.lo;
  switch (redQ) {
    case 0: scS = sh; scSl = sl; scC = ch; scCl = cl; break;
    case 1: scS = ch; scSl = cl; scC = -sh; scCl = -sl; break;
    case 2: scS = -sh; scSl = -sl; scC = -ch; scCl = -cl; break;
    default: scS = -ch; scSl = -cl; scC = sh; scCl = sl; break;
  }
}

// -- atan, atan2, asin, acos ----------------------------------------------------------------------

/**
 * atan(ah + al) as a double-double, |a| <= 1: Newton's step on sin(y) - a cos(y) = 0 from
 * the double estimate (the error squares, from about 2**-52 to below 2**-100).
 */
function atanDD(ah: number, al: number): number {
  const y0 = Math.atan(ah + al);
  if (y0 === 0) {
    dd.lo = 0;
    return ah;
  }
  sinCos(y0);
  // f = sin y0 - a cos y0, f' = cos y0 + a sin y0
  const ach = ddMul(ah, al, scC, scCl), acl = dd.lo;
  const fh = ddAdd(scS, scSl, -ach, -acl), fl = dd.lo;
  const fp = scC + (ah + al) * scS;
  const corr = -(fh + fl) / fp;
  return twoSum(y0, corr);
}

/** atan(x), correctly rounded. */
export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -27) return x === 0 ? x : x - x * x * x / 3;
  if (!tablesReady) initTables();
  if (ax <= 1) {
    const h = atanDD(x, 0);
    return h + dd.lo;
  }
  if (ax > 2 ** 60) {
    const r = PIO2_DD[0] + (PIO2_DD[1] - 1 / ax);
    return x > 0 ? r : -r;
  }
  // atan(x) = pi/2 - atan(1/x)
  const ih = ddDiv(1, 0, ax, 0), il = dd.lo;
  const th = atanDD(ih, il), tl = dd.lo;
  const h = ddAdd(PIO2_DD[0], PIO2_DD[1], -th, -tl);
  const r = h + dd.lo;
  return x > 0 ? r : -r;
}

/** atan2(y, x) for finite non-zero y and x, correctly rounded. */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 0) return Math.atan2(y, x);
  if (!tablesReady) initTables();
  let ax = Math.abs(x), ay = Math.abs(y);
  // scale both by the same power of two so the products below cannot overflow
  const big = ax > ay ? ax : ay;
  if (big > 2 ** 500 || big < 2 ** -500) {
    const e = frexp(big)[1];
    ax = ldexp(ax, -e);
    ay = ldexp(ay, -e);
  }
  let h: number, l: number;
  if (ay <= ax) {
    // atan(ay/ax), then the quadrant
    const qh = ay / ax;
    if (qh < 2 ** -1000 || !(qh > 0)) {
      // the quotient is (near) subnormal: atan(q) rounds to q itself
      if (x > 0) return y > 0 ? qh : -qh;
      return y > 0 ? PI_DD[0] : -PI_DD[0];
    }
    const ql = twoProdErr(qh, ax, qh * ax); // qh*ax - fl(qh*ax)
    const rem = (ay - qh * ax) - ql;
    const qlow = rem / ax;
    h = atanDD(qh, qlow);
    l = dd.lo;
  } else {
    // pi/2 - atan(ax/ay)
    const qh = ax / ay;
    if (qh < 2 ** -1000) {
      h = PIO2_DD[0];
      l = PIO2_DD[1] - qh;
    } else {
      const ql = twoProdErr(qh, ay, qh * ay);
      const rem = (ax - qh * ay) - ql;
      const th = atanDD(qh, rem / ay), tl = dd.lo;
      h = ddAdd(PIO2_DD[0], PIO2_DD[1], -th, -tl);
      l = dd.lo;
    }
  }
  if (x < 0) {
    h = ddAdd(PI_DD[0], PI_DD[1], -h, -l);
    l = dd.lo;
  }
  const r = h + l;
  return y < 0 ? -r : r;
}

/** asin(ah + al) as a double-double for |a| <= 0.5-ish: Newton on sin(y) = a. */
function asinDD(ah: number, al: number): number {
  const y0 = Math.asin(ah + al);
  if (y0 === 0) {
    dd.lo = 0;
    return ah;
  }
  sinCos(y0);
  const fh = ddAdd(scS, scSl, -ah, -al), fl = dd.lo;
  const corr = -(fh + fl) / scC;
  return twoSum(y0, corr);
}

/** sqrt(t) as a double-double (t >= 0 a double). */
function sqrtDD(t: number): number {
  const s = Math.sqrt(t);
  if (s === 0) {
    dd.lo = 0;
    return s;
  }
  const p = s * s;
  const e = twoProdErr(s, s, p);
  dd.lo = ((t - p) - e) / (2 * s);
  return s;
}

/** asin(x), correctly rounded. */
export function asin(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 2 ** -26) return x === 0 ? x : x + x * x * x / 6;
  if (!tablesReady) initTables();
  let h: number;
  if (ax <= 0.5) {
    h = asinDD(ax, 0);
  } else {
    // asin(a) = pi/2 - 2 asin(sqrt((1 - a)/2)), 1 - a exact here
    const t = (1 - ax) / 2;
    const sh = sqrtDD(t), sl = dd.lo;
    const ah = asinDD(sh, sl), al = dd.lo;
    h = ddAdd(PIO2_DD[0], PIO2_DD[1], -2 * ah, -2 * al);
  }
  const r = h + dd.lo;
  return x < 0 ? -r : r;
}

/** acos(x), correctly rounded. */
export function acos(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (!tablesReady) initTables();
  let h: number, l: number;
  if (ax <= 0.5) {
    // pi/2 - asin(x)
    if (ax < 2 ** -57) return PIO2_DD[0];
    const ah = asinDD(x, 0), al = dd.lo;
    h = ddAdd(PIO2_DD[0], PIO2_DD[1], -ah, -al);
    l = dd.lo;
  } else {
    // acos(a) = 2 asin(sqrt((1 - a)/2)) for a > 0; pi minus that for a < 0
    const t = (1 - ax) / 2;
    const sh = sqrtDD(t), sl = dd.lo;
    const ah = asinDD(sh, sl), al = dd.lo;
    h = 2 * ah;
    l = 2 * al;
    if (x < 0) {
      h = ddAdd(PI_DD[0], PI_DD[1], -h, -l);
      l = dd.lo;
    }
  }
  return h + l;
}

export function sqrt(x: number): number {
  return Math.sqrt(x);
}

// -- glibc's fdlibm-derived functions, same algorithms and evaluation order --------------------

const EXPM1_Q1 = -3.33333333333331316428e-02, EXPM1_Q2 = 1.58730158725481460165e-03,
  EXPM1_Q3 = -7.93650757867487942473e-05, EXPM1_Q4 = 4.00821782732936239552e-06,
  EXPM1_Q5 = -2.01099218183624371326e-07;
const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e+00;

/** expm1(x) = exp(x) - 1, accurate near 0 (glibc's s_expm1.c algorithm). */
export function expm1(x: number): number {
  let hx = hiWord(x);
  const neg = hx < 0;
  const y0 = neg ? -x : x;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln 2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > 7.09782712893383973096e+02) {
        libm.errno = ERANGE;
        return Infinity;
      }
    }
    if (neg) return -1.0;
  }
  void y0;
  let hi: number, lo: number, k: number, c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: reduce by k ln 2
    if (hx < 0x3ff0a2b2) {
      if (!neg) { hi = x - LN2_HI; lo = LN2_LO; k = 1; }
      else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = Math.trunc(INVLN2 * x + (neg ? -0.5 : 0.5));
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = 1.0 + hxs * EXPM1_Q1, h2 = hxs * hxs;
  const R2 = EXPM1_Q2 + hxs * EXPM1_Q3, h4 = h2 * h2;
  const R3 = EXPM1_Q4 + hxs * EXPM1_Q5;
  const r1 = R1 + h2 * R2 + h4 * R3;
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = setHighWord(y, hiWord(y) + (k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0);
    y = t - (e - x);
    y = setHighWord(y, hiWord(y) + (k << 20));
  } else {
    t = fromWords((0x3ff - k) << 20, 0);
    y = x - (e + t);
    y += 1.0;
    y = setHighWord(y, hiWord(y) + (k << 20));
  }
  return y;
}

const LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01, LP3 = 2.857142874366239149e-01,
  LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
  LP7 = 1.479819860511658591e-01;

/** log1p(x) = log(1 + x), accurate near 0 (glibc's s_log1p.c algorithm). */
export function log1p(x: number): number {
  const hx = hiWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, hu = 0, c = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) {
      // x <= -1
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2**-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hiWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hiWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = setHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = setHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * LP1, z2 = z * z;
  const R2 = LP2 + z * LP3, z4 = z2 * z2;
  const R3 = LP4 + z * LP5, z6 = z4 * z2;
  const R4 = LP6 + z * LP7;
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}

/** sinh(x) (glibc's e_sinh.c algorithm). */
export function sinh(x: number): number {
  const jx = hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x;
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** cosh(x) (glibc's e_cosh.c algorithm). */
export function cosh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (ix < 0x408633ce || (ix === 0x408633ce && loWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** tanh(x) (glibc's s_tanh.c algorithm). */
export function tanh(x: number): number {
  const jx = hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (jx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1.0 + x);
    if (ix >= 0x3ff00000) {
      const t = expm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = expm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0;
  }
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

/** asinh(x) (glibc's s_asinh.c algorithm). */
export function asinh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return copysign(w, x);
}

/** acosh(x) (glibc's e_acosh.c algorithm). */
export function acosh(x: number): number {
  const hx = hiWord(x), lx = loWord(x);
  if (hx > 0x40000000 || (hx === 0x40000000 && lx > 0)) {
    if (hx >= 0x41b00000) {
      if (hx >= 0x7ff00000) return x + x;
      return log(x) + LN2;
    }
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  if (hx > 0x3ff00000 || (hx === 0x3ff00000 && lx > 0)) {
    const t = x - 1.0;
    return log1p(t + Math.sqrt(2.0 * t + t * t));
  }
  if (hx === 0x3ff00000 && lx === 0) return 0.0;
  return NaN;
}

/** atanh(x) (glibc's e_atanh.c algorithm). */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0) return NaN;
    if (xa !== xa) return x + x;
    return x / 0.0;
  }
  return copysign(t, x);
}

const IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01,
  LOG10_2LO = 3.69423907715893078616e-13;

/** log10(x) (glibc's e_log10.c algorithm: log of the reduced argument plus k log10(2)). */
export function log10(x: number): number {
  let hx = hiWord(x);
  let lx = loWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2**-1022
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= 18014398509481984;
    hx = hiWord(x);
    lx = loWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = fromWords(hx, lx);
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

const CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** cbrt(x) (glibc's s_cbrt.c: a polynomial guess refined by one Halley step). */
export function cbrt(x: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = (0.354895765043919860
    + ((1.50819193781584896
      + ((-2.11499494167371287
        + ((2.44693122563534430
          + ((-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
            * xm))
          * xm))
        * xm))
      * xm));
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// erf and erfc (glibc's s_erf.c: rational approximations on four intervals).
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02,
  PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02, QQ3 = 5.08130628187576562776e-03,
  QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;
const PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01,
  PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01, PA5 = 3.54783043256182359371e-02,
  PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01, QA3 = 7.18286544141962662868e-02,
  QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02;
const RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01, RA2 = -1.05586262253232909814e+01,
  RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02,
  RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02, SA3 = 4.34565877475229228821e+02,
  SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02,
  SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;
const RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01, RB2 = -1.77579549177547519889e+01,
  RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03,
  RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03,
  SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03, SB6 = 4.74528541206955367215e+02,
  SB7 = -2.24409524465858183362e+01;

/** The erf(x) ratio x*R(x^2) for |x| < 0.84375 (shared by erf and erfc). */
function erfSmallRatio(x: number): number {
  const z = x * x;
  const r1 = PP0 + z * PP1, z2 = z * z;
  const r2 = PP2 + z * PP3, z4 = z2 * z2;
  const s1 = 1.0 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q near 1 (0.84375 <= |x| < 1.25), with s = |x| - 1. */
function erfNearOne(s: number): number {
  const P1 = PA0 + s * PA1, s2 = s * s;
  const Q1 = 1.0 + s * QA1, s4 = s2 * s2;
  const P2 = PA2 + s * PA3, s6 = s4 * s2;
  const Q2 = QA2 + s * QA3;
  const P3 = PA4 + s * PA5;
  const Q3 = QA4 + s * QA5;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA6;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA6;
  return P / Q;
}

/** exp(-x*x - 0.5625 + R/S) for the tail intervals, with x = |x| (ix its high word). */
function erfTail(x: number, ix: number, big: number): number {
  const s = 1.0 / (x * x);
  let R: number, S: number;
  if (ix < big) {
    const R1 = RA0 + s * RA1, s2 = s * s;
    const S1 = 1.0 + s * SA1, s4 = s2 * s2;
    const R2 = RA2 + s * RA3, s6 = s4 * s2;
    const S2 = SA2 + s * SA3, s8 = s4 * s4;
    const R3 = RA4 + s * RA5;
    const S3 = SA4 + s * SA5;
    const R4 = RA6 + s * RA7;
    const S4 = SA6 + s * SA7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA8;
  } else {
    const R1 = RB0 + s * RB1, s2 = s * s;
    const S1 = 1.0 + s * SB1, s4 = s2 * s2;
    const R2 = RB2 + s * RB3, s6 = s4 * s2;
    const S2 = SB2 + s * SB3;
    const R3 = RB4 + s * RB5;
    const S3 = SB4 + s * SB5;
    const S4 = SB6 + s * SB7;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB6;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = setLowWord(x, 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

/** erf(x) (glibc's s_erf.c). */
export function erf(x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    const i = (hx >>> 31) << 1;
    return (1 - i) + 1.0 / x;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3ff40000) {
    const q = erfNearOne(Math.abs(x) - 1.0);
    return hx >= 0 ? ERX + q : -ERX - q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 : -1.0;
  const ax = Math.abs(x);
  const r = erfTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

/** erfc(x) = 1 - erf(x) without the cancellation (glibc's s_erf.c). */
export function erfc(x: number): number {
  const hx = hiWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return ((hx >>> 31) << 1) + 1.0 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmallRatio(x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const q = erfNearOne(Math.abs(x) - 1.0);
    if (hx >= 0) return (1.0 - ERX) - q;
    return 1.0 + (ERX + q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0;
    const ax = Math.abs(x);
    const r = erfTail(ax, ix, 0x4006db6d);
    if (hx > 0) {
      const ret = r / ax;
      if (ret === 0) libm.errno = ERANGE;
      return ret;
    }
    return 2.0 - r / ax;
  }
  if (hx > 0) {
    libm.errno = ERANGE;
    return 0.0;
  }
  return 2.0;
}
