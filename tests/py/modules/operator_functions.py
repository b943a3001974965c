# The functions of _operator: each does what its operator does, with argument errors.
import _operator as o


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


pairs = [(7, 3), (2.5, 2), ("ab", "cd"), ([1], [2]), ({1, 2}, {2, 3})]
names = ["add", "sub", "mul", "floordiv", "truediv", "mod", "lshift", "rshift", "and_", "or_", "xor", "pow",
         "eq", "ne", "lt", "le", "gt", "ge", "is_", "is_not", "concat", "matmul"]
for a, b in pairs:
    out = []
    for n in names:
        try:
            out.append(repr(getattr(o, n)(a, b)))
        except Exception as e:
            out.append(type(e).__name__)
    print(a, b, " ".join(out))
for n in ["neg", "pos", "abs", "inv", "invert", "not_", "truth", "index"]:
    out = []
    for v in (5, -2.5, True, "s", 0):
        try:
            out.append(repr(getattr(o, n)(v)))
        except Exception as e:
            out.append(type(e).__name__)
    print(n, " ".join(out))
# In-place forms: mutate mutable operands, return new objects for immutable ones.
lst = [1]
print(o.iadd(lst, [2]) is lst, lst, o.iconcat(lst, (3,)) is lst, lst)
print(o.iadd(1, 2), o.isub(5, 1), o.imul("ab", 2), o.itruediv(1, 4), o.ifloordiv(7, 2), o.imod(7, 4),
      o.ilshift(1, 3), o.irshift(8, 1), o.iand(6, 3), o.ior(4, 1), o.ixor(5, 1), o.ipow(2, 10))
s = {1}
print(o.ior(s, {2}) is s, s)
d = {"a": 1}
print(o.getitem(d, "a"), o.setitem(d, "b", 2), d, o.delitem(d, "a"), d)
t(lambda: o.getitem(d, "zz"))
t(lambda: o.delitem([], 0))
print(o.contains([1, 2], 2), o.contains("abc", "z"), o.countOf([1, 2, 1, 1.0], 1), o.indexOf("abcb", "b"))
t(lambda: o.indexOf([1, 2], 3))
t(lambda: o.indexOf(5, 3))
t(lambda: o.countOf(5, 3))
t(lambda: o.contains(5, 3))
t(lambda: o.concat(1, 2))
t(lambda: o.concat({}, {}))
t(lambda: o.iconcat(1, 2))
t(lambda: o.concat([1], (2,)))
t(lambda: o.concat("a", "b"))


class Seq:
    def __init__(self, v):
        self.v = v

    def __getitem__(self, i):
        return self.v[i]

    def __add__(self, other):
        return Seq(self.v + other.v)

    def __repr__(self):
        return f"Seq({self.v!r})"


t(lambda: o.concat(Seq([1]), Seq([2])))
t(lambda: o.iconcat(Seq([1]), Seq([2])))
t(lambda: o.length_hint(iter([1, 2, 3])))
t(lambda: o.length_hint([1, 2]))
t(lambda: o.length_hint(5))
t(lambda: o.length_hint(5, 9))
t(lambda: o.length_hint(5, "x"))
t(lambda: o.length_hint())


class BadHint:
    def __length_hint__(self):
        return -1


t(lambda: o.length_hint(BadHint()))
t(lambda: o.call(print, 1, 2, sep="-"))
t(lambda: o.call(dict, a=1))
t(lambda: o.call())
t(lambda: o.add(1))
t(lambda: o.add(1, 2, 3))
t(lambda: o.add(a=1, b=2))
t(lambda: o.neg())
t(lambda: o.truth())
t(lambda: o.setitem(1, 2))
t(lambda: o.index(1.5))
t(lambda: o.is_(1))
t(lambda: o._compare_digest("abc", "abc"))
t(lambda: o._compare_digest("abc", "abd"))
t(lambda: o._compare_digest("abc", "ab"))
t(lambda: o._compare_digest(b"abc", bytearray(b"abc")))
t(lambda: o._compare_digest(b"", b""))
t(lambda: o._compare_digest("a", b"a"))
t(lambda: o._compare_digest(b"a", "a"))
t(lambda: o._compare_digest(1, 2))
t(lambda: o._compare_digest(1, b"a"))
t(lambda: o._compare_digest("é", "é"))
t(lambda: o.add.__doc__)
t(lambda: o.length_hint.__doc__.splitlines()[0])
t(lambda: o.__doc__.splitlines()[0])
t(lambda: sorted(n for n in dir(o) if not n.startswith("__")))
