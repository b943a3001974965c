import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...

class Impl(Base):
    def run(self): return "ran"
    @property
    def name(self): return "impl"

try:
    Base()
except TypeError as e:
    print("TypeError", e)
i = Impl()
print(i.run(), i.name, isinstance(i, Base), issubclass(Impl, Base))
print(sorted(Base.__abstractmethods__), Impl.__abstractmethods__)

class Meta(metaclass=abc.ABCMeta):
    pass
Meta.register(int)
print(isinstance(3, Meta), issubclass(bool, Meta), isinstance("x", Meta))

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized))
print(abc.get_cache_token() is not None)
class Partial(Base):
    def run(self): return 1
try:
    Partial()
except TypeError as e:
    print("TypeError", e)
print(type(Base).__name__)
