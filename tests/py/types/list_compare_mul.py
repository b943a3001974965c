# List comparison, concatenation, repetition (sharing references) and containment.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [1, "a"] < [2, "b"], [1, 2, 3] <= [1, 2, 3], [3] >= [2, 100])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
rows = [[0] * 3] * 2
rows[0][0] = 9
print(rows, rows[0] is rows[1])
fixed = [[0] * 3 for _ in range(2)]
fixed[0][0] = 9
print(fixed)
print([1, 2] * 3, 3 * [1], [1] * 0, [1] * -1, [] * 5, [None] * 4)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [1]
c *= 3
c *= 1
print(c)
c *= 0
print(c)
d = [1, 2]
d += (3, 4)
d += "ab"
d += {5: 0}
d += range(6, 8)
print(d)
try:
    d + (1,)
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], l.count(nan), [1, 2, 3][-1:] == [3])
class Loud:
    def __eq__(self, o):
        print("eq called")
        return True
x = Loud()
print([x] == [x], [x] == [Loud()], x in [x], Loud() in [1])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1], [1, 0]]), sorted([[3], [1, 2], [1]]))
