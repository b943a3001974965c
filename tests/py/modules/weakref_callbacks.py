# The order in which weak reference callbacks run, errors raised in callbacks, and
# _remove_dead_weakref.
import _weakref
ref = _weakref.ref


class A:
    pass


a = A()
refs = [ref(a, lambda r, i=i: print("callback", i)) for i in range(4)]
plain = ref(a)
print(_weakref.getweakrefcount(a))
del a
print("deleted")


class Noisy:
    def __repr__(self):
        return "<Noisy callback>"

    def __call__(self, r):
        raise ValueError("boom in callback")


b = A()
rb = ref(b, Noisy())
rb2 = ref(b, lambda r: print("second callback still runs"))
del b
print("after errors")

# A callback whose reference died first is not called.
c = A()
rc = ref(c, lambda r: print("never"))
del rc
del c
print("no callback for a dead reference")

# Callbacks may make new references and touch other objects.
d = A()
keep = []
e = A()
rd = ref(d, lambda r: keep.append(ref(e)))
del d
print(len(keep), keep[0]() is e)

# _remove_dead_weakref
d1 = {}
x = A()
d1["k"] = ref(x)
_weakref._remove_dead_weakref(d1, "k")
print(list(d1))
del x
_weakref._remove_dead_weakref(d1, "k")
print(list(d1))
_weakref._remove_dead_weakref(d1, "missing")
d1["v"] = 5
try:
    _weakref._remove_dead_weakref(d1, "v")
except TypeError as err:
    print("TypeError", err)
try:
    _weakref._remove_dead_weakref([], "v")
except TypeError as err:
    print("TypeError", err)
try:
    _weakref._remove_dead_weakref({})
except TypeError as err:
    print("TypeError", err)

# A chain: the callback of one object's reference frees another object.
class Node:
    def __init__(self, name):
        self.name = name


n1 = Node("n1")
n2 = Node("n2")
holder = {"n2": n2}
del n2
r1 = ref(n1, lambda r: holder.clear())
r2 = ref(holder["n2"], lambda r: print("n2 freed by n1's callback"))
del n1
print("done")
