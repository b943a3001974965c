# The clocks of the time module: types and relations only (values differ run to run).
import time

def t(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a = f()
    b = f_ns()
    c = f()
    print(name, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 5)

m1 = time.monotonic_ns()
time.sleep(0.01)
m2 = time.monotonic_ns()
print("slept at least 10ms:", m2 - m1 >= 10_000_000)
time.sleep(0)
print(time.sleep(False))
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)

for clk in ("CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID"):
    cid = getattr(time, clk)
    v = time.clock_gettime(cid)
    n = time.clock_gettime_ns(cid)
    print(clk, cid, type(v).__name__, type(n).__name__, time.clock_getres(cid))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)

print(t(time.sleep, -1))
print(t(time.sleep, "1"))
print(t(time.sleep, float("nan")))
print(t(time.sleep, 1e30))
print(t(time.sleep, 10**10))
print(t(time.sleep, 2**64))
print(t(time.sleep, 1j))
print(t(time.sleep))
print(t(time.clock_gettime, 99))
print(t(time.clock_gettime, "x"))
print(t(time.clock_gettime_ns, 2**40))
print(t(time.time, 1))
print(time._STRUCT_TM_ITEMS)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__,
      type(time.tzname).__name__, len(time.tzname))
