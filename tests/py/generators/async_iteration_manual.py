# async for / async with / async comprehensions run inside a hand-driven coroutine.
class Tick:
    def __await__(self):
        yield "tick"
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
async def agen():
    for i in "xyz":
        yield i
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    async with ACM("first") as name:
        out.append(name)
    async with ACM("suppress"):
        raise KeyError("swallowed")
    out.append([v * 2 async for v in ARange(2)])
    out.append({v async for v in agen()} == {"x", "y", "z"})
    out.append([c async for c in agen() if c != "y"])
    try:
        async for v in 5:
            pass
    except TypeError as e:
        out.append(str(e))
    return out
def run(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(run(main()))
