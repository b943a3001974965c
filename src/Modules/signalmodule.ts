/**
 * @mirrors Modules/signalmodule.c
 * The _signal module (Lib/signal.py wraps it in the Signals/Handlers enums): the table of
 * Python-level signal handlers, the Linux signal numbers, raise_signal, strsignal,
 * valid_signals, set_wakeup_fd, and a per-process signal mask (pthread_sigmask, sigpending).
 *
 * How a signal reaches a handler: CPython's C handler only notes the signal ("trips" it);
 * the Python handler runs later, at the next check of the eval loop (PyErr_CheckSignals).
 * raise_signal() checks right away, so a handler runs before raise_signal returns:
 *
 *   >>> signal.signal(signal.SIGUSR1, lambda n, frame: print("got", n))
 *   >>> signal.raise_signal(signal.SIGUSR1)
 *   got 10
 *
 * A signal with the default disposition is sent to the process itself (through the host),
 * so the operating system does what it does by default: SIGTERM ends the process, SIGCHLD
 * is ignored. SIGINT starts with default_int_handler (KeyboardInterrupt), SIGPIPE and
 * SIGXFSZ are ignored, as CPython sets them up at start-up.
 *
 * A signal from outside reaches a handler the same way when the host can catch it: the
 * host notes it in shared words from another thread (HostOS.signal_flags; on Node only
 * SIGINT, so Ctrl-C raises KeyboardInterrupt), and PyErr_CheckSignals turns the notes into
 * trips. _PySignal_Init starts that at start-up, as CPython installs its SIGINT handler;
 * setting SIGINT's handler to SIG_DFL stops it, so Ctrl-C ends the process again.
 *
 * DIVERGENCE: other signals sent to the process from outside are not turned into Python
 * handler calls: they act with their host default. The signal mask is kept here, for the
 * signals typhon handles; the process's real mask is untouched. alarm, pause,
 * setitimer/getitimer, siginterrupt, sigwait, sigwaitinfo, sigtimedwait, pthread_kill and
 * pidfd_send_signal need asynchronous delivery of any signal and are left out, as on a
 * platform without them. set_wakeup_fd records the descriptor (after checking it exists)
 * but cannot check that it is non-blocking.
 */
import {
  PyObject, Py_DECREF, Py_INCREF, Py_XDECREF, METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef,
} from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_SetObject, PyErr_SetNone } from "../Python/errors.ts";
import { _PyEval_SignalReceived, _PyEval_SetSignalHandler, _PyEval_UseHostSignals } from "../Python/ceval_pending.ts";
import { PyImport_ImportModule } from "../Python/import.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_OSError, PyExc_KeyboardInterrupt } from "../Objects/exceptions.ts";
import { PyLong_Check, PyLong_CheckExact, PyLong_FromNumber, _PyNumber_Index, type PyLongObject } from "../Objects/longobject.ts";
import { PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { _PyTuple_FromArraySteal, type PyTupleObject } from "../Objects/tupleobject.ts";
import { Py_None, Py_NewNone, PyCallable_Check, PyObject_IsTrue } from "../Objects/object.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyObject_GetIter, PyIter_Next } from "../Objects/abstract.ts";
import { PySet_New, PySet_Add } from "../Objects/setobject.ts";
import { PyCFunction_NewEx } from "../Objects/methodobject.ts";
import { PyFrame_GetFrameObject } from "../Objects/frameobject.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import type { HostOS } from "../Host/host.ts";

function hostOS(): HostOS {
  return _PyThreadState_GET().interp.host.os;
}

/** OSError(errno, strerror), as PyErr_SetFromErrno raises it. @returns null */
function setFromErrno(errno: number): null {
  const args = _PyTuple_FromArraySteal([PyLong_FromNumber(errno), PyUnicode_FromString(hostOS().strerror(errno))]);
  PyErr_SetObject(PyExc_OSError, args);
  Py_DECREF(args);
  return null;
}

const EINVAL = 22;
const EBADF = 9;

/** Linux's signal numbers (x86-64 and most other architectures). */
const SIGNALS: readonly [string, number][] = [
  ["SIGHUP", 1], ["SIGINT", 2], ["SIGQUIT", 3], ["SIGILL", 4], ["SIGTRAP", 5], ["SIGABRT", 6], ["SIGIOT", 6],
  ["SIGBUS", 7], ["SIGFPE", 8], ["SIGKILL", 9], ["SIGUSR1", 10], ["SIGSEGV", 11], ["SIGUSR2", 12], ["SIGPIPE", 13],
  ["SIGALRM", 14], ["SIGTERM", 15], ["SIGSTKFLT", 16], ["SIGCHLD", 17], ["SIGCLD", 17], ["SIGCONT", 18],
  ["SIGSTOP", 19], ["SIGTSTP", 20], ["SIGTTIN", 21], ["SIGTTOU", 22], ["SIGURG", 23], ["SIGXCPU", 24],
  ["SIGXFSZ", 25], ["SIGVTALRM", 26], ["SIGPROF", 27], ["SIGWINCH", 28], ["SIGIO", 29], ["SIGPOLL", 29],
  ["SIGPWR", 30], ["SIGSYS", 31], ["SIGRTMIN", 34], ["SIGRTMAX", 64],
];
const SIGINT = 2, SIGKILL = 9, SIGPIPE = 13, SIGSTOP = 19, SIGXFSZ = 25;
/** NSIG: one past the highest signal number. */
const Py_NSIG = 65;
/** Signals the C library keeps for its threads: no handler can be set, raise() refuses them. */
const isReservedSignal = (s: number): boolean => s === 32 || s === 33;

/** strsignal(3) of the GNU C library. */
const SIGNAL_DESCRIPTIONS = [
  "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
  "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
  "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
  "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
  "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
  "I/O possible", "Power failure", "Bad system call",
];

const SIG_DFL = 0, SIG_IGN = 1, SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;

/** @cpython _signal_module_state, with the Handlers[] table and the trip flags. */
interface signal_state {
  /** The Python-level handler of each signal: a callable, the int SIG_DFL/SIG_IGN, or None. */
  handlers: (PyObject | null)[];
  /** Signals raised and not yet handled (is_tripped). */
  tripped: Set<number>;
  /** The signal mask (pthread_sigmask) and the blocked signals raised meanwhile. */
  blocked: Set<number>;
  pending: Set<number>;
  wakeup_fd: number;
  warn_on_full_buffer: boolean;
  default_handler: PyObject;
  ignore_handler: PyObject;
  default_int_handler: PyObject | null;
}

let state: signal_state | null = null;

function get_signal_state(): signal_state {
  if (state === null) {
    const default_handler = PyLong_FromNumber(SIG_DFL);
    const ignore_handler = PyLong_FromNumber(SIG_IGN);
    const handlers: (PyObject | null)[] = new Array(Py_NSIG).fill(null);
    for (let s = 1; s < Py_NSIG; s++) {
      if (isReservedSignal(s)) continue;
      const h = s === SIGPIPE || s === SIGXFSZ ? ignore_handler : default_handler;
      Py_INCREF(h);
      handlers[s] = h;
    }
    state = {
      handlers, tripped: new Set(), blocked: new Set(), pending: new Set(), wakeup_fd: -1, warn_on_full_buffer: true,
      default_handler, ignore_handler, default_int_handler: null,
    };
  }
  return state;
}

/** The clinic "int" converter: __index__, then the C int range. */
function intArg(o: PyObject): number | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = (o as PyLongObject).ob_ival;
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return null;
    v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

function signum_in_range(signalnum: number): boolean {
  if (signalnum < 1 || signalnum >= Py_NSIG) {
    PyErr_SetString(PyExc_ValueError, "signal number out of range");
    return false;
  }
  return true;
}

/** @cpython compare_handler: is `func` exactly the int SIG_DFL/SIG_IGN? */
function compare_handler(func: PyObject, dfl_ign_handler: number): boolean {
  return PyLong_CheckExact(func) && (func as PyLongObject).ob_ival === dfl_ign_handler;
}

/**
 * @cpython trip_signal: note that a signal arrived. Its handler runs at the next
 * PyErr_CheckSignals. A blocked signal waits in the pending set instead.
 */
export function _PySignal_Trip(signum: number): void {
  const st = get_signal_state();
  if (st.blocked.has(signum)) st.pending.add(signum);
  else {
    st.tripped.add(signum);
    _PyEval_SignalReceived(PyErr_CheckSignals);
  }
}

/**
 * @cpython PyErr_SetInterruptEx: simulate the arrival of `signum` (what _thread.interrupt_main
 * does): its Python handler runs at the next eval-breaker check; an ignored signal, or one with
 * the default action, is dropped. Returns -1 (nothing set) for a number out of range.
 */
export function PyErr_SetInterruptEx(signum: number): number {
  if (signum < 1 || signum >= Py_NSIG) return -1;
  const st = get_signal_state();
  // CPython installs default_int_handler for SIGINT at start-up; here _signal does it on import.
  if (signum === SIGINT && st.default_int_handler === null) Py_XDECREF(PyImport_ImportModule("_signal"));
  const h = st.handlers[signum];
  if (h === null || compare_handler(h, SIG_IGN) || compare_handler(h, SIG_DFL)) return 0;
  _PySignal_Trip(signum);
  return 0;
}

/** The host's signal words, once _PySignal_Init has asked it to catch signals. */
let hostFlags: Int32Array | null = null;

/**
 * @cpython signal_handler (the C handler): take the signals the host noted since the last
 * look. The handler in place decides what a signal does, as when the C handler runs.
 */
function take_host_signals(st: signal_state, flags: Int32Array): void {
  for (let signum = 1; signum < Py_NSIG; signum++) {
    if (Atomics.load(flags, signum) === 0) continue;
    Atomics.store(flags, signum, 0);
    const h = st.handlers[signum];
    if (h === null || compare_handler(h, SIG_IGN)) continue;
    if (compare_handler(h, SIG_DFL)) {
      // The handler was reset just as the signal came: its default action, now.
      const os = hostOS();
      os.catch_signal(signum, false);
      os.kill(os.getpid(), signum);
      continue;
    }
    _PySignal_Trip(signum);
  }
}

/** Make the host catch `signum` unless its handler is SIG_DFL (its default action). */
function update_host_catch(st: signal_state, signum: number): void {
  if (hostFlags === null) return;
  const h = st.handlers[signum];
  hostOS().catch_signal(signum, h !== null && !compare_handler(h, SIG_DFL));
}

/**
 * @cpython _PySignal_Init: at start-up, import _signal (SIGINT's handler becomes
 * default_int_handler) and, when `install` (config.install_signal_handlers), have the host
 * catch the signals whose handlers are Python's.
 */
export function _PySignal_Init(install: boolean): number {
  if (!install) return 0;
  const m = PyImport_ImportModule("_signal");
  if (m === null) return -1;
  Py_DECREF(m);
  const flags = hostOS().signal_flags();
  if (flags === null) return 0;
  hostFlags = flags;
  _PyEval_UseHostSignals(flags);
  _PyEval_SetSignalHandler(PyErr_CheckSignals);
  update_host_catch(get_signal_state(), SIGINT);
  return 0;
}

/**
 * @cpython PyErr_CheckSignals: call the Python handlers of the signals that arrived, lowest
 * number first, with (signum, current frame). Returns -1 with the handler's exception set.
 */
export function PyErr_CheckSignals(): number {
  const st = state;
  if (st === null) return 0;
  if (hostFlags !== null) take_host_signals(st, hostFlags);
  if (st.tripped.size === 0) return 0;
  const tstate = _PyThreadState_GET();
  for (let i = 1; i < Py_NSIG; i++) {
    if (!st.tripped.has(i)) continue;
    st.tripped.delete(i);
    const func = st.handlers[i];
    if (func === null || func === Py_None || compare_handler(func, SIG_IGN) || compare_handler(func, SIG_DFL)) {
      // The handler was reset between the arrival and this check.
      continue;
    }
    const frame = tstate.current_frame === null ? Py_None : PyFrame_GetFrameObject(tstate.current_frame);
    Py_INCREF(frame);
    const signum = PyLong_FromNumber(i);
    const result = PyObject_Vectorcall(func, [signum, frame], null);
    Py_DECREF(signum);
    Py_DECREF(frame);
    if (result === null) return -1;
    Py_DECREF(result);
  }
  return 0;
}

/**
 * Deliver `signum` to this process as raise(3) would: a Python handler is tripped; an
 * ignored signal is dropped; one with the default action goes to the host's kill(2), so the
 * operating system applies the default (ending or stopping the process, or nothing).
 * os.kill() of this process's own id comes here too. Returns 0 or a negative errno.
 */
export function _PySignal_RaiseInProcess(signum: number): number {
  const st = get_signal_state();
  const h = st.handlers[signum];
  if (faulthandler_hook !== null && !st.blocked.has(signum)) {
    const isDefault = h !== null && compare_handler(h, SIG_DFL);
    if (!faulthandler_hook(signum, isDefault)) return 0;
  }
  if (h !== null && compare_handler(h, SIG_IGN)) return 0;
  if (h !== null && compare_handler(h, SIG_DFL) && !st.blocked.has(signum)) {
    const os = hostOS();
    const r = os.kill(os.getpid(), signum);
    if (r < 0) return r;
    return 0;
  }
  _PySignal_Trip(signum);
  return 0;
}

/** @cpython signal_default_int_handler: raise KeyboardInterrupt. */
function signal_default_int_handler(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("default_int_handler", args.length, 2, 2)) return null;
  if (intArg(args[0]) === null) return null;
  PyErr_SetNone(PyExc_KeyboardInterrupt);
  return null;
}

/** @cpython signal_raise_signal */
function signal_raise_signal(_module: PyObject | null, arg: PyObject): PyObject | null {
  const signalnum = intArg(arg);
  if (signalnum === null) return null;
  // raise(3) itself checks the number: 0 sends nothing.
  if (signalnum === 0) return Py_NewNone();
  if (signalnum < 0 || signalnum >= Py_NSIG || isReservedSignal(signalnum)) return setFromErrno(EINVAL);
  const err = _PySignal_RaiseInProcess(signalnum);
  if (err < 0) return setFromErrno(-err);
  if (PyErr_CheckSignals() < 0) return null;
  return Py_NewNone();
}

/** @cpython signal_signal: install a handler; returns the previous one. */
function signal_signal(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("signal", args.length, 2, 2)) return null;
  const signalnum = intArg(args[0]);
  if (signalnum === null) return null;
  const handler = args[1];
  const st = get_signal_state();
  if (!signum_in_range(signalnum)) return null;
  if (!compare_handler(handler, SIG_IGN) && !compare_handler(handler, SIG_DFL) && !PyCallable_Check(handler)) {
    return PyErr_SetString(PyExc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  // Signals already noted are handled with the old handler first.
  if (PyErr_CheckSignals() < 0) return null;
  // sigaction(2) refuses SIGKILL, SIGSTOP and the C library's own signals.
  if (signalnum === SIGKILL || signalnum === SIGSTOP || isReservedSignal(signalnum)) return setFromErrno(EINVAL);
  const old = st.handlers[signalnum];
  Py_INCREF(handler);
  st.handlers[signalnum] = handler;
  update_host_catch(st, signalnum);
  if (old === null) return Py_NewNone();
  return old;
}

/** @cpython signal_getsignal */
function signal_getsignal(_module: PyObject | null, arg: PyObject): PyObject | null {
  const signalnum = intArg(arg);
  if (signalnum === null) return null;
  if (!signum_in_range(signalnum)) return null;
  const h = get_signal_state().handlers[signalnum];
  if (h === null) return Py_NewNone();
  Py_INCREF(h);
  return h;
}

/** @cpython signal_strsignal */
function signal_strsignal(_module: PyObject | null, arg: PyObject): PyObject | null {
  const signalnum = intArg(arg);
  if (signalnum === null) return null;
  if (!signum_in_range(signalnum)) return null;
  let res: string | null;
  if (signalnum < SIGNAL_DESCRIPTIONS.length) res = SIGNAL_DESCRIPTIONS[signalnum];
  else if (signalnum >= 34 && signalnum <= 64) res = `Real-time signal ${signalnum - 34}`;
  else res = null;
  if (res === null) return Py_NewNone();
  return PyUnicode_FromString(res);
}

/** A set of signal numbers as a Python set. @returns new */
function sigset_to_set(mask: Set<number>): PyObject | null {
  const result = PySet_New(null);
  if (result === null) return null;
  for (const s of [...mask].sort((a, b) => a - b)) {
    const n = PyLong_FromNumber(s);
    const r = PySet_Add(result, n);
    Py_DECREF(n);
    if (r < 0) {
      Py_DECREF(result);
      return null;
    }
  }
  return result;
}

/** @cpython _Py_Sigset_Converter: an iterable of signal numbers as a set of them. */
function iterable_to_sigset(iterable: PyObject): Set<number> | null {
  const it = PyObject_GetIter(iterable);
  if (it === null) return null;
  const mask = new Set<number>();
  for (;;) {
    const item = PyIter_Next(it);
    if (item === null) break;
    const i = _PyNumber_Index(item);
    Py_DECREF(item);
    if (i === null) {
      Py_DECREF(it);
      return null;
    }
    const v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
    // PyLong_AsLongAndOverflow: a value past a C long reads as -1.
    const n = typeof v === "bigint" ? (v > 9223372036854775807n || v < -9223372036854775808n ? -1 : Number(v)) : v;
    if (n <= 0 || n >= Py_NSIG) {
      Py_DECREF(it);
      PyErr_SetString(PyExc_ValueError, `signal number ${n} out of range [1; ${Py_NSIG - 1}]`);
      return null;
    }
    mask.add(n);
  }
  Py_DECREF(it);
  return mask;
}

/** @cpython signal_pthread_sigmask: change the mask; returns the old one. */
function signal_pthread_sigmask(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("pthread_sigmask", args.length, 2, 2)) return null;
  const how = intArg(args[0]);
  if (how === null) return null;
  const mask = iterable_to_sigset(args[1]);
  if (mask === null) return null;
  const st = get_signal_state();
  if (how !== SIG_BLOCK && how !== SIG_UNBLOCK && how !== SIG_SETMASK) return setFromErrno(EINVAL);
  const previous = sigset_to_set(st.blocked);
  if (previous === null) return null;
  // The kernel never blocks SIGKILL or SIGSTOP; the C library keeps its own signals.
  for (const s of [SIGKILL, SIGSTOP, 32, 33]) mask.delete(s);
  if (how === SIG_BLOCK) for (const s of mask) st.blocked.add(s);
  else if (how === SIG_UNBLOCK) for (const s of mask) st.blocked.delete(s);
  else st.blocked = mask;
  // Pending signals that are no longer blocked arrive now.
  for (const s of [...st.pending]) {
    if (st.blocked.has(s)) continue;
    st.pending.delete(s);
    const err = _PySignal_RaiseInProcess(s);
    if (err < 0) {
      Py_DECREF(previous);
      return setFromErrno(-err);
    }
  }
  if (PyErr_CheckSignals() < 0) {
    Py_DECREF(previous);
    return null;
  }
  return previous;
}

/** @cpython signal_sigpending */
function signal_sigpending(_module: PyObject | null): PyObject | null {
  return sigset_to_set(get_signal_state().pending);
}

/** @cpython signal_valid_signals: every signal number but the C library's reserved ones. */
function signal_valid_signals(_module: PyObject | null): PyObject | null {
  const all = new Set<number>();
  for (let s = 1; s < Py_NSIG; s++) if (!isReservedSignal(s)) all.add(s);
  return sigset_to_set(all);
}

/**
 * @cpython signal_set_wakeup_fd: set_wakeup_fd(fd, /, *, warn_on_full_buffer=True) -> old fd.
 * The descriptor receives a byte per signal in CPython; here it is recorded and returned.
 */
function signal_set_wakeup_fd(_module: PyObject | null, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  // PyArg_ParseTupleAndKeywords "i|$p:set_wakeup_fd"
  const nkw = kwnames === null ? 0 : kwnames.ob_item.length;
  const nargs = args.length - nkw;
  if (args.length > 2) {
    return PyErr_SetString(PyExc_TypeError, `set_wakeup_fd() takes at most 2 arguments (${args.length} given)`);
  }
  if (nargs > 1) {
    return PyErr_SetString(PyExc_TypeError, `set_wakeup_fd() takes at most 1 positional argument (${nargs} given)`);
  }
  let warn_obj: PyObject | null = null;
  for (let k = 0; k < nkw; k++) {
    const key = (kwnames!.ob_item[k] as PyUnicodeObject).str;
    if (key === "warn_on_full_buffer") warn_obj = args[nargs + k];
    else if (key !== "fd" || nargs > 0) {
      return PyErr_SetString(PyExc_TypeError, `'${key}' is an invalid keyword argument for set_wakeup_fd()`);
    }
  }
  if (nargs === 0) {
    return PyErr_SetString(PyExc_TypeError, "set_wakeup_fd() takes exactly 1 positional argument (0 given)");
  }
  const fd = intArg(args[0]);
  if (fd === null) return null;
  let warn = true;
  if (warn_obj !== null) {
    const t = PyObject_IsTrue(warn_obj);
    if (t < 0) return null;
    warn = t !== 0;
  }
  const st = get_signal_state();
  if (fd !== -1) {
    if (fd < 0) return setFromErrno(EBADF);
    const r = hostOS().fstat(fd);
    if (typeof r === "number") return setFromErrno(-r);
  }
  const old_fd = st.wakeup_fd;
  st.wakeup_fd = fd;
  st.warn_on_full_buffer = warn;
  return PyLong_FromNumber(old_fd);
}

/** faulthandler's look at each signal before delivery (its C-level handler in CPython). */
let faulthandler_hook: ((signum: number, isDefaultAction: boolean) => boolean) | null = null;

/** Set by faulthandler: called before an in-process signal is delivered; false stops delivery. */
export function _PyFaulthandler_SetHook(hook: ((signum: number, isDefaultAction: boolean) => boolean) | null): void {
  faulthandler_hook = hook;
}

/** @cpython PySignal_SetWakeupFd: the descriptor set_wakeup_fd recorded (-1 for none). */
export function PySignal_GetWakeupFd(): number {
  return state === null ? -1 : state.wakeup_fd;
}

const signal_methods: PyMethodDef[] = [
  { ml_name: "default_int_handler", ml_meth: signal_default_int_handler, ml_flags: METH_FASTCALL,
    ml_doc: "default_int_handler($module, signalnum, frame, /)\n--\n\nThe default handler of SIGINT: raises KeyboardInterrupt." },
  { ml_name: "raise_signal", ml_meth: signal_raise_signal, ml_flags: METH_O,
    ml_doc: "raise_signal($module, signalnum, /)\n--\n\nSend a signal to the running process." },
  { ml_name: "strsignal", ml_meth: signal_strsignal, ml_flags: METH_O,
    ml_doc: "strsignal($module, signalnum, /)\n--\n\nThe system's description of a signal, such as \"Interrupt\" for SIGINT;\n" +
      "None when the signal has none." },
  { ml_name: "signal", ml_meth: signal_signal, ml_flags: METH_FASTCALL,
    ml_doc: "signal($module, signalnum, handler, /)\n--\n\nSet the handler of a signal: a callable taking (signalnum, frame), or\n" +
      "SIG_IGN or SIG_DFL. Returns the previous handler." },
  { ml_name: "getsignal", ml_meth: signal_getsignal, ml_flags: METH_O,
    ml_doc: "getsignal($module, signalnum, /)\n--\n\nThe current handler of a signal: a callable, SIG_IGN, SIG_DFL, or None\n" +
      "when the handler was not set from Python." },
  { ml_name: "set_wakeup_fd", ml_meth: signal_set_wakeup_fd, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)\n--\n\nSet the file descriptor told about arriving signals (-1: none).\n" +
      "Returns the previous one." },
  { ml_name: "pthread_sigmask", ml_meth: signal_pthread_sigmask, ml_flags: METH_FASTCALL,
    ml_doc: "pthread_sigmask($module, how, mask, /)\n--\n\nBlock or unblock signals (SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK); returns the old mask." },
  { ml_name: "sigpending", ml_meth: signal_sigpending, ml_flags: 0x0004,
    ml_doc: "sigpending($module, /)\n--\n\nThe signals raised while blocked, waiting to be delivered." },
  { ml_name: "valid_signals", ml_meth: signal_valid_signals, ml_flags: 0x0004,
    ml_doc: "valid_signals($module, /)\n--\n\nThe set of signal numbers valid on this platform." },
];

const module_doc =
  "Handling of signals, the operating system's notices to a process.\n\n" +
  "signal() sets the handler of a signal, getsignal() reads it, raise_signal() sends one to\n" +
  "this process. SIG_DFL and SIG_IGN stand for the default action and for ignoring the\n" +
  "signal; default_int_handler raises KeyboardInterrupt. The SIG* constants are the\n" +
  "signal numbers.";

/** @cpython PyInit__signal (with signal_module_exec and signal_install_handlers) */
export function PyInit__signal(): PyObject | null {
  const m: PyModuleObject = PyModule_Create("_signal", module_doc, signal_methods);
  const st = get_signal_state();
  PyModule_AddObjectRef(m, "SIG_DFL", st.default_handler);
  PyModule_AddObjectRef(m, "SIG_IGN", st.ignore_handler);
  PyModule_AddIntConstant(m, "NSIG", Py_NSIG);
  PyModule_AddIntConstant(m, "SIG_BLOCK", SIG_BLOCK);
  PyModule_AddIntConstant(m, "SIG_UNBLOCK", SIG_UNBLOCK);
  PyModule_AddIntConstant(m, "SIG_SETMASK", SIG_SETMASK);
  for (const [name, num] of SIGNALS) PyModule_AddIntConstant(m, name, num);
  if (st.default_int_handler === null) {
    const modname = PyUnicode_FromString("_signal");
    const dih = PyCFunction_NewEx(signal_methods[0], m, null, modname);
    Py_DECREF(modname);
    st.default_int_handler = dih;
    // SIGINT raises KeyboardInterrupt unless Python code says otherwise.
    const old = st.handlers[SIGINT];
    if (old !== null && compare_handler(old, SIG_DFL)) {
      Py_DECREF(old);
      Py_INCREF(dih);
      st.handlers[SIGINT] = dih;
    }
  }
  // The module's own default_int_handler is the one in the handler table, so that
  // getsignal(SIGINT) is signal.default_int_handler.
  PyModule_AddObjectRef(m, "default_int_handler", st.default_int_handler);
  return m;
}
