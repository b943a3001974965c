// @typhon A reader for Zephyr ASDL, the notation of src/Parser/Python.asdl (CPython reads
// its Parser/Python.asdl with Parser/asdl.py). Only what the Python AST uses: one module,
// sum types with constructors and attributes, product types, and fields `type name`,
// `type? name`, `type* name`.

export interface Field { type: string; name: string; opt: boolean; seq: boolean }
export interface Constructor { name: string; fields: Field[] }
export interface Sum { kind: "sum"; name: string; constructors: Constructor[]; attributes: Field[] }
export interface Product { kind: "product"; name: string; fields: Field[]; attributes: Field[] }
export type Definition = Sum | Product;

const BUILTIN_TYPES = new Set(["identifier", "string", "int", "constant"]);
export const isBuiltinType = (t: string) => BUILTIN_TYPES.has(t);
/** A sum whose constructors all lack fields (Load, Add, ...): an enumeration. */
export const isSimpleSum = (d: Definition): boolean => d.kind === "sum" && d.constructors.every((c) => !c.fields.length);

export function parseAsdl(source: string): Definition[] {
  const tokens = source.replace(/--.*$/gm, "").match(/[A-Za-z_][A-Za-z_0-9]*|[=|(),?*{}]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`ASDL: expected ${expected ?? "a token"}, got ${t}`);
    return t;
  };
  const fields = (): Field[] => {
    const out: Field[] = [];
    take("(");
    while (peek() !== ")") {
      const type = take();
      let opt = false, seq = false;
      if (peek() === "?") { take(); opt = true; } else if (peek() === "*") { take(); seq = true; }
      out.push({ type, name: take(), opt, seq });
      if (peek() === ",") take();
    }
    take(")");
    return out;
  };
  const attributes = (): Field[] => {
    if (peek() !== "attributes") return [];
    take();
    return fields();
  };
  take("module"); take(); take("{");
  const defs: Definition[] = [];
  while (peek() !== "}") {
    const name = take();
    take("=");
    if (peek() === "(") {
      const f = fields();
      defs.push({ kind: "product", name, fields: f, attributes: attributes() });
      continue;
    }
    const constructors: Constructor[] = [];
    for (;;) {
      const cname = take();
      constructors.push({ name: cname, fields: peek() === "(" ? fields() : [] });
      if (peek() !== "|") break;
      take();
    }
    defs.push({ kind: "sum", name, constructors, attributes: attributes() });
  }
  return defs;
}
