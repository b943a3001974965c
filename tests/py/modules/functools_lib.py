# Lib/functools.py on top of _functools: lru_cache, cache, partial, partialmethod, reduce,
# cmp_to_key, wraps, total_ordering, cached_property.
import functools


@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear()
print(sq.cache_info())
print(type(sq).__name__, type(sq).__module__)


@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info().currsize)


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed.cache_info().currsize)

p = functools.partial(int, base=2)
print(p("101"), repr(p), type(p) is functools.partial)


class Cell:
    def __init__(self):
        self.v = None

    def set(self, v):
        self.v = v
        return self

    set_one = functools.partialmethod(set, 1)


print(Cell().set_one().v)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def documented():
    "The doc."


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))


class Lazy:
    @functools.cached_property
    def value(self):
        print("computing value")
        return 42


lz = Lazy()
print(lz.value, lz.value)
