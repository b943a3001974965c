# repr and ascii
vals = [1, -2.5, "text", "it's", 'say "x"', "both ' \"", "\n\t\r\\", "é", "日本", "\x00\x1f\x7f",
        b"bytes", b"\x00\xff'", None, True, [1, "a"], (1,), (), {"k": [1, 2]}, {1, 2}, set(),
        frozenset(), range(3), slice(1, 2), 1e100, float("inf"), 2 ** 70, -0.0, 3 + 4j, ..., NotImplemented]
for v in vals:
    print(repr(v), ascii(v))
print(repr("\u2028"), repr("\ud800"), ascii("\ud800"), repr("\U0001f600"), ascii("\U0001f600"))
print(repr(repr("a")), str(repr("a")), repr(str(1)))
print(repr(int), repr(str), repr(type), repr(ValueError), repr(len))
print(repr(ValueError("msg")), repr(KeyError("k")), repr(Exception()), repr(Exception(1, 2)))
class P:
    def __repr__(self):
        return "P(ü)"
print(repr(P()), ascii(P()), [P()], ascii([P()]))
print(repr([[]]), repr({"a": {"b": {}}}), repr(([], {})))
print(repr(b"" + bytes(range(8))), repr(bytearray(b"'\"")))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(repr(0.1), repr(1/3), repr(100.0), repr(1e16), repr(123456789.0))
class NoRepr:
    pass
r = repr(NoRepr())
print(r.startswith("<__main__.NoRepr object at 0x"), r.endswith(">"))
class Sub(list):
    pass
print(repr(Sub([1, 2])), repr(type("T", (int,), {})(5)))
class ReprWithStr:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
print(repr(ReprWithStr()), str(ReprWithStr()), repr([ReprWithStr()]), str([ReprWithStr()]))
print(repr(1j), repr(-1j), repr(complex(1, -0.0)), repr(1e-7), repr(-1e300))
print(ascii("plain ascii"), ascii(b"\xff"), ascii(["é", b"\xe9"]))
print(repr("\x1b[0m"), repr("\u0085"), repr("\u00a0"), repr("\xad"))
