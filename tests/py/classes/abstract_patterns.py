# Abstract-base-class patterns without abc: NotImplementedError, template methods, registration checks.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
print(Circle(2).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
class Interface:
    required = ("load", "save")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {', '.join(missing)}")
class Good(Interface):
    def load(self): return "loaded"
    def save(self): return "saved"
print(Good().load(), Good().save())
try:
    class Bad(Interface):
        def load(self): pass
except TypeError as e:
    print("TypeError", e)
class NoInstances:
    def __new__(cls, *a, **k):
        if cls is NoInstances:
            raise TypeError("NoInstances is abstract")
        return super().__new__(cls)
class Concrete(NoInstances):
    def __init__(self, v):
        self.v = v
try:
    NoInstances()
except TypeError as e:
    print("TypeError", e)
print(Concrete(5).v)
class Hookable:
    def run(self):
        self.before()
        print("running", type(self).__name__)
        self.after()
    def before(self): pass
    def after(self): pass
class Noisy(Hookable):
    def before(self): print("before")
    def after(self): print("after")
Hookable().run()
Noisy().run()
def duck(obj):
    try:
        return obj.quack()
    except AttributeError:
        return "not a duck"
class Duck:
    def quack(self): return "quack"
print(duck(Duck()), duck(5))
print(NotImplemented is not NotImplementedError, issubclass(NotImplementedError, RuntimeError))
