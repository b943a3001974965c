# Lib/codecs.py and Lib/encodings over _codecs: str.encode/bytes.decode through the
# registry (charmap codecs, UTF-7, escapes, punycode), aliases, non-text codecs,
# incremental codecs and the CodecInfo API.
import codecs

def show(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)

text = "caf\u00e9 \u20ac \u00c4\u00df"
for enc in ["cp1252", "latin-1", "iso8859_15", "cp437", "cp850", "mac_roman", "cp1251", "koi8_r", "cp037",
            "utf-8", "utf-16", "utf-16-be", "utf-32-le", "utf-7", "unicode_escape", "raw_unicode_escape", "ascii"]:
    show(enc, lambda: text.encode(enc, "replace"))
    show(enc + " round trip", lambda: text.encode(enc, "xmlcharrefreplace").decode(enc))
show("cp1252 strict", lambda: "\u0100".encode("cp1252"))
show("cp1252 undefined byte", lambda: b"\x81".decode("cp1252"))
show("cp1252 backslashreplace", lambda: b"a\x81b".decode("cp1252", "backslashreplace"))
show("koi8 decode", lambda: bytes(range(0xc0, 0xd0)).decode("koi8_r"))
show("str() with encoding", lambda: str(b"\x80", "windows-1252"))

for name in ["UTF8", "utf_8", "U8", "latin1", "L1", "iso-8859-1", "cp1252", "Windows-1252", "ascii", "646",
             "us-ascii", "utf-16le", "UTF-32", "rot13", "rot_13", "punycode", "idna", "mbcs", "nonexistent"]:
    try:
        info = codecs.lookup(name)
        print(name, "->", info.name, info._is_text_encoding, type(info).__name__)
    except LookupError as e:
        print(name, "->", "LookupError", e)

show("rot13 text", lambda: "x".encode("rot13"))
show("rot13 codecs", lambda: codecs.encode("Hello", "rot13"))
show("rot13 decode", lambda: codecs.decode("Uryyb", "rot_13"))
show("punycode", lambda: "b\u00fccher".encode("punycode"))
show("punycode back", lambda: b"bcher-kva".decode("punycode"))
show("codecs.encode default", lambda: codecs.encode("\u00e9"))
show("codecs.decode default", lambda: codecs.decode(b"\xc3\xa9"))
show("codecs.encode errors", lambda: codecs.encode("\u00e9", "ascii", "ignore"))

dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(b) for b in (b"a\xc3", b"\xa9\xe2\x82", b"\xac")], repr(dec.decode(b"", final=True)))
dec16 = codecs.getincrementaldecoder("utf-16")()
print([dec16.decode(bytes([b])) for b in b"\xff\xfea\x00b\x00"])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.getstate())
dec7 = codecs.getincrementaldecoder("utf-7")()
print([dec7.decode(bytes([b])) for b in b"a+AOk-b"])
decu = codecs.getincrementaldecoder("unicode_escape")()
print([decu.decode(bytes([b])) for b in b"a\\u20acb"])
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!"], "utf-8")), b"".join(codecs.iterencode(["x", "\u00e9"], "cp1252")))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
ci = codecs.lookup("cp1252")
print(ci.encode("\u20ac"), ci.decode(b"\x80"), ci.incrementalencoder.__module__, ci.streamreader.__name__)
print(repr(codecs.CodecInfo(None, None, name="x")).split(" at ")[0])
codecs.register_error("test.q", lambda e: ("?" * (e.end - e.start), e.end))
show("custom handler via encodings", lambda: "a\u0100b".encode("cp1252", "test.q"))
print(codecs.lookup_error("test.q")(UnicodeEncodeError("x", "ab", 0, 2, "r")))
print(codecs.strict_errors, codecs.ignore_errors.__name__, codecs.replace_errors is codecs.lookup_error("replace"))
show("idna", lambda: "b\u00fccher.example".encode("idna"))
show("idna back", lambda: b"xn--bcher-kva.example".decode("idna"))
show("idna error", lambda: ("x" * 64 + ".com").encode("idna"))
import stringprep
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_b1("\u00ad"), stringprep.map_table_b3("\u00c5"),
      stringprep.in_table_c22("\u200d"), stringprep.in_table_d1("\u05d0"))
