# LOAD_ATTR_SLOT / STORE_ATTR_SLOT for __slots__ members and object.__class__, and their
# deoptimization when the class changes or a slot is empty.
import dis


def show(f):
    print(f.__name__, [i.opname for i in dis.get_instructions(f, adaptive=True)
                       if "ATTR" in i.opname])


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class T(S):
    __slots__ = ("z",)


class WithDict:
    __slots__ = ("x", "__dict__")


def getxy(o):
    return o.x + o.y


def setx(o, v):
    o.x = v


def cls(o):
    return o.__class__


items = [S(i, i) for i in range(25)]
for o in items:
    getxy(o)
    setx(o, 3)
    cls(o)
show(getxy)
show(setx)
show(cls)
print(getxy(items[0]), cls(items[0]).__name__)
t = T(10, 20)
print(getxy(t), cls(t).__name__)
setx(t, 5)
print(t.x)
e = S.__new__(S)
try:
    getxy(e)
except AttributeError as exc:
    print("AttributeError", exc)
w = WithDict()
w.x = 1
w.y = 2
for _ in range(20):
    getxy(w)
show(getxy)
print(getxy(w), vars(w), cls(3).__name__)
del items[1].y
try:
    getxy(items[1])
except AttributeError as exc:
    print("AttributeError", exc)
