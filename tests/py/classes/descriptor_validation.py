# A typed-field descriptor with __set_name__, validation errors, and per-instance storage.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        delattr(obj, self.private)
class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name=None, age=None):
        if name is not None:
            self.name = name
        if age is not None:
            self.age = age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
p = Person("Ann", 30)
q = Person()
print(p, q, vars(p), vars(q))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
del p.age
print(p)
try:
    del q.name
except AttributeError as e:
    print("AttributeError", e)
print(Person.name.name, Person.age.private, isinstance(Person.__dict__["age"], Typed))
class Later:
    pass
t = Typed(float)
Later.x = t
try:
    Later().x = 1.0
except AttributeError as e:
    print("AttributeError", e)
t.__set_name__(Later, "x")
obj = Later()
obj.x = 2.5
print(obj.x, obj.__dict__)
