/**
 * @mirrors Python/import.c
 * The `_imp` module: what importlib's Python code asks of the runtime. Native modules are
 * created from the table of Modules/config.ts (BuiltinImporter), frozen modules come from
 * Python/frozen.ts (FrozenImporter), and source loaders use `source_hash` and
 * `_fix_co_filename`. typhon has no extension modules (.so): `extension_suffixes()` is empty.
 */
import { PyObject, Py_DECREF, Py_INCREF, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O } from "../Include/object.ts";
import { _PyThreadState_GET } from "./pystate.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_SetObject } from "./errors.ts";
import { PyExc_ImportError, PyExc_RuntimeError, PyExc_TypeError, _PyErr_CreateException } from "../Objects/exceptions.ts";
import { PyUnicode_Check, PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { Py_None, Py_NewNone, PyObject_GetAttr } from "../Objects/object.ts";
import { PyDict_GetItemWithError, PyDict_SetItem } from "../Objects/dictobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyLong_FromNumber, PyLong_AsLong } from "../Objects/longobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { PyBytes_FromArray, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyModule_Create, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyCodeObjectWrapper, codeOf } from "../Objects/codeobject_runtime.ts";
import { PyCodeObject } from "../Objects/codeobject.ts";
import { _PyArg_UnpackKeywords } from "./getargs.ts";
import { PyImport_Inittab, PyImport_ImportFrozenModule } from "./import.ts";
import { FROZEN_MODULES, look_up_frozen, get_frozen_code, setOverrideFrozenModules } from "./frozen.ts";
import { _Py_KeyedHash } from "./pyhash.ts";
import { PyLongObject } from "../Objects/longobject.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

/** Native modules already created, by name: a second import returns the same module (single-phase init). */
const extensions = new Map<string, PyObject>();

/** Import-lock depth (one thread for now: the lock is never contended). */
let importLockDepth = 0;

function nameOf(o: PyObject, fname: string): string | null {
  if (!PyUnicode_Check(o)) {
    PyErr_SetString(PyExc_TypeError, `${fname}() argument must be str, not ${o.ob_type.tp_name}`);
    return null;
  }
  return (o as PyUnicodeObject).str;
}

/** @cpython _imp_is_builtin_impl: 1 for a native module, -1 for one that cannot be re-created (sys, builtins), else 0. */
function imp_is_builtin(_m: PyObject, name: PyObject): PyObject | null {
  const n = nameOf(name, "is_builtin");
  if (n === null) return null;
  if (n === "sys" || n === "builtins") return PyLong_FromNumber(-1);
  return PyLong_FromNumber(PyImport_Inittab.has(n) ? 1 : 0);
}

/** @cpython _imp_create_builtin: the module for spec.name from the native table. */
function imp_create_builtin(_m: PyObject, spec: PyObject): PyObject | null {
  const nameObj = PyObject_GetAttr(spec, _PyUnicode_FromId("name"));
  if (nameObj === null) return null;
  if (!PyUnicode_Check(nameObj)) {
    Py_DECREF(nameObj);
    return PyErr_SetString(PyExc_TypeError, `name must be string, not ${nameObj.ob_type.tp_name}`);
  }
  const name = (nameObj as PyUnicodeObject).str;
  const interp = _PyThreadState_GET().interp;
  const made = extensions.get(name);
  if (made !== undefined || name === "sys" || name === "builtins") {
    Py_DECREF(nameObj);
    const m = made ?? PyDict_GetItemWithError(interp.modules!, _PyUnicode_FromId(name));
    if (m === null) return PyErr_SetString(PyExc_ImportError, `no built-in module named ${name}`);
    Py_INCREF(m);
    return m;
  }
  const init = PyImport_Inittab.get(name);
  if (init === undefined) {
    // Not a native module: importlib calls this only for names is_builtin accepted.
    Py_DECREF(nameObj);
    return Py_NewNone();
  }
  const m = init();
  Py_DECREF(nameObj);
  if (m === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_RuntimeError, `initialization of ${name} did not return a module`);
    return null;
  }
  Py_INCREF(m);
  extensions.set(name, m);
  return m;
}

/** @cpython _imp_find_frozen_impl: (data, ispkg, origname) for a frozen module, or None. */
function imp_find_frozen(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "find_frozen", ["", "withdata"], 1, 1, 0);
  if (a === null) return null;
  const n = nameOf(a[0]!, "find_frozen");
  if (n === null) return null;
  const e = look_up_frozen(n);
  if (e === null) return Py_NewNone();
  const origname = e.origname === null ? Py_NewNone() : PyUnicode_FromString(e.origname.replace(/^</, ""));
  return _PyTuple_FromArraySteal([Py_NewNone(), PyBool_FromLong(e.ispkg ? 1 : 0), origname]);
}

/** The ImportError importlib expects for an unknown frozen name, with its name attribute. */
function frozen_error(msg: string, name: string): null {
  const exc = _PyErr_CreateException(PyExc_ImportError, PyTuple_FromArray([PyUnicode_FromString(msg)]));
  if (exc !== null) {
    (exc as unknown as { name: PyObject | null }).name = PyUnicode_FromString(name);
    PyErr_SetObject(PyExc_ImportError, exc);
    Py_DECREF(exc);
  }
  return null;
}

/** @cpython _imp_get_frozen_object_impl */
function imp_get_frozen_object(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 1 || args.length > 2) {
    return PyErr_SetString(PyExc_TypeError, `get_frozen_object expected at least 1 argument, got ${args.length}`);
  }
  const n = nameOf(args[0], "get_frozen_object");
  if (n === null) return null;
  const e = look_up_frozen(n);
  if (e === null) return frozen_error(`No such frozen object named '${n}'`, n);
  const code = get_frozen_code(_PyThreadState_GET().interp.host, e);
  if (typeof code === "string") return frozen_error(code, n);
  const w = codeOf(code);
  Py_INCREF(w);
  return w;
}

function imp_is_frozen(_m: PyObject, name: PyObject): PyObject | null {
  const n = nameOf(name, "is_frozen");
  if (n === null) return null;
  return PyBool_FromLong(look_up_frozen(n) !== null ? 1 : 0);
}

function imp_is_frozen_package(_m: PyObject, name: PyObject): PyObject | null {
  const n = nameOf(name, "is_frozen_package");
  if (n === null) return null;
  const e = look_up_frozen(n);
  if (e === null) return frozen_error(`No such frozen object named '${n}'`, n);
  return PyBool_FromLong(e.ispkg ? 1 : 0);
}

/** @cpython _imp_init_frozen_impl: import a frozen module directly (the old API). */
function imp_init_frozen(_m: PyObject, name: PyObject): PyObject | null {
  const n = nameOf(name, "init_frozen");
  if (n === null) return null;
  const r = PyImport_ImportFrozenModule(n);
  if (r < 0) return null;
  if (r === 0) return Py_NewNone();
  const m = PyDict_GetItemWithError(_PyThreadState_GET().interp.modules!, name);
  if (m === null) return Py_NewNone();
  Py_INCREF(m);
  return m;
}

function imp_frozen_module_names(): PyObject {
  return _PyTuple_FromArraySteal(FROZEN_MODULES.map((e) => PyUnicode_FromString(e.name)));
}

function imp_override_frozen_modules_for_tests(_m: PyObject, v: PyObject): PyObject | null {
  const n = PyLong_AsLong(v);
  if (n === -1 && PyErr_Occurred()) return null;
  setOverrideFrozenModules(n);
  return Py_NewNone();
}

/** @cpython update_compiled_module: set co_filename on a code object and all the code in it. */
function update_code_filenames(co: PyCodeObject, oldname: string, newname: string): void {
  if (co.co_filename !== oldname) return;
  co.co_filename = newname;
  for (const c of co.co_consts) if (c instanceof PyCodeObject) update_code_filenames(c, oldname, newname);
}

/** @cpython _imp__fix_co_filename_impl */
function imp_fix_co_filename(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 2) return PyErr_SetString(PyExc_TypeError, `_fix_co_filename expected 2 arguments, got ${args.length}`);
  const [code, path] = args;
  if (!(code instanceof PyCodeObjectWrapper)) {
    return PyErr_SetString(PyExc_TypeError, `_fix_co_filename() argument 1 must be code, not ${code.ob_type.tp_name}`);
  }
  if (!PyUnicode_Check(path)) {
    return PyErr_SetString(PyExc_TypeError, `_fix_co_filename() argument 2 must be str, not ${path.ob_type.tp_name}`);
  }
  const newname = (path as PyUnicodeObject).str;
  if (code.co.co_filename !== newname) update_code_filenames(code.co, code.co.co_filename, newname);
  return Py_NewNone();
}

/** @cpython _imp_source_hash_impl: the 8-byte keyed SipHash of a source, for hash-based .pyc files. */
function imp_source_hash(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "source_hash", ["key", "source"], 2, 2, 0);
  if (a === null) return null;
  if (!(a[0] instanceof PyLongObject)) return PyErr_SetString(PyExc_TypeError, `'${a[0]!.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const data = _PyObject_GetBufferData(a[1]!);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${a[1]!.ob_type.tp_name}'`);
  const h = _Py_KeyedHash(BigInt((a[0] as PyLongObject).ob_ival), data);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, h, true);
  return PyBytes_FromArray(out);
}

function imp_lock_held(): PyObject {
  return PyBool_FromLong(importLockDepth > 0 ? 1 : 0);
}

function imp_acquire_lock(): PyObject {
  importLockDepth++;
  return Py_NewNone();
}

function imp_release_lock(): PyObject | null {
  if (importLockDepth === 0) return PyErr_SetString(PyExc_RuntimeError, "not holding the import lock");
  importLockDepth--;
  return Py_NewNone();
}

function imp_create_dynamic(_m: PyObject, args: PyObject[]): PyObject | null {
  const spec = args[0];
  const name = spec === undefined ? null : PyObject_GetAttr(spec, _PyUnicode_FromId("name"));
  const n = name !== null && PyUnicode_Check(name) ? (name as PyUnicodeObject).str : "?";
  if (name !== null) Py_DECREF(name);
  return frozen_error(`typhon cannot load extension modules (${n})`, n);
}

/** @cpython PyInit__imp */
export function PyInit__imp(): PyModuleObject {
  const m = PyModule_Create("_imp", "(Extremely) low-level import machinery bits as used by importlib.", [
    { ml_name: "extension_suffixes", ml_meth: () => _PyList_FromArraySteal([]), ml_flags: METH_NOARGS },
    { ml_name: "lock_held", ml_meth: imp_lock_held, ml_flags: METH_NOARGS },
    { ml_name: "acquire_lock", ml_meth: imp_acquire_lock, ml_flags: METH_NOARGS },
    { ml_name: "release_lock", ml_meth: imp_release_lock, ml_flags: METH_NOARGS },
    { ml_name: "find_frozen", ml_meth: imp_find_frozen, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    { ml_name: "get_frozen_object", ml_meth: imp_get_frozen_object, ml_flags: METH_FASTCALL },
    { ml_name: "is_frozen_package", ml_meth: imp_is_frozen_package, ml_flags: METH_O },
    { ml_name: "create_builtin", ml_meth: imp_create_builtin, ml_flags: METH_O },
    { ml_name: "init_frozen", ml_meth: imp_init_frozen, ml_flags: METH_O },
    { ml_name: "is_builtin", ml_meth: imp_is_builtin, ml_flags: METH_O },
    { ml_name: "is_frozen", ml_meth: imp_is_frozen, ml_flags: METH_O },
    { ml_name: "_frozen_module_names", ml_meth: imp_frozen_module_names, ml_flags: METH_NOARGS },
    { ml_name: "_override_frozen_modules_for_tests", ml_meth: imp_override_frozen_modules_for_tests, ml_flags: METH_O },
    { ml_name: "create_dynamic", ml_meth: imp_create_dynamic, ml_flags: METH_FASTCALL },
    { ml_name: "exec_dynamic", ml_meth: () => PyLong_FromNumber(0), ml_flags: METH_O },
    { ml_name: "exec_builtin", ml_meth: () => PyLong_FromNumber(0), ml_flags: METH_O },
    { ml_name: "_fix_co_filename", ml_meth: imp_fix_co_filename, ml_flags: METH_FASTCALL },
    { ml_name: "source_hash", ml_meth: imp_source_hash, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  ]);
  const mode = PyUnicode_FromString("default");
  PyDict_SetItem(m.md_dict, _PyUnicode_FromId("check_hash_based_pycs"), mode);
  Py_DECREF(mode);
  return m;
}

