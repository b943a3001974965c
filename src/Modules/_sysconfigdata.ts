/**
 * @mirrors Lib/sysconfig.py
 * `_sysconfigdata__linux_x86_64-linux-gnu`: the build-time configuration sysconfig reads
 * (CPython writes it as a .py file when it is built, from its Makefile and pyconfig.h).
 * typhon has no C build, so this table says what a 64-bit Linux CPython 3.11 says where the
 * value describes the platform (sizes, suffixes, version) and leaves the compiler settings
 * empty. The directories follow sys.prefix.
 */
import type { PyObject } from "../Include/object.ts";
import { Py_DECREF } from "../Include/object.ts";
import { PyDict_New, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyConfig_ComputePath, _Py_GetConfig } from "../Python/initconfig.ts";

/** The module's name: _sysconfigdata_{abiflags}_{platform}_{multiarch}. */
export const SYSCONFIGDATA_NAME = "_sysconfigdata__linux_x86_64-linux-gnu";

function build_time_vars(prefix: string): Record<string, string | number> {
  const libdir = `${prefix}/lib`;
  return {
    ABIFLAGS: "", AR: "", ARFLAGS: "", BINDIR: `${prefix}/bin`, BLDSHARED: "", CC: "", CCSHARED: "", CFLAGS: "",
    CFLAGSFORSHARED: "", CONFIG_ARGS: "", CPPFLAGS: "", CXX: "", EXE: "", EXT_SUFFIX: ".cpython-311-x86_64-linux-gnu.so",
    HAVE_FORK: 0, HOST_GNU_TYPE: "x86_64-pc-linux-gnu", INCLUDEPY: `${prefix}/include/python3.11`, LDFLAGS: "",
    LDLIBRARY: "", LDSHARED: "", LIBDIR: libdir, LIBPL: `${libdir}/python3.11/config-3.11-x86_64-linux-gnu`,
    LIBRARY: "", LINKFORSHARED: "", MACHDEP: "linux", MODLIBS: "", MULTIARCH: "x86_64-linux-gnu", OPT: "",
    PY_CFLAGS: "", PY_CFLAGS_NODIST: "", PY_CORE_CFLAGS: "", PY_STDMODULE_CFLAGS: "", Py_DEBUG: 0, Py_ENABLE_SHARED: 0,
    Py_HASH_ALGORITHM: 0, Py_TRACE_REFS: 0, SHLIB_SUFFIX: ".so", SIZEOF_DOUBLE: 8, SIZEOF_FLOAT: 4, SIZEOF_INT: 4,
    SIZEOF_LONG: 8, SIZEOF_LONG_DOUBLE: 16, SIZEOF_LONG_LONG: 8, SIZEOF_OFF_T: 8, SIZEOF_PID_T: 4, SIZEOF_SHORT: 2,
    SIZEOF_SIZE_T: 8, SIZEOF_TIME_T: 8, SIZEOF_VOID_P: 8, SIZEOF_WCHAR_T: 4, SOABI: "cpython-311-x86_64-linux-gnu",
    TZPATH: "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo", VERSION: "3.11",
    WITH_DOC_STRINGS: 1, WITH_PYMALLOC: 1, exec_prefix: prefix, prefix, srcdir: `${libdir}/python3.11/config-3.11-x86_64-linux-gnu`,
  };
}

export function PyInit__sysconfigdata(): PyObject | null {
  const m = PyModule_Create(SYSCONFIGDATA_NAME, null, []);
  const host = _PyThreadState_GET().interp.host;
  const vars = PyDict_New();
  for (const [k, v] of Object.entries(build_time_vars(_PyConfig_ComputePath(host, _Py_GetConfig()).prefix))) {
    const o = typeof v === "number" ? PyLong_FromNumber(v) : PyUnicode_FromString(v);
    PyDict_SetItemString(vars, k, o);
    Py_DECREF(o);
  }
  PyModule_AddObjectRef(m, "build_time_vars", vars);
  Py_DECREF(vars);
  return m;
}
