# Generator pipelines: lazy evaluation order printed step by step, islice-like take, tee-like buffering.
def source(n):
    for i in range(n):
        print("source", i)
        yield i
def square(it):
    for x in it:
        print("square", x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            print("even", x)
            yield x
def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(evens(square(source(10))), 2)))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(fib(), 15)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(primes(), 12)))
def running_total():
    total = 0
    while True:
        x = yield total
        total += x
rt = running_total()
next(rt)
print([rt.send(v) for v in [1, 2, 3, 4]])
def group_by_len(words):
    cur, group = None, []
    for w in words:
        if len(w) != cur and group:
            yield cur, group
            group = []
        cur = len(w)
        group.append(w)
    if group:
        yield cur, group
print(list(group_by_len(["a", "b", "cc", "dd", "e"])))
