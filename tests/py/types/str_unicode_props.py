# Unicode-aware str predicates and case mappings.
samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "Ⅷ", "一二", "é", "ǅ", "ß", " \t\n", "\u3000", "\x1c", "",
           "a1", "_x", "x_1", "1x", "λ", "ℕ", "𝔘", "😀", "Ⅸx", "a b", "ÀÉÎ", "\u00a0", "٣.٥", "\u2167", "\u0660"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
for s in ["straße", "ǅemal", "ﬀ", "İstanbul", "ΌΣΟΣ", "σς", "ŉ", "ΐ", "Ǆ", "ǆ", "ﬆ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print(len("ﬃ".upper()), len("ß".upper()), "ß".upper() == "SS", "ß".casefold() == "ss".casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ΣΑΣ ΣΑΣ".lower(), "AΣ.".lower(), "AΣb".lower())
print([c for c in "a\u0301e\u0300" if c.isalpha()], len("a\u0301"), "é" == "e\u0301")
print(ord("€"), chr(8364), chr(0x1F600), ord("\U0001F600"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" "\xe9")
print(max("abcé"), min("Zab"), sorted("bAaé😀B"), "é" > "z", "😀" > "\uffff")
print("😀😀".encode("utf-16-le").hex(), len("😀"), "a😀b"[1], "a😀b"[::-1], "😀".isprintable())
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", "ascii", "strict"), str(object=5))
