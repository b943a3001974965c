# Iterator protocol with __iter__ / __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
for x in c:
    print("never")

class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable([1, 2, 3])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print(list(zip(r, r)))
a, b, c = r
print(a, b, c)
print([*r], {*r}, dict.fromkeys(r))

it = iter([10, 20, 30])
print(next(it))
print(list(it), list(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(1))).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter({}.items())).__name__)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))

items = [1, 2, 3, 4]
it = iter(items)
for x in it:
    if x == 2:
        print("skipping", next(it))
    else:
        print("item", x)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.remove(x)
print(lst)
