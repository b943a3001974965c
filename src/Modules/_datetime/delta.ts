/**
 * @mirrors Modules/_datetimemodule.c
 * datetime.timedelta: a duration kept as normalised days, seconds and microseconds; the
 * arithmetic that needs a total goes through microseconds as a bigint.
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_TPFLAGS_BASETYPE, METH_NOARGS, type PyMethodDef, type PyMemberDef } from "../../Include/object.ts";
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_ZeroDivisionError } from "../../Objects/exceptions.ts";
import { PyObject_Hash, PyObject_GenericGetAttr } from "../../Objects/object.ts";
import { PyLong_Check, PyLong_FromNumber, PyLong_FromBigInt, PyLong_FromDouble, _PyLong_TrueDivide, type PyLongObject } from "../../Objects/longobject.ts";
import { PyFloat_Check, PyFloat_FromDouble, type PyFloatObject } from "../../Objects/floatobject.ts";
import { PyUnicode_FromString } from "../../Objects/unicodeobject.ts";
import { PyTupleObject, PyTuple_Check, _PyTuple_FromArraySteal } from "../../Objects/tupleobject.ts";
import { PyObject_CallMethod } from "../../Objects/call.ts";
import { _PyArg_ParseTupleAndKeywordsSlots } from "../../Python/getargs.ts";
import { INT_MAX, INT_MIN, PyDateTime_Delta, PyDelta_Check, diff_to_bool, divmod, new_delta, new_delta_ex, notImplemented, pad } from "./common.ts";

// =================================================================================================
// timedelta
// =================================================================================================

export const US_PER_SECOND = 1000000n;
export const US_PER_DAY = 86400000000n;

/** @cpython delta_to_microseconds */
export function delta_to_microseconds(self: PyDateTime_Delta): bigint {
  return BigInt(self.days) * US_PER_DAY + BigInt(self.seconds * 1000000 + self.microseconds);
}

export const bigOf = (v: number | bigint): bigint => (typeof v === "bigint" ? v : BigInt(v));
export const numOrBig = (b: bigint): number | bigint =>
  (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);
export const longFromBig = (b: bigint): PyObject => {
  const v = numOrBig(b);
  return typeof v === "number" ? PyLong_FromNumber(v) : PyLong_FromBigInt(v);
};

/** Python's floor division and modulo of bigints (b != 0). */
export function floorDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** @cpython microseconds_to_delta_ex */
export function microseconds_to_delta_ex(us: bigint, type: PyTypeObject): PyDateTime_Delta | null {
  const [s0, u] = floorDivmod(us, US_PER_SECOND);
  const [d, s] = floorDivmod(s0, 86400n);
  if (d > BigInt(INT_MAX) || d < BigInt(INT_MIN)) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return new_delta_ex(Number(d), Number(s), Number(u), false, type);
}

export const microseconds_to_delta = (us: bigint): PyDateTime_Delta | null => microseconds_to_delta_ex(us, PyDateTime_DeltaType);

/** @cpython divide_nearest: m / n rounded half to even. */
export function divide_nearest(m: bigint, n: bigint): bigint | null {
  if (n === 0n) return PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
  const [q, r] = floorDivmod(m, n);
  const twice = 2n * r;
  const greater = n > 0n ? twice > n : twice < n;
  const exactly = twice === n;
  if (greater || (exactly && (q & 1n) === 1n)) return q + 1n;
  return q;
}

export const ival = (o: PyObject): bigint => bigOf((o as PyLongObject).ob_ival);

/** @cpython multiply_int_timedelta */
export function multiply_int_timedelta(intobj: PyObject, delta: PyDateTime_Delta): PyObject | null {
  return microseconds_to_delta(delta_to_microseconds(delta) * ival(intobj));
}

/** @cpython get_float_as_integer_ratio */
export function get_float_as_integer_ratio(floatobj: PyObject): [bigint, bigint] | null {
  const ratio = PyObject_CallMethod(floatobj, "as_integer_ratio", []);
  if (ratio === null) return null;
  if (!PyTuple_Check(ratio)) {
    PyErr_SetString(PyExc_TypeError,
      `unexpected return type from as_integer_ratio(): expected tuple, got '${ratio.ob_type.tp_name}'`);
    Py_DECREF(ratio);
    return null;
  }
  const items = (ratio as PyTupleObject).ob_item;
  if (items.length !== 2) {
    Py_DECREF(ratio);
    return PyErr_SetString(PyExc_ValueError, "as_integer_ratio() must return a 2-tuple");
  }
  const r: [bigint, bigint] = [ival(items[0]), ival(items[1])];
  Py_DECREF(ratio);
  return r;
}

/** @cpython multiply_truedivide_timedelta_float (op 0 multiplies, 1 divides) */
export function multiply_truedivide_timedelta_float(delta: PyDateTime_Delta, floatobj: PyObject, op: number): PyObject | null {
  const us = delta_to_microseconds(delta);
  const ratio = get_float_as_integer_ratio(floatobj);
  if (ratio === null) return null;
  const out = divide_nearest(us * ratio[op], ratio[op ^ 1]);
  if (out === null) return null;
  return microseconds_to_delta(out);
}

/** @cpython delta_add */
export function delta_add(left: PyObject, right: PyObject): PyObject | null {
  if (PyDelta_Check(left) && PyDelta_Check(right)) {
    return new_delta(left.days + right.days, left.seconds + right.seconds, left.microseconds + right.microseconds, true);
  }
  return notImplemented();
}

/** @cpython delta_negative */
export function delta_negative(self: PyObject): PyObject | null {
  const d = self as PyDateTime_Delta;
  return new_delta(-d.days, -d.seconds, -d.microseconds, true);
}

/** @cpython delta_positive */
export function delta_positive(self: PyObject): PyObject | null {
  const d = self as PyDateTime_Delta;
  return new_delta(d.days, d.seconds, d.microseconds, false);
}

/** @cpython delta_abs */
export function delta_abs(self: PyObject): PyObject | null {
  return (self as PyDateTime_Delta).days < 0 ? delta_negative(self) : delta_positive(self);
}

/** @cpython delta_subtract */
export function delta_subtract(left: PyObject, right: PyObject): PyObject | null {
  if (PyDelta_Check(left) && PyDelta_Check(right)) {
    return new_delta(left.days - right.days, left.seconds - right.seconds, left.microseconds - right.microseconds, true);
  }
  return notImplemented();
}

/** @cpython delta_cmp */
export function delta_cmp(self: PyObject, other: PyObject): number {
  const a = self as PyDateTime_Delta, b = other as PyDateTime_Delta;
  let diff = a.days - b.days;
  if (diff === 0) {
    diff = a.seconds - b.seconds;
    if (diff === 0) diff = a.microseconds - b.microseconds;
  }
  return diff;
}

/** @cpython delta_richcompare */
export function delta_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (PyDelta_Check(other)) return diff_to_bool(delta_cmp(self, other), op);
  return notImplemented();
}

/** @cpython delta_getstate: (days, seconds, microseconds) */
export function delta_getstate(self: PyDateTime_Delta): PyObject {
  return _PyTuple_FromArraySteal([PyLong_FromNumber(self.days), PyLong_FromNumber(self.seconds), PyLong_FromNumber(self.microseconds)]);
}

/** @cpython delta_hash: the hash of the state tuple. */
export function delta_hash(op: PyObject): number {
  const self = op as PyDateTime_Delta;
  if (!self.hashed) {
    const temp = delta_getstate(self);
    const lo = PyObject_Hash(temp);
    const hi = Py_hash.hi;
    Py_DECREF(temp);
    if (lo === -1 && hi === -1) return -1;
    self.hash_lo = lo;
    self.hash_hi = hi;
    self.hashed = true;
  }
  Py_hash.hi = self.hash_hi;
  return self.hash_lo;
}

/** @cpython delta_multiply */
export function delta_multiply(left: PyObject, right: PyObject): PyObject | null {
  if (PyDelta_Check(left)) {
    if (PyLong_Check(right)) return multiply_int_timedelta(right, left);
    if (PyFloat_Check(right)) return multiply_truedivide_timedelta_float(left, right, 0);
  } else if (PyLong_Check(left)) {
    return multiply_int_timedelta(left, right as PyDateTime_Delta);
  } else if (PyFloat_Check(left)) {
    return multiply_truedivide_timedelta_float(right as PyDateTime_Delta, left, 0);
  }
  return notImplemented();
}

export function zeroDivision(): null {
  return PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero");
}

/** @cpython delta_divide: timedelta // int and timedelta // timedelta */
export function delta_divide(left: PyObject, right: PyObject): PyObject | null {
  if (PyDelta_Check(left)) {
    if (PyLong_Check(right)) {
      const n = ival(right);
      if (n === 0n) return zeroDivision();
      return microseconds_to_delta(floorDivmod(delta_to_microseconds(left), n)[0]);
    }
    if (PyDelta_Check(right)) {
      const n = delta_to_microseconds(right);
      if (n === 0n) return zeroDivision();
      return longFromBig(floorDivmod(delta_to_microseconds(left), n)[0]);
    }
  }
  return notImplemented();
}

/** @cpython delta_truedivide */
export function delta_truedivide(left: PyObject, right: PyObject): PyObject | null {
  if (PyDelta_Check(left)) {
    if (PyDelta_Check(right)) {
      const r = _PyLong_TrueDivide(numOrBig(delta_to_microseconds(left)), numOrBig(delta_to_microseconds(right)));
      return r === null ? null : PyFloat_FromDouble(r);
    }
    if (PyFloat_Check(right)) return multiply_truedivide_timedelta_float(left, right, 1);
    if (PyLong_Check(right)) {
      const out = divide_nearest(delta_to_microseconds(left), ival(right));
      return out === null ? null : microseconds_to_delta(out);
    }
  }
  return notImplemented();
}

/** @cpython delta_remainder */
export function delta_remainder(left: PyObject, right: PyObject): PyObject | null {
  if (!PyDelta_Check(left) || !PyDelta_Check(right)) return notImplemented();
  const n = delta_to_microseconds(right);
  if (n === 0n) return PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero");
  return microseconds_to_delta(floorDivmod(delta_to_microseconds(left), n)[1]);
}

/** @cpython delta_divmod */
export function delta_divmod(left: PyObject, right: PyObject): PyObject | null {
  if (!PyDelta_Check(left) || !PyDelta_Check(right)) return notImplemented();
  const n = delta_to_microseconds(right);
  if (n === 0n) return zeroDivision();
  const [q, r] = floorDivmod(delta_to_microseconds(left), n);
  const delta = microseconds_to_delta(r);
  if (delta === null) return null;
  return _PyTuple_FromArraySteal([longFromBig(q), delta]);
}

/** C's round(): halves away from zero. */
export function c_round(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/**
 * @cpython accum: add num * factor (in microseconds) to sofar; an int is exact, a float's
 * integral part is exact and the rest of its product goes to leftover[0].
 */
export function accum(tag: string, sofar: bigint, num: PyObject, factor: bigint, leftover: number[]): bigint | null {
  if (PyLong_Check(num)) return sofar + ival(num) * factor;
  if (PyFloat_Check(num)) {
    const dnum = (num as PyFloatObject).ob_fval;
    let intpart = Math.trunc(dnum);
    let fracpart = Number.isFinite(dnum) ? dnum - intpart : (Number.isNaN(dnum) ? dnum : 0);
    if (!Number.isFinite(dnum)) intpart = dnum;
    const x = PyLong_FromDouble(intpart);
    if (x === null) return null;
    let sum = sofar + ival(x) * factor;
    Py_DECREF(x);
    if (fracpart === 0) return sum;
    const d2 = Number(factor) * fracpart;
    const ip2 = Math.trunc(d2);
    fracpart = d2 - ip2;
    sum += BigInt(ip2);
    leftover[0] += fracpart;
    return sum;
  }
  return PyErr_SetString(PyExc_TypeError, `unsupported type for timedelta ${tag} component: ${num.ob_type.tp_name}`);
}

export const delta_kws = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
export const delta_order: [number, string, bigint][] = [
  [2, "microseconds", 1n], [3, "milliseconds", 1000n], [1, "seconds", 1000000n], [4, "minutes", 60000000n],
  [5, "hours", 3600000000n], [0, "days", 86400000000n], [6, "weeks", 604800000000n],
];

/** @cpython delta_new */
export function delta_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "__new__", delta_kws, 0, 7);
  if (slots === null) return null;
  let x = 0n;
  const leftover = [0];
  for (const [i, tag, factor] of delta_order) {
    const o = slots[i];
    if (o === null) continue;
    const y = accum(tag, x, o, factor, leftover);
    if (y === null) return null;
    x = y;
  }
  const leftover_us = leftover[0];
  if (leftover_us) {
    let whole_us = c_round(leftover_us);
    if (Math.abs(whole_us - leftover_us) === 0.5) {
      const x_is_odd = (x & 1n) === 1n ? 1 : 0;
      whole_us = 2.0 * c_round((leftover_us + x_is_odd) * 0.5) - x_is_odd;
    }
    x += BigInt(whole_us);
  }
  return microseconds_to_delta_ex(x, type);
}

/** @cpython delta_bool */
export function delta_bool(self: PyObject): number {
  const d = self as PyDateTime_Delta;
  return d.days !== 0 || d.seconds !== 0 || d.microseconds !== 0 ? 1 : 0;
}

/** @cpython delta_repr */
export function delta_repr(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Delta;
  const parts: string[] = [];
  if (self.days !== 0) parts.push(`days=${self.days}`);
  if (self.seconds !== 0) parts.push(`seconds=${self.seconds}`);
  if (self.microseconds !== 0) parts.push(`microseconds=${self.microseconds}`);
  return PyUnicode_FromString(`${self.ob_type.tp_name}(${parts.length ? parts.join(", ") : "0"})`);
}

/** @cpython delta_str */
export function delta_str(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Delta;
  const us = self.microseconds;
  let [minutes, seconds] = divmod(self.seconds, 60);
  let hours: number;
  [hours, minutes] = divmod(minutes, 60);
  const days = self.days;
  let s = `${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
  if (us) s += `.${pad(us, 6)}`;
  if (days) s = `${days} day${days === 1 || days === -1 ? "" : "s"}, ${s}`;
  return PyUnicode_FromString(s);
}

/** @cpython delta_total_seconds */
export function delta_total_seconds(self: PyObject): PyObject | null {
  const r = _PyLong_TrueDivide(numOrBig(delta_to_microseconds(self as PyDateTime_Delta)), 1000000);
  return r === null ? null : PyFloat_FromDouble(r);
}

/** @cpython delta_reduce */
export function delta_reduce(self: PyObject): PyObject | null {
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, delta_getstate(self as PyDateTime_Delta)]);
}

export const delta_members: PyMemberDef[] = [
  { name: "days", get: (o) => PyLong_FromNumber((o as PyDateTime_Delta).days), doc: "Number of days." },
  { name: "seconds", get: (o) => PyLong_FromNumber((o as PyDateTime_Delta).seconds), doc: "Number of seconds (>= 0 and less than 1 day)." },
  { name: "microseconds", get: (o) => PyLong_FromNumber((o as PyDateTime_Delta).microseconds), doc: "Number of microseconds (>= 0 and less than 1 second)." },
];

export const delta_methods: PyMethodDef[] = [
  { ml_name: "total_seconds", ml_meth: delta_total_seconds, ml_flags: METH_NOARGS, ml_doc: "Total seconds in the duration." },
  { ml_name: "__reduce__", ml_meth: delta_reduce, ml_flags: METH_NOARGS, ml_doc: "__reduce__() -> (cls, state)" },
];

export const PyDateTime_DeltaType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.timedelta", tp_basicsize: 40, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, " +
    "minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\n" +
    "Arguments may be integers or floats, and may be positive or negative.",
  tp_repr: delta_repr, tp_str: delta_str, tp_hash: delta_hash, tp_getattro: PyObject_GenericGetAttr,
  tp_richcompare: delta_richcompare, tp_methods: delta_methods, tp_members: delta_members, tp_new: delta_new,
  nb_add: delta_add, nb_subtract: delta_subtract, nb_multiply: delta_multiply, nb_remainder: delta_remainder,
  nb_divmod: delta_divmod, nb_negative: delta_negative, nb_positive: delta_positive, nb_absolute: delta_abs,
  nb_bool: delta_bool, nb_floor_divide: delta_divide, nb_true_divide: delta_truedivide,
});
