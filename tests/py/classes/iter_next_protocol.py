# Iterator protocol: __iter__/__next__, iter() on iterators, exhaustion, non-iterator __iter__ results.
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = CountDown(3)
print(list(cd), list(cd), iter(cd) is cd)
class Reusable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Reusable("ab")
print(list(r), list(r), [c * 2 for c in r], sorted(r, reverse=True), "".join(r), tuple(r), set(r) == {"a", "b"})
a, b = Reusable([1, 2])
print(a, b, max(Reusable([4, 9, 2])), sum(Reusable(range(5))), dict(Reusable([("k", 1)])))
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError", e)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("payload")
print(list(StopWithValue()))
calls = iter([3, 2, 1, 0, -1])
print(list(iter(lambda: next(calls), 0)))
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError", e)
print(list(zip(CountDown(3), "abc")), list(map(str, CountDown(2))), list(enumerate(CountDown(2))))
