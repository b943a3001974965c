/**
 * @mirrors Modules/_weakref.c
 * The `_weakref` module that Lib/weakref.py builds on: the reference and proxy types from
 * Objects/weakrefobject.c under their module names (ref is ReferenceType), proxy(), the
 * two introspection functions getweakrefcount / getweakrefs, and _remove_dead_weakref,
 * which WeakValueDictionary uses to drop an entry only if its reference is still dead.
 */
import { PyObject, METH_O, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.ts";
import {
  PyWeakReference, _PyWeakref_RefType, _PyWeakref_ProxyType, _PyWeakref_CallableProxyType, _PyWeakref_InitTypes,
  _PyType_SUPPORTS_WEAKREFS, _PyWeakref_GetWeakrefCount, PyWeakref_Check, PyWeakref_NewProxy,
} from "../Objects/weakrefobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyList_New, PyList_Append } from "../Objects/listobject.ts";
import { PyDict_Check, _PyDict_DelItemIf } from "../Objects/dictobject.ts";
import { Py_None, Py_NewNone } from "../Objects/object.ts";
import { PyErr_SetString, PyErr_ExceptionMatches, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_KeyError } from "../Objects/exceptions.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";

/** @cpython _weakref_getweakrefcount_impl */
function _weakref_getweakrefcount(_module: PyObject, object: PyObject): PyObject {
  if (!_PyType_SUPPORTS_WEAKREFS(object.ob_type)) return PyLong_FromNumber(0);
  return PyLong_FromNumber(_PyWeakref_GetWeakrefCount(object.ob_weakreflist as PyWeakReference | null));
}

/** @cpython is_dead_weakref */
function is_dead_weakref(value: PyObject): number {
  if (!PyWeakref_Check(value)) {
    PyErr_SetString(PyExc_TypeError, "not a weakref");
    return -1;
  }
  return value.wr_object === Py_None ? 1 : 0;
}

/** @cpython _weakref__remove_dead_weakref_impl: a missing key is not an error. */
function _weakref__remove_dead_weakref(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_remove_dead_weakref", args.length, 2, 2)) return null;
  const [dct, key] = args;
  if (!PyDict_Check(dct)) {
    return PyErr_SetString(PyExc_TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${_PyType_Name(dct.ob_type)}`);
  }
  if (_PyDict_DelItemIf(dct, key, is_dead_weakref) < 0) {
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) return null;
    PyErr_Clear();
  }
  return Py_NewNone();
}

/** @cpython _weakref_getweakrefs: the list of references to `object`, in list order. */
function _weakref_getweakrefs(_module: PyObject, object: PyObject): PyObject {
  const result = PyList_New(0);
  if (!_PyType_SUPPORTS_WEAKREFS(object.ob_type)) return result;
  for (let cur = object.ob_weakreflist as PyWeakReference | null; cur !== null; cur = cur.wr_next) {
    PyList_Append(result, cur);
  }
  return result;
}

/** @cpython _weakref_proxy_impl */
function _weakref_proxy(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("proxy", args.length, 1, 2)) return null;
  return PyWeakref_NewProxy(args[0], args.length > 1 ? args[1] : null);
}

const weakref_functions: PyMethodDef[] = [
  { ml_name: "getweakrefcount", ml_meth: _weakref_getweakrefcount, ml_flags: METH_O,
    ml_doc: "Return the number of weak references to 'object'." },
  { ml_name: "_remove_dead_weakref", ml_meth: _weakref__remove_dead_weakref, ml_flags: METH_FASTCALL,
    ml_doc: "Atomically remove key from dict if it points to a dead weakref." },
  { ml_name: "getweakrefs", ml_meth: _weakref_getweakrefs, ml_flags: METH_O,
    ml_doc: "Return a list of all weak reference objects pointing to 'object'." },
  { ml_name: "proxy", ml_meth: _weakref_proxy, ml_flags: METH_FASTCALL,
    ml_doc: "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized." },
];

/** @cpython PyInit__weakref (weakref_exec) */
export function PyInit__weakref(): PyObject | null {
  _PyWeakref_InitTypes();
  const m = PyModule_Create("_weakref", "Weak-reference support module.", weakref_functions);
  if (PyModule_AddObjectRef(m, "ref", _PyWeakref_RefType) < 0 ||
    PyModule_AddObjectRef(m, "ReferenceType", _PyWeakref_RefType) < 0 ||
    PyModule_AddObjectRef(m, "ProxyType", _PyWeakref_ProxyType) < 0 ||
    PyModule_AddObjectRef(m, "CallableProxyType", _PyWeakref_CallableProxyType) < 0) return null;
  return m;
}
