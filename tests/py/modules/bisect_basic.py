# _bisect: bisect_left/right, insort_left/right with lo/hi/key and their errors.
import _bisect as B

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, B.bisect_left(a, x), B.bisect_right(a, x))
print(B.bisect_left(a, 2, 2), B.bisect_right(a, 2, 0, 3), B.bisect_left(a, 2, hi=2), B.bisect_right(a, 2, lo=1, hi=None))
print(B.bisect_left(a, 2, 5, 3), B.bisect_right(a, 100, 0, 7))
err_ = None
try:
    B.bisect_right(a, 100, 0, 100)
except IndexError as e:
    print('IndexError', e)
print(B.bisect_left(a, 2, True, -1))
print(B.bisect_left(a, 2, False, True))

# key
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
k = lambda r: r[1]
print(B.bisect_left(recs, 3, key=k), B.bisect_right(recs, 3, key=k))
l = list(recs)
B.insort_left(l, ("x", 3), key=k); print(l)
B.insort_right(l, ("y", 3), key=k); print(l)
print(l)

# insort into lists and list-like objects
l = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    B.insort_right(l, v)
print(l)
l = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    B.insort_left(l, v, 0, len(l))
print(l)

class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)
s = L([1, 3, 5])
B.insort_left(s, 4); B.insort_right(s, 3)
print(s)

class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): print("len"); return len(self.data)
    def __getitem__(self, i): print("get", i); return self.data[i]
print(B.bisect_left(Seq([10, 20, 30, 40]), 25))
print(B.bisect_right(Seq([10, 20, 30, 40]), 30, 1, 3))

# comparison order is observable
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v if isinstance(o, C) else o)
        return self.v < (o.v if isinstance(o, C) else o)
cs = [C(1), C(3), C(5)]
print(B.bisect_left(cs, C(4)))
print(B.bisect_right(cs, C(4)))

def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(B.bisect_left, a, 2, -1)
err(B.bisect_right, a, 2, lo=-5)
err(B.insort_left, [], 2, -1)
err(B.bisect_left, a, 2, "x")
err(B.bisect_left, a, 2, 0, "x")
err(B.bisect_left, a, 2, 0, 1.5)
err(B.bisect_left, a, 2, 2**70)
err(B.bisect_left, a, 2, 0, 2**70)
err(B.bisect_left, a)
err(B.bisect_left)
err(B.bisect_left, a, 2, 0, 1, 2)
err(B.bisect_left, a, 2, 0, 1, key=None, foo=1)
err(B.bisect_left, a, 2, lo=0, lox=1)
err(B.bisect_left, a, 2, 0, lo=1)
err(B.bisect_left, a=a, x=3)
err(B.bisect_right, 5, 3)
err(B.bisect_right, {1: 2}, 3)
err(B.bisect_right, {1: 2}, 3, 0, 1)
err(B.bisect_right, [1, "a"], 3)
err(B.bisect_right, [1, 2], 3, 0, 5)
err(B.insort_right, (1, 2), 3)
err(B.insort_left, [1, 2], 3, key=5)
err(B.bisect_left, [1, 2], 3, key=5)
err(B.bisect_left, [1, 2], 3, key=lambda v: 1 / 0)
print(sorted(n for n in dir(B) if not n.startswith("__")))
err(B.bisect_left, a, 2, x=1)
err(B.bisect_left, [], 2, 0, hi=1, a=1)
err(B.insort_left, [], lo=1)
err(B.insort_left, [], 1, key=None, lo=1, hi=2, x=5)
err(B.insort_left, [], 1, 0, 0, None)
err(B.bisect_right)
print(B.bisect_left(x=2, a=[0, 1, 2, 3]))
print(B.bisect_right(hi=None, lo=0, x=2, a=[0, 1, 2, 3], key=None))
