# bytes methods
b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a  b".split(b" "), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(108))
print(b.startswith(b"Hell"), b.endswith(b"ld"), b.startswith((b"x", b"H")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.strip(b"Hd"), b"  sp  ".lstrip(), b"  sp  ".rstrip())
print(b.partition(b", "), b.rpartition(b"o"), b"-".join([b"a", b"b", bytearray(b"c")]))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"   ".isspace(), b"abc".islower(), b"ABC".isupper())
print(b"\x00\x01\xfe".hex(), b"\xab\xcd".hex("-"), bytes.fromhex("deadbeef"), bytes.fromhex(""))
print(b"a\tb".expandtabs(4), b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"TestCase".removeprefix(b"Test"), b"name.txt".removesuffix(b".txt"))
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode("utf-8"), "café".encode("latin-1"), "abc".encode())
try:
    "日本".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("日本".encode("ascii", "replace"), "日本".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
print(b"abc"[1], b"abc"[1:], b"abc"[-1:], list(b"abc"[::-1]), b"abc" * 2)
print(bytes([1, 2, 3]) == b"\x01\x02\x03", bytes(2), bytes(), bytes("xyz", "ascii"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", max(b"az"), sorted(b"cab"))
print(repr(b"\x7f\x80"), str(b"q"), b"%s=%d" % (b"k", 5), b"%05.1f" % 3.14159)
