# Lib/abc.py with the native _abc: ABC, abstractmethod, register, __subclasshook__,
# and collections.abc's checks that rest on them.
import abc
import collections.abc as cabc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError", e)
print(Square(3).area(), Square(3).name, sorted(Shape.__abstractmethods__), isinstance(Square(1), Shape))


class Foreign:
    pass


Shape.register(Foreign)
print(issubclass(Foreign, Shape), isinstance(Foreign(), Shape), abc.get_cache_token() >= 1)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator),
      issubclass(dict, cabc.MutableMapping), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable))


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(int, cabc.Iterable))
print(type(Shape).__name__, abc.ABCMeta.__module__, Shape._abc_impl.__class__.__name__)
