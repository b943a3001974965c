// @typhon Generator: src/Parser/Python.asdl -> src/Python/Python-ast.generated.ts, the AST
// node classes (CPython's Parser/asdl_c.py writes Include/internal/pycore_ast.h and
// Python/Python-ast.c from its Python.asdl).
//
// Shapes (DESIGN D10): every node class sets all its fields in its constructor, whose
// parameters are the fields in ASDL order and then the attributes, the order of CPython's
// _PyAST_<Name>(...) constructors. Enumerations (expr_context, operator, ...) are string
// literal types. Each node carries `_kind`, a number per sum type, for switch dispatch
// (not `kind`: Constant has a field of that name).
import { readFileSync } from "node:fs";
import { parseAsdl, isSimpleSum, type Definition, type Field } from "./asdl.ts";
import { writeGenerated } from "./generated.ts";

export function generateAst(root: string): void {
  const defs = parseAsdl(readFileSync(`${root}/src/Parser/Python.asdl`, "utf8"));
  const simple = defs.filter(isSimpleSum).map((d) => d.name);
  const tsType = (f: Field): string => {
    let t: string;
    switch (f.type) {
      case "identifier": case "string": t = "string"; break;
      case "int": t = "number"; break;
      case "constant": t = "ConstantValue"; break;
      default: t = f.type === "arguments" ? "arguments_" : f.type;
    }
    if (f.seq) return `${t}[]`;
    return f.opt ? `${t} | null` : t;
  };
  const quoteList = (names: string[]) => `[${names.map((n) => JSON.stringify(n)).join(", ")}]`;
  const out: string[] = [
    "/**",
    " * @mirrors Python/Python-ast.c",
    " * The node classes of the abstract syntax tree (with Include/internal/pycore_ast.h).",
    " */",
    `import type { ConstantValue } from "../Include/ast_constant.ts";`,
    "",
    "/** The root of every node class; `_fields`/`_attributes` are what Python's ast module reports. */",
    "export abstract class AST {",
    "  static readonly _fields: readonly string[] = [];",
    "  static readonly _attributes: readonly string[] = [];",
    "  /** Fields whose class default is None in Python's ast module (the `?` fields and attributes). */",
    "  static readonly _optional: readonly string[] = [];",
    "  /** The ASDL type of each field, parallel to `_fields` ('identifier', 'int', 'expr', 'operator', ...). */",
    "  static readonly _fieldTypes: readonly string[] = [];",
    "  /** The node's class name, as type(node).__name__. */",
    "  abstract get _type(): string;",
    "}",
    "",
  ];
  const attrParams = (attrs: Field[]) => attrs.map((a) => `${a.name}: number`).join(", ");

  for (const d of defs) {
    if (isSimpleSum(d)) {
      const sum = d as Extract<Definition, { kind: "sum" }>;
      out.push(`export type ${d.name} = ${sum.constructors.map((c) => JSON.stringify(c.name)).join(" | ")};`);
      out.push(`export const ${d.name}_names: readonly ${d.name}[] = ${quoteList(sum.constructors.map((c) => c.name))};`, "");
      continue;
    }
    if (d.kind === "sum") {
      out.push(`export const enum ${d.name}_kind {`);
      d.constructors.forEach((c, i) => out.push(`  ${c.name}_kind = ${i + 1},`));
      out.push("}", "");
      out.push(`export abstract class ${d.name} extends AST {`);
      out.push(`  static override readonly _attributes: readonly string[] = ${quoteList(d.attributes.map((a) => a.name))};`);
      out.push(`  constructor(`);
      out.push(`    readonly _kind: ${d.name}_kind,`);
      for (const a of d.attributes) out.push(`    public ${a.name}: number,`);
      out.push(`  ) { super(); }`);
      out.push("}", "");
      for (const c of d.constructors) emitClass(c.name, d.name, c.fields, d.attributes, `${d.name}_kind.${c.name}_kind`, true);
    } else {
      emitClass(d.name, "AST", d.fields, d.attributes, null, false);
    }
  }

  /** A JavaScript-safe class name: `arguments` cannot name a class in strict mode. */
  function className(name: string): string {
    return name === "arguments" ? "arguments_" : name;
  }

  function emitClass(name: string, base: string, fields: Field[], attrs: Field[], kind: string | null, attrsInBase: boolean) {
    const optional = [...fields.filter((f) => f.opt), ...attrs.filter((a) => a.opt)].map((f) => f.name);
    out.push(`export class ${className(name)} extends ${base} {`);
    out.push(`  static override readonly _fields: readonly string[] = ${quoteList(fields.map((f) => f.name))};`);
    if (!attrsInBase) out.push(`  static override readonly _attributes: readonly string[] = ${quoteList(attrs.map((a) => a.name))};`);
    if (fields.length) out.push(`  static override readonly _fieldTypes: readonly string[] = ${quoteList(fields.map((f) => f.type))};`);
    if (optional.length) out.push(`  static override readonly _optional: readonly string[] = ${quoteList(optional)};`);
    const params = fields.map((f) => `public ${f.name}: ${tsType(f)}`);
    if (attrsInBase) {
      params.push(...attrs.map((a) => `${a.name}: number`));
    } else {
      params.push(...attrs.map((a) => `public ${a.name}: number`));
    }
    out.push(`  constructor(${params.join(", ")}) {`);
    if (kind) out.push(`    super(${[kind, ...attrs.map((a) => a.name)].join(", ")});`);
    else out.push(`    super();`);
    out.push("  }");
    out.push(`  get _type(): string { return ${JSON.stringify(name)}; }`);
    out.push("}", "");
  }
  void attrParams;
  const kinds = defs.filter((d) => !isSimpleSum(d)).map((d) => d.name);
  out.push(`/** Every sum and product type name, for tools that walk the tree generically. */`);
  out.push(`/** The class of a node type by its Python name (\`arguments\` is the class arguments_). */`);
  out.push(`export function nodeClassName(pythonName: string): string { return pythonName === "arguments" ? "arguments_" : pythonName; }`);
  out.push(`export const AST_TYPES: readonly string[] = ${quoteList(kinds)};`);
  out.push(`/** Enumeration type names (their values are plain strings in the tree). */`);
  out.push(`export const SIMPLE_SUMS: readonly string[] = ${quoteList(simple)};`);
  writeGenerated(`${root}/src/Python/Python-ast.generated.ts`, "tools/asdl_ts.ts", "src/Parser/Python.asdl", out.join("\n") + "\n");
}
