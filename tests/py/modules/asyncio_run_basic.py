import asyncio, socket, time
async def worker(n, q):
    await asyncio.sleep(0.01 * n)
    await q.put(n * n)
    return n
async def main():
    q = asyncio.Queue()
    t0 = time.monotonic()
    results = await asyncio.gather(*(worker(i, q) for i in range(5)))
    items = [q.get_nowait() for _ in range(q.qsize())]
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.02, ev.set)
    await ev.wait()
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.05)
    except asyncio.TimeoutError:
        print("timeout ok")
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "done")
    print(await fut)
    print(results, items, time.monotonic() - t0 < 2)
    return "ok"
print(asyncio.run(main()))
a, b = socket.socketpair()
print(a.family, a.type, a.send(b"hello"), b.recv(10), a.getsockname() == '')
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
a.close(); print(b.recv(5))
b.close()
