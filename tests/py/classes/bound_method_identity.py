# Bound methods: equality compares __self__ identity and __func__, hashing, fresh objects per access, repr pieces.
class A:
    def m(self):
        return "m"
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a, b = A(), A()
print(a.m == a.m, a.m is a.m, a.m == b.m, a == b, hash(a.m) == hash(a.m), A.m == A.m)
print(a.m.__func__ is A.m, a.m.__self__ is a, type(a.m).__name__, a.m.__name__, a.m.__qualname__, a.m.__module__)
print(repr(a.m).startswith("<bound method A.m of "), a.m.__doc__)
class B:
    def __repr__(self):
        return "B()"
    def meth(self):
        pass
print(repr(B().meth), str(B().meth))
methods = {a.m: "a", b.m: "b"}
print(len(methods), methods[a.m])
bm = a.m
del a
print(bm(), type(bm.__self__).__name__)
import sys
c = B()
before = sys.getrefcount(c)
m1 = c.meth
print(sys.getrefcount(c) - before)
del m1
print(sys.getrefcount(c) - before)
MethodType = type(c.meth)
nm = MethodType(lambda self, x: (type(self).__name__, x), c)
print(nm(5), nm.__self__ is c)
try:
    MethodType(lambda: 0, None)
except TypeError as e:
    print("TypeError", e)
try:
    MethodType(5, c)
except TypeError as e:
    print("TypeError", e)
class WithCall:
    def __call__(self, *a):
        return a
bound_callable = MethodType(WithCall(), "self-arg")
print(bound_callable(1))
print(B.meth.__get__(c) == c.meth, B.meth.__get__(c, B).__self__ is c)
