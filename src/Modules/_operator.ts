/**
 * @mirrors Modules/_operator.c
 * The `_operator` module behind Lib/operator.py: one function per operator (add, getitem,
 * iadd, lt, ... each a thin call of the abstract-object API, so operator.add(a, b) does
 * exactly what `a + b` does), a few helpers (truth, index, length_hint, call, countOf,
 * indexOf, the timing-safe _compare_digest), and the callable types attrgetter,
 * itemgetter and methodcaller with their reprs and pickling support.
 *
 * attrgetter splits dotted names once, at creation: attrgetter('a.b', 'c') stores
 * (('a', 'b'), 'c') and follows the chain on each call.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_IMMUTABLETYPE,
  METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef,
} from "../Include/object.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_RuntimeError } from "../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_IsTrue, PyObject_Not, PyObject_RichCompare, PyObject_GetAttr,
  PyObject_GenericGetAttr, Py_ReprEnter, Py_ReprLeave, reprString, strString,
} from "../Objects/object.ts";
import { PyBool_FromLong, Py_True, Py_False } from "../Objects/boolobject.ts";
import { PyType_IsSubtype } from "../Objects/typeobject.ts";
import {
  PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply, PyNumber_MatrixMultiply, PyNumber_FloorDivide,
  PyNumber_TrueDivide, PyNumber_Remainder, PyNumber_Negative, PyNumber_Positive, PyNumber_Absolute, PyNumber_Invert,
  PyNumber_Lshift, PyNumber_Rshift, PyNumber_And, PyNumber_Xor, PyNumber_Or, PyNumber_InPlaceAdd,
  PyNumber_InPlaceSubtract, PyNumber_InPlaceMultiply, PyNumber_InPlaceMatrixMultiply, PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceTrueDivide, PyNumber_InPlaceRemainder, PyNumber_InPlaceLshift, PyNumber_InPlaceRshift,
  PyNumber_InPlaceAnd, PyNumber_InPlaceXor, PyNumber_InPlaceOr, PyNumber_Power, PyNumber_InPlacePower,
  PySequence_Contains, _PySequence_IterSearch, PY_ITERSEARCH_COUNT, PY_ITERSEARCH_INDEX, PyObject_GetItem,
  PyObject_SetItem, PyObject_DelItem, PyObject_LengthHint,
} from "../Objects/abstract.ts";
import { PyNumber_Index, PyLong_FromNumber, PyLong_CheckExact, PyLong_AsSsize_t, PyNumber_AsSsize_t } from "../Objects/longobject.ts";
import { PyTupleObject, PyTuple_FromArray, PyTuple_CheckExact, _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { PyDictObject, PyDict_New, PyDict_SetItem, PyDict_GET_SIZE, _PyDict_Items } from "../Objects/dictobject.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternInPlace } from "../Objects/unicodeobject.ts";
import { _PyObject_GetBufferData, PyObject_CheckBuffer } from "../Objects/bytesobject.ts";
import { PyObject_Vectorcall, _PyStack_UnpackDict } from "../Objects/call.ts";
import { _PySequence_Check } from "../Objects/iterobject.ts";
import { PyImport_ImportModule } from "../Python/import.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, positionalCount } from "../Python/getargs.ts";

type Binary = (a: PyObject, b: PyObject) => PyObject | null;

// -- the operator functions ------------------------------------------------------------------------

/** A `name(a, b, /)` function (the clinic form of _operator.add and its siblings). */
function binary(name: string, op: Binary) {
  return (_module: PyObject, args: PyObject[]): PyObject | null => {
    if (!_PyArg_CheckPositional(name, args.length, 2, 2)) return null;
    return op(args[0], args[1]);
  };
}

/** @cpython binary_op1 (abstract.c) for nb_add: NotImplemented when neither side adds. */
function nb_add_op1(v: PyObject, w: PyObject): PyObject | null {
  const slotv = v.ob_type.nb_add;
  let slotw = w.ob_type !== v.ob_type ? w.ob_type.nb_add : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(w.ob_type, v.ob_type)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x!);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x!);
  }
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

function cannot_concat(s: PyObject): null {
  return PyErr_SetString(PyExc_TypeError, `'${s.ob_type.tp_name}' object can't be concatenated`);
}

/**
 * @cpython PySequence_Concat: sq_concat, else `+` when both operands are sequences (classes
 * written in Python have only nb_add).
 */
export function PySequence_Concat(s: PyObject, o: PyObject): PyObject | null {
  const concat = s.ob_type.sq_concat;
  if (concat !== null) return concat(s, o);
  if (_PySequence_Check(s) && _PySequence_Check(o)) {
    const result = nb_add_op1(s, o);
    if (result !== Py_NotImplemented) return result;
    Py_DECREF(result!);
  }
  return cannot_concat(s);
}

/** @cpython PySequence_InPlaceConcat */
export function PySequence_InPlaceConcat(s: PyObject, o: PyObject): PyObject | null {
  const t = s.ob_type;
  if (t.sq_inplace_concat !== null) return t.sq_inplace_concat(s, o);
  if (t.sq_concat !== null) return t.sq_concat(s, o);
  if (_PySequence_Check(s) && _PySequence_Check(o)) {
    const iadd = t.nb_inplace_add;
    if (iadd !== null) {
      const x = iadd(s, o);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x!);
    }
    const result = nb_add_op1(s, o);
    if (result !== Py_NotImplemented) return result;
    Py_DECREF(result!);
  }
  return cannot_concat(s);
}

/** @cpython _operator_truth_impl */
function _operator_truth(_module: PyObject, a: PyObject): PyObject | null {
  const r = PyObject_IsTrue(a);
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython _operator_not__impl */
function _operator_not_(_module: PyObject, a: PyObject): PyObject | null {
  const r = PyObject_Not(a);
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython _operator_contains_impl: `b in a` (note the order). */
function _operator_contains(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("contains", args.length, 2, 2)) return null;
  const r = PySequence_Contains(args[0], args[1]);
  return r < 0 ? null : PyBool_FromLong(r);
}

/** @cpython _operator_indexOf_impl (PySequence_Index) */
function _operator_indexOf(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("indexOf", args.length, 2, 2)) return null;
  const r = _PySequence_IterSearch(args[0], args[1], PY_ITERSEARCH_INDEX);
  return r === -1 && PyErr_Occurred() ? null : PyLong_FromNumber(r);
}

/** @cpython _operator_countOf_impl (PySequence_Count) */
function _operator_countOf(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("countOf", args.length, 2, 2)) return null;
  const r = _PySequence_IterSearch(args[0], args[1], PY_ITERSEARCH_COUNT);
  return r === -1 && PyErr_Occurred() ? null : PyLong_FromNumber(r);
}

/** @cpython _operator_setitem_impl */
function _operator_setitem(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("setitem", args.length, 3, 3)) return null;
  if (PyObject_SetItem(args[0], args[1], args[2]) < 0) return null;
  return Py_NewNone();
}

/** @cpython _operator_delitem_impl */
function _operator_delitem(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("delitem", args.length, 2, 2)) return null;
  if (PyObject_DelItem(args[0], args[1]) < 0) return null;
  return Py_NewNone();
}

function is_(a: PyObject, b: PyObject): PyObject {
  const r = a === b ? Py_True : Py_False;
  Py_INCREF(r);
  return r;
}

function is_not(a: PyObject, b: PyObject): PyObject {
  const r = a !== b ? Py_True : Py_False;
  Py_INCREF(r);
  return r;
}

/** @cpython _operator_length_hint_impl: length_hint(obj, default=0, /) */
function _operator_length_hint(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("length_hint", args.length, 1, 2)) return null;
  let default_value = 0;
  if (args.length > 1) {
    default_value = PyNumber_AsSsize_t(args[1], null);
    if (default_value === -1 && PyErr_Occurred()) return null;
  }
  const r = PyObject_LengthHint(args[0], default_value);
  return r === -1 && PyErr_Occurred() ? null : PyLong_FromNumber(r);
}

/**
 * @cpython _tscmp: compare two byte strings in time that depends only on the length of
 * `b` (every byte is looked at, whether or not the strings match).
 */
function _tscmp(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const length = b.length;
  let left: ArrayLike<number>;
  let result: number;
  if (a.length === length) {
    left = a;
    result = 0;
  } else {
    left = b;
    result = 1;
  }
  for (let i = 0; i < length; i++) result |= left[i] ^ b[i];
  return result === 0;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** @cpython _operator__compare_digest_impl */
export function _operator__compare_digest(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_compare_digest", args.length, 2, 2)) return null;
  const [a, b] = args;
  if (PyUnicode_Check(a) && PyUnicode_Check(b)) {
    const sa = (a as PyUnicodeObject).str, sb = (b as PyUnicodeObject).str;
    if (NON_ASCII.test(sa) || NON_ASCII.test(sb)) {
      return PyErr_SetString(PyExc_TypeError, "comparing strings with non-ASCII characters is not supported");
    }
    const ca = new Array<number>(sa.length), cb = new Array<number>(sb.length);
    for (let i = 0; i < sa.length; i++) ca[i] = sa.charCodeAt(i);
    for (let i = 0; i < sb.length; i++) cb[i] = sb.charCodeAt(i);
    return PyBool_FromLong(_tscmp(ca, cb) ? 1 : 0);
  }
  if (!PyObject_CheckBuffer(a) && !PyObject_CheckBuffer(b)) {
    return PyErr_SetString(PyExc_TypeError,
      `unsupported operand types(s) or combination of types: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`);
  }
  const va = _PyObject_GetBufferData(a);
  if (va === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${a.ob_type.tp_name}'`);
  const vb = _PyObject_GetBufferData(b);
  if (vb === null) return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${b.ob_type.tp_name}'`);
  return PyBool_FromLong(_tscmp(va, vb) ? 1 : 0);
}

/** @cpython _operator_call: call(obj, /, *args, **kwargs) */
function _operator_call(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_CheckPositional("call", positionalCount(args, kwnames), 1, Infinity)) return null;
  return PyObject_Vectorcall(args[0], args.slice(1), kwnames);
}

function unary(op: (a: PyObject) => PyObject | null) {
  return (_module: PyObject, a: PyObject): PyObject | null => op(a);
}

const SAME_AS = (s: string): string => `Same as ${s}.`;

const operator_methods: PyMethodDef[] = [
  { ml_name: "truth", ml_meth: _operator_truth, ml_flags: METH_O, ml_doc: "Return True if a is true, False otherwise." },
  { ml_name: "contains", ml_meth: _operator_contains, ml_flags: METH_FASTCALL, ml_doc: "Same as b in a (note reversed operands)." },
  { ml_name: "indexOf", ml_meth: _operator_indexOf, ml_flags: METH_FASTCALL, ml_doc: "Return the first index of b in a." },
  { ml_name: "countOf", ml_meth: _operator_countOf, ml_flags: METH_FASTCALL, ml_doc: "Return the number of items in a which are, or which equal, b." },
  { ml_name: "is_", ml_meth: binary("is_", is_), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a is b") },
  { ml_name: "is_not", ml_meth: binary("is_not", is_not), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a is not b") },
  { ml_name: "index", ml_meth: unary((a) => PyNumber_Index(a)), ml_flags: METH_O, ml_doc: "Same as a.__index__()" },
  { ml_name: "add", ml_meth: binary("add", (a, b) => PyNumber_Add(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a + b") },
  { ml_name: "sub", ml_meth: binary("sub", (a, b) => PyNumber_Subtract(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a - b") },
  { ml_name: "mul", ml_meth: binary("mul", (a, b) => PyNumber_Multiply(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a * b") },
  { ml_name: "matmul", ml_meth: binary("matmul", (a, b) => PyNumber_MatrixMultiply(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a @ b") },
  { ml_name: "floordiv", ml_meth: binary("floordiv", (a, b) => PyNumber_FloorDivide(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a // b") },
  { ml_name: "truediv", ml_meth: binary("truediv", (a, b) => PyNumber_TrueDivide(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a / b") },
  { ml_name: "mod", ml_meth: binary("mod", (a, b) => PyNumber_Remainder(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a % b") },
  { ml_name: "neg", ml_meth: unary((a) => PyNumber_Negative(a)), ml_flags: METH_O, ml_doc: SAME_AS("-a") },
  { ml_name: "pos", ml_meth: unary((a) => PyNumber_Positive(a)), ml_flags: METH_O, ml_doc: SAME_AS("+a") },
  { ml_name: "abs", ml_meth: unary((a) => PyNumber_Absolute(a)), ml_flags: METH_O, ml_doc: SAME_AS("abs(a)") },
  { ml_name: "inv", ml_meth: unary((a) => PyNumber_Invert(a)), ml_flags: METH_O, ml_doc: SAME_AS("~a") },
  { ml_name: "invert", ml_meth: unary((a) => PyNumber_Invert(a)), ml_flags: METH_O, ml_doc: SAME_AS("~a") },
  { ml_name: "lshift", ml_meth: binary("lshift", (a, b) => PyNumber_Lshift(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a << b") },
  { ml_name: "rshift", ml_meth: binary("rshift", (a, b) => PyNumber_Rshift(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a >> b") },
  { ml_name: "not_", ml_meth: _operator_not_, ml_flags: METH_O, ml_doc: SAME_AS("not a") },
  { ml_name: "and_", ml_meth: binary("and_", (a, b) => PyNumber_And(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a & b") },
  { ml_name: "xor", ml_meth: binary("xor", (a, b) => PyNumber_Xor(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a ^ b") },
  { ml_name: "or_", ml_meth: binary("or_", (a, b) => PyNumber_Or(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a | b") },
  { ml_name: "iadd", ml_meth: binary("iadd", (a, b) => PyNumber_InPlaceAdd(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a += b") },
  { ml_name: "isub", ml_meth: binary("isub", (a, b) => PyNumber_InPlaceSubtract(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a -= b") },
  { ml_name: "imul", ml_meth: binary("imul", (a, b) => PyNumber_InPlaceMultiply(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a *= b") },
  { ml_name: "imatmul", ml_meth: binary("imatmul", (a, b) => PyNumber_InPlaceMatrixMultiply(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a @= b") },
  { ml_name: "ifloordiv", ml_meth: binary("ifloordiv", (a, b) => PyNumber_InPlaceFloorDivide(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a //= b") },
  { ml_name: "itruediv", ml_meth: binary("itruediv", (a, b) => PyNumber_InPlaceTrueDivide(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a /= b") },
  { ml_name: "imod", ml_meth: binary("imod", (a, b) => PyNumber_InPlaceRemainder(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a %= b") },
  { ml_name: "ilshift", ml_meth: binary("ilshift", (a, b) => PyNumber_InPlaceLshift(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a <<= b") },
  { ml_name: "irshift", ml_meth: binary("irshift", (a, b) => PyNumber_InPlaceRshift(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a >>= b") },
  { ml_name: "iand", ml_meth: binary("iand", (a, b) => PyNumber_InPlaceAnd(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a &= b") },
  { ml_name: "ixor", ml_meth: binary("ixor", (a, b) => PyNumber_InPlaceXor(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a ^= b") },
  { ml_name: "ior", ml_meth: binary("ior", (a, b) => PyNumber_InPlaceOr(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a |= b") },
  { ml_name: "concat", ml_meth: binary("concat", PySequence_Concat), ml_flags: METH_FASTCALL, ml_doc: "Same as a + b, for a and b sequences." },
  { ml_name: "iconcat", ml_meth: binary("iconcat", PySequence_InPlaceConcat), ml_flags: METH_FASTCALL, ml_doc: "Same as a += b, for a and b sequences." },
  { ml_name: "getitem", ml_meth: binary("getitem", (a, b) => PyObject_GetItem(a, b)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a[b]") },
  { ml_name: "setitem", ml_meth: _operator_setitem, ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a[b] = c") },
  { ml_name: "delitem", ml_meth: _operator_delitem, ml_flags: METH_FASTCALL, ml_doc: SAME_AS("del a[b]") },
  { ml_name: "pow", ml_meth: binary("pow", (a, b) => PyNumber_Power(a, b, Py_None)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a ** b") },
  { ml_name: "ipow", ml_meth: binary("ipow", (a, b) => PyNumber_InPlacePower(a, b, Py_None)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a **= b") },
  { ml_name: "eq", ml_meth: binary("eq", (a, b) => PyObject_RichCompare(a, b, Py_EQ)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a == b") },
  { ml_name: "ne", ml_meth: binary("ne", (a, b) => PyObject_RichCompare(a, b, Py_NE)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a != b") },
  { ml_name: "lt", ml_meth: binary("lt", (a, b) => PyObject_RichCompare(a, b, Py_LT)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a < b") },
  { ml_name: "le", ml_meth: binary("le", (a, b) => PyObject_RichCompare(a, b, Py_LE)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a <= b") },
  { ml_name: "gt", ml_meth: binary("gt", (a, b) => PyObject_RichCompare(a, b, Py_GT)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a > b") },
  { ml_name: "ge", ml_meth: binary("ge", (a, b) => PyObject_RichCompare(a, b, Py_GE)), ml_flags: METH_FASTCALL, ml_doc: SAME_AS("a >= b") },
  { ml_name: "_compare_digest", ml_meth: _operator__compare_digest, ml_flags: METH_FASTCALL,
    ml_doc: "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values." },
  { ml_name: "length_hint", ml_meth: _operator_length_hint, ml_flags: METH_FASTCALL,
    ml_doc: "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0." },
  { ml_name: "call", ml_meth: _operator_call, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Same as obj(*args, **kwargs)." },
];

const reduce_doc = "Return state information for pickling";

/** `type(self)`, a new reference (for __reduce__ results). */
function own_type(o: PyObject): PyObject {
  Py_INCREF(o.ob_type);
  return o.ob_type;
}

// -- itemgetter ---------------------------------------------------------------------------------------

/** @cpython itemgetterobject */
export class itemgetterobject extends PyObject {
  nitems: number;
  /** The one item, or the tuple of items when there are several. */
  item: PyObject;
  /** A non-negative int item as a number (the tuple fast path), else -1. */
  index: number;
  constructor(type: PyTypeObject, nitems: number, item: PyObject, index: number) {
    super(type);
    this.nitems = nitems;
    this.item = item;
    this.index = index;
  }
}

/** @cpython itemgetter_new: itemgetter(item, ...) */
function itemgetter_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("itemgetter", kwnames)) return null;
  const nitems = args.length;
  let item: PyObject;
  if (nitems <= 1) {
    if (!_PyArg_CheckPositional("itemgetter", nitems, 1, 1)) return null;
    item = args[0];
    Py_INCREF(item);
  } else {
    item = PyTuple_FromArray(args);
  }
  let index = -1;
  if (PyLong_CheckExact(item)) {
    const i = PyLong_AsSsize_t(item);
    if (i < 0) PyErr_Clear();
    else index = i;
  }
  return new itemgetterobject(type, nitems, item, index);
}

/** @cpython itemgetter_dealloc */
function itemgetter_dealloc(self: PyObject): void {
  Py_DECREF((self as itemgetterobject).item);
}

/** @cpython itemgetter_vectorcall / itemgetter_call_impl */
function itemgetter_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("itemgetter", kwnames)) return null;
  if (!_PyArg_CheckPositional("itemgetter", args.length, 1, 1)) return null;
  const ig = self as itemgetterobject;
  const obj = args[0];
  if (ig.nitems === 1) {
    if (ig.index >= 0 && PyTuple_CheckExact(obj) && ig.index < obj.ob_item.length) {
      const r = obj.ob_item[ig.index];
      Py_INCREF(r);
      return r;
    }
    return PyObject_GetItem(obj, ig.item);
  }
  const items = (ig.item as PyTupleObject).ob_item;
  const result: PyObject[] = [];
  for (const item of items) {
    const val = PyObject_GetItem(obj, item);
    if (val === null) {
      for (const v of result) Py_DECREF(v);
      return null;
    }
    result.push(val);
  }
  return _PyTuple_FromArraySteal(result);
}

/** @cpython itemgetter_repr: `operator.itemgetter(1)` or `operator.itemgetter(1, 2)` */
function itemgetter_repr(self: PyObject): PyObject | null {
  const ig = self as itemgetterobject;
  if (Py_ReprEnter(self) !== 0) return PyUnicode_FromString(`${self.ob_type.tp_name}(...)`);
  const r = reprString(ig.item);
  Py_ReprLeave(self);
  if (r === null) return null;
  return PyUnicode_FromString(ig.nitems === 1 ? `${self.ob_type.tp_name}(${r})` : `${self.ob_type.tp_name}${r}`);
}

/** @cpython itemgetter_reduce */
function itemgetter_reduce(self: PyObject): PyObject {
  const ig = self as itemgetterobject;
  if (ig.nitems === 1) return _PyTuple_FromArraySteal([own_type(self), PyTuple_FromArray([ig.item])]);
  return PyTuple_FromArray([self.ob_type, ig.item]);
}

/** @cpython itemgetter_type_spec */
export const itemgetter_type: PyTypeObject = new PyTypeObject({
  tp_name: "operator.itemgetter", tp_basicsize: 48,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_HAVE_VECTORCALL,
  tp_doc: "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
  tp_dealloc: itemgetter_dealloc, tp_call: itemgetter_call, tp_new: itemgetter_new,
  tp_getattro: PyObject_GenericGetAttr, tp_repr: itemgetter_repr,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: itemgetter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});

// -- attrgetter ---------------------------------------------------------------------------------------

/** @cpython attrgetterobject */
export class attrgetterobject extends PyObject {
  nattrs: number;
  /** One entry per name: an interned str, or a tuple of them for a dotted name. */
  attr: PyTupleObject;
  constructor(type: PyTypeObject, nattrs: number, attr: PyTupleObject) {
    super(type);
    this.nattrs = nattrs;
    this.attr = attr;
  }
}

function interned(s: string): PyObject {
  return PyUnicode_InternInPlace(PyUnicode_FromString(s) as PyUnicodeObject);
}

/** @cpython attrgetter_new: attrgetter(attr, ...), dotted names split up front. */
function attrgetter_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("attrgetter", kwnames)) return null;
  const nattrs = args.length;
  if (nattrs <= 1 && !_PyArg_CheckPositional("attrgetter", nattrs, 1, 1)) return null;
  const attr: PyObject[] = [];
  for (const item of args) {
    if (!PyUnicode_Check(item)) {
      for (const a of attr) Py_DECREF(a);
      return PyErr_SetString(PyExc_TypeError, "attribute name must be a string");
    }
    const s = (item as PyUnicodeObject).str;
    if (!s.includes(".")) {
      Py_INCREF(item);
      attr.push(PyUnicode_InternInPlace(item as PyUnicodeObject));
    } else {
      attr.push(_PyTuple_FromArraySteal(s.split(".").map(interned)));
    }
  }
  return new attrgetterobject(type, nattrs, _PyTuple_FromArraySteal(attr));
}

/** @cpython attrgetter_dealloc */
function attrgetter_dealloc(self: PyObject): void {
  Py_DECREF((self as attrgetterobject).attr);
}

/** @cpython dotted_getattr */
function dotted_getattr(obj: PyObject, attr: PyObject): PyObject | null {
  if (PyTuple_CheckExact(attr)) {
    Py_INCREF(obj);
    for (const name of attr.ob_item) {
      const newobj = PyObject_GetAttr(obj, name);
      Py_DECREF(obj);
      if (newobj === null) return null;
      obj = newobj;
    }
    return obj;
  }
  return PyObject_GetAttr(obj, attr);
}

/** @cpython attrgetter_vectorcall / attrgetter_call_impl */
function attrgetter_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("attrgetter", kwnames)) return null;
  if (!_PyArg_CheckPositional("attrgetter", args.length, 1, 1)) return null;
  const ag = self as attrgetterobject;
  const obj = args[0];
  const attrs = ag.attr.ob_item;
  if (ag.nattrs === 1) return dotted_getattr(obj, attrs[0]);
  const result: PyObject[] = [];
  for (const a of attrs) {
    const val = dotted_getattr(obj, a);
    if (val === null) {
      for (const v of result) Py_DECREF(v);
      return null;
    }
    result.push(val);
  }
  return _PyTuple_FromArraySteal(result);
}

/** @cpython dotjoinattr */
function dotjoinattr(attr: PyObject): PyObject {
  if (PyTuple_CheckExact(attr)) {
    return PyUnicode_FromString(attr.ob_item.map((n) => (n as PyUnicodeObject).str).join("."));
  }
  Py_INCREF(attr);
  return attr;
}

/** @cpython attrgetter_args: the names as given (dotted again). */
function attrgetter_args(ag: attrgetterobject): PyTupleObject {
  return _PyTuple_FromArraySteal(ag.attr.ob_item.map(dotjoinattr));
}

/** @cpython attrgetter_repr */
function attrgetter_repr(self: PyObject): PyObject | null {
  const ag = self as attrgetterobject;
  if (Py_ReprEnter(self) !== 0) return PyUnicode_FromString(`${self.ob_type.tp_name}(...)`);
  let r: string | null;
  if (ag.nattrs === 1) {
    const attr = dotjoinattr(ag.attr.ob_item[0]);
    const s = reprString(attr);
    Py_DECREF(attr);
    r = s === null ? null : `${self.ob_type.tp_name}(${s})`;
  } else {
    const attrstrings = attrgetter_args(ag);
    const s = reprString(attrstrings);
    Py_DECREF(attrstrings);
    r = s === null ? null : `${self.ob_type.tp_name}${s}`;
  }
  Py_ReprLeave(self);
  return r === null ? null : PyUnicode_FromString(r);
}

/** @cpython attrgetter_reduce */
function attrgetter_reduce(self: PyObject): PyObject {
  return _PyTuple_FromArraySteal([own_type(self), attrgetter_args(self as attrgetterobject)]);
}

/** @cpython attrgetter_type_spec */
export const attrgetter_type: PyTypeObject = new PyTypeObject({
  tp_name: "operator.attrgetter", tp_basicsize: 40,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_HAVE_VECTORCALL,
  tp_doc: "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
  tp_dealloc: attrgetter_dealloc, tp_call: attrgetter_call, tp_new: attrgetter_new,
  tp_getattro: PyObject_GenericGetAttr, tp_repr: attrgetter_repr,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: attrgetter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});

// -- methodcaller --------------------------------------------------------------------------------------

/** @cpython methodcallerobject */
export class methodcallerobject extends PyObject {
  name: PyObject;
  args: PyTupleObject;
  /** The keyword arguments, or null when none were given. */
  kwds: PyDictObject | null;
  constructor(type: PyTypeObject, name: PyObject, args: PyTupleObject, kwds: PyDictObject | null) {
    super(type);
    this.name = name;
    this.args = args;
    this.kwds = kwds;
  }
}

/** @cpython methodcaller_new: methodcaller(name, /, *args, **kwargs) */
function methodcaller_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nargs = positionalCount(args, kwnames);
  if (nargs < 1) return PyErr_SetString(PyExc_TypeError, "methodcaller needs at least one argument, the method name");
  let name = args[0];
  if (!PyUnicode_Check(name)) return PyErr_SetString(PyExc_TypeError, "method name must be a string");
  Py_INCREF(name);
  name = PyUnicode_InternInPlace(name as PyUnicodeObject);
  let kwds: PyDictObject | null = null;
  if (kwnames !== null && kwnames.ob_item.length > 0) {
    const d = kwnames_dict(args.slice(nargs), kwnames);
    if (d === null) {
      Py_DECREF(name);
      return null;
    }
    kwds = d;
  }
  return new methodcallerobject(type, name, PyTuple_FromArray(args.slice(1, nargs)), kwds);
}

/** The keyword values and names of a vectorcall as a new dict. */
function kwnames_dict(values: PyObject[], kwnames: PyTupleObject): PyDictObject | null {
  const items = kwnames.ob_item;
  const d = PyDict_New();
  for (let i = 0; i < items.length; i++) {
    if (PyDict_SetItem(d, items[i], values[i]) < 0) {
      Py_DECREF(d);
      return null;
    }
  }
  return d;
}

/** @cpython methodcaller_dealloc */
function methodcaller_dealloc(self: PyObject): void {
  const mc = self as methodcallerobject;
  Py_DECREF(mc.name);
  Py_DECREF(mc.args);
  Py_XDECREF(mc.kwds);
}

/** @cpython methodcaller_call: getattr(obj, name)(*args, **kwds) */
function methodcaller_call(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("methodcaller", kwnames)) return null;
  if (!_PyArg_CheckPositional("methodcaller", args.length, 1, 1)) return null;
  const mc = self as methodcallerobject;
  const method = PyObject_GetAttr(args[0], mc.name);
  if (method === null) return null;
  const [flat, names] = _PyStack_UnpackDict(mc.args.ob_item, mc.kwds);
  const result = PyObject_Vectorcall(method, flat, names);
  if (names !== null) Py_DECREF(names);
  Py_DECREF(method);
  return result;
}

/** @cpython methodcaller_repr: `operator.methodcaller('name', 1, k=2)` */
function methodcaller_repr(self: PyObject): PyObject | null {
  const mc = self as methodcallerobject;
  const tn = self.ob_type.tp_name;
  if (Py_ReprEnter(self) !== 0) return PyUnicode_FromString(`${tn}(...)`);
  let result: PyObject | null = null;
  done: {
    const name = reprString(mc.name);
    if (name === null) break done;
    const parts: string[] = [];
    for (const a of mc.args.ob_item) {
      const r = reprString(a);
      if (r === null) break done;
      parts.push(r);
    }
    if (mc.kwds !== null) {
      const size = PyDict_GET_SIZE(mc.kwds);
      for (const [k, v] of _PyDict_Items(mc.kwds)) {
        const ks = strString(k);
        if (ks === null) break done;
        const vs = reprString(v);
        if (vs === null) break done;
        parts.push(`${ks}=${vs}`);
      }
      if (PyDict_GET_SIZE(mc.kwds) !== size) {
        PyErr_SetString(PyExc_RuntimeError, "keywords dict changed size during iteration");
        break done;
      }
    }
    result = PyUnicode_FromString(parts.length === 0 ? `${tn}(${name})` : `${tn}(${name}, ${parts.join(", ")})`);
  }
  Py_ReprLeave(self);
  return result;
}

/**
 * @cpython methodcaller_reduce: (type, (name, *args)); with keywords, the constructor is
 * functools.partial(type, name, **kwds) and the arguments are args.
 */
function methodcaller_reduce(self: PyObject): PyObject | null {
  const mc = self as methodcallerobject;
  if (mc.kwds === null || PyDict_GET_SIZE(mc.kwds) === 0) {
    const newargs = PyTuple_FromArray([mc.name, ...mc.args.ob_item]);
    return _PyTuple_FromArraySteal([own_type(self), newargs]);
  }
  const functools = PyImport_ImportModule("functools");
  if (functools === null) return null;
  const partial = PyObject_GetAttr(functools, PyUnicode_FromString("partial"));
  Py_DECREF(functools);
  if (partial === null) return null;
  const [flat, names] = _PyStack_UnpackDict([self.ob_type, mc.name], mc.kwds);
  const constructor = PyObject_Vectorcall(partial, flat, names);
  if (names !== null) Py_DECREF(names);
  Py_DECREF(partial);
  if (constructor === null) return null;
  Py_INCREF(mc.args);
  return _PyTuple_FromArraySteal([constructor, mc.args]);
}

/** @cpython methodcaller_type_spec */
export const methodcaller_type: PyTypeObject = new PyTypeObject({
  tp_name: "operator.methodcaller", tp_basicsize: 40,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
  tp_dealloc: methodcaller_dealloc, tp_call: methodcaller_call, tp_new: methodcaller_new,
  tp_getattro: PyObject_GenericGetAttr, tp_repr: methodcaller_repr,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: methodcaller_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});

// -- the module ------------------------------------------------------------------------------------------

const operator_doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

/** @cpython PyInit__operator (operator_exec) */
export function PyInit__operator(): PyObject | null {
  const m = PyModule_Create("_operator", operator_doc, operator_methods);
  if (PyModule_AddType(m, attrgetter_type) < 0) return null;
  if (PyModule_AddType(m, itemgetter_type) < 0) return null;
  if (PyModule_AddType(m, methodcaller_type) < 0) return null;
  return m;
}
