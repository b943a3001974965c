import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2020))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.timegm((2020, 1, 1, 0, 0, 0)))
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:200])
c = calendar.Calendar(firstweekday=0)
print(list(c.itermonthdays(2024, 2))[:10])
print(calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
print(len(calendar.calendar(2024)))
