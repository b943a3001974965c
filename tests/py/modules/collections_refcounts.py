# Reference counting through the native containers and iterators: items are released
# (their __del__ runs) exactly when CPython releases them, and sys.getrefcount agrees.
import sys, itertools, _collections, _heapq, _bisect

class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
    def __lt__(self, other): return self.name < other.name
    def __eq__(self, other): return self is other
    __hash__ = object.__hash__

def rc(o):
    return sys.getrefcount(o)

x = T("x")
base = rc(x)
d = _collections.deque([x, x], maxlen=3)
print("deque", rc(x) - base)
d.append(x); print(rc(x) - base)
d.append(T("pushed-out-1")); d.append(T("pushed-out-2")); d.append(T("kept"))
print("after maxlen", rc(x) - base)
d.rotate(1); d.reverse(); print(len(d))
del d
print("deque gone", rc(x) - base)
d = _collections.deque([T("a"), T("b"), T("c")])
d.popleft()
print("popleft done")
d.remove(d[0])
print("remove done")
d[0] = T("new")
print("setitem done")
d.clear()
print("cleared")
d.extend([T("e1"), T("e2")])
it = iter(d)
del d
print("deque held by iterator")
del it
print("iterator gone")

dd = _collections.defaultdict(list)
dd["k"].append(T("in-list"))
dd.default_factory = T("factory")
print("factory replaced")
del dd
print("defaultdict gone")

for name, make in [("count", lambda o: itertools.count(0)), ("cycle", lambda o: itertools.cycle([o])),
                   ("repeat", lambda o: itertools.repeat(o, 2)), ("chain", lambda o: itertools.chain([o], [o])),
                   ("islice", lambda o: itertools.islice([o, o, o], 1, None)), ("product", lambda o: itertools.product([o], [1, 2])),
                   ("permutations", lambda o: itertools.permutations([o, 1])), ("combinations", lambda o: itertools.combinations([o, 1], 1)),
                   ("zip_longest", lambda o: itertools.zip_longest([o], [1, 2])), ("groupby", lambda o: itertools.groupby([o, o])),
                   ("accumulate", lambda o: itertools.accumulate([o], initial=o)), ("tee", lambda o: itertools.tee([o, o])[0]),
                   ("pairwise", lambda o: itertools.pairwise([o, o, o])), ("compress", lambda o: itertools.compress([o], [1])),
                   ("starmap", lambda o: itertools.starmap(lambda *a: a, [(o,)])), ("dropwhile", lambda o: itertools.dropwhile(bool, [o]))]:
    o = T(name)
    b = rc(o)
    it = make(o)
    after_make = rc(o) - b
    first = next(it, None)
    after_next = rc(o) - b
    del first
    del it
    print(name, after_make, after_next, rc(o) - b)
    del o

h = [T("h3"), T("h1"), T("h2")]
_heapq.heapify(h)
print([t.name for t in h])
print("popped", _heapq.heappop(h).name)
print("replaced", _heapq.heapreplace(h, T("h0")).name)
del h
print("heap gone")
a = [T("b1"), T("b3")]
_bisect.insort_right(a, T("b2"))
print([t.name for t in a])
del a
print("end")
