# re: re.error messages (from the Python compiler) and argument errors.
import re

for pat in ["(", ")", "[a", "a**", "*", "a{2,1}", "(?P<1>a)", "(?P<a>a)(?P<a>b)", r"\1",
            "(?<=a+)b", "(?z)", "[z-a]", r"\p", "(?P=nope)", "a{1,2}{3}", "(?", "x{99999999999}",
            "(?i", "(?#", "(?<", r"\N{NOPE}", "(?(1)a|b|c)", "+a", "a|*"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "->", e, "| pos", e.pos, e.lineno, e.colno)
    except Exception as e:
        print(pat, "->", type(e).__name__, e)
try:
    re.compile("a\n(b", re.X)
except re.error as e:
    print(e, e.pos, e.lineno, e.colno, repr(e.pattern), e.msg)

p = re.compile("a")
for call in [lambda: p.match(), lambda: p.match("a", "x"), lambda: p.match("a", 1.5),
             lambda: p.match("a", pos=0, bad=1), lambda: p.search("a", 0, 1, 2),
             lambda: p.split("a", maxsplit="x"), lambda: p.sub("x"), lambda: p.findall(1),
             lambda: p.match(string="a", pos=2 ** 70), lambda: re.compile("a", "b")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(p.match(string="a", pos=0, endpos=1))
print(p.sub(repl="b", string="a", count=1))
