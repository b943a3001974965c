/**
 * @mirrors Modules/_testcapimodule.c
 * `_testcapi`: CPython's module for testing its C API from Python. Only the part CPython's own
 * tests need to check typhon's native traceback printing is here: exception_print (what
 * PyErr_Display writes for an exception) and traceback_print (PyTraceBack_Print), with the
 * module's C limit constants (INT_MAX, ...) and test_descr's test_with_docstring. The other
 * functions of the C module exercise C-level APIs that have no counterpart to test here; they
 * are left out, so a test that needs one fails with AttributeError rather than pretending.
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_NOARGS } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddObjectRef, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyLong_FromBigInt } from "../Objects/longobject.ts";
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { Py_NewNone } from "../Objects/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExceptionInstance_Check } from "../Objects/exceptions.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";
import { _PySys_DisplayToStderr } from "../Python/sysmodule.ts";
import { PyErr_DisplayException, PyTraceBack_Print } from "../Python/traceback.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";


/** PyArg_ParseTuple's message for a fixed number of arguments. */
function argCountError(name: string, expected: number, got: number): null {
  const noun = expected === 1 ? "argument" : "arguments";
  return PyErr_SetString(PyExc_TypeError, `${name}() takes exactly ${expected} ${noun} (${got} given)`);
}

/** @cpython exception_print: PyErr_Display for an exception object, to sys.stderr. */
function exception_print(_m: PyObject, a: PyObject[]): PyObject | null {
  if (a.length !== 1) return argCountError("exception_print", 1, a.length);
  const value = a[0];
  if (!PyExceptionInstance_Check(value)) {
    // print_exception's own complaint, written where the exception would have been.
    _PySys_DisplayToStderr(`TypeError: print_exception(): Exception expected for value, ${_PyType_Name(value.ob_type)} found\n`);
    return Py_NewNone();
  }
  PyErr_DisplayException(_PyThreadState_GET().interp.host, value);
  return Py_NewNone();
}

/** @cpython traceback_print: PyTraceBack_Print(traceback, file). */
function traceback_print(_m: PyObject, a: PyObject[]): PyObject | null {
  if (a.length !== 2) return argCountError("traceback_print", 2, a.length);
  if (PyTraceBack_Print(_PyThreadState_GET().interp.host, a[0], a[1]) < 0) return null;
  return Py_NewNone();
}

/** The C limits the module publishes, for an LP64 platform as CPython's 64-bit builds. */
const INT_LIMITS: [string, bigint][] = [
  ["CHAR_MAX", 127n], ["CHAR_MIN", -128n], ["UCHAR_MAX", 255n],
  ["SHRT_MAX", 32767n], ["SHRT_MIN", -32768n], ["USHRT_MAX", 65535n],
  ["INT_MAX", 2147483647n], ["INT_MIN", -2147483648n], ["UINT_MAX", 4294967295n],
  ["LONG_MAX", 2n ** 63n - 1n], ["LONG_MIN", -(2n ** 63n)], ["ULONG_MAX", 2n ** 64n - 1n],
  ["LLONG_MAX", 2n ** 63n - 1n], ["LLONG_MIN", -(2n ** 63n)], ["ULLONG_MAX", 2n ** 64n - 1n],
  ["PY_SSIZE_T_MAX", 2n ** 63n - 1n], ["PY_SSIZE_T_MIN", -(2n ** 63n)], ["SIZEOF_TIME_T", 8n],
];
const FLOAT_LIMITS: [string, number][] = [
  ["FLT_MAX", 3.4028234663852886e+38], ["FLT_MIN", 1.1754943508222875e-38],
  ["DBL_MAX", Number.MAX_VALUE], ["DBL_MIN", 2.2250738585072014e-308],
];

export function PyInit__testcapi(): PyModuleObject | null {
  const m = PyModule_Create("_testcapi", null, [
    { ml_name: "exception_print", ml_meth: exception_print, ml_flags: METH_FASTCALL },
    { ml_name: "traceback_print", ml_meth: traceback_print, ml_flags: METH_FASTCALL },
    // A function that only carries a docstring, which test_descr wraps in a property.
    { ml_name: "test_with_docstring", ml_meth: () => Py_NewNone(), ml_flags: METH_NOARGS, ml_doc: "This is a pretty normal docstring." },
  ]);
  const values: [string, PyObject][] = [
    ...INT_LIMITS.map(([name, v]): [string, PyObject] => [name, PyLong_FromBigInt(v)]),
    ...FLOAT_LIMITS.map(([name, v]): [string, PyObject] => [name, PyFloat_FromDouble(v)]),
  ];
  for (const [name, v] of values) {
    const r = PyModule_AddObjectRef(m, name, v);
    Py_DECREF(v);
    if (r < 0) return null;
  }
  return m;
}
