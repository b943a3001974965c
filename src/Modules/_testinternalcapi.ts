/**
 * @mirrors Modules/_testinternalcapi.c
 * The part of CPython's internal test helper module that CPython's own test suite asks of
 * any interpreter it runs on: get_config() (test.support.requires_debug_ranges reads
 * code_debug_ranges from it), get_recursion_depth() and SIZEOF_PYGC_HEAD (test.support's
 * sizeof checks).
 *
 * DIVERGENCE: only these three are provided. get_config() answers the PyConfig fields typhon
 * has (see src/Python/initconfig.ts) and the fixed facts of this build (debug ranges are
 * always kept, hash randomization follows PYTHONHASHSEED); the helpers that poke at C
 * internals (test_bswap, test_hashtable, set_eval_frame_*, EncodeLocaleEx, ...) are left out.
 */
import { PyObject, Py_DECREF, METH_NOARGS, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant } from "../Objects/moduleobject.ts";
import { PyDict_New, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { Py_NewNone } from "../Objects/object.ts";
import { _Py_GetConfig } from "../Python/initconfig.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";

/** Size of the collector's header in front of each tracked object (two pointers). */
const SIZEOF_PYGC_HEAD = 16;

/** @cpython test_get_config (_PyConfig_AsDict): the configuration as a dict. */
function get_config(_module: PyObject): PyObject {
  const config = _Py_GetConfig();
  const host = _PyThreadState_GET().interp.host;
  const seed = host.getenv("PYTHONHASHSEED");
  const d = PyDict_New();
  const put = (name: string, v: PyObject): void => {
    PyDict_SetItemString(d, name, v);
    Py_DECREF(v);
  };
  const int = (name: string, v: number | boolean): void => put(name, PyLong_FromNumber(typeof v === "boolean" ? (v ? 1 : 0) : v));
  const strs = (name: string, v: string[]): void => put(name, _PyList_FromArraySteal(v.map((s) => PyUnicode_FromString(s))));
  int("isolated", config.isolated);
  int("use_environment", config.use_environment);
  int("dev_mode", 0);
  int("use_hash_seed", seed !== undefined && seed !== "" && seed !== "random" ? 1 : 0);
  int("hash_seed", seed !== undefined && /^\d+$/.test(seed) ? Number(seed) : 0);
  int("code_debug_ranges", 1);
  put("filesystem_encoding", PyUnicode_FromString("utf-8"));
  put("filesystem_errors", PyUnicode_FromString("surrogateescape"));
  put("pycache_prefix", Py_NewNone());
  strs("xoptions", config.xoptions);
  strs("warnoptions", config.warnoptions);
  int("site_import", config.site_import);
  int("bytes_warning", config.bytes_warning);
  int("inspect", config.inspect);
  int("optimization_level", config.optimization_level);
  int("parser_debug", config.parser_debug);
  int("write_bytecode", !config.dont_write_bytecode);
  int("verbose", config.verbose);
  int("quiet", config.quiet);
  int("user_site_directory", config.user_site_directory);
  int("buffered_stdio", config.buffered_stdio);
  int("safe_path", config.safe_path);
  return d;
}

/** @cpython get_recursion_depth: how many Python frames are running. */
function get_recursion_depth(_module: PyObject): PyObject {
  return PyLong_FromNumber(_PyThreadState_GET().recursion_depth);
}

const methods: PyMethodDef[] = [
  { ml_name: "get_config", ml_meth: get_config, ml_flags: METH_NOARGS, ml_doc: "The interpreter's configuration, as a dict." },
  { ml_name: "get_recursion_depth", ml_meth: get_recursion_depth, ml_flags: METH_NOARGS, ml_doc: "How deep the Python call stack is now." },
];

/** @cpython PyInit__testinternalcapi */
export function PyInit__testinternalcapi(): PyObject | null {
  const m = PyModule_Create("_testinternalcapi", "Helpers for CPython's test suite that look at interpreter internals.", methods);
  if (PyModule_AddIntConstant(m, "SIZEOF_PYGC_HEAD", SIZEOF_PYGC_HEAD) < 0) return null;
  return m;
}
