# Function decorators
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__(10, 20))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))
def tag(label):
    def deco(fn):
        fn.labels = getattr(fn, "labels", []) + [label]
        return fn
    return deco
@tag("outer")
@tag("inner")
def labelled():
    pass
print(labelled.labels)
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry["two"]())
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop(x): return x
for i in range(4):
    noop(i)
print(noop.calls)
@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)
decorators = {"up": str.upper}
@(lambda fn: lambda: decorators["up"](fn()))
def shout():
    return "quiet"
print(shout())
