# hash() of ints, floats and tuples of them (deterministic, no strings)
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(2 ** 100))
print(hash(-(2 ** 61)), hash(-(2 ** 61 - 1)), hash(10 ** 30), hash(-(10 ** 30)))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(0.5), hash(1.5), hash(-0.5), hash(2.0), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, -2)))
print(hash(((1, 2), (3,))), hash((0, 0.0, False)), hash((1, (2, (3, (4,))))))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((2, 1)))
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(3 + 0j) == hash(3))
print(hash(frozenset({1, 2, 3})), hash(frozenset({0})), hash(frozenset()))
print(hash(1 + 2j), hash(-1.0), hash(0.1))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
print(hash(H(7)), hash(H(-1)), hash(H(2 ** 70)), len({H(1), H(1), H(2)}))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
for unhashable in [[1], {1: 2}, {1}, bytearray(b"")]:
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
print((-1).__hash__(), (1.0).__hash__(), hash(int(-1.0)))
