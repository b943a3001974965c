/**
 * @mirrors Modules/_posixsubprocess.c
 * The _posixsubprocess module: fork_exec(), the fork-and-exec step of subprocess.Popen on
 * POSIX systems.
 *
 * DIVERGENCE: the host cannot fork this process or start another one synchronously, so
 * fork_exec checks its argument count as CPython does and then fails with
 * OSError(ENOSYS, "Function not implemented"): `import subprocess` works, and starting a
 * process raises that error from Popen().
 */
import { PyObject, Py_DECREF, METH_FASTCALL, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_SetObject } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_OSError } from "../Objects/exceptions.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { _PyTuple_FromArraySteal } from "../Objects/tupleobject.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";

const ENOSYS = 38;
/** fork_exec's parameters in 3.11: args, executable_list, close_fds, ... allow_vfork. */
const FORK_EXEC_NARGS = 23;

/** @cpython subprocess_fork_exec */
function subprocess_fork_exec(_module: PyObject | null, args: PyObject[]): PyObject | null {
  if (args.length !== FORK_EXEC_NARGS) {
    return PyErr_SetString(PyExc_TypeError, `fork_exec() takes exactly ${FORK_EXEC_NARGS} arguments (${args.length} given)`);
  }
  const os = _PyThreadState_GET().interp.host.os;
  const err = _PyTuple_FromArraySteal([PyLong_FromNumber(ENOSYS), PyUnicode_FromString(os.strerror(ENOSYS))]);
  PyErr_SetObject(PyExc_OSError, err);
  Py_DECREF(err);
  return null;
}

const module_methods: PyMethodDef[] = [
  { ml_name: "fork_exec", ml_meth: subprocess_fork_exec, ml_flags: METH_FASTCALL,
    ml_doc: "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n" +
      "          p2cread, p2cwrite, c2pread, c2pwrite,\n" +
      "          errread, errwrite, errpipe_read, errpipe_write,\n" +
      "          restore_signals, call_setsid, pgid_to_set,\n" +
      "          gid, extra_groups, uid,\n" +
      "          preexec_fn)\n\n" +
      "Fork a child process and run a program in it, with its standard streams and\n" +
      "descriptors arranged as subprocess.Popen asks; returns the child's pid." },
];

/** @cpython PyInit__posixsubprocess */
export function PyInit__posixsubprocess(): PyObject | null {
  return PyModule_Create("_posixsubprocess", "A POSIX helper for the subprocess module.", module_methods);
}
