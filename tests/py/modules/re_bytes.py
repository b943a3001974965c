# re: bytes and bytearray subjects, bytes patterns, LOCALE, mixing errors.
import re

print(re.findall(rb"\w+", b"hello w\xf6rld 42"))
print(re.findall(rb"(?i)ab", b"AB ab aB"))
print(re.findall(rb"[\x80-\xff]+", b"abc\xe9\xe8d"))
print(re.match(rb"(\d+)-(\d+)", b"12-34").groups())
print(re.sub(rb"\s+", b" ", b"a  b\t\tc"))
print(re.sub(rb"(\w+)", rb"<\1>", b"ab cd"))
print(re.sub(rb"a", lambda m: m.group() * 3, b"banana"))
print(re.split(rb",", b"a,b,,c"))
print(re.search(rb"b+", bytearray(b"abbbc")))
m = re.search(rb"b+", bytearray(b"abbbc"))
print(m.group(), type(m.group()), m.string)
print(re.match(rb".", memoryview(b"xyz")) if False else "skip")
print(re.fullmatch(rb"\d+", b"123"), re.fullmatch(rb"\d+", b"12a"))
print(re.findall(rb"(?L)\w+", b"caf\xe9"))
print(re.findall(rb"(?i)\xe9", b"\xc9\xe9"))
print(re.findall(rb"\s", b" \t\n\x0b\x0c\r\x1c"))
print(re.compile(rb"x", re.I).flags, re.compile(rb"x").flags)
print(repr(re.compile(rb"a\x00b")))
print(re.match(rb"a", b"a").span())
for pat, s in [("a", b"a"), (b"a", "a"), ("a", 1), (b"a", None), ("a", ["a"])]:
    try:
        print(re.search(pat, s))
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(b"\\w", re.U)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("\\w", re.L)
except ValueError as e:
    print("ValueError", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)
print(re.sub(b"a", bytearray(b"x"), b"aba"))
