# yield as an expression in many positions: assignments, arguments, conditions, containers, lambdas.
def forms():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = {"k": (yield 5)}
    print("values", a, b, c, d)
    e = f"{(yield 6)}!"
    if (yield 7):
        print("truthy send")
    while (yield 8) != "stop":
        pass
    print("e =", e)
    x = yield
    print("bare yield received", x)
    return "end"
g = forms()
out = [next(g)]
for v in [100, 200, 300, 400, 500, "fmt", True, "go", "stop", "last"]:
    try:
        out.append(g.send(v))
    except StopIteration as s:
        out.append(("stop", s.value))
print(out)
lam = lambda: (yield "from lambda")
lg = lam()
print(type(lg).__name__, next(lg))
def yield_in_args():
    print("args:", (yield "p1"), (yield "p2"))
ya = yield_in_args()
print(next(ya), ya.send("A"))
try:
    ya.send("B")
except StopIteration:
    pass
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
    yield x
t = yield_tuple()
print(next(t), next(t), next(t), t.send("sent"))
def in_loop_cond():
    n = 0
    while (n := n + 1) < 4:
        yield n
print(list(in_loop_cond()))
def yield_none():
    yield
    yield None
print(list(yield_none()))
