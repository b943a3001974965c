/**
 * @mirrors Modules/gcmodule.c
 * The gc module: the Python face of the cyclic garbage collector. typhon frees objects by
 * reference counting (D3) but does not have the cycle collector yet (D5), so this module
 * keeps the collector's state (enabled flag, debug flags, three thresholds and counts,
 * per-generation statistics, gc.garbage and gc.callbacks) and answers what can be answered
 * without one:
 *
 *   - collect() finds nothing: it runs the callbacks ("start" then "stop") with an info
 *     dict saying 0 collected and 0 uncollectable, counts a collection of that generation
 *     and returns 0.
 *   - is_tracked() follows CPython's rules about which objects the collector would follow:
 *     instances of types with Py_TPFLAGS_HAVE_GC, heap types (not static ones), and tuples
 *     and dicts only while they hold something that may be tracked (the state CPython
 *     reaches after a collection has untracked the atomic ones).
 *   - get_referents() lists what the common containers hold (tuple, list, dict, set,
 *     frozenset, cell, bound method, instances of classes: the class, __dict__ and slots).
 *
 * DIVERGENCE: without the collector's generation lists there is no list of all tracked
 * objects: get_objects() and get_referrers() return empty lists, get_freeze_count() is 0,
 * and is_finalized() is always False.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS,
  Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_TYPE_SUBCLASS, type PyMethodDef,
} from "../Include/object.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddIntConstant } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_WriteUnraisable } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_TypeError } from "../Objects/exceptions.ts";
import { Py_NewNone, Py_None } from "../Objects/object.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyLong_FromNumber, PyLong_AsSsize_t, _PyLong_AsInt, PyLong_Check } from "../Objects/longobject.ts";
import { PyTuple_FromArray, PyTuple_Check, PyTuple_Type, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyList_New, PyList_Append, PyList_Check, type PyListObject } from "../Objects/listobject.ts";
import { PyDict_New, PyDict_SetItemString, PyDict_Next, PyDict_Check, PyDict_Type, type PyDictObject, _PyObject_VisitInstanceAttributes } from "../Objects/dictobject.ts";
import { PySet_Check, _PySet_NextEntry } from "../Objects/setobject.ts";
import { PyCellObject, PyCell_Type } from "../Objects/cellobject.ts";
import { PyMethodObject, PyMethod_Type } from "../Objects/classobject.ts";
import { PyUnicode_FromString, PyUnicode_CheckExact } from "../Objects/unicodeobject.ts";
import { _PyArg_NoKwnames, _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";
import { _PyInterpreterState_GET, type PyInterpreterState } from "../Python/pystate.ts";

const NUM_GENERATIONS = 3;

const DEBUG_STATS = 1;
const DEBUG_COLLECTABLE = 2;
const DEBUG_UNCOLLECTABLE = 4;
const DEBUG_SAVEALL = 32;
const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/** @cpython gc_generation_stats */
interface gc_generation_stats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** @cpython _gc_runtime_state (the collector's part of the interpreter state) */
interface GCState {
  enabled: boolean;
  debug: number;
  /** Thresholds and counts of the three generations. */
  threshold: number[];
  count: number[];
  generation_stats: gc_generation_stats[];
  /** gc.garbage and gc.callbacks: the module exposes these very lists. */
  garbage: PyListObject;
  callbacks: PyListObject;
  collecting: boolean;
}

const states = new WeakMap<PyInterpreterState, GCState>();

/** @cpython get_gc_state */
function get_gc_state(): GCState {
  const interp = _PyInterpreterState_GET();
  let s = states.get(interp);
  if (s === undefined) {
    s = {
      enabled: true, debug: 0, threshold: [700, 10, 10], count: [0, 0, 0],
      generation_stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })),
      garbage: PyList_New(0), callbacks: PyList_New(0), collecting: false,
    };
    states.set(interp, s);
  }
  return s;
}

/** @cpython gc_enable_impl */
function gc_enable(_module: PyObject): PyObject {
  get_gc_state().enabled = true;
  return Py_NewNone();
}

/** @cpython gc_disable_impl */
function gc_disable(_module: PyObject): PyObject {
  get_gc_state().enabled = false;
  return Py_NewNone();
}

/** @cpython gc_isenabled_impl */
function gc_isenabled(_module: PyObject): PyObject {
  return PyBool_FromLong(get_gc_state().enabled);
}

/** @cpython invoke_gc_callback: call each of gc.callbacks with (phase, info). */
function invoke_gc_callback(gcstate: GCState, phase: string, generation: number, collected: number, uncollectable: number): void {
  const callbacks = gcstate.callbacks;
  if (callbacks.ob_item.length === 0) return;
  const info = PyDict_New();
  const g = PyLong_FromNumber(generation), c = PyLong_FromNumber(collected), u = PyLong_FromNumber(uncollectable);
  PyDict_SetItemString(info, "generation", g);
  PyDict_SetItemString(info, "collected", c);
  PyDict_SetItemString(info, "uncollectable", u);
  Py_DECREF(g); Py_DECREF(c); Py_DECREF(u);
  const phase_obj = PyUnicode_FromString(phase);
  // The list may change under us: index it afresh on every round.
  for (let i = 0; i < callbacks.ob_item.length; i++) {
    const cb = callbacks.ob_item[i];
    Py_INCREF(cb);
    const r = PyObject_Vectorcall(cb, [phase_obj, info], null);
    if (r === null) PyErr_WriteUnraisable("Exception ignored in: ", cb, cb);
    else Py_DECREF(r);
    Py_DECREF(cb);
  }
  Py_DECREF(phase_obj);
  Py_DECREF(info);
}

/**
 * @cpython gc_collect_main: with no cycle collector there is nothing to find; the
 * bookkeeping (counts reset, one more collection of this generation) is CPython's.
 */
function gc_collect_main(gcstate: GCState, generation: number): number {
  if (generation + 1 < NUM_GENERATIONS) gcstate.count[generation + 1] += 1;
  for (let i = 0; i <= generation; i++) gcstate.count[i] = 0;
  gcstate.generation_stats[generation].collections += 1;
  return 0;
}

/** @cpython gc_collect_with_callback */
function gc_collect_with_callback(gcstate: GCState, generation: number): number {
  invoke_gc_callback(gcstate, "start", generation, 0, 0);
  const n = gc_collect_main(gcstate, generation);
  invoke_gc_callback(gcstate, "stop", generation, n, 0);
  return n;
}

/** @cpython gc_collect_impl: collect(generation=2) -> number of unreachable objects found */
function gc_collect(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "collect", 0, ["generation"], 0, 1, 0);
  if (a === null) return null;
  let generation = NUM_GENERATIONS - 1;
  if (a[0] !== null) {
    generation = _PyLong_AsInt(a[0]);
    if (generation === -1 && PyErr_Occurred()) return null;
  }
  if (generation < 0 || generation >= NUM_GENERATIONS) return PyErr_SetString(PyExc_ValueError, "invalid generation");
  const gcstate = get_gc_state();
  let n = 0;
  if (!gcstate.collecting) {
    gcstate.collecting = true;
    n = gc_collect_with_callback(gcstate, generation);
    gcstate.collecting = false;
  }
  return PyLong_FromNumber(n);
}

/** @cpython gc_set_debug_impl */
function gc_set_debug(_module: PyObject, flags: PyObject): PyObject | null {
  const v = _PyLong_AsInt(flags);
  if (v === -1 && PyErr_Occurred()) return null;
  get_gc_state().debug = v;
  return Py_NewNone();
}

/** @cpython gc_get_debug_impl */
function gc_get_debug(_module: PyObject): PyObject {
  return PyLong_FromNumber(get_gc_state().debug);
}

/** @cpython gc_set_threshold: set_threshold(threshold0, [threshold1, threshold2]) */
function gc_set_threshold(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (kwnames !== null && kwnames.ob_item.length > 0) return PyErr_SetString(PyExc_TypeError, "set_threshold() takes no keyword arguments");
  if (args.length < 1 || args.length > 3) {
    return PyErr_SetString(PyExc_TypeError,
      args.length < 1 ? `set_threshold() takes at least 1 argument (${args.length} given)`
        : `set_threshold() takes at most 3 arguments (${args.length} given)`);
  }
  const gcstate = get_gc_state();
  for (let i = 0; i < args.length; i++) {
    if (!PyLong_Check(args[i]) && args[i].ob_type.nb_index === null) {
      return PyErr_SetString(PyExc_TypeError, `'${args[i].ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    const v = _PyLong_AsInt(args[i]);
    if (v === -1 && PyErr_Occurred()) return null;
    gcstate.threshold[i] = v;
  }
  return Py_NewNone();
}

function int_triple(v: number[]): PyObject {
  const items = v.map((x) => PyLong_FromNumber(x));
  const t = PyTuple_FromArray(items);
  for (const x of items) Py_DECREF(x);
  return t;
}

/** @cpython gc_get_threshold_impl */
function gc_get_threshold(_module: PyObject): PyObject {
  return int_triple(get_gc_state().threshold);
}

/** @cpython gc_get_count_impl */
function gc_get_count(_module: PyObject): PyObject {
  return int_triple(get_gc_state().count);
}

/** @cpython gc_get_objects_impl: get_objects(generation=None). See the header's DIVERGENCE. */
function gc_get_objects(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "get_objects", 0, ["generation"], 0, 1, 0);
  if (a === null) return null;
  if (a[0] !== null && a[0] !== Py_None) {
    if (!PyLong_Check(a[0])) {
      return PyErr_SetString(PyExc_TypeError, `argument must be int or None, not ${a[0].ob_type.tp_name}`);
    }
    const generation = PyLong_AsSsize_t(a[0]);
    if (generation === -1 && PyErr_Occurred()) return null;
    // -1 is the C default standing for None, so it asks for every generation too.
    if (generation !== -1 && generation >= NUM_GENERATIONS) {
      return PyErr_SetString(PyExc_ValueError,
        `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
    }
    if (generation < -1) return PyErr_SetString(PyExc_ValueError, "generation parameter cannot be negative");
  }
  return PyList_New(0);
}

/** @cpython gc_get_stats_impl */
function gc_get_stats(_module: PyObject): PyObject {
  const gcstate = get_gc_state();
  const result = PyList_New(0);
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    const st = gcstate.generation_stats[i];
    const d = PyDict_New();
    for (const [k, v] of [["collections", st.collections], ["collected", st.collected], ["uncollectable", st.uncollectable]] as const) {
      const o = PyLong_FromNumber(v);
      PyDict_SetItemString(d, k, o);
      Py_DECREF(o);
    }
    PyList_Append(result, d);
    Py_DECREF(d);
  }
  return result;
}

/** @cpython _PyObject_IS_GC: the type's flag, and for type objects only heap types. */
function _PyObject_IS_GC(obj: PyObject): boolean {
  const tp = obj.ob_type;
  if ((tp.tp_flags & Py_TPFLAGS_HAVE_GC) === 0) return false;
  if ((tp.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) !== 0) return ((obj as PyTypeObject).tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0;
  return true;
}

/**
 * @cpython _PyObject_GC_MAY_BE_TRACKED: could the object be followed by the collector,
 * now or after it changes. Exact tuples and dicts are asked about their contents, the way
 * the collector's untracking passes (_PyTuple_MaybeUntrack, _PyDict_MaybeUntrack) decide.
 */
function gc_may_be_tracked(obj: PyObject, depth: number): boolean {
  if (!_PyObject_IS_GC(obj)) return false;
  const tp = obj.ob_type;
  if (tp === PyTuple_Type) {
    if (depth > 100) return true;
    const items = (obj as PyTupleObject).ob_item;
    for (let i = 0; i < items.length; i++) if (gc_may_be_tracked(items[i], depth + 1)) return true;
    return false;
  }
  return true;
}

/** Is the object tracked: see the module header. */
function gc_is_tracked_obj(obj: PyObject): boolean {
  if (!_PyObject_IS_GC(obj)) return false;
  const tp = obj.ob_type;
  if (tp === PyTuple_Type) return gc_may_be_tracked(obj, 0);
  if (tp === PyDict_Type) {
    // A dict starts untracked and is tracked from the first key or value that may be.
    const pos = { i: 0 };
    for (let e = PyDict_Next(obj, pos); e !== null; e = PyDict_Next(obj, pos)) {
      if (gc_may_be_tracked(e[0], 0) || gc_may_be_tracked(e[1], 0)) return true;
    }
    return false;
  }
  return true;
}

/** @cpython gc_is_tracked */
function gc_is_tracked(_module: PyObject, obj: PyObject): PyObject {
  return PyBool_FromLong(gc_is_tracked_obj(obj));
}

/** @cpython gc_is_finalized: see the header's DIVERGENCE. */
function gc_is_finalized(_module: PyObject, _obj: PyObject): PyObject {
  return PyBool_FromLong(false);
}

/**
 * The objects a container refers to, in the order its tp_traverse visits them, for the
 * types listed in the header; other objects yield nothing.
 */
function traverse_referents(obj: PyObject, out: PyObject[]): void {
  if (!_PyObject_IS_GC(obj)) return;
  const tp = obj.ob_type;
  if ((tp.tp_flags & Py_TPFLAGS_HEAPTYPE) !== 0 && (tp.tp_flags & Py_TPFLAGS_TYPE_SUBCLASS) === 0) {
    // subtype_traverse: the slots, the __dict__, then the class itself; the base type's
    // own contents follow.
    if (obj.ob_slots !== null) for (const v of obj.ob_slots) if (v !== null) out.push(v);
    if (obj.ob_values !== null) _PyObject_VisitInstanceAttributes(obj, out);
    if (obj.ob_dict !== null) out.push(obj.ob_dict);
    out.push(tp);
  }
  if (PyTuple_Check(obj) || PyList_Check(obj)) {
    // tupletraverse and list_traverse walk the items from the last one.
    const items = (obj as PyTupleObject).ob_item;
    for (let i = items.length - 1; i >= 0; i--) if (items[i] !== null) out.push(items[i]);
  } else if (PyDict_Check(obj)) {
    // dict_traverse: value then key for each entry; a table of str keys only (a
    // DK_IS_UNICODE table) shows just the values.
    const pairs: PyObject[][] = [];
    let unicode_keys = true;
    const pos = { i: 0 };
    for (let e = PyDict_Next(obj, pos); e !== null; e = PyDict_Next(obj, pos)) {
      pairs.push(e);
      if (!PyUnicode_CheckExact(e[0])) unicode_keys = false;
    }
    for (const [k, v] of pairs) {
      out.push(v);
      if (!unicode_keys) out.push(k);
    }
  } else if (PySet_Check(obj)) {
    const pos = { i: 0 };
    for (let e = _PySet_NextEntry(obj, pos); e !== null; e = _PySet_NextEntry(obj, pos)) out.push(e[0]);
  } else if (tp === PyCell_Type) {
    const v = (obj as PyCellObject).ob_ref;
    if (v !== null) out.push(v);
  } else if (tp === PyMethod_Type) {
    out.push((obj as PyMethodObject).im_func, (obj as PyMethodObject).im_self);
  }
}

/** @cpython gc_get_referents: get_referents(*objs) -> list */
function gc_get_referents(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("get_referents", kwnames)) return null;
  const out: PyObject[] = [];
  for (const obj of args) traverse_referents(obj, out);
  const result = PyList_New(0);
  for (const v of out) PyList_Append(result, v);
  return result;
}

/** @cpython gc_get_referrers: get_referrers(*objs) -> list. See the header's DIVERGENCE. */
function gc_get_referrers(_module: PyObject, _args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (!_PyArg_NoKwnames("get_referrers", kwnames)) return null;
  return PyList_New(0);
}

/** @cpython gc_freeze_impl: the generations are emptied into the permanent one. */
function gc_freeze(_module: PyObject): PyObject {
  const gcstate = get_gc_state();
  for (let i = 0; i < NUM_GENERATIONS; i++) gcstate.count[i] = 0;
  return Py_NewNone();
}

/** @cpython gc_unfreeze_impl */
function gc_unfreeze(_module: PyObject): PyObject {
  return Py_NewNone();
}

/** @cpython gc_get_freeze_count_impl */
function gc_get_freeze_count(_module: PyObject): PyObject {
  return PyLong_FromNumber(0);
}

const sig = (s: string, doc: string): string => `${s}\n--\n\n${doc}`;

const gc_methods: PyMethodDef[] = [
  { ml_name: "enable", ml_meth: gc_enable, ml_flags: METH_NOARGS, ml_doc: sig("enable($module, /)", "Turn automatic garbage collection on.") },
  { ml_name: "disable", ml_meth: gc_disable, ml_flags: METH_NOARGS, ml_doc: sig("disable($module, /)", "Turn automatic garbage collection off.") },
  { ml_name: "isenabled", ml_meth: gc_isenabled, ml_flags: METH_NOARGS, ml_doc: sig("isenabled($module, /)", "Whether automatic garbage collection is on.") },
  { ml_name: "set_debug", ml_meth: gc_set_debug, ml_flags: METH_O,
    ml_doc: sig("set_debug($module, flags, /)", "Set the debugging flags (a sum of the DEBUG_* constants); the collector's\nreports go to sys.stderr.") },
  { ml_name: "get_debug", ml_meth: gc_get_debug, ml_flags: METH_NOARGS, ml_doc: sig("get_debug($module, /)", "The debugging flags now in force.") },
  { ml_name: "get_count", ml_meth: gc_get_count, ml_flags: METH_NOARGS, ml_doc: sig("get_count($module, /)", "The three generations' counts, as a tuple.") },
  { ml_name: "set_threshold", ml_meth: gc_set_threshold, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSet the thresholds of the generations; a first threshold of zero turns\nautomatic collection off.\n" },
  { ml_name: "get_threshold", ml_meth: gc_get_threshold, ml_flags: METH_NOARGS, ml_doc: sig("get_threshold($module, /)", "The three generations' thresholds, as a tuple.") },
  { ml_name: "collect", ml_meth: gc_collect, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("collect($module, /, generation=2)", "Collect the generations up to the one given (all of them by default).\n\nReturns how many unreachable objects were found. A generation outside\n0..2 raises ValueError.") },
  { ml_name: "get_objects", ml_meth: gc_get_objects, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: sig("get_objects($module, /, generation=None)", "The objects the collector tracks (all generations, or only the one given),\nleaving out the list returned.") },
  { ml_name: "get_stats", ml_meth: gc_get_stats, ml_flags: METH_NOARGS, ml_doc: sig("get_stats($module, /)", "One dict of statistics per generation, in a list.") },
  { ml_name: "is_tracked", ml_meth: gc_is_tracked, ml_flags: METH_O,
    ml_doc: sig("is_tracked($module, obj, /)", "Whether the collector follows obj.\n\nAtomic objects (ints, strings, ...) are never followed.") },
  { ml_name: "is_finalized", ml_meth: gc_is_finalized, ml_flags: METH_O,
    ml_doc: sig("is_finalized($module, obj, /)", "Whether the collector has already run obj's finalizer.") },
  { ml_name: "get_referrers", ml_meth: gc_get_referrers, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "get_referrers(*objs) -> list\nThe objects that refer directly to any of objs." },
  { ml_name: "get_referents", ml_meth: gc_get_referents, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "get_referents(*objs) -> list\nThe objects that objs refer to directly." },
  { ml_name: "freeze", ml_meth: gc_freeze, ml_flags: METH_NOARGS,
    ml_doc: sig("freeze($module, /)", "Move every tracked object to the permanent generation, out of the way of\nfuture collections.") },
  { ml_name: "unfreeze", ml_meth: gc_unfreeze, ml_flags: METH_NOARGS,
    ml_doc: sig("unfreeze($module, /)", "Move the permanent generation's objects back to the oldest generation.") },
  { ml_name: "get_freeze_count", ml_meth: gc_get_freeze_count, ml_flags: METH_NOARGS,
    ml_doc: sig("get_freeze_count($module, /)", "How many objects the permanent generation holds.") },
];

const gc_doc =
  "Access to the garbage collector for reference cycles.\n\n" +
  "enable(), disable(), isenabled() -- switch automatic collection.\n" +
  "collect() -- collect now.\n" +
  "get_count(), get_stats() -- counts and per-generation statistics.\n" +
  "set_debug(), get_debug() -- debugging flags.\n" +
  "set_threshold(), get_threshold() -- collection thresholds.\n" +
  "get_objects(), is_tracked(), is_finalized() -- the objects the collector follows.\n" +
  "get_referrers(), get_referents() -- who refers to whom.\n" +
  "freeze(), unfreeze(), get_freeze_count() -- the permanent generation.\n";

/** @cpython PyInit_gc (gcmodule_exec) */
export function PyInit_gc(): PyObject | null {
  const m = PyModule_Create("gc", gc_doc, gc_methods);
  const gcstate = get_gc_state();
  if (PyModule_AddObjectRef(m, "garbage", gcstate.garbage) < 0) return null;
  if (PyModule_AddObjectRef(m, "callbacks", gcstate.callbacks) < 0) return null;
  for (const [name, v] of [["DEBUG_STATS", DEBUG_STATS], ["DEBUG_COLLECTABLE", DEBUG_COLLECTABLE],
    ["DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE], ["DEBUG_SAVEALL", DEBUG_SAVEALL], ["DEBUG_LEAK", DEBUG_LEAK]] as const) {
    if (PyModule_AddIntConstant(m, name, v) < 0) return null;
  }
  return m;
}
