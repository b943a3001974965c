# Assignment expressions bind in the enclosing function scope, even from comprehensions.
def f():
    if (n := 10) > 5:
        print("n is", n)
    [m := v for v in range(3)]
    return n, m
print(f())
data = [3, 8, 1, 9]
if any((hit := x) > 7 for x in data):
    print("first > 7:", hit)
print([y for x in data if (y := x * 2) > 5], y)
def outer():
    def inner():
        [(acc := i) for i in range(4)]
        return acc
    return inner()
print(outer())
class C:
    vals = [1, 2]
    total = (s := sum(vals))
print(C.total, "s" in C.__dict__)
def nested_comp():
    [[(last := (i, j)) for j in range(2)] for i in range(2)]
    return last
print(nested_comp())
while (line := ["", "b", "a"].pop() if False else None) is not None:
    pass
print(line)
def loop_walrus():
    items = iter([1, 2, 3, 0, 4])
    out = []
    while (v := next(items)) != 0:
        out.append(v)
    return out, v
print(loop_walrus())
print((z := 5), z, [z := z + 1, z])
def with_nonlocal():
    count = 0
    def bump():
        nonlocal count
        [count := count + 1 for _ in range(3)]
        return count
    return bump(), count
print(with_nonlocal())
