/**
 * @mirrors Lib/dis.py
 * The text of `dis.dis(code)` for a 3.11 code object, byte for byte: what `typhon --dis`
 * prints (the same as `python3 -m dis FILE`). A port of dis.py's _disassemble_recursive,
 * _get_instructions_bytes and Instruction._disassemble, including the line-number and
 * jump-target columns, the argument descriptions and the ExceptionTable block.
 */
import {
  _PyOpcode_Caches, _PyOpcode_Deopt, _PyOpcode_OpName, argKind, opname, EXTENDED_ARG, FORMAT_VALUE,
  LOAD_CONST, LOAD_GLOBAL, MAKE_FUNCTION, BINARY_OP,
} from "../Include/opcode.generated.ts";
import { NB_OPS, CMP_OP, HAVE_ARGUMENT } from "../Include/opcode.def.ts";
import { PyCodeObject, code_repr, type CodeConstant } from "../Objects/codeobject.ts";
import { constant_repr } from "./ast_dump.ts";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const FORMAT_VALUE_CONVERTERS = ["", "str", "repr", "ascii"];
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];

const addresses = new WeakMap<PyCodeObject, string>();
let nextAddress = 0x7f0000000000;

/** A stable, made-up address per code object (repr shows `at 0x...`). */
export function codeAddress(co: PyCodeObject): string {
  let a = addresses.get(co);
  if (a === undefined) {
    a = "0x" + nextAddress.toString(16);
    nextAddress += 0x1b0;
    addresses.set(co, a);
  }
  return a;
}

/** repr() of a co_consts entry. */
export function codeConstantRepr(c: CodeConstant): string {
  return c instanceof PyCodeObject ? code_repr(c, codeAddress(c)) : constant_repr(c);
}

interface RawInstr { offset: number; op: number; arg: number | null }

/** @cpython dis._unpack_opargs */
function unpackOpargs(code: Uint8Array): RawInstr[] {
  const out: RawInstr[] = [];
  let extended = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) { caches--; continue; }
    const op = code[i];
    const deop = _PyOpcode_Deopt[op] || op;
    caches = _PyOpcode_Caches[deop];
    let arg: number | null = null;
    if (deop >= HAVE_ARGUMENT) {
      arg = code[i + 1] | extended;
      extended = deop === EXTENDED_ARG ? arg << 8 : 0;
    } else {
      extended = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

function isBackwardJump(op: number): boolean {
  return opname[op].includes("JUMP_BACKWARD");
}

/** @cpython dis.findlabels */
function findLabels(instrs: RawInstr[]): Set<number> {
  const labels = new Set<number>();
  for (const { offset, op, arg } of instrs) {
    if (arg === null) continue;
    if (argKind[op] === "jrel") labels.add(offset + 2 + (isBackwardJump(op) ? -arg : arg) * 2);
    else if (argKind[op] === "jabs") labels.add(arg * 2);
  }
  return labels;
}

/** @cpython dis.findlinestarts */
export function findLinestarts(co: PyCodeObject): Map<number, number> {
  const out = new Map<number, number>();
  let last: number | null = null;
  for (const { start, line } of co.co_lines()) {
    if (line !== -1 && line !== last) {
      last = line;
      out.set(start, line);
    }
  }
  return out;
}

/** @cpython dis.disassemble (via _disassemble_bytes) */
export function disassemble(co: PyCodeObject, lines: string[]): void {
  const code = co.co_code;
  const linestarts = findLinestarts(co);
  const entries = co.exceptionEntries();
  const showLineno = linestarts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    let maxLine = 0;
    for (const l of linestarts.values()) maxLine = Math.max(maxLine, l);
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const instrs = unpackOpargs(code);
  const labels = findLabels(instrs);
  for (const e of entries) if (e.end > e.start) labels.add(e.target);

  for (const { offset, op, arg } of instrs) {
    const startsLine = linestarts.get(offset);
    if (showLineno && startsLine !== undefined && offset > 0) lines.push("");
    const deop = _PyOpcode_Deopt[op] || op;
    let argrepr = "";
    if (arg !== null) argrepr = describeArg(co, offset, deop, arg);
    const fields: string[] = [];
    if (linenoWidth) fields.push(startsLine !== undefined ? String(startsLine).padStart(linenoWidth) : " ".repeat(linenoWidth));
    fields.push("   ");
    fields.push(labels.has(offset) ? ">>" : "  ");
    fields.push(String(offset).padStart(offsetWidth));
    fields.push(_PyOpcode_OpName[op].padEnd(OPNAME_WIDTH));
    if (arg !== null) {
      fields.push(String(arg).padStart(OPARG_WIDTH));
      if (argrepr) fields.push("(" + argrepr + ")");
    }
    lines.push(fields.join(" ").trimEnd());
  }
  if (entries.length) {
    lines.push("ExceptionTable:");
    for (const e of entries) {
      lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

function describeArg(co: PyCodeObject, offset: number, deop: number, arg: number): string {
  switch (argKind[deop]) {
    case "const":
      return deop === LOAD_CONST ? codeConstantRepr(co.co_consts[arg]) : "";
    case "name":
      if (deop === LOAD_GLOBAL) {
        const name = co.co_names[arg >> 1];
        return arg & 1 ? "NULL + " + name : name;
      }
      return co.co_names[arg];
    case "jabs":
      return "to " + arg * 2;
    case "jrel":
      return "to " + (offset + 2 + (isBackwardJump(deop) ? -arg : arg) * 2);
    case "local":
    case "free":
      return co._varname_from_oparg(arg);
    case "compare":
      return CMP_OP[arg];
  }
  if (deop === FORMAT_VALUE) {
    let r = FORMAT_VALUE_CONVERTERS[arg & 3];
    if (arg & 4) r += (r ? ", " : "") + "with format";
    return r;
  }
  if (deop === MAKE_FUNCTION) {
    return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
  }
  if (deop === BINARY_OP) return NB_OPS[arg][1];
  return "";
}

/** @cpython dis._disassemble_recursive */
export function disassembleRecursive(co: PyCodeObject, lines: string[]): void {
  disassemble(co, lines);
  for (const x of co.co_consts) {
    if (x instanceof PyCodeObject) {
      lines.push("");
      lines.push(`Disassembly of ${codeConstantRepr(x)}:`);
      disassembleRecursive(x, lines);
    }
  }
}

/** The whole text `dis.dis(co)` prints, with a final newline. */
export function disassembleCode(co: PyCodeObject): string {
  const lines: string[] = [];
  disassembleRecursive(co, lines);
  return lines.join("\n") + "\n";
}
