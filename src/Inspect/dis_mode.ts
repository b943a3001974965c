/**
 * @typhon `typhon --dis FILE`: what `python3 -m dis FILE` prints. dis's command line
 * reads the file as bytes, compiles it with `compile(source, FILE, "exec")` and prints
 * `dis.dis` of the module code, nested code objects included.
 */
import type { Host } from "../Host/host.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { unicode_repr } from "../Objects/unicodeobject.ts";
import { _Py_HashRandomization_Init } from "../Python/pyhash.ts";
import { formatCompilerWarning, Py_CompileBytes, PyErr_Display } from "../Python/pythonrun.ts";
import { disassembleCode } from "./dis_view.ts";
import type { CompilerWarning } from "../Python/compile.ts";

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "FileNotFoundError"], EACCES: [13, "PermissionError"], EISDIR: [21, "IsADirectoryError"],
};

/** PYTHONHASHSEED decides the order of frozenset constants, as in CPython. */
export function initHashSeed(host: Host): void {
  const seed = host.getenv("PYTHONHASHSEED");
  if (seed !== undefined && /^\d+$/.test(seed) && seed !== "random") _Py_HashRandomization_Init(Number(seed));
}

export function disMode(host: Host, filename: string, config: { optimization_level: number } = { optimization_level: 0 }): number {
  initHashSeed(host);
  const bytes = host.readFile(filename);
  if (!(bytes instanceof Uint8Array)) {
    const [errno, type] = ERRNO[bytes.errno] ?? [5, "OSError"];
    host.writeStderr(`Traceback (most recent call last):\n${type}: [Errno ${errno}] ${bytes.strerror}: ${unicode_repr(filename)}\n`);
    return 1;
  }
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
