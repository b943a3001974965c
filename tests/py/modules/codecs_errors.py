# Error handlers: the eight standard ones called directly with constructed exceptions,
# register_error/lookup_error, and custom handlers used by the built-in codecs.
import _codecs

def show(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)

names = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
         "surrogateescape", "surrogatepass"]
for n in names:
    h = _codecs.lookup_error(n)
    print(n, h.__name__, h is _codecs.lookup_error(n))

enc = UnicodeEncodeError("ascii", "a\xe9\u20ac\U0001F600\udc80z", 1, 5, "bad")
enc_sur = UnicodeEncodeError("utf-8", "a\udfff\ud800z", 1, 3, "surrogates")
enc_sur16 = UnicodeEncodeError("UTF_16LE", "a\ud800z", 1, 2, "x")
enc_sur32 = UnicodeEncodeError("utf-32-be", "a\ud800z", 1, 2, "x")
enc_esc = UnicodeEncodeError("ascii", "a\udc80\udcffz", 1, 3, "x")
dec = UnicodeDecodeError("utf-8", b"a\xff\xfe\x80\x81\x82z", 1, 6, "bad")
dec_ascii = UnicodeDecodeError("ascii", b"a\x41\xffz", 1, 3, "bad")
dec_sur = UnicodeDecodeError("utf-8", b"a\xed\xa0\x80z", 1, 4, "bad")
dec_sur16 = UnicodeDecodeError("utf-16-be", b"\xd8\x00", 0, 2, "bad")
dec_sur_bad = UnicodeDecodeError("latin-1", b"\xed\xa0\x80", 0, 3, "bad")
tr = UnicodeTranslateError("a\xe9\U0001F600b", 1, 3, "bad")
odd = UnicodeEncodeError("ascii", "abc", 5, 1, "odd")

for n in names:
    h = _codecs.lookup_error(n)
    for label, exc in [("enc", enc), ("enc_sur", enc_sur), ("enc_sur16", enc_sur16), ("enc_sur32", enc_sur32),
                       ("enc_esc", enc_esc), ("dec", dec), ("dec_ascii", dec_ascii), ("dec_sur", dec_sur),
                       ("dec_sur16", dec_sur16), ("dec_sur_bad", dec_sur_bad), ("tr", tr), ("odd", odd)]:
        show(n + " " + label, lambda: h(exc))
    show(n + " int", lambda: h(42))
    show(n + " ValueError", lambda: h(ValueError("v")))

show("lookup_error unknown", lambda: _codecs.lookup_error("nope"))
show("lookup_error int", lambda: _codecs.lookup_error(3))
show("register_error not callable", lambda: _codecs.register_error("x", 3))
show("register_error bad name", lambda: _codecs.register_error(3, print))
show("register_error args", lambda: _codecs.register_error("x"))

seen = []
def handler(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % exc.object[exc.start:exc.end], exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
print(_codecs.register_error("test.mark", handler))
print(_codecs.lookup_error("test.mark") is handler)
show("ascii enc", lambda: "a\xe9\xe8b".encode("ascii", "test.mark"))
show("latin-1 enc", lambda: "a\u20acb".encode("latin-1", "test.mark"))
show("utf-8 enc", lambda: "a\ud800b".encode("utf-8", "test.mark"))
show("utf-16 enc", lambda: "a\ud800b".encode("utf-16-le", "test.mark"))
show("ascii dec", lambda: b"a\x80\x81b".decode("ascii", "test.mark"))
show("utf-8 dec", lambda: b"a\xff\xc3b".decode("utf-8", "test.mark"))
show("utf-16 dec", lambda: b"a\x00\x00\xdc".decode("utf-16-le", "test.mark"))
show("utf-7 dec", lambda: _codecs.utf_7_decode(b"a\x80b", "test.mark", True))
show("escape dec", lambda: _codecs.unicode_escape_decode(b"a\\x4gb", "test.mark"))
show("charmap dec", lambda: _codecs.charmap_decode(b"ab", "test.mark", "a"))
show("charmap enc", lambda: _codecs.charmap_encode("ab", "test.mark", {97: 1, ord("<"): 60, ord(">"): 62, 98: None}))
for s in seen:
    print(s)

def bytes_handler(exc):
    return (b"\xff\xfe", exc.end)
_codecs.register_error("test.bytes", bytes_handler)
show("bytes repl ascii", lambda: "a\xe9b".encode("ascii", "test.bytes"))
show("bytes repl utf-8", lambda: "a\udc00b".encode("utf-8", "test.bytes"))
show("bytes repl dec", lambda: b"a\xffb".decode("ascii", "test.bytes"))

def back(exc):
    return ("?", -1)
_codecs.register_error("test.back", back)
show("negative pos", lambda: "a\xe9b".encode("ascii", "test.back"))
_codecs.register_error("test.far", lambda exc: ("?", 100))
show("out of bounds", lambda: "a\xe9b".encode("ascii", "test.far"))
_codecs.register_error("test.badret", lambda exc: "nope")
show("bad return enc", lambda: "a\xe9b".encode("ascii", "test.badret"))
show("bad return dec", lambda: b"a\xffb".decode("ascii", "test.badret"))
_codecs.register_error("test.nonascii", lambda exc: ("\xe9", exc.end))
show("non-ascii repl", lambda: "a\u20acb".encode("ascii", "test.nonascii"))
show("non-ascii repl latin-1", lambda: "a\u20acb".encode("latin-1", "test.nonascii"))
show("unknown handler", lambda: "a\xe9".encode("ascii", "no.such.handler"))
show("unknown handler ok", lambda: "abc".encode("ascii", "no.such.handler"))
show("xmlcharref dec", lambda: b"a\xff".decode("ascii", "xmlcharrefreplace"))
show("namereplace dec", lambda: b"a\xff".decode("utf-8", "namereplace"))
show("pua names", lambda: "\U000f0000\U000f0001\U000f0200\U000f01d5\U000f01d6\U000f03cc\U000f03cd".encode("ascii", "namereplace"))
