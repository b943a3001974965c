/**
 * @mirrors Objects/stringlib/fastsearch.h
 * Substring search for str and bytes: find, rfind and count over a window [from, to).
 *
 * DIVERGENCE: CPython picks between a Horspool-style skip search and the two-way algorithm
 * by needle length. For str the JavaScript engine's own indexOf/lastIndexOf does the
 * scanning here (it is already a fast, well-tuned search); for bytes a first-byte scan with
 * indexOf and a comparison of the rest.
 *
 * A str is held as a JavaScript (UTF-16) string, so a character outside the BMP is two
 * code units. A needle that begins with a lone low surrogate, or ends with a lone high
 * surrogate, could otherwise "match" half of such a pair; those matches are skipped:
 *
 *   >>> '\U0001F600'.find('\ude00')     # one character, which is not '\ude00'
 *   -1
 *
 * Positions here are code-unit positions; unicodeobject.ts converts to and from
 * code-point positions for strings that hold such pairs.
 */

const isHigh = (c: number): boolean => (c & 0xfc00) === 0xd800;
const isLow = (c: number): boolean => (c & 0xfc00) === 0xdc00;

/** Whether a match of `sub` at code unit i of s would cut a surrogate pair in two. */
function splitsPair(s: string, sub: string, i: number): boolean {
  const n = sub.length;
  if (isLow(sub.charCodeAt(0)) && i > 0 && isHigh(s.charCodeAt(i - 1))) return true;
  if (isHigh(sub.charCodeAt(n - 1)) && i + n < s.length && isLow(s.charCodeAt(i + n))) return true;
  return false;
}

/** Whether sub could cut a pair at all (it starts low or ends high). */
function mayCutPair(sub: string): boolean {
  return isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1));
}

/** @cpython FASTSEARCH (FAST_SEARCH): the first match of sub in s[from:to], or -1. sub is not empty. */
export function find_str(s: string, sub: string, from: number, to: number): number {
  const n = sub.length;
  if (to - from < n) return -1;
  let i = s.indexOf(sub, from);
  if (i < 0 || i + n > to) return -1;
  if (!mayCutPair(sub)) return i;
  while (i >= 0 && i + n <= to) {
    if (!splitsPair(s, sub, i)) return i;
    i = s.indexOf(sub, i + 1);
  }
  return -1;
}

/** @cpython FASTSEARCH (FAST_RSEARCH): the last match of sub in s[from:to], or -1. sub is not empty. */
export function rfind_str(s: string, sub: string, from: number, to: number): number {
  const n = sub.length;
  if (to - from < n) return -1;
  let i = s.lastIndexOf(sub, to - n);
  if (i < from) return -1;
  if (!mayCutPair(sub)) return i;
  while (i >= from) {
    if (!splitsPair(s, sub, i)) return i;
    if (i === 0) break;
    i = s.lastIndexOf(sub, i - 1);
  }
  return -1;
}

/** @cpython stringlib_count: non-overlapping matches of a non-empty sub in s[from:to], at most maxcount. */
export function count_str(s: string, sub: string, from: number, to: number, maxcount: number): number {
  let count = 0;
  const n = sub.length;
  let i = from;
  while (count < maxcount) {
    const j = find_str(s, sub, i, to);
    if (j < 0) break;
    count++;
    i = j + n;
  }
  return count;
}

// -- bytes --------------------------------------------------------------------------------------

function matchesAt(b: Uint8Array, sub: Uint8Array, i: number): boolean {
  for (let k = 1; k < sub.length; k++) if (b[i + k] !== sub[k]) return false;
  return true;
}

/** @cpython FASTSEARCH for bytes: the first match of a non-empty sub in b[from:to], or -1. */
export function find_bytes(b: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const n = sub.length;
  if (to - from < n) return -1;
  const first = sub[0];
  const last = to - n;
  let i = b.indexOf(first, from);
  while (i >= 0 && i <= last) {
    if (matchesAt(b, sub, i)) return i;
    i = b.indexOf(first, i + 1);
  }
  return -1;
}

/** @cpython FASTSEARCH (FAST_RSEARCH) for bytes: the last match of a non-empty sub in b[from:to], or -1. */
export function rfind_bytes(b: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const n = sub.length;
  if (to - from < n) return -1;
  const first = sub[0];
  let i = b.lastIndexOf(first, to - n);
  while (i >= from) {
    if (matchesAt(b, sub, i)) return i;
    if (i === 0) break;
    i = b.lastIndexOf(first, i - 1);
  }
  return -1;
}

/** @cpython stringlib_count for bytes */
export function count_bytes(b: Uint8Array, sub: Uint8Array, from: number, to: number, maxcount: number): number {
  let count = 0;
  const n = sub.length;
  let i = from;
  while (count < maxcount) {
    const j = find_bytes(b, sub, i, to);
    if (j < 0) break;
    count++;
    i = j + n;
  }
  return count;
}
