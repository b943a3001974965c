/**
 * @mirrors Python/pylifecycle.c
 * Interpreter start-up in CPython's order: the type objects (object and type first, then
 * every builtin type), the exception classes, the builtins module, sys, __main__.
 */
import { _PySignal_Init } from "../Modules/signalmodule.ts";
import { PyMemoryView_Type, _PyMemoryView_InitTypes } from "../Objects/memoryobject.ts";
import { _PyNamespace_Type } from "../Objects/namespaceobject.ts";
import { Py_DECREF, Py_INCREF, type PyObject } from "../Include/object.ts";
import type { Host } from "../Host/host.ts";
import { PyInterpreterState, PyThreadState, _PyThreadState_Swap } from "./pystate.ts";
import { _PyErr_InitNone } from "./errors.ts";
import {
  PyBaseObject_Type, PyType_Type, PySuper_Type, PyType_Ready, _PyTypes_InitSlotDefs, PyBoolTypeRef,
  PyCFunctionTypeRef, iterToArrayRef, _PySequence_IterSearchRef, PySeqIter_NewRef, PyErr_WriteUnraisableRef,
  super_init_without_args_ref, PyDictProxy_NewRefHolder,
} from "../Objects/typeobject.ts";
import { _PyNone_Type, _PyNotImplemented_Type, Py_None, PyExcKeyErrorRef } from "../Objects/object.ts";
import { PyUnicodeObject } from "../Objects/unicodeobject.ts";
import * as unicode from "../Objects/unicodeobject.ts";
import * as longobj from "../Objects/longobject.ts";
import * as boolobj from "../Objects/boolobject.ts";
import * as floatobj from "../Objects/floatobject.ts";
import * as complexobj from "../Objects/complexobject.ts";
import * as bytesobj from "../Objects/bytesobject.ts";
import * as bytearrayobj from "../Objects/bytearrayobject.ts";
import { _PyTuple_InitTypes, PyTuple_Type } from "../Objects/tupleobject.ts";
import { _PyList_InitTypes } from "../Objects/listobject.ts";
import { _PyDict_InitTypes } from "../Objects/dictobject.ts";
import { _PySet_InitTypes } from "../Objects/setobject.ts";
import { _PySlice_InitTypes } from "../Objects/sliceobject.ts";
import { _PyRange_InitTypes } from "../Objects/rangeobject.ts";
import { _PyIter_InitTypes, PySeqIter_New } from "../Objects/iterobject.ts";
import { _PyEnum_InitTypes } from "../Objects/enumobject.ts";
import { _PyBltinIterators_InitTypes } from "./bltin_iterators.ts";
import { _PyExc_InitTypes, PyExc_KeyError } from "../Objects/exceptions.ts";
import {
  PyMethodDescr_Type, PyClassMethodDescr_Type, PyMemberDescr_Type, PyGetSetDescr_Type, PyWrapperDescr_Type,
  _PyMethodWrapper_Type, PyStaticMethod_Type, PyClassMethod_Type, PyProperty_Type, PyDictProxy_Type, PyDictProxy_New,
} from "../Objects/descrobject.ts";
import { PyCFunction_Type } from "../Objects/methodobject.ts";
import { PyCell_Type } from "../Objects/cellobject.ts";
import { PyFunction_Type } from "../Objects/funcobject.ts";
import { PyMethod_Type } from "../Objects/classobject.ts";
import { PyCode_Type } from "../Objects/codeobject_runtime.ts";
import { PyModule_Type, PyModule_New, PyModule_GetDict, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyFrame_Type, PyFrame_GetLocalsDict } from "../Objects/frameobject.ts";
import { PyTraceBack_Type } from "./traceback.ts";
import { _PyGen_InitTypes } from "../Objects/genobject.ts";
import { _PyUnion_Type } from "../Objects/unionobject.ts";
import { Py_GenericAliasType, Py_GenericAlias, _PyGenericAlias_InitTypes } from "../Objects/genericaliasobject.ts";
import { PyTraceBack_TypeRef } from "../Objects/exceptions.ts";
import { Py_GenericAliasRef } from "../Objects/tupleobject.ts";
import { _PyIO_InitTypes, _PyIO_open_impl, _io_open } from "../Modules/_io/_iomodule.ts";
import { PyTextIOWrapper_Type } from "../Modules/_io/textio.ts";
import { _PySequence_ToArray, _PySequence_IterSearch, PY_ITERSEARCH_CONTAINS } from "../Objects/abstract.ts";
import { PyDict_New, PyDict_SetItemString, PyDict_GetItemString, type PyDictObject } from "../Objects/dictobject.ts";
import { _PyBuiltin_Init } from "./bltinmodule.ts";
import { _PySys_Create, _PySys_UpdateConfig, type SysConfig } from "./sysmodule.ts";
import { PyImport_Inittab, PyImport_ImportModule, _PyImport_InitCore, _PyImport_InitExternal } from "./import.ts";
import { _Py_GetConfig, _PyConfig_ComputePath, type PyConfig } from "./initconfig.ts";
import { handleUncaught } from "./pythonrun.ts";
import { _PyImport_Inittab } from "../Modules/config.ts";
import { _Py_HashRandomization_Init } from "./pyhash.ts";
import { PyErr_WriteUnraisable } from "./errors.ts";
import { super_init_without_args } from "../Objects/typeobject.ts";

function initTypes(): void {
  // Strings are created while types are readied: str must be known first.
  PyUnicodeObject.type = unicode.PyUnicode_Type;
  _PyTypes_InitSlotDefs();
  _PyErr_InitNone(Py_None);
  PyBoolTypeRef.type = boolobj.PyBool_Type;
  PyCFunctionTypeRef.type = PyCFunction_Type;
  iterToArrayRef.fn = _PySequence_ToArray;
  _PySequence_IterSearchRef.fn = (seq, v) => _PySequence_IterSearch(seq, v, PY_ITERSEARCH_CONTAINS);
  PySeqIter_NewRef.fn = PySeqIter_New;
  PyErr_WriteUnraisableRef.fn = PyErr_WriteUnraisable;
  super_init_without_args_ref.fn = super_init_without_args;
  PyDictProxy_NewRefHolder.fn = PyDictProxy_New;
  PyBaseObject_Type.ob_type = PyType_Type;
  PyType_Type.ob_type = PyType_Type;
  PyType_Ready(PyBaseObject_Type);
  PyType_Ready(PyType_Type);
  unicode._PyUnicode_InitTypes();
  longobj._PyLong_InitTypes();
  boolobj._PyBool_InitTypes();
  floatobj._PyFloat_InitTypes();
  complexobj._PyComplex_InitTypes();
  bytesobj._PyBytes_InitTypes();
  bytearrayobj._PyByteArray_InitTypes();
  _PyTuple_InitTypes();
  _PyList_InitTypes();
  _PyDict_InitTypes();
  _PySet_InitTypes();
  _PySlice_InitTypes();
  _PyRange_InitTypes();
  _PyIter_InitTypes();
  _PyEnum_InitTypes();
  _PyBltinIterators_InitTypes();
  _PyExc_InitTypes();
  PyExcKeyErrorRef.type = PyExc_KeyError;
  for (const t of [
    PySuper_Type, _PyNone_Type, _PyNotImplemented_Type, PyCFunction_Type, PyMethodDescr_Type, PyClassMethodDescr_Type,
    PyMemberDescr_Type, PyGetSetDescr_Type, PyWrapperDescr_Type, _PyMethodWrapper_Type, PyStaticMethod_Type,
    PyClassMethod_Type, PyProperty_Type, PyDictProxy_Type, PyCell_Type, PyFunction_Type, PyMethod_Type, PyCode_Type,
    PyModule_Type, PyFrame_Type, PyTraceBack_Type, PyTuple_Type,
  ]) PyType_Ready(t);
  _PyGen_InitTypes();
  PyType_Ready(_PyUnion_Type);
  _PyGenericAlias_InitTypes();
  _PyIO_InitTypes();
  PyType_Ready(PyMemoryView_Type);
  _PyMemoryView_InitTypes();
  PyType_Ready(_PyNamespace_Type);
  PyTraceBack_TypeRef.type = PyTraceBack_Type;
  Py_GenericAliasRef.fn = Py_GenericAlias;
}

export interface RunConfig extends SysConfig {
  optimization_level: number;
  hash_seed: number;
}

let initialized: { interp: PyInterpreterState; tstate: PyThreadState } | null = null;

/**
 * What the core phase built when it ran in a start-up snapshot (node --build-snapshot, see
 * src/Host/node_snapshot.ts) rather than in this process; null otherwise.
 */
let snapshotCore: { interp: PyInterpreterState; tstate: PyThreadState } | null = null;

/**
 * Whether a run with this configuration may continue from the core phase a snapshot made
 * with the defaults: the core phase reads the hash seed (the hashes of every string made
 * so far), -O (builtins.__debug__), -v and -X importtime (messages while importlib
 * starts), the standard library's directory (the frozen modules' __file__) and -S
 * (whether os was imported ahead of site).
 */
export function _Py_CoreConfigIsDefault(config: PyConfig, hash_seed: number): boolean {
  if (hash_seed !== 0 || config.optimization_level !== 0 || config.verbose !== 0 || config.import_time || config.stdlib_dir !== null) return false;
  // os was imported ahead of site, or not.
  const core = snapshotCore ?? initialized;
  return core === null || (preimported.length > 0) === config.site_import;
}

/**
 * @cpython pycore_interp_init + init_importlib + init_importlib_external: the part of
 * start-up that depends on no file but the frozen modules, no clock and no environment
 * beyond the options `_Py_CoreConfigIsDefault` names: the types, builtins, sys,
 * importlib with its finders (which imports _imp, _thread, _warnings, _weakref, _io,
 * marshal, posix, time and zipimport) and, when site will run, os (import_site_os).
 * Py_InitializeFromConfig runs it, or a start-up snapshot ran it at build time with the
 * default configuration.
 */
export function _Py_InitializeCore(host: Host, config: RunConfig, with_site: boolean): PyThreadState {
  _Py_HashRandomization_Init(config.hash_seed);
  const interp = new PyInterpreterState(host);
  const tstate = new PyThreadState(interp);
  _PyThreadState_Swap(tstate);
  initTypes();
  interp.modules = PyDict_New();
  const bimod = _PyBuiltin_Init(interp, config.optimization_level) as PyModuleObject;
  interp.builtins = PyModule_GetDict(bimod);
  PyDict_SetItemString(interp.modules, "builtins", bimod);
  const sysmod = _PySys_Create(interp, config);
  PyDict_SetItemString(interp.modules, "sys", sysmod);
  PyDict_SetItemString(interp.sysdict!, "modules", interp.modules);
  PyImport_Inittab.set("builtins", () => { Py_INCREF(bimod); return bimod; });
  PyImport_Inittab.set("sys", () => { Py_INCREF(sysmod); return sysmod; });
  for (const [name, init] of _PyImport_Inittab) PyImport_Inittab.set(name, init);
  init_set_builtins_open(interp);
  initialized = { interp, tstate };
  apply_config(interp);
  if (_PyImport_InitCore(tstate) < 0) return fatal_error(tstate, "init_importlib", "failed to initialize importlib");
  if (_PyImport_InitExternal(tstate) < 0) return fatal_error(tstate, "init_importlib_external", "external importer setup failed");
  if (with_site) import_site_os(tstate);
  return tstate;
}

/**
 * The modules the core phase imported ahead of site (os and what it imports), in the order
 * they were added to sys.modules; empty when it did not.
 */
let preimported: string[] = [];

/**
 * `site` begins with `import os`; os and the modules it imports (abc, stat,
 * _collections_abc, posixpath, ...) are frozen and read no file, clock or environment
 * variable but the copy in posix.environ (os.environ wraps that dict, which a snapshot's
 * run refills), so the core phase imports them already when site will run. The import of
 * encodings that comes between in CPython's order needs none of them; init_interp_main
 * moves them behind encodings in sys.modules, where site's import would have put them.
 */
function import_site_os(tstate: PyThreadState): void {
  const modules = tstate.interp.modules!;
  const before = new Set(dictKeys(modules));
  const os = PyImport_ImportModule("os");
  if (os === null) return fatal_error(tstate, "init_import_site", "Failed to import the site module");
  Py_DECREF(os);
  preimported = dictKeys(modules).filter((k) => !before.has(k));
}

function dictKeys(d: PyDictObject): string[] {
  const out: string[] = [];
  const pos = { i: 0 };
  for (let e = PyDict_Next(d, pos); e !== null; e = PyDict_Next(d, pos)) if (e[0] instanceof PyUnicodeObject) out.push(e[0].str);
  return out;
}

/** The snapshot builder: the core phase is done and kept in the snapshot. */
export function _Py_MarkCoreForSnapshot(): void {
  snapshotCore = initialized;
  initialized = null;
}

/** @cpython Py_InitializeFromConfig: build the runtime once; returns the thread state. */
export function Py_InitializeFromConfig(host: Host, config: RunConfig): PyThreadState {
  if (initialized !== null) return initialized.tstate;
  let tstate: PyThreadState;
  if (snapshotCore !== null) {
    // The run's configuration replaces the defaults the snapshot's core phase used.
    if (!_Py_CoreConfigIsDefault(_Py_GetConfig(), config.hash_seed)) throw new Error("start-up snapshot used with a configuration it does not support");
    initialized = snapshotCore;
    snapshotCore = null;
    tstate = initialized.tstate;
    reapply_config(tstate, config);
  } else {
    const c = _Py_GetConfig();
    // -X importtime shows os under site, where site's own import puts it.
    tstate = _Py_InitializeCore(host, config, c.site_import && !c.import_time);
  }
  init_interp_main(tstate);
  return tstate;
}

/**
 * The sys attributes and interpreter fields that come from the configuration and the
 * computed search path, which init_interp_main hands to _PySys_UpdateConfig.
 */
function apply_config(interp: PyInterpreterState): void {
  const config = _Py_GetConfig();
  const paths = _PyConfig_ComputePath(interp.host, config);
  interp.stdlib_dir = paths.stdlib_dir;
  interp.dont_write_bytecode = config.dont_write_bytecode;
  interp.verbose = config.verbose;
  interp.optimization_level = config.optimization_level;
  _PySys_UpdateConfig(interp, config, paths, interp.host.getenv("PYTHONHASHSEED") === undefined);
}

/**
 * After a snapshot's core phase: what it took from the build's process is taken again
 * from this one. sys.argv and sys.orig_argv, then the configuration's sys attributes (the
 * lists and caches importlib filled keep their identity), posix.environ (refilled in
 * place: os.environ will wrap that same dict) and the time module's zone (time.tzset).
 */
function reapply_config(tstate: PyThreadState, config: RunConfig): void {
  const interp = tstate.interp;
  const d = interp.sysdict!;
  const strs = (a: readonly string[]) => _PyList_FromArraySteal(a.map((s) => PyUnicode_FromString(s)));
  const keep = ["meta_path", "path_hooks", "path_importer_cache"].map((k) => [k, PyDict_GetItemString(d, k)!] as const);
  for (const [, v] of keep) Py_INCREF(v);
  for (const [k, v] of [["argv", strs(config.argv)], ["orig_argv", strs(config.orig_argv)]] as const) {
    PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
  }
  apply_config(interp);
  for (const [k, v] of keep) {
    PyDict_SetItemString(d, k, v);
    Py_DECREF(v);
  }
  const posix = PyDict_GetItemString(interp.modules!, "posix");
  const environ = posix === null ? null : PyObject_GetAttrString(posix, "environ");
  if (environ === null) return fatal_error(tstate, "reapply_config", "posix.environ is missing");
  PyDict_Clear(environ);
  const env = interp.host.os.environ();
  for (const k of Object.keys(env)) {
    const key = PyBytes_FromArray(encodeSurrogateEscape(k));
    const value = PyBytes_FromArray(encodeSurrogateEscape(env[k]));
    PyDict_SetDefault(environ as PyDictObject, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
  }
  Py_DECREF(environ);
  const time = PyDict_GetItemString(interp.modules!, "time");
  const r = time === null ? null : PyObject_CallMethod(time, "tzset", []);
  if (r === null) return fatal_error(tstate, "reapply_config", "time.tzset() failed");
  Py_DECREF(r);
}

/**
 * @cpython init_interp_main (the rest): the codec registry's `encodings`, the standard
 * streams, then `site` unless -S. A failure here is CPython's fatal error: the
 * traceback and "Fatal Python error: ..." on stderr, exit status 1.
 */
function init_interp_main(tstate: PyThreadState): void {
  const interp = tstate.interp;
  const encodings = PyImport_ImportModule("encodings");
  if (encodings === null) return fatal_error(tstate, "init_fs_encoding", "failed to get the Python codec of the filesystem encoding");
  Py_DECREF(encodings);
  // The command line's configuration installs the signal handlers (install_signal_handlers).
  if (_PySignal_Init(true) < 0) return fatal_error(tstate, "init_interp_main", "can't initialize signals");
  const modules = interp.modules!;
  for (const name of preimported) {
    const m = PyDict_GetItemString(modules, name);
    if (m === null) continue;
    Py_INCREF(m);
    PyDict_DelItemString(modules, name);
    PyDict_SetItemString(modules, name, m);
    Py_DECREF(m);
  }
  init_sys_streams(interp);
  if (_Py_GetConfig().site_import) {
    const site = PyImport_ImportModule("site");
    if (site === null) return fatal_error(tstate, "init_import_site", "Failed to import the site module");
    Py_DECREF(site);
  }
}

/** Thrown out of start-up after a fatal error has been reported; main turns it into exit status 1. */
export class FatalStartupError extends Error {}

/** @cpython _Py_FatalErrorFunc: print the pending exception and the fatal message, then stop. */
function fatal_error(tstate: PyThreadState, func: string, msg: string): never {
  if (tstate.curexc !== null) handleUncaught(tstate);
  tstate.interp.host.writeStderr(`Fatal Python error: ${func}: ${msg}\nPython runtime state: initialized\n`);
  throw new FatalStartupError(msg);
}

/** @cpython add_main_module: __main__ with __builtins__ (the module) and __name__. */
export function add_main_module(interp: PyInterpreterState): PyModuleObject {
  const m = PyModule_New("__main__");
  const d = PyModule_GetDict(m);
  const bimod = PyDict_GetItemString(interp.modules!, "builtins")!;
  PyDict_SetItemString(d, "__builtins__", bimod);
  PyDict_SetItemString(d, "__annotations__", PyDict_New());
  // Code run from -c, stdin or the prompt has BuiltinImporter as its loader, as in CPython.
  if (interp.importlib !== null) {
    const loader = PyObject_GetAttrString(interp.importlib, "BuiltinImporter");
    if (loader !== null) {
      PyDict_SetItemString(d, "__loader__", loader);
      Py_DECREF(loader);
    } else PyErr_Clear();
  }
  PyDict_SetItemString(interp.modules!, "__main__", m);
  return m;
}


// -- the standard streams ---------------------------------------------------------------------

/** @cpython is_valid_fd: whether fd is an open descriptor. */
function is_valid_fd(host: Host, fd: number): boolean {
  return typeof host.os.fstat(fd) !== "number";
}

/** config->buffered_stdio (-u, PYTHONUNBUFFERED) and whether PYTHON* variables count (-E, -I). */
function stdio_flags(): { unbuffered: boolean; ignore_env: boolean } {
  const config = _Py_GetConfig();
  return { unbuffered: !config.buffered_stdio, ignore_env: !config.use_environment };
}

/**
 * @cpython config_get_stdio_errors: 'surrogateescape' in the C/POSIX locale and the
 * locales CPython coerces it to (C.UTF-8), 'strict' otherwise.
 */
function stdio_errors(host: Host): string {
  const loc = host.getenv("LC_ALL") || host.getenv("LC_CTYPE") || host.getenv("LANG") || "C";
  return ["C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"].includes(loc) ? "surrogateescape" : "strict";
}

/**
 * @cpython create_stdio: TextIOWrapper(BufferedWriter/Reader(FileIO(fd, closefd=False)))
 * named name, or None when fd is not open. stdout is line-buffered on a terminal, stderr
 * always; with -u the writers have no buffer (FileIO directly) and write through.
 */
function create_stdio(host: Host, buffered_stdio: boolean, fd: number, write_mode: boolean, name: string,
  encoding: string, errors: string): PyObject | null {
  if (!is_valid_fd(host, fd)) return Py_NewNone();
  const buffering = !buffered_stdio && write_mode ? 0 : -1;
  const fdobj = PyLong_FromNumber(fd);
  const buf = _PyIO_open_impl(fdobj, write_mode ? "wb" : "rb", buffering, null, null, null, false, Py_None);
  Py_DECREF(fdobj);
  if (buf === null) return null;
  let raw: PyObject | null;
  if (buffering) raw = PyObject_GetAttrString(buf, "raw");
  else {
    raw = buf;
    Py_INCREF(raw);
  }
  if (raw === null) {
    Py_DECREF(buf);
    return null;
  }
  const text = PyUnicode_FromString(name);
  const rc = PyObject_SetAttrString(raw, "name", text);
  Py_DECREF(text);
  const res = rc < 0 ? null : PyObject_CallMethod(raw, "isatty", []);
  Py_DECREF(raw);
  if (res === null) {
    Py_DECREF(buf);
    return null;
  }
  const isatty = PyObject_IsTrue(res);
  Py_DECREF(res);
  const write_through = !buffered_stdio;
  const line_buffering = buffered_stdio && (isatty > 0 || fd === 2);
  const args = [buf, PyUnicode_FromString(encoding), PyUnicode_FromString(errors), PyUnicode_FromString("\n"),
    PyBool_FromLong(line_buffering ? 1 : 0), PyBool_FromLong(write_through ? 1 : 0)];
  const stream = PyObject_Vectorcall(PyTextIOWrapper_Type, args, null);
  for (const a of args) Py_DECREF(a);
  if (stream === null) return null;
  const mode = PyUnicode_FromString(write_mode ? "w" : "r");
  const rc2 = PyObject_SetAttrString(stream, "mode", mode);
  Py_DECREF(mode);
  if (rc2 < 0) {
    Py_DECREF(stream);
    return null;
  }
  return stream;
}

/**
 * @cpython init_sys_streams: sys.stdin, sys.stdout, sys.stderr (and the __std*__ copies)
 * as UTF-8 text streams over descriptors 0, 1 and 2; PYTHONIOENCODING may name another
 * encoding and error handler.
 */
function init_sys_streams(interp: PyInterpreterState): void {
  const host = interp.host;
  const { unbuffered, ignore_env } = stdio_flags();
  let encoding = "utf-8";
  let errors = stdio_errors(host);
  let stderr_errors = "backslashreplace";
  const ioenc = ignore_env ? undefined : host.getenv("PYTHONIOENCODING");
  if (ioenc) {
    const colon = ioenc.indexOf(":");
    const enc = colon >= 0 ? ioenc.slice(0, colon) : ioenc;
    if (enc !== "") encoding = enc;
    if (colon >= 0 && ioenc.slice(colon + 1) !== "") errors = stderr_errors = ioenc.slice(colon + 1);
  }
  const d = interp.sysdict!;
  const streams: [number, boolean, string, string, string][] = [
    [0, false, "<stdin>", "stdin", errors], [1, true, "<stdout>", "stdout", errors], [2, true, "<stderr>", "stderr", stderr_errors],
  ];
  for (const [fd, write_mode, name, attr, errs] of streams) {
    const std = create_stdio(host, !unbuffered, fd, write_mode, name, encoding, errs);
    if (std === null) {
      // D11: report the failure the way a fatal start-up error would, and go on without the stream.
      PyErr_Clear();
      host.writeStderr(`Fatal Python error: init_sys_streams: can't initialize sys standard streams\n`);
      PyDict_SetItemString(d, attr, Py_None);
      PyDict_SetItemString(d, `__${attr}__`, Py_None);
      continue;
    }
    PyDict_SetItemString(d, attr, std);
    PyDict_SetItemString(d, `__${attr}__`, std);
    Py_DECREF(std);
  }
}

/** @cpython init_set_builtins_open: builtins.open is io.open. */
function init_set_builtins_open(interp: PyInterpreterState): void {
  // The _io module's own function (so `io.open is open`); _io is native, importable this early.
  const iomod = PyImport_ImportModule("_io");
  let f = iomod === null ? null : PyObject_GetAttrString(iomod, "open");
  if (iomod !== null) Py_DECREF(iomod);
  if (f === null) {
    PyErr_Clear();
    f = PyCFunction_NewEx(OPEN_DEF, null, null, PyUnicode_FromString("_io"));
  }
  PyDict_SetItemString(interp.builtins!, "open", f);
  Py_DECREF(f);
}
const OPEN_DEF = {
  ml_name: "open", ml_meth: _io_open, ml_flags: METH_FASTCALL | METH_KEYWORDS,
  ml_doc: "Open a file and return a stream over it; OSError if that fails.",
};

/**
 * @cpython flush_std_files: sys.stdout.flush() then sys.stderr.flush(), skipping closed
 * streams; -1 if one failed (a failed stdout flush is reported as unraisable).
 */
export function flush_std_files(): number {
  const tstate = initialized?.tstate;
  if (tstate === undefined) return 0;
  const d = tstate.interp.sysdict;
  if (d === null) return 0;
  const fout = PyDict_GetItemString(d, "stdout");
  const ferr = PyDict_GetItemString(d, "stderr");
  let status = 0;
  const saved = PyErr_Fetch();
  if (fout !== null && fout !== Py_None && !file_is_closed(fout)) {
    const tmp = PyObject_CallMethod(fout, "flush", []);
    if (tmp === null) {
      PyErr_WriteUnraisable("Exception ignored in: ", fout, fout);
      status = -1;
    } else Py_DECREF(tmp);
  }
  if (ferr !== null && ferr !== Py_None && !file_is_closed(ferr)) {
    const tmp = PyObject_CallMethod(ferr, "flush", []);
    if (tmp === null) {
      PyErr_Clear();
      status = -1;
    } else Py_DECREF(tmp);
  }
  PyErr_Restore(saved);
  return status;
}

/** @cpython file_is_closed */
function file_is_closed(fobj: PyObject): boolean {
  const tmp = PyObject_GetAttrString(fobj, "closed");
  if (tmp === null) {
    PyErr_Clear();
    return false;
  }
  const r = PyObject_IsTrue(tmp);
  Py_DECREF(tmp);
  if (r < 0) PyErr_Clear();
  return r > 0;
}
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { Py_NewNone, PyObject_GetAttrString, PyObject_SetAttrString, PyObject_IsTrue } from "../Objects/object.ts";
import { PyObject_CallMethod, PyObject_Vectorcall } from "../Objects/call.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyErr_Clear, PyErr_Fetch, PyErr_Restore } from "./errors.ts";
import { PyCFunction_NewEx } from "../Objects/methodobject.ts";
import { METH_FASTCALL, METH_KEYWORDS } from "../Include/object.ts";
import { PyDict_Clear, PyDict_SetDefault, PyDict_Next, PyDict_DelItemString } from "../Objects/dictobject.ts";
import { PyBytes_FromArray } from "../Objects/bytesobject.ts";
import { encodeSurrogateEscape } from "../Objects/utf8_errors.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
