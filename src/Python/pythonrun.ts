/**
 * @typhon PLACEHOLDER: running files is being written (issues 3 and 5).
 */
import type { Host } from "../Host/host.ts";
export function runFile(host: Host, _filename: string, _argv: readonly string[]): number {
  host.writeStderr("typhon: running programs is not implemented yet\n");
  return 2;
}
