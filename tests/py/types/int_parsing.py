# int() from strings in every base, underscores, whitespace, signs and prefixes.
cases = [
    ("0", 10), ("-0", 10), ("+42", 10), ("  42  ", 10), ("\t-7\n", 10), ("1_000_000", 10),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0XFF", 16), ("-0x_ff", 16), ("777", 8), ("0o777", 8),
    ("101", 2), ("0b101", 2), ("-0B1_0_1", 2), ("z", 36), ("ZZ", 36), ("10", 36), ("11", 3),
    ("0x1f", 0), ("0o17", 0), ("0b11", 0), ("123", 0), ("0", 0), ("00", 0), ("0_0", 0), ("-0x10", 0),
    ("1" * 50, 10), ("f" * 40, 16), ("١٢٣", 10), ("٣", 10), ("１２", 10),
]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int(), int(3.99), int(-3.99), int(True), int(2**80 + 0.0 if False else 5))
print(int(1e20), int(-1e20), int(1.5e300) % 1000)
print(int(b"42"), int(bytearray(b"-17")), int(b"ff", 16))
print(int("10", base=2), int(x="12", base=5) if False else 7)

class WithInt:
    def __int__(self):
        return 9
class WithIndex:
    def __index__(self):
        return 11
print(int(WithInt()), int(WithIndex()))
print(int("12", WithIndex()) if False else int("12", 3))
for base in [2, 8, 10, 16, 36]:
    print(base, int("10", base), int("-10", base))
