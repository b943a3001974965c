// @typhon Fuzzes the front end (issue 3): takes stdlib files, applies random mutations,
// and parses each mutant with typhon (in this process) and with CPython (one python3
// process for the whole batch). It reports
//   - leaks: a JavaScript exception escaped the parser (D11 says never),
//   - slow cases: a parse that took more than SLOW_MS (a hang in the making),
//   - disagreements: CPython accepted and typhon rejected, or the other way round, or both
//     rejected with a different exception type, message, line or offset.
// With --compile the mutants go through the whole compiler (typhon's Py_CompileBytes,
// CPython's compile()), so symtable and compiler errors are compared too.
// Not part of CI (it is slow and random); run it by hand:
//   npx tsx tools/fuzz-parser.ts [--cases 2000] [--seed 1] [--show 10] [--compile]
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stdlibFiles } from "../bench/frontend/stdlib_files.ts";
import { _PyParser_ASTFromFile } from "../src/Parser/peg_api.ts";
import { PyFrontEndError } from "../src/Include/pyerrors.ts";
import { Py_CompileBytes } from "../src/Python/pythonrun.ts";

const SLOW_MS = 2000;
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const CASES = arg("--cases", 2000);
const SHOW = arg("--show", 10);
const COMPILE = process.argv.includes("--compile");
let seed = arg("--seed", 1) >>> 0;

/** A small deterministic PRNG (mulberry32), so a run can be repeated from its seed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n: number) => Math.floor(random() * n);

const SNIPPETS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "'", '"', '"""', "\\", "#",
  "def ", "class ", "lambda", "if ", "else", "yield", "await ", "async ", "*", "**", ":=", "->", "@", "f'{", "}",
  "0x", "1_", "1e", "\u00e9", "\u20ac", "\0", "\r", "match ", "case ", "except*", "...", ";", "not ", "is "];

/** One random edit of `src` (on a small window, so most of the file stays valid). */
function mutate(src: Uint8Array): Uint8Array {
  const text = Buffer.from(src).toString("latin1");
  const at = pick(text.length + 1);
  let out: string;
  switch (pick(5)) {
    case 0: out = text.slice(0, at) + text.slice(at + 1 + pick(8)); break;                    // delete
    case 1: out = text.slice(0, at) + Buffer.from(SNIPPETS[pick(SNIPPETS.length)]).toString("latin1") + text.slice(at); break; // insert
    case 2: { const n = 1 + pick(20); out = text.slice(0, at) + text.slice(at, at + n) + text.slice(at); break; } // duplicate
    case 3: out = text.slice(0, at); break;                                                     // truncate
    default: { const b = pick(text.length + 1); out = text.slice(0, at) + text.slice(b, b + 1 + pick(4)) + text.slice(at + 1); } // splice
  }
  return Buffer.from(out, "latin1");
}

interface Verdict { ok: boolean; type?: string; msg?: string; lineno?: number; offset?: number }

const files = stdlibFiles().filter((f) => f.bytes.length < 40_000);
const cases: { origin: string; source: Uint8Array }[] = [];
for (let i = 0; i < CASES; i++) {
  const f = files[pick(files.length)];
  let source = f.bytes;
  for (let k = 1 + pick(3); k > 0; k--) source = mutate(source);
  cases.push({ origin: f.path, source });
}

// CPython's verdicts, in one process.
const dir = mkdtempSync(path.join(tmpdir(), "typhon-fuzz-"));
const input = path.join(dir, "cases.json");
writeFileSync(input, JSON.stringify(cases.map((c) => Buffer.from(c.source).toString("base64"))));
const pyScript = `
import ast, base64, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for b64 in json.load(open(sys.argv[1])):
    try:
        if sys.argv[2] == "compile":
            compile(base64.b64decode(b64), "<fuzz>", "exec")
        else:
            ast.parse(base64.b64decode(b64), "<fuzz>")
        out.append({"ok": True})
    except (SyntaxError, ValueError) as e:
        out.append({"ok": False, "type": type(e).__name__, "msg": e.msg if isinstance(e, SyntaxError) else str(e),
                    "lineno": getattr(e, "lineno", None), "offset": getattr(e, "offset", None)})
    except (RecursionError, MemoryError) as e:
        out.append({"ok": False, "type": type(e).__name__, "msg": str(e)})
print(json.dumps(out))
`;
const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const theirs: Verdict[] = JSON.parse(execFileSync(python, ["-c", pyScript, input, COMPILE ? "compile" : "parse"], { encoding: "utf8", maxBuffer: 1 << 28 }));

let leaks = 0, slow = 0, disagree = 0, shown = 0;
const t0 = performance.now();
cases.forEach((c, i) => {
  let ours: Verdict;
  const start = performance.now();
  try {
    const r = COMPILE ? Py_CompileBytes(c.source, "<fuzz>", "exec") : _PyParser_ASTFromFile(c.source, "<fuzz>", "exec");
    ours = r instanceof PyFrontEndError
      ? { ok: false, type: r.type, msg: r.msg, lineno: r.syntax?.lineno, offset: r.syntax?.offset }
      : { ok: true };
  } catch (e) {
    leaks++;
    if (shown++ < SHOW) console.log(`LEAK case ${i} (from ${c.origin}): ${(e as Error)?.stack ?? e}`);
    return;
  }
  const ms = performance.now() - start;
  if (ms > SLOW_MS) { slow++; if (shown++ < SHOW) console.log(`SLOW case ${i} (from ${c.origin}): ${ms.toFixed(0)} ms`); }
  const ref = theirs[i];
  const same = ref.ok === ours.ok && (ref.ok || (ref.type === ours.type && ref.msg === ours.msg &&
    (ref.lineno ?? 0) === (ours.lineno ?? 0) && (ref.offset ?? 0) === (ours.offset ?? 0)));
  if (!same) {
    disagree++;
    if (shown++ < SHOW) {
      const file = path.join(dir, `case${i}.py`);
      writeFileSync(file, c.source);
      console.log(`DIFF ${file} (from ${c.origin})\n  cpython: ${JSON.stringify(ref)}\n  typhon:  ${JSON.stringify(ours)}`);
    }
  }
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`${CASES} cases in ${seconds} s: ${leaks} leaks, ${slow} slow (> ${SLOW_MS} ms), ${disagree} disagreements with CPython`);
console.log(`${CASES - leaks - slow - disagree} passed, ${leaks + slow + disagree} failed`);
