// @typhon Dev sweep (not in CI): tokenizes stdlib files with src/Parser/tokenizer.ts and
// compares with python3's tokenize module, after dropping what only tokenize reports
// (ENCODING, COMMENT, NL), mapping OP to exact types and converting columns to UTF-8 bytes.
// NEWLINE/INDENT/DEDENT/ENDMARKER are compared by type only (the C tokenizer gives them no
// text span).   npx tsx tools/check-tokenizer.ts [--sample N]
import { execFileSync } from "node:child_process";
import { stdlibFiles } from "../bench/frontend/stdlib_files.ts";
import { _PyTokenizer_FromFile } from "../src/Parser/tokenizer_decoding.ts";
import { _PyTokenizer_Get } from "../src/Parser/tokenizer.ts";
import { PyFrontEndError } from "../src/Include/pyerrors.ts";
import * as T from "../src/Parser/token.generated.ts";

const i = process.argv.indexOf("--sample");
let files = stdlibFiles();
if (i >= 0) { const n = Number(process.argv[i + 1]); const step = Math.max(1, Math.floor(files.length / n)); files = files.filter((_, k) => k % step === 0); }

const PY = String.raw`
import json, sys, tokenize, token
out = []
for path in json.load(sys.stdin):
    try:
        with open(path, "rb") as f:
            toks = list(tokenize.tokenize(f.readline))
        enc = toks[0].string
        lines = open(path, encoding=enc).read().splitlines(True) if enc else []
        def bcol(row, col):
            return len(lines[row-1][:col].encode("utf-8")) if 0 < row <= len(lines) else col
        res = []
        for t in toks:
            if t.type in (token.ENCODING, token.COMMENT, token.NL): continue
            typ = t.exact_type
            if typ in (token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER):
                res.append([typ]); continue
            res.append([typ, t.string, t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
        out.append(res)
    except Exception as e:
        out.append(None)
print(json.dumps(out))
`;
const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const ref: (unknown[][] | null)[] = JSON.parse(execFileSync(python, ["-c", PY], { input: JSON.stringify(files.map((f) => f.path)), encoding: "utf8", maxBuffer: 1 << 30 }));

let same = 0, differ = 0, skipped = 0;
const t0 = performance.now();
let ourTime = 0;
files.forEach((f, k) => {
  const expected = ref[k];
  if (!expected) { skipped++; return; }
  const s = performance.now();
  const tok = _PyTokenizer_FromFile(f.bytes, f.path);
  const got: unknown[][] = [];
  if (!(tok instanceof PyFrontEndError)) {
    for (;;) {
      const t = _PyTokenizer_Get(tok);
      if ([T.NEWLINE, T.INDENT, T.DEDENT, T.ENDMARKER].includes(t.type)) got.push([t.type]);
      else got.push([t.type === T.ASYNC || t.type === T.AWAIT ? T.NAME : t.type, t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]);
      if (t.type === T.ENDMARKER || t.type === T.ERRORTOKEN) break;
    }
  }
  ourTime += performance.now() - s;
  // tokenize.py drops the NEWLINE of a last line without one; compare up to it.
  const a = JSON.stringify(got), b = JSON.stringify(expected);
  if (a === b) { same++; return; }
  differ++;
  if (differ <= 5) {
    const n = Math.min(got.length, expected.length);
    let at = 0;
    while (at < n && JSON.stringify(got[at]) === JSON.stringify(expected[at])) at++;
    console.log(`DIFF ${f.path} at token ${at}: ours ${JSON.stringify(got[at])} python ${JSON.stringify(expected[at])}`);
  }
});
console.log(`tokenized ${files.length} files in ${(ourTime / 1000).toFixed(2)} s (sweep ${((performance.now() - t0) / 1000).toFixed(1)} s); ${skipped} rejected by tokenize`);
console.log(`${same} passed, ${differ} failed`);
