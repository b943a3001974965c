/**
 * @mirrors Objects/picklebufobject.c
 * pickle.PickleBuffer: a wrapper that marks a bytes-like object as a candidate for
 * out-of-band pickling (protocol 5). It holds an export of the wrapped object's buffer for
 * as long as it lives (a wrapped bytearray cannot be resized meanwhile); asking the
 * PickleBuffer itself for a buffer (memoryview(pb)) hands out a view of the wrapped object,
 * so that view's .obj is the original. raw() is the same memory seen as plain bytes
 * (format 'B', one dimension); release() gives the export back early.
 *
 * The type is exported by the _pickle module (CPython does the same), which readies it and
 * calls _PyPickleBuffer_Init to hook it into the buffer machinery.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "./exceptions.ts";
import { _PyBuffer_RegisterType, PyObject_CheckBuffer } from "./bytesobject.ts";
import {
  PyMemoryView_FromObject, _PyMemoryView_Release, _PyBuffer_RegisterForwarder, type PyMemoryViewObject,
} from "./memoryobject.ts";
import { Py_NewNone, PyObject_GenericGetAttr } from "./object.ts";
import type { PyTupleObject } from "./tupleobject.ts";

/** @cpython PyPickleBufferObject: the export (as a memoryview over the wrapped object), null once released. */
export class PyPickleBufferObject extends PyObject {
  view: PyMemoryViewObject | null;
  constructor(type: PyTypeObject, view: PyMemoryViewObject) {
    super(type);
    this.view = view;
  }
}

/** The wrapped object, or null with ValueError once released. @returns borrowed */
function picklebuf_base(self: PyPickleBufferObject): PyObject | null {
  const v = self.view;
  if (v === null || v.mv_obj === null) {
    return PyErr_SetString(PyExc_ValueError, "operation forbidden on released PickleBuffer object");
  }
  return v.mv_obj;
}

/** @cpython picklebuf_new: PickleBuffer(buffer, /) */
function picklebuf_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (args.length > 1) return PyErr_SetString(PyExc_TypeError, `PickleBuffer() takes at most 1 argument (${args.length} given)`);
  if (nargs < 1) return PyErr_SetString(PyExc_TypeError, `PickleBuffer() takes exactly 1 positional argument (${nargs} given)`);
  const base = args[0];
  if (!PyObject_CheckBuffer(base)) {
    return PyErr_SetString(PyExc_TypeError, `a bytes-like object is required, not '${base.ob_type.tp_name}'`);
  }
  const view = PyMemoryView_FromObject(base);
  if (view === null) return null;
  Py_INCREF(type);
  return new PyPickleBufferObject(type, view);
}

/** @cpython picklebuf_dealloc / picklebuf_clear */
function picklebuf_dealloc(o: PyObject): void {
  const self = o as PyPickleBufferObject;
  const v = self.view;
  if (v !== null) {
    self.view = null;
    _PyMemoryView_Release(v);
    Py_DECREF(v);
  }
}

/** @cpython picklebuf_raw: the memory as a one-dimensional view of unsigned bytes. */
function picklebuf_raw(o: PyObject): PyObject | null {
  const base = picklebuf_base(o as PyPickleBufferObject);
  if (base === null) return null;
  // typhon's views are always C-contiguous, so there is no BufferError case here.
  const m = PyMemoryView_FromObject(base);
  if (m === null) return null;
  m.format = "B";
  m.itemsize = 1;
  m.shape = [m.buf.length];
  return m;
}

/** @cpython picklebuf_release */
function picklebuf_release(o: PyObject): PyObject {
  picklebuf_dealloc(o);
  return Py_NewNone();
}

/** @cpython PyPickleBuffer_Type */
export const PyPickleBuffer_Type: PyTypeObject = new PyTypeObject({
  tp_name: "pickle.PickleBuffer", tp_basicsize: 104, tp_flags: Py_TPFLAGS_HAVE_GC, tp_weaklistoffset: 96,
  tp_doc: "Wrapper for potentially out-of-band buffers",
  tp_new: picklebuf_new, tp_dealloc: picklebuf_dealloc, tp_getattro: PyObject_GenericGetAttr,
  tp_methods: [
    { ml_name: "raw", ml_meth: picklebuf_raw, ml_flags: METH_NOARGS,
      ml_doc: "raw($self, /)\n--\n\nReturn a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous." },
    { ml_name: "release", ml_meth: picklebuf_release, ml_flags: METH_NOARGS,
      ml_doc: "release($self, /)\n--\n\nRelease the underlying buffer exposed by the PickleBuffer object." },
  ],
});

let hooked = false;

/** @cpython picklebuf_getbuf: buffer requests on a PickleBuffer go to the wrapped object. */
export function _PyPickleBuffer_Init(): void {
  if (hooked) return;
  hooked = true;
  _PyBuffer_RegisterForwarder(PyPickleBuffer_Type, (o) => picklebuf_base(o as PyPickleBufferObject));
  _PyBuffer_RegisterType(PyPickleBuffer_Type, (o) => (o as PyPickleBufferObject).view?.buf ?? new Uint8Array(0));
}

/** @cpython PyPickleBuffer_FromObject @returns new */
export function PyPickleBuffer_FromObject(base: PyObject): PyObject | null {
  return picklebuf_new(PyPickleBuffer_Type, [base], null);
}

/** @cpython PyPickleBuffer_Release: 0, or -1 with an error when pb is not a PickleBuffer. */
export function PyPickleBuffer_Release(pb: PyObject): number {
  if (!(pb instanceof PyPickleBufferObject)) {
    PyErr_SetString(PyExc_TypeError, `expected PickleBuffer, ${pb.ob_type.tp_name} found`);
    return -1;
  }
  picklebuf_dealloc(pb);
  return 0;
}
