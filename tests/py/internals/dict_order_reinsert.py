# Insertion order after deletions and re-insertions, popitem LIFO, and order of updates in place.
d = dict.fromkeys("abcdefg", 0)
del d["c"]
d["c"] = 1
d["a"] = 2
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
for k in list(d)[:2]:
    v = d.pop(k)
    d[k] = v
print(list(d))
e = {}
for i in range(10):
    e[i % 4] = i
print(e)
f = {3: "c", 1: "a", 2: "b"}
print(list(f), sorted(f), list({**f, 0: "z"}), list({0: "z", **f}))
g = {}
g.update(b=1, a=2)
g.update([("c", 3), ("b", 4)])
g |= {"d": 5, "a": 6}
print(list(g.items()))
h = {k: k for k in range(8)}
for k in range(0, 8, 2):
    del h[k]
h.update({k: -k for k in range(0, 8, 2)})
print(list(h))
i = {1.0: "float first"}
i[1] = "int second"
i[True] = "bool third"
print(i, type(list(i)[0]).__name__)
j = dict(zip("cab", range(3)))
print(list(j), list(reversed(j)), min(j), next(iter(j.items())))
