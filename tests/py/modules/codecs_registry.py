# The codec registry through _codecs: search functions, name normalization, the cache,
# unregister, text-encoding checks, codec errors, and str.encode/bytes.decode through it.
import _codecs

calls = []
def search(name):
    calls.append(name)
    if name == "upper_codec":
        return (lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)), None, None)
    if name == "bad_shape":
        return (1, 2)
    if name == "raiser":
        def enc(s, errors="strict"):
            raise ValueError("boom")
        return (enc, enc, None, None)
    if name == "not_text":
        class Info(tuple):
            _is_text_encoding = False
        return Info((lambda s, e="strict": (b"x", 1), lambda b, e="strict": ("y", 1), None, None))
    if name == "returns_str":
        return (lambda s, e="strict": ("text", 1), lambda b, e="strict": (b"bytes", 1), None, None)
    if name == "bad_result":
        return (lambda s, e="strict": "no tuple", lambda b, e="strict": ("a", "b", "c"), None, None)
    if name == "errors_echo":
        return (lambda s, errors="strict": (errors.encode(), 1), lambda b, errors="strict": (errors, 1), None, None)
    return None

_codecs.register(search)
for name in ["Upper-Codec", "UPPER codec", "upper_codec", "  upper...codec", "\xe9upper codec", "nothing here"]:
    try:
        info = _codecs.lookup(name)
        print(repr(name), "found", len(info))
    except LookupError as e:
        print(repr(name), "LookupError", e)
print(calls)

def show(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)

show("encode", lambda: "Hello".encode("upper-codec"))
show("decode", lambda: b"HeLLo".decode("Upper_Codec"))
show("str()", lambda: str(b"ABC", "upper codec"))
show("bad_shape", lambda: _codecs.lookup("bad-shape"))
show("raiser", lambda: "x".encode("raiser"))
show("raiser dec", lambda: b"x".decode("raiser"))
show("codecs.encode raiser", lambda: _codecs.encode("x", "raiser"))
show("not_text", lambda: "x".encode("not_text"))
show("not_text dec", lambda: b"x".decode("not_text"))
show("not_text any", lambda: _codecs.encode("x", "not_text"))
show("not_text any dec", lambda: _codecs.decode(b"x", "not_text"))
show("returns_str", lambda: "x".encode("returns_str"))
show("returns_bytes", lambda: b"x".decode("returns_str"))
show("bad_result", lambda: "x".encode("bad_result"))
show("bad_result dec", lambda: b"x".decode("bad_result"))
show("errors passed", lambda: "x".encode("errors_echo", "my-errors"))
show("errors default", lambda: _codecs.encode("x", "errors_echo"))
show("errors kw", lambda: _codecs.decode(b"x", encoding="errors_echo", errors="zz"))
show("unknown", lambda: "x".encode("no such codec"))
show("unknown dec", lambda: b"x".decode("no-such-codec"))
show("lookup int", lambda: _codecs.lookup(1))
show("lookup nul", lambda: _codecs.lookup("a\0b"))
show("register int", lambda: _codecs.register(1))
show("encode kw", lambda: _codecs.encode(obj="x", encoding=5))
show("encode args", lambda: _codecs.encode())
show("encode bad kw", lambda: _codecs.encode("x", foo=1))

before = len(calls)
"x".encode("upper_codec")
print("cached:", len(calls) == before)
print(_codecs.unregister(search), _codecs.unregister(search))
show("after unregister", lambda: "x".encode("upper_codec"))
print(calls[before:])

# What a text decoder is handed: a read-only memoryview of the bytes.
def typed_search(name):
    if name == "show_type":
        def dec(b, errors="strict"):
            print("decoder got", type(b).__name__, bytes(b), getattr(b, "readonly", None))
            return ("ok", len(b))
        return (lambda s, e="strict": (b"", 0), dec, None, None)
_codecs.register(typed_search)
print(b"abc".decode("show_type"), bytearray(b"xy").decode("show_type"), str(b"z", "show_type"))
print(_codecs.decode(b"q", "show_type"))
