/**
 * @mirrors Lib/tokenize.py
 *
 * `typhon --tokens FILE` prints what `python3 -m tokenize FILE` prints. That command is
 * not CPython's C tokenizer (src/Parser/tokenizer.ts mirrors that one, for the parser): it
 * is the pure-Python tokenize module, a regular-expression scanner that also reports
 * comments (COMMENT), non-logical newlines (NL) and the source encoding (ENCODING), and
 * has quirks of its own (operators all print as OP, an unterminated string becomes
 * ERRORTOKEN pieces, a file without a final newline gets an empty NEWLINE token). To be
 * byte-identical this view follows tokenize.py's algorithm step by step.
 *
 * Columns are counted in code points, as Python's str indexes are; JavaScript strings
 * index UTF-16 units, so positions are converted on output for lines with astral characters.
 */
import type { Host } from "../Host/host.ts";
import { EXACT_TOKEN_TYPES } from "../Parser/token.generated.ts";
import { unicode_repr } from "../Objects/unicodeobject.ts";
// tokenize.py's _get_normal_name is the same rule as the C tokenizer's get_normal_name.
import { get_normal_name } from "../Parser/tokenizer_decoding.ts";

// ---------------------------------------------------------------- the patterns
// Python's `.` stops only at \n, JavaScript's at \r, \u2028 and \u2029 too: write [^\n].
// Python's `\w` on str is Unicode-aware (alphanumerics and _).
const ANY = "[^\\n]";
const W = "[\\p{L}\\p{N}_]";
const group = (...choices: string[]) => "(?:" + choices.join("|") + ")";
const maybe = (...choices: string[]) => group(...choices) + "?";

const Whitespace = "[ \\f\\t]*";
const Comment = "#[^\\r\\n]*";
const Name = W + "+";

const Hexnumber = "0[xX](?:_?[0-9a-fA-F])+";
const Binnumber = "0[bB](?:_?[01])+";
const Octnumber = "0[oO](?:_?[0-7])+";
const Decnumber = "(?:0(?:_?0)*|[1-9](?:_?[0-9])*)";
const Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber);
const Exponent = "[eE][-+]?[0-9](?:_?[0-9])*";
const Pointfloat = group("[0-9](?:_?[0-9])*\\.(?:[0-9](?:_?[0-9])*)?", "\\.[0-9](?:_?[0-9])*") + maybe(Exponent);
const Expfloat = "[0-9](?:_?[0-9])*" + Exponent;
const Floatnumber = group(Pointfloat, Expfloat);
const Imagnumber = group("[0-9](?:_?[0-9])*[jJ]", Floatnumber + "[jJ]");
const NumberPat = group(Imagnumber, Floatnumber, Intnumber);

/** Every valid string prefix in every letter case and order ('', 'b', 'Rb', 'fR', ...). */
function allStringPrefixes(): string[] {
  const result = new Set<string>([""]);
  const permutations = (s: string): string[] =>
    s.length <= 1 ? [s] : [...s].flatMap((c, i) => permutations(s.slice(0, i) + s.slice(i + 1)).map((p) => c + p));
  const cases = (s: string): string[] =>
    s === "" ? [""] : cases(s.slice(1)).flatMap((rest) => [s[0] + rest, s[0].toUpperCase() + rest]);
  for (const prefix of ["b", "r", "u", "f", "br", "fr"]) {
    for (const p of permutations(prefix)) for (const c of cases(p)) result.add(c);
  }
  return [...result];
}
const PREFIXES = allStringPrefixes();
const StringPrefix = group(...PREFIXES);

const Single = `[^'\\\\]*(?:\\\\${ANY}[^'\\\\]*)*'`;
const Double = `[^"\\\\]*(?:\\\\${ANY}[^"\\\\]*)*"`;
const Single3 = `[^'\\\\]*(?:(?:\\\\${ANY}|'(?!''))[^'\\\\]*)*'''`;
const Double3 = `[^"\\\\]*(?:(?:\\\\${ANY}|"(?!""))[^"\\\\]*)*"""`;
const Triple = group(StringPrefix + "'''", StringPrefix + '"""');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest operators first, as tokenize.py sorts them (reverse lexicographic order).
const Special = group(...[...EXACT_TOKEN_TYPES.keys()].sort().reverse().map(escapeRe));
const Funny = group("\\r?\\n", Special);

const ContStr = group(
  StringPrefix + `'[^\\n'\\\\]*(?:\\\\${ANY}[^\\n'\\\\]*)*` + group("'", "\\\\\\r?\\n"),
  StringPrefix + `"[^\\n"\\\\]*(?:\\\\${ANY}[^\\n"\\\\]*)*` + group('"', "\\\\\\r?\\n"),
);
const PseudoExtras = group("\\\\\\r?\\n|$", Comment, Triple);
/** Leading whitespace in group 1, then one token: PseudoToken of tokenize.py. */
const PseudoToken = new RegExp(`(${Whitespace})${group(PseudoExtras, NumberPat, Funny, ContStr, Name)}`, "uy");

const endpats = new Map<string, RegExp>();
const singleQuoted = new Set<string>();
const tripleQuoted = new Set<string>();
for (const p of PREFIXES) {
  endpats.set(p + "'", new RegExp(Single, "uy"));
  endpats.set(p + '"', new RegExp(Double, "uy"));
  endpats.set(p + "'''", new RegExp(Single3, "uy"));
  endpats.set(p + '"""', new RegExp(Double3, "uy"));
  singleQuoted.add(p + "'").add(p + '"');
  tripleQuoted.add(p + "'''").add(p + '"""');
}

const TABSIZE = 8;
const NUMCHARS = "0123456789";
const IDENTIFIER_START = /^[\p{ID_Start}_]$/u;
/** str.isspace(): the characters Python's strip() removes. */
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "gu");

// ---------------------------------------------------------------- tokens and errors

const ENDMARKER = "ENDMARKER", NAME = "NAME", NUMBER = "NUMBER", STRING = "STRING", NEWLINE = "NEWLINE",
  INDENT = "INDENT", DEDENT = "DEDENT", OP = "OP", ERRORTOKEN = "ERRORTOKEN", COMMENT = "COMMENT", NL = "NL",
  ENCODING = "ENCODING";

/** One TokenInfo; columns are JavaScript string indexes into `line` until printed. */
interface TokenInfo {
  type: string;
  string: string;
  srow: number;
  scol: number;
  erow: number;
  ecol: number;
  /** The line(s) the columns index into (for converting to code points). */
  sline: string;
  eline: string;
}

/** tokenize.py's TokenError, IndentationError and the SyntaxErrors of detect_encoding. */
class TokenizeFailure {
  constructor(readonly kind: "TokenError" | "IndentationError" | "SyntaxError" | "Unexpected",
    readonly message: string, readonly line = 0, readonly col = 0) {}
}

// ---------------------------------------------------------------- encodings

/** codecs.lookup's normalisation of an encoding name, enough to find our decoders. */
function codecKey(name: string): string {
  return name.toLowerCase().replace(/[-\s]/g, "_");
}
const UTF8_NAMES = new Set(["utf_8", "utf8", "u8", "utf", "cp65001", "utf_8_sig"]);
const LATIN1_NAMES = new Set(["latin_1", "latin1", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "latin", "iso_ir_100", "csisolatin1"]);
const ASCII_NAMES = new Set(["ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6"]);

type Decoder = (bytes: Uint8Array) => string;

/** A strict decoder for a Python codec name, or null if typhon does not know the codec. */
function findDecoder(encoding: string): Decoder | null {
  const key = codecKey(encoding);
  if (UTF8_NAMES.has(key)) return strictTextDecoder("utf-8", "utf-8");
  if (LATIN1_NAMES.has(key)) return (b) => { let s = ""; for (const x of b) s += String.fromCharCode(x); return s; };
  if (ASCII_NAMES.has(key)) return (b) => {
    const bad = b.findIndex((x) => x > 0x7f);
    if (bad >= 0) throw new TokenizeFailure("Unexpected",
      `UnicodeDecodeError: 'ascii' codec can't decode byte 0x${b[bad].toString(16)} in position ${bad}: ordinal not in range(128)`);
    return String.fromCharCode(...b);
  };
  const label = key.replace(/^cp(\d+)$/, "windows-$1").replace(/_/g, "-");
  return strictTextDecoder(label, encoding);
}

function strictTextDecoder(label: string, pyName: string): Decoder | null {
  let decoder: { decode(b: Uint8Array): string };
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return null;
  }
  return (bytes) => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new TokenizeFailure("Unexpected", describeDecodeError(bytes, pyName));
    }
  };
}

/** The message of the UnicodeDecodeError CPython's utf-8 codec raises for these bytes. */
function describeDecodeError(bytes: Uint8Array, pyName: string): string {
  if (codecKey(pyName) !== "utf_8" && codecKey(pyName) !== "utf8") {
    return `UnicodeDecodeError: '${pyName}' codec can't decode bytes`;
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    const hexByte = `0x${b.toString(16).padStart(2, "0")}`;
    if (need < 0) return `UnicodeDecodeError: 'utf-8' codec can't decode byte ${hexByte} in position ${i}: invalid start byte`;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      let ok = c !== undefined && (c & 0xc0) === 0x80;
      if (ok && k === 1) {
        if (b === 0xe0) ok = c >= 0xa0;
        else if (b === 0xed) ok = c <= 0x9f;
        else if (b === 0xf0) ok = c >= 0x90;
        else if (b === 0xf4) ok = c <= 0x8f;
      }
      if (!ok) {
        if (c === undefined) return `UnicodeDecodeError: 'utf-8' codec can't decode byte${k > 1 ? "s" : ""} in position ${i}${k > 1 ? `-${i + k - 1}` : ""}: unexpected end of data`
          .replace("byte in", `byte ${hexByte} in`);
        return k === 1
          ? `UnicodeDecodeError: 'utf-8' codec can't decode byte ${hexByte} in position ${i}: invalid continuation byte`
          : `UnicodeDecodeError: 'utf-8' codec can't decode bytes in position ${i}-${i + k - 1}: invalid continuation byte`;
      }
    }
    i += need + 1;
  }
  return "UnicodeDecodeError: 'utf-8' codec can't decode bytes";
}

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_RE = /^[ \t\f]*(?:[#\r\n]|$)/;

/** Splits bytes into lines the way a binary file's readline does: after each b'\n'. */
function readlines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) { lines.push(bytes.subarray(start, i + 1)); start = i + 1; }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** tokenize.py's detect_encoding: the codec name and whether a UTF-8 BOM was removed. */
function detectEncoding(lines: Uint8Array[], filename: string): string {
  let bomFound = false;
  let defaultEnc = "utf-8";
  const findCookie = (line: Uint8Array): string | null => {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(line);
    } catch {
      throw new TokenizeFailure("SyntaxError", `invalid or missing encoding declaration for ${unicode_repr(filename)}`);
    }
    const m = COOKIE_RE.exec(text);
    if (!m) return null;
    const encoding = get_normal_name(m[1]);
    if (!findDecoder(encoding)) {
      throw new TokenizeFailure("SyntaxError", `unknown encoding for ${unicode_repr(filename)}: ${encoding}`);
    }
    if (bomFound) {
      if (encoding !== "utf-8") throw new TokenizeFailure("SyntaxError", `encoding problem for ${unicode_repr(filename)}: utf-8`);
      return encoding + "-sig";
    }
    return encoding;
  };
  if (!lines.length) return defaultEnc;
  let first = lines[0];
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    bomFound = true;
    first = first.subarray(3);
    lines[0] = first;
    defaultEnc = "utf-8-sig";
  }
  if (!first.length) return defaultEnc;
  const enc1 = findCookie(first);
  if (enc1) return enc1;
  if (!BLANK_RE.test(Buffer.from(first).toString("latin1"))) return defaultEnc;
  if (lines.length < 2 || !lines[1].length) return defaultEnc;
  return findCookie(lines[1]) ?? defaultEnc;
}

// ---------------------------------------------------------------- the scanner

/** tokenize.py's _tokenize over already split byte lines. */
function tokenizeLines(byteLines: Uint8Array[], encoding: string): TokenInfo[] {
  const out: TokenInfo[] = [];
  const decode = findDecoder(encoding === "utf-8-sig" ? "utf-8" : encoding)!;
  const emit = (type: string, string: string, srow: number, scol: number, erow: number, ecol: number, sline: string, eline = sline) =>
    out.push({ type, string, srow, scol, erow, ecol, sline, eline });

  emit(ENCODING, encoding === "utf-8-sig" ? "utf-8" : encoding, 0, 0, 0, 0, "");
  let lnum = 0, parenlev = 0, continued = false;
  let contstr = "", needcont = false, contline = "";
  let inContstr = false;
  let strstart: [number, number] = [0, 0];
  let strstartLine = "";
  let endprog: RegExp = endpats.get("'")!;
  const indents = [0];
  let lastLine = "";
  let line = "";
  let next = 0;

  for (;;) {
    lastLine = line;
    line = next < byteLines.length ? decode(byteLines[next++]) : "";
    lnum += 1;
    let pos = 0;
    const max = line.length;

    if (inContstr) {
      if (!line) throw new TokenizeFailure("TokenError", "EOF in multi-line string", strstart[0], cpCol(strstartLine, strstart[1]));
      endprog.lastIndex = 0;
      const endmatch = endprog.exec(line);
      if (endmatch) {
        pos = endmatch[0].length;
        emit(STRING, contstr + line.slice(0, pos), strstart[0], strstart[1], lnum, pos, strstartLine, line);
        contstr = ""; needcont = false; contline = ""; inContstr = false;
      } else if (needcont && !line.endsWith("\\\n") && !line.endsWith("\\\r\n")) {
        emit(ERRORTOKEN, contstr + line, strstart[0], strstart[1], lnum, line.length, strstartLine, line);
        contstr = ""; contline = ""; inContstr = false;
        continue;
      } else {
        contstr += line;
        contline += line;
        continue;
      }
    } else if (parenlev === 0 && !continued) {
      if (!line) break;
      let column = 0;
      while (pos < max) {
        const c = line[pos];
        if (c === " ") column += 1;
        else if (c === "\t") column = (Math.floor(column / TABSIZE) + 1) * TABSIZE;
        else if (c === "\f") column = 0;
        else break;
        pos += 1;
      }
      if (pos === max) break;
      const c = line[pos];
      if (c === "#" || c === "\r" || c === "\n") {
        if (c === "#") {
          const comment = line.slice(pos).replace(/[\r\n]+$/, "");
          emit(COMMENT, comment, lnum, pos, lnum, pos + comment.length, line);
          pos += comment.length;
        }
        emit(NL, line.slice(pos), lnum, pos, lnum, line.length, line);
        continue;
      }
      if (column > indents[indents.length - 1]) {
        indents.push(column);
        emit(INDENT, line.slice(0, pos), lnum, 0, lnum, pos, line);
      }
      while (column < indents[indents.length - 1]) {
        if (!indents.includes(column)) {
          throw new TokenizeFailure("IndentationError", "unindent does not match any outer indentation level", lnum, cpCol(line, pos));
        }
        indents.pop();
        emit(DEDENT, "", lnum, pos, lnum, pos, line);
      }
    } else {
      if (!line) throw new TokenizeFailure("TokenError", "EOF in multi-line statement", lnum, 0);
      continued = false;
    }

    while (pos < max) {
      PseudoToken.lastIndex = pos;
      const m = PseudoToken.exec(line);
      if (!m) {
        const ch = String.fromCodePoint(line.codePointAt(pos)!);
        emit(ERRORTOKEN, ch, lnum, pos, lnum, pos + ch.length, line);
        pos += ch.length;
        continue;
      }
      const start = pos + m[1].length;
      const end = pos + m[0].length;
      pos = end;
      if (start === end) continue;
      const token = line.slice(start, end);
      const initial = line[start];

      if (NUMCHARS.includes(initial) || (initial === "." && token !== "." && token !== "...")) {
        emit(NUMBER, token, lnum, start, lnum, end, line);
      } else if (initial === "\r" || initial === "\n") {
        emit(parenlev > 0 ? NL : NEWLINE, token, lnum, start, lnum, end, line);
      } else if (initial === "#") {
        emit(COMMENT, token, lnum, start, lnum, end, line);
      } else if (tripleQuoted.has(token)) {
        endprog = endpats.get(token)!;
        endprog.lastIndex = pos;
        const endmatch = endprog.exec(line);
        if (endmatch) {
          pos = pos + endmatch[0].length;
          emit(STRING, line.slice(start, pos), lnum, start, lnum, pos, line);
        } else {
          strstart = [lnum, start];
          strstartLine = line;
          contstr = line.slice(start);
          contline = line;
          inContstr = true;
          break;
        }
      } else if (singleQuoted.has(initial) || singleQuoted.has(token.slice(0, 2)) || singleQuoted.has(token.slice(0, 3))) {
        if (token[token.length - 1] === "\n") {
          strstart = [lnum, start];
          strstartLine = line;
          endprog = endpats.get(initial) ?? endpats.get(token[1]) ?? endpats.get(token[2])!;
          contstr = line.slice(start);
          needcont = true;
          contline = line;
          inContstr = true;
          break;
        }
        emit(STRING, token, lnum, start, lnum, end, line);
      } else if (IDENTIFIER_START.test(String.fromCodePoint(line.codePointAt(start)!))) {
        emit(NAME, token, lnum, start, lnum, end, line);
      } else if (initial === "\\") {
        continued = true;
      } else {
        if ("([{".includes(initial)) parenlev += 1;
        else if (")]}".includes(initial)) parenlev -= 1;
        emit(OP, token, lnum, start, lnum, end, line);
      }
    }
  }
  void contline;
  if (lastLine && !"\r\n".includes(lastLine[lastLine.length - 1]) && !lastLine.replace(PY_STRIP, "").startsWith("#")) {
    const n = lastLine.length;
    emit(NEWLINE, "", lnum - 1, n, lnum - 1, n + 1, lastLine);
  }
  for (let i = 1; i < indents.length; i++) emit(DEDENT, "", lnum, 0, lnum, 0, "");
  emit(ENDMARKER, "", lnum, 0, lnum, 0, "");
  return out;
}

// ---------------------------------------------------------------- output

const HAS_SURROGATE = /[\ud800-\udfff]/;

/** A column in code points, from a JavaScript index into `line` (past its end counts on). */
function cpCol(line: string, index: number): number {
  if (!HAS_SURROGATE.test(line)) return index;
  const head = line.slice(0, index);
  return [...head].length + Math.max(0, index - line.length);
}

/** Python's len() of a str. */
function pyLen(s: string): number {
  return HAS_SURROGATE.test(s) ? [...s].length : s.length;
}

const padEnd = (s: string, width: number) => s + " ".repeat(Math.max(0, width - pyLen(s)));

function formatToken(t: TokenInfo): string {
  const range = `${t.srow},${cpCol(t.sline, t.scol)}-${t.erow},${cpCol(t.eline, t.ecol)}:`;
  return padEnd(range, 20) + padEnd(t.type, 15) + padEnd(unicode_repr(t.string), 15);
}

/** `typhon --tokens FILE`: tokenize.py's main() for a file argument. */
export function tokensMode(host: Host, filename: string): number {
  const bytes = host.readFile(filename);
  if (!(bytes instanceof Uint8Array)) {
    host.writeStderr(`error: [Errno ${bytes.errno === "ENOENT" ? 2 : bytes.errno === "EISDIR" ? 21 : 13}] ${bytes.strerror}: ${unicode_repr(filename)}\n`);
    return 1;
  }
  let tokens: TokenInfo[];
  try {
    const lines = readlines(bytes);
    const encoding = detectEncoding(lines, filename);
    tokens = tokenizeLines(lines, encoding);
  } catch (e) {
    if (!(e instanceof TokenizeFailure)) throw e;
    if (e.kind === "SyntaxError") host.writeStderr(`${filename}: error: ${e.message}\n`);
    else if (e.kind === "Unexpected") {
      host.writeStderr(`unexpected error: ${e.message.replace(/^\w+: /, "")}\n${e.message}\n`);
    } else host.writeStderr(`${filename}:${e.line}:${e.col}: error: ${e.message}\n`);
    return 1;
  }
  const out: string[] = [];
  for (const t of tokens) out.push(formatToken(t));
  host.writeStdout(out.join("\n") + "\n");
  return 0;
}
