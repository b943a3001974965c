/**
 * @mirrors Modules/errnomodule.c
 * The errno module: one int constant per Linux error name (errno.ENOENT == 2) and the
 * errorcode dict from number back to name. The numbers and names come from the generated
 * Linux table the host layer uses too, so an OSError's errno always matches a name here.
 * Where two names share a number (EWOULDBLOCK and EAGAIN), errorcode keeps the name CPython
 * keeps on Linux.
 *
 * DIVERGENCE: the names are added in numeric order, not in the order of CPython's C source,
 * so the module's __dict__ (not dir(), which sorts) lists them differently.
 */
import type { PyObject } from "../Include/object.ts";
import { Py_DECREF } from "../Include/object.ts";
import { PyModule_Create, PyModule_GetDict } from "../Objects/moduleobject.ts";
import { PyDict_New, PyDict_SetItem, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { ERRNO_TABLE, ERRNO_ALIASES } from "../Host/linux_errno.generated.ts";

const errno_doc =
  "Names for the error numbers of the operating system.\n\n" +
  "Each name is an int constant: errno.ENOENT is 2 on Linux, the number an\n" +
  "OSError raised for a missing file carries in its errno attribute.\n\n" +
  "errorcode maps each number back to its name: errorcode[2] is 'ENOENT'.";

/** @cpython _add_errcode: module.NAME = code, and errorcode[code] = NAME when `inErrorcode`. */
function _add_errcode(module_dict: PyObject, error_dict: PyObject, name_str: string, code_int: number, inErrorcode: boolean): number {
  const name = PyUnicode_FromString(name_str);
  const code = PyLong_FromNumber(code_int);
  let ret = PyDict_SetItem(module_dict, name, code);
  if (ret === 0 && inErrorcode) ret = PyDict_SetItem(error_dict, code, name);
  Py_DECREF(name);
  Py_DECREF(code);
  return ret;
}

/** @cpython errno_exec */
function errno_exec(module: PyObject): number {
  const module_dict = PyModule_GetDict(module);
  const error_dict = PyDict_New();
  const r = PyDict_SetItemString(module_dict, "errorcode", error_dict);
  Py_DECREF(error_dict);
  if (r < 0) return -1;
  for (const [code, name] of ERRNO_TABLE) {
    if (_add_errcode(module_dict, error_dict, name, code, true) < 0) return -1;
  }
  for (const [name, code] of ERRNO_ALIASES) {
    if (_add_errcode(module_dict, error_dict, name, code, false) < 0) return -1;
  }
  return 0;
}

/** @cpython PyInit_errno */
export function PyInit_errno(): PyObject | null {
  const m = PyModule_Create("errno", errno_doc, []);
  if (errno_exec(m) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
