# Unpacking: counts, starred targets, nested targets and the errors for mismatches.
a, b = 1, 2
(c, d), e = "xy", [3]
f, *g, h = range(6)
*i, = "ab"
[j, [k, *l]] = [1, (2, 3, 4)]
print(a, b, c, d, e, f, g, h, i, j, k, l)
for x, (y, *z) in [(1, "ab"), (2, "c")]:
    print(x, y, z)
first, *_ = {"only": 1}
print(first)
tests = [
    "a, b = 1, 2, 3", "a, b = [1]", "a, b = 1", "a, *b, c = [1]", "(a, b), c = [1, 2], 3", "a, b = 'abc'",
    "a, b = {1: 2}", "a, = []", "a, b = iter([1])", "[a, b] = None", "a, *b = 5", "a, b, c = (x for x in range(2))",
    "a, b = range(10**6)",
]
for stmt in tests:
    try:
        exec(stmt, {})
        print(stmt, "ok")
    except (ValueError, TypeError) as e:
        print(stmt, type(e).__name__, e)
class Three:
    def __iter__(self):
        yield 1
        yield 2
        yield 3
try:
    p, q = Three()
except ValueError as e:
    print("ValueError", e)
p, *q = Three()
print(p, q)
class Bad:
    def __iter__(self):
        return 5
try:
    a, b = Bad()
except TypeError as e:
    print("TypeError", e)
