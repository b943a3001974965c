/**
 * @mirrors Objects/structseq.c
 * Struct sequences: tuples whose items also have names, like sys.float_info or
 * sys.version_info. The type is a subclass of tuple; each field is a read-only attribute
 * reading one item, and the repr names them:
 *
 *   >>> sys.int_info
 *   sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)
 *
 * DIVERGENCE: only the part the runtime uses so far — types built from a field list, all
 * fields visible (n_in_sequence = number of fields), instances made from an array.
 */
import { PyObject, PyTypeObject, Py_INCREF, Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_HAVE_GC, type PyGetSetDef } from "../Include/object.ts";
import { PyTupleObject, PyTuple_Type } from "./tupleobject.ts";
import { PyUnicode_FromString } from "./unicodeobject.ts";
import { reprString } from "./object.ts";
import { PyType_Ready } from "./typeobject.ts";

/** @cpython PyStructSequence_Desc */
export interface PyStructSequence_Desc {
  /** Dotted name: "sys.float_info". */
  name: string;
  fields: readonly string[];
  doc?: string;
}

/** @cpython structseq_repr: "name(field=repr, ...)" */
function structseq_repr(self: PyObject): PyObject | null {
  const t = self as PyTupleObject;
  const fields = fieldNames.get(self.ob_type) ?? [];
  const parts: string[] = [];
  for (let i = 0; i < fields.length && i < t.ob_item.length; i++) {
    const r = reprString(t.ob_item[i]);
    if (r === null) return null;
    parts.push(`${fields[i]}=${r}`);
  }
  return PyUnicode_FromString(`${self.ob_type.tp_name}(${parts.join(", ")})`);
}

const fieldNames = new WeakMap<PyTypeObject, readonly string[]>();

/** @cpython PyStructSequence_NewType: a ready tuple subclass with one attribute per field. */
export function PyStructSequence_NewType(desc: PyStructSequence_Desc): PyTypeObject {
  const getset: PyGetSetDef[] = desc.fields.map((name, i) => ({
    name,
    get: (o: PyObject) => {
      const v = (o as PyTupleObject).ob_item[i];
      Py_INCREF(v);
      return v;
    },
  }));
  const type = new PyTypeObject({
    tp_name: desc.name, tp_basicsize: 24, tp_itemsize: 8,
    tp_flags: Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_HAVE_GC,
    tp_base: PyTuple_Type,
    tp_repr: structseq_repr,
    tp_getset: getset,
    tp_doc: desc.doc ?? null,
  });
  fieldNames.set(type, desc.fields);
  PyType_Ready(type);
  return type;
}

/** @cpython PyStructSequence_New (filled at once): the items are stolen. @returns new */
export function PyStructSequence_FromArraySteal(type: PyTypeObject, items: PyObject[]): PyTupleObject {
  return new PyTupleObject(type, items);
}
