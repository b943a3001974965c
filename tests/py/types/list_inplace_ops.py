# List mutation during iteration, aliasing through function calls, del, and list() conversions.
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3]
out = []
for n in nums:
    out.append(n)
    if len(nums) < 6:
        nums.append(n * 10)
print(out, nums)
def mutate(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
orig = [0]
print(mutate(orig), orig)
it = iter([1, 2, 3])
print(list(it), list(it))
lst = [1, 2, 3]
it2 = iter(lst)
next(it2)
lst.clear()
print(list(it2))
lst = [1, 2, 3]
rev = reversed(lst)
lst.append(4)
print(list(rev))
lst = [1, 2, 3]
rev = reversed(lst)
lst.pop()
lst.pop()
print(list(rev))
print(list("abc"), list((1, 2)), list({1: 2, 3: 4}), list({1: 2}.items()), list(range(3)), list(x * 2 for x in "ab"))
print(list(map(str, [1, 2])), list(zip("ab", [1, 2])), list(enumerate("xy", 5)), list(filter(None, [0, 1, "", "a"])))
a = [1, 2, 3, 4, 5]
del a[1], a[1]
print(a)
a = list(range(10))
for i in range(len(a) - 1, -1, -1):
    if a[i] % 3 == 0:
        del a[i]
print(a)
it = iter(a)
print(it.__length_hint__(), next(it), it.__length_hint__())
print([].__class__, list.__name__, type([]) is list, isinstance([], object))
