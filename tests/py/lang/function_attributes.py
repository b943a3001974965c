# Function objects: attributes, annotations, docstrings
def documented(a: int, b: str = "x", *args: float, c: bool = True, **kw) -> list:
    """Return things.

    More text."""
    return [a, b, args, c, kw]

print(documented.__name__, documented.__qualname__)
print(documented.__doc__.splitlines()[0])
print(documented.__annotations__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_varnames)
print(documented.__code__.co_argcount, documented.__code__.co_name)
print(documented.__module__, type(documented).__name__)

def no_doc():
    pass
print(no_doc.__doc__, no_doc.__annotations__, no_doc.__defaults__, no_doc())

documented.custom = "attribute"
print(documented.custom, sorted(documented.__dict__))

class C:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(C.method.__qualname__, C().method().__qualname__, C.Inner.deep.__qualname__)
print((lambda: 0).__qualname__, (lambda: 0).__name__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)

x: int = 5
y: "forward"
print(__annotations__)
class Annotated:
    a: int
    b: str = "s"
print(Annotated.__annotations__, hasattr(Annotated, "a"), Annotated.b)

def f():
    pass
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
g = f
print(g.__name__, g is f, g == f)
print(callable(f), hasattr(f, "__call__"), f.__call__() is None)
m = C().method
print(type(m).__name__, m.__name__, m.__qualname__, type(C.method).__name__)
print(C().method == C().method, m.__func__ is C.method)
