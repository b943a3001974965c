# Capacity after insert(0, x), pop() and pop(0): shrinking happens when size drops below half.
import sys
def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8
lst = []
caps = []
for i in range(40):
    lst.insert(0, i)
    caps.append(cap(lst))
print(caps)
caps = []
while lst:
    lst.pop()
    caps.append(cap(lst))
print(caps)
lst = list(range(64))
print(cap(lst))
caps = []
while lst:
    lst.pop(0)
    caps.append((len(lst), cap(lst)))
print(caps)
lst = [0] * 100
for _ in range(60):
    lst.pop()
print(len(lst), cap(lst))
lst = []
for i in range(30):
    lst.insert(len(lst) // 2, i)
print(lst, cap(lst))
lst = list(range(20))
for i in range(15):
    del lst[0]
print(len(lst), cap(lst))
lst.remove(19)
print(len(lst), cap(lst))
