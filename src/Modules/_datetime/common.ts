/**
 * @mirrors Modules/_datetimemodule.c
 * The objects of the _datetime module (timedelta, date, datetime, time, tzinfo and timezone
 * instances), the shared constants, and the helpers every type uses: argument conversion,
 * constructors with range checks, the calls into tzinfo methods, and the strftime wrapper.
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_TPFLAGS_HEAPTYPE, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT } from "../../Include/object.ts";
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError } from "../../Objects/exceptions.ts";
import { Py_None, Py_NewNone, Py_NotImplemented, PyObject_Repr } from "../../Objects/object.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { PyLong_FromNumber } from "../../Objects/longobject.ts";
import { PyFloat_Check } from "../../Objects/floatobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_AsUTF8String, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyTupleObject, _PyTuple_FromArraySteal } from "../../Objects/tupleobject.ts";
import { PyObject_Vectorcall, PyObject_CallMethod } from "../../Objects/call.ts";
import { PyImport_ImportModule } from "../../Python/import.ts";
import { _PyThreadState_GET } from "../../Python/pystate.ts";
import { indexValue } from "../../Python/pytime.ts";
import { check_date_args, check_delta_day_range, check_time_args, days_before_month, weekday } from "./calendar.ts";
import { PyDateTime_DateType } from "./date.ts";
import { PyDateTime_DateTimeType } from "./datetime.ts";
import { PyDateTime_DeltaType, delta_bool, delta_negative } from "./delta.ts";
import { PyDateTime_TimeZoneType } from "./tzinfo.ts";

export const MINYEAR = 1;
export const MAXYEAR = 9999;
/** date(MAXYEAR, 12, 31).toordinal() */
export const MAXORDINAL = 3652059;
export const MAX_DELTA_DAYS = 999999999;
export const INT_MAX = 2147483647;
export const INT_MIN = -2147483648;

// -- the objects ------------------------------------------------------------------------------

/** @cpython PyDateTime_Delta */
export class PyDateTime_Delta extends PyObject {
  days: number;
  seconds: number;
  microseconds: number;
  hashed: boolean;
  hash_lo: number;
  hash_hi: number;
  constructor(type: PyTypeObject, days: number, seconds: number, microseconds: number) {
    super(type);
    if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
    this.days = days;
    this.seconds = seconds;
    this.microseconds = microseconds;
    this.hashed = false;
    this.hash_lo = 0;
    this.hash_hi = 0;
  }
}

/** @cpython PyDateTime_Date */
export class PyDateTime_Date extends PyObject {
  year: number;
  month: number;
  day: number;
  hashed: boolean;
  hash_lo: number;
  hash_hi: number;
  constructor(type: PyTypeObject, year: number, month: number, day: number) {
    super(type);
    if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
    this.year = year;
    this.month = month;
    this.day = day;
    this.hashed = false;
    this.hash_lo = 0;
    this.hash_hi = 0;
  }
}

/**
 * @cpython PyDateTime_DateTime. A JS subclass of the date object, as datetime is a subclass
 * of date; `tzinfo` is None for a naive value (CPython's hastzinfo == 0).
 */
export class PyDateTime_DateTime extends PyDateTime_Date {
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  tzinfo: PyObject;
  fold: number;
  constructor(type: PyTypeObject, year: number, month: number, day: number, hour: number, minute: number,
    second: number, microsecond: number, tzinfo: PyObject, fold: number) {
    super(type, year, month, day);
    this.hour = hour;
    this.minute = minute;
    this.second = second;
    this.microsecond = microsecond;
    this.tzinfo = tzinfo;
    this.fold = fold;
  }
}

/** @cpython PyDateTime_Time */
export class PyDateTime_Time extends PyObject {
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  tzinfo: PyObject;
  fold: number;
  hashed: boolean;
  hash_lo: number;
  hash_hi: number;
  constructor(type: PyTypeObject, hour: number, minute: number, second: number, microsecond: number,
    tzinfo: PyObject, fold: number) {
    super(type);
    if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
    this.hour = hour;
    this.minute = minute;
    this.second = second;
    this.microsecond = microsecond;
    this.tzinfo = tzinfo;
    this.fold = fold;
    this.hashed = false;
    this.hash_lo = 0;
    this.hash_hi = 0;
  }
}

/** @cpython PyDateTime_TZInfo: no fields of its own. */
export class PyDateTime_TZInfo extends PyObject {
  constructor(type: PyTypeObject) {
    super(type);
    // An instance of a class holds a reference to it (PyType_GenericAlloc).
    if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  }
}

/** @cpython PyDateTime_TimeZone: a fixed offset and an optional name (null when absent). */
export class PyDateTime_TimeZone extends PyDateTime_TZInfo {
  offset: PyDateTime_Delta;
  name: PyObject | null;
  constructor(type: PyTypeObject, offset: PyDateTime_Delta, name: PyObject | null) {
    super(type);
    this.offset = offset;
    this.name = name;
  }
}

export const PyDelta_Check = (o: PyObject): o is PyDateTime_Delta => o instanceof PyDateTime_Delta;
export const PyDate_Check = (o: PyObject): o is PyDateTime_Date => o instanceof PyDateTime_Date;
export const PyDateTime_Check = (o: PyObject): o is PyDateTime_DateTime => o instanceof PyDateTime_DateTime;
export const PyTime_Check = (o: PyObject): o is PyDateTime_Time => o instanceof PyDateTime_Time;
export const PyTZInfo_Check = (o: PyObject): boolean => o instanceof PyDateTime_TZInfo;
export const PyTimezone_Check = (o: PyObject): o is PyDateTime_TimeZone => o instanceof PyDateTime_TimeZone;

// -- small helpers ----------------------------------------------------------------------------

/** @cpython divmod: floor quotient and non-negative remainder (y > 0). */
export function divmod(x: number, y: number): [number, number] {
  const q = Math.floor(x / y);
  return [q, x - q * y];
}

export const pad = (v: number, n: number): string => {
  if (v < 0) return "-" + String(-v).padStart(n - 1, "0");
  return String(v).padStart(n, "0");
};

export function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** @cpython diff_to_bool (Py_RETURN_RICHCOMPARE against 0) */
export function diff_to_bool(diff: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case Py_EQ: r = diff === 0; break;
    case Py_NE: r = diff !== 0; break;
    case Py_LT: r = diff < 0; break;
    case Py_LE: r = diff <= 0; break;
    case Py_GT: r = diff > 0; break;
    default: r = diff >= 0; break;
  }
  return PyBool_FromLong(r);
}

export function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @cpython cmperror */
export function cmperror(a: PyObject, b: PyObject): null {
  return PyErr_SetString(PyExc_TypeError, `can't compare ${a.ob_type.tp_name} to ${b.ob_type.tp_name}`);
}

export const typeName = (o: PyObject): string => (o === Py_None ? "None" : o.ob_type.tp_name);

/** The "i" converter of PyArg_Parse*: a C int, or null with the error set. */
export function getargs_i(o: PyObject): number | null {
  if (PyFloat_Check(o)) return PyErr_SetString(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
  const v = indexValue(o);
  if (v === null) return null;
  if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  if (v > INT_MAX) return PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
  if (v < INT_MIN) return PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
  return Number(v);
}

/** The label converterr uses for slot i: vgetargskeywords numbers keyword arguments too. */
export function argLabel(_args: PyObject[], _kwnames: PyTupleObject | null, i: number, _names: readonly string[]): string {
  return `${i + 1}`;
}

/** A type error from a converter: "f() argument N must be WHAT, not TYPE". */
export function converterr(fname: string, label: string, what: string, got: PyObject): null {
  return PyErr_SetString(PyExc_TypeError, `${fname}() argument ${label} must be ${what}, not ${typeName(got)}`);
}

/** PyArg_ParseTuple's count check: "f() takes exactly/at least/at most N argument(s) (M given)". */
export function checkArgCount(fname: string, n: number, min: number, max: number): boolean {
  if (n >= min && n <= max) return true;
  const k = n < min ? min : max;
  PyErr_SetString(PyExc_TypeError,
    `${fname}() takes ${min === max ? "exactly" : n < min ? "at least" : "at most"} ${k} argument${k === 1 ? "" : "s"} (${n} given)`);
  return false;
}

export function noKeywords(fname: string, kwnames: PyTupleObject | null): boolean {
  if (kwnames === null || kwnames.ob_item.length === 0) return true;
  PyErr_SetString(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  return false;
}

/** Convert the slots listed as ints ("i"); returns false with the error set. */
export function convertInts(slots: (PyObject | null)[], out: number[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const o = slots[i];
    if (o === null) continue;
    const v = getargs_i(o);
    if (v === null) return false;
    out[i] = v;
  }
  return true;
}

/** The `s` converter: a str without NUL characters. */
export function getargs_s(fname: string, label: string, o: PyObject): string | null {
  if (!PyUnicode_Check(o)) return converterr(fname, label, "str", o);
  const s = (o as PyUnicodeObject).str;
  if (s.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return s;
}

export function hostTimeNs(): bigint {
  return _PyThreadState_GET().interp.host.os.time_ns();
}

// -- creating objects -----------------------------------------------------------------------------

/** @cpython new_date_ex */
export function new_date_ex(year: number, month: number, day: number, type: PyTypeObject): PyObject | null {
  if (check_date_args(year, month, day) < 0) return null;
  return new PyDateTime_Date(type, year, month, day);
}

/** @cpython new_date_subclass_ex: fast paths for date and datetime, else call the class. */
export function new_date_subclass_ex(year: number, month: number, day: number, cls: PyObject): PyObject | null {
  if (cls === PyDateTime_DateType) return new_date_ex(year, month, day, cls as PyTypeObject);
  if (cls === PyDateTime_DateTimeType) {
    return new_datetime_ex2(year, month, day, 0, 0, 0, 0, Py_None, 0, cls as PyTypeObject);
  }
  return callInts(cls, [year, month, day], null);
}

/** PyObject_CallFunction(cls, "iii...O"): ints then an optional object. */
export function callInts(cls: PyObject, ints: number[], extra: PyObject | null): PyObject | null {
  const args: PyObject[] = ints.map((v) => PyLong_FromNumber(v));
  if (extra !== null) {
    Py_INCREF(extra);
    args.push(extra);
  }
  const r = PyObject_Vectorcall(cls, args, null);
  for (const a of args) Py_DECREF(a);
  return r;
}

/** @cpython check_tzinfo_subclass */
export function check_tzinfo_subclass(p: PyObject): number {
  if (p === Py_None || PyTZInfo_Check(p)) return 0;
  PyErr_SetString(PyExc_TypeError, `tzinfo argument must be None or of a tzinfo subclass, not type '${p.ob_type.tp_name}'`);
  return -1;
}

/** @cpython new_datetime_ex2 */
export function new_datetime_ex2(year: number, month: number, day: number, hour: number, minute: number, second: number,
  usecond: number, tzinfo: PyObject, fold: number, type: PyTypeObject): PyObject | null {
  if (check_date_args(year, month, day) < 0) return null;
  if (check_time_args(hour, minute, second, usecond, fold) < 0) return null;
  if (check_tzinfo_subclass(tzinfo) < 0) return null;
  Py_INCREF(tzinfo);
  return new PyDateTime_DateTime(type, year, month, day, hour, minute, second, usecond, tzinfo, fold);
}

/** @cpython new_datetime_subclass_fold_ex */
export function new_datetime_subclass_fold_ex(year: number, month: number, day: number, hour: number, minute: number,
  second: number, usecond: number, tzinfo: PyObject, fold: number, cls: PyObject): PyObject | null {
  if (cls === PyDateTime_DateTimeType) {
    return new_datetime_ex2(year, month, day, hour, minute, second, usecond, tzinfo, fold, PyDateTime_DateTimeType);
  }
  return callInts(cls, [year, month, day, hour, minute, second, usecond], tzinfo);
}

/** @cpython new_time_ex2 */
export function new_time_ex2(hour: number, minute: number, second: number, usecond: number, tzinfo: PyObject,
  fold: number, type: PyTypeObject): PyObject | null {
  if (check_time_args(hour, minute, second, usecond, fold) < 0) return null;
  if (check_tzinfo_subclass(tzinfo) < 0) return null;
  Py_INCREF(tzinfo);
  return new PyDateTime_Time(type, hour, minute, second, usecond, tzinfo, fold);
}

/** @cpython new_delta_ex (normalize: bring seconds and microseconds into range first) */
export function new_delta_ex(days: number, seconds: number, microseconds: number, normalize: boolean,
  type: PyTypeObject): PyDateTime_Delta | null {
  if (normalize) {
    if (microseconds < 0 || microseconds >= 1000000) {
      const [q, r] = divmod(microseconds, 1000000);
      seconds += q;
      microseconds = r;
    }
    if (seconds < 0 || seconds >= 86400) {
      const [q, r] = divmod(seconds, 86400);
      days += q;
      seconds = r;
    }
  }
  if (check_delta_day_range(days) < 0) return null;
  return new PyDateTime_Delta(type, days, seconds, microseconds);
}

export function new_delta(days: number, seconds: number, microseconds: number, normalize: boolean): PyDateTime_Delta | null {
  return new_delta_ex(days, seconds, microseconds, normalize, PyDateTime_DeltaType);
}

export let PyDateTime_TimeZone_UTC: PyDateTime_TimeZone = null as unknown as PyDateTime_TimeZone;
export let PyDateTime_Epoch: PyDateTime_DateTime = null as unknown as PyDateTime_DateTime;

/** Set the interned utc timezone and the epoch (module initialisation). */
export function _set_singletons(utc: PyDateTime_TimeZone, ep: PyDateTime_DateTime): void {
  PyDateTime_TimeZone_UTC = utc;
  PyDateTime_Epoch = ep;
}

/** @cpython create_timezone: no range check. */
export function create_timezone(offset: PyDateTime_Delta, name: PyObject | null): PyDateTime_TimeZone {
  Py_INCREF(offset);
  if (name !== null) Py_INCREF(name);
  return new PyDateTime_TimeZone(PyDateTime_TimeZoneType, offset, name);
}

/** Whether a timedelta lies strictly between -24h and +24h. */
export function offset_in_range(o: PyDateTime_Delta): boolean {
  return !((o.days === -1 && o.seconds === 0 && o.microseconds < 1) || o.days < -1 || o.days >= 1);
}

/** @cpython new_timezone: utc for a zero offset with no name. */
export function new_timezone(offset: PyDateTime_Delta, name: PyObject | null): PyObject | null {
  if (name === null && delta_bool(offset) === 0) {
    Py_INCREF(PyDateTime_TimeZone_UTC);
    return PyDateTime_TimeZone_UTC;
  }
  if (!offset_in_range(offset)) {
    const r = PyObject_Repr(offset);
    if (r === null) return null;
    PyErr_SetString(PyExc_ValueError,
      `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${(r as PyUnicodeObject).str}.`);
    Py_DECREF(r);
    return null;
  }
  return create_timezone(offset, name);
}

/** The tzinfo getter of time and datetime. */
export function tzinfoGetter(o: PyObject): PyObject {
  const tz = (o as PyDateTime_Time | PyDateTime_DateTime).tzinfo;
  Py_INCREF(tz);
  return tz;
}

// -- tzinfo helpers -------------------------------------------------------------------------------

/** @cpython get_tzinfo_member: the tzinfo of a datetime or time, else null (borrowed). */
export function get_tzinfo_member(self: PyObject): PyObject | null {
  if (PyDateTime_Check(self) || PyTime_Check(self)) return self.tzinfo;
  return null;
}

/** @cpython call_tzinfo_method: None, a timedelta within a day, or null with an error. */
export function call_tzinfo_method(tzinfo: PyObject, name: string, tzinfoarg: PyObject): PyObject | null {
  if (tzinfo === Py_None) return Py_NewNone();
  const offset = PyObject_CallMethod(tzinfo, name, [tzinfoarg]);
  if (offset === null || offset === Py_None) return offset;
  if (PyDelta_Check(offset)) {
    if (!offset_in_range(offset)) {
      Py_DECREF(offset);
      return PyErr_SetString(PyExc_ValueError,
        "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
    }
  } else {
    PyErr_SetString(PyExc_TypeError, `tzinfo.${name}() must return None or timedelta, not '${offset.ob_type.tp_name}'`);
    Py_DECREF(offset);
    return null;
  }
  return offset;
}

/** @cpython call_utcoffset */
export function call_utcoffset(tzinfo: PyObject, tzinfoarg: PyObject): PyObject | null {
  return call_tzinfo_method(tzinfo, "utcoffset", tzinfoarg);
}

/** @cpython call_dst */
export function call_dst(tzinfo: PyObject, tzinfoarg: PyObject): PyObject | null {
  return call_tzinfo_method(tzinfo, "dst", tzinfoarg);
}

/** @cpython call_tzname */
export function call_tzname(tzinfo: PyObject, tzinfoarg: PyObject): PyObject | null {
  if (tzinfo === Py_None) return Py_NewNone();
  const result = PyObject_CallMethod(tzinfo, "tzname", [tzinfoarg]);
  if (result === null || result === Py_None) return result;
  if (!PyUnicode_Check(result)) {
    PyErr_SetString(PyExc_TypeError, `tzinfo.tzname() must return None or a string, not '${result.ob_type.tp_name}'`);
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython append_keyword_tzinfo */
export function append_keyword_tzinfo(repr: string, tzinfo: PyObject): string | null {
  if (tzinfo === Py_None) return repr;
  const r = PyObject_Repr(tzinfo);
  if (r === null) return null;
  const s = `${repr.slice(0, -1)}, tzinfo=${(r as PyUnicodeObject).str})`;
  Py_DECREF(r);
  return s;
}

/** @cpython append_keyword_fold */
export function append_keyword_fold(repr: string, fold: number): string {
  if (fold === 0) return repr;
  return `${repr.slice(0, -1)}, fold=${fold})`;
}

/** @cpython tzinfo_from_isoformat_results */
export function tzinfo_from_isoformat_results(rv: number, tzoffset: number, tz_useconds: number): PyObject | null {
  if (rv === 1) {
    if (tzoffset === 0) {
      Py_INCREF(PyDateTime_TimeZone_UTC);
      return PyDateTime_TimeZone_UTC;
    }
    const delta = new_delta(0, tzoffset, tz_useconds, true);
    if (delta === null) return null;
    const tz = new_timezone(delta, null);
    Py_DECREF(delta);
    return tz;
  }
  return Py_NewNone();
}

// -- string helpers -------------------------------------------------------------------------------

export const DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
export const MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** @cpython format_ctime */
export function format_ctime(date: PyDateTime_Date, hours: number, minutes: number, seconds: number): PyObject {
  const wday = weekday(date.year, date.month, date.day);
  return PyUnicode_FromString(`${DayNames[wday]} ${MonthNames[date.month - 1]} ${String(date.day).padStart(2, " ")} ` +
    `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)} ${pad(date.year, 4)}`);
}

/**
 * @cpython format_utcoffset: "" when utcoffset() is None, else sign HH sep MM [sep SS
 * [.ffffff]]; null with an error set.
 */
export function format_utcoffset(sep: string, tzinfo: PyObject, tzinfoarg: PyObject): string | null {
  const offset = call_utcoffset(tzinfo, tzinfoarg);
  if (offset === null) return null;
  if (offset === Py_None) {
    Py_DECREF(offset);
    return "";
  }
  let o = offset as PyDateTime_Delta;
  let sign = "+";
  if (o.days < 0) {
    sign = "-";
    const neg = delta_negative(o);
    Py_DECREF(o);
    if (neg === null) return null;
    o = neg as PyDateTime_Delta;
  }
  const microseconds = o.microseconds;
  let seconds = o.seconds;
  Py_DECREF(o);
  let minutes: number, hours: number;
  [minutes, seconds] = divmod(seconds, 60);
  [hours, minutes] = divmod(minutes, 60);
  if (microseconds) return `${sign}${pad(hours, 2)}${sep}${pad(minutes, 2)}${sep}${pad(seconds, 2)}.${pad(microseconds, 6)}`;
  if (seconds) return `${sign}${pad(hours, 2)}${sep}${pad(minutes, 2)}${sep}${pad(seconds, 2)}`;
  return `${sign}${pad(hours, 2)}${sep}${pad(minutes, 2)}`;
}

/** @cpython make_Zreplacement */
export function make_Zreplacement(object: PyObject, tzinfoarg: PyObject): string | null {
  const tzinfo = get_tzinfo_member(object);
  if (tzinfo === Py_None || tzinfo === null) return "";
  const temp = call_tzname(tzinfo, tzinfoarg);
  if (temp === null) return null;
  if (temp === Py_None) {
    Py_DECREF(temp);
    return "";
  }
  const pct = PyUnicode_FromString("%");
  const pct2 = PyUnicode_FromString("%%");
  const z = PyObject_CallMethod(temp, "replace", [pct, pct2]);
  Py_DECREF(pct);
  Py_DECREF(pct2);
  Py_DECREF(temp);
  if (z === null) return null;
  if (!PyUnicode_Check(z)) {
    Py_DECREF(z);
    return PyErr_SetString(PyExc_TypeError, "tzname.replace() did not return a string");
  }
  const s = (z as PyUnicodeObject).str;
  if (hasLoneSurrogate(s)) {
    // C copies the name out as UTF-8, which a lone surrogate cannot be.
    const e = PyUnicode_AsUTF8String(z);
    if (e !== null) Py_DECREF(e);
    Py_DECREF(z);
    return null;
  }
  Py_DECREF(z);
  return s;
}

/** @cpython make_freplacement */
export function make_freplacement(object: PyObject): string {
  if (PyTime_Check(object) || PyDateTime_Check(object)) return pad(object.microsecond, 6);
  return "000000";
}

/** Whether a str holds a lone surrogate (which UTF-8 cannot encode). */
export function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/**
 * @cpython wrap_strftime: replace %z, %Z and %f (which the C library does not know, or
 * knows differently) by the object's values, then hand the rest to time.strftime.
 */
export function wrap_strftime(object: PyObject, format: PyObject, timetuple: PyObject, tzinfoarg: PyObject | null): PyObject | null {
  const fmt = (format as PyUnicodeObject).str;
  if (hasLoneSurrogate(fmt)) {
    const e = PyUnicode_AsUTF8String(format); // raises the UnicodeEncodeError
    if (e !== null) Py_DECREF(e);
    return null;
  }
  let zreplacement: string | null = null;
  let Zreplacement: string | null = null;
  let freplacement: string | null = null;
  let out = "";
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const ch = fmt[i++];
    if (ch === "\0") break;
    if (ch !== "%") {
      out += ch;
      continue;
    }
    if (i >= n || fmt[i] === "\0") {
      out += "%";
      continue;
    }
    const c = fmt[i++];
    if (c === "z") {
      if (zreplacement === null) {
        zreplacement = "";
        const tzinfo = get_tzinfo_member(object);
        if (tzinfo !== Py_None && tzinfo !== null) {
          const s = format_utcoffset("", tzinfo, tzinfoarg!);
          if (s === null) return null;
          zreplacement = s;
        }
      }
      out += zreplacement;
    } else if (c === "Z") {
      if (Zreplacement === null) {
        Zreplacement = make_Zreplacement(object, tzinfoarg!);
        if (Zreplacement === null) return null;
      }
      out += Zreplacement;
    } else if (c === "f") {
      if (freplacement === null) freplacement = make_freplacement(object);
      out += freplacement;
    } else {
      out += "%" + c;
    }
  }
  const nul = out.indexOf("\0");
  if (nul >= 0) out = out.slice(0, nul);
  const time = PyImport_ImportModule("time");
  if (time === null) return null;
  const newfmt = PyUnicode_FromString(out);
  const result = PyObject_CallMethod(time, "strftime", [newfmt, timetuple]);
  Py_DECREF(newfmt);
  Py_DECREF(time);
  return result;
}

/** @cpython time_time: time.time() */
export function time_time(): PyObject | null {
  const time = PyImport_ImportModule("time");
  if (time === null) return null;
  const r = PyObject_CallMethod(time, "time", []);
  Py_DECREF(time);
  return r;
}

/** @cpython build_struct_time */
export function build_struct_time(y: number, m: number, d: number, hh: number, mm: number, ss: number, dstflag: number): PyObject | null {
  const time = PyImport_ImportModule("time");
  if (time === null) return null;
  const args = _PyTuple_FromArraySteal([y, m, d, hh, mm, ss, weekday(y, m, d), days_before_month(y, m) + d, dstflag]
    .map((v) => PyLong_FromNumber(v)));
  const r = PyObject_CallMethod(time, "struct_time", [args]);
  Py_DECREF(args);
  Py_DECREF(time);
  return r;
}
