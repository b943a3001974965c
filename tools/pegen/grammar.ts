// @typhon The grammar reader of typhon's parser generator: reads a grammar written in
// CPython's pegen notation (Tools/peg_generator/pegen/metagrammar.gram) into a tree.
//
//   rule[type] (memo): | alt { action } | ...
//   items: name=item  &item  !item  &&item  ~  item?  item*  item+  sep.item+  [alts]  (alts)
//          NAME (a rule or a token)  'keyword or operator'  "soft keyword"

export type Item =
  | { kind: "name"; value: string }
  | { kind: "string"; value: string; quote: "'" | '"' }
  | { kind: "opt"; item: Item }
  | { kind: "repeat0"; item: Item }
  | { kind: "repeat1"; item: Item }
  | { kind: "gather"; sep: Item; item: Item }
  | { kind: "group"; alts: Alt[] }
  | { kind: "lookahead"; positive: boolean; item: Item }
  | { kind: "forced"; item: Item }
  | { kind: "cut" };

export interface NamedItem { name: string | null; item: Item }
export interface Alt { items: NamedItem[]; action: string | null }
export interface Rule { name: string; type: string | null; memo: boolean; alts: Alt[]; leftRecursive: boolean; leader: boolean }
export interface Grammar { rules: Map<string, Rule>; meta: Map<string, string> }

class Reader {
  pos = 0;
  constructor(readonly src: string) {}
  fail(msg: string): never {
    const line = this.src.slice(0, this.pos).split("\n").length;
    throw new Error(`grammar line ${line}: ${msg}`);
  }
  skip(): void {
    for (;;) {
      const m = /^(?:[ \t\r\n]+|#[^\n]*)/.exec(this.src.slice(this.pos, this.pos + 400));
      if (!m) return;
      this.pos += m[0].length;
    }
  }
  peek(re: RegExp): string | null {
    this.skip();
    const m = re.exec(this.src.slice(this.pos, this.pos + 2000));
    return m && m.index === 0 ? m[0] : null;
  }
  take(re: RegExp, what: string): string {
    const t = this.peek(re);
    if (t === null) this.fail(`expected ${what}`);
    this.pos += t.length;
    return t;
  }
  tryTake(lit: string): boolean {
    this.skip();
    if (this.src.startsWith(lit, this.pos)) { this.pos += lit.length; return true; }
    return false;
  }
  /** A braced action, balancing nested braces and skipping over string literals. */
  action(): string {
    this.skip();
    if (this.src[this.pos] !== "{") this.fail("expected {");
    let depth = 0;
    const start = this.pos;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '"' || c === "'" || c === "`") {
        const q = c;
        this.pos++;
        while (this.pos < this.src.length && this.src[this.pos] !== q) this.pos += this.src[this.pos] === "\\" ? 2 : 1;
      } else if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth === 0) { this.pos++; return this.src.slice(start + 1, this.pos - 1).trim(); }
      }
      this.pos++;
    }
    this.fail("unterminated action");
  }
}

const NAME = /^[A-Za-z_][A-Za-z_0-9]*/;
const STRING = /^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;

export function parseGrammar(src: string): Grammar {
  const r = new Reader(src);
  const rules = new Map<string, Rule>();
  const meta = new Map<string, string>();
  for (;;) {
    r.skip();
    if (r.pos >= src.length) break;
    if (r.tryTake("@")) {
      const key = r.take(NAME, "directive name");
      r.skip();
      if (src.startsWith("'''", r.pos)) {
        const close = src.indexOf("'''", r.pos + 3);
        if (close < 0) r.fail("unterminated ''' block");
        meta.set(key, src.slice(r.pos + 3, close));
        r.pos = close + 3;
        continue;
      }
      const value = r.peek(STRING) ?? r.peek(NAME) ?? "";
      r.pos += value.length;
      meta.set(key, value.replace(/^['"]|['"]$/g, ""));
      continue;
    }
    const name = r.take(NAME, "rule name");
    let type: string | null = null;
    if (r.tryTake("[")) {
      let depth = 1;
      const start = r.pos;
      while (depth) { const c = src[r.pos++]; if (c === "[") depth++; else if (c === "]") depth--; }
      type = src.slice(start, r.pos - 1).trim();
    }
    let memo = false;
    if (r.peek(/^\(memo\)/)) { r.take(/^\(memo\)/, "(memo)"); memo = true; }
    r.take(/^:/, "':'");
    const alts = readAlts(r, true);
    if (rules.has(name)) r.fail(`rule ${name} defined twice`);
    rules.set(name, { name, type, memo, alts, leftRecursive: false, leader: false });
  }
  return { rules, meta };
}

/** Alternatives, each optionally led by '|'. At top level they end at the next rule header. */
function readAlts(r: Reader, topLevel: boolean): Alt[] {
  const alts: Alt[] = [];
  r.tryTake("|");
  for (;;) {
    alts.push(readAlt(r, topLevel));
    if (!r.tryTake("|")) break;
  }
  return alts;
}

function atRuleHeader(r: Reader): boolean {
  return r.peek(/^[A-Za-z_][A-Za-z_0-9]*\s*(\[[^\]\n]*(\[[^\]\n]*\][^\]\n]*)*\])?\s*(\(memo\))?\s*:(?!=)/) !== null;
}

function readAlt(r: Reader, topLevel: boolean): Alt {
  const items: NamedItem[] = [];
  let action: string | null = null;
  for (;;) {
    r.skip();
    if (r.pos >= r.src.length) break;
    const c = r.src[r.pos];
    if (c === "|" || c === ")" || c === "]") break;
    if (c === "{") { action = r.action(); break; }
    if (c === "@") break;
    if (topLevel && atRuleHeader(r)) break;
    items.push(readNamedItem(r));
  }
  if (!items.length) r.fail("empty alternative");
  return { items, action };
}

function readNamedItem(r: Reader): NamedItem {
  const m = r.peek(/^[A-Za-z_][A-Za-z_0-9]*\s*=(?!=)/);
  if (m) {
    r.pos += m.length;
    return { name: m.replace(/\s*=$/, ""), item: readItem(r) };
  }
  return { name: null, item: readItem(r) };
}

function readItem(r: Reader): Item {
  if (r.tryTake("&&")) return { kind: "forced", item: readAtom(r) };
  if (r.tryTake("&")) return { kind: "lookahead", positive: true, item: readAtom(r) };
  if (r.tryTake("!")) return { kind: "lookahead", positive: false, item: readAtom(r) };
  if (r.tryTake("~")) return { kind: "cut" };
  if (r.tryTake("[")) {
    const alts = readAlts(r, false);
    r.take(/^\]/, "']'");
    return { kind: "opt", item: { kind: "group", alts } };
  }
  let atom = readAtom(r);
  // sep.item+
  if (r.src[r.pos] === ".") {
    r.pos++;
    const elem = readAtom(r);
    r.take(/^\+/, "'+' after a gather");
    return { kind: "gather", sep: atom, item: elem };
  }
  for (;;) {
    if (r.src[r.pos] === "?") { r.pos++; atom = { kind: "opt", item: atom }; }
    else if (r.src[r.pos] === "*") { r.pos++; atom = { kind: "repeat0", item: atom }; }
    else if (r.src[r.pos] === "+") { r.pos++; atom = { kind: "repeat1", item: atom }; }
    else break;
  }
  return atom;
}

function readAtom(r: Reader): Item {
  if (r.tryTake("(")) {
    const alts = readAlts(r, false);
    r.take(/^\)/, "')'");
    return { kind: "group", alts };
  }
  const s = r.peek(STRING);
  if (s) {
    r.pos += s.length;
    return { kind: "string", value: s.slice(1, -1).replace(/\\(.)/g, "$1"), quote: s[0] as "'" | '"' };
  }
  return { kind: "name", value: r.take(NAME, "an item") };
}

// ---------------------------------------------------------------- left recursion

/** Which rules can start with which (nullable prefixes skipped), as pegen's first-graph. */
function firstNames(item: Item, nullable: (i: Item) => boolean, out: Set<string>): boolean {
  // Returns whether the item can match the empty string (so the next item can be first too).
  switch (item.kind) {
    case "name": out.add(item.value); return nullable(item);
    case "string": return false;
    case "opt": firstNames(item.item, nullable, out); return true;
    case "repeat0": firstNames(item.item, nullable, out); return true;
    case "repeat1": return firstNames(item.item, nullable, out);
    case "gather": return firstNames(item.item, nullable, out);
    case "group": {
      let anyNullable = false;
      for (const a of item.alts) if (altFirst(a, nullable, out)) anyNullable = true;
      return anyNullable;
    }
    case "lookahead": case "cut": return true;
    case "forced": return firstNames(item.item, nullable, out);
  }
}

function altFirst(alt: Alt, nullable: (i: Item) => boolean, out: Set<string>): boolean {
  for (const ni of alt.items) if (!firstNames(ni.item, nullable, out)) return false;
  return true;
}

/** Marks left-recursive rules and picks a leader in each recursive cycle (pegen's approach). */
export function computeLeftRecursion(g: Grammar): void {
  // Nullability, to a fixed point.
  const nullableRules = new Set<string>();
  const itemNullable = (i: Item): boolean => {
    switch (i.kind) {
      case "name": return nullableRules.has(i.value);
      case "string": return false;
      case "opt": case "repeat0": case "lookahead": case "cut": return true;
      case "repeat1": case "forced": return itemNullable(i.item);
      case "gather": return itemNullable(i.item);
      case "group": return i.alts.some((a) => a.items.every((ni) => itemNullable(ni.item)));
    }
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const rule of g.rules.values()) {
      if (!nullableRules.has(rule.name) && rule.alts.some((a) => a.items.every((ni) => itemNullable(ni.item)))) {
        nullableRules.add(rule.name);
        changed = true;
      }
    }
  }
  const graph = new Map<string, Set<string>>();
  for (const rule of g.rules.values()) {
    const out = new Set<string>();
    for (const a of rule.alts) altFirst(a, itemNullable, out);
    graph.set(rule.name, new Set([...out].filter((n) => g.rules.has(n))));
  }
  // Strongly connected components (Tarjan).
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), onStack = new Set<string>(), stack: string[] = [];
  const sccs: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); comp.push(w); } while (w !== v);
      sccs.push(comp);
    }
  };
  for (const name of g.rules.keys()) if (!idx.has(name)) visit(name);
  for (const scc of sccs) {
    if (scc.length === 1) {
      const only = scc[0];
      if (graph.get(only)!.has(only)) {
        const rule = g.rules.get(only)!;
        rule.leftRecursive = rule.leader = true;
      }
      continue;
    }
    // A leader must break every cycle of the component; pegen requires exactly one such rule.
    const inScc = new Set(scc);
    for (const n of scc) g.rules.get(n)!.leftRecursive = true;
    const breaksAll = (candidate: string) => {
      // Removing the candidate must leave the component acyclic.
      const seen = new Set<string>(), active = new Set<string>();
      const cyclic = (v: string): boolean => {
        if (active.has(v)) return true;
        if (seen.has(v)) return false;
        seen.add(v); active.add(v);
        for (const w of graph.get(v)!) if (inScc.has(w) && w !== candidate && cyclic(w)) return true;
        active.delete(v);
        return false;
      };
      return scc.filter((v) => v !== candidate).every((v) => !cyclic(v));
    };
    const leaders = scc.filter(breaksAll);
    if (!leaders.length) throw new Error(`no leader for the left-recursive rules ${scc.join(", ")}`);
    // Prefer the rule that comes first in the grammar, as pegen's ordering does.
    const order = [...g.rules.keys()];
    leaders.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    g.rules.get(leaders[0])!.leader = true;
  }
}
