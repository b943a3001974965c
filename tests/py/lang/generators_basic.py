# Generator functions with yield
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])

def log_gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

for v in log_gen():
    print("value", v)

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")

for v in gen_with_finally():
    print(v)

def empty():
    return
    yield

print(list(empty()))
gen = countdown(3)
print(iter(gen) is gen, type(gen).__name__)
print(gen.__name__, gen.__qualname__)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, (x * x for x in naturals()))))

try:
    def reentrant():
        yield next(me)
    me = reentrant()
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
