# __getattr__, __getattribute__, __setattr__, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return f"hello x={self.x}"

t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.x = 5
print(t.x, p.hello())
p.y = 10
del p.y
print(hasattr(t, "y"), p.log)
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class Audit:
    def __init__(self):
        self.accesses = 0
        self.value = 42
    def __getattribute__(self, name):
        if name != "accesses":
            object.__setattr__(self, "accesses", object.__getattribute__(self, "accesses") + 1)
        return object.__getattribute__(self, name)
a = Audit()
a.value; a.value; a.value
print(a.accesses)

class Fallback:
    real = "real"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback for {name}"
f = Fallback()
print(f.real, f.secret, f.missing, getattr(f, "other", "unused default"))

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
fr = Frozen(a=1)
try:
    fr.a = 2
except AttributeError as e:
    print(e, fr.a)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.get_name(), d.get_value(), hasattr(d, "other"))
print(sorted(n for n in dir(Target()) if not n.startswith("__")))
