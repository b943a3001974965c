# time.strptime hands the work to Lib/_strptime.py, which builds a struct_time.
import time

print(time.strptime("2020", "%Y"))
print(time.strptime("2021-07-04 09:08:07", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Sun Jul  4 09:08:07 2021"))
s = time.strptime("12 +0130", "%H %z")
print(s, s.tm_gmtoff, type(s).__name__)
for args in (("x", "%Y"), ("2020", "%Q"), (5, "%Y")):
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
