// @typhon `typhon --tokens` against `python3 -m tokenize` on inputs chosen for tokenize.py's
// quirks: encodings, BOMs, unterminated strings, continuation lines, dedent errors, EOF
// without newline, astral characters, operators, numbers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../../tools/pytests.ts";

const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const dir = mkdtempSync(path.join(tmpdir(), "typhon-tokens-"));

const CASES: Record<string, string | Buffer> = {
  simple: "x = 1\n",
  no_final_newline: "if x:\n    y = 2",
  comment_last_no_newline: "x = 1\n# end",
  whitespace_last_line: "x = 1\n   ",
  crlf: "def f():\r\n    return 1\r\n",
  lone_cr: "x = 1\ry = 2\n",
  tabs_formfeed: "if x:\n\tif y:\n\t\tz\n\x0cw\n",
  dedent_error: "if x:\n        a\n    b\n",
  eof_in_string: 'x = """abc\n\ndef\n',
  eof_in_statement: "x = (1,\n2,\n",
  unterminated_single: "x = 'abc\ny = 2\n",
  continued_single: "x = 'abc\\\ndef'\n",
  continued_single_bad: "x = 'abc\\\ndef\n",
  backslash_continuation: "x = 1 + \\\n    2\n",
  error_chars: "a $ b ? c ! d `e`\n",
  numbers: "0x_1 0b1 0o7 1_000 1.5e-3 .5j 1if 0777 1__0 5.real\n",
  operators: "a->b; c:=d; e**=f; g//=h; i...j @= k != l <> m\n",
  prefixes: "rb'a' Rb'b' f'{x}' FR'y' u'z' br\"\"\"t\"\"\" bu'x'\n",
  nested_fstring: "f'{a!r:>{w}}' f\"{'x'}\"\n",
  unicode_names: "caf\u00e9 = \u03c0 * r\u00b2\n\u{1d4b3} = '\u{1f600}' ; z\n",
  latin1_cookie: Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\nx = '"), Buffer.from([0xe9]), Buffer.from("'\n")]),
  cookie_second_line: "#!/usr/bin/env python\n# vim: set fileencoding=utf8 :\nx = 1\n",
  unknown_cookie: "# coding: nonsense\nx = 1\n",
  bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("x = 1\n")]),
  bom_and_latin1: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("# coding: latin-1\nx = 1\n")]),
  bad_utf8: Buffer.concat([Buffer.from("x = '"), Buffer.from([0xff]), Buffer.from("'\n")]),
  empty: "",
  only_comment: "# nothing\n",
  blank_lines_in_parens: "foo(a,\n\n   # c\n   b)\n",
  indent_after_comment: "if a:\n    # c\n        # d\n    b\n",
};

for (const [name, content] of Object.entries(CASES)) {
  test(`tokens: ${name}`, () => {
    const file = path.join(dir, `${name}.py`);
    writeFileSync(file, content);
    const env = { ...process.env, PYTHONHASHSEED: "0" };
    const ref = spawnSync(python, ["-m", "tokenize", file], { encoding: "utf8", env });
    const ours = spawnSync(path.join(ROOT, "bin", "typhon"), ["--tokens", file], { encoding: "utf8", env });
    assert.equal(ours.stdout, ref.stdout, "stdout");
    assert.equal(ours.status, ref.status, "exit status");
    if (ref.status !== 0) {
      const last = (s: string) => s.trimEnd().split("\n").pop();
      assert.equal(last(ours.stderr), last(ref.stderr), "last line of stderr");
    }
  });
}
