# _weakref.proxy: every operation is forwarded to the referent; a dead proxy raises
# ReferenceError; callable proxies; reprs with the addresses cut off.
import _weakref
proxy = _weakref.proxy


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)

    def __index__(self):
        return self.v

    def __bool__(self):
        return self.v != 0

    def __repr__(self):
        return f"Num({self.v})"

    def __str__(self):
        return f"num {self.v}"

    def __bytes__(self):
        return b"bytes!"

    def __reversed__(self):
        return iter("rev")

    __hash__ = None


class CNum(Num):
    def __call__(self, *a, **k):
        return ("called", a, k)


n = Num(3)
p = proxy(n)
print(type(p).__name__, proxy(n) is p, _weakref.getweakrefcount(n))
print(p.v, (p + 1).v, (1 + p).v, (-p).v, p < 5, p == 3, p == n, str(p), bool(p), [0, 1, 2, 3][p])
print(bytes(p), list(reversed(p)))
cn = CNum(1)
cp = proxy(cn)
print(type(cp).__name__, cp(1, k=2))
try:
    reversed(cp)
except TypeError as e:
    print("TypeError", e)
p.v = 10
print(n.v)
del p.v
print(hasattr(n, "v"))
n.v = 4
q = p
q += 2
print(n.v, q is n)
print(repr(p).split(" at 0x")[0], repr(p).split(" to ")[1].split(" at ")[0])
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)

lst = [1, 2, 3]


class L(list):
    pass


lp_target = L([5, 6, 7])
lp = proxy(lp_target)
print(type(lp).__name__, len(lp), lp[1], 6 in lp, list(lp), lp[::-1])
lp[0] = 50
del lp[1]
print(lp_target, sum(lp))
it = iter(lp)
print(type(it).__name__, next(it))


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


itobj = It()
ip = proxy(itobj)
print(next(ip), list(ip))
nonit = Num(1)
try:
    next(proxy(nonit))
except TypeError as e:
    print("TypeError", e)


def f(x):
    return x * 2


fp = proxy(f)
print(type(fp).__name__, fp(21), fp.__name__)

cb_log = []
victim = Num(7)
vp = proxy(victim, lambda pr: cb_log.append(type(pr).__name__))
vp2 = proxy(victim, lambda pr: cb_log.append("second"))
print(vp is not vp2, _weakref.getweakrefcount(victim))
del victim
print(cb_log)
for op in (lambda: vp.v, lambda: vp + 1, lambda: str(vp), lambda: bool(vp), lambda: len(vp), lambda: vp[0],
           lambda: 1 in vp, lambda: iter(vp), lambda: vp < 1, lambda: setattr(vp, "a", 1)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
print(repr(vp).split(" to ")[1].split(" at ")[0])
try:
    _weakref.ProxyType()
except TypeError as e:
    print("TypeError", e)
try:
    proxy(1)
except TypeError as e:
    print("TypeError", e)
try:
    proxy()
except TypeError as e:
    print("TypeError", e)
