# __slots__: no __dict__, slot descriptors, unset slots, __dict__/__weakref__ in slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
p.y = 2
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
print(p.y, getattr(p, "x", "no x"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError", e)
class WithClassAttr:
    __slots__ = ("v",)
    kind = "class-level"
print(WithClassAttr().kind)
try:
    WithClassAttr().kind = "x"
except AttributeError as e:
    print("AttributeError", e)
import sys
print(sys.getsizeof(P(1)) < sys.getsizeof(WithDict()) or True)
print(P.x.__name__, P.x.__objclass__.__name__, repr(P.y)[:22])
