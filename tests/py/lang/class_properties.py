# Properties
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fset is None, Temperature.celsius.fget.__name__)

class Lazy:
    calls = 0
    def _get(self):
        Lazy.calls += 1
        return 42
    value = property(_get, doc="the answer")
l = Lazy()
print(l.value, l.value, Lazy.calls, Lazy.value.__doc__)

class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name
print(Derived().name)

class Shadow:
    @property
    def x(self):
        return "property wins"
s = Shadow()
s.__dict__["x"] = "instance dict"
print(s.x)
try:
    del s.x
except AttributeError as e:
    print(type(e).__name__, e)
