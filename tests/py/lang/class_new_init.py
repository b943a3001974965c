# __new__, __init__, object construction
class Tracked:
    def __new__(cls, *args, **kwargs):
        print(f"__new__ {cls.__name__} {args}")
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, value):
        print(f"__init__ {value}")
        self.value = value
t = Tracked(5)
print(t.value, t.created_by_new)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called because __new__ returned another type")
print(type(ReturnsOther()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple), type(p).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("shout")
print(u, u + "!", type(u + "!").__name__, u.lower())
class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"PosInt({int(self)})"
n = PosInt(7)
print(n, repr(n), n + 1, type(n + 1).__name__)
try:
    PosInt(-1)
except ValueError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
ml = MyList(1, 2, 3)
print(ml, len(ml), type(ml).__name__, ml + [4], type(ml + [4]).__name__)
class Default:
    def __init__(self, a, b=10):
        self.total = a + b
print(Default(1).total, Default(1, 2).total, Default(b=3, a=4).total)
o = object.__new__(Default)
print(hasattr(o, "total"))
o.__init__(100)
print(o.total)
