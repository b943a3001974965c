# Generator-expression scoping: first iterable evaluated eagerly, the rest lazily; class scope rules.
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def make():
    data = [1, 2, 3]
    gen = (d * 2 for d in data)
    data = [100]
    return gen
print(list(make()))
items = [1, 2]
g2 = (a * b for a in items for b in items)
items = [5]
print(list(g2))
try:
    g3 = (i for i in 5)
except TypeError as e:
    print("TypeError eager", e)
g4 = (1 / 0 for _ in range(1))
print("created lazily")
try:
    next(g4)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
class C:
    y = 5
    vals = [y * i for i in range(2)] if False else None
    try:
        bad = list(y + i for i in range(2))
    except NameError as e:
        err = str(e)
    ok = list(i for i in range(y))
print(C.err, C.ok)
print(sum(i * i for i in range(5)), max((len(w) for w in ["a", "abc"]), default=0), any(x > 3 for x in [1, 5]))
g5 = (i for i in range(3))
print(next(g5), list(g5), list(g5))
print(type(g5).__name__, g5.__name__, g5.__qualname__)
def outer():
    n = 3
    return list((lambda: i * n)() for i in range(n))
print(outer())
print([v for v in (w.upper() for w in "ab")], tuple(i for i in "xy"), dict((k, len(k)) for k in ["aa", "b"]))
i = "global i"
list(i for i in range(3))
print(i)
