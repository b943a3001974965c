// @typhon Runs a program through the Inspect step API, `budget` instructions at a time
// (used by step.test.ts in a child process: the runtime is one per process).
import { readFileSync } from "node:fs";
import path from "node:path";
import { NodeHost } from "../../src/Host/node_host.ts";
import { Stepper } from "../../src/Inspect/step.ts";

const [program, budgetArg] = process.argv.slice(2);
const budget = Number(budgetArg);
const host = new NodeHost([program]);
const file = path.resolve(program);
const stepper = new Stepper(host, readFileSync(file), file);
let pauses = 0;
let deepest = 0;
while (stepper.step(budget)) {
  pauses++;
  deepest = Math.max(deepest, stepper.frames().length);
}
host.flush();
process.stderr.write(`[pauses=${pauses} deepest=${deepest}]\n`);
process.exitCode = stepper.status ?? 1;
