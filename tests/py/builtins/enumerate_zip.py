# enumerate and zip
print(list(enumerate("abc")))
print(list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(enumerate(["x", "y"], -1)))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
e = enumerate([1, 2])
print(next(e), next(e), next(e, None), type(e).__name__)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(3, 6), range(6, 9))))
print(dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
partial = []
try:
    for p in zip([1, 2, 3], [4, 5], strict=True):
        partial.append(p)
except ValueError as e:
    print(partial, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(10))
print(list(zip(it, it)))
consumed = iter([1, 2, 3])
print(list(zip(consumed, [])), list(consumed))
consumed = iter([1, 2, 3])
print(list(zip([], consumed)), list(consumed))
print(list(enumerate(zip("ab", "xy"))))
z = zip([1], [2])
print(iter(z) is z, type(z).__name__)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate(range(3), start=2 ** 70)))
