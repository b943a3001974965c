# _codecs: UTF-7, unicode_escape, raw_unicode_escape and the bytes escape codec, with their
# error messages, error handlers and stateful (final=False) behaviour.
import _codecs

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# UTF-7
for s in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "\u65e5\u672c\u8a9e", "+", "a+b", "\U0001F600x", "1 + 2 = 3",
          "~\\", "\x00\x01", "tab\tnl\n", "-", "\u20ac-", "\u20acA", "\u20ac.", "\ud800"]:
    b = _codecs.utf_7_encode(s)
    print(repr(s), b, _codecs.utf_7_decode(b[0], None, True))
show(_codecs.utf_7_decode, b"a+AGE", None, False)
show(_codecs.utf_7_decode, b"a+AGE", None, True)
show(_codecs.utf_7_decode, b"a+AGEA-b", None, True)
show(_codecs.utf_7_decode, b"a+AGEAZQ", None, False)
show(_codecs.utf_7_decode, b"a+AGEAZQ-", None, False)
show(_codecs.utf_7_decode, b"+2D3eAA-", None, True)
show(_codecs.utf_7_decode, b"+2D0-x", None, True)
show(_codecs.utf_7_decode, b"+2D0-x", "replace", True)
show(_codecs.utf_7_decode, b"a\x80b", None, True)
show(_codecs.utf_7_decode, b"a\x80b", "replace", True)
show(_codecs.utf_7_decode, b"+!", "replace", True)
show(_codecs.utf_7_decode, b"+AB-", "replace", True)
show(_codecs.utf_7_decode, b"+AGE", "replace", True)
show(_codecs.utf_7_decode, b"+AGE", "ignore", True)
show(_codecs.utf_7_decode, b"+-+-", None, True)

# unicode_escape
show(_codecs.unicode_escape_encode, "a\\b\t\n\r\x00\x7f\xe9\u20ac\U0001F600'\"")
show(_codecs.unicode_escape_decode, b"a\\n\\t\\x41\\u20ac\\U0001F600\\101\\N{EURO SIGN}\\\n")
show(_codecs.unicode_escape_decode, "str \\u00e9 \xe9")
show(_codecs.unicode_escape_decode, b"\\x4")
show(_codecs.unicode_escape_decode, b"\\x4g")
show(_codecs.unicode_escape_decode, b"ab\\u12")
show(_codecs.unicode_escape_decode, b"ab\\U00110000")
show(_codecs.unicode_escape_decode, b"ab\\")
show(_codecs.unicode_escape_decode, b"ab\\N")
show(_codecs.unicode_escape_decode, b"ab\\N{")
show(_codecs.unicode_escape_decode, b"ab\\N{}")
show(_codecs.unicode_escape_decode, b"ab\\Nx")
show(_codecs.unicode_escape_decode, b"ab\\N{NO SUCH NAME}cd")
show(_codecs.unicode_escape_decode, b"ab\\N{latin small letter a}")
show(_codecs.unicode_escape_decode, b"ab\\N{LATIN CAPITAL LETTER GHA}")
show(_codecs.unicode_escape_decode, b"ab\\x4gcd", "replace")
show(_codecs.unicode_escape_decode, b"ab\\x4gcd", "ignore")
show(_codecs.unicode_escape_decode, b"ab\\x4gcd", "backslashreplace")
show(_codecs.unicode_escape_decode, b"ab\\u12", None, False)
show(_codecs.unicode_escape_decode, b"ab\\", None, False)
show(_codecs.unicode_escape_decode, b"ab\\N{EURO", None, False)
show(_codecs.unicode_escape_decode, b"ab\\N{EURO SIGN}", None, False)

# raw_unicode_escape
show(_codecs.raw_unicode_escape_encode, "a\\b\xe9\xff\u20ac\U0001F600\n")
show(_codecs.raw_unicode_escape_decode, b"a\\n\\u20ac\\U0001F600\\x41\xe9")
show(_codecs.raw_unicode_escape_decode, b"ab\\")
show(_codecs.raw_unicode_escape_decode, b"ab\\", None, False)
show(_codecs.raw_unicode_escape_decode, b"ab\\u12")
show(_codecs.raw_unicode_escape_decode, b"ab\\u12", None, False)
show(_codecs.raw_unicode_escape_decode, b"ab\\U00110000")
show(_codecs.raw_unicode_escape_decode, b"ab\\u12xy", "replace")
show(_codecs.raw_unicode_escape_decode, "\\u20ac")

# bytes escapes
show(_codecs.escape_encode, b"a'b\\c\t\n\r\x00\x7f\xff\"")
show(_codecs.escape_decode, b"a\\'\\n\\x41\\101\\\nz")
show(_codecs.escape_decode, "t\\x41\xe9")
show(_codecs.escape_decode, b"ab\\")
show(_codecs.escape_decode, b"ab\\x4")
show(_codecs.escape_decode, b"ab\\x4g", "replace")
show(_codecs.escape_decode, b"ab\\x4g", "ignore")
show(_codecs.escape_decode, b"ab\\x4g", "backslashreplace")
show(_codecs.escape_encode, "str")
show(_codecs.escape_encode, bytearray(b"x"))
