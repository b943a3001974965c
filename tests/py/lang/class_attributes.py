# Class vs instance attributes, __dict__, dynamic attributes
class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def add(self, x):
        self.items.append(x)

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.add(1)
b.add(2)
print(Counter.items, a.items is b.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print(sorted(vars(a)), sorted(k for k in Counter.__dict__ if not k.startswith("__")))
a.extra = "dynamic"
print(a.extra, hasattr(b, "extra"))
setattr(b, "other", 5)
print(getattr(b, "other"), getattr(b, "missing", "default"))
try:
    b.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(Counter.__name__, Counter.__qualname__, Counter.__module__)

class Outer:
    class Inner:
        pass
    x = 10
    y = x * 2
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        z = "class scope hidden: " + str(e)
print(Outer.Inner.__qualname__, Outer.y, Outer.z)

class Doc:
    """Docstring here."""
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__, Counter.__doc__)

def method(self):
    return f"bound to {self.name}"
Counter.describe = method
print(a.describe())
bound = a.describe
print(bound(), bound.__self__ is a, bound.__func__ is method)
print(Counter.describe(b))
Counter.count = 0
print([Counter(str(i)).name for i in range(3)], Counter.count)

class Empty:
    pass
e = Empty()
e.__dict__["injected"] = 1
print(e.injected, vars(e))
print(type(e) is Empty, e.__class__ is Empty, type(Empty) is type)
