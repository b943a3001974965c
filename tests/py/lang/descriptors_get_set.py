# Descriptor protocol: data vs non-data descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"descriptor on {owner.__name__}"
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class NonData:
    def __get__(self, obj, owner):
        return "non-data value"
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
p = Person()
p.name = "Ann"
p.age = 30
print(p.name, p.age, Person.name)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
print(p.nd)
p.__dict__["nd"] = "instance wins over non-data"
print(p.nd)
p.__dict__["name"] = "direct"
print(p.name)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    factor = 3
    @Method
    def times(self, x):
        return self.factor * x
print(UsesMethod().times(5), type(UsesMethod.times).__name__)
def f(self):
    return "function"
print(f.__get__(1, int)(), type(f.__get__(1)).__name__)
print(type(Person.__dict__["name"]).__name__, hasattr(Typed, "__set__"))
class Cached:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, owner):
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value
class Heavy:
    computed = 0
    @Cached
    def data(self):
        Heavy.computed += 1
        return [1, 2, 3]
h = Heavy()
print(h.data, h.data, Heavy.computed)
