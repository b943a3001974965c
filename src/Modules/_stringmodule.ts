/**
 * @mirrors Objects/unicodeobject.c
 *
 * The `_string` module string.Formatter is built on: formatter_parser splits a format string
 * into (literal text, field name, format spec, conversion) pieces, and
 * formatter_field_name_split splits a field name into its first part and the attribute and
 * index lookups that follow:
 *
 *   >>> list(_string.formatter_parser('a{0.x!r:>4}b'))
 *   [('a', '0.x', '>4', 'r'), ('b', None, None, None)]
 *   >>> first, rest = _string.formatter_field_name_split('obj.attr[2]'); first, list(rest)
 *   ('obj', [(True, 'attr'), (False, 2)])
 *
 * CPython defines this module at the end of Objects/unicodeobject.c (PyInit__string); the
 * parsers are str.format's own, in Objects/stringlib/unicode_format.ts.
 */
import type { PyObject, PyMethodDef } from "../Include/object.ts";
import { METH_O } from "../Include/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { formatter_parser, formatter_field_name_split } from "../Objects/stringlib/unicode_format.ts";

const _string_methods: PyMethodDef[] = [
  { ml_name: "formatter_field_name_split", ml_meth: formatter_field_name_split, ml_flags: METH_O,
    ml_doc: "Split a field name into its first part and an iterator of (is_attribute, key) lookups." },
  { ml_name: "formatter_parser", ml_meth: formatter_parser, ml_flags: METH_O,
    ml_doc: "Iterate over a format string as (literal, field_name, format_spec, conversion) tuples." },
];

/** @cpython PyInit__string */
export function PyInit__string(): PyObject | null {
  return PyModule_Create("_string", "Helpers for string.Formatter: the parsers of str.format.", _string_methods);
}
