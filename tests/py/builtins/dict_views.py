# dict views: keys, values, items
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), len(v), len(it))
d["d"] = 4
print(k, len(v), ("d", 4) in it, "d" in k, 4 in v)
del d["a"]
print(list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k & {"b", "x"} == {"b"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(it & {("b", 2), ("c", 99)}, sorted(it - {("b", 2)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], v == v, d.values() == d.values())
print(k.isdisjoint({"x"}), k.isdisjoint({"b"}), k <= {"b", "c", "d", "e"}, k >= {"b"})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(d.items(), key=lambda kv: -kv[1]))
for key, value in d.items():
    print(key, value, end="; ")
print()
try:
    for key in d.keys():
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {}
print(list(e.keys()), list(e.values()), list(e.items()), bool(e.keys()))
m = dict(zip(range(5), "abcde"))
print(m, list(m.values())[::2], [x for x in m if x % 2])
print(next(iter(m)), next(iter(m.values())), next(iter(m.items())))
print(max(m), max(m.values()), min(m.items()))
print(sum({1: "a", 2: "b"}.keys()), "".join({"x": 1, "y": 2}))
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
kv = {1: 10, 2: 20}
kv_items = kv.items()
kv[1] = 11
print(kv_items, kv.keys().mapping if hasattr(kv.keys(), "mapping") else None)
