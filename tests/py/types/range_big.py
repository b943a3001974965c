# range with huge bounds: len overflow, indexing, containment, slicing, reversed, equality.
r = range(0, 10**20, 7)
print(r, r[0], r[-1], r[10**18], r[5:10], r[::10**18], 10**19 in r, 10**19 + 1 in r, r.index(7 * 10**15), r.count(14))
try:
    len(r)
    print("len ok", len(r))
except OverflowError as e:
    print("OverflowError", e)
huge = range(-10**30, 10**30)
print(huge[10**29], huge[-1], 0 in huge, huge.index(0), bool(huge))
try:
    len(huge)
except OverflowError as e:
    print("OverflowError", e)
print(huge.__len__ if False else "skip", range(2**62).__len__() if False else len(range(2**62)))
try:
    huge[10**31]
except IndexError as e:
    print("IndexError", e)
print(list(reversed(range(2**64, 2**64 + 3))), next(iter(range(2**70, 2**71))))
print(range(0, 2**70, 2**69) == range(0, 2**70 + 1, 2**69), range(0, 2**70) == range(0, 2**70))
print(hash(range(0, 2**70)) == hash(range(0, 2**70)), list(range(2**63 - 2, 2**63 + 2)))
it = iter(range(2**64, 2**64 + 2))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(range(10**20)[-3:], range(10**20)[::-10**19], list(range(10**20)[::-10**19][:3]))
print(2**80 in range(2**81), 2.0 in range(5), 2.5 in range(5), "x" in range(5))
