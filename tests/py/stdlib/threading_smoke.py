# threading in the main thread: what issue 6 asks of _thread (locks, get_ident, thread-locals).
# Starting threads is tested in threading_threads.py (threads arrive with the GIL issue).
import threading
lock = threading.Lock()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
print([t.name for t in threading.enumerate()], threading.current_thread().daemon)
r = threading.RLock()
with r:
    with r:
        print("rlock reentrant", r._is_owned())
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait(), e.is_set())
c = threading.Condition()
with c:
    print("wait_for", c.wait_for(lambda: True), c.wait(0.01))
    c.notify(); c.notify_all()
try:
    c.notify()
except RuntimeError as ex:
    print("RuntimeError", ex)
s = threading.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01)); s.release()
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as ex:
    print("ValueError", ex)
loc = threading.local(); loc.v = 1; print(loc.v, hasattr(loc, "w"))
class MyLocal(threading.local):
    def __init__(self, x):
        self.x = x
print(MyLocal(5).x)
print(isinstance(threading.get_ident(), int), threading.get_ident() == threading.main_thread().ident)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(timeout=0.01), lock.acquire(False)); lock.release()
try:
    threading.Lock().release()
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    threading.RLock().release()
except RuntimeError as ex:
    print("RuntimeError", ex)
t = threading.Thread(target=print, args=("never",), name="w1")
print(t.name, t.is_alive(), t.daemon, t.ident, repr(t))
try:
    t.join()
except RuntimeError as ex:
    print("RuntimeError", ex)
print(threading.TIMEOUT_MAX > 0, threading.stack_size())
