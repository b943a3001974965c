# startswith/endswith with tuples and bounds; removeprefix/removesuffix; strip with chars.
s = "hello world"
print(s.startswith("hello"), s.startswith(("x", "he")), s.startswith("world", 6), s.startswith("lo", 3, 5), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("world"), s.endswith(("x", "ld")), s.endswith("hello", 0, 5), s.endswith("o", -7, -5), s.endswith(()))
print(s.startswith("h", -100), s.endswith("d", 0, 100), s.startswith("world", -5), "".startswith(""), "".endswith("", 1))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError", e)
try:
    s.endswith(("d", 1))
except TypeError as e:
    print("TypeError", e)
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "x".removesuffix(""), "".removeprefix("a"))
print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("\t\n x \x0b\x0c".strip()), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print(repr("\u3000x\u2028".strip()), repr("aaa".strip("a")), repr("abc".strip("")), repr("abc".strip(None)))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError", e)
print("aXbXc".replace("X", "-"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("aa", "b"), "abc".replace("b", "", -1))
print("ab".replace("a", "a" * 3, 0), "mississippi".replace("ss", "SS"), "x".replace("x", ""))
print("abc".count("", 1, 2), "abcabc".find("c", -2), "abc".rfind("a", 1), "aaa".rfind("a", 0, 2), "abc".index("b", -2, 3))
print("a,b".split(",") == ["a", "b"], "A" * 3 == "AAA", "abc"[::-1].upper().lower().title())
