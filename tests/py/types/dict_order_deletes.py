# Dicts keep insertion order across deletes, re-inserts, updates and resizes.
d = {}
for i in range(10):
    d[f"k{i}"] = i
del d["k3"]
del d["k0"]
d["k3"] = "back"
d["k5"] = "updated"
print(list(d), list(d.values()))
for i in range(10, 40):
    d[f"k{i}"] = i
for i in range(10, 38):
    del d[f"k{i}"]
print(list(d.items()))
d2 = dict.fromkeys(range(8))
for k in [0, 2, 4, 6]:
    d2.pop(k)
d2[0] = "z"
d2.setdefault(2, "two")
d2.setdefault(1, "ignored")
print(d2)
d3 = {"a": 1, "b": 2, "c": 3}
d3.update({"a": 10, "d": 4}, e=5)
d3.update([("b", 20), ("f", 6)])
print(d3)
print(d3.popitem(), d3.popitem(), d3)
d3["new"] = 0
print(list(d3), next(iter(d3)), next(reversed(d3)), list(reversed(d3)), list(reversed(d3.items())), list(reversed(d3.values())))
d4 = {1: "a", 2: "b"}
d4[1.0] = "float key keeps int"
d4[True] = "bool too"
print(d4)
e = {i: i * i for i in range(6)}
for k in list(e):
    if k % 2:
        del e[k]
e.update((k, -k) for k in range(3))
print(e)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:8], list(big)[-4:])
big.clear()
big["only"] = 1
print(big)
