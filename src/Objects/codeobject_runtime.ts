/**
 * @mirrors Objects/codeobject.c
 * The code object as a Python value (the `code` type), wrapping the compiler's
 * PyCodeObject (codeobject.ts). It adds what the interpreter needs at run time: the
 * constants and names as Python objects, `co_code_adaptive` (the instruction stream the
 * specializing interpreter rewrites in place, as 16-bit code units: opcode | oparg << 8)
 * and the decoded exception table and line table.
 *
 * @typhon The split from codeobject.ts keeps the compiler free of the object model.
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_hash, Py_EQ, Py_NE, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import {
  ConstantFrozenset, ConstantTuple, PyBytes, PyComplex, PyEllipsis, PyNone, type ConstantValue,
} from "../Include/ast_constant.ts";
import { PyCodeObject, all_name_chars, code_repr, type CodeConstant } from "./codeobject.ts";
import { PyUnicode_FromString, PyUnicode_InternFromString, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyLong_FromBigInt, PyLong_FromNumber } from "./longobject.ts";
import { PyFloat_FromDouble } from "./floatobject.ts";
import { PyComplex_FromDoubles } from "./complexobject.ts";
import { PyBytes_FromArray } from "./bytesobject.ts";
import { PyFrozenSet_New, frozenset_insertion_order } from "./setobject.ts";
import { Py_True, Py_False, PyBool_FromLong } from "./boolobject.ts";
import { Py_None, Py_NewNone, _PyObject_AddressString, PyObject_GenericGetAttr, Py_NotImplemented, _Py_HashPointerObject } from "./object.ts";
import { Py_Ellipsis } from "./sliceobject.ts";
import { PyTupleObject, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { _PyList_FromArraySteal } from "./listobject.ts";

export class PyCodeObjectWrapper extends PyObject {
  co: PyCodeObject;
  /** The instruction stream the interpreter runs (CPython's co_code_adaptive). */
  co_code_adaptive: Uint16Array;
  private constsObj: PyObject[] | null;
  private namesObj: PyObject[] | null;
  private localsplusnamesObj: PyObject[] | null;
  /** Exception table as flat arrays of code-unit offsets (start, end, target, depth, lasti). */
  private exctable: Int32Array | null;
  /** One line number per code unit (-1 = none), filled on first need. */
  private lines: Int32Array | null;
  /** Counted calls, for the adaptive interpreter's warm-up (co_warmup). */
  co_warmup: number;
  /** Objects specialized instructions rely on, by instruction index (see specialize.ts). */
  cache_objects: (PyObject | null)[] | null;
  constructor(co: PyCodeObject) {
    super(PyCode_Type);
    this.co = co;
    const units = new Uint16Array(co.co_code.length >> 1);
    for (let i = 0; i < units.length; i++) units[i] = co.co_code[2 * i] | (co.co_code[2 * i + 1] << 8);
    this.co_code_adaptive = units;
    this.constsObj = null;
    this.namesObj = null;
    this.localsplusnamesObj = null;
    this.exctable = null;
    this.lines = null;
    this.co_warmup = 0;
    this.cache_objects = null;
  }

  /** Remember an object for the specialized instruction at `index` (borrowed: types keep it). */
  setCacheObject(index: number, o: PyObject): void {
    if (this.cache_objects === null) this.cache_objects = new Array(this.co_code_adaptive.length).fill(null);
    this.cache_objects[index] = o;
  }

  /** co_consts as Python objects (built once). @returns borrowed */
  consts(): PyObject[] {
    if (this.constsObj === null) this.constsObj = this.co.co_consts.map(constantToObject);
    return this.constsObj;
  }

  /** co_names as interned strs. @returns borrowed */
  names(): PyObject[] {
    if (this.namesObj === null) this.namesObj = this.co.co_names.map((s) => PyUnicode_InternFromString(s));
    return this.namesObj;
  }

  /** co_localsplusnames as interned strs. @returns borrowed */
  localsplusnames(): PyObject[] {
    if (this.localsplusnamesObj === null) {
      this.localsplusnamesObj = this.co.co_localsplusnames.map((s) => PyUnicode_InternFromString(s));
    }
    return this.localsplusnamesObj;
  }

  /** Whether the first constant is the docstring (3.11 keeps None there otherwise). */
  hasDocstring(): boolean {
    return typeof this.co.co_consts[0] === "string";
  }

  /** @cpython get_exception_handler: [target, depth, lasti] for a code-unit index, or null. */
  exceptionHandler(index: number): Int32Array | null {
    let t = this.exctable;
    if (t === null) {
      const entries = this.co.exceptionEntries();
      t = new Int32Array(entries.length * 5);
      entries.forEach((e, i) => {
        t![i * 5] = e.start / 2;
        t![i * 5 + 1] = e.end / 2;
        t![i * 5 + 2] = e.target / 2;
        t![i * 5 + 3] = e.depth;
        t![i * 5 + 4] = e.lasti ? 1 : 0;
      });
      this.exctable = t;
    }
    for (let i = 0; i < t.length; i += 5) {
      if (t[i] > index) return null;
      if (index < t[i + 1]) return t.subarray(i + 2, i + 5);
    }
    return null;
  }

  /** @cpython PyCode_Addr2Line: the line of a byte offset, or -1. */
  addr2line(byteOffset: number): number {
    if (byteOffset < 0) return this.co.co_firstlineno;
    let lines = this.lines;
    if (lines === null) {
      lines = new Int32Array(this.co_code_adaptive.length).fill(-1);
      for (const r of this.co.co_lines()) for (let a = r.start; a < r.end; a += 2) lines[a >> 1] = r.line;
      this.lines = lines;
    }
    const i = byteOffset >> 1;
    return i < lines.length ? lines[i] : -1;
  }
}

/** Each compiler code object gets one Python wrapper. */
const wrappers = new WeakMap<PyCodeObject, PyCodeObjectWrapper>();

/** The Python code object for a compiled code object. @returns borrowed */
export function codeOf(co: PyCodeObject): PyCodeObjectWrapper {
  let w = wrappers.get(co);
  if (w === undefined) {
    w = new PyCodeObjectWrapper(co);
    w.ob_refcnt = 1 << 20; // kept alive by the compiler's tree, like constants
    wrappers.set(co, w);
  }
  return w;
}

/** A front-end constant as the Python object of the same value. @returns new */
export function constantToObject(v: CodeConstant): PyObject {
  switch (typeof v) {
    case "string": return all_name_chars(v) ? PyUnicode_InternFromString(v) : PyUnicode_FromString(v);
    case "bigint": return PyLong_FromBigInt(v);
    case "number": return PyFloat_FromDouble(v);
    case "boolean": return PyBool_FromLong(v ? 1 : 0);
  }
  if (v instanceof PyNone) return Py_NewNone();
  if (v instanceof PyEllipsis) {
    Py_INCREF(Py_Ellipsis);
    return Py_Ellipsis;
  }
  if (v instanceof PyComplex) return PyComplex_FromDoubles(v.real, v.imag);
  if (v instanceof PyBytes) return PyBytes_FromArray(v.value);
  if (v instanceof ConstantTuple) return _PyTuple_FromArraySteal(v.items.map(constantToObject));
  if (v instanceof ConstantFrozenset) {
    const items = _PyList_FromArraySteal(frozenset_insertion_order(v).map(constantToObject));
    return PyFrozenSet_New(items)!;
  }
  if (v instanceof PyCodeObject) {
    const w = codeOf(v);
    Py_INCREF(w);
    return w;
  }
  throw new Error("unknown constant");
}

function code_repr_obj(self: PyObject): PyObject {
  return PyUnicode_FromString(code_repr((self as PyCodeObjectWrapper).co, _PyObject_AddressString(self)));
}

const strs = (a: string[]) => _PyTuple_FromArraySteal(a.map((s) => PyUnicode_InternFromString(s)));
const num = (f: (c: PyCodeObject) => number) => (o: PyObject) => PyLong_FromNumber(f((o as PyCodeObjectWrapper).co));

/** @cpython PyCode_Type */
export const PyCode_Type: PyTypeObject = new PyTypeObject({
  tp_name: "code", tp_basicsize: 200, tp_flags: 0,
  tp_repr: code_repr_obj, tp_getattro: PyObject_GenericGetAttr, tp_hash: _Py_HashPointerObject,
  tp_richcompare: (a, b, op) => {
    if (op !== Py_EQ && op !== Py_NE || !(b instanceof PyCodeObjectWrapper)) {
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
    }
    return PyBool_FromLong((a === b) === (op === Py_EQ) ? 1 : 0);
  },
  tp_getset: [
    { name: "co_argcount", get: num((c) => c.co_argcount) },
    { name: "co_posonlyargcount", get: num((c) => c.co_posonlyargcount) },
    { name: "co_kwonlyargcount", get: num((c) => c.co_kwonlyargcount) },
    { name: "co_stacksize", get: num((c) => c.co_stacksize) },
    { name: "co_flags", get: num((c) => c.co_flags) },
    { name: "co_nlocals", get: num((c) => c.co_nlocals) },
    { name: "co_firstlineno", get: num((c) => c.co_firstlineno) },
    { name: "co_code", get: (o) => PyBytes_FromArray((o as PyCodeObjectWrapper).co.co_code) },
    { name: "_co_code_adaptive", get: (o) => {
      const u = (o as PyCodeObjectWrapper).co_code_adaptive;
      return PyBytes_FromArray(new Uint8Array(u.buffer, u.byteOffset, u.byteLength).slice());
    } },
    { name: "co_linetable", get: (o) => PyBytes_FromArray((o as PyCodeObjectWrapper).co.co_linetable) },
    { name: "co_exceptiontable", get: (o) => PyBytes_FromArray((o as PyCodeObjectWrapper).co.co_exceptiontable) },
    { name: "co_consts", get: (o) => PyTuple_FromArray((o as PyCodeObjectWrapper).consts()) },
    { name: "co_names", get: (o) => PyTuple_FromArray((o as PyCodeObjectWrapper).names()) },
    { name: "co_varnames", get: (o) => strs((o as PyCodeObjectWrapper).co.co_varnames) },
    { name: "co_cellvars", get: (o) => strs((o as PyCodeObjectWrapper).co.co_cellvars) },
    { name: "co_freevars", get: (o) => strs((o as PyCodeObjectWrapper).co.co_freevars) },
    { name: "co_filename", get: (o) => PyUnicode_FromString((o as PyCodeObjectWrapper).co.co_filename) },
    { name: "co_name", get: (o) => PyUnicode_InternFromString((o as PyCodeObjectWrapper).co.co_name) },
    { name: "co_qualname", get: (o) => PyUnicode_InternFromString((o as PyCodeObjectWrapper).co.co_qualname) },
    { name: "co_lnotab", get: (o) => PyBytes_FromArray(new Uint8Array(0)) },
  ],
  tp_methods: [
    { ml_name: "co_lines", ml_meth: (o: PyObject) => {
      const out = (o as PyCodeObjectWrapper).co.co_lines().map((r) =>
        PyTuple_FromArray([PyLong_FromNumber(r.start), PyLong_FromNumber(r.end), r.line < 0 ? Py_None : PyLong_FromNumber(r.line)]));
      return listIter(out);
    }, ml_flags: 0x0004 },
    { ml_name: "co_positions", ml_meth: (o: PyObject) => {
      const n = (x: number) => (x < 0 ? Py_None : PyLong_FromNumber(x));
      const out = (o as PyCodeObjectWrapper).co.co_positions().map((p) =>
        PyTuple_FromArray([n(p.lineno), n(p.end_lineno), n(p.col_offset), n(p.end_col_offset)]));
      return listIter(out);
    }, ml_flags: 0x0004 },
  ],
});

function listIter(items: PyObject[]): PyObject | null {
  const l = _PyList_FromArraySteal(items);
  return l.ob_type.tp_iter!(l);
}

