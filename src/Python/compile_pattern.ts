/**
 * @mirrors Python/compile.c
 * Code generation for the match statement (PEP 634), the compiler_pattern_* part of
 * compile.c. Every pattern routine consumes the subject on top of the stack and jumps to
 * a "fail_pop" block on failure; fail_pop[i] pops i items before falling into the next
 * case. Captured names wait on the stack, under whatever the pattern still needs, and are
 * stored only when the whole pattern has matched.
 */
import { ConstantTuple, None } from "../Include/ast_constant.ts";
import * as O from "../Include/opcode.generated.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import type { Compiler } from "./compile.ts";
import { _PyCode_ConstantKey as constantKey } from "../Objects/codeobject.ts";
import type { BasicBlock } from "./flowgraph.ts";
import * as A from "./Python-ast.generated.ts";
import { expr_kind, pattern_kind } from "./Python-ast.generated.ts";
import { constant_repr } from "../Inspect/ast_dump.ts";

/** @cpython pattern_context */
interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  /** False: a capture or wildcard here would make later cases unreachable. */
  allow_irrefutable: boolean;
  fail_pop: BasicBlock[];
  /** Items on top of the stack that stay there (captures go beneath them). */
  on_top: number;
}

const WILDCARD_CHECK = (p: A.pattern): boolean => p._kind === pattern_kind.MatchAs_kind && !(p as A.MatchAs).name;
const WILDCARD_STAR_CHECK = (p: A.pattern): boolean => p._kind === pattern_kind.MatchStar_kind && !(p as A.MatchStar).name;
const MATCH_VALUE_EXPR = (e: A.expr): boolean => e._kind === expr_kind.Constant_kind || e._kind === expr_kind.Attribute_kind;

/** @cpython ensure_fail_pop */
function ensure_fail_pop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.fail_pop.length < n + 1) pc.fail_pop.push(c.new_block());
}

/** @cpython jump_to_fail_pop */
function jump_to_fail_pop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.on_top + pc.stores.length;
  ensure_fail_pop(c, pc, pops);
  c.addop_j(op, pc.fail_pop[pops]);
}

/** @cpython emit_and_reset_fail_pop */
function emit_and_reset_fail_pop(c: Compiler, pc: PatternContext): void {
  if (!pc.fail_pop.length) return;
  for (let i = pc.fail_pop.length - 1; i > 0; i--) {
    c.use_next_block(pc.fail_pop[i]);
    c.addop(O.POP_TOP);
  }
  c.use_next_block(pc.fail_pop[0]);
  pc.fail_pop = [];
}

function error_duplicate_store(c: Compiler, n: string): never {
  c.compiler_error(`multiple assignments to name '${n}' in pattern`);
}

/** 3.10's ROT_N as SWAPs (@cpython pattern_helper_rotate). */
function pattern_helper_rotate(c: Compiler, count: number): void {
  while (1 < count) c.addop_i(O.SWAP, count--);
}

/** @cpython pattern_helper_store_name */
function pattern_helper_store_name(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(O.POP_TOP);
    return;
  }
  c.forbidden_name(n, "Store");
  if (pc.stores.includes(n)) error_duplicate_store(c, n);
  // Rotate the capture under the items that must stay on top.
  pattern_helper_rotate(c, pc.on_top + pc.stores.length + 1);
  pc.stores.push(n);
}

/** @cpython pattern_unpack_helper */
function pattern_unpack_helper(c: Compiler, elts: A.pattern[]): void {
  const n = elts.length;
  let seen_star = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._kind === pattern_kind.MatchStar_kind && !seen_star) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.compiler_error("too many expressions in star-unpacking sequence pattern");
      c.addop_i(O.UNPACK_EX, i + ((n - i - 1) << 8));
      seen_star = true;
    } else if (elt._kind === pattern_kind.MatchStar_kind) {
      c.compiler_error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seen_star) c.addop_i(O.UNPACK_SEQUENCE, n);
}

/** @cpython pattern_helper_sequence_unpack */
function pattern_helper_sequence_unpack(c: Compiler, patterns: A.pattern[], pc: PatternContext): void {
  pattern_unpack_helper(c, patterns);
  const size = patterns.length;
  pc.on_top += size;
  for (let i = 0; i < size; i++) {
    pc.on_top--;
    compiler_pattern_subpattern(c, patterns[i], pc);
  }
}

/** Sequence patterns with a `*_` index the subject instead of unpacking it. @cpython pattern_helper_sequence_subscr */
function pattern_helper_sequence_subscr(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.on_top++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (WILDCARD_CHECK(pattern)) continue;
    if (i === star) continue;
    c.addop_i(O.COPY, 1);
    if (i < star) {
      c.addop_load_const(BigInt(i));
    } else {
      // Negative indexes may not be supported by the subject: count from len().
      c.addop(O.GET_LEN);
      c.addop_load_const(BigInt(size - i));
      c.addop_binary("Sub", false);
    }
    c.addop(O.BINARY_SUBSCR);
    compiler_pattern_subpattern(c, pattern, pc);
  }
  pc.on_top--;
  c.addop(O.POP_TOP);
}

/** @cpython compiler_pattern_subpattern */
function compiler_pattern_subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  compiler_pattern(c, p, pc);
  pc.allow_irrefutable = allow;
}

/** @cpython compiler_pattern_as */
function compiler_pattern_as(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allow_irrefutable) {
      if (p.name) c.compiler_error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.compiler_error("wildcard makes remaining patterns unreachable");
    }
    pattern_helper_store_name(c, p.name, pc);
    return;
  }
  pc.on_top++;
  c.addop_i(O.COPY, 1);
  compiler_pattern(c, p.pattern, pc);
  pc.on_top--;
  pattern_helper_store_name(c, p.name, pc);
}

/** @cpython validate_kwd_attrs */
function validate_kwd_attrs(c: Compiler, attrs: string[], patterns: A.pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i];
    c.set_loc(patterns[i]);
    c.forbidden_name(attr, "Store");
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) {
        c.set_loc(patterns[j]);
        c.compiler_error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  }
}

/** @cpython compiler_pattern_class */
function compiler_pattern_class(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const { patterns, kwd_attrs, kwd_patterns } = p;
  const nargs = patterns.length;
  const nattrs = kwd_attrs.length;
  if (nattrs !== kwd_patterns.length) {
    c.compiler_error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwd_patterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validate_kwd_attrs(c, kwd_attrs, kwd_patterns);
    c.set_loc(p);
  }
  c.visit_expr(p.cls);
  c.addop_load_const(new ConstantTuple(kwd_attrs), true);
  c.addop_i(O.MATCH_CLASS, nargs);
  c.addop_i(O.COPY, 1);
  c.addop_load_const(None);
  c.addop_i(O.IS_OP, 1);
  // A tuple of the nargs + nattrs attributes is on top (or None).
  pc.on_top++;
  jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  c.addop_i(O.UNPACK_SEQUENCE, nargs + nattrs);
  pc.on_top += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    const pattern = i < nargs ? patterns[i] : kwd_patterns[i - nargs];
    if (WILDCARD_CHECK(pattern)) {
      c.addop(O.POP_TOP);
      continue;
    }
    compiler_pattern_subpattern(c, pattern, pc);
  }
}

/** @cpython compiler_pattern_mapping */
function compiler_pattern_mapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const { keys, patterns } = p;
  let size = keys.length;
  if (size !== patterns.length) {
    c.compiler_error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const star_target = p.rest;
  pc.on_top++;
  c.addop(O.MATCH_MAPPING);
  jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  if (!size && !star_target) {
    // `{}` matches any mapping.
    pc.on_top--;
    c.addop(O.POP_TOP);
    return;
  }
  if (size) {
    c.addop(O.GET_LEN);
    c.addop_load_const(BigInt(size));
    c.addcompare("GtE");
    jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key._kind === expr_kind.Constant_kind) {
      const k = constantKey((key as A.Constant).value);
      if (seen.has(k) || seenEqual(seen, (key as A.Constant).value)) {
        c.compiler_error(`mapping pattern checks duplicate key (${constant_repr((key as A.Constant).value)})`);
      }
      seen.add(k);
    } else if (key._kind !== expr_kind.Attribute_kind) {
      c.compiler_error("mapping pattern keys may only match literals and attribute lookups");
    }
    c.visit_expr(key);
  }
  c.addop_i(O.BUILD_TUPLE, size);
  c.addop(O.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) are now on top of the subject.
  pc.on_top += 2;
  c.addop_i(O.COPY, 1);
  c.addop_load_const(None);
  c.addop_i(O.IS_OP, 1);
  jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  c.addop_i(O.UNPACK_SEQUENCE, size);
  pc.on_top += size - 1;
  for (let i = 0; i < size; i++) {
    pc.on_top--;
    compiler_pattern_subpattern(c, patterns[i], pc);
  }
  pc.on_top -= 2;
  if (star_target) {
    // rest = dict(subject), then delete each matched key from it.
    c.addop_i(O.BUILD_MAP, 0);
    c.addop_i(O.SWAP, 3);
    c.addop_i(O.DICT_UPDATE, 2);
    c.addop_i(O.UNPACK_SEQUENCE, size);
    while (size) {
      c.addop_i(O.COPY, 1 + size--);
      c.addop_i(O.SWAP, 2);
      c.addop(O.DELETE_SUBSCR);
    }
    pattern_helper_store_name(c, star_target, pc);
  } else {
    c.addop(O.POP_TOP);
    c.addop(O.POP_TOP);
  }
}

/** Keys equal as Python values though of different types (1, 1.0, True) are duplicates too. */
function seenEqual(seen: Set<string>, v: unknown): boolean {
  const numeric = typeof v === "bigint" ? Number(v) : typeof v === "boolean" ? Number(v) : typeof v === "number" ? v : null;
  if (numeric === null) return false;
  for (const alt of [`i${numeric}`, `b${numeric}`]) if (seen.has(alt)) return true;
  for (const k of seen) {
    if (k.startsWith("f")) {
      const bytes = new Uint8Array(k.slice(1).match(/../g)!.map((h) => parseInt(h, 16)));
      if (new Float64Array(bytes.buffer)[0] === numeric) return true;
    }
  }
  return false;
}

/** @cpython compiler_pattern_or */
function compiler_pattern_or(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.new_block();
  const size = p.patterns.length;
  const old_pc = { ...pc, stores: pc.stores };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.set_loc(alt);
    pc.stores = [];
    // Only the last alternative may be irrefutable.
    pc.allow_irrefutable = i === size - 1 && old_pc.allow_irrefutable;
    pc.fail_pop = [];
    pc.on_top = 0;
    c.addop_i(O.COPY, 1);
    compiler_pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!i) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.compiler_error("alternative patterns bind different names");
    } else if (nstores) {
      // Reorder the captures on the stack to the first alternative's order.
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.compiler_error("alternative patterns bind different names");
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) pattern_helper_rotate(c, icontrol + 1);
        }
      }
    }
    c.addop_j(O.JUMP, end);
    emit_and_reset_fail_pop(c, pc);
  }
  pc.stores = old_pc.stores;
  pc.allow_irrefutable = old_pc.allow_irrefutable;
  pc.fail_pop = old_pc.fail_pop;
  pc.on_top = old_pc.on_top;
  // No alternative matched: drop the copy of the subject and fail.
  c.addop(O.POP_TOP);
  jump_to_fail_pop(c, pc, O.JUMP);
  c.use_next_block(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.on_top + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    pattern_helper_rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) error_duplicate_store(c, name);
    pc.stores.push(name);
  }
  c.addop(O.POP_TOP);
}

/** @cpython compiler_pattern_sequence */
function compiler_pattern_sequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let only_wildcard = true;
  let star_wildcard = false;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (pattern._kind === pattern_kind.MatchStar_kind) {
      if (star >= 0) c.compiler_error("multiple starred names in sequence pattern");
      star_wildcard = WILDCARD_STAR_CHECK(pattern);
      only_wildcard &&= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &&= WILDCARD_CHECK(pattern);
  }
  pc.on_top++;
  c.addop(O.MATCH_SEQUENCE);
  jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(O.GET_LEN);
    c.addop_load_const(BigInt(size));
    c.addcompare("Eq");
    jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(O.GET_LEN);
    c.addop_load_const(BigInt(size - 1));
    c.addcompare("GtE");
    jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
  }
  pc.on_top--;
  if (only_wildcard) c.addop(O.POP_TOP);
  else if (star_wildcard) pattern_helper_sequence_subscr(c, patterns, star, pc);
  else pattern_helper_sequence_unpack(c, patterns, pc);
}

/** @cpython compiler_pattern_value */
function compiler_pattern_value(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  if (!MATCH_VALUE_EXPR(p.value)) c.compiler_error("patterns may only match literals and attribute lookups");
  c.visit_expr(p.value);
  c.addcompare("Eq");
  jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
}

/** @cpython compiler_pattern_singleton */
function compiler_pattern_singleton(c: Compiler, p: A.MatchSingleton, pc: PatternContext): void {
  c.addop_load_const(p.value);
  c.addcompare("Is");
  jump_to_fail_pop(c, pc, O.POP_JUMP_IF_FALSE);
}

/** @cpython compiler_pattern */
function compiler_pattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  c.set_loc(p);
  switch (p._kind) {
    case pattern_kind.MatchValue_kind: return compiler_pattern_value(c, p as A.MatchValue, pc);
    case pattern_kind.MatchSingleton_kind: return compiler_pattern_singleton(c, p as A.MatchSingleton, pc);
    case pattern_kind.MatchSequence_kind: return compiler_pattern_sequence(c, p as A.MatchSequence, pc);
    case pattern_kind.MatchMapping_kind: return compiler_pattern_mapping(c, p as A.MatchMapping, pc);
    case pattern_kind.MatchClass_kind: return compiler_pattern_class(c, p as A.MatchClass, pc);
    case pattern_kind.MatchStar_kind: return pattern_helper_store_name(c, (p as A.MatchStar).name, pc);
    case pattern_kind.MatchAs_kind: return compiler_pattern_as(c, p as A.MatchAs, pc);
    case pattern_kind.MatchOr_kind: return compiler_pattern_or(c, p as A.MatchOr, pc);
  }
  throw new PyFrontEndError("SyntaxError", `invalid match pattern node in AST (kind=${(p as A.pattern)._kind})`);
}

/** @cpython compiler_match */
export function compiler_match(c: Compiler, s: A.Match): void {
  const pc: PatternContext = { stores: [], allow_irrefutable: false, fail_pop: [], on_top: 0 };
  c.visit_expr(s.subject);
  const end = c.new_block();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const has_default = WILDCARD_CHECK(m.pattern) && 1 < cases ? 1 : 0;
  for (let i = 0; i < cases - has_default; i++) {
    m = s.cases[i];
    c.set_loc(m.pattern);
    // The subject is copied for every case but the last.
    if (i !== cases - has_default - 1) c.addop_i(O.COPY, 1);
    pc.stores = [];
    pc.allow_irrefutable = m.guard !== null || i === cases - 1;
    pc.fail_pop = [];
    pc.on_top = 0;
    compiler_pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, "Store");
    if (m.guard) {
      ensure_fail_pop(c, pc, 0);
      c.jump_if(m.guard, pc.fail_pop[0], false);
    }
    if (i !== cases - has_default - 1) c.addop(O.POP_TOP);
    c.visit_stmts(m.body);
    // 3.11.2 gave this jump the body's last line; the oracle (3.11.7) gives it none.
    c.addop_j_noline(O.JUMP, end);
    // A failed match is charged to the pattern's line, not the body's last line.
    c.set_loc(m.pattern);
    emit_and_reset_fail_pop(c, pc);
  }
  if (has_default) {
    m = s.cases[cases - 1];
    c.set_loc(m.pattern);
    if (cases === 1) c.addop(O.POP_TOP);
    else c.addop(O.NOP);
    if (m.guard) c.jump_if(m.guard, end, false);
    c.visit_stmts(m.body);
  }
  c.use_next_block(end);
}

