# __getattr__ runs only when normal lookup fails (including AttributeError raised by properties).
class Proxy:
    def __init__(self, target):
        self._target = target
        self.own = "own"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("secret"):
            raise AttributeError(f"no {name} here")
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print(p.own)
p.append(0)
print(p._target, p.count(1))
try:
    p.secret_key
except AttributeError as e:
    print("AttributeError", e)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError", e)
print(getattr(p, "secret_x", "default"), hasattr(p, "secret_y"), hasattr(p, "index"))
class Lazy:
    def __getattr__(self, name):
        value = name.upper()
        setattr(self, name, value)
        print("computed", name)
        return value
lz = Lazy()
print(lz.foo, lz.foo, lz.__dict__)
class Recurse:
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        return self.data[name]
try:
    Recurse().item
except AttributeError as e:
    print("AttributeError", e)
class Special:
    def __getattr__(self, name):
        return lambda *a: f"{name}{a}"
s = Special()
print(s.anything(1, 2))
try:
    len(s)
except TypeError as e:
    print("TypeError", e)
try:
    s + 1
except TypeError as e:
    print("TypeError", e)
print(s.__len__())
