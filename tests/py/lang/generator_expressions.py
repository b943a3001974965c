# Generator expressions
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(tuple(c for c in "abc"))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]))
nested = ((i, j) for i in range(3) for j in range(i, 3) if i != j)
print(list(nested))
def count_evals():
    log = []
    def src():
        for i in range(3):
            log.append(f"produce {i}")
            yield i
    gen = (x + 100 for x in src())
    log.append("created")
    for v in gen:
        log.append(f"got {v}")
    return log
print(count_evals())
try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    print(next(gen))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    bad = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
lazy = (1 / x for x in [0])
print("lazy created without error")
data = [1, 2, 3]
g2 = (x for x in data)
data.append(4)
print(list(g2))
g3 = (x for x in range(3))
print(list(zip(g3, g3)))
print(",".join(str(i) for i in range(5)))
print(list(x for x in (y * 2 for y in range(4)) if x > 2))
