/**
 * @mirrors Python/future.c
 * Reads the `from __future__ import ...` statements at the top of a module: which
 * features change compilation (annotations, barry_as_FLUFL), and the errors for an
 * unknown feature or a future import that comes too late in the first pass.
 */
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from "../Objects/codeobject.ts";
import {
  Constant, Expr, ImportFrom, mod, mod_kind, Module, Interactive, stmt, stmt_kind,
} from "./Python-ast.generated.ts";

export interface PyFutureFeatures {
  ff_features: number;
  ff_lineno: number;
}

/** Features that are always on in 3.11 (accepted, no flag). */
const ALWAYS_ON = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "generator_stop",
]);

/** A function that makes a SyntaxError at a position (1-based offset), with its source line. */
export type SyntaxErrorMaker = (msg: string, lineno: number, offset: number, end_lineno?: number, end_offset?: number) => PyFrontEndError;

/** @cpython future_check_features */
function future_check_features(ff: PyFutureFeatures, s: ImportFrom, error: SyntaxErrorMaker): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (ALWAYS_ON.has(feature)) continue;
    if (feature === "barry_as_FLUFL") ff.ff_features |= CO_FUTURE_BARRY_AS_BDFL;
    else if (feature === "annotations") ff.ff_features |= CO_FUTURE_ANNOTATIONS;
    else if (feature === "braces") throw error("not a chance", s.lineno, s.col_offset + 1);
    else throw error(`future feature ${feature} is not defined`, s.lineno, s.col_offset + 1);
  }
}

/** The docstring of a body, if its first statement is a string constant (_PyAST_GetDocString). */
export function _PyAST_GetDocString(body: stmt[]): string | null {
  if (!body.length) return null;
  const st = body[0];
  if (st._kind !== stmt_kind.Expr_kind) return null;
  const e = (st as Expr).value;
  if (e instanceof Constant && typeof e.value === "string") return e.value;
  return null;
}

/** @cpython _PyFuture_FromAST */
export function _PyFuture_FromAST(m: mod, error: SyntaxErrorMaker): PyFutureFeatures {
  const ff: PyFutureFeatures = { ff_features: 0, ff_lineno: -1 };
  if (m._kind !== mod_kind.Module_kind && m._kind !== mod_kind.Interactive_kind) return ff;
  const body = (m as Module | Interactive).body;
  let done = false;
  let prevLine = 0;
  for (let i = _PyAST_GetDocString(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._kind === stmt_kind.ImportFrom_kind && (s as ImportFrom).module === "__future__") {
      // Several statements on one line: a late future import there is caught here.
      if (done) throw error("from __future__ imports must occur at the beginning of the file", s.lineno, s.col_offset);
      future_check_features(ff, s as ImportFrom, error);
      ff.ff_lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
