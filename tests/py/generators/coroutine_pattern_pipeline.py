# Classic generator-based coroutines: a push pipeline with send(), a decorator priming them, close propagation.
def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    finally:
        print(prefix, "closed")
@coroutine
def filter_even(target):
    try:
        while True:
            x = yield
            if x % 2 == 0:
                target.send(x)
    finally:
        target.close()
@coroutine
def broadcast(*targets):
    try:
        while True:
            x = yield
            for t in targets:
                t.send(x)
    finally:
        for t in targets:
            t.close()
sink = broadcast(filter_even(printer("even:")), printer("all:"))
for i in range(5):
    sink.send(i)
sink.close()
@coroutine
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulate()
print([acc.send(i) for i in (5, 6, 7)])
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
