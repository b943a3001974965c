# compile() of malformed trees: obj2ast's messages (missing fields, wrong types) and the
# validator's (Python/ast.c), in CPython's order.
import ast

L, S, D = ast.Load(), ast.Store(), ast.Del()


def run(label, tree, mode="exec", fix=True):
    if fix:
        ast.fix_missing_locations(tree)
    try:
        compile(tree, "<v>", mode)
        print(label, "ok")
    except (TypeError, ValueError, RecursionError, SyntaxError, RuntimeError, OverflowError) as e:
        print(label, type(e).__name__, str(e).split(" at 0x")[0])


def mod(*stmts):
    return ast.Module(list(stmts), [])


def expr(e):
    return ast.Expression(e)


N = lambda name, ctx=L: ast.Name(name, ctx)
C = ast.Constant
args0 = lambda: ast.arguments([], [], None, [], [], None, [])

# -- obj2ast: missing and mistyped fields ---------------------------------------------------
run("no lineno", ast.Expression(ast.Name("x", L)), "eval", fix=False)
run("no col", ast.Expression(ast.Name("x", L, lineno=1)), "eval", fix=False)
run("no ctx", expr(ast.Name("x")), "eval")
run("ctx None", expr(ast.Name("x", None)), "eval")
run("ctx class", expr(ast.Name("x", ast.Load)), "eval")
run("ctx wrong", expr(ast.Name("x", ast.Add())), "eval")
run("id int", expr(ast.Name(1, L)), "eval")
run("id None", expr(ast.Name(None, L)), "eval")
run("left None", expr(ast.BinOp(None, ast.Add(), C(1))), "eval")
run("op str", expr(ast.BinOp(C(1), "+", C(1))), "eval")
run("body int", ast.Module(5, []))
run("body tuple", ast.Module((ast.Pass(),), []))
run("no type_ignores", ast.Module([]))
run("not a node", expr(5), "eval", fix=False)
run("stmt not node", mod(ast.Pass(), "x"))
run("expr not node", mod(ast.Expr(ast.Pass())))
run("lineno str", expr(ast.Name("x", L, lineno="a", col_offset=0)), "eval", fix=False)
run("lineno big", expr(ast.Name("x", L, lineno=2**40, col_offset=0)), "eval", fix=False)
run("lineno bool", expr(ast.Constant(1, lineno=True, col_offset=False)), "eval", fix=False)
run("end None ok", expr(ast.Constant(1, lineno=1, col_offset=0, end_lineno=None, end_col_offset=None)), "eval", fix=False)
run("type_comment int", mod(ast.Assign([N("x", S)], C(1), 5)))
run("kind bytes", expr(ast.Constant(1, b"u")), "eval")
run("arg None", mod(ast.FunctionDef("f", ast.arguments([], [ast.arg(None)], None, [], [], None, []), [ast.Pass()], [])))
run("args missing", mod(ast.FunctionDef("f", body=[ast.Pass()], decorator_list=[])))
run("is_async str", expr(ast.ListComp(N("x"), [ast.comprehension(N("x", S), N("y"), [], "no")])), "eval")
run("level None ok", mod(ast.ImportFrom("m", [ast.alias("x")], None)))
run("module None ok", mod(ast.ImportFrom(None, [ast.alias("x")], 1)))
run("tag None", ast.Module([], [ast.TypeIgnore(1, None)]))
run("alias no name", mod(ast.Import([ast.alias(None)])))

# -- the validator: expressions --------------------------------------------------------------
run("store const", mod(ast.Assign([C(1)], C(2))))
run("load in store", mod(ast.Assign([N("x", L)], C(2))))
run("store in load", expr(N("x", S)), "eval")
run("del attr ok", mod(ast.Delete([ast.Attribute(N("a"), "b", D)])))
run("None name", expr(N("None")), "eval")
run("True name", mod(ast.Assign([N("True", S)], C(1))))
run("boolop 1", expr(ast.BoolOp(ast.And(), [C(1)])), "eval")
run("dict lens", expr(ast.Dict([C(1)], [])), "eval")
run("dict None key ok", expr(ast.Dict([None], [N("m")])), "eval")
run("dict None value", expr(ast.Dict([C(1)], [None])), "eval")
run("comp no gens", expr(ast.ListComp(N("x"), [])), "eval")
run("comp target load", expr(ast.SetComp(N("x"), [ast.comprehension(N("x"), N("y"), [], 0)])), "eval")
run("compare none", expr(ast.Compare(C(1), [], [])), "eval")
run("compare lens", expr(ast.Compare(C(1), [ast.Lt()], [C(2), C(3)])), "eval")
run("compare order", expr(ast.Compare(N("x", S), [ast.Lt()], [N("y", S)])), "eval")
run("list None", expr(ast.List([None], L)), "eval")
run("starred store", mod(ast.Assign([ast.Starred(N("x", L), S)], C(1))))
run("const list", expr(C([1])), "eval")
run("const set", expr(C({1})), "eval")
run("const in tuple", expr(C((1, [2]))), "eval")
run("const str sub", expr(C(type("S", (str,), {})("x"))), "eval")
run("const int sub", expr(C(type("I", (int,), {})(1))), "eval")
run("const ok", expr(C(frozenset({(1, 2.5), "a"}))), "eval")
run("lambda defaults", expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [C(1)]), C(1))), "eval")
run("kwdefaults", expr(ast.Lambda(ast.arguments([], [], None, [ast.arg("k")], [], None, []), C(1))), "eval")
run("kwdefaults None ok", expr(ast.Lambda(ast.arguments([], [], None, [ast.arg("k")], [None], None, []), C(1))), "eval")
run("annotation store", mod(ast.FunctionDef("f", ast.arguments([], [ast.arg("a", N("int", S))], None, [], [], None, []), [ast.Pass()], [])))
run("fstring", expr(ast.JoinedStr([ast.FormattedValue(N("x", S), -1, None)])), "eval")
run("yield none ok", mod(ast.FunctionDef("f", args0(), [ast.Expr(ast.Yield(None))], [])))
run("slice", expr(ast.Subscript(N("x"), ast.Slice(N("a", S)), L)), "eval")
run("namedexpr", expr(ast.NamedExpr(N("x", S), N("y", S))), "eval")

# -- the validator: statements ---------------------------------------------------------------
run("empty body If", mod(ast.If(C(1), [], [])))
run("empty body FunctionDef", mod(ast.FunctionDef("f", args0(), [], [])))
run("empty body AsyncFunctionDef", mod(ast.AsyncFunctionDef("f", args0(), [], [])))
run("empty body ClassDef", mod(ast.ClassDef("C", [], [], [], [])))
run("empty body For", mod(ast.For(N("i", S), N("x"), [], [])))
run("empty body While", mod(ast.While(C(1), [], [])))
run("empty targets", mod(ast.Assign([], C(1))))
run("empty del", mod(ast.Delete([])))
run("empty with", mod(ast.With([], [ast.Pass()])))
run("with store", mod(ast.With([ast.withitem(N("a"), N("b", L))], [ast.Pass()])))
run("None stmt", mod(None))
run("annassign", mod(ast.AnnAssign(ast.Attribute(N("a"), "b", S), N("int"), None, 1)))
run("annassign ok", mod(ast.AnnAssign(ast.Attribute(N("a"), "b", S), N("int"), None, 0)))
run("raise cause", mod(ast.Raise(None, N("e"))))
run("try empty", mod(ast.Try([ast.Pass()], [], [], [])))
run("try orelse", mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
run("trystar empty", mod(ast.TryStar([ast.Pass()], [], [], [])))
run("handler body", mod(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])))
run("import empty", mod(ast.Import([])))
run("importfrom level", mod(ast.ImportFrom("m", [ast.alias("x")], -1)))
run("importfrom empty", mod(ast.ImportFrom("m", [], 0)))
run("global empty", mod(ast.Global([])))
run("nonlocal empty", mod(ast.Nonlocal([])))
run("assert store", mod(ast.Assert(N("x", S), None)))
run("match no cases", mod(ast.Match(N("x"), [])))

# -- the validator: patterns -----------------------------------------------------------------
def case(p, guard=None):
    return mod(ast.Match(N("x"), [ast.match_case(p, guard, [ast.Pass()])]))

run("match value name", case(ast.MatchValue(N("y"))))
run("match value attr ok", case(ast.MatchValue(ast.Attribute(N("a"), "b", L))))
run("match value None", case(ast.MatchValue(C(None))))
run("match value neg ok", case(ast.MatchValue(ast.UnaryOp(ast.USub(), C(1)))))
run("match value complex ok", case(ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2j)))))
run("match value complex bad", case(ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2)))))
run("singleton", case(ast.MatchSingleton(1)))
run("singleton ok", case(ast.MatchSingleton(None)))
run("star here", case(ast.MatchStar("r")))
run("star in seq ok", case(ast.MatchSequence([ast.MatchStar("r")])))
run("capture _", case(ast.MatchAs(None, "_")))
run("as no name", case(ast.MatchAs(ast.MatchAs(), None)))
run("or one", case(ast.MatchOr([ast.MatchAs()])))
run("mapping lens", case(ast.MatchMapping([C(1)], [], None)))
run("mapping rest _", case(ast.MatchMapping([], [], "_")))
run("mapping key", case(ast.MatchMapping([N("k")], [ast.MatchAs()], None)))
run("mapping None key ok", case(ast.MatchMapping([C(None)], [ast.MatchAs()], None)))
run("class lens", case(ast.MatchClass(N("C"), [], ["a"], [])))
run("class cls", case(ast.MatchClass(ast.Call(N("C"), [], []), [], [], [])))
run("class kwd None", case(ast.MatchClass(N("C"), [], ["None"], [ast.MatchAs()])))
run("class ok", case(ast.MatchClass(ast.Attribute(N("m"), "C", L), [ast.MatchAs(None, "a")], ["k"], [ast.MatchAs()])))
run("guard store", case(ast.MatchAs(), N("g", S)))

# -- positions -------------------------------------------------------------------------------
p = ast.Pass(lineno=2, col_offset=0, end_lineno=1, end_col_offset=0)
run("lines backwards", mod(p), fix=False)
p = ast.Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)
run("cols backwards", mod(p), fix=False)
p = ast.Pass(lineno=-1, col_offset=0, end_lineno=2, end_col_offset=0)
run("negative line", mod(p), fix=False)
p = ast.Pass(lineno=1, col_offset=-1, end_lineno=1, end_col_offset=3)
run("negative col", mod(p), fix=False)
p = ast.Pass(lineno=-1, col_offset=-1, end_lineno=-1, end_col_offset=-1)
run("all negative ok", mod(p), fix=False)
a = ast.arg("a", lineno=3, col_offset=0, end_lineno=2, end_col_offset=0)
fd = ast.FunctionDef("f", ast.arguments([], [a], None, [], [], None, []), [ast.Pass(lineno=1, col_offset=0)], [], lineno=1, col_offset=0)
run("arg positions", mod(fd), fix=False)

# -- lists that change while being read, recursion -------------------------------------------
body = [ast.Pass(lineno=1, col_offset=0), ast.Pass(lineno=1, col_offset=0)]
class Evil(ast.Pass):
    @property
    def lineno(self):
        body.clear()
        return 1
    col_offset = 0
body.insert(0, Evil())
run("changed size", ast.Module(body, []), fix=False)

for depth in [100, 5000]:
    e = C(1, lineno=1, col_offset=0)
    for _ in range(depth):
        e = ast.UnaryOp(ast.Not(), e, lineno=1, col_offset=0)
    run("deep %d" % depth, expr(e), "eval", fix=False)

# A pattern's end positions are required (not `int?` as for expressions).
p = ast.MatchAs(None, "a", lineno=1, col_offset=0)
m = ast.Match(ast.Name("x", L, lineno=1, col_offset=0), [ast.match_case(p, None, [ast.Pass(lineno=1, col_offset=0)])], lineno=1, col_offset=0)
run("pattern no end", mod(m), fix=False)
print(hasattr(ast.pattern, "end_lineno"), hasattr(ast.expr, "end_lineno"), ast.MatchAs.name, ast.MatchAs.pattern)
