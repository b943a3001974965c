# With PYTHONHASHSEED=0 (as the tests run) str hashes equal CPython's, so do set orders.
print(hash("a"), hash("hello"), hash(""), hash("é"), hash("€uro"), hash("😀"))
print(hash(b"abc"), hash(1), hash(-1), hash(2**61), hash(2**61 - 1), hash(-2**63))
print(hash(1.5), hash(-0.5), hash(1e300), hash(float("inf")))
print(hash((1, 2, 3)), hash(("a", "b")), hash(()))
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
print(set(words))
print({w: len(w) for w in words})
print(frozenset("abcdefgh"))
s = set(range(0, 100, 7))
s.discard(14)
s.add(1000)
print(s)
