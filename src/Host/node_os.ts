/**
 * @typhon The Node implementation of HostOS: each call is the matching synchronous `fs`/`process`
 * call, with Node's error codes turned back into Linux errno numbers (negative on failure).
 */
import * as fs from "node:fs";
import * as nodeOs from "node:os";
import { randomFillSync } from "node:crypto";
import { isatty } from "node:tty";
import type { HostOS, HostStat } from "./host.ts";
import { ERRNO_TABLE } from "./linux_errno.generated.ts";

const ERRNO_BY_NAME = new Map<string, number>(ERRNO_TABLE.map(([n, name]) => [name, n]));
const STRERROR = new Map<number, string>(ERRNO_TABLE.map(([n, , msg]) => [n, msg]));
const EIO = 5;

/** The negative errno of a Node exception (an internal error if it is not an OS error). */
function fail(e: unknown): number {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === undefined) throw e;
  return -(ERRNO_BY_NAME.get(code) ?? EIO);
}

function toStat(s: fs.BigIntStats): HostStat {
  return {
    st_mode: Number(s.mode), st_ino: s.ino, st_dev: s.dev, st_nlink: Number(s.nlink),
    st_uid: Number(s.uid), st_gid: Number(s.gid), st_size: Number(s.size),
    st_atime_ns: s.atimeNs, st_mtime_ns: s.mtimeNs, st_ctime_ns: s.ctimeNs,
    st_blksize: Number(s.blksize), st_blocks: Number(s.blocks), st_rdev: Number(s.rdev),
  };
}

/** Node keeps no file offset for positional reads, so lseek keeps one per fd here. */
export class NodeOS implements HostOS {
  /** Called before anything is written to fd 1 or 2 directly, so buffered text goes first. */
  constructor(private readonly flushStd: () => void) {}
  private readonly offsets = new Map<number, number>();
  private readonly cwdAtStart = process.cwd();

  open(path: string, flags: number, mode: number): number {
    try {
      const fd = fs.openSync(path, flags, mode);
      this.offsets.set(fd, 0);
      return fd;
    } catch (e) { return fail(e); }
  }
  close(fd: number): number {
    try { fs.closeSync(fd); this.offsets.delete(fd); return 0; } catch (e) { return fail(e); }
  }
  /** Reads at the kept offset for seekable files (null position = the kernel's offset). */
  read(fd: number, n: number): Uint8Array | number {
    const buf = Buffer.allocUnsafe(n);
    for (;;) {
      try {
        const pos = this.offsets.get(fd);
        const got = fs.readSync(fd, buf, 0, n, pos === undefined || pos < 0 ? null : pos);
        if (pos !== undefined && pos >= 0) this.offsets.set(fd, pos + got);
        return buf.subarray(0, got);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN" && fd === 0) { this.sleep(0.005); continue; }
        if (code === "EOF") return new Uint8Array(0);
        if (code === "ESPIPE") { this.offsets.set(fd, -1); continue; }
        return fail(e);
      }
    }
  }
  write(fd: number, data: Uint8Array): number {
    if (fd === 1 || fd === 2) this.flushStd();
    let off = 0;
    while (off < data.length) {
      try {
        const pos = this.offsets.get(fd);
        const n = fs.writeSync(fd, data, off, data.length - off, pos === undefined || pos < 0 ? null : pos);
        if (pos !== undefined && pos >= 0) this.offsets.set(fd, pos + n);
        off += n;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        if (code === "ESPIPE") { this.offsets.set(fd, -1); continue; }
        if (off > 0) return off;
        return fail(e);
      }
    }
    return off;
  }
  lseek(fd: number, offset: number, whence: number): number {
    let st: fs.Stats;
    try { st = fs.fstatSync(fd); } catch (e) { return fail(e); }
    if (st.isFIFO() || st.isSocket() || st.isCharacterDevice()) return -29; // ESPIPE
    const cur = this.offsets.get(fd) ?? 0;
    const base = whence === 0 ? 0 : whence === 1 ? cur : whence === 2 ? st.size : NaN;
    if (Number.isNaN(base)) return -22; // EINVAL
    const pos = base + offset;
    if (pos < 0) return -22;
    this.offsets.set(fd, pos);
    return pos;
  }
  fstat(fd: number): HostStat | number {
    try { return toStat(fs.fstatSync(fd, { bigint: true })); } catch (e) { return fail(e); }
  }
  stat(path: string): HostStat | number {
    try { return toStat(fs.statSync(path, { bigint: true })); } catch (e) { return fail(e); }
  }
  lstat(path: string): HostStat | number {
    try { return toStat(fs.lstatSync(path, { bigint: true })); } catch (e) { return fail(e); }
  }
  ftruncate(fd: number, length: number): number {
    try { fs.ftruncateSync(fd, length); return 0; } catch (e) { return fail(e); }
  }
  fsync(fd: number): number {
    try { fs.fsyncSync(fd); return 0; } catch (e) { return fail(e); }
  }
  isatty(fd: number): boolean { return nodeOsIsatty(fd); }
  dup(fd: number): number {
    // Node has no dup(2); reopening the descriptor's /proc entry gives an independent fd.
    try {
      const nfd = fs.openSync(`/proc/self/fd/${fd}`, fs.constants.O_RDWR);
      this.offsets.set(nfd, this.offsets.get(fd) ?? 0);
      return nfd;
    } catch (e) { return fail(e); }
  }
  listdir(path: string): string[] | number {
    try { return fs.readdirSync(path); } catch (e) { return fail(e); }
  }
  mkdir(path: string, mode: number): number {
    try { fs.mkdirSync(path, { mode }); return 0; } catch (e) { return fail(e); }
  }
  rmdir(path: string): number {
    try { fs.rmdirSync(path); return 0; } catch (e) { return fail(e); }
  }
  unlink(path: string): number {
    try { fs.unlinkSync(path); return 0; } catch (e) { return fail(e); }
  }
  rename(src: string, dst: string): number {
    try { fs.renameSync(src, dst); return 0; } catch (e) { return fail(e); }
  }
  symlink(target: string, path: string): number {
    try { fs.symlinkSync(target, path); return 0; } catch (e) { return fail(e); }
  }
  readlink(path: string): string | number {
    try { return fs.readlinkSync(path); } catch (e) { return fail(e); }
  }
  chmod(path: string, mode: number): number {
    try { fs.chmodSync(path, mode); return 0; } catch (e) { return fail(e); }
  }
  utime(path: string, atime_ns: bigint, mtime_ns: bigint): number {
    try { fs.utimesSync(path, Number(atime_ns) / 1e9, Number(mtime_ns) / 1e9); return 0; } catch (e) { return fail(e); }
  }
  access(path: string, mode: number): number {
    try { fs.accessSync(path, mode); return 0; } catch (e) { return fail(e); }
  }
  chdir(path: string): number {
    try { process.chdir(path); return 0; } catch (e) { return fail(e); }
  }
  getcwd(): string | number {
    try { return process.cwd(); } catch (e) { return fail(e); }
  }
  environ(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    return env;
  }
  getpid(): number { return process.pid; }
  getppid(): number { return process.ppid; }
  getuid(): number { return process.getuid?.() ?? 0; }
  getgid(): number { return process.getgid?.() ?? 0; }
  geteuid(): number { return process.geteuid?.() ?? 0; }
  getegid(): number { return process.getegid?.() ?? 0; }
  urandom(n: number): Uint8Array { return randomFillSync(new Uint8Array(n)); }
  time_ns(): bigint {
    // hrtime is monotonic; anchor it to the wall clock once so successive readings advance.
    return WALL_ANCHOR + (process.hrtime.bigint() - HR_ANCHOR);
  }
  monotonic_ns(): bigint { return process.hrtime.bigint(); }
  process_time_ns(): bigint {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  sleep(seconds: number): void {
    if (seconds <= 0) return;
    Atomics.wait(SLEEPER, 0, 0, seconds * 1000);
  }
  terminal_size(fd: number): [number, number] | number {
    const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : fd === 0 ? process.stdin : null;
    const tty = stream as unknown as { isTTY?: boolean; columns?: number; rows?: number } | null;
    if (tty?.isTTY && tty.columns) return [tty.columns, tty.rows ?? 24];
    return -25; // ENOTTY
  }
  uname(): [string, string, string, string, string] {
    return [nodeOs.type(), nodeOs.hostname(), nodeOs.release(), nodeOs.version(), nodeOs.machine()];
  }
  strerror(errno: number): string { return STRERROR.get(errno) ?? `Unknown error ${errno}`; }
  localtime_offset(seconds: number): [number, boolean, string] {
    const d = new Date(seconds * 1000);
    const offset = -d.getTimezoneOffset() * 60;
    const y = d.getFullYear();
    const jan = -new Date(y, 0, 1).getTimezoneOffset(), jul = -new Date(y, 6, 1).getTimezoneOffset();
    const dst = jan !== jul && offset / 60 === Math.max(jan, jul);
    const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((p) => p.type === "timeZoneName");
    let zone = part?.value ?? "UTC";
    if (zone === "GMT" || zone === "UTC") zone = offset === 0 ? "UTC" : zone;
    return [offset, dst, zone];
  }
  umask(mask: number): number { return process.umask(mask); }
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));
const HR_ANCHOR = process.hrtime.bigint();
const WALL_ANCHOR = BigInt(Date.now()) * 1000000n;

function nodeOsIsatty(fd: number): boolean {
  return isatty(fd);
}
