# pow with modulus, negative exponents, integer edge cases
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(2, 1000, 10 ** 20), pow(7, 0, 13), pow(0, 0), pow(5, 1, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-2, 5, -9))
print(pow(3, -1, 7), pow(2, -3, 11), pow(10, -1, 17))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, -2), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(4, 0.5))
print(2 ** -1, (-2) ** -2, 10 ** -3)
print((-1) ** 0.5 == pow(-1, 0.5))
print(type(pow(2, 3)).__name__, type(pow(2, -3)).__name__)
print(pow(123456789, 987654321, 1000000007))
print(pow(2 ** 100 + 1, 2 ** 50, 2 ** 61 - 1))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(10 ** 30 // -3, 10 ** 30 % -3, -(10 ** 30) // 3, -(10 ** 30) % 3)
print(divmod(0, 5), divmod(-1, 5), divmod(1, -5), divmod(-10 ** 25, 7))
print(7.5 % -2, -7.5 % 2, divmod(-7.5, -2))
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
print(2 ** 0.5 * 2 ** 0.5, 9 ** 0.5, 27 ** (1 / 3))
print(int.__pow__(2, 5), (3).__pow__(2, 5), (2).__rpow__(3))
print(pow(base=2, exp=5, mod=7))
