# re: split, sub/subn with literal, template and function replacements, findall,
# finditer, expand, empty matches.
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "one two"))
print(re.split(r"", "abc"))
print(re.split(r"(?=b)", "abab"))
print(re.split(r"\s+", "  lead and trail  "))
print(re.split(r"z", "abc"))
print(re.split(r"a", ""))
print(re.compile(r"\d").split("a1b2c3", 0), re.compile(r"\d").split("a1b2c3", -1))

print(re.sub(r"\d", "#", "a1b22c333"))
print(re.sub(r"\d+", "#", "a1b22c333", count=2))
print(re.subn(r"\d", "#", "a1b22c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "alice@example bob@site"))
print(re.sub(r"(?P<a>\w)(?P<b>\w)", r"\g<b>\g<a>", "abcdef"))
print(re.sub(r"(\w)", r"\g<1>\g<0>", "abc"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", "\\n", "axb")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"\b", "|", "hi there"))
print(re.sub(r"a", lambda m: m.group().upper() * 2, "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"(\d)", lambda m: "<" + m.group(1) + ">", "1a2"))
print(re.sub(r"(?P<w>\w+)", lambda m: m.group("w")[::-1], "hello world"))
print(re.sub(r"a", "b", "aaa", 0), re.sub(r"a", "b", "aaa", 1))
print(re.sub("(?i)HELLO", "bye", "Hello hello"))
print(re.sub(r"[aeiou]", "", "programming"))
print(re.sub(r"(\d+)", r"\1\1", "a1b23"))
p = re.compile(r"(\w+) (\w+)")
print(p.sub(r"\2 \1", "hello world foo bar"), p.subn(r"\2 \1", "x y", count=1))
m = p.match("hello world")
print(m.expand(r"\2-\1"), m.expand(r"\g<0>!"), m.expand(b"x".decode()))

for repl in (r"\3", r"\g<nope>", r"\g<1", "\\", r"\g<-1>", r"\x"):
    try:
        print(re.sub(r"(a)(b)", repl, "ab"))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 42, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", 42, "a")
except TypeError as e:
    print("TypeError", e)
print(re.sub("a", lambda m: None if False else "", "banana"))

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1b2c"))
print(re.findall(r"(\w)=(\d)?", "a=1 b="))
print(re.findall(r"(a)|b", "ab"))
print(re.findall(r"", "ab"))
print(re.findall(r"\b\w", "hello big world"))
print([m.group() for m in re.finditer(r"\w+", "one two  three")])
print([(m.start(), m.end()) for m in re.finditer(r"a*", "baaac")])
it = re.finditer(r"\d", "1a2")
print(next(it).span(), next(it).span(), next(it, "done"))
print(re.compile(r"o").findall("foo boo", 2), re.compile(r"o").findall("foo boo", 2, 5))
print([m.span() for m in re.compile(r"o").finditer("foo boo", 3)])

# Escape and purge helpers that rely on the engine.
print(re.escape("a.b*c"), re.findall(re.escape("1+1=2"), "is 1+1=2?"))
