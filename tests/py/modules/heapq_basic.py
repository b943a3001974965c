# _heapq: push/pop/replace/pushpop/heapify and the _max variants, with errors.
import _heapq as H

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5, 5]
h = []
for v in data:
    H.heappush(h, v)
print(h)
print([H.heappop(h) for _ in range(len(h))])
h = list(data); H.heapify(h); print(h)
print(H.heapreplace(h, 10), h)
print(H.heappushpop(h, -1), H.heappushpop(h, 4), h)
print(H.heappushpop([], 3))
h = list(data); H._heapify_max(h); print(h)
print(H._heappop_max(h), H._heapreplace_max(h, 0), h)
out = []
while h:
    out.append(H._heappop_max(h))
print(out)

# a big heapify (the cache-friendly path), result equal to CPython's
big = [(i * 7919) % 5003 for i in range(6000)]
H.heapify(big); print(big[:20], big[-10:], sum(big[i] <= big[2*i+1] for i in range(2999)))
big2 = [(i * 7919) % 5003 for i in range(6000)]
H._heapify_max(big2); print(big2[:20], big2[-10:])

# comparison order
log = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): log.append((self.v, o.v)); return self.v < o.v
    def __repr__(self): return f"C({self.v})"
h = [C(v) for v in [5, 3, 7, 1, 4]]
H.heapify(h); print(h, log); log.clear()
H.heappush(h, C(2)); print(h, log); log.clear()
print(H.heappop(h), h, log); log.clear()
print(H.heapreplace(h, C(6)), h, log); log.clear()
print(H.heappushpop(h, C(0)), H.heappushpop(h, C(9)), h, log); log.clear()
H._heapify_max(h); print(h, log); log.clear()

# mutation during comparison
class Evil:
    def __init__(self, v, heap=None): self.v = v; self.heap = heap
    def __lt__(self, o):
        if self.heap is not None: self.heap.clear()
        return self.v < o.v
h = [Evil(1), Evil(2), Evil(3)]
h.append(Evil(0, h))
try:
    H.heappush(h, Evil(-1, h))
except Exception as e:
    print(type(e).__name__, e)
h = [Evil(1), Evil(3), Evil(2), Evil(5)]
h[1].heap = h
try:
    H.heappop(h)
except Exception as e:
    print(type(e).__name__, e)

class L(list): pass
l = L([3, 1, 2]); H.heapify(l); print(l, type(l).__name__)

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
err(H.heappop, [])
err(H.heapreplace, [], 1)
err(H._heappop_max, [])
err(H._heapreplace_max, [], 1)
err(H.heappush, (), 1)
err(H.heappush, None, 1)
err(H.heappop, ())
err(H.heapify, {})
err(H.heapreplace, "ab", 1)
err(H.heappushpop, 3, 1)
err(H._heapify_max, 3)
err(H._heappop_max, 3)
err(H._heapreplace_max, 3, 3)
err(H.heappush, [])
err(H.heappush, [], 1, 2)
err(H.heapreplace, [])
err(H.heappushpop)
err(H.heappush, [1, "a"], 2)
err(H.heapify, [1, "a", 2])
try:
    H.heappush([], x=1)
except TypeError as e:
    print(e)
print(sorted(n for n in dir(H) if not n.startswith("__")), "__about__" in dir(H))
