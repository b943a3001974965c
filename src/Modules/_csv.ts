/**
 * @mirrors Modules/_csv.c
 * The engine of Lib/csv.py: Dialect (the validated set of formatting options), the reader
 * (a character-at-a-time state machine over the lines an iterator yields), the writer
 * (quoting and escaping fields into one line handed to a write() method), the dialect
 * registry and the parsed-field size limit.
 *
 * The reader's states, as in CPython:
 *
 *   START_RECORD ──char──► START_FIELD ──quotechar──► IN_QUOTED_FIELD ──quotechar──► QUOTE_IN_QUOTED_FIELD
 *        │                   │   │                        │    ▲                        │ quotechar: a literal "
 *        │ \r \n             │   └─escapechar─► ESCAPED_CHAR   └─escapechar─► ESCAPE_IN_QUOTED_FIELD
 *        ▼                   ▼ other
 *     EAT_CRNL ◄──\r \n── IN_FIELD ──delimiter──► START_FIELD
 *
 * Each input line ends with a pseudo-character EOL; a record ends when the machine is back
 * in START_RECORD after one, so a quoted field may span several lines. An escaped newline
 * passes through AFTER_ESCAPED_CRNL, which swallows the EOL that follows it.
 *
 * DIVERGENCE: CPython makes Dialect, reader, writer and Error per module with
 * PyType_FromModuleAndSpec; here Dialect, reader and writer are static types (Error is
 * still a class made when the module is), and the module state (registry, field limit,
 * Error) lives with the last _csv module created.
 */
import {
  PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_DISALLOW_INSTANTIATION, METH_O, METH_NOARGS,
  METH_FASTCALL, METH_KEYWORDS, type PyMethodDef,
} from "../Include/object.ts";
import { PyErr_SetString, PyErr_Occurred, PyErr_Clear, PyErr_ExceptionMatches, PyErr_NewException } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_KeyError } from "../Objects/exceptions.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, PyObject_GetAttrString, PyObject_Str, PyCallable_Check, _PyObject_LookupAttr } from "../Objects/object.ts";
import { PyModule_Create, PyModule_AddObjectRef, PyModule_AddIntConstant, PyModule_AddStringConstant } from "../Objects/moduleobject.ts";
import { type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyListObject, PyList_New, _PyList_AppendTakeRef } from "../Objects/listobject.ts";
import { PyLong_CheckExact, PyLong_FromNumber, PyLong_AsLong, _PyLong_AsInt } from "../Objects/longobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_FromOrdinal, _PyUnicode_FromId, unicode_kind, fromCodePoints } from "../Objects/unicodeobject.ts";
import { _PyType_Name, PyObject_TypeCheck, PyType_Ready } from "../Objects/typeobject.ts";
import { PyDictObject, PyDict_New, PyDict_GetItemWithError, PyDict_SetItem, PyDict_DelItem, PyDict_Keys } from "../Objects/dictobject.ts";
import { PyObject_GetIter, PyIter_Next, PyNumber_Check } from "../Objects/abstract.ts";
import { PyObject_CallOneArg, PyObject_Vectorcall } from "../Objects/call.ts";
import { PyNumber_Float } from "../Objects/floatobject.ts";
import { PyObject_SelfIter } from "../Objects/iterobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywordsClinic } from "../Python/getargs.ts";

const MODULE_VERSION = "1.0";

/** Character values for "no character" and for the end of an input line. */
const NOT_SET = -1;
const EOL = -2;

// ParserState
const START_RECORD = 0, START_FIELD = 1, ESCAPED_CHAR = 2, IN_FIELD = 3, IN_QUOTED_FIELD = 4,
  ESCAPE_IN_QUOTED_FIELD = 5, QUOTE_IN_QUOTED_FIELD = 6, EAT_CRNL = 7, AFTER_ESCAPED_CRNL = 8;

// QuoteStyle
const QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
const quote_styles: [number, string][] = [
  [QUOTE_MINIMAL, "QUOTE_MINIMAL"], [QUOTE_ALL, "QUOTE_ALL"], [QUOTE_NONNUMERIC, "QUOTE_NONNUMERIC"], [QUOTE_NONE, "QUOTE_NONE"],
];

/** @cpython _csvstate */
const module_state: { error_obj: PyObject | null; dialects: PyDictObject | null; field_limit: number } = {
  error_obj: null, dialects: null, field_limit: 128 * 1024,
};

/** Raise _csv.Error(msg), replacing any pending exception as CPython's PyErr_Format does. */
function csv_error(msg: string): null {
  PyErr_Clear();
  return PyErr_SetString(module_state.error_obj as PyTypeObject, msg);
}

// -- Dialect -------------------------------------------------------------------------------------------

/** @cpython DialectObj */
export class DialectObj extends PyObject {
  doublequote: boolean;
  skipinitialspace: boolean;
  strict: boolean;
  quoting: number;
  delimiter: number;
  quotechar: number;
  escapechar: number;
  lineterminator: PyUnicodeObject | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.doublequote = false;
    this.skipinitialspace = false;
    this.strict = false;
    this.quoting = 0;
    this.delimiter = 0;
    this.quotechar = 0;
    this.escapechar = 0;
    this.lineterminator = null;
  }
}

/** @cpython get_dialect_from_registry @returns new */
function get_dialect_from_registry(name_obj: PyObject): PyObject | null {
  const d = PyDict_GetItemWithError(module_state.dialects!, name_obj);
  if (d === null) {
    if (!PyErr_Occurred()) csv_error("unknown dialect");
    return null;
  }
  Py_INCREF(d);
  return d;
}

/** @cpython get_char_or_None */
function get_char_or_None(c: number): PyObject {
  return c === NOT_SET ? Py_NewNone() : PyUnicode_FromOrdinal(c)!;
}

/** The one character of a 1-character str (its code point), or -1 if it is not one character long. */
function single_char(u: PyUnicodeObject): number {
  if (unicode_kind(u) === 1) return u.str.length === 1 ? u.str.charCodeAt(0) : -1;
  return u.cps!.length === 1 ? u.cps![0] : -1;
}

/** @cpython _set_bool */
function _set_bool(src: PyObject | null, dflt: boolean): boolean | null {
  if (src === null) return dflt;
  const b = PyObject_IsTrue(src);
  if (b < 0) return null;
  return b !== 0;
}

/** @cpython _set_int: an exact int that fits a C int. */
function _set_int(name: string, src: PyObject | null, dflt: number): number | null {
  if (src === null) return dflt;
  if (!PyLong_CheckExact(src)) {
    PyErr_SetString(PyExc_TypeError, `"${name}" must be an integer`);
    return null;
  }
  const v = _PyLong_AsInt(src);
  if (v === -1 && PyErr_Occurred()) return null;
  return v;
}

/** @cpython _set_char_or_none: a 1-character str, or None (NOT_SET). */
function _set_char_or_none(name: string, src: PyObject | null, dflt: number): number | null {
  if (src === null) return dflt;
  if (src === Py_None) return NOT_SET;
  if (!PyUnicode_Check(src)) {
    PyErr_SetString(PyExc_TypeError, `"${name}" must be string or None, not ${src.ob_type.tp_name}`);
    return null;
  }
  const c = single_char(src);
  if (c < 0) {
    PyErr_SetString(PyExc_TypeError, `"${name}" must be a 1-character string`);
    return null;
  }
  return c;
}

/** @cpython _set_char: a 1-character str. */
function _set_char(name: string, src: PyObject | null, dflt: number): number | null {
  if (src === null) return dflt;
  if (!PyUnicode_Check(src)) {
    PyErr_SetString(PyExc_TypeError, `"${name}" must be string, not ${src.ob_type.tp_name}`);
    return null;
  }
  const c = single_char(src);
  if (c < 0) {
    PyErr_SetString(PyExc_TypeError, `"${name}" must be a 1-character string`);
    return null;
  }
  return c;
}

/** @cpython _set_str: a str, or None (unset). undefined on error. @returns new or null */
function _set_str(name: string, src: PyObject | null, dflt: string): PyUnicodeObject | null | undefined {
  if (src === null) return PyUnicode_FromString(dflt);
  if (src === Py_None) return null;
  if (!PyUnicode_Check(src)) {
    PyErr_SetString(PyExc_TypeError, `"${name}" must be a string`);
    return undefined;
  }
  Py_INCREF(src);
  return src;
}

const dialect_kws = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

/**
 * @cpython dialect_new: Dialect([dialect], **fmtparams). The settings come from the keyword
 * arguments, then from the attributes of `dialect` (a registered name, a Dialect, or any
 * object or class with the attributes), then the defaults. A Dialect given alone is returned
 * as it is.
 */
function dialect_new(type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "", 0, dialect_kws, 0, 9, 0);
  if (a === null) return null;
  let dialect = a[0];
  const v = a.slice(1);
  if (dialect !== null) {
    if (PyUnicode_Check(dialect)) {
      dialect = get_dialect_from_registry(dialect);
      if (dialect === null) return null;
    } else {
      Py_INCREF(dialect);
    }
    if (PyObject_TypeCheck(dialect, Dialect_Type) && v.every((x) => x === null)) return dialect;
  }
  const owned: (PyObject | null)[] = v.map((x) => {
    if (x !== null) Py_INCREF(x);
    return x;
  });
  const release = (): void => {
    for (const x of owned) Py_XDECREF(x);
    Py_XDECREF(dialect);
  };
  if (dialect !== null) {
    const names = dialect_kws.slice(1);
    for (let i = 0; i < names.length; i++) {
      if (owned[i] === null) {
        const got = PyObject_GetAttrString(dialect, names[i]);
        if (got === null) PyErr_Clear();
        owned[i] = got;
      }
    }
  }
  const [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = owned;
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  const self = new DialectObj(type);
  const fail = (): null => {
    Py_DECREF(self);
    release();
    return null;
  };
  const d = _set_char("delimiter", delimiter, 0x2c);
  if (d === null) return fail();
  self.delimiter = d;
  const dq = _set_bool(doublequote, true);
  if (dq === null) return fail();
  self.doublequote = dq;
  const esc = _set_char_or_none("escapechar", escapechar, NOT_SET);
  if (esc === null) return fail();
  self.escapechar = esc;
  const lt = _set_str("lineterminator", lineterminator, "\r\n");
  if (lt === undefined) return fail();
  self.lineterminator = lt;
  const qc = _set_char_or_none("quotechar", quotechar, 0x22);
  if (qc === null) return fail();
  self.quotechar = qc;
  const q = _set_int("quoting", quoting, QUOTE_MINIMAL);
  if (q === null) return fail();
  self.quoting = q;
  const sis = _set_bool(skipinitialspace, false);
  if (sis === null) return fail();
  self.skipinitialspace = sis;
  const st = _set_bool(strict, false);
  if (st === null) return fail();
  self.strict = st;
  if (!quote_styles.some(([style]) => style === self.quoting)) {
    PyErr_SetString(PyExc_TypeError, "bad \"quoting\" value");
    return fail();
  }
  if (self.delimiter === NOT_SET) {
    PyErr_SetString(PyExc_TypeError, "\"delimiter\" must be a 1-character string");
    return fail();
  }
  if (quotechar === Py_None && quoting === null) self.quoting = QUOTE_NONE;
  if (self.quoting !== QUOTE_NONE && self.quotechar === NOT_SET) {
    PyErr_SetString(PyExc_TypeError, "quotechar must be set if quoting enabled");
    return fail();
  }
  if (self.lineterminator === null) {
    PyErr_SetString(PyExc_TypeError, "lineterminator must be set");
    return fail();
  }
  release();
  return self;
}

/** @cpython Dialect_reduce: dialects refuse to be pickled. */
function Dialect_reduce(self: PyObject): PyObject | null {
  return PyErr_SetString(PyExc_TypeError, `cannot pickle '${_PyType_Name(self.ob_type)}' instances`);
}

/** @cpython Dialect_dealloc */
function Dialect_dealloc(o: PyObject): void {
  const d = o as DialectObj;
  const lt = d.lineterminator;
  d.lineterminator = null;
  Py_XDECREF(lt);
}

export const Dialect_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_csv.Dialect", tp_basicsize: 48,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
  tp_dealloc: Dialect_dealloc, tp_new: dialect_new,
  tp_members: [
    { name: "skipinitialspace", get: (o) => PyBool_FromLong((o as DialectObj).skipinitialspace ? 1 : 0) },
    { name: "doublequote", get: (o) => PyBool_FromLong((o as DialectObj).doublequote ? 1 : 0) },
    { name: "strict", get: (o) => PyBool_FromLong((o as DialectObj).strict ? 1 : 0) },
  ],
  tp_getset: [
    { name: "delimiter", get: (o) => get_char_or_None((o as DialectObj).delimiter) },
    { name: "escapechar", get: (o) => get_char_or_None((o as DialectObj).escapechar) },
    { name: "lineterminator", get: (o) => {
      const lt = (o as DialectObj).lineterminator ?? Py_None;
      Py_INCREF(lt);
      return lt;
    } },
    { name: "quotechar", get: (o) => get_char_or_None((o as DialectObj).quotechar) },
    { name: "quoting", get: (o) => PyLong_FromNumber((o as DialectObj).quoting) },
  ],
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: Dialect_reduce, ml_flags: METH_FASTCALL, ml_doc: "raises an exception to avoid pickling" },
    { ml_name: "__reduce_ex__", ml_meth: Dialect_reduce, ml_flags: METH_FASTCALL, ml_doc: "raises an exception to avoid pickling" },
  ],
  tp_doc: "CSV dialect\n\nThe settings a reader or writer works with (see the csv module for their meaning).\n",
});

/** @cpython _call_dialect: Dialect(dialect_inst, **kwargs) for a reader, writer or registration. */
function _call_dialect(dialect_inst: PyObject | null, kwvalues: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const args = dialect_inst !== null ? [dialect_inst, ...kwvalues] : kwvalues;
  return PyObject_Vectorcall(Dialect_Type, args, kwnames);
}

/** Split vectorcall arguments into positionals and keyword values. */
function split_args(args: PyObject[], kwnames: PyTupleObject | null): [PyObject[], PyObject[]] {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  return [args.slice(0, args.length - nkw), args.slice(args.length - nkw)];
}

// -- the reader ------------------------------------------------------------------------------------------

/** @cpython ReaderObj */
class ReaderObj extends PyObject {
  input_iter: PyObject | null;
  dialect: DialectObj | null;
  fields: PyListObject | null;
  state: number;
  /** The field being parsed, as code points. */
  field: number[];
  field_len: number;
  numeric_field: boolean;
  line_num: number;
  constructor() {
    super(Reader_Type);
    this.input_iter = null;
    this.dialect = null;
    this.fields = null;
    this.state = START_RECORD;
    this.field = [];
    this.field_len = 0;
    this.numeric_field = false;
    this.line_num = 0;
  }
}

/** @cpython parse_save_field: the field so far joins the record (as a float for QUOTE_NONNUMERIC). */
function parse_save_field(self: ReaderObj): number {
  let field: PyObject | null = PyUnicode_FromString(fromCodePoints(self.field, 0, self.field_len));
  self.field_len = 0;
  if (self.numeric_field) {
    self.numeric_field = false;
    const tmp = PyNumber_Float(field);
    Py_DECREF(field);
    if (tmp === null) return -1;
    field = tmp;
  }
  return _PyList_AppendTakeRef(self.fields!, field);
}

/** @cpython parse_add_char */
function parse_add_char(self: ReaderObj, c: number): number {
  if (self.field_len >= module_state.field_limit) {
    csv_error(`field larger than field limit (${module_state.field_limit})`);
    return -1;
  }
  self.field[self.field_len++] = c;
  return 0;
}

/** parse_process_char's START_FIELD state: a field begins. */
function start_field(self: ReaderObj, dialect: DialectObj, c: number): number {
  if (c === 0x0a || c === 0x0d || c === EOL) {
    if (parse_save_field(self) < 0) return -1;
    self.state = c === EOL ? START_RECORD : EAT_CRNL;
  } else if (c === dialect.quotechar && dialect.quoting !== QUOTE_NONE) {
    self.state = IN_QUOTED_FIELD;
  } else if (c === dialect.escapechar) {
    self.state = ESCAPED_CHAR;
  } else if (c === 0x20 && dialect.skipinitialspace) {
    // leading spaces are dropped
  } else if (c === dialect.delimiter) {
    if (parse_save_field(self) < 0) return -1;
  } else {
    if (dialect.quoting === QUOTE_NONNUMERIC) self.numeric_field = true;
    if (parse_add_char(self, c) < 0) return -1;
    self.state = IN_FIELD;
  }
  return 0;
}

/** parse_process_char's IN_FIELD state: inside an unquoted field. */
function in_field(self: ReaderObj, dialect: DialectObj, c: number): number {
  if (c === 0x0a || c === 0x0d || c === EOL) {
    if (parse_save_field(self) < 0) return -1;
    self.state = c === EOL ? START_RECORD : EAT_CRNL;
  } else if (c === dialect.escapechar) {
    self.state = ESCAPED_CHAR;
  } else if (c === dialect.delimiter) {
    if (parse_save_field(self) < 0) return -1;
    self.state = START_FIELD;
  } else {
    if (parse_add_char(self, c) < 0) return -1;
  }
  return 0;
}

/**
 * @cpython parse_process_char: one step of the state machine (see the header). The
 * states CPython's switch falls through into (START_FIELD after START_RECORD, IN_FIELD
 * after AFTER_ESCAPED_CRNL) are the functions above.
 */
function parse_process_char(self: ReaderObj, c: number): number {
  const dialect = self.dialect!;
  switch (self.state) {
    case START_RECORD:
      if (c === EOL) break;
      if (c === 0x0a || c === 0x0d) {
        self.state = EAT_CRNL;
        break;
      }
      self.state = START_FIELD;
      return start_field(self, dialect, c);
    case START_FIELD:
      return start_field(self, dialect, c);
    case ESCAPED_CHAR:
      if (c === 0x0a || c === 0x0d) {
        if (parse_add_char(self, c) < 0) return -1;
        self.state = AFTER_ESCAPED_CRNL;
        break;
      }
      if (c === EOL) c = 0x0a;
      if (parse_add_char(self, c) < 0) return -1;
      self.state = IN_FIELD;
      break;
    case AFTER_ESCAPED_CRNL:
      if (c === EOL) break;
      return in_field(self, dialect, c);
    case IN_FIELD:
      return in_field(self, dialect, c);
    case IN_QUOTED_FIELD:
      if (c === EOL) {
        // the line break inside quotes was already read as a character
      } else if (c === dialect.escapechar) {
        self.state = ESCAPE_IN_QUOTED_FIELD;
      } else if (c === dialect.quotechar && dialect.quoting !== QUOTE_NONE) {
        self.state = dialect.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
      } else {
        if (parse_add_char(self, c) < 0) return -1;
      }
      break;
    case ESCAPE_IN_QUOTED_FIELD:
      if (c === EOL) c = 0x0a;
      if (parse_add_char(self, c) < 0) return -1;
      self.state = IN_QUOTED_FIELD;
      break;
    case QUOTE_IN_QUOTED_FIELD:
      if (dialect.quoting !== QUOTE_NONE && c === dialect.quotechar) {
        if (parse_add_char(self, c) < 0) return -1;
        self.state = IN_QUOTED_FIELD;
      } else if (c === dialect.delimiter) {
        if (parse_save_field(self) < 0) return -1;
        self.state = START_FIELD;
      } else if (c === 0x0a || c === 0x0d || c === EOL) {
        if (parse_save_field(self) < 0) return -1;
        self.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (!dialect.strict) {
        if (parse_add_char(self, c) < 0) return -1;
        self.state = IN_FIELD;
      } else {
        csv_error(`'${String.fromCodePoint(dialect.delimiter)}' expected after '${String.fromCodePoint(dialect.quotechar)}'`);
        return -1;
      }
      break;
    case EAT_CRNL:
      if (c === 0x0a || c === 0x0d) {
        // more line-break characters
      } else if (c === EOL) {
        self.state = START_RECORD;
      } else {
        csv_error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        return -1;
      }
      break;
  }
  return 0;
}

/** @cpython parse_reset */
function parse_reset(self: ReaderObj): void {
  const old = self.fields;
  self.fields = PyList_New(0);
  Py_XDECREF(old);
  self.field_len = 0;
  self.state = START_RECORD;
  self.numeric_field = false;
}

/** @cpython Reader_iternext: read lines until a record is complete. */
function Reader_iternext(o: PyObject): PyObject | null {
  const self = o as ReaderObj;
  parse_reset(self);
  do {
    const lineobj = PyIter_Next(self.input_iter!);
    if (lineobj === null) {
      if (!PyErr_Occurred() && (self.field_len !== 0 || self.state === IN_QUOTED_FIELD)) {
        if (self.dialect!.strict) csv_error("unexpected end of data");
        else if (parse_save_field(self) >= 0) break;
      }
      return null;
    }
    if (!PyUnicode_Check(lineobj)) {
      csv_error(`iterator should return strings, not ${lineobj.ob_type.tp_name} (the file should be opened in text mode)`);
      Py_DECREF(lineobj);
      return null;
    }
    ++self.line_num;
    const s = lineobj.str;
    if (unicode_kind(lineobj) === 1) {
      for (let pos = 0; pos < s.length; pos++) {
        if (parse_process_char(self, s.charCodeAt(pos)) < 0) {
          Py_DECREF(lineobj);
          return null;
        }
      }
    } else {
      for (const c of lineobj.cps!) {
        if (parse_process_char(self, c) < 0) {
          Py_DECREF(lineobj);
          return null;
        }
      }
    }
    Py_DECREF(lineobj);
    if (parse_process_char(self, EOL) < 0) return null;
  } while (self.state !== START_RECORD);
  const fields = self.fields;
  self.fields = null;
  return fields;
}

/** @cpython Reader_dealloc */
function Reader_dealloc(o: PyObject): void {
  const self = o as ReaderObj;
  const d = self.dialect, it = self.input_iter, f = self.fields;
  self.dialect = null;
  self.input_iter = null;
  self.fields = null;
  Py_XDECREF(d);
  Py_XDECREF(it);
  Py_XDECREF(f);
}

const Reader_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_csv.reader", tp_basicsize: 88,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_dealloc: Reader_dealloc, tp_iter: PyObject_SelfIter, tp_iternext: Reader_iternext,
  tp_members: [
    { name: "dialect", get: (o) => {
      const d = (o as ReaderObj).dialect ?? Py_None;
      Py_INCREF(d);
      return d;
    } },
    { name: "line_num", get: (o) => PyLong_FromNumber((o as ReaderObj).line_num) },
  ],
  tp_doc: "CSV reader\n\nAn iterator giving the records of CSV text (lists of fields) from an iterator of lines.\n",
});

/** @cpython csv_reader: reader(iterable[, dialect], **fmtparams) */
function csv_reader(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const [pos, kwvalues] = split_args(args, kwnames);
  const self = new ReaderObj();
  parse_reset(self);
  if (!_PyArg_CheckPositional("", pos.length, 1, 2)) {
    Py_DECREF(self);
    return null;
  }
  self.input_iter = PyObject_GetIter(pos[0]);
  if (self.input_iter === null) {
    Py_DECREF(self);
    return null;
  }
  const dialect = _call_dialect(pos.length > 1 ? pos[1] : null, kwvalues, kwnames);
  if (dialect === null) {
    Py_DECREF(self);
    return null;
  }
  self.dialect = dialect as DialectObj;
  return self;
}

// -- the writer ------------------------------------------------------------------------------------------

/** @cpython WriterObj */
class WriterObj extends PyObject {
  write: PyObject | null;
  dialect: DialectObj | null;
  /** The record being built. */
  rec: string;
  num_fields: number;
  error_obj: PyObject | null;
  constructor() {
    super(Writer_Type);
    this.write = null;
    this.dialect = null;
    this.rec = "";
    this.num_fields = 0;
    this.error_obj = null;
  }
}

/** Raise the writer's Error(msg), replacing any pending exception (PyErr_Format). */
function writer_error(self: WriterObj, msg: string): null {
  PyErr_Clear();
  return PyErr_SetString(self.error_obj as PyTypeObject, msg);
}

/** The code points of a str. */
function code_points(u: PyUnicodeObject): ArrayLike<number> {
  if (unicode_kind(u) !== 1) return u.cps!;
  const s = u.str;
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * @cpython join_append / join_append_data: add one field to the record, with a delimiter
 * before it, quotes around it when needed (or asked for), and quote characters doubled or
 * special characters escaped. -1 (with Error set) when a character needs escaping and
 * there is no escapechar.
 */
function join_append(self: WriterObj, field: PyUnicodeObject | null, quoted: boolean): number {
  const dialect = self.dialect!;
  const lt = code_points(dialect.lineterminator!);
  let body = "";
  if (field !== null) {
    const cps = code_points(field);
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      let want_escape = false;
      if (c === dialect.delimiter || c === dialect.escapechar || c === dialect.quotechar || Array.prototype.includes.call(lt, c)) {
        if (dialect.quoting === QUOTE_NONE) {
          want_escape = true;
        } else {
          if (c === dialect.quotechar) {
            if (dialect.doublequote) body += String.fromCodePoint(dialect.quotechar);
            else want_escape = true;
          } else if (c === dialect.escapechar) {
            want_escape = true;
          }
          if (!want_escape) quoted = true;
        }
        if (want_escape) {
          if (dialect.escapechar === NOT_SET) {
            writer_error(self, "need to escape, but no escapechar set");
            return -1;
          }
          body += String.fromCodePoint(dialect.escapechar);
        }
      }
      body += String.fromCodePoint(c);
    }
  }
  if (self.num_fields > 0) self.rec += String.fromCodePoint(dialect.delimiter);
  if (quoted) {
    const q = String.fromCodePoint(dialect.quotechar);
    self.rec += q + body + q;
  } else {
    self.rec += body;
  }
  self.num_fields++;
  return 0;
}

/** @cpython csv_writerow */
function csv_writerow(o: PyObject, seq: PyObject): PyObject | null {
  const self = o as WriterObj;
  const dialect = self.dialect!;
  const iter = PyObject_GetIter(seq);
  if (iter === null) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
      writer_error(self, `iterable expected, not ${seq.ob_type.tp_name}`);
    }
    return null;
  }
  self.rec = "";
  self.num_fields = 0;
  let field: PyObject | null;
  while ((field = PyIter_Next(iter)) !== null) {
    let quoted: boolean;
    switch (dialect.quoting) {
      case QUOTE_NONNUMERIC: quoted = !PyNumber_Check(field); break;
      case QUOTE_ALL: quoted = true; break;
      default: quoted = false;
    }
    let ok: number;
    if (PyUnicode_Check(field)) {
      ok = join_append(self, field, quoted);
      Py_DECREF(field);
    } else if (field === Py_None) {
      ok = join_append(self, null, quoted);
      Py_DECREF(field);
    } else {
      const str = PyObject_Str(field);
      Py_DECREF(field);
      if (str === null) {
        Py_DECREF(iter);
        return null;
      }
      ok = join_append(self, str as PyUnicodeObject, quoted);
      Py_DECREF(str);
    }
    if (ok < 0) {
      Py_DECREF(iter);
      return null;
    }
  }
  Py_DECREF(iter);
  if (PyErr_Occurred()) return null;
  if (self.num_fields > 0 && self.rec.length === 0) {
    if (dialect.quoting === QUOTE_NONE) {
      return writer_error(self, "single empty field record must be quoted");
    }
    self.num_fields--;
    if (join_append(self, null, true) < 0) return null;
  }
  const line = PyUnicode_FromString(self.rec + dialect.lineterminator!.str);
  self.rec = "";
  const result = PyObject_CallOneArg(self.write!, line);
  Py_DECREF(line);
  return result;
}

/** @cpython csv_writerows */
function csv_writerows(o: PyObject, seqseq: PyObject): PyObject | null {
  const row_iter = PyObject_GetIter(seqseq);
  if (row_iter === null) return null;
  let row_obj: PyObject | null;
  while ((row_obj = PyIter_Next(row_iter)) !== null) {
    const result = csv_writerow(o, row_obj);
    Py_DECREF(row_obj);
    if (result === null) {
      Py_DECREF(row_iter);
      return null;
    }
    Py_DECREF(result);
  }
  Py_DECREF(row_iter);
  if (PyErr_Occurred()) return null;
  return Py_NewNone();
}

/** @cpython Writer_dealloc */
function Writer_dealloc(o: PyObject): void {
  const self = o as WriterObj;
  const d = self.dialect, w = self.write, e = self.error_obj;
  self.dialect = null;
  self.write = null;
  self.error_obj = null;
  Py_XDECREF(d);
  Py_XDECREF(w);
  Py_XDECREF(e);
}

const Writer_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_csv.writer", tp_basicsize: 72,
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION,
  tp_dealloc: Writer_dealloc,
  tp_members: [{ name: "dialect", get: (o) => {
    const d = (o as WriterObj).dialect ?? Py_None;
    Py_INCREF(d);
    return d;
  } }],
  tp_methods: [
    { ml_name: "writerow", ml_meth: csv_writerow, ml_flags: METH_O,
      ml_doc: "writerow(iterable)\n\nFormat the fields of iterable as one CSV record and write it. Fields that\nare not str are converted with str() (None becomes an empty field)." },
    { ml_name: "writerows", ml_meth: csv_writerows, ml_flags: METH_O,
      ml_doc: "writerows(iterable of iterables)\n\nwriterow() for each row of the iterable." },
  ],
  tp_doc: "CSV writer\n\nFormats rows as CSV records and writes them to a file-like object.\n",
});

/** @cpython csv_writer: writer(fileobj[, dialect], **fmtparams) */
function csv_writer(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const [pos, kwvalues] = split_args(args, kwnames);
  const self = new WriterObj();
  Py_INCREF(module_state.error_obj!);
  self.error_obj = module_state.error_obj;
  if (!_PyArg_CheckPositional("", pos.length, 1, 2)) {
    Py_DECREF(self);
    return null;
  }
  const write = _PyObject_LookupAttr(pos[0], _PyUnicode_FromId("write"));
  if (write === null) {
    Py_DECREF(self);
    return null;
  }
  if (write !== undefined) self.write = write;
  if (self.write === null || !PyCallable_Check(self.write)) {
    PyErr_SetString(PyExc_TypeError, "argument 1 must have a \"write\" method");
    Py_DECREF(self);
    return null;
  }
  const dialect = _call_dialect(pos.length > 1 ? pos[1] : null, kwvalues, kwnames);
  if (dialect === null) {
    Py_DECREF(self);
    return null;
  }
  self.dialect = dialect as DialectObj;
  return self;
}

// -- the dialect registry and the field limit ---------------------------------------------------------

/** @cpython _csv_list_dialects_impl */
function csv_list_dialects(_module: PyObject): PyObject | null {
  return PyDict_Keys(module_state.dialects!);
}

/** @cpython csv_register_dialect: register_dialect(name[, dialect], **fmtparams) */
function csv_register_dialect(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const [pos, kwvalues] = split_args(args, kwnames);
  if (!_PyArg_CheckPositional("", pos.length, 1, 2)) return null;
  const name_obj = pos[0];
  if (!PyUnicode_Check(name_obj)) return PyErr_SetString(PyExc_TypeError, "dialect name must be a string");
  const dialect = _call_dialect(pos.length > 1 ? pos[1] : null, kwvalues, kwnames);
  if (dialect === null) return null;
  const r = PyDict_SetItem(module_state.dialects!, name_obj, dialect);
  Py_DECREF(dialect);
  if (r < 0) return null;
  return Py_NewNone();
}

/** @cpython _csv_unregister_dialect_impl */
function csv_unregister_dialect(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "unregister_dialect", 0, ["name"], 1, 1, 0);
  if (a === null) return null;
  if (PyDict_DelItem(module_state.dialects!, a[0]!) < 0) {
    if (PyErr_ExceptionMatches(PyExc_KeyError)) csv_error("unknown dialect");
    return null;
  }
  return Py_NewNone();
}

/** @cpython _csv_get_dialect_impl */
function csv_get_dialect(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "get_dialect", 0, ["name"], 1, 1, 0);
  if (a === null) return null;
  return get_dialect_from_registry(a[0]!);
}

/** @cpython _csv_field_size_limit_impl: the old limit; a new one (an exact int) when given. */
function csv_field_size_limit(_module: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "field_size_limit", 0, ["new_limit"], 0, 1, 0);
  if (a === null) return null;
  const old_limit = module_state.field_limit;
  const new_limit = a[0];
  if (new_limit !== null) {
    if (!PyLong_CheckExact(new_limit)) return PyErr_SetString(PyExc_TypeError, "limit must be an integer");
    const v = PyLong_AsLong(new_limit);
    if (v === -1 && PyErr_Occurred()) return null;
    module_state.field_limit = v;
  }
  return PyLong_FromNumber(old_limit);
}

const csv_methods: PyMethodDef[] = [
  { ml_name: "reader", ml_meth: csv_reader, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])\n    for row in csv_reader:\n        process(row)\n\n"
      + "Reads CSV records from an iterable of lines (a file opened in text mode, a list of\nstr...): each iteration gives one record as a list of fields, which may span several\nlines. Keyword arguments override the settings of the dialect.\n" },
  { ml_name: "writer", ml_meth: csv_writer, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    for row in sequence:\n        csv_writer.writerow(row)\n\n"
      + "Writes rows as CSV records to fileobj, which needs a write() method.\n" },
  { ml_name: "register_dialect", ml_meth: csv_register_dialect, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Map a string name to a dialect.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])" },
  { ml_name: "list_dialects", ml_meth: csv_list_dialects, ml_flags: METH_NOARGS,
    ml_doc: "list_dialects($module, /)\n--\n\nThe names of the registered dialects.\n\n    names = csv.list_dialects()" },
  { ml_name: "unregister_dialect", ml_meth: csv_unregister_dialect, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "unregister_dialect($module, /, name)\n--\n\nForget the dialect registered under name.\n\n    csv.unregister_dialect(name)" },
  { ml_name: "get_dialect", ml_meth: csv_get_dialect, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "get_dialect($module, /, name)\n--\n\nThe dialect registered under name.\n\n    dialect = csv.get_dialect(name)" },
  { ml_name: "field_size_limit", ml_meth: csv_field_size_limit, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "field_size_limit($module, /, new_limit=<unrepresentable>)\n--\n\nThe largest field the reader accepts; with an argument, set it too.\n\n    csv.field_size_limit([limit])\n\nReturns the old limit." },
];

const csv_module_doc = "CSV parsing and writing.\n\n"
  + "The machinery of the csv module (PEP 305): reader and writer objects driven by a\n"
  + "dialect -- a set of formatting settings -- and a registry of named dialects.\n\n"
  + "SETTINGS:\n\n"
  + "    * delimiter - the one-character field separator (default ',').\n"
  + "    * quotechar - the one-character quote (default '\"').\n"
  + "    * escapechar - the one-character escape, or None (the default).\n"
  + "    * doublequote - whether a quotechar inside a field is written (and read) doubled.\n"
  + "    * skipinitialspace - whether spaces just after a delimiter are dropped.\n"
  + "    * lineterminator - what the writer ends each record with (default '\\r\\n').\n"
  + "    * quoting - QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC or QUOTE_NONE.\n"
  + "    * strict - whether bad CSV raises Error.\n";

/** @cpython PyInit__csv (csv_exec) */
export function PyInit__csv(): PyObject | null {
  const m = PyModule_Create("_csv", csv_module_doc, csv_methods);
  for (const [name, t] of [["Dialect", Dialect_Type], ["Reader", Reader_Type], ["Writer", Writer_Type]] as const) {
    if (PyType_Ready(t) < 0 || PyModule_AddObjectRef(m, name, t) < 0) {
      Py_DECREF(m);
      return null;
    }
  }
  if (PyModule_AddStringConstant(m, "__version__", MODULE_VERSION) < 0) {
    Py_DECREF(m);
    return null;
  }
  module_state.field_limit = 128 * 1024;
  const dialects = PyDict_New();
  Py_XDECREF(module_state.dialects);
  module_state.dialects = dialects;
  PyModule_AddObjectRef(m, "_dialects", dialects);
  for (const [style, name] of quote_styles) PyModule_AddIntConstant(m, name, style);
  const error = PyErr_NewException("_csv.Error", null, null);
  if (error === null) {
    Py_DECREF(m);
    return null;
  }
  Py_XDECREF(module_state.error_obj);
  module_state.error_obj = error;
  PyModule_AddObjectRef(m, "Error", error);
  return m;
}
