# set and frozenset sizes while growing, after removals, and for different constructors.
import sys
s = set()
sizes = []
for i in range(100):
    s.add(i)
    sizes.append(sys.getsizeof(s))
changes = [(i + 1, sizes[i]) for i in range(len(sizes)) if i == 0 or sizes[i] != sizes[i - 1]]
print(changes)
for i in range(95):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
print([sys.getsizeof(set(range(n))) for n in [0, 1, 4, 5, 8, 9, 18, 19, 40, 77, 78]])
print([sys.getsizeof(frozenset(range(n))) for n in [0, 1, 4, 5, 8, 9, 18, 19, 40]])
print([sys.getsizeof({i for i in range(n)}) for n in [0, 1, 4, 5, 8, 9, 18, 19]])
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set([1, 2, 3])), sys.getsizeof(set("abc")), sys.getsizeof(frozenset("abc")))
a = set(range(10))
print(sys.getsizeof(a.copy()), sys.getsizeof(a | {100}), sys.getsizeof(a & {1}), sys.getsizeof(a - a))
