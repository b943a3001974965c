# list.sort is stable, honours key= and reverse= (reverse keeps equal items in order).
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
byname = sorted(records)
print(sorted(byname, key=lambda r: r[1]))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
lst = list(range(20))
lst.sort(key=lambda x: x % 3)
print(lst)
lst.sort(key=lambda x: x % 4, reverse=True)
print(lst)
calls = []
def key(x):
    calls.append(x)
    return -x
data = [5, 2, 8]
data.sort(key=key)
print(data, calls)
mixed = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
mixed.sort()
print(mixed)
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted("hello"), sorted({3: 0, 1: 0, 2: 0}))
floats = [0.5, -0.0, 0.0, float("inf"), -2.5, 1e-300]
print(sorted(floats), sorted(floats, reverse=True))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(s), sorted(big, reverse=True)[:5])
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
print(sorted([Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")]))
print(sorted([Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")], reverse=True))
print([].sort(), sorted([]), sorted([1]), sorted((3, 1, 2)), sorted(x for x in [3, 1]))
