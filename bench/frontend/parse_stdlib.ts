// @typhon Benchmark, typhon side: parse every stdlib file to an AST in one process.
// Prints `seconds files failures` for the parsing work only (files are read beforehand).
import { stdlibFiles } from "./stdlib_files.ts";
import { _PyParser_ASTFromFile } from "../../src/Parser/peg_api.ts";
import { PyFrontEndError } from "../../src/Include/pyerrors.ts";

const files = stdlibFiles();
const start = performance.now();
let failures = 0;
for (const f of files) {
  if (_PyParser_ASTFromFile(f.bytes, f.path, "exec") instanceof PyFrontEndError) failures++;
}
const seconds = (performance.now() - start) / 1000;
console.log(`${seconds.toFixed(3)} ${files.length} ${failures}`);
