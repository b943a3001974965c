# Split (key-sharing) instance dicts: every dict operation on them, and the points where
# they turn combined, with the sizes CPython 3.11 reports.
import copy
import pickle
import sys


class A:
    def __init__(self):
        self.x = 1
        self.y = 2


a1, a2 = A(), A()
d = a1.__dict__
print(sys.getsizeof(d), d, list(d.items()), list(reversed(d)), list(reversed(d.values())))
d["z"] = 3
print(sys.getsizeof(d), list(a2.__dict__), a1.z)
d.setdefault("w", 4)
print(d, d.setdefault("x", 100), sys.getsizeof(d))
print(d == {"x": 1, "y": 2, "z": 3, "w": 4}, d.get("y"), "q" in d, len(d))
print(d.pop("y"), d, sys.getsizeof(d))
d["y"] = 22
print(list(d), sys.getsizeof(d))
e = d.copy()
print(e, sys.getsizeof(e), e == d)
print(d.popitem(), d, sys.getsizeof(d))
d2 = a2.__dict__
d2[1] = "int key"
print(d2, sys.getsizeof(d2))
a3 = A()
a3.__dict__.clear()
print(vars(a3), sys.getsizeof(vars(a3)))
a3.q = 5
print(vars(a3), sys.getsizeof(vars(a3)))


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "k%d" % i, i)
print(len(vars(m)), sys.getsizeof(vars(m)), list(vars(m))[28:32])
m2 = Many()
m2.k0 = 0
print(sys.getsizeof(vars(m2)))


class B(A):
    pass


b = B()
print(sys.getsizeof(vars(b)), vars(b))
b.__dict__ = {"only": 1}
print(vars(b), b.only, sys.getsizeof(vars(b)))
c = copy.copy(a1)
print(vars(c), c.x)
p = pickle.loads(pickle.dumps(a1))
print(type(p).__name__, vars(p))
dc = copy.deepcopy(A())
print(vars(dc), sys.getsizeof(vars(dc)))


class L(list):
    pass


ls = L([1])
ls.tag = "t"
print(vars(ls), sys.getsizeof(vars(ls)))


class WithSlotsDict:
    __slots__ = ("s", "__dict__")


w = WithSlotsDict()
w.s = 1
w.t = 2
print(vars(w), sys.getsizeof(vars(w)))


class Str(str):
    pass


o = A()
setattr(o, Str("sub"), 9)
print(sorted(vars(o)), o.sub)
o2 = A()
del o2.x
try:
    del o2.x
except AttributeError as exc:
    print("AttributeError", exc)
print(vars(o2))
o2.x = 10
print(list(vars(o2)))
print(dir(A())[-2:], A().__reduce_ex__(2)[2])


class Q:
    pass


q = Q()
q.a = 1
q.__class__ = B
print(type(q).__name__, vars(q), q.a)
print(type.__sizeof__(A) - type.__sizeof__(type("E", (), {"__slots__": ()})))
