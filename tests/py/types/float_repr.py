# repr/str of floats: shortest round-trip digits, exponent switch points, negative zero.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 9007199254740993.0, 0.3, 1.1, 2.675,
        float("inf"), float("-inf"), float("nan"), 12345.678, -98765.4321, 1e100, 4.35, 0.000001]
for v in vals:
    print(repr(v), str(v), v.__repr__() == repr(v))
print([0.1, -0.0, 1e300 * 10], (1.0,), {1.5: 2.5})
print(float("1e500"), float("-1e500"), float("1e-500"), float("-1e-500"))
print(float(" 3.25 "), float("+1_000.5"), float("-.5"), float("5."), float("1E3"), float("infinity"), float("-NaN"))
print(float("0x10") if False else float.fromhex("0x10"), float(7), float(2**80), float(True))
print(1e16 + 1, 2**53 + 1.0, 0.1 * 3, 1.0 - 0.9, 1e-10 * 1e-10)
print(str(1e-7), str(1.0e-6), str(123e18), str(1234567890123456789.0))
print(float.__repr__(1.25), float.__str__(2.5), format(1e-5), format(1e16))
for s in ["1.2.3", "", " ", "1e", "e5", "0x1p3", "inf inity", "1_", "_1", "1__2", "nan1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
try:
    float([1])
except TypeError as e:
    print("TypeError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
