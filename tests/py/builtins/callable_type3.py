# callable() and type() with three arguments
def f(): pass
class C:
    def m(self): pass
class CallMe:
    def __call__(self): return "called"
print(callable(f), callable(C), callable(C()), callable(C().m), callable(CallMe()), callable(len))
print(callable(None), callable(1), callable("s"), callable([]), callable(lambda: 0), callable(type), callable(int))
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, type(p).__name__, p.norm(), Point.x, isinstance(p, Point))
Base = type("Base", (), {"greet": lambda self: f"hi from {type(self).__name__}"})
Child = type("Child", (Base,), {"extra": 42})
print(Child().greet(), Child.extra, [k.__name__ for k in Child.__mro__], issubclass(Child, Base))
def init(self, v):
    self.v = v
WithInit = type("WithInit", (object,), {"__init__": init, "__repr__": lambda self: f"WithInit({self.v})"})
print(WithInit(5), WithInit(5).v)
Dyn = type("Dyn", (dict,), {})
d = Dyn(a=1)
print(d, isinstance(d, dict), type(d).__name__, Dyn.__bases__[0].__name__)
print(type(1), type("s"), type(None), type(type), type(p) is Point)
print(type(Point), Point.__module__, Point.__qualname__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    pass
M = Meta("M", (), {"k": "v"})
print(type(M).__name__, M.k, M.__name__)
Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
Doc = type("Doc", (), {"__doc__": "dynamic doc"})
print(Doc.__doc__, sorted(k for k in vars(Doc) if not k.startswith("__")), sorted(k for k in vars(Point) if not k.startswith("__")))
