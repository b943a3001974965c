import os.path as osp, sys
from collections import (OrderedDict as OD, deque)
from . import sibling
from ..pkg import *

x = 1
def plain(a, b=2, /, c=3, *args, d, e=5, **kw):
    "docstring"
    global x
    x = a + b
    return c, d, e, args, kw

def closures():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    lam = lambda y, *, z=2: y + z + count
    return inc, lam

@decorator
@other.decorator(1, key=2)
def decorated(self) -> "ret":
    pass

def annotated(a: int, *b: str, c: "x" = None, **d: float) -> list[int]:
    v: int = 1
    w: dict
    obj.attr: int = 2
    obj[key]: str

class Base:
    attr = 1
    def method(self):
        return super().method() + __class__.attr
    @property
    def prop(self):
        return self.__private
    class Inner:
        def deep(self):
            return Base, Inner
    __slots__ = ("a",)

class Meta(Base, metaclass=type, **extra):
    pass

def calls(f, args, kwargs):
    f()
    f(1, 2, x=3)
    f(*args)
    f(*args, **kwargs)
    f(1, *args, 2, k=3, **kwargs, j=4)
    obj.method(1, key=2)
    osp.join("a", "b")
    f(x for x in args)
    return f(*[1, 2, 3])

del x
