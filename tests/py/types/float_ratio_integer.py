# as_integer_ratio, is_integer, conjugate, real/imag and float <-> int conversions.
for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1 / 3, 1e20, 1e-20, 5e-324, 2.0**60, 123.456]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v, v.is_integer(), v.conjugate(), v.real, v.imag)
for v in [float("inf"), float("-inf")]:
    try:
        v.as_integer_ratio()
    except OverflowError as e:
        print("OverflowError", e)
    print(v.is_integer())
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print(float("nan").is_integer())
for v in [1.5, -1.5, 1e18, 2.0**70, -1e-3, 2.9999999999999996]:
    print(int(v), v.__trunc__(), v.__floor__(), v.__ceil__())
print(float.__getformat__("double"), float.__getformat__("float"))
print((1.5).__int__(), (1.5).__float__(), (1.5).__bool__(), (0.0).__bool__(), (-0.0).__bool__())
print((2.5).__divmod__(1), (-7.5).__mod__(2), (7.5).__rtruediv__(1), (2.0).__pow__(0.5))
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.radix, sys.float_info.rounds)
print(sys.float_repr_style)
