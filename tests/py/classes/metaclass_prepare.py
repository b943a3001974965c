# __prepare__ supplies the class namespace; it sees definitions in order, even duplicates.
class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return RecordingNS()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class C(metaclass=Meta, tag=1):
    b = 1
    a = 2
    def m(self):
        pass
    b = 3
print(C.order, C.b)
class Enumish(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        ns = {}
        ns["auto_counter"] = iter(range(100))
        return ns
    def __new__(mcls, name, bases, ns):
        ns.pop("auto_counter")
        return super().__new__(mcls, name, bases, ns)
class Color(metaclass=Enumish):
    RED = next(auto_counter)
    GREEN = next(auto_counter)
    BLUE = next(auto_counter)
print(Color.RED, Color.GREEN, Color.BLUE, hasattr(Color, "auto_counter"))
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)
print(type.__prepare__("x", ()), type(type.__prepare__()))
