# Async generators driven by hand: __anext__().send(None), StopAsyncIteration, asend values.
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("agen finishing")
def drive(awaitable):
    ticks = 0
    try:
        while True:
            awaitable.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
ag = agen(3)
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_frame is not None)
for _ in range(3):
    print(drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
async def no_await():
    yield "a"
    yield "b"
na = no_await()
for _ in range(2):
    try:
        na.__anext__().send(None)
    except StopIteration as e:
        print("value", e.value)
try:
    na.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
async def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"
e = echo()
try:
    e.asend(None).send(None)
except StopIteration as s:
    print(s.value)
for word in ["x", "y"]:
    try:
        e.asend(word).send(None)
    except StopIteration as s:
        print(s.value)
async def consumer():
    out = []
    async for v in agen(2):
        out.append(v)
    return out
print(drive(consumer()))
async def comp():
    return [v async for v in agen(2)]
print(drive(comp()))
