# async def coroutines driven by hand: send(None), custom awaitables yielding values, return values.
class Suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("suspended", self.v)
        return f"resumed with {got}"
async def child(n):
    r = await Suspend(n)
    return r.upper()
async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]
c = parent()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("result", e.value)
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = yielded[1] * 10
async def summing():
    total = 0
    for i in range(4):
        total += int((await Suspend(i)).split()[-1])
    return total
print(run(summing()))
async def nothing():
    return 42
print(run(nothing()))
co = nothing()
print(co.cr_running, co.cr_frame is not None, co.cr_code.co_name, co.cr_await)
try:
    co.send(None)
except StopIteration as e:
    print("immediate", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def awaiting():
    await Suspend(0)
aw = awaiting()
aw.send(None)
print(type(aw.cr_await).__name__)
aw.close()
print(aw.cr_frame)
