# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    ignored = 0
    while True:
        try:
            yield "value"
        except GeneratorExit:
            if ignored:
                print("giving up")
                return
            ignored += 1
            print("ignoring GeneratorExit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(g.gi_frame is not None)
g.close()
print(g.gi_frame)
def stubborn_finally():
    try:
        yield 1
    finally:
        yield "from finally"
h = stubborn_finally()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError", e)
def catches_base():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
    yield 2
k = catches_base()
next(k)
try:
    k.close()
except RuntimeError as e:
    print("RuntimeError", e)
def ok_after():
    try:
        yield 1
    except GeneratorExit:
        pass
o = ok_after()
next(o)
o.close()
print("clean close")
