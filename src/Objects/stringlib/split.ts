/**
 * @mirrors Objects/stringlib/split.h
 * split, rsplit and splitlines for str, bytes and bytearray. Each function answers the
 * pieces as a flat list of [start, end) positions, left to right; the caller makes the
 * objects (and, for an immutable exact str or bytes that was not split at all, reuses the
 * object itself, as CPython does: a single piece [0, len)).
 *
 *   >>> 'a b  c '.split(None, 1), 'a,b,,c'.rsplit(',', 2), 'x\r\ny\rz'.splitlines(True)
 *   (['a', 'b  c '], ['a,b', '', 'c'], ['x\r\n', 'y\r', 'z'])
 *
 * Whitespace splitting skips runs of whitespace and never yields empty pieces; once
 * maxsplit is used up, the rest (with its leading whitespace removed) is the last piece.
 * Splitting at a separator yields empty pieces between adjacent separators.
 *
 * str positions are UTF-16 code units: whitespace and line breaks are all in the BMP and
 * no surrogate is one, so scanning code units finds the same places as scanning code points.
 */
import { Py_UNICODE_ISSPACE, Py_UNICODE_ISLINEBREAK } from "../unicodectype.ts";
import { find_str, rfind_str, find_bytes, rfind_bytes } from "./fastsearch.ts";

/** @cpython Py_ISSPACE: ASCII whitespace for bytes (space, \t \n \v \f \r). */
export const Py_ISSPACE = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

// -- str --------------------------------------------------------------------------------------

/** @cpython split_whitespace */
export function split_whitespace_str(s: string, maxcount: number): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
    out.push(j, i);
  }
  if (i < n) {
    while (i < n && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
    if (i !== n) out.push(i, n);
  }
  return out;
}

/** @cpython rsplit_whitespace */
export function rsplit_whitespace_str(s: string, maxcount: number): number[] {
  const rev: number[] = [];
  let i = s.length - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !Py_UNICODE_ISSPACE(s.charCodeAt(i))) i--;
    rev.push(i + 1, j + 1);
  }
  if (i >= 0) {
    while (i >= 0 && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i--;
    if (i >= 0) rev.push(0, i + 1);
  }
  return reversePairs(rev);
}

/** @cpython split (with a non-empty separator) */
export function split_str(s: string, sep: string, maxcount: number): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (maxcount-- > 0) {
    const j = find_str(s, sep, i, n);
    if (j < 0) break;
    out.push(i, j);
    i = j + sep.length;
  }
  out.push(i, n);
  return out;
}

/** @cpython rsplit (with a non-empty separator) */
export function rsplit_str(s: string, sep: string, maxcount: number): number[] {
  const rev: number[] = [];
  let j = s.length;
  while (maxcount-- > 0) {
    const pos = rfind_str(s, sep, 0, j);
    if (pos < 0) break;
    rev.push(pos + sep.length, j);
    j = pos;
  }
  rev.push(0, j);
  return reversePairs(rev);
}

/** @cpython splitlines: \r\n counts as one line break. */
export function splitlines_str(s: string, keepends: boolean): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0, j = 0;
  while (i < n) {
    while (i < n && !Py_UNICODE_ISLINEBREAK(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(j, eol);
    j = i;
  }
  return out;
}

// -- bytes and bytearray --------------------------------------------------------------------------

/** @cpython split_whitespace (bytes) */
export function split_whitespace_bytes(b: Uint8Array, maxcount: number): number[] {
  const out: number[] = [];
  const n = b.length;
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && Py_ISSPACE(b[i])) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !Py_ISSPACE(b[i])) i++;
    out.push(j, i);
  }
  if (i < n) {
    while (i < n && Py_ISSPACE(b[i])) i++;
    if (i !== n) out.push(i, n);
  }
  return out;
}

/** @cpython rsplit_whitespace (bytes) */
export function rsplit_whitespace_bytes(b: Uint8Array, maxcount: number): number[] {
  const rev: number[] = [];
  let i = b.length - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && Py_ISSPACE(b[i])) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !Py_ISSPACE(b[i])) i--;
    rev.push(i + 1, j + 1);
  }
  if (i >= 0) {
    while (i >= 0 && Py_ISSPACE(b[i])) i--;
    if (i >= 0) rev.push(0, i + 1);
  }
  return reversePairs(rev);
}

/** @cpython split (bytes, non-empty separator) */
export function split_bytes(b: Uint8Array, sep: Uint8Array, maxcount: number): number[] {
  const out: number[] = [];
  const n = b.length;
  let i = 0;
  while (maxcount-- > 0) {
    const j = find_bytes(b, sep, i, n);
    if (j < 0) break;
    out.push(i, j);
    i = j + sep.length;
  }
  out.push(i, n);
  return out;
}

/** @cpython rsplit (bytes, non-empty separator) */
export function rsplit_bytes(b: Uint8Array, sep: Uint8Array, maxcount: number): number[] {
  const rev: number[] = [];
  let j = b.length;
  while (maxcount-- > 0) {
    const pos = rfind_bytes(b, sep, 0, j);
    if (pos < 0) break;
    rev.push(pos + sep.length, j);
    j = pos;
  }
  rev.push(0, j);
  return reversePairs(rev);
}

/** @cpython splitlines (bytes: only \n, \r and \r\n end lines) */
export function splitlines_bytes(b: Uint8Array, keepends: boolean): number[] {
  const out: number[] = [];
  const n = b.length;
  let i = 0, j = 0;
  while (i < n) {
    while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      if (b[i] === 0x0d && i + 1 < n && b[i + 1] === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(j, eol);
    j = i;
  }
  return out;
}

/** [s2, e2, s1, e1, s0, e0] -> [s0, e0, s1, e1, s2, e2] */
function reversePairs(rev: number[]): number[] {
  const out: number[] = new Array(rev.length);
  for (let k = 0, m = rev.length - 2; m >= 0; k += 2, m -= 2) {
    out[k] = rev[m];
    out[k + 1] = rev[m + 1];
  }
  return out;
}
