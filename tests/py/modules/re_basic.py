# re: match / fullmatch / search, groups, named groups, Match and Pattern objects.
import re

def show(m):
    if m is None:
        print("None")
    else:
        print(repr(m), m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)

show(re.match(r"abc", "abcdef"))
show(re.match(r"abc", "xabc"))
show(re.search(r"abc", "xxabcx"))
show(re.fullmatch(r"abc", "abc"))
show(re.fullmatch(r"abc", "abcd"))
show(re.fullmatch(r"a|ab", "ab"))
show(re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok"))
show(re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe"))
show(re.match(r"(a)(b)?(c)", "ac"))
show(re.match(r"(a)|(b)", "b"))
show(re.match(r"((a)|b)+", "ab"))
show(re.search(r"", "abc"))
show(re.search(r"$", "abc"))

m = re.match(r"(?P<key>\w+)=(?P<value>\w*)", "color=blue; size=")
print(m.group(0), m.group(1), m.group("key"), m.group(1, 2), m.group("key", 2))
print(m["value"], m[0], m.start(), m.end(), m.start(2), m.end("value"), m.span("key"))
print(m.regs, m.pos, m.endpos, m.string, m.re)
print(m.expand(r"\g<value>:\1:\g<0>"))
print(m.groups(), m.groupdict(), bool(m))
m2 = re.match(r"(a)(x)?", "a")
print(m2.groups(), m2.groups("-"), m2.groupdict("d"), m2.span(2), m2.start(2), m2.group(2))
m3 = re.match(r"(?P<a>a)(?P<b>x)?", "a")
print(m3.groupdict(), m3.groupdict(default=0), m3.lastgroup)

for bad in (3, -1, "nope", 1.5, None):
    try:
        print(m.group(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.start(1, 2)
except TypeError as e:
    print("TypeError", e)

p = re.compile(r"(?P<word>\w+)\s*", re.I | re.M)
print(repr(p), p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(repr(re.compile("a")), repr(re.compile(b"a")), repr(re.compile("a", re.S | re.X | re.A)))
print(repr(re.compile("x" * 300))[:30], len(repr(re.compile("x" * 300))))
print(repr(re.compile(b"x", re.L)))
print(repr(re.compile("a", re.U)), re.compile("a", re.U).flags)
print(p.match("Hello World"), p.match("Hello World", 6), p.match("Hello World", 6, 8))
print(p.search("  hi", pos=1), p.search("  hi", endpos=2), p.fullmatch("ab ", 0, 3))
print(p.match("abc", -5, 100), p.search("abc", 10))
print(re.match("x", "x").re is re.compile("x"))

print(repr(re.match(".*", "a" * 100)))
print(repr(re.match(".*", "quote's \"x\"")))
print(repr(re.match(b".+", b"bytes\x00")))

# Match objects are not subclassable, Pattern cannot be instantiated.
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError", e)
print(re.Pattern, re.Match, type(p.scanner("x")))
print(re.Pattern[str], re.Match[bytes])

# Scanner
sc = re.compile(r"\d").scanner("a1b22")
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r"\d").scanner("12a3")
print(sc.match(), sc.match(), sc.match(), sc.match())
print(sc.pattern)

# lastindex / lastgroup
for pat, s in [(r"(a)b", "ab"), (r"((a)b)", "ab"), (r"(a)(b)", "ab"), (r"(?P<x>a)|(?P<y>b)", "b"), (r"a", "a")]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)
