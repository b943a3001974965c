/**
 * @mirrors Parser/pegen_errors.c
 *
 * How the parser turns failure into a SyntaxError: tokenizer status codes become messages
 * ("unindent does not match any outer indentation level", "'(' was never closed"); a
 * parse that simply found no matching rule reports "invalid syntax" at the furthest token
 * the first pass reached, unless scanning the rest of the file turns up a tokenizer error
 * or an earlier unclosed bracket that explains it better. Positions come in as UTF-8 byte
 * columns (as tokens carry them) and go out as 1-based character offsets (as SyntaxError
 * reports them).
 */
import type { Parser } from "./pegen.ts";
import type { Token } from "./pegen_token.ts";
import * as T from "./token.generated.ts";
import { _PyTokenizer_Get } from "./tokenizer.ts";
import { E_OK, E_DONE, E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_TOKEN, E_ERROR } from "../Include/errcode.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";

/** Marks an end column as "where the tokenizer is now" (CPython's CURRENT_POS). */
export const CURRENT_POS = -5;

/** @cpython _PyPegen_byte_offset_to_character_offset */
export function _PyPegen_byte_offset_to_character_offset(line: string, col_offset: number): number {
  const bytes = Buffer.from(line, "utf8");
  if (col_offset > bytes.length + 1) col_offset = bytes.length + 1;
  if (col_offset <= 0) return col_offset < 0 ? 0 : 0;
  const text = bytes.subarray(0, col_offset).toString("utf8");
  return [...text].length;
}

/** The text of source line `lineno` as CPython shows it in a SyntaxError. */
function errorLine(p: Parser, lineno: number): string {
  return p.tok.getLine(lineno) ?? "";
}

/** @cpython _PyPegen_raise_error_known_location. Byte columns in; sets p.error unless one is set. */
export function _PyPegen_raise_error_known_location(
  p: Parser, errtype: string, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number, msg: string,
): null {
  p.error_indicator = 1;
  if (p.error) return null;
  if (end_lineno === CURRENT_POS) end_lineno = p.tok.lineno;
  if (end_col_offset === CURRENT_POS) end_col_offset = Buffer.byteLength(p.tok.buf.slice(p.tok.line_start, p.tok.cur));
  if (p.start_rule === 800 /* Py_fstring_input */) {
    msg = "f-string: " + msg;
    col_offset -= p.starting_col_offset;
    end_col_offset -= p.starting_col_offset;
  }
  let text = errorLine(p, p.start_rule === 800 ? lineno - p.starting_lineno + 1 : lineno);
  if (p.start_rule === 800 && !text) text = p.tok.buf;
  let col = col_offset;
  let end_col = end_col_offset;
  if (p.tok.encoding !== null) {
    col = _PyPegen_byte_offset_to_character_offset(text, col_offset);
    if (end_col > 0) end_col = _PyPegen_byte_offset_to_character_offset(text, end_col);
  }
  p.error = new PyFrontEndError(errtype, msg, {
    filename: p.tok.filename, lineno, offset: col, text, end_lineno, end_offset: end_col,
  });
  return null;
}

/** @cpython _PyPegen_raise_error: at the token where the parser stopped (or was told to report). */
export function RAISE_ERROR(p: Parser, errtype: string, msg: string): null {
  if (p.error_indicator && p.error) return null;
  if (p.fill === 0) return _PyPegen_raise_error_known_location(p, errtype, 0, 0, 0, -1, msg);
  const t = p.known_err_token ?? p.tokens[p.fill - 1];
  let col_offset: number;
  let end_col_offset = -1;
  if (t.col_offset === -1) {
    // A file's tokenizer has emptied its buffer at end of input, so the column is 0 there.
    const atStart = p.tok.cur === 0 || (p.tok.fp && p.tok.buf_reset);
    col_offset = atStart ? 0 : Buffer.byteLength(p.tok.buf.slice(p.tok.line_start, p.tok.cur));
  } else {
    col_offset = t.col_offset + 1;
  }
  if (t.end_col_offset !== -1) end_col_offset = t.end_col_offset + 1;
  return _PyPegen_raise_error_known_location(p, errtype, t.lineno, col_offset, t.end_lineno, end_col_offset, msg);
}

export const RAISE_SYNTAX_ERROR = (p: Parser, msg: string) => RAISE_ERROR(p, "SyntaxError", msg);
export const RAISE_INDENTATION_ERROR = (p: Parser, msg: string) => RAISE_ERROR(p, "IndentationError", msg);

interface Located { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** @cpython RAISE_ERROR_KNOWN_LOCATION (pegen.h) */
export function RAISE_ERROR_KNOWN_LOCATION(p: Parser, errtype: string, lineno: number, col_offset: number,
  end_lineno: number, end_col_offset: number, msg: string): null {
  const end_col = end_col_offset === CURRENT_POS ? CURRENT_POS : end_col_offset + 1;
  return _PyPegen_raise_error_known_location(p, errtype, lineno, col_offset + 1, end_lineno, end_col, msg);
}

/** @cpython RAISE_SYNTAX_ERROR_KNOWN_LOCATION */
export function RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p: Parser, a: Located, msg: string): null {
  return RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
}

/** @cpython RAISE_SYNTAX_ERROR_KNOWN_RANGE */
export function RAISE_SYNTAX_ERROR_KNOWN_RANGE(p: Parser, a: Located, b: Located, msg: string): null {
  return RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
}

/** @cpython RAISE_SYNTAX_ERROR_STARTING_FROM */
export function RAISE_SYNTAX_ERROR_STARTING_FROM(p: Parser, a: Located, msg: string): null {
  return RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
}

/** @cpython raise_unclosed_parentheses_error */
function raise_unclosed_parentheses_error(p: Parser): void {
  const tok = p.tok;
  const lineno = tok.parenlinenostack[tok.level - 1];
  const col = tok.parencolstack[tok.level - 1];
  RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", lineno, col, lineno, -1,
    `'${String.fromCharCode(tok.parenstack[tok.level - 1])}' was never closed`);
}

/** @cpython _Pypegen_tokenizer_error. Always returns -1. */
export function _Pypegen_tokenizer_error(p: Parser): number {
  p.error_indicator = 1;
  const tok = p.tok;
  if (tok.error) {
    if (!p.error) p.error = tok.error;
    return -1;
  }
  if (p.error) return -1;
  let msg: string;
  let errtype = "SyntaxError";
  let col_offset = -1;
  switch (tok.done) {
    case E_TOKEN: msg = "invalid token"; break;
    case E_EOF:
      if (tok.level) raise_unclosed_parentheses_error(p);
      else RAISE_SYNTAX_ERROR(p, "unexpected EOF while parsing");
      return -1;
    case E_DEDENT:
      RAISE_INDENTATION_ERROR(p, "unindent does not match any outer indentation level");
      return -1;
    case E_TABSPACE: errtype = "TabError"; msg = "inconsistent use of tabs and spaces in indentation"; break;
    case E_TOODEEP: errtype = "IndentationError"; msg = "too many levels of indentation"; break;
    case E_LINECONT:
      col_offset = Buffer.byteLength(tok.buf.slice(tok.line_start, tok.cur)) - 1;
      msg = "unexpected character after line continuation character";
      break;
    default: msg = "unknown parsing error";
  }
  RAISE_ERROR_KNOWN_LOCATION(p, errtype, tok.lineno, col_offset >= 0 ? col_offset : 0, tok.lineno, -1, msg);
  return -1;
}

/** @cpython _PyPegen_tokenize_full_source_to_check_for_errors */
export function _PyPegen_tokenize_full_source_to_check_for_errors(p: Parser): void {
  if (p.tok.prompt !== null) return;
  const saved = p.error;
  const current: Token = p.known_err_token ?? p.tokens[p.fill - 1];
  const current_err_line = current.lineno;
  p.error = null;
  p.tok.error = null;
  for (;;) {
    const t = _PyTokenizer_Get(p.tok);
    if (t.type === T.ERRORTOKEN) {
      if (p.tok.error) {
        p.error = p.tok.error;
      } else if (p.tok.level !== 0) {
        const error_lineno = p.tok.parenlinenostack[p.tok.level - 1];
        if (current_err_line > error_lineno) raise_unclosed_parentheses_error(p);
      }
      break;
    }
    if (t.type === T.ENDMARKER) break;
  }
  if (!p.error) p.error = saved;
}

/** @cpython _Pypegen_set_syntax_error */
export function _Pypegen_set_syntax_error(p: Parser, last_token: Token): void {
  if (p.error) {
    const is_tok_ok = p.tok.done === E_DONE || p.tok.done === E_OK;
    if (is_tok_ok && p.error.type === "SyntaxError") _PyPegen_tokenize_full_source_to_check_for_errors(p);
    return;
  }
  if (p.fill === 0) {
    RAISE_SYNTAX_ERROR(p, "error at start before reading any input");
    return;
  }
  if (last_token.type === T.ERRORTOKEN && p.tok.done === E_EOF) {
    if (p.tok.level) raise_unclosed_parentheses_error(p);
    else RAISE_SYNTAX_ERROR(p, "unexpected EOF while parsing");
    return;
  }
  if (last_token.type === T.INDENT || last_token.type === T.DEDENT) {
    RAISE_INDENTATION_ERROR(p, last_token.type === T.INDENT ? "unexpected indent" : "unexpected unindent");
    return;
  }
  RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, last_token, "invalid syntax");
  _PyPegen_tokenize_full_source_to_check_for_errors(p);
  void E_ERROR;
}
