/**
 * @mirrors Parser/pegen.c
 *
 * The runtime of the generated PEG parser (parser.generated.ts): the token array the
 * parser walks back and forth over (it asks the tokenizer for more only when it reaches
 * the end of what it has), the memo each token keeps of which rules were tried there and
 * what they returned (so backtracking is cheap and left recursion can grow its seed), the
 * helpers the generated code calls to match tokens, names, numbers and keywords, and the
 * driver that runs a second, slower pass with the invalid_* rules switched on when the
 * first pass fails, to find the most helpful error message.
 */
import { Token } from "./pegen_token.ts";
import * as T from "./token.generated.ts";
import { tok_state, _PyTokenizer_Get } from "./tokenizer.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import * as ast from "../Python/Python-ast.generated.ts";
import { PyComplex } from "../Include/ast_constant.ts";
import { reserved_keywords, soft_keywords, START_RULES } from "./parser.generated.ts";
import { _Pypegen_tokenizer_error, _Pypegen_set_syntax_error, RAISE_SYNTAX_ERROR_KNOWN_LOCATION, RAISE_ERROR } from "./pegen_errors.ts";

/** The parse modes: CPython's Py_file_input and friends (Include/compile.h). */
export const Py_single_input = 256;
export const Py_file_input = 257;
export const Py_eval_input = 258;
export const Py_func_type_input = 345;
export const Py_fstring_input = 800;

/** Deepest rule nesting before the parser gives up (3.11's MAXSTACK). */
export const MAXSTACK = 6000;

/** One entry of a token's memo list: rule `type` tried here gave `node` and ended at `mark`. */
class Memo {
  constructor(public type: number, public node: unknown, public mark: number, public next: Memo | null) {}
}

export class Parser {
  tokens: Token[] = [];
  fill = 0;
  mark = 0;
  error_indicator = 0;
  /** The error raised, when error_indicator is set by an error (not by a failed rule). */
  error: PyFrontEndError | null = null;
  level = 0;
  in_raw_rule = 0;
  call_invalid_rules = false;
  parsing_started = false;
  known_err_token: Token | null = null;
  starting_lineno = 0;
  starting_col_offset = 0;
  /** Result slot of _PyPegen_is_memoized. */
  memo_result: unknown = null;
  type_ignore_comments: Token[] = [];
  /** Called for DeprecationWarning/SyntaxWarning the parser would issue; warnings are not printed yet. */
  warn: ((category: string, msg: string, lineno: number, col: number) => void) | null = null;

  constructor(
    public tok: tok_state,
    public start_rule: number,
    public flags: number,
    public feature_version: number,
  ) {}
}

/** PyCF_* flags the parser looks at. */
export const PyPARSE_TYPE_COMMENTS = 0x40;
export const PyPARSE_DONT_IMPLY_DEDENT = 0x0002;

/** @cpython _PyPegen_Parser_New */
export function _PyPegen_Parser_New(tok: tok_state, start_rule: number, flags: number, feature_version: number): Parser {
  const p = new Parser(tok, start_rule, flags, feature_version);
  tok.type_comments = (flags & PyPARSE_TYPE_COMMENTS) !== 0;
  return p;
}

// ---------------------------------------------------------------- tokens

/** @cpython _get_keyword_or_name_type */
function keywordOrName(p: Parser, name: string): number {
  return reserved_keywords.get(name) ?? T.NAME;
}

/** @cpython _PyPegen_fill_token. Returns 0, or -1 after setting an error. */
export function _PyPegen_fill_token(p: Parser): number {
  let t = _PyTokenizer_Get(p.tok);
  while (t.type === T.TYPE_IGNORE) {
    p.type_ignore_comments.push(t);
    t = _PyTokenizer_Get(p.tok);
  }
  // In "single" mode the end of the input also ends the statement: the first ENDMARKER
  // is handed out as the NEWLINE that closes a compound statement, with the blocks still
  // open closed by DEDENTs that follow (unless the caller asked not to imply them).
  if (p.start_rule === Py_single_input && t.type === T.ENDMARKER && p.parsing_started) {
    t.type = T.NEWLINE;
    p.parsing_started = false;
    if (p.tok.indent !== 0 && (p.flags & PyPARSE_DONT_IMPLY_DEDENT) === 0) {
      p.tok.pendin = -p.tok.indent;
      p.tok.indent = 0;
    }
  } else p.parsing_started = true;
  if (t.type === T.NAME) t.type = keywordOrName(p, t.string);
  // An f-string expression is parsed by a parser of its own whose tokenizer starts at the
  // f-string's line; on that first line, columns are shifted to where the expression sits.
  if (p.tok.lineno === p.starting_lineno) {
    t.col_offset += p.starting_col_offset;
    t.end_col_offset += p.starting_col_offset;
  }
  p.tokens[p.fill++] = t;
  if (t.type === T.ERRORTOKEN) return _Pypegen_tokenizer_error(p);
  return 0;
}

function current(p: Parser): Token | null {
  if (p.mark === p.fill && _PyPegen_fill_token(p) < 0) {
    p.error_indicator = 1;
    return null;
  }
  return p.tokens[p.mark];
}

/** @cpython _PyPegen_expect_token */
export function _PyPegen_expect_token(p: Parser, type: number): Token | null {
  const t = current(p);
  if (t === null || t.type !== type) return null;
  p.mark += 1;
  return t;
}

/** @cpython _PyPegen_expect_forced_token */
export function _PyPegen_expect_forced_token(p: Parser, type: number, expected: string): Token | null {
  if (p.error_indicator) return null;
  const t = current(p);
  if (t === null) return null;
  if (t.type !== type) {
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, t, `expected '${expected}'`);
    return null;
  }
  p.mark += 1;
  return t;
}

/** @cpython _PyPegen_expect_forced_result */
export function _PyPegen_expect_forced_result<R>(p: Parser, result: R | null, expected: string): R | null {
  if (p.error_indicator) return null;
  if (result === null) {
    RAISE_ERROR(p, "SyntaxError", `expected (${expected})`);
    return null;
  }
  return result;
}

/** @cpython _PyPegen_expect_soft_keyword: a NAME token spelled `keyword`, as a Name node. */
export function _PyPegen_expect_soft_keyword(p: Parser, keyword: string): ast.expr | null {
  const t = current(p);
  if (t === null || t.type !== T.NAME || t.string !== keyword) return null;
  p.mark += 1;
  return _PyPegen_name_from_token(p, t);
}

/** @cpython _PyPegen_soft_keyword_token */
export function _PyPegen_soft_keyword_token(p: Parser): ast.expr | null {
  const t = _PyPegen_expect_token(p, T.NAME);
  if (t === null) return null;
  if (soft_keywords.includes(t.string)) return _PyPegen_name_from_token(p, t);
  p.mark--;
  return null;
}

/** @cpython _PyPegen_get_last_nonnwhitespace_token */
export function _PyPegen_get_last_nonnwhitespace_token(p: Parser): Token | null {
  let token: Token | null = null;
  for (let m = p.mark - 1; m >= 0; m--) {
    token = p.tokens[m];
    if (token.type !== T.ENDMARKER && (token.type < T.NEWLINE || token.type > T.DEDENT)) break;
  }
  return token;
}

/** @cpython _PyPegen_new_identifier: names with non-ASCII letters are NFKC-normalised (PEP 3131). */
export function _PyPegen_new_identifier(_p: Parser, n: string): string {
  for (let i = 0; i < n.length; i++) {
    if (n.charCodeAt(i) >= 0x80) return n.normalize("NFKC");
  }
  return n;
}

/** @cpython _PyPegen_name_from_token */
export function _PyPegen_name_from_token(p: Parser, t: Token): ast.expr {
  return new ast.Name(_PyPegen_new_identifier(p, t.string), "Load", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

/** @cpython _PyPegen_name_token */
export function _PyPegen_name_token(p: Parser): ast.expr | null {
  const t = _PyPegen_expect_token(p, T.NAME);
  return t === null ? null : _PyPegen_name_from_token(p, t);
}

/** @cpython _PyPegen_string_token */
export function _PyPegen_string_token(p: Parser): Token | null {
  return _PyPegen_expect_token(p, T.STRING);
}

/** The largest int literal CPython converts from decimal (sys.int_info.default_max_str_digits). */
const MAX_STR_DIGITS = 4300;

/** @cpython parsenumber: the value of a NUMBER token's text. */
function parsenumber(p: Parser, t: Token): bigint | number | PyComplex | null {
  const s = t.string.includes("_") ? t.string.replace(/_/g, "") : t.string;
  const last = s[s.length - 1];
  if (last === "j" || last === "J") return new PyComplex(0, Number(s.slice(0, -1)));
  const lower = s.length > 1 ? s[1] : "";
  if (s[0] === "0" && (lower === "x" || lower === "X" || lower === "o" || lower === "O" || lower === "b" || lower === "B")) {
    return BigInt(s);
  }
  if (/^[0-9]+$/.test(s)) {
    if (s.length > MAX_STR_DIGITS) {
      RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, t,
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; ` +
        "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
      return null;
    }
    return BigInt(s);
  }
  return Number(s);
}

/** @cpython _PyPegen_number_token */
export function _PyPegen_number_token(p: Parser): ast.expr | null {
  const t = _PyPegen_expect_token(p, T.NUMBER);
  if (t === null) return null;
  if (p.feature_version < 6 && t.string.includes("_")) {
    RAISE_ERROR(p, "SyntaxError", "Underscores in numeric literals are only supported in Python 3.6 and greater");
    return null;
  }
  const value = parsenumber(p, t);
  if (value === null) return null;
  return new ast.Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

/** @cpython _PyPegen_dummy_name: the placeholder value of an alternative without an action. */
const DUMMY = { dummy: true };
export function _PyPegen_dummy_name(_p: Parser): unknown {
  return DUMMY;
}

// ---------------------------------------------------------------- lookahead

/** @cpython _PyPegen_lookahead */
export function _PyPegen_lookahead(positive: number, func: (p: Parser) => unknown, p: Parser): boolean {
  const mark = p.mark;
  const res = func(p);
  p.mark = mark;
  return (res !== null) === (positive === 1);
}

/** @cpython _PyPegen_lookahead_with_int */
export function _PyPegen_lookahead_with_int(positive: number, func: (p: Parser, arg: number) => unknown, p: Parser, arg: number): boolean {
  const mark = p.mark;
  const res = func(p, arg);
  p.mark = mark;
  return (res !== null) === (positive === 1);
}

/** @cpython _PyPegen_lookahead_with_name */
export function _PyPegen_lookahead_with_name(positive: number, func: (p: Parser, arg: string) => unknown, p: Parser, arg: string): boolean {
  const mark = p.mark;
  const res = func(p, arg);
  p.mark = mark;
  return (res !== null) === (positive === 1);
}

// ---------------------------------------------------------------- memo

/** @cpython _PyPegen_is_memoized. On a hit, moves p.mark and leaves the result in p.memo_result. */
export function _PyPegen_is_memoized(p: Parser, type: number): boolean {
  const t = current(p);
  if (t === null) return false;
  for (let m = t.memo as Memo | null; m !== null; m = m.next) {
    if (m.type === type) {
      p.mark = m.mark;
      p.memo_result = m.node;
      return true;
    }
  }
  return false;
}

/** @cpython _PyPegen_insert_memo */
export function _PyPegen_insert_memo(p: Parser, mark: number, type: number, node: unknown): number {
  const t = p.tokens[mark];
  t.memo = new Memo(type, node, p.mark, t.memo as Memo | null);
  return 0;
}

/** @cpython _PyPegen_update_memo. Returns 0 (nonzero would mean an error). */
export function _PyPegen_update_memo(p: Parser, mark: number, type: number, node: unknown): number {
  for (let m = p.tokens[mark].memo as Memo | null; m !== null; m = m.next) {
    if (m.type === type) {
      m.node = node;
      m.mark = p.mark;
      return 0;
    }
  }
  return _PyPegen_insert_memo(p, mark, type, node);
}

/** @cpython _Pypegen_stack_overflow */
export function _Pypegen_stack_overflow(p: Parser): void {
  p.error_indicator = 1;
  if (!p.error) {
    p.error = new PyFrontEndError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
  }
}

// ---------------------------------------------------------------- driver

function startRule(p: Parser): (p: Parser) => unknown {
  switch (p.start_rule) {
    case Py_file_input: return START_RULES.file;
    case Py_eval_input: return START_RULES.eval;
    case Py_single_input: return START_RULES.interactive;
    case Py_func_type_input: return START_RULES.func_type;
    default: return START_RULES.fstring;
  }
}

/** @cpython reset_parser_state_for_error_pass */
function reset_parser_state_for_error_pass(p: Parser): void {
  for (let i = 0; i < p.fill; i++) p.tokens[i].memo = null;
  p.mark = 0;
  p.call_invalid_rules = true;
}

/**
 * @cpython _PyPegen_run_parser. Returns the tree, or null with p.error set. A JavaScript
 * stack overflow inside the parser becomes the MemoryError CPython gives for input too
 * deeply nested to parse (D11: nothing leaks).
 */
export function _PyPegen_run_parser(p: Parser): unknown {
  const rule = startRule(p);
  let res: unknown;
  try {
    res = rule(p);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    p.error_indicator = 1;
    p.error ??= new PyFrontEndError("MemoryError", "Parser stack overflowed - Python source too complex to parse");
    return null;
  }
  if (res === null) {
    if (p.error && p.error.type !== "SyntaxError" && p.error.type !== "IndentationError" && p.error.type !== "TabError") return null;
    const last_token = p.tokens[p.fill - 1];
    reset_parser_state_for_error_pass(p);
    try {
      rule(p);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
    _Pypegen_set_syntax_error(p, last_token);
    return null;
  }
  if (p.start_rule === Py_single_input && bad_single_statement(p)) {
    RAISE_ERROR(p, "SyntaxError", "multiple statements found while compiling a single statement");
    return null;
  }
  return res;
}

/** @cpython bad_single_statement: is there more than blanks and comments after the statement? */
function bad_single_statement(p: Parser): boolean {
  const buf = p.tok.buf;
  let i = p.tok.cur;
  for (;;) {
    while (i < buf.length && (buf[i] === " " || buf[i] === "\t" || buf[i] === "\n" || buf[i] === "\x0c")) i++;
    if (i >= buf.length) return false;
    if (buf[i] !== "#") return true;
    while (i < buf.length && buf[i] !== "\n") i++;
  }
}
