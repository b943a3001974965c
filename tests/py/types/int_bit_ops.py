# Bitwise operators on small, big and negative ints; shifts; bit_length and bit_count.
xs = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 3, -(2**100) - 3]
for x in xs:
    print(x, x.bit_length(), x.bit_count(), ~x)
for x in xs[:7]:
    for y in xs[5:]:
        print(x & y, x | y, x ^ y)
for s in [0, 1, 7, 31, 32, 33, 63, 64, 65, 100]:
    print(1 << s, -1 << s, (2**100) >> s, -(2**100) >> s, -5 >> s, 5 >> s)
print(1 << 0, 0 << 1000, -1 >> 1000, 1 >> 1000)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1 & 1.0
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & False).__name__, type(True & 1).__name__, type(True ^ 3).__name__)
x = 0b1011_0110
x |= 1
x &= ~0b110
x ^= 0xff
x <<= 3
x >>= 1
print(x, bin(x), hex(x), oct(x))
print(bin(-37), hex(-255), oct(-8), bin(2**70))
print((2**64).to_bytes(9, "big").hex())
print(int.bit_length(2**1000 - 1), (-(2**1000)).bit_length())
