# frozenset: hashing, identity of empty/copies, mixed set/frozenset operation result types.
f = frozenset([1, 2, 3])
print(f, hash(f) == hash(frozenset([3, 2, 1])), hash(frozenset()), hash(frozenset([1])), hash(frozenset(["a"])) == hash(frozenset(["a"])))
print(hash(frozenset(range(10))), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), frozenset()])))
s = {2, 3, 4}
for r in [f | s, s | f, f & s, s & f, f - s, s - f, f ^ s, f.union(s), s.union(f), f.copy(), f.intersection([1])]:
    print(type(r).__name__, sorted(r))
print(f.copy() is f, frozenset(f) is f, frozenset() is frozenset(), len(frozenset()))
class FS(frozenset):
    pass
g = FS([1, 2])
print(type(g).__name__, g, type(g | {3}).__name__, type(g.copy()).__name__, frozenset(g) is g, g == frozenset([1, 2]))
nested = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(nested[frozenset([2, 1])], nested[frozenset()], frozenset([1, 2]) in {frozenset([1, 2])})
print(frozenset("hello") == set("hello"), frozenset([1]) == {1}, {1} == frozenset([1]), frozenset() == set())
for stmt in ["f.add(1)", "f.remove(1)", "f.discard(1)", "f |= {9}", "f.clear()", "hash(frozenset([[1]]))"]:
    try:
        exec(stmt)
        print(stmt, "ok", sorted(f))
    except (AttributeError, TypeError) as e:
        print(stmt, type(e).__name__, e)
print(repr(frozenset()), repr(frozenset([1])), repr(FS()), repr(FS([5])), str(frozenset(["x"])))
print(sorted(frozenset.__dict__.keys() & {"add", "union", "copy", "__hash__"}), frozenset.__mro__)
