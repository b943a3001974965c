/**
 * @mirrors Parser/tokenizer.c
 *
 * The tokenizer the PEG parser reads from. It is CPython's tok_get state machine: at the
 * start of each line it measures the indentation (tabs count to the next multiple of 8,
 * and a second measure with tabs as 1 catches inconsistent mixing), keeps the stack of
 * indentation levels and hands out pending INDENT/DEDENT tokens, skips blank and comment
 * lines, joins lines inside brackets and after a backslash, and scans names, numbers,
 * strings (an f-string is one STRING token in 3.11) and operators.
 *
 * DIVERGENCE: tokenizer.c reads UTF-8 bytes a line at a time; here the whole source is
 * decoded first (src/Parser/tokenizer_decoding.ts does what decoding_fgets and friends
 * do) and scanned as a JavaScript string. Token columns are still UTF-8 byte offsets,
 * as CPython reports them, computed per line (for free on ASCII lines).
 *
 *   >>> import ast; ast.parse("é = 1").body[0].value.col_offset
 *   5
 */
import { Token } from "./pegen_token.ts";
import * as T from "./token.generated.ts";
import { E_OK, E_EOF, E_ERROR, E_TABSPACE, E_TOODEEP, E_DEDENT, E_LINECONT } from "../Include/errcode.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { _PyUnicode_IsPrintable } from "../Objects/unicodeobject.ts";

const EOF = -1;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;
const ALTTABSIZE = 1;

const TYPE_COMMENT_PREFIX = "# type: ";

/** Tokenizer state: CPython's struct tok_state, positions as indexes into `buf`. */
export class tok_state {
  /** The whole decoded source, newlines translated to \n and ending in one. */
  buf: string;
  /** Next character to read. */
  cur = 0;
  /** End of the current line (index after its \n); reading past it starts the next line. */
  inp = 0;
  /** Start of the current line. */
  line_start = 0;
  /** Whether the current line is all ASCII (byte columns equal string indexes). */
  line_ascii = true;
  /** Start of the current token, or -1. */
  start = -1;
  done = E_OK;
  lineno = 0;
  first_lineno = 0;
  /** Line start of the line where the current (multi-line) string began. */
  multi_line_start = 0;
  multi_line_ascii = true;
  level = 0;
  parenstack: number[] = [];
  parenlinenostack: number[] = [];
  parencolstack: number[] = [];
  indent = 0;
  indstack: number[] = [0];
  altindstack: number[] = [0];
  pendin = 0;
  atbol = true;
  cont_line = false;
  /** Scanning a single interactive statement (the REPL); not used yet. */
  prompt: string | null = null;
  type_comments = false;
  /** Reading a file being run (tokenizer.c's tok->fp). */
  fp = false;
  /** A file's reader found end of input between tokens, after emptying its line buffer. */
  buf_reset = false;
  /** The source encoding when known (a cookie or BOM for files; always for decoded text). */
  encoding: string | null = "utf-8";
  async_hacks = false;
  /** The SyntaxError the tokenizer raised itself (tokenizer.c's syntaxerror()). */
  error: PyFrontEndError | null = null;
  /** Start indexes of each line (index 0 is line 1), for error messages. */
  private lineStarts: number[] | null = null;

  constructor(buf: string, public filename: string) {
    this.buf = buf;
  }

  /** The decoded source line `lineno` with its newline, or null past the end. */
  getLine(lineno: number): string | null {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.buf.indexOf("\n"); i >= 0 && i + 1 < this.buf.length; i = this.buf.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    if (lineno < 1 || lineno > this.lineStarts.length) return null;
    const s = this.lineStarts[lineno - 1];
    const e = this.buf.indexOf("\n", s);
    return this.buf.slice(s, e < 0 ? this.buf.length : e + 1);
  }
}

/** Newline translation (tokenizer.c's translate_newlines): \r\n and lone \r become \n, and the
 *  text ends in a newline when it is a file or exec input. */
export function translate_newlines(s: string, exec_input: boolean): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (exec_input && !s.endsWith("\n")) s += "\n";
  return s;
}

/** @cpython _PyTokenizer_FromString, for text that is already decoded. */
export function _PyTokenizer_FromString(str: string, exec_input: boolean, filename = "<string>"): tok_state {
  return new tok_state(translate_newlines(str, exec_input), filename);
}

// ---------------------------------------------------------------- reading characters

/** @cpython tok_nextc: the next character code, starting a new line when the current one is used up. */
function tok_nextc(tok: tok_state): number {
  if (tok.cur === tok.inp) {
    if (tok.cur >= tok.buf.length) {
      tok.done = E_EOF;
      if (tok.start === -1) tok.buf_reset = true;
      return EOF;
    }
    // Fetch the next line.
    tok.line_start = tok.cur;
    tok.lineno++;
    const nl = tok.buf.indexOf("\n", tok.cur);
    tok.inp = nl < 0 ? tok.buf.length : nl + 1;
    tok.line_ascii = isAscii(tok.buf, tok.line_start, tok.inp);
  }
  return tok.buf.charCodeAt(tok.cur++);
}

/** @cpython tok_backup */
function tok_backup(tok: tok_state, c: number): void {
  if (c !== EOF) tok.cur--;
}

function isAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** UTF-8 length of buf[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/** Number of code points in buf[from, to). */
function codePointLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) continue;
    n++;
  }
  return n;
}

const isdigit = (c: number) => c >= 0x30 && c <= 0x39;
const isxdigit = (c: number) => isdigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const is_potential_identifier_start = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 128;
const is_potential_identifier_char = (c: number) => is_potential_identifier_start(c) || isdigit(c);

// ---------------------------------------------------------------- errors

/** @cpython _syntaxerror_range. Columns are in characters; -1 means "at the current position". */
function syntaxerror_range(tok: tok_state, msg: string, col_offset: number, end_col_offset: number): number {
  if (col_offset === -1) col_offset = codePointLength(tok.buf, tok.line_start, tok.cur);
  if (end_col_offset === -1) end_col_offset = col_offset;
  const nl = tok.buf.indexOf("\n", tok.line_start);
  const text = tok.buf.slice(tok.line_start, nl < 0 ? tok.buf.length : nl);
  tok.error = new PyFrontEndError("SyntaxError", msg, {
    filename: tok.filename, lineno: tok.lineno, offset: col_offset, text,
    end_lineno: tok.lineno, end_offset: end_col_offset,
  });
  tok.done = E_ERROR;
  return T.ERRORTOKEN;
}

/** @cpython syntaxerror */
function syntaxerror(tok: tok_state, msg: string): number {
  return syntaxerror_range(tok, msg, -1, -1);
}

/** @cpython indenterror */
function indenterror(tok: tok_state): number {
  tok.done = E_TABSPACE;
  tok.cur = tok.inp;
  return T.ERRORTOKEN;
}

/** Warnings the tokenizer would issue (SyntaxWarning "invalid decimal literal" for `1if`). */
export let tokenizerWarning: ((tok: tok_state, category: string, msg: string) => void) | null = null;
export function setTokenizerWarningHook(hook: typeof tokenizerWarning): void { tokenizerWarning = hook; }

function lookahead(tok: tok_state, test: string): boolean {
  let i = 0;
  let ok = true;
  const read: number[] = [];
  for (; i < test.length; i++) {
    const c = tok_nextc(tok);
    read.push(c);
    if (c !== test.charCodeAt(i)) { ok = false; break; }
  }
  if (ok) {
    const c = tok_nextc(tok);
    read.push(c);
    ok = !is_potential_identifier_char(c);
  }
  for (let k = read.length - 1; k >= 0; k--) tok_backup(tok, read[k]);
  return ok;
}

/** @cpython verify_end_of_number */
function verify_end_of_number(tok: tok_state, c: number, kind: string): boolean {
  let r = false;
  if (c === 0x61) r = lookahead(tok, "nd");
  else if (c === 0x65) r = lookahead(tok, "lse");
  else if (c === 0x66) r = lookahead(tok, "or");
  else if (c === 0x69) {
    const c2 = tok_nextc(tok);
    if (c2 === 0x66 || c2 === 0x6e || c2 === 0x73) r = true;
    tok_backup(tok, c2);
  } else if (c === 0x6f) r = lookahead(tok, "r");
  else if (c === 0x6e) r = lookahead(tok, "ot");
  if (r) {
    tok_backup(tok, c);
    tokenizerWarning?.(tok, "SyntaxWarning", `invalid ${kind} literal`);
    tok_nextc(tok);
  } else if (is_potential_identifier_char(c)) {
    tok_backup(tok, c);
    syntaxerror(tok, `invalid ${kind} literal`);
    return false;
  }
  return true;
}

/** @cpython verify_identifier: PEP 3131 rules for a name with non-ASCII characters. */
function verify_identifier(tok: tok_state): boolean {
  const s = tok.buf.slice(tok.start, tok.cur);
  let i = 0;
  for (const ch of s) {
    const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
    if (!ok) {
      const cp = ch.codePointAt(0)!;
      // Point just past the offending character.
      tok.cur = tok.start + s.indexOf(ch, i) + ch.length;
      const hex = cp.toString(16).toUpperCase().padStart(4, "0");
      syntaxerror(tok, _PyUnicode_IsPrintable(cp) ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`);
      return false;
    }
    i += ch.length;
  }
  return true;
}
// Identifiers compare after NFKC normalisation; the tests use the normalised-form properties.
const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^[\p{XID_Continue}]$/u;

/** @cpython tok_decimal_tail. Returns the character after the digits, or 0 after an error. */
function tok_decimal_tail(tok: tok_state): number {
  let c: number;
  for (;;) {
    do c = tok_nextc(tok); while (isdigit(c));
    if (c !== 0x5f) break;
    c = tok_nextc(tok);
    if (!isdigit(c)) {
      tok_backup(tok, c);
      syntaxerror(tok, "invalid decimal literal");
      return 0;
    }
  }
  return c;
}

/** @cpython tok_continuation_line. Returns the first character of the next line, or -1. */
function tok_continuation_line(tok: tok_state): number {
  let c = tok_nextc(tok);
  if (c !== 0x0a) {
    tok.done = E_LINECONT;
    return -1;
  }
  c = tok_nextc(tok);
  if (c === EOF) {
    tok.done = E_EOF;
    tok.cur = tok.inp;
    return -1;
  }
  tok_backup(tok, c);
  return c;
}

// ---------------------------------------------------------------- the scanner

/** Result slots of tok_get: where the token's text starts and ends (-1 when it has none). */
class Span { start = -1; end = -1; }

/** @cpython tok_get. Returns the token type; fills `span` with its text. */
function tok_get(tok: tok_state, span: Span): number {
  let c: number;
  let blankline = false;
  span.start = span.end = -1;

  nextline: for (;;) {
    tok.start = -1;
    blankline = false;

    if (tok.atbol) {
      let col = 0, altcol = 0, cont_line_col = 0;
      tok.atbol = false;
      for (;;) {
        c = tok_nextc(tok);
        if (c === 0x20) { col++; altcol++; }
        else if (c === 0x09) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol = (Math.floor(altcol / ALTTABSIZE) + 1) * ALTTABSIZE;
        } else if (c === 0x0c) col = altcol = 0;
        else if (c === 0x5c) {
          cont_line_col = cont_line_col ? cont_line_col : col;
          if ((c = tok_continuation_line(tok)) === -1) return T.ERRORTOKEN;
        } else break;
      }
      tok_backup(tok, c);
      if (c === 0x23 || c === 0x0a) {
        if (col === 0 && c === 0x0a && tok.prompt !== null) blankline = false;
        else if (tok.prompt !== null && tok.lineno === 1) { blankline = false; col = altcol = 0; }
        else blankline = true;
      }
      if (!blankline && tok.level === 0) {
        col = cont_line_col ? cont_line_col : col;
        altcol = cont_line_col ? cont_line_col : altcol;
        if (col === tok.indstack[tok.indent]) {
          if (altcol !== tok.altindstack[tok.indent]) return indenterror(tok);
        } else if (col > tok.indstack[tok.indent]) {
          if (tok.indent + 1 >= MAXINDENT) {
            tok.done = E_TOODEEP;
            tok.cur = tok.inp;
            return T.ERRORTOKEN;
          }
          if (altcol <= tok.altindstack[tok.indent]) return indenterror(tok);
          tok.pendin++;
          tok.indstack[++tok.indent] = col;
          tok.altindstack[tok.indent] = altcol;
        } else {
          while (tok.indent > 0 && col < tok.indstack[tok.indent]) {
            tok.pendin--;
            tok.indent--;
          }
          if (col !== tok.indstack[tok.indent]) {
            tok.done = E_DEDENT;
            tok.cur = tok.inp;
            return T.ERRORTOKEN;
          }
          if (altcol !== tok.altindstack[tok.indent]) return indenterror(tok);
        }
      }
    }

    tok.start = tok.cur;
    if (tok.pendin !== 0) {
      if (tok.pendin < 0) { tok.pendin++; return T.DEDENT; }
      tok.pendin--;
      return T.INDENT;
    }

    again: for (;;) {
      tok.start = -1;
      do c = tok_nextc(tok); while (c === 0x20 || c === 0x09 || c === 0x0c);
      tok.start = tok.cur - 1;

      if (c === 0x23) {
        while (c !== EOF && c !== 0x0a) c = tok_nextc(tok);
        if (tok.type_comments) {
          const kind = typeComment(tok, c, blankline, span);
          if (kind !== 0) return kind;
        }
      }

      if (c === EOF) {
        if (tok.level) return T.ERRORTOKEN;
        return tok.done === E_EOF ? T.ENDMARKER : T.ERRORTOKEN;
      }

      // Names, and string prefixes.
      if (is_potential_identifier_start(c)) {
        let saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        let isQuote = false;
        for (;;) {
          if (!(saw_b || saw_u || saw_f) && (c === 0x62 || c === 0x42)) saw_b = true;
          else if (!(saw_b || saw_u || saw_r || saw_f) && (c === 0x75 || c === 0x55)) saw_u = true;
          else if (!(saw_r || saw_u) && (c === 0x72 || c === 0x52)) saw_r = true;
          else if (!(saw_f || saw_b || saw_u) && (c === 0x66 || c === 0x46)) saw_f = true;
          else break;
          c = tok_nextc(tok);
          if (c === 0x22 || c === 0x27) { isQuote = true; break; }
        }
        if (!isQuote) {
          let nonascii = false;
          while (is_potential_identifier_char(c)) {
            if (c >= 128) nonascii = true;
            c = tok_nextc(tok);
          }
          tok_backup(tok, c);
          if (nonascii && !verify_identifier(tok)) return T.ERRORTOKEN;
          span.start = tok.start;
          span.end = tok.cur;
          // 3.7 and later: `async` and `await` are always their own tokens (no async_hacks).
          if (tok.cur - tok.start === 5 && tok.buf.charCodeAt(tok.start) === 0x61) {
            if (tok.buf.startsWith("async", tok.start)) return T.ASYNC;
            if (tok.buf.startsWith("await", tok.start)) return T.AWAIT;
          }
          return T.NAME;
        }
        return scanString(tok, c, span);
      }

      if (c === 0x0a) {
        tok.atbol = true;
        if (blankline || tok.level > 0) continue nextline;
        span.start = tok.start;
        span.end = tok.cur - 1;
        tok.cont_line = false;
        return T.NEWLINE;
      }

      if (c === 0x2e) {
        c = tok_nextc(tok);
        if (isdigit(c)) return scanNumber(tok, c, span, "fraction");
        if (c === 0x2e) {
          c = tok_nextc(tok);
          if (c === 0x2e) {
            span.start = tok.start;
            span.end = tok.cur;
            return T.ELLIPSIS;
          }
          tok_backup(tok, c);
          tok_backup(tok, 0x2e);
        } else {
          tok_backup(tok, c);
        }
        span.start = tok.start;
        span.end = tok.cur;
        return T.DOT;
      }

      if (isdigit(c)) return scanNumber(tok, c, span, "start");

      if (c === 0x27 || c === 0x22) return scanString(tok, c, span);

      if (c === 0x5c) {
        if ((c = tok_continuation_line(tok)) === -1) return T.ERRORTOKEN;
        tok.cont_line = true;
        continue again;
      }
      return scanOperator(tok, c, span);
    }
  }
}

/** The type-comment part of comment skipping. Returns TYPE_COMMENT/TYPE_IGNORE or 0. */
function typeComment(tok: tok_state, c: number, blankline: boolean, span: Span): number {
  let p = tok.start;
  let k = 0;
  const b = tok.buf;
  while (k < TYPE_COMMENT_PREFIX.length && p < tok.cur) {
    const want = TYPE_COMMENT_PREFIX.charCodeAt(k);
    if (want === 0x20) {
      while (b.charCodeAt(p) === 0x20 || b.charCodeAt(p) === 0x09) p++;
    } else if (want === b.charCodeAt(p)) p++;
    else break;
    k++;
  }
  if (k < TYPE_COMMENT_PREFIX.length) return 0;
  tok_backup(tok, c);
  const ignoreEnd = p + 6;
  const after = b.charCodeAt(ignoreEnd);
  const isIgnore = tok.cur >= ignoreEnd && b.startsWith("ignore", p) &&
    !(tok.cur > ignoreEnd && (after >= 128 || /[A-Za-z0-9]/.test(b[ignoreEnd])));
  if (isIgnore) {
    span.start = ignoreEnd;
    span.end = tok.cur;
    if (blankline) {
      tok_nextc(tok);
      tok.atbol = true;
    }
    return T.TYPE_IGNORE;
  }
  span.start = p;
  span.end = tok.cur;
  return T.TYPE_COMMENT;
}

/** Numbers; `entry` says where tok_get's gotos enter (at the first digit, or after a '.'). */
function scanNumber(tok: tok_state, c: number, span: Span, entry: "start" | "fraction"): number {
  let stage: "fraction" | "exponent" | "imaginary" | "done" = "done";
  if (entry === "fraction") {
    stage = "fraction";
  } else if (c === 0x30) {
    c = tok_nextc(tok);
    if (c === 0x78 || c === 0x58) {
      c = tok_nextc(tok);
      do {
        if (c === 0x5f) c = tok_nextc(tok);
        if (!isxdigit(c)) {
          tok_backup(tok, c);
          return syntaxerror(tok, "invalid hexadecimal literal");
        }
        do c = tok_nextc(tok); while (isxdigit(c));
      } while (c === 0x5f);
      if (!verify_end_of_number(tok, c, "hexadecimal")) return T.ERRORTOKEN;
    } else if (c === 0x6f || c === 0x4f) {
      c = tok_nextc(tok);
      do {
        if (c === 0x5f) c = tok_nextc(tok);
        if (c < 0x30 || c >= 0x38) {
          if (isdigit(c)) return syntaxerror(tok, `invalid digit '${String.fromCharCode(c)}' in octal literal`);
          tok_backup(tok, c);
          return syntaxerror(tok, "invalid octal literal");
        }
        do c = tok_nextc(tok); while (c >= 0x30 && c < 0x38);
      } while (c === 0x5f);
      if (isdigit(c)) return syntaxerror(tok, `invalid digit '${String.fromCharCode(c)}' in octal literal`);
      if (!verify_end_of_number(tok, c, "octal")) return T.ERRORTOKEN;
    } else if (c === 0x62 || c === 0x42) {
      c = tok_nextc(tok);
      do {
        if (c === 0x5f) c = tok_nextc(tok);
        if (c !== 0x30 && c !== 0x31) {
          if (isdigit(c)) return syntaxerror(tok, `invalid digit '${String.fromCharCode(c)}' in binary literal`);
          tok_backup(tok, c);
          return syntaxerror(tok, "invalid binary literal");
        }
        do c = tok_nextc(tok); while (c === 0x30 || c === 0x31);
      } while (c === 0x5f);
      if (isdigit(c)) return syntaxerror(tok, `invalid digit '${String.fromCharCode(c)}' in binary literal`);
      if (!verify_end_of_number(tok, c, "binary")) return T.ERRORTOKEN;
    } else {
      let nonzero = false;
      for (;;) {
        if (c === 0x5f) {
          c = tok_nextc(tok);
          if (!isdigit(c)) {
            tok_backup(tok, c);
            return syntaxerror(tok, "invalid decimal literal");
          }
        }
        if (c !== 0x30) break;
        c = tok_nextc(tok);
      }
      const zeros_end = tok.cur;
      if (isdigit(c)) {
        nonzero = true;
        c = tok_decimal_tail(tok);
        if (c === 0) return T.ERRORTOKEN;
      }
      if (c === 0x2e) { c = tok_nextc(tok); stage = "fraction"; }
      else if (c === 0x65 || c === 0x45) stage = "exponent";
      else if (c === 0x6a || c === 0x4a) stage = "imaginary";
      else if (nonzero) {
        tok_backup(tok, c);
        return syntaxerror_range(tok,
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          codePointLength(tok.buf, tok.line_start, tok.start) + 1, codePointLength(tok.buf, tok.line_start, zeros_end));
      } else if (!verify_end_of_number(tok, c, "decimal")) return T.ERRORTOKEN;
    }
  } else {
    c = tok_decimal_tail(tok);
    if (c === 0) return T.ERRORTOKEN;
    if (c === 0x2e) { c = tok_nextc(tok); stage = "fraction"; }
    else if (c === 0x65 || c === 0x45) stage = "exponent";
    else if (c === 0x6a || c === 0x4a) stage = "imaginary";
    else if (!verify_end_of_number(tok, c, "decimal")) return T.ERRORTOKEN;
  }

  if (stage === "fraction") {
    if (isdigit(c)) {
      c = tok_decimal_tail(tok);
      if (c === 0) return T.ERRORTOKEN;
    }
    if (c === 0x65 || c === 0x45) stage = "exponent";
    else if (c === 0x6a || c === 0x4a) stage = "imaginary";
    else {
      if (!verify_end_of_number(tok, c, "decimal")) return T.ERRORTOKEN;
      stage = "done";
    }
  }
  if (stage === "exponent") {
    const e = c;
    c = tok_nextc(tok);
    if (c === 0x2b || c === 0x2d) {
      c = tok_nextc(tok);
      if (!isdigit(c)) {
        tok_backup(tok, c);
        return syntaxerror(tok, "invalid decimal literal");
      }
    } else if (!isdigit(c)) {
      tok_backup(tok, c);
      if (!verify_end_of_number(tok, e, "decimal")) return T.ERRORTOKEN;
      tok_backup(tok, e);
      span.start = tok.start;
      span.end = tok.cur;
      return T.NUMBER;
    }
    c = tok_decimal_tail(tok);
    if (c === 0) return T.ERRORTOKEN;
    if (c === 0x6a || c === 0x4a) stage = "imaginary";
    else {
      if (!verify_end_of_number(tok, c, "decimal")) return T.ERRORTOKEN;
      stage = "done";
    }
  }
  if (stage === "imaginary") {
    c = tok_nextc(tok);
    if (!verify_end_of_number(tok, c, "imaginary")) return T.ERRORTOKEN;
  }
  tok_backup(tok, c);
  span.start = tok.start;
  span.end = tok.cur;
  return T.NUMBER;
}

/** A string literal from its opening quote `c` (any prefix is already consumed). */
function scanString(tok: tok_state, c: number, span: Span): number {
  const quote = c;
  let quote_size = 1;
  let end_quote_size = 0;
  tok.first_lineno = tok.lineno;
  tok.multi_line_start = tok.line_start;
  tok.multi_line_ascii = tok.line_ascii;
  c = tok_nextc(tok);
  if (c === quote) {
    c = tok_nextc(tok);
    if (c === quote) quote_size = 3;
    else end_quote_size = 1;
  }
  if (c !== quote) tok_backup(tok, c);
  while (end_quote_size !== quote_size) {
    c = tok_nextc(tok);
    if (c === EOF || (quote_size === 1 && c === 0x0a)) {
      tok.cur = tok.start + 1;
      tok.line_start = tok.multi_line_start;
      const start = tok.lineno;
      tok.lineno = tok.first_lineno;
      if (quote_size === 3) {
        syntaxerror(tok, `unterminated triple-quoted string literal (detected at line ${start})`);
      } else {
        syntaxerror(tok, `unterminated string literal (detected at line ${start})`);
      }
      return T.ERRORTOKEN;
    }
    if (c === quote) end_quote_size += 1;
    else {
      end_quote_size = 0;
      if (c === 0x5c) tok_nextc(tok);
    }
  }
  span.start = tok.start;
  span.end = tok.cur;
  return T.STRING;
}

/** Operators and brackets; keeps the bracket stack. */
function scanOperator(tok: tok_state, c: number, span: Span): number {
  const c2 = tok_nextc(tok);
  let token = twoChars(c, c2);
  if (token !== T.OP) {
    const c3 = tok_nextc(tok);
    const token3 = threeChars(c, c2, c3);
    if (token3 !== T.OP) token = token3;
    else tok_backup(tok, c3);
    span.start = tok.start;
    span.end = tok.cur;
    return token;
  }
  tok_backup(tok, c2);

  switch (c) {
    case 0x28: case 0x5b: case 0x7b:
      if (tok.level >= MAXLEVEL) return syntaxerror(tok, "too many nested parentheses");
      tok.parenstack[tok.level] = c;
      tok.parenlinenostack[tok.level] = tok.lineno;
      tok.parencolstack[tok.level] = tok.line_ascii ? tok.start - tok.line_start : utf8Length(tok.buf, tok.line_start, tok.start);
      tok.level++;
      break;
    case 0x29: case 0x5d: case 0x7d: {
      if (!tok.level) return syntaxerror(tok, `unmatched '${String.fromCharCode(c)}'`);
      tok.level--;
      const opening = tok.parenstack[tok.level];
      if (!((opening === 0x28 && c === 0x29) || (opening === 0x5b && c === 0x5d) || (opening === 0x7b && c === 0x7d))) {
        const o = String.fromCharCode(opening), cl = String.fromCharCode(c);
        if (tok.parenlinenostack[tok.level] !== tok.lineno) {
          return syntaxerror(tok, `closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${tok.parenlinenostack[tok.level]}`);
        }
        return syntaxerror(tok, `closing parenthesis '${cl}' does not match opening parenthesis '${o}'`);
      }
      break;
    }
  }
  if (!_PyUnicode_IsPrintable(c)) {
    return syntaxerror(tok, `invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  span.start = tok.start;
  span.end = tok.cur;
  return oneChar(c);
}

// The operator tables of Parser/token.c, from the generated token table.
function oneChar(c: number): number {
  return T.EXACT_TOKEN_TYPES.get(String.fromCharCode(c)) ?? T.OP;
}
function twoChars(c1: number, c2: number): number {
  if (c2 === EOF) return T.OP;
  const s = String.fromCharCode(c1, c2);
  return s === "<>" ? T.NOTEQUAL : T.EXACT_TOKEN_TYPES.get(s) ?? T.OP;
}
function threeChars(c1: number, c2: number, c3: number): number {
  if (c3 === EOF) return T.OP;
  return T.EXACT_TOKEN_TYPES.get(String.fromCharCode(c1, c2, c3)) ?? T.OP;
}

// ---------------------------------------------------------------- the parser's view

const span = new Span();

/**
 * @cpython _PyTokenizer_Get plus pegen's initialize_token: the next token with its text and
 * its position (lines 1-based, columns in UTF-8 bytes; a STRING starts on the line where its
 * opening quote is).
 */
export function _PyTokenizer_Get(tok: tok_state): Token {
  const type = tok_get(tok, span);
  const b = tok.buf;
  const start = span.start, end = span.end;
  const text = start >= 0 && end >= start ? b.slice(start, end) : "";
  const lineno = type === T.STRING ? tok.first_lineno : tok.lineno;
  const lineStart = type === T.STRING ? tok.multi_line_start : tok.line_start;
  const startAscii = type === T.STRING ? tok.multi_line_ascii : tok.line_ascii;
  let col = -1, endCol = -1;
  if (start >= 0 && start >= lineStart) {
    col = startAscii ? start - lineStart : utf8Length(b, lineStart, start);
  }
  if (end >= 0 && end >= tok.line_start) {
    endCol = tok.line_ascii ? end - tok.line_start : utf8Length(b, tok.line_start, end);
  }
  return new Token(type, text, lineno, col, tok.lineno, endCol, tok.level);
}
