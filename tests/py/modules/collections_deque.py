# _collections.deque: the whole API, maxlen, indexing, rotation, comparisons, repr,
# mutation during iteration, copying, reduce, sizeof, and the errors.
from _collections import deque
import sys

def err(label, f, *a, **k):
    try:
        print(label, "->", f(*a, **k))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

d = deque()
print(d, len(d), d.maxlen, bool(d))
d = deque("abc")
d.append("d"); d.appendleft("z"); print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend("xyz"); d.extendleft("12"); print(d)
d.extend(d); print(d)
d.extendleft(d); print(len(d), list(d)[:5])
d = deque(range(10))
print(d[0], d[-1], d[5], d[-3])
d[2] = "two"; d[-1] = "last"; print(d)
del d[0]; del d[-2]; del d[3]; print(d)
err("d[20]", lambda: d[20])
err("d[-20]", lambda: d[-20])
err("d['a']", lambda: d["a"])
err("d[1:2]", lambda: d[1:2])
def setitem(i, v): d[i] = v
def delitem(i): del d[i]
err("d[20]=", setitem, 20, 1)
err("del d[20]", delitem, 20)
err("del d[slice]", delitem, slice(1, 2))
print(d.index(5), d.index("two"), d.index(5, 2), d.index(5, -6, -1))
err("index missing", d.index, 99)
err("index range", d.index, 5, 5)
err("index noargs", d.index)
err("index str", d.index, 1, "a")
err("index too many", d.index, 1, 2, 3, 4)
print(d.count(5), d.count(99), 5 in d, 99 in d)
d = deque([1, 2, 3, 4, 5])
d.insert(0, "a"); d.insert(3, "b"); d.insert(-1, "c"); d.insert(100, "d"); d.insert(-100, "e"); print(d)
err("insert 1 arg", d.insert, 1)
err("insert str", d.insert, "x", 1)
d.remove("b"); print(d)
err("remove missing", d.remove, "zz")
d.reverse(); print(d)
d.rotate(); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.rotate(-101); print(d)
err("rotate str", d.rotate, "a")
err("rotate 2 args", d.rotate, 1, 2)
err("rotate float", d.rotate, 1.0)
d.clear(); print(d, len(d))
err("pop empty", d.pop)
err("popleft empty", d.popleft)
d.rotate(5); print(d)

# maxlen
d = deque(range(10), maxlen=3); print(d, d.maxlen)
d.append(10); print(d)
d.appendleft(-1); print(d)
d.extend([20, 21]); print(d)
d.extendleft([30, 31]); print(d)
err("insert full", d.insert, 0, 1)
d = deque(maxlen=0); d.append(1); d.extend(range(5)); d.extendleft("ab"); print(d)
d = deque("ab", maxlen=3); d.insert(1, "x"); print(d)
d = deque("abc", maxlen=5); d *= 3; print(d)
d = deque("a", maxlen=4); d *= 10; print(d)
err("maxlen -1", deque, [], -1)
err("maxlen str", deque, [], "a")
err("maxlen float", deque, [], 1.5)
print(deque([], None).maxlen, deque(maxlen=2).maxlen, deque(iterable="ab", maxlen=5))
err("deque 3 args", deque, 1, 2, 3)
err("deque kw", deque, x=1)
err("deque iter", deque, 5)
def setmaxlen(): d.maxlen = 4
err("set maxlen", setmaxlen)

# __init__ again clears
d = deque([1, 2, 3]); d.__init__("xy"); print(d)
d.__init__(); print(d)

# arithmetic
a = deque([1, 2]); b = deque([3])
print(a + b, a * 3, 2 * a, a * 0, a * -1)
a += [9, 8]; print(a)
a *= 2; print(a)
x = a; x *= 1; print(x is a)
err("deque + list", lambda: a + [1])
err("list + deque", lambda: [1] + a)
err("deque * str", lambda: a * "x")
print(deque("abc", maxlen=4) + deque("de"))

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque() <= deque(), deque([1]) >= deque([1, 0]))
err("deque < list", lambda: deque([1]) < [1])
err("hash", hash, deque())
e = deque(); print(e == e, e != e)

# repr
d = deque([1, "a", None]); d.append(d); print(repr(d))
class Sub(deque): pass
print(repr(Sub([1])), repr(Sub([1], 3)), str(deque("ab", 2)))

# iteration
d = deque(range(5))
print(list(d), list(reversed(d)), list(iter(d)))
it = iter(d); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
def mutate(op):
    d = deque(range(5))
    it = iter(d)
    next(it)
    op(d)
    try:
        print(list(it))
    except RuntimeError as e:
        print("RuntimeError", e)
mutate(lambda d: d.append(9))
mutate(lambda d: d.pop())
mutate(lambda d: d.popleft())
mutate(lambda d: d.rotate(1))
mutate(lambda d: d.reverse())
mutate(lambda d: d.__setitem__(3, "x"))
mutate(lambda d: d.clear())
mutate(lambda d: d.extend([]))
mutate(lambda d: d.insert(2, "y"))
mutate(lambda d: d.remove(3))
d = deque(range(5)); r = reversed(d); next(r); d.append(1)
err("reversed mutated", list, r)
print(list(r))
class Evil:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
d = deque([1, 2, 3]); err("count mutated", d.count, Evil(d))
d = deque([1, 2, 3]); err("contains mutated", lambda: Evil(d) in d)
d = deque([1, 2, 3]); err("index mutated", d.index, Evil(d))
d = deque([1, 2, 3]); err("remove mutated", d.remove, Evil(d))

# copies, reduce, iterator types
d = deque([1, [2]], maxlen=5)
c = d.copy(); print(c, c.maxlen, c is d, c[1] is d[1], type(c.__copy__()).__name__)
class Sub2(deque):
    pass
s = Sub2("ab", 7); print(type(s.copy()).__name__, s.copy(), s.__copy__().maxlen)
class Bad(deque):
    def __new__(cls, *a): return 5
    def __init__(self, *a): pass
print(type(Bad.__new__(Bad)).__name__ if False else "skip")
r = deque("ab").__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
r = deque("ab", 3).__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
s = Sub2("xy"); s.attr = 1; r = s.__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
it = iter(deque("abcd")); next(it); r = it.__reduce__(); print(type(it).__name__, r[0].__name__, r[1][0], r[1][1])
print(list(r[0](*r[1])))
it = reversed(deque("abcd")); next(it); r = it.__reduce__(); print(type(it).__name__, r[0].__name__, r[1][1], list(r[0](*r[1])))
IT = type(iter(deque()))
print(list(IT(deque("abc"))), list(IT(deque("abc"), 2)), list(IT(deque("abc"), 10)))
err("iter type arg", IT, [1])
err("iter no args", IT)
err("iter 3 args", IT, deque(), 1, 2)
print(IT.__module__, IT.__name__, type(reversed(deque())).__name__)

# sizeof follows CPython's blocks
for n in [0, 1, 30, 31, 32, 33, 95, 96, 200]:
    print(n, deque(range(n)).__sizeof__(), deque(maxlen=n).__sizeof__())
d = deque()
sizes = []
for i in range(70):
    d.appendleft(i); sizes.append(d.__sizeof__())
for i in range(70):
    d.pop(); sizes.append(d.__sizeof__())
print(sizes)
d = deque(range(100)); d.rotate(40); print(d.__sizeof__()); d.rotate(-90); print(d.__sizeof__())
print(deque.__basicsize__, deque.__name__, deque.__module__, deque.__qualname__)

# misc
print(deque[int], deque.__class_getitem__(str))
