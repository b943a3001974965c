# async iteration and async with, driven manually
class Tick:
    def __await__(self):
        yield "tick"

class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class AContext:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return True

async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10

async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    print("async for", out)
    async with AContext("ctx") as name:
        print("inside", name)
        raise RuntimeError("suppressed by aexit")
    print("after async with")
    print("agen", [x async for x in agen(4)])
    total = 0
    async for x in agen(3):
        total += x
    return total

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

print(run(main()))
g = agen(2)
print(type(g).__name__)
step = g.__anext__()
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first item", e.value)

async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results

async def square(x):
    await Tick()
    return x * x

print(run(gather(square(2), square(3), square(4))))
