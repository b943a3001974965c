a = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 2
b = (1, 2, (3, 4))
c = [1, 2, 3]
d = {1, 2, 3}
e = {"a": 1, "b": 2}
f = {**e, "c": 3}
g = [*c, *d]
h = (*c, 4)
i = "a" "b" + "c" * 3
j = -1 + ~2 + +3
k = not True
l = 2 ** 100
m = 2 ** 1000
n = "x" * 5000
o = (1,) * 300
p = 1.5e300 * 1e10
q = 1j * 2 + 3
r = b"bytes" + b"more"
s = f"{a!r} {b:>{c}} {d!s:x} {e!a}"
t = "%s and %r" % (a, b)
u = "%d" % (a,)
v = x[1:2], x[::2], x[1:2:3], x[:]
w = x in [1, 2, 3]
y = x not in {1, 2}
z = x is not None
big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, x]
bigd = {"k0": x, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16}
aa, *bb, cc = range(10)
[dd, ee] = 1, 2
ff = gg = hh = 0
ii = (jj := 5)
obj.attr += 1
obj[idx] -= 2
name //= 3
del obj.attr, obj[idx]
lambda: (yield)
neg = -(2 ** 63)
tup = ()
frz = x in {"b", "a", "c"}
nested = ((1, 2), (3, (4, 5)))
chain = a.b.c.d
multiline = (a
    .b
    .c())
