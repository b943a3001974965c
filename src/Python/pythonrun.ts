/**
 * @mirrors Python/pythonrun.c
 * PLACEHOLDER (issue 3): running files and printing errors are being written.
 */
import type { Host } from "../Host/host.ts";
import type { PyFrontEndError } from "../Include/pyerrors.ts";

/** @cpython PyErr_Display (for errors raised by the front end): writes what CPython prints to stderr. */
export function PyErr_Display(host: Host, err: PyFrontEndError): void {
  host.writeStderr(`${err.type}: ${err.msg}\n`);
}

/** @cpython _PyRun_AnyFileObject: runs FILE as __main__; returns the exit status. */
export function runFile(host: Host, _filename: string, _argv: readonly string[]): number {
  host.writeStderr("typhon: running programs is not implemented yet\n");
  return 2;
}
