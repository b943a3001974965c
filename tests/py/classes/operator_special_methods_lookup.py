# Special methods are looked up on the type, not the instance; assigning dunders to the class works.
class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
try:
    len(c)
except TypeError as e:
    print("TypeError", e)
print(repr(c).startswith("<__main__.C object"), c.__len__())
C.__len__ = lambda self: 7
print(len(c))
C.__add__ = lambda self, o: f"added {o}"
print(c + 1)
C.__getitem__ = lambda self, k: k * 2
print(c[21], list(iter(C.__getitem__.__get__(c) and [])) if False else c[1])
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError", e)
C.__eq__ = lambda self, o: True
print(c == 1, C.__hash__ is None if "__hash__" in C.__dict__ else "hash unchanged", hash(c) is not None)
class D:
    def __iter__(self):
        return iter([1, 2])
d = D()
d.__iter__ = lambda: iter([9])
print(list(d))
D.__iter__ = lambda self: iter("xy")
print(list(d))
class E:
    __bool__ = lambda self: False
    __len__ = lambda self: 3
print(bool(E()), len(E()))
class Inherit(E):
    pass
Inherit.__bool__ = lambda self: True
print(bool(Inherit()), bool(E()))
class Callable:
    pass
cl = Callable()
cl.__call__ = lambda: 1
print(callable(cl))
Callable.__call__ = lambda self: "class call"
print(callable(cl), cl())
class WithEnter:
    pass
w = WithEnter()
w.__enter__ = lambda: 1
w.__exit__ = lambda *a: None
try:
    with w:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
