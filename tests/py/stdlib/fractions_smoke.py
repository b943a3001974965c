from fractions import Fraction as F
import math
print(F(3, 4) + F(1, 4), F(1, 3) * 3, F(5, 10), F("3/7"), F("1.25"), F(0.5), F(-6, 4))
print(F(1, 3) ** 2, F(2) ** -1, F(7, 3) // 2, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)))
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(1, 3)), int(F(-7, 2)))
print(round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(7, 2)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).as_integer_ratio(), repr(F(2, 6)), str(F(4)))
print(F(1, 3).numerator, F(1, 3).denominator, abs(F(-1, 2)), -F(1, 2))
for bad in [("1/0",), (1, 0), ("x",)]:
    try:
        F(*bad)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(F(1, 2) + 1.0, F(1, 2) + 1, 1 - F(1, 2))
print(F.from_float(0.25), F.from_decimal.__name__)
