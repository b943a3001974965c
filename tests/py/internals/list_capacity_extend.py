# Capacity after extend() with lists, tuples, generators and ranges of various lengths; += and *=.
import sys
def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8
for n in [0, 1, 3, 4, 5, 8, 9, 10, 16, 17, 25, 100]:
    a = []
    a.extend(list(range(n)))
    b = []
    b.extend(x for x in range(n))
    c = [1]
    c.extend(range(n))
    d = [1, 2, 3]
    d += tuple(range(n))
    print(n, cap(a), cap(b), cap(c), cap(d))
e = [0]
sizes = []
for i in range(10):
    e.extend([i] * 3)
    sizes.append(cap(e))
print(sizes)
f = [1, 2, 3]
f *= 4
print(cap(f))
f *= 3
print(cap(f), len(f))
g = list(range(10))
g.extend(g)
print(cap(g), len(g))
h = []
h.extend("abcdefghijk")
print(cap(h), cap(list("abcdefghijk")), cap(list(iter("abcdefghijk"))))
