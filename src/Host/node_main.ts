/**
 * @typhon Entry point of the Node bundle (dist/typhon.cjs, which bin/typhon runs when there
 * is no start-up snapshot): builds the Node host and runs the command line.
 */
import { NodeHost } from "./node_host.ts";
import { runTyphon } from "./node_run.ts";

runTyphon(new NodeHost(process.argv.slice(2)));
