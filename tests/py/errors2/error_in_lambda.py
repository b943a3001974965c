# A failing lambda called through map() and sorted(key=...).
people = [("ann", 31), ("bob", None), ("cy", 25)]
ages = list(map(lambda p: p[1], people))
print(ages)
names = sorted(people, key=lambda p: p[0])
print(names)
by_age = sorted(people, key=lambda p: p[1] + 0)
print(by_age)
