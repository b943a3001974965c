# A metaclass's mro(): results are checked (classes only, suitable layout, not empty), a type
# whose mro() is still running cannot be extended, super() on it finds nothing, and a class its
# own mro() leaves out is not a subtype of itself.
class B:
    pass
class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M):
        pass
except TypeError as e:
    print("TypeError", e)

log = []
class M2(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != "X":
            try:
                class X(cls):
                    pass
            except TypeError as e:
                log.append(f"TypeError {e}")
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                log.append(f"AttributeError {e}")
        return type.mro(cls)
class A2(metaclass=M2):
    pass
print(log, A2.__mro__[0] is A2)

for result in ([1], [int, object], [], (object,)):
    class M3(type):
        def mro(cls, result=result):
            return result
    try:
        class A3(str if result == [int, object] else object, metaclass=M3):
            pass
        print(A3.__mro__, issubclass(A3, A3), isinstance(A3.__new__(A3), A3))
    except TypeError as e:
        print("TypeError", e)
