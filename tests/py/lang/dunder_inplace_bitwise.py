# In-place operators, subclass reflected priority, bitwise dunders and __index__
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __repr__(self):
        return f"Acc{self.items}"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc, acc is ref)
v = Vec(1, 1)
w = v
v += Vec(1, 1)
print(v, w, v is w)

class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(0, 0) + Sub(1, 1))

class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __index__(self): return self.v
x, y = Bits(0b1100), Bits(0b1010)
print((x & y).v, (x | y).v, (x ^ y).v, (x << 2).v, (x >> 2).v, (~x).v)
print(bin(x), hex(y), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12][x], "ab" * Bits(2))

class Fallback:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return Fallback(self.n + o)
    def __repr__(self):
        return f"Fallback({self.n})"
fb = Fallback(1)
fb_alias = fb
fb += 5
print(fb, fb_alias, fb is fb_alias)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)
