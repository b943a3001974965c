/**
 * @mirrors Objects/stringlib/codecs.h
 * CPython's UTF-8 decoder, for its errors only: where the first invalid sequence starts
 * and ends and why ("invalid start byte", "invalid continuation byte", "unexpected end of
 * data"), which UnicodeDecodeError messages quote. Also "surrogateescape" decoding, which
 * keeps undecodable bytes as U+DC80..U+DCFF so that a later stage can report them.
 */

export interface Utf8Error {
  start: number;
  end: number;
  reason: string;
}

const isCont = (b: number): boolean => (b & 0xc0) === 0x80;

/** The first decoding error in b (from `from`), or null when it is valid UTF-8. */
export function firstUtf8Error(b: Uint8Array, from = 0): Utf8Error | null {
  let i = from;
  const n = b.length;
  while (i < n) {
    const len = sequenceLength(b, i);
    if (typeof len !== "number") return len;
    i += len;
  }
  return null;
}

/** The length of the valid sequence at i, or the error it starts. */
function sequenceLength(b: Uint8Array, i: number): number | Utf8Error {
  const n = b.length;
  const c = b[i];
  if (c < 0x80) return 1;
  let need: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else {
    return { start: i, end: i + 1, reason: "invalid start byte" };
  }
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return { start: i, end: n, reason: "unexpected end of data" };
    const d = b[i + k];
    const ok = k === 1 ? d >= lo && d <= hi : isCont(d);
    if (!ok) return { start: i, end: i + k, reason: "invalid continuation byte" };
  }
  return need + 1;
}

/** The message of the UnicodeDecodeError for `err` (as str(exc) shows it). */
export function utf8ErrorMessage(b: Uint8Array, err: Utf8Error): string {
  const where = err.end - err.start === 1
    ? `byte 0x${b[err.start].toString(16).padStart(2, "0")} in position ${err.start}`
    : `bytes in position ${err.start}-${err.end - 1}`;
  return `'utf-8' codec can't decode ${where}: ${err.reason}`;
}

/** Decodes UTF-8, each byte of an invalid sequence becoming U+DC80+byte (@cpython surrogateescape). */
export function decodeSurrogateEscape(b: Uint8Array): string {
  const out: string[] = [];
  let i = 0, runStart = 0;
  const flush = (to: number) => {
    if (to > runStart) out.push(new TextDecoder("utf-8", { ignoreBOM: true }).decode(b.subarray(runStart, to)));
  };
  while (i < b.length) {
    const len = sequenceLength(b, i);
    if (typeof len === "number") {
      i += len;
      continue;
    }
    flush(i);
    out.push(String.fromCharCode(0xdc00 + b[i]));
    i += 1;
    runStart = i;
  }
  flush(b.length);
  return out.join("");
}

/** The bytes surrogateescape decoding came from: U+DC80..U+DCFF back to single bytes. */
export function encodeSurrogateEscape(s: string): Uint8Array {
  const out: number[] = [];
  const enc = new TextEncoder();
  let run = "";
  const flush = () => {
    if (run) for (const x of enc.encode(run)) out.push(x);
    run = "";
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00)) {
      flush();
      out.push(c - 0xdc00);
    } else {
      run += s[i];
    }
  }
  flush();
  return Uint8Array.from(out);
}

/** Whether s holds a byte kept by surrogateescape decoding. */
export const hasEscapedByte = (s: string): boolean => /(?<![\ud800-\udbff])[\udc80-\udcff]/.test(s);
