# int() parsing: bases, underscores, whitespace, errors
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"), int("007"))
print(int("1_000_000"), int("0"), int("-0"), int("000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int("0b_1010", 0), int("0x_dead_beef", 0), int("1_0", 0), int("-0x10", 16))
print(int(" 0 ", 0), int("00", 0), int("12", base=5))
print(int(3.7), int(-3.7), int(1e18), int(True), int(b"12"), int(bytearray(b"-5")))
print(int("9" * 50) // 10 ** 45)
bad = ["", " ", "x", "1.5", "1e3", "1__0", "_1", "1_", "0x10", "--1", "1 2", "٣", "0b2", "12a"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [("12", 2), ("g", 16), ("010", 0), ("0x", 16), ("1", 37), ("1", 1)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], 1 + 2j]:
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
class HasInt:
    def __int__(self):
        return 99
class HasIndex:
    def __index__(self):
        return 7
class HasTrunc:
    def __trunc__(self):
        return 5
print(int(HasInt()), int(HasIndex()), int("11", base=HasIndex()))
print(int("١٢٣"), int("１２"))
print(int("-" + "1" * 30, 2), int("Z" * 5, 36))
