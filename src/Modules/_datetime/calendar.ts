/**
 * @mirrors Modules/_datetimemodule.c
 * The proleptic Gregorian calendar arithmetic of _datetime: ordinals, weekdays, ISO weeks,
 * and the range checks and normalisation of date and time fields.
 *
 * One part of _datetime, split from src/Modules/_datetimemodule.ts by job (CPython keeps
 * it all in one C file).
 */
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_ValueError, PyExc_OverflowError } from "../../Objects/exceptions.ts";
import { MAXORDINAL, MAXYEAR, MAX_DELTA_DAYS, MINYEAR } from "./common.ts";

// -- calendar arithmetic ------------------------------------------------------------------------

export const _days_in_month = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const _days_before_month = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** @cpython is_leap */
export function is_leap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** @cpython days_in_month */
export function days_in_month(year: number, month: number): number {
  return month === 2 && is_leap(year) ? 29 : _days_in_month[month];
}

/** @cpython days_before_month */
export function days_before_month(year: number, month: number): number {
  return _days_before_month[month] + (month > 2 && is_leap(year) ? 1 : 0);
}

/** @cpython days_before_year (year >= 1) */
export function days_before_year(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

export const DI4Y = 1461;
export const DI100Y = 36524;
export const DI400Y = 146097;

/** @cpython ord_to_ymd: the proleptic Gregorian date of an ordinal (1 = 0001-01-01). */
export function ord_to_ymd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leapyear = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = _days_before_month[month] + (month > 2 && leapyear ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= days_in_month(year, month);
  }
  return [year, month, n - preceding + 1];
}

/** @cpython ymd_to_ord */
export function ymd_to_ord(year: number, month: number, day: number): number {
  return days_before_year(year) + days_before_month(year, month) + day;
}

/** @cpython weekday: Monday is 0. */
export function weekday(year: number, month: number, day: number): number {
  return (ymd_to_ord(year, month, day) + 6) % 7;
}

/** @cpython iso_week1_monday */
export function iso_week1_monday(year: number): number {
  const first_day = ymd_to_ord(year, 1, 1);
  const first_weekday = (first_day + 6) % 7;
  let week1_monday = first_day - first_weekday;
  if (first_weekday > 3) week1_monday += 7;
  return week1_monday;
}

/** @cpython iso_to_ymd: [y, m, d], or -2 for a bad week, -3 for a bad day. */
export function iso_to_ymd(iso_year: number, iso_week: number, iso_day: number): [number, number, number] | number {
  if (iso_week <= 0 || iso_week >= 53) {
    let out_of_range = true;
    if (iso_week === 53) {
      const first_weekday = weekday(iso_year, 1, 1);
      if (first_weekday === 3 || (first_weekday === 2 && is_leap(iso_year))) out_of_range = false;
    }
    if (out_of_range) return -2;
  }
  if (iso_day <= 0 || iso_day >= 8) return -3;
  const day_1 = iso_week1_monday(iso_year);
  return ord_to_ymd(day_1 + (iso_week - 1) * 7 + iso_day - 1);
}

// -- range checks and normalisation ---------------------------------------------------------------

/** @cpython check_delta_day_range */
export function check_delta_day_range(days: number): number {
  if (-MAX_DELTA_DAYS <= days && days <= MAX_DELTA_DAYS) return 0;
  PyErr_SetString(PyExc_OverflowError, `days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  return -1;
}

/** @cpython check_date_args */
export function check_date_args(year: number, month: number, day: number): number {
  if (year < MINYEAR || year > MAXYEAR) {
    PyErr_SetString(PyExc_ValueError, `year ${year} is out of range`);
    return -1;
  }
  if (month < 1 || month > 12) {
    PyErr_SetString(PyExc_ValueError, "month must be in 1..12");
    return -1;
  }
  if (day < 1 || day > days_in_month(year, month)) {
    PyErr_SetString(PyExc_ValueError, "day is out of range for month");
    return -1;
  }
  return 0;
}

/** @cpython check_time_args */
export function check_time_args(h: number, m: number, s: number, us: number, fold: number): number {
  let msg: string | null = null;
  if (h < 0 || h > 23) msg = "hour must be in 0..23";
  else if (m < 0 || m > 59) msg = "minute must be in 0..59";
  else if (s < 0 || s > 59) msg = "second must be in 0..59";
  else if (us < 0 || us > 999999) msg = "microsecond must be in 0..999999";
  else if (fold !== 0 && fold !== 1) msg = "fold must be either 0 or 1";
  if (msg === null) return 0;
  PyErr_SetString(PyExc_ValueError, msg);
  return -1;
}

/** @cpython normalize_y_m_d: [y, m, d] in range, or null with OverflowError. */
export function normalize_y_m_d(y: number, m: number, d: number): [number, number, number] | null {
  const dim = days_in_month(y, m);
  if (d < 1 || d > dim) {
    if (d === 0) {
      --m;
      if (m > 0) d = days_in_month(y, m);
      else {
        --y;
        m = 12;
        d = 31;
      }
    } else if (d === dim + 1) {
      ++m;
      d = 1;
      if (m > 12) {
        m = 1;
        ++y;
      }
    } else {
      const ordinal = ymd_to_ord(y, m, 1) + d - 1;
      if (ordinal < 1 || ordinal > MAXORDINAL) {
        return PyErr_SetString(PyExc_OverflowError, "date value out of range");
      }
      return ord_to_ymd(ordinal);
    }
  }
  if (MINYEAR <= y && y <= MAXYEAR) return [y, m, d];
  return PyErr_SetString(PyExc_OverflowError, "date value out of range");
}
