# Defining __eq__ sets __hash__ to None; inheriting and restoring hashability.
class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __eq__(self, o):
        return isinstance(o, EqAndHash)
    def __hash__(self):
        return 7
class InheritsEq(EqOnly):
    pass
class RestoresHash(EqOnly):
    __hash__ = object.__hash__
class HashNone:
    __hash__ = None
class SubOfHashed(EqAndHash):
    def __eq__(self, o):
        return False
for cls in [Plain, EqOnly, EqAndHash, InheritsEq, RestoresHash, HashNone, SubOfHashed]:
    h = cls.__dict__.get("__hash__", "inherited")
    try:
        hash(cls())
        ok = "hashable"
    except TypeError as e:
        ok = f"TypeError: {e}"
    print(cls.__name__, "None" if h is None else ("own" if h != "inherited" else h), ok)
print(len({EqAndHash(), EqAndHash()}), [type(x).__name__ for x in {EqAndHash(), EqAndHash()}])
print(hash(EqAndHash()), EqAndHash() in {EqAndHash()}, isinstance(HashNone(), object))
try:
    {HashNone(): 1}
except TypeError as e:
    print("TypeError", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y) if isinstance(o, Point) else NotImplemented
    def __hash__(self):
        return hash((self.x, self.y))
pts = {Point(1, 2): "a", Point(1, 2): "b", Point(2, 1): "c"}
print(len(pts), pts[Point(1, 2)], hash(Point(1, 2)) == hash((1, 2)), Point(1, 2) == (1, 2))
class Neq:
    def __ne__(self, o):
        return "custom ne"
print(Neq() != 1, Neq() == 1, hash(Neq()) is not None)
class FrozenList(list):
    def __hash__(self):
        return hash(tuple(self))
print({FrozenList([1, 2]): "ok"}[FrozenList([1, 2])], list.__hash__, dict.__hash__ is None)
