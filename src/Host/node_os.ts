/**
 * @typhon The Node implementation of HostOS: each call is the matching synchronous `fs`/`process`
 * call, with Node's error codes turned back into Linux errno numbers (negative on failure).
 */
import * as fs from "node:fs";
import * as nodeOs from "node:os";
import { randomFillSync } from "node:crypto";
import { isatty } from "node:tty";
import type { HostOS, HostStat, HostStatVFS } from "./host.ts";
import { ERRNO_TABLE } from "./linux_errno.generated.ts";
import { LocalSockets } from "./local_socket.ts";
import { NodeSignals } from "./node_signals.ts";

const ERRNO_BY_NAME = new Map<string, number>(ERRNO_TABLE.map(([n, name]) => [name, n]));
const STRERROR = new Map<number, string>(ERRNO_TABLE.map(([n, , msg]) => [n, msg]));
const EIO = 5;

/** The negative errno of a Node exception (an internal error if it is not an OS error). */
function fail(e: unknown): number {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === undefined) throw e;
  return -(ERRNO_BY_NAME.get(code) ?? EIO);
}

/**
 * Node (libuv) sets file times only to the microsecond, so they are reported to the
 * microsecond too: a time stat() gives can then be handed back to utime() and read back
 * unchanged (what shutil.copystat and its users count on).
 */
function usTime(ns: bigint): bigint {
  const r = ns % 1000n;
  return r === 0n ? ns : r > 0n ? ns - r : ns - r - 1000n;
}

/** Linux's ST_* values for the mount options statvfs reports in f_flag. */
const MOUNT_FLAGS: Record<string, number> = {
  ro: 1, nosuid: 2, nodev: 4, noexec: 8, sync: 16, mand: 64, noatime: 1024, nodiratime: 2048, relatime: 4096,
};

/**
 * The ST_* flags of the mount holding `real` (an absolute path without symlinks), from the
 * options of the longest matching mount point in /proc/self/mountinfo; 0 where there is none.
 */
function mount_flags(real: string): number {
  let info: string;
  try { info = fs.readFileSync("/proc/self/mountinfo", "latin1"); } catch { return 0; }
  let best = -1, flags = 0;
  for (const line of info.split("\n")) {
    const f = line.split(" ");
    if (f.length < 6) continue;
    const mp = f[4].replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    const inside = mp === "/" || real === mp || real.startsWith(mp + "/");
    if (!inside || mp.length < best) continue;
    best = mp.length;
    flags = 0;
    for (const opt of f[5].split(",")) flags |= MOUNT_FLAGS[opt] ?? 0;
  }
  return flags;
}

/**
 * Node's statfs lacks the fragment size, the name length limit and the file-system id:
 * f_frsize is the block size (Linux reports them equal for common file systems), f_namemax
 * is 255 (NAME_MAX of Linux file systems) and f_fsid is 0.
 */
function toStatVFS(s: fs.StatsFs, real: string): HostStatVFS {
  return {
    f_bsize: s.bsize, f_frsize: s.bsize, f_blocks: s.blocks, f_bfree: s.bfree, f_bavail: s.bavail,
    f_files: s.files, f_ffree: s.ffree, f_favail: s.ffree, f_flag: mount_flags(real), f_namemax: 255, f_fsid: 0n,
  };
}

function toStat(s: fs.BigIntStats): HostStat {
  return {
    st_mode: Number(s.mode), st_ino: s.ino, st_dev: s.dev, st_nlink: Number(s.nlink),
    st_uid: Number(s.uid), st_gid: Number(s.gid), st_size: Number(s.size),
    st_atime_ns: usTime(s.atimeNs), st_mtime_ns: usTime(s.mtimeNs), st_ctime_ns: usTime(s.ctimeNs),
    st_blksize: Number(s.blksize), st_blocks: Number(s.blocks), st_rdev: Number(s.rdev),
  };
}

/** Node keeps no file offset for positional reads, so lseek keeps one per fd here. */
export class NodeOS implements HostOS {
  /** Called before anything is written to fd 1 or 2 directly, so buffered text goes first. */
  constructor(private readonly flushStd: () => void) {}
  private readonly offsets = new Map<number, number>();
  /** Socket pairs; each end's number is a descriptor of /dev/null held open for it. */
  private readonly local = new LocalSockets();
  /** Made on first use: shared memory cannot be kept in a start-up snapshot. */
  private signals: NodeSignals | null = null;

  open(path: string, flags: number, mode: number): number {
    try {
      const fd = fs.openSync(path, flags, mode);
      this.offsets.set(fd, 0);
      return fd;
    } catch (e) { return fail(e); }
  }
  close(fd: number): number {
    this.local.close(fd);
    try { fs.closeSync(fd); this.offsets.delete(fd); return 0; } catch (e) { return fail(e); }
  }
  /** Reads at the kept offset for seekable files (null position = the kernel's offset). */
  read(fd: number, n: number): Uint8Array | number {
    if (this.local.has(fd)) return this.local.recv(fd, n);
    if (n > 1 << 20) {
      // A large request on a regular file needs no more room than what is left of it.
      const pos = this.offsets.get(fd);
      try {
        const st = fs.fstatSync(fd);
        if (st.isFile() && pos !== undefined && pos >= 0) n = Math.min(n, Math.max(st.size - pos, 1 << 20));
      } catch (e) { return fail(e); }
    }
    let buf: Buffer;
    try { buf = Buffer.allocUnsafe(n); } catch { return -12; } // ENOMEM
    for (;;) {
      try {
        const pos = this.offsets.get(fd);
        const got = fs.readSync(fd, buf, 0, n, pos === undefined || pos < 0 ? null : pos);
        if (pos !== undefined && pos >= 0) this.offsets.set(fd, pos + got);
        return buf.subarray(0, got);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN" && fd === 0) {
          // A non-blocking terminal: poll it, but let a caught signal interrupt the wait.
          if (this.sleep(0.005) < 0) return -4; // EINTR
          continue;
        }
        if (code === "EOF") return new Uint8Array(0);
        if (code === "EINTR") this.settleSignals();
        if (code === "ESPIPE") { this.offsets.set(fd, -1); continue; }
        return fail(e);
      }
    }
  }
  write(fd: number, data: Uint8Array): number {
    if (this.local.has(fd)) return this.local.send(fd, data);
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
    // A descriptor typhon did not open (an inherited standard stream): Node cannot learn its
    // kernel offset, and positioned writes would overwrite what others append: unseekable.
    if (!this.offsets.has(fd)) return -29;
    const cur = this.offsets.get(fd) ?? 0;
    const base = whence === 0 ? 0 : whence === 1 ? cur : whence === 2 ? st.size : NaN;
    if (Number.isNaN(base)) return -22; // EINVAL
    const pos = base + offset;
    if (pos < 0) return -22;
    this.offsets.set(fd, pos);
    return pos;
  }
  fstat(fd: number): HostStat | number {
    let st: HostStat;
    try { st = toStat(fs.fstatSync(fd, { bigint: true })); } catch (e) { return fail(e); }
    // A socket-pair end: S_IFSOCK, read-write for everyone, nothing stored.
    if (this.local.has(fd)) return { ...st, st_mode: 0o140777, st_size: 0, st_rdev: 0, st_nlink: 1 };
    return st;
  }
  /** A missing file is the common case (import probing): ask Node not to throw for it. */
  stat(path: string): HostStat | number {
    try {
      const s = fs.statSync(path, { bigint: true, throwIfNoEntry: false });
      return s === undefined ? -2 : toStat(s); // ENOENT
    } catch (e) { return fail(e); }
  }
  lstat(path: string): HostStat | number {
    try {
      const s = fs.lstatSync(path, { bigint: true, throwIfNoEntry: false });
      return s === undefined ? -2 : toStat(s); // ENOENT
    } catch (e) { return fail(e); }
  }
  ftruncate(fd: number, length: number): number {
    try { fs.ftruncateSync(fd, length); return 0; } catch (e) { return fail(e); }
  }
  fsync(fd: number): number {
    try { fs.fsyncSync(fd); return 0; } catch (e) { return fail(e); }
  }
  isatty(fd: number): boolean { return nodeOsIsatty(fd); }
  dup(fd: number): number {
    // Node has no dup(2); reopening the descriptor's /proc entry, with the access mode and
    // O_APPEND its fdinfo shows, gives a new fd on the same file (with its own offset).
    try {
      fs.fstatSync(fd);
      let flags = fs.constants.O_RDWR;
      try {
        const m = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, "latin1"));
        if (m) flags = parseInt(m[1], 8) & (3 | fs.constants.O_APPEND); // O_ACCMODE | O_APPEND
      } catch { /* no fdinfo: read-write */ }
      const nfd = fs.openSync(`/proc/self/fd/${fd}`, flags);
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
    try { fs.utimesSync(path, nsToTimeArg(atime_ns), nsToTimeArg(mtime_ns)); return 0; } catch (e) { return fail(e); }
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
  urandom(n: number): Uint8Array {
    const out = new Uint8Array(n);
    // randomFillSync fills at most 2**31-1 bytes per call.
    for (let off = 0; off < n; off += 0x40000000) randomFillSync(out, off, Math.min(0x40000000, n - off));
    return out;
  }
  time_ns(): bigint {
    // hrtime is monotonic; anchor it to the wall clock once so successive readings advance.
    return CLOCK.wall + (process.hrtime.bigint() - CLOCK.hr);
  }
  monotonic_ns(): bigint { return process.hrtime.bigint(); }
  process_time_ns(): bigint {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  sleep(seconds: number): number {
    if (this.signals !== null) return this.signals.sleep(seconds);
    if (seconds <= 0) return 0;
    SLEEPER ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(SLEEPER, 0, 0, seconds * 1000);
    return 0;
  }
  signal_flags(): Int32Array {
    this.signals ??= new NodeSignals();
    return this.signals.flags;
  }
  /** A read failed with EINTR: let the note of a caught signal arrive (NodeSignals.settle). */
  settleSignals(): void {
    this.signals?.settle();
  }
  catch_signal(signum: number, on: boolean): boolean {
    this.signals ??= new NodeSignals();
    return this.signals.catch(signum, on);
  }
  terminal_size(fd: number): [number, number] | number {
    // Standard input's terminal is measured through the output streams (touching
    // process.stdin would make descriptor 0 non-blocking).
    const out = fd === 0 && isatty(0) ? (process.stdout.isTTY ? process.stdout : process.stderr) : null;
    const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : out;
    const tty = stream as unknown as { isTTY?: boolean; columns?: number; rows?: number } | null;
    if (tty?.isTTY && tty.columns) return [tty.columns, tty.rows ?? 24];
    try { fs.fstatSync(fd); } catch (e) { return fail(e); }
    return -25; // ENOTTY
  }
  statvfs(path: string): HostStatVFS | number {
    let s: fs.StatsFs;
    let real: string;
    try {
      s = fs.statfsSync(path);
      real = fs.realpathSync(path);
    } catch (e) { return fail(e); }
    return toStatVFS(s, real);
  }
  /** Node has no fstatfs: the descriptor is reached through /proc/self/fd (Linux). */
  fstatvfs(fd: number): HostStatVFS | number {
    try { fs.fstatSync(fd); } catch (e) { return fail(e); }
    return this.statvfs(`/proc/self/fd/${fd}`);
  }
  uname(): [string, string, string, string, string] {
    return [nodeOs.type(), nodeOs.hostname(), nodeOs.release(), nodeOs.version(), nodeOs.machine()];
  }
  strerror(errno: number): string { return errno === 0 ? "Success" : STRERROR.get(errno) ?? `Unknown error ${errno}`; }
  localtime_offset(seconds: number): [number, boolean, string] {
    const posix = posixTZ(process.env.TZ);
    if (posix !== null) return posixOffset(posix, seconds);
    const d = new Date(seconds * 1000);
    const offset = -d.getTimezoneOffset() * 60;
    const y = d.getFullYear();
    const jan = -new Date(y, 0, 1).getTimezoneOffset(), jul = -new Date(y, 6, 1).getTimezoneOffset();
    const dst = jan !== jul && offset / 60 === Math.max(jan, jul);
    // A zone that is UTC all year needs no ICU lookup (loading ICU's zone names costs ~100 ms).
    if (jan === 0 && jul === 0 && !process.env.TZ) return [0, false, "UTC"];
    const part = zoneNameFormat().formatToParts(d).find((p) => p.type === "timeZoneName");
    let zone = part?.value ?? "UTC";
    if (zone === "GMT" || zone === "UTC") zone = offset === 0 ? "UTC" : zone;
    return [offset, dst, zone];
  }
  umask(mask: number): number { return process.umask(mask); }
  fchmod(fd: number, mode: number): number {
    try { fs.fchmodSync(fd, mode); return 0; } catch (e) { return fail(e); }
  }
  /** Microseconds are kept (libuv drops the rest); see nsToTimeArg. */
  futime(fd: number, atime_ns: bigint, mtime_ns: bigint): number {
    try { fs.futimesSync(fd, nsToTimeArg(atime_ns), nsToTimeArg(mtime_ns)); return 0; } catch (e) { return fail(e); }
  }
  lutime(path: string, atime_ns: bigint, mtime_ns: bigint): number {
    try { fs.lutimesSync(path, nsToTimeArg(atime_ns), nsToTimeArg(mtime_ns)); return 0; } catch (e) { return fail(e); }
  }
  truncate(path: string, length: number): number {
    try { fs.truncateSync(path, length); return 0; } catch (e) { return fail(e); }
  }
  fdatasync(fd: number): number {
    try { fs.fdatasyncSync(fd); return 0; } catch (e) { return fail(e); }
  }
  link(src: string, dst: string): number {
    try { fs.linkSync(src, dst); return 0; } catch (e) { return fail(e); }
  }
  scandir(path: string): [string, number][] | number {
    try {
      return fs.readdirSync(path, { withFileTypes: true }).map((d) => [d.name, direntType(d)]);
    } catch (e) { return fail(e); }
  }
  /** glibc's rules: an empty name or one holding '=' is EINVAL. */
  putenv(name: string, value: string): number {
    if (name === "" || name.includes("=")) return -22;
    process.env[name] = value;
    return 0;
  }
  unsetenv(name: string): number {
    if (name === "" || name.includes("=")) return -22;
    Reflect.deleteProperty(process.env, name);
    return 0;
  }
  kill(pid: number, sig: number): number {
    try { process.kill(pid, sig); return 0; } catch (e) { return fail(e); }
  }
  /** Online processors (sysconf _SC_NPROCESSORS_ONLN), not the affinity mask. */
  cpu_count(): number { return nodeOs.cpus().length; }
  cpu_times(): [bigint, bigint] {
    const u = process.cpuUsage();
    return [BigInt(u.user) * 1000n, BigInt(u.system) * 1000n];
  }
  socketpair(): [number, number] | number {
    let a = -1;
    try {
      a = fs.openSync("/dev/null", "r");
      const b = fs.openSync("/dev/null", "r");
      this.local.pair(a, b);
      return [a, b];
    } catch (e) {
      if (a >= 0) fs.closeSync(a);
      return fail(e);
    }
  }
  shutdown(fd: number, how: number): number {
    if (this.local.has(fd)) return this.local.shutdown(fd, how);
    try { fs.fstatSync(fd); } catch (e) { return fail(e); }
    return -88; // ENOTSOCK
  }
  poll_ready(fd: number): number {
    return this.local.readiness(fd);
  }
  _exit(status: number): never {
    this.flushStd();
    process.exit(status);
  }
}

/**
 * A time for fs.utimes & co. libuv keeps whole microseconds, truncating the fraction
 * toward zero, and Node takes a negative number as "now" but a numeric string as it is: so
 * the microsecond count (rounded down) is passed as a string half a microsecond past it.
 */
function nsToTimeArg(ns: bigint): string {
  let us = ns / 1000n;
  if (ns % 1000n < 0n) us -= 1n;
  const sec = us / 1000000n, rem = us % 1000000n;
  return String(Number(sec) + (Number(rem) + (us < 0n ? -0.5 : 0.5)) / 1e6);
}

/** The Linux d_type of a directory entry. */
function direntType(d: fs.Dirent): number {
  if (d.isDirectory()) return 4;
  if (d.isFile()) return 8;
  if (d.isSymbolicLink()) return 10;
  if (d.isFIFO()) return 1;
  if (d.isCharacterDevice()) return 2;
  if (d.isBlockDevice()) return 6;
  if (d.isSocket()) return 12;
  return 0;
}

// Made on first use: a start-up snapshot (node --build-snapshot) has no SharedArrayBuffer.
let SLEEPER: Int32Array | undefined;
/** The wall clock at one hrtime reading, for time_ns. */
const CLOCK = { hr: 0n, wall: 0n };
/** Anchors time_ns to the wall clock now; run again when a start-up snapshot is restored. */
export function resetClockAnchor(): void {
  CLOCK.hr = process.hrtime.bigint();
  CLOCK.wall = BigInt(Date.now()) * 1000000n;
}
resetClockAnchor();

function nodeOsIsatty(fd: number): boolean {
  return isatty(fd);
}

/**
 * A POSIX TZ rule string such as "EST+05EDT,M3.2.0,M11.1.0" (std name, hours west of UTC,
 * then optionally a summer-time name, offset and the two change rules), which the C library
 * reads but ICU does not. Offsets here are seconds east of UTC; rule times are seconds.
 */
interface PosixTZRule { kind: "M" | "J" | "N"; m: number; w: number; d: number; time: number }
interface PosixTZ { std: string; stdoff: number; dst: string | null; dstoff: number; start: PosixTZRule; end: PosixTZRule }
let posixCacheKey: string | undefined;
let posixCache: PosixTZ | null = null;

function posixTZ(tz: string | undefined): PosixTZ | null {
  if (tz === posixCacheKey) return posixCache;
  posixCacheKey = tz;
  posixCache = tz === undefined ? null : parsePosixTZ(tz.startsWith(":") ? tz.slice(1) : tz);
  return posixCache;
}

function parsePosixTZ(tz: string): PosixTZ | null {
  const name = "(<[^>]+>|[A-Za-z]{3,})";
  const off = "([+-]?\\d{1,2}(?::\\d{1,2}){0,2})";
  const rule = "(M\\d{1,2}\\.\\d\\.\\d|J\\d{1,3}|\\d{1,3})(?:/([+-]?\\d{1,3}(?::\\d{1,2}){0,2}))?";
  const re = new RegExp(`^${name}${off}(?:${name}${off}?(?:,${rule},${rule})?)?$`);
  const m = re.exec(tz);
  if (m === null) return null;
  const secs = (t: string): number => {
    const neg = t.startsWith("-");
    const parts = t.replace(/^[+-]/, "").split(":").map(Number);
    const v = (parts[0] ?? 0) * 3600 + (parts[1] ?? 0) * 60 + (parts[2] ?? 0);
    return neg ? -v : v;
  };
  const unq = (n: string): string => (n.startsWith("<") ? n.slice(1, -1) : n);
  const parseRule = (r: string, t: string | undefined): PosixTZRule => {
    const time = t === undefined ? 7200 : secs(t);
    if (r.startsWith("M")) {
      const [mm, w, d] = r.slice(1).split(".").map(Number);
      return { kind: "M", m: mm, w, d, time };
    }
    if (r.startsWith("J")) return { kind: "J", m: 0, w: 0, d: Number(r.slice(1)), time };
    return { kind: "N", m: 0, w: 0, d: Number(r), time };
  };
  const stdoff = -secs(m[2]);
  const dst = m[3] === undefined ? null : unq(m[3]);
  const dstoff = m[4] === undefined ? stdoff + 3600 : -secs(m[4]);
  return {
    std: unq(m[1]), stdoff, dst, dstoff,
    start: m[5] === undefined ? parseRule("M3.2.0", undefined) : parseRule(m[5], m[6]),
    end: m[7] === undefined ? parseRule("M11.1.0", undefined) : parseRule(m[7], m[8]),
  };
}

/** Days from 1970-01-01 to the first of a month (proleptic Gregorian). */
function posixDaysFromCivil(y: number, mo: number, d: number): number {
  return Math.floor(Date.UTC(y, mo - 1, d) / 86400000);
}

/** The day (days since 1970) a rule names in year y. */
function posixRuleDay(r: PosixTZRule, y: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (r.kind === "J") return posixDaysFromCivil(y, 1, 1) + r.d - 1 + (leap && r.d >= 60 ? 1 : 0);
  if (r.kind === "N") return posixDaysFromCivil(y, 1, 1) + r.d;
  const first = posixDaysFromCivil(y, r.m, 1);
  const wd = (((first + 4) % 7) + 7) % 7;
  let day = first + ((r.d - wd + 7) % 7) + 7 * (r.w - 1);
  const next = r.m === 12 ? posixDaysFromCivil(y + 1, 1, 1) : posixDaysFromCivil(y, r.m + 1, 1);
  while (day >= next) day -= 7;
  return day;
}

/** [offset east, DST?, zone name] at a UTC instant under a POSIX TZ rule. */
function posixOffset(z: PosixTZ, seconds: number): [number, boolean, string] {
  if (z.dst === null) return [z.stdoff, false, z.std];
  const y = new Date((seconds + z.stdoff) * 1000).getUTCFullYear();
  const start = posixRuleDay(z.start, y) * 86400 + z.start.time - z.stdoff;
  const end = posixRuleDay(z.end, y) * 86400 + z.end.time - z.dstoff;
  const inDst = start < end ? seconds >= start && seconds < end : seconds >= start || seconds < end;
  return inDst ? [z.dstoff, true, z.dst] : [z.stdoff, false, z.std];
}

/** One formatter for zone names, made again only when TZ changes (building one costs ~1 ms). */
let zoneFormat: Intl.DateTimeFormat | null = null;
let zoneFormatTZ: string | undefined;
function zoneNameFormat(): Intl.DateTimeFormat {
  if (zoneFormat === null || zoneFormatTZ !== process.env.TZ) {
    zoneFormatTZ = process.env.TZ;
    zoneFormat = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" });
  }
  return zoneFormat;
}
