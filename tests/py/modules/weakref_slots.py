# Weak references and classes: __weakref__ in __slots__, offsets and sizes, subclasses of
# ref with extra slots (as weakref.KeyedRef), __weakref__ getter.
import _weakref
ref = _weakref.ref


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class Sub(Plain):
    pass


class SubSlots(Slotted):
    pass


for cls in (Plain, Slotted, SlottedWeak, Sub, SubSlots):
    print(cls.__name__, cls.__basicsize__, cls.__weakrefoffset__, "__weakref__" in cls.__dict__)
    try:
        o = cls()
        print("  ", ref(o)() is o, o.__weakref__ is ref(o))
    except (TypeError, AttributeError) as e:
        print("  ", type(e).__name__, e)

for slots in (("__weakref__", "__weakref__"),):
    try:
        type("X", (), {"__slots__": slots})
    except TypeError as e:
        print("TypeError", e)
try:
    type("X", (Plain,), {"__slots__": ("__weakref__",)})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (int,), {"__slots__": ("__weakref__",)})
except TypeError as e:
    print("TypeError", e)


class B:
    __slots__ = ()


class W:
    __slots__ = ("__weakref__",)


class Both(B, W):
    __slots__ = ()


print(Both.__weakrefoffset__, "__weakref__" in Both.__dict__, ref(Both())() is None)
print(Plain.__dict__["__weakref__"].__doc__)
print(type(Plain.__dict__["__weakref__"]).__name__)


class KeyedRef(ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


p = Plain()
k = KeyedRef(p, lambda r: print("keyed cb", r.key), "K1")
print(type(k).__name__, k.key, k() is p, k is not ref(p), isinstance(k, ref))
r0 = ref(p)
print([type(w).__name__ for w in _weakref.getweakrefs(p)])


class MyRef(ref):
    pass


m1 = MyRef(p)
m2 = MyRef(p)
print(m1 is not m2, m1 == m2, m1() is p, hash(m1) == hash(p))
del p
print(k(), m1())


class WithDel:
    def __del__(self):
        print("__del__ sees ref alive:", r() is self)


w = WithDel()
r = ref(w, lambda x: print("callback after __del__, dead:", x() is None))
del w
print("end")
