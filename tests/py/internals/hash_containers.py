# Hashes of tuples, frozensets, ranges-as-keys, None-free composites, and their use as dict keys.
tuples = [(), (1,), (1, 2), (2, 1), ((1, 2), 3), (1, (2, 3)), ("a", 1, 2.5), (True, False), (-1,), (-1, -1)]
print([hash(t) for t in tuples])
fs = [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset("abc"), frozenset([(1, 2)]), frozenset([frozenset([1])])]
print([hash(f) for f in fs])
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 10, 2)) == hash(range(1, 11, 2)))
print(hash(slice(1)) if False else "slice unhashable in 3.11")
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1.0, 2.0)) == hash((1, 2)), hash(("a",)) == hash(("a",)))
print(hash(((),)), hash((((),),)), hash(tuple(range(20))))
