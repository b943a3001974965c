# A Vector class with the full set of binary/unary arithmetic dunders.
class V:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"V{self.c}"
    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*(f(a, b) for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(f(a, o) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*(pow(a, o, mod) for a in self.c))
        return self._zip(o, lambda a, b: a ** b)
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*(~a for a in self.c))
    def __round__(self, n=0): return V(*(round(a, n) for a in self.c))
a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, pow(a, 2, 5), divmod(a, b))
print(a << 1, a >> 1, a & b, a | b, a ^ b, a @ b, -a, +a, abs(a), ~a, round(V(1.26, 2.5), 1))
print(a + 1, a * 2.5)
for expr in ["a + 'x'", "'x' + a", "1 + a", "a @ 1"]:
    try:
        print(eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, type(e).__name__, e)
class NoNeg:
    pass
for expr in ["-NoNeg()", "abs(NoNeg())", "~NoNeg()", "NoNeg() ** 2", "divmod(NoNeg(), 1)", "NoNeg() @ NoNeg()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError", e)
