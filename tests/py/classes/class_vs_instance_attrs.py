# Class attributes vs instance attributes: shadowing, mutable class attributes, deletion, lookup order.
class C:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a, b = C("a"), C("b")
a.add(1)
b.add(2)
print(C.count, a.count, a.shared, b.shared, a.shared is C.shared)
a.count = 100
print(a.count, b.count, C.count, a.__dict__, "count" in b.__dict__)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError", e)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
C.new_attr = "added to class"
print(a.new_attr, b.new_attr)
def method(self):
    return "dynamic method of " + self.name
C.dyn = method
print(a.dyn(), C.dyn(b))
a.inst_fn = lambda: "instance function (not bound)"
print(a.inst_fn())
print(sorted(k for k in vars(C) if not k.startswith("__")), sorted(vars(a)))
class D(C):
    count = -1
d = D("d")
print(D.count, C.count, d.count, D.shared is C.shared)
print(type(a).__dict__["count"], C.__dict__["__init__"].__name__, "name" in C.__dict__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
class E:
    x = 1
    y = x + 1
    z = [x * i for i in range(3)] if False else None
    def get(self):
        return x if False else self.x
print(E.y, E().get())
