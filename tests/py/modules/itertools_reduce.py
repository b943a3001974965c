# itertools: __reduce__/__setstate__ as CPython 3.11 (what pickle and copy use), checked by
# rebuilding each iterator from its reduce value at several points of its life.
import itertools as I

def rebuild(it):
    r = it.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

def shape(v):
    # a printable outline of a reduce value (iterators shown by type)
    if isinstance(v, tuple):
        return "(" + ", ".join(shape(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, list):
        return "[" + ", ".join(shape(x) for x in v) + "]"
    if isinstance(v, type):
        return v.__name__
    if isinstance(v, (int, float, str, bool, type(None))):
        return repr(v)
    return "<" + type(v).__name__ + ">"

def check(label, make, steps=(0, 1, 2, 5)):
    for k in steps:
        it = make()
        head = [next(it, "END") for _ in range(k)]
        print(label, k, head, shape(it.__reduce__()))
        it2 = make()
        for _ in range(k):
            next(it2, None)
        new = rebuild(it2)
        print("   ->", list(I.islice(new, 12)))

check("count", lambda: I.count(3))
check("count2", lambda: I.count(1.5, 0.5))
check("count3", lambda: I.count(2**70, 3))
check("repeat", lambda: I.repeat("x", 4))
check("repeat-", lambda: I.repeat("y"))
check("cycle", lambda: I.cycle("abc"), (0, 1, 3, 4, 7))
check("accumulate", lambda: I.accumulate([1, 2, 3, 4]))
check("accumulate-init", lambda: I.accumulate([1, 2, 3], initial=10))
check("accumulate-func", lambda: I.accumulate([5, 1, 7], max))
check("accumulate-None", lambda: I.accumulate([None, 1, 2], lambda a, b: b))
check("chain", lambda: I.chain("ab", "", "cde"), (0, 1, 2, 5, 6))
check("chain.from_iterable", lambda: I.chain.from_iterable(["ab", "c"]))
check("compress", lambda: I.compress("abcdef", [1, 0, 1, 1, 0, 1]))
check("dropwhile", lambda: I.dropwhile(lambda x: x < 3, range(6)))
check("takewhile", lambda: I.takewhile(lambda x: x < 3, range(6)), (0, 1, 3, 4))
check("filterfalse", lambda: I.filterfalse(None, [0, 1, 0, 2, 0]))
check("starmap", lambda: I.starmap(pow, [(2, 3), (3, 2), (4, 1)]))
check("islice", lambda: I.islice(range(20), 2, 15, 3), (0, 1, 2, 4, 6))
check("islice2", lambda: I.islice(range(20), 4))
check("islice3", lambda: I.islice(range(20), 3, None))
check("zip_longest", lambda: I.zip_longest("ab", "wxyz", fillvalue="-"), (0, 1, 3, 4))
check("product", lambda: I.product("ab", range(3)), (0, 1, 2, 6, 7))
check("product-empty", lambda: I.product("ab", []))
check("product-repeat", lambda: I.product((0, 1), repeat=2))
check("combinations", lambda: I.combinations("abcd", 2), (0, 1, 3, 6, 7))
check("cwr", lambda: I.combinations_with_replacement("abc", 2), (0, 1, 3, 6, 7))
check("permutations", lambda: I.permutations("abc"), (0, 1, 3, 6, 7))
check("permutations2", lambda: I.permutations(range(4), 2))

# groupby: reduce before and after starting, and the _grouper's own reduce
g = I.groupby("aabbbc")
print(shape(g.__reduce__()))
k, grp = next(g)
print(k, shape(g.__reduce__()), shape(grp.__reduce__()))
new = rebuild(g)
print([(k, list(v)) for k, v in new])
g = I.groupby("aabbbc")
k, grp = next(g)
g2 = rebuild(g)
print(k, [(k, list(v)) for k, v in g2])
g = I.groupby([1, 1, 2])
k, grp = next(g)
k2, grp2 = next(g)
print(shape(grp.__reduce__()), shape(grp2.__reduce__()))

# tee and its data blocks
a, b = I.tee(range(100))
for _ in range(60):
    next(a)
r = a.__reduce__()
print(shape(r))
print(shape(r[2][0].__reduce__()))
a2 = rebuild(a)
print(list(I.islice(a2, 5)), list(I.islice(b, 3)))
a, b = I.tee("xyz")
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
d = I._tee_dataobject(iter("pq"), [1, 2], None)
print(shape(d.__reduce__()))
t = I._tee(())
t.__setstate__((d, 1))
print(list(t))

# setstate errors
def err(label, f, *a, **k):
    try:
        print(label, "->", f(*a, **k))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

gb = I.groupby([1, 2])
err("groupby 1", gb.__setstate__, 1)
err("groupby 2", gb.__setstate__, (1, 2))
err("groupby 4", gb.__setstate__, (1, 2, 3, 4))
cy = I.cycle([1])
err("cycle 1", cy.__setstate__, 1)
err("cycle (1,2)", cy.__setstate__, (1, 2))
err("cycle str", cy.__setstate__, ([], "a"))
err("cycle big", cy.__setstate__, ([], 2**40))
err("cycle float", cy.__setstate__, ([], 1.5))
err("cycle short", cy.__setstate__, ([],))
cy.__setstate__(([7, 8], 1)); print(list(I.islice(cy, 4)))
te = I.tee([1])[0]
err("tee 1", te.__setstate__, 1)
err("tee (1,2)", te.__setstate__, (1, 2))
err("tee 99", te.__setstate__, (I._tee_dataobject([], [], None), 99))
err("tee -1", te.__setstate__, (I._tee_dataobject([], [], None), -1))
ch = I.chain()
err("chain 1", ch.__setstate__, 1)
err("chain ()", ch.__setstate__, ())
err("chain (1,)", ch.__setstate__, (1,))
err("chain (it,1)", ch.__setstate__, (iter([]), 1))
err("chain 3", ch.__setstate__, (1, 2, 3))
ch.__setstate__((iter(["ab", "c"]), iter("xy"))); print(list(ch))
pm = I.permutations([1, 2])
err("perm 1", pm.__setstate__, 1)
err("perm (1,2)", pm.__setstate__, (1, 2))
err("perm ((0,1),1)", pm.__setstate__, ((0, 1), 1))
err("perm len", pm.__setstate__, ((0, 1), (2,)))
err("perm str", pm.__setstate__, ((0, "a"), (2, 1)))
pm.__setstate__(((1, 0), (5, -3))); print(list(pm))
pr = I.product([1], [2])
err("product 1", pr.__setstate__, 1)
err("product len", pr.__setstate__, (0,))
err("product str", pr.__setstate__, ("a", 0))
pr = I.product("ab", "cd"); pr.__setstate__((1, -5)); print(list(pr))
pr = I.product("ab", ""); pr.__setstate__((0, 0)); print(list(pr))
cb = I.combinations([1, 2, 3], 2)
err("comb str", cb.__setstate__, ("a", 0))
err("comb len", cb.__setstate__, (0,))
cb.__setstate__((0, 9)); print(list(cb))
cw = I.combinations_with_replacement([1, 2, 3], 2)
err("cwr len", cw.__setstate__, (0, 0, 0))
cw.__setstate__((-1, 1)); print(list(cw))
isl = I.islice(range(10), 5)
err("islice str", isl.__setstate__, "a")
isl.__setstate__(3); print(list(isl))
dw = I.dropwhile(lambda x: x < 5, range(8)); dw.__setstate__([1]); print(list(dw))
tw = I.takewhile(lambda x: x < 5, range(8)); tw.__setstate__(1); print(list(tw))
ac = I.accumulate([1, 2, 3]); ac.__setstate__(100); print(list(ac))
zl = I.zip_longest("a", "bc"); zl.__setstate__("*"); print(list(zl))
err("_tee_dataobject 58", I._tee_dataobject, [], list(range(58)), None)
err("_tee_dataobject next", I._tee_dataobject, [], list(range(57)), 1)
err("_tee_dataobject short next", I._tee_dataobject, [], [1], I._tee_dataobject([], [], None))
err("_tee_dataobject 4", I._tee_dataobject, [], [], None, 1)
err("_tee_dataobject kw", I._tee_dataobject, [], [], next=None)
print(type(I._tee_dataobject([], list(range(57)), I._tee_dataobject([], [], None))).__name__)

# count at the sys.maxsize boundary (CPython's fast/slow mode switch)
import sys
c = I.count(sys.maxsize - 2)
print(c.__reduce__()[1], next(c), c.__reduce__()[1], next(c), repr(c))
err("count reduce at maxsize", c.__reduce__)
print(next(c), repr(c), c.__reduce__()[1])
c = I.count(sys.maxsize)
print(repr(c))
err("count(maxsize) reduce", c.__reduce__)
