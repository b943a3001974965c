# list methods
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend("ab")
lst.extend(range(2))
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
lst.insert(-100, "very first")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(5), lst.count(1), lst.count("zz"))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2].index(2, -2), [0, 1, 2].index(2, 0, 3))
try:
    lst.remove("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
nums = [5, 2, 8, 1]
nums.reverse()
print(nums)
c = nums.copy()
c.append(0)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * [1, 2], [1] * 0, [1] * -2)
shared = [[]] * 3
shared[0].append("x")
print(shared)
print(len([1, [2, 3]]), [1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3])
print(list.__name__, type([]) is list, isinstance([], list))
m = [1, 2, 3]
m += (4, 5)
m *= 2
print(m)
print(m.append(6) is None, m.sort() is None, m)
a = [1, 2, 3]
a.extend(a)
print(a)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print([x for x in [3, 1, 2] if x > 1], [1, 2, 3][1], [1, 2, 3][-1])
try:
    [1, 2][2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    idx = "0"
    [1, 2][idx]
except TypeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3]]
flat = []
for sub in nested:
    flat.extend(sub)
print(flat, sum(nested, []))
print(1 in [1, 2], [1] in [[1], 2], None in [None])
