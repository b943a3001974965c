# bytes and bytearray literals and basics
b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b"\x00\xff\n\t\\", br"\x00", rb"raw\n")
print(b"it's", b'"quoted"', b"'both\"")
print(list(b"AZaz09"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"))
print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a")
print(b"hello".upper(), b"Hello World".lower(), b"a,b,,c".split(b","))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"-".join([b"a", b"b"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"))
print(b"hello".hex(), bytes.fromhex("68 65 6c"), b"\x01\x02".hex(":"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
ba = bytearray(b"abc")
ba[0] = 120
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[0])
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(2), bytearray([1, 2]), bytes(bytearray(b"x")))
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
print(repr(bytes([0, 7, 9, 10, 13, 39, 92, 127, 128, 255])))
print(b"%d-%s-%b" % (5, b"x", b"y"))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"12".isdigit(), b"ab".isalpha())
print(hash(b"") == hash(""), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
print(bytes(b"x") is not None, b"a b\tc".split(), b"line1\nline2".splitlines())
