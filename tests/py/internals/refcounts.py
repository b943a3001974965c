# sys.getrefcount gives CPython's answers in the ordinary cases.
import sys

class Thing:
    pass

t = Thing()
print(sys.getrefcount(t))
u = t
print(sys.getrefcount(t))
box = [t, t, t]
print(sys.getrefcount(t))
del box
print(sys.getrefcount(t))
d = {"a": t}
print(sys.getrefcount(t))
d.clear()
del u
print(sys.getrefcount(t))

def f(x):
    return sys.getrefcount(x)

print(f(t))
print(sys.getrefcount(Thing()))
