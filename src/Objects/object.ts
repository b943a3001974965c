/**
 * @mirrors Objects/object.c
 * The generic object protocol every value answers to: repr/str/ascii, rich comparison with
 * its reflected-operand rule, hashing, truth, and attribute access through descriptors
 * (PyObject_GenericGetAttr: data descriptors on the type win over the instance __dict__,
 * which wins over other class attributes). Also None and NotImplemented.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_hash, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE,
  Py_TPFLAGS_DEFAULT,
} from "../Include/object.ts";
import { PyErr_Clear, PyErr_ExceptionMatches, PyErr_SetString, PyErr_Occurred } from "../Python/errors.ts";
import { PyExc_AttributeError, PyExc_TypeError, PyExc_RecursionError, PyExc_DeprecationWarning } from "./exceptions.ts";
import { PyErr_WarnEx } from "../Python/_warnings.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicodeObject, _PyUnicode_FromId, unicode_ascii_escape } from "./unicodeobject.ts";
import { _PyType_Lookup, PyType_IsSubtype } from "./typeobject.ts";
import {
  PyDict_GetItemWithError, PyDict_SetItem, PyDict_DelItem, PyDict_New, PyDictObject, _PyObject_MakeDictFromInstanceAttributes,
  _PyObject_GetInstanceAttribute, _PyObject_StoreInstanceAttribute, _PyObjectDict_SetItem,
} from "./dictobject.ts";
import { PyBool_FromLong, Py_True, Py_False } from "./boolobject.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";

// -- None and NotImplemented ---------------------------------------------------------------

function none_repr(_o: PyObject): PyObject {
  return _PyUnicode_FromId("None");
}
function none_bool(_o: PyObject): number {
  return 0;
}
function none_new(_t: PyTypeObject, args: PyObject[], kwnames: PyObject | null): PyObject | null {
  if (args.length) return PyErr_SetString(PyExc_TypeError, "NoneType takes no arguments");
  void kwnames;
  return Py_NewNone();
}
/** @cpython _PyNone_Type */
export const _PyNone_Type = new PyTypeObject({
  tp_name: "NoneType", tp_basicsize: 16, tp_repr: none_repr, nb_bool: none_bool, tp_new: none_new,
  tp_hash: _Py_HashPointerObject, tp_flags: Py_TPFLAGS_DEFAULT,
});
/** @cpython _Py_NoneStruct */
export const Py_None = new PyObject(_PyNone_Type);
Py_None.ob_refcnt = 1 << 20;
export function Py_NewNone(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

function notimplemented_repr(_o: PyObject): PyObject {
  return _PyUnicode_FromId("NotImplemented");
}
/** @cpython notimplemented_bool: true, with a DeprecationWarning (3.9+). */
function notimplemented_bool(_o: PyObject): number {
  if (PyErr_WarnEx(PyExc_DeprecationWarning, "NotImplemented should not be used in a boolean context", 1) < 0) return -1;
  return 1;
}
function notimplemented_new(_t: PyTypeObject, args: PyObject[]): PyObject | null {
  if (args.length) return PyErr_SetString(PyExc_TypeError, "NotImplementedType takes no arguments");
  return Py_NewRef_NotImplemented();
}
/** @cpython _PyNotImplemented_Type */
export const _PyNotImplemented_Type = new PyTypeObject({
  tp_name: "NotImplementedType", tp_basicsize: 16, tp_repr: notimplemented_repr, nb_bool: notimplemented_bool,
  tp_new: notimplemented_new, tp_hash: _Py_HashPointerObject,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: () => _PyUnicode_FromIdNew("NotImplemented"), ml_flags: 0x0004 }],
});
function _PyUnicode_FromIdNew(s: string): PyObject {
  const u = _PyUnicode_FromId(s);
  Py_INCREF(u);
  return u;
}
/** @cpython _Py_NotImplementedStruct */
export const Py_NotImplemented = new PyObject(_PyNotImplemented_Type);
Py_NotImplemented.ob_refcnt = 1 << 20;
export function Py_NewRef_NotImplemented(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

// -- identity hashes and addresses -------------------------------------------------------------

/**
 * Simulated addresses for id() until the allocator model (DESIGN D4) hands out real ones:
 * each object gets the next 16-byte-aligned address the first time it is asked for.
 */
const addresses = new WeakMap<PyObject, number>();
let nextAddress = 0x7f0000100000;
export function _PyObject_Address(o: PyObject): number {
  let a = addresses.get(o);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 16 * Math.max(2, Math.ceil((o.ob_type.tp_basicsize + 16) / 16));
    addresses.set(o, a);
  }
  return a;
}

/** @cpython _Py_HashPointer: the address rotated right by 4 bits. */
export function _Py_HashPointerObject(o: PyObject): number {
  const a = _PyObject_Address(o);
  // a < 2**53 and 16-aligned: rotating right by 4 moves its low 4 (zero) bits to the top.
  const y = a / 16;
  Py_hash.hi = Math.floor(y / 4294967296) | 0;
  return y | 0;
}

/** `0x7f...` for reprs like `<object at 0x...>` (%p). */
export function _PyObject_AddressString(o: PyObject): string {
  return "0x" + _PyObject_Address(o).toString(16);
}

// -- repr / str ------------------------------------------------------------------------------

/** @cpython PyObject_Repr @returns new */
export function PyObject_Repr(v: PyObject): PyObject | null {
  const repr = v.ob_type.tp_repr;
  if (repr === null) {
    return PyUnicode_FromString(`<${v.ob_type.tp_name} object at ${_PyObject_AddressString(v)}>`);
  }
  const tstate = _PyThreadState_GET();
  // 3.11's _Py_EnterRecursiveCall: native nesting counts against sys.getrecursionlimit()
  // together with the Python frames (a dict nested 1100 deep cannot be repr'd).
  if (++tstate.c_recursion_depth > C_RECURSION_LIMIT ||
      ++tstate.recursion_depth > tstate.recursion_limit + tstate.recursion_headroom) {
    if (tstate.c_recursion_depth <= C_RECURSION_LIMIT) tstate.recursion_depth--;
    tstate.c_recursion_depth--;
    return PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  const res = repr(v);
  tstate.recursion_depth--;
  tstate.c_recursion_depth--;
  if (res === null) return null;
  if (!PyUnicode_Check(res)) {
    PyErr_SetString(PyExc_TypeError, `__repr__ returned non-string (type ${res.ob_type.tp_name})`);
    Py_DECREF(res);
    return null;
  }
  return res;
}

/** Native nesting allowed before RecursionError, standing in for CPython's C stack checks. */
export const C_RECURSION_LIMIT = 1500;

/** @cpython PyObject_Str @returns new */
export function PyObject_Str(v: PyObject): PyObject | null {
  if (v.ob_type === PyUnicodeObject.type) {
    Py_INCREF(v);
    return v;
  }
  const str = v.ob_type.tp_str;
  if (str === null) return PyObject_Repr(v);
  const res = str(v);
  if (res === null) return null;
  if (!PyUnicode_Check(res)) {
    PyErr_SetString(PyExc_TypeError, `__str__ returned non-string (type ${res.ob_type.tp_name})`);
    Py_DECREF(res);
    return null;
  }
  return res;
}

/** @cpython PyObject_ASCII @returns new */
export function PyObject_ASCII(v: PyObject): PyObject | null {
  const r = PyObject_Repr(v);
  if (r === null) return null;
  const s = (r as PyUnicodeObject).str;
  // An all-ASCII repr is the result itself (even a str subclass instance), as in CPython.
  if (/^[\x00-\x7f]*$/.test(s)) return r;
  Py_DECREF(r);
  return PyUnicode_FromString(unicode_ascii_escape(s));
}

/** The JS string of repr(v), or null with an error set. */
export function reprString(v: PyObject): string | null {
  const r = PyObject_Repr(v);
  if (r === null) return null;
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

/** The JS string of str(v), or null with an error set. */
export function strString(v: PyObject): string | null {
  const r = PyObject_Str(v);
  if (r === null) return null;
  const s = (r as PyUnicodeObject).str;
  Py_DECREF(r);
  return s;
}

// Containers being repr'd, so that a self-containing list prints as [...].
const reprStack: PyObject[] = [];

/** @cpython Py_ReprEnter: 1 when `o` is already being repr'd higher up. */
export function Py_ReprEnter(o: PyObject): number {
  for (let i = reprStack.length - 1; i >= 0; i--) if (reprStack[i] === o) return 1;
  reprStack.push(o);
  return 0;
}

/** @cpython Py_ReprLeave */
export function Py_ReprLeave(o: PyObject): void {
  for (let i = reprStack.length - 1; i >= 0; i--) {
    if (reprStack[i] === o) {
      reprStack.splice(i, 1);
      return;
    }
  }
}

// -- comparison ------------------------------------------------------------------------------

/** @cpython _Py_SwappedOp */
export const _Py_SwappedOp = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];
const opstrings = ["<", "<=", "==", "!=", ">", ">="];

/** @cpython do_richcompare */
function do_richcompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  let checkedReverse = false;
  const vt = v.ob_type, wt = w.ob_type;
  if (vt !== wt && PyType_IsSubtype(wt, vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const res = wt.tp_richcompare(w, v, _Py_SwappedOp[op]);
    if (res !== Py_NotImplemented) return res;
    Py_DECREF(res);
  }
  if (vt.tp_richcompare !== null) {
    const res = vt.tp_richcompare(v, w, op);
    if (res !== Py_NotImplemented) return res;
    Py_DECREF(res);
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const res = wt.tp_richcompare(w, v, _Py_SwappedOp[op]);
    if (res !== Py_NotImplemented) return res;
    Py_DECREF(res);
  }
  switch (op) {
    case Py_EQ: return PyBool_FromLong(v === w ? 1 : 0);
    case Py_NE: return PyBool_FromLong(v !== w ? 1 : 0);
  }
  return PyErr_SetString(PyExc_TypeError,
    `'${opstrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`);
}

/** @cpython PyObject_RichCompare @returns new */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: number): PyObject | null {
  const tstate = _PyThreadState_GET();
  if (++tstate.c_recursion_depth > C_RECURSION_LIMIT) {
    tstate.c_recursion_depth--;
    return PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded in comparison");
  }
  const res = do_richcompare(v, w, op);
  tstate.c_recursion_depth--;
  return res;
}

/** @cpython PyObject_RichCompareBool: 1, 0 or -1; identity implies equality. */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: number): number {
  if (v === w) {
    if (op === Py_EQ) return 1;
    if (op === Py_NE) return 0;
  }
  const res = PyObject_RichCompare(v, w, op);
  if (res === null) return -1;
  let ok: number;
  if (res === Py_True) ok = 1;
  else if (res === Py_False) ok = 0;
  else ok = PyObject_IsTrue(res);
  Py_DECREF(res);
  return ok;
}

// -- hash and truth -------------------------------------------------------------------------

/** @cpython PyObject_HashNotImplemented */
export function PyObject_HashNotImplemented(v: PyObject): number {
  PyErr_SetString(PyExc_TypeError, `unhashable type: '${v.ob_type.tp_name}'`);
  Py_hash.hi = -1;
  return -1;
}

/** @cpython PyObject_Hash: low 32 bits returned, high 32 bits in Py_hash.hi; -1/-1 on error. */
export function PyObject_Hash(v: PyObject): number {
  const h = v.ob_type.tp_hash;
  if (h === null) return PyObject_HashNotImplemented(v);
  return h(v);
}

/** @cpython PyObject_IsTrue: 1, 0 or -1 */
export function PyObject_IsTrue(v: PyObject): number {
  if (v === Py_True) return 1;
  if (v === Py_False || v === Py_None) return 0;
  const t = v.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(v);
  if (t.mp_length !== null) {
    const n = t.mp_length(v);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  if (t.sq_length !== null) {
    const n = t.sq_length(v);
    return n < 0 ? -1 : n > 0 ? 1 : 0;
  }
  return 1;
}

/** @cpython PyObject_Not */
export function PyObject_Not(v: PyObject): number {
  const r = PyObject_IsTrue(v);
  return r < 0 ? r : r === 0 ? 1 : 0;
}

/** @cpython PyCallable_Check */
export function PyCallable_Check(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

// -- attributes ------------------------------------------------------------------------------

function attributeErrorFor(v: PyObject, name: PyObject): null {
  const s = (name as PyUnicodeObject).str;
  if (v instanceof PyTypeObject) {
    return PyErr_SetString(PyExc_AttributeError, `type object '${v.tp_name}' has no attribute '${s}'`);
  }
  return PyErr_SetString(PyExc_AttributeError, `'${v.ob_type.tp_name}' object has no attribute '${s}'`);
}

/** @cpython PyObject_GetAttr @returns new */
export function PyObject_GetAttr(v: PyObject, name: PyObject): PyObject | null {
  if (!PyUnicode_Check(name)) {
    return PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  }
  const getattro = v.ob_type.tp_getattro;
  if (getattro !== null) {
    const r = getattro(v, name);
    if (r === null) set_attribute_error_context(v, name);
    return r;
  }
  attributeErrorFor(v, name);
  set_attribute_error_context(v, name);
  return null;
}

/** @cpython set_attribute_error_context: AttributeError.name/.obj, for the "Did you mean" hint. */
function set_attribute_error_context(v: PyObject, name: PyObject): void {
  const exc = _PyThreadState_GET().curexc as unknown as { name?: PyObject | null; obj?: PyObject | null } | null;
  if (exc === null || !("obj" in exc) || !PyErr_ExceptionMatches(PyExc_AttributeError)) return;
  if (exc.name === null || exc.name === undefined || exc.name === Py_None) {
    Py_INCREF(name);
    exc.name = name;
  }
  if (exc.obj === null || exc.obj === undefined || exc.obj === Py_None) {
    Py_INCREF(v);
    exc.obj = v;
  }
}

/** @cpython PyObject_GetAttrString @returns new */
export function PyObject_GetAttrString(v: PyObject, name: string): PyObject | null {
  return PyObject_GetAttr(v, _PyUnicode_FromId(name));
}

/**
 * @cpython _PyObject_LookupAttr: 1 and the value when found, 0 when absent (AttributeError
 * swallowed), -1 on another error.
 */
export function _PyObject_LookupAttr(v: PyObject, name: PyObject): PyObject | null | undefined {
  const r = PyObject_GetAttr(v, name);
  if (r !== null) return r;
  if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    return undefined;
  }
  return null;
}

/** @cpython PyObject_HasAttr */
export function PyObject_HasAttr(v: PyObject, name: PyObject): number {
  const r = _PyObject_LookupAttr(v, name);
  if (r === null) {
    PyErr_Clear();
    return 0;
  }
  if (r === undefined) return 0;
  Py_DECREF(r);
  return 1;
}

/** @cpython PyObject_SetAttr (value null deletes) */
export function PyObject_SetAttr(v: PyObject, name: PyObject, value: PyObject | null): number {
  if (!PyUnicode_Check(name)) {
    PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
    return -1;
  }
  const setattro = v.ob_type.tp_setattro;
  if (setattro !== null) return setattro(v, name, value);
  const tn = v.ob_type.tp_name;
  const s = (name as PyUnicodeObject).str;
  if (v.ob_type.tp_getattro === PyObject_GenericGetAttr && v.ob_dict === null) {
    PyErr_SetString(PyExc_AttributeError, `'${tn}' object has no attribute '${s}'`);
  } else {
    PyErr_SetString(PyExc_TypeError, `'${tn}' object has only read-only attributes (${value === null ? "del" : "assign to"} .${s})`);
  }
  return -1;
}

/** @cpython PyObject_SetAttrString */
export function PyObject_SetAttrString(v: PyObject, name: string, value: PyObject | null): number {
  return PyObject_SetAttr(v, _PyUnicode_FromId(name), value);
}

/**
 * @cpython _PyObject_GetDictPtr: the instance dict, created on first need for types whose
 * instances have one; an instance keeping its attributes in a values array gets them moved
 * into a (split) dict first. @returns borrowed
 */
export function _PyObject_GetDictPtr(o: PyObject, create: boolean): PyDictObject | null {
  if (o.ob_values !== null) {
    o.ob_dict = _PyObject_MakeDictFromInstanceAttributes(o, o.ob_values);
    o.ob_values = null;
  }
  if (o.ob_dict === null && create && o.ob_type.tp_dictoffset !== 0) o.ob_dict = PyDict_New();
  return o.ob_dict;
}

/**
 * @cpython _PyObject_GenericGetAttrWithDict: data descriptor on the type, then the instance
 * dict, then a non-data descriptor or plain class attribute. `suppress` turns a missing
 * attribute into a null return without an error (for LOAD_METHOD-like probes).
 */
export function _PyObject_GenericGetAttrWithDict(obj: PyObject, name: PyObject, suppress: boolean): PyObject | null {
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  let f: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject | null) | null = null;
  if (descr !== null) {
    Py_INCREF(descr);
    f = descr.ob_type.tp_descr_get;
    if (f !== null && descr.ob_type.tp_descr_set !== null) {
      const res = f(descr, obj, tp);
      Py_DECREF(descr);
      if (res === null && suppress && PyErr_ExceptionMatches(PyExc_AttributeError)) PyErr_Clear();
      return res;
    }
  }
  let dict = obj.ob_dict;
  const values = obj.ob_values;
  if (values !== null) {
    // A managed-dict instance without a __dict__ object: look in its values array.
    if (name.ob_type === PyUnicodeObject.type) {
      const res = _PyObject_GetInstanceAttribute(obj, values, name);
      if (res !== null) {
        if (descr !== null) Py_DECREF(descr);
        return res;
      }
    } else {
      dict = _PyObject_GetDictPtr(obj, false);
    }
  }
  if (dict !== null) {
    const res = PyDict_GetItemWithError(dict, name);
    if (res !== null) {
      Py_INCREF(res);
      if (descr !== null) Py_DECREF(descr);
      return res;
    }
    if (PyErr_Occurred()) {
      if (descr !== null) Py_DECREF(descr);
      return null;
    }
  }
  if (f !== null) {
    const res = f(descr!, obj, tp);
    Py_DECREF(descr!);
    if (res === null && suppress && PyErr_ExceptionMatches(PyExc_AttributeError)) PyErr_Clear();
    return res;
  }
  if (descr !== null) return descr;
  if (!suppress) attributeErrorFor(obj, name);
  return null;
}

/** @cpython PyObject_GenericGetAttr @returns new */
export function PyObject_GenericGetAttr(obj: PyObject, name: PyObject): PyObject | null {
  return _PyObject_GenericGetAttrWithDict(obj, name, false);
}

/** @cpython _PyObject_GenericSetAttrWithDict */
export function PyObject_GenericSetAttr(obj: PyObject, name: PyObject, value: PyObject | null): number {
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_set;
    if (f !== null) {
      Py_INCREF(descr);
      const res = f(descr, obj, value);
      Py_DECREF(descr);
      return res;
    }
  }
  const values = obj.ob_values;
  if (values !== null) {
    // The values array of a managed-dict instance (which may give way to a real __dict__).
    const r = _PyObject_StoreInstanceAttribute(obj, values, name, value);
    if (r < 0 && value === null && PyErr_ExceptionMatches(PyExcKeyErrorRef.type!)) {
      PyErr_SetString(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${(name as PyUnicodeObject).str}'`);
    }
    return r;
  }
  const dict = obj.ob_dict;
  if (dict === null) {
    if (tp.tp_dictoffset !== 0) {
      // No __dict__ yet: a class with shared keys starts it as a split dict on them.
      const r = _PyObjectDict_SetItem(tp, obj, name, value);
      if (r < 0 && value === null && PyErr_ExceptionMatches(PyExcKeyErrorRef.type!)) {
        PyErr_SetString(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${(name as PyUnicodeObject).str}'`);
      }
      return r;
    }
    const s = (name as PyUnicodeObject).str;
    if (descr === null) {
      PyErr_SetString(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${s}'`);
    } else {
      PyErr_SetString(PyExc_AttributeError, `'${tp.tp_name}' object attribute '${s}' is read-only`);
    }
    return -1;
  }
  if (value === null) {
    const r = PyDict_DelItem(dict, name);
    if (r < 0 && PyErr_ExceptionMatches(PyExcKeyErrorRef.type!)) {
      PyErr_SetString(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${(name as PyUnicodeObject).str}'`);
    }
    return r;
  }
  return PyDict_SetItem(dict, name, value);
}

/** Late-bound KeyError (exceptions.ts registers it) to keep the import graph acyclic at load. */
export const PyExcKeyErrorRef: { type: PyTypeObject | null } = { type: null };

/** Compare two objects for equality: true/false, or null on error (a JS-friendly wrapper). */
export function PyObject_EqualBool(a: PyObject, b: PyObject): boolean | null {
  const r = PyObject_RichCompareBool(a, b, Py_EQ);
  return r < 0 ? null : r === 1;
}

export { Py_LT, Py_LE, Py_GT, Py_GE, Py_EQ, Py_NE };
