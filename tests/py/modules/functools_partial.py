# _functools.partial: calls, keyword merging, flattening of nested partials, repr,
# __reduce__/__setstate__, attributes and subclasses.
from _functools import partial


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f(*a, **k):
    return a, k


t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(func=len))
p = partial(print, 1, sep='-')
t(lambda: repr(p))
t(lambda: p.__reduce__())
t(lambda: p.__setstate__(1))
t(lambda: p.__setstate__((1, (), {}, None)))
t(lambda: p.__setstate__((len, 1, {}, None)))
t(lambda: p.__setstate__((len, (), 1, None)))
p2 = partial(f, 1, 2, x=3)
t(lambda: p2(3, y=4))
t(lambda: p2(x=5))
t(lambda: p2())
t(lambda: (p2.func is f, p2.args, p2.keywords))
p3 = partial(p2, 9, z=1)
t(lambda: (p3.func is f, p3.args, p3.keywords))
t(lambda: p3())
p2.attr = 1
p4 = partial(p2, 7)
t(lambda: (p4.func is p2, p4.args))
t(lambda: p2.__dict__)
t(lambda: p4())
t(lambda: partial(f)(1, a=2))
t(lambda: partial(f, a=1)(a=2))
kw = {"b": 2}
pk = partial(f, **kw)
kw["c"] = 3
t(lambda: pk())


class P(partial):
    pass


t(lambda: repr(P(f, 1)).split(" at ")[0])
t(lambda: P(f, 1)(2))
t(lambda: type(partial(P(f, 1), 2)).__name__)
t(lambda: partial(P(f, 1), 2).args)
t(lambda: partial[int])
t(lambda: repr(partial(len)))
t(lambda: repr(partial(f, "a", [1], key={"k": 1})).split(" at ")[0])
t(lambda: repr(partial(f, 1, 2, a=3)).split(" at 0x")[0])
try:
    p.func = len
except AttributeError as e:
    print("AttributeError", e)
try:
    p.args = ()
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.__dict__
except TypeError as e:
    print("TypeError", e)
try:
    p.__dict__ = 1
except TypeError as e:
    print("TypeError", e)
p.__dict__ = {"z": 1}
t(lambda: p.z)
ps = partial(f, 1)
ps.__setstate__((f, (5, 6), None, {"w": 1}))
t(lambda: (ps(), ps.w, ps.__reduce__()[2][1:]))


class TT(tuple):
    pass


class DD(dict):
    pass


ps.__setstate__((f, TT([7]), DD(q=1), None))
t(lambda: (ps(), type(ps.args).__name__, type(ps.keywords).__name__))
t(lambda: ps.__setstate__((f, [7], {"q": 1}, None)))
r = partial(lambda: None)
rp = partial(r)
t(lambda: rp.func is r.func)
self_ref = partial(f)
self_ref.__setstate__((f, (self_ref,), {}, None))
t(lambda: repr(self_ref).count("..."))
t(lambda: partial.__doc__)
t(lambda: partial(sorted, key=len)(["ccc", "a", "bb"]))
