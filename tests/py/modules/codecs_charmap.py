# _codecs charmap codecs: decoding with a table str or a mapping, encoding with a dict or
# the EncodingMap that charmap_build makes, and the errors of each.
import _codecs

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# A cp1252-like table: 0x80 -> euro, 0x81 undefined.
table = "".join(chr(i) for i in range(128)) + "\u20ac\ufffe" + "".join(chr(i) for i in range(0x82, 256))
show(_codecs.charmap_decode, b"a\x80\x82", "strict", table)
show(_codecs.charmap_decode, b"a\x81b", "strict", table)
show(_codecs.charmap_decode, b"a\x81b", "replace", table)
show(_codecs.charmap_decode, b"a\x81b", "ignore", table)
show(_codecs.charmap_decode, b"a\x81b", "backslashreplace", table)
show(_codecs.charmap_decode, b"a\x81b", "surrogateescape", table)
show(_codecs.charmap_decode, b"abc", None, "xy")
show(_codecs.charmap_decode, b"\x00\x01", None, "\U0001F600z")
show(_codecs.charmap_decode, b"a\xe9")
show(_codecs.charmap_decode, b"a\xe9", None, None)
show(_codecs.charmap_decode, b"abc", "strict", {97: "A", 98: 0x42, 99: "cc"})
show(_codecs.charmap_decode, b"abc", "strict", {97: "A", 98: None})
show(_codecs.charmap_decode, b"abc", "replace", {97: "A", 98: 0xfffe, 99: ""})
show(_codecs.charmap_decode, b"a", "strict", {97: 0x110000})
show(_codecs.charmap_decode, b"a", "strict", {97: -1})
show(_codecs.charmap_decode, b"a", "strict", {97: 1.5})
show(_codecs.charmap_decode, b"a", "strict", [ord("x")] * 100)
show(_codecs.charmap_decode, b"a", "strict", [])

m = _codecs.charmap_build(table)
print(type(m).__name__, m.size())
show(_codecs.charmap_encode, "a\u20ac\xff", "strict", m)
show(_codecs.charmap_encode, "a\u0100\u0101b", "strict", m)
show(_codecs.charmap_encode, "a\u0100\u0101b", "replace", m)
show(_codecs.charmap_encode, "a\u0100\u0101b", "ignore", m)
show(_codecs.charmap_encode, "a\u0100\u0101b", "xmlcharrefreplace", m)
show(_codecs.charmap_encode, "a\u0100\u0101b", "backslashreplace", m)
show(_codecs.charmap_encode, "a\u0100\u0101b", "namereplace", m)
show(_codecs.charmap_encode, "a\udc80b", "surrogateescape", m)
show(_codecs.charmap_encode, "\x00x", "strict", m)
show(_codecs.charmap_encode, "a\U0001F600", "strict", m)
show(_codecs.charmap_encode, "a\xe9")
show(_codecs.charmap_encode, "a\u20ac", "strict", None)
d = {ord("a"): ord("A"), ord("b"): b"BB", ord("c"): None}
show(_codecs.charmap_encode, "ab", "strict", d)
show(_codecs.charmap_encode, "abc", "strict", d)
show(_codecs.charmap_encode, "abcz", "replace", d)
show(_codecs.charmap_encode, "abcz", "replace", {ord("?"): 63, ord("a"): 97})
show(_codecs.charmap_encode, "a", "strict", {97: 300})
show(_codecs.charmap_encode, "a", "strict", {97: "x"})
# tables that need a dict: non-BMP characters, or U+0000 not first
print(_codecs.charmap_build("ab\U0001F600"))
print(sorted(_codecs.charmap_build("a\x00b").items()))
print(_codecs.charmap_build("".join(chr(0x100 * i) for i in range(1, 256))).__class__.__name__)
small = _codecs.charmap_build("\x00abc")
print(small.size(), _codecs.charmap_encode("cab", "strict", small))
show(_codecs.charmap_build, "")
show(_codecs.charmap_build, b"abc")
show(_codecs.charmap_build, "x", 1)
show(_codecs.charmap_encode, b"x")
show(_codecs.charmap_decode, "x")
