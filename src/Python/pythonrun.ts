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
import { PyErr_CheckSignals } from "../Modules/signalmodule.ts";
import type { Host } from "../Host/host.ts";
import { PyFrontEndError, type SyntaxErrorFields } from "../Include/pyerrors.ts";
import { _PyParser_ASTFromFile } from "../Parser/peg_api.ts";
import type { PyCodeObject } from "../Objects/codeobject.ts";
import { _PyArena_AttachCode, _PyArena_Free, _PyArena_New } from "./pyarena.ts";
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
import { PyExc_SystemExit, PyExc_KeyboardInterrupt } from "../Objects/exceptions.ts";
import { PyLong_Check, PyLong_FromNumber, type PyLongObject } from "../Objects/longobject.ts";
import { _Py_GetConfig } from "./initconfig.ts";
import { Py_True } from "../Objects/boolobject.ts";
import { PyErr_DisplayException } from "./traceback.ts";
import { PyImport_ImportModule } from "./import.ts";
import { MAGIC_NUMBER, MarshalError, readPyc } from "./marshal.ts";
import type { PyDictObject } from "../Objects/dictobject.ts";
import { _PyAtExit_Call } from "../Modules/atexitmodule.ts";

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
  const tstate = Py_InitializeFromConfig(host, {
    optimization_level: req.optimize, hash_seed: hashSeed(host), argv: req.argv,
    orig_argv: ["typhon", ...host.argv], executable: `${host.prefix}/bin/typhon`,
  });
  if (!_Py_GetConfig().safe_path) insertSysPath0(tstate, computeSysPath0(host, req.argv[0] ?? ""));
  return tstate;
}

/**
 * @cpython _PyPathConfig_ComputeSysPath0: what goes in front of sys.path — the script's
 * directory (symlinks resolved), the current directory for -m, '' for -c and stdin.
 */
function computeSysPath0(host: Host, argv0: string): string {
  if (argv0 === "-c" || argv0 === "" || argv0 === "-") return "";
  if (argv0 === "-m") {
    const cwd = host.os.getcwd();
    return typeof cwd === "string" ? cwd : "";
  }
  let script = absolutePath(host, argv0);
  for (let hops = 0; hops < 40; hops++) {
    const target = host.os.readlink(script);
    if (typeof target !== "string") break;
    script = target.startsWith("/") ? target : `${script.slice(0, script.lastIndexOf("/"))}/${target}`;
  }
  const slash = script.lastIndexOf("/");
  return slash <= 0 ? "/" : script.slice(0, slash);
}

function insertSysPath0(tstate: PyThreadState, path0: string): void {
  const path = PyDict_GetItemString(tstate.interp.sysdict!, "path");
  if (path === null) return;
  const zero = PyLong_FromNumber(0);
  const item = PyUnicode_FromString(path0);
  const r = PyObject_CallMethod(path, "insert", [zero, item]);
  Py_DECREF(zero);
  Py_DECREF(item);
  if (r === null) PyErr_Fetch();
  else Py_DECREF(r);
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
    if (!req.inspect) return 1;
    const st = runInteractive(host, tstate, d);
    flush_std_files();
    return st;
  }
  if (file !== null) {
    PyDict_SetItemString(d, "__file__", PyUnicode_FromString(file));
    PyDict_SetItemString(d, "__cached__", Py_None);
    set_main_loader(tstate, d, file, "SourceFileLoader");
  }
  // pyrun_file / PyRun_StringFlags: the parse's arena (its constants) lives while the code runs.
  const arena = _PyArena_New();
  _PyArena_AttachCode(arena, compiled);
  const result = PyEval_EvalCode(codeOf(compiled), d, d);
  _PyArena_Free(arena);
  // A file (or a program piped in) has its output flushed before a traceback; -c does not.
  if (filename !== "<string>") flush_io();
  let status = 0;
  if (result === null) status = handleUncaught(tstate);
  else Py_DECREF(result);
  if (req.inspect && !exitRequested) status = runInteractive(host, tstate, d);
  if (Py_FinalizeMain(tstate, d) < 0) status = 120;
  return status;
}

/**
 * @cpython Py_FinalizeEx (the part that shows): the atexit functions run, then __main__'s
 * globals are released in order.
 */
function Py_FinalizeMain(tstate: PyThreadState, d: PyDictObject): number {
  if (tstate.curexc !== null) PyErr_Fetch();
  _PyAtExit_Call(tstate.interp);
  // sys.stdout/sys.stderr are flushed before the modules go, and again after (their
  // objects' __del__ may print).
  let status = flush_std_files();
  _PyModule_ClearDict(d);
  if (tstate.curexc !== null) PyErr_Fetch();
  if (flush_std_files() < 0) status = -1;
  return status;
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

/** @cpython set_main_loader: __main__.__loader__ = importlib's LOADER("__main__", filename). */
function set_main_loader(tstate: PyThreadState, d: PyDictObject, filename: string, loader_name: string): void {
  const external = PyDict_GetItemString(tstate.interp.modules!, "_frozen_importlib_external");
  if (external === null) return;
  const cls = PyObject_GetAttrString(external, loader_name);
  if (cls === null) return void PyErr_Clear();
  const name = PyUnicode_FromString("__main__"), path = PyUnicode_FromString(filename);
  const loader = PyObject_Vectorcall(cls, [name, path], null);
  Py_DECREF(name);
  Py_DECREF(path);
  Py_DECREF(cls);
  if (loader === null) return void PyErr_Clear();
  PyDict_SetItemString(d, "__loader__", loader);
  Py_DECREF(loader);
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
  set_main_loader(tstate, d, filename, "SourcelessFileLoader");
  const result = PyEval_EvalCode(codeOf(code), d, d);
  flush_io();
  let status = 0;
  if (result === null) status = handleUncaught(tstate);
  else Py_DECREF(result);
  if (Py_FinalizeMain(tstate, d) < 0) status = 120;
  return status;
}

/** @cpython pymain_run_command: `-c CMD`. */
export function runCommand(host: Host, command: string, argv: readonly string[], optimize = 0, inspect = false): number {
  return runMain(host, Buffer.from(command + "\n", "utf8"), "<string>", null, { optimize, argv: ["-c", ...argv], inspect });
}

/** @cpython pymain_header: the banner of the interactive prompt (not with -q; its second line not with -S). */
function pymain_header(host: Host): void {
  const config = _Py_GetConfig();
  if (config.quiet) return;
  host.writeStderr("Python 3.11.7 (typhon) [TypeScript] on linux\n");
  if (config.site_import) host.writeStderr('Type "help", "copyright", "credits" or "license" for more information.\n');
}

/** @cpython pymain_run_stdin: a program piped to standard input (or `-`). */
export function runStdin(host: Host, argv: readonly string[], optimize = 0, inspect = false): number {
  if (host.stdinIsTTY?.() ?? false) {
    const tstate = initRuntime(host, { optimize, argv: ["", ...argv.slice(1)], inspect: true });
    const main = add_main_module(tstate.interp);
    pymain_header(host);
    const st = runInteractive(host, tstate, PyModule_GetDict(main));
    flush_std_files();
    return st;
  }
  const bytes = host.readAllStdin?.() ?? new Uint8Array(0);
  return runMain(host, bytes, "<stdin>", null, { optimize, argv: argv.length ? [...argv] : [""], inspect });
}

/**
 * @cpython pymain_run_module: `-m MOD` runs runpy._run_module_as_main(MOD), which finds the
 * module (or a package's __main__), sets sys.argv[0] to its file and runs it as __main__.
 */
export function runModule(host: Host, modname: string, argv: readonly string[], optimize = 0): number {
  const tstate = initRuntime(host, { optimize, argv: ["-m", ...argv], inspect: false });
  Py_DECREF(add_main_module(tstate.interp));
  const runpy = PyImport_ImportModule("runpy");
  let status = 0;
  if (runpy === null) {
    PySys_WriteStderr("Could not import runpy module\n");
    status = handleUncaught(tstate) || 1;
  } else {
    const name = PyUnicode_FromString(modname);
    const result = PyObject_CallMethod(runpy, "_run_module_as_main", [name, Py_True]);
    Py_DECREF(name);
    Py_DECREF(runpy);
    flush_io();
    if (result === null) status = handleUncaught(tstate);
    else Py_DECREF(result);
  }
  const main = PyDict_GetItemString(tstate.interp.modules!, "__main__");
  if (main !== null && main !== Py_None && Py_FinalizeMain(tstate, PyModule_GetDict(main)) < 0) status = 120;
  return status;
}

let exitRequested = false;

/**
 * @cpython _Py_UnhandledKeyboardInterrupt: the program ended with an uncaught
 * KeyboardInterrupt, so the process ends by SIGINT (exit_sigint in Modules/main.c), as a shell
 * expects of a program the user interrupted.
 */
export let _Py_UnhandledKeyboardInterrupt = false;

/** Whether a compile error only means the statement is not finished yet (codeop's test). */
function isIncomplete(err: PyFrontEndError, source: string): boolean {
  const m = err.msg ?? "";
  if (/was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted/.test(m)) return true;
  return /:\s*$/.test(source.trimEnd()) || /\\\n$/.test(source);
}

/** A compound statement, which the prompt ends only at an empty line (even `while 1: pass`). */
const COMPOUND_START = /^\s*(@|(if|elif|else|while|for|def|class|with|try|except|finally|async)\b)/;

/**
 * A line typed at the prompt, or null when Ctrl-C interrupted the read: the handler's
 * exception (KeyboardInterrupt) is printed on a line of its own and what was typed of the
 * statement is dropped, as at CPython's prompt. A signal whose handler does not raise lets
 * the read go on.
 */
function readPromptLine(host: Host, tstate: PyThreadState): string | null {
  for (;;) {
    const line = host.readLine!();
    if (line !== null) return line;
    if (PyErr_CheckSignals() === 0) continue;
    host.writeStderr("\n");
    // Not a statement's exception: the session does not end by SIGINT for it.
    const unhandled = _Py_UnhandledKeyboardInterrupt;
    handleUncaught(tstate);
    _Py_UnhandledKeyboardInterrupt = unhandled;
    return null;
  }
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
    let line = readPromptLine(host, tstate);
    if (line === null) continue;
    if (line === "") {
      host.writeStderr("\n");
      return 0;
    }
    let source = line;
    for (;;) {
      // A compound statement goes on until an empty line, even once what was typed so far
      // compiles ("single" mode takes the end of the input as the end of the block).
      const first = source.split("\n").filter((l) => l.trim() !== "")[0] ?? "";
      if ((/:\s*$/.test(first) || COMPOUND_START.test(first)) && !source.endsWith("\n\n")) {
        host.writeStderr("... ");
        line = readPromptLine(host, tstate);
        if (line === null) break;
        source += line === "" ? "\n" : line;
        continue;
      }
      const compiled = Py_CompileBytes(Buffer.from(source, "utf8"), "<stdin>", "single", { optimize: 0 });
      if (compiled instanceof PyFrontEndError) {
        const blockOpen = /:\s*$/.test(source.split("\n").filter((l) => l.trim() !== "")[0] ?? "") && !source.endsWith("\n\n");
        if ((isIncomplete(compiled, source) || blockOpen) && !(source.endsWith("\n\n") && source.split("\n").length > 2)) {
          host.writeStderr("... ");
          line = readPromptLine(host, tstate);
          if (line === null) break;
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
      // Each statement starts with a clean record (run_eval_code_obj): only the last one's
      // KeyboardInterrupt makes the session end by SIGINT.
      _Py_UnhandledKeyboardInterrupt = false;
      // PyRun_InteractiveOneObjectEx keeps the statement's arena while it runs.
      const arena = _PyArena_New();
      _PyArena_AttachCode(arena, compiled);
      const result = PyEval_EvalCode(codeOf(compiled), globals, globals);
      _PyArena_Free(arena);
      if (result === null) {
        const exc = tstate.curexc;
        if (exc !== null && PyType_IsSubtype(exc.ob_type, PyExc_SystemExit)) return handleUncaught(tstate);
        handleUncaught(tstate);
      } else Py_DECREF(result);
      flush_io();
      break;
    }
  }
}

/** @cpython flush_io: sys.stderr.flush() and sys.stdout.flush(), errors ignored, the pending exception kept. */
function flush_io(): void {
  const saved = PyErr_Fetch();
  const d = _PyThreadState_GET().interp.sysdict;
  for (const name of ["stderr", "stdout"]) {
    const f = d === null ? null : PyDict_GetItemString(d, name);
    if (f === null) continue;
    const r = PyObject_CallMethod(f, "flush", []);
    if (r === null) PyErr_Clear();
    else Py_DECREF(r);
  }
  PyErr_Restore(saved);
}
import { flush_std_files } from "./pylifecycle.ts";
import { PySys_WriteStderr } from "./sysmodule.ts";
import { PyErr_Restore, PyErr_Clear } from "./errors.ts";
import { PyDict_GetItemString } from "../Objects/dictobject.ts";
import { PyObject_CallMethod, PyObject_Vectorcall } from "../Objects/call.ts";
import { PyObject_GetAttrString } from "../Objects/object.ts";
import { _PyThreadState_GET } from "./pystate.ts";

/** The hash seed PYTHONHASHSEED asks for (typhon's default, "random" included, is 0). */
export function hashSeed(host: Host): number {
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
    if (s !== null) PySys_WriteStderr(`${(s as PyUnicodeObject).str}\n`);
    return 1;
  }
  if (exc.ob_type === PyExc_KeyboardInterrupt) _Py_UnhandledKeyboardInterrupt = true;
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
  options: { optimize?: number; file_input?: boolean; warn?: (w: CompilerWarning) => void; flags?: number } = {},
): PyCodeObject | PyFrontEndError {
  const tree = _PyParser_ASTFromFile(source, filename, mode, { file_input: options.file_input ?? false });
  if (tree instanceof PyFrontEndError) return tree;
  const error = (msg: string, lineno: number, offset: number, end_lineno = lineno, end_offset = offset): PyFrontEndError =>
    new PyFrontEndError("SyntaxError", msg, { filename, lineno, offset, text: sourceLine(source, lineno), end_lineno, end_offset });
  try {
    return _PyAST_Compile(tree, filename, error, { optimize: options.optimize, warn: options.warn, flags: options.flags });
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
