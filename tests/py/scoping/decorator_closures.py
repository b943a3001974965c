# Decorators are closures: state per decorated function, decorator factories, wrapping order.
def count_calls(fn):
    calls = 0
    def wrapper(*a, **k):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper
@count_calls
def add(a, b):
    return a + b
@count_calls
def neg(a):
    return -a
add(1, 2); add(3, 4); neg(1)
print(add.calls, neg.calls, add.__name__, add(5, 5))
def tag(label):
    def deco(fn):
        def wrapper(*a):
            return f"<{label}>{fn(*a)}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
order = []
def trace(name):
    order.append(f"factory {name}")
    def deco(fn):
        order.append(f"apply {name}")
        return fn
    return deco
@trace("first")
@trace("second")
def traced():
    pass
print(order)
def deco_with_default(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_default(f, prefix=prefix)
    return lambda *a: prefix + fn(*a)
@deco_with_default
def p1():
    return "plain"
@deco_with_default(prefix="#")
def p2():
    return "configured"
print(p1(), p2())
