/**
 * @mirrors Modules/_datetimemodule.c
 * datetime.time: a time of day, naive or with a tzinfo, with fold.
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE, METH_NOARGS, METH_O, METH_CLASS, METH_FASTCALL, METH_KEYWORDS, type PyGetSetDef } from "../../Include/object.ts";
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "../../Objects/exceptions.ts";
import { Py_None, PyObject_Hash, PyObject_GenericGetAttr } from "../../Objects/object.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { PyLong_FromNumber } from "../../Objects/longobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyBytes_FromArray } from "../../Objects/bytesobject.ts";
import { PyTupleObject, _PyTuple_FromArraySteal } from "../../Objects/tupleobject.ts";
import { PyObject_CallMethod } from "../../Objects/call.ts";
import { _PyArg_ParseTupleAndKeywordsSlots } from "../../Python/getargs.ts";
import { PyDateTime_Delta, PyDateTime_Time, PyDelta_Check, PyTime_Check, append_keyword_fold, append_keyword_tzinfo, argLabel, callInts, call_dst, call_tzname, call_utcoffset, checkArgCount, check_tzinfo_subclass, cmp, convertInts, diff_to_bool, format_utcoffset, getargs_i, getargs_s, new_delta, new_time_ex2, notImplemented, pad, tzinfoGetter, tzinfo_from_isoformat_results, wrap_strftime } from "./common.ts";
import { byteAt, bytes_hash, date_format, invalid_isoformat, parse_isoformat_time, pickle_state, strftime_format, utf8z } from "./date.ts";
import { delta_cmp, delta_subtract } from "./delta.ts";

// =================================================================================================
// time
// =================================================================================================

export const time_kws = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/** The 6-byte state of a time (the fold bit is added by time_getstate). */
export function time_data(self: PyDateTime_Time): Uint8Array {
  const us = self.microsecond;
  return Uint8Array.of(self.hour, self.minute, self.second, (us >> 16) & 0xff, (us >> 8) & 0xff, us & 0xff);
}

/** @cpython time_from_pickle */
export function time_from_pickle(type: PyTypeObject, state: Uint8Array, tzinfo: PyObject): PyObject | null {
  const aware = tzinfo !== Py_None;
  if (aware && check_tzinfo_subclass(tzinfo) < 0) return PyErr_SetString(PyExc_TypeError, "bad tzinfo state arg");
  let hour = state[0], fold = 0;
  if (hour & 0x80) {
    hour -= 128;
    fold = 1;
  }
  Py_INCREF(tzinfo);
  return new PyDateTime_Time(type, hour, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5], tzinfo, fold);
}

/** @cpython time_new */
export function time_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (nargs >= 1 && nargs <= 2) {
    const tzinfo = nargs === 2 ? args[1] : Py_None;
    const st = pickle_state(args[0], 6, (x) => (0x7f & byteAt(x, 0)) < 24, "time");
    if (st === null) return null;
    if (st !== undefined) return time_from_pickle(type, st, tzinfo);
  }
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "", time_kws, 0, 5);
  if (slots === null) return null;
  const v = [0, 0, 0, 0, 0, 0];
  if (!convertInts(slots, v, 0, 4) || !convertInts(slots, v, 5, 6)) return null;
  return new_time_ex2(v[0], v[1], v[2], v[3], slots[4] ?? Py_None, v[5], type);
}

/** @cpython time_dealloc */
export function time_dealloc(op: PyObject): void {
  Py_DECREF((op as PyDateTime_Time).tzinfo);
}

/** @cpython time_utcoffset */
export function time_utcoffset(self: PyObject): PyObject | null {
  return call_utcoffset((self as PyDateTime_Time).tzinfo, Py_None);
}

/** @cpython time_dst */
export function time_dst(self: PyObject): PyObject | null {
  return call_dst((self as PyDateTime_Time).tzinfo, Py_None);
}

/** @cpython time_tzname */
export function time_tzname(self: PyObject): PyObject | null {
  return call_tzname((self as PyDateTime_Time).tzinfo, Py_None);
}

/** @cpython time_repr */
export function time_repr(op: PyObject): PyObject | null {
  const self = op as PyDateTime_Time;
  const type_name = self.ob_type.tp_name;
  const h = self.hour, m = self.minute, s = self.second, us = self.microsecond;
  let r: string;
  if (us) r = `${type_name}(${h}, ${m}, ${s}, ${us})`;
  else if (s) r = `${type_name}(${h}, ${m}, ${s})`;
  else r = `${type_name}(${h}, ${m})`;
  const r2 = append_keyword_tzinfo(r, self.tzinfo);
  if (r2 === null) return null;
  return PyUnicode_FromString(append_keyword_fold(r2, self.fold));
}

/** @cpython time_str: self.isoformat() */
export function time_str(self: PyObject): PyObject | null {
  return PyObject_CallMethod(self, "isoformat", []);
}

/** The time part of isoformat for a timespec, or null (ValueError set) for an unknown one. */
export function format_timespec(timespec: string | null, h: number, m: number, s: number, us: number): string | null {
  let spec = timespec;
  if (spec === null || spec === "auto") spec = us === 0 ? "seconds" : "microseconds";
  switch (spec) {
    case "hours": return pad(h, 2);
    case "minutes": return `${pad(h, 2)}:${pad(m, 2)}`;
    case "seconds": return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`;
    case "milliseconds": return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case "microseconds": return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(us, 6)}`;
    default: return PyErr_SetString(PyExc_ValueError, "Unknown timespec value");
  }
}

/** @cpython time_isoformat */
export function time_isoformat(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_Time;
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "isoformat", ["timespec"], 0, 1);
  if (slots === null) return null;
  let timespec: string | null = null;
  if (slots[0] !== null) {
    timespec = getargs_s("isoformat", argLabel(args, kwnames, 0, ["timespec"]), slots[0]);
    if (timespec === null) return null;
  }
  const result = format_timespec(timespec, self.hour, self.minute, self.second, self.microsecond);
  if (result === null) return null;
  if (self.tzinfo === Py_None) return PyUnicode_FromString(result);
  const off = format_utcoffset(":", self.tzinfo, Py_None);
  if (off === null) return null;
  return PyUnicode_FromString(result + off);
}

/** @cpython time_strftime */
export function time_strftime(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_Time;
  const format = strftime_format(args, kwnames);
  if (format === null) return null;
  const tuple = _PyTuple_FromArraySteal([1900, 1, 1, self.hour, self.minute, self.second, 0, 1, -1].map((v) => PyLong_FromNumber(v)));
  const result = wrap_strftime(self, format, tuple, Py_None);
  Py_DECREF(tuple);
  return result;
}

export function time_cmp(a: PyDateTime_Time, b: PyDateTime_Time): number {
  return cmp(a.hour, b.hour) || cmp(a.minute, b.minute) || cmp(a.second, b.second) || cmp(a.microsecond, b.microsecond);
}

/** @cpython time_richcompare */
export function time_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (!PyTime_Check(other)) return notImplemented();
  const a = self as PyDateTime_Time;
  if (a.tzinfo === other.tzinfo) return diff_to_bool(time_cmp(a, other), op);
  const offset1 = time_utcoffset(a);
  if (offset1 === null) return null;
  const offset2 = time_utcoffset(other);
  if (offset2 === null) {
    Py_DECREF(offset1);
    return null;
  }
  let result: PyObject | null;
  if (offset1 === offset2 || (PyDelta_Check(offset1) && PyDelta_Check(offset2) && delta_cmp(offset1, offset2) === 0)) {
    result = diff_to_bool(time_cmp(a, other), op);
  } else if (offset1 !== Py_None && offset2 !== Py_None) {
    const o1 = offset1 as PyDateTime_Delta, o2 = offset2 as PyDateTime_Delta;
    const offsecs1 = a.hour * 3600 + a.minute * 60 + a.second - o1.days * 86400 - o1.seconds;
    const offsecs2 = other.hour * 3600 + other.minute * 60 + other.second - o2.days * 86400 - o2.seconds;
    let diff = offsecs1 - offsecs2;
    if (diff === 0) diff = a.microsecond - other.microsecond;
    result = diff_to_bool(diff, op);
  } else if (op === Py_EQ) {
    result = PyBool_FromLong(0);
  } else if (op === Py_NE) {
    result = PyBool_FromLong(1);
  } else {
    result = PyErr_SetString(PyExc_TypeError, "can't compare offset-naive and offset-aware times");
  }
  Py_DECREF(offset1);
  Py_DECREF(offset2);
  return result;
}

/** Hash a timedelta made from the fields minus an offset (aware times and datetimes). */
export function hash_delta_minus(days: number, seconds: number, us: number, offset: PyObject): [number, number] | null {
  const temp1 = new_delta(days, seconds, us, true);
  if (temp1 === null) return null;
  const temp2 = delta_subtract(temp1, offset);
  Py_DECREF(temp1);
  if (temp2 === null) return null;
  const lo = PyObject_Hash(temp2);
  const hi = Py_hash.hi;
  Py_DECREF(temp2);
  if (lo === -1 && hi === -1) return null;
  return [lo, hi];
}

/** @cpython time_hash */
export function time_hash(op: PyObject): number {
  const self = op as PyDateTime_Time;
  if (!self.hashed) {
    let self0: PyObject | null;
    if (self.fold) {
      self0 = new_time_ex2(self.hour, self.minute, self.second, self.microsecond, self.tzinfo, 0, self.ob_type);
      if (self0 === null) return errHash();
    } else {
      self0 = self;
      Py_INCREF(self0);
    }
    const offset = time_utcoffset(self0);
    Py_DECREF(self0);
    if (offset === null) return errHash();
    if (offset === Py_None) {
      Py_DECREF(offset);
      return bytes_hash(self, time_data(self));
    }
    const h = hash_delta_minus(0, self.hour * 3600 + self.minute * 60 + self.second, self.microsecond, offset);
    Py_DECREF(offset);
    if (h === null) return errHash();
    [self.hash_lo, self.hash_hi] = h;
    self.hashed = true;
  }
  Py_hash.hi = self.hash_hi;
  return self.hash_lo;
}

export function errHash(): number {
  Py_hash.hi = -1;
  return -1;
}

/** @cpython time_replace */
export function time_replace(op: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const self = op as PyDateTime_Time;
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "replace", time_kws, 0, 5);
  if (slots === null) return null;
  const v = [self.hour, self.minute, self.second, self.microsecond, 0, self.fold];
  if (!convertInts(slots, v, 0, 4) || !convertInts(slots, v, 5, 6)) return null;
  const tzinfo = slots[4] ?? self.tzinfo;
  if (v[5] !== 0 && v[5] !== 1) return PyErr_SetString(PyExc_ValueError, "fold must be either 0 or 1");
  const tuple: PyObject[] = v.slice(0, 4).map((x) => PyLong_FromNumber(x));
  Py_INCREF(tzinfo);
  tuple.push(tzinfo);
  const clone = time_new(self.ob_type, tuple, null);
  for (const t of tuple) Py_DECREF(t);
  if (clone !== null && PyTime_Check(clone)) clone.fold = v[5];
  return clone;
}

/** @cpython time_fromisoformat */
export function time_fromisoformat(cls: PyObject, tstr: PyObject): PyObject | null {
  if (!PyUnicode_Check(tstr)) return PyErr_SetString(PyExc_TypeError, "fromisoformat: argument must be str");
  const b = utf8z((tstr as PyUnicodeObject).str);
  if (b === null) return invalid_isoformat(tstr);
  let p = 0;
  let len = b.length - 1;
  if (b[0] === 0x54) {
    p++;
    len--;
  }
  const out = [0, 0, 0, 0, 0, 0];
  const rv = parse_isoformat_time(b, p, len, out);
  if (rv < 0) return invalid_isoformat(tstr);
  const tzinfo = tzinfo_from_isoformat_results(rv, out[4], out[5]);
  if (tzinfo === null) return null;
  let t: PyObject | null;
  if (cls === PyDateTime_TimeType) t = new_time_ex2(out[0], out[1], out[2], out[3], tzinfo, 0, PyDateTime_TimeType);
  else t = callInts(cls, out.slice(0, 4), tzinfo);
  Py_DECREF(tzinfo);
  return t;
}

/** @cpython time_getstate */
export function time_getstate(self: PyDateTime_Time, proto: number): PyObject {
  const data = time_data(self);
  if (proto > 3 && self.fold) data[0] |= 0x80;
  const basestate = PyBytes_FromArray(data);
  if (self.tzinfo === Py_None) return _PyTuple_FromArraySteal([basestate]);
  Py_INCREF(self.tzinfo);
  return _PyTuple_FromArraySteal([basestate, self.tzinfo]);
}

/** "i:__reduce_ex__" */
export function reduce_ex_proto(args: PyObject[]): number | null {
  if (!checkArgCount("__reduce_ex__", args.length, 1, 1)) return null;
  return getargs_i(args[0]);
}

/** @cpython time_reduce_ex */
export function time_reduce_ex(op: PyObject, args: PyObject[]): PyObject | null {
  const proto = reduce_ex_proto(args);
  if (proto === null) return null;
  Py_INCREF(op.ob_type);
  return _PyTuple_FromArraySteal([op.ob_type, time_getstate(op as PyDateTime_Time, proto)]);
}

/** @cpython time_reduce */
export function time_reduce(op: PyObject): PyObject | null {
  Py_INCREF(op.ob_type);
  return _PyTuple_FromArraySteal([op.ob_type, time_getstate(op as PyDateTime_Time, 2)]);
}


export const time_getset: PyGetSetDef[] = [
  { name: "hour", get: (o) => PyLong_FromNumber((o as PyDateTime_Time).hour) },
  { name: "minute", get: (o) => PyLong_FromNumber((o as PyDateTime_Time).minute) },
  { name: "second", get: (o) => PyLong_FromNumber((o as PyDateTime_Time).second) },
  { name: "microsecond", get: (o) => PyLong_FromNumber((o as PyDateTime_Time).microsecond) },
  { name: "tzinfo", get: tzinfoGetter },
  { name: "fold", get: (o) => PyLong_FromNumber((o as PyDateTime_Time).fold) },
];

export const PyDateTime_TimeType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.time", tp_basicsize: 40, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n" +
    "All arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n",
  tp_dealloc: time_dealloc, tp_repr: time_repr, tp_str: time_str, tp_hash: time_hash,
  tp_getattro: PyObject_GenericGetAttr, tp_richcompare: time_richcompare, tp_getset: time_getset, tp_new: time_new,
  tp_methods: [
    { ml_name: "isoformat", ml_meth: time_isoformat, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n" },
    { ml_name: "strftime", ml_meth: time_strftime, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "format -> strftime() style string." },
    { ml_name: "__format__", ml_meth: date_format, ml_flags: METH_FASTCALL, ml_doc: "Formats self with strftime." },
    { ml_name: "utcoffset", ml_meth: time_utcoffset, ml_flags: METH_NOARGS, ml_doc: "Return self.tzinfo.utcoffset(self)." },
    { ml_name: "tzname", ml_meth: time_tzname, ml_flags: METH_NOARGS, ml_doc: "Return self.tzinfo.tzname(self)." },
    { ml_name: "dst", ml_meth: time_dst, ml_flags: METH_NOARGS, ml_doc: "Return self.tzinfo.dst(self)." },
    { ml_name: "replace", ml_meth: time_replace, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Return time with new specified fields." },
    { ml_name: "fromisoformat", ml_meth: time_fromisoformat, ml_flags: METH_O | METH_CLASS, ml_doc: "string -> time from a string in ISO 8601 format" },
    { ml_name: "__reduce_ex__", ml_meth: time_reduce_ex, ml_flags: METH_FASTCALL, ml_doc: "__reduce_ex__(proto) -> (cls, state)" },
    { ml_name: "__reduce__", ml_meth: time_reduce, ml_flags: METH_NOARGS, ml_doc: "__reduce__() -> (cls, state)" },
  ],
});
