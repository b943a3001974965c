# A failing assert without a message: the traceback ends in a bare AssertionError.
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))

def merge(a, b):
    assert is_sorted(a) and is_sorted(b)
    out = []
    while a and b:
        out.append((a if a[0] <= b[0] else b).pop(0))
    return out + a + b

print(merge([1, 4, 9], [2, 3, 10]))
print(merge([], [5]))
merge([3, 1], [2])
