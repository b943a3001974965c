# time, datetime, tzinfo and timezone from the _datetime accelerator (fixed offsets only,
# so the output does not depend on the machine's local zone).
from datetime import datetime, time, timedelta, timezone, tzinfo, date
import _datetime


def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
plus = timezone(timedelta(hours=5, minutes=30))
print(timezone is _datetime.timezone, repr(utc), str(utc), repr(est), str(est), repr(plus), str(plus))
print(timezone.min, timezone.max, repr(timezone.min), utc is timezone(timedelta(0)), timezone(timedelta(0), "UTC") is utc)
print(timezone(timedelta(seconds=-1)), timezone(timedelta(microseconds=1)), timezone(timedelta(hours=1, seconds=2)))
print(est.utcoffset(None), est.dst(None), est.tzname(None), utc.tzname(datetime(2000, 1, 1)), est.__getinitargs__(), plus.__getinitargs__())
print(utc == timezone(timedelta(0)), est == timezone(timedelta(hours=-5)), est != plus, utc == 0, hash(est) == hash(timedelta(hours=-5)))
print(est.__reduce__(), utc.__reduce__())
t(lambda: timezone(1))
t(lambda: timezone(offset=1))
t(lambda: timezone(timedelta(1)))
t(lambda: timezone(-timedelta(1)))
t(lambda: timezone(timedelta(0), 1))
t(lambda: timezone(timedelta(0), "x", 1))
t(lambda: utc.utcoffset(1))
t(lambda: utc.dst(date(2000, 1, 1)))
t(lambda: utc.fromutc(1))
t(lambda: utc.fromutc(datetime(2000, 1, 1)))
t(lambda: est.fromutc(datetime(2000, 1, 1, 12, tzinfo=est)))
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().dst(None))
t(lambda: tzinfo().tzname(None))
t(lambda: tzinfo().fromutc(datetime(2000, 1, 1)))
t(lambda: tzinfo.__reduce__(tzinfo()))
t(lambda: type("X", (timezone,), {}))

# time
tm = time(12, 30, 15, 123456, tzinfo=plus)
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(tm), repr(time(1, fold=1)), str(tm), hash(time(1, 2, 3, 4)))
print(tm.hour, tm.minute, tm.second, tm.microsecond, tm.tzinfo, tm.fold, tm.utcoffset(), tm.dst(), tm.tzname())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, tm.isoformat(spec), time(1).isoformat(timespec=spec))
t(lambda: tm.isoformat("x"))
t(lambda: tm.isoformat(1))
print(tm.strftime("%H:%M:%S.%f %z %Z %%"), format(tm, "%I %p"), format(tm, ""), time.min, time.max, time.resolution)
print(tm.replace(hour=1), tm.replace(tzinfo=None), repr(tm.replace(fold=1)), tm.__reduce__(), tm.__reduce_ex__(4))
print(time(1) < time(2), time(1, tzinfo=utc) == time(2, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=utc))
print(time(12, tzinfo=plus) < time(12, tzinfo=utc), hash(time(1, tzinfo=utc)) == hash(time(2, tzinfo=timezone(timedelta(hours=1)))))
print(bool(time(0)), time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
t(lambda: time(1) < time(1, tzinfo=utc))
t(lambda: time(24))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 10**6))
t(lambda: time(1, fold=2))
t(lambda: time(1, tzinfo=1))
t(lambda: tm.replace(fold=2))
t(lambda: time(1, 2, 3, 4, None, 0))
for s in ["12:30", "12:30:15", "12:30:15.5", "12:30:15.123456789", "T12", "1230", "123015", "12:30+05:00", "12:30Z",
          "12:30:15-03:30:20.5", "12:30:15.1234567+01:00", "12:3", "12:30:", "12:30x", "25:00", "12:30+5", ""]:
    t(lambda: time.fromisoformat(s))
t(lambda: time.fromisoformat(1230))

# datetime
dt = datetime(2000, 2, 29, 23, 59, 59, 999999, tzinfo=est)
print(repr(datetime(2000, 1, 1)), repr(datetime(2000, 1, 1, 1, 2, 3)), repr(dt), repr(datetime(2000, 1, 1, fold=1, tzinfo=utc)))
print(str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="x", timespec="milliseconds"), dt.ctime(), hash(datetime(2000, 1, 1, 1, 2, 3, 4)))
print(dt.date(), dt.time(), dt.timetz(), dt.utcoffset(), dt.dst(), dt.tzname(), dt.timetuple(), dt.utctimetuple())
print(dt.timestamp(), dt.toordinal(), dt.weekday(), dt.isocalendar(), datetime.min, datetime.max, datetime.resolution)
print(dt + timedelta(microseconds=1), dt - timedelta(days=60), timedelta(hours=1) + dt, dt - datetime(2000, 1, 1, tzinfo=utc))
print(dt.astimezone(utc), dt.astimezone(plus), dt.astimezone(est) is dt, dt.replace(tzinfo=None) - datetime(1999, 12, 31))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z %%z %j"), format(dt, ""), format(dt, "%c"))
print(dt.__reduce__(), datetime(2000, 1, 1, fold=1).__reduce_ex__(4), datetime(2000, 1, 1, fold=1).__reduce_ex__(2))
print(datetime(*dt.__reduce__()[1]) == dt, datetime(*datetime(2000, 1, 1, fold=1).__reduce_ex__(4)[1]).fold)
print(dt == dt.astimezone(utc), dt < datetime(2000, 3, 1, tzinfo=utc), dt == datetime(2000, 2, 29), dt != date(2000, 2, 29))
print(hash(dt) == hash(dt.astimezone(utc)), datetime(2000, 1, 1) == date(2000, 1, 1))
t(lambda: dt < datetime(2000, 1, 1))
t(lambda: dt - datetime(2000, 1, 1))
t(lambda: datetime(2000, 1, 1) < date(2000, 1, 1))
t(lambda: datetime.max + timedelta(1))
t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: dt + 1)
t(lambda: dt.isoformat(sep="ab"))
t(lambda: dt.isoformat(timespec="x"))
t(lambda: dt.isoformat(timespec=1))
t(lambda: datetime(2000, 1, 1, 24))
t(lambda: datetime(2000, 1, 1, tzinfo=1))
t(lambda: datetime(2000, 1, 1, fold=2))
t(lambda: datetime(2000))
t(lambda: dt.replace(fold=-1))
t(lambda: dt.replace(month=2, day=30))
t(lambda: dt.astimezone(1))
t(lambda: datetime.now(1))
t(lambda: datetime.combine(1, 2))
t(lambda: datetime.combine(date(2000, 1, 1), 2))
t(lambda: datetime.strptime(1, 2))
t(lambda: datetime.fromtimestamp())
t(lambda: datetime.utcfromtimestamp(1e20))
t(lambda: datetime.utcfromtimestamp(float("nan")))
t(lambda: dt.__reduce_ex__())
print(datetime.combine(date(2000, 1, 1), time(1, 2, tzinfo=est)), datetime.combine(date(2000, 1, 1), time(1, 2), utc))
print(datetime.combine(date=date(2000, 1, 1), time=time(1, fold=1)).fold)
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1.5), datetime.utcfromtimestamp(-1.0000005), datetime.utcfromtimestamp(86399.9999995))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1e9, tz=est), datetime.fromtimestamp(1e9, plus).timestamp())
print(datetime.strptime("2000-01-02 03:04:05.6 +0100", "%Y-%m-%d %H:%M:%S.%f %z"))
for s in ["2000-01-02", "2000-01-02T03", "2000-01-02T03:04", "2000-01-02 03:04:05", "2000-01-02T03:04:05.678",
          "2000-01-02T03:04:05.678901+05:00", "2000-01-02T03:04:05Z", "20000102T030405", "2000-W01-1T12", "2000W011T12",
          "2000-W01T12", "2000-01-02T03:04:05+0530", "2000-01-02\u00e903:04", "2000-01-02T24:00", "2000-01-02T", "2000-01",
          "2000-01-02T03:04:05.+05", "2000-01-02T03:04:05,5", "2000-01-02\ud80003:04", "2000-01-02X03"]:
    t(lambda: datetime.fromisoformat(s))
t(lambda: datetime.fromisoformat(1))


class MyTZ(tzinfo):
    def __init__(self, off=0):
        self.off = off

    def utcoffset(self, dt):
        return timedelta(hours=self.off)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "My%d" % self.off


my = MyTZ(2)
x = datetime(2000, 6, 1, 12, tzinfo=my)
print(x, x.tzname(), x.astimezone(utc), utc.fromutc(datetime(2000, 1, 1, tzinfo=utc)), my.fromutc(datetime(2000, 1, 1, tzinfo=my)))
print(my.__reduce__()[0].__name__, my.__reduce__()[1:], x.strftime("%z %Z"), x == x.astimezone(utc))


class BadTZ(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(days=2)


b = datetime(2000, 1, 1, tzinfo=BadTZ())
t(lambda: b.utcoffset())
t(lambda: b.tzname())
t(lambda: b.dst())
t(lambda: b.isoformat())
t(lambda: b.strftime("%Z"))


class DT(datetime):
    pass


y = DT(2000, 1, 1, 12)
print(repr(y), type(y + timedelta(1)).__name__, type(y - timedelta(1)).__name__, type(DT.now()).__name__, type(DT.fromtimestamp(0)).__name__,
      type(DT.fromisoformat("2000-01-01")).__name__, type(DT.combine(date(2000, 1, 1), time())).__name__,
      type(DT.strptime("2000", "%Y")).__name__, type(y.replace(hour=1)).__name__, type(y.astimezone(utc)).__name__,
      type(DT.utcfromtimestamp(0)).__name__, type(DT.fromordinal(1)).__name__, type(y.date()).__name__)

# Instances hold a reference to their class: dropping many of them leaves the class intact.
for i in range(50):
    datetime(2000, 1, 1, tzinfo=MyTZ(i % 3)) == datetime(2000, 1, 1, tzinfo=MyTZ(1))
    DT(2000, 1, 1) + timedelta(1)
print(MyTZ(1).tzname(None), my.utcoffset(None), DT(2000, 1, 2))
