# atexit: registration, unregistering, and the run at exit (newest first, errors reported).
import atexit

class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n
    def __call__(self, *a, **k):
        print("call", self.n, a, k)
        if self.n == 2:
            raise SystemExit(5)
        if self.n == 3:
            raise ValueError("boom")
        if self.n == 4:
            atexit.unregister(c1)

c1, c2, c3, c4 = C(1), C(2), C(3), C(4)
start = atexit._ncallbacks()
print(atexit.register(c1, 1, x=2) is c1)
atexit.register(c2)
atexit.register(c3)
atexit.register(c4)
atexit.register(c1)
print(atexit._ncallbacks() - start)
atexit.unregister(c2)
print(atexit._ncallbacks() - start)   # an unregistered slot still counts
atexit.register(c2)

@atexit.register
def decorated():
    print("decorated runs first")

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print(t(atexit.register))
print(t(atexit.register, 5))
print(t(atexit.unregister))
print(t(atexit.register, func=c1))
print(t(atexit.unregister, 5))
print(t(atexit._ncallbacks, 1))

# _run_exitfuncs runs them now and forgets them; _clear forgets without running.
def temp():
    print("temp ran")
atexit._clear()
atexit.register(temp)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(temp)
atexit._clear()
print(atexit._ncallbacks())

atexit.register(c1, 1, x=2)
atexit.register(c2)
atexit.register(c3)
atexit.register(c4)
atexit.register(c1)
atexit.register(decorated)
print("end of main")
