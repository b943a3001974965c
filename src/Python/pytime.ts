/**
 * @mirrors Python/pytime.c
 * Conversions between Python numbers and the C library's time values: seconds as a time_t
 * (gmtime, localtime), and the nanosecond _PyTime_t the clocks and timeouts use (sleep,
 * socket timeouts, select). Floats are rounded as each caller asks; NaN and values past
 * 64 bits raise CPython's errors.
 *
 * DIVERGENCE: a _PyTime_t is a bigint of nanoseconds; a time_t is a JS number while it is a
 * safe integer and a bigint beyond.
 */
import { PyObject, Py_DECREF } from "../Include/object.ts";
import { PyErr_SetString } from "./errors.ts";
import { PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { PyFloat_Check, type PyFloatObject } from "../Objects/floatobject.ts";
import { PyLong_Check, _PyNumber_Index, type PyLongObject } from "../Objects/longobject.ts";

const TIME_T_MIN = -(2n ** 63n);
const TIME_T_MAX = 2n ** 63n - 1n;

/** A time_t: a JS number while it is a safe integer, a bigint beyond. */
export type time_t = number | bigint;

export const enum _PyTime_round_t { _PyTime_ROUND_FLOOR, _PyTime_ROUND_CEILING, _PyTime_ROUND_HALF_EVEN, _PyTime_ROUND_UP }
export const _PyTime_ROUND_TIMEOUT = _PyTime_round_t._PyTime_ROUND_UP;

function pytime_round(x: number, round: _PyTime_round_t): number {
  switch (round) {
    case _PyTime_round_t._PyTime_ROUND_FLOOR: return Math.floor(x);
    case _PyTime_round_t._PyTime_ROUND_CEILING: return Math.ceil(x);
    case _PyTime_round_t._PyTime_ROUND_UP: return x >= 0 ? Math.ceil(x) : Math.floor(x);
    default: {
      const r = Math.round(x);
      return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
    }
  }
}

function pytime_time_t_overflow(): null {
  return PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
}

function pytime_overflow(): null {
  return PyErr_SetString(PyExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
}

/** The integer an __index__ object stands for, or null with the error set. */
export function indexValue(obj: PyObject): number | bigint | null {
  if (PyLong_Check(obj)) return (obj as PyLongObject).ob_ival;
  const i = _PyNumber_Index(obj);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  return v;
}

/** @cpython _PyTime_ObjectToTime_t: seconds (int or float, rounded) as a time_t, or null. */
export function _PyTime_ObjectToTime_t(obj: PyObject, round: _PyTime_round_t): time_t | null {
  if (PyFloat_Check(obj)) {
    const d = (obj as PyFloatObject).ob_fval;
    if (Number.isNaN(d)) return PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
    const r = pytime_round(d, round);
    if (!(r >= -9223372036854775808 && r < 9223372036854775808)) return pytime_time_t_overflow();
    return Number.isSafeInteger(r) ? r : BigInt(r);
  }
  const v = indexValue(obj);
  if (v === null) return null;
  if (typeof v === "bigint" && (v < TIME_T_MIN || v > TIME_T_MAX)) return pytime_time_t_overflow();
  return v;
}

/** @cpython _PyTime_FromSecondsObject: seconds as nanoseconds (a _PyTime_t), or null. */
export function _PyTime_FromSecondsObject(obj: PyObject, round: _PyTime_round_t): bigint | null {
  if (PyFloat_Check(obj)) {
    const d = (obj as PyFloatObject).ob_fval;
    if (Number.isNaN(d)) return PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
    const ns = pytime_round(d * 1e9, round);
    if (!(ns >= -9223372036854775808 && ns < 9223372036854775808)) return pytime_time_t_overflow();
    return BigInt(ns);
  }
  const v = indexValue(obj);
  if (v === null) return null;
  const ns = BigInt(v) * 1000000000n;
  if (ns < TIME_T_MIN || ns > TIME_T_MAX) return pytime_overflow();
  return ns;
}

/** @cpython _PyTime_AsSecondsDouble */
export function _PyTime_AsSecondsDouble(ns: bigint): number {
  if (ns % 1000000000n === 0n) return Number(ns / 1000000000n);
  return Number(ns) / 1e9;
}
