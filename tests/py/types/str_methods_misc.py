# str methods: center/ljust/rjust/zfill, expandtabs, partition/rpartition, swapcase, title, capitalize.
words = ["", "a", "abc", "hello world", "  padded  ", "-42", "+7", "3.5", "tab\there", "MiXeD cAsE", "ǅungla", "ﬁne"]
for w in words:
    print(repr(w), repr(w.center(9, "*")), repr(w.ljust(7, ".")), repr(w.rjust(7)), repr(w.zfill(6)),
          repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print(repr("abc".center(6)), repr("abc".center(7)), repr("ab".center(5, "-")), repr("abcd".center(2)))
for t in ["a\tb", "\t", "ab\tcd\tef", "12345678\t9", "a\nb\tc", "x\r\ty"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)))
for s in ["a=b=c", "abc", "=", "==", ""]:
    print(s.partition("="), s.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".ljust("5")
except TypeError as e:
    print("TypeError", e)
print("they're bill's friends".title(), "hello_world-foo bar2baz".title(), "ÉCOLE élève".swapcase())
print("ß".upper(), "ß".lower(), "ß".casefold(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ΣΑΣ".lower(), "Σ".lower())
print("hello".count("l"), "hello".count(""), "".count(""), "aaaa".count("aa"), "abcabc".count("bc", 2), "abc".count("c", -1))
print("abc".index("c"), "abcabc".rindex("b"), "abc".find("z"), "abc".rfind(""), "abc".find("", 10), "abc".find("", 3))
for meth, args in [("index", ("z",)), ("rindex", ("z",)), ("index", ("a", 1))]:
    try:
        getattr("abc", meth)(*args)
    except ValueError as e:
        print("ValueError", e)
print("x".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "-".join(("1",)), "abc".join("xy"))
