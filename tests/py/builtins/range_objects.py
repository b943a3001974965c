# range objects
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[3])
print(list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)))
print(list(range(-5, 5, 2)), list(range(0, -10, -4)), list(range(3, 0)))
print(range(0, 10, 2)[1:3], range(10)[::-1], range(10)[::3], range(10)[-3:])
print(list(range(10)[::-2]), range(1, 20, 3)[2:5], list(range(100)[95:200]))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r, "3" in r)
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))))
print(range(0, 10, 3).index(6), range(10).count(3), range(0, 10, 2).count(3))
try:
    range(10).index(10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(range(5) == range(0, 5), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2))
print(range(0, 10, 2).start, range(0, 10, 2).stop, range(0, 10, 2).step)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19])
print(range(1, 2), range(0, 5, 1), range(5, 0, -1), repr(range(3)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(bool(range(0)), bool(range(1)), list(range(True, 3)))
print(hash(range(3)) == hash(range(0, 3)), range(3) in {range(3)})
i = iter(range(3))
print(next(i), next(i), next(i), next(i, "done"))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(range(10)[2:8:2], list(range(10)[2:8:2]), range(-3, 3)[::-1])
