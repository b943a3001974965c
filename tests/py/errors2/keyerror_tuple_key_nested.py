# KeyError with a tuple key raised from a nested helper; the traceback shows the tuple repr.
grid = {(x, y): x * y for x in range(3) for y in range(3)}

def cell(x, y):
    return grid[x, y]

def row(y):
    return [cell(x, y) for x in range(4)]

print(cell(2, 2))
print([row(y)[:3] for y in range(1)] if False else "skip")
print(row(1))
