# Exception raised inside a lambda called from a list comprehension
scale = lambda x: 100 // x
values = [5, 2, 0]
print([scale(v) for v in values])
