# Creating classes with type(name, bases, ns); __name__/__qualname__/__module__/__doc__; renaming classes.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.v})", "kind": "pt"})
p = Point(3)
print(p, Point.__name__, Point.__qualname__, Point.__module__, Point.kind, type(Point).__name__, Point.__bases__)
Sub = type("Sub", (Point,), {"__doc__": "a sub"})
print(Sub(4), Sub.__doc__, Sub.__mro__[1].__name__, isinstance(Sub(1), Point))
Point.__name__ = "Renamed"
print(Point.__name__, Point.__qualname__, repr(Point))
Point.__qualname__ = "Outer.Renamed"
print(repr(Point), Point.__qualname__)
try:
    Point.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    Point.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
class Outer:
    class Inner:
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().f().__qualname__, Outer.f.__qualname__)
print(Outer.__doc__, Outer.Inner.__module__, Outer.__dict__["Inner"] is Outer.Inner)
ns = {"x": 1}
T = type("T", (), ns)
ns["y"] = 2
print(T.x, hasattr(T, "y"), type(T.__dict__).__name__)
print(type("E", (), {})().__class__.__name__, type(type("E", (), {})))
class WithDoc:
    """Docstring here."""
print(WithDoc.__doc__, type("NoDoc", (), {}).__doc__)
print(sorted(k for k in type("X", (), {"a": 1}).__dict__ if not k.startswith("__") or k in ("__module__", "__doc__")))
