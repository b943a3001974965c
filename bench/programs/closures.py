# Closures, nonlocal counters, lambdas, higher-order functions.


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def make_acc():
    total = [0]

    def add(v):
        total[0] += v

    def get():
        return total[0]

    return add, get


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = f(n)
        cache[n] = r
        return r
    return wrapper


def main():
    counters = [make_counter(i) for i in range(1, 6)]
    s = 0
    for i in range(700000):
        s += counters[i % 5]()
    adders = [make_adder(i) for i in range(10)]
    f = compose(adders[3], compose(adders[7], lambda x: x * 3 % 1000003))
    r = apply_n(f, 1000000, 1)
    add, get = make_acc()
    for i in range(800000):
        add(i & 15)
    fs = list(map(lambda x: x * 2, filter(lambda x: x % 3, range(500000))))
    sorted_keys = sorted(range(150000), key=lambda x: (x * 7919) % 20011)

    @memoize
    def coins(n):
        if n < 0:
            return 0
        if n == 0:
            return 1
        return (coins(n - 1) + coins(n - 5)) % 1000000007

    c = 0
    for k in range(0, 3000):
        c = coins(k)
    total = 0
    for i in range(250000):
        g = (lambda a: lambda b: a * b + 1)(i)
        total += g(3)
    print(s, r, get(), sum(fs), sorted_keys[:5], c, total)


main()
