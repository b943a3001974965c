# __init_subclass__ and __set_name__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class SubJson(Json, name="subjson"):
    pass

print(list(Plugin.registry), Json.plugin_name, SubJson.plugin_name)
print(Plugin.registry["csv"] is CSV)
print(hasattr(Plugin, "plugin_name"))

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()

m = Model()
print(m.first)
m.first = "one"
print(m.first, m.second, Model.first.name, vars(m))

f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))

class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.index = Counted.count
class A(Counted): pass
class B(Counted): pass
class C(A): pass
print(A.index, B.index, C.index, Counted.count)

class Validated:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} lacks 'required'")
try:
    class Missing(Validated):
        pass
except TypeError as e:
    print(e)
class Present(Validated):
    required = True
print(Present.required)
