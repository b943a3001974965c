/**
 * @mirrors Modules/_stat.c
 * The C half of the stat module: the S_IF* file-type bits and permission bits of st_mode
 * with Linux's values, the S_IS*() tests, S_IMODE/S_IFMT and filemode(), which turns a
 * mode into the "-rwxr-xr-x" string `ls -l` prints. Lib/stat.py imports everything from
 * here when it can. Types Linux does not have (doors, event ports, whiteouts) exist with
 * the value 0 and their tests always answer False, as on CPython built for Linux.
 */
import { PyObject, METH_O, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_OverflowError, PyExc_TypeError } from "../Objects/exceptions.ts";
import { PyModule_Create, PyModule_AddIntConstant } from "../Objects/moduleobject.ts";
import { PyLong_Check, PyLong_FromNumber, type PyLongObject } from "../Objects/longobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";

// File types (the S_IFMT part of a mode).
const S_IFMT = 0o170000;
const S_IFSOCK = 0o140000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const S_IFBLK = 0o060000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFIFO = 0o010000;
// Permission bits.
const S_ISUID = 0o4000, S_ISGID = 0o2000, S_ISVTX = 0o1000;
const S_IRWXU = 0o700, S_IRUSR = 0o400, S_IWUSR = 0o200, S_IXUSR = 0o100;
const S_IRWXG = 0o070, S_IRGRP = 0o040, S_IWGRP = 0o020, S_IXGRP = 0o010;
const S_IRWXO = 0o007, S_IROTH = 0o004, S_IWOTH = 0o002, S_IXOTH = 0o001;

/**
 * @cpython _PyLong_AsMode_t: an int as a mode_t (32 bits, unsigned), with the errors of
 * PyLong_AsUnsignedLong for what does not fit. -1 with the error set on failure.
 */
export function _PyLong_AsMode_t(op: PyObject): number {
  if (!PyLong_Check(op)) {
    PyErr_SetString(PyExc_TypeError, "an integer is required");
    return -1;
  }
  const v = (op as PyLongObject).ob_ival;
  if (v < 0) {
    PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
    return -1;
  }
  if (typeof v === "bigint" ? v > 0xffffffffffffffffn : false) {
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    return -1;
  }
  if (typeof v === "bigint" || v > 0xffffffff) {
    PyErr_SetString(PyExc_OverflowError, "mode out of range");
    return -1;
  }
  return v;
}

/** A S_ISxxx(mode) test: whether the file-type bits of mode equal `fmt`. */
function s_is(fmt: number): (self: PyObject | null, omode: PyObject) => PyObject | null {
  return (_self, omode) => {
    const mode = _PyLong_AsMode_t(omode);
    if (mode === -1) return null;
    return PyBool_FromLong((mode & S_IFMT) === fmt);
  };
}

/** The tests for file types Linux lacks (S_ISDOOR, S_ISPORT, S_ISWHT): always False. */
function stat_S_ISFALSE(_self: PyObject | null, omode: PyObject): PyObject | null {
  const mode = _PyLong_AsMode_t(omode);
  if (mode === -1) return null;
  return PyBool_FromLong(0);
}

/** @cpython stat_S_IMODE: the permission bits (and setuid/setgid/sticky). */
function stat_S_IMODE(_self: PyObject | null, omode: PyObject): PyObject | null {
  const mode = _PyLong_AsMode_t(omode);
  if (mode === -1) return null;
  return PyLong_FromNumber(mode & 0o7777);
}

/** @cpython stat_S_IFMT: the file-type bits. */
function stat_S_IFMT(_self: PyObject | null, omode: PyObject): PyObject | null {
  const mode = _PyLong_AsMode_t(omode);
  if (mode === -1) return null;
  return PyLong_FromNumber((mode & S_IFMT) >>> 0);
}

/** @cpython filetype: the first letter of filemode(). */
function filetype(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFREG: return "-";
    case S_IFDIR: return "d";
    case S_IFLNK: return "l";
    case S_IFBLK: return "b";
    case S_IFCHR: return "c";
    case S_IFIFO: return "p";
    case S_IFSOCK: return "s";
    default: return "?";
  }
}

/** @cpython fileperm: the nine permission letters, with s/S/t/T for the special bits. */
function fileperm(mode: number): string {
  const x = (bit: number, special: number, on: string, off: string, plain: string): string =>
    mode & special ? (mode & bit ? on : off) : (mode & bit ? plain : "-");
  return (mode & S_IRUSR ? "r" : "-") + (mode & S_IWUSR ? "w" : "-") + x(S_IXUSR, S_ISUID, "s", "S", "x") +
    (mode & S_IRGRP ? "r" : "-") + (mode & S_IWGRP ? "w" : "-") + x(S_IXGRP, S_ISGID, "s", "S", "x") +
    (mode & S_IROTH ? "r" : "-") + (mode & S_IWOTH ? "w" : "-") + x(S_IXOTH, S_ISVTX, "t", "T", "x");
}

/** @cpython stat_filemode */
function stat_filemode(_self: PyObject | null, omode: PyObject): PyObject | null {
  const mode = _PyLong_AsMode_t(omode);
  if (mode === -1) return null;
  return PyUnicode_FromString(filetype(mode) + fileperm(mode));
}

const isdoc = (what: string) => `S_IS${what}(mode) -> bool\n\nWhether the file-type bits of mode say ${what === "REG" ? "regular file" : what.toLowerCase()}.`;

const stat_methods: PyMethodDef[] = [
  { ml_name: "S_ISDIR", ml_meth: s_is(S_IFDIR), ml_flags: METH_O, ml_doc: "S_ISDIR(mode) -> bool\n\nWhether mode describes a directory." },
  { ml_name: "S_ISCHR", ml_meth: s_is(S_IFCHR), ml_flags: METH_O, ml_doc: "S_ISCHR(mode) -> bool\n\nWhether mode describes a character device." },
  { ml_name: "S_ISBLK", ml_meth: s_is(S_IFBLK), ml_flags: METH_O, ml_doc: "S_ISBLK(mode) -> bool\n\nWhether mode describes a block device." },
  { ml_name: "S_ISREG", ml_meth: s_is(S_IFREG), ml_flags: METH_O, ml_doc: "S_ISREG(mode) -> bool\n\nWhether mode describes a regular file." },
  { ml_name: "S_ISFIFO", ml_meth: s_is(S_IFIFO), ml_flags: METH_O, ml_doc: "S_ISFIFO(mode) -> bool\n\nWhether mode describes a FIFO (named pipe)." },
  { ml_name: "S_ISLNK", ml_meth: s_is(S_IFLNK), ml_flags: METH_O, ml_doc: "S_ISLNK(mode) -> bool\n\nWhether mode describes a symbolic link." },
  { ml_name: "S_ISSOCK", ml_meth: s_is(S_IFSOCK), ml_flags: METH_O, ml_doc: "S_ISSOCK(mode) -> bool\n\nWhether mode describes a socket." },
  { ml_name: "S_ISDOOR", ml_meth: stat_S_ISFALSE, ml_flags: METH_O, ml_doc: isdoc("DOOR") },
  { ml_name: "S_ISPORT", ml_meth: stat_S_ISFALSE, ml_flags: METH_O, ml_doc: isdoc("PORT") },
  { ml_name: "S_ISWHT", ml_meth: stat_S_ISFALSE, ml_flags: METH_O, ml_doc: isdoc("WHT") },
  { ml_name: "S_IMODE", ml_meth: stat_S_IMODE, ml_flags: METH_O, ml_doc: "The part of a mode chmod() can set: permission bits, setuid, setgid and sticky." },
  { ml_name: "S_IFMT", ml_meth: stat_S_IFMT, ml_flags: METH_O, ml_doc: "The file-type bits of a mode." },
  { ml_name: "filemode", ml_meth: stat_filemode, ml_flags: METH_O, ml_doc: "A mode as the ten-letter string 'ls -l' shows, such as '-rwxr-xr-x'." },
];

const stat_doc =
  "The native half of the stat module: the file-type and permission bits of\n" +
  "st_mode as constants, the S_ISxxx() tests for each file type, S_IMODE(),\n" +
  "S_IFMT() and filemode().";

/** Every constant of the module, in CPython's order (stat_exec). */
const STAT_CONSTANTS: readonly [string, number][] = [
  ["S_IFDIR", S_IFDIR], ["S_IFCHR", S_IFCHR], ["S_IFBLK", S_IFBLK], ["S_IFREG", S_IFREG],
  ["S_IFIFO", S_IFIFO], ["S_IFLNK", S_IFLNK], ["S_IFSOCK", S_IFSOCK],
  ["S_IFDOOR", 0], ["S_IFPORT", 0], ["S_IFWHT", 0],
  ["S_ISUID", S_ISUID], ["S_ISGID", S_ISGID], ["S_ISVTX", S_ISVTX], ["S_ENFMT", S_ISGID],
  ["S_IREAD", S_IRUSR], ["S_IWRITE", S_IWUSR], ["S_IEXEC", S_IXUSR],
  ["S_IRWXU", S_IRWXU], ["S_IRUSR", S_IRUSR], ["S_IWUSR", S_IWUSR], ["S_IXUSR", S_IXUSR],
  ["S_IRWXG", S_IRWXG], ["S_IRGRP", S_IRGRP], ["S_IWGRP", S_IWGRP], ["S_IXGRP", S_IXGRP],
  ["S_IRWXO", S_IRWXO], ["S_IROTH", S_IROTH], ["S_IWOTH", S_IWOTH], ["S_IXOTH", S_IXOTH],
  // BSD file flags (st_flags), defined everywhere for Lib/stat.py.
  ["UF_NODUMP", 0x1], ["UF_IMMUTABLE", 0x2], ["UF_APPEND", 0x4], ["UF_OPAQUE", 0x8],
  ["UF_NOUNLINK", 0x10], ["UF_COMPRESSED", 0x20], ["UF_HIDDEN", 0x8000],
  ["SF_ARCHIVED", 0x10000], ["SF_IMMUTABLE", 0x20000], ["SF_APPEND", 0x40000],
  ["SF_NOUNLINK", 0x100000], ["SF_SNAPSHOT", 0x200000],
  // Indexes into a stat_result.
  ["ST_MODE", 0], ["ST_INO", 1], ["ST_DEV", 2], ["ST_NLINK", 3], ["ST_UID", 4],
  ["ST_GID", 5], ["ST_SIZE", 6], ["ST_ATIME", 7], ["ST_MTIME", 8], ["ST_CTIME", 9],
];

/** @cpython PyInit__stat */
export function PyInit__stat(): PyObject | null {
  const m = PyModule_Create("_stat", stat_doc, stat_methods);
  for (const [name, value] of STAT_CONSTANTS) {
    if (PyModule_AddIntConstant(m, name, value) < 0) return null;
  }
  return m;
}
