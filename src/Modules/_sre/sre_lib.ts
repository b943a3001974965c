/**
 * @mirrors Modules/_sre/sre_lib.h
 * The matching engine: it runs the code list that Lib/re/_compiler.py made from a pattern
 * against a string, from one position (sre_match) or from every position in turn
 * (sre_search), and leaves the group boundaries it found in the state's marks.
 *
 * The subject. CPython compiles this file three times, for strings of 1-, 2- and 4-byte
 * characters. Here one engine reads a typed array of code points: the bytes of a
 * bytes-like object as they are (Uint8Array), a str without characters beyond the BMP as
 * its UTF-16 code units (Uint16Array, which then are its code points), and any other str
 * as its code points (Int32Array). Positions are indices into that array, so a position is
 * the Python index of a character, also for text beyond U+FFFF.
 *
 * No recursion per character. Backtracking needs to remember where to come back to; the
 * engine keeps that memory in explicit stacks on the state, never on the JavaScript stack:
 *
 *   contexts     one per pending sub-match (a BRANCH alternative being tried, a repeat
 *                body, a look-around): the opcode position and subject position to resume
 *                at, the counters of the operator, and which step of it to resume
 *                ("jump", CPython's JUMP_* numbers);
 *   data stack   saved copies of the group marks (MARK_PUSH/MARK_POP) and of a repeat's
 *                last position, pushed and popped in LIFO order.
 *
 * A sub-match is started by pushing a context and going back to the top of the loop
 * ("entrance"); when it finishes, its context is popped and the parent resumes at the
 * step its context names. So `(a|b)*c` on a megabyte of text uses a few hundred bytes of
 * JavaScript stack, and the depth of the contexts is only bounded by memory.
 *
 * DIVERGENCE: CPython's context is a struct in a byte stack and its code jumps with goto
 * into the middle of loops. Here contexts are reused objects, and each loop that starts
 * sub-matches is cut into steps (the L_* labels below) that the main loop switches to.
 * The only nested call is the one CPython also makes: sre_count running a one-character
 * sub-pattern through sre_match.
 */
import {
  SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT, SRE_OP_ASSERT_NOT, SRE_OP_AT,
  SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET, SRE_OP_BIGCHARSET, SRE_OP_GROUPREF, SRE_OP_GROUPREF_EXISTS,
  SRE_OP_IN, SRE_OP_INFO, SRE_OP_JUMP, SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL, SRE_OP_MIN_UNTIL,
  SRE_OP_NOT_LITERAL, SRE_OP_NEGATE, SRE_OP_RANGE, SRE_OP_REPEAT, SRE_OP_REPEAT_ONE, SRE_OP_MIN_REPEAT_ONE,
  SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT, SRE_OP_POSSESSIVE_REPEAT_ONE, SRE_OP_GROUPREF_IGNORE,
  SRE_OP_IN_IGNORE, SRE_OP_LITERAL_IGNORE, SRE_OP_NOT_LITERAL_IGNORE, SRE_OP_GROUPREF_LOC_IGNORE,
  SRE_OP_IN_LOC_IGNORE, SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE, SRE_OP_GROUPREF_UNI_IGNORE,
  SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE, SRE_OP_NOT_LITERAL_UNI_IGNORE, SRE_OP_RANGE_UNI_IGNORE,
  SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING, SRE_AT_BOUNDARY, SRE_AT_NON_BOUNDARY,
  SRE_AT_END, SRE_AT_END_LINE, SRE_AT_END_STRING, SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY,
  SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY,
  SRE_CATEGORY_DIGIT, SRE_CATEGORY_NOT_DIGIT, SRE_CATEGORY_SPACE, SRE_CATEGORY_NOT_SPACE, SRE_CATEGORY_WORD,
  SRE_CATEGORY_NOT_WORD, SRE_CATEGORY_LINEBREAK, SRE_CATEGORY_NOT_LINEBREAK, SRE_CATEGORY_LOC_WORD,
  SRE_CATEGORY_LOC_NOT_WORD, SRE_CATEGORY_UNI_DIGIT, SRE_CATEGORY_UNI_NOT_DIGIT, SRE_CATEGORY_UNI_SPACE,
  SRE_CATEGORY_UNI_NOT_SPACE, SRE_CATEGORY_UNI_WORD, SRE_CATEGORY_UNI_NOT_WORD, SRE_CATEGORY_UNI_LINEBREAK,
  SRE_CATEGORY_UNI_NOT_LINEBREAK, SRE_INFO_PREFIX, SRE_INFO_LITERAL, SRE_INFO_CHARSET,
} from "./sre_constants.ts";
import type { PyObject } from "../../Include/object.ts";
import {
  _PyUnicode_ToLowercase, _PyUnicode_ToUppercase, _PyUnicode_IsDecimalDigit, Py_UNICODE_ISSPACE,
  Py_UNICODE_ISLINEBREAK, Py_UNICODE_ISALNUM,
} from "../../Objects/unicodectype.ts";

/** @cpython SRE_MAXREPEAT (64-bit build): the "no upper bound" of a repeat. */
export const SRE_MAXREPEAT = 0xffffffff;
/** @cpython SRE_MAXGROUPS (64-bit build) */
export const SRE_MAXGROUPS = 0x3fffffff;

// Error statuses (sre.c).
export const SRE_ERROR_ILLEGAL = -1;
export const SRE_ERROR_STATE = -2;
export const SRE_ERROR_RECURSION_LIMIT = -3;
export const SRE_ERROR_MEMORY = -9;
export const SRE_ERROR_INTERRUPTED = -10;

/** The subject as the engine reads it (see the header). */
export type SRE_CHARS = Uint8Array | Uint16Array | Int32Array;

// -- character predicates (sre.c) --------------------------------------------------------------

/** Py_ISDIGIT, Py_ISSPACE and Py_ISALNUM over ASCII, as bits of one table. */
const ASCII_DIGIT = 1, ASCII_SPACE = 2, ASCII_ALNUM = 4;
const ascii_ctype = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ascii_ctype[c] |= ASCII_DIGIT | ASCII_ALNUM;
for (let c = 0x41; c <= 0x5a; c++) ascii_ctype[c] |= ASCII_ALNUM;
for (let c = 0x61; c <= 0x7a; c++) ascii_ctype[c] |= ASCII_ALNUM;
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) ascii_ctype[c] |= ASCII_SPACE;

/** @cpython SRE_IS_DIGIT */
const SRE_IS_DIGIT = (ch: number): boolean => ch < 128 && (ascii_ctype[ch] & ASCII_DIGIT) !== 0;
/** @cpython SRE_IS_SPACE */
const SRE_IS_SPACE = (ch: number): boolean => ch < 128 && (ascii_ctype[ch] & ASCII_SPACE) !== 0;
/** @cpython SRE_IS_LINEBREAK */
const SRE_IS_LINEBREAK = (ch: number): boolean => ch === 10;
/** @cpython SRE_IS_WORD */
const SRE_IS_WORD = (ch: number): boolean => ch < 128 && ((ascii_ctype[ch] & ASCII_ALNUM) !== 0 || ch === 95);

/** @cpython sre_lower_ascii */
export function sre_lower_ascii(ch: number): number {
  return ch >= 65 && ch <= 90 ? ch + 32 : ch;
}

/** @cpython sre_upper_ascii (the C locale's toupper below 256) */
function sre_upper_ascii(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 32 : ch;
}

// DIVERGENCE: the LOCALE flag follows the C locale (typhon does not switch the process
// locale), where tolower/toupper/isalnum only know ASCII letters and digits.
/** @cpython sre_lower_locale */
const sre_lower_locale = sre_lower_ascii;
/** @cpython sre_upper_locale */
const sre_upper_locale = sre_upper_ascii;
/** @cpython SRE_LOC_IS_WORD */
const SRE_LOC_IS_WORD = SRE_IS_WORD;

/** @cpython sre_lower_unicode */
export function sre_lower_unicode(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  return _PyUnicode_ToLowercase(ch);
}

/** @cpython sre_upper_unicode */
export function sre_upper_unicode(ch: number): number {
  if (ch < 128) return ch >= 97 && ch <= 122 ? ch - 32 : ch;
  return _PyUnicode_ToUppercase(ch);
}

/** @cpython SRE_UNI_IS_WORD */
function SRE_UNI_IS_WORD(ch: number): boolean {
  if (ch < 128) return (ascii_ctype[ch] & ASCII_ALNUM) !== 0 || ch === 95;
  return Py_UNICODE_ISALNUM(ch);
}

/** @cpython sre_category */
function sre_category(category: number, ch: number): boolean {
  switch (category) {
    case SRE_CATEGORY_DIGIT: return SRE_IS_DIGIT(ch);
    case SRE_CATEGORY_NOT_DIGIT: return !SRE_IS_DIGIT(ch);
    case SRE_CATEGORY_SPACE: return SRE_IS_SPACE(ch);
    case SRE_CATEGORY_NOT_SPACE: return !SRE_IS_SPACE(ch);
    case SRE_CATEGORY_WORD: return SRE_IS_WORD(ch);
    case SRE_CATEGORY_NOT_WORD: return !SRE_IS_WORD(ch);
    case SRE_CATEGORY_LINEBREAK: return SRE_IS_LINEBREAK(ch);
    case SRE_CATEGORY_NOT_LINEBREAK: return !SRE_IS_LINEBREAK(ch);
    case SRE_CATEGORY_LOC_WORD: return SRE_LOC_IS_WORD(ch);
    case SRE_CATEGORY_LOC_NOT_WORD: return !SRE_LOC_IS_WORD(ch);
    case SRE_CATEGORY_UNI_DIGIT: return ch < 128 ? SRE_IS_DIGIT(ch) : _PyUnicode_IsDecimalDigit(ch);
    case SRE_CATEGORY_UNI_NOT_DIGIT: return !(ch < 128 ? SRE_IS_DIGIT(ch) : _PyUnicode_IsDecimalDigit(ch));
    case SRE_CATEGORY_UNI_SPACE: return Py_UNICODE_ISSPACE(ch);
    case SRE_CATEGORY_UNI_NOT_SPACE: return !Py_UNICODE_ISSPACE(ch);
    case SRE_CATEGORY_UNI_WORD: return SRE_UNI_IS_WORD(ch);
    case SRE_CATEGORY_UNI_NOT_WORD: return !SRE_UNI_IS_WORD(ch);
    case SRE_CATEGORY_UNI_LINEBREAK: return Py_UNICODE_ISLINEBREAK(ch);
    case SRE_CATEGORY_UNI_NOT_LINEBREAK: return !Py_UNICODE_ISLINEBREAK(ch);
  }
  return false;
}

/** @cpython char_loc_ignore */
function char_loc_ignore(pattern: number, ch: number): boolean {
  return ch === pattern || sre_lower_locale(ch) === pattern || sre_upper_locale(ch) === pattern;
}

// -- the state (Modules/_sre/sre.h) ------------------------------------------------------------

/** @cpython SRE_REPEAT: the counters of one active REPEAT ... UNTIL loop. */
export class SRE_REPEAT {
  count: number;
  /** Index in the code of the REPEAT operator's arguments (its skip word). */
  pattern: number;
  /** Where the last iteration started (-1: none), to stop empty iterations. */
  last_ptr: number;
  prev: SRE_REPEAT | null;
  constructor(pattern: number, prev: SRE_REPEAT | null) {
    this.count = -1;
    this.pattern = pattern;
    this.last_ptr = -1;
    this.prev = prev;
  }
}

/** @cpython SRE(match_context): one pending sub-match (see the header). */
class SRE_CONTEXT {
  count = 0;
  /** The union `u` of the C struct: a literal (REPEAT_ONE) or a repeat (REPEAT, *_UNTIL). */
  chr = 0;
  rep: SRE_REPEAT | null = null;
  lastmark = -1;
  lastindex = -1;
  pattern = 0;
  ptr = 0;
  toplevel = false;
  jump = 0;
}

/**
 * @cpython SRE_STATE. Positions are indices into `str`; `beginning` is always 0. A mark
 * of -1 is CPython's NULL mark (a group boundary not reached).
 */
export class SRE_STATE {
  ptr = 0;
  /** Start of the current slice; -1 once a scanner is exhausted (CPython's NULL). */
  start = 0;
  end = 0;
  string: PyObject | null = null;
  str: SRE_CHARS = EMPTY_CHARS;
  pos = 0;
  endpos = 0;
  isbytes = false;
  match_all = false;
  must_advance = false;
  lastmark = -1;
  lastindex = -1;
  mark: Int32Array;
  /** The compiled pattern's code words. */
  code: Uint32Array;
  repeat: SRE_REPEAT | null = null;
  ctx_stack: SRE_CONTEXT[] = [];
  ctx_top = 0;
  data_stack: Int32Array = new Int32Array(64);
  data_top = 0;
  /** A bytearray whose buffer this state holds (its ob_exports was raised), or null. */
  exported: PyObject | null = null;
  constructor(code: Uint32Array, groups: number) {
    this.code = code;
    this.mark = new Int32Array(groups * 2).fill(-1);
  }
}

const EMPTY_CHARS = new Uint8Array(0);

/** @cpython state_reset (the engine's part): forget marks, repeats and pending contexts. */
export function state_reset(state: SRE_STATE): void {
  state.lastmark = -1;
  state.lastindex = -1;
  state.repeat = null;
  state.ctx_top = 0;
  state.data_top = 0;
}

function data_stack_grow(state: SRE_STATE, size: number): void {
  let n = state.data_stack.length * 2;
  while (n < state.data_top + size) n *= 2;
  const grown = new Int32Array(n);
  grown.set(state.data_stack.subarray(0, state.data_top));
  state.data_stack = grown;
}

/** @cpython MARK_PUSH */
function MARK_PUSH(state: SRE_STATE, lastmark: number): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  if (state.data_top + n > state.data_stack.length) data_stack_grow(state, n);
  const stack = state.data_stack, mark = state.mark;
  let top = state.data_top;
  for (let i = 0; i < n; i++) stack[top++] = mark[i];
  state.data_top = top;
}

/** @cpython MARK_POP / MARK_POP_KEEP (discard false) */
function MARK_POP(state: SRE_STATE, lastmark: number, discard: boolean): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  const stack = state.data_stack, mark = state.mark;
  const base = state.data_top - n;
  for (let i = 0; i < n; i++) mark[i] = stack[base + i];
  if (discard) state.data_top = base;
}

/** @cpython MARK_POP_DISCARD */
function MARK_POP_DISCARD(state: SRE_STATE, lastmark: number): void {
  if (lastmark >= 0) state.data_top -= lastmark + 1;
}

/** @cpython DATA_PUSH of one position (a repeat's last_ptr) */
function DATA_PUSH(state: SRE_STATE, v: number): void {
  if (state.data_top + 1 > state.data_stack.length) data_stack_grow(state, 1);
  state.data_stack[state.data_top++] = v;
}

/** @cpython DATA_POP of one position */
function DATA_POP(state: SRE_STATE): number {
  return state.data_stack[--state.data_top];
}

/** A new context on top of the context stack (DATA_ALLOC of a match context). */
function ctx_alloc(state: SRE_STATE): SRE_CONTEXT {
  const i = state.ctx_top++;
  if (i < state.ctx_stack.length) return state.ctx_stack[i];
  const c = new SRE_CONTEXT();
  state.ctx_stack.push(c);
  return c;
}

// -- position tests and sets --------------------------------------------------------------------

/** @cpython SRE(at): does the zero-width assertion `at` hold at ptr? */
function sre_at(state: SRE_STATE, ptr: number, at: number): boolean {
  const s = state.str, end = state.end;
  let thisp: boolean, thatp: boolean;
  switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
      return ptr === 0;
    case SRE_AT_BEGINNING_LINE:
      return ptr === 0 || SRE_IS_LINEBREAK(s[ptr - 1]);
    case SRE_AT_END:
      return (end - ptr === 1 && SRE_IS_LINEBREAK(s[ptr])) || ptr === end;
    case SRE_AT_END_LINE:
      return ptr === end || SRE_IS_LINEBREAK(s[ptr]);
    case SRE_AT_END_STRING:
      return ptr === end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_NON_BOUNDARY:
      if (end === 0) return false;
      thatp = ptr > 0 ? SRE_IS_WORD(s[ptr - 1]) : false;
      thisp = ptr < end ? SRE_IS_WORD(s[ptr]) : false;
      return at === SRE_AT_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case SRE_AT_LOC_BOUNDARY:
    case SRE_AT_LOC_NON_BOUNDARY:
      if (end === 0) return false;
      thatp = ptr > 0 ? SRE_LOC_IS_WORD(s[ptr - 1]) : false;
      thisp = ptr < end ? SRE_LOC_IS_WORD(s[ptr]) : false;
      return at === SRE_AT_LOC_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case SRE_AT_UNI_BOUNDARY:
    case SRE_AT_UNI_NON_BOUNDARY:
      if (end === 0) return false;
      thatp = ptr > 0 ? SRE_UNI_IS_WORD(s[ptr - 1]) : false;
      thisp = ptr < end ? SRE_UNI_IS_WORD(s[ptr]) : false;
      return at === SRE_AT_UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
  }
  return false;
}

/**
 * @cpython SRE(charset): is ch in the set whose items start at code[set]? Items: LITERAL c,
 * RANGE lo hi, RANGE_UNI_IGNORE lo hi, CATEGORY c, CHARSET (8 words of bitmap),
 * BIGCHARSET n (256 block numbers packed in 64 words, then n bitmaps of 8 words), NEGATE;
 * FAILURE ends the list.
 */
export function sre_charset(code: Uint32Array, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case SRE_OP_FAILURE:
        return !ok;
      case SRE_OP_LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case SRE_OP_CATEGORY:
        if (sre_category(code[set], ch)) return ok;
        set++;
        break;
      case SRE_OP_CHARSET:
        if (ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case SRE_OP_RANGE:
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        set += 2;
        break;
      case SRE_OP_RANGE_UNI_IGNORE: {
        // ch is already lower-cased; its upper case may fall in the range instead.
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        const uch = sre_upper_unicode(ch);
        if (code[set] <= uch && uch <= code[set + 1]) return ok;
        set += 2;
        break;
      }
      case SRE_OP_NEGATE:
        ok = !ok;
        break;
      case SRE_OP_BIGCHARSET: {
        const count = code[set++];
        let block = -1;
        if (ch < 0x10000) {
          // The block numbers are bytes packed little-endian into 64 code words.
          const k = ch >>> 8;
          block = (code[set + (k >>> 2)] >>> ((k & 3) * 8)) & 0xff;
        }
        set += 64;
        if (block >= 0 && (code[set + ((block * 256 + (ch & 255)) >>> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += count * 8;
        break;
      }
      default:
        // A malformed set (the validator keeps these out): treat as no match.
        return false;
    }
  }
}

/** @cpython SRE(charset_loc_ignore) */
function sre_charset_loc_ignore(code: Uint32Array, set: number, ch: number): boolean {
  const lo = sre_lower_locale(ch);
  if (sre_charset(code, set, lo)) return true;
  const up = sre_upper_locale(ch);
  return up !== lo && sre_charset(code, set, up);
}

/**
 * @cpython SRE(count): how many times (at most maxcount) the one-character item at
 * code[pattern] matches from state.ptr on. Negative: an error status.
 */
function sre_count(state: SRE_STATE, pattern: number, maxcount: number): number {
  const code = state.code, s = state.str;
  let ptr = state.ptr;
  let end = state.end;
  if (maxcount < end - ptr && maxcount !== SRE_MAXREPEAT) end = ptr + maxcount;
  let chr: number;
  switch (code[pattern]) {
    case SRE_OP_IN:
      while (ptr < end && sre_charset(code, pattern + 2, s[ptr])) ptr++;
      break;
    case SRE_OP_ANY:
      while (ptr < end && s[ptr] !== 10) ptr++;
      break;
    case SRE_OP_ANY_ALL:
      ptr = end;
      break;
    case SRE_OP_LITERAL:
      chr = code[pattern + 1];
      while (ptr < end && s[ptr] === chr) ptr++;
      break;
    case SRE_OP_LITERAL_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_ascii(s[ptr]) === chr) ptr++;
      break;
    case SRE_OP_LITERAL_UNI_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_unicode(s[ptr]) === chr) ptr++;
      break;
    case SRE_OP_LITERAL_LOC_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && char_loc_ignore(chr, s[ptr])) ptr++;
      break;
    case SRE_OP_NOT_LITERAL:
      chr = code[pattern + 1];
      while (ptr < end && s[ptr] !== chr) ptr++;
      break;
    case SRE_OP_NOT_LITERAL_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_ascii(s[ptr]) !== chr) ptr++;
      break;
    case SRE_OP_NOT_LITERAL_UNI_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && sre_lower_unicode(s[ptr]) !== chr) ptr++;
      break;
    case SRE_OP_NOT_LITERAL_LOC_IGNORE:
      chr = code[pattern + 1];
      while (ptr < end && !char_loc_ignore(chr, s[ptr])) ptr++;
      break;
    default: {
      // Any other one-character item: run it through the matcher, one step at a time.
      const start = state.ptr;
      while (state.ptr < end) {
        const i = sre_match(state, pattern, false);
        if (i < 0) return i;
        if (i === 0) break;
      }
      return state.ptr - start;
    }
  }
  return ptr - state.ptr;
}

// -- the matcher -------------------------------------------------------------------------------

// What a pending context resumes with (CPython's JUMP_* numbers), ...
const JUMP_NONE = 0;
const JUMP_MAX_UNTIL_1 = 1;
const JUMP_MAX_UNTIL_2 = 2;
const JUMP_MAX_UNTIL_3 = 3;
const JUMP_MIN_UNTIL_1 = 4;
const JUMP_MIN_UNTIL_2 = 5;
const JUMP_MIN_UNTIL_3 = 6;
const JUMP_REPEAT = 7;
const JUMP_REPEAT_ONE_1 = 8;
const JUMP_REPEAT_ONE_2 = 9;
const JUMP_MIN_REPEAT_ONE = 10;
const JUMP_BRANCH = 11;
const JUMP_ASSERT = 12;
const JUMP_ASSERT_NOT = 13;
const JUMP_POSS_REPEAT_1 = 14;
const JUMP_POSS_REPEAT_2 = 15;
const JUMP_ATOMIC_GROUP = 16;
// ... and the other places the main loop can go to: the top of a sub-match, the opcode
// dispatch, the return to the parent, and the heads of the loops that start sub-matches.
const A_ENTRANCE = 20;
const A_DISPATCH = 21;
const A_EXIT = 22;
const L_BRANCH = 23;
const L_REPEAT_ONE_1 = 24;
const L_REPEAT_ONE_2 = 25;
const L_MIN_REPEAT_ONE = 26;
const L_MAX_UNTIL_MORE = 27;
const L_MAX_UNTIL_TAIL = 28;
const L_POSS_REPEAT_MIN = 29;
const L_POSS_REPEAT_MORE = 30;
const A_ERROR = 31;

/**
 * @cpython SRE(match): does the code at `pattern` match at state.ptr? 1 (state.ptr is then
 * the end of the match), 0, or a negative error status.
 */
export function sre_match(state: SRE_STATE, pattern: number, toplevel: boolean): number {
  const code = state.code;
  const s = state.str;
  const end = state.end;
  const base = state.ctx_top;
  let ret = 0;
  let pc = pattern;
  let ptr = state.ptr;
  let ctx = ctx_alloc(state);
  ctx.jump = JUMP_NONE;
  ctx.toplevel = toplevel;
  let action = A_ENTRANCE;

  for (;;) {
    if (action === A_DISPATCH) {
      dispatch: for (;;) {
        switch (code[pc++]) {
          case SRE_OP_MARK: {
            // <MARK> <gid>
            const i = code[pc];
            if (i & 1) state.lastindex = (i >> 1) + 1;
            if (i > state.lastmark) {
              // Marks between the old highest and this one were never reached.
              for (let j = state.lastmark + 1; j < i; j++) state.mark[j] = -1;
              state.lastmark = i;
            }
            state.mark[i] = ptr;
            pc++;
            continue;
          }
          case SRE_OP_LITERAL:
            if (ptr >= end || s[ptr] !== code[pc]) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_NOT_LITERAL:
            if (ptr >= end || s[ptr] === code[pc]) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_SUCCESS:
            if (ctx.toplevel &&
                ((state.match_all && ptr !== state.end) || (state.must_advance && ptr === state.start))) {
              ret = 0; action = A_EXIT; break dispatch;
            }
            state.ptr = ptr;
            ret = 1; action = A_EXIT; break dispatch;
          case SRE_OP_AT:
            if (!sre_at(state, ptr, code[pc])) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            continue;
          case SRE_OP_CATEGORY:
            if (ptr >= end || !sre_category(code[pc], s[ptr])) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_ANY:
            if (ptr >= end || s[ptr] === 10) { ret = 0; action = A_EXIT; break dispatch; }
            ptr++;
            continue;
          case SRE_OP_ANY_ALL:
            if (ptr >= end) { ret = 0; action = A_EXIT; break dispatch; }
            ptr++;
            continue;
          case SRE_OP_IN:
            // <IN> <skip> <set>
            if (ptr >= end || !sre_charset(code, pc + 1, s[ptr])) { ret = 0; action = A_EXIT; break dispatch; }
            pc += code[pc];
            ptr++;
            continue;
          case SRE_OP_LITERAL_IGNORE:
            if (ptr >= end || sre_lower_ascii(s[ptr]) !== code[pc]) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_LITERAL_UNI_IGNORE:
            if (ptr >= end || sre_lower_unicode(s[ptr]) !== code[pc]) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_LITERAL_LOC_IGNORE:
            if (ptr >= end || !char_loc_ignore(code[pc], s[ptr])) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_NOT_LITERAL_IGNORE:
            if (ptr >= end || sre_lower_ascii(s[ptr]) === code[pc]) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_NOT_LITERAL_UNI_IGNORE:
            if (ptr >= end || sre_lower_unicode(s[ptr]) === code[pc]) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || char_loc_ignore(code[pc], s[ptr])) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            ptr++;
            continue;
          case SRE_OP_IN_IGNORE:
            if (ptr >= end || !sre_charset(code, pc + 1, sre_lower_ascii(s[ptr]))) { ret = 0; action = A_EXIT; break dispatch; }
            pc += code[pc];
            ptr++;
            continue;
          case SRE_OP_IN_UNI_IGNORE:
            if (ptr >= end || !sre_charset(code, pc + 1, sre_lower_unicode(s[ptr]))) { ret = 0; action = A_EXIT; break dispatch; }
            pc += code[pc];
            ptr++;
            continue;
          case SRE_OP_IN_LOC_IGNORE:
            if (ptr >= end || !sre_charset_loc_ignore(code, pc + 1, s[ptr])) { ret = 0; action = A_EXIT; break dispatch; }
            pc += code[pc];
            ptr++;
            continue;
          case SRE_OP_JUMP:
          case SRE_OP_INFO:
            // <JUMP> <offset>
            pc += code[pc];
            continue;

          case SRE_OP_BRANCH:
            // <BRANCH> <0=skip> code <JUMP> ... <NULL>
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            if (state.repeat !== null) MARK_PUSH(state, ctx.lastmark);
            action = L_BRANCH;
            break dispatch;

          case SRE_OP_REPEAT_ONE: {
            // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
            // A greedy repeat of a one-character item: take as many as possible, then give
            // them back one at a time until the tail matches.
            const min = code[pc + 1];
            if (min > end - ptr) { ret = 0; action = A_EXIT; break dispatch; }
            state.ptr = ptr;
            ret = sre_count(state, pc + 3, code[pc + 2]);
            if (ret < 0) return ret;
            ctx.count = ret;
            ptr += ret;
            if (ctx.count < min) { ret = 0; action = A_EXIT; break dispatch; }
            const next = code[pc + code[pc]];
            if (next === SRE_OP_SUCCESS && ptr === state.end &&
                !(ctx.toplevel && state.must_advance && ptr === state.start)) {
              // Nothing follows: done.
              state.ptr = ptr;
              ret = 1; action = A_EXIT; break dispatch;
            }
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            if (state.repeat !== null) MARK_PUSH(state, ctx.lastmark);
            if (next === SRE_OP_LITERAL) {
              // The tail starts with a literal: only positions before it are worth trying.
              ctx.chr = code[pc + code[pc] + 1];
              action = L_REPEAT_ONE_1;
            } else action = L_REPEAT_ONE_2;
            break dispatch;
          }

          case SRE_OP_MIN_REPEAT_ONE: {
            // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
            // The lazy form: take the minimum, then one more each time the tail fails.
            const min = code[pc + 1];
            if (min > end - ptr) { ret = 0; action = A_EXIT; break dispatch; }
            state.ptr = ptr;
            if (min === 0) ctx.count = 0;
            else {
              ret = sre_count(state, pc + 3, min);
              if (ret < 0) return ret;
              if (ret < min) { ret = 0; action = A_EXIT; break dispatch; }
              ctx.count = ret;
              ptr += ret;
            }
            if (code[pc + code[pc]] === SRE_OP_SUCCESS &&
                !(ctx.toplevel &&
                  ((state.match_all && ptr !== state.end) || (state.must_advance && ptr === state.start)))) {
              state.ptr = ptr;
              ret = 1; action = A_EXIT; break dispatch;
            }
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            if (state.repeat !== null) MARK_PUSH(state, ctx.lastmark);
            action = L_MIN_REPEAT_ONE;
            break dispatch;
          }

          case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
            // Take as many as possible and never give any back.
            const min = code[pc + 1];
            if (min > end - ptr) { ret = 0; action = A_EXIT; break dispatch; }
            state.ptr = ptr;
            ret = sre_count(state, pc + 3, code[pc + 2]);
            if (ret < 0) return ret;
            ctx.count = ret;
            ptr += ret;
            if (ctx.count < min) { ret = 0; action = A_EXIT; break dispatch; }
            pc += code[pc];
            if (code[pc] === SRE_OP_SUCCESS && ptr === state.end &&
                !(ctx.toplevel && state.must_advance && ptr === state.start)) {
              state.ptr = ptr;
              ret = 1; action = A_EXIT; break dispatch;
            }
            continue;
          }

          case SRE_OP_REPEAT: {
            // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
            // Installs the counters; MAX_UNTIL / MIN_UNTIL at the end of the item do the work.
            const rep = new SRE_REPEAT(pc, state.repeat);
            ctx.rep = rep;
            state.repeat = rep;
            state.ptr = ptr;
            ctx.pattern = pc;
            ctx.ptr = ptr;
            ctx = push_ctx(state, JUMP_REPEAT, ctx.toplevel);
            pc = pc + code[pc];
            action = A_ENTRANCE;
            break dispatch;
          }

          case SRE_OP_MAX_UNTIL: {
            // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
            const rep = state.repeat;
            if (rep === null) return SRE_ERROR_STATE;
            ctx.rep = rep;
            state.ptr = ptr;
            ctx.count = rep.count + 1;
            if (ctx.count < code[rep.pattern + 1]) {
              // Not enough iterations yet: the item must match again.
              rep.count = ctx.count;
              ctx.pattern = pc;
              ctx.ptr = ptr;
              ctx = push_ctx(state, JUMP_MAX_UNTIL_1, ctx.toplevel);
              pc = rep.pattern + 3;
              action = A_ENTRANCE;
              break dispatch;
            }
            action = L_MAX_UNTIL_MORE;
            break dispatch;
          }

          case SRE_OP_MIN_UNTIL: {
            // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
            const rep = state.repeat;
            if (rep === null) return SRE_ERROR_STATE;
            ctx.rep = rep;
            state.ptr = ptr;
            ctx.count = rep.count + 1;
            ctx.pattern = pc;
            ctx.ptr = ptr;
            if (ctx.count < code[rep.pattern + 1]) {
              rep.count = ctx.count;
              ctx = push_ctx(state, JUMP_MIN_UNTIL_1, ctx.toplevel);
              pc = rep.pattern + 3;
              action = A_ENTRANCE;
              break dispatch;
            }
            // Enough iterations: try the tail first.
            state.repeat = rep.prev;
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            if (state.repeat !== null) MARK_PUSH(state, ctx.lastmark);
            ctx = push_ctx(state, JUMP_MIN_UNTIL_2, ctx.toplevel);
            action = A_ENTRANCE;
            break dispatch;
          }

          case SRE_OP_POSSESSIVE_REPEAT:
            // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
            state.ptr = ptr;
            ctx.count = 0;
            action = L_POSS_REPEAT_MIN;
            break dispatch;

          case SRE_OP_ATOMIC_GROUP:
            // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
            state.ptr = ptr;
            ctx.pattern = pc;
            ctx.ptr = ptr;
            ctx = push_ctx(state, JUMP_ATOMIC_GROUP, false);
            pc = pc + 1;
            action = A_ENTRANCE;
            break dispatch;

          case SRE_OP_GROUPREF:
          case SRE_OP_GROUPREF_IGNORE:
          case SRE_OP_GROUPREF_UNI_IGNORE:
          case SRE_OP_GROUPREF_LOC_IGNORE: {
            // <GROUPREF> <group>: the text the group matched, again here.
            const op = code[pc - 1];
            const groupref = code[pc] * 2;
            if (groupref >= state.lastmark) { ret = 0; action = A_EXIT; break dispatch; }
            let p = state.mark[groupref];
            const e = state.mark[groupref + 1];
            if (p < 0 || e < 0 || e < p) { ret = 0; action = A_EXIT; break dispatch; }
            if (e - p > end - ptr) { ret = 0; action = A_EXIT; break dispatch; }
            if (op === SRE_OP_GROUPREF) {
              while (p < e) { if (s[ptr] !== s[p]) break; p++; ptr++; }
            } else if (op === SRE_OP_GROUPREF_IGNORE) {
              while (p < e) { if (sre_lower_ascii(s[ptr]) !== sre_lower_ascii(s[p])) break; p++; ptr++; }
            } else if (op === SRE_OP_GROUPREF_UNI_IGNORE) {
              while (p < e) { if (sre_lower_unicode(s[ptr]) !== sre_lower_unicode(s[p])) break; p++; ptr++; }
            } else {
              while (p < e) { if (sre_lower_locale(s[ptr]) !== sre_lower_locale(s[p])) break; p++; ptr++; }
            }
            if (p < e) { ret = 0; action = A_EXIT; break dispatch; }
            pc++;
            continue;
          }

          case SRE_OP_GROUPREF_EXISTS: {
            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
            const groupref = code[pc] * 2;
            if (groupref >= state.lastmark) { pc += code[pc + 1]; continue; }
            const p = state.mark[groupref], e = state.mark[groupref + 1];
            if (p < 0 || e < 0 || e < p) { pc += code[pc + 1]; continue; }
            pc += 2;
            continue;
          }

          case SRE_OP_ASSERT:
            // <ASSERT> <skip> <back> <pattern>
            if (ptr < code[pc + 1]) { ret = 0; action = A_EXIT; break dispatch; }
            state.ptr = ptr - code[pc + 1];
            ctx.pattern = pc;
            ctx.ptr = ptr;
            ctx = push_ctx(state, JUMP_ASSERT, false);
            pc = pc + 2;
            action = A_ENTRANCE;
            break dispatch;

          case SRE_OP_ASSERT_NOT:
            // <ASSERT_NOT> <skip> <back> <pattern>
            if (ptr >= code[pc + 1]) {
              state.ptr = ptr - code[pc + 1];
              ctx.lastmark = state.lastmark;
              ctx.lastindex = state.lastindex;
              if (state.repeat !== null) MARK_PUSH(state, ctx.lastmark);
              ctx.pattern = pc;
              ctx.ptr = ptr;
              ctx = push_ctx(state, JUMP_ASSERT_NOT, false);
              pc = pc + 2;
              action = A_ENTRANCE;
              break dispatch;
            }
            pc += code[pc];
            continue;

          case SRE_OP_FAILURE:
            ret = 0; action = A_EXIT; break dispatch;

          default:
            // SUBPATTERN, RANGE, NEGATE, CHARSET, ... cannot start an item.
            return SRE_ERROR_ILLEGAL;
        }
      }
    }

    if (action === A_EXIT) {
      // Return `ret` to the context that started this sub-match.
      const jump = ctx.jump;
      state.ctx_top--;
      if (state.ctx_top === base) return ret;
      ctx = state.ctx_stack[state.ctx_top - 1];
      pc = ctx.pattern;
      ptr = ctx.ptr;
      action = jump;
    }

    if (action === A_ENTRANCE) {
      ptr = state.ptr;
      if (code[pc] === SRE_OP_INFO) {
        // <INFO> <1=skip> <2=flags> <3=min> ...: too little text left cannot match.
        if (code[pc + 3] !== 0 && end - ptr < code[pc + 3]) { ret = 0; action = A_EXIT; continue; }
        pc += code[pc + 1] + 1;
      }
      action = A_DISPATCH;
      continue;
    }

    // A step of a backtracking operator (see sre_resume).
    ctx.pattern = pc;
    ctx.ptr = ptr;
    action = sre_resume(state, ctx, action, ret);
    if (action === A_ERROR) return resume_ret;
    ctx = state.ctx_stack[state.ctx_top - 1];
    pc = ctx.pattern;
    ptr = ctx.ptr;
    ret = resume_ret;
  }
}

// sre_resume's other results: the status to go on with (or the error status).
let resume_ret = 0;

/**
 * The steps of the operators that start sub-matches: what to do when a sub-match returns
 * (JUMP_*), and the heads of their loops (L_*). Kept apart from sre_match so that the
 * opcode dispatch stays small enough for V8 to optimise quickly. The current context holds
 * the opcode and subject positions (pattern, ptr) on entry and on return; the result is
 * where sre_match goes next: A_ENTRANCE (a new context was pushed, its `pattern` is where
 * it starts), A_DISPATCH, A_EXIT (with resume_ret as the status), or A_ERROR.
 */
function sre_resume(state: SRE_STATE, ctx: SRE_CONTEXT, action: number, ret: number): number {
  const code = state.code;
  const s = state.str;
  const end = state.end;
  let pc = ctx.pattern;
  let ptr = ctx.ptr;
  for (;;) {
    if (action === A_ENTRANCE || action === A_DISPATCH || action === A_EXIT) {
      const top = state.ctx_stack[state.ctx_top - 1];
      top.pattern = pc;
      top.ptr = ptr;
      resume_ret = ret;
      return action;
    }
    switch (action) {
      // -- BRANCH: try each alternative in turn --------------------------------------------
      case JUMP_BRANCH:
        if (ret) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        if (state.repeat !== null) MARK_POP(state, ctx.lastmark, false);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        pc += code[pc];
        action = L_BRANCH;
        continue;
      case L_BRANCH: {
        let started = false;
        for (; code[pc] !== 0; pc += code[pc]) {
          const op = code[pc + 1];
          // Skip alternatives whose first character cannot match here.
          if (op === SRE_OP_LITERAL && (ptr >= end || s[ptr] !== code[pc + 2])) continue;
          if (op === SRE_OP_IN && (ptr >= end || !sre_charset(code, pc + 3, s[ptr]))) continue;
          started = true;
          break;
        }
        if (started) {
          state.ptr = ptr;
          ctx.pattern = pc;
          ctx.ptr = ptr;
          ctx = push_ctx(state, JUMP_BRANCH, ctx.toplevel);
          pc = pc + 1;
          action = A_ENTRANCE;
          continue;
        }
        if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
        ret = 0;
        action = A_EXIT;
        continue;
      }

      // -- REPEAT_ONE: give back one character at a time ----------------------------------
      case JUMP_REPEAT_ONE_1:
        if (ret) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        if (state.repeat !== null) MARK_POP(state, ctx.lastmark, false);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        ptr--;
        ctx.count--;
        action = L_REPEAT_ONE_1;
        continue;
      case L_REPEAT_ONE_1: {
        const min = code[pc + 1];
        const chr = ctx.chr;
        while (ctx.count >= min && (ptr >= end || s[ptr] !== chr)) {
          ptr--;
          ctx.count--;
        }
        if (ctx.count < min) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          ret = 0;
          action = A_EXIT;
          continue;
        }
        state.ptr = ptr;
        ctx.pattern = pc;
        ctx.ptr = ptr;
        ctx = push_ctx(state, JUMP_REPEAT_ONE_1, ctx.toplevel);
        pc = pc + code[pc];
        action = A_ENTRANCE;
        continue;
      }

      case JUMP_REPEAT_ONE_2:
        if (ret) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        if (state.repeat !== null) MARK_POP(state, ctx.lastmark, false);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        ptr--;
        ctx.count--;
        action = L_REPEAT_ONE_2;
        continue;
      case L_REPEAT_ONE_2:
        if (ctx.count >= code[pc + 1]) {
          state.ptr = ptr;
          ctx.pattern = pc;
          ctx.ptr = ptr;
          ctx = push_ctx(state, JUMP_REPEAT_ONE_2, ctx.toplevel);
          pc = pc + code[pc];
          action = A_ENTRANCE;
          continue;
        }
        if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
        ret = 0;
        action = A_EXIT;
        continue;

      // -- MIN_REPEAT_ONE: take one more character each time the tail fails ---------------
      case JUMP_MIN_REPEAT_ONE:
        if (ret) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        if (state.repeat !== null) MARK_POP(state, ctx.lastmark, false);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        state.ptr = ptr;
        ret = sre_count(state, pc + 3, 1);
        if (ret < 0) { resume_ret = ret; return A_ERROR; }
        if (ret === 0) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        ptr++;
        ctx.count++;
        action = L_MIN_REPEAT_ONE;
        continue;
      case L_MIN_REPEAT_ONE: {
        const max = code[pc + 2];
        if (max === SRE_MAXREPEAT || ctx.count <= max) {
          state.ptr = ptr;
          ctx.pattern = pc;
          ctx.ptr = ptr;
          ctx = push_ctx(state, JUMP_MIN_REPEAT_ONE, ctx.toplevel);
          pc = pc + code[pc];
          action = A_ENTRANCE;
          continue;
        }
        if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
        ret = 0;
        action = A_EXIT;
        continue;
      }

      // -- REPEAT ------------------------------------------------------------------------
      case JUMP_REPEAT:
        state.repeat = ctx.rep!.prev;
        action = A_EXIT;
        continue;

      // -- MAX_UNTIL: one more iteration if possible, else the tail -----------------------
      case JUMP_MAX_UNTIL_1:
      case JUMP_MIN_UNTIL_1:
        if (ret) { action = A_EXIT; continue; }
        ctx.rep!.count = ctx.count - 1;
        state.ptr = ptr;
        action = A_EXIT;
        continue;

      case L_MAX_UNTIL_MORE: {
        const rep = ctx.rep!;
        const max = code[rep.pattern + 2];
        if ((ctx.count < max || max === SRE_MAXREPEAT) && state.ptr !== rep.last_ptr) {
          // Enough iterations, but try to match one more.
          rep.count = ctx.count;
          ctx.lastmark = state.lastmark;
          ctx.lastindex = state.lastindex;
          MARK_PUSH(state, ctx.lastmark);
          // An iteration that matched nothing must not be repeated forever.
          DATA_PUSH(state, rep.last_ptr);
          rep.last_ptr = state.ptr;
          ctx.pattern = pc;
          ctx.ptr = ptr;
          ctx = push_ctx(state, JUMP_MAX_UNTIL_2, ctx.toplevel);
          pc = rep.pattern + 3;
          action = A_ENTRANCE;
          continue;
        }
        action = L_MAX_UNTIL_TAIL;
        continue;
      }

      case JUMP_MAX_UNTIL_2: {
        const rep = ctx.rep!;
        rep.last_ptr = DATA_POP(state);
        if (ret) {
          MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        MARK_POP(state, ctx.lastmark, true);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        rep.count = ctx.count - 1;
        state.ptr = ptr;
      }
        action = L_MAX_UNTIL_TAIL;
        continue;
      case L_MAX_UNTIL_TAIL:
        // No further iteration: the tail must match.
        state.repeat = ctx.rep!.prev;
        ctx.pattern = pc;
        ctx.ptr = ptr;
        ctx = push_ctx(state, JUMP_MAX_UNTIL_3, ctx.toplevel);
        action = A_ENTRANCE;
        continue;

      case JUMP_MAX_UNTIL_3:
        state.repeat = ctx.rep;
        if (ret) { action = A_EXIT; continue; }
        state.ptr = ptr;
        action = A_EXIT;
        continue;

      // -- MIN_UNTIL: the tail first, then one more iteration ----------------------------
      case JUMP_MIN_UNTIL_2: {
        const rep = ctx.rep!;
        const repeat_of_tail = state.repeat;
        state.repeat = rep;
        if (ret) {
          if (repeat_of_tail !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          action = A_EXIT;
          continue;
        }
        if (repeat_of_tail !== null) MARK_POP(state, ctx.lastmark, true);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        state.ptr = ptr;
        const max = code[rep.pattern + 2];
        if ((ctx.count >= max && max !== SRE_MAXREPEAT) || state.ptr === rep.last_ptr) {
          ret = 0;
          action = A_EXIT;
          continue;
        }
        rep.count = ctx.count;
        DATA_PUSH(state, rep.last_ptr);
        rep.last_ptr = state.ptr;
        ctx = push_ctx(state, JUMP_MIN_UNTIL_3, ctx.toplevel);
        pc = rep.pattern + 3;
        action = A_ENTRANCE;
        continue;
      }

      case JUMP_MIN_UNTIL_3: {
        const rep = ctx.rep!;
        rep.last_ptr = DATA_POP(state);
        if (ret) { action = A_EXIT; continue; }
        rep.count = ctx.count - 1;
        state.ptr = ptr;
        action = A_EXIT;
        continue;
      }

      // -- POSSESSIVE_REPEAT: iterations are never given back -----------------------------
      case JUMP_POSS_REPEAT_1:
        if (!ret) {
          state.ptr = ptr;
          action = A_EXIT;
          continue;
        }
        ctx.count++;
        action = L_POSS_REPEAT_MIN;
        continue;
      case L_POSS_REPEAT_MIN:
        if (ctx.count < code[pc + 1]) {
          ctx.pattern = pc;
          ctx.ptr = ptr;
          ctx = push_ctx(state, JUMP_POSS_REPEAT_1, false);
          pc = pc + 3;
          action = A_ENTRANCE;
          continue;
        }
        // The minimum is reached; no position equals -1, so the first round runs.
        ptr = -1;
        action = L_POSS_REPEAT_MORE;
        continue;

      case JUMP_POSS_REPEAT_2:
        if (ret) {
          MARK_POP_DISCARD(state, ctx.lastmark);
          ctx.count++;
          action = L_POSS_REPEAT_MORE;
          continue;
        }
        MARK_POP(state, ctx.lastmark, true);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        // Back to where the failed iteration started.
        state.ptr = ptr;
        pc += code[pc] + 1;
        ptr = state.ptr;
        action = A_DISPATCH;
        continue;

      case L_POSS_REPEAT_MORE: {
        const max = code[pc + 2];
        if ((ctx.count < max || max === SRE_MAXREPEAT) && state.ptr !== ptr) {
          ctx.lastmark = state.lastmark;
          ctx.lastindex = state.lastindex;
          MARK_PUSH(state, ctx.lastmark);
          ptr = state.ptr;
          ctx.pattern = pc;
          ctx.ptr = ptr;
          ctx = push_ctx(state, JUMP_POSS_REPEAT_2, false);
          pc = pc + 3;
          action = A_ENTRANCE;
          continue;
        }
        // Go on with the tail, past the SUCCESS that ends the repeated pattern.
        pc += code[pc] + 1;
        ptr = state.ptr;
        action = A_DISPATCH;
        continue;
      }

      // -- ATOMIC_GROUP, ASSERT, ASSERT_NOT ------------------------------------------------
      case JUMP_ATOMIC_GROUP:
        if (ret === 0) {
          state.ptr = ptr;
          action = A_EXIT;
          continue;
        }
        pc += code[pc];
        ptr = state.ptr;
        action = A_DISPATCH;
        continue;

      case JUMP_ASSERT:
        if (ret === 0) { action = A_EXIT; continue; }
        pc += code[pc];
        action = A_DISPATCH;
        continue;

      case JUMP_ASSERT_NOT:
        if (ret) {
          if (state.repeat !== null) MARK_POP_DISCARD(state, ctx.lastmark);
          ret = 0;
          action = A_EXIT;
          continue;
        }
        if (state.repeat !== null) MARK_POP(state, ctx.lastmark, true);
        state.lastmark = ctx.lastmark;
        state.lastindex = ctx.lastindex;
        pc += code[pc];
        action = A_DISPATCH;
        continue;

      default:
        resume_ret = SRE_ERROR_ILLEGAL;
        return A_ERROR;
    }
  }
}

/** DO_JUMP's second half: a new context for a sub-match that resumes its parent at `jump`. */
function push_ctx(state: SRE_STATE, jump: number, toplevel: boolean): SRE_CONTEXT {
  const c = ctx_alloc(state);
  c.jump = jump;
  c.toplevel = toplevel;
  return c;
}

/**
 * @cpython SRE(search): find the first position from state.start where the pattern
 * matches, using the INFO block's literal prefix (with its overlap table, as in
 * Knuth-Morris-Pratt) or first-character set to skip positions that cannot match.
 */
export function sre_search(state: SRE_STATE, pattern: number): number {
  const code = state.code, s = state.str;
  let ptr = state.start;
  let end = state.end;
  let status = 0;
  let prefix_len = 0, prefix_skip = 0, prefix = 0, overlap = 0, charset = -1;
  let flags = 0;

  if (ptr > end) return 0;

  if (code[pattern] === SRE_OP_INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[pattern + 2];
    const min = code[pattern + 3];
    if (min !== 0 && end - ptr < min) return 0;
    if (min > 1) {
      // Matches cannot start within min-1 characters of the end (keep at least one).
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & SRE_INFO_PREFIX) {
      // <length> <skip> <prefix data> <overlap data>
      prefix_len = code[pattern + 5];
      prefix_skip = code[pattern + 6];
      prefix = pattern + 7;
      overlap = prefix + prefix_len - 1;
    } else if (flags & SRE_INFO_CHARSET) {
      charset = pattern + 5;
    }
    pattern += 1 + code[pattern + 1];
  }

  if (prefix_len === 1) {
    // The pattern starts with one literal character.
    const c = code[prefix];
    end = state.end;
    state.must_advance = false;
    while (ptr < end) {
      while (s[ptr] !== c) {
        if (++ptr >= end) return 0;
      }
      state.start = ptr;
      state.ptr = ptr + prefix_skip;
      if (flags & SRE_INFO_LITERAL) return 1; // the prefix is the whole pattern
      status = sre_match(state, pattern + 2 * prefix_skip, false);
      if (status !== 0) return status;
      ++ptr;
      state.lastmark = state.lastindex = -1;
    }
    return 0;
  }

  if (prefix_len > 1) {
    // A longer literal prefix: scan for it, sliding by the overlap table on a mismatch.
    end = state.end;
    if (prefix_len > end - ptr) return 0;
    const c0 = code[prefix];
    while (ptr < end) {
      while (s[ptr++] !== c0) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      state.must_advance = false;
      do {
        if (s[ptr] === code[prefix + i]) {
          if (++i !== prefix_len) {
            if (++ptr >= end) return 0;
            continue;
          }
          // The whole prefix is here.
          state.start = ptr - (prefix_len - 1);
          state.ptr = ptr - (prefix_len - prefix_skip - 1);
          if (flags & SRE_INFO_LITERAL) return 1;
          status = sre_match(state, pattern + 2 * prefix_skip, false);
          if (status !== 0) return status;
          if (++ptr >= end) return 0;
          state.lastmark = state.lastindex = -1;
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return 0;
  }

  if (charset >= 0) {
    // The pattern starts with a character from a known set.
    end = state.end;
    state.must_advance = false;
    for (;;) {
      while (ptr < end && !sre_charset(code, charset, s[ptr])) ptr++;
      if (ptr >= end) return 0;
      state.start = ptr;
      state.ptr = ptr;
      status = sre_match(state, pattern, false);
      if (status !== 0) break;
      ptr++;
      state.lastmark = state.lastindex = -1;
    }
  } else {
    // General case: try every position.
    state.start = state.ptr = ptr;
    status = sre_match(state, pattern, true);
    state.must_advance = false;
    if (status === 0 && code[pattern] === SRE_OP_AT &&
        (code[pattern + 1] === SRE_AT_BEGINNING || code[pattern + 1] === SRE_AT_BEGINNING_STRING)) {
      // Anchored at the start: no other position can match.
      state.start = state.ptr = end;
      return 0;
    }
    while (status === 0 && ptr < end) {
      ptr++;
      state.lastmark = state.lastindex = -1;
      state.start = state.ptr = ptr;
      status = sre_match(state, pattern, false);
    }
  }
  return status;
}
