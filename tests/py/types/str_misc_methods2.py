# Remaining str methods: isdigit family on ASCII, zfill signs, format of non-str, __mod__ via methods, encode default.
for s in ["42", "-42", "+42", "", "-", "abc", "3.5", "-3.5e10"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(0)), repr(s.rjust(6, "0")))
print("abc".__mod__(()) if False else "%s" % "abc", str.__mod__("%d", 5), "%s!".__mod__("y"), str.__rmod__("x", "%s?"))
print("Hello World Foo".split(" ", 1), "a.b.c".rsplit(".", 1)[0], "k=v".split("=", 1)[1])
print("ab" * 3 == "ababab", "abc".upper().isupper(), "".isupper(), "A1".isupper(), "a1".islower(), "1".islower())
print("Title Case Here".istitle(), "Title case".istitle(), "TITLE".istitle(), "1A".istitle(), "A1b".istitle())
print("\t".isspace(), "\x1f".isspace(), "\x1c".isspace(), "".isspace(), "a".isidentifier(), "class".isidentifier(), "1a".isidentifier())
print("  hello  ".strip().center(11, "~"), "%-8s|" % "left", "%8s|" % "right", "{:^8}|".format("mid"))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), max(words, key=len), min(words), " ".join(w.capitalize() for w in words))
print(sorted(set("mississippi")), "mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rfind("ss"))
print("abc" < "abd" < "abe", ("a" * 3).join("xy"), "a-b_c d".replace("-", " ").replace("_", " ").split())
