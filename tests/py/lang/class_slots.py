# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
print(sorted(Point.__slots__))
print(type(Point.__dict__["x"]).__name__)

class Partial:
    __slots__ = ("a", "b")
q = Partial()
q.a = 1
try:
    q.b
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
try:
    del q.a
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, w.__dict__)

class Base:
    __slots__ = ("base",)
class Derived(Base):
    __slots__ = ("derived",)
dd = Derived()
dd.base = "b"
dd.derived = "d"
print(dd.base, dd.derived, hasattr(dd, "__dict__"))

class NoSlots(Base):
    pass
ns = NoSlots()
ns.anything = 1
print(ns.anything, hasattr(ns, "__dict__"))

class SlotString:
    __slots__ = "single"
s = SlotString()
s.single = "one"
print(s.single, SlotString.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
