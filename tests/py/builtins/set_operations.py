# set operations and methods (small ints only, so ordering is deterministic)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 8)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
p = {10}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {2, 9}
print(c)
d = {1, 2, 3}
d.intersection_update({2, 3, 4})
print(d)
d.difference_update({3})
print(d)
d.symmetric_difference_update({1, 2})
print(d)
e = d.copy()
e.add(42)
print(d, e)
e.clear()
print(e, set(), bool(set()), bool({0}))
print(set([3, 3, 1]), set(range(5)), set((1, 1)), {x % 3 for x in range(10)})
print(1 in a, 9 not in a, {1, 2} == {2, 1}, {1} != {1, 2}, {1, 2} == frozenset({1, 2}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 1.0, True}, {0, False, 0.0}, len({1, 1.0, True}))
print(sorted({-1, 5, -3}), max({3, 9, 2}), sum({1, 2, 3}), min(set(), default=None))
print(set() == set(), {()} , {(1, 2), (1, 2)})
print(repr(set()), repr({1}), str({2, 1}))
words = {"apple", "banana", "cherry"}
print(sorted(words), len(words), "apple" in words, sorted(w[0] for w in words))
