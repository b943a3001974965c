import numbers
from fractions import Fraction
for v in [1, 1.5, 1j, Fraction(1, 2), True]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(numbers.Integral, numbers.Number), isinstance("1", numbers.Number))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print("TypeError", str(e)[:60])
