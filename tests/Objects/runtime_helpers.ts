// @typhon Shared by the object tests: start the runtime once (hash seed 0, as the python3
// oracle runs with PYTHONHASHSEED=0) and turn "i:123" / "s:abc" specs into int and str objects.
import { Py_InitializeFromConfig } from "../../src/Python/pylifecycle.ts";
import { NodeHost } from "../../src/Host/node_host.ts";
import type { PyObject } from "../../src/Include/object.ts";
import { PyLong_FromBigInt } from "../../src/Objects/longobject.ts";
import { PyUnicode_FromString } from "../../src/Objects/unicodeobject.ts";
import { reprString } from "../../src/Objects/object.ts";

let started = false;

export function initRuntime(): void {
  if (started) return;
  Py_InitializeFromConfig(new NodeHost([]), {
    optimization_level: 0, hash_seed: 0, argv: [""], executable: "typhon", orig_argv: ["typhon"],
  });
  started = true;
}

/** "i:<decimal>" -> int, "s:<text>" -> str (new references). */
export function keyFromSpec(spec: string): PyObject {
  const colon = spec.indexOf(":");
  const kind = spec.slice(0, colon), v = spec.slice(colon + 1);
  return kind === "i" ? PyLong_FromBigInt(BigInt(v)) : PyUnicode_FromString(v);
}

export function reprOf(o: PyObject): string {
  const s = reprString(o);
  if (s === null) throw new Error("repr failed");
  return s;
}
