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
  if (nargs + nkw > names.length) {
    const maxargs = names.length;
    PyErr_SetString(PyExc_TypeError,
      `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
    return null;
  }
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

/**
 * @cpython _PyArg_UnpackKeywords, step for step as Argument Clinic's parser runs it: the
 * first `posonly` parameters are positional-only (they have no keyword name), `keywords`
 * names the rest; `maxpos` of all parameters may be given by position (`minpos` of them
 * required) and `minkw` keyword-only ones are required. Checks run in CPython's order, so
 * the first message is the same (too many arguments in all, too many positional, too few
 * positional-only, a missing required one, one given twice, an unknown keyword). Returns
 * one slot per parameter (null where not given; borrowed), or null with TypeError set.
 * An empty fname stands for a parser without a name.
 */
export function _PyArg_UnpackKeywordsClinic(
  args: PyObject[], kwnames: PyTupleObject | null, fname: string, posonly: number, keywords: readonly string[],
  minpos: number, maxpos: number, minkw: number,
): (PyObject | null)[] | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  const maxargs = posonly + keywords.length;
  // A parser without a name (a format with no ":name") says "function" / "this function".
  const fn = fname === "" ? "function" : `${fname}()`;
  const minposonly = Math.min(posonly, minpos);
  const reqlimit = minkw ? maxpos + minkw : minpos;
  const buf: (PyObject | null)[] = new Array(maxargs).fill(null);
  if (nkw === 0 && minkw === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) buf[i] = args[i];
    return buf;
  }
  if (nargs + nkw > maxargs) {
    PyErr_SetString(PyExc_TypeError, `${fn} takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
    return null;
  }
  if (nargs > maxpos) {
    if (maxpos === 0) PyErr_SetString(PyExc_TypeError, `${fn} takes no positional arguments`);
    else PyErr_SetString(PyExc_TypeError, `${fn} takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
    return null;
  }
  if (nargs < minposonly) {
    PyErr_SetString(PyExc_TypeError, `${fn} takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${minposonly === 1 ? "" : "s"} (${nargs} given)`);
    return null;
  }
  for (let i = 0; i < nargs; i++) buf[i] = args[i];
  const kwitems = kwnames === null ? [] : kwnames.ob_item;
  const find = (name: string): PyObject | null => {
    for (let k = 0; k < kwitems.length; k++) if ((kwitems[k] as PyUnicodeObject).str === name) return args[nargs + k];
    return null;
  };
  let left = nkw;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let current: PyObject | null;
    if (left) current = find(keywords[i - posonly]);
    else if (i >= reqlimit) break;
    else current = null;
    buf[i] = current;
    if (current !== null) left--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      PyErr_SetString(PyExc_TypeError, `${fn} missing required argument '${keywords[i - posonly]}' (pos ${i + 1})`);
      return null;
    }
  }
  if (left > 0) {
    for (let i = posonly; i < nargs; i++) {
      if (find(keywords[i - posonly]) !== null) {
        PyErr_SetString(PyExc_TypeError, `argument for ${fn} given by name ('${keywords[i - posonly]}') and position (${i + 1})`);
        return null;
      }
    }
    for (const kw of kwitems) {
      const name = (kw as PyUnicodeObject).str;
      if (!keywords.includes(name)) {
        PyErr_SetString(PyExc_TypeError, `'${name}' is an invalid keyword argument for ${fname === "" ? "this function" : fn}`);
        return null;
      }
    }
    PyErr_SetString(PyExc_TypeError, `invalid keyword argument for ${fname === "" ? "this function" : fn}`);
    return null;
  }
  return buf;
}

/**
 * @cpython vgetargskeywords (PyArg_ParseTupleAndKeywords without the conversions): the
 * older parser, whose messages differ from Argument Clinic's ("takes at most 4 arguments
 * (5 given)"). `kwlist` names every parameter, "" for positional-only ones (which must come
 * first); parameters before `min` are required (the format's '|'), those from `max` on are
 * keyword-only (its '$'). Returns one slot per parameter (null where not given; borrowed),
 * or null with TypeError set. The caller converts the values afterwards.
 */
export function _PyArg_ParseTupleAndKeywordsSlots(
  args: PyObject[], kwnames: PyTupleObject | null, fname: string, kwlist: readonly string[],
  min: number = kwlist.length, max: number = kwlist.length,
): (PyObject | null)[] | null {
  const len = kwlist.length;
  // A format without ":name" reports as "function" (CPython's vgetargskeywords).
  const fn = fname === "" ? "function" : `${fname}()`;
  const kwitems = kwnames === null ? [] : kwnames.ob_item;
  const nkw = kwitems.length;
  const nargs = args.length - nkw;
  let pos = 0;
  while (pos < len && kwlist[pos] === "") pos++;
  const out: (PyObject | null)[] = new Array(len).fill(null);
  if (nargs + nkw > len) {
    PyErr_SetString(PyExc_TypeError,
      `${fn} takes at most ${len} ${nargs === 0 ? "keyword " : ""}argument${len === 1 ? "" : "s"} (${nargs + nkw} given)`);
    return null;
  }
  const find = (name: string): number => {
    for (let k = 0; k < nkw; k++) if ((kwitems[k] as PyUnicodeObject).str === name) return nargs + k;
    return -1;
  };
  let left = nkw;
  let skip = false;
  let i = 0;
  for (; i < len; i++) {
    if (i === max) {
      if (skip) break;
      if (nargs > max) {
        if (max === 0) PyErr_SetString(PyExc_TypeError, `${fn} takes no positional arguments`);
        else {
          PyErr_SetString(PyExc_TypeError, `${fn} takes ${min < len ? "at most" : "exactly"} ${max} positional argument${max === 1 ? "" : "s"} (${nargs} given)`);
        }
        return null;
      }
    }
    if (skip) continue;
    let current: PyObject | null = null;
    if (i < nargs) current = args[i];
    else if (left && i >= pos) {
      const at = find(kwlist[i]);
      if (at >= 0) {
        current = args[at];
        left--;
      }
    }
    if (current !== null) {
      out[i] = current;
      continue;
    }
    if (i < min) {
      if (i < pos) {
        skip = true;
        continue;
      }
      PyErr_SetString(PyExc_TypeError, `${fn} missing required argument '${kwlist[i]}' (pos ${i + 1})`);
      return null;
    }
    if (!left) return out;
  }
  if (skip) {
    const m = Math.min(pos, min);
    PyErr_SetString(PyExc_TypeError,
      `${fn} takes ${m < i ? "at least" : "exactly"} ${m} positional argument${m === 1 ? "" : "s"} (${nargs} given)`);
    return null;
  }
  if (left > 0) {
    for (let j = pos; j < nargs; j++) {
      if (find(kwlist[j]) >= 0) {
        PyErr_SetString(PyExc_TypeError, `argument for ${fn} given by name ('${kwlist[j]}') and position (${j + 1})`);
        return null;
      }
    }
    for (const kw of kwitems) {
      const name = (kw as PyUnicodeObject).str;
      let match = false;
      for (let j = pos; j < len; j++) if (kwlist[j] === name) match = true;
      if (!match) {
        PyErr_SetString(PyExc_TypeError, `'${name}' is an invalid keyword argument for ${fname === "" ? "this function" : fn}`);
        return null;
      }
    }
    PyErr_SetString(PyExc_TypeError, `invalid keyword argument for ${fname === "" ? "this function" : fn}`);
    return null;
  }
  return out;
}
