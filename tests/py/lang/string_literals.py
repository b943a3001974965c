# String literals: quotes, escapes, raw, concatenation, unicode
print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', 'esc\'aped', "esc\"aped")
print("tab\there", "new\nline", "back\\slash", "bell\a".encode())
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600".encode("utf-8"), "\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\n\t", R"\d+", r"trailing\\", len(r"\n"))
print("adjacent" " literals" ' joined')
s = ("implicit "
     "continuation "
     "works")
print(s)
print("line one \
continued")
t = """first
  second
third"""
print(t, len(t.splitlines()))
print(repr("\0"), repr("\x7f"), repr("\x80"), repr("é"), repr("\u200b"))
print(len("é"), len("\U0001F600"), len("a\nb"))
print("\v\f".encode(), repr("\r"))
print("a" * 3, "ab" * 0, "-" * -1, 2 * "xy")
print("abc"[0], "abc"[-1], "abc"[1:], "abcdef"[::2], "abc"[::-1], "abc"[5:])
print("" == '', str() == "", "a" < "b" < "c")
print(ord("A"), chr(97), ord("€"), chr(0x1F600).encode())
print("a" "b" == "ab", "x" in "xyz", "" in "abc")
print(repr('\''), repr("\""), repr("'\""))
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
u = "ÀÉÎõü"
print(u.lower(), u.upper(), u.encode("utf-8"), len(u.encode("utf-8")))
print(ascii("naïve ☃"), "naïve".isascii(), "plain".isascii())
print("%s|%5s|%-5s|" % ("x", "y", "z"))
print(str(b"bytes"), str(123), str([1, "a"]))
