// @typhon ast_dump and the generated node classes, without our parser: python3 parses
// snippets that together use every node class, serialises each tree to JSON, and the test
// rebuilds it with the generated constructors (fields in ASDL order, then attributes) and
// compares our dump with python3's ast.dump(tree, include_attributes=True, indent=3).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as ast from "../../src/Python/Python-ast.generated.ts";
import { ast_dump } from "../../src/Inspect/ast_dump.ts";
import {
  None, Ellipsis, PyBytes, PyComplex, type ConstantValue,
} from "../../src/Include/ast_constant.ts";

const SNIPPETS = [
  "x = 1\ny: int = 2\nz += 3\ndel a, b[0], c.d\n",
  "import os.path as p, sys\nfrom . import x\nfrom ..m import (a as b, c)\nfrom m import *\n",
  "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    global g\n    return a\n",
  "async def g():\n    await x\n    async for i in y: pass\n    async with a as b, c: pass\n    yield\n    yield from z\n",
  "@dec\nclass C(B, metaclass=M):\n    def m(self): nonlocal_free = lambda q, *r, s=1, **t: q\n",
  "for i in range(3):\n    continue\nelse:\n    break\nwhile x:\n    pass\nelse:\n    pass\n",
  "if a and b or not c:\n    pass\nelif -d + ~e * +f:\n    pass\nelse:\n    raise E from F\n",
  "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    assert x, 'm'\n",
  "try:\n    pass\nexcept* (A, B) as g:\n    pass\n",
  "with open(f) as (a, b): pass\n",
  "x = [i for i in y if i] + {k: v for k, v in z} | {s for s in t} ^ list(g for g in h)\n",
  "x = a if b else c\ny = (n := 10)\nz = f(*args, k=1, **kw)\nw = x[1:2:3, ::2, ...]\n",
  "x = a < b <= c > d >= e == f != g is h is not i in j not in k\n",
  "x = a @ b / c % d ** e << f >> g & h // i - j\nx @= 1\nx //= 2\nx **= 3\nx >>= 4\nx <<= 5\nx |= 6\nx &= 7\nx ^= 8\nx %= 9\nx /= 1\nx -= 2\nx *= 3\n",
  "x = f'{a!r:>{w}} {b=} {c!s} {d!a}' 'lit' \nb = b'\\x00\\xff\"' + rb'raw'\nu = u'uni'\n",
  "x = (1, 2.5, 3j, -0.0, 1e300 * 10, 10**30, True, False, None, ..., 'caf\\u00e9 \\U0001f600 \\u200b')\n",
  "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case (a as b) if b > 0: pass\n    case -1 | 1.5 | 2+3j | 'x' | b'y' | True: pass\n    case C.D(): pass\n    case [*_]: pass\n",
  "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        return {v, 2}\n",
  "x = {**a, 'b': 1}\ny = [*a, *b]\n(*a, b) = c\nprint(*[1], sep='')\n",
];

const SERIALISE = String.raw`
import ast, json, sys
def enc(v):
    if isinstance(v, ast.AST):
        d = {"_type": type(v).__name__}
        for f in v._fields + v._attributes:
            d[f] = enc(getattr(v, f, None))
        return d
    if isinstance(v, list): return [enc(x) for x in v]
    if v is None: return {"$": "None"}
    if v is ...: return {"$": "Ellipsis"}
    if isinstance(v, bool): return {"$": "bool", "v": v}
    if isinstance(v, int): return {"$": "int", "v": str(v)}
    if isinstance(v, float): return {"$": "float", "v": repr(v)}
    if isinstance(v, complex): return {"$": "complex", "v": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes): return {"$": "bytes", "v": list(v)}
    if isinstance(v, str): return {"$": "str", "v": v}
    raise TypeError(type(v))
out = []
for src in json.load(sys.stdin):
    tree = ast.parse(src)
    out.append({"tree": enc(tree), "dump": ast.dump(tree, include_attributes=True, indent=3),
                "types": sorted({type(n).__name__ for n in ast.walk(tree)} | {type(getattr(n, "ctx", None)).__name__ for n in ast.walk(tree)})})
print(json.dumps(out))
`;

const pyFloat = (s: string) => (s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s));

/** Rebuilds a node (or value) from the JSON python3 wrote, through the generated constructors. */
function rebuild(v: unknown, fieldType = ""): unknown {
  if (Array.isArray(v)) return v.map((x) => rebuild(x, fieldType));
  const o = v as Record<string, unknown>;
  if ("$" in o) {
    switch (o.$) {
      case "None": return fieldType === "constant" ? None : null;
      case "Ellipsis": return Ellipsis;
      case "bool": return o.v as boolean;
      case "int": return fieldType === "int" ? Number(o.v) : BigInt(o.v as string);
      case "float": return pyFloat(o.v as string);
      case "complex": { const [r, i] = o.v as string[]; return new PyComplex(pyFloat(r), pyFloat(i)); }
      case "bytes": return new PyBytes(Uint8Array.from(o.v as number[]));
      case "str": return o.v as string;
    }
  }
  const name = o._type as string;
  const cls = (ast as unknown as Record<string, unknown>)[ast.nodeClassName(name)] as (new (...a: unknown[]) => ast.AST) & {
    _fields: readonly string[]; _attributes: readonly string[]; _fieldTypes: readonly string[];
  };
  if (ast.SIMPLE_SUMS.some((s) => ((ast as unknown as Record<string, readonly string[]>)[`${s}_names`]).includes(name))) return name;
  const args = cls._fields.map((f, i) => rebuild(o[f], cls._fieldTypes[i]));
  for (const a of cls._attributes) args.push(rebuild(o[a], "int"));
  return new cls(...args);
}

test("ast_dump equals python3's ast.dump on rebuilt trees covering every node class", () => {
  const results: { tree: unknown; dump: string; types: string[] }[] = JSON.parse(
    execFileSync("python3", ["-c", SERIALISE], { input: JSON.stringify(SNIPPETS), encoding: "utf8", maxBuffer: 1 << 26 }),
  );
  const seen = new Set<string>();
  results.forEach((r, i) => {
    r.types.forEach((t) => seen.add(t));
    assert.equal(ast_dump(rebuild(r.tree) as ast.AST, true, 3), r.dump, `snippet ${i}`);
  });
  // Every concrete node class except those that only other parse modes produce.
  const concrete = Object.keys(ast).filter((k) => {
    const c = (ast as unknown as Record<string, unknown>)[k];
    return typeof c === "function" && (c as { prototype: object }).prototype instanceof ast.AST &&
      Object.getOwnPropertyDescriptor((c as { prototype: object }).prototype, "_type");
  });
  const otherModes = new Set(["Interactive", "Expression", "FunctionType", "TypeIgnore"]);
  const missing = concrete.filter((c) => !seen.has(c === "arguments_" ? "arguments" : c) && !otherModes.has(c));
  assert.deepEqual(missing, [], "node classes no snippet covers");
});
