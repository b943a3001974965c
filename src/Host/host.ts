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
  /**
   * One line of standard input including its newline, "" at end of input, null when a
   * caught signal (Ctrl-C) interrupted the wait (optional).
   */
  readLine?(): string | null;
  /** All of standard input (optional). */
  readAllStdin?(): Uint8Array;
  /** Whether standard input is an interactive terminal (optional). */
  stdinIsTTY?(): boolean;
  /** Write out buffered output (optional). */
  flush?(): void;
  /** The operating-system calls (files, clocks, process). */
  readonly os: HostOS;
  /**
   * The directory typhon is installed in (the checkout): the standard library is extracted
   * under prefix/lib/python3.11 and frozen modules are under prefix/dist/frozen.
   */
  readonly prefix: string;
}

/**
 * The result of stat/fstat/lstat, as the kernel's struct stat (times in nanoseconds).
 */
export interface HostStat {
  st_mode: number;
  st_ino: bigint;
  st_dev: bigint;
  st_nlink: number;
  st_uid: number;
  st_gid: number;
  st_size: number;
  st_atime_ns: bigint;
  st_mtime_ns: bigint;
  st_ctime_ns: bigint;
  st_blksize: number;
  st_blocks: number;
  st_rdev: number;
}

/** The result of statvfs/fstatvfs, as the C library's struct statvfs. */
export interface HostStatVFS {
  f_bsize: number;
  f_frsize: number;
  f_blocks: number;
  f_bfree: number;
  f_bavail: number;
  f_files: number;
  f_ffree: number;
  f_favail: number;
  /** ST_* mount flags (ST_RDONLY = 1, ST_NOSUID = 2, ..., ST_RELATIME = 4096). */
  f_flag: number;
  f_namemax: number;
  f_fsid: bigint;
}

/**
 * The operating-system calls posixmodule, _io, time and friends make, in the shape of the
 * POSIX calls they stand for. A failure is returned, never thrown, as a negative errno
 * number with Linux's numbering (-2 is ENOENT), so every caller raises CPython's OSError.
 * Flags (O_*, SEEK_*) use Linux's values too. A host without a real file system (the
 * browser) serves an in-memory one behind the same calls.
 */
export interface HostOS {
  open(path: string, flags: number, mode: number): number;
  close(fd: number): number;
  /** Up to n bytes; an empty array at end of file. */
  read(fd: number, n: number): Uint8Array | number;
  /** How many bytes were written. */
  write(fd: number, data: Uint8Array): number;
  /** The new offset. */
  lseek(fd: number, offset: number, whence: number): number;
  fstat(fd: number): HostStat | number;
  stat(path: string): HostStat | number;
  lstat(path: string): HostStat | number;
  ftruncate(fd: number, length: number): number;
  fsync(fd: number): number;
  isatty(fd: number): boolean;
  dup(fd: number): number;
  /** The entries of a directory, without "." and "..". */
  listdir(path: string): string[] | number;
  mkdir(path: string, mode: number): number;
  rmdir(path: string): number;
  unlink(path: string): number;
  rename(src: string, dst: string): number;
  symlink(target: string, path: string): number;
  readlink(path: string): string | number;
  chmod(path: string, mode: number): number;
  /** Set access and modification times (nanoseconds). */
  utime(path: string, atime_ns: bigint, mtime_ns: bigint): number;
  /** 0 when the access `mode` (R_OK|W_OK|X_OK, or F_OK) is allowed, else a negative errno. */
  access(path: string, mode: number): number;
  chdir(path: string): number;
  getcwd(): string | number;
  /** The whole environment, as the process started with it. */
  environ(): Record<string, string>;
  getpid(): number;
  getppid(): number;
  getuid(): number;
  getgid(): number;
  geteuid(): number;
  getegid(): number;
  /** n cryptographically random bytes. */
  urandom(n: number): Uint8Array;
  /** Wall-clock time in nanoseconds since the epoch. */
  time_ns(): bigint;
  /** A monotonic clock in nanoseconds. */
  monotonic_ns(): bigint;
  /** CPU time used by the process, in nanoseconds. */
  process_time_ns(): bigint;
  /**
   * Block the whole process for a number of seconds: 0 when the time is over, or -EINTR
   * when a caught signal (see signal_flags) ended the wait early.
   */
  sleep(seconds: number): number;
  /**
   * The words in which the host notes signals that arrive while Python runs, or null when it
   * cannot catch any. JavaScript cannot interrupt synchronous code to run a handler, so a
   * host that catches a signal (from another thread) sets word `signum` to 1 and word 0 to 1:
   * word 0 is the eval breaker the eval loop polls (Python/ceval_pending.ts), and the signal
   * module turns the other words into trips of the Python handlers. A caught signal also ends
   * a sleep() early and makes a read from a terminal or pipe fail with EINTR.
   */
  signal_flags(): Int32Array | null;
  /**
   * Start (on) or stop catching a signal; stopped, the signal has its default action again.
   * False when the host cannot catch that signal.
   */
  catch_signal(signum: number, on: boolean): boolean;
  /** Columns and lines of the terminal on fd, or a negative errno. */
  terminal_size(fd: number): [number, number] | number;
  /** statvfs(3): the file system holding path. */
  statvfs(path: string): HostStatVFS | number;
  /** fstatvfs(3): the file system holding an open file. */
  fstatvfs(fd: number): HostStatVFS | number;
  /** [sysname, nodename, release, version, machine]. */
  uname(): [string, string, string, string, string];
  /** The C library's message for an errno number. */
  strerror(errno: number): string;
  /** The local time zone's offset from UTC in seconds east, and whether DST is in effect, for a time in seconds. */
  localtime_offset(seconds: number): [number, boolean, string];
  /** The umask; sets it and returns the previous one. */
  umask(mask: number): number;
  /** fchmod(2). */
  fchmod(fd: number, mode: number): number;
  /** futimens(2): the times of an open file (nanoseconds). */
  futime(fd: number, atime_ns: bigint, mtime_ns: bigint): number;
  /** lutimes(3): the times of a symbolic link itself (nanoseconds). */
  lutime(path: string, atime_ns: bigint, mtime_ns: bigint): number;
  /** truncate(2): cut or extend a file, by path, to `length` bytes. */
  truncate(path: string, length: number): number;
  /** fdatasync(2). */
  fdatasync(fd: number): number;
  /** link(2): a hard link `dst` to `src` (on Linux a symbolic link `src` is linked itself). */
  link(src: string, dst: string): number;
  /**
   * The entries of a directory without "." and "..", each with its dirent d_type (Linux DT_*
   * numbers: 4 directory, 8 regular file, 10 symbolic link, 0 unknown).
   */
  scandir(path: string): [string, number][] | number;
  /** setenv(3) for the process (what child processes and C code would see). */
  putenv(name: string, value: string): number;
  /** unsetenv(3). */
  unsetenv(name: string): number;
  /** kill(2): send signal `sig` (a Linux number; 0 only checks) to a process (or a group when pid < 0). */
  kill(pid: number, sig: number): number;
  /** How many processors are online. */
  cpu_count(): number;
  /** CPU time of the process: [user, system] in nanoseconds. */
  cpu_times(): [bigint, bigint];
  /** End the process at once with `status` (no Python clean-up; the host's stream buffers are written). */
  _exit(status: number): never;
  /**
   * socketpair(2) of two connected stream sockets, both ends in this process (see
   * local_socket.ts); read and write on them are recv and send, and close ends them.
   */
  socketpair(): [number, number] | number;
  /** shutdown(2) of a socket descriptor (how: 0 reading, 1 writing, 2 both). */
  shutdown(fd: number, how: number): number;
  /**
   * poll(2)'s answer for one descriptor whose readiness the host knows (POLLIN 1, POLLOUT 4,
   * POLLHUP 16), or -1 for one it cannot tell (files and terminals: the caller decides).
   */
  poll_ready(fd: number): number;
}
