# queue in the main thread; a worker thread consuming a queue is in threading_threads.py.
import queue
q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
for _ in range(3): q.task_done()
q.join()
try:
    q.task_done()
except ValueError as ex:
    print("ValueError", ex)
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]]; print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(1); sq.put_nowait(2); print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty(), type(sq).__module__)
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
b = queue.Queue(maxsize=1); b.put(1); print(b.full())
try:
    b.put(2, block=False)
except queue.Full:
    print("Full")
try:
    b.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    queue.Queue().get(timeout=-1)
except ValueError as ex:
    print("ValueError", ex)
