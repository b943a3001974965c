# timedelta from the _datetime accelerator: construction, normalisation, arithmetic,
# comparisons, hashing, repr/str, pickling state and error messages.
from datetime import timedelta as td
import _datetime


def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(td is _datetime.timedelta)
t(lambda: td(1, 2, 3))
t(lambda: td(days=1.5, hours=-3))
t(lambda: td(microseconds=0.5))
t(lambda: td(microseconds=1.5))
t(lambda: td(microseconds=-0.5))
t(lambda: td(weeks=1, days=-1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6))
t(lambda: td(seconds=1e-7))
t(lambda: td(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))
t(lambda: td(-1))
t(lambda: td(seconds=-1))
t(lambda: td(True))
t(lambda: td(10**10))
t(lambda: td(days=1e20))
t(lambda: td(days=float("inf")))
t(lambda: td(days=float("nan")))
t(lambda: td(days="1"))
t(lambda: td(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: td(foo=1))
t(lambda: td(999999999, 86399, 999999))
t(lambda: td(1000000000))
for x in [td(0), td(1), td(-1), td(0, 1), td(0, 0, 1), td(1, 2, 3), td(-2, 3, 4), td.max, td.min, td.resolution]:
    print(repr(x), str(x), x.days, x.seconds, x.microseconds, x.total_seconds(), bool(x), hash(x), x.__reduce__())
a, b = td(1, 2, 3), td(0, 5, 7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, 0.25 * a, a / 3, a / 2.5, a // 3, a / b, a // b, a % b, divmod(a, b))
print(a * -1.5, td(0, 0, 3) / 2, td(0, 0, 5) / 2, td(0, 0, 7) / 2, td(0, 0, 1) * 0.5, td(0, 0, 3) * 0.5)
print(a == b, a != b, a < b, a > b, a <= a, a >= b, a == 1, a != "x")
t(lambda: a < 1)
t(lambda: a // 0)
t(lambda: a / 0)
t(lambda: a / td(0))
t(lambda: a // td(0))
t(lambda: a % td(0))
t(lambda: divmod(a, td(0)))
t(lambda: a * float("inf"))
t(lambda: a * float("nan"))
t(lambda: a / 0.0)
t(lambda: a * 10**10)
t(lambda: a + 1)
t(lambda: a * "x")
t(lambda: td.max + td.resolution)
t(lambda: -td.min)
t(lambda: td.min - td.resolution)
t(lambda: setattr(a, "days", 3))
class MyTD(td):
    pass
m = MyTD(1, 2)
print(repr(m), type(m).__name__, type(m + m).__name__, type(-m).__name__, m == td(1, 2), hash(m) == hash(td(1, 2)))
print(MyTD.max, type(MyTD.max).__name__)
# the pickle state round-trips through the constructor
red = a.__reduce__()
print(red[0](*red[1]) == a)
