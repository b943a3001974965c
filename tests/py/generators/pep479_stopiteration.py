# PEP 479: StopIteration raised inside a generator becomes RuntimeError with the original as cause.
def leaky():
    yield 1
    raise StopIteration("oops")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop
try:
    list(subclass())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught and continued"
print(list(caught_inside()))
def return_is_fine():
    yield 1
    return "value"
print(list(return_is_fine()))
print(list(x for x in [1, 2] if x < 3))
def genexp_stop():
    return list(next(iter([])) for _ in range(1))
try:
    genexp_stop()
except RuntimeError as e:
    print("genexp RuntimeError", e)
def through_yield_from():
    yield from leaky()
try:
    list(through_yield_from())
except RuntimeError as e:
    print("yield from RuntimeError", e)
async def coro():
    raise StopIteration("in coroutine")
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print("coroutine RuntimeError", e)
