# LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE on instances that keep their
# attributes in a values array (shared keys), and every way they must deoptimize: another
# class, a missing value, a materialised __dict__, a class attribute, a deleted attribute.
import dis


def show(f):
    print(f.__name__, [i.opname for i in dis.get_instructions(f, adaptive=True)
                       if "ATTR" in i.opname])


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Other:
    def __init__(self):
        self.b = "other-b"
        self.a = "other-a"


def get(o):
    return o.a, o.b


def put(o, v):
    o.b = v
    return o.b


ps = [P(i, -i) for i in range(30)]
for p in ps:
    get(p)
    put(p, 7)
show(get)
show(put)
print(get(ps[3]), put(ps[4], 99), get(ps[4]))
# Another class with the same names (deoptimizes, still right).
print(get(Other()), put(Other(), "x"))
# A missing value: deleted attribute falls back to the generic path and its error.
q = P(1, 2)
del q.a
try:
    get(q)
except AttributeError as e:
    print("AttributeError", e)
# A materialised __dict__: the values move into it; access goes through the dict.
r = P(5, 6)
d = r.__dict__
print(get(r), put(r, 8), d)
d["a"] = "from-dict"
print(get(r), r.a)
# A class attribute of the same name as a fallback.
P.c = "class-c"


def getc(o):
    return o.c


for p in ps[:20]:
    getc(p)
ps[0].c = "instance-c"
print(getc(ps[0]), getc(ps[1]))
show(getc)
# Assigning __dict__ replaces the values array.
s = P(1, 2)
s.__dict__ = {"a": "new-a", "b": "new-b", "z": 0}
print(get(s), put(s, 3), vars(s))
for _ in range(20):
    get(s)
show(get)
print(get(ps[5]))
