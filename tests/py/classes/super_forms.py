# super() zero-arg and two-arg forms, super in classmethods/staticmethods/properties/nested functions.
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    @property
    def prop(self):
        return "B.prop>" + super().prop
class C(B):
    def who(self):
        return "C>" + super(C, self).who()
    def skip(self):
        return super(B, self).who()
    def nested(self):
        def inner():
            return super(C, self).who()
        return inner()
    def lam(self):
        return (lambda: super(C, self).who())()
c = C()
print(c.who(), c.skip(), c.nested(), c.lam(), C.cm(), c.prop)
print(super(C, c).who(), super(B, C).cm(), super(C, C).cm())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(super(B, c))[:40])
class D(A):
    def method(self):
        __class__
        return super().who()
print(D().method())
def outside(self):
    return super(E, self).who()
class E(A):
    f = outside
print(E().f())
class F(A):
    def __init__(self):
        self.x = super().who()
print(F().x)
class G(A):
    def who(self):
        sup = super()
        return "G>" + sup.who() + ">" + sup.cm()
print(G().who())
