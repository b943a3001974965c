# C3 linearisation: diamonds, cooperative super() chains, mro() method and __mro__ tuples.
class Base:
    def hello(self):
        print("Base")
class Left(Base):
    def hello(self):
        print("Left")
        super().hello()
class Right(Base):
    def hello(self):
        print("Right")
        super().hello()
class Bottom(Left, Right):
    def hello(self):
        print("Bottom")
        super().hello()
Bottom().hello()
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
class K1(O): pass
class K2(O): pass
class K3(O): pass
class Z1(K1, K2): pass
class Z2(K2, K3): pass
class Z(Z1, Z2): pass
print([k.__name__ for k in Z.__mro__])
class Init:
    def __init__(self, **kw):
        print("Init", sorted(kw))
class Named(Init):
    def __init__(self, name, **kw):
        print("Named", name)
        super().__init__(**kw)
class Aged(Init):
    def __init__(self, age, **kw):
        print("Aged", age)
        super().__init__(**kw)
class Person(Named, Aged):
    pass
Person(name="ann", age=3, extra=1)
print([c.__name__ for c in Person.__mro__], Person.__bases__, Bottom.__base__)
class Meta(type):
    def mro(cls):
        print("custom mro for", cls.__name__)
        return [cls, object]
class Odd(Base, metaclass=Meta):
    pass
print(Odd.__mro__, hasattr(Odd(), "hello"))
