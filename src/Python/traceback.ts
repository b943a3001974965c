/**
 * @mirrors Python/traceback.c
 * Traceback objects (one per frame an exception passed through, newest last) and the
 * printing of an uncaught exception as CPython 3.11 does it: each frame's source line,
 * then the 3.11 position markers — `^^^^` under the failing expression, and for a binary
 * operation or a subscript `~~~` under the operands with `^` under the operator:
 *
 *     return 1/0
 *            ~^~
 *
 * Also the chained-exception messages, __notes__, and the "Did you mean" hints of
 * Python/suggestions.c, which 3.11 adds when printing NameError and AttributeError.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_TPFLAGS_HAVE_GC } from "../Include/object.ts";
import { _PyThreadState_GET } from "./pystate.ts";
import type { _PyInterpreterFrame } from "./frame.ts";
import { PyFrameObject, PyFrame_GetFrameObject, PyFrame_GetLineNumber } from "../Objects/frameobject.ts";
import { PyLong_FromNumber } from "../Objects/longobject.ts";
import { Py_None, Py_NewNone, PyObject_GenericGetAttr, PyObject_Str, _PyObject_LookupAttr, PyObject_Repr } from "../Objects/object.ts";
import { PyUnicode_Check, PyUnicode_CheckExact, _PyUnicode_FromId, PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import {
  PyBaseExceptionObject, PyExc_NameError, PyExc_AttributeError, PyExc_ImportError, PyExc_SyntaxError, PyExc_SystemError, PyExc_TypeError,
  PyExceptionInstance_Check, PyExc_BaseExceptionGroup, PyBaseExceptionGroupObject,
} from "../Objects/exceptions.ts";
import { PyObject_Size, PyObject_GetItem } from "../Objects/abstract.ts";
import { PyType_IsSubtype, _PyType_Name, type_module_string } from "../Objects/typeobject.ts";
import { PyErr_Clear, PyErr_Fetch, PyErr_SetString, PyErr_Occurred } from "./errors.ts";
import { _PyArg_UnpackKeywordsClinic } from "./getargs.ts";
import { _PyLong_AsInt } from "../Objects/longobject.ts";
import { PyObject_CallMethod } from "../Objects/call.ts";
import { PyDict_Keys, PyDict_GetItemString, PyDict_Check, type PyDictObject } from "../Objects/dictobject.ts";
import { PyListObject } from "../Objects/listobject.ts";
import { PyTupleObject } from "../Objects/tupleobject.ts";
import type { Host } from "../Host/host.ts";
import { _PyParser_ASTFromString } from "../Parser/peg_api.ts";
import { BinOp, Expr, Module, Subscript } from "./Python-ast.generated.ts";

export class PyTracebackObject extends PyObject {
  tb_next: PyTracebackObject | null;
  tb_frame: PyFrameObject;
  /** Byte offset of the instruction (tb_lasti). */
  tb_lasti: number;
  /** The line, found from tb_lasti when first asked for (-2 until then). */
  private lineno: number;
  constructor(next: PyTracebackObject | null, frame: PyFrameObject, lasti: number, lineno = -2) {
    super(PyTraceBack_Type);
    this.tb_next = next;
    this.tb_frame = frame;
    this.tb_lasti = lasti;
    this.lineno = lineno;
  }
  /**
   * Most tracebacks are made and dropped unseen (importlib and iteration use exceptions for
   * control flow), so the line table is read only when the line is wanted.
   */
  get tb_lineno(): number {
    if (this.lineno === -2) this.lineno = this.tb_frame.f_frame.f_code.addr2line(this.tb_lasti);
    return this.lineno;
  }
}

/** @cpython tb_new_impl: traceback(tb_next, tb_frame, tb_lasti, tb_lineno), as types.TracebackType. */
function tb_new(_type: PyTypeObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywordsClinic(args, kwnames, "TracebackType", 0, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4, 4, 0);
  if (a === null) return null;
  const next = a[0]!, frame = a[1]!;
  if (!(frame instanceof PyFrameObject)) {
    return PyErr_SetString(PyExc_TypeError, `TracebackType() argument 'tb_frame' must be frame, not ${_PyType_Name(frame.ob_type)}`);
  }
  const lasti = _PyLong_AsInt(a[2]!);
  if (lasti === -1 && PyErr_Occurred()) return null;
  const lineno = _PyLong_AsInt(a[3]!);
  if (lineno === -1 && PyErr_Occurred()) return null;
  if (next !== Py_None && !(next instanceof PyTracebackObject)) {
    return PyErr_SetString(PyExc_TypeError, `expected traceback object or None, got '${_PyType_Name(next.ob_type)}'`);
  }
  if (next !== Py_None) Py_INCREF(next);
  Py_INCREF(frame);
  return new PyTracebackObject(next === Py_None ? null : next as PyTracebackObject, frame, lasti, lineno);
}

export const PyTraceBack_Type: PyTypeObject = new PyTypeObject({
  tp_name: "traceback", tp_basicsize: 64, tp_flags: Py_TPFLAGS_HAVE_GC, tp_new: tb_new,
  tp_getattro: PyObject_GenericGetAttr,
  tp_dealloc: (o) => {
    const tb = o as PyTracebackObject;
    Py_XDECREF(tb.tb_next);
    Py_DECREF(tb.tb_frame);
  },
  tp_getset: [
    { name: "tb_next", get: (o) => { const n = (o as PyTracebackObject).tb_next ?? Py_None; Py_INCREF(n); return n; },
      set: (o, v) => { const tb = o as PyTracebackObject; const nv = v === Py_None ? null : v as PyTracebackObject; if (nv) Py_INCREF(nv); Py_XDECREF(tb.tb_next); tb.tb_next = nv; return 0; } },
    { name: "tb_frame", get: (o) => { const f = (o as PyTracebackObject).tb_frame; Py_INCREF(f); return f; } },
    { name: "tb_lasti", get: (o) => PyLong_FromNumber((o as PyTracebackObject).tb_lasti) },
    { name: "tb_lineno", get: (o) => PyLong_FromNumber((o as PyTracebackObject).tb_lineno) },
  ],
});

/** @cpython PyTraceBack_Here: record that the raised exception passed through `frame`. */
export function PyTraceBack_Here(frame: _PyInterpreterFrame): void {
  const exc = _PyThreadState_GET().curexc;
  if (exc === null) return;
  const fo = PyFrame_GetFrameObject(frame);
  const lasti = Math.max(0, frame.prev_instr) * 2;
  const tb = new PyTracebackObject(exc.traceback as PyTracebackObject | null, fo, lasti);
  exc.traceback = tb;
}

// -- printing --------------------------------------------------------------------------------------

const IS_WS = (c: string) => c === " " || c === "\t" || c === "\f";

/** Byte offset in a line's UTF-8 -> character offset (_PyPegen_byte_offset_to_character_offset). */
function byteToChar(line: string, byteOffset: number): number {
  const bytes = Buffer.from(line, "utf8");
  if (byteOffset > bytes.length) return [...line].length;
  return [...bytes.subarray(0, byteOffset).toString("utf8")].length;
}

/** The text of a source file's line, via the host (linecache's job in CPython). */
const sourceCache = new Map<string, string[] | null>();
export function getSourceLine(host: Host, filename: string, lineno: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    const r = filename.startsWith("<") ? null : host.readFile(filename);
    lines = r instanceof Uint8Array ? Buffer.from(r).toString("utf8").split(/\r\n|\r|\n/) : null;
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

/** Register source text for a filename (for `-c` and `<stdin>` programs). */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r\n|\r|\n/));
}

/** @cpython tb_displayline: "  File ..., line N, in name", the source line and the markers. */
function tb_displayline(out: string[], host: Host, tb: PyTracebackObject, filename: string, lineno: number, name: string,
  margin = ""): void {
  out.push(`${margin}  File "${filename}", line ${lineno}, in ${name}\n`);
  const raw = getSourceLine(host, filename, lineno);
  if (raw === null) return;
  const line = raw.replace(/\s+$/, "");
  let i = 0;
  while (i < line.length && IS_WS(line[i])) i++;
  const stripped = line.slice(i);
  if (stripped.length === 0) return;
  out.push(`${margin}    ${stripped}\n`);
  const code = tb.tb_frame.f_frame.f_code.co;
  const positions = code.co_positions();
  const p = positions[tb.tb_lasti >> 1];
  if (p === undefined || p.lineno < 0 || p.end_lineno < 0 || p.col_offset < 0 || p.end_col_offset < 0) return;
  if (p.lineno !== lineno) return;
  const start_offset = byteToChar(line, p.col_offset);
  let end_offset = byteToChar(line, p.end_col_offset);
  let left = -1, right = -1;
  let primary = "^", secondary = "^";
  if (p.lineno === p.end_lineno) {
    const segment = [...line].slice(start_offset, end_offset).join("");
    const anchors = parseForTracebackAnchors(segment);
    if (anchors !== null) {
      left = byteToChar(segment, anchors[0]) + start_offset;
      right = byteToChar(segment, anchors[1]) + start_offset;
      primary = "~";
      secondary = "^";
    }
  } else {
    end_offset = [...line].length;
  }
  const truncation = i - 4;
  const stripped_line_len = [...line].length - i;
  const has_secondary = left !== -1 || right !== -1;
  if (end_offset - start_offset === stripped_line_len && !has_secondary) return;
  let s = "";
  let offset = truncation;
  while (++offset <= end_offset) {
    if (offset <= start_offset) s += " ";
    else if (has_secondary && left < offset && offset <= right) s += secondary;
    else s += primary;
  }
  out.push(margin + s + "\n");
}

const TB_RECURSIVE_CUTOFF = 3;

/** @cpython tb_print_internal: the frames, collapsing runs of the same line ("[Previous line repeated N more times]"). */
function tb_print(out: string[], host: Host, tb: PyTracebackObject | null, limit = 1000, margin = ""): void {
  let depth = 0;
  for (let t = tb; t !== null; t = t.tb_next) depth++;
  while (depth > limit && tb !== null) {
    depth--;
    tb = tb.tb_next;
  }
  let last_file: string | null = null, last_line = -1, last_name: string | null = null, cnt = 0;
  for (let t = tb; t !== null; t = t.tb_next) {
    const co = t.tb_frame.f_frame.f_code.co;
    const filename = co.co_filename;
    const name = co.co_name;
    const lineno = t.tb_lineno;
    if (last_file === null || filename !== last_file || last_line === -1 || lineno !== last_line || name !== last_name) {
      if (cnt > TB_RECURSIVE_CUTOFF) {
        const n = cnt - TB_RECURSIVE_CUTOFF;
        out.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
      }
      last_file = filename;
      last_line = lineno;
      last_name = name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) tb_displayline(out, host, t, filename, lineno, name, margin);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) {
    const n = cnt - TB_RECURSIVE_CUTOFF;
    out.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
  }
}

/**
 * @cpython extract_anchors_from_line: parse the failing segment; for a binary operation the
 * operator, for a subscript the brackets, become the `^` part. Byte offsets in the segment.
 */
function parseForTracebackAnchors(segment: string): [number, number] | null {
  const mod = _PyParser_ASTFromString(segment, "<string>", "exec");
  if (!(mod instanceof Module) || mod.body.length !== 1) return null;
  const stmt = mod.body[0];
  if (!(stmt instanceof Expr)) return null;
  const e = stmt.value;
  const bytes = Buffer.from(segment, "utf8");
  if (e instanceof BinOp) {
    for (let i = e.left.end_col_offset!; i < e.right.col_offset; i++) {
      const c = bytes[i];
      if (c === 0x20 || c === 0x09 || c === 0x0c) continue;
      let right = i + 1;
      if (i + 1 < e.right.col_offset && ![0x20, 0x09, 0x0c].includes(bytes[i + 1])) right++;
      return [i, right];
    }
    return null;
  }
  if (e instanceof Subscript) return [e.value.end_col_offset!, e.slice.end_col_offset! + 1];
  return null;
}

// -- suggestions (Python/suggestions.c) ---------------------------------------------------------------

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitution_cost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** @cpython levenshtein_distance (over UTF-8 bytes, as CPython) */
function levenshtein_distance(A: Uint8Array, B: Uint8Array, max_cost: number): number {
  let a = A, b = B;
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  let a_size = ae - as, b_size = be - bs;
  if (a_size === 0 || b_size === 0) return (a_size + b_size) * MOVE_COST;
  if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
  if (b_size < a_size) {
    [a, b] = [b, a];
    [as, bs] = [bs, as];
    [a_size, b_size] = [b_size, a_size];
  }
  if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
  const buffer = new Array<number>(a_size);
  let tmp = MOVE_COST;
  for (let i = 0; i < a_size; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let b_index = 0; b_index < b_size; b_index++) {
    const code = b[bs + b_index];
    let distance = result = b_index * MOVE_COST;
    let minimum = Infinity;
    for (let index = 0; index < a_size; index++) {
      const substitute = distance + substitution_cost(code, a[as + index]);
      distance = buffer[index];
      const insert_delete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insert_delete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

/** @cpython calculate_suggestions */
function calculate_suggestions(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let suggestion_distance = Infinity;
  let suggestion: string | null = null;
  const nameBytes = Buffer.from(name, "utf8");
  for (const item of dir) {
    if (item === name) continue;
    const itemBytes = Buffer.from(item, "utf8");
    let max_distance = Math.floor((nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6);
    max_distance = Math.min(max_distance, suggestion_distance - 1);
    const d = levenshtein_distance(nameBytes, itemBytes, max_distance);
    if (d > max_distance) continue;
    if (suggestion === null || d < suggestion_distance) {
      suggestion = item;
      suggestion_distance = d;
    }
  }
  return suggestion;
}

function keysOf(d: PyDictObject): string[] {
  const l = PyDict_Keys(d) as PyListObject | null;
  if (l === null) return [];
  const out = l.ob_item.filter((k) => PyUnicode_Check(k)).map((k) => (k as PyUnicodeObject).str);
  Py_DECREF(l);
  return out;
}

/** @cpython _Py_Offer_Suggestions */
function offer_suggestions(exc: PyBaseExceptionObject): string | null {
  const e = exc as unknown as { name?: PyObject | null; obj?: PyObject | null };
  if (PyType_IsSubtype(exc.ob_type, PyExc_NameError)) {
    const name = e.name ?? null;
    let tb = exc.traceback as PyTracebackObject | null;
    if (name === null || !PyUnicode_CheckExact(name) || tb === null || !(tb instanceof PyTracebackObject)) return null;
    while (tb.tb_next !== null) tb = tb.tb_next;
    const frame = tb.tb_frame.f_frame;
    const n = (name as PyUnicodeObject).str;
    return calculate_suggestions(frame.f_code.co.co_varnames, n)
      ?? calculate_suggestions(keysOf(frame.f_globals), n)
      ?? calculate_suggestions(keysOf(frame.f_builtins), n);
  }
  if (PyType_IsSubtype(exc.ob_type, PyExc_AttributeError)) {
    const name = e.name ?? null, obj = e.obj ?? null;
    if (name === null || obj === null || !PyUnicode_CheckExact(name)) return null;
    const dir = PyObject_DirNames(obj);
    if (dir === null) return null;
    return calculate_suggestions(dir, (name as PyUnicodeObject).str);
  }
  return null;
}

/** dir(obj) as JS strings, or null (errors swallowed). */
function PyObject_DirNames(obj: PyObject): string[] | null {
  const dirMeth = _PyObject_LookupAttr(obj, _PyUnicode_FromId("__dir__"));
  if (dirMeth === null || dirMeth === undefined) {
    PyErr_Clear();
    return null;
  }
  const r = dirMeth.ob_type.tp_call!(dirMeth, [], null);
  Py_DECREF(dirMeth);
  if (r === null) {
    PyErr_Clear();
    return null;
  }
  const items = (r as PyListObject).ob_item ?? [];
  const out = items.filter((k) => PyUnicode_Check(k)).map((k) => (k as PyUnicodeObject).str);
  Py_DECREF(r);
  return out;
}

// -- whole exceptions ------------------------------------------------------------------------------------

/**
 * @cpython exception_print_context: the state of one PyErr_Display. Inside an exception group
 * every line gets a margin ("| " after 2 spaces per nesting level) and the groups' members
 * are boxed with numbered separators.
 */
interface PrintContext {
  out: string[];
  host: Host;
  seen: Set<PyObject>;
  exception_group_depth: number;
  need_close: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** @cpython _Py_WriteIndentedMargin with EXC_INDENT/EXC_MARGIN */
function indentedMargin(ctx: PrintContext): string {
  return ctx.exception_group_depth ? " ".repeat(2 * ctx.exception_group_depth) + "| " : "";
}

/** @cpython print_exception_traceback */
function print_exception_traceback(ctx: PrintContext, exc: PyBaseExceptionObject): void {
  const tb = exc.traceback;
  if (tb === null || tb === Py_None || !(tb instanceof PyTracebackObject)) return;
  let header = "Traceback (most recent call last):\n";
  let header_margin = ctx.exception_group_depth ? "| " : "";
  if (PyType_IsSubtype(exc.ob_type, PyExc_BaseExceptionGroup as PyTypeObject)) {
    header = "Exception Group Traceback (most recent call last):\n";
    if (ctx.exception_group_depth === 1) header_margin = "+ ";
  }
  ctx.out.push(" ".repeat(2 * ctx.exception_group_depth) + header_margin + header);
  tb_print(ctx.out, ctx.host, tb, 1000, indentedMargin(ctx));
}

/** @cpython print_exception_message (+ print_exception_suggestions): "module.Qualname: str(exc)" */
function print_exception_message(ctx: PrintContext, exc: PyObject): void {
  const out = ctx.out;
  const type = exc.ob_type;
  const mod = type_module_string(type);
  let tname = type.tp_flags & (1 << 9) ? type.ht_qualname : _PyType_Name(type);
  if (mod !== null && mod !== "builtins" && mod !== "__main__") tname = `${mod}.${tname}`;
  const s = PyObject_Str(exc);
  let msg: string;
  if (s === null) {
    PyErr_Clear();
    msg = "<exception str() failed>";
  } else {
    msg = (s as PyUnicodeObject).str;
    Py_DECREF(s);
  }
  const margin = indentedMargin(ctx);
  if (PyType_IsSubtype(type, PyExc_SyntaxError)) {
    const lines: string[] = [];
    format_syntax_error(lines, exc, tname, msg);
    for (const l of lines) out.push(margin + l);
  } else {
    out.push(msg.length ? `${margin}${tname}: ${msg}\n` : `${margin}${tname}\n`);
  }
  const suggestion = offer_suggestions(exc as PyBaseExceptionObject);
  if (suggestion !== null) {
    out[out.length - 1] = out[out.length - 1].replace(/\n$/, `. Did you mean: '${suggestion}'?\n`);
  }
}

/** @cpython print_exception_notes: each str(note), line by line, under the message. */
function print_exception_notes(ctx: PrintContext, exc: PyObject): void {
  const out = ctx.out;
  const notes = _PyObject_LookupAttr(exc, _PyUnicode_FromId("__notes__"));
  if (notes === undefined) return;
  if (notes === null) {
    PyErr_Clear();
    return;
  }
  const margin = indentedMargin(ctx);
  const t = notes.ob_type;
  if (PyDict_Check(notes) || t.sq_item === null) {
    // Not a sequence: its repr, without a newline (as 3.11 prints it).
    const r = PyObject_Repr(notes);
    if (r === null) {
      PyErr_Clear();
      out.push(margin + "<__notes__ repr() failed>");
    } else {
      out.push(margin + (r as PyUnicodeObject).str);
      Py_DECREF(r);
    }
    Py_DECREF(notes);
    return;
  }
  const n = PyObject_Size(notes);
  for (let i = 0; i < n; i++) {
    const idx = PyLong_FromNumber(i);
    const note = PyObject_GetItem(notes, idx);
    Py_DECREF(idx);
    if (note === null) {
      PyErr_Clear();
      break;
    }
    const r = PyObject_Str(note);
    Py_DECREF(note);
    if (r === null) {
      PyErr_Clear();
      out.push("<note str() failed>");
    } else {
      const text = (r as PyUnicodeObject).str;
      Py_DECREF(r);
      for (const line of splitlinesKeepends(text)) out.push(margin + line);
    }
    out.push("\n");
  }
  if (n < 0) PyErr_Clear();
  Py_DECREF(notes);
}

/** str.splitlines(keepends=True) on a JS string. */
function splitlinesKeepends(text: string): string[] {
  const lines: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push(text.slice(last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (last < text.length) lines.push(text.slice(last));
  return lines;
}

/** @cpython print_exception: traceback, message line, notes. */
function print_exception(ctx: PrintContext, exc: PyObject): void {
  if (!PyExceptionInstance_Check(exc)) {
    ctx.out.push(" ".repeat(2 * ctx.exception_group_depth) +
      `TypeError: print_exception(): Exception expected for value, ${exc.ob_type.tp_name} found\n`);
    return;
  }
  print_exception_traceback(ctx, exc as PyBaseExceptionObject);
  print_exception_message(ctx, exc);
  print_exception_notes(ctx, exc);
}

/** SyntaxError raised at run time (compile(), eval()): file, line, caret, message. */
function format_syntax_error(out: string[], exc: PyObject, tname: string, msg: string): void {
  const e = exc as unknown as { msg?: PyObject | null; filename?: PyObject | null; lineno?: PyObject | null; offset?: PyObject | null; text?: PyObject | null; end_offset?: PyObject | null };
  const str = (o: PyObject | null | undefined) => (o && PyUnicode_Check(o) ? (o as PyUnicodeObject).str : null);
  const num = (o: PyObject | null | undefined) => (o && (o as unknown as { ob_ival?: number }).ob_ival !== undefined ? Number((o as unknown as { ob_ival: number }).ob_ival) : -1);
  // parse_syntax_error: None means "<string>"; any other object is printed with str()
  let filename = str(e.filename);
  if (filename === null && e.filename && e.filename !== Py_None) {
    const s = PyObject_Str(e.filename);
    if (s === null) PyErr_Clear();
    else {
      filename = (s as PyUnicodeObject).str;
      Py_DECREF(s);
    }
  }
  filename ??= "<string>";
  const lineno = num(e.lineno);
  if (lineno >= 0) out.push(`  File "${filename}", line ${lineno}\n`);
  const text = str(e.text);
  if (text !== null) {
    let t = text;
    let offset = num(e.offset);
    let end = num(e.end_offset);
    const nl = t.indexOf("\n");
    if (nl >= 0 && nl < t.length - 1) t = t.slice(0, nl + 1);
    const lead = t.length - t.replace(/^[ \t\f]+/, "").length;
    t = t.replace(/^[ \t\f]+/, "").replace(/\n$/, "");
    out.push(`    ${t}\n`);
    if (offset >= 1) {
      if (end < offset || end < 1) end = offset + 1;
      if (end > t.length + lead + 1) end = t.length + lead + 1;
      const start = offset - lead;
      const width = Math.max(1, end - offset);
      out.push(`    ${" ".repeat(Math.max(0, start - 1))}${"^".repeat(width)}\n`);
    }
  }
  const m = str(e.msg) ?? msg;
  out.push(`${tname}: ${m}\n`);
}

const cause_message = "The above exception was the direct cause of the following exception:\n";
const context_message = "During handling of the above exception, another exception occurred:\n";

/** @cpython print_chained */
function print_chained(ctx: PrintContext, exc: PyObject, message: string): void {
  const need_close = ctx.need_close;
  print_exception_recursive(ctx, exc);
  ctx.need_close = need_close;
  const m = indentedMargin(ctx);
  ctx.out.push(`${m}\n${m}${message}${m}\n`);
}

/** @cpython print_exception_cause_and_context: the cause, else the context, printed first. */
function print_exception_cause_and_context(ctx: PrintContext, exc: PyObject): void {
  ctx.seen.add(exc);
  if (!PyExceptionInstance_Check(exc)) return;
  const e = exc as PyBaseExceptionObject;
  const cause = e.cause;
  if (cause !== null && cause !== Py_None) {
    if (!ctx.seen.has(cause)) print_chained(ctx, cause, cause_message);
    return;
  }
  if (e.suppress_context) return;
  const context = e.context;
  if (context !== null && context !== Py_None && !ctx.seen.has(context)) print_chained(ctx, context, context_message);
}

/** @cpython print_exception_group: the group's own traceback and message, then each member boxed. */
function print_exception_group(ctx: PrintContext, exc: PyObject): void {
  const out = ctx.out;
  if (ctx.exception_group_depth > MAX_GROUP_DEPTH) {
    out.push(`${indentedMargin(ctx)}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.exception_group_depth === 0) ctx.exception_group_depth += 1;
  print_exception(ctx, exc);
  const excs = ((exc as PyBaseExceptionGroupObject).excs as PyTupleObject).ob_item;
  const num_excs = excs.length;
  const n = num_excs <= MAX_GROUP_WIDTH ? num_excs : MAX_GROUP_WIDTH + 1;
  ctx.need_close = false;
  for (let i = 0; i < n; i++) {
    const last_exc = i === n - 1;
    if (last_exc) ctx.need_close = true;
    const indent = " ".repeat(2 * ctx.exception_group_depth);
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(`${indent}${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------\n`);
    ctx.exception_group_depth += 1;
    if (!truncated) {
      print_exception_recursive(ctx, excs[i]);
    } else {
      const remaining = num_excs - MAX_GROUP_WIDTH;
      out.push(`${indentedMargin(ctx)}and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last_exc && ctx.need_close) {
      out.push(" ".repeat(2 * ctx.exception_group_depth) + "+------------------------------------\n");
      ctx.need_close = false;
    }
    ctx.exception_group_depth -= 1;
  }
  if (ctx.exception_group_depth === 1) ctx.exception_group_depth -= 1;
}

/** @cpython print_exception_recursive: causes and contexts first, as CPython prints them. */
function print_exception_recursive(ctx: PrintContext, exc: PyObject): void {
  print_exception_cause_and_context(ctx, exc);
  if (PyExceptionInstance_Check(exc) && PyType_IsSubtype(exc.ob_type, PyExc_BaseExceptionGroup as PyTypeObject) &&
      (exc as PyBaseExceptionGroupObject).excs instanceof PyTupleObject) {
    print_exception_group(ctx, exc);
  } else {
    print_exception(ctx, exc);
  }
}

function displayText(host: Host, exc: PyObject): string {
  const ctx: PrintContext = { out: [], host, seen: new Set(), exception_group_depth: 0, need_close: false };
  print_exception_recursive(ctx, exc);
  return ctx.out.join("");
}

/** @cpython PyErr_Display: write an uncaught exception to stderr, CPython's way. */
export function PyErr_DisplayException(host: Host, exc: PyObject): void {
  // Through sys.stderr (so it interleaves with what the program wrote there), as CPython does.
  _PySys_DisplayToStderr(displayText(host, exc));
}
import { _PySys_DisplayToStderr } from "./sysmodule.ts";

/**
 * @cpython PyTraceBack_Print: "Traceback (most recent call last):" and the entries of `tb`,
 * written to `file` (an object with a write method). -1 with an error set if writing fails.
 */
export function PyTraceBack_Print(host: Host, tb: PyObject, file: PyObject): number {
  if (!(tb instanceof PyTracebackObject)) {
    PyErr_SetString(PyExc_SystemError, "bad argument to internal function");
    return -1;
  }
  const out = ["Traceback (most recent call last):\n"];
  tb_print(out, host, tb);
  const text = PyUnicode_FromString(out.join(""));
  const r = PyObject_CallMethod(file, "write", [text]);
  Py_DECREF(text);
  if (r === null) return -1;
  Py_DECREF(r);
  return 0;
}

/** The text PyErr_Display would write (for sys.excepthook-like uses). */
export function formatException(host: Host, exc: PyObject): string {
  return displayText(host, exc);
}

