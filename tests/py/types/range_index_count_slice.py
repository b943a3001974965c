# range.index/count with non-int arguments, slicing combinations and comparisons.
r = range(3, 30, 4)
print(list(r), r.index(7), r.count(7), r.count(8), r.count(7.0), r.count(True), 11 in r, 11.0 in r)
for x in [8, 30, 2, "a", 7.5]:
    try:
        r.index(x)
    except ValueError as e:
        print("ValueError", e)
class Eq:
    def __eq__(self, other):
        return other == 15
print(r.count(Eq()), r.index(Eq()), Eq() in r)
for s in [slice(None), slice(1, 4), slice(-3, None), slice(None, None, 2), slice(None, None, -1), slice(5, 1, -2),
          slice(100, 200), slice(-100, 100, 3), slice(2, -2)]:
    sub = r[s]
    print(s, sub, list(sub), list(sub) == list(r)[s])
print(r[True], r[-True], range(5)[False:True])
try:
    r[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
try:
    r[::0]
except ValueError as e:
    print("ValueError", e)
print(range(5) == range(5), range(5) != [0, 1, 2, 3, 4], range(0, 3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3, 1)))
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError", e)
print(sum(range(101)), max(range(5)), min(range(5, 0, -1)), sorted(range(3, 0, -1)), list(enumerate(range(2))))
print(range(10)[2:8][1:3], range(100)[::3][::3][::3], range(0, 100, 7)[-1], range(3).__reversed__().__length_hint__())
