# Many calls of small methods on class instances.


class Counter:
    def __init__(self, start):
        self.value = start

    def inc(self):
        self.value += 1
        return self

    def add(self, n):
        self.value += n

    def get(self):
        return self.value


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled_x(self, k):
        return self.x * k

    def swap(self):
        t = self.x
        self.x = self.y
        self.y = t


class Accumulator:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def feed(self, v):
        self.calls += 1
        self.total = (self.total + v) % 1000000007

    def result(self):
        return self.total + self.calls


class Base:
    def f(self, x):
        return x + 1

    def g(self, x):
        return self.f(x) * 2


class Derived(Base):
    def f(self, x):
        return x + 3


def run(n):
    c = Counter(0)
    a = Vec(3, 4)
    b = Vec(5, -2)
    acc = Accumulator()
    objs = [Base(), Derived(), Base(), Derived()]
    for i in range(n):
        c.inc()
        c.add(i & 7)
        acc.feed(a.dot(b))
        a.swap()
        acc.feed(b.scaled_x(i & 3))
        o = objs[i & 3]
        acc.feed(o.g(i))
        c.inc().inc()
    return c.get(), acc.result()


def main():
    v, r = run(800000)
    print(v, r)


main()
