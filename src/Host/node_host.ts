/**
 * @typhon The Node implementation of Host: real files and buffered standard streams.
 * Output is collected and written synchronously so that nothing is lost at exit.
 */
import { existsSync, readFileSync, readSync, writeSync } from "node:fs";
import path from "node:path";
import { isatty } from "node:tty";
import type { Host } from "./host.ts";
import { NodeOS } from "./node_os.ts";

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
};

class OutStream {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }
  flush(): void {
    if (!this.chunks.length) return;
    const data = Buffer.from(this.chunks.join(""), "utf8");
    this.chunks = [];
    this.size = 0;
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
        throw e;
      }
    }
  }
}

export class NodeHost implements Host {
  readonly stdout = new OutStream(1);
  readonly stderr = new OutStream(2);
  readonly os = new NodeOS(() => this.flush());
  readonly prefix: string;
  constructor(readonly argv: readonly string[], prefix?: string) {
    this.prefix = prefix ?? installDir();
  }
  readFile(path: string): Uint8Array | { errno: string; strerror: string } {
    try {
      return readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? "EIO";
      return { errno: code, strerror: ERRNO_TEXT[code] ?? code };
    }
  }
  writeStdout(text: string): void { this.stdout.write(text); }
  cwd(): string { return process.cwd(); }
  getenv(name: string): string | undefined { return process.env[name]; }
  writeStderr(text: string): void { this.stderr.write(text); }
  flush(): void { this.stdout.flush(); this.stderr.flush(); }
  /** Whether standard input is a terminal (the interactive prompt). */
  // (isatty, not process.stdin: Node's stdin stream would make the descriptor non-blocking.)
  stdinIsTTY(): boolean { return isatty(0); }
  private inBuf = Buffer.alloc(0);
  private inEOF = false;
  /**
   * One line of standard input with its newline; "" at end of input; null when a caught
   * signal interrupted the read (what is typed after it makes the next line). Blocks
   * (synchronously).
   */
  readLine(): string | null {
    this.flush();
    for (;;) {
      const nl = this.inBuf.indexOf(10);
      if (nl >= 0) {
        const line = this.inBuf.subarray(0, nl + 1).toString("utf8");
        this.inBuf = this.inBuf.subarray(nl + 1);
        return line;
      }
      if (this.inEOF) {
        const rest = this.inBuf.toString("utf8");
        this.inBuf = Buffer.alloc(0);
        return rest;
      }
      const chunk = Buffer.alloc(65536);
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          // A non-blocking descriptor (another program may share it): poll it, but let a
          // caught signal end the wait.
          if (this.os.sleep(0.005) < 0) return null;
          continue;
        }
        if (code === "EINTR") {
          this.os.settleSignals();
          return null;
        }
        n = 0;
      }
      if (n === 0) this.inEOF = true;
      else this.inBuf = Buffer.concat([this.inBuf, chunk.subarray(0, n)]);
    }
  }
  /** All of standard input (for `typhon -` and a piped program). */
  readAllStdin(): Uint8Array {
    const parts: Buffer[] = [this.inBuf];
    this.inBuf = Buffer.alloc(0);
    const chunk = Buffer.alloc(65536);
    for (;;) {
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        n = 0;
      }
      if (n === 0) break;
      parts.push(Buffer.from(chunk.subarray(0, n)));
    }
    this.inEOF = true;
    return Buffer.concat(parts);
  }
}

/** The checkout this code runs from: the nearest folder above it with a package.json. */
function installDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(__dirname, "..");
    dir = up;
  }
  return dir;
}
