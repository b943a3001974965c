# sorted: key, reverse, stability
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([]))
print(sorted("banana"), sorted((5, -1, 0)), sorted({3: "a", 1: "b"}))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([1.5, -2, 3, 0.0, True]))
print(sorted([[2, 1], [1, 2], [1], []]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted(range(10), key=lambda x: -x))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -3, 3], key=abs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=lambda x: None if x == 1 else x)
except TypeError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
out = sorted(data)
print(data, out, out is data)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]))
print(sorted([Item(3), Item(1)], reverse=True))
print(sorted(x * x for x in range(-3, 4)))
print(sorted([False, True, False]), sorted("Zebra apple Mango".split()))
print(sorted(["b", "a"], key=None), sorted([2, 1], reverse=False))
print(sorted([("a", 2), ("b", 1)], key=lambda t: t[1])[0][0])
