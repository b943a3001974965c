# threading with threads started: needs real threads under the GIL (a later issue).
import threading
out = []; lock = threading.Lock()
def work(n):
    with lock:
        out.append(n * n)
ts = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), [t.is_alive() for t in ts], ts[0].name)
c = threading.Condition(); items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        print("consumed", items.pop())
t = threading.Thread(target=consumer); t.start()
with c:
    items.append("x"); c.notify()
t.join()
loc = threading.local(); loc.v = 1
def setloc():
    loc.v = 2
t = threading.Thread(target=setloc); t.start(); t.join(); print(loc.v)
b = threading.Barrier(2); res = []
def bw(): res.append(b.wait())
t = threading.Thread(target=bw); t.start(); res.append(b.wait()); t.join(); print(sorted(res))
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
d = threading.Thread(target=lambda: None, daemon=True); print(d.daemon); d.start(); d.join()
import queue
q = queue.Queue(); res = []
def worker():
    while True:
        item = q.get()
        if item is None: break
        res.append(item * 2); q.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(5): q.put(i)
q.join(); q.put(None); t.join(); print(res)
