// @typhon The character database (unicodectype.ts over unicodetype_db.generated.ts) against
// python3's str methods and unicodedata, character by character.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  _PyUnicode_IsAlpha, _PyUnicode_IsDecimalDigit, _PyUnicode_IsDigit, _PyUnicode_IsNumeric, _PyUnicode_IsLowercase,
  _PyUnicode_IsUppercase, _PyUnicode_IsTitlecase, Py_UNICODE_ISSPACE, _PyUnicode_IsPrintableFlag, _PyUnicode_IsXidStart,
  _PyUnicode_IsXidContinue, _PyUnicode_ToLowerFull, _PyUnicode_ToUpperFull, _PyUnicode_ToTitleFull, _PyUnicode_ToFoldedFull,
  _PyUnicode_ToDecimalDigit, _PyUnicode_ToDigit, _PyUnicode_ToNumeric, Py_UNICODE_ISLINEBREAK,
} from "../../src/Objects/unicodectype.ts";

const SCRIPT = String.raw`
import sys, json, unicodedata
out = []
for cp in list(range(0, 0x10000)) + list(range(0x10000, 0x110000, 7)):
    ch = chr(cp)
    bits = "".join("1" if b else "0" for b in (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.islower(),
        ch.isupper(), unicodedata.category(ch) == "Lt", ch.isspace(), ch.isprintable(), ch.isidentifier() and ch != "_",
        ("a" + ch).isidentifier(), len(("a" + ch + "b").splitlines()) == 2))
    h = lambda s: ".".join("%x" % ord(c) for c in s)
    out.append("|".join(map(str, [cp, bits, h(ch.upper()), h(ch.lower()), h(ch.title()), h(ch.casefold()), unicodedata.decimal(ch, -1),
        unicodedata.digit(ch, -1), unicodedata.numeric(ch, -1.0)])))
print("\n".join(out))
`;

test("every property and mapping equals python3's", () => {
  const rows = execFileSync("python3", ["-c", SCRIPT], { encoding: "utf8", maxBuffer: 1 << 29 }).trimEnd().split("\n");
  const buf = new Int32Array(3);
  const full = (f: (c: number, r: Int32Array) => number, cp: number) => {
    const n = f(cp, buf);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(buf[i].toString(16));
    return parts.join(".");
  };
  let bad = 0;
  for (const row of rows) {
    const cp = Number(row.slice(0, row.indexOf("|")));
    const mine = [_PyUnicode_IsAlpha, _PyUnicode_IsDecimalDigit, _PyUnicode_IsDigit, _PyUnicode_IsNumeric, _PyUnicode_IsLowercase,
      _PyUnicode_IsUppercase, _PyUnicode_IsTitlecase, Py_UNICODE_ISSPACE, _PyUnicode_IsPrintableFlag, _PyUnicode_IsXidStart,
      _PyUnicode_IsXidContinue, Py_UNICODE_ISLINEBREAK].map((f) => (f(cp) ? "1" : "0")).join("");
    const num = _PyUnicode_ToNumeric(cp);
    const got = [cp, mine, full(_PyUnicode_ToUpperFull, cp), full(_PyUnicode_ToLowerFull, cp), full(_PyUnicode_ToTitleFull, cp),
      full(_PyUnicode_ToFoldedFull, cp), _PyUnicode_ToDecimalDigit(cp), _PyUnicode_ToDigit(cp),
      Number.isInteger(num) ? num.toFixed(1) : String(num)].join("|");
    if (got !== row && bad++ < 10) assert.fail(`U+${cp.toString(16)}: ${JSON.stringify(got)} != ${JSON.stringify(row)}`);
  }
  assert.equal(bad, 0);
});
