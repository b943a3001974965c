# property: docs taken from getters (also across .setter/.getter copies and in subclasses),
# __isabstractmethod__ through truth values, __set_name__ arity; staticmethod/classmethod too.
class Base:
    @property
    def spam(self):
        """Base.getter"""
        return 1
    @spam.setter
    def spam(self, v):
        pass
class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """Sub.getter"""
        return 2
print(Base.spam.__doc__, Sub.spam.__doc__)

class WithDoc:
    spam = property(lambda self: 1, doc="explicit")
class WithDocSub(WithDoc):
    @WithDoc.spam.getter
    def spam(self):
        """ignored"""
        return 3
print(WithDoc.spam.__doc__, WithDocSub.spam.__doc__)

class PropSub(property):
    """a property subclass"""
class PropSlots(property):
    __slots__ = ()
class UsesSub:
    @PropSub
    def x(self):
        """getter doc"""
        return 1
print(UsesSub.x.__doc__, UsesSub.x.__dict__)
try:
    class Bad:
        @PropSlots
        def x(self):
            """doc"""
except AttributeError as e:
    print("AttributeError", e)

for val in (True, False, [], [1], "", "1"):
    def f(self):
        pass
    f.__isabstractmethod__ = val
    print(repr(val), property(f).__isabstractmethod__, staticmethod(f).__isabstractmethod__,
          classmethod(f).__isabstractmethod__)
class Boom:
    @property
    def __isabstractmethod__(self):
        raise ValueError("boom")
try:
    property(Boom()).__isabstractmethod__
except ValueError as e:
    print("ValueError", e)

p = property()
for n in (0, 1, 3):
    try:
        p.__set_name__(*[0] * n)
    except TypeError as e:
        print(e)
