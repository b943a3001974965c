# isinstance and issubclass
class A: pass
class B(A): pass
class C(B): pass
class D: pass
a, b, c = A(), B(), C()
print(isinstance(c, A), isinstance(c, B), isinstance(a, B), isinstance(c, (D, B)), isinstance(c, ()))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(C, (D, A)), issubclass(D, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance(b"s", str), isinstance([], list), isinstance((), tuple))
print(isinstance(None, type(None)), isinstance(None, object), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(A, type), isinstance(a, type), issubclass(type, object), issubclass(object, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(isinstance(c, (int, (str, (A,)))), isinstance(3, int | str), issubclass(bool, int | None))
try:
    isinstance(a, a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(a, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(type(c) is C, type(c) == B, type(c).__mro__ == (C, B, A, object))
print(C.__bases__ == (B,), object.__bases__, type.__bases__)
class Multi(B, D): pass
print(isinstance(Multi(), D), isinstance(Multi(), A), [k.__name__ for k in Multi.__mro__])
print(isinstance(len, type(print)), type(len).__name__, isinstance(A.__init__, object))
print(isinstance(1 + 2j, complex), isinstance(range(1), range), isinstance({}.keys(), object))
