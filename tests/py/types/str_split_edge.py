# split/rsplit/splitlines edge cases: maxsplit, empty strings, whitespace kinds and separators.
cases = ["", " ", "a", " a b  c ", "a,b,,c,", ",", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x85j\u2028k\u3000l", "a b"]
for s in cases:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("a  b  c".split(" "), "a  b  c".split("  "), "aaa".split("a"), "abcabc".split("bc"), "x".split("x"))
print("1,2,3,4".split(",", 0), "1,2,3,4".split(",", -1), "1,2,3,4".rsplit(",", 2), "  a  b  ".rsplit(maxsplit=1))
print(" a b ".split(maxsplit=0), " a b ".rsplit(maxsplit=0), "a b".split(sep=None, maxsplit=5))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".rsplit("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "x\r".splitlines(True), "a\r\n\r\nb".splitlines())
print(b"a\x0bb\nc\r\nd".splitlines(), b"a\x85b".splitlines())
