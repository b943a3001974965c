/**
 * @mirrors Objects/stringlib/unicode_format.h
 * str.format() and str.format_map() (PEP 3101), and the two parsers the `_string` module
 * lends to string.Formatter (formatter_parser, formatter_field_name_split).
 *
 * A format string is literal text with replacement fields:
 *
 *   "{0.name[key]!r:>{width}}"
 *     field name   0.name[key]   an argument (number, or keyword name; empty means "the
 *                                next one"), then attribute (.name) and item ([key]) lookups
 *     conversion   !r            repr() first (!s str(), !a ascii())
 *     format spec  >{width}      passed to the value's __format__; it may itself hold
 *                                fields, expanded first (one level of nesting)
 *
 *   >>> '{} {}'.format('a', 'b'), '{1}{0}'.format('a', 'b'), '{{}}'.format()
 *   ('a b', 'ba', '{}')
 *   >>> '{0[x]:>{1}}|'.format({'x': 'hi'}, 5)
 *   '   hi|'
 *
 * Numbering is either automatic ({}) or manual ({0}) within one call, never both. The parser
 * works on code-unit positions of the JavaScript string: every character with a meaning
 * here is ASCII, so a surrogate pair is never cut.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF } from "../../Include/object.ts";
import { PyErr_SetString, PyErr_SetObject } from "../../Python/errors.ts";
import { PyExc_ValueError, PyExc_IndexError, PyExc_KeyError, PyExc_TypeError } from "../exceptions.ts";
import { PyObject_Repr, PyObject_Str, PyObject_ASCII, PyObject_GetAttr, Py_NewNone } from "../object.ts";
import { PyObject_GetItem, PyObject_Format } from "../abstract.ts";
import { PyLong_FromNumber, PyLong_Type } from "../longobject.ts";
import { PyFloat_Type } from "../floatobject.ts";
import { PyComplex_Type } from "../complexobject.ts";
import { PyBool_FromLong } from "../boolobject.ts";
import { PyDict_Check } from "../dictobject.ts";
import { PyType_Ready } from "../typeobject.ts";
import { PyTupleObject, _PyTuple_FromArraySteal } from "../tupleobject.ts";
import { _PyUnicode_ToDecimalDigit } from "../unicodectype.ts";
import { format_string } from "../../Python/formatter_unicode.ts";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_CheckExact, unicode_result_unchanged } from "../unicodeobject.ts";

/** @cpython SubString: [start, end) of a string; str null means "absent" (None). */
interface SubString {
  str: string | null;
  start: number;
  end: number;
}

const ANS_INIT = 0, ANS_AUTO = 1, ANS_MANUAL = 2;

/** @cpython AutoNumber */
interface AutoNumber {
  an_state: number;
  an_field_number: number;
}

const PY_SSIZE_T_MAX = 9223372036854775807;

/** Where the field values come from: positional args and keyword arguments, or a mapping. */
interface FormatArgs {
  /** Positional arguments, or null for format_map. */
  args: PyObject[] | null;
  /** Keyword names and values of format(); null when there are none. */
  kwnames: PyObject[] | null;
  kwvalues: PyObject[] | null;
  /** The mapping of format_map. */
  mapping: PyObject | null;
}

const substr = (s: SubString): string => s.str!.slice(s.start, s.end);

/** @cpython SubString_new_object: the text, or None when absent. @returns new */
function SubString_new_object(s: SubString): PyObject {
  if (s.str === null) return Py_NewNone();
  return PyUnicode_FromString(substr(s));
}

/** @cpython SubString_new_object_or_empty @returns new */
function SubString_new_object_or_empty(s: SubString): PyObject {
  if (s.str === null) return PyUnicode_FromString("");
  return SubString_new_object(s);
}

/** @cpython autonumber_state_error */
function autonumber_state_error(state: number, field_name_is_empty: boolean): boolean {
  if (state === ANS_MANUAL) {
    if (field_name_is_empty) {
      PyErr_SetString(PyExc_ValueError, "cannot switch from manual field specification to automatic field numbering");
      return true;
    }
  } else if (!field_name_is_empty) {
    PyErr_SetString(PyExc_ValueError, "cannot switch from automatic field numbering to manual field specification");
    return true;
  }
  return false;
}

/**
 * @cpython get_integer: the decimal value of the text (any Unicode decimal digits), -1 when
 * it is empty or not all digits, -2 after "Too many decimal digits" was raised.
 */
function get_integer(s: SubString): number {
  if (s.start >= s.end) return -1;
  let acc = 0;
  const str = s.str!;
  for (let i = s.start; i < s.end;) {
    const c = str.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    const d = _PyUnicode_ToDecimalDigit(c);
    if (d < 0) return -1;
    if (acc > (PY_SSIZE_T_MAX - d) / 10) {
      PyErr_SetString(PyExc_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

/** @cpython FieldNameIterator */
class FieldNameIterator {
  str: SubString;
  index: number;
  constructor(s: string, start: number, end: number) {
    this.str = { str: s, start, end };
    this.index = start;
  }
}

/** @cpython _FieldNameIterator_attr: up to the next '.' or '['. */
function _FieldNameIterator_attr(self: FieldNameIterator, name: SubString): void {
  const s = self.str.str!;
  name.str = s;
  name.start = self.index;
  while (self.index < self.str.end) {
    const c = s.charCodeAt(self.index++);
    if (c === 0x5b || c === 0x2e) {
      self.index--;
      break;
    }
  }
  name.end = self.index;
}

/** @cpython _FieldNameIterator_item: up to the closing ']'. */
function _FieldNameIterator_item(self: FieldNameIterator, name: SubString): boolean {
  const s = self.str.str!;
  name.str = s;
  name.start = self.index;
  let bracket_seen = false;
  while (self.index < self.str.end) {
    if (s.charCodeAt(self.index++) === 0x5d) {
      bracket_seen = true;
      break;
    }
  }
  if (!bracket_seen) {
    PyErr_SetString(PyExc_ValueError, "Missing ']' in format string");
    return false;
  }
  name.end = self.index - 1;
  return true;
}

/** One step of a field name: 0 error, 1 end, 2 a value (is_attribute, name_idx, name). */
interface FieldStep {
  is_attribute: boolean;
  name_idx: number;
  name: SubString;
}

/** @cpython FieldNameIterator_next */
function FieldNameIterator_next(self: FieldNameIterator, out: FieldStep): number {
  if (self.index >= self.str.end) return 1;
  const c = self.str.str!.charCodeAt(self.index++);
  if (c === 0x2e) {
    out.is_attribute = true;
    _FieldNameIterator_attr(self, out.name);
    out.name_idx = -1;
  } else if (c === 0x5b) {
    out.is_attribute = false;
    if (!_FieldNameIterator_item(self, out.name)) return 0;
    out.name_idx = get_integer(out.name);
    if (out.name_idx === -2) return 0;
  } else {
    PyErr_SetString(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    return 0;
  }
  if (out.name.start === out.name.end) {
    PyErr_SetString(PyExc_ValueError, "Empty attribute in format string");
    return 0;
  }
  return 2;
}

/**
 * @cpython field_name_split: the part before the first '.' or '[' ("first", and its index
 * when it is a number) and an iterator over the rest. Automatic numbering happens here.
 */
function field_name_split(
  s: string, start: number, end: number, auto_number: AutoNumber | null,
): { first: SubString; first_idx: number; rest: FieldNameIterator } | null {
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i++);
    if (c === 0x5b || c === 0x2e) {
      i--;
      break;
    }
  }
  const first: SubString = { str: s, start, end: i };
  const rest = new FieldNameIterator(s, i, end);
  let first_idx = get_integer(first);
  if (first_idx === -2) return null;
  const field_name_is_empty = first.start >= first.end;
  const using_numeric_index = field_name_is_empty || first_idx !== -1;
  if (auto_number !== null) {
    if (auto_number.an_state === ANS_INIT && using_numeric_index) {
      auto_number.an_state = field_name_is_empty ? ANS_AUTO : ANS_MANUAL;
    }
    if (using_numeric_index && autonumber_state_error(auto_number.an_state, field_name_is_empty)) return null;
    if (field_name_is_empty) first_idx = auto_number.an_field_number++;
  }
  return { first, first_idx, rest };
}

/** @cpython PySequence_Check (as format uses it) */
function sequence_check(o: PyObject): boolean {
  return !PyDict_Check(o) && o.ob_type.sq_item !== null;
}

/** @cpython get_field_object: the object a field name designates. @returns new */
function get_field_object(input: SubString, fa: FormatArgs, auto_number: AutoNumber | null): PyObject | null {
  const split = field_name_split(input.str!, input.start, input.end, auto_number);
  if (split === null) return null;
  const { first, first_idx, rest } = split;
  let obj: PyObject | null;
  if (first_idx === -1) {
    const key = PyUnicode_FromString(substr(first));
    if (fa.mapping !== null) {
      obj = PyObject_GetItem(fa.mapping, key);
      Py_DECREF(key);
      if (obj === null) return null;
    } else {
      const names = fa.kwnames;
      let k = -1;
      if (names !== null) {
        for (let j = 0; j < names.length; j++) {
          if ((names[j] as PyUnicodeObject).str === key.str) {
            k = j;
            break;
          }
        }
      }
      if (k < 0) {
        PyErr_SetObject(PyExc_KeyError, key);
        Py_DECREF(key);
        return null;
      }
      Py_DECREF(key);
      obj = fa.kwvalues![k];
      Py_INCREF(obj);
    }
  } else {
    if (fa.args === null) return PyErr_SetString(PyExc_ValueError, "Format string contains positional fields");
    if (first_idx >= fa.args.length) {
      return PyErr_SetString(PyExc_IndexError, `Replacement index ${first_idx} out of range for positional args tuple`);
    }
    obj = fa.args[first_idx];
    Py_INCREF(obj);
  }
  const step: FieldStep = { is_attribute: false, name_idx: -1, name: { str: null, start: 0, end: 0 } };
  let ok: number;
  while ((ok = FieldNameIterator_next(rest, step)) === 2) {
    let tmp: PyObject | null;
    if (step.is_attribute) {
      const name = PyUnicode_FromString(substr(step.name));
      tmp = PyObject_GetAttr(obj, name);
      Py_DECREF(name);
    } else if (step.name_idx === -1) {
      const name = PyUnicode_FromString(substr(step.name));
      tmp = PyObject_GetItem(obj, name);
      Py_DECREF(name);
    } else if (sequence_check(obj)) {
      tmp = obj.ob_type.sq_item!(obj, step.name_idx);
    } else {
      const idx = PyLong_FromNumber(step.name_idx);
      tmp = PyObject_GetItem(obj, idx);
      Py_DECREF(idx);
    }
    Py_DECREF(obj);
    if (tmp === null) return null;
    obj = tmp;
  }
  if (ok === 1) return obj;
  Py_DECREF(obj);
  return null;
}

/** @cpython render_field: fieldobj.__format__(spec), straight to the str formatter for a str. */
function render_field(fieldobj: PyObject, format_spec: SubString, out: string[]): boolean {
  const spec = format_spec.str === null ? "" : substr(format_spec);
  if (PyUnicode_CheckExact(fieldobj)) {
    const r = spec.length === 0 ? fieldobj.str : format_string(fieldobj.str, spec, "str");
    if (r === null) return false;
    // The str written whole (no padding, no precision cut): _PyUnicodeWriter_WriteStr.
    if (r === fieldobj.str) written_whole(fieldobj, out);
    out.push(r);
    return true;
  }
  const specobj = PyUnicode_FromString(spec);
  const result = PyObject_Format(fieldobj, specobj);
  Py_DECREF(specobj);
  if (result === null) return false;
  // int, float and complex have formatters that write into the output (render_field picks
  // them); what other objects' __format__ returns is written whole.
  const t = fieldobj.ob_type;
  if (t !== PyLong_Type && t !== PyFloat_Type && t !== PyComplex_Type) written_whole(result, out);
  out.push((result as PyUnicodeObject).str);
  Py_DECREF(result);
  return true;
}

/** What parse_field finds in "{...}". */
interface ParsedField {
  field_name: SubString;
  format_spec: SubString;
  format_spec_needs_expanding: boolean;
  conversion: number;
}

/** @cpython parse_field: field name, conversion and format spec; advances str.start past the '}'. */
function parse_field(str: SubString, f: ParsedField): boolean {
  const s = str.str!;
  let c = 0;
  f.conversion = 0;
  f.format_spec = { str: null, start: 0, end: 0 };
  f.field_name = { str: s, start: str.start, end: 0 };
  while (str.start < str.end) {
    c = s.charCodeAt(str.start++);
    if (c === 0x7b) {
      PyErr_SetString(PyExc_ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c === 0x5b) {
      for (; str.start < str.end; str.start++) if (s.charCodeAt(str.start) === 0x5d) break;
      continue;
    }
    if (c === 0x7d || c === 0x3a || c === 0x21) break;
  }
  f.field_name.end = str.start - 1;
  if (c === 0x21 || c === 0x3a) {
    if (c === 0x21) {
      if (str.start >= str.end) {
        PyErr_SetString(PyExc_ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      f.conversion = s.codePointAt(str.start)!;
      str.start += f.conversion > 0xffff ? 2 : 1;
      if (str.start < str.end) {
        c = s.charCodeAt(str.start++);
        if (c === 0x7d) return true;
        if (c !== 0x3a) {
          PyErr_SetString(PyExc_ValueError, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    f.format_spec = { str: s, start: str.start, end: 0 };
    let count = 1;
    while (str.start < str.end) {
      c = s.charCodeAt(str.start++);
      if (c === 0x7b) {
        f.format_spec_needs_expanding = true;
        count++;
      } else if (c === 0x7d) {
        count--;
        if (count === 0) {
          f.format_spec.end = str.start - 1;
          return true;
        }
      }
    }
    PyErr_SetString(PyExc_ValueError, "unmatched '{' in format spec");
    return false;
  }
  if (c !== 0x7d) {
    PyErr_SetString(PyExc_ValueError, "expected '}' before end of string");
    return false;
  }
  return true;
}

/** @cpython MarkupIterator */
class MarkupIterator {
  str: SubString;
  constructor(s: string, start: number, end: number) {
    this.str = { str: s, start, end };
  }
}

/** One piece of a format string: literal text, then maybe a field. */
interface MarkupPiece extends ParsedField {
  literal: SubString;
  field_present: boolean;
}

const newPiece = (): MarkupPiece => ({
  literal: { str: null, start: 0, end: 0 }, field_present: false, field_name: { str: null, start: 0, end: 0 },
  format_spec: { str: null, start: 0, end: 0 }, format_spec_needs_expanding: false, conversion: 0,
});

/** @cpython MarkupIterator_next: 0 error, 1 end, 2 a piece. An escaped brace ends a literal. */
function MarkupIterator_next(self: MarkupIterator, p: MarkupPiece): number {
  p.literal = { str: null, start: 0, end: 0 };
  p.field_name = { str: null, start: 0, end: 0 };
  p.format_spec = { str: null, start: 0, end: 0 };
  p.conversion = 0;
  p.format_spec_needs_expanding = false;
  p.field_present = false;
  const it = self.str;
  if (it.start >= it.end) return 1;
  const s = it.str!;
  const start = it.start;
  let c = 0;
  let markup_follows = false;
  while (it.start < it.end) {
    c = s.charCodeAt(it.start++);
    if (c === 0x7b || c === 0x7d) {
      markup_follows = true;
      break;
    }
  }
  const at_end = it.start >= it.end;
  let len = it.start - start;
  if (c === 0x7d && (at_end || c !== s.charCodeAt(it.start))) {
    PyErr_SetString(PyExc_ValueError, "Single '}' encountered in format string");
    return 0;
  }
  if (at_end && c === 0x7b) {
    PyErr_SetString(PyExc_ValueError, "Single '{' encountered in format string");
    return 0;
  }
  if (!at_end) {
    if (c === s.charCodeAt(it.start)) {
      it.start++;
      markup_follows = false;
    } else len--;
  }
  p.literal = { str: s, start, end: start + len };
  if (!markup_follows) return 2;
  p.field_present = true;
  if (!parse_field(it, p)) return 0;
  return 2;
}

/** @cpython do_conversion: !r, !s or !a. @returns new */
function do_conversion(obj: PyObject, conversion: number): PyObject | null {
  switch (conversion) {
    case 0x72: return PyObject_Repr(obj);
    case 0x73: return PyObject_Str(obj);
    case 0x61: return PyObject_ASCII(obj);
  }
  if (conversion > 32 && conversion < 127) {
    return PyErr_SetString(PyExc_ValueError, `Unknown conversion specifier ${String.fromCharCode(conversion)}`);
  }
  return PyErr_SetString(PyExc_ValueError, `Unknown conversion specifier \\x${conversion.toString(16)}`);
}

/** @cpython output_markup: one replacement field. */
function output_markup(p: MarkupPiece, out: string[], fa: FormatArgs, recursion_depth: number, auto_number: AutoNumber): boolean {
  let fieldobj = get_field_object(p.field_name, fa, auto_number);
  if (fieldobj === null) return false;
  if (p.conversion !== 0) {
    const tmp = do_conversion(fieldobj, p.conversion);
    Py_DECREF(fieldobj);
    if (tmp === null) return false;
    fieldobj = tmp;
  }
  let spec = p.format_spec;
  if (p.format_spec_needs_expanding) {
    const expanded = build_string(spec, fa, recursion_depth - 1, auto_number);
    if (expanded === null) {
      Py_DECREF(fieldobj);
      return false;
    }
    spec = { str: expanded, start: 0, end: expanded.length };
  }
  const ok = render_field(fieldobj, spec, out);
  Py_DECREF(fieldobj);
  return ok;
}

/** @cpython do_markup */
function do_markup(input: SubString, out: string[], fa: FormatArgs, recursion_depth: number, auto_number: AutoNumber): boolean {
  const iter = new MarkupIterator(input.str!, input.start, input.end);
  const p = newPiece();
  let result: number;
  while ((result = MarkupIterator_next(iter, p)) === 2) {
    if (p.literal.end !== p.literal.start) out.push(substr(p.literal));
    if (p.field_present && !output_markup(p, out, fa, recursion_depth, auto_number)) return false;
  }
  return result === 1;
}

/**
 * The last str written whole into the output (and at which index of `out`): when it is the
 * only thing written and it is written by the last piece (then _PyUnicodeWriter is not
 * over-allocating and takes the str itself as its read-only buffer), the result is that
 * very object, not a copy or the shared one-character string.
 */
let whole: PyObject | null = null;
let wholeOut: string[] | null = null;
let wholeAt = -1;

function written_whole(o: PyObject, out: string[]): void {
  Py_INCREF(o);
  const old = whole;
  whole = o;
  wholeOut = out;
  wholeAt = out.length;
  if (old !== null) Py_DECREF(old);
}

/** The result of the top-level build: the whole-written str itself if it may be, else new. @returns new */
function format_result(self: PyUnicodeObject, input: SubString, fa: FormatArgs): PyObject | null {
  const out: string[] = [];
  const saved = whole;
  whole = null;
  wholeOut = null;
  const ok = do_markup(input, out, fa, 2, { an_state: ANS_INIT, an_field_number: 0 });
  const w = whole as PyObject | null, wOut = wholeOut as string[] | null, at = wholeAt;
  whole = saved;
  if (!ok) {
    if (w !== null) Py_DECREF(w);
    return null;
  }
  if (w !== null) {
    if (wOut === out && at === out.length - 1 && out.every((x, i) => i === at || x.length === 0)) return w;
    Py_DECREF(w);
  }
  // A literal that is the whole format string is written as the format string itself.
  if (out.length === 1 && out[0] === self.str && self.str.length > 0 && !hasMarkup(self.str)) return unicode_result_unchanged(self);
  return PyUnicode_FromString(out.join(""));
}

function hasMarkup(s: string): boolean {
  return s.includes("{") || s.includes("}");
}

/** @cpython build_string: the expanded text, or null. */
function build_string(input: SubString, fa: FormatArgs, recursion_depth: number, auto_number: AutoNumber): string | null {
  if (recursion_depth <= 0) {
    PyErr_SetString(PyExc_ValueError, "Max string recursion exceeded");
    return null;
  }
  const out: string[] = [];
  if (!do_markup(input, out, fa, recursion_depth, auto_number)) return null;
  return out.join("");
}

/** @cpython do_string_format: str.format(*args, **kwargs) in the vectorcall layout. @returns new */
export function do_string_format(self: PyUnicodeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const npos = args.length - nkw;
  const fa: FormatArgs = {
    args: npos === args.length ? args : args.slice(0, npos),
    kwnames: nkw ? kwnames!.ob_item : null,
    kwvalues: nkw ? args.slice(npos) : null,
    mapping: null,
  };
  return format_result(self, { str: self.str, start: 0, end: self.str.length }, fa);
}

/** @cpython do_string_format_map @returns new */
export function do_string_format_map(self: PyUnicodeObject, mapping: PyObject): PyObject | null {
  const fa: FormatArgs = { args: null, kwnames: null, kwvalues: null, mapping };
  return format_result(self, { str: self.str, start: 0, end: self.str.length }, fa);
}

// =============================================================================================
// formatteriterator and fieldnameiterator: the parsers string.Formatter uses via _string
// =============================================================================================

/** @cpython formatteriterobject */
export class formatteriterobject extends PyObject {
  str: PyUnicodeObject;
  it_markup: MarkupIterator;
  constructor(type: PyTypeObject, str: PyUnicodeObject) {
    super(type);
    this.str = str;
    this.it_markup = new MarkupIterator(str.str, 0, str.str.length);
  }
}

function formatteriter_dealloc(self: PyObject): void {
  Py_XDECREF((self as formatteriterobject).str);
}

/** @cpython formatteriter_next: (literal, field_name, format_spec, conversion) */
function formatteriter_next(self: PyObject): PyObject | null {
  const it = self as formatteriterobject;
  const p = newPiece();
  const result = MarkupIterator_next(it.it_markup, p);
  if (result !== 2) return null;
  const literal = SubString_new_object(p.literal);
  const field_name = SubString_new_object(p.field_name);
  const format_spec = p.field_present ? SubString_new_object_or_empty(p.format_spec) : SubString_new_object(p.format_spec);
  const conversion = p.conversion === 0 ? Py_NewNone() : PyUnicode_FromString(String.fromCodePoint(p.conversion));
  return _PyTuple_FromArraySteal([literal, field_name, format_spec, conversion]);
}

function self_iter(self: PyObject): PyObject {
  Py_INCREF(self);
  return self;
}

/** @cpython PyFormatterIter_Type */
export const PyFormatterIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "formatteriterator", tp_basicsize: 56, tp_dealloc: formatteriter_dealloc, tp_iter: self_iter,
  tp_iternext: formatteriter_next,
});

/** @cpython fieldnameiterobject */
export class fieldnameiterobject extends PyObject {
  str: PyUnicodeObject;
  it_field: FieldNameIterator;
  constructor(type: PyTypeObject, str: PyUnicodeObject, it: FieldNameIterator) {
    super(type);
    this.str = str;
    this.it_field = it;
  }
}

function fieldnameiter_dealloc(self: PyObject): void {
  Py_XDECREF((self as fieldnameiterobject).str);
}

/** @cpython fieldnameiter_next: (is_attr, value) with value an int or a str */
function fieldnameiter_next(self: PyObject): PyObject | null {
  const it = self as fieldnameiterobject;
  const step: FieldStep = { is_attribute: false, name_idx: -1, name: { str: null, start: 0, end: 0 } };
  const result = FieldNameIterator_next(it.it_field, step);
  if (result !== 2) return null;
  const is_attr = PyBool_FromLong(step.is_attribute ? 1 : 0);
  const obj = step.name_idx !== -1 ? PyLong_FromNumber(step.name_idx) : SubString_new_object(step.name);
  return _PyTuple_FromArraySteal([is_attr, obj]);
}

/** @cpython PyFieldNameIter_Type */
export const PyFieldNameIter_Type: PyTypeObject = new PyTypeObject({
  tp_name: "fieldnameiterator", tp_basicsize: 56, tp_dealloc: fieldnameiter_dealloc, tp_iter: self_iter,
  tp_iternext: fieldnameiter_next,
});

/** @cpython formatter_parser (_string.formatter_parser) @returns new */
export function formatter_parser(_module: PyObject | null, self: PyObject): PyObject | null {
  if (!PyUnicode_Check(self)) return PyErr_SetString(PyExc_TypeError, `expected str, got ${self.ob_type.tp_name}`);
  Py_INCREF(self);
  return new formatteriterobject(PyFormatterIter_Type, self);
}

/** @cpython formatter_field_name_split (_string.formatter_field_name_split): (first, rest) @returns new */
export function formatter_field_name_split(_module: PyObject | null, self: PyObject): PyObject | null {
  if (!PyUnicode_Check(self)) return PyErr_SetString(PyExc_TypeError, `expected str, got ${self.ob_type.tp_name}`);
  const split = field_name_split(self.str, 0, self.str.length, null);
  if (split === null) return null;
  Py_INCREF(self);
  const it = new fieldnameiterobject(PyFieldNameIter_Type, self, split.rest);
  const first = split.first_idx !== -1 ? PyLong_FromNumber(split.first_idx) : SubString_new_object(split.first);
  return _PyTuple_FromArraySteal([first, it]);
}

/** The types of this file, readied with str's (called from _PyUnicode_InitTypes). */
export function _PyUnicodeFormat_InitTypes(): void {
  PyType_Ready(PyFormatterIter_Type);
  PyType_Ready(PyFieldNameIter_Type);
}

