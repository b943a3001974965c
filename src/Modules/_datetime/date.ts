/**
 * @mirrors Modules/_datetimemodule.c
 * datetime.date and datetime.IsoCalendarDate (the named tuple isocalendar() returns), with the
 * ISO 8601 date parser that fromisoformat shares with datetime.
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O, METH_CLASS, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef, type PyGetSetDef } from "../../Include/object.ts";
import { PyErr_SetString, PyErr_ExceptionMatches } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../../Objects/exceptions.ts";
import { PyObject_Repr, PyObject_Str, PyObject_GenericGetAttr } from "../../Objects/object.ts";
import { PyLong_FromNumber } from "../../Objects/longobject.ts";
import { PyFloat_Check, type PyFloatObject } from "../../Objects/floatobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyBytes_Check, PyBytes_FromArray, type PyBytesObject } from "../../Objects/bytesobject.ts";
import { PyTupleObject, PyTuple_Type, PyTuple_FromArray, _PyTuple_FromArraySteal } from "../../Objects/tupleobject.ts";
import { PyObject_CallMethod } from "../../Objects/call.ts";
import { _Py_HashBytesHiLo, hashResult } from "../../Python/pyhash.ts";
import { _PyArg_ParseTupleAndKeywordsSlots, _PyArg_UnpackKeywordsClinic } from "../../Python/getargs.ts";
import { indexValue, type time_t } from "../../Python/pytime.ts";
import { tm, _PyTime_localtime } from "../timemodule.ts";
import { iso_to_ymd, iso_week1_monday, normalize_y_m_d, ord_to_ymd, weekday, ymd_to_ord } from "./calendar.ts";
import { MAXYEAR, MINYEAR, PyDateTime_Check, PyDateTime_Date, PyDateTime_Delta, PyDate_Check, PyDelta_Check, argLabel, build_struct_time, checkArgCount, cmp, convertInts, converterr, diff_to_bool, divmod, format_ctime, getargs_i, hasLoneSurrogate, new_date_ex, new_date_subclass_ex, new_delta, notImplemented, pad, time_time, wrap_strftime } from "./common.ts";

// =================================================================================================
// date
// =================================================================================================

export const date_kws = ["year", "month", "day"];

/** The 4-byte pickle state of a date. */
export function date_data(self: PyDateTime_Date): Uint8Array {
  return Uint8Array.of(self.year >> 8, self.year & 0xff, self.month, self.day);
}

/** @cpython date_from_pickle */
export function date_from_pickle(type: PyTypeObject, state: Uint8Array): PyObject {
  return new PyDateTime_Date(type, state[0] * 256 + state[1], state[2], state[3]);
}

/** Latin-1 bytes of a str whose code points are all below 256, else null. */
export function latin1(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) return null;
    out[i] = c;
  }
  return out;
}

/** A pickled state argument: bytes, or a str (from a Python 2 pickle) read as Latin-1. */
export function pickle_state(state: PyObject, size: number, check: (first: Uint8Array | string) => boolean,
  what: string): Uint8Array | null | undefined {
  if (PyBytes_Check(state)) {
    const b = (state as PyBytesObject).ob_sval;
    if (b.length === size && check(b)) return b;
    return undefined;
  }
  if (PyUnicode_Check(state)) {
    const s = (state as PyUnicodeObject).str;
    if ([...s].length === size && check(s)) {
      const b = latin1(s);
      if (b === null) {
        PyErr_SetString(PyExc_ValueError,
          `Failed to encode latin1 string when unpickling a ${what} object. pickle.load(data, encoding='latin1') is assumed.`);
        return null;
      }
      return b;
    }
  }
  return undefined;
}

export const byteAt = (x: Uint8Array | string, i: number): number => (typeof x === "string" ? x.codePointAt(i) ?? 0 : x[i]);
export const MONTH_IS_SANE = (m: number): boolean => m >= 1 && m <= 12;

/** @cpython date_new */
export function date_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (nargs === 1) {
    const st = pickle_state(args[0], 4, (x) => MONTH_IS_SANE(byteAt(x, 2)), "date");
    if (st === null) return null;
    if (st !== undefined) return date_from_pickle(type, st);
  }
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "", date_kws, 3, 3);
  if (slots === null) return null;
  const v = [0, 0, 0];
  if (!convertInts(slots, v, 0, 3)) return null;
  return new_date_ex(v[0], v[1], v[2], type);
}

/** @cpython date_fromtimestamp */
export function date_fromtimestamp(cls: PyObject, obj: PyObject): PyObject | null {
  const t = _PyTime_ObjectToTime_t_floor(obj);
  if (t === null) return null;
  const p = new tm();
  if (_PyTime_localtime(t, p) !== 0) return null;
  return new_date_subclass_ex(p.tm_year + 1900, p.tm_mon + 1, p.tm_mday, cls);
}

/** _PyTime_ObjectToTime_t(obj, _PyTime_ROUND_FLOOR) */
export function _PyTime_ObjectToTime_t_floor(obj: PyObject): time_t | null {
  const r = _PyTime_ObjectToTimeval(obj, "floor");
  return r === null ? null : r[0];
}

export const TIME_T_MAX = 9223372036854775807n;
export const TIME_T_MIN = -9223372036854775808n;

export function time_t_overflow(): null {
  return PyErr_SetString(PyExc_OverflowError, "timestamp out of range for platform time_t");
}

/** Round half to even. */
export function round_half_even(x: number): number {
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return r;
}

/**
 * @cpython _PyTime_ObjectToTimeval: [seconds, microseconds] of an int or float timestamp,
 * rounding the float's microseconds half to even (or, for "floor", dropping the fraction:
 * the seconds alone, as _PyTime_ObjectToTime_t does).
 */
export function _PyTime_ObjectToTimeval(obj: PyObject, round: "half_even" | "floor"): [time_t, number] | null {
  if (PyFloat_Check(obj)) {
    const d = (obj as PyFloatObject).ob_fval;
    if (Number.isNaN(d)) return PyErr_SetString(PyExc_ValueError, "Invalid value NaN (not a number)");
    let intpart: number, us: number;
    if (round === "floor") {
      intpart = Math.floor(d);
      us = 0;
    } else {
      intpart = Math.trunc(d);
      let floatpart = (d - intpart) * 1e6;
      floatpart = round_half_even(floatpart);
      if (floatpart >= 1e6) {
        floatpart -= 1e6;
        intpart += 1;
      } else if (floatpart < 0) {
        floatpart += 1e6;
        intpart -= 1;
      }
      us = floatpart;
    }
    if (!(intpart >= -9223372036854775808 && intpart < 9223372036854775808)) return time_t_overflow();
    return [Number.isSafeInteger(intpart) ? intpart : BigInt(intpart), us];
  }
  const v = indexValue(obj);
  if (v === null) return null;
  if (typeof v === "bigint" && (v < TIME_T_MIN || v > TIME_T_MAX)) return time_t_overflow();
  return [v, 0];
}

/** @cpython date_today: cls.fromtimestamp(time.time()) */
export function date_today(cls: PyObject): PyObject | null {
  const time = time_time();
  if (time === null) return null;
  const r = PyObject_CallMethod(cls, "fromtimestamp", [time]);
  Py_DECREF(time);
  return r;
}

/** @cpython date_fromordinal */
export function date_fromordinal(cls: PyObject, args: PyObject[]): PyObject | null {
  if (!checkArgCount("fromordinal", args.length, 1, 1)) return null;
  const ordinal = getargs_i(args[0]);
  if (ordinal === null) return null;
  if (ordinal < 1) return PyErr_SetString(PyExc_ValueError, "ordinal must be >= 1");
  const [y, m, d] = ord_to_ymd(ordinal);
  return new_date_subclass_ex(y, m, d, cls);
}

/** The UTF-8 bytes of a str (NUL-terminated, as C sees them), or null if it has a lone surrogate. */
export function utf8z(s: string): Uint8Array | null {
  if (hasLoneSurrogate(s)) return null;
  const b = new TextEncoder().encode(s);
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}

export function invalid_isoformat(dtstr: PyObject): null {
  const r = PyObject_Repr(dtstr);
  if (r === null) return null;
  PyErr_SetString(PyExc_ValueError, `Invalid isoformat string: ${(r as PyUnicodeObject).str}`);
  Py_DECREF(r);
  return null;
}

export const is_digit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** @cpython parse_digits: [value, new position] or null. */
export function parse_digits(b: Uint8Array, p: number, num_digits: number): [number, number] | null {
  let v = 0;
  for (let i = 0; i < num_digits; i++) {
    const c = b[p++] - 0x30;
    if (c < 0 || c > 9) return null;
    v = v * 10 + c;
  }
  return [v, p];
}

/** @cpython parse_isoformat_date: [rc, y, m, d]; rc 0 is success, negative a failure. */
export function parse_isoformat_date(b: Uint8Array, start: number, len: number): [number, number, number, number] {
  let p = start;
  let r = parse_digits(b, p, 4);
  if (r === null) return [-1, 0, 0, 0];
  const year = r[0];
  p = r[1];
  const uses_separator = b[p] === 0x2d;
  if (uses_separator) ++p;
  if (b[p] === 0x57) { // 'W'
    p++;
    r = parse_digits(b, p, 2);
    if (r === null) return [-3, 0, 0, 0];
    const iso_week = r[0];
    p = r[1];
    let iso_day = 0;
    if (p - start < len) {
      if (uses_separator && b[p++] !== 0x2d) return [-2, 0, 0, 0];
      r = parse_digits(b, p, 1);
      if (r === null) return [-4, 0, 0, 0];
      iso_day = r[0];
      p = r[1];
    } else {
      iso_day = 1;
    }
    const ymd = iso_to_ymd(year, iso_week, iso_day);
    if (typeof ymd === "number") return [-3 + ymd, 0, 0, 0];
    return [0, ymd[0], ymd[1], ymd[2]];
  }
  r = parse_digits(b, p, 2);
  if (r === null) return [-1, 0, 0, 0];
  const month = r[0];
  p = r[1];
  if (uses_separator && b[p++] !== 0x2d) return [-2, 0, 0, 0];
  r = parse_digits(b, p, 2);
  if (r === null) return [-1, 0, 0, 0];
  return [0, year, month, r[0]];
}

/**
 * @cpython parse_hh_mm_ss_ff: fills out[0..3] with hour, minute, second, microsecond;
 * returns 0 at the end of the string, 1 if more follows, negative on failure.
 */
export function parse_hh_mm_ss_ff(b: Uint8Array, p: number, p_end: number, out: number[]): number {
  out[0] = out[1] = out[2] = out[3] = 0;
  let has_separator = true;
  for (let i = 0; i < 3; i++) {
    const r = parse_digits(b, p, 2);
    if (r === null) return -3;
    out[i] = r[0];
    p = r[1];
    const c = b[p++];
    if (i === 0) has_separator = c === 0x3a;
    if (p >= p_end) return c !== 0 ? 1 : 0;
    else if (has_separator && c === 0x3a) continue;
    else if (c === 0x2e || c === 0x2c) break;
    else if (!has_separator) --p;
    else return -4;
  }
  const len_remains = p_end - p;
  const to_parse = len_remains >= 6 ? 6 : len_remains;
  const r = parse_digits(b, p, to_parse);
  if (r === null) return -3;
  out[3] = r[0];
  p = r[1];
  const correction = [100000, 10000, 1000, 100, 10];
  if (to_parse < 6) out[3] *= correction[to_parse - 1];
  while (is_digit(b[p])) ++p;
  return b[p] !== 0 ? 1 : 0;
}

/**
 * @cpython parse_isoformat_time: out = [h, m, s, us, tzoffset, tzus]; returns 0 (no
 * offset), 1 (with offset) or negative on failure.
 */
export function parse_isoformat_time(b: Uint8Array, start: number, dtlen: number, out: number[]): number {
  const p_end = start + dtlen;
  let tzinfo_pos = start;
  do {
    const c = b[tzinfo_pos];
    if (c === 0x5a || c === 0x2b || c === 0x2d) break;
  } while (++tzinfo_pos < p_end);
  const hms = [0, 0, 0, 0];
  let rv = parse_hh_mm_ss_ff(b, start, tzinfo_pos, hms);
  out[0] = hms[0]; out[1] = hms[1]; out[2] = hms[2]; out[3] = hms[3];
  if (rv < 0) return rv;
  if (tzinfo_pos === p_end) return rv === 1 ? -5 : 0;
  if (b[tzinfo_pos] === 0x5a) {
    out[4] = 0;
    out[5] = 0;
    return b[tzinfo_pos + 1] !== 0 ? -5 : 1;
  }
  const tzsign = b[tzinfo_pos] === 0x2d ? -1 : 1;
  tzinfo_pos++;
  const tz = [0, 0, 0, 0];
  rv = parse_hh_mm_ss_ff(b, tzinfo_pos, p_end, tz);
  out[4] = tzsign * (tz[0] * 3600 + tz[1] * 60 + tz[2]);
  out[5] = tz[3] * tzsign;
  return rv ? -5 : 1;
}

/** @cpython date_fromisoformat */
export function date_fromisoformat(cls: PyObject, dtstr: PyObject): PyObject | null {
  if (!PyUnicode_Check(dtstr)) return PyErr_SetString(PyExc_TypeError, "fromisoformat: argument must be str");
  const b = utf8z((dtstr as PyUnicodeObject).str);
  if (b === null) return invalid_isoformat(dtstr);
  const len = b.length - 1;
  let rv = -1, y = 0, m = 0, d = 0;
  if (len === 7 || len === 8 || len === 10) [rv, y, m, d] = parse_isoformat_date(b, 0, len);
  if (rv < 0) return invalid_isoformat(dtstr);
  return new_date_subclass_ex(y, m, d, cls);
}

/** @cpython date_fromisocalendar */
export function date_fromisocalendar(cls: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "fromisocalendar", ["year", "week", "day"], 3, 3);
  if (slots === null) return null;
  const v = [0, 0, 0];
  if (!convertInts(slots, v, 0, 3)) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) PyErr_SetString(PyExc_ValueError, "ISO calendar component out of range");
    return null;
  }
  const [year, week, day] = v;
  if (year < MINYEAR || year > MAXYEAR) return PyErr_SetString(PyExc_ValueError, `Year is out of range: ${year}`);
  const r = iso_to_ymd(year, week, day);
  if (r === -2) return PyErr_SetString(PyExc_ValueError, `Invalid week: ${week}`);
  if (r === -3) return PyErr_SetString(PyExc_ValueError, `Invalid day: ${day} (range is [1, 7])`);
  const ymd = r as [number, number, number];
  return new_date_subclass_ex(ymd[0], ymd[1], ymd[2], cls);
}

/** @cpython add_date_timedelta */
export function add_date_timedelta(date: PyDateTime_Date, delta: PyDateTime_Delta, negate: boolean): PyObject | null {
  const ymd = normalize_y_m_d(date.year, date.month, date.day + (negate ? -delta.days : delta.days));
  if (ymd === null) return null;
  return new_date_subclass_ex(ymd[0], ymd[1], ymd[2], date.ob_type);
}

/** @cpython date_add */
export function date_add(left: PyObject, right: PyObject): PyObject | null {
  if (PyDateTime_Check(left) || PyDateTime_Check(right)) return notImplemented();
  if (PyDate_Check(left)) {
    if (PyDelta_Check(right)) return add_date_timedelta(left, right, false);
  } else if (PyDelta_Check(left)) {
    return add_date_timedelta(right as PyDateTime_Date, left, false);
  }
  return notImplemented();
}

/** @cpython date_subtract */
export function date_subtract(left: PyObject, right: PyObject): PyObject | null {
  if (PyDateTime_Check(left) || PyDateTime_Check(right)) return notImplemented();
  if (PyDate_Check(left)) {
    if (PyDate_Check(right)) {
      return new_delta(ymd_to_ord(left.year, left.month, left.day) - ymd_to_ord(right.year, right.month, right.day), 0, 0, false);
    }
    if (PyDelta_Check(right)) return add_date_timedelta(left, right, true);
  }
  return notImplemented();
}

/** @cpython date_repr */
export function date_repr(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Date;
  return PyUnicode_FromString(`${self.ob_type.tp_name}(${self.year}, ${self.month}, ${self.day})`);
}

/** @cpython date_isoformat */
export function date_isoformat(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Date;
  return PyUnicode_FromString(`${pad(self.year, 4)}-${pad(self.month, 2)}-${pad(self.day, 2)}`);
}

/** @cpython date_str: self.isoformat() */
export function date_str(self: PyObject): PyObject | null {
  return PyObject_CallMethod(self, "isoformat", []);
}

/** @cpython date_ctime */
export function date_ctime(self: PyObject): PyObject | null {
  return format_ctime(self as PyDateTime_Date, 0, 0, 0);
}

/** The "U" format of strftime(format): a str, by position or keyword. */
export function strftime_format(args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "strftime", ["format"], 1, 1);
  if (slots === null) return null;
  const format = slots[0]!;
  if (!PyUnicode_Check(format)) return converterr("strftime", argLabel(args, kwnames, 0, ["format"]), "str", format);
  return format;
}

/** @cpython date_strftime */
export function date_strftime(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const format = strftime_format(args, kwnames);
  if (format === null) return null;
  const tuple = PyObject_CallMethod(self, "timetuple", []);
  if (tuple === null) return null;
  const result = wrap_strftime(self, format, tuple, self);
  Py_DECREF(tuple);
  return result;
}

/** @cpython date_format: __format__(fmt) */
export function date_format(self: PyObject, args: PyObject[]): PyObject | null {
  if (!checkArgCount("__format__", args.length, 1, 1)) return null;
  const format = args[0];
  if (!PyUnicode_Check(format)) return converterr("__format__", "1", "str", format);
  if ((format as PyUnicodeObject).str.length === 0) return PyObject_Str(self);
  return PyObject_CallMethod(self, "strftime", [format]);
}

/** @cpython date_isoweekday */
export function date_isoweekday(op: PyObject): PyObject {
  const self = op as PyDateTime_Date;
  return PyLong_FromNumber(weekday(self.year, self.month, self.day) + 1);
}

// -- IsoCalendarDate ------------------------------------------------------------------------------

/** @cpython iso_calendar_date_repr */
export function iso_calendar_date_repr(op: PyObject): PyObject | null {
  const items = (op as PyTupleObject).ob_item;
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const s = PyObject_Str(items[i]);
    if (s === null) return null;
    parts.push((s as PyUnicodeObject).str);
    Py_DECREF(s);
  }
  return PyUnicode_FromString(`${op.ob_type.tp_name}(year=${parts[0]}, week=${parts[1]}, weekday=${parts[2]})`);
}

/** @cpython iso_calendar_date_reduce: (tuple, ((year, week, weekday),)) */
export function iso_calendar_date_reduce(op: PyObject): PyObject | null {
  const items = (op as PyTupleObject).ob_item;
  Py_INCREF(PyTuple_Type);
  const inner = PyTuple_FromArray(items.slice(0, 3));
  return _PyTuple_FromArraySteal([PyTuple_Type, _PyTuple_FromArraySteal([inner])]);
}

export function iso_item(i: number): (o: PyObject) => PyObject | null {
  return (o: PyObject) => {
    const v = (o as PyTupleObject).ob_item[i];
    Py_INCREF(v);
    return v;
  };
}

/** @cpython iso_calendar_date_new_impl */
export function iso_calendar_date_new_impl(type: PyTypeObject, year: number, week: number, wd: number): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyTupleObject(type, [PyLong_FromNumber(year), PyLong_FromNumber(week), PyLong_FromNumber(wd)]);
}

/** @cpython iso_calendar_date_new: IsoCalendarDate(year, week, weekday) */
export function iso_calendar_date_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_UnpackKeywordsClinic(args, kwnames, "IsoCalendarDate", 0, ["year", "week", "weekday"], 3, 3, 0);
  if (slots === null) return null;
  const v = [0, 0, 0];
  if (!convertInts(slots, v, 0, 3)) return null;
  return iso_calendar_date_new_impl(type, v[0], v[1], v[2]);
}

export const PyDateTime_IsoCalendarDateType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.IsoCalendarDate", tp_basicsize: 24, tp_itemsize: 8,
  tp_doc: "The result of date.isocalendar() or datetime.isocalendar()\n\nThis object may be accessed either as a tuple of\n" +
    "  ((year, week, weekday)\nor via the object attributes as named in the above tuple.",
  tp_repr: iso_calendar_date_repr, tp_new: iso_calendar_date_new,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: iso_calendar_date_reduce, ml_flags: METH_NOARGS, ml_doc: "__reduce__() -> (cls, state)" }],
  tp_getset: [
    { name: "year", get: iso_item(0) },
    { name: "week", get: iso_item(1) },
    { name: "weekday", get: iso_item(2) },
  ],
});

/** @cpython date_isocalendar */
export function date_isocalendar(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Date;
  let year = self.year;
  let week1_monday = iso_week1_monday(year);
  const today = ymd_to_ord(year, self.month, self.day);
  let [week, day] = divmod(today - week1_monday, 7);
  if (week < 0) {
    --year;
    week1_monday = iso_week1_monday(year);
    [week, day] = divmod(today - week1_monday, 7);
  } else if (week >= 52 && today >= iso_week1_monday(year + 1)) {
    ++year;
    week = 0;
  }
  return iso_calendar_date_new_impl(PyDateTime_IsoCalendarDateType, year, week + 1, day + 1);
}

/** Compare year, month, day (the memcmp of the date bytes). */
export function date_cmp(a: PyDateTime_Date, b: PyDateTime_Date): number {
  return cmp(a.year, b.year) || cmp(a.month, b.month) || cmp(a.day, b.day);
}

/** @cpython date_richcompare */
export function date_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (PyDate_Check(other)) return diff_to_bool(date_cmp(self as PyDateTime_Date, other), op);
  return notImplemented();
}

/** @cpython date_timetuple */
export function date_timetuple(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Date;
  return build_struct_time(self.year, self.month, self.day, 0, 0, 0, -1);
}

/** @cpython date_replace */
export function date_replace(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_Date;
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "replace", date_kws, 0, 3);
  if (slots === null) return null;
  const v = [self.year, self.month, self.day];
  if (!convertInts(slots, v, 0, 3)) return null;
  const tuple = v.map((x) => PyLong_FromNumber(x));
  const clone = date_new(self.ob_type, tuple, null);
  for (const t of tuple) Py_DECREF(t);
  return clone;
}

/** Cache the hash of the state bytes (generic_hash) on a date, time or datetime. */
export function bytes_hash(self: { hashed: boolean; hash_lo: number; hash_hi: number }, data: Uint8Array): number {
  _Py_HashBytesHiLo(data);
  self.hash_lo = hashResult.lo;
  self.hash_hi = hashResult.hi;
  self.hashed = true;
  Py_hash.hi = self.hash_hi;
  return self.hash_lo;
}

/** @cpython date_hash */
export function date_hash(op: PyObject): number {
  const self = op as PyDateTime_Date;
  if (self.hashed) {
    Py_hash.hi = self.hash_hi;
    return self.hash_lo;
  }
  return bytes_hash(self, date_data(self));
}

/** @cpython date_toordinal */
export function date_toordinal(op: PyObject): PyObject {
  const self = op as PyDateTime_Date;
  return PyLong_FromNumber(ymd_to_ord(self.year, self.month, self.day));
}

/** @cpython date_weekday */
export function date_weekday(op: PyObject): PyObject {
  const self = op as PyDateTime_Date;
  return PyLong_FromNumber(weekday(self.year, self.month, self.day));
}

/** @cpython date_reduce: (type, (state bytes,)) */
export function date_reduce(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Date;
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, _PyTuple_FromArraySteal([PyBytes_FromArray(date_data(self))])]);
}

/** @cpython datetime_date_fromtimestamp: date.fromtimestamp(timestamp, /) */
export function datetime_date_fromtimestamp(cls: PyObject, timestamp: PyObject): PyObject | null {
  return date_fromtimestamp(cls, timestamp);
}

export const date_getset: PyGetSetDef[] = [
  { name: "year", get: (o) => PyLong_FromNumber((o as PyDateTime_Date).year) },
  { name: "month", get: (o) => PyLong_FromNumber((o as PyDateTime_Date).month) },
  { name: "day", get: (o) => PyLong_FromNumber((o as PyDateTime_Date).day) },
];

export const date_methods: PyMethodDef[] = [
  { ml_name: "fromtimestamp", ml_meth: datetime_date_fromtimestamp, ml_flags: METH_O | METH_CLASS,
    ml_doc: "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time." },
  { ml_name: "fromordinal", ml_meth: date_fromordinal, ml_flags: METH_FASTCALL | METH_CLASS,
    ml_doc: "int -> date corresponding to a proleptic Gregorian ordinal." },
  { ml_name: "fromisoformat", ml_meth: date_fromisoformat, ml_flags: METH_O | METH_CLASS,
    ml_doc: "str -> Construct a date from a string in ISO 8601 format." },
  { ml_name: "fromisocalendar", ml_meth: date_fromisocalendar, ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function" },
  { ml_name: "today", ml_meth: date_today, ml_flags: METH_NOARGS | METH_CLASS,
    ml_doc: "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())." },
  { ml_name: "ctime", ml_meth: date_ctime, ml_flags: METH_NOARGS, ml_doc: "Return ctime() style string." },
  { ml_name: "strftime", ml_meth: date_strftime, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "format -> strftime() style string." },
  { ml_name: "__format__", ml_meth: date_format, ml_flags: METH_FASTCALL, ml_doc: "Formats self with strftime." },
  { ml_name: "timetuple", ml_meth: date_timetuple, ml_flags: METH_NOARGS, ml_doc: "Return time tuple, compatible with time.localtime()." },
  { ml_name: "isocalendar", ml_meth: date_isocalendar, ml_flags: METH_NOARGS,
    ml_doc: "Return a named tuple containing ISO year, week number, and weekday." },
  { ml_name: "isoformat", ml_meth: date_isoformat, ml_flags: METH_NOARGS, ml_doc: "Return string in ISO 8601 format, YYYY-MM-DD." },
  { ml_name: "isoweekday", ml_meth: date_isoweekday, ml_flags: METH_NOARGS,
    ml_doc: "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7" },
  { ml_name: "toordinal", ml_meth: date_toordinal, ml_flags: METH_NOARGS,
    ml_doc: "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1." },
  { ml_name: "weekday", ml_meth: date_weekday, ml_flags: METH_NOARGS,
    ml_doc: "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6" },
  { ml_name: "replace", ml_meth: date_replace, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Return date with new specified fields." },
  { ml_name: "__reduce__", ml_meth: date_reduce, ml_flags: METH_NOARGS, ml_doc: "__reduce__() -> (cls, state)" },
];

export const PyDateTime_DateType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.date", tp_basicsize: 32, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "date(year, month, day) --> date object",
  tp_repr: date_repr, tp_str: date_str, tp_hash: date_hash, tp_getattro: PyObject_GenericGetAttr,
  tp_richcompare: date_richcompare, tp_methods: date_methods, tp_getset: date_getset, tp_new: date_new,
  nb_add: date_add, nb_subtract: date_subtract,
});
