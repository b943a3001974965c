# Function → bound method binding via __get__; methods stored in containers; rebinding; __func__/__self__.
class A:
    def m(self, x=0):
        return (type(self).__name__, x)
a = A()
f = A.__dict__["m"]
print(f.__get__(a)(1), f.__get__(a, A)(2), f.__get__(None, A) is f, type(f.__get__(a)).__name__)
bound = a.m
print(bound(), bound.__func__ is f, bound.__self__ is a, bound.__name__, bound.__qualname__, bound.__doc__)
class B(A):
    pass
print(A.m(B(), 3), B().m(4), B.m is A.m)
methods = [a.m, A().m]
print([mm(9) for mm in methods])
import sys
def free(self):
    return "free called with " + type(self).__name__
A.free = free
print(a.free(), A.free(a))
print(type(a.m) is type(a.free), a.m == a.m, a.m != A().m, hash(a.m) == hash(a.m))
class Rebind:
    def __init__(self):
        self.handler = self.default
    def default(self):
        return "default handler"
    def other(self):
        return "other handler"
r = Rebind()
print(r.handler())
r.handler = r.other
print(r.handler())
r2 = Rebind()
r2.handler = Rebind.other.__get__(r2)
print(r2.handler())
print(len.__self__ if hasattr(len, "__self__") else None, [].append.__self__, "x".join.__name__, type(1 .__add__).__name__)
class WithSlotsMethod:
    __slots__ = ()
    def hi(self):
        return "hi"
print(WithSlotsMethod().hi())
try:
    a.m.extra = 1
except AttributeError as e:
    print("AttributeError", e)
print(a.m.__func__.__name__, getattr(a.m, "__wrapped__", "no wrapped"))
