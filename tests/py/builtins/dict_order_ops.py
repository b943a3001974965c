# dict insertion order through updates and deletions
d = {}
for ch in "hello world":
    d[ch] = d.get(ch, 0) + 1
print(d)
d = {"one": 1, "two": 2, "three": 3, "four": 4}
del d["two"]
d["five"] = 5
d["two"] = 22
print(list(d))
d["one"] = 111
print(d)
d.pop("three")
d["three"] = 3
print(d)
for k in list(d):
    if len(k) == 4:
        del d[k]
print(d)
e = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del e[i]
e[0] = "re-added"
print(e)
for i in range(100):
    e[i + 100] = i
for i in range(100):
    del e[i + 100]
print(e, len(e))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, a | b, b | a)
c = dict(a)
c.update(b)
print(c)
print(list({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a", 2: "b"}))
f = dict.fromkeys([5, 3, 5, 1, 3])
print(f)
g = {1: "a", 2: "b", 3: "c"}
g.popitem()
g[4] = "d"
print(g, g.popitem(), g)
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
h = {}
h.setdefault("b", 1)
h.setdefault("a", 2)
h.setdefault("b", 3)
print(h, list(reversed(h)))
big = {i: str(i) for i in range(50)}
for i in range(0, 50, 3):
    big.pop(i)
print(list(big)[:10], len(big))
