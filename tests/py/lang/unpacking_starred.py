# Starred and nested unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, o]] = [10, [20, 30]]
print(m, n, o)
(a, *b), (c, d) = "xyz", [4, 5]
print(a, b, c, d)
for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
print(*[1, 2, 3], sep="-")
print([*"ab", *range(2), *(9,)])
print({*[1, 2], *{3}})
print((*[1], 2))
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 100}}
print(d2)
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2], 3), f(1, *(2, 3)), f(**{"c": 1, "b": 2, "a": 3}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
items = [1, 2, 3]
items[0], items[2] = items[2], items[0]
print(items)
i = 0
lst = [0, 0]
i, lst[i] = 1, 9
print(i, lst)
x = y = z = [0]
x.append(1)
print(y, z is x)
a, b = b, a = 5, 6
print(a, b)
key, value = {"only": "one"}.popitem()
print(key, value)
(single,) = [42]
[single2] = "z"
print(single, single2)
a, b, c = range(3)
print(a, b, c)
*all_items, = (7, 8)
print(all_items)
