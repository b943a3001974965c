# list slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[5:2], a[100:], a[-100:2], a[2:100:4], a[-1:-4:-1], a[::-3])
print(a[:], a[:] is a, a[:] == a)
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:2] = []
print(b)
b[-2:] = "yz"
print(b)
b[::2] = [0] * len(b[::2])
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[len(d):] = [4, 5]
d[:0] = [0]
print(d)
d[1:4] = range(3)
print(d)
d[3:1] = ["inserted"]
print(d)
e = list(range(6))
e[::-2] = ["a", "b", "c"]
print(e)
try:
    e[0:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
f = [1, 2, 3]
f[1:2] = f
print(f)
g = list("abcdef")
print(g[slice(1, 4)], g[slice(None, None, -2)], g[slice(2)])
h = list(range(5))
h[10:20] = ["end"]
h[-100:-99] = ["start"]
print(h)
try:
    a[::0]
except ValueError as ex:
    print(type(ex).__name__, ex)
s = "abcdefgh"
t = tuple(range(8))
print(s[1:6:2], s[::-1], t[2:5], t[::-2], s[-2:], s[:-2])
big = list(range(20))
print(big[3:17:5], big[-5:-1:2], big[17:3:-5])
print(a[True:3], a[False::5])
