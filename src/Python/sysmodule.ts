/**
 * @mirrors Python/sysmodule.c
 * The sys module: interpreter-wide state (argv, modules, path, the standard streams, the
 * recursion limit, the int/str digit limit) and introspection of the runtime's internals —
 * sys.getrefcount and sys.getsizeof answer what CPython 3.11 answers on 64-bit Linux.
 */
import { PyObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_MANAGED_DICT, METH_O, METH_NOARGS, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { _PyThreadState_GET, type PyInterpreterState } from "./pystate.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_SetObject } from "./errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_SystemExit, PyExc_RecursionError, _PyErr_CreateException } from "../Objects/exceptions.ts";
import { PyModule_New, PyModule_GetDict, PyModule_AddFunctions, builtinModuleNames, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyDict_SetItemString, PyDict_GetItemString, type PyDictObject } from "../Objects/dictobject.ts";
import { PyUnicode_FromString, PyUnicode_Check, PyUnicode_InternInPlace, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t, PyLong_Check, PyLong_FromBigInt } from "../Objects/longobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal, PyTupleObject } from "../Objects/tupleobject.ts";
import { Py_None, Py_NewNone, PyObject_Repr, _PyObject_LookupAttr } from "../Objects/object.ts";
import { lookup_maybe_method, PyObject_Vectorcall, PyObject_CallNoArgs } from "../Objects/call.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";
import { _PyUnicode_FromId } from "../Objects/unicodeobject.ts";
import { textio } from "../Modules/_io/textio.ts";
import { PyFrame_GetFrameObject } from "../Objects/frameobject.ts";
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
  if (tstate.recursion_depth >= n) {
    return PyErr_SetString(PyExc_RecursionError,
      `cannot set the recursion limit to ${n} at the recursion depth ${tstate.recursion_depth}: the limit is too low`);
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
  const r = PyObject_Repr(o);
  if (r === null) return null;
  const out = PyDict_GetItemString(interp.sysdict!, "stdout");
  if (out instanceof textio) out.host.writeStdout((r as PyUnicodeObject).str + "\n");
  Py_DECREF(r);
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
  { ml_name: "settrace", ml_meth: (_m: PyObject, f: PyObject) => { storeHook("c_tracefunc", f); return Py_NewNone(); }, ml_flags: METH_O },
  { ml_name: "gettrace", ml_meth: () => loadHook("c_tracefunc"), ml_flags: METH_NOARGS },
  { ml_name: "setprofile", ml_meth: (_m: PyObject, f: PyObject) => { storeHook("c_profilefunc", f); return Py_NewNone(); }, ml_flags: METH_O },
  { ml_name: "getprofile", ml_meth: () => loadHook("c_profilefunc"), ml_flags: METH_NOARGS },
];
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
const PyFloatRef = { fn: PyFloat_FromDouble as ((x: number) => PyObject) | null };

function storeHook(which: "c_tracefunc" | "c_profilefunc", f: PyObject): void {
  const t = _PyThreadState_GET();
  const old = t[which];
  if (f === Py_None) t[which] = null;
  else {
    Py_INCREF(f);
    t[which] = f;
  }
  if (old !== null) Py_DECREF(old);
}
function loadHook(which: "c_tracefunc" | "c_profilefunc"): PyObject {
  const v = _PyThreadState_GET()[which] ?? Py_None;
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
  const host = interp.host;
  const stdout = new textio(host, "<stdout>", "w", 1);
  const stderr = new textio(host, "<stderr>", "w", 2);
  const stdin = new textio(host, "<stdin>", "r", 0);
  PyDict_SetItemString(d, "stdout", stdout);
  PyDict_SetItemString(d, "__stdout__", stdout);
  PyDict_SetItemString(d, "stderr", stderr);
  PyDict_SetItemString(d, "__stderr__", stderr);
  PyDict_SetItemString(d, "stdin", stdin);
  PyDict_SetItemString(d, "__stdin__", stdin);
  for (const n of ["displayhook", "excepthook"]) PyDict_SetItemString(d, `__${n}__`, PyDict_GetItemString(d, n)!);
  interp.sysdict = d;
  return m;
}

