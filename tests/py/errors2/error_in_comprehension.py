# An error inside a list comprehension inside a function inside a dict comprehension.
def invert(row):
    return [1 / x for x in row]

table = {"a": [1, 2, 4], "b": [5, 10]}
print({k: invert(v) for k, v in table.items()})
table["c"] = [3, 0, 1]
print(sorted(table))
inverted = {k: invert(v) for k, v in table.items()}
print(inverted)
