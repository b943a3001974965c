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
import { _PyArena_AddConsts } from "../Python/pyarena.ts";
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_hash, Py_EQ, Py_NE, Py_TPFLAGS_HAVE_GC, METH_FASTCALL, METH_KEYWORDS } from "../Include/object.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { PyErr_Occurred, PyErr_SetString } from "../Python/errors.ts";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import { toConstant, Unmarshallable } from "../Python/marshal_module.ts";
import {
  ConstantFrozenset, ConstantTuple, PyBytes, PyComplex, PyEllipsis, PyNone, type ConstantValue,
} from "../Include/ast_constant.ts";
import { PyCodeObject, all_name_chars, code_repr, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, type CodeConstant } from "./codeobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternFromString, type PyUnicodeObject } from "./unicodeobject.ts";
import { PyLong_FromBigInt, PyLong_FromNumber, PyLong_AsSsize_t } from "./longobject.ts";
import { PyFloat_FromDouble } from "./floatobject.ts";
import { PyComplex_FromDoubles } from "./complexobject.ts";
import { PyBytes_FromArray, PyBytesObject } from "./bytesobject.ts";
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
  /** Index of the first RESUME (_co_firsttraceable): what comes before it is never traced; -1 until asked. */
  private firsttraceable: number;
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
    this.firsttraceable = -1;
  }

  /** @cpython _co_firsttraceable: the index of the code's first RESUME. */
  firstTraceable(): number {
    if (this.firsttraceable < 0) {
      const code = this.co_code_adaptive;
      let i = 0;
      // RESUME or its quickened form (the code may have been quickened already).
      while (i < code.length && (code[i] & 255) !== 151 && (code[i] & 255) !== 150) i++;
      this.firsttraceable = i;
    }
    return this.firsttraceable;
  }

  /** Remember an object for the specialized instruction at `index` (borrowed: types keep it). */
  setCacheObject(index: number, o: PyObject): void {
    if (this.cache_objects === null) this.cache_objects = new Array(this.co_code_adaptive.length).fill(null);
    this.cache_objects[index] = o;
  }

  /** co_consts as Python objects (built once). @returns borrowed */
  consts(): PyObject[] {
    if (this.constsObj === null) {
      this.constsObj = this.co.co_consts.map(constantToObject);
      if (this.co.c_arena !== null) _PyArena_AddConsts(this.co, this.constsObj);
    }
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
    const fs = PyFrozenSet_New(items)!;
    Py_DECREF(items);
    return fs;
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
  tp_name: "code", tp_basicsize: 200, tp_flags: 0, tp_weaklistoffset: 144,
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
    { ml_name: "replace", ml_meth: code_replace, ml_flags: METH_FASTCALL | METH_KEYWORDS },
    // @cpython code__varname_from_oparg: the local, cell or free variable an oparg names (dis uses it).
    { ml_name: "_varname_from_oparg", ml_meth: (o: PyObject, args: PyObject[], kwnames: PyTupleObject | null) => {
      const a = _PyArg_UnpackKeywords(args, kwnames, "_varname_from_oparg", ["oparg"], 1, 1, 0);
      if (a === null) return null;
      const i = PyLong_AsSsize_t(a[0]!);
      if (i === -1 && PyErr_Occurred()) return null;
      const names = (o as PyCodeObjectWrapper).co.co_localsplusnames;
      if (i < 0 || i >= names.length) return PyErr_SetString(PyExc_IndexError, "tuple index out of range");
      return PyUnicode_InternFromString(names[i]);
    }, ml_flags: METH_FASTCALL | METH_KEYWORDS },
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


const REPLACE_INT_FIELDS = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags", "co_firstlineno"] as const;
const REPLACE_STR_FIELDS = ["co_filename", "co_name", "co_qualname"] as const;
const REPLACE_BYTES_FIELDS = ["co_code", "co_linetable", "co_exceptiontable"] as const;

/**
 * @cpython code_replace_impl: a copy of the code object with the given fields changed.
 * co_varnames, co_cellvars and co_freevars may be renamed but not resized (their kinds stay).
 */
function code_replace(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  if (args.length > nkw) return PyErr_SetString(PyExc_TypeError, "replace() takes no positional arguments");
  const old = (self as PyCodeObjectWrapper).co;
  const co: PyCodeObject = Object.assign(Object.create(Object.getPrototypeOf(old)), old);
  co.co_localsplusnames = [...old.co_localsplusnames];
  for (let i = 0; i < nkw; i++) {
    const key = (kwnames!.ob_item[i] as PyUnicodeObject).str;
    const v = args[i];
    if ((REPLACE_INT_FIELDS as readonly string[]).includes(key) || key === "co_nlocals") {
      const n = PyLong_AsSsize_t(v);
      if (n === -1 && PyErr_Occurred()) return null;
      if (key !== "co_nlocals") (co as unknown as Record<string, number>)[key] = n;
    } else if ((REPLACE_STR_FIELDS as readonly string[]).includes(key)) {
      if (!PyUnicode_Check(v)) return PyErr_SetString(PyExc_TypeError, `replace() argument '${key}' must be str, not ${v.ob_type.tp_name}`);
      (co as unknown as Record<string, string>)[key] = (v as PyUnicodeObject).str;
    } else if ((REPLACE_BYTES_FIELDS as readonly string[]).includes(key)) {
      if (!(v instanceof PyBytesObject)) return PyErr_SetString(PyExc_TypeError, `replace() argument '${key}' must be bytes, not ${v.ob_type.tp_name}`);
      (co as unknown as Record<string, Uint8Array>)[key] = v.ob_sval;
    } else if (key === "co_consts") {
      if (!(v instanceof PyTupleObject)) return PyErr_SetString(PyExc_TypeError, `replace() argument 'co_consts' must be tuple, not ${v.ob_type.tp_name}`);
      try {
        co.co_consts = v.ob_item.map(toConstant);
      } catch (e) {
        if (e instanceof Unmarshallable) return PyErr_SetString(PyExc_ValueError, "typhon: co_consts may only hold constants");
        throw e;
      }
    } else if (key === "co_names" || key === "co_varnames" || key === "co_cellvars" || key === "co_freevars") {
      if (!(v instanceof PyTupleObject) || !v.ob_item.every(PyUnicode_Check)) {
        return PyErr_SetString(PyExc_TypeError, `replace() argument '${key}' must be tuple of str`);
      }
      const names = v.ob_item.map((x) => (x as PyUnicodeObject).str);
      if (key === "co_names") co.co_names = names;
      else {
        const kind = key === "co_varnames" ? CO_FAST_LOCAL : key === "co_cellvars" ? CO_FAST_CELL : CO_FAST_FREE;
        const slots = [...old.co_localspluskinds].map((k, j) => ((k & kind) && !(kind === CO_FAST_LOCAL && (k & CO_FAST_CELL)) ? j : -1)).filter((j) => j >= 0);
        if (slots.length !== names.length) return PyErr_SetString(PyExc_ValueError, `typhon: replace() cannot change the number of ${key}`);
        slots.forEach((j, n) => { co.co_localsplusnames[j] = names[n]; });
      }
    } else {
      return PyErr_SetString(PyExc_TypeError, `replace() got an unexpected keyword argument '${key}'`);
    }
  }
  const w = codeOf(co);
  Py_INCREF(w);
  return w;
}
