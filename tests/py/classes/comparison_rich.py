# Rich comparisons: reflection rules, __ne__ default inverting __eq__, total ordering by hand.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"P({self.v}).__eq__")
        return isinstance(o, P) and self.v == o.v
    def __lt__(self, o):
        print(f"P({self.v}).__lt__")
        return self.v < o.v
print(P(1) == P(1), P(1) != P(2))
print(P(1) < P(2), P(2) > P(1))
try:
    P(1) <= P(2)
except TypeError as e:
    print("TypeError", e)
class Q(P):
    def __gt__(self, o):
        print(f"Q({self.v}).__gt__")
        return self.v > o.v
print(P(1) < Q(2))
class Always:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "ne called"
print(Always() == 1, 1 == Always(), Always() != 1, 1 != Always(), [Always()] == [5], Always() in [1, 2])
class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x is x)
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"O{self.v}"
xs = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(xs), max(xs), min(xs), Ordered(1) <= Ordered(1) < Ordered(2))
class Weird:
    def __eq__(self, o):
        return [1]
    def __lt__(self, o):
        return 0
print(Weird() == 1, Weird() < 1, bool(Weird() == 1), not (Weird() < 1))
class BoolRaises:
    def __bool__(self):
        raise ValueError("no truth")
class Cmp:
    def __eq__(self, o):
        return BoolRaises()
try:
    [Cmp()] == [Cmp()]
except ValueError as e:
    print("ValueError", e)
try:
    Cmp() in [1]
except ValueError as e:
    print("ValueError", e)
