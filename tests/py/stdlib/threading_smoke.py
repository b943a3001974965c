import threading
out = []; lock = threading.Lock()
def work(n):
    with lock:
        out.append(n * n)
ts = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), [t.is_alive() for t in ts], ts[0].name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)
r = threading.RLock()
with r:
    with r:
        print("rlock reentrant")
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait(), e.is_set())
c = threading.Condition(); items = []
def consumer():
    with c:
        c.wait_for(lambda: items)
        print("consumed", items.pop())
t = threading.Thread(target=consumer); t.start()
with c:
    items.append("x"); c.notify()
t.join()
s = threading.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(blocking=False)); s.release()
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as ex:
    print("ValueError", ex)
loc = threading.local(); loc.v = 1
def setloc():
    loc.v = 2
t = threading.Thread(target=setloc); t.start(); t.join(); print(loc.v)
b = threading.Barrier(2); res = []
def bw(): res.append(b.wait())
t = threading.Thread(target=bw); t.start(); res.append(b.wait()); t.join(); print(sorted(res))
tm = threading.Timer(0.01, lambda: print("timer fired")); tm.start(); tm.join()
d = threading.Thread(target=lambda: None, daemon=True); print(d.daemon); d.start(); d.join()
print(isinstance(threading.get_ident(), int), lock.locked(), lock.acquire(), lock.locked()); lock.release()
try:
    threading.Lock().release()
except RuntimeError as ex:
    print("RuntimeError", ex)
