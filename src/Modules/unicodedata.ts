/**
 * @mirrors Modules/unicodedata.c
 *
 * Today only what `\N{name}` escapes need: the code point of a Unicode 14.0 character name
 * (matched without regard to case, as CPython's _getcode does). Most names come from the
 * generated table, unpacked into a map on first use so that start-up does not pay for it;
 * CJK unified ideographs and Hangul syllables have names made by rule and are computed.
 */
import { NAME_TABLE, NAME_WORDS } from "./unicodedata_names.generated.ts";

let byName: Map<string, number> | null = null;

function loadNames(): Map<string, number> {
  const words = NAME_WORDS.split(" ");
  const map = new Map<string, number>();
  let cp = 0;
  for (const line of NAME_TABLE.split("\n")) {
    const parts = line.split(" ");
    cp += parseInt(parts[0], 36);
    let name = words[parseInt(parts[1], 36)];
    for (let i = 2; i < parts.length; i++) name += " " + words[parseInt(parts[i], 36)];
    map.set(name, cp);
  }
  return map;
}

/** The CJK unified ideograph blocks of Unicode 14.0 (is_unified_ideograph). */
const UNIFIED_IDEOGRAPHS: readonly [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738],
  [0x2b740, 0x2b81d], [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];

// Hangul syllable composition (Unicode 3.12): initial, medial and final jamo names.
const SBase = 0xac00, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount;
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** Longest-match split of a Hangul syllable name's tail into jamo (find_syllable). */
function hangulCode(rest: string): number {
  const take = (table: readonly string[]): [number, string] => {
    let best = -1, len = -1;
    table.forEach((j, i) => { if (rest.startsWith(j) && j.length > len) { best = i; len = j.length; } });
    if (best >= 0) rest = rest.slice(len);
    return [best, rest];
  };
  const [l] = take(JAMO_L);
  const [v] = take(JAMO_V);
  const [t] = take(JAMO_T);
  if (l < 0 || v < 0 || t < 0 || rest.length) return -1;
  return SBase + (l * VCount + v) * TCount + t;
}

/** @cpython _getcode: the code point named `name`, or -1. */
export function _getcode(name: string): number {
  const upper = name.toUpperCase();
  if (upper.startsWith("HANGUL SYLLABLE ")) {
    const code = hangulCode(upper.slice(16));
    if (code >= 0) return code;
  }
  if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = upper.slice(22);
    if ((hex.length === 4 || hex.length === 5) && /^[0-9A-F]+$/.test(hex)) {
      const cp = parseInt(hex, 16);
      if (UNIFIED_IDEOGRAPHS.some(([lo, hi]) => cp >= lo && cp <= hi)) return cp;
    }
    return -1;
  }
  byName ??= loadNames();
  return byName.get(upper) ?? -1;
}

void NCount; void LCount;
