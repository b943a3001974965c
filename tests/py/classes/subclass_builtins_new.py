# __new__ vs __init__ for immutable builtins; overriding __new__ to cache or validate instances.
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        return super().__new__(cls, v)
print(Positive(5), type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError", e)
class Tag(str):
    def __init__(self, value):
        print("Tag.__init__", value)
        self.original = value
t = Tag("abc")
print(t, t.original)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), type(pr + (3,)).__name__, isinstance(pr, tuple))
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print("creating", key)
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
    def __init__(self, key):
        print("init", key)
print(Interned("a") is Interned("a"), Interned("b") is Interned("a"))
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("also never called")
print(type(ReturnsOther()).__name__)
class SubReturn(ReturnsOther):
    pass
class BaseNew:
    def __new__(cls, *args):
        print("BaseNew", cls.__name__, args)
        return object.__new__(cls)
    def __init__(self, *args):
        print("BaseNew init", args)
class Child(BaseNew):
    pass
Child(1, 2)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
try:
    object()(1) if False else object(1)
except TypeError as e:
    print("TypeError", e)
