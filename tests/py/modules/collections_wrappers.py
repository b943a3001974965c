# collections, heapq, bisect and copy through CPython's own pure-Python modules, which
# pick up the native _collections, _heapq and _bisect.
import collections, heapq, bisect, copy, itertools
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap, UserDict

print(deque.__module__, defaultdict.__module__, collections.deque is __import__("_collections").deque)
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:5], c.total())
c.update("aaz"); c.subtract({"b": 5}); print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=2, b=1), +Counter(a=-1, b=2))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
class MyCounter(Counter):
    pass
print(MyCounter("aab"), Counter(MyDict(x=1)))

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(y=5), P._fields, P._make([3, 4]), P.x, P.y.__doc__)
print(type(P.x).__name__, P.__doc__, P(x=1, y=2) == (1, 2), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1], rename=False)
print(Q(9), Q._field_defaults, Q(1, 2, 3)._asdict())
R = namedtuple("R", "a def a", rename=True); print(R._fields)
print(tuple(p), p.__getnewargs__())

od = OrderedDict.fromkeys("abc")
od.move_to_end("a"); od["d"] = 1; od.popitem(last=False)
print(od, list(reversed(od)), od == OrderedDict([("c", None), ("a", None), ("d", 1)]))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
ud = UserDict(a=1); ud["b"] = 2; print(ud, len(ud))

d = deque(range(5), maxlen=7)
d2 = copy.copy(d); d3 = copy.deepcopy(d)
print(d2, d3, d2.maxlen, d3 is d, d3 == d)
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd); dd2["a"].append(2); print(dd, dd2, dd2.default_factory)
dd3 = copy.copy(dd); print(dd3["a"] is dd["a"], type(dd3).__name__)

# itertools objects through copy (which uses __reduce_ex__ -> __reduce__)
for make in [lambda: itertools.count(3), lambda: itertools.cycle("abc"), lambda: itertools.repeat(1, 3),
             lambda: itertools.accumulate([1, 2, 3]), lambda: itertools.chain("ab", "cd"),
             lambda: itertools.islice(range(10), 2, 8, 2), lambda: itertools.product("ab", repeat=2),
             lambda: itertools.permutations("abc", 2), lambda: itertools.combinations("abcd", 2),
             lambda: itertools.zip_longest("ab", "xyz"), lambda: itertools.starmap(pow, [(2, 3), (3, 2)]),
             lambda: itertools.groupby("aabbc"), lambda: itertools.takewhile(bool, [1, 1, 0, 1]),
             lambda: itertools.compress("abc", [1, 0, 1]), lambda: itertools.filterfalse(bool, [0, 1, 0])]:
    it = make()
    next(it)
    c1 = copy.deepcopy(it)
    a = list(itertools.islice(it, 6))
    b = list(itertools.islice(c1, 6))
    if isinstance(a[0] if a else None, tuple) and len(a[0]) == 2 and hasattr(a[0][1], "__next__"):
        a = [(k, list(g)) for k, g in a]; b = [(k, list(g)) for k, g in b]
    print(type(it).__name__, a == b, a)
t1, t2 = itertools.tee("abcdef")
next(t1)
t3 = copy.copy(t1); t4 = copy.deepcopy(t1)
print(list(t1), list(t3), list(t4), list(t2))

# heapq and bisect
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
print(heapq.nlargest(3, [5, 1, 9, 3, 7]), heapq.nsmallest(2, [5, 1, 9]), list(heapq.merge([1, 4, 9], [2, 3], [0])))
print(list(heapq.merge([9, 4, 1], [3, 2], reverse=True)), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(heapq.heappush.__module__, heapq._heappop_max.__module__)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, hi=3))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort(a, 5, key=None); print(a)
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect([g[0] for g in grades], s) - 1][1] for s in [65, 85, 99]])
print(bisect.bisect_left(grades, 75, key=lambda g: g[0]))
