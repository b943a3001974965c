import queue, threading
q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.empty())
for _ in range(3): q.task_done()
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
b = queue.Queue(maxsize=1); b.put(1)
try:
    b.put(2, block=False)
except queue.Full:
    print("Full")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
res = []
def worker():
    while True:
        item = q.get()
        if item is None: break
        res.append(item * 2); q.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(5): q.put(i)
q.join(); q.put(None); t.join(); print(res)
