# Local time under POSIX TZ rule strings (set in the program, so the output does not depend
# on the machine): time.localtime/mktime/tzset and datetime.fromtimestamp/timestamp/astimezone.
import os, time
from datetime import datetime
for tz in ['EST+05EDT,M3.2.0,M11.1.0', 'MSK-03', 'EDT4', 'UTC', '<+0330>-3:30', 'AEST-10AEDT,M10.1.0,M4.1.0/3']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for ts in [0, 1414906200, 1414909800, 1394348400, 1e9, 1700000000]:
        print(' ', time.localtime(ts)[:9], time.strftime('%Z %z', time.localtime(ts)), datetime.fromtimestamp(ts), datetime.fromtimestamp(ts).fold, datetime.fromtimestamp(ts).timestamp(), datetime.fromtimestamp(ts).astimezone())
    print(' ', time.mktime((2014, 11, 2, 1, 30, 0, 0, 0, -1)), time.mktime((2014, 3, 9, 2, 30, 0, 0, 0, -1)))
