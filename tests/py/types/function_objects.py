# Function objects: attributes, defaults (mutable and replaceable), kwdefaults, annotations, name/qualname rules.
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return (a, b, args, c, d, kw)
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__, type(f).__name__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_flags & 0x0C)
print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9))
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
for attr, value in [("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 5), ("__code__", 5), ("__dict__", 5)]:
    try:
        setattr(f, attr, value)
        print(attr, "accepted")
    except TypeError as e:
        print(attr, "TypeError", e)
f.__name__ = "renamed"
f.custom = "attribute"
print(f.__name__, f.__qualname__, f.custom, f.__dict__, repr(f).split(" at ")[0])
def ann(x: int, y: "str" = "s") -> list:
    pass
print(ann.__annotations__, ann.__defaults__)
ann.__annotations__ = {"new": 1}
print(ann.__annotations__)
del ann.__annotations__
print(ann.__annotations__)
def outer():
    v = 1
    def inner():
        return v
    return inner
i = outer()
print(i.__qualname__, i.__closure__ is not None, len(i.__closure__), i.__globals__ is globals(), i.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
def g():
    pass
g.__code__ = (lambda: "swapped code").__code__
print(g(), g.__name__)
try:
    g.__code__ = outer.__code__
    print(g().__qualname__)
except ValueError as e:
    print("ValueError", e)
try:
    g.__closure__ = None
except AttributeError as e:
    print("AttributeError", e)
mutable = []
def accumulate(x, acc=mutable):
    acc.append(x)
    return acc
accumulate(1); accumulate(2)
print(mutable, accumulate.__defaults__[0] is mutable)
print((lambda: 0).__name__, (lambda: 0).__qualname__, f.__get__(None, object) is f, callable(f))
