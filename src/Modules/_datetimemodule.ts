/**
 * @mirrors Modules/_datetimemodule.c
 * The `_datetime` accelerator: timedelta, date, time, datetime, tzinfo, timezone and the
 * IsoCalendarDate tuple, which Lib/datetime.py replaces its pure-Python classes with
 * (`from _datetime import *` at its end).
 *
 * Fields are plain JS numbers (a date is year/month/day, a time hour/minute/second/
 * microsecond plus tzinfo and fold). Whole durations in microseconds can exceed 2**53
 * (999999999 days is about 8.6e19 us), so timedelta arithmetic that goes through a total
 * count of microseconds uses bigints, as CPython goes through Python ints. The pickled
 * state is CPython's byte layout (big-endian year, then month, day, ...; the fold bit is
 * the high bit of the month byte of a datetime or the hour byte of a time), so pickles are
 * interchangeable with CPython's, and the hash of a naive value is the hash of those bytes.
 *
 * The code is split by job under src/Modules/_datetime/ (the objects and shared helpers,
 * the calendar arithmetic, then one file per type); this file creates the module.
 *
 * Local time (fromtimestamp, timestamp, astimezone with no argument) comes from the time
 * module's _PyTime_localtime, which asks the host for the zone's offset at an instant.
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF } from "../Include/object.ts";
import { Py_None } from "../Objects/object.ts";
import { PyTuple_Type } from "../Objects/tupleobject.ts";
import { PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyModule_Create, PyModule_AddType, PyModule_AddIntConstant, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { MAXYEAR, MAX_DELTA_DAYS, MINYEAR, PyDateTime_DateTime, PyDateTime_Epoch, PyDateTime_TimeZone_UTC, _set_singletons, create_timezone, new_date_ex, new_datetime_ex2, new_delta, new_time_ex2 } from "./_datetime/common.ts";
import { PyDateTime_DateType, PyDateTime_IsoCalendarDateType } from "./_datetime/date.ts";
import { PyDateTime_DateTimeType } from "./_datetime/datetime.ts";
import { PyDateTime_DeltaType } from "./_datetime/delta.ts";
import { PyDateTime_TimeType } from "./_datetime/time.ts";
import { PyDateTime_TZInfoType, PyDateTime_TimeZoneType } from "./_datetime/tzinfo.ts";

// =================================================================================================
// the module
// =================================================================================================

let types_initialised = false;

/** Put a value (stolen) into a type's dict. */
function setTypeAttr(type: PyTypeObject, name: string, value: PyObject | null): number {
  if (value === null) return -1;
  const r = PyDict_SetItemString(type.tp_dict!, name, value);
  Py_DECREF(value);
  return r;
}

/** @cpython _datetime_exec: the class attributes (min, max, resolution, utc) and singletons, once. */
function init_types(): number {
  if (types_initialised) return 0;
  PyDateTime_IsoCalendarDateType.tp_base = PyTuple_Type;
  PyDateTime_TimeZoneType.tp_base = PyDateTime_TZInfoType;
  PyDateTime_DateTimeType.tp_base = PyDateTime_DateType;
  for (const t of [PyDateTime_DateType, PyDateTime_DateTimeType, PyDateTime_TimeType, PyDateTime_DeltaType,
    PyDateTime_TZInfoType, PyDateTime_TimeZoneType, PyDateTime_IsoCalendarDateType]) {
    if (PyType_Ready(t) < 0) return -1;
  }
  const D = PyDateTime_DeltaType;
  if (setTypeAttr(D, "resolution", new_delta(0, 0, 1, false)) < 0 ||
    setTypeAttr(D, "min", new_delta(-MAX_DELTA_DAYS, 0, 0, false)) < 0 ||
    setTypeAttr(D, "max", new_delta(MAX_DELTA_DAYS, 24 * 3600 - 1, 1000000 - 1, false)) < 0) return -1;
  const Da = PyDateTime_DateType;
  if (setTypeAttr(Da, "min", new_date_ex(1, 1, 1, Da)) < 0 ||
    setTypeAttr(Da, "max", new_date_ex(MAXYEAR, 12, 31, Da)) < 0 ||
    setTypeAttr(Da, "resolution", new_delta(1, 0, 0, false)) < 0) return -1;
  const T = PyDateTime_TimeType;
  if (setTypeAttr(T, "min", new_time_ex2(0, 0, 0, 0, Py_None, 0, T)) < 0 ||
    setTypeAttr(T, "max", new_time_ex2(23, 59, 59, 999999, Py_None, 0, T)) < 0 ||
    setTypeAttr(T, "resolution", new_delta(0, 0, 1, false)) < 0) return -1;
  const DT = PyDateTime_DateTimeType;
  if (setTypeAttr(DT, "min", new_datetime_ex2(1, 1, 1, 0, 0, 0, 0, Py_None, 0, DT)) < 0 ||
    setTypeAttr(DT, "max", new_datetime_ex2(MAXYEAR, 12, 31, 23, 59, 59, 999999, Py_None, 0, DT)) < 0 ||
    setTypeAttr(DT, "resolution", new_delta(0, 0, 1, false)) < 0) return -1;
  const TZ = PyDateTime_TimeZoneType;
  let delta = new_delta(0, 0, 0, false)!;
  const utc = create_timezone(delta, null);
  Py_DECREF(delta);
  Py_INCREF(utc);
  if (setTypeAttr(TZ, "utc", utc) < 0) return -1;
  _set_singletons(utc, PyDateTime_Epoch);
  delta = new_delta(-1, 60, 0, true)!;
  const tzmin = create_timezone(delta, null);
  Py_DECREF(delta);
  if (setTypeAttr(TZ, "min", tzmin) < 0) return -1;
  delta = new_delta(0, (23 * 60 + 59) * 60, 0, false)!;
  const tzmax = create_timezone(delta, null);
  Py_DECREF(delta);
  if (setTypeAttr(TZ, "max", tzmax) < 0) return -1;
  const ep = new_datetime_ex2(1970, 1, 1, 0, 0, 0, 0, PyDateTime_TimeZone_UTC, 0, DT);
  if (ep === null) return -1;
  _set_singletons(utc, ep as PyDateTime_DateTime);
  types_initialised = true;
  return 0;
}

/**
 * @cpython PyInit__datetime. DIVERGENCE: no datetime_CAPI capsule (the C API is for C
 * extensions, which typhon has none of).
 */
export function PyInit__datetime(): PyObject | null {
  if (init_types() < 0) return null;
  const m = PyModule_Create("_datetime", "Fast implementation of the datetime type.", []);
  for (const t of [PyDateTime_DateType, PyDateTime_DateTimeType, PyDateTime_TimeType, PyDateTime_DeltaType,
    PyDateTime_TZInfoType, PyDateTime_TimeZoneType]) {
    if (PyModule_AddType(m, t) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  if (PyModule_AddIntConstant(m, "MINYEAR", MINYEAR) < 0 || PyModule_AddIntConstant(m, "MAXYEAR", MAXYEAR) < 0 ||
    PyModule_AddObjectRef(m, "UTC", PyDateTime_TimeZone_UTC) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
