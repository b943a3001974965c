# min and max
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((7, 8, 6)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("apple", "banana"))
print(min([1.5, 1, 2]), max([True, 0, -1]), min([-0.0, 0.0]), max([0.0, -0.0]))
words = ["kiwi", "fig", "banana", "plum"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([(1, "b"), (1, "a")]), max([[1, 2], [1, 2, 0]]))
print(max([3, 1, 3], key=lambda x: 0), min([5, 2, 5, 2], key=lambda x: -x))
print(min([], default="empty"), max([], default=None), min([1], default=0))
print(max((), key=len, default="d"), min(x for x in [4, 2, 8]))
print(max({1: "z", 5: "a"}), max({1: "z", 5: "a"}.values()), min(range(5, 10)))
print(max(2 ** 100, 3 ** 60), min(-(2 ** 70), -1e20))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([1, 2, nan]))
d = {"a": 3, "b": 7, "c": 1}
print(max(d, key=d.get), min(d, key=d.get), max(d.items(), key=lambda kv: kv[1]))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"V{self.v}"
print(min(V(3), V(1), V(2)), max([V(3), V(9), V(2)]))
print(max("abc", "abd", key=lambda s: s[:2]), min([[], [1]], key=len))
print(max(1, 2, key=lambda x: -x), min(*"zyx"))
