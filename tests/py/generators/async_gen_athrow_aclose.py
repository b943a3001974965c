# Async generators: athrow, aclose, finally blocks, and errors yielding in finally on aclose.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "after catch"
    finally:
        print("guarded finally")
g = guarded()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("boom"))))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("done")
h = guarded()
print(drive(h.__anext__()))
print(drive(h.aclose()))
try:
    drive(h.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")
async def stubborn():
    try:
        yield 1
    finally:
        yield "in finally"
s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError", e)
async def unhandled():
    yield 1
u = unhandled()
drive(u.__anext__())
try:
    drive(u.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError", e)
fresh = unhandled()
print(drive(fresh.aclose()))
async def returns_in_except():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
r = returns_in_except()
drive(r.__anext__())
drive(r.aclose())
print("aclose ok")
