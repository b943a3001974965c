# Identity checks with `is` (no id() values printed)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None, True is True, (1 == 1) is True)
print(... is Ellipsis, NotImplemented is NotImplemented)
x = object()
y = x
print(x is y, x is object(), x == y)
def f():
    pass
print(f() is None, print is print, len is len)
print(type(1) is int, type(True) is bool, type(1) is not bool)
d = {}
print(d.get("k") is None, d.setdefault("k", a) is a)
lst = [a, a, c]
print(lst[0] is lst[1], lst[0] is lst[2], lst.index(c), [i for i, o in enumerate(lst) if o is c])
e = []
e.append(e)
print(e[0] is e, e[0][0][0] is e)
class K:
    def m(self):
        pass
k = K()
print(k.m is k.m, k.m == k.m, K.m is K.m, k.m.__func__ is K.m)
print(K is type(k), k.__class__ is K, type(K) is type)
cp = a.copy()
sl = a[:]
print(cp is a, sl is a, cp == a, list(a) is a)
t = (1, 2)
print(tuple(t) is t, t[:] is t, str("s") is not None)
fz = frozenset({1})
print(frozenset(fz) is fz)
sentinel = object()
def lookup(key, default=sentinel):
    return "no default" if default is sentinel else default
print(lookup("k"), lookup("k", None), lookup("k", 0))
m = {"a": a}
print(m["a"] is a, list(m.values())[0] is b)
def same(p, q):
    return p is q
print(same(a, b), same(a, c), same(None, None))
g = (i for i in ())
print(iter(g) is g, iter(a) is iter(a))
s = {1, 2}
print(s is s | set(), s | set() == s)
print(int is int, bool.__base__ is int, object.__class__ is type)
