# frozenset
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, 5 in f, frozenset())
g = frozenset(range(2, 6))
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__)
print(f.union([10]), f.intersection({1, 3}), f.difference({1}), f.symmetric_difference({1, 8}))
print(f.issubset(range(4)), f.issuperset({1}), f.isdisjoint({7}), f <= g, f < frozenset(range(10)))
print(f.copy() is f, frozenset(f) is f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
h = {f: "frozen key", frozenset(): "empty"}
print(h[frozenset({1, 2, 3})], h[frozenset()])
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}), frozenset() == set())
fs = f
fs |= {100}
print(sorted(fs), sorted(f), fs is f)
print(sorted(frozenset("hello")), len(frozenset("hello")))
print(repr(frozenset()), repr(frozenset({5})), frozenset([1, 2]) < frozenset([1, 2, 3]))
print(set(f) == f, isinstance(f, frozenset), isinstance(f, set), issubclass(frozenset, set))
print(max(f), min(f), sum(f), sorted(f, reverse=True))
