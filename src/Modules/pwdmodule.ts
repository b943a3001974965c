/**
 * @mirrors Modules/pwdmodule.c
 * The pwd module: the password database as struct_passwd entries (pw_name, pw_passwd,
 * pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell). posixpath.expanduser and pathlib's owner()
 * use it. Where CPython asks the C library (getpwuid_r, getpwnam_r, getpwent), this reads
 * /etc/passwd through the host; a host without that file has an empty database, so every
 * lookup raises the KeyError CPython raises for an unknown user.
 *
 * DIVERGENCE: only the local file is consulted, not NSS sources such as LDAP or NIS.
 */
import { PyObject, PyTypeObject, Py_DECREF, METH_O, METH_NOARGS, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString, PyErr_ExceptionMatches } from "../Python/errors.ts";
import { PyExc_KeyError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "../Objects/exceptions.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, unicode_encode_utf8, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { reprString, strString } from "../Objects/object.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";
import { PyStructSequence_NewType, PyStructSequence_FromArraySteal } from "../Objects/structseq.ts";
import { _Py_Id_Converter, _Py_ReadHostTextFile } from "./posixmodule.ts";

/** One line of /etc/passwd. */
interface passwd {
  pw_name: string;
  pw_passwd: string;
  pw_uid: number;
  pw_gid: number;
  pw_gecos: string;
  pw_dir: string;
  pw_shell: string;
}

const ID = /^\d+$/;

/** @cpython getpwent (setpwent/endpwent around it): every well-formed entry of /etc/passwd, in file order. */
function read_passwd(): passwd[] {
  const text = _Py_ReadHostTextFile("/etc/passwd");
  const out: passwd[] = [];
  if (text === null) return out;
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length !== 7 || f[0] === "" || !ID.test(f[2]) || !ID.test(f[3])) continue;
    out.push({
      pw_name: f[0], pw_passwd: f[1], pw_uid: Number(f[2]), pw_gid: Number(f[3]),
      pw_gecos: f[4], pw_dir: f[5], pw_shell: f[6],
    });
  }
  return out;
}

let StructPwdType: PyTypeObject | null = null;

/** @cpython mkpwent @returns new */
function mkpwent(p: passwd): PyObject {
  return PyStructSequence_FromArraySteal(StructPwdType!, [
    PyUnicode_FromString(p.pw_name), PyUnicode_FromString(p.pw_passwd),
    PyLong_FromNumber(p.pw_uid), PyLong_FromNumber(p.pw_gid),
    PyUnicode_FromString(p.pw_gecos), PyUnicode_FromString(p.pw_dir), PyUnicode_FromString(p.pw_shell),
  ]);
}

/** @cpython pwd_getpwuid: getpwuid(uidobj, /) */
function pwd_getpwuid(_m: PyObject, uidobj: PyObject): PyObject | null {
  const uid = _Py_Id_Converter(uidobj, "uid");
  if (uid === null) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) PyErr_SetString(PyExc_KeyError, "getpwuid(): uid not found");
    return null;
  }
  const p = read_passwd().find((e) => e.pw_uid === uid);
  if (p === undefined) {
    const s = strString(uidobj);
    if (s === null) return null;
    return PyErr_SetString(PyExc_KeyError, `getpwuid(): uid not found: ${s}`);
  }
  return mkpwent(p);
}

/** @cpython pwd_getpwnam_impl: getpwnam(name, /) */
function pwd_getpwnam(_m: PyObject, name: PyObject): PyObject | null {
  if (!PyUnicode_Check(name)) {
    return PyErr_SetString(PyExc_TypeError, `getpwnam() argument must be str, not ${_PyType_Name(name.ob_type)}`);
  }
  const s = (name as PyUnicodeObject).str;
  if (unicode_encode_utf8(s, "surrogateescape") === null) return null;
  if (s.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null byte");
  const p = read_passwd().find((e) => e.pw_name === s);
  if (p === undefined) {
    const r = reprString(name);
    if (r === null) return null;
    return PyErr_SetString(PyExc_KeyError, `getpwnam(): name not found: ${r}`);
  }
  return mkpwent(p);
}

/** @cpython pwd_getpwall_impl: getpwall() */
function pwd_getpwall(_m: PyObject): PyObject {
  return _PyList_FromArraySteal(read_passwd().map(mkpwent));
}

const pwd_methods: PyMethodDef[] = [
  { ml_name: "getpwuid", ml_meth: pwd_getpwuid, ml_flags: METH_O,
    ml_doc: "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries." },
  { ml_name: "getpwnam", ml_meth: pwd_getpwnam, ml_flags: METH_O,
    ml_doc: "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries." },
  { ml_name: "getpwall", ml_meth: pwd_getpwall, ml_flags: METH_NOARGS,
    ml_doc: "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries." },
];

const pwd_doc =
  "The Unix password database.\n\n" +
  "Each entry is a struct_passwd: a 7-tuple (pw_name, pw_passwd, pw_uid, pw_gid,\n" +
  "pw_gecos, pw_dir, pw_shell) whose items are also attributes. The ids are ints,\n" +
  "the rest strings. A lookup that finds nothing raises KeyError.";

/** @cpython PyInit_pwd (pwdmodule_exec) */
export function PyInit_pwd(): PyObject | null {
  StructPwdType ??= PyStructSequence_NewType({
    name: "pwd.struct_passwd",
    fields: ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
    field_docs: ["user name", "password", "user id", "group id", "real name", "home directory", "shell program"],
    doc: "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
  });
  const m = PyModule_Create("pwd", pwd_doc, pwd_methods);
  if (PyModule_AddType(m, StructPwdType) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
