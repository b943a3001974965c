/**
 * @typhon One run of the command line on the Node host: Py_BytesMain, then the exit status
 * (or the SIGINT of an unhandled KeyboardInterrupt). Shared by the bundle's entry
 * (node_main.ts) and the start-up snapshot's (node_snapshot.ts).
 */
import type { NodeHost } from "./node_host.ts";
import { Py_BytesMain } from "../Modules/main.ts";
import { FatalStartupError } from "../Python/pylifecycle.ts";
import { _Py_UnhandledKeyboardInterrupt } from "../Python/pythonrun.ts";

/** Thrown out of Py_BytesMain to abandon this run before it has done anything (see node_snapshot.ts). */
export class RunElsewhere extends Error {}

export function runTyphon(host: NodeHost): void {
  let status: number;
  try {
    status = Py_BytesMain(host);
  } catch (e) {
    if (e instanceof RunElsewhere) throw e;
    if (e instanceof FatalStartupError) {
      host.flush();
      process.exit(1);
    }
    // D11: an internal fault is reported as CPython reports a SystemError, never as a JS trace.
    host.writeStderr(`SystemError: typhon internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.TYPHON_DEBUG) host.writeStderr(`${(e as Error)?.stack}\n`);
    status = 1;
  }
  host.flush();
  // exit_sigint: end by the signal itself (Node restores the terminal and re-raises it); the
  // status stays 128 + SIGINT in case the signal does not end the process.
  if (_Py_UnhandledKeyboardInterrupt) {
    status = 130;
    host.os.catch_signal(2, false);
    process.kill(process.pid, "SIGINT");
  }
  process.exitCode = status;
}
