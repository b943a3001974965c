# divmod and pow builtins
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 7), divmod(7, 1), divmod(2 ** 100, 3 ** 40))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(5, 0.5), divmod(1, 0.3))
print(divmod(True, 2), divmod(7, True))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(-2, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(10, 100, 97), pow(-7, 3, 10), pow(7, -1, 10))
print(pow(0, 0), pow(0.0, 0), pow(1, -5), pow(-1, -3))
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2.0, 2)).__name__)
print(pow(2, 0.5) == 2 ** 0.5, pow(-8, 2), pow(10, 20))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow("2", 3)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return f"pow({other}, mod={mod})"
    def __rpow__(self, other):
        return f"rpow({other})"
    def __divmod__(self, other):
        return ("dm", other)
    def __rdivmod__(self, other):
        return ("rdm", other)
print(pow(P(), 2), pow(P(), 2, 5), pow(3, P()), P() ** 4, 5 ** P())
print(divmod(P(), 1), divmod(1, P()))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(pow(2, 10 ** 5, 10 ** 9), pow(3, 10 ** 18, 1000003))
print(divmod(10 ** 30 + 7, 10 ** 15), divmod(-(10 ** 30), 7))
