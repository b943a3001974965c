import re
m = re.match(r"(\w+) (?P<last>\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m["last"], m.groups(), m.groupdict(), m.span(2), m.start(), m.end())
print(re.findall(r"\d+", "a1b22c333"), [x.group() for x in re.finditer(r"[aeiou]", "banana")], re.split(r"[,;]\s*", "a, b;c"))
print(re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "x1 y22"), re.sub(r"(a)(b)", r"\2\1", "abab"), re.subn("a", "o", "banana"))
p = re.compile(r"^\s*#(.*)$", re.M); print(p.findall("x\n # c1\n#c2"), p.pattern, p.flags & re.M != 0)
print(re.search(r"(?i)HELLO", "say hello").group(), re.fullmatch(r"\d{3}", "123") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.escape("a.b*c"), re.match(r"(?:x)(y)?", "x").group(1), re.match(r"a|b", "c"), re.search(r"(?<=a)b", "ab").group())
print(re.findall(r"(\w)(\d)", "a1 b2"), re.sub(r"\s+", " ", "a   b \t c"), re.match(r".", "\n", re.S).group() == "\n")
print(re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)").sub(r"\g<m>/\g<y>", "2024-05"), re.search(r"\bfoo\b", "a foo b").span())
try:
    re.compile("(")
except re.error as e:
    print("error", e)
print(repr(re.compile("ab+")), repr(re.match("a", "a")))
