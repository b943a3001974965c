// @typhon The marshal round trips (run by CI), on CPython's own code objects. For every
// .pyc in DIR (with DIR/NAME.dis holding what python3's dis.dis printed for it and
// DIR/NAME.src its source path — tools/pyc_sample.py makes them): load it, dump it back
// replaying the recorded shape and compare the bytes; dump it again with our own sharing
// rules and check it loads to the same disassembly; compare our disassembly with python3's
// (informational: frozenset constants reloaded from a .pyc may list in another order); and
// compile the source with typhon, dump and reload that code, and check that dumping it
// again gives the same bytes. Exits 1 when a round trip fails.
// Usage: npx tsx tools/check-marshal.ts DIR [--show N]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPyc, dumps, loads, type ShapeStep } from "../src/Python/marshal.ts";
import { disassembleCode } from "../src/Inspect/dis_view.ts";
import { PyCodeObject } from "../src/Objects/codeobject.ts";
import { Py_CompileBytes } from "../src/Python/pythonrun.ts";

export interface SweepResult { files: number; roundTrip: number; reload: number; dis: number; compiled: number; failures: string[] }

const normalize = (s: string): string => s.replace(/at 0x[0-9a-f]+/g, "at 0xADDR");

export function sweep(dir: string): SweepResult {
  const r: SweepResult = { files: 0, roundTrip: 0, reload: 0, dis: 0, compiled: 0, failures: [] };
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".pyc")).sort()) {
    r.files++;
    const data = readFileSync(path.join(dir, name));
    const shape: ShapeStep[] = [];
    const { code } = readPyc(data, shape);
    const body = data.subarray(16);
    const again = dumps(code, shape);
    if (Buffer.compare(Buffer.from(again), body) === 0) r.roundTrip++;
    else r.failures.push(`${name}: replayed dump differs`);
    const ours = dumps(code);
    const reloaded = loads(ours);
    const text = disassembleCode(code);
    if (reloaded instanceof PyCodeObject && normalize(disassembleCode(reloaded)) === normalize(text)) r.reload++;
    else r.failures.push(`${name}: our dump does not reload to the same code`);
    const expected = readFileSync(path.join(dir, name.replace(/\.pyc$/, ".dis")), "utf8");
    if (normalize(text) === normalize(expected)) r.dis++;
    else r.failures.push(`${name}: dis differs`);
    const source = readFileSync(path.join(dir, name.replace(/\.pyc$/, ".src")), "utf8");
    const ourCode = Py_CompileBytes(readFileSync(source), source, "exec");
    // Byte-compared after a second dump: reloading may list a frozenset in another order.
    const ourDump = ourCode instanceof PyCodeObject ? dumps(ourCode) : null;
    const ourReloaded = ourDump ? loads(ourDump) : null;
    if (ourDump && ourReloaded instanceof PyCodeObject && Buffer.compare(Buffer.from(dumps(ourReloaded)), Buffer.from(ourDump)) === 0) r.compiled++;
    else r.failures.push(`${name}: typhon's code for ${source} does not survive dump and reload`);
  }
  return r;
}

if (process.argv[1]?.endsWith("check-marshal.ts")) {
  const dir = process.argv[2];
  const show = Number(process.argv[process.argv.indexOf("--show") + 1] || 5);
  const r = sweep(dir);
  for (const f of r.failures.slice(0, show)) console.log(f);
  console.log(`${r.files} files: round trip ${r.roundTrip}, reload ${r.reload}, typhon-compiled reload ${r.compiled}, dis ${r.dis} (informational)`);
  const failed = r.files * 3 - r.roundTrip - r.reload - r.compiled;
  console.log(`${r.files * 3 - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
