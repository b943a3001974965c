/**
 * @typhon Catching SIGINT (Ctrl-C) on Node while Python runs synchronously.
 *
 * Node runs a JavaScript signal handler only when its event loop gets control, which never
 * happens while the interpreter runs a program: `process.on("SIGINT")` would fire after the
 * program ended. What Node can do is stop synchronous code on SIGINT: `vm` scripts run with
 * `breakOnSigint` are terminated by a watchdog thread that owns the signal. So a worker
 * thread runs a script that only waits (Atomics.wait) under that option; when SIGINT comes,
 * the wait is terminated, and the worker notes the signal in shared memory — exactly what
 * CPython's C-level signal handler does (trip_signal) — and waits again. The interpreter
 * finds the note at its next eval-breaker check (the words are HostOS.signal_flags).
 *
 * Layout of the shared words: 0 the eval breaker; 1..NSIG-1 one per signal; WAKE a counter
 * a sleeping interpreter waits on, bumped at each arrival; CONTROL the hand-shake between the
 * threads (BOOTING until the worker watches, then RUN; STOP asked by the main thread, STOPPED
 * answered by the worker, or set by the main thread when the worker has not started watching).
 */
import type { Worker } from "node:worker_threads";

const NSIG = 65;
const WAKE = NSIG;
const CONTROL = NSIG + 1;
const RUN = 0, STOP = 1, STOPPED = 2, BOOTING = 3;
const SIGINT = 2;

/** The worker's whole program (it is given the shared words as workerData). */
const WATCHER = `
const { workerData: flags } = require("node:worker_threads");
const vm = require("node:vm");
const context = vm.createContext({ Atomics, flags });
const wait = new vm.Script("Atomics.wait(flags, ${CONTROL}, ${RUN})");
// Unless the main thread stopped it while it booted, watch until told to stop.
if (Atomics.compareExchange(flags, ${CONTROL}, ${BOOTING}, ${RUN}) === ${BOOTING}) {
  for (;;) {
    try {
      wait.runInContext(context, { breakOnSigint: true });
    } catch {
      Atomics.store(flags, ${SIGINT}, 1);
      Atomics.store(flags, 0, 1);
      Atomics.add(flags, ${WAKE}, 1);
      Atomics.notify(flags, ${WAKE});
      continue;
    }
    if (Atomics.load(flags, ${CONTROL}) === ${STOP}) break;
  }
  Atomics.store(flags, ${CONTROL}, ${STOPPED});
  Atomics.notify(flags, ${CONTROL});
}
`;

function ignore(): void {}

export class NodeSignals {
  readonly flags = new Int32Array(new SharedArrayBuffer(4 * (CONTROL + 1)));
  private watcher: Worker | null = null;

  /** Only SIGINT can be caught (the watchdog Node offers is for SIGINT alone). */
  catch(signum: number, on: boolean): boolean {
    if (signum !== SIGINT) return false;
    if (on && this.watcher === null) {
      // Until the worker watches (it boots in tens of milliseconds), a SIGINT is dropped
      // rather than ending the process: Node's own handler only notes it for an event loop
      // that does not run while Python does.
      process.on("SIGINT", ignore);
      Atomics.store(this.flags, CONTROL, BOOTING);
      // Loaded now, not when the module is: a start-up snapshot cannot keep worker_threads.
      const { Worker } = process.getBuiltinModule("node:worker_threads");
      this.watcher = new Worker(WATCHER, { eval: true, workerData: this.flags, execArgv: [] });
      this.watcher.on("error", ignore);
      this.watcher.unref();
    } else if (!on && this.watcher !== null) {
      this.stopWatcher();
      process.removeListener("SIGINT", ignore);
    }
    return true;
  }

  /**
   * Ends the worker's watch before returning, so that a SIGINT sent right after has its
   * default action (Node's own handler: restore the terminal and die by the signal).
   */
  private stopWatcher(): void {
    if (Atomics.compareExchange(this.flags, CONTROL, BOOTING, STOPPED) !== BOOTING) {
      Atomics.store(this.flags, CONTROL, STOP);
      Atomics.notify(this.flags, CONTROL);
      // The worker answers as soon as its wait is woken; the time limit only guards a hang.
      Atomics.wait(this.flags, CONTROL, STOP, 1000);
    }
    void this.watcher!.terminate();
    this.watcher = null;
  }
  /** Sleeps, unless a caught signal arrives first: 0, or -EINTR. */
  sleep(seconds: number): number {
    const deadline = performance.now() + seconds * 1000;
    for (;;) {
      const seen = Atomics.load(this.flags, WAKE);
      if (this.pending()) return -4; // EINTR
      const left = deadline - performance.now();
      if (left <= 0) return 0;
      Atomics.wait(this.flags, WAKE, seen, left);
    }
  }

  /**
   * After a read failed with EINTR: the kernel interrupts the read at once, and the worker
   * notes the signal a moment later, so wait for the note (briefly: the signal that
   * interrupted the read may be one that is not caught).
   */
  settle(): void {
    const seen = Atomics.load(this.flags, WAKE);
    if (!this.pending()) Atomics.wait(this.flags, WAKE, seen, 200);
  }

  /** Whether a caught signal waits for the interpreter. */
  pending(): boolean {
    for (let i = 1; i < NSIG; i++) if (Atomics.load(this.flags, i) !== 0) return true;
    return false;
  }
}
