# itertools: every type's iteration results, reprs and argument errors.
import itertools as I

def show(label, it, n=None):
    if n is None:
        print(label, list(it))
    else:
        print(label, list(I.islice(it, n)))

def err(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

# count
show("count", I.count(), 5)
show("count", I.count(10), 3)
show("count", I.count(1, 2), 4)
show("count", I.count(-3), 5)
show("count", I.count(2.5, 0.5), 4)
show("count", I.count(start=5, step=-2), 4)
show("count", I.count(1j, 1), 3)
show("count", I.count(2**70), 2)
print(repr(I.count()), repr(I.count(5)), repr(I.count(5, 2)), repr(I.count(1.5)), repr(I.count(1, 1.0)), repr(I.count(0, True)))
c = I.count(3); next(c); print(repr(c))
c = I.count(2**64, 2**64); next(c); print(repr(c))
import sys
c = I.count(sys.maxsize - 2)
print(repr(c), next(c), repr(c), next(c), repr(c), next(c), repr(c), next(c))
c = I.count(-sys.maxsize - 1); print(repr(c), next(c))
c = I.count(2**53 - 2); print(next(c), next(c), next(c), next(c), repr(c))
err("count(1,2,3)", I.count, 1, 2, 3)
err("count(x=1)", I.count, x=1)
err("count('a')", I.count, "a")
err("count(1,'a')", I.count, 1, "a")
err("count(None)", I.count, None)

# cycle, repeat
show("cycle", I.cycle("abc"), 8)
show("cycle", I.cycle([]))
c = I.cycle(iter([1, 2])); print(next(c), next(c), next(c))
show("repeat", I.repeat("x", 3))
show("repeat", I.repeat(7), 4)
show("repeat", I.repeat(1, -3))
show("repeat", I.repeat(object=2, times=2))
r = I.repeat([1]); print(repr(r), repr(I.repeat(1, 5)), repr(I.repeat("a", -5)), repr(I.repeat(None, times=0)))
r = I.repeat(1, 3); next(r); print(repr(r), r.__length_hint__())
err("repeat().__length_hint__", I.repeat(1).__length_hint__)
err("repeat()", I.repeat)
err("repeat(1,2,3)", I.repeat, 1, 2, 3)
err("repeat(1,'a')", I.repeat, 1, "a")
err("repeat(1,x=1)", I.repeat, 1, x=1)
err("repeat(1,object=1)", I.repeat, 1, object=1)
err("cycle()", I.cycle)
err("cycle(1)", I.cycle, 1)
err("cycle(x=1)", I.cycle, [], x=1)

# accumulate
show("acc", I.accumulate([1, 2, 3, 4]))
show("acc", I.accumulate([1, 2, 3, 4], initial=100))
show("acc", I.accumulate([], initial=5))
show("acc", I.accumulate([]))
show("acc", I.accumulate([3, 1, 4, 1, 5], max))
show("acc", I.accumulate("abc"))
show("acc", I.accumulate([1, 2, 3], lambda a, b: a * b, initial=None))
show("acc", I.accumulate(iterable=[1, 2], func=None))
err("acc()", I.accumulate)
err("acc(1)", I.accumulate, 1)
err("acc([],None,None)", I.accumulate, [], None, None)
err("acc(x=)", I.accumulate, [], initial=1, x=2)
err("acc type", list, I.accumulate([1, "a"]))

# chain
show("chain", I.chain("ab", [1, 2], (), range(2)))
show("chain", I.chain())
show("chain.from_iterable", I.chain.from_iterable(["ab", "cd", []]))
show("chain.from_iterable", I.chain.from_iterable(iter([[1], [2, 3]])))
err("chain(x=)", I.chain, x=1)
err("chain(1)", list, I.chain([1], 1))
err("from_iterable(1)", I.chain.from_iterable, 1)
err("from_iterable([1])", list, I.chain.from_iterable([1]))
err("from_iterable()", I.chain.from_iterable)
print(I.chain[int], I.chain.from_iterable.__name__)

# compress, dropwhile, takewhile, filterfalse, starmap
show("compress", I.compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show("compress", I.compress("ABC", [1, 1, 1, 1, 1]))
show("compress", I.compress(data="ABCD", selectors=[0, 1]))
err("compress([1])", I.compress, [1])
err("compress(data=)", I.compress, data=[1])
err("compress(data=,x=)", I.compress, data=[1], x=2)
err("compress(1,2,3)", I.compress, 1, 2, 3)
show("dropwhile", I.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("takewhile", I.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("filterfalse", I.filterfalse(lambda x: x % 2, range(10)))
show("filterfalse", I.filterfalse(None, [0, 1, "", "a", None, [], [0]]))
show("filterfalse", I.filterfalse(bool, [0, 1, "", "a"]))
show("starmap", I.starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show("starmap", I.starmap(lambda *a: a, [[1, 2], "ab", (), iter([9])]))
err("dropwhile(1)", I.dropwhile, 1)
err("takewhile(x=)", I.takewhile, None, [], x=1)
err("filterfalse(None,1)", I.filterfalse, None, 1)
err("starmap(len)", I.starmap, len)
err("starmap next", next, I.starmap(len, [1]))
err("dropwhile pred error", list, I.dropwhile(lambda x: 1 / 0, [1]))
err("takewhile pred error", list, I.takewhile(lambda x: 1 / 0, [1]))
t = I.takewhile(lambda x: x < 2, [1, 2, 1]); print(list(t), list(t))

# groupby
for k, g in I.groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([(k, list(g)) for k, g in I.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([k for k, g in I.groupby("aabbbc")])
gb = I.groupby("aabb")
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = I.groupby("aab")
_, g = next(gb); print(next(g)); _, g2 = next(gb); print(list(g), list(g2))
print(type(g).__name__, type(gb).__name__)
err("groupby()", I.groupby)
err("groupby(1,2,3)", I.groupby, 1, 2, 3)
err("groupby(key=,x=)", I.groupby, [], key=1, x=2)
err("groupby(1)", I.groupby, 1)
err("groupby key error", list, I.groupby([1], key=lambda x: 1 / 0))
err("_grouper(1,2)", I._grouper, 1, 2)
err("_grouper()", I._grouper)

# islice
show("islice", I.islice("ABCDEFG", 2))
show("islice", I.islice("ABCDEFG", 2, 4))
show("islice", I.islice("ABCDEFG", 2, None))
show("islice", I.islice("ABCDEFG", 0, None, 2))
show("islice", I.islice("ABCDEFG", None))
show("islice", I.islice("ABCDEFG", None, None, None))
show("islice", I.islice(I.count(), 3, 20, 5))
show("islice", I.islice(range(10), 8, 3))
show("islice", I.islice(range(10), True, 4))
it = iter(range(10)); print(list(I.islice(it, 3)), next(it))
it = iter(range(10)); print(list(I.islice(it, 3, 3)), next(it))
it = iter(range(10)); print(list(I.islice(it, 2, 5, 2)), next(it))
for a in [(-1,), ("a",), (2**70,), (1, 2, 0), (1, 2, "a"), (-1, 2), ("a", 2), (1, -2), (1, "a"), (1, 2, 3, 4), (), (None, None, -1), (2**63, 4), (1, 2**63)]:
    err("islice%r" % (a,), I.islice, [], *a)
err("islice(x=)", I.islice, [], x=1)
err("islice(1,2)", I.islice, 1, 2)
print(list(I.islice(range(100), 1, None, sys.maxsize)))

# pairwise
show("pairwise", I.pairwise("ABCDE"))
show("pairwise", I.pairwise("A"))
show("pairwise", I.pairwise(""))
err("pairwise()", I.pairwise)
err("pairwise(1,2)", I.pairwise, 1, 2)
err("pairwise(x=)", I.pairwise, x=1)

# tee
a, b = I.tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = I.tee("xy", 3); print(list(a), list(b), list(c))
print([type(x).__name__ for x in I.tee([])], I.tee([], 0), len(I.tee([], 1)))
a, b = I.tee(iter(range(200))); print(sum(a), sum(b))
a, b = I.tee([1, 2, 3]); c, d = I.tee(a); print(type(a) is type(c), list(c), list(d), list(b))
a, = I.tee([1, 2], 1); a2 = a.__copy__(); next(a); print(list(a), list(a2))
print(type(a).__name__, type(a).__module__)
class WithCopy:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
    def __copy__(self): print("copy called"); return WithCopy(self.n)
x, y = I.tee(WithCopy(3)); print(type(x).__name__, list(x), list(y))
err("tee()", I.tee)
err("tee(-1)", I.tee, [], -1)
err("tee('a')", I.tee, [], "a")
err("tee(1,2,3)", I.tee, [], 1, 2)
err("tee(1)", I.tee, 1)
err("_tee()", I._tee)
err("_tee(1)", I._tee, 1)
def reenter():
    def gen():
        yield 1
        yield next(t)
    t, = I.tee(gen())
    return list(t)
err("tee reenter", reenter)

# zip_longest
show("zip_longest", I.zip_longest("ABCD", "xy"))
show("zip_longest", I.zip_longest("AB", "xyz", fillvalue="-"))
show("zip_longest", I.zip_longest())
show("zip_longest", I.zip_longest("ab"))
err("zip_longest(x=)", I.zip_longest, x=1)
err("zip_longest(fillvalue=,x=)", I.zip_longest, fillvalue=1, x=2)
err("zip_longest(1)", I.zip_longest, 1)
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
err("zip_longest boom", list, I.zip_longest([1, 2], Boom()))

# product, permutations, combinations, cwr
show("product", I.product("ab", range(3)))
show("product", I.product((0, 1), repeat=3))
show("product", I.product())
show("product", I.product("ab", repeat=0))
show("product", I.product("ab", []))
show("product", I.product("ab", "cd", repeat=2), 5)
err("product(repeat=-1)", I.product, repeat=-1)
err("product(x=1)", I.product, x=1)
err("product(1)", I.product, 1)
err("product(repeat='a')", I.product, repeat="a")
err("product(repeat=1,x=2)", I.product, repeat=1, x=2)
show("permutations", I.permutations("ABC"))
show("permutations", I.permutations(range(4), 2))
show("permutations", I.permutations(range(3), 0))
show("permutations", I.permutations(range(3), 4))
show("permutations", I.permutations([]))
show("permutations", I.permutations(iterable="ab", r=None))
err("permutations('a')", I.permutations, [1], "a")
err("permutations(1.0)", I.permutations, [1], 1.0)
err("permutations(-1)", I.permutations, [1], -1)
err("permutations()", I.permutations)
err("permutations(1)", I.permutations, 1)
show("combinations", I.combinations("ABCD", 2))
show("combinations", I.combinations(range(4), 3))
show("combinations", I.combinations(range(4), 0))
show("combinations", I.combinations(range(4), 5))
show("combinations", I.combinations([], 0))
err("combinations([1])", I.combinations, [1])
err("combinations(r='a')", I.combinations, [1], r="a")
err("combinations(-1)", I.combinations, [1], -1)
err("combinations(1,1)", I.combinations, 1, 1)
show("cwr", I.combinations_with_replacement("ABC", 2))
show("cwr", I.combinations_with_replacement([], 2))
show("cwr", I.combinations_with_replacement([], 0))
show("cwr", I.combinations_with_replacement("AB", 0))
show("cwr", I.combinations_with_replacement(range(3), 3))
err("cwr('ab')", I.combinations_with_replacement, "ab")
err("cwr(-1)", I.combinations_with_replacement, "ab", -1)

# result tuple reuse: the same tuple comes back when the caller let go of the previous one
import sys
for make in [lambda: I.product("ab", "cd"), lambda: I.combinations(range(4), 2), lambda: I.permutations("abc"),
             lambda: I.combinations_with_replacement("ab", 2), lambda: I.zip_longest("abc", "d")]:
    it = make()
    ids = [id(next(it)) for _ in range(3)]
    x = next(it, None); r = sys.getrefcount(x) if x is not None else 0
    y = next(it, None)
    print(len(set(ids)), r, x is y, x, y)
p = I.product("ab", "cd"); kept = list(p); print(kept)

# sizeof
print(I.product("ab", "cd").__sizeof__(), I.combinations(range(5), 3).__sizeof__(),
      I.combinations_with_replacement(range(5), 2).__sizeof__(), I.permutations(range(5), 2).__sizeof__())

# subclasses
class MyCount(I.count):
    pass
mc = MyCount(3); print(repr(mc), next(mc), type(mc).__name__)
class MyChain(I.chain):
    def __init__(self, *a, **k): self.k = k
mch = MyChain([1], [2], tag=1); print(list(mch), mch.k)
class MyRepeat(I.repeat): pass
print(repr(MyRepeat(1, 2)))
err("MyCount(x=)", MyCount, x=1)
class MyIslice(I.islice):
    pass
err("MyIslice(x=)", MyIslice, [], 1, x=1)
print(list(MyIslice("abcdef", 1, 4)))
err("subclass _grouper", type, "G", (I._grouper,), {})
err("subclass _tee", type, "T", (I._tee,), {})

print(sorted(n for n in dir(I) if not n.startswith("__")))
print(I.count.__module__, I.count.__name__, I._tee_dataobject.__name__, I._grouper.__qualname__)
print(I.tee.__name__)
