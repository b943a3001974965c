# dict.fromkeys (shared value), copy vs deepish copies, dict(), dict comprehension and kwargs constructors.
d = dict.fromkeys("abc")
print(d)
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
print(dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys((1, 1, 2)), dict.fromkeys({"k": 1}), dict.fromkeys("aab", "v"))
class OD(dict):
    pass
o = OD.fromkeys([1, 2], "v")
print(type(o).__name__, o)
orig = {"list": [1], "n": 1}
cp = orig.copy()
cp["list"].append(2)
cp["n"] = 99
print(orig, cp, dict(orig) == orig, dict(orig) is orig)
print(dict(), dict(a=1, b=2), dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict(zip("ab", [1, 2])), dict([["k", "v"]]), dict(((1, 2),)))
print({k: v for k, v in [(1, "a"), (1, "b")]}, {x: x % 3 for x in range(6)}, {**{"a": 1}, "b": 2, **{"a": 3}})
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})
e = {}
e.update(Mapping())
e.update(r=1)
print(e, len(e), e == {"p": "P", "q": "Q", "r": 1}, {1: 2} == {1: 2.0}, {1: 2} != {2: 1})
print({1: "a"} == {True: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
try:
    {} < {}
except TypeError as e:
    print("TypeError", e)
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"), dict.__name__, type({}).__mro__)
