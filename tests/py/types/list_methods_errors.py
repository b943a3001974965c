# list methods with bounds and their errors: index/count/remove/insert/pop/copy/clear.
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, -2), a.index(1, 1, 5), a.count(2), a.count(9), a.count(1.0))
for args in [(9,), (1, 1, 4), (3, 3), (2, -1, -1)]:
    try:
        a.index(*args)
    except ValueError as e:
        print("ValueError", e)
b = [0, 1, 2]
b.insert(-1, "m")
b.insert(-100, "first")
b.insert(100, "last")
b.insert(2**40, "huge")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
for stmt in ["[].pop()", "[1].pop(5)", "[1].pop(-2)", "[1].remove(2)", "[1].pop('x')", "[1].insert('a', 1)", "[].index()",
             "[1, 2].remove()", "list(5)", "list(1, 2)", "[1].extend(3)", "[].append(1, 2)", "[1] + (2,)", "[1] * 'x'"]:
    try:
        print(stmt, eval(stmt))
    except (IndexError, ValueError, TypeError) as e:
        print(stmt, type(e).__name__, e)
c = [1, [2, 3]]
d = c.copy()
d[1].append(4)
d.append(5)
print(c, d, c.clear(), c)
e = [3, 1, 2]
print(e.reverse(), e, e.sort(), e, e.append(4), e.extend((5, 6)), e)
class Eq:
    def __eq__(self, other):
        return other == 2
print([1, 2, 3].index(Eq()) if False else [1, 2, 3].count(2), [Eq(), 1].count(2), 2 in [Eq()], [1, Eq()].index(2))
x = [1, 2, 3]
x.remove(2.0)
print(x)
nan = float("nan")
print([nan].count(nan), nan in [nan], [nan].index(nan))
