# Dicts with keys whose hashes collide, custom __eq__/__hash__, mutable-key pitfalls, and -1 hashes.
class Coll:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Coll) and self.name == other.name
    def __repr__(self):
        return f"C({self.name})"
d = {Coll(c): i for i, c in enumerate("abcdef")}
print(d, d[Coll("d")], Coll("z") in d)
del d[Coll("b")]
d[Coll("g")] = 99
print(list(d), d.get(Coll("f")))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()), hash(-1), hash(-2), {-1: "a", -2: "b"}[-1])
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()), hash(BigHash()) == hash(2**100))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
m = Mutable(1)
dd = {m: "found"}
m.v = 2
print(dd.get(m), dd.get(Mutable(1)), dd.get(Mutable(2)), len(dd))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError", e)
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash")
        return self.v
    def __eq__(self, other):
        calls.append("eq")
        return self.v == other.v
t = {Tracked(1): 1, Tracked(9): 2}
calls.clear()
print(t[Tracked(1)], calls)
calls.clear()
k = Tracked(9)
t[k] = 3
print(calls, len(t))
