/**
 * @mirrors Python/bltinmodule.c
 * The `builtins` module: the functions every program can call without an import (print,
 * len, isinstance, sorted, eval, ...), the names of the builtin types (int, list, ...), the
 * singletons (None, Ellipsis, NotImplemented, True, False), `__debug__` and, added by
 * exceptions.ts, the exception classes. Name lookup ends here: LOAD_NAME and LOAD_GLOBAL
 * try the frame's locals, then its globals, then the frame's builtins dict, which is this
 * module's dict unless the globals carry another `__builtins__`.
 *
 * One function here is not meant to be called by hand: `__build_class__`, which a `class`
 * statement turns into. For
 *
 *   class C(Base, metaclass=M, flag=1):
 *       body
 *
 * the compiler emits LOAD_BUILD_CLASS and calls `__build_class__(<body function>, "C", Base,
 * metaclass=M, flag=1)`, which
 *   1. lets non-class bases stand in for classes (`__mro_entries__`, PEP 560),
 *   2. picks the metaclass: the explicit one, else the most derived metaclass of the bases,
 *   3. asks it for the namespace (`M.__prepare__("C", bases, flag=1)`, else a plain dict),
 *   4. runs the body with that namespace as its locals,
 *   5. calls `M("C", bases, namespace, flag=1)`, and checks that the class the body's
 *      `__class__` cell (used by zero-argument super()) saw is the class that was made.
 *
 * DIVERGENCE: the iterator types filter, map and zip, which CPython defines in this same C
 * file, live in bltin_iterators.ts.
 */
import { PyMemoryView_Type } from "../Objects/memoryobject.ts";
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_hash, Py_LT, Py_GT,
  Py_TPFLAGS_BYTES_SUBCLASS, METH_O, METH_NOARGS, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef,
} from "../Include/object.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import type { Host } from "../Host/host.ts";
import { _PyThreadState_GET, type PyInterpreterState } from "./pystate.ts";
import {
  PyErr_SetString, PyErr_SetObject, PyErr_SetNone, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches,
} from "./errors.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "./getargs.ts";
import { _PyArena_AttachCode, _PyArena_Free, _PyArena_New } from "./pyarena.ts";
import { Py_CompileBytes, sourceLine } from "./pythonrun.ts";
import { PyTextIOWrapper_Type, _PyTextIOWrapper_write, type PyTextIOWrapperObject } from "../Modules/_io/textio.ts";
import { _PyEval_Vector, PyEval_EvalCode } from "./ceval.ts";
import { PyImport_ImportModuleLevelObject } from "./import.ts";
import { getSourceLine } from "./traceback.ts";
import type { _PyInterpreterFrame } from "./frame.ts";
import { PyFilter_Type, PyMap_Type, PyZip_Type } from "./bltin_iterators.ts";
import { _PyParser_ASTFromFile, _PyParser_ASTFromString } from "../Parser/peg_api.ts";
import { PyAST_Check, PyAST_obj2mod, PyAST_mod2obj } from "./Python-ast-objects.ts";
import { _PyAST_Validate } from "./ast.ts";
import { _PyAST_Compile } from "./compile.ts";
import type { mod } from "./Python-ast.generated.ts";
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError, PyExc_SystemError, PyExc_OverflowError,
  PyExc_EOFError, PyExc_StopIteration, PyExc_SyntaxError, PyExc_RecursionError, PyExc_DeprecationWarning,
  _PyBuiltins_AddExceptions, _PyExc_LookupName, PyUnicodeEncodeError_Create,
} from "../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_Repr, PyObject_Str, PyObject_ASCII, PyObject_RichCompareBool,
  PyObject_GetAttr, PyObject_SetAttr, _PyObject_LookupAttr, PyCallable_Check, PyObject_IsTrue, PyObject_Hash,
  _PyObject_Address,
} from "../Objects/object.ts";
import {
  PyNumber_Absolute, PyNumber_Divmod, PyNumber_Power, PyNumber_Add, PyObject_Size, PyObject_GetIter,
  PyIter_Next, PyIter_Check, PyObject_IsInstance, PyObject_IsSubclass, PyObject_Format, PySequence_List,
  PyObject_SetItem, PyObject_GetItem, _PyObject_NextNotImplemented,
} from "../Objects/abstract.ts";
import { PyObject_Vectorcall, PyObject_CallNoArgs, PyObject_CallOneArg, _PyStack_UnpackDict, lookup_maybe_method } from "../Objects/call.ts";
import {
  PyType_Type, PyBaseObject_Type, PySuper_Type, PyType_Check, PyObject_TypeCheck, _PyType_CalculateMetaclass,
} from "../Objects/typeobject.ts";
import {
  PyDictObject, PyDict_Type, PyDict_New, PyDict_Check, PyDict_CheckExact, PyDict_SetItem, PyDict_SetItemString,
  PyDict_GetItemWithError, PyDict_GetItemString, PyDict_DelItem, PyDict_Contains, PyDict_Keys,
} from "../Objects/dictobject.ts";
import { PyTupleObject, PyTuple_Type, PyTuple_Check, PyTuple_FromArray, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyListObject, PyList_Type, PyList_Sort, _PyList_FromArraySteal, PyList_New, _PyList_Extend } from "../Objects/listobject.ts";
import {
  PyUnicode_Type, PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_GET_LENGTH, PyUnicode_READ_CHAR,
  _PyUnicode_FromId,
} from "../Objects/unicodeobject.ts";
import {
  PyLong_Type, PyLongObject, PyLong_FromNumber, PyLong_FromBigInt, PyLong_Check, PyLong_CheckExact, PyNumber_Index,
  _PyLong_Format,
} from "../Objects/longobject.ts";
import { PyFloat_Type, PyFloatObject, PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { PyBool_Type, Py_True, Py_False, PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyBytes_Type, PyBytesObject, PyBytes_FromArray, _PyObject_GetBufferData } from "../Objects/bytesobject.ts";
import { PyErr_WarnEx } from "./_warnings.ts";
import { PyByteArray_Type, PyByteArrayObject } from "../Objects/bytearrayobject.ts";
import { PyComplex_Type } from "../Objects/complexobject.ts";
import { PySet_Type, PyFrozenSet_Type } from "../Objects/setobject.ts";
import { PyRange_Type, type rangeobject } from "../Objects/rangeobject.ts";
import { PySlice_Type, PySlice_New, Py_Ellipsis } from "../Objects/sliceobject.ts";
import { PyEnum_Type, PyReversed_Type } from "../Objects/enumobject.ts";
import { PyProperty_Type, PyStaticMethod_Type, PyClassMethod_Type, hashToLong } from "../Objects/descrobject.ts";
import { PyFunctionObject, PyFunction_Type, PyFunction_NewWithQualName } from "../Objects/funcobject.ts";
import { PyCellObject } from "../Objects/cellobject.ts";
import { PyCodeObjectWrapper, PyCode_Type, codeOf } from "../Objects/codeobject_runtime.ts";
import type { PyCodeObject } from "../Objects/codeobject.ts";
import { PyCallIter_New, PyAnextAwaitable_New } from "../Objects/iterobject.ts";
import { PyModule_New, PyModule_GetDict, PyModule_AddFunctions, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyFrame_GetLocalsDict } from "../Objects/frameobject.ts";

/** The interpreter's -O level, fixed at start-up (compile(optimize=-1), exec and eval use it). */
let Py_OptimizeFlag = 0;

// -- small helpers -------------------------------------------------------------------------------

/** sys.<name> from the interpreter's sys dict, or null. @returns borrowed */
function _PySys_GetAttr(interp: PyInterpreterState, name: string): PyObject | null {
  const sysdict = interp.sysdict;
  return sysdict === null ? null : PyDict_GetItemString(sysdict, name);
}

/** `%.200R`: a repr cut to 200 characters, or null with an error set. */
function reprTruncated(o: PyObject, limit = 200): string | null {
  const r = PyObject_Repr(o);
  if (r === null) return null;
  const s = [...(r as PyUnicodeObject).str];
  Py_DECREF(r);
  return s.length > limit ? s.slice(0, limit).join("") : s.join("");
}

/**
 * The clinic's `int` converter (_PyLong_AsInt): an integer (via __index__) that fits a C int,
 * or null with TypeError/OverflowError set.
 */
function asCInt(o: PyObject): number | null {
  const index = PyNumber_Index(o);
  if (index === null) return null;
  const v = (index as PyLongObject).ob_ival;
  Py_DECREF(index);
  if (typeof v !== "number" || v > 2147483647 || v < -2147483648) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
    return null;
  }
  return v;
}

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

/** An int's value when it fits a C long (PyLong_AsLongAndOverflow without the overflow flag), else null. */
function longValueIfCLong(o: PyObject): number | bigint | null {
  const v = (o as PyLongObject).ob_ival;
  if (typeof v === "number") return v;
  return v >= LONG_MIN && v <= LONG_MAX ? v : null;
}

/** @cpython PyMapping_Check */
function PyMapping_Check(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== null;
}

/** @cpython PyBytes_Check */
function PyBytes_Check(o: PyObject): boolean {
  return (o.ob_type.tp_flags & Py_TPFLAGS_BYTES_SUBCLASS) !== 0;
}

/** @cpython PyByteArray_Check */
function PyByteArray_Check(o: PyObject): boolean {
  return PyObject_TypeCheck(o, PyByteArray_Type);
}

/** @cpython PyObject_VectorcallDict: positional arguments plus a dict of keywords (or null). */
function PyObject_VectorcallDict(callable: PyObject, args: PyObject[], kwargs: PyDictObject | null): PyObject | null {
  const [flat, kwnames] = _PyStack_UnpackDict(args, kwargs);
  const r = PyObject_Vectorcall(callable, flat, kwnames);
  if (kwnames !== null) Py_DECREF(kwnames);
  return r;
}

/** The bytes of a bytes-like object (bytes, bytearray): its storage when visible, else item by item. */
function bytesLikeData(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytesObject) return o.ob_sval;
  if (o instanceof PyByteArrayObject) return o.ob_bytes.subarray(o.ob_start, o.ob_start + o.ob_size);
  const t = o.ob_type;
  if (t.sq_length === null || t.sq_item === null) return null;
  const n = t.sq_length(o);
  if (n < 0) return null;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const item = t.sq_item(o, i);
    if (item === null) return null;
    out[i] = Number((item as PyLongObject).ob_ival);
    Py_DECREF(item);
  }
  return out;
}

/** The UTF-8 bytes of a str, or null with UnicodeEncodeError for a lone surrogate (PyUnicode_AsUTF8AndSize). */
function unicodeAsUTF8(u: PyUnicodeObject): Uint8Array | null {
  const s = u.str;
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(s);
  if (lone !== null) {
    const start = [...s.slice(0, lone.index)].length;
    const exc = PyUnicodeEncodeError_Create("utf-8", s, start, start + 1, "surrogates not allowed");
    if (exc !== null) {
      PyErr_SetObject(exc.ob_type, exc);
      Py_DECREF(exc);
    }
    return null;
  }
  return utf8Encoder.encode(s);
}

const utf8Encoder = new TextEncoder();

// -- the current frame (ceval.c's PyEval_Get* helpers) -------------------------------------------------

/** @cpython PyEval_GetGlobals: the running frame's globals, or null. @returns borrowed */
function PyEval_GetGlobals(): PyDictObject | null {
  const f = _PyThreadState_GET().current_frame;
  return f === null ? null : f.f_globals;
}

/** @cpython PyEval_GetBuiltins: the running frame's builtins, else the interpreter's. @returns borrowed */
function PyEval_GetBuiltins(): PyDictObject {
  const tstate = _PyThreadState_GET();
  const f = tstate.current_frame;
  return f === null ? tstate.interp.builtins! : f.f_builtins;
}

/**
 * @cpython PyEval_GetLocals: the running frame's locals as a mapping (a snapshot dict for a
 * function frame). DIVERGENCE: returns a new reference (CPython lends the frame's dict).
 * @returns new
 */
function PyEval_GetLocals(): PyObject | null {
  const f: _PyInterpreterFrame | null = _PyThreadState_GET().current_frame;
  if (f === null) return PyErr_SetString(PyExc_SystemError, "frame does not exist");
  return PyFrame_GetLocalsDict(f);
}

// -- fileobject.c helpers used by print() and input() -------------------------------------------------

/** @cpython PyFile_WriteObject (with Py_PRINT_RAW): f.write(str(v)). Returns 0 or -1. */
function PyFile_WriteObject(v: PyObject, f: PyObject): number {
  // print()'s fast path: an exact TextIOWrapper (sys.stdout) whose write was not replaced
  // on the instance takes the text straight into its buffer; same effect as f.write().
  if (f.ob_type === PyTextIOWrapper_Type && (f.ob_dict === null || PyDict_GetItemWithError(f.ob_dict, _PyUnicode_FromId("write")) === null)) {
    const s = PyObject_Str(v);
    if (s === null) return -1;
    const n = _PyTextIOWrapper_write(f as PyTextIOWrapperObject, s as PyUnicodeObject);
    Py_DECREF(s);
    return n < 0 ? -1 : 0;
  }
  const writer = PyObject_GetAttr(f, _PyUnicode_FromId("write"));
  if (writer === null) return -1;
  const value = PyObject_Str(v);
  if (value === null) {
    Py_DECREF(writer);
    return -1;
  }
  const result = PyObject_CallOneArg(writer, value);
  Py_DECREF(value);
  Py_DECREF(writer);
  if (result === null) return -1;
  Py_DECREF(result);
  return 0;
}

/** @cpython PyFile_WriteString */
function PyFile_WriteString(s: string, f: PyObject): number {
  const v = PyUnicode_FromString(s);
  const r = PyFile_WriteObject(v, f);
  Py_DECREF(v);
  return r;
}

/** @cpython PyFile_GetLine (n < 0): f.readline() without its newline; EOFError at the end. */
function PyFile_GetLine(f: PyObject): PyObject | null {
  const meth = PyObject_GetAttr(f, _PyUnicode_FromId("readline"));
  if (meth === null) return null;
  let result = PyObject_CallNoArgs(meth);
  Py_DECREF(meth);
  if (result === null) return null;
  if (!PyBytes_Check(result) && !PyUnicode_Check(result)) {
    Py_DECREF(result);
    return PyErr_SetString(PyExc_TypeError, "object.readline() returned non-string");
  }
  if (PyUnicode_Check(result)) {
    const s = (result as PyUnicodeObject).str;
    if (s.length === 0) {
      Py_DECREF(result);
      return PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
    }
    if (s.endsWith("\n")) {
      Py_DECREF(result);
      result = PyUnicode_FromString(s.slice(0, -1));
    }
    return result;
  }
  // bytes from a binary stream: returned as they are, but for the newline.
  const data = bytesLikeData(result);
  if (data === null) {
    Py_DECREF(result);
    return null;
  }
  if (data.length === 0) {
    Py_DECREF(result);
    return PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
  }
  if (data[data.length - 1] === 0x0a) {
    const minusOne = PyLong_FromNumber(-1);
    const upToNewline = PySlice_New(null, minusOne, null);
    Py_DECREF(minusOne);
    const trimmed = PyObject_GetItem(result, upToNewline);
    Py_DECREF(upToNewline);
    Py_DECREF(result);
    return trimmed;
  }
  return result;
}

// -- __build_class__ -----------------------------------------------------------------------------------

/**
 * @cpython update_bases: replace each base that is not a class but has __mro_entries__ by the
 * entries it returns. Returns `bases` itself (not a new reference) when nothing changed.
 */
function update_bases(bases: PyTupleObject, args: PyObject[]): PyTupleObject | null {
  let new_bases: PyObject[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const base = args[i];
    if (PyType_Check(base)) {
      if (new_bases !== null) {
        Py_INCREF(base);
        new_bases.push(base);
      }
      continue;
    }
    const meth = _PyObject_LookupAttr(base, _PyUnicode_FromId("__mro_entries__"));
    if (meth === null) {
      if (new_bases !== null) for (const b of new_bases) Py_DECREF(b);
      return null;
    }
    if (meth === undefined) {
      if (new_bases !== null) {
        Py_INCREF(base);
        new_bases.push(base);
      }
      continue;
    }
    const new_base = PyObject_CallOneArg(meth, bases);
    Py_DECREF(meth);
    if (new_base === null || !PyTuple_Check(new_base)) {
      if (new_base !== null) {
        PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
        Py_DECREF(new_base);
      }
      if (new_bases !== null) for (const b of new_bases) Py_DECREF(b);
      return null;
    }
    if (new_bases === null) {
      new_bases = args.slice(0, i);
      for (const b of new_bases) Py_INCREF(b);
    }
    for (const b of (new_base as PyTupleObject).ob_item) {
      Py_INCREF(b);
      new_bases.push(b);
    }
    Py_DECREF(new_base);
  }
  if (new_bases === null) return bases;
  return _PyTuple_FromArraySteal(new_bases);
}

/**
 * @cpython builtin___build_class__: __build_class__(func, name, /, *bases, [metaclass], **kwds)
 * (see the header for the steps).
 */
function builtin___build_class__(_self: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (nargs < 2) return PyErr_SetString(PyExc_TypeError, "__build_class__: not enough arguments");
  const func = args[0];
  if (func.ob_type !== PyFunction_Type) return PyErr_SetString(PyExc_TypeError, "__build_class__: func must be a function");
  const name = args[1];
  if (!PyUnicode_Check(name)) return PyErr_SetString(PyExc_TypeError, "__build_class__: name is not a string");
  const baseArgs = args.slice(2, nargs);
  const orig_bases = PyTuple_FromArray(baseArgs);
  const bases = update_bases(orig_bases, baseArgs);
  if (bases === null) {
    Py_DECREF(orig_bases);
    return null;
  }

  let meta: PyObject | null = null;
  let mkw: PyDictObject | null = null;
  let ns: PyObject | null = null;
  let cell: PyObject | null = null;
  let cls: PyObject | null = null;
  let isclass = false;
  error: {
    if (kwnames !== null && nkw > 0) {
      // _PyStack_AsDict: the keywords as a dict, from which metaclass= is taken out.
      mkw = PyDict_New();
      for (let i = 0; i < nkw; i++) {
        if (PyDict_SetItem(mkw, kwnames.ob_item[i], args[nargs + i]) < 0) break error;
      }
      const metaKey = _PyUnicode_FromId("metaclass");
      meta = PyDict_GetItemWithError(mkw, metaKey);
      if (meta !== null) {
        Py_INCREF(meta);
        if (PyDict_DelItem(mkw, metaKey) < 0) break error;
        isclass = PyType_Check(meta);
      } else if (PyErr_Occurred()) {
        break error;
      }
    }
    if (meta === null) {
      // No metaclass given: that of the first base, or `type` when there are no bases.
      meta = bases.ob_item.length === 0 ? PyType_Type : bases.ob_item[0].ob_type;
      Py_INCREF(meta);
      isclass = true;
    }
    if (isclass) {
      const winner = _PyType_CalculateMetaclass(meta as PyTypeObject, bases.ob_item);
      if (winner === null) break error;
      if (winner !== meta) {
        Py_DECREF(meta);
        meta = winner;
        Py_INCREF(meta);
      }
    }
    // The namespace the body runs in: meta.__prepare__(name, bases, **kwds), or a new dict.
    const prep = _PyObject_LookupAttr(meta, _PyUnicode_FromId("__prepare__"));
    if (prep === null) {
      ns = null;
    } else if (prep === undefined) {
      ns = PyDict_New();
    } else {
      ns = PyObject_VectorcallDict(prep, [name, bases], mkw);
      Py_DECREF(prep);
    }
    if (ns === null) break error;
    if (!PyMapping_Check(ns)) {
      PyErr_SetString(PyExc_TypeError,
        `${isclass ? (meta as PyTypeObject).tp_name : "<metaclass>"}.__prepare__() must return a mapping, not ${ns.ob_type.tp_name}`);
      break error;
    }
    const tstate = _PyThreadState_GET();
    cell = _PyEval_Vector(tstate, func as PyFunctionObject, ns, [], 0, null);
    if (cell !== null) {
      if (bases !== orig_bases) {
        if (PyObject_SetItem(ns, _PyUnicode_FromId("__orig_bases__"), orig_bases) < 0) break error;
      }
      cls = PyObject_VectorcallDict(meta, [name, bases, ns], mkw);
      if (cls !== null && PyType_Check(cls) && cell instanceof PyCellObject) {
        const cell_cls = cell.ob_ref;
        if (cell_cls !== cls) {
          const nameRepr = reprTruncated(name);
          const clsRepr = nameRepr === null ? null : reprTruncated(cls);
          if (cell_cls === null) {
            if (clsRepr !== null) {
              PyErr_SetString(PyExc_RuntimeError,
                `__class__ not set defining ${nameRepr} as ${clsRepr}. Was __classcell__ propagated to type.__new__?`);
            }
          } else {
            const cellRepr = clsRepr === null ? null : reprTruncated(cell_cls);
            if (cellRepr !== null) {
              PyErr_SetString(PyExc_TypeError, `__class__ set to ${cellRepr} defining ${nameRepr} as ${clsRepr}`);
            }
          }
          Py_DECREF(cls);
          cls = null;
          break error;
        }
      }
    }
  }
  Py_XDECREF(cell);
  Py_XDECREF(ns);
  Py_XDECREF(meta);
  Py_XDECREF(mkw);
  if (bases !== orig_bases) Py_DECREF(orig_bases);
  Py_DECREF(bases);
  return cls;
}

/** The class statement's entry point, for the eval loop. */
export const _PyBuiltin_BuildClass = builtin___build_class__;

// -- __import__ ----------------------------------------------------------------------------------

/** @cpython builtin___import___impl: __import__(name, globals=None, locals=None, fromlist=(), level=0) */
function builtin___import__(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "__import__", ["name", "globals", "locals", "fromlist", "level"], 1, 5, 0);
  if (a === null) return null;
  let level = 0;
  if (a[4] !== null) {
    const l = asCInt(a[4]);
    if (l === null) return null;
    level = l;
  }
  return PyImport_ImportModuleLevelObject(a[0]!, a[1], a[2] ?? Py_None, a[3] ?? Py_None, level);
}

// -- one-argument functions -------------------------------------------------------------------------

/** @cpython builtin_abs */
function builtin_abs(_m: PyObject | null, x: PyObject): PyObject | null {
  return PyNumber_Absolute(x);
}

/** @cpython builtin_all */
function builtin_all(_m: PyObject | null, iterable: PyObject): PyObject | null {
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  const iternext = it.ob_type.tp_iternext!;
  for (;;) {
    const item = iternext(it);
    if (item === null) break;
    const cmp = PyObject_IsTrue(item);
    Py_DECREF(item);
    if (cmp < 0) {
      Py_DECREF(it);
      return null;
    }
    if (cmp === 0) {
      Py_DECREF(it);
      return PyBool_FromLong(0);
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
    PyErr_Clear();
  }
  return PyBool_FromLong(1);
}

/** @cpython builtin_any */
function builtin_any(_m: PyObject | null, iterable: PyObject): PyObject | null {
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  const iternext = it.ob_type.tp_iternext!;
  for (;;) {
    const item = iternext(it);
    if (item === null) break;
    const cmp = PyObject_IsTrue(item);
    Py_DECREF(item);
    if (cmp < 0) {
      Py_DECREF(it);
      return null;
    }
    if (cmp > 0) {
      Py_DECREF(it);
      return PyBool_FromLong(1);
    }
  }
  Py_DECREF(it);
  if (PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
    PyErr_Clear();
  }
  return PyBool_FromLong(0);
}

/** @cpython builtin_ascii */
function builtin_ascii(_m: PyObject | null, obj: PyObject): PyObject | null {
  return PyObject_ASCII(obj);
}

/** @cpython PyNumber_ToBase: the "0b"/"0o"/"0x" text of an integer (via __index__). */
function PyNumber_ToBase(n: PyObject, base: 2 | 8 | 16): PyObject | null {
  const index = PyNumber_Index(n);
  if (index === null) return null;
  const text = _PyLong_Format(index, base);
  Py_DECREF(index);
  return text === null ? null : PyUnicode_FromString(text);
}

/** @cpython builtin_bin */
function builtin_bin(_m: PyObject | null, number: PyObject): PyObject | null {
  return PyNumber_ToBase(number, 2);
}

/** @cpython builtin_oct */
function builtin_oct(_m: PyObject | null, number: PyObject): PyObject | null {
  return PyNumber_ToBase(number, 8);
}

/** @cpython builtin_hex */
function builtin_hex(_m: PyObject | null, number: PyObject): PyObject | null {
  return PyNumber_ToBase(number, 16);
}

/** @cpython builtin_callable */
function builtin_callable(_m: PyObject | null, obj: PyObject): PyObject {
  return PyBool_FromLong(PyCallable_Check(obj) ? 1 : 0);
}

/** @cpython builtin_chr (with PyUnicode_FromOrdinal) */
function builtin_chr(_m: PyObject | null, arg: PyObject): PyObject | null {
  const i = asCInt(arg);
  if (i === null) return null;
  if (i < 0 || i > 0x10ffff) return PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyUnicode_FromString(String.fromCodePoint(i));
}

/** @cpython builtin_hash */
function builtin_hash(_m: PyObject | null, obj: PyObject): PyObject | null {
  const lo = PyObject_Hash(obj);
  const hi = Py_hash.hi;
  if (lo === -1 && hi === -1) return null;
  return hashToLong(lo, hi);
}

/** @cpython builtin_id: the object's (simulated) address. */
function builtin_id(_m: PyObject | null, v: PyObject): PyObject {
  return PyLong_FromNumber(_PyObject_Address(v));
}

/** @cpython builtin_len */
function builtin_len(_m: PyObject | null, obj: PyObject): PyObject | null {
  const res = PyObject_Size(obj);
  if (res < 0) return null;
  if (res >= 2 ** 53 && obj.ob_type === PyRange_Type) {
    // A Py_ssize_t past 2**53 is rounded in a double: a range knows its exact length.
    const len = (obj as rangeobject).length;
    Py_INCREF(len);
    return len;
  }
  return PyLong_FromNumber(res);
}

/** @cpython builtin_ord */
function builtin_ord(_m: PyObject | null, c: PyObject): PyObject | null {
  let size: number;
  if (PyBytes_Check(c) || PyByteArray_Check(c)) {
    const data = bytesLikeData(c);
    if (data === null) return null;
    size = data.length;
    if (size === 1) return PyLong_FromNumber(data[0]);
  } else if (PyUnicode_Check(c)) {
    size = PyUnicode_GET_LENGTH(c);
    if (size === 1) return PyLong_FromNumber(PyUnicode_READ_CHAR(c, 0));
  } else {
    return PyErr_SetString(PyExc_TypeError, `ord() expected string of length 1, but ${c.ob_type.tp_name} found`);
  }
  return PyErr_SetString(PyExc_TypeError, `ord() expected a character, but string of length ${size} found`);
}

/** @cpython builtin_repr */
function builtin_repr(_m: PyObject | null, obj: PyObject): PyObject | null {
  return PyObject_Repr(obj);
}

/** @cpython PyObject_GetAIter (abstract.c) */
function PyObject_GetAIter(o: PyObject): PyObject | null {
  const f = o.ob_type.am_aiter;
  if (f === null) return PyErr_SetString(PyExc_TypeError, `'${o.ob_type.tp_name}' object is not an async iterable`);
  const it = f(o);
  if (it !== null && (it.ob_type.am_anext === null || it.ob_type.am_anext === _PyObject_NextNotImplemented)) {
    PyErr_SetString(PyExc_TypeError, `aiter() returned not an async iterator of type '${it.ob_type.tp_name}'`);
    Py_DECREF(it);
    return null;
  }
  return it;
}

/** @cpython builtin_aiter */
function builtin_aiter(_m: PyObject | null, async_iterable: PyObject): PyObject | null {
  return PyObject_GetAIter(async_iterable);
}

// -- attributes ----------------------------------------------------------------------------------

/** @cpython builtin_getattr: getattr(object, name[, default]) */
function builtin_getattr(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("getattr", args.length, 2, 3)) return null;
  const v = args[0], name = args[1];
  if (args.length > 2) {
    const result = _PyObject_LookupAttr(v, name);
    if (result === undefined) {
      Py_INCREF(args[2]);
      return args[2];
    }
    return result;
  }
  return PyObject_GetAttr(v, name);
}

/** @cpython builtin_hasattr_impl */
function builtin_hasattr(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("hasattr", args.length, 2, 2)) return null;
  const v = _PyObject_LookupAttr(args[0], args[1]);
  if (v === null) return null;
  if (v === undefined) return PyBool_FromLong(0);
  Py_DECREF(v);
  return PyBool_FromLong(1);
}

/** @cpython builtin_setattr_impl */
function builtin_setattr(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("setattr", args.length, 3, 3)) return null;
  if (PyObject_SetAttr(args[0], args[1], args[2]) !== 0) return null;
  return Py_NewNone();
}

/** @cpython builtin_delattr_impl */
function builtin_delattr(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("delattr", args.length, 2, 2)) return null;
  if (PyObject_SetAttr(args[0], args[1], null) !== 0) return null;
  return Py_NewNone();
}

// -- dir and vars --------------------------------------------------------------------------------

/** @cpython PyMapping_Keys: a list of the mapping's keys. @returns new */
function PyMapping_Keys(o: PyObject): PyListObject | null {
  if (PyDict_CheckExact(o)) return PyDict_Keys(o);
  const meth = PyObject_GetAttr(o, _PyUnicode_FromId("keys"));
  if (meth === null) return null;
  const out = PyObject_CallNoArgs(meth);
  Py_DECREF(meth);
  if (out === null) return null;
  const it = PyObject_GetIter(out);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_SetString(PyExc_TypeError, `${o.ob_type.tp_name}.keys() returned a non-iterable (type ${out.ob_type.tp_name})`);
    }
    Py_DECREF(out);
    return null;
  }
  Py_DECREF(out);
  const res = PySequence_List(it);
  Py_DECREF(it);
  return res;
}

/** @cpython _dir_locals: sorted names of the current scope. */
function _dir_locals(): PyObject | null {
  const locals = PyEval_GetLocals();
  if (locals === null) return null;
  const names = PyMapping_Keys(locals);
  Py_DECREF(locals);
  if (names === null) return null;
  if (PyList_Sort(names) < 0) {
    Py_DECREF(names);
    return null;
  }
  return names;
}

/** @cpython _dir_object: sorted(type(obj).__dir__(obj)) */
function _dir_object(obj: PyObject): PyObject | null {
  const dirfunc = lookup_maybe_method(obj, _PyUnicode_FromId("__dir__"));
  let result: PyObject | null;
  if (dirfunc === null) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "object does not provide __dir__");
    return null;
  }
  result = dirfunc.unbound ? PyObject_Vectorcall(dirfunc.func, [obj], null) : PyObject_CallNoArgs(dirfunc.func);
  Py_DECREF(dirfunc.func);
  if (result === null) return null;
  const sorted = PySequence_List(result);
  Py_DECREF(result);
  if (sorted === null) return null;
  if (PyList_Sort(sorted) < 0) {
    Py_DECREF(sorted);
    return null;
  }
  return sorted;
}

/** @cpython builtin_dir (PyObject_Dir): dir([object]) */
function builtin_dir(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("dir", args.length, 0, 1)) return null;
  return args.length === 0 ? _dir_locals() : _dir_object(args[0]);
}

/** @cpython builtin_vars: vars([object]) */
function builtin_vars(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("vars", args.length, 0, 1)) return null;
  if (args.length === 0) return PyEval_GetLocals();
  const d = _PyObject_LookupAttr(args[0], _PyUnicode_FromId("__dict__"));
  if (d === undefined) return PyErr_SetString(PyExc_TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

/** @cpython builtin_globals_impl */
function builtin_globals(_m: PyObject | null): PyObject | null {
  const d = PyEval_GetGlobals();
  if (d === null) return PyErr_SetString(PyExc_SystemError, "frame does not exist");
  Py_INCREF(d);
  return d;
}

/** @cpython builtin_locals_impl */
function builtin_locals(_m: PyObject | null): PyObject | null {
  return PyEval_GetLocals();
}

// -- numbers -------------------------------------------------------------------------------------

/** @cpython builtin_divmod_impl */
function builtin_divmod(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("divmod", args.length, 2, 2)) return null;
  return PyNumber_Divmod(args[0], args[1]);
}

/** @cpython builtin_pow_impl: pow(base, exp, mod=None) */
function builtin_pow(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (kwnames === null && args.length >= 2 && args.length <= 3) {
    return PyNumber_Power(args[0], args[1], args.length === 3 ? args[2] : Py_None);
  }
  const a = _PyArg_UnpackKeywords(args, kwnames, "pow", ["base", "exp", "mod"], 2, 3, 0);
  if (a === null) return null;
  return PyNumber_Power(a[0]!, a[1]!, a[2] ?? Py_None);
}

/** @cpython builtin_round_impl: round(number, ndigits=None) via type(number).__round__ */
function builtin_round(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  let number: PyObject, ndigits: PyObject;
  if (kwnames === null && args.length >= 1 && args.length <= 2) {
    number = args[0];
    ndigits = args.length === 2 ? args[1] : Py_None;
  } else {
    const a = _PyArg_UnpackKeywords(args, kwnames, "round", ["number", "ndigits"], 1, 2, 0);
    if (a === null) return null;
    number = a[0]!;
    ndigits = a[1] ?? Py_None;
  }
  const round = lookup_maybe_method(number, _PyUnicode_FromId("__round__"));
  if (round === null) {
    if (!PyErr_Occurred()) {
      PyErr_SetString(PyExc_TypeError, `type ${number.ob_type.tp_name} doesn't define __round__ method`);
    }
    return null;
  }
  let result: PyObject | null;
  if (round.unbound) {
    result = PyObject_Vectorcall(round.func, ndigits === Py_None ? [number] : [number, ndigits], null);
  } else {
    result = ndigits === Py_None ? PyObject_CallNoArgs(round.func) : PyObject_CallOneArg(round.func, ndigits);
  }
  Py_DECREF(round.func);
  return result;
}

/**
 * @cpython builtin_sum_impl: sum(iterable, /, start=0). Exact ints are added as machine
 * integers while the total fits a C long, exact floats (and ints that fit a C long) as
 * doubles -- plain double addition, no compensated sum, as in 3.11 -- and anything else
 * through the + operator.
 */
function builtin_sum(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  let iterable: PyObject, start: PyObject | null;
  if (kwnames === null && args.length >= 1 && args.length <= 2) {
    iterable = args[0];
    start = args.length === 2 ? args[1] : null;
  } else {
    const a = _PyArg_UnpackKeywords(args, kwnames, "sum", ["", "start"], 1, 2, 0);
    if (a === null) return null;
    iterable = a[0]!;
    start = a[1];
  }
  const iter = PyObject_GetIter(iterable);
  if (iter === null) return null;
  let result: PyObject | null = null;
  if (start === null) {
    result = PyLong_FromNumber(0);
  } else {
    let msg: string | null = null;
    if (PyUnicode_Check(start)) msg = "sum() can't sum strings [use ''.join(seq) instead]";
    else if (PyBytes_Check(start)) msg = "sum() can't sum bytes [use b''.join(seq) instead]";
    else if (PyByteArray_Check(start)) msg = "sum() can't sum bytearray [use b''.join(seq) instead]";
    if (msg !== null) {
      Py_DECREF(iter);
      return PyErr_SetString(PyExc_TypeError, msg);
    }
    Py_INCREF(start);
    result = start;
  }

  if (PyLong_CheckExact(result!)) {
    // The machine-integer loop: i_result stays exact (a number while safe, else a bigint
    // within the C long range).
    let i_result: number | bigint | null = longValueIfCLong(result!);
    if (i_result !== null) {
      Py_DECREF(result!);
      result = null;
    }
    while (result === null) {
      const item = PyIter_Next(iter);
      if (item === null) {
        Py_DECREF(iter);
        if (PyErr_Occurred()) return null;
        return longFromExact(i_result!);
      }
      if (PyLong_CheckExact(item) || item.ob_type === PyBool_Type) {
        const b = longValueIfCLong(item);
        if (b !== null) {
          const s = addWithinCLong(i_result!, b);
          if (s !== null) {
            i_result = s;
            Py_DECREF(item);
            continue;
          }
        }
      }
      // Overflow, or not an exact int: back to objects.
      const acc = longFromExact(i_result!);
      const temp = PyNumber_Add(acc, item);
      Py_DECREF(acc);
      Py_DECREF(item);
      result = temp;
      if (result === null) {
        Py_DECREF(iter);
        return null;
      }
    }
  }

  if (result!.ob_type === PyFloat_Type) {
    let f_result = (result as PyFloatObject).ob_fval;
    Py_DECREF(result!);
    result = null;
    while (result === null) {
      const item = PyIter_Next(iter);
      if (item === null) {
        Py_DECREF(iter);
        if (PyErr_Occurred()) return null;
        return PyFloat_FromDouble(f_result);
      }
      if (item.ob_type === PyFloat_Type) {
        f_result += (item as PyFloatObject).ob_fval;
        Py_DECREF(item);
        continue;
      }
      if (PyLong_Check(item)) {
        const value = longValueIfCLong(item);
        if (value !== null) {
          f_result += Number(value);
          Py_DECREF(item);
          continue;
        }
      }
      const acc = PyFloat_FromDouble(f_result);
      const temp = PyNumber_Add(acc, item);
      Py_DECREF(acc);
      Py_DECREF(item);
      result = temp;
      if (result === null) {
        Py_DECREF(iter);
        return null;
      }
    }
  }

  for (;;) {
    const item = PyIter_Next(iter);
    if (item === null) {
      if (PyErr_Occurred()) {
        Py_DECREF(result!);
        result = null;
      }
      break;
    }
    // Plain + (not +=), so that sum(lists, start) never changes `start` in place.
    const temp = PyNumber_Add(result!, item);
    Py_DECREF(result!);
    Py_DECREF(item);
    result = temp;
    if (result === null) break;
  }
  Py_DECREF(iter);
  return result;
}

/** a + b when the sum fits a C long, else null. */
function addWithinCLong(a: number | bigint, b: number | bigint): number | bigint | null {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  const s = BigInt(a) + BigInt(b);
  if (s < LONG_MIN || s > LONG_MAX) return null;
  return Number.isSafeInteger(Number(s)) && BigInt(Number(s)) === s ? Number(s) : s;
}

function longFromExact(v: number | bigint): PyObject {
  return typeof v === "number" ? PyLong_FromNumber(v) : PyLong_FromBigInt(v);
}

/** @cpython min_max: min/max over one iterable or several arguments, with key= and default=. */
function min_max(args: PyObject[], kwnames: PyTupleObject | null, op: number): PyObject | null {
  const name = op === Py_LT ? "min" : "max";
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  const positional = nargs > 1;
  if (nargs === 0) return PyErr_SetString(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  let keyfunc: PyObject | null = null;
  let defaultval: PyObject | null = null;
  for (let k = 0; k < nkw; k++) {
    const key = (kwnames!.ob_item[k] as PyUnicodeObject).str;
    if (key === "key") keyfunc = args[nargs + k];
    else if (key === "default") defaultval = args[nargs + k];
    else return PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for ${name}()`);
  }
  if (positional && defaultval !== null) {
    return PyErr_SetString(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  let it: PyObject | null = null;
  let pos = 0;
  if (!positional) {
    it = PyObject_GetIter(args[0]);
    if (it === null) return null;
  }
  if (keyfunc === Py_None) keyfunc = null;
  let maxitem: PyObject | null = null;
  let maxval: PyObject | null = null;
  for (;;) {
    let item: PyObject | null;
    if (it === null) {
      if (pos === nargs) break;
      item = args[pos++];
      Py_INCREF(item);
    } else {
      item = PyIter_Next(it);
      if (item === null) break;
    }
    let val: PyObject | null;
    if (keyfunc !== null) {
      val = PyObject_CallOneArg(keyfunc, item);
      if (val === null) {
        Py_DECREF(item);
        return min_max_fail(it, maxitem, maxval);
      }
    } else {
      val = item;
      Py_INCREF(val);
    }
    if (maxval === null) {
      maxitem = item;
      maxval = val;
    } else {
      const cmp = PyObject_RichCompareBool(val, maxval, op);
      if (cmp < 0) {
        Py_DECREF(val);
        Py_DECREF(item);
        return min_max_fail(it, maxitem, maxval);
      }
      if (cmp > 0) {
        Py_DECREF(maxval);
        Py_DECREF(maxitem!);
        maxval = val;
        maxitem = item;
      } else {
        Py_DECREF(item);
        Py_DECREF(val);
      }
    }
  }
  if (PyErr_Occurred()) return min_max_fail(it, maxitem, maxval);
  if (maxval === null) {
    if (defaultval !== null) {
      Py_INCREF(defaultval);
      maxitem = defaultval;
    } else {
      PyErr_SetString(PyExc_ValueError, `${name}() arg is an empty sequence`);
    }
  } else {
    Py_DECREF(maxval);
  }
  if (it !== null) Py_DECREF(it);
  return maxitem;
}

function min_max_fail(it: PyObject | null, maxitem: PyObject | null, maxval: PyObject | null): null {
  Py_XDECREF(maxval);
  Py_XDECREF(maxitem);
  if (it !== null) Py_DECREF(it);
  return null;
}

/** @cpython builtin_min */
function builtin_min(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return min_max(args, kwnames, Py_LT);
}

/** @cpython builtin_max */
function builtin_max(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return min_max(args, kwnames, Py_GT);
}

// -- iteration -----------------------------------------------------------------------------------

/** @cpython builtin_iter: iter(iterable) or iter(callable, sentinel) */
function builtin_iter(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("iter", args.length, 1, 2)) return null;
  const v = args[0];
  if (args.length === 1) return PyObject_GetIter(v);
  if (!PyCallable_Check(v)) return PyErr_SetString(PyExc_TypeError, "iter(v, w): v must be callable");
  return PyCallIter_New(v, args[1]);
}

/** @cpython builtin_next: next(iterator[, default]) */
function builtin_next(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("next", args.length, 1, 2)) return null;
  const it = args[0];
  if (!PyIter_Check(it)) return PyErr_SetString(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  const res = it.ob_type.tp_iternext!(it);
  if (res !== null) return res;
  if (args.length > 1) {
    if (PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_StopIteration)) return null;
      PyErr_Clear();
    }
    Py_INCREF(args[1]);
    return args[1];
  }
  if (PyErr_Occurred()) return null;
  return PyErr_SetNone(PyExc_StopIteration);
}

/** @cpython builtin_anext_impl: anext(aiterator[, default]) */
function builtin_anext(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("anext", args.length, 1, 2)) return null;
  const aiterator = args[0];
  const t = aiterator.ob_type;
  if (t.am_anext === null) return PyErr_SetString(PyExc_TypeError, `'${t.tp_name}' object is not an async iterator`);
  const awaitable = t.am_anext(aiterator);
  if (awaitable === null) return null;
  if (args.length < 2) return awaitable;
  const new_awaitable = PyAnextAwaitable_New(awaitable, args[1]);
  Py_DECREF(awaitable);
  return new_awaitable;
}

/** @cpython builtin_sorted: list(iterable), then list.sort(**kwargs) on it. */
function builtin_sorted(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (!_PyArg_CheckPositional("sorted", nargs, 1, 1)) return null;
  // PySequence_List as CPython writes it: an empty list extended by the iterable (so its
  // capacity is list_extend's, e.g. rounded up to even for a sized input).
  const newlist = PyList_New(0);
  const ext = _PyList_Extend(newlist, args[0]);
  if (ext === null) {
    Py_DECREF(newlist);
    return null;
  }
  Py_DECREF(ext);
  if (nkw === 0) {
    if (PyList_Sort(newlist) < 0) {
      Py_DECREF(newlist);
      return null;
    }
    return newlist;
  }
  const callable = PyObject_GetAttr(newlist, _PyUnicode_FromId("sort"));
  if (callable === null) {
    Py_DECREF(newlist);
    return null;
  }
  const v = PyObject_Vectorcall(callable, args.slice(1), kwnames);
  Py_DECREF(callable);
  if (v === null) {
    Py_DECREF(newlist);
    return null;
  }
  Py_DECREF(v);
  return newlist;
}

// -- type checks ---------------------------------------------------------------------------------

/** @cpython builtin_isinstance_impl */
function builtin_isinstance(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("isinstance", args.length, 2, 2)) return null;
  const r = PyObject_IsInstance(args[0], args[1]);
  if (r < 0) return null;
  return PyBool_FromLong(r);
}

/** @cpython builtin_issubclass_impl */
function builtin_issubclass(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("issubclass", args.length, 2, 2)) return null;
  const r = PyObject_IsSubclass(args[0], args[1]);
  if (r < 0) return null;
  return PyBool_FromLong(r);
}

/** @cpython builtin_format_impl: format(value, format_spec='') */
function builtin_format(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("format", args.length, 1, 2)) return null;
  let spec: PyObject | null = null;
  if (args.length > 1) {
    spec = args[1];
    if (!PyUnicode_Check(spec)) {
      return PyErr_SetString(PyExc_TypeError, `format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
    }
  }
  return PyObject_Format(args[0], spec);
}

// -- printing and reading ------------------------------------------------------------------------------

/** @cpython builtin_print_impl: print(*args, sep=' ', end='\n', file=None, flush=False) */
function builtin_print(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  let sep: PyObject = Py_None, end: PyObject = Py_None, file: PyObject = Py_None;
  let flushArg: PyObject | null = null;
  for (let k = 0; k < nkw; k++) {
    const key = (kwnames!.ob_item[k] as PyUnicodeObject).str;
    const value = args[nargs + k];
    if (key === "sep") sep = value;
    else if (key === "end") end = value;
    else if (key === "file") file = value;
    else if (key === "flush") flushArg = value;
    else return PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for print()`);
  }
  let flush = 0;
  if (flushArg !== null) {
    flush = PyObject_IsTrue(flushArg);
    if (flush < 0) return null;
  }
  const tstate = _PyThreadState_GET();
  if (file === Py_None) {
    const stdout = _PySys_GetAttr(tstate.interp, "stdout");
    if (stdout === null) {
      // DIVERGENCE: before the sys module exists, print straight to the host.
      if (tstate.interp.sysdict === null) return print_to_host(tstate.interp.host, args, nargs, sep, end);
      return PyErr_SetString(PyExc_RuntimeError, "lost sys.stdout");
    }
    if (stdout === Py_None) return Py_NewNone();
    file = stdout;
  }
  if (sep !== Py_None && !PyUnicode_Check(sep)) {
    return PyErr_SetString(PyExc_TypeError, `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  }
  if (end !== Py_None && !PyUnicode_Check(end)) {
    return PyErr_SetString(PyExc_TypeError, `end must be None or a string, not ${end.ob_type.tp_name}`);
  }
  Py_INCREF(file);
  for (let i = 0; i < nargs; i++) {
    if (i > 0) {
      const err = sep === Py_None ? PyFile_WriteString(" ", file) : PyFile_WriteObject(sep, file);
      if (err) {
        Py_DECREF(file);
        return null;
      }
    }
    if (PyFile_WriteObject(args[i], file)) {
      Py_DECREF(file);
      return null;
    }
  }
  const err = end === Py_None ? PyFile_WriteString("\n", file) : PyFile_WriteObject(end, file);
  if (err) {
    Py_DECREF(file);
    return null;
  }
  if (flush) {
    const meth = PyObject_GetAttr(file, _PyUnicode_FromId("flush"));
    const tmp = meth === null ? null : PyObject_CallNoArgs(meth);
    Py_XDECREF(meth);
    if (tmp === null) {
      Py_DECREF(file);
      return null;
    }
    Py_DECREF(tmp);
  }
  Py_DECREF(file);
  return Py_NewNone();
}

/** print() before sys.stdout exists: the same text, written by the host. */
function print_to_host(host: Host, args: PyObject[], nargs: number, sep: PyObject, end: PyObject): PyObject | null {
  if (sep !== Py_None && !PyUnicode_Check(sep)) {
    return PyErr_SetString(PyExc_TypeError, `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  }
  if (end !== Py_None && !PyUnicode_Check(end)) {
    return PyErr_SetString(PyExc_TypeError, `end must be None or a string, not ${end.ob_type.tp_name}`);
  }
  const parts: string[] = [];
  for (let i = 0; i < nargs; i++) {
    const s = PyObject_Str(args[i]);
    if (s === null) return null;
    parts.push((s as PyUnicodeObject).str);
    Py_DECREF(s);
  }
  const sepStr = sep === Py_None ? " " : (sep as PyUnicodeObject).str;
  host.writeStdout(parts.join(sepStr) + (end === Py_None ? "\n" : (end as PyUnicodeObject).str));
  return Py_NewNone();
}

/** A host that can read a line of standard input (the Node host, a browser page). */
type LineReadingHost = Host & { readLine?(): string | null };

/**
 * @cpython builtin_input_impl: input(prompt='') -- write the prompt to sys.stdout, read a line
 * from sys.stdin (the non-interactive path of CPython's input(); no GNU readline here). When
 * the sys module has no stdin, the line comes from the host.
 */
function builtin_input(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("input", args.length, 0, 1)) return null;
  const prompt = args.length > 0 ? args[0] : null;
  const interp = _PyThreadState_GET().interp;
  const fin = _PySys_GetAttr(interp, "stdin");
  const fout = _PySys_GetAttr(interp, "stdout");
  const ferr = _PySys_GetAttr(interp, "stderr");
  if (interp.sysdict !== null) {
    if (fin === Py_None) return PyErr_SetString(PyExc_RuntimeError, "input(): lost sys.stdin");
    if (fout === null || fout === Py_None) return PyErr_SetString(PyExc_RuntimeError, "input(): lost sys.stdout");
    if (ferr === null || ferr === Py_None) return PyErr_SetString(PyExc_RuntimeError, "input(): lost sys.stderr");
  }
  if (ferr !== null) flushQuietly(ferr);
  if (prompt !== null) {
    if (fout !== null) {
      if (PyFile_WriteObject(prompt, fout) !== 0) return null;
    } else {
      const s = PyObject_Str(prompt);
      if (s === null) return null;
      interp.host.writeStdout((s as PyUnicodeObject).str);
      Py_DECREF(s);
    }
  }
  if (fout !== null) flushQuietly(fout);
  if (fin !== null) return PyFile_GetLine(fin);
  // DIVERGENCE: no sys.stdin object yet -- read through the host.
  const host = interp.host as LineReadingHost;
  const line = typeof host.readLine === "function" ? host.readLine() : null;
  if (line === null) return PyErr_SetString(PyExc_EOFError, "EOF when reading a line");
  let text = line;
  if (text.endsWith("\n")) text = text.slice(0, -1);
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return PyUnicode_FromString(text);
}

/** f.flush(), any error ignored. */
function flushQuietly(f: PyObject): void {
  const meth = PyObject_GetAttr(f, _PyUnicode_FromId("flush"));
  const tmp = meth === null ? null : PyObject_CallNoArgs(meth);
  Py_XDECREF(meth);
  if (tmp === null) PyErr_Clear();
  else Py_DECREF(tmp);
}

/** @cpython builtin_breakpoint: sys.breakpointhook(*args, **kws) */
function builtin_breakpoint(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const hook = _PySys_GetAttr(_PyThreadState_GET().interp, "breakpointhook");
  if (hook === null) return PyErr_SetString(PyExc_RuntimeError, "lost sys.breakpointhook");
  Py_INCREF(hook);
  const retval = PyObject_Vectorcall(hook, args, kwnames);
  Py_DECREF(hook);
  return retval;
}

// -- compile, eval, exec ---------------------------------------------------------------------------

// Compiler flags (Include/cpython/compile.h and code.h).
const CO_NESTED = 0x0010;
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
const PyCF_MASK_OBSOLETE = CO_NESTED;
const PyCF_DONT_IMPLY_DEDENT = 0x0200;
const PyCF_ONLY_AST = 0x0400;
const PyCF_TYPE_COMMENTS = 0x1000;
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT |
  PyCF_ALLOW_INCOMPLETE_INPUT;

/**
 * @cpython _Py_SourceAsString: the bytes to compile -- a str as UTF-8, or the contents of a
 * bytes-like object. Null bytes are a SyntaxError.
 */
export function _Py_SourceAsString(cmd: PyObject, funcname: string, what: string): Uint8Array | null {
  let data: Uint8Array | null;
  if (PyUnicode_Check(cmd)) {
    data = unicodeAsUTF8(cmd);
    if (data === null) return null;
  } else if (PyBytes_Check(cmd) || PyByteArray_Check(cmd)) {
    data = bytesLikeData(cmd);
    if (data === null) return null;
  } else {
    // Any other object exporting a buffer (memoryview, array.array, ...) is read as bytes.
    const buf = _PyObject_GetBufferData(cmd);
    if (buf === null) return PyErr_SetString(PyExc_TypeError, `${funcname}() arg 1 must be a ${what} object`);
    data = buf.slice();
  }
  if (data.includes(0)) return PyErr_SetString(PyExc_SyntaxError, "source code string cannot contain null bytes");
  return data;
}

/**
 * Turn the front end's report of a failure into the raised exception: SyntaxError (and its
 * subclasses) get CPython's (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
 */
export function raiseFrontEndError(err: PyFrontEndError, text: string | null | undefined): null {
  const type = _PyExc_LookupName(err.type) ?? PyExc_SyntaxError;
  const s = err.syntax;
  if (s === null) return PyErr_SetString(type, err.msg);
  const t = text === undefined ? s.text : text;
  const info = _PyTuple_FromArraySteal([
    PyUnicode_FromString(s.filename), PyLong_FromNumber(s.lineno), PyLong_FromNumber(s.offset),
    t === null ? Py_NewNone() : PyUnicode_FromString(t), PyLong_FromNumber(s.end_lineno), PyLong_FromNumber(s.end_offset),
  ]);
  const value = _PyTuple_FromArraySteal([PyUnicode_FromString(err.msg), info]);
  PyErr_SetObject(type, value);
  Py_DECREF(value);
  return null;
}

/**
 * @cpython Py_CompileStringObject: source bytes to a code object, or null with the
 * SyntaxError raised. An error found after parsing (symtable, compiler) carries the line
 * CPython reads back from the file named `filename` (none for "<string>"), not from the
 * source given.
 */
function compileSource(source: Uint8Array, filename: string, mode: "exec" | "eval" | "single", optimize: number, flags = 0): PyCodeObjectWrapper | null {
  const host = _PyThreadState_GET().interp.host;
  const warn = (w: { message: string; lineno: number }) => {
    // DIVERGENCE: shown as the default warnings filter shows it, until the warnings module exists.
    const line = getSourceLine(host, filename, w.lineno);
    host.writeStderr(`${filename}:${w.lineno}: SyntaxWarning: ${w.message}\n${line === null ? "" : `  ${line.trim()}\n`}`);
  };
  const co: PyCodeObject | PyFrontEndError = Py_CompileBytes(source, filename, mode, {
    optimize, warn, flags: flags & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT),
  });
  if (co instanceof PyFrontEndError) {
    let text: string | null | undefined = undefined;
    if (co.syntax !== null && !(_PyParser_ASTFromFile(source, filename, mode) instanceof PyFrontEndError)) {
      // PyErr_ProgramTextObject: the line of the named file, if there is such a file.
      const file = host.readFile(filename);
      text = file instanceof Uint8Array ? sourceLine(file, co.syntax.lineno) : null;
    }
    return raiseFrontEndError(co, text);
  }
  const wrapper = codeOf(co);
  Py_INCREF(wrapper);
  return wrapper;
}

/**
 * @cpython Py_CompileStringObject with PyCF_ONLY_AST: the source parsed into ast node
 * objects (ast.parse). The tree is not optimised.
 */
function parseToAST(
  sourceObj: PyObject, source: Uint8Array, filename: string, mode: "exec" | "eval" | "single" | "func_type", flags: number,
  feature_version: number,
): PyObject | null {
  const parseFlags = { type_comments: (flags & PyCF_TYPE_COMMENTS) !== 0, feature_version };
  // A str is already decoded: its coding cookie, if any, is not obeyed (PyCF_IGNORE_COOKIE).
  const tree = PyUnicode_Check(sourceObj)
    ? _PyParser_ASTFromString((sourceObj as PyUnicodeObject).str, filename, mode, parseFlags)
    : _PyParser_ASTFromFile(source, filename, mode, parseFlags);
  if (tree instanceof PyFrontEndError) return raiseFrontEndError(tree, undefined);
  return PyAST_mod2obj(tree);
}

/**
 * @cpython _PyAST_Compile, for compile() of an AST object (already validated): a SyntaxError
 * carries the line CPython reads back from the file named `filename`, if there is one.
 */
function compileAST(tree: mod, filename: string, flags: number, optimize: number): PyObject | null {
  const host = _PyThreadState_GET().interp.host;
  const warn = (w: { message: string; lineno: number }) => {
    const line = getSourceLine(host, filename, w.lineno);
    host.writeStderr(`${filename}:${w.lineno}: SyntaxWarning: ${w.message}\n${line === null ? "" : `  ${line.trim()}\n`}`);
  };
  const error = (msg: string, lineno: number, offset: number, end_lineno = lineno, end_offset = offset): PyFrontEndError => {
    const file = host.readFile(filename);
    const text = file instanceof Uint8Array ? sourceLine(file, lineno) : null;
    return new PyFrontEndError("SyntaxError", msg, { filename, lineno, offset, text, end_lineno, end_offset });
  };
  let co: PyCodeObject;
  try {
    co = _PyAST_Compile(tree, filename, error, { optimize, warn, flags: flags & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT) });
  } catch (e) {
    if (e instanceof PyFrontEndError) return raiseFrontEndError(e, undefined);
    // A tree the validator let through but the compiler cannot handle (D11: no JS error leaks).
    if (e instanceof RangeError) return PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded during compilation");
    return PyErr_SetString(PyExc_SystemError, `compile(): unexpected AST (${e instanceof Error ? e.message : String(e)})`);
  }
  const wrapper = codeOf(co);
  Py_INCREF(wrapper);
  return wrapper;
}

/** @cpython PyUnicode_FSDecoder: a filename given as str, bytes or os.PathLike. */
export function PyUnicode_FSDecoder(arg: PyObject): string | null {
  let path = arg;
  // Another bytes-like object (bytearray, memoryview) is still taken, with a warning.
  const buffer = PyUnicode_Check(path) || PyBytes_Check(path) ? null : _PyObject_GetBufferData(arg);
  if (buffer !== null) {
    if (PyErr_WarnEx(PyExc_DeprecationWarning, `path should be string, bytes, or os.PathLike, not ${arg.ob_type.tp_name}`, 1) < 0) {
      return null;
    }
    path = PyBytes_FromArray(buffer.slice());
  } else if (!PyUnicode_Check(path) && !PyBytes_Check(path)) {
    const fspath = lookup_maybe_method(arg, _PyUnicode_FromId("__fspath__"));
    if (fspath === null) {
      if (PyErr_Occurred()) return null;
      PyErr_SetString(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${arg.ob_type.tp_name}`);
      return null;
    }
    const r = fspath.unbound ? PyObject_Vectorcall(fspath.func, [arg], null) : PyObject_CallNoArgs(fspath.func);
    Py_DECREF(fspath.func);
    if (r === null) return null;
    if (!PyUnicode_Check(r) && !PyBytes_Check(r)) {
      PyErr_SetString(PyExc_TypeError,
        `expected ${arg.ob_type.tp_name}.__fspath__() to return str or bytes, not ${r.ob_type.tp_name}`);
      Py_DECREF(r);
      return null;
    }
    path = r;
  } else {
    Py_INCREF(path);
  }
  let s: string;
  if (PyUnicode_Check(path)) {
    s = (path as PyUnicodeObject).str;
  } else {
    const data = bytesLikeData(path);
    if (data === null) {
      Py_DECREF(path);
      return null;
    }
    s = new TextDecoder("utf-8").decode(data);
  }
  Py_DECREF(path);
  if (s.includes("\0")) {
    PyErr_SetString(PyExc_ValueError, "embedded null character");
    return null;
  }
  return s;
}

/**
 * @cpython builtin_compile_impl: compile(source, filename, mode, flags=0, dont_inherit=False,
 * optimize=-1, *, _feature_version=-1). `source` may be an AST object (validated, then
 * compiled), and PyCF_ONLY_AST asks for the AST instead of code. DIVERGENCE: for source text
 * the future-feature flags (and PyCF_ALLOW_TOP_LEVEL_AWAIT) are checked but not passed to the
 * compiler (an AST object's compilation gets them); nothing is inherited from the caller.
 */
function builtin_compile(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "compile",
    ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3, 6, 0);
  if (a === null) return null;
  const source = a[0]!;
  const filename = PyUnicode_FSDecoder(a[1]!);
  if (filename === null) return null;
  const modeObj = a[2]!;
  if (!PyUnicode_Check(modeObj)) {
    return PyErr_SetString(PyExc_TypeError, `compile() argument 'mode' must be str, not ${modeObj.ob_type.tp_name}`);
  }
  const mode = (modeObj as PyUnicodeObject).str;
  if (mode.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  let flags = 0, optimize = -1;
  if (a[3] !== null) {
    const v = asCInt(a[3]);
    if (v === null) return null;
    flags = v;
  }
  if (a[4] !== null && asCInt(a[4]) === null) return null;
  if (a[5] !== null) {
    const v = asCInt(a[5]);
    if (v === null) return null;
    optimize = v;
  }
  let feature_version = -1;
  if (a[6] !== null) {
    const v = asCInt(a[6]);
    if (v === null) return null;
    feature_version = v;
  }
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) {
    return PyErr_SetString(PyExc_ValueError, "compile(): unrecognised flags");
  }
  if (optimize < -1 || optimize > 2) return PyErr_SetString(PyExc_ValueError, "compile(): invalid optimize value");
  if (mode === "func_type") {
    if (!(flags & PyCF_ONLY_AST)) {
      return PyErr_SetString(PyExc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    }
  } else if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    return PyErr_SetString(PyExc_ValueError, flags & PyCF_ONLY_AST
      ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (optimize === -1) optimize = Py_OptimizeFlag;
  const is_ast = PyAST_Check(source);
  if (is_ast === -1) return null;
  if (is_ast) {
    if (flags & PyCF_ONLY_AST) {
      Py_INCREF(source);
      return source;
    }
    const tree = PyAST_obj2mod(source, mode === "exec" ? 0 : mode === "eval" ? 1 : 2);
    if (tree === null || !_PyAST_Validate(tree)) return null;
    return compileAST(tree, filename, flags, optimize);
  }
  const str = _Py_SourceAsString(source, "compile", "string, bytes or AST");
  if (str === null) return null;
  if (flags & PyCF_ONLY_AST) {
    // The parser's default is the running minor version (cf_feature_version).
    return parseToAST(source, str, filename, mode as "exec" | "eval" | "single" | "func_type", flags, feature_version >= 0 ? feature_version : 11);
  }
  return compileSource(str, filename, mode as "exec" | "eval" | "single", optimize, flags);
}

/** Put the builtins into `globals` unless it already names some (eval, exec). */
function insertBuiltins(globals: PyDictObject): number {
  const key = _PyUnicode_FromId("__builtins__");
  let r = PyDict_Contains(globals, key);
  if (r === 0) r = PyDict_SetItem(globals, key, PyEval_GetBuiltins());
  return r < 0 ? -1 : 0;
}

/** @cpython builtin_eval_impl: eval(source, globals=None, locals=None) */
function builtin_eval(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("eval", args.length, 1, 3)) return null;
  const source = args[0];
  let globals: PyObject | null = args.length > 1 ? args[1] : Py_None;
  let locals: PyObject | null = args.length > 2 ? args[2] : Py_None;
  if (locals !== Py_None && !PyMapping_Check(locals)) return PyErr_SetString(PyExc_TypeError, "locals must be a mapping");
  if (globals !== Py_None && !PyDict_Check(globals)) {
    return PyErr_SetString(PyExc_TypeError,
      PyMapping_Check(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
  }
  if (globals === Py_None) {
    globals = PyEval_GetGlobals();
    if (locals === Py_None) {
      locals = PyEval_GetLocals();
      if (locals === null) return null;
    } else {
      Py_INCREF(locals);
    }
  } else {
    if (locals === Py_None) locals = globals;
    Py_INCREF(locals);
  }
  if (globals === null) {
    Py_DECREF(locals);
    return PyErr_SetString(PyExc_TypeError, "eval must be given globals and locals when called without a frame");
  }
  const result = eval_with(source, globals as PyDictObject, locals);
  Py_DECREF(locals);
  return result;
}

function eval_with(source: PyObject, globals: PyDictObject, locals: PyObject): PyObject | null {
  if (insertBuiltins(globals) < 0) return null;
  if (source.ob_type === PyCode_Type) {
    if ((source as PyCodeObjectWrapper).co.co_nfreevars > 0) {
      return PyErr_SetString(PyExc_TypeError, "code object passed to eval() may not contain free variables");
    }
    return PyEval_EvalCode(source as PyCodeObjectWrapper, globals, locals);
  }
  let str = _Py_SourceAsString(source, "eval", "string, bytes or code");
  if (str === null) return null;
  let i = 0;
  while (i < str.length && (str[i] === 0x20 || str[i] === 0x09)) i++;
  if (i > 0) str = str.subarray(i);
  const code = compileSource(str, "<string>", "eval", Py_OptimizeFlag);
  if (code === null) return null;
  // PyRun_StringFlags: the parse's arena (its constants) lives while the code runs.
  const arena = _PyArena_New();
  _PyArena_AttachCode(arena, code.co);
  const result = PyEval_EvalCode(code, globals, locals);
  _PyArena_Free(arena);
  Py_DECREF(code);
  return result;
}

/** @cpython builtin_exec_impl: exec(source, globals=None, locals=None, /, *, closure=None) */
function builtin_exec(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  let source: PyObject, globals: PyObject | null, locals: PyObject | null, closure: PyObject | null = null;
  if (kwnames === null && args.length >= 1 && args.length <= 3) {
    source = args[0];
    globals = args.length > 1 ? args[1] : Py_None;
    locals = args.length > 2 ? args[2] : Py_None;
  } else {
    const a = _PyArg_UnpackKeywords(args, kwnames, "exec", ["", "", "", "closure"], 1, 3, 0);
    if (a === null) return null;
    source = a[0]!;
    globals = a[1] ?? Py_None;
    locals = a[2] ?? Py_None;
    closure = a[3];
  }
  if (globals === Py_None) {
    globals = PyEval_GetGlobals();
    if (locals === Py_None) {
      locals = PyEval_GetLocals();
      if (locals === null) return null;
    } else {
      Py_INCREF(locals);
    }
    if (globals === null) {
      Py_DECREF(locals);
      return PyErr_SetString(PyExc_SystemError, "globals and locals cannot be NULL");
    }
  } else {
    if (locals === Py_None) locals = globals;
    Py_INCREF(locals);
  }
  const result = exec_with(source, globals, locals, closure === Py_None ? null : closure);
  Py_DECREF(locals);
  return result;
}

function exec_with(source: PyObject, globals: PyObject, locals: PyObject, closure: PyObject | null): PyObject | null {
  if (!PyDict_Check(globals)) {
    return PyErr_SetString(PyExc_TypeError, `exec() globals must be a dict, not ${globals.ob_type.tp_name}`);
  }
  if (!PyMapping_Check(locals)) {
    return PyErr_SetString(PyExc_TypeError, `locals must be a mapping or None, not ${locals.ob_type.tp_name}`);
  }
  if (insertBuiltins(globals) < 0) return null;
  let v: PyObject | null;
  if (source.ob_type === PyCode_Type) {
    const code = source as PyCodeObjectWrapper;
    const num_free = code.co.co_nfreevars;
    if (num_free === 0) {
      if (closure !== null) return PyErr_SetString(PyExc_TypeError, "cannot use a closure with this code object");
    } else {
      const ok = closure !== null && closure.ob_type === PyTuple_Type && (closure as PyTupleObject).ob_item.length === num_free &&
        (closure as PyTupleObject).ob_item.every((c) => c instanceof PyCellObject);
      if (!ok) return PyErr_SetString(PyExc_TypeError, `code object requires a closure of exactly length ${num_free}`);
    }
    if (closure === null) {
      v = PyEval_EvalCode(code, globals, locals);
    } else {
      // PyEval_EvalCodeEx with a closure: a function over the code, run with `locals`.
      const func = PyFunction_NewWithQualName(code, globals, null, PyEval_GetBuiltins());
      Py_INCREF(closure);
      func.func_closure = closure as PyTupleObject;
      v = _PyEval_Vector(_PyThreadState_GET(), func, locals, [], 0, null);
      Py_DECREF(func);
    }
  } else {
    if (closure !== null) return PyErr_SetString(PyExc_TypeError, "closure can only be used when source is a code object");
    const str = _Py_SourceAsString(source, "exec", "string, bytes or code");
    if (str === null) return null;
    const code = compileSource(str, "<string>", "exec", Py_OptimizeFlag);
    if (code === null) return null;
    // PyRun_StringFlags: the parse's arena (its constants) lives while the code runs.
    const arena = _PyArena_New();
    _PyArena_AttachCode(arena, code.co);
    v = PyEval_EvalCode(code, globals, locals);
    _PyArena_Free(arena);
    Py_DECREF(code);
  }
  if (v === null) return null;
  Py_DECREF(v);
  return Py_NewNone();
}

// -- the module ------------------------------------------------------------------------------------

/** A signature line in CPython's __text_signature__ format, then our own description. */
const sig = (name: string, params: string, doc: string): string => `${name}${params}\n--\n\n${doc}`;

const builtin_methods: PyMethodDef[] = [
  { ml_name: "__build_class__", ml_meth: builtin___build_class__, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nMake a class: the helper a class statement calls." },
  { ml_name: "__import__", ml_meth: builtin___import__, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("__import__", "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)",
      "Import a module: what the import statement calls. importlib.import_module() is the friendlier way to import by name.") },
  { ml_name: "abs", ml_meth: builtin_abs, ml_flags: METH_O, ml_doc: sig("abs", "($module, x, /)", "The absolute value of x.") },
  { ml_name: "all", ml_meth: builtin_all, ml_flags: METH_O,
    ml_doc: sig("all", "($module, iterable, /)", "True when every item of the iterable is true (and for an empty one).") },
  { ml_name: "any", ml_meth: builtin_any, ml_flags: METH_O,
    ml_doc: sig("any", "($module, iterable, /)", "True when some item of the iterable is true (False for an empty one).") },
  { ml_name: "ascii", ml_meth: builtin_ascii, ml_flags: METH_O,
    ml_doc: sig("ascii", "($module, obj, /)", "repr(obj) with every non-ASCII character escaped (\\x, \\u or \\U).") },
  { ml_name: "bin", ml_meth: builtin_bin, ml_flags: METH_O,
    ml_doc: sig("bin", "($module, number, /)", "The integer in base 2, as text with a 0b prefix:\n\n   >>> bin(10)\n   '0b1010'") },
  { ml_name: "breakpoint", ml_meth: builtin_breakpoint, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "breakpoint(*args, **kws)\n\nPass the arguments on to sys.breakpointhook(), which by default starts the debugger." },
  { ml_name: "callable", ml_meth: builtin_callable, ml_flags: METH_O,
    ml_doc: sig("callable", "($module, obj, /)", "Whether obj can be called: functions, classes, and instances whose class defines __call__.") },
  { ml_name: "chr", ml_meth: builtin_chr, ml_flags: METH_O,
    ml_doc: sig("chr", "($module, i, /)", "The one-character string of code point i (0 <= i <= 0x10ffff).") },
  { ml_name: "compile", ml_meth: builtin_compile, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("compile", "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)",
      "Compile source text into a code object for exec() or eval().\n\nmode is 'exec' for a module, 'eval' for one expression, 'single' for one interactive\nstatement. filename is what tracebacks will name.") },
  { ml_name: "delattr", ml_meth: builtin_delattr, ml_flags: METH_FASTCALL,
    ml_doc: sig("delattr", "($module, obj, name, /)", "Delete the attribute `name` of obj, as `del obj.name` does.") },
  { ml_name: "dir", ml_meth: builtin_dir, ml_flags: METH_FASTCALL,
    ml_doc: "dir([object]) -> list of strings\n\nWithout an argument, the sorted names of the current scope. With one, the sorted\nnames object.__dir__() reports: for a module its attributes, for a class its\nattributes and those of its bases, for anything else those and its class's." },
  { ml_name: "divmod", ml_meth: builtin_divmod, ml_flags: METH_FASTCALL,
    ml_doc: sig("divmod", "($module, x, y, /)", "The pair (x // y, x % y).") },
  { ml_name: "eval", ml_meth: builtin_eval, ml_flags: METH_FASTCALL,
    ml_doc: sig("eval", "($module, source, globals=None, locals=None, /)",
      "Evaluate an expression (source text or a code object) and return its value.\n\nglobals must be a dict and locals any mapping; they default to the caller's scope.\nWith only globals given, locals is the same dict.") },
  { ml_name: "exec", ml_meth: builtin_exec, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("exec", "($module, source, globals=None, locals=None, /, *, closure=None)",
      "Run statements (source text or a code object).\n\nglobals must be a dict and locals any mapping; they default to the caller's scope.\nclosure supplies the cells a code object with free variables needs.") },
  { ml_name: "format", ml_meth: builtin_format, ml_flags: METH_FASTCALL,
    ml_doc: sig("format", "($module, value, format_spec='', /)", "value.__format__(format_spec): value formatted by the format-spec mini-language.") },
  { ml_name: "getattr", ml_meth: builtin_getattr, ml_flags: METH_FASTCALL,
    ml_doc: "getattr(object, name[, default]) -> value\n\nThe attribute `name` of object, as object.name gives it; with a default, that is\nreturned instead of raising AttributeError when there is no such attribute." },
  { ml_name: "globals", ml_meth: builtin_globals, ml_flags: METH_NOARGS,
    ml_doc: sig("globals", "($module, /)", "The dict of the current module's global names (changes to it are changes to them).") },
  { ml_name: "hasattr", ml_meth: builtin_hasattr, ml_flags: METH_FASTCALL,
    ml_doc: sig("hasattr", "($module, obj, name, /)", "Whether getattr(obj, name) succeeds without AttributeError.") },
  { ml_name: "hash", ml_meth: builtin_hash, ml_flags: METH_O,
    ml_doc: sig("hash", "($module, obj, /)", "The hash of obj. Objects that compare equal hash equal.") },
  { ml_name: "hex", ml_meth: builtin_hex, ml_flags: METH_O,
    ml_doc: sig("hex", "($module, number, /)", "The integer in base 16, as text with a 0x prefix:\n\n   >>> hex(255)\n   '0xff'") },
  { ml_name: "id", ml_meth: builtin_id, ml_flags: METH_O,
    ml_doc: sig("id", "($module, obj, /)", "A number that identifies obj among the objects alive at the same time (its address).") },
  { ml_name: "input", ml_meth: builtin_input, ml_flags: METH_FASTCALL,
    ml_doc: sig("input", "($module, prompt='', /)", "Write the prompt, read one line from standard input and return it without its newline.\n\nEOFError at the end of input.") },
  { ml_name: "isinstance", ml_meth: builtin_isinstance, ml_flags: METH_FASTCALL,
    ml_doc: sig("isinstance", "($module, obj, class_or_tuple, /)", "Whether obj is an instance of the class (or of a subclass), or of one of a tuple of classes.") },
  { ml_name: "issubclass", ml_meth: builtin_issubclass, ml_flags: METH_FASTCALL,
    ml_doc: sig("issubclass", "($module, cls, class_or_tuple, /)", "Whether cls is the class, or derives from it (or from one of a tuple of classes).") },
  { ml_name: "iter", ml_meth: builtin_iter, ml_flags: METH_FASTCALL,
    ml_doc: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nAn iterator over the iterable; or one that calls callable until it returns sentinel." },
  { ml_name: "aiter", ml_meth: builtin_aiter, ml_flags: METH_O,
    ml_doc: sig("aiter", "($module, async_iterable, /)", "The async iterator of an async iterable.") },
  { ml_name: "len", ml_meth: builtin_len, ml_flags: METH_O,
    ml_doc: sig("len", "($module, obj, /)", "The number of items in a container.") },
  { ml_name: "locals", ml_meth: builtin_locals, ml_flags: METH_NOARGS,
    ml_doc: sig("locals", "($module, /)", "A dict of the current scope's local names. Whether changes to it reach the scope is\nleft to the implementation.") },
  { ml_name: "max", ml_meth: builtin_max, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nThe largest item of the iterable, or the largest argument. default is what an empty\niterable gives instead of ValueError." },
  { ml_name: "min", ml_meth: builtin_min, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nThe smallest item of the iterable, or the smallest argument. default is what an empty\niterable gives instead of ValueError." },
  { ml_name: "next", ml_meth: builtin_next, ml_flags: METH_FASTCALL,
    ml_doc: "next(iterator[, default])\n\nThe iterator's next item; when it is exhausted, default if given, else StopIteration." },
  { ml_name: "anext", ml_meth: builtin_anext, ml_flags: METH_FASTCALL,
    ml_doc: sig("anext", "($module, aiterator, default=<unrepresentable>, /)", "async anext(aiterator[, default])\n\nAn awaitable for the async iterator's next item; when it is exhausted, default if\ngiven, else StopAsyncIteration.") },
  { ml_name: "oct", ml_meth: builtin_oct, ml_flags: METH_O,
    ml_doc: sig("oct", "($module, number, /)", "The integer in base 8, as text with a 0o prefix:\n\n   >>> oct(8)\n   '0o10'") },
  { ml_name: "ord", ml_meth: builtin_ord, ml_flags: METH_O,
    ml_doc: sig("ord", "($module, c, /)", "The code point of a one-character string (or the value of a one-byte bytes object).") },
  { ml_name: "pow", ml_meth: builtin_pow, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("pow", "($module, /, base, exp, mod=None)", "base**exp, or base**exp % mod with three arguments (computed without the huge power for ints).") },
  { ml_name: "print", ml_meth: builtin_print, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("print", "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
      "Write the str() of each argument to a stream, sys.stdout unless file is given.\n\n  sep\n    what goes between the values (a space when None).\n  end\n    what comes after the last value (a newline when None).\n  file\n    a stream with a write() method.\n  flush\n    whether to flush the stream afterwards.") },
  { ml_name: "repr", ml_meth: builtin_repr, ml_flags: METH_O,
    ml_doc: sig("repr", "($module, obj, /)", "The printable representation of obj; for many builtin values eval(repr(obj)) == obj.") },
  { ml_name: "round", ml_meth: builtin_round, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("round", "($module, /, number, ndigits=None)", "number rounded to ndigits decimal digits (half to even).\n\nAn int when ndigits is omitted or None, else the type of number. ndigits may be negative.") },
  { ml_name: "setattr", ml_meth: builtin_setattr, ml_flags: METH_FASTCALL,
    ml_doc: sig("setattr", "($module, obj, name, value, /)", "Set the attribute `name` of obj to value, as `obj.name = value` does.") },
  { ml_name: "sorted", ml_meth: builtin_sorted, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("sorted", "($module, iterable, /, *, key=None, reverse=False)", "A new list of the iterable's items in ascending order.\n\nkey gives the value to compare for each item; reverse=True sorts in descending order.") },
  { ml_name: "sum", ml_meth: builtin_sum, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("sum", "($module, iterable, /, start=0)", "start plus the items of the iterable (start itself when it is empty).\n\nMeant for numbers: strings are refused (use ''.join()).") },
  { ml_name: "vars", ml_meth: builtin_vars, ml_flags: METH_FASTCALL,
    ml_doc: "vars([object]) -> dictionary\n\nWithout an argument, locals(); with one, object.__dict__." },
];

/**
 * @cpython _PyBuiltin_Init: the builtins module with its functions, the builtin types and
 * singletons, __debug__ (false under -O) and the exception classes. @returns new
 */
export function _PyBuiltin_Init(_interp: PyInterpreterState, optimize = 0): PyObject | null {
  Py_OptimizeFlag = optimize;
  const mod: PyModuleObject = PyModule_New("builtins");
  const dict = PyModule_GetDict(mod);
  const doc = PyUnicode_FromString(
    "The builtin functions, types, exceptions and constants: the names every module can use\nwithout importing them.\n\nNone is the null object; Ellipsis is what `...` means in a slice.");
  PyDict_SetItemString(dict, "__doc__", doc);
  Py_DECREF(doc);
  PyModule_AddFunctions(mod, builtin_methods);
  const entries: [string, PyObject][] = [
    ["None", Py_None], ["Ellipsis", Py_Ellipsis], ["NotImplemented", Py_NotImplemented], ["False", Py_False],
    ["True", Py_True], ["bool", PyBool_Type], ["bytearray", PyByteArray_Type], ["bytes", PyBytes_Type], ["memoryview", PyMemoryView_Type],
    ["classmethod", PyClassMethod_Type], ["complex", PyComplex_Type], ["dict", PyDict_Type], ["enumerate", PyEnum_Type],
    ["filter", PyFilter_Type], ["float", PyFloat_Type], ["frozenset", PyFrozenSet_Type], ["property", PyProperty_Type],
    ["int", PyLong_Type], ["list", PyList_Type], ["map", PyMap_Type], ["object", PyBaseObject_Type],
    ["range", PyRange_Type], ["reversed", PyReversed_Type], ["set", PySet_Type], ["slice", PySlice_Type],
    ["staticmethod", PyStaticMethod_Type], ["str", PyUnicode_Type], ["super", PySuper_Type], ["tuple", PyTuple_Type],
    ["type", PyType_Type], ["zip", PyZip_Type],
  ];
  for (const [name, obj] of entries) {
    if (obj === undefined) continue; // a type whose file is not written yet
    if (PyDict_SetItemString(dict, name, obj) < 0) return null;
  }
  const debug = PyBool_FromLong(optimize === 0 ? 1 : 0);
  if (PyDict_SetItemString(dict, "__debug__", debug) < 0) return null;
  Py_DECREF(debug);
  if (_PyBuiltins_AddExceptions(dict) < 0) return null;
  return mod;
}

