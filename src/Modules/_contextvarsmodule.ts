/**
 * @mirrors Modules/_contextvarsmodule.c
 * The `_contextvars` module that Lib/contextvars.py re-exports: the Context, ContextVar and
 * Token types of Python/context.ts and copy_context(), a copy of the current context.
 */
import type { PyObject, PyMethodDef } from "../Include/object.ts";
import { METH_NOARGS } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import {
  PyContext_Type, PyContextVar_Type, PyContextToken_Type, PyContext_CopyCurrent, _PyContext_Init,
} from "../Python/context.ts";

/** @cpython _contextvars_copy_context_impl */
function _contextvars_copy_context(_module: PyObject): PyObject {
  return PyContext_CopyCurrent();
}

const _contextvars_methods: PyMethodDef[] = [
  { ml_name: "copy_context", ml_meth: _contextvars_copy_context, ml_flags: METH_NOARGS },
];

/** @cpython PyInit__contextvars (_contextvars_exec) */
export function PyInit__contextvars(): PyObject | null {
  if (_PyContext_Init() < 0) return null;
  const m = PyModule_Create("_contextvars", "Context Variables", _contextvars_methods);
  if (PyModule_AddType(m, PyContext_Type) < 0 || PyModule_AddType(m, PyContextVar_Type) < 0 ||
    PyModule_AddType(m, PyContextToken_Type) < 0) return null;
  return m;
}
