# str.join errors, chr/ord ranges and errors, str() of various objects, iteration over str.
print("-".join(["a"]), "".join(("x", "y")), ",".join(str(i) for i in range(5)), "+".join({"k": 1}), "".join(map(chr, range(97, 100))))
for arg in [[1, 2], ["a", 1], ["a", b"b"], None, 5, [None]]:
    try:
        "-".join(arg)
    except TypeError as e:
        print("TypeError", e)
class S(str):
    pass
print(repr("-".join([S("a"), S("b")])), type("".join([S("x")])).__name__, type(S("x") + "y").__name__)
for i in [0, 65, 127, 128, 255, 256, 0xD800, 0xFFFF, 0x10000, 0x10FFFF]:
    c = chr(i)
    print(i, repr(c), ord(c), len(c))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
print(ord(b"A"), ord(bytearray(b"z")), chr(True))
try:
    chr(1.5)
except TypeError as e:
    print("TypeError", e)
it = iter("héllo")
print(next(it), next(it), list(it), list(iter("")), [c for c in "a😀b"], list(enumerate("ab")))
print(str(1), str(-1.5), str(1j), str([1, "a"]), str(b"x"), str(str), str(None), str(int), str(...))
print(list(map(len, ["", "a", "é", "😀", "\r\n"])), sum(1 for _ in "abc"))
