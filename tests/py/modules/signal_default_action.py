# A signal left with its default action ends the process as the system does it.
import _signal, sys
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
print("before", _signal.getsignal(_signal.SIGTERM))
sys.stdout.flush()
_signal.raise_signal(_signal.SIGTERM)
print("not reached")
