/**
 * @mirrors Modules/_io/textio.c
 * The text streams sys.stdout, sys.stderr and sys.stdin: _io.TextIOWrapper over the host's
 * standard streams. This first version writes and reads text directly through the host
 * (the buffered binary layer of _io arrives with the standard library).
 */
import { PyObject, PyTypeObject, Py_INCREF, METH_O, METH_NOARGS, METH_FASTCALL } from "../../Include/object.ts";
import { PyErr_SetString } from "../../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError } from "../../Objects/exceptions.ts";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicode_GET_LENGTH, type PyUnicodeObject } from "../../Objects/unicodeobject.ts";
import { PyLong_FromNumber } from "../../Objects/longobject.ts";
import { Py_NewNone, PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "../../Objects/object.ts";
import { PyBool_FromLong } from "../../Objects/boolobject.ts";
import { _PyType_Name } from "../../Objects/typeobject.ts";
import type { Host } from "../../Host/host.ts";

export class textio extends PyObject {
  host: Host;
  name: string;
  mode: string;
  fd: number;
  closed: boolean;
  /** Unread input (stdin). */
  pending: string | null;
  constructor(host: Host, name: string, mode: string, fd: number) {
    super(PyTextIOWrapper_Type);
    this.host = host;
    this.name = name;
    this.mode = mode;
    this.fd = fd;
    this.closed = false;
    this.pending = null;
  }
}

/** Write a JS string to a standard stream object directly (the print() fast path). */
export function textio_write_string(self: textio, s: string): void {
  if (self.fd === 2) self.host.writeStderr(s);
  else self.host.writeStdout(s);
}

function textiowrapper_write(self: PyObject, text: PyObject): PyObject | null {
  const t = self as textio;
  if (!PyUnicode_Check(text)) {
    return PyErr_SetString(PyExc_TypeError, `write() argument must be str, not ${_PyType_Name(text.ob_type)}`);
  }
  if (t.closed) return PyErr_SetString(PyExc_ValueError, "I/O operation on closed file.");
  if (t.fd === 0) return PyErr_SetString(PyExc_ValueError, "not writable");
  textio_write_string(t, (text as PyUnicodeObject).str);
  return PyLong_FromNumber(PyUnicode_GET_LENGTH(text as PyUnicodeObject));
}

/** Read one line from the host's stdin ('' at end of input). */
export function textio_readline_string(self: textio): string {
  const host = self.host as Host & { readLine?: () => string | null };
  if (host.readLine === undefined) return "";
  const line = host.readLine();
  return line ?? "";
}

function textiowrapper_readline(self: PyObject, _args: PyObject[]): PyObject | null {
  return PyUnicode_FromString(textio_readline_string(self as textio));
}

function textiowrapper_read(self: PyObject, _args: PyObject[]): PyObject | null {
  let out = "";
  for (;;) {
    const line = textio_readline_string(self as textio);
    if (line === "") break;
    out += line;
  }
  return PyUnicode_FromString(out);
}

export const PyTextIOWrapper_Type: PyTypeObject = new PyTypeObject({
  tp_name: "_io.TextIOWrapper", tp_basicsize: 208,
  tp_getattro: PyObject_GenericGetAttr, tp_setattro: PyObject_GenericSetAttr,
  tp_repr: (o) => {
    const t = o as textio;
    return PyUnicode_FromString(`<_io.TextIOWrapper name='${t.name}' mode='${t.mode}' encoding='utf-8'>`);
  },
  tp_methods: [
    { ml_name: "write", ml_meth: textiowrapper_write, ml_flags: METH_O },
    { ml_name: "flush", ml_meth: (o: PyObject) => {
      const h = (o as textio).host as Host & { flush?: () => void };
      h.flush?.();
      return Py_NewNone();
    }, ml_flags: METH_NOARGS },
    { ml_name: "readline", ml_meth: textiowrapper_readline, ml_flags: METH_FASTCALL },
    { ml_name: "read", ml_meth: textiowrapper_read, ml_flags: METH_FASTCALL },
    { ml_name: "fileno", ml_meth: (o: PyObject) => PyLong_FromNumber((o as textio).fd), ml_flags: METH_NOARGS },
    { ml_name: "isatty", ml_meth: (_o: PyObject) => PyBool_FromLong(0), ml_flags: METH_NOARGS },
    { ml_name: "writable", ml_meth: (o: PyObject) => PyBool_FromLong((o as textio).fd !== 0 ? 1 : 0), ml_flags: METH_NOARGS },
    { ml_name: "readable", ml_meth: (o: PyObject) => PyBool_FromLong((o as textio).fd === 0 ? 1 : 0), ml_flags: METH_NOARGS },
    { ml_name: "close", ml_meth: (o: PyObject) => { (o as textio).closed = true; return Py_NewNone(); }, ml_flags: METH_NOARGS },
  ],
  tp_getset: [
    { name: "name", get: (o) => PyUnicode_FromString((o as textio).name) },
    { name: "mode", get: (o) => PyUnicode_FromString((o as textio).mode) },
    { name: "encoding", get: () => PyUnicode_FromString("utf-8") },
    { name: "errors", get: (o) => PyUnicode_FromString((o as textio).fd === 2 ? "backslashreplace" : "strict") },
    { name: "closed", get: (o) => PyBool_FromLong((o as textio).closed ? 1 : 0) },
  ],
});

