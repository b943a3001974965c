# Function parameters: defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(a=1, c=2, z=26))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d

print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

def kwargs_with_posonly_name(a, /, **kw):
    return a, kw

print(kwargs_with_posonly_name(1, a=2))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1), mutable_default(2))

def g(*args, **kwargs):
    return args, kwargs

print(g())
print(g(*[1, 2], *(3,), **{"x": 1}, y=2))

try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, c=1, a=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

def h(x, y):
    return x - y
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, z=2)
except TypeError as e:
    print(type(e).__name__, e)
print(h(y=1, x=10))
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
print(f.__name__, f.__qualname__)
