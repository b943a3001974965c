/**
 * @mirrors Python/pythonrun.c
 *
 * Compiling source to a code object, running a file as __main__, and printing what went
 * wrong: a syntax error from the parser, the symbol table or the compiler, or an uncaught
 * exception (with its traceback), exactly as CPython reports it; SystemExit gives the exit
 * status.
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
import { Py_DECREF, type PyObject } from "../Include/object.ts";
import { Py_InitializeFromConfig, add_main_module } from "./pylifecycle.ts";
import type { PyThreadState } from "./pystate.ts";
import { PyModule_GetDict, _PyModule_ClearDict } from "../Objects/moduleobject.ts";
import { PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { Py_None, PyObject_Str } from "../Objects/object.ts";
import { codeOf } from "../Objects/codeobject_runtime.ts";
import { PyEval_EvalCode } from "./ceval.ts";
import { PyErr_Fetch } from "./errors.ts";
import { PyType_IsSubtype } from "../Objects/typeobject.ts";
import { PyExc_SystemExit } from "../Objects/exceptions.ts";
import { PyLong_Check, type PyLongObject } from "../Objects/longobject.ts";
import { PyErr_DisplayException } from "./traceback.ts";
import { PyImport_ImportModule } from "./import.ts";
import { MAGIC_NUMBER, MarshalError, readPyc } from "./marshal.ts";
import type { PyDictObject } from "../Objects/dictobject.ts";

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

/** How the program to run was given, with what sys.argv and flags. */
export interface RunRequest {
  optimize: number;
  /** sys.argv */
  argv: string[];
  /** -i: the interactive prompt after the program (or instead of one). */
  inspect: boolean;
}

function initRuntime(host: Host, req: RunRequest): PyThreadState {
  return Py_InitializeFromConfig(host, {
    optimization_level: req.optimize, hash_seed: hashSeed(host), argv: req.argv,
    orig_argv: ["typhon", ...host.argv], executable: "/usr/local/bin/typhon",
  });
}

/**
 * Compile `bytes` and run it as __main__ (@cpython _PyRun_SimpleStringFlagsWithName /
 * pyrun_file). Returns the exit status; with -i the prompt follows.
 */
function runMain(host: Host, bytes: Uint8Array, filename: string, file: string | null, req: RunRequest): number {
  if (bytes.includes(0)) {
    // A file (unlike a string given to compile()) with a NUL byte is a SyntaxError in 3.11.
    PyErr_Display(host, new PyFrontEndError("SyntaxError", "source code cannot contain null bytes"));
    return 1;
  }
  // The runtime first: the hash seed decides the order of constant frozensets.
  const tstate = initRuntime(host, req);
  const warn = (w: CompilerWarning) => host.writeStderr(formatCompilerWarning(bytes, filename, w));
  const compiled = Py_CompileBytes(bytes, filename, "exec", { file_input: true, warn, optimize: req.optimize });
  const main = add_main_module(tstate.interp);
  const d = PyModule_GetDict(main);
  if (compiled instanceof PyFrontEndError) {
    PyErr_Display(host, compiled);
    return req.inspect ? runInteractive(host, tstate, d) : 1;
  }
  if (file !== null) {
    PyDict_SetItemString(d, "__file__", PyUnicode_FromString(file));
    PyDict_SetItemString(d, "__cached__", Py_None);
  }
  const result = PyEval_EvalCode(codeOf(compiled), d, d);
  let status = 0;
  if (result === null) status = handleUncaught(tstate);
  else Py_DECREF(result);
  if (req.inspect && !exitRequested) status = runInteractive(host, tstate, d);
  Py_FinalizeMain(tstate, d);
  return status;
}

/** @cpython Py_FinalizeEx (the part that shows): __main__'s globals are released in order. */
function Py_FinalizeMain(tstate: PyThreadState, d: PyDictObject): void {
  _PyModule_ClearDict(d);
  if (tstate.curexc !== null) PyErr_Fetch();
}

/** @cpython _PyRun_AnyFileObject: runs FILE as __main__; returns the exit status. */
export function runFile(host: Host, path: string, argv: readonly string[], optimize = 0, inspect = false): number {
  const filename = absolutePath(host, path);
  const bytes = host.readFile(filename);
  if (!(bytes instanceof Uint8Array)) {
    const errno = bytes.errno === "ENOENT" ? 2 : bytes.errno === "EACCES" ? 13 : bytes.errno === "EISDIR" ? 21 : 5;
    host.writeStderr(`typhon: can't open file '${filename}': [Errno ${errno}] ${bytes.strerror}\n`);
    return 2;
  }
  const req = { optimize, argv: [path, ...argv.slice(1)], inspect };
  if (maybe_pyc_file(bytes)) return run_pyc_file(host, bytes, filename, req);
  return runMain(host, bytes, filename, filename, req);
}

/** @cpython maybe_pyc_file: a compiled file starts with the magic number. */
function maybe_pyc_file(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && MAGIC_NUMBER.every((b, i) => bytes[i] === b);
}

/** @cpython run_pyc_file: run a .pyc (typhon's or CPython's: the formats are the same, DESIGN D1). */
function run_pyc_file(host: Host, bytes: Uint8Array, filename: string, req: RunRequest): number {
  let code: PyCodeObject;
  try {
    code = readPyc(bytes).code;
  } catch (e) {
    if (!(e instanceof MarshalError)) throw e;
    host.writeStderr(`${e.pyType}: ${e.message}\n`);
    return 1;
  }
  const tstate = initRuntime(host, req);
  const main = add_main_module(tstate.interp);
  const d = PyModule_GetDict(main);
  PyDict_SetItemString(d, "__file__", PyUnicode_FromString(filename));
  PyDict_SetItemString(d, "__cached__", Py_None);
  const result = PyEval_EvalCode(codeOf(code), d, d);
  let status = 0;
  if (result === null) status = handleUncaught(tstate);
  else Py_DECREF(result);
  Py_FinalizeMain(tstate, d);
  return status;
}

/** @cpython pymain_run_command: `-c CMD`. */
export function runCommand(host: Host, command: string, argv: readonly string[], optimize = 0, inspect = false): number {
  return runMain(host, Buffer.from(command + "\n", "utf8"), "<string>", null, { optimize, argv: ["-c", ...argv], inspect });
}

/** @cpython pymain_run_stdin: a program piped to standard input (or `-`). */
export function runStdin(host: Host, argv: readonly string[], optimize = 0, inspect = false): number {
  if (host.stdinIsTTY?.() ?? false) {
    const tstate = initRuntime(host, { optimize, argv: ["", ...argv.slice(1)], inspect: true });
    const main = add_main_module(tstate.interp);
    host.writeStderr(`Python 3.11.7 (typhon) [TypeScript] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`);
    return runInteractive(host, tstate, PyModule_GetDict(main));
  }
  const bytes = host.readAllStdin?.() ?? new Uint8Array(0);
  return runMain(host, bytes, "<stdin>", null, { optimize, argv: argv.length ? [...argv] : [""], inspect });
}

/** @cpython pymain_run_module: `-m MOD` (modules importable at this stage). */
export function runModule(host: Host, modname: string, argv: readonly string[], optimize = 0): number {
  const tstate = initRuntime(host, { optimize, argv: ["-m", ...argv], inspect: false });
  const m = PyImport_ImportModule(modname);
  if (m === null) {
    const exc = PyErr_Fetch();
    const msg = exc === null ? "" : (PyObject_Str(exc) as PyUnicodeObject | null)?.str ?? "";
    host.writeStderr(`/usr/local/bin/typhon: ${msg.startsWith("No module named") ? msg : `Error while finding module specification for '${modname}' (${exc?.ob_type.tp_name}: ${msg})`}\n`);
    void tstate;
    return 1;
  }
  host.writeStderr(`/usr/local/bin/typhon: No code object available for ${modname}\n`);
  Py_DECREF(m);
  return 1;
}

let exitRequested = false;

/** Whether a compile error only means the statement is not finished yet (codeop's test). */
function isIncomplete(err: PyFrontEndError, source: string): boolean {
  const m = err.msg ?? "";
  if (/was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted/.test(m)) return true;
  return /:\s*$/.test(source.trimEnd()) || /\\\n$/.test(source);
}

/**
 * @cpython PyRun_InteractiveLoopFlags: the `>>>` prompt. Each statement is compiled in
 * "single" mode (expression results are echoed through sys.displayhook); a block continues
 * with `...` until an empty line; errors are printed and the loop goes on.
 */
export function runInteractive(host: Host, tstate: PyThreadState, globals: PyDictObject): number {
  if (host.readLine === undefined) return 0;
  for (;;) {
    host.writeStderr(">>> ");
    let line = host.readLine();
    if (line === "") {
      host.writeStderr("\n");
      return 0;
    }
    let source = line;
    for (;;) {
      const compiled = Py_CompileBytes(Buffer.from(source, "utf8"), "<stdin>", "single", { optimize: 0 });
      if (compiled instanceof PyFrontEndError) {
        const blockOpen = /:\s*$/.test(source.split("\n").filter((l) => l.trim() !== "")[0] ?? "") && !source.endsWith("\n\n");
        if ((isIncomplete(compiled, source) || blockOpen) && !(source.endsWith("\n\n") && source.split("\n").length > 2)) {
          host.writeStderr("... ");
          line = host.readLine();
          if (line === "") {
            source += "\n";
            line = "\n";
          }
          source += line;
          if (line.trim() === "" && !isIncomplete(compiled, source.trimEnd() + "\n")) continue;
          continue;
        }
        PyErr_Display(host, compiled);
        break;
      }
      const result = PyEval_EvalCode(codeOf(compiled), globals, globals);
      if (result === null) {
        const exc = tstate.curexc;
        if (exc !== null && PyType_IsSubtype(exc.ob_type, PyExc_SystemExit)) return handleUncaught(tstate);
        handleUncaught(tstate);
      } else Py_DECREF(result);
      break;
    }
  }
}

/** PYTHONHASHSEED as a number (0 when unset: typhon's default is the deterministic seed). */
function hashSeed(host: Host): number {
  const v = host.getenv("PYTHONHASHSEED");
  if (v === undefined || v === "random" || v === "") return 0;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/**
 * @cpython _PyErr_PrintEx / _Py_HandleSystemExit: SystemExit gives the exit status (its
 * code, or 1 after printing a non-integer code); anything else prints the traceback.
 */
export function handleUncaught(tstate: PyThreadState): number {
  const exc = PyErr_Fetch();
  if (exc === null) return 1;
  const host = tstate.interp.host;
  flushStdout(tstate);
  if (PyType_IsSubtype(exc.ob_type, PyExc_SystemExit)) {
    exitRequested = true;
    const code = (exc as unknown as { code: PyObject | null }).code ?? Py_None;
    if (code === Py_None) return 0;
    if (PyLong_Check(code)) return Number(BigInt.asIntN(32, BigInt((code as PyLongObject).ob_ival))) & 0xff;
    const s = PyObject_Str(code);
    if (s !== null) host.writeStderr(`${(s as PyUnicodeObject).str}\n`);
    return 1;
  }
  PyErr_DisplayException(host, exc);
  Py_DECREF(exc);
  return 1;
}

function flushStdout(tstate: PyThreadState): void {
  const h = tstate.interp.host as Host & { flush?: () => void };
  h.flush?.();
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
