# List, dict and set comprehensions
squares = [x * x for x in range(10)]
print(squares)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(4)] for i in range(3)])
print([c.upper() for c in "hello" if c != "l"])
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 5 for x in range(100)}))
print({x for x in [3, 1, 2, 3, 1]})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row])
x = "outer"
print([x for x in range(3)], x)
print([i if i % 2 else -i for i in range(6)])
print([(a, b) for a, b in [(1, 2), (3, 4)]])
print([a + b for a, *b in [(1, 2), (3, 4, 5)] for b in b])
print({i: [j for j in range(i)] for i in range(4)})
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
n = 3
print([n * k for k in range(n)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([w for w in "a bb ccc dddd".split() if len(w) > 1])
print({len(w): w for w in "x yy zz www".split()})
print([last := i for i in range(4)], last)
print(sum(x for x in range(101)))
print([*range(3), *[10, 11]])
print({**{"a": 1}, **{"b": 2}, "a": 3})
