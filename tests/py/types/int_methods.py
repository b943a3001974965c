# int methods and attributes: as_integer_ratio, conjugate, numerator, round with negative ndigits.
for n in [0, 7, -7, 2**70, True]:
    print(n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)
for n in [12345, -12345, 15, 25, 35, -25, 150, 250, 2**70 + 5]:
    print(n, round(n), round(n, 0), round(n, -1), round(n, -2), round(n, 2), round(n, -30))
print(type(round(5, -1)).__name__, type(round(5)).__name__)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__bool__(), (0).__bool__())
print((-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__())
print((7).__add__(1), (7).__add__(1.0), (7).__radd__(2), (7).__truediv__(2), (7).__floordiv__(2))
print((7).__lt__(8), (7).__eq__(7.0), (7).__eq__("7"), (7).__pow__(2), (7).__pow__(2, 5))
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (15).__round__(-1))
print((255).__format__("x"), (255).__format__(""), int.__format__(255, "08b"))
print((10).__sizeof__() > 0, int.__name__, int.__qualname__, int.__module__ if hasattr(int, "__module__") else None)
print(int.__mro__, int.__base__, bool.__mro__)
print((3).__divmod__(2), (-3).__rdivmod__(2), (3).__rpow__(2), (2).__mod__(0) if False else "skip")
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), (-7) % 2, 7 % -2)
print(7 / 2, -7 / 2, 2**100 / 2**99, 1 / 3, (2**60 + 1) / 1)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    (2**10000) / 3
except OverflowError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(pow(2, -1), pow(-2, -2), 0**0, (-8) ** (1 / 3) if False else "cube")
