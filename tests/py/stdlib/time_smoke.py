import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); time.sleep(0.01)
print(time.time() >= t0, time.monotonic() > m0, time.perf_counter() > p0, isinstance(time.time_ns(), int), time.process_time() >= 0)
st = time.gmtime(0); print(st, st.tm_year, tuple(st)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(86400 * 365)), time.asctime(time.gmtime(0)))
print(time.strptime("2024-02-29 10:11", "%Y-%m-%d %H:%M")[:6], time.mktime(time.localtime(1000000)) == 1000000.0)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.gmtime(1.7e9)[:6], isinstance(time.timezone, int))
print(time.get_clock_info("monotonic").monotonic, time.calendar.__class__.__name__ if hasattr(time, "calendar") else "no")
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
