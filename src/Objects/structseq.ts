/**
 * @mirrors Objects/structseq.c
 * Struct sequences: tuples whose items also have names, like sys.float_info, os.stat_result
 * or time.struct_time. The type is a subclass of tuple; each named field is a read-only
 * member, and the repr names the visible ones:
 *
 *   >>> sys.int_info
 *   sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)
 *
 * A type may have more fields than the tuple shows: only the first n_in_sequence take part
 * in len(), indexing and comparison; the rest are reachable by name only (os.stat_result's
 * st_atime_ns, time.struct_time's tm_zone). Fields named PyStructSequence_UnnamedField have
 * an index but no attribute (os.stat_result's integer times at indexes 7-9).
 *
 *   >>> os.stat_result(range(10)).st_atime_ns is None
 *   True
 *
 * DIVERGENCE: CPython allocates all n_fields slots in ob_item and shrinks ob_size to the
 * visible count; here the visible items are the tuple's ob_item and the others sit in
 * ob_hidden, so every tuple operation works unchanged on the visible part.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_HAVE_GC, METH_NOARGS,
  type PyMemberDef,
} from "../Include/object.ts";
import { PyTupleObject, PyTuple_Type, PyTuple_FromArray, _PyTuple_FromArraySteal } from "./tupleobject.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { Py_None, reprString } from "./object.ts";
import { PyType_Ready } from "./typeobject.ts";
import { PyLong_FromNumber } from "./longobject.ts";
import { PyDict_Check, PyDict_New, PyDict_SetItemString, _PyDict_GetItemStringWithError } from "./dictobject.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_ExceptionMatches } from "../Python/errors.ts";
import { PyExc_TypeError } from "./exceptions.ts";
import { PyObject_GetIter, PyIter_Next } from "./abstract.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";

/** @cpython PyStructSequence_UnnamedField: the name that marks a field without an attribute. */
export const PyStructSequence_UnnamedField = "unnamed field";

/** @cpython PyStructSequence_Desc */
export interface PyStructSequence_Desc {
  /** Dotted name: "sys.float_info". */
  name: string;
  /** Every field in order; PyStructSequence_UnnamedField for a field with no name. */
  fields: readonly string[];
  /** Docstrings of the fields, by position (optional). */
  field_docs?: readonly (string | undefined)[];
  doc?: string;
  /** How many leading fields the tuple shows (default: all). */
  n_in_sequence?: number;
  /** Extra tp_flags (as _PyStructSequence_NewType takes them). */
  flags?: number;
}

/** @cpython PyStructSequence: a tuple of the visible fields plus the fields shown by name only. */
export interface PyStructSequence extends PyTupleObject {
  /** Fields n_in_sequence..n_fields-1 (CPython keeps them past ob_size in ob_item). */
  ob_hidden: PyObject[];
}

type StructSeqClass = new (type: PyTypeObject, visible: PyObject[], hidden: PyObject[]) => PyStructSequence;
let structseq_class: StructSeqClass | null = null;

/**
 * The JS class of struct sequence instances, made on first use: modules that define struct
 * sequences can be loaded while tupleobject.ts is still initialising (import cycles), when
 * `class extends PyTupleObject` could not be evaluated yet.
 */
function PyStructSequence_Class(): StructSeqClass {
  return structseq_class ??= class extends PyTupleObject {
    ob_hidden: PyObject[];
    constructor(type: PyTypeObject, visible: PyObject[], hidden: PyObject[]) {
      super(type, visible);
      this.ob_hidden = hidden;
    }
  };
}

/** What a struct sequence type knows of its fields (CPython keeps it in the type's dict and tp_members). */
interface StructSeqInfo {
  /** n_sequence_fields */
  n_in_sequence: number;
  /** n_fields */
  n_fields: number;
  /** n_unnamed_fields */
  n_unnamed: number;
  /** The names of the named fields, in order (the tp_members names). */
  member_names: string[];
}

const infos = new WeakMap<PyTypeObject, StructSeqInfo>();
const NO_HIDDEN: PyObject[] = [];

function info_of(type: PyTypeObject): StructSeqInfo {
  let t: PyTypeObject | null = type;
  while (t !== null) {
    const i = infos.get(t);
    if (i !== undefined) return i;
    t = t.tp_base;
  }
  throw new Error(`SystemError: ${type.tp_name} is not a struct sequence type`);
}

/** The value of field i (visible or hidden) of a struct sequence. @returns borrowed */
export function PyStructSequence_GetItem(op: PyObject, i: number): PyObject {
  const s = op as PyStructSequence;
  const n = s.ob_item.length;
  return i < n ? s.ob_item[i] : s.ob_hidden[i - n];
}

/** @cpython structseq_dealloc: the hidden fields, then the tuple's own items. */
function structseq_dealloc(self: PyObject): void {
  const hidden = (self as PyStructSequence).ob_hidden;
  if (hidden !== undefined && hidden.length > 0) {
    (self as PyStructSequence).ob_hidden = NO_HIDDEN;
    for (let i = hidden.length - 1; i >= 0; i--) Py_DECREF(hidden[i]);
  }
  PyTuple_Type.tp_dealloc!(self);
}

/**
 * @cpython structseq_new: `T(sequence, dict={})`. The sequence gives at least the visible
 * fields and at most all of them; the fields it leaves out come from `dict` by name, else
 * None.
 */
function structseq_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  if (args.length > 2) {
    return PyErr_SetString(PyExc_TypeError, `structseq() takes at most 2 arguments (${args.length} given)`);
  }
  const a = _PyArg_UnpackKeywords(args, kwnames, "structseq", ["sequence", "dict"], 1, 2, 0);
  if (a === null) return null;
  const arg = a[0]!, dict = a[1];
  const info = info_of(type);
  const min_len = info.n_in_sequence, max_len = info.n_fields;
  const it = PyObject_GetIter(arg);
  if (it === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) PyErr_SetString(PyExc_TypeError, "constructor requires a sequence");
    return null;
  }
  const items: PyObject[] = [];
  for (;;) {
    const x = PyIter_Next(it);
    if (x === null) break;
    items.push(x);
  }
  Py_DECREF(it);
  const fail = (): null => {
    for (const x of items) Py_DECREF(x);
    return null;
  };
  if (PyErr_Occurred()) return fail();
  if (dict !== null && !PyDict_Check(dict)) {
    PyErr_SetString(PyExc_TypeError, `${type.tp_name}() takes a dict as second arg, if any`);
    return fail();
  }
  const len = items.length;
  if (min_len !== max_len) {
    if (len < min_len) {
      PyErr_SetString(PyExc_TypeError, `${type.tp_name}() takes an at least ${min_len}-sequence (${len}-sequence given)`);
      return fail();
    }
    if (len > max_len) {
      PyErr_SetString(PyExc_TypeError, `${type.tp_name}() takes an at most ${max_len}-sequence (${len}-sequence given)`);
      return fail();
    }
  } else if (len !== min_len) {
    PyErr_SetString(PyExc_TypeError, `${type.tp_name}() takes a ${min_len}-sequence (${len}-sequence given)`);
    return fail();
  }
  for (let i = len; i < max_len; i++) {
    let ob: PyObject | null = Py_None;
    if (dict !== null) {
      ob = _PyDict_GetItemStringWithError(dict, info.member_names[i - info.n_unnamed]);
      if (ob === null) {
        if (PyErr_Occurred()) return fail();
        ob = Py_None;
      }
    }
    Py_INCREF(ob);
    items.push(ob);
  }
  return PyStructSequence_FromArraySteal(type, items);
}

/**
 * @cpython structseq_repr: "name(field=repr, ...)" over the visible items. Like CPython it
 * labels item i with the i-th member name, so an unnamed visible field borrows the name of
 * a later one (os.stat_result shows its integer times as st_atime=...).
 */
function structseq_repr(self: PyObject): PyObject | null {
  const t = self as PyTupleObject;
  const info = info_of(self.ob_type);
  const parts: string[] = [];
  for (let i = 0; i < t.ob_item.length; i++) {
    const r = reprString(t.ob_item[i]);
    if (r === null) return null;
    parts.push(`${info.member_names[i]}=${r}`);
  }
  return PyUnicode_FromString(`${self.ob_type.tp_name}(${parts.join(", ")})`);
}

/** @cpython structseq_reduce: (type, (visible items, {hidden field name: value})) */
function structseq_reduce(self: PyObject): PyObject | null {
  const s = self as PyStructSequence;
  const info = info_of(self.ob_type);
  const tup = PyTuple_FromArray(s.ob_item);
  const dict = PyDict_New();
  const nvis = s.ob_item.length;
  for (let i = nvis; i < info.n_fields; i++) {
    if (PyDict_SetItemString(dict, info.member_names[i - info.n_unnamed], s.ob_hidden[i - nvis]) < 0) {
      Py_DECREF(tup);
      Py_DECREF(dict);
      return null;
    }
  }
  const inner = _PyTuple_FromArraySteal([tup, dict]);
  Py_INCREF(self.ob_type);
  return _PyTuple_FromArraySteal([self.ob_type, inner]);
}

/** A member reading field `index` of the instance (initialize_members). */
function field_member(name: string, index: number, doc: string | undefined): PyMemberDef {
  const get = (o: PyObject): PyObject => {
    const v = PyStructSequence_GetItem(o, index) ?? Py_None;
    Py_INCREF(v);
    return v;
  };
  return doc === undefined ? { name, get } : { name, get, doc };
}

/**
 * @cpython _PyStructSequence_NewType: a ready tuple subclass with one member per named field
 * and n_sequence_fields, n_fields, n_unnamed_fields and __match_args__ in its dict.
 */
export function PyStructSequence_NewType(desc: PyStructSequence_Desc): PyTypeObject {
  const n_fields = desc.fields.length;
  const n_in_sequence = desc.n_in_sequence ?? n_fields;
  const members: PyMemberDef[] = [];
  const member_names: string[] = [];
  let n_unnamed = 0;
  for (let i = 0; i < n_fields; i++) {
    const name = desc.fields[i];
    if (name === PyStructSequence_UnnamedField) {
      n_unnamed++;
      continue;
    }
    members.push(field_member(name, i, desc.field_docs?.[i]));
    member_names.push(name);
  }
  const type = new PyTypeObject({
    tp_name: desc.name, tp_basicsize: 24, tp_itemsize: 8,
    tp_flags: Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_HAVE_GC | (desc.flags ?? 0),
    tp_base: PyTuple_Type,
    tp_dealloc: structseq_dealloc,
    tp_repr: structseq_repr,
    tp_new: structseq_new,
    tp_members: members,
    tp_methods: [{ ml_name: "__reduce__", ml_meth: structseq_reduce, ml_flags: METH_NOARGS }],
    tp_doc: desc.doc ?? null,
  });
  infos.set(type, { n_in_sequence, n_fields, n_unnamed, member_names });
  PyType_Ready(type);
  const dict = type.tp_dict!;
  const setInt = (key: string, v: number) => {
    const o = PyLong_FromNumber(v);
    PyDict_SetItemString(dict, key, o);
    Py_DECREF(o);
  };
  setInt("n_sequence_fields", n_in_sequence);
  setInt("n_fields", n_fields);
  setInt("n_unnamed_fields", n_unnamed);
  const keys: PyObject[] = [];
  for (let i = 0; i < n_in_sequence; i++) {
    if (desc.fields[i] !== PyStructSequence_UnnamedField) keys.push(PyUnicode_FromString(desc.fields[i]));
  }
  const match_args = _PyTuple_FromArraySteal(keys);
  PyDict_SetItemString(dict, "__match_args__", match_args);
  Py_DECREF(match_args);
  return type;
}

/**
 * @cpython PyStructSequence_New (filled at once): `items` holds the visible fields and,
 * optionally, the hidden ones after them (missing hidden fields are None). The items are
 * stolen. @returns new
 */
export function PyStructSequence_FromArraySteal(type: PyTypeObject, items: PyObject[]): PyStructSequence {
  const info = info_of(type);
  const nvis = info.n_in_sequence;
  const PyStructSequence = PyStructSequence_Class();
  if (info.n_fields === nvis) return new PyStructSequence(type, items, NO_HIDDEN);
  const hidden = items.length > nvis ? items.slice(nvis) : [];
  if (items.length > nvis) items.length = nvis;
  for (let i = nvis + hidden.length; i < info.n_fields; i++) {
    Py_INCREF(Py_None);
    hidden.push(Py_None);
  }
  return new PyStructSequence(type, items, hidden);
}
