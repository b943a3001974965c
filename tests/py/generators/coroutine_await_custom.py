# await on custom objects: __await__ must return an iterator; errors for non-awaitables; throw/close on coroutines.
class Good:
    def __await__(self):
        yield "tick"
        return "good result"
class GenBased:
    def __await__(self):
        return iter(["a", "b"])
class BadAwait:
    def __await__(self):
        return 5
class NotAwaitable:
    pass
async def use(obj):
    return await obj
for obj in [Good(), GenBased()]:
    c = use(obj)
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        print(out, e.value)
for obj in [BadAwait(), NotAwaitable(), 5, [1]]:
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError", e)
async def guarded():
    try:
        await Good()
    except ValueError as e:
        print("caught inside coroutine", e)
        return "handled"
g = guarded()
g.send(None)
try:
    g.throw(ValueError("thrown in"))
except StopIteration as e:
    print("StopIteration", e.value)
async def cleanup():
    try:
        await Good()
    finally:
        print("coroutine finally")
cl = cleanup()
cl.send(None)
cl.close()
async def inner():
    return "inner"
async def outer():
    c = inner()
    r1 = await c
    try:
        await c
    except RuntimeError as e:
        return r1, str(e)
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print(e.value)
aw = Good().__await__()
print(next(aw))
try:
    next(aw)
except StopIteration as e:
    print("await iterator done", e.value)
