// @typhon Generator: src/Parser/Python.asdl -> src/Python/Python-ast-objects.generated.ts, the
// Python-visible side of the AST (what CPython's Parser/asdl_c.py writes into the second half
// of Python/Python-ast.c): the `_ast` classes and the two conversions between our node
// classes (src/Python/Python-ast.generated.ts) and Python objects.
//
// Emitted, per ASDL definition:
//   - the fields of `ast_state` (one type per definition and constructor, one singleton per
//     enumeration value, one interned str per field or attribute name);
//   - init_types(): the classes, made with type(name, (base,), {...}) as CPython does, their
//     `_attributes` and the None class defaults of the optional fields;
//   - ast2obj_<type>(): a node -> a new instance with the fields in its __dict__;
//   - obj2ast_<type>(): an object -> a node, with CPython's messages, in CPython's order;
//   - astmodule_exec(): the names the `_ast` module exports, in CPython's order.
// The fixed helpers they call (the AST base class, the scalar converters, the field readers)
// are hand-written in src/Python/Python-ast-objects.ts.
import { readFileSync } from "node:fs";
import { parseAsdl, isSimpleSum, type Definition, type Field, type Constructor } from "./asdl.ts";
import { writeGenerated } from "./generated.ts";


/** asdl_c.py's asdl_of: the docstring of a class, its ASDL text. */
function asdlOf(name: string, d: Definition | Constructor): string {
  const fieldText = (f: Field) => `${f.type}${f.seq ? "*" : f.opt ? "?" : ""} ${f.name}`;
  if (!("kind" in d) || d.kind === "product") {
    const fields = d.fields.map(fieldText).join(", ");
    return fields ? `${name}(${fields})` : name;
  }
  if (isSimpleSum(d)) return `${name} = ${d.constructors.map((c) => c.name).join(" | ")}`;
  const sep = `\n${" ".repeat(name.length + 1)}| `;
  return `${name} = ${d.constructors.map((c) => asdlOf(c.name, c)).join(sep)}`;
}

export function generateAstObjects(root: string): void {
  const defs = parseAsdl(readFileSync(`${root}/src/Parser/Python.asdl`, "utf8"));
  const simple = new Set(defs.filter(isSimpleSum).map((d) => d.name));
  const q = (s: string) => JSON.stringify(s);
  const cls = (n: string) => (n === "arguments" ? "arguments_" : n);

  // Every field and attribute name, interned once in the state (CPython's state->body etc.).
  const names = new Set<string>(["lineno", "col_offset", "end_lineno", "end_col_offset"]);
  for (const d of defs) {
    if (d.kind === "product") for (const f of [...d.fields, ...d.attributes]) names.add(f.name);
    else {
      for (const a of d.attributes) names.add(a.name);
      for (const c of d.constructors) for (const f of c.fields) names.add(f.name);
    }
  }
  const id = (n: string) => `id_${n}`;


  const out: string[] = [
    "/**",
    " * @mirrors Python/Python-ast.c",
    " * The Python-visible classes of the AST module and the conversions between them and the",
    " * compiler's node classes: ast2obj_* (a parsed tree -> Python objects, for ast.parse) and",
    " * obj2ast_* (Python objects -> a tree, for compile() of an AST), with init_types() making the",
    " * classes. The fixed parts they lean on are in Python-ast-objects.ts.",
    " */",
    `import * as A from "./Python-ast.generated.ts";`,
    `import type { PyObject, PyTypeObject } from "../Include/object.ts";`,
    `import { PyUnicode_InternFromString } from "../Objects/unicodeobject.ts";`,
    `import { Py_None, Py_NewNone } from "../Objects/object.ts";`,
    `import {`,
    `  make_type, add_attributes, set_default_none, new_singleton, add_module_type,`,
    `  ast2obj_enter, ast_new, ast_set, ast2obj_failed, ast2obj_list, ast2obj_int, ast2obj_identifier,`,
    `  ast2obj_string, ast2obj_constant, ast2obj_singleton,`,
    `  obj2ast_field, obj2ast_opt_field, obj2ast_seq_field, obj2ast_kind, obj2ast_unexpected, obj2ast_required,`,
    `  obj2ast_int, obj2ast_identifier, obj2ast_string, obj2ast_constant,`,
    `} from "./Python-ast-objects.ts";`,
    "",
    "/** @cpython struct ast_state: the classes, the enumeration singletons and the interned names. */",
    "export class ast_state {",
    "  initialized = 0;",
    "  recursion_depth = 0;",
    "  recursion_limit = 0;",
    "  AST_type: PyTypeObject = null!;",
  ];
  for (const d of defs) {
    out.push(`  ${d.name}_type: PyTypeObject = null!;`);
    if (d.kind === "sum") {
      for (const c of d.constructors) out.push(`  ${c.name}_type: PyTypeObject = null!;`);
      if (isSimpleSum(d)) for (const c of d.constructors) out.push(`  ${c.name}_singleton: PyObject = null!;`);
      out.push(`  /** The ${d.name} constructors' classes, in order, and each exact class's 1-based place. */`);
      out.push(`  ${d.name}_types: PyTypeObject[] = [];`);
      out.push(`  ${d.name}_kinds = new Map<PyTypeObject, number>();`);
    }
  }
  for (const n of ["_fields", "__match_args__", "_attributes", "__module__", "__doc__", "__dict__", "ast"]) {
    out.push(`  ${id(n)} = PyUnicode_InternFromString(${q(n)});`);
  }
  for (const n of names) out.push(`  ${id(n)} = PyUnicode_InternFromString(${q(n)});`);
  out.push("}", "");

  // -- init_types -----------------------------------------------------------------------
  out.push(
    "/** @cpython init_types: the classes of every node type, made once per interpreter. */",
    "export function init_types(state: ast_state): boolean {",
    "  let t: PyTypeObject | null;",
  );
  const emitDefaults = (owner: string, fields: Field[]) => {
    for (const f of fields) {
      if (f.opt) out.push(`  if (!set_default_none(state.${owner}_type, state.${id(f.name)})) return false;`);
    }
  };
  const emitMake = (name: string, base: string, fields: Field[], doc: string) => {
    out.push(`  if ((t = make_type(state, ${q(name)}, state.${base}_type, [${fields.map((f) => q(f.name)).join(", ")}], ${q(doc)})) === null) return false;`);
    out.push(`  state.${name}_type = t;`);
  };
  for (const d of defs) {
    if (d.kind === "product") {
      emitMake(d.name, "AST", d.fields, asdlOf(d.name, d));
      out.push(`  if (!add_attributes(state, state.${d.name}_type, [${d.attributes.map((a) => q(a.name)).join(", ")}])) return false;`);
      emitDefaults(d.name, d.fields);
      emitDefaults(d.name, d.attributes);
      continue;
    }
    emitMake(d.name, "AST", [], asdlOf(d.name, d));
    out.push(`  if (!add_attributes(state, state.${d.name}_type, [${d.attributes.map((a) => q(a.name)).join(", ")}])) return false;`);
    emitDefaults(d.name, d.attributes);
    d.constructors.forEach((c, i) => {
      emitMake(c.name, d.name, c.fields, asdlOf(c.name, c));
      emitDefaults(c.name, c.fields);
      if (isSimpleSum(d)) out.push(`  state.${c.name}_singleton = new_singleton(state.${c.name}_type);`);
      out.push(`  state.${d.name}_types.push(state.${c.name}_type);`);
      out.push(`  state.${d.name}_kinds.set(state.${c.name}_type, ${i + 1});`);
    });
  }
  out.push("  state.initialized = 1;", "  return true;", "}", "");

  // -- astmodule_exec -------------------------------------------------------------------
  out.push("/** @cpython astmodule_exec: the node classes the `_ast` module exports, in CPython's order. */");
  out.push("export function astmodule_exec(m: PyObject, state: ast_state): boolean {");
  const exported: string[] = [];
  for (const d of defs) {
    exported.push(d.name);
    if (d.kind === "sum") for (const c of d.constructors) exported.push(c.name);
  }
  for (const n of exported) out.push(`  if (!add_module_type(m, ${q(n)}, state.${n}_type)) return false;`);
  out.push("  return true;", "}", "");

  // -- ast2obj --------------------------------------------------------------------------
  /** The expression converting node value `v` of field `f` to a new reference (or null). */
  const toObj = (f: Field, v: string): string => {
    const conv = (t: string) => `ast2obj_${t}`;
    if (f.seq) return `ast2obj_list(state, ${v}, ${conv(f.type)})`;
    if (f.type === "int" && f.opt) return `ast2obj_int(state, ${v} ?? 0)`;
    return `${conv(f.type)}(state, ${v})`;
  };
  const emitSets = (fields: Field[], v: string, indent: string) => {
    if (!fields.length) return;
    const conds = fields.map((f) => `!ast_set(result, state.${id(f.name)}, ${toObj(f, `${v}.${f.name}`)})`);
    out.push(`${indent}if (${conds.join(`\n${indent}  || `)}) return ast2obj_failed(result);`);
  };

  for (const d of defs) {
    if (d.kind === "sum" && isSimpleSum(d)) {
      out.push(`/** @cpython ast2obj_${d.name}: the shared instance of the value's class. */`);
      out.push(`export function ast2obj_${d.name}(state: ast_state, o: A.${d.name}): PyObject {`);
      out.push("  switch (o) {");
      for (const c of d.constructors) out.push(`    case ${q(c.name)}: return ast2obj_singleton(state.${c.name}_singleton);`);
      out.push("  }", "}", "");
      continue;
    }
    const t = `A.${cls(d.name)}`;
    out.push(`/** @cpython ast2obj_${d.name} */`);
    out.push(`export function ast2obj_${d.name}(state: ast_state, o: ${t} | null): PyObject | null {`);
    out.push("  if (o === null) return Py_NewNone();");
    out.push("  if (!ast2obj_enter(state)) return null;");
    if (d.kind === "product") {
      out.push(`  const result = ast_new(state.${d.name}_type);`);
      emitSets(d.fields, "o", "  ");
      emitSets(d.attributes, "o", "  ");
    } else {
      out.push("  let result: PyObject;");
      out.push("  switch (o._kind) {");
      for (const c of d.constructors) {
        out.push(`    case A.${d.name}_kind.${c.name}_kind: {`);
        out.push(`      result = ast_new(state.${c.name}_type);`);
        if (c.fields.length) {
          out.push(`      const n = o as A.${cls(c.name)};`);
          emitSets(c.fields, "n", "      ");
        }
        out.push("      break;", "    }");
      }
      out.push("  }");
      emitSets(d.attributes, "o", "  ");
    }
    out.push("  state.recursion_depth--;", "  return result;", "}", "");
  }

  // -- obj2ast --------------------------------------------------------------------------
  /** The converter function for a field type. */
  const conv = (t: string) => `obj2ast_${t}`;
  /** Emit the reading of field `f` of `owner` into a const of its name. */
  const emitRead = (f: Field, owner: string, indent: string, special?: string) => {
    const name = f.name;
    let expr: string;
    if (f.seq) expr = `obj2ast_seq_field(state, obj, state.${id(name)}, ${q(owner)}, ${conv(f.type)})`;
    else if (!f.opt) expr = `obj2ast_field(state, obj, state.${id(name)}, ${q(owner)}, ${conv(f.type)})`;
    else {
      // A missing or None optional field: NULL for pointers, 0 for ints (the end positions
      // default to the start ones).
      const dflt = f.type === "int" ? (special ?? "0") : "null";
      expr = `obj2ast_opt_field(state, obj, state.${id(name)}, ${q(owner)}, ${conv(f.type)}, ${dflt})`;
    }
    out.push(`${indent}const ${name} = ${expr};`);
    out.push(`${indent}if (${name} === undefined) return undefined;`);
  };
  /** The checks CPython's _PyAST_<Name>() constructor makes: required pointer fields not NULL. */
  const emitRequired = (fields: Field[], owner: string, indent: string) => {
    for (const f of fields) {
      if (f.opt || f.seq || f.type === "int" || simple.has(f.type) || f.type === "constant") continue;
      out.push(`${indent}if (${f.name} === null) return obj2ast_required(${q(f.name)}, ${q(owner)});`);
    }
  };
  const specialDefault: Record<string, string> = { end_lineno: "lineno", end_col_offset: "col_offset" };

  for (const d of defs) {
    if (d.kind === "sum" && isSimpleSum(d)) {
      out.push(`/** @cpython obj2ast_${d.name} */`);
      out.push(`export function obj2ast_${d.name}(state: ast_state, obj: PyObject): A.${d.name} | undefined {`);
      out.push(`  switch (obj2ast_kind(obj, state.${d.name}_kinds, state.${d.name}_types)) {`);
      out.push("    case -1: return undefined;");
      d.constructors.forEach((c, i) => out.push(`    case ${i + 1}: return ${q(c.name)};`));
      out.push("  }");
      out.push(`  return obj2ast_unexpected(obj, ${q(d.name)});`);
      out.push("}", "");
      continue;
    }
    const t = `A.${cls(d.name)}`;
    out.push(`/** @cpython obj2ast_${d.name} */`);
    out.push(`export function obj2ast_${d.name}(state: ast_state, obj: PyObject): ${t} | null | undefined {`);
    if (d.kind === "product") {
      for (const f of d.fields) emitRead(f, d.name, "  ");
      for (const a of d.attributes) emitRead(a, d.name, "  ", specialDefault[a.name]);
      emitRequired(d.fields, d.name, "  ");
      const args = [...d.fields, ...d.attributes].map((f) => f.name);
      out.push(`  return new A.${cls(d.name)}(${args.join(", ")});`);
      out.push("}", "");
      continue;
    }
    out.push("  if (obj === Py_None) return null;");
    for (const a of d.attributes) emitRead(a, d.name, "  ", specialDefault[a.name]);
    out.push(`  switch (obj2ast_kind(obj, state.${d.name}_kinds, state.${d.name}_types)) {`);
    out.push("    case -1: return undefined;");
    d.constructors.forEach((c, i) => {
      out.push(`    case ${i + 1}: {`);
      for (const f of c.fields) emitRead(f, c.name, "      ");
      emitRequired(c.fields, c.name, "      ");
      const args = [...c.fields, ...d.attributes].map((f) => f.name);
      out.push(`      return new A.${cls(c.name)}(${args.join(", ")});`);
      out.push("    }");
    });
    out.push("  }");
    out.push(`  return obj2ast_unexpected(obj, ${q(d.name)});`);
    out.push("}", "");
  }
  writeGenerated(`${root}/src/Python/Python-ast-objects.generated.ts`, "tools/asdl_pyobjects.ts", "src/Parser/Python.asdl", out.join("\n") + "\n");
}
