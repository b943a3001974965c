# Properties are looked up on the type: overriding in subclasses, super() in properties, class access.
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "shape"
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return "square (a " + super().name + ")"
    @Shape.area.setter
    def area(self, value):
        self.w = self.h = value ** 0.5
s = Square(3)
print(s.area, s.name, Shape(2, 5).area, Shape(2, 5).name)
s.area = 16
print(s.w, s.h, s.area)
try:
    Shape(1, 1).area = 5
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Shape.area, property), Square.area.fset is not None, Shape.area.fset)
class Cached:
    count = 0
    @property
    def value(self):
        Cached.count += 1
        self.__dict__["value_cache"] = Cached.count
        return Cached.count
c = Cached()
print(c.value, c.value, c.value_cache, Cached.count)
c.__dict__["value"] = "ignored: property is a data descriptor"
print(c.value)
class Dyn:
    pass
Dyn.prop = property(lambda self: "added later")
print(Dyn().prop)
del Dyn.prop
try:
    Dyn().prop
except AttributeError as e:
    print("AttributeError", e)
