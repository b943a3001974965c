# Lib/weakref.py and Lib/_weakrefset.py over _weakref: WeakValueDictionary,
# WeakKeyDictionary, WeakSet, WeakMethod and finalize, with entries vanishing as soon as
# the last strong reference goes (no cycles involved).
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def meth(self):
        return self.name


a, b, c = Obj("a"), Obj("b"), Obj("c")
wv = weakref.WeakValueDictionary()
wv["a"] = a
wv["b"] = b
print(len(wv), sorted(wv), wv["a"], wv.get("zz"), "b" in wv)
del b
print(len(wv), sorted(wv), "b" in wv)
try:
    wv["b"]
except KeyError as e:
    print("KeyError", e)
print(wv.setdefault("c", c) is c, sorted(wv.keys()), sorted(v.name for v in wv.values()))
print(sorted((k, v.name) for k, v in wv.items()), len(list(wv.itervaluerefs())))
print(wv.pop("a") is a, sorted(wv))

wk = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wk[k1] = 1
wk[k2] = 2
print(len(wk), sorted(v for v in wk.values()), wk[k1], k2 in wk)
del k2
print(len(wk), [k.name for k in wk.keys()])
print(wk.get(k1), wk.pop(k1), len(wk))

ws = weakref.WeakSet()
s1, s2 = Obj("s1"), Obj("s2")
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws, sorted(o.name for o in ws))
del s2
print(len(ws), sorted(o.name for o in ws))
ws2 = weakref.WeakSet([s1])
print(ws == ws2, ws | ws2 == ws, isinstance(ws, weakref.WeakSet))

m = Obj("m")
wm = weakref.WeakMethod(m.meth)
print(wm()(), type(wm).__name__, wm == weakref.WeakMethod(m.meth))
del m
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

log = []
f_obj = Obj("f")
fin = weakref.finalize(f_obj, log.append, "finalized")
print(fin.alive, fin.peek()[2:], fin.peek()[0] is f_obj, log)
del f_obj
print(fin.alive, log, fin())
g_obj = Obj("g")
fin2 = weakref.finalize(g_obj, lambda: "called early")
print(fin2(), fin2.alive, fin2())
p = weakref.proxy(a)
print(p.name, weakref.getweakrefcount(a), type(p) in weakref.ProxyTypes)
r = weakref.ref(a)
print(r() is a, weakref.ReferenceType is weakref.ref, repr(weakref.KeyedRef(a, None, "key").key))
