# Errors that cannot be raised (in __del__, weakref callbacks, gc callbacks) go to
# sys.unraisablehook when it is replaced; a failing hook is itself reported.
import sys
import gc
import weakref

seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__,
                 u.exc_traceback is not None, type(u).__name__))
sys.unraisablehook = hook

class A:
    def __del__(self):
        1 / 0
A()
print(seen.pop())

class B:
    pass
b = B()
def cb(ref):
    raise KeyError("in callback")
r = weakref.ref(b, cb)
del b
print(seen.pop())

def gccb(phase, info):
    raise ValueError(phase)
gc.callbacks.append(gccb)
gc.collect()
gc.callbacks.remove(gccb)
print(seen)
seen.clear()

sys.unraisablehook = sys.__unraisablehook__
print("default restored")
import re
class Out:
    def write(self, s):
        sys.stdout.write(re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", s))
    def flush(self):
        pass
sys.stderr = Out()
A()
def bad_hook(u):
    raise RuntimeError("bad hook")
sys.unraisablehook = bad_hook
A()
print("end")
