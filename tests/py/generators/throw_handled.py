# throw(): exceptions raised at the paused yield, handled inside, generator continues; forms of throw.
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("handled ValueError", e)
            yield "recovered"
        except KeyError:
            print("handled KeyError")
g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(KeyError))
print(g.throw(ValueError, ValueError("instance")))
def transform():
    try:
        yield 1
    except ZeroDivisionError as e:
        raise RuntimeError("transformed") from e
t = transform()
next(t)
try:
    t.throw(ZeroDivisionError("div"))
except RuntimeError as e:
    print("RuntimeError", e, "cause:", repr(e.__cause__))
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "early return"
r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as s:
    print("StopIteration value:", s.value)
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(TypeError("unhandled"))
except TypeError as e:
    print("propagated", e)
print(list(c))
fresh = cleanup()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("fresh throw", e)
print(list(fresh))
try:
    resilient().throw(5)
except TypeError as e:
    print("TypeError", e)
try:
    resilient().throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError", e)
