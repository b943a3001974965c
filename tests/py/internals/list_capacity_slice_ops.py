# Capacity effects of slice assignment, slice deletion, clear() and sort().
import sys
def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8
a = list(range(10))
print(cap(a))
a[2:5] = []
print(len(a), cap(a))
a[1:1] = list(range(20))
print(len(a), cap(a))
a[:] = [1, 2]
print(len(a), cap(a))
a[len(a):] = range(30)
print(len(a), cap(a))
del a[::2]
print(len(a), cap(a))
del a[5:]
print(len(a), cap(a))
a.clear()
print(len(a), cap(a))
b = list(range(50))
b.sort(reverse=True)
print(cap(b))
c = list(range(8))
c[2:4] = "abcdefgh"
print(len(c), cap(c))
c[::3] = [0] * len(c[::3])
print(len(c), cap(c))
d = [0] * 10
d[0:10] = range(3)
print(len(d), cap(d))
