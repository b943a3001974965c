# Class decorators and decorating methods
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
a = Db("first")
b = Db("second")
print(a is b, b.url, type(Db).__name__)
def log_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn, name=name):
                def wrapper(self, *args):
                    print(f"call {name}{args}")
                    return fn(self, *args)
                return wrapper
            setattr(cls, name, make(val))
    return cls
@log_methods
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
c = Calc()
print(c.add(2, 3), c.neg(4))
def method_deco(fn):
    def wrapper(self, *a):
        return ("wrapped", fn(self, *a))
    return wrapper
class Service:
    @method_deco
    def run(self, x):
        return x * 2
    @staticmethod
    @method_deco
    def static_run(self_like):
        return self_like
    @property
    @method_deco
    def prop(self):
        return "p"
s = Service()
print(s.run(4), Service.static_run(None, ), s.prop)
def with_counter(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@with_counter
class Thing:
    def __init__(self, n):
        self.n = n
things = [Thing(i) for i in range(5)]
print(Thing.instances, things[-1].n)
