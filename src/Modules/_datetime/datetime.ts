/**
 * @mirrors Modules/_datetimemodule.c
 * datetime.datetime: a date and a time, with the conversions to and from POSIX timestamps
 * and the local zone (through the time module's _PyTime_localtime).
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE, METH_NOARGS, METH_O, METH_CLASS, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef, type PyGetSetDef } from "../../Include/object.ts";
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "../../Objects/exceptions.ts";
import { Py_None, PyObject_GenericGetAttr } from "../../Objects/object.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { PyLong_FromNumber } from "../../Objects/longobject.ts";
import { PyFloat_FromDouble } from "../../Objects/floatobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyBytes_FromArray } from "../../Objects/bytesobject.ts";
import { PyTupleObject, _PyTuple_FromArraySteal } from "../../Objects/tupleobject.ts";
import { PyObject_CallMethod } from "../../Objects/call.ts";
import { PyImport_ImportModule } from "../../Python/import.ts";
import { _PyArg_ParseTupleAndKeywordsSlots, _PyArg_UnpackKeywordsClinic } from "../../Python/getargs.ts";
import { type time_t } from "../../Python/pytime.ts";
import { tm, _PyTime_gmtime, _PyTime_localtime } from "../timemodule.ts";
import { normalize_y_m_d, ymd_to_ord } from "./calendar.ts";
import { MAXYEAR, MINYEAR, PyDateTime_Check, PyDateTime_DateTime, PyDateTime_Delta, PyDateTime_Epoch, PyDateTime_TimeZone_UTC, PyDate_Check, PyDelta_Check, PyTime_Check, append_keyword_fold, append_keyword_tzinfo, argLabel, build_struct_time, call_dst, call_tzname, call_utcoffset, checkArgCount, check_tzinfo_subclass, cmp, cmperror, convertInts, converterr, diff_to_bool, divmod, format_ctime, format_utcoffset, getargs_s, hostTimeNs, new_date_ex, new_datetime_ex2, new_datetime_subclass_fold_ex, new_delta, new_time_ex2, new_timezone, notImplemented, pad, tzinfoGetter, tzinfo_from_isoformat_results } from "./common.ts";
import { MONTH_IS_SANE, PyDateTime_DateType, _PyTime_ObjectToTimeval, byteAt, bytes_hash, date_cmp, invalid_isoformat, is_digit, parse_isoformat_date, parse_isoformat_time, pickle_state, utf8z } from "./date.ts";
import { US_PER_SECOND, delta_bool, delta_cmp, delta_subtract, delta_to_microseconds, delta_total_seconds, floorDivmod, numOrBig } from "./delta.ts";
import { PyDateTime_TimeType, errHash, format_timespec, hash_delta_minus, reduce_ex_proto } from "./time.ts";

// =================================================================================================
// datetime
// =================================================================================================

export const datetime_kws = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/** The 10-byte state of a datetime (the fold bit is added by datetime_getstate). */
export function datetime_data(self: PyDateTime_DateTime): Uint8Array {
  const us = self.microsecond;
  return Uint8Array.of(self.year >> 8, self.year & 0xff, self.month, self.day, self.hour, self.minute, self.second,
    (us >> 16) & 0xff, (us >> 8) & 0xff, us & 0xff);
}

/** @cpython datetime_from_pickle */
export function datetime_from_pickle(type: PyTypeObject, state: Uint8Array, tzinfo: PyObject): PyObject | null {
  const aware = tzinfo !== Py_None;
  if (aware && check_tzinfo_subclass(tzinfo) < 0) return PyErr_SetString(PyExc_TypeError, "bad tzinfo state arg");
  let month = state[2], fold = 0;
  if (month & 0x80) {
    month -= 128;
    fold = 1;
  }
  Py_INCREF(tzinfo);
  return new PyDateTime_DateTime(type, state[0] * 256 + state[1], month, state[3], state[4], state[5], state[6],
    (state[7] << 16) | (state[8] << 8) | state[9], tzinfo, fold);
}

/** @cpython datetime_new */
export function datetime_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (nargs >= 1 && nargs <= 2) {
    const tzinfo = nargs === 2 ? args[1] : Py_None;
    const st = pickle_state(args[0], 10, (x) => MONTH_IS_SANE(byteAt(x, 2) & 0x7f), "datetime");
    if (st === null) return null;
    if (st !== undefined) return datetime_from_pickle(type, st, tzinfo);
  }
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "", datetime_kws, 3, 8);
  if (slots === null) return null;
  const v = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  if (!convertInts(slots, v, 0, 7) || !convertInts(slots, v, 8, 9)) return null;
  return new_datetime_ex2(v[0], v[1], v[2], v[3], v[4], v[5], v[6], slots[7] ?? Py_None, v[8], type);
}

export const max_fold_seconds = 24 * 3600;
/** Seconds from 0001-01-01 to 1970-01-01. */
export const epoch = 719163 * 24 * 60 * 60;

/** @cpython utc_to_seconds: seconds since 0001-01-01T00:00, or null (ValueError) for a bad year. */
export function utc_to_seconds(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  if (year < MINYEAR || year > MAXYEAR) return PyErr_SetString(PyExc_ValueError, `year ${year} is out of range`);
  const ordinal = ymd_to_ord(year, month, day);
  return ((ordinal * 24 + hour) * 60 + minute) * 60 + second;
}

/** @cpython local: the local wall-clock reading (as utc_to_seconds) of u seconds since year 1. */
export function local(u: number): number | null {
  const t = u - epoch;
  const p = new tm();
  if (_PyTime_localtime(t, p) !== 0) return null;
  return utc_to_seconds(p.tm_year + 1900, p.tm_mon + 1, p.tm_mday, p.tm_hour, p.tm_min, p.tm_sec);
}

export type TM_FUNC = (t: time_t, p: tm) => number;

/** @cpython datetime_from_timet_and_us (detects the second of two repeated local readings: fold=1) */
export function datetime_from_timet_and_us(cls: PyObject, f: TM_FUNC, timet: time_t, us: number, tzinfo: PyObject): PyObject | null {
  const p = new tm();
  if (f(timet, p) !== 0) return null;
  const year = p.tm_year + 1900, month = p.tm_mon + 1, day = p.tm_mday;
  const hour = p.tm_hour, minute = p.tm_min, second = Math.min(59, p.tm_sec);
  let fold = 0;
  if (tzinfo === Py_None && f === _PyTime_localtime) {
    const result_seconds = utc_to_seconds(year, month, day, hour, minute, second);
    if (result_seconds === null) return null;
    const tn = Number(timet);
    let probe_seconds = local(epoch + tn - max_fold_seconds);
    if (probe_seconds === null) return null;
    const transition = result_seconds - probe_seconds - max_fold_seconds;
    if (transition < 0) {
      probe_seconds = local(epoch + tn + transition);
      if (probe_seconds === null) return null;
      if (probe_seconds === result_seconds) fold = 1;
    }
  }
  return new_datetime_subclass_fold_ex(year, month, day, hour, minute, second, us, tzinfo, fold, cls);
}

/** @cpython datetime_from_timestamp */
export function datetime_from_timestamp(cls: PyObject, f: TM_FUNC, timestamp: PyObject, tzinfo: PyObject): PyObject | null {
  const tv = _PyTime_ObjectToTimeval(timestamp, "half_even");
  if (tv === null) return null;
  return datetime_from_timet_and_us(cls, f, tv[0], tv[1], tzinfo);
}

/** @cpython datetime_best_possible: now, to the microsecond. */
export function datetime_best_possible(cls: PyObject, f: TM_FUNC, tzinfo: PyObject): PyObject | null {
  const ns = hostTimeNs();
  let secs = ns / 1000000000n;
  let rem = ns % 1000000000n;
  if (rem < 0n) {
    rem += 1000000000n;
    secs -= 1n;
  }
  const us = Number(rem / 1000n);
  return datetime_from_timet_and_us(cls, f, numOrBig(secs), us, tzinfo);
}

/** After building from UTC fields: tz.fromutc(self) (steals self). */
export function call_fromutc(tz: PyObject, self: PyObject | null): PyObject | null {
  if (self === null || tz === Py_None) return self;
  const r = PyObject_CallMethod(tz, "fromutc", [self]);
  Py_DECREF(self);
  return r;
}

/** @cpython datetime_datetime_now_impl: now(tz=None) */
export function datetime_now(cls: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_UnpackKeywordsClinic(args, kwnames, "now", 0, ["tz"], 0, 1, 0);
  if (slots === null) return null;
  const tz = slots[0] ?? Py_None;
  if (check_tzinfo_subclass(tz) < 0) return null;
  return call_fromutc(tz, datetime_best_possible(cls, tz === Py_None ? _PyTime_localtime : _PyTime_gmtime, tz));
}

/** @cpython datetime_utcnow */
export function datetime_utcnow(cls: PyObject): PyObject | null {
  return datetime_best_possible(cls, _PyTime_gmtime, Py_None);
}

/** @cpython datetime_fromtimestamp */
export function datetime_fromtimestamp(cls: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "fromtimestamp", ["timestamp", "tz"], 1, 2);
  if (slots === null) return null;
  const tzinfo = slots[1] ?? Py_None;
  if (check_tzinfo_subclass(tzinfo) < 0) return null;
  return call_fromutc(tzinfo,
    datetime_from_timestamp(cls, tzinfo === Py_None ? _PyTime_localtime : _PyTime_gmtime, slots[0]!, tzinfo));
}

/** @cpython datetime_utcfromtimestamp */
export function datetime_utcfromtimestamp(cls: PyObject, args: PyObject[]): PyObject | null {
  if (!checkArgCount("utcfromtimestamp", args.length, 1, 1)) return null;
  return datetime_from_timestamp(cls, _PyTime_gmtime, args[0], Py_None);
}

export let strptime_module: PyObject | null = null;

/** @cpython datetime_strptime: _strptime._strptime_datetime(cls, string, format) */
export function datetime_strptime(cls: PyObject, args: PyObject[]): PyObject | null {
  if (!checkArgCount("strptime", args.length, 2, 2)) return null;
  for (let i = 0; i < 2; i++) {
    if (!PyUnicode_Check(args[i])) return converterr("strptime", `${i + 1}`, "str", args[i]);
  }
  if (strptime_module === null) {
    strptime_module = PyImport_ImportModule("_strptime");
    if (strptime_module === null) return null;
  }
  return PyObject_CallMethod(strptime_module, "_strptime_datetime", [cls, args[0], args[1]]);
}

/** @cpython datetime_combine */
export function datetime_combine(cls: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const names = ["date", "time", "tzinfo"];
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "combine", names, 2, 3);
  if (slots === null) return null;
  const date = slots[0]!, time = slots[1]!;
  if (!PyDate_Check(date)) return converterr("combine", argLabel(args, kwnames, 0, names), "datetime.date", date);
  if (!PyTime_Check(time)) return converterr("combine", argLabel(args, kwnames, 1, names), "datetime.time", time);
  const tzinfo = slots[2] ?? time.tzinfo;
  return new_datetime_subclass_fold_ex(date.year, date.month, date.day, time.hour, time.minute, time.second,
    time.microsecond, tzinfo, time.fold, cls);
}

/** @cpython _find_isoformat_datetime_separator */
export function _find_isoformat_datetime_separator(b: Uint8Array, len: number): number {
  if (len === 7) return 7;
  if (b[4] === 0x2d) {
    if (b[5] === 0x57) {
      if (len < 8) return -1;
      if (len > 8 && b[8] === 0x2d) {
        if (len === 9) return -1;
        if (len > 10 && is_digit(b[10])) return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (b[4] === 0x57) {
    let idx = 7;
    for (; idx < len; ++idx) if (!is_digit(b[idx])) break;
    if (idx < 9) return idx;
    return idx % 2 === 0 ? 7 : 8;
  }
  return 8;
}

/** @cpython datetime_fromisoformat */
export function datetime_fromisoformat(cls: PyObject, dtstr: PyObject): PyObject | null {
  if (!PyUnicode_Check(dtstr)) return PyErr_SetString(PyExc_TypeError, "fromisoformat: argument must be str");
  // _sanitize_isoformat_str: a surrogate separator (at 7, 8 or 10) reads as 'T'.
  const cps = [...(dtstr as PyUnicodeObject).str];
  if (cps.length < 7) return invalid_isoformat(dtstr);
  for (const pos of [7, 8, 10]) {
    if (pos > cps.length) break;
    const c = pos < cps.length ? cps[pos].charCodeAt(0) : 0;
    if (pos < cps.length && cps[pos].length === 1 && c >= 0xd800 && c <= 0xdfff) {
      cps[pos] = "T";
      break;
    }
  }
  const b = utf8z(cps.join(""));
  if (b === null) return invalid_isoformat(dtstr);
  let len = b.length - 1;
  const separator_location = _find_isoformat_datetime_separator(b, len);
  let rv: number, year: number, month: number, day: number;
  [rv, year, month, day] = parse_isoformat_date(b, 0, separator_location);
  const out = [0, 0, 0, 0, 0, 0];
  if (!rv && len > separator_location) {
    let p = separator_location;
    const c = b[p];
    if ((c & 0x80) === 0) p += 1;
    else if ((c & 0xf0) === 0xe0) p += 3;
    else if ((c & 0xf0) === 0xf0) p += 4;
    else p += 2;
    len -= p;
    rv = parse_isoformat_time(b, p, len, out);
  }
  if (rv < 0) return invalid_isoformat(dtstr);
  const tzinfo = tzinfo_from_isoformat_results(rv, out[4], out[5]);
  if (tzinfo === null) return null;
  const dt = new_datetime_subclass_fold_ex(year, month, day, out[0], out[1], out[2], out[3], tzinfo, 0, cls);
  Py_DECREF(tzinfo);
  return dt;
}

/** @cpython datetime_dealloc */
export function datetime_dealloc(op: PyObject): void {
  Py_DECREF((op as PyDateTime_DateTime).tzinfo);
}

/** @cpython datetime_utcoffset */
export function datetime_utcoffset(self: PyObject): PyObject | null {
  return call_utcoffset((self as PyDateTime_DateTime).tzinfo, self);
}

/** @cpython datetime_dst */
export function datetime_dst(self: PyObject): PyObject | null {
  return call_dst((self as PyDateTime_DateTime).tzinfo, self);
}

/** @cpython datetime_tzname */
export function datetime_tzname(self: PyObject): PyObject | null {
  return call_tzname((self as PyDateTime_DateTime).tzinfo, self);
}

/** @cpython add_datetime_timedelta (factor 1 or -1) */
export function add_datetime_timedelta(date: PyDateTime_DateTime, delta: PyDateTime_Delta, factor: number): PyObject | null {
  let second = date.second + delta.seconds * factor;
  let microsecond = date.microsecond + delta.microseconds * factor;
  let minute = date.minute, hour = date.hour, day = date.day + delta.days * factor;
  let q: number;
  [q, microsecond] = divmod(microsecond, 1000000);
  second += q;
  [q, second] = divmod(second, 60);
  minute += q;
  [q, minute] = divmod(minute, 60);
  hour += q;
  [q, hour] = divmod(hour, 24);
  day += q;
  const ymd = normalize_y_m_d(date.year, date.month, day);
  if (ymd === null) return null;
  return new_datetime_subclass_fold_ex(ymd[0], ymd[1], ymd[2], hour, minute, second, microsecond, date.tzinfo, 0, date.ob_type);
}

/** @cpython datetime_add */
export function datetime_add(left: PyObject, right: PyObject): PyObject | null {
  if (PyDateTime_Check(left)) {
    if (PyDelta_Check(right)) return add_datetime_timedelta(left, right, 1);
  } else if (PyDelta_Check(left)) {
    return add_datetime_timedelta(right as PyDateTime_DateTime, left, 1);
  }
  return notImplemented();
}

/** @cpython datetime_subtract */
export function datetime_subtract(left: PyObject, right: PyObject): PyObject | null {
  if (PyDateTime_Check(left)) {
    if (PyDateTime_Check(right)) {
      let offset1: PyObject, offset2: PyObject;
      let offdiff: PyObject | null = null;
      if (left.tzinfo === right.tzinfo) {
        offset1 = offset2 = Py_None;
        Py_INCREF(Py_None);
        Py_INCREF(Py_None);
      } else {
        const o1 = datetime_utcoffset(left);
        if (o1 === null) return null;
        const o2 = datetime_utcoffset(right);
        if (o2 === null) {
          Py_DECREF(o1);
          return null;
        }
        offset1 = o1;
        offset2 = o2;
        if ((offset1 !== Py_None) !== (offset2 !== Py_None)) {
          Py_DECREF(offset1);
          Py_DECREF(offset2);
          return PyErr_SetString(PyExc_TypeError, "can't subtract offset-naive and offset-aware datetimes");
        }
      }
      if (offset1 !== offset2 && delta_cmp(offset1, offset2) !== 0) {
        offdiff = delta_subtract(offset1, offset2);
        if (offdiff === null) {
          Py_DECREF(offset1);
          Py_DECREF(offset2);
          return null;
        }
      }
      Py_DECREF(offset1);
      Py_DECREF(offset2);
      const delta_d = ymd_to_ord(left.year, left.month, left.day) - ymd_to_ord(right.year, right.month, right.day);
      const delta_s = (left.hour - right.hour) * 3600 + (left.minute - right.minute) * 60 + (left.second - right.second);
      const delta_us = left.microsecond - right.microsecond;
      let result: PyObject | null = new_delta(delta_d, delta_s, delta_us, true);
      if (result === null) {
        Py_XDECREF(offdiff);
        return null;
      }
      if (offdiff !== null) {
        const r2 = delta_subtract(result, offdiff);
        Py_DECREF(result);
        Py_DECREF(offdiff);
        result = r2;
      }
      return result;
    }
    if (PyDelta_Check(right)) return add_datetime_timedelta(left, right, -1);
  }
  return notImplemented();
}

/** @cpython datetime_repr */
export function datetime_repr(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  const head = `${self.ob_type.tp_name}(${self.year}, ${self.month}, ${self.day}, ${self.hour}, ${self.minute}`;
  let r: string;
  if (self.microsecond) r = `${head}, ${self.second}, ${self.microsecond})`;
  else if (self.second) r = `${head}, ${self.second})`;
  else r = `${head})`;
  r = append_keyword_fold(r, self.fold);
  const r2 = append_keyword_tzinfo(r, self.tzinfo);
  return r2 === null ? null : PyUnicode_FromString(r2);
}

/** @cpython datetime_str: self.isoformat(' ') */
export function datetime_str(self: PyObject): PyObject | null {
  const sp = PyUnicode_FromString(" ");
  const r = PyObject_CallMethod(self, "isoformat", [sp]);
  Py_DECREF(sp);
  return r;
}

/** @cpython datetime_isoformat: isoformat(sep='T', timespec='auto') */
export function datetime_isoformat(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_DateTime;
  const names = ["sep", "timespec"];
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "isoformat", names, 0, 2);
  if (slots === null) return null;
  let sep = "T";
  if (slots[0] !== null) {
    const o = slots[0];
    if (!PyUnicode_Check(o) || [...(o as PyUnicodeObject).str].length !== 1) {
      return converterr("isoformat", argLabel(args, kwnames, 0, names), "a unicode character", o);
    }
    sep = (o as PyUnicodeObject).str;
  }
  let timespec: string | null = null;
  if (slots[1] !== null) {
    timespec = getargs_s("isoformat", argLabel(args, kwnames, 1, names), slots[1]);
    if (timespec === null) return null;
  }
  const t = format_timespec(timespec, self.hour, self.minute, self.second, self.microsecond);
  if (t === null) return null;
  const result = `${pad(self.year, 4)}-${pad(self.month, 2)}-${pad(self.day, 2)}${sep}${t}`;
  if (self.tzinfo === Py_None) return PyUnicode_FromString(result);
  const off = format_utcoffset(":", self.tzinfo, self);
  if (off === null) return null;
  return PyUnicode_FromString(result + off);
}

/** @cpython datetime_ctime */
export function datetime_ctime(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  return format_ctime(self, self.hour, self.minute, self.second);
}

/** @cpython flip_fold */
export function flip_fold(dt: PyDateTime_DateTime): PyObject | null {
  return new_datetime_ex2(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo,
    dt.fold ? 0 : 1, dt.ob_type);
}

/** @cpython get_flip_fold_offset */
export function get_flip_fold_offset(dt: PyDateTime_DateTime): PyObject | null {
  const flip_dt = flip_fold(dt);
  if (flip_dt === null) return null;
  const result = datetime_utcoffset(flip_dt);
  Py_DECREF(flip_dt);
  return result;
}

/**
 * @cpython pep495_eq_exception: 1 when either operand is in a fold or gap (its utcoffset
 * depends on fold), so that it compares unequal to everything in another zone.
 */
export function pep495_eq_exception(self: PyDateTime_DateTime, other: PyDateTime_DateTime, offset_self: PyObject,
  offset_other: PyObject): number {
  let flip_offset = get_flip_fold_offset(self);
  if (flip_offset === null) return -1;
  let result = 0;
  if (flip_offset !== offset_self && delta_cmp(flip_offset, offset_self)) {
    Py_DECREF(flip_offset);
    return 1;
  }
  Py_DECREF(flip_offset);
  flip_offset = get_flip_fold_offset(other);
  if (flip_offset === null) return -1;
  if (flip_offset !== offset_other && delta_cmp(flip_offset, offset_other)) result = 1;
  Py_DECREF(flip_offset);
  return result;
}

export function datetime_cmp(a: PyDateTime_DateTime, b: PyDateTime_DateTime): number {
  return date_cmp(a, b) || cmp(a.hour, b.hour) || cmp(a.minute, b.minute) || cmp(a.second, b.second) ||
    cmp(a.microsecond, b.microsecond);
}

/** @cpython datetime_richcompare */
export function datetime_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (!PyDateTime_Check(other)) {
    if (PyDate_Check(other)) {
      if (op === Py_EQ) return PyBool_FromLong(0);
      if (op === Py_NE) return PyBool_FromLong(1);
      return cmperror(self, other);
    }
    return notImplemented();
  }
  const a = self as PyDateTime_DateTime;
  if (a.tzinfo === other.tzinfo) return diff_to_bool(datetime_cmp(a, other), op);
  const offset1 = datetime_utcoffset(a);
  if (offset1 === null) return null;
  const offset2 = datetime_utcoffset(other);
  if (offset2 === null) {
    Py_DECREF(offset1);
    return null;
  }
  let result: PyObject | null = null;
  done: {
    if (offset1 === offset2 || (PyDelta_Check(offset1) && PyDelta_Check(offset2) && delta_cmp(offset1, offset2) === 0)) {
      let diff = datetime_cmp(a, other);
      if ((op === Py_EQ || op === Py_NE) && diff === 0) {
        const ex = pep495_eq_exception(a, other, offset1, offset2);
        if (ex === -1) break done;
        if (ex) diff = 1;
      }
      result = diff_to_bool(diff, op);
    } else if (offset1 !== Py_None && offset2 !== Py_None) {
      const delta = datetime_subtract(a, other);
      if (delta === null) break done;
      const d = delta as PyDateTime_Delta;
      let diff = d.days;
      if (diff === 0) diff = d.seconds | d.microseconds;
      Py_DECREF(delta);
      if ((op === Py_EQ || op === Py_NE) && diff === 0) {
        const ex = pep495_eq_exception(a, other, offset1, offset2);
        if (ex === -1) break done;
        if (ex) diff = 1;
      }
      result = diff_to_bool(diff, op);
    } else if (op === Py_EQ) {
      result = PyBool_FromLong(0);
    } else if (op === Py_NE) {
      result = PyBool_FromLong(1);
    } else {
      PyErr_SetString(PyExc_TypeError, "can't compare offset-naive and offset-aware datetimes");
    }
  }
  Py_DECREF(offset1);
  Py_DECREF(offset2);
  return result;
}

/** @cpython datetime_hash */
export function datetime_hash(op: PyObject): number {
  const self = op as PyDateTime_DateTime;
  if (!self.hashed) {
    let self0: PyObject | null;
    if (self.fold) {
      self0 = new_datetime_ex2(self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond,
        self.tzinfo, 0, self.ob_type);
      if (self0 === null) return errHash();
    } else {
      self0 = self;
      Py_INCREF(self0);
    }
    const offset = datetime_utcoffset(self0);
    Py_DECREF(self0);
    if (offset === null) return errHash();
    if (offset === Py_None) {
      Py_DECREF(offset);
      return bytes_hash(self, datetime_data(self));
    }
    const h = hash_delta_minus(ymd_to_ord(self.year, self.month, self.day),
      self.hour * 3600 + self.minute * 60 + self.second, self.microsecond, offset);
    Py_DECREF(offset);
    if (h === null) return errHash();
    [self.hash_lo, self.hash_hi] = h;
    self.hashed = true;
  }
  Py_hash.hi = self.hash_hi;
  return self.hash_lo;
}

/** @cpython datetime_replace */
export function datetime_replace(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_DateTime;
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "replace", datetime_kws, 0, 8);
  if (slots === null) return null;
  const v = [self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond, 0, self.fold];
  if (!convertInts(slots, v, 0, 7) || !convertInts(slots, v, 8, 9)) return null;
  const tzinfo = slots[7] ?? self.tzinfo;
  if (v[8] !== 0 && v[8] !== 1) return PyErr_SetString(PyExc_ValueError, "fold must be either 0 or 1");
  const tuple: PyObject[] = v.slice(0, 7).map((x) => PyLong_FromNumber(x));
  Py_INCREF(tzinfo);
  tuple.push(tzinfo);
  const clone = datetime_new(self.ob_type, tuple, null);
  for (const t of tuple) Py_DECREF(t);
  if (clone !== null && PyDateTime_Check(clone)) clone.fold = v[8];
  return clone;
}

/** @cpython local_timezone_from_timestamp: timezone(local offset, local zone name) */
export function local_timezone_from_timestamp(timestamp: time_t): PyObject | null {
  const p = new tm();
  if (_PyTime_localtime(timestamp, p) !== 0) return null;
  const delta = new_delta(0, p.tm_gmtoff, 0, true);
  if (delta === null) return null;
  let nameo: PyObject | null = null;
  if (p.tm_zone !== null) nameo = PyUnicode_FromString(p.tm_zone);
  const result = new_timezone(delta, nameo);
  Py_XDECREF(nameo);
  Py_DECREF(delta);
  return result;
}

/** @cpython local_timezone: the local zone at a UTC datetime. */
export function local_timezone(utc_time: PyDateTime_DateTime): PyObject | null {
  const delta = datetime_subtract(utc_time, PyDateTime_Epoch);
  if (delta === null) return null;
  const us = delta_to_microseconds(delta as PyDateTime_Delta);
  Py_DECREF(delta);
  const seconds = floorDivmod(us, US_PER_SECOND)[0];
  return local_timezone_from_timestamp(numOrBig(seconds));
}

/** @cpython local_to_seconds: the UTC seconds (since year 1) of a local reading, fold-aware. */
export function local_to_seconds(year: number, month: number, day: number, hour: number, minute: number, second: number,
  fold: number): number | null {
  const t = utc_to_seconds(year, month, day, hour, minute, second);
  if (t === null) return null;
  let lt = local(t);
  if (lt === null) return null;
  const a = lt - t;
  const u1 = t - a;
  const t1 = local(u1);
  if (t1 === null) return null;
  let b: number;
  if (t1 === t) {
    const u2 = fold ? u1 + max_fold_seconds : u1 - max_fold_seconds;
    lt = local(u2);
    if (lt === null) return null;
    b = lt - u2;
    if (a === b) return u1;
  } else {
    b = t1 - u1;
  }
  const u2 = t - b;
  const t2 = local(u2);
  if (t2 === null) return null;
  if (t2 === t) return u2;
  if (t1 === t) return u1;
  return fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** @cpython local_timezone_from_local */
export function local_timezone_from_local(local_dt: PyDateTime_DateTime): PyObject | null {
  const seconds = local_to_seconds(local_dt.year, local_dt.month, local_dt.day, local_dt.hour, local_dt.minute,
    local_dt.second, local_dt.fold);
  if (seconds === null) return null;
  return local_timezone_from_timestamp(seconds - epoch);
}

/** @cpython datetime_astimezone: astimezone(tz=None) */
export function datetime_astimezone(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_DateTime;
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "astimezone", ["tz"], 0, 1);
  if (slots === null) return null;
  let tzinfo = slots[0] ?? Py_None;
  if (check_tzinfo_subclass(tzinfo) === -1) return null;
  let self_tzinfo: PyObject | null;
  let offset: PyObject | null;
  let naive = self.tzinfo === Py_None;
  for (;;) {
    if (naive) {
      self_tzinfo = local_timezone_from_local(self);
      if (self_tzinfo === null) return null;
    } else {
      self_tzinfo = self.tzinfo;
      Py_INCREF(self_tzinfo);
    }
    if (self_tzinfo === tzinfo) {
      Py_DECREF(self_tzinfo);
      Py_INCREF(self);
      return self;
    }
    offset = call_utcoffset(self_tzinfo, self);
    Py_DECREF(self_tzinfo);
    if (offset === null) return null;
    if (offset === Py_None) {
      Py_DECREF(offset);
      naive = true;
      continue;
    }
    break;
  }
  let result = add_datetime_timedelta(self, offset as PyDateTime_Delta, -1) as PyDateTime_DateTime | null;
  Py_DECREF(offset);
  if (result === null) return null;
  // Make the result's tzinfo UTC, then the target zone (the local zone when none was given).
  const r0 = result;
  result = new_datetime_ex2(r0.year, r0.month, r0.day, r0.hour, r0.minute, r0.second, r0.microsecond,
    PyDateTime_TimeZone_UTC, r0.fold, r0.ob_type) as PyDateTime_DateTime | null;
  Py_DECREF(r0);
  if (result === null) return null;
  if (tzinfo === Py_None) {
    const tz = local_timezone(result);
    if (tz === null) {
      Py_DECREF(result);
      return null;
    }
    tzinfo = tz;
  } else {
    Py_INCREF(tzinfo);
  }
  const temp = result.tzinfo;
  result.tzinfo = tzinfo;
  Py_DECREF(temp);
  const r = PyObject_CallMethod(tzinfo, "fromutc", [result]);
  Py_DECREF(result);
  return r;
}

/** @cpython datetime_timetuple */
export function datetime_timetuple(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  let dstflag = -1;
  if (self.tzinfo !== Py_None) {
    const dst = call_dst(self.tzinfo, self);
    if (dst === null) return null;
    if (dst !== Py_None) dstflag = delta_bool(dst);
    Py_DECREF(dst);
  }
  return build_struct_time(self.year, self.month, self.day, self.hour, self.minute, self.second, dstflag);
}

/** @cpython datetime_timestamp */
export function datetime_timestamp(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  if (self.tzinfo !== Py_None) {
    const delta = datetime_subtract(self, PyDateTime_Epoch);
    if (delta === null) return null;
    const r = delta_total_seconds(delta);
    Py_DECREF(delta);
    return r;
  }
  const seconds = local_to_seconds(self.year, self.month, self.day, self.hour, self.minute, self.second, self.fold);
  if (seconds === null) return null;
  return PyFloat_FromDouble(seconds - epoch + self.microsecond / 1e6);
}

/** @cpython datetime_getdate */
export function datetime_getdate(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  return new_date_ex(self.year, self.month, self.day, PyDateTime_DateType);
}

/** @cpython datetime_gettime */
export function datetime_gettime(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  return new_time_ex2(self.hour, self.minute, self.second, self.microsecond, Py_None, self.fold, PyDateTime_TimeType);
}

/** @cpython datetime_gettimetz */
export function datetime_gettimetz(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  return new_time_ex2(self.hour, self.minute, self.second, self.microsecond, self.tzinfo, self.fold, PyDateTime_TimeType);
}

/** @cpython datetime_utctimetuple */
export function datetime_utctimetuple(op: PyObject): PyObject | null {
  const self = op as PyDateTime_DateTime;
  let utcself: PyDateTime_DateTime = self;
  Py_INCREF(self);
  if (self.tzinfo !== Py_None) {
    const offset = call_utcoffset(self.tzinfo, self);
    if (offset === null) {
      Py_DECREF(self);
      return null;
    }
    if (offset !== Py_None) {
      Py_DECREF(self);
      const u = add_datetime_timedelta(self, offset as PyDateTime_Delta, -1);
      Py_DECREF(offset);
      if (u === null) return null;
      utcself = u as PyDateTime_DateTime;
    } else {
      Py_DECREF(offset);
    }
  }
  const r = build_struct_time(utcself.year, utcself.month, utcself.day, utcself.hour, utcself.minute, utcself.second, 0);
  Py_DECREF(utcself);
  return r;
}

/** @cpython datetime_getstate */
export function datetime_getstate(self: PyDateTime_DateTime, proto: number): PyObject {
  const data = datetime_data(self);
  if (proto > 3 && self.fold) data[2] |= 0x80;
  const basestate = PyBytes_FromArray(data);
  if (self.tzinfo === Py_None) return _PyTuple_FromArraySteal([basestate]);
  Py_INCREF(self.tzinfo);
  return _PyTuple_FromArraySteal([basestate, self.tzinfo]);
}

/** @cpython datetime_reduce_ex */
export function datetime_reduce_ex(op: PyObject, args: PyObject[]): PyObject | null {
  const proto = reduce_ex_proto(args);
  if (proto === null) return null;
  Py_INCREF(op.ob_type);
  return _PyTuple_FromArraySteal([op.ob_type, datetime_getstate(op as PyDateTime_DateTime, proto)]);
}

/** @cpython datetime_reduce */
export function datetime_reduce(op: PyObject): PyObject | null {
  Py_INCREF(op.ob_type);
  return _PyTuple_FromArraySteal([op.ob_type, datetime_getstate(op as PyDateTime_DateTime, 2)]);
}

export const datetime_getset: PyGetSetDef[] = [
  { name: "hour", get: (o) => PyLong_FromNumber((o as PyDateTime_DateTime).hour) },
  { name: "minute", get: (o) => PyLong_FromNumber((o as PyDateTime_DateTime).minute) },
  { name: "second", get: (o) => PyLong_FromNumber((o as PyDateTime_DateTime).second) },
  { name: "microsecond", get: (o) => PyLong_FromNumber((o as PyDateTime_DateTime).microsecond) },
  { name: "tzinfo", get: tzinfoGetter },
  { name: "fold", get: (o) => PyLong_FromNumber((o as PyDateTime_DateTime).fold) },
];

export const datetime_methods: PyMethodDef[] = [
  { ml_name: "now", ml_meth: datetime_now, ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone." },
  { ml_name: "utcnow", ml_meth: datetime_utcnow, ml_flags: METH_NOARGS | METH_CLASS, ml_doc: "Return a new datetime representing UTC day and time." },
  { ml_name: "fromtimestamp", ml_meth: datetime_fromtimestamp, ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "timestamp[, tz] -> tz's local time from POSIX timestamp." },
  { ml_name: "utcfromtimestamp", ml_meth: datetime_utcfromtimestamp, ml_flags: METH_FASTCALL | METH_CLASS,
    ml_doc: "Construct a naive UTC datetime from a POSIX timestamp." },
  { ml_name: "strptime", ml_meth: datetime_strptime, ml_flags: METH_FASTCALL | METH_CLASS,
    ml_doc: "string, format -> new datetime parsed from a string (like time.strptime())." },
  { ml_name: "combine", ml_meth: datetime_combine, ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "date, time -> datetime with same date and time fields" },
  { ml_name: "fromisoformat", ml_meth: datetime_fromisoformat, ml_flags: METH_O | METH_CLASS,
    ml_doc: "string -> datetime from a string in most ISO 8601 formats" },
  { ml_name: "date", ml_meth: datetime_getdate, ml_flags: METH_NOARGS, ml_doc: "Return date object with same year, month and day." },
  { ml_name: "time", ml_meth: datetime_gettime, ml_flags: METH_NOARGS, ml_doc: "Return time object with same time but with tzinfo=None." },
  { ml_name: "timetz", ml_meth: datetime_gettimetz, ml_flags: METH_NOARGS, ml_doc: "Return time object with same time and tzinfo." },
  { ml_name: "ctime", ml_meth: datetime_ctime, ml_flags: METH_NOARGS, ml_doc: "Return ctime() style string." },
  { ml_name: "timetuple", ml_meth: datetime_timetuple, ml_flags: METH_NOARGS, ml_doc: "Return time tuple, compatible with time.localtime()." },
  { ml_name: "timestamp", ml_meth: datetime_timestamp, ml_flags: METH_NOARGS, ml_doc: "Return POSIX timestamp as float." },
  { ml_name: "utctimetuple", ml_meth: datetime_utctimetuple, ml_flags: METH_NOARGS, ml_doc: "Return UTC time tuple, compatible with time.localtime()." },
  { ml_name: "isoformat", ml_meth: datetime_isoformat, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n" },
  { ml_name: "utcoffset", ml_meth: datetime_utcoffset, ml_flags: METH_NOARGS, ml_doc: "Return self.tzinfo.utcoffset(self)." },
  { ml_name: "tzname", ml_meth: datetime_tzname, ml_flags: METH_NOARGS, ml_doc: "Return self.tzinfo.tzname(self)." },
  { ml_name: "dst", ml_meth: datetime_dst, ml_flags: METH_NOARGS, ml_doc: "Return self.tzinfo.dst(self)." },
  { ml_name: "replace", ml_meth: datetime_replace, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Return datetime with new specified fields." },
  { ml_name: "astimezone", ml_meth: datetime_astimezone, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "tz -> convert to local time in new timezone tz\n" },
  { ml_name: "__reduce_ex__", ml_meth: datetime_reduce_ex, ml_flags: METH_FASTCALL, ml_doc: "__reduce_ex__(proto) -> (cls, state)" },
  { ml_name: "__reduce__", ml_meth: datetime_reduce, ml_flags: METH_NOARGS, ml_doc: "__reduce__() -> (cls, state)" },
];

export const PyDateTime_DateTimeType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.datetime", tp_basicsize: 48, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n" +
    "The year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n",
  tp_dealloc: datetime_dealloc, tp_repr: datetime_repr, tp_str: datetime_str, tp_hash: datetime_hash,
  tp_getattro: PyObject_GenericGetAttr, tp_richcompare: datetime_richcompare, tp_methods: datetime_methods,
  tp_getset: datetime_getset, tp_new: datetime_new, nb_add: datetime_add, nb_subtract: datetime_subtract,
});
