/**
 * @mirrors Modules/_queuemodule.c
 * `_queue`: the SimpleQueue that Lib/queue.py takes when it can, and the `Empty` exception.
 * A SimpleQueue is a list with a read position (items are popped from the front without
 * shifting the list each time, as CPython does). With one thread nothing can put while get()
 * waits, so a blocking get() on an empty queue waits out its timeout (or for ever), as the
 * locks of Modules/_threadmodule.ts do, until threads run under the GIL.
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_DECREF, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, METH_CLASS } from "../Include/object.ts";
import { PyErr_SetString, PyErr_SetNone, PyErr_NewException } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, PyObject_GenericGetAttr } from "../Objects/object.ts";
import { PyDict_New, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddType, type PyModuleObject } from "../Objects/moduleobject.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _PyTime_FromSecondsObject, _PyTime_round_t } from "../Python/pytime.ts";
import { Py_GenericAlias } from "../Objects/genericaliasobject.ts";
import { TIMEOUT_MAX, wait_unobtainable } from "./_threadmodule.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

export class simplequeueobject extends PyObject {
  /** The items; those before lst_pos were already taken. */
  lst: PyObject[] = [];
  lst_pos = 0;
}

/** `_queue.Empty`, made when the module is. */
let EmptyError: PyObject | null = null;

/** @cpython simplequeue_pop_item: the front item (a new reference), compacting now and then. */
function simplequeue_pop_item(self: simplequeueobject): PyObject {
  const item = self.lst[self.lst_pos++];
  // Like CPython, drop the taken prefix once it is more than half of the list.
  if (self.lst_pos > self.lst.length / 2) {
    self.lst = self.lst.slice(self.lst_pos);
    self.lst_pos = 0;
  }
  return item;
}

function simplequeue_put(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  // block and timeout are accepted for Queue.put's signature and ignored: the queue is unbounded.
  const a = _PyArg_UnpackKeywords(args, kwnames, "put", ["item", "block", "timeout"], 1, 3, 0);
  if (a === null) return null;
  const item = a[0]!;
  Py_INCREF(item);
  (self as simplequeueobject).lst.push(item);
  return Py_NewNone();
}

function simplequeue_put_nowait(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "put_nowait", ["item"], 1, 1, 0);
  if (a === null) return null;
  const item = a[0]!;
  Py_INCREF(item);
  (self as simplequeueobject).lst.push(item);
  return Py_NewNone();
}

/** @cpython _queue_SimpleQueue_get_impl */
function simplequeue_get(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "get", ["block", "timeout"], 0, 2, 0);
  if (a === null) return null;
  let block = true;
  if (a[0] !== null) {
    const t = PyObject_IsTrue(a[0]);
    if (t < 0) return null;
    block = t === 1;
  }
  let seconds = -1;
  if (block && a[1] !== null && a[1] !== Py_None) {
    const ns = _PyTime_FromSecondsObject(a[1], _PyTime_round_t._PyTime_ROUND_CEILING);
    if (ns === null) return null;
    if (ns < 0n) return PyErr_SetString(PyExc_ValueError, "'timeout' must be a non-negative number");
    seconds = Number(ns) / 1e9;
    if (seconds > TIMEOUT_MAX) return PyErr_SetString(PyExc_OverflowError, "timeout value is too large");
  }
  return take_item(self as simplequeueobject, block ? seconds : 0);
}

/** The front item, or Empty after waiting `seconds` (-1: for ever) for a put no thread can make. */
function take_item(q: simplequeueobject, seconds: number): PyObject | null {
  if (q.lst_pos < q.lst.length) return simplequeue_pop_item(q);
  if (wait_unobtainable(seconds) === null) return null;
  return PyErr_SetNone(EmptyError as PyTypeObject);
}

function simplequeue_dealloc(self: PyObject): void {
  const q = self as simplequeueobject;
  const items = q.lst;
  const start = q.lst_pos;
  q.lst = [];
  q.lst_pos = 0;
  for (let i = start; i < items.length; i++) Py_DECREF(items[i]);
}

function simplequeue_new(type: PyTypeObject, args: PyObject[], kwds: PyObject | null): PyObject | null {
  if (type === SimpleQueueType) {
    if (args.length > 0) return PyErr_SetString(PyExc_TypeError, "SimpleQueue() takes no positional arguments");
    if (kwds !== null && (kwds as unknown as { ma_used: number }).ma_used > 0) return PyErr_SetString(PyExc_TypeError, "SimpleQueue() takes no keyword arguments");
  }
  Py_INCREF(type);
  return new simplequeueobject(type);
}

export const SimpleQueueType: PyTypeObject = new PyTypeObject({
  tp_name: "_queue.SimpleQueue", tp_basicsize: 64, tp_weaklistoffset: 56,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  tp_doc: "SimpleQueue()\n--\n\nSimple, unbounded, reentrant FIFO queue.",
  tp_new: simplequeue_new, tp_dealloc: simplequeue_dealloc, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: [
    { ml_name: "empty", ml_meth: (s: PyObject) => PyBool_FromLong((s as simplequeueobject).lst_pos === (s as simplequeueobject).lst.length ? 1 : 0), ml_flags: METH_NOARGS,
      ml_doc: "empty($self, /)\n--\n\nReturn True if the queue is empty, False otherwise (not reliable!)." },
    { ml_name: "get", ml_meth: simplequeue_get, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "get($self, /, block=True, timeout=None)\n--\n\nRemove and return an item from the queue.\n\nIf optional args 'block' is true and 'timeout' is None (the default),\nblock if necessary until an item is available. If 'timeout' is\na non-negative number, it blocks at most 'timeout' seconds and raises\nthe Empty exception if no item was available within that time.\nOtherwise ('block' is false), return an item if one is immediately\navailable, else raise the Empty exception ('timeout' is ignored\nin that case)." },
    { ml_name: "get_nowait", ml_meth: (s: PyObject) => take_item(s as simplequeueobject, 0), ml_flags: METH_NOARGS,
      ml_doc: "get_nowait($self, /)\n--\n\nRemove and return an item from the queue without blocking.\n\nOnly get an item if one is immediately available. Otherwise\nraise the Empty exception." },
    { ml_name: "put", ml_meth: simplequeue_put, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "put($self, /, item, block=True, timeout=None)\n--\n\nPut the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class." },
    { ml_name: "put_nowait", ml_meth: simplequeue_put_nowait, ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "put_nowait($self, /, item)\n--\n\nPut an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item, block=False)` and is only provided\nfor compatibility with the Queue class." },
    { ml_name: "qsize", ml_meth: (s: PyObject) => PyLong_FromNumber((s as simplequeueobject).lst.length - (s as simplequeueobject).lst_pos), ml_flags: METH_NOARGS,
      ml_doc: "qsize($self, /)\n--\n\nReturn the approximate size of the queue (not reliable!)." },
    { ml_name: "__class_getitem__", ml_meth: (cls: PyObject, arg: PyObject) => Py_GenericAlias(cls, arg), ml_flags: METH_O | METH_CLASS,
      ml_doc: "See PEP 585" },
  ],
});

/** @cpython PyInit__queue */
export function PyInit__queue(): PyModuleObject | null {
  const m = PyModule_Create("_queue", "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.", []);
  if (EmptyError === null) {
    // PyErr_NewExceptionWithDoc: the class body is just its docstring.
    const dict = PyDict_New();
    const doc = PyUnicode_FromString("Exception raised by Queue.get(block=0)/get_nowait().");
    PyDict_SetItemString(dict, "__doc__", doc);
    Py_DECREF(doc);
    EmptyError = PyErr_NewException("_queue.Empty", null, dict);
    Py_DECREF(dict);
    if (EmptyError === null) return null;
  }
  if (PyModule_AddObjectRef(m, "Empty", EmptyError) < 0 || PyModule_AddType(m, SimpleQueueType) < 0) return null;
  return m;
}
