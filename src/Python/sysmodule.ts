/**
 * @mirrors Python/sysmodule.c
 * The sys module: interpreter-wide state (argv, modules, path, the standard streams, the
 * recursion limit, the int/str digit limit) and introspection of the runtime's internals —
 * sys.getrefcount and sys.getsizeof answer what CPython 3.11 answers on 64-bit Linux.
 */
import { PyObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MANAGED_DICT, METH_O, METH_NOARGS, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { _PyThreadState_GET, type PyInterpreterState } from "./pystate.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_SetObject } from "./errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_SystemExit, PyExc_RecursionError, _PyErr_CreateException } from "../Objects/exceptions.ts";
import { PyModule_New, PyModule_GetDict, PyModule_AddFunctions, builtinModuleNames, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyDict_SetItemString, PyDict_GetItemString, PyDict_DelItemString, type PyDictObject } from "../Objects/dictobject.ts";
import { PyUnicode_FromString, PyUnicode_Check, PyUnicode_InternInPlace, PyUnicode_InternFromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t, PyLong_Check, PyLong_FromBigInt } from "../Objects/longobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal, PyTupleObject } from "../Objects/tupleobject.ts";
import { Py_None, Py_NewNone, PyObject_Repr, _PyObject_LookupAttr } from "../Objects/object.ts";
import { lookup_maybe_method, PyObject_Vectorcall, PyObject_CallNoArgs } from "../Objects/call.ts";
import { _PyType_Name, PyType_Modified } from "../Objects/typeobject.ts";
import { _PyUnicode_FromId } from "../Objects/unicodeobject.ts";
import { PyTextIOWrapper_Type, _PyTextIOWrapper_write, type PyTextIOWrapperObject } from "../Modules/_io/textio.ts";
import { PyFrame_GetFrameObject, PyFrame_FastToLocalsWithError, PyFrame_LocalsToFast, type PyFrameObject } from "../Objects/frameobject.ts";
import { _PyEval_SetTrace, _PyEval_SetProfile, _PyEval_CallTracing, PyTrace_CALL } from "./ceval_trace.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyErr_DisplayException } from "./traceback.ts";
import { PyStructSequence_NewType, PyStructSequence_FromArraySteal } from "../Objects/structseq.ts";
import type { PyTypeObject } from "../Include/object.ts";
import { _PyArg_CheckPositional } from "./getargs.ts";

/** @cpython sys_getrefcount: the count plus the reference the call's argument holds. */
function sys_getrefcount(_m: PyObject, o: PyObject): PyObject {
  return PyLong_FromNumber(o.ob_refcnt);
}

/**
 * @cpython _PySys_GetSizeOf: __sizeof__() plus what sits before the object in memory
 * (_PyType_PreHeaderSize): the GC header of tracked types, and the two pointers of a
 * managed instance dict.
 */
export function _PySys_GetSizeOf(o: PyObject): number {
  const method = lookup_maybe_method(o, _PyUnicode_FromId("__sizeof__"));
  if (method === null) {
    if (!PyErr_Occurred()) {
      PyErr_SetString(PyExc_TypeError, `Type ${_PyType_Name(o.ob_type)} doesn't define __sizeof__`);
    }
    return -1;
  }
  const res = method.unbound ? PyObject_Vectorcall(method.func, [o], null) : PyObject_CallNoArgs(method.func);
  Py_DECREF(method.func);
  if (res === null) return -1;
  const size = PyLong_AsSsize_t(res);
  Py_DECREF(res);
  if (size === -1 && PyErr_Occurred()) return -1;
  if (size < 0) {
    PyErr_SetString(PyExc_ValueError, "__sizeof__() should return >= 0");
    return -1;
  }
  const flags = o.ob_type.tp_flags;
  return size + (flags & Py_TPFLAGS_HAVE_GC ? 16 : 0) + (flags & Py_TPFLAGS_MANAGED_DICT ? 16 : 0);
}

function sys_getsizeof(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("getsizeof", args.length, 1, 2)) return null;
  const size = _PySys_GetSizeOf(args[0]);
  if (size < 0) {
    if (args.length > 1 && PyErr_Occurred()?.tp_name === "TypeError") {
      const t = _PyThreadState_GET();
      const e = t.curexc;
      t.curexc = null;
      if (e) Py_DECREF(e);
      Py_INCREF(args[1]);
      return args[1];
    }
    return null;
  }
  return PyLong_FromNumber(size);
}

function sys_exit(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("exit", args.length, 0, 1)) return null;
  PyErr_SetObject(PyExc_SystemExit, args.length ? args[0] : null);
  return null;
}

function sys_getrecursionlimit(): PyObject {
  return PyLong_FromNumber(_PyThreadState_GET().recursion_limit);
}

function sys_setrecursionlimit(_m: PyObject, arg: PyObject): PyObject | null {
  if (!PyLong_Check(arg)) {
    return PyErr_SetString(PyExc_TypeError, `'${_PyType_Name(arg.ob_type)}' object cannot be interpreted as an integer`);
  }
  const n = PyLong_AsSsize_t(arg);
  if (n === -1 && PyErr_Occurred()) return null;
  if (n < 1) return PyErr_SetString(PyExc_ValueError, "recursion limit must be greater or equal than 1");
  const tstate = _PyThreadState_GET();
  // CPython's depth counts this builtin's own call too (CALL enters a recursive call for it)
  const depth = tstate.recursion_depth + 1;
  if (depth >= n) {
    return PyErr_SetString(PyExc_RecursionError,
      `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  }
  tstate.recursion_limit = n;
  return Py_NewNone();
}

function sys_intern(_m: PyObject, s: PyObject): PyObject | null {
  if (!PyUnicode_Check(s) || s.ob_type.tp_name !== "str") {
    return PyErr_SetString(PyExc_TypeError, `intern() argument must be str, not ${_PyType_Name(s.ob_type)}`);
  }
  const r = PyUnicode_InternInPlace(s as PyUnicodeObject);
  Py_INCREF(r);
  return r;
}

function sys__getframe(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_getframe", args.length, 0, 1)) return null;
  let depth = 0;
  if (args.length) {
    depth = PyLong_AsSsize_t(args[0]);
    if (depth === -1 && PyErr_Occurred()) return null;
  }
  let f = _PyThreadState_GET().current_frame;
  while (depth > 0 && f !== null) {
    f = f.previous;
    depth--;
  }
  if (f === null) return PyErr_SetString(PyExc_ValueError, "call stack is not deep enough");
  return PyFrame_GetFrameObject(f);
}

function sys_exception(): PyObject {
  let item: ReturnType<typeof _PyThreadState_GET>["exc_info"] | null = _PyThreadState_GET().exc_info;
  while (item !== null && (item.exc_value === null || item.exc_value === Py_None)) item = item.previous_item;
  const v = item === null ? Py_None : item.exc_value!;
  Py_INCREF(v);
  return v;
}

function sys_exc_info(): PyObject {
  const v = sys_exception();
  if (v === Py_None) {
    Py_DECREF(v);
    return PyTuple_FromArray([Py_None, Py_None, Py_None]);
  }
  const tb = (v as unknown as { traceback: PyObject | null }).traceback ?? Py_None;
  const t = PyTuple_FromArray([v.ob_type, v, tb]);
  Py_DECREF(v);
  return t;
}

/** @cpython sys_displayhook: print repr(value) and keep it as builtins._ */
function sys_displayhook(_m: PyObject, o: PyObject): PyObject | null {
  if (o === Py_None) return Py_NewNone();
  const interp = _PyThreadState_GET().interp;
  PyDict_SetItemString(interp.builtins!, "_", Py_None);
  const outf = PyDict_GetItemString(interp.sysdict!, "stdout");
  if (outf === null || outf === Py_None) return PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
  const r = PyObject_Repr(o);
  if (r === null) return null;
  const ok = sys_file_write(outf, r) === 0 && sys_file_write(outf, _PyUnicode_FromId("\n")) === 0;
  Py_DECREF(r);
  if (!ok) return null;
  PyDict_SetItemString(interp.builtins!, "_", o);
  return Py_NewNone();
}

function sys_excepthook(_m: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("excepthook", args.length, 3, 3)) return null;
  PyErr_DisplayException(_PyThreadState_GET().interp.host, args[1]);
  return Py_NewNone();
}

function sys_get_int_max_str_digits(): PyObject {
  return PyLong_FromNumber(_PyThreadState_GET().interp.int_max_str_digits);
}

function sys_set_int_max_str_digits(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 1) return PyErr_SetString(PyExc_TypeError, "set_int_max_str_digits() takes exactly one argument");
  const n = PyLong_AsSsize_t(args[0]);
  if (n === -1 && PyErr_Occurred()) return null;
  if (n !== 0 && n < 640) return PyErr_SetString(PyExc_ValueError, "maxdigits must be 0 or larger than 640");
  _PyThreadState_GET().interp.int_max_str_digits = n;
  return Py_NewNone();
}

const sys_methods: PyMethodDef[] = [
  { ml_name: "getrefcount", ml_meth: sys_getrefcount, ml_flags: METH_O },
  { ml_name: "getsizeof", ml_meth: sys_getsizeof, ml_flags: METH_FASTCALL },
  { ml_name: "exit", ml_meth: sys_exit, ml_flags: METH_FASTCALL },
  { ml_name: "getrecursionlimit", ml_meth: sys_getrecursionlimit, ml_flags: METH_NOARGS },
  { ml_name: "setrecursionlimit", ml_meth: sys_setrecursionlimit, ml_flags: METH_O },
  { ml_name: "intern", ml_meth: sys_intern, ml_flags: METH_O },
  { ml_name: "_getframe", ml_meth: sys__getframe, ml_flags: METH_FASTCALL },
  { ml_name: "exception", ml_meth: sys_exception, ml_flags: METH_NOARGS },
  { ml_name: "exc_info", ml_meth: sys_exc_info, ml_flags: METH_NOARGS },
  { ml_name: "displayhook", ml_meth: sys_displayhook, ml_flags: METH_O },
  { ml_name: "excepthook", ml_meth: sys_excepthook, ml_flags: METH_FASTCALL },
  { ml_name: "get_int_max_str_digits", ml_meth: sys_get_int_max_str_digits, ml_flags: METH_NOARGS },
  { ml_name: "set_int_max_str_digits", ml_meth: sys_set_int_max_str_digits, ml_flags: METH_FASTCALL },
  { ml_name: "getdefaultencoding", ml_meth: () => PyUnicode_FromString("utf-8"), ml_flags: METH_NOARGS },
  { ml_name: "getfilesystemencoding", ml_meth: () => PyUnicode_FromString("utf-8"), ml_flags: METH_NOARGS },
  { ml_name: "getswitchinterval", ml_meth: () => PyFloatRef.fn!(0.005), ml_flags: METH_NOARGS },
  { ml_name: "settrace", ml_meth: sys_settrace, ml_flags: METH_O },
  { ml_name: "gettrace", ml_meth: () => hookObject(_PyThreadState_GET().c_traceobj), ml_flags: METH_NOARGS },
  { ml_name: "setprofile", ml_meth: sys_setprofile, ml_flags: METH_O },
  { ml_name: "getprofile", ml_meth: () => hookObject(_PyThreadState_GET().c_profileobj), ml_flags: METH_NOARGS },
];
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
const PyFloatRef = { fn: PyFloat_FromDouble as ((x: number) => PyObject) | null };

// -- sys.settrace and sys.setprofile: Python functions behind ceval's C-level hooks -------------------

const WHAT_NAMES = ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"];
/** The event names as interned strings, made on first use (not at module load, before the string type is ready). */
let whatstrings: PyObject[] | null = null;

/**
 * @cpython call_trampoline: call a Python trace or profile function as (frame, event, arg),
 * with f_locals fresh if it was asked for before, and what the function changed in f_locals
 * copied back to the frame's variables afterwards.
 */
function call_trampoline(callback: PyObject, frame: PyFrameObject, what: number, arg: PyObject | null): PyObject | null {
  if (frame.f_fast_as_locals) Py_DECREF(PyFrame_FastToLocalsWithError(frame));
  whatstrings ??= WHAT_NAMES.map((w) => PyUnicode_InternFromString(w));
  const result = PyObject_Vectorcall(callback, [frame, whatstrings[what], arg ?? Py_None], null);
  PyFrame_LocalsToFast(frame, true);
  // No traceback entry for `frame` here: the eval loop adds it when the error reaches it
  // (3.11.2 added one here too, and later 3.11 releases stopped: the frame appeared twice).
  return result;
}

/** @cpython profile_trampoline: a profile function that raises is removed. */
function profile_trampoline(self: PyObject, frame: PyFrameObject, what: number, arg: PyObject | null): number {
  const result = call_trampoline(self, frame, what, arg);
  if (result === null) {
    _PyEval_SetProfile(_PyThreadState_GET(), null, null);
    return -1;
  }
  Py_DECREF(result);
  return 0;
}

/**
 * @cpython trace_trampoline: 'call' goes to the global trace function, every other event to
 * the frame's own (f_trace, what 'call' returned). A trace function that raises is removed.
 */
function trace_trampoline(self: PyObject, frame: PyFrameObject, what: number, arg: PyObject | null): number {
  const callback = what === PyTrace_CALL ? self : frame.f_trace;
  if (callback === null) return 0;
  const result = call_trampoline(callback, frame, what, arg);
  if (result === null) {
    _PyEval_SetTrace(_PyThreadState_GET(), null, null);
    const old = frame.f_trace;
    frame.f_trace = null;
    Py_XDECREF(old);
    return -1;
  }
  if (result !== Py_None) {
    const old = frame.f_trace;
    frame.f_trace = result;
    Py_XDECREF(old);
  } else Py_DECREF(result);
  return 0;
}

/** @cpython sys_settrace */
function sys_settrace(_m: PyObject, f: PyObject): PyObject | null {
  const tstate = _PyThreadState_GET();
  if (_PyEval_SetTrace(tstate, f === Py_None ? null : trace_trampoline, f === Py_None ? null : f) < 0) return null;
  return Py_NewNone();
}

/** @cpython sys_setprofile */
function sys_setprofile(_m: PyObject, f: PyObject): PyObject | null {
  const tstate = _PyThreadState_GET();
  if (_PyEval_SetProfile(tstate, f === Py_None ? null : profile_trampoline, f === Py_None ? null : f) < 0) return null;
  return Py_NewNone();
}

/** sys.gettrace / sys.getprofile: the object given to settrace / setprofile, or None. */
function hookObject(obj: PyObject | null): PyObject {
  const v = obj ?? Py_None;
  Py_INCREF(v);
  return v;
}

/** The struct sequence types sys exposes, made once. */
const structseqTypes = new Map<string, PyTypeObject>();
function structseq(name: string, fields: string[]): PyTypeObject {
  let t = structseqTypes.get(name);
  if (t === undefined) {
    t = PyStructSequence_NewType({ name, fields });
    structseqTypes.set(name, t);
  }
  return t;
}

/**
 * Users cannot make new instances of sys.flags' or sys.version_info's type (CPython clears
 * tp_new and deletes __new__ from the type's dict, so tuple.__new__ refuses them too).
 */
function forbid_instances(t: PyTypeObject): void {
  if (t.tp_new === null) return;
  t.tp_new = null;
  t.tp_init = null;
  if (t.tp_dict !== null && PyDict_GetItemString(t.tp_dict, "__new__") !== null) PyDict_DelItemString(t.tp_dict, "__new__");
  PyType_Modified(t);
}

export interface SysConfig {
  argv: string[];
  executable: string;
  orig_argv: string[];
}

/** @cpython _PySys_Create: the sys module, with the standard streams over the host. */
export function _PySys_Create(interp: PyInterpreterState, config: SysConfig): PyModuleObject {
  const m = PyModule_New("sys");
  builtinModuleNames.add("sys");
  PyModule_AddFunctions(m, sys_methods);
  const d: PyDictObject = PyModule_GetDict(m);
  const set = (k: string, v: PyObject) => {
    PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
  };
  const strs = (a: string[]) => _PyList_FromArraySteal(a.map((s) => PyUnicode_FromString(s)));
  set("argv", strs(config.argv));
  set("orig_argv", strs(config.orig_argv));
  set("path", strs([]));
  set("executable", PyUnicode_FromString(config.executable));
  set("platform", PyUnicode_FromString("linux"));
  set("byteorder", PyUnicode_FromString("little"));
  set("maxsize", PyLong_FromNumber(Number.MAX_SAFE_INTEGER) && PyLong_FromBigInt(2n ** 63n - 1n));
  set("maxunicode", PyLong_FromNumber(0x10ffff));
  set("version", PyUnicode_FromString("3.11.7 (typhon) [TypeScript]"));
  set("hexversion", PyLong_FromNumber(0x030b07f0));
  forbid_instances(structseq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]));
  set("version_info", PyStructSequence_FromArraySteal(structseq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]),
    [PyLong_FromNumber(3), PyLong_FromNumber(11), PyLong_FromNumber(7), PyUnicode_FromString("final"), PyLong_FromNumber(0)]));
  // The numbers of a 64-bit Linux build (IEEE 754 doubles, 30-bit long digits, 61-bit hash modulus).
  set("float_info", PyStructSequence_FromArraySteal(structseq("sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]),
  [PyFloat_FromDouble(Number.MAX_VALUE), PyLong_FromNumber(1024), PyLong_FromNumber(308), PyFloat_FromDouble(2.2250738585072014e-308),
    PyLong_FromNumber(-1021), PyLong_FromNumber(-307), PyLong_FromNumber(15), PyLong_FromNumber(53), PyFloat_FromDouble(Number.EPSILON),
    PyLong_FromNumber(2), PyLong_FromNumber(1)]));
  set("float_repr_style", PyUnicode_FromString("short"));
  set("int_info", PyStructSequence_FromArraySteal(structseq("sys.int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]),
  [PyLong_FromNumber(30), PyLong_FromNumber(4), PyLong_FromNumber(4300), PyLong_FromNumber(640)]));
  set("hash_info", PyStructSequence_FromArraySteal(structseq("sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]),
  [PyLong_FromNumber(64), PyLong_FromBigInt(2n ** 61n - 1n), PyLong_FromNumber(314159), PyLong_FromNumber(0), PyLong_FromNumber(1000003),
    PyUnicode_FromString("siphash13"), PyLong_FromNumber(64), PyLong_FromNumber(128), PyLong_FromNumber(0)]));
  set("api_version", PyLong_FromNumber(1013));
  set("copyright", PyUnicode_FromString("Copyright (c) 2001-2023 Python Software Foundation."));
  set("builtin_module_names", _PyTuple_FromArraySteal(["builtins", "sys"].map((s) => PyUnicode_FromString(s))));
  set("dont_write_bytecode", PyBool_FromLong(1));
  // sys.stdin/stdout/stderr are made by pylifecycle's init_sys_streams once _io is ready.
  for (const n of ["displayhook", "excepthook"]) PyDict_SetItemString(d, `__${n}__`, PyDict_GetItemString(d, n)!);
  interp.sysdict = d;
  return m;
}


/** f.write(s) for a str, straight into an exact TextIOWrapper. 0, or -1 with an error. */
function sys_file_write(f: PyObject, s: PyObject): number {
  if (f.ob_type === PyTextIOWrapper_Type) return _PyTextIOWrapper_write(f as PyTextIOWrapperObject, s as PyUnicodeObject) < 0 ? -1 : 0;
  const r = _callMethod(f, "write", [s]);
  if (r === null) return -1;
  Py_DECREF(r);
  return 0;
}

/**
 * @cpython sys_write: write text to sys.<name> (its write method), keeping any pending
 * exception. When the stream is missing, or is None and `none_silences` is false, or the
 * write fails, the text goes to the host's stream instead (CPython's C-level stderr).
 */
function sys_write(name: "stdout" | "stderr", text: string, none_silences: boolean, flush: boolean): void {
  const tstate = _PyThreadState_GET();
  const interp = tstate.interp;
  const saved = PyErr_Fetch();
  const f = interp.sysdict === null ? null : PyDict_GetItemString(interp.sysdict, name);
  let done = false;
  if (f === Py_None && none_silences) done = true;
  else if (f !== null && f !== Py_None) {
    const s = PyUnicode_FromString(text);
    done = sys_file_write(f, s) === 0;
    Py_DECREF(s);
    if (done && flush) {
      const r = _callMethod(f, "flush", []);
      if (r === null) PyErr_Clear();
      else Py_DECREF(r);
    }
    if (!done) PyErr_Clear();
  }
  if (!done) {
    if (name === "stderr") interp.host.writeStderr(text);
    else interp.host.writeStdout(text);
  }
  PyErr_Restore(saved);
}

/** @cpython PySys_WriteStderr: text to sys.stderr (the host's stderr when it is missing or None). */
export function PySys_WriteStderr(text: string): void {
  sys_write("stderr", text, false, false);
}

/** @cpython PySys_WriteStdout */
export function PySys_WriteStdout(text: string): void {
  sys_write("stdout", text, false, false);
}

/**
 * What PyErr_Display does with the text of an exception: write it to sys.stderr and flush
 * it; nothing when sys.stderr is None; the host's stderr when sys.stderr is missing.
 */
export function _PySys_DisplayToStderr(text: string): void {
  sys_write("stderr", text, true, true);
}
import { PyErr_Fetch, PyErr_Restore, PyErr_Clear } from "./errors.ts";
import { PyExc_RuntimeError } from "../Objects/exceptions.ts";
import { PyObject_CallMethod as _callMethod } from "../Objects/call.ts";

// -- configuration-derived attributes ------------------------------------------------------------

/** The sys.flags type (a struct sequence named sys.flags). */
const FLAG_FIELDS = [
  "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
  "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
  "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
];

/**
 * @cpython _PySys_UpdateConfig: the sys attributes that come from the configuration and the
 * computed paths (path, prefixes, flags, implementation, the import hooks' lists, options).
 */
export function _PySys_UpdateConfig(interp: PyInterpreterState, config: PyConfig, paths: PathConfig, hash_randomization: boolean): void {
  const d = interp.sysdict!;
  const set = (k: string, v: PyObject) => {
    PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
  };
  const str = (s: string) => PyUnicode_FromString(s);
  const strs = (a: string[]) => _PyList_FromArraySteal(a.map(str));
  set("path", strs(paths.module_search_paths));
  set("meta_path", _PyList_FromArraySteal([]));
  set("path_hooks", _PyList_FromArraySteal([]));
  set("path_importer_cache", PyDict_New());
  for (const k of ["prefix", "base_prefix"]) set(k, str(paths.prefix));
  for (const k of ["exec_prefix", "base_exec_prefix"]) set(k, str(paths.exec_prefix));
  set("executable", str(paths.executable));
  set("_base_executable", str(paths.executable));
  set("_stdlib_dir", str(paths.stdlib_dir));
  set("platlibdir", str("lib"));
  set("pycache_prefix", Py_NewNone());
  set("abiflags", str(""));
  set("dont_write_bytecode", PyBool_FromLong(config.dont_write_bytecode ? 1 : 0));
  set("warnoptions", strs(config.warnoptions));
  const xoptions = PyDict_New();
  for (const x of config.xoptions) {
    const eq = x.indexOf("=");
    const v = eq < 0 ? PyBool_FromLong(1) : str(x.slice(eq + 1));
    PyDict_SetItemString(xoptions, eq < 0 ? x : x.slice(0, eq), v);
    Py_DECREF(v);
  }
  set("_xoptions", xoptions);
  const b = (x: boolean) => PyLong_FromNumber(x ? 1 : 0);
  forbid_instances(structseq("sys.flags", FLAG_FIELDS));
  set("flags", PyStructSequence_FromArraySteal(structseq("sys.flags", FLAG_FIELDS), [
    PyLong_FromNumber(config.parser_debug), b(config.inspect), b(config.inspect), PyLong_FromNumber(config.optimization_level),
    b(config.dont_write_bytecode), b(!config.user_site_directory), b(!config.site_import), b(!config.use_environment),
    PyLong_FromNumber(config.verbose), PyLong_FromNumber(config.bytes_warning), b(config.quiet), b(hash_randomization),
    b(config.isolated), PyBool_FromLong(0), PyLong_FromNumber(0), PyLong_FromNumber(0), PyBool_FromLong(config.safe_path ? 1 : 0),
    PyLong_FromNumber(-1),
  ]));
  const version = PyDict_GetItemString(d, "version_info")!;
  set("implementation", _PyNamespace_New({
    name: str("cpython"), cache_tag: str(CACHE_TAG), version, hexversion: PyLong_FromNumber(PY_VERSION_HEX),
    _multiarch: str("x86_64-linux-gnu"),
  }));
  // (BuiltinImporter consults this list, so the native sysconfig data module is in it too.)
  const names = ["builtins", "sys", ...PyImport_Inittab.keys()].filter((n, i, a) => a.indexOf(n) === i).sort();
  set("builtin_module_names", _PyTuple_FromArraySteal(names.map(str)));
  set("stdlib_module_names", PyFrozenSet_New(_PyList_FromArraySteal(STDLIB_MODULE_NAMES.map(str)))!);
  add_more_sys(PyDict_GetItemString(interp.modules!, "sys")!, d);
}
import { PyDict_New } from "../Objects/dictobject.ts";
import { _PyNamespace_New } from "../Objects/namespaceobject.ts";
import { PyFrozenSet_New } from "../Objects/setobject.ts";
import { CACHE_TAG, PY_VERSION_HEX } from "../Include/patchlevel.ts";
import { PyImport_Inittab, PyImport_ImportModule } from "./import.ts";
import { STDLIB_MODULE_NAMES } from "./stdlib_module_names.generated.ts";
import { _Py_GetConfig, type PyConfig, type PathConfig } from "./initconfig.ts";
import { _PyArg_UnpackKeywords } from "./getargs.ts";
import { PyObject_GetAttr } from "../Objects/object.ts";
import { PyErr_WarnEx } from "./_warnings.ts";
import { PyExc_RuntimeWarning, type PyBaseExceptionObject } from "../Objects/exceptions.ts";
import { formatException } from "./traceback.ts";
import { PyDict_SetItem } from "../Objects/dictobject.ts";
import { MAIN_THREAD_IDENT } from "../Modules/_threadmodule.ts";
import { PyFloat_AsDouble } from "../Objects/floatobject.ts";
import { PyLong_AsLong } from "../Objects/longobject.ts";
import { METH_KEYWORDS } from "../Include/object.ts";

// -- the rest of sys's functions -----------------------------------------------------------------

/** Audit hooks added by sys.addaudithook, called by sys.audit in order. */
const auditHooks: PyObject[] = [];
/** sys.set_asyncgen_hooks' values (None when unset). */
const asyncgenHooks: { firstiter: PyObject | null; finalizer: PyObject | null } = { firstiter: null, finalizer: null };
let coroutineOriginTrackingDepth = 0;
let dlopenflags = 2; // RTLD_NOW

/** @cpython sys_audit: call each hook with (event, args). */
function sys_audit(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 1) return PyErr_SetString(PyExc_TypeError, "audit() missing 1 required positional argument: 'event'");
  if (!PyUnicode_Check(args[0])) return PyErr_SetString(PyExc_TypeError, `expected str for argument 'event', not ${_PyType_Name(args[0].ob_type)}`);
  if (auditHooks.length === 0) return Py_NewNone();
  const eventArgs = PyTuple_FromArray(args.slice(1));
  for (const hook of auditHooks) {
    const r = PyObject_Vectorcall(hook, [args[0], eventArgs], null);
    if (r === null) {
      Py_DECREF(eventArgs);
      return null;
    }
    Py_DECREF(r);
  }
  Py_DECREF(eventArgs);
  return Py_NewNone();
}

function sys_addaudithook(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "addaudithook", ["hook"], 1, 1, 0);
  if (a === null) return null;
  Py_INCREF(a[0]!);
  auditHooks.push(a[0]!);
  return Py_NewNone();
}

/** @cpython sys_breakpointhook: import what PYTHONBREAKPOINT names (pdb.set_trace by default) and call it. */
function sys_breakpointhook(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const interp = _PyThreadState_GET().interp;
  const env = _Py_GetConfig().use_environment ? interp.host.getenv("PYTHONBREAKPOINT") : undefined;
  const hookname = env === undefined || env === "" ? "pdb.set_trace" : env;
  if (hookname === "0") return Py_NewNone();
  const dot = hookname.lastIndexOf(".");
  const modname = dot < 0 ? "builtins" : hookname.slice(0, dot);
  const attr = dot < 0 ? hookname : hookname.slice(dot + 1);
  const mod = PyImport_ImportModule(modname);
  const hook = mod === null ? null : PyObject_GetAttr(mod, PyUnicode_FromString(attr));
  if (mod !== null) Py_DECREF(mod);
  if (hook === null) {
    PyErr_Clear();
    const w = PyErr_WarnEx(PyExc_RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${hookname}"`, 1);
    return w < 0 ? null : Py_NewNone();
  }
  const r = PyObject_Vectorcall(hook, args, kwnames);
  Py_DECREF(hook);
  return r;
}

function sys_call_tracing(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 2) return PyErr_SetString(PyExc_TypeError, `call_tracing expected 2 arguments, got ${args.length}`);
  if (!(args[1] instanceof PyTupleObject)) return PyErr_SetString(PyExc_TypeError, `call_tracing() argument 2 must be tuple, not ${_PyType_Name(args[1].ob_type)}`);
  return _PyEval_CallTracing(args[0], args[1] as PyTupleObject);
}

function sys_set_asyncgen_hooks(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "set_asyncgen_hooks", ["firstiter", "finalizer"], 0, 2, 0);
  if (a === null) return null;
  for (const [i, key] of [[1, "finalizer"], [0, "firstiter"]] as const) {
    const v = a[i];
    if (v !== null && v !== Py_None && v.ob_type.tp_call === undefined) {
      return PyErr_SetString(PyExc_TypeError, `callable ${key} expected, got ${_PyType_Name(v.ob_type)}`);
    }
  }
  for (const [i, key] of [[0, "firstiter"], [1, "finalizer"]] as const) {
    const v = a[i];
    if (v === null) continue;
    const old = asyncgenHooks[key];
    asyncgenHooks[key] = v === Py_None ? null : v;
    if (v !== Py_None) Py_INCREF(v);
    if (old !== null) Py_DECREF(old);
  }
  return Py_NewNone();
}

function sys_get_asyncgen_hooks(): PyObject {
  const v = (o: PyObject | null) => { const r = o ?? Py_None; Py_INCREF(r); return r; };
  return PyStructSequence_FromArraySteal(structseq("asyncgen_hooks", ["firstiter", "finalizer"]), [v(asyncgenHooks.firstiter), v(asyncgenHooks.finalizer)]);
}

/** The hooks asyncio installs, for async generators' first iteration and finalization. @returns borrowed */
export function _PyEval_GetAsyncGenHooks(): { firstiter: PyObject | null; finalizer: PyObject | null } {
  return asyncgenHooks;
}

/**
 * @cpython _PyErr_WriteUnraisableMsg (its call of the hook): when sys.unraisablehook is not
 * the default one, call it with an UnraisableHookArgs(exc_type, exc_value, exc_traceback,
 * err_msg, object). Returns false when the default report should be printed instead (the
 * hook is the default, None or missing). An error from the hook itself is reported the
 * default way, with the hook as the object.
 */
export function _PySys_CallUnraisableHook(exc: PyBaseExceptionObject, err_msg: string | null, obj: PyObject | null): boolean {
  const d = _PyThreadState_GET().interp.sysdict;
  const hook = d === null ? null : PyDict_GetItemString(d, "unraisablehook");
  if (hook === null || hook === Py_None || hook === PyDict_GetItemString(d!, "__unraisablehook__")) return false;
  const v = (o: PyObject | null) => { const r = o ?? Py_None; Py_INCREF(r); return r; };
  const args = PyStructSequence_FromArraySteal(structseq("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]),
    [v(exc.ob_type), v(exc), v(exc.traceback), err_msg === null ? Py_NewNone() : PyUnicode_FromString(err_msg), v(obj)]);
  Py_INCREF(hook);
  const res = PyObject_Vectorcall(hook, [args], null);
  Py_DECREF(args);
  if (res !== null) {
    Py_DECREF(res);
    Py_DECREF(hook);
    return true;
  }
  const hook_exc = _PyThreadState_GET().curexc;
  _PyThreadState_GET().curexc = null;
  if (hook_exc !== null) {
    const r = PyObject_Repr(hook);
    PySys_WriteStderr(`Exception ignored in sys.unraisablehook: ${r === null ? "<object repr() failed>" : (r as PyUnicodeObject).str}\n`);
    if (r === null) PyErr_Clear();
    else Py_DECREF(r);
    PySys_WriteStderr(formatException(_PyThreadState_GET().interp.host, hook_exc));
    Py_DECREF(hook_exc);
  }
  Py_DECREF(hook);
  return true;
}

/** @cpython sys_unraisablehook: the default hook prints "Exception ignored in: ..." and the traceback. */
function sys_unraisablehook(_m: PyObject, arg: PyObject): PyObject | null {
  if (arg.ob_type !== structseq("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"])) {
    return PyErr_SetString(PyExc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  }
  const get = (name: string) => PyObject_GetAttr(arg, PyUnicode_FromString(name));
  const excValue = get("exc_value"), obj = get("object"), errMsg = get("err_msg");
  if (excValue === null || obj === null || errMsg === null) return null;
  let header = errMsg !== Py_None ? (errMsg as PyUnicodeObject).str : "Exception ignored in";
  if (obj !== Py_None) {
    const r = PyObject_Repr(obj);
    header += `: ${r === null ? "<object repr() failed>" : (r as PyUnicodeObject).str}`;
    if (r === null) PyErr_Clear();
  }
  PySys_WriteStderr(`${header}\n`);
  if (excValue !== Py_None) PySys_WriteStderr(formatException(_PyThreadState_GET().interp.host, excValue as PyBaseExceptionObject));
  Py_DECREF(excValue);
  Py_DECREF(obj);
  Py_DECREF(errMsg);
  return Py_NewNone();
}

function sys_current_frames(): PyObject | null {
  const d = PyDict_New();
  const f = _PyThreadState_GET().current_frame;
  if (f !== null) {
    const fo = PyFrame_GetFrameObject(f);
    const key = PyLong_FromNumber(MAIN_THREAD_IDENT);
    PyDict_SetItem(d, key, fo);
    Py_DECREF(key);
  }
  return d;
}

function sys_setswitchinterval(_m: PyObject, v: PyObject): PyObject | null {
  const x = PyFloat_AsDouble(v);
  if (x === -1 && PyErr_Occurred()) return null;
  if (x <= 0) return PyErr_SetString(PyExc_ValueError, "switch interval must be strictly positive");
  switchInterval = x;
  return Py_NewNone();
}
let switchInterval = 0.005;

const more_sys_methods = [
  { ml_name: "audit", ml_meth: sys_audit, ml_flags: METH_FASTCALL },
  { ml_name: "addaudithook", ml_meth: sys_addaudithook, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "breakpointhook", ml_meth: sys_breakpointhook, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "call_tracing", ml_meth: sys_call_tracing, ml_flags: METH_FASTCALL },
  { ml_name: "getfilesystemencodeerrors", ml_meth: () => PyUnicode_FromString("surrogateescape"), ml_flags: METH_NOARGS },
  { ml_name: "is_finalizing", ml_meth: () => PyBool_FromLong(0), ml_flags: METH_NOARGS },
  { ml_name: "_clear_type_cache", ml_meth: () => Py_NewNone(), ml_flags: METH_NOARGS },
  { ml_name: "_current_frames", ml_meth: sys_current_frames, ml_flags: METH_NOARGS },
  { ml_name: "_current_exceptions", ml_meth: () => PyDict_New(), ml_flags: METH_NOARGS },
  { ml_name: "_debugmallocstats", ml_meth: () => Py_NewNone(), ml_flags: METH_NOARGS },
  { ml_name: "_getquickenedcount", ml_meth: () => PyLong_FromNumber(0), ml_flags: METH_NOARGS },
  { ml_name: "getallocatedblocks", ml_meth: () => PyLong_FromNumber(0), ml_flags: METH_NOARGS },
  { ml_name: "getdlopenflags", ml_meth: () => PyLong_FromNumber(dlopenflags), ml_flags: METH_NOARGS },
  { ml_name: "setdlopenflags", ml_meth: (_m: PyObject, v: PyObject) => { const n = PyLong_AsLong(v); if (n === -1 && PyErr_Occurred()) return null; dlopenflags = n; return Py_NewNone(); }, ml_flags: METH_O },
  { ml_name: "setswitchinterval", ml_meth: sys_setswitchinterval, ml_flags: METH_O },
  { ml_name: "getswitchinterval", ml_meth: () => PyFloat_FromDouble(switchInterval), ml_flags: METH_NOARGS },
  { ml_name: "get_asyncgen_hooks", ml_meth: sys_get_asyncgen_hooks, ml_flags: METH_NOARGS },
  { ml_name: "set_asyncgen_hooks", ml_meth: sys_set_asyncgen_hooks, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "get_coroutine_origin_tracking_depth", ml_meth: () => PyLong_FromNumber(coroutineOriginTrackingDepth), ml_flags: METH_NOARGS },
  { ml_name: "set_coroutine_origin_tracking_depth", ml_meth: (_m: PyObject, args: PyObject[], kw: PyTupleObject | null) => {
    const a = _PyArg_UnpackKeywords(args, kw, "set_coroutine_origin_tracking_depth", ["depth"], 1, 1, 0);
    if (a === null) return null;
    const n = PyLong_AsLong(a[0]!);
    if (n === -1 && PyErr_Occurred()) return null;
    if (n < 0) return PyErr_SetString(PyExc_ValueError, "depth must be >= 0");
    coroutineOriginTrackingDepth = n;
    return Py_NewNone();
  }, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "unraisablehook", ml_meth: sys_unraisablehook, ml_flags: METH_O },
];

/** The sys functions and values added with the import system. */
function add_more_sys(m: PyObject, d: PyDictObject): void {
  PyModule_AddFunctions(m as PyModuleObject, more_sys_methods);
  for (const n of ["breakpointhook", "unraisablehook"]) PyDict_SetItemString(d, `__${n}__`, PyDict_GetItemString(d, n)!);
  const set = (k: string, v: PyObject) => {
    PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
  };
  set("_framework", PyUnicode_FromString(""));
  set("_git", _PyTuple_FromArraySteal([PyUnicode_FromString("typhon"), PyUnicode_FromString(""), PyUnicode_FromString("")]));
  set("thread_info", PyStructSequence_FromArraySteal(structseq("sys.thread_info", ["name", "lock", "version"]),
    [PyUnicode_FromString("pthread"), PyUnicode_FromString("semaphore"), PyUnicode_FromString("NPTL 2.36")]));
}
