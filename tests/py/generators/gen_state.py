# Generator introspection: gi_running, gi_frame, gi_suspended, gi_code, gi_yieldfrom, __name__/__qualname__.
def g():
    print("running inside:", me.gi_running)
    yield 1
    yield 2
me = g()
print(me.gi_running, me.gi_suspended, me.gi_frame is not None, me.gi_frame.f_lasti if False else "", me.gi_code.co_name)
print(next(me), me.gi_suspended, me.gi_frame.f_lineno)
print(next(me), me.gi_frame.f_lineno)
print(next(me, "done"), me.gi_frame, me.gi_suspended, me.gi_running)
def inner():
    yield "i"
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_code.co_name)
class K:
    def method(self):
        yield self
gen = K().method()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "renamed"
print(gen.__name__, gen.__qualname__, repr(gen).split(" at ")[0])
try:
    gen.__name__ = 5
except TypeError as e:
    print("TypeError", e)
print(type(gen).__name__, hasattr(gen, "__next__"), iter(gen) is gen, hasattr(gen, "send"))
def locals_gen(a):
    b = a * 2
    yield locals()
    c = 3
    yield sorted(locals())
lg = locals_gen(5)
print(next(lg), next(lg))
print(lg.gi_frame.f_locals if lg.gi_frame else None)
def fresh():
    yield
f = fresh()
print(f.gi_frame.f_lineno, f.gi_suspended)
