# List slice assignment and deletion: growing, shrinking, extended slices, self-assignment, iterables.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 101, 102]
print(a)
a[-2:] = []
print(a)
a[:] = a[::-1]
print(a)
a[::2] = "wxyzv"
print(a)
a[1::3] = (i * i for i in range(3))
print(a)
a[8:2] = ["empty-range"]
print(a)
a[100:] = ["end"]
print(a)
a[-100:-99] = ["start"]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
b[::-1] = b
print(b)
c = [1, 2, 3, 4, 5, 6]
del c[::2]
print(c)
del c[5:]
del c[-1:-3:-1]
print(c)
c[:] = range(5)
c[1:4:2] = {"k": 1, "j": 2}
print(c)
d = list(range(8))
d[::-3] = ["x", "y", "z"]
print(d)
for stmt in ["d[::2] = [1]", "d[::3] = 5", "d[1:2] = 7", "d[::0] = []", "del d[::0]", "d['a':] = []"]:
    try:
        exec(stmt)
        print(stmt, "ok", d)
    except (ValueError, TypeError) as e:
        print(stmt, type(e).__name__, e)
e = [0] * 5
e[1:3] = e[3:5] = [7, 8]
print(e)
f = [1, 2, 3]
f[0:0] = f
f[len(f):] = f[:2]
print(f)
