# _contextvars: ContextVar get/set/reset with tokens, Context as a mapping, copy_context,
# Context.run and its errors, reprs with the addresses cut off.
import _contextvars as cv


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


def short(o):
    return repr(o).split(" at 0x")[0]


v = cv.ContextVar("v", default=1)
x = cv.ContextVar("x")
print(short(v), short(x), v.name, x.name)
t(lambda: v.get())
t(lambda: x.get())
t(lambda: x.get(5))
t(lambda: x.get(1, 2))
tok = x.set(10)
print(short(tok), tok.var is x, tok.old_value, tok.old_value is cv.Token.MISSING, x.get())
tok2 = x.set(20)
print(tok2.old_value, x.get())
x.reset(tok2)
print(x.get())
t(lambda: x.reset(tok2))
print(short(tok2))
x.reset(tok)
t(lambda: x.get())
t(lambda: x.reset(1))
tok3 = x.set(3)
t(lambda: v.reset(tok3))

ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), x in ctx, ctx[x], ctx.get(x), ctx.get(v), ctx.get(v, "dflt"))
t(lambda: ctx[v])
t(lambda: ctx[1])
t(lambda: 1 in ctx)
t(lambda: ctx.get())
t(lambda: hash(ctx))
print([short(k) for k in ctx], [short(k) for k in ctx.keys()], list(ctx.values()), [(short(a), b) for a, b in ctx.items()])
ks = ctx.keys()
print(type(ks).__name__, len(ks), iter(ks) is ks, len(list(ks)), list(ks))
x.set(4)
print(ctx[x], x.get(), ctx == cv.copy_context(), ctx != cv.copy_context(), ctx == ctx.copy(), ctx == 5)


def in_ctx(a, b=None):
    x.set(a)
    return x.get(), b, cv.copy_context()[x]


print(ctx.run(in_ctx, 99, b="kw"), ctx[x], x.get())
t(lambda: ctx.run())
t(lambda: ctx.run(ctx.run, print))
t(lambda: ctx.run(lambda: 1 / 0))
print(ctx[x])
t(lambda: ctx.run(x.reset, tok3))
t(lambda: x.reset(ctx.run(x.set, 5)))

empty = cv.Context()
print(len(empty), list(empty), empty.get(x, "none"))
t(lambda: cv.Context(1))
t(lambda: cv.ContextVar())
t(lambda: cv.ContextVar(1))
t(lambda: cv.ContextVar("a", 1))
t(lambda: cv.ContextVar(name="a"))
t(lambda: short(cv.ContextVar("a", default=None)))
t(lambda: cv.Token())
t(lambda: type(cv.Token.MISSING)())
print(cv.Token.MISSING, type(cv.Token.MISSING).__name__, type(cv.Token.MISSING).__module__)
print(cv.ContextVar[int], cv.Token[str], hash(v) == hash(v), v == v, v != x)
t(lambda: setattr(v, "name", "w"))
try:
    class Sub(cv.ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)
t(lambda: hash(tok))
t(lambda: sorted(n for n in dir(cv) if not n.startswith("__")))

# Nested contexts keep their own values; the outer one is restored afterwards.
a = cv.ContextVar("a", default=0)


def level(n):
    a.set(n)
    if n < 3:
        cv.copy_context().run(level, n + 1)
    print("level", n, "sees", a.get())


cv.copy_context().run(level, 1)
print("outside", a.get())
