# When weak references die: with their referent's last strong reference, for generators,
# closures, instances of builtin subclasses (after __del__), and refcount bookkeeping.
import sys
import _weakref


class A:
    x = 1

    def m(self):
        return "m"


a = A()
p = _weakref.proxy(a)
print(isinstance(p, A), p.__class__.__name__, p.m(), type(p).__name__, dir(p) == dir(a))


def gen():
    yield 1


g = gen()
r = _weakref.ref(g, lambda r: print("generator gone"))
next(g)
del g


def outer():
    def inner():
        pass
    return _weakref.ref(inner, lambda r: print("closure gone"))


rr = outer()
print(rr())


class L(list):
    def __del__(self):
        print("L.__del__, ref still alive:", lr() is not None)


l = L()
lr = _weakref.ref(l, lambda r: print("L callback"))
del l


class Q:
    pass


q = Q()
wr = _weakref.ref(q)
print(sys.getrefcount(q), _weakref.getweakrefcount(q), sys.getrefcount(wr))
refs = [_weakref.ref(q, lambda r: None) for _ in range(3)]
print(_weakref.getweakrefcount(q))
del refs[1]
print(_weakref.getweakrefcount(q))
del refs
print(_weakref.getweakrefcount(q))


class Resurrect:
    saved = []

    def __del__(self):
        Resurrect.saved.append(self)


o = Resurrect()
ro = _weakref.ref(o, lambda r: print("never: the object came back"))
del o
print("resurrected, ref alive:", ro() is Resurrect.saved[0])


def f():
    pass


rf = _weakref.ref(f)
rc = _weakref.ref(f.__code__)
del f
print(rf(), rc() is not None)
m = type(sys)("mod")
rm = _weakref.ref(m, lambda r: print("module gone"))
del m
s = {1, 2}
rs = _weakref.ref(s, lambda r: print("set gone"))
s = None
print("end")
