# compile() of AST objects: parsed trees round-trip, hand-built trees run, modes and flags.
import ast

L, S = ast.Load(), ast.Store()

# A parsed tree compiles to the same behaviour as its source.
src = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class C:
    x = [fib(i) for i in range(10)]
    def m(self, *args, k=2, **kw):
        return sum(args) * k, sorted(kw)

try:
    1 / 0
except ZeroDivisionError as e:
    err = type(e).__name__
result = (C.x, C().m(1, 2, k=3, z=1, y=2), err, f"{fib(20):>8}", {i: i * i for i in range(4)})
"""
g = {}
exec(compile(ast.parse(src), "<ast>", "exec"), g)
print(g["result"])

# The code object keeps the tree's positions and the filename.
code = compile(ast.parse("x = 1\ny = 2\n"), "file.py", "exec")
print(code.co_filename, code.co_firstlineno, list(code.co_lines())[-1][2])

# A tree built by hand.
tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="add",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], kwonlyargs=[], kw_defaults=[], defaults=[ast.Constant(10)]),
            body=[ast.Return(ast.BinOp(ast.Name("a", L), ast.Add(), ast.Name("b", L)))],
            decorator_list=[],
        ),
        ast.Assign([ast.Name("r", S)], ast.Call(ast.Name("add", L), [ast.Constant(5)], [])),
        ast.Assign([ast.Tuple([ast.Name("p", S), ast.Name("q", S)], S)], ast.Tuple([ast.Constant(1), ast.Constant((2, 3))], L)),
    ],
    type_ignores=[],
)
ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, "<hand>", "exec"), ns)
print(ns["r"], ns["p"], ns["q"])

# eval and single modes.
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<e>", "eval")))
print(eval(compile(ast.parse("[x * 2 for x in (1, 2, 3)]", mode="eval"), "<e>", "eval")))
i = ast.parse("y = 40 + 2\n", mode="single")
ns = {}
exec(compile(i, "<i>", "single"), ns)
print(ns["y"])

# Constants of every allowed type, nested in tuples and frozensets.
for value in [None, ..., True, 1, 2**100, 1.5, 2j, "s", b"b", (1, ("a", None)), frozenset({1})]:
    expr = ast.Expression(ast.Constant(value))
    ast.fix_missing_locations(expr)
    print(repr(eval(compile(expr, "<c>", "eval"))))

# flags=PyCF_ONLY_AST gives back the tree; an AST source with ONLY_AST comes back as is.
t = compile("a = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
print(type(compile("a", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(type(compile("(a) -> b", "<s>", "func_type", ast.PyCF_ONLY_AST)).__name__)

# Mode and node type must agree.
for tree, mode in [(ast.parse("x"), "eval"), (ast.parse("x", mode="eval"), "exec"), (ast.parse("x"), "single"),
                   (ast.parse("(a) -> b", mode="func_type"), "exec")]:
    try:
        compile(tree, "<m>", mode)
    except TypeError as err:
        print("TypeError", err)
for bad in [(ast.parse("x"), "func_type", 0), ("x", "bogus", 0), ("x", "bogus", ast.PyCF_ONLY_AST), (5, "exec", 0)]:
    try:
        compile(bad[0], "<m>", bad[1], bad[2])
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

# Errors the compiler finds in a valid tree are SyntaxErrors with the tree's positions.
for src in ["return 1", "def f():\n    nonlocal q", "break", "x = yield 1"]:
    try:
        compile(ast.parse(src), "<syn>", "exec")
    except SyntaxError as err:
        print("SyntaxError", err.msg, err.lineno, err.offset, err.filename)

# optimize removes asserts and docstrings as for source.
t = ast.parse("def f():\n    'doc'\n    assert False\n    return 1")
ns = {}
exec(compile(t, "<o>", "exec", optimize=2), ns)
print(ns["f"](), ns["f"].__doc__)
ns = {}
exec(compile(ast.parse("def f():\n    'doc'\n    return 1"), "<o>", "exec"), ns)
print(ns["f"].__doc__)

# top-level await needs the flag; future flags reach the compiler.
try:
    compile(ast.parse("await x"), "<a>", "exec")
except SyntaxError as err:
    print("SyntaxError", err.msg)
c = compile(ast.parse("await x"), "<a>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(c.co_flags & 0x80 != 0)
import __future__
c = compile(ast.parse("def f(a: undefined_name): pass"), "<a>", "exec", flags=__future__.annotations.compiler_flag)
ns = {}
exec(c, ns)
print(ns["f"].__annotations__)

# unparse of parsed trees.
for src in ["x = (1 + 2) * 3", "def f(a, /, b=2, *, c):\n    return a if b else c", "f'{x!r:>{w}}'", "class C(B, metaclass=M):\n    pass",
            "with a as b, c as (d, e):\n    pass", "lambda: (yield)", "match x:\n    case [1, *r] | {'k': _}:\n        pass"]:
    print(ast.unparse(ast.parse(src)))
