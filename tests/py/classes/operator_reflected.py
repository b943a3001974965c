# Reflected operators: order of tries, subclass priority, NotImplemented propagation.
class Num:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __add__(self, o):
        print(f"{self.tag}.__add__")
        return NotImplemented if not isinstance(o, (Num, int)) else f"add:{self.tag}"
    def __radd__(self, o):
        print(f"{self.tag}.__radd__")
        return f"radd:{self.tag}"
    def __sub__(self, o):
        print(f"{self.tag}.__sub__")
        return NotImplemented
    def __rsub__(self, o):
        print(f"{self.tag}.__rsub__")
        return NotImplemented
    def __rpow__(self, o, mod=None):
        return f"rpow {o} mod={mod}"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rtruediv__(self, o):
        return f"{o} / {self.tag}"
class SubNum(Num):
    def __radd__(self, o):
        print(f"{self.tag}.__radd__ (subclass)")
        return f"sub-radd:{self.tag}"
a, b, s = Num(1, "a"), Num(2, "b"), SubNum(3, "s")
print(a + b)
print(1 + a)
print(a + s)
print("str" + a if False else a + 5)
try:
    a - b
except TypeError as e:
    print("TypeError", e)
try:
    5 - a
except TypeError as e:
    print("TypeError", e)
print(2 ** a, [1] @ a if False else "skip", 10 / a)
print(pow(2, a))
class Same:
    def __radd__(self, o):
        print("Same.__radd__ called")
        return "never"
    def __add__(self, o):
        return NotImplemented
try:
    Same() + Same()
except TypeError as e:
    print("TypeError", e)
class L(list):
    def __radd__(self, other):
        return "L.__radd__ wins"
print([1] + L([2]))
class I(int):
    def __rsub__(self, other):
        return "I.__rsub__ wins"
print(10 - I(3), I(3) - 10)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("Cmp.__lt__")
        return self.v < (o.v if isinstance(o, Cmp) else o)
    def __gt__(self, o):
        print("Cmp.__gt__")
        return self.v > (o.v if isinstance(o, Cmp) else o)
print(Cmp(1) < 2, 2 < Cmp(1), 3 > Cmp(5))
