# vars() and dir() on simple objects (sorted output)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self._private = 2
    def method(self):
        pass
t = Thing()
print(vars(t))
t.b = 3
print(vars(t), vars(t) is t.__dict__)
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
print("base_attr" in vars(Thing), "base_attr" in dir(Thing))
print(dir(t) == sorted(dir(t)))
class Slots:
    __slots__ = ("x", "y")
try:
    vars(Slots())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(Slots()) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def func():
    local_a = 1
    local_b = 2
    return dir()
print(func())
v = vars(t)
v["injected"] = "via vars"
print(t.injected)
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir(1) if not n.startswith("_")))
print(len([n for n in dir(str) if not n.startswith("_")]))
class Empty:
    pass
print(vars(Empty()), [n for n in dir(Empty()) if not n.startswith("__")])
print(sorted(set(dir(Thing)) - set(dir(object))))
