# Exceptions inside generators: propagation to the consumer, state after error, tracebacks caught.
def fails_at(n):
    for i in range(5):
        if i == n:
            raise ValueError(f"failed at {i}")
        yield i
g = fails_at(2)
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print("ValueError", e, out)
print(list(g), next(g, "exhausted"))
def handles_inside():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield f"handled {e}"
print(list(handles_inside()))
def context_in_gen():
    try:
        raise TypeError("first")
    except TypeError:
        yield "in except"
        raise ValueError("second")
c = context_in_gen()
print(next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))
def gen_finally_raises():
    try:
        yield 1
    finally:
        raise RuntimeError("from finally")
f = gen_finally_raises()
next(f)
try:
    next(f)
except RuntimeError as e:
    print("RuntimeError", e)
def exc_state():
    try:
        raise IndexError("outer")
    except IndexError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])
e = exc_state()
next(e)
import sys
print(sys.exc_info())
print(next(e))
def recursive(n):
    if n == 0:
        raise LookupError("bottom")
    yield from recursive(n - 1)
try:
    list(recursive(5))
except LookupError as e:
    print("LookupError", e)
