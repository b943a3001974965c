/**
 * @mirrors Modules/timemodule.c
 * The time module: the clocks (wall, monotonic, performance, process and thread CPU time),
 * broken-down times (struct_time) in UTC and in local time, the conversions between them
 * (gmtime, localtime, mktime), their text forms (asctime, ctime, strftime) and strptime,
 * which hands the work to the pure-Python _strptime module exactly as CPython does.
 *
 * Clocks and the local time zone come from the host (HostOS.time_ns, monotonic_ns,
 * process_time_ns, localtime_offset); everything else is computed here. The calendar
 * arithmetic is the proleptic Gregorian one C libraries use, over the whole 64-bit time_t
 * range, and strftime is a re-implementation of the GNU C library's formatter in the C
 * locale, flags and widths included:
 *
 *   >>> time.strftime("%a %d %b %Y|%-d|%_5H|%^a|%j", (2000, 3, 7, 13, 5, 9, 1, 67, 0))
 *   'Tue 07 Mar 2000|7|   13|TUE|067'
 *
 * DIVERGENCE: the zone names and offsets of local time are whatever the host reports (on
 * Node, the ICU short names: "UTC", "EST", or "GMT+1" where glibc would say "CET"); the
 * timezone/altzone/daylight/tzname attributes are computed from two samples, January and
 * July of the current year (CPython's fallback for C libraries without `tzname`).
 * DIVERGENCE: clock_gettime knows only the clocks the host has (REALTIME, MONOTONIC,
 * PROCESS_CPUTIME_ID, THREAD_CPUTIME_ID); clock_settime and pthread_getcpuclockid are
 * left out. thread_time is the process CPU time (Python code runs on one host thread).
 */
import { PyErr_CheckSignals } from "./signalmodule.ts";
import {
  PyObject, PyTypeObject, Py_DECREF, METH_NOARGS, METH_O, METH_FASTCALL, type PyMethodDef,
} from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, PyModule_AddType, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyStructSequence_NewType, PyStructSequence_FromArraySteal, PyStructSequence_GetItem } from "../Objects/structseq.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_Occurred } from "../Python/errors.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_OSError,
} from "../Objects/exceptions.ts";
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { PyLong_FromNumber, PyLong_FromBigInt } from "../Objects/longobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyTuple_Check, PyTuple_FromArray, _PyTuple_FromArraySteal, type PyTupleObject } from "../Objects/tupleobject.ts";
import { Py_None, Py_NewNone, PyObject_GetAttrString } from "../Objects/object.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyImport_ImportModule } from "../Python/import.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import type { HostOS } from "../Host/host.ts";
import {
  _PyTime_round_t, _PyTime_ROUND_TIMEOUT, _PyTime_ObjectToTime_t, _PyTime_FromSecondsObject, _PyTime_AsSecondsDouble,
  indexValue, type time_t,
} from "../Python/pytime.ts";

function hostOS(): HostOS {
  return _PyThreadState_GET().interp.host.os;
}

/** OSError(errno, strerror) raised as PyErr_SetFromErrno does. @returns null */
function setFromErrno(errno: number): null {
  const args = _PyTuple_FromArraySteal([PyLong_FromNumber(errno), PyUnicode_FromString(hostOS().strerror(errno))]);
  PyErr_SetObject(PyExc_OSError, args);
  Py_DECREF(args);
  return null;
}

const EINVAL = 22;
const EOVERFLOW = 75;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

// -- struct tm ------------------------------------------------------------------------------

/** The C library's broken-down time (struct tm, with the BSD/GNU tm_gmtoff and tm_zone). */
export class tm {
  tm_sec = 0;
  tm_min = 0;
  tm_hour = 0;
  tm_mday = 0;
  /** 0-11 */
  tm_mon = 0;
  /** years since 1900 */
  tm_year = 0;
  /** 0-6, Sunday = 0 */
  tm_wday = 0;
  /** 0-365 */
  tm_yday = 0;
  tm_isdst = 0;
  tm_gmtoff = 0;
  tm_zone: string | null = null;
}

function isleap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days from 1970-01-01 to year-month-day of the proleptic Gregorian calendar (month 1-12). */
function days_from_civil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1-12, day] of a day count from 1970-01-01. */
function civil_from_days(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * Fill `p` with the UTC calendar fields of `t` seconds (the __offtime of C libraries).
 * False when the year does not fit a C int (EOVERFLOW).
 */
function offtime(t: time_t, p: tm): boolean {
  let days: number, secs: number;
  if (typeof t === "number") {
    days = Math.floor(t / 86400);
    secs = t - days * 86400;
  } else {
    let d = t / 86400n, s = t % 86400n;
    if (s < 0n) { s += 86400n; d -= 1n; }
    days = Number(d);
    secs = Number(s);
  }
  const [y, m, d] = civil_from_days(days);
  if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) return false;
  p.tm_year = y - 1900;
  p.tm_mon = m - 1;
  p.tm_mday = d;
  p.tm_hour = Math.floor(secs / 3600);
  p.tm_min = Math.floor(secs / 60) % 60;
  p.tm_sec = secs % 60;
  p.tm_wday = ((days + 4) % 7 + 7) % 7;
  p.tm_yday = days - days_from_civil(y, 1, 1);
  return true;
}

/** @cpython _PyTime_gmtime: 0, or -1 with OSError set. */
export function _PyTime_gmtime(t: time_t, p: tm): number {
  if (!offtime(t, p)) {
    setFromErrno(EOVERFLOW);
    return -1;
  }
  p.tm_isdst = 0;
  p.tm_gmtoff = 0;
  p.tm_zone = "GMT";
  return 0;
}

/** The host's local-time offset at `t` seconds: [seconds east of UTC, DST?, zone name]. */
function local_offset(t: time_t): [number, boolean, string] {
  // Host clocks (JavaScript dates) cover +-8.64e12 s; beyond, the rule at the edge holds.
  let s = Number(t);
  if (s > 8.64e12) s = 8.64e12;
  else if (s < -8.64e12) s = -8.64e12;
  return hostOS().localtime_offset(s);
}

/** @cpython _PyTime_localtime: 0, or -1 with OSError set. */
export function _PyTime_localtime(t: time_t, p: tm): number {
  const [off, dst, zone] = local_offset(t);
  const local: time_t = typeof t === "number" && Number.isSafeInteger(t + off) ? t + off : BigInt(t) + BigInt(off);
  if (!offtime(local, p)) {
    setFromErrno(EOVERFLOW);
    return -1;
  }
  p.tm_isdst = dst ? 1 : 0;
  p.tm_gmtoff = off;
  p.tm_zone = zone;
  return 0;
}

/**
 * The C library's mktime: normalise the fields (months past 11 carry into years, and so
 * on) and interpret them as local time. Returns the time_t, or null when the year leaves
 * the int range. `p` is updated with the normalised fields, as mktime does.
 */
function mktime(p: tm): time_t | null {
  const monthsCarry = Math.floor(p.tm_mon / 12);
  const year = p.tm_year + 1900 + monthsCarry;
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return null;
  const mon = p.tm_mon - monthsCarry * 12;
  const days = days_from_civil(year, mon + 1, 1) + p.tm_mday - 1;
  const secsOfDay = p.tm_hour * 3600 + p.tm_min * 60 + p.tm_sec;
  let localT: time_t = days * 86400 + secsOfDay;
  if (!Number.isSafeInteger(localT)) localT = BigInt(days) * 86400n + BigInt(secsOfDay);
  const minus = (a: time_t, b: number): time_t => {
    if (typeof a === "number") {
      const r = a - b;
      return Number.isSafeInteger(r) ? r : BigInt(a) - BigInt(b);
    }
    return a - BigInt(b);
  };
  // The offset in force at the instant found: guess from the local reading, then settle.
  let [off, dst] = local_offset(minus(localT, local_offset(localT)[0]));
  let t = minus(localT, off);
  const again = local_offset(t);
  if (again[0] !== off) {
    [off, dst] = again;
    t = minus(localT, off);
  }
  if (p.tm_isdst >= 0 && (p.tm_isdst > 0) !== dst) {
    // The caller says which of standard and summer time the reading is in: use the
    // offset of that kind in force half a year away, if the zone has one; otherwise take
    // summer time as one hour ahead, as glibc does.
    const y = typeof t === "number" ? t : Number(t);
    let found = false;
    for (const probe of [y - 183 * 86400, y + 183 * 86400]) {
      const o = local_offset(Math.trunc(probe));
      if (o[1] === p.tm_isdst > 0) {
        t = minus(localT, o[0]);
        found = true;
        break;
      }
    }
    if (!found) t = minus(t, p.tm_isdst > 0 ? 3600 : -3600);
  }
  const q = new tm();
  if (_PyTime_localtime(t, q) < 0) return null;
  Object.assign(p, q);
  return t;
}

// -- the struct_time type -------------------------------------------------------------------

const struct_time_type_fields = [
  "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff",
];
const struct_time_field_docs = [
  "year, for example, 1993", "month of year, range [1, 12]", "day of month, range [1, 31]", "hours, range [0, 23]",
  "minutes, range [0, 59]", "seconds, range [0, 61])", "day of week, range [0, 6], Monday is 0",
  "day of year, range [1, 366]", "1 if summer time is in effect, 0 if not, and -1 if unknown",
  "abbreviation of timezone name", "offset from UTC in seconds",
];

let StructTimeType: PyTypeObject | null = null;

function struct_time_type(): PyTypeObject {
  if (StructTimeType === null) {
    StructTimeType = PyStructSequence_NewType({
      name: "time.struct_time",
      fields: struct_time_type_fields,
      field_docs: struct_time_field_docs,
      n_in_sequence: 9,
      doc: "A broken-down time, as gmtime(), localtime() and strptime() return it and asctime(),\n" +
        "mktime() and strftime() take it: a sequence of nine integers (the year in full, the month\n" +
        "1-12, Monday as weekday 0, the day of the year from 1), plus tm_zone and tm_gmtoff by name.",
    });
  }
  return StructTimeType;
}

/** @cpython tmtotuple: a struct_time from a struct tm. @returns new */
function tmtotuple(p: tm): PyObject {
  return PyStructSequence_FromArraySteal(struct_time_type(), [
    PyLong_FromNumber(p.tm_year + 1900),
    PyLong_FromNumber(p.tm_mon + 1),
    PyLong_FromNumber(p.tm_mday),
    PyLong_FromNumber(p.tm_hour),
    PyLong_FromNumber(p.tm_min),
    PyLong_FromNumber(p.tm_sec),
    PyLong_FromNumber((p.tm_wday + 6) % 7),
    PyLong_FromNumber(p.tm_yday + 1),
    PyLong_FromNumber(p.tm_isdst),
    PyUnicode_FromString(p.tm_zone ?? ""),
    PyLong_FromNumber(p.tm_gmtoff),
  ]);
}

/** The "i" converter of PyArg_ParseTuple: a C int, or null with the error set. */
function getargs_i(o: PyObject): number | null {
  const v = indexValue(o);
  if (v === null) return null;
  if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  if (v > INT_MAX) return PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
  if (v < INT_MIN) return PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
  return Number(v);
}

/**
 * Parse the optional seconds argument of gmtime/localtime/ctime (parse_time_t_args):
 * None or absent means now. Returns null with the error set.
 */
function parse_time_t_args(args: PyObject[], fname: string): time_t | null {
  if (args.length > 1) {
    return PyErr_SetString(PyExc_TypeError, `${fname}() takes at most 1 argument (${args.length} given)`);
  }
  if (args.length === 0 || args[0] === Py_None) return time_now_seconds();
  return _PyTime_ObjectToTime_t(args[0], _PyTime_round_t._PyTime_ROUND_FLOOR);
}

/** time(NULL): whole seconds since the epoch. */
function time_now_seconds(): time_t {
  const ns = hostOS().time_ns();
  let s = ns / 1000000000n;
  if (ns % 1000000000n < 0n) s -= 1n;
  return Number(s);
}

/**
 * @cpython gettmarg: a 9-item tuple (or struct_time, whose tm_zone and tm_gmtoff are used
 * too) as a struct tm. `format_err` is the message for a tuple of the wrong shape.
 */
function gettmarg(args: PyObject, p: tm, format_err: string): boolean {
  if (!PyTuple_Check(args)) {
    PyErr_SetString(PyExc_TypeError, "Tuple or struct_time argument required");
    return false;
  }
  const items = (args as PyTupleObject).ob_item;
  if (items.length !== 9) {
    PyErr_SetString(PyExc_TypeError, format_err);
    return false;
  }
  const v: number[] = [];
  for (let i = 0; i < 9; i++) {
    const n = getargs_i(items[i]);
    if (n === null) return false;
    v.push(n);
  }
  const y = v[0];
  if (y < INT_MIN + 1900) {
    PyErr_SetString(PyExc_OverflowError, "year out of range");
    return false;
  }
  p.tm_year = y - 1900;
  p.tm_mon = v[1] - 1;
  p.tm_mday = v[2];
  p.tm_hour = v[3];
  p.tm_min = v[4];
  p.tm_sec = v[5];
  // C's % keeps the sign of the dividend, as JavaScript's does.
  p.tm_wday = (v[6] + 1) % 7;
  p.tm_yday = v[7] - 1;
  p.tm_isdst = v[8];
  p.tm_zone = null;
  p.tm_gmtoff = 0;
  if (args.ob_type === StructTimeType) {
    const zone = PyStructSequence_GetItem(args, 9);
    if (zone !== undefined && zone !== Py_None) {
      if (!PyUnicode_Check(zone)) {
        PyErr_SetString(PyExc_TypeError, "bad argument type for built-in operation");
        return false;
      }
      p.tm_zone = (zone as PyUnicodeObject).str;
    }
    const off = PyStructSequence_GetItem(args, 10);
    if (off !== undefined && off !== Py_None) {
      const g = indexValue(off);
      if (g === null) return false;
      if (typeof g === "bigint") {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
        return false;
      }
      p.tm_gmtoff = g;
    }
  }
  return true;
}

/**
 * @cpython checktm: reject fields that would index past the name tables of asctime and
 * strftime, allowing 0 for the month, day of month and day of year.
 */
function checktm(buf: tm): boolean {
  const fail = (msg: string): boolean => {
    PyErr_SetString(PyExc_ValueError, msg);
    return false;
  };
  if (buf.tm_mon === -1) buf.tm_mon = 0;
  else if (buf.tm_mon < 0 || buf.tm_mon > 11) return fail("month out of range");
  if (buf.tm_mday === 0) buf.tm_mday = 1;
  else if (buf.tm_mday < 0 || buf.tm_mday > 31) return fail("day of month out of range");
  if (buf.tm_hour < 0 || buf.tm_hour > 23) return fail("hour out of range");
  if (buf.tm_min < 0 || buf.tm_min > 59) return fail("minute out of range");
  if (buf.tm_sec < 0 || buf.tm_sec > 61) return fail("seconds out of range");
  if (buf.tm_wday < 0) return fail("day of week out of range");
  if (buf.tm_yday === -1) buf.tm_yday = 0;
  else if (buf.tm_yday < 0 || buf.tm_yday > 365) return fail("day of year out of range");
  return true;
}

// -- strftime (the GNU C library's formatter, C locale) -------------------------------------

const weekday_name = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const month_name = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/** Days from the Monday starting ISO week 1 to day `yday` (weekday `wday`) of the year. */
function iso_week_days(yday: number, wday: number): number {
  const big_enough_multiple_of_7 = (Math.trunc(366 / 7) + 2) * 7;
  return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1;
}

/** towupper() on each character (C.UTF-8 maps non-ASCII letters too; one character each). */
function towupper_str(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toUpperCase();
  let r = "";
  for (const c of s) {
    const u = c.toUpperCase();
    r += u.length === c.length ? u : c;
  }
  return r;
}

/** towlower() on each character. */
function towlower_str(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let r = "";
  for (const c of s) {
    const u = c.toLowerCase();
    r += u.length === c.length ? u : c;
  }
  return r;
}

/** Integer division truncating toward zero, as C's `/` on ints. */
function cdiv(a: number, b: number): number {
  return Math.trunc(a / b);
}

/**
 * The formatter: each conversion `%[flags][width][E|O]c`. Flags `_` (pad with spaces),
 * `-` (no padding), `0` (pad with zeros), `^` (upper case) and `#` (swap case) and the width
 * apply as in glibc; an unknown conversion is copied out as written. `tzname` gives the
 * zone name when the tm carries none.
 */
function format_time(format: string, tp: tm, tzname: readonly [string, string]): string {
  let out = "";
  let hour12 = tp.tm_hour;
  if (hour12 > 12) hour12 -= 12;
  else if (hour12 === 0) hour12 = 12;
  const n = format.length;
  for (let f = 0; f < n; f++) {
    const ch = format.charCodeAt(f);
    if (ch !== 0x25 /* % */) {
      // Copy literal text up to the next '%' in one go.
      let e = format.indexOf("%", f);
      if (e < 0) e = n;
      out += format.slice(f, e);
      f = e - 1;
      continue;
    }
    let pad = "";
    let to_uppcase = false, to_lowcase = false, change_case = false;
    for (;;) {
      const c = format[++f];
      if (c === "_" || c === "-" || c === "0") pad = c;
      else if (c === "^") to_uppcase = true;
      else if (c === "#") change_case = true;
      else break;
    }
    let width = -1;
    if (f < n && format[f] >= "0" && format[f] <= "9") {
      width = 0;
      while (f < n && format[f] >= "0" && format[f] <= "9") {
        width = width > cdiv(INT_MAX, 10) ? INT_MAX : Math.min(INT_MAX, width * 10 + (format.charCodeAt(f) - 48));
        f++;
      }
    }
    let modifier = "";
    if (format[f] === "E" || format[f] === "O") modifier = format[f++];
    const format_char = f < n ? format[f] : "";

    // add(): the text, padded on the left to the width (zeros with the 0 flag).
    const add = (s: string): void => {
      const delta = width - s.length;
      if (delta > 0) out += (pad === "0" ? "0" : " ").repeat(delta);
      out += s;
    };
    const cpy = (s: string): void => add(to_lowcase ? towlower_str(s) : to_uppcase ? towupper_str(s) : s);
    /** Numbers: at least `d` digits (or the width), padded per the flags. */
    const do_number = (d: number, value: number, spacepad = false): void => {
      if (spacepad && pad !== "0" && pad !== "-") pad = "_";
      const digits = d > width ? d : width;
      const negative = value < 0;
      let body = String(Math.abs(value));
      if (negative) body = "-" + body;
      do_number_sign_and_padding(body, negative, digits);
    };
    const do_number_sign_and_padding = (body: string, negative: boolean, digits: number): void => {
      if (pad !== "-") {
        const padding = digits - body.length;
        if (padding > 0) {
          if (pad === "_") {
            out += " ".repeat(padding);
            width = width > padding ? width - padding : 0;
          } else {
            if (negative) {
              out += "-";
              body = body.slice(1);
            }
            out += "0".repeat(padding);
            width = 0;
          }
        }
      }
      cpy(body);
    };
    const subformat = (sub: string): void => {
      let s = format_time(sub, tp, tzname);
      if (to_uppcase) s = towupper_str(s);
      add(s);
    };
    const bad_format = (): void => {
      // The conversion as written, back to the nearest '%' (which is the conversion
      // character itself in "%E%").
      cpy(format.slice(format.lastIndexOf("%", f), f + 1));
    };

    switch (format_char) {
      case "%":
        if (modifier !== "") { bad_format(); break; }
        add("%");
        break;
      case "a":
      case "A":
        if (modifier !== "") { bad_format(); break; }
        if (change_case) { to_uppcase = true; to_lowcase = false; }
        {
          const name = tp.tm_wday < 0 || tp.tm_wday > 6 ? "?" : weekday_name[tp.tm_wday];
          cpy(format_char === "a" ? name.slice(0, 3) : name);
        }
        break;
      case "b":
      case "h":
      case "B":
        if (change_case) { to_uppcase = true; to_lowcase = false; }
        if (modifier === "E") { bad_format(); break; }
        {
          const name = tp.tm_mon < 0 || tp.tm_mon > 11 ? "?" : month_name[tp.tm_mon];
          cpy(format_char === "B" ? name : name.slice(0, 3));
        }
        break;
      case "c":
        if (modifier === "O") { bad_format(); break; }
        subformat("%a %b %e %H:%M:%S %Y");
        break;
      case "C": {
        const year = (tp.tm_year + 1900) | 0; // int arithmetic, wrapping as C does
        do_number(1, cdiv(year, 100) - (year % 100 < 0 ? 1 : 0));
        break;
      }
      case "x":
        if (modifier === "O") { bad_format(); break; }
        subformat("%m/%d/%y");
        break;
      case "D":
        if (modifier !== "") { bad_format(); break; }
        subformat("%m/%d/%y");
        break;
      case "d":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_mday);
        break;
      case "e":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_mday, true);
        break;
      case "F":
        if (modifier !== "") { bad_format(); break; }
        subformat("%Y-%m-%d");
        break;
      case "H":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_hour);
        break;
      case "I":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, hour12);
        break;
      case "k":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_hour, true);
        break;
      case "l":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, hour12, true);
        break;
      case "j":
        if (modifier === "E") { bad_format(); break; }
        do_number(3, 1 + tp.tm_yday);
        break;
      case "M":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_min);
        break;
      case "m":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_mon + 1);
        break;
      case "n":
        add("\n");
        break;
      case "P":
      case "p":
        if (format_char === "P") to_lowcase = true;
        if (change_case) { to_uppcase = false; to_lowcase = true; }
        cpy(tp.tm_hour > 11 ? "PM" : "AM");
        break;
      case "R":
        subformat("%H:%M");
        break;
      case "r":
        subformat("%I:%M:%S %p");
        break;
      case "S":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, tp.tm_sec);
        break;
      case "s": {
        const copy = Object.assign(new tm(), tp);
        const t = mktime(copy);
        const v = t === null ? -1 : t;
        const negative = v < 0;
        const body = String(v);
        do_number_sign_and_padding(body, negative, 1);
        break;
      }
      case "X":
        if (modifier === "O") { bad_format(); break; }
        subformat("%H:%M:%S");
        break;
      case "T":
        subformat("%H:%M:%S");
        break;
      case "t":
        add("\t");
        break;
      case "u":
        do_number(1, (tp.tm_wday - 1 + 7) % 7 + 1);
        break;
      case "U":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, cdiv(tp.tm_yday - tp.tm_wday + 7, 7));
        break;
      case "V":
      case "g":
      case "G": {
        if (modifier === "E") { bad_format(); break; }
        let year = (tp.tm_year + 1900) | 0;
        let days = iso_week_days(tp.tm_yday, tp.tm_wday);
        if (days < 0) {
          // The week belongs to the last ISO year.
          year--;
          days = iso_week_days(tp.tm_yday + (365 + (isleap(year) ? 1 : 0)), tp.tm_wday);
        } else {
          const d = iso_week_days(tp.tm_yday - (365 + (isleap(year) ? 1 : 0)), tp.tm_wday);
          if (d >= 0) {
            // The week belongs to the next ISO year.
            year++;
            days = d;
          }
        }
        if (format_char === "g") do_number(2, (year % 100 + 100) % 100);
        else if (format_char === "G") do_number(1, year);
        else do_number(2, cdiv(days, 7) + 1);
        break;
      }
      case "W":
        if (modifier === "E") { bad_format(); break; }
        do_number(2, cdiv(tp.tm_yday - (tp.tm_wday - 1 + 7) % 7 + 7, 7));
        break;
      case "w":
        if (modifier === "E") { bad_format(); break; }
        do_number(1, tp.tm_wday);
        break;
      case "Y":
        if (modifier === "O") { bad_format(); break; }
        do_number(1, (tp.tm_year + 1900) | 0);
        break;
      case "y":
        do_number(2, (tp.tm_year % 100 + 100) % 100);
        break;
      case "Z": {
        if (change_case) { to_uppcase = false; to_lowcase = true; }
        let zone = tp.tm_zone;
        if (!zone && tp.tm_isdst >= 0) zone = tp.tm_isdst <= 1 ? tzname[tp.tm_isdst] : "?";
        cpy(zone ?? "");
        break;
      }
      case "z": {
        if (tp.tm_isdst < 0) break;
        let diff = tp.tm_gmtoff;
        if (diff < 0) {
          add("-");
          diff = -diff;
        } else add("+");
        diff = cdiv(diff, 60);
        do_number(4, cdiv(diff, 60) * 100 + diff % 60);
        break;
      }
      case "":
        // A '%' (with flags) ending the format is copied out.
        f--;
        bad_format();
        break;
      default:
        bad_format();
        break;
    }
  }
  return out;
}

// -- timezone attributes ----------------------------------------------------------------------

/** tzname as the module last computed it (strftime's %Z falls back to it). */
let tzname_cache: [string, string] = ["UTC", "UTC"];

/**
 * @cpython init_timezone (the branch for C libraries without `tzname`): sample the zone in
 * January and in July of this year; the one further west is standard time.
 */
function init_timezone(m: PyObject): number {
  const YEAR = (365 * 24 + 6) * 3600;
  const t = Math.floor(Number(time_now_seconds()) / YEAR) * YEAR;
  const jan = local_offset(t), jul = local_offset(t + YEAR / 2);
  const janzone = -jan[0], julyzone = -jul[0];
  const MAX_TIMEZONE = 48 * 3600;
  if (janzone < -MAX_TIMEZONE || janzone > MAX_TIMEZONE || julyzone < -MAX_TIMEZONE || julyzone > MAX_TIMEZONE) {
    PyErr_SetString(PyExc_ValueError, "invalid GMT offset");
    return -1;
  }
  let names: [string, string];
  if (janzone < julyzone) {
    // Summer time in January: the southern hemisphere.
    PyModule_AddIntConstant(m, "timezone", julyzone);
    PyModule_AddIntConstant(m, "altzone", janzone);
    PyModule_AddIntConstant(m, "daylight", janzone !== julyzone ? 1 : 0);
    names = [jul[2], jan[2]];
  } else {
    PyModule_AddIntConstant(m, "timezone", janzone);
    PyModule_AddIntConstant(m, "altzone", julyzone);
    PyModule_AddIntConstant(m, "daylight", janzone !== julyzone ? 1 : 0);
    names = [jan[2], jul[2]];
  }
  tzname_cache = names;
  const tz = _PyTuple_FromArraySteal([PyUnicode_FromString(names[0]), PyUnicode_FromString(names[1])]);
  PyModule_AddObjectRef(m, "tzname", tz);
  Py_DECREF(tz);
  return 0;
}

// -- the module functions -----------------------------------------------------------------------

/** @cpython time_time */
function time_time(_self: PyObject | null): PyObject {
  return PyFloat_FromDouble(_PyTime_AsSecondsDouble(hostOS().time_ns()));
}

/** @cpython time_time_ns */
function time_time_ns(_self: PyObject | null): PyObject {
  return PyLong_FromBigInt(hostOS().time_ns());
}

// Linux's clock ids.
const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME_ID = 2;
const CLOCK_THREAD_CPUTIME_ID = 3;

/** clock_gettime(2) over the host's clocks: nanoseconds, or null for an unknown clock. */
function clock_gettime(clk_id: number): bigint | null {
  const os = hostOS();
  switch (clk_id) {
    case CLOCK_REALTIME: return os.time_ns();
    case CLOCK_MONOTONIC: return os.monotonic_ns();
    case CLOCK_PROCESS_CPUTIME_ID:
    case CLOCK_THREAD_CPUTIME_ID: return os.process_time_ns();
    default: return null;
  }
}

function clock_id_arg(args: PyObject[], fname: string): number | null {
  if (args.length !== 1) {
    return PyErr_SetString(PyExc_TypeError, `${fname}() takes exactly 1 argument (${args.length} given)`);
  }
  return getargs_i(args[0]);
}

/** @cpython time_clock_gettime */
function time_clock_gettime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const clk_id = clock_id_arg(args, "clock_gettime");
  if (clk_id === null) return null;
  const ns = clock_gettime(clk_id);
  if (ns === null) return setFromErrno(EINVAL);
  return PyFloat_FromDouble(Number(ns / 1000000000n) + Number(ns % 1000000000n) * 1e-9);
}

/** @cpython time_clock_gettime_ns */
function time_clock_gettime_ns(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const clk_id = clock_id_arg(args, "clock_gettime");
  if (clk_id === null) return null;
  const ns = clock_gettime(clk_id);
  if (ns === null) return setFromErrno(EINVAL);
  return PyLong_FromBigInt(ns);
}

/** @cpython time_clock_getres: every host clock counts in nanoseconds. */
function time_clock_getres(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const clk_id = clock_id_arg(args, "clock_getres");
  if (clk_id === null) return null;
  if (clk_id < 0 || clk_id > CLOCK_THREAD_CPUTIME_ID) return setFromErrno(EINVAL);
  return PyFloat_FromDouble(1e-9);
}

/** @cpython time_sleep */
function time_sleep(_self: PyObject | null, timeout_obj: PyObject): PyObject | null {
  const timeout = _PyTime_FromSecondsObject(timeout_obj, _PyTime_ROUND_TIMEOUT);
  if (timeout === null) return null;
  if (timeout < 0n) return PyErr_SetString(PyExc_ValueError, "sleep length must be non-negative");
  if (pysleep(Number(timeout) / 1e9) < 0) return null;
  return Py_NewNone();
}

/**
 * @cpython pysleep: sleep `seconds`; a signal that arrives meanwhile runs its Python handler
 * (PEP 475), and if the handler raises (KeyboardInterrupt), returns -1 with it set; otherwise
 * the sleep goes on for the time that is left.
 */
export function pysleep(seconds: number): number {
  const os = hostOS();
  const deadline = os.monotonic_ns() + BigInt(Math.round(seconds * 1e9));
  for (let left = seconds; left > 0; left = Number(deadline - os.monotonic_ns()) / 1e9) {
    if (os.sleep(left) === 0) return 0;
    if (PyErr_CheckSignals() < 0) return -1;
  }
  return 0;
}

/** @cpython time_gmtime */
function time_gmtime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const when = parse_time_t_args(args, "gmtime");
  if (when === null) return null;
  const buf = new tm();
  if (_PyTime_gmtime(when, buf) !== 0) return null;
  return tmtotuple(buf);
}

/** @cpython time_localtime */
function time_localtime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const when = parse_time_t_args(args, "localtime");
  if (when === null) return null;
  const buf = new tm();
  if (_PyTime_localtime(when, buf) !== 0) return null;
  return tmtotuple(buf);
}

/** @cpython time_strftime */
function time_strftime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  if (args.length < 1 || args.length > 2) {
    return PyErr_SetString(PyExc_TypeError,
      `strftime() takes ${args.length < 1 ? "at least" : "at most"} ${args.length < 1 ? 1 : 2} argument${args.length < 1 ? "" : "s"} (${args.length} given)`);
  }
  const format_arg = args[0];
  if (!PyUnicode_Check(format_arg)) {
    return PyErr_SetString(PyExc_TypeError, `strftime() argument 1 must be str, not ${format_arg.ob_type.tp_name}`);
  }
  const buf = new tm();
  if (args.length === 1) {
    if (_PyTime_localtime(time_now_seconds(), buf) !== 0) return null;
  } else if (!gettmarg(args[1], buf, "strftime(): illegal time tuple argument") || !checktm(buf)) {
    return null;
  }
  // A tm_isdst past +-1 would index past tzname in %Z.
  if (buf.tm_isdst < -1) buf.tm_isdst = -1;
  else if (buf.tm_isdst > 1) buf.tm_isdst = 1;
  const fmt = (format_arg as PyUnicodeObject).str;
  if (fmt.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return PyUnicode_FromString(format_time(fmt, buf, tzname_cache));
}

/** @cpython time_strptime: _strptime._strptime_time(*args). */
function time_strptime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const module = PyImport_ImportModule("_strptime");
  if (module === null) return null;
  const func = PyObject_GetAttrString(module, "_strptime_time");
  Py_DECREF(module);
  if (func === null) return null;
  const result = PyObject_Vectorcall(func, args, null);
  Py_DECREF(func);
  return result;
}

const wday_name = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const mon_name = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad2 = (v: number): string => (v < 0 ? "-" + String(-v).padStart(2, "0") : String(v).padStart(2, "0"));

/** @cpython _asctime: "Sun Jun  9 01:21:11 1993" */
function _asctime(p: tm): PyObject {
  return PyUnicode_FromString(
    `${wday_name[p.tm_wday]} ${mon_name[p.tm_mon]}${String(p.tm_mday).padStart(3, " ")} ` +
    `${pad2(p.tm_hour)}:${pad2(p.tm_min)}:${pad2(p.tm_sec)} ${(p.tm_year + 1900) | 0}`);
}

/** @cpython time_asctime */
function time_asctime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  if (args.length > 1) {
    return PyErr_SetString(PyExc_TypeError, `asctime expected at most 1 argument, got ${args.length}`);
  }
  const buf = new tm();
  if (args.length === 0) {
    if (_PyTime_localtime(time_now_seconds(), buf) !== 0) return null;
  } else if (!gettmarg(args[0], buf, "asctime(): illegal time tuple argument") || !checktm(buf)) {
    return null;
  }
  return _asctime(buf);
}

/** @cpython time_ctime */
function time_ctime(_self: PyObject | null, args: PyObject[]): PyObject | null {
  const tt = parse_time_t_args(args, "ctime");
  if (tt === null) return null;
  const buf = new tm();
  if (_PyTime_localtime(tt, buf) !== 0) return null;
  return _asctime(buf);
}

/** @cpython time_mktime */
function time_mktime(_self: PyObject | null, tm_tuple: PyObject): PyObject | null {
  const buf = new tm();
  if (!gettmarg(tm_tuple, buf, "mktime(): illegal time tuple argument")) return null;
  buf.tm_wday = -1;
  const tt = mktime(buf);
  if (tt === null) {
    if (PyErr_Occurred()) return null;
    return PyErr_SetString(PyExc_OverflowError, "mktime argument out of range");
  }
  return PyFloat_FromDouble(Number(tt));
}

/** @cpython time_tzset: read the host's zone again and reset timezone, altzone, daylight, tzname. */
function time_tzset(_self: PyObject | null): PyObject | null {
  const m = PyImport_ImportModule("time");
  if (m === null) return null;
  const r = init_timezone(m);
  Py_DECREF(m);
  if (r < 0) return null;
  return Py_NewNone();
}

/** @cpython time_monotonic */
function time_monotonic(_self: PyObject | null): PyObject {
  return PyFloat_FromDouble(_PyTime_AsSecondsDouble(hostOS().monotonic_ns()));
}

/** @cpython time_monotonic_ns */
function time_monotonic_ns(_self: PyObject | null): PyObject {
  return PyLong_FromBigInt(hostOS().monotonic_ns());
}

/** @cpython time_process_time */
function time_process_time(_self: PyObject | null): PyObject {
  return PyFloat_FromDouble(_PyTime_AsSecondsDouble(hostOS().process_time_ns()));
}

/** @cpython time_process_time_ns */
function time_process_time_ns(_self: PyObject | null): PyObject {
  return PyLong_FromBigInt(hostOS().process_time_ns());
}

/** What get_clock_info reports for each clock: [implementation, monotonic, adjustable, resolution]. */
const clock_infos: Record<string, [string, boolean, boolean, number]> = {
  time: ["clock_gettime(CLOCK_REALTIME)", false, true, 1e-9],
  monotonic: ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9],
  perf_counter: ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9],
  // The host measures CPU time with getrusage(): microseconds.
  process_time: ["getrusage(RUSAGE_SELF)", true, false, 1e-6],
  thread_time: ["getrusage(RUSAGE_SELF)", true, false, 1e-6],
};

/**
 * A types.SimpleNamespace with the given attributes (_PyNamespace_New). The type is found
 * through sys.implementation, as Lib/types.py finds it.
 */
function _PyNamespace_New(attrs: [string, PyObject][]): PyObject | null {
  const sys = PyImport_ImportModule("sys");
  if (sys === null) return null;
  const impl = PyObject_GetAttrString(sys, "implementation");
  Py_DECREF(sys);
  if (impl === null) return null;
  const nstype = impl.ob_type;
  Py_DECREF(impl);
  const values = attrs.map(([, v]) => v);
  const kwnames = PyTuple_FromArray(attrs.map(([k]) => PyUnicode_FromString(k)));
  const r = PyObject_Vectorcall(nstype, values, kwnames);
  for (const k of kwnames.ob_item) Py_DECREF(k);
  Py_DECREF(kwnames);
  return r;
}

/** @cpython time_get_clock_info */
function time_get_clock_info(_self: PyObject | null, args: PyObject[]): PyObject | null {
  if (args.length !== 1) {
    return PyErr_SetString(PyExc_TypeError, `get_clock_info() takes exactly 1 argument (${args.length} given)`);
  }
  if (!PyUnicode_Check(args[0])) {
    return PyErr_SetString(PyExc_TypeError, `get_clock_info() argument 1 must be str, not ${args[0].ob_type.tp_name}`);
  }
  const name = (args[0] as PyUnicodeObject).str;
  if (name.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  const info = Object.prototype.hasOwnProperty.call(clock_infos, name) ? clock_infos[name] : undefined;
  if (info === undefined) return PyErr_SetString(PyExc_ValueError, "unknown clock");
  const attrs: [string, PyObject][] = [
    ["implementation", PyUnicode_FromString(info[0])],
    ["monotonic", PyBool_FromLong(info[1])],
    ["adjustable", PyBool_FromLong(info[2])],
    ["resolution", PyFloat_FromDouble(info[3])],
  ];
  const ns = _PyNamespace_New(attrs);
  for (const [, v] of attrs) Py_DECREF(v);
  return ns;
}

const time_methods: PyMethodDef[] = [
  { ml_name: "time", ml_meth: time_time, ml_flags: METH_NOARGS,
    ml_doc: "time() -> floating point number\n\nSeconds since the Epoch, with whatever fraction the clock gives." },
  { ml_name: "time_ns", ml_meth: time_time_ns, ml_flags: METH_NOARGS,
    ml_doc: "time_ns() -> int\n\nNanoseconds since the Epoch." },
  { ml_name: "clock_gettime", ml_meth: time_clock_gettime, ml_flags: METH_FASTCALL,
    ml_doc: "clock_gettime(clk_id) -> float\n\nThe reading of clock clk_id, in seconds." },
  { ml_name: "clock_gettime_ns", ml_meth: time_clock_gettime_ns, ml_flags: METH_FASTCALL,
    ml_doc: "clock_gettime_ns(clk_id) -> int\n\nThe reading of clock clk_id, in nanoseconds." },
  { ml_name: "clock_getres", ml_meth: time_clock_getres, ml_flags: METH_FASTCALL,
    ml_doc: "clock_getres(clk_id) -> floating point number\n\nThe resolution of clock clk_id, in seconds." },
  { ml_name: "sleep", ml_meth: time_sleep, ml_flags: METH_O,
    ml_doc: "sleep(seconds)\n\nWait the given number of seconds (a float gives fractions)." },
  { ml_name: "gmtime", ml_meth: time_gmtime, ml_flags: METH_FASTCALL,
    ml_doc: "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n" +
      "The UTC struct_time of a time in seconds since the Epoch (now when left out);\ntm_zone and tm_gmtoff are attributes only." },
  { ml_name: "localtime", ml_meth: time_localtime, ml_flags: METH_FASTCALL,
    ml_doc: "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n" +
      "The local-time struct_time of a time in seconds since the Epoch (now when left out)." },
  { ml_name: "asctime", ml_meth: time_asctime, ml_flags: METH_FASTCALL,
    ml_doc: "asctime([tuple]) -> string\n\nA time tuple as text, such as 'Sat Jun 06 16:26:11 1998' (now when left out)." },
  { ml_name: "ctime", ml_meth: time_ctime, ml_flags: METH_FASTCALL,
    ml_doc: "ctime(seconds) -> string\n\nasctime(localtime(seconds)); now when seconds is left out." },
  { ml_name: "mktime", ml_meth: time_mktime, ml_flags: METH_O,
    ml_doc: "mktime(tuple) -> floating point number\n\nThe seconds since the Epoch of a local-time tuple (the inverse of localtime())." },
  { ml_name: "strftime", ml_meth: time_strftime, ml_flags: METH_FASTCALL,
    ml_doc: "strftime(format[, tuple]) -> string\n\nFormat a time tuple (now when left out) with the C library's % codes:\n" +
      "%Y year, %m month, %d day, %H hour, %M minute, %S second, %z UTC offset,\n%a/%A weekday, %b/%B month name, %c date and time, %I 12-hour clock, %p AM/PM." },
  { ml_name: "strptime", ml_meth: time_strptime, ml_flags: METH_FASTCALL,
    ml_doc: "strptime(string, format) -> struct_time\n\nParse a string with a strftime() format into a time tuple." },
  { ml_name: "tzset", ml_meth: time_tzset, ml_flags: METH_NOARGS,
    ml_doc: "tzset()\n\nRead the local time zone again (the TZ environment variable) and reset\ntimezone, altzone, daylight and tzname." },
  { ml_name: "monotonic", ml_meth: time_monotonic, ml_flags: METH_NOARGS,
    ml_doc: "monotonic() -> float\n\nA clock that never goes backward." },
  { ml_name: "monotonic_ns", ml_meth: time_monotonic_ns, ml_flags: METH_NOARGS,
    ml_doc: "monotonic_ns() -> int\n\nA clock that never goes backward, in nanoseconds." },
  { ml_name: "process_time", ml_meth: time_process_time, ml_flags: METH_NOARGS,
    ml_doc: "process_time() -> float\n\nCPU time (user and system) used by the process." },
  { ml_name: "process_time_ns", ml_meth: time_process_time_ns, ml_flags: METH_NOARGS,
    ml_doc: "process_time() -> int\n\nCPU time (user and system) used by the process, in nanoseconds." },
  { ml_name: "thread_time", ml_meth: time_process_time, ml_flags: METH_NOARGS,
    ml_doc: "thread_time() -> float\n\nCPU time (user and system) used by the thread." },
  { ml_name: "thread_time_ns", ml_meth: time_process_time_ns, ml_flags: METH_NOARGS,
    ml_doc: "thread_time() -> int\n\nCPU time (user and system) used by the thread, in nanoseconds." },
  { ml_name: "perf_counter", ml_meth: time_monotonic, ml_flags: METH_NOARGS,
    ml_doc: "perf_counter() -> float\n\nThe clock for measuring short durations." },
  { ml_name: "perf_counter_ns", ml_meth: time_monotonic_ns, ml_flags: METH_NOARGS,
    ml_doc: "perf_counter_ns() -> int\n\nThe clock for measuring short durations, in nanoseconds." },
  { ml_name: "get_clock_info", ml_meth: time_get_clock_info, ml_flags: METH_FASTCALL,
    ml_doc: "get_clock_info(name: str) -> dict\n\nHow the named clock is implemented: implementation, monotonic, adjustable, resolution." },
];

const module_doc =
  "Time access and conversions.\n\n" +
  "Times are either seconds since the Epoch (1970-01-01 00:00:00 UTC), as an int or a float,\n" +
  "or time tuples (struct_time) of nine integers: year (e.g. 1998), month (1-12), day (1-31),\n" +
  "hours (0-23), minutes (0-59), seconds (0-59), weekday (0-6, Monday is 0), day of the year\n" +
  "(1-366) and the DST flag (1 in summer time, 0 if not, -1 when mktime() should work it out).\n";

/** @cpython PyInit_time (with time_exec) */
export function PyInit_time(): PyObject | null {
  const m: PyModuleObject = PyModule_Create("time", module_doc, time_methods);
  if (init_timezone(m) < 0) {
    Py_DECREF(m);
    return null;
  }
  PyModule_AddIntConstant(m, "CLOCK_REALTIME", CLOCK_REALTIME);
  PyModule_AddIntConstant(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC);
  PyModule_AddIntConstant(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID);
  PyModule_AddIntConstant(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID);
  PyModule_AddIntConstant(m, "_STRUCT_TM_ITEMS", 11);
  if (PyModule_AddType(m, struct_time_type()) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
