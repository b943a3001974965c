# Reference counts of objects moved between containers, copied, sliced and iterated.
import sys
class Obj:
    pass
x = Obj()
base = sys.getrefcount(x)
def rc():
    return sys.getrefcount(x) - base
a = [x] * 5
print(rc())
b = a[:]
print(rc())
c = a + b
print(rc())
del a, b, c
print(rc())
t = tuple([x, x])
print(rc())
s = {x}
fs = frozenset(s)
print(rc())
del t, s, fs
print(rc())
d = dict.fromkeys(range(4), x)
print(rc())
vals = list(d.values())
print(rc())
del d, vals
print(rc())
it = iter([x, x])
print(rc())
next(it)
print(rc())
del it
print(rc())
g = (y for y in [x])
print(rc())
del g
print(rc())
m = list(map(lambda v: v, [x, x, x]))
print(rc())
del m
print(rc())
