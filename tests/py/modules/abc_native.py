# _abc used directly (as Lib/abc.py's ABCMeta uses it): abstract method computation,
# register, isinstance/issubclass through the caches, the subclass hook, cache token,
# _get_dump and the reset helpers.
from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

    @abstractmethod
    def stop(self):
        pass

    def helper(self):
        return 1


class Half(Base):
    def run(self):
        return "running"


class Full(Half):
    def stop(self):
        return "stopped"


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
t(lambda: Base())
t(lambda: Half())
t(lambda: Full().run())
print(type(Base._abc_impl).__name__, type(Base._abc_impl).__module__)

token0 = get_cache_token()


class Other:
    pass


class OtherChild(Other):
    pass


print(issubclass(Other, Base), isinstance(Other(), Base))
t(lambda: Base.register(Other))
print(get_cache_token() - token0, issubclass(Other, Base), issubclass(OtherChild, Base), isinstance(OtherChild(), Base))
t(lambda: Base.register(Full))
print(get_cache_token() - token0)
t(lambda: Base.register(1))
t(lambda: Full.register(Base))
t(lambda: Base.register(Base))
print(isinstance(Full(), Base), isinstance(1, Base), issubclass(int, Base))
t(lambda: issubclass(1, Base))
t(lambda: _abc_subclasscheck(Base, 1))
reg, cache, neg, version = _get_dump(Base)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg),
      version - token0)
_reset_caches(Base)
reg, cache, neg, version = _get_dump(Base)
print(len(reg), len(cache), len(neg))
_reset_registry(Base)
print(len(_get_dump(Base)[0]), issubclass(Other, Base))


class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            if any("quack" in B.__dict__ for B in C.__mro__):
                return True
            if C is int:
                return False
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked), issubclass(str, Hooked))


class BadHook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


t(lambda: issubclass(int, BadHook))
t(lambda: _abc_init(1))
t(lambda: _abc_instancecheck(int, 1))


class Fake:
    _abc_impl = 5


t(lambda: _abc_subclasscheck(Fake, int))
t(lambda: _abc_register(Base))


class Seq(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5


class Map(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6


print("__abc_tpflags__" in Seq.__dict__, bool(Seq.__flags__ & (1 << 5)), bool(Map.__flags__ & (1 << 6)))


class Plain:
    pass


Seq.register(Plain)
print(bool(Plain.__flags__ & (1 << 5)))
match Plain():
    case [*_]:
        print("matched as a sequence")
    case _:
        print("not a sequence")
try:
    class Both(metaclass=ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError", e)


# Weak references: a registered class that dies leaves the registry.
class Temp:
    pass


Base.register(Temp)
print(len(_get_dump(Base)[0]))
del Temp
print(len(_get_dump(Base)[0]), "(cycles keep classes alive without the collector)")
