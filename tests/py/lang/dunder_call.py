# __call__ and callable objects
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x, *rest, scale=1):
        return [v * self.factor * scale for v in (x, *rest)]

double = Multiplier(2)
print(double(5), double(1, 2, 3), double(1, scale=10))
print(callable(double), callable(Multiplier), callable(5), callable(print))
print(list(map(Multiplier(3), [1, 2])))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        r = self.fn(n)
        self.cache[n] = r
        return r

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), fib.hits, len(fib.cache))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

c = Counter()
print([c() for _ in range(4)])
c.__call__ = lambda: "instance attr ignored"
print(c())

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

class Chain:
    def __call__(self, *a):
        return self
    def __getattr__(self, name):
        return self
print(type(Chain()(1).foo.bar(2)()).__name__)

class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 0
        return super().__new__(cls)
    def __init__(self, kind):
        self.kind = kind
print(Factory("int"), Factory("obj").kind)
