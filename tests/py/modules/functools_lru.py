# _functools._lru_cache_wrapper: bounded, unbounded and maxsize=0 caches, typed keys,
# keyword arguments in keys, cache_info/cache_clear, binding as a method, errors.
from _functools import _lru_cache_wrapper


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: _lru_cache_wrapper())
t(lambda: _lru_cache_wrapper(len))
t(lambda: _lru_cache_wrapper(len, 1, 2))
t(lambda: _lru_cache_wrapper(1, 1, 2, 3))
t(lambda: _lru_cache_wrapper(len, 'x', 2, 3))
t(lambda: _lru_cache_wrapper(len, 1, 2, 3, 4))
t(lambda: _lru_cache_wrapper(len, 1, 2, 3, maxsize=4))
t(lambda: _lru_cache_wrapper(len, 1, 2, cache_info=3))
calls = []


def g(*a, **k):
    calls.append((a, k))
    return len(calls)


def info(*a):
    return a


w = _lru_cache_wrapper(g, 2, False, info)
t(lambda: [w(1), w(1), w(2), w(3), w(1), w(2)])
t(lambda: w.cache_info())
t(lambda: (w(1, x=2), w(1, x=2), w(x=2), w(1.0, x=2)))
t(lambda: calls[-3:])
w.cache_clear()
t(lambda: w.cache_info())
wt = _lru_cache_wrapper(g, None, True, info)
t(lambda: [wt(1), wt(1.0), wt(1), wt("a"), wt("a"), wt(a=1), wt(a=1.0), wt(a=1)])
t(lambda: wt.cache_info())
wu = _lru_cache_wrapper(g, None, False, info)
t(lambda: [wu(1), wu(1.0), wu(True), wu((1,)), wu(1, 2), wu(1, 2)])
t(lambda: wu.cache_info())
w0 = _lru_cache_wrapper(g, 0, False, info)
t(lambda: [w0(1), w0(1)])
t(lambda: w0.cache_info())
t(lambda: _lru_cache_wrapper(len, -5, False, info).cache_info())
t(lambda: _lru_cache_wrapper(len, 2 ** 70, False, info))
t(lambda: _lru_cache_wrapper(len, 3.0, False, info))
t(lambda: w.__dict__)
t(lambda: w.__reduce__())
w.__qualname__ = "my.qual"
t(lambda: w.__reduce__())
t(lambda: w.__copy__() is w)
t(lambda: w.__deepcopy__({}) is w)
t(lambda: w([]))
t(lambda: w.__doc__.splitlines()[0])
t(lambda: type(w).__name__)


class C:
    m = _lru_cache_wrapper(lambda self, x: (type(self).__name__, x), 10, False, info)


t(lambda: C().m(5))
t(lambda: C.m is C.__dict__["m"])
t(lambda: C.m.__get__(None, C) is C.m)


def fib(n):
    return n if n < 2 else cfib(n - 1) + cfib(n - 2)


cfib = _lru_cache_wrapper(fib, 3, False, info)
t(lambda: cfib(60))
t(lambda: cfib.cache_info())


def boom(x):
    raise ValueError(x)


wb = _lru_cache_wrapper(boom, 2, False, info)
t(lambda: wb(1))
t(lambda: wb.cache_info())


class Unhashable:
    __hash__ = None


t(lambda: _lru_cache_wrapper(g, None, False, info)(Unhashable()))

# Recursion that fills the cache while the outer call runs.
depth = []


def rec(n):
    depth.append(n)
    return rec_c(n - 1) + 1 if n else 0


rec_c = _lru_cache_wrapper(rec, 2, False, info)
t(lambda: (rec_c(5), rec_c.cache_info(), rec_c(5), rec_c(0)))
try:
    type(w)(len, 1, False, info).x = 1
    print("attribute set")
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(type(w)):
        pass
except TypeError as e:
    print("TypeError", e)
