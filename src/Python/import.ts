/**
 * @mirrors Python/import.c
 * The import statement's entry points: IMPORT_NAME, IMPORT_FROM and `import *`. This first
 * version serves modules already in sys.modules and the modules written natively (sys,
 * builtins, ...), which register an init function in `PyImport_Inittab`. Finding modules on
 * sys.path (importlib's path finders, .pyc caching) arrives with the standard library.
 */
import { PyObject, Py_DECREF, Py_INCREF } from "../Include/object.ts";
import { _PyThreadState_GET } from "./pystate.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_SetObject } from "./errors.ts";
import { PyExc_ImportError, PyExc_ModuleNotFoundError, PyExc_TypeError, PyExc_ValueError, PyExc_KeyError, PyExc_AttributeError, _PyErr_CreateException } from "../Objects/exceptions.ts";
import { PyDict_GetItemWithError, PyDict_SetItem, PyDict_GetItemString, PyDict_Keys, PyDict_Check, type PyDictObject } from "../Objects/dictobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { Py_None, PyObject_GetAttr, _PyObject_LookupAttr, PyObject_IsTrue } from "../Objects/object.ts";
import { PyObject_GetItem, PyObject_SetItem, _PySequence_ToArray, _Py_DecrefArray } from "../Objects/abstract.ts";
import { PyLongObject } from "../Objects/longobject.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";
import { PyTuple_FromArray } from "../Objects/tupleobject.ts";

/** Natively written modules: name -> a function creating the module. */
export const PyImport_Inittab = new Map<string, () => PyObject | null>();

/** sys.modules. @returns borrowed */
function modulesDict(): PyDictObject {
  return _PyThreadState_GET().interp.modules!;
}

/** @cpython import_get_module + builtin import: the module object, or null with an error. */
export function PyImport_ImportModule(name: string): PyObject | null {
  const modules = modulesDict();
  const key = PyUnicode_FromString(name);
  const existing = PyDict_GetItemWithError(modules, key);
  if (existing !== null && existing !== Py_None) {
    Py_INCREF(existing);
    Py_DECREF(key);
    return existing;
  }
  if (PyErr_Occurred()) return null;
  const init = PyImport_Inittab.get(name);
  if (init !== undefined) {
    const m = init();
    if (m === null) return null;
    PyDict_SetItem(modules, key, m);
    Py_DECREF(key);
    return m;
  }
  Py_DECREF(key);
  const exc = _PyErr_CreateException(PyExc_ModuleNotFoundError, PyTuple_FromArray([PyUnicode_FromString(`No module named '${name}'`)]));
  if (exc === null) return null;
  const e = exc as unknown as { name: PyObject | null };
  e.name = PyUnicode_FromString(name);
  PyErr_SetObject(PyExc_ModuleNotFoundError, exc);
  Py_DECREF(exc);
  return null;
}

/** @cpython resolve_name: a relative import's absolute name from __package__/__name__. */
function resolve_name(name: string, globals: PyObject, level: number): string | null {
  if (!PyDict_Check(globals)) {
    PyErr_SetString(PyExc_TypeError, "globals must be a dict");
    return null;
  }
  let pkg = PyDict_GetItemString(globals as PyDictObject, "__package__");
  if (pkg === Py_None) pkg = null;
  let pkgname: string;
  if (pkg !== null) {
    if (!PyUnicode_Check(pkg)) {
      PyErr_SetString(PyExc_TypeError, "package must be a string");
      return null;
    }
    pkgname = (pkg as PyUnicodeObject).str;
  } else {
    const n = PyDict_GetItemString(globals as PyDictObject, "__name__");
    if (n === null || !PyUnicode_Check(n)) {
      PyErr_SetString(PyExc_KeyError, "'__name__' not in globals");
      return null;
    }
    pkgname = (n as PyUnicodeObject).str;
    if (PyDict_GetItemString(globals as PyDictObject, "__path__") === null) {
      const dot = pkgname.lastIndexOf(".");
      pkgname = dot < 0 ? "" : pkgname.slice(0, dot);
    }
  }
  if (pkgname === "") {
    PyErr_SetString(PyExc_ImportError, "attempted relative import with no known parent package");
    return null;
  }
  const parts = pkgname.split(".");
  if (level - 1 >= parts.length) {
    PyErr_SetString(PyExc_ImportError, "attempted relative import beyond top-level package");
    return null;
  }
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** @cpython PyImport_ImportModuleLevelObject: what `import a.b` / `from . import x` call. */
export function PyImport_ImportModuleLevelObject(
  nameObj: PyObject, globals: PyObject | null, _locals: PyObject, fromlist: PyObject, levelObj: PyObject,
): PyObject | null {
  if (!PyUnicode_Check(nameObj)) {
    return PyErr_SetString(PyExc_TypeError, `module name must be str, not ${_PyType_Name(nameObj.ob_type)}`);
  }
  const level = Number((levelObj as PyLongObject).ob_ival ?? 0);
  if (level < 0) return PyErr_SetString(PyExc_ValueError, "level must be >= 0");
  let name = (nameObj as PyUnicodeObject).str;
  if (level > 0) {
    const abs = resolve_name(name, globals ?? Py_None, level);
    if (abs === null) return null;
    name = abs;
  } else if (name === "") {
    return PyErr_SetString(PyExc_ValueError, "Empty module name");
  }
  // Import each package along the dotted name.
  const parts = name.split(".");
  let top: PyObject | null = null;
  for (let i = 1; i <= parts.length; i++) {
    const m = PyImport_ImportModule(parts.slice(0, i).join("."));
    if (m === null) {
      if (top !== null) Py_DECREF(top);
      return null;
    }
    if (top === null) top = m;
    else if (i < parts.length) Py_DECREF(m);
    if (i === parts.length && i > 1) {
      const hasFrom = fromlist !== Py_None && PyObject_IsTrue(fromlist) > 0;
      if (hasFrom) {
        Py_DECREF(top);
        return m;
      }
      Py_DECREF(m);
    }
  }
  const hasFromlist = fromlist !== Py_None && PyObject_IsTrue(fromlist) > 0;
  if (hasFromlist && parts.length === 1) return top;
  if (level > 0 && !hasFromlist) {
    // `from . import x` always has a fromlist; `import .x` is a syntax error.
  }
  return top;
}

/** @cpython import_from: `from mod import name`. @returns new */
export function import_from(v: PyObject, name: PyObject): PyObject | null {
  const x = _PyObject_LookupAttr(v, name);
  if (x === null) return null;
  if (x !== undefined) return x;
  // A submodule imported by someone else: sys.modules["pkg.name"].
  const pkgname = _PyObject_LookupAttr(v, _PyUnicode_FromId("__name__"));
  if (pkgname !== null && pkgname !== undefined && PyUnicode_Check(pkgname)) {
    const full = `${(pkgname as PyUnicodeObject).str}.${(name as PyUnicodeObject).str}`;
    const m = PyDict_GetItemString(modulesDict(), full);
    if (m !== null) {
      Py_INCREF(m);
      return m;
    }
  }
  if (pkgname === null) PyErr_Clear();
  const pn = pkgname !== null && pkgname !== undefined && PyUnicode_Check(pkgname) ? (pkgname as PyUnicodeObject).str : "<unknown module name>";
  const file = _PyObject_LookupAttr(v, _PyUnicode_FromId("__file__"));
  if (file === null) PyErr_Clear();
  const where = file !== null && file !== undefined && PyUnicode_Check(file) ? (file as PyUnicodeObject).str : "unknown location";
  PyErr_SetString(PyExc_ImportError, `cannot import name '${(name as PyUnicodeObject).str}' from '${pn}' (${where})`);
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
      PyErr_SetString(PyExc_TypeError, `${skip_leading_underscores ? "Key in __dict__" : "Item in __all__"} of module must be str, not ${_PyType_Name(name.ob_type)}`);
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

