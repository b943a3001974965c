# close(): GeneratorExit at the yield, finally blocks, closing fresh/finished generators, return in finally.
def gen():
    try:
        print("start")
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
g = gen()
next(g)
print(g.close())
print(g.close(), list(g))
fresh = gen()
fresh.close()
print("fresh closed without running", list(fresh))
done = gen()
print(list(done))
done.close()
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return "ignored value"
s = swallow()
next(s)
print(s.close())
def convert():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
v = convert()
next(v)
try:
    v.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()
def with_cm():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *exc):
            print("exit", exc[0].__name__)
    with CM():
        yield 1
w = with_cm()
next(w)
w.close()
print(w.gi_frame, w.gi_running)
