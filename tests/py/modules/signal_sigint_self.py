# SIGINT sent to the process itself: KeyboardInterrupt from default_int_handler, a Python
# handler, SIG_IGN, and an uncaught KeyboardInterrupt ending the program.
import os, signal, sys, time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print("_signal" in sys.modules)

def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total

try:
    os.kill(os.getpid(), signal.SIGINT)
    spin(1000)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.__traceback__ is not None)

calls = []
def handler(signum, frame):
    calls.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
os.kill(os.getpid(), signal.SIGINT)
spin(100)
print(calls)

def raising(signum, frame):
    raise RuntimeError("from the handler")
signal.signal(signal.SIGINT, raising)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
except RuntimeError as e:
    print("handler raised:", e)

signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
spin(100)
print("ignored")

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("raise_signal: KeyboardInterrupt")

def deep(n):
    if n == 0:
        os.kill(os.getpid(), signal.SIGINT)
        while True:
            pass
    deep(n - 1)
sys.stdout.flush()
deep(3)
