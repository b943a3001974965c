# StopIteration escaping a plain function call of next() on an exhausted iterator (no generator involved).
def first_two(iterable):
    it = iter(iterable)
    return next(it), next(it)

print(first_two("abc"))
print(first_two([1, 2]))
print(first_two(range(1)))
