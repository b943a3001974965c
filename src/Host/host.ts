/**
 * @typhon The boundary between the interpreter and whatever runs it (Node or a browser,
 * DESIGN D9). Everything outside src/Host reaches files, standard streams and the process
 * only through this interface.
 */
export interface Host {
  /** The file's bytes, or an OSError description (errno name and strerror) if it cannot be read. */
  readFile(path: string): Uint8Array | { errno: string; strerror: string };
  writeStdout(text: string): void;
  /** The current working directory. */
  cwd(): string;
  writeStderr(text: string): void;
  readonly argv: readonly string[];
  /** An environment variable, or undefined when it is not set. */
  getenv(name: string): string | undefined;
  /** One line of standard input including its newline, "" at end of input (optional). */
  readLine?(): string;
  /** All of standard input (optional). */
  readAllStdin?(): Uint8Array;
  /** Whether standard input is an interactive terminal (optional). */
  stdinIsTTY?(): boolean;
  /** Write out buffered output (optional). */
  flush?(): void;
}
