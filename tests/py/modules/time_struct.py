# gmtime/localtime/mktime/asctime/ctime and the struct_time type.
import time

def t(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for secs in (0, 1, -1, 86399, 86400, -86401, 951782400, 951868800, 1e9, 2**31, -2**31, 1.999, -1.5,
             10**12, -10**12, 253402300799, 253402300800, 67768036191676799, -67768040609740800, True):
    g = time.gmtime(secs)
    print(secs, g, g.tm_zone, g.tm_gmtoff)
for bad in (67768036191676800, -67768040609740801, 2**63, -2**63 - 1, 1e19, float("nan"), float("inf"), "x", 1j, [1]):
    print(t(time.gmtime, bad), t(time.localtime, bad), t(time.ctime, bad))
print(t(time.gmtime, 1, 2))
print(t(time.gmtime, None) == t(time.gmtime, None) or "same second")

# Local time relations (whatever the zone): localtime(t) is gmtime(t + gmtoff).
for secs in (0, 10**9, 1.7e9, -10**9):
    lt = time.localtime(secs)
    gt = time.gmtime(secs + lt.tm_gmtoff)
    print(tuple(lt)[:6] == tuple(gt)[:6], lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__,
          time.mktime(lt) == int(secs), time.ctime(secs) == time.asctime(lt))

s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff, len(s), s[0], s[-1], s[2:4], s == (2020, 1, 2, 3, 4, 5, 6, 7, 8))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8, "ABC", -3600))
print(s, s.tm_zone, s.tm_gmtoff, tuple(s))
s = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9], {"tm_zone": "Z", "tm_gmtoff": 60})
print(s.tm_zone, s.tm_gmtoff)
print(t(time.struct_time, (1, 2)))
print(t(time.struct_time, (1,) * 12))
print(t(time.struct_time, 5))
print(t(time.struct_time, (1,) * 9, 5))
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__module__, time.struct_time.__name__, time.struct_time.__match_args__)
print(time.gmtime(0).__reduce__())
g = time.gmtime(0)
try:
    g.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
print(hash(g) == hash(tuple(g)), g == tuple(g), g[9:], g.count(0))

for tup in ((2000, 1, 1, 0, 0, 0, 0, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 2, 29, 12, 0, 0, 3, 60, -1),
            (12345, 1, 1, 0, 0, 0, 0, 1, 0), (-12, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0),
            (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0), (2020, 1, 1, 23, 59, 61, 0, 366, 1)):
    print(tup, t(time.asctime, tup))
for tup in ((2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 1), [2020, 1, 1, 0, 0, 0, 0, 1, 0],
            (2020, 1, 1, 0, 0, 0, 0, 1.5, 0), (2**40, 1, 1, 0, 0, 0, 0, 1, 0), (-2**40, 1, 1, 0, 0, 0, 0, 1, 0),
            (2**70, 1, 1, 0, 0, 0, 0, 1, 0), 5):
    print(t(time.asctime, tup))
print(t(time.asctime, (1,) * 9, 2))

# mktime in UTC terms: mktime(tuple) - mktime(gmtime(0) in local terms) is zone-free.
base = time.mktime(time.localtime(0))
for tup in ((2000, 1, 1, 0, 0, 0, 0, 1, -1), (1970, 1, 1, 0, 0, 0, 0, 1, -1), (2020, 14, 40, 25, 61, 70, 0, 1, -1),
            (1969, 12, 31, 23, 59, 59, 0, 1, -1), (-5, 10, 20, 12, 10, 50, 3, 58, -1), (2020, -3, -10, -5, 0, 0, 0, 1, -1)):
    print(tup, type(time.mktime(tup)).__name__, time.mktime(tup) == time.mktime(tup))
print(t(time.mktime, (2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
print(t(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 1)))
print(t(time.mktime, 5))
print(t(time.mktime, (1e3, 1, 1, 0, 0, 0, 0, 1, 0)))
lt = time.localtime(1234567890)
print(time.mktime(lt), time.mktime(tuple(lt)) == 1234567890.0 or lt.tm_isdst)
