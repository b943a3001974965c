/**
 * @mirrors Python/import.c
 * The import statement and the C side of the import system. As in CPython, the finding
 * and loading is importlib's: `_frozen_importlib` (Lib/importlib/_bootstrap.py, frozen) and
 * `_frozen_importlib_external` run as Python code, with sys.meta_path holding
 * BuiltinImporter (the modules of Modules/config.ts), FrozenImporter (Python/frozen.ts) and
 * PathFinder (directories and zip files on sys.path). This file keeps the fast path of
 * `import x` for a module already in sys.modules, resolves relative names, and trims
 * importlib's own frames from tracebacks; the `_imp` module is in imp_module.ts.
 */
import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF } from "../Include/object.ts";
import { _PyThreadState_GET, type PyThreadState, type PyInterpreterState } from "./pystate.ts";
import { PySys_WriteStderr } from "./sysmodule.ts";
import { _Py_GetConfig } from "./initconfig.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_SetObject, PyErr_Format } from "./errors.ts";
import {
  PyExc_ImportError, PyExc_ModuleNotFoundError, PyExc_TypeError, PyExc_ValueError, PyExc_KeyError,
  PyExc_ImportWarning, _PyErr_CreateException, type PyBaseExceptionObject,
} from "../Objects/exceptions.ts";
import {
  PyDict_GetItemWithError, PyDict_SetItem, PyDict_GetItemString, PyDict_Keys, PyDict_Check, PyDict_Contains,
  type PyDictObject,
} from "../Objects/dictobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { Py_None, PyObject_GetAttr, _PyObject_LookupAttr, PyObject_IsTrue, PyObject_RichCompareBool, Py_EQ, PyObject_Repr } from "../Objects/object.ts";
import { PyObject_SetItem, _PySequence_ToArray, _Py_DecrefArray } from "../Objects/abstract.ts";
import { _PyType_Name, PyType_IsSubtype } from "../Objects/typeobject.ts";
import { PyTuple_FromArray } from "../Objects/tupleobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { PyObject_CallMethod, PyObject_Vectorcall } from "../Objects/call.ts";
import { PyModule_New, PyModule_GetDict, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyTracebackObject } from "./traceback.ts";
import { PyErr_WarnEx } from "./_warnings.ts";
import { look_up_frozen, get_frozen_code } from "./frozen.ts";
import { codeOf } from "../Objects/codeobject_runtime.ts";
import { PyEval_EvalCode } from "./ceval.ts";
import type { _PyInterpreterFrame } from "./frame.ts";

/** Natively written modules: name -> a function creating the module (Modules/config.ts fills it). */
export const PyImport_Inittab = new Map<string, () => PyObject | null>();

/** sys.modules. @returns borrowed */
function modulesDict(): PyDictObject {
  return _PyThreadState_GET().interp.modules!;
}

/** @cpython import_get_module: sys.modules[name], or null (with an error only if the lookup failed). @returns new */
function import_get_module(name: PyObject): PyObject | null {
  const m = PyDict_GetItemWithError(modulesDict(), name);
  if (m !== null) Py_INCREF(m);
  return m;
}

/** @cpython PyImport_GetModule: an imported module, waiting for one still initializing. @returns new */
export function PyImport_GetModule(name: PyObject): PyObject | null {
  const mod = import_get_module(name);
  if (mod !== null && mod !== Py_None && import_ensure_initialized(_PyThreadState_GET(), mod, name) < 0) {
    Py_DECREF(mod);
    remove_importlib_frames(_PyThreadState_GET());
    return null;
  }
  return mod;
}

/** @cpython _PyModuleSpec_IsInitializing: whether spec._initializing is true. */
export function _PyModuleSpec_IsInitializing(spec: PyObject | null): boolean {
  if (spec === null) {
    PyErr_Clear();
    return false;
  }
  const v = _PyObject_LookupAttr(spec, _PyUnicode_FromId("_initializing"));
  if (v === null) {
    PyErr_Clear();
    return false;
  }
  if (v === undefined) return false;
  const r = PyObject_IsTrue(v);
  Py_DECREF(v);
  if (r < 0) PyErr_Clear();
  return r > 0;
}

/** @cpython import_ensure_initialized: a module half-way through its import is waited for. */
function import_ensure_initialized(tstate: PyThreadState, mod: PyObject, name: PyObject): number {
  const spec = _PyObject_LookupAttr(mod, _PyUnicode_FromId("__spec__"));
  if (spec === null) PyErr_Clear();
  const busy = spec !== null && spec !== undefined && _PyModuleSpec_IsInitializing(spec);
  if (spec) Py_DECREF(spec);
  if (busy) {
    const value = PyObject_CallMethod(tstate.interp.importlib!, "_lock_unlock_module", [name]);
    if (value === null) return -1;
    Py_DECREF(value);
  }
  return 0;
}

/** A ModuleNotFoundError with its name attribute set, as importlib raises it. */
function module_not_found(name: string): null {
  const exc = _PyErr_CreateException(PyExc_ModuleNotFoundError, PyTuple_FromArray([PyUnicode_FromString(`No module named '${name}'`)]));
  if (exc === null) return null;
  (exc as unknown as { name: PyObject | null }).name = PyUnicode_FromString(name);
  PyErr_SetObject(PyExc_ModuleNotFoundError, exc);
  Py_DECREF(exc);
  return null;
}

/**
 * @cpython PyImport_ImportModule: import a module by name and return it (sys.modules[name]
 * for a dotted name). Before importlib is installed only native modules can be imported.
 * @returns new
 */
export function PyImport_ImportModule(name: string): PyObject | null {
  const interp = _PyThreadState_GET().interp;
  const nameObj = PyUnicode_FromString(name);
  if (interp.importlib === null) {
    const existing = import_get_module(nameObj);
    Py_DECREF(nameObj);
    if (existing !== null) return existing;
    if (PyErr_Occurred()) return null;
    const init = PyImport_Inittab.get(name);
    if (init === undefined) return module_not_found(name);
    const m = init();
    if (m === null) return null;
    PyDict_SetItem(modulesDict(), PyUnicode_FromString(name), m);
    return m;
  }
  const r = PyImport_Import(nameObj);
  Py_DECREF(nameObj);
  return r;
}

/**
 * @cpython PyImport_Import: `__import__(name, fromlist=['__doc__'])` through whatever
 * builtins.__import__ is now, then sys.modules[name]. @returns new
 */
export function PyImport_Import(name: PyObject): PyObject | null {
  const interp = _PyThreadState_GET().interp;
  const builtinsImport = PyDict_GetItemString(interp.builtins!, "__import__");
  if (builtinsImport === null) return PyErr_SetString(PyExc_ImportError, "__import__ not found");
  const fromlist = PyTuple_FromArray([_PyUnicode_FromId("__doc__")]);
  const zero = PyLong_FromNumber(0);
  const args = [name, interp.builtins!, interp.builtins!, fromlist, zero];
  const kw = PyTuple_FromArray(["globals", "locals", "fromlist", "level"].map((s) => _PyUnicode_FromId(s)));
  const r = PyObject_Vectorcall(builtinsImport, args, kw);
  Py_DECREF(kw);
  Py_DECREF(fromlist);
  Py_DECREF(zero);
  if (r === null) return null;
  Py_DECREF(r);
  const m = import_get_module(name);
  if (m === null && !PyErr_Occurred()) {
    const repr = PyObject_Repr(name);
    return PyErr_Format(PyExc_KeyError, `${repr === null ? "?" : (repr as PyUnicodeObject).str} not in sys.modules as expected`);
  }
  return m;
}

/** @cpython resolve_name: the absolute name of a relative import, from __spec__/__package__. */
function resolve_name(name: PyObject, globals: PyObject | null, level: number): PyObject | null {
  if (globals === null) return PyErr_SetString(PyExc_KeyError, "'__name__' not in globals");
  if (!PyDict_Check(globals)) return PyErr_SetString(PyExc_TypeError, "globals must be a dict");
  const g = globals as PyDictObject;
  let pkg: PyObject | null = PyDict_GetItemString(g, "__package__");
  if (pkg === Py_None) pkg = null;
  const spec = PyDict_GetItemString(g, "__spec__");
  let pkgname: string;
  if (pkg !== null) {
    if (!PyUnicode_Check(pkg)) return PyErr_SetString(PyExc_TypeError, "package must be a string");
    if (spec !== null && spec !== Py_None) {
      const parent = PyObject_GetAttr(spec, _PyUnicode_FromId("parent"));
      if (parent === null) return null;
      const equal = PyObject_RichCompareBool(pkg, parent, Py_EQ);
      Py_DECREF(parent);
      if (equal < 0) return null;
      if (equal === 0 && PyErr_WarnEx(PyExc_ImportWarning, "__package__ != __spec__.parent", 1) < 0) return null;
    }
    pkgname = (pkg as PyUnicodeObject).str;
  } else if (spec !== null && spec !== Py_None) {
    const parent = PyObject_GetAttr(spec, _PyUnicode_FromId("parent"));
    if (parent === null) return null;
    if (!PyUnicode_Check(parent)) {
      Py_DECREF(parent);
      return PyErr_SetString(PyExc_TypeError, "__spec__.parent must be a string");
    }
    pkgname = (parent as PyUnicodeObject).str;
    Py_DECREF(parent);
  } else {
    if (PyErr_WarnEx(PyExc_ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1) < 0) return null;
    const n = PyDict_GetItemString(g, "__name__");
    if (n === null) return PyErr_SetString(PyExc_KeyError, "'__name__' not in globals");
    if (!PyUnicode_Check(n)) return PyErr_SetString(PyExc_TypeError, "__name__ must be a string");
    pkgname = (n as PyUnicodeObject).str;
    if (PyDict_Contains(g, _PyUnicode_FromId("__path__")) === 0) {
      const dot = pkgname.lastIndexOf(".");
      if (dot < 0) return PyErr_SetString(PyExc_ImportError, "attempted relative import with no known parent package");
      pkgname = pkgname.slice(0, dot);
    }
  }
  if (pkgname === "") return PyErr_SetString(PyExc_ImportError, "attempted relative import with no known parent package");
  let last = pkgname.length;
  for (let up = 1; up < level; up++) {
    last = pkgname.lastIndexOf(".", last - 1);
    if (last < 0) return PyErr_SetString(PyExc_ImportError, "attempted relative import beyond top-level package");
  }
  const base = pkgname.slice(0, last);
  const rel = (name as PyUnicodeObject).str;
  return PyUnicode_FromString(rel === "" ? base : `${base}.${rel}`);
}

/** @cpython import_find_and_load: importlib._find_and_load(abs_name, __import__). @returns new */
function import_find_and_load(tstate: PyThreadState, abs_name: PyObject): PyObject | null {
  const interp = tstate.interp;
  if (interp.importlib === null) {
    // Start-up, before importlib: only native modules.
    return PyImport_ImportModule((abs_name as PyUnicodeObject).str);
  }
  if (!_Py_GetConfig().import_time) return PyObject_CallMethod(interp.importlib, "_find_and_load", [abs_name, interp.import_func!]);
  return timed_find_and_load(interp, abs_name);
}

/** -X importtime's state: nesting depth, and the time nested imports took (for "self"). */
const importTime = { header: true, level: 0, accumulated: 0n };

/** import_find_and_load under -X importtime: one stderr line per import, innermost first. */
function timed_find_and_load(interp: PyInterpreterState, abs_name: PyObject): PyObject | null {
  const clock = interp.host.os;
  if (importTime.header) {
    PySys_WriteStderr("import time: self [us] | cumulative | imported package\n");
    importTime.header = false;
  }
  const outer = importTime.accumulated;
  importTime.level++;
  importTime.accumulated = 0n;
  const t1 = clock.monotonic_ns();
  const mod = PyObject_CallMethod(interp.importlib!, "_find_and_load", [abs_name, interp.import_func!]);
  const cum = clock.monotonic_ns() - t1;
  importTime.level--;
  const us = (ns: bigint) => String((ns + 999n) / 1000n);
  PySys_WriteStderr(`import time: ${us(cum - importTime.accumulated).padStart(9)} | ${us(cum).padStart(10)} | ${" ".repeat(importTime.level * 2)}${(abs_name as PyUnicodeObject).str}\n`);
  importTime.accumulated = outer + cum;
  return mod;
}

/**
 * @cpython PyImport_ImportModuleLevelObject: what `import a.b` and `from . import x`
 * run (importlib.__import__ and _gcd_import, in native code for speed). @returns new
 */
export function PyImport_ImportModuleLevelObject(
  name: PyObject, globals: PyObject | null, _locals: PyObject | null, fromlist: PyObject | null, level: number,
): PyObject | null {
  const tstate = _PyThreadState_GET();
  const result = import_module_level(tstate, name, globals, fromlist, level);
  if (result === null) remove_importlib_frames(tstate);
  return result;
}

function import_module_level(tstate: PyThreadState, name: PyObject, globals: PyObject | null, fromlist: PyObject | null, level: number): PyObject | null {
  if (!PyUnicode_Check(name)) return PyErr_SetString(PyExc_TypeError, "module name must be a string");
  if (level < 0) return PyErr_SetString(PyExc_ValueError, "level must be >= 0");
  let abs_name: PyObject;
  if (level > 0) {
    const r = resolve_name(name, globals, level);
    if (r === null) return null;
    abs_name = r;
  } else {
    if ((name as PyUnicodeObject).str.length === 0) return PyErr_SetString(PyExc_ValueError, "Empty module name");
    abs_name = name;
    Py_INCREF(abs_name);
  }
  let mod = import_get_module(abs_name);
  if (mod === null && PyErr_Occurred()) {
    Py_DECREF(abs_name);
    return null;
  }
  if (mod !== null && mod !== Py_None) {
    if (tstate.interp.importlib !== null && import_ensure_initialized(tstate, mod, abs_name) < 0) {
      Py_DECREF(mod);
      Py_DECREF(abs_name);
      return null;
    }
  } else {
    Py_XDECREF(mod);
    mod = import_find_and_load(tstate, abs_name);
    if (mod === null) {
      Py_DECREF(abs_name);
      return null;
    }
  }
  let has_from = 0;
  if (fromlist !== null && fromlist !== Py_None) {
    has_from = PyObject_IsTrue(fromlist);
    if (has_from < 0) {
      Py_DECREF(mod);
      Py_DECREF(abs_name);
      return null;
    }
  }
  let final_mod: PyObject | null;
  const nameStr = (name as PyUnicodeObject).str;
  if (!has_from) {
    const dot = nameStr.indexOf(".");
    if (level === 0 || nameStr.length > 0) {
      if (dot < 0) {
        final_mod = mod;
        Py_INCREF(mod);
      } else if (level === 0) {
        const front = PyUnicode_FromString(nameStr.slice(0, dot));
        final_mod = PyImport_ImportModuleLevelObject(front, null, null, null, 0);
        Py_DECREF(front);
      } else {
        const absStr = (abs_name as PyUnicodeObject).str;
        const cut = nameStr.length - dot;
        const toReturn = PyUnicode_FromString(absStr.slice(0, absStr.length - cut));
        final_mod = import_get_module(toReturn);
        if (final_mod === null && !PyErr_Occurred()) {
          PyErr_Format(PyExc_KeyError, `'${(toReturn as PyUnicodeObject).str}' not in sys.modules as expected`);
        }
        Py_DECREF(toReturn);
      }
    } else {
      final_mod = mod;
      Py_INCREF(mod);
    }
  } else {
    const path = _PyObject_LookupAttr(mod, _PyUnicode_FromId("__path__"));
    if (path === null) final_mod = null;
    else if (path !== undefined && tstate.interp.importlib !== null) {
      Py_DECREF(path);
      final_mod = PyObject_CallMethod(tstate.interp.importlib, "_handle_fromlist", [mod, fromlist!, tstate.interp.import_func!]);
    } else {
      if (path !== undefined) Py_DECREF(path);
      final_mod = mod;
      Py_INCREF(mod);
    }
  }
  Py_DECREF(abs_name);
  Py_DECREF(mod);
  return final_mod;
}

/**
 * @cpython import_name (ceval.c): IMPORT_NAME calls builtins.__import__, straight into
 * PyImport_ImportModuleLevelObject when it is still the original. @returns new
 */
export function import_name(frame: _PyInterpreterFrame, name: PyObject, fromlist: PyObject, levelObj: PyObject): PyObject | null {
  const interp = _PyThreadState_GET().interp;
  const import_func = PyDict_GetItemWithError(frame.f_builtins, _PyUnicode_FromId("__import__"));
  if (import_func === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_ImportError, "__import__ not found");
    return null;
  }
  const locals = frame.f_locals ?? Py_None;
  if (import_func === interp.import_func || interp.import_func === null) {
    const level = Number((levelObj as unknown as { ob_ival: number | bigint }).ob_ival);
    return PyImport_ImportModuleLevelObject(name, frame.f_globals, locals, fromlist, level);
  }
  Py_INCREF(import_func);
  const r = PyObject_Vectorcall(import_func, [name, frame.f_globals, locals, fromlist, levelObj], null);
  Py_DECREF(import_func);
  return r;
}

/**
 * @cpython remove_importlib_frames: an ImportError's traceback loses every frame inside
 * importlib; any other error loses the importlib chunks that end in
 * _call_with_frames_removed (the call into the module's own code).
 */
export function remove_importlib_frames(tstate: PyThreadState): void {
  const exc = tstate.curexc;
  if (exc === null || tstate.interp.verbose) return;
  const always_trim = PyType_IsSubtype(exc.ob_type, PyExc_ImportError);
  const holder = exc as PyBaseExceptionObject;
  let base = holder.traceback as PyTracebackObject | null;
  // Links are rewritten through setters so the traceback chain stays refcounted.
  let prev: { get: () => PyTracebackObject | null; set: (t: PyTracebackObject | null) => void } = {
    get: () => base, set: (t) => { base = t; },
  };
  let outer = prev;
  let in_importlib = false;
  let tb = base;
  while (tb !== null) {
    const next = tb.tb_next;
    const code = tb.tb_frame.f_frame.f_code.co;
    const now = code.co_filename === "<frozen importlib._bootstrap>" || code.co_filename === "<frozen importlib._bootstrap_external>";
    if (now && !in_importlib) outer = prev;
    in_importlib = now;
    if (in_importlib && (always_trim || code.co_name === "_call_with_frames_removed")) {
      if (next !== null) Py_INCREF(next);
      const old = outer.get();
      outer.set(next);
      if (old !== null) Py_DECREF(old);
      prev = outer;
    } else {
      const cur = tb;
      prev = { get: () => cur.tb_next, set: (t) => { cur.tb_next = t; } };
    }
    tb = next;
  }
  holder.traceback = base;
}

/**
 * @cpython PyImport_ImportFrozenModuleObject: run a frozen module's code in a new module
 * registered in sys.modules. Returns 1 on success, 0 if there is no such frozen module.
 */
export function PyImport_ImportFrozenModule(name: string): number {
  const tstate = _PyThreadState_GET();
  const entry = look_up_frozen(name);
  if (entry === null) return 0;
  const code = get_frozen_code(tstate.interp.host, entry);
  if (typeof code === "string") {
    PyErr_SetString(PyExc_ImportError, code);
    return -1;
  }
  const m = PyModule_New(name);
  const key = PyUnicode_FromString(name);
  PyDict_SetItem(modulesDict(), key, m);
  const d = PyModule_GetDict(m);
  if (entry.ispkg) {
    const l = _PyList_FromArraySteal([]);
    PyDict_SetItem(d, _PyUnicode_FromId("__path__"), l);
    Py_DECREF(l);
  }
  if (PyDict_GetItemString(d, "__builtins__") === null) PyDict_SetItem(d, _PyUnicode_FromId("__builtins__"), PyDict_GetItemString(tstate.interp.modules!, "builtins")!);
  const r = PyEval_EvalCode(codeOf(code), d, d);
  Py_DECREF(m);
  if (r === null) {
    PyObject_SetItem(modulesDict(), key, Py_None);
    Py_DECREF(key);
    return -1;
  }
  Py_DECREF(key);
  Py_DECREF(r);
  // FrozenImporter._fix_up_module reads (and removes) it to finish the module's spec.
  const origname = entry.origname === null ? Py_None : PyUnicode_FromString(entry.origname.replace(/^</, ""));
  PyDict_SetItem(d, _PyUnicode_FromId("__origname__"), origname);
  if (origname !== Py_None) Py_DECREF(origname);
  return 1;
}

/** @cpython import_from: `from mod import name`. @returns new */
export function import_from(v: PyObject, name: PyObject): PyObject | null {
  const x = _PyObject_LookupAttr(v, name);
  if (x === null) return null;
  if (x !== undefined) return x;
  // A submodule not yet bound as an attribute (a circular import): sys.modules["pkg.name"].
  const pkgname = _PyObject_LookupAttr(v, _PyUnicode_FromId("__name__"));
  if (pkgname === null) PyErr_Clear();
  const pkgOk = pkgname !== null && pkgname !== undefined && PyUnicode_Check(pkgname);
  if (pkgOk) {
    const full = PyUnicode_FromString(`${(pkgname as PyUnicodeObject).str}.${(name as PyUnicodeObject).str}`);
    const m = PyImport_GetModule(full);
    Py_DECREF(full);
    if (m !== null) {
      Py_DECREF(pkgname!);
      return m;
    }
    if (PyErr_Occurred()) PyErr_Clear();
  }
  const pn = pkgOk ? (pkgname as PyUnicodeObject).str : "<unknown module name>";
  const file = _PyObject_LookupAttr(v, _PyUnicode_FromId("__file__"));
  if (file === null) PyErr_Clear();
  const fileStr = file !== null && file !== undefined && PyUnicode_Check(file) ? (file as PyUnicodeObject).str : null;
  const spec = _PyObject_LookupAttr(v, _PyUnicode_FromId("__spec__"));
  if (spec === null) PyErr_Clear();
  const initializing = spec !== null && spec !== undefined && _PyModuleSpec_IsInitializing(spec);
  const n = (name as PyUnicodeObject).str;
  let msg: string;
  if (initializing) {
    msg = `cannot import name '${n}' from partially initialized module '${pn}' (most likely due to a circular import) (${fileStr ?? "unknown location"})`;
  } else {
    msg = `cannot import name '${n}' from '${pn}' (${fileStr ?? "unknown location"})`;
  }
  const exc = _PyErr_CreateException(PyExc_ImportError, PyTuple_FromArray([PyUnicode_FromString(msg)]));
  if (exc !== null) {
    const e = exc as unknown as { name: PyObject | null; path: PyObject | null };
    e.name = pkgOk ? pkgname! : null;
    if (pkgOk) Py_INCREF(pkgname!);
    e.path = fileStr !== null ? PyUnicode_FromString(fileStr) : null;
    PyErr_SetObject(PyExc_ImportError, exc);
    Py_DECREF(exc);
  }
  if (pkgname) Py_DECREF(pkgname);
  if (file) Py_DECREF(file);
  if (spec) Py_DECREF(spec);
  return null;
}

/** @cpython import_all_from: `from mod import *` into locals. */
export function import_all_from(locals: PyObject, v: PyObject): number {
  let all = _PyObject_LookupAttr(v, _PyUnicode_FromId("__all__"));
  if (all === null) return -1;
  let skip_leading_underscores = false;
  if (all === undefined) {
    const dict = _PyObject_LookupAttr(v, _PyUnicode_FromId("__dict__"));
    if (dict === null) return -1;
    if (dict === undefined) {
      PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    all = PyDict_Keys(dict as PyDictObject);
    Py_DECREF(dict);
    if (all === null) return -1;
    skip_leading_underscores = true;
  }
  const names = _PySequence_ToArray(all);
  Py_DECREF(all);
  if (names === null) return -1;
  for (const name of names) {
    if (!PyUnicode_Check(name)) {
      const modname = _PyObject_LookupAttr(v, _PyUnicode_FromId("__name__"));
      const mn = modname && PyUnicode_Check(modname) ? (modname as PyUnicodeObject).str : "?";
      PyErr_SetString(PyExc_TypeError, skip_leading_underscores
        ? `Key in ${mn}.__dict__ must be str, not ${_PyType_Name(name.ob_type)}`
        : `Item in ${mn}.__all__ must be str, not ${_PyType_Name(name.ob_type)}`);
      _Py_DecrefArray(names);
      return -1;
    }
    if (skip_leading_underscores && (name as PyUnicodeObject).str.startsWith("_")) continue;
    const value = PyObject_GetAttr(v, name);
    if (value === null) {
      _Py_DecrefArray(names);
      return -1;
    }
    const err = PyObject_SetItem(locals, name, value);
    Py_DECREF(value);
    if (err !== 0) {
      _Py_DecrefArray(names);
      return -1;
    }
  }
  _Py_DecrefArray(names);
  return 0;
}

/** sys.modules[name], borrowed, or null. */
export function _PyImport_GetModuleBorrowed(name: string): PyObject | null {
  return PyDict_GetItemString(modulesDict(), name);
}


/**
 * @cpython init_importlib: run the frozen `_frozen_importlib`, make `_imp`, and call
 * `_bootstrap._install(sys, _imp)` (BuiltinImporter and FrozenImporter join sys.meta_path).
 * Returns -1 with the error set.
 */
export function _PyImport_InitCore(tstate: PyThreadState): number {
  const interp = tstate.interp;
  if (PyImport_ImportFrozenModule("_frozen_importlib") <= 0) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_ImportError, "can't find _frozen_importlib");
    return -1;
  }
  const importlib = PyDict_GetItemString(modulesDict(), "_frozen_importlib")!;
  Py_INCREF(importlib);
  interp.importlib = importlib;
  const import_func = PyDict_GetItemString(interp.builtins!, "__import__");
  if (import_func === null) {
    PyErr_SetString(PyExc_ImportError, "__import__ not found");
    return -1;
  }
  Py_INCREF(import_func);
  interp.import_func = import_func;
  const impInit = PyImport_Inittab.get("_imp");
  const imp = impInit === undefined ? null : impInit();
  if (imp === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_ImportError, "can't make _imp");
    return -1;
  }
  PyDict_SetItem(modulesDict(), _PyUnicode_FromId("_imp"), imp);
  const sys = PyDict_GetItemString(modulesDict(), "sys")!;
  const r = PyObject_CallMethod(importlib, "_install", [sys, imp]);
  Py_DECREF(imp);
  if (r === null) return -1;
  Py_DECREF(r);
  return 0;
}

/**
 * @cpython init_importlib_external + _PyImportZip_Init: PathFinder and the FileFinder path
 * hook from `_frozen_importlib_external`, then zipimport's hook in front of them.
 */
export function _PyImport_InitExternal(tstate: PyThreadState): number {
  const r = PyObject_CallMethod(tstate.interp.importlib!, "_install_external_importers", []);
  if (r === null) return -1;
  Py_DECREF(r);
  const zipimport = PyImport_ImportModule("zipimport");
  if (zipimport === null) return -1;
  const zipimporter = PyObject_GetAttr(zipimport, _PyUnicode_FromId("zipimporter"));
  Py_DECREF(zipimport);
  if (zipimporter === null) return -1;
  const hooks = PyDict_GetItemString(tstate.interp.sysdict!, "path_hooks");
  const zero = PyLong_FromNumber(0);
  const ins = hooks === null ? null : PyObject_CallMethod(hooks, "insert", [zero, zipimporter]);
  Py_DECREF(zero);
  Py_DECREF(zipimporter);
  if (ins === null) return -1;
  Py_DECREF(ins);
  return 0;
}
