# Class decorators and class-level introspection: adding methods, wrapping __init__, registries.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    fields = [k for k in cls.__annotations__]
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
def auto_init(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls
@register
@add_repr
@auto_init
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, registry, Point.__annotations__, Point.y)
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = False
print(type(Config).__name__, Config.debug)
def counted(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Thing:
    def __init__(self, n):
        self.n = n
Thing(1); Thing(2)
print(Thing.instances)
order = []
def deco(name):
    def wrap(cls):
        order.append(name)
        return cls
    return wrap
@deco("outer")
@deco("inner")
class Ordered:
    pass
print(order)
class Annotated:
    a: int
    b: "str" = "x"
    c = 3
print(Annotated.__annotations__, hasattr(Annotated, "a"), Annotated.b)
