# ast.parse of a spread of constructs, dumped with positions (col offsets are UTF-8 bytes).
import ast

SOURCES = [
    "x = 1 + 2",
    "a, *b = c = d",
    "x: int = 5\ny: 'str'\nself.z: list[int] = []",
    "x += 1; y //= 2; z @= w",
    "del a[0], b.c, d",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n    return [j async for j in z]",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): pass",
    "lambda x, *y, z=3, **w: (x, y, z, w)",
    "[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h)",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "while x:\n    break\nelse:\n    continue",
    "for i, j in enumerate(k):\n    pass\nelse:\n    pass",
    "try:\n    f()\nexcept ValueError as e:\n    raise TypeError from e\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    f()\nexcept* ValueError:\n    pass",
    "with open(f) as g, h:\n    pass",
    "import a.b as c, d\nfrom .e import f as g, h\nfrom ... import i\nfrom j import *",
    "global x, y\nnonlocal z",
    "assert x, 'msg'",
    "f'{a!r:>{width}} and {b=} {c:{d}.{e}}'",
    "x = 'caf\u00e9' + \u00e9t\u00e9 + '\U0001f600'  # non-ASCII: byte offsets",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case (a as b) if b > 0: pass\n    case -1 | 1+2j | 'str' | b'b': pass\n    case True | False: pass",
    "a if b else c\nnot a and b or c\n-a ** ~b\na < b <= c != d is e is not f in g not in h",
    "x[1:2, ::3, ...]\nx[a:b:c]\ny = (yield)\nz = yield from w",
    "print(*args, sep='', **kw)\n(a := 10)",
    "b'bytes'; u'unicode'; 'a' 'b'; 1.5; 2j; 0xff; 10_000; None; True; False; ...",
    "{}\n[]\n()\n{1, 2}\n{**a, 'b': 1}\n[*a, *b]",
]

for src in SOURCES:
    print(ast.dump(ast.parse(src), include_attributes=True))

# The other modes.
print(ast.dump(ast.parse("a + b", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1\n", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type")))
print(ast.dump(ast.parse("(*int) -> None", mode="func_type")))

# Type comments.
tc = "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: int\n    for i in y:  # type: str\n        pass\nimport z  # type: ignore[foo]\n"
print(ast.dump(ast.parse(tc, type_comments=True), include_attributes=True))
print(ast.dump(ast.parse(tc)))

# indent and the -m ast layout.
print(ast.dump(ast.parse("def f(x):\n    return x * 2"), indent=3, include_attributes=True))

# Identity of the enumeration singletons.
t = ast.parse("a = b + c - d")
print(t.body[0].targets[0].ctx is ast.parse("q = 1").body[0].targets[0].ctx)
print(type(t.body[0].value.op).__name__, t.body[0].value.op is ast.Sub())

# Syntax errors come out as from compile().
for bad in ["x = (", "def f(:", "a b", "f'{'", "x = 1 +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# feature_version.
for fv in [(3, 4), (3, 5), 6, None, -1]:
    try:
        print(fv, ast.dump(ast.parse("x = 1_000", feature_version=fv)))
    except SyntaxError as e:
        print(fv, "SyntaxError", e.msg)

# bytes source and a coding cookie.
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")))
print(ast.dump(ast.parse("# -*- coding: latin-1 -*-\nx = '\xe9'\n")))  # a str's cookie is not obeyed
for src in ["x = 1\r\ny = 2", "a = \\\n  1", "\x0cx=1", "if 1:\n  x\n y", "\ufeffx = 1"]:
    try:
        print(ast.dump(ast.parse(src), include_attributes=True))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
print(ast.parse("x", "<file>", "eval").body.id)

# walk, literal_eval, get_docstring, get_source_segment, increment_lineno, copy_location.
tree = ast.parse("def f():\n    '''The doc.'''\n    return [1, (2, 3), {'a': None}]")
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print(ast.get_docstring(tree.body[0], clean=False))
ret = tree.body[0].body[1]
print(ast.get_source_segment("def f():\n    '''The doc.'''\n    return [1, (2, 3), {'a': None}]", ret.value))
print(ast.literal_eval("[1, (2, 3), {'a': None, 'b': -1.5e3}, {1, 2}, b'x', 3+4j, ...]"))
print(ast.literal_eval(ast.parse("(1, 'two')", mode="eval")))
for bad in ["f(x)", "a + b", "[1, x]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e)[:40])
ast.increment_lineno(tree, 10)
print(tree.body[0].lineno, tree.body[0].end_lineno, ret.lineno)
new = ast.copy_location(ast.Name("z", ast.Load()), ret.value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

# ast2obj's depth limit: three levels per allowed Python frame.
for n in [2900, 3100]:
    try:
        print(n, type(ast.parse("+".join(["a"] * n)).body[0].value).__name__)
    except RecursionError as e:
        print(n, "RecursionError", e)
