# BINARY_SUBSCR_GETITEM: a class whose __getitem__ is a plain Python function gets its frame
# pushed by the instruction. dis shows the specialized form; the results stay right when the
# class changes, when __getitem__ is replaced, or when other objects reach the instruction.
import dis
import sys


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class Other:
    def __getitem__(self, key):
        return ("other", key)


class Defaults:
    def __getitem__(self, key, extra=5):
        return key + extra


class Star:
    def __getitem__(self, *args):
        return args


def get(o, k):
    return o[k]


def total(o, n):
    s = 0
    for i in range(n):
        s += o[i]
    return s


for _ in range(10):
    r = get(Seq(5), 3)
    t = total(Seq(100), 10)
print(r, t)
dis.dis(get, adaptive=True)
dis.dis(total, adaptive=True)

# Other containers at the same instruction.
print(get([1, 2, 3], 1), get({"a": 1}, "a"), get(Other(), 7), get("xyz", 2))
print(get(Seq(5), 4))
# An exception raised inside __getitem__ has the caller's line in its traceback.
try:
    get(Seq(2), 9)
except IndexError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

# Replacing __getitem__ changes the type's version: the new function is called.
Seq.__getitem__ = lambda self, i: ("new", i)
print(get(Seq(5), 1))
for _ in range(10):
    get(Seq(5), 2)
print(get(Seq(5), 2))

# Functions that do not qualify (defaults are fine, *args is not; nor a builtin type).
for _ in range(10):
    a = get(Defaults(), 1)
    b = get(Star(), 2)
print(a, b)
dis.dis(get, adaptive=True)


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) + 100


def lget(o, k):
    return o[k]


for _ in range(10):
    c = lget(MyList([1, 2, 3]), 0)
print(c)
dis.dis(lget, adaptive=True)

# Refcounts are unchanged by a call through the instruction.
s = Other()
key = object()
before = sys.getrefcount(s), sys.getrefcount(key)
for _ in range(20):
    get(s, key)
print(sys.getrefcount(s) - before[0], sys.getrefcount(key) - before[1])


# Deep recursion through __getitem__ is a RecursionError, not a crash.
class Deep:
    def __getitem__(self, i):
        return self[i + 1]


try:
    Deep()[0]
except RecursionError as e:
    print("RecursionError", e)
