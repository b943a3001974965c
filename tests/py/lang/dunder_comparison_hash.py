# __eq__, __lt__, __hash__ and rich comparisons
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

v1, v2, v3 = Version(1, 0), Version(1, 2), Version(1, 0)
print(v1 == v3, v1 != v2, v1 < v2, v2 > v1, v1 <= v3, v2 >= v1)
print(sorted([Version(2), Version(1, 5), Version(1, 10), Version(0, 9)]))
print(len({v1, v2, v3}), v1 in {v3}, {v1: "one"}[v3])
print(v1 == "1.0", v1 != "1.0")
try:
    v1 < 5
except TypeError as e:
    print(type(e).__name__, e)
print(max(v1, v2), min([v2, v1, v3]))

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))

class Reflect:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("Reflect.__gt__ called")
        return self.n > other
print(5 < Reflect(10))

class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(AlwaysEqual() == 3, 3 == AlwaysEqual(), [1, 2].count(AlwaysEqual()))
print(AlwaysEqual() in [1], [AlwaysEqual()] == [5])

class Identity:
    pass
i = Identity()
print(i == i, i != i, i == Identity(), hash(i) == hash(i))
x = Identity()
print(x in [x], [x].index(x))
print(OnlyEq(1).__ne__(OnlyEq(1)))
