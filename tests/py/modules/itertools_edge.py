# itertools and deque edge cases: long tee buffers (freed without deep recursion), groupby
# with odd keys, iterators that raise, weak references, subclass behaviour, large deques.
import itertools as I
import weakref, sys
from collections import deque, defaultdict

# a tee buffer of many blocks, the leading iterator far ahead, then freed block by block
a, b = I.tee(range(20000))
for _ in range(19990):
    next(a)
print(next(a), next(b), sum(a), sum(I.islice(b, 10)))
del a, b
a, b = I.tee(iter(range(30000)))
for _ in a:
    pass
del a
print(next(b), len(list(I.islice(b, 5))))
del b
a, = I.tee(I.count(), 1)
for _ in range(20000):
    next(a)
print(next(a))
c = a.__copy__()
print(next(c), next(a))

# groupby: keys that compare equal but are distinct objects, unorderable keys, nested use
print([(k, list(g)) for k, g in I.groupby([1, 1.0, True, 2, 2.0])])
print([(k, len(list(g))) for k, g in I.groupby([[1], [1], [2]])])
print([k for k, _ in I.groupby("aaabbbcca")])
g = I.groupby(range(10), lambda x: x < 5)
k1, g1 = next(g); print(k1, next(g1))
k2, g2 = next(g); print(k2, list(g1), list(g2))
class BadEq:
    def __eq__(self, other): raise ValueError("eq failed")
try:
    print(list(I.groupby([BadEq(), BadEq()])))
except ValueError as e:
    print("ValueError", e)

# errors propagate from inner iterators and are not swallowed
def boom():
    yield 1
    raise KeyError("inner")
for make in [lambda: I.chain(boom()), lambda: I.islice(boom(), 5), lambda: I.cycle(boom()),
             lambda: I.accumulate(boom()), lambda: I.pairwise(boom()), lambda: I.zip_longest(boom(), "abc"),
             lambda: I.compress(boom(), I.repeat(1)), lambda: I.tee(boom())[0], lambda: I.groupby(boom()),
             lambda: I.dropwhile(lambda x: True, boom()), lambda: I.filterfalse(None, boom())]:
    it = make()
    try:
        print(list(it))
    except KeyError as e:
        print(type(it).__name__, "KeyError", e)
try:
    I.product(boom())
except KeyError as e:
    print("product KeyError", e)
try:
    I.permutations(boom())
except KeyError as e:
    print("permutations KeyError", e)

# StopIteration raised by a key function or predicate is a real error
def stop(x):
    raise StopIteration
for make in [lambda: I.takewhile(stop, [1]), lambda: I.dropwhile(stop, [1]), lambda: I.filterfalse(stop, [1]),
             lambda: I.starmap(stop, [(1,)]), lambda: I.groupby([1], stop)]:
    try:
        print(list(make()))
    except StopIteration:
        print("StopIteration escaped")
    except RuntimeError as e:
        print("RuntimeError", e)

# weak references: only _tee and deque allow them
for o in [deque(), I.tee([])[0], I.count(), defaultdict(), I.chain()]:
    try:
        r = weakref.ref(o); print(type(o).__name__, "weakref ok", r() is o)
    except TypeError as e:
        print(type(o).__name__, e)

# subclasses keep their type through copies and repr
class D(deque):
    def __repr__(self): return "D" + super().__repr__()
d = D([1, 2], 5)
print(repr(d), type(d.copy()).__name__, type(d + D([3])).__name__, type(d * 2).__name__, repr(d * 2))
class C(I.count):
    def __next__(self): return super().__next__() * 10
print(list(I.islice(C(1), 3)), repr(C(1)))
class G(I.groupby): pass
print([(k, list(v)) for k, v in G("aab")])

# a big deque used as a queue, and rotation of a big deque
q = deque()
total = 0
for i in range(10000):
    q.append(i)
    if len(q) > 10:
        total += q.popleft()
print(total, len(q), q[0], q[-1])
big = deque(range(10000))
big.rotate(3333); print(big[0], big[-1], big.index(0))
big.rotate(-6666); print(big[0], big[5000])
print(sum(big), len(big), big.count(5))
big.extendleft(range(5)); print(list(I.islice(big, 7)))
del big[5000]; big.insert(100, "x"); print(big[100], big[5000], len(big))
