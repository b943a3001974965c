# round() on floats: banker's rounding, ndigits positive and negative, specials and errors.
vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.25, 0.35, 2.675, 1.005, 123.456, -123.456, 1e20, 1e-20, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(-0.4), round(-0.0, 1), round(0.0), round(-0.5, 0))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2), round(v, -2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(int(2.5), int(-2.5), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print((2.5).__round__(), (2.5).__round__(1), (1e300).__round__() % 7)
