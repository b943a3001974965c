# Metaclass __new__/__init__/__call__ order, namespaces, and class keyword arguments.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        print("instance built")
        return inst
class Base(metaclass=Meta, flavor="vanilla"):
    def __init__(self, v=0):
        print("Base.__init__", v)
        self.v = v
    def method(self):
        return self.v
class Sub(Base):
    extra = 1
b = Sub(5)
print(b.v, Sub.created_by, type(Sub).__name__, type(b).__name__, isinstance(Sub, Meta))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry):
    pass
class R2(R1):
    pass
print(Registry.classes)
Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.created_by)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init once")
print(Config() is Config())
