# Tuple hashing (equal tuples hash equal), unhashable contents, comparisons with mixed items.
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(("a", "b")), hash((1.5, None if False else 0)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)), hash(((1, 2), (3,))))
print(hash((-1,)), hash((-2,)), hash((2**100,)), hash(((),)), hash((frozenset(),)), hash((b"x",)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    hash(([], 1))
except TypeError as e:
    print("TypeError", e)
try:
    {(1, {2}): 0}
except TypeError as e:
    print("TypeError", e)
d = {(1, 2): "a", (1, (2, 3)): "b", (): "empty"}
print(d[(1, 2)], d[1, (2, 3)], d[()], (1.0, 2.0) in d)
pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pts), max(pts), min(pts))
print((1, 2, 3) == (1, 2, 3), (1, 2) != (1, 2, 3), (1, float("nan")) == (1, float("nan")))
n = float("nan")
print((n,) == (n,), (1, n) < (2, n), [(1, 2)] == [(1, 2)])
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash((H(1), H(2))) == hash((H(1), H(2))))
print({(H(3),): 1}[(H(3),)])
print((1, 2) > (1,), (1, 2) >= (1, 2), () < (0,), (0,) > (), ("a", 1) < ("a", 2), ("b",) > ("a", 9))
