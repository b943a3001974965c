# A finished frame whose frame object is still referenced (by a traceback) keeps its
# locals; frame.clear() releases them; running frames cannot be cleared; a suspended
# generator's frame.clear() closes the generator. Also f_back of a finished frame,
# f_trace_lines / f_trace_opcodes, and the trace attribute round trip.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f():
    x = Noisy("x")
    1 / 0

try:
    f()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
fr = tb.tb_next.tb_frame
print(sorted(fr.f_locals), fr.f_back is tb.tb_frame, fr.f_lineno)
print("clearing")
fr.clear()
print("cleared", fr.f_locals)
del fr, tb

def g():
    y = Noisy("y")
    try:
        yield 1
    finally:
        print("finally in g")

gen = g()
next(gen)
gf = gen.gi_frame
print(sorted(gf.f_locals))
gf.clear()
print(gen.gi_frame, list(gen))

try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError", e)

def running():
    me = sys._getframe()
    try:
        me.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
running()

frame = sys._getframe()
print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
frame.f_trace_opcodes = True
print(frame.f_trace_opcodes)
try:
    frame.f_trace_lines = 1
except TypeError as e:
    print("TypeError", e)
frame.f_trace_opcodes = False
def tracer(*a):
    return tracer
frame.f_trace = tracer
print(frame.f_trace is tracer)
frame.f_trace = None
print(frame.f_trace)
print(type(frame.__sizeof__()))
print("end")
