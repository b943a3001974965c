# __init_subclass__: implicit classmethod, class keyword arguments, chaining through super().
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("Plugin.__init_subclass__", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin.__init_subclass__", cls.__name__, kwargs)
        cls.mixed = True
        super().__init_subclass__(**kwargs)
class Both(Plugin, Mixin, name="both"):
    pass
print(Both.mixed)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
try:
    class Sub(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError", e)
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.number = Counted.count
class A(Counted): pass
class B(Counted): pass
class AA(A): pass
print(A.number, B.number, AA.number, Counted.count, hasattr(Counted, "number"))
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
