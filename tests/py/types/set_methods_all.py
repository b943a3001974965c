# Every set method, with several argument types; results printed sorted where orders could vary.
def S(x):
    return sorted(x, key=repr)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(S(a | b), S(a & b), S(a - b), S(a ^ b), S(a.union(b, [9], "x")), S(a.intersection(b, range(4))))
print(S(a.difference([1], (2,))), S(a.symmetric_difference([4, 6])), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("abc"))
print(a <= a, a < a, a >= {1}, a > {1}, a == {4, 3, 2, 1}, a != frozenset(a), {1} < {1, 2})
c = set(a)
c.add(7)
c.discard(1)
c.discard(100)
c.remove(2)
print(S(c))
c.update([10, 11], {12})
c.intersection_update(range(5, 13), range(7, 20))
print(S(c))
c.difference_update({10}, [11])
c.symmetric_difference_update({7, 99})
print(S(c))
d = c.copy()
d.add("str")
print(S(c), S(d), d.pop() in {12, 99, "str"}, len(d))
d.clear()
print(d, len(d), bool(d))
e = {3, 1, 2}
e |= {4}
e &= {1, 2, 4}
e -= {2}
e ^= {8}
print(S(e))
for stmt in ["set().pop()", "{1}.remove(2)", "{1} | [2]", "{1} < [1]", "set(5)", "{[1]}", "{1}.add([])", "set([[1]])",
             "{1}.update(5)", "{1}.issubset(5)", "frozenset().add(1)", "{1}.union(1)", "{1} + {2}", "set(1, 2)"]:
    try:
        print(stmt, eval(stmt))
    except (KeyError, TypeError, AttributeError) as e:
        print(stmt, type(e).__name__, e)
print(set(), set("aab") == {"a", "b"}, {1, 1.0, True}, len({0, 0.0, False, -0.0}), {(1, 2), (1, 2)})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
ks = {Key(1), Key(2), Key(1)}
print(len(ks), Key(2) in ks, Key(3) in ks)
print({1, 2}.__len__(), {1}.__contains__(1), set.__name__, type(set()).__mro__)
s = {1, 2}
try:
    {s}
except TypeError as e:
    print("TypeError", e)
print(frozenset(s) in {frozenset({1, 2}): "ok"}, {1, 2} in [{2, 1}], set([1, 2]) in {frozenset([1, 2])})
