# Classes: inheritance and super()
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"

a = Animal("generic")
d = Dog("Rex", "lab")
p = Puppy("Bit", "pug")
for x in (a, d, p):
    print(x.describe())
print(p.breed, isinstance(p, Animal), isinstance(a, Dog), type(p).__name__)
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print([k.__name__ for k in D.mro()])

class Base:
    def __init__(self):
        self.log = ["Base"]
class Mid(Base):
    def __init__(self):
        super(Mid, self).__init__()
        self.log.append("Mid")
print(Mid().log)

class Explicit(Dog):
    def speak(self):
        return Animal.speak(self) + " (explicit)"
print(Explicit("E", "x").speak())

class WithClassmethod:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(WithClassmethod):
    @classmethod
    def create(cls):
        return "sub:" + super().create()
print(Sub.create())

try:
    class Bad(D, B, C):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "breed"), hasattr(a, "breed"))
d.kind = "instance override"
print(d.kind, Dog.kind, Puppy.kind)
