# attrgetter, itemgetter and methodcaller: calls, dotted names, several items, reprs,
# __reduce__, and their errors.
import _operator as o


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class N:
    pass


root = N()
root.a = N()
root.a.b = 42
root.c = "see"
root.name = N()
root.name.first = "Ada"
root.name.last = "Lovelace"
t(lambda: o.attrgetter("c")(root))
t(lambda: o.attrgetter("a.b")(root))
t(lambda: o.attrgetter("a.b", "c")(root))
t(lambda: o.attrgetter("name.first", "name.last")(root))
t(lambda: o.attrgetter("zz")(root))
t(lambda: o.attrgetter("a.zz")(root))
t(lambda: o.attrgetter())
t(lambda: o.attrgetter(1))
t(lambda: o.attrgetter("a", 2))
t(lambda: o.attrgetter("a", x=1))
t(lambda: o.attrgetter("a")())
t(lambda: o.attrgetter("a")(1, 2))
t(lambda: o.attrgetter("a")(obj=1))
t(lambda: o.attrgetter("a.b", "c"))
t(lambda: o.attrgetter("a.b"))
t(lambda: o.attrgetter("a.b", "c").__reduce__())
t(lambda: o.attrgetter("x").__reduce__())
t(lambda: type(o.attrgetter("x")).__name__)
objs = [N(), N(), N()]
for i, ob in zip((3, 1, 2), objs):
    ob.v = i
    ob.w = N()
    ob.w.k = -i
t(lambda: [x.v for x in sorted(objs, key=o.attrgetter("v"))])
t(lambda: [x.v for x in sorted(objs, key=o.attrgetter("w.k"))])

t(lambda: o.itemgetter(1)([10, 20, 30]))
t(lambda: o.itemgetter(1)((10, 20, 30)))
t(lambda: o.itemgetter(-1)((10, 20, 30)))
t(lambda: o.itemgetter(5)((10, 20, 30)))
t(lambda: o.itemgetter(2 ** 70)((10, 20, 30)))
t(lambda: o.itemgetter(True)((10, 20, 30)))
t(lambda: o.itemgetter("k")({"k": "v"}))
t(lambda: o.itemgetter(0, 2)("abc"))
t(lambda: o.itemgetter(slice(1, None))("abc"))
t(lambda: o.itemgetter(0, 9)("abc"))
t(lambda: o.itemgetter())
t(lambda: o.itemgetter(1, x=2))
t(lambda: o.itemgetter(1)([1, 2], 3))
t(lambda: o.itemgetter(1)(x=[1, 2]))
t(lambda: o.itemgetter(1))
t(lambda: o.itemgetter(1, "a"))
t(lambda: o.itemgetter((1, 2)))
t(lambda: o.itemgetter(1).__reduce__())
t(lambda: o.itemgetter(1, 2).__reduce__())
t(lambda: sorted([(2, "b"), (1, "c"), (3, "a")], key=o.itemgetter(1)))


class S:
    def f(self, *a, **k):
        return ("f", a, k)


t(lambda: o.methodcaller("f")(S()))
t(lambda: o.methodcaller("f", 1, k=2)(S()))
t(lambda: o.methodcaller("upper")("abc"))
t(lambda: o.methodcaller("nope")(S()))
t(lambda: o.methodcaller())
t(lambda: o.methodcaller(1))
t(lambda: o.methodcaller(name="f"))
t(lambda: o.methodcaller("f")(1, 2))
t(lambda: o.methodcaller("f")(x=1))
t(lambda: o.methodcaller("f"))
t(lambda: o.methodcaller("f", 1, "two", k=[3]))
t(lambda: o.methodcaller("f").__reduce__())
t(lambda: o.methodcaller("f", 1, 2).__reduce__())
rec = []
mc = o.methodcaller("f", rec)
rec.append(mc)
t(lambda: repr(mc))
t(lambda: [type(x).__name__ for x in (o.attrgetter, o.itemgetter, o.methodcaller)])
t(lambda: o.itemgetter.__doc__.splitlines()[0])
try:
    class Sub(o.itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    o.itemgetter(1).x = 2
except AttributeError as e:
    print("AttributeError", e)
