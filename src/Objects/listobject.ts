/**
 * @mirrors Objects/listobject.c
 * The mutable sequence: its storage model, its methods, timsort, and the two list iterators.
 *
 * Storage. A CPython list is an array of item pointers (ob_item) of which the first ob_size
 * are in use and `allocated` exist. Here ob_item is a JavaScript array holding exactly the
 * items (its length is ob_size) and `allocated` is kept alongside, by CPython's own rules, so
 * that the capacity (what sys.getsizeof and the explorer show) is CPython's after every
 * operation. `ob_item_nonnull` records whether CPython's ob_item pointer would be non-NULL:
 * a few paths (extend, __init__, clear) behave differently for a list that never had a
 * buffer than for one that shrank to zero.
 *
 * Growth (list_resize). Appending to a full list asks for newsize + newsize/8 + 6 slots,
 * rounded down to a multiple of 4, so a list grown one append at a time passes through
 *
 *     allocated:  0 -> 4 -> 8 -> 16 -> 24 -> 32 -> 40 -> 52 -> 64 -> 76 -> ...
 *
 *   >>> import sys; a = []
 *   >>> [sys.getsizeof(a) for _ in range(6) if not a.append(0)]
 *   [88, 88, 88, 88, 120, 120]
 *
 * A request that grows the list a lot at once (extend) gets exactly newsize rounded up to 4
 * when the usual formula would overshoot; shrinking below half the capacity reallocates.
 * Exact-size allocation happens when the final size is known up front: a literal
 * (BUILD_LIST), slicing, `+`, `*`, copy(), and list(iterable) / extend of an empty list
 * (rounded up to an even count from __length_hint__).
 *
 * Sorting is timsort (Objects/listsort.txt): natural runs are found and extended to a
 * minimum length by binary insertion, then merged under the "powersort" rule with galloping
 * merges. The port below keeps CPython's comparisons one for one, so a key or __lt__ with
 * side effects sees the same calls in the same order.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_EQ, Py_NE, Py_LT,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MATCH_SELF,
  Py_TPFLAGS_HEAPTYPE, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_CLASS, METH_COEXIST,
  type richcmpfunc, type destructor,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetStringInt, PyErr_Occurred, PyErr_ExceptionMatches, PyErr_Clear, PyErr_NoMemory, PyErr_BadInternalCall } from "../Python/errors.ts";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration, PyExc_OverflowError } from "./exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_HashNotImplemented, PyObject_RichCompare, PyObject_RichCompareBool,
  PyObject_IsTrue, Py_ReprEnter, Py_ReprLeave, reprString,
} from "./object.ts";
import { PyUnicode_FromString, PyUnicodeObject, unicode_kind } from "./unicodeobject.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyTupleObject, PyTuple_Type, PyTuple_FromArray, Py_GenericAliasRef } from "./tupleobject.ts";
import {
  PyLong_FromNumber, PyLong_Type, PyIndex_Check, PyNumber_AsSsize_t, PyNumber_Index, PyLong_AsSsize_t, type PyLongObject,
} from "./longobject.ts";
import { PyBool_FromLong, Py_True, Py_False } from "./boolobject.ts";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, _PyEval_SliceIndexNotNone, PY_SSIZE_T_MAX, type PySliceObject } from "./sliceobject.ts";
import { PyObject_GetIter, PyObject_LengthHint } from "./abstract.ts";
import { PyObject_CallOneArg } from "./call.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames } from "../Python/getargs.ts";
import { PyObject_SelfIter, _PyIter_ReduceHelper } from "./iterobject.ts";

/** @cpython PyListObject */
export class PyListObject extends PyObject {
  /** The items; ob_item.length is ob_size. */
  ob_item: PyObject[];
  /** The modelled capacity (CPython's `allocated`); -1 while the list is being sorted. */
  allocated: number;
  /** Whether CPython's ob_item pointer would be non-NULL (see the header). */
  ob_item_nonnull: boolean;
  constructor(type: PyTypeObject, items: PyObject[], allocated: number) {
    super(type);
    this.ob_item = items;
    this.allocated = allocated;
    this.ob_item_nonnull = allocated > 0;
  }
  get ob_size(): number {
    return this.ob_item.length;
  }
}

/** @cpython PyList_Check */
export const PyList_Check = (o: PyObject): o is PyListObject => (o.ob_type.tp_flags & Py_TPFLAGS_LIST_SUBCLASS) !== 0;
/** @cpython PyList_CheckExact */
export const PyList_CheckExact = (o: PyObject): o is PyListObject => o.ob_type === PyList_Type;

/**
 * The most items a list may hold here. V8 cannot make a JavaScript array much longer than
 * 2**27 elements; beyond that we answer MemoryError, as CPython does when malloc fails.
 * DIVERGENCE: CPython's limit is the machine's memory.
 */
const PY_LIST_MAX = 134_000_000;

// -- storage --------------------------------------------------------------------------------------

/**
 * @cpython list_resize: set the capacity for a list about to hold `newsize` items (the
 * caller then adds or removes the items themselves). Must be called while ob_item still has
 * its old length: the growth rule looks at the old size. 0, or -1 with MemoryError.
 */
function list_resize(self: PyListObject, newsize: number): number {
  const allocated = self.allocated;
  // Enough room already, and not so much that it is worth giving back.
  if (allocated >= newsize && newsize >= (allocated >> 1)) return 0;
  // Over-allocate by about 1/8, padded to a multiple of 4 ...
  let new_allocated = (newsize + (newsize >> 3) + 6) & ~3;
  // ... unless the jump is so large that the padding would be mostly waste.
  if (newsize - self.ob_item.length > new_allocated - newsize) new_allocated = (newsize + 3) & ~3;
  if (newsize === 0) new_allocated = 0;
  if (newsize > PY_LIST_MAX) {
    PyErr_NoMemory();
    return -1;
  }
  self.allocated = new_allocated;
  self.ob_item_nonnull = true;
  return 0;
}

/**
 * @cpython list_preallocate_exact: give a list that has no buffer room for `size` items,
 * rounded up to an even count (pymalloc's 16-byte granularity makes the odd slot free).
 */
function list_preallocate_exact(self: PyListObject, size: number): number {
  if (size > PY_LIST_MAX) {
    PyErr_NoMemory();
    return -1;
  }
  self.allocated = (size + 1) & ~1;
  self.ob_item_nonnull = true;
  return 0;
}

/**
 * @cpython PyList_New: a list of `size` slots (null) that the caller fills with
 * PyList_SetItem or by storing into ob_item; PyList_New(0) is the usual call. @returns new
 */
export function PyList_New(size: number): PyListObject {
  if (size < 0) throw new Error("PyList_New: negative size");
  if (size === 0) return new PyListObject(PyList_Type, [], 0);
  return new PyListObject(PyList_Type, new Array(size).fill(null), size);
}

/** @cpython list_new_prealloc: an empty list whose capacity is exactly `size`. @returns new */
function list_new_prealloc(items: PyObject[]): PyListObject {
  return new PyListObject(PyList_Type, items, items.length);
}

/**
 * @cpython _PyList_FromArraySteal: a list of exactly these items (BUILD_LIST); the list
 * takes over the references and the array. @returns new
 */
export function _PyList_FromArraySteal(items: PyObject[]): PyListObject {
  return new PyListObject(PyList_Type, items, items.length);
}

/** @cpython PyList_Size */
export function PyList_Size(op: PyObject): number {
  if (!PyList_Check(op)) {
    PyErr_BadInternalCall("PyList_Size");
    return -1;
  }
  return op.ob_item.length;
}

/** @cpython PyList_GET_SIZE */
export const PyList_GET_SIZE = (op: PyListObject): number => op.ob_item.length;

/** @cpython PyList_GetItem: the item at i, or null with IndexError. @returns borrowed */
export function PyList_GetItem(op: PyObject, i: number): PyObject | null {
  if (!PyList_Check(op)) return PyErr_BadInternalCall("PyList_GetItem");
  const items = op.ob_item;
  if (i < 0 || i >= items.length) return PyErr_SetString(PyExc_IndexError, "list index out of range");
  return items[i];
}

/** @cpython PyList_SetItem: store at i, dropping the old item. @param newitem stolen */
export function PyList_SetItem(op: PyObject, i: number, newitem: PyObject): number {
  if (!PyList_Check(op)) {
    Py_XDECREF(newitem);
    PyErr_BadInternalCall("PyList_SetItem");
    return -1;
  }
  const items = op.ob_item;
  if (i < 0 || i >= items.length) {
    Py_XDECREF(newitem);
    return PyErr_SetStringInt(PyExc_IndexError, "list assignment index out of range");
  }
  const old = items[i];
  items[i] = newitem;
  Py_XDECREF(old);
  return 0;
}

/** @cpython ins1: insert v (INCREF'd) before `where`, clamped into the list. */
function ins1(self: PyListObject, where: number, v: PyObject): number {
  const items = self.ob_item;
  const n = items.length;
  if (list_resize(self, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  Py_INCREF(v);
  if (where === n) items.push(v);
  else {
    items.push(items[n - 1]);
    for (let i = n - 1; i > where; i--) items[i] = items[i - 1];
    items[where] = v;
  }
  return 0;
}

/** @cpython PyList_Insert: the item is INCREF'd. */
export function PyList_Insert(op: PyObject, where: number, newitem: PyObject): number {
  if (!PyList_Check(op)) {
    PyErr_BadInternalCall("PyList_Insert");
    return -1;
  }
  return ins1(op, where, newitem);
}

/**
 * @cpython _PyList_AppendTakeRef: append, taking over the caller's reference (LIST_APPEND
 * and list comprehensions come through here).
 */
export function _PyList_AppendTakeRef(self: PyListObject, newitem: PyObject): number {
  const items = self.ob_item;
  const len = items.length;
  if (self.allocated > len) {
    items.push(newitem);
    return 0;
  }
  if (list_resize(self, len + 1) < 0) {
    Py_DECREF(newitem);
    return -1;
  }
  items.push(newitem);
  return 0;
}

/** @cpython PyList_Append: the item is INCREF'd. 0, or -1 with an error. */
export function PyList_Append(op: PyObject, newitem: PyObject): number {
  if (!PyList_Check(op)) {
    PyErr_BadInternalCall("PyList_Append");
    return -1;
  }
  Py_INCREF(newitem);
  return _PyList_AppendTakeRef(op, newitem);
}

// -- the trashcan ---------------------------------------------------------------------------------

/*
 * Freeing a deeply nested container frees its items, which free theirs, ... one native call
 * level per level of nesting. CPython's trashcan (Py_TRASHCAN_BEGIN/END, Objects/object.c)
 * bounds that recursion: past a fixed depth, containers are parked and freed once the
 * outermost dealloc has unwound. Same here, for the containers that opt in.
 */
const PyTrash_UNWIND_LEVEL = 50;
let trash_delete_nesting = 0;
const trash_later: PyObject[] = [];
const trash_later_fn: destructor[] = [];

/**
 * @cpython _PyTrash_begin: true when `op` may be freed now (by `body`); false when it was
 * parked and will be freed by `body` after the current dealloc chain unwinds. Pair a true
 * answer with Py_TRASHCAN_END.
 */
export function Py_TRASHCAN_BEGIN(op: PyObject, body: destructor): boolean {
  if (trash_delete_nesting >= PyTrash_UNWIND_LEVEL) {
    trash_later.push(op);
    trash_later_fn.push(body);
    return false;
  }
  trash_delete_nesting++;
  return true;
}

/** @cpython _PyTrash_end: leave a dealloc; the outermost one frees what was parked. */
export function Py_TRASHCAN_END(): void {
  if (--trash_delete_nesting === 0) {
    while (trash_later.length > 0) {
      const op = trash_later.pop()!;
      const body = trash_later_fn.pop()!;
      trash_delete_nesting++;
      body(op);
      trash_delete_nesting--;
    }
  }
}

// -- the list type's slots -------------------------------------------------------------------------

function list_dealloc_body(o: PyObject): void {
  const op = o as PyListObject;
  const items = op.ob_item;
  op.ob_item = [];
  op.allocated = 0;
  op.ob_item_nonnull = false;
  // Backwards, as CPython does.
  for (let i = items.length - 1; i >= 0; i--) {
    const v = items[i];
    if (v !== null) Py_DECREF(v);
  }
}

/** @cpython list_dealloc (heap subclasses come through subtype_dealloc, which drops the type). */
function list_dealloc(op: PyObject): void {
  if (!Py_TRASHCAN_BEGIN(op, list_dealloc_body)) return;
  list_dealloc_body(op);
  Py_TRASHCAN_END();
}

/** @cpython list_repr: `[a, b]`, and `[...]` for a list inside itself. */
function list_repr(o: PyObject): PyObject | null {
  const v = o as PyListObject;
  if (v.ob_item.length === 0) return PyUnicode_FromString("[]");
  if (Py_ReprEnter(v) !== 0) return PyUnicode_FromString("[...]");
  let out = "[";
  // An item's repr may change the list: re-read the length every time.
  for (let i = 0; i < v.ob_item.length; i++) {
    if (i > 0) out += ", ";
    const s = reprString(v.ob_item[i]);
    if (s === null) {
      Py_ReprLeave(v);
      return null;
    }
    out += s;
  }
  Py_ReprLeave(v);
  return PyUnicode_FromString(out + "]");
}

/** @cpython list_length */
function list_length(a: PyObject): number {
  return (a as PyListObject).ob_item.length;
}

/** @cpython list_contains */
function list_contains(o: PyObject, el: PyObject): number {
  const a = o as PyListObject;
  let cmp = 0;
  for (let i = 0; cmp === 0 && i < a.ob_item.length; ++i) {
    const item = a.ob_item[i];
    Py_INCREF(item);
    cmp = PyObject_RichCompareBool(item, el, Py_EQ);
    Py_DECREF(item);
  }
  return cmp;
}

/** @cpython list_item */
function list_item(o: PyObject, i: number): PyObject | null {
  const items = (o as PyListObject).ob_item;
  if (i < 0 || i >= items.length) return PyErr_SetString(PyExc_IndexError, "list index out of range");
  const v = items[i];
  Py_INCREF(v);
  return v;
}

/** @cpython list_slice: a[ilow:ihigh] for 0 <= ilow, ihigh <= len. @returns new */
function list_slice(a: PyListObject, ilow: number, ihigh: number): PyListObject {
  const len = ihigh - ilow;
  if (len <= 0) return PyList_New(0);
  const src = a.ob_item;
  const dest: PyObject[] = new Array(len);
  for (let i = 0; i < len; i++) {
    const v = src[ilow + i];
    Py_INCREF(v);
    dest[i] = v;
  }
  return list_new_prealloc(dest);
}

/** @cpython PyList_GetSlice @returns new */
export function PyList_GetSlice(a: PyObject, ilow: number, ihigh: number): PyObject | null {
  if (!PyList_Check(a)) return PyErr_BadInternalCall("PyList_GetSlice");
  const size = a.ob_item.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  return list_slice(a, ilow, ihigh);
}

/** @cpython list_concat: a + b. */
function list_concat(o: PyObject, bb: PyObject): PyObject | null {
  if (!PyList_Check(bb)) {
    return PyErr_SetString(PyExc_TypeError, `can only concatenate list (not "${bb.ob_type.tp_name}") to list`);
  }
  const a = (o as PyListObject).ob_item, b = bb.ob_item;
  const size = a.length + b.length;
  if (size === 0) return PyList_New(0);
  if (size > PY_LIST_MAX) return PyErr_NoMemory();
  const dest: PyObject[] = new Array(size);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    Py_INCREF(v);
    dest[i] = v;
  }
  for (let i = 0, j = a.length; i < b.length; i++, j++) {
    const v = b[i];
    Py_INCREF(v);
    dest[j] = v;
  }
  return list_new_prealloc(dest);
}

/** @cpython list_repeat: a * n. */
function list_repeat(o: PyObject, n: number): PyObject | null {
  const src = (o as PyListObject).ob_item;
  if (n < 0) n = 0;
  const m = src.length;
  if (n > 0 && m > PY_LIST_MAX / n) return PyErr_NoMemory();
  const size = m * n;
  if (size === 0) return PyList_New(0);
  const dest: PyObject[] = new Array(size);
  for (let i = 0; i < m; i++) src[i].ob_refcnt += n;
  if (m === 1) {
    const elem = src[0];
    for (let i = 0; i < size; i++) dest[i] = elem;
  } else {
    for (let k = 0, p = 0; k < n; k++) for (let i = 0; i < m; i++, p++) dest[p] = src[i];
  }
  return list_new_prealloc(dest);
}

/** @cpython _list_clear: empty the list (items dropped only after it is consistent again). */
function _list_clear(a: PyListObject): number {
  if (a.ob_item_nonnull) {
    const items = a.ob_item;
    a.ob_item = [];
    a.allocated = 0;
    a.ob_item_nonnull = false;
    for (let i = items.length - 1; i >= 0; i--) {
      const v = items[i];
      if (v !== null) Py_DECREF(v);
    }
  }
  return 0;
}

/**
 * @cpython PySequence_Fast, for the list code: `v` itself when it is an exact list or tuple,
 * else a new list of its items; TypeError(m) when v is not iterable. @returns new
 * DIVERGENCE: CPython's lives in Objects/abstract.c; this copy is private to the list code.
 */
function sequence_fast(v: PyObject, m: string): PyListObject | PyTupleObject | null {
  if (PyList_CheckExact(v) || v.ob_type === PyTuple_Type) {
    Py_INCREF(v);
    return v as PyListObject | PyTupleObject;
  }
  const it = PyObject_GetIter(v);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, m);
    return null;
  }
  const res = PyList_New(0);
  const r = list_extend(res, it);
  Py_DECREF(it);
  if (r === null) {
    Py_DECREF(res);
    return null;
  }
  Py_DECREF(r);
  return res;
}

/**
 * @cpython list_ass_slice: a[ilow:ihigh] = v, or del a[ilow:ihigh] when v is null. The
 * removed items are released only once the list is back in shape, since releasing one may
 * run code that looks at the list.
 */
function list_ass_slice(a: PyListObject, ilow: number, ihigh: number, v: PyObject | null): number {
  let vitem: PyObject[] = [];
  let v_as_SF: PyObject | null = null;
  if (v !== null) {
    if (v === a) {
      // a[i:j] = a: copy the right-hand side first.
      const copy = list_slice(a, 0, a.ob_item.length);
      const result = list_ass_slice(a, ilow, ihigh, copy);
      Py_DECREF(copy);
      return result;
    }
    const sf = sequence_fast(v, "can only assign an iterable");
    if (sf === null) return -1;
    v_as_SF = sf;
    vitem = sf.ob_item;
  }
  const n = vitem.length;
  const size = a.ob_item.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;

  const norig = ihigh - ilow;
  const d = n - norig;
  if (size + d === 0) {
    if (v_as_SF !== null) Py_DECREF(v_as_SF);
    return _list_clear(a);
  }
  const item = a.ob_item;
  const recycle = norig > 0 ? item.slice(ilow, ihigh) : null;
  if (d < 0) {
    if (list_resize(a, size + d) < 0) {
      if (v_as_SF !== null) Py_DECREF(v_as_SF);
      return -1;
    }
    for (let k = ihigh; k < size; k++) item[k + d] = item[k];
    item.length = size + d;
  } else if (d > 0) {
    if (list_resize(a, size + d) < 0) {
      if (v_as_SF !== null) Py_DECREF(v_as_SF);
      return -1;
    }
    for (let k = 0; k < d; k++) item.push(item[0]);
    for (let k = size - 1; k >= ihigh; k--) item[k + d] = item[k];
  }
  for (let k = 0; k < n; k++, ilow++) {
    const w = vitem[k];
    Py_INCREF(w);
    item[ilow] = w;
  }
  if (recycle !== null) for (let k = norig - 1; k >= 0; --k) Py_XDECREF(recycle[k]);
  if (v_as_SF !== null) Py_DECREF(v_as_SF);
  return 0;
}

/** @cpython PyList_SetSlice: a[ilow:ihigh] = v (v null deletes). */
export function PyList_SetSlice(a: PyObject, ilow: number, ihigh: number, v: PyObject | null): number {
  if (!PyList_Check(a)) {
    PyErr_BadInternalCall("PyList_SetSlice");
    return -1;
  }
  return list_ass_slice(a, ilow, ihigh, v);
}

/** @cpython list_inplace_repeat: a *= n. */
function list_inplace_repeat(o: PyObject, n: number): PyObject | null {
  const self = o as PyListObject;
  const items = self.ob_item;
  const size = items.length;
  if (size === 0 || n === 1) {
    Py_INCREF(self);
    return self;
  }
  if (n < 1) {
    _list_clear(self);
    Py_INCREF(self);
    return self;
  }
  if (size > PY_LIST_MAX / n) return PyErr_NoMemory();
  if (list_resize(self, size * n) < 0) return null;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < size; j++) {
      const v = items[j];
      Py_INCREF(v);
      items.push(v);
    }
  }
  Py_INCREF(self);
  return self;
}

/** @cpython list_ass_item: a[i] = v, or del a[i] when v is null. */
function list_ass_item(o: PyObject, i: number, v: PyObject | null): number {
  const a = o as PyListObject;
  if (i < 0 || i >= a.ob_item.length) return PyErr_SetStringInt(PyExc_IndexError, "list assignment index out of range");
  if (v === null) return list_ass_slice(a, i, i + 1, null);
  Py_INCREF(v);
  const old = a.ob_item[i];
  a.ob_item[i] = v;
  Py_DECREF(old);
  return 0;
}

/**
 * The Py_ssize_t argument converter of Argument Clinic: __index__, then a range check with
 * CPython's OverflowError. Null with an error set.
 */
function ssize_arg(o: PyObject): number | null {
  const iobj = PyNumber_Index(o);
  if (iobj === null) return null;
  const ival = PyLong_AsSsize_t(iobj);
  Py_DECREF(iobj);
  if (ival === -1 && PyErr_Occurred()) return null;
  return ival;
}

/** @cpython list_insert_impl: list.insert(index, object) */
function list_insert(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("insert", args.length, 2, 2)) return null;
  const index = ssize_arg(args[0]);
  if (index === null) return null;
  if (ins1(self as PyListObject, index, args[1]) === 0) return Py_NewNone();
  return null;
}

/** @cpython list_clear_impl */
function list_clear(self: PyObject): PyObject {
  _list_clear(self as PyListObject);
  return Py_NewNone();
}

/** @cpython list_copy_impl */
function list_copy(self: PyObject): PyObject {
  const a = self as PyListObject;
  return list_slice(a, 0, a.ob_item.length);
}

/** @cpython list_append */
function list_append(self: PyObject, object: PyObject): PyObject | null {
  Py_INCREF(object);
  if (_PyList_AppendTakeRef(self as PyListObject, object) < 0) return null;
  return Py_NewNone();
}

/**
 * @cpython list_extend: self.extend(iterable); None, or null with an error. Exact lists and
 * tuples are copied in one go; anything else is iterated, with room reserved from its
 * __length_hint__ and the surplus given back at the end.
 */
export function list_extend(self: PyListObject, iterable: PyObject): PyObject | null {
  if (PyList_CheckExact(iterable) || iterable.ob_type === PyTuple_Type || iterable === self) {
    const seq = sequence_fast(iterable, "argument must be iterable");
    if (seq === null) return null;
    const src = seq.ob_item;
    const n = src.length;
    if (n === 0) {
      Py_DECREF(seq);
      return Py_NewNone();
    }
    const dest = self.ob_item;
    const m = dest.length;
    if (!self.ob_item_nonnull) {
      if (list_preallocate_exact(self, n) < 0) {
        Py_DECREF(seq);
        return null;
      }
    } else if (list_resize(self, m + n) < 0) {
      Py_DECREF(seq);
      return null;
    }
    // src may be dest itself (a.extend(a)): its first n items are not disturbed by pushing.
    for (let i = 0; i < n; i++) {
      const o = src[i];
      Py_INCREF(o);
      dest.push(o);
    }
    Py_DECREF(seq);
    return Py_NewNone();
  }

  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  const iternext = it.ob_type.tp_iternext!;
  // Guess the final size.
  const n = PyObject_LengthHint(iterable, 8);
  if (n < 0) {
    Py_DECREF(it);
    return null;
  }
  const m = self.ob_item.length;
  if (m > PY_SSIZE_T_MAX - n) {
    // An impossible hint: ignore it; running out of memory will tell if it was true.
  } else if (!self.ob_item_nonnull) {
    if (n && list_preallocate_exact(self, n) < 0) {
      Py_DECREF(it);
      return null;
    }
  } else if (list_resize(self, m + n) < 0) {
    Py_DECREF(it);
    return null;
  }
  for (;;) {
    const item = iternext(it);
    if (item === null) {
      if (PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
        else {
          Py_DECREF(it);
          return null;
        }
      }
      break;
    }
    const items = self.ob_item;
    if (items.length < self.allocated) items.push(item);
    else if (_PyList_AppendTakeRef(self, item) < 0) {
      Py_DECREF(it);
      return null;
    }
  }
  // Give back what the guess reserved in excess.
  if (self.ob_item.length < self.allocated) {
    if (list_resize(self, self.ob_item.length) < 0) {
      Py_DECREF(it);
      return null;
    }
  }
  Py_DECREF(it);
  return Py_NewNone();
}

/** @cpython _PyList_Extend: LIST_EXTEND's entry point. @returns new (None) */
export function _PyList_Extend(self: PyListObject, iterable: PyObject): PyObject | null {
  return list_extend(self, iterable);
}

/** @cpython list_inplace_concat: a += iterable. */
function list_inplace_concat(self: PyObject, other: PyObject): PyObject | null {
  const result = list_extend(self as PyListObject, other);
  if (result === null) return null;
  Py_DECREF(result);
  Py_INCREF(self);
  return self;
}

/** @cpython list_pop_impl: list.pop(index=-1) */
function list_pop(o: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("pop", args.length, 0, 1)) return null;
  let index = -1;
  if (args.length > 0) {
    const i = ssize_arg(args[0]);
    if (i === null) return null;
    index = i;
  }
  const self = o as PyListObject;
  const size = self.ob_item.length;
  if (size === 0) return PyErr_SetString(PyExc_IndexError, "pop from empty list");
  if (index < 0) index += size;
  if (index < 0 || index >= size) return PyErr_SetString(PyExc_IndexError, "pop index out of range");
  const v = self.ob_item[index];
  if (index === size - 1) {
    if (list_resize(self, size - 1) < 0) return null;
    self.ob_item.pop();
    return v; // the list's reference passes to the caller
  }
  Py_INCREF(v);
  if (list_ass_slice(self, index, index + 1, null) < 0) {
    Py_DECREF(v);
    return null;
  }
  return v;
}

/** @cpython reverse_slice: reverse a[lo:hi] in place. */
function reverse_slice<T>(a: T[], lo: number, hi: number): void {
  --hi;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    ++lo;
    --hi;
  }
}

// =================================================================================================
// timsort
//
// The merge state works on two parallel arrays: `keys`, which are compared, and `values`,
// which ride along (the list's items when a key function made the keys; null when the items
// are their own keys). Runs are [base, base + len) index ranges of those arrays.
//
//   list  [ 1 2 5 9 | 8 4 3 | 6 7 ... ]        count_run finds 1 2 5 9 (ascending) and
//           run 0      run 1                   8 4 3 (strictly descending: reversed in place);
//                                              short runs are extended to minrun by binarysort
//   pending: [run0 (power p0), run1 (power p1)] a new run's "power" (its depth in the ideal
//                                               merge tree) decides which pending runs merge
//
// merge_lo / merge_hi merge two adjacent runs through a temporary copy of the shorter one;
// when one side keeps winning they switch to galloping (exponential then binary search) to
// move whole blocks at once. Every comparison goes through ms.key_compare: 1 for "less",
// 0 for "not less", -1 for an error, after which the array still holds every item once.
// =================================================================================================

/** Stay in galloping mode while a side wins at least this often in a row. */
const MIN_GALLOP = 7;
/** Enough pending runs for any list a JavaScript array can hold. */
const MAX_MERGE_PENDING = 64;

/** @cpython s_slice: a pending run. */
class s_slice {
  base: number;
  len: number;
  power: number;
  constructor() {
    this.base = 0;
    this.len = 0;
    this.power = 0;
  }
}

/** A comparison: 1 when v < w, 0 when not, -1 on error. */
export type keycomparefunc<T> = (v: T, w: T, ms: MergeState<T>) => number;

/** @cpython MergeState */
export class MergeState<T> {
  min_gallop: number;
  listlen: number;
  /** Temporary storage for merges (CPython's ms->a). */
  a_keys: T[];
  a_values: unknown[] | null;
  n: number;
  pending: s_slice[];
  key_compare: keycomparefunc<T>;
  /** For unsafe_object_compare: the tp_richcompare all keys share. */
  key_richcompare: richcmpfunc | null;
  /** For unsafe_tuple_compare: how first elements compare. */
  tuple_elem_compare: keycomparefunc<T>;
  /** Out-parameter of count_run. */
  descending: boolean;
  constructor(key_compare: keycomparefunc<T>) {
    this.min_gallop = MIN_GALLOP;
    this.listlen = 0;
    this.a_keys = [];
    this.a_values = null;
    this.n = 0;
    this.pending = [];
    for (let i = 0; i < MAX_MERGE_PENDING; i++) this.pending.push(new s_slice());
    this.key_compare = key_compare;
    this.key_richcompare = null;
    this.tuple_elem_compare = key_compare;
    this.descending = false;
  }
}

/**
 * @cpython binarysort: sort keys[lo:hi] by binary insertion, given that keys[lo:start] is
 * already sorted. Stable: an item goes after the items equal to it.
 */
function binarysort<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null, lo: number, hi: number, start: number): number {
  if (lo === start) ++start;
  for (; start < hi; ++start) {
    let l = lo, r = start;
    const pivot = keys[r];
    do {
      const p = l + ((r - l) >>> 1);
      const k = ms.key_compare(pivot, keys[p], ms);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const pv = values[start];
      for (let p = start; p > l; --p) values[p] = values[p - 1];
      values[l] = pv;
    }
  }
  return 0;
}

/**
 * @cpython count_run: the length of the run starting at keys[lo] (lo < hi): the longest
 * non-descending prefix, or the longest strictly descending one (ms.descending set). -1 on
 * error.
 */
function count_run<T>(ms: MergeState<T>, keys: T[], lo: number, hi: number): number {
  ms.descending = false;
  ++lo;
  if (lo === hi) return 1;
  let n = 2;
  let k = ms.key_compare(keys[lo], keys[lo - 1], ms);
  if (k < 0) return -1;
  if (k) {
    ms.descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = ms.key_compare(keys[lo], keys[lo - 1], ms);
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = ms.key_compare(keys[lo], keys[lo - 1], ms);
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

/**
 * @cpython gallop_left: where `key` goes in the sorted a[base:base+n], left of any equal
 * items: the k with a[k-1] < key <= a[k] (offsets from base). The search starts at `hint`
 * and widens exponentially before the binary search. -1 on error.
 */
function gallop_left<T>(ms: MergeState<T>, key: T, a: T[], base: number, n: number, hint: number): number {
  const at = base + hint;
  let lastofs = 0;
  let ofs = 1;
  let k = ms.key_compare(a[at], key, ms);
  if (k < 0) return -1;
  if (k) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      k = ms.key_compare(a[at + ofs], key, ms);
      if (k < 0) return -1;
      if (k) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      k = ms.key_compare(a[at - ofs], key, ms);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  // Now a[lastofs] < key <= a[ofs]: binary search in between.
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >>> 1);
    k = ms.key_compare(a[base + m], key, ms);
    if (k < 0) return -1;
    if (k) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/**
 * @cpython gallop_right: like gallop_left, but right of any equal items: the k with
 * a[k-1] <= key < a[k].
 */
function gallop_right<T>(ms: MergeState<T>, key: T, a: T[], base: number, n: number, hint: number): number {
  const at = base + hint;
  let lastofs = 0;
  let ofs = 1;
  let k = ms.key_compare(key, a[at], ms);
  if (k < 0) return -1;
  if (k) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      k = ms.key_compare(key, a[at - ofs], ms);
      if (k < 0) return -1;
      if (k) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
    const maxofs = n - hint;
    while (ofs < maxofs) {
      k = ms.key_compare(key, a[at + ofs], ms);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >>> 1);
    k = ms.key_compare(key, a[base + m], ms);
    if (k < 0) return -1;
    if (k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copy n items src[si..] to dst[di..], front to back (fine when dst is left of src). */
function copy_up<T>(dst: T[], di: number, src: T[], si: number, n: number): void {
  for (let i = 0; i < n; i++) dst[di + i] = src[si + i];
}

/** Copy n items src[si..] to dst[di..], back to front (fine when dst is right of src). */
function copy_down<T>(dst: T[], di: number, src: T[], si: number, n: number): void {
  for (let i = n - 1; i >= 0; i--) dst[di + i] = src[si + i];
}

// Outcomes of the merge loops (CPython's goto labels).
const SUCCEED = 0, FAIL = 1, COPY_REST = 2;

/**
 * @cpython merge_lo: merge the runs keys[ssa:ssa+na] and keys[ssb:ssb+nb] (ssb = ssa+na,
 * na <= nb) from the left, through a temporary copy of the first. Requires that the first
 * run's last item belongs at the very end and the second run's first at the very start.
 */
function merge_lo<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null, ssa: number, na: number, ssb: number, nb: number): number {
  const ak = ms.a_keys;
  const av = ms.a_values;
  copy_up(ak, 0, keys, ssa, na);
  if (values !== null) copy_up(av!, 0, values, ssa, na);
  let dest = ssa;
  let pa = 0; // into the temporary copy of run a
  // The first item of b is the smallest of all.
  keys[dest] = keys[ssb];
  if (values !== null) values[dest] = values[ssb];
  dest++;
  ssb++;
  let outcome: number;
  if (--nb === 0) outcome = SUCCEED;
  else if (na === 1) outcome = COPY_REST;
  else {
    let min_gallop = ms.min_gallop;
    outer: for (;;) {
      let acount = 0; // times in a row a won
      let bcount = 0; // times in a row b won
      // One item at a time until a side wins min_gallop times in a row.
      for (;;) {
        const k = ms.key_compare(keys[ssb], ak[pa], ms);
        if (k) {
          if (k < 0) {
            outcome = FAIL;
            break outer;
          }
          keys[dest] = keys[ssb];
          if (values !== null) values[dest] = values[ssb];
          dest++;
          ssb++;
          ++bcount;
          acount = 0;
          if (--nb === 0) {
            outcome = SUCCEED;
            break outer;
          }
          if (bcount >= min_gallop) break;
        } else {
          keys[dest] = ak[pa];
          if (values !== null) values[dest] = av![pa];
          dest++;
          pa++;
          ++acount;
          bcount = 0;
          if (--na === 1) {
            outcome = COPY_REST;
            break outer;
          }
          if (acount >= min_gallop) break;
        }
      }
      // Galloping: move whole blocks while a side keeps winning by long stretches.
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1 ? 1 : 0;
        ms.min_gallop = min_gallop;
        let k = gallop_right(ms, keys[ssb], ak, pa, na, 0);
        acount = k;
        if (k) {
          if (k < 0) {
            outcome = FAIL;
            break outer;
          }
          copy_up(keys, dest, ak, pa, k);
          if (values !== null) copy_up(values, dest, av!, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na === 1) {
            outcome = COPY_REST;
            break outer;
          }
          // na == 0 only happens with an inconsistent comparison.
          if (na === 0) {
            outcome = SUCCEED;
            break outer;
          }
        }
        keys[dest] = keys[ssb];
        if (values !== null) values[dest] = values[ssb];
        dest++;
        ssb++;
        if (--nb === 0) {
          outcome = SUCCEED;
          break outer;
        }
        k = gallop_left(ms, ak[pa], keys, ssb, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) {
            outcome = FAIL;
            break outer;
          }
          copy_up(keys, dest, keys, ssb, k);
          if (values !== null) copy_up(values, dest, values, ssb, k);
          dest += k;
          ssb += k;
          nb -= k;
          if (nb === 0) {
            outcome = SUCCEED;
            break outer;
          }
        }
        keys[dest] = ak[pa];
        if (values !== null) values[dest] = av![pa];
        dest++;
        pa++;
        if (--na === 1) {
          outcome = COPY_REST;
          break outer;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop; // leaving galloping mode costs a little
      ms.min_gallop = min_gallop;
    }
  }
  if (outcome === COPY_REST) {
    // na == 1: the last item of a belongs after everything left in b.
    copy_up(keys, dest, keys, ssb, nb);
    if (values !== null) copy_up(values, dest, values, ssb, nb);
    keys[dest + nb] = ak[pa];
    if (values !== null) values[dest + nb] = av![pa];
    return 0;
  }
  if (na) {
    copy_up(keys, dest, ak, pa, na);
    if (values !== null) copy_up(values, dest, av!, pa, na);
  }
  return outcome === SUCCEED ? 0 : -1;
}

/**
 * @cpython merge_hi: the mirror image of merge_lo for na >= nb: the second run is copied
 * out and the merge fills the space from the right.
 */
function merge_hi<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null, ssa: number, na: number, ssb: number, nb: number): number {
  const bk = ms.a_keys;
  const bv = ms.a_values;
  copy_up(bk, 0, keys, ssb, nb);
  if (values !== null) copy_up(bv!, 0, values, ssb, nb);
  const basea = ssa;
  let dest = ssb + nb - 1;
  let pb = nb - 1; // into the temporary copy of run b
  let pa = ssa + na - 1;
  // The last item of a is the largest of all.
  keys[dest] = keys[pa];
  if (values !== null) values[dest] = values[pa];
  dest--;
  pa--;
  let outcome: number;
  if (--na === 0) outcome = SUCCEED;
  else if (nb === 1) outcome = COPY_REST;
  else {
    let min_gallop = ms.min_gallop;
    outer: for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        const k = ms.key_compare(bk[pb], keys[pa], ms);
        if (k) {
          if (k < 0) {
            outcome = FAIL;
            break outer;
          }
          keys[dest] = keys[pa];
          if (values !== null) values[dest] = values[pa];
          dest--;
          pa--;
          ++acount;
          bcount = 0;
          if (--na === 0) {
            outcome = SUCCEED;
            break outer;
          }
          if (acount >= min_gallop) break;
        } else {
          keys[dest] = bk[pb];
          if (values !== null) values[dest] = bv![pb];
          dest--;
          pb--;
          ++bcount;
          acount = 0;
          if (--nb === 1) {
            outcome = COPY_REST;
            break outer;
          }
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1 ? 1 : 0;
        ms.min_gallop = min_gallop;
        let k = gallop_right(ms, bk[pb], keys, basea, na, na - 1);
        if (k < 0) {
          outcome = FAIL;
          break outer;
        }
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          copy_down(keys, dest + 1, keys, pa + 1, k);
          if (values !== null) copy_down(values, dest + 1, values, pa + 1, k);
          na -= k;
          if (na === 0) {
            outcome = SUCCEED;
            break outer;
          }
        }
        keys[dest] = bk[pb];
        if (values !== null) values[dest] = bv![pb];
        dest--;
        pb--;
        if (--nb === 1) {
          outcome = COPY_REST;
          break outer;
        }
        k = gallop_left(ms, keys[pa], bk, 0, nb, nb - 1);
        if (k < 0) {
          outcome = FAIL;
          break outer;
        }
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          copy_up(keys, dest + 1, bk, pb + 1, k);
          if (values !== null) copy_up(values, dest + 1, bv!, pb + 1, k);
          nb -= k;
          if (nb === 1) {
            outcome = COPY_REST;
            break outer;
          }
          // nb == 0 only happens with an inconsistent comparison.
          if (nb === 0) {
            outcome = SUCCEED;
            break outer;
          }
        }
        keys[dest] = keys[pa];
        if (values !== null) values[dest] = values[pa];
        dest--;
        pa--;
        if (--na === 0) {
          outcome = SUCCEED;
          break outer;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      ms.min_gallop = min_gallop;
    }
  }
  if (outcome === COPY_REST) {
    // nb == 1: the first item of b belongs before everything left in a.
    copy_down(keys, dest + 1 - na, keys, pa + 1 - na, na);
    if (values !== null) copy_down(values, dest + 1 - na, values, pa + 1 - na, na);
    dest -= na;
    keys[dest] = bk[pb];
    if (values !== null) values[dest] = bv![pb];
    return 0;
  }
  if (nb) {
    copy_up(keys, dest - (nb - 1), bk, 0, nb);
    if (values !== null) copy_up(values, dest - (nb - 1), bv!, 0, nb);
  }
  return outcome === SUCCEED ? 0 : -1;
}

/** @cpython merge_at: merge pending runs i and i+1 (i is n-2 or n-3). */
function merge_at<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null, i: number): number {
  const p = ms.pending;
  let ssa = p[i].base;
  let na = p[i].len;
  const ssb = p[i + 1].base;
  let nb = p[i + 1].len;
  // Record the merged run; if i is the third-last, the last run slides down.
  p[i].len = na + nb;
  if (i === ms.n - 3) {
    p[i + 1].base = p[i + 2].base;
    p[i + 1].len = p[i + 2].len;
    p[i + 1].power = p[i + 2].power;
  }
  --ms.n;
  // Items of a that are <= b[0] are already in place.
  const k = gallop_right(ms, keys[ssb], keys, ssa, na, 0);
  if (k < 0) return -1;
  ssa += k;
  na -= k;
  if (na === 0) return 0;
  // Items of b that are >= a[-1] are already in place.
  nb = gallop_left(ms, keys[ssa + na - 1], keys, ssb, nb, nb - 1);
  if (nb <= 0) return nb;
  if (na <= nb) return merge_lo(ms, keys, values, ssa, na, ssb, nb);
  return merge_hi(ms, keys, values, ssa, na, ssb, nb);
}

/**
 * @cpython powerloop: the "power" of the boundary between the runs [s1, s1+n1) and
 * [s1+n1, s1+n1+n2) in a list of n items: the first bit at which their midpoints, as
 * fractions of n, differ.
 */
export function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1; // twice the first midpoint
  let b = a + n1 + n2; // twice the second
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/**
 * @cpython found_new_run: a run of n2 items follows the top pending run; merge pending runs
 * whose power exceeds the new boundary's, then record that power.
 */
function found_new_run<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null, n2: number): number {
  if (ms.n) {
    const p = ms.pending;
    const s1 = p[ms.n - 1].base;
    const n1 = p[ms.n - 1].len;
    const power = powerloop(s1, n1, n2, ms.listlen);
    while (ms.n > 1 && p[ms.n - 2].power > power) {
      if (merge_at(ms, keys, values, ms.n - 2) < 0) return -1;
    }
    p[ms.n - 1].power = power;
  }
  return 0;
}

/** @cpython merge_force_collapse: merge everything left, at the end. */
function merge_force_collapse<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null): number {
  const p = ms.pending;
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    if (merge_at(ms, keys, values, n) < 0) return -1;
  }
  return 0;
}

/**
 * @cpython merge_compute_minrun: n itself below 64; otherwise a length in [32, 64] such that
 * n / minrun is just below a power of 2.
 */
export function merge_compute_minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * The main loop of list_sort_impl: sort keys[0:n] (values riding along) with the comparison
 * in ms. 0, or -1 if a comparison failed (keys/values then hold some permutation of the
 * input).
 * @typhon split out of list_sort_impl so that the unit tests can sort plain JS values.
 */
export function list_sort_core<T>(ms: MergeState<T>, keys: T[], values: unknown[] | null, n: number): number {
  ms.listlen = n;
  ms.n = 0;
  ms.min_gallop = MIN_GALLOP;
  ms.a_values = values !== null ? [] : null;
  let nremaining = n;
  if (nremaining < 2) return 0;
  const minrun = merge_compute_minrun(nremaining);
  let lo = 0;
  do {
    // The next natural run ...
    let r = count_run(ms, keys, lo, lo + nremaining);
    if (r < 0) return -1;
    if (ms.descending) {
      reverse_slice(keys, lo, lo + r);
      if (values !== null) reverse_slice(values, lo, lo + r);
    }
    // ... made at least minrun long (or all that is left).
    if (r < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      if (binarysort(ms, keys, values, lo, lo + force, lo + r) < 0) return -1;
      r = force;
    }
    if (found_new_run(ms, keys, values, r) < 0) return -1;
    const top = ms.pending[ms.n];
    top.base = lo;
    top.len = r;
    ++ms.n;
    lo += r;
    nremaining -= r;
  } while (nremaining);
  if (merge_force_collapse(ms, keys, values) < 0) return -1;
  return 0;
}

// -- the comparisons the pre-sort check chooses between ---------------------------------------------

/** @cpython safe_object_compare: the general case. */
function safe_object_compare(v: PyObject, w: PyObject, _ms: MergeState<PyObject>): number {
  return PyObject_RichCompareBool(v, w, Py_LT);
}

/**
 * @cpython unsafe_object_compare: every key has the same type: call its tp_richcompare
 * directly, skipping the reflected-operand dance.
 */
function unsafe_object_compare(v: PyObject, w: PyObject, ms: MergeState<PyObject>): number {
  if (v.ob_type.tp_richcompare !== ms.key_richcompare) return PyObject_RichCompareBool(v, w, Py_LT);
  const res_obj = ms.key_richcompare!(v, w, Py_LT);
  if (res_obj === Py_NotImplemented) {
    Py_DECREF(res_obj);
    return PyObject_RichCompareBool(v, w, Py_LT);
  }
  if (res_obj === null) return -1;
  let res: number;
  if (res_obj === Py_True) res = 1;
  else if (res_obj === Py_False) res = 0;
  else res = PyObject_IsTrue(res_obj);
  Py_DECREF(res_obj);
  return res;
}

/**
 * @cpython unsafe_latin_compare: exact strs compare by code point with no Python-level calls.
 * DIVERGENCE: CPython takes this path only for one-byte strings; comparing strs never runs
 * Python code, so here every exact str does (code-point order, which JavaScript's UTF-16
 * order matches unless a surrogate pair is involved).
 */
function unsafe_unicode_compare(v: PyObject, w: PyObject, _ms: MergeState<PyObject>): number {
  const a = v as PyUnicodeObject, b = w as PyUnicodeObject;
  unicode_kind(a);
  unicode_kind(b);
  if (a.cps === null && b.cps === null) return a.str < b.str ? 1 : 0;
  const ca = a.cps ?? Array.from(a.str, (c) => c.codePointAt(0)!);
  const cb = b.cps ?? Array.from(b.str, (c) => c.codePointAt(0)!);
  const len = Math.min(ca.length, cb.length);
  for (let i = 0; i < len; i++) if (ca[i] !== cb[i]) return ca[i] < cb[i] ? 1 : 0;
  return ca.length < cb.length ? 1 : 0;
}

/**
 * @cpython unsafe_long_compare: exact ints, compared directly.
 * DIVERGENCE: CPython limits this to single-digit ints; here any exact int qualifies (a JS
 * number and a bigint compare correctly with <).
 */
function unsafe_long_compare(v: PyObject, w: PyObject, _ms: MergeState<PyObject>): number {
  return (v as PyLongObject).ob_ival < (w as PyLongObject).ob_ival ? 1 : 0;
}

/**
 * @cpython unsafe_tuple_compare: non-empty exact tuples: find the first differing position
 * by ==, and compare there with the first-element comparison when that is position 0.
 */
function unsafe_tuple_compare(v: PyObject, w: PyObject, ms: MergeState<PyObject>): number {
  const vt = (v as PyTupleObject).ob_item, wt = (w as PyTupleObject).ob_item;
  const vlen = vt.length, wlen = wt.length;
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    const k = PyObject_RichCompareBool(vt[i], wt[i], Py_EQ);
    if (k < 0) return -1;
    if (!k) break;
  }
  if (i >= vlen || i >= wlen) return vlen < wlen ? 1 : 0;
  if (i === 0) return ms.tuple_elem_compare(vt[i], wt[i], ms);
  return PyObject_RichCompareBool(vt[i], wt[i], Py_LT);
}

/**
 * The pre-sort check of list_sort_impl: if every key has one type (for tuples: every first
 * element), choose a comparison that skips the generic machinery.
 */
function choose_key_compare(ms: MergeState<PyObject>, keys: PyObject[], n: number): void {
  ms.key_compare = safe_object_compare;
  if (n <= 1) return;
  const first = keys[0];
  let keys_are_in_tuples = first.ob_type === PyTuple_Type && (first as PyTupleObject).ob_item.length > 0;
  const key_type = keys_are_in_tuples ? (first as PyTupleObject).ob_item[0].ob_type : first.ob_type;
  let keys_are_all_same_type = true;
  for (let i = 0; i < n; i++) {
    const ki = keys[i];
    if (keys_are_in_tuples && !(ki.ob_type === PyTuple_Type && (ki as PyTupleObject).ob_item.length !== 0)) {
      keys_are_in_tuples = false;
      keys_are_all_same_type = false;
      break;
    }
    const key = keys_are_in_tuples ? (ki as PyTupleObject).ob_item[0] : ki;
    if (key.ob_type !== key_type) {
      keys_are_all_same_type = false;
      // For tuples keep going: every key must still be checked for being a tuple.
      if (!keys_are_in_tuples) break;
    }
  }
  let compare: keycomparefunc<PyObject> = safe_object_compare;
  if (keys_are_all_same_type) {
    if (key_type === PyUnicodeObject.type) compare = unsafe_unicode_compare;
    else if (key_type === PyLong_Type) compare = unsafe_long_compare;
    else if ((ms.key_richcompare = key_type.tp_richcompare) !== null) compare = unsafe_object_compare;
  }
  if (keys_are_in_tuples) {
    ms.tuple_elem_compare = key_type === PyTuple_Type ? safe_object_compare : compare;
    compare = unsafe_tuple_compare;
  }
  ms.key_compare = compare;
}

const number_lt = (v: number, w: number): number => (v < w ? 1 : 0);
const string_lt = (v: string, w: string): number => (v < w ? 1 : 0);

/**
 * When every key is an exact int that is a JS number (or every key an exact str without
 * surrogate pairs), sort the plain JS values instead, with the items riding along: the same
 * comparisons give the same permutation, and comparing ints or strs runs no Python code, so
 * nothing can tell the difference -- except the speed, since the values sit together in one
 * array instead of being fetched from objects all over the heap. true when it sorted.
 * @typhon a shortcut in the spirit of the pre-sort check, one step further.
 */
function sort_unboxed(ms: MergeState<PyObject>, keys: PyObject[], items: PyObject[], n: number): boolean {
  if (n < 2) return false;
  if (ms.key_compare === unsafe_long_compare) {
    const nk: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = (keys[i] as PyLongObject).ob_ival;
      if (typeof v !== "number") return false;
      nk[i] = v;
    }
    list_sort_core(new MergeState<number>(number_lt), nk, items, n);
    return true;
  }
  if (ms.key_compare === unsafe_unicode_compare) {
    const sk: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const u = keys[i] as PyUnicodeObject;
      unicode_kind(u);
      if (u.cps !== null) return false;
      sk[i] = u.str;
    }
    list_sort_core(new MergeState<string>(string_lt), sk, items, n);
    return true;
  }
  return false;
}

/**
 * @cpython list_sort_impl: sort in place, stably; None, or null with an error. While it
 * runs the list looks empty (and `allocated` is -1), so a key or comparison that touches
 * the list cannot upset the sort; if it changed the list, ValueError follows.
 */
function list_sort_impl(self: PyListObject, keyfunc: PyObject | null, reverse: boolean): PyObject | null {
  if (keyfunc === Py_None) keyfunc = null;
  const saved_ob_size = self.ob_item.length;
  const saved_ob_item = self.ob_item;
  const saved_allocated = self.allocated;
  const saved_nonnull = self.ob_item_nonnull;
  self.ob_item = [];
  self.allocated = -1;
  self.ob_item_nonnull = false;

  let result: PyObject | null = null;
  let keys: PyObject[] | null = null;
  let keyfunc_failed = false;
  if (keyfunc !== null) {
    keys = new Array(saved_ob_size);
    for (let i = 0; i < saved_ob_size; i++) {
      const k = PyObject_CallOneArg(keyfunc, saved_ob_item[i]);
      if (k === null) {
        for (let j = i - 1; j >= 0; j--) Py_DECREF(keys[j]);
        keys = null;
        keyfunc_failed = true;
        break;
      }
      keys[i] = k;
    }
  }

  if (!keyfunc_failed) {
    const lo_keys = keys !== null ? keys : saved_ob_item;
    const lo_values = keys !== null ? saved_ob_item : null;
    const ms = new MergeState<PyObject>(safe_object_compare);
    if (saved_ob_size > 1) {
      choose_key_compare(ms, lo_keys, saved_ob_size);
    }
    if (reverse && saved_ob_size > 1) {
      // Sorting the reversed list stably and reversing the result keeps equal items in order.
      if (keys !== null) reverse_slice(keys, 0, saved_ob_size);
      reverse_slice(saved_ob_item, 0, saved_ob_size);
    }
    if (sort_unboxed(ms, lo_keys, saved_ob_item, saved_ob_size) || list_sort_core(ms, lo_keys, lo_values, saved_ob_size) === 0) {
      result = Py_None;
    }
    if (keys !== null) for (let i = 0; i < saved_ob_size; i++) Py_DECREF(keys[i]);
    if (self.allocated !== -1 && result !== null) {
      // The key or a comparison changed the list, and nothing else went wrong first.
      PyErr_SetString(PyExc_ValueError, "list modified during sort");
      result = null;
    }
    if (reverse && saved_ob_size > 1) reverse_slice(saved_ob_item, 0, saved_ob_size);
  }

  // Put the sorted items back, dropping whatever the list was given meanwhile.
  const final_ob_item = self.ob_item;
  self.ob_item = saved_ob_item;
  self.allocated = saved_allocated;
  self.ob_item_nonnull = saved_nonnull;
  for (let i = final_ob_item.length - 1; i >= 0; i--) Py_XDECREF(final_ob_item[i]);
  if (result !== null) Py_INCREF(result);
  return result;
}

/** _PyLong_AsInt for the sort flag: __index__ and a C int range check. */
function as_int_flag(o: PyObject): number | null {
  const i = PyNumber_Index(o);
  if (i === null) return null;
  const v = (i as PyLongObject).ob_ival;
  Py_DECREF(i);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

/** list.sort(*, key=None, reverse=False): the argument parsing of the clinic wrapper. */
function list_sort(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (nargs > 0) return PyErr_SetString(PyExc_TypeError, "sort() takes no positional arguments");
  let keyfunc: PyObject = Py_None;
  let reverse = 0;
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames!.ob_item[i] as PyUnicodeObject).str;
    const value = args[nargs + i];
    if (name === "key") keyfunc = value;
    else if (name === "reverse") {
      const r = as_int_flag(value);
      if (r === null) return null;
      reverse = r;
    } else {
      return PyErr_SetString(PyExc_TypeError, `'${name}' is an invalid keyword argument for sort()`);
    }
  }
  return list_sort_impl(self as PyListObject, keyfunc, reverse !== 0);
}

/**
 * Sort a list of strs (as dir() and friends need); 0, or -1 with an error.
 * @typhon a convenience name for callers that only sort strs.
 */
export function list_sort_impl_strings(list: PyListObject): number {
  return PyList_Sort(list);
}

/** @cpython PyList_Sort: 0, or -1 with an error. */
export function PyList_Sort(v: PyObject): number {
  if (!PyList_Check(v)) {
    PyErr_BadInternalCall("PyList_Sort");
    return -1;
  }
  const r = list_sort_impl(v, null, false);
  if (r === null) return -1;
  Py_DECREF(r);
  return 0;
}

/** @cpython list_reverse_impl */
function list_reverse(self: PyObject): PyObject {
  const items = (self as PyListObject).ob_item;
  if (items.length > 1) reverse_slice(items, 0, items.length);
  return Py_NewNone();
}

/** @cpython PyList_Reverse */
export function PyList_Reverse(v: PyObject): number {
  if (!PyList_Check(v)) {
    PyErr_BadInternalCall("PyList_Reverse");
    return -1;
  }
  if (v.ob_item.length > 1) reverse_slice(v.ob_item, 0, v.ob_item.length);
  return 0;
}

/** @cpython PyList_AsTuple @returns new */
export function PyList_AsTuple(v: PyObject): PyTupleObject | null {
  if (!PyList_Check(v)) return PyErr_BadInternalCall("PyList_AsTuple");
  return PyTuple_FromArray(v.ob_item);
}

/** @cpython list_index_impl: list.index(value, start=0, stop=sys.maxsize) */
function list_index(o: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("index", args.length, 1, 3)) return null;
  const self = o as PyListObject;
  const value = args[0];
  let start = 0, stop = PY_SSIZE_T_MAX;
  if (args.length > 1) {
    const s = _PyEval_SliceIndexNotNone(args[1]);
    if (s === null) return null;
    start = s;
  }
  if (args.length > 2) {
    const s = _PyEval_SliceIndexNotNone(args[2]);
    if (s === null) return null;
    stop = s;
  }
  if (start < 0) {
    start += self.ob_item.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += self.ob_item.length;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < self.ob_item.length; i++) {
    const obj = self.ob_item[i];
    Py_INCREF(obj);
    const cmp = PyObject_RichCompareBool(obj, value, Py_EQ);
    Py_DECREF(obj);
    if (cmp > 0) return PyLong_FromNumber(i);
    if (cmp < 0) return null;
  }
  const r = reprString(value);
  if (r === null) return null;
  return PyErr_SetString(PyExc_ValueError, `${r} is not in list`);
}

/** @cpython list_count */
function list_count(o: PyObject, value: PyObject): PyObject | null {
  const self = o as PyListObject;
  let count = 0;
  for (let i = 0; i < self.ob_item.length; i++) {
    const obj = self.ob_item[i];
    if (obj === value) {
      count++;
      continue;
    }
    Py_INCREF(obj);
    const cmp = PyObject_RichCompareBool(obj, value, Py_EQ);
    Py_DECREF(obj);
    if (cmp > 0) count++;
    else if (cmp < 0) return null;
  }
  return PyLong_FromNumber(count);
}

/** @cpython list_remove */
function list_remove(o: PyObject, value: PyObject): PyObject | null {
  const self = o as PyListObject;
  for (let i = 0; i < self.ob_item.length; i++) {
    const obj = self.ob_item[i];
    Py_INCREF(obj);
    const cmp = PyObject_RichCompareBool(obj, value, Py_EQ);
    Py_DECREF(obj);
    if (cmp > 0) {
      if (list_ass_slice(self, i, i + 1, null) === 0) return Py_NewNone();
      return null;
    }
    if (cmp < 0) return null;
  }
  return PyErr_SetString(PyExc_ValueError, "list.remove(x): x not in list");
}

/** Py_RETURN_RICHCOMPARE on two lengths. */
function richcompare_sizes(a: number, b: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case 0: r = a < b; break;
    case 1: r = a <= b; break;
    case 2: r = a === b; break;
    case 3: r = a !== b; break;
    case 4: r = a > b; break;
    default: r = a >= b;
  }
  return PyBool_FromLong(r ? 1 : 0);
}

/**
 * @cpython list_richcompare: lists of different lengths are unequal outright; otherwise the
 * first position where the items differ (by ==) decides, with the requested operator.
 */
function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (!PyList_Check(v) || !PyList_Check(w)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vl = v.ob_item, wl = w.ob_item;
  if (vl.length !== wl.length && (op === Py_EQ || op === Py_NE)) return PyBool_FromLong(op === Py_EQ ? 0 : 1);
  let i = 0;
  // The lists may change under the comparisons: re-read their lengths every time.
  for (; i < v.ob_item.length && i < w.ob_item.length; i++) {
    const vitem = v.ob_item[i];
    const witem = w.ob_item[i];
    if (vitem === witem) continue;
    Py_INCREF(vitem);
    Py_INCREF(witem);
    const k = PyObject_RichCompareBool(vitem, witem, Py_EQ);
    Py_DECREF(vitem);
    Py_DECREF(witem);
    if (k < 0) return null;
    if (!k) break;
  }
  if (i >= v.ob_item.length || i >= w.ob_item.length) return richcompare_sizes(v.ob_item.length, w.ob_item.length, op);
  if (op === Py_EQ) return PyBool_FromLong(0);
  if (op === Py_NE) return PyBool_FromLong(1);
  return PyObject_RichCompare(v.ob_item[i], w.ob_item[i], op);
}

/**
 * @cpython list___init___impl: list(iterable=()) empties the list, then extends it.
 */
function list___init__(o: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const self = o as PyListObject;
  if ((self.ob_type === PyList_Type || self.ob_type.tp_new === PyList_Type.tp_new) && !_PyArg_NoKwnames("list", kwnames)) {
    return -1;
  }
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional("list", nargs, 0, 1)) return -1;
  if (self.ob_item_nonnull) _list_clear(self);
  if (nargs > 0) {
    const rv = list_extend(self, args[0]);
    if (rv === null) return -1;
    Py_DECREF(rv);
  }
  return 0;
}

/**
 * list.__new__ (PyType_GenericNew): an empty list of the given type; the arguments are for
 * __init__.
 */
function list_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PyListObject(type, [], 0);
}

/** @cpython list___sizeof___impl: the header plus 8 bytes per allocated slot. */
function list___sizeof__(o: PyObject): PyObject {
  const self = o as PyListObject;
  return PyLong_FromNumber(self.ob_type.tp_basicsize + self.allocated * 8);
}

/** @cpython list_subscript: a[i] and a[i:j:k]. */
function list_subscript(o: PyObject, item: PyObject): PyObject | null {
  const self = o as PyListObject;
  if (item.ob_type === PyLong_Type) {
    // The common a[i]: an exact int, no __index__ call needed.
    const v = (item as PyLongObject).ob_ival;
    if (typeof v === "number") return list_item(self, v < 0 ? v + self.ob_item.length : v);
  }
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return null;
    if (i < 0) i += self.ob_item.length;
    return list_item(self, i);
  }
  if (PySlice_Check(item)) {
    const r = PySlice_Unpack(item as PySliceObject);
    if (r === null) return null;
    const slicelength = PySlice_AdjustIndices(self.ob_item.length, r);
    if (slicelength <= 0) return PyList_New(0);
    const start = r[0], step = r[2];
    if (step === 1) return list_slice(self, start, r[1]);
    const src = self.ob_item;
    const dest: PyObject[] = new Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      const it = src[cur];
      Py_INCREF(it);
      dest[i] = it;
    }
    return list_new_prealloc(dest);
  }
  return PyErr_SetString(PyExc_TypeError, `list indices must be integers or slices, not ${item.ob_type.tp_name}`);
}

/** @cpython list_ass_subscript: a[i] = v, a[i:j:k] = v, and their del forms (v null). */
function list_ass_subscript(o: PyObject, item: PyObject, value: PyObject | null): number {
  const self = o as PyListObject;
  if (item.ob_type === PyLong_Type) {
    const v = (item as PyLongObject).ob_ival;
    if (typeof v === "number") return list_ass_item(self, v < 0 ? v + self.ob_item.length : v, value);
  }
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i === -1 && PyErr_Occurred()) return -1;
    if (i < 0) i += self.ob_item.length;
    return list_ass_item(self, i, value);
  }
  if (!PySlice_Check(item)) {
    return PyErr_SetStringInt(PyExc_TypeError, `list indices must be integers or slices, not ${item.ob_type.tp_name}`);
  }
  const r = PySlice_Unpack(item as PySliceObject);
  if (r === null) return -1;
  const slicelength = PySlice_AdjustIndices(self.ob_item.length, r);
  let start = r[0], stop = r[1], step = r[2];
  if (step === 1) return list_ass_slice(self, start, stop, value);
  // a[5:2] = [...] inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;

  if (value === null) {
    // Deleting an extended slice: close up the gaps.
    if (slicelength <= 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const items = self.ob_item;
    const size = items.length;
    const garbage: PyObject[] = new Array(slicelength);
    let w = start;
    let g = 0;
    for (let k = start; k < size; k++) {
      if (g < slicelength && k === start + g * step) garbage[g++] = items[k];
      else items[w++] = items[k];
    }
    items.length = size - slicelength;
    const res = list_resize(self, items.length);
    for (let i = 0; i < slicelength; i++) Py_DECREF(garbage[i]);
    return res;
  }

  // Assigning to an extended slice: the sizes must agree.
  let seq: PyListObject | PyTupleObject | null;
  if (self === value) seq = list_slice(self, 0, self.ob_item.length);
  else seq = sequence_fast(value, "must assign iterable to extended slice");
  if (seq === null) return -1;
  const seqitems = seq.ob_item;
  if (seqitems.length !== slicelength) {
    Py_DECREF(seq);
    return PyErr_SetStringInt(PyExc_ValueError,
      `attempt to assign sequence of size ${seqitems.length} to extended slice of size ${slicelength}`);
  }
  if (!slicelength) {
    Py_DECREF(seq);
    return 0;
  }
  const selfitems = self.ob_item;
  const garbage: PyObject[] = new Array(slicelength);
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    garbage[i] = selfitems[cur];
    const ins = seqitems[i];
    Py_INCREF(ins);
    selfitems[cur] = ins;
  }
  for (let i = 0; i < slicelength; i++) Py_DECREF(garbage[i]);
  Py_DECREF(seq);
  return 0;
}

// -- iterators -------------------------------------------------------------------------------------

/** @cpython listiterobject */
export class listiterobject extends PyObject {
  it_index: number;
  /** Null once exhausted. */
  it_seq: PyListObject | null;
  constructor(type: PyTypeObject, seq: PyListObject, index: number) {
    super(type);
    this.it_index = index;
    this.it_seq = seq;
  }
}

/** @cpython list_iter */
function list_iter(seq: PyObject): PyObject | null {
  if (!PyList_Check(seq)) return PyErr_BadInternalCall("list_iter");
  Py_INCREF(seq);
  return new listiterobject(PyListIter_Type, seq, 0);
}

/** @cpython listiter_dealloc (also for the reverse iterator) */
function listiter_dealloc(o: PyObject): void {
  const it = o as listiterobject;
  const seq = it.it_seq;
  it.it_seq = null;
  if (seq !== null) Py_DECREF(seq);
}

/** @cpython listiter_next */
function listiter_next(o: PyObject): PyObject | null {
  const it = o as listiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const items = seq.ob_item;
  if (it.it_index < items.length) {
    const item = items[it.it_index++];
    Py_INCREF(item);
    return item;
  }
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

/** @cpython listiter_len: __length_hint__ */
function listiter_len(o: PyObject): PyObject {
  const it = o as listiterobject;
  if (it.it_seq !== null) {
    const len = it.it_seq.ob_item.length - it.it_index;
    if (len >= 0) return PyLong_FromNumber(len);
  }
  return PyLong_FromNumber(0);
}

/** @cpython listiter_setstate: __setstate__(index), clipped into the list. */
function listiter_setstate(o: PyObject, state: PyObject): PyObject | null {
  const it = o as listiterobject;
  let index = PyLong_AsSsize_t(state);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    else if (index > it.it_seq.ob_item.length) index = it.it_seq.ob_item.length;
    it.it_index = index;
  }
  return Py_NewNone();
}

/** @cpython listiter_reduce (listiter_reduce_general, forward) */
function listiter_reduce(o: PyObject): PyObject | null {
  const it = o as listiterobject;
  return _PyIter_ReduceHelper("iter", it.it_seq, it.it_seq !== null ? PyLong_FromNumber(it.it_index) : null, PyList_New(0));
}

/** @cpython listreviter_reduce (listiter_reduce_general, backward) */
function listreviter_reduce(o: PyObject): PyObject | null {
  const it = o as listiterobject;
  return _PyIter_ReduceHelper("reversed", it.it_seq, it.it_seq !== null ? PyLong_FromNumber(it.it_index) : null, PyList_New(0));
}

const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const setstate_doc = "Set state information for unpickling.";
const reduce_doc = "Return state information for pickling.";

/** @cpython PyListIter_Type */
export const PyListIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "list_iterator", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: listiter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: listiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: listiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: listiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: listiter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});

/** @cpython list___reversed___impl */
function list___reversed__(o: PyObject): PyObject {
  const self = o as PyListObject;
  Py_INCREF(self);
  return new listiterobject(PyListRevIter_Type, self, self.ob_item.length - 1);
}

/** @cpython listreviter_next */
function listreviter_next(o: PyObject): PyObject | null {
  const it = o as listiterobject;
  const seq = it.it_seq;
  if (seq === null) return null;
  const index = it.it_index;
  if (index >= 0 && index < seq.ob_item.length) {
    const item = seq.ob_item[index];
    it.it_index--;
    Py_INCREF(item);
    return item;
  }
  it.it_index = -1;
  it.it_seq = null;
  Py_DECREF(seq);
  return null;
}

/** @cpython listreviter_len */
function listreviter_len(o: PyObject): PyObject {
  const it = o as listiterobject;
  let len = it.it_index + 1;
  if (it.it_seq === null || it.it_seq.ob_item.length < len) len = 0;
  return PyLong_FromNumber(len);
}

/** @cpython listreviter_setstate */
function listreviter_setstate(o: PyObject, state: PyObject): PyObject | null {
  const it = o as listiterobject;
  let index = PyLong_AsSsize_t(state);
  if (index === -1 && PyErr_Occurred()) return null;
  if (it.it_seq !== null) {
    if (index < -1) index = -1;
    else if (index > it.it_seq.ob_item.length - 1) index = it.it_seq.ob_item.length - 1;
    it.it_index = index;
  }
  return Py_NewNone();
}

/** @cpython PyListRevIter_Type */
export const PyListRevIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "list_reverseiterator", tp_basicsize: 32, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: listiter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: listreviter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: listreviter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: listreviter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: listreviter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});

// -- the type ---------------------------------------------------------------------------------------

/** @cpython PyList_Type */
export const PyList_Type: PyTypeObject = new PyTypeObject({
  tp_name: "list", tp_basicsize: 40,
  tp_flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_MATCH_SELF | Py_TPFLAGS_SEQUENCE,
  tp_dealloc: list_dealloc, tp_repr: list_repr, tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: list_richcompare, tp_iter: list_iter, tp_init: list___init__, tp_new: list_new,
  sq_length: list_length, sq_concat: list_concat, sq_repeat: list_repeat, sq_item: list_item,
  sq_ass_item: list_ass_item, sq_contains: list_contains, sq_inplace_concat: list_inplace_concat,
  sq_inplace_repeat: list_inplace_repeat,
  mp_length: list_length, mp_subscript: list_subscript, mp_ass_subscript: list_ass_subscript,
  tp_methods: [
    { ml_name: "__getitem__", ml_meth: list_subscript, ml_flags: METH_O | METH_COEXIST, ml_doc: "x.__getitem__(y) <==> x[y]" },
    { ml_name: "__reversed__", ml_meth: list___reversed__, ml_flags: METH_NOARGS,
      ml_doc: "__reversed__($self, /)\n--\n\nAn iterator over the list from its last item to its first." },
    { ml_name: "__sizeof__", ml_meth: list___sizeof__, ml_flags: METH_NOARGS,
      ml_doc: "__sizeof__($self, /)\n--\n\nThe bytes the list occupies, counting its allocated slots." },
    { ml_name: "clear", ml_meth: list_clear, ml_flags: METH_NOARGS, ml_doc: "clear($self, /)\n--\n\nRemove every item." },
    { ml_name: "copy", ml_meth: list_copy, ml_flags: METH_NOARGS, ml_doc: "copy($self, /)\n--\n\nA new list with the same items (a shallow copy)." },
    { ml_name: "append", ml_meth: list_append, ml_flags: METH_O, ml_doc: "append($self, object, /)\n--\n\nAdd object at the end." },
    { ml_name: "insert", ml_meth: list_insert, ml_flags: METH_FASTCALL,
      ml_doc: "insert($self, index, object, /)\n--\n\nPut object just before position index." },
    { ml_name: "extend", ml_meth: list_extend, ml_flags: METH_O,
      ml_doc: "extend($self, iterable, /)\n--\n\nAdd the items of iterable at the end." },
    { ml_name: "pop", ml_meth: list_pop, ml_flags: METH_FASTCALL,
      ml_doc: "pop($self, index=-1, /)\n--\n\nTake out the item at index (the last by default) and return it.\n\nIndexError if the list is empty or index is out of range." },
    { ml_name: "remove", ml_meth: list_remove, ml_flags: METH_O,
      ml_doc: "remove($self, value, /)\n--\n\nDelete the first item equal to value.\n\nValueError if there is none." },
    { ml_name: "index", ml_meth: list_index, ml_flags: METH_FASTCALL,
      ml_doc: "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nThe position of the first item equal to value.\n\nValueError if there is none." },
    { ml_name: "count", ml_meth: list_count, ml_flags: METH_O, ml_doc: "count($self, value, /)\n--\n\nHow many items equal value." },
    { ml_name: "reverse", ml_meth: list_reverse, ml_flags: METH_NOARGS, ml_doc: "reverse($self, /)\n--\n\nReverse the list in place." },
    { ml_name: "sort", ml_meth: list_sort, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in place, ascending, and return None.\n\nThe sort is stable: equal items keep their order. With a key function,\nitems are ordered by key(item), each key computed once. reverse=True\nsorts in descending order (still stable)." },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAliasRef.fn!(cls, arg),
      ml_flags: METH_O | METH_CLASS, ml_doc: "See PEP 585" },
  ],
  tp_doc: "list(iterable=(), /)\n--\n\nThe built-in mutable sequence.\n\nWith no argument, a new empty list; otherwise a list of the items of iterable.",
});

/** Readies list and its iterators (pylifecycle calls this once). */
export function _PyList_InitTypes(): void {
  PyType_Ready(PyList_Type);
  PyType_Ready(PyListIter_Type);
  PyType_Ready(PyListRevIter_Type);
}
