/**
 * @mirrors Modules/faulthandler.c
 * The faulthandler module: write the Python traceback of the running thread straight to a
 * file descriptor, without going through Python objects (so it still works when the
 * interpreter is in a bad state):
 *
 *   Stack (most recent call first):
 *     File "x.py", line 3 in f
 *     File "x.py", line 5 in <module>
 *
 * dump_traceback() does it on request. enable() arranges for it on a fatal signal
 * (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL): "Fatal Python error: Segmentation fault",
 * the traceback, then the signal's default action. register() does it for another signal
 * (chaining to the previous handler if asked).
 *
 * DIVERGENCE: a fatal signal reaches typhon only when Python raises it itself
 * (signal.raise_signal or the equivalent), since the host cannot interrupt running code;
 * an internal JavaScript error is not a signal. dump_traceback_later needs a watchdog
 * thread running beside the interpreter, which the host does not have: it checks its
 * arguments, then raises NotImplementedError. The _sigsegv/_read_null/... test helpers
 * are left out.
 */
import { PyObject, Py_DECREF, METH_NOARGS, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_Clear } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_RuntimeError, PyExc_NotImplementedError, PyExc_OverflowError } from "../Objects/exceptions.ts";
import { PyLong_Check, type PyLongObject } from "../Objects/longobject.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue, PyObject_GetAttrString } from "../Objects/object.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyObject_CallNoArgs } from "../Objects/call.ts";
import { PyImport_ImportModule } from "../Python/import.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _PyTime_ROUND_TIMEOUT, _PyTime_FromSecondsObject, indexValue } from "../Python/pytime.ts";
import { _PyThreadState_GET, type PyThreadState } from "../Python/pystate.ts";
import { _PyInterpreterFrame_GetLine } from "../Python/frame.ts";
import { _PyFaulthandler_SetHook } from "./signalmodule.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";

/** Frames past this depth are summed up as "  ...". */
const MAX_FRAME_DEPTH = 100;
/** Strings (file and function names) are cut at this many characters. */
const MAX_STRING_LENGTH = 500;

/** @cpython _Py_write_noraise: bytes to a descriptor; errors are ignored. */
function PUTS(fd: number, s: string): void {
  _PyThreadState_GET().interp.host.os.write(fd, Buffer.from(s, "latin1"));
}

/** @cpython _Py_DumpASCII: ASCII as is, other characters as \x, \u or \U escapes. */
function _Py_DumpASCII(s: string): string {
  let out = "";
  let n = 0;
  for (const ch of s) {
    if (n++ >= MAX_STRING_LENGTH) {
      out += "...";
      break;
    }
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** @cpython dump_traceback: the frames of a thread, innermost first. */
function dump_traceback(fd: number, tstate: PyThreadState, write_header: boolean): void {
  if (write_header) PUTS(fd, "Stack (most recent call first):\n");
  let frame = tstate.current_frame;
  if (frame === null) {
    PUTS(fd, "  <no Python frame>\n");
    return;
  }
  let depth = 0;
  let out = "";
  while (frame !== null) {
    if (depth >= MAX_FRAME_DEPTH) {
      out += "  ...\n";
      break;
    }
    const co = frame.f_code.co;
    out += `  File "${_Py_DumpASCII(co.co_filename)}", line ${_PyInterpreterFrame_GetLine(frame)} in ${_Py_DumpASCII(co.co_name)}\n`;
    frame = frame.previous;
    depth++;
  }
  PUTS(fd, out);
}

/** The current thread's identifier, as threading.get_ident() gives it. */
function thread_ident(): number {
  const m = PyImport_ImportModule("_thread");
  if (m === null) {
    PyErr_Clear();
    return 0;
  }
  const f = PyObject_GetAttrString(m, "get_ident");
  Py_DECREF(m);
  if (f === null) {
    PyErr_Clear();
    return 0;
  }
  const r = PyObject_CallNoArgs(f);
  Py_DECREF(f);
  if (r === null || !PyLong_Check(r)) {
    PyErr_Clear();
    return 0;
  }
  const v = Number((r as PyLongObject).ob_ival);
  Py_DECREF(r);
  return v;
}

/** @cpython _Py_DumpTracebackThreads: every thread (there is one), the current one marked. */
function _Py_DumpTracebackThreads(fd: number, tstate: PyThreadState): void {
  PUTS(fd, `Current thread 0x${thread_ident().toString(16).padStart(16, "0")} (most recent call first):\n`);
  dump_traceback(fd, tstate, false);
}

function dump(fd: number, all_threads: boolean): void {
  const tstate = _PyThreadState_GET();
  if (all_threads) _Py_DumpTracebackThreads(fd, tstate);
  else dump_traceback(fd, tstate, true);
}

/**
 * @cpython faulthandler_get_fileno: the descriptor of `file` (None: sys.stderr; an int; or
 * an object with fileno()), after flushing the file. -1 with the error set.
 */
function faulthandler_get_fileno(file: PyObject | null): number {
  if (file === null || file === Py_None) {
    const sys = PyImport_ImportModule("sys");
    if (sys === null) return -1;
    file = PyObject_GetAttrString(sys, "stderr");
    Py_DECREF(sys);
    if (file === null) {
      PyErr_Clear();
      PyErr_SetString(PyExc_RuntimeError, "unable to get sys.stderr");
      return -1;
    }
    Py_DECREF(file);
    if (file === Py_None) {
      PyErr_SetString(PyExc_RuntimeError, "sys.stderr is None");
      return -1;
    }
  } else if (PyLong_Check(file)) {
    const v = indexValue(file);
    if (v === null) return -1;
    if (typeof v === "bigint" || v > 2147483647) {
      PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
      return -1;
    }
    if (v < 0) {
      PyErr_SetString(PyExc_ValueError, "file is not a valid file descripter");
      return -1;
    }
    return v;
  }
  const meth = PyObject_GetAttrString(file, "fileno");
  if (meth === null) return -1;
  const r = PyObject_CallNoArgs(meth);
  Py_DECREF(meth);
  if (r === null) return -1;
  let fd = -1;
  if (PyLong_Check(r)) {
    const v = (r as PyLongObject).ob_ival;
    if (typeof v === "number" && v >= 0 && v <= 2147483647) fd = v;
  }
  Py_DECREF(r);
  if (fd === -1) {
    PyErr_SetString(PyExc_ValueError, "file is not a valid file descripter");
    return -1;
  }
  const flush = PyObject_GetAttrString(file, "flush");
  if (flush !== null) {
    const res = PyObject_CallNoArgs(flush);
    Py_DECREF(flush);
    if (res !== null) Py_DECREF(res);
  }
  // A failing flush is no reason not to dump.
  PyErr_Clear();
  return fd;
}

function boolArg(o: PyObject | null, dflt: boolean): boolean | null {
  if (o === null) return dflt;
  const t = PyObject_IsTrue(o);
  return t < 0 ? null : t !== 0;
}

/** @cpython faulthandler_dump_traceback_py: dump_traceback(file=sys.stderr, all_threads=True) */
function faulthandler_dump_traceback_py(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "dump_traceback", ["file", "all_threads"], 0, 2, 0);
  if (a === null) return null;
  const fd = faulthandler_get_fileno(a[0]);
  if (fd < 0) return null;
  const all_threads = boolArg(a[1], true);
  if (all_threads === null) return null;
  dump(fd, all_threads);
  return Py_NewNone();
}

// -- fatal signals ------------------------------------------------------------------------------

/** @cpython faulthandler_handlers: the fatal signals and how they are named. */
const faulthandler_handlers: [number, string][] = [
  [7, "Bus error"], [4, "Illegal instruction"], [8, "Floating point exception"], [6, "Aborted"], [11, "Segmentation fault"],
];

interface fatal_error_state {
  enabled: boolean;
  file: PyObject | null;
  fd: number;
  all_threads: boolean;
}
const fatal_error: fatal_error_state = { enabled: false, file: null, fd: -1, all_threads: true };

/** A signal registered with register(): where to dump, and whether to chain. */
interface user_signal {
  file: PyObject | null;
  fd: number;
  all_threads: boolean;
  chain: boolean;
}
const user_signals = new Map<number, user_signal>();

/**
 * What the signal module asks before a signal is delivered in-process: dump a traceback
 * if faulthandler watches the signal. Returns false when delivery should stop there.
 * (faulthandler_fatal_error for the fatal signals, faulthandler_user for registered ones.)
 */
function faulthandler_signal_hook(signum: number, isDefaultAction: boolean): boolean {
  const user = user_signals.get(signum);
  if (user !== undefined) {
    dump(user.fd, user.all_threads);
    return user.chain;
  }
  if (fatal_error.enabled && isDefaultAction) {
    const entry = faulthandler_handlers.find(([s]) => s === signum);
    if (entry !== undefined) {
      const fd = fatal_error.fd;
      PUTS(fd, `Fatal Python error: ${entry[1]}\n\n`);
      dump(fd, fatal_error.all_threads);
    }
  }
  return true;
}

function hook_update(): void {
  _PyFaulthandler_SetHook(fatal_error.enabled || user_signals.size > 0 ? faulthandler_signal_hook : null);
}

/** @cpython faulthandler_py_enable: enable(file=sys.stderr, all_threads=True) */
function faulthandler_py_enable(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "enable", ["file", "all_threads"], 0, 2, 0);
  if (a === null) return null;
  const file = a[0];
  const fd = faulthandler_get_fileno(file);
  if (fd < 0) return null;
  const all_threads = boolArg(a[1], true);
  if (all_threads === null) return null;
  const old = fatal_error.file;
  fatal_error.file = file;
  if (file !== null) file.ob_refcnt++;
  if (old !== null) Py_DECREF(old);
  fatal_error.fd = fd;
  fatal_error.all_threads = all_threads;
  fatal_error.enabled = true;
  hook_update();
  return Py_NewNone();
}

/** @cpython faulthandler_disable_py: returns whether it was enabled. */
function faulthandler_disable_py(_m: PyObject | null): PyObject {
  const was = fatal_error.enabled;
  fatal_error.enabled = false;
  const old = fatal_error.file;
  fatal_error.file = null;
  if (old !== null) Py_DECREF(old);
  hook_update();
  return PyBool_FromLong(was);
}

/** @cpython faulthandler_is_enabled */
function faulthandler_is_enabled(_m: PyObject | null): PyObject {
  return PyBool_FromLong(fatal_error.enabled);
}

/**
 * @cpython faulthandler_dump_traceback_later: dump_traceback_later(timeout, repeat=False,
 * file=sys.stderr, exit=False). Needs a watchdog thread (see the header).
 */
function faulthandler_dump_traceback_later(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "dump_traceback_later", ["timeout", "repeat", "file", "exit"], 1, 4, 0);
  if (a === null) return null;
  const timeout = _PyTime_FromSecondsObject(a[0]!, _PyTime_ROUND_TIMEOUT);
  if (timeout === null) return null;
  if (timeout <= 0n) return PyErr_SetString(PyExc_ValueError, "timeout must be greater than 0");
  if (boolArg(a[1], false) === null) return null;
  if (faulthandler_get_fileno(a[2]) < 0) return null;
  if (boolArg(a[3], false) === null) return null;
  return PyErr_SetString(PyExc_NotImplementedError,
    "dump_traceback_later() needs a watchdog thread, which typhon's host does not provide");
}

/** @cpython faulthandler_cancel_dump_traceback_later_py: nothing is ever scheduled. */
function faulthandler_cancel_dump_traceback_later_py(_m: PyObject | null): PyObject {
  return Py_NewNone();
}

/** @cpython check_signum */
function check_signum(signum: number): boolean {
  if (faulthandler_handlers.some(([s]) => s === signum)) {
    PyErr_SetString(PyExc_RuntimeError, `signal ${signum} cannot be registered, use enable() instead`);
    return false;
  }
  if (signum < 1 || signum >= 65) {
    PyErr_SetString(PyExc_ValueError, "signal number out of range");
    return false;
  }
  return true;
}

function signumArg(o: PyObject): number | null {
  const v = indexValue(o);
  if (v === null) return null;
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

/** @cpython faulthandler_register_py: register(signum, file=sys.stderr, all_threads=True, chain=False) */
function faulthandler_register_py(_m: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "register", ["signum", "file", "all_threads", "chain"], 1, 4, 0);
  if (a === null) return null;
  const signum = signumArg(a[0]!);
  if (signum === null) return null;
  if (!check_signum(signum)) return null;
  const fd = faulthandler_get_fileno(a[1]);
  if (fd < 0) return null;
  const all_threads = boolArg(a[2], true);
  if (all_threads === null) return null;
  const chain = boolArg(a[3], false);
  if (chain === null) return null;
  const old = user_signals.get(signum);
  if (old?.file) Py_DECREF(old.file);
  const file = a[1];
  if (file !== null) file.ob_refcnt++;
  user_signals.set(signum, { file, fd, all_threads, chain });
  hook_update();
  return Py_NewNone();
}

/** @cpython faulthandler_unregister_py: returns whether the signal was registered. */
function faulthandler_unregister_py(_m: PyObject | null, arg: PyObject): PyObject | null {
  const signum = signumArg(arg);
  if (signum === null) return null;
  if (!check_signum(signum)) return null;
  const old = user_signals.get(signum);
  if (old === undefined) return PyBool_FromLong(0);
  if (old.file) Py_DECREF(old.file);
  user_signals.delete(signum);
  hook_update();
  return PyBool_FromLong(1);
}

const module_methods: PyMethodDef[] = [
  { ml_name: "enable", ml_meth: faulthandler_py_enable, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "enable(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file when a fatal signal arrives" },
  { ml_name: "disable", ml_meth: faulthandler_disable_py, ml_flags: METH_NOARGS,
    ml_doc: "disable(): stop dumping tracebacks on fatal signals" },
  { ml_name: "is_enabled", ml_meth: faulthandler_is_enabled, ml_flags: METH_NOARGS,
    ml_doc: "is_enabled()->bool: whether tracebacks are dumped on fatal signals" },
  { ml_name: "dump_traceback", ml_meth: faulthandler_dump_traceback_py, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file" },
  { ml_name: "dump_traceback_later", ml_meth: faulthandler_dump_traceback_later, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\ndump the traceback of all threads after timeout seconds, repeatedly if repeat is True, and exit if exit is True." },
  { ml_name: "cancel_dump_traceback_later", ml_meth: faulthandler_cancel_dump_traceback_later_py, ml_flags: METH_NOARGS,
    ml_doc: "cancel_dump_traceback_later():\ncancel what dump_traceback_later() scheduled." },
  { ml_name: "register", ml_meth: faulthandler_register_py, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "register(signum, file=sys.stderr, all_threads=True, chain=False): dump the traceback of the current thread, or of all threads if all_threads is True, into file when signum arrives" },
  { ml_name: "unregister", ml_meth: faulthandler_unregister_py, ml_flags: 0x0008,
    ml_doc: "unregister(signum): stop dumping tracebacks when signum arrives" },
];

/** @cpython PyInit_faulthandler */
export function PyInit_faulthandler(): PyObject | null {
  return PyModule_Create("faulthandler", "faulthandler module.", module_methods);
}
