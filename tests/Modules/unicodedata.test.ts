// @typhon The unicodedata module (src/Modules/unicodedata.ts over unicodedata_db.generated.ts)
// against python3's unicodedata, for Unicode 14.0 and ucd_3_2_0: every property, the name,
// and the four normal forms of each character of the BMP and of every 7th one beyond.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { initRuntime } from "../Objects/runtime_helpers.ts";
import type { PyObject } from "../../src/Include/object.ts";
import { PyInit_unicodedata } from "../../src/Modules/unicodedata.ts";
import { PyUnicode_FromString } from "../../src/Objects/unicodeobject.ts";
import { PyObject_GetAttrString, strString, reprString } from "../../src/Objects/object.ts";
import { PyObject_Vectorcall } from "../../src/Objects/call.ts";
import { PyErr_Clear } from "../../src/Python/errors.ts";

const SCRIPT = String.raw`
import sys, unicodedata
db = unicodedata if sys.argv[1] == "cur" else unicodedata.ucd_3_2_0
out = []
for cp in list(range(0, 0x10000)) + list(range(0x10000, 0x110000, 7)):
    c = chr(cp)
    row = [db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c), db.mirrored(c),
           db.decomposition(c), db.name(c, "-"), db.decimal(c, "-"), db.digit(c, "-"), db.numeric(c, "-")]
    if 0xd800 <= cp < 0xe000:
        row += ["-"] * 4
    else:
        row += [".".join("%x" % ord(x) for x in db.normalize(f, c)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    out.append("|".join(map(str, row)))
print("\n".join(out))
`;

function codepoints(): number[] {
  const cps: number[] = [];
  for (let cp = 0; cp < 0x10000; cp++) cps.push(cp);
  for (let cp = 0x10000; cp < 0x110000; cp += 7) cps.push(cp);
  return cps;
}

for (const version of ["cur", "old"]) {
  test(`every property, name and normal form equals python3's (${version === "cur" ? "14.0.0" : "3.2.0"})`, () => {
    initRuntime();
    const rows = execFileSync("python3", ["-c", SCRIPT, version], { encoding: "utf8", maxBuffer: 1 << 29 }).trimEnd().split("\n");
    const mod = PyInit_unicodedata()!;
    const db = version === "cur" ? mod : PyObject_GetAttrString(mod, "ucd_3_2_0")!;
    const fn = (name: string) => PyObject_GetAttrString(db, name)!;
    const props = ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition"].map(fn);
    const withDefault = ["name", "decimal", "digit", "numeric"].map(fn);
    const normalize = fn("normalize");
    const dash = PyUnicode_FromString("-");
    const forms = ["NFC", "NFD", "NFKC", "NFKD"].map((f) => PyUnicode_FromString(f));
    const text = (o: PyObject | null): string => {
      if (o === null) {
        PyErr_Clear();
        return "<error>";
      }
      return strString(o) ?? "<error>";
    };
    const cps = codepoints();
    let bad = 0;
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i];
      const c = PyUnicode_FromString(String.fromCodePoint(cp));
      const row: string[] = [];
      for (const f of props) row.push(text(PyObject_Vectorcall(f, [c], null)));
      for (const f of withDefault) {
        const r = PyObject_Vectorcall(f, [c, dash], null);
        row.push(r !== null && r.ob_type.tp_name === "float" ? (reprString(r) ?? "") : text(r));
      }
      if (cp >= 0xd800 && cp < 0xe000) row.push("-", "-", "-", "-");
      else {
        for (const form of forms) {
          const r = PyObject_Vectorcall(normalize, [form, c], null);
          row.push(r === null ? text(r) : [...(strString(r) ?? "")].map((x) => x.codePointAt(0)!.toString(16)).join("."));
        }
      }
      const got = row.join("|");
      if (got !== rows[i] && bad++ < 10) assert.fail(`U+${cp.toString(16)}: ${JSON.stringify(got)} != ${JSON.stringify(rows[i])}`);
    }
    assert.equal(bad, 0);
  });
}
