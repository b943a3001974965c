# Private name mangling (__x → _Class__x) in methods, class bodies, nested classes and getattr strings.
class A:
    __secret = "A's secret"
    def __init__(self):
        self.__value = 1
    def get(self):
        return self.__value, self.__secret
    def __private_method(self):
        return "private"
    def call(self):
        return self.__private_method()
class B(A):
    __secret = "B's secret"
    def __init__(self):
        super().__init__()
        self.__value = 2
    def get_b(self):
        return self.__value, self.__secret
b = B()
print(b.get(), b.get_b(), sorted(k for k in vars(b)), b.call())
print(A._A__secret, B._B__secret, hasattr(b, "__value"), getattr(b, "_A__value"))
try:
    b.__private_method()
except AttributeError as e:
    print("AttributeError", e)
class Outer:
    __x = "outer"
    class Inner:
        __y = "inner"
        def show(self):
            return self.__y
    def show(self):
        return self.__x, self.Inner().show()
print(Outer().show(), [k for k in vars(Outer.Inner) if "y" in k])
class Dunder:
    __both__ = "not mangled"
    def get(self):
        return self.__both__
print(Dunder().get(), "__both__" in vars(Dunder))
class _Underscore:
    __name = "leading underscore class"
    def get(self):
        return self.__name
print(_Underscore().get(), [k for k in vars(_Underscore) if "name" in k])
class ___:
    __z = 1
    def get(self):
        return self.__z
print(___().get(), [k for k in vars(___) if "z" in k])
class M:
    def method(self):
        __local = 5
        return __local, [n for n in self.method.__code__.co_varnames]
print(M().method())
class G:
    def go(self):
        return getattr(self, "__hidden", "strings are not mangled")
print(G().go())
