# str.strip family, replace, removeprefix/suffix, expandtabs, translate
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip(""), "hello".strip("helo"))
print("www.example.com".strip("cmowz."), "\u3000wide\u3000".strip())
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("abc".replace("x", "y"), "".replace("", "x"), "aaa".replace("aa", "b"), "abc".replace("b", ""))
print("hello".replace("l", "L", 0), "hello".replace("l", "L", -1), "ab".replace("", "*", 2))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("X"), "file.py".removesuffix(".py"), "py".removesuffix("py"))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12\t345\t6\n\tx".expandtabs(3)))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "abc".translate({ord("a"): None, ord("b"): "BB"}))
print("hello".translate(str.maketrans("", "", "l")), str.maketrans({"a": "1"}))
print("Hello World".swapcase(), "  spaced  ".strip().center(12, "*"))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("%".join("abc").strip("%"), "  a b  ".replace(" ", ""))
print("mississippi".replace("ss", "SS"), "mississippi".replace("issi", "ISSI"))
s2 = "original"
s3 = s2.replace("x", "y")
print(s3 == s2, s2.upper(), s2)
