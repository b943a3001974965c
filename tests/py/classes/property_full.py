# property: getter/setter/deleter, docstrings, chaining, errors for missing setter/deleter.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t._c, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
p = property(lambda self: 42, doc="answer")
class Q:
    answer = p
    x = property()
print(Q().answer, Q.answer.__doc__, Q.answer.fget(None), Q.answer.fset, Q.answer.fdel)
try:
    Q().x
except AttributeError as e:
    print("AttributeError", e)
class R:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "the x")
r = R()
r.x = 4
print(r.x, R.x.__doc__, R.x.fget.__name__)
class Base:
    @property
    def v(self):
        return "base"
class Child(Base):
    @Base.v.getter
    def v(self):
        return "child"
print(Base().v, Child().v, Base.v is not Child.v)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Raises().bad)
