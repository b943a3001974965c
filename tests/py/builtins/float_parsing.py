# float() parsing
print(float("1"), float("1.5"), float("-2.25"), float("+3"), float("  4.5  "), float("\n6\t"))
print(float(".5"), float("5."), float("1e3"), float("1E-3"), float("-1.5e+2"), float("1_000.5"))
print(float("inf"), float("-inf"), float("INF"), float("Infinity"), float("nan"), float("-NaN"))
print(float("0"), float("-0"), float("-0.0"), float("000.100"))
print(float("1e308"), float("1e309"), float("-1e309"), float("1e-400"), float("4.9e-324"))
print(float("0.1"), float("0.30000000000000004"), float("123456789012345678901234567890"))
print(float(1), float(-0), float(2 ** 60), float(True), float(b"1.5") if False else "skip")
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x10", "1,5", "nan1", "in f", "--1", "1e1.5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], "1" * 2 and {}]:
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
class BadF:
    def __float__(self):
        return "x"
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(float("1" + "0" * 30), float("0." + "0" * 20 + "1"))
print(float("  -.5e-2 "), float("1e+0"), float("9" * 20))
print(float.fromhex("0x1p-2"), float.fromhex("-0x1.8p+1"), (3.5).hex())
print(float("٣.٥"))
