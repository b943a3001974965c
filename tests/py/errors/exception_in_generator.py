# Exception raised inside a generator while being consumed
def reciprocals(values):
    for v in values:
        yield 1 / v

for r in reciprocals([4, 2, 0, 1]):
    print(r)
