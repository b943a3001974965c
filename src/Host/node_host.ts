/**
 * @typhon The Node implementation of Host: real files and buffered standard streams.
 * Output is collected and written synchronously so that nothing is lost at exit.
 */
import { readFileSync, writeSync } from "node:fs";
import type { Host } from "./host.ts";

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
  constructor(readonly argv: readonly string[]) {}
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
}
