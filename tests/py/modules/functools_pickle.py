# Pickling and copying the native callables: partial (__reduce__/__setstate__), the
# operator getters (methodcaller with keywords goes through functools.partial), and the
# lru cache wrapper (pickled by name, copied as itself). Protocol 2 (no framing).
import copy
import functools
import operator
import pickle


def rt(obj):
    return pickle.loads(pickle.dumps(obj, 2))


p = functools.partial(int, "12", base=3)
q = rt(p)
print(q, q(), q == p)
p.attr = "kept"
print(rt(p).attr)
print(rt(operator.itemgetter(1, 2))("abc"))
print(rt(operator.itemgetter(0))("abc"))
print(rt(operator.attrgetter("real", "imag.real"))(3))
mc = operator.methodcaller("split", ",", maxsplit=1)
print(rt(mc)("a,b,c"), mc.__reduce__()[1])
print(copy.copy(p) is not p, copy.deepcopy(p).args, copy.copy(operator.itemgetter(2))("xyz"))


@functools.lru_cache
def cached(x):
    return x


print(rt(cached) is cached, copy.copy(cached) is cached, copy.deepcopy(cached) is cached)
