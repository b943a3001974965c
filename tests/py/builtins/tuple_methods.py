# tuple methods and behaviour
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.count(2), t.count(9), t.index(3), t.index(1, 1), t.index(2, 2, 4))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print((), (1,), (1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), tuple())
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
x = 1, 2
print(x, type(x).__name__)
a, b = x
print(a, b)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
inner = ([1], 2)
inner[0].append(99)
print(inner)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: "x"}), tuple(x * 2 for x in range(3)))
print(3 in t, 9 not in t, max(t), min(t), sum(t), sorted(t))
print(repr((1,)), repr(((),)), repr((None, "s", 1.5)), str(("a",)))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1][1])
p = (3, 4)
print(*p, sep=", ")
print(tuple(reversed(t)), t.__len__(), list(enumerate(("a", "b"))))
print(tuple(t) is t, t[:] is t, t[1:] is t)
empty = ()
print(bool(empty), bool((0,)), len(empty))
