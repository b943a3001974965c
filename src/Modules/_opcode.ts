/**
 * @mirrors Modules/_opcode.c
 * The `_opcode` module that Lib/opcode.py (and so dis.stack_effect) imports: how many items
 * an instruction leaves on the value stack, from the same stack_effect() the compiler uses
 * to size frames. With `jump` an instruction that branches answers for one way: True for
 * the jump taken, False for falling through, None (the default) for the larger of the two.
 *
 *   >>> stack_effect(dis.opmap['FOR_ITER'], 0, jump=True), stack_effect(dis.opmap['FOR_ITER'], 0)
 *   (-1, 1)
 *
 * The compiler's pseudo-instructions (SETUP_FINALLY is -1, ... POP_JUMP_IF_NOT_NONE is -10)
 * are answered too, as CPython answers them.
 */
import { PyObject, Py_DECREF, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone } from "../Objects/object.ts";
import { Py_True, Py_False } from "../Objects/boolobject.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyLong_FromNumber, _PyLong_AsInt, PyLong_Check, PyLongObject, _PyNumber_Index } from "../Objects/longobject.ts";
import { _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";
import { stack_effect, PY_INVALID_STACK_EFFECT } from "../Python/flowgraph.ts";
import { HAVE_ARGUMENT } from "../Include/opcode.def.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

/** Include/opcode.h: opcodes above 240 stand for nothing the interpreter runs. */
const IS_ARTIFICIAL = (op: number): boolean => op > 240;
const HAS_ARG = (op: number): boolean => op >= HAVE_ARGUMENT;

/** A C long (64 bits) cast to int, as `(int)PyLong_AsLong(oparg)` truncates it. */
function asTruncatedInt(o: PyObject): number | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = (o as PyLongObject).ob_ival;
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return null;
    v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
  }
  const big = BigInt(v);
  if (big < -(2n ** 63n) || big >= 2n ** 63n) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
    return null;
  }
  return Number(BigInt.asIntN(32, big));
}

/** @cpython _opcode_stack_effect_impl: stack_effect(opcode, oparg=None, /, *, jump=None) */
function _opcode_stack_effect(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "stack_effect", 2, ["jump"], 1, 2, 0);
  if (a === null) return null;
  const opcode = _PyLong_AsInt(a[0]!);
  if (opcode === -1 && PyErr_Occurred()) return null;
  const oparg = a[1] ?? Py_None;
  const jump = a[2] ?? Py_None;
  let oparg_int = 0;
  if (HAS_ARG(opcode)) {
    if (oparg === Py_None) {
      return PyErr_SetString(PyExc_ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
    }
    const v = asTruncatedInt(oparg);
    if (v === null) return null;
    oparg_int = v;
  } else if (oparg !== Py_None) {
    return PyErr_SetString(PyExc_ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  let jump_int: number;
  if (jump === Py_None) jump_int = -1;
  else if (jump === Py_True) jump_int = 1;
  else if (jump === Py_False) jump_int = 0;
  else return PyErr_SetString(PyExc_ValueError, "stack_effect: jump must be False, True or None");
  const effect = IS_ARTIFICIAL(opcode) ? PY_INVALID_STACK_EFFECT : stack_effect(opcode, oparg_int, jump_int);
  if (effect === PY_INVALID_STACK_EFFECT) return PyErr_SetString(PyExc_ValueError, "invalid opcode or oparg");
  return PyLong_FromNumber(effect);
}

/** @cpython _opcode_get_specialization_stats_impl: None (no Py_STATS build). */
function _opcode_get_specialization_stats(_m: PyObject): PyObject {
  return Py_NewNone();
}

const opcode_functions: PyMethodDef[] = [
  {
    ml_name: "stack_effect", ml_meth: _opcode_stack_effect, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "stack_effect($module, opcode, oparg=None, /, *, jump=None)\n--\n\nThe net change in the value stack's depth when the instruction runs.",
  },
  {
    ml_name: "get_specialization_stats", ml_meth: _opcode_get_specialization_stats, ml_flags: METH_NOARGS,
    ml_doc: "get_specialization_stats($module, /)\n--\n\nThe specializing interpreter's counters; None, as they are not collected.",
  },
];

/** @cpython PyInit__opcode */
export function PyInit__opcode(): PyObject | null {
  return PyModule_Create("_opcode", "What Lib/opcode.py needs from the compiler: the stack effect of an instruction.", opcode_functions);
}
