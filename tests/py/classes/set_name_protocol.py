# __set_name__ is called for every descriptor-like attribute at class creation, in definition order.
class Named:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print(f"set_name {self.label}: owner={owner.__name__} name={name}")
        self.owner_name = owner.__name__
        self.attr = name
class Host:
    first = Named("1")
    second = Named("2")
    alias = first
    def method(self):
        pass
print(Host.first.attr, Host.second.attr, Host.first.owner_name)
class NotCalled:
    pass
n = Named("late")
NotCalled.x = n
print(hasattr(n, "attr"))
class Raising:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)
try:
    class Fails:
        bad = Raising()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("meta new before set_name")
        cls = super().__new__(mcls, name, bases, ns)
        print("meta new after set_name")
        return cls
class WithMeta(metaclass=Meta):
    a = Named("meta")
class OnType:
    __set_name__ = lambda self, owner, name: print("lambda set_name", name)
class Holder:
    x = OnType()
d = type("Dyn", (), {"y": Named("dyn")})
print(d.y.attr)
