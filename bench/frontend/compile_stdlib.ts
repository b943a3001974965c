// @typhon Benchmark, typhon side: compile every stdlib file to a code object in one process
// (parse, symtable, code generation, assembly). Prints `seconds files failures` for the
// compiling work only (files are read beforehand).
import { stdlibFiles } from "./stdlib_files.ts";
import { Py_CompileBytes } from "../../src/Python/pythonrun.ts";
import { PyFrontEndError } from "../../src/Include/pyerrors.ts";

const files = stdlibFiles();
const start = performance.now();
let failures = 0;
for (const f of files) {
  if (Py_CompileBytes(f.bytes, f.path, "exec") instanceof PyFrontEndError) failures++;
}
const seconds = (performance.now() - start) / 1000;
console.log(`${seconds.toFixed(3)} ${files.length} ${failures}`);
