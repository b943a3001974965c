# The built-in codec functions of _codecs: UTF-8/16/32, ASCII, Latin-1 with their
# (result, consumed) answers, stateful (final=False) decoding and argument errors.
import _codecs

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

show(_codecs.utf_8_encode, "aé€\U0001F600")
show(_codecs.utf_8_encode, "a\ud800b")
show(_codecs.utf_8_encode, "a\ud800b", "surrogatepass")
show(_codecs.utf_8_encode, "a\udcffb", "surrogateescape")
show(_codecs.utf_8_decode, b"a\xc3\xa9")
show(_codecs.utf_8_decode, b"a\xc3", None, False)
show(_codecs.utf_8_decode, b"a\xc3", None, True)
show(_codecs.utf_8_decode, b"a\xc3")
show(_codecs.utf_8_decode, b"\xff", "replace", True)
show(_codecs.utf_8_decode, bytearray(b"xyz"))
show(_codecs.utf_8_decode, "text")
show(_codecs.utf_8_decode, b"x", 5)
show(_codecs.utf_8_decode, b"x", "strict", "no")
show(_codecs.utf_8_decode)
show(_codecs.utf_8_decode, b"", None, False, 4)
show(_codecs.utf_8_encode, b"x")
show(_codecs.utf_8_encode, "x", "str\0ict")

for enc in ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"):
    e = getattr(_codecs, enc + "_encode")
    d = getattr(_codecs, enc + "_decode")
    b = e("h\xe9\U0001F600")
    print(enc, b, d(b[0]), d(b[0], None, True) if False else "", d(b[0][:-1]), sep=" | ")
    show(d, b[0][:-1], None, True)
    show(e, "\ud800")
    show(e, "\ud800", "surrogatepass")

show(_codecs.utf_16_encode, "ab", None, 1)
show(_codecs.utf_16_encode, "ab", None, -1)
show(_codecs.utf_32_encode, "ab", None, 7)
show(_codecs.utf_16_ex_decode, b"\xfe\xffa\x00b")
show(_codecs.utf_16_ex_decode, b"\xfe\xff\x00a\x00b", None, 0, True)
show(_codecs.utf_16_ex_decode, b"a\x00b\x00", None, 0, True)
show(_codecs.utf_16_ex_decode, b"\x00a\x00b", None, 1, True)
show(_codecs.utf_32_ex_decode, b"\xff\xfe\x00\x00a\x00\x00\x00", None, 0, True)
show(_codecs.utf_16_decode, b"\x00\xd8a\x00", "replace", True)
show(_codecs.utf_16_le_decode, b"\x00\xdc", None, True)
show(_codecs.utf_32_le_decode, b"\x00\x00\x11\x00", None, True)
show(_codecs.utf_32_le_decode, b"\x00\xd8\x00\x00", "replace", True)

show(_codecs.ascii_encode, "abc")
show(_codecs.ascii_encode, "aé", "xmlcharrefreplace")
show(_codecs.ascii_encode, "aé€", "backslashreplace")
show(_codecs.ascii_encode, "aé€", "namereplace")
show(_codecs.ascii_encode, "aé")
show(_codecs.ascii_decode, b"ab\x80c")
show(_codecs.ascii_decode, b"ab\x80c", "ignore")
show(_codecs.latin_1_encode, "aé€")
show(_codecs.latin_1_encode, "aé€", "replace")
show(_codecs.latin_1_decode, b"a\xe9\xff")
show(_codecs.readbuffer_encode, b"raw")
show(_codecs.readbuffer_encode, "t\xe9xt")
show(_codecs.readbuffer_encode, 3)
