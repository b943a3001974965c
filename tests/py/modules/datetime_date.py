# date and IsoCalendarDate from the _datetime accelerator.
from datetime import date, timedelta, datetime
import _datetime


def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(date is _datetime.date, date.min, date.max, date.resolution)
d = date(2000, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.ctime(), hash(d))
print(d.isocalendar(), d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, d.isocalendar()[1])
print(d.isocalendar().__reduce__(), type(d.isocalendar()).__name__, isinstance(d.isocalendar(), tuple))
print(d.timetuple())
print(d.strftime("%Y-%m-%d %a %b %j %U %%  %f %z %Z|"), format(d, ""), format(d, "%d/%m/%y"), f"{d:%A}")
print(d.isoformat(), d.replace(year=2001, day=28), d.replace(1996), d.__reduce__())
for y in [1, 4, 100, 400, 1900, 2000, 2004, 2020, 2021, 9999]:
    for m, dd in [(1, 1), (12, 31), (2, 28), (3, 1)]:
        x = date(y, m, dd)
        print(x, x.toordinal(), date.fromordinal(x.toordinal()) == x, x.isocalendar(), x.weekday())
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059))
for s in ["2000-01-02", "20000102", "2000-W01-3", "2000W013", "2000-W01", "2000W01", "2020-W53-7", "2000-1-02",
          "2000-01-02T", "2000/01/02", "2000-01", "2000-013", "2021-W53-1", "2000-W00-1", "2000-W01-8", "２０００-01-01"]:
    t(lambda: date.fromisoformat(s))
t(lambda: date.fromisoformat(20000102))
print(date.fromisocalendar(2004, 53, 7), date.fromisocalendar(year=2000, week=1, day=1))
t(lambda: date.fromisocalendar(2000, 54, 1))
t(lambda: date.fromisocalendar(2000, 1, 0))
t(lambda: date.fromisocalendar(0, 1, 1))
t(lambda: date.fromisocalendar(2000, 2**40, 1))
t(lambda: date(2000, 13, 1))
t(lambda: date(2000, 2, 30))
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(1.0, 1, 1))
t(lambda: date(2**40, 1, 1))
t(lambda: date(2**70, 1, 1))
t(lambda: date(1, 1))
t(lambda: date(1, 1, 1, 1))
t(lambda: date(year=1, month=1, dy=1))
t(lambda: date("2000", 1, 1))
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal())
t(lambda: date.fromordinal(1.5))
t(lambda: date.today(1))
t(lambda: d.strftime())
t(lambda: d.strftime(1))
t(lambda: d.__format__(1))
t(lambda: d.replace(1, 2, 3, 4))
t(lambda: d.replace(month=13))
print(d + timedelta(1), timedelta(-60) + d, d - timedelta(days=366), d - date(1999, 1, 1), date(1999, 1, 1) - d)
print(d + timedelta(hours=23), d - timedelta(hours=25))
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: d + 1)
t(lambda: d - 1)
t(lambda: 1 - d)
print(d == date(2000, 2, 29), d != date(2000, 2, 29), d < date(2000, 3, 1), d >= date(2000, 3, 1), d == 5, d == datetime(2000, 2, 29))
t(lambda: d < 1)
t(lambda: d < datetime(2000, 1, 1))
print(date(2000, 1, 1) == date(2000, 1, 1), hash(date(2000, 1, 1)) == hash(date(2000, 1, 1)), {date(2000, 1, 1): 1}[date(2000, 1, 1)])
print(date(*date(2000, 2, 29).__reduce__()[1]))
print(date(b'\x07\xd0\x02\x1d'), date('\x07\xd0\x02\x1d'))


class D(date):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args, **kw)


x = D(2000, 1, 1)
print(repr(x), type(x + timedelta(1)).__name__, type(D.fromordinal(5)).__name__, type(D.fromisoformat("2000-01-01")).__name__,
      type(D.fromisocalendar(2000, 1, 1)).__name__, type(x.replace(day=3)).__name__, type(D.today()).__name__)
x.attr = 5
print(x.attr, x == date(2000, 1, 1))
