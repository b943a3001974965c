# SystemExit(None) exits 0 quietly; a non-int, non-None code is printed to stderr with status 1.
import sys

for code in [None, 0, 5, "text", (1, 2)]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e), repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code)
class Custom:
    def __str__(self):
        return "custom object exit message"
print("exiting")
raise SystemExit(Custom())
