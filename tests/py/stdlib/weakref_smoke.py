import weakref, gc
class O:
    def __init__(self, n): self.n = n
    def m(self): return self.n
o = O(1); r = weakref.ref(o); print(r() is o, weakref.getweakrefcount(o))
cb = []; r2 = weakref.ref(o, lambda ref: cb.append("dead")); del o; gc.collect(); print(r(), cb)
d = weakref.WeakValueDictionary(); a = O(2); d["a"] = a; print(len(d), d["a"].n); del a; gc.collect(); print(len(d), "a" in d)
k = weakref.WeakKeyDictionary(); b = O(3); k[b] = "v"; print(k[b]); del b; gc.collect(); print(len(k))
s = weakref.WeakSet(); c = O(4); s.add(c); print(len(s)); del c; gc.collect(); print(len(s))
e = O(5); p = weakref.proxy(e); print(p.n, p.m()); del e; gc.collect()
try:
    p.n
except ReferenceError as ex:
    print("ReferenceError", ex)
f = O(6); wm = weakref.WeakMethod(f.m); print(wm()()); fin = weakref.finalize(f, print, "finalized"); print(fin.alive); del f; gc.collect(); print(fin.alive)
try:
    weakref.ref(1)
except TypeError as ex:
    print("TypeError", ex)
