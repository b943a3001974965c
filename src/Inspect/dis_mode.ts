/**
 * @typhon `typhon --dis FILE`: what `python3 -m dis FILE` prints. dis's command line
 * reads the file as bytes, compiles it with `compile(source, FILE, "exec")` and prints
 * `dis.dis` of the module code, nested code objects included.
 */
import type { Host } from "../Host/host.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { _Py_HashRandomization_Init } from "../Python/pyhash.ts";
import { formatCompilerWarning, Py_CompileBytes, PyErr_Display } from "../Python/pythonrun.ts";
import { readSourceForExplain } from "./ast_view.ts";
import { disassembleCode } from "./dis_view.ts";
import type { CompilerWarning } from "../Python/compile.ts";

/** PYTHONHASHSEED decides the order of frozenset constants, as in CPython. */
export function initHashSeed(host: Host): void {
  const seed = host.getenv("PYTHONHASHSEED");
  if (seed !== undefined && /^\d+$/.test(seed) && seed !== "random") _Py_HashRandomization_Init(Number(seed));
}

export function disMode(host: Host, filename: string, config: { optimization_level: number } = { optimization_level: 0 }): number {
  initHashSeed(host);
  const bytes = readSourceForExplain(host, filename);
  if (bytes === null) return 1;
  const warn = (w: CompilerWarning) => host.writeStderr(formatCompilerWarning(bytes, filename, w));
  const code = Py_CompileBytes(bytes, filename, "exec", { warn, optimize: config.optimization_level });
  if (code instanceof PyFrontEndError) {
    host.writeStderr("Traceback (most recent call last):\n");
    PyErr_Display(host, code);
    return 1;
  }
  host.writeStdout(disassembleCode(code));
  return 0;
}
