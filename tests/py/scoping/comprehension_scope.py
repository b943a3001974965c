# Comprehensions have their own scope: loop vars don't leak, outer names are read, class scope is skipped.
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
x = 10
print([x + j for j in range(2)], {j: x for j in range(2)}, {x * j for j in range(2)})
def f():
    n = 3
    return [[n * a + b for b in range(n)] for a in range(n)]
print(f())
class C:
    base = 100
    vals = [v for v in range(3)]
    try:
        shifted = [base + v for v in range(3)]
    except NameError as e:
        error = str(e)
    first_iter_ok = [v for v in range(base, base + 2)]
print(C.vals, C.error, C.first_iter_ok)
def nested_comp():
    return [(a, b) for a in range(3) for b in range(a) if (a + b) % 2]
print(nested_comp())
def walrus():
    data = [1, 5, 2, 8]
    big = [y for v in data if (y := v * 2) > 4]
    return big, y
print(walrus())
total = 0
results = [total := total + v for v in range(5)]
print(results, total)
def closure_in_comp():
    fs = [lambda: k for k in range(3)]
    return [fn() for fn in fs]
print(closure_in_comp())
e = "outer e"
try:
    [1 / 0 for e in [0]]
except ZeroDivisionError as err:
    pass
print(e)
print([[c for c in w] for w in ["ab", "c"]], [(w, c) for w in ["ab"] for c in w])
