# async def coroutines driven manually with send(None)
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
async def add(a, b):
    x = await Suspend(f"asking for {a}")
    y = await Suspend(f"asking for {b}")
    return x + y
coro = add("a", "b")
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(32)
except StopIteration as e:
    print("result", e.value)
async def leaf(n):
    return n * 2
async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total
async def top():
    return await middle(5) + await leaf(100)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(top()))
async def fails():
    await Suspend("before failure")
    raise ValueError("async failure")
c = fails()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
async def catches():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"caught {e!r}"
c = catches()
c.send(None)
try:
    c.throw(KeyError("thrown in"))
except StopIteration as e:
    print(e.value)
async def never():
    await Suspend(1)
c = never()
c.send(None)
c.close()
print("closed", c.cr_frame is None)
c = leaf(1)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c = leaf(3)
c.close()
print(hasattr(c, "__await__"), hasattr(c, "__iter__"))
