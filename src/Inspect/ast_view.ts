/**
 * @typhon PLACEHOLDER: the --ast mode is being written (issue 3).
 */
import type { Host } from "../Host/host.ts";
export function astMode(host: Host, _filename: string): number {
  host.writeStderr("typhon: --ast is not implemented yet\n");
  return 2;
}
