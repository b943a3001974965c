# Tuples: construction, packing, indexing/slicing, count/index, concatenation, immutability errors.
t = (1, 2, 3, 2, 1)
print(t, t[1], t[-1], t[1:3], t[::-1], t[::2], t[10:], len(t), t.count(2), t.index(2), t.index(1, 1), t.index(2, -3))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 0}), tuple(x for x in "xy"))
single = 1,
nested = ((1, 2), (3, (4, 5)))
print(single, nested[1][1][0], type(()).__name__)
a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
print(t + (9,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * -1, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0))
print(1 in t, 9 not in t, max(t), min(t), sum(t), sorted(t), list(reversed(t)))
for stmt in ["t[0] = 5", "del t[0]", "t.append(1)", "t[10]", "t.index(9)", "t + [1]", "t * 1.5", "tuple(1)", "t['a']", "(1, 2) < (1, 'x')"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(stmt, type(e).__name__, e)
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
try:
    mutable_inside[0] += [4]
except TypeError as e:
    print("TypeError", e)
print(mutable_inside)
print(t.__getitem__(slice(1, None)), t.__len__(), t.__contains__(3), t.__add__((7,)), t.__mul__(2), t.__rmul__(0))
print(tuple.__mro__, isinstance(t, tuple), t.__class__.__name__, (1, 2, 3).__repr__())
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(tuple(t) is t, t[:] is t, t[0:5] is t, t[::1] is t)
class T(tuple):
    pass
s = T((1, 2))
print(s, type(s).__name__, tuple(s) is s, type(s[:]).__name__, type(s + s).__name__, s == (1, 2))
