# Exit functions run after an uncaught exception and after sys.exit, before the
# module's globals are cleared; the exit status is the program's.
import atexit, sys

class Resource:
    def __del__(self):
        print("Resource.__del__")

keep = Resource()

def report(name):
    print("exit function", name, "sees keep:", type(keep).__name__)

atexit.register(report, "first")
atexit.register(report, name="second")
print("main done")
sys.exit(3)
