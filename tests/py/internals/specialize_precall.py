# PRECALL specializations (3.11): builtins, method descriptors, builtin classes, as
# dis.dis(adaptive=True) shows them once the code is warm, and their results.
import dis


class P:
    def __init__(self, x):
        self.x = x

    def get(self, k=1):
        return self.x * k


def pget(p, k=1):
    return p.x * k


def calls(a, s, lst, d, p):
    n = 0
    for i in range(3):
        n += len(lst)
        lst.append(i)
        n += isinstance(a, int)
        n += abs(-i)
        n += divmod(i, 2)[0]
        t = type(a)
        u = str(i)
        v = tuple(lst)
        w = s.upper()
        x = s.split(",")
        y = d.get("k", 0)
        z = lst.count(0)
        r = sorted(lst, key=None)
        q = list(v)
        n += pget(p)
        n += pget(p, 2)
        g = P.get
        n += g(p)
    return n, t, u, v[:3], w, x, y, z, r[:3], q[:3]


for _ in range(10):
    res = calls(1, "abc", [], {"k": 5}, P(3))
print(res)
dis.dis(calls, adaptive=True)
