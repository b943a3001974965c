/**
 * @typhon `typhon --ast FILE`: what `python3 -m ast -a FILE` prints, that is
 * `ast.dump(ast.parse(source), include_attributes=True, indent=3)`. The file is read as
 * bytes and decoded by the tokenizer (BOM, coding cookie), as ast.parse of bytes does.
 */
import type { Host } from "../Host/host.ts";
import { _PyParser_ASTFromFile } from "../Parser/peg_api.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { PyErr_Display } from "../Python/pythonrun.ts";
import { ast_dump } from "./ast_dump.ts";
import { unicode_repr } from "../Objects/unicodeobject.ts";

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "FileNotFoundError"], EACCES: [13, "PermissionError"], EISDIR: [21, "IsADirectoryError"],
};

/**
 * The file's bytes, or null after printing the OSError the `python3 -m ast` and `-m dis`
 * command lines end with when they cannot open it.
 */
export function readSourceForExplain(host: Host, filename: string): Uint8Array | null {
  const bytes = host.readFile(filename);
  if (bytes instanceof Uint8Array) return bytes;
  const [errno, type] = ERRNO[bytes.errno] ?? [5, "OSError"];
  host.writeStderr(`Traceback (most recent call last):\n${type}: [Errno ${errno}] ${bytes.strerror}: ${unicode_repr(filename)}\n`);
  return null;
}

export function astMode(host: Host, filename: string): number {
  const bytes = readSourceForExplain(host, filename);
  if (bytes === null) return 1;
  // python3 -m ast parses with type_comments=True unless given --no-type-comments.
  const tree = _PyParser_ASTFromFile(bytes, filename, "exec", { type_comments: true });
  if (tree instanceof PyFrontEndError) {
    // python3 -m ast shows the traceback through runpy and ast.parse; the exception display
    // that ends it is the part that says what went wrong.
    host.writeStderr("Traceback (most recent call last):\n");
    PyErr_Display(host, tree);
    return 1;
  }
  host.writeStdout(ast_dump(tree, true, 3) + "\n");
  return 0;
}
