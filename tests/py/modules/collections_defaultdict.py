# _collections.defaultdict, _count_elements and _tuplegetter.
from _collections import defaultdict, _count_elements, _tuplegetter

def err(label, f, *a, **k):
    try:
        print(label, "->", f(*a, **k))
    except Exception as e:
        print(label, "->", type(e).__name__, repr(e))

d = defaultdict(list)
d["a"].append(1); d["b"]; d["a"].append(2)
print(d, d.default_factory, len(d), dict(d), isinstance(d, dict))
print(d == {"a": [1, 2], "b": []}, {"a": [1, 2], "b": []} == d)
print(d.get("zz"), "zz" in d, d.get("a"))
d2 = defaultdict(int, {"x": 1}, y=2); d2["z"] += 5; print(d2)
d3 = defaultdict(None, [(1, 2)]); print(d3, d3.default_factory)
err("missing None", lambda: d3[5])
err("missing tuple key", lambda: d3[(1, 2)])
d4 = defaultdict(); print(d4, d4.default_factory)
err("missing", lambda: d4["k"])
err("not callable", defaultdict, 5)
err("not callable kw", defaultdict, "x", a=1)
print(defaultdict(a=1), defaultdict(None, a=1))
class Dflt:
    def __call__(self): return "dflt"
    def __repr__(self): return "Dflt()"
d5 = defaultdict(Dflt()); print(d5[1], d5)
print(d5.__missing__(2), d5)
d6 = defaultdict(None); err("__missing__ none", d6.__missing__, 3)
def bad(): raise ValueError("no default")
d7 = defaultdict(bad); err("factory raises", lambda: d7["q"]); print(len(d7))

# default_factory is writable
d = defaultdict(int); d.default_factory = list; print(d["a"], d.default_factory)
d.default_factory = None; err("after None", lambda: d["b"])
del d.default_factory; print(d.default_factory)
d.default_factory = 5; err("non-callable factory", lambda: d["c"])

# repr (with recursion through the factory)
class F:
    def __init__(self): self.d = None
    def __call__(self): return 0
    def __repr__(self): return "F(%r)" % (self.d,)
f = F(); dd = defaultdict(f); f.d = dd; print(repr(dd))
dd = defaultdict(list); dd["self"] = dd; print(repr(dd))
class Sub(defaultdict): pass
print(repr(Sub(int, {1: 2})), type(Sub(int)).__name__)
print(repr(defaultdict(int)), str(defaultdict(len)), repr(defaultdict(None)))

# copy and reduce
d = defaultdict(list, {"a": [1]})
c = d.copy(); print(type(c).__name__, c, c.default_factory, c["a"] is d["a"])
c = d.__copy__(); print(c)
r = d.__reduce__(); print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
r = defaultdict(None, {1: 2}).__reduce__(); print(r[0].__name__, r[1], list(r[4]))
s = Sub(int, {1: 2}); print(type(s.copy()).__name__, s.copy())

# | and |=
a = defaultdict(int, {1: 1}); b = {2: 2}
print(a | b, type(a | b).__name__, (a | b).default_factory)
print(b | a, type(b | a).__name__)
a |= {3: 3}; print(a, type(a).__name__)
err("| list", lambda: a | [1])
err("list |", lambda: [1] | a)
print(defaultdict(int, {1: 1}) | defaultdict(list, {2: 2}))

# a dict subclass in every way
d = defaultdict(int)
for w in "the quick the lazy the".split():
    d[w] += 1
print(sorted(d.items()), list(d.keys()), d.pop("the"), d.setdefault("x", 9), d)
print(defaultdict.__mro__[1].__name__, defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__)
print(defaultdict[int, list])
print(defaultdict.__missing__.__doc__.splitlines()[0])

# _count_elements
m = {}
_count_elements(m, "abracadabra"); print(m)
_count_elements(m, "aaz"); print(m)
class Counting(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
c = Counting(); _count_elements(c, "aba"); print(c)
class Getter(dict):
    def get(self, k, default=None):
        print("get", k, default)
        return dict.get(self, k, default)
g = Getter(); _count_elements(g, "xx"); print(g)
class Mapping:
    def __init__(self): self.data = {}
    def get(self, k, default): return self.data.get(k, default)
    def __setitem__(self, k, v): self.data[k] = v
mp = Mapping(); _count_elements(mp, [1, 2, 1]); print(mp.data)
err("count 1 arg", _count_elements, {})
err("count not iterable", _count_elements, {}, 5)
err("count unhashable", _count_elements, {}, [[1]])
err("count no get", _count_elements, 5, [1])
m = {"a": "x"}; err("count bad add", _count_elements, m, "a")
dd = defaultdict(int); _count_elements(dd, "aab"); print(dd)

# _tuplegetter (what namedtuple fields are)
class P(tuple):
    x = _tuplegetter(0, "the x")
    y = _tuplegetter(1, "the y")
p = P((3, 4))
print(p.x, p.y, P.x, repr(P.y), P.x.__doc__, P.__dict__["y"].__doc__)
err("set", setattr, p, "x", 1)
err("del", delattr, p, "x")
P.z = _tuplegetter(5, None); err("out of range", getattr, p, "z")
tg = _tuplegetter(1, "doc")
print(tg.__get__((1, 2)), tg.__get__(None, P) is tg)
err("__get__(None)", tg.__get__, None)
err("non-tuple", tg.__get__, [1, 2])
err("non-tuple2", tg.__get__, 5)
print(tg.__reduce__())
tg.__doc__ = "changed"; print(tg.__doc__)
err("tuplegetter()", _tuplegetter)
err("tuplegetter(1)", _tuplegetter, 1)
err("tuplegetter str", _tuplegetter, "a", "doc")
err("tuplegetter kw", _tuplegetter, 1, doc="d")
print(_tuplegetter(-1, None).__get__((1, 2, 3)) if False else "skip")
err("negative index", _tuplegetter(-1, None).__get__, (1, 2, 3))
print(type(tg).__name__, type(tg).__module__)
