/**
 * @mirrors Lib/ast.py
 *
 * `ast.dump()` of Python 3.11, byte for byte: the text `typhon --ast` prints (the same as
 * `python3 -m ast -a`, which is `dump(tree, include_attributes=True, indent=3)`). A node
 * prints as `Name(field=value, ...)`; a None field whose class default is None is left
 * out; a node whose arguments are all simple and at most three stays on one line.
 */
import { AST, SIMPLE_SUMS } from "../Python/Python-ast.generated.ts";
import {
  ConstantValue, PyNone, PyEllipsis, PyComplex, PyBytes, ConstantTuple, ConstantFrozenset,
} from "../Include/ast_constant.ts";
import { unicode_repr } from "../Objects/unicodeobject.ts";
import { float_repr } from "../Objects/floatobject.ts";
import { bytes_repr } from "../Objects/bytesobject.ts";
import { complex_repr } from "../Objects/complexobject.ts";

/** repr() of a constant as Python prints it. */
export function constant_repr(v: ConstantValue): string {
  switch (typeof v) {
    case "string": return unicode_repr(v);
    case "bigint": return v.toString();
    case "number": return float_repr(v);
    case "boolean": return v ? "True" : "False";
  }
  if (v instanceof PyNone) return "None";
  if (v instanceof PyEllipsis) return "Ellipsis";
  if (v instanceof PyBytes) return bytes_repr(v.value);
  if (v instanceof PyComplex) return complex_repr(v.real, v.imag);
  if (v instanceof ConstantTuple) {
    const items = v.items.map(constant_repr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (v instanceof ConstantFrozenset) {
    return v.items.length ? `frozenset({${v.items.map(constant_repr).join(", ")}})` : "frozenset()";
  }
  throw new Error(`constant_repr: unexpected value ${String(v)}`);
}

type Fieldy = Record<string, unknown>;
type NodeClass = {
  _fields: readonly string[]; _attributes: readonly string[]; _optional: readonly string[]; _fieldTypes: readonly string[];
};

/** @cpython ast.dump */
export function ast_dump(node: AST, includeAttributes: boolean, indent: number | null): string {
  const indentText = indent === null ? null : " ".repeat(indent);

  /** `type` is the value's ASDL type: how to print a string (identifier or enumeration) or a number. */
  const format = (value: unknown, level: number, type: string): [string, boolean] => {
    let prefix = "", sep = ", ";
    if (indentText !== null) {
      level += 1;
      prefix = "\n" + indentText.repeat(level);
      sep = ",\n" + indentText.repeat(level);
    }
    if (value instanceof AST) {
      const cls = value.constructor as unknown as NodeClass;
      const fields = value as unknown as Fieldy;
      const args: string[] = [];
      let allSimple = true;
      let keywords = true;
      cls._fields.forEach((name, i) => {
        const v = fields[name];
        if (v === null && cls._optional.includes(name)) { keywords = true; return; }
        const [text, simple] = format(v, level, cls._fieldTypes[i]);
        allSimple &&= simple;
        args.push(keywords ? `${name}=${text}` : text);
      });
      if (includeAttributes) {
        for (const name of cls._attributes) {
          const v = fields[name];
          if (v === null && cls._optional.includes(name)) continue;
          const [text, simple] = format(v, level, "int");
          allSimple &&= simple;
          args.push(`${name}=${text}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${value._type}(${args.join(", ")})`, args.length === 0];
      return [`${value._type}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value)) {
      if (!value.length) return ["[]", true];
      return [`[${prefix}${value.map((x) => format(x, level, type)[0]).join(sep)}]`, false];
    }
    if (value === null) return ["None", true];
    if (SIMPLE_SUMS.includes(type)) return [`${value as string}()`, true];
    if (type === "int") return [String(value), true];
    return [constant_repr(value as ConstantValue), true];
  };
  return format(node, 0, "")[0];
}
