# __slots__ validity and special names, wrappers borrowed from unrelated classes, type's
# attribute-name check, and a class's __dict__ staying read-only through a borrowed descriptor.
for slots in ([chr(128)], ["a b"], ["1x"], [""], ["é"], ["__dict__", "x"]):
    try:
        type("S", (), {"__slots__": slots})
        print(slots, "ok")
    except TypeError as e:
        print(slots, "TypeError", e)

try:
    class Clash:
        __slots__ = ["x"]
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Mangled:
        __slots__ = ["__p"]
        _Mangled__p = 1
except ValueError as e:
    print("ValueError", e)

class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
c = C2()
print(type(C2.__dict__["__classcell__"]).__name__, c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
class Q(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(Q.__qualname__, type(Q.__dict__["__qualname__"]).__name__)

class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
a = A()
for f in (lambda: a == a, lambda: a + a):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

try:
    type.__getattribute__(list, type)
except TypeError as e:
    print("TypeError", e)

class Base:
    pass
class MetaWithBase(type, Base):
    pass
class D(metaclass=MetaWithBase):
    pass
descr = Base.__dict__["__dict__"]
try:
    descr.__set__(D, {})
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(type(descr.__get__(D)).__name__)
