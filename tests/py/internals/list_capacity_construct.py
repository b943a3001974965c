# Sizes of lists made by literals, list(), comprehensions, slicing, copy, multiplication and sorted().
import sys
def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8
src = list(range(20))
print(cap([]), cap([1]), cap([1, 2, 3]), cap([0] * 7), cap([None] * 13))
for n in [0, 1, 2, 5, 9, 10, 17, 33]:
    r = range(n)
    print(n, cap(list(r)), cap([x for x in r]), cap(list(x for x in r)), cap(src[:n]), cap(src[:n].copy()),
          cap(sorted(r)), cap([*r]), cap(list(tuple(r))), cap(src[:n] + []), cap(src[:n] * 2))
print(cap(src[::2]), cap(src[::-1]), cap(src[5:15]), cap(list(reversed(src))))
comp = [i for i in range(100) if i % 3 == 0]
print(len(comp), cap(comp))
print(sys.getsizeof([]), sys.getsizeof([1, 2]), sys.getsizeof(list(range(100))))
nested = [[]] * 4
print(cap(nested), cap(nested[0]))
