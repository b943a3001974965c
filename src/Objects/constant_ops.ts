/**
 * @mirrors Objects/abstract.c
 * The number and sequence operations the AST optimiser folds at compile time
 * (PyNumber_Add ... PyObject_GetItem), on the constant stand-ins of ast_constant.ts:
 * bool/int/float/complex arithmetic with Python's rules (floor division and modulo
 * rounding toward minus infinity, int true division correctly rounded, float and complex
 * powers with their special cases), str/bytes/tuple concatenation and repetition, and
 * indexing. An operation Python would raise on throws ConstantOpError; the optimiser then
 * leaves the expression for run time, as ast_opt.c does when the call fails.
 *
 * DIVERGENCE: a power with a fractional or complex exponent (`2.5 ** 2.5`, `3 ** 1j`) goes
 * through V8's Math.pow/exp/log/atan2, which can differ from glibc's in the last bit.
 */
import {
  ConstantFrozenset, ConstantTuple, ConstantValue, PyBytes, PyComplex, PyEllipsis,
} from "../Include/ast_constant.ts";

/** The operation raises in Python (the name is the exception type, for tests and errors). */
export class ConstantOpError {
  constructor(readonly type: string, readonly msg: string) {}
}

function fail(type: string, msg = ""): never {
  throw new ConstantOpError(type, msg);
}

export const isInt = (v: ConstantValue): v is bigint | boolean => typeof v === "bigint" || typeof v === "boolean";
const asInt = (v: bigint | boolean): bigint => (typeof v === "boolean" ? (v ? 1n : 0n) : v);
const isFloat = (v: ConstantValue): v is number => typeof v === "number";
const isComplex = (v: ConstantValue): v is PyComplex => v instanceof PyComplex;
const isNumber = (v: ConstantValue): boolean => isInt(v) || isFloat(v) || isComplex(v);

/** Bits in |v| (@cpython _PyLong_NumBits). */
export function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** int -> float, raising OverflowError past the largest double (@cpython PyLong_AsDouble). */
export function intToFloat(v: bigint): number {
  const d = Number(v);
  if (!Number.isFinite(d)) fail("OverflowError", "int too large to convert to float");
  return d;
}

function toFloat(v: ConstantValue): number {
  return isInt(v) ? intToFloat(asInt(v)) : (v as number);
}

function toComplex(v: ConstantValue): PyComplex {
  return isComplex(v) ? v : new PyComplex(toFloat(v), 0);
}

/** @cpython PyObject_IsTrue */
export function isTrue(v: ConstantValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.value.length > 0;
  if (v instanceof ConstantTuple || v instanceof ConstantFrozenset) return v.items.length > 0;
  return v instanceof PyEllipsis; // None is false, Ellipsis true
}

// -- int ---------------------------------------------------------------------------------

export function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) fail("ZeroDivisionError", "integer division or modulo by zero");
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function floorMod(a: bigint, b: bigint): bigint {
  if (b === 0n) fail("ZeroDivisionError", "integer division or modulo by zero");
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

/** a / b for ints, correctly rounded (@cpython long_true_divide). */
export function intTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) fail("ZeroDivisionError", "division by zero");
  const negative = (a < 0n) !== (b < 0n);
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  const LIMIT = 1n << 53n;
  let result: number;
  if (x <= LIMIT && y <= LIMIT) {
    result = Number(x) / Number(y);
  } else {
    // Scale so the quotient carries 55-56 significant bits; a non-zero remainder is folded
    // into the lowest bit so the one rounding to 53 bits below is correct.
    const shift = 55 - (numBits(x) - numBits(y));
    const num = shift >= 0 ? x << BigInt(shift) : x;
    const den = shift >= 0 ? y : y << BigInt(-shift);
    let q = num / den;
    if (num % den !== 0n) q |= 1n;
    result = Number(q) * 2 ** -shift;
    if (!Number.isFinite(result) && shift < -1000) {
      // 2 ** -shift overflowed before the product did: scale in two steps.
      result = Number(q) * 2 ** (-shift - 1000) * 2 ** 1000;
    }
  }
  if (!Number.isFinite(result)) fail("OverflowError", "integer division result too large for a float");
  return negative ? -result : result;
}

function intPow(a: bigint, b: bigint): ConstantValue {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  return a ** b;
}

// -- float -------------------------------------------------------------------------------

/** @cpython float_floor_div (through float_divmod) */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) fail("ZeroDivisionError", "float floor division by zero");
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod && (wx < 0) !== (mod < 0)) {
    mod += wx;
    div -= 1;
  }
  if (div) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
    return floordiv;
  }
  const q = vx / wx; // a zero quotient keeps the sign of the true quotient
  return q < 0 || Object.is(q, -0) ? -0 : 0;
}

/** @cpython float_rem */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) fail("ZeroDivisionError", "float modulo");
  let mod = vx % wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

const isOddInteger = (x: number): boolean => Math.abs(x % 2) === 1;

/** @cpython float_pow */
export function floatPow(iv: number, iw: number): ConstantValue {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    return (iw > 0) === (av > 1.0) ? Math.abs(iw) : 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) fail("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    // A negative base to a fractional power is complex.
    if (iw !== Math.floor(iw)) return complexPow(new PyComplex(iv, 0), new PyComplex(iw, 0));
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = Math.pow(iv, iw);
  if (!Number.isFinite(ix)) fail("OverflowError", "(34, 'Numerical result out of range')");
  if (negate) ix = -ix;
  return ix;
}

// -- complex -----------------------------------------------------------------------------

export function cProd(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** @cpython _Py_c_quot */
export function cQuot(a: PyComplex, b: PyComplex): PyComplex {
  const absBr = Math.abs(b.real);
  const absBi = Math.abs(b.imag);
  if (absBr >= absBi) {
    if (absBr === 0) fail("ZeroDivisionError", "complex division by zero");
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return new PyComplex(NaN, NaN);
}

function cPowu(x: PyComplex, n: number): PyComplex {
  let r = new PyComplex(1, 0);
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

/** @cpython complex_pow */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let r: PyComplex;
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    r = n > 0 ? cPowu(a, n) : cQuot(new PyComplex(1, 0), cPowu(a, -n));
  } else if (b.real === 0 && b.imag === 0) {
    r = new PyComplex(1, 0);
  } else if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) fail("ZeroDivisionError", "0.0 to a negative or complex power");
    r = new PyComplex(0, 0);
  } else {
    const vabs = Math.hypot(a.real, a.imag);
    let len = Math.pow(vabs, b.real);
    const at = Math.atan2(a.imag, a.real);
    let phase = at * b.real;
    if (b.imag !== 0) {
      len /= Math.exp(at * b.imag);
      phase += b.imag * Math.log(vabs);
    }
    r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  }
  if (Math.abs(r.real) === Infinity || Math.abs(r.imag) === Infinity) fail("OverflowError", "complex exponentiation");
  return r;
}

// -- sequences ---------------------------------------------------------------------------

const isSeq = (v: ConstantValue): boolean => typeof v === "string" || v instanceof PyBytes || v instanceof ConstantTuple;

function concat(a: ConstantValue, b: ConstantValue): ConstantValue {
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const out = new Uint8Array(a.value.length + b.value.length);
    out.set(a.value);
    out.set(b.value, a.value.length);
    return new PyBytes(out);
  }
  if (a instanceof ConstantTuple && b instanceof ConstantTuple) return new ConstantTuple([...a.items, ...b.items]);
  fail("TypeError");
}

function repeat(seq: ConstantValue, n: bigint): ConstantValue {
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === "string") return seq.repeat(count);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.value.length * count);
    for (let i = 0; i < count; i++) out.set(seq.value, i * seq.value.length);
    return new PyBytes(out);
  }
  if (seq instanceof ConstantTuple) {
    const items: ConstantValue[] = [];
    for (let i = 0; i < count; i++) items.push(...seq.items);
    return new ConstantTuple(items);
  }
  fail("TypeError");
}

/** The length Python reports: code points for str. */
export function pyLength(v: ConstantValue): number {
  if (typeof v === "string") {
    let n = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < v.length) {
        const d = v.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
      }
      n++;
    }
    return n;
  }
  if (v instanceof PyBytes) return v.value.length;
  if (v instanceof ConstantTuple || v instanceof ConstantFrozenset) return v.items.length;
  fail("TypeError");
}

/** @cpython PyObject_GetItem (sequence index only: slices are never constants) */
export function getItem(container: ConstantValue, index: ConstantValue): ConstantValue {
  if (!isSeq(container) || !isInt(index)) fail("TypeError");
  const n = pyLength(container);
  let i = asInt(index);
  if (i < 0n) i += BigInt(n);
  if (i < 0n || i >= BigInt(n)) fail("IndexError", "index out of range");
  const k = Number(i);
  if (typeof container === "string") return Array.from(container)[k];
  if (container instanceof PyBytes) return BigInt(container.value[k]);
  return (container as ConstantTuple).items[k];
}

// -- the operators -----------------------------------------------------------------------

export type BinaryOperator = "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow" | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";

/** Apply a binary operator to two constants (@cpython PyNumber_Add and friends). */
export function binaryOp(op: BinaryOperator, v: ConstantValue, w: ConstantValue): ConstantValue {
  switch (op) {
    case "BitAnd": case "BitOr": case "BitXor": {
      if (!isInt(v) || !isInt(w)) fail("TypeError");
      if (typeof v === "boolean" && typeof w === "boolean") {
        return op === "BitAnd" ? v && w : op === "BitOr" ? v || w : v !== w;
      }
      const a = asInt(v), b = asInt(w);
      return op === "BitAnd" ? a & b : op === "BitOr" ? a | b : a ^ b;
    }
    case "LShift": case "RShift": {
      if (!isInt(v) || !isInt(w)) fail("TypeError");
      const a = asInt(v), b = asInt(w);
      if (b < 0n) fail("ValueError", "negative shift count");
      return op === "LShift" ? a << b : a >> b;
    }
    case "MatMult":
      fail("TypeError");
  }
  if (!isNumber(v) || !isNumber(w)) {
    if (op === "Add") return concat(v, w);
    if (op === "Mult") {
      if (isInt(w) && isSeq(v)) return repeat(v, asInt(w));
      if (isInt(v) && isSeq(w)) return repeat(w, asInt(v));
    }
    fail("TypeError");
  }
  if (isComplex(v) || isComplex(w)) {
    const a = toComplex(v), b = toComplex(w);
    switch (op) {
      case "Add": return new PyComplex(a.real + b.real, a.imag + b.imag);
      case "Sub": return new PyComplex(a.real - b.real, a.imag - b.imag);
      case "Mult": return cProd(a, b);
      case "Div": return cQuot(a, b);
      case "Pow": return complexPow(a, b);
      default: fail("TypeError");
    }
  }
  if (isFloat(v) || isFloat(w)) {
    const a = toFloat(v), b = toFloat(w);
    switch (op) {
      case "Add": return a + b;
      case "Sub": return a - b;
      case "Mult": return a * b;
      case "Div":
        if (b === 0) fail("ZeroDivisionError", "float division by zero");
        return a / b;
      case "FloorDiv": return floatFloorDiv(a, b);
      case "Mod": return floatMod(a, b);
      case "Pow": return floatPow(a, b);
    }
  }
  const a = asInt(v as bigint | boolean), b = asInt(w as bigint | boolean);
  switch (op) {
    case "Add": return a + b;
    case "Sub": return a - b;
    case "Mult": return a * b;
    case "Div": return intTrueDivide(a, b);
    case "FloorDiv": return floorDiv(a, b);
    case "Mod": return floorMod(a, b);
    case "Pow": return intPow(a, b);
  }
}

export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";

/** @cpython PyNumber_Invert, PyNumber_Positive, PyNumber_Negative, and `not` */
export function unaryOp(op: UnaryOperator, v: ConstantValue): ConstantValue {
  if (op === "Not") return !isTrue(v);
  if (isInt(v)) {
    const a = asInt(v);
    return op === "Invert" ? ~a : op === "USub" ? -a : a;
  }
  if (op === "Invert") fail("TypeError");
  if (isFloat(v)) return op === "USub" ? -v : v;
  if (isComplex(v)) return op === "USub" ? new PyComplex(-v.real, -v.imag) : v;
  fail("TypeError");
}
