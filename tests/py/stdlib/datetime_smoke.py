import datetime as dt
d = dt.date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple()[:3])
print(d + dt.timedelta(days=1), d - dt.date(2023, 1, 1), d.replace(day=1), d.strftime("%Y/%m/%d %A %b %j"))
print(dt.date.fromisoformat("2021-12-31"), dt.date.fromordinal(738000), dt.date(2020, 1, 1).ctime())
t = dt.datetime(2024, 3, 10, 12, 30, 45, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(sep=" ", timespec="seconds"), t.date(), t.time())
print(t + dt.timedelta(hours=13, minutes=45), t - dt.datetime(2024, 1, 1))
print(dt.datetime.fromisoformat("2024-03-10T12:30:45+02:00"), dt.datetime.strptime("2024-05-06 07:08", "%Y-%m-%d %H:%M"))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2024, 1, 1, 10, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc), dt.timezone.utc)
print(a.timestamp(), dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400))
td = dt.timedelta(days=-1, seconds=5, microseconds=7)
print(td, repr(td), td.total_seconds(), abs(td), td * 2, td // 2, dt.timedelta(hours=1) / dt.timedelta(minutes=7))
print(dt.time(1, 2, 3, 4), dt.time(23, 59).isoformat(), dt.time.fromisoformat("10:11:12.5"))
print(dt.date.min, dt.date.max, dt.timedelta.max, dt.MINYEAR, dt.MAXYEAR)
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1)]), dt.date(2020, 1, 1) == dt.date(2020, 1, 1))
for bad in [(2023, 2, 29), (2023, 13, 1)]:
    try:
        dt.date(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    dt.date(2020, 1, 1) + 1
except TypeError as e:
    print("TypeError", e)
print(hash(dt.date(2020, 1, 1)) == hash(dt.date(2020, 1, 1)), format(t, "%H:%M"), f"{d:%d.%m.%Y}")
