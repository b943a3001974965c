# Generator pipelines, yield from, generator expressions.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def take(it, n):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def chain(*its):
    for it in its:
        yield from it


def flatten(t):
    if isinstance(t, list):
        for x in t:
            yield from flatten(x)
    else:
        yield t


def nested(depth, width, base):
    if depth == 0:
        return base
    return [nested(depth - 1, width, base * width + i) for i in range(width)]


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def delegator():
    r = yield from accumulate()
    yield r * 2


def main():
    s1 = sum(squares(evens(numbers(1200000))))
    s2 = sum(take(chain(numbers(250000), numbers(350000)), 500000))
    s3 = sum(flatten(nested(8, 5, 0)))
    s4 = sum(x % 1000 for x in take(fib_gen(), 2000))
    s5 = sum(x for x in (y * 3 for y in range(600000)) if x % 7 == 1)
    g = delegator()
    g.send(None)
    for i in range(250000):
        g.send(i)
    s6 = g.send(None)
    s7 = sum(1 for _ in zip(numbers(500000), squares(numbers(500000))))
    print(s1, s2, s3, s4, s5, s6, s7)


main()
