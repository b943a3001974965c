# The descriptor objects themselves: property/staticmethod/classmethod attributes, copying with getter/setter, reprs.
def getter(self):
    "getter doc"
    return 1
p = property(getter)
print(p.fget is getter, p.fset, p.fdel, p.__doc__, type(p).__name__, p.__isabstractmethod__)
p2 = p.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p2 is p, p2.fget is getter, p2.fset is not None, p3.fdel is not None, p3.__doc__)
q = property(doc="explicit")
print(q.__doc__, q.fget)
try:
    property(5).__get__(object(), object)
except TypeError as e:
    print("TypeError", e)
print(p.__get__(None, object) is p)
sm = staticmethod(getter)
cm = classmethod(getter)
print(type(sm).__name__, type(cm).__name__, sm.__func__ is getter, cm.__func__ is getter, sm.__doc__, cm.__doc__, sm.__name__, cm.__qualname__)
print(sm(None), sm.__get__(None, int) is getter, cm.__get__(None, int)(), cm.__get__(5)(), type(cm.__get__(None, int)).__name__)
print(callable(sm), callable(cm), repr(sm).startswith("<staticmethod("), repr(cm).startswith("<classmethod("))
try:
    cm()
except TypeError as e:
    print("TypeError", e)
sm.extra = "attribute on staticmethod"
print(sm.extra, sm.__dict__)
print(staticmethod(5).__func__, classmethod(5).__func__)
try:
    staticmethod()
except TypeError as e:
    print("TypeError", e)
class Abstractish:
    @property
    def prop(self):
        return 1
    prop.fget.__isabstractmethod__ = True
print(Abstractish.__dict__["prop"].__isabstractmethod__)
class W:
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return cls.__name__
print(W.__dict__["s"].__wrapped__ is W.s, W.__dict__["c"].__wrapped__.__name__, W.s(), W().c())
