/**
 * @mirrors Python/marshal.c
 * The `marshal` module (dumps, loads, dump, load, version) over the reader and writer of
 * marshal.ts. Those work on the compiler's constant values, so a Python object is turned
 * into one (and back) around them: None, bools, ints, floats, complex numbers, str, bytes,
 * tuples, frozensets, Ellipsis and code objects — what .pyc files hold, and what importlib
 * marshals. DIVERGENCE: lists, dicts and sets, which marshal.c also writes, are refused as
 * unmarshallable for now.
 */
import { PyObject, Py_DECREF, METH_FASTCALL } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "./errors.ts";
import { PyExc_ValueError, PyExc_EOFError, PyExc_TypeError } from "../Objects/exceptions.ts";
import { PyUnicode_Check, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { Py_None, PyObject_GetAttrString } from "../Objects/object.ts";
import { PyBool_Type } from "../Objects/boolobject.ts";
import { PyLongObject, PyLong_AsLong } from "../Objects/longobject.ts";
import { PyFloatObject } from "../Objects/floatobject.ts";
import { PyComplexObject } from "../Objects/complexobject.ts";
import { PyBytes_FromArray, PyBytesObject, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyTupleObject } from "../Objects/tupleobject.ts";
import { PyFrozenSet_CheckExact, type PySetObject, _PySet_NextEntry } from "../Objects/setobject.ts";
import { Py_Ellipsis } from "../Objects/sliceobject.ts";
import { PyCodeObjectWrapper, constantToObject } from "../Objects/codeobject_runtime.ts";
import { PyModule_Create, PyModule_AddIntConstant, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyObject_CallMethod } from "../Objects/call.ts";
import { ConstantFrozenset, ConstantTuple, Ellipsis, None, PyBytes, PyComplex, type ConstantValue } from "../Include/ast_constant.ts";
import type { CodeConstant } from "../Objects/codeobject.ts";
import { dumps as marshal_dumps, loads as marshal_loads, MarshalError, Py_MARSHAL_VERSION } from "./marshal.ts";

/** Marks an object marshal cannot write; the caller raises ValueError. */
export class Unmarshallable {}

/** A Python object as the constant value the writer takes. */
export function toConstant(o: PyObject): CodeConstant {
  if (o === Py_None) return None;
  if (o === Py_Ellipsis) return Ellipsis;
  if (o.ob_type === PyBool_Type) return (o as PyLongObject).ob_ival !== 0;
  if (o instanceof PyLongObject) return BigInt((o as PyLongObject).ob_ival);
  if (o instanceof PyFloatObject) return o.ob_fval;
  if (o instanceof PyComplexObject) return new PyComplex(o.cval_real, o.cval_imag);
  if (PyUnicode_Check(o)) return (o as PyUnicodeObject).str;
  if (o instanceof PyBytesObject) return new PyBytes(o.ob_sval);
  if (o instanceof PyTupleObject) return new ConstantTuple(o.ob_item.map((x) => toConstant(x) as ConstantValue));
  if (PyFrozenSet_CheckExact(o)) {
    const items: ConstantValue[] = [];
    const pos = { i: 0 };
    for (let e = _PySet_NextEntry(o as PySetObject, pos); e !== null; e = _PySet_NextEntry(o as PySetObject, pos)) {
      items.push(toConstant(e[0]) as ConstantValue);
    }
    return new ConstantFrozenset(items);
  }
  if (o instanceof PyCodeObjectWrapper) return o.co;
  const buf = _PyObject_GetBufferData(o);
  if (buf !== null) return new PyBytes(buf.slice());
  throw new Unmarshallable();
}

function checkVersion(v: PyObject | undefined): number | null {
  if (v === undefined) return Py_MARSHAL_VERSION;
  const n = PyLong_AsLong(v);
  if (n === -1 && PyErr_Occurred()) return null;
  return n;
}

/** @cpython marshal_dumps_impl: dumps(value, version=4, /) */
function marshal_dumps_fn(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 1 || args.length > 2) {
    return PyErr_SetString(PyExc_TypeError, `dumps expected at least 1 argument, got ${args.length}`);
  }
  if (checkVersion(args[1]) === null) return null;
  let value: CodeConstant;
  try {
    value = toConstant(args[0]);
  } catch (e) {
    if (e instanceof Unmarshallable) return PyErr_SetString(PyExc_ValueError, "unmarshallable object");
    throw e;
  }
  return PyBytes_FromArray(marshal_dumps(value));
}

/** Bytes to an object, with the reader's failures as Python exceptions. @returns new */
function loadsFrom(data: Uint8Array): PyObject | null {
  try {
    return constantToObject(marshal_loads(data));
  } catch (e) {
    if (!(e instanceof MarshalError)) throw e;
    const exc = e.pyType === "EOFError" ? PyExc_EOFError : e.pyType === "TypeError" ? PyExc_TypeError : PyExc_ValueError;
    return PyErr_SetString(exc, e.message);
  }
}

/** @cpython marshal_loads_impl: loads(bytes, /) */
function marshal_loads_fn(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 1) return PyErr_SetString(PyExc_TypeError, `loads() takes exactly one argument (${args.length} given)`);
  const data = _PyObject_GetBufferData(args[0]);
  if (data === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${args[0].ob_type.tp_name}'`);
  return loadsFrom(data);
}

/** @cpython marshal_dump_impl: dump(value, file, version=4, /) */
function marshal_dump_fn(m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length < 2 || args.length > 3) {
    return PyErr_SetString(PyExc_TypeError, `dump expected at least 2 arguments, got ${args.length}`);
  }
  const s = marshal_dumps_fn(m, args.length === 3 ? [args[0], args[2]] : [args[0]]);
  if (s === null) return null;
  const r = PyObject_CallMethod(args[1], "write", [s]);
  Py_DECREF(s);
  return r;
}

/**
 * @cpython marshal_load_impl: load(file, /) — reads the file to its end (marshal.c reads
 * object by object; a file holding several marshalled values loses the rest here).
 */
function marshal_load_fn(_m: PyObject, args: PyObject[]): PyObject | null {
  if (args.length !== 1) return PyErr_SetString(PyExc_TypeError, `load() takes exactly one argument (${args.length} given)`);
  const readMethod = PyObject_GetAttrString(args[0], "read");
  if (readMethod === null) return null;
  Py_DECREF(readMethod);
  const data = PyObject_CallMethod(args[0], "read", []);
  if (data === null) return null;
  const bytes = _PyObject_GetBufferData(data);
  if (bytes === null) {
    Py_DECREF(data);
    return PyErr_SetString(PyExc_TypeError, `file.read() returned not bytes but ${data.ob_type.tp_name}`);
  }
  const r = loadsFrom(bytes);
  Py_DECREF(data);
  return r;
}

/** @cpython marshal_module_exec */
export function PyInit_marshal(): PyModuleObject {
  const m = PyModule_Create("marshal", "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.", [
    { ml_name: "dump", ml_meth: marshal_dump_fn, ml_flags: METH_FASTCALL },
    { ml_name: "load", ml_meth: marshal_load_fn, ml_flags: METH_FASTCALL },
    { ml_name: "dumps", ml_meth: marshal_dumps_fn, ml_flags: METH_FASTCALL },
    { ml_name: "loads", ml_meth: marshal_loads_fn, ml_flags: METH_FASTCALL },
  ]);
  PyModule_AddIntConstant(m, "version", Py_MARSHAL_VERSION);
  return m;
}

