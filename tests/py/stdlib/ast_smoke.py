import ast
tree = ast.parse("x = 1 + 2 * y\ndef f(a, b=2):\n    return a + b\n")
print(ast.dump(tree))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.literal_eval("[1, 2.5, 'a', (True, None), {'k': -3}]"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
print(ast.unparse(tree))
names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
print(names)
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
t2 = ast.fix_missing_locations(Renamer().visit(ast.parse("a = b + c")))
print(ast.unparse(t2))
code = compile(t2, "<ast>", "exec")
ns = {"B": 1, "C": 2}
exec(code, ns)
print(ns["A"])
print(ast.get_docstring(ast.parse('def g():\n    "doc here"\n    pass').body[0]))
e = ast.parse("1 + 2", mode="eval")
print(type(e).__name__, eval(compile(e, "<e>", "eval")))
class V(ast.NodeVisitor):
    def __init__(self): self.n = 0
    def visit_Constant(self, node): self.n += 1
v = V(); v.visit(tree); print(v.n)
try:
    ast.parse("x = ")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
print(ast.iter_fields(ast.Name(id="z", ctx=ast.Load())).__class__.__name__)
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name(id="z", ctx=ast.Load()))])
