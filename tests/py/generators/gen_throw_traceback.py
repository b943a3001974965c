# Tracebacks of exceptions thrown into and raised from generators, printed via traceback-free means.
import sys
def frames_of(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
def g():
    yield 1
    yield 2
gen = g()
next(gen)
try:
    gen.throw(ValueError("thrown"))
except ValueError as e:
    print(frames_of(e))
def raiser():
    yield 1
    raise KeyError("inside")
def delegating():
    yield from raiser()
d = delegating()
next(d)
try:
    next(d)
except KeyError as e:
    print(frames_of(e))
def outer():
    def inner():
        yield 1 / 0
    yield from inner()
try:
    list(outer())
except ZeroDivisionError as e:
    print(frames_of(e))
try:
    list(x / 0 for x in [1])
except ZeroDivisionError as e:
    print(frames_of(e))
try:
    [y for y in (1 / z for z in [0])]
except ZeroDivisionError as e:
    print(frames_of(e))
