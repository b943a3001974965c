# __setattr__ and __delattr__ hooks: validation, frozen objects, object.__setattr__ bypass.
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(1, 2)
print(f.x, f.y)
for action in ["f.x = 5", "del f.y", "setattr(f, 'z', 1)", "delattr(f, 'x')"]:
    try:
        exec(action)
    except AttributeError as e:
        print(action, "->", e)
class Tracking:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)
t = Tracking()
t.a = 1
t.a += 1
setattr(t, "b", [])
t.b += [1]
del t.a
print(vars(t))
try:
    del t.zzz
except AttributeError as e:
    print("AttributeError", e)
class Upper:
    def __setattr__(self, name, value):
        self.__dict__[name.upper()] = value
u = Upper()
u.name = "v"
print(u.__dict__, getattr(u, "NAME"))
for bad in [(object(), "x", 1), (1, "real", 2), ("s", "upper", 1)]:
    try:
        setattr(*bad)
    except AttributeError as e:
        print("AttributeError", e)
try:
    setattr(t, 5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(t, "b", "c")
except TypeError as e:
    print("TypeError", e)
class C:
    pass
C.attr = 1
del C.attr
try:
    del C.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError", e)
