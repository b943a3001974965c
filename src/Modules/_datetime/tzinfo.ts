/**
 * @mirrors Modules/_datetimemodule.c
 * datetime.tzinfo (the abstract base whose fromutc is the generic conversion algorithm) and
 * datetime.timezone (a fixed offset with an optional name).
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_XDECREF, Py_TPFLAGS_BASETYPE, Py_EQ, Py_NE, METH_NOARGS, METH_O } from "../../Include/object.ts";
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_NotImplementedError } from "../../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_Repr, PyObject_GenericGetAttr, _PyObject_LookupAttr } from "../../Objects/object.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyTupleObject, PyTuple_FromArray, _PyTuple_FromArraySteal } from "../../Objects/tupleobject.ts";
import { PyObject_CallMethod, PyObject_CallNoArgs } from "../../Objects/call.ts";
import { _PyArg_ParseTupleAndKeywordsSlots } from "../../Python/getargs.ts";
import { PyDateTime_Check, PyDateTime_DateTime, PyDateTime_Delta, PyDateTime_TZInfo, PyDateTime_TimeZone, PyDateTime_TimeZone_UTC, PyDelta_Check, PyTimezone_Check, argLabel, call_dst, converterr, divmod, new_timezone, notImplemented, pad } from "./common.ts";
import { add_datetime_timedelta, datetime_dst, datetime_utcoffset } from "./datetime.ts";
import { delta_bool, delta_hash, delta_negative, delta_richcompare, delta_subtract } from "./delta.ts";

// =================================================================================================
// tzinfo
// =================================================================================================

/** @cpython tzinfo_nogo */
export function tzinfo_nogo(methodname: string): null {
  return PyErr_SetString(PyExc_NotImplementedError, `a tzinfo subclass must implement ${methodname}()`);
}

/** @cpython tzinfo_fromutc: the generic algorithm from utcoffset() and dst(). */
export function tzinfo_fromutc(self: PyObject, dt: PyObject): PyObject | null {
  if (!PyDateTime_Check(dt)) return PyErr_SetString(PyExc_TypeError, "fromutc: argument must be a datetime");
  if (dt.tzinfo !== self) return PyErr_SetString(PyExc_ValueError, "fromutc: dt.tzinfo is not self");
  const off = datetime_utcoffset(dt);
  if (off === null) return null;
  let dst: PyObject | null = null;
  let delta: PyObject | null = null;
  let result: PyObject | null = null;
  const fail = (): null => {
    Py_DECREF(off);
    Py_XDECREF(dst);
    Py_XDECREF(delta);
    Py_XDECREF(result);
    return null;
  };
  if (off === Py_None) {
    PyErr_SetString(PyExc_ValueError, "fromutc: non-None utcoffset() result required");
    return fail();
  }
  dst = datetime_dst(dt);
  if (dst === null) return fail();
  if (dst === Py_None) {
    PyErr_SetString(PyExc_ValueError, "fromutc: non-None dst() result required");
    return fail();
  }
  delta = delta_subtract(off, dst);
  if (delta === null) return fail();
  result = add_datetime_timedelta(dt, delta as PyDateTime_Delta, 1);
  if (result === null) return fail();
  Py_DECREF(dst);
  dst = call_dst(dt.tzinfo, result);
  if (dst === null) return fail();
  if (dst === Py_None) {
    PyErr_SetString(PyExc_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
    return fail();
  }
  if (delta_bool(dst) !== 0) {
    const r2 = add_datetime_timedelta(result as PyDateTime_DateTime, dst as PyDateTime_Delta, 1);
    Py_DECREF(result);
    result = r2;
    if (result === null) return fail();
  }
  Py_DECREF(delta);
  Py_DECREF(dst);
  Py_DECREF(off);
  return result;
}

/** @cpython tzinfo_reduce: (type, __getinitargs__() or (), __getstate__()) */
export function tzinfo_reduce(self: PyObject): PyObject | null {
  const getinitargs = _PyObject_LookupAttr(self, _PyUnicode_FromId("__getinitargs__"));
  if (getinitargs === null) return null;
  let args: PyObject | null;
  if (getinitargs !== undefined) {
    args = PyObject_CallNoArgs(getinitargs);
    Py_DECREF(getinitargs);
  } else {
    args = PyTuple_FromArray([]);
  }
  if (args === null) return null;
  const state = PyObject_CallMethod(self, "__getstate__", []);
  if (state === null) {
    Py_DECREF(args);
    return null;
  }
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, args, state]);
}

/** PyType_GenericNew for tzinfo: arguments are left to __init__. */
export function tzinfo_new(type: PyTypeObject): PyObject | null {
  return new PyDateTime_TZInfo(type);
}

export const PyDateTime_TZInfoType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.tzinfo", tp_basicsize: 16, tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "Abstract base class for time zone info objects.",
  tp_getattro: PyObject_GenericGetAttr, tp_new: tzinfo_new,
  tp_methods: [
    { ml_name: "tzname", ml_meth: (_s: PyObject, _dt: PyObject) => tzinfo_nogo("tzname"), ml_flags: METH_O,
      ml_doc: "datetime -> string name of time zone." },
    { ml_name: "utcoffset", ml_meth: (_s: PyObject, _dt: PyObject) => tzinfo_nogo("utcoffset"), ml_flags: METH_O,
      ml_doc: "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC" },
    { ml_name: "dst", ml_meth: (_s: PyObject, _dt: PyObject) => tzinfo_nogo("dst"), ml_flags: METH_O,
      ml_doc: "datetime -> DST offset as timedelta positive east of UTC." },
    { ml_name: "fromutc", ml_meth: tzinfo_fromutc, ml_flags: METH_O, ml_doc: "datetime in UTC -> datetime in local time." },
    { ml_name: "__reduce__", ml_meth: tzinfo_reduce, ml_flags: METH_NOARGS, ml_doc: "-> (cls, state)" },
  ],
});

// =================================================================================================
// timezone
// =================================================================================================

/** @cpython timezone_new: timezone(offset, name=<unset>) */
export function timezone_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const names = ["offset", "name"];
  const slots = _PyArg_ParseTupleAndKeywordsSlots(args, kwnames, "timezone", names, 1, 2);
  if (slots === null) return null;
  const offset = slots[0]!;
  if (!PyDelta_Check(offset)) return converterr("timezone", argLabel(args, kwnames, 0, names), "datetime.timedelta", offset);
  const name = slots[1];
  if (name !== null && !PyUnicode_Check(name)) return converterr("timezone", argLabel(args, kwnames, 1, names), "str", name);
  return new_timezone(offset, name);
}

/** @cpython timezone_dealloc */
export function timezone_dealloc(op: PyObject): void {
  const self = op as PyDateTime_TimeZone;
  Py_DECREF(self.offset);
  Py_XDECREF(self.name);
}

/** @cpython timezone_richcompare */
export function timezone_richcompare(self: PyObject, other: PyObject, op: number): PyObject | null {
  if (op !== Py_EQ && op !== Py_NE) return notImplemented();
  if (!PyTimezone_Check(other)) return notImplemented();
  return delta_richcompare((self as PyDateTime_TimeZone).offset, other.offset, op);
}

/** @cpython timezone_hash */
export function timezone_hash(self: PyObject): number {
  return delta_hash((self as PyDateTime_TimeZone).offset);
}

/** @cpython _timezone_check_argument */
export function _timezone_check_argument(dt: PyObject, meth: string): number {
  if (dt === Py_None || PyDateTime_Check(dt)) return 0;
  PyErr_SetString(PyExc_TypeError, `${meth}(dt) argument must be a datetime instance or None, not ${dt.ob_type.tp_name}`);
  return -1;
}

/** @cpython timezone_repr */
export function timezone_repr(op: PyObject): PyObject | null {
  const self = op as PyDateTime_TimeZone;
  const type_name = self.ob_type.tp_name;
  if (self === PyDateTime_TimeZone_UTC) return PyUnicode_FromString(`${type_name}.utc`);
  const o = PyObject_Repr(self.offset);
  if (o === null) return null;
  let s = `${type_name}(${(o as PyUnicodeObject).str}`;
  Py_DECREF(o);
  if (self.name !== null) {
    const n = PyObject_Repr(self.name);
    if (n === null) return null;
    s += `, ${(n as PyUnicodeObject).str}`;
    Py_DECREF(n);
  }
  return PyUnicode_FromString(s + ")");
}

/** @cpython timezone_str */
export function timezone_str(op: PyObject): PyObject | null {
  const self = op as PyDateTime_TimeZone;
  if (self.name !== null) {
    Py_INCREF(self.name);
    return self.name;
  }
  const off = self.offset;
  if (self === PyDateTime_TimeZone_UTC || (off.days === 0 && off.seconds === 0 && off.microseconds === 0)) {
    return PyUnicode_FromString("UTC");
  }
  let sign = "+";
  let o = off;
  if (off.days < 0) {
    sign = "-";
    const neg = delta_negative(off);
    if (neg === null) return null;
    o = neg as PyDateTime_Delta;
    Py_DECREF(neg);
  }
  const microseconds = o.microseconds;
  let [minutes, seconds] = divmod(o.seconds, 60);
  let hours: number;
  [hours, minutes] = divmod(minutes, 60);
  if (microseconds !== 0) {
    return PyUnicode_FromString(`UTC${sign}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(microseconds, 6)}`);
  }
  if (seconds !== 0) return PyUnicode_FromString(`UTC${sign}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}`);
  return PyUnicode_FromString(`UTC${sign}${pad(hours, 2)}:${pad(minutes, 2)}`);
}

/** @cpython timezone_tzname */
export function timezone_tzname(self: PyObject, dt: PyObject): PyObject | null {
  if (_timezone_check_argument(dt, "tzname") === -1) return null;
  return timezone_str(self);
}

/** @cpython timezone_utcoffset */
export function timezone_utcoffset(self: PyObject, dt: PyObject): PyObject | null {
  if (_timezone_check_argument(dt, "utcoffset") === -1) return null;
  const off = (self as PyDateTime_TimeZone).offset;
  Py_INCREF(off);
  return off;
}

/** @cpython timezone_dst */
export function timezone_dst(_self: PyObject, dt: PyObject): PyObject | null {
  if (_timezone_check_argument(dt, "dst") === -1) return null;
  return Py_NewNone();
}

/** @cpython timezone_fromutc */
export function timezone_fromutc(self: PyObject, dt: PyObject): PyObject | null {
  if (!PyDateTime_Check(dt)) return PyErr_SetString(PyExc_TypeError, "fromutc: argument must be a datetime");
  if (dt.tzinfo !== self) return PyErr_SetString(PyExc_ValueError, "fromutc: dt.tzinfo is not self");
  return add_datetime_timedelta(dt, (self as PyDateTime_TimeZone).offset, 1);
}

/** @cpython timezone_getinitargs */
export function timezone_getinitargs(op: PyObject): PyObject | null {
  const self = op as PyDateTime_TimeZone;
  if (self.name === null) return PyTuple_FromArray([self.offset]);
  return PyTuple_FromArray([self.offset, self.name]);
}

export const PyDateTime_TimeZoneType: PyTypeObject = new PyTypeObject({
  tp_name: "datetime.timezone", tp_basicsize: 32,
  tp_doc: "Fixed offset from UTC implementation of tzinfo.",
  tp_dealloc: timezone_dealloc, tp_repr: timezone_repr, tp_str: timezone_str, tp_hash: timezone_hash,
  tp_getattro: PyObject_GenericGetAttr, tp_richcompare: timezone_richcompare, tp_new: timezone_new,
  tp_methods: [
    { ml_name: "tzname", ml_meth: timezone_tzname, ml_flags: METH_O,
      ml_doc: "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'." },
    { ml_name: "utcoffset", ml_meth: timezone_utcoffset, ml_flags: METH_O, ml_doc: "Return fixed offset." },
    { ml_name: "dst", ml_meth: timezone_dst, ml_flags: METH_O, ml_doc: "Return None." },
    { ml_name: "fromutc", ml_meth: timezone_fromutc, ml_flags: METH_O, ml_doc: "datetime in UTC -> datetime in local time." },
    { ml_name: "__getinitargs__", ml_meth: timezone_getinitargs, ml_flags: METH_NOARGS, ml_doc: "pickle support" },
  ],
});
