# The node classes of _ast: layout, constructors (with CPython's errors), defaults, pickling.
import _ast
import ast

print([k for k in _ast.__dict__ if not k.startswith("__")][:12])
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.AST, ast.AST.__module__, ast.AST.__name__, ast.AST._fields, ast.AST._attributes)
print(ast.BinOp.__mro__)
print(ast.BinOp._fields, ast.BinOp.__match_args__, ast.BinOp._attributes)
for name in ["mod", "expr_context", "Load", "arguments", "arg", "keyword", "ExceptHandler", "TypeIgnore", "Pass", "pattern"]:
    cls = getattr(ast, name)
    print(name, repr(cls.__doc__), cls._fields)
print(ast.stmt.__doc__)
print(sorted(k for k in ast.expr.__dict__ if not k.startswith("__")))
print(sorted(k for k in ast.arg.__dict__ if not k.startswith("__")))
print(ast.FunctionDef.returns, ast.FunctionDef.type_comment, ast.expr.end_lineno, ast.arguments.vararg)
print(hasattr(ast.Name, "ctx"), hasattr(ast.Name, "lineno"))
print(issubclass(ast.Add, ast.operator), issubclass(ast.Name, ast.expr), issubclass(ast.expr, ast.AST))
print(isinstance(ast.Load(), ast.expr_context), type(ast.Load()).__name__)

# Construction.
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(n), n.left.value, type(n.op).__name__)
n = ast.Name(id="x", ctx=ast.Load(), lineno=3, extra="kept")
print(n.id, n.lineno, n.extra, n.__dict__.keys())
n = ast.Name("y")
print(n.id, hasattr(n, "ctx"))
n = ast.Constant(value=None)
print(repr(n.value), n.kind)
print(ast.AST().__dict__, ast.Pass()._fields)
e = ast.AST(a=1, b=2)
print(e.a, e.b)

for make in [
    lambda: ast.BinOp(1, 2, 3, 4),
    lambda: ast.Name("x", ast.Load(), 5),
    lambda: ast.Pass(1),
    lambda: ast.Constant(1, value=2),
    lambda: ast.BinOp(1, 2, left=3),
    lambda: ast.AST(1),
    lambda: ast.Load(1),
    lambda: ast.comprehension(1, 2, 3, 4, 5),
]:
    try:
        make()
        print("no error")
    except TypeError as err:
        print("TypeError", err)

# The deprecated aliases in Lib/ast.py build on these classes.
for make in [lambda: ast.Num(1, n=2), lambda: ast.Str("s", s="t")]:
    try:
        make()
    except TypeError as err:
        print("TypeError", err)
print(type(ast.Num(3)).__name__, ast.Num(3).n, isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("a"), ast.Num))

# __reduce__ and copy.
import copy
t = ast.parse("f(x, y=1)")
print(t.__reduce__()[0], t.__reduce__()[1], sorted(t.__reduce__()[2]))
c = copy.deepcopy(t)
print(ast.dump(c, include_attributes=True) == ast.dump(t, include_attributes=True), c.body[0] is t.body[0])
r = t.__reduce__()
p = r[0](*r[1])
p.__dict__.update(r[2])
print(ast.dump(p) == ast.dump(t))
print(ast.Load().__reduce__())

# Subclasses and attribute changes.
class MyName(ast.Name):
    _fields = ("id", "ctx", "extra")
m = MyName("q", ast.Load(), "more")
print(m.extra, isinstance(m, ast.expr), MyName.__mro__[1].__name__)
d = ast.AST()
d.__dict__ = {"z": 5}
print(d.z)
try:
    d.__dict__ = 5
except TypeError as err:
    print("TypeError", err)

# __match_args__ drives class patterns.
match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(name), ast.Add(), ast.Constant(value)):
        print("matched", name, value)

# NodeVisitor / NodeTransformer / fix_missing_locations work on these classes.
class Upper(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)

tree = Upper().visit(ast.parse("a = b + c"))
print(ast.dump(tree))
class Count(ast.NodeVisitor):
    def __init__(self):
        self.n = 0
    def generic_visit(self, node):
        self.n += 1
        super().generic_visit(node)
cv = Count()
cv.visit(tree)
print(cv.n)
tree = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("hi")], []))], [])
ast.fix_missing_locations(tree)
print(ast.dump(tree, include_attributes=True))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name("x", ast.Load()))])
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse("a + b * c", mode="eval").body)])
