// @typhon The code emitter of typhon's parser generator: grammar tree -> TypeScript, in the
// scheme of CPython's Tools/peg_generator/pegen/c_generator.py. One function per rule and
// per helper (loops, gathers, groups); each tries its alternatives in order, restoring
// p.mark after a failed one; (memo) rules and left-recursive leaders cache results per
// token; leaders grow their seed (update_memo loop); alternatives that mention an invalid_*
// rule only run on the second pass (p.call_invalid_rules); `~` commits to an alternative.
import { readFileSync } from "node:fs";
import { computeLeftRecursion, parseGrammar, type Alt, type Grammar, type Item, type Rule } from "./grammar.ts";
import { writeGenerated } from "../generated.ts";
import { EXACT_TOKEN_TYPES, tok_name } from "../../src/Parser/token.generated.ts";

const TOKEN_NAMES = new Set(tok_name);
const SPECIAL_TOKENS: Record<string, string> = {
  NAME: "_PyPegen_name_token(p)",
  NUMBER: "_PyPegen_number_token(p)",
  STRING: "_PyPegen_string_token(p)",
  SOFT_KEYWORD: "_PyPegen_soft_keyword_token(p)",
};

class Emitter {
  out: string[] = [];
  helpers: string[] = [];
  private counter = 0;
  keywords = new Map<string, number>();
  softKeywords = new Set<string>();
  ruleIds = new Map<string, number>();

  constructor(readonly g: Grammar) {
    let id = 1000;
    for (const name of g.rules.keys()) this.ruleIds.set(name, id++);
    // Keywords are numbered from 500 in order of first appearance, as pegen does.
    let kw = 500;
    const scan = (item: Item) => {
      switch (item.kind) {
        case "string":
          if (/^[A-Za-z_]\w*$/.test(item.value)) {
            if (item.quote === "'") { if (!this.keywords.has(item.value)) this.keywords.set(item.value, kw++); }
            else this.softKeywords.add(item.value);
          }
          break;
        case "opt": case "repeat0": case "repeat1": case "lookahead": case "forced": scan(item.item); break;
        case "gather": scan(item.sep); scan(item.item); break;
        case "group": item.alts.forEach((a) => a.items.forEach((ni) => scan(ni.item))); break;
      }
    };
    for (const rule of g.rules.values()) rule.alts.forEach((a) => a.items.forEach((ni) => scan(ni.item)));
  }

  fresh(prefix: string): string {
    return `${prefix}_${this.counter++}`;
  }

  /** An expression that tries `item` once and yields its value or null. */
  expr(item: Item): string {
    switch (item.kind) {
      case "name": {
        if (SPECIAL_TOKENS[item.value]) return SPECIAL_TOKENS[item.value];
        if (this.g.rules.has(item.value)) return `${item.value}_rule(p)`;
        if (TOKEN_NAMES.has(item.value)) return `_PyPegen_expect_token(p, T.${item.value})`;
        throw new Error(`unknown name ${item.value}`);
      }
      case "string": {
        if (/^[A-Za-z_]\w*$/.test(item.value)) {
          return item.quote === "'"
            ? `_PyPegen_expect_token(p, ${this.keywords.get(item.value)} /* '${item.value}' */)`
            : `_PyPegen_expect_soft_keyword(p, ${JSON.stringify(item.value)})`;
        }
        const type = EXACT_TOKEN_TYPES.get(item.value);
        if (type === undefined) throw new Error(`unknown operator '${item.value}'`);
        return `_PyPegen_expect_token(p, ${type} /* '${item.value}' */)`;
      }
      case "group": {
        if (item.alts.length === 1 && item.alts[0].items.length === 1 && !item.alts[0].action && item.alts[0].items[0].item.kind !== "cut") {
          return this.expr(item.alts[0].items[0].item);
        }
        return `${this.helper("_tmp", (name) => this.emitRuleBody(name, item.alts, false, null))}(p)`;
      }
      case "opt":
        return this.expr(item.item);
      case "repeat0":
      case "repeat1": {
        const min = item.kind === "repeat1" ? 1 : 0;
        return `${this.helper(`_loop${min}`, (name) => this.emitLoop(name, item.item, min))}(p)`;
      }
      case "gather":
        return `${this.helper("_gather", (name) => this.emitGather(name, item.sep, item.item))}(p)`;
      case "forced":
      case "lookahead":
      case "cut":
        throw new Error(`${item.kind} cannot be used as a value`);
    }
  }

  /** A function reference usable by the lookahead helpers, with its extra argument. */
  lookahead(item: Item, positive: boolean): string {
    const flag = positive ? 1 : 0;
    if (item.kind === "name") {
      if (SPECIAL_TOKENS[item.value]) return `_PyPegen_lookahead(${flag}, ${SPECIAL_TOKENS[item.value].replace("(p)", "")}, p)`;
      if (this.g.rules.has(item.value)) return `_PyPegen_lookahead(${flag}, ${item.value}_rule, p)`;
      return `_PyPegen_lookahead_with_int(${flag}, _PyPegen_expect_token, p, T.${item.value})`;
    }
    if (item.kind === "string") {
      const call = this.expr(item);
      const m = /^(_PyPegen_expect_token|_PyPegen_expect_soft_keyword)\(p, (.*)\)$/.exec(call)!;
      return m[1] === "_PyPegen_expect_token"
        ? `_PyPegen_lookahead_with_int(${flag}, _PyPegen_expect_token, p, ${m[2]})`
        : `_PyPegen_lookahead_with_name(${flag}, _PyPegen_expect_soft_keyword, p, ${m[2]})`;
    }
    const fn = this.helper("_tmp", (name) => this.emitRuleBody(name, item.kind === "group" ? item.alts : [{ items: [{ name: null, item }], action: null }], false, null));
    return `_PyPegen_lookahead(${flag}, ${fn}, p)`;
  }

  helper(prefix: string, emit: (name: string) => string[]): string {
    const name = this.fresh(prefix);
    this.helpers.push(...emit(name));
    return name;
  }

  // ------------------------------------------------------------ rule bodies

  /** The body of a rule or group function trying `alts`. */
  emitRuleBody(fname: string, alts: Alt[], memo: boolean, rule: Rule | null, comment = ""): string[] {
    const usesExtra = alts.some((a) => a.action?.includes("EXTRA"));
    const L: string[] = [];
    if (comment) L.push(comment);
    L.push(`function ${fname}(p: Parser): any {`);
    L.push(`  if (p.level++ === MAXSTACK) _Pypegen_stack_overflow(p);`);
    L.push(`  if (p.error_indicator) { p.level--; return null; }`);
    L.push(`  let _res: any = null;`);
    if (memo) L.push(`  if (_PyPegen_is_memoized(p, ${this.ruleIds.get(rule!.name)})) { p.level--; return p.memo_result; }`);
    L.push(`  const _mark = p.mark;`);
    if (usesExtra) {
      L.push(`  if (p.mark === p.fill && _PyPegen_fill_token(p) < 0) { p.error_indicator = 1; p.level--; return null; }`);
      L.push(`  const _start_lineno = p.tokens[_mark].lineno, _start_col_offset = p.tokens[_mark].col_offset;`);
    }
    L.push(`  done: {`);
    for (const alt of alts) L.push(...this.emitAlt(alt).map((l) => "    " + l));
    L.push(`    _res = null;`);
    L.push(`  }`);
    if (memo) L.push(`  _PyPegen_insert_memo(p, _mark, ${this.ruleIds.get(rule!.name)}, _res);`);
    L.push(`  p.level--;`);
    L.push(`  return _res;`);
    L.push(`}`, "");
    return L;
  }

  emitAlt(alt: Alt): string[] {
    const L: string[] = [];
    const invalid = altMentionsInvalid(alt);
    const vars: string[] = [];
    const conds: string[] = [];
    let hasCut = false;
    const names: string[] = [];
    alt.items.forEach((ni, k) => {
      const item = ni.item;
      if (item.kind === "cut") { hasCut = true; conds.push("(_cut_var = true)"); return; }
      if (item.kind === "lookahead") { conds.push(this.lookahead(item.item, item.positive)); return; }
      const v = ni.name ?? `_v${k}`;
      names.push(v);
      vars.push(v);
      if (item.kind === "forced") {
        const inner = item.item;
        if (inner.kind === "string") {
          const call = this.expr(inner);
          const type = /\(p, (\d+)/.exec(call)![1];
          conds.push(`(${v} = _PyPegen_expect_forced_token(p, ${type}, ${JSON.stringify(inner.value)})) !== null`);
        } else {
          conds.push(`(${v} = _PyPegen_expect_forced_result(p, ${this.expr(inner)}, ${JSON.stringify(describe(inner))})) !== null`);
        }
        return;
      }
      if (item.kind === "opt") conds.push(`((${v} = ${this.expr(item)}), !p.error_indicator)`);
      else conds.push(`(${v} = ${this.expr(item)}) !== null`);
    });
    const pad = invalid ? "  " : "";
    if (invalid) L.push(`if (p.call_invalid_rules) { // ${altText(alt)}`);
    else L.push(`{ // ${altText(alt)}`);
    L.push(`${pad}  if (p.error_indicator) { p.level--; return null; }`);
    if (vars.length) L.push(`${pad}  let ${vars.map((v) => `${v}: any`).join(", ")};`);
    if (hasCut) L.push(`${pad}  let _cut_var = false;`);
    L.push(`${pad}  if (`);
    L.push(conds.map((c) => `${pad}    ${c}`).join(" &&\n"));
    L.push(`${pad}  ) {`);
    let action = alt.action;
    if (action === null) {
      action = names.length === 1 ? names[0] : "_PyPegen_dummy_name(p)";
    }
    if (action.includes("EXTRA")) {
      L.push(`${pad}    const _token = _PyPegen_get_last_nonnwhitespace_token(p);`);
      L.push(`${pad}    if (_token === null) { p.level--; return null; }`);
      L.push(`${pad}    const _end_lineno = _token.end_lineno, _end_col_offset = _token.end_col_offset;`);
      action = action.replace(/\bEXTRA\b/g, "_start_lineno, _start_col_offset, _end_lineno, _end_col_offset");
    }
    L.push(`${pad}    _res = ${action};`);
    L.push(`${pad}    if (_res === null && p.error_indicator) { p.level--; return null; }`);
    L.push(`${pad}    break done;`);
    L.push(`${pad}  }`);
    L.push(`${pad}  p.mark = _mark;`);
    if (hasCut) L.push(`${pad}  if (_cut_var) { p.level--; return null; }`);
    L.push(`${pad}}`);
    return L;
  }

  emitLoop(name: string, item: Item, min: number): string[] {
    const e = this.expr(item);
    return [
      `function ${name}(p: Parser): any {`,
      `  if (p.level++ === MAXSTACK) _Pypegen_stack_overflow(p);`,
      `  if (p.error_indicator) { p.level--; return null; }`,
      `  let _mark = p.mark;`,
      `  const _children: any[] = [];`,
      `  for (;;) {`,
      `    const _elem = ${e};`,
      `    if (_elem === null) break;`,
      `    _children.push(_elem);`,
      `    _mark = p.mark;`,
      `  }`,
      `  p.mark = _mark;`,
      `  p.level--;`,
      `  if (p.error_indicator) return null;`,
      min ? `  return _children.length ? _children : null;` : `  return _children;`,
      `}`, "",
    ];
  }

  emitGather(name: string, sep: Item, item: Item): string[] {
    const e = this.expr(item), s = this.expr(sep);
    return [
      `function ${name}(p: Parser): any {`,
      `  if (p.level++ === MAXSTACK) _Pypegen_stack_overflow(p);`,
      `  if (p.error_indicator) { p.level--; return null; }`,
      `  const _start = p.mark;`,
      `  const _first = ${e};`,
      `  if (_first === null || p.error_indicator) { p.mark = _start; p.level--; return null; }`,
      `  const _seq: any[] = [_first];`,
      `  let _mark = p.mark;`,
      `  for (;;) {`,
      `    if (${s} === null) break;`,
      `    const _elem = ${e};`,
      `    if (_elem === null) break;`,
      `    _seq.push(_elem);`,
      `    _mark = p.mark;`,
      `  }`,
      `  p.mark = _mark;`,
      `  p.level--;`,
      `  return p.error_indicator ? null : _seq;`,
      `}`, "",
    ];
  }

  emitRule(rule: Rule): void {
    const comment = `// ${rule.name}${rule.leftRecursive ? " (left-recursive" + (rule.leader ? ", leader)" : ")") : ""}:\n` +
      rule.alts.map((a) => `//     | ${altText(a)}`).join("\n");
    if (rule.leader) {
      const id = this.ruleIds.get(rule.name);
      this.out.push(comment,
        `function ${rule.name}_rule(p: Parser): any {`,
        `  if (p.level++ === MAXSTACK) _Pypegen_stack_overflow(p);`,
        `  let _res: any = null;`,
        `  if (_PyPegen_is_memoized(p, ${id})) { p.level--; return p.memo_result; }`,
        `  const _mark = p.mark;`,
        `  let _resmark = p.mark;`,
        `  for (;;) {`,
        `    if (_PyPegen_update_memo(p, _mark, ${id}, _res)) { p.level--; return _res; }`,
        `    p.mark = _mark;`,
        `    p.in_raw_rule++;`,
        `    const _raw = ${rule.name}_raw(p);`,
        `    p.in_raw_rule--;`,
        `    if (p.error_indicator) { p.level--; return null; }`,
        `    if (_raw === null || p.mark <= _resmark) break;`,
        `    _resmark = p.mark;`,
        `    _res = _raw;`,
        `  }`,
        `  p.mark = _resmark;`,
        `  p.level--;`,
        `  return _res;`,
        `}`, "");
      this.out.push(...this.emitRuleBody(`${rule.name}_raw`, rule.alts, false, rule));
    } else if (rule.name.endsWith("_without_invalid")) {
      // Tried with the invalid_* alternatives switched off, restoring the flag afterwards.
      this.out.push(comment,
        `function ${rule.name}_rule(p: Parser): any {`,
        `  const _prev_call_invalid = p.call_invalid_rules;`,
        `  p.call_invalid_rules = false;`,
        `  const _res = ${rule.name}_body(p);`,
        `  p.call_invalid_rules = _prev_call_invalid;`,
        `  return _res;`,
        `}`, "");
      this.out.push(...this.emitRuleBody(`${rule.name}_body`, rule.alts, false, rule));
    } else {
      this.out.push(...this.emitRuleBody(`${rule.name}_rule`, rule.alts, rule.memo && !rule.leftRecursive, rule, comment));
    }
  }
}

function altMentionsInvalid(alt: Alt): boolean {
  const visit = (item: Item): boolean => {
    switch (item.kind) {
      case "name": return item.value.startsWith("invalid_");
      case "opt": case "repeat0": case "repeat1": case "lookahead": case "forced": return visit(item.item);
      case "gather": return visit(item.sep) || visit(item.item);
      case "group": return item.alts.some(altMentionsInvalid);
      default: return false;
    }
  };
  return alt.items.some((ni) => visit(ni.item));
}

function describe(item: Item): string {
  switch (item.kind) {
    case "name": return item.value;
    case "string": return `${item.quote}${item.value}${item.quote}`;
    case "group": return `(${item.alts.map(altText).join(" | ")})`;
    case "opt": return `${describe(item.item)}?`;
    case "repeat0": return `${describe(item.item)}*`;
    case "repeat1": return `${describe(item.item)}+`;
    case "gather": return `${describe(item.sep)}.${describe(item.item)}+`;
    case "lookahead": return `${item.positive ? "&" : "!"}${describe(item.item)}`;
    case "forced": return `&&${describe(item.item)}`;
    case "cut": return "~";
  }
}

function altText(alt: Alt): string {
  return alt.items.map((ni) => (ni.name ? `${ni.name}=` : "") + describe(ni.item)).join(" ").replace(/\n/g, " ");
}

export function generateParser(root: string): void {
  const source = readFileSync(`${root}/src/Grammar/python.gram`, "utf8");
  const g = parseGrammar(source);
  computeLeftRecursion(g);
  const em = new Emitter(g);
  for (const rule of g.rules.values()) em.emitRule(rule);
  const startRules = ["file", "interactive", "eval", "func_type", "fstring"].filter((n) => g.rules.has(n));
  const body = [
    "/**",
    " * @mirrors Parser/parser.c",
    " * The PEG parser for Python 3.11, generated from src/Grammar/python.gram.",
    " */",
    "/* eslint-disable */",
    g.meta.get("subheader") ?? "",
    `/** Hard keywords and their token numbers. */`,
    `export const reserved_keywords: ReadonlyMap<string, number> = new Map([`,
    ...[...em.keywords].map(([k, v]) => `  [${JSON.stringify(k)}, ${v}],`),
    `]);`,
    `export const soft_keywords: readonly string[] = ${JSON.stringify([...em.softKeywords].sort())};`,
    "",
    ...em.out,
    "// ---------------------------------------------------------------- helpers",
    "",
    ...em.helpers,
    `/** The start rules, by parse mode. */`,
    `export const START_RULES = {`,
    ...startRules.map((n) => `  ${n}: ${n}_rule,`),
    `};`,
    g.meta.get("trailer") ?? "",
  ].join("\n");
  writeGenerated(`${root}/src/Parser/parser.generated.ts`, "tools/pegen/generate.ts", "src/Grammar/python.gram", body);
}
