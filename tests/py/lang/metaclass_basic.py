# Metaclasses
class Meta(type):
    created = []
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["tag"] = kwargs.get("tag", "none")
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__} with {args}")
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v

class Child(Base, tag="child"):
    pass

print(Meta.created, Base.tag, Child.tag, Child.initialized)
c = Child(5)
print(c.v, type(Child).__name__, type(c).__name__, Child)
print(isinstance(Child, Meta), isinstance(Child, type), type(type) is type)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init once")
print(Config() is Config())

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns):
        fields = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = fields
        return cls

class Record(metaclass=Ordered):
    z = 1
    a = 2
    def m(self):
        pass
print(Record.fields, Record.injected)

Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, Dyn.tag, Meta.created[-1])

class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta-attr {name}"
class UsesAttrMeta(metaclass=AttrMeta):
    real = "real"
print(UsesAttrMeta.real, UsesAttrMeta.fake)
print(type.__name__, type(int).__name__, type(Meta).__name__)
