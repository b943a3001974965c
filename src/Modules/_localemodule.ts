/**
 * @mirrors Modules/_localemodule.c
 * The _locale module (Lib/locale.py builds on it): setlocale, localeconv, nl_langinfo,
 * strcoll/strxfrm, getencoding and the gettext family, over a model of the C library's
 * locale state. The model knows the locales every glibc system has: "C" (also "POSIX")
 * and "C.UTF-8" (any spelling of the UTF-8 codeset: "C.utf8", "C.UTF8", with an optional
 * "@modifier"). Each category has its own setting; LC_ALL reads as one name when they all
 * agree, else as glibc's composite "LC_CTYPE=...;LC_NUMERIC=...;..." string:
 *
 *   >>> _locale.setlocale(_locale.LC_TIME, "C.UTF-8"); _locale.setlocale(_locale.LC_ALL)
 *   'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C.UTF-8;...'
 *
 * As CPython starts, LC_CTYPE is taken from the environment (LC_ALL, LC_CTYPE, LANG) and a
 * plain C locale is coerced to C.UTF-8 (PEP 538); the other categories stay "C". In these
 * locales collation is by code point, strxfrm is the identity, and no message catalogs
 * exist, so gettext returns its argument.
 *
 * DIVERGENCE: no other locale exists. Naming one explicitly raises locale.Error, as glibc
 * does for a locale that is not installed; but setlocale(category, "") with an environment
 * naming such a locale (say LANG=en_US.UTF-8) selects C.UTF-8 instead of failing, so that
 * programs calling locale.setlocale(locale.LC_ALL, "") keep working.
 */
import { PyObject, PyTypeObject, Py_DECREF, METH_NOARGS, METH_O, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_Exception } from "../Objects/exceptions.ts";
import { PyLong_Check, PyLong_FromNumber, _PyNumber_Index, type PyLongObject } from "../Objects/longobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyTuple_FromArray } from "../Objects/tupleobject.ts";
import { PyDict_New, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { Py_None, Py_NewNone } from "../Objects/object.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyType_Type } from "../Objects/typeobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";

// Linux's category numbers, and the names glibc writes in composite LC_ALL strings.
const LC_CTYPE = 0, LC_NUMERIC = 1, LC_TIME = 2, LC_COLLATE = 3, LC_MONETARY = 4, LC_MESSAGES = 5, LC_ALL = 6;
const CATEGORY_NAMES = [
  "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL",
  "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
];
/** The categories in glibc's composite-name order (every one but LC_ALL). */
const COMPOSITE_ORDER = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12];
const CHAR_MAX = 127;

/** The C library's locale state: one locale name per category. */
const current: string[] = new Array(CATEGORY_NAMES.length).fill("C");
let initialized = false;

function getenv(name: string): string | undefined {
  const v = _PyThreadState_GET().interp.host.getenv(name);
  return v === undefined || v === "" ? undefined : v;
}

/** Is `name` a locale this C library has? */
function is_known_locale(name: string): boolean {
  if (name === "C" || name === "POSIX") return true;
  const m = /^C\.([^@]+)(@.*)?$/.exec(name);
  // glibc normalises the codeset: letters lowered, punctuation dropped ("UTF-8" -> "utf8").
  return m !== null && m[1].replace(/[^A-Za-z0-9]/g, "").toLowerCase() === "utf8";
}

/** Does the locale use UTF-8 (rather than ASCII)? */
function is_utf8_locale(name: string): boolean {
  return name !== "C" && name !== "POSIX";
}

/** The locale the environment asks for in `category` (setlocale(category, "")). */
function environment_locale(category: number): string {
  const v = getenv("LC_ALL") ?? getenv(CATEGORY_NAMES[category]) ?? getenv("LANG") ?? "C";
  if (v === "POSIX") return "C";
  return is_known_locale(v) ? v : "C.UTF-8";
}

function init_state(): void {
  if (initialized) return;
  initialized = true;
  // What CPython does at start-up: LC_CTYPE from the environment, coerced to UTF-8.
  const ctype = environment_locale(LC_CTYPE);
  current[LC_CTYPE] = is_utf8_locale(ctype) ? ctype : "C.UTF-8";
}

/** setlocale(3) query: the category's name, or LC_ALL's single or composite name. */
function query_locale(category: number): string {
  if (category !== LC_ALL) return current[category];
  const first = current[COMPOSITE_ORDER[0]];
  if (COMPOSITE_ORDER.every((c) => current[c] === first)) return first;
  return COMPOSITE_ORDER.map((c) => `${CATEGORY_NAMES[c]}=${current[c]}`).join(";");
}

/** setlocale(3) with a name: the new setting, or null when it is not available. */
function set_locale(category: number, locale: string): string | null {
  // glibc knows "POSIX" as another name of "C", and reports it as "C".
  if (locale === "POSIX") locale = "C";
  if (category === LC_ALL) {
    const wanted: string[] = current.slice();
    if (locale.includes(";") || locale.includes("=")) {
      // A composite name: every category must be named.
      const seen = new Set<number>();
      for (const part of locale.split(";")) {
        const eq = part.indexOf("=");
        if (eq < 0) return null;
        const cat = CATEGORY_NAMES.indexOf(part.slice(0, eq));
        const name = part.slice(eq + 1);
        if (cat < 0 || cat === LC_ALL || !is_known_locale(name)) return null;
        wanted[cat] = name;
        seen.add(cat);
      }
      if (COMPOSITE_ORDER.some((c) => !seen.has(c))) return null;
    } else {
      for (const c of COMPOSITE_ORDER) {
        const name = locale === "" ? environment_locale(c) : locale;
        if (!is_known_locale(name)) return null;
        wanted[c] = name;
      }
    }
    for (const c of COMPOSITE_ORDER) current[c] = wanted[c];
    return query_locale(LC_ALL);
  }
  const name = locale === "" ? environment_locale(category) : locale;
  if (!is_known_locale(name)) return null;
  current[category] = name;
  return name;
}

// -- module state and argument helpers ---------------------------------------------------------

let LocaleError: PyTypeObject | null = null;

/** locale.Error, made once (PyErr_NewException("locale.Error", NULL, NULL)). */
function locale_error(): PyTypeObject | null {
  if (LocaleError === null) {
    const name = PyUnicode_FromString("Error");
    const bases = PyTuple_FromArray([PyExc_Exception]);
    const dict = PyDict_New();
    const mod = PyUnicode_FromString("locale");
    PyDict_SetItemString(dict, "__module__", mod);
    Py_DECREF(mod);
    const t = PyObject_Vectorcall(PyType_Type, [name, bases, dict], null);
    Py_DECREF(name);
    Py_DECREF(bases);
    Py_DECREF(dict);
    if (t === null) return null;
    LocaleError = t as PyTypeObject;
  }
  return LocaleError;
}

function raise_locale_error(msg: string): null {
  const err = locale_error();
  if (err === null) return null;
  return PyErr_SetString(err, msg);
}

/** The clinic "int" converter. */
function intArg(o: PyObject): number | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = (o as PyLongObject).ob_ival;
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return null;
    v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

/**
 * The clinic "str" converter (a C string): the text, or null with TypeError ("fname()
 * argument N must be str, not int") or ValueError for an embedded NUL. With `orNone`, None
 * reads as undefined.
 */
function strArg(o: PyObject, fname: string, argname: string, orNone: boolean): string | undefined | null {
  if (orNone && o === Py_None) return undefined;
  if (!PyUnicode_Check(o)) {
    return PyErr_SetString(PyExc_TypeError,
      `${fname}() ${argname} must be str${orNone ? " or None" : ""}, not ${o === Py_None ? "None" : o.ob_type.tp_name}`);
  }
  const s = (o as PyUnicodeObject).str;
  if (s.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return s;
}

// -- the module functions -------------------------------------------------------------------

/** @cpython _locale_setlocale_impl: setlocale(category, locale=None) */
function _locale_setlocale(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("setlocale", args.length, 1, 2)) return null;
  const category = intArg(args[0]);
  if (category === null) return null;
  let locale: string | undefined = undefined;
  if (args.length > 1) {
    const s = strArg(args[1], "setlocale", "argument 2", true);
    if (s === null) return null;
    locale = s;
  }
  init_state();
  if (category < 0 || category >= CATEGORY_NAMES.length) {
    return raise_locale_error(locale === undefined ? "locale query failed" : "unsupported locale setting");
  }
  if (locale === undefined) return PyUnicode_FromString(query_locale(category));
  const result = set_locale(category, locale);
  if (result === null) return raise_locale_error("unsupported locale setting");
  return PyUnicode_FromString(result);
}

/** @cpython _locale_localeconv_impl: the C locale's numeric and monetary conventions. */
function _locale_localeconv(_module: PyObject | null): PyObject | null {
  const result = PyDict_New();
  const setStr = (k: string, v: string) => {
    const o = PyUnicode_FromString(v);
    PyDict_SetItemString(result, k, o);
    Py_DECREF(o);
  };
  const setInt = (k: string, v: number) => {
    const o = PyLong_FromNumber(v);
    PyDict_SetItemString(result, k, o);
    Py_DECREF(o);
  };
  const setList = (k: string) => {
    const o = _PyList_FromArraySteal([]);
    PyDict_SetItemString(result, k, o);
    Py_DECREF(o);
  };
  setStr("int_curr_symbol", "");
  setStr("currency_symbol", "");
  setStr("mon_decimal_point", "");
  setStr("mon_thousands_sep", "");
  setList("mon_grouping");
  setStr("positive_sign", "");
  setStr("negative_sign", "");
  for (const k of ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
    "n_sep_by_space", "p_sign_posn", "n_sign_posn"]) setInt(k, CHAR_MAX);
  setStr("decimal_point", ".");
  setStr("thousands_sep", "");
  setList("grouping");
  return result;
}

/** Code point order (wcscmp), -1, 0 or 1. */
function wcscmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!, cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** @cpython _locale_strcoll_impl: collation in the C locales is code point order. */
function _locale_strcoll(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("strcoll", args.length, 2, 2)) return null;
  for (let i = 0; i < 2; i++) {
    if (!PyUnicode_Check(args[i])) {
      return PyErr_SetString(PyExc_TypeError, `strcoll() argument ${i + 1} must be str, not ${args[i].ob_type.tp_name}`);
    }
  }
  const a = (args[0] as PyUnicodeObject).str, b = (args[1] as PyUnicodeObject).str;
  if (a.includes("\0") || b.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return PyLong_FromNumber(wcscmp(a, b));
}

/** @cpython _locale_strxfrm_impl: the sort key; in the C locales, the string itself. */
function _locale_strxfrm(_module: PyObject | null, arg: PyObject): PyObject | null {
  if (!PyUnicode_Check(arg)) {
    return PyErr_SetString(PyExc_TypeError, `strxfrm() argument must be str, not ${arg.ob_type.tp_name}`);
  }
  const s = (arg as PyUnicodeObject).str;
  if (s.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return PyUnicode_FromString(s);
}

// nl_langinfo keys (glibc's item numbers) and their values in the C locales.
const langinfo: [string, number, string][] = [
  ["CODESET", 14, ""],
  ["D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"],
  ["D_FMT", 0x20029, "%m/%d/%y"],
  ["T_FMT", 0x2002a, "%H:%M:%S"],
  ["T_FMT_AMPM", 0x2002b, "%I:%M:%S %p"],
  ["AM_STR", 0x20026, "AM"],
  ["PM_STR", 0x20027, "PM"],
  ["RADIXCHAR", 0x10000, "."],
  ["THOUSEP", 0x10001, ""],
  ["YESEXPR", 0x50000, "^[yY]"],
  ["NOEXPR", 0x50001, "^[nN]"],
  ["CRNCYSTR", 0x4000f, "-"],
  ["ERA", 0x2002c, ""],
  ["ERA_D_FMT", 0x2002e, ""],
  ["ALT_DIGITS", 0x2002f, ""],
  ["ERA_D_T_FMT", 0x20030, ""],
  ["ERA_T_FMT", 0x20031, ""],
  ["_DATE_FMT", 0x2006c, "%a %b %e %H:%M:%S %Z %Y"],
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
for (let i = 0; i < 7; i++) {
  langinfo.push([`DAY_${i + 1}`, 0x20007 + i, DAY_NAMES[i]]);
  langinfo.push([`ABDAY_${i + 1}`, 0x20000 + i, DAY_NAMES[i].slice(0, 3)]);
}
for (let i = 0; i < 12; i++) {
  langinfo.push([`MON_${i + 1}`, 0x2001a + i, MONTH_NAMES[i]]);
  langinfo.push([`ABMON_${i + 1}`, 0x2000e + i, MONTH_NAMES[i].slice(0, 3)]);
}
const langinfo_by_value = new Map<number, [string, number, string]>(langinfo.map((e) => [e[1], e]));

/** @cpython _locale_nl_langinfo_impl */
function _locale_nl_langinfo(_module: PyObject | null, arg: PyObject): PyObject | null {
  const item = intArg(arg);
  if (item === null) return null;
  const entry = langinfo_by_value.get(item);
  if (entry === undefined) return PyErr_SetString(PyExc_ValueError, "unsupported langinfo constant");
  init_state();
  if (entry[0] === "CODESET") return PyUnicode_FromString(is_utf8_locale(current[LC_CTYPE]) ? "UTF-8" : "ANSI_X3.4-1968");
  return PyUnicode_FromString(entry[2]);
}

/** @cpython _locale_getencoding_impl: the encoding of the LC_CTYPE locale. */
function _locale_getencoding(_module: PyObject | null): PyObject {
  init_state();
  return PyUnicode_FromString(is_utf8_locale(current[LC_CTYPE]) ? "UTF-8" : "ANSI_X3.4-1968");
}

// gettext: no catalogs exist, so every message is its own translation; the domain
// bookkeeping is kept as libintl keeps it.
let text_domain = "messages";
const domain_dirs = new Map<string, string>();
const domain_codesets = new Map<string, string>();

/** @cpython _locale_gettext_impl */
function _locale_gettext(_module: PyObject | null, arg: PyObject): PyObject | null {
  const msg = strArg(arg, "gettext", "argument", false);
  if (msg === null || msg === undefined) return null;
  return PyUnicode_FromString(msg);
}

/** @cpython _locale_dgettext_impl */
function _locale_dgettext(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("dgettext", args.length, 2, 2)) return null;
  if (strArg(args[0], "dgettext", "argument 1", true) === null) return null;
  const msg = strArg(args[1], "dgettext", "argument 2", false);
  if (msg === null || msg === undefined) return null;
  return PyUnicode_FromString(msg);
}

/** @cpython _locale_dcgettext_impl */
function _locale_dcgettext(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("dcgettext", args.length, 3, 3)) return null;
  if (strArg(args[0], "dcgettext", "argument 1", true) === null) return null;
  const msg = strArg(args[1], "dcgettext", "argument 2", false);
  if (msg === null || msg === undefined) return null;
  if (intArg(args[2]) === null) return null;
  return PyUnicode_FromString(msg);
}

/** @cpython _locale_textdomain_impl: set (or, with None, read) the default domain. */
function _locale_textdomain(_module: PyObject | null, arg: PyObject): PyObject | null {
  const domain = strArg(arg, "textdomain", "argument", true);
  if (domain === null) return null;
  if (domain !== undefined) text_domain = domain === "" ? "messages" : domain;
  return PyUnicode_FromString(text_domain);
}

/** @cpython _locale_bindtextdomain_impl: set (or, with None, read) a domain's directory. */
function _locale_bindtextdomain(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("bindtextdomain", args.length, 2, 2)) return null;
  const domain = strArg(args[0], "bindtextdomain", "argument 1", false);
  if (domain === null || domain === undefined) return null;
  if (domain === "") return raise_locale_error("domain must be a non-empty string");
  const dir = args[1];
  if (dir !== Py_None) {
    if (!PyUnicode_Check(dir)) {
      return PyErr_SetString(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${dir.ob_type.tp_name}`);
    }
    const d = (dir as PyUnicodeObject).str;
    if (d.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null byte");
    domain_dirs.set(domain, d);
  }
  return PyUnicode_FromString(domain_dirs.get(domain) ?? "/usr/share/locale");
}

/** @cpython _locale_bind_textdomain_codeset_impl */
function _locale_bind_textdomain_codeset(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("bind_textdomain_codeset", args.length, 2, 2)) return null;
  const domain = strArg(args[0], "bind_textdomain_codeset", "argument 1", false);
  if (domain === null || domain === undefined) return null;
  const codeset = strArg(args[1], "bind_textdomain_codeset", "argument 2", true);
  if (codeset === null) return null;
  if (codeset !== undefined) domain_codesets.set(domain, codeset);
  const c = domain_codesets.get(domain);
  return c === undefined ? Py_NewNone() : PyUnicode_FromString(c);
}

const PyLocale_Methods: PyMethodDef[] = [
  { ml_name: "setlocale", ml_meth: _locale_setlocale, ml_flags: METH_FASTCALL,
    ml_doc: "setlocale($module, category, locale=<unrepresentable>, /)\n--\n\nSet the locale of a category, or with no locale, read it." },
  { ml_name: "localeconv", ml_meth: _locale_localeconv, ml_flags: METH_NOARGS,
    ml_doc: "localeconv($module, /)\n--\n\nThe locale's conventions for numbers and money, as a dict." },
  { ml_name: "strcoll", ml_meth: _locale_strcoll, ml_flags: METH_FASTCALL,
    ml_doc: "strcoll($module, os1, os2, /)\n--\n\nCompare two strings in the locale's collation order." },
  { ml_name: "strxfrm", ml_meth: _locale_strxfrm, ml_flags: METH_O,
    ml_doc: "strxfrm($module, string, /)\n--\n\nA key that sorts like the string does in the locale's collation order." },
  { ml_name: "nl_langinfo", ml_meth: _locale_nl_langinfo, ml_flags: METH_O,
    ml_doc: "nl_langinfo($module, key, /)\n--\n\nThe locale's value for one of the langinfo keys (CODESET, D_T_FMT, ...)." },
  { ml_name: "gettext", ml_meth: _locale_gettext, ml_flags: METH_O,
    ml_doc: "gettext($module, msg, /)\n--\n\ngettext(msg) -> string\n\nThe translation of msg." },
  { ml_name: "dgettext", ml_meth: _locale_dgettext, ml_flags: METH_FASTCALL,
    ml_doc: "dgettext($module, domain, msg, /)\n--\n\ndgettext(domain, msg) -> string\n\nThe translation of msg in a domain." },
  { ml_name: "dcgettext", ml_meth: _locale_dcgettext, ml_flags: METH_FASTCALL,
    ml_doc: "dcgettext($module, domain, msg, category, /)\n--\n\nThe translation of msg in a domain and category." },
  { ml_name: "textdomain", ml_meth: _locale_textdomain, ml_flags: METH_O,
    ml_doc: "textdomain($module, domain, /)\n--\n\nSet the default message domain; returns it." },
  { ml_name: "bindtextdomain", ml_meth: _locale_bindtextdomain, ml_flags: METH_FASTCALL,
    ml_doc: "bindtextdomain($module, domain, dir, /)\n--\n\nSet the directory of a domain's catalogs; returns it." },
  { ml_name: "bind_textdomain_codeset", ml_meth: _locale_bind_textdomain_codeset, ml_flags: METH_FASTCALL,
    ml_doc: "bind_textdomain_codeset($module, domain, codeset, /)\n--\n\nSet the encoding of a domain's translations; returns it." },
  { ml_name: "getencoding", ml_meth: _locale_getencoding, ml_flags: METH_NOARGS,
    ml_doc: "getencoding($module, /)\n--\n\nThe encoding of the current locale." },
];

/** @cpython PyInit__locale (with _locale_exec) */
export function PyInit__locale(): PyObject | null {
  const m: PyModuleObject = PyModule_Create("_locale", "Support for POSIX locales.", PyLocale_Methods);
  init_state();
  PyModule_AddIntConstant(m, "LC_CTYPE", LC_CTYPE);
  PyModule_AddIntConstant(m, "LC_TIME", LC_TIME);
  PyModule_AddIntConstant(m, "LC_COLLATE", LC_COLLATE);
  PyModule_AddIntConstant(m, "LC_MONETARY", LC_MONETARY);
  PyModule_AddIntConstant(m, "LC_MESSAGES", LC_MESSAGES);
  PyModule_AddIntConstant(m, "LC_NUMERIC", LC_NUMERIC);
  PyModule_AddIntConstant(m, "LC_ALL", LC_ALL);
  PyModule_AddIntConstant(m, "CHAR_MAX", CHAR_MAX);
  const err = locale_error();
  if (err === null) {
    Py_DECREF(m);
    return null;
  }
  PyModule_AddObjectRef(m, "Error", err);
  for (const [name, value] of langinfo) PyModule_AddIntConstant(m, name, value);
  return m;
}

