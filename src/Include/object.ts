/**
 * @mirrors Include/object.h
 * The two structs every Python value rests on: PyObject (a reference count and a type) and
 * PyTypeObject (the slot table the interpreter dispatches through), with Py_INCREF /
 * Py_DECREF. Each Python type has its own JavaScript class extending PyObject, with all
 * fields set in its constructor so that V8 gives every instance of a type one shape.
 *
 * DIVERGENCE: CPython groups the number, sequence and mapping slots in sub-structs
 * (tp_as_number->nb_add); here they sit directly on the type object under the same names
 * (type.nb_add), so a slot call is one property load.
 *
 * DIVERGENCE: calls use the vectorcall convention everywhere. tp_call, tp_new and tp_init
 * take the positional arguments followed by the keyword values in one array, plus a tuple
 * of keyword names (or null), instead of an args tuple and a kwargs dict.
 *
 * DIVERGENCE: a hash (Py_hash_t, 64 bits) does not fit a JavaScript number. Hash slots
 * return its low 32 bits as a signed int and leave the high 32 bits in `Py_hash.hi`;
 * -1 in both halves is the error return, as -1 is in CPython.
 */
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import type { PyDictObject, PyDictKeysObject, PyDictValues } from "../Objects/dictobject.ts";

export class PyObject {
  ob_refcnt: number;
  ob_type: PyTypeObject;
  /** The instance __dict__ (tp_dictoffset), created lazily; null when absent. */
  ob_dict: PyDictObject | null;
  /**
   * The inline values of an instance of a Py_TPFLAGS_MANAGED_DICT class while it has no
   * __dict__ object (CPython's values pointer, _PyObject_ValuesPointer): the keys are the
   * class's ht_cached_keys. At most one of ob_dict and ob_values is non-null.
   */
  ob_values: PyDictValues | null;
  /**
   * Storage for __slots__ members of heap types: null until the first member is stored
   * (_PyObject_SlotsForStore makes it), so that the constructor writes constants only and
   * stays small enough for V8 to inline into every subclass's constructor.
   */
  ob_slots: (PyObject | null)[] | null;
  /**
   * The head of the list of weak references to this object (the field tp_weaklistoffset
   * locates in CPython); null until a weak reference is made, so that only objects that
   * were ever weakly referenced pay anything when they are freed (see _Py_Dealloc).
   */
  ob_weakreflist: PyObject | null;
  constructor(type: PyTypeObject) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.ob_dict = null;
    this.ob_values = null;
    this.ob_slots = null;
    this.ob_weakreflist = null;
  }
}

/** An object's __slots__ storage, made on the first store into it (see PyObject.ob_slots). */
export function _PyObject_SlotsForStore(o: PyObject): (PyObject | null)[] {
  return o.ob_slots ?? (o.ob_slots = new Array<PyObject | null>(o.ob_type.tp_nslots).fill(null));
}

/** The high half of the last hash a hash slot returned (see the header). */
export const Py_hash = { hi: 0 };

export type unaryfunc = (o: PyObject) => PyObject | null;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject | null;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject | null;
export type inquiry = (o: PyObject) => number;
export type lenfunc = (o: PyObject) => number;
export type hashfunc = (o: PyObject) => number;
export type reprfunc = (o: PyObject) => PyObject | null;
export type richcmpfunc = (a: PyObject, b: PyObject, op: number) => PyObject | null;
export type getattrofunc = (o: PyObject, name: PyObject) => PyObject | null;
export type setattrofunc = (o: PyObject, name: PyObject, value: PyObject | null) => number;
export type descrgetfunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject | null;
export type descrsetfunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => number;
/** args: positional arguments then keyword values; kwnames: the keyword names or null. */
export type vectorcallfunc = (callable: PyObject, args: PyObject[], kwnames: PyTupleObject | null) => PyObject | null;
export type newfunc = (type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null) => PyObject | null;
export type initproc = (self: PyObject, args: PyObject[], kwnames: PyTupleObject | null) => number;
export type ssizeargfunc = (o: PyObject, i: number) => PyObject | null;
export type ssizeobjargproc = (o: PyObject, i: number, v: PyObject | null) => number;
export type objobjargproc = (o: PyObject, key: PyObject, value: PyObject | null) => number;
export type objobjproc = (o: PyObject, key: PyObject) => number;
export type getiterfunc = (o: PyObject) => PyObject | null;
export type iternextfunc = (o: PyObject) => PyObject | null;
export type destructor = (o: PyObject) => void;

/** A method table entry (PyMethodDef); ml_meth's shape depends on ml_flags. */
export interface PyMethodDef {
  ml_name: string;
  ml_meth: Function;
  ml_flags: number;
  ml_doc?: string;
}
export const METH_VARARGS = 0x0001;
export const METH_KEYWORDS = 0x0002;
export const METH_NOARGS = 0x0004;
export const METH_O = 0x0008;
export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
export const METH_COEXIST = 0x0040;
export const METH_FASTCALL = 0x0080;

/** A data member (PyMemberDef): a named field of the instance, read (and set) directly. */
export interface PyMemberDef {
  name: string;
  /**
   * For the members of __slots__: the index in ob_slots (CPython's byte offset of a
   * T_OBJECT_EX member), which LOAD_ATTR_SLOT and STORE_ATTR_SLOT cache.
   */
  offset?: number;
  get: (o: PyObject) => PyObject | null;
  set?: (o: PyObject, v: PyObject | null) => number;
  doc?: string;
}

/** A computed attribute (PyGetSetDef). */
export interface PyGetSetDef {
  name: string;
  get: ((o: PyObject) => PyObject | null) | null;
  set?: ((o: PyObject, v: PyObject | null) => number) | null;
  doc?: string;
}

// tp_flags (Include/object.h).
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const Py_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_VECTORCALL = 1 << 11;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_READYING = 1 << 13;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const Py_TPFLAGS_VALID_VERSION_TAG = 1 << 19;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_MATCH_SELF = 1 << 22;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 1 << 31;
export const Py_TPFLAGS_DEFAULT = 0;

// Rich comparison operators.
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;

/** The fields a type definition may give; everything else defaults to null/0. */
export type TypeSpec = Partial<Omit<PyTypeObject, "ob_refcnt" | "ob_type">> & { tp_name: string };

/**
 * @cpython PyTypeObject. A type is itself an object (its ob_type is `type` or a metaclass).
 */
export class PyTypeObject extends PyObject {
  tp_name: string;
  tp_basicsize: number;
  tp_itemsize: number;
  tp_flags: number;
  tp_doc: string | null;
  tp_base: PyTypeObject | null;
  tp_bases: PyTupleObject | null;
  tp_mro: PyTupleObject | null;
  tp_dict: PyDictObject | null;
  /** Weak references to the direct subclasses (as CPython keeps them). */
  tp_subclasses: WeakRef<PyTypeObject>[];
  /** Subclasses that got a version tag since this type's last change (PyType_Modified walks these). */
  tp_versioned_subclasses: PyTypeObject[] | null;
  tp_version_tag: number;
  /** Number of __slots__ members an instance stores (ob_slots length). */
  tp_nslots: number;
  /** Whether instances have a __dict__ (tp_dictoffset != 0). */
  tp_dictoffset: number;
  tp_weaklistoffset: number;
  tp_methods: PyMethodDef[] | null;
  tp_members: PyMemberDef[] | null;
  tp_getset: PyGetSetDef[] | null;
  /** Heap types: the __qualname__ and module (ht_qualname, ht_module). */
  ht_qualname: string;
  /** Heap types with Py_TPFLAGS_MANAGED_DICT: the keys their instances share (ht_cached_keys). */
  ht_cached_keys: PyDictKeysObject | null;
  /**
   * Heap types: the Python __getitem__ function BINARY_SUBSCR_GETITEM calls
   * (_spec_cache.getitem), valid while tp_version_tag is the one the instruction cached.
   */
  ht_spec_getitem: PyObject | null;

  tp_dealloc: destructor | null;
  tp_finalize: destructor | null;
  tp_repr: reprfunc | null;
  tp_str: reprfunc | null;
  tp_hash: hashfunc | null;
  tp_call: vectorcallfunc | null;
  tp_getattro: getattrofunc | null;
  tp_setattro: setattrofunc | null;
  tp_richcompare: richcmpfunc | null;
  tp_iter: getiterfunc | null;
  tp_iternext: iternextfunc | null;
  tp_descr_get: descrgetfunc | null;
  tp_descr_set: descrsetfunc | null;
  tp_init: initproc | null;
  tp_new: newfunc | null;
  tp_alloc: ((type: PyTypeObject) => PyObject) | null;

  nb_add: binaryfunc | null;
  nb_subtract: binaryfunc | null;
  nb_multiply: binaryfunc | null;
  nb_remainder: binaryfunc | null;
  nb_divmod: binaryfunc | null;
  nb_power: ternaryfunc | null;
  nb_negative: unaryfunc | null;
  nb_positive: unaryfunc | null;
  nb_absolute: unaryfunc | null;
  nb_bool: inquiry | null;
  nb_invert: unaryfunc | null;
  nb_lshift: binaryfunc | null;
  nb_rshift: binaryfunc | null;
  nb_and: binaryfunc | null;
  nb_xor: binaryfunc | null;
  nb_or: binaryfunc | null;
  nb_int: unaryfunc | null;
  nb_float: unaryfunc | null;
  nb_inplace_add: binaryfunc | null;
  nb_inplace_subtract: binaryfunc | null;
  nb_inplace_multiply: binaryfunc | null;
  nb_inplace_remainder: binaryfunc | null;
  nb_inplace_power: ternaryfunc | null;
  nb_inplace_lshift: binaryfunc | null;
  nb_inplace_rshift: binaryfunc | null;
  nb_inplace_and: binaryfunc | null;
  nb_inplace_xor: binaryfunc | null;
  nb_inplace_or: binaryfunc | null;
  nb_floor_divide: binaryfunc | null;
  nb_true_divide: binaryfunc | null;
  nb_inplace_floor_divide: binaryfunc | null;
  nb_inplace_true_divide: binaryfunc | null;
  nb_index: unaryfunc | null;
  nb_matrix_multiply: binaryfunc | null;
  nb_inplace_matrix_multiply: binaryfunc | null;

  sq_length: lenfunc | null;
  sq_concat: binaryfunc | null;
  sq_repeat: ssizeargfunc | null;
  sq_item: ssizeargfunc | null;
  sq_ass_item: ssizeobjargproc | null;
  sq_contains: objobjproc | null;
  sq_inplace_concat: binaryfunc | null;
  sq_inplace_repeat: ssizeargfunc | null;

  mp_length: lenfunc | null;
  mp_subscript: binaryfunc | null;
  mp_ass_subscript: objobjargproc | null;

  am_await: unaryfunc | null;
  am_aiter: unaryfunc | null;
  am_anext: unaryfunc | null;

  constructor(spec: TypeSpec, metatype: PyTypeObject | null = null) {
    // The metatype is `type` for nearly every type; `type` itself is patched in at init.
    super(metatype ?? (null as unknown as PyTypeObject));
    this.tp_name = spec.tp_name;
    this.tp_basicsize = spec.tp_basicsize ?? 16;
    this.tp_itemsize = spec.tp_itemsize ?? 0;
    this.tp_flags = spec.tp_flags ?? 0;
    this.tp_doc = spec.tp_doc ?? null;
    this.tp_base = spec.tp_base ?? null;
    this.tp_bases = null;
    this.tp_mro = null;
    this.tp_dict = null;
    this.tp_subclasses = [];
    this.tp_versioned_subclasses = null;
    this.tp_version_tag = 0;
    this.tp_nslots = spec.tp_nslots ?? 0;
    this.tp_dictoffset = spec.tp_dictoffset ?? 0;
    this.tp_weaklistoffset = spec.tp_weaklistoffset ?? 0;
    this.tp_methods = spec.tp_methods ?? null;
    this.tp_members = spec.tp_members ?? null;
    this.tp_getset = spec.tp_getset ?? null;
    const dot = spec.tp_name.lastIndexOf(".");
    this.ht_qualname = spec.ht_qualname ?? (dot >= 0 ? spec.tp_name.slice(dot + 1) : spec.tp_name);
    this.ht_cached_keys = null;
    this.ht_spec_getitem = null;

    this.tp_dealloc = spec.tp_dealloc ?? null;
    this.tp_finalize = spec.tp_finalize ?? null;
    this.tp_repr = spec.tp_repr ?? null;
    this.tp_str = spec.tp_str ?? null;
    this.tp_hash = spec.tp_hash ?? null;
    this.tp_call = spec.tp_call ?? null;
    this.tp_getattro = spec.tp_getattro ?? null;
    this.tp_setattro = spec.tp_setattro ?? null;
    this.tp_richcompare = spec.tp_richcompare ?? null;
    this.tp_iter = spec.tp_iter ?? null;
    this.tp_iternext = spec.tp_iternext ?? null;
    this.tp_descr_get = spec.tp_descr_get ?? null;
    this.tp_descr_set = spec.tp_descr_set ?? null;
    this.tp_init = spec.tp_init ?? null;
    this.tp_new = spec.tp_new ?? null;
    this.tp_alloc = spec.tp_alloc ?? null;

    this.nb_add = spec.nb_add ?? null;
    this.nb_subtract = spec.nb_subtract ?? null;
    this.nb_multiply = spec.nb_multiply ?? null;
    this.nb_remainder = spec.nb_remainder ?? null;
    this.nb_divmod = spec.nb_divmod ?? null;
    this.nb_power = spec.nb_power ?? null;
    this.nb_negative = spec.nb_negative ?? null;
    this.nb_positive = spec.nb_positive ?? null;
    this.nb_absolute = spec.nb_absolute ?? null;
    this.nb_bool = spec.nb_bool ?? null;
    this.nb_invert = spec.nb_invert ?? null;
    this.nb_lshift = spec.nb_lshift ?? null;
    this.nb_rshift = spec.nb_rshift ?? null;
    this.nb_and = spec.nb_and ?? null;
    this.nb_xor = spec.nb_xor ?? null;
    this.nb_or = spec.nb_or ?? null;
    this.nb_int = spec.nb_int ?? null;
    this.nb_float = spec.nb_float ?? null;
    this.nb_inplace_add = spec.nb_inplace_add ?? null;
    this.nb_inplace_subtract = spec.nb_inplace_subtract ?? null;
    this.nb_inplace_multiply = spec.nb_inplace_multiply ?? null;
    this.nb_inplace_remainder = spec.nb_inplace_remainder ?? null;
    this.nb_inplace_power = spec.nb_inplace_power ?? null;
    this.nb_inplace_lshift = spec.nb_inplace_lshift ?? null;
    this.nb_inplace_rshift = spec.nb_inplace_rshift ?? null;
    this.nb_inplace_and = spec.nb_inplace_and ?? null;
    this.nb_inplace_xor = spec.nb_inplace_xor ?? null;
    this.nb_inplace_or = spec.nb_inplace_or ?? null;
    this.nb_floor_divide = spec.nb_floor_divide ?? null;
    this.nb_true_divide = spec.nb_true_divide ?? null;
    this.nb_inplace_floor_divide = spec.nb_inplace_floor_divide ?? null;
    this.nb_inplace_true_divide = spec.nb_inplace_true_divide ?? null;
    this.nb_index = spec.nb_index ?? null;
    this.nb_matrix_multiply = spec.nb_matrix_multiply ?? null;
    this.nb_inplace_matrix_multiply = spec.nb_inplace_matrix_multiply ?? null;

    this.sq_length = spec.sq_length ?? null;
    this.sq_concat = spec.sq_concat ?? null;
    this.sq_repeat = spec.sq_repeat ?? null;
    this.sq_item = spec.sq_item ?? null;
    this.sq_ass_item = spec.sq_ass_item ?? null;
    this.sq_contains = spec.sq_contains ?? null;
    this.sq_inplace_concat = spec.sq_inplace_concat ?? null;
    this.sq_inplace_repeat = spec.sq_inplace_repeat ?? null;

    this.mp_length = spec.mp_length ?? null;
    this.mp_subscript = spec.mp_subscript ?? null;
    this.mp_ass_subscript = spec.mp_ass_subscript ?? null;

    this.am_await = spec.am_await ?? null;
    this.am_aiter = spec.am_aiter ?? null;
    this.am_anext = spec.am_anext ?? null;
  }
}

/** @cpython Py_INCREF */
export function Py_INCREF(o: PyObject): void {
  o.ob_refcnt++;
}

/** @cpython Py_XINCREF */
export function Py_XINCREF(o: PyObject | null): void {
  if (o !== null) o.ob_refcnt++;
}

/** @cpython Py_DECREF: at zero the type's tp_dealloc runs (DESIGN D3). */
export function Py_DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) _Py_Dealloc(o);
}

/** @cpython Py_XDECREF */
export function Py_XDECREF(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) _Py_Dealloc(o);
}

/** @cpython Py_NewRef */
export function Py_NewRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/**
 * Filled in by src/Objects/weakrefobject.ts and typeobject.ts: the function that clears an
 * object's weak references and runs their callbacks (PyObject_ClearWeakRefs), and the
 * dealloc of classes (subtype_dealloc), which clears them itself, after __del__.
 */
export const _PyWeakref_DeallocHooks: {
  clear: (o: PyObject) => void;
  subtype_dealloc: destructor | null;
} = { clear: () => {}, subtype_dealloc: null };

/**
 * @cpython _Py_Dealloc. DIVERGENCE: each builtin dealloc in CPython calls
 * PyObject_ClearWeakRefs first when its weakref list is not empty; here that check is made
 * once, before tp_dealloc, for every type but classes (subtype_dealloc runs __del__ first).
 */
export function _Py_Dealloc(o: PyObject): void {
  // The trashcan (@cpython _PyTrash_begin/_PyTrash_end): freeing a long chain (a list in a
  // list in a list ..., filter(filter(...))) would nest one dealloc per link and exhaust the
  // JavaScript stack, so past _PyTrash_UNWIND_LEVEL nested deallocs an object is parked and
  // freed once the outermost dealloc has returned.
  if (_PyTrash_depth >= _PyTrash_UNWIND_LEVEL) {
    _PyTrash_delete_later.push(o);
    return;
  }
  _PyTrash_depth++;
  try {
    const dealloc = o.ob_type.tp_dealloc;
    if (o.ob_weakreflist !== null && dealloc !== _PyWeakref_DeallocHooks.subtype_dealloc) _PyWeakref_DeallocHooks.clear(o);
    if (dealloc !== null) dealloc(o);
  } finally {
    _PyTrash_depth--;
  }
  if (_PyTrash_depth === 0 && _PyTrash_delete_later.length !== 0 && !_PyTrash_draining) _PyTrash_thread_destroy_chain();
}

/** Nesting depth of deallocs beyond which objects wait in the trashcan (CPython: 50). */
const _PyTrash_UNWIND_LEVEL = 50;
let _PyTrash_depth = 0;
const _PyTrash_delete_later: PyObject[] = [];

/** @cpython _PyTrash_thread_destroy_chain: free the parked objects, newest first. */
function _PyTrash_thread_destroy_chain(): void {
  _PyTrash_draining = true;
  try {
    while (_PyTrash_delete_later.length !== 0) _Py_Dealloc(_PyTrash_delete_later.pop()!);
  } finally {
    _PyTrash_draining = false;
  }
}
let _PyTrash_draining = false;

/** @cpython Py_TYPE */
export const Py_TYPE = (o: PyObject): PyTypeObject => o.ob_type;

/** @cpython PyType_HasFeature */
export const PyType_HasFeature = (t: PyTypeObject, f: number): boolean => (t.tp_flags & f) !== 0;
