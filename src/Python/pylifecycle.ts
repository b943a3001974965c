/**
 * @mirrors Python/pylifecycle.c
 * Interpreter start-up in CPython's order: the type objects (object and type first, then
 * every builtin type), the exception classes, the builtins module, sys, __main__.
 */
import { Py_DECREF, Py_INCREF, type PyObject } from "../Include/object.ts";
import type { Host } from "../Host/host.ts";
import { PyInterpreterState, PyThreadState, _PyThreadState_Swap } from "./pystate.ts";
import { _PyErr_InitNone } from "./errors.ts";
import {
  PyBaseObject_Type, PyType_Type, PySuper_Type, PyType_Ready, _PyTypes_InitSlotDefs, PyBoolTypeRef,
  PyCFunctionTypeRef, iterToArrayRef, _PySequence_IterSearchRef, PySeqIter_NewRef, PyErr_WriteUnraisableRef,
  super_init_without_args_ref, PyDictProxy_NewRefHolder,
} from "../Objects/typeobject.ts";
import { _PyNone_Type, _PyNotImplemented_Type, Py_None, PyExcKeyErrorRef } from "../Objects/object.ts";
import { PyUnicodeObject } from "../Objects/unicodeobject.ts";
import * as unicode from "../Objects/unicodeobject.ts";
import * as longobj from "../Objects/longobject.ts";
import * as boolobj from "../Objects/boolobject.ts";
import * as floatobj from "../Objects/floatobject.ts";
import * as complexobj from "../Objects/complexobject.ts";
import * as bytesobj from "../Objects/bytesobject.ts";
import * as bytearrayobj from "../Objects/bytearrayobject.ts";
import { _PyTuple_InitTypes, PyTuple_Type } from "../Objects/tupleobject.ts";
import { _PyList_InitTypes } from "../Objects/listobject.ts";
import { _PyDict_InitTypes } from "../Objects/dictobject.ts";
import { _PySet_InitTypes } from "../Objects/setobject.ts";
import { _PySlice_InitTypes } from "../Objects/sliceobject.ts";
import { _PyRange_InitTypes } from "../Objects/rangeobject.ts";
import { _PyIter_InitTypes, PySeqIter_New } from "../Objects/iterobject.ts";
import { _PyEnum_InitTypes } from "../Objects/enumobject.ts";
import { _PyBltinIterators_InitTypes } from "./bltin_iterators.ts";
import { _PyExc_InitTypes, PyExc_KeyError } from "../Objects/exceptions.ts";
import {
  PyMethodDescr_Type, PyClassMethodDescr_Type, PyMemberDescr_Type, PyGetSetDescr_Type, PyWrapperDescr_Type,
  _PyMethodWrapper_Type, PyStaticMethod_Type, PyClassMethod_Type, PyProperty_Type, PyDictProxy_Type, PyDictProxy_New,
} from "../Objects/descrobject.ts";
import { PyCFunction_Type } from "../Objects/methodobject.ts";
import { PyCell_Type } from "../Objects/cellobject.ts";
import { PyFunction_Type } from "../Objects/funcobject.ts";
import { PyMethod_Type } from "../Objects/classobject.ts";
import { PyCode_Type } from "../Objects/codeobject_runtime.ts";
import { PyModule_Type, PyModule_New, PyModule_GetDict, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyFrame_Type, PyFrame_GetLocalsDict } from "../Objects/frameobject.ts";
import { PyTraceBack_Type } from "./traceback.ts";
import { _PyGen_InitTypes } from "../Objects/genobject.ts";
import { _PyUnion_Type } from "../Objects/unionobject.ts";
import { Py_GenericAliasType, Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import { PyTraceBack_TypeRef } from "../Objects/exceptions.ts";
import { Py_GenericAliasRef } from "../Objects/tupleobject.ts";
import { PyTextIOWrapper_Type } from "../Modules/_io/textio.ts";
import { _PySequence_ToArray, _PySequence_IterSearch, PY_ITERSEARCH_CONTAINS } from "../Objects/abstract.ts";
import { PyDict_New, PyDict_SetItemString, PyDict_GetItemString, type PyDictObject } from "../Objects/dictobject.ts";
import { _PyBuiltin_Init } from "./bltinmodule.ts";
import { _PySys_Create, type SysConfig } from "./sysmodule.ts";
import { PyImport_Inittab } from "./import.ts";
import { _PyImport_Inittab } from "../Modules/config.ts";
import { _Py_HashRandomization_Init } from "./pyhash.ts";
import { PyErr_WriteUnraisable } from "./errors.ts";
import { super_init_without_args } from "../Objects/typeobject.ts";

let initialized: { interp: PyInterpreterState; tstate: PyThreadState } | null = null;

function initTypes(): void {
  // Strings are created while types are readied: str must be known first.
  PyUnicodeObject.type = unicode.PyUnicode_Type;
  _PyTypes_InitSlotDefs();
  _PyErr_InitNone(Py_None);
  PyBoolTypeRef.type = boolobj.PyBool_Type;
  PyCFunctionTypeRef.type = PyCFunction_Type;
  iterToArrayRef.fn = _PySequence_ToArray;
  _PySequence_IterSearchRef.fn = (seq, v) => _PySequence_IterSearch(seq, v, PY_ITERSEARCH_CONTAINS);
  PySeqIter_NewRef.fn = PySeqIter_New;
  PyErr_WriteUnraisableRef.fn = PyErr_WriteUnraisable;
  super_init_without_args_ref.fn = super_init_without_args;
  PyDictProxy_NewRefHolder.fn = PyDictProxy_New;
  PyBaseObject_Type.ob_type = PyType_Type;
  PyType_Type.ob_type = PyType_Type;
  PyType_Ready(PyBaseObject_Type);
  PyType_Ready(PyType_Type);
  unicode._PyUnicode_InitTypes();
  longobj._PyLong_InitTypes();
  boolobj._PyBool_InitTypes();
  floatobj._PyFloat_InitTypes();
  complexobj._PyComplex_InitTypes();
  bytesobj._PyBytes_InitTypes();
  bytearrayobj._PyByteArray_InitTypes();
  _PyTuple_InitTypes();
  _PyList_InitTypes();
  _PyDict_InitTypes();
  _PySet_InitTypes();
  _PySlice_InitTypes();
  _PyRange_InitTypes();
  _PyIter_InitTypes();
  _PyEnum_InitTypes();
  _PyBltinIterators_InitTypes();
  _PyExc_InitTypes();
  PyExcKeyErrorRef.type = PyExc_KeyError;
  for (const t of [
    PySuper_Type, _PyNone_Type, _PyNotImplemented_Type, PyCFunction_Type, PyMethodDescr_Type, PyClassMethodDescr_Type,
    PyMemberDescr_Type, PyGetSetDescr_Type, PyWrapperDescr_Type, _PyMethodWrapper_Type, PyStaticMethod_Type,
    PyClassMethod_Type, PyProperty_Type, PyDictProxy_Type, PyCell_Type, PyFunction_Type, PyMethod_Type, PyCode_Type,
    PyModule_Type, PyFrame_Type, PyTraceBack_Type, PyTextIOWrapper_Type, PyTuple_Type,
  ]) PyType_Ready(t);
  _PyGen_InitTypes();
  PyType_Ready(_PyUnion_Type);
  PyType_Ready(Py_GenericAliasType);
  PyTraceBack_TypeRef.type = PyTraceBack_Type;
  Py_GenericAliasRef.fn = Py_GenericAlias;
}

export interface RunConfig extends SysConfig {
  optimization_level: number;
  hash_seed: number;
}

/** @cpython Py_InitializeFromConfig: build the runtime once; returns the thread state. */
export function Py_InitializeFromConfig(host: Host, config: RunConfig): PyThreadState {
  if (initialized !== null) return initialized.tstate;
  _Py_HashRandomization_Init(config.hash_seed);
  const interp = new PyInterpreterState(host);
  const tstate = new PyThreadState(interp);
  _PyThreadState_Swap(tstate);
  initTypes();
  interp.modules = PyDict_New();
  const bimod = _PyBuiltin_Init(interp, config.optimization_level) as PyModuleObject;
  interp.builtins = PyModule_GetDict(bimod);
  PyDict_SetItemString(interp.modules, "builtins", bimod);
  const sysmod = _PySys_Create(interp, config);
  PyDict_SetItemString(interp.modules, "sys", sysmod);
  PyDict_SetItemString(interp.sysdict!, "modules", interp.modules);
  PyImport_Inittab.set("builtins", () => { Py_INCREF(bimod); return bimod; });
  PyImport_Inittab.set("sys", () => { Py_INCREF(sysmod); return sysmod; });
  for (const [name, init] of _PyImport_Inittab) PyImport_Inittab.set(name, init);
  initialized = { interp, tstate };
  return tstate;
}

/** @cpython add_main_module: __main__ with __builtins__ (the module) and __name__. */
export function add_main_module(interp: PyInterpreterState): PyModuleObject {
  const m = PyModule_New("__main__");
  const d = PyModule_GetDict(m);
  const bimod = PyDict_GetItemString(interp.modules!, "builtins")!;
  PyDict_SetItemString(d, "__builtins__", bimod);
  PyDict_SetItemString(d, "__annotations__", PyDict_New());
  PyDict_SetItemString(interp.modules!, "__main__", m);
  return m;
}

