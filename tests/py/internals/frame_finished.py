# Frame objects of finished frames (take_ownership): f_locals, f_back, f_lineno, clear(),
# and when the locals of a finished frame are released.
import sys
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def name_of(f):
    return None if f is None else f.f_code.co_name

def f():
    x = 1
    y = [2]
    return sys._getframe()
fr = f()
print(fr.f_locals is fr.f_locals, fr.f_locals, name_of(fr.f_back), fr.f_lineno, fr.f_lasti)
d = fr.f_locals
fr.clear()
print(d, fr.f_locals, d is fr.f_locals)

def g():
    a = "A"
    raise ValueError
try:
    g()
except ValueError as e:
    tb = e.__traceback__
fr2 = tb.tb_next.tb_frame
print(fr2.f_locals, fr2.f_back is tb.tb_frame, fr2.f_back.f_back)
fr2.clear()
print(fr2.f_locals)
del tb, fr2

def gen_yields_frame(x):
    y = N("gen-y")
    yield sys._getframe()
    yield 2
gen = gen_yields_frame(N("gen-x"))
fr = next(gen)
print(sorted(fr.f_locals), name_of(fr.f_back), gen.gi_frame is fr)
fr.clear()
print("after clear", sorted(fr.f_locals), fr.f_back, gen.gi_frame, fr.f_lineno)
del fr
print("del fr")

def created(x):
    yield 1
gen = created(N("created-arg"))
gen.close()
print("closed created")
del gen
print("del gen")

def h():
    q = N("q")
    return sys._getframe()
fr = h()
print("h returned", fr.f_back is sys._getframe(), fr.f_lineno, fr.f_code.co_name)
fr.clear()
print("h cleared")
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)

def outer():
    z = N("closure")
    def inner():
        z
        raise ValueError
    return inner
try:
    outer()()
except ValueError as e:
    t = e.__traceback__
print("handled")
print(t.tb_next.tb_frame.f_locals.keys(), name_of(t.tb_next.tb_frame.f_back))
del t
print("traceback released")

def gen_raises():
    v = N("gen-local")
    yield 1
    raise KeyError
try:
    for v in gen_raises(): pass
except KeyError as e:
    f = e.__traceback__.tb_next.tb_frame
    print(f.f_back, f.f_lineno, f.f_lasti, f.f_code.co_name, sorted(f.f_locals))
print("after except")
del f
print("frame released")

def returns_own_frame():
    return sys._getframe()
    yield
g = returns_own_frame()
try:
    next(g)
except StopIteration as e:
    f = e.value
print(f.f_back, f.f_lineno, g.gi_frame)

def many_lines():
    f = sys._getframe()
    x = 1
    y = 2
    return f
fr = many_lines()
print(fr.f_lineno, fr.f_lasti, sorted(fr.f_locals))
def raises_own_frame():
    f = sys._getframe()
    x = N("raiser-x")
    raise ValueError(f)
try:
    raises_own_frame()
except ValueError as e:
    fr = e.args[0]
print(fr.f_lineno, name_of(fr.f_back), fr.f_back.f_back)
fr.clear()
print("cleared raiser frame", fr.f_locals)
del fr
print("end")
