/**
 * @mirrors Parser/peg_api.c
 *
 * The parser's front doors: source bytes (decoded by the tokenizer: BOM, coding cookie)
 * or already-decoded text, in one of the parse modes, to an AST or the error CPython
 * would raise.
 */
import type { mod } from "../Python/Python-ast.generated.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { tok_state, _PyTokenizer_FromString } from "./tokenizer.ts";
import { _PyTokenizer_FromFile } from "./tokenizer_decoding.ts";
import {
  _PyPegen_Parser_New, _PyPegen_run_parser, Py_file_input, Py_eval_input, Py_single_input,
  Py_func_type_input, Py_fstring_input, PyPARSE_TYPE_COMMENTS,
} from "./pegen.ts";

export type ParseMode = "exec" | "eval" | "single" | "func_type" | "fstring";

export interface ParseFlags {
  /** PyCF_TYPE_COMMENTS: keep type comments in the AST. */
  type_comments?: boolean;
  /** ast.parse(feature_version=...): the minor version, 3.x; default 11. */
  feature_version?: number;
  /** Parsing a file being run (CPython reads it with a FILE*), not a string given to compile(). */
  file_input?: boolean;
}

const START: Record<ParseMode, number> = {
  exec: Py_file_input, eval: Py_eval_input, single: Py_single_input, func_type: Py_func_type_input, fstring: Py_fstring_input,
};

function run(tok: tok_state, mode: ParseMode, flags: ParseFlags): mod | PyFrontEndError {
  const p = _PyPegen_Parser_New(tok, START[mode], flags.type_comments ? PyPARSE_TYPE_COMMENTS : 0, flags.feature_version ?? 11);
  const result = _PyPegen_run_parser(p);
  if (result === null) return p.error ?? new PyFrontEndError("SystemError", "parser failed without setting an error");
  return result as mod;
}

/** A NUL byte ends C strings, so CPython refuses source that contains one (3.11.7: a SyntaxError). */
function nulError(): PyFrontEndError {
  return new PyFrontEndError("SyntaxError", "source code string cannot contain null bytes");
}

/** @cpython _PyParser_ASTFromFile. Decodes the bytes (BOM, coding cookie) and parses them. */
export function _PyParser_ASTFromFile(source: Uint8Array, filename: string, mode: ParseMode, flags: ParseFlags = {}): mod | PyFrontEndError {
  if (source.includes(0)) return nulError();
  const tok = _PyTokenizer_FromFile(source, filename, mode !== "single", flags.file_input ?? false);
  if (tok instanceof PyFrontEndError) return tok;
  tok.fp = flags.file_input ?? false;
  return run(tok, mode, flags);
}

/** @cpython _PyParser_ASTFromString. Parses already-decoded text (compile(str), f-string parts). */
export function _PyParser_ASTFromString(source: string, filename: string, mode: ParseMode, flags: ParseFlags = {}): mod | PyFrontEndError {
  if (source.includes("\0")) return nulError();
  return run(_PyTokenizer_FromString(source, mode !== "single", filename), mode, flags);
}
