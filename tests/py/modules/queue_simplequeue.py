import _queue, weakref, queue
q = _queue.SimpleQueue(); r = weakref.ref(q); print(r() is q)
q.put(item=3); q.put(4, True, None); print(q.get(block=False), q.get(False, 5))
class S(_queue.SimpleQueue):
    def __init__(self, x): self.x = x
s = S(3); s.put(1); print(s.x, s.qsize(), type(s).__mro__)
print(_queue.Empty, _queue.Empty.__doc__, _queue.Empty.__mro__, queue.Empty is _queue.Empty)
for bad in [lambda: _queue.SimpleQueue(1), lambda: q.get(timeout="x"), lambda: q.get(1, 2, 3), lambda: q.put(), lambda: q.get(timeout=1e300)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(_queue.SimpleQueue[int], _queue.SimpleQueue.__doc__)
for i in range(100): q.put(i)
print(sum(q.get() for i in range(100)), q.empty())
