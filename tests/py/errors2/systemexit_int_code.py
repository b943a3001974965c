# sys.exit(3): no traceback, exit status 3; finally blocks and atexit-free cleanup run first.
import sys

def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally in shutdown")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
print("about to exit")
shutdown(3)
print("never printed")
