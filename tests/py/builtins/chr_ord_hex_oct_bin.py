# chr, ord, hex, oct, bin
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(0)), chr(233), chr(8364), chr(0x1F600) == "😀", repr(chr(127)))
print("".join(chr(c) for c in range(97, 123)), [ord(c) for c in "Hi!"])
print(ord(b"a"), ord(bytearray(b"z")), chr(ord("a") + 1))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(hex(255), hex(0), hex(-255), hex(2 ** 64), hex(True))
print(oct(8), oct(0), oct(-8), oct(2 ** 40), bin(10), bin(0), bin(-10), bin(2 ** 20))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-5), 0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
print(format(255, "x"), format(255, "#o"), format(-5, "b"), f"{10:#b}")
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (7).bit_count() if hasattr(int, "bit_count") else 3)
print(hex(0xDEAD_BEEF), oct(0o777), bin(0b1010_1010))
print([hex(b) for b in b"\x00\x7f\xff"], "%x %o" % (3054, 3054))
print(chr(0x41) + chr(0x42), ord(max("abcxyz")), sorted("bca", key=ord))
