/**
 * @mirrors Parser/tokenizer.c
 *
 * The source-decoding half of tokenizer.c (check_bom, check_coding_spec, decoding_fgets),
 * split out because typhon decodes the whole file before scanning it: a UTF-8 byte-order
 * mark, else a PEP 263 coding cookie in a comment on line 1 or 2 (line 2 only if line 1 is
 * blank or a comment), else UTF-8 — with CPython's messages when that goes wrong.
 */
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { _PyTokenizer_FromString, tok_state } from "./tokenizer.ts";
import { decodeSurrogateEscape } from "../Objects/utf8_errors.ts";

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** @cpython get_normal_name: the spellings of utf-8 and latin-1 the tokenizer knows itself. */
export function get_normal_name(s: string): string {
  const low = s.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (low === "utf-8" || low.startsWith("utf-8-")) return "utf-8";
  if (["latin-1", "iso-8859-1", "iso-latin-1"].includes(low) ||
    ["latin-1-", "iso-8859-1-", "iso-latin-1-"].some((p) => low.startsWith(p))) return "iso-8859-1";
  return s;
}

const LATIN1 = new Set(["iso-8859-1", "latin-1", "latin1", "l1", "iso8859-1", "cp819", "8859", "latin"]);
const ASCII = new Set(["ascii", "us-ascii", "646", "us"]);

/** A strict decoder for a Python codec name, or null when the codec is unknown. */
function decoderFor(encoding: string): ((b: Uint8Array) => string | null) | null {
  const key = encoding.toLowerCase().replace(/_/g, "-");
  if (key === "utf-8" || key === "utf8" || key === "u8") return (b) => decodeStrict("utf-8", b);
  if (LATIN1.has(key)) return (b) => { let s = ""; for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192)); return s; };
  if (ASCII.has(key)) return (b) => (b.some((x) => x > 0x7f) ? null : String.fromCharCode(...b));
  const label = key.replace(/^cp(\d+)$/, "windows-$1");
  try {
    new TextDecoder(label);
  } catch {
    return null;
  }
  return (b) => decodeStrict(label, b);
}

function decodeStrict(label: string, b: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

function lineEnd(b: Uint8Array, from: number): number {
  const i = b.indexOf(0x0a, from);
  return i < 0 ? b.length : i + 1;
}

/** Decoding errors carry no location: CPython raises them before it has a line to show. */
function syntaxError(_filename: string, msg: string): PyFrontEndError {
  return new PyFrontEndError("SyntaxError", msg);
}

/**
 * @cpython _PyTokenizer_FromFile (and decode_str for bytes given to compile()): decodes the
 * source and returns a tokenizer over it, or the SyntaxError CPython gives.
 */
export function _PyTokenizer_FromFile(bytes: Uint8Array, filename: string, exec_input = true, file_input = true): tok_state | PyFrontEndError {
  let body = bytes;
  let bom = false;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    bom = true;
    body = body.subarray(3);
  }
  // The cookie: line 1, or line 2 when line 1 is only a comment or blank.
  let encoding: string | null = null;
  const end1 = lineEnd(body, 0);
  const lines: [number, number][] = [[0, end1], [end1, lineEnd(body, end1)]];
  for (let n = 0; n < 2; n++) {
    const [s, e] = lines[n];
    const text = Buffer.from(body.subarray(s, e)).toString("latin1");
    const m = CODING_RE.exec(text);
    if (m) {
      encoding = get_normal_name(m[1]);
      break;
    }
    if (!/^[ \t\f]*(#|\r?\n|$)/.test(text)) break;
  }
  let source: string | null;
  if (encoding !== null) {
    if (bom && encoding !== "utf-8") return syntaxError(filename, `encoding problem: ${encoding} with BOM`);
    const decode = decoderFor(encoding);
    // A file being run and a byte string given to compile() word this differently.
    if (!decode) return syntaxError(filename, file_input ? `encoding problem: ${encoding}` : `unknown encoding: ${encoding}`);
    source = decode(body);
    // compile(bytes) with a utf-8 cookie: as without one, a bad byte is reported where a
    // string literal holds it.
    if (source === null && encoding === "utf-8" && !file_input) source = decodeSurrogateEscape(body);
    if (source === null) {
      return syntaxError(filename, `(unicode error) '${encoding}' codec can't decode bytes`);
    }
  } else {
    source = decodeStrict("utf-8", body);
    if (source === null && !file_input) {
      // compile(bytes) does not check the encoding up front: an undecodable byte is an error
      // only where a string literal holds it (string_parser.ts reports it then).
      source = decodeSurrogateEscape(body);
    }
    if (source === null) {
      // Point at the first line that is not valid UTF-8.
      let lineno = 1, start = 0;
      for (;;) {
        const e = lineEnd(body, start);
        if (decodeStrict("utf-8", body.subarray(start, e)) === null || e >= body.length) {
          const bad = body.subarray(start, e).find((x, i, a) => decodeStrict("utf-8", a.subarray(0, i + 1)) === null && x >= 0x80) ?? body[start];
          return syntaxError(filename,
            `Non-UTF-8 code starting with '\\x${bad.toString(16)}' in file ${filename} on line ${lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`);
        }
        lineno++;
        start = e;
      }
    }
  }
  const tok = _PyTokenizer_FromString(source, exec_input, filename);
  // CPython records an encoding only when a BOM or a cookie named one; error columns are
  // converted from bytes to characters only then.
  tok.encoding = encoding ?? (bom ? "utf-8" : null);
  return tok;
}
