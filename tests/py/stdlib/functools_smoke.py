import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2); print(p("101"), p.func is int, p.keywords, repr(functools.partial(max, 1))[:30])
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show(True))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
class C:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
class M:
    @functools.partialmethod
    def m(self, a, b): return a + b
pm = functools.partialmethod(lambda self, a, b: a - b, 10)
M.sub = pm
print(M().sub(3))
