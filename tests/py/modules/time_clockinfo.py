# time.get_clock_info: a namespace per clock.
import time

for name in ("time", "monotonic", "perf_counter"):
    info = time.get_clock_info(name)
    print(name, info)
for name in ("process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, sorted(vars(info)), info.monotonic, info.adjustable, type(info.implementation).__name__,
          0 < info.resolution <= 0.01)
for bad in ("foo", "", "time\0"):
    try:
        time.get_clock_info(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.get_clock_info(5)
except TypeError as e:
    print("TypeError", e)
