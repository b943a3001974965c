# list over-allocation as seen through sys.getsizeof: growth pattern on append from several starts.
import sys
def trace(lst, n):
    sizes = []
    for i in range(n):
        lst.append(i)
        sizes.append(sys.getsizeof(lst))
    return sizes
print(trace([], 70))
print(trace([0] * 5, 30))
print(trace(list(range(17)), 30))
print(trace([None] * 100, 40))
changes = []
lst = []
last = sys.getsizeof(lst)
for i in range(2000):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != last:
        changes.append((len(lst), (s - 56) // 8))
        last = s
print(changes)
