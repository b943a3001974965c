# _signal: argument checking and error messages.
import _signal

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

for args in ((2, 5), (9, 1), (19, 0), (32, 0), (0, 0), (65, 0), ("x", 0), (2, 3.5), (2,), (2, True), (2**40, 0)):
    print("signal", args, t(_signal.signal, *args))
print(t(_signal.signal, signalnum=2, handler=0))
for n in (0, 65, -1, 2**40, -2**70, "x", 32):
    print("getsignal", n, t(_signal.getsignal, n))
for n in (0, 65, -1, "x", 32, 34, 64):
    print("strsignal", n, t(_signal.strsignal, n))
for n in (65, -1, 32, 33, "x", 2**40):
    print("raise_signal", n, t(_signal.raise_signal, n))
print(t(_signal.default_int_handler))
print(t(_signal.default_int_handler, 1, 2, 3))
print(t(_signal.set_wakeup_fd, -1))
print(t(_signal.set_wakeup_fd, -5))
print(t(_signal.set_wakeup_fd, 1.5))
print(t(_signal.set_wakeup_fd))
print(t(_signal.set_wakeup_fd, fd=-1))
print(t(_signal.set_wakeup_fd, -1, True))
print(t(_signal.set_wakeup_fd, -1, 1, 2))
print(t(_signal.set_wakeup_fd, -1, x=1))
print(t(_signal.set_wakeup_fd, -1, warn_on_full_buffer=False))
print(t(_signal.set_wakeup_fd, 12345))
print(t(_signal.set_wakeup_fd, -1))
print(t(_signal.valid_signals, 1))
print(t(_signal.sigpending, 1))
