// @typhon Generator: src/Grammar/Tokens -> src/Parser/token.generated.ts (the token numbers,
// their names and the operator table), as CPython's Tools/scripts/generate_token.py does
// for Include/internal/pycore_token.h and Parser/token.c.
import { readFileSync } from "node:fs";
import { writeGenerated } from "./generated.ts";

export function generateToken(root: string): void {
  const source = readFileSync(`${root}/src/Grammar/Tokens`, "utf8");
  const names: string[] = [];
  const operators: [string, string][] = [];
  for (const raw of source.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const m = /^(\w+)(?:\s+'(.*)')?$/.exec(line);
    if (!m) throw new Error(`Tokens: cannot read line ${JSON.stringify(raw)}`);
    names.push(m[1]);
    if (m[2] !== undefined) operators.push([m[2], m[1]]);
  }
  const out: string[] = [];
  names.forEach((name, i) => out.push(`export const ${name} = ${i};`));
  out.push(`export const N_TOKENS = ${names.length};`);
  out.push(`export const NT_OFFSET = 256;`, "");
  out.push(`/** Token number -> name, as token.tok_name. */`);
  out.push(`export const tok_name: readonly string[] = [`);
  for (const name of names) out.push(`  ${JSON.stringify(name)},`);
  out.push(`];`, "");
  out.push(`/** Operator text -> token number, as token.EXACT_TOKEN_TYPES. */`);
  out.push(`export const EXACT_TOKEN_TYPES: ReadonlyMap<string, number> = new Map([`);
  for (const [text, name] of operators) out.push(`  [${JSON.stringify(text)}, ${name}],`);
  out.push(`]);`, "");
  out.push(`export function ISTERMINAL(x: number): boolean { return x < NT_OFFSET; }`);
  out.push(`export function ISNONTERMINAL(x: number): boolean { return x >= NT_OFFSET; }`);
  out.push(`export function ISEOF(x: number): boolean { return x === ENDMARKER; }`);
  writeGenerated(`${root}/src/Parser/token.generated.ts`, "tools/generate_token.ts", "src/Grammar/Tokens", out.join("\n") + "\n");
}
