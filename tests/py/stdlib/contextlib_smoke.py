import contextlib, io
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)
with tag("a") as n:
    print("inside", n)
try:
    with tag("b"):
        raise KeyError("x")
except KeyError as e:
    print("caught", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("s"))
class R:
    def close(self): print("closed")
with contextlib.closing(R()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
class CM(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
@CM()
def f(): print("f body")
f()
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad(): pass
except RuntimeError as e:
    print("RuntimeError", e)
class A(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with A() as a: print(type(a).__name__)
