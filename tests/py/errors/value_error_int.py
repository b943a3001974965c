# ValueError from int() on a non-numeric string
raw = ["10", "20", "x"]
total = 0
for r in raw:
    total += int(r)
    print("running total", total)
