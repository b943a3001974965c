# str.encode / bytes.decode with common codecs and error handlers.
s = "héllo wörld €😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b.hex())
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
bad = b"abc\xff\xfe\xc3(\xe2\x82"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(bad.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e, e.start, e.end, e.reason)
print(repr(bad.decode("latin-1")))
print("\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    b"x".decode("utf-8", "no-such-handler")
    print("lazy handler lookup")
except LookupError as e:
    print("LookupError", e)
print("abc".encode(), "abc".encode(encoding="UTF8"), "é".encode("Latin1"), b"\xe9".decode("iso-8859-1"))
print(bytes("é", "utf-8"), bytearray("é", "utf-16-be"), str(bytearray(b"\xe2\x82\xac"), "utf-8"))
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
try:
    str(b"abc", encoding=1)
except TypeError as e:
    print("TypeError", e)
print(b"\xff\xfeh\x00".decode("utf-16"), "hi".encode("utf-16"))
