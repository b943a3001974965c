/**
 * @mirrors Modules/symtablemodule.c
 * The `_symtable` module behind Lib/symtable.py: symtable(source, filename, startstr) runs
 * the compiler's first two passes (parse, then the symbol table of Python/symtable.ts) and
 * hands back the module's entry, whose `children` are the entries of the classes,
 * functions, lambdas and comprehensions inside it. `symbols` maps each name to its flags,
 * the DEF_* bits of how the block uses it plus its scope above SCOPE_OFF:
 *
 *   >>> _symtable.symtable("def f(a):\n    return a + b", "m", "exec").children[0].symbols
 *   {'a': 2060, 'b': 6160}       # a: DEF_PARAM|USE, LOCAL;  b: USE, GLOBAL_IMPLICIT
 *
 * DIVERGENCE: CPython's entry objects are the compiler's own structs (PySTEntry_Type in
 * Python/symtable.c). typhon's compiler keeps plain TypeScript entries, so this file makes
 * a Python "symtable entry" object for each one, with the same read-only members.
 */
import {
  PyObject, PyTypeObject, Py_INCREF, Py_DECREF, METH_FASTCALL, METH_KEYWORDS, type PyMemberDef, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetObject } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_SyntaxError } from "../Objects/exceptions.ts";
import { Py_None, _PyObject_Address, PyObject_GenericGetAttr, PyObject_SetAttr } from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddIntConstant } from "../Objects/moduleobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternFromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyDict_New, PyDict_SetItem } from "../Objects/dictobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { PyType_Ready } from "../Objects/typeobject.ts";
import { PyObject_CallOneArg } from "../Objects/call.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { _PyParser_ASTFromFile } from "../Parser/peg_api.ts";
import { _PyFuture_FromAST } from "../Python/future.ts";
import {
  _PySymtable_Build, type PySTEntryObject, type BlockType,
  USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM, DEF_FREE, DEF_FREE_CLASS, DEF_IMPORT, DEF_BOUND, DEF_ANNOT,
  LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, SCOPE_OFFSET, SCOPE_MASK,
} from "../Python/symtable.ts";
import { _Py_SourceAsString, PyUnicode_FSDecoder, raiseFrontEndError } from "../Python/bltinmodule.ts";
import { sourceLine } from "../Python/pythonrun.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

/** The block types (enum _block_type) as the module numbers them. */
const BLOCK_TYPE: Record<BlockType, number> = { FunctionBlock: 0, ClassBlock: 1, ModuleBlock: 2, AnnotationBlock: 3 };

/** A symbol table entry as Python sees it (the members of CPython's PySTEntryObject). */
class PySTEntryPyObject extends PyObject {
  ste_id: PyObject;
  ste_name: PyObject;
  ste_symbols: PyObject;
  ste_varnames: PyObject;
  ste_children: PyObject;
  ste_nested: number;
  ste_type: number;
  ste_lineno: number;
  constructor(type: PyTypeObject, ste: PySTEntryObject) {
    super(type);
    // CPython's id is the address of the AST node that opened the block; the entry's own
    // address serves as well (unique while the entry lives).
    this.ste_id = PyLong_FromNumber(_PyObject_Address(this));
    this.ste_name = PyUnicode_InternFromString(ste.ste_name);
    const symbols = PyDict_New();
    for (const [name, flags] of ste.ste_symbols) {
      const k = PyUnicode_InternFromString(name);
      const v = PyLong_FromNumber(flags);
      PyDict_SetItem(symbols, k, v);
      Py_DECREF(k);
      Py_DECREF(v);
    }
    this.ste_symbols = symbols;
    this.ste_varnames = _PyList_FromArraySteal(ste.ste_varnames.map((n) => PyUnicode_InternFromString(n)));
    this.ste_children = _PyList_FromArraySteal(ste.ste_children.map((c) => new PySTEntryPyObject(type, c)));
    this.ste_nested = ste.ste_nested ? 1 : 0;
    this.ste_type = BLOCK_TYPE[ste.ste_type];
    this.ste_lineno = ste.ste_lineno;
  }
}

/** @cpython ste_repr: `<symtable entry NAME(ID), line N>` */
function ste_repr(self: PyObject): PyObject {
  const ste = self as PySTEntryPyObject;
  return PyUnicode_FromString(
    `<symtable entry ${(ste.ste_name as PyUnicodeObject).str}(${_PyObject_Address(ste)}), line ${ste.ste_lineno}>`);
}

/** @cpython ste_dealloc */
function ste_dealloc(self: PyObject): void {
  const ste = self as PySTEntryPyObject;
  Py_DECREF(ste.ste_id);
  Py_DECREF(ste.ste_name);
  Py_DECREF(ste.ste_symbols);
  Py_DECREF(ste.ste_varnames);
  Py_DECREF(ste.ste_children);
}

const ref = (o: PyObject): PyObject => {
  Py_INCREF(o);
  return o;
};

/** @cpython ste_memberlist (all read-only) */
const ste_memberlist: PyMemberDef[] = [
  { name: "id", get: (o) => ref((o as PySTEntryPyObject).ste_id) },
  { name: "name", get: (o) => ref((o as PySTEntryPyObject).ste_name) },
  { name: "symbols", get: (o) => ref((o as PySTEntryPyObject).ste_symbols) },
  { name: "varnames", get: (o) => ref((o as PySTEntryPyObject).ste_varnames) },
  { name: "children", get: (o) => ref((o as PySTEntryPyObject).ste_children) },
  { name: "nested", get: (o) => PyLong_FromNumber((o as PySTEntryPyObject).ste_nested) },
  { name: "type", get: (o) => PyLong_FromNumber((o as PySTEntryPyObject).ste_type) },
  { name: "lineno", get: (o) => PyLong_FromNumber((o as PySTEntryPyObject).ste_lineno) },
];

/** @cpython PySTEntry_Type */
export const PySTEntry_Type: PyTypeObject = new PyTypeObject({
  tp_name: "symtable entry", tp_basicsize: 104,
  tp_dealloc: ste_dealloc, tp_repr: ste_repr, tp_getattro: PyObject_GenericGetAttr, tp_members: ste_memberlist,
});

/**
 * A SyntaxError from the symbol table pass: CPython raises it with the message alone as
 * its args and the location set as attributes (PyErr_RangedSyntaxLocationObject), the line's
 * text read from the file `filename` names, if any.
 */
function raiseSymtableError(err: PyFrontEndError): null {
  const s = err.syntax;
  if (s === null || err.type !== "SyntaxError") return raiseFrontEndError(err, undefined);
  const msg = PyUnicode_FromString(err.msg);
  const exc = PyObject_CallOneArg(PyExc_SyntaxError, msg);
  Py_DECREF(msg);
  if (exc === null) return null;
  const attrs: [string, PyObject][] = [
    ["lineno", PyLong_FromNumber(s.lineno)], ["offset", PyLong_FromNumber(s.offset)],
    ["end_lineno", PyLong_FromNumber(s.end_lineno)], ["end_offset", PyLong_FromNumber(s.end_offset)],
    ["filename", PyUnicode_FromString(s.filename)],
    ["text", s.text === null ? (Py_INCREF(Py_None), Py_None) : PyUnicode_FromString(s.text)],
  ];
  for (const [name, value] of attrs) {
    PyObject_SetAttr(exc, PyUnicode_InternFromString(name), value);
    Py_DECREF(value);
  }
  PyErr_SetObject(PyExc_SyntaxError, exc);
  Py_DECREF(exc);
  return null;
}

/**
 * @cpython _symtable_symtable_impl: symtable(source, filename, startstr, /), the module's
 * symbol table entry (the parse and symbol-table passes of _Py_SymtableStringObjectFlags).
 */
function _symtable_symtable(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("_symtable.symtable", kwnames)) return null;
  if (!_PyArg_CheckPositional("symtable", args.length, 3, 3)) return null;
  const filename = PyUnicode_FSDecoder(args[1]);
  if (filename === null) return null;
  if (!PyUnicode_Check(args[2])) {
    return PyErr_SetString(PyExc_TypeError, `symtable() argument 3 must be str, not ${args[2].ob_type.tp_name}`);
  }
  const startstr = (args[2] as PyUnicodeObject).str;
  if (startstr.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  const str = _Py_SourceAsString(args[0], "symtable", "string or bytes");
  if (str === null) return null;
  if (startstr !== "exec" && startstr !== "eval" && startstr !== "single") {
    return PyErr_SetString(PyExc_ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  }
  const tree = _PyParser_ASTFromFile(str, filename, startstr);
  if (tree instanceof PyFrontEndError) return raiseFrontEndError(tree, undefined);
  const host = _PyThreadState_GET().interp.host;
  const error = (msg: string, lineno: number, offset: number, end_lineno = lineno, end_offset = offset): PyFrontEndError => {
    const file = host.readFile(filename);
    const text = file instanceof Uint8Array ? sourceLine(file, lineno) : null;
    return new PyFrontEndError("SyntaxError", msg, { filename, lineno, offset, text, end_lineno, end_offset });
  };
  let top: PySTEntryObject;
  try {
    const future = _PyFuture_FromAST(tree, error);
    top = _PySymtable_Build(tree, filename, future, error).st_top;
  } catch (e) {
    if (e instanceof PyFrontEndError) return raiseSymtableError(e);
    throw e;
  }
  return new PySTEntryPyObject(PySTEntry_Type, top);
}

const symtable_methods: PyMethodDef[] = [
  {
    ml_name: "symtable", ml_meth: _symtable_symtable, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "symtable($module, source, filename, startstr, /)\n--\n\nThe symbol table of the source's top level, with the tables of its\nnested scopes as children: what the compiler decides about every name.",
  },
];

/** @cpython PyInit__symtable (symtable_init_stentry_type, symtable_init_constants) */
export function PyInit__symtable(): PyObject | null {
  if (PyType_Ready(PySTEntry_Type) < 0) return null;
  const m = PyModule_Create("_symtable", null, symtable_methods);
  const constants: [string, number][] = [
    ["USE", USE], ["DEF_GLOBAL", DEF_GLOBAL], ["DEF_NONLOCAL", DEF_NONLOCAL], ["DEF_LOCAL", DEF_LOCAL],
    ["DEF_PARAM", DEF_PARAM], ["DEF_FREE", DEF_FREE], ["DEF_FREE_CLASS", DEF_FREE_CLASS], ["DEF_IMPORT", DEF_IMPORT],
    ["DEF_BOUND", DEF_BOUND], ["DEF_ANNOT", DEF_ANNOT],
    ["TYPE_FUNCTION", BLOCK_TYPE.FunctionBlock], ["TYPE_CLASS", BLOCK_TYPE.ClassBlock], ["TYPE_MODULE", BLOCK_TYPE.ModuleBlock],
    ["LOCAL", LOCAL], ["GLOBAL_EXPLICIT", GLOBAL_EXPLICIT], ["GLOBAL_IMPLICIT", GLOBAL_IMPLICIT], ["FREE", FREE], ["CELL", CELL],
    ["SCOPE_OFF", SCOPE_OFFSET], ["SCOPE_MASK", SCOPE_MASK],
  ];
  for (const [name, value] of constants) {
    if (PyModule_AddIntConstant(m, name, value) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  return m;
}
