# _signal: constants, the handler table, raise_signal running Python handlers at once,
# SIG_IGN, default_int_handler and the in-process signal mask.
import _signal

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print(sorted(n for n in dir(_signal) if n.startswith("SIG") or n == "NSIG"))
print({n: getattr(_signal, n) for n in dir(_signal) if n.startswith("SIG") or n == "NSIG"})
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.default_int_handler)
print([_signal.getsignal(i) for i in (1, 15, 17, 32, 33, 64)])
print(len(_signal.valid_signals()), 32 in _signal.valid_signals(), 64 in _signal.valid_signals(), type(_signal.valid_signals()).__name__)
print([_signal.strsignal(i) for i in range(1, 65)])

def handler(signum, frame):
    print("handler", signum, type(frame).__name__, frame.f_code.co_name)

def caller():
    _signal.raise_signal(_signal.SIGUSR1)
    print("after raise")

print(_signal.signal(_signal.SIGUSR1, handler))
caller()
print(_signal.getsignal(_signal.SIGUSR1) is handler)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print("ignored", _signal.getsignal(_signal.SIGUSR1))
_signal.raise_signal(_signal.SIGCHLD)
_signal.raise_signal(_signal.SIGWINCH)
print("default-ignored signals done")
_signal.raise_signal(0)

def failing(signum, frame):
    raise ValueError("from handler %d" % signum)
_signal.signal(_signal.SIGUSR2, failing)
print(t(_signal.raise_signal, _signal.SIGUSR2))
print(t(_signal.raise_signal, _signal.SIGINT))
print(t(_signal.default_int_handler, 2, None))
_signal.signal(_signal.SIGINT, lambda s, f: print("custom SIGINT", s))
_signal.raise_signal(_signal.SIGINT)
print(type(_signal.signal(_signal.SIGINT, _signal.default_int_handler)).__name__)

# The mask: a blocked signal waits in sigpending() until unblocked.
_signal.signal(_signal.SIGUSR1, lambda s, f: print("delivered", s))
print(t(_signal.pthread_sigmask, _signal.SIG_BLOCK, [_signal.SIGUSR1]))
_signal.raise_signal(_signal.SIGUSR1)
print("pending", _signal.sigpending())
print("unblock", t(_signal.pthread_sigmask, _signal.SIG_UNBLOCK, [_signal.SIGUSR1]))
print("pending", _signal.sigpending())
print(t(_signal.pthread_sigmask, _signal.SIG_BLOCK, [_signal.SIGKILL, _signal.SIGSTOP, 10, 12]))
print(t(_signal.pthread_sigmask, _signal.SIG_SETMASK, range(1, 4)))
print(t(_signal.pthread_sigmask, _signal.SIG_SETMASK, set()))
print(t(_signal.pthread_sigmask, 5, []))
print(t(_signal.pthread_sigmask, 0, [0]))
print(t(_signal.pthread_sigmask, 0, [65]))
print(t(_signal.pthread_sigmask, 0, 5))
print(t(_signal.pthread_sigmask, 0, ["a"]))
print(t(_signal.pthread_sigmask, 0, [2**70]))
print(t(_signal.pthread_sigmask, 0))
