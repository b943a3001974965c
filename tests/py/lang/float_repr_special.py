# float repr and special values
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e21, 1e16, 1e15, 1e-4, 1e-5,
        123456789.123, 0.000123, 1.0, 100.0, 1e100, 5e-324, 1.7976931348623157e308,
        2.5, 3.0000000000000004, 0.30000000000000004, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("infinity"), float("-Infinity"), float("NaN"), float("-nan"))
print(inf == inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(nan == nan, nan is nan, [nan] == [nan])
print(inf - inf, inf * 0, inf / inf, 0 * inf)
print(1 / inf, -1 / inf, inf + (-inf))
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(int(2.5), int(-2.5), round(2.5), round(3.5), round(-2.5))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.5), hash(2.0))
print(float(1 << 53), float((1 << 53) + 1), float(10 ** 16 + 1))
print(0.1 + 0.7, 1.1 + 2.2, 3 * 0.1, 0.1 * 3 == 0.3)
print(1e308 + 1e308, -1e308 - 1e308, 1e-320, 1e-330)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(-0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0), -0.0 < 0.0)
print(2.0 ** 63, 2.0 ** 64, float(2 ** 63), 9.999999999999999e22)
print(1e23, 1e-7, 1.5e-10, 123e4, 0.5e-3)
print(str(1.0e16), str(1.0e15), str(9999999999999998.0))
print(round(1e300, -299), round(0.5), round(1.5), round(-0.5))
print(format(inf, ".3f"), format(nan, "10.2f"), format(-inf, "e"))
print(inf.is_integer(), (2.0).is_integer(), inf.as_integer_ratio() if False else "skip")
