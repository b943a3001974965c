# repr() of str chooses quotes and escapes control, non-printable and special characters.
samples = ["", "'", '"', "'\"", "\\", "\n\t\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é", "\u200b", "\u2028",
           "\ud800", "\udfff", "\U0010ffff", "\U000e0001", "😀", "a\u0300", "\ufeff", "\uffff", "\x85", "ÿ", "ĀĪ"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("it's \"quoted\""), repr('only "double"'), repr("only 'single'"))
print(ascii([1, "é", {"ü": b"\xff"}]), repr(["é", "\n"]), str(["é"]))
print("%r|%a|%s" % ("\t", "\t", "\t"))
print(f"{'é'!a} {'é'!r} {chr(7)!r}")
print([chr(i) for i in range(0x7f, 0xa2) if chr(i).isprintable()])
print([repr(chr(i)) for i in [0x0, 0x9, 0xa, 0xd, 0x1f, 0x20, 0x7e, 0x7f, 0xa0, 0xa1, 0x2029, 0x3000, 0xe000, 0xf8ff]])
