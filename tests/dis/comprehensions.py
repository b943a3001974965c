def comps(data, other):
    a = [x * 2 for x in data if x if x > 1]
    b = {x for x in data}
    c = {k: v for k, v in data.items()}
    d = (x for x in data for y in other)
    e = [[y for y in x] for x in data]
    f = [y for x in data for y in [x]]
    g = [z for x in data if (z := x * 2)]
    return a, b, c, d, e, f, g

async def async_comps(aiter, data):
    a = [x async for x in aiter]
    b = [await x for x in data]
    c = (x async for x in aiter)
    return a, b, c

def gen(n):
    yield n
    x = yield
    yield from range(n)
    return x

async def coro(other):
    await other
    async with other as o:
        pass
    async for item in other:
        print(item)
    return o

async def agen():
    yield 1
    await agen()
