# Dict views: live updates, set operations on keys/items, mapping attribute, reversed, comparisons.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(k, v, it, len(k), len(v), len(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "z" in k, ["b", 2] in it if False else "skip")
print(k & {"b", "z"}, k | {"z"}, k - {"b"}, k ^ {"b", "q"}, sorted(k & ["c", "d", "x"]))
print(it & {("b", 2), ("c", 0)}, it - {("b", 2)}, sorted(it | {("z", 26)}))
print(k == {"b", "c", "d"}, k < {"b", "c", "d", "e"}, k >= {"b"}, it == {("b", 2), ("c", 3), ("d", 4)}, v == v)
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), it.isdisjoint([("b", 2)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping, type(k).__name__, type(v).__name__, type(it).__name__)
print(repr({}.keys()), repr({}.values()), repr({}.items()), repr({1: [2]}.items()))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
dd = {1: 1}
try:
    for x in dd.values():
        dd[2] = 2
        dd.pop(2)
        dd[3] = 3
except RuntimeError as e:
    print("RuntimeError", e)
try:
    hash(d.keys())
except TypeError as e:
    print("TypeError", e)
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError", e)
unh = {"a": [1]}
try:
    unh.items() & {("a", 1)}
    print("items & ok")
except TypeError as e:
    print("TypeError", e)
print(set(d.values()) if all(isinstance(x, int) for x in d.values()) else "mixed", sorted(d.keys()), {1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
