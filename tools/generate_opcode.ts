// @typhon Generator: src/Include/opcode.def.ts -> src/Include/opcode.generated.ts, the
// opcode constants and lookup tables the compiler, dis view and eval loop share (the
// job CPython's Tools/scripts/generate_opcode_h.py does for Include/opcode.h).
import { writeGenerated } from "./generated.ts";
import { INSTRUCTIONS, SPECIALIZED, PSEUDO, NB_OPS, SPECIALIZATIONS } from "../src/Include/opcode.def.ts";

export function generateOpcode(root: string): void {
  const out: string[] = [];
  out.push(`import type { ArgKind } from "./opcode.def.ts";`, "");
  out.push("// Real instructions.");
  for (const [name, op] of INSTRUCTIONS) out.push(`export const ${name} = ${op};`);
  out.push("", "// Specialized instructions of the adaptive interpreter.");
  for (const [name, op] of SPECIALIZED) out.push(`export const ${name} = ${op};`);
  out.push("", "// Pseudo-instructions of the compiler.");
  for (const [name, op] of PSEUDO) out.push(`export const ${name} = ${op};`);
  out.push("", "// BINARY_OP arguments.");
  NB_OPS.forEach(([name], i) => out.push(`export const ${name} = ${i};`));
  out.push("");

  const opname: string[] = [];
  for (let i = 0; i < 256; i++) opname.push(`<${i}>`);
  for (const [name, op] of INSTRUCTIONS) opname[op] = name;
  out.push("/** Number -> name of the real instructions, as opcode.opname ('<N>' for holes). */");
  out.push(`export const opname: readonly string[] = ${JSON.stringify(opname)};`, "");

  const all: string[] = [];
  for (let i = 0; i < 256; i++) all.push(opname[i]);
  for (const [name, op] of SPECIALIZED) all[op] = name;
  out.push("/** Number -> name including specialized instructions (dis with adaptive=True). */");
  out.push(`export const _PyOpcode_OpName: readonly string[] = ${JSON.stringify(all)};`, "");

  const caches = new Array<number>(256).fill(0);
  const kinds = new Array<string>(256).fill("none");
  for (const [, op, kind, n] of INSTRUCTIONS) { caches[op] = n; kinds[op] = kind; }
  out.push("/** Inline CACHE entries after each instruction (opcode._inline_cache_entries). */");
  out.push(`export const _PyOpcode_Caches: readonly number[] = ${JSON.stringify(caches)};`, "");
  out.push("/** How each instruction's argument is read. */");
  out.push(`export const argKind: readonly ArgKind[] = ${JSON.stringify(kinds)};`, "");

  const deopt: number[] = [];
  for (let i = 0; i < 256; i++) deopt.push(opname[i].startsWith("<") ? 0 : i);
  const byName = new Map<string, number>();
  for (const [name, op] of INSTRUCTIONS) byName.set(name, op);
  for (const [name, op] of SPECIALIZED) byName.set(name, op);
  for (const [family, members] of Object.entries(SPECIALIZATIONS)) {
    for (const m of members) deopt[byName.get(m)!] = byName.get(family)!;
  }
  out.push("/** Specialized instruction -> the base instruction it came from (_PyOpcode_Deopt). */");
  out.push(`export const _PyOpcode_Deopt: readonly number[] = ${JSON.stringify(deopt)};`, "");

  const pseudoNames: Record<string, string> = {};
  for (const [name, op] of PSEUDO) pseudoNames[op] = name;
  out.push("/** Name of any opcode the compiler handles, pseudo-instructions included. */");
  out.push("export function opcodeName(op: number): string {");
  out.push(`  return op < 0 ? PSEUDO_NAMES[op] : _PyOpcode_OpName[op];`);
  out.push("}");
  out.push(`const PSEUDO_NAMES: Record<number, string> = ${JSON.stringify(pseudoNames)};`);
  writeGenerated(`${root}/src/Include/opcode.generated.ts`, "tools/generate_opcode.ts", "src/Include/opcode.def.ts", out.join("\n") + "\n");
}
