/**
 * @mirrors Parser/string_parser.c
 *
 * String literals: prefixes, escapes, adjacent-literal concatenation and 3.11's f-strings.
 * In 3.11 an f-string reaches the parser as one STRING token; this file scans its text,
 * splitting literal parts from `{expression!conversion:format_spec}` parts, and parses
 * each expression with a parser of its own, positioned so that the nodes it builds carry
 * the expression's place in the file. (The FormattedValue and literal Constant nodes of a
 * JoinedStr span the whole string, a known 3.11 quirk kept here on purpose.)
 *
 * DIVERGENCE: CPython scans the UTF-8 bytes of the token; this scans the decoded text and
 * converts lengths to bytes where a position needs them. `_PyPegen_concatenate_strings`
 * lives in action_helpers.c in CPython; it is here, beside the machinery it drives.
 */
import { encodeSurrogateEscape, firstUtf8Error, hasEscapedByte, utf8ErrorMessage } from "../Objects/utf8_errors.ts";
import * as ast from "../Python/Python-ast.generated.ts";
import type { Token } from "./pegen_token.ts";
import { Parser, _PyPegen_Parser_New, _PyPegen_run_parser, Py_fstring_input } from "./pegen.ts";
import { _PyTokenizer_FromString, utf8Length } from "./tokenizer.ts";
import { PyBytes } from "../Include/ast_constant.ts";
import { RAISE_SYNTAX_ERROR, RAISE_SYNTAX_ERROR_KNOWN_LOCATION } from "./pegen_errors.ts";
import { _getcode } from "../Modules/unicodedata.ts";

const MAXLEVEL = 200;

// ---------------------------------------------------------------- escapes

class DecodeFailure {
  constructor(readonly msg: string) {}
}

/**
 * The error for a literal holding bytes that are not UTF-8 (from compile(bytes)): a raw
 * body is decoded whole, an escaped one run of non-ASCII bytes at a time, so the position
 * counts from the body's start or from the run's (decode_unicode_with_escapes).
 */
function undecodableMessage(body: string, raw: boolean): string {
  const bytes = encodeSurrogateEscape(body);
  if (raw) return utf8ErrorMessage(bytes, firstUtf8Error(bytes)!);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    let j = i;
    while (j < bytes.length && bytes[j] >= 0x80) j++;
    const run = bytes.subarray(i, j);
    const err = firstUtf8Error(run);
    if (err) return utf8ErrorMessage(run, err);
    i = j;
  }
  return utf8ErrorMessage(bytes, firstUtf8Error(bytes)!);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
};

/**
 * The 'unicode_escape' decoding of `s`, as decode_unicode_with_escapes does it (non-ASCII
 * characters pass through; error positions count them as the \UXXXXXXXX escapes CPython
 * rewrites them to first). Invalid escapes are kept as written (they warn in 3.11).
 */
function decodeUnicodeEscapes(p: Parser, s: string, t: Token): string {
  let out = "";
  let pos = 0; // position in CPython's rewritten buffer, for error messages
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c !== "\\") {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      out += s.slice(i, i + w);
      pos += cp < 0x80 ? 1 : 10;
      i += w;
      continue;
    }
    const start = pos;
    if (i + 1 >= n) {
      // Only an f-string's literal part can end in a backslash (f'\{x}'): CPython rewrites it
      // to \u005c before decoding, so it stays a backslash.
      out += "\\";
      break;
    }
    const e = s[i + 1];
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2; pos += 2;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let j = i + 1, v = 0;
      while (j < n && j < i + 4 && s[j] >= "0" && s[j] <= "7") v = v * 8 + (s.charCodeAt(j++) - 48);
      if (v > 0o377) p.warn?.("DeprecationWarning", `invalid octal escape sequence '\\${s.slice(i + 1, j)}'`, t.lineno, t.col_offset);
      out += String.fromCodePoint(v);
      pos += j - i; i = j;
      continue;
    }
    const hexLen = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (hexLen) {
      const digits = s.slice(i + 2, i + 2 + hexLen);
      const m = /^[0-9a-fA-F]*/.exec(digits)![0];
      if (m.length < hexLen) {
        const what = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        throw new DecodeFailure(`'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + m.length}: truncated ${what} escape`);
      }
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) {
        throw new DecodeFailure(`'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + hexLen}: illegal Unicode character`);
      }
      out += String.fromCodePoint(v);
      i += 2 + hexLen; pos += 2 + hexLen;
      continue;
    }
    if (e === "N") {
      const close = s.indexOf("}", i + 3);
      if (s[i + 2] !== "{" || close < 0) {
        throw new DecodeFailure(`'unicodeescape' codec can't decode bytes in position ${start}-${start + 1}: malformed \\N character escape`);
      }
      const code = close - i > 3 ? _getcode(s.slice(i + 3, close)) : -1;
      if (code < 0) {
        throw new DecodeFailure(`'unicodeescape' codec can't decode bytes in position ${start}-${start + (close - i)}: unknown Unicode character name`);
      }
      out += String.fromCodePoint(code);
      for (let k = i; k <= close; k++) pos += s.charCodeAt(k) < 0x80 ? 1 : 10;
      i = close + 1;
      continue;
    }
    // An invalid escape: kept as written.
    p.warn?.("DeprecationWarning", `invalid escape sequence '\\${e}'`, t.lineno, t.col_offset);
    out += "\\";
    i += 1; pos += 1;
  }
  return out;
}

/** @cpython decode_bytes_with_escapes (_PyBytes_DecodeEscape) */
function decodeBytesEscapes(p: Parser, s: string, t: Token): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i];
    if (c !== "\\") { out.push(s.charCodeAt(i)); i++; continue; }
    if (i + 1 >= n) throw new DecodeFailure("Trailing \\ in string");
    const e = s[i + 1];
    if (e in SIMPLE_ESCAPES) {
      const r = SIMPLE_ESCAPES[e];
      if (r) out.push(r.charCodeAt(0));
      i += 2;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let j = i + 1, v = 0;
      while (j < n && j < i + 4 && s[j] >= "0" && s[j] <= "7") v = v * 8 + (s.charCodeAt(j++) - 48);
      out.push(v & 0xff);
      i = j;
      continue;
    }
    if (e === "x") {
      const digits = s.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(digits)) throw new DecodeFailure(`invalid \\x escape at position ${i}`);
      out.push(parseInt(digits, 16));
      i += 4;
      continue;
    }
    p.warn?.("DeprecationWarning", `invalid escape sequence '\\${e}'`, t.lineno, t.col_offset);
    out.push(0x5c);
    i += 1;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- one literal

interface ParsedString {
  bytesmode: boolean;
  rawmode: boolean;
  /** The value of a plain string or bytes literal; null for an f-string. */
  value: string | Uint8Array | null;
  /** For an f-string: the text between the quotes, and where it starts in the token. */
  fstr: string | null;
  fstrStart: number;
}

/** @cpython _PyPegen_parsestr. Returns null after raising an error. */
function _PyPegen_parsestr(p: Parser, t: Token): ParsedString | null {
  const s = t.string;
  let i = 0;
  let bytesmode = false, rawmode = false, fmode = false;
  for (;;) {
    const c = s[i];
    if (c === "b" || c === "B") bytesmode = true;
    else if (c === "u" || c === "U") { /* no effect */ }
    else if (c === "r" || c === "R") rawmode = true;
    else if (c === "f" || c === "F") fmode = true;
    else break;
    i++;
  }
  const quote = s[i];
  let start = i + 1;
  let end = s.length - 1;
  if (end - start >= 4 && s[start] === quote && s[start + 1] === quote) {
    start += 2;
    end -= 2;
  }
  const body = s.slice(start, end);
  if (fmode) return { bytesmode, rawmode, value: null, fstr: body, fstrStart: start };
  rawmode = rawmode || !body.includes("\\");
  try {
    if (bytesmode) {
      for (let k = 0; k < body.length; k++) {
        if (body.charCodeAt(k) >= 0x80) {
          RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, t, "bytes can only contain ASCII literal characters");
          return null;
        }
      }
      const value = rawmode ? Uint8Array.from(body, (ch) => ch.charCodeAt(0)) : decodeBytesEscapes(p, body, t);
      return { bytesmode, rawmode, value, fstr: null, fstrStart: 0 };
    }
    if (hasEscapedByte(body)) throw new DecodeFailure(undecodableMessage(body, rawmode));
    const value = rawmode ? body : decodeUnicodeEscapes(p, body, t);
    return { bytesmode, rawmode, value, fstr: null, fstrStart: 0 };
  } catch (e) {
    if (!(e instanceof DecodeFailure)) throw e;
    RAISE_SYNTAX_ERROR(p, `(${bytesmode ? "value error" : "unicode error"}) ${e.msg}`);
    return null;
  }
}

// ---------------------------------------------------------------- f-strings

/** CPython's FstringParser: the literal text gathered so far and the finished parts. */
class FstringParser {
  last_str: string | null = null;
  expr_list: ast.expr[] = [];
  fmode = false;
}

/** A cursor into the text of one f-string token. */
class Cursor {
  constructor(public pos: number) {}
}

/** @cpython _PyPegen_FstringParser_ConcatAndDel */
function concatStr(state: FstringParser, s: string): void {
  if (!s.length) return;
  state.last_str = state.last_str === null ? s : state.last_str + s;
}

/** @cpython make_str_node_and_del */
function makeStrNode(state: FstringParser, first: Token, last: Token): ast.Constant {
  const s = state.last_str!;
  state.last_str = null;
  const kind = first.string[0] === "u" ? "u" : null;
  return new ast.Constant(s, kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

/** @cpython _PyPegen_FstringParser_Finish */
function finish(p: Parser, state: FstringParser, first: Token, last: Token): ast.expr {
  if (!state.fmode) {
    if (state.last_str === null) state.last_str = "";
    return makeStrNode(state, first, last);
  }
  if (state.last_str !== null) state.expr_list.push(makeStrNode(state, first, last));
  void p;
  return new ast.JoinedStr(state.expr_list, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
}

/**
 * @cpython fstring_find_literal. Returns 1 when a doubled brace ended the literal (keep
 * scanning), 0 otherwise, -1 after an error; the literal text goes to `out[0]`.
 */
function findLiteral(p: Parser, str: string, cur: Cursor, end: number, raw: boolean, recurse_lvl: number,
  out: (string | null)[], t: Token): number {
  let s = cur.pos;
  const literal_start = s;
  let result = 0;
  let literalEnd = -1;
  while (s < end) {
    let ch = str[s++];
    if (!raw && ch === "\\" && s < end) {
      ch = str[s++];
      if (ch === "N") {
        if (s < end && str[s++] === "{") {
          while (s < end && str[s++] !== "}") { /* skip the name */ }
          continue;
        }
        continue;
      }
      if (ch === "{") p.warn?.("DeprecationWarning", "invalid escape sequence '\\{'", t.lineno, t.col_offset);
    }
    if (ch === "{" || ch === "}") {
      if (recurse_lvl === 0) {
        if (s < end && str[s] === ch) {
          cur.pos = s + 1;
          literalEnd = s;
          result = 1;
          break;
        }
        if (ch === "}") {
          cur.pos = s - 1;
          RAISE_SYNTAX_ERROR(p, "f-string: single '}' is not allowed");
          return -1;
        }
      }
      s--;
      break;
    }
  }
  if (literalEnd < 0) {
    cur.pos = s;
    literalEnd = s;
  }
  if (literal_start !== literalEnd) {
    const text = str.slice(literal_start, literalEnd);
    if (raw) out[0] = text;
    else {
      try {
        out[0] = decodeUnicodeEscapes(p, text, t);
      } catch (e) {
        if (!(e instanceof DecodeFailure)) throw e;
        RAISE_SYNTAX_ERROR(p, `(unicode error) ${e.msg}`);
        return -1;
      }
    }
  }
  return result;
}

/** @cpython fstring_find_expr_location: lines and byte columns to shift the expression's nodes by. */
function findExprLocation(t: Token, exprStart: number): [number, number] {
  const parent = t.string;
  let lines = 0, cols = 0;
  let newlineAfterBrace = true;
  for (let k = exprStart + 1; k < parent.length && parent[k] !== "}" && parent[k] !== "\n"; k++) {
    const c = parent[k];
    if (c !== " " && c !== "\t" && c !== "\f") { newlineAfterBrace = false; break; }
  }
  if (!newlineAfterBrace) {
    let start = exprStart;
    while (start > 0 && parent[start] !== "\n") start--;
    cols += utf8Length(parent, start, exprStart);
    if (parent[start] === "\n") cols -= 1;
  }
  for (let k = 0; k < exprStart; k++) if (parent[k] === "\n") lines++;
  return [lines, cols];
}

/** @cpython fstring_compile_expr: parses the text of one `{...}` with a parser of its own. */
function compileExpr(p: Parser, str: string, exprStart: number, exprEnd: number, t: Token, tokenOffset: number): ast.expr | null {
  let k = exprStart;
  while (k < exprEnd && " \t\n\f".includes(str[k])) k++;
  if (k === exprEnd) {
    const c = str[exprEnd];
    if (c === "!" || c === ":" || c === "=") RAISE_SYNTAX_ERROR(p, `f-string: expression required before '${c}'`);
    else RAISE_SYNTAX_ERROR(p, "f-string: empty expression not allowed");
    return null;
  }
  const [lines, cols] = findExprLocation(t, tokenOffset + exprStart - 1);
  const tok = _PyTokenizer_FromString("(" + str.slice(exprStart, exprEnd) + ")", true, p.tok.filename);
  tok.lineno = t.lineno + lines - 1;
  const p2 = _PyPegen_Parser_New(tok, Py_fstring_input, p.flags, p.feature_version);
  p2.starting_lineno = t.lineno + lines;
  p2.starting_col_offset = lines !== 0 ? cols : t.col_offset + cols;
  p2.warn = p.warn;
  const expr = _PyPegen_run_parser(p2) as ast.expr | null;
  if (expr === null) {
    p.error_indicator = 1;
    p.error ??= p2.error;
  }
  return expr;
}

/** @cpython fstring_find_expr. Returns the FormattedValue and any `=` debug text, or null after an error. */
function findExpr(p: Parser, str: string, cur: Cursor, end: number, raw: boolean, recurse_lvl: number,
  first: Token, t: Token, last: Token, tokenOffset: number): [ast.expr, string | null] | null {
  if (recurse_lvl >= 2) {
    RAISE_SYNTAX_ERROR(p, "f-string: expressions nested too deeply");
    return null;
  }
  cur.pos += 1;
  const exprStart = cur.pos;
  let quote_char = "";
  let string_type = 0;
  const parenstack: string[] = [];
  for (; cur.pos < end; cur.pos++) {
    const ch = str[cur.pos];
    if (ch === "\\") {
      RAISE_SYNTAX_ERROR(p, "f-string expression part cannot include a backslash");
      return null;
    }
    if (quote_char) {
      if (ch === quote_char) {
        if (string_type === 3) {
          if (cur.pos + 2 < end && str[cur.pos + 1] === ch && str[cur.pos + 2] === ch) {
            cur.pos += 2;
            string_type = 0;
            quote_char = "";
          }
        } else {
          quote_char = "";
          string_type = 0;
        }
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (cur.pos + 2 < end && str[cur.pos + 1] === ch && str[cur.pos + 2] === ch) {
        string_type = 3;
        cur.pos += 2;
      } else string_type = 1;
      quote_char = ch;
    } else if (ch === "[" || ch === "{" || ch === "(") {
      if (parenstack.length >= MAXLEVEL) {
        RAISE_SYNTAX_ERROR(p, "f-string: too many nested parenthesis");
        return null;
      }
      parenstack.push(ch);
    } else if (ch === "#") {
      RAISE_SYNTAX_ERROR(p, "f-string expression part cannot include '#'");
      return null;
    } else if (parenstack.length === 0 && "!:}=<>".includes(ch)) {
      if (cur.pos + 1 < end) {
        const next = str[cur.pos + 1];
        if (next === "=" && (ch === "!" || ch === "=" || ch === "<" || ch === ">")) {
          cur.pos += 1;
          continue;
        }
      }
      if (ch === ">" || ch === "<") continue;
      break;
    } else if (ch === "]" || ch === "}" || ch === ")") {
      if (!parenstack.length) {
        RAISE_SYNTAX_ERROR(p, `f-string: unmatched '${ch}'`);
        return null;
      }
      const opening = parenstack.pop()!;
      if (!((opening === "(" && ch === ")") || (opening === "[" && ch === "]") || (opening === "{" && ch === "}"))) {
        RAISE_SYNTAX_ERROR(p, `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        return null;
      }
    }
  }
  const exprEnd = cur.pos;
  if (quote_char) {
    RAISE_SYNTAX_ERROR(p, "f-string: unterminated string");
    return null;
  }
  if (parenstack.length) {
    RAISE_SYNTAX_ERROR(p, `f-string: unmatched '${parenstack[parenstack.length - 1]}'`);
    return null;
  }
  const unexpectedEnd = () => { RAISE_SYNTAX_ERROR(p, "f-string: expecting '}'"); return null; };
  if (cur.pos >= end) return unexpectedEnd();
  const simple = compileExpr(p, str, exprStart, exprEnd, t, tokenOffset);
  if (simple === null) return null;
  let exprText: string | null = null;
  let conversion = -1;
  let formatSpec: ast.expr | null = null;
  if (str[cur.pos] === "=") {
    cur.pos += 1;
    while (cur.pos < end && " \t\n\r\f\v".includes(str[cur.pos])) cur.pos += 1;
    if (cur.pos >= end) return unexpectedEnd();
    exprText = str.slice(exprStart, cur.pos);
  }
  if (str[cur.pos] === "!") {
    cur.pos += 1;
    if (cur.pos >= end) return unexpectedEnd();
    conversion = str.charCodeAt(cur.pos);
    cur.pos += 1;
    if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) {
      RAISE_SYNTAX_ERROR(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return null;
    }
  }
  if (cur.pos >= end) return unexpectedEnd();
  if (str[cur.pos] === ":") {
    cur.pos += 1;
    if (cur.pos >= end) return unexpectedEnd();
    formatSpec = fstringParse(p, str, cur, end, raw, recurse_lvl + 1, first, t, last, tokenOffset);
    if (formatSpec === null) return null;
  }
  if (cur.pos >= end || str[cur.pos] !== "}") return unexpectedEnd();
  cur.pos += 1;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
  const value = new ast.FormattedValue(simple, conversion, formatSpec, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  return [value, exprText];
}

/** @cpython fstring_parse: a nested format spec, as its own JoinedStr. */
function fstringParse(p: Parser, str: string, cur: Cursor, end: number, raw: boolean, recurse_lvl: number,
  first: Token, t: Token, last: Token, tokenOffset: number): ast.expr | null {
  const state = new FstringParser();
  if (concatFstring(p, state, str, cur, end, raw, recurse_lvl, first, t, last, tokenOffset) < 0) return null;
  // A format spec spans just the literal it sits in (CPython finishes it with t for both ends).
  return finish(p, state, t, t);
}

/** @cpython _PyPegen_FstringParser_ConcatFstring */
function concatFstring(p: Parser, state: FstringParser, str: string, cur: Cursor, end: number, raw: boolean,
  recurse_lvl: number, first: Token, t: Token, last: Token, tokenOffset: number): number {
  state.fmode = true;
  for (;;) {
    const literal: (string | null)[] = [null];
    const result = findLiteral(p, str, cur, end, raw, recurse_lvl, literal, t);
    if (result < 0) return -1;
    if (literal[0] !== null) concatStr(state, literal[0]);
    if (result === 1) continue;
    if (cur.pos >= end || str[cur.pos] === "}") break;
    const found = findExpr(p, str, cur, end, raw, recurse_lvl, first, t, last, tokenOffset);
    if (found === null) return -1;
    const [expression, exprText] = found;
    if (exprText !== null) concatStr(state, exprText);
    if (state.last_str !== null) state.expr_list.push(makeStrNode(state, first, last));
    state.expr_list.push(expression);
  }
  if (recurse_lvl === 0 && cur.pos < end - 1) {
    RAISE_SYNTAX_ERROR(p, "f-string: unexpected end of string");
    return -1;
  }
  if (recurse_lvl !== 0 && str[cur.pos] !== "}") {
    RAISE_SYNTAX_ERROR(p, "f-string: expecting '}'");
    return -1;
  }
  return 0;
}

/** @cpython _PyPegen_concatenate_strings: adjacent literals, as one Constant or JoinedStr. */
export function _PyPegen_concatenate_strings(p: Parser, strings: Token[]): ast.expr | null {
  const first = strings[0];
  const last = strings[strings.length - 1];
  let bytesmode = false;
  const bytesParts: Uint8Array[] = [];
  const state = new FstringParser();
  for (let i = 0; i < strings.length; i++) {
    const t = strings[i];
    const parsed = _PyPegen_parsestr(p, t);
    if (parsed === null) return null;
    if (i !== 0 && bytesmode !== parsed.bytesmode) {
      RAISE_SYNTAX_ERROR(p, "cannot mix bytes and nonbytes literals");
      return null;
    }
    bytesmode = parsed.bytesmode;
    if (parsed.fstr !== null) {
      const body = parsed.fstr;
      const cur = new Cursor(0);
      if (concatFstring(p, state, body, cur, body.length, parsed.rawmode, 0, first, t, last, parsed.fstrStart) < 0) return null;
    } else if (bytesmode) {
      bytesParts.push(parsed.value as Uint8Array);
    } else {
      concatStr(state, parsed.value as string);
    }
  }
  if (bytesmode) {
    const total = bytesParts.reduce((n, b) => n + b.length, 0);
    const all = new Uint8Array(total);
    let off = 0;
    for (const b of bytesParts) { all.set(b, off); off += b.length; }
    return new ast.Constant(new PyBytes(all), null, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  }
  return finish(p, state, first, last);
}
