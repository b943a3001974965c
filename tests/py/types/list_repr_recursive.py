# Recursive containers print with [...] / {...}; equality and repr of nested structures.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
b = [a, d]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
n = Node("root")
n.children.append(Node("leaf"))
print(n)
m = [[1, [2, [3, [4, []]]]], (5, (6,)), {"a": {"b": {"c": [7]}}}]
print(m, repr(m) == str(m))
print([[]] * 3, [[] for _ in range(2)], [None, True, 1.0, "s", b"b", 1j, (), {}, set(), frozenset()])
s = set()
print(repr(s), repr({1}), repr(frozenset({1})), repr(frozenset()))
print(repr([1, "a", 'b"c', "d'e"]), [1.5, -0.0, float("inf")])
l1 = [1, 2]
l2 = [1, 2]
l1.append(l1)
l2.append(l2)
try:
    l1 == l2
except RecursionError as e:
    print("RecursionError", str(e)[:40])
print(l1 is l1, l1 == l1 if False else "skip")
