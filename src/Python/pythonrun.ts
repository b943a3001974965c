/**
 * @mirrors Python/pythonrun.c
 *
 * Compiling source to a code object, running a file as __main__, and printing what went
 * wrong. Today the pipeline stops after the compiler: a file with a syntax error (from the
 * parser, the symbol table or the compiler) is reported exactly as CPython reports it, and
 * a file that compiles cannot be run yet (the eval loop is issue 5).
 *
 * A SyntaxError prints as
 *
 *     File "x.py", line 3
 *       x = (1,
 *           ^
 *   SyntaxError: '(' was never closed
 *
 * the source line stripped of leading whitespace and a caret line from `offset` to
 * `end_offset`. A quirk kept on purpose: CPython counts the offset in
 * characters but walks the line as UTF-8 bytes, so carets under non-ASCII text drift
 * exactly as they do in CPython.
 */
import type { Host } from "../Host/host.ts";
import { PyFrontEndError, type SyntaxErrorFields } from "../Include/pyerrors.ts";
import { _PyParser_ASTFromFile } from "../Parser/peg_api.ts";
import type { PyCodeObject } from "../Objects/codeobject.ts";
import { _PyAST_Compile, type CompilerWarning } from "./compile.ts";

/** @cpython print_error_text */
function print_error_text(out: string[], offset: number, end_offset: number, textObj: string): void {
  const caret_repetitions = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  let text = Buffer.from(textObj, "utf8");
  offset--;
  let start = 0;
  while (start < text.length && (text[start] === 0x20 || text[start] === 0x09 || text[start] === 0x0c)) {
    start++;
    offset--;
  }
  text = text.subarray(start);
  let len = text.length;
  if (len > 0 && text[len - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf(0x0a);
    if (nl < 0) break;
    let inl = nl;
    if (inl >= offset) break;
    inl += 1;
    text = text.subarray(inl);
    len -= inl;
    offset -= inl;
  }
  let line = "    " + text.toString("utf8");
  if (text[len] !== 0x0a) line += "\n";
  out.push(line);
  if (offset < 0) return;
  out.push("    " + " ".repeat(offset) + "^".repeat(caret_repetitions) + "\n");
}

/** @cpython print_exception_file_and_line, for a SyntaxError's location. */
function printSyntaxLocation(out: string[], type: string, s: SyntaxErrorFields): void {
  out.push(`  File "${s.filename}", line ${s.lineno}\n`);
  if (s.text === null) return;
  // CPython 3.11.7 marks an IndentationError (and TabError) with a single caret.
  let end_offset = type === "IndentationError" || type === "TabError" ? -1 : s.end_offset;
  const lineSize = Buffer.byteLength(s.text, "utf8");
  if (s.end_lineno > s.lineno) end_offset = lineSize;
  if (end_offset > lineSize + 1) end_offset = lineSize + 1;
  print_error_text(out, s.offset, end_offset, s.text);
}

/** @cpython PyErr_Display (for errors raised by the front end): what CPython writes to stderr. */
export function PyErr_Display(host: Host, err: PyFrontEndError): void {
  const out: string[] = [];
  if (err.syntax) printSyntaxLocation(out, err.type, err.syntax);
  out.push(err.msg ? `${err.type}: ${err.msg}\n` : `${err.type}\n`);
  host.writeStderr(out.join(""));
}

/** The absolute form of a path: CPython names the main script by it (since 3.9). */
function absolutePath(host: Host, filename: string): string {
  if (filename.startsWith("/")) return filename;
  return `${host.cwd()}/${filename}`.replace(/\/\.\//g, "/");
}

/** @cpython _PyRun_AnyFileObject: runs FILE as __main__; returns the exit status. */
export function runFile(host: Host, path: string, _argv: readonly string[], optimize = 0): number {
  const filename = absolutePath(host, path);
  const bytes = host.readFile(filename);
  if (!(bytes instanceof Uint8Array)) {
    const errno = bytes.errno === "ENOENT" ? 2 : bytes.errno === "EACCES" ? 13 : bytes.errno === "EISDIR" ? 21 : 5;
    host.writeStderr(`typhon: can't open file '${filename}': [Errno ${errno}] ${bytes.strerror}\n`);
    return 2;
  }
  if (bytes.includes(0)) {
    // A file (unlike a string given to compile()) with a NUL byte is a SyntaxError in 3.11.
    PyErr_Display(host, new PyFrontEndError("SyntaxError", "source code cannot contain null bytes"));
    return 1;
  }
  const warn = (w: CompilerWarning) => host.writeStderr(formatCompilerWarning(bytes, filename, w));
  const compiled = Py_CompileBytes(bytes, filename, "exec", { file_input: true, warn, optimize });
  if (compiled instanceof PyFrontEndError) {
    PyErr_Display(host, compiled);
    return 1;
  }
  host.writeStderr("typhon: cannot run programs yet (the eval loop is not written)\n");
  return 2;
}

/** The text of line `lineno` (1-based) of a source, with its newline, or null (@cpython PyErr_ProgramTextObject). */
export function sourceLine(source: Uint8Array, lineno: number): string | null {
  let start = 0;
  for (let n = 1; n < lineno; n++) {
    const nl = source.indexOf(0x0a, start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= source.length && lineno > 1) return null;
  let end = source.indexOf(0x0a, start);
  end = end < 0 ? source.length : end + 1;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(source.subarray(start, end));
  } catch {
    return null;
  }
}

/**
 * Source bytes to a code object: parse, then compile (@cpython Py_CompileStringObject).
 * SyntaxErrors found after parsing carry the offending source line, read from `source`;
 * SyntaxWarnings go to `warn` as the compiler raises them.
 */
export function Py_CompileBytes(
  source: Uint8Array, filename: string, mode: "exec" | "eval" | "single",
  options: { optimize?: number; file_input?: boolean; warn?: (w: CompilerWarning) => void } = {},
): PyCodeObject | PyFrontEndError {
  const tree = _PyParser_ASTFromFile(source, filename, mode, { file_input: options.file_input ?? false });
  if (tree instanceof PyFrontEndError) return tree;
  const error = (msg: string, lineno: number, offset: number, end_lineno = lineno, end_offset = offset): PyFrontEndError =>
    new PyFrontEndError("SyntaxError", msg, { filename, lineno, offset, text: sourceLine(source, lineno), end_lineno, end_offset });
  try {
    return _PyAST_Compile(tree, filename, error, { optimize: options.optimize, warn: options.warn });
  } catch (e) {
    if (e instanceof PyFrontEndError) return e;
    throw e;
  }
}

/** How warnings.showwarning prints a SyntaxWarning from the compiler. */
export function formatCompilerWarning(source: Uint8Array, filename: string, w: CompilerWarning): string {
  const line = sourceLine(source, w.lineno);
  const text = line === null ? "" : `  ${line.trim()}\n`;
  return `${filename}:${w.lineno}: SyntaxWarning: ${w.message}\n${text}`;
}
