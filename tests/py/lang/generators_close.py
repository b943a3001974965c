# Generator close(), GeneratorExit, StopIteration inside generators
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")

cl = closer()
print(next(cl))
cl.close()
cl.close()
print(list(cl))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

unstarted = closer()
unstarted.close()
print("closed unstarted without cleanup output")

def raise_stop():
    yield 1
    raise StopIteration("inside")

try:
    list(raise_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def pair():
    yield "a"
    yield "b"

g = pair()
print(g.gi_running, g.gi_frame is not None)
next(g)
g.close()
print(g.gi_frame, list(g))

def closes_in_loop():
    try:
        for i in range(10):
            yield i
    finally:
        print("loop generator closed")

for v in closes_in_loop():
    if v == 2:
        break
print("broke out at", v)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"

r = returns_on_close()
next(r)
print(r.close())
