# yield from delegation
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield 3

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration:
    print("outer finished")

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node

print(list(tree([1, [2, [3, 4]], [[5]], 6])))

def returns_value():
    yield "only"
    return 42

def collector():
    v = yield from returns_value()
    yield ("returned", v)

print(list(collector()))

def delegating_throw():
    try:
        yield from inner_catch()
    except KeyError:
        yield "outer caught"

def inner_catch():
    try:
        yield "waiting"
    except ValueError as e:
        yield f"inner caught {e}"
    yield "inner after"

d = delegating_throw()
print(next(d))
print(d.throw(ValueError("boom")))
print(next(d))
d2 = delegating_throw()
next(d2)
print(d2.throw(KeyError("k")))

def yf_iterator():
    r = yield from iter([1, 2])
    yield r

print(list(yf_iterator()))
