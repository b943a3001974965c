/**
 * @mirrors Modules/resource.c
 * The resource module: resource limits (getrlimit/setrlimit with Linux's RLIMIT_* numbers,
 * RLIM_INFINITY read as -1) and resource usage (getrusage, a struct_rusage of 16 fields).
 *
 * The limits start as the host process's own, read from /proc/self/limits where the host
 * has it (unlimited otherwise). Usage comes from the host's CPU times plus, where present,
 * /proc/self/status and /proc/self/stat (peak memory, page faults, context switches).
 *
 * DIVERGENCE: the host cannot change its own limits, so setrlimit checks its arguments and
 * the rules (the soft limit not above the hard one, the hard one never raised) exactly as
 * CPython reports them, and records the new values for getrlimit; they are not enforced.
 * prlimit is left out.
 */
import { PyObject, PyTypeObject, Py_DECREF, METH_O, METH_NOARGS, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_ValueError, PyExc_OverflowError, PyExc_OSError } from "../Objects/exceptions.ts";
import { PyLong_FromNumber, PyLong_FromBigInt } from "../Objects/longobject.ts";
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { _PySequence_ToArray, _Py_DecrefArray } from "../Objects/abstract.ts";
import { PyStructSequence_NewType, PyStructSequence_FromArraySteal } from "../Objects/structseq.ts";
import { _PyArg_CheckPositional } from "../Python/getargs.ts";
import { Py_NewNone } from "../Objects/object.ts";
import { indexValue } from "../Python/pytime.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import type { Host } from "../Host/host.ts";

function host(): Host {
  return _PyThreadState_GET().interp.host;
}

/** RLIM_INFINITY as the kernel stores it (an all-ones 64-bit value). */
const RLIM_INFINITY = 0xffffffffffffffffn;
/** Linux's resources, in number order, with their row titles in /proc/self/limits. */
const RLIMITS: [string, number, string][] = [
  ["RLIMIT_CPU", 0, "Max cpu time"], ["RLIMIT_FSIZE", 1, "Max file size"], ["RLIMIT_DATA", 2, "Max data size"],
  ["RLIMIT_STACK", 3, "Max stack size"], ["RLIMIT_CORE", 4, "Max core file size"], ["RLIMIT_RSS", 5, "Max resident set"],
  ["RLIMIT_NPROC", 6, "Max processes"], ["RLIMIT_NOFILE", 7, "Max open files"], ["RLIMIT_MEMLOCK", 8, "Max locked memory"],
  ["RLIMIT_AS", 9, "Max address space"], ["RLIMIT_LOCKS", 10, "Max file locks"], ["RLIMIT_SIGPENDING", 11, "Max pending signals"],
  ["RLIMIT_MSGQUEUE", 12, "Max msgqueue size"], ["RLIMIT_NICE", 13, "Max nice priority"],
  ["RLIMIT_RTPRIO", 14, "Max realtime priority"], ["RLIMIT_RTTIME", 15, "Max realtime timeout"],
];
const RLIM_NLIMITS = 16;

/** The limits in force: [soft, hard] per resource, as unsigned 64-bit values. */
let limits: [bigint, bigint][] | null = null;

function readProcFile(path: string): string | null {
  const r = host().readFile(path);
  return r instanceof Uint8Array ? Buffer.from(r).toString("latin1") : null;
}

function get_limits(): [bigint, bigint][] {
  if (limits === null) {
    limits = RLIMITS.map(() => [RLIM_INFINITY, RLIM_INFINITY] as [bigint, bigint]);
    const text = readProcFile("/proc/self/limits");
    if (text !== null) {
      for (const line of text.split("\n")) {
        const row = RLIMITS.find(([, , title]) => line.startsWith(title + " "));
        if (row === undefined) continue;
        const fields = line.slice(row[2].length).trim().split(/\s+/);
        const value = (f: string | undefined): bigint => (f === undefined || f === "unlimited" ? RLIM_INFINITY : BigInt(f));
        limits[row[1]] = [value(fields[0]), value(fields[1])];
      }
    }
  }
  return limits;
}

/** An rlim_t as Python shows it: signed, so RLIM_INFINITY is -1. */
function rlim2py(v: bigint): PyObject {
  return PyLong_FromBigInt(BigInt.asIntN(64, v));
}

/** @cpython py2rlim: a Python int as an rlim_t (negative values wrap, as C's cast does). */
function py2rlim(o: PyObject): bigint | null {
  const v = indexValue(o);
  if (v === null) return null;
  const b = BigInt(v);
  if (b > 0x7fffffffffffffffn || b < -0x8000000000000000n) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  return BigInt.asUintN(64, b);
}

function resourceArg(o: PyObject): number | null {
  const v = indexValue(o);
  if (v === null) return null;
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  if (v < 0 || v >= RLIM_NLIMITS) return PyErr_SetString(PyExc_ValueError, "invalid resource specified");
  return v;
}

/** @cpython resource_getrlimit_impl */
function resource_getrlimit(_module: PyObject | null, arg: PyObject): PyObject | null {
  const resource = resourceArg(arg);
  if (resource === null) return null;
  const [soft, hard] = get_limits()[resource];
  return _PyTuple_FromArraySteal([rlim2py(soft), rlim2py(hard)]);
}

/** @cpython resource_setrlimit_impl */
function resource_setrlimit(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("setrlimit", args.length, 2, 2)) return null;
  const resource = resourceArg(args[0]);
  if (resource === null) return null;
  const items = _PySequence_ToArray(args[1]);
  if (items === null) return null;
  if (items.length !== 2) {
    _Py_DecrefArray(items);
    return PyErr_SetString(PyExc_ValueError, "expected a tuple of 2 integers");
  }
  const soft = py2rlim(items[0]);
  const hard = soft === null ? null : py2rlim(items[1]);
  _Py_DecrefArray(items);
  if (soft === null || hard === null) return null;
  const current = get_limits()[resource];
  // setrlimit(2)'s checks: EINVAL for soft > hard, EPERM for raising the hard limit.
  if (soft > hard) return PyErr_SetString(PyExc_ValueError, "current limit exceeds maximum limit");
  if (hard > current[1]) return PyErr_SetString(PyExc_ValueError, "not allowed to raise maximum limit");
  get_limits()[resource] = [soft, hard];
  return Py_NewNone();
}

const struct_rusage_fields = [
  "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
  "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
];
const struct_rusage_docs = [
  "user time used", "system time used", "max. resident set size", "shared memory size", "unshared data size",
  "unshared stack size", "page faults not requiring I/O", "page faults requiring I/O", "number of swap outs",
  "block input operations", "block output operations", "IPC messages sent", "IPC messages received",
  "signals received", "voluntary context switches", "involuntary context switches",
];

let StructRUsageType: PyTypeObject | null = null;
function struct_rusage_type(): PyTypeObject {
  if (StructRUsageType === null) {
    StructRUsageType = PyStructSequence_NewType({
      name: "resource.struct_rusage", fields: struct_rusage_fields, field_docs: struct_rusage_docs,
      doc: "struct_rusage: Result from getrusage.\n\nThe resources a process (or its children) has used, as getrusage(2) reports them.",
    });
  }
  return StructRUsageType;
}

const RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1;

/** @cpython resource_getrusage_impl */
function resource_getrusage(_module: PyObject | null, arg: PyObject): PyObject | null {
  const v = indexValue(arg);
  if (v === null) return null;
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  if (v !== RUSAGE_SELF && v !== RUSAGE_CHILDREN && v !== RUSAGE_THREAD) {
    return PyErr_SetString(PyExc_ValueError, "invalid who parameter");
  }
  const u = new Array<number>(16).fill(0);
  if (v !== RUSAGE_CHILDREN) {
    // The host starts no child processes, so their usage is all zeros.
    const [user, system] = host().os.cpu_times();
    // getrusage reports microseconds.
    u[0] = Number(user / 1000n) / 1e6;
    u[1] = Number(system / 1000n) / 1e6;
    const status = readProcFile("/proc/self/status");
    if (status !== null) {
      const field = (name: string): number => {
        const m = new RegExp(`^${name}:\\s*(\\d+)`, "m").exec(status);
        return m === null ? 0 : Number(m[1]);
      };
      u[2] = field("VmHWM");
      u[14] = field("voluntary_ctxt_switches");
      u[15] = field("nonvoluntary_ctxt_switches");
    }
    const stat = readProcFile("/proc/self/stat");
    if (stat !== null) {
      // Fields after the command name (which is in parentheses): minflt is the 10th
      // field of the line, majflt the 12th.
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      u[6] = Number(rest[7]) || 0;
      u[7] = Number(rest[9]) || 0;
    }
  }
  return PyStructSequence_FromArraySteal(struct_rusage_type(), [
    PyFloat_FromDouble(u[0]), PyFloat_FromDouble(u[1]), ...u.slice(2).map((n) => PyLong_FromNumber(n)),
  ]);
}

/** @cpython resource_getpagesize_impl */
function resource_getpagesize(_module: PyObject | null): PyObject {
  return PyLong_FromNumber(4096);
}

const resource_methods: PyMethodDef[] = [
  { ml_name: "getrusage", ml_meth: resource_getrusage, ml_flags: METH_O,
    ml_doc: "getrusage($module, who, /)\n--\n\nThe resources used by this process (RUSAGE_SELF) or its children." },
  { ml_name: "getrlimit", ml_meth: resource_getrlimit, ml_flags: METH_O,
    ml_doc: "getrlimit($module, resource, /)\n--\n\nThe (soft, hard) limits of a resource." },
  { ml_name: "setrlimit", ml_meth: resource_setrlimit, ml_flags: METH_FASTCALL,
    ml_doc: "setrlimit($module, resource, limits, /)\n--\n\nSet the (soft, hard) limits of a resource." },
  { ml_name: "getpagesize", ml_meth: resource_getpagesize, ml_flags: METH_NOARGS,
    ml_doc: "getpagesize($module, /)\n--\n\nThe size of a memory page in bytes." },
];

/** @cpython PyInit_resource (with resource_exec) */
export function PyInit_resource(): PyObject | null {
  const m = PyModule_Create("resource", null, resource_methods);
  PyModule_AddObjectRef(m, "error", PyExc_OSError);
  if (PyModule_AddType(m, struct_rusage_type()) < 0) {
    Py_DECREF(m);
    return null;
  }
  for (const [name, value] of RLIMITS) {
    if (name !== "RLIMIT_LOCKS") PyModule_AddIntConstant(m, name, value);
  }
  PyModule_AddIntConstant(m, "RLIMIT_OFILE", 7);
  PyModule_AddIntConstant(m, "RUSAGE_SELF", RUSAGE_SELF);
  PyModule_AddIntConstant(m, "RUSAGE_CHILDREN", RUSAGE_CHILDREN);
  PyModule_AddIntConstant(m, "RUSAGE_THREAD", RUSAGE_THREAD);
  PyModule_AddIntConstant(m, "RLIM_INFINITY", -1);
  return m;
}
