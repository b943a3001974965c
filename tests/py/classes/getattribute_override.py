# __getattribute__ intercepts every lookup; object.__getattribute__ reaches the normal path.
class Logged:
    cls_attr = "class value"
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1
lg = Logged()
print(lg.x)
print(lg.method())
print(lg.cls_attr)
print(getattr(lg, "x"), hasattr(lg, "nope"))
class Fallback:
    def __getattribute__(self, name):
        if name == "virtual":
            return "virtual value"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
fb = Fallback()
print(fb.virtual, fb.missing, fb.__class__.__name__)
class Masking:
    def __getattribute__(self, name):
        raise AttributeError(f"masked {name}")
    def __getattr__(self, name):
        return "rescued " + name
m = Masking()
print(m.anything)
print(type(m).__name__)
class Counter:
    def __init__(self):
        object.__setattr__(self, "lookups", 0)
    def __getattribute__(self, name):
        d = object.__getattribute__(self, "__dict__")
        d["lookups"] = d["lookups"] + 1
        return object.__getattribute__(self, name)
c = Counter()
c.lookups
c.lookups
print(object.__getattribute__(c, "lookups"))
class SpecialBypass:
    def __getattribute__(self, name):
        print("intercepted", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
sb = SpecialBypass()
print(len(sb))
print(sb.__len__())
