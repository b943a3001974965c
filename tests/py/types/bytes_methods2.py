# bytes methods: searching, case, predicates, padding, partition, join, replace, translate.
b = b"Hello, World! 123"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b"hello world".title())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(108), b.find(b"z"), b.rfind(b"", 3))
print(b.startswith(b"Hell"), b.endswith((b"x", b"23")), b.startswith(b"World", 7), b"abc".endswith(b"", 3))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha())
print(b"ab".center(6, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"-5".zfill(5), b"a\tb".expandtabs(4))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b",".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), type(bytearray(b"-").join([b"x", b"y"])).__name__)
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"."), b"abc".translate(None, b"b"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcd".translate(t, b"d"))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"ab".lstrip(b"a"), b"ab".rstrip(b"b"), b"TestCase".removeprefix(b"Test"), b"TestCase".removesuffix(b"Case"))
print(b"%s" % b"x", bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"y")), bytes(range(3)))
print(b"abc"[1], b"abc"[-1:], b"abc"[::-1], b"abcdef"[1:5:2], list(b"hi"), b"hi" * 2, b"a" + b"b", b"b" in b"abc", 98 in b"abc")
for args in [(b"x", 1), (b"x", "s")]:
    try:
        args[0] + args[1]
    except TypeError as e:
        print("TypeError", e)
for v in [256, -1]:
    try:
        v in b"abc"
    except ValueError as e:
        print("ValueError", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
print(b"abc" < b"abd", b"" < b"\x00", b"b" > b"abc", b"abc" == bytearray(b"abc"), b"abc" == "abc", hash(b"abc") == hash(b"abc"))
print(b"a\x00b".decode(), repr(b"\x00\x7f\x80'\"\\"), repr(b"'"), repr(b"'\""), bytes.fromhex("41 42"), b"AB".hex())
