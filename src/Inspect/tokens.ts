/**
 * @typhon PLACEHOLDER: the --tokens mode is being written (issue 3).
 */
import type { Host } from "../Host/host.ts";
export function tokensMode(host: Host, _filename: string): number {
  host.writeStderr("typhon: --tokens is not implemented yet\n");
  return 2;
}
