/**
 * @mirrors Modules/_heapqmodule.c
 * The accelerator behind Lib/heapq.py: a binary min-heap kept in a plain list, where the
 * item at k is never greater than those at 2k+1 and 2k+2, so heap[0] is the smallest.
 *
 *              0
 *          1       2          heap[k] <= heap[2k+1]
 *        3   4   5   6        heap[k] <= heap[2k+2]
 *
 * Two moves keep the invariant. siftdown(start, pos) lifts the item at pos towards the
 * root while it is smaller than its parent. siftup(pos) first walks the hole at pos down
 * to a leaf, always promoting the smaller child (one comparison per level), then lets the
 * displaced item rise with siftdown -- fewer comparisons than stopping early, because
 * the item that fills a hole usually came from the bottom and belongs near it.
 *
 * Every comparison is a single `<` in the same order CPython makes it, so heaps of objects
 * with unusual __lt__ come out the same, and a comparison that resizes the list raises
 * RuntimeError. The _max variants mirror the same code with the comparisons turned round
 * (heapq.merge(reverse=True) and nlargest use them).
 */
import { PyObject, Py_DECREF, Py_INCREF, METH_FASTCALL, METH_O, Py_LT, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_IndexError, PyExc_RuntimeError } from "../Objects/exceptions.ts";
import { Py_NewNone, PyObject_RichCompareBool } from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddStringConstant } from "../Objects/moduleobject.ts";
import { PyList_Check, PyList_Append, PyList_SetSlice, type PyListObject } from "../Objects/listobject.ts";
import { _PyArg_BadArgument } from "../Objects/unicodeobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";

type siftfunc = (heap: PyListObject, pos: number) => number;

/** @cpython siftdown: move heap[pos] up towards startpos while it is smaller than its parent. */
function siftdown(heap: PyListObject, startpos: number, pos: number): number {
  const size = heap.ob_item.length;
  if (pos >= size) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
    return -1;
  }
  let arr = heap.ob_item;
  const newitem = arr[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos];
    Py_INCREF(newitem);
    Py_INCREF(parent);
    const cmp = PyObject_RichCompareBool(newitem, parent, Py_LT);
    Py_DECREF(parent);
    Py_DECREF(newitem);
    if (cmp < 0) return -1;
    if (size !== heap.ob_item.length) {
      PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
      return -1;
    }
    if (cmp === 0) break;
    arr = heap.ob_item;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
  return 0;
}

/** @cpython siftup: walk the hole at pos down to a leaf along the smaller children, then siftdown. */
function siftup(heap: PyListObject, pos: number): number {
  const endpos = heap.ob_item.length;
  const startpos = pos;
  if (pos >= endpos) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
    return -1;
  }
  let arr = heap.ob_item;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = arr[childpos], b = arr[childpos + 1];
      Py_INCREF(a);
      Py_INCREF(b);
      const cmp = PyObject_RichCompareBool(a, b, Py_LT);
      Py_DECREF(a);
      Py_DECREF(b);
      if (cmp < 0) return -1;
      childpos += cmp ^ 1;
      arr = heap.ob_item;
      if (endpos !== arr.length) {
        PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
        return -1;
      }
    }
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  return siftdown(heap, startpos, pos);
}

/** @cpython siftdown_max */
function siftdown_max(heap: PyListObject, startpos: number, pos: number): number {
  const size = heap.ob_item.length;
  if (pos >= size) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
    return -1;
  }
  let arr = heap.ob_item;
  const newitem = arr[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos];
    Py_INCREF(parent);
    Py_INCREF(newitem);
    const cmp = PyObject_RichCompareBool(parent, newitem, Py_LT);
    Py_DECREF(parent);
    Py_DECREF(newitem);
    if (cmp < 0) return -1;
    if (size !== heap.ob_item.length) {
      PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
      return -1;
    }
    if (cmp === 0) break;
    arr = heap.ob_item;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
  return 0;
}

/** @cpython siftup_max */
function siftup_max(heap: PyListObject, pos: number): number {
  const endpos = heap.ob_item.length;
  const startpos = pos;
  if (pos >= endpos) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
    return -1;
  }
  let arr = heap.ob_item;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = arr[childpos + 1], b = arr[childpos];
      Py_INCREF(a);
      Py_INCREF(b);
      const cmp = PyObject_RichCompareBool(a, b, Py_LT);
      Py_DECREF(a);
      Py_DECREF(b);
      if (cmp < 0) return -1;
      childpos += cmp ^ 1;
      arr = heap.ob_item;
      if (endpos !== arr.length) {
        PyErr_SetString(PyExc_RuntimeError, "list changed size during iteration");
        return -1;
      }
    }
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  return siftdown_max(heap, startpos, pos);
}

/** The clinic check `heap: object(subclass_of='&PyList_Type')`. */
function check_heap(fname: string, displayname: string, heap: PyObject): heap is PyListObject {
  if (PyList_Check(heap)) return true;
  _PyArg_BadArgument(fname, displayname, "list", heap);
  return false;
}

/** @cpython _heapq_heappush_impl */
function _heapq_heappush(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("heappush", args.length, 2, 2)) return null;
  const heap = args[0];
  if (!check_heap("heappush", "argument 1", heap)) return null;
  if (PyList_Append(heap, args[1]) < 0) return null;
  if (siftdown(heap, 0, heap.ob_item.length - 1) < 0) return null;
  return Py_NewNone();
}

/** @cpython heappop_internal: the last item fills the root's place and sifts. */
function heappop_internal(heap: PyListObject, siftup_func: siftfunc): PyObject | null {
  let n = heap.ob_item.length;
  if (n === 0) return PyErr_SetString(PyExc_IndexError, "index out of range");
  const lastelt = heap.ob_item[n - 1];
  Py_INCREF(lastelt);
  if (PyList_SetSlice(heap, n - 1, n, null) < 0) {
    Py_DECREF(lastelt);
    return null;
  }
  n--;
  if (n === 0) return lastelt;
  const returnitem = heap.ob_item[0];
  heap.ob_item[0] = lastelt;
  if (siftup_func(heap, 0) < 0) {
    Py_DECREF(returnitem);
    return null;
  }
  return returnitem;
}

/** @cpython _heapq_heappop_impl */
function _heapq_heappop(_module: PyObject, heap: PyObject): PyObject | null {
  if (!check_heap("heappop", "argument", heap)) return null;
  return heappop_internal(heap, siftup);
}

/** @cpython heapreplace_internal */
function heapreplace_internal(heap: PyListObject, item: PyObject, siftup_func: siftfunc): PyObject | null {
  if (heap.ob_item.length === 0) return PyErr_SetString(PyExc_IndexError, "index out of range");
  const returnitem = heap.ob_item[0];
  Py_INCREF(item);
  heap.ob_item[0] = item;
  if (siftup_func(heap, 0) < 0) {
    Py_DECREF(returnitem);
    return null;
  }
  return returnitem;
}

/** @cpython _heapq_heapreplace_impl */
function _heapq_heapreplace(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("heapreplace", args.length, 2, 2)) return null;
  const heap = args[0];
  if (!check_heap("heapreplace", "argument 1", heap)) return null;
  return heapreplace_internal(heap, args[1], siftup);
}

/** @cpython _heapq_heappushpop_impl: item itself comes back when it is not above heap[0]. */
function _heapq_heappushpop(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("heappushpop", args.length, 2, 2)) return null;
  const heap = args[0], item = args[1];
  if (!check_heap("heappushpop", "argument 1", heap)) return null;
  if (heap.ob_item.length === 0) {
    Py_INCREF(item);
    return item;
  }
  const top = heap.ob_item[0];
  Py_INCREF(top);
  const cmp = PyObject_RichCompareBool(top, item, Py_LT);
  Py_DECREF(top);
  if (cmp < 0) return null;
  if (cmp === 0) {
    Py_INCREF(item);
    return item;
  }
  if (heap.ob_item.length === 0) return PyErr_SetString(PyExc_IndexError, "index out of range");
  const returnitem = heap.ob_item[0];
  Py_INCREF(item);
  heap.ob_item[0] = item;
  if (siftup(heap, 0) < 0) {
    Py_DECREF(returnitem);
    return null;
  }
  return returnitem;
}

/** @cpython keep_top_bit: n with every bit below its highest one cleared. */
function keep_top_bit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return n * 2 ** i;
}

/**
 * @cpython cache_friendly_heapify: the same siftups as the simple loop (so the same heap and
 * the same comparisons), ordered so that a parent is sifted as soon as both its children are.
 */
function cache_friendly_heapify(heap: PyListObject, siftup_func: siftfunc): PyObject | null {
  const m = heap.ob_item.length >> 1;
  const leftmost = keep_top_bit(m + 1) - 1;
  const mhalf = m >> 1;
  for (let i = leftmost - 1; i >= mhalf; i--) {
    let j = i;
    for (;;) {
      if (siftup_func(heap, j) < 0) return null;
      if (!(j & 1)) break;
      j >>= 1;
    }
  }
  for (let i = m - 1; i >= leftmost; i--) {
    let j = i;
    for (;;) {
      if (siftup_func(heap, j) < 0) return null;
      if (!(j & 1)) break;
      j >>= 1;
    }
  }
  return Py_NewNone();
}

/** @cpython heapify_internal: siftup each parent, from the last one back to the root. */
function heapify_internal(heap: PyListObject, siftup_func: siftfunc): PyObject | null {
  const n = heap.ob_item.length;
  if (n > 2500) return cache_friendly_heapify(heap, siftup_func);
  for (let i = (n >> 1) - 1; i >= 0; i--) {
    if (siftup_func(heap, i) < 0) return null;
  }
  return Py_NewNone();
}

/** @cpython _heapq_heapify_impl */
function _heapq_heapify(_module: PyObject, heap: PyObject): PyObject | null {
  if (!check_heap("heapify", "argument", heap)) return null;
  return heapify_internal(heap, siftup);
}

/** @cpython _heapq__heappop_max_impl */
function _heapq__heappop_max(_module: PyObject, heap: PyObject): PyObject | null {
  if (!check_heap("_heappop_max", "argument", heap)) return null;
  return heappop_internal(heap, siftup_max);
}

/** @cpython _heapq__heapreplace_max_impl */
function _heapq__heapreplace_max(_module: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("_heapreplace_max", args.length, 2, 2)) return null;
  const heap = args[0];
  if (!check_heap("_heapreplace_max", "argument 1", heap)) return null;
  return heapreplace_internal(heap, args[1], siftup_max);
}

/** @cpython _heapq__heapify_max_impl */
function _heapq__heapify_max(_module: PyObject, heap: PyObject): PyObject | null {
  if (!check_heap("_heapify_max", "argument", heap)) return null;
  return heapify_internal(heap, siftup_max);
}

const heapq_methods: PyMethodDef[] = [
  { ml_name: "heappush", ml_meth: _heapq_heappush, ml_flags: METH_FASTCALL,
    ml_doc: "heappush($module, heap, item, /)\n--\n\nAdd item to the heap, keeping the heap invariant." },
  { ml_name: "heappushpop", ml_meth: _heapq_heappushpop, ml_flags: METH_FASTCALL,
    ml_doc: "heappushpop($module, heap, item, /)\n--\n\nAdd item, then remove and return the smallest item; one step, cheaper than\nheappush() followed by heappop()." },
  { ml_name: "heappop", ml_meth: _heapq_heappop, ml_flags: METH_O,
    ml_doc: "heappop($module, heap, /)\n--\n\nRemove and return the smallest item, keeping the heap invariant." },
  { ml_name: "heapreplace", ml_meth: _heapq_heapreplace, ml_flags: METH_FASTCALL,
    ml_doc: "heapreplace($module, heap, item, /)\n--\n\nRemove and return the smallest item, then add item; the heap keeps its size.\nThe item returned may be larger than the one added." },
  { ml_name: "heapify", ml_meth: _heapq_heapify, ml_flags: METH_O,
    ml_doc: "heapify($module, heap, /)\n--\n\nRearrange the list in place into a heap, in linear time." },
  { ml_name: "_heappop_max", ml_meth: _heapq__heappop_max, ml_flags: METH_O,
    ml_doc: "_heappop_max($module, heap, /)\n--\n\nheappop() for a max-heap." },
  { ml_name: "_heapify_max", ml_meth: _heapq__heapify_max, ml_flags: METH_O,
    ml_doc: "_heapify_max($module, heap, /)\n--\n\nheapify() for a max-heap." },
  { ml_name: "_heapreplace_max", ml_meth: _heapq__heapreplace_max, ml_flags: METH_FASTCALL,
    ml_doc: "_heapreplace_max($module, heap, item, /)\n--\n\nheapreplace() for a max-heap." },
];

const about = "Heap queues\n\n"
  + "A heap is a list read as a binary tree: the children of position k sit at 2k+1\n"
  + "and 2k+2, and no item is greater than its children, so position 0 holds the\n"
  + "smallest. Popping moves the last item into the root and lets it sink back into\n"
  + "place; pushing appends and lets the new item rise. Both take time logarithmic in\n"
  + "the size of the heap, which makes heaps the usual structure for priority queues,\n"
  + "schedulers, and merging sorted runs.\n";

/** @cpython PyInit__heapq (heapq_exec adds __about__) */
export function PyInit__heapq(): PyObject | null {
  const m = PyModule_Create("_heapq",
    "Heap queue algorithm (a priority queue kept in a plain list).\n\n"
    + "heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so heap[0] is the\n"
    + "smallest item. heappush(heap, item) adds, heappop(heap) removes the smallest,\n"
    + "heapify(list) turns a list into a heap in place, and heapreplace(heap, item)\n"
    + "pops and pushes in one step.",
    heapq_methods);
  if (PyModule_AddStringConstant(m, "__about__", about) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
