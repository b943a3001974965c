# abs and round
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(abs(3 + 4j), abs(float("-inf")), abs(float("nan")))
print(round(2.5), round(3.5), round(-2.5), round(-3.5), round(0.5), round(1.5))
print(round(2.4), round(2.6), round(-2.4), round(-2.6))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5)).__name__)
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4), round(2.675, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(0.1 + 0.2, 15))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5, 2), round(7, 0), round(-7, -5), round(999, -3), round(10 ** 20 + 5, -1))
print(round(1e20, 2), round(1.5e-10, 12), round(123.456, -5))
print(round(True), round(False, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return f"rounded with {n}"
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
print(round(-0.4), round(-0.5), round(0.49999999999999994))
print([round(x / 2) for x in range(-6, 7)])
print(round(2.5, None), round(123.456, 1), round(-123.456, 1))
