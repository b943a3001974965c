# The trace module (line counting through sys.settrace) and the profile module (sys.setprofile).
import sys
import trace
import profile
import bdb
import re

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def work():
    total = 0
    for i in range(5):
        total += fib(i)
    return sorted([3, 1, 2]) and total

tracer = trace.Trace(count=1, trace=0)
print("result", tracer.runfunc(work))
counts = tracer.results().counts
here = work.__code__.co_filename
for (filename, line), n in sorted(counts.items()):
    if filename == here:
        print("line", line - fib.__code__.co_firstlineno, "ran", n)

p = profile.Profile()
print("result", p.runcall(work))
p.create_stats()
for (filename, line, name), (cc, nc, tt, ct, callers) in sorted(p.stats.items(), key=lambda kv: (kv[0][2], kv[0][1])):
    print("profile", re.sub(" at 0x[0-9a-f]+", "", name), "calls", nc, "primitive", cc)

class Recorder(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.seen = []
    def user_line(self, frame):
        if frame.f_code.co_name == "fib":
            self.seen.append(frame.f_lineno - fib.__code__.co_firstlineno)
    def user_return(self, frame, value):
        if frame.f_code.co_name == "fib":
            self.seen.append(("ret", value))

r = Recorder()
r.set_break(here, fib.__code__.co_firstlineno + 2)
r.runcall(fib, 2)
print("bdb", r.seen)
print(sys.gettrace(), sys.getprofile())
