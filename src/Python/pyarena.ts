/**
 * @mirrors Python/pyarena.c
 * The arena a parse is allocated in. In CPython it owns the AST and a reference to every
 * Python object the parser and the AST optimizer made for it (the literal constants); the
 * compiler's code objects share those objects, so while the arena lives each constant
 * counts one reference more. pyrun_file, PyRun_StringFlags (-c, exec()/eval() of a string)
 * and the interactive loop keep the arena until the code has run; compile() frees it first.
 *
 * DIVERGENCE: typhon's AST holds JavaScript values and a code object makes its constant
 * objects when it first runs (PyCodeObjectWrapper.consts). So the arena is attached to the
 * compiled code objects (_PyArena_AttachCode), each of which knows which of its constants
 * came from the AST (PyCodeObject.co_arena_consts: ARENA_CONST, ARENA_ITEMS, set by the assembler), and takes its
 * references when those objects are made: a code object that first runs after the arena
 * was freed gets none, as its constants would have none left in CPython by then.
 */
import { Py_DECREF, Py_INCREF, type PyObject } from "../Include/object.ts";
import { ARENA_CONST, ARENA_ITEMS, PyCodeObject } from "../Objects/codeobject.ts";
import { PyTupleObject } from "../Objects/tupleobject.ts";
import { PySetObject, PyFrozenSet_Type, _PySet_NextEntry } from "../Objects/setobject.ts";

/** @cpython PyArena */
export class PyArena {
  /** The objects the arena holds a reference to (a_objects). */
  a_objects: PyObject[] = [];
  /** False once _PyArena_Free ran. */
  live = true;
}

/** @cpython _PyArena_New */
export function _PyArena_New(): PyArena {
  return new PyArena();
}

/** @cpython _PyArena_AddPyObject: the arena takes a new reference to `o`. */
export function _PyArena_AddPyObject(arena: PyArena, o: PyObject): void {
  Py_INCREF(o);
  arena.a_objects.push(o);
}

/** @cpython _PyArena_Free: the references are released. */
export function _PyArena_Free(arena: PyArena): void {
  arena.live = false;
  const objs = arena.a_objects;
  arena.a_objects = [];
  for (const o of objs) Py_DECREF(o);
}

/** Tie `co` and the code objects nested in its constants to `arena`. */
export function _PyArena_AttachCode(arena: PyArena, co: PyCodeObject): void {
  const todo = [co];
  while (todo.length) {
    const c = todo.pop()!;
    c.c_arena = arena;
    for (const k of c.co_consts) if (k instanceof PyCodeObject) todo.push(k);
  }
}

/** A constant the parser made, and what it contains (folded tuples and frozensets). */
function addConstant(arena: PyArena, o: PyObject, withSelf: boolean): void {
  if (withSelf) _PyArena_AddPyObject(arena, o);
  if (o instanceof PyTupleObject) {
    for (const item of o.ob_item) addConstant(arena, item, true);
  } else if (o instanceof PySetObject && o.ob_type === PyFrozenSet_Type) {
    const pos = { i: 0 };
    for (let e = _PySet_NextEntry(o, pos); e !== null; e = _PySet_NextEntry(o, pos)) addConstant(arena, e[0], true);
  }
}

/**
 * The constant objects of `co` were just made: the live arena takes a reference to those
 * the parser made (each one once, as the arena holds each object the parser created).
 */
export function _PyArena_AddConsts(co: PyCodeObject, consts: readonly PyObject[]): void {
  const arena = co.c_arena, flags = co.co_arena_consts;
  if (arena === null || !arena.live || flags === null) return;
  for (let i = 0; i < consts.length && i < flags.length; i++) {
    const f = flags[i];
    if (f === ARENA_CONST) addConstant(arena, consts[i], true);
    else if (f === ARENA_ITEMS) addConstant(arena, consts[i], false);
  }
}
