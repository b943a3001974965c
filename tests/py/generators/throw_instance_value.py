# gen.throw(type, instance) raises the instance itself when it is an instance of type.
def g():
    try:
        yield 1
    finally:
        pass
for args in [(KeyError, KeyError("z")), (KeyError, "plain"), (LookupError, KeyError("sub")), (KeyError, ("a", "b")), (KeyError, None)]:
    it = g(); next(it)
    try:
        it.throw(*args)
    except LookupError as e:
        print(type(e).__name__, repr(e), e.args)
import contextlib
@contextlib.contextmanager
def cm():
    yield
try:
    with cm():
        raise KeyError("x")
except KeyError as e:
    print("caught", e, e.args)
