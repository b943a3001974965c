# _functools.reduce and cmp_to_key (the KeyWrapper type), with their argument errors.
from _functools import reduce, cmp_to_key


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: reduce())
t(lambda: reduce(1))
t(lambda: reduce(1, 2, 3, 4))
t(lambda: reduce(lambda a, b: a, [], x=1))
t(lambda: reduce(lambda a, b: a, 5))
t(lambda: reduce(lambda a, b: a, []))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3, 4]))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3, 4], 10))
t(lambda: reduce(lambda a, b: a + b, [], 10))
t(lambda: reduce(lambda a, b: a + b, "abc"))
t(lambda: reduce(lambda a, b: a * b, range(1, 8)))
t(lambda: reduce(lambda a, b: 1 / 0, [1, 2]))
t(lambda: reduce(lambda a, b: [a, b], iter([1, 2, 3])))


def bad_iter():
    yield 1
    raise KeyError("from the iterator")


t(lambda: reduce(lambda a, b: a, bad_iter()))
t(lambda: reduce.__doc__.splitlines()[0])

t(lambda: cmp_to_key())
t(lambda: cmp_to_key(1, 2))
t(lambda: cmp_to_key(foo=len))
t(lambda: type(cmp_to_key(mycmp=len)).__name__)
K = cmp_to_key(lambda a, b: a - b)
t(lambda: K())
t(lambda: K(1, 2))
t(lambda: K(obj=3).obj)
t(lambda: K(x=3))
t(lambda: K(1) < 2)
t(lambda: K < K)
t(lambda: hash(K(1)))
t(lambda: [K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(2) >= K(3), K(1) == K(1), K(1) != K(1)])
t(lambda: type(K))
t(lambda: K.obj)
k = K(5)
k.obj = 7
t(lambda: k.obj)
del k.obj
t(lambda: k.obj)
t(lambda: type(K)())
t(lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
t(lambda: sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
t(lambda: sorted([1, 2], key=cmp_to_key(lambda a, b: "x")))
t(lambda: min([4, 2, 8], key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
