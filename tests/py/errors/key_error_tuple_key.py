# KeyError with a tuple key
grid = {(0, 0): "start", (1, 0): "path"}
print(grid[0, 0])
print(grid[2, 3])
