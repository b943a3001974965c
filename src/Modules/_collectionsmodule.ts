/**
 * @mirrors Modules/_collectionsmodule.c
 * The native half of Lib/collections: deque (with its two iterators), defaultdict, the
 * _count_elements helper behind Counter, and _tuplegetter, the field descriptor namedtuple
 * classes use. (OrderedDict is left to collections/__init__.py's pure-Python version,
 * which it falls back on when _collections has none.)
 *
 * deque -- DIVERGENCE: CPython chains 64-slot blocks; here the items live in one ring
 * buffer (a power-of-two array with a head index), which gives the same O(1) appends and
 * pops at both ends. What the blocks make observable is kept: `state` counts every change
 * of the ends, so an iterator (or count/index/remove/__contains__ running a comparison)
 * notices a mutation and raises "deque mutated during iteration"; and the position of
 * the first item inside its 64-slot block (`leftindex`) is tracked as CPython moves it,
 * because __sizeof__ counts the blocks that position implies:
 *
 *     deque()            leftindex 32 (the centre of one empty block)
 *     d.extend(...)      an empty deque starts filling at 1, extendleft at 63
 *     d.appendleft(x)    leftindex - 1, wrapping to 63 in a new block
 *     d.popleft()        leftindex + 1, wrapping to 0 in the next block
 *     d.rotate(n)        leftindex - n (mod 64)
 *
 * insert(), remove() and del d[i] are built from rotate() and an append or pop at one
 * end, exactly as CPython builds them, so they bump `state` the same way.
 *
 *   >>> d = deque([1, 2, 3], maxlen=3); d.append(4); d
 *   deque([2, 3, 4], maxlen=3)
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_XINCREF, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_DICT_SUBCLASS,
  Py_TPFLAGS_MAPPING, METH_NOARGS, METH_O, METH_FASTCALL, METH_CLASS, Py_hash, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches, PyErr_NoMemory } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_RuntimeError, PyExc_KeyError, PyExc_AttributeError, PyExc_StopIteration } from "../Objects/exceptions.ts";
import {
  Py_None, Py_NewNone, Py_NotImplemented, PyObject_RichCompareBool, Py_ReprEnter, Py_ReprLeave, reprString,
  PyObject_HashNotImplemented, PyObject_GetAttr, PyCallable_Check, PyObject_Hash, PyObject_GenericGetAttr,
} from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyTupleObject, PyTuple_Check, PyTuple_FromArray, _PyTuple_FromArraySteal, PyTuple_New } from "../Objects/tupleobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t, _PyNumber_Index } from "../Objects/longobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyUnicode_FromString, _PyUnicode_FromId, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { _PyType_Name, PyObject_TypeCheck, _PyType_Lookup } from "../Objects/typeobject.ts";
import {
  PyDictObject, PyDict_Type, PyDict_Check, PyDict_Update, _PyDict_GetItem_KnownHash, _PyDict_SetItem_KnownHash,
} from "../Objects/dictobject.ts";
import { PyObject_GetIter, PyIter_Next, PySequence_List, PyObject_IsInstance, PyObject_SetItem, PyNumber_Add } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_CallNoArgs, PyObject_Vectorcall, PyObject_CallMethod } from "../Objects/call.ts";
import { PyObject_SelfIter } from "../Objects/iterobject.ts";
import { Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import { _PyEval_SliceIndexNotNone } from "../Objects/sliceobject.ts";
import { _PyArg_CheckPositional, _PyArg_NoKwnames, _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";

const reduce_doc = "Return state information for pickling.";
const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const class_getitem_doc = "See PEP 585";

function alloc_type(type: PyTypeObject): void {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
}

// -- deque -------------------------------------------------------------------------------------------

/** CPython's block size and the centre an empty deque's indices start from. */
const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(block): two links and BLOCKLEN item pointers. */
const BLOCK_SIZE = 16 + 8 * BLOCKLEN;
const MIN_CAPACITY = 8;

/** @cpython dequeobject */
export class dequeobject extends PyObject {
  /** The ring buffer: item i sits at ob_item[(head + i) & (capacity - 1)]. */
  ob_item: (PyObject | undefined)[];
  head: number;
  /** Number of items (Py_SIZE). */
  size: number;
  /** Bumped whenever the ends move (see the header). */
  state: number;
  /** -1 for an unbounded deque. */
  maxlen: number;
  /** Where CPython's first item would sit inside its block (for __sizeof__). */
  leftindex: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.ob_item = new Array(MIN_CAPACITY);
    this.head = 0;
    this.size = 0;
    this.state = 0;
    this.maxlen = -1;
    this.leftindex = CENTER + 1;
  }
}

/** Grow the ring buffer (twice the capacity), keeping the items in order from index 0. */
function deque_grow(deque: dequeobject): void {
  const old = deque.ob_item, cap = old.length, mask = cap - 1;
  const items: (PyObject | undefined)[] = new Array(cap * 2);
  for (let i = 0; i < deque.size; i++) items[i] = old[(deque.head + i) & mask];
  deque.ob_item = items;
  deque.head = 0;
}

/** Halve the ring buffer once it is mostly empty, so a drained deque gives its memory back. */
function deque_maybe_shrink(deque: dequeobject): void {
  const cap = deque.ob_item.length;
  if (cap <= 64 || deque.size >= cap >> 2) return;
  const old = deque.ob_item, mask = cap - 1;
  const items: (PyObject | undefined)[] = new Array(cap >> 1);
  for (let i = 0; i < deque.size; i++) items[i] = old[(deque.head + i) & mask];
  deque.ob_item = items;
  deque.head = 0;
}

/** The item at logical position i (0 <= i < size), borrowed. */
function deque_at(deque: dequeobject, i: number): PyObject {
  return deque.ob_item[(deque.head + i) & (deque.ob_item.length - 1)]!;
}

/** @cpython deque_new */
function deque_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  alloc_type(type);
  return new dequeobject(type);
}

/** Take the rightmost item out (no checks). @returns the reference the deque held */
function deque_take_right(deque: dequeobject): PyObject {
  const mask = deque.ob_item.length - 1;
  const pos = (deque.head + deque.size - 1) & mask;
  const item = deque.ob_item[pos]!;
  deque.ob_item[pos] = undefined;
  deque.size--;
  deque.state++;
  // CPython re-centres only when the right index runs off the front of its block.
  if (deque.size === 0 && (deque.leftindex % BLOCKLEN) === 0) deque.leftindex = CENTER + 1;
  deque_maybe_shrink(deque);
  return item;
}

/** Take the leftmost item out (no checks). */
function deque_take_left(deque: dequeobject): PyObject {
  const item = deque.ob_item[deque.head]!;
  deque.ob_item[deque.head] = undefined;
  deque.head = (deque.head + 1) & (deque.ob_item.length - 1);
  deque.size--;
  deque.state++;
  deque.leftindex++;
  if (deque.leftindex === BLOCKLEN) deque.leftindex = deque.size ? 0 : CENTER + 1;
  deque_maybe_shrink(deque);
  return item;
}

/** @cpython deque_pop */
function deque_pop(self: PyObject): PyObject | null {
  const deque = self as dequeobject;
  if (deque.size === 0) return PyErr_SetString(PyExc_IndexError, "pop from an empty deque");
  return deque_take_right(deque);
}

/** @cpython deque_popleft */
function deque_popleft(self: PyObject): PyObject | null {
  const deque = self as dequeobject;
  if (deque.size === 0) return PyErr_SetString(PyExc_IndexError, "pop from an empty deque");
  return deque_take_left(deque);
}

/** @cpython deque_append_internal (item is stolen); trims from the left past maxlen. */
function deque_append_internal(deque: dequeobject, item: PyObject, maxlen: number): void {
  if (deque.size === deque.ob_item.length) deque_grow(deque);
  deque.ob_item[(deque.head + deque.size) & (deque.ob_item.length - 1)] = item;
  deque.size++;
  if (maxlen >= 0 && maxlen < deque.size) {
    Py_DECREF(deque_take_left(deque));
  } else {
    deque.state++;
  }
}

/** @cpython deque_appendleft_internal (item is stolen); trims from the right past maxlen. */
function deque_appendleft_internal(deque: dequeobject, item: PyObject, maxlen: number): void {
  if (deque.size === deque.ob_item.length) deque_grow(deque);
  deque.head = (deque.head - 1) & (deque.ob_item.length - 1);
  deque.ob_item[deque.head] = item;
  deque.size++;
  deque.leftindex = deque.leftindex === 0 ? BLOCKLEN - 1 : deque.leftindex - 1;
  if (maxlen >= 0 && maxlen < deque.size) {
    Py_DECREF(deque_take_right(deque));
  } else {
    deque.state++;
  }
}

/** @cpython deque_append */
function deque_append(self: PyObject, item: PyObject): PyObject {
  const deque = self as dequeobject;
  Py_INCREF(item);
  deque_append_internal(deque, item, deque.maxlen);
  return Py_NewNone();
}

/** @cpython deque_appendleft */
function deque_appendleft(self: PyObject, item: PyObject): PyObject {
  const deque = self as dequeobject;
  Py_INCREF(item);
  deque_appendleft_internal(deque, item, deque.maxlen);
  return Py_NewNone();
}

/** @cpython finalize_iterator: release it; a StopIteration left by a raw tp_iternext is not an error. */
function finalize_iterator(it: PyObject): PyObject | null {
  if (PyErr_Occurred()) {
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) PyErr_Clear();
    else {
      Py_DECREF(it);
      return null;
    }
  }
  Py_DECREF(it);
  return Py_NewNone();
}

/** @cpython consume_iterator: extend a deque with maxlen 0. */
function consume_iterator(it: PyObject): PyObject | null {
  const iternext = it.ob_type.tp_iternext!;
  let item: PyObject | null;
  while ((item = iternext(it)) !== null) Py_DECREF(item);
  return finalize_iterator(it);
}

/** @cpython deque_extend */
function deque_extend(self: PyObject, iterable: PyObject): PyObject | null {
  const deque = self as dequeobject;
  const maxlen = deque.maxlen;
  if (self === iterable) {
    const s = PySequence_List(iterable);
    if (s === null) return null;
    const result = deque_extend(self, s);
    Py_DECREF(s);
    return result;
  }
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  if (maxlen === 0) return consume_iterator(it);
  // An empty deque starts filling from the left end of its block.
  if (deque.size === 0) deque.leftindex = 1;
  const iternext = it.ob_type.tp_iternext!;
  let item: PyObject | null;
  while ((item = iternext(it)) !== null) deque_append_internal(deque, item, maxlen);
  return finalize_iterator(it);
}

/** @cpython deque_extendleft */
function deque_extendleft(self: PyObject, iterable: PyObject): PyObject | null {
  const deque = self as dequeobject;
  const maxlen = deque.maxlen;
  if (self === iterable) {
    const s = PySequence_List(iterable);
    if (s === null) return null;
    const result = deque_extendleft(self, s);
    Py_DECREF(s);
    return result;
  }
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  if (maxlen === 0) return consume_iterator(it);
  if (deque.size === 0) deque.leftindex = BLOCKLEN - 1;
  const iternext = it.ob_type.tp_iternext!;
  let item: PyObject | null;
  while ((item = iternext(it)) !== null) deque_appendleft_internal(deque, item, maxlen);
  return finalize_iterator(it);
}

/** @cpython deque_inplace_concat: d += iterable */
function deque_inplace_concat(self: PyObject, other: PyObject): PyObject | null {
  const result = deque_extend(self, other);
  if (result === null) return null;
  Py_DECREF(result);
  Py_INCREF(self);
  return self;
}

/** @cpython deque_copy: exact deques copy directly; subclasses are called as type(d)(d[, maxlen]). */
function deque_copy(self: PyObject): PyObject | null {
  const old = self as dequeobject;
  if (self.ob_type === deque_type) {
    const nd = deque_new(deque_type, [], null) as dequeobject;
    nd.maxlen = old.maxlen;
    let rv: PyObject | null;
    if (old.size === 1) rv = deque_append(nd, deque_at(old, 0));
    else rv = deque_extend(nd, self);
    if (rv !== null) {
      Py_DECREF(rv);
      return nd;
    }
    Py_DECREF(nd);
    return null;
  }
  let result: PyObject | null;
  if (old.maxlen < 0) {
    result = PyObject_CallOneArg(self.ob_type, self);
  } else {
    const m = PyLong_FromNumber(old.maxlen);
    result = PyObject_Vectorcall(self.ob_type, [self, m], null);
    Py_DECREF(m);
  }
  if (result !== null && !PyObject_TypeCheck(result, deque_type)) {
    PyErr_SetString(PyExc_TypeError, `${self.ob_type.tp_name}() must return a deque, not ${result.ob_type.tp_name}`);
    Py_DECREF(result);
    return null;
  }
  return result;
}

/** @cpython deque_concat: d + other (other must be a deque) */
function deque_concat(self: PyObject, other: PyObject): PyObject | null {
  const rv = PyObject_IsInstance(other, deque_type);
  if (rv <= 0) {
    if (rv === 0) PyErr_SetString(PyExc_TypeError, `can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
    return null;
  }
  const nd = deque_copy(self);
  if (nd === null) return null;
  const result = deque_extend(nd, other);
  if (result === null) {
    Py_DECREF(nd);
    return null;
  }
  Py_DECREF(result);
  return nd;
}

/**
 * @cpython deque_clear: empty the deque first, then release the old items, so that a
 * __del__ touching the deque sees it already empty.
 */
function deque_clear(deque: dequeobject): void {
  const n = deque.size;
  if (n === 0) return;
  const items = deque.ob_item, head = deque.head, mask = items.length - 1;
  deque.ob_item = new Array(MIN_CAPACITY);
  deque.head = 0;
  deque.size = 0;
  deque.leftindex = CENTER + 1;
  deque.state++;
  for (let i = 0; i < n; i++) Py_DECREF(items[(head + i) & mask]!);
}

/** @cpython deque_clearmethod */
function deque_clearmethod(self: PyObject): PyObject {
  deque_clear(self as dequeobject);
  return Py_NewNone();
}

/** @cpython deque_inplace_repeat: d *= n */
function deque_inplace_repeat(self: PyObject, n: number): PyObject | null {
  const deque = self as dequeobject;
  const size = deque.size;
  if (size === 0 || n === 1) {
    Py_INCREF(self);
    return self;
  }
  if (n <= 0) {
    deque_clear(deque);
    Py_INCREF(self);
    return self;
  }
  if (size === 1) {
    const item = deque_at(deque, 0);
    if (deque.maxlen >= 0 && n > deque.maxlen) n = deque.maxlen;
    if (n - 1 > 2 ** 31) return PyErr_NoMemory();
    deque.state++;
    for (let i = 0; i < n - 1; i++) {
      Py_INCREF(item);
      if (deque.size === deque.ob_item.length) deque_grow(deque);
      deque.ob_item[(deque.head + deque.size) & (deque.ob_item.length - 1)] = item;
      deque.size++;
    }
    Py_INCREF(self);
    return self;
  }
  if (size * n > 2 ** 31) return PyErr_NoMemory();
  const seq = PySequence_List(self);
  if (seq === null) return null;
  if (deque.maxlen >= 0 && n * size > deque.maxlen) n = Math.floor((deque.maxlen + size - 1) / size);
  for (let i = 0; i < n - 1; i++) {
    const rv = deque_extend(self, seq);
    if (rv === null) {
      Py_DECREF(seq);
      return null;
    }
    Py_DECREF(rv);
  }
  Py_DECREF(seq);
  Py_INCREF(self);
  return self;
}

/** @cpython deque_repeat: d * n */
function deque_repeat(self: PyObject, n: number): PyObject | null {
  const nd = deque_copy(self);
  if (nd === null) return null;
  const rv = deque_inplace_repeat(nd, n);
  Py_DECREF(nd);
  return rv;
}

/** @cpython _deque_rotate: move n items from the right end to the left (n < 0: the other way). */
function _deque_rotate(deque: dequeobject, n: number): number {
  const len = deque.size, halflen = len >> 1;
  if (len <= 1) return 0;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  deque.state++;
  const items = deque.ob_item, mask = items.length - 1;
  deque.leftindex = (((deque.leftindex - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
  for (; n > 0; n--) {
    const last = (deque.head + len - 1) & mask;
    const item = items[last];
    items[last] = undefined;
    deque.head = (deque.head - 1) & mask;
    items[deque.head] = item;
  }
  for (; n < 0; n++) {
    const item = items[deque.head];
    items[deque.head] = undefined;
    items[(deque.head + len) & mask] = item;
    deque.head = (deque.head + 1) & mask;
  }
  return 0;
}

/** @cpython deque_rotate */
function deque_rotate(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("deque.rotate", args.length, 0, 1)) return null;
  let n = 1;
  if (args.length) {
    const index = _PyNumber_Index(args[0]);
    if (index === null) return null;
    n = PyLong_AsSsize_t(index);
    Py_DECREF(index);
    if (n === -1 && PyErr_Occurred()) return null;
  }
  _deque_rotate(self as dequeobject, n);
  return Py_NewNone();
}

/** @cpython deque_reverse (does not count as a mutation of the ends) */
function deque_reverse(self: PyObject): PyObject {
  const deque = self as dequeobject;
  const items = deque.ob_item, mask = items.length - 1;
  for (let i = 0, j = deque.size - 1; i < j; i++, j--) {
    const a = (deque.head + i) & mask, b = (deque.head + j) & mask;
    const tmp = items[a];
    items[a] = items[b];
    items[b] = tmp;
  }
  return Py_NewNone();
}

/** @cpython deque_count */
function deque_count(self: PyObject, v: PyObject): PyObject | null {
  const deque = self as dequeobject;
  const n = deque.size;
  const start_state = deque.state;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const item = deque_at(deque, i);
    Py_INCREF(item);
    const cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    Py_DECREF(item);
    if (cmp < 0) return null;
    count += cmp;
    if (start_state !== deque.state) return PyErr_SetString(PyExc_RuntimeError, "deque mutated during iteration");
  }
  return PyLong_FromNumber(count);
}

/** @cpython deque_contains */
function deque_contains(self: PyObject, v: PyObject): number {
  const deque = self as dequeobject;
  const n = deque.size;
  const start_state = deque.state;
  for (let i = 0; i < n; i++) {
    const item = deque_at(deque, i);
    Py_INCREF(item);
    const cmp = PyObject_RichCompareBool(item, v, Py_EQ);
    Py_DECREF(item);
    if (cmp) return cmp;
    if (start_state !== deque.state) {
      PyErr_SetString(PyExc_RuntimeError, "deque mutated during iteration");
      return -1;
    }
  }
  return 0;
}

/** @cpython deque_len */
function deque_len(self: PyObject): number {
  return (self as dequeobject).size;
}

/** The _PyArg_ParseStack count check for a "...:name" format. */
function parse_stack_arity(fname: string, nargs: number, min: number, max: number): boolean {
  if (nargs >= min && nargs <= max) return true;
  const bound = nargs < min ? min : max;
  const how = min === max ? "exactly" : nargs < min ? "at least" : "at most";
  PyErr_SetString(PyExc_TypeError, `${fname}() takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`);
  return false;
}

/** @cpython deque_index: d.index(value, [start, [stop]]) */
function deque_index(self: PyObject, args: PyObject[]): PyObject | null {
  const deque = self as dequeobject;
  if (!parse_stack_arity("index", args.length, 1, 3)) return null;
  const v = args[0];
  let start = 0, stop = deque.size;
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
  const size = deque.size;
  if (start < 0) {
    start += size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size;
    if (stop < 0) stop = 0;
  }
  if (stop > size) stop = size;
  if (start > stop) start = stop;
  const start_state = deque.state;
  for (let i = start; i < stop; i++) {
    const cmp = PyObject_RichCompareBool(deque_at(deque, i), v, Py_EQ);
    if (cmp > 0) return PyLong_FromNumber(i);
    if (cmp < 0) return null;
    if (start_state !== deque.state) return PyErr_SetString(PyExc_RuntimeError, "deque mutated during iteration");
  }
  const r = reprString(v);
  if (r === null) return null;
  return PyErr_SetString(PyExc_ValueError, `${r} is not in deque`);
}

/** @cpython deque_insert: built from rotate and an append at one end. */
function deque_insert(self: PyObject, args: PyObject[]): PyObject | null {
  const deque = self as dequeobject;
  if (!parse_stack_arity("insert", args.length, 2, 2)) return null;
  const iobj = _PyNumber_Index(args[0]);
  if (iobj === null) return null;
  const index = PyLong_AsSsize_t(iobj);
  Py_DECREF(iobj);
  if (index === -1 && PyErr_Occurred()) return null;
  const value = args[1];
  const n = deque.size;
  if (deque.maxlen === deque.size) return PyErr_SetString(PyExc_IndexError, "deque already at its maximum size");
  if (index >= n) return deque_append(self, value);
  if (index <= -n || index === 0) return deque_appendleft(self, value);
  _deque_rotate(deque, -index);
  const rv = index < 0 ? deque_append(self, value) : deque_appendleft(self, value);
  Py_DECREF(rv);
  _deque_rotate(deque, index);
  return Py_NewNone();
}

/** @cpython deque_item */
function deque_item(self: PyObject, i: number): PyObject | null {
  const deque = self as dequeobject;
  if (i < 0 || i >= deque.size) return PyErr_SetString(PyExc_IndexError, "deque index out of range");
  const item = deque_at(deque, i);
  Py_INCREF(item);
  return item;
}

/** @cpython deque_del_item: rotate the item to the left end, pop it, rotate back. */
function deque_del_item(deque: dequeobject, i: number): number {
  _deque_rotate(deque, -i);
  const item = deque_take_left(deque);
  _deque_rotate(deque, i);
  Py_DECREF(item);
  return 0;
}

/** @cpython deque_remove */
function deque_remove(self: PyObject, value: PyObject): PyObject | null {
  const deque = self as dequeobject;
  const n = deque.size;
  const start_state = deque.state;
  let i = 0;
  for (; i < n; i++) {
    const item = deque_at(deque, i);
    Py_INCREF(item);
    const cmp = PyObject_RichCompareBool(item, value, Py_EQ);
    Py_DECREF(item);
    if (cmp < 0) return null;
    if (start_state !== deque.state) return PyErr_SetString(PyExc_IndexError, "deque mutated during iteration");
    if (cmp > 0) break;
  }
  if (i === n) {
    const r = reprString(value);
    if (r === null) return null;
    return PyErr_SetString(PyExc_ValueError, `${r} is not in deque`);
  }
  deque_del_item(deque, i);
  return Py_NewNone();
}

/** @cpython deque_ass_item: d[i] = v (or del d[i] when v is null) */
function deque_ass_item(self: PyObject, i: number, v: PyObject | null): number {
  const deque = self as dequeobject;
  if (i < 0 || i >= deque.size) {
    PyErr_SetString(PyExc_IndexError, "deque index out of range");
    return -1;
  }
  if (v === null) return deque_del_item(deque, i);
  Py_INCREF(v);
  const pos = (deque.head + i) & (deque.ob_item.length - 1);
  const old = deque.ob_item[pos]!;
  deque.ob_item[pos] = v;
  Py_DECREF(old);
  return 0;
}

/** @cpython deque_dealloc (weak references are cleared by _Py_Dealloc) */
function deque_dealloc(self: PyObject): void {
  deque_clear(self as dequeobject);
}

/** @cpython deque_reduce: (type, () or ((), maxlen), state, iter(d)) */
function deque_reduce(self: PyObject): PyObject | null {
  const deque = self as dequeobject;
  const state = PyObject_CallMethod(self, "__getstate__", []);
  if (state === null) return null;
  const it = PyObject_GetIter(self);
  if (it === null) {
    Py_DECREF(state);
    return null;
  }
  Py_INCREF(deque.ob_type);
  if (deque.maxlen < 0) return _PyTuple_FromArraySteal([deque.ob_type, PyTuple_New(0), state, it]);
  const args = _PyTuple_FromArraySteal([PyTuple_New(0), PyLong_FromNumber(deque.maxlen)]);
  return _PyTuple_FromArraySteal([deque.ob_type, args, state, it]);
}

/** @cpython deque_repr: deque([...]) or deque([...], maxlen=n); [...] inside itself. */
function deque_repr(self: PyObject): PyObject | null {
  const i = Py_ReprEnter(self);
  if (i !== 0) {
    if (i < 0) return null;
    return PyUnicode_FromString("[...]");
  }
  const aslist = PySequence_List(self);
  if (aslist === null) {
    Py_ReprLeave(self);
    return null;
  }
  const r = reprString(aslist);
  Py_ReprLeave(self);
  Py_DECREF(aslist);
  if (r === null) return null;
  const name = _PyType_Name(self.ob_type);
  const maxlen = (self as dequeobject).maxlen;
  return PyUnicode_FromString(maxlen >= 0 ? `${name}(${r}, maxlen=${maxlen})` : `${name}(${r})`);
}

/** @cpython deque_richcompare: lexicographic, like lists, between deques only. */
function deque_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  if (!PyObject_TypeCheck(v, deque_type) || !PyObject_TypeCheck(w, deque_type)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const vs = (v as dequeobject).size, ws = (w as dequeobject).size;
  if (op === Py_EQ) {
    if (v === w) return PyBool_FromLong(1);
    if (vs !== ws) return PyBool_FromLong(0);
  }
  if (op === Py_NE) {
    if (v === w) return PyBool_FromLong(0);
    if (vs !== ws) return PyBool_FromLong(1);
  }
  let cmp = -1;
  let x: PyObject | null = null, y: PyObject | null = null;
  const it1 = PyObject_GetIter(v);
  const it2 = it1 === null ? null : PyObject_GetIter(w);
  done: {
    if (it1 === null || it2 === null) break done;
    for (;;) {
      x = PyIter_Next(it1);
      if (x === null && PyErr_Occurred()) break done;
      y = PyIter_Next(it2);
      if (x === null || y === null) break;
      const b = PyObject_RichCompareBool(x, y, Py_EQ);
      if (b === 0) {
        cmp = PyObject_RichCompareBool(x, y, op);
        Py_DECREF(x);
        Py_DECREF(y);
        break done;
      }
      Py_DECREF(x);
      Py_DECREF(y);
      if (b < 0) break done;
    }
    Py_XDECREF(x);
    Py_XDECREF(y);
    if (PyErr_Occurred()) break done;
    switch (op) {
      case Py_LT: cmp = y !== null ? 1 : 0; break;
      case Py_LE: cmp = x === null ? 1 : 0; break;
      case Py_EQ: cmp = x === y ? 1 : 0; break;
      case Py_NE: cmp = x !== y ? 1 : 0; break;
      case Py_GT: cmp = x !== null ? 1 : 0; break;
      case Py_GE: cmp = y === null ? 1 : 0; break;
    }
  }
  Py_XDECREF(it1);
  Py_XDECREF(it2);
  if (cmp === 1) return PyBool_FromLong(1);
  if (cmp === 0) return PyBool_FromLong(0);
  return null;
}

const deque_kwlist = ["iterable", "maxlen"];

/** @cpython deque_init: deque([iterable[, maxlen]]) */
function deque_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const deque = self as dequeobject;
  let iterable: PyObject | null = null, maxlenobj: PyObject | null = null;
  if (kwnames === null && args.length <= 2) {
    if (args.length > 0) iterable = args[0];
    if (args.length > 1) maxlenobj = args[1];
  } else {
    const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "deque", 0, deque_kwlist, 0, 2, 0);
    if (a === null) return -1;
    iterable = a[0];
    maxlenobj = a[1];
  }
  let maxlen = -1;
  if (maxlenobj !== null && maxlenobj !== Py_None) {
    maxlen = PyLong_AsSsize_t(maxlenobj);
    if (maxlen === -1 && PyErr_Occurred()) return -1;
    if (maxlen < 0) {
      PyErr_SetString(PyExc_ValueError, "maxlen must be non-negative");
      return -1;
    }
  }
  deque.maxlen = maxlen;
  if (deque.size > 0) deque_clear(deque);
  if (iterable !== null) {
    const rv = deque_extend(self, iterable);
    if (rv === null) return -1;
    Py_DECREF(rv);
  }
  return 0;
}

/** @cpython deque_sizeof: the object plus the blocks CPython would hold. */
function deque_sizeof(self: PyObject): PyObject {
  const deque = self as dequeobject;
  const blocks = Math.floor((deque.leftindex + deque.size + BLOCKLEN - 1) / BLOCKLEN);
  return PyLong_FromNumber(deque.ob_type.tp_basicsize + blocks * BLOCK_SIZE);
}

/** @cpython deque_get_maxlen */
function deque_get_maxlen(self: PyObject): PyObject {
  const m = (self as dequeobject).maxlen;
  return m < 0 ? Py_NewNone() : PyLong_FromNumber(m);
}

/** @cpython deque_iter */
function deque_iter(self: PyObject): PyObject {
  const deque = self as dequeobject;
  Py_INCREF(deque);
  return new dequeiterobject(dequeiter_type, deque, 0);
}

/** @cpython deque_reviter */
function deque_reviter(self: PyObject): PyObject {
  const deque = self as dequeobject;
  Py_INCREF(deque);
  return new dequeiterobject(dequereviter_type, deque, deque.size - 1);
}

export const deque_type: PyTypeObject = new PyTypeObject({
  tp_name: "collections.deque", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 216, tp_weaklistoffset: 208,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_SEQUENCE,
  tp_dealloc: deque_dealloc, tp_repr: deque_repr, tp_hash: PyObject_HashNotImplemented, tp_richcompare: deque_richcompare,
  tp_iter: deque_iter, tp_init: deque_init, tp_new: deque_new,
  sq_length: deque_len, sq_concat: deque_concat, sq_repeat: deque_repeat, sq_item: deque_item, sq_ass_item: deque_ass_item,
  sq_contains: deque_contains, sq_inplace_concat: deque_inplace_concat, sq_inplace_repeat: deque_inplace_repeat,
  tp_getset: [{ name: "maxlen", get: deque_get_maxlen, set: null, doc: "maximum size of a deque or None if unbounded" }],
  tp_methods: [
    { ml_name: "append", ml_meth: deque_append, ml_flags: METH_O, ml_doc: "Add an element to the right side of the deque." },
    { ml_name: "appendleft", ml_meth: deque_appendleft, ml_flags: METH_O, ml_doc: "Add an element to the left side of the deque." },
    { ml_name: "clear", ml_meth: deque_clearmethod, ml_flags: METH_NOARGS, ml_doc: "Remove all elements from the deque." },
    { ml_name: "__copy__", ml_meth: deque_copy, ml_flags: METH_NOARGS, ml_doc: "Return a shallow copy of a deque." },
    { ml_name: "copy", ml_meth: deque_copy, ml_flags: METH_NOARGS, ml_doc: "Return a shallow copy of a deque." },
    { ml_name: "count", ml_meth: deque_count, ml_flags: METH_O, ml_doc: "D.count(value) -> integer -- return number of occurrences of value" },
    { ml_name: "extend", ml_meth: deque_extend, ml_flags: METH_O, ml_doc: "Extend the right side of the deque with elements from the iterable" },
    { ml_name: "extendleft", ml_meth: deque_extendleft, ml_flags: METH_O, ml_doc: "Extend the left side of the deque with elements from the iterable" },
    { ml_name: "index", ml_meth: deque_index, ml_flags: METH_FASTCALL,
      ml_doc: "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present." },
    { ml_name: "insert", ml_meth: deque_insert, ml_flags: METH_FASTCALL, ml_doc: "D.insert(index, object) -- insert object before index" },
    { ml_name: "pop", ml_meth: deque_pop, ml_flags: METH_NOARGS, ml_doc: "Remove and return the rightmost element." },
    { ml_name: "popleft", ml_meth: deque_popleft, ml_flags: METH_NOARGS, ml_doc: "Remove and return the leftmost element." },
    { ml_name: "__reduce__", ml_meth: deque_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "remove", ml_meth: deque_remove, ml_flags: METH_O, ml_doc: "D.remove(value) -- remove first occurrence of value." },
    { ml_name: "__reversed__", ml_meth: deque_reviter, ml_flags: METH_NOARGS, ml_doc: "D.__reversed__() -- return a reverse iterator over the deque" },
    { ml_name: "reverse", ml_meth: deque_reverse, ml_flags: METH_NOARGS, ml_doc: "D.reverse() -- reverse *IN PLACE*" },
    { ml_name: "rotate", ml_meth: deque_rotate, ml_flags: METH_FASTCALL,
      ml_doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left." },
    { ml_name: "__sizeof__", ml_meth: deque_sizeof, ml_flags: METH_NOARGS, ml_doc: "D.__sizeof__() -- size of D in memory, in bytes" },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAlias(cls, arg), ml_flags: METH_O | METH_CLASS,
      ml_doc: class_getitem_doc },
  ],
  tp_doc: "deque([iterable[, maxlen]]) --> deque object\n\nA sequence with fast appends and pops at both ends; with maxlen, adding to one\nend drops items from the other once the deque is full.",
});

// -- the deque iterators ---------------------------------------------------------------------------------

/** @cpython dequeiterobject: `index` is the logical position of the next item. */
class dequeiterobject extends PyObject {
  deque: dequeobject;
  index: number;
  state: number;
  /** Items still to hand out. */
  counter: number;
  constructor(type: PyTypeObject, deque: dequeobject, index: number) {
    super(type);
    this.deque = deque;
    this.index = index;
    this.state = deque.state;
    this.counter = deque.size;
  }
}

/** @cpython dequeiter_dealloc */
function dequeiter_dealloc(o: PyObject): void {
  Py_XDECREF((o as dequeiterobject).deque);
}

/** @cpython dequeiter_next */
function dequeiter_next(o: PyObject): PyObject | null {
  const it = o as dequeiterobject;
  if (it.deque.state !== it.state) {
    it.counter = 0;
    return PyErr_SetString(PyExc_RuntimeError, "deque mutated during iteration");
  }
  if (it.counter === 0) return null;
  const item = deque_at(it.deque, it.index);
  it.index++;
  it.counter--;
  Py_INCREF(item);
  return item;
}

/** @cpython dequereviter_next */
function dequereviter_next(o: PyObject): PyObject | null {
  const it = o as dequeiterobject;
  if (it.counter === 0) return null;
  if (it.deque.state !== it.state) {
    it.counter = 0;
    return PyErr_SetString(PyExc_RuntimeError, "deque mutated during iteration");
  }
  const item = deque_at(it.deque, it.index);
  it.index--;
  it.counter--;
  Py_INCREF(item);
  return item;
}

/** The PyArg_ParseTuple "O!|n" parsing both iterator types' __new__ share. */
function dequeiter_args(args: PyObject[], kwnames: PyTupleObject | null, iternext: (o: PyObject) => PyObject | null, rev: boolean): PyObject | null {
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (nargs < 1 || nargs > 2) {
    const bound = nargs < 1 ? 1 : 2;
    return PyErr_SetString(PyExc_TypeError, `function takes ${nargs < 1 ? "at least" : "at most"} ${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`);
  }
  const deque = args[0];
  if (!PyObject_TypeCheck(deque, deque_type)) {
    return PyErr_SetString(PyExc_TypeError, `argument 1 must be ${deque_type.tp_name}, not ${_PyType_Name(deque.ob_type)}`);
  }
  let index = 0;
  if (nargs > 1) {
    const iobj = _PyNumber_Index(args[1]);
    if (iobj === null) return null;
    index = PyLong_AsSsize_t(iobj);
    Py_DECREF(iobj);
    if (index === -1 && PyErr_Occurred()) return null;
  }
  const it = (rev ? deque_reviter(deque) : deque_iter(deque)) as dequeiterobject;
  for (let i = 0; i < index; i++) {
    const item = iternext(it);
    if (item !== null) Py_DECREF(item);
    else if (it.counter) {
      Py_DECREF(it);
      return null;
    } else break;
  }
  return it;
}

/** @cpython dequeiter_new */
function dequeiter_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return dequeiter_args(args, kwnames, dequeiter_next, false);
}

/** @cpython dequereviter_new */
function dequereviter_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  return dequeiter_args(args, kwnames, dequereviter_next, true);
}

/** @cpython dequeiter_len */
function dequeiter_len(o: PyObject): PyObject {
  return PyLong_FromNumber((o as dequeiterobject).counter);
}

/** @cpython dequeiter_reduce: (type, (deque, items already handed out)) */
function dequeiter_reduce(o: PyObject): PyObject | null {
  const it = o as dequeiterobject;
  const done = PyLong_FromNumber(it.deque.size - it.counter);
  Py_INCREF(it.ob_type);
  Py_INCREF(it.deque);
  return _PyTuple_FromArraySteal([it.ob_type, _PyTuple_FromArraySteal([it.deque, done])]);
}

const dequeiter_methods: PyMethodDef[] = [
  { ml_name: "__length_hint__", ml_meth: dequeiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
  { ml_name: "__reduce__", ml_meth: dequeiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
];

const dequeiter_type: PyTypeObject = new PyTypeObject({
  tp_name: "_collections._deque_iterator", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: dequeiter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: dequeiter_next, tp_new: dequeiter_new,
  tp_methods: dequeiter_methods,
});

const dequereviter_type: PyTypeObject = new PyTypeObject({
  tp_name: "_collections._deque_reverse_iterator", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56, tp_flags: Py_TPFLAGS_HAVE_GC,
  tp_dealloc: dequeiter_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: dequereviter_next, tp_new: dequereviter_new,
  tp_methods: dequeiter_methods,
});

// -- defaultdict ------------------------------------------------------------------------------------------

/** @cpython defdictobject: a dict with a default_factory (null: none set). */
export type defdictobject = PyDictObject & { default_factory: PyObject | null };

/**
 * The JS class of defaultdict instances, made on first use: dictobject.ts may not have
 * been evaluated yet when this module is (the modules import each other in a cycle).
 */
let defdict_class: (new (type: PyTypeObject) => defdictobject) | null = null;
function defdict_cls(): new (type: PyTypeObject) => defdictobject {
  return defdict_class ??= class extends PyDictObject {
    default_factory: PyObject | null;
    constructor(type: PyTypeObject) {
      super(type);
      this.default_factory = null;
    }
  };
}

/** The factory of a defaultdict (null for none, also for one made by dict.__new__). */
function factory_of(dd: PyObject): PyObject | null {
  return (dd as defdictobject).default_factory ?? null;
}

/**
 * @typhon defaultdict's tp_new. CPython inherits dict's, whose tp_alloc makes room for the
 * extra field; here the instance must be made as a defdictobject.
 */
function defdict_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  alloc_type(type);
  return new (defdict_cls())(type);
}

/** @cpython defdict_missing: store and return default_factory(), or raise KeyError. */
function defdict_missing(self: PyObject, key: PyObject): PyObject | null {
  const factory = factory_of(self);
  if (factory === null || factory === Py_None) {
    const tup = PyTuple_FromArray([key]);
    PyErr_SetObject(PyExc_KeyError, tup);
    Py_DECREF(tup);
    return null;
  }
  const value = PyObject_CallNoArgs(factory);
  if (value === null) return null;
  if (PyObject_SetItem(self, key, value) < 0) {
    Py_DECREF(value);
    return null;
  }
  return value;
}

/** @cpython new_defdict: type(dd)(default_factory, arg) */
function new_defdict(dd: PyObject, arg: PyObject): PyObject | null {
  return PyObject_Vectorcall(dd.ob_type, [factory_of(dd) ?? Py_None, arg], null);
}

/** @cpython defdict_copy */
function defdict_copy(self: PyObject): PyObject | null {
  return new_defdict(self, self);
}

/** @cpython defdict_reduce: (type, (factory,) or (), None, None, iter(d.items())) */
function defdict_reduce(self: PyObject): PyObject | null {
  const factory = factory_of(self);
  const args = factory === null || factory === Py_None ? PyTuple_New(0) : PyTuple_FromArray([factory]);
  const items = PyObject_CallMethod(self, "items", []);
  if (items === null) {
    Py_DECREF(args);
    return null;
  }
  const iter = PyObject_GetIter(items);
  Py_DECREF(items);
  if (iter === null) {
    Py_DECREF(args);
    return null;
  }
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, args, Py_NewNone(), Py_NewNone(), iter]);
}

/** @cpython defdict_dealloc */
function defdict_dealloc(self: PyObject): void {
  const dd = self as defdictobject;
  const f = dd.default_factory ?? null;
  dd.default_factory = null;
  Py_XDECREF(f);
  PyDict_Type.tp_dealloc!(self);
}

/** @cpython defdict_repr: defaultdict(<factory>, {...}) */
function defdict_repr(self: PyObject): PyObject | null {
  const baserepr = PyDict_Type.tp_repr!(self);
  if (baserepr === null) return null;
  const factory = factory_of(self);
  let defrepr: string | null;
  if (factory === null) {
    defrepr = "None";
  } else {
    const status = Py_ReprEnter(factory);
    if (status !== 0) {
      if (status < 0) {
        Py_DECREF(baserepr);
        return null;
      }
      defrepr = "...";
    } else {
      defrepr = reprString(factory);
    }
    Py_ReprLeave(factory);
  }
  if (defrepr === null) {
    Py_DECREF(baserepr);
    return null;
  }
  const r = PyUnicode_FromString(`${_PyType_Name(self.ob_type)}(${defrepr}, ${(baserepr as PyUnicodeObject).str})`);
  Py_DECREF(baserepr);
  return r;
}

/** @cpython defdict_or: the defaultdict side's type makes the result. */
function defdict_or(left: PyObject, right: PyObject): PyObject | null {
  let self: PyObject, other: PyObject;
  if (PyObject_TypeCheck(left, defdict_type)) {
    self = left;
    other = right;
  } else {
    self = right;
    other = left;
  }
  if (!PyDict_Check(other)) {
    Py_INCREF(Py_NotImplemented);
    return Py_NotImplemented;
  }
  const nw = new_defdict(self, left);
  if (nw === null) return null;
  if (PyDict_Update(nw, right) < 0) {
    Py_DECREF(nw);
    return null;
  }
  return nw;
}

/** @cpython defdict_init: the first positional argument is the factory; dict.__init__ gets the rest. */
function defdict_init(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const dd = self as defdictobject;
  const olddefault = dd.default_factory ?? null;
  let newdefault: PyObject | null = null;
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  let rest = args;
  if (nargs > 0) {
    newdefault = args[0];
    if (!PyCallable_Check(newdefault) && newdefault !== Py_None) {
      PyErr_SetString(PyExc_TypeError, "first argument must be callable or None");
      return -1;
    }
    rest = args.slice(1);
  }
  Py_XINCREF(newdefault);
  dd.default_factory = newdefault;
  const result = PyDict_Type.tp_init!(self, rest, kwnames);
  Py_XDECREF(olddefault);
  return result;
}

export const defdict_type: PyTypeObject = new PyTypeObject({
  tp_name: "collections.defaultdict", tp_getattro: PyObject_GenericGetAttr, tp_basicsize: 56,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_MAPPING,
  tp_dealloc: defdict_dealloc, tp_repr: defdict_repr, tp_init: defdict_init, tp_new: defdict_new,
  nb_or: defdict_or,
  tp_members: [{
    name: "default_factory",
    get: (o) => {
      const f = factory_of(o) ?? Py_None;
      Py_INCREF(f);
      return f;
    },
    set: (o, v) => {
      const dd = o as defdictobject;
      const old = dd.default_factory ?? null;
      Py_XINCREF(v);
      dd.default_factory = v;
      Py_XDECREF(old);
      return 0;
    },
    doc: "Factory for default value called by __missing__().",
  }],
  tp_methods: [
    { ml_name: "__missing__", ml_meth: defdict_missing, ml_flags: METH_O,
      ml_doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n" },
    { ml_name: "copy", ml_meth: defdict_copy, ml_flags: METH_NOARGS, ml_doc: "D.copy() -> a shallow copy of D." },
    { ml_name: "__copy__", ml_meth: defdict_copy, ml_flags: METH_NOARGS, ml_doc: "D.copy() -> a shallow copy of D." },
    { ml_name: "__reduce__", ml_meth: defdict_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAlias(cls, arg), ml_flags: METH_O | METH_CLASS,
      ml_doc: class_getitem_doc },
  ],
  tp_doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
    + "A dict that calls default_factory() (with no arguments) to make the value of a\nmissing key looked up with d[key], and stores it. Other arguments are passed on to\n"
    + "dict(), and a defaultdict compares equal to a dict with the same items.\n",
});

// -- _count_elements --------------------------------------------------------------------------------------

/**
 * @cpython _collections__count_elements_impl: mapping[x] = mapping.get(x, 0) + 1 for each x.
 * A plain dict (get and __setitem__ not overridden) is updated directly, hashing each key once.
 */
function _count_elements(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_count_elements", args.length, 2, 2)) return null;
  const [mapping, iterable] = args;
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  const one = PyLong_FromNumber(1);
  const mapping_get = _PyType_Lookup(mapping.ob_type, _PyUnicode_FromId("get"));
  const dict_get = _PyType_Lookup(PyDict_Type, _PyUnicode_FromId("get"));
  const mapping_setitem = _PyType_Lookup(mapping.ob_type, _PyUnicode_FromId("__setitem__"));
  const dict_setitem = _PyType_Lookup(PyDict_Type, _PyUnicode_FromId("__setitem__"));
  let key: PyObject | null = null;
  if (mapping_get !== null && mapping_get === dict_get && mapping_setitem !== null && mapping_setitem === dict_setitem && PyDict_Check(mapping)) {
    for (;;) {
      key = PyIter_Next(it);
      if (key === null) break;
      const lo = PyObject_Hash(key);
      const hi = Py_hash.hi;
      if (lo === -1 && hi === -1) break;
      const oldval = _PyDict_GetItem_KnownHash(mapping as PyDictObject, key, lo, hi);
      if (oldval === null) {
        if (PyErr_Occurred()) break;
        if (_PyDict_SetItem_KnownHash(mapping as PyDictObject, key, one, lo, hi) < 0) break;
      } else {
        const newval = PyNumber_Add(oldval, one);
        if (newval === null) break;
        const r = _PyDict_SetItem_KnownHash(mapping as PyDictObject, key, newval, lo, hi);
        Py_DECREF(newval);
        if (r < 0) break;
      }
      Py_DECREF(key);
      key = null;
    }
  } else {
    const bound_get = PyObject_GetAttr(mapping, _PyUnicode_FromId("get"));
    if (bound_get !== null) {
      const zero = PyLong_FromNumber(0);
      for (;;) {
        key = PyIter_Next(it);
        if (key === null) break;
        const oldval = PyObject_Vectorcall(bound_get, [key, zero], null);
        if (oldval === null) break;
        const newval = PyNumber_Add(oldval, one);
        Py_DECREF(oldval);
        if (newval === null) break;
        const r = PyObject_SetItem(mapping, key, newval);
        Py_DECREF(newval);
        if (r < 0) break;
        Py_DECREF(key);
        key = null;
      }
      Py_DECREF(zero);
      Py_DECREF(bound_get);
    }
  }
  Py_DECREF(it);
  Py_XDECREF(key);
  Py_DECREF(one);
  if (PyErr_Occurred()) return null;
  return Py_NewNone();
}

// -- _tuplegetter -----------------------------------------------------------------------------------------

/** @cpython _tuplegetterobject: the descriptor of field `index` of a namedtuple class. */
class _tuplegetterobject extends PyObject {
  index: number;
  doc: PyObject | null;
  constructor(type: PyTypeObject, index: number, doc: PyObject) {
    super(type);
    this.index = index;
    this.doc = doc;
  }
}

/** @cpython tuplegetter_new_impl: _tuplegetter(index, doc, /) */
function tuplegetter_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if ((type === tuplegetter_type || type.tp_init === tuplegetter_type.tp_init) && !_PyArg_NoKwnames("_tuplegetter", kwnames)) return null;
  const nargs = args.length - (kwnames === null ? 0 : kwnames.ob_item.length);
  if (!_PyArg_CheckPositional("_tuplegetter", nargs, 2, 2)) return null;
  const iobj = _PyNumber_Index(args[0]);
  if (iobj === null) return null;
  const index = PyLong_AsSsize_t(iobj);
  Py_DECREF(iobj);
  if (index === -1 && PyErr_Occurred()) return null;
  alloc_type(type);
  Py_INCREF(args[1]);
  return new _tuplegetterobject(type, index, args[1]);
}

/** @cpython tuplegetter_descr_get: the item of the tuple, or the descriptor itself on the class. */
function tuplegetter_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject | null {
  const index = (self as _tuplegetterobject).index;
  if (obj === null) {
    Py_INCREF(self);
    return self;
  }
  if (!PyTuple_Check(obj)) {
    if (obj === Py_None) {
      Py_INCREF(self);
      return self;
    }
    return PyErr_SetString(PyExc_TypeError,
      `descriptor for index '${index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`);
  }
  if (index < 0 || index >= obj.ob_item.length) return PyErr_SetString(PyExc_IndexError, "tuple index out of range");
  const result = obj.ob_item[index];
  Py_INCREF(result);
  return result;
}

/** @cpython tuplegetter_descr_set: the fields are read-only. */
function tuplegetter_descr_set(_self: PyObject, _obj: PyObject, value: PyObject | null): number {
  PyErr_SetString(PyExc_AttributeError, value === null ? "can't delete attribute" : "can't set attribute");
  return -1;
}

/** @cpython tuplegetter_dealloc */
function tuplegetter_dealloc(o: PyObject): void {
  const t = o as _tuplegetterobject;
  const d = t.doc;
  t.doc = null;
  Py_XDECREF(d);
}

/** @cpython tuplegetter_reduce: (type, (index, doc)) */
function tuplegetter_reduce(o: PyObject): PyObject | null {
  const t = o as _tuplegetterobject;
  Py_INCREF(t.ob_type);
  const doc = t.doc ?? Py_None;
  Py_INCREF(doc);
  return _PyTuple_FromArraySteal([t.ob_type, _PyTuple_FromArraySteal([PyLong_FromNumber(t.index), doc])]);
}

/** @cpython tuplegetter_repr: _tuplegetter(index, doc) */
function tuplegetter_repr(o: PyObject): PyObject | null {
  const t = o as _tuplegetterobject;
  const r = t.doc === null ? "<NULL>" : reprString(t.doc);
  if (r === null) return null;
  return PyUnicode_FromString(`${_PyType_Name(t.ob_type)}(${t.index}, ${r})`);
}

const tuplegetter_type: PyTypeObject = new PyTypeObject({
  tp_name: "_collections._tuplegetter", tp_basicsize: 32, tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_dealloc: tuplegetter_dealloc, tp_repr: tuplegetter_repr, tp_descr_get: tuplegetter_descr_get,
  tp_descr_set: tuplegetter_descr_set, tp_new: tuplegetter_new,
  tp_members: [{
    name: "__doc__",
    get: (o) => {
      const d = (o as _tuplegetterobject).doc ?? Py_None;
      Py_INCREF(d);
      return d;
    },
    set: (o, v) => {
      const t = o as _tuplegetterobject;
      const old = t.doc;
      Py_XINCREF(v);
      t.doc = v;
      Py_XDECREF(old);
      return 0;
    },
  }],
  tp_methods: [{ ml_name: "__reduce__", ml_meth: tuplegetter_reduce, ml_flags: METH_NOARGS }],
});

// -- the module -------------------------------------------------------------------------------------------

const collections_methods: PyMethodDef[] = [
  { ml_name: "_count_elements", ml_meth: _count_elements, ml_flags: METH_FASTCALL,
    ml_doc: "_count_elements($module, mapping, iterable, /)\n--\n\nCount the items of iterable into mapping (mapping[x] += 1, from 0)." },
];

/** @cpython PyInit__collections (collections_exec adds the types) */
export function PyInit__collections(): PyObject | null {
  const m = PyModule_Create("_collections",
    "Fast containers for the collections module.\n- deque:        a sequence with fast appends and pops at both ends\n- defaultdict:  a dict that makes missing values with a factory\n",
    collections_methods);
  defdict_type.tp_base = PyDict_Type;
  for (const t of [deque_type, defdict_type, dequeiter_type, dequereviter_type, tuplegetter_type]) {
    if (PyModule_AddType(m, t) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  return m;
}
