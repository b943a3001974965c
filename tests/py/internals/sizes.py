# sys.getsizeof equals CPython's 64-bit sizes, and list capacities grow as CPython's do.
import sys

lst = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-2**100))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"))
d = {}
dsizes = []
for i in range(20):
    dsizes.append(sys.getsizeof(d))
    d[i] = i
print(dsizes)
s = set()
ssizes = []
for i in range(20):
    ssizes.append(sys.getsizeof(s))
    s.add(i)
print(ssizes)
