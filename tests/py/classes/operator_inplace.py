# In-place operators: __iadd__ preference, fallback to __add__, returning other objects, on items/attrs.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__", o)
        self.v += o
        return self
    def __add__(self, o):
        print("__add__", o)
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a = a + 1
print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
first = o
o += 1
print(o.v, o is first)
class ReturnsOther:
    def __imul__(self, o):
        return "replaced"
r = ReturnsOther()
r *= 3
print(r)
class NI:
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "fell back to __sub__"
n = NI()
n -= 1
print(n)
class Box:
    def __init__(self):
        self.items = Acc(0)
box = Box()
box.items += 3
d = {"k": Acc(10)}
d["k"] += 1
lst = [Acc(100)]
lst[0] += 2
print(box.items, d, lst)
class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
ld = Loud(x=1)
ld["x"] += 1
print(ld)
for op in ["|=", "&=", "^=", "<<=", ">>=", "//=", "%=", "**=", "@=", "/="]:
    ns = {"x": Acc(1)}
    try:
        exec(f"x {op} 2", ns)
    except TypeError as e:
        print(op, "TypeError", e)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError", e, t)
