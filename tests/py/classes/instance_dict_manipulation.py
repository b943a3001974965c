# __dict__ and vars(): direct manipulation, replacing __dict__, __class__ assignment, dir() contents.
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
a = A()
a.__dict__["y"] = 2
vars(a)["z"] = 3
print(a.x, a.y, a.z, sorted(vars(a)))
a.__dict__ = {"fresh": True}
print(vars(a), hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
class B:
    def hello(self):
        return "B says hi"
class C:
    def hello(self):
        return "C says hi"
b = B()
print(b.hello())
b.__class__ = C
print(b.hello(), type(b).__name__, isinstance(b, C))
try:
    b.__class__ = int
except TypeError as e:
    print("TypeError", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
print([n for n in dir(a) if not n.startswith("__")], "hello" in dir(B), "__init__" in dir(A))
class Dir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Dir()))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError", e)
print(type(A.__dict__).__name__, "cls_attr" in A.__dict__, A.__dict__["cls_attr"])
d = A()
d.__dict__.update(p=1, q=2)
print(vars(d), d.p + d.q)
del d.__dict__["p"]
print(hasattr(d, "p"))
d.__dict__.clear()
print(vars(d))
