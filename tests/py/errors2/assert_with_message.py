# A failing assert with a computed message.
def mean(values):
    assert values, "mean() of empty sequence"
    assert all(isinstance(v, (int, float)) for v in values), f"non-numeric values: {values!r}"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught", e)
print(mean([1.5, 2.5]))
mean([1, "2", 3])
