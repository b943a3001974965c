# faulthandler: the traceback dump, enable/disable, register/unregister and their errors.
import faulthandler, sys

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print(t(faulthandler.is_enabled), t(faulthandler.enable), t(faulthandler.is_enabled))
print(t(faulthandler.enable, file=sys.stdout, all_threads=False), t(faulthandler.disable), t(faulthandler.disable),
      t(faulthandler.is_enabled))

def inner():
    faulthandler.dump_traceback(sys.stdout, all_threads=False)
def outer():
    inner()
outer()
sys.stdout.flush()
faulthandler.dump_traceback(file=sys.stdout.fileno(), all_threads=False)
print(t(faulthandler.dump_traceback, "x"))
print(t(faulthandler.dump_traceback, -1))
print(t(faulthandler.enable, 1.5))
print(t(faulthandler.dump_traceback_later, -1), t(faulthandler.dump_traceback_later, 0))
print(t(faulthandler.cancel_dump_traceback_later))
print(t(faulthandler.register, 11), t(faulthandler.register, 0), t(faulthandler.register, 99))
print(t(faulthandler.unregister, 10), t(faulthandler.register, 10, file=sys.stdout, all_threads=False),
      t(faulthandler.unregister, 10), t(faulthandler.unregister, 10))
