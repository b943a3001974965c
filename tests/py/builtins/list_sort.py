# list.sort: key, reverse, stability, in-place behaviour
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "Fig", "apple", "fig", "Banana", "kiwi"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "d"), (0, "c"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
mixed = [3.5, 1, True, -2, 0.0, False]
mixed.sort()
print(mixed)
bad = [3, "a", 1]
try:
    bad.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(bad)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def key(x):
    return -x
print(lst.sort(key=key), lst)
data = list(range(20, 0, -1))
data.sort(key=lambda x: x % 4)
print(data)
strs = ["10", "9", "2", "33", "1"]
strs.sort(key=int)
print(strs)
strs.sort()
print(strs)
empty = []
empty.sort()
print(empty)
nested = [[3, 2], [1], [3, 1], [], [1, 5]]
nested.sort()
print(nested)
tuples = [(2, "b"), (1, "z"), (2, "a")]
tuples.sort(reverse=True)
print(tuples)
calls = []
def tracking_key(x):
    calls.append(x)
    return x
vals = [4, 2, 3]
vals.sort(key=tracking_key)
print(calls)
