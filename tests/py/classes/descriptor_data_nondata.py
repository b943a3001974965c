# Data descriptors beat the instance dict; non-data descriptors lose to it; __get__ arguments.
class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print(f"Data.__get__({type(obj).__name__}, {objtype.__name__})")
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print(f"Data.__set__({value!r})")
        obj.__dict__["_" + self.name] = value
class NonData:
    def __get__(self, obj, objtype=None):
        print("NonData.__get__", obj is None)
        return "from descriptor"
class C:
    d = Data("d")
    n = NonData()
c = C()
print(c.d)
c.d = 5
print(c.d)
c.__dict__["d"] = "instance dict"
print(c.d)
print(c.n)
c.n = "shadowed"
print(c.n, c.__dict__)
del c.n
print(c.n)
print(C.d.name, C.n)
print(type(C.__dict__["d"]).__name__)
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class D:
    s = SetOnly()
dd = D()
dd.s = 1
print(dd.s is D.__dict__["s"])
dd.__dict__["s"] = "in dict"
print(dd.s is D.__dict__["s"])
class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")
class E:
    x = DeleteOnly()
e = E()
del e.x
try:
    e.x = 1
except AttributeError as err:
    print("AttributeError", err)
