# Lib/signal.py over _signal: the Signals/Handlers/Sigmasks enums and the wrappers.
import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2), repr(signal.Handlers.SIG_IGN), repr(signal.Sigmasks.SIG_BLOCK))
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(repr(signal.signal(signal.SIGUSR1, lambda s, f: print("got", repr(s), signal.Signals(s).name))))
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1).__name__, repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)).startswith("<function"))
print(repr(signal.getsignal(signal.SIGUSR1)))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]), signal.pthread_sigmask(signal.SIG_SETMASK, []))
print(sorted(signal.valid_signals())[:5], signal.strsignal(signal.SIGINT), signal.sigpending())
print(signal.Signals.SIGRTMIN, len(signal.Signals), signal.Signals["SIGKILL"].value)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e.errno)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")
