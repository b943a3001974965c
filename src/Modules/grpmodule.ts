/**
 * @mirrors Modules/grpmodule.c
 * The grp module: the group database as struct_group entries (gr_name, gr_passwd, gr_gid,
 * gr_mem, the last a list of member names). Where CPython asks the C library (getgrgid_r,
 * getgrnam_r, getgrent), this reads /etc/group through the host; without that file the
 * database is empty and lookups raise KeyError as for an unknown group.
 *
 * DIVERGENCE: only the local file is consulted, not NSS sources such as LDAP or NIS.
 */
import { PyObject, PyTypeObject, Py_DECREF, METH_NOARGS, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Include/object.ts";
import { PyErr_SetString } from "../Python/errors.ts";
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError } from "../Objects/exceptions.ts";
import { PyModule_Create, PyModule_AddType } from "../Objects/moduleobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, unicode_encode_utf8, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { _PyList_FromArraySteal } from "../Objects/listobject.ts";
import { reprString, strString } from "../Objects/object.ts";
import { _PyType_Name } from "../Objects/typeobject.ts";
import type { PyTupleObject } from "../Objects/tupleobject.ts";
import { _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { PyStructSequence_NewType, PyStructSequence_FromArraySteal } from "../Objects/structseq.ts";
import { _Py_Id_Converter, _Py_ReadHostTextFile } from "./posixmodule.ts";

/** One line of /etc/group. */
interface group {
  gr_name: string;
  gr_passwd: string;
  gr_gid: number;
  gr_mem: string[];
}

const ID = /^\d+$/;

/** @cpython getgrent (setgrent/endgrent around it): every well-formed entry of /etc/group, in file order. */
function read_group(): group[] {
  const text = _Py_ReadHostTextFile("/etc/group");
  const out: group[] = [];
  if (text === null) return out;
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length !== 4 || f[0] === "" || !ID.test(f[2])) continue;
    out.push({ gr_name: f[0], gr_passwd: f[1], gr_gid: Number(f[2]), gr_mem: f[3] === "" ? [] : f[3].split(",") });
  }
  return out;
}

let StructGrpType: PyTypeObject | null = null;

/** @cpython mkgrent @returns new */
function mkgrent(g: group): PyObject {
  return PyStructSequence_FromArraySteal(StructGrpType!, [
    PyUnicode_FromString(g.gr_name), PyUnicode_FromString(g.gr_passwd), PyLong_FromNumber(g.gr_gid),
    _PyList_FromArraySteal(g.gr_mem.map((n) => PyUnicode_FromString(n) as PyObject)),
  ]);
}

/** @cpython grp_getgrgid_impl: getgrgid(id) */
function grp_getgrgid(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "getgrgid", ["id"], 1, 1, 0);
  if (a === null) return null;
  const id = a[0]!;
  const gid = _Py_Id_Converter(id, "gid");
  if (gid === null) return null;
  const g = read_group().find((e) => e.gr_gid === gid);
  if (g === undefined) {
    const s = strString(id);
    if (s === null) return null;
    return PyErr_SetString(PyExc_KeyError, `getgrgid(): gid not found: ${s}`);
  }
  return mkgrent(g);
}

/** @cpython grp_getgrnam_impl: getgrnam(name) */
function grp_getgrnam(_m: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "getgrnam", ["name"], 1, 1, 0);
  if (a === null) return null;
  const name = a[0]!;
  if (!PyUnicode_Check(name)) {
    return PyErr_SetString(PyExc_TypeError, `getgrnam() argument 'name' must be str, not ${_PyType_Name(name.ob_type)}`);
  }
  const s = (name as PyUnicodeObject).str;
  if (unicode_encode_utf8(s, "surrogateescape") === null) return null;
  if (s.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null byte");
  const g = read_group().find((e) => e.gr_name === s);
  if (g === undefined) {
    const r = reprString(name);
    if (r === null) return null;
    return PyErr_SetString(PyExc_KeyError, `getgrnam(): name not found: ${r}`);
  }
  return mkgrent(g);
}

/** @cpython grp_getgrall_impl: getgrall() */
function grp_getgrall(_m: PyObject): PyObject {
  return _PyList_FromArraySteal(read_group().map(mkgrent));
}

const grp_methods: PyMethodDef[] = [
  { ml_name: "getgrgid", ml_meth: grp_getgrgid, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError." },
  { ml_name: "getgrnam", ml_meth: grp_getgrnam, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError." },
  { ml_name: "getgrall", ml_meth: grp_getgrall, ml_flags: METH_NOARGS,
    ml_doc: "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid." },
];

const grp_doc =
  "The Unix group database.\n\n" +
  "Each entry is a struct_group: a 4-tuple (gr_name, gr_passwd, gr_gid, gr_mem)\n" +
  "whose items are also attributes; gr_mem is the list of member user names. A\n" +
  "lookup that finds nothing raises KeyError.";

/** @cpython PyInit_grp (grpmodule_exec) */
export function PyInit_grp(): PyObject | null {
  StructGrpType ??= PyStructSequence_NewType({
    name: "grp.struct_group",
    fields: ["gr_name", "gr_passwd", "gr_gid", "gr_mem"],
    field_docs: ["group name", "password", "group id", "group members"],
    doc: "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.",
  });
  const m = PyModule_Create("grp", grp_doc, grp_methods);
  if (PyModule_AddType(m, StructGrpType) < 0) {
    Py_DECREF(m);
    return null;
  }
  return m;
}
