# sys.getrefcount in ordinary cases: new objects, names, containers, function arguments, attributes.
import sys
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
alias = o
print(sys.getrefcount(o))
lst = [o, o, o]
print(sys.getrefcount(o))
d = {"k": o, "j": o}
print(sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
d.clear()
del alias
print(sys.getrefcount(o))
def look(x):
    return sys.getrefcount(x)
print(look(o))
t = (o,)
print(sys.getrefcount(o), sys.getrefcount(t))
holder = Obj()
holder.ref = o
print(sys.getrefcount(o))
del holder.ref
print(sys.getrefcount(o))
s = "a unique string value " + str(12345)
print(sys.getrefcount(s))
big = int("1" * 30) + 7
print(sys.getrefcount(big))
fl = float("1.5") * 3.7
print(sys.getrefcount(fl))
pair = [big, big]
print(sys.getrefcount(big))
