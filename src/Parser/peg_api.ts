/**
 * @mirrors Parser/peg_api.c
 * PLACEHOLDER (issue 3): the parser entry points; the PEG parser is being written.
 */
import type { mod } from "../Python/Python-ast.generated.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";

export type ParseMode = "exec" | "eval" | "single" | "func_type" | "fstring";

export interface ParseFlags {
  /** PyCF_TYPE_COMMENTS: keep type comments in the AST. */
  type_comments?: boolean;
  /** ast.parse(feature_version=...): the minor version, 3.x; default 11. */
  feature_version?: number;
}

/** @cpython _PyParser_ASTFromFile. Decodes the bytes (BOM, coding cookie) and parses them. */
export function _PyParser_ASTFromFile(
  _source: Uint8Array, filename: string, _mode: ParseMode, _flags: ParseFlags = {},
): mod | PyFrontEndError {
  return new PyFrontEndError("SystemError", `parser not built yet (${filename})`);
}

/** @cpython _PyParser_ASTFromString. Parses already-decoded text (compile(str), f-string parts). */
export function _PyParser_ASTFromString(
  _source: string, filename: string, _mode: ParseMode, _flags: ParseFlags = {},
): mod | PyFrontEndError {
  return new PyFrontEndError("SystemError", `parser not built yet (${filename})`);
}
