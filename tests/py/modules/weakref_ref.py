# _weakref.ref: sharing of the callback-less ref, callbacks, counts, death on del,
# repr (addresses cut off), hash and equality, __callback__, which types accept weak refs.
import _weakref
ref = _weakref.ref


def r_repr(r):
    s = repr(r)
    head, _, rest = s.partition(" at 0x")
    if "; to " in rest:
        rest = rest[rest.index("; to "):]
        target, _, tail = rest.partition(" at 0x")
        return head + " " + target + " " + tail[tail.index(">") if ">" in tail and "(" not in tail else tail.index(" ("):]
    return head + " " + rest[rest.index(";"):]


class A:
    pass


a = A()
r = ref(a)
print(r() is a, ref(a) is r, _weakref.getweakrefcount(a), a.__weakref__ is r)
print(type(r).__name__, type(r) is _weakref.ReferenceType, r.__callback__)


def cb(x):
    print("cb called, dead:", x() is None, x is r2)


r2 = ref(a, cb)
r3 = ref(a, None)
print(r2 is not r, r3 is r, r2.__callback__ is cb, _weakref.getweakrefcount(a))
print([w is r for w in _weakref.getweakrefs(a)], [w is r2 for w in _weakref.getweakrefs(a)])
print(r == r2, r != r2, hash(r) == hash(a), hash(r2) == hash(a))
print(r_repr(r))
del a
print("after del:", r(), r2(), r == r2, r == r, r2.__callback__)
print(r_repr(r))
print(hash(r2) == hash(r2))
b = A()
rb = ref(b)
del b
try:
    hash(rb)
except TypeError as e:
    print("TypeError", e)


def f():
    pass


print(r_repr(ref(f)))
for obj in (1, "s", (1,), [], {}, b"x", 1.5, None, object()):
    try:
        ref(obj)
    except TypeError as e:
        print("TypeError", e)


class M:
    def meth(self):
        pass


for obj in (f, A, set(), frozenset(), len, (x for x in ()), f.__code__, _weakref, M().meth, A().__init__, M.__dict__["meth"].__get__):
    if type(obj).__name__ == "method-wrapper":
        try:
            ref(obj)
        except TypeError as e:
            print("TypeError", e)
        continue
    print(type(obj).__name__, ref(obj)() is obj)


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


for cls in (I, T, L):
    try:
        x = cls()
        print(cls.__name__, ref(x)() is x, cls.__weakrefoffset__)
    except TypeError as e:
        print("TypeError", e)
try:
    ref()
except TypeError as e:
    print("TypeError", e)
try:
    ref(A(), None, 3)
except TypeError as e:
    print("TypeError", e)
try:
    ref(A(), callback=None)
except TypeError as e:
    print("TypeError", e)
x = A()
try:
    ref(x)(1)
except TypeError as e:
    print("TypeError", e)
try:
    ref(x)(k=1)
except TypeError as e:
    print("TypeError", e)
print(_weakref.getweakrefcount(1), _weakref.getweakrefs(1), _weakref.getweakrefs(A()))
print(ref[int], ref.__module__, ref.__name__, _weakref.ProxyType.__name__)
print(ref(x) < ref(x) if False else "no ordering:", end=" ")
try:
    ref(x) < ref(x)
except TypeError as e:
    print("TypeError", e)
