# object.__reduce_ex__ / __reduce__ / __getstate__ for plain instances, slots, list/dict subclasses.
import copy, copyreg
class P:
    def __init__(self): self.a = 1
class S:
    __slots__ = ("x", "y")
class SD(S):
    pass
class L(list): pass
class D(dict): pass
class NA:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, v=0): return super().__new__(cls)
class NX:
    def __getnewargs_ex__(self): return ((1,), {"k": 2})
    def __new__(cls, *a, **k): return super().__new__(cls)
p = P()
r = p.__reduce_ex__(2); print(r[0] is copyreg.__newobj__, r[1], r[2], r[3], r[4])
print(p.__reduce_ex__(4)[2], P().__getstate__(), object().__getstate__())
r0 = p.__reduce_ex__(0); print(r0[0] is copyreg._reconstructor, r0[1], r0[2])
print(p.__reduce__()[0] is copyreg._reconstructor)
s = S(); s.x = 1; print(s.__reduce_ex__(2)[2], s.__getstate__())
sd = SD(); sd.y = 3; sd.z = 4; print(sd.__getstate__())
l = L([1, 2]); r = l.__reduce_ex__(2); print(r[1], r[2], list(r[3]), r[4])
d = D(a=1); r = d.__reduce_ex__(2); print(r[2], r[3], list(r[4]))
print(NA(5).__reduce_ex__(2)[1][1:], NX().__reduce_ex__(2)[0] is copyreg.__newobj_ex__, NX().__reduce_ex__(2)[1][1:])
q = copy.deepcopy(p); print(type(q).__name__, q.a, q is not p)
s2 = copy.copy(s); print(s2.x, hasattr(s2, "y"))
print(copy.deepcopy(l), type(copy.deepcopy(l)).__name__, copy.copy(d), copy.deepcopy(NA(7)).v)
class BadNA:
    def __getnewargs__(self): return [1]
class BadNX:
    def __getnewargs_ex__(self): return (1, 2, 3)
for o in (BadNA(), BadNX()):
    try:
        o.__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class WithReduce:
    def __reduce__(self): return (WithReduce, ())
print(WithReduce().__reduce_ex__(2))
