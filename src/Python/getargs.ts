/**
 * @mirrors Python/getargs.c
 * Argument checking for builtin functions and methods written in TypeScript, with the
 * messages CPython's argument clinic produces ("pop expected at most 1 argument, got 2",
 * "sort() takes no positional arguments", "'x' is an invalid keyword argument for f()").
 * Arguments arrive in the vectorcall layout: positional values, then keyword values, with
 * the keyword names in a tuple.
 */
import type { PyObject } from "../Include/object.ts";
import { PyErr_SetString } from "./errors.ts";
import { PyExc_TypeError } from "../Objects/exceptions.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import type { PyUnicodeObject } from "../Objects/unicodeobject.ts";

/** @cpython _PyArg_CheckPositional: false (with TypeError) when nargs is outside [min, max]. */
export function _PyArg_CheckPositional(name: string | null, nargs: number, min: number, max: number): boolean {
  if (nargs < min) {
    if (name !== null) {
      PyErr_SetString(PyExc_TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${nargs}`);
    } else {
      PyErr_SetString(PyExc_TypeError, `unpacked tuple should have ${min === max ? "" : "at least "}${min} element${min === 1 ? "" : "s"}, but has ${nargs}`);
    }
    return false;
  }
  if (nargs > max) {
    if (name !== null) {
      PyErr_SetString(PyExc_TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${nargs}`);
    } else {
      PyErr_SetString(PyExc_TypeError, `unpacked tuple should have ${min === max ? "" : "at most "}${max} element${max === 1 ? "" : "s"}, but has ${nargs}`);
    }
    return false;
  }
  return true;
}

/** @cpython _PyArg_NoKwnames */
export function _PyArg_NoKwnames(name: string, kwnames: PyTupleObject | null): boolean {
  if (kwnames === null || kwnames.ob_item.length === 0) return true;
  PyErr_SetString(PyExc_TypeError, `${name}() takes no keyword arguments`);
  return false;
}

/** @cpython _PyArg_NoPositional */
export function _PyArg_NoPositional(name: string, nargs: number): boolean {
  if (nargs === 0) return true;
  PyErr_SetString(PyExc_TypeError, `${name}() takes no positional arguments`);
  return false;
}

/** Number of positional arguments in a vectorcall argument array. */
export function positionalCount(args: PyObject[], kwnames: PyTupleObject | null): number {
  return kwnames === null ? args.length : args.length - kwnames.ob_item.length;
}

/**
 * @cpython _PyArg_UnpackKeywords: match arguments to the parameter names `names`; the first
 * `maxpos` may be given by position (`minpos` of them required), the rest only by keyword;
 * `minkw` keyword-only ones are required. Names starting with "" are positional-only (pass
 * them as empty strings). Returns one slot per name (null where not given, borrowed refs)
 * or null with TypeError set.
 */
export function _PyArg_UnpackKeywords(
  args: PyObject[], kwnames: PyTupleObject | null, fname: string, names: string[],
  minpos: number, maxpos: number, minkw: number,
): (PyObject | null)[] | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  const posonly = names.filter((n) => n === "").length;
  if (nargs > maxpos) {
    if (maxpos === 0) PyErr_SetString(PyExc_TypeError, `${fname}() takes no positional arguments`);
    else {
      PyErr_SetString(PyExc_TypeError,
        `${fname}() takes ${maxpos === minpos && nkw === 0 ? "exactly" : "at most"} ${maxpos} ${nkw === 0 && maxpos !== minpos ? "" : ""}positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`.replace("  ", " "));
    }
    return null;
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const key = (kwnames!.ob_item[k] as PyUnicodeObject).str;
    const idx = names.indexOf(key);
    if (idx < 0 || idx < posonly) {
      if (idx >= 0 && idx < posonly) {
        PyErr_SetString(PyExc_TypeError, `${fname}() got some positional-only arguments passed as keyword arguments: '${key}'`);
      } else {
        PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
      }
      return null;
    }
    if (out[idx] !== null) {
      PyErr_SetString(PyExc_TypeError, `argument for ${fname}() given by name ('${key}') and position (${idx + 1})`);
      return null;
    }
    out[idx] = args[nargs + k];
  }
  for (let i = 0; i < minpos; i++) {
    if (out[i] === null) {
      if (names[i] === "" || i < posonly) {
        PyErr_SetString(PyExc_TypeError, `${fname}() takes ${minpos === maxpos ? "exactly" : "at least"} ${minpos} positional argument${minpos === 1 ? "" : "s"} (${nargs} given)`);
      } else {
        PyErr_SetString(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      return null;
    }
  }
  for (let i = maxpos; i < maxpos + minkw; i++) {
    if (out[i] === null) {
      PyErr_SetString(PyExc_TypeError, `${fname}() missing required keyword-only argument '${names[i]}'`);
      return null;
    }
  }
  return out;
}
