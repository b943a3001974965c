/**
 * @mirrors Python/ceval.c
 * The eval breaker: the one flag the eval loop polls at RESUME and at every backward jump, and
 * what it stands for — signals whose Python handlers have to run, and calls queued with
 * Py_AddPendingCall. (In CPython this part of ceval.c also drops the GIL on request and
 * raises asynchronous exceptions; those join the flag when threads arrive.) Keeping it a single
 * word keeps the cost of the poll in the loop to one load and a branch.
 *
 * The flag is word 0 of an Int32Array because a signal from outside (Ctrl-C) is noted by
 * another thread of the host, in shared memory (HostOS.signal_flags): from the main phase of
 * start-up on, the array is the host's, and words 1..NSIG-1 say which signals arrived.
 */
import type { PyThreadState } from "./pystate.ts";

/** @cpython _ceval_state / _ceval_runtime_state: what is waiting for the eval loop. */
export const _PyCeval = {
  /**
   * Word 0 is set for any of the reasons below: the loop calls _Py_HandlePending when it
   * is. The rest are the host's signal words (empty until _PyEval_UseHostSignals).
   */
  eval_breaker: new Int32Array(1) as Int32Array<ArrayBufferLike>,
  /** A signal arrived whose Python handler has not run yet (signals_pending). */
  signals_pending: false,
};

/** From now on the host's shared words carry the breaker and the signals it catches. */
export function _PyEval_UseHostSignals(flags: Int32Array): void {
  if (_PyCeval.eval_breaker[0] !== 0) Atomics.store(flags, 0, 1);
  _PyCeval.eval_breaker = flags;
}

/** One past the highest signal number: the host's signal words are 1..NSIG-1. */
const NSIG = 65;

/** Whether the host noted a signal that the signal module has not taken yet. */
function host_signal_arrived(): boolean {
  const words = _PyCeval.eval_breaker;
  for (let i = 1; i < words.length && i < NSIG; i++) if (Atomics.load(words, i) !== 0) return true;
  return false;
}

type PendingCall = () => number;
const pendingCalls: PendingCall[] = [];

/**
 * How tripped signals are handled: PyErr_CheckSignals of Modules/signalmodule.ts, which hands
 * itself over when the first signal trips (the eval loop does not import the signal module).
 */
let handleSignals: (() => number) | null = null;

/** @cpython COMPUTE_EVAL_BREAKER */
function COMPUTE_EVAL_BREAKER(): void {
  const words = _PyCeval.eval_breaker;
  if (_PyCeval.signals_pending || pendingCalls.length > 0) {
    Atomics.store(words, 0, 1);
    return;
  }
  Atomics.store(words, 0, 0);
  // A signal the host noted while the flag was being cleared keeps it set.
  if (host_signal_arrived()) Atomics.store(words, 0, 1);
}

/**
 * The signal module's PyErr_CheckSignals, handed over at start-up (_PySignal_Init) or when
 * the first signal trips (the eval loop does not import the signal module).
 */
export function _PyEval_SetSignalHandler(handler: () => number): void {
  handleSignals = handler;
}

/** @cpython _PyEval_SignalReceived: a signal tripped; `handler` runs its Python handler later. */
export function _PyEval_SignalReceived(handler: () => number): void {
  handleSignals = handler;
  _PyCeval.signals_pending = true;
  Atomics.store(_PyCeval.eval_breaker, 0, 1);
}

/** @cpython Py_AddPendingCall: run `func` in the main thread at the next eval-breaker check. */
export function Py_AddPendingCall(func: PendingCall): number {
  pendingCalls.push(func);
  Atomics.store(_PyCeval.eval_breaker, 0, 1);
  return 0;
}

/** @cpython handle_signals */
function handle_signals(): number {
  _PyCeval.signals_pending = false;
  COMPUTE_EVAL_BREAKER();
  if (handleSignals !== null && handleSignals() < 0) {
    // Keep the breaker set so signals that are still tripped run at the next check.
    _PyCeval.signals_pending = true;
    Atomics.store(_PyCeval.eval_breaker, 0, 1);
    return -1;
  }
  // The signal module has taken the host's words now: the breaker may go down.
  COMPUTE_EVAL_BREAKER();
  return 0;
}

/** @cpython make_pending_calls: at most the calls queued now; the first failure stops them. */
function make_pending_calls(): number {
  const n = pendingCalls.length;
  for (let i = 0; i < n && pendingCalls.length > 0; i++) {
    const func = pendingCalls.shift()!;
    COMPUTE_EVAL_BREAKER();
    if (func() < 0) {
      COMPUTE_EVAL_BREAKER();
      return -1;
    }
  }
  COMPUTE_EVAL_BREAKER();
  return 0;
}

/**
 * @cpython eval_frame_handle_pending: what the eval loop calls when eval_breaker is set.
 * Returns -1 with an exception set (a signal handler raised, say KeyboardInterrupt).
 */
export function _Py_HandlePending(_tstate: PyThreadState): number {
  if ((_PyCeval.signals_pending || host_signal_arrived()) && handle_signals() !== 0) return -1;
  if (pendingCalls.length > 0 && make_pending_calls() !== 0) return -1;
  return 0;
}
