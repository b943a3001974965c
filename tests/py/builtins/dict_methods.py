# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d2 = {"x": 1, "y": 2, "z": 3}
print(d2.popitem(), d2.popitem(), d2)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
u = {"a": 1}
u.update({"b": 2}, c=3)
u.update([("d", 4)])
u.update(a=10)
print(u)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
c = u.copy()
c["new"] = True
print(len(u), len(c), "new" in u)
c.clear()
print(c)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[("tuple", 1)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
print("a" in u, "zz" not in u, 1 in {1.0: "x"}, {1: "int"}.get(1.0))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(dict(a=1) | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
m = {"k": 1}
m |= {"k": 2, "j": 3}
m |= [("i", 4)]
print(m)
try:
    {} | [("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(len({}), bool({}), bool({0: 0}), list({"a": 1, "b": 2}), dict(sorted({"b": 1, "a": 2}.items())))
nested = {"outer": {"inner": {"leaf": 42}}}
print(nested["outer"]["inner"]["leaf"], nested.get("outer", {}).get("missing", "none"))
print({i: i * i for i in range(4)}.get(3), {True: "t"}[1], {(1, 2): "tuple key"}[1, 2])
