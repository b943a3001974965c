# __slots__ with inheritance: subclasses without slots get a __dict__, conflicts and layouts.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
c = C()
c.a, c.b, c.extra = 1, 2, 3
print(c.a, c.b, c.extra, c.__dict__)
try:
    class Bad(A):
        __slots__ = ("a",)
    print("redeclared slot ok", Bad().__class__.__name__)
except TypeError as e:
    print("TypeError", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError", e)
class X:
    __slots__ = ("x",)
class Y:
    __slots__ = ("y",)
try:
    class XY(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class Both(E1, E2):
    __slots__ = ("z",)
print(Both().__class__.__mro__)
try:
    class BadName:
        __slots__ = ("1abc",)
except TypeError as e:
    print("TypeError", e)
try:
    class DictTwice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Priv().reveal(), [n for n in dir(Priv) if "secret" in n])
class SubDict(A):
    __slots__ = ("__dict__",)
sd = SubDict()
sd.q = 1
print(sd.__dict__)
