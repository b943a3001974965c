# Which ways of running source keep the parse's arena (and so one more reference to each
# literal constant) while the code runs: exec()/eval() of a string do (PyRun_StringFlags),
# a code object from compile() does not (compile() frees its arena before returning).
import sys
src = "big = 10**30 + 7\nprint('exec', sys.getrefcount(big))\n"
exec(src)
exec(compile(src, "<s>", "exec"))
exec(src.encode())
print("eval", eval("sys.getrefcount(12345678901234567890123)"))
print("eval code", eval(compile("sys.getrefcount(12345678901234567890123)", "", "eval")))
g = {"sys": sys}
exec("x = 'not interned string!'\nprint(sys.getrefcount(x))\ndef f():\n    y = 1.25 * 2.5\n    return sys.getrefcount(y)\nprint(f())", g)
print("after exec", g["f"]())
g2 = {"sys": sys}
exec("def f():\n    y = 1.25 * 2.5\n    return sys.getrefcount(y)\n", g2)
print("first call after exec", g2["f"]())
d = {"key one!": 1, "key two!": 2}
print("const keys", sys.getrefcount(list(d)[0]))
t = ((1.5, "x y"), 4.5)
print("folded tuple", sys.getrefcount(t), sys.getrefcount(t[0]), sys.getrefcount(t[0][1]))
print("same literal twice", sys.getrefcount("dup string!"), sys.getrefcount("dup string!"))
s = {"set item one!", "set item two!", "set item three!"}
print("set display items", sorted(sys.getrefcount(i) for i in s))
print("in frozenset", 2.5 in {0.5, 1.5, 2.5})
def docs():
    "a docstring, not interned"
    return sys.getrefcount(docs.__doc__)
print("docstring", docs())
class K:
    attr = "class attribute literal!"
print("class literal", sys.getrefcount(K.attr))
lam = lambda: "lambda literal!"
print("lambda literal", sys.getrefcount(lam()))
print("negative folded", sys.getrefcount(-123456789012345678901))
print("bytes", sys.getrefcount(b"some bytes literal"))
print("complex", sys.getrefcount(3.5j))
print("f-string part", sys.getrefcount(f"{'abc def'}"))
