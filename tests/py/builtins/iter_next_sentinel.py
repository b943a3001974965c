# iter() and next(), including default and the callable/sentinel form
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
s = iter("ab")
print(next(s), next(s), next(s, ""), repr(next(s, "")))
values = [5, 4, 3, 0, 7]
pos = [0]
def read():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos[0])
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ticks = iter(tick, 4)
print(type(ticks).__name__, next(ticks), list(ticks), list(ticks))
lines = iter(["line1", "line2", "", "line4"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
r = iter(range(3))
print(iter(r) is r, list(r))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n
c = Countdown(3)
print(next(c), list(c), next(c, "empty"))
g = (x for x in [])
print(next(g, "gen empty"))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
si = iter(Seq())
print(type(si).__name__, list(si))
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
chunks = iter(lambda it=iter("abcdefg"): "".join(next(it, "") for _ in range(3)), "")
print(list(chunks))
