# Edge cases of the object model: method hashing, comparison slots, type attribute errors,
# __class__ during mro(), classmethod over a bound method, function builtins, dir().
class A:
    def f(self): pass
a = A()
print(hash(a.f) == hash(a.f), a.f == a.f, A.f == A.f)

class Unhashable:
    __hash__ = None
    def f(self): return 1
print(type(hash(Unhashable().f)).__name__)

def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())

def outer():
    class Inner:
        pass
    return Inner
Inner = outer()
for f in (lambda: Inner.x, lambda: delattr(Inner, "x"), lambda: type.__setattr__(Inner, b"x", 1),
          lambda: setattr(int, "x", 1), lambda: type.__setattr__(int, b"x", 1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

seen = []
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class WithCell(metaclass=Meta):
    def f():
        seen.append(__class__)
print(seen == [WithCell])

class Host:
    def foo(self, cls):
        return ("spam", cls.__name__)
class UsesBound:
    bar = classmethod(Host().foo)
print(UsesBound.bar(), UsesBound().bar())
print(hasattr(Host().foo, "__get__"), hasattr(type(Host().foo), "__get__"))

ns = {"__builtins__": {"None": None}, "type": type}
exec("def g(): pass\nh = type(g)(g.__code__, {})\n", ns)
print(ns["g"].__builtins__, ns["h"].__builtins__ is ns["g"].__builtins__)

class F:
    def a(self): pass
F.a.known_attr = 7
print("known_attr" in dir(F().a), "known_attr" in F().a.__dir__())
class B1:
    x = 1
class B2:
    y = 2
class D(B1, B2):
    z = 3
d = D()
d.w = 4
print([n for n in d.__dir__() if len(n) == 1], [n for n in D.__dir__(D) if len(n) == 1])
