import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a)
class P:
    def __init__(self, x): self.x = x; self.l = [x]
p = P(1); q = copy.deepcopy(p); print(q.x, q.l is p.l, type(q).__name__)
class C:
    def __copy__(self): print("__copy__"); return C()
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return C()
copy.copy(C()); copy.deepcopy(C())
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2, r2 is not r)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1; s.b = [2]; s2 = copy.deepcopy(s); print(s2.a, s2.b, s2.b is s.b)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v * 2,))
print(copy.copy(Red(3)).v)
print(copy.replace if hasattr(copy, "replace") else "no replace")
print(copy.Error.__name__)
