# staticmethod and classmethod: binding, access through instance/class/subclass, wrappers' attributes.
class A:
    factor = 2
    @staticmethod
    def s(x):
        return x * 10
    @classmethod
    def c(cls, x):
        return (cls.__name__, x * cls.factor)
    def plain(self):
        return type(self).__name__
class B(A):
    factor = 3
print(A.s(1), A().s(2), B.s(3), A.c(1), B.c(1), B().c(2), A.c.__self__ is A, B.c.__func__ is A.c.__func__)
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__, type(A.s).__name__, type(A.c).__name__, type(A().plain).__name__)
sm = A.__dict__["s"]
cm = A.__dict__["c"]
print(sm.__func__(5), cm.__func__(B, 5), sm.__isabstractmethod__ if hasattr(sm, "__isabstractmethod__") else False)
print(callable(sm), sm(7))
print(A.plain(B()), A().plain.__self__.__class__.__name__, A().plain.__func__ is A.plain)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def make(cls):
        return cls()
class Sub(Counter):
    instances = 0
Counter.make(); Sub.make(); Sub.make()
print(Counter.instances, Sub.instances)
def free(x):
    return x
class H:
    f = free
    g = staticmethod(free)
    h = classmethod(free)
print(H().f() is not None, H().g(1), H.h().__name__, H().h().__name__)
try:
    H().f(1)
except TypeError as e:
    print("TypeError", e)
class Doc:
    @staticmethod
    def documented():
        "static doc"
    @classmethod
    def cdoc(cls):
        "class doc"
print(Doc.documented.__doc__, Doc.cdoc.__doc__, Doc.__dict__["documented"].__doc__, Doc.__dict__["documented"].__wrapped__.__name__)
class Props:
    @classmethod
    @property
    def name(cls):
        return "classprop " + cls.__name__
print(Props.name)
